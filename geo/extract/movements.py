"""Deployments: forces sent, flown, sailing or put on alert, from an origin to a destination.

An origin only the unit implies (the 82nd Airborne's home station) comes from
``geo.extract.units`` and is marked inferred.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from geo.records import Candidate
from geo.extract import cues, lexicon
from geo.extract.sentence import FRAMED_MOVE, Trigger, _future
from geo.gazetteer import within as _within
from geo.mentions import category
from geo.placewords import BOUND_FOR, COMPOUND_HEADS
from geo.text import fold
from geo.types import MOVEMENT, moves

# "in the northern Arabian Sea"; "to troubled eastern Congo" (``lexicon.PLACE_EPITHETS``)
# ... and "to Iraq's Anbar province", "the encirclement of Gaza's Rafah": a place owned by its country
# ... and "into Marxist-led Grenada", "to Taliban-held Musa Qala": a compound adjective (``COMPOUND_HEADS``)
_SIDE = (r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
         r"(?:(?:" + lexicon.alternation(lexicon.PLACE_EPITHETS) + r"|[\w.]+-(?:" + "|".join(sorted(COMPOUND_HEADS))
         + r"))\s+)?"
         r"(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+|central\s+)?")
# Words before a destination, strongest first: "to", then "for", then "at" or "in", then a verb
# of arrival that takes it as its object.
# "to the Yemeni island of Perim", "into the port city of Aden": the kind of place, then its name.
_KIND_OF = rf"(?:(?:[A-Z][\w-]*\s+){{0,2}}(?:{cues.PLACE_KIND})(?:\s+city)?\s+(?:of\s+)?(?:the\s+)?){{0,2}}"
# "entered the centre of Manbij", "sent to the southern end of the Bab al-Mandab Strait", "the outskirts of the
# village of Khiam"
_ENTER_WORDS = frozenset(lexicon.words_of(lexicon.ENTER))
_ENTERED = re.compile(rf"\b({lexicon.alternation(lexicon.ENTER)})\s+(?:the\s+)?{_SIDE}{_KIND_OF}$", re.I)  # "reached the eastern Mediterranean"
_DESTINATION_CUES = tuple(re.compile(p, re.I) for p in (
    cues.TO_BE_BASED.pattern,  # "sent to the region and will be based at Al Udeid": the finer, told last
    # "returned to her Portsmouth homeport": a possessive before the name of home
    rf"\b(to|toward|towards|into|onto)\s+(?:various locations in\s+)?(?:the\s+|her\s+|its\s+|their\s+|his\s+)?{_SIDE}{_KIND_OF}$",
    # "raced to the tanker in the Gulf of Oman", "sent a patrol plane to watch the seized tanker in the Gulf of
    # Oman": a ship's aid goes where the ship is
    rf"\bto\s+(?:(?:assist|help|aid|watch|monitor|escort|shadow|protect|guard)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{lexicon.alternation(lexicon.SHIPPING)}|ships?|vessels?)\s+(?:in|off|near)\s+(?:the\s+)?{_SIDE}{_KIND_OF}$",
    # "moved to the British base on Diego Garcia", "sent to an air base in Jordan": the facility's place
    rf"\bto\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:base|air\s?base|airfield|air\s+field|naval\s+station|"
    rf"facility)\s+(?:on|at|in|near)\s+(?:the\s+)?{_SIDE}{_KIND_OF}$",
    rf"\bfor\s+(?:the\s+)?{_SIDE}$",
    # "batteries deployed near Adana", "went operational around the airport"
    rf"\b(at|in|off(?:\s+the\s+coast\s+of)?|around|near)\s+(?:the\s+)?{_SIDE}{_KIND_OF}$",
    r"\bon\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?islands?\s+of\s+$",  # "landed on the island of Abu Musa"
    rf"\b(?:land(?:s|ed|ing)?|ashore)\s+on\s+(?:the\s+)?{_SIDE}{_KIND_OF}$",  # "Marines landed on Grenada"
    _ENTERED.pattern,
    # "the destroyer transited the Strait of Hormuz": where a passage takes it, no further end told
    rf"\b(?:{'|'.join(lexicon.forms('transit'))})\s+(?:the\s+)?{_SIDE}$"))
# "recaptured the town of Kafr Nabl", "took control of Afrin": ground taken is where the force went (only
# for a capture's own verb: "sent troops to help Iraqi forces retake Mosul" sends them to Iraq; not a participle
# before its noun: "weapons looted from captured army bases in Iraq").
_TAKEN = re.compile(rf"(?<!from )(?<!of )(?<!the )(?<!\ba )(?<!\btwo )(?<!recently )(?<!newly )(?<!who )(?<!which )"
                    rf"(?<!that )\b(?:{cues.GROUND_TAKEN.pattern})\s+(?:the\s+)?"
                    rf"(?:(?:[\w-]+\s+){{0,2}}?"
                    rf"(?:{lexicon.alternation(lexicon.TAKEN_SITES)})\s+(?:in|at|of|near|outside)\s+(?:the\s+)?)?"
                    rf"{_SIDE}{_KIND_OF}$", re.I)
# "B-52s flew a patrol across the Middle East", "a B-1 flew over the Strait of Hormuz": a bombers' show of
# force is a move to where they flew (not jets "seen flying over southern Lebanon", units "from across the U.S.")
_OVERFLIGHT = re.compile(rf"(?<!from )\b(?:over|across|(?:near|off|along)\s+the\s+coast(?:line)?\s+of)\s+(?:the\s+)?{_SIDE}$",
                         re.I)  # ("flew for hours near the coast of Venezuela")
_BOMBERS = re.compile(r"\bbombers?\b|\bB-(?:1|2|52)\w*", re.I)
# "sent the carrier through the Strait of Hormuz", "the submarine passed through the strait": a force
# sent or sailing through a strait, no further end told, is there; not "after sailing through the canal"
# (the way it came) nor "the carrier's transit through the canal had been planned" (one told before).
_THROUGH = re.compile(rf"\bthrough\s+(?:the\s+)?{_SIDE}$", re.I)
_WAY_WORDS = "after|before|since"
_WAY_CAME = re.compile(rf"(?:\b(?:{_WAY_WORDS})\s+|['’]s\s+)$", re.I)
_WAY_CAME_AFTER = re.compile(rf"\b(?:{_WAY_WORDS})\b", re.I)


# "airmen from Utah's Hill Air Force Base", "soldiers of Fort Drum's brigade", "assigned to", or the
# base opening the sentence: where a force returning home is based.
_HOME_UNIT_BASE = re.compile(r"(?:\b(?:from|of|at|to)\s+(?:[A-Z][\w.]*['’]s\s+)?(?:the\s+)?|^\W*(?:the\s+)?)$")
_QUALIFIER = re.compile(r",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,")  # ", Louisiana,"
_NOT_TO = re.compile(r"\b(?:not|no\s+longer|never)\s+(?:be\s+)?(?:going|sent|deploy(?:ed|ing)?|headed|heading|moving|"
                     r"sailing|go|head|move|sail)\s+(?:to|into)\s+(?:the\s+)?$|"
                     r"\b(?:trip|visit|journey|tour)\s+to\s+(?:the\s+)?$|"  # "departing for a trip to Japan"
                     r"\b(?:signal|message|warning|letter)s?\s+(?:of\s+[\w-]+\s+)?to\s+(?:the\s+)?$",
                     re.I)  # "a signal to Iran", "a direct message of deterrence to Iran"


# A move home, told by its verb: "returned to", "came back to", "headed back to".
_RETURNING = re.compile(r"(?:return|came\s+back|come\s+back|coming\s+back|head\w*\s+back)", re.I)
# "calling at Crete before heading for the Red Sea", "via Cyprus": a stop on the way, not where it goes.
_WAYPOINT = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:at|in)|stop(?:s|ped|ping)?\s+(?:at|in|over\s+in)|"
                       r"(?:a|its|their)\s+stop(?:over)?\s+(?:at|in)|via|by\s+way\s+of|refuel(?:s|ed|ing|l\w+)?\s+(?:at|in))"
                       r"\s+(?:the\s+)?(?:island\s+of\s+)?$", re.I)
# A destination told by its kind alone, right after the verb: "poured into the city", "moved toward the town".
_INTO_UNNAMED = re.compile(r"\s+(?:(?:into|to|toward|towards|onto)\s+)?the\s+(?:[a-z][\w-]*\s+){0,2}?(?:city|town|"
                           r"village|capital|enclave|port|camp)\b(?!\s+of\b)")
# Ground taken told by its kind and its country alone: "rebels seize Mali town", "captured a Syrian village" (the
# town is named elsewhere, or nowhere: not the country).
_TAKEN_UNNAMED = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:town|city|village|"
                            r"camp|base|outpost)\b(?!\s+(?:of|in|near|outside)\b)")
# ... and, after it, another clause's own end: ", residents fled to Iligan".
_ANOTHER_END = re.compile(r"[,;]\s+[^,;]*\b(?:to|into|toward|towards)\s+(?:the\s+)?$", re.I)
# "from Komaki Air Base in Aichi": right after the origin, where the origin lies.
_ORIGIN_LIES = re.compile(r",?\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,3}of\s+(?:the\s+)?)?$|,\s*$")


# "arriving from Barksdale to support the campaign against Islamic State in Iraq and Syria": why, not where.
_PURPOSE = re.compile(r"\bto\s+(?:support|help|assist|fight|counter|back)\s+(?:[\w'’-]+\s+){0,6}?"
                      r"(?:in|against)\b", re.I)


# Places a force left, listed after their plural kind: "had left the Syrian cities of Tabqah and Raqqa".
_LEFT_MANY = re.compile(r"\b(?:from|out\s+of|left|leaving|vacated|vacating)\s+the\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:cities|towns|villages|bases|provinces)\s+of\s+$", re.I)


class MovementReader:
    """Deployment reports of a sentence (mixed into the sentence reader)."""

    def _tidy(self, cands: list[Candidate], kinetic_after: list[bool]) -> list[Candidate]:
        tidy = _tidy_movements(cands, kinetic_after)
        moving = [c for c in tidy if moves(c.type)]
        if not moving or any(c.place is not None for c in moving) or self.force_named:
            return tidy
        # "They are to depart from Fort Bragg on Tuesday": a force named by a pronoun goes nowhere
        # this sentence does not say
        return [c for c in tidy if not moves(c.type)]

    def _movements(self, t: Trigger, end: int) -> list[Candidate]:
        """One movement, or one per origin when the sentence lists several ("batteries from
        Fort Sill, Oklahoma; ... from Fort Liberty, North Carolina and ... from Fort Cavazos")."""
        read = None if cues.MERCHANT_MOVER.search(self.text, 0, t.start) else self._movement(t, end)
        if read is None:
            return []
        cand, destinations = read
        if len(destinations) > 1:
            # "troops ordered to Poland, Romania and Germany": one move to each
            return [replace(cand, place=p, order=(cand.order[0], cand.order[1] + i))
                    for i, p in enumerate(destinations)]
        origins = self.listed_origins()
        if len(origins) < 2 or cand.origin not in origins:
            return [cand]
        # "batteries from Fort Sill ...; ... from Fort Liberty" go where the last move went; a force
        # pulled out of several countries goes nowhere the text says
        destination = cand.place or (None if withdrawing(self.text) else self.last_destination)
        return [replace(cand, origin=o, origin_inferred=False, place=destination,
                        order=(cand.order[0], cand.order[1] + i)) for i, o in enumerate(origins)]

    def listed_origins(self):
        """Each "from X" of the sentence, when it lists several (the first of each, not the
        state or country that qualifies it)."""
        out, last_end, tier = [], None, None
        for m in self.mentions:
            local = m.start - self.sentence.start
            head = self.text[max(0, local - 12):local]
            after_from = re.search(r"\bfrom\s+(?:the\s+)?$", head)
            cued = not cues.NOT_ORIGIN.search(self.text[max(0, local - 40):local]) and (
                after_from and (m.place.kind in ("site", "city") or withdrawing(self.text[:local]))
                or re.search(r"\bout of\s+(?:the\s+)?$", head)  # "pulled out of Iraq, Kuwait and Jordan"
                or _LEFT_MANY.search(self.text, max(0, local - 60), local))  # "left the cities of Tabqah and Raqqa"
            # "from A and B", "out of Iraq, Kuwait and Jordan"
            joined = last_end is not None and _tier(m.place) == tier and re.fullmatch(
                r"\s+and\s+" if tier == "local" else r"\s*,\s*(?:and\s+)?|\s+and\s+", self.text[last_end:local])
            if cued or joined:
                if m.place not in out:
                    out.append(m.place)
                last_end, tier = m.end - self.sentence.start, _tier(m.place)
        return out

    def _origin_cued(self, m, local: int, t: Trigger, end: int) -> bool:
        """Is the place at ``local`` where the force sets out from: "from X" near the verb or
        opening its subject, "F-16s based at Aviano", "which had been operating in the Black Sea",
        "after exercises off Morocco", "the 388th Fighter Wing, both at Hill Air Force Base"?"""
        head = self.text[max(0, local - 45):local]
        wide = self.text[max(0, local - 40):local]
        near = t.end <= local < min(end, t.end + 120)
        # "jets from RAF Lakenheath flew to Jordan": the origin may open the subject
        between = _QUALIFIER.sub("", self.text[local:t.start])  # "from Barksdale AFB, Louisiana, touched down"
        subject = local < t.start and t.start - local < 80 and not re.search(r"[,;:]", between)
        if (near or subject) and cues.ORIGIN_CUES.search(head) and not cues.NOT_ORIGIN.search(wide) \
                and not cues.LEFT_AS_IT_WAS.match(self.text, m.end - self.sentence.start) \
                and not (near and (cues.PURPOSE_FROM.search(self.text, t.end, local)
                                   or FRAMED_MOVE.search(self.text, t.end, local))):
            return True  # not "left for Cyprus to evacuate citizens from Lebanon": whom they will take out
        if local > t.end and withdrawing(t.text) and _LEFT_SITES_IN.fullmatch(self.text, t.end, local):
            return True  # "pulled out of two bases in southern Somalia": where they left
        if self._withdraws(t) and self._left(m, local, t):
            return True  # "troops in Iraq will be withdrawn", "reduce the troops in Iraq", "handed over the K1 base"
        if self._based_at(local) and local < t.end + 60:
            return True  # not "... posing a threat to forces based at Tanf", told far after the verb
        if self._back_from(local):
            return True  # "arrived home on Tuesday from their deployment to Qatar"
        if local >= t.start:
            return False
        return bool(cues.ORIGIN_WAS.search(self.text, max(0, local - 60), local)
                    or cues.ORIGIN_EXERCISE.search(self.text[max(0, local - 60):local])
                    or m.place.kind in ("site", "city") and _UNIT_AT.search(self.text, max(0, local - 40), local)
                    and cues.UNIT.search(self.text[max(0, local - 90):local]))

    def _home_base_before(self, t: Trigger):
        """The base the force is from, named in the subject of a move home ("airmen from Utah's
        Hill Air Force Base", "Fort Drum's 2nd Brigade"), or None."""
        for m in reversed(self.mentions):
            local = m.start - self.sentence.start
            if local < t.start and "base" in category(m.place) and m.place.kind in ("site", "city") \
                    and not self._back_from(local) \
                    and _HOME_UNIT_BASE.search(self.text, max(0, local - 30), local):
                return m
        return None

    def _origin_after(self, t: Trigger, end: int):
        """The first place after the trigger that says where the force comes from ("after four
        months at Al Udeid"), or None."""
        return next((m.place for m in self.mentions if not m.modifier and m.start - self.sentence.start >= t.end
                     and self._origin_cued(m, m.start - self.sentence.start, t, end)), None)

    def _sender_words(self, t: Trigger) -> tuple[str, str]:
        """The words that may name who sends the force: the trigger's clause before it ("Four
        Egyptian warships crossed", "Qatar has sent") and its object up to the first place word
        ("sent 1,000 Qatari troops to")."""
        head = self.text[:t.start]
        cut = max(head.rfind(ch) for ch in ";:—–()\"“”")
        tail = _OBJECT.match(self.text, t.end)
        return head[cut + 1:], tail.group(0) if tail else ""

    def _left(self, m, local: int, t: Trigger) -> bool:
        """Is the place at ``local`` where a withdrawal leaves: its force's place, as the subject
        ("troops in Iraq| will be |withdrawn") or the object ("reduce the number of troops in Iraq"),
        or the site handed over ("handed over the Qayyarah air base")?"""
        if _FORCE_IN.search(self.text, max(0, local - 50), local):
            if local < t.start:
                return bool(_AUXILIARIES.fullmatch(self.text, m.end - self.sentence.start, t.start))
            return t.end <= local < t.end + 60
        if not self._hands_over(t):
            return False
        if local > t.end:
            return bool(_HANDED_GAP.fullmatch(self.text, t.end, local))
        # "a camp near the river was returned to the army": the site is the passive's subject
        return bool(_SITE_THEN.search(self.text, max(0, local - 40), local)
                    or _THEN_SITE.match(self.text, m.end - self.sentence.start))

    def _hands_over(self, t: Trigger) -> bool:
        """Does the trigger hand a site to another force: a site its object ("handed over the airfield",
        "transferred the airfield to the army"), or its subject in the passive ("the camp was returned to
        the army")? A verb that also moves a force hands over only to a force that receives the site."""
        verb = _TO_AFTER.sub("", t.text)
        handed, both = _HANDED.fullmatch(verb), _HANDED_TO.fullmatch(verb)
        if not (handed or both):
            return False
        if _PASSIVE.search(self.text, max(0, t.start - 30), t.start):
            # "a camp outside Mosul ... was returned to the army": the site opens the clause (not "soldiers
            # held at the base were returned to the army")
            site = _SITE_SUBJECT.match(_CLAUSE_BREAK.split(self.text[:t.start])[-1])
            return bool(site and (handed or _RECEIVED.match(self.text, t.start + len(verb))))
        if verb != t.text:
            return False  # "troops returned to Al Asad Air Base": where they went, not what they gave
        # "transferred K1 Air Base in Kirkuk province to the Iraqi army": the site its object, then who took it
        site = _SITE_AFTER.match(self.text, t.end)
        return bool(site and (handed or _RECEIVED_AFTER.match(self.text, site.end())))

    def _withdraws(self, t: Trigger) -> bool:
        """Does the trigger pull a force out ("withdrawn", "handed over", "reduce the number of troops")?"""
        return withdrawing(t.text) or bool(_REDUCING.match(self.text, t.start)) or self._hands_over(t)

    def _based_at(self, local: int) -> bool:
        """Is the place at ``local`` where a force is at home ("F-16s based at Aviano"), not where
        it will be ("will be based at Al Udeid")? Such a place is an origin, never a destination."""
        return bool(cues.BASED_AT.search(self.text[max(0, local - 25):local])
                    and not cues.TO_BE_BASED.search(self.text[max(0, local - 40):local]))

    def _back_from(self, local: int) -> bool:
        """Is the place at ``local`` where a force comes home from ("from their deployment to Qatar")?"""
        return bool(cues.FROM_TOUR.search(self.text, max(0, local - 60), local))

    def _movement(self, t: Trigger, end: int) -> tuple[Candidate, list] | None:
        """The move the trigger tells, and its destinations when the sentence lists several."""
        sender_words = self._sender_words(t)
        subject = sender_words[0]
        capture = bool(cues.GROUND_TAKEN.fullmatch(t.text))  # captured, or entered (taken when the hostile side did)
        mover = _REPORTED.split(subject)[-1]  # "a Navy spokesman said the destroyer| left Bahrain": who moved
        if _SELF_MOVING.match(t.text) and cues.PERSON_MOVES.match(mover) and not _THEIR_FORCE.search(mover) \
                and not _LEADING_FORCE.search(mover + " " + self.text[t.end:t.end + 60]):
            return None  # "the head of the army arrived in Kassala": a visit, not a force moved
        if cues.NOT_FORCE_MOVER.search(mover) and not cues.FORCE.search(mover):
            return None  # "refugees crossed the border into Chad as the fighters advanced": not the fighters' move
        origin, destination, told, origin_end = None, None, None, None
        for m in self.mentions:
            if m.modifier:
                continue  # "withdrew from Iraq's Taji military base": the base is the origin, not Iraq
            local = m.start - self.sentence.start
            if origin is None and self._origin_cued(m, local, t, end):
                origin, origin_end = m.place, m.end  # "jets from the 388th Fighter Wing, both at Hill Air Force Base, arrived"
        if origin is not None and origin_end - self.sentence.start <= t.start and _RETURNING.match(t.text) \
                and (tour := self._origin_after(t, end)) is not None:
            # "airmen from Moody Air Force Base returned to Georgia after a deployment in the Middle East":
            # the base they are from is home; they come back from the tour
            origin, origin_end = tour, None
        after = self._places_after(t, end, clause=False)
        if (own := _INTO_UNNAMED.match(self.text, t.end)) and not any(
                m.start - self.sentence.start <= own.end() + 12 for m in after):
            # "as troops and tanks poured into the city, residents fled to Iligan": the force's own end is a
            # town told before, not a place another clause names
            after = [m for m in after if not _ANOTHER_END.search(self.text, own.end(), m.start - self.sentence.start)]
        way_came = bool(_WAY_CAME.search(self.text, max(0, t.start - 10), t.start))
        overflight = (_OVERFLIGHT,) if _BOMBERS.search(self.text) else ()
        taking = (_TAKEN,) if capture else ()
        # "troops entered the outskirts of Khiam, their deepest incursion into south Lebanon", "retook Fallujah, ...
        # in Baghdad's war": the verb's own object first
        entering = (_ENTERED,) if t.text.lower() in _ENTER_WORDS else ()
        # "handed over the base to Iraqi forces": a site left to another force; the force goes nowhere told
        handing = self._hands_over(t)
        hand_word = _HANDED.fullmatch(t.text) or _HANDED_TO.fullmatch(t.text)
        if not handing and hand_word and fold(t.text) not in _MOVE_WORDS:
            return None  # "a Humvee turned over near the base": a hand-over verb that hands nothing over
        for priority in () if handing else (*entering, *taking, *_DESTINATION_CUES, *(() if way_came else (_THROUGH,)),
                                            *overflight):
            for m in after:
                local = m.start - self.sentence.start
                if _where_origin_is(m.place, origin) or (
                        origin_end is not None and _ORIGIN_LIES.fullmatch(self.text, origin_end - self.sentence.start, local)):
                    continue  # "from Barksdale Air Force Base in Louisiana", "from Komaki in Aichi": where the origin is
                if _WAYPOINT.search(self.text, max(0, local - 40), local):
                    continue  # "calling at Crete before heading for the Red Sea"
                if m.text.endswith(("'s", "’s")) and any(n.start == m.end + 1 for n in after):
                    continue  # "the encirclement of Gaza's Rafah": the town, not its owner
                if _NOT_TO.search(self.text[max(0, local - 40):local]) or _PURPOSE.search(self.text[t.end:local]) \
                        or self._back_from(local) or self._based_at(local):
                    continue  # "they are not going to Israel"; "to support the campaign against IS in Iraq"
                if t.definite and _MODAL_VERB.search(self.text, t.end, local):
                    continue  # "the re-movement of the forces will not create a vacuum in Yemen": another verb's
                if priority is _THROUGH and _WAY_CAME_AFTER.search(self.text, t.end, local):
                    continue  # "to head for a port after sailing through the Suez Canal"
                if priority.search(self.text[max(0, local - 60):local]):
                    destination, told = m.place, m
                    break
            if priority is _TAKEN and destination is None:
                return None  # ground taken is the verb's own object: "captured an ISIS commander in Kirkuk" is not
            if destination:
                break
        if destination is None:
            # "two minesweepers bound for Bahrain sailed from Plymouth": told in the subject
            bound = [m for m in self.mentions if 0 < t.start - (m.start - self.sentence.start) < 80
                     and BOUND_FOR.search(self.text, 0, m.start - self.sentence.start)]
            destination = bound[-1].place if bound else None
        if destination is None:
            # "Marines were sent to evacuate the embassy staff from Kabul": where they go to take people out
            purpose = cues.PURPOSE_FROM.search(self.text, t.end, min(end, t.end + 120))
            if purpose:
                destination = next((m.place for m in after if m.start - self.sentence.start > purpose.end()
                                    and re.search(r"\bfrom\s+(?:the\s+)?$", self.text[:m.start - self.sentence.start])),
                                   None)
        if destination is None and cues.ONWARD.search(self.text[t.end:]) and self.last_destination:
            destination = self.last_destination
        if destination is None and cues.HOMEWARD.search(self.text, t.start, min(len(self.text), t.end + 25)):
            # "Ohio National Guard soldiers returned home from Kuwait": home is the Guard's state;
            # "airmen from Hill Air Force Base came home after four months at Al Udeid": their base
            destination = self.units.guard_home(self.text)
            based = self._home_base_before(t) if destination is None else None
            if based is not None:
                destination = based.place
                if origin is not None and origin.id == based.place.id:
                    origin = self._origin_after(t, end)  # the tour, not the base they are from
        if destination is None and origin is None:
            return None
        unit_match = [u for u in cues.UNIT.finditer(self.text)]
        unit = _units_named(unit_match)
        inferred = False
        if origin is None:
            home = self.units.home(self.text)
            if home is not None and home is not destination:
                origin, inferred = home, True
        if origin is None:
            state = self.units.guard_home(self.text)  # "Kentucky National Guard soldiers will deploy to ..."
            if state is not None and state is not destination and destination is not None:
                origin = state
        forces = _forces(self.text)
        if origin is None and destination is not None and not _at_sea(forces):
            home = self.units.sender(*sender_words)  # "Qatar has sent 1,000 troops to Yemen"
            if home is not None and home.country != destination.country:
                origin, inferred = home, True
        status = "planned" if cues.PLANNED.search(self.text) or _future(self._window(t)) else self._status(t, end)
        first, last, precision = self._when(t)
        destinations, last_end = [], None
        for m in self._listed(told, after) if told else []:
            gap = self.text[last_end:m.start - self.sentence.start] if last_end is not None else ""
            if _tier(m.place) != _tier(told.place) or re.search(r"\bduring\b", gap):
                break  # "to the Middle East, including Fort Cavazos"; "..., and during an exercise in Jordan"
            last_end = m.end - self.sentence.start
            if _where_origin_is(m.place, origin):
                continue  # "from Dyess AFB, Texas": where the origin is, not another destination
            destinations.append(m.place)
        if capture and destination is not None and destination.kind == "country" \
                and _TAKEN_UNNAMED.match(self.text, t.end):
            return None  # "Rebels seize Mali town": which town, the country does not say
        foe, partner = cues.FOE_TAKING.search(subject), cues.PARTNER_FORCE.search(subject)
        # "SDF fighters retook the town": the partner named first is the subject; not "militants who ambushed
        # Iraqi troops captured the town"; nor "the campaign against the Islamic State saw the army recapture"
        taken_by_foe = capture and foe is not None \
            and not (partner is not None and partner.start() <= foe.start()) \
            and not (told is not None and cues.TAKEN_FROM_FOE.match(self.text, told.end - self.sentence.start)) \
            or capture and destination is not None \
            and cues.war_role(subject, self.article.whole, destination.country) == "foe"  # "Russian troops seized"
        if taken_by_foe:
            origin, inferred = None, False  # "Islamic State fighters recaptured Palmyra": an attack on the town
        return Candidate(
            type="attack" if taken_by_foe else MOVEMENT, status=status, first=first, last=last, precision=precision,
            place=destination, source=self._source(), origin=origin, origin_inferred=inferred,
            actor=self._actor(self.text[:t.start], "", "strike") or "", unit=unit, definite=t.definite,
            forces=forces, force=_force_named(_RECEIVED.sub("", self.text) if handing else self.text),
            published=self.article.published,
            order=(self.article.name, self.sentence.start + t.start)), destinations



# Verbs of a mover that goes itself ("arrived", "returned"), not of one that sends others ("sent").
_SELF_MOVING = re.compile(r"(?:arriv|return|reach|fl[eoy]|head|land|travel|came|come|depart|leav|left)", re.I)
# A report's verb: what follows it tells who moved ("the spokesman said| the destroyer left").
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|added|stated)\b"
                       r"(?:\s+(?:on\s+\w+\s+)?that\b)?", re.I)
