"""Join the candidates that report the same real event into one ``Event``.

Two reports are one event when nothing tells them apart: same type, places that
contain one another, overlapping dates, the same target (or none named), the same
unit. Among several matches the closest wins (same place, same target, latest).

Examples
--------
>>> import datetime as dt
>>> from geo.records import Candidate, Place, Source
>>> biap = Place("biap", "Baghdad International Airport", "site", 33.26, 44.23, "IQ", 4, "x")
>>> day = dt.date(2020, 1, 2)
>>> a = Candidate("strike", "confirmed", day, day, "day", biap, Source("a", "A", "s1", 0, 2), order=("a", 0))
>>> the_strike = Candidate("strike", "confirmed", None, None, "unknown", None, Source("a", "A", "s2", 3, 5),
...                        definite=True, order=("a", 3))
>>> [len(e.sources) for e in merge_candidates([a, the_strike])]
[2]
>>> a_strike = Candidate("strike", "confirmed", None, None, "unknown", None, Source("a", "A", "s2", 3, 5))
>>> [len(e.sources) for e in merge_candidates([a, a_strike])]  # "a strike" somewhere: nothing ties it
[1]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace

from geo.dates import precision_rank
from geo.extract.cues import INCIDENT_TOLD
from geo.extract.movements import withdrawing
from geo.gazetteer import PRECISION_RANK, distance_km, names_place, shortens_name
from geo.gazetteer import within as _within
from geo.mentions import category
from geo.records import REPORTED_WINDOW, Candidate, Event, Place
from geo.types import BY_NAME, moves

STATUS_ORDER = ("confirmed", "unconfirmed", "disputed", "planned")




def merge_candidates(candidates: list[Candidate]) -> list[Event]:
    """Merge, then drop what cannot be placed anywhere."""
    index = _Index()
    ordered = sorted(candidates, key=lambda c: (c.place is None and c.origin is None, c.order))
    for cand in ordered:
        best, best_score = None, None
        for group in index.near(cand):
            score = _match(group.members, cand, group.head)
            if score is not None and (best_score is None or score > best_score):
                best, best_score = group, score
        if best is None:
            index.add(_Group(cand))
        else:
            member = replace(cand, type=best.members[0].type) if cand.type != best.members[0].type else cand
            best.members.append(member)
            best.head = _absorb(best.head, member)  # one step, not a re-fold of the whole group
            index.register(best)
    _place_unplaced(index.groups)
    events = [_event(g.members, g.head) for g in index.groups]
    events = [e for e in events if e.anchor is not None]
    return sorted(events, key=lambda e: (e.date or dt.date.max, e.type, e.id))


# How many days before the act of its kind its article told just before it an act told with a day but no
# place may lie, to be taken at that act's place: "fired a missile at Israel on Thursday ... one of the
# missiles fired on Wednesday carried a cluster warhead" is an attack on Israel on Wednesday. A day after it
# is more often the day the act was told of ("said in a Saturday statement"), so no place is lent forward.
UNPLACED_REACH_DAYS = 7


def _place_unplaced(groups: list[_Group]) -> None:
    """Place each strike or attack told with a day but nowhere at the place of the nearest act of its
    kind its article told before it, if it lies within the week before that act."""
    placed: dict[str, list[_Group]] = {}
    for group in groups:
        if group.head.place is not None:
            for article in {m.source.article for m in group.members}:
                placed.setdefault(article, []).append(group)
    for group in groups:
        head = group.head
        if head.place or head.origin or head.first is None or not head.recent or moves(head.type) \
                or head.aggregate or head.distinct or head.source.end == 0 \
                or INCIDENT_TOLD.search(head.source.sentence) or _ELSEWHERE.search(head.source.sentence):
            continue  # "the strike took place on Thursday" tells one again; a headline is placed by its body
        told = [(last, g.head) for g in placed.get(head.source.article, ()) if g.head.type == head.type
                and (last := _last_told_before(g, head))]
        if not told:
            continue
        before = max(told, key=lambda t: t[0])[1]
        if head.actor and before.actor and head.actor.lower() != before.actor.lower() \
                or head.target and head.target.lower() != before.target.lower() \
                or set(_PEOPLE.findall(head.source.sentence)) - set(_PEOPLE.findall(before.source.sentence)):
            continue  # "Pakistani jets carried out an airstrike", "a drone hit a refinery": another act, elsewhere
        when = before.first or before.published
        if when is not None and 0 < (when - head.first).days <= UNPLACED_REACH_DAYS:
            group.head = replace(head, place=before.place)


# A sentence that says its act is elsewhere or apart ("Separately, ...", "Meanwhile, ...") or names a place
# of its own, even one nobody could place ("attacked a checkpoint in Balochistan"), lends it no other place.
_ELSEWHERE = re.compile(r"^\W*(?:Separately|Elsewhere|Meanwhile|In (?:a|another) separate)\b|"
                        r"\b(?:in|near|at|outside|inside|over)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                        r"(?:of\s+)?(?:the\s+)?[A-Z]")


# A people's name ("Pakistani", "Ukrainian") says whose act a sentence tells.
_PEOPLE = re.compile(r"\b[A-Z][a-z]+(?:i|ian|ese|ish)\b")


def _last_told_before(group: _Group, c: Candidate) -> tuple:
    """Where in ``c``'s article the group was last told before ``c`` (empty if it never was)."""
    return max((m.order for m in group.members if m.source.article == c.source.article and m.order < c.order),
               default=())


