"""Find place mentions in sentences: curated names first, GeoNames candidates next.

A mention keeps its article, sentence and character offsets. Finding only
proposes candidates; ``geo.resolve`` chooses among them using the article.
Curated names are found by one automaton pass (``geo.names``); names nobody
curated are proposed only where the text says "place" (after "in", "near",
"the town of", before ", Iraq", or in a facility's name such as "X Air Base").

Examples
--------
>>> from geo.gazetteer import Place
>>> from geo.text import split_sentences
>>> iraq = Place("iraq", "Iraq", "country", 33.2, 43.7, "IQ", 450, "NE")
>>> finder = PlaceFinder([iraq], geonames=None)
>>> [(m.text, m.candidates[0].id) for m in finder.find("a", split_sentences("a", "Troops left Iraq."))]
[('Iraq', 'iraq')]
>>> finder.find("a", split_sentences("a", "Troops left."))
[]
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from geo.gazetteer import Place
from geo.geonames import GeoNames, name_keys, skeleton_keys
from geo.names import NameIndex, name_key
from geo.placewords import (ADJECTIVAL_HEADS, ANAPHOR_CATEGORY, ANAPHORS, APPOSITIVE, CALENDAR, CONNECTORS,
                            FACILITY, FACILITY_PREFIXES, FUNCTION_WORDS, LEADING, LOCATIVE, NON_PLACE_HEADS,
                            NON_PLACE_WORDS, OF_HEADS, PLACE_NOUNS, STRONG_CUES, THERE, TITLES)
from geo.text import Sentence, fold

_CAPITAL = r"[A-Z\u00C0-\u00DE\u0100-\u017F\u1E00-\u1EFF]"
_CAP = _CAPITAL + r"[\w'’\u00C0-\u024F\u1E00-\u1EFF]*"
_CONNECTOR = "|".join(sorted(CONNECTORS, key=len, reverse=True))
# "al-Assad", "ad-Dawr": a name may open with a lower-case Arabic article.
_ARTICLE = r"(?:al|el|ad|ar|as|an|at|az|ash|ath|ul)-"
_RUN = rf"(?:{_ARTICLE})?{_CAP}(?:(?: |-)(?:(?:{_CONNECTOR})[ -])?{_CAP})*"


def _trie(words) -> str:
    """A regex alternation of ``words`` shaped as a trie ("i(?:n(?:side|to)?)"): the regex
    engine then tests each letter once per position instead of every word in turn."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group
    return emit(tree)


# A cue word and the capital that starts a name after it ("near Al-Mayadin", "in the Mussafah area").
# Case-sensitive alternatives, as a trie, keep the regex engine's scan fast.
CUED = re.compile(r"\b(?P<cue>%s)[ \t]+(?:the[ \t]+|a[ \t]+)?(?=(?:%s)?%s)"
                  % (_trie(w for c in LOCATIVE | APPOSITIVE | {"of"} for w in (c, c.capitalize())), _ARTICLE, _CAPITAL))
RUN = re.compile(_RUN)
LOWER_ARTICLE = re.compile(rf"{_ARTICLE}{_CAPITAL}")
# Facility words, found literally; the name before them is then read backwards ("Harir Air Base"),
# or after a prefix ("Camp Taji"). Two patterns with literal openings scan much faster than one
# with a leading "\b"; the finder checks that a match starts a word.
FACILITY_WORDS = re.compile(r"(?:International Airport|Air(?:port| ?Base|base| ?Field|field)|Naval (?:Air )?"
                            r"(?:Base|Station)|Base|air(?:port| ?base| ?field))\b")
# "on Palestine Street": a street or square is a place when the text puts something on or at it.
POSSESSIVE_INSIDE = re.compile(r"['’]s(?= \S)")
FACILITY_SPAN = re.compile(r" (?i:airport|air ?base|airbase|air ?field|airfield)$")
STREET_WORDS = re.compile(r"(?:Street|Road|Avenue|Square|Highway|Bridge)\b")
STREET_CUES = frozenset({"on", "along", "off", "in", "at", "near", "to", "from", "across"})
# "Khan Sheikhoun, a rebel-held town in Idlib": a name the next words call a place.
APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|district|neighbou?rhood|"
                              r"suburb|province|region|port|base|airfield|border crossing|crossing)\b")
