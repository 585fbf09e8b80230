from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storydiff
from storydiff.diff import DiffOptions, diff_story
from storydiff.errors import ConfigError
from storydiff.models import Article
from storydiff.render.report_json import report_from_dict, report_to_json

from .conftest import DEMO

WIRE = (
    "A passenger ferry ran aground off Port Ella on Saturday, and around 40 passengers were "
    "taken off by lifeboat, the coastguard said.\n\n"
    '"The crew did exactly what they were trained to do," Commander Lena Haxby said.\n\n'
    "Six people were treated for minor injuries.\n\n"
    "The company cancelled its Sunday sailings."
)
COPY = WIRE.replace("did exactly what", "did what").replace(
    "The company cancelled its Sunday sailings.", "The ferry was built in 1998."
)
OWN = (
    "Morrow was one of 37 passengers aboard the ferry when it ran aground off Port Ella.\n\n"
    "Five passengers were hurt, according to the hospital.\n\n"
    '"They kept their heads," said Lena Haxby, the coastguard commander.'
)


def versions() -> list[Article]:
    return [
        Article(id="wire", text=WIRE),
        Article(id="copy", text=COPY),
        Article(id="own", text=OWN),
    ]


def test_unique_sentence_is_an_add_of_its_version_only():
    report = diff_story(versions())
    added = [p.text for p in report.adds["copy"]]
    assert added == ["The ferry was built in 1998."]
    assert all(p.text != "The ferry was built in 1998." for p in report.adds["wire"])


def test_all_rule_omits_only_what_every_other_version_has():
    report = diff_story(versions())
    # "Six people were treated..." is in wire and copy, not in own: omitted by own
    assert any("Six people" in p.text for p in report.omits["own"])
    assert report.omits["wire"] == ()


QUOTED = (
    "Harbourmaster Ann Lee spoke to reporters on Monday.\n\n"
    '"What the council wants is a cheaper wall, so it is ignoring a storm that everybody saw '
    'coming," Lee said of the vote.'
)
RETOLD = (
    "Harbourmaster Ann Lee spoke to reporters on Monday.\n\n"
    "Lee accused the council of cutting corners.\n\n"
    "Visibly angry, Lee later told a packed hall in the old fish market that the town's "
    'elected members were "ignoring a storm that everybody saw coming" and walked out before '
    "the budget debate."
)
SILENT = "Harbourmaster Ann Lee spoke to reporters on Monday.\n\nThe vote was 5-4."


def test_a_sentence_made_of_a_quote_another_version_prints_is_no_addition():
    report = diff_story([Article(id="a", text=QUOTED), Article(id="b", text=RETOLD)])
    assert not any("storm" in p.text for p in report.adds["a"])
    # b's sentence tells more than the quote (the hall, the walkout): still b's own
    assert any("walked out" in p.text for p in report.adds["b"])


def test_a_version_printing_a_sentences_quote_does_not_omit_it():
    report = diff_story(
        [
            Article(id="a", text=QUOTED),
            Article(id="b", text=RETOLD),
            Article(id="c", text=SILENT),
        ]
    )
    assert not any("storm" in p.text for p in report.omits["b"])
    assert not any("storm" in p.text for p in report.omits["a"])
    # omitted once, though two rows print the quote
    assert [p.carried_by for p in report.omits["c"] if "storm" in p.text] == [("a", "b")]


def test_a_short_quoted_phrase_carries_no_sentence_into_another_version():
    a = Article(
        id="a", text='Lee called the wall a "bold bet" on Monday, to cheers from the crowd.'
    )
    b = Article(id="b", text='Critics said the "bold bet" would cost the town dearly next year.')
    report = diff_story([a, b])
    assert [len(report.adds[v]) for v in ("a", "b")] == [1, 1]


def test_base_rule_compares_with_the_base_only():
    report = diff_story(versions(), options=DiffOptions(rule="base", base="wire"))
    assert [p.text for p in report.omits["copy"]] == ["The company cancelled its Sunday sailings."]
    assert report.adds["wire"] == ()


def test_base_rule_needs_a_base():
    with pytest.raises(ConfigError, match="'base' parameter"):
        DiffOptions(rule="base")


def test_unknown_base_names_the_versions():
    with pytest.raises(ConfigError, match="one of the versions"):
        diff_story(versions(), options=DiffOptions(base="nope"))


def test_a_story_passed_whole_instead_of_its_id_is_a_clear_error():
    from storydiff import cluster

    story = cluster(versions()).stories[0]
    with pytest.raises(ConfigError, match=r"'story' parameter .* Story\.id"):
        diff_story(versions(), story=story)  # type: ignore[arg-type]
    assert diff_story(versions(), story=story.id).story == story.id


def test_altered_quote_is_flagged_with_both_wordings():
    report = diff_story(versions())
    crew = next(q for q in report.quotes if "trained to do" in q.text)
    assert crew.altered
    assert set(crew.versions) == {"wire", "copy"}
    wordings = {v.version: v.text for v in crew.variants}
    assert "exactly" in wordings["wire"]
    assert "exactly" not in wordings["copy"]
    assert any("exactly" in note for note in crew.alterations)


def test_a_quote_a_page_repeats_is_listed_once_for_that_version():
    said = '"It is like being stalked by a turtle," agency director Jeff Barrow said.'
    repeated = Article(
        id="repeats",
        text=f"The storm crawled inland on Saturday.\n\n{said}\n\nRain fell.\n\n{said}",
    )
    other = Article(id="other", text="The storm moved inland on Saturday.\n\nRain fell.")
    report = diff_story([repeated, other])
    turtle = [q for q in report.quotes if "turtle" in q.text]
    assert len(turtle) == 1
    assert turtle[0].versions == ("repeats",)
    assert not turtle[0].altered
    # a pull quote with no speaker and the same words with one: once, with the speaker
    pull = '"Nobody is above the law."'
    named = '"Nobody is above the law," Mayor Ann Lee said.'
    page = Article(id="page", text=f"The storm crawled inland.\n\n{pull}\n\nIt rained.\n\n{named}")
    law = [q for q in diff_story([page, other]).quotes if "above the law" in q.text]
    assert [(q.versions, q.speaker) for q in law] == [(("page",), "Ann Lee")]


def test_a_name_written_in_a_version_whose_reading_missed_it_is_named_there_too():
    a = Article(id="a", text="Coastguard chief Ana Brel said nobody was hurt on the ferry.")
    b = Article(id="b", text="Nobody was hurt on the ferry. Ask Ana Brel about the tide.")
    c = Article(id="c", text="Nobody was hurt. The Washington Post reported it first.")
    d = Article(id="d", text="Nobody was hurt, officials in Washington said.")
    report = diff_story([a, b, c, d])
    brel = next(f for f in report.facts if f.text == "Ana Brel")
    assert brel.versions == ("a", "b")
    at = next(m for m in brel.mentions if m.version == "b")
    assert b.text[at.start : at.end] == "Ana Brel"
    washington = next(f for f in report.facts if f.text == "Washington")
    assert washington.versions == ("d",)  # "Washington Post" is another name
    york = [
        Article(id="e", text="The New York senator said nobody was hurt."),
        Article(id="f", text="Nobody was hurt, according to the New York Times."),
    ]
    new_york = [f.versions for f in diff_story(york).facts if f.text == "New York"]
    assert new_york == [("e",)]  # not inside "the New York Times"


def test_quotes_that_only_share_scattered_words_are_not_one_quote():
    first = Article(
        id="a",
        text=(
            '"He should very seriously consider what course would be in the best interest of our '
            'country," Romney said.\n\nThe senators said his presence does not serve "the '
            'national interest."\n\nAkin said: "It was a prank and nothing more."'
        ),
    )
    second = Article(
        id="b",
        text=(
            'Romney said: "He should very seriously consider what course would be in the best '
            'interest of our country."\n\nAkin called it a "prank."'
        ),
    )
    groups = {q.text.rstrip(".,"): set(q.versions) for q in diff_story([first, second]).quotes}
    assert groups[
        "He should very seriously consider what course would be in the best interest of our country"
    ] == {"a", "b"}
    assert groups["the national interest"] == {"a"}  # shares "the" and "interest" only
    # one scare-quoted word is not a trimmed copy of another version's longer quote
    assert groups["It was a prank and nothing more"] == {"a"}
    assert groups["prank"] == {"b"}


def test_a_spliced_quote_is_shown_with_each_quote_it_joins_and_keeps_them_apart():
    apart = Article(
        id="apart",
        text=(
            '"While the owners keep stalling, we refuse to let them hide behind the courts," '
            "Marlow said on Friday.\n\n"
            '"The few documents handed over so far show why every subpoena matters," '
            "Marlow added."
        ),
    )
    spliced = Article(
        id="spliced",
        text=(
            '"While the owners keep stalling, we refuse to let them hide behind the courts. '
            'The few documents handed over so far show why every subpoena matters," said '
            "Attorney General Dana Marlow."
        ),
    )
    quotes = diff_story([apart, spliced]).quotes
    assert len(quotes) == 2
    for quote in quotes:
        # each group holds one of the two quotes of "apart", and the spliced quote
        assert [v.version for v in quote.variants] == ["apart", "spliced"]
        assert quote.text == quote.variants[0].text
        assert quote.alterations == ("spliced: joined with another quote",)
        assert not quote.altered


def test_initialisms_with_and_without_dots_are_the_same_words_in_a_quote():
    a = Article(id="a", text='"This is a cynical attempt by a hostile A.G.\'s office," Tarr said.')
    b = Article(
        id="b", text='"This is a cynical attempt by a hostile AG\'s office," Tarr told reporters.'
    )
    (quote,) = diff_story([a, b]).quotes
    assert set(quote.versions) == {"a", "b"}
    assert not quote.altered
    assert quote.alterations == ()


def test_a_continuing_verb_of_saying_is_no_changed_reporting_verb():
    a = Article(id="a", text='"We will rebuild the bridge by spring," Haxby said.')
    b = Article(id="b", text='"We will rebuild the bridge by spring," Haxby added.')
    c = Article(id="c", text='"We will rebuild the bridge by spring," Haxby admitted.')
    (quote,) = diff_story([a, b, c]).quotes
    assert quote.alterations == ("c: reporting verb: said -> admitted",)


