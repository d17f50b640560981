"""Reading one sentence: its triggers, whether each is asserted, its clause, dates and places.

``SentenceReader`` holds what every kind of event needs; ``geo.extract.kinetic`` (strikes and
attacks) and ``geo.extract.movements`` (deployments) add what is particular to each.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from geo.records import ArticleView, Candidate, Mention, Place, REPORTED_WINDOW, Source
from geo.dates import WEEKDAYS, DateMention, precision_rank
from geo.extract import cues
from geo.extract.units import Units
from geo.gazetteer import within as _within
from geo.sides import side_word
from geo.placewords import ADJECTIVAL_HEADS, ADJECTIVE_ITEM
from geo.text import Sentence


@dataclass
class Trigger:
    """A word that may report an event, and what the sentence says about it."""

    kind: str  # strike, attack, kill, movement
    start: int  # offsets inside the sentence
    end: int
    text: str
    dates: list = field(default_factory=list)
    definite: bool = False
    distinct: bool = False  # "a separate attack", "hit the base again": not one told before
    head_end: int | None = None  # the weapon's end, when its impact verb joined it ("a bomb in Hilla| hit")
    weapon: Trigger | None = None  # the weapon a count stands for ("fired 16 missiles; one hit Erbil")


@dataclass
class SentenceReader:
    """One sentence, read for events; mixed with ``KineticReader`` and ``MovementReader``."""

    article: ArticleView
    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    units: Units
    group: str
    last_destination: Place | None
    default_now: bool
    carried: DateMention | None
    force_before: bool = False  # the sentence before named a force (for "It sailed from ...")

    @property
    def text(self) -> str:
        return self.sentence.text

    @functools.cached_property
    def force_named(self) -> bool:
        """Does the sentence name a military force (``names_force``)? Asked by the move reader
        and by the article, for the sentence after it: read once."""
        return names_force(self.text)

    def candidates(self) -> list[Candidate]:
        """Every event this sentence reports, in text order."""
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
                found = self._movements(t, end)
            else:
                found = self._kinetic(t, end)
            out.extend(found)
            # "bombers that flew from the U.S. hit ...", "strikes carried out by B-1s dispatched from the U.S.":
            # an origin without a destination beside a strike is the strike's approach
            kinetic_after.extend([any(x.kind != "movement" for x in triggers if x is not t)] * len(found))
        return self._tidy(out, kinetic_after)

    # -- triggers and modality ------------------------------------------------
    def _triggers(self) -> list[Trigger]:
        found: list[Trigger] = []
        for m in cues.KINETIC.finditer(self.text):
            kind = "strike" if m.group("strike") else "attack" if m.group("attack") else "kill"
            word = m.group(0)
            if m.start() > 0 and word[0].isupper() and not cues.CLAUSE_OPENS.search(self.text, max(0, m.start() - 4),
                                                                                      m.start()) \
                    and not cues.AIRCRAFT_NAMED.match(word):
                continue  # part of a name: "Expeditionary Strike Group" (but "shot down a Black Hawk")
            if word.lower() in cues.VERB_ONLY and not cues.VERB_SUBJECT.search(self.text, max(0, m.start() - 30), m.start()) \
                    and not (cues.WEAPON_SUBJECT.match(self.text, m.end())
                             and cues.WEAPON_SUBJECT_OPENS.search(self.text, max(0, m.start() - 40), m.start())):
                continue  # "fired chemical shells at the positions": the noun, not the verb
            if cues.FILMED_BY.search(self.text, max(0, m.start() - 90), m.start()):
                continue  # "footage shot by an aerial drone": a camera, not a weapon
            if word.endswith("ed") and " " not in word and _ARTICLE_BEFORE.search(self.text, max(0, m.start() - 6),
                                                                                  m.start()) \
                    and _NOUN_AFTER.match(self.text, m.end()):
                continue  # "the besieged town of Sernovodsk", "the bombed building": a participle describing it
            determined = _definite(self.text[:m.start()])
            found.append(Trigger(kind, m.start(), m.end(), word, definite=_noun(word) and determined,
                                 distinct=not determined and bool(
                                     cues.DISTINCT.search(self.text[max(0, m.start() - 30):m.end() + 40]))))
        found += self._counted_impacts(found)
        moving = self.force_named or (self.force_before and cues.FORCE_PRONOUN.match(self.text))
        if (moving or cues.GROUND_TAKEN.search(self.text)) \
                and not cues.DISPLAY.search(self.text):  # "jets fly in formation over Red Square during a parade"
            for m in cues.MOVEMENT.finditer(self.text):
                if not moving and not (cues.GROUND_TAKEN.fullmatch(m.group(0))
                                       and cues.FOE_TAKING.search(self.text, 0, m.start())):
                    continue  # "insurgents overran the town": an armed group takes ground without a force word
                if m.group(0).lower() == "deployed" and self._stative(m):
                    continue
                if self.text[max(0, m.start() - 3):m.start()].lower() == "no-":
                    continue  # "the no-fly zone": a ban, not a flight
                if m.group(0).lower() == "movement" and re.search(r"\b[A-Z][\w'’-]*\s+$", self.text[max(0, m.start() - 30):m.start()]):
                    continue  # "the Houthi movement", "the Amal Movement": a group's name, not a move
                if cues.CAPTURE.fullmatch(m.group(0)) and cues.TO_TAKE.search(self.text, max(0, m.start() - 40), m.start()) \
                        and not cues.LAUNCHED_TO_TAKE.search(self.text, max(0, m.start() - 60), m.start()):
                    continue  # "jets strike to help Libyan forces retake Sirte": the aim, not ground taken
                if self._where_it_was(m, found):
                    continue  # "fired at the destroyer while it was sailing in ...", "a convoy attacked en route to"
                if cues.ATTRIBUTIVE_MOVE.search(self.text, max(0, m.start() - 12), m.start()) and \
                        m.group(0).lower().endswith("ing") and cues.FORCE.match(self.text, m.end() + 1):
                    continue  # "the deploying soldiers are from ...": which soldiers, not a move
                if cues.WEAPON_MOVING.search(self.text[max(0, m.start() - 40):m.start()]):
                    continue  # "a drone headed toward the ship": a weapon, not a force
                if m.group(0).lower().endswith("ing") and cues.TARGET_MOVING.search(self.text[max(0, m.start() - 60):m.start()]):
                    continue  # "bombed military vehicles moving into the zone": what was hit, not a move
                if cues.RELATIVE_PAST.search(self.text, max(0, m.start() - 40), m.start()) \
                        and not cues.DAY_IN_CLAUSE.match(self.text, m.end()):
                    continue  # "soldiers who had been deployed to the region were killed": where they had gone
                if cues.AFTER_BEING.search(self.text, max(0, m.start() - 30), m.start()):
                    continue  # "came back to Portsmouth after being deployed to the Red Sea": where it served
                if m.group(0).lower() == "transit" and cues.MOVE_AS_MODIFIER.match(self.text, m.end()):
                    continue  # "a transit hub from Syria into Mosul": a kind of place, not a move
                if cues.CIVILIANS_TOLD.search(self.text, max(0, m.start() - 90), m.start()):
                    continue  # "telling them to head to a zone in the south": civilians, not a force
                if cues.MESSAGE_SENT.match(self.text, m.end()):
                    continue  # "sending a signal to Iran": words, not a force
                if m.group(0).lower().endswith("ing") and cues.HELD_FROM.search(self.text, max(0, m.start() - 10),
                                                                                 m.start()):
                    continue  # "kept it from entering the strait": a move held back
                if m.group(0).lower().startswith(("left", "leav")) and cues.LEFT_NOT_MOVING.match(self.text, m.end()):
                    continue  # "the blast left two soldiers dead": no force leaves
                if m.group(0).lower().startswith("order") and cues.ORDERED_TO_ACT.match(self.text, m.end()):
                    continue  # "ordered U.S. forces to prepare strike options": an order to act, not to go
                # "the deployment of a THAAD battery to ...": a noun that names its force is news, not a reference
                named = re.match(r"\s+of\s+(?:an?\s+|two|three|four|five|several|additional|more|\d)", self.text[m.end():])
                found.append(Trigger("movement", m.start(), m.end(), m.group(0),
                                      definite=_noun(m.group(0)) and _definite(self.text[:m.start()]) and not named))
        found.sort(key=lambda t: (t.start, -t.end))
        kept: list[Trigger] = []
        for t in found:
            if kept and t.start < kept[-1].end:
                continue  # overlapping: keep the longer, earlier one
            if kept and kept[-1].kind == "movement" and t.kind == "movement" and t.start - kept[-1].end < 40:
                continue  # "sending ... on alert": one movement
            if kept and kept[-1].kind == "movement" and t.kind == "movement" and _noun(t.text) \
                    and _FOR_A.search(self.text, kept[-1].end, t.start):
                continue  # "left Norfolk on Monday for a nine-month deployment": why it left, not another move
            if kept and kept[-1].kind == "strike" and t.kind == "attack" and cues.WEAPON_NOUN.match(t.text) \
                    and _ON_TARGET.fullmatch(self.text, kept[-1].end, t.start):
                continue  # "strikes on 14 Houthi missiles loaded for launch": the missiles are the target
            if kept and kept[-1].text.lower().startswith("destroy") and t.kind == "attack" \
                    and cues.WEAPON_NOUN.match(t.text) and t.start - kept[-1].end < 80:
                continue  # "destroyed a ballistic missile on its launcher and seven drones": what was destroyed
            kept.append(t)
        return kept

    def _counted_impacts(self, found: list[Trigger]) -> list[Trigger]:
        """"fired 16 missiles, and at least 11 hit Ain al-Asad while one struck Erbil": each count that
        stands for the weapon told before it is an act of that weapon where its part hit (its text is
        the weapon's, so the weapon decides the type; ``weapon`` lends it the weapon's day)."""
        out = []
        for m in cues.COUNTED_IMPACT.finditer(self.text):
            weapon = next((t for t in reversed(found) if t.end <= m.start() and cues.WEAPON_NOUN.match(t.text)), None)
            if weapon is not None:
                out.append(Trigger(weapon.kind, m.start("count"), m.end(), weapon.text, weapon=weapon))
        return out

    def _where_it_was(self, m: re.Match, found: list[Trigger]) -> bool:
        """Does the move word ``m`` tell where a force was when it was hit or seized, not a move?
        "missiles were fired at the destroyer while it was sailing in the Red Sea", "detained as it
        was passing through the strait", "a convoy was attacked en route to its posts"."""
        word = m.group(0)
        hits = [k for k in found if k.kind != "movement"]
        if word.lower().split()[0].endswith("ing") and cues.UNDER_WAY_WHEN_HIT.search(
                self.text[max(0, m.start() - 50):m.start()]) and (hits or cues.SEIZED.search(self.text)) and (
                found or cues.POSITION_WORD_END.search(word) or cues.POSITION_WORD_AFTER.match(self.text, m.end())):
            return True
        near = [k for k in hits if 0 <= m.start() - k.end < 25]
        return bool(near) and bool(cues.EN_ROUTE.match(word)) and \
            bool(cues.WHILE_GAP.fullmatch(self.text, near[-1].end, m.start()))

    def _join_kinetic(self, triggers: list[Trigger]) -> list[Trigger]:
        """"Rockets struck", "a rocket attack hit": one act, reported by two words. The
        weapon decides the type (rockets are an attack whatever verb follows)."""
        out: list[Trigger] = []
        for t in triggers:
            prev = out[-1] if out else None
            gap = self.text[prev.end:t.start] if prev else ""
            impact = prev is not None and cues.WEAPON_NOUN.match(prev.text) and cues.IMPACT_VERB.match(t.text) \
                and not re.search(r"[,;:—]|\b(?:and|but|while|which|who)\b", gap) and len(gap.split()) <= 8
            # "In a separate attack on Wednesday, drones hit ...": the frame and its clause are one act
            framed = prev is not None and cues.FRAME.match(self.text[:prev.start]) and "," in gap \
                and not re.search(r"[;:—]", gap) and len(gap.split()) <= 8
            # "three soldiers were killed on Sunday in a drone strike": the killing is the strike's
            # ... and "the hospital was struck in an Iranian attack": what was hit, then the act that hit it
            outcome = prev is not None and (prev.kind == "kill" or bool(_HIT_PASSIVE.search(self.text, 0, prev.end))) \
                and bool(_KILLED_IN.fullmatch(gap))
            # "targeted the base in Syria with two drones on Tuesday": the weapon the act was done with
            # (an aside in brackets is no part of the clause: "attacked the ISIL (the former name of ...) facilities")
            plain = _IN_BRACKETS.sub(" ", gap)
            instrument = prev is not None and prev.kind in ("strike", "attack") and cues.WEAPON_NOUN.match(t.text) \
                and bool(_WITH_INSTRUMENT.search(plain)) \
                and not re.search(r"[,;:—]|\b(?:and|but|while|which|who)\b", plain) and len(plain.split()) <= 12
            # "a U.S. helicopter was shot down by a missile near Ramadi": what brought it down
            instrument = instrument or prev is not None and bool(cues.DOWNED_PASSIVE.search(prev.text)) \
                and cues.WEAPON_NOUN.match(t.text) and bool(re.fullmatch(r"\s+by\s+(?:[\w-]+\s+){0,3}", gap))
            if instrument:
                continue  # the weapon of the act told, not another act
            if prev and prev.kind in ("strike", "attack") and t.kind in ("strike", "attack") \
                    and gap.rstrip().endswith(",") and _RESTATED.fullmatch(t.text) \
                    and _RESTATED_BY.match(self.text, t.end):
                continue  # "targeted three ships, attacks they called part of a blockade": the act told again
            if prev and prev.kind in ("strike", "attack") and t.kind == "kill" and len(gap.split()) <= 12 \
                    and not re.search(r"[,;:—]|\b(?:and|but|while|which|who|after|before|when|as)\b", gap):
                continue  # "a suicide attack on a convoy near Shaddadi killed two": the attack's toll
            if prev and prev.kind != "movement" and t.kind in ("strike", "attack") and (
                    re.fullmatch(r"\s*(?:\w+\s+){0,1}", gap) or impact or framed or outcome):
                if t.kind == "attack" or prev.kind == "kill":
                    prev.kind = t.kind if prev.kind != "attack" else prev.kind
                if impact and prev.head_end is None:
                    prev.head_end = prev.end  # "a roadside bomb in Hilla targeted a convoy": where it went off
                prev.end = t.end
                prev.distinct = prev.distinct or t.distinct
                continue
            out.append(t)
        return out

    def _join_movements(self, triggers: list[Trigger]) -> list[Trigger]:
        """"would be deploying personnel ... on alert ..., to the Middle East" is one movement:
        a movement trigger with no place before the next one absorbs it."""
        out: list[Trigger] = []
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
        if before and before[0].lower() in ("already", "still", "currently", "long"):
            return True  # "the unit was already deployed to Kuwait": where it is, not a move
        if cues.DEPLOYED_ON_DAY.match(self.text, m.end()):
            return False  # "Marines deployed near the embassy on Monday": the day of an act
        after = self.text[m.end():m.end() + 40].lower()
        return not (before and before[0].lower() in cues.AUXILIARY) and not re.search(r"\b(to|toward|towards|into|from)\b", after)

    def _window(self, t: Trigger) -> list[str]:
        """Lower-case words of the trigger's clause before it (at most ten)."""
        head = self.text[:t.start]
        cut = max(head.rfind(ch) for ch in ",;:—–()\"“”")
        # "an amphibious ready group is en route": a name, not a force only ready to go
        # ("the no-fly zone": one word, no negation)
        words = re.findall(r"[A-Za-z']+", _NO_HYPHEN.sub("no", cues.READY_NAMED.sub("group", head[cut + 1:])))
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in cues.CLAUSE_BREAKS:
                words = words[i + 1:]
                break
        return [w.lower() for w in words[-10:]]

    def _asserted(self, t: Trigger) -> bool:
        words = self._window(t)
        joined = " ".join(words)
        if t.kind in ("strike", "attack") and cues.NATURAL_FORCE.search(self.text, max(0, t.start - 40), t.start):
            return False  # "the earthquake that struck Syria and Turkey": no one's act
        denied = [i for i, w in enumerate(words) if w in cues.NEGATION or w.endswith("n't")]
        if denied and not any(w in cues.NEGATED_RESULT for w in words[denied[-1] + 1:]):
            return False
        if cues.HALT_OFFERED.search(self.text, max(0, t.start - 80), t.start):
            return False  # "Iraq offered to halt its raids into Kuwait": an end offered, not an act
        if cues.HELD_BACK.search(self.text, max(0, t.start - 60), t.start):
            return False  # "the columns stopped short of storming the capital": not done
        if t.text.lower().startswith("siege") and cues.SIEGE_ENDED.search(self.text, max(0, t.start - 40), t.start):
            return False  # "a push to break the siege of Amerli": the siege ended, no act of its own
        if cues.DEMANDED.search(joined):
            return False  # "lawmakers urged the government to expel the troops": asked for, not done
        if not self.dates and cues.HABITUAL.search(self.text, max(0, t.start - 80), t.start):
            return False  # "Turkey regularly launches air strikes into the region": a habit, not an act
        if _DENIED_REPORT.search(self.text, max(0, t.start - 120), t.start):
            return False  # "refuting reports that the coalition is reducing its forces": said not to happen
        if t.kind == "movement" and _TIME_FRAME.search(self.text, max(0, t.start - 40), t.start) \
                and t.text.lower() in _PROCESS_NOUNS and not _CEREMONY.match(self.text, t.end):
            # "sent to the Gulf during a drawdown of troops in Iraq": when, not a move of its own; but "seen
            # during the handover ceremony of the base" is the handover itself
            return False
        if t.kind == "movement" and (blow := cues.KINETIC.search(self.text, t.end)) and (
                blow.group("strike") or blow.group("attack")) and cues.SORTIE.search(self.text[t.start:blow.start()]):
            return False  # "jets, taking off from bases in Italy, bombed ...": a sortie, not a move
        if t.kind == "movement" and cues.FLEW_TO_STRIKE.match(self.text, t.start):
            return False  # "took off from Diyarbakir at dawn to hit three targets": a sortie too
        if t.kind == "movement":
            if cues.PLANNED.search(self.text):
                return True
            blocking = {w for w in words if w in _MOVE_NOT_ASSERTED}
            if blocking and _FINITE_PAST.fullmatch(t.text.split()[0]) \
                    and not _AUX_BEFORE.search(self.text, max(0, t.start - 12), t.start) \
                    and (aim := _SUBJECT_AIM.search(self.text, max(0, t.start - 120), t.start)):
                # "aircraft expected to take part in the no-fly zone landed in Crete": the aim describes the
                # subject; the verb is done
                blocking -= {w.lower() for w in re.findall(r"[\w']+", aim.group(0))}
            return not blocking
        plot = None if t.definite else cues.PLOT_BEFORE.search(self.text, max(0, t.start - 80), t.start)
        if plot and (not plot.group("known") or t.text.lower().endswith("s")):
            # "killed a commander responsible for attacks on shipping", "planning bombings in Europe": what
            # he was known for or plotted (not "blamed for masterminding a rocket attack on K-1")
            return False
        if not t.definite and cues.CAPABILITY_BEFORE.search(self.text, max(0, t.start - 110), t.start):
            return False  # "the ability of ISIS to plan, organize, and conduct attacks against ..."
        done = [i for i, w in enumerate(words) if w in _DONE]
        modal = words[:done[-1]] if done else words  # "launched a long-anticipated reprisal strike": done
        if any(w in cues.HYPOTHETICAL or w in cues.FUTURE for w in modal):
            return False
        if words and words[-1] == "to" and not (len(words) > 1 and words[-2] in cues.ONGOING) \
                and not t.text.lower().endswith("s"):
            return False  # "decided to strike", "plotting to kill"; not "a response to drone attacks"
        after = self.text[t.end:t.end + 20].lower()
        if re.match(r"\s*(plans?|plots?|threats?|operations?|capabilit\w*|helicopters?|submarines?|aircraft|boats?|"
                    r"craft|planes?|jets?|squadrons?|planning|cells?|squads?|sirens?|shelters?|alarms?|warnings?)\b", after):
            return False  # "attack plans", "attack helicopters", "attack planes", "air raid sirens", "rocket alarms"
        if _LEFT_OVER.search(self.text, max(0, t.start - 30), t.start):
            return False  # "an unexploded mortar round went off in a field": war's leftovers, no attack
        if _PLANTED.search(t.text) and (_MADE_SAFE_BEFORE.search(self.text, max(0, t.start - 40), t.start)
                                        or _MADE_SAFE_AFTER.match(self.text, t.end)):
            return False  # "police defused a roadside bomb", "an explosive device was found": no blast
        if _HOW_OFTEN.match(self.text, t.end):
            return False  # "with drone strikes less common in the country": how often, not an act
        if cues.DOWNED_AIRCRAFT.fullmatch(t.text) and (
                not (down := cues.DOWNED_BEFORE.search(self.text, max(0, t.start - 80), t.start))
                or _COUNTED_DOWNED.search(self.text, max(0, down.start() - 20), down.start())):
            # "a helicopter flew the wounded out": no aircraft brought down; "the third downed helicopter this
            # week": a count of those told, no new one
            return False
        if t.kind == "kill" and cues.GUNFIRE_KILL.fullmatch(t.text):
            # "troops shot dead a man at a checkpoint": no strike; "gunmen shot dead two American contractors": ours
            # killed, an attack
            return bool(cues.OURS_KILLED.match(self.text, t.end)
                        or cues.OURS_WERE_KILLED.search(self.text, max(0, t.start - 80), t.start))
        if t.kind == "kill" and _KILLED_PASSIVE.search(self.text, max(0, t.start - 30), t.start) \
                and not self.text.startswith(" by ", t.end) \
                and not cues.FRIENDLY_VICTIMS.search(self.text, max(0, t.start - 150), t.end):
            return False  # "one protester in Turkey was reported killed": a death told, nobody's strike (ours
            # killed are read on: "two British soldiers were killed near Gao when their truck struck a mine")
        if t.kind == "kill":
            # Only a named U.S. or partner actor makes a killing a strike ("The CIA did kill").
            clause = self.text[:t.start][-80:]
            return bool(cues.FRIENDLY_ACTOR.search(_last_clause(clause).split(",")[-1])) and bool(joined)
        return True

    def _assign_dates(self, triggers: list[Trigger]) -> None:
        if not triggers:
            return
        embedded = self._embedded_spans()
        for d in self.dates:
            start = d.start
            if self._said_on(d):
                continue  # "the Pentagon said on Monday": when it was said, not when it happened
            if cues.DATED_NOUN.match(self.text, d.end):
                continue  # "after Hamas's October 7 terror onslaught": the day of another event, named by it
            if self.text.startswith(("'s", "’s"), d.end) and not any(0 <= t.start - d.end <= 30 for t in triggers):
                continue  # "areas hit by last month's earthquake": the day of what it names, no act told here
            if _SINCE_BEFORE.search(self.text, max(0, start - 50), start) and not _NEWS_DAY.fullmatch(d.text):
                # "the third strike since the earthquake last month": where a count starts (not "its biggest
                # air strike since the Vietnam War today": the news day is the act's)
                continue
            if self._measured_since(d):
                continue  # "the deadliest day for U.S. troops since 2011": the record it is measured against
            if _HELD_SINCE.search(self.text, max(0, start - 60), start):
                continue  # "strikes hit near Sanaa, held by the rebels since late 2014": when the hold began
            if (launched := _LAUNCHED_BEFORE.search(self.text, max(0, start - 60), start)) \
                    and any(t.end <= launched.start() for t in triggers):
                continue  # "entered Khiam in a ground operation launched last month": the operation's start

            def cost(t, start=start, end=d.end):
                distance = abs(start - t.end) if start >= t.end else (t.start - start) + 50
                between = self.text[end:t.start]
                if end <= t.start and _noun(t.text) and _FEW_WORDS.fullmatch(between) \
                        and not set(between.lower().split()) & _LINKS:
                    distance = 0  # "the Jan. 28 drone attack": the date is part of the noun phrase
                same = [span for span in embedded if span[0] <= t.start < span[1]]
                if same and not (same[0][0] <= start < same[0][1]):
                    distance += 1000
                return distance

            best = min(triggers, key=cost)
            if best.end <= start and _LATER_PREDICATE.search(self.text, best.end, start):
                continue  # "have already arrived and should be operational in mid-July": another predicate's date
            if best.kind != "movement" and self._answered_day(best.end, d):
                continue  # "hit militia targets in retaliation for the attack in Jordan on January 28" (Feb. 3)
            best.dates.append(d)
        for t in triggers:
            if t.weapon is not None and not t.dates:
                t.dates.extend(t.weapon.dates)  # "fired 16 missiles early Wednesday, and one struck Erbil"
        for before, t in zip(triggers, triggers[1:]):
            if "movement" not in (before.kind, t.kind) and (_BY_WEAPON.fullmatch(self.text, before.end, t.start) or (
                    cues.WEAPON_NOUN.match(before.text) and cues.WEAPON_NOUN.match(t.text)
                    and _WEAPONS_LISTED.fullmatch(self.text, before.end, t.start)) or (
                    t.text.lower().endswith("ing") and PARTICIPLE_AFTER.fullmatch(self.text, before.end, t.start))):
                # "came under attack by a number of Grad rockets on Thursday": one act, one day
                for a, b in ((before, t), (t, before)):
                    if a.dates and not b.dates:
                        b.dates.extend(a.dates)
            days = [d for d in before.dates if d.precision == "day"]
            if days and not t.dates and t.kind != "movement" and _FOLLOWED.search(self.text[before.end:t.start]):
                # "Friday's assault was followed by drone attacks on al-Asad": that day, or the next
                d = days[0]
                t.dates.append(DateMention(d.start, d.end, d.text, d.first, d.last + dt.timedelta(days=1), "day"))

    def _measured_since(self, d: DateMention) -> bool:
        """Is ``d`` a "since" date that a record or a first is measured from ("the deadliest attack on
        U.S. forces since 2019", "the first attack on the airport since September")?"""
        since = d.text.lower().startswith("since ") or self.text[max(0, d.start - 6):d.start].lower() == "since "
        # ("the deadliest days since their invasion of the country in March 2003": the act it is measured from)
        later = _SINCE_ACT.search(self.text, max(0, d.start - 70), d.start)
        return (since or bool(later)) and bool(cues.COMPARED_SINCE.search(
            self.text, max(0, (later.start() if later else d.start) - 120), d.start))

    def _answered_day(self, after: int, d: DateMention) -> bool:
        """Is ``d``, told after "in retaliation for" an act (past offset ``after``, in the same phrase),
        that act's day, days before the answer was news? In the same news cycle ("in retaliation for the
        bombing of Sanaa early Saturday", reported Saturday) the answer came that day too, and the day
        dates both; after a comma the sentence goes on about the answer ("..., killing 25 on Sunday")."""
        published = self.article.published
        if published is None or d.start < after or d.last >= published - dt.timedelta(days=ANSWER_NEWS_DAYS):
            return False
        answered = list(cues.ANSWERING.finditer(self.text, after, d.start))
        return bool(answered) and not re.search(r"[,;:]", self.text[answered[-1].end():d.start])

    def _ahead(self, t: Trigger, d: DateMention) -> bool:
        """A weekday or month of a move still to come: "will deploy on Monday", "are expected to
        arrive in August" name the next such day or month, not the last."""
        published = self.article.published
        if published is None or d.last >= published or not cues.AHEAD.search(self.text[max(0, t.start - 60):t.start]):
            return False
        return (d.precision == "day" and any(w.istitle() and w.lower() in WEEKDAYS for w in d.text.split())) or (
            d.precision == "month" and not re.search(r"\d{4}", d.text))  # "expected to arrive in August"

    def _coming_year(self, t: Trigger, d: DateMention) -> tuple[dt.date, dt.date] | None:
        """A day told without its year, for a move or act still to come, that the dates module put
        most of a year before the report is the coming one ("would deploy on May 10", May 1): its
        first and last day a year on, or None."""
        published = self.article.published
        if published is None or d.precision != "day" or re.search(r"\d{4}", d.text) or not (
                cues.TO_COME.search(self.text[max(0, t.start - 60):t.start])
                or cues.DEADLINE.search(self.text[max(0, d.start - 20):d.start])):
            return None
        try:
            first, last = d.first.replace(year=d.first.year + 1), d.last.replace(year=d.last.year + 1)
        except ValueError:
            return None  # Feb. 29
        if d.last < published - dt.timedelta(days=7) and first <= published + dt.timedelta(days=FUTURE_REACH_DAYS):
            return first, last
        return None

    def _said_on(self, d: DateMention) -> bool:
        return bool(cues.REPORTED_ON.search(self.text[max(0, d.start - 30):d.start])
                    or d.precision == "day" and cues.REPORTED_AFTER.match(self.text, d.end))

    def _statement_day(self) -> DateMention | None:
        """The day the sentence's claim was made ("..., sources said on Thursday")."""
        return next((d for d in self.dates if d.precision == "day" and self._said_on(d)), None)

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
    def _when(self, t: Trigger):
        """The trigger's own date; else a carried historical date; else, for a new report
        in breaking news ("now", an UPDATE block), the publication day."""
        if t.dates:
            d = min(t.dates, key=lambda d: precision_rank(d.precision))
            if self._ahead(t, d):
                if d.precision == "month":
                    # "are expected to arrive in August", told in July: this August, not last year's
                    first = d.first.replace(year=d.first.year + 1)  # the 1st: every year has it
                    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
                    return first, last, d.precision
                week = dt.timedelta(days=7)  # "scheduled to depart on Tuesday": the coming Tuesday
                return d.first + week, d.last + week, d.precision
            if coming := self._coming_year(t, d):
                return *coming, d.precision  # "will leave for the Gulf on May 10", told on May 1: not last year's
            return d.first, d.last, d.precision
        said = self._statement_day() if not t.definite else None
        if said is not None:
            # "Two tankers were hit ..., sources said on Thursday": that day or the night before;
            # "troops are being sent ..., the Pentagon announced on Friday": that day
            ongoing = cues.PROGRESSIVE_MOVE.search(self.text[:t.end]) or cues.PRESENT_PASSIVE.search(self.text[:t.end])
            return (said.first if ongoing else said.first - dt.timedelta(days=1)), said.last, "day"
        if t.kind == "movement" and self.article.published and (cues.PROGRESSIVE_MOVE.search(self.text[:t.end])
                                                                or cues.PRESENT_PASSIVE.search(self.text[:t.end])):
            return self.article.published, self.article.published, "day"  # "is sending", "are being flown"
        if t.kind == "movement" and self.article.published and not t.definite and (
                cues.PLANNED_NOW.search(self.text[max(0, t.start - 40):t.end])):
            # "The United States plans to deploy ...", "will send": the plan is the day's news, the
            # day of the report; its precision stays "reported", the text gives no date
            return self.article.published, self.article.published, "reported"
        if t.kind == "movement" and self.article.published and cues.PERFECT_MOVE.search(self.text[:t.end + 20]):
            # "has moved into the Red Sea": recent, but the text does not say when
            return self.article.published - REPORTED_WINDOW, self.article.published, "reported"
        if t.kind != "movement" and self.article.published and self.sentence.index <= 1 and not t.definite \
                and not self.dates and cues.PERFECT_ACT.search(self.text[:t.end + 20]):
            # a lead's present perfect ("Russia says it has repelled a drone attack on its naval base"): the
            # news of the report's day or the night before, though the text gives no date
            return self.article.published - dt.timedelta(days=1), self.article.published, "reported"
        if self.carried is not None and not self.dates:
            return self.carried.first, self.carried.last, self.carried.precision
        cut = self.text.rfind(",", 0, t.start)
        if cut > 0 and t.text.lower().endswith("ing") and not self.text[cut + 1:t.start].strip():
            cut = self.text.rfind(",", 0, cut)  # ", bombing bases ...": the participle's act is the clause's before
        clause = self.text[max(0, cut):self._clause_end(t, len(self.text))]
        now = self.default_now or bool(cues.NOW.search(clause))
        if now and self.article.published and not self.dates and not t.definite:
            return self.article.published, self.article.published, "day"
        return None, None, "unknown"

    def _unplaced_then_listed(self, pos: int, starts: set[int]) -> bool:
        """Do the names nothing placed at ``pos`` run on to a placed one of the same list ("in Koro, Sevare,
        Bapho, and Segou")?"""
        items = _UNPLACED_ITEMS.match(self.text, pos)
        join = items and _LIST_JOIN.match(self.text, items.end())
        return bool(join) and join.end() in starts

    def _clause_end(self, t: Trigger, end: int) -> int:
        """Where the trigger's own phrase ends: at a clause break, or at a comma that does
        not introduce a place (", Iraq") - and never more than 150 characters on."""
        hi = min(end, t.end + 150)
        spans = [(m.start - self.sentence.start, m.end - self.sentence.start) for m in self.mentions]
        starts = {a for a, _ in spans}
        after = t.end + 1 if self._scare_quoted(t) else t.end
        aside_end = -1
        for m in re.finditer(r"[;:(—“”\"]| – |,\s*|\sas (?=the |it |they |he |she |we )|"
                             r"\s(?:and (?:it|they|he|she|we|has|had|was|for|to|then|that)|but|because|while|"
                             r"before|after|until|when|"
                             r"as well as|whether|although|though)\b", self.text[after:hi]):
            pos = after + m.start()
            if pos < aside_end:
                continue  # inside a bracketed aside, skipped whole
            if m.group(0) == "(" and (close := self.text.find(")", pos, hi)) > 0 and not _ASIDE_CLAUSE.search(
                    self.text, pos, close):
                aside_end = close  # "attacked the ISIL (the former name of ...) facilities near Raqqa": read on
                continue
            if m.group(0) in "“”\"" and _OWNED_QUOTE.search(self.text, max(0, pos - 50), min(len(self.text), pos + 46)):
                continue  # 'what it said was Israel's “spy headquarters” near ... in Erbil': a quoted name, no break
            if m.group(0) == "(" and _GLOSS.match(self.text, pos):
                continue  # "an unmanned surface vehicle (USV) in the Red Sea": an abbreviation, no break
            if m.group(0).strip() == "when" and _WHEN_AT.match(self.text, after + m.end()) or \
                    m.group(0).strip() == "while" and _WHILE_AT.match(self.text, after + m.end()) or \
                    m.group(0).strip() == "as" and _AS_IT_FLEW.match(self.text, after + m.end()):
                # "hit by a drone when 60 nautical miles southeast of Aden", "seized a tanker while transiting
                # the Strait of Hormuz": where the ship was, not another clause
                continue
            if m.group(0).startswith(",") and (after + m.end() in starts or re.match(
                    r"(?:the|a|an|including|specifically|namely|particularly|near|in|on|at|outside|inside|"
                    # ", targeting assets in the city of Tabriz": the act's own participle goes on to its objects
                    r"targeting|hitting|striking|bombing|pounding|"
                    r"north|south|east|west|(?:located|situated|lying) (?:in|at|on|near|outside)) ",
                    self.text[after + m.end():]) or _CONJOINED_OBJECT.match(self.text, after + m.end())
                    or _COUNTED_ITEM.match(self.text, after + m.end()) or self._unplaced_then_listed(pos, starts)):
                continue  # "near Taji, Iraq"; an appositive ", the second ..."; ", including sites near"; ", located at
                # Haifa Port" (where the target lies); a list
                # that counts its items ("destroyed seven radars, one drone and two drone boats in Yemen")
            if m.group(0).startswith(",") and _ADJECTIVE_BEFORE.search(self.text, max(0, pos - 30), pos) \
                    and (listed := _ADJECTIVES_ON.match(self.text, after + m.end())) \
                    and listed.group("head").lower() in ADJECTIVAL_HEADS:
                continue  # "an attack on U.S., coalition and Iraqi forces at Camp Taji": one list of whose forces
            after_place = any(b == pos for _, b in spans)
            if any((goes_on := _LIST_GOES_ON.fullmatch(self.text, pos, a)) and (after_place or goes_on.group("prep"))
                   and not _OPENS_CLAUSE.match(self.text, b) for a, b in spans if pos < a <= pos + 60):
                # "in the provinces of Ilam and Khuzestan, as well as around the capital Tehran", "hit Ilam,
                # and Tehran" (not "came under fire, and Washington blames Tehran": no place or preposition
                # before it, and "the US has blamed Iran": the name opens a clause of its own)
                continue
            return pos
        return hi

    def _scare_quoted(self, t: Trigger) -> bool:
        """'The tanker was "attacked" on Thursday', 'firing "dozens of Katyusha rockets" on the
        town of ...': quotes closing on the trigger, round it or the phrase it ends, keep its clause."""
        if not (t.end < len(self.text) and self.text[t.end] in "\"”’'"):
            return False
        head = self.text[max(0, t.start - 60):t.start]
        opened = max(head.rfind(q) for q in "\"“")
        return opened >= 0 and not any(q in head[opened + 1:] for q in "\"”")

    def _used_as_verb(self, t: Trigger) -> bool:
        """Is a word that may be a noun the verb of the subject before it ("Israel strikes Aleppo
        airport", "jets strike Homs"), so that the name after it is what was hit?"""
        return bool(cues.VERB_NOUN.fullmatch(t.text)) and not _definite(self.text[:t.start]) \
            and bool(cues.VERB_SUBJECT.search(self.text, max(0, t.start - 30), t.start))

    def _places_after(self, t: Trigger, end: int, clause: bool = True) -> list[Mention]:
        """Places in the trigger's phrase: for a strike or attack they must be introduced by a
        preposition ("on", "near", "outside of"), not merely follow ("could lead Iran")."""
        hi = self._clause_end(t, end) if clause else min(end, t.end + 300)
        out = []
        asides = [b.span() for b in _IN_BRACKETS.finditer(self.text, t.end, hi)] if "(" in self.text else []
        for m in self.mentions:
            local = m.start - self.sentence.start
            inside = t.head_end is not None and t.head_end <= local < t.end  # between the weapon and its verb
            if not (t.end <= local < hi or inside) or (m.modifier and (clause or m.place.kind == "country")) \
                    or any(a < local < b for a, b in asides):  # "(the group's former name, outlawed in Russia)"
                continue
            gap = self.text[t.head_end if inside else t.end:local]
            if clause and m.anaphor in ("there", "here"):
                out.append(m)  # "struck a radar there", "a bomb ripped through a base here today"
                continue
            direct = cues.IMPACT_GAP.fullmatch(gap) or (
                cues.WEAPON_NOUN.match(t.text) and not re.search(r"[,;:]", gap) and cues.WEAPON_VERB_OBJECT.search(gap))
            head = [w for w in self.text[t.start:t.end].split() if w.lower() not in ("on", "at", "into")]  # "fired on"
            if direct and head and _noun(head[-1]) and not direct.group("verb") \
                    and not self._used_as_verb(t):
                direct = None  # "the first attack Iran launched": a noun's next name is its subject
            offset = m.text[:1].isdigit()  # "60 nautical miles southeast of Aden": says where by itself
            # "struck Khiam, Tyre and Baalbek": the items after a direct object are objects too
            since_last = self.text[out[-1].end - self.sentence.start:local] if out else ""
            listed = bool(out) and bool(_LIST_JOIN.fullmatch(_past_unplaced(since_last))) \
                and not _OPENS_CLAUSE.match(self.text, m.end - self.sentence.start)
            if clause and not (re.search(cues.PLACE_PREPOSITIONS, gap) or direct or offset or listed):
                continue  # neither "on/near/in X" nor a direct object ("besieged the embassy")
            if cues.LED_TO.search(gap):
                continue  # "attacks on the embassy have led Washington to threaten": a consequence, not a place
            if _AMID.search(gap):
                continue  # "the attack comes amid heightened tensions across the Persian Gulf": the backdrop
            if clause and t.definite and _OTHER_VERB.search(gap) and not direct:
                continue  # "the attacks have disrupted commerce on the route between Europe and Asia"
            if clause and _CAME_FROM.search(gap):
                continue  # "fired from a truck near Rashidiya": where it came from, not where it hit
            if re.search(r"\bby\s+(?:the\s+)?$", gap):
                continue  # "retaliatory actions by the US": who acted, not where
            if cues.ACTOR_AT_HOME.search(gap):
                continue  # "missile attacks by the Houthis in Yemen": where they are, not where it landed
            if cues.WAR_IN.search(gap):
                continue  # "in response to the war in Gaza"
            if t.kind != "movement" and cues.ANSWERING.search(gap):
                continue  # "strikes on the militia in response to the Camp Taji attack": the answered act's place
            if cues.WEAPON_NOUN.match(t.text) and cues.WEAPON_FROM.fullmatch(gap):
                continue  # "drones from Iraq were downed over Eilat": where they came from
            if t.kind != "movement" and cues.MOTIVE.search(gap):
                continue  # "the attack was to support the Palestinians in Gaza": its cause, not its place
            if cues.LAUNCHED_FROM.search(gap):
                continue  # "the attack originated in southwest Iran"
            if t.kind != "movement" and cues.PLOTTED.search(gap):
                continue  # "killed a leader in charge of planning attacks in Europe": what he plotted
            if clause and cues.INTENDED.search(gap) and any(
                    o.start > m.start for o in self.mentions if t.end <= o.start - self.sentence.start < hi):
                continue  # "a rocket aimed at the airport struck a house in Radwaniyah": it hit the house
            if clause and t.kind == "strike" and cues.INTENDED.search(gap):
                continue  # "destroyed a missile aimed into the Red Sea": the weapon's aim, not where it was hit
            out.append(m)
        return out

    def _place_for(self, t: Trigger, end: int) -> Place | None:
        after = self._places_after(t, end)
        if after:
            return after[0].place
        if t.kind != "movement":
            heard = self._first_placed_by(cues.HEARD_NEAR, 80)
            if heard and not re.match(r"\s+(?:on|against|at)\s", self.text[t.end:]):
                return heard  # "explosions were heard near Isfahan as Israel launched a strike"
            afloat = self._first_placed_by(cues.SHIP_POSITION, 60)
            if afloat:
                return afloat  # "the destroyer was operating in the southern Red Sea when the drone ..."
        # Before the trigger, only the sentence's opening place ("The airport, which ..., came
        # under fire") or one close by in the same clause ("in Baghdad, a strike") counts.
        embedded = self._embedded_spans()
        head = self.text[:t.start]
        clause = max([head.rfind(ch) for ch in ",;:—("] + [-1]) + 1
        breaks = [m.end() for m in cues.CLAUSE_BREAK.finditer(head)]
        clause = max([clause] + breaks)
        if (rel := cues.RELATIVE_OPENING.search(head, 0, clause)) and _RELATIVE_TO_TRIGGER.fullmatch(head, rel.end()) \
                and (rel.group("word") == "where" or _PASSIVE_AFTER.match(head, rel.end())) \
                and (held := self._antecedent(rel.start())):
            return held  # "the oil depot in Baiji, Iraq, where drones attacked the plant"
        if toll := cues.TOLL_THEN_ACT.search(head):
            # "killed in Idlib on Tuesday, in a rocket attack": the toll's place is the act's
            if told := [m for m in self.mentions if toll.start() <= m.start - self.sentence.start < toll.start("comma")
                        and not m.modifier]:
                return told[-1].place
        for m in reversed(self.mentions):
            local = m.start - self.sentence.start
            if local >= t.start or m.modifier or any(a <= local < b for a, b in embedded):
                continue
            if re.search(r"\b(?:fired|launched|firing|launching|fire|launch)\b", self.text[m.end - self.sentence.start:t.start]):
                continue  # "ships in the Red Sea and the Gulf fired Tomahawk missiles": where they were fired from
            if t.kind != "movement" and cues.TOOK_OFF_FROM.search(self.text, max(0, local - 60), local):
                continue  # "jets took off from Akrotiri in Cyprus and struck ...": where they set out
            if cues.ACTOR_AT_HOME.search(self.text, max(0, local - 40), local):
                continue  # "the Red Sea, where the Houthi movement in Yemen attacks ships": where they are
            if cues.SPEAKS.match(self.text, m.end - self.sentence.start) or self._takes_part(m):
                continue  # "Washington denied ...", "Britain and Canada took part": a side, not where it happened
            opening = _OPENING_PLACE.fullmatch(self.text, 0, local)
            if opening and m.place.kind == "country" and cues.COUNTRY_ACTS.match(self.text, m.end - self.sentence.start):
                continue  # "Canada to pull jets bombing ISIS": the country that acts, not where
            if opening and t.definite and cues.SETTING_SPEAKS.match(self.text, m.end - self.sentence.start):
                continue  # "In Tehran, the Guards named four officers who died in the strike": where they spoke
            placed = _PLACED_BEFORE.search(self.text[max(0, local - 40):local]) or m.place.kind == "site"
            if cues.WITH_WEAPON.fullmatch(self.text, m.end - self.sentence.start, t.start) and \
                    cues.STRUCK_OBJECT.search(self.text, max(0, local - 30), local):
                return m.place  # "pounded northern Israel with rockets"
            if opening or (local >= clause and t.start - local < 60 and placed):
                return m.place  # "in Baghdad, a strike"; not "coordination with Washington prior to the bombings"
            if local >= clause and m.place.kind in ("city", "site") and (_SUFFERED_BY.fullmatch(
                    self.text, m.end - self.sentence.start, t.start) or cues.FALLEN.fullmatch(t.text)
                    and not self.text[m.end - self.sentence.start:t.start].strip()):
                return m.place  # "the agency claimed that Tabriz was attacked late Friday": the town that suffered
                # ("officials said Rwindi fell to the rebels")
        if t.kind != "movement":
            # "the vessel was 70 nautical miles southeast of Aden when it was attacked": a bearing says where
            return next((m.place for m in self.mentions if m.text[:1].isdigit() and not m.modifier
                         and m.start - self.sentence.start < t.start), None)
        return None

    def _antecedent(self, comma: int) -> Place | None:
        """The place a relative clause whose comma stands at ``comma`` hangs on: the name right
        before the comma, or the one it qualifies ("in Baiji, Iraq, where")."""
        before = [m for m in self.mentions if not m.modifier and m.end - self.sentence.start <= comma]
        if not before or not re.fullmatch(r"[\s)]*", self.text[before[-1].end - self.sentence.start:comma]):
            return None
        last = before[-1]
        if len(before) > 1 and last.place.kind == "country" and _within(before[-2].place, last.place) and \
                re.fullmatch(r",\s*", self.text[before[-2].end - self.sentence.start:last.start - self.sentence.start]):
            return before[-2].place
        if len(before) > 1 and _APPOSITIVE_OF.fullmatch(
                self.text, before[-2].end - self.sentence.start, last.start - self.sentence.start):
            return before[-2].place  # "Petah Tikva, a city east of Tel Aviv, where a missile struck": that town
        return last.place

    def _first_placed_by(self, cue: re.Pattern, reach: int) -> Place | None:
        """The place of the first name that ``cue``, ending within ``reach`` characters before
        it, introduces ("heard near", "operating in")."""
        for m in self.mentions:
            local = m.start - self.sentence.start
            if not m.modifier and cue.search(self.text[max(0, local - reach):local]):
                return m.place
        return None

    def _takes_part(self, m: Mention) -> bool:
        """Is ``m`` one of the states listed as taking part ("Britain, Bahrain and Canada were
        involved in ...")?"""
        end = m.end - self.sentence.start
        part = cues.TAKES_PART.search(self.text, end)
        return bool(part) and bool(_NAME_LIST.fullmatch(self.text, end, part.start()))

    def _listed(self, chosen: Mention, after: list[Mention]) -> list[Mention]:
        """``chosen`` and the places listed after it in the same phrase ("in Bint Jbeil and
        command rooms in Qana and Baraachit"): countries with countries, sites, towns and
        provinces with each other; a place inside one already listed ("Karbala, Iraq") is
        its qualifier, not another item."""
        country = chosen.place.kind == "country"
        out = [chosen]
        for m in after:
            if m.start <= out[-1].start or self._relative(m):
                continue
            # "in northern Iraq and Syria": a country's side is listed with a country
            sided = _side_of_country(out[-1]) if not country else _side_of_country(m)
            if ((m.place.kind == "country") != country and not sided) or (
                    not country and m.place.kind == "region" and not _province(m.place)
                    and not (_open_area(chosen.place) and _open_area(m.place))):
                break  # (seas and wide areas with each other: "ships in the Red Sea and the Arabian Sea")
            gap = _past_unplaced(self.text[out[-1].end - self.sentence.start:m.start - self.sentence.start])
            if not _LIST_GAP.fullmatch(gap) or _GAP_VERB.search(gap) or _DESCRIBED.search(gap):
                break
            if m.place.id in {p.place.id for p in out} or (
                    re.fullmatch(r",\s*(?:(?:in|of)\s+)?(?:the\s+)?|\s+(?:in|of)\s+(?:the\s+)?", gap)
                    and _within(out[-1].place, m.place)):
                continue  # named again, or "Karbala, Iraq": where the last item lies, not another item
            out.append(m)
        return out

    def _relative(self, m: Mention) -> bool:
        return relative(self.text, m.start - self.sentence.start)

    def _source(self) -> Source:
        s = self.sentence
        return Source(self.article.name, self.article.title, s.text, s.start, s.end)

    def _status(self, t: Trigger | None = None, end: int | None = None) -> str:
        """Denials anywhere in the sentence dispute it ("...; the group denied firing them");
        doubt ("unconfirmed", "apparent") must sit in the trigger's own clause, and not in
        the words that open the next trigger's phrase ("after a suspected U.S. drone")."""
        stop = self._clause_end(t, end or len(self.text)) if t is not None else len(self.text)
        if t is not None and end is not None and end < len(self.text):
            words = list(cues.CLAUSE_MARK.finditer(self.text[t.end:end]))
            if words:
                stop = min(stop, t.end + words[-1].start())
        if cues.DISPUTED.search(self.text):
            return "disputed"
        if cues.UNCONFIRMED.search(self.text[:stop]):
            return "unconfirmed"
        return "confirmed"


