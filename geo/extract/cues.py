"""The words the event extractor reads: triggers, sides, modality and status cues.

Kept apart from the extraction logic so that tuning the vocabulary never means
touching control flow. All patterns are case-insensitive unless noted.
"""

from __future__ import annotations

import calendar
import functools
import re

from geo.extract import lexicon
from geo.placewords import BASE_DESCRIPTORS, COMPOUND_HEADS, STRUCK_VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- triggers ---------------------------------------------------------------
# Kinetic triggers, with the weapon class each implies. "attack-like" weapons are
# what militias use on U.S. forces; "strike-like" ones are air and missile power.
_AIRCRAFT = lexicon.alternation(lexicon.DOWNED_AIRCRAFT)  # read by KINETIC, DOWNED_AIRCRAFT and AIRCRAFT_NAMED
KINETIC = re.compile(
    r"\b(?P<trigger>"
    r"(?P<strike>" + lexicon.alternation(lexicon.STRIKE) + "|"
    # "strikes", but not the "strike group", "strike fighters"
    r"strikes?(?! (?:groups?|forces?|fighters?|aircraft|packages?|capabilit|bombers?|missions? planners?|jets?))|"
    # "hit", "striking" and "targeted" only with a target: "hit weapons depots", "began striking militant
    # positions", "targeted U.S. troops" (not "a striking image", "striking workers")
    r"(?:hits?|hitting|striking)(?= (?:\S+ ){0,3}(?:" + lexicon.alternation(lexicon.HIT_TARGET) + r"))|"
    r"targeted(?= (?:\S+ ){0,4}(?:troops|forces|bases?|" + lexicon.alternation(lexicon.HIT_TARGET) + "|"
    r"positions?|convoys?|embassy|facilit|depots?|sites?|headquarters|commanders?|"
    # "targeted the MV Ocean Pearl, a bulk carrier": a merchant ship by its prefix or its kind
    r"(?-i:M/?[VT]\b)|" + lexicon.alternation(lexicon.SHIPPING) + r"))|"
    # weapons destroyed on the ground: "forces destroyed three missile launchers" (not "was destroyed")
    r"(?<!was )(?<!were )(?<!been )destroy(?:ed|s|ing)?(?= (?:\S+ ){0,6}?(?:"
    + lexicon.alternation(lexicon.GROUND_WEAPON) + r"))|"
    # "pounded the camp from the air", "pounding the town with air strikes": air power, whatever its object
    r"(?:" + lexicon.alternation(lexicon.POUNDING) + r")(?= (?:(?!and |but |while |as )[^\s,;]+ ){0,8}?(?:from the air|with (?:air ?strikes|air raids|"
    r"warplanes|bombs)))|"
    # "Israeli jets pounded a depot", "Russian jets hit the town": air means right before the verb
    # (or one adverb apart: "American jets also pounded areas around the city")
    # (or told in a relative clause: "two F-15 jets, which fired on the cement plant")
    r"(?:" + "|".join(rf"(?<={w}{between})" for w in lexicon.words_of(lexicon.AIR_ARM) if w.endswith(("s", "aircraft"))
                      for between in (" ", " also ", " again ", ", which "))
    # not "the planes targeted by the rebels", "jets targeted in the incident": a participle, no object
    + r")(?:(?:" + lexicon.alternation(lexicon.POUNDING) + r")"
    r"(?! (?:by|in|over|for|at|during|with|on|as|from|after)\b)|"
    # ... "hit" only with a name after it: not "the planes hit turbulence"
    r"(?:" + lexicon.alternation(lexicon.AIR_HIT) + r")(?=\s+(?:the\s+)?(?-i:[A-Z])))|"
    # boats sunk: "Navy helicopters sank three of the boats"
    r"(?:sank|sunk|sinking)(?= (?:\S+ ){0,4}(?:boats?|vessels?|skiffs?)))"
    r"|(?P<attack>" + lexicon.alternation(lexicon.ATTACK) + "|"
    # ships taken: "seized the British-flagged tanker", "hijacked a cargo ship"
    # (not "to watch the seized tanker": a participle before its noun names a ship already taken)
    r"(?<!the )(?<!a )(?:seiz(?:e|ed|es|ing)|hijack(?:ed|ing)?)"
    r"(?= (?:\S+ ){0,4}(?:tankers?|ships?|vessels?|freighters?|carriers?))|"
    # boats and crews held: "Iran took two Navy boats and their crews into custody", "detained a tanker"
    r"(?:took|taken|takes|taking)(?= (?:\S+ ){0,6}?(?:boats?|ships?|vessels?|tankers?|sailors|crews?) (?:\S+ ){0,4}?into custody)|"
    r"detain(?:ed|s|ing)?(?= (?:\S+ ){0,4}(?:tankers?|ships?|vessels?|freighters?|boats?))|"
    # "a gunboat fired on a tanker", "gunmen fired at the checkpoint": with the thing fired on after it (not "fired on
    # Monday", "fired at will"); who fired decides the type
    r"fir(?:ed|es|ing)\s+(?:on|at|upon)(?=\s+(?:the|a|an|two|three|four|several|[\w-]+-flagged)\s)|"
    # "attacked", not a "heart attack"; an "assault", not "assault ships"
    r"(?<!heart )(?<!panic )(?<!asthma )attack(?:s|ed|ing)?|assault(?:s|ed)?(?! ships?| rifles?| craft| vehicles?| helicopters?)|"
    # aircraft brought down (``lexicon.DOWNED_AIRCRAFT``; ``DOWNED`` decides): "shot down a Black Hawk", "a helicopter
    # was shot down"
    # (not a passenger or civilian one: "mistakenly shot down a passenger jet" is no act of a side this map follows)
    r"(?<!passenger )(?<!civilian )(?<!commercial )(?:" + _AIRCRAFT + r")(?:\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:shot|brought)\s+down)?|"
    # missiles and drones, not "missile batteries", "drone footage"
    r"(?<!guided-)(?:ballistic |cruise )?missiles?(?! (?:batter|defen|systems?|programs?|tests?|launchers?|strikes?|"
    r"destroyers?|cruisers?|frigates?|boats?|submarines?|interceptors?|storage|sites?|factor|production|facilit|"
    r"depots?|launch(?:ers?| sites?| pads?)|components?|parts?|technology))|(?:one-way attack |armed )?drones?(?! strikes?|"
    r" attacks?| operators?| footage| imagery| storage| sites?| bases?| factor| production| facilit| depots?| launch(?:ers?| sites?| pads?)|"
    r" programs?| units?| pilots?| warfare| technology| components?| parts?|"
    # drones that fly in to stay are a force moved, not a weapon fired: "Reaper drones have arrived at the airport"
    # (not "a drone arrived at the outpost, killing three", "drones landed on the building": blows)
    r"(?<=drones) (?:have|had|were|are|will)(?: also| now| already)? (?:arrived|been (?:deployed|sent|moved|flown|"
    r"stationed)|be (?:deployed|sent|moved|stationed))))"
    r"|(?P<kill>" + lexicon.alternation(lexicon.KILL) + ")"
    r")\b", re.I)
# "The head of the army, General Saleh, arrived in Kassala", "the army's delegation returned to Khartoum":
# a person or an envoy that travels opens the subject; no force moves.
PERSON_MOVES = re.compile(r"\W*(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:head|chief|commander|general|delegation|delegates|"
                          r"negotiators|envoys?|diplomats|ambassador|minister|president|spokes(?:man|woman|person))\b"
                          r"(?!['’]s)", re.I)
# Ground taken (``lexicon.CAPTURE``), and the aim of taking it: "to help Libyan forces retake", "a bid to
# recapture": what a force is for, not ground it took.
CAPTURE = re.compile(lexicon.alternation(lexicon.CAPTURE), re.I)
# ... and ground taken whoever took it: captured, or entered by the hostile side (``lexicon.FOE_ENTRY``).
GROUND_TAKEN = re.compile(lexicon.alternation(lexicon.CAPTURE + lexicon.FOE_ENTRY), re.I)
TO_TAKE = re.compile(r"\b(?:(?:to|help(?:s|ed|ing)?|bid|push|offensive|efforts?|battle|campaign|operation)\s+"
                     r"(?:(?!and\b)[\w-]+\s+){0,3}|(?:in|for)\s+)$", re.I)  # "assisting local forces in retaking"
GROUND_ENTRY = re.compile(lexicon.alternation(lexicon.GROUND_ENTRY), re.I)
AIR_ARM = re.compile(rf"\b(?:{lexicon.alternation(lexicon.AIR_ARM)})\b", re.I)
# "launched an offensive to retake Tal Afar": the offensive under way takes the force there, not an aim
LAUNCHED_TO_TAKE = re.compile(rf"\b(?:{lexicon.alternation(lexicon.LAUNCH)})\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                              r"(?:[\w-]+\s+){0,2}(?:offensive|operation|assault|push|campaign)\s+to\s+$", re.I)
PLACE_KIND = lexicon.alternation(lexicon.PLACE_KINDS)  # "town|city|village|...", for the patterns that read "the town of X"
# "the nearby town of", "the city of the": the words before a place's name that say its kind, all optional
PLACE_KIND_OF = rf"(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:{PLACE_KIND})\s+of\s+(?:the\s+)?)?"
# Words that move a force: ``geo.extract.lexicon.MOVEMENT``.
# "reduce the number of troops", not "reduce tensions": ``lexicon.REDUCE`` with a force a few words on.
REDUCING = ("(?:(?:" + lexicon.alternation(lexicon.REDUCE) + r")(?=\s+(?:(?:the|a|its|their|number|of|some|about|by|"
            r"two|three|four|five|six|several|all|most|"
            r"[\d,]+|(?-i:[A-Z][\w.-]*)|military|combat|ground|foreign|remaining|deployed)\s+){0,5}(?:"
            + lexicon.alternation(lexicon.REDUCED_FORCE) + r")\b)"
            # "the troops in Iraq will be cut from 5,000 to 3,000", "two batteries were removed from the base":
            # the force told before, as the subject
            r"|(?:(?<=\bbe )|(?<=\bbeen ))(?:cut|reduced|removed)|(?<=\bwere )removed|(?<=\bwas )removed)")
HANDING = ("(?:" + lexicon.alternation(lexicon.HAND_OVER + lexicon.HAND_OVER_TO) + r")(?=\s+(?:[\w'’.-]+\s+){0,5}?(?:"
           + lexicon.alternation(lexicon.HANDED_SITE) + r")\b)")
# ... not a noun built on the verb: "a send-off for the battalion" is a ceremony, not a move
MOVEMENT = re.compile(r"\b(?P<trigger>" + lexicon.alternation(lexicon.MOVEMENT) + "|" + REDUCING + "|" + HANDING
                      + r")\b(?!-off\b)", re.I)
# A movement needs a military force in the sentence, or it is travel, trade or talk.
# "HMS Argyll", "FGS Hessen": a navy's prefix, in capitals, before a name.
NAVY_SHIP = r"(?-i:\b(?:" + "|".join(p for p, _, _ in lexicon.NAVY_PREFIX) + r")(?: [A-Z][\w'’-]*)+)"
# Read before every force word, not only "tanks": "fuel tanks", and as well "storage units", "oil vessels".
_NOT_ARMOUR = "".join(rf"(?<!\b{word} )" for word, _ in lexicon.NOT_ARMOUR)
FORCE = re.compile(r"\b(" + _NOT_ARMOUR + "(?:" + lexicon.alternation(lexicon.FORCE)
                   # "F-22s", "B-52s", "A-10s", "MQ-9s", "C-17s", "KC-135s", "P-8s": aircraft by their designator, in
                   # capitals (not "the E-40 highway", "an E-2 visa")
                   + r")|(?-i:(?:F(?:/A)?|MQ|RQ|KC|EA)-\d+\w*|C-(?:17|130\w?|5M?)s?|P-8\w?s?|B-\d+s?|A-10s?))\b|"
                   + NAVY_SHIP, re.I)
UNIT = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th) (?!Fleet\b)[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,5}|"  # a fleet is a command
    r"\bUSS(?: [A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)*| [A-Z]\.)+|"  # "USS McFaul", "USS O'Kane" + NAVY_SHIP + "|"
    r"\b[Ss]pecial [Oo]perations forces|\bImmediate Response Force|\b(?:Marine Corps )?crisis-response force|"
    r"\bMarines?(?: (?:security )?guards)?\b|\bparatroopers\b)")

# "It sailed from Salamis on Monday": a pronoun opening the sentence is the force the last one named
# (not "It was not clear whether ...", "It is the first time ...").
FORCE_PRONOUN = re.compile(r"(?:It|They|She)\s+(?!(?:is|was|are|were)\s+(?:not|un\w+|clear|the|a|an|also|likely|"
                           r"possible|time|too)\b|said\b|says\b|added\b|told\b)")
