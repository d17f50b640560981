"""The words place finding reads: cues before a place, titles before a person, nouns after
a nationality. Kept apart from ``geo.mentions`` so tuning vocabulary never touches logic."""

import re

# Nouns after which a country name is a nationality ("U.S. forces", "Iran's military").
ADJECTIVAL_HEADS = frozenset("forces force troops soldiers military officials official government embassy personnel army "
                             "navy service servicemembers diplomats citizens interests strikes strike jets aircraft "
                             "drones drone warplanes command commander commanders president secretary state "
                             "administration officers authorities regime proxies militias allies ally consulate embassies "
                             "consulates mission contractors contractor "
                             # "near the U.S. diplomatic mission", "U.S. special forces", "British naval ships"
                             "diplomatic special naval "
                             # "linked to US support for Israel", "Iranian backing for the militias"
                             "support backing aid assistance policy sanctions pressure intelligence envoy "
                             "ambassador spokesman spokeswoman media bases warships vessels ships shipping "
                             # "fired missiles at a U.S. destroyer in the Red Sea": whose ship, the sea is where
                             "warship vessel ship destroyer destroyers frigate frigates cruiser cruisers submarine "
                             "submarines carrier carriers convoy convoys patrol patrols marines sailors airmen".split())
# "the US will close its embassy", "the UK was one of several countries", "Iran denied it": a state
# as the subject of these verbs acts or speaks; it is not where an event is.
SUBJECT_VERBS = frozenset("will would was were is has had have said says says denied denies blamed blames accused "
                          "accuses warned warns helped helps condemned condemns announced announces vowed vows "
                          "insisted insists maintained maintains".split())
# "strained relations between Washington and Tehran": states as the two sides of a relation, not places.
RELATION_NOUNS = frozenset("relations relationship tensions ties talks rivalry standoff conflict feud dialogue "
                           "deal agreement confrontation hostilities truce ceasefire negotiations".split())
# "Iran-backed", "Yemen-based": a name joined to these words is a modifier, not a place.
COMPOUND_HEADS = frozenset("backed based aligned allied linked supported sponsored funded led run flagged "
                           "controlled affiliated owned operated made "
                           # "the U.S.-protected Green Zone", "a Russian-held town", "a UN-brokered truce"
                           "protected held guarded occupied brokered administered trained armed equipped "
                           "dominated".split())
# Words after which a capitalised name is very likely a place.
LOCATIVE = frozenset("in near at from to outside toward towards into around through across via over off "
                     "inside within between reaching reached reaches entered left leaving departed departs departing over "
                     "targeted vacated vacating struck strike strikes hit hits shelled shells bombed pounded pounding pounds "
                     "retook retaken recaptured recapture recaptures".split())
# "had targeted Qandil", "departed Toulon", "vacated Manbij", "jets strike Homs", "shells pounded Kafr Kila",
# "troops recaptured Palmyra"
# Verbs of taking or storming ground: a name after them may be a place ("an offensive to retake Tikrit",
# "rebels captured Saraqib", "gunmen stormed Garissa", "militants overran Inates", "troops evacuated Bagram"),
# but as often a person or a ship ("commandos captured Hassan", "seized the Talara"): a town nobody curated is
# taken only in a country the article names (``geo.resolve``).
TAKING_CUES = frozenset("retake retakes retaking recapturing capture captures captured capturing seize seizes seized "
                        "seizing liberate liberates liberated liberating stormed storming overran overrun besieged "
                        "besieging encircled encircling evacuated abandoned".split())
LOCATIVE = LOCATIVE | TAKING_CUES
# "minesweepers bound for Bahrain", "a convoy headed for Kirkuk": where a force is going, told
# before its verb (a place after it is a destination, never an adjective).
BOUND_FOR = re.compile(r"\b(?:bound|headed|heading|destined)\s+for\s+(?:the\s+)?$")
# The sides of a place a text may name ("in northeast Syria"), each as the direction (east, north)
# it points to: spans reads them as words before a name, geo.sides cuts the area each names.
SIDES = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0),
         "northeast": (1, 1), "northwest": (-1, 1), "southeast": (1, -1), "southwest": (-1, -1)}
