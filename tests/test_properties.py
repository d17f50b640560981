"""Property-based tests: arbitrary text and arbitrary gazetteer rows never make the loader or
the extractor raise anything but geo's own errors."""

import datetime as dt
import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import spans, text
from geo.articles import Article, parse_article
from geo.errors import GeoError
from geo.gazetteer import COLUMNS, read_gazetteer
from geo.pipeline import analyse_articles
from geo.placewords import ANAPHORS, APPOSITIVE, LOCATIVE

WORDS = st.sampled_from([
    "rockets", "struck", "the", "U.S.", "embassy", "in", "Baghdad", "on", "Monday", "Dec.", "27", "strike", "near",
    "Taji", ",", ".", "not", "would", "sent", "troops", "from", "Kuwait", "to", "Iraq", "Kata'ib", "Hezbollah",
    "attack", "killed", "\n", "Iran's", "last", "week", "—", "“", "”", "Fort", "Bragg", "on alert", "2008", "there"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_is_a_readable_article(text):
    try:
        article = parse_article("x.txt", text)
    except GeoError:
        return  # a front-matter mistake, reported with its line
    assert isinstance(article.text, str)


@SETTINGS
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_extractor_never_crashes(places, geonames, text, published):
    article = Article("x.txt", "X", text, published, "front matter")
    result = analyse_articles([article], places, geonames)
    for event in result.events:
        assert event.type in ("strike", "attack", "deployment")
        for source in event.sources:
            assert text[source.start:source.end] == source.sentence


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=0, max_size=11), max_size=6))
def test_any_gazetteer_rows_fail_only_with_gazetteer_errors(rows):
    out = io.StringIO()
    import csv

    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    try:
        places = read_gazetteer(io.StringIO(out.getvalue()), "g.csv")
    except GeoError as exc:
        assert str(exc).startswith("g.csv:")
        return
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)


# The plain reading of what geo.spans.cued_starts finds, which scans the reversed text for speed.
CUES = "|".join(w for c in LOCATIVE | APPOSITIVE | {"of"} for w in (c, c.capitalize()))
CUE_FORWARD = re.compile(rf"\b(?P<cue>{CUES})[ \t]+(?:the[ \t]+|a[ \t]+)?(?=(?:{spans._ARTICLE})?{spans._CAPITAL})")
CUE_PIECES = st.sampled_from(["in", "In", "near", "of", "Of", "within", "the", "The", "a", "A", "al-", "ash-", "-",
                              "Anbar", "Ḥasakah", "Émir", "bin", "x", "1", " ", "  ", "\t", ",", "\"", "(", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(CUE_PIECES, max_size=14).map(lambda pieces: "".join(
    p if not p.strip() or p.endswith("-") or p in ",\"(" else p + " " for p in pieces)))
def test_cue_scan_over_reversed_text_finds_what_a_forward_scan_finds(text):
    assert spans.cued_starts(text) == [(m.end(), m.group("cue")) for m in CUE_FORWARD.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(alphabet="ab-. ’", min_size=1, max_size=6), min_size=1, max_size=8),
       st.text(alphabet="ab-. ’,x", max_size=30))