FACILITY_OPENERS = re.compile(r"(?:%s) (?=[A-Z])" % "|".join(FACILITY_PREFIXES))
NEXT_WORD = re.compile(r"(?P<gap>[ \t]*[.-]?[ \t]*)(?P<word>[\w'’]+)")
DEMONYM = re.compile(r"(?:an|ian|ean|i|ese|ish|ic)$")
_WORD_EDGE = " \t,.;:\"“”()—-"
QUALIFIER = re.compile(rf",\s*(?P<name>{_CAP}(?: {_CAP}){{0,2}})")
FACILITY_TAIL = re.compile(r"\s+(?:International\s+)?(?:Airport|Air\s*Base|Airbase|Air\s*Field|Airfield)\b")
FACILITY_TAIL_ANY = re.compile(r"\s+(?i:(?:international\s+)?(?:airport|air\s*base|airbase|air\s*field|airfield))\b")
CONJUNCT = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<span>{_RUN})")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name (or a reference such as "the embassy") in an article."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Place, ...] = ()
    place: Place | None = None
    via: str = ""  # gazetteer, geonames, anaphora; empty while unresolved
    reason: str = ""  # why it is unresolved
    qualifier: str = ""  # country code from "Taji, Iraq"
    modifier: bool = False  # "U.S. forces", "Iran's army": a name used as an adjective
    anaphor: str = ""  # category of a reference ("embassy"), empty for names
    via_hint: str = ""  # how a fallback candidate relates to the name ("town of the same name")

    @property
    def resolved(self) -> bool:
        return self.place is not None