# Words that open a longer name around a known one: "Port Sudan" is a city, not the country Sudan.
NAME_OPENERS = ("Port", "Camp")  # "Port Sudan"; "Camp Virginia" (in Kuwait), not Virginia
# Cues strong enough to report a name nobody knows as an unresolved place.
STRONG_CUES = frozenset("in near outside inside of capital city town village province port island".split())
# "city of X", "north of X": "of" is locative only after these.
OF_HEADS = frozenset("city town village province governorate district region outskirts suburb suburbs stronghold "
                     "area north south east west northeast northwest southeast southwest capital port "
                     "center centre heart cities towns villages provinces governorates districts regions areas "
                     "ports island islands out vicinity environs coast coastline shores waters "
                     # "pulled out from sections of Khan Younis", "in parts of Jabalia"
                     "part parts section sections neighbourhoods neighborhoods".split())
# ("based out of Marksville", "near the towns of Marwahin and Ayta ash Shab", "the island of Perim")
# Readings after which a name is a person as often as a town ("commandos captured Hassan", "Jones was attacked by
# a dog": "blow" is the cue of a name before a blow it took, ``geo.spans.STRUCK_AFTER``): a town nobody curated is
# taken only in a country the article names (``geo.resolve``).
LOOSE_CUES = TAKING_CUES | {"blow"}
# "the Syrian capital Damascus": these nouns introduce a place name directly.
APPOSITIVE = frozenset("capital city town village province port".split())
CONNECTORS = frozenset("al el ez es ad ar as an at az ash ath adh ul i e de del la le bin ibn abu um umm bani".split())
TITLES = frozenset("president secretary senator sen general gen gens rep gov governor mr mrs ms dr prime "
                   "minister king prince sheikh ayatollah brig col maj lt capt sgt adm commander chief "
                   "director deputy pope imam sayyed sayyid colonel major captain lieutenant admiral "
                   "sergeant private spokesman spokeswoman ambassador envoy cleric leader".split())
LEADING = frozenset("the a an in on at from to northern southern eastern western central greater upper "
                    "lower north south east west but and or as while after before when".split())
# A sea, strait or cape some outlets write in lower case before its proper name: "the horn of Africa",
# "the strait of Hormuz", "the gulf of Aden" are the curated names all the same.
# So is a province named by its capital's name after its kind: "the northwestern province of Idlib".
LOWER_GENERIC = re.compile(r"(?:gulf|strait|straits|sea|horn|bay|cape|isle|island|province|governorate)\s+of\s+"
                           r"(?:the\s+)?[A-Z]")
# A province the gazetteer names "X Governorate" or "X province" the news also writes in these ways, with
# the phrases that motivated each: "in the Idlib region of Syria", "the province of Idlib", "Idlib Governorate".
PROVINCE_FORMS = (("{} province", "shelling across Hama province"), ("{} Governorate", "Daraa Governorate's west"),
                  ("{} region", "an airstrike in the Idlib region"), ("province of {}", "the province of Hama"),
                  ("governorate of {}", "the governorate of Homs"))
PROVINCE_WORDS = re.compile(r"^(?P<name>.+?)\s+(?:[Gg]overnorate|[Pp]rovince)$")
# After "a/the" and a country, these say whose site it is, not where: "a US base at Al-Omar", "the
# Turkish outpost near Bashiqa" (but "the Red Sea coast" stays a place).
OWNED_SITES = frozenset("base bases outpost outposts garrison installation installations facility facilities".split())
# Arabic words that open place names, as transliterations spell them: a name listed with one spelling
# is found with the others. Each group, and the phrase that motivated it.
SPELLED_AS = (
    (("Ain", "Ein", "Ayn"), "the withdrawal from the Ein al-Assad base"),
    (("Tal", "Tel", "Tell"), "troops moved into Tel Afar"),
    (("Deir", "Dayr", "Dair"), "clashes near Dayr Hafir"),
    (("Jabal", "Jebel", "Jabel"), "strikes on Jebel Sinjar"),
    (("Kafr", "Kfar"), "shelling of Kfar Kila"),
    # an abbreviated title ("Ft. Hood", "Mt. Hermon", "St.Petersburg"), read with or without its space
    (("Ft.", "Fort"), "soldiers from Ft. Hood flew out"),
    (("Mt.", "Mount"), "jets struck posts on Mt. Hermon"),
    (("St.", "Saint"), "the frigate left St. Petersburg"),
)