def test_a_figure_inside_a_quote_is_no_conflict_with_a_figure_told_by_the_writer():
    a = Article(id="a", text="Two other women spoke to the paper, saying he touched them.")
    b = Article(
        id="b",
        text='"I can see how millions of other women would feel violated," Franken said.',
    )
    assert diff_story([a, b]).conflicts == ()
    # with an event predicate the figures are one fact, quoted or not
    c = Article(id="c", text="Six people were injured in the crash, police said.")
    d = Article(id="d", text='"Nine people were injured," the fire chief said.')
    assert [x.subject for x in diff_story([c, d]).conflicts] == ["people injured"]


def test_a_one_or_two_only_inside_quotes_is_no_fact_of_the_story():
    a = Article(
        id="a",
        text='The mayor spoke on Monday. "There are two systems of justice here," Haxby said.',
    )
    b = Article(
        id="b",
        text='The mayor spoke on Monday. "There are two systems of justice," Haxby told us.',
    )
    assert not [f for f in diff_story([a, b]).facts if f.subject == "systems"]
    # a larger figure inside the quotes, or one said to happen, stays a fact
    c = Article(id="c", text='"It will cost $20 million," Haxby said on Monday.')
    d = Article(id="d", text='"It will cost $20 million," Haxby told us on Monday.')
    assert [f.kind for f in diff_story([c, d]).facts if "usd" in f.subject] == ["money"]


def test_two_results_in_aligned_sentences_are_a_conflict():
    a = Article(id="a", text="Rotterdam beat Leiden 3-1 on Sunday. The coach was pleased.")
    b = Article(id="b", text="Rotterdam beat Leiden 3-2 on Sunday. The coach was pleased.")
    (conflict,) = diff_story([a, b]).conflicts
    assert (conflict.subject, conflict.label) == ("score Leiden", "conflict")
    assert [v.text for v in conflict.values] == ["3-1", "3-2"]
    same = Article(id="c", text="Rotterdam beat Leiden 3-1 on Sunday. The coach was pleased.")
    assert diff_story([a, same]).conflicts == ()
    # each game its own slot, not only a version's first score
    c = Article(id="c", text="Rotterdam beat Leiden 3-1 on Sunday. Utrecht beat Breda 2-0.")
    d = Article(id="d", text="Rotterdam beat Leiden 3-1 on Sunday. Utrecht beat Breda 4-0.")
    assert [x.subject for x in diff_story([c, d]).conflicts] == ["score Breda"]
    # a word that opens the sentence in capitals is no side: "In a 5-4 decision"
    e = Article(id="e", text="In a 5-4 decision, the court upheld the ban on Tuesday.")
    f = Article(id="f", text="In a 6-3 decision, the court upheld the ban on Tuesday.")
    assert [x.subject for x in diff_story([e, f]).conflicts] == ["score"]


def test_figures_that_may_not_be_one_fact_share_a_grid_row_only_where_they_agree():
    a = Article(id="a", text="The law was passed in 2010. Six people were injured on Monday.")
    b = Article(id="b", text="The law dates from 1966. Seven people were injured on Monday.")
    c = Article(id="c", text="The rule came in 2010. Six people were hurt on Monday.")
    report = diff_story([a, b, c])
    years = [f for f in report.facts if f.subject == "year"]
    assert sorted((f.text, f.versions) for f in years) == [("1966", ("b",)), ("2010", ("a", "c"))]
    assert all(len({m.text for m in f.mentions}) == 1 for f in years)
    # a count with an event predicate is one fact whatever the versions say
    injured = next(f for f in report.facts if f.subject == "people injured")
    assert {m.version: m.text for m in injured.mentions} == {
        "a": "Six people",
        "b": "Seven people",
        "c": "Six people",
    }
    assert any(c.subject == "people injured" for c in report.conflicts)
    # in aligned sentences, differing figures are one row to compare
    jailed = diff_story(
        [
            Article(id="a", text="The court jailed Smith for eight years on Monday."),
            Article(id="b", text="The court jailed Smith for ten years on Monday."),
        ]
    )
    (years,) = [f for f in jailed.facts if f.subject == "years"]
    assert {m.version: m.text for m in years.mentions} == {"a": "eight years", "b": "ten years"}


def test_far_apart_counts_of_a_bare_noun_in_unaligned_sentences_are_two_grid_rows():
    # the Republicans needed to convict and the two who voted for witnesses: two facts
    a = Article(
        id="a",
        text="The acquittal is nearly guaranteed, as 20 Republicans would have to join the"
        " Democratic caucus to vote against the president. The mayor spoke in Port Ella.",
    )
    b = Article(
        id="b",
        text="In that vote, two Republicans, Sens. Mitt Romney of Utah and Susan Collins of"
        " Maine, joined with Democrats. The mayor spoke in Port Ella.",
    )
    report = diff_story([a, b])
    rows = [{m.version: m.text for m in f.mentions} for f in report.facts]
    assert {"a": "20 Republicans"} in rows
    assert {"b": "two Republicans"} in rows
    assert report.conflicts == ()


def test_the_ages_of_a_boy_and_of_a_girl_are_no_conflict_and_two_of_a_boy_are():
    boy = "The death of an 8-year-old Guatemalan boy prompted a review on Monday."
    girl = "It comes weeks after a 7-year-old Guatemalan girl died in custody on Monday."
    same = "The death of a 7-year-old Guatemalan boy prompted a review on Monday."
    assert diff_story([Article(id="a", text=boy), Article(id="b", text=girl)]).conflicts == ()
    (conflict,) = diff_story([Article(id="a", text=boy), Article(id="b", text=same)]).conflicts
    assert conflict.subject == "age boy died"


def test_equal_counts_of_men_and_of_women_are_two_grid_rows():
    # "the two men" (Trump and Sessions) and "two women" (paid for their silence) are
    # two groups of people with one figure, not one fact
    men = "The feud between the two men has deepened. The mayor spoke in Port Ella."
    women = "Payments went to two women who made claims. The mayor spoke in Port Ella."
    victims = "Payments went to two victims who made claims. The mayor spoke in Port Ella."
    a, b, c = (Article(id=k, text=t) for k, t in zip("abc", (men, women, victims), strict=True))

    def rows(*articles: Article) -> list[dict[str, str]]:
        facts = diff_story(list(articles)).facts
        return [{m.version: m.text for m in f.mentions} for f in facts if f.subject == "people"]

    assert rows(a, b) == [{"a": "two men"}, {"b": "two women"}]
    # a count that names no sex may be either: "two victims" and "two women" agree
    assert rows(b, c) == [{"b": "two women", "c": "two victims"}]


def test_a_version_stating_a_grid_rows_value_after_another_value_fills_that_row():
    # b leads with 1966 and gives 2010 later: it agrees with the 2010 row, and the
    # grid shows it there as well as in its own row, not a dash
    a = Article(id="a", text="The law was passed in 2010. The mayor backed it.")
    b = Article(id="b", text="The law dates from 1966. It was passed again in 2010.")
    c = Article(id="c", text="The rule came in 2010. The mayor backed it.")
    years = [f for f in diff_story([a, b, c]).facts if f.subject == "year"]
    rows = sorted((f.text, {m.version: m.text for m in f.mentions}) for f in years)
    assert rows == [("1966", {"b": "1966"}), ("2010", {"a": "2010", "b": "2010", "c": "2010"})]


@pytest.mark.parametrize(
    ("said", "retold"),
    [
        ("The ferry was perfectly safe today", "The ferry was completely safe today"),
        ("We will not back down", "We will never back down"),
        ("I am deeply sorry for what happened", "I was deeply sorry for what had happened"),
    ],
)
def test_a_short_quote_with_one_word_changed_is_the_same_quote_altered(said, retold):
    a = Article(id="a", text=f'"{said}," Haxby said on Monday.')
    b = Article(id="b", text=f'"{retold}," Haxby said on Monday.')
    (quote,) = diff_story([a, b]).quotes
    assert set(quote.versions) == {"a", "b"}
    assert quote.altered


def test_planted_conflicts_are_found_and_compatible_values_are_not_conflicts():
    report = diff_story(versions())
    labels = {c.subject: c.label for c in report.conflicts}
    assert labels.get("people injured") == "conflict"
    assert any(c.label in {"conflict", "degree"} and "own" in c.outliers for c in report.conflicts)


def test_copy_relation_is_reported_with_its_share():
    report = diff_story(versions())
    copy_info = next(v for v in report.versions if v.id == "copy")
    reuse = {r.other: r for r in copy_info.reuses}
    assert reuse["wire"].relation == "copy"
    assert reuse["wire"].share > 0.6
    assert "wire" not in {r.other for r in next(v for v in report.versions if v.id == "own").reuses}


def test_every_offset_points_at_its_text():
    arts = {a.id: a for a in versions()}
    report = diff_story(list(arts.values()))
    for q in report.quotes:
        for v in q.variants:
            assert arts[v.version].text[v.start : v.end] == v.text
    for f in report.facts:
        for m in f.mentions:
            assert arts[m.version].text[m.start : m.end] == m.text
    for row in report.alignment.rows:
        for c in row.cells:
            assert arts[c.version].text[c.start : c.end] == c.text


def test_json_has_the_documented_keys_and_round_trips():
    report = diff_story(versions(), story="ferry")
    data = json.loads(report_to_json(report))
    assert {"versions", "sentences", "adds", "omits", "quotes", "facts", "conflicts"} <= set(data)
    assert {"id", "title", "source"} <= set(data["versions"][0])
    assert {"text", "speaker", "versions", "variants", "altered"} <= set(data["quotes"][0])
    assert {"id", "text"} <= set(data["quotes"][0]["variants"][0])
    assert {"kind", "text", "value", "subject", "versions"} <= set(data["facts"][0])
    assert {"subject", "values"} <= set(data["conflicts"][0])
    assert {"id", "text", "value"} <= set(data["conflicts"][0]["values"][0])
    assert report_from_dict(data) == report


paragraph = st.lists(
    st.sampled_from(
        [
            "The ferry ran aground on Saturday.",
            "Around 40 passengers were rescued.",
            '"Nobody went into the water," Haxby said.',
            "Six people were hurt.",
            "The company apologised.",
            "Gusts of up to 90 km/h were recorded.",
        ]
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=25, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=4))
def test_report_round_trips_through_json(texts):
    arts = [Article(id=f"v{i}", text="\n\n".join(t)) for i, t in enumerate(texts)]
    report = diff_story(arts)
    assert report_from_dict(json.loads(report_to_json(report))) == report