def relative(text: str, start: int) -> bool:
    """"north of Baghdad", "60 km from Dhahran": a landmark, not where the event was."""
    head = text[max(0, start - 30):start]
    return bool(re.search(r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)? of|from|outside of)\s+(?:the\s+)?$",
                          head, re.I)) and not head.rstrip().endswith("outside of")


def _open_area(p: Place) -> bool:
    """A sea or a region of no one country ("the Red Sea", "the Horn of Africa")."""
    return p.kind == "region" and not p.country


def _side_of_country(m: Mention) -> bool:
    """Is ``m`` a side of a country ("northern Iraq", "south Lebanon")?"""
    first = m.text.split()[0]  # "northern Iraq", "Southern Lebanon"; not "West Bank", "East Jerusalem"
    return m.place.kind == "region" and bool(m.place.country) and bool(side_word(first)) and (
        first[:1].islower() or first.lower().endswith("ern"))


def _province(place: Place) -> bool:
    """A province or district: a region inside one country (not a sea or a continent)."""
    return place.kind == "region" and bool(place.country)


# The sentence opens on the place: "The airport, ...", "In Baghdad, ...", "In the nearby town of Ghaziyeh, ..."
_OPENING_PLACE = re.compile(rf"\W*(?:(?:the|in|at|near|outside|from)\s+)?{cues.PLACE_KIND_OF}", re.I)
# A list of places that goes on past a comma or "as well as": ", and in Tehran", " as well as around the
# capital Tehran" (not ", and the army said in Baghdad": a clause of its own).
_LIST_GOES_ON = re.compile(r",?\s*(?:and|as well as)\s+(?:(?P<prep>in|near|around|at|on|outside)\s+)?(?:the\s+)?"
                           r"(?:(?!(?:said|says|told|is|was|were|are|has|have|had|will|would|could|did)\b|[a-z]+ed\b)"
                           r"[A-Za-z'’-]+\s+){0,3}?")
