"""Place names as the news writes them, matched all at once.

Names and text are normalised the same way: lower case, no diacritics, no
apostrophes ("Kata'ib" = "Kataib"), no possessive "'s", hyphens, dots and runs of
spaces folded to one space ("al-Asad" = "Al Asad", "U.S." = "US"). (GeoNames keys
also squeeze doubled letters, see ``geo.geonames.name_keys``.) An Aho-Corasick
automaton (``ahocorasick_rs``) then finds every curated name in one pass, leftmost
longest first, and offsets map back to the original text.

Examples
--------
>>> n = normalize("Baghdad's K-1 base")
>>> n.text
'baghdad k 1 base'
>>> n.original(0), n.original(8)
(0, 10)
>>> index = NameIndex({"baghdad": "B", "baghdad international airport": "BIAP"})
>>> [(text[s:e], v) for text in ["At Baghdad International Airport."] for s, e, v in index.find(text)]
[('Baghdad International Airport', 'BIAP')]
>>> index.find("No match here")
[]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from geo.placewords import BASE_DESCRIPTORS
from geo.text import APOSTROPHES

# Deleted from the normalised text: possessives and apostrophes, and all but the first of a
# run of spaces. Two patterns with literal openings: the regex engine then skips to candidates.
_APOSTROPHE = re.compile(r"'(?:s(?![a-z0-9]))?")
_SPACE_RUN = re.compile(r"  +")
# Also deleted, so that a base is found however the news describes it: the words between its name
# and the base word ("K1 Iraqi military airbase", "the Taji joint US-Iraqi base" are "K1 airbase",
# "Taji base"; placewords.BASE_DESCRIPTORS), and the space or "force" inside "air base", "air force
# base", "air field" ("Qayyarah air force base" is "Qayyarah airbase").
# Read backwards from each "base" or "field" (found by str.find, far faster than a regex over the text):
# the descriptors, then "air" or "air force" before the word; the groups are what is cut.
_DESCRIPTORS = "|".join(BASE_DESCRIPTORS)
_BEFORE_BASE = re.compile(r"(?<=[a-z0-9] )(?P<words>(?:joint (?=%s))?(?:(?:%s) )+)(?:air(?P<air> (?:force )?)|air)?$|"
                          r"(?<=\bair)(?P<gap> (?:force )?)$" % (_DESCRIPTORS, _DESCRIPTORS))
_BEFORE_FIELD = re.compile(r"(?<=\bair)(?P<gap> )$")


def _base_cuts(folded: str) -> list[tuple[int, int]]:
    cuts = []
    for word, before in (("base", _BEFORE_BASE), ("field", _BEFORE_FIELD)):
        i = folded.find(word)
        while i >= 0:
            end = i + len(word)
            if end == len(folded) or not folded[end].isalnum():
                m = before.search(folded, max(0, i - 60), i)
                if m:
                    cuts += [m.span(g) for g in ("words", "air", "gap") if g in m.groupdict() and m.group(g)]
            i = folded.find(word, end)
    return cuts


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 to Latin Extended-B, and Latin Extended Additional (Ḥ, ṣ, ...): letters without marks
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)).lower()
        if len(base) == 1:
            table[code] = base
    # letters with no mark to strip, as ``geo.text.fold`` reads them: "Łask" matches a row spelled "Lask"
    # (only those that stay one letter: offsets map one to one)
    for ch, plain in (("ł", "l"), ("Ł", "l"), ("ø", "o"), ("Ø", "o"), ("đ", "d"), ("Đ", "d"), ("ħ", "h"),
                      ("Ħ", "h"), ("ı", "i"), ("ð", "d"), ("Ð", "d")):
        table[ord(ch)] = plain
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    for ch in "-‐‑–—./\t\n\r\u00a0":
        table[ord(ch)] = " "
    for ch in APOSTROPHES:
        table[ord(ch)] = "'"
    # Every other ASCII character maps to itself, explicitly: str.translate raises and clears
    # a KeyError inside for each character its table lacks, which costs more than the lookup.
    for code in range(128):
        table.setdefault(code, chr(code))
    return table


_TABLE = _fold_table()


@dataclass(frozen=True)
class Normalized:
    """A normalised text and how to find each of its characters in the original."""

    text: str
    _starts: tuple[int, ...]  # normalised offset where each kept segment begins
    _origins: tuple[int, ...]  # original offset of that segment

    def original(self, index: int) -> int:
        """Original offset of the normalised character at ``index``."""
        starts = self._starts
        if len(starts) == 1:
            return index  # nothing was deleted
        i = bisect.bisect_right(starts, index) - 1
        return self._origins[i] + (index - starts[i])


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping a map back to the original offsets."""
    folded = text.translate(_TABLE)
    cuts = [m.span() for m in _APOSTROPHE.finditer(folded)] if "'" in folded else []
    if "base" in folded or "air field" in folded:
        cuts += _base_cuts(folded)
        cuts.sort()
    if "  " in folded:
        cuts += [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(folded)]
        cuts.sort()
    if not cuts:
        return Normalized(folded, (0,), (0,))
    pieces, starts, origins = [], [0], [0]
    kept = position = 0
    for start, end in cuts:
        pieces.append(folded[position:start])
        kept += start - position
        position = end
        starts.append(kept)
        origins.append(end)
    pieces.append(folded[position:])
    return Normalized("".join(pieces), tuple(starts), tuple(origins))


