"""Event mentions: strikes, attacks and deployments, one sentence at a time.

Each trigger word becomes a ``Candidate`` only if its clause asserts it (no
negation, hypothesis, threat or plan before it). The candidate takes its type
from who acts on whom, not from the word used; its place from the names after
it; its date from the nearest date expression of its own clause. ``geo.merge``
then joins the candidates that report the same real event.

Examples
--------
>>> import datetime as dt
>>> from geo.text import Sentence, split_sentences
>>> text = "Militants fired rockets at the U.S. Embassy on Tuesday. They opted not to strike back."
>>> cands = extract(ArticleView("a.txt", "A", text, dt.date(2020, 1, 3)), [], Units(()))
>>> [(c.type, c.first) for c in cands]
[('attack', datetime.date(2019, 12, 31))]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from geo.records import ArticleView, Candidate, Mention, Place, Source, TYPES
from geo.dates import DateMention, dateline_end, find_dates
from geo.extract import cues
from geo.extract.kinetic import KineticReader
from geo.extract.movements import MovementReader, withdrawing
from geo.extract.sentence import SentenceReader, _recent, relative
from geo.extract.units import Units
from geo.gazetteer import PRECISION_RANK, within
from geo.text import Sentence, split_sentences
from geo.types import moves

__all__ = ["TYPES", "ArticleView", "Candidate", "Source", "extract"]


# A timeline's heading: a year alone on its line ("2017", "In 2019:").
_YEAR_HEADING = re.compile(r"\s*(?:In\s+)?((?:19|20)\d\d)\s*:?\s*")
# A timeline entry's heading: a date on its own line, with at most a name ("Oct. 9-23, 2019. 'Operation
# Peace Spring'", "June 2, 2020 - ONGOING."): the entry's sentences below it are of that date.
_HEADING_WORDS = 6
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class _Reader(KineticReader, MovementReader, SentenceReader):
    """A sentence reader that knows every kind of event."""


def extract(article: ArticleView, mentions: list[Mention], units: Units, sentences=None) -> list[Candidate]:
    """Candidates of one article, in text order (``sentences``: the article's, if already split)."""
    if sentences is None:
        sentences = split_sentences(article.name, article.text)
    sentences = [_after_dateline(s, article.text) for s in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.place is not None and m.start >= sentences[m.sentence].start:
            by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Candidate] = []
    previous_date: DateMention | None = None
    carried: DateMention | None = None
    last_group = ""
    last_destination: Place | None = None
    in_update = False
    anchor: dt.date | None = None  # the end of the year a timeline's heading names
    force_before = False
    entry_date: DateMention | None = None  # the date heading the timeline entry being read
    previous_kinetic: list[Candidate] = []
    told_kinetic: list[Candidate] = []  # the last sentence's acts, across sentences with no act and no date
    for s in sentences:
        if re.match(r"^UPDATE\b", s.text):
            in_update = True
            continue
        heading = _YEAR_HEADING.fullmatch(s.text)
        if heading:
            # "2017" over a timeline's entries: "May 18: coalition jets struck ..." is of that year
            year = int(heading.group(1))
            anchor = dt.date(year, 12, 31) if article.published and year < article.published.year else None
        dates = find_dates(s.text, anchor or article.published, previous=previous_date)
        groups = [g.group(0) for g in cues.HOSTILE_ACTOR.finditer(s.text) if g.group(0)[0].isupper()
                  and g.group(0) not in cues.NOT_GROUPS]
        ctx = _Reader(article, s, by_sentence.get(s.index, []), dates, units,
                       group=last_group, last_destination=last_destination,
                       default_now=in_update, carried=carried, force_before=force_before)
        found = ctx.candidates()
        if found and not dates and previous_date is not None and previous_date.precision == "day" \
                and _ELSEWHERE.match(s.text) and _recent(previous_date.last, article.published):
            # "Reinforcements were rushed to Mosul on Friday. ... Elsewhere, insurgents shot down a helicopter
            # near Taji": the news day's other act, told without a day of its own
            found = [replace(c, first=previous_date.first, last=previous_date.last, precision="day", recent=True)
                     if c.first is None and not moves(c.type) else c for c in found]
        if found and cues.SAME_EVENT.search(s.text):
            found = _same_event(found, out)
        elif found and cues.CONTINUED.search(s.text):
            found = _same_event(found, previous_kinetic)  # only the act the last sentence told
        reported = [c for c in previous_kinetic if not c.definite]  # an event told, not referred to
        if reported and all(c.definite and c.type == reported[-1].type for c in found) \
                and cues.INCIDENT_TOLD.search(s.text) \
                and not any(_first_named(c.place, mentions, s.start) < reported[-1].source.start for c in found):
            # (a place the article named before that event was told belongs to an earlier one)
            found = _incident_told(s, by_sentence.get(s.index, []), dates, reported[-1], out, found) or found
        if previous_kinetic and (cues.ELABORATION.match(s.text) or cues.SITE_IN_APPOSITION.match(s.text) and any(
                c.place is None or c.place.kind in ("country", "region") for c in previous_kinetic)):
            # "The targets were near Sanaa and in Saada province, and held missiles the Houthis
            # used against shipping": the sentence says where the last event was; the rest is background
            found = _elaborate(s, by_sentence.get(s.index, []), previous_kinetic, out) or found
        if not any(moves(c.type) for c in found) and cues.FORCE.search(s.text):
            origins = ctx.listed_origins()
            if len(origins) > 1:
                _origins_listed_after(origins, out, s)  # "They include a battalion from Fort Sill; ..."
            elif (cue := cues.ORIGIN_STATEMENT.search(s.text)) and not cues.MOVEMENT.search(s.text):
                # (a sentence with a move verb of its own tells that move: "forces entered the zone,
                # threatening troops based at Tanf" gives no origin to the move told before)
                _origin_told_after(s, cue, by_sentence.get(s.index, []), units, out)
        found = [c for c in found if not _origin_of_last_move(c, out) and not _destination_of_last_move(c, out)]
        if not found and dates and out:
            _day_told_after(s, dates, out)  # "... swarming the tanker on Wednesday morning"
        if not dates and told_kinetic and s.start - told_kinetic[-1].source.end <= SAME_DAY_REACH \
                and (previous_kinetic or not cues.ANOTHER_TIME.search(s.text)) and not cues.DAYS_APART.search(s.text):
            # "Hezbollah fired six drones on Monday. 'Suddenly there was siren after siren,' a resident said.
            # In response, jets struck posts in Kafr Kila": the quote between tells no act and no day
            found = _same_day_as_before(found, told_kinetic, out)
        found = _reference_dated(found, out, mentions)
        if previous_kinetic and _WAVE_REFERENCE.search(s.text) and (wave_day := next((
                c for c in found if c.definite and c.place is None and not moves(c.type) and c.first is not None
                and c.precision == "day"), None)):
            _wave_told_on(wave_day, previous_kinetic, out)  # "The strikes, carried out overnight, ..."
        if cues.ACT_SUBJECT.match(s.text) and not any(d.precision == "day" and not cues.TIME_OF_DAY.fullmatch(d.text)
                                                       for d in dates) and not cues.ELSEWHEN.search(s.text):
            found = _more_of_the_act(found, out)
        previous_kinetic = [c for c in found if not moves(c.type)]
        if previous_kinetic or dates:
            told_kinetic = previous_kinetic
        out.extend(found)
        for c in found:
            if moves(c.type) and c.place is not None:
                last_destination = c.place
        if groups:
            last_group = groups[-1]
        if dates:
            previous_date = dates[-1]
        if heading or (not found and _dated_heading(s, dates, article.text, article.published)):
            entry_date = _opening_date(dates)
        elif not dates and not found and _heading_line(s, article.text):
            entry_date = None  # "What comes next": a section of its own, no longer the dated entry
        carried = (_carry(dates, article.published) if dates else None) or entry_date
        force_before = ctx.force_named
    return [_as_written(c, article.text) for c in _wave_sites_dated(out)]


def _as_written(c: Candidate, text: str) -> Candidate:
    """``c``, its source quoting the article as written: the reader sees a line wrapped mid-sentence
    as one line (``geo.text.split_sentences``), the card quotes it with its line break."""
    written = text[c.source.start:c.source.end]
    return c if written == c.source.sentence else replace(c, source=replace(c.source, sentence=written))


# How far back a wave's dated lead may be told for its sites to take its day (characters).
WAVE_REACH = 1200


def _wave_sites_dated(out: list[Candidate]) -> list[Candidate]:
    """"The military struck Houthi targets in Yemen on Friday. ... Seven strikes hit the airport
    in Hodeida": sites told without a day, inside the country or region a dated lead just named
    for a strike or attack of the same type, are that wave's, on its day; the lead, now told site
    by site, goes (one event per site and day)."""
    leads = [c for c in out if not moves(c.type) and c.first is not None and c.place is not None
             and c.place.kind in ("country", "region") and not c.definite]
    if not leads:
        return out
    told: set[int] = set()
    dated = []
    for c in out:
        lead = None
        if not moves(c.type) and c.first is None and c.place is not None \
                and c.place.kind in ("site", "city", "region"):
            lead = next((d for d in reversed(leads) if d.type == c.type and d.place.id != c.place.id
                         and d.source.start < c.source.start <= d.source.start + WAVE_REACH
                         and within(c.place, d.place)), None)
        if lead is not None:
            told.add(id(lead))
            c = replace(c, first=lead.first, last=lead.last, precision=lead.precision, actor=c.actor or lead.actor)
        dated.append(c)
    return [c for c in dated if id(c) not in told]


def dateline_length(s: Sentence, text: str) -> int:
    """How many characters of ``s`` a dateline takes ("NORFOLK, Va. (AP) —", "Dubai/Baghdad:"):
    only a sentence that opens the article or a paragraph has one."""
    return dateline_end(s.text) if s.start == 0 or text[s.start - 1] == "\n" else 0


def _after_dateline(s: Sentence, text: str) -> Sentence:
    """A sentence without its dateline: the dateline says where the report was filed, never
    where anything happened."""
    end = dateline_length(s, text)
    return Sentence(s.article, s.index, s.start + end, s.end, s.text[end:]) if end else s


def _elaborate(s, mentions: list[Mention], previous: list[Candidate], out: list[Candidate]) -> list[Candidate]:
    """"The radars were located near Ras Isa, Mokha and Khokha": a sentence that says where
    the last event's targets were replaces its vaguer place ("across Yemen"), one event per
    precise place; places the last sentence already gave are kept, and the new ones added.
    The caller has checked that the sentence opens so (``cues.ELABORATION``, ``cues.SITE_IN_APPOSITION``)."""
    vague = [c for c in previous if c.place is None or c.place.kind in ("country", "region")]
    base = vague[0] if vague else previous[0]
    country = base.place.country if base.place is not None else ""
    outer = [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)]
    places = [m.place for m in outer if not m.modifier and not relative(s.text, m.start - s.start) and (
        m.place.kind in ("site", "city") or (  # "in Saada province", after "across Yemen"
            m.place.kind == "region" and (base.place is None or base.place.kind != "region")
            and m.place.country and m.place.country == country))]
    if not places:
        return []

    # the vague event each place lies in ("Kobani" in northern Syria)
    placed = [c for c in vague if c.place is not None]
    holders = [max(placed, key=lambda c: (c.place.country == p.country, within(p, c.place)), default=base)
               for p in places]
    held = {id(h) for h in holders}
    gone = {id(c) for c in vague if id(c) in held or c.place is None}
    out[:] = [c for c in out if id(c) not in gone]  # "northern Syria", now told site by site; "northern
    # Iraq" stays while none of its sites is known
    source = Source(base.source.article, base.source.title, s.text, s.start, s.end)
    made = [replace(h, place=p, order=(base.order[0], base.order[1] + i))
            for i, (h, p) in enumerate(zip(holders, places))]
    return made + [replace(made[0], source=source, order=(base.order[0], s.start))]