# "The targets lay near ...", "The radars were located near ...": where the last event's targets were.
ELABORATION = re.compile(r"^(?:(?:The|These|Those|Both|All three|All) (?:\w+ ){0,2}(?:sites?|targets?|radars?|facilities|"
                         r"positions|depots?|compounds?|installations?|bunkers?) (?:were |was |are |is )?"
                         r"(?:located |situated )?(?:lay |lie |lies )?"
                         r"|(?:Explosions|Blasts|Strikes|Impacts) (?:were |have been )?(?:also )?(?:reported|heard|seen) )"
                         r"(?:near|in|at|outside|around)\b"
                         # "The strikes had targeted Kobani, Tal Rifat and Derik in northern Syria"
                         r"|^(?:The|These|Those|Its|Their) (?:\w+ ){0,2}(?:strikes|raids|attacks|jets|aircraft|planes) "
                         r"(?:had |have |also )?(?:targeted|hit|struck|bombed|pounded)\b")
# "The battery, some 50 km east of Damascus, was destroyed": the target of the act just told, placed in
# apposition (read only after an act placed no finer than a country or a region).
SITE_IN_APPOSITION = re.compile(r"^(?:The|That|This|These|Those) (?:[\w-]+ ){0,2}(?:battery|batteries|base|bases|"
                                r"camp|camps|site|sites|depot|depots|facility|facilities|radar|radars|position|"
                                r"positions|compound|headquarters|convoy|airfield|airport|plant|warehouse|building|station|stations)"
                                r", (?:some |about |around |roughly |nearly |just |located |situated )?"
                                r"(?=\d|near |in |outside |north|south|east|west)"
                                # ... and said to have been hit, after the apposition: not "The airport, near
                                # Damascus, was closed to flights"
                                r"(?=[^,]*,\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:destroyed|hit|struck|"
                                r"damaged|targeted|bombed|flattened|razed|levelled|leveled)\b)")
# "Maritime authorities put the incident 66 nautical miles west of Hodeidah, on June 12": a sentence
# that tells when or where the event just reported happened, naming it only by a definite noun.
_INCIDENT = r"(?:incident|attack|strike|explosion|blast|impact|seizure|hijacking)"
INCIDENT_TOLD = re.compile(
    # "the March 24 strike near Ubari", "the attack took place on Wednesday" (not "before the Thursday strike")
    r"(?<!before )(?<!after )(?<!since )(?<!following )(?<!of )\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT +
    r"\s+(?:took place|happened|occurred|came|was (?:carried out|reported|launched)|"
    r"near|in|at|on|off|outside|against)\b"
    # "monitors put the incident at ..."
    r"|\b(?:put|placed|located|dated|reported)\s+(?:the|that|this)\s+" + _INCIDENT + r"\b", re.I)
# "footage shot by an aerial drone of boats swarming the tanker": a drone that films, not one that hits.
FILMED_BY = re.compile(r"\b(?:footage|video|videos|images?|photos?|pictures?)\s+(?:(?:that|which)\s+(?:was|were)\s+)?"
                       r"(?:shot|taken|filmed|captured|recorded)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Footage showed a dozen boats swarming the tanker on Wednesday morning": a sentence with no event of
# its own that names what the last one hit, or the act itself, by a definite noun.
IMAGERY = re.compile(r"\b(?:footage|video|videos|images?|photos?|pictures?|satellite)\b", re.I)
BACK_REFERENCE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|carrier|freighter|"
                            r"bulker|base|convoy|airport|embassy|compound|outpost|garrison|camp|seizure|hijacking|"
                            r"incident|explosion|blast|impact|interception)s?\b", re.I)
# "in response to the war in Gaza": the place of a war or campaign, not of the act told.
WAR_IN = re.compile(r"\b(?:war|conflict|fighting|crisis|offensive|invasion|campaign|bombardment|siege|occupation)\s+"
                    r"(?:in|on|of|against)\s+(?:the\s+)?$", re.I)
# "drones from Iraq were downed over Eilat": right after the weapon, where it came from.
WEAPON_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?$", re.I)
# "the stated purpose of the attack was to support the Palestinians in Gaza", "in solidarity with the
# people of Gaza": the cause an act is done for, not where it landed.
MOTIVE = re.compile(r"\b(?:to\s+support|in\s+support\s+of|in\s+solidarity\s+with|(?:support|sympathy)\s+for|"
                    r"on\s+behalf\s+of|to\s+avenge)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:in\s+|of\s+)?$", re.I)
# "the attack originated in southwest Iran", "launched from Yemen": where it came from, not where it hit.
LAUNCHED_FROM = re.compile(r"\b(?:originat\w*|launched|fired|came)\s+(?:in|from)\s+(?:the\s+)?\W?$", re.I)
# "during the same attack", "in that strike": the sentence reports more of an event already told.
SAME_EVENT = re.compile(r"\b(?:the same|that|this|the earlier|the first) (?:\w+ )?(?:attacks?|strikes?|raids?|barrages?|"
                        r"assaults?|bombardments?|salvos?|waves?)\b", re.I)
# "Explosions were heard near Isfahan as Israel launched a strike": where the strike was felt.
HEARD_NEAR = re.compile(r"\b(?:explosions?|blasts?|booms?|detonations?|air defen[cs]es?|(?:air[- ]raid\s+)?sirens?)\s+"
                        r"(?:were\s+|was\s+|had\s+been\s+)?"
                        r"(?:heard|reported|seen|activated|felt|sounded|blared|wailed|went\s+off)\s+(?:\w+\s+){0,2}?(?:near|in|over|at|around|across)\s+"
                        r"(?:the\s+)?(?:\w+\s+){0,4}?$", re.I)
# "The destroyer was operating in the southern Red Sea when the drone ...": where a ship was hit at.
# "while it was in international waters off the coast of Yemen": a position told at some length.
SHIP_POSITION = re.compile(r"\b(?:(?:(?:operating|transiting|sailing|patrolling|steaming|underway|anchored|travell?ing|"
                           r"passing)\s+(?:in|through|off|near|across)"
                           # "during its transit of the strait", "in transit through the Bab el-Mandeb"
                           r"|transit\s+(?:of|through))\s+(?:the\s+)?(?:\w+\s+){0,3}?"
                           r"(?:(?:waters\s+)?off\s+the\s+(?:coast|shores?)\s+of\s+(?:the\s+)?)?"
                           r"|(?:it|she)\s+was\s+in\s+(?:\w+\s+){0,2}?waters\s+off\s+the\s+(?:coast|shores?)\s+of\s+(?:the\s+)?)$",
                           re.I)
# "detained as it was passing through the strait": a ship seized where it was.
SEIZED = re.compile(r"\b(?:seiz|detain|board|captur|hijack)\w*", re.I)
# "fired at the destroyer while it was sailing in the Red Sea": where a ship was when it was hit, not a move.
UNDER_WAY_WHEN_HIT = re.compile(r"\b(?:while|when|as)\s+(?:it|she|they|the\s+(?:[\w-]+\s+){0,2}?(?:ships?|vessels?|"
                                r"destroyers?|frigates?|tankers?|carriers?|boats?))\s+(?:was|were)\s+$", re.I)
# Words after which a ship under way is somewhere, not going somewhere ("passing through", "sailing in").
_POSITION_WORDS = "through|in|off|near|across|past"
POSITION_WORD_END = re.compile(rf"\b(?:{_POSITION_WORDS})$")
POSITION_WORD_AFTER = re.compile(rf"\s+(?:{_POSITION_WORDS})\b")
# "a convoy was attacked en route to its posts", "struck while heading for the port": the way the target
# was going when it was hit (``WHILE_GAP`` between the two words).
EN_ROUTE = re.compile(r"(?:en route|on (?:its|their) way|head)", re.I)
WHILE_GAP = re.compile(r"\s+(?:(?:while|as|when)\s+(?:it\s+was\s+|they\s+were\s+)?)?")
# "a drone headed toward the ship": a weapon on its way, not a force moving.
WEAPON_MOVING = re.compile(r"\b(?:drones?|missiles?|rockets?|projectiles?|UAVs?|rounds?|shells?|mortars?|bombs?|"
                           r"debris|shrapnel|interceptors?|(?:indirect|artillery|rocket|mortar)\s+fire)"
                           r"\s+(?:that\s+(?:was|were)\s+|(?:was|were)\s+)?$", re.I)
# "warplanes bombed military vehicles moving into a protected area": the force moving is the target.
TARGET_MOVING = re.compile(r"\b(?:bombed|struck|hit|targeted|attacked|destroyed|shelled)\s+(?:[\w,-]+\s+){0,5}$", re.I)
# "The strike came days after protesters stormed the embassy, itself a reprisal for ...": a sentence that
# sets its acts at another time than the one just told.
# "days after", "weeks earlier": a time apart from the act just told.
_DAYS_APART = r"(?:days|weeks|months|years)\s+(?:after|before|earlier|ago)"
_WEEKDAY = "|".join(calendar.day_name)
# "Marines deployed near the embassy in Baghdad on Monday": a participle with no auxiliary is a force's posture
# ("the troops deployed in Iraq"), unless its own clause says the day it happened (``sentence._stative``).
DEPLOYED_ON_DAY = re.compile(r"\s+(?:at|in|near|around|outside|across|on)\s+(?:(?!\b(?:said|says|told|were|was|are|is|"
                             r"have|has|had|will|would|since)\b)"
                             # not past another verb, whose day it is: "troops deployed in Syria came under fire on
                             # Monday", "batteries deployed near Riyadh intercepted missiles on Monday"
                             r"(?!\b(?-i:[a-z]+ed|came|comes|come|held|holds|hold|face|faces|took|takes|shot|hit|hits|"
                             r"fought|met|saw|lost|went|began|sent|fire|fires)\b)"
                             r"[^,;:.]){1,45}?\s+(?:on\s+|early\s+|late\s+)?"
                             r"(?:" + _WEEKDAY + r"|yesterday|overnight)\b", re.I)
ANOTHER_TIME = re.compile(r"\b(?:hours\s+(?:after|before|earlier|ago)|" + _DAYS_APART + r"|since|previously|"
                          r"earlier|ago|itself|last\s+(?:week|month|year)|in\s+the\s+past)\b", re.I)
# "The assault, carried out at dawn by the militia, included shelling ...", "The attack occurred near the town":
# a sentence whose subject is the act just told, by its definite noun, tells more of that act (one act: "The
# attacks killed 1,000, and the bombardment of Gaza ... have killed 830" sums up days).
ACT_NOUNS = ("assault", "attack", "strike", "raid", "bombardment", "bombing", "shelling", "barrage", "ambush",
             "airstrike", "air strike", "offensive", "incursion")
ACT_SUBJECT = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:%s)"
                         r"(?:\s+(?:on|in|at|near|against)\s+(?:[\w'’-]+\s+){1,4}?)?(?:,|\s+(?:occurred|took\s+place|"
                         r"happened|began|started|included|involved|targeted|hit|struck|killed|wounded|left|destroyed|"
                         r"damaged|lasted|was\s+carried\s+out|was\s+launched)\b)" % "|".join(ACT_NOUNS), re.I)
# "carried out in the morning", "overnight", "at around 3 a.m.": an hour of a day the sentence does not name.
TIME_OF_DAY = re.compile(r"(?:(?:in|during|on|at|by)\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|"
                         r"night|dawn|dusk|daybreak|first\s+light|hours)|overnight|"
                         r"(?:at\s+)?(?:around\s+|about\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?", re.I)
# "The strike, which came after troops raided a hospital ...", "like a siege ... previously": an act of another
# time beside the one a sentence's subject refers to.
ELSEWHEN = re.compile(r"\b(?:after|before|following|like|unlike|since|previously|earlier|ago|"
                      r"last\s+(?:week|month|year))\b", re.I)
# "This came days after other raids on Sanaa and Taiz": acts of days apart from the one just told.
DAYS_APART = re.compile(r"\b" + _DAYS_APART + r"\b", re.I)
# "At the time of the attacks, the ships were ...", "in the wake of the strike": the act as a time.
TIME_OF = re.compile(r"\b(?:at the time of|since|in the wake of|in the aftermath of|during|ahead of|hours after|days after)"
                     r"\s+(?:the|these|those|that|this)\s+(?:[\w-]+\s+){0,2}$", re.I)
TOWARD_SHIP = re.compile(r"\b(?:toward|towards|at|in the direction of)\s+(?:the|a|an|two|several)?\s*(?:U\.S\.\s+)?"
                         r"(?:ship|ships|destroyer|vessel|warship|carrier|frigate|tanker)s?\b", re.I)