# Names of a list that nothing placed, between two that were: "in Douentza, Sevare, Bapho, and Segou".
_UNPLACED_ITEMS = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})+(?=,|\s+and\s)")


def _past_unplaced(gap: str) -> str:
    """The words between two listed places, without the names between them nothing placed."""
    return _UNPLACED_ITEMS.sub("", gap, count=1) if gap[:1] == "," else gap


_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+")  # "Khiam, Tyre and Baalbek"
# ... unless the name opens a clause of its own: "struck Hodeidah and Sanaa vowed to respond"
_OPENS_CLAUSE = re.compile(r"\s+(?:[a-z]+ed|said|says|vowed|has|have|had|is|was|were|are|will|would|could|did)\b")
# Between two places of a list: a comma or "and", and at most a few words ("and command rooms in").
_LIST_GAP = re.compile(r"(?=[^;:]*(?:,|\band\b|\bas well as\b))(?:[^.;:]|\.(?! [A-Z])){1,60}")
# "at Tower 22, a small outpost in northeastern Jordan near Rukban": what follows locates the site.
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,4}?(?:in|near|outside|on)\s"
                        r"|,\s+(?:a|an)\s+$", re.I)  # "outside Sirte, a northern Libya town": Sirte described
_GAP_VERB = re.compile(r"\b(?:\w+ed|said|says|told|which|that|who|while|but|killing|wounding|hit|struck)\b", re.I)