class PlaceFinder:
    """Propose place mentions for sentences, from the curated places and GeoNames."""

    def __init__(self, places: list[Place], geonames: GeoNames | None):
        self.geonames = geonames
        names: dict[str, tuple[Place, ...]] = {}
        for place in places:
            for name in place.names:
                for variant in _variants(name):
                    key = name_key(variant)
                    if key and place not in names.get(key, ()):
                        names[key] = names.get(key, ()) + (place,)
        self.names = names
        # Each name's places, and whether all of them are areas (countries, regions).
        self.index = NameIndex({k: (v, all(p.kind in ("country", "region") for p in v)) for k, v in names.items()})
        self.areas = {k: v for k, v in names.items() if any(p.kind in ("country", "region") and p.country for p in v)}
        surfaces = sorted({n for p in places if p.kind in ("country", "region") and p.country for n in p.names},
                          key=len, reverse=True)
        self._qualified = re.compile(r",\s*(?:%s)\b" % "|".join(re.escape(n) for n in surfaces) if surfaces else r"(?!)")

    def find(self, article: str, sentences: list[Sentence]) -> list[Mention]:
        """All mentions in the sentences of one article, in text order."""
        if not sentences:
            return []
        # One pass over the whole article (sentences at their own offsets) is much faster
        # than one per sentence; each mention then finds its sentence by bisection.
        pieces, pos = [], 0
        for s in sentences:
            pieces.append(" " * (s.start - pos))
            pieces.append(s.text)
            pos = s.end
        text = "".join(pieces)
        starts = [s.start for s in sentences]

        def sentence_of(offset: int) -> int:
            return sentences[bisect.bisect_right(starts, offset) - 1].index

        curated = self._curated(article, text, sentence_of)
        taken = [(m.start, m.end) for m in curated]
        pending = list(self._spans(text, taken))
        found = curated + list(self._anaphors(article, text, taken, sentence_of))
        found += self._geonames(article, text, pending, sentence_of, {a for a, _ in taken} | {a for a, *_ in pending})
        return sorted(found, key=lambda m: m.start)

    # -- curated names ---------------------------------------------------------
    def _curated(self, article: str, text: str, sentence_of) -> list[Mention]:
        following = {}  # end of a name -> the word after it, matched once for both uses

        def accept(start, end, value):
            first = text[start]
            if not (first.isupper() or first.isdigit() or LOWER_ARTICLE.match(text, start)):
                return False  # "base", "gulf": ordinary words; but "al-Assad" is a name
            following[end] = nxt = NEXT_WORD.match(text, end)
            return self._standalone(text, start, end, nxt)

        out = []
        for start, end, (places, areas) in self.index.find(text, accept):
            nxt = following[end]
            if text[end:end + 2] in ("'s", "’s"):
                end += 2  # "Iran's": the possessive belongs to the mention
            elif text[end:end + 1] == "." and end - start >= 3 and text[end - 2] == "." and text[end - 1].isupper():
                end, nxt = end + 1, NEXT_WORD.match(text, end + 1)  # "U.S." keeps its final period
            hint = ""
            if places[0].kind == "city" and (tail := FACILITY_TAIL.match(text, end)):
                end = tail.end()  # "Abu Dhabi International Airport": the airport itself, else its city
                nxt = NEXT_WORD.match(text, end)
                hits = self.geonames.lookup(name_keys(text[start:end])) if self.geonames else {}
                airports = _candidates(text[start:end], hits)
                places, hint = (tuple(airports), "") if airports else (places, "city of the same name")
            surface = text[start:end]
            out.append(Mention(article, sentence_of(start), start, end, surface, fold(surface), places,
                               qualifier=self._qualifier(text, end),
                               modifier=_is_modifier(text, start, end, areas, nxt), via_hint=hint))
        return out

    def _standalone(self, text: str, start: int, end: int, nxt: re.Match | None) -> bool:
        """Reject a one-word name that is part of a longer proper name ("Washington Post")."""
        if not nxt or nxt.group("gap") != " " or not nxt.group("word")[:1].isupper():
            return True
        surface = text[start:end]
        if " " in surface:
            return True
        word = fold(nxt.group("word"))
        return word in CALENDAR or name_key(nxt.group("word")) in self.names or surface.isupper()

    def _qualifier(self, text: str, end: int) -> str:
        """Country code of a ", Iraq" that follows a name."""
        m = QUALIFIER.match(text, end) if text[end:end + 1] == "," else None
        if not m:
            return ""
        words = m.group("name").split()
        for n in (3, 2, 1):
            for place in self.areas.get(name_key(" ".join(words[:n])), ()):
                if place.country:
                    return place.country
        return ""

    # -- names nobody curated ---------------------------------------------------------
    def _spans(self, text: str, taken: list[tuple[int, int]]):
        """Capitalised runs that may be places GeoNames knows, where the text says "place"."""
        seen: set[int] = {a for a, _ in taken}  # a run that starts a curated name is that name
        proposed: list[tuple[int, int]] = []  # spans already proposed: the first reading of a name wins
        lows = [a for a, _ in taken]

        def free(a, b):
            i = bisect.bisect_left(lows, b)
            return not any(taken[j][1] > a for j in range(max(0, i - 3), i))

        def propose(start, span, cue):
            span, start = _trim(span, start)
            end = start + len(span)
            if cue != "facility" and FACILITY_SPAN.search(span):
                cue = "facility"  # "at Shayrat Airfield": the name says what it is, whatever the cue
            if len(span) < 2 or start in seen or not free(start, end) or not _plausible(text, start, span, cue) \
                    or any(a < end and start < b for a, b in proposed):
                return None
            if cue == "of":
                head = re.search(r"([\w'’]+)\s+of\s+(?:the\s+)?$", text[:start])
                if not head or fold(head.group(1)) not in OF_HEADS:
                    return None  # "the leader of Iran's Quds Force" is no place
            if end < len(text) and text[end:end + 1] == " " and not free(end + 1, end + 2):
                return None  # the start of a longer curated name
            seen.add(start)
            proposed.append((start, end))
            return start, end, cue, self._qualifier(text, end)

        curated_end = dict(taken)

        def chain(position, cue):
            """The names listed after one: "near Al-Qaim and Akashat", "near Ras Isa, Mokha and Khokha"."""
            for _ in range(6):
                c = CONJUNCT.match(text, position)
                if not c or _clause_follows(text, c.end()):
                    return
                if c.start("span") in curated_end:  # a curated name in the list: read on after it
                    position = curated_end[c.start("span")]
                    continue
                more = propose(c.start("span"), c.group("span"), cue)
                if not more:
                    return
                yield more
                position = more[1]

        for m in CUED.finditer(text):
            if m.end() in seen:
                continue  # "in Baghdad": a curated name, nothing to propose
            run = RUN.match(text, m.end())
            if not run:
                continue
            tail = FACILITY_TAIL_ANY.match(text, run.end())  # "near Hmeimim air base"
            span_end = tail.end() if tail else run.end()
            owner = POSSESSIVE_INSIDE.search(text, run.start(), span_end)
            if owner:  # "in Kenya's Lamu County": the owner, then the place
                first = propose(run.start(), text[run.start():owner.end()], m.group("cue").lower())
                if first:
                    yield first
                hit = propose(owner.end() + 1, text[owner.end() + 1:span_end], m.group("cue").lower())
            else:
                hit = propose(run.start(), text[run.start():span_end], m.group("cue").lower())
            if hit:
                yield hit
                yield from chain(hit[1], hit[2])
        facilities = sorted([*_word_starts(FACILITY_WORDS, text), *_word_starts(FACILITY_OPENERS, text)],
                            key=lambda m: m.start())
        for m in facilities:
            prefixed = m.group(0).startswith(FACILITY_PREFIXES)  # "Camp Taji" reads on, "Harir Air Base" back
            if prefixed:
                run = RUN.match(text, m.end())
                start, end = m.start(), run.end() if run else m.end()
            else:
                start, end = _run_start(text, m.start()), m.end()
            if start < m.start() or prefixed:
                hit = propose(start, text[start:end], "facility")
                if hit:
                    yield hit
        for m in STREET_WORDS.finditer(text):
            start, nxt = _run_start(text, m.start()), NEXT_WORD.match(text, m.end())
            if nxt and nxt.group("gap") == " " and nxt.group("word")[:1].isupper():
                continue  # "on Wall Street Journal pages": the name goes on, and is no street
            if start < m.start() and _prev_word(text, start) in STREET_CUES:
                hit = propose(start, text[start:m.end()], "facility")
                if hit:
                    yield hit
        for m in APPOSITION_AFTER.finditer(text):
            start = _run_start(text, m.start())
            if start < m.start():
                hit = propose(start, text[start:m.start()], "town")
                if hit:
                    yield hit
        for m in self._qualified.finditer(text):  # "Taji, Iraq"
            start = _run_start(text, m.start())
            if start < m.start():
                hit = propose(start, text[start:m.start()], "")
                if hit:
                    yield hit
        for start, end in taken:  # "at Abqaiq and the Khurais oil field": the curated name's cue carries over
            if CONJUNCT.match(text, end) and (prev := _prev_word(text, start)) in LOCATIVE:
                yield from chain(end, prev)

    def _geonames(self, article, text, pending, sentence_of, starts=frozenset()):
        if not pending:
            return []
        surfaces = [text[a:b] for a, b, _, _ in pending]
        texts = [t[:-2] if t.endswith(("'s", "’s")) else t for t in surfaces]  # "Kenya's" is looked up as Kenya
        towns = [ADMIN_AREA.sub("", FACILITY.sub("", t)).strip() for t in texts]
        keys = {k for t in texts + towns for k in name_keys(t) | skeleton_keys(t)}
        hits = self.geonames.lookup(keys) if self.geonames else {}
        out = []
        for (a, b, cue, qualifier), surface, name, town in zip(pending, surfaces, texts, towns):
            candidates, hint = _candidates(name, hits), ""
            if not candidates and town != name:
                candidates, hint = self._town(name, town, hits)  # "Harir Air Base", "Lamu County"
            if not candidates:
                candidates = self._respelled(name, hits) or self._respelled(town, hits)  # "Qayyara West"
                hint = "spelled differently" if candidates else ""
            if not candidates and cue not in STRONG_CUES | {"facility"} and not qualifier \
                    and not _place_noun_follows(text, b) and not _place_follows(text, b, starts):
                continue  # "spoke to Saad Ali": a weak cue and no such place anywhere
            possessive = surface != name
            if not candidates and possessive:
                continue  # "in the War Zone's reporting": an unknown possessive is a publisher, not a place
            reason = "" if candidates else "not in the gazetteer or GeoNames; add it to gazetteer.csv"
            out.append(Mention(article, sentence_of(a), a, b, surface, fold(surface), tuple(candidates),
                               reason=reason, qualifier=qualifier, via_hint=hint, modifier=possessive))
        return out

    def _town(self, name: str, town: str, hits: dict) -> tuple[list[Place], str]:
        """The place a facility or an area is named after: the town for "Harir Air Base"; for
        "Lamu County" or "Saada province", an area around the town of the same name. Camps and
        forts are named after people as often as places (Camp Simba, Fort Bragg): never a town."""
        if name.startswith(FACILITY_PREFIXES):
            return [], ""
        towns = list(self.names.get(name_key(town), ())) or _candidates(town, hits)
        towns = [p for p in towns if p.kind in ("city", "site")]
        if not towns or not ADMIN_AREA.search(name):
            return towns, "town of the same name" if towns else ""
        return [_area_around(p, name) for p in towns], "area around the town of the same name"

    @functools.cached_property
    def skeletons(self) -> dict[str, tuple[Place, ...]]:
        """Curated names by their consonants, for transliterations nobody listed ("Qayyara
        West"); built on first need, which most runs never have."""
        out: dict[str, tuple[Place, ...]] = {}
        for key, found in self.names.items():
            for bones in skeleton_keys(key):
                out[bones] = tuple(dict.fromkeys(out.get(bones, ()) + found))
        return out

    def _respelled(self, name: str, hits: dict) -> list[Place]:
        bones = skeleton_keys(name)
        curated = [p for k in bones for p in self.skeletons.get(k, ())]
        return curated or [p for k in bones for p in hits.get(k, [])]

    def _anaphors(self, article, text, taken, sentence_of):
        found = []
        for m in _word_starts(ANAPHORS, text):  # "bathe" is no "the"
            start, end = m.start(), m.end()
            noun = m.group("noun").lower()
            possessive = text[end:end + 2] in ("'s", "’s")
            found.append((start, end, Mention(article, sentence_of(start), start, end, m.group(0), fold(m.group(0)),
                                              anaphor=ANAPHOR_CATEGORY[noun], modifier=possessive)))
        for m in THERE.finditer(text):
            start, end = m.start() + 1, m.end()
            if m.start() and not text[m.start() - 1].isspace():
                found.append((start, end, Mention(article, sentence_of(start), start, end, "there", "there",
                                                  anaphor="there")))
        return [mention for start, end, mention in sorted(found, key=lambda f: f[0])
                if not any(s < end and start < e for s, e in taken)]