# "Refugees crossed the border into Chad": a mover that is no force (``lexicon.NOT_FORCE_MOVERS``).
NOT_FORCE_MOVER = re.compile(r"\b(?:" + lexicon.alternation(lexicon.NOT_FORCE_MOVERS) + r")\b", re.I)
# "the earthquake that struck both countries", "a storm hit the port": nature's blows, nobody's act.
NATURAL_FORCE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|storms?|floods?|cyclones?|hurricanes?|tsunamis?|"
                           r"sandstorms?|wildfires?)\s+(?:that\s+|which\s+)?(?:(?:has|have|had)\s+)?$", re.I)
# "the October 7 terror onslaught", "the Dec. 29 massacre": a date that names an event geo does not map.
DATED_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:onslaught|massacre|invasion|incursion|war|offensive|rampage|"
                        r"uprising|assault on Israel|terror attack|terrorist attack|atrocities)\b", re.I)
# "sending a signal to Iran", "sent a message to Tehran": words sent, not a force.
MESSAGE_SENT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:clear|strong|stern|firm|unmistakable|powerful)\s+)?"
                          r"(?:[\w-]+\s+)?(?:signal|message|warning|letter|note|delegation|envoy|condolences|option|"
                          r"proposal|recommendation|request|list|plan|report)s?\b", re.I)  # "sent target options"
# Verbs of an order given to someone ("Biden told Austin to send ..."): the move is planned, as of the report.
_TOLD = r"told|directed|instructed|authori[sz]ed"
# A plan told in the present: "plans to deploy", "will send", "is preparing to deploy".
PLANNED_NOW = re.compile(r"\b(?:(?:plans?|intends?|is preparing|are preparing|prepares|will|is set|are set|is to|are to)\s+"
                         r"(?:\w+\s+)?(?:to\s+)?(?:be\s+)?|(?:ordered|" + _TOLD + r")\s+"
                         r"(?:[\w.-]+\s+){0,5}?to\s+)\w+$", re.I)
# A move still to come: a weekday after these names the next such day.
def _to_come(modals: str, be: str) -> re.Pattern:
    """A move or act still to come, told by a modal or "to be due, set, scheduled ... to" up to 40
    characters before its verb."""
    return re.compile(rf"\b(?:{modals}|(?:{be}) (?:scheduled|set|due|expected|slated|to)|(?:{be}) to)\b[^.;]{{0,40}}$", re.I)


AHEAD = _to_come("will", "are|is")
# ... and as reported speech tells it: "said the frigates would deploy on May 10", "were to sail".
TO_COME = _to_come("will|would", "are|is|was|were")
# "will have left by December 31", "before the Sept. 15 deadline": a day as a deadline lies ahead.
DEADLINE = re.compile(r"\b(?:by|before|until|no later than)\s+(?:the\s+)?$", re.I)
# "Jets also struck a depot in ...", "In addition to the compound, ...": more of the act just told.
CONTINUED = re.compile(r"\balso\s+(?:\w+\s+)?(?:struck|hit|bombed|targeted|attacked|raided|shelled|destroyed)\b|"
                       r"^\W*In addition to\b", re.I)
# "In a separate attack on Wednesday, drones hit ...": an opening frame whose noun is the clause's act.
FRAME = re.compile(r"^\W*In (?:a|an|another|the) (?:\w+ ){0,3}$", re.I)
# "a separate attack", "another strike", "hit the base again": an event other than one told before.
DISTINCT = re.compile(r"\b(?:separate|another|second|fresh)\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|"
                      r"barrages?|incidents?)\b|\bagain\b", re.I)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "dozens": None, "several": None}
# Counts spelled out from two to ten, for patterns: "two drone boats", "four ships".
TWO_TO_TEN = "|".join(w for w, n in NUMBER_WORDS.items() if n is not None and 2 <= n <= 10)
# Counts spelled out as words ("one" to "twelve", not the article "a").
SPELLED_COUNTS = "|".join(w for w, n in NUMBER_WORDS.items() if n is not None and w not in ("a", "an"))
# A weapon noun and an impact verb later in the same clause report one act.
WEAPON_NOUN = re.compile(r"^(?:rockets?|(?:ballistic |cruise )?missiles?|(?:one-way attack |armed )?drones?|bombs?|"
                         r"(?:roadside|car|suicide) bombs?|mortars?|mortar rounds?|(?:artillery )?shells|IEDs?|"
                         r"(?:improvised )?explosive devices?)$", re.I)
IMPACT_VERB = re.compile(r"^(?:struck|strikes?|hit|hits|slammed|landed|exploded|targeted)$", re.I)
# "Iran fired 16 missiles, and at least 11 hit Ain al-Asad while one struck Erbil", "most were intercepted, but
# two landed inside the Green Zone": a count that stands for the weapon told before it, and where that part hit.
COUNTED_IMPACT = re.compile(
    r"(?:[,;]\s*|\b(?:and|but|while|as|whereas)\s+)(?:(?:and|but|while)\s+)?"
    r"(?P<count>(?:at\s+least\s+|only\s+|another\s+)?"
    r"(?:\d+|" + SPELLED_COUNTS + r"|some|others|several|both|many|the\s+rest)"
    r"(?:\s+of\s+(?:them|those|these))?)\s+(?:(?:also|apparently|reportedly)\s+)?"
    r"(?P<verb>hit|struck|landed|fell|slammed\s+into|crashed\s+into|exploded|impacted)\b", re.I)
# "the drone was downed by a surface-to-air missile": the weapon that did the downing, not one downed.
BY_WEAPON_AGENT = re.compile(r"\bby\s+(?:(?:an?|the|its|their|two|three)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
INTERCEPTED = re.compile(r"\b(?:shot down|brought down|intercept\w*|downed|destroyed)\b", re.I)
INTENDED = re.compile(r"\b(?:aimed (?:at|into)|intended for|meant for|heading for)\s+(?:the\s+)?$", re.I)
# "killed a leader in charge of planning attacks in Europe", "responsible for attacks on U.S. troops in
# Iraq": what the target plotted or did before, not where the strike hit.
PLOTTED = re.compile(r"\b(?:planning|plotting|planned|plotted|directing|directed|orchestrating|orchestrated|"
                     r"responsible\s+for|behind)\s+(?:[\w.'’-]+\s+){0,6}?(?:attacks?|operations?|strikes?|bombings?)"
                     r"\s+(?:[\w.'’-]+\s+){0,4}?(?:in|on|against|across)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}$", re.I)
# Words that make the side named before a trigger its victim: "soldiers were killed in", "personnel
# suffered minor injuries in", "sailors sustained wounds in".
# (Not an active verb with its object: "Militants killed three soldiers in a raid" names who acted.)
HARMED = re.compile(r"\b(?:(?:killed|wounded|injured|hurt)(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"a|an|at\s+least|dozens|scores|several|many|some|more\s+than)\b)|died|dead|injuries|wounds|casualties|"
                    r"(?:suffered|sustained)\s+(?:\w+\s+){0,2}?(?:injuries|wounds|damage|casualties|losses))\b", re.I)
# "a commander responsible for attacks on shipping", "in charge of planning bombings in Europe": what
# someone is known for or plots, not an act this sentence reports.
# "a group accused of carrying out attacks inside the country": its record, not an act (plural only, below);
# "fighters being trained for a large-scale attack on U.S. troops": what they prepare for, not done
PLOT_BEFORE = re.compile(r"\b(?:planning|plotting|plotted|(?:trained|training|preparing|prepared)\s+for|"
                         r"(?P<known>orchestrat\w+|mastermind\w*|responsible\s+for|behind|"
                         r"in\s+charge\s+of|(?:accused|suspected)\s+of\s+"
                         r"(?:carrying\s+out|launching|conducting|staging|mounting)|"
                         r"blamed\s+for(?:\s+carrying\s+out)?))"
                         r"\s+(?:(?:the|a|an|several|many|multiple|numerous|deadly|terror|major|big|new|"
                         r"terrorist|suicide|future|more|recent|repeated|past|previous|earlier|[\w]+-[\w]+)\s+){0,3}$",
                         re.I)
# "will disrupt the ability of ISIS to plan, organize, and conduct attacks against ...": what a group is able
# to do, not an act.
CAPABILITY_BEFORE = re.compile(r"\b(?:ability|abilities|capacity|capability|capabilities)\s+(?:of\s+[\w\s'’.-]{1,40}?\s+)?"
                               r"to\s+[^.;]{0,60}?\b(?:conduct|carry\s+out|launch|mount|stage|plan|execute|direct)\s+"
                               r"(?:(?:more|new|further|future|deadly|terrorist|terror)\s+)?$", re.I)
# A date that follows a verb of saying dates the statement ("said on Monday", "told reporters on Jan. 2").
REPORTED_ON = re.compile(r"\b(?:said|says|told(?: \w+)?|announced|reported|stated|added|confirmed|wrote)\s+"
                         r"(?:on\s+|late\s+|early\s+)?$", re.I)
# ... and before its verb: "The group on Tuesday claimed responsibility for an attack late on Sunday".
REPORTED_AFTER = re.compile(r"\s+(?:said|says|announced|reported|stated|confirmed|claimed|claims)\b", re.I)
# "has moved into the Red Sea": news in the present perfect happened in the last few days.
PERFECT_MOVE = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|already\s+)?(?:moved|arrived|sailed|deployed|entered|"
                          r"sent|dispatched|been (?:sent|deployed|moved|ordered))\b", re.I)
# "has repelled", "have been hit", "has shot down": an act told in the present perfect, recent news.
PERFECT_ACT = re.compile(r"\b(?:has|have)\s+(?:(?:now|just|also|reportedly|again)\s+)?(?:been\s+)?"
                         r"(?:[a-z]+ed|hit|struck|shot|sunk|sank|brought|blown|set)\b", re.I)
# "troops are being sent", "a battery is being moved": under way on the day it is told.
PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?being\s+(?:\w+ed|sent|flown|driven)\b", re.I)
# "are leaving Iraq", "is heading to the Gulf", "have begun arriving at Camp Lemonnier": every -ing form of
# ``lexicon.MOVEMENT``, under way on the day it is told.
_MOVING = "|".join(sorted({w.split()[0] for w in lexicon.words_of(lexicon.MOVEMENT) if w.split()[0].endswith("ing")},
                          key=len, reverse=True))
PROGRESSIVE_MOVE = re.compile(r"\b(?:(?:is|are)\s+(?:\w+\s+|in the process of\s+)?|(?:(?:has|have)\s+)?(?:begun|began|started)\s+)"
                              r"(?:" + _MOVING + r")\b", re.I)

# --- sides ------------------------------------------------------------------
# The words that name a state as an actor, by its country code: a strike "by U.S. and British
# jets" is never placed in the United States or Britain, nor Iran's attack in Iran.
ACTOR_COUNTRIES = {
    "US": ("U.S.", "US", "American", "United States", "Pentagon", "Washington"),
    "GB": ("British", "Britain", "UK", "U.K.", "Royal Navy", "RAF"),
    "FR": ("French", "France"),
    "IL": ("Israel", "Israeli", "IDF"),
    "IR": ("Iran", "Iranian", "IRGC", "Tehran"),
}
# Groups whose home the news names beside them while their attacks land elsewhere: "missile attacks by
# the Houthis in Yemen" were launched there and aimed at ships or Israel.
REMOTE_ACTORS = ("Houthi", "Houthis")
ACTOR_AT_HOME = re.compile(r"\b(?:" + "|".join(REMOTE_ACTORS) + r")(?:\s+(?:movement|rebels|militia|group|fighters|forces))?"
                           r"\s+(?:in|from|based\s+in)\s+(?:the\s+)?$", re.I)
_ACTOR_COUNTRY_WORDS = {code: re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
                        for code, words in ACTOR_COUNTRIES.items()}


def actor_countries(actor: str) -> set[str]:
    """The countries an actor's words name: "U.S. and British" -> {"US", "GB"}."""
    return {code for code, pattern in _ACTOR_COUNTRY_WORDS.items() if pattern.search(actor)}


# The states of ``lexicon.WARS`` by the words that name them acting (not "the Indian Ocean", "the South China Sea").
_WAR_WORD = (r"(?:" + "|".join(w for _, words, _ in lexicon.WAR_STATES for w in words.split("|"))
             + r")(?![\w-]|\s+(?:Ocean|Sea|Strait)\b)")
_WAR_STATE = re.compile(r"(?<![\w-])" + _WAR_WORD)
_WAR_WORDS = {w.lower(): code for code, words, _ in lexicon.WAR_STATES for w in words.split("|")}
# A state word after these names where, not who: "in Russia's Belgorod region, Ukrainian drones hit".
# ("retaliating against Pakistani shelling": what they answered, not who)
_WHERE_BEFORE = re.compile(r"\b(?:in|inside|into|over|across|near|from|on|at|to|towards?|against)\s+(?:the\s+)?$", re.I)
# Two states joined as one actor: "Chinese and Indian troops", "China & India".
_CONJUNCT_STATES = re.compile(r"(?<![\w-])(" + _WAR_WORD + r")\s*(?:and|&|,)\s*(" + _WAR_WORD + ")")


