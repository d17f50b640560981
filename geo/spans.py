"""Names nobody curated, proposed only where the text says "place".

After a cue word ("in", "near", "the town of"), before ", Iraq", in a facility's name
("Harir Air Base", "Camp Taji"), on a street, or named as "X, a town in ...". Each
proposal is a span and the cue that found it; ``geo.fallback`` then looks the names up.

Examples
--------
>>> import re
>>> [text[a:b] for text in ["Rockets fell near Al-Mayadin and Akashat."]
...  for a, b, cue, _ in propose_spans(text, [], re.compile("(?!)"), lambda text, end: "")]
['Al-Mayadin', 'Akashat']
>>> list(propose_spans("Nothing here.", [], re.compile("(?!)"), lambda text, end: ""))
[]
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator

from ahocorasick_rs import AhoCorasick

from geo.placewords import (ADJECTIVAL_HEADS, APPOSITIVE, BASE_DESCRIPTORS, CALENDAR, COMPOUND_HEADS, CONNECTORS,
                            FACILITY_ABBREVIATIONS, FACILITY_PREFIXES, FUNCTION_WORDS,
                            LEADING, LOCATIVE, NON_PLACE_HEADS, NON_PLACE_WORDS, OF_HEADS, PLACE_NOUNS, SIDES, STRUCK_VERBS,
                            TITLES)
from geo.placewords import SERVICE_WORDS
from geo.text import fold

_CAPITAL = r"[A-Z\u00C0-\u00DE\u0100-\u017F\u1E00-\u1EFF]"
_CAP = _CAPITAL + r"[\w'’\u00C0-\u024F\u1E00-\u1EFF]*"
_CONNECTOR = "|".join(sorted(CONNECTORS, key=len, reverse=True))
# "al-Assad", "ad-Dawr": a name may open with a lower-case Arabic article.
_ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ath", "ul")
_ARTICLE = "(?:" + "|".join(_ARABIC_ARTICLES) + ")-"
# "St. Petersburg", "St.Petersburg", "Mt. Hermon", "Ft. Bragg": a name may open with an abbreviated title.
_TITLE = "(?:St|Ste|Mt|Ft)\\.[ ]?(?=[A-Z])"
_RUN = rf"(?:{_ARTICLE}|{_TITLE})?{_CAP}(?:(?: |-)(?:(?:{_CONNECTOR})[ -])?{_CAP})*"


def trie_pattern(words) -> str:
    """A regex alternation of ``words`` shaped as a trie ("in(?:side|to)?"): the regex engine
    then tests each letter once per position instead of every word in turn. Letters that
    always follow one another are written as one literal, not a group each: a big list (the
    countries' names) then compiles in a quarter of the time.

    >>> trie_pattern(["in", "inside", "into", "near"])
    '(?:in(?:side|to)?|near)'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch, sub in sorted(node.items()):
            if not ch:
                continue
            run = ch
            while len(sub) == 1 and "" not in sub:  # one way on, and no word ends here
                (ch, sub), = sub.items()
                run += ch
            branches.append(re.escape(run) + emit(sub))
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group
    return emit(tree)


# A cue word and the capital that starts a name after it ("near Al-Mayadin", "in the Mussafah
# area", "in al-Anbar"). Capitals are rare and cue words common, so the pattern reads the reversed
# text from each capital back to its cue: the regex engine then skips from capital to capital,
# three times as fast as a scan for the cue words. Case-sensitive alternatives, as a trie.
# A part of the town may stand between ("in central Belgrade", "in downtown Kinshasa"): the town is the name.
_TOWN_PARTS = ("central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east", "west")
# So may a compound adjective ("into rebel-held Idlib", "invaded Marxist-led Grenada": ``COMPOUND_HEADS``).
_CUE_BEFORE_CAPITAL = re.compile(
    r"%s(?=(?P<article>-(?:%s))?[ \t]+(?:(?:%s)[ \t]+)?(?:(?:%s)-[\w.]+[ \t]+)?(?:eht[ \t]+|a[ \t]+)?(?P<cue>%s)(?!\w))"
    % (_CAPITAL, "|".join(a[::-1] for a in _ARABIC_ARTICLES), "|".join(w[::-1] for w in _TOWN_PARTS),
       "|".join(w[::-1] for w in sorted(COMPOUND_HEADS)),
       # a capitalised kind word opens a name, not a cue: "Port Sudan", "Port Said", "City of London"
       trie_pattern(w[::-1] for c in LOCATIVE | APPOSITIVE | STRUCK_VERBS | {"of"}
                    for w in ((c,) if c in APPOSITIVE else (c, c.capitalize())))))
# Cue words whose list runs on after a known place: "in Baghdad, Babil and Karbala", "struck Al-Bab and Jarablus".
_LIST_CUES = LOCATIVE | STRUCK_VERBS
RUN = re.compile(_RUN)
LOWER_ARTICLE = re.compile(rf"{_ARTICLE}{_CAPITAL}")
# Facility words, found literally; the name before them is then read backwards ("Harir Air Base"),
# or after a prefix ("Camp Taji"). Two patterns with literal openings scan much faster than one
# with a leading "\b"; the finder checks that a match starts a word.
# "Hill AFB": a facility word, no acronym of a body (not "AB", too short to mark one).
_FACILITY_ABBREVIATED = tuple(a for a, _, _ in FACILITY_ABBREVIATIONS if len(a) > 2)
FACILITY_WORDS = re.compile(r"(?:International Airport|Air(?:port| ?Base|base| ?Field|field)|Naval (?:Air )?"
                            r"(?:Base|Station)|Base|air(?:port| ?base| ?field)|%s)\b" % "|".join(_FACILITY_ABBREVIATED))
# Words of which every match of a pattern holds one: a text holding none is not scanned, since
# one automaton pass (``_FACILITY_NEEDLES``, below) costs far less than the regex engine's
# (most articles name no facility).
_FACILITY_WORDS_NEEDLES = ("Base", "Airport", "Airbase", "Air Field", "AirField", "Airfield", "Naval ",
                           "airport", "air base", "airbase", "air field", "airfield", *_FACILITY_ABBREVIATED)
# "in Kenya's Lamu County": a possessive inside a run ends its first name.
POSSESSIVE_INSIDE = re.compile(r"['’]s(?= \S)")
# "at Shayrat Airfield": whatever the cue, a name ending so is a facility.
FACILITY_SPAN = re.compile(r" (?i:airport|air ?base|airbase|air ?field|airfield)$")
# "on Palestine Street": a street or square is a place when the text puts something on or at it.
_STREETS = ("Street", "Road", "Avenue", "Square", "Highway", "Bridge")
STREET_WORDS = re.compile("(?:" + "|".join(_STREETS) + r")\b")
STREET_CUES = frozenset({"on", "along", "off", "in", "at", "near", "to", "from", "across"})
# What a town lost to a side is told by, right after its name ("Rwindi has fallen to the rebels").
FALLEN_AFTER = re.compile(r" (?:(?:has|have|had) )?(?:(?:now|reportedly|finally|also) )?(?:fell|fallen) "
                          r"(?:to|under|into)\b| (?:(?:has|have|had) )?been in the hands of\b"
                          r"| came under the control of\b")
# ... to an armed side: "fell to the rebels", "fallen to M23 fighters" (not "fell to $75", "fell to Chelsea").
_ARMED_TAKER = re.compile(r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:rebels?|fighters|troops|forces|army|militants|"
                          r"insurgents|militias?|militiamen|jihadists|separatists|gunmen|soldiers|units|Taliban|M23|"
                          r"Islamic State|ISIS|(?:al-)?Shabaab|Houthis?|RSF|JNIM|Islamists)\b")
# A blow a place took, told right after its name ("Kupiansk was shelled overnight", "Sderot came under rocket fire",
# "Avdiivka has been pounded for weeks"): the name before it is the place hit. Only blows a town takes, not a person,
# a firm or a team ("Jackson was attacked by a gunman", "Toyota was hit by a recall", "Austin came under fire from
# lawmakers").
STRUCK_AFTER = re.compile(r" (?:was|were|is|are|(?:has|have|had) been|got)(?: (?:also|again|reportedly|repeatedly|"
                          r"heavily|badly|once again))? (?:shelled|bombed|bombarded|pounded|rocketed|hammered|"
                          r"pummeled|pummelled)\b"
                          r"| (?:came|comes|has come|had come) under (?:(?:heavy|intense|renewed|sustained) )?"
                          r"(?:(?:artillery|rocket|mortar|drone|missile|tank) (?:fire|attack)|shelling|bombardment)\b")
_CAPITAL_THEN_NAME = re.compile(r"\bcapital,?\s+(?=[A-Z])")
# "the provinces of", "the towns of": a list of places of that kind follows.
_KINDS_OF = re.compile(r"\b(?:provinces|governorates|towns|cities|villages|districts|regions|areas)\s+of\s+"
                       r"(?:the\s+)?$")
# "Helmand province", "the Brom Maifa district": an area's name, then its kind (``_Proposer._areas``).
AREA_WORDS = re.compile(r" (?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture|[Dd]istrict|[Rr]egion|[Cc]ounty)\b")
# "Khan Sheikhoun, a rebel-held town in Idlib": a name the next words call a place.
APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|district|neighbou?rhood|"
                              r"suburb|province|region|port|base|airfield|border crossing|crossing)\b")