@functools.lru_cache(maxsize=20_000)
def category(place: Place) -> frozenset[str]:
    """What references a place can answer: "the embassy", "the base", "the country"..."""
    name = " ".join(fold(n) for n in place.names)
    cats = {place.kind}
    for word, cat in (("embassy", "embassy"), ("airport", "airport"), ("air base", "base"), ("base", "base"),
                      ("camp", "base"), ("fort", "base"), ("airfield", "base"), ("garrison", "base"),
                      ("station", "base")):
        if re.search(rf"\b{word}\b", name):
            cats.add(cat)
    return frozenset(cats)


_AIRFIELD_WORDS = ("air base", "airbase", "air field", "airfield")


def _variants(name: str) -> set[str]:
    """Spellings to index: with and without "al-"; never with a leading "the", which would
    let "the Gulf" swallow the start of "the Gulf of Aden"."""
    out = {name}
    for word in _AIRFIELD_WORDS:  # "Al-Assad air base" is also "Al-Assad Airbase" and "Al-Assad airfield"
        if (at := fold(name).find(fold(word))) >= 0 and fold(name) == fold(name[:at] + word + name[at + len(word):]):
            out |= {name[:at] + other + name[at + len(word):] for other in _AIRFIELD_WORDS}
    low = fold(name)
    for article in ("al ", "el ", "the "):
        if low.startswith(article) and len(low) > len(article) + 3:
            out.add(name[len(article):].lstrip("- "))
            if article == "the ":
                out.discard(name)
    return out


