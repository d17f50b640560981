"""The ``geo`` command line: a thin typer shell around ``geo.pipeline``.

Exit codes: 0 success, 1 bad input or data (one line naming the file, the line
and the fix), 2 usage errors (typer's own, and an inverted date window).
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from geo import types as types_registry
from geo.errors import GazetteerError, GeoError

app = typer.Typer(help="Turn news articles about a military crisis into a sourced, layered map.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
gazetteer_app = typer.Typer(help="Validate the curated gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


EventType = Enum("EventType", {name: name for name in types_registry.NAMES}, type=str)  # geo.types


class EventFormat(str, Enum):
    table = "table"
    csv = "csv"
    geojson = "geojson"
    gpkg = "gpkg"


class PlaceFormat(str, Enum):
    table = "table"
    csv = "csv"


Seeds = Annotated[Path, typer.Option("--seeds", help="Folder of .txt articles.")]
Gazetteer = Annotated[Path, typer.Option("--gazetteer", help="Curated gazetteer CSV.")]
Since = Annotated[Optional[dt.datetime], typer.Option(
    "--since", formats=["%Y-%m-%d"], help="Keep events on or after this day (YYYY-MM-DD).")]
Until = Annotated[Optional[dt.datetime], typer.Option(
    "--until", formats=["%Y-%m-%d"], help="Keep events on or before this day (YYYY-MM-DD).")]
Types = Annotated[Optional[list[EventType]], typer.Option(
    "--type", help="Event type to keep; repeat for several (default: all).")]


def _cell(value) -> str:
    """A table cell as text: pandas' NaN for a missing value prints as nothing."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(1)


def _window(since, until):
    s = since.date() if since else None
    u = until.date() if until else None
    if s and u and s > u:
        raise typer.BadParameter(f"--since {s} is after --until {u}; swap them", param_hint="'--since' / '--until'")
    return s, u


def _analyse(seeds: Path, gazetteer: Path):
    from geo.pipeline import analyse

    progress = _progress()
    try:
        with progress as bar:
            result = analyse(seeds, gazetteer, progress=bar)
    except GazetteerError as exc:
        _fail("\n".join(exc.problems[:20]) + (f"\n... and {len(exc.problems) - 20} more; run 'geo gazetteer check'"
                                              if len(exc.problems) > 20 else ""))
    except GeoError as exc:
        _fail(str(exc))
    for skipped in result.skipped:
        typer.echo(f"warning: {skipped}", err=True)
    return result


class _Quiet:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class _Bar:
    """A rich progress bar on a terminal; nothing at all when output is piped."""

    def __enter__(self):
        from rich.progress import Progress

        self._progress = Progress(transient=True)
        self._progress.__enter__()
        self._task = self._progress.add_task("reading articles", total=None)
        return self

    def __call__(self, article):
        self._progress.advance(self._task)

    def __exit__(self, *exc):
        return self._progress.__exit__(*exc)


def _progress():
    return _Bar() if sys.stderr.isatty() else _Quiet()


def _filtered(result, since, until, types):
    from geo.pipeline import window

    chosen = tuple(t.value for t in types) if types else tuple(e.value for e in EventType)
    kept = window(result.events, since, until, chosen)
    if kept.dropped:
        typer.echo(f"note: {kept.dropped} undated event(s) left out because a date window was given", err=True)
    return kept, chosen


@app.command("map")
def map_command(
    seeds: Seeds = Path("seeds"),
    gazetteer: Gazetteer = Path("gazetteer.csv"),
    since: Since = None,
    until: Until = None,
    type_: Types = None,
    out: Annotated[Path, typer.Option("--out", help="Where to write the HTML map.")] = Path("output/map.html"),
    offline: Annotated[bool, typer.Option("--offline", help="One self-contained file: inlined scripts, "
                                                            "bundled country outlines, no network at all.")] = False,
) -> None:
    """Write the interactive HTML map: one layer per event type."""
    from geo.atomic import write_text
    from geo.render import MapOptions, render_map

    since_d, until_d = _window(since, until)
    result = _analyse(seeds, gazetteer)
    kept, chosen = _filtered(result, since_d, until_d, type_)
    options = MapOptions(offline=offline, since=since_d, until=until_d, types=chosen,
                         articles=len(result.articles), undated_dropped=kept.dropped, outside=kept.outside)
    try:
        write_text(out, render_map(list(kept.events), options))
    except GeoError as exc:
        _fail(str(exc))
    counts = ", ".join(_count(sum(e.type == t for e in kept.events), t) for t in chosen)
    typer.echo(f"wrote {out}: {_count(len(kept.events), 'event')} ({counts})")