def names_force(text: str) -> bool:
    """Does the sentence name a military force ("two destroyers", "troops"), not only merchant
    ships ("a cargo ship sailing in the Gulf of Aden")?"""
    merchant = [m.span() for m in cues.SHIPPING.finditer(text)]
    return any(not any(a <= f.start() < b for a, b in merchant)
               and not (_CRAFT.fullmatch(f.group(0))
                        and _AIMED_AT_CRAFT.search(text, max(0, f.start() - 60), f.start()))
               for f in cues.FORCE.finditer(text))


# Ships named only as ships, after what was fired at them, are the target, not a force on the move:
# "missile attacks against four ships transiting the Red Sea", "drones targeting vessels bound for Eilat".
_CRAFT = re.compile(r"(?:ships?|vessels?|boats?)", re.I)
_AIMED_AT_CRAFT = re.compile(r"\b(?:attacks?|strikes?|missiles?|drones?|rockets?|fire|fired|targeting|targeted|"
                             r"attacked|attacking|hit|struck|seized|seizing|hijacked)\s+(?:(?:against|on|at|upon)\s+)?"
                             r"(?:(?:the|a|an|\d+|" + cues.TWO_TO_TEN + r"|several|many|"
                             r"commercial|merchant|civilian|foreign)\s+){0,2}$", re.I)


