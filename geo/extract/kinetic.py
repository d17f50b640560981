"""Strikes and attacks: who hit whom, where, and how many were killed.

The type comes from the sides, not the word: rockets at an embassy are an attack
even when the text says "strike"; a U.S. raid on a militia is a strike.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass, replace

from geo.records import Candidate, Mention, Place
from geo.dates import DateMention
from geo.extract import cues, lexicon
from geo.extract.sentence import (_IN_BRACKETS, Trigger, _clause_tail, _last_clause, _open_area, _province, _recent,
                                  _verbal)
from geo.gazetteer import PRECISION_RANK, names_place
from geo.gazetteer import within as _within
from geo.mentions import category
from geo.text import fold

# Friendly actors the summary names as the United States.
_US = frozenset({"US", "U.s.", "United States", "American", "Pentagon", "MQ-9", "Reaper", "USS", "U.S. Navy", "Navy",
                 "destroyer", "warship"})  # and the arms only the United States fields (``cues.US_ARMS``)
# Israel as its enemies' outlets name it: "the IOF struck", "the Zionist enemy's jets".
_ISRAEL = frozenset({"IOF", "Zionist"})


@dataclass(frozen=True)
class Sides:
    """Who acts and who is hit: the words around a trigger, read for each side."""

    friendly_actor: bool
    hostile_actor: bool
    friendly_target: bool
    hostile_target: bool
    others_hit: bool = False  # "an Iranian frigate was hit": another state's arms hit, told with no side of ours
    actor_words: str = ""  # the words the actor was read from ("" where the subject was hit)


class KineticReader:
    """Strike and attack reports of a sentence (mixed into the sentence reader)."""

    def _kinetic(self, t: Trigger, end: int) -> list[Candidate]:
        told = t.weapon.start if t.weapon is not None else t.start  # "jets fired missiles ..., and two hit": who fired
        before = self.text[max(0, told - _NEAR):told]
        clause = self.text[t.start:self._clause_end(t, end)]
        target = self._target(self.text[t.start:end], kill=t.kind == "kill")
        # "U.S. officials identified ...", "U.S. forces observed drones ...": not the actor
        # (who spoke is struck from a wider stretch: "A spokesperson for the coalition tweeted, announcing")
        near = _clause_tail(cues.without_onlookers(self.text[max(0, told - _SPEAKER_REACH):told])[-_NEAR:])
        if re.fullmatch(r"\s*(?:which\s+)?", near) and (antecedent := _ANTECEDENT.search(before)):
            near = antecedent.group(1) + " "  # "two F-15 jets, which fired on the plant": the jets acted
        elif (re.match(r"\s*(?:its|their)\b", near) or re.fullmatch(r"\s*(?:they|we)\s+(?:had\s+|have\s+)?", near)) \
                and (owner := _OWNER_SAID.search(before[:len(before) - len(near)])):
            near = owner.group(1) + near  # "Iran said its jets bombed ...", "the rebels said they hit": who says so
        elif not near.strip() and t.text.lower().endswith("ing") and before.rstrip().endswith(","):
            # "the U.S. launched its biggest air strike since 1986, bombing ...": the clause's subject did
            near = _last_clause(before.rstrip()[:-1]).split(",")[-1] + " "
        near = _FROM_PLACE.sub(" ", near)  # "flew out from an Iranian air base to conduct strikes": whose base
        near = _JET_FIGHTERS.sub(r"\1 jets", near)  # "Four CF-18 fighters dropped bombs": aircraft, not militants
        if _ALLIES_OPEN.match(near) and before.endswith(near) and (
                other := _CONJUNCT_BEFORE.search(before, 0, len(before) - len(near))):
            near = other.group(0) + near  # "Houthi fighters and allied troops attacked": allies of the Houthis
        shots = cues.SHOTS.fullmatch(t.text)
        crowd = cues.FIRED_ON_CROWD.match(self.text, t.end) if shots else None
        if shots and (crowd and not cues.CARRYING_OURS.match(self.text, crowd.end())
                      or cues.POLICE_FIRING.search(_clause_tail(before))):
            return []  # "riot police fired on the demonstrators", "guards opened fire on a car": no side's act
        if cues.CLASH.fullmatch(t.text) and not self._clash_of_arms(t, near):
            return []  # "protesters clashed with police in the capital", "ministers clashed over the budget": no act
        if harmed := list(cues.HARMED.finditer(near)):
            # "fighters were killed in the bombardment", "personnel suffered injuries in": the victims; who
            # struck may still stand after them ("four soldiers killed in Israeli attack on Damascus")
            tail = near[harmed[-1].end():]
            near = tail if _HARMED_IN.match(tail) else ""
        sides = self._sides(t, near, clause, target)
        agent = _AGENT.match(self.text, t.end)  # "missile attacks by Yemen's Houthi rebels": the actor is named
        if agent is None and t.head_end is not None:
            agent = _AGENT.match(self.text, t.head_end)  # "missiles fired by U.S. ships ... struck": the weapon's
        if agent:
            hostile = bool(cues.HOSTILE_ACTOR.search(agent.group("who")))
            friendly = bool(cues.FRIENDLY_ACTOR.search(agent.group("who")))
            if hostile != friendly:  # one side named, not both
                sides = replace(sides, hostile_actor=hostile, friendly_actor=friendly)
            elif not hostile:
                sides = replace(sides, actor_words=agent.group("who"))  # "by Ukrainian drones": a state, maybe
        places = self._kinetic_places(t, end)
        if not (sides.friendly_actor or sides.hostile_actor) and sides.actor_words:
            sides = self._at_war(sides, f"{target} {clause[:80]}", places, self.text[:told])
        if not sides.friendly_actor and (sides.others_hit or cues.DOWNED_AIRCRAFT.fullmatch(t.text) and
                                         cues.OTHER_STATES_ARMS.search(before)):
            return []  # "an Iranian frigate was hit", "rebels shot down a Russian aircraft": no act by or on us
        # the victims are told before the blow, or are the kill itself ("two British soldiers were killed")
        kill = t.kind == "kill"
        victims = cues.FRIENDLY_VICTIMS.search(self.text, max(0, t.start - 150), t.end if kill else t.start) \
            or kill and (cues.OURS_KILLED.match(self.text, t.end)  # "shot dead two U.S. soldiers"
                         or cues.OURS_WERE_KILLED.search(self.text, max(0, t.start - 80), t.start))
        if victims:
            sides = replace(sides, friendly_target=True)  # "three U.S. soldiers were killed ... in a drone strike"
            if sides.friendly_actor and not cues.FRIENDLY_ACTOR.search(
                    self.text[max(0, t.start - 150):victims.start()] + " " + self.text[victims.end():t.start]):
                sides = replace(sides, friendly_actor=False)  # "French soldiers were killed when ...": our dead
        if cues.STRUCK_A_BOMB.match(self.text, t.end) and (victims or sides.friendly_actor):
            sides = replace(sides, friendly_actor=False, friendly_target=True)  # "their vehicle struck a mine"
        if cues.FOREIGN_FACILITY.search(target or clause[:80]) and not sides.friendly_actor:
            return []  # "protesters stormed the Iranian consulate in Basra": not a side this map follows
        if not t.dates and cues.FIRST_TIME.search(self.text):
            if not t.definite:
                return []  # "the first time the capital has been attacked": the past, compared
            places = []  # "The raid marks the first time ...": the raid is told elsewhere
        lost = self._aircraft_lost_or_intercepted(t, before, clause, places)
        if lost is not None:
            if not lost:
                return []  # an interception the text places nowhere
            places, sides = lost, replace(sides, friendly_target=True)
        place = places[0][0] if places else None
        fallen = self._fallen_to(t, place) if cues.FALLEN.fullmatch(t.text) else None
        if fallen == "":
            return []  # "a town in central Mali had fallen to Islamists", "prices fell to $78": no town taken
        # ("the Tu-95MS bombers, flying from Russian territory, attacked ...": the aside's subject flew them)
        flown = near if _air_or_sea_power(near) else near + " " + self._aside_subject(t, near)
        kind, certain = self._classify(t, flown, clause, target, place, *astuple(sides)[:4])
        if t.kind == "kill" and victims and not sides.friendly_actor and not cues.MISHAP.search(self.text):
            kind = "attack"  # "three French soldiers were killed when their truck struck a mine": our dead
        if lost is not None:
            # "with Iranian air defences intercepting many missiles near Tehran": fire at the hostile side is
            # a strike (not "Iranian air defences shot down a U.S. Navy drone": our aircraft lost)
            at_them = not _ours_downed(before, t.text) and (cues.HOSTILE_DEFENCES.search(before + clause)
                                                              or _ours_intercepted(before, t.text))
            kind, certain = ("strike" if at_them else "attack"), True
        if self._ground_entry(t, sides, place) or fallen == "deployment" \
                or kind == "strike" and _ground_assault(t, place, f"{near} {clause[:120]}"):
            kind, certain = "deployment", True  # "troops raided the town of Qabatiya": a move into it
        key = _target_key(target, self._group_before(t))
        if place is None and not (t.definite or key or t.dates):
            return []  # "a wave of bombs": nothing to place it or tie it to a known event
        plural = t.text.lower().endswith("s")
        # "the third such attack in the last two weeks": a span that counts a series; its latest act is new
        span = any(not cues.NTH_OF_SERIES.search(self.text, max(0, m.start() - 80), m.start())
                   for m in cues.RECENT_SPAN.finditer(self.text))
        series = cues.SERIES_OF.search(before) and not any(m.place.kind not in ("country", "region")
                                                           for m in self._places_after(t, end))
        if not t.dates and (cues.CAMPAIGN.search(before) or series or plural and span) \
                or plural and self._since_campaign(t) or (
                plural and cues.SINCE_AFTER.match(self.text, t.end)
                and not any((d.last - d.first).days <= 14 for d in t.dates)):
            # "after months of strikes on U.S. forces", "in recent weeks, bases have come under attacks",
            # "attacks blamed on Iran in recent years", "have launched attacks since November", "Since last
            # November, the rebels have fired scores of drones": background
            return []
        answered = cues.ANSWERED.search(before) if plural else None
        if answered and not any(d.start >= t.start - len(before) + answered.start() for d in t.dates) \
                and all(m.place.kind in ("region", "country") for m in self._places_after(t, end)):
            # "in response to attacks on U.S. troops in the region" (not "... attacks on Jeddah"), whatever
            # day the answer was told ("On Sunday, the Pentagon announced, in response to recent attacks ...")
            return []
        status = self._status(t, end)
        actor = self._actor(self.text[:t.start], clause, kind, verbal=_verbal(t.text, before))
        own = cues.actor_countries(actor)
        abroad = [(p, d) for p, d in places if not (p is not None and p.kind == "country" and p.country in own)]
        if len(abroad) < len(places):
            # "US and British airstrikes": an actor's own country is not where it hit
            places = abroad
            if not places and (heard := self._first_placed_by(cues.HEARD_NEAR, 80)):
                places = [(heard, None)]  # "sirens sounded in Eilat after an attack by the Houthis in Yemen"
            if not places and not (t.definite or key or t.dates):
                return []
        # not the toll of the next act told, nor of the one before ("shells killed seven ..., while an air
        # strike destroyed a house, killing nine")
        told_before = [m.end() for m in cues.KINETIC.finditer(self.text, 0, t.start) if m.group("strike") or m.group("attack")]
        if told_before:  # "..., while an air strike ...": the turn to this act, after another one told
            told_before += [m.end() for m in _OTHER_ACT_OPENS.finditer(self.text, told_before[0], t.start)]
            told_before.sort()
        fatalities = _fatalities(self.text[max(0, t.start - 150, *told_before[-1:]):end])
        if t.definite and not t.dates and (cues.JUDGED.search(self.text[max(0, t.start - 60):t.start])
                                           or cues.TIME_OF.search(self.text[max(0, t.start - 60):t.start])):
            # "Tehran condemned the Israeli attacks on bases in ...", "at the time of the attacks, ...": an
            # event told elsewhere; it may add its sentence as a source, never an event of its own
            places, place = [], None
        if t.definite and place is None:
            # "the rockets", "the attack": a reference adds its sentence as a source; who did what
            # to whom in that sentence belongs to its own verb, not to the event referred to
            target = key = actor = ""
            fatalities = None
        days = sorted({d.first: d for d in t.dates if d.precision == "day"}.values(), key=lambda d: d.start)
        if len(places) <= 1 and len(days) > 1 and re.search(r"\band\b", self.text[days[0].end:days[1].start]):
            # "on Sunday and again on Wednesday, missiles targeted ...": two attacks
            places = [(places[0][0] if places else None, d) for d in days]
        out = []
        named = [p for p, _ in places if p is not None and names_place(target, p)]
        for place, day in places or [(None, None)]:
            first, last, precision = (day.first, day.last, day.precision) if day else self._when(t)
            if named and place not in named:
                target = key = ""  # "hit Balad Air Base on Monday and the Green Zone": the target is the first's
            out.append(Candidate(
                type=kind, status=status, first=first, last=last, precision=precision, place=place,
                recent=_recent(last, self.article.published), published=self.article.published,
                source=self._source(), actor=actor,
                target=target, target_key=key, fatalities=fatalities,
                explicit=bool(cues.CONFIRMED.search(self.text)) and status == "confirmed",
                aggregate=_aggregate(self.text[:t.start], t.text) and len(places) < 2, definite=t.definite,
                distinct=t.distinct, type_certain=certain,
                order=(self.article.name, self.sentence.start + t.start)))
        return out

    def _since_campaign(self, t: Trigger) -> bool:
        """Does the sentence open on a campaign's start ("Since last November, the rebels have fired scores
        of drones") and the trigger stand in that opening clause? A start within two weeks of the report
        is news ("Since Dec. 28, jets have struck ..."), and so is what a later clause tells ("..., and on
        Monday U.S. airstrikes hit radar sites")."""
        since = cues.SINCE_OPENING.match(self.text)
        if not since or any(d.start < since.end() and self.article.published is not None
                            and (self.article.published - d.first).days <= 14 for d in self.dates):
            return False
        turn = _CLAUSE_TURN.search(self.text, since.end())
        return turn is None or t.start < turn.start()

    def _at_war(self, sides: Sides, target: str, places: list, before: str) -> Sides:
        """A state at war beyond the seed crisis acts for its side (``lexicon.WARS``): "Ukrainian drones hit a
        depot in Bryansk" is a partner's strike, "Armenian rockets hit Ganja" an attack, whatever the verb; not
        a foe state's fire on armed groups ("Afghan troops attacked Taliban positions"). The actor's conjunct
        counts ("Chinese and Indian troops clashed": both sides)."""
        place = places[0][0] if places else None
        words = sides.actor_words
        if words.strip() and (pair := re.search(r"([\w.'’-]+\s+(?:and|&)\s+)" + re.escape(words.strip()) + r"\s*$",
                                                before)):
            words = pair.group(1) + words
        role = cues.war_role(words, self.article.whole, place.country if place is not None else None)
        if role == "foe" and cues.HOSTILE_ACTOR.search(target):
            return sides
        return replace(sides, friendly_actor=role == "partner", hostile_actor=role == "foe")

    def _aside_subject(self, t: Trigger, near: str) -> str:
        """"Two U.S. Navy destroyers, the USS Porter and the USS Ross, fired missiles", "Dutch jets, flying from
        Italy, bombed": the subject before an aside set off by commas, when the words before the trigger are only
        the aside's end; "" when there is none, or it lists sides ("British, Dutch and French jets" is one)."""
        if not (re.match(r"\s*\w+ed\b", near) or not near.strip() and self.text[:t.start].rstrip().endswith(",")):
            return ""
        # (not a place's aside: "from the Hamedan air base (Islamic Republic of Iran), conducted")
        before = _last_clause(_IN_BRACKETS.sub(" ", self.text[:t.start]))
        subject = _FROM_PLACE.sub(" ", cues.SPEAKER.sub("", before))
        return "" if cues.CLAUSE_BREAK_OR_AND.search(_NAMES_LISTED.sub(" ", subject.rsplit(",", 2)[0])) else subject

    def _sides(self, t: Trigger, near: str, clause: str, target: str) -> Sides:
        """Who acts and who is hit, as far as the words around the trigger say."""
        friendly_actor = bool(cues.FRIENDLY_ACTOR.search(near))
        hostile_actor = cues.hostile_in(near)
        actor_words = near
        if not (friendly_actor or hostile_actor) and (subject := self._aside_subject(t, near)):
            friendly_actor = bool(cues.FRIENDLY_ACTOR.search(subject))
            hostile_actor = cues.hostile_in(subject)
            actor_words = subject
        passive = bool(cues.PASSIVE_AUX.search(near)) and _participle(t.text) or bool(cues.TARGETED_WITH.search(near)) \
            or _participle(t.text) and self.text.startswith(" by ", t.start + len(t.text)) \
            or bool(_CAME_UNDER.match(t.text) or cues.DOWNED_PASSIVE.search(t.text))  # "convoy struck by a bomb",
        # "a frigate came under fire", "a U.S. helicopter was shot down"
        hit_by = cues.HIT_BY.search(near) or cues.TARGET_OF.search(near)
        if hit_by:
            # "a U.S. outpost was hit by three drones": the trigger names the weapon of a passive; its
            # subject was hit, and who fired, if anyone, is named in the by-phrase ("by U.S. missiles")
            agent, near, passive = hit_by.group("agent"), near[:hit_by.start()], True
            actor_words = agent
            friendly_actor = bool(cues.FRIENDLY_ACTOR.search(agent))
            hostile_actor = cues.hostile_in(agent)
        # "targeted American and coalition troops": an adjective alone still names our side; "a base"
        # is ours unless the target names a hostile owner ("a Hashd Shaabi base")
        # ("fired drones at Saudi oil facilities": a target cut to a partner's adjective reads on in the clause)
        scope = clause[:_NEAR] if cues.PARTNER_PEOPLE.fullmatch(target) else target or clause[:_NEAR]
        friendly = [f.group(0) for f in cues.FRIENDLY_TARGET.finditer(scope)
                    if not cues.ALONGSIDE.search(scope, 0, f.start())]  # not "a raid with Iraqi troops"
        if friendly and all(cues.GENERIC_FRIENDLY.match(f) for f in friendly) and (
                cues.HOSTILE_TARGET.search(target) or _air_or_sea_power(near) and not hostile_actor):
            friendly = []  # "warplanes bombed bases near the port": air power the other side lacks, on theirs
        held = _HELD_BY.search(clause, 0, _SPEAKER_REACH)
        if friendly and held and cues.HOSTILE_ACTOR.search(clause, held.end(), held.end() + 40):
            # "hit a former military base that had been taken over by al-Qaida militants": theirs now
            friendly, hostile_subject_held = [], True
        else:
            hostile_subject_held = False
        friendly_target = bool(friendly) or bool(
            re.fullmatch(r"(?:U\.S\.|US|American|coalition|allied|British|French|Israeli|Turkish)", target))
        if friendly_target and friendly_actor and not cues.FRIENDLY_ACTOR.search(cues.PARTNER_ALLIES.sub(" ", near)):
            friendly_actor = False  # "Kurdish and allied forces fired at a Turkish base": ours only against foes
        hostile_subject = False
        # "an Iranian frigate was hit", "a Syrian warplane was shot down": another state's arms, whose the subject is
        others = passive and _others_arms(f"{near} {t.text}")
        if passive:
            # "a coalition convoy was ambushed": the subject is the target, not the actor
            # ("a Saudi frigate was attacked", "a fighter jet was hit": a warship or warplane hit is a state's, ours)
            friendly_target = friendly_target or (friendly_actor and not hit_by) or bool(
                re.search(r"\b(?:[Cc]oalition|U\.S\.|US(?=-led)|American)\b", near) or cues.SHIPPING.search(near)
                or _air_or_sea_power(near) and not (hostile_actor or others))
            if hit_by:
                hostile_subject = bool(cues.HOSTILE_TARGET.search(near)) and not friendly_target
            else:
                hostile_subject = hostile_actor and not friendly_target
                friendly_actor = hostile_actor = False
                actor_words = ""
        aimed = cues.AIMED_AT_FOE.search(near)
        if aimed and hostile_actor and not cues.HOSTILE_ACTOR.search(near, 0, aimed.start()):
            # "an operation targeting the head of the Islamic State in a raid": the group is what was hit
            hostile_actor, hostile_subject, actor_words = False, True, ""
        named_place = any(target and target in m.text or (m.text in target and len(m.text) > 3)
                          for m in self.mentions if target)
        # (a convoy named as ours is no hostile convoy: "a convoy carrying coalition supplies")
        hostile_target = bool(cues.HOSTILE_TARGET.search(cues.FRIENDLY_TARGET.sub(" ", target or "") if friendly
                                                         else target or "")) or bool(
            target and not friendly_target and target[:1].isupper() and not named_place) or hostile_subject \
            or hostile_subject_held
        return Sides(friendly_actor, hostile_actor, friendly_target, hostile_target,
                     others_hit=others and not friendly_target, actor_words=actor_words)

    def _aircraft_lost_or_intercepted(self, t: Trigger, before: str, clause: str, places: list):
        """None for an ordinary report; else the places of an attack. Our aircraft shot down
        ("Iran shot down a U.S. Navy surveillance drone") is one where the text places it;
        hostile drones or missiles shot down are one on the defended site named, on the town
        they were aimed at, else where the text says they were brought down ("over the Red Sea
        near the port"), or on nothing ([]) when it names no place or only countries crossed
        ("shot down drones over its territory", "over Jordan and Iraq")."""
        if _ours_downed(before, t.text):
            return places or [(None, None)]  # placed or not, still an event
        if cues.WEAPON_NOUN.match(t.text) and (caught := cues.INTERCEPTED.search(_clause_tail(before) + clause)):
            if cues.BY_WEAPON_AGENT.search(before):
                return []  # "the drone was downed by a missile": the downing, told by what was downed
            sites = [m.place for m in self.mentions if {"base", "embassy", "airport"} & category(m.place)]
            if not sites and cues.TOWARD_SHIP.search(self.text):
                return [(None, None)]  # "shot down a drone headed toward the ship": placed by where the ship was
            aimed = [m for m in self.mentions if not m.modifier and m.place.kind in ("city", "site")
                     and _AIMED_AT.search(self.text, max(0, m.start - self.sentence.start - 60), m.start - self.sentence.start)]
            if sites:
                return [(sites[0], None)]
            # "toward Riyadh": its target; "at the southern cities of Abha, Jazan and Najran": one each
            if aimed:
                return [(m.place, None) for m in self._listed(aimed[0], self.mentions)]
            if t.definite or caught.group(0).lower() == "destroyed":
                return []  # "the drone was downed near Jask": told already; "destroyed a missile": maybe on the ground
            # "shot down over the Red Sea", "near Eilat"; not "over Jordan, Iraq and Syria": a barrage in transit
            return [(p, d) for p, d in places if p is not None and p.kind != "country"]
        return None

    def _kinetic_places(self, t: Trigger, end: int) -> list[tuple[Place, DateMention | None]]:
        """Where a strike or attack hit. A finer place inside the first one wins ("in eastern
        Syria, near Albu Kamal"); distinct precise places joined by "and" are one event each
        ("on Balad Air Base on Feb. 20 and on the Green Zone on Feb. 22")."""
        tally = self._tally(t, end)
        if len(tally) > 1:
            # "seven air strikes in Iraq on Friday, three near Mosul, two in Sinjar and one in Kasik": one event each
            return [(m.place, None) for m in tally]
        after = self._places_after(t, end)
        if not after:
            place = self._place_for(t, end)
            return [(p, None) for p in self._list_ending_in(place, t)] if place else []
        first = after[0]
        aggregate = _aggregate(self.text[:t.start], t.text)
        inside = [m for m in after[1:] if PRECISION_RANK[m.place.kind] < PRECISION_RANK[first.place.kind]
                  and (_within(m.place, first.place) or self._near_town(first, m))]
        chosen = inside[0] if inside and first.place.kind in ("country", "region") and not aggregate else first
        listed = self._listed(chosen, after)
        spread = aggregate or chosen.place.kind in ("site", "city") or _province(chosen.place) or t.text.endswith("s") \
            or _open_area(chosen.place) \
            or bool(cues.SEVERAL_HIT.fullmatch(self.text, t.end, first.start - self.sentence.start))
        if len(listed) > 1 and spread:
            # "on weapons sites in Baghdad, Babil and Karbala", "in Syria and Iraq": one event each
            days = [self._date_after(m, listed) for m in listed]
            if days[-1] is not None and not any(days[:-1]):
                days = [days[-1]] * len(days)  # "in Iraq and Syria on January 6": the one day is every item's
            return [(m.place, day) for m, day in zip(listed, days)]
        return [(chosen.place, None)]  # "11 rocket attacks on bases in Iraq, including ...": the summary's place

    def _clash_of_arms(self, t: Trigger, near: str) -> bool:
        """Is a clash one between armed sides, or fighting told as such ("heavy clashes erupted"), and no crowd's?"""
        parties = near + self.text[t.end:t.end + 60]
        return not cues.CLASH_OF_CROWDS.search(parties) and bool(
            cues.ARMED_PARTY.search(parties) or cues.FIGHTING_CLASH.match(self.text, t.end)
            or cues.FIGHTING_BEFORE.search(self.text, max(0, t.start - 20), t.start))

    def _fallen_to(self, t: Trigger, place) -> str:
        """A town that fell to an armed side: "deployment" when to ours or a partner's ("fell to Ukrainian
        forces", "to government troops"), "attack" when to the other side ("fell to the Taliban despite American
        air support"); "" when no town fell to an armed side ("a town in central Mali", "prices fell to $78",
        "the decision is in the hands of the court") or only a year says when ("in the hands of rebels since 2015")."""
        taker = _TAKER.match(self.text, t.end)
        taker = taker.group(0) if taker else ""
        if place is None or place.kind not in ("city", "site") or not cues.ARMED_PARTY.search(taker) \
                or t.dates and all(d.precision == "year" for d in t.dates) or not any(
                m.place == place and _FALLEN_GAP.fullmatch(self.text, m.end - self.sentence.start, t.start)
                and not _FALLEN_NOT_SUBJECT.search(self.text, max(0, m.start - self.sentence.start - 30),
                                                   m.start - self.sentence.start)
                for m in self.mentions):
            return ""  # (the town is what fell: not "responsibility for security in Kirkuk fell to the peshmerga")
        role = cues.war_role(taker, self.article.whole, place.country)
        if cues.HOSTILE_ACTOR.search(taker) or role == "foe":
            return "attack"
        ours = cues.FRIENDLY_ACTOR.search(taker) or cues.PARTNER_FORCE.search(taker) or role == "partner" \
            or re.match(r"\s+(?:the\s+)?(?:government|army|national army)\b", taker, re.I)
        return "deployment" if ours else "attack"

    def _ground_entry(self, t: Trigger, sides, place) -> bool:
        """Did a ground force, not a hostile one, raid or storm the place itself (a town, a camp, a
        region: its name the trigger's object), not a house or a compound in it, and not from the air?"""
        if place is None or place.kind not in ("city", "region") or sides.hostile_actor or sides.friendly_target \
                or not cues.GROUND_ENTRY.fullmatch(t.text):
            return False
        subject = _clause_tail(self.text[max(0, t.start - 80):t.start])
        if not cues.FORCE.search(subject) or cues.AIR_ARM.search(subject + " " + t.text) \
                or cues.HOSTILE_ACTOR.search(subject) or cues.DEFENDED.search(subject):
            return False
        return any(m.place == place and _ENTRY_OBJECT.fullmatch(self.text, t.end, m.start - self.sentence.start)
                   for m in self.mentions)

    def _tally(self, t: Trigger, end: int) -> list[Mention]:
        """The places a count of acts is shared out over, after the trigger ("12 strikes in Syria:
        eight near Raqqa and four near Deir ez-Zor"); each named once, the first of each item."""
        out = []
        for m in self.mentions:
            local = m.start - self.sentence.start
            if t.end <= local < end and not m.modifier and m.place not in [o.place for o in out] \
                    and _TALLY_ITEM.search(self.text, max(0, local - 60), local):
                out.append(m)
        return out

    def _near_town(self, sea: Mention, m: Mention) -> bool:
        """Is ``m`` a town or site named as what a sea or a wide region was near, right after it
        ("over the Red Sea near Eilat")?"""
        return (not sea.place.country and m.place.kind in ("city", "site")
                and bool(cues.NEAR_TOWN.fullmatch(self.sentence.text, sea.end - self.sentence.start,
                                                  m.start - self.sentence.start)))

    def _list_ending_in(self, place: Place, t: Trigger) -> list[Place]:
        """``place``, named before the trigger, with the towns or sites listed before it in the
        same phrase ("the depots in Abqaiq and Khurais were hit"): one event each."""
        before = [m for m in self.mentions if not m.modifier and m.start - self.sentence.start < t.start]
        last = next((m for m in reversed(before) if m.place.id == place.id), None)
        if last is None or not (last.place.kind in ("site", "city") or _province(last.place)):
            return [place]
        for first in before:
            if first is last:
                break
            listed = self._listed(first, before)
            if listed[-1] is last:
                return [m.place for m in listed]
        return [place]

    def _date_after(self, m: Mention, places: list[Mention]) -> DateMention | None:
        """The date written right after a place in an enumeration, before the next place."""
        later = [p.start for p in places if p.start > m.start]
        limit = later[0] if later else self.sentence.end
        after = m.end - self.sentence.start
        run_on = _RUN_ON.search(self.text, after, limit - self.sentence.start)  # '... Gaza Strip."Since the Oct. 7 ...'
        limit = run_on.start() + self.sentence.start if run_on else limit
        # "in Iraq and Syria in retaliation for the Jan. 28 attack": that day is the answered act's
        dates = [d for d in self.dates if after <= d.start < limit - self.sentence.start
                 and not self._answered_day(after, d)]
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
        if place is not None and place.country in cues.HOSTILE_HOMELANDS and not (hostile_actor or friendly_target) \
                and place.kind != "country" and (t.kind == "strike" or cues.AIR_WEAPON.match(t.text)):
            return "strike", True  # "missiles aimed at radar systems in the border provinces of Ilam and Khuzestan"
        if place is not None and place.country in cues.HOSTILE_HOMELANDS and not (hostile_actor or friendly_target) \
                and place.kind != "country" and re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", near) \
                and t.text.lower() == "attacked":
            return "strike", False  # "Tabriz was attacked late Friday": a town there hit, no one named, as above
        if t.kind == "attack" and _air_or_sea_power(near) and not (hostile_actor or friendly_target):
            return "strike", False  # "the battleship shelled positions in the hills": a state's guns, its word aside
        if t.kind == "attack" and (friendly_target or not hostile_target):
            # "a drone targeted a vehicle": the word alone, whoever flew it
            return "attack", bool(friendly_target) or not re.fullmatch(r"attacks?|drones?", t.text, re.I)
        if friendly_target and not hostile_target:
            return "attack", True
        if hostile_target:
            return "strike", True
        if _air_or_sea_power(near) and not hostile_actor:
            return "strike", False  # "two F-15 jets fired on the cement plant": air power the other side lacks
        if place is not None and {"base", "embassy"} & category(place):
            return "attack", True
        if place is not None and place.country in cues.PARTNER_HOMELANDS and not friendly_actor and not t.definite:
            # "killed in a missile strike near Metula": fire that lands in a partner's land (not "the strike",
            # which refers to an act already told)
            return "attack", True
        # Nothing says who hit whom: the word decides, for now (a reference may still join either).
        return t.kind, False

    def _group_before(self, t: Trigger) -> str:
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
                killed = re.match(r"\S+(?: kill)?\s+((?:(?:al-|el-)?[A-Z][\w'’-]+\s?){1,4})", clause)
            target = killed.group(1).strip() if killed else ""
        if target[:1].isupper():
            # a name runs on through its particles: "Ain al-Asad", "Abu Mahdi al-Muhandis"
            name = re.match(r"(?:[A-Z][\w'’.-]*|(?:al|el|ad|as|ash|bin|ibn|bint)\b[-\s]?|\s)+", target)
            target = re.sub(r"['’]s$", "", name.group(0).strip())  # "hit Sanaa's southern district": Sanaa
        return re.sub(r"\s+(?:again|too|also|once more)$", "", target)

    def _actor(self, before: str, clause: str, kind: str, verbal: bool = True) -> str:
        """Who acted: "by X" after the trigger, else the nearest actor named before it; a
        noun ("a rocket attack") only takes an actor from its own clause."""
        by = re.search(r"(?<!ed )\b(?:by|from) ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,4}|unknown (?:militants|gunmen)|"
                       r"militants|militias?)", clause)  # not "a checkpoint manned by the Peshmerga"
        if by and (kind == "attack" or cues.FRIENDLY_ACTOR.search(by.group(1))) \
                and not cues.SAID_FROM.search(clause[:by.start() + 5]):
            return re.sub(r"(?<=[a-z]{2})\.$", "", by.group(1))  # "... from Washington." ends a sentence
        pattern = cues.FRIENDLY_ACTOR if kind == "strike" else cues.HOSTILE_ACTOR
        before = cues.without_onlookers(before)
        scopes = (_last_clause(before).split(",")[-1], _last_clause(before)) if verbal else (
            _last_clause(before).split(",")[-1],)
        for scope in scopes:
            hits = [m for m in pattern.finditer(scope)
                    if kind == "strike" or m.group(0)[0].isupper() and m.group(0) not in cues.NOT_GROUPS]
            if hits:
                names = ["U.S." if m.group(0) in _US or cues.US_ARMS.fullmatch(m.group(0))
                         else "Israeli" if m.group(0) in _ISRAEL else m.group(0) for m in hits]
                if len(hits) > 1 and scope[hits[-2].end():hits[-1].start()] == " and " and names[-2] != names[-1]:
                    return f"{names[-2]} and {names[-1]}"  # "U.S. and British warplanes"
                return names[-1]
        return ""

    # -- deployments --------------------------------------------------------------



def _ours_downed(before: str, trigger: str = "") -> bool:
    """Was an aircraft of ours shot down, told just before the trigger ("Iran shot down a U.S. Navy
    surveillance drone")? Not our missiles: "Syria said it shot down Israeli missiles" tells our strike."""
    downed = cues.DOWNED_BEFORE.search(before)
    return bool(downed) and bool(cues.FRIENDLY_ACTOR.search(downed.group("what"))) and not _MUNITION.fullmatch(trigger)


def _ours_intercepted(before: str, trigger: str) -> bool:
    """Were our missiles shot down ("Syria said it shot down Israeli missiles over Damascus")?"""
    downed = cues.DOWNED_BEFORE.search(before)
    ours = bool(downed) and bool(cues.FRIENDLY_ACTOR.search(downed.group("what")))
    return ours and bool(_MUNITION.fullmatch(trigger))


# What is fired, not flown: shot down, it was our strike intercepted, not our aircraft lost.
_MUNITION = re.compile(r"(?:(?:ballistic|cruise|guided|air-to-surface|surface-to-surface)\s+)?(?:missiles?|rockets?|"
                       r"projectiles?)", re.I)


# Where a sentence turns to a clause of its own: ", and on Monday jets struck".
# "British, Dutch and French": names listed; their "and" joins sides, it opens no clause.
_NAMES_LISTED = re.compile(r"\b[A-Z][\w.’'-]*\s+and\s+(?=[A-Z])")
_CLAUSE_TURN = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
# How far before a trigger its own words are read (``_NEAR``), and how far back a speaker who may open
# them is looked for ("A spokesperson for the U.S.-led coalition in Iraq tweeted Saturday morning
# announcing the attack": the speaker's noun lies beyond the trigger's own words).
# Right after the harm, the blow that did it: "four soldiers killed in Israeli attack" (not "wounded U.S.
# troops in a rocket attack": the victims' side, then the blow).
_HARMED_IN = re.compile(r"\s+(?:on\s+\w+\s+)?(?:in|by|during)\b", re.I)
# A place the other side holds: "a base that had been taken over by al-Qaida militants", "a camp used by the group".
_HELD_BY = re.compile(r"\b(?:that|which)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:\w+ly\s+)?"
                      r"(?:taken\s+over|seized|held|used|occupied|controlled|run|overrun)\s+by\s+", re.I)
# The allies of whoever is named before them: "Syrian government and allied forces", "Iran and the allies it arms".
_ALLIES_OPEN = re.compile(r"\s*(?:allied|the\s+allies)\b", re.I)
_CONJUNCT_BEFORE = re.compile(r"(?:[\w.'’-]+\s+){1,3}and\s*$")
# Where a force set out, stood or flew through, named by whose the place is: no actor ("from an Iranian air base", "over
# Syrian airspace"; "through the airspace of Iran and Iraq").
_FROM_PLACE = re.compile(r"\b(?:from|at|over|inside|across|through|via)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]*\s+"
                         r"(?:air\s*base|airbase|airfield|air\s+field|base|airspace|territory|soil|waters|port)\b|"
                         r"(?:airspace|territory|skies|soil|waters)\s+of\s+[A-Z][\w'’-]*"
                         r"(?:\s+and\s+[A-Z][\w'’-]*)?)")
_JET_FIGHTERS = re.compile(r"\b((?:[A-Z]{1,3}-\d+\w*|[Jj]et|[Ss]tealth|Mirage|Rafale|Typhoon|Tornado|Harrier|Hornet)s?)"
                           r"\s+fighters\b")
_CAME_UNDER = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.I)