def spelled_as(name: str) -> set[str]:
    """``name`` with its opening words in every spelling of ``SPELLED_AS`` ("Ain Issa" -> "Ein Issa",
    "Ayn Issa"), itself included."""
    out = {name}
    for spellings, _ in SPELLED_AS:
        for spelled in list(out):
            for word in spellings:
                dotted = word.endswith(".")  # "Ft." stands before its name with or without a space
                found = rf"(?<!\w){re.escape(word)}" + (r"\s*" if dotted else r"(?!\w)")
                if re.search(found, spelled):
                    out |= {re.sub(found, other + (" " if dotted else ""), spelled) for other in spellings}
    return out


# Generic words the news writes both ways in a name: "the Al-Omar oil field" / "Al-Omar oilfield",
# "Babylon province" / "Babylon Governorate".
SPELLED_BOTH_WAYS = (("oil field", "oilfield"), ("oilfield", "oil field"), ("gas field", "gasfield"),
                     ("gasfield", "gas field"), ("province", "governorate"), ("governorate", "province"))
# Facility words the services abbreviate after a base's name ("Hill AFB", "INCIRLIK AB"): the
# abbreviation, the words it stands for, and the phrase that motivated the row. A name so abbreviated
# is looked up spelled out; the longer ones also mark a facility in running text (two capitals alone
# are too often something else).
FACILITY_ABBREVIATIONS = (
    ("AFB", "Air Force Base", "airmen from Utah's Hill AFB returned home"),
    ("AB", "Air Base", "F-16s arrived at Al Dhafra AB"),
    ("ANGB", "Air National Guard Base", "the wing left New Castle ANGB"),
    ("ARS", "Air Reserve Station", "reservists home at Niagara Falls ARS"),
)
# The news agencies' abbreviations of US states, read only after a town and a comma ("NORFOLK, Va.",
# "Fort Campbell, Ky."): alone, "Va." or "Pa." would be too easily something else. States the
# gazetteer lacks (Georgia, New York, Washington) are left out.
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
# Countries whose name the news uses first for something else; these are found only after a cue
# word, as other names are ("Fort Stewart, Georgia": the state; "Chad Smith": a man).
COUNTRY_NAMES_OTHERWISE = frozenset({"Georgia", "Chad"})
NON_PLACE_HEADS = frozenset("force forces army navy council committee command ministry department party "
                            "guard guards corps news times post agency government administration house "
                            "congress parliament university brigade brigades division militia group "
                            "organization organisation airlines airways company network channel "
                            "movement front unit units authority office".split())
# The services whose names stand before "base" or "barracks" as its owner, not its place: "the Marine base",
# "a Navy base", "the Army barracks" (``spans._plausible``).
SERVICE_WORDS = frozenset("marine marines navy naval army military air force guard coast".split())
# Armed groups and institutions whose names follow "from" or "in" like places do.
NON_PLACE_WORDS = frozenset("hezbollah hizballah hashd quds irgc isis isil daesh qaeda taliban houthi houthis "
                            "kataib kataib asaib nujaba pentagon kremlin mossad cia nato hamas jihad shabaab "
                            "pkk ypg sdf wagner".split())  # "struck Hamas", "pounded the PKK": who was hit
# Names of places that are also everyday English words, with the text that motivated each: where capitals say nothing
# (a sentence's first word, a headline in title case) they are a place only after a locative word.
WORDLIKE_NAMES = {
    "Hit": ("Hit by three rockets, the base went dark", "Did Bombers Fly All Night To Hit Iran Nuclear Sites?"),
}
# Nouns after which a one-word name is still a place ("Taji province").
PLACE_NOUNS = frozenset("province city town district village area region governorate base airport airfield "
                        "border crossing camp port desert neighborhood neighbourhood suburb valley field coast "
                        "coastline shore waters frontier side strait straits canal bay harbor harbour island "
                        "islands township".split())  # "north of the Bab al-Mandab Strait", "in Kanbalu township"
