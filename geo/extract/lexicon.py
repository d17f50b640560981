"""The words events are read by, as data.

Each verb is written once, as its lemma, with the forms it may take ("all", or a subset such
as "ed ing"); the forms are generated, never conjugated by hand inside a pattern. Each row
carries the phrase from the news that put it there. ``geo.extract.cues`` compiles the tables into the
patterns the readers use, so a new trigger is one row here plus its test.

>>> forms("deploy")
('deploy', 'deploys', 'deployed', 'deploying')
>>> forms("touch down", "ed ing")
('touched down', 'touching down')
>>> forms("send")
('send', 'sends', 'sent', 'sending')
>>> forms("relocate")
('relocate', 'relocates', 'relocated', 'relocating')
>>> alternation([("rocket", "n", "")])
'rockets|rocket'
"""

from __future__ import annotations

import re

# Forms a generated verb may take: the lemma, the third person, the past (and participle),
# the -ing form.
ALL = "base s ed ing"

# Verbs whose forms no rule gives: third person, past, past participle, -ing.
IRREGULAR = {
    "send": ("sends", "sent", "sent", "sending"),
    "fly": ("flies", "flew", "flown", "flying"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "transfer": ("transfers", "transferred", "transferred", "transferring"),
    "come": ("comes", "came", "come", "coming"),
    "open": ("opens", "opened", "opened", "opening"),
    "leave": ("leaves", "left", "left", "leaving"),
    "set": ("sets", "set", "set", "setting"),
    "take": ("takes", "took", "taken", "taking"),
    "retake": ("retakes", "retook", "retaken", "retaking"),
    "begin": ("begins", "began", "begun", "beginning"),
    "overrun": ("overruns", "overran", "overrun", "overrunning"),
    "thrust": ("thrusts", "thrust", "thrust", "thrusting"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "sweep": ("sweeps", "swept", "swept", "sweeping"),
}
_VOWELS = "aeiou"


def forms(lemma: str, which: str = ALL) -> tuple[str, ...]:
    """The forms of a verb (a phrasal verb inflects its first word: "touch down")."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in IRREGULAR:
        third, past, participle, ing = IRREGULAR[head]
    else:
        third, past, ing = _third(head), _past(head), _ing(head)
        participle = past
    table = {"base": (head,), "s": (third,), "ed": (past, participle), "ing": (ing,)}
    out: list[str] = []
    for form in which.split():
        for word in table[form]:
            if word + tail not in out:
                out.append(word + tail)
    return tuple(out)


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def _ing(verb: str) -> str:
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def _plural(noun: str) -> str:
    return _third(noun)


def words_of(rows) -> list[str]:
    """Every written form of the rows: (word, kind, example) with kind "n" (a noun, with its
    plural), "n1" (a noun only in the singular), "p" (a phrase as written) or the verb forms
    to generate ("all", "ed ing" ...)."""
    out: list[str] = []
    for word, kind, _example in rows:
        if kind == "n":
            out += [word, _plural(word)]
        elif kind in ("n1", "p"):
            out.append(word)
        else:
            out += forms(word, ALL if kind == "all" else kind)
    return out


def alternation(rows) -> str:
    """The rows as one regex alternation, longest first (so "rocket attacks" wins over
    "rocket"), each form escaped; spaces match any run of blanks."""
    found = sorted(set(words_of(rows)), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in found)


# Ground taken: a move into it ("troops retook the town"); an attack when a hostile force takes it.
CAPTURE = [
    ("retake", "all", "government troops retook the town of Kafr Nabl"),
    ("recapture", "all", "army units recaptured the village of Tal Assadi"),
    ("take control of", "all", "troops took control of the Afrin region"),
    ("seize control of", "all", "forces seized control of the port"),
    ("regain control of", "all", "the army regained control of the border crossing"),
    ("restore control over", "all", "army units restored control over al-Husseiniya"),
    ("liberate", "all", "Kurdish-led fighters liberated the dam town on Wednesday"),
    ("capture", "all", "army units captured the village of Tal Hamis"),
    ("take the town of", "all", "a large band of fighters took the town of Botlikh on Sunday"),
    ("take the village of", "all", "the guerrillas took the village of Rakhata at dawn"),
    ("take the city of", "all", "government troops took the city of Gudermes"),
    ("seize", "all", "the insurgents seized the town of Tal Afar"),
    ("overrun", "all", "fighters overran the border town at dawn"),
    ("encircle", "all", "ground troops encircled the southern city overnight"),
    ("complete the encirclement of", "all", "the division completed the encirclement of the border town"),
    ("complete the capture of", "all", "the brigade completed the capture of the hilltop village"),
    ("complete the takeover of", "all", "troops completed the takeover of the coastal road"),
]


# A site within a town, named as the ground taken before the town: "captured the main railway station in Donetsk",
# "seized the airport at Kismayo" (``movements._TAKEN``): the town is where the force went. Not a person taken
# ("captured an ISIS commander in Kirkuk").
TAKEN_SITES = [
    ("station", "n", "insurgents seized the main railway station in the city"),
    ("terminal", "n", "rebels seized the new terminal at the airport"),
    ("airport", "n", "gunmen took control of the airport in the port city"),
    ("base", "n", "fighters overran the army base near the town"),
    ("headquarters", "n1", "rebels seized the police headquarters in the city"),
    ("building", "n", "gunmen seized the administration building in the town"),
    ("bridge", "n", "troops captured the bridge at the river town"),
    ("dam", "n", "the militants seized the dam outside the city"),
    ("refinery", "n", "fighters captured the refinery near the town"),
    ("port", "n", "forces seized control of the port in the coastal city"),
    ("palace", "n", "rebels captured the presidential palace in the capital"),
    ("barracks", "n1", "insurgents overran the barracks in the town"),
    ("checkpoint", "n", "gunmen took control of a checkpoint outside the city"),
    ("square", "n", "rebels took control of the central square in the capital"),
]

# --- deployments ------------------------------------------------------------------
# Verbs of arrival whose object is where the force went: "reached the Gulf", "invaded the strip".
ENTER = [
    ("reach", "ed s ing", "the carrier reached the eastern Mediterranean"),
    ("enter", "ed ing", "the strike group entered the Red Sea"),
    ("invade", "all", "armoured units invaded the border strip at dawn"),
    ("penetrate", "all", "troops advanced, penetrating parts of the village"),
]

# Ground entered by the hostile side is ground it took, an attack on the place ("armed rebels entered the
# provincial capital on Friday"); entered by ours, a move (``ENTER``).
FOE_ENTRY = [
    ("enter", "ed", "armed rebels entered the provincial capital on Friday"),
    ("storm into", "ed", "the militants stormed into the district centre at dawn"),
    ("sweep into", "ed", "insurgents swept into the northern town overnight"),
    ("take over", "ed", "the rebels took over the city of Hama"),
]

# Words that move a force (a sentence must also name a force: ``FORCE_WORDS``).
MOVEMENT = [
    ("send", "all", "the Pentagon is sending 1,500 troops to the Middle East"),
    *CAPTURE,
    *FOE_ENTRY,
    ("deploy", "all", "the squadron deployed to Al Udeid"),
    ("redeploy", "base ed ing", "forces were redeployed to Kuwait"),
    ("dispatch", "all", "the Navy dispatched a destroyer to the Red Sea"),
    ("move", "all", "moving a Patriot battery to Erbil"),
    ("fly", "all", "the bombers flew from Barksdale to Qatar"),
    ("take off from", "all", "a transport plane took off from an air base in Aichi for Djibouti"),
    ("take off for", "all", "two tankers took off for the Gulf on Monday"),
    ("airlift", "base ed ing", "troops were airlifted to Kuwait"),
    ("head to", "all", "the carrier is heading to the eastern Mediterranean; jets head to Qatar"),
    ("head toward", "all", "the group headed toward the Gulf"),
    ("head towards", "all", "amphibious ships headed towards Israel"),
    ("head for", "all", "the strike group headed for the Arabian Sea; fighter jets head for the Gulf"),
    ("sail", "all", "the destroyer sailed into the Black Sea; the frigates are set to sail to the Red Sea"),
    ("arrive", "all", "F-22s arrived in the United Arab Emirates"),
    ("went operational", "p", "the Dutch batteries went operational near Adana"),
    ("became operational", "p", "two Patriot batteries became operational at the base"),
    *ENTER,
    ("reposition", "base ed ing", "repositioning aircraft to Jordan"),
    ("reinforce", "ed", "the embassy was reinforced with Marines"),
    ("rush", "ed", "troops were rushed to the region"),
    ("race to", "ed ing", "the destroyer raced to the tanker in the Gulf of Oman"),
    ("race toward", "ed ing", "a frigate raced toward the stricken ship"),
    ("steam to", "ed ing", "the carrier steamed to the northern Arabian Sea"),
    ("steam into", "ed ing", "the strike group steamed into the Red Sea"),
    ("transit", "base ed ing", "transiting the Suez Canal into the Red Sea"),
    ("withdraw", "all", "troops withdrawn from northern Syria"),
    ("pull out", "base ed ing", "forces pulled out of Tripoli"),
    ("pull", "ed ing", "the Pentagon is pulling Patriot batteries out of the region"),
    ("pull back", "all", "Russia is pulling back its forces from the front lines"),
    ("vacate", "all", "coalition troops vacated the cement plant base"),
    ("retreat", "s ed ing", "the fighters retreated to the airport of Bani Walid"),
    ("re-base", "all", "the allies will re-base at Ain al-Asad"),
    ("relocate", "base ed ing", "personnel relocated to Erbil"),
    ("transfer", "ed ing", "batteries transferred from Kuwait to Iraq"),
    ("touch down", "ed ing", "B-52H bombers touched down at Al Udeid Air Base"),
    ("land at", "ed ing", "B-52H bombers landed at Al Udeid Air Base"),
    ("land in", "ed ing", "the F-22s landed in the United Arab Emirates"),
    ("land on", "ed ing", "Emirati troops landed on the island"),
    ("pass through", "ed ing", "the carrier passed through the Suez Canal into the Red Sea"),
    ("cross into", "ed ing", "a convoy of troops crossed into Iraq"),
    ("advance into", "all", "troops advanced into the eastern district at dawn"),
    ("push into", "ed ing", "armoured units pushed into the camp"),
    ("push deeper into", "ed ing", "the brigade pushed deeper into the town"),
    ("roll into", "ed ing", "an armoured column rolled into the border town"),
    ("press deeper into", "ed ing", "the division pressed deeper into the valley"),
    ("punch into", "ed ing", "armoured brigades punched into the desert south of the capital"),
    ("pour into", "ed ing", "militia columns poured into the provincial capital"),
    ("flood into", "ed ing", "allied fighters flooded into the oil city"),
    ("storm into", "ed ing", "paratroopers stormed into the airfield"),
    ("cross the border into", "ed ing", "the column crossed the border into the northern province"),
    ("cross the frontier into", "ed ing", "tanks crossed the frontier into the enclave"),
    ("cross from", "ed ing", "a battalion crossed from Jordan into the south of the country"),
    ("spread out through", "ed ing", "allied troops are spreading out through the province"),
    ("thrust into", "all", "armoured units thrust into the refugee camp"),
    ("thrust deep into", "all", "the brigade thrust deep into the old city"),
    ("break into", "all", "soldiers broke into the camp before dawn"),
    ("offensive into", "p", "the army launched an offensive into the northern district"),
    ("operation into", "p", "the ministry announced a land operation into the enclave"),
    ("incursion into", "p", "tanks began an incursion into the valley"),
    ("incursions into", "p", "commandos carried out incursions into the hills"),
    ("order", "ed", "two frigates were ordered to the Gulf"),
    ("call up", "all", "the army is calling up two reserve brigades to the northern border"),
    ("dock", "ed ing", "the corvette docked in Mogadishu on Tuesday"),
    ("depart", "all", "the frigate departed Toulon for the Red Sea"),
    ("leave", "s ed ing", "the destroyer left Norfolk for the Mediterranean"),
    ("leave for", "base", "a destroyer will leave for the Gulf on May 10"),  # not "on leave", "troops leave"
    ("return home", "all", "the battalion returned home from Kuwait on Friday"),
    ("come home", "all", "the airmen are coming home after six months in Qatar"),
    ("set sail", "all", "the frigate set sail from its home port for the Red Sea"),
    ("set off for", "all", "four fighter jets have set off for the Gulf"),
    ("set off from", "all", "the convoy set off from its barracks"),
    ("set out for", "all", "the battalion set out for the border"),
    ("set out from", "all", "the strike group set out from San Diego"),
    ("proceed", "ed s ing", "the destroyer proceeded to the Gulf"),
    ("steam", "ed ing", "the carrier steamed into the Arabian Sea"),
    ("divert", "ed ing", "the strike group was diverted to the Middle East"),
    ("en route to", "p", "the amphibious group is en route to the eastern Mediterranean"),
    ("on its way to", "p", "the carrier is on its way to the Gulf"),
    ("on their way to", "p", "the jets are on their way to Jordan"),
    ("evacuate", "ed ing", "U.S. forces were evacuated from Tripoli"),
    ("draw down", "all", "the Pentagon will draw down its forces in the country"),
    ("drawdown", "n", "the drawdown of troops from the base"),
    ("return to", "ed ing", "the carrier group is returning to Norfolk"),
    ("head back to", "ed ing", "the strike group headed back to Norfolk"),
    ("come back to", "all", "the frigate came back to Portsmouth on Saturday"),
    ("deployment", "n", "the deployment of a THAAD battery to Saudi Arabia"),
    ("reinforcements", "n1", "reinforcements to the embassy"),
    ("withdrawal", "n1", "the withdrawal from northern Syria"),
    ("movement", "n", "approved the movement of a Patriot battery to the Middle East"),
    ("on alert", "p", "paratroopers placed on alert to deploy"),
    ("on high alert", "p", "a brigade on high alert for the region"),
    ("on standby", "p", "Marines on standby in Kuwait"),
]

# Movers that are no force, as the subject of a move: "refugees crossed the border into Chad as the fighters
# advanced", "thousands of people flooded into the city", "looters poured into the abandoned base", "weapons poured
# into the country": the force the sentence names elsewhere did not make that move.
NOT_FORCE_MOVERS = [
    ("refugee", "n", "refugees crossed the border into Chad"),
    ("civilian", "n", "civilians poured into the camps"),
    ("migrant", "n", "migrants crossed the frontier into Poland"),
    ("resident", "n", "residents flooded into the square"),
    ("families", "n1", "families poured into the shelters"),
    ("people", "n1", "thousands of people flooded into the city"),
    ("protester", "n", "protesters poured into the streets"),
    ("demonstrator", "n", "demonstrators flooded into the square"),
    ("evacuee", "n", "evacuees poured into the port"),
    ("looter", "n", "looters poured into the abandoned base"),
    ("smuggler", "n", "smugglers crossed the border into Iran"),
    ("displaced", "p", "the displaced poured into the town"),
    ("crowd", "n", "crowds flooded into the square"), ("pilgrim", "n", "pilgrims poured into the city"),
    ("weapons", "n1", "weapons poured into the country"), ("arms", "n1", "arms flooded into the region"),
    ("aid", "n1", "aid poured into the enclave"), ("money", "n1", "money poured into the militia"),
]
# What a sentence must name for a movement to be a force's, not travel, trade or talk.
FORCE = [
    ("troops", "n1", "1,500 troops to the Middle East"), ("forces", "n1", "U.S. forces evacuated"),
    ("force", "n1", "a bomber task force"), ("soldier", "n", "soldiers of the 206th"),
    ("marines", "n1", "Marines from Kuwait"), ("paratroopers", "n1", "paratroopers on alert"),
    ("marine guards", "p", "extra Marine guards were flown to the embassies"),
    ("marine security guards", "p", "Marine security guards sent to the embassy"),
    ("brigade", "n", "a brigade of the 82nd"), ("division", "n", "the 101st Airborne Division"),
    ("battalion", "n", "a Patriot battalion"), ("regiment", "n", "an artillery regiment"),
    ("unit", "n", "the unit was already deployed"), ("personnel", "n1", "personnel relocated"),
    ("sailors", "n1", "sailors aboard the carrier"), ("airmen", "n1", "airmen of the wing"),
    ("guardsmen", "n1", "two busloads of guardsmen arrived home"),
    ("reservists", "n1", "reservists of the airlift wing were welcomed home"),
    ("military trainers", "p", "30 more military trainers to be sent to Iraq"),
    ("military instructors", "p", "military instructors deployed to camps outside Baghdad"),
    ("military advisers", "p", "military advisers sent to Somalia"), ("military advisors", "p", "military advisors sent"),
    ("instructors", "n1", "the extra instructors are expected to be deployed to training camps"),
    ("ship", "n", "ships to the eastern Mediterranean"), ("warship", "n", "a warship to the Red Sea"),
    ("carrier", "n", "the carrier reached the Gulf"), ("destroyer", "n", "two destroyers sailed"),
    ("frigate", "n", "frigates to the Gulf"), ("cruiser", "n", "a cruiser joined"),
    ("armored vehicles", "n1", "armored vehicles sent into the city"), ("armoured vehicles", "n1", "armoured vehicles"),
    ("military vehicles", "n1", "military vehicles were seen heading south"),
    ("military convoy", "n", "a Turkish military convoy crossed into Idlib province"),
    ("artillery", "p", "the army moved artillery and tanks into the border town"),
    ("battle tanks", "n1", "battle tanks sent to the border"),  # not "tanks" alone: fuel tanks
    ("minesweeper", "n", "two minesweepers bound for Bahrain"), ("minehunter", "n", "a minehunter sailed"),
    ("corvette", "n", "a corvette joined the mission"),
    ("missile boat", "n", "two missile boats were deployed to the Red Sea"), ("patrol boat", "n", "a patrol boat sailed"),
    ("submarine", "n", "a guided-missile submarine ordered to the region"), ("vessels", "n1", "vessels moved"),
    ("bomber", "n", "B-52 bombers arrived"), ("fighter jets", "n1", "fighter jets to Jordan"),
    ("fighters", "n1", "fighters to Saudi Arabia"), ("jets", "n1", "jets flew to Qatar"),
    ("aircraft", "n1", "aircraft to the region"), ("squadron", "n", "a fighter squadron"),
    ("helicopter", "n", "attack helicopters moved"), ("transport plane", "n", "a transport plane left the air base"),
    ("military plane", "n", "military planes landed"), ("warplane", "n", "warplanes moved to the base"), ("expeditionary", "p", "an expeditionary wing"),
    ("airborne", "p", "the 82nd Airborne"), ("special operations", "p", "special operations forces"),
    ("rangers", "n1", "Army Rangers"), ("SEALs", "n1", "Navy SEALs"), ("task force", "p", "a task force"),
    ("strike group", "p", "the carrier strike group"), ("battery", "n", "two Patriot batteries"),
    ("patriot", "p", "Patriot missiles"), ("THAAD", "p", "a THAAD system"),
    ("reinforcements", "n1", "reinforcements arrived"),
    ("ground operation", "n", "the government launched a ground operation into the province"),
    ("ground offensive", "n", "a ground offensive into the enclave began on Monday"),
    ("ground incursion", "n", "the ground incursion into the hills went on overnight"),
    ("elements", "n1", "headquarters elements"),
    ("amphibious", "p", "amphibious ships"),
    ("army", "n", "the army and allied militias entered the town"), ("military police", "p", "military police moved into the district"),
    ("SDF", "p", "the SDF moved into the dam town"), ("Peshmerga", "p", "Peshmerga units moved to the front"),
    ("special forces", "p", "special forces were flown to the border"), ("commandos", "n1", "commandos airlifted to the front"),
    ("navy", "p", "the Navy moved"), ("USS", "p", "USS Mason"), ("air defense", "n", "air defenses to Israel"),
    ("air defence", "n", "air defences"),
    ("sapper", "n", "a group of army sappers reached the ruined city"),
    ("military engineers", "n1", "military engineers were flown in to clear the mines"),
    ("combat engineers", "n1", "combat engineers crossed the river"),
    ("peacekeepers", "n1", "peacekeepers took up posts along the corridor"),
    ("infantry", "p", "infantry pressed deeper into the old quarter"),
    ("tanks", "n1", "the army sent tanks into the camp"),  # not after NOT_ARMOUR's words: "fuel tanks"
    # aircraft by a type's name no team, animal or people shares (not "Raptors", "Eagles", "Apaches", "Typhoons")
    ("strike eagles", "n1", "Strike Eagles landed at the Jordanian base"),
    ("super hornets", "n1", "Super Hornets flew off the carrier"),
    ("stratofortresses", "n1", "Stratofortresses landed in Britain"),
    ("fighting falcons", "n1", "Fighting Falcons arrived at the base"), ("eurofighters", "n1", "Eurofighters sent"),
    ("gripens", "n1", "Gripens deployed to Iceland"), ("rafales", "n1", "Rafales flew in from France"),
    ("reaper drones", "n1", "Reaper drones arrived at the airfield"),
]
# Words before "tanks" that make them no armour: "fuel tanks burned", "a think tank's report" (``cues.FORCE``
# reads them before every force word).
NOT_ARMOUR = [
    ("fuel", "fuel tanks burned at the depot"), ("water", "water tanks on the roofs"), ("oil", "oil tanks at the port"),
    ("gas", "gas tanks exploded"), ("storage", "storage tanks at the refinery"), ("think", "think tanks in Washington"),
    ("septic", "septic tanks"), ("propane", "propane tanks"), ("fish", "fish tanks"), ("ballast", "ballast tanks"),
    ("oxygen", "trucks carrying oxygen tanks"), ("diesel", "a convoy of diesel tanks"), ("petrol", "petrol tanks"),
]

# Ships of other navies are named by a prefix, as the U.S. Navy's are by "USS" (``FORCE``). Read
# only in capitals and before a name: "HMS Argyll" is a warship, "its tankers" is not.
NAVY_PREFIX = [
    ("HMS", "Royal Navy", "HMS Diamond shot down a drone"), ("RFA", "Royal Fleet Auxiliary", "RFA Lyme Bay sailed"),
    ("HMCS", "Royal Canadian Navy", "HMCS Ville de Quebec joined"), ("HMAS", "Royal Australian Navy", "HMAS Toowoomba"),
    ("FS", "French Navy", "FS Languedoc shot down two drones"), ("FGS", "German Navy", "FGS Hessen sailed"),
    ("HNLMS", "Royal Netherlands Navy", "HNLMS Tromp"), ("HDMS", "Royal Danish Navy", "HDMS Iver Huitfeldt"),
    ("ITS", "Italian Navy", "ITS Virginio Fasan"), ("ESPS", "Spanish Navy", "ESPS Victoria"),
    ("HS", "Hellenic Navy", "HS Hydra"), ("TCG", "Turkish Navy", "TCG Kemalreis"),
    ("INS", "Indian or Israeli Navy", "INS Kolkata"), ("USNS", "U.S. Military Sealift Command", "USNS Big Horn"),
]

# --- strikes and attacks ------------------------------------------------------------
# The word gives a first guess at the type (air and missile power strike; rockets, mortars
# and bombs attack); who hit whom decides in the end (``geo.extract.kinetic``). Words that need their
# neighbours to be a trigger ("hit" a target, "strike" not "strike group") are patterns in
# ``geo.extract.cues``, beside these.
STRIKE = [
    ("air strike", "n", "U.S. air strikes on militia sites"),
    ("airstrike", "n", "an airstrike near Murzuq"),
    ("air raid", "n", "three air raids in Bayda province"),
    ("drone strike", "n", "a drone strike on a car near the airport"),
    ("missile strike", "n", "a missile strike on Shayrat airfield"),
    ("precision strike", "n", "precision strikes on weapons depots"),
    ("struck", "p", "jets struck a depot near Albu Kamal"),
    ("bomb", "ed", "warplanes bombed a convoy"),
    ("bombing", "n", "the bombing of the camp"),
    ("bombard", "ed", "artillery bombarded the town"),
    ("bombardment", "n1", "a night of bombardment"),
    ("targeted killing", "n1", "a targeted killing in Baghdad"),
    ("raid", "n", "commandos in a raid on a compound"),
    ("raid", "ed", "special forces raided a house"),
]
ATTACK = [
    ("rocket attack", "n", "a rocket attack on the base"),
    ("rocket fire", "n1", "the base came under rocket fire"),
    ("rocket", "n", "three rockets hit the Green Zone"),
    ("mortar attack", "n", "a mortar attack on the airport"),
    ("mortar fire", "n1", "mortar fire on the outpost"),
    ("mortar round", "n", "mortar rounds fell inside the perimeter"),
    ("mortar", "n", "mortars landed near the embassy"),
    ("drone attack", "n", "a drone attack on Tower 22"),
    ("roadside bomb", "n", "a roadside bomb hit a convoy"),
    ("roadside bombing", "n", "roadside bombings of supply convoys"),
    ("car bomb", "n", "a car bomb outside the base"),
    ("car bombing", "n", "a car bombing in Kabul"),
    ("truck bomb", "n", "a truck bomb tore through the police headquarters"),
    ("truck bombing", "n", "the truck bombing of the barracks"),
    ("suicide bomb", "n", "a suicide bomb at the gate"),
    ("suicide bombing", "n", "a suicide bombing at the airport"),
    ("suicide bomber", "n", "a suicide bomber in a police uniform killed four soldiers at the outpost"),
    ("blew himself up", "p", "an attacker blew himself up at the gate of the air base"),
    ("blew herself up", "p", "a woman blew herself up beside the patrol"),
    ("blew themselves up", "p", "two attackers blew themselves up inside the compound"),
    ("IED", "n", "an IED struck the convoy"),
    ("explosive device", "n", "an improvised explosive device went off beside the patrol"),
    ("bombs", "n1", "bombs planted on tankers"),
    ("ambush", "base s ed", "gunmen ambushed a patrol"),
    ("storm", "ed ing", "protesters stormed the embassy compound"),
    ("besiege", "ed ing", "militiamen besieged the embassy"),
    ("siege", "n1", "the siege of the embassy"),
    ("shell", "s ed ing", "Hezbollah shelled the north; Turkey shells Kurdish positions"),
    ("artillery fire", "n1", "the village came under artillery fire"),
    ("artillery round", "n", "artillery rounds landed near the outpost"),
    ("artillery shell", "n", "an artillery shell hit a school"),
    ("came under fire", "p", "the base came under fire"),
    ("opened fire", "p", "gunmen opened fire on a checkpoint"),
    ("clash", "all", "troops clashed with the raiders on the ridge; clashes broke out at the border post"),
]
# A town lost to a side, told from the town: placed as "came under fire" is, by its subject; an attack when the
# other side took it, a move when ours did (``cues.FALLEN``, ``kinetic._fallen_to``). Part of ``ATTACK``.
FALLEN = [
    ("fell to", "p", "the border town fell to the rebels overnight"),
    ("fallen to", "p", "the district centre has fallen to the insurgents"),
    ("fell under the control of", "p", "the crossing fell under the control of the militia"),
    ("fallen under the control of", "p", "the port has fallen under the control of the separatists"),
    ("came under the control of", "p", "the airfield came under the control of the fighters"),
    ("fell into the hands of", "p", "the arsenal fell into the hands of the jihadists"),
    ("fallen into the hands of", "p", "the garrison town has fallen into the hands of the rebels"),
    ("in the hands of", "p", "the market town has been in the hands of the insurgents since Friday"),
]
ATTACK += FALLEN
# Aircraft brought down: an act on whoever flew them, read only right after a downing verb ("insurgents shot down a
# U.S. Army Black Hawk near Taji", ``cues.DOWNED_BEFORE``) or in the passive before one ("a U.S. helicopter was shot
# down"); drones and missiles are read with the weapons. ``cues.KINETIC`` reads them.
DOWNED_AIRCRAFT = [
    ("helicopter", "n", "insurgents shot down a helicopter carrying troops west of the city"),
    ("chopper", "n", "a U.S. chopper was brought down near the airport"),
    ("Black Hawk", "n", "gunmen shot down a Black Hawk north of the capital"),
    ("Chinook", "n", "a missile brought down a Chinook near the base"),
    ("Super Cobra", "n", "two Marine Super Cobras were shot down over the city"),
    ("jet", "n", "the rebels said they downed a government jet"),
    ("fighter jet", "n", "a Jordanian fighter jet was shot down near Raqqa"),
    ("warplane", "n", "a warplane was shot down over the valley"),
    ("transport plane", "n", "a transport plane was shot down as it landed"),
    ("aircraft", "n1", "one of its transport aircraft has been shot down by separatists"),
]
# States whose own warships and warplanes are not ours nor a partner's: hit, they tell no attack on us ("an Iranian
# frigate was hit by a missile" is no attack on U.S. forces; a Jordanian or Dutch one is). ``kinetic._others_arms``.
OTHER_STATES_ARMS = [
    ("Iranian", "p", "an Iranian frigate was hit by a missile during a naval exercise"),
    ("Syrian", "p", "a Syrian warplane was shot down over the coast"),
    ("Russian", "p", "a Russian bomber was brought down near the border"),
    ("Libyan", "p", "Libyan gunboats were sunk off the port"),
    ("Serb", "p", "Serb jets were shot down over Bosnia"),
    ("Argentine", "p", "an Argentine cruiser was sunk by a submarine"),
    ("North Korean", "p", "a North Korean patrol boat was sunk in the clash"),
]
# Shooting that is no act this map follows (SPEC §2): at a crowd, a car or migrants, or by police and guards.
# ``cues.FIRED_ON_CROWD`` and ``cues.POLICE_FIRING`` read them after and before "fired on", "opened fire".
CROWD_FIRED_ON = [
    ("protester", "n", "riot police fired on the protesters near the bridge"),
    ("demonstrator", "n", "troops opened fire on demonstrators in the square"),
    ("crowd", "n", "soldiers fired at the crowd outside the consulate"),
    ("mourner", "n", "gunmen fired on mourners at the funeral"),
    ("marcher", "n", "police fired at marchers heading for the ministry"),
    ("rioter", "n", "guards fired on rioters at the prison gate"),
    ("migrant", "n", "border guards fired on a group of migrants"),
    ("refugee", "n", "soldiers fired at refugees crossing the river"),
    ("car", "n", "guards fired at a car that did not stop"),
    ("motorist", "n", "troops fired on a motorist at the checkpoint"),
]
POLICE_FIRING = [
    ("police", "n1", "police fired at a car that failed to stop"),
    ("policemen", "n1", "policemen opened fire on the marchers"),
    ("border guard", "n", "border guards fired on smugglers"),
    ("security guard", "n", "security guards fired at the intruders"),
    ("embassy guard", "n", "embassy guards fired at a car racing toward the gate"),
    ("prison guard", "n", "prison guards opened fire during the riot"),
]
# What "hit" needs a few words after it to be a strike or attack, not a record or a nerve:
# "hit weapons depots", never "hit a record". ``cues.KINETIC`` reads it.
HIT_TARGET = [
    ("target", "n", "jets hit targets near the port"), ("position", "n", "artillery hit militia positions"),
    ("site", "n", "missiles hit two radar sites"), ("facility", "n", "drones hit an oil facility"),
    ("depot", "n", "the raid hit weapons depots"), ("convoy", "n", "a drone hit a convoy"),
    ("base", "n", "rockets hit the base"), ("compound", "n", "strikes hit a compound"),
    ("headquarters", "n1", "missiles hit the headquarters"), ("store", "n", "jets hit weapons stores"),
    ("warehouse", "n", "the strike hit warehouses"), ("stockpile", "n", "strikes hit stockpiles"),
    ("cache", "n", "the raid hit an arms cache"), ("radar", "n", "a missile hit a radar"),
    ("building", "n", "the strike hit a building"), ("camp", "n", "jets hit a training camp"),
    ("airport", "n", "shells hit the airport"), ("airfield", "n", "missiles hit the airfield"),
    ("air field", "n", "missiles hit the air field"), ("command", "p", "strikes hit command centres"),
    ("installation", "n", "rockets hit an installation"), ("refinery", "n", "drones hit a refinery"),
    ("oil field", "n", "drones hit an oil field"), ("oilfield", "n", "drones hit the oilfield"),
    ("tanker", "n", "a mine hit the tanker"), ("ship", "n", "a missile hit the ship"),
    ("vessel", "n", "a drone boat hit the merchant vessel"), ("carrier", "n", "missiles hit a bulk carrier"),
    ("freighter", "n", "a drone hit the freighter"), ("bulker", "n", "missiles hit the bulker"),
    ("container ship", "n", "a missile hit a container ship"),
    ("hideout", "n", "warplanes hit militant hideouts"), ("outpost", "n", "rockets hit an outpost"),
    ("checkpoint", "n", "a drone hit a checkpoint"),
]
# A ground force, not a hostile one, that raids or storms a town, a camp or a region moves into it (a deployment,
# SPEC §2: a strike is an air, drone or missile strike); a raid on a house or a compound stays a strike.
GROUND_ENTRY = [
    ("raid", "all", "troops raided the town before dawn; a raid on the city of Jenin"),
    ("storm", "ed ing", "soldiers stormed the refugee camp at first light"),
    ("assault", "n1", "army units began an assault on the town"),
]
# Who raids from the air: "air raids", "jets raided", "an airborne raid" stay strikes.
AIR_ARM = [
    ("air", "p", "air raids on the town"), ("aerial", "p", "an aerial raid"), ("airborne", "p", "an airborne raid"),
    ("drone", "n", "drones raided the camp"), ("jet", "n", "jets raided Khan Younis"), ("warplane", "n", "warplanes raided"),
    ("aircraft", "n1", "aircraft raided the area"), ("plane", "n", "planes raided the town"),
    ("helicopter", "n", "helicopters raided the village"), ("gunship", "n", "a gunship raid"),
    ("bomber", "n", "bombers raided the port"), ("air force", "p", "the air force raided"),
    ("airstrike", "n", "airstrikes and raids"), ("missile", "n", "missile raids"),
]
# Verbs of a heavy blow that are air power only with air means after them or as their subject (``cues.KINETIC``):
# "pounded the camp from the air", "Israeli jets pounded a depot", never "rebels pounded the town with mortars".
POUNDING = [
    ("pound", "all", "aircraft pounded the camp from the air"),
    ("hammer", "all", "warplanes hammered the rebel-held towns"),
    ("blast", "ed ing", "warplanes blasted the runways of the airfield"),
    ("target", "ed", "the helicopters targeted a house and a car outside the village"),
    ("fire on", "ed", "two F-15 jets fired on the abandoned cement plant"),
]
# "hit" needs its target's kind after it (``HIT_TARGET``), unless the aircraft that hit stand right before it
# and a name follows it: "Russian jets hit Maarat al-Numan at dawn" (not "the planes hit turbulence").
AIR_HIT = [("hit", "ed s", "Russian jets hit Maarat al-Numan at dawn")]
# Verbs that set an offensive going: "launched an offensive to retake Tal Afar" is under way, not an aim.
LAUNCH = [
    ("launch", "all", "forces launched an offensive to retake the town"), ("begin", "all", "troops began an assault to recapture"),
    ("start", "ed s", "the army started an operation to retake"), ("open", "ed s", "troops opened an offensive to recapture"),
    ("mount", "ed s", "units mounted a push to retake the village"),
]
# Words a report sets before a place it sends forces to, between the preposition and the name
# (``movements._SIDE``): "deployed to troubled eastern Congo" goes to eastern Congo.
PLACE_EPITHETS = [
    ("troubled", "p", "soldiers have deployed to troubled eastern Congo"),
    ("war-torn", "p", "a battalion was flown to war-torn Yemen"),
    ("war-ravaged", "p", "engineers were sent to war-ravaged Mosul"),
    ("strife-torn", "p", "peacekeepers headed for strife-torn Darfur"),
    ("restive", "p", "troops moved into restive northern Syria"),
    ("volatile", "p", "reinforcements arrived in the volatile south"),
    ("embattled", "p", "jets were sent to embattled Kyiv"),
    ("neighbouring", "p", "the force crossed into neighbouring Syria"),
    ("neighboring", "p", "the force crossed into neighboring Syria"),
    ("rebel-held", "p", "tanks rolled into rebel-held Idlib"),
]
# The kind of place before its name: "the town of Qabatiya", "the Yemeni island of Perim", "the outskirts of Khiam"
# (singular: "the border towns of Abha, Jazan and Najran" lists targets, not one place to go).
PLACE_KINDS = [
    ("island", "n", "the Yemeni island of Perim"), ("city", "n1", "the port city of Aden"),
    ("town", "n1", "the town of Qabatiya"), ("port", "n1", "the port of Salif"), ("province", "n1", "the province of Anbar"),
    ("governorate", "n1", "the governorate of Marib"), ("district", "n1", "the district of Nehm"),
    ("village", "n1", "the village of Khiam"), ("capital", "n1", "the capital of"), ("region", "n1", "the region of Afrin"),
    ("area", "n1", "the area of al-Safra"), ("camp", "n1", "the camp of Nur Shams"), ("refugee camp", "n1", "the refugee camp"),
    ("neighbourhood", "n1", "the neighbourhood of Shejaiya"), ("neighborhood", "n1", "the neighborhood of"),
    ("centre", "n1", "the centre of Manbij"), ("center", "n1", "the center of"), ("heart", "n1", "the heart of the city"),
    ("outskirts", "p", "the outskirts of Khiam"), ("edge", "n1", "the edge of the town"), ("end", "n1", "the southern end of"),
    ("entrance", "n1", "the entrance of the port"), ("mouth", "n1", "the mouth of the Gulf"), ("tip", "n1", "the tip of"),
    ("approaches", "p", "the approaches of"), ("parts", "p", "penetrating parts of the village"),
]

# What "destroyed" needs a few words after it to be a strike on weapons or hideouts on the ground, not
# an interception in the air: "forces destroyed three anti-ship cruise missile launchers in Yemen".
GROUND_WEAPON = [
    ("launcher", "n", "forces destroyed three missile launchers in Yemen"),
    ("anti-ship", "p", "jets destroyed two anti-ship missiles in a rebel-held area"),
    ("ready to launch", "p", "the Navy destroyed a missile that was ready to launch"),
    ("prepared to launch", "p", "aircraft destroyed drones prepared to launch"),
    ("on the ground", "p", "strikes destroyed seven drones on the ground"),
    ("surface vessel", "n", "forces destroyed two unmanned surface vessels"),
    ("USV", "n", "helicopters destroyed three USVs"),
    ("radar", "n", "the strike destroyed a radar"),
    ("missile system", "n", "naval forces destroyed three drones and two missile systems in a rebel-held area"),
    ("drone boat", "n", "forces destroyed two drone boats off the coast"),
    ("storage", "p", "jets destroyed a weapons storage area"),
    ("hideout", "n", "F-16s destroyed a hideout in the valley"), ("cache", "n", "aircraft destroyed an arms cache"),
    ("tunnel", "n", "jets destroyed two tunnels used by the group"), ("camp", "n", "strikes destroyed a training camp"),
    ("headquarters", "n1", "army aviation destroyed the group's headquarters"),
    ("stronghold", "n", "helicopters destroyed a militant stronghold"),
]
# Merchant shipping: a ship of these hit by an unnamed side is an attack (SPEC: attacks on
# infrastructure), as the Houthis' on the Red Sea lanes are, whatever verb the report uses.
SHIPPING = [
    ("tanker", "n", "a tanker was struck off the coast"), ("freighter", "n", "a freighter was hit by a drone"),
    ("bulk carrier", "n", "the bulk carrier was struck by a drone boat"), ("bulker", "n", "a bulker was hit"),
    ("cargo ship", "n", "a cargo ship was struck by a missile"), ("container ship", "n", "a container ship was hit"),
    ("merchant vessel", "n", "a merchant vessel was struck"), ("merchant ship", "n", "merchant ships were hit"),
    ("commercial vessel", "n", "a commercial vessel was struck"), ("commercial ship", "n", "commercial ships hit"),
]
# Killings by gunfire on the ground: no strike (SPEC §2: air, drone or missile), whoever fired ("troops shot dead a
# man at a checkpoint"); an attack when the other side kills ours (``cues.OURS_KILLED``).
GUNFIRE_KILL = [
    ("shot dead", "p", "gunmen shot dead two British engineers outside the compound"),
    ("gunned down", "p", "militants gunned down a U.S. contractor at the gate"),
]
KILL = [
    ("did kill", "p", "The CIA did kill Imad Mughniyeh"),
    ("assassinate", "base ed", "assassinated in Damascus"),
    ("assassination", "n", "the assassination of a commander"),
    ("killed", "p", "a U.S. strike killed Soleimani"),
    *GUNFIRE_KILL,
]

# --- what is only asked for ------------------------------------------------------
# Verbs that ask someone else to act: the move or strike after them is a demand, a statement
# (SPEC §2), not an event. ``cues.DEMANDED`` reads the trigger's clause for them.
DEMAND = [
    ("call on", "all", "lawmakers called on foreign troops to pull out of the country"),
    ("call upon", "all", "the cleric called upon the Americans to withdraw"),
    ("call for", "all", "senators called for more warships to be sent to the Gulf"),
    ("urge", "all", "the militias urged the government to expel American forces"),
    ("demand", "all", "protesters demanded that the foreign troops leave"),
    ("press for", "all", "the bloc pressed for the troops to be withdrawn"),
    ("vote to", "ed ing s", "parliament voted to make the coalition withdraw its troops"),
    ("insist on the", "all", "the ministry insisted on the pull-out of the brigades from the enclave"),
    ("only way", "p", "the only way to a ceasefire is the full withdrawal of the army from the valley"),
    ("only road", "p", "the only road to a ceasefire is the full withdrawal of the army from the valley"),
]

# Verbs of a purpose whose "from" is where people are taken out of, not where the force set out:
# "left for Cyprus to stand by to evacuate citizens from Lebanon". ``cues.PURPOSE_FROM`` reads them.
PURPOSE_FROM = [
    ("evacuate", "base", "a transport plane left for Cyprus to evacuate citizens from Lebanon"),
    ("rescue", "base", "commandos flew in to rescue hostages from a compound"),
    ("extract", "base", "the team was sent to extract diplomats from the capital"),
    ("extricate", "base", "an aircraft departed to extricate nationals from the country"),
    ("repatriate", "base", "ships sailed to repatriate workers from the port"),
    ("bring home", "base", "a frigate headed north to bring home nationals from the city"),
    ("fly out", "base", "aircraft were sent to fly out civilians from the airport"),
    ("airlift", "base", "planes were sent to airlift embassy staff from the capital"),
    # a foe driven out: "Marines sent to Syria to help drive Islamic State fighters from the city of Raqqa"
    ("drive", "base", "troops sent to help drive the militants from the city"),
    ("oust", "base", "forces moved in to oust the insurgents from the town"),
    ("push", "base", "brigades sent to push the rebels from the valley"),
    ("clear", "base", "units flown in to clear fighters from the district"),
    ("expel", "base", "soldiers sent to expel the group from the province"),
    ("dislodge", "base", "commandos deployed to dislodge gunmen from the compound"),
]

# Verbs that withdraw a force only with a force as their object: "will reduce the number of troops
# in the country", "cut its forces there by half", never "reduce tensions" or "cut off the road".
# ``cues.MOVEMENT`` reads them with the force noun a few words on.
REDUCE = [
    ("reduce", "all", "the Pentagon will reduce the number of troops in the country to 2,500"),
    ("cut", "base s ing", "Washington is to cut the troops stationed in the country from 5,000 to 3,000"),
    ("remove", "all", "the Army removed two Patriot batteries from the air base"),  # not "removing a flag"
]
# Handing over a base withdraws the force from it ("handed over the Qayyarah air base to Iraqi forces");
# handing over oil, a prisoner or a letter moves no force: ``cues.HANDING`` wants a site a few words on.
HAND_OVER = [
    ("hand over", "all", "the coalition handed over the airfield to the national army"),
    ("handover", "n", "the handover of the base to Iraqi forces"),
    ("hand back", "all", "the alliance handed back the hilltop camp to the provincial police"),
]
# Verbs that also move a force or mean something else ("batteries transferred from Kuwait", "returned to
# Norfolk", "a Humvee turned over"): a handover only when a site is their object, or the subject of their
# passive, and a force receives it.
HAND_OVER_TO = [
    ("transfer", "all", "the alliance transferred the desert airfield to the local army"),
    ("return", "ed ing", "a camp by the river was returned to the national army on Friday"),
    ("turn over", "all", "the marines turned over their outpost to the national army"),
]
HANDED_SITE = [
    ("base", "n", "handed over the K1 air base"), ("airbase", "n", "the handover of the airbase"),
    ("camp", "n", "handed over the camp"), ("headquarters", "n1", "the Nineveh headquarters handed over"),
    ("garrison", "n", "handed the garrison over"), ("airfield", "n", "handed over the airfield"),
    ("outpost", "n", "handed over two outposts"), ("compound", "n", "the handover of the compound"),
    ("facility", "n", "handed over the facility"), ("palace", "n", "handed over the palace used as headquarters"),
]
REDUCED_FORCE = [
    ("troops", "n1", "reduce the number of troops"), ("forces", "n1", "cut its forces"),
    ("presence", "n1", "reduce its military presence"), ("soldiers", "n1", "cut 1,000 soldiers"),
    ("personnel", "n1", "reduce personnel"), ("contingent", "n", "cut the contingent"),
    ("footprint", "n1", "reduce the military footprint"),
    ("battery", "n", "removed two Patriot batteries"), ("unit", "n", "removed the THAAD unit"),
    ("aircraft", "n1", "removed its aircraft from the base"), ("jets", "n1", "removed the jets"),
]

# Words that tell what a side does again and again, not an act: "Turkey regularly launches air strikes
# into the region" reports no strike. ``cues.HABITUAL`` reads them before a trigger in a sentence
# that names no date (a dated "often" still tells its day's act).
HABITUAL = [
    ("regularly", "p", "the air force regularly bombs positions in the mountains"),
    ("frequently", "p", "the group has frequently used drones to hit oil plants"),
    ("routinely", "p", "the navy routinely strikes smuggling boats"),
    ("often", "p", "militias often fire rockets at the base"),
    ("periodically", "p", "the army periodically shells the villages"),
    ("occasionally", "p", "rockets occasionally land near the embassy"),
    ("over the years", "p", "the country has over the years struck convoys in the desert"),
    ("time and again", "p", "the rebels have time and again attacked tankers"),
    ("from time to time", "p", "jets from time to time hit targets across the border"),
    ("repeated", "p", "repeated militia attacks around the harbour have worried shipowners"),
    ("recurring", "p", "recurring drone raids on the oil field"),
    ("persistent", "p", "persistent shelling of the border villages"),
    ("near-daily", "p", "near-daily exchanges of fire across the frontier"),
    ("almost daily", "p", "the posts come under fire almost daily"),
    ("focuses its", "p", "the group focuses its raids on army posts in the south"),
    ("focus their", "p", "the rebels focus their attacks on supply roads"),
    ("concentrates its", "p", "the militia concentrates its strikes on the northern front"),
]

# Wars beyond the seed crisis between two states, or a state and the forces another backs, and the side that is
# the partner (SPEC §2 names none there): the internationally recognised government, the state attacked, a U.S.
# partner. The partner's fire is a strike, the other side's an attack, whatever the verb. ``cues.war_role``
# reads a pair only where the article names both states: Russia fighting rebels at home has no partner here.
WARS = [
    ("UA", "RU", "Ukrainian drones attacked a refinery deep inside Russia; Russian missiles struck the city"),
    ("GE", "RU", "Georgian artillery pounded the separatist capital; Russian jets bombed the port"),
    ("AZ", "AM", "Azerbaijani forces attacked the enclave's capital; Armenian rockets struck the oil town"),
    ("IN", "PK", "Indian jets attacked camps across the line; Pakistani shells hit the border villages"),
    ("PK", "AF", "Pakistani jets attacked hideouts across the border; Afghan Taliban forces fired on the posts"),
    ("KR", "KP", "South Korean guns fired back at the island; North Korean artillery shelled the island"),
    ("JP", "KP", "a North Korean missile flew over Japan's northern island"),
    ("TW", "CN", "Chinese rockets splashed down off Taiwan's coast"),
    ("PH", "CN", "a Chinese coast guard ship rammed the Philippine supply boat"),
    ("CD", "RW", "Congolese jets attacked rebel positions; Rwandan troops shelled the town"),
    ("IN", "CN", "Chinese troops attacked an Indian patrol in the valley"),
    ("TH", "KH", "Thai jets struck targets across the border; Cambodian rockets hit the Thai town"),
]
# The words that name each state of ``WARS`` as the one that acts: its name, its people, its capital.
WAR_STATES = [
    ("UA", "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev", "Kyiv's forces attacked the bridge"),
    ("RU", "Russia|Russian|Russians|Moscow|Kremlin|pro-Russian|Russian-backed", "Moscow's missiles hit the plant"),
    ("GE", "Georgian|Georgians|Tbilisi", "Georgian forces shelled the town"),  # not "Georgia": a U.S. state too
    ("AZ", "Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Azeris|Baku", "Baku's drones hit the positions"),
    ("AM", "Armenia|Armenian|Armenians|Yerevan|Karabakh", "Karabakh forces fired rockets at the city"),
    ("IN", "India|Indian|Indians|New Delhi", "Indian artillery returned fire"),
    ("PK", "Pakistan|Pakistani|Pakistanis|Islamabad", "Pakistani jets bombed the camps"),
    ("AF", "Afghanistan|Afghan|Afghans|Kabul", "Afghan forces fired on the posts"),
    ("KP", "North Korea|North Korean|North Koreans|Pyongyang", "North Korean guns shelled the island"),
    ("KR", "South Korea|South Korean|South Koreans|Seoul", "South Korean guns fired back"),
    ("JP", "Japan|Japanese|Tokyo", "Japanese destroyers tracked the missile"),
    ("CN", "China|Chinese|Beijing", "Chinese ships fired water cannon"),
    ("TW", "Taiwan|Taiwanese|Taipei", "Taiwanese jets scrambled"),
    ("PH", "Philippines|Philippine|Filipino|Filipinos|Manila", "Philippine boats were rammed"),
    ("CD", "Congo|Congolese|Kinshasa|FARDC", "Congolese troops shelled the rebels"),
    ("RW", "Rwanda|Rwandan|Rwandans|Kigali", "Rwandan forces crossed the border"),
    ("TH", "Thailand|Thai|Bangkok", "Thai jets bombed the ridge"),
    ("KH", "Cambodia|Cambodian|Cambodians|Phnom Penh", "Cambodian rockets hit the town"),
]