def name_key(name: str) -> str:
    """The normalised form a name is indexed under."""
    return normalize(name).text.strip()


class NameIndex:
    """Every name of a set of places in one automaton; ``find`` returns original spans."""

    def __init__(self, names: dict[str, object]):
        keys = [key for key in names if key]
        self._values = [names[key] for key in keys]
        self._size = len(keys)
        # Leftmost-longest: of the names starting first, the longest ("Baghdad International
        # Airport", not "Baghdad"); a DFA, since a gazetteer's names make a small one.
        self._automaton = AhoCorasick(keys, matchkind=MatchKind.LeftmostLongest,
                                      implementation=Implementation.DFA) if keys else None

    def find(self, text: str, accept=None) -> list[tuple[int, int, object]]:
        """Longest whole-word matches, as (start, end, value) in ``text``'s own offsets.

        ``accept(start, end, value)`` may reject a match (say, an uncapitalised one); the
        words inside a rejected match are then searched again.
        """
        if not self._size:
            return []
        norm = normalize(text)
        if not norm.text:
            return []  # "'" normalises to nothing
        out: list[tuple[int, int, object]] = []
        self._scan(norm, text, 0, len(norm.text), accept, out)
        return out

    def _scan(self, norm: Normalized, text: str, lo: int, hi: int, accept, out) -> None:
        while lo is not None:  # a match inside a longer word reads on from its next word (a loop: no recursion)
            lo = self._scan_from(norm, text, lo, hi, accept, out)

    def _scan_from(self, norm: Normalized, text: str, lo: int, hi: int, accept, out) -> int | None:
        chars, starts, origins, values = norm.text, norm._starts, norm._origins, self._values
        size, shifted = len(chars), len(starts) > 1
        for index, start, end in self._automaton.find_matches_as_indexes(chars[lo:hi] if lo or hi < size else chars):
            start, end, value = start + lo, end + lo, values[index]
            last = end - 1
            if (start > 0 and chars[start - 1].isalnum()) or (end < size and chars[end].isalnum()):
                # inside a longer word ("centr|al Bayda province"): read on from its next word
                if (nxt := chars.find(" ", start, end)) >= 0:
                    return nxt + 1
                continue
            if shifted:  # Normalized.original, inline: it runs for every name found
                i = bisect.bisect_right(starts, start) - 1
                o_start = origins[i] + (start - starts[i])
                i = bisect.bisect_right(starts, last) - 1
                o_end = origins[i] + (last - starts[i]) + 1
            else:
                o_start, o_end = start, end
            if accept is None or accept(o_start, o_end, value):
                out.append((o_start, o_end, value))
            elif end - start > 1:
                nxt = chars.find(" ", start, end)
                if nxt >= 0:
                    self._scan(norm, text, nxt + 1, end, accept, out)
