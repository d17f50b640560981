"""The headline is read like the article's first sentence (SPEC §1): the event it reports is the
event the body reports, and it says what the body leaves out."""

import datetime as dt

from geo.articles import parse_article
from geo.pipeline import analyse_articles


def _events(places, geonames, title: str, body: str, name: str = "t.txt"):
    text = f"---\ntitle: {title}\npublished: 2024-05-10\n---\n{body}\n" if title else body
    return analyse_articles([parse_article(name, text)], places, geonames).events


def test_a_headline_gives_the_destination_a_departure_in_the_body_leaves_out(places, geonames):
    (event,) = _events(places, geonames, "Spanish frigate on its way to the EU naval mission in the Red Sea",
                       "The frigate Navarra left its home port of Ferrol on Tuesday with 180 crew aboard, the "
                       "ministry said.")
    assert (event.type, event.destination.name, event.origin.name, event.date) == (
        "deployment", "Red Sea", "Ferrol", dt.date(2024, 5, 7))
    assert [(s.sentence[:15], s.start, s.end) for s in event.sources] == [
        ("Spanish frigate", 0, 0), ("The frigate Nav", 0, 100)]


def test_a_headline_places_an_act_the_body_tells_without_a_place(places, geonames):
    (event,) = _events(places, geonames, "Israeli aircraft hit a Hezbollah arms store in Tyre",
                       "The raid set off secondary blasts for an hour, residents said.")
    assert (event.type, event.place.name, event.date_precision) == ("strike", "Tyre", "reported")
    assert len(event.sources) == 2


def test_a_headline_that_restates_the_body_is_one_more_source_not_another_event(places, geonames):
    (event,) = _events(places, geonames, "Drones target U.S. base in eastern Syria",
                       "Two drones struck the Green Village base near the Omar field on Sunday, a coalition "
                       "official said.")
    assert (event.type, event.date) == ("attack", dt.date(2024, 5, 5))
    assert event.sources[0].sentence == "Drones target U.S. base in eastern Syria"


def test_a_town_in_a_headline_capitalised_word_by_word_is_read_only_if_the_body_names_it(places, geonames):
    quiet = "The shelling went on through the night, a local official said."
    assert _events(places, geonames, "Rebels Fire Rockets At Army Posts Near Marib", quiet) == ()
    (event,) = _events(places, geonames, "Rebels fire rockets at army posts near Marib", quiet)
    assert event.place.name == "Ma'rib"


def test_a_title_made_from_the_file_name_is_no_headline(places, geonames):
    assert _events(places, geonames, "", "Residents said the night was quiet.",
                   name="2024-05-10-jets-strike-tyre.txt") == ()


def test_a_headline_capitalised_word_by_word_is_read_with_only_its_names_capitalised(places, geonames):
    (event,) = _events(places, geonames, "Britain Sends Two Minesweepers To Bahrain",
                       "Officials said the crews had trained for months.")
    assert (event.type, event.destination.name, event.summary) == (
        "deployment", "Bahrain", "Minesweepers moved to Bahrain")
    assert event.sources[0].sentence == "Britain Sends Two Minesweepers To Bahrain"


def test_a_headline_act_answering_another_joins_the_body_report_at_its_place(places, geonames):
    events = _events(places, geonames, "Coalition Jets Pound Militia In Response To K-1 Base Rocket Attack",
                     "Coalition jets struck militia positions in Iraq on Wednesday, the coalition said. The raids were "
                     "a response to a rocket attack on the K-1 base near Kirkuk on Monday.")
    assert sorted((e.type, e.place.name, e.date) for e in events) == [
        ("attack", "K-1 Air Base", dt.date(2024, 5, 6)), ("strike", "Iraq", dt.date(2024, 5, 8))]


def test_a_headline_capitalised_by_an_archive_keeps_the_us_and_its_target_s_capitals(places, geonames):
    (event,) = _events(places, geonames, "U.s. Jets Pound Radar Sites Near Mosul",
                       "The raid came shortly after dawn on Thursday, the Pentagon said.")
    assert event.summary == "Strike by U.S. at Mosul"
    (event,) = _events(places, geonames, "U.s. Missiles Hit Tikrit", "The missiles came before dawn, officials said.")
    assert event.summary == "Strike by U.S. on Tikrit"