@functools.lru_cache(maxsize=64)
def _states_named(text: str) -> frozenset[str]:
    return frozenset(_WAR_WORDS[m.group(0).lower()] for m in _WAR_STATE.finditer(text))


def war_role(actor: str, text: str, place_country: str | None = None) -> str:
    """"partner" or "foe": the side of the state an actor's words name last (nearest the verb) in a war of
    ``lexicon.WARS`` whose other state the article ``text`` names too, or is where the act was; the place's
    country picks the war where the state fights two, and a place in neither state is no act of that war; ""
    when no war or both roles are left. Fire between the two states of a war, neither named first, is the other
    side's ("foe").

    >>> war_role("Ukrainian drones ", "Ukrainian drones hit a depot in Russia.")
    'partner'
    >>> war_role("In Russia's Kursk region, Russian jets ", "Ukraine said Russian jets bombed ...")
    'foe'
    >>> war_role("Russian jets ", "Russian jets bombed rebel bases in the mountains.")
    ''
    >>> war_role("China and India ", "China and India clash near the pass")
    'foe'
    >>> war_role("Indian gunners retaliating against Pakistani ", "India and Pakistan traded fire", "IN")
    'partner'
    """
    said = [m for m in _WAR_STATE.finditer(actor) if not _WHERE_BEFORE.search(actor, 0, m.start())]
    if not said:
        return ""
    state, named = _WAR_WORDS[said[-1].group(0).lower()], _states_named(text) | {place_country}
    joined = {_WAR_WORDS[w.lower()] for pair in _CONJUNCT_STATES.finditer(actor) for w in pair.groups()}
    if any({partner, foe} <= joined for partner, foe, _ in lexicon.WARS):
        return "foe"  # "Chinese and Indian troops clashed": fire between the two, the partner's side hit
    roles = {}
    for partner, foe, _ in lexicon.WARS:
        if place_country and place_country not in (partner, foe):
            continue  # "Russian jets bombed rebel positions in Idlib": not that war's
        if state == partner and foe in named:
            roles[foe] = "partner"
        elif state == foe and partner in named:
            roles[partner] = "foe"
    if place_country in roles:
        return roles[place_country]
    return next(iter(roles.values())) if len(set(roles.values())) == 1 else ""


# Arms only our side flies or fires: "Tomahawks slammed into Baghdad", "B-52s carpet-bombed the ridge" (the
# United States' own, so a summary names their side "U.S.").
# Partners whose allies are ours with them ("Kurdish and allied forces"; ``PARTNER_ALLIES``).
_ALLYING_PARTNERS = "Saudi|Emirati|Kurdish|Iraqi|Afghan|Peshmerga"
PARTNER_ALLIES = re.compile(r"\b(?:" + _ALLYING_PARTNERS + r") and allied\b")
US_ARMS = re.compile(r"Tomahawks?|B-52H?s?|B-1Bs?|B-2s?|F-117s?|AC-130[JUW]?s?")
FRIENDLY_ACTOR = re.compile(  # "U.S." ends in a dot, so no \b after it
    # "U.s." is how archives capitalise "U.S." word by word in a headline ("U.s. Missiles Hit Baghdad")
    r"(?<![\w.])(U\.S\.|U\.s\.|US|United States|American|Pentagon|[Cc]oalition|Israel(?:i)?|CIA|Mossad|"
    r"Joint Special Operations Command|JSOC|Trump administration|MQ-9|Reaper|British|Britain|U\.K\.|UK|United Kingdom|"
    r"French|France|USS|U\.S\. Navy|NATO|"
    # "IOF" (Israeli Occupation Forces) and "Zionist" are Israel as its enemies' outlets name it
    r"Navy|destroyer|warship|CENTCOM|Central Command|AFRICOM|Africa Command|RAF|Royal Air Force|IDF|IOF|Zionist|"
    r"Turkish|Turkey|"  # a NATO partner: "Turkish jets struck PKK positions" is a strike
    # "allied forces began an attack", "the allies bombed" (not "Iran-allied militias", "its allies", nor allies
    # after another's name: "Houthi fighters and allied troops", "Iran and the allies it arms")
    # ... but a partner's allies are ours: "Kurdish and allied forces shelled", "Saudi and allied warplanes bombed"
    r"(?:(?:(?:" + _ALLYING_PARTNERS + r") and )|(?<!-)(?<!and ))"
    r"[Aa]llied(?= (?:forces|planes|warplanes|jets|aircraft|troops|bombers|pilots|air forces?)\b)|"
    r"(?<!and )the allies|"
    + US_ARMS.pattern + r")(?!\w)")
# The armed groups of the hostile side, by name ("IS" only as the group: not "WHAT IS THIS").
_ARMED_GROUPS = (r"Kata[’']?ib Hezbollah|Hezbollah|Asa[’']?ib Ahl al-Haq|IRGC|Quds Force|Revolutionary Guards?|"
                 r"Houthis?|ISIS|ISIL|(?<![A-Z] )IS(?! ?[A-Z]{2})|Islamic State|Daesh|PMF|Popular Mobilization Forces|"
                 r"Rapid Support Forces|RSF|Taliban|(?i:al-)?Shabaab|"
                 # the armed groups of the wars of ``lexicon.WARS`` and the Sahel: "M23 rebels seized the town"
                 r"M23|JNIM|Boko Haram|ISWAP|TPLF|TTP|AQAP|AQIM|(?i:al-)?Qa[e']?ida|(?i:al-)?Qaeda")
# The hostile side's armed men named by no group: "militants", "insurgents", in any case.
_ARMED_MEN = (r"(?i:militias?|militants?|insurgents?|jihadists?|separatists?|Islamists|"
              # "rebels", "rebel fighters" (not "rebel-held", nor "a rebel spokesman said", who speaks of others' acts)
              r"rebels(?![-‑])|rebel(?= (?:forces|fighters|troops|units|militias?|army|soldiers|gunmen|columns?)\b))")
HOSTILE_ACTOR = re.compile(  # the generic nouns also as a sentence opens them: "Militants fired mortars at ..."
    r"\b(" + _ARMED_MEN + "|" + _ARMED_GROUPS + "|"
    r"(?i:protesters|supporters|gunmen|(?:suicide\s+)?car\s+bombers?|suicide\s+bombers?)|"
    r"Iranian-backed|Iran-backed|Iranian-supported|Iran-aligned|fighters|Iran|Iranian)\b")
# The hostile side as an armed group that takes ground ("insurgents overran the town"), not a state or a crowd,
# read as the subject that opens a clause right before the verb: never "offensives against the Islamic
# State have seen the regime recapture Palmyra".
FOE_TAKING = re.compile(r"(?:^\s*|[,;:]\s+|\b(?:said|says|and|that|when|after|as|before)\s+)"
                        r"(?:(?:the|an?|some|hundreds of|dozens of|[\d,]+)\s+)?(?:[\w'’-]+\s+){0,2}"
                        r"(?:" + _ARMED_MEN + "|(?i:gunmen)|" + _ARMED_GROUPS + ")"
                        r"(?:(?:\s+[\w'’-]+){0,2}|\s+(?:who|that|which)(?:\s+[\w'’-]+){1,6})"
                        r"\s+(?:(?:had|have|has)\s+)?$")
# "seized Ramadi from the Islamic State": the town was taken from the hostile side, not by it.
TAKEN_FROM_FOE = re.compile(r"\s+from\s+(?:the\s+)?(?:" + _ARMED_MEN + "|" + _ARMED_GROUPS + ")")
# Hostile-side words that name no particular group (as a sentence may open with them).
NOT_GROUPS = frozenset({"Iran", "Iranian", "Iranian-backed", "Iran-backed", "Iranian-supported", "Iran-aligned",
                        "Militia", "Militias", "Militant", "Militants", "Insurgent", "Insurgents", "Jihadist",
                        "Jihadists", "Separatist", "Separatists", "Rebel", "Rebels", "Islamists",
                        "Protesters", "Supporters", "Gunmen", "Suicide bomber", "Suicide bombers",
                        "Car bomber", "Car bombers"})
# The peoples of PARTNER_HOMELANDS, as a target's adjective.
PARTNER_PEOPLE = re.compile(r"Saudi|Emirati|Israeli")
# Partner forces (SPEC section 2): "an attack on Peshmerga in Kirkuk" hits ours; "U.S.-backed fighters retook
# the town" is our side's move, though "fighters" alone would be the other side's.
PARTNER_FORCES = (r"Peshmerga|Syrian Democratic Forces|SDF|"
                  # "U.S.-backed rebels", "Turkey-backed Syrian rebels": rebels a partner arms are a partner's
                  r"(?:(?:U\.S\.|US|coalition|NATO|Western|Turkish|Turkey)-backed|Kurdish-led) (?:\w+ ){0,2}"
                  r"(?:forces|fighters|troops|rebels)|"
                  r"Iraqi (?:(?!militias?\b)\w+ ){0,2}(?:troops|forces|soldiers|army|barracks)")
PARTNER_FORCE = re.compile(r"\b(?:" + PARTNER_FORCES + r")\b")


def hostile_in(words: str) -> bool:
    """Do ``words`` name the hostile side, outside a partner force's name ("U.S.-backed rebels" are ours)?"""
    partners = [p.span() for p in PARTNER_FORCE.finditer(words)] if "backed" in words else []
    return any(not any(a <= h.start() < b for a, b in partners) for h in HOSTILE_ACTOR.finditer(words))


FRIENDLY_TARGET = re.compile(  # Israel is a partner (SPEC §2): "mortars fired at Israeli forces" is an attack
    # "a bomb hit a British diplomatic mission convoy": a mission's people and vehicles are ours too
    r"\b(embassy|consulate|diplomats?|diplomatic (?:missions?|convoys?|compounds?|vehicles?)|"
    r"(?:U\.S\.|American|coalition|allied|Israeli|British|French|Turkish)(?:-\w+)? (?:\w+ ){0,2}"
    r"(?:troops|forces|service ?members|convoys?|"
    r"servicemembers|soldiers|personnel|bases?|contractors?|military|interests|outposts)|Americans|"
    # a partner's own land (PARTNER_HOMELANDS): "launched drone attacks on Saudi airports", "Israeli towns"
    r"(?:" + PARTNER_PEOPLE.pattern + r") (?:\w+ ){0,2}(?:airports?|cities|towns|villages|facilities|installations|"
    r"territory|infrastructure|refinery|refineries|ports?)|"
    r"bases?|air base|airbase|K-1|outposts?|contractors?|service ?members|servicemembers|"
    r"(?-i:Camp [A-Z][\w-]+)|"  # a camp by its name is a base ("insurgents stormed Camp Bastion")
    # our supply lines: "a convoy transporting US-led coalition equipment", "a supply convoy for US-led forces"
    r"convoys?\s+(?:[\w-]+\s+){0,3}?(?:transporting|carrying|for|bringing|of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:U\.S\.|US|American|coalition|allied)\b(?:-led)?|"
    # partner forces (SPEC §2): "an attack on Peshmerga in Kirkuk", "gunmen stormed an Iraqi army barracks"
    + PARTNER_FORCES + "|" + lexicon.alternation(lexicon.SHIPPING) + r")\b", re.I)
# Manned warplanes, which the armed groups this map follows do not fly: "two F-15 jets fired on the plant".
WARPLANES = re.compile(r"\b(?:(?i:(?:fighter\s+)?jets?|warplanes?|fighter-bombers?|bombers?|gunships?)|"
                       # "F-16s", "B-52H", "A-10s", "AC-130H", "CF-18s", "Su-34s", "Tu-95MS", "MiG-29s", "Harriers"
                       r"(?:[FBA]|AC|AV|CF|EA|F/A|Su|Tu|MiG)-\d+\w*|Tornados?|Rafales?|Typhoons?|Harriers?)\b")
# ("Warplanes bombed ..." opening a sentence; not "a typhoon")
# Whose warships and warplanes are not ours (``lexicon.OTHER_STATES_ARMS``), named right before them.
OTHER_STATES_ARMS = re.compile(r"\b(?:" + lexicon.alternation(lexicon.OTHER_STATES_ARMS) + r")\s+(?:[\w-]+\s+){0,2}$")
# Warships, by their kind: a navy's guns and missiles are a state's, as warplanes are ("the battleship shelled
# positions in the hills", "a destroyer fired on the radar site"); its side, when named, still decides.
WARSHIPS = re.compile(r"\b(?i:battleships?|destroyers?|cruisers?|frigates?|warships?|corvettes?|gunboats?|"
                      r"aircraft\s+carriers?|navy\s+ships?)\b")
