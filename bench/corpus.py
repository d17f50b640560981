"""A synthetic corpus for the benchmark: N articles assembled from varied sentence
templates over places across the region, with a fixed random seed.

    python bench/corpus.py 1000 /tmp/corpus
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

SITES = ["Al Asad Air Base", "Ain al-Asad", "Camp Taji", "K-1 Air Base", "Erbil International Airport",
         "Baghdad International Airport", "the U.S. Embassy in Baghdad", "Balad Air Base", "Al-Tanf",
         "Camp Arifjan", "Ali Al Salem Air Base", "Al Udeid Air Base", "Incirlik Air Base", "Tower 22",
         "the Al-Omar oil field", "Union III", "Qayyarah Airfield West", "Al Taqaddum Air Base"]
TOWNS = ["Kirkuk", "Mosul", "Irbil", "Basra", "Najaf", "Karbala", "Fallujah", "Ramadi", "Tikrit", "Samarra",
         "Taji", "Al-Qaim", "Albu Kamal", "Deir ez-Zor", "Khanaqin", "Zakho", "Rutba", "Al-Mayadin", "Qamishli",
         "Manbij", "Kalar", "Tuz Khurmatu", "Sinjar", "Haditha", "Hit", "Baqubah", "Sulaimaniya", "Duhok",
         "Jurf al-Sakhar", "Akashat", "Hodeidah", "Sanaa", "Aden", "Damascus", "Aleppo", "Raqqa", "Hasakah"]
COUNTRIES = ["Iraq", "Syria", "Yemen", "Kuwait", "Jordan", "Lebanon", "Saudi Arabia", "Qatar", "Bahrain"]
ORIGINS = ["Fort Bragg", "Fort Campbell", "Kuwait", "Italy", "Germany", "Spain", "the Mediterranean",
           "Camp Lejeune", "Europe", "Qatar", "Bahrain", "Diego Garcia"]
DESTINATIONS = ["Kuwait", "Iraq", "Jordan", "the Persian Gulf", "the Middle East", "Saudi Arabia", "Erbil",
                "Al Udeid Air Base", "the Red Sea", "Bahrain", "Syria", "Lebanon"]
UNITS = ["paratroopers from the 82nd Airborne Division", "soldiers of the 101st Airborne", "Marines",
         "a squadron of F-15E jets", "B-52 bombers", "the USS Bataan", "a Patriot missile battery",
         "special operations forces", "elements of the 173rd Airborne Brigade", "the 26th Marine Expeditionary Unit"]
MILITIAS = ["Kataib Hezbollah", "Kata'ib Sayyid al-Shuhada", "Asaib Ahl al-Haq", "Iran-backed militants",
            "unknown gunmen", "the Houthis", "Harakat al-Nujaba"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TEMPLATES = [
    "{n} rockets struck {site} on {day}, {harm}.",
    "Militants fired a barrage of rockets at {site} late {day}, officials said.",
    "{militia} launched a drone attack on {site} on {date}.",
    "A roadside bomb hit a coalition supply convoy near {town} on {day}.",
    "U.S. aircraft bombed weapons depots used by {militia} near {town} on {day} night.",
    "An apparent airstrike hit a militia convoy near {town}, {country}, early {day}, according to unconfirmed reports.",
    "American jets struck two facilities near {town} and one near {town2} on {date}.",
    "The Pentagon sent {unit} from {origin} to {dest} on {day}.",
    "{unit_cap} flew from {origin} to {dest} on {date}.",
    "{unit_cap} based in {origin} were placed on alert for a possible deployment to {dest}.",
    "Officials said the militias might attack {site} again if the strikes continued.",
    "{militia} vowed to retaliate against American forces in {country}.",
    "The Pentagon opted not to strike targets in {town} for fear of civilian casualties.",
    "Residents of {town} reported loud explosions, and police cordoned off the area.",
    "\"We will respond at a time and place of our choosing,\" a spokesman for {militia} said in {town}.",
    "Oil prices rose as traders weighed the risk of further attacks across the region.",
    "Analysts in {town} said the escalation could draw {country} into a wider war.",
    "Officials initially said rockets had hit {site}, but later corrected the account.",
    "{militia} denied any role in the attack on {site}.",
]
HARM = ["wounding two soldiers", "causing no casualties", "killing a contractor", "damaging a hangar"]


def article(rng: random.Random, index: int) -> tuple[str, str]:
    published = dt.date(2019, 6, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    sentences = []
    for _ in range(rng.randint(6, 14)):
        template = rng.choice(TEMPLATES)
        day = rng.choice(WEEKDAYS)
        date = (published - dt.timedelta(days=rng.randrange(0, 20))).strftime("%b. %-d")
        unit = rng.choice(UNITS)
        sentences.append(template.format(
            n=rng.choice(["Two", "Three", "Several", "Four"]), site=rng.choice(SITES), day=day, date=date,
            harm=rng.choice(HARM), militia=rng.choice(MILITIAS), town=rng.choice(TOWNS), town2=rng.choice(TOWNS),
            country=rng.choice(COUNTRIES), unit=unit, unit_cap=unit[:1].upper() + unit[1:], origin=rng.choice(ORIGINS),
            dest=rng.choice(DESTINATIONS)))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    text = f"---\ntitle: Synthetic report {index}\npublished: {published.isoformat()}\n---\n" + "\n\n".join(paragraphs) + "\n"
    return f"{index:05d}.txt", text


def write_corpus(n: int, folder: Path, seed: int = 2020) -> int:
    """Write ``n`` articles into ``folder`` (emptied first); returns the total bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        name, text = article(rng, i)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


if __name__ == "__main__":
    n, folder = int(sys.argv[1]), Path(sys.argv[2])
    print(f"{write_corpus(n, folder)} bytes in {n} articles")