# State news agencies, written in capitals, whose names spell a place as well: "SANA also published
# images of the attack" is Syria's agency, not Sanaa.
NEWS_AGENCIES = frozenset({"SANA"})
# A name followed by these is an agency's or a broadcaster's: "the official Sana news agency said".
AGENCY_AFTER = re.compile(r"\s+(?:news\s+agency|press\s+agency|news\s+service)\b", re.I)
# "the Damascus suburbs of Kisweh and Qudsaya", "the Baghdad district of Karrada": the name before
# these, followed by "of" and a name, only says where the named quarter or town lies.
QUARTER_OF = frozenset("suburb suburbs district districts neighborhood neighbourhood neighborhoods neighbourhoods "
                       "quarter quarters town towns village villages area areas".split())
# A part of a place a possessive name may own, read as where something happened: "in Tyre's
# eastern outskirts", "on Sidon's northern edge", "in Tripoli's western suburbs", "in Syria's
# northeast" (a side word may stand before it; ``_PART_AFTER`` in ``geo.mentions`` reads them).
PLACE_PARTS = frozenset("outskirts outskirt suburbs suburb edge edges periphery environs countryside centre center "
                        "heart downtown north south east west northeast northwest southeast southwest "
                        "north-east north-west south-east south-west".split())
# Verbs whose object is where a blow fell: "pounded northern Israel with rockets" (geo.extract.cues),
# "hit Sanaa's southern Al Sabeen district" (a possessive's quarter, geo.mentions).
STRUCK_VERBS = frozenset("hit struck pounded shelled bombarded bombed targeted attacked hammered rocked blasted "
                         "pummeled pummelled raked peppered raided".split())
CALENDAR = frozenset("january february march april may june july august september october november "
                     "december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr "
                     "jun jul aug sep sept oct nov dec".split())
# Function words after which a country name is a place, not an adjective ("the U.S. is").
FUNCTION_WORDS = frozenset("the a an this that these those its their is was has had have and or on in to of for with by from at as said says "
                           "would will could should may might did does do are were since but than "
                           "that which who after before during until into over under against near outside inside "
                           "along across around through toward towards via within beyond "
                           # "off the coast of Israel earlier this week": time words follow a place, too
                           "earlier later yesterday today tonight overnight early late again also last next "
                           "where when while".split())
# "the embassy", "that base": case-sensitive, as two patterns ("Th...", "th...") that each open
# with a literal, which the regex engine skips to far faster than to a class such as [Tt] (and a
# leading "\b" or re.I would cost it any fast scan); the finder checks the word boundary itself.
ANAPHORS = tuple(re.compile(
    initial + r"h(?:e|at|is)\s+(?:(?:U\.S\.|US|American|Iraqi|overall|same|sprawling|besieged|nearby|main)\s+|"
    # "the Red Sea port city", "the coastal city": the town told before, by the sea it lies on
    r"(?:[A-Z][a-z]+\s+){0,2}(?:port|coastal|seaside)\s+(?=city\b))?"
    r"(?P<noun>[Ee]mbassy|diplomatic compound|[Cc]ompound|[Aa]irport|[Aa]irfield|[Aa]ir [Bb]ase|[Bb]ase|[Rr]egion|"
    r"[Cc]ountry|[Cc]ity|[Tt]heater|[Tt]heatre)\b") for initial in "Tt")
