"""Score geo on the evaluation articles (see eval/README.md).

    python eval/run.py            # the seeds are not scored: their answers live in tests/test_seeds.py
    python eval/run.py --verbose  # every miss and every false event
    python eval/run.py --set holdout   # articles written after the extractor was frozen
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from geopy.distance import great_circle

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import parse_article  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.geonames import GeoNames  # noqa: E402
from geo.pipeline import analyse_articles  # noqa: E402

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


@dataclass(frozen=True)
class GoldPlace:
    lat: float
    lon: float
    radius_km: float
    label: str
    country: str = ""  # a gold country's code: any place geo puts in that country is inside it


@dataclass(frozen=True)
class GoldMention:
    article: str
    start: int
    end: int
    text: str
    place: GoldPlace


@dataclass(frozen=True)
class GoldEvent:
    article: str
    type: str
    place: GoldPlace
    origin: GoldPlace | None
    day: dt.date | None
    status: str


def gold_place(spec: str, gazetteer: dict) -> GoldPlace:
    spec = spec.strip()
    if spec in gazetteer:
        p = gazetteer[spec]
        return GoldPlace(p.lat, p.lon, p.radius_km, spec, p.country if p.kind == "country" else "")
    lat, lon, radius = (float(x) for x in spec.split(","))
    return GoldPlace(lat, lon, radius, spec)


def load(path: Path, gazetteer: dict):
    raw = path.read_text(encoding="utf-8")
    body_part, _, events_part = raw.partition("\n=== events\n")
    mentions, plain, pos = [], [], 0
    for m in MARK.finditer(body_part):
        plain.append(body_part[pos:m.start()])
        pos = m.end()
        mentions.append((len("".join(plain)), m.group(1), m.group(2)))
        plain.append(m.group(1))
    plain.append(body_part[pos:])
    article = parse_article(str(path), "".join(plain))
    offset = "".join(plain).index(article.text) if article.text else 0
    gold_mentions = [GoldMention(article.name, s - offset, s - offset + len(t), t, gold_place(g, gazetteer))
                     for s, t, g in mentions]
    gold_events = []
    for line in events_part.strip().splitlines():
        kind, where, day, status = (x.strip() for x in line.split("|"))
        dest, _, origin = where.partition("<-")
        gold_events.append(GoldEvent(article.name, kind, gold_place(dest, gazetteer),
                                     gold_place(origin, gazetteer) if origin.strip() else None,
                                     dt.date.fromisoformat(day) if day else None, status))
    return article, gold_mentions, gold_events


def load_seeds(gazetteer: dict):
    """The seed articles with their reviewed place mentions (eval/seeds-places.tsv)."""
    import csv

    from geo.articles import load_articles

    articles, _ = load_articles(ROOT / "seeds")
    with open(ROOT / "eval" / "seeds-places.tsv", encoding="utf-8") as fh:
        gold = [GoldMention(r["article"], int(r["start"]), int(r["end"]), r["text"], gold_place(r["gold"], gazetteer))
                for r in csv.DictReader(fh, delimiter="\t")]
    return articles, gold


def km(a, lat, lon) -> float:
    return great_circle((a.lat, a.lon), (lat, lon)).km


def inside(place, g) -> bool:
    """A gold country holds every place geo puts in it ("northeastern Jordan" is in Jordan)."""
    return bool(g.country) and place.country == g.country


def off_km(g, place) -> float:
    """How far ``place`` lies from the gold ``g``; nothing when the gold is a country it lies in."""
    return 0.0 if inside(place, g) else km(g, place.lat, place.lon)


def score_places(result, gold):
    found = resolved = 0
    errors = []
    misses = []
    for g in gold:
        hits = [m for m in result.mentions if m.article == g.article and m.start < g.end and g.start < m.end]
        if not hits:
            misses.append(f"not found: {g.article}: {g.text!r}")
            continue
        found += 1
        placed = [m for m in hits if m.place is not None]
        if not placed:
            misses.append(f"unresolved: {g.article}: {g.text!r} ({hits[0].reason})")
            continue
        best = min(placed, key=lambda m: off_km(g.place, m.place))
        error = off_km(g.place, best.place)
        errors.append(error)
        if error <= g.place.radius_km:
            resolved += 1
        else:
            misses.append(f"off by {error:.0f} km: {g.article}: {g.text!r} -> {best.place.name}")
    return found, resolved, errors, misses


def matches(event, g: GoldEvent) -> bool:
    if event.type != g.type or event.place is None:
        return False
    if off_km(g.place, event.place) > g.place.radius_km:
        return False
    if g.origin is not None and (event.origin is None or km(g.origin, event.origin.lat, event.origin.lon) > g.origin.radius_km):
        return False
    if g.day is not None and not (event.date and event.date <= g.day <= (event.date_end or event.date)):
        return False
    return True


def score_events(result, gold, articles):
    rows = {}
    notes = []
    status_agree = status_total = 0
    for kind in ("strike", "attack", "deployment"):
        golds = [g for g in gold if g.type == kind]
        events = [e for e in result.events if e.type == kind]
        used, tp = set(), 0
        for g in golds:
            hit = next((e for e in events if id(e) not in used and {s.article for s in e.sources} & {g.article}
                        and matches(e, g)), None)
            if hit is None:
                notes.append(f"missed {kind}: {g.article}: {g.place.label} {g.day or ''}")
                continue
            used.add(id(hit))
            tp += 1
            status_total += 1
            status_agree += hit.status == g.status
            if hit.status != g.status:
                notes.append(f"status {hit.status} (want {g.status}): {g.article}: {hit.summary}")
        for e in events:
            if id(e) not in used:
                notes.append(f"false {kind}: {e.summary} [{e.date}] <- {e.sources[0].sentence[:90]!r}")
        precision = tp / len(events) if events else 1.0
        recall = tp / len(golds) if golds else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[kind] = (len(golds), len(events), tp, precision, recall, f1)
    return rows, status_agree, status_total, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--set", default="articles",
                        help="articles (default), holdout, holdout2, holdout3, holdout4, holdout5, all (the six sets) or seeds (places only)")
    args = parser.parse_args()
    places = load_gazetteer(ROOT / "gazetteer.csv")
    by_id = {p.id: p for p in places}
    articles, gold_mentions, gold_events = [], [], []
    if args.set == "seeds":
        articles, gold_mentions = load_seeds(by_id)
    folders = ["articles", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"] if args.set == "all" else [] if args.set == "seeds" else [args.set]
    for path in sorted(p for folder in folders for p in (ROOT / "eval" / folder).glob("*.txt")):
        article, mentions, events = load(path, by_id)
        articles.append(article)
        gold_mentions += mentions
        gold_events += events
    result = analyse_articles(articles, places, GeoNames())

    found, resolved, errors, misses = score_places(result, gold_mentions)
    n = len(gold_mentions)
    print(f"articles: {len(articles)}, gold place mentions: {n}, gold events: {len(gold_events)}")
    print(f"place mentions found (recall):   {found}/{n} = {found / n:.1%}")
    print(f"resolved within the radius:      {resolved}/{n} = {resolved / n:.1%}")
    print(f"median error of resolved places: {statistics.median(errors):.1f} km")
    if not gold_events:
        if args.verbose:
            print("\n".join(" - " + line for line in misses))
        return
    rows, agree, total, notes = score_events(result, gold_events, articles)
    print(f"\n{'type':<11} {'gold':>4} {'geo':>4} {'match':>5} {'precision':>9} {'recall':>6} {'F1':>5}")
    for kind, (g, e, tp, p, r, f) in rows.items():
        print(f"{kind:<11} {g:>4} {e:>4} {tp:>5} {p:>9.2f} {r:>6.2f} {f:>5.2f}")
    gs, es, tps = (sum(v[i] for v in rows.values()) for i in range(3))
    p, r = tps / es, tps / gs
    print(f"{'all':<11} {gs:>4} {es:>4} {tps:>5} {p:>9.2f} {r:>6.2f} {2 * p * r / (p + r):>5.2f}")
    print(f"status agrees on {agree}/{total} matched events")
    if args.verbose:
        print()
        for line in misses + notes:
            print(" -", line)


if __name__ == "__main__":
    main()