def test_demo_ferry_story_finds_both_planted_conflicts():
    arts = {a.id: a for a in storydiff.read([DEMO]).articles}
    ids = ["ferry-mp-wire", "ferry-courier", "ferry-northgate", "ferry-valdora-times"]
    report = diff_story([arts[i] for i in ids])
    found = {
        (c.subject, tuple(c.outliers))
        for c in report.conflicts
        if c.label in {"conflict", "degree"}
    }
    assert ("people injured", ("ferry-valdora-times",)) in found
    assert any("37 passengers" in v.text for c in report.conflicts for v in c.values)


def test_figures_of_two_days_are_no_conflict_but_figures_of_one_day_are():
    lead = "A strong earthquake struck Lisk. The quake killed"
    wed = Article(id="wed", text=f"{lead} 159 people by late Wednesday, officials said.")
    thu = Article(id="thu", text=f"{lead} 241 people by early Thursday, officials said.")
    same = Article(id="same", text=f"{lead} 241 people by late Wednesday, officials said.")
    assert diff_story([wed, thu]).conflicts == ()
    conflicts = diff_story([wed, same]).conflicts
    assert [(c.subject, c.label) for c in conflicts] == [("people killed", "conflict")]
    # the day named in the sentence before the figure, in its paragraph
    thu_before = Article(
        id="thu2",
        text=f"{lead[:32]} The count came early on Thursday. The quake killed 241 people, "
        "officials said.",
    )
    assert diff_story([wed, thu_before]).conflicts == ()


def test_progress_is_called_for_every_stage():
    calls = []
    diff_story(versions(), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_people_named_by_the_versions_are_facts_with_the_versions_naming_them():
    report = diff_story(versions())
    people = {f.text: f.versions for f in report.facts if f.kind == "person"}
    assert people["Lena Haxby"] == ("wire", "copy", "own")
    places = {f.text for f in report.facts if f.kind == "place"}
    assert "Port Ella" in places
    assert all(f.value is None for f in report.facts if f.kind in {"person", "place", "org"})


def _people(texts: list[str]) -> dict[str, tuple[str, ...]]:
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    return {f.text: f.versions for f in diff_story(arts).facts if f.kind == "person"}


def test_a_monarchs_name_without_its_numeral_is_the_same_person():
    one = "The president met Queen Elspeth at the castle on Friday, and they talked for an hour."
    two = "The president met Queen Elspeth II at the castle on Friday, and they talked for an hour."
    assert _people([one, two]) == {"Elspeth II": ("v0", "v1")}


def test_a_surname_with_its_suffix_is_the_son_named_in_full_not_the_father():
    one = "Cohen said he briefed Ivo Marsh Jr. and the board about the tower in Port Ella."
    two = "Cohen said he briefed Marsh Jr. and the board about the tower in Port Ella."
    three = "His father, Ivo Marsh, said on Monday that he had never heard of the tower."
    people = _people([one, two, three])
    assert people["Ivo Marsh Jr"] == ("v0", "v1")
    assert people["Ivo Marsh"] == ("v2",)
    assert "Marsh Jr" not in people


@pytest.mark.parametrize(("given", "short"), [("Dominic", "Dom"), ("Robert", "Bobby")])
def test_a_given_name_shortened_with_the_suffix_is_the_son_named_in_full(given, short):
    one = f"Cohen said he briefed {given} Marsh Jr. and the board about the tower in Port Ella."
    two = f"Cohen said he briefed {short} Jr. and the board about the tower in Port Ella."
    three = f"His father, {given} Marsh, said on Monday that he had never heard of the tower."
    people = _people([one, two, three])
    assert people[f"{given} Marsh Jr"] == ("v0", "v1")
    assert people[f"{given} Marsh"] == ("v2",)
    assert f"{short} Jr" not in people


def test_a_name_with_its_particle_transliterated_two_ways_is_one_name():
    one = "The attack was claimed by al-Qaida in Yemen, officials said on Monday."
    two = "The attack was claimed by al Qaeda in Yemen, officials said on Monday."
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate([one, two, two])]
    orgs = [(f.text, f.versions) for f in diff_story(arts).facts if f.kind == "org"]
    assert orgs == [("al Qaeda", ("v0", "v1", "v2"))]


def test_a_version_naming_only_a_surname_names_the_person_the_others_name_in_full():
    full = "Coach Lena Haxby said the team played well on Sunday, and Haxby praised the fans."
    short = "The team played well on Sunday, Haxby said, and praised the fans."
    assert _people([full, full, short]) == {"Lena Haxby": ("v0", "v1", "v2")}


def test_a_name_is_one_fact_whatever_kind_each_version_s_words_make_it():
    person = "Spotify stopped promoting singer Tomas Brell, who has been accused."
    place = "Controversy around Tomas Brell has intensified after publications spoke to women."
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate([person, person, place])]
    names = [
        (f.kind, f.text, f.versions) for f in diff_story(arts).facts if f.text == "Tomas Brell"
    ]
    assert names == [("person", "Tomas Brell", ("v0", "v1", "v2"))]


def test_a_name_with_and_without_a_middle_initial_or_dots_is_one_fact():
    a = "Speaker John A. Boehner met the N.A.A.C.P. leaders in Port Ella on Monday."
    b = "Speaker John Boehner met the NAACP leaders in Port Ella on Monday."
    arts = [Article(id="a", text=a), Article(id="b", text=b)]
    facts = {f.text: f.versions for f in diff_story(arts).facts if f.kind in {"person", "org"}}
    assert facts["John A. Boehner"] == ("a", "b")
    assert "John Boehner" not in facts
    assert [v for k, v in facts.items() if k.replace(".", "") == "NAACP"] == [("a", "b")]


def test_a_surname_two_common_full_names_share_stays_a_name_of_its_own():
    lena = "Coach Lena Haxby said the team played well on Sunday."
    ivo = "Coach Ivo Haxby said the team played well on Sunday."
    short = "The team played well on Sunday, Haxby said, and praised the fans."
    people = _people([lena, lena, ivo, short])
    assert people["Haxby"] == ("v3",)
    assert people["Lena Haxby"] == ("v0", "v1")


def test_a_surname_two_full_names_share_is_the_one_the_others_write_it_for():
    both = (
        "Lena Haxby built the firm in 1950. Her son, Mayor Ivo Haxby, said on Sunday the"
        " paper was wrong. Haxby called it a smear, and Haxby said he would sue. Haxby left."
    )
    short = "The paper holds a grudge against him, Haxby said on Sunday. Haxby called it false."
    people = _people([both, short])
    assert people["Ivo Haxby"] == ("v0", "v1")
    assert "Haxby" not in people
    # a surname the others write for both alike stays a name of its own
    even = (
        "Lena Haxby built the firm in 1950. Haxby retired in 1990. Her son, Mayor Ivo Haxby,"
        " said on Sunday the paper was wrong. Haxby called it a smear."
    )
    assert _people([even, short])["Ivo Haxby"] == ("v0",)


def test_a_surname_with_an_honorific_joins_the_full_name_unless_the_genders_disagree():
    full = "President Donald Haxby met the crew in Port Ella on Monday."
    lena = "President Lena Haxby met the crew in Port Ella on Monday."
    mister = "Mr. Haxby visited a school in Port Ella on Monday while the crew met."
    missus = "Mrs. Haxby visited a school in Port Ella on Monday while the crew met."
    doctor = "Dr. Haxby visited a school in Port Ella on Monday while the crew met."
    assert _people([full, full, mister]) == {"Donald Haxby": ("v0", "v1", "v2")}
    assert _people([full, full, doctor]) == {"Donald Haxby": ("v0", "v1", "v2")}
    assert _people([lena, lena, missus]) == {"Lena Haxby": ("v0", "v1", "v2")}
    assert _people([full, full, missus])["Haxby"] == ("v2",)
    assert _people([lena, lena, missus, mister])["Haxby"] == ("v2", "v3")


def test_a_nickname_tells_the_gender_of_its_given_name():
    full = "Attorney General Jeff Haxby met the crew in Port Ella on Monday."
    missus = "Mrs. Haxby visited a school in Port Ella on Monday while the crew met."
    assert _people([full, full, missus])["Haxby"] == ("v2",)


def test_a_name_with_a_nickname_is_the_name_written_out():
    chuck = "Senator Chuck Haxby met the crew in Port Ella on Monday."
    charles = "Senator Charles E. Haxby met the crew in Port Ella on Monday."
    rick = "Coach Rick Marsh met the crew in Port Ella on Monday."
    richard = "Coach Richard Marsh met the crew in Port Ella on Monday."
    assert _people([chuck, chuck, charles]) == {"Chuck Haxby": ("v0", "v1", "v2")}
    assert _people([rick, richard, richard]) == {"Richard Marsh": ("v0", "v1", "v2")}


def test_a_name_two_versions_spell_apart_by_a_letter_or_a_particle_is_one_fact():
    sergei = "Foreign Minister Sergei Lavrov met the crew in Port Ella on Monday."
    sergey = "Foreign Minister Sergey Lavrov met the crew in Port Ella on Monday."
    assert _people([sergei, sergey]) == {"Sergei Lavrov": ("v0", "v1")}
    assad = "President Bashar al-Assad met the crew in Port Ella on Monday."
    plain = "President Bashar Assad met the crew in Port Ella on Monday."
    assert _people([assad, plain]) == {"Bashar al-Assad": ("v0", "v1")}
    # not within one version, and not two given names a letter apart ("Joan" / "John")
    both = f"{sergei} Deputy Minister Sergey Lavrov met them on Tuesday."
    assert _people([both]) == {"Sergei Lavrov": ("v0",), "Sergey Lavrov": ("v0",)}
    joan = "Coach Joan Marsh met the crew in Port Ella on Monday."
    john = "Coach John Marsh met the crew in Port Ella on Monday."
    assert _people([joan, john]) == {"Joan Marsh": ("v0",), "John Marsh": ("v1",)}


def test_two_given_names_that_are_no_nickname_of_each_other_stay_two_people():
    lena = "Coach Lena Haxby said the team played well on Sunday."
    ivo = "Coach Ivo Haxby said the team played well on Sunday."
    assert _people([lena, ivo]) == {"Lena Haxby": ("v0",), "Ivo Haxby": ("v1",)}


def test_a_name_suffix_is_no_surname_when_a_surname_joins_its_full_name():
    full = "Coach Ivo Marsh Jr said the team played well on Sunday."
    short = "The team played well on Sunday, Marsh said, and praised the fans."
    people = _people([full, full, short])
    assert list(people.values()) == [("v0", "v1", "v2")]


