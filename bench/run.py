"""geo's benchmark: whole-process speed and memory on a synthetic corpus.

    ./dev bench                    # writes bench/results.md and prints it
    ./dev bench --quick            # smaller corpora, for a smoke test

Figures: start-up (``geo map`` on the seeds against merely importing geopandas,
folium and typer, medians of several runs), ``geo events`` throughput and peak
memory for 100, 1,000 and 10,000 articles, ``geo map`` time and HTML size for
about 1,000 and 10,000 events, and place finding against flashgeotext on the
same corpus.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from geo.workers import MIN_ITEMS  # noqa: E402

GEO = [sys.executable, "-m", "geo.cli"]


def run(cmd: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss // 1024


def median_run(cmd: list[str], times: int) -> float:
    return statistics.median(run(cmd)[0] for _ in range(times))


def count_events(seeds: Path) -> int:
    out = subprocess.run(GEO + ["events", "--format", "csv", "--seeds", str(seeds)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return len(out.splitlines()) - 1


def startup(tmp: Path, times: int) -> list[str]:
    """Interleaved runs, so that both commands see the same machine load."""
    geo = str(Path(sys.executable).with_name("geo"))
    imports, maps = [], []
    for _ in range(times):
        imports.append(run([sys.executable, "-c", "import geopandas, folium, typer"])[0])
        maps.append(run([geo, "map", "--out", str(tmp / "seeds.html")])[0])
    a, b = statistics.median(imports), statistics.median(maps)
    return [
        "## Start-up: `geo map` on the seeds",
        "",
        f"| whole process, median of {times} interleaved runs | seconds |",
        "|---|---|",
        f"| `python -c \"import geopandas, folium, typer\"` | {a:.2f} |",
        f"| `geo map` (2 seed articles, {count_events(ROOT / 'seeds')} events) | {b:.2f} |",
        f"| ratio | **{b / a:.2f}×** (bar: at most 1.5×) |",
        "",
    ]


def throughput(tmp: Path, sizes: list[int]) -> list[str]:
    lines = ["## `geo events` throughput", "",
             "| articles | MB | events | seconds | MB/s | articles/s | peak memory (MiB) |",
             "|---|---|---|---|---|---|---|"]
    for n in sizes:
        folder = tmp / f"corpus-{n}"
        size = write_corpus(n, folder)
        out = tmp / f"events-{n}.csv"
        seconds, peak = run(GEO + ["events", "--format", "csv", "--seeds", str(folder), "--out", str(out)])
        events = len(out.read_text().splitlines()) - 1
        lines.append(f"| {n:,} | {size / 1e6:.1f} | {events:,} | {seconds:.1f} | {size / 1e6 / seconds:.2f} | "
                     f"{n / seconds:.0f} | {peak} |")
    return lines + [""]


def in_browser(html: Path) -> tuple[float, float, float]:
    """Seconds for headless chromium to draw the map, step the time control, hide a layer."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=shutil.which("chromium"), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = context.new_page()
        start = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector(".geo-time")
        load = time.perf_counter() - start
        start = time.perf_counter()
        page.locator(".geo-time-slider").fill("10")
        page.locator(".geo-time-label").inner_text()
        step = time.perf_counter() - start
        start = time.perf_counter()
        page.get_by_label("Attacks", exact=False).uncheck()
        toggle = time.perf_counter() - start
        context.close()
    return load, step, toggle


def maps(tmp: Path, targets: list[int]) -> list[str]:
    lines = ["## `geo map` with many events", "",
             "Browser columns: headless chromium drawing the offline map, stepping the time control "
             "once, hiding one layer.", "",
             "| events | articles | seconds | HTML (MB) | peak memory (MiB) | browser: load (s) | step (s) | toggle (s) |",
             "|---|---|---|---|---|---|---|---|"]
    probe = tmp / "probe"
    write_corpus(100, probe, seed=7)
    per_article = count_events(probe) / 100
    for target in targets:
        n = max(1, round(target / per_article * 1.12))  # merging across articles trims about a tenth
        folder = tmp / f"map-corpus-{n}"
        write_corpus(n, folder, seed=7)
        html = tmp / f"map-{n}.html"
        seconds, peak = run(GEO + ["map", "--offline", "--seeds", str(folder), "--out", str(html)])
        load, step, toggle = in_browser(html)
        lines.append(f"| {count_events(folder):,} | {n:,} | {seconds:.1f} | {html.stat().st_size / 1e6:.1f} | {peak} | "
                     f"{load:.1f} | {step:.2f} | {toggle:.2f} |")
    return lines + [""]


