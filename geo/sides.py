"""Places a text derives from a named one: the side of a country a reader means ("northern
Iraq", "southwest Libya", "northeast Syria"), and a point told by its distance and bearing
from a place ("60 nautical miles southeast of Aden", "27 km northwest of Tanf").

Drawn at the country's centre, such a place is hundreds of kilometres off. Its area is cut
from the country's bundled outline: the part that lies furthest that way (the outer 40 % of
the country's extent along the direction), placed at a point inside that part, with the
radius of a circle of the same area.

>>> from geo.records import Place
>>> iraq = Place("iraq", "Iraq", "country", 33.2, 43.7, "IQ", 450, "GeoNames")
>>> north = side_of(iraq, "northern")
>>> (north.name, north.kind, north.lat > 35, 100 < north.radius_km < 300)
('northern Iraq', 'region', True, True)
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from geo.records import Mention, Place
from geo.placewords import SIDES

OUTLINES = Path(__file__).parent / "data" / "countries.geojson"
KM_PER_DEGREE = 111.2
SHARE = 0.4  # the outer share of the country's extent that a side names

# Each side as the direction (east, north) it points to; "north-east", "north east" and
# "northeastern" are one side ("in northeast Syria", "north-eastern Nigeria").
DIRECTIONS = SIDES | {"central": (0, 0)}
# The words before a country that name one of its sides ("in far northern Iraq").
SIDE_BEFORE = re.compile(r"(?<![\w-])(?P<side>(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|"
                         r"central)\s+$", re.I)


def side_word(text: str) -> str:
    """The side named by ``text`` ("North-Eastern" -> "northeast"), or ""."""
    word = re.sub(r"[- ]", "", text.lower())
    word = word[:-3] if word.endswith("ern") else word
    return word if word in DIRECTIONS else ""


def side_of(country: Place, text: str) -> Place | None:
    """The area ``text`` ("northern", "south west") names in ``country``, or None when the
    country has no bundled outline."""
    side = side_word(text)
    if not side or not country.country:
        return None
    cut = _cut(country.country, side)
    if cut is None:
        return None
    lat, lon, radius = cut.lat, cut.lon, cut.radius_km
    adjective = {"central": "central"}.get(side, side + "ern")
    return replace(country, id=f"{country.id}-{side}", name=f"{adjective} {country.name}", kind="region",
                   lat=lat, lon=lon, radius_km=radius, aliases=(),
                   source=f"the {adjective} part of {country.name}{SIDE_SOURCE}")


# How a side's source ends: containment knows a side by it, and its side by the id's last word.
SIDE_SOURCE = "'s outline (Natural Earth)"
# A point this far outside a side's part (degrees) is still in it: outlines are coarse, coasts cut.
SIDE_SLACK = 0.25


def in_side(inner: Place, side_place: Place) -> bool | None:
    """Is ``inner`` in the side of a country ``side_place`` names? None when ``side_place`` is no
    side: then its circle decides. Jizan is in "southwestern Saudi Arabia" though 450 km from the
    point that area is drawn at; a town across the border is not, however near."""
    side = side_place.id.rsplit("-", 1)[-1]
    if not side_place.source.endswith(SIDE_SOURCE) or side not in DIRECTIONS or not side_place.country \
            or not inner.country:
        return None  # a sea off the coast: the circle decides
    if inner.country != side_place.country:
        return False
    cut = _cut(side_place.country, side)
    if cut is None:
        return None
    from shapely.geometry import Point

    return cut.part.distance(Point(inner.lon * cut.squash, inner.lat)) <= SIDE_SLACK


def widen_to_sides(mentions: list[Mention], text: str) -> list[Mention]:
    """A country named after a side ("in northeast Syria") is that side of it: the mention
    takes in the side word and the side's area."""
    out = []
    for m in mentions:
        side = m.place is not None and m.place.kind == "country" and not m.modifier \
            and SIDE_BEFORE.search(text, max(0, m.start - 20), m.start)
        area = side and side_of(m.place, side.group("side"))
        if area:
            start = side.start("side")
            surface = text[start:m.end]
            m = replace(m, start=start, text=surface, key=surface.lower(), place=area, candidates=(area,))
        out.append(m)
    return out