def _air_or_sea_power(near: str) -> bool:
    """Warplanes or warships acting ("two F-15 jets fired on", "the battleship shelled"): a state's arms."""
    return bool(cues.WARPLANES.search(near) or cues.WARSHIPS.search(near))


def _others_arms(near: str) -> bool:
    """Warplanes or warships of a state neither ours nor a partner's (``lexicon.OTHER_STATES_ARMS``): "an Iranian
    frigate", "a Syrian Air Force MiG-23". Hit, they tell no attack on us."""
    arms = cues.WARPLANES.search(near) or cues.WARSHIPS.search(near)
    return bool(arms) and bool(cues.OTHER_STATES_ARMS.search(near, 0, arms.start()))


# Who says "its" or "their" of the force that acted, or "they" of themselves: "Iran said its jets bombed", "the
# militia claimed its fighters", "the Houthis said on Monday that they targeted three ships".
_OWNER_SAID = re.compile(r"((?:[\w.'’-]+\s+){1,3})(?:said|says|claimed|claims|announced|announces|reported|reports|"
                         r"stated)(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?\s*$")


# The noun phrase a relative "which" hangs on, right before its comma: "two F-15 jets, which fired".
_ANTECEDENT = re.compile(r"((?:[\w.'’-]+\s+){0,4}[\w.'’-]+),\s+which\s+$")
_NEAR = 80
_SPEAKER_REACH = 160
_AGENT = re.compile(r"[\"”’']?\s+(?:(?:was|were|carried out|launched|conducted|fired)\s+)?by\s+"
                    r"(?P<who>(?:the\s+)?(?:[\w.’'-]+\s+){0,3})")


