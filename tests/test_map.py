"""The map by what it contains: layers, counts, data, escaping, determinism."""

import datetime as dt
import json
import re

import pytest

from geo.articles import Article
from geo.pipeline import analyse_articles
from geo.render import MapOptions, render_map

PAYLOADS = ('</script><script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> '
            '`${window.__pwned=3}` \\u003c\\\\ {{7*7}} {% if 1 %}x{% endif %} {# c #}')


@pytest.fixture(scope="module")
def seed_html(seeds_result):
    return render_map(list(seeds_result.events), MapOptions(offline=True, articles=2))


def embedded_data(html):
    start = html.index('<script type="application/json" id="geo-data">') + len('<script type="application/json" id="geo-data">')
    return json.JSONDecoder().raw_decode(html[start:])[0]


def panels(html):
    return [json.loads(m) for m in re.findall(r'div\.innerHTML = (".*?");\n', html)]


def test_one_layer_per_type_named_with_its_count(seed_html, seeds_result):
    for label, type_ in (("Strikes", "strike"), ("Attacks", "attack"), ("Deployments", "deployment")):
        n = sum(e.type == type_ for e in seeds_result.events)
        assert f'"{label} ({n})"' in seed_html


def test_data_carries_coordinates_and_sources(seed_html):
    data = embedded_data(seed_html)
    strikes = [f["properties"] for f in data["layers"]["strike"]["features"]]
    biap = next(p for p in strikes if p["place"] == "Baghdad International Airport")
    assert (round(biap["lat"], 2), round(biap["lon"], 2)) == (33.26, 44.23)
    assert any("Soleimani" in s["sentence"] for s in biap["sources"])
    moves = [f["properties"] for f in data["layers"]["deployment"]["features"]]
    italy = next(p for p in moves if p["origin"] == "Italy")
    assert (italy["destination"], italy["status"]) == ("Lebanon", "planned")


def test_offline_map_fetches_nothing(seed_html):
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?//""", seed_html)
    assert not re.search(r"""url\(["']?(?:https?:)?//""", seed_html)
    assert "L.Map" in seed_html or "leaflet" in seed_html.lower()
    assert embedded_data(seed_html)["outlines"]["type"] == "FeatureCollection"


def test_online_map_uses_a_tile_basemap(seeds_result):
    html = render_map(list(seeds_result.events), MapOptions(offline=False, articles=2))
    assert "server.arcgisonline.com" in html and embedded_data(html)["outlines"] is None


def test_two_builds_are_byte_identical(seeds_result):
    one = render_map(list(seeds_result.events), MapOptions(offline=True, articles=2))
    two = render_map(list(seeds_result.events), MapOptions(offline=True, articles=2))
    assert one == two


def test_title_panel_states_the_window_and_count(seeds_result):
    html = render_map([], MapOptions(offline=True, since=dt.date(2019, 12, 27), until=dt.date(2019, 12, 31),
                                     undated_dropped=3))
    (panel,) = [p for p in panels(html) if p.startswith("<h1>")]
    assert "27 Dec 2019 – 31 Dec 2019" in panel and "0 events shown" in panel
    assert "3 undated events left out by the window" in panel


def test_article_text_cannot_inject_markup(places, geonames):
    text = f"Militants fired rockets at the U.S. embassy in Baghdad on Monday. {PAYLOADS}"
    article = Article("evil.txt", f"Title {PAYLOADS}", text, dt.date(2020, 1, 10), "front matter")
    result = analyse_articles([article], places, geonames)
    assert result.events
    html = render_map(list(result.events), MapOptions(offline=True))
    assert "window.__pwned" in html  # the text is there ...
    assert "<script>window.__pwned" not in html and "<img src=x" not in html  # ... but never as markup
    data = embedded_data(html)
    (feature,) = data["layers"]["attack"]["features"]
    assert feature["properties"]["sources"][0]["title"] == f"Title {PAYLOADS}"
