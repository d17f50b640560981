"""Sentences, with character offsets into the article body, and name folding.

Examples
--------
>>> [s.text for s in split_sentences("a.txt", "U.S. forces left on Dec. 3. They came back.")]
['U.S. forces left on Dec. 3.', 'They came back.']
>>> fold("Kata’ib al-Ḥasakah's")
'kataib al hasakahs'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec gen lt col maj capt sgt adm cmdr "
    "sen rep gov pres mr mrs ms dr st no vs jr sr prof gens brig ft mt etc approx inc corp co"
    .split()
)
APOSTROPHES = "'’‘ʼʻ`ʿʾ´"
_APOSTROPHE_RE = re.compile("[" + APOSTROPHES + "]")
_SEPARATORS = re.compile(r"[-‐‑–—./]")
_SPACES = re.compile(r"\s+")
_DOUBLES = re.compile(r"(.)\1+")
# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a character class lets the regex engine
# skip to candidates instead of trying a match at every position (half the time).
_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+)")


@dataclass(slots=True)
class Sentence:
    """A sentence of an article: its text and where it sits in the body (read-only by
    convention, not frozen, for speed, as ``geo.mentions.Mention``)."""

    article: str
    index: int
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes, turn hyphens into spaces."""
    if text.isalnum() and text.isascii():
        return text.lower()  # the common case: one plain word
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHE_RE.sub("", text.lower())
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@functools.lru_cache(maxsize=200_000)
def squeeze(text: str) -> str:
    """Transliterations differ in doubled letters (Assad/Asad, Mussafah/Musaffah): fold them.

    >>> squeeze("mussafah") == squeeze("musaffah")
    True
    """
    return _DOUBLES.sub(r"\1", text)


def split_sentences(article: str, text: str) -> list[Sentence]:
    """Split a body into sentences; line breaks always end a sentence."""
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line.isspace() or not line:
            pos += len(line) + 1
            continue
        for start, end in _line_spans(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                s = pos + start + lead
                sentences.append(Sentence(article, len(sentences), s, s + len(chunk), chunk))
        pos += len(line) + 1
    return sentences


_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_INITIALS = re.compile(r"[a-z](\.[a-z])*")


def _line_spans(line: str):
    start = 0
    for m in _END.finditer(line):
        end = m.end()
        nxt = line[end:end + 8].lstrip()[:1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
            continue
        if line[m.start()] == "." and (word := _LAST_WORD.search(line, max(start, m.start() - 16), m.start())):
            w = word.group(1).lower().rstrip(".")
            if w in ABBREVIATIONS or _INITIALS.fullmatch(w):
                continue  # "Dec.", "U.S.", an initial
        yield start, end
        start = end
    yield start, len(line)