# A partner named as the one acting with us, not the one hit: "a joint raid with Iraqi troops",
# "alongside Kurdish-led forces", "in support of Iraqi counter-terrorism troops".
ALONGSIDE = re.compile(r"\b(?:with|alongside|along with|together with|in support of|backed by|supported by|"
                       r"assisted by|accompanied by)\s+(?:the\s+)?$", re.I)
# A hostile group named as what an operation went after, before its noun: "an operation targeting the head
# of the Islamic State in a raid", "a mission to capture an ISIS bomb maker in a raid".
AIMED_AT_FOE = re.compile(r"\b(?:targeting|targeted|against|aimed\s+at|to\s+(?:kill|capture|seize)|hunting|"
                          r"going\s+after)\s+(?:(?:the|a|an|one|two|three|several|senior|top|suspected)\s+)*"
                          r"(?:[\w'’-]+\s+){0,3}?(?:(?:of|in)\s+(?:the\s+)?)?(?:" + _ARMED_GROUPS + r")\b"
                          # ... right before the operation's own noun: "... in a helicopter raid" (not "mourners
                          # angered by strikes against Kataib Hezbollah stormed ...")
                          r"(?=(?:\s*[\[(][^\])]{0,40}[\])])?\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$)")
# Merchant ships (``lexicon.SHIPPING``): "a bulk carrier was struck by a drone boat" is an attack.
SHIPPING = re.compile(r"\b(?:" + lexicon.alternation(lexicon.SHIPPING) + r")\b", re.I)
# "the tanker, MV Blue Horizon, which docked in Kochi", "the freighter Sea Lark after it docked": the ship
# that moves is a merchant one, not a force.
MERCHANT_MOVER = re.compile(r"(?:\bM/?[VT]\s+[A-Z][\w-]*|\b(?:" + lexicon.alternation(lexicon.SHIPPING) + r"))"
                            r"(?:\s+[A-Z][\w-]*){0,3}\s*,?\s*(?:which|that|after it|as it|when it|before it)\s+"
                            r"(?:had\s+|has\s+|was\s+|later\s+)?$")
# "after months of strikes against American forces": a campaign summed up, not an event.
# ("a recent spate of attacks", "a new series of raids": one word may describe the run)
CAMPAIGN = re.compile(r"\b(?:months|weeks|years|decades|a(?:\s+[\w-]+)?\s+campaign)\s+of\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.I)
# "a series of strikes": a campaign, unless it names the towns or sites it hit ("a series of Israeli air strikes
# that targeted locations in Tehran, Khuzestan and Ilam" is one night's wave).
SERIES_OF = re.compile(r"\ba(?:\s+[\w-]+)?\s+(?:series|string|spate)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
# "Since last November, the rebels have fired scores of drones at ships": a campaign summed up from its
# start (not "Since Friday, jets have struck ...": the days of this report).
SINCE_OPENING = re.compile(r"\W*(?:Ever\s+)?[Ss]ince\s+(?!(?:early\s+|late\s+)?(?:" + _WEEKDAY + r"|yesterday|dawn|"
                           r"midnight|then|last\s+night|this\s+morning|the\s+(?:morning|weekend))\b)[^,;]{2,50},")
# "In recent weeks, bases hosting the coalition have come under attacks": acts told over a span, summed up.
RECENT_SPAN = re.compile(r"\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:recent|past|last|previous)\s+"
                         r"(?:few\s+|several\s+|two\s+|three\s+)?(?:weeks|months|years)\b", re.I)  # "the last several days" is news
# "In the third such attack in the last two weeks, ...": the span counts a series; the act told is its newest.
NTH_OF_SERIES = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+"
                           r"(?:such\s+)?(?:[\w-]+\s+)?(?:attack|strike|assault|raid|incident)\s+(?:[\w-]+\s+){0,6}?$", re.I)
# "Iraqi troops repelled an assault on the town", "came under assault in": the defenders, not who went in
DEFENDED = re.compile(r"\b(?:repel\w*|repuls\w*|fought\s+off|fend\w*\s+off|fended\s+off|thwart\w*|foil\w*|"
                      r"c[oa]me\s+under|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "in response to attacks on U.S. troops in the region": a bare plural answered, a campaign, not an event.
ANSWERED = re.compile(r"\b(?:response|retaliation|reprisal|reply)\s+(?:to|for)\s+(?:(?:recent|repeated|continued|"
                      r"ongoing|the\s+latest)\s+)?$", re.I)
# "launches strikes on the militia in response to the Camp Taji attack": a place after these words is
# the answered act's, not the answer's.
ANSWERING = re.compile(r"\b(?:in\s+(?:direct\s+)?(?:response|retaliation|reprisal|reply)\s+(?:to|for)|"
                       r"to\s+avenge|as\s+payback\s+for)\s", re.I)
# Before a "since" date, a record or a first measured from it, in one noun phrase: "the deadliest day for American
# troops since 2011", "the first attack on the airport since September" (that date is no act's day). A verb, a
# comma or a relative word between makes it a span: "the only ship in the region, has sailed there since Friday".
COMPARED_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|first|only|"
                            r"most\s+(?:serious|lethal|intense|severe|significant|violent))\b"
                            r"(?:(?!\b(?:has|have|had|been|is|are|was|were|which|that|who|continued|began)\b)"
                            r"[^,;:!?]){0,90}?$", re.I)
# "The Houthis have launched attacks since November": a campaign told by its start.
SINCE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:since|began\s+(?:on|in))\b", re.I)
# "U.S. officials identified Tower 22 as the site of the attack": who speaks is not who acted.
SPEAKER = re.compile(r"\b(?:[A-Z][\w.-]*\s+){1,3}(?:(?:military|defense|defence|security|government|intelligence)\s+)?"
                     # "Israeli medics said a worker was killed in a missile strike": who counted the harm
                     r"(?:officials?|spokes(?:man|woman|person)|sources?|media|statement|medics|paramedics|rescuers|"
                     r"doctors|witnesses|residents|police)\b")
# "A spokesperson for the U.S.-led coalition tweeted, announcing the attack": who speaks for our side
# is not who acted either (a spokesman for a militia that says its fighters fired still names them).
SPEAKER_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|statement|source)\s+(?:for|of|from)\s+"
                         r"(?:[^,.;:]|(?<=[A-Z])\.){1,60}?\s"
                         r"(?:said|says|tweeted|tweets|announced|announces|stated|states|wrote|"
                         r"told|confirmed|confirms)\b", re.I)
# "U.S. forces observed several drones conducting airstrikes": who watched is not who struck.
OBSERVER = re.compile(r"\b(?:[A-Z][\w.-]*\s+){1,3}(?:forces\s+|troops\s+|radars?\s+)?(?:observed|saw|watched|"
                      r"monitored|tracked|spotted|detected)\b"
                      # "The Houthis reported airstrikes on Hodeida": who reported the act, not its author (but
                      # "the Houthis reported firing missiles", "reported that they fired": their own act); so too
                      # who denied it ("the Pentagon denied an attack on a U.S. convoy")
                      r"|\b(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:reported|denied|denies)\b"
                      r"(?!\s+(?:\w+ing|having|(?:that\s+)?(?:they|it|its|their|he|she|we))\b)")


# Bodies that watch and report acts at sea or in a war, never their authors (a name, and the phrase
# that motivated it): their country is not the actor's.
MONITORS = [
    (r"(?:the\s+)?(?:United\s+Kingdom|U\.?K\.?|British)\s+Maritime\s+Trade\s+Operations(?:\s+(?:center|centre|agency))?",
     "the United Kingdom Maritime Trade Operations center reported the attack off the coast"),
    (r"UKMTO", "UKMTO said a vessel was hit west of the port"),
    (r"(?:the\s+)?Joint\s+Maritime\s+Information\s+Cent(?:er|re)", "the Joint Maritime Information Center said"),
    (r"(?:the\s+)?(?:(?:UK|U\.K\.|Britain|London)-based\s+)?Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?",
     "the UK-based Syrian Observatory for Human Rights counted five blasts"),
]
_MONITOR = re.compile("|".join(pattern for pattern, _example in MONITORS))


def without_onlookers(text: str) -> str:
    """``text`` without those who only spoke of, watched or logged the act ("U.S. officials said",
    "U.S. forces observed", "the UK Maritime Trade Operations center reported"): what is left
    may name who acted."""
    ours = SPEAKER_FOR.sub(lambda m: "" if FRIENDLY_ACTOR.search(m.group(0)) else m.group(0), _MONITOR.sub("", text))
    return OBSERVER.sub("", SPEAKER.sub("", ours))


# Partners whose own land is hit, not theirs to strike (SPEC section 2): an act there that names no
# friendly actor is an attack. Country code, and the phrase that motivated the row.
PARTNER_HOMELANDS = {
    "IL": "a farm worker was killed in a missile strike near Metula",
    "SA": "a drone strike set a fuel tank ablaze in Jizan",
    "AE": "a drone strike near Abu Dhabi's airport killed three workers",
}
# "Iran shot down a U.S. Navy surveillance drone": what was downed, told before the trigger.
DOWNED_BEFORE = re.compile(r"\b(?:shot down|downed|brought down)\s+(?P<what>(?:\S+\s+){0,8})$")
# An aircraft (``lexicon.DOWNED_AIRCRAFT``) is an act only when brought down: a downing verb just before it, or the
# passive in the trigger itself.
DOWNED_AIRCRAFT = re.compile(r"(?:" + _AIRCRAFT + r")$", re.I)
AIRCRAFT_NAMED = re.compile(r"(?:" + _AIRCRAFT + r")\b")  # "Black Hawk", "Chinook"
DOWNED_PASSIVE = re.compile(r"\b(?:shot|brought)\s+down$", re.I)
# Air defences of the hostile side: what they intercept was fired by ours ("with Iranian air defense systems
# intercepting many missiles near Tehran").
HOSTILE_DEFENCES = re.compile(r"\b(?:Iranian|Iran['’]s|Syrian|Syria['’]s)\s+air[\s-]+defen[cs]es?\b", re.I)
# ... and the one state whose own land is hit by our side's fire (SPEC section 2: strikes on Iran-aligned
# targets): missiles or drones that land there, with no hostile side named as who fired, are a strike
# (not "rockets hit a police station in Zahedan": an insurgent's weapon).
AIR_WEAPON = re.compile(r"^(?:(?:ballistic |cruise |long-range )?missiles?|drones?)$", re.I)
HOSTILE_HOMELANDS = {
    "IR": "the missiles were aimed at radar sites in two border provinces and around the capital",
}
# "Three American troops were killed ... in a drone strike": our dead make it an attack on us.
# "fired on the demonstrators", "opened fire on a car", "police fired at": shooting no side of this map does
# (``lexicon.CROWD_FIRED_ON``, ``lexicon.POLICE_FIRING``); the first after the trigger, the second before it.
SHOTS = re.compile(r"fir(?:ed|es|ing)\s+(?:on|at|upon)|opened\s+fire", re.I)
FIRED_ON_CROWD = re.compile(r"\s+(?:(?:on|at|upon)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:"
                            + lexicon.alternation(lexicon.CROWD_FIRED_ON) + r")\b", re.I)
# (the police the subject right before the verb: not "a man in a police uniform opened fire on American troops")
POLICE_FIRING = re.compile(r"\b(?:" + lexicon.alternation(lexicon.POLICE_FIRING) + r")\s*$", re.I)
# "a car carrying U.S. Embassy staff": the crowd or car fired on carries ours
CARRYING_OURS = re.compile(r"\s+(?:carrying|transporting|with|of)\s+(?:[\w.-]+\s+){0,3}?(?:U\.S\.|US|American|"
                           r"coalition|allied|British|French|Israeli|embassy|diplomats?|troops|soldiers|contractors)\b",
                           re.I)
# A town lost to a side, told from the town (``lexicon.FALLEN``): "Rwindi fell to the rebels".
FALLEN = re.compile(lexicon.alternation(lexicon.FALLEN), re.I)
# An armed side, as one party of a clash or the side a town fell to ("clashed with militants", "fell to the
# rebels"): not "ministers clashed over the budget", "prices fell to $78", "the decision is in the hands of the court".
ARMED_PARTY = re.compile(r"\b(?:" + _ARMED_MEN + "|" + _ARMED_GROUPS + r"|(?i:rebels?|gunmen|fighters|troops|soldiers|"
                         r"forces|army|militiamen|units|patrols?|border guards|marines|paratroopers|commandos|tanks|"
                         r"battalions?|brigades?|peshmerga|regiments?|divisions?))\b")
# Clashes told as fighting with no side named: "clashes erupted in four districts", "heavy clashes".
FIGHTING_CLASH = re.compile(r"\s+(?:also\s+|again\s+)?(?:erupted|broke\s+out|flared|raged|continued|intensified|"
                            r"spread|were\s+reported|took\s+place)\b", re.I)