def _candidates(text: str, hits: dict) -> list[Place]:
    out: list[Place] = []
    for key in sorted(name_keys(text), key=len, reverse=True):
        out.extend(p for p in hits.get(key, []) if p not in out)
    return out


_ARTICLES = frozenset({"the", "a", "an"})
_DIRECTIONS = frozenset("eastern western northern southern central northeastern northwestern southeastern "
                        "southwestern".split())


def _prev_word(text: str, start: int, skip: frozenset[str] = frozenset()) -> str:
    """The folded word just before ``start``, passing over words in ``skip`` (empty at the start)."""
    words = text[max(0, start - 60):start].replace("\t", " ").split()
    while words:
        word = fold(words.pop().strip(_WORD_EDGE))
        if word and word not in skip:
            return word
    return ""
_VERBS_AFTER = frozenset("has had have is was were are said says will would could can may might did does".split())


def _word_starts(pattern: re.Pattern, text: str):
    """Matches of ``pattern`` that begin a word, as a leading "\\b" would give them."""
    position = 0
    while m := pattern.search(text, position):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1
            continue
        yield m
        position = max(m.end(), start + 1)


ADMIN_AREA = re.compile(r"\s+(?i:province|governorate|county|district|prefecture)$")
AREA_RADIUS_KM = 50.0  # an area known only by its main town: a province-sized circle around it
_IN_PLACE = re.compile(r"\s+(?:in|near)\s+(?:the\s+)?")


