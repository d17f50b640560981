import io

import pytest

from geo.errors import GazetteerError
from geo.gazetteer import check_gazetteer, read_gazetteer

HEADER = "id,name,aliases,kind,lat,lon,country,radius_km,source\n"
GOOD = "k1,K-1 Air Base,K-1 base,site,35.5,44.28,IQ,3,Wikipedia\n"


def problems(text):
    with pytest.raises(GazetteerError) as info:
        read_gazetteer(io.StringIO(text), "g.csv")
    return info.value.problems


def test_project_gazetteer_is_valid_and_every_row_has_a_source(places):
    assert len(places) > 150
    assert all(p.source for p in places)
    assert len({p.id for p in places}) == len(places)


def test_project_gazetteer_covers_the_seed_places(places):
    ids = {p.id for p in places}
    for needed in ("baghdad-airport", "k1-air-base", "us-embassy-baghdad", "taji", "kuwait", "italy", "lebanon",
                   "morocco", "fort-bragg", "caserma-ederle", "middle-east", "europe", "persian-gulf", "yemen",
                   "damascus", "al-asad", "camp-arifjan", "al-udeid", "incirlik", "muwaffaq-salti"):
        assert needed in ids


def test_each_mistake_names_line_value_and_fix():
    text = HEADER + GOOD + \
        "k1,Dup,,site,35,44,IQ,3,x\n" \
        "bad lat,Place,,city,95.5,44,IQ,3,x\n" \
        "r,Radius,,city,30,44,IQ,wide,x\n" \
        "k,Kind,,town,30,44,IQ,3,x\n" \
        "c,Country,,city,30,44,Iraq,3,x\n" \
        "s,NoSource,,city,30,44,IQ,3,\n"
    got = problems(text)
    assert "g.csv:3: duplicate id 'k1' (first on line 2); give each row its own id" in got
    assert "g.csv:4: lat '95.5' is out of range -90..90; fix the coordinate" in got
    assert "g.csv:4: id 'bad lat' must be a slug of lower-case letters, digits and hyphens" in got
    assert "g.csv:5: radius_km 'wide' is not a number; write kilometres" in got
    assert "g.csv:6: kind 'town' is not one of site, city, region, country" in got
    assert "g.csv:7: country 'Iraq' is not an ISO 3166-1 alpha-2 code such as IQ" in got
    assert "g.csv:8: source is empty; say where the coordinates come from" in got


def test_misnamed_column_is_reported_on_the_header_line():
    (got,) = problems(HEADER.replace("lat,", "latitude,") + GOOD)
    assert got.startswith("g.csv:1: missing column(s) lat (found unknown column(s) 'latitude')")


def test_check_reports_a_missing_file(tmp_path):
    places, found = check_gazetteer(tmp_path / "none.csv")
    assert places == [] and "gazetteer not found" in found[0]


def test_every_country_is_pinned_inside_its_own_outline(places):
    """A country-level mention must never be drawn outside the country."""
    import json
    from importlib import resources

    import shapely

    outlines = json.loads((resources.files("geo") / "data" / "countries.geojson").read_text())
    shapes = {f["properties"]["iso_a2"]: shapely.geometry.shape(f["geometry"]) for f in outlines["features"]}
    checked = 0
    for p in places:
        if p.kind == "country" and p.country in shapes:
            # 0.2 degrees of slack for coastlines simplified at 1:110m (Bahrain, Qatar)
            assert shapes[p.country].buffer(0.2).contains(shapely.Point(p.lon, p.lat)), p.id
            checked += 1
    assert checked >= 25


def test_coordinates_in_degrees_minutes_seconds_are_read():
    row = "biap,Baghdad International Airport,,site,33°15′45″N,44°14′05″E,IQ,4,Wikipedia\n"
    (place,) = read_gazetteer(io.StringIO(HEADER + row), "g.csv")
    assert (round(place.lat, 4), round(place.lon, 4)) == (33.2625, 44.2347)


def test_distances_agree_with_geopy(places):
    from geopy.distance import great_circle

    from geo.gazetteer import distance_km

    by_id = {p.id: p for p in places}
    for a, b in (("baghdad", "baghdad-airport"), ("fort-bragg", "kuwait"), ("taji", "camp-taji")):
        pa, pb = by_id[a], by_id[b]
        assert abs(distance_km(pa, pb) - great_circle((pa.lat, pa.lon), (pb.lat, pb.lon)).km) < 1e-3  # metres
