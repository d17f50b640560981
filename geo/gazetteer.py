"""The curated gazetteer: hand-checked places in ``gazetteer.csv``.

Examples
--------
>>> import io
>>> rows = "id,name,aliases,kind,lat,lon,country,radius_km,source\\n" \\
...        "k1,K-1 Air Base,K-1 base,site,35.5,44.28,IQ,3,Wikipedia\\n"
>>> places = read_gazetteer(io.StringIO(rows), "g.csv")
>>> places[0].names
('K-1 Air Base', 'K-1 base')
>>> read_gazetteer(io.StringIO(rows.replace("35.5", "95.5")), "g.csv")
Traceback (most recent call last):
geo.errors.GazetteerError: g.csv:2: lat '95.5' is out of range -90..90; fix the coordinate
"""

from __future__ import annotations

import csv
import functools
import math
import re
from pathlib import Path
from typing import IO

from geo.errors import GazetteerError
from geo.records import Place
from geo.sides import in_side
from geo.text import fold

COLUMNS = ("id", "name", "aliases", "kind", "lat", "lon", "country", "radius_km", "source")
KINDS = ("site", "city", "region", "country")
# Finer first: the order in which a location is preferred.
PRECISION_RANK = {kind: rank for rank, kind in enumerate(KINDS)}




def names_place(text: str, place: Place) -> bool:
    """Does ``text`` (a target, say) name ``place`` ("Attack on Balad Air Base", not "... at
    Balad Air Base" again)?"""
    words = fold(text)
    return bool(words) and any(fold(name) in words for name in place.names if len(name) > 3)