# "the commander and 300 soldiers left Camp Taji", "left Fort Bragg with 3,000 paratroopers": a force goes too.
_LEADING_FORCE = re.compile(r"\b(?:and|with)\s+(?:[\w,.'’-]+\s+){0,4}?(?:troops|soldiers|paratroopers|marines|sailors|"
                            r"airmen|forces|units)\b", re.I)
# "General Saleh's troops": the person's force is the mover.
_THEIR_FORCE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:troops|forces|soldiers|units|fighters|men|brigades?|"
                          r"battalions?|ships|warships|jets|aircraft)\b", re.I)
# A move's object, up to the first word that says where: "sent 1,000 Qatari troops| to Yemen".
_OBJECT = re.compile(r"(?:(?!\s(?:to|into|in|for|from|toward|towards|at|on|off|near|as|while|after|before|when|"
                     r"because|since|amid|following)\b)[^.;:,])*")
# "the 388th Fighter Wing and the 419th Fighter Wing, both at Hill Air Force Base": where a unit is at home.
_UNIT_AT = re.compile(r"(?:,\s*(?:both|all|each|which (?:is|are))\s+|\s)(?:at|of)\s+(?:the\s+)?$")
_REDUCING = re.compile(cues.REDUCING, re.I)
# A verb of its own after a reference to a move: what follows is that verb's, not the move's.
_MODAL_VERB = re.compile(r"\b(?:will|would|could|may|might|can|should)\s+(?:not\s+)?(?!be\s+(?:sent|deployed|moved)\b)\w+")
# "troops in Iraq", "its forces at the base": where a force is, which a withdrawal leaves.
_FORCE_IN = re.compile(r"\b(?:troops|forces|soldiers|personnel|presence|contingents?|units?|trainers|footprint)\s+"
                       r"(?:(?:still|now|stationed|deployed|based)\s+)?(?:in|at|inside)\s+(?:the\s+)?$", re.I)
