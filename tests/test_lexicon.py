"""The vocabulary as data (geo.extract.lexicon): every row's forms are generated, and every row
holds the phrase that motivated it."""

import re

import pytest

from geo.extract import cues, lexicon

TABLES = {"MOVEMENT": cues.MOVEMENT, "STRIKE": cues.KINETIC, "ATTACK": cues.KINETIC, "KILL": cues.KINETIC, "HIT_TARGET": cues.KINETIC, "GROUND_WEAPON": cues.KINETIC, "SHIPPING": cues.SHIPPING,
          "FORCE": cues.FORCE}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_row_is_read_in_its_own_example(table):
    pattern = TABLES[table]
    for word, kind, example in getattr(lexicon, table):
        assert example, f"{table}: {word!r} has no example"
        written = lexicon.words_of([(word, kind, example)])
        assert any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", example, re.I) for w in written), (table, word)
        assert pattern.search(example), (table, word, example)


def test_verbs_are_inflected_by_rule_and_by_table():
    assert lexicon.forms("arrive") == ("arrive", "arrives", "arrived", "arriving")
    assert lexicon.forms("dispatch", "s ed") == ("dispatches", "dispatched")
    assert lexicon.forms("fly", "ed") == ("flew", "flown")
    assert lexicon.forms("head for", "ed ing") == ("headed for", "heading for")


def test_a_move_told_as_touching_down_or_passing_through(run):
    r = run("Four F-15E jets touched down at Prince Sultan Air Base on Tuesday. "
            "On Wednesday the amphibious group passed through the Bab el-Mandeb into the Gulf of Aden.")
    assert sorted((e.type, e.place.name) for e in r.events) == [
        ("deployment", "Gulf of Aden"), ("deployment", "Prince Sultan Air Base")]


def test_every_navy_prefix_names_a_force_in_its_example_and_only_in_capitals():
    for prefix, _navy, example in lexicon.NAVY_PREFIX:
        ship = " ".join(example.split()[:2])  # "HMS Diamond"
        assert ship.startswith(prefix + " ") and cues.FORCE.fullmatch(ship), prefix
    assert not cues.FORCE.search("its tankers")
    assert not cues.FORCE.search("FS and HS are abbreviations")  # a prefix needs a name after it


def test_a_truck_bomb_is_an_attack(run):
    (e,) = run("A truck bomb exploded at the gate of the coalition base near Hit on Wednesday.").events
    assert e.type == "attack"


def test_every_war_is_between_states_the_table_names_in_its_examples():
    named = {code: words.split("|") for code, words, _example in lexicon.WAR_STATES}
    for code, words, example in lexicon.WAR_STATES:
        assert any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", example) for w in words.split("|")), code
    for partner, foe, example in lexicon.WARS:
        assert partner in named and foe in named and partner != foe, (partner, foe)
        assert any(w in example for w in named[foe]), (partner, foe, example)