@app.command("events")
def events_command(
    seeds: Seeds = Path("seeds"),
    gazetteer: Gazetteer = Path("gazetteer.csv"),
    since: Since = None,
    until: Until = None,
    type_: Types = None,
    fmt: Annotated[EventFormat, typer.Option("--format", help="table, csv, geojson or gpkg.")] = EventFormat.table,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of standard output "
                                                              "(required for gpkg).")] = None,
) -> None:
    """Print or export the events (strikes, attacks, deployments)."""
    from geo import export

    since_d, until_d = _window(since, until)
    if fmt is EventFormat.gpkg and out is None:
        raise typer.BadParameter("a GeoPackage is a binary file; give --out events.gpkg", param_hint="'--out'")
    result = _analyse(seeds, gazetteer)
    kept, _ = _filtered(result, since_d, until_d, type_)
    events = list(kept.events)
    try:
        if fmt is EventFormat.table:
            _print_events(events)
        elif out is None:
            sys.stdout.write(export.geojson_text(events) if fmt is EventFormat.geojson else export.csv_text(events))
        else:
            export.write(events, fmt.value, out)
            typer.echo(f"wrote {out}: {len(events)} events", err=True)
    except GeoError as exc:
        _fail(str(exc))


def _print_events(events) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("date", "type", "status", "where", "summary", "sources", box=None, pad_edge=False)
    for e in events:
        date = _when(e)
        where = f"{e.origin.name} → {e.place.name}" if e.origin and e.place else (e.anchor.name if e.anchor else "")
        table.add_row(date, e.type, e.status, where, e.summary, str(len(e.sources)))
    Console(width=160 if not sys.stdout.isatty() else None).print(table)


def _when(e) -> str:
    """The table's date cell: "2020-01-02", "2019-12-01..2019-12-31", or, for an event its
    article gives no date for, "reported 8 Jan 2020 (no date given)"."""
    if e.date is None:
        return "undated"
    if e.date_precision == "reported":
        day = e.date_end or e.date
        return f"reported {day.day} {day:%b %Y} (no date given)"
    return e.date.isoformat() + (f"..{e.date_end.isoformat()}" if e.date_end and e.date_end != e.date else "")


@app.command("places")
def places_command(
    seeds: Seeds = Path("seeds"),
    gazetteer: Gazetteer = Path("gazetteer.csv"),
    fmt: Annotated[PlaceFormat, typer.Option("--format", help="table or csv.")] = PlaceFormat.table,
    unresolved: Annotated[bool, typer.Option("--unresolved", help="Only the mentions that did not resolve: "
                                                                  "what to add to the gazetteer.")] = False,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of standard output.")] = None,
) -> None:
    """List every place mention and how it resolved."""
    from geo.atomic import write_text
    from geo.frames import mentions_frame

    result = _analyse(seeds, gazetteer)
    frame = mentions_frame(list(result.mentions))
    if unresolved:
        frame = frame[~frame["resolved"]]
    if fmt is PlaceFormat.csv:
        text = frame.assign(resolved=frame["resolved"].map({True: "true", False: "false"})).to_csv(
            index=False, lineterminator="\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("article", "text", "offsets", "resolved to", "kind", "via", "reason", box=None, pad_edge=False)
        for r in frame.itertuples(index=False):
            table.add_row(r.article, r.text, f"{r.start}-{r.end}", _cell(r.name) or "-", _cell(r.kind), _cell(r.via),
                          _cell(r.reason))
        Console(width=200 if not sys.stdout.isatty() else None).print(table)
        return
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            write_text(out, text)
        except GeoError as exc:
            _fail(str(exc))


@gazetteer_app.command("check")
def gazetteer_check(gazetteer: Gazetteer = Path("gazetteer.csv")) -> None:
    """Validate the gazetteer and report every problem with its line."""
    from geo.gazetteer import check_gazetteer

    places, problems = check_gazetteer(gazetteer)
    if problems:
        for problem in problems:
            typer.echo(problem, err=True)
        typer.echo(f"{gazetteer}: {len(problems)} problem(s); fix them and run 'geo gazetteer check' again", err=True)
        raise typer.Exit(1)
    plural = {"site": "sites", "city": "cities", "region": "regions", "country": "countries"}
    kinds = ", ".join(f"{sum(p.kind == k for p in places)} {plural[k]}" for k in plural)
    typer.echo(f"{gazetteer}: {len(places)} places ({kinds}), no problems")


def main() -> None:  # pragma: no cover - the console script
    app()
if __name__ == "__main__":  # python -m geo.cli
    main()