FACILITY_OPENERS = re.compile(r"(?:%s) (?=[A-Z])" % "|".join(FACILITY_PREFIXES))
_FACILITY_OPENERS_NEEDLES = tuple(f"{prefix} " for prefix in FACILITY_PREFIXES)
# One pass for all the facility words, and one for the street words: 24 substring tests took a
# tenth of an article's place finding. Overlapping matches, so that every word held is seen.
_FACILITY_NEEDLES = AhoCorasick([*_FACILITY_WORDS_NEEDLES, *_FACILITY_OPENERS_NEEDLES])
_STREET_NEEDLES = AhoCorasick(list(_STREETS))
NEXT_WORD = re.compile(r"(?P<gap>[ \t]*[.-]?[ \t]*)(?P<word>[\w'’]+)")
# "the city of (the) X", read backwards from X to "city": anchored, not a search of all before X.
_OF_HEAD_BACKWARDS = re.compile(r"(?:\s+eht)?\s+fo\s+([\w'’]+)")
DEMONYM = re.compile(r"(?:an|ian|ean|i|ese|ish|ic)$")
_WORD_EDGE = " \t,.;:\"“”()—-"
QUALIFIER = re.compile(rf",\s*(?P<name>{_CAP}(?: {_CAP}){{0,2}})")
FACILITY_TAIL = re.compile(r"\s+(?:International\s+)?(?:Airport|Air\s*Base|Airbase|Air\s*Field|Airfield)\b")
FACILITY_TAIL_ANY = re.compile(FACILITY_TAIL.pattern, re.IGNORECASE)  # "near Hmeimim air base"
CONJUNCT = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<span>{_RUN})")