def _incident_told(s, mentions: list[Mention], dates: list[DateMention], last: Candidate,
                   out: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """"A ship was struck in the Red Sea. Monitors put the incident 66 nautical miles southwest of
    Hodeidah, on June 12": a sentence that names the event just told only by a definite noun gives
    it the day and the finer place it did not have (a place inside the one it had, or any, when it
    had only a sea, region or country); the event keeps its sentence, and gains this one."""
    # the day told for the event wins over one it had from its report ("..., the Pentagon confirmed
    # Wednesday. The March 24 strike near ..."); only a day the sentence gave its reference (not "the
    # deadliest since the Sept. 11, 2001, attacks", where a count starts); with no act word ("Monitors put
    # the incident ... on Wednesday"), the sentence's day
    day = next((d for d in dates if d.precision == "day" and (not found or any(c.first == d.first for c in found))),
               None)
    vague = last.place is None or last.place.kind in ("country", "region")
    place = next((m.place for m in mentions if not m.modifier and not relative(s.text, m.start - s.start)
                  and not cues.LAUNCHED_FROM.search(s.text[:m.start - s.start])  # "the attack originated in ..."
                  and m.place.kind in ("site", "city") and (vague or within(m.place, last.place))
                  and (last.place is None or m.place.id != last.place.id)), None)
    if day is None and place is None:
        return []
    told = replace(last, place=place or last.place)
    if day is not None:
        told = replace(told, first=day.first, last=day.last, precision=day.precision,
                       recent=_recent(day.last, last.published))
    out[:] = [told if c is last else c for c in out]
    source = Source(last.source.article, last.source.title, s.text, s.start, s.end)
    return [replace(told, source=source, order=(last.order[0], s.start))]


# How far back a move may be told for a later sentence to give its origin (characters).
ORIGIN_REACH = 1500


def _move_without_origin(out: list[Candidate], before: int, placed: bool = False) -> int | None:
    """Where in ``out`` the last move told within ``ORIGIN_REACH`` before offset ``before`` stands
    (with a destination, when ``placed``), if the text has not given its origin (none yet, or
    only the one its unit implies); None otherwise."""
    i = _last_move(out, before, placed)
    if i is None or (out[i].origin is not None and not out[i].origin_inferred):
        return None
    return i


def _last_move(out: list[Candidate], before: int, placed: bool = False) -> int | None:
    """Where in ``out`` the last move told within ``ORIGIN_REACH`` before offset ``before`` stands
    (the last with a destination, when ``placed``); None if there is none."""
    return next((i for i in range(len(out) - 1, -1, -1) if moves(out[i].type)
                 and before - ORIGIN_REACH <= out[i].source.start < before
                 and (out[i].place is not None or not placed)), None)


# How far back an undated act may be told for a later sentence to give its day (characters).
DAY_TOLD_REACH = 600


def _day_told_after(s: Sentence, dates: list[DateMention], out: list[Candidate]) -> None:
    """"Iran's Guard has seized a tanker in the strait. Footage shows a dozen boats swarming the
    tanker on Wednesday morning": a sentence with no event of its own that tells of footage or
    images, one recent day, and a definite noun for what was hit gives the last act told without a
    day its day (not "officials toured the base on Thursday")."""
    days = [d for d in dates if d.precision == "day" and not cues.REPORTED_ON.search(s.text[:d.start])]
    if len(days) != 1 or len(dates) != 1 or not cues.BACK_REFERENCE.search(s.text) or not cues.IMAGERY.search(s.text):
        return
    day = days[0]
    i = next((i for i in range(len(out) - 1, -1, -1) if not moves(out[i].type)
              and s.start - DAY_TOLD_REACH <= out[i].source.start < s.start), None)
    if i is None or out[i].first is not None and out[i].precision != "reported" or out[i].definite \
            or not _recent(day.last, out[i].published):
        return
    out[i] = replace(out[i], first=day.first, last=day.last, precision="day", recent=True)


# A plural definite noun for the acts just told: "The strikes, carried out overnight" (not "the Thursday
# strike", another act).
_WAVE_REFERENCE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:strikes|raids|air ?strikes|attacks|bombings|barrages)\b")


