"""Instructions per article for each stage of place finding, counted by valgrind's callgrind.

Wall-clock figures on a shared machine move by 10% from run to run; instruction counts do not,
so this is the measure to compare two versions of the code with (it needs Debian's valgrind).

    python bench/instructions.py [--articles 500]

Each stage is run in its own process, on the first N articles of the synthetic corpus, with
the stages before it; the difference to the process without it, divided by N, is its cost.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus

STAGES = ("read", "split", "find")
# Run in a child under callgrind: read, split and find up to one stage, on N articles, with the
# names loaded and the corpus listed as bench/find_places.py does.
CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from bench.find_places import geo_finder, listing
from geo.articles import read_article
from geo.text import split_sentences
finder = geo_finder()
stages = {stages!r}
upto = stages.index(sys.argv[1]) if sys.argv[1] in stages else -1
for path in listing(Path(sys.argv[2])) if upto >= 0 else ():
    article = read_article(path)
    if upto >= 1:
        sentences = split_sentences(article.name, article.text)
        if upto >= 2:
            finder.find(article.name, sentences)
"""


def instructions(script: Path, stage: str, folder: Path) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                          str(script), stage, str(folder)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind not found; install it (apt-get install valgrind) and run again")
    tmp = Path(tempfile.mkdtemp(prefix="geo-instructions-"))
    try:
        folder = tmp / "corpus"
        write_corpus(args.articles, folder)
        script = tmp / "stage.py"
        script.write_text(CHILD.format(root=str(ROOT), stages=STAGES))
        counts = [instructions(script, stage, folder) for stage in ("none", *STAGES)]
        print(f"instructions per article ({args.articles} articles of bench/corpus.py, seed 2020):")
        for stage, before, after in zip(STAGES, counts, counts[1:]):
            print(f"  {stage:6s} {(after - before) // args.articles:>10,}")
        print(f"  {'total':6s} {(counts[-1] - counts[0]) // args.articles:>10,}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