# A verb of leaving, then "for" before a capital: where a force is bound ("left Norfolk for Rota").
_LEFT_FOR = re.compile(r"\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|sail(?:s|ed|ing)?|(?:set|sets|setting)\s+"
                       r"(?:off|out|sail)|bound|head(?:s|ed|ing)?|flew|flying|(?:took|takes|taking)\s+off)\b"
                       r"[^.;:\n]{0,60}?\bfor\s+(?:the\s+)?(?=[A-Z])")
# "to her Portsmouth homeport", "from their Fort Bliss garrison": a possessive, a name, then home.
_HOME_PORT = re.compile(r"\b(?:to|at|from|in|into|for|near)\s+(?:her|its|their|his)\s+"
                        r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                        r"(?:home\s*port|homeport|home\s+base|naval\s+base|garrison|barracks)\b")
_AREA_NOUN = re.compile(r"\s+(?:governorate|province|district|region|area|city)\b")
_MATCH_START = operator.methodcaller("start")  # a sort key, in C
Proposal = tuple[int, int, str, str]  # start, end, cue, qualifier's country code


def propose_spans(text: str, taken: list[tuple[int, int]], qualified: re.Pattern,
                  qualifier: Callable[[str, int], str]) -> Iterator[Proposal]:
    """Spans that may be places, in the order their sources are read; ``taken`` holds the
    curated names already found, ``qualified`` matches ", Iraq" and ``qualifier`` reads it."""
    return _Proposer(text, taken, qualifier).spans(qualified)


