"""Score geo on a batch of real reporting (see eval/real/README.md for the key format).

    python eval/real.py batch1             # one batch
    python eval/real.py batch1 --verbose   # every miss and every false event
    python eval/real.py all                # every batch with its texts present
    python eval/real.py batch4 --check     # the key parses and names what its texts hold; geo not run

The texts are not in git (eval/real/texts/, one folder per batch); the keys are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.run import GoldPlace as Gold  # noqa: E402  (one scorer of places for both scripts)
from eval.run import gold_place, off_km  # noqa: E402
from geo.articles import parse_article  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.geonames import GeoNames  # noqa: E402
from geo.pipeline import analyse_articles  # noqa: E402
from geo.types import NAMES as TYPES  # noqa: E402

REAL = ROOT / "eval" / "real"


@dataclass(frozen=True)
class GoldEvent:
    article: str
    type: str
    place: Gold
    origin: Gold | None
    date: str  # YYYY-MM-DD, YYYY-MM, YYYY or ""
    status: str
    must: bool
    note: str


@dataclass
class KeyArticle:
    name: str
    meta: dict = field(default_factory=dict)
    places: list = field(default_factory=list)  # (surface, Gold)
    events: list = field(default_factory=list)


class BadKey(ValueError):
    pass


def gold(spec: str, gazetteer: dict) -> Gold:
    try:
        return gold_place(spec, gazetteer)
    except ValueError:
        raise BadKey(f"neither a gazetteer id nor lat,lon,radius_km: {spec!r}") from None


def load_key(path: Path, gazetteer: dict) -> list[KeyArticle]:
    articles: list[KeyArticle] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            if line.startswith("=="):
                articles.append(KeyArticle(line[2:].strip()))
                continue
            label, _, rest = line.partition(":")
            current = articles[-1]
            if label == "place":
                surface, spec = (x.strip() for x in rest.split("|"))
                current.places.append((surface, gold(spec, gazetteer)))
            elif label == "event":
                fields = [x.strip() for x in rest.split("|")]
                fields += [""] * (6 - len(fields))
                kind, where, date, status, weight, note = fields[:6]
                if kind not in TYPES or weight not in ("must", "may"):
                    raise BadKey(f"type {kind!r} or weight {weight!r} unknown")
                dest, _, origin = where.partition("<-")
                current.events.append(GoldEvent(current.name, kind, gold(dest, gazetteer),
                                                gold(origin, gazetteer) if origin.strip() else None,
                                                date, status, weight == "must", note))
            else:
                current.meta[label.strip()] = rest.strip()
        except (BadKey, ValueError, IndexError) as err:
            raise SystemExit(f"{path}:{number}: {err}: {raw!r}") from None
    return articles


def gold_mentions(text: str, places: list) -> list[tuple[int, int, str, Gold]]:
    """Every whole-word occurrence of each surface; a shorter surface inside a longer one's
    occurrence is not counted again."""
    spans = []
    for surface, g in sorted(places, key=lambda p: -len(p[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if not any(a <= m.start() and m.end() <= b for a, b, _, _ in spans):
                spans.append((m.start(), m.end(), surface, g))
    return sorted(spans, key=lambda s: s[0])


def date_fits(event, g: GoldEvent) -> bool:
    if event.date is None:
        return False
    first, last = event.date, event.date_end or event.date
    if not g.date:
        return True
    if len(g.date) == 10:
        day = dt.date.fromisoformat(g.date)
        return (last - first).days <= 2 and first - dt.timedelta(days=1) <= day <= last + dt.timedelta(days=1)
    if len(g.date) == 7:
        year, month = (int(x) for x in g.date.split("-"))
        lo = dt.date(year, month, 1)
        hi = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        lo, hi = dt.date(int(g.date), 1, 1), dt.date(int(g.date), 12, 31)
    return first <= hi and lo <= last


def matches(event, g: GoldEvent) -> bool:
    where = event.anchor  # where the map draws it: its place, or a withdrawal's origin
    if event.type != g.type or where is None or off_km(g.place, where) > g.place.radius_km:
        return False
    if g.origin is not None and (event.origin is None or off_km(g.origin, event.origin) > g.origin.radius_km):
        return False
    return date_fits(event, g)


def score(batches: list[str], verbose: bool) -> dict:
    places = load_gazetteer(ROOT / "gazetteer.csv")
    by_id = {p.id: p for p in places}
    articles, keys, missing = [], [], []
    for batch in batches:
        key_path = REAL / f"{batch}.key"
        for ka in load_key(key_path, by_id):
            path = REAL / "texts" / batch / ka.name
            if not path.exists():
                missing.append(f"{path.relative_to(ROOT)} (from {ka.meta.get('url', '?')})")
                continue
            articles.append(parse_article(ka.name, path.read_text(encoding="utf-8")))
            keys.append(ka)
    if missing:  # a page no longer stored: the batch is scored without it, and says so
        print(f"note: {len(missing)} text(s) missing, scored without them (see eval/real/README.md): "
              + "; ".join(missing), file=sys.stderr)
    result = analyse_articles(articles, places, GeoNames())
    notes: list[str] = []

    # places
    found = resolved = total = 0
    for article, ka in zip(articles, keys):
        mine = [m for m in result.mentions if m.article == article.name]
        for start, end, surface, g in gold_mentions(article.text, ka.places):
            total += 1
            hits = [m for m in mine if m.start < end and start < m.end]
            if not hits:
                notes.append(f"place not found: {ka.name}: {surface!r}")
                continue
            found += 1
            placed = sorted((m for m in hits if m.place is not None), key=lambda m: off_km(g, m.place))
            if placed and off_km(g, placed[0].place) <= g.radius_km:
                resolved += 1
            elif placed:
                notes.append(f"place off by {off_km(g, placed[0].place):.0f} km: {ka.name}: {surface!r} "
                             f"-> {placed[0].place.name}")
            else:
                notes.append(f"place unresolved: {ka.name}: {surface!r} ({hits[0].reason})")

    # events
    golds = [g for ka in keys for g in ka.events]
    matched: dict[int, int] = {}  # id(event) -> times matched
    used: set[tuple[int, str]] = set()  # (id(event), article): one gold per event per article
    hit_must = status_agree = status_total = 0
    by_type = {k: [0, 0, 0] for k in TYPES}  # must golds, geo events, matched must
    for g in sorted(golds, key=lambda g: not g.must):
        by_type[g.type][0] += g.must
        fits = [e for e in result.events if (id(e), g.article) not in used
                and g.article in {s.article for s in e.sources} and matches(e, g)]
        hit = min(fits, key=lambda e: off_km(g.place, e.anchor), default=None)  # the nearest, not the first dated
        if hit is None:
            if g.must:
                near = [e for e in result.events if e.type == g.type and g.article in {s.article for s in e.sources}]
                why = "; geo has " + ", ".join(f"{e.anchor.name if e.anchor else '?'} [{e.date}..{e.date_end}]"
                                                for e in near[:4]) if near else ""
                notes.append(f"missed {g.type}: {g.article}: {g.place.label} {g.date} ({g.note}){why}")
            continue
        used.add((id(hit), g.article))
        matched[id(hit)] = matched.get(id(hit), 0) + 1
        if g.must:
            hit_must += 1
            by_type[g.type][2] += 1
        status_total += 1
        status_agree += hit.status == g.status
        if hit.status != g.status:
            notes.append(f"status {hit.status} (want {g.status}): {g.article}: {hit.summary}")
    right = 0
    for e in result.events:
        by_type[e.type][1] += 1
        if id(e) in matched:
            right += 1
        else:
            s = e.sources[0]
            notes.append(f"false {e.type}: {s.article}: {e.summary} [{e.date}..{e.date_end} {e.date_precision}]"
                         f" <- {s.sentence[:100]!r}")
    musts = sum(g.must for g in golds)
    precision = right / len(result.events) if result.events else 1.0
    recall = hit_must / musts if musts else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    undated = sum(1 for e in result.events if e.date is None)

    print(f"batches: {', '.join(batches)}; articles: {len(articles)}; "
          f"gold events: {musts} must, {len(golds) - musts} may; geo events: {len(result.events)} ({undated} undated)")
    print(f"place mentions: {total}; found {found / total:.1%}; resolved within radius {resolved / total:.1%}")
    print(f"{'type':<11} {'must':>4} {'geo':>4} {'found':>5}")
    for kind, (g, n, h) in by_type.items():
        print(f"{kind:<11} {g:>4} {n:>4} {h:>5}")
    print(f"events: must-recall {hit_must}/{musts} = {recall:.2f}; precision {right}/{len(result.events)} = "
          f"{precision:.2f}; F1 {f1:.2f}; status agrees on {status_agree}/{status_total}")
    if verbose:
        print()
        for line in notes:
            print(" -", line)
    return {"recall": recall, "precision": precision, "f1": f1, "places_found": found / total,
            "places_resolved": resolved / total}


def check(batch: str) -> None:
    """Read a key without running geo: every line parses, every text exists, every place
    surface occurs in its text, every article has an event."""
    by_id = {p.id: p for p in load_gazetteer(ROOT / "gazetteer.csv")}
    problems: list[str] = []
    key = load_key(REAL / f"{batch}.key", by_id)
    for ka in key:
        path = REAL / "texts" / batch / ka.name
        if not path.exists():
            problems.append(f"{ka.name}: text missing")
            continue
        text = parse_article(ka.name, path.read_text(encoding="utf-8")).text
        problems += [f"{ka.name}: place {surface!r} not in the text"
                     for surface, _ in ka.places if not gold_mentions(text, [(surface, None)])]
        if not ka.events:
            problems.append(f"{ka.name}: no event")
    events = [e for ka in key for e in ka.events]
    print(f"{batch}: {len(key)} articles, {sum(e.must for e in events)} must and "
          f"{sum(not e.must for e in events)} may events "
          + ", ".join(f"{t} {sum(e.type == t for e in events)}" for t in TYPES))
    print("\n".join(problems) or "key consistent with its texts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batch", help="a batch name (its key is eval/real/<batch>.key), several joined by commas, "
                                      "or 'all'")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", action="store_true", help="check the key against its texts; geo not run")
    args = parser.parse_args()
    if args.check:
        check(args.batch)
        return
    if args.batch == "all":
        batches = sorted(p.stem for p in REAL.glob("*.key") if (REAL / "texts" / p.stem).is_dir())
    else:
        batches = args.batch.split(",")
    score(batches, args.verbose)


if __name__ == "__main__":
    main()