def test_dead_and_rescued_passengers_are_different_counts_not_a_conflict():
    a = Article(
        id="a", text="The ferry ran aground on Sunday. Three passengers died in the accident."
    )
    b = Article(id="b", text="The ferry ran aground on Sunday. Forty passengers were rescued.")
    assert diff_story([a, b]).conflicts == ()


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (
            "The ferry hit the quay and 2 people were killed, the coastguard said.",
            "The ferry hit the quay and 30 people were killed, the coastguard said.",
        ),
        (
            "The new quay cost $1.5 million, the port said on Monday.",
            "The new quay cost $15 million, the port said on Monday.",
        ),
        (
            "The yard would lay off 500 by the end of the year, the union said.",
            "The yard would lay off 800 by the end of the year, the union said.",
        ),
    ],
)
def test_figures_in_aligned_sentences_conflict_however_far_apart(a_text, b_text):
    report = diff_story([Article(id="a", text=a_text), Article(id="b", text=b_text)])
    assert [c.label for c in report.conflicts] == ["conflict"]


def test_figures_named_by_their_noun_alone_conflict_only_in_aligned_sentences():
    aligned = [
        Article(id="a", text="The train had 12 carriages when it left Lisk, the operator said."),
        Article(id="b", text="The train had 11 carriages when it left Lisk, the operator said."),
    ]
    assert [c.label for c in diff_story(aligned).conflicts] == ["conflict"]
    apart = [
        Article(id="a", text="The ruling covers Valdora, Lisk and 11 other states."),
        Article(id="b", text="Employers in 14 states no longer have to offer the cover."),
    ]
    assert diff_story(apart).conflicts == ()
    # another mention of the slot elsewhere in the outlier does not hide the aligned one
    again = [
        aligned[0],
        Article(id="b", text=aligned[1].text + " A second train behind it had 8 carriages."),
    ]
    assert [c.label for c in diff_story(again).conflicts] == ["conflict"]


def test_an_outlier_aligned_with_any_agreeing_version_conflicts():
    texts = [
        "Rescue teams were still searching the beaches late on Monday. Officials said 30 "
        "were killed across the region.",
        "The storm hit the coast of Lisk on Sunday night and 30 people were killed, the "
        "coastguard said on Monday.",
        "The storm hit the coast of Lisk on Sunday night and 3 people were killed, the "
        "coastguard said on Monday.",
    ]
    report = diff_story([Article(id=f"v{k}", text=t) for k, t in enumerate(texts)])
    assert [(c.subject, c.label) for c in report.conflicts] == [("people killed", "conflict")]


def test_figures_far_apart_in_unrelated_sentences_are_two_things():
    a = Article(id="a", text="A ferry sank off Lisk. More than 100 passengers were injured.")
    b = Article(
        id="b",
        text="A ferry sank off Lisk on Sunday morning in fog. One passenger, a teacher from "
        "Port Ella, was injured when she fell on the stairs.",
    )
    assert diff_story([a, b]).conflicts == ()


@pytest.mark.parametrize(
    ("a_text", "b_text", "conflicts"),
    [
        # a bare figure with "jobs" may count claims, jobs or people: two different totals
        (
            "It is likely that part of the 2.1 million “new” jobless claims reflect older layoffs.",
            "That brings claims, a proxy for layoffs, since the virus began to claim jobs ten "
            "weeks ago to nearly 40 million.",
            0,
        ),
        # a bare figure with "injured" counts people: a conflict
        (
            "The ferry ran aground on Sunday and 25 were injured, the coastguard said.",
            "The ferry ran aground on Sunday and 12 were injured, the coastguard said.",
            1,
        ),
    ],
)
def test_a_bare_figure_is_a_count_of_people_only_where_what_happens_happens_to_people(
    a_text, b_text, conflicts
):
    report = diff_story([Article(id="a", text=a_text), Article(id="b", text=b_text)])
    assert len(report.conflicts) == conflicts


@pytest.mark.parametrize(
    ("fourth", "values"),
    [
        ("sails Monday", ["Monday"] * 4),
        # a row where versions differ takes in its most common value's group
        ("sails Tuesday", ["Monday", "Monday", "Tuesday", "Monday"]),
    ],
)
def test_one_value_in_the_rows_of_several_copy_families_is_one_fact(fourth, values):
    first = "The ferry company spoke to reporters. The new ferry sails on Monday from Lisk."
    second = "Port officials met the crew. They said that the vessel sails Monday at dawn."
    texts = [first, first, second.replace("sails Monday", fourth), second]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    dates = [f for f in diff_story(arts).facts if f.subject == "date"]
    assert [[m.text for m in f.mentions] for f in dates] == [values]


@pytest.mark.parametrize(
    ("second", "speakers", "altered"),
    [
        # one person named two ways: one quote
        ('Trump called the meeting "a good thing" on Monday in Helsinki.', {"Donald Trump"}, False),
        # the same words by another person: one quote whose speaker changed
        ('Vladimir Putin called the meeting "a good thing" on Monday.', {"Donald Trump"}, True),
    ],
)
def test_the_same_short_quote_in_two_versions_is_one_quote(second, speakers, altered):
    first = 'President Donald Trump called the meeting "a good thing" on Monday in Helsinki.'
    quotes = diff_story([Article(id="a", text=first), Article(id="b", text=second)]).quotes
    assert [(q.versions, q.altered) for q in quotes] == [(("a", "b"), altered)]
    assert {q.speaker for q in quotes} == speakers


@pytest.mark.parametrize(
    ("speaker_words", "note"),
    [
        # described as the body's own spokesperson: the same source, nothing to flag
        ("a Harbex spokesperson", []),
        # described by someone else: the speaker is left unnamed
        ("a person familiar with the talks", ["b: speaker not named (others: Harbex)"]),
    ],
)
def test_an_unnamed_speaker_described_as_the_named_body_s_is_no_change(speaker_words, note):
    a = Article(id="a", text='"We will keep the ferry running all winter," Harbex said on Monday.')
    b = Article(
        id="b", text=f'"We will keep the ferry running all winter," {speaker_words} said on Monday.'
    )
    quotes = diff_story([a, b]).quotes
    assert [q.alterations for q in quotes] == [tuple(note)]


def test_a_short_phrase_quoted_from_one_person_is_not_a_trim_of_another_s_quote():
    a = Article(
        id="a",
        text='Mayor Lena Haxby called the deal "a good thing" on Monday. '
        '"The pressure is high, so it is a good thing the two sides are meeting," '
        "harbour chief Ivo Marsh said.",
    )
    b = Article(id="b", text='Mayor Lena Haxby called the deal "a good thing" on Monday.')
    quotes = diff_story([a, b]).quotes
    assert [(q.speaker, q.versions, q.altered) for q in quotes if q.text == "a good thing"] == [
        ("Lena Haxby", ("a", "b"), False)
    ]
    assert [q.versions for q in quotes if q.speaker == "Ivo Marsh"] == [("a",)]


