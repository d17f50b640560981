"""Events and mentions as tables: GeoDataFrames in EPSG:4326, joined with geopandas.

This module owns axis order: records carry ``lat``/``lon`` by name and every
geometry is built here, (lon, lat).

Examples
--------
>>> events_frame([]).crs.to_epsg()
4326
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point

from geo.records import Event, Mention, Place
from geo.types import moves

EVENT_COLUMNS = ["id", "type", "status", "date", "date_end", "date_precision", "place", "place_id",
                 "geo_precision", "origin", "origin_id", "origin_inferred", "destination", "destination_id",
                 "actor", "target", "fatalities", "summary", "sources"]
PLACE_COLUMNS = ["article", "text", "start", "end", "place_id", "name", "kind", "country", "lat", "lon",
                 "resolved", "via", "reason"]


def places_frame(places: list[Place]) -> gpd.GeoDataFrame:
    """Every place events refer to, one row each, as points."""
    rows = {p.id: p for p in places if p is not None}
    df = pd.DataFrame({
        "place_id": list(rows), "name": [p.name for p in rows.values()],
        "kind": [p.kind for p in rows.values()], "radius_km": [p.radius_km for p in rows.values()],
        "lat": [p.lat for p in rows.values()], "lon": [p.lon for p in rows.values()]})
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs="EPSG:4326")


def events_frame(events: list[Event]) -> gpd.GeoDataFrame:
    """One row per event: a Point where it happened, or a LineString origin -> destination.

    Events are joined to their places (location, origin) with ``GeoDataFrame.merge``
    on place ids, so a place's coordinates live in exactly one table.
    """
    table = pd.DataFrame([_row(e) for e in events], columns=[c for c in EVENT_COLUMNS] + ["anchor_id", "radius_km"])
    places = places_frame([p for e in events for p in (e.anchor, e.origin)])
    where = pd.DataFrame(places.drop(columns="geometry")).rename(columns={"place_id": "anchor_id"})
    for frame, key in ((table, "anchor_id"), (table, "origin_id"), (where, "anchor_id")):
        frame[key] = frame[key].astype("object")  # an empty column must still join on ids
    joined = table.merge(where[["anchor_id", "lat", "lon"]], on="anchor_id", how="left")
    origins = where[["anchor_id", "lat", "lon"]].rename(
        columns={"anchor_id": "origin_id", "lat": "origin_lat", "lon": "origin_lon"})
    joined = joined.merge(origins, on="origin_id", how="left")
    geometry = [_geometry(r) for r in joined.itertuples()]
    frame = gpd.GeoDataFrame(joined, geometry=geometry, crs="EPSG:4326")
    return frame.drop(columns=["anchor_id"])


def _row(e: Event) -> dict:
    anchor = e.anchor
    return {
        "id": e.id, "type": e.type, "status": e.status,
        "date": e.date.isoformat() if e.date else None,
        "date_end": e.date_end.isoformat() if e.date_end else None,
        "date_precision": e.date_precision,
        "place": anchor.name if anchor else None, "place_id": anchor.id if anchor else None,
        "geo_precision": anchor.kind if anchor else None,
        "origin": e.origin.name if e.origin else None, "origin_id": e.origin.id if e.origin else None,
        "origin_inferred": bool(e.origin_inferred) if e.origin else None,
        "destination": e.destination.name if e.destination else None,
        "destination_id": e.destination.id if e.destination else None,
        "actor": e.actor or None, "target": e.target or None, "fatalities": e.fatalities,
        "summary": e.summary,
        "sources": [{"article": s.article, "title": s.title, "sentence": s.sentence, "start": s.start, "end": s.end}
                    for s in e.sources],
        "anchor_id": anchor.id if anchor else None, "radius_km": anchor.radius_km if anchor else None,
    }


def _geometry(r):
    if pd.isna(r.lat):
        return None
    if moves(r.type) and r.destination_id is not None and not pd.isna(r.origin_lat):
        return LineString([(r.origin_lon, r.origin_lat), (r.lon, r.lat)])
    return Point(r.lon, r.lat)


def mentions_frame(mentions: list[Mention]) -> pd.DataFrame:
    """Every place mention and how it resolved (unresolved ones keep their reason)."""
    rows = []
    for m in mentions:
        p = m.place
        rows.append({
            "article": m.article, "text": m.text, "start": m.start, "end": m.end,
            "place_id": p.id if p else None, "name": p.name if p else None, "kind": p.kind if p else None,
            "country": (p.country or None) if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "resolved": p is not None, "via": m.via or None,
            "reason": m.reason or None})
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)