def cued_starts(text: str) -> list[tuple[int, str]]:
    """Where a name may start after a cue word, with the cue: (offset, cue) in text order.

    >>> cued_starts("Troops near al-Qaim and in the Anbar desert, of Iraq.")
    [(12, 'near'), (31, 'in'), (48, 'of')]
    >>> cued_starts("Troops went in.")
    []
    """
    n = len(text)
    found = []
    for m in _CUE_BEFORE_CAPITAL.finditer(text[::-1]):
        a, b = m.span("cue")
        found.append((n - 1 - m.start() - len(m.group("article") or ""), text[n - b:n - a]))
    found.reverse()
    return found


class _Proposer:
    """One article's proposals: a span is proposed once, and never across a curated name."""

    def __init__(self, text: str, taken: list[tuple[int, int]], qualifier):
        self.text, self.taken, self.qualifier = text, taken, qualifier
        self.curated_end = dict(taken)  # curated names never share a start
        self.seen: set[int] = set(self.curated_end)  # a run that starts a curated name is that name
        self.proposed: list[tuple[int, int]] = []  # spans already proposed: the first reading of a name wins
        self.lows = list(self.curated_end)
        # The text with every curated name blotted out (same length, so offsets hold): scans for
        # cues and facility words then skip the names already found, most of their matches.
        pieces, position = [], 0
        for a, b in taken:
            pieces += [text[position:a], "x" * (b - a)]
            position = b
        self.masked = "".join(pieces) + text[position:]

    def spans(self, qualified: re.Pattern) -> Iterator[Proposal]:
        yield from self._cued()
        yield from self._facilities()
        yield from self._streets()
        yield from self._areas()
        yield from self._capital_named()
        yield from self._fallen()
        yield from self._struck_named()
        yield from self._appositions()
        yield from self._qualified(qualified)
        yield from self._lists_after_curated()
        yield from self._owned_by_curated()
        yield from self._bound_for()
        yield from self._home_ports()

    def _free(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.lows, b)
        return not any(self.taken[j][1] > a for j in range(max(0, i - 3), i))

    def propose(self, start: int, span: str, cue: str) -> Proposal | None:
        text = self.text
        span, start = _trim(span, start)
        end = start + len(span)
        if _BASE_AFTER.match(text, end):
            start = self._name_start(start, end + 1)  # "struck the American Harir base": whose, then which
            span = text[start:end]
        if cue != "facility" and FACILITY_SPAN.search(span):
            cue = "facility"  # "at Shayrat Airfield": the name says what it is, whatever the cue
        if _WHOSE_BASE.fullmatch(span) and text.startswith(" at ", end):
            return None  # "the American Base at Erbil Airport": whose it is; where follows
        if len(span) < 2 or fold(span) in CONNECTORS or start in self.seen or not self._free(start, end) \
                or not _plausible(text, start, span, cue) or any(a < end and start < b for a, b in self.proposed):
            return None
        if cue == "of":
            head = _OF_HEAD_BACKWARDS.match(text[start - 1::-1]) if start else None
            if not head or fold(head.group(1)[::-1]) not in OF_HEADS:
                return None  # "the leader of Iran's Quds Force" is no place
        if end < len(text) and text[end:end + 1] == " " and not self._free(end + 1, end + 2):
            return None  # the start of a longer curated name
        self.seen.add(start)
        self.proposed.append((start, end))
        return start, end, cue, self.qualifier(text, end)

    def _chain(self, position: int, cue: str) -> Iterator[Proposal]:
        """The names listed after one: "near Al-Qaim and Akashat", "near Ras Isa, Mokha and Khokha"."""
        kinds = cue == "of"  # "the towns of X and Y had also been shelled": one list, one blow
        cue = "in" if cue == "of" else cue  # "the towns of Tibnine and Bint Jbeil": the head was read once
        for _ in range(6):
            c = CONJUNCT.match(self.text, position)
            if not c or _clause_follows(self.text, c.end(), shared=kinds):
                return
            if c.start("span") in self.curated_end:  # a curated name in the list: read on after it
                position = self.curated_end[c.start("span")]
                continue
            more = self.propose(c.start("span"), c.group("span"), cue)
            if not more:
                return
            yield more
            position = more[1]

    def _cued(self) -> Iterator[Proposal]:
        text = self.text
        for start, cue in cued_starts(self.masked):
            if start in self.seen:
                continue  # "in Baghdad": a curated name, nothing to propose
            run = RUN.match(text, start)
            if not run:
                continue
            cue = cue.lower()
            tail = FACILITY_TAIL_ANY.match(text, run.end())  # "near Hmeimim air base"
            span_end = tail.end() if tail else run.end()
            owner = POSSESSIVE_INSIDE.search(text, run.start(), span_end)
            if owner:  # "in Kenya's Lamu County": the owner, then the place
                first = self.propose(run.start(), text[run.start():owner.end()], cue)
                if first:
                    yield first
                hit = self.propose(owner.end() + 1, text[owner.end() + 1:span_end], cue)
            else:
                hit = self.propose(run.start(), text[run.start():span_end], cue)
            if hit:
                yield hit
                yield from self._chain(hit[1], hit[2])

    def _facilities(self) -> Iterator[Proposal]:
        text, masked = self.text, self.masked
        held = {index < len(_FACILITY_WORDS_NEEDLES)  # True: a facility word, False: a prefix
                for index, _, _ in _FACILITY_NEEDLES.find_matches_as_indexes(masked, overlapping=True)}
        if not held:
            return
        found = [*(word_starts(FACILITY_WORDS, text, masked) if True in held else ()),
                 *(word_starts(FACILITY_OPENERS, text, masked) if False in held else ())]
        found.sort(key=_MATCH_START)
        for m in found:
            prefixed = m.group(0).startswith(FACILITY_PREFIXES)  # "Camp Taji" reads on, "Harir Air Base" back
            if prefixed:
                run = RUN.match(text, m.end())
                start, end = m.start(), run.end() if run else m.end()
                nxt = NEXT_WORD.match(text, end)
                if nxt and nxt.group("gap") == " " and fold(nxt.group("word")) in ADJECTIVAL_HEADS:
                    continue  # "RAF Typhoon jets": a kind of aircraft, not a station
            else:
                start, end = self._name_start(_run_start(text, m.start()), m.start()), m.end()
                owned = [p.end() for p in POSSESSIVE_INSIDE.finditer(text, start, m.start())]
                if owned:
                    # "Tripoli's Mitiga airport": the owner, a name of its own, then the facility
                    owner = self.propose(start, text[start:owned[-1]], "facility")
                    if owner:
                        yield owner
                    start = owned[-1] + 1
            if start < m.start() or prefixed:
                hit = self.propose(start, text[start:end], "facility")
                if hit:
                    yield hit

    def _name_start(self, start: int, facility: int) -> int:
        """Where a facility's own name begins in the capitalised run before its word: after a
        country already found ("the U.S. Harir Air Base") or a word that says whose base it is
        ("the American Harir base")."""
        for a, b in self.taken:
            if start <= a < facility and b < facility:
                start = b + 1
        words = self.text[start:facility].split()
        while len(words) > 1 and fold(words[0]) in BASE_DESCRIPTORS:
            start += len(words.pop(0)) + 1
        return start

    def _streets(self) -> Iterator[Proposal]:
        text = self.text
        for m in STREET_WORDS.finditer(text) if _STREET_NEEDLES.find_matches_as_indexes(text) else ():
            start, nxt = _run_start(text, m.start()), NEXT_WORD.match(text, m.end())
            if nxt and nxt.group("gap") == " " and nxt.group("word")[:1].isupper():
                continue  # "on Wall Street Journal pages": the name goes on, and is no street
            if start < m.start() and prev_word(text, start) in STREET_CUES:
                hit = self.propose(start, text[start:m.end()], "facility")
                if hit:
                    yield hit

    def _name_before(self, m: re.Match, end: int, cue: str) -> Proposal | None:
        """The capitalised name that ends right before ``m`` (to ``end``), proposed with ``cue``."""
        start = _run_start(self.text, m.start())
        return self.propose(start, self.text[start:end], cue) if start < m.start() else None

    def _areas(self) -> Iterator[Proposal]:
        """"patrolled Helmand province", "in Yemen's central Bayda province": a name its kind word calls an
        area, whatever stands before it."""
        for m in AREA_WORDS.finditer(self.masked):
            if hit := self._name_before(m, m.end(), "province"):
                yield hit

    def _fallen(self) -> Iterator[Proposal]:
        """"Novoazovsk has fallen under the control of the rebels", "Rwindi fell to the insurgents": a name lost to
        a side is a town, whatever (or nothing) stands before it."""
        for m in FALLEN_AFTER.finditer(self.masked):
            if not _ARMED_TAKER.match(self.text, m.end()):
                continue  # "Brent fell to $75", "Arsenal fell to Chelsea": no side took it
            if hit := self._name_before(m, m.start(), "town"):
                yield hit

    def _struck_named(self) -> Iterator[Proposal]:
        """"Kupiansk was shelled overnight", "Sderot came under rocket fire": the name a blow fell on."""
        for m in STRUCK_AFTER.finditer(self.masked):
            if hit := self._name_before(m, m.start(), "blow"):
                yield hit

    def _capital_named(self) -> Iterator[Proposal]:
        """"the Chechen capital, Grozny", "the provincial capital Lashkar Gah": the capital's own name."""
        text = self.text
        for m in _CAPITAL_THEN_NAME.finditer(self.masked) if "capital" in text else ():
            run = RUN.match(text, m.end())
            if run:
                hit = self.propose(run.start(), run.group(0), "capital")
                if hit:
                    yield hit

    def _appositions(self) -> Iterator[Proposal]:
        for m in APPOSITION_AFTER.finditer(self.text):
            start = _run_start(self.text, m.start())
            if start < m.start():
                hit = self.propose(start, self.text[start:m.start()], "town")
                if hit:
                    yield hit

    def _qualified(self, qualified: re.Pattern) -> Iterator[Proposal]:
        for m in qualified.finditer(self.text):  # "Taji, Iraq"
            start = _run_start(self.text, m.start())
            if start < m.start():
                hit = self.propose(start, self.text[start:m.start()], "")
                if hit:
                    yield hit

    def _lists_after_curated(self) -> Iterator[Proposal]:
        ends = None
        for start, end in self.taken:  # "at Abqaiq and the Khurais oil field": the curated name's cue carries over
            if not CONJUNCT.match(self.text, end):
                noun = _AREA_NOUN.match(self.text, end)  # "Hodeidah governorate, Saada, and Dhamar"
                if not noun or not CONJUNCT.match(self.text, noun.end()):
                    continue
                end = noun.end()
            if (prev := prev_word(self.text, start)) in _LIST_CUES:
                yield from self._chain(end, prev)
                continue
            if prev == "of" and _KINDS_OF.search(self.text, max(0, start - 30), start):
                yield from self._chain(end, "of")  # "the provinces of Aleppo and Idlib", "the towns of Tyre and Qana"
                continue
            ends = ends if ends is not None else {e for _, e in self.taken}
            if self.text[max(0, start - 3):start].rstrip().endswith(",") and any(
                    e in ends for e in range(max(0, start - 3), start)):
                yield from self._chain(end, "in")  # "..., Sanaa, Hodeidah, Saada": a list of known places

    def _bound_for(self) -> Iterator[Proposal]:
        """"left the Hmeimim air base for Benghazi", "sailed from Toulon for Limassol": after a
        verb of leaving, "for" names where a force is going."""
        if " for " not in self.text:
            return
        for m in _LEFT_FOR.finditer(self.masked):
            run = RUN.match(self.text, m.end())
            if run:
                hit = self.propose(run.start(), run.group(0), "to")
                if hit:
                    yield hit
                    yield from self._chain(hit[1], "to")

    def _home_ports(self) -> Iterator[Proposal]:
        """"returned to her Portsmouth homeport", "at their Fort Hood garrison": a ship's or a unit's home
        named between its possessive and the word for home."""
        if not any(word in self.text for word in ("home", "base", "garrison", "barracks")):
            return
        for m in _HOME_PORT.finditer(self.masked):
            hit = self.propose(m.start("name"), self.text[m.start("name"):m.end("name")], "in")
            if hit:
                yield hit

    def _owned_by_curated(self) -> Iterator[Proposal]:
        """"in northeastern Lebanon's Baalbek": a name owned by a known place lies in it. Only a
        name the index knows is kept ("Lebanon's Hezbollah" is none); its list reads on."""
        for start, end in self.taken:
            if self.text[end - 2:end] in ("'s", "’s") and (run := RUN.match(self.text, end + 1)) \
                    and self.text[end:end + 1] == " ":
                hit = self.propose(run.start(), run.group(0), "possessive")
                if hit:
                    yield hit
                    yield from self._chain(hit[1], "possessive")


