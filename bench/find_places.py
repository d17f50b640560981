"""One whole place-finding job, as a process: load the names, find them in every article.

    python bench/find_places.py geo CORPUS_DIR
    python bench/find_places.py flashgeotext CORPUS_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def geo_finder():
    """geo's names loaded as the job loads them: the curated gazetteer and the offline index."""
    sys.path.insert(0, str(ROOT))
    from geo.gazetteer import load_gazetteer
    from geo.geonames import GeoNames
    from geo.mentions import PlaceFinder

    return PlaceFinder(load_gazetteer(ROOT / "gazetteer.csv"), GeoNames())


def listing(folder: Path) -> list[Path]:
    """The corpus's articles in name order, listed the same way for both tools (os.scandir, as
    ``geo.articles.article_paths`` does; ``Path.glob`` takes three times as long)."""
    return [folder / name for name in sorted(entry.name for entry in os.scandir(folder) if entry.name.endswith(".txt"))]


def main() -> None:
    tool, folder = sys.argv[1], Path(sys.argv[2])
    paths = listing(folder)
    found = 0
    if tool == "geo":
        finder = geo_finder()
        from geo.articles import read_article
        from geo.text import split_sentences
        from geo.workers import map_in_order

        def find(path: Path) -> int:  # as geo events does: each process reads the files it analyses
            article = read_article(path)
            return len(finder.find(article.name, split_sentences(article.name, article.text)))

        found = sum(map_in_order(find, paths))
    else:
        from flashgeotext.geotext import GeoText

        geotext = GeoText()
        for path in paths:
            result = geotext.extract(input_text=path.read_text(encoding="utf-8"))
            found += sum(v["count"] for kind in result.values() for v in kind.values())
    print(found)


if __name__ == "__main__":
    main()