# Participles no rule writes: "was struck", "were hit", "was sunk".
_PARTICIPLES = frozenset(forms[2] for forms in lexicon.IRREGULAR.values()) | {"sunk", "shot"}


# Where a sentence turns to another act: "..., while an air strike ...", "; in the south, ..."
_OTHER_ACT_OPENS = re.compile(r"\b(?:while|whereas|meanwhile)\b|;")
# An item of a tally: ", three near Mosul", ": eight in or near Raqqa", "and one in Kasik"
_TALLY_ITEM = re.compile(r"(?:[,:;—]|\band)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
                         r"(?:(?:of\s+them|more|other)\s+)?(?:(?:air\s*)?(?:strikes?|raids?|attacks?)\s+)?(?:were\s+)?"
                         rf"(?:in|near|around|outside|at|on)(?:\s+or\s+near)?\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:{cues.PLACE_KIND})"
                         r"\s+of\s+)?$", re.I)
# "raided the town of Qabatiya", "a raid on the city of Jenin", "stormed Balata": the place is the object
# Between a town and its fall: auxiliaries, an adverb, an aside ("Bunagana, a border town, has now fallen to").
_FALLEN_GAP = re.compile(r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:has|have|had|was|were|is|are|been|now|reportedly|"
                         r"finally|also|effectively|completely|largely|then|quickly)\s+)*")