# "troops in Iraq| will be |withdrawn": the place's force is the subject of the withdrawal.
_AUXILIARIES = re.compile(r"\s+(?:(?:will|would|are|is|were|was|have|has|had|be|been|being|to|soon|now|also|all)\s+)*")
# "handed over the Qayyarah air base to Iraqi forces": the place handed over is the one left.
_HANDED = re.compile(lexicon.alternation(lexicon.HAND_OVER), re.I)
_HANDED_TO = re.compile(lexicon.alternation(lexicon.HAND_OVER_TO), re.I)
_SITES = lexicon.alternation(lexicon.HANDED_SITE)
_TO_AFTER = re.compile(r"\s+to$", re.I)
_MOVE_WORDS = frozenset(fold(w) for w in lexicon.words_of(lexicon.MOVEMENT))
# "handed over the hilltop camp", "transferred K1 Air Base": a site the verb's object, a few words on and
# no preposition between ("transferred the battery from the base" moves the battery)
_SITE_AFTER = re.compile(r"\s+(?:over\s+|back\s+)?(?:(?!(?:from|to|into|for|with|at|in|on|by|near|outside|inside|"
                         r"after|before|during|while)\b)[\w'’.#-]+\s+){0,5}?(?:" + _SITES + r")\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:—(\"“”]")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
