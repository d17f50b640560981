"""Export events as a table, CSV, GeoJSON (RFC 7946) or GeoPackage.

Examples
--------
>>> collection = to_geojson([])
>>> collection["type"], collection["features"]
('FeatureCollection', [])
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import mapping

from geo.atomic import replacing, write_text
from geo.frames import EVENT_COLUMNS, events_frame
from geo.records import Event

CSV_COLUMNS = [c for c in EVENT_COLUMNS if c != "sources"] + ["lat", "lon", "origin_lat", "origin_lon", "sources"]


def to_geojson(events: list[Event]) -> dict:
    """An RFC 7946 FeatureCollection (lon, lat; no crs member)."""
    frame = events_frame(events)
    features = []
    for row in frame.itertuples(index=False):
        props = {c: _plain(getattr(row, c)) for c in EVENT_COLUMNS}
        geometry = mapping(row.geometry) if row.geometry is not None else None
        if geometry is not None:
            geometry = json.loads(json.dumps(geometry))  # tuples -> lists
        features.append({"type": "Feature", "id": row.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def geojson_text(events: list[Event]) -> str:
    return json.dumps(to_geojson(events), ensure_ascii=False, indent=1) + "\n"


def csv_text(events: list[Event]) -> str:
    """The GeoJSON properties flattened, with coordinates; sources as a JSON list."""
    frame = events_frame(events)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in frame.itertuples(index=False):
        values = []
        for c in CSV_COLUMNS:
            v = _plain(getattr(row, c))
            if c == "sources":
                v = json.dumps(v, ensure_ascii=False)
            values.append("" if v is None else ("true" if v is True else "false" if v is False else v))
        writer.writerow(values)
    return out.getvalue()


def write_gpkg(events: list[Event], path: Path) -> None:
    """Two layers QGIS opens: ``events`` (points) and ``movements`` (origin -> destination lines)."""
    frame = events_frame(events)
    frame = frame[frame.geometry.notna()].copy()
    frame["sources"] = [json.dumps(s, ensure_ascii=False) for s in frame["sources"]]
    frame["origin_inferred"] = frame["origin_inferred"].astype("object")
    lines = frame.geometry.geom_type == "LineString"
    with replacing(path, suffix=".gpkg") as tmp:
        for name, part in (("events", frame[~lines]), ("movements", frame[lines])):
            gpd.GeoDataFrame(part, geometry="geometry", crs="EPSG:4326").to_file(
                tmp, layer=name, driver="GPKG", engine="pyogrio")


def write(events: list[Event], fmt: str, path: Path) -> None:
    """Write events in ``fmt`` (csv, geojson, gpkg) to ``path`` atomically."""
    if fmt == "gpkg":
        write_gpkg(events, path)
    else:
        write_text(path, geojson_text(events) if fmt == "geojson" else csv_text(events))


def _plain(value):
    if isinstance(value, float) and pd.isna(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