def _wave_told_on(reference: Candidate, previous: list[Candidate], out: list[Candidate]) -> None:
    """"Jets struck sites in Tehran, Khuzestan and Ilam. The strikes, carried out overnight, were a
    reply ...": a reference with a day of its own and no place dates every site of the wave the
    sentence before told without a day, not only the one it merges with."""
    sites = [c for c in previous if c.first is None and c.type == reference.type]
    if len(sites) < 2:
        return
    wave = {c.order for c in sites}
    for i, c in enumerate(out):
        if c.order in wave and c.first is None:
            out[i] = _on_day_of(c, reference)


def _origin_told_after(s: Sentence, cue: re.Match, mentions: list[Mention], units: Units,
                       out: list[Candidate]) -> None:
    """"B-52s arrived at Al Udeid. The Air Force identified the aircraft as coming from ...
    Barksdale Air Force Base": where the last movement set out from, told in its own sentence."""
    after = [m.place for m in mentions if m.start - s.start >= cue.start() and m.place.kind in ("site", "city")
             and (not m.modifier or s.text[m.end - s.start:m.end - s.start + 2] in ("'s", "’s"))]
    # (a base's own unit names the base: "Langley Air Force Base's 27th Fighter Squadron")
    origin = after[0] if after else units.home(s.text[cue.start():])
    i = _move_without_origin(out, s.start)
    if origin is not None and i is not None:
        out[i] = replace(out[i], origin=origin, origin_inferred=False)