def test_naive_and_zoned_publication_times_can_be_compared():
    from datetime import datetime, timezone

    a = Article(
        id="a",
        text="The ferry sank. Three people were killed, police said.",
        published=datetime(2024, 5, 1, 10),
    )
    b = Article(
        id="b",
        text="The ferry sank. Five people were killed, police said.",
        published=datetime(2024, 5, 1, 12, tzinfo=timezone.utc),
    )
    (conflict,) = diff_story([a, b]).conflicts
    assert conflict.label == "update"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the Labor Department", "the Department of Labor"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("the U.S.", "the United States"),
        ("the Department of Health and Human Services", "HHS"),
        ("the U.S. Coast Guard", "the Coast Guard"),
        ("ICE", "Immigration and Customs Enforcement"),
        ("the Bureau of Labor and Statistics", "the Bureau of Labor Statistics"),
        ("the U.N. Security Council", "the United Nations Security Council"),
        ("St Petersburg", "St. Petersburg"),
        ("Saint Paul", "St. Paul"),
    ],
)
def test_one_name_written_two_ways_is_one_fact(one, other):
    texts = [
        f"Officials met {one} on Monday to discuss the rules, which take effect in May.",
        f"Officials met {other} on Monday to discuss the rules, which take effect in May.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    names = [f for f in diff_story(arts).facts if f.kind in ("person", "place", "org")]
    assert [f.versions for f in names] == [("v0", "v1")], [(f.text, f.versions) for f in names]


def test_one_thing_and_two_of_them_fill_one_slot():
    arts = [
        Article(id="a", text="One official said the talks went well. One ship sank off Lisk."),
        Article(id="b", text="An official said the talks went well. Two ships sank off Lisk."),
    ]
    report = diff_story(arts)
    assert [(c.label, [v.text for v in c.values]) for c in report.conflicts] == [
        ("conflict", ["One ship", "Two ships"])
    ]
    # "one official said" is no figure
    assert not [f for f in report.facts if "official" in f.text.lower()]


def test_a_union_s_paid_up_members_are_its_workers():
    lead = "Dockworkers at the port of Lisk walked out on Monday. "
    arts = [
        Article(id="a", text=lead + "The union's 1,200 paid-up members joined the strike."),
        Article(id="b", text=lead + "The union's 1,400 workers joined the strike."),
    ]
    assert [c.label for c in diff_story(arts).conflicts] == ["conflict"]


def test_an_age_is_labelled_age_and_a_service_s_members_are_not_workers():
    arts = [
        Article(
            id="a",
            text="Ivo Marsh, a 50-year-old officer, was jailed. Harbex has 71 million paying members.",
        ),
        Article(
            id="b",
            text="Ivo Marsh, a 50-year-old officer, was jailed. Harbex has 75 million paying members.",
        ),
    ]
    report = diff_story(arts)
    subjects = {f.text: f.subject for f in report.facts}
    assert subjects["50-year-old"] == "age"
    assert subjects["71 million paying members"] == "members"
    assert [(c.label, c.subject) for c in report.conflicts] == [("conflict", "members")]


def test_children_counted_apart_from_everyone_killed_are_no_conflict():
    lead = "Gunmen ambushed the family convoy in Sonora. "
    arts = [
        Article(id="a", text=lead + "Nine people were killed in the attack, officials said."),
        Article(id="b", text="The attack was on a mountain road. Six children were killed there."),
        Article(id="c", text=lead + "Nine people were killed in the attack, officials said."),
    ]
    assert diff_story(arts).conflicts == ()
    # one child and three children are one count
    arts[1] = Article(id="b", text="The attack was on a mountain road. Three children were killed.")
    arts[0] = arts[2] = Article(id="a", text=lead + "One child was killed in the attack.")
    arts[2] = Article(id="c", text=lead + "One child was killed in the attack.")
    assert [c.label for c in diff_story(arts).conflicts] == ["conflict"]
    arts = [
        Article(id="a", text=lead + "Nine people were killed in the attack, officials said."),
        Article(id="b", text=lead + "Nine people were killed in the attack, officials said."),
        Article(id="c", text=lead + "Nine people were killed in the attack, officials said."),
    ]
    # the same count told two ways in aligned sentences still is one
    arts[1] = Article(id="b", text=lead + "Seven people were killed in the attack, officials said.")
    assert [c.label for c in diff_story(arts).conflicts] == ["conflict"]


def test_a_bare_figure_takes_the_noun_its_sentence_measures():
    arts = [
        Article(
            id="a", text="First-time claims for jobless benefits totaled 2.1 million last week."
        ),
        Article(id="b", text="Jobless claims totaled 2.4 million last week, the ministry said."),
    ]
    [fact] = [f for f in diff_story(arts).facts if f.kind == "count"]
    assert fact.subject == "claims"
    assert [(m.version, m.text) for m in fact.mentions] == [
        ("a", "2.1 million"),
        ("b", "2.4 million"),
    ]


def test_an_amount_s_slot_is_named_by_the_noun_after_it():
    arts = [
        Article(
            id="a", text="The storm dumped 18 trillion gallons of rain. He got a 20-year sentence."
        ),
        Article(
            id="b", text="The storm dumped 10 trillion gallons of rain. He got a 25-year sentence."
        ),
    ]
    subjects = sorted(
        f.subject for f in diff_story(arts).facts if f.kind in ("measure", "duration")
    )
    assert subjects == ["gal rain", "years sentence"]


def test_a_sentence_named_by_the_head_of_its_noun_phrase_still_conflicts():
    lead = "A judge in Lisk handed Ivo Marsh a "
    arts = [
        Article(id="a", text=lead + "20-year prison sentence on Monday for the fraud."),
        Article(id="b", text=lead + "25-year sentence on Monday for the fraud."),
    ]
    assert [(c.label, c.subject) for c in diff_story(arts).conflicts] == [
        ("conflict", "years sentence")
    ]


@pytest.mark.parametrize(
    "b",
    [
        "In the week ending Saturday, initial claims fell to a seasonally adjusted 260,000.",
        "In the week ending Saturday, the number of initial claims fell to 260,000.",
    ],
)
def test_claims_stated_in_wire_wordings_are_one_slot(b):
    a = "In the week ending Saturday, initial claims fell to 230,000."
    arts = [Article(id="a", text=a), Article(id="b", text=b)]
    [fact] = [f for f in diff_story(arts).facts if f.kind == "count"]
    assert fact.subject == "claims"
    assert [m.version for m in fact.mentions] == ["a", "b"]


def test_a_name_written_without_its_accents_is_the_same_name():
    a = "Senator Kevin de León met the crew in Port Ella on Monday."
    b = "Senator Kevin de Leon met the crew in Port Ella on Monday."
    people = _people([a, b])
    assert list(people.values()) == [("v0", "v1")]


def test_a_version_writing_a_name_in_another_case_or_in_a_party_tag_names_it():
    a = Article(id="a", text="The Harbex Administration said Maine would get aid on Monday.")
    b = Article(
        id="b",
        text="The Harbex administration said on Monday that Sen. Ann Lee, R-Maine, backs aid.",
    )
    facts = {f.text: f.versions for f in diff_story([a, b]).facts}
    assert facts["Maine"] == ("a", "b")
    assert facts["Harbex Administration"] == ("a", "b")


@pytest.mark.parametrize(
    "other",
    [
        (
            "The US supreme court on Monday endorsed US government authority to hold the crew"
            " in Port Ella. Ann Lee questioned whether the US Congress meant it. The plaintiffs"
            " included two legal US residents."
        ),
        "The U.S. Senate on Monday voted to hold the crew in Port Ella.",
    ],
)
def test_a_version_writing_a_countrys_initials_otherwise_or_before_its_body_names_it(other):
    a = Article(
        id="a", text="Officials in the U.S. said on Monday the crew in Port Ella would be held."
    )
    facts = {f.text: f.versions for f in diff_story([a, Article(id="b", text=other)]).facts}
    assert facts["U.S."] == ("a", "b")


def test_a_broadcaster_and_its_newsroom_are_one_body_and_a_town_and_its_paper_two():
    texts = [
        "ABC later corrected the report on Monday, and the plant in Port Ella would reopen.",
        "The plant in Port Ella would reopen, ABC News reported on Monday.",
        "The plant would reopen, the Ella News reported on Monday from Ella, the town.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    facts = {(f.kind, f.text): f.versions for f in diff_story(arts).facts}
    assert facts[("org", "ABC News")] == ("v0", "v1")
    assert ("org", "Ella News") in facts


def test_a_name_with_a_middle_name_and_without_it_is_one_person_unless_two_share_it():
    texts = [
        "Press secretary Ann Marie Lee said on Monday the plant in Port Ella would reopen.",
        "Press secretary Ann Lee said on Monday the plant in Port Ella would reopen.",
    ]
    assert _people(texts) == {"Ann Marie Lee": ("v0", "v1")}
    # two fuller names with that given name and surname: "Ann Lee" is neither
    people = _people([*texts, "Ann Joy Lee and Ann Marie Lee met in Port Ella."])
    assert {"Ann Lee", "Ann Joy Lee", "Ann Marie Lee"} <= people.keys()


def test_a_first_initial_before_a_name_the_story_gives_is_that_person():
    texts = [
        "Harbour master L. Ivo Marsh said on Monday the plant in Port Ella would reopen.",
        "Harbour master Ivo Marsh said on Monday the plant in Port Ella would reopen.",
    ]
    assert _people(texts) == {"Ivo Marsh": ("v0", "v1")}


def test_middle_names_an_initialled_name_spells_out_are_that_person():
    texts = [
        "Former President Ivo H.W. Marsh died on Friday in Port Ella, aged 94.",
        "Former President Ivo Herbert Walker Marsh died on Friday in Port Ella.",
    ]
    assert _people(texts) == {"Ivo H.W. Marsh": ("v0", "v1")}
    other = [*texts[:1], "His son, Ivo W. Marsh, spoke in Port Ella on Friday."]
    assert len(_people(other)) == 2


def test_a_place_named_with_words_before_it_and_without_them_is_one_place():
    texts = [
        "He spoke at the Port Ella Rose Garden on Friday.",
        "He spoke in the Rose Garden on Friday.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    places = {f.text: f.versions for f in diff_story(arts).facts if f.kind == "place"}
    assert places == {"Port Ella Rose Garden": ("v0", "v1")}
    york = ["He flew from New York on Friday.", "He flew from York on Friday."]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(york)]
    places = {f.text for f in diff_story(arts).facts if f.kind == "place"}
    assert places == {"New York", "York"}


def test_n_times_a_figure_is_a_ratio_not_a_count_of_times_to_set_against_others():
    a = Article(
        id="a",
        text="Marsh deferred the vote several times. The port would cost $92m, more than "
        "three times the original estimate.",
    )
    b = Article(
        id="b", text="The port was scrapped after costs ballooned, four times the estimate."
    )
    assert not [c for c in diff_story([a, b]).conflicts if "time" in c.subject]
    roll = Article(id="r", text="The roll call was interrupted several times by protesters.")
    text = Article(
        id="t", text="A text message raised seven times what such solicitations typically average."
    )
    assert not [c for c in diff_story([roll, text]).conflicts if "time" in c.subject]
    c = Article(id="c", text="The suspect stabbed the guard 17 times on Monday.")
    d = Article(id="d", text="The suspect stabbed the guard 12 times on Monday.")
    assert [c.subject for c in diff_story([c, d]).conflicts] == ["times"]


def test_a_places_population_is_no_count_to_set_against_the_people_it_tells_of():
    a = Article(id="a", text="Tens of thousands of residents fled the fires in Lisk on Monday.")
    b = Article(id="b", text="Much of the damage was in Lisk, a city of 175,000 residents.")
    c = Article(id="c", text="The fires hit Lisk on Monday. The city is home to 175,000 residents.")
    grid = storydiff.render_markdown(diff_story([a, b, c]))
    assert "| population | — | 175,000 residents | 175,000 residents |" in grid
    assert "Tens of thousands of residents | 175,000" not in grid


def test_a_bodys_suffix_written_out_or_abbreviated_is_one_name():
    texts = [
        "Nine years later, Harbex Incorporated bought the ferry line for $3.9 billion.",
        "In 2009, Harbex Inc. bought the ferry line.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    orgs = [f.versions for f in diff_story(arts).facts if f.kind == "org"]
    assert orgs == [("v0", "v1")]


def test_a_papers_short_name_is_the_one_full_name_the_story_gives_it():
    texts = [
        "The New York Times reported on Monday that the plant in Port Ella would reopen. "
        "On Tuesday new claims came from The Times.",
        "The plant in Port Ella would reopen, The New York Times reported on Monday.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    facts = {(f.kind, f.text): f.versions for f in diff_story(arts).facts}
    assert facts[("org", "New York Times")] == ("v0", "v1")
    assert not {("org", "The Times"), ("org", "Times")} & facts.keys()
    # two papers named Times: the short name stays its own
    arts.append(Article(id="v2", text="The Los Angeles Times said so. The Times added more."))
    facts = {(f.kind, f.text): f.versions for f in diff_story(arts).facts}
    assert {("org", "The Times"), ("org", "Times")} & facts.keys()


@pytest.mark.parametrize(
    "other",
    [
        "On Monday, Sen. Ann Lee (R-S.C.) said the plant in Port Ella would reopen.",
        "On Monday, Sen. Ann Lee, R-SC, said the plant in Port Ella would reopen.",
        "On Monday, in Columbia, S.C., Sen. Ann Lee said the plant in Port Ella would reopen.",
    ],
)
def test_a_version_naming_a_state_by_its_abbreviation_names_the_state(other):
    a = Article(
        id="a", text="Sen. Ann Lee of South Carolina said on Monday the plant would reopen."
    )
    facts = {f.text: f.versions for f in diff_story([a, Article(id="b", text=other)]).facts}
    assert facts["South Carolina"] == ("a", "b")
    assert not {name for name in facts if name in ("S.C.", "SC", "C")}


@pytest.mark.parametrize(
    ("one", "other", "key"),
    [
        (
            "The bill went to the House of Representatives on Monday.",
            "The bill went to the House on Monday, and senators waited.",
            "House of Representatives",
        ),
        (
            "The bill went to the U.S. Senate on Monday.",
            "The bill went to the Senate on Monday, and the crew waited.",
            "U.S. Senate",
        ),
    ],
)
def test_a_chamber_named_in_full_and_alone_is_one_body(one, other, key):
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate([one, other])]
    facts = {f.text: f.versions for f in diff_story(arts).facts}
    assert facts[key] == ("v0", "v1")


def test_a_surname_read_as_a_place_still_names_the_person_the_others_name_in_full():
    full = "Senator Ivo Brell met the crew in Port Ella on Monday."
    short = "In Brell, the crew met on Monday."
    arts = [Article(id="a", text=full), Article(id="b", text=full), Article(id="c", text=short)]
    people = {f.text: f.versions for f in diff_story(arts).facts if f.kind == "person"}
    assert people["Ivo Brell"] == ("a", "b", "c")


def test_a_name_after_a_sentence_s_opening_word_or_in_camel_case_is_written_there():
    a = Article(id="a", text="The crew sailed to Lisk under the ObamaCare rules on Monday.")
    b = Article(id="b", text="With Lisk in sight, the crew sailed under the Obamacare rules.")
    facts = {f.text: f.versions for f in diff_story([a, b]).facts}
    assert facts["Lisk"] == ("a", "b")
    assert facts["ObamaCare"] == ("a", "b")


def test_a_place_before_a_title_is_written_there_but_not_inside_a_longer_name():
    a = Article(id="a", text="The governor of Washington spoke in Port Ella on Monday.")
    b = Article(
        id="b",
        text="Ten candidates will debate in Port Ella.\n\n• Washington Gov. Ivo Marsh\n\n"
        "• Sen. Ann Lee",
    )
    c = Article(id="c", text="The Washington Post said the debate in Port Ella was on Monday.")
    facts = {f.text: f.versions for f in diff_story([a, b, c]).facts}
    assert facts["Washington"] == ("a", "b")
    # a war's name names its place
    d = Article(id="d", text="Marsh served in Vietnam as a naval officer before Port Ella.")
    e = Article(id="e", text="Marsh opposed the Vietnam War before Port Ella.")
    facts = {f.text: f.versions for f in diff_story([d, e]).facts}
    assert facts["Vietnam"] == ("d", "e")


def test_a_tweet_one_page_embeds_and_another_quotes_is_one_quote_of_its_author(tmp_path):
    tweet = "The crews did a great job tonight. The port authority did NOTHING!"
    records = [
        {
            "id": "embed",
            "title": "Marsh attacks port authority",
            "text": "President Ivo Marsh on Monday attacked the port authority over the "
            "grounding of the ferry.\n\n"
            f"{tweet} — Ivo K. Marsh (@IvoMarsh) March 4, 2020\n\n"
            "The port reopened at noon.",
        },
        {
            "id": "quoted",
            "title": "Marsh blames port authority for ferry grounding",
            "text": "President Ivo Marsh on Monday attacked the port authority over the "
            f"grounding of the ferry.\n\n“{tweet}” Marsh tweeted.\n\n"
            "The port reopened at noon.",
        },
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = diff_story(storydiff.read(path).articles)
    (group,) = [q for q in report.quotes if "great job" in q.text]
    assert group.speaker == "Ivo Marsh"
    assert set(group.versions) == {"embed", "quoted"}
    assert not group.altered


def test_a_surname_alone_opening_a_sentence_names_the_person_the_others_name_in_full():
    full = "Senator Elizabeth Warren raised $6 million in the quarter, her campaign said."
    # the Hill's texts, their hover cards gone, call her only "Warren", and open sentences so
    short = "The quarter ended.Warren raised $6 million in it."
    arts = [Article(id="a", text=full), Article(id="b", text=full), Article(id="c", text=short)]
    people = {f.text: f.versions for f in diff_story(arts).facts if f.kind == "person"}
    assert people["Elizabeth Warren"] == ("a", "b", "c")


def test_a_surname_two_people_share_or_that_names_a_place_joins_no_one():
    a = Article(id="a", text="George Washington and Laura Bush visited Lisk on Monday.")
    b = Article(id="b", text="Barbara Bush visited Lisk on Monday.")
    c = Article(id="c", text="Bush said in Washington that Lisk was lovely on Monday.")
    people = {f.text: f.versions for f in diff_story([a, b, c]).facts if f.kind == "person"}
    assert people["George Washington"] == ("a",)
    assert people["Laura Bush"] == ("a",)
    assert people["Barbara Bush"] == ("b",)


def test_a_bodys_name_with_channel_or_inc_is_the_same_body():
    a = Article(id="a", text="Fox News reported the ferry sank in Lisk on Monday.")
    b = Article(id="b", text="The Fox News Channel said the ferry sank in Lisk on Monday.")
    orgs = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind == "org"}
    assert orgs == {"Fox News": ("a", "b")}


def test_a_university_and_its_short_name_are_one_body_but_not_a_place_of_its_name():
    a = Article(id="a", text="Warren led in a Quinnipiac University survey on Monday.")
    b = Article(id="b", text="The poll, conducted by Quinnipiac, found Warren ahead on Monday.")
    orgs = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind == "org"}
    assert orgs == {"Quinnipiac": ("a", "b")}
    c = Article(id="c", text="Students at Georgetown University marched on Monday.")
    d = Article(id="d", text="Students marched through Georgetown on Monday.")
    facts = {(f.text, f.kind): f.versions for f in diff_story([c, d]).facts}
    assert facts[("Georgetown University", "org")] == ("c",)


def test_a_states_nickname_is_the_state():
    a = Article(
        id="a",
        text="A new poll in New Hampshire shows Warren ahead among likely Democratic primary "
        "voters in the Granite State on Monday.",
    )
    b = Article(id="b", text="Warren leads in New Hampshire on Monday.")
    places = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind == "place"}
    assert places == {"New Hampshire": ("a", "b")}


def test_a_citys_nickname_is_the_city_and_the_capitol_is_the_us_capitol():
    a = Article(
        id="a",
        text="Most new cases now come from the Big Apple, and protesters marched at the US "
        "Capitol on Monday.",
    )
    b = Article(
        id="b", text="Most new cases are in New York City, and protesters reached the Capitol."
    )
    places = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind == "place"}
    assert {versions for name, versions in places.items() if "Capitol" in name} == {("a", "b")}
    assert {versions for name, versions in places.items() if "York" in name or "Apple" in name} == {
        ("a", "b")
    }


