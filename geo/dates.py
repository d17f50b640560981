"""Date expressions in news text, as intervals anchored on the publication date.

Each expression becomes a ``DateMention`` with a first and last day and a
precision (``day``, ``week``, ``month``, ``year``). Relative expressions need an
anchor (the publication date); without one they are skipped, never guessed.

Examples
--------
>>> import datetime as dt
>>> friday = dt.date(2020, 1, 3)
>>> [(d.first, d.precision) for d in find_dates("a strike on Thursday", friday)]
[(datetime.date(2020, 1, 2), 'day')]
>>> [(d.first, d.last) for d in find_dates("rockets hit it on Dec. 27", friday)]
[(datetime.date(2019, 12, 27), datetime.date(2019, 12, 27))]
>>> find_dates("a strike on Thursday", None)
[]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# How fine a date is, finest first ("reported": only the week before the report).
PRECISIONS = ("day", "week", "month", "year", "reported")


def precision_rank(precision: str) -> int:
    """Where a precision stands among ``PRECISIONS`` (an unknown one after them all)."""
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


HOLIDAYS = {"new year's eve": (12, 31), "new years eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "new year's day": (1, 1)}

# "its last month under U.S. command", "the Marines' last night", "the next week": a span of something
# else, or counted from another day; never a day relative to the report.
_NOT_OWNED = r"(?<!the\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!['’]\s)(?<!['’]s\s)(?<!final\s)"
# Days told relative to the report: the phrase (a regular expression), how many days before
# publication its interval starts and ends, and the sentence that motivated it.
RELATIVE_DAYS = [
    (r"yesterday", 1, 1, "the depot was hit yesterday"),
    (r"today|tonight|this morning|this afternoon|this evening", 0, 0, "the frigate sailed this morning"),
    (r"overnight|" + _NOT_OWNED + r"(?:late\s+)?last\s+night", 1, 0, "drones struck the port late last night"),  # either calendar day
    (r"(?:the\s+)?(?:past|last)\s+(?:24|twenty-four|few)\s+hours|the\s+past\s+day|recent\s+hours", 1, 0,
     "over the past 24 hours jets hit four villages"),
    (r"(?:the\s+)?(?:past|last)\s+(?:48|forty-eight)\s+hours", 2, 0, "in the last 48 hours the militia fired twice"),
    # a live report's own hours: the day it was filed (or, just after midnight, the one before)
    (r"(?:an?|one|two|three|four|five|six|several|a\s+few|\d)\s+hours?\s+ago", 1, 0,
     "just two hours ago allied jets began bombing the capital"),
]
# Weeks, months and years told relative to the report: the phrase (a regular expression), the span it
# names (read by ``_RELATIVE_SPAN``), and the sentence that motivated it.
RELATIVE_SPANS = [
    (_NOT_OWNED + r"last\s+month", "previous month", "the militia shelled the airport last month"),
    (r"earlier\s+this\s+month", "month so far", "a drone hit the camp earlier this month"),
    (r"later\s+this\s+month", "rest of month", "the frigate will sail later this month"),
    (r"this\s+month", "this month", "troops arrived this month"),
    (_NOT_OWNED + r"(?:early\s+|late\s+|later\s+)?next\s+month", "next month", "the batteries will leave next month"),
    (_NOT_OWNED + r"next\s+week", "next week", "the carrier is due in the Gulf next week"),
    (r"in\s+the\s+(?:coming|next)\s+(?:few\s+)?days", "coming week", "more Marines will arrive in the coming days"),
    (r"in\s+the\s+(?:coming|next)\s+(?:few\s+)?weeks", "coming month", "the squadron will deploy in the coming weeks"),
    (_NOT_OWNED + r"last\s+year", "previous year", "the base was attacked last year"),
    (r"earlier\s+this\s+year", "year so far", "strikes on the port earlier this year"),
    (r"later\s+this\s+year", "rest of year", "the brigade will deploy to Poland later this year"),
    (r"this\s+year", "this year", "two more batteries will be sent this year"),
    (_NOT_OWNED + r"next\s+year", "next year", "the brigade will rotate in next year"),
]


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _relative_span(rule: str, anchor: dt.date) -> tuple[dt.date, dt.date, str]:
    """The interval a ``RELATIVE_SPANS`` rule names, told on ``anchor``."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    y, m = anchor.year, anchor.month
    spans = {
        "previous month": (*_month_span(y, m - 1), "month"),
        "month so far": (anchor.replace(day=1), anchor, "month"),
        "rest of month": (anchor, _month_span(y, m)[1], "month"),
        "this month": (*_month_span(y, m), "month"),
        "next month": (*_month_span(y, m + 1), "month"),
        "next week": (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), "week"),
        "coming week": (anchor, anchor + dt.timedelta(days=7), "week"),
        "coming month": (anchor, anchor + dt.timedelta(days=31), "month"),
        "previous year": (dt.date(y - 1, 1, 1), dt.date(y - 1, 12, 31), "year"),
        "year so far": (dt.date(y, 1, 1), anchor, "year"),
        "rest of year": (anchor, dt.date(y, 12, 31), "year"),
        "this year": (dt.date(y, 1, 1), dt.date(y, 12, 31), "year"),
        "next year": (dt.date(y + 1, 1, 1), dt.date(y + 1, 12, 31), "year"),
    }
    return spans[rule]