def test_a_trie_pattern_matches_what_the_plain_alternation_matches(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(spans.trie_pattern(words))
    for word in words:
        assert trie.fullmatch(word)
    # the trie's alternatives are greedy, so at each position it takes the longest word, as the plain one does
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


FACILITY_PIECES = st.sampled_from(["Air", "air", "Base", "base", "port", "Port", "field", "Field", "Airport", "Naval",
                                   "Station", "International", "Camp", "Fort", "RAF", "NAS", "MCAS", "JB", "Taji",
                                   "Street", "Road", "Square", "Highway", "Bridge", "Avenue", " ", "", "-", "x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(FACILITY_PIECES, max_size=10).map(lambda pieces: " ".join(pieces).replace("  ", "")))
def test_a_text_left_unscanned_for_facility_words_holds_none(text):
    for pattern, needles in ((spans.FACILITY_WORDS, spans._FACILITY_WORDS_NEEDLES),
                             (spans.FACILITY_OPENERS, spans._FACILITY_OPENERS_NEEDLES),
                             (spans.STREET_WORDS, spans._STREETS)):
        if pattern.search(text):
            assert any(needle in text for needle in needles), (pattern.pattern, text)
    # and the automata that look for those words in one pass see each kind a text holds
    words = spans._FACILITY_WORDS_NEEDLES
    held = {index < len(words) for index, _, _ in spans._FACILITY_NEEDLES.find_matches_as_indexes(text, overlapping=True)}
    assert held == {needle in words for needle in words + spans._FACILITY_OPENERS_NEEDLES if needle in text}
    assert bool(spans._STREET_NEEDLES.find_matches_as_indexes(text)) == any(needle in text for needle in spans._STREETS)


def reference_line_spans(line):
    """The plain reading of text._line_spans, which reads the word before a period backwards."""
    start = 0
    for m in text._END.finditer(line):
        end = m.end()
        nxt = line[end:end + 8].lstrip()[:1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
            continue
        if line[m.start()] == "." and (word := re.search(r"([A-Za-z.]+)$", line[max(start, m.start() - 16):m.start()])):
            w = word.group(1).lower().rstrip(".")
            if w in text.ABBREVIATIONS or re.fullmatch(r"[a-z](\.[a-z])*", w):
                continue
        yield start, end
        start = end
    yield start, len(line)


LINE_PIECES = st.sampled_from(["U.S.", "Dec.", "Gen.", "J.", "a.m.", "etc.", "Taji.", "forces.", "3.", "It", "The",
                               "rockets", "hit", "Baghdad", "?", "!", "...", "\"", "”", "(", ")", " ", "  ", "x.y.",
                               "Washington.", "said", "e.g.", "approx.", "Capt."])


@settings(max_examples=3000, deadline=None)
@given(st.lists(LINE_PIECES, max_size=16).map(" ".join))
def test_sentence_ends_read_backwards_are_the_plain_reading(line):
    assert list(text._line_spans(line)) == list(reference_line_spans(line))


ANAPHOR_FORWARD = re.compile(  # the plain reading of placewords.ANAPHORS, one pattern for both cases
    r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:U\.S\.|US|American|Iraqi|overall|same|sprawling|besieged|nearby|main)\s+)?"
    r"(?P<noun>[Ee]mbassy|diplomatic compound|[Cc]ompound|[Aa]irport|[Aa]irfield|[Aa]ir [Bb]ase|[Bb]ase|[Rr]egion|"
    r"[Cc]ountry|[Cc]ity|[Tt]heater|[Tt]heatre)\b")
ANAPHOR_PIECES = st.sampled_from(["the", "The", "that", "This", "this", "bathe", "theater", "Theatre", "base", "Base",
                                  "US", "same", "embassy", "city", "air base", "compound", "x", "s", " ", "\n", ",",
                                  "there", "thebase"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(ANAPHOR_PIECES, max_size=12).map(" ".join))
def test_references_found_by_two_literal_patterns_are_the_plain_readings(text):
    found = sorted(m.span() for pattern in ANAPHORS for m in spans.word_starts(pattern, text))
    assert found == [m.span() for m in spans.word_starts(ANAPHOR_FORWARD, text)]


OF_HEAD_FORWARD = re.compile(r"([\w'’]+)\s+of\s+(?:the\s+)?$")  # the plain reading of spans._OF_HEAD_BACKWARDS


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["of", "the", "city", "x", " ", "  ", "\t", "’", ",", "theof", "ofthe"]),
                min_size=1, max_size=10).map("".join))
def test_the_word_before_of_read_backwards_is_the_plain_reading(before):
    forward = OF_HEAD_FORWARD.search(before)
    backward = spans._OF_HEAD_BACKWARDS.match(before[::-1])
    assert (forward and forward.group(1)) == (backward and backward.group(1)[::-1])
