"""A real browser (Debian's chromium, driven by Playwright) opens the offline maps."""

import datetime as dt
import shutil

import pytest

from geo.articles import Article
from geo.pipeline import analyse_articles
from geo.render import MapOptions, render_map

from .test_map import PAYLOADS

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium not found: run the tests with ./dev test, which installs Debian's chromium")
    with sync_playwright() as p:
        profile = tmp_path_factory.mktemp("chromium-profile")
        context = p.chromium.launch_persistent_context(str(profile), executable_path=chromium, args=FLAGS,
                                                       headless=True, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


class Page:
    """A page with every console error and every network request recorded."""

    def __init__(self, context, path):
        self.errors, self.requests = [], []
        self.page = context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(".geo-time")

    def count(self, selector):
        return self.page.locator(selector).count()

    @property
    def network(self):
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:"))]


@pytest.fixture(scope="module")
def seed_map(seeds_result, tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "map.html"
    path.write_text(render_map(list(seeds_result.events), MapOptions(offline=True, articles=2)), encoding="utf-8")
    return path


def test_offline_seed_map_draws_every_layer(browser, seed_map, seeds_result):
    page = Page(browser, seed_map)
    moves = sum(e.type == "deployment" and e.origin is not None and e.place is not None for e in seeds_result.events)
    assert page.count("path.geo-line") == moves
    assert page.count(".geo-arrow") == moves
    for type_ in ("strike", "attack"):
        assert page.count(f".geo-icon.geo-{type_}, .geo-cluster-{type_}") + page.count("path.geo-area") > 0
    assert page.count("path.geo-area") > 0  # country-level events drawn as areas, not pins
    assert page.errors == [] and page.network == []


def test_layers_toggle_off_and_on(browser, seed_map):
    page = Page(browser, seed_map)
    lines = page.count("path.geo-line")
    toggle = page.page.get_by_label("Deployments", exact=False)
    toggle.uncheck()
    assert page.count("path.geo-line") == 0
    toggle.check()
    assert page.count("path.geo-line") == lines
    assert page.errors == []


def test_time_control_steps_through_the_days(browser, seed_map):
    page = Page(browser, seed_map)
    slider = page.page.locator(".geo-time-slider")
    everything = page.count("path.geo-line") + page.count(".geo-icon") + page.count(".geo-cluster")
    slider.fill("0")
    label = page.page.locator(".geo-time-label").inner_text()
    assert label == "Through 27 Dec 2019"
    first_day = page.count("path.geo-line") + page.count(".geo-icon") + page.count(".geo-cluster")
    assert 0 < first_day < everything
    page.page.locator("#geo-keep").uncheck()
    slider.fill("1")
    assert page.page.locator(".geo-time-label").inner_text() == "On 28 Dec 2019"
    assert page.errors == [] and page.network == []


def test_popup_quotes_its_sources(browser, seed_map):
    page = Page(browser, seed_map)
    page.page.locator(".geo-arrow").first.dispatch_event("click")
    popup = page.page.locator(".geo-popup")
    popup.wait_for()
    assert popup.locator(".geo-sources li").count() >= 1
    assert popup.locator("cite").first.inner_text()


def test_injected_article_text_stays_text(browser, places, geonames, tmp_path):
    text = f"Militants fired rockets at the U.S. embassy in Baghdad on Monday. {PAYLOADS}"
    article = Article("evil.txt", f"Title {PAYLOADS}", text, dt.date(2020, 1, 10), "front matter")
    result = analyse_articles([article], places, geonames)
    path = tmp_path / "evil.html"
    path.write_text(render_map(list(result.events), MapOptions(offline=True)), encoding="utf-8")
    page = Page(browser, path)
    # (dispatched: a real click can land on a panel that overlaps the marker while the map settles)
    page.page.locator(".geo-icon").first.dispatch_event("click")
    popup = page.page.locator(".geo-popup")
    popup.wait_for()
    assert "<img src=x" in popup.inner_text()
    assert page.page.evaluate("window.__pwned") is None
    assert page.count(".geo-popup img") == 0
    assert page.errors == [] and page.network == []


def test_a_headline_source_is_shown_once_as_its_title(browser, places, geonames, tmp_path):
    from geo.articles import parse_article
    text = ("---\ntitle: Israeli aircraft hit a Hezbollah arms store in Tyre\npublished: 2024-05-11\n---\n"
            "The raid set off secondary blasts for an hour, residents said.\n")
    result = analyse_articles([parse_article("tyre.txt", text)], places, geonames)
    path = tmp_path / "headline.html"
    path.write_text(render_map(list(result.events), MapOptions(offline=True)), encoding="utf-8")
    page = Page(browser, path)
    page.page.locator(".geo-icon").first.dispatch_event("click")
    popup = page.page.locator(".geo-popup")
    popup.wait_for()
    assert popup.locator(".geo-sources li").count() == 2
    assert popup.locator(".geo-sources q").count() == 1  # the body's sentence; the headline is the title
    assert popup.locator(".geo-headline").count() == 1
    assert page.errors == [] and page.network == []
