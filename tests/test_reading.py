"""How geo reads real wire copy: datelines, undated reports, and the other habits of news
writing that issue 12 found geo stumbling on. Every sentence is written for these tests,
in other words and places than any article geo was measured on.

Articles are published Friday 2020-01-10 unless a test says otherwise.
"""

import datetime as dt

from typer.testing import CliRunner

from geo.cli import app

D = dt.date


def test_an_event_the_text_gives_no_date_for_is_dated_by_its_report(run):
    r = run("The Navy has sent two frigates to the eastern Mediterranean, officials said.", published=D(2021, 3, 10))
    (e,) = r.events
    assert (e.type, e.date, e.date_end, e.date_precision) == ("deployment", D(2021, 3, 3), D(2021, 3, 10), "reported")


def test_only_an_article_without_a_date_leaves_its_events_undated(run):
    r = run("The Navy has sent two frigates to the eastern Mediterranean, officials said.", published=None)
    (e,) = r.events
    assert (e.date, e.date_precision) == (None, "unknown")


def test_a_date_the_text_gives_wins_over_the_report(run):
    r = run("Militia drones hit the airport in Erbil on Tuesday. The drones caused no casualties, officials said.")
    (e,) = r.events
    assert (e.date, e.date_precision) == (D(2020, 1, 7), "day")


def test_the_table_says_a_reported_date_is_no_date_given(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("---\npublished: 2021-03-10\n---\n"
                                 "The Navy has sent two frigates to the eastern Mediterranean, officials said.\n")
    result = CliRunner().invoke(app, ["events", "--seeds", str(seeds)])
    assert result.exit_code == 0, result.output
    assert "reported 10 Mar 2021 (no date given)" in result.output


def test_a_dateline_is_where_the_report_was_filed_not_where_it_happened(run):
    r = run("TRIPOLI, Libya (AP) — Drones struck a militia depot near Misrata on Sunday, officials said.")
    (e,) = r.events
    assert (e.type, e.place.name, e.date) == ("strike", "Misratah", D(2020, 1, 5))


def test_a_dateline_without_a_date_never_becomes_a_destination(run):
    r = run("NORFOLK, Va. (Reuters) - Two destroyers have sailed for the eastern Mediterranean, the Navy said.")
    (e,) = r.events
    assert e.type == "deployment" and e.place.name != "Norfolk"
    assert e.origin is None or e.origin.name != "Norfolk"


def test_a_dateline_opening_a_later_paragraph_is_read_the_same_way(run):
    text = ("Tensions rose across the region this week.\n"
            "AMMAN, Jordan — Rockets landed inside a coalition base near Mosul on Wednesday.")
    (e,) = run(text).events
    assert (e.type, e.place.name, e.date) == ("attack", "Mosul", D(2020, 1, 8))