def _area_around(town: Place, name: str) -> Place:
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


def _clause_follows(text: str, end: int) -> bool:
    """"is in Lebanon and Hamid al-Jazaeri has released": the "and" joins clauses, not places."""
    nxt = NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group("gap") == " " and fold(nxt.group("word")) in _VERBS_AFTER)


_ENGLISH = frozenset({"at", "as", "an", "i", "a", "e"})  # connectors that are English words too: "Troops at Harir"


def _run_start(text: str, end: int) -> int:
    """Where the capitalised name that ends at ``end`` begins ("Harir" in "Harir Air Base")."""
    start = end
    head = text[max(0, end - 80):end]
    position = end - (len(head) - len(head.rstrip()))
    for word in reversed(head.rstrip().split(" ")):
        connector = word.lower() in CONNECTORS and word.lower() not in _ENGLISH and start != end
        if word[:1].isupper() or connector or LOWER_ARTICLE.match(word):
            position -= len(word)
            if word[:1].isupper() or LOWER_ARTICLE.match(word):
                start = position
            position -= 1
            continue
        break
    return start


def _trim(span: str, start: int) -> tuple[str, int]:
    """Drop leading words that are not part of a name ("Northern Kirkuk" keeps "Kirkuk")."""
    words = span.split(" ")
    while words and fold(words[0]) in LEADING:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _plausible(text: str, start: int, span: str, cue: str = "") -> bool:
    words = [fold(w) for w in re.split(r"[ -]", span) if w]
    titles = TITLES if cue != "facility" else frozenset()  # "King Fahd International Airport" honours a king
    if not words or any(w in titles or w in CALENDAR or w in NON_PLACE_WORDS for w in words):
        return False  # "Senator Lindsey Graham", "in March", "from Kataib Hezbollah"
    if words[-1] in NON_PLACE_HEADS or any(len(w) > 1 and w.isupper() and w not in FACILITY_PREFIXES
                                           for w in re.split(r"[ -]", span)):
        return False  # "the Quds Force", "CNN"
    if len(words) == 1 and DEMONYM.search(words[0]):
        nxt = NEXT_WORD.match(text, start + len(span))
        if nxt and nxt.group("gap") == " " and nxt.group("word")[:1].islower() and \
                fold(nxt.group("word")) not in FUNCTION_WORDS | PLACE_NOUNS:
            return False  # "American interests": a demonym
    return True


def _is_modifier(text: str, start: int, end: int, area: bool, nxt: re.Match | None) -> bool:
    """"U.S. forces", "Iran's army": a name used as an adjective, not as a location."""
    if text[max(start, end - 2):end] in ("'s", "’s"):
        return True
    if not nxt or nxt.group("gap").strip(" .") not in ("", "-"):
        return False
    word = fold(nxt.group("word"))
    if word in ADJECTIVAL_HEADS:
        return True  # "at U.S. forces", "the Iraqi government"
    if word in PLACE_NOUNS:
        return False  # "on the Red Sea coast": still a place
    if not area:
        return False
    prev = _prev_word(text, start, skip=_ARTICLES | _DIRECTIONS)  # "in the Green Zone", "in eastern Syria"
    if prev in LOCATIVE or prev == "throughout":
        return False  # "bases in Iraq housing U.S. forces", "at the Green Zone late Sunday"
    return word not in FUNCTION_WORDS
