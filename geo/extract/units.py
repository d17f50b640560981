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
from functools import cached_property
from importlib import resources

from geo.records import Place


@dataclass(frozen=True)
class Units:
    """Unit name fragments and the places they are based at."""

    table: tuple[tuple[str, Place], ...]
    # The states of the United States by name: a state's National Guard is at home there.
    states: dict = field(default_factory=dict)

    # The countries that send their own forces, by the words that name them as a sender
    # (``data/senders.csv``): word -> the country's place, or None where a force's home is no origin.
    senders: dict = field(default_factory=dict)
    # Words that name a people, not a place ("Italian", "Malian"): the senders' and ``data/peoples.csv``'s,
    # word -> the country's ISO code.
    peoples: dict = field(default_factory=dict)

    @classmethod
    def load(cls, places_by_id: dict[str, Place]) -> "Units":
        text = (resources.files("geo") / "data" / "units.csv").read_text(encoding="utf-8")
        # Ships and the Marine units aboard them spend months at sea: a move the news reports
        # starts wherever they are, not at their home port ("infer_origin" is "no" for them).
        rows = [(r["pattern"].lower(), places_by_id.get(r["home"])) for r in csv.DictReader(text.splitlines())
                if r["infer_origin"] == "yes"]
        # A unit whose home is missing from the gazetteer simply gives no inferred origin.
        states = {p.name: p for p in places_by_id.values() if p.country == "US" and p.kind == "region"}
        text = (resources.files("geo") / "data" / "senders.csv").read_text(encoding="utf-8")
        senders = {word: (places_by_id.get(r["country"]) if r["presumed_home"] == "yes" else None)
                   for r in csv.DictReader(text.splitlines()) for word in r["words"].split("|")}
        names = {name for p in places_by_id.values() for name in (p.name, *p.aliases)}
        peoples = {word: place.country for word, place in senders.items()
                   if place is not None and word not in names and DEMONYM_ENDING.search(word)}
        # the peoples of countries that send no force this map follows ("Malian troops held Konna")
        text = (resources.files("geo") / "data" / "peoples.csv").read_text(encoding="utf-8")
        peoples |= {word: r["country"] for r in csv.DictReader(text.splitlines()) for word in r["words"].split("|")
                    if word not in names and word not in peoples}
        return cls(tuple((pattern, place) for pattern, place in rows if place is not None), states, senders, peoples)

    def sender(self, subject: str, obj: str = "") -> Place | None:
        """The home of the country whose own forces a move's subject (the last named, nearest the
        verb: "After Iran seized a tanker, Britain sent") or else its object ("sent 1,000 Qatari
        troops") names: "Qatar has sent", "four Egyptian warships"; None for a country whose forces
        are based abroad ("U.S. troops") and for a name that only qualifies ("Iran-backed", "in
        Kuwait", "attempts by Iran").

        >>> from geo.records import Place
        >>> qatar = Place("qatar", "Qatar", "country", 25.3, 51.2, "QA", 100, "NE")
        >>> units = Units((), {}, {"Qatar": qatar, "Qatari": qatar, "U.S.": None})
        >>> units.sender("After the attack by Qatar, U.S.", "sent Qatari troops") is None
        True
        >>> units.sender("The emirate", "sent 1,000 Qatari troops").name
        'Qatar'
        """
        for text, nearest in ((subject, -1), (obj, 0)):
            found = [m for m in self._sender_words.finditer(text)
                     if not text.startswith(("-", "‑"), m.end()) and not _PLACED.search(text, 0, m.start())]
            if found:
                return self.senders[found[nearest].group(0)]
        return None

    def named_countries(self, text: str) -> set[str]:
        """The countries ``text`` names by their people's words only ("a German frigate", "Italian
        jets"): a reader places a small town of that country beside them. Names of places (the
        country's own, its capital's) are mentions already; countries whose forces are based
        abroad ("U.S.") name no home.

        >>> Units((), {}, {}, {"Italian": "IT"}).named_countries("Italian jets from Ghedi joined Italian-led patrols")
        {'IT'}
        """
        return {self.peoples[m.group(0)] for m in self._people_words.finditer(text)} if self.peoples else set()

    @cached_property
    def _people_words(self) -> re.Pattern:
        words = sorted(self.peoples, key=len, reverse=True)  # not "Iranian-backed": a qualifier, not a people
        return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")

    @cached_property
    def _sender_words(self) -> re.Pattern:
        """The senders' words as one pattern, longest first, built once per table (not per move read)."""
        words = sorted(self.senders, key=len, reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")

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


# The words a people is named by ("Italian", "Emirati", "Dutch", "Greek"): not a country's or a city's name.
DEMONYM_ENDING = re.compile(r"(?:an|ian|ean|i|ese|ish|ic|ch|ek)$")
# A country's name after one of these is where, not who: "troops in Kuwait", "from Qatar".
# After "by" it is whom the clause is about: "attempts by Iran to seize ships".
_PLACED = re.compile(r"\b(?:in|at|from|to|into|near|off|toward|towards|for|by|against|with)\s+(?:the\s+)?$", re.I)


_GUARD = re.compile(r"\b(?P<state>[A-Z][a-z]+(?: (?!Army\b|Air\b)[A-Z][a-z]+)?)(?:['’]s)? (?:Army |Air )?National Guard\b")