ARTICLES = frozenset({"the", "a", "an"})
# The words of a side before a name ("in eastern Syria", "in south west Libya", "north-eastern").
DIRECTIONS = frozenset(f"{spelled}{ending}" for side in SIDES
                       for spelled in {side, side[:5] + "-" + side[5:] if len(side) > 5 else side}
                       for ending in ("", "ern")) | {"central"}


def prev_word(text: str, start: int, skip: frozenset[str] = frozenset()) -> str:
    """The folded word just before ``start``, passing over words in ``skip`` (empty at the start)."""
    words = text[max(0, start - 60):start].rsplit(None, 3)  # the last few words nearly always do
    rest = words.pop(0) if len(words) == 4 else ""
    while words:
        word = fold(words.pop().strip(_WORD_EDGE))
        if word and word not in skip:
            return word
        if not words and rest:
            words, rest = rest.split(), ""
    return ""


# Verbs that agree with one name alone: "and Hamid al-Jazaeri has" starts a clause, while "the towns
# of Jazan and Najran were hit" lists both names as one plural subject.
_VERBS_AFTER = frozenset("has had is was said says will would could can may might did does".split())
# A plural passive of a blow after a list's last name: "Yafran and Nalut had also been struck".
_SHARED_BLOW = re.compile(r" (?:also |again |both )?been (?:\w+ly )?(?:" + "|".join(sorted(STRUCK_VERBS))
                          + r")\b", re.I)


