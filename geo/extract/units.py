"""Home stations of military units, kept as data in ``data/units.csv``.

Examples
--------
>>> from geo.records import Place
>>> bragg = Place("fort-bragg", "Fort Bragg", "site", 35.1, -79.0, "US", 15, "GN")
>>> units = Units.load({"fort-bragg": bragg})
>>> units.home("a brigade of the U.S. Army's 82nd Airborne Division").id
'fort-bragg'
>>> units.home("a Marine crisis-response force") is None
True
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from geo.records import Place


@dataclass(frozen=True)
class Units:
    """Unit name fragments and the places they are based at."""

    table: tuple[tuple[str, Place], ...]

    @classmethod
    def load(cls, places_by_id: dict[str, Place]) -> "Units":
        text = (resources.files("geo") / "data" / "units.csv").read_text(encoding="utf-8")
        # Ships and the Marine units aboard them spend months at sea: a move the news reports
        # starts wherever they are, not at their home port ("infer_origin" is "no" for them).
        rows = [(r["pattern"].lower(), places_by_id.get(r["home"])) for r in csv.DictReader(text.splitlines())
                if r["infer_origin"] == "yes"]
        # A unit whose home is missing from the gazetteer simply gives no inferred origin.
        return cls(tuple((pattern, place) for pattern, place in rows if place is not None))

    def home(self, text: str) -> Place | None:
        """The home station of the first unit named in ``text``, if the table knows it."""
        low = text.lower()
        hits = [(low.find(pattern), place) for pattern, place in self.table if pattern in low]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None