def _origin_of_last_move(c: Candidate, out: list[Candidate]) -> bool:
    """"Bombers landed at Al Udeid on April 9. ... images show bombers arriving from Barksdale":
    a move told with its origin only, just after a move told with its destination only, is that
    move's origin (True: ``c`` is told, ``out`` updated)."""
    if not moves(c.type) or c.place is not None or c.origin is None or c.origin_inferred \
            or withdrawing(c.source.sentence):
        return False  # "... pulling batteries out of Bahrain": a withdrawal, not where the last move set out
    i = _move_without_origin(out, c.source.start, placed=True)
    if i is None:
        return False
    out[i] = replace(out[i], origin=c.origin, origin_inferred=False)
    return True


def _destination_of_last_move(c: Candidate, out: list[Candidate]) -> bool:
    """"USS Bulkeley left Norfolk on Monday for a long deployment. Bulkeley and two frigates are set
    to sail to the Red Sea": where a force that set out is bound, told in a later sentence, is the
    destination of its move (True: ``c`` is told, ``out`` updated). Only the same force: its unit's
    name or its kind of force recurs, or the later sentence refers back to it."""
    if not moves(c.type) or c.place is None or c.origin is not None:
        return False
    i = _last_move(out, c.source.start)
    if i is None:
        return False
    last = out[i]
    # "The army has withdrawn its troops from Iraq. They landed in Prague on Tuesday night": a
    # withdrawal's end, when the next sentence opens on the force itself
    back = withdrawing(last.source.sentence) and not cues.FORCE_PRONOUN.match(c.source.sentence)
    if last.place is not None or last.origin is None or last.origin_inferred or back or not _same_force(last, c):
        return False
    if last.precision in ("reported", "unknown") and c.precision == "day":
        last = replace(last, first=c.first, last=c.last, precision=c.precision)  # the day it arrived
    out[i] = replace(last, place=c.place)
    return True