# A word that may stand in a list of whose forces ("U.S., coalition and Iraqi forces"): a lower-case word or a
# people's adjective, never a place's name ("Kirkuk, Erbil and Iraqi army posts" lists places).
ADJECTIVE_ITEM = r"(?:[a-z][\w-]*|U\.S\.|US|U\.K\.|UK|[A-Z][\w-]*(?:an|ish|i|ese|ch))"
# A town's airport named through the town rather than by its own name, with the phrases that motivated
# each pattern. After a town's possessive: "warplanes blasted Beirut's international airport".
AIRPORT_OF_OWNER = re.compile(r"(?:\s+(?:main|international|civilian|civil))?\s+airport\b(?!s)", re.I)
# Before the towns: "rockets hit the airport in Erbil", "the international airports of Damascus and Aleppo".
AIRPORTS_OF = re.compile(r"\b[Tt]he\s+(?:(?:main|international|civilian|civil)\s+)?airports?\s+(?:in|of)\s+$")
# After a list of towns: "Damascus and Aleppo airports were shut".
AIRPORTS_AFTER = re.compile(r"\s+(?:international\s+)?airports\b", re.I)
# "struck there.", "were there late Sunday": the match starts at the space before "there".
THERE = re.compile(r" there(?=[.,;]|\s+(?:and|but|on|in|late|early)\b)")
# "a car bomb ripped through a base here today": where the dateline says the report was filed.
HERE = re.compile(r" here(?=[.,;]|\s+(?:today|tonight|yesterday|overnight|on|late|early|last|this|and|but)\b)")
# ... not where a speaker stood: "the Pentagon said here on Friday", "told reporters here", "a statement issued here".
SAID_HERE = re.compile(r"\b(?:said|says|told|tells|announced|announces|declared|stated|added|briefed|issued|released|"
                       r"reporters|journalists|correspondents|conference|statement|television|TV|radio)\b"
                       r"(?:\s+[\w'’.-]+){0,4}\s*$", re.I)
# "Nevatim Air Base", "Camp Victory", "Abu Dhabi International Airport": facilities by their form.
# Words that open a facility's name ("Camp Taji", "RAF Lakenheath"); the acronyms among them are
# no reason to doubt that a name is a place.
FACILITY_PREFIXES = ("Camp", "Fort", "RAF", "NAS", "MCAS", "JB")
# Words the news puts between a base's name and "base" ("the K1 Iraqi military airbase", "the Taji
# joint US-Iraqi base", "Ain al-Asad's American base"): names.normalize reads past them. Lower case, as folded.
BASE_DESCRIPTORS = ("iraqi", "syrian", "jordanian", "kuwaiti", "saudi", "turkish", "kurdish", "american", "us",
                    "coalition", "military", "army", "us iraqi", "iraqi us")
# A military airfield goes by any of these words in the news ("Shayrat Air Base", "Shayrat airfield").
AIRFIELD_WORDS = ("Air Base", "Airbase", "Air Field", "Airfield")
# "docked at Jeddah Islamic Port", "Salalah Port": a town's port is the town.
FACILITY = re.compile(r"\s*\b(?:(?i:(?:International\s+)?Airport|Air\s*Base|Airbase|Air\s*Field|Airfield)|"
                      r"(?:(?:Islamic|Commercial|Container)\s+)?Port|"
                      r"Naval\s+(?:Air\s+)?(?:Base|Station)|Military\s+Base|Base)$|^(?:Forward\s+Operating\s+Base|%s)\s+"
                      % "|".join(FACILITY_PREFIXES))