def test_a_place_given_its_article_or_generic_head_names_the_place_the_others_give():
    a = Article(id="a", text="Towns in Marche were hit, and boats in the Adriatic were tossed.")
    b = Article(
        id="b", text="Towns in Le Marche were hit, and boats in the Adriatic Sea were tossed."
    )
    c = Article(id="c", text="The quake struck Virginia on Monday.")
    d = Article(id="d", text="The quake struck West Virginia on Monday.")
    facts = {f.text: f.versions for f in diff_story([a, b]).facts}
    assert facts["Marche"] == ("a", "b")
    assert facts["Adriatic"] == ("a", "b")
    facts = {f.text: f.versions for f in diff_story([c, d]).facts}
    assert facts["Virginia"] == ("c",)


def test_a_name_written_with_either_apostrophe_is_written_there():
    a = Article(id="a", text="The quake struck L’Aquila and Port Ella on Monday.")
    b = Article(id="b", text="In 2009 a quake hit nearby L'Aquila, near Port Ella.")
    facts = {f.text: f.versions for f in diff_story([a, b]).facts}
    assert facts["L’Aquila"] == ("a", "b")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Coach Lena Haxby left.", True),
        ("Then Mr. Haxby left.", False),
        ("With Haxby gone.", False),
    ],
)
def test_a_surname_after_an_honorific_is_not_inside_a_longer_name(text, inside):
    from storydiff.diff import _inside_a_longer_name

    assert _inside_a_longer_name(text, text.index("Haxby")) is inside


def test_another_years_toll_in_the_same_sentence_is_no_conflict_with_this_storys():
    when = datetime(2016, 8, 24, tzinfo=timezone.utc)
    a = Article(
        id="a",
        text="The quake killed at least 247 people in Lisk on Wednesday, officials said.",
        published=when,
    )
    b = Article(
        id="b",
        text="The quake killed at least 247 people in Lisk on Wednesday. It harked back to"
        " the 2009 quake that killed more than 300 people in and around Port Ella.",
        published=when,
    )
    report = diff_story([a, b])
    assert [c for c in report.conflicts if c.label in ("conflict", "degree")] == []
    subjects = {f.subject for f in report.facts if f.kind == "count"}
    assert "people killed in 2009" in subjects


def test_a_bodys_other_names_and_its_countrys_prefix_make_one_row():
    a = Article(id="a", text="The DOJ told the Lisk court on Monday that the case was closed.")
    b = Article(id="b", text="The Justice Dept. told the Lisk court on Monday it had closed it.")
    c = Article(
        id="c", text="The U.S. Department of Justice told the Lisk court on Monday it was over."
    )
    d = Article(id="d", text="The U.S. Supreme Court and the Supreme Court of Lisk met Monday.")
    orgs = {f.text: f.versions for f in diff_story([a, b, c]).facts if f.kind == "org"}
    assert orgs == {"DOJ": ("a", "b", "c")}
    courts = [f.text for f in diff_story([d, a]).facts if "Court" in f.text]
    assert "Supreme Court of Lisk" in courts
    e = Article(id="e", text="The United States Supreme Court heard the Lisk case on Monday.")
    f = Article(id="f", text="The U.S. Supreme Court heard the Lisk case on Monday, it said.")
    assert [
        x.versions for x in diff_story([e, f]).facts if x.kind == "org" and "Court" in x.text
    ] == [("e", "f")]


def test_a_term_told_in_years_and_months_is_the_same_fact_as_its_months():
    a = Article(id="a", text="Ann Lee was told to begin her 40-month prison term on Tuesday.")
    b = Article(
        id="b", text="Ann Lee was told to begin a prison term of three years and four months."
    )
    report = diff_story([a, b])
    terms = [f for f in report.facts if any(m.unit == "months" for m in f.mentions)]
    assert [(f.versions, f.value) for f in terms] == [(("a", "b"), 40.0)]
    said = {m.version: m.text for m in terms[0].mentions}
    assert said == {"a": "40-month", "b": "three years and four months"}
    assert not report.conflicts