# The passive's subject, a site: "A camp outside Mosul used by coalition troops| was returned".
_SITE_SUBJECT = re.compile(r"\W*(?:the|a|an|its|their|one|two|three)?\s*(?:[\w'’.-]+\s+){0,3}?(?:" + _SITES + r")\b",
                           re.I)
# The force that receives a site: "to the Iraqi army", "to #ISF" (not "to Iraqi control after government troops").
_RECEIVER = (r"\bto\s+(?:the\s+)?(?:(?!(?:after|before|when|while|as|and|but|until|since|because)\b)[\w'’.-]+\s+){0,3}?"
             r"(?:forces|army|troops|authorities|government|military|security\s+forces|#?ISF)\b")
# After the site handed over, where it lies ("in the northern province of Kirkuk"), then who receives it.
_RECEIVED_AFTER = re.compile(r"(?:\s+(?:in|at|near|outside|on|of)\s+(?:[\w'’.,-]+\s+){0,6}?)?\s*(?:over\s+)?(?:"
                             + _RECEIVER + ")", re.I)
_SITE_THEN = re.compile(r"\b(?:" + _SITES + r")\s+(?:in|at|near|outside)\s+(?:the\s+)?$", re.I)  # "a camp in| Dabiq"
_THEN_SITE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + _SITES + r")\b", re.I)  # "Taji| air base"
# "handed the base over to the Iraqi army": the force that receives a site stays; it names no mover.
_RECEIVED = re.compile(r"\s*" + _RECEIVER, re.I)
# "the handover ceremony of Taji base", "handed over an air base in Kirkuk": the site, or the place it is in
_HANDED_GAP = re.compile(r"\s+(?:ceremony\s+)?(?:of\s+)?(?:(?:the|an?|its|their|control\s+of)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:"
                         + _SITES + r")\s+(?:in|at|near|outside)\s+(?:the\s+)?)?", re.I)