class _Group:
    """Candidates merged so far, with their combined head."""

    def __init__(self, first: Candidate):
        self.members = [first]
        self.head = first
        self.serial = 0


class _Index:
    """Which groups a candidate could belong to: same article, same place, same target,
    or a date within a day of its own. Comparing with every group would be quadratic."""

    def __init__(self):
        self.groups: list[_Group] = []
        self.buckets: dict[tuple, dict[int, _Group]] = {}

    def add(self, group: _Group) -> None:
        group.serial = len(self.groups)
        self.groups.append(group)
        self.register(group)

    def register(self, group: _Group) -> None:
        for key in self._keys(group.head, group.members[-1]):
            self.buckets.setdefault(key, {})[id(group)] = group

    def near(self, c: Candidate) -> list[_Group]:
        seen: dict[int, _Group] = {}
        for key in self._keys(c, c, probe=True):
            seen.update(self.buckets.get(key, {}))
        return sorted(seen.values(), key=lambda g: g.serial)

    @staticmethod
    def _keys(c: Candidate, member: Candidate, probe: bool = False):
        """Buckets: the article; each day of a dated event (a day either side when probing);
        its place and target in the fortnight around publication (an undated report ties only
        to events reported then), and month- or year-dated groups of that fortnight."""
        yield ("article", member.source.article)
        week = (member.published.toordinal() // 7) if member.published else None
        weeks = range(week - 2, week + 3) if (probe and week is not None) else (week,)
        fine = c.first is not None and (c.last - c.first).days <= 31
        if fine:
            pad = 1 if probe else 0
            day = c.first - dt.timedelta(days=pad)
            while day <= c.last + dt.timedelta(days=pad):
                yield ("day", day)
                day += dt.timedelta(days=1)
        for w in weeks:
            if c.place is not None:
                yield ("place", c.place.id, w)
            if c.target_key:
                yield ("key", c.target_key, w)
            if (c.first is not None and not fine) or probe:
                yield ("coarse", w)  # a dated report may refine a group known only by month or year


# The longest span two reports a day apart may make together (days).
MERGED_SPAN_DAYS = 3
# How far before its report an event may end for a report without a day to be of it (days).
UNDATED_REACH = 31


def _undated_recalled(undated: Candidate, dated: Candidate) -> bool:
    """Is ``undated`` (told without a day, so of its report's days) a report of another time than
    ``dated``, which ended long before ``undated`` was published, or began after it was? A move may:
    ordered in one report ("ordered the carrier to the Red Sea"), it arrives in a later one's days."""
    return undated.first is None and dated.first is not None and undated.published is not None \
        and (dated.last < undated.published - dt.timedelta(days=UNDATED_REACH)
             or dated.first > undated.published + dt.timedelta(days=1) and not moves(dated.type))


def _match(group: list[Candidate], c: Candidate, head: Candidate):
    # "the strike at Rumalyn came after ...": a reference whose word alone says strike may be the attack told,
    # at a site inside the place the attack was told at
    # "Israeli drone attack kills fighter in southern Lebanon. ... a drone targeted a vehicle on the road to
    # Nabatieh": in one article, a report that names no side may be the act told with its side, at a town in
    # its region
    # (not at our own base, nor in a country-wide act: "U.S. jets struck sites across Iraq ... a drone hit Ain al-Asad")
    told_here = head.type_certain and head.place is not None and head.place.kind != "country" \
        and c.place is not None and not {"base", "airport"} & category(c.place) \
        and any(x.source.article == c.source.article for x in group)
    retype = not c.type_certain and (c.place is None or (c.definite or told_here) and head.place is not None
                                     and c.place.kind in ("site", "city") and _within(c.place, head.place)) \
        and {head.type, c.type} <= {"strike", "attack"}
    if (head.type != c.type and not retype) or head.aggregate or c.aggregate:
        return None
    if not _places_fit(head.place, c.place) or not _origins_fit(head, c):
        return None
    if not _dates_fit(head, c) and not _one_journey(head, c):
        return None
    if (c.first is None or head.first is None) and not any(_close(x.published, c.published) for x in group):
        return None  # an undated report ties only to events reported at about the same time
    keys = {x.target_key for x in group if x.target_key}
    if c.target_key and keys and c.target_key not in keys:
        return None
    if c.place is not None and any(x.order == c.order and x.place is not None and x.place.id != c.place.id
                                   for x in group):
        return None  # "in Baghdad, Babylon and Karbala": one word's list, told apart by the sentence itself
    same_key = bool(c.target_key and c.target_key in keys)
    dated_overlap = head.first is not None and c.first is not None
    same_article = any(x.source.article == c.source.article for x in group)
    if not same_article and (_undated_recalled(head, c) or _undated_recalled(c, head)):
        return None  # another article's "conducted strikes on 14 missiles" (no day, Jan 2024) is not a strike
        # it recalled "in 2016"; in one article, a report without a day may restate the dated one
    # An undated report in the same article that names a place containing the event's place,
    # or inside it, elaborates the same event ("... at Israel on April 13. Missiles struck Nevatim"),
    # whichever of the two is told first (a lead "Contractor dies in Iraq rocket attack" before
    # the body's "rockets hit Erbil airport on Monday").
    restated = same_article and (c.first is None or head.first is None) and c.place is not None \
        and head.place is not None and (
        (PRECISION_RANK[c.place.kind] > PRECISION_RANK[head.place.kind] and _within(head.place, c.place)) or
        (PRECISION_RANK[c.place.kind] < PRECISION_RANK[head.place.kind] and _within(c.place, head.place)))
    referred = c.definite and same_article and c.first is None  # "the drone was downed near ...": told again
    if same_article and head.recent and c.first is not None and not c.recent and head.first is None:
        return None  # "the last time missiles hit the base was in January 2020": another, older event
    if c.distinct and same_article and not (dated_overlap and head.first == c.first):
        return None  # "in a separate attack", "hit the base again": not what the article told before
    tied = same_key or dated_overlap or restated or referred
    if head.place and c.place and head.place.id != c.place.id and not tied \
            and max(PRECISION_RANK[head.place.kind], PRECISION_RANK[c.place.kind]) >= PRECISION_RANK["region"]:
        return None  # "Iraq" and "Taji" are one event only if a target, a date or the article says so
    dates_it = same_article and head.first is None and c.first is not None and head.recent and c.recent
    if c.place is None and not (same_key or dated_overlap or (c.definite and same_article and head.recent) or dates_it
                                or same_article and _finer_origin(c, head)):
        return None  # an unplaced report needs something that ties it to this event: a target, a date, the
        # article ("Drones hit oil installations on Saturday" dates the article's undated attack on Abqaiq)
    if moves(c.type) and not (c.definite and not c.unit) and not _units_fit(head.unit, c.unit) and not (
            same_article and not (head.unit and c.unit) and head.place is not None and c.place is not None
            and head.place.id == c.place.id and head.forces & c.forces):
        # "the deployments" may refer to any of them; but "ordered a second carrier strike group to
        # the eastern Mediterranean" and "the USS Eisenhower strike group ... to the eastern
        # Mediterranean" in one article are one move, the second naming the force the first did not
        return None
    if moves(c.type) and ((c.place is None and c.origin) or (head.place is None and head.origin)) \
            and head.source.sentence != c.source.sentence and not (
            head.origin and c.origin and _places_fit(head.origin, c.origin)) and not (
            head.precision == c.precision == "day" and head.first == c.first) and not (
            c.definite and c.first is None and head.forces & c.forces):
        return None  # a withdrawal from Jordan is not a move to Saudi Arabia another sentence told that day;
        # but "the two B-52s took off from Minot" tells where the bombers sent to the region set out
    if moves(c.type) and not c.definite and head.forces and c.forces and not head.forces & c.forces:
        return None  # a Patriot battery and B-52 bombers are two moves, even to one region
    score = 1 if head.type == c.type else 0
    score += 4 if head.place and c.place and head.place.kind in ("site", "city") and (
        head.place.id == c.place.id or _offset_of(head.place, c.place)) else 0
    score += 4 if head.target_key and head.target_key == c.target_key else 0
    score += 2 if head.first and c.first and head.first == c.first else 0
    # A reference points back: prefer the group last reported just before it, in its article.
    before = [x.order for x in group if x.source.article == c.source.article and x.order < c.order]
    score += 1 if before else 0
    return (score, max(before) if before else ())


def _close(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= 14


def _places_fit(a: Place | None, b: Place | None) -> bool:
    """Same place, or one inside the other's extent (the airport within Baghdad)."""
    if a is None or b is None or a.id == b.id or _offset_of(a, b):
        return True  # "struck camps outside Sirte", "the camps about 45 km southwest of Sirte": one place
    if a.country and b.country and a.country != b.country and max(a.radius_km, b.radius_km) > 100:
        return False  # a town in Syria is not in "northern Iraq", however close the circles come (a small
        # border area such as the Golan, coded to one country, may hold towns coded to another)
    return distance_km(a, b) <= max(a.radius_km, b.radius_km) or _within(a, b) or _within(b, a)


# A place told as a distance and bearing from another carries that one's id and this suffix (geo.sides).
_OFFSET = re.compile(r"-\d+km-[\w.]+$")


def _offset_of(a: Place, b: Place) -> bool:
    """Is one place told as a distance and bearing from the other ("45 km southwest of Sirte", Sirte)?"""
    return any(x.id.startswith(y.id) and bool(_OFFSET.fullmatch(x.id, len(y.id))) for x, y in ((a, b), (b, a)))


def _dates_fit(a: Candidate, b: Candidate) -> bool:
    """Overlapping dates, with a day's slack between articles (one says "late Saturday",
    another "Sunday"); within one article, two days told apart are two events ("rockets on
    Monday, drones on Tuesday"), one event per site and day."""
    if a.first is None or b.first is None:
        return True
    same_article = a.source.article == b.source.article  # "last week" and "Monday", told apart by one text
    holds = (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last)
    if a.first <= b.last and b.first <= a.last and (same_article or holds):
        return True  # one span holds the other: the same days told more or less sharply
    if same_article:
        return False
    # Overlapping in part or a day apart: one night told from either side, so never more than three days in all
    # (the Thursday barrage and reports "since Friday" are two nights' events, however the days chain).
    day = dt.timedelta(days=1)
    return a.first <= b.last + day and b.first <= a.last + day \
        and (max(a.last, b.last) - min(a.first, b.first)).days <= MERGED_SPAN_DAYS - 1


def _one_journey(a: Candidate, b: Candidate) -> bool:
    """"The soldiers left Fort Bragg on New Year's Day" and "arrived in Kuwait over the weekend", in
    one article: the day a force set out and the day it arrived, from the same place to the same
    one (the caller has checked the places), are one move."""
    return moves(a.type) and moves(b.type) and a.source.article == b.source.article \
        and a.origin is not None and b.origin is not None and a.origin.id == b.origin.id \
        and a.first is not None and b.first is not None and abs((a.first - b.first).days) <= 7


def _units_fit(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if not a or not b:
        return a == b  # an unnamed force is not the 82nd Airborne
    return a in b or b in a


_TOLD_BEFORE = re.compile(r"\b(?:earlier|previously|before that|had\s+(?:been\s+)?\w+(?:ed|wn|en|ft))\b", re.I)


def _finer_origin(c: Candidate, head: Candidate) -> bool:
    """Does an undated move with no destination tell, inside the event's own told origin, where the force set out
    ("flew two bombers from Louisiana to the Gulf. ... The bombers took off from Barksdale Air Force Base")? Not
    a withdrawal of its own ("Kurdish fighters also pulled out of Tabqa"), nor a move before the one told
    ("Earlier, troops had left Manbij")."""
    return moves(c.type) and c.first is None and c.origin is not None and _told_origin(head) is not None \
        and c.origin.id != head.origin.id and _within(c.origin, head.origin) \
        and not withdrawing(c.source.sentence) and not _TOLD_BEFORE.search(c.source.sentence)


def _told_origin(c: Candidate) -> Place | None:
    """The origin the text gives, not one inferred from a unit's home station or its country."""
    return None if c.origin_inferred else c.origin


def _origins_fit(a: Candidate, b: Candidate) -> bool:
    """An origin only inferred yields to one told ("Israeli units crossed into Lebanon", from Israel,
    is the 98th Division's move from Gaza); two inferred apart are two senders' forces (Qatar's
    troops and Saudi Arabia's, sent the same day to one province)."""
    if a.origin_inferred != b.origin_inferred:
        return True
    return _places_fit(a.origin, b.origin)


def _finer(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    if {a.kind, b.kind} <= {"region", "country"}:
        return b if b.radius_km < a.radius_km else a  # Israel is finer than "the Middle East", a region
    return b if PRECISION_RANK[b.kind] < PRECISION_RANK[a.kind] else a


def _absorb(head: Candidate, c: Candidate) -> Candidate:
    """What a group knows once it takes in ``c``: the finer date and place, the first actor..."""
    first, last, precision = head.first, head.last, head.precision
    if c.first is not None and (first is None or precision_rank(c.precision) < precision_rank(precision)):
        first, last, precision = c.first, c.last, c.precision
    elif c.first is not None and first is not None and precision_rank(c.precision) == precision_rank(precision) \
            and (c.first, c.last) != (first, last):
        if c.first <= last and first <= c.last:
            first, last = max(first, c.first), min(last, c.last)  # both right: where they agree
        else:
            first, last = min(first, c.first), max(last, c.last)  # a day apart: either
    origin = _finer(_told_origin(head), _told_origin(c)) or _finer(head.origin, c.origin)
    return replace(
        head, first=first, last=last, precision=precision, place=_finer(head.place, c.place),
        origin=origin, origin_inferred=(head.origin_inferred if origin is head.origin else c.origin_inferred),
        actor=head.actor or c.actor,
        target=c.target if not head.target or (c.target[:1].isupper() and not head.target[:1].isupper())
        else head.target,
        target_key=head.target_key or c.target_key, unit=head.unit or c.unit,
        fatalities=max((x for x in (head.fatalities, c.fatalities) if x is not None), default=None))


def _status(group: list[Candidate]) -> str:
    statuses = {c.status for c in group}
    if "confirmed" in statuses:
        # A denial or a conflicting report outweighs any number of confirmations; a doubt
        # ("could not be verified") outweighs reports that merely tell it, not an explicit one.
        if "disputed" in statuses:
            return "disputed"
        if "unconfirmed" in statuses and not any(c.explicit for c in group):
            return "unconfirmed"
        return "confirmed"
    for status in ("unconfirmed", "disputed", "planned"):
        if status in statuses:
            return status
    return "confirmed"


def _event(group: list[Candidate], head: Candidate) -> Event:
    sources = []
    for c in sorted(group, key=lambda c: c.order):
        for source in (*c.headlines, c.source):
            if source not in sources:
                sources.append(source)
    # the first sentence of the body that tells it names it; a headline (offsets 0, 0) may tell several
    first = next((s for s in sources if s.end), None)
    key = f"{first.article}|{first.start}" if first else f"{sources[0].article}|headline|{head.order[-1]}"
    digest = hashlib.sha1(f"{head.type}|{key}".encode()).hexdigest()[:8]
    status = _status(group)
    date, date_end, precision = _dated(head, group)
    return Event(
        id=f"{head.type}-{digest}", type=head.type, status=status, date=date, date_end=date_end,
        date_precision=precision, place=head.place, origin=head.origin,
        origin_inferred=head.origin_inferred and head.origin is not None, actor=head.actor,
        target=head.target, fatalities=head.fatalities, summary=_summary(head, status),
        sources=tuple(sources), unit=head.unit)


def _dated(head: Candidate, group: list[Candidate]) -> tuple[dt.date | None, dt.date | None, str]:
    """The event's date; when no report says when, the week before its first report:
    "the Navy has sent two destroyers, officials said" in an article of 8 Jan is dated
    [1 Jan, 8 Jan], precision ``reported``. Only reports from undated articles stay undated."""
    if head.first is not None:
        return head.first, head.last, head.precision
    published = [c.published for c in group if c.published is not None]
    if not published:
        return None, None, "unknown"
    day = min(published)
    return day - REPORTED_WINDOW, day, "reported"


def _summary(c: Candidate, status: str) -> str:
    where = c.place.name if c.place else "an unknown place"
    if moves(c.type):
        who = c.unit or c.force or "Forces"
        route = f"from {c.origin.name} to {where}" if c.origin and c.place else (
            f"from {c.origin.name}" if c.origin else f"to {where}")
        verb = "on alert to move" if status == "planned" else "moved"
        return f"{who} {verb} {route}"
    noun = BY_NAME[c.type].singular
    by = f" by {c.actor}" if c.actor else ""
    on = f" on {c.target}" if c.target else ""
    at = f" at {where}"
    if c.place and c.target and names_place(c.target, c.place):
        at = ""
    elif c.place and c.target and shortens_name(c.target, c.place):
        on, at = f" on {where}", ""  # "Attack on Balad Air Base", not "on the air base at Balad Air Base"
    dead = f"; {c.fatalities} killed" if c.fatalities else ""
    return f"{noun}{by}{on}{at}{dead}"