# "... for a nine-month deployment", "on their first deployment": a move noun naming the purpose of a move told.
_FOR_A = re.compile(r"\b(?:for|on)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$", re.I)
# A parenthesis that only glosses the words before it: "(USV)", "(IRGC)", "(107mm)".
_GLOSS = re.compile(r"\(\s*[A-Z0-9][A-Za-z0-9.&/-]{0,9}\s*\)")


def _recent(last: dt.date | None, published: dt.date | None) -> bool:
    return last is None or published is None or last >= published - dt.timedelta(days=60)


def _verbal(trigger: str, before: str) -> bool:
    """"besieged", "fired", "carried out that attack": the subject before it is the actor."""
    return bool(re.search(r"(?:ed|ing)$", trigger.lower())) or bool(
        re.search(r"\b(?:carried out|conducted|launched|claimed|staged|mounted)\s+(?:\w+\s+){0,3}$", before))


# ", and command rooms in Qana": another object of the same verb, placed as the first was.
_CONJOINED_OBJECT = re.compile(r"and\s+(?:(?!(?:\w+ed|\w+ing|was|were|is|are|has|have|had|it|its|they|he|she|we|"
                               r"said|says|then|also|later)\b)[\w-]+\s+){1,3}(?:in|at|near|outside)\s", re.I)