# ... and the town is the subject, not in a phrase of another ("security in Kirkuk fell to"; "the town of" is it).
_FALLEN_NOT_SUBJECT = re.compile(r"\b(?:in|at|for|on|near|from|to|into|over|across|around|(?<!town )(?<!city )"
                                 r"(?<!village )(?<!port )of)\s+(?:the\s+)?$", re.I)
# Who a town fell to: the words after "fell to", up to the next phrase ("fell to Ukrainian forces| on Saturday").
_TAKER = re.compile(r"(?:\s+(?!(?:on|in|at|after|before|since|when|as|late|early|overnight|last|this|despite|amid|"
                    r"with|and|without|following|during)\b)[\w.'’$-]+){1,5}")
_ENTRY_OBJECT = re.compile(rf"\s+(?:(?:on|into|in|against)\s+)?{cues.PLACE_KIND_OF}", re.I)


def _ground_assault(t: Trigger, place: Place | None, told: str) -> bool:
    """"Ukrainian forces launched an attack with 300 soldiers and 11 tanks on the villages": our side's ground
    assault on a town or region is a move into it, not a strike (SPEC §2: air, drone or missile)."""
    return place is not None and place.kind in ("city", "region") and bool(cues.GROUND_ASSAULT.fullmatch(t.text)) \
        and bool(cues.GROUND_FORCES.search(told)) and not cues.FIRE_ARMS.search(told)


def _participle(trigger: str) -> bool:
    word = trigger.lower().split()[-1]
    return word.endswith("ed") or word in _PARTICIPLES




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


# A sentence that runs on without a space after its full stop ("killed 15 Palestinians.Wafa added"): the
# splitter keeps one sentence, but a date past the stop is no longer the listed place's.
_RUN_ON = re.compile(r"[a-z\d][.!?][\"'”’]?(?=[A-Z])")
# "missiles launched toward the city of Najran were intercepted", "fired towards the capital Riyadh": the town
# they were aimed at is the attack's.
_AIMED_AT = re.compile(r"\b(?:toward|towards|targeting|aimed\s+at|at|approach(?:ed|ing)|headed\s+for|heading\s+for)"
                       r"\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|eastern|western|Saudi|Israeli|border)\s+){0,2}"
                       r"(?:(?:cit(?:y|ies)|towns?|regions?|capital)\s+(?:of\s+)?)?"
                       r"(?:(?:southern|northern|eastern|western|Saudi|Israeli)\s+)?$", re.I)