def shortens_name(text: str, place: Place) -> bool:
    """Is ``text`` a short form of one of ``place``'s names ("the air base" for Balad Air Base, "the
    American Embassy" for the American Embassy in Baghdad)? Then a summary names the place once, in full."""
    words = fold(text).removeprefix("the ")
    return " " in words and any(f" {words} " in f" {fold(name)} " for name in place.names)


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (cached: merging asks for the same pairs often)."""
    return _distance(a.lat, a.lon, b.lat, b.lon)


EARTH_RADIUS_KM = 6371.0088  # the mean radius geopy's great_circle uses


@functools.lru_cache(maxsize=65536)
def _distance(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Haversine, as geopy.distance.great_circle computes it; written out because merging asks
    # for thousands of distances and importing geopy (all its geocoders) costs start-up time.
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def within(inner: Place, outer: Place) -> bool:
    """Is ``inner`` inside ``outer``'s extent: a country's own places are in it wherever its
    shape puts them (Tower 22 is 370 km from Jordan's centre); other places by radius."""
    if outer.kind == "country" and inner.country == outer.country and inner.kind != "country":
        return True
    if outer.kind == "country" and inner.country and outer.country and inner.country != outer.country:
        return False  # Qatar is not in Saudi Arabia, though inside the circle drawn round it
    if outer.kind == "region" and inner.kind == "country" and outer.country and inner.country != outer.country:
        return False  # Burundi is not in eastern Congo, though inside the circle drawn round it
    if outer.kind == "region" and inner.kind != "country":
        inside = in_side(inner, outer)
        if inside is not None:
            return inside
    return distance_km(inner, outer) <= outer.radius_km


def load_gazetteer(path: Path) -> list[Place]:
    """Read and validate ``path``; raise ``GazetteerError`` listing every problem."""
    if not path.is_file():
        raise GazetteerError([f"{path}: gazetteer not found; pass --gazetteer FILE or create gazetteer.csv"])
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return read_gazetteer(fh, str(path))
    except UnicodeDecodeError as exc:
        raise GazetteerError([f"{path}: not UTF-8 (byte {exc.start}); re-save it as UTF-8"]) from None


def check_gazetteer(path: Path) -> tuple[list[Place], list[str]]:
    """Like ``load_gazetteer`` but returns the problems instead of raising."""
    try:
        return load_gazetteer(path), []
    except GazetteerError as exc:
        return [], exc.problems


def read_gazetteer(fh: IO[str], name: str) -> list[Place]:
    """Parse gazetteer rows from an open file; see ``load_gazetteer``."""
    reader = csv.reader(fh)
    header = next(reader, None)
    if header is None:
        raise GazetteerError([f"{name}:1: the file is empty; it needs the header {','.join(COLUMNS)}"])
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        unknown = [h for h in header if h not in COLUMNS]
        hint = f" (found unknown column(s) {', '.join(repr(u) for u in unknown)})" if unknown else ""
        raise GazetteerError([
            f"{name}:1: missing column(s) {', '.join(missing)}{hint}; the header must be {','.join(COLUMNS)}"
        ])
    places, problems, seen = [], [], {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(f"{name}:{line}: {len(row)} fields, expected {len(header)}; "
                            "quote values that contain commas")
            continue
        rec = {h: v.strip() for h, v in zip(header, row)}
        place, errs = _parse_row(rec, f"{name}:{line}")
        if rec["id"] in seen:
            errs.append(f"{name}:{line}: duplicate id '{rec['id']}' (first on line {seen[rec['id']]}); "
                        "give each row its own id")
        seen.setdefault(rec["id"], line)
        problems.extend(errs)
        if place and not errs:
            places.append(place)
    if problems:
        raise GazetteerError(problems)
    return places


def _parse_row(rec: dict[str, str], where: str) -> tuple[Place | None, list[str]]:
    errs = []
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rec["id"]):
        errs.append(f"{where}: id '{rec['id']}' must be a slug of lower-case letters, digits and hyphens")
    if not rec["name"]:
        errs.append(f"{where}: name is empty; give the place its display name")
    if rec["kind"] not in KINDS:
        errs.append(f"{where}: kind '{rec['kind']}' is not one of {', '.join(KINDS)}")
    lat, lon = _degrees(rec, where)
    lat = _number(rec, "lat", where, errs, -90, 90, lat)
    lon = _number(rec, "lon", where, errs, -180, 180, lon)
    radius = _number(rec, "radius_km", where, errs, 0, 20000)
    if radius is not None and radius <= 0:
        errs.append(f"{where}: radius_km '{rec['radius_km']}' must be greater than 0")
    country = rec["country"]
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        errs.append(f"{where}: country '{country}' is not an ISO 3166-1 alpha-2 code such as IQ")
    if rec["kind"] in ("site", "city", "country") and not country:
        errs.append(f"{where}: country is empty; a {rec['kind']} needs its ISO code (only seas and continents may omit it)")
    if not rec["source"]:
        errs.append(f"{where}: source is empty; say where the coordinates come from")
    if errs:
        return None, errs
    aliases = tuple(a.strip() for a in rec["aliases"].split("|") if a.strip())
    return Place(rec["id"], rec["name"], rec["kind"], lat, lon, country, radius, rec["source"], aliases), []


def _degrees(rec: dict[str, str], where: str) -> tuple[float | None, float | None]:
    """Coordinates copied as degrees, minutes and seconds ("33°15′45″N"), read by geopy."""
    lat, lon = rec["lat"], rec["lon"]
    if "°" not in lat + lon:
        return None, None
    from geopy.point import Point

    try:
        point = Point.from_string(f"{lat}, {lon}")
    except ValueError:
        return None, None
    return point.latitude, point.longitude


def _number(rec, column, where, errs, low, high, parsed=None):
    raw = rec[column]
    try:
        value = float(raw) if parsed is None else parsed
    except ValueError:
        unit = "decimal degrees or degrees such as 33°15′45″N" if column != "radius_km" else "kilometres"
        errs.append(f"{where}: {column} '{raw}' is not a number; write {unit}")
        return None
    if not math.isfinite(value) or not low <= value <= high:
        label = "range" if column != "radius_km" else "range"
        errs.append(f"{where}: {column} '{raw}' is out of {label} {low}..{high}; fix the coordinate"
                    if column != "radius_km" else f"{where}: radius_km '{raw}' is out of range 0..{high}")
        return None
    return value