FIGHTING_BEFORE = re.compile(r"\b(?:heavy|fierce|armed|deadly|fatal|bloody|violent|border|intense)\s+$", re.I)
# A ground assault by our side or a partner's, told as an attack ("launched an assault with tanks on the village").
GROUND_ASSAULT = re.compile(r"(?:counter-?)?(?:attacks?|attacked|assaults?|assaulted|offensive)", re.I)
GROUND_FORCES = re.compile(r"\b(?:tanks|armou?red (?:combat )?vehicles|infantry|ground (?:forces|troops)|soldiers|"
                           r"troops|paratroopers|marines|special forces)\b", re.I)
FIRE_ARMS = re.compile(r"\b(?:missiles?|rockets?|drones?|artillery|shell(?:s|ing|ed)?|mortars?|bombs?|jets?|aircraft|"
                       r"warplanes?|air|aerial|helicopters?|HIMARS|gunships?)\b", re.I)
# "protesters clashed with police outside parliament": a street clash is no act of war, whoever is in it.
CLASH = re.compile(r"clash(?:es|ed|ing)?", re.I)
CLASH_OF_CROWDS = re.compile(r"\b(?:protesters?|demonstrators?|rioters?|marchers?|mourners?|fans|youths?|supporters|"
                             r"students|settlers|villagers|worshippers|crowds?)\b", re.I)
GUNFIRE_KILL = re.compile(lexicon.alternation(lexicon.GUNFIRE_KILL), re.I)
# Ours named as the ones killed, right after the verb: "shot dead two American contractors".
_OURS = r"(?:U\.S\.|US|American|coalition|allied|British|French|Israeli)\s+(?:[\w-]+\s+)?"
_OUR_PEOPLE = (r"(?:troops?|soldiers?|service ?members?|servicemembers?|personnel|contractors?|sailors?|Marines?|"
               r"airm[ae]n|engineers?|diplomats?|officers?)")
OURS_KILLED = re.compile(r"\s+(?:[\w,-]+\s+){0,3}?" + _OURS + _OUR_PEOPLE + r"\b")
# ... and before it, in the passive: "a U.S. soldier was shot dead", "two British soldiers were gunned down"
OURS_WERE_KILLED = re.compile(_OURS + _OUR_PEOPLE + r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                              r"(?:\w+ly\s+)?$")
FRIENDLY_VICTIMS = re.compile(
    r"(?:U\.S\.|US|American|coalition|allied|British|French)\s+(?:[\w-]+\s+){0,2}(?:troops|soldiers|service ?members|"
    r"servicemembers|personnel|contractors?|sailors|Marines|airmen)\s+(?:were|was|have been|had been)\s+"
    r"(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt)\b|\bAmericans\s+(?:were|have been)\s+(?:killed|wounded)\b|"
    # units only the U.S. fields: "three Army Green Berets were killed in the ambush"
    r"\b(?:Green Berets|Navy SEALs|Army Rangers)\s+(?:were|was|have been|had been)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|wounded|injured|hurt)\b")
# "their armoured vehicle struck an explosive device", "a patrol hit a roadside bomb": the bomb is the blow,
# the vehicle its target, whoever's adjective comes before.
STRUCK_A_BOMB = re.compile(r"\s+(?:an?\s+)?(?:improvised\s+)?(?:explosive\s+device|roadside\s+bomb|(?:land)?mine|"
                           r"IED)(?![\w-]|\s+(?:factory|factories|cells?|workshops?|makers?|plants?|network|laying))",
                           re.I)  # not "struck an IED factory", "a mine-laying boat"
# Deaths no enemy caused: "killed in a training accident", "a helicopter crash", "friendly fire", "during a raid".
MISHAP = re.compile(r"\b(?:accidents?|accidental(?:ly)?|crash(?:ed|es)?|rollover|mishap|non-?combat|friendly[- ]fire|"
                    r"mistakenly|drown(?:ed|ing)?)\b|\bduring\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}"
                    r"(?:raid|operation|mission|exercise|training)\b", re.I)
# When a passive's act came, told between its participle and its agent: "was targeted on Thursday
# by", "were hit early Sunday by", "was struck overnight with".
_PASSIVE_WHEN = (r"(?:(?:again|overnight|(?:early|late|on|early on|late on)\s+(?:" + _WEEKDAY + r"|today|yesterday)"
                 r"(?:\s+(?:morning|afternoon|evening|night))?)\s+)?")
# The weapon a passive names as its agent: the subject before it is what was hit, not who hit
# ("a U.S. outpost in southern Syria was hit by three drones", "coalition troops were targeted by
# rockets", "the tanker was struck again by a missile"); a headline drops the auxiliary ("allied
# supply convoy hit by a roadside bomb").
HIT_BY = re.compile(r"\b(?:(?:is|are|was|were|been|being|got)\s+(?:\w+ly\s+)?)?(?:hit|struck|targeted|attacked|bombed|"
                    r"shelled|rocked|damaged|pounded|raided|rammed|stormed|ambushed|overrun)\s+" + _PASSIVE_WHEN
                    + r"by\s+(?!\w+ing\b)(?P<agent>(?:[\w.'’-]+\s+){0,4})$", re.I)
# "U.S. forces in Iraq are targeted in two drone attacks", "the base was hit with rockets": a passive
# whose subject was hit, told before the weapon's noun (a timeline's or a headline's present too).
TARGETED_WITH = re.compile(r"\b(?:is|are|was|were|been|being|got)\s+(?:\w+ly\s+)?(?:targeted|attacked|hit|struck)\s+"
                           + _PASSIVE_WHEN + r"(?:in|with|by)\s+(?:[\w-]+\s+){0,4}$", re.I)
# "An Iraqi air base that hosts U.S. troops was the target of a drone attack": its subject was hit.
# Its agent follows, as after "hit by": "Lebanon was the target of a series of Israeli strikes".
TARGET_OF = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|again\s+)?the\s+(?:\w+\s+)?targets?\s+of\s+"
                       r"(?P<agent>(?:[\w.'’-]+\s+){0,4})$", re.I)
# A passive's auxiliary right before its participle: "the convoy was ambushed", "troops are attacked".
PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been|being|got)\s+(?:\w+ly\s+)?$")
# "stormed the Iranian consulate": a facility of a state that is no partner is no attack of ours.
FOREIGN_FACILITY = re.compile(r"\b(?:Iranian|Iran's|Iran’s|Syrian|Russian|Chinese)\s+(?:embassy|consulate|mission)\b", re.I)
HOSTILE_TARGET = re.compile(
    r"\b(militias?|militants?|Kata[’']?ib|Hezbollah|IRGC|Quds|Houthis?|ISIS|Islamic State|PMF|"
    r"Popular Mobilization|Hashd|Hashed|PKK|convoys?|commanders?|weapons (?:depots?|facilities)|Iranian|Iran-backed|"
    r"Iranian-backed|official)\b", re.I)
# A base or outpost is ours unless the words say whose: "a Hashd base", "a base of the PMF".
GENERIC_FRIENDLY = re.compile(r"^(?:bases?|air base|airbase|outposts?|Camp [A-Z][\w-]+)$", re.I)

# --- modality -----------------------------------------------------------------
# Cues in the trigger's own clause, before it, that make it not (yet) real.
NEGATION = _words("not no never without n't opted declined refrained vetoed cancelled canceled "
                  "averted thwarted foiled prevented avoided called-off rather")
# A negation before one of these denies the harm or the claim, not the event named after it:
# "no damage was done by the drone attack", "no sailors were hurt in the missile strike",
# "no group has claimed the rocket attack", "no immediate comment on the raid".
NEGATED_RESULT = _words("damage damaged casualties casualty injuries injury injured wounded hurt harmed killed deaths "
                        "fatalities dead claimed claim claims claiming responsibility comment comments")
HYPOTHETICAL = _words("would could might may should can if unless whether potential possible counter protect shield "
                      "options option proposals "
                      "likely risk threat threats threaten threatened threatens threatening vow vowed "
                      "vows promise promised promises warn warned warns plan plans planned planning "
                      "plot plotted plotting prepare preparing prepares intend intends intended "
                      "desire desires intention intentions intent ambition ambitions "
                      "want wants seek seeks considering consider considered expect expected "
                      "anticipated anticipate anticipation fear feared fears future deter deterring calls call allow allows allowing "
                      "permit permits permitting "
                      "proposal proposed wished hoped ready readiness retaliate retaliation "
                      "prompt order orders")