def _same_force(a: Candidate, b: Candidate) -> bool:
    """Do two moves name one force: a unit's name recurs ("USS Bulkeley ... Bulkeley"), or its kind
    ("bombers ... the bombers"), or the second refers back ("the ships")?"""
    name = a.unit.split()[-1] if a.unit else ""
    return bool(name and len(name) > 3 and name in b.source.sentence) or bool(a.forces & b.forces) or b.definite \
        or bool(cues.FORCE_PRONOUN.match(b.source.sentence))  # "They landed in Prague"


def _origins_listed_after(origins: list[Place], out: list[Candidate], s: Sentence) -> None:
    """"Troops are deploying to the region. They include a battalion from Fort Sill, engineers
    from Fort Riley ...": the last movement, once from each post."""
    i = _move_without_origin(out, s.start)
    if i is None:
        return
    last = out.pop(i)
    out[i:i] = [replace(last, origin=o, origin_inferred=False, order=(last.order[0], last.order[1] + k))
                for k, o in enumerate(origins)]


def _same_event(found: list[Candidate], out: list[Candidate]) -> list[Candidate]:
    """"A second fire broke out near the airport during the same attack", "the jets also
    struck a depot near ...": an undated report takes the date and actor of the last event of
    its kind told before it."""
    kinetic = [c for c in out if not moves(c.type) and c.first is not None]
    if not kinetic:
        return found
    last = kinetic[-1]
    return [replace(c, first=last.first, last=last.last, precision=last.precision, actor=c.actor or last.actor)
            if c.first is None and not moves(c.type) else c for c in found]