# Past verbs that carry out what follows: adjectives after them ("anticipated", "threatened") are
# the object's, not the act's modality.
# Words before a move verb that make it no move: the hypotheticals, except a plan or an order (a planned
# move is still one), and beliefs ("militias believe troops will be leaving"). Built once, not per word.
_MOVE_NOT_ASSERTED = (cues.HYPOTHETICAL - {"plan", "plans", "planned", "order", "orders"}) | cues.BELIEVED
_DONE = frozenset("launched conducted carried mounted staged fired unleashed executed".split())
_KILLED_IN = re.compile(r"(?:[^.;:]|\.(?! [A-Z])){0,80}?\bin (?:a|an|the|"  # "in Sunday's attack"
                        + "|".join(f"{day.title()}'s" for day in WEEKDAYS) + r")\s+(?:[\w-]+\s+){0,2}")
# An act's noun set after a comma to say what the act was ("targeted three ships, attacks they called part of ...").
_RESTATED = re.compile(r"(?:attacks?|strikes?|raids?|operations?)", re.I)
_RESTATED_BY = re.compile(r"\s+(?:they|it|he|she|which|that|the\s+\w+\s+(?:called|described))\b")
_HIT_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:struck|hit|targeted|damaged)$")
# "refuting reports that the coalition is reducing its forces", "denied rumours of a pull-out".
_DENIED_REPORT = re.compile(r"\b(?:refut\w+|den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|debunk\w*)\s+(?:the\s+|media\s+)?"
                            r"(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:that|of)\b[^.;]*$", re.I)
