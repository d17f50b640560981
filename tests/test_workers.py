"""Spreading articles over processes changes nothing but the time it takes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from geo.articles import Skipped, load_articles
from geo.errors import ArticleError
from geo.pipeline import analyse, analyse_articles
from geo.workers import MIN_ITEMS, map_in_order

ROOT = Path(__file__).resolve().parent.parent
forks = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


@forks
def test_results_come_back_in_order_from_more_than_one_process():
    def slow_square(i):
        time.sleep(0.002)  # long enough that one process cannot take every chunk
        return i * i, os.getpid()

    items = list(range(MIN_ITEMS * 2))
    got = list(map_in_order(slow_square, items, processes=2))
    assert [square for square, _ in got] == [i * i for i in items]
    assert len({pid for _, pid in got}) == 2
    assert os.getpid() not in {pid for _, pid in got}


def test_small_runs_stay_in_this_process():
    got = list(map_in_order(lambda i: os.getpid(), list(range(MIN_ITEMS - 1)), processes=2))
    assert set(got) == {os.getpid()}


def test_geo_jobs_one_never_forks(monkeypatch):
    monkeypatch.setenv("GEO_JOBS", "1")
    got = list(map_in_order(lambda i: os.getpid(), list(range(MIN_ITEMS * 2))))
    assert set(got) == {os.getpid()}


@forks
def test_a_corpus_read_by_two_processes_gives_the_same_events_and_mentions(tmp_path, places, geonames, monkeypatch):
    write_corpus(MIN_ITEMS + 50, tmp_path, seed=11)
    articles, _ = load_articles(tmp_path)
    monkeypatch.setenv("GEO_JOBS", "2")
    spread = analyse_articles(articles, places, geonames)
    monkeypatch.setenv("GEO_JOBS", "1")
    alone = analyse_articles(articles, places, geonames)
    assert len(spread.events) > MIN_ITEMS
    assert spread.events == alone.events
    assert spread.mentions == alone.mentions


@forks
def test_a_folder_read_by_two_processes_reports_what_one_process_reports(tmp_path, geonames, monkeypatch):
    write_corpus(MIN_ITEMS + 50, tmp_path, seed=12)
    (tmp_path / "00100b.txt").write_bytes(b"")  # read by a worker, and skipped there
    gazetteer = ROOT / "gazetteer.csv"
    monkeypatch.setenv("GEO_JOBS", "2")
    spread = analyse(tmp_path, gazetteer, geonames)
    monkeypatch.setenv("GEO_JOBS", "1")
    alone = analyse(tmp_path, gazetteer, geonames)
    assert spread.skipped == alone.skipped == (Skipped("00100b.txt", "the file is empty"),)
    assert spread.articles == alone.articles
    assert spread.events == alone.events

    # A front-matter mistake found by a worker stops the run with the same one line.
    (tmp_path / "00200b.txt").write_text("---\npublished: 2020-02-30\n---\nRockets hit Taji.\n")
    monkeypatch.setenv("GEO_JOBS", "2")
    with pytest.raises(ArticleError, match=r"00200b\.txt:2: published '2020-02-30' is not a real date"):
        analyse(tmp_path, gazetteer, geonames)


@forks
def test_an_error_in_a_worker_is_raised_with_no_result_after_it_and_no_worker_is_left():
    def fragile(i):
        if i == MIN_ITEMS + 7:
            raise ValueError(f"item {i} is bad")
        return i

    got = []
    with pytest.raises(ValueError, match=f"item {MIN_ITEMS + 7} is bad"):
        got.extend(map_in_order(fragile, list(range(MIN_ITEMS * 3)), processes=2))  # keeps what came first
    assert got == list(range(len(got))) and len(got) <= MIN_ITEMS + 7  # in order, none after the bad one
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every worker was reaped


@forks
def test_a_run_stopped_early_leaves_no_worker_behind():
    results = map_in_order(lambda i: i, list(range(MIN_ITEMS * 3)), processes=2)
    assert next(results) == 0
    results.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