# "pulled out of two bases in southern Somalia", "withdrew from its outposts near Tal Abyad": sites left, by where they are.
_LEFT_SITES_IN = re.compile(r"\s+(?:out\s+)?(?:of|from)\s+(?:[\w-]+\s+){0,4}?(?:bases?|posts?|positions?|outposts?|"
                            r"camps?|garrisons?|airfields?|towns?)\s+(?:in|at|near|around|outside)\s+(?:the\s+)?", re.I)
# "withdrawing its batteries from Saudi Arabia, Iraq and Kuwait": the countries it leaves.
_WITHDRAWING = re.compile(r"\b(?:withdr[ae]w\w*|draw(?:s|n|ing)?\s+down|drawdowns?|" + _HANDED.pattern + "|"
                          r"vacat\w+|pull(?:s|ed|ing)?\s+back|retreat\w*|"
                          + cues.REDUCING + r"|pull(?:s|ed|ing)? out|pull(?:s|ed|ing)?\b[^.;]{0,40}\bout|remov\w+|"
                          r"evacuat\w+)\b", re.I)


def withdrawing(text: str) -> bool:
    """Does the sentence tell of a force pulled out ("withdrawing", "pulled ... out", "evacuated")?"""
    return bool(_WITHDRAWING.search(text))


def _where_origin_is(place, origin) -> bool:
    """Is ``place`` the origin, or the state or country it lies in ("from Dyess AFB, Texas")?"""
    return origin is not None and (place is origin or _within(origin, place) or _within(place, origin))


