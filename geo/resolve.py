"""Choose the place each mention refers to, using the rest of the article.

Order of preference: a curated row; a candidate in a country the article is
about (or the one a ", Iraq" names); then the most populous. References such as
"the embassy" take the latest place of that category named before them.

Examples
--------
>>> from geo.records import Place
>>> from geo.records import Mention, Place
>>> china = Place("g1", "Taji", "city", 32.9, 119.2, "CN", 2, "GN", via="geonames")
>>> iraq_town = Place("g2", "Taji", "city", 33.5, 44.3, "IQ", 2, "GN", via="geonames")
>>> iraq = Place("iraq", "Iraq", "country", 33.2, 43.7, "IQ", 450, "NE")
>>> ms = [Mention("a", 0, 0, 4, "Iraq", "iraq", (iraq,)), Mention("a", 0, 9, 13, "Taji", "taji", (china, iraq_town))]
>>> [m.place.country for m in resolve_mentions(ms)]
['IQ', 'IQ']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from geo.fallback import AFTER_TAKING, SPELLED_DIFFERENTLY, UNKNOWN
from geo.gazetteer import distance_km
from geo.geonames import REGION_SOURCE
from geo.mentions import category
from geo.records import Mention, Place
from geo.text import fold

# A GeoNames town outside the countries an article is about must be this big to be believed
# (a wrong country is worse than no pin); with no such context, any real town will do.
MIN_FOREIGN_POPULATION = 100_000
# The theatre geo maps: a town of these countries is believed from this size even in an article
# about another of them ("Eilat" in a report on the Houthis, "Sderot" in one on Gaza).
THEATRE_COUNTRIES = frozenset("IQ SY IR IL PS LB JO SA YE KW QA AE BH OM TR EG LY SO DJ CY".split())
MIN_THEATRE_POPULATION = 10_000
MIN_POPULATION_WITHOUT_CONTEXT = 1000
# A city this big, and this many times the size of a namesake in a country the article names, is the one
# meant ("Belgrade": 1.2 million in Serbia, 8,000 in Montana; "Tripoli" in Lebanon stays beside Libya's).
WORLD_CITY_POPULATION = 1_000_000
DWARFED_RATIO = 50
# A town this close to a place the article names (km past that place's own radius) is believed
# whatever its country and size: "Sderot" beside the Gaza Strip, "Akcakale" across from Tal Abyad.
NEAR_NAMED_KM = 40
# Only names of a place this small can vouch for a town near them (km): not a country or a sea.
NEAR_NAMED_RADIUS_KM = 100


def resolve_mentions(mentions: list[Mention], respell=None, peoples: Iterable[str] = (), text: str = "") -> list[Mention]:
    """Resolve one article's mentions (they must all come from the same article). ``respell``
    (a name, the article's countries -> places spelled like it) is asked of names nothing
    matched; ``peoples`` are the countries the article names by their people only ("a German
    frigate"), which vouch for their towns as a named country does; ``text`` is the article's, read
    after a possessive country ("Syria's state television")."""
    context = _context_countries(mentions)
    peoples = frozenset(peoples)
    named = _named_nearby(mentions)
    out: list[Mention] = []
    latest: dict[str, Mention] = {}
    salience: Counter = Counter()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.anaphor == "here":
            # "a bomb ripped through a base here today": the town of the dateline (a reference, never the dateline)
            filed = next((a for a in out if a.dateline and a.place is not None and a.place.kind in ("city", "site")),
                         None)
            out.append(replace(m, place=filed.place, via="anaphora", candidates=(filed.place,)) if filed
                       else replace(m, reason="no dateline to say where 'here' is"))
            continue
        if m.anaphor == "there":
            antecedent = _there_antecedent(m, out)
            if antecedent is None:
                m = replace(m, reason="no place named just before 'there'")
            else:
                m = replace(m, place=antecedent.place, via="anaphora", candidates=(antecedent.place,))
            out.append(m)
            continue
        if m.anaphor:
            antecedent = latest.get(m.anaphor)
            if m.anaphor == "region" and salience:
                # "the region" is the one the article keeps returning to, not the last one named
                # ("forces from Europe to the region").
                # Seas and continents (no country) before provinces and states, then the most
                # mentioned, then the latest.
                antecedent = max((a for a in latest.values() if a.place and a.place.kind == "region"),
                                 key=lambda a: (not a.place.country, salience[a.place.id], a.start), default=antecedent)
            if antecedent is None:
                m = replace(m, reason=f"nothing called '{m.anaphor}' was named before it")
            else:
                m = replace(m, place=antecedent.place, via="anaphora", candidates=(antecedent.place,))
        elif m.candidates:
            m = _choose(m, context, named, peoples)
        elif respell is not None and m.reason == UNKNOWN and context and (
                near := respell(m.text, [cc for cc, _ in context.most_common(3)])):
            # "Nabatiyeh", in an article about Lebanon: Nabatieh, spelled a letter apart
            m = _choose(replace(m, candidates=tuple(near[:1]), via_hint=SPELLED_DIFFERENTLY, reason=""), context,
                        named)
        out.append(m)
        if m.place is not None and m.modifier and m.place.kind == "country" and m.text.endswith(("'s", "’s")) \
                and _OWN_MEDIA.match(text, m.end):
            latest["country"] = m  # "Syria's state television reported strikes in the north of the country"
        if m.place is not None and not m.modifier and m.via != "anaphora" and not m.dateline:
            salience[m.place.id] += 1
            for cat in category(m.place):
                latest[cat] = m
            if m.place.kind == "region":
                latest[f"region:{m.place.id}"] = m
    return _capitals_told(_quarters_in_towns(out, text), text) if text else out


# "the Dar es Salaam neighbourhood in Omdurman", "the Yarmouk district in southern Khartoum", "the al-Manshiya
# quarter of the camp of Nur Shams": a part of the town named right after, by its kind word. Not "the Kyiv suburb
# of Bucha" (the suburb is the town after), nor "the Bakhmut area of Donetsk", "the Makhmour district of Erbil"
# (a district of a province named like its capital): a district placed on its own is a quarter only "in" a town.
QUARTER_KINDS = ("neighborhood", "neighbourhood", "quarter", "district")
_QUARTER_OF = re.compile(r"(?P<kind>\s+(?:neighbou?rhood|quarter)\s+(?:of|in)|\s+district\s+(?P<of>of|in))?"
                         r"(?(kind)|\s+in)\s+(?:the\s+)?(?:(?:city|town|capital|camp)\s+of\s+)?"
                         r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?", re.I)
# A quarter drawn farther than this from its town's circle (km) is a namesake elsewhere.
QUARTER_REACH_KM = 15


def _quarters_in_towns(mentions: list[Mention], text: str) -> list[Mention]:
    """A quarter named before its town lies in that town: a namesake far away (Dar es Salaam in
    Tanzania) or no place at all gives way to the town's own point, under the quarter's name."""
    out = list(mentions)
    for i, (m, town) in enumerate(zip(mentions, mentions[1:])):
        if town.place is None or town.place.kind != "city" or m.anaphor:
            continue
        gap = _QUARTER_OF.fullmatch(text, m.end, town.start)
        if gap is None or not (gap.group("kind") or fold(m.text).endswith(QUARTER_KINDS)) \
                or m.modifier and not gap.group("kind") or gap.group("of") == "of" and m.place is not None:
            continue  # (a name before its kind word is read as a modifier: "the Amarat district"; a district
            # "of" a town may be of its province, when its name is placed: "the Makhmour district of Erbil")
        if m.place is not None and distance_km(m.place, town.place) <= town.place.radius_km + QUARTER_REACH_KM:
            continue
        quarter = replace(town.place, id=f"{town.place.id}:{fold(m.text)}", name=f"{m.text}, {town.place.name}",
                          aliases=(), source=f"a part of {town.place.name}, drawn at its point")
        out[i] = replace(m, place=quarter, candidates=(quarter,), reason="", modifier=False)
    return out


# "Mekelle, the capital of Tigray", "Erbil, capital of the Kurdistan region": the region says where the town is.
_CAPITAL_OF = re.compile(r",\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?capital\s+(?:city\s+)?of\s+(?:the\s+)?", re.I)


def _capitals_told(mentions: list[Mention], text: str) -> list[Mention]:
    """A region named as a town's apposition (", the capital of Tigray") only places the town: it is no
    place an event happened at."""
    out = list(mentions)
    for i, (town, whole) in enumerate(zip(mentions, mentions[1:]), start=1):
        if town.place is not None and town.place.kind == "city" and whole.place is not None \
                and whole.place.kind in ("region", "country") and _CAPITAL_OF.fullmatch(text, town.end, whole.start):
            out[i] = replace(whole, modifier=True)
    return out


# A country's own media, after its possessive name: what they tell of "the country" is that country's.
_OWN_MEDIA = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:television|TV|media|news\s+agency|broadcaster|radio)\b", re.I)


def _there_antecedent(there: Mention, before: list[Mention]) -> Mention | None:
    """The town or site "there" points back to: the last one named in its sentence or the one
    before. A name nothing resolved ("the village of Umm Zabar ... an assault there") is still
    the one meant, so "there" stays unplaced rather than borrow an earlier town; a dateline
    names where the report was filed, never what "there" means."""
    for a in reversed(before):
        if there.sentence - a.sentence > 1:
            return None
        if a.modifier or a.dateline or a.anaphor:
            continue
        if a.place is None:
            return None
        if a.place.kind in ("site", "city"):
            return a
    return None


def _country_said(m: Mention) -> str | None:
    """The country a mention says the article is in: its curated place's, a country's, a province's."""
    curated = [p for p in m.candidates if p.via == "gazetteer" and p.country]
    if curated:
        return curated[0].country
    if m.candidates and all(p.kind == "country" for p in m.candidates):
        return m.candidates[0].country  # "Kenya's Lamu County": a country nobody curated
    if m.candidates and m.candidates[0].source == REGION_SOURCE and len(
            {p.country for p in m.candidates if p.source == REGION_SOURCE}) == 1:
        # "Dagestan": a province says which country the article is in (not "al-Jawf", a province of two)
        return m.candidates[0].country
    return None


def _context_countries(mentions: list[Mention]) -> Counter:
    counts: Counter = Counter()
    for m in mentions:
        if said := _country_said(m):
            counts[said] += 1
        if m.qualifier:
            counts[m.qualifier] += 2
    return counts


def _named_nearby(mentions: list[Mention]) -> list[Place]:
    """The curated places an article names that are small enough to vouch for a town beside them."""
    out: dict[str, Place] = {}
    for m in mentions:
        curated = [p for p in m.candidates if p.via == "gazetteer"]
        if curated and not m.modifier and curated[0].kind != "country" and curated[0].radius_km <= NEAR_NAMED_RADIUS_KM:
            out[curated[0].id] = curated[0]
    return list(out.values())


def _dwarfed(p: Place, candidates, surface: str) -> bool:
    """Is ``p`` a small namesake of a world city called by its own name ("Belgrade" in Montana beside Serbia's
    capital, "Moscow" in Idaho)? A reader takes the world city, though the article names the small town's
    country; not where the name is only another name of the world city ("Iskandariya" in Iraq, not Alexandria)."""
    biggest = max((c.population for c in candidates if c.kind == "city" and fold(c.name) == fold(surface)), default=0)
    return p.kind == "city" and biggest >= WORLD_CITY_POPULATION and p.population * DWARFED_RATIO < biggest


def _choose(m: Mention, context: Counter, named: list[Place] = (), peoples: frozenset = frozenset()) -> Mention:
    candidates = list(m.candidates)
    curated = [p for p in candidates if p.via == "gazetteer"]
    if curated:
        best = max(curated, key=lambda p: (p.country == m.qualifier, context[p.country]))
        return replace(m, place=best, via="gazetteer" if not m.via_hint else f"gazetteer ({m.via_hint})")
    if m.qualifier:
        # "Latvia, Poland and Romania": a country is never inside another, so the next name lists, not qualifies
        candidates = [p for p in candidates if p.country == m.qualifier or p.kind == "country"]
        if not candidates:
            return replace(m, reason=f"no candidate in {m.qualifier}; add it to gazetteer.csv")
    if m.via_hint in (SPELLED_DIFFERENTLY, AFTER_TAKING):  # a looser match: only in a country the article names
        # (or names by its people only: "Syrian troops encircled Saraqib")
        candidates = [p for p in candidates if context[p.country] or p.country == m.qualifier or p.country in peoples]
        if not candidates:
            what = "differently spelled places" if m.via_hint == SPELLED_DIFFERENTLY else "places of that name"
            return replace(m, reason=f"only {what} outside the article's countries; add it to gazetteer.csv")

    # "Tombouctou": the province yields to a town of its country called so (Timbuktu), not to a village abroad
    # ("Chechnya" the Russian republic, not a hamlet in Ukraine)
    yields = {p.id for p in candidates if p.source == REGION_SOURCE
              and any(c.kind == "city" and c.country == p.country for c in candidates)}

    def score(p):
        if m.dateline and not m.qualifier:
            # "MOSCOW (Sputnik) -": a news city, by its own name before a bigger city's old one
            # ("ISLAMABAD": Islamabad, not Chattogram, which GeoNames also calls Islamabad)
            return (p.kind == "country", fold(p.name) == fold(m.text), math.log10(p.population + 1))
        known = (context[p.country] > 0 or p.country == m.qualifier or p.country in peoples) \
            and not _dwarfed(p, candidates, m.text)
        return (p.kind == "country", known, p.id not in yields, math.log10(p.population + 1))

    best = max(candidates, key=score)
    floor = MIN_FOREIGN_POPULATION if context else MIN_POPULATION_WITHOUT_CONTEXT
    if context and best.country in THEATRE_COUNTRIES and any(cc in THEATRE_COUNTRIES for cc in context):
        floor = min(floor, MIN_THEATRE_POPULATION)
    named_site = best.kind == "site" and len(candidates) == 1  # "Nevatim Air Base": a full name, one place
    # "a German frigate ... Wilhelmshaven": a people named vouches for its towns as its country would
    trusted = best.kind == "country" or context[best.country] or best.country == m.qualifier or named_site \
        or best.country in peoples
    if not trusted and best.population < floor and (beside := [p for p in candidates if any(
            distance_km(p, n) <= n.radius_km + NEAR_NAMED_KM for n in named)]):
        best = max(beside, key=lambda p: p.population)  # "Sderot", in an article about the Gaza Strip
    elif not (trusted or best.population >= floor):
        where = ", ".join(sorted({p.country for p in candidates}))
        return replace(m, reason=f"only small places outside the article's countries ({where}); "
                                 "add the right one to gazetteer.csv")
    return replace(m, place=best, via=best.via if not m.via_hint else f"{best.via} ({m.via_hint})")