# How far back a dated act may be told for an undated one to take its day through a reference (characters).
SAME_DAY_REACH = 1500
# "Elsewhere, ...", "In other violence, ...": the same news day, another place.
_ELSEWHERE = re.compile(r"(?:Elsewhere|In other (?:violence|attacks|fighting|incidents))\b")


def _same_day_as_before(found: list[Candidate], previous: list[Candidate], out: list[Candidate]) -> list[Candidate]:
    """"Rebels fired a missile at the tanker on Tuesday. U.S. forces destroyed two launchers in
    Yemen": an act told without a day, right after one told with its day, is of that day."""
    days = [c for c in previous if c.precision == "day" and c.recent]
    last = days[-1] if days else None
    if last is None and all(c.definite for c in previous):
        # "... 66 nm west of Hodeidah on June 12. The attack came in a busy day at sea. Forces destroyed
        # two launchers": the sentence between only referred to the dated act
        last = _last_dated_act(out, min(c.source.start for c in previous), recent=True)
    if last is None:
        return found

    def day_for(c: Candidate) -> Candidate:
        # "Tuesday's strike came after Iran's weekend attacks. ... killed in an Israeli strike": the day
        # of the act of its own kind, when the sentence before told acts of two kinds on two days
        return next((d for d in reversed(days) if d.type == c.type), last)

    return [_on_day_of(c, day_for(c)) if c.first is None and not moves(c.type) and not c.definite else c
            for c in found]