# "rockets landed in the Iraqi capital", "Iraq's capital": a capital named by its country. Rows:
# the country's adjective, its name, the capital, the capital's country code, and the phrase that
# motivated the row. (No row for Israel: which city the news means by its capital is disputed.)
CAPITALS = (
    ("Iraqi", "Iraq", "Baghdad", "IQ", "rockets landed inside the Iraqi capital"),
    ("Syrian", "Syria", "Damascus", "SY", "jets struck a depot outside the Syrian capital"),
    ("Lebanese", "Lebanon", "Beirut", "LB", "a strike on a building in the Lebanese capital"),
    ("Yemeni", "Yemen", "Sanaa", "YE", "air raids on the Yemeni capital"),
    ("Saudi", "Saudi Arabia", "Riyadh", "SA", "a missile intercepted over the Saudi capital"),
    ("Iranian", "Iran", "Tehran", "IR", "blasts heard in the Iranian capital"),
    ("Jordanian", "Jordan", "Amman", "JO", "troops flown to the Jordanian capital"),
    ("Libyan", "Libya", "Tripoli", "LY", "shelling south of the Libyan capital"),
    ("Afghan", "Afghanistan", "Kabul", "AF", "troops sent to the Afghan capital"),
    ("Sudanese", "Sudan", "Khartoum", "SD", "an evacuation from the Sudanese capital"),
    ("Somali", "Somalia", "Mogadishu", "SO", "a car bomb in the Somali capital"),
    ("Kuwaiti", "Kuwait", "Kuwait City", "KW", "a truck rammed near the Kuwaiti capital"),
    ("Qatari", "Qatar", "Doha", "QA", "jets landed outside the Qatari capital"),
    ("Emirati", "UAE", "Abu Dhabi", "AE", "drones over the Emirati capital"),
    ("Bahraini", "Bahrain", "Manama", "BH", "ships docked in the Bahraini capital"),
    ("Omani", "Oman", "Muscat", "OM", "a tanker off the Omani capital"),
    ("Egyptian", "Egypt", "Cairo", "EG", "talks in the Egyptian capital"),
    ("Turkish", "Turkey", "Ankara", "TR", "a bombing in the Turkish capital"),
    ("Nigerien", "Niger", "Niamey", "NE", "the base in the Nigerien capital"),
    ("Cypriot", "Cyprus", "Nicosia", "CY", "a rally in the Cypriot capital"),
    ("Kurdish regional", "Kurdistan Region", "Erbil", "IQ", "drones over the Kurdish regional capital"),
)
# "Ankara said", "Moscow denied it": a capital as the subject of a verb of speech is its government, not
# where anything happened. The capitals the news speaks for this way, beyond those named above.
SPOKESMAN_CAPITALS = frozenset((*(row[2] for row in CAPITALS), "Washington", "Moscow", "Beijing", "London", "Paris",
                                "Berlin", "Kyiv", "Kiev", "Islamabad", "New Delhi", "Baku", "Yerevan", "Rome"))
SPEECH_VERBS = frozenset("said says denied denies blamed blames accused accuses warned warns condemned condemns "
                         "announced announces claimed claims confirmed confirms rejected rejects urged urges".split())
ANAPHOR_CATEGORY = {"embassy": "embassy", "diplomatic compound": "embassy", "compound": "embassy",
                    "airport": "airport", "airfield": "airport", "air base": "base", "base": "base",
                    "region": "region", "theater": "region", "theatre": "region",
                    "country": "country", "city": "city"}

# A ship is named like a place: "the USS Mason" then "the Mason" is a destroyer, not a town
# called Mason; "the tanker Marlin Luanda" is no port in Angola. Prefixes of a ship's name,
# and the nouns that introduce one.
SHIP_PREFIXES = ("USS", "USNS", "HMS", "HMAS", "HMCS", "INS", "FS", "ITS", "MV", "M/V", "MT", "RFA", "SS")
SHIP_NOUNS = ("destroyer", "frigate", "cruiser", "carrier", "aircraft carrier", "tanker", "oil tanker", "vessel",
              "ship", "freighter", "bulk carrier", "cargo ship", "container ship", "warship", "submarine",
              "amphibious assault ship")
_SHIP_NAME = r"(?P<name>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|[IVX]+|\d+))*)"
# "the frigate Stark", "the landing ship Caesar Kunikov", and in apposition "the frigate, the Stark"
SHIP_NAME = re.compile(r"\b(?:(?:%s) |(?i:the (?:(?:large|landing|patrol|missile|guided-missile|amphibious|Russian|"
                       r"Ukrainian|Iranian) ){0,2}(?:%s))(?:, the)? )%s" % (
    "|".join(re.escape(p) for p in SHIP_PREFIXES),
    "|".join(sorted(SHIP_NOUNS, key=len, reverse=True)), _SHIP_NAME))
# ... and the name first, what it is after: "the Orsk, a 370ft Russian tank carrier", "the 'Orsk', a Russian warship"
SHIP_APPOSED = re.compile(r"\b[Tt]he ['‘“]?%s['’”]?, (?:an?|its) (?:[\w'’.-]+ ){0,5}?(?i:%s)s?\b" % (
    _SHIP_NAME, "|".join(sorted(SHIP_NOUNS + ("corvette", "flagship", "minesweeper"), key=len, reverse=True))))