def test_a_figure_set_in_another_month_than_the_story_is_another_events():
    from datetime import datetime

    day = datetime(2019, 3, 11)
    a = Article(
        id="a",
        published=day,
        text="The jet crashed on Sunday, killing all 157 people on board.\n\n"
        "In October, a jet of the same model crashed off Lisk, killing all 189 people on board.",
    )
    b = Article(
        id="b", published=day, text="The jet crashed on Sunday, killing all 157 people on board."
    )
    report = diff_story([a, b])
    assert not report.conflicts
    killed = {f.subject: f.versions for f in report.facts if "killed" in f.subject}
    assert killed == {"people killed": ("a", "b"), "people killed in October": ("a",)}


@pytest.mark.parametrize(
    "earlier",
    [
        "It was the worst since Feb. 14, when a former student killed 17 people at a school.",
        "It was the deadliest since the February attack in Lisk that killed 17 people.",
    ],
)
def test_a_toll_after_since_and_an_earlier_month_is_an_earlier_events(earlier):
    from datetime import datetime

    day = datetime(2018, 5, 18)
    lead = "A gunman opened fire at a Port Ella school on Friday. Ten people were killed."
    a = Article(id="a", published=day, text=lead + "\n\n" + earlier)
    b = Article(id="b", published=day, text=lead)
    report = diff_story([a, b])
    assert not report.conflicts
    killed = {f.subject: f.versions for f in report.facts if "killed" in f.subject}
    assert killed == {"people killed": ("a", "b"), "people killed in February": ("a",)}


def test_two_sums_for_two_purposes_are_two_facts_not_a_conflict():
    lead = "Negotiators in Valdora closed in on a relief package on Monday. "
    arts = [
        Article(
            id="a",
            text=lead + "Democrats were seeking $75 billion for hospitals and $25 billion "
            "for testing, she said.",
        ),
        Article(id="b", text=lead + "The package provides $25 billion for testing, aides said."),
        Article(id="c", text=lead + "It gives $1.3 billion for border fencing, aides said."),
    ]
    assert diff_story(arts).conflicts == ()


def test_a_name_after_the_countrys_and_two_company_suffixes_are_one_name():
    a = Article(
        id="a",
        text="He will lie in the US Capitol Rotunda and be buried at the U.S. Naval Academy. "
        "Pacific Gas & Electric Corp. said the blackout would last.",
    )
    b = Article(
        id="b",
        text="He will lie in the Capitol Rotunda and be buried at the Naval Academy. "
        "Pacific Gas & Electric Co. said the blackout would last.",
    )
    names = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind in ("place", "org")}
    assert {n: v for n, v in names.items() if "Rotunda" in n} == {"Capitol Rotunda": ("a", "b")}
    assert [v for n, v in names.items() if "Naval" in n] == [("a", "b")]
    assert [v for n, v in names.items() if "Pacific" in n] == [("a", "b")]


def test_a_county_or_a_news_agency_names_the_place_or_body_it_is_named_for():
    a = Article(id="a", text="Fires burned in Sonoma on Monday, the Yonhap agency reported.")
    b = Article(
        id="b", text="Fires burned in Sonoma County on Monday, Yonhap News Agency reported."
    )
    names = {f.text: f.versions for f in diff_story([a, b]).facts}
    assert names["Sonoma"] == ("a", "b")
    assert names["Yonhap"] == ("a", "b")


def test_a_lone_surname_spelt_a_letter_apart_joins_the_full_name_but_a_family_does_not():
    a = Article(id="a", text="Ukrainian President Volodymyr Zelenskiy spoke on Monday.")
    b = Article(id="b", text="Trump asked Zelensky for a favor on Monday.")
    c = Article(id="c", text="Bill Clinton spoke on Monday.")
    d = Article(id="d", text="The Clintons spoke on Monday.")
    people = {f.text: f.versions for f in diff_story([a, b]).facts if f.kind == "person"}
    assert people == {"Volodymyr Zelenskiy": ("a", "b")}
    people = {f.text: f.versions for f in diff_story([c, d]).facts if f.kind == "person"}
    assert people.get("Bill Clinton") == ("c",)


def test_a_version_that_states_the_consensus_after_another_figure_shows_it_in_the_grid():
    a = Article(
        id="a", text="A total of 18 states sued the administration on Monday over the rule."
    )
    b = Article(id="b", text="Attorneys general from 18 states sued the administration on Monday.")
    c = Article(
        id="c",
        text="California and over a dozen other states went to court on Monday. "
        "The 18 states sued the administration over the rule.",
    )
    (row,) = [f for f in diff_story([a, b, c]).facts if f.subject == "states"]
    assert row.versions == ("a", "b", "c")
    assert [m.text for m in row.mentions] == ["18 states"] * 3


def test_a_versions_additions_come_in_the_order_of_its_own_text():
    a = Article(
        id="a",
        text="The ferry sank off Port Ella on Sunday. Rescuers pulled 40 people from the sea."
        " The harbour closed at noon. Divers searched the wreck overnight.",
    )
    b = Article(
        id="b",
        text="Relatives gathered at the quay on Monday. Divers searched the wreck overnight."
        " The mayor declared a day of mourning. The ferry sank off Port Ella on Sunday."
        " Insurers sent assessors to the harbour.",
    )
    adds = diff_story([a, b]).adds["b"]
    assert [p.text.split()[0] for p in adds] == ["Relatives", "The", "Insurers"]


def test_a_surname_with_its_particle_names_the_person_the_others_name_in_full():
    full = "Mayor Bill de Blasio said the city was safe on Monday."
    short = "De Blasio said the city was safe on Monday."
    assert _people([full, full, short]) == {"Bill de Blasio": ("v0", "v1", "v2")}


def test_a_name_with_no_word_of_its_own_does_not_stop_the_joining_of_surnames():
    # a name whose key has no word left ("The"), read as a person's
    full = '"He would be excellent," Lena Haxby told The Sun on Monday.'
    short = '"He would be excellent," Haxby said on Monday.'
    assert "Lena Haxby" in _people([full, short])


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        # a vocative and "you" around a different word: two remarks
        (
            'A protester yelled: "Mr President, fuck you." Later Vela shouted: "Mr President, '
            "don't you have kids? How would you like it if they separated your kids?\"",
            'A heckler shouted at him, "Mr. President, F– you!" It was over by noon.',
            {"fuck you": {"a", "b"}, "have kids": {"a"}},
        ),
        # three function words in a row are no stretch of one quote
        (
            'Bellor said: "The thought that they are going to be putting such little kids in '
            'a shelter? Toddlers are being detained."',
            '"It\'s going to be close," said Rep. Carl Curbo, who helped write the bill.',
            {"to be close": {"b"}},
        ),
        # "those" for "these" in a short quote is one quote
        (
            'The widower wrote: "My request is simple: Please delete these tweets."',
            'He asked Twitter to act. "Please delete those tweets," he wrote on Monday.',
            {"Please delete": {"a", "b"}},
        ),
    ],
)
def test_short_quotes_join_only_on_words_of_substance(first, second, together):
    quotes = diff_story([Article(id="a", text=first), Article(id="b", text=second)]).quotes
    for words, versions in together.items():
        (group,) = [q for q in quotes if words in q.text or words in q.variants[0].text]
        assert set(group.versions) == versions


def test_a_lone_family_name_written_first_names_the_person_the_others_name_in_full():
    full = "President Xi Jinping said the ferries would run on Monday."
    short = "The ferries would run on Monday, President Xi said."
    assert _people([full, full, short]) == {"Xi Jinping": ("v0", "v1", "v2")}


def _labels(*versions: Article) -> list[str]:
    return [c.label for c in diff_story(list(versions)).conflicts]


def test_two_peoples_figures_are_no_conflict_but_one_persons_two_figures_are():
    a = Article(id="a", text="Ann Lee's campaign raised $22.7 million in the last quarter.")
    b = Article(id="b", text="Tom Ruiz's campaign had raised $34.5 million in the last quarter.")
    assert diff_story([a, b]).conflicts == ()
    # the same holder (by surname), or a sentence that names the other's holder too
    same = Article(id="c", text="The campaign of Sen. Lee raised $34.5 million in the quarter.")
    assert _labels(a, same) == ["conflict"]
    both = Article(id="d", text="Tom Ruiz raised $34.5 million, well ahead of Ann Lee.")
    assert _labels(a, both) == ["conflict"]
    # guard: a figure whose sentence names no one before it is anyone's (passes before too)
    bare = Article(id="e", text="The campaign raised $34.5 million in the last quarter.")
    assert _labels(a, bare) == ["conflict"]


def test_a_dateline_agency_is_no_holder_of_a_figure():
    a = Article(id="a", text="Port Ella (Reuters) - The campaign raised $22.7 million.")
    b = Article(id="b", text="Port Ella (Politico) - The campaign raised $34.5 million.")
    assert _labels(a, b) == ["conflict"]


def test_a_part_of_a_figure_is_no_count_of_its_own():
    a = Article(id="a", text="The attack on the club also wounded 53 more.")
    b = Article(id="b", text="Twenty-three of the 53 wounded remained in hospital on Monday.")
    assert diff_story([a, b]).conflicts == ()
    grid = {f.subject: f.versions for f in diff_story([a, b]).facts if f.kind == "count"}
    assert grid == {"people injured": ("a", "b")}


def test_the_dead_and_the_wounded_are_counts_of_people():
    a = Article(id="a", text="The storm left 33 dead on the island, officials said.")
    b = Article(id="b", text="The storm killed 64 people on the island, officials said.")
    conflicts = diff_story([a, b]).conflicts
    assert [(c.subject, c.label) for c in conflicts] == [("people killed", "conflict")]


def test_a_count_of_women_in_another_sentence_is_a_part_of_the_people_killed():
    a = Article(id="a", text="Nine people were killed when gunmen ambushed the convoy near Lisk.")
    b = Article(id="b", text="Two more cars were attacked nearby, killing two women.")
    assert diff_story([a, b]).conflicts == ()
    # in aligned sentences the two counts are one claim told two ways, and disagree
    c = Article(id="c", text="Two women were killed when gunmen ambushed the convoy near Lisk.")
    assert _labels(a, c) == ["conflict"]
    # more women than people killed are no part of them (passes before too)
    d = Article(id="d", text="Two more cars were attacked nearby, killing twelve women.")
    assert _labels(a, d) == ["conflict"]