def _reference_dated(found: list[Candidate], out: list[Candidate], mentions: list[Mention]) -> list[Candidate]:
    """"Jets struck camps near Makhmour late on Thursday. ... Local media confirmed the strike in
    Makhmour": a reference by a definite noun that names a place but no day is of the day of the
    last act of its type told before it (within ``SAME_DAY_REACH``). When the article named that
    place before, the reference points to the act told where it was first named ("A drone hit an
    outpost on Saturday. The wounded serve at Conoco. ... Fighters raided checkpoints on Tuesday.
    The attack on Conoco ...": Saturday's). A reference with no place ("in the aftermath of the
    Embassy attack") is left to merging, which ties it by its target."""
    reference = next((c for c in found if c.definite and c.first is None and not moves(c.type)
                      and c.place is not None), None)
    if reference is None:
        return found
    named = _first_named(reference.place, mentions, reference.source.start)
    act = _last_dated_act(out, named + 1) if named < reference.source.start else None
    if act is not None and act.place is not None and act.place.id != reference.place.id \
            and not (act.place.country == reference.place.country and within(reference.place, act.place)):
        act = None  # "attacks against Saudi Arabia ... west of Hodeida ... the bombardment of Hodeida": not in it
    # "... four soldiers killed in the Israeli overnight airstrike. These missiles were aimed at radars in
    # Ilam": a follow-up story may name the act it follows only by a definite noun with its (recent) day
    act = act or _last_dated_act(out, reference.source.start, kind=reference.type) \
        or _last_dated_act(out, reference.source.start, kind=reference.type, recent=True, referred=True)
    if act is None:
        return found
    return [_on_day_of(c, act) if c.definite and c.first is None and c.place is not None
            and (c.type == act.type or not c.type_certain) else c for c in found]


def _more_of_the_act(found: list[Candidate], out: list[Candidate]) -> list[Candidate]:
    """"Fighters attacked a camp near the town on Friday. The assault, carried out at dawn, hit the
    market": a sentence whose subject is the act just told (``cues.ACT_SUBJECT``) tells it on its day,
    wherever else it lands."""
    def act_for(c: Candidate) -> Candidate | None:
        return _last_dated_act(out, c.source.start, kind=c.type) or _last_dated_act(out, c.source.start)

    return [_on_day_of(c, act) if c.first is None and not moves(c.type) and (act := act_for(c)) is not None else c
            for c in found]


def _first_named(place: Place | None, mentions: list[Mention], default: int) -> int:
    """Where the article first named ``place`` outside a dateline (``default`` if it never did)."""
    if place is None:
        return default
    return min((m.start for m in mentions if m.place is not None and m.place.id == place.id and not m.dateline),
               default=default)


def _last_dated_act(out: list[Candidate], before: int, kind: str | None = None,
                    recent: bool = False, referred: bool = False) -> Candidate | None:
    """The last strike or attack (of ``kind``, if given) told with its day within ``SAME_DAY_REACH``
    characters before ``before``, as a report and not a reference (or only as one, ``referred``)."""
    return next((d for d in reversed(out) if not moves(d.type) and d.definite == referred and d.precision == "day"
                 and (kind is None or d.type == kind) and (d.recent or not recent)
                 and before - SAME_DAY_REACH <= d.source.start < before), None)


def _on_day_of(c: Candidate, act: Candidate) -> Candidate:
    """``c``, dated to the day ``act`` was."""
    return replace(c, first=act.first, last=act.last, precision="day", recent=act.recent)


def _dated_heading(s: Sentence, dates: list[DateMention], text: str, published: dt.date | None) -> bool:
    """Whether the sentence, which tells no event, is a date heading a timeline entry: a short line that
    opens with a date ("Oct. 9-23, 2019. 'Operation Peace Spring'"). Not the page's own date line: the
    body's first line, a date with a clock time ("June 29, 2024 - 21:32") or the day of publication."""
    if not dates or s.index == 0 or _CLOCK.search(s.text) or s.text[:dates[0].start].strip() \
            or (dates[0].first, dates[0].last) == (published, published):
        return False
    return _heading_line(s, text, dates)


