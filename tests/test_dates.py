import datetime as dt

import pytest

from geo.dates import find_dates

FRIDAY = dt.date(2020, 1, 3)


@pytest.mark.parametrize("text, first, last, precision", [
    ("hit on Dec. 27", "2019-12-27", "2019-12-27", "day"),
    ("on Jan. 3, 2020", "2020-01-03", "2020-01-03", "day"),
    ("on 3 January 2020", "2020-01-03", "2020-01-03", "day"),
    ("on Thursday", "2020-01-02", "2020-01-02", "day"),
    ("late Saturday", "2019-12-28", "2019-12-28", "day"),
    ("Wednesday night", "2020-01-01", "2020-01-01", "day"),
    ("on Friday morning", "2020-01-03", "2020-01-03", "day"),
    ("last week", "2019-12-23", "2019-12-29", "week"),
    ("in December", "2019-12-01", "2019-12-31", "month"),
    ("in early December 2019", "2019-12-01", "2019-12-31", "month"),
    ("on New Year's Eve", "2019-12-31", "2019-12-31", "day"),
    ("in 2008", "2008-01-01", "2008-12-31", "year"),
    ("on Dec. 30 and 31, 2019", "2019-12-30", "2019-12-31", "day"),
    ("yesterday", "2020-01-02", "2020-01-02", "day"),
    ("a depot burned late last night", "2020-01-02", "2020-01-03", "day"),
    ("within the past 24 hours", "2020-01-02", "2020-01-03", "day"),
    ("over the last twenty-four hours", "2020-01-02", "2020-01-03", "day"),
    ("in recent hours", "2020-01-02", "2020-01-03", "day"),
    ("during the past 48 hours", "2020-01-01", "2020-01-03", "day"),
    ("the depot burned last month", "2019-12-01", "2019-12-31", "month"),
    # with no day told before it, "the previous night" is the report's eve
    ("the previous night, shells fell on the bridge", "2020-01-02", "2020-01-02", "day"),
    ("the batteries leave early next month", "2020-02-01", "2020-02-29", "month"),
    ("the group sails next week", "2020-01-06", "2020-01-12", "week"),
    ("a convoy due later this month", "2020-01-03", "2020-01-31", "month"),
    ("raids earlier this year", "2020-01-01", "2020-01-03", "year"),
    ("more troops in the coming days", "2020-01-03", "2020-01-10", "week"),
    ("a drone attack last year", "2019-01-01", "2019-12-31", "year"),
    ("jets hit the depot in the late afternoon", "2020-01-03", "2020-01-03", "day"),
    ("the brigade will deploy later this year", "2020-01-03", "2020-12-31", "year"),
])
def test_expressions_anchor_on_publication(text, first, last, precision):
    (d,) = find_dates(text, FRIDAY)
    assert (d.first.isoformat(), d.last.isoformat(), d.precision) == (first, last, precision)


def test_the_last_night_of_a_visit_is_no_day_relative_to_the_report():
    assert find_dates("on the last night of the drill", FRIDAY) == []
    assert find_dates("the last year of the war and the past month of talks", FRIDAY) == []
    assert find_dates("in its last month under U.S. command, on the Marines' last night there", FRIDAY) == []
    assert find_dates("The next month the brigade moved on", FRIDAY) == []


def test_relative_dates_need_an_anchor():
    assert find_dates("on Thursday, last week and in December", None) == []


def test_month_without_year_is_the_most_recent_one_before_publication():
    (d,) = find_dates("in March", dt.date(2021, 2, 1))
    assert d.first == dt.date(2020, 3, 1)


def test_the_following_year_counts_from_the_previous_date():
    (prev,) = find_dates("in 2007", FRIDAY)
    (d,) = find_dates("the following year", FRIDAY, previous=prev)
    assert d.first == dt.date(2008, 1, 1)


def test_words_that_look_like_dates_are_not():
    assert find_dates("He may go. The 2002 Authorization. Trump 2020 staffer.", FRIDAY) == []


def test_earlier_in_the_day_is_the_day_of_the_report_or_its_eve_just_told():
    saturday = dt.date(2024, 10, 26)
    [d] = find_dates("Earlier in the day, jets struck radar sites.", saturday)
    assert (d.first, d.last, d.precision) == (saturday, saturday, "day")
    [friday] = find_dates("Rockets hit the port on Friday night.", saturday)
    [d] = find_dates("Later in the day, jets struck radar sites.", saturday, previous=friday)
    assert d.first == d.last == dt.date(2024, 10, 25)
    # a day told further back is background; "earlier in the day" is still the report's
    [wednesday] = find_dates("The talks began on Wednesday.", saturday)
    [d] = find_dates("Earlier in the day, jets struck radar sites.", saturday, previous=wednesday)
    assert d.first == saturday


def test_a_time_of_day_alone_is_the_day_in_focus():
    wednesday = dt.date(2021, 6, 16)
    [d] = find_dates("Shortly after midnight, a mortar round fell near the gate.", wednesday)
    assert (d.first, d.last, d.precision) == (wednesday, wednesday, "day")
    [d] = find_dates("The guards heard the drone at about 2:40 a.m.", wednesday)
    assert d.first == wednesday
    [monday] = find_dates("Shelling resumed on Monday.", wednesday)
    [d] = find_dates("A pre-dawn raid then hit the depot.", wednesday, previous=monday)
    assert d.first == d.last == dt.date(2021, 6, 14)
    # the day named beside it says when
    [d] = find_dates("It began in the small hours of Sunday.", wednesday)
    assert d.first == dt.date(2021, 6, 13)
    # a month told last gives no day
    [june] = find_dates("In early June the convoys were hit twice.", wednesday)
    assert find_dates("Both times the attackers came at dusk.", wednesday, previous=june) == []


@pytest.mark.parametrize("text, day", [
    ("shells fell on the market overnight on Tuesday", dt.date(2019, 12, 31)),
    ("the convoy was ambushed overnight Tuesday", dt.date(2019, 12, 31)),
    ("drones circled the port overnight into Wednesday", dt.date(2020, 1, 1)),
])
def test_a_night_told_with_its_weekday_is_that_day_not_the_night_before_the_report(text, day):
    (d,) = find_dates(text, FRIDAY)  # one date: the night's own, no other for the night before the report
    assert (d.first, d.last) == (day, day), text