# "near the capital, held by the rebels since late 2014": a place's holder and when the hold began.
_HELD_SINCE = re.compile(r"\b(?:held|controlled|occupied|run|ruled|governed|besieged)\s+by\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){1,4}since\s+$", re.I)
# "the third strike since the earthquake last month": the date of where a count starts.
_NEWS_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){1,3}$", re.I)
# "a ground operation launched last month", "the campaign that began in 2014": when the named thing
# started, told after another verb's act.
_LAUNCHED_BEFORE = re.compile(r"\b(?:operation|offensive|campaign|war|incursion|invasion|mission|deployment)\s+"
                              r"(?:(?:that|which)\s+(?:was\s+)?)?(?:launched|started|begun|began|announced)\s+"
                              r"(?:in\s+|on\s+)?$", re.I)
# "with a barrage of rockets", "with two drones", "with the H-101 missiles": the weapon after words that count or
# describe it, not "with Hamas militants firing rockets" (another actor, another act).
_WITH_INSTRUMENT = re.compile(r"\bwith\s+(?:(?![\w-]+ing\b)(?:[a-z0-9][\w-]*|[A-Z][A-Za-z]*-\d[\w-]*)\s+){0,3}$")
# "destroyed seven radars, one drone and two drone boats in Yemen", "against a farm in Mayadin, two
# headquarters in Bukamal": an item that counts, not "..., two officials in Sanaa said" (who told it).
_COUNTED_ITEM = re.compile(r"(?:one|" + cues.TWO_TO_TEN + r"|several|\d[\d,]*)\s+"
                           r"(?![^,.;]*\b(?:said|says|told|reported|added|confirmed|according)\b)", re.I)
# "during a drawdown of troops", "amid the withdrawal": a move named as the time of another.
_TIME_FRAME = re.compile(r"\b(?:during|amid|amidst|throughout)\s+(?:(?:a|an|the|its|their|her|his|this|that|planned|"
                         r"ongoing|phased|partial|gradual|U\.S\.|US|American)\s+)*(?:time\s+on\s+)?$", re.I)
_CEREMONY = re.compile(r"\s+ceremony\b", re.I)
# "during her time on deployment": a frame of time too
_PROCESS_NOUNS = frozenset({"withdrawal", "drawdown", "drawdowns", "handover", "handovers", "redeployment", "evacuation",
                            "deployment"})
# The same frame told after another move's verb: its places are the frame's ("sent to the Red Sea during a
# withdrawal of troops from Somalia": not from Somalia).
FRAMED_MOVE = re.compile(r"\b(?:during|amid|amidst|throughout)\s+(?:[\w.-]+\s+){0,3}?(?:"
                         + "|".join(sorted(_PROCESS_NOUNS)) + r")\b", re.I)
_AMID = re.compile(r"\b(?:amid|amidst)\s+(?:[\w-]+\s+){0,4}?(?:tensions?|fears?|concerns?|escalation|turmoil|"
                   r"unrest|crisis|war|fighting|conflict)\s+(?:[\w-]+\s+){0,3}?(?:in|across|over|between|with|around)\s",
                   re.I)
_OWNED_QUOTE = re.compile(r"['’]s\s+[“\"][^“”\".,;:]{1,40}[”\"]")  # "Israel's “spy headquarters”": a quoted name
_LATER_PREDICATE = re.compile(r"\b(?:and|but|while)\s+(?:\w+\s+){0,3}?(?:should|will|would|could|is expected|are expected|"
                              r"is due|are due)\b", re.I)