def _opening_date(dates: list[DateMention]) -> DateMention | None:
    """A heading's first date, in the year the range's end names when it names none: "Jan. 20 - March 24,
    2018" opens on 20 Jan 2018."""
    if not dates:
        return None
    first = dates[0]
    years = [m.group(0) for d in dates[1:] for m in [_YEAR.search(d.text)] if m]
    if _YEAR.search(first.text) or not years or first.precision != "day":
        return first
    year = int(years[0])
    return replace(first, first=first.first.replace(year=year), last=first.last.replace(year=year))


def _heading_line(s: Sentence, text: str, dates: list[DateMention] = ()) -> bool:
    """Does the sentence open a line that holds at most a few words besides its dates?"""
    line_start = text.rfind("\n", 0, s.start) + 1
    if text[line_start:s.start].strip():
        return False
    rest = s.text
    for d in reversed(dates):
        rest = rest[:d.start] + rest[d.end:]
    line_end = text.find("\n", s.end)
    rest += text[s.end:len(text) if line_end < 0 else line_end]
    return len(re.findall(r"[A-Za-z]\w*", rest)) <= _HEADING_WORDS


def _carry(dates: list[DateMention], published: dt.date | None) -> DateMention | None:
    """A historical year or month carries to the next sentence ("...in 2008. The CIA did kill...")."""
    last = dates[-1]
    if published and last.precision in ("year", "month") and last.last < published - dt.timedelta(days=60):
        return last
    return None


def with_headline(headline: list[Candidate], body: list[Candidate]) -> list[Candidate]:
    """The headline's events with the body's. A headline event the body tells too is the body's
    event, the headline one more source of it ("Israeli jets strike depot in Nabatieh" over "The raid
    destroyed rockets stored in the town"): it gives its place where the body has none or a coarser
    one ("Frigate on its way to the Red Sea" over "The frigate left Wilhelmshaven on Monday": where
    the move the body tells without an end is bound). A headline event the body does not tell stands
    on its own when it names a town or a site, or when the body tells no event of its kind; one told
    only by its country, beside the body's own events, sums them up ("US conducts airstrikes in
    Libya")."""
    out = list(body)
    told = []
    for h in headline:
        told_by = [i for i, c in enumerate(out) if _headline_tells(h, c)]
        # the body's report at the headline's own place first, then one of its type: "strikes on the
        # militia in response to Camp Taji attack" is the body's attack on the camp, not its strikes
        i = min(told_by, key=lambda i: (not _same_place(h, out[i]), out[i].type != h.type, i), default=None)
        if i is not None:
            c = out[i]
            place = h.place if h.place is not None and (c.place is None or _finer_inside(h.place, c.place)) else c.place
            out[i] = replace(c, place=place, headlines=c.headlines + (h.source,), order=h.order)
        elif h.place is not None and (h.place.kind in ("site", "city")
                                      or not any(moves(c.type) == moves(h.type) for c in body)):
            told.append(h)
    return told + out


def _headline_tells(h: Candidate, c: Candidate) -> bool:
    """Is body candidate ``c`` the event headline candidate ``h`` reports: a kinetic act for a
    kinetic act (a headline's verb may not say who fired), a move for a move, at the same place,
    one inside the other, or in the same country, or where the body gives no place?"""
    if moves(h.type) != moves(c.type):
        return False
    if moves(h.type) and c.place is None:
        return c.origin is not None and not c.origin_inferred and h.place is not None \
            and (h.origin is None or h.origin_inferred)  # the end the body leaves untold
    if h.place is None or c.place is None:
        return h.place is None
    return h.place.id == c.place.id or within(h.place, c.place) or within(c.place, h.place) \
        or bool(h.place.country) and h.place.country == c.place.country


def _same_place(h: Candidate, c: Candidate) -> bool:
    return h.place is not None and c.place is not None and h.place.id == c.place.id


def _finer_inside(a: Place, b: Place) -> bool:
    """Is ``a`` a finer place inside ``b`` ("Nabatieh" in "southern Lebanon")?"""
    return PRECISION_RANK[a.kind] < PRECISION_RANK[b.kind] and within(a, b)