def _tier(place) -> str:
    """Countries list with countries, seas and regions with each other, towns with sites."""
    return place.kind if place.kind in ("country", "region") else "local"


def _tidy_movements(cands: list[Candidate], kinetic_after: list[bool]) -> list[Candidate]:
    """Within one sentence: "arrived at Al Udeid ... after flying from Barksdale" is one movement
    (the origin joins the destination); "bombers that flew from the United States hit targets"
    is a strike's approach, not a deployment."""
    out: list[Candidate] = []
    for cand, kinetic in zip(cands, kinetic_after):
        if moves(cand.type) and cand.place is None:
            previous = next((c for c in reversed(out) if moves(c.type) and c.origin is None), None)
            if previous is not None:
                out[out.index(previous)] = replace(previous, origin=cand.origin, origin_inferred=cand.origin_inferred)
                continue
            if kinetic:
                continue
        out.append(cand)
    return out



# Force words too general to tell two moves apart ("troops", "forces").
_GENERAL_FORCES = frozenset("troop force forces troops personnel unit units element elements military navy "
                            "aircraft jets reinforcements expeditionary".split())


# Forces that spend months at sea: a move of theirs sets out wherever they are, not from home
# (as for the ships of ``data/units.csv``).
_NAVAL = frozenset({"ship", "warship", "carrier", "destroyer", "frigate", "cruiser", "minesweeper", "minehunter",
                    "corvette", "missile boat", "patrol boat", "submarine", "vessel", "strike group", "amphibious"})
