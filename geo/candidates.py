"""The records event extraction hands on: an article's view, a source sentence, and one
sentence's report of an event (a ``Candidate``, merged into events by ``geo.merge``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geo.gazetteer import Place
from geo.types import NAMES

TYPES = NAMES  # the registry in geo.types
# A report that gives no date tells of something in the days before it (SPEC §2): its event is
# dated [published - 7 days, published], precision "reported".
REPORTED_WINDOW = dt.timedelta(days=7)


@dataclass(frozen=True)
class Source:
    """A sentence that reports an event."""

    article: str
    title: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class ArticleView:
    """What the extractor needs to know of an article."""

    name: str
    title: str
    text: str
    published: dt.date | None


@dataclass(frozen=True)
class Candidate:
    """One sentence's report of an event, before merging."""

    type: str
    status: str
    first: dt.date | None
    last: dt.date | None
    precision: str
    place: Place | None
    source: Source
    origin: Place | None = None
    origin_inferred: bool = False
    actor: str = ""
    target: str = ""
    target_key: str = ""
    fatalities: int | None = None
    unit: str = ""
    forces: frozenset = frozenset()  # a movement's kinds of force ("bomber", "patriot"): two moves of unlike forces are two
    force: str = ""  # the force as the text names it ("B-52H bombers"), for a summary without a named unit
    aggregate: bool = False
    definite: bool = False  # "the strike": a reference back, not a new report
    distinct: bool = False  # "a separate attack", "again": not an event told before it
    explicit: bool = False  # the sentence confirms it outright ("the Pentagon confirmed")
    type_certain: bool = True  # False when only the word ("strike", "attack") gave the type
    recent: bool = True  # undated, or dated within two months of publication
    published: dt.date | None = None
    order: tuple = field(default=(), compare=False)