def word_starts(pattern: re.Pattern, text: str, scan: str | None = None):
    """Matches of ``pattern`` that begin a word, as a leading "\\b" would give them; the
    pattern may search ``scan``, a copy of ``text`` with parts masked."""
    position = 0
    while m := pattern.search(text if scan is None else scan, position):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1
            continue
        yield m
        position = max(m.end(), start + 1)


def _clause_follows(text: str, end: int, shared: bool = False) -> bool:
    """"is in Lebanon and Hamid al-Jazaeri has released": the "and" joins clauses, not places
    (but after "the towns of", "Yafran and Nalut had also been shelled": the list shares one passive blow)."""
    nxt = NEXT_WORD.match(text, end)
    return bool(nxt and nxt.group("gap") == " " and fold(nxt.group("word")) in _VERBS_AFTER
                and not (shared and _SHARED_BLOW.match(text, nxt.end())))


_ENGLISH = frozenset({"at", "as", "an", "i", "a", "e"})  # connectors that are English words too: "Troops at Harir"


def _run_start(text: str, end: int) -> int:
    """Where the capitalised name that ends at ``end`` begins ("Harir" in "Harir Air Base")."""
    start = end
    head = text[max(0, end - 80, text.rfind("\n", max(0, end - 80), end) + 1):end]  # a name never starts on the line before
    position = end - (len(head) - len(head.rstrip()))
    for word in reversed(head.rstrip().split(" ")):
        named = (word[:1].isupper() and word not in ("The", "A", "An")) or bool(LOWER_ARTICLE.match(word))
        connector = word.lower() in CONNECTORS and word.lower() not in _ENGLISH and start != end
        if named or connector:
            position -= len(word)
            if named:
                start = position
            position -= 1
            continue
        break
    return start


