"""Candidates for names nobody curated: the offline index, read generously but safely.

A proposed name is looked up as written; a facility or an area also as the town it is
named after ("Harir Air Base", "Lamu County"); a transliteration nobody listed by its
consonants ("Qayyara West"), curated names first. A weak cue with nothing found is no
place ("spoke to Saad Ali"); a strong one keeps the name, unresolved, with its reason.

Examples
--------
>>> from geo.records import Place
>>> qwest = Place("q-west", "Qayyarah West", "site", 35.77, 43.13, "IQ", 3, "NE")
>>> text = "Shells hit Qayyara West. Officials spoke to Saad Ali."
>>> spans = [(text.index(n), text.index(n) + len(n), cue, "") for n, cue in [("Qayyara West", "facility"),
...                                                                           ("Saad Ali", "to")]]
>>> [(text[a:b], [p.id for p in places], hint) for a, b, _, places, _, _, hint, _
...  in Fallback({"qayyarah west": (qwest,)}, None).read(text, spans, set())]
[('Qayyara West', ['q-west'], 'spelled differently')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from geo.records import Place
from geo.geonames import GeoNames, name_keys, skeleton_keys
from geo.names import name_key
from geo.placewords import (FACILITY, FACILITY_ABBREVIATIONS, FACILITY_PREFIXES, LOOSE_CUES, PLACE_NOUNS, STRONG_CUES,
                             spelled_as)
from geo.spans import NEXT_WORD
from geo.text import fold

UNKNOWN = "not in the gazetteer or GeoNames; add it to gazetteer.csv"
# Hints of a looser match, which geo.resolve takes only in a country the article names.
SPELLED_DIFFERENTLY = "spelled differently"
AFTER_TAKING = "named after a verb of taking"

ADMIN_AREA = re.compile(r"\s+(?i:province|governorate|county|district|prefecture)$")
# "Kandahar City": a city named with its kind, where GeoNames knows it by its name alone; only a big one
# (not "Marine City", a camp's nickname, for a hamlet called Marine).
CITY_WORD = re.compile(r"\s+(?i:city)$")
CITY_MIN_POPULATION = 50_000
AREA_RADIUS_KM = 50.0  # an area known only by its main town: a province-sized circle around it
_IN_PLACE = re.compile(r"\s+(?:in|near)\s+(?:the\s+)?")


def area_around(town: Place, name: str) -> Place:
    return replace(town, id=f"{town.id}-area", name=name, kind="region",
                   radius_km=max(AREA_RADIUS_KM, town.radius_km),
                   source=f"{town.source}; area around {town.name}, its extent unknown")


def _place_follows(text: str, end: int, starts) -> bool:
    """"at Amerli in Salaheddin province": a name placed in a known place is a place."""
    m = _IN_PLACE.match(text, end)
    return bool(m and m.end() in starts)


def _place_noun_follows(text: str, end: int) -> bool:
    """"from the Jihad district of Baghdad": a noun that says the name is a place."""
    nxt = NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group("gap") == " " and fold(nxt.group("word")) in PLACE_NOUNS)


class Fallback:
    """Offline candidates for proposed names; ``names`` are the curated ones by key."""

    def __init__(self, names: dict[str, tuple[Place, ...]], geonames: GeoNames | None):
        self.names, self.geonames = names, geonames

    def read(self, text: str, pending, starts):
        """For each proposal worth keeping: (start, end, surface, candidates, reason,
        qualifier, hint, possessive)."""
        if not pending:
            return
        surfaces = [text[a:b] for a, b, _, _ in pending]
        texts = [t[:-2] if t.endswith(("'s", "’s")) else t for t in surfaces]  # "Kenya's" is looked up as Kenya
        spelled = [spelled_out(t) for t in texts]  # "Hill AFB" as Hill Air Force Base too
        towns = [CITY_WORD.sub("", ADMIN_AREA.sub("", FACILITY.sub("", t))).strip() for t in texts]
        keys = {k for t in texts + spelled + towns for k in _keys(t)}
        hits = self.geonames.lookup(keys) if self.geonames else {}
        for (a, b, cue, qualifier), surface, name, full, town in zip(pending, surfaces, texts, spelled, towns):
            candidates, hint = candidates_for(name, hits) or candidates_for(full, hits), ""
            if not candidates and town != name:
                candidates, hint = self._town(name, town, hits)  # "Harir Air Base", "Lamu County"
            if not candidates:
                candidates = self._respelled(name) or self._respelled(town) or self._ta_marbuta(name)  # "Qayyara West"
                hint = SPELLED_DIFFERENTLY if candidates else ""
            elif cue in LOOSE_CUES and not qualifier:
                hint = AFTER_TAKING  # "commandos captured Hassan", "Jones was attacked": a person as often
            if not candidates and cue not in STRONG_CUES | {"facility"} and not qualifier \
                    and not _place_noun_follows(text, b) and not _place_follows(text, b, starts):
                continue  # "spoke to Saad Ali": a weak cue and no such place anywhere
            possessive = surface != name
            if not candidates and possessive:
                continue  # "in the War Zone's reporting": an unknown possessive is a publisher, not a place
            yield a, b, surface, tuple(candidates), "" if candidates else UNKNOWN, qualifier, hint, possessive

    def _town(self, name: str, town: str, hits: dict) -> tuple[list[Place], str]:
        """The place a facility or an area is named after: the town for "Harir Air Base"; for
        "Lamu County" or "Saada province", an area around the town of the same name. Camps and
        forts are named after people as often as places (Camp Simba, Fort Bragg): never a town."""
        if name.startswith(FACILITY_PREFIXES):
            return [], ""
        towns = list(self.names.get(name_key(town), ())) or candidates_for(town, hits)
        if ADMIN_AREA.search(name) and (areas := [p for p in towns if p.kind == "region" and p.country
                                                  and fold(p.name) == fold(town)]):
            return areas, ""  # "Helmand province": the province itself (not Laamu atoll for "Lamu County")
        towns = [p for p in towns if p.kind in ("city", "site")]
        if CITY_WORD.search(name):
            towns = [p for p in towns if p.kind == "city" and (p.population >= CITY_MIN_POPULATION
                                                                or not p.id.startswith("geonames-"))]
        if not towns or not ADMIN_AREA.search(name):
            return towns, "town of the same name" if towns else ""
        return [area_around(p, name) for p in towns], "area around the town of the same name"

    @functools.cached_property
    def skeletons(self) -> dict[str, tuple[Place, ...]]:
        """Curated names by their consonants, for transliterations nobody listed ("Qayyara
        West"); built on first need, which most runs never have."""
        out: dict[str, tuple[Place, ...]] = {}
        for key, found in self.names.items():
            for bones in skeleton_keys(key):
                out[bones] = tuple(dict.fromkeys(out.get(bones, ()) + found))
        return out

    def _respelled(self, name: str) -> list[Place]:
        """Places whose consonants match, curated first; asked only of names nothing else matched."""
        bones = skeleton_keys(name)
        curated = [p for k in bones for p in self.skeletons.get(k, ())]
        if curated or not bones or not self.geonames:
            return curated
        hits = self.geonames.lookup(bones)
        return [p for k in bones for p in hits.get(k, [])]

    def _ta_marbuta(self, name: str) -> list[Place]:
        """Places a name finds with its last word's final "-a" spelled "-ah", or "-ah" spelled "-a"
        ("Qayyara" is GeoNames' "Al Qayyarah"): a name too short for a consonant skeleton."""
        if len(name) >= 6 and name.endswith("ah"):
            other = name[:-1]
        elif len(name) >= 5 and name.endswith("a"):
            other = name + "h"
        else:
            return []
        curated = list(self.names.get(name_key(other), ()))  # the gazetteer's spelling first
        if curated or not self.geonames:
            return curated
        keys = _keys(other)
        hits = self.geonames.lookup(keys)
        return [p for k in sorted(keys) for p in hits.get(k, [])]


_ABBREVIATED = re.compile(r"\s(%s)$" % "|".join(a for a, _, _ in FACILITY_ABBREVIATIONS))
_SPELLED_OUT = {a: words for a, words, _ in FACILITY_ABBREVIATIONS}


def spelled_out(name: str) -> str:
    """A base's name with the facility word its abbreviation stands for ("Hill AFB" -> "Hill Air Force Base")."""
    return _ABBREVIATED.sub(lambda m: " " + _SPELLED_OUT[m.group(1)], name)


def candidates_for(text: str, hits: dict) -> list[Place]:
    out: list[Place] = []
    for key in sorted(_keys(text), key=len, reverse=True):
        out.extend(p for p in hits.get(key, []) if p not in out)
    return out


def _keys(text: str) -> set[str]:
    """The keys of a name in every spelling of its opening words ("Ain Issa" is GeoNames' "Ayn Isa")."""
    return {key for spelled in spelled_as(text) for key in name_keys(spelled)}
