"""Event mentions: strikes, attacks and deployments, one sentence at a time.

Each trigger word becomes a ``Candidate`` only if its clause asserts it (no
negation, hypothesis, threat or plan before it). The candidate takes its type
from who acts on whom, not from the word used; its place from the names after
it; its date from the nearest date expression of its own clause. ``geo.merge``
then joins the candidates that report the same real event.

Examples
--------
>>> import datetime as dt
>>> from geo.text import split_sentences
>>> text = "Militants fired rockets at the U.S. Embassy on Tuesday. They opted not to strike back."
>>> cands = extract(ArticleView("a.txt", "A", text, dt.date(2020, 1, 3)), [], Units(()))
>>> [(c.type, c.first) for c in cands]
[('attack', datetime.date(2019, 12, 31))]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from geo import cues
from geo.dates import DateMention, find_dates
from geo.gazetteer import PRECISION_RANK, Place
from geo.gazetteer import within as _within
from geo.mentions import Mention, category
from geo.text import Sentence, fold, split_sentences
from geo.units import Units

TYPES = ("strike", "attack", "deployment")


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
    aggregate: bool = False
    definite: bool = False  # "the strike": a reference back, not a new report
    type_certain: bool = True  # False when only the word ("strike", "attack") gave the type
    recent: bool = True  # undated, or dated within two months of publication
    published: dt.date | None = None
    order: tuple = field(default=(), compare=False)


@dataclass
class _Trigger:
    kind: str  # strike, attack, kill, movement
    start: int  # offsets inside the sentence
    end: int
    text: str
    dates: list = field(default_factory=list)
    definite: bool = False


def extract(article: ArticleView, mentions: list[Mention], units: Units) -> list[Candidate]:
    """Candidates of one article, in text order."""
    sentences = split_sentences(article.name, article.text)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.place is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Candidate] = []
    previous_date: DateMention | None = None
    carried: DateMention | None = None
    last_group = ""
    last_destination: Place | None = None
    in_update = False
    for s in sentences:
        if re.match(r"^UPDATE\b", s.text):
            in_update = True
            continue
        dates = find_dates(s.text, article.published, previous=previous_date)
        groups = [g.group(0) for g in cues.HOSTILE_ACTOR.finditer(s.text) if g.group(0)[0].isupper()
                  and g.group(0) not in ("Iran", "Iranian", "Iranian-backed", "Iran-backed")]
        ctx = _Context(article, s, by_sentence.get(s.index, []), dates, units,
                       group=last_group, last_destination=last_destination,
                       default_now=in_update, carried=carried)
        found = ctx.candidates()
        out.extend(found)
        for c in found:
            if c.type == "deployment" and c.place is not None:
                last_destination = c.place
        if groups:
            last_group = groups[-1]
        if dates:
            previous_date = dates[-1]
        carried = _carry(dates, article.published) if dates else None
    return out


def _carry(dates: list[DateMention], published: dt.date | None) -> DateMention | None:
    """A historical year or month carries to the next sentence ("...in 2008. The CIA did kill...")."""
    last = dates[-1]
    if published and last.precision in ("year", "month") and last.last < published - dt.timedelta(days=60):
        return last
    return None


@dataclass
class _Context:
    article: ArticleView
    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    units: Units
    group: str
    last_destination: Place | None
    default_now: bool
    carried: DateMention | None

    @property
    def text(self) -> str:
        return self.sentence.text

    def candidates(self) -> list[Candidate]:
        if cues.RETRACTED.search(self.text):
            return []  # "officials initially said ..., but later corrected the account"
        triggers = [t for t in self._triggers() if self._asserted(t)]
        triggers = self._join_movements(self._join_kinetic(triggers))
        self._assign_dates(triggers)
        out: list[Candidate] = []
        kinetic_after: list[bool] = []
        for i, t in enumerate(triggers):
            end = triggers[i + 1].start if i + 1 < len(triggers) else len(self.text)
            if t.kind == "movement":
                cand = self._movement(t, end)
                found = [cand] if cand is not None else []
            else:
                found = self._kinetic(t, end)
            out.extend(found)
            kinetic_after.extend([any(x.kind != "movement" for x in triggers[i + 1:])] * len(found))
        return _tidy_movements(out, kinetic_after)

    # -- triggers and modality ------------------------------------------------
    def _triggers(self) -> list[_Trigger]:
        found: list[_Trigger] = []
        for m in cues.KINETIC.finditer(self.text):
            kind = "strike" if m.group("strike") else "attack" if m.group("attack") else "kill"
            word = m.group(0)
            if m.start() > 0 and word[0].isupper() and self.text[m.start() - 1] not in "\"“‘'(":
                continue  # part of a name: "Expeditionary Strike Group"
            found.append(_Trigger(kind, m.start(), m.end(), word,
                                  definite=_noun(word) and _definite(self.text[:m.start()])))
        if cues.FORCE.search(self.text):
            for m in cues.MOVEMENT.finditer(self.text):
                if m.group(0).lower() == "deployed" and self._stative(m):
                    continue
                found.append(_Trigger("movement", m.start(), m.end(), m.group(0),
                                      definite=_noun(m.group(0)) and _definite(self.text[:m.start()])))
        found.sort(key=lambda t: (t.start, -t.end))
        kept: list[_Trigger] = []
        for t in found:
            if kept and t.start < kept[-1].end:
                continue  # overlapping: keep the longer, earlier one
            if kept and kept[-1].kind == "movement" and t.kind == "movement" and t.start - kept[-1].end < 40:
                continue  # "sending ... on alert": one movement
            kept.append(t)
        return kept

    def _join_kinetic(self, triggers: list[_Trigger]) -> list[_Trigger]:
        """"Rockets struck", "a rocket attack hit": one act, reported by two words. The
        weapon decides the type (rockets are an attack whatever verb follows)."""
        out: list[_Trigger] = []
        for t in triggers:
            prev = out[-1] if out else None
            gap = self.text[prev.end:t.start] if prev else ""
            impact = prev is not None and cues.WEAPON_NOUN.match(prev.text) and cues.IMPACT_VERB.match(t.text) \
                and not re.search(r"[,;:—]|\b(?:and|but|while|which|who)\b", gap) and len(gap.split()) <= 8
            if prev and prev.kind != "movement" and t.kind in ("strike", "attack") and (
                    re.fullmatch(r"\s*(?:\w+\s+){0,1}", gap) or impact):
                if t.kind == "attack" or prev.kind == "kill":
                    prev.kind = t.kind if prev.kind != "attack" else prev.kind
                prev.end = t.end
                continue
            out.append(t)
        return out

    def _join_movements(self, triggers: list[_Trigger]) -> list[_Trigger]:
        """"would be deploying personnel ... on alert ..., to the Middle East" is one movement:
        a movement trigger with no place before the next one absorbs it."""
        out: list[_Trigger] = []
        for t in triggers:
            prev = out[-1] if out else None
            if prev and prev.kind == t.kind == "movement" and not any(
                    prev.end <= m.start - self.sentence.start < t.start for m in self.mentions if not m.modifier):
                continue
            out.append(t)
        return out

    def _stative(self, m) -> bool:
        """"10,000 troops deployed across the region" is posture, not a movement."""
        before = re.findall(r"[A-Za-z']+", self.text[:m.start()])[-1:]
        after = self.text[m.end():m.end() + 40].lower()
        return not (before and before[0].lower() in cues.AUXILIARY) and not re.search(r"\b(to|toward|towards|into|from)\b", after)

    def _window(self, t: _Trigger) -> list[str]:
        """Lower-case words of the trigger's clause before it (at most ten)."""
        head = self.text[:t.start]
        cut = max(head.rfind(ch) for ch in ",;:—–()\"“”")
        words = re.findall(r"[A-Za-z']+", head[cut + 1:])
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in cues.CLAUSE_BREAKS:
                words = words[i + 1:]
                break
        return [w.lower() for w in words[-10:]]

    def _asserted(self, t: _Trigger) -> bool:
        words = self._window(t)
        joined = " ".join(words)
        if any(w in cues.NEGATION or w.endswith("n't") for w in words):
            return False
        if t.kind == "movement":
            if cues.PLANNED.search(self.text):
                return True
            return not any(w in cues.HYPOTHETICAL - {"plan", "plans", "planned", "order", "orders"} for w in words)
        if any(w in cues.HYPOTHETICAL or w in cues.FUTURE for w in words):
            return False
        if words and words[-1] == "to" and not (len(words) > 1 and words[-2] in cues.ONGOING):
            return False  # "decided to strike", "plotting to kill"
        after = self.text[t.end:t.end + 12].lower()
        if re.match(r"\s*(plans?|plots?|threats?)\b", after):
            return False  # "attack plans"
        if t.kind == "kill":
            # Only a named U.S. or partner actor makes a killing a strike ("The CIA did kill").
            clause = self.text[:t.start][-80:]
            return bool(cues.FRIENDLY_ACTOR.search(_last_clause(clause).split(",")[-1])) and bool(joined)
        return True

    def _assign_dates(self, triggers: list[_Trigger]) -> None:
        if not triggers:
            return
        embedded = self._embedded_spans()
        for d in self.dates:
            start = d.start

            def cost(t, start=start):
                distance = abs(start - t.end) if start >= t.end else (t.start - start) + 50
                same = [span for span in embedded if span[0] <= t.start < span[1]]
                if same and not (same[0][0] <= start < same[0][1]):
                    distance += 1000
                return distance

            min(triggers, key=cost).dates.append(d)

    def _embedded_spans(self) -> list[tuple[int, int]]:
        """", which ... ," relative clauses: their triggers do not take outside dates."""
        spans = []
        for m in re.finditer(r",\s+(?:which|who|whom|whose)\b[^,;]*", self.text):
            spans.append((m.start(), m.end()))
        # "bombers that flew from the United States hit ...": the relative clause ends at the main verb
        for m in re.finditer(r"\b(?:that|which|who)\s+(?:\w+\s+){0,1}?(?:flew|sailed|arrived|came|left)\b[^,;]{0,60}?"
                             r"(?=\s(?:hit|struck|bombed|attacked|pounded|targeted)\b)", self.text):
            spans.append((m.start(), m.end()))
        return spans

    # -- arguments ----------------------------------------------------------
    def _when(self, t: _Trigger):
        """The trigger's own date; else a carried historical date; else, for a new report
        in breaking news ("now", an UPDATE block), the publication day."""
        if t.dates:
            d = min(t.dates, key=lambda d: {"day": 0, "week": 1, "month": 2, "year": 3}[d.precision])
            return d.first, d.last, d.precision
        if t.kind == "movement" and not self.dates and self.article.published and \
                cues.PROGRESSIVE_MOVE.search(self.text[:t.end]):
            return self.article.published, self.article.published, "day"  # "the Pentagon is sending ..."
        if self.carried is not None and not self.dates:
            return self.carried.first, self.carried.last, self.carried.precision
        clause = self.text[max(0, self.text.rfind(",", 0, t.start)):self._clause_end(t, len(self.text))]
        now = self.default_now or bool(cues.NOW.search(clause))
        if now and self.article.published and not self.dates and not t.definite:
            return self.article.published, self.article.published, "day"
        return None, None, "unknown"

    def _clause_end(self, t: _Trigger, end: int) -> int:
        """Where the trigger's own phrase ends: at a clause break, or at a comma that does
        not introduce a place (", Iraq") - and never more than 150 characters on."""
        hi = min(end, t.end + 150)
        starts = {m.start - self.sentence.start for m in self.mentions}
        for m in re.finditer(r"[;:(—“”\"]| – |,\s*|\s(?:and (?:it|they|he|she|we|has|had|was|for|to|then)|but|because|while|"
                             r"as well as|whether|although|though)\b", self.text[t.end:hi]):
            pos = t.end + m.start()
            if m.group(0).startswith(",") and (t.end + m.end() in starts or re.match(
                    r"(?:the|a|an|including|near|in|on|at|outside|inside|north|south|east|west) ",
                    self.text[t.end + m.end():])):
                continue  # "near Taji, Iraq"; an appositive ", the second ..."; ", including sites near"
            return pos
        return hi

    def _places_after(self, t: _Trigger, end: int, clause: bool = True) -> list[Mention]:
        """Places in the trigger's phrase: for a strike or attack they must be introduced by a
        preposition ("on", "near", "outside of"), not merely follow ("could lead Iran")."""
        hi = self._clause_end(t, end) if clause else min(end, t.end + 300)
        out = []
        for m in self.mentions:
            local = m.start - self.sentence.start
            if not t.end <= local < hi or (m.modifier and (clause or m.place.kind == "country")):
                continue
            gap = self.text[t.end:local]
            if clause and m.anaphor == "there":
                out.append(m)  # "struck a radar there"
                continue
            if clause and not (re.search(cues.PLACE_PREPOSITIONS, gap) or cues.IMPACT_GAP.fullmatch(gap)):
                continue  # neither "on/near/in X" nor a direct object ("besieged the embassy")
            if clause and re.search(r"\b(?:from|launched|fired from)\b", gap):
                continue  # "fired from a truck near Rashidiya": where it came from, not where it hit
            if clause and cues.INTENDED.search(gap) and any(
                    o.start > m.start for o in self.mentions if t.end <= o.start - self.sentence.start < hi):
                continue  # "a rocket aimed at the airport struck a house in Radwaniyah": it hit the house
            out.append(m)
        return out

    def _place_for(self, t: _Trigger, end: int) -> Place | None:
        after = self._places_after(t, end)
        if after:
            return after[0].place
        # Before the trigger, only the sentence's opening place ("The airport, which ..., came
        # under fire") or one close by in the same clause ("in Baghdad, a strike") counts.
        embedded = self._embedded_spans()
        head = self.text[:t.start]
        clause = max([head.rfind(ch) for ch in ",;:—("] + [-1]) + 1
        breaks = [m.end() for m in re.finditer(r"\b(?:%s)\b" % "|".join(cues.CLAUSE_BREAKS), head)]
        clause = max([clause] + breaks)
        for m in reversed(self.mentions):
            local = m.start - self.sentence.start
            if local >= t.start or m.modifier or any(a <= local < b for a, b in embedded):
                continue
            opening = re.fullmatch(r"\W*(?:(?:the|in|at|near|outside|from)\s+)?", self.text[:local], re.I)
            if opening or (local >= clause and t.start - local < 60):
                return m.place
        return None

    def _source(self) -> Source:
        s = self.sentence
        return Source(self.article.name, self.article.title, s.text, s.start, s.end)

    def _status(self, t: _Trigger | None = None, end: int | None = None) -> str:
        """Denials anywhere in the sentence dispute it ("...; the group denied firing them");
        doubt ("unconfirmed", "apparent") must sit in the trigger's own clause."""
        scope = self.text if t is None else self.text[:self._clause_end(t, end or len(self.text))]
        if cues.DISPUTED.search(self.text):
            return "disputed"
        if cues.UNCONFIRMED.search(scope):
            return "unconfirmed"
        return "confirmed"

    # -- kinetic events --------------------------------------------------------
    def _kinetic(self, t: _Trigger, end: int) -> list[Candidate]:
        before = self.text[max(0, t.start - 80):t.start]
        clause = self.text[t.start:self._clause_end(t, end)]
        target = self._target(self.text[t.start:end], kill=t.kind == "kill")
        near = _clause_tail(before)
        if re.search(r"\b(?:killed|wounded|injured|died|hurt|dead)\b", near):
            near = ""  # "fighters were killed in the bombardment": the named side is the victim
        friendly_actor = bool(cues.FRIENDLY_ACTOR.search(near))
        hostile_actor = bool(cues.HOSTILE_ACTOR.search(near))
        friendly_target = bool(cues.FRIENDLY_TARGET.search(target or clause[:80]))
        named_place = any(target and target in m.text or (m.text in target and len(m.text) > 3)
                          for m in self.mentions if target)
        hostile_target = bool(cues.HOSTILE_TARGET.search(target or "")) or bool(
            target and not friendly_target and target[:1].isupper() and not named_place)
        places = self._kinetic_places(t, end)
        if cues.WEAPON_NOUN.match(t.text) and cues.INTERCEPTED.search(_clause_tail(before) + clause):
            # "shot down drones over Jordan": an interception is an attack only on a defended site
            sites = [m.place for m in self.mentions if {"base", "embassy", "airport"} & category(m.place)]
            if not sites:
                return []
            places, friendly_target = [(sites[0], None)], True
            near_override = True
        else:
            near_override = False
        place = places[0][0] if places else None
        kind, certain = self._classify(t, near, clause, target, place, friendly_actor, hostile_actor,
                                       friendly_target, hostile_target)
        if near_override:
            kind, certain = "attack", True
        key = _target_key(target, self._group_before(t))
        if place is None and not (t.definite or key or t.dates):
            return []  # "a wave of bombs": nothing to place it or tie it to a known event
        status = self._status(t, end)
        actor = self._actor(self.text[:t.start], clause, kind, verbal=_verbal(t.text, before))
        out = []
        for place, day in places or [(None, None)]:
            first, last, precision = (day.first, day.last, day.precision) if day else self._when(t)
            out.append(Candidate(
                type=kind, status=status, first=first, last=last, precision=precision, place=place,
                recent=_recent(last, self.article.published), published=self.article.published,
                source=self._source(), actor=actor,
                target=target, target_key=key, fatalities=_fatalities(self.text[max(0, t.start - 150):]),
                aggregate=_aggregate(self.text[:t.start], t.text) and len(places) < 2, definite=t.definite,
                type_certain=certain,
                order=(self.article.name, self.sentence.start + t.start)))
        return out

    def _kinetic_places(self, t: _Trigger, end: int) -> list[tuple[Place, DateMention | None]]:
        """Where a strike or attack hit. A finer place inside the first one wins ("in eastern
        Syria, near Albu Kamal"); distinct precise places joined by "and" are one event each
        ("on Balad Air Base on Feb. 20 and on the Green Zone on Feb. 22")."""
        after = self._places_after(t, end)
        if not after:
            place = self._place_for(t, end)
            return [(place, None)] if place else []
        first = after[0]
        aggregate = _aggregate(self.text[:t.start], t.text)
        inside = [m for m in after[1:] if PRECISION_RANK[m.place.kind] < PRECISION_RANK[first.place.kind]
                  and _within(m.place, first.place)]
        chosen = inside[0] if inside and first.place.kind in ("country", "region") and not aggregate else first
        precise: list[Mention] = []
        for m in [chosen] + [m for m in after if m.start > chosen.start and not self._relative(m)]:
            if m.place.kind in ("site", "city") and not any(_within(m.place, p.place) or _within(p.place, m.place)
                                                            for p in precise):
                precise.append(m)
        gap_has_and = len(precise) > 1 and all(
            re.search(r"\band\b", self.text[a.end - self.sentence.start:b.start - self.sentence.start])
            for a, b in zip(precise, precise[1:]))
        if (chosen.place.kind in ("site", "city") or aggregate) and gap_has_and:
            return [(m.place, self._date_after(m, precise)) for m in precise]
        return [(chosen.place, None)]  # "11 rocket attacks on bases in Iraq, including ...": the summary's place

    def _relative(self, m: Mention) -> bool:
        """"north of Baghdad", "60 km from Dhahran": a landmark, not where the event was."""
        head = self.text[max(0, m.start - self.sentence.start - 30):m.start - self.sentence.start]
        return bool(re.search(r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)? of|from|outside of)\s+(?:the\s+)?$",
                              head, re.I)) and not head.rstrip().endswith("outside of")

    def _date_after(self, m: Mention, places: list[Mention]) -> DateMention | None:
        """The date written right after a place in an enumeration, before the next place."""
        later = [p.start for p in places if p.start > m.start]
        limit = later[0] if later else self.sentence.end
        dates = [d for d in self.dates if m.end - self.sentence.start <= d.start < limit - self.sentence.start]
        return dates[0] if dates else None

    def _classify(self, t, near, clause, target, place, friendly_actor, hostile_actor, friendly_target,
                  hostile_target) -> str:
        """Who hit whom decides the type, not the word: rockets at an embassy are an attack
        even when the text says "strike"; a U.S. raid on a militia is a strike."""
        if t.kind == "kill":
            return "strike", True
        if re.search(r"\bunder\s+(?:\w+\s+)?$", near):
            return "attack", True  # "U.S. forces came under rocket fire"
        if friendly_actor and not hostile_actor:
            return "strike", True
        if hostile_actor and not friendly_actor:
            return "attack", True
        if t.kind == "attack" and (friendly_target or not hostile_target):
            return "attack", bool(friendly_target) or not re.fullmatch(r"attacks?", t.text, re.I)
        if friendly_target and not hostile_target:
            return "attack", True
        if hostile_target:
            return "strike", True
        if place is not None and {"base", "embassy"} & category(place):
            return "attack", True
        # Nothing says who hit whom: the word decides, for now (a reference may still join either).
        return t.kind, False

    def _group_before(self, t: _Trigger) -> str:
        """The armed group last named before the trigger: what "the militia" refers to."""
        named = [g.group(0) for g in cues.HOSTILE_ACTOR.finditer(self.text[:t.start])
                 if g.group(0)[0].isupper() and g.group(0) not in cues.NOT_GROUPS]
        return named[-1] if named else self.group

    def _target(self, clause: str, kill: bool = False) -> str:
        for d in self.dates:
            # "a rocket attack on Feb. 15 on Erbil airport": the date is no target
            if d.text in clause:
                clause = clause.replace(d.text, "").replace("on  on ", "on ")
        rest = re.sub(r"^\S+(?:\s+(?:fire|attacks?|strikes?))?", "", clause, count=1)
        m = cues.TARGET_AFTER.match(rest)
        target = m.group("target").strip() if m else ""
        if re.fullmatch(r"(?:the )?(?:[A-Z][a-z]+day|[A-Z][a-z]{2}\.? \d.*|\d.*)", target):
            target = ""  # "on Thursday", "on Dec. 29": a date, not a target
        if not target:
            killed = cues.KILLED_NAME.search(clause[:120])
            if kill:  # "did kill Imad Mughniyeh": the object follows the verb
                killed = re.match(r"\S+(?: kill)?\s+((?:[A-Z][\w'’-]+\s?){1,4})", clause)
            target = killed.group(1).strip() if killed else ""
        if target[:1].isupper():
            target = re.match(r"(?:[A-Z][\w'’.-]*|al|bin|ibn|\s)+", target).group(0).strip()
        return target

    def _actor(self, before: str, clause: str, kind: str, verbal: bool = True) -> str:
        """Who acted: "by X" after the trigger, else the nearest actor named before it; a
        noun ("a rocket attack") only takes an actor from its own clause."""
        by = re.search(r"\b(?:by|from) ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,4}|unknown (?:militants|gunmen)|militants|militias?)", clause)
        if by and (kind == "attack" or cues.FRIENDLY_ACTOR.search(by.group(1))):
            return by.group(1)
        pattern = cues.FRIENDLY_ACTOR if kind == "strike" else cues.HOSTILE_ACTOR
        scopes = (_last_clause(before).split(",")[-1], _last_clause(before)) if verbal else (
            _last_clause(before).split(",")[-1],)
        for scope in scopes:
            hits = [m.group(0) for m in pattern.finditer(scope)
                    if kind == "strike" or m.group(0)[0].isupper() and m.group(0) not in cues.NOT_GROUPS]
            if hits:
                actor = hits[-1]
                return "U.S." if actor in ("US", "United States", "American", "Pentagon", "MQ-9", "Reaper") else actor
        return ""

    # -- deployments --------------------------------------------------------------
    def _movement(self, t: _Trigger, end: int) -> Candidate | None:
        origin, destination = None, None
        for m in self.mentions:
            local = m.start - self.sentence.start
            head = self.text[max(0, local - 25):local]
            near = t.end <= local < min(end, t.end + 120)
            if (near and cues.ORIGIN_CUES.search(head)) or re.search(r"\b(based|stationed) in\s+(?:the\s+)?$", head) or (
                    local < t.start and cues.ORIGIN_EXERCISE.search(self.text[max(0, local - 60):local])):
                origin = origin or m.place
        after = self._places_after(t, end, clause=False)
        for priority in (r"\b(to|toward|towards|into)\s+(?:various locations in\s+)?(?:the\s+)?$",
                         r"\bfor\s+(?:the\s+)?$", r"\b(at|in)\s+(?:the\s+)?$"):
            for m in after:
                local = m.start - self.sentence.start
                if origin is not None and (m.place is origin or _within(origin, m.place) or _within(m.place, origin)):
                    continue  # "from Barksdale Air Force Base in Louisiana": where the origin is
                if re.search(priority, self.text[max(0, local - 25):local], re.I):
                    destination = m.place
                    break
            if destination:
                break
        if destination is None and cues.ONWARD.search(self.text[t.end:]) and self.last_destination:
            destination = self.last_destination
        if destination is None and origin is None:
            return None
        unit_match = [u for u in cues.UNIT.finditer(self.text)]
        unit = _units_named(unit_match)
        inferred = False
        if origin is None:
            home = self.units.home(self.text)
            if home is not None and home is not destination:
                origin, inferred = home, True
        status = "planned" if cues.PLANNED.search(self.text) or _future(self._window(t)) else self._status(t, end)
        first, last, precision = self._when(t)
        return Candidate(
            type="deployment", status=status, first=first, last=last, precision=precision,
            place=destination, source=self._source(), origin=origin, origin_inferred=inferred,
            actor=self._actor(self.text[:t.start], "", "strike") or "", unit=unit, definite=t.definite,
            published=self.article.published,
            order=(self.article.name, self.sentence.start + t.start))