def test_an_ordinal_in_figures_before_a_name_is_part_of_the_name_not_a_fact():
    a = Article(id="a", text="The 2nd U.S. Circuit Court of Appeals ruled for the port on Monday.")
    b = Article(id="b", text="The 2nd U.S. Circuit Court of Appeals sided with the port on Monday.")
    assert "ordinal" not in {f.kind for f in diff_story([a, b]).facts}
    # an ordinal in words stays a fact: "the sixth aide" / "the seventh aide"
    c = Article(id="c", text="Ann Lee became the sixth aide to plead guilty on Monday.")
    d = Article(id="d", text="Ann Lee became the seventh aide to plead guilty on Monday.")
    assert "ordinal" in {f.kind for f in diff_story([c, d]).facts}


def test_a_sum_in_another_currency_in_brackets_is_no_figure_of_its_own():
    a = Article(id="a", text="The fund pledged $100bn (£74bn) to the port on Monday.")
    b = Article(id="b", text="The fund pledged $100bn (£72bn) to the port on Tuesday.")
    report = diff_story([a, b])
    assert report.conflicts == ()
    assert {f.text for f in report.facts if f.kind == "money"} == {"$100bn"}


def test_a_figure_a_version_files_under_another_slot_fills_the_slot_the_others_share():
    a = Article(id="a", text="Ann Lee ran for mayor in 2019. She won the port vote.")
    b = Article(id="b", text="Ann Lee first ran for mayor in 2019. She won the port vote.")
    # "raised ... in 2019": filed under the year of a rise, which no other version has
    c = Article(id="c", text="Ann Lee raised $6 million in the first months of 2019.")
    years = [f for f in diff_story([a, b, c]).facts if f.kind == "year"]
    assert [(f.subject, f.versions) for f in years] == [("year", ("a", "b", "c"))]


def test_a_sentence_in_other_words_lines_up_in_the_grid_but_is_in_no_row_for_conflicts():
    from storydiff.align import align
    from storydiff.diff import _row_finder

    a = Article(
        id="a",
        text="Officials said the airliner was struck by a missile, killing all 176 people on "
        "board, hours after Lisk fired more than a dozen ballistic missiles at two bases.",
    )
    b = Article(
        id="b",
        text="Sources told the Herald that two surface-to-air missiles had targeted the "
        "airliner that went down in Lisk on Wednesday, killing all 176 people onboard.",
    )
    alignment = align([a, b])
    assert [r.versions for r in alignment.rows] == [("a", "b")]  # one fact, reworded
    at_b = b.text.index("two surface")
    assert _row_finder(alignment)("b", at_b) == 0
    # its other figures ("two surface-to-air missiles") are no conflict by their place
    assert _row_finder(alignment, reworded=False)("b", at_b) is None
    assert _row_finder(alignment, reworded=False)("a", 0) == 0


@pytest.mark.parametrize(
    ("formal", "joined"),
    [
        ("the Kingdom of Valdora", True),
        ("the Islamic Republic of Valdora", True),
        ("the Republic of China", False),  # (guard: Taiwan)
    ],
)
def test_a_states_formal_name_is_its_short_name(formal, joined):
    short = "Valdora" if joined else "China"
    one = f"The embassy of {formal} said it would help, officials in Port Ella said."
    two = f"Officials in {short} and in Port Ella said on Monday that they would help."
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate([one, two, two])]
    places = {f.text: f.versions for f in diff_story(arts).facts if f.kind == "place"}
    assert places[short] == ("v0", "v1", "v2")
    assert (formal.removeprefix("the ") not in places) is joined


@pytest.mark.parametrize(
    ("other", "one_group"),
    [("a great disappointment.", True), ("not guilty", False)],  # (guard: no negation dropped)
)
def test_a_short_quote_with_an_article_before_it_is_the_same_quote(other, one_group):
    words = "great disappointment" if one_group else "guilty"
    texts = [
        f"Mayor Ana Brel called the board's refusal to help “{words}” on Monday.",
        f"Mayor Ana Brel called the board's refusal to help “{other}” on Monday.",
    ]
    arts = [Article(id=f"v{k}", text=t) for k, t in enumerate(texts)]
    groups = [q.versions for q in diff_story(arts).quotes]
    assert groups == ([("v0", "v1")] if one_group else [("v0",), ("v1",)])


@pytest.mark.parametrize(
    ("full", "short", "speaker"),
    [
        ("Jussie Smollett", "Smollett", "Jussie Smollett"),
        ("Eddie T. Johnson", "Eddie Johnson", "Eddie T. Johnson"),
        ("Hu Xijin", "Hu", "Hu Xijin"),  # the family name first
        ("Khalid bin Salman", "Salman", "Salman"),  # the father's name in the son's
        ("Donald Trump Jr.", "Donald Trump", "Donald Trump"),  # the son, by his suffix
    ],
)
def test_a_speaker_one_version_names_shorter_takes_the_name_another_gives_in_full(
    full, short, speaker
):
    a = Article(id="a", text=f'"We will appeal the ruling," {full} said on Thursday.')
    b = Article(id="b", text=f'"The port will reopen in June," {short} said on Friday.')
    quotes = diff_story([a, b]).quotes
    assert [q.speaker for q in quotes if q.versions == ("b",)] == [speaker]


def test_a_papers_short_name_as_speaker_is_the_one_paper_of_that_name_quoted():
    text = (
        'Among those who fled were what the San Francisco Chronicle calls "a who\'s who of athletes."'
        '\n\n"Former outfielder Ivo Marsh drove guests away from the course," the '
        "Chronicle reports."
    )
    quotes = diff_story([Article(id="a", text=text)]).quotes
    assert {q.speaker for q in quotes} == {"San Francisco Chronicle"}


def test_a_surname_two_speakers_share_stays_as_written():
    a = Article(
        id="a",
        text='"We will appeal the ruling," Ann Lee said. "We will not," Bo Lee said later.',
    )
    b = Article(id="b", text='"The port will reopen in June," Lee said on Friday.')
    quotes = diff_story([a, b]).quotes
    assert [q.speaker for q in quotes if q.versions == ("b",)] == ["Lee"]


def test_the_two_parties_a_story_names_are_no_fact_but_a_count_of_them_is():
    a = Article(id="a", text="Relations between the two countries soured. Both sides met.")
    b = Article(id="b", text="Ties between the two nations are poor. Two countries signed.")
    facts = diff_story([a, b]).facts
    assert [(f.subject, f.text) for f in facts if f.kind == "count"] == [
        ("countries", "Two countries")
    ]


def test_a_figure_the_other_versions_lead_sentence_also_states_is_no_conflict():
    a = Article(
        id="a",
        text=(
            "Ivo Lisk raised more than $34.5 million in the last quarter of 2019, while "
            "Dana Drey drew $46 million, their campaigns said on Thursday."
        ),
    )
    b = Article(
        id="b",
        text="Dana Drey raised $46 million in the fourth quarter of 2019, his campaign said.",
    )
    assert diff_story([a, b]).conflicts == ()
    # a figure the sentence does not state is still one
    c = Article(id="c", text="Dana Drey raised $52 million in the fourth quarter of 2019.")
    assert diff_story([a, c]).conflicts != ()


def test_a_vague_count_beside_an_exact_one_of_a_bare_noun_apart_is_no_conflict():
    a = Article(
        id="a",
        text=(
            "The court ruled on Monday. Its decision overturned injunctions issued by lower "
            "courts in three different states."
        ),
    )
    b = Article(
        id="b",
        text=(
            "The court ruled on Monday. The plaintiffs, including several states, said they "
            "would appeal the ruling."
        ),
    )
    assert [c.subject for c in diff_story([a, b]).conflicts] == []
    # in aligned sentences the same counts still differ
    c = Article(id="c", text="Several states sued the agency on Monday over the new rule.")
    d = Article(id="d", text="Three states sued the agency on Monday over the new rule.")
    assert [x.subject for x in diff_story([c, d]).conflicts] == ["states"]


def test_a_name_is_shown_as_the_body_writes_it_not_as_a_dateline_shouts_it():
    one = (
        "LOS ANGELES/LISK, Nordland (Reuters) - Ferries stopped on Monday. The line is based"
        " in Lisk, a port in Nordland."
    )
    two = "Ferries stopped on Monday, the line said."
    arts = [Article(id="a", text=one), Article(id="b", text=two)]
    places = [f.text for f in diff_story(arts).facts if f.kind == "place"]
    assert "Lisk" in places
    assert "LISK" not in places


def test_the_commons_is_the_house_of_commons_another_version_names():
    one = "MPs in the House of Commons rejected the ferry bill on Friday, the third defeat."
    two = "After Friday's Commons defeat, the Commons' third vote failed; a delay may follow."
    arts = [Article(id="a", text=one), Article(id="b", text=two)]
    orgs = [(f.text, f.versions) for f in diff_story(arts).facts if f.kind == "org"]
    assert orgs == [("House of Commons", ("a", "b"))]


def test_a_fragment_quoted_again_from_the_speaker_s_longer_quote_is_one_quote():
    a = Article(
        id="a",
        text=(
            "Sen. Ivo Marsh, an adviser to the harbour board, shrugged off the criticism, "
            "arguing that the board should ignore \u201cchatter.\u201d\n\n"
            "\u201cWe have a duty to perform, and we will try not to get too distracted by "
            "all the chatter,\u201d he told the Coast Post."
        ),
    )
    b = Article(id="b", text="The harbour board met on Monday to discuss the ferry.")
    quotes = [(q.text, q.speaker) for q in diff_story([a, b]).quotes]
    assert quotes == [
        (
            "We have a duty to perform, and we will try not to get too distracted by all "
            "the chatter",
            "Ivo Marsh",
        )
    ]


def test_a_fragment_of_six_words_in_a_lede_is_an_echo_of_the_full_quote_later():
    a = Article(
        id="a",
        text=(
            "Mayor Ivo Marsh rallied his supporters on Friday and said the harbour board "
            "has a \u201csick system from the inside.\u201d\n\n"
            "\u201cThis is a sick system from the inside,\u201d Marsh said."
        ),
    )
    b = Article(id="b", text="The harbour board met on Monday to discuss the ferry.")
    quotes = [(q.text, q.speaker) for q in diff_story([a, b]).quotes]
    assert quotes == [("This is a sick system from the inside", "Ivo Marsh")]
