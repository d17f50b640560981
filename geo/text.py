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
# Letters that carry no combining mark to strip, so NFKD leaves them: "Łask" is written "Lask" in English copy,
# "Øresund" "Oresund", "Đakovo" "Djakovo" or "Dakovo".
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
                           "þ": "th", "ð": "d"})
_SPACES = re.compile(r"\s+")
_DOUBLES = re.compile(r"(.)\1+")
# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a character class lets the regex engine
# skip to candidates instead of trying a match at every position (half the time); in a line with
# no "!" or "?", the same pattern opening with a literal period is faster still.
# (or no space at all, where a page lost it between a word and a capitalised one: "died nearby.The contractors")
_END_TAIL = r"[.!?]*[\"”’')\]]*(?=\s+|(?<=[a-z]{3}[.!?])[A-Z][a-z])"
_END = re.compile("[.!?]" + _END_TAIL)
_END_AT_PERIOD = re.compile(r"\." + _END_TAIL)


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
    """Lower-case, strip diacritics and apostrophes, turn hyphens into spaces.

    >>> fold("Łódź"), fold("Ağdam"), fold("Al-Ḩazm")
    ('lodz', 'agdam', 'al hazm')
    """
    if text.isalnum() and text.isascii():
        return text.lower()  # the common case: one plain word
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_UNMARKED)
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
    """Split a body into sentences; a line break ends a sentence, unless the line was wrapped
    mid-sentence (wire copy: "Turkish troops have arrived in" / "Qatar for joint exercises")."""
    sentences: list[Sentence] = []
    pos = 0
    for line in _unwrapped(text).split("\n"):
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


# A line wrapped mid-sentence: it ends in a lower-case word or a comma and the next line goes on.
_WRAPPED = re.compile(r"(?<=[a-z,])[ \t]*\n(?=[ \t]*[A-Za-z0-9(\"“])")


# A line that cannot end there: a comma, or a word that needs the next ("arrived in", "the").
_GOES_ON = re.compile(r"(?:,|\b(?:in|at|on|of|to|into|from|for|near|by|with|the|a|an|and|or|but|as|than|that|"
                      r"said|says|told|called|named|including|between|toward|towards|across|over|under))$")
_WRAP_WIDTH = 100  # most lines of hard-wrapped copy are at most this long (wire copy wraps at 60-80)
# A line that opens with a caption's kicker ("Making peace: The ships left ..."): the line before ended.
_KICKER = re.compile(r"[ \t]*[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: [A-Z]")


def _unwrapped(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces (offsets kept); a line
    of links or teasers ("MORE | ...") is no paragraph and stays apart."""
    if "\n" not in text:
        return text

    # Hard-wrapped copy has lines of about one width; a web page's paragraphs are lines of any length,
    # and there a line ending on a name ends there ("Follow Israel Hayom on Twitter" / "Two rockets ...").
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    hard_wrapped = not lengths or lengths[int(0.8 * (len(lengths) - 1))] <= _WRAP_WIDTH

    def join(m: re.Match) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if "|" in line:
            return m.group()
        if _KICKER.match(text, m.end()):
            return m.group()  # "... first base in Djibouti" then "Making peace: ...": a caption ends there
        if not hard_wrapped and text[m.end():m.end() + 1].isupper() \
                and not _GOES_ON.search(line):
            return m.group()
        return " " * len(m.group())

    return _WRAPPED.sub(join, text)


_AGENCY_DASH = re.compile(r"\s*\([A-Za-z][\w .&/,-]{0,60}\)\s*[-—–]")
_WORD_RUN = re.compile(r"[A-Za-z.]+")  # matched on the reversed line: the word before a period
_INITIALS = re.compile(r"[a-z](\.[a-z])*")


def _line_spans(line: str):
    start, size, backwards = 0, len(line), ""
    for m in (_END if "!" in line or "?" in line else _END_AT_PERIOD).finditer(line):
        end, dot = m.end(), m.start()
        nxt = line[end:end + 8].lstrip()[:1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
            continue
        if nxt == "(" and _AGENCY_DASH.match(line, end):
            continue  # "NORFOLK, Va. (AP) — ...": the dateline goes on
        if line[dot] == "." and not ((tail := line[dot - 7:dot] if dot - 7 >= start else "").isalpha()
                                     and tail.isascii()):  # seven letters: no abbreviation, no initials
            backwards = backwards or line[::-1]
            # the letters and dots just before the period, at most 16 back and not before this sentence
            word = _WORD_RUN.match(backwards, size - dot, size - max(start, dot - 16))
            if word:
                w = line[dot - len(word.group()):dot].lower().rstrip(".")
                if w in ABBREVIATIONS or ((len(w) == 1 or w[1:2] == ".") and _INITIALS.fullmatch(w)):
                    continue  # "Dec.", "U.S.", an initial
        yield start, end
        start = end
    yield start, size