_NAVY_PREFIXES = frozenset(p.lower() for p, _, _ in lexicon.NAVY_PREFIX) | {"uss"}


def _at_sea(forces: frozenset) -> bool:
    """Are all the forces a sentence moves ships ("a Turkish frigate", "HMS Diamond")?"""
    return bool(forces) and all(k in _NAVAL or k.split()[0] in _NAVY_PREFIXES for k in forces)


def _forces(text: str) -> frozenset:
    """The kinds of force a sentence moves: "B-52H bombers" -> {"bomber"}; the general words left out."""
    kinds = {re.sub(r"(?<=[a-z0-9])s$", "", m.group(0).lower()) for m in cues.FORCE.finditer(text)}  # "B-1s", "B-1"
    return frozenset(k for k in kinds if k not in _GENERAL_FORCES and k.rstrip("s") not in _GENERAL_FORCES)


def _force_named(text: str) -> str:
    """The first force the sentence names beyond the general words, as it names it ("B-52H
    Stratofortress bombers", "Patriot batteries", "F-22 Raptors"), for a summary; "" for none."""
    for m in cues.FORCE.finditer(text):
        if re.sub(r"s$", "", m.group(0).lower()) in _GENERAL_FORCES or m.group(0).lower() in _GENERAL_FORCES:
            continue
        start, end = m.start(), m.end()
        for _ in range(3):  # "B-52H Stratofortress bombers": the words that say which, before it
            before = _NAME_WORD_BEFORE.search(text, 0, start)
            if not before or before.group(1) in _NOT_NAMING or before.group(1).isdigit():
                break  # "1,500 Marines": a count, not a name
            start = before.start(1)
        for _ in range(2):  # "F-22 Raptors", "Patriot batteries": the words that finish it
            after = _NAME_WORD_AFTER.match(text, end)
            if not after:
                break
            end = after.end()
        phrase = text[start:end]
        return phrase[:1].upper() + phrase[1:]
    return ""


_NAME_WORD_BEFORE = re.compile(r"(?<![\w,.-])([A-Z0-9][\w-]*)\s+$")  # not "000" of "25,000"
# (not a month: "four escort ships March 26" is a date after the ships)
_MONTH = "|".join(calendar.month_name[1:])
_NAME_WORD_AFTER = re.compile(r"\s+(?:(?!(?:" + _MONTH + r")\b)[A-Z][\w-]*|batter(?:y|ies)|bombers?|jets?|fighters?|"
                              r"aircraft|squadrons?|"
                              r"systems?|destroyers?|warships?)(?![\w-])")
_NOT_NAMING = frozenset("The A An Two Three Four Five Six Seven Eight Nine Ten Several More Additional US U.S. American "
                        "British Its Their Some Both".split())


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
