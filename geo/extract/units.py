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
>>> ohio = Place("ohio", "Ohio", "region", 40.4, -82.8, "US", 200, "GN")
>>> Units.load({"ohio": ohio}).guard_home("soldiers of the Ohio Army National Guard").name
'Ohio'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources

from geo.records import Place


@dataclass(frozen=True)
class Units:
    """Unit name fragments and the places they are based at."""

    table: tuple[tuple[str, Place], ...]
    # The states of the United States by name: a state's National Guard is at home there.
    states: dict = field(default_factory=dict)

    @classmethod
    def load(cls, places_by_id: dict[str, Place]) -> "Units":
        text = (resources.files("geo") / "data" / "units.csv").read_text(encoding="utf-8")
        # Ships and the Marine units aboard them spend months at sea: a move the news reports
        # starts wherever they are, not at their home port ("infer_origin" is "no" for them).
        rows = [(r["pattern"].lower(), places_by_id.get(r["home"])) for r in csv.DictReader(text.splitlines())
                if r["infer_origin"] == "yes"]
        # A unit whose home is missing from the gazetteer simply gives no inferred origin.
        states = {p.name: p for p in places_by_id.values() if p.country == "US" and p.kind == "region"}
        return cls(tuple((pattern, place) for pattern, place in rows if place is not None), states)

    def home(self, text: str) -> Place | None:
        """The home station of the first unit named in ``text``, if the table knows it."""
        low = text.lower()
        hits = [(low.find(pattern), place) for pattern, place in self.table if pattern in low]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None

    def guard_home(self, text: str) -> Place | None:
        """The state whose National Guard ``text`` names first ("the Kentucky National Guard's
        138th Field Artillery Brigade", "Louisiana Army National Guard soldiers")."""
        for m in _GUARD.finditer(text):
            if m.group("state") in self.states:
                return self.states[m.group("state")]
        return None


_GUARD = re.compile(r"\b(?P<state>[A-Z][a-z]+(?: (?!Army\b|Air\b)[A-Z][a-z]+)?)(?:['’]s)? (?:Army |Air )?National Guard\b")
