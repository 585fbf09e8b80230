from __future__ import annotations

from datetime import datetime, timezone

import pytest

from storydiff.facts import (
    attribution_of,
    comparison_range,
    far_apart,
    reads_as_update,
    relate,
    subject_of,
)
from storydiff.quantities import extract_quantities


def q(text: str):
    """The first quantity in ``text``."""
    found = extract_quantities(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Six people were treated for minor injuries.", "people injured"),
        ("Two people died and at least 25 were injured.", "people killed"),
        # the participles of the events count too
        ("The gunman opened fire, killing at least 10 people.", "people killed"),
        ("The bomb went off, wounding 12 people.", "people injured"),
        ("Nearly 3,000 residents were evacuated overnight.", "people evacuated"),
        ("Turnout was 41%, down from 58%.", "% turnout"),
        ("Some 350 firefighters were deployed.", "firefighters deployed"),
        # troops called up are troops deployed, however the call is worded
        ("More than 17,000 National Guard troops have been activated.", "troops deployed"),
        ("An estimated 16,000 National Guard troops have been mobilized.", "troops deployed"),
        ("About 2,000 reservists were called up.", "reservists deployed"),
        ("The final bill for the bridge came to 330 million valors.", "valors cost"),
        # a bill in parliament is no cost
        ("The bill would extend health coverage to 3 million people.", "people"),
        # a people's nationals, however named
        ("At least nine Britons were among the dead.", "britons killed"),
        ("Seven British nationals died in the crash.", "britons killed"),
        ("Two Valdoran citizens were hurt.", "citizens injured"),  # no listed people
        # aircraft, however named
        ("Chinese airlines have 96 Boeing jets in service.", "aircraft"),
        ("About 60 of the planes have been delivered.", "aircraft"),
        # a sum is named by what it is for
        ("Democrats were seeking $75 billion for hospitals.", "usd for hospitals"),
        ("Trump wants $5.7 billion for a border wall.", "usd for wall"),
        # infections are cases
        ("The state reported 3,871 new COVID infections.", "cases"),
        # striking a deal is no strike
        ("They are close to striking a deal on a $500 billion package.", "usd package"),
        ("Some 1,200 dockworkers went on strike on Monday.", "workers on strike"),
        # an age is of the person the next words name: a boy's and a girl's are two slots
        # and a death with no killing is a death: its age and its day "died"
        ("The death of an 8-year-old Guatemalan boy prompted a review.", "age boy died"),
        ("It comes weeks after a 7-year-old girl died in custody.", "age girl died"),
        ("A 17-year-old boy was killed on Tuesday.", "age boy killed"),
        ("Barbara Bush died Tuesday night at age 92.", "date died"),
        ("Gunmen killed six people on Tuesday.", "people killed"),
        ("Six people died on Tuesday.", "people killed"),
        ("A 50-year-old officer was injured.", "age injured"),
    ],
)
def test_subject_is_unit_class_and_nearest_predicate(sentence, subject):
    assert subject_of(q(sentence), sentence) == subject


def test_predicate_after_a_clause_break_belongs_to_the_next_number():
    sentence = "Two people died and at least 25 were injured."
    second = extract_quantities(sentence)[1]
    assert subject_of(second, sentence) == "people injured"


def test_hedged_around_is_narrow_enough_to_conflict_with_a_close_exact_figure():
    assert relate(q("around 40 passengers"), q("37 passengers")) == "degree"


def test_dozens_and_at_least_25_are_compatible():
    assert relate(q("dozens injured"), q("at least 25 injured")) in {"compatible", "more_specific"}


def test_decimal_rounding_makes_a_precise_figure_more_specific():
    assert relate(q("1.9 billion valors"), q("1.87 billion valors")) == "more_specific"


def test_a_fraction_is_exact_to_its_denominator():
    assert relate(q("6-3/16 pct"), q("6-1/4 pct")) == "conflict"


def test_far_apart_figures_conflict():
    assert relate(q("310 million valors"), q("330 million valors")) == "conflict"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("more than 100 injured", "one injured"),
        ("$164 million", "more than $1 trillion"),
        ("4 valors", "240 million valors"),
    ],
)
def test_figures_more_than_three_times_apart_are_far_apart(a, b):
    assert far_apart(q(a), q(b))
    assert relate(q(a), q(b)) == "conflict"  # the diff decides, with the alignment


@pytest.mark.parametrize(
    ("a", "b"), [("two people", "seven people"), ("12 people", "7 people"), ("41%", "44%")]
)
def test_a_few_counted_twice_or_close_figures_are_not_far_apart(a, b):
    assert not far_apart(q(a), q(b))


def test_two_or_three_and_four_conflict():
    assert relate(q("two or three people"), q("four men")) == "conflict"


def test_equal_statements_agree():
    assert relate(q("41%"), q("41 per cent")) is None


def test_later_higher_running_total_is_an_update():
    early = datetime(2026, 4, 3, tzinfo=timezone.utc)
    late = datetime(2026, 4, 5, tzinfo=timezone.utc)
    two, three = q("Two people were killed"), q("three people were killed")
    assert (
        relate(two, three, subject="people killed", published_a=early, published_b=late) == "update"
    )
    assert (
        relate(three, two, subject="people killed", published_a=early, published_b=late)
        == "conflict"
    )


def test_figures_dated_by_the_day_of_writing_on_two_days_are_an_update():
    monday = datetime(1987, 3, 3, 11, 5, tzinfo=timezone.utc)
    tuesday = datetime(1987, 3, 4, 10, 51, tzinfo=timezone.utc)
    a, b = q("6.18 pct"), q("6.22 pct")
    assert relate(a, b, published_a=monday, published_b=tuesday, days_relative=True) == "update"
    # the same day, or words that do not date the figure: a conflict
    assert relate(a, b, published_a=monday, published_b=monday, days_relative=True) == "conflict"
    assert relate(a, b, published_a=monday, published_b=tuesday) == "conflict"


def test_update_wording_reads_as_update_without_dates():
    assert reads_as_update("A woman died, bringing the death toll to three.")
    two, three = q("Two people were killed"), q("three people were killed")
    assert relate(two, three, subject="people killed", update_b=True) == "update"
    assert relate(two, three, subject="people killed") == "conflict"


def test_open_range_is_infinite():
    low, high = comparison_range(q("at least 25 injured"))
    assert low == 25
    assert high == float("inf")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Five passengers were hurt, according to the coastguard.", "the coastguard"),
        ("Two people were killed, police said.", "police"),
        ("The bridge cost 310 million valors.", ""),
    ],
)
def test_attribution(sentence, who):
    assert attribution_of(sentence) == who


def test_scores_agree_only_when_both_figures_do():
    won = extract_quantities("They won 3-1.")[0]
    same = extract_quantities("A 3-1 win.")[0]
    other = extract_quantities("They won 3-2.")[0]
    assert relate(won, same) is None
    assert relate(won, other) == "conflict"
    assert subject_of(won, "They won 3-1.").startswith("score")


def test_a_result_told_from_either_side_is_the_same_score():
    won = extract_quantities("Ajax beat PSV 3-1.")[0]
    lost = extract_quantities("PSV lost 1-3 to Ajax.")[0]
    assert relate(won, lost) is None