def versus_flashgeotext(tmp: Path, sizes: list[int], times: int) -> list[str]:
    """The same job for both: start, load every name, find them in every article. geo spreads a
    big corpus over the cores as ``geo events`` does; it is also timed in one process."""
    lines = ["## Place finding against flashgeotext", "",
             "Whole process (`bench/find_places.py`): start Python, load the names (geo: the curated "
             "gazetteer and the offline index of 260,000 places: GeoNames towns and countries, airports; flashgeotext 0.5: its bundled cities "
             f"and countries), find them in every article. Median of {times} interleaved runs. "
             f"geo uses the machine's {os.cpu_count()} cores from {MIN_ITEMS} articles on, as `geo events` "
             "does; flashgeotext has one process (its API offers no other), and so has geo with `GEO_JOBS=1`.",
             "", "| articles | MB | geo (s) | geo, one process (s) | flashgeotext (s) | geo is | geo, one process, is "
             "| geo mentions | flashgeotext mentions |",
             "|---|---|---|---|---|---|---|---|---|"]
    script = str(ROOT / "bench" / "find_places.py")
    for n in sizes:
        folder = tmp / f"corpus-{n}"
        size = write_corpus(n, folder)
        geo, alone, flash = [], [], []
        for _ in range(times):
            geo.append(run([sys.executable, script, "geo", str(folder)])[0])
            alone.append(run([sys.executable, script, "geo", str(folder)], env={"GEO_JOBS": "1"})[0])
            flash.append(run([sys.executable, script, "flashgeotext", str(folder)])[0])
        geo_s, alone_s, flash_s = (statistics.median(x) for x in (geo, alone, flash))
        found = {tool: subprocess.run([sys.executable, script, tool, str(folder)], capture_output=True, text=True,
                                      check=True).stdout.strip() for tool in ("geo", "flashgeotext")}
        lines.append(f"| {n:,} | {size / 1e6:.1f} | {geo_s:.2f} | {alone_s:.2f} | {flash_s:.2f} | "
                     f"**{flash_s / geo_s:.1f}× as fast** | {flash_s / alone_s:.1f}× as fast | "
                     f"{int(found['geo']):,} | {int(found['flashgeotext']):,} |")
    return lines + [""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpora (a smoke test, not figures)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    args = parser.parse_args()
    sizes, targets, times = ([20, 100], [200], 2) if args.quick else ([100, 1000, 10000], [1000, 10000], 9)
    tmp = Path(tempfile.mkdtemp(prefix="geo-bench-"))
    try:
        # Byte-compile geo as a regular install would (an editable one under PYTHONDONTWRITEBYTECODE
        # would otherwise compile it again in every measured process), and warm the GeoNames index.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "geo")], check=True)
        subprocess.run(GEO + ["events", "--seeds", "seeds"], cwd=ROOT, capture_output=True, check=True)
        machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                   f"{platform.system()} {platform.release()}")
        lines = ["# Benchmark results", "", f"Machine: {machine}.", "",
                 "Command: `./dev bench` (`python bench/run.py`); corpus: `bench/corpus.py`, seed 2020.", ""]
        lines += startup(tmp, times)
        lines += throughput(tmp, sizes)
        lines += maps(tmp, targets)
        lines += versus_flashgeotext(tmp, sizes, times)
        text = "\n".join(lines)
        print(text)
        if not args.quick:
            args.out.write_text(text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