# Forces named by their readiness: "an amphibious ready group", "the Immediate Ready Force".
READY_NAMED = re.compile(r"\bready\s+(?:groups?|forces?|brigades?|reserves?)\b", re.I)
# "Turkey regularly launches air strikes": what a side does again and again (``lexicon.HABITUAL``).
HABITUAL = re.compile(r"\b(?:" + lexicon.alternation(lexicon.HABITUAL) + r")\b[^.;:]*$", re.I)
# "lawmakers called on foreign troops to withdraw": a demand (``lexicon.DEMAND``), not a move or a strike.
DEMANDED = re.compile(r"\b(?:" + lexicon.alternation(lexicon.DEMAND) + r")\b", re.I)
# "Iraq offered to halt its raids into Kuwait", "the militia agreed to stop its attacks": an end offered, no act.
HALT_OFFERED = re.compile(r"\b(?:offer|agree|promise|pledge|vow|propose|threaten)\w*\s+to\s+(?:halt|stop|end|cease|"
                          r"suspend|pause|resume|scale\s+back)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# "pushed to break the siege of Amerli": the siege is what the act ends, not an act of its own.
SIEGE_ENDED = re.compile(r"\b(?:break|breaks|broke|broken|breaking|lift|lifts|lifted|lifting|end|ends|ended|ending|"
                         r"relieve|relieved|relieving)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?$", re.I)
# "the troops stopped short of storming the capital", "refrained from striking": an act held back, not done.
HELD_BACK = re.compile(r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|"
                       r"(?:held|hold|holds|holding)\s+off\s+(?:on|from))\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "militias believe American troops will be leaving": what someone thinks a force will do, no move.
BELIEVED = _words("believe believes believed think thinks rumored rumoured speculate speculated speculation")
FUTURE = _words("will would 'll shall")
CLAUSE_BREAKS = _words("that which who whom whose because when while after before since where said says")
_BREAK_WORDS = "|".join(sorted(CLAUSE_BREAKS))
# Compiled once: clause boundaries are looked for in every sentence and for every trigger.
CLAUSE_BREAK = re.compile(rf"\b(?:{_BREAK_WORDS})\b")
# "Two soldiers were killed in the north on Monday, in a rocket attack by militants": the toll's clause, then the
# act that took it, set off by a comma; the act happened where the toll did.
TOLL_THEN_ACT = re.compile(r"\b(?:killed|wounded|injured|hurt)\b[^;:—]*?(?P<comma>,)\s*(?:in|during|by)\s+"
                           r"(?:an?|the|what\s+(?:\w+\s+){1,2}(?:an?|the))\s+(?:[\w-]+\s+){0,3}$")
CLAUSE_BREAK_OR_AND = re.compile(rf"\b(?:{_BREAK_WORDS}|and)\b")
CLAUSE_MARK = re.compile(rf"[,;]|\b(?:{_BREAK_WORDS})\b")
# Movement verbs after "to" that keep a movement real ("continuing to move").
ONGOING = _words("continue continued continues continuing began begun begin start started starting")
PLANNED = re.compile(
    r"\b(on (?:high )?alert|on standby|prepar(?:e|es|ing) to (?:deploy|move)|ordered to|"
    r"will (?:be )?(?:send|deploy|mov)|would (?:be )?(?:send|deploy|mov)|plans? to (?:send|deploy)|"
    r"decided to (?:send|deploy)|possible deployment|(?:set|scheduled|slated|due|expected|ready) to (?:deploy|arrive|fly|sail|move|depart|leave)|"
    # "the troops are expected to be deployed to training camps at Taji": a move to come
    r"(?:set|scheduled|slated|due|expected) to be (?:deployed|sent|moved|stationed|based|redeployed|flown)|"
    r"ordered\b[^.;]{0,80}?\bto (?:move|deploy|sail|head|redeploy)|"
    # "Biden told Austin to send a THAAD battery": an order, not yet a move
    r"(?:" + _TOLD + r")\s+(?:[\w.-]+\s+){0,5}?to (?:send|deploy|move|dispatch))", re.I)
UNCONFIRMED = re.compile(
    # not "a suspected ISIS hideout", "suspected militants": what the target was thought to be
    # nor "an attack allegedly carried out by the rebels": a doubt on who did it, not on the act
    r"\b(unconfirmed|unverified|alleged(?:ly)?\b(?! (?:carried out|launched|conducted|perpetrated|staged) by\b)|"
    r"apparent(?:ly)?|suspected(?! (?:\S+ ){0,2}(?:hideouts?|militants?|"
    r"members?|fighters?|insurgents?|terrorists?|positions?|cells?|targets?|locations?)\b)|neither confirmed nor denied|"
    r"claim(?:ed|s)? (?:that|to)\b|a claim\b"
    r"|(?:could|did|does|would|has|have|was) not (?:be )?(?:independently )?(?:verif|confirm)\w*"
    r"|unable to (?:verify|confirm))", re.I)
# "Washington denied ...", "Tehran said ...": a capital that speaks or acts is a government, not a place.
SPEAKS = re.compile(r"(?:,\s+(?:which|who|a|an)\b[^,.;]{0,120},)?"  # "Russia, which like Iran backs Assad, said"
                    # "The UAE, a close ally of Saudi Arabia and part of the coalition, said"
                    r"(?:(?:,\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*,?"  # "Britain, the US and France fired"
                    r"\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+"  # "The U.S. and Britain have"
                    r"(?:(?:on\s+[A-Z]\w+|today|yesterday|tonight|overnight|late\s+\w+|early\s+\w+)\s+)?"
                    # "has kept"; not "the base had come under attack", "the port has suffered": what befell it
                    # "the towns had also been struck": what befell them too
                    r"(?:(?:has|have|had)\s+(?:(?:\w+ly|also|again|already|both)\s+)?+"
                    # ("the town has fallen to the rebels": what befell it)
                    r"(?!been\b|come\s+under\b|suffered\b|endured\b|faced\b|seen\b|witnessed\b|fallen\b)[a-z]+\b|"
                    r"(?:\w+ly\s+)?(?:said|says|confirmed|denied|neither|warned|blamed|accused|announced|"
                    r"claimed|insisted|rejected|called|urged|responded|condemned|vowed|threatened|"
                    # "Washington has carried out strikes": a government acting
                    r"carried out|launched|conducted|retaliated|ordered|sent|deployed|struck|hit back|decided|"
                    r"pledged|unleashed|fired|bombed)\b)")
# "Canada and Denmark were involved in the strikes", "Britain took part": a state that takes part
# is a side, not where it happened.
TAKES_PART = re.compile(r"\s+(?:(?:were|was|are|is|had been|have been)\s+(?:also\s+)?(?:involved|participating)|"
                        r"(?:also\s+)?(?:took part|take part|joined|participated|contributed|provided support))\b")
# Said outright: an explicit confirmation outweighs another report's doubt.
CONFIRMED = re.compile(r"(?<!neither )\b(?:confirmed|acknowledged|took responsibility|claimed responsibility|"
                       r"said it (?:had )?carried out)\b(?!\s+(?:that\s+)?(?:no|none)|\s+nor)", re.I)
# A denial of the event disputes it; a denial of responsibility ("denied any role") does not.
DISPUTED = re.compile(r"\b(conflicting reports|contradictory reports|disputed|rejected claims|"
                      r"(?<!nor )den(?:y|ied|ies|ying)(?! (?:any |its |their |his )?(?:involvement|role|responsibility|"
                      r"links?|being behind|it was behind|having a role)))\b", re.I)
# "The attack marks the first time the capital has been hit": a comparison with the past, about an
# event told elsewhere.
FIRST_TIME = re.compile(r"\b(?:represents?|marks?|marked|was|is|be|been)\s+the\s+first\s+time\b", re.I)
# "condemned the Israeli attacks", "blamed the attack on ...": a verb that judges an event told elsewhere.
JUDGED = re.compile(r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|blam(?:ed|es|ing)|criticiz(?:ed|es|ing)|"
                    r"prais(?:ed|es|ing)|welcom(?:ed|es|ing)|justif(?:ied|ies|y)|defend(?:ed|s|ing)|"
                    r"called|described|characterized|termed|react(?:ed|s|ing)?\s+to|respond(?:ed|s|ing)?\s+to)"
                    r"\s+(?:\S+\s+){0,4}?"
                    # "reacted to Friday's attack": a day's or a side's possessive is a determiner too
                    r"(?:the|this|that|these|those|such|its|their|[A-Z][\w-]*['’`]s)"
                    r"\s+(?:\S+\s+){0,3}$", re.I)
# "Officials initially said ... but later corrected": a retracted report is not an event.
RETRACTED = re.compile(r"\b(?:initially|first|originally|erroneously) (?:said|reported|claimed)\b.*\b(?:corrected|"
                       r"retracted|withdrew|walked back|revised)\b", re.I)
NOW = re.compile(r"\b(now|currently|this morning|this evening|tonight|today|emerging)\b", re.I)
STATIVE_DEPLOYED = re.compile(r"\bdeployed\b", re.I)
PRONOUNS = _words("it they he she we i you")
PLACE_PREPOSITIONS = (r"\b(?:on|at|in|near|outside|against|of|across|throughout|around|inside|into|targeting|over|toward|"
                      r"towards)\b"
                      # "attacked a cargo ship off Yemen", "off the coast of Eritrea" (not "called off")
                      r"|\boff\s+(?:the\s+(?:coast|shores?)\s+of\s+)?(?:the\s+)?$"
                      # "seized a tanker while transiting the Strait of Hormuz": where the ship was
                      r"|\b(?:while|when|as)\s+(?:it\s+was\s+)?"
                      r"(?:transiting|crossing|passing\s+through|sailing\s+through)\s+(?:the\s+)?$")
# "Rockets hit the embassy": verbs that take the place as their direct object.
IMPACT_GAP = re.compile(r"\s+(?:(?:also|again|then)\s+)?"
                        r"(?P<verb>hit|hits|struck|strikes|targeted|targets|pounded|rocked|"
                        r"shelled|bombed|besieged|stormed|attacked)?\s*(?:the\s+)?"
                        r"(?:[A-Z][\w.'’-]*['’]s\s+)?"  # "struck Iraq's Sinjar district": the country owns it
                        # "shelled the Israel-occupied Golan Heights": whose hold, then the place
                        r"(?:[A-Z][\w.]*-(?:" + "|".join(sorted(COMPOUND_HEADS)) + r")\s+)?"
                        # "targeted the US al-Tanf base", "struck the American Harir base": whose base it is
                        r"(?:(?:U\.S\.|" + "|".join(BASE_DESCRIPTORS) + r")\s+)?"
                        # "struck the country's northern Kurdish regional capital Erbil"
                        r"(?:(?:[\w'’-]+\s+){0,5}?(?:capital|city|town|village|port|province|base|airport),?\s+)?"
                        r"(?:(?:al|el|ad|ar|as|an|at|az|ash)-)?", re.I)  # "hit the Al-Balad air base": the name's article
AUXILIARY = _words("has have had was were been being be is are get got")
# "Rockets fired from Iraq hit the Tanf garrison": a weapon's verb later in its clause, the place its object.
WEAPON_VERB_OBJECT = re.compile(r"\s(?P<verb>hit|hits|struck|strikes|targeted|targets|pounded|slammed\s+into|"
                                r"crashed\s+into)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*['’]s\s+)?$")
# "Israel strikes Aleppo airport", "Jets strike Homs", "Turkey shells Afrin": a word that may be a noun
# used as the verb of a subject (a name or a force) whose direct object is the place hit.
VERB_NOUN = re.compile(r"(?:strikes?|shells|bombs|raids|targets|attacks)$", re.I)
VERB_SUBJECT = re.compile(r"(?:(?<![\w'’])(?-i:[A-Z][\w.-]*)|\b(?:jets|warplanes|aircraft|planes|drones|forces|troops|"
                          r"militants|rebels|fighters|militias|gunmen|navy|army|military))\s+$", re.I)
# Forms that are a trigger only as a verb after its subject ("Turkey shells Afrin"), never as the noun
# ("fired chemical shells at the positions").
VERB_ONLY = frozenset({"shells"})
# ... unless the noun opens its clause as the weapon: "Shells fired by the rebels killed seven" (not "children
# collecting old shells fired during the war").
WEAPON_SUBJECT = re.compile(r"\s+(?:fired|launched|landed|fell|hit|struck|slammed|exploded)\b", re.I)
WEAPON_SUBJECT_OPENS = re.compile(r"(?:^|[.,;:—]\s*|\b(?:and|but|while|as|when)\s+)(?:(?:the|some|several|two|three|four|five|"
                                  r"six|seven|eight|nine|ten|dozens\s+of|\d+|artillery|tank|mortar|heavy|more|other)\s+)*$", re.I)
# "Dec. 14 – Rockets hit the embassy", "Update: Drones struck ...": a capital after a dash or a colon
# opens a clause, as after a quote; it is no part of a name.
CLAUSE_OPENS = re.compile(r"(?:[\"“‘'(]|[–—:]\s+|\s-\s+)$")

# --- arguments ----------------------------------------------------------------
# "The Air Force identified the aircraft as coming from the 20th Bomb Squadron of Barksdale":
# a sentence that only says where the force came from.
# "The jets belong to Langley Air Force Base's 27th Fighter Squadron", "the aircraft are from Seymour Johnson".
ORIGIN_STATEMENT = re.compile(r"\b(?:coming|came|comes|drawn|deployed|flown|sailed|sent)\s+(?:in\s+)?from\b|"
                              r"\b(?:is|are|was|were)\s+(?:all\s+)?from\b|\bbelong(?:s|ed|ing)?\s+to\b|"
                              r"\b(?:home-based|based|stationed)\s+(?:at|in)\b", re.I)
ORIGIN_CUES = re.compile(r"\b(from|out of|based in|stationed in|leaving|left|depart(?:s|ed|ing)?|vacat(?:e|es|ed|ing))\s+"
                         # "withdrew from the town of Lyman", "left the Syrian cities of Tabqah and Raqqa"
                         + r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|villages|bases|provinces)\s+of\s+|"
                         + PLACE_KIND_OF + ")"
                         r"(?:[A-Z][\w.-]*['’]s\s+)?"  # "withdrew from Iraq's Taji military base"
                         # "sets sail from a military port in Zhanjiang", "left a naval base near Toulon"
                         r"(?:(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:port|base|harbou?r|airport|"
                         r"air\s?base|airfield|station|barracks|garrison|home\s?port|front\s?line|post|position)s?\s+"
                         r"(?:in|at|near|of|outside|around)\s+"  # "pulling back from the front lines near Aleppo"
                         r"(?:the\s+)?|"
                         # "withdrawn from several areas in Gaza City", "pulled out from sections of Khan Younis"
                         r"(?:(?:several|some|many|most|all|two|three|four|five|\d+)\s+)?(?:areas?|parts?|sections?|"
                         r"neighbou?rhoods?|districts?|positions?|outposts?)\s+(?:in|of|around|near)\s+(?:the\s+)?)?$",
                         re.I)
# What a blow "left" a place in, said right after its name: not a force leaving it ("strikes left the port
# city of Beirut in ruins", "the attacks left Erbil on edge").
LEFT_AS_IT_WAS = re.compile(r"\s+(?:in\s+(?:ruins|rubble|flames|darkness|shock|mourning|tatters|chaos)|on\s+edge|"
                            r"reeling|devastated|without\s+(?:power|water|electricity))\b", re.I)
# "left for Cyprus to evacuate citizens from Lebanon": the "from" of a purpose (``lexicon.PURPOSE_FROM``).
PURPOSE_FROM = re.compile(r"\b(?:to|help)\s+(?:" + lexicon.alternation(lexicon.PURPOSE_FROM)
                          + r")\b", re.I)
# "to counter threats from Iran": where a danger comes from, not where a force sets out.
NOT_ORIGIN = re.compile(r"\b(?:threats?|attacks?|aggression|missiles?|rockets?|drones?|fire|pressure|danger|"
                        r"retaliation|strikes?|provocations?)\s+(?:\w+\s+)?from\s+(?:the\s+)?$", re.I)
ORIGIN_EXERCISE = re.compile(r"\b(exercises?|drills?|maneuvers?|training)\b[^.;]{0,30}\b(in|off|near|around)\b", re.I)
# "The destroyer, which had been operating in the Black Sea, proceeded to the Gulf": where the
# force was when it was tasked, told in a clause of its subject.
ORIGIN_WAS = re.compile(r"\b(?:(?:which|that|who)\s+(?:had\s+been|has\s+been|was|were)\s+|previously\s+|"
                        r"(?:then|already)\s+)(?:operating|deployed|working|patrolling|exercising|sailing)?\s*"
                        r"(?:in|off)\s+(?:the\s+)?$", re.I)
# "soldiers who had been deployed to the region were killed": where a force had gone before the news, told in a
# relative clause of the past before the past; no move of the day.
RELATIVE_PAST = re.compile(r"\b(?:who|which|that)\s+had\s+(?:(?:already|earlier|previously|recently)\s+)?"
                           r"(?:been\s+)?$", re.I)
# ... unless the clause says the day of that move, which is then the news ("Marines who had been flown to Baghdad
# from Kuwait on Tuesday secured the embassy", "troops that had been ordered to Jordan on Monday").
DAY_IN_CLAUSE = re.compile(r"[^,;.]{0,60}?\b(?:on\s+)?(?:" + _WEEKDAY + r"|yesterday|overnight|"
                           r"(?:this|last)\s+week|earlier\s+this\s+week)\b", re.I)
# ", where drones attacked the plant", ", which was hit by rockets": a relative clause, whose
# place is the name it hangs on.
RELATIVE_OPENING = re.compile(r"[,—(]\s*(?P<word>where|which|that)$")
# "The deploying soldiers are from ...", "the departing crews": a participle before its force
# says which force, not that it moves.
ATTRIBUTIVE_MOVE = re.compile(r"\b(?:the|these|those|its|their|all)\s+$", re.I)
# "In Tehran, the Guards named four officers who died in the strike": a place opening the sentence, then
# someone who speaks of an act told before, is where they spoke.
SETTING_SPEAKS = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|named|identified|announced|mourned|buried|"
                            r"held|reported|confirmed|denied|condemned|vowed|warned|paid|gathered|reacted|responded)\b",
                            re.I)