# "Friday's assault was followed by drone attacks", "attacked a patrol on Friday, and a U.S. airstrike there
# killed 12": the next act, told without a day of its own, on that day or the next.
_FOLLOWED = re.compile(r"\bfollowed\s+by\b|,\s+and\s+(?:then\s+)?(?:an?|the)\s+(?:[\w.-]+\s+){0,3}$", re.I)
# "was part of a rocket barrage", "one of a wave of strikes": the whole the act just told belongs to.
_PART_OF = re.compile(r"\b(?:was|were|is|are)\s+(?:part|one)\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "an attack by an unspecified number of rockets": the weapon that made the act, a few words on.
# "launched its biggest air strike in years today, bombing bases around the capital": a participle after the comma
# tells the same act (its day, its actor) and where it landed.
PARTICIPLE_AFTER = re.compile(r"[^,;:—.]*,\s+$")
# (a day may stand first: "an attack on Wednesday with ballistic missiles")
_IN_BRACKETS = re.compile(r"\([^()]*\)")
_NO_HYPHEN = re.compile(r"\b[Nn]o-(?=[a-z])")
# A verb of motion in the simple past ("landed", "flew"), not after an auxiliary ("to land", "would have landed").
_FINITE_PAST = re.compile(r"\w+ed|flew|sent|went|came|left|sailed|rode", re.I)
_AUX_BEFORE = re.compile(r"\b(?:to|be|been|being|will|would|could|may|might|should|is|are|was|were|has|have|had)\s+$",
                         re.I)
# The aim of the subject, told between it and its verb: "aircraft expected to take part in the no-fly zone".
_SUBJECT_AIM = re.compile(r"\b(?:expected|set|due|scheduled|intended|planned|meant|tasked)\s+to\s+[^,;:.]*$", re.I)
_KILLED_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)  # "was (reported) killed"
_SINCE_ACT = re.compile(r"\bsince\s+(?:the|their|its|his|her|a|an)\s+[^,;:.]{0,50}?\b(?:in|on)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_COUNTED_DOWNED = re.compile(r"\b(?:the|a|an|its|their|another|first|second|third|fourth|fifth|sixth|"
                             r"\d+(?:st|nd|rd|th))\s+$", re.I)
# A bracketed aside that tells something of its own ("(the ministry said)", "(the strike killed four)"): a break.
_ASIDE_CLAUSE = re.compile(r"\b(?:said|says|told|killed|wounded|was|were|is|are|has|have|had)\b")
_BY_WEAPON = re.compile(r"\s+(?:(?:on|early|late)\s+(?:[A-Z][\w.]*,?\s+){1,2}(?:\d{1,2},?\s+)?)?(?:by|with|using)\s+"
                        r"(?:[\w'’-]+\s+){0,8}")
# "ballistic missiles and drones targeting ...": the weapons of one act
_WEAPONS_LISTED = re.compile(r"\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}")
_ON_TARGET = re.compile(r"\s+(?:on|against|targeting)\s+(?:[\w'’-]+\s+){0,5}")
_WHEN_AT = re.compile(r"\s*(?:about\s+|some\s+)?(?:\d|off\b|in\b|near\b|sailing\b|transiting\b|underway\b)", re.I)
# "seized a tanker while (it was) transiting the Strait of Hormuz": where the ship was (not "while 3 soldiers were
# hurt in Fallujah", another clause, nor "while en route to Jeddah", where it was going).
_WHILE_AT = re.compile(r"\s*(?:(?:it|she|they)\s+(?:was|were)\s+)?(?:sailing|transiting|underway|anchored|at\s+anchor|"
                       r"passing\s+through|crossing)\b", re.I)
# "shot down as it came in to land at Luhansk", "hit as it was sailing off Aden": where the craft was when hit.
_AS_IT_FLEW = re.compile(r"(?:it|she|they)\s+(?:was\s+|were\s+)?(?:(?:came|coming)\s+in\s+to\s+land|landing|landed|"
                         r"flew|flying|sailed|sailing|transited|transiting|passed|passing)\s+"
                         r"(?:at|in|off|near|over|through|past|across)\b", re.I)  # not "sailing toward Djibouti"
# A verb of the reference's own in the gap: what follows is its object, not where the act was.
_OTHER_VERB = re.compile(r"^\s*(?:have|has|had|will|would|could|may|might)\s+(?!been\b|killed\b|wounded\b|injured\b|"
                         r"damaged\b|destroyed\b|hit\b|struck\b|targeted\b|left\b)\w+", re.I)
# An appositive that places the name before it by another ("Petah Tikva, a city east of Tel Aviv, where ..."):
# the relative clause after it hangs on the described town, not on the one it is placed by.
_APPOSITIVE_OF = re.compile(r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port|suburb|district|area|"
                            r"settlement|neighbou?rhood)\s+(?:[\w,.()-]+\s+){0,4}?(?:of|from|near|outside|in)\s+"
                            r"(?:the\s+)?")
# "which was hit by rockets": a relative "which" or "that" is where only when its clause is passive
# (not "warships in the Red Sea, which launched Tomahawks": there "which" is the actor).
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\b")
# From a relative word to its clause's trigger: a few words, none a modal ("where drones attacked",
# "which was hit by rockets"; not "where it will take part in guarding ships against attacks").
_RELATIVE_TO_TRIGGER = re.compile(r"\s+(?:(?!will\b|would\b|could\b|may\b|might\b|can\b)[\w'’-]+\s+){0,4}")
# "fired from a truck near Rashidiya": a "from" with no word of impact after it (not "fired from
# Gaza landed in a field near Sderot").
# ... and "missiles fired by U.S. ships in the Adriatic struck Belgrade": where the ships were.
_CAME_FROM = re.compile(r"\b(?:from|fired\s+by\s+(?:[\w.'’-]+\s+){1,4}?(?:in|off|aboard))\b"
                        r"(?!.*\b(?:on|at|into|against|targeting|targeted|hit|hitting|struck|striking|"
                        r"landed|landing|fell|falling|slammed|crashed|exploded|impacted|downed|intercepted|shot|killed|killing|wounded|"
                        r"wounding|injured|injuring)\b)")  # "fired from across the border killed two in Metula": where it killed
# A day still to come lies at most this many days after its report ("will leave on May 10", May 1).
FUTURE_REACH_DAYS = 60
# How many days before its report an answered act may lie and still be of the answer's news cycle.
ANSWER_NEWS_DAYS = 2
# The rest of a list of adjectives after a comma, and its head: "U.S., coalition and Iraqi forces".
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w.])" + ADJECTIVE_ITEM + "$")
_ADJECTIVES_ON = re.compile(r"(?:" + ADJECTIVE_ITEM + r",\s*)*" + ADJECTIVE_ITEM
                            + r",?\s+(?:and|or)\s+(?:[\w-]+\s+)?(?P<head>[\w-]+)")
# Between a town and the passive act it suffered: "Tabriz was attacked", "Erbil has again been targeted".
_SUFFERED_BY = re.compile(r"\s+(?:was|were|has|have|had)\s+(?:(?:again|also|repeatedly|reportedly)\s+)?(?:been\s+)?"
                          r"(?:(?:again|also|repeatedly|reportedly)\s+)?")
_PLACED_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|over|on|into|around|of)\s+(?:the\s+)?"
                            # "convoys in al-Diwaniyah came under attack": the name's article, glued on
                            r"(?:[\w'’-]+\s+){0,3}(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?$", re.I)
_NAME_LIST = re.compile(r"(?:\s*(?:,|\band\b|\bthe\b|[A-Z][\w'’.-]*)\s*)*")  # ", Bahrain and the Netherlands"
_FEW_WORDS = re.compile(r"\s*(?:[\w-]+\s+){0,2}")  # at most two words between a date and its noun
# Words that end a date's phrase: "on Thursday after flying" dates the arrival, not the flight.
_LINKS = frozenset("after before and or but when while then as to from by with in on at of for since until".split())


def _noun(trigger: str) -> bool:
    """Only a noun can be a reference back ("the strike", "these deployments")."""
    low = trigger.lower()  # "completed the encirclement of": a verb phrase, by its first word
    return not (re.search(r"(?:ed|ing)$|^(?:hit|hits|struck|flew|flown|sent|did kill)$", low)
                or " " in low and re.search(r"^\w+(?:ed|ing|es)\s+the\b", low))


def _definite(before: str) -> bool:
    """Is the trigger's noun phrase definite ("the Thursday strike", "that attack")? "The rocket was
    part of a barrage that also hit ..." refers to the act just told, as a definite noun does."""
    if _PART_OF.search(before):
        return True
    words = [w.lower() for w in re.findall(r"[\w'’.-]+", before)[-5:]]
    for i in range(len(words) - 1, -1, -1):
        low = words[i]
        if low in ("that", "this") and i + 1 < len(words) and words[i + 1] in cues.PRONOUNS:
            return False  # "that it would be deploying": a conjunction, not a determiner
        if low in ("the", "this", "that", "these", "those", "such", "its", "their", "his", "her", "any", "either"):
            return True
        if re.fullmatch(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)['’`]s", low):
            return True  # "reacted to Friday's attack": the act of that day, told before
        if low in ("a", "an", "another") or low in cues.AUXILIARY or low in cues.FUTURE or low in cues.PRONOUNS:
            return False
        if low in cues.CLAUSE_BREAKS or low in ("of", "on", "in", "for", "and", "or", "by", "to"):
            return False
    return False


def _future(words: list[str]) -> bool:
    return any(w in cues.FUTURE or w in ("decided", "plans", "plan") for w in words)


# A bomb found or made safe: "police defused an explosive device near the embassy", "a roadside bomb was
# discovered".
_LEFT_OVER = re.compile(r"\b(?:unexploded|leftover|left-over|abandoned)\s+(?:[\w-]+\s+)?$", re.I)
_PLANTED = re.compile(r"\b(?:bombs?|bombing|IEDs?|explosive|mines?)\b", re.I)
_MADE_SAFE = r"(?:defused|dismantled|disarmed|discovered|found|seized|removed|neutrali[sz]ed)"
_MADE_SAFE_BEFORE = re.compile(r"\b" + _MADE_SAFE + r"\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$",
                               re.I)
_MADE_SAFE_AFTER = re.compile(r"\s+(?:\([A-Z]+\)\s+)?(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
                              + _MADE_SAFE + r"\b", re.I)
# "drone strikes (are) less common", "such attacks were rare", "rocket fire is frequent": how often acts happen.
_HOW_OFTEN = re.compile(r"\s+(?:(?:is|was|are|were|have\s+been|has\s+been|remain|remains|remained)\s+)?(?:still\s+)?"
                        r"(?:less|more|far|much|increasingly|relatively|very|fairly|quite)?\s*"
                        r"(?:common|uncommon|rare|frequent|infrequent|routine|commonplace)\b", re.I)


def _clause_tail(text: str) -> str:
    """The part of ``text`` in the same clause as what follows it (after the last comma,
    dash or quote, and after the last "that", "which", "when" ...)."""
    tail = _last_clause(text).split(",")[-1]
    breaks = list(cues.CLAUSE_BREAK_OR_AND.finditer(tail))
    return tail[breaks[-1].end():] if breaks else tail


def _last_clause(text: str) -> str:
    # a word in scare quotes ('an "Israeli" attack') opens no quotation
    text = _SCARE_QUOTED.sub(lambda m: f" {m.group(1)} ", text)
    cut = max(text.rfind(ch) for ch in ";:—(\"“”")
    return text[cut + 1:]


_SCARE_QUOTED = re.compile(r"[\"“]([\w-]+)[\"”]")