# "60 nautical miles southeast of", "about 27 km (17 miles) northwest of": a distance and a bearing.
OFFSET_BEFORE = re.compile(
    r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"  # "1,000 miles"
    r"(?P<unit>nautical miles?|nm|miles?|kilometers?|kilometres?|km)\b"
    r"(?:\s*\([^)]{0,30}\))?\s+(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|capital|port)\s+(?:of\s+)?)?$", re.I)  # "of the port city of Kismayo"
KM_PER = {"nautical mile": 1.852, "nm": 1.852, "mile": 1.609, "kilometer": 1.0, "kilometre": 1.0, "km": 1.0}
# Each side's compass bearing (north 0°, east 90°), from its direction.
BEARINGS = {side: round(math.degrees(math.atan2(dx, dy))) % 360 for side, (dx, dy) in SIDES.items()}


def offset_places(mentions: list[Mention], text: str) -> list[Mention]:
    """"A drone hit the ship 60 nautical miles southeast of Aden": the phrase is a mention of its
    own, placed at the point the distance and bearing give (a circle a quarter of the distance
    wide: bearings in the news are rounded), told before the name it counts from.

    After a name and a comma, the phrase only says where that name lies ("rockets at Ashdod,
    30 km north of Gaza"): the name keeps its place, or takes the point when nothing placed it or
    its namesake lies elsewhere, and the name counted from is no place of the event."""
    out = []
    for m in mentions:
        told = m.place is not None and not m.modifier and OFFSET_BEFORE.search(text, max(0, m.start - 70), m.start)
        if told:
            from geopy.distance import distance

            unit = told.group("unit").lower().rstrip("s")
            km = float(told.group("num").replace(",", "")) * KM_PER[unit]  # "1,000 miles"
            bearing = BEARINGS[side_word(told.group("dir"))]
            point = distance(kilometers=km).destination((m.place.lat, m.place.lon), bearing)
            surface = text[told.start():m.end]
            # named as a reader says it: "40 kilometres southwest of Berbera", not "... (25 miles) ... of the port city of"
            name = f"{told.group('num')} {told.group('unit')} {told.group('dir')} of {m.text}"
            place = replace(m.place, id=f"{m.place.id}-{round(km)}km-{bearing}", name=name, kind="site",
                            lat=round(point.latitude, 4), lon=round(point.longitude, 4),
                            radius_km=round(max(10.0, km / 4), 1), aliases=(),
                            source=f"{surface}: {round(km)} km at {bearing}° from {m.place.name}")
            named = _apposed_to(out, text, told.start(),
                                lambda town, place=place: _lies_there(town, place, km))
            if named is not None:
                point = replace(place, id=f"{place.id}-{named.key}", name=named.text)
                if named.place is None or not _lies_there(named.place, point, km):
                    out[out.index(named)] = replace(named, place=point, candidates=(point,))
                out.append(replace(m, modifier=True))
                continue
            # the phrase is a place of its own, beside the name it counts from (Aden stays Aden)
            out.append(replace(m, start=told.start(), text=surface, key=surface.lower(), place=place,
                               candidates=(place,)))
        out.append(m)
    return out


def _lies_there(town: Place, point: Place, km: float) -> bool:
    """Does ``town`` lie where a distance of ``km`` told from another place puts it? The news rounds distances
    and bearings ("Kati, about 10 km north of Bamako" lies 18 km north-west of it): a town no farther from the
    point than the distance told is the town named; a namesake hundreds of kilometres away is not."""
    from geo.gazetteer import distance_km  # (geo.gazetteer reads this module)

    return distance_km(town, point) <= km + town.radius_km