def _tidy_movements(cands: list[Candidate], kinetic_after: list[bool]) -> list[Candidate]:
    """Within one sentence: "arrived at Al Udeid ... after flying from Barksdale" is one movement
    (the origin joins the destination); "bombers that flew from the United States hit targets"
    is a strike's approach, not a deployment."""
    out: list[Candidate] = []
    for cand, kinetic in zip(cands, kinetic_after):
        if cand.type == "deployment" and cand.place is None:
            previous = next((c for c in reversed(out) if c.type == "deployment" and c.origin is None), None)
            if previous is not None:
                out[out.index(previous)] = replace(previous, origin=cand.origin, origin_inferred=cand.origin_inferred)
                continue
            if kinetic:
                continue
        out.append(cand)
    return out


def _units_named(matches) -> str:
    """The units a sentence names, most specific first: "USS Bataan, 26th Marine Expeditionary Unit"
    (a bare "Marines" only when nothing more precise is named)."""
    names: list[str] = []
    for m in sorted(matches, key=lambda m: -len(m.group(0))):
        name = m.group(0)
        if not any(name.lower() in n.lower() for n in names):
            names.append(name)
    specific = [n for n in names if len(n.split()) > 1] or names
    return ", ".join(sorted(specific[:2], key=lambda n: [m.group(0) for m in matches].index(n)))