# "Jets fly in formation over Red Square during the Victory Day parade" (a caption): a display, no move.
DISPLAY = re.compile(r"\b(?:parades?|air\s?shows?|fly-?pasts?|in\s+formation|military\s+tattoo)\b", re.I)
# "The attack drew a sharp warning from Washington": what a party said of an act is not who acted.
SAID_FROM = re.compile(r"\b(?:warnings?|condemnations?|responses?|statements?|reactions?|criticism|rebukes?|"
                       r"protests?|calls?|words?|reports?|denials?|threats?|messages?)\s+from\s+$", re.I)
# "Frequent attacks on the embassy have led Washington to threaten ...": what the act led to is no place of it.
LED_TO = re.compile(r"\b(?:have|has|had)\s+(?:led|prompted|forced|caused|pushed|sparked|drawn)\b|"
                    r"\b(?:led|prompted|forced|pushed)\s+(?:\w+\s+){0,2}?to\b", re.I)
# "Canada to pull jets bombing ISIS", "Turkey launched ...": a country opening the sentence as the subject
# of an act is its actor (not "Iraq suffered", "Syria came under fire").
COUNTRY_ACTS = re.compile(r"\s+(?:to\s+(?!be\b)\w+|(?:(?:has|have|had|will|would|also|then)\s+)?(?!suffered|endured|faced|"
                          r"experienced|witnessed|came|was|were|is|are)(?:\w+ed|launch\w*|strik\w*|struck|pull\w*|"
                          r"sen[dt]\w*|carr\w*|conduct\w*|bomb\w*|hit|fir\w*|shell\w*|withdr\w*|deploy\w*))\b", re.I)
# "Hezbollah pounded northern Israel with rockets": a verb's object, then the weapon it was hit
# with, is where the weapon fell (the place stands before the trigger word).
STRUCK_OBJECT = re.compile(r"\b(?:" + "|".join(sorted(STRUCK_VERBS)) + r")\s+(?:the\s+)?$", re.I)
WITH_WEAPON = re.compile(r"\s*,?\s+with\s+(?:[\w,'’-]+\s+){0,5}$", re.I)
# "Tornados took off from RAF Akrotiri in Cyprus and struck ...": where the aircraft set out, not where they hit.
_FLEW = r"(?:took|taking|takes|take)\s+off|flew|flying|flown|scrambled"
TOOK_OFF_FROM = re.compile(rf"\b(?:{_FLEW})\s+from\b[^.;]{{0,40}}$", re.I)
# "Dutch jets, flying from bases in Italy, bombed ...": a sortie flown to strike, no move of the force; the
# words between the flight and the blow name no destination (not "flew from Lakenheath to Aviano and struck").
# ("flying with a full bomb load from Hamedan ... conducted a strike"; "took off from Diyarbakir early on Friday to
# hit three targets": a "to" that opens the blow's purpose names no destination)
SORTIE = re.compile(rf"(?:{_FLEW}|scrambling)\s+(?:[\w-]+\s+){{0,5}}?from\b"
                    r"(?:(?!\b(?:to(?!\s+(?:hit|strike|bomb|attack|target|pound|raid)\b)|into|for|toward|towards|"
                    r"bound|headed|after|before|since|when)\b)[^.;])*?$", re.I)  # ("flown in ... after they stormed")
# "took off from Diyarbakir early on Friday to hit three targets": a flight whose purpose is the blow, a sortie
# (nor a move with its own end told first: "flew to Diego Garcia, within range to strike", "flew into Incirlik to
# strike"; nor a purpose of something else: "within range to strike", "the campaign to bomb")
FLEW_TO_STRIKE = re.compile(rf"(?:{_FLEW})\b(?:(?!\b(?:to|into|onto|for|toward|towards|bound|headed)\s)[^.;]){{0,80}}?"
                            r"(?<!range )(?<!campaign )(?<!ready )(?<!able )(?<!poised )(?<!capable )"
                            r"\bto\s+(?:hit|strike|bomb|attack|target|pound|raid)\b", re.I)
# "home from their deployment to Qatar", "after a seven-month tour in Iraq": where a force comes back from.
FROM_TOUR = re.compile(r"\b(?:from|after|following)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:deployment|tour|mission|rotation|assignment)\s+(?:to|in|at)\s+(?:the\s+)?$"
                       # "came back after being deployed to the Red Sea"
                       r"|\b(?:after|following)\s+(?:being|having\s+been)\s+(?:deployed|stationed|based)\s+(?:to|in|at)\s+"
                       r"(?:the\s+)?$"
                       # "coming home after nine months in Kuwait", "after a year deployed in Iraq"
                       r"|\bafter\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|"
                       r"many)\s+(?:[\w-]+\s+)?(?:months?|years?|weeks?)\s+(?:(?:deployed|serving|stationed|based)\s+)?"
                       r"(?:in|at)\s+(?:the\s+)?$"
                       # "after almost six months of operations in the Gulf", "after spending months helping to
                       # protect merchant vessels in the Gulf"
                       r"|\bafter\s+(?:spending\s+)?(?:(?:almost|nearly|about|more\s+than|over)\s+)?(?:[\w-]+\s+)?"
                       r"(?:months?|years?|weeks?)\s+(?:of\s+(?:operations|patrols|duty|service)|(?:\w+ing)\b[^.;:]{0,50}?)"
                       r"\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# "shot down over the Red Sea near Eilat", "hit in the Gulf of Aden, off Djibouti": after a sea or a wide
# region, the town it was near says where, more sharply than the sea's centre.
NEAR_TOWN = re.compile(r"\s*,?\s+(?:near|off|close\s+to|just\s+off)\s+(?:the\s+)?"
                       r"(?:(?:port|city|town|coast|resort)\s+(?:of\s+)?)?$", re.I)
# "struck militia bases in Iraq and Syria", "hit targets in Yemen and Somalia": several things hit, told
# between the verb and the places, so the countries or provinces listed are one event each.
# The things hit are the verb's object (nothing such as "with", "that" or "between" before them) and the places
# follow them straight after "in": not "struck a depot of a militia with bases in Iraq and Syria", nor "hideouts in
# the desert between Iraq and Syria".
SEVERAL_HIT = re.compile(r"(?:(?!\b(?:with|that|which|who|whose|by|between|has|have)\b)[^;:])*?\b"
                         r"(?:targets|bases|sites|positions|facilities|depots|camps|compounds|installations|"
                         r"outposts|hideouts|warehouses|storage\s+areas)\s+(?:in|across|inside|throughout)\s+"
                         r"(?:the\s+)?$", re.I)
# "F-16s based at Aviano": where a force is at home; "will be based at Al Udeid": where it goes.
BASED_AT = re.compile(r"\b(?:home-?ported|based|stationed|headquartered)\s+(?:at|in|out\s+of)\s+(?:the\s+)?$", re.I)
TO_BE_BASED = re.compile(r"\b(?:will|would|to|shall)\s+be\s+(?:based|stationed)\s+(?:at|in)\s+(?:the\s+)?$", re.I)
# "kept the submarine from entering Pakistani waters", "barred from deploying to the border", "without
# entering the camp": a move held back, none made.
HELD_FROM = re.compile(r"\b(?:from|without)\s+$", re.I)
# "the blast left two soldiers dead", "left behind": "leave" that moves no force.
LEFT_NOT_MOVING = re.compile(r"\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                             r"thousands|many|several|at\s+least|more\s+than|behind|over|open|out|little|no|room|"
                             r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:dead|wounded|injured|damaged|destroyed|"
                             r"burning|in\s+ruins|without))\b", re.I)
# "ordered U.S. forces to prepare strike options": an order to act, not to go. An order to go,
# stay or come back is a move ("ordered the carrier to remain in the Mediterranean"), and so is one
# that names where first ("ordered 200 soldiers to Erbil to guard the consulate").
ORDERED_TO_ACT = re.compile(r"(?:\s+(?!to\b)[\w.,'’-]+){0,6}?\s+to\s+(?!(?:the|remain|stay|return|proceed|go|head|sail|"
                            r"move|deploy|redeploy|relocate|reposition|be\b)\b)[a-z]+\b")
DEST_CUES = re.compile(r"\b(to|toward|towards|into|for|at|in)\s*$", re.I)
# "came back to Portsmouth after being deployed to the Red Sea": a tour told as the past of another move.
AFTER_BEING = re.compile(r"\b(?:after|following)\s+(?:being|having\s+been)\s+$", re.I)
# "evacuation orders to residents, telling them to head to a zone in the south": civilians told to move.
CIVILIANS_TOLD = re.compile(r"\b(?:tell|told|telling|order|ordered|ordering|urge|urged|urging|ask|asked|asking|warn|warned|"
                            r"warning)\s+(?:them|residents|civilians|inhabitants|people|families|the\s+population|"
                            r"(?:the\s+)?(?:city's|town's|camp's)\s+residents)(?:\s+of\s+(?:[\w'’-]+,?\s+){1,6}?)?\s*to\s+$",
                            re.I)
# "a major transit hub from Syria into Mosul", "smuggling routes": a move word that names a kind of place.
MOVE_AS_MODIFIER = re.compile(r"\s+(?:hubs?|routes?|points?|corridors?|countr(?:y|ies)|camps?|stations?|zones?|areas?|"
                              r"visas?|times?|fees?|lanes?)\b", re.I)
# "returned home", "arrived home on Friday", "are coming back home": a move whose end is the force's home.
HOMEWARD = re.compile(r"\bhome\b", re.I)
ONWARD = re.compile(r"\b(further east|eastward|westward|further west|there|to the region|the theater)\b", re.I)
FATALITIES = [
    re.compile(r"\bkill(?:ed|ing|s)\s+(?:at least\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I),
    re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|civilians|soldiers|troops|"
               r"fighters|members|militants|servicemembers|service members|contractors|personnel|others)\s+(?:were\s+)?(?:killed|died|dead)", re.I),
    # "killed Qassem Soleimani and four others": the named one and the others
    re.compile(r"\bkill(?:ed|ing|s)\s+(?:(?:al-|el-)?[A-Z][\w'’-]+\s+){1,4}(?:and|along with)\s+"
               r"(?P<plus>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
               r"(?:others|other people|of his|companions|aides|bodyguards)\b"),
    re.compile(r"\balong with\s+(?P<plus>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+other\b[^.]*\b(?:died|killed)", re.I),
    re.compile(r"\bclaimed the li(?:fe|ves) of\s+(?P<n>a|an|one|two|three|four|five|\d+)\b", re.I),
]
TARGET_AFTER = re.compile(
    r"^\s*(?:on|against|at|targeting|that killed|which killed|killing|killed|"
    r"(?:struck|hit|hits|slammed into|crashed into|pounded|targeted|destroyed))\s+"  # "a drone struck a depot"
    r"(?!(?:near|in|at|outside|around|inside|close to|next to)\b)"  # "struck near the airport": a place, no target
    r"(?P<target>(?:the |a |an |another |two |several )?[^,.;:()\"“”]{2,80}?)"
    r"(?=\s+(?:in|near|outside|at|on|which|that|who|north|south|east|west|from|late|early|as|and|came|comes|"
    r"was|were|is|are|has|had|after|before|when|while|following|,)\b|[,;:\"”]|\.(?:\s|$)|$)", re.I)
KILLED_NAME = re.compile(r"\bkill(?:ed|ing)\s+((?:(?:al-|el-)?[A-Z][\w'’-]+\s?){1,4})")
DEFINITE = re.compile(r"\b(the|this|that|these|those|its|their|his)\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
INDEFINITE = re.compile(r"\b(a|an|another|new|more)\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
GENERIC_TARGETS = _words("militia group militias groups him them it base bases")