# "the Russian Base at Qamishli International Airport": a facility told by whose it is, then where.
_BASE_AFTER = re.compile(r" (?i:base|bases|airbase|air base|camp|garrison|outpost)\b")
_WHOSE_BASE = re.compile(r"[A-Z][a-z]+(?:an|ian|ish|ese|i) (?:Base|Bases|Camp|Station|Garrison|Headquarters)")
_HELD_AT = re.compile(r"^.*?\b(?:Base|Bases|Camp|Station|Garrison|Headquarters|Embassy|Consulate) at (?=[A-Z])")


def _trim(span: str, start: int) -> tuple[str, int]:
    """Drop leading words that are not part of a name ("Northern Kirkuk" keeps "Kirkuk"; "Russian Base
    at Qamishli Airport" keeps "Qamishli Airport")."""
    held = _HELD_AT.match(span)
    if held:
        span, start = span[held.end():], start + held.end()
    words = span.split(" ")
    while words and fold(words[0]) in LEADING:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


_NAME_WORD_SPLIT = re.compile(r"[ -]")
_NOT_DEMONYM_HEADS = FUNCTION_WORDS | PLACE_NOUNS


_SERVICE_SITE = re.compile(r"\s+(?:base|barracks|compound|headquarters|post|camp|air\s+station|positions?)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.I)


def _plausible(text: str, start: int, span: str, cue: str = "") -> bool:
    pieces = _NAME_WORD_SPLIT.split(span)
    words = [fold(w) for w in pieces if w]
    titles = TITLES if cue != "facility" else frozenset()  # "King Fahd International Airport" honours a king
    if not words or any(w in titles or w in CALENDAR or w in NON_PLACE_WORDS for w in words):
        return False  # "Senator Lindsey Graham", "in March", "from Kataib Hezbollah"
    if all(w in SERVICE_WORDS for w in words) and _SERVICE_SITE.match(text, start + len(span)):
        return False  # "the Marine base", "a Navy base": whose base, not where
    if len(words) == 1 and words[0] in APPOSITIVE:
        return False  # "docked at the Port of Aden": a kind of place before its name, no name itself
    if cue == "to" and _ACCORDING.search(text, max(0, start - 16), start):
        return False  # "according to Ali": a source, never a place
    if words[-1] in NON_PLACE_HEADS or any(len(w) > 1 and w.isupper() and w not in FACILITY_PREFIXES
                                           and not (cue == "facility" and w in _FACILITY_ABBREVIATED)
                                           for w in pieces):
        return False  # "the Quds Force", "CNN"
    if (after := NEXT_WORD.match(text, start + len(span))) and after.group("gap") == " " \
            and after.group("word") == "capital":
        return False  # "stormed into the Chechen capital of Grozny": whose capital, an adjective
    if len(words) == 1 and DEMONYM.search(words[0]):
        nxt = NEXT_WORD.match(text, start + len(span))
        if nxt and nxt.group("gap") == " " and nxt.group("word")[:1].islower() and \
                fold(nxt.group("word")) not in _NOT_DEMONYM_HEADS and not nxt.group("word").endswith("ed"):
            return False  # "American interests": a demonym (not "jets from Ghedi arrived": a town, then its verb)
    return True
