"""Shared fixtures: the real gazetteer, a ten-row one, and the GeoNames index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.articles import Article
from geo.gazetteer import load_gazetteer
from geo.geonames import GeoNames
from geo.pipeline import analyse_articles

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def places():
    return load_gazetteer(ROOT / "gazetteer.csv")


@pytest.fixture(scope="session")
def small_places():
    return load_gazetteer(FIXTURES / "gazetteer_small.csv")


@pytest.fixture(scope="session")
def geonames():
    return GeoNames()


@pytest.fixture(scope="session")
def seeds_result(places, geonames):
    from geo.articles import load_articles

    articles, _ = load_articles(ROOT / "seeds")
    return analyse_articles(articles, places, geonames)


@pytest.fixture
def run(places, geonames):
    """Analyse text written for the test, as an article published on 2020-01-10 (a Friday)."""

    def _run(text: str, published: dt.date | None = dt.date(2020, 1, 10), name: str = "t.txt"):
        article = Article(name=name, title="Test", text=text, published=published,
                          published_from="front matter")
        return analyse_articles([article], places, geonames)

    return _run


@pytest.fixture
def run_articles(places, geonames):
    """Analyse several articles written for the test, named a.txt, b.txt, ... in order, each given
    as (text, publication date)."""

    def _run(*texts: tuple[str, dt.date]):
        articles = [Article(name=f"{chr(97 + i)}.txt", title="Test", text=text, published=published,
                            published_from="front matter") for i, (text, published) in enumerate(texts)]
        return analyse_articles(articles, places, geonames)

    return _run
