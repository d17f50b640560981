"""The records every stage of geo hands on, in the order they appear.

A ``Place`` is where a name can point (curated in ``gazetteer.csv`` or from GeoNames); a
``Mention`` is a name or reference in an article and the place it resolves to; a ``Source`` is
a sentence that reports an event; an ``ArticleView`` is what the extractor needs of an
article; a ``Candidate`` is one sentence's report of an event; an ``Event`` is what merging
makes of the candidates that tell of one act. The stages that make them live in their own
modules (``geo.gazetteer``, ``geo.mentions``, ``geo.extract``, ``geo.merge``); these are only
the records, so that a stage reads what the one before it wrote without importing it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geo.types import NAMES, moves

TYPES = NAMES  # the registry in geo.types
# A report that gives no date tells of something in the days before it (SPEC §2): its event is
# dated [published - 7 days, published], precision "reported".
REPORTED_WINDOW = dt.timedelta(days=7)


@dataclass(frozen=True)
class Place:
    """A place a mention can resolve to, curated or from GeoNames."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    radius_km: float
    source: str
    aliases: tuple[str, ...] = ()
    via: str = "gazetteer"
    population: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(slots=True)
class Mention:
    """A place name (or a reference such as "the embassy") in an article.

    Read-only by convention (``dataclasses.replace`` makes changed copies), not frozen: a big
    folder builds hundreds of thousands, and a frozen record takes ~4× as long to build.
    """

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
    dateline: bool = False  # "BEIRUT (AFP) -": where the report was filed; no antecedent of "the city"


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
    body: str = ""  # the body, when ``text`` is the headline read as a sentence

    @property
    def whole(self) -> str:
        """All the article says: what it names beyond the text read ("Ukraine" in its body for its headline)."""
        return f"{self.text}\n{self.body}" if self.body else self.text


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
    headlines: tuple = ()  # the headline's ``Source`` when the headline reports this event too
    order: tuple = field(default=(), compare=False)


@dataclass(frozen=True)
class Event:
    """A strike, attack or deployment, with every sentence that reports it."""

    id: str
    type: str
    status: str
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str
    place: Place | None  # where it happened; for a deployment, its destination
    origin: Place | None
    origin_inferred: bool
    actor: str
    target: str
    fatalities: int | None
    summary: str
    sources: tuple[Source, ...]
    unit: str = ""

    @property
    def destination(self) -> Place | None:
        return self.place if moves(self.type) else None

    @property
    def anchor(self) -> Place | None:
        """Where the event is drawn: its place, or a deployment's origin."""
        return self.place or self.origin