def _recent(last: dt.date | None, published: dt.date | None) -> bool:
    return last is None or published is None or last >= published - dt.timedelta(days=60)


def _verbal(trigger: str, before: str) -> bool:
    """"besieged", "fired", "carried out that attack": the subject before it is the actor."""
    return bool(re.search(r"(?:ed|ing)$", trigger.lower())) or bool(
        re.search(r"\b(?:carried out|conducted|launched|claimed|staged|mounted)\s+(?:\w+\s+){0,3}$", before))


def _noun(trigger: str) -> bool:
    """Only a noun can be a reference back ("the strike", "these deployments")."""
    return not re.search(r"(?:ed|ing)$|^(?:hit|hits|struck|flew|flown|sent|did kill)$", trigger.lower())


def _definite(before: str) -> bool:
    """Is the trigger's noun phrase definite ("the Thursday strike", "that attack")?"""
    words = [w.lower() for w in re.findall(r"[\w'’.-]+", before)[-5:]]
    for i in range(len(words) - 1, -1, -1):
        low = words[i]
        if low in ("that", "this") and i + 1 < len(words) and words[i + 1] in cues.PRONOUNS:
            return False  # "that it would be deploying": a conjunction, not a determiner
        if low in ("the", "this", "that", "these", "those", "its", "their", "his", "her", "any", "either"):
            return True
        if low in ("a", "an", "another") or low in cues.AUXILIARY or low in cues.FUTURE or low in cues.PRONOUNS:
            return False
        if low in cues.CLAUSE_BREAKS or low in ("of", "on", "in", "for", "and", "or", "by", "to"):
            return False
    return False


