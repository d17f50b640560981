"""The whole path from a seeds folder and a gazetteer to events and mentions.

Examples
--------
>>> import datetime as dt
>>> kept = window([], since=dt.date(2020, 1, 1), until=None)
>>> kept.events, kept.dropped
((), 0)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from geo.articles import Article, Skipped, article_paths, read_article
from geo.extract.article import dateline_length, extract, with_headline
from geo.records import ArticleView, Event, Mention, Place
from geo.extract.units import Units
from geo.gazetteer import load_gazetteer
from geo.geonames import GeoNames
from geo.mentions import PlaceFinder
from geo.merge import merge_candidates
from geo.resolve import resolve_mentions
from geo.sides import offset_places, widen_to_sides
from geo.text import split_sentences
from geo.workers import map_in_order


@dataclass(frozen=True)
class Result:
    """Everything one run found."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Window:
    """Events kept by a date window and type filter, and how many were left out."""

    events: tuple[Event, ...]
    since: dt.date | None
    until: dt.date | None
    dropped: int  # undated events left out because a window was given
    outside: int  # dated events outside the window


def analyse(seeds: Path, gazetteer: Path, geonames: GeoNames | None = None,
            progress=None) -> Result:
    """Read, geoparse and extract; raises ``GeoError`` subclasses for bad input.

    Each file is read by the process that analyses it, so a big folder is read on every core.
    """
    places = load_gazetteer(gazetteer)
    return _analyse(article_paths(seeds), read_article, places, geonames or GeoNames(), (), progress)


def analyse_articles(articles: list[Article], places: list[Place], geonames: GeoNames | None,
                     skipped=(), progress=None) -> Result:
    """The pure middle of ``analyse``: articles and places in, mentions and events out."""
    return _analyse(articles, None, places, geonames, skipped, progress)


def _analyse(items: list, load, places: list[Place], geonames: GeoNames | None, skipped, progress) -> Result:
    """``items`` are articles, or what ``load`` turns into an article or a ``Skipped``."""
    finder = PlaceFinder(places, geonames)
    units = Units.load({p.id: p for p in places})

    def read(item) -> tuple[Article | Skipped, list[Mention], list]:
        article = load(item) if load else item
        if isinstance(article, Skipped):
            return article, [], []
        sentences = split_sentences(article.name, article.text)
        datelines = dateline_spans(sentences, article.text)
        peoples = units.named_countries(article.text)
        found = resolve_mentions(in_datelines(finder.find(article.name, sentences, datelines), datelines),
                                 respell=geonames.spelled_like if geonames is not None else None,
                                 peoples=peoples, text=article.text)
        found = offset_places(widen_to_sides(found, article.text), article.text)
        view = ArticleView(article.name, article.title, article.text, article.published)
        made = extract(view, found, units, sentences)
        if article.titled:
            made = with_headline(read_headline(article, finder, geonames, units, found, peoples), made)
        return article, found, made

    articles, skipped, mentions, candidates = [], list(skipped), [], []
    for article, found, made in map_in_order(read, items):
        if isinstance(article, Skipped):
            skipped.append(article)
            continue
        articles.append(article)
        mentions.extend(found)
        candidates.extend(made)
        if progress is not None:
            progress(article)
    return Result(tuple(articles), tuple(skipped), tuple(mentions), tuple(merge_candidates(candidates)))


def read_headline(article: Article, finder: PlaceFinder, geonames: GeoNames | None, units: Units,
                  body: list[Mention], peoples=()) -> list:
    """The headline read as the article's first sentence: its events, their sources quoting it (at
    offsets 0, 0: it is not in the body). A name in it is placed as the body places the same name,
    or by the curated gazetteer; a name only the fallback knows is read only when the body names it
    too or the headline is capitalised as a sentence (in "Rebels Shell Posts Near Hope", "Hope" is
    a word). A headline capitalised word by word is read with only its names capitalised."""
    title = article.title
    sentences = split_sentences(article.name, title)
    if not sentences:
        return []
    placed = {m.key: m.place for m in body if m.place is not None and not m.anaphor}
    own = resolve_mentions(finder.find(article.name, sentences),
                           respell=geonames.spelled_like if geonames is not None else None,
                           peoples=peoples)  # the body's ("a German frigate"), as for its own names
    cased = _sentence_case(title)
    found = [replace(m, place=placed.get(m.key) or m.place) for m in own if m.key in placed
             or m.place is not None and (m.via == "gazetteer" or cased)]
    text = title if cased else _names_only_capitalised(title, article.text)  # as long as the title
    view = ArticleView(article.name, article.title, text, article.published, body=article.text)
    read = [replace(s, text=text[s.start:s.end]) for s in sentences]
    made = extract(view, offset_places(widen_to_sides(found, title), title), units, read)
    shift = len(title) + 1  # before the body's first sentence, in order
    return [replace(c, source=replace(c.source, sentence=title, start=0, end=0),
                    target=_as_titled(c.target, text, title), order=(c.order[0], c.order[1] - shift)) for c in made]


def _as_titled(target: str | None, read: str, title: str) -> str | None:
    """A target cut from the headline as it was read ("missiles hit baghdad"), in the headline's own capitals."""
    at = read.find(target) if target else -1
    return title[at:at + len(target)] if at >= 0 else target


def _names_only_capitalised(title: str, body: str) -> str:
    """"USA Sends Massive New Ship To Greece" -> "USA sends massive new ship to Greece": a word keeps
    its capital when it opens the headline, is an acronym, or the body writes it capitalised inside a
    sentence."""
    def case(m: re.Match) -> str:
        word = m.group(0)
        if m.start() == 0 or word.isupper() or re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", body):
            return word
        return word[0].lower() + word[1:]
    return re.sub(r"\b[A-Z][\w'’-]*", case, title)


def _sentence_case(title: str) -> bool:
    """Is a headline capitalised as a sentence is ("Israeli jets strike a depot in Nabatieh"), so
    that a capital marks a name, not every word ("Israeli Jets Strike Depot")?"""
    words = re.findall(r"\b[^\W\d_][\w'’-]{3,}", title)[1:]
    return sum(w[0].isupper() for w in words) * 2 < len(words)


def dateline_spans(sentences, text: str) -> list[tuple[int, int]]:
    """Where the datelines are ("BEIRUT (AFP) -", "Dubai/Baghdad:"): each opens a paragraph."""
    return [(s.start, s.start + end) for s in sentences if (end := dateline_length(s, text))]


def in_datelines(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """Mark the names of datelines: where the report was filed, never where anything happened."""
    if not spans:
        return mentions
    return [replace(m, dateline=True) if any(a <= m.start < b for a, b in spans) else m for m in mentions]


def window(events, since: dt.date | None, until: dt.date | None, types=None) -> Window:
    """Keep events of ``types`` whose interval overlaps [since, until] (inclusive)."""
    kept, dropped, outside = [], 0, 0
    for e in events:
        if types and e.type not in types:
            continue
        if since is None and until is None:
            kept.append(e)
        elif e.date is None:
            dropped += 1
        elif (until is not None and e.date > until) or (since is not None and (e.date_end or e.date) < since):
            outside += 1
        else:
            kept.append(e)
    return Window(tuple(kept), since, until, dropped, outside)
