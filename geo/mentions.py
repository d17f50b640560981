"""Find place mentions in sentences: curated names first, GeoNames candidates next.

A mention keeps its article, sentence and character offsets. Finding only
proposes candidates; ``geo.resolve`` chooses among them using the article.

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

import functools
import re
from dataclasses import dataclass

from geo.gazetteer import Place
from geo.geonames import GeoNames, name_keys
from geo.text import Sentence, Token, fold, squeeze, tokenize

# Nouns after which a country name is a nationality ("U.S. forces", "Iran's military").
ADJECTIVAL_HEADS = frozenset("forces force troops soldiers military officials official government embassy personnel army "
                             "navy service servicemembers diplomats citizens interests strikes strike jets aircraft "
                             "drones drone warplanes command commander commanders president secretary state "
                             "administration officers authorities regime proxies militias allies ally".split())
# Words after which a capitalised name is very likely a place.
LOCATIVE = frozenset("in near at from to outside toward towards into around through across via over "
                     "inside within between reaching entered left over".split())
# Cues strong enough to report a name nobody knows as an unresolved place.
STRONG_CUES = frozenset("in near outside inside of capital city town village province port".split())
# "city of X", "north of X": "of" is locative only after these.
OF_HEADS = frozenset("city town village province governorate district region outskirts suburb suburbs stronghold "
                     "area north south east west northeast northwest southeast southwest capital port "
                     "center centre heart".split())
# "the Syrian capital Damascus": these nouns introduce a place name directly.
APPOSITIVE = frozenset("capital city town village province port".split())
CONNECTORS = frozenset("al el ez es ad ar as an at az ul i e de del la le bin ibn abu um umm bani".split())
TITLES = frozenset("president secretary senator sen general gen gens rep gov governor mr mrs ms dr prime "
                   "minister king prince sheikh ayatollah brig col maj lt capt sgt adm commander chief "
                   "director deputy pope imam sayyed sayyid colonel major captain lieutenant admiral "
                   "sergeant private spokesman spokeswoman ambassador envoy cleric leader".split())
LEADING = frozenset("the a an in on at from to northern southern eastern western central greater upper "
                    "lower north south east west but and or as while after before when".split())
NON_PLACE_HEADS = frozenset("force forces army navy council committee command ministry department party "
                            "guard guards corps news times post agency government administration house "
                            "congress parliament university brigade brigades division militia group "
                            "organization organisation airlines airways company network channel "
                            "movement front unit units authority office".split())
# Armed groups and institutions whose names follow "from" or "in" like places do.
NON_PLACE_WORDS = frozenset("hezbollah hizballah hashd quds irgc isis isil daesh qaeda taliban houthi houthis "
                            "kataib kataib asaib nujaba pentagon kremlin mossad cia nato".split())
# Nouns after which a one-word name is still a place ("Taji province").
PLACE_NOUNS = frozenset("province city town district village area region governorate base airport airfield "
                        "border crossing camp port desert neighborhood neighbourhood suburb valley field".split())
CALENDAR = frozenset("january february march april may june july august september october november "
                     "december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr "
                     "jun jul aug sep sept oct nov dec".split())
# Function words after which a country name is a place, not an adjective ("the U.S. is").
FUNCTION_WORDS = frozenset("the a an this that these those its their is was has had have and or on in to of for with by from at as said says "
                           "would will could should may might did does do are were since but than "
                           "that which who after before during until into over under against".split())
ANAPHORS = re.compile(
    r"\b(?:the|that|this)\s+(?:(?:U\.S\.|US|American|Iraqi|overall|same|sprawling|besieged|nearby|main)\s+)?"
    r"(?P<noun>embassy|diplomatic compound|compound|airport|airfield|air base|base|region|country|city|theater|theatre)\b"
    r"|(?<=\S )(?P<there>there)(?=[.,;]|\s+(?:and|but|on|in|late|early)\b)",
    re.I)
# "Nevatim Air Base", "Camp Victory", "Abu Dhabi International Airport": facilities by their form.
FACILITY = re.compile(r"\s*\b(?:(?:International\s+)?Airport|Air\s*Base|Airbase|Air\s*Field|Airfield|Naval\s+(?:Air\s+)?"
                      r"(?:Base|Station)|Military\s+Base|Base)$|^(?:Camp|Fort|Forward\s+Operating\s+Base)\s+")
ANAPHOR_CATEGORY = {"embassy": "embassy", "diplomatic compound": "embassy", "compound": "embassy",
                    "airport": "airport", "airfield": "airport", "air base": "base", "base": "base",
                    "region": "region", "theater": "region", "theatre": "region",
                    "country": "country", "city": "city"}


@dataclass(frozen=True)
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
        self.index: dict[tuple[str, ...], list[Place]] = {}
        for place in places:
            for name in place.names:
                for variant in _variants(name):
                    key = tuple(squeeze(t.norm) for t in tokenize(variant))
                    if key and place not in self.index.setdefault(key, []):
                        self.index[key].append(place)
        self.longest = max((len(k) for k in self.index), default=1)
        self.first_tokens = {k[0] for k in self.index}

    def find(self, article: str, sentences: list[Sentence]) -> list[Mention]:
        """All mentions in the sentences of one article, in text order."""
        found: list[Mention] = []
        pending: list[tuple[Sentence, list[Token], int, int, str, str]] = []
        for sentence in sentences:
            tokens = tokenize(sentence.text, sentence.start)
            covered = self._curated(article, sentence, tokens, found)
            pending.extend(self._spans(sentence, tokens, covered))
            found.extend(self._anaphors(article, sentence, found))
        found.extend(self._geonames(article, pending))
        return sorted(found, key=lambda m: m.start)

    def _curated(self, article, sentence, tokens, found) -> set[int]:
        covered: set[int] = set()
        i = 0
        while i < len(tokens):
            match = None
            if squeeze(tokens[i].norm) in self.first_tokens and tokens[i].capitalized:
                for length in range(min(self.longest, len(tokens) - i), 0, -1):
                    span = tokens[i:i + length]
                    key = tuple(squeeze(t.norm) for t in span)
                    if key in self.index and _contiguous(sentence, span):
                        match = (length, key)
                        break
            if match is None or not self._standalone(sentence, tokens, i, match[0]):
                i += 1
                continue
            length, key = match
            first, last = tokens[i], tokens[i + length - 1]
            end = last.end
            if len(last.surface) == 1 and _text(sentence, end, end + 1) == "." and length > 1:
                end += 1  # "U.S." keeps its final period
            text = _text(sentence, first.start, end)
            areas = all(p.kind in ("country", "region") for p in self.index[key])
            found.append(Mention(article, sentence.index, first.start, end, text, " ".join(key),
                                 tuple(self.index[key]), qualifier=_qualifier(sentence, tokens, i + length, self.index),
                                 modifier=_is_modifier(sentence, tokens, i, length, areas)))
            covered.update(range(i, i + length))
            i += length
            tail = _facility_tail(sentence, tokens, i)
            if tail and found[-1].candidates[0].kind == "city":
                m = found[-1]
                end = tokens[i + tail - 1].end
                found[-1] = Mention(article, sentence.index, m.start, end, _text(sentence, m.start, end),
                                    fold(_text(sentence, m.start, end)), m.candidates, qualifier=m.qualifier,
                                    via_hint="city of the same name")
                covered.update(range(i, i + tail))
                i += tail
        return covered

    def _standalone(self, sentence, tokens, i, length) -> bool:
        """Reject a one-word name that is part of a longer proper name ("Washington Post")."""
        first, last = tokens[i], tokens[i + length - 1]
        if " " in _text(sentence, first.start, last.end) or i + length >= len(tokens):
            return True
        nxt = tokens[i + length]
        gap = _text(sentence, last.end, nxt.start)
        return not (gap == " " and nxt.surface[:1].isupper() and nxt.norm not in CALENDAR
                    and squeeze(nxt.norm) not in self.first_tokens and last.surface.upper() != last.surface)

    def _spans(self, sentence, tokens, covered):
        """Capitalised runs that may be places GeoNames knows; kept only with a locative cue
        (or as the second conjunct of one: "near Al-Qaim and Akashat")."""
        i = 0
        previous_cue = ""
        while i < len(tokens):
            if i in covered or not tokens[i].surface[:1].isupper():
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j not in covered and _contiguous(sentence, tokens[j - 1:j + 1]) and (
                    tokens[j].surface[:1].isupper() or (tokens[j].norm in CONNECTORS and j + 1 < len(tokens)
                                                        and tokens[j + 1].surface[:1].isupper())):
                j += 1
            span = tokens[i:j]
            start_index = i
            i = j
            while span and span[0].norm in LEADING:
                span, start_index = span[1:], start_index + 1
            if not span or any(t.norm in TITLES for t in span) or span[-1].norm in NON_PLACE_HEADS:
                continue
            if any(t.norm in NON_PLACE_WORDS for t in span) or _adjective(sentence, tokens, start_index, span):
                continue
            if any(t.norm in CALENDAR for t in span) or any(len(t.surface) > 1 and t.surface.isupper() for t in span):
                continue
            cue = _cue(sentence, tokens, start_index) or _conjunct(sentence, tokens, start_index, covered, previous_cue) \
                or ("facility" if FACILITY.search(_text_of(span)) else "")
            previous_cue = cue
            qualifier = _qualifier(sentence, tokens, start_index + len(span), self.index)
            if not cue and not qualifier:
                continue
            end_index = start_index + len(span)
            if end_index < len(tokens) and end_index in covered and tokens[end_index].surface[:1].isupper() \
                    and _text(sentence, span[-1].end, tokens[end_index].start) == " ":
                continue  # the start of a longer curated name
            yield sentence, span, cue, qualifier, start_index

    def _geonames(self, article, pending):
        if not pending:
            return []
        keys = {k for _, span, *_ in pending for k in name_keys(_text_of(span))}
        hits = self.geonames.lookup(keys) if self.geonames else {}
        out = []
        for sentence, span, cue, qualifier, _ in pending:
            text = _text(sentence, span[0].start, span[-1].end)
            candidates: list[Place] = []
            for key in sorted(name_keys(text), key=len, reverse=True):
                candidates.extend(p for p in hits.get(key, []) if p not in candidates)
            if not candidates and FACILITY.search(text):
                # "Harir Air Base": not known itself, but the town it is named after may be
                town = FACILITY.sub("", text).strip()
                for key in sorted(name_keys(town), key=len, reverse=True):
                    candidates.extend(p for p in self.geonames.lookup([key]).get(key, []) if p not in candidates) \
                        if self.geonames else None
                if candidates:
                    qualifier = qualifier or ""
                    out.append(Mention(article, sentence.index, span[0].start, span[-1].end, text, fold(text),
                                       tuple(candidates), qualifier=qualifier, via_hint="town of the same name"))
                    continue
            if not candidates and cue not in STRONG_CUES | {"facility"} and not qualifier:
                continue  # "spoke to Saad Ali": a weak cue and no such place anywhere
            reason = "" if candidates else "not in the gazetteer or GeoNames; add it to gazetteer.csv"
            out.append(Mention(article, sentence.index, span[0].start, span[-1].end, text, fold(text),
                               tuple(candidates), reason=reason, qualifier=qualifier))
        return out

    def _anaphors(self, article, sentence, found):
        taken = [(m.start, m.end) for m in found if m.sentence == sentence.index]
        for m in ANAPHORS.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if m.group("there"):
                yield Mention(article, sentence.index, start, end, m.group(0), "there", anaphor="there")
                continue
            noun = m.group("noun").lower()
            possessive = sentence.text[m.end():m.end() + 2] in ("'s", "’s")
            yield Mention(article, sentence.index, start, end, m.group(0), fold(m.group(0)),
                          anaphor=ANAPHOR_CATEGORY[noun], modifier=possessive)


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


def _variants(name: str) -> set[str]:
    out = {name}
    low = fold(name)
    for article in ("al ", "el ", "the "):
        if low.startswith(article) and len(low) > len(article) + 3:
            out.add(name[len(article):].lstrip("- "))
    return out


def _contiguous(sentence: Sentence, span: list[Token]) -> bool:
    for a, b in zip(span, span[1:]):
        if not re.fullmatch(r"[\s.\-‐‑'’]{0,3}", _text(sentence, a.end, b.start)):
            return False
    return True


def _text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start:end - sentence.start]


def _text_of(span: list[Token]) -> str:
    return " ".join(t.surface for t in span)


def _adjective(sentence, tokens, index, span) -> bool:
    """A one-word demonym followed by a common noun is an adjective ("American interests"),
    not a place ("the Mussafah industrial area" is one)."""
    after = index + len(span)
    if len(span) != 1 or after >= len(tokens) or not re.search(r"(?:an|ian|ean|i|ese|ish|ic)$", span[0].norm):
        return False
    nxt = tokens[after]
    gap = _text(sentence, span[-1].end, nxt.start)
    return gap in (" ", "-") and nxt.surface[:1].islower() and nxt.norm not in FUNCTION_WORDS \
        and nxt.norm not in PLACE_NOUNS


def _facility_tail(sentence, tokens, i) -> int:
    """How many tokens after a city name make it a facility ("... International Airport")."""
    for length in (3, 2, 1):
        words = tokens[i:i + length]
        if len(words) == length and all(w.surface[:1].isupper() for w in words) and _contiguous(sentence, words) \
                and FACILITY.fullmatch(" " + " ".join(w.surface for w in words)):
            return length
    return 0


def _conjunct(sentence, tokens, index, covered, previous_cue) -> str:
    """"near Al-Qaim and Akashat", "at Abqaiq and the Khurais oil field": the cue of the
    place before the "and" carries over."""
    j = index - 1
    while j >= 0 and tokens[j].norm in ("the", "a"):
        j -= 1
    if j < 1 or tokens[j].norm != "and":
        return ""
    k = j - 1
    if k in covered:
        start = k
        while start - 1 in covered:
            start -= 1
        return _cue(sentence, tokens, start)
    return previous_cue if tokens[k].surface[:1].isupper() else ""


def _cue(sentence, tokens, index) -> str:
    while index > 1 and tokens[index - 1].norm in ("the", "a") and \
            _text(sentence, tokens[index - 1].end, tokens[index].start) == " ":
        index -= 1  # "in the Mussafah industrial area": the cue sits before the article
    if index == 0:
        return ""
    prev = tokens[index - 1]
    if _text(sentence, prev.end, tokens[index].start).strip(" "):
        return ""  # punctuation between the cue and the name
    if prev.norm in LOCATIVE or prev.norm in APPOSITIVE:
        return prev.norm
    if prev.norm == "of" and index >= 2 and tokens[index - 2].norm in OF_HEADS:
        return "of"
    return ""


def _qualifier(sentence, tokens, after, index) -> str:
    """Country code of a ", Iraq" that follows a name."""
    if after >= len(tokens) or _text(sentence, tokens[after - 1].end, tokens[after].start).strip() != ",":
        return ""
    for length in (3, 2, 1):
        key = tuple(squeeze(t.norm) for t in tokens[after:after + length])
        for place in index.get(key, []):
            if place.kind in ("country", "region") and place.country:
                return place.country
    return ""


def _is_modifier(sentence, tokens, i, length, area: bool = True) -> bool:
    last = tokens[i + length - 1]
    if last.surface.endswith(("'s", "’s")):
        return True
    if i + length >= len(tokens):
        return False
    nxt = tokens[i + length]
    if nxt.norm in ADJECTIVAL_HEADS and _text(sentence, last.end, nxt.start).strip(" .") == "":
        return True  # "at U.S. forces", "the Iraqi government": a nationality, not a location
    before = i - 1
    while before >= 0 and tokens[before].norm in ("the", "a", "an"):
        before -= 1
    if not area or (before >= 0 and tokens[before].norm in LOCATIVE | {"throughout"}):
        return False  # "bases in Iraq housing U.S. forces", "at the Green Zone late Sunday"
    gap = _text(sentence, last.end, nxt.start)
    return gap.strip(" .") in ("", "-") and nxt.norm not in FUNCTION_WORDS
