"""The whole path on the two seed articles: the events SPEC and the issues name."""

import datetime as dt

D = dt.date


def find(result, type_, place_id):
    hits = [e for e in result.events if e.type == type_ and e.place is not None and e.place.id == place_id]
    assert hits, f"no {type_} at {place_id}: {[(e.type, e.place and e.place.id) for e in result.events]}"
    return hits


def test_drone_strike_at_baghdad_airport(seeds_result):
    (e,) = find(seeds_result, "strike", "baghdad-airport")
    assert D(2020, 1, 2) <= e.date <= D(2020, 1, 3) and e.status == "confirmed"
    assert "Soleimani" in e.target
    # reported in both articles, many times: one event with every sentence as a source
    assert {s.article for s in e.sources} == {a.name for a in seeds_result.articles}
    assert len(e.sources) >= 8


def test_rocket_attack_on_k1(seeds_result):
    (e,) = find(seeds_result, "attack", "k1-air-base")
    assert (e.date, e.status, e.fatalities) == (D(2019, 12, 27), "confirmed", 1)


def test_strikes_on_kataib_hezbollah_dec_29(seeds_result):
    hits = [e for e in seeds_result.events if e.type == "strike" and e.date == D(2019, 12, 29)]
    (e,) = hits
    assert e.place.country == "IQ" and "Hezbollah" in e.target


def test_attack_on_the_embassy_dec_31(seeds_result):
    (e,) = find(seeds_result, "attack", "us-embassy-baghdad")
    assert e.date == D(2019, 12, 31)
    assert len({s.article for s in e.sources}) == 2


def test_unconfirmed_strike_near_taji(seeds_result):
    (e,) = find(seeds_result, "strike", "taji")
    assert e.status == "unconfirmed" and D(2020, 1, 3) <= e.date <= D(2020, 1, 4)
    assert e.place.country == "IQ"


def test_rocket_fire_on_baghdad_airport_on_thursday(seeds_result):
    (e,) = find(seeds_result, "attack", "baghdad-airport")
    assert e.date == D(2020, 1, 2)


def test_unconfirmed_strike_in_yemen(seeds_result):
    (e,) = find(seeds_result, "strike", "yemen")
    assert e.status == "unconfirmed"


def test_historical_killing_in_damascus_keeps_its_year(seeds_result):
    (e,) = find(seeds_result, "strike", "damascus")
    assert (e.date, e.date_precision) == (D(2008, 1, 1), "year")


def test_marines_from_kuwait_to_the_embassy(seeds_result):
    (e,) = find(seeds_result, "deployment", "us-embassy-baghdad")
    assert e.origin.id == "kuwait" and not e.origin_inferred


def test_173rd_on_alert_from_italy_for_lebanon(seeds_result):
    (e,) = find(seeds_result, "deployment", "lebanon")
    assert (e.origin.id, e.status) == ("italy", "planned")


def test_82nd_airborne_from_its_home_station(seeds_result):
    (e,) = [e for e in seeds_result.events if "82nd" in e.unit]
    assert (e.origin.id, e.origin_inferred, e.place.id) == ("fort-bragg", True, "middle-east")


def test_special_operations_forces_from_europe(seeds_result):
    (e,) = [e for e in seeds_result.events if e.origin is not None and e.origin.id == "europe"]
    assert e.place.id == "middle-east"


def test_bataan_leaves_the_exercise_off_morocco(seeds_result):
    (e,) = [e for e in seeds_result.events if "Bataan" in e.unit]
    assert e.origin.id == "morocco"


def test_no_event_from_negated_or_vetoed_actions(seeds_result):
    sentences = [s.sentence for e in seeds_result.events for s in e.sources]
    assert not any("opted not to strike" in s for s in sentences)
    assert not any("vetoed a proposal" in s for s in sentences)
    assert not any("threatened to conduct more strikes" in s for s in sentences)
    assert not any(e.date and e.date.year == 2007 for e in seeds_result.events)


def test_every_source_quotes_its_article_exactly(seeds_result):
    texts = {a.name: a.text for a in seeds_result.articles}
    for e in seeds_result.events:
        for s in e.sources:
            assert texts[s.article][s.start:s.end] == s.sentence