_RELATIVE_SPANS = [(re.compile(phrase, re.I), rule) for phrase, rule, _ in RELATIVE_SPANS]
_RELATIVE_DAYS = [(re.compile(phrase, re.I), back_first, back_last) for phrase, back_first, back_last, _ in RELATIVE_DAYS]

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A word's start, or a capital glued to a lower-case letter: a byline run into the lead ("Written by
# Nick BlenkeyYesterday, ...") still dates it.
_GLUED = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
# A time of day with no day named is the day in focus: the day just told, or else the report's.
# Each row: the phrase (a regular expression) and the sentence that motivated it.
TIMES_OF_DAY = [
    (r"(?:at|before|around|after|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:dawn|daybreak|first\s+light|sunrise|dusk|sunset|midnight)",
     "at dawn, two rockets came down by the airfield"),
    (r"pre-?dawn", "a pre-dawn drone raid on the depot"),
    (r"in\s+the\s+(?:early|small|pre-?dawn)\s+(?:morning\s+)?hours", "in the early hours a drone hit the port"),
    (r"in\s+the\s+(?:(?:early|late|mid)[- ])?(?:morning|afternoon|evening)(?!\s+of\b)", "jets hit the depot in the late afternoon"),
    (r"(?:at|around|about|shortly\s+(?:before|after))\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?",
     "the blast came at around 3 a.m., a guard said"),
]
_PATTERNS = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", _MON + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|-|–|to)\s*(?P<d2>\d{1,2}))?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"),
    ("dmy", r"\b(?P<d1>\d{1,2})\s+" + _MON + r"(?:\s+(?P<y>(?:19|20)\d\d))?\b"),
    ("my", r"\b(?:(?:early|mid|late)[- ])?" + _MON + r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b"),
    ("holiday", r"\b(?P<h>New Year[’']?s (?:Eve|Day)|Christmas(?: Eve| Day)?)\b"),
    ("weekday", _GLUED + r"(?:(?:early|late|last|on|this|past)\s+)?" + _WD + r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("relweek", r"\b(?P<rw>last week|this week|earlier this week|the previous week|over the weekend|last weekend|"
                r"this weekend)\b"),
    ("relday", _GLUED + r"(?P<rd>" + "|".join(phrase for phrase, *_ in RELATIVE_DAYS) + r")\b"),
    ("relspan", r"\b(?P<rs>" + "|".join(phrase for phrase, *_ in RELATIVE_SPANS) + r")\b"),
    ("between", r"\bbetween\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\b"),
    ("year", r"\b(?:in|since|during|by|until|of|early|late|mid)[- ](?P<y>(?:19|20)\d\d)\b(?![-–]\d)"),
    ("following", r"\b(?P<fy>the following year|the next year|a year later|the year before|the previous year)\b"),
    ("thatmonth", r"\b(?P<tm>that month|the same month)\b"),
    # "two days later", "a day earlier"; "two days before the Pope arrived" counts from an event we cannot date
    ("offset", r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2}) days? (?P<dir>earlier|later|(?:before|after)(?=[,.;]))"),
    ("nextday", r"\b(?P<nd>the next (?:day|morning|evening|night)|the following (?:day|morning|evening|night)|"
                r"the day before|the previous (?:day|night)|hours (?:later|earlier|(?:before|after)(?=[,.;]))|later that day|"
                r"(?:earlier|later) in the day|earlier that day|"
                r"within (?:a few )?hours(?=[,.;])|"
                r"the same day|that day|that night)\b"),
    ("timeofday", r"\b(?P<tod>" + "|".join(phrase for phrase, _example in TIMES_OF_DAY) + r")(?!\w)"),
]
_RE = re.compile("|".join(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS), re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression, its interval and precision, with offsets."""

    start: int
    end: int
    text: str
    first: dt.date
    last: dt.date
    precision: str  # day, week, month, year


# Every date expression contains a digit or one of these words; most sentences have neither.
_MAYBE = re.compile(r"\d|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|year|christmas|tonight|"
                    r"morning|month|overnight|evening|afternoon|hours|night|dawn|daybreak|light|sunrise|dusk|sunset", re.I)


def find_dates(text: str, anchor: dt.date | None, offset: int = 0,
               previous: DateMention | None = None) -> list[DateMention]:
    """Every date expression in ``text``; ``previous`` resolves "the following year"."""
    if not _MAYBE.search(text):
        return []
    found, kinds = [], []
    for m in _RE.finditer(text):
        kind = m.lastgroup
        g = {k.split("_", 1)[1]: v for k, v in m.groupdict().items() if v and k.startswith(kind + "_")}
        if g.get("mon", "A")[0].islower():
            continue  # "Tower 22 may have been", "troops march": a verb; the news writes months capitalised
        beside = found and _BESIDE.fullmatch(text, found[-1].end - offset, m.start())
        if beside and kind in _EXPLICIT.get(kinds[-1], ()):
            # "on Monday, Jan. 6", "Monday (Jan. 6)", "hours earlier, on Wednesday": the more
            # explicit of two expressions side by side says when
            previous = found[-2] if len(found) > 1 else None
            found.pop()
            kinds.pop()
        span = _interval(kind, g, anchor, previous)
        if span:
            first, last, precision = span
            if anchor and text[max(0, m.start() - 6):m.start()].lower().endswith("since ") and first <= anchor:
                # "since Oct. 17": from that day to publication
                last = anchor
                precision = "week" if (last - first).days <= 7 else "month"
            mention = DateMention(m.start() + offset, m.end() + offset, m.group(0), first, last, precision)
            found.append(mention)
            kinds.append(kind)
            previous = mention
    return found


# Which kinds of expression, written right after one of the key's kind, say better when it was.
_CALENDAR = {"iso", "mdy", "dmy"}
# ("overnight on Sunday", "overnight into Monday": the day named, not the night before the report)
_EXPLICIT = {"weekday": _CALENDAR, "relday": _CALENDAR | {"weekday"}, "holiday": _CALENDAR,
             "nextday": _CALENDAR | {"weekday"}, "offset": _CALENDAR | {"weekday"},
             "timeofday": _CALENDAR | {"weekday", "relday", "nextday"}}
_BESIDE = re.compile(r"[\s,(]*(?:on\s+|of\s+|into\s+)?")  # what may stand between the two ("the early hours of Monday")


def _interval(kind, g, anchor, previous):
    try:
        if kind == "iso":
            d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return d, d, "day"
        if kind == "mdy" or kind == "dmy":
            month = MONTHS[g["mon"].lower().rstrip(".")]
            year = int(g["y"]) if g.get("y") else _year_before(anchor, month, int(g["d1"]))
            if year is None:
                return None
            first = dt.date(year, month, int(g["d1"]))
            last = dt.date(year, month, int(g["d2"])) if g.get("d2") else first
            return (first, last, "day") if last >= first else None
        if kind == "my":
            month = MONTHS[g["mon"].lower().rstrip(".")]
            if g["mon"].lower() == "may" and not g.get("y"):
                return None  # the verb "may"
            if g["mon"].lower() == "march" and not g.get("y") and g["mon"][0].islower():
                return None
            year = int(g["y"]) if g.get("y") else _year_before(anchor, month, 1)
            if year is None or not g["mon"][0].isupper():
                return None
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
        if kind == "holiday":
            month, day = HOLIDAYS[g["h"].lower().replace("’", "'")]
            year = _year_before(anchor, month, day)
            return (dt.date(year, month, day),) * 2 + ("day",) if year else None
        if kind == "weekday":
            if anchor is None:
                return None
            back = (anchor.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
            d = anchor - dt.timedelta(days=back)
            return d, d, "day"
        if kind == "relweek":
            if anchor is None:
                return None
            monday = anchor - dt.timedelta(days=anchor.weekday())
            if "weekend" in g["rw"].lower():  # the Saturday and Sunday on or before publication
                sunday = anchor - dt.timedelta(days=(anchor.weekday() + 1) % 7)
                return sunday - dt.timedelta(days=1), sunday, "day"
            if g["rw"].lower() in ("last week", "the previous week"):
                return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week"
            return monday, anchor, "week"
        if kind == "relday":
            if anchor is None:
                return None
            back_first, back_last = next((f, la) for phrase, f, la in _RELATIVE_DAYS if phrase.fullmatch(g["rd"]))
            return anchor - dt.timedelta(days=back_first), anchor - dt.timedelta(days=back_last), "day"
        if kind == "relspan":
            if anchor is None:
                return None
            return _relative_span(next(rule for phrase, rule in _RELATIVE_SPANS if phrase.fullmatch(g["rs"])), anchor)
        if kind == "between":
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year") if y2 >= y1 else None
        if kind == "year":
            y = int(g["y"])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if kind == "following" and previous is not None:
            step = 1 if g["fy"].lower() in ("the following year", "the next year", "a year later") else -1
            y = previous.first.year + step
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if kind == "nextday" and g["nd"].lower() in _WITHIN_THE_DAY and (
                previous is None or previous.precision != "day"
                or anchor is not None and abs((anchor - previous.first).days) > 1):
            # "Earlier in the day, ...": the day of the report, unless the day just told is that day's eve
            return (anchor, anchor, "day") if anchor else None
        if kind == "nextday" and previous is None and anchor is not None and g["nd"].lower().startswith("the previous"):
            # "The previous night, an airstrike killed ...", with no day told before it: the eve of the report
            d = anchor - dt.timedelta(days=1)
            return d, d, "day"
        if kind in ("offset", "nextday") and previous is not None and previous.precision == "day":
            if kind == "offset":
                n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}.get(
                    g["n"].lower()) or int(g["n"])
                sign = 1 if g["dir"].lower() in ("later", "after") else -1
            else:
                phrase = g["nd"].lower()
                same = phrase.startswith(("hours", "within")) or "same" in phrase or phrase.startswith(("that", "later")) \
                    or phrase in _WITHIN_THE_DAY
                n, sign = (0, 1) if same else (1, 1 if ("next" in phrase or "following" in phrase) else -1)
            d = previous.first + dt.timedelta(days=sign * n)
            if kind == "nextday" and g["nd"].lower().startswith(("hours", "within")):
                # "hours later", "within hours," may be past midnight, "hours earlier" the evening before
                other = d + dt.timedelta(days=-1 if "earlier" in g["nd"].lower() or "before" in g["nd"].lower() else 1)
                return min(d, other), max(d, other), "day"
            return d, d, "day"
        if kind == "timeofday":
            # "At dawn, rockets fell": on the day just told, or with none told, on the report's day
            if previous is None:
                return (anchor, anchor, "day") if anchor else None
            return (previous.first, previous.last, "day") if previous.precision == "day" else None
        if kind == "thatmonth" and previous is not None and previous.precision in ("day", "month"):
            f = previous.first
            return f.replace(day=1), f.replace(day=calendar.monthrange(f.year, f.month)[1]), "month"
    except ValueError:
        return None  # "Feb. 30": not a date
    return None


# "earlier in the day": the day told last, or else the day of the report.
_WITHIN_THE_DAY = frozenset({"earlier in the day", "later in the day", "earlier that day"})


def _year_before(anchor: dt.date | None, month: int, day: int) -> int | None:
    """The year that puts month/day on or before the anchor (a week's grace)."""
    if anchor is None:
        return None
    year = anchor.year
    try:
        if dt.date(year, month, day) > anchor + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        year -= 1
    return year


# "BAGHDAD, Jan. 27, 2020 —", "NORFOLK, Va. (AP) —", "ERBIL, Kurdistan Region —", "WASHINGTON
# (Reuters) -", "JERUSALEM, Oct 1 (Reuters) -": where (and maybe when) the report was filed.
# The place opens in capitals.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"  # "June", "Sept", "January"
_DATELINE = re.compile(
    # "KIRKUK, Iraq, March 3, 2021 —", "NORFOLK, Va. (AP) —", "MOSCOW (UrduPoint News / Sputnik - 20th July, 2019)"
    r"^(?:[A-Z]{2}[A-Z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?){0,2}"
    # "March 3, 2021", or day first: "RIYADH, 15 January 2022, (TON):"
    r"(?:,?\s*(?P<date>" + _MONTH_WORD + r"\.? \d{1,2}(?:,? (?:19|20)\d\d)?|\d{1,2} " + _MONTH_WORD
    + r"\.?(?:,? (?:19|20)\d\d)?),?)?"
    r"\s*(?:\([A-Za-z][\w .&/,-]{0,60}\)\s*(?:(?:[-—–]+|:)\s)?|(?:[-—–]+|:)\s|—(?=[A-Z])"  # "WASHINGTON—A strike"
    # "WASHINGTON/NAIROBI, June 11 The United States ...": a wire dateline whose agency the page dropped
    r"|(?(date)(?<=\s)(?=[A-Z][a-z])|(?!)))"
    # "Tehran, June 20, IRNA –", "Tokyo, Aug. 29 (Jiji Press)—": a place in title case, its day and its agency
    # (only the place is cut: the day stays in the sentence, to date what it tells)
    # (a year or an agency is needed: "Erbil, Jan. 15: missiles hit a villa" opens a timeline's entry)
    r"|(?P<place>[A-Z][a-z'’]+(?:[ /-][A-Za-z][a-z'’]+){0,2},\s*)(?:" + _MONTH_WORD + r"\.? \d{1,2}|\d{1,2} "
    + _MONTH_WORD + r"\.?)(?:,? (?:19|20)\d\d,?\s*(?:\([A-Za-z][\w .&/,-]{0,60}\)|[A-Z][A-Za-z]{1,10})?"
    r"|,?\s*(?:\([A-Za-z][\w .&/,-]{0,60}\)|[A-Z][A-Za-z]{1,10}))\s*(?:[-—–]+|:)\s?(?=[A-Z\"“])"
    # "Dubai:", "Dubai/Baghdad:", "Beirut (AFP) -": a place and a colon or an agency opening the paragraph
    r"|(?!(?:Update|Note|Watch|Read|Related|Photo|Video|Editor|Correction|Advertisement|Warning)\b)"
    # "Mogadishu, Somalia — ...": a country or state may follow the place, as in a capitals dateline
    r"[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,3}(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?(?::\s|\s*(?:\([A-Z][A-Za-z ]{1,30}\)\s*)?\([A-Z][\w .&/,-]{0,60}\)\s*(?:[-—–]+|:)\s|"
    r"\s[—–]\s(?=[A-Z])))")  # "Dubai — Iran seized a tanker": a dash after the place, as some papers print it


# "Israeli missile strikes put Damascus airport out of service BEIRUT: Israel's military fired ...": a
# headline the page ran into the dateline; both say nothing of where anything happened.
_INLINE_DATELINE = re.compile(
    r"[^.!?\n]{10,200}?(?<=[a-z0-9’'\"”)]) [A-Z]{4,}(?:[ /][A-Z]{3,}){0,2}(?:,\s*[A-Z][a-z.]+){0,2}"
    r"\s*(?:\([A-Za-z][\w .&/,-]{0,60}\)\s*)?(?::\s|—\s?|--?\s)")


def dateline_end(text: str) -> int:
    """Where a dateline ("KIRKUK, Iraq, March 3, 2021 —", "NORFOLK, Va. (AP) —") ends; 0 when
    there is none. It says where and when the report was filed: its place is never an event's,
    its date the publication's.

    >>> text = "NORFOLK, Va. (AP) — Two destroyers left port."
    >>> text[dateline_end(text):]
    'Two destroyers left port.'
    >>> dateline_end("The U.S. — and its allies — struck.")
    0
    >>> text = "Dubai/Baghdad: Iran's Guards fired missiles."
    >>> text[dateline_end(text):]
    "Iran's Guards fired missiles."
    >>> text = "SANAA, 3 March 2021, (XYZ): Drones hit the port."
    >>> text[dateline_end(text):]
    'Drones hit the port.'
    >>> text = "Manbij (Syria) (AFP) - Jets hit a depot."
    >>> text[dateline_end(text):]
    'Jets hit a depot.'
    >>> text = "Muscat — Gunmen boarded a tanker."
    >>> text[dateline_end(text):]
    'Gunmen boarded a tanker.'
    >>> text = "Mogadishu, Somalia — Jets struck a camp."
    >>> text[dateline_end(text):]
    'Jets struck a camp.'
    >>> dateline_end("Iraq, Syria and Yemen — all three were hit.")
    0
    >>> text = "BEIRUT/AMMAN, May 2 Jets struck a depot."
    >>> text[dateline_end(text):]
    'Jets struck a depot.'
    >>> text = "Tehran, June 20, IRNA – Drones hit the port."
    >>> text[dateline_end(text):]
    'June 20, IRNA – Drones hit the port.'
    >>> text = "Drones hit a port in the north ADEN: Two drones struck the port."
    >>> text[dateline_end(text):]
    'Two drones struck the port.'
    """
    m = _DATELINE.match(text) or _INLINE_DATELINE.match(text)
    if m and m.re is _DATELINE and m.group("place"):
        return m.end("place")
    return m.end() if m else 0


def infer_publication(body: str) -> tuple[dt.date | None, str]:
    """Publication date from a dateline, else the latest full date in the text.

    >>> infer_publication("BAGHDAD, Jan. 27, 2020 — Rockets hit the embassy.")
    (datetime.date(2020, 1, 27), 'dateline')
    >>> infer_publication("Strikes on Dec. 29, 2019 and Jan. 3, 2020.")
    (datetime.date(2020, 1, 3), 'latest date in text')
    """
    head = body.lstrip()[:200]
    m = _DATELINE.match(head)
    if m and m.group("date"):
        found = [d for d in find_dates(m.group("date"), None) if d.precision == "day"]
        if found:
            return found[0].first, "dateline"
    full = [d.last for d in find_dates(body, None) if d.precision == "day"]
    if full:
        return max(full), "latest date in text"
    return None, "unknown"