def _future(words: list[str]) -> bool:
    return any(w in cues.FUTURE or w in ("decided", "plans", "plan") for w in words)


def _clause_tail(text: str) -> str:
    """The part of ``text`` in the same clause as what follows it (after the last comma,
    dash or quote, and after the last "that", "which", "when" ...)."""
    tail = _last_clause(text).split(",")[-1]
    breaks = list(re.finditer(r"\b(?:%s)\b" % "|".join(cues.CLAUSE_BREAKS | {"and"}), tail))
    return tail[breaks[-1].end():] if breaks else tail


def _last_clause(text: str) -> str:
    cut = max(text.rfind(ch) for ch in ";:—(\"“”")
    return text[cut + 1:]


def _target_key(target: str, group: str) -> str:
    if not target:
        return ""
    low = fold(target)
    if re.search(r"\b(the|that) (militia|group)\b", low) and group:
        return fold(group).split()[-1]
    # Only a proper name identifies a target ("Qassem Soleimani", "Kata'ib Hezbollah");
    # a description ("the Quds Force commander", "K-1 base") may name anyone.
    last = re.findall(r"[\w'’-]+", target)[-1:]
    if last and last[0][0].isupper() and last[0] not in ("U.S", "US", "American", "Iraqi", "Iranian"):
        return fold(last[0])
    return ""


def _fatalities(text: str) -> int | None:
    head = text[:400]
    best = None
    for pattern in cues.FATALITIES:
        m = pattern.search(head)
        if not m:
            continue
        raw = (m.groupdict().get("n") or m.groupdict().get("plus") or "").lower()
        n = int(raw) if raw.isdigit() else cues.NUMBER_WORDS.get(raw)
        if n is None:
            continue
        if m.groupdict().get("plus"):
            n += 1
        best = max(best or 0, n)
    return best


def _aggregate(before: str, trigger: str) -> bool:
    """"11 rocket attacks": a count of events, never merged into a single one ("three
    rockets" is one attack)."""
    if not re.search(r"(?:attacks|strikes|raids|bombings|assaults|ambushes)$", trigger, re.I):
        return False
    m = re.search(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several)\s+(?:\w+\s+)?$", before)
    return bool(m) and m.group(1) not in ("1", "one")