# "Ashdod, some 30 km north of", "Koya, a town 70 km east of": words between a town's name and the distance that
# says where it lies.
APPOSED = re.compile(r",\s*(?:an?\s+(?:[\w-]+\s+)?(?:town|city|village|hamlet|port|base|camp|suburb)\s+)?"
                     r"(?:(?:some|about|around|roughly|nearly|approximately|just|only|located|situated|lying)\s+)*")
# "a ship bound for Israel, 50 nautical miles west of Hodeidah": the name is where the ship was going, not where
# it was.
_MOVE_END = re.compile(r"\b(?:for|to|from|towards?|into)\s+(?:the\s+)?$", re.I)


def _apposed_to(before: list[Mention], text: str, start: int, lies_there=lambda place: False) -> Mention | None:
    """The town or site (or a name nothing placed) a distance phrase starting at ``start`` stands in
    apposition to, if any; a sea, a region or a country keeps the phrase's finer point. After a move's end
    ("bound for Israel, 50 nautical miles west of Hodeidah") the phrase is where the ship was, unless the town
    does lie there (``lies_there``: "flew into Grozny, 1,500 kilometers south of Moscow")."""
    named = next((b for b in reversed(before) if b.end <= start), None)
    if named is None or named.modifier or not APPOSED.fullmatch(text, named.end, start) \
            or (named.place is not None and named.place.kind not in ("city", "site")) \
            or _MOVE_END.search(text, max(0, named.start - 20), named.start) \
            and not (named.place is not None and lies_there(named.place)):
        return None
    return named


@functools.cache
def _outlines() -> dict:
    with open(OUTLINES, encoding="utf-8") as f:
        return {feature["properties"].get("iso_a2"): feature["geometry"] for feature in json.load(f)["features"]}


class _Side(NamedTuple):
    """A side of a country: where it is drawn, and the part of the outline it is."""

    lat: float
    lon: float
    radius_km: float
    part: object  # a shapely polygon, in degrees with longitudes multiplied by ``squash``
    squash: float


@functools.cache
def _cut(code: str, side: str) -> _Side | None:
    from shapely import affinity
    from shapely.geometry import Polygon, box, shape

    geometry = _outlines().get(code)
    if geometry is None:
        return None
    outline = shape(geometry)
    if outline.geom_type == "MultiPolygon":
        outline = max(outline.geoms, key=lambda g: g.area)  # the mainland, not its islands
    squash = math.cos(math.radians(outline.centroid.y))
    flat = affinity.scale(outline, xfact=squash, yfact=1, origin=(0, 0))  # degrees of equal length
    minx, miny, maxx, maxy = flat.bounds
    dx, dy = DIRECTIONS[side]
    if (dx, dy) == (0, 0):
        w, h = (maxx - minx) * SHARE / 2, (maxy - miny) * SHARE / 2
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        part = flat.intersection(box(cx - w, cy - h, cx + w, cy + h))
    else:
        norm = math.hypot(dx, dy)
        dx, dy = dx / norm, dy / norm
        reach = [x * dx + y * dy for x, y in flat.exterior.coords]
        edge = max(reach) - SHARE * (max(reach) - min(reach))
        far = 4 * max(maxx - minx, maxy - miny)
        cx, cy = flat.centroid.x, flat.centroid.y
        shift = edge - (cx * dx + cy * dy)
        bx, by = cx + dx * shift, cy + dy * shift  # the point of the cutting line nearest the centre
        px, py = -dy * far, dx * far  # along that line
        half = Polygon([(bx + px, by + py), (bx - px, by - py),
                        (bx - px + dx * far, by - py + dy * far), (bx + px + dx * far, by + py + dy * far)])
        part = flat.intersection(half)
    if part.is_empty:
        return None
    if part.geom_type != "Polygon":
        part = max(getattr(part, "geoms", [part]), key=lambda g: g.area)
    point = part.representative_point()
    radius = math.sqrt(part.area / math.pi) * KM_PER_DEGREE
    return _Side(round(point.y, 4), round(point.x / squash, 4), round(max(radius, 10.0), 1), part, squash)
