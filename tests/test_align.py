from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.align import AlignParams, align, classify_change, placement, word_changes
from storydiff.errors import ConfigError
from storydiff.models import Article
from storydiff.normalize import word_set
from storydiff.segment import split_sentences, words


def art(aid: str, text: str) -> Article:
    return Article(id=aid, text=text)


def test_sentence_offsets_point_into_the_text():
    text = 'He said: "It sank." Nobody died.\n\nA new paragraph, Mr. Smith said. It sank.'
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1, 1]


@pytest.mark.parametrize(
    "text",
    [
        # pysbd cuts the closing marks off after a nested quote
        "Kosachev wrote that ‘‘so-called ‘peace-loving’ Europe is afraid of talks.’’",
        "Kosachev wrote that ‘‘so-called ‘peace-loving’ Europe is afraid.’’ He left.",
    ],
)
def test_closing_quote_marks_end_their_sentence(text):
    sents = split_sentences(text)
    assert sents[0].text.endswith("afraid of talks.’’") or sents[0].text.endswith("afraid.’’")
    assert all(any(c.isalnum() for c in s.text) for s in sents)
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert [s.index for s in sents] == list(range(len(sents)))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Kosachev wrote that ''so-called 'peace-loving' Europe is afraid.'' He left.",
            "Kosachev wrote that ''so-called 'peace-loving' Europe is afraid.''",
        ),
        (
            "He said 'the so-called 'peace' deal is dead.' Then he left.",
            "He said 'the so-called 'peace' deal is dead.'",
        ),
        (  # a quote opened curly and closed straight
            'A statement called it a \u201csign of the pope\u2019s closeness to them." He left.',
            'A statement called it a \u201csign of the pope\u2019s closeness to them."',
        ),
    ],
)
def test_straight_closing_marks_end_their_sentence(text, first):
    assert [s.text for s in split_sentences(text)] == [first, text[len(first) + 1 :]]


def test_a_straight_mark_closes_a_curly_quote_opened_sentences_before():
    text = '\u201cIt would undo the progress. It must not happen." He left.'
    assert [s.text for s in split_sentences(text)] == [
        "\u201cIt would undo the progress.",
        'It must not happen."',
        "He left.",
    ]


@pytest.mark.parametrize(
    "text", ["The man was found, Insp. Bo Ek said.", "Cllr. Ann Lee spoke on Monday."]
)
def test_a_title_pysbd_does_not_know_does_not_end_the_sentence(text):
    assert [s.text for s in split_sentences(f"{text} He left.")] == [text, "He left."]


@pytest.mark.parametrize(
    "text",
    [
        "Update 5 p.m. ET: a judge blocked the rules.",
        "It was first published May 30 at 10:25 p.m. PT.",
        "The polls open at 9 a.m. EDT on Monday.",
    ],
)
def test_a_clock_time_keeps_its_time_zone(text):
    assert [s.text for s in split_sentences(f"{text} He left.")] == [text, "He left."]


def test_a_clock_time_still_ends_a_sentence_before_a_new_one():
    text = "The vote ended at 5 p.m. Police said he left at 6."
    assert [s.text for s in split_sentences(text)] == [
        "The vote ended at 5 p.m.",
        "Police said he left at 6.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Lee, D-Conn., said the change should have come months ago.",
        "Sen. Ann Lee, D-Conn. said the change came late.",
        "Rep. Bo Ek, R-Calif., a member of the committee, said no.",
        "Senators Ann Lee, D-Vt.; Bo Ek, D-N.M.; and Cy Orr, D-Ore., signed it.",
        "\"It gives new meaning to the term 'overdue,' \" Lee said.",
        "Acme Inc. said it would appeal.",
        "HARTFORD, Conn. — Ann Lee spoke on Monday.",
        "It was former Cong. Bo Ek who won.",
        "He lives in Ft. Myers, by the sea.",
        "We met at 10 a.m. Friday; it rained.",
        "After criticizing CNN, Pres. Drey declines to take a question.",
        "\u201cSen. Lee\u2019s comments were a reference to the price,\u201d he said.",
        "Ann Lee, president of Lee & Assoc. in Lisk, said the blast was inside the car.",
    ],
)
def test_an_abbreviation_a_comma_or_a_dash_does_not_end_the_sentence(text):
    assert [s.text for s in split_sentences(f"{text} He left.")] == [text, "He left."]


@pytest.mark.parametrize(
    "text",
    [
        "“Does it come on Christmas Eve? Or after the new year?” Gen. Ann Lee told reporters.",
        '"Why not?" Lee asked.',
        "“Stop the ferry!” Harbourmaster Bo Ek shouted on Monday.",
        '"Not a way to run a port!" Democratic Sen. Bo Ek of Green Bay said at 4 a.m.',
        # a tweet's hashtag leaves a space before the closing mark
        '"A city in mourning. My thoughts are with them # PortElla " Ek tweeted.',
    ],
)
def test_a_quoted_question_and_the_name_and_verb_after_it_are_one_sentence(text):
    assert [s.text for s in split_sentences(f"{text} He left.")] == [text, "He left."]


@pytest.mark.parametrize("tag", ["(CNN)", "(Reuters) -"])
def test_an_outlet_s_tag_opening_a_paragraph_opens_its_first_sentence(tag):
    text = f"{tag} The ferry ran aground on Sunday. He left."
    assert [s.text for s in split_sentences(text)] == [
        f"{tag} The ferry ran aground on Sunday.",
        "He left.",
    ]


def test_a_quoted_question_inside_a_sentence_still_ends_it_before_a_new_one():
    text = "She asked: “Is it over?” Ek says it is."
    assert [s.text for s in split_sentences(text)] == ["She asked: “Is it over?”", "Ek says it is."]


def test_a_capitalised_abbreviation_before_a_lower_case_line_still_ends_its_sentence():
    text = "I am a reporter at The Times. lyn said hi."
    assert [s.text for s in split_sentences(text)] == [
        "I am a reporter at The Times.",
        "lyn said hi.",
    ]


def test_a_straight_quote_opening_the_next_sentence_stays_with_it():
    text = 'The ferry sank on Sunday. " We will rebuild the quay," Mayor Ann Lee said.'
    assert [s.text for s in split_sentences(text)] == [
        "The ferry sank on Sunday.",
        '" We will rebuild the quay," Mayor Ann Lee said.',
    ]


def test_repeated_sentence_gets_its_own_offsets():
    text = "It sank. Help came. It sank."
    sents = split_sentences(text)
    assert [s.start for s in sents] == [0, 9, 20]


def test_moved_sentence_is_one_row_not_an_add_and_an_omit():
    a = art("a", "The ferry ran aground. Forty people were rescued. The captain was praised.")
    b = art("b", "Forty people were rescued. The captain was praised. The ferry ran aground.")
    rows = align([a, b]).rows
    assert len(rows) == 3
    assert all(r.versions == ("a", "b") for r in rows)


def _changes_in_b(text_a: str, text_b: str) -> list[tuple[str, str, bool, str]]:
    """The word changes of version b's cell in the one row of a two-version story."""
    (row,) = align([art("a", text_a), art("b", text_b)]).rows
    cell = row.cell("b")
    assert cell is not None
    return [(c.old, c.new, c.meaning, c.reason) for c in cell.changes]


def test_a_verb_swapped_for_its_opposite_is_a_change_of_meaning_in_the_aligned_row():
    assert _changes_in_b(
        "Shares in the carmaker rose sharply in early trading on Monday.",
        "Shares in the carmaker fell sharply in early trading on Monday.",
    ) == [("rose", "fell", True, "opposite")]


def test_two_opposites_that_trade_places_are_no_change_of_meaning():
    changes = _changes_in_b(
        "Prices rose and wages fell last year across the country.",
        "Wages fell and prices rose last year across the country.",
    )
    assert changes
    assert not any(meaning for _, _, meaning, _ in changes), changes


def test_edited_sentence_carries_word_changes():
    a = art("a", "Six people were treated for minor injuries at the scene.")
    b = art("b", "Five people were treated for minor injuries at the scene.")
    (row,) = align([a, b]).rows
    cell = row.cell("b")
    assert cell is not None
    assert cell.status == "edited"
    assert [(c.old, c.new, c.meaning) for c in cell.changes] == [("Six", "Five", True)]
    assert b.text[cell.changes[0].start : cell.changes[0].end] == "Five"


def test_split_sentence_lands_in_one_row():
    a = art(
        "a",
        "The ship lost power at dawn and drifted onto the sandbank, where it stuck fast for hours.",
    )
    b = art(
        "b",
        "The ship lost power at dawn. It drifted onto the sandbank, where it stuck fast for hours.",
    )
    rows = align([a, b]).rows
    assert len(rows) == 1
    assert rows[0].cell("b").sentences == (0, 1)


def test_a_bulleted_name_is_no_part_of_a_sentence_that_names_him():
    a = art(
        "a",
        "The lineup:\n\n• Sen. Cory Booker of New Jersey\n\n• Mayor Ann Lee of Lisk",
    )
    b = art(
        "b",
        "Biden will stand between his two fiercest critics: Harris and New Jersey "
        "Sen. Cory Booker of New Jersey, who has said he will confront him.",
    )
    rows = align([a, b]).rows
    assert all(len(r.versions) == 1 for r in rows)


def test_a_short_sentence_of_common_words_is_no_part_of_a_longer_one():
    a = art("a", "The encounter happened last week.")
    b = art(
        "b",
        "His tweet follows a tense encounter between two navies in the gulf last week.",
    )
    assert len(align([a, b]).rows) == 2


def test_a_quoted_sentence_is_part_of_the_longer_quote_it_was_trimmed_from():
    a = art("a", "“I think that is an open discussion,” Pelosi said.")
    b = art(
        "b",
        "“I think that that is an open discussion,” Pelosi, likely the next Speaker, said on "
        "the morning show after the vote on Tuesday night in the Capitol.",
    )
    assert len(align([a, b]).rows) == 1


def test_a_dates_day_before_another_date_is_no_numbered_list():
    text = (
        "He called for the closure on July 20. Immediately afterwards, he left. "
        "He will travel on the evening of July 21. The prosecutor spoke."
    )
    assert [s.text for s in split_sentences(text)] == [
        "He called for the closure on July 20.",
        "Immediately afterwards, he left.",
        "He will travel on the evening of July 21.",
        "The prosecutor spoke.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Targets included Govs. Gretchen Whitmer and J.B. Pritzker. They spoke.",
            ["Targets included Govs. Gretchen Whitmer and J.B. Pritzker.", "They spoke."],
        ),
        (
            "She began on Martin Luther King Jr. Day in January. It was cold.",
            ["She began on Martin Luther King Jr. Day in January.", "It was cold."],
        ),
        (
            "A plaque honours Martin Luther King Jr. He was a leader.",
            ["A plaque honours Martin Luther King Jr.", "He was a leader."],
        ),
        (  # the suffix's possessive goes on with the name
            "It is about Donald Trump Jr.\u2019s meeting with a lawyer. He left.",
            ["It is about Donald Trump Jr.\u2019s meeting with a lawyer.", "He left."],
        ),
        (  # after a year, and before a name with an apostrophe
            "It raised $7 million in 2019.The mayor spent less.O’Rourke raised more.",
            ["It raised $7 million in 2019.", "The mayor spent less.", "O’Rourke raised more."],
        ),
        (  # a full stop with no space after it, and one inside a link
            "It had $10 million in the bank.Trump's committee raised more at www.fec.gov/data.Today.",
            [
                "It had $10 million in the bank.",
                "Trump's committee raised more at www.fec.gov/data.Today.",
            ],
        ),
        (  # no space after a closing quote mark
            "\u201cHe is the master of that.\u201dIn recent history, nominees waited.",
            ["\u201cHe is the master of that.\u201d", "In recent history, nominees waited."],
        ),
        (  # a title after "then-"
            "She lost to then-Gov. Terry McAuliffe in 2017. He won.",
            ["She lost to then-Gov. Terry McAuliffe in 2017.", "He won."],
        ),
        (  # a plural one too
            "It backed then-Sens. Ann Lee and Ivo Brell in 2006. He won.",
            ["It backed then-Sens. Ann Lee and Ivo Brell in 2006.", "He won."],
        ),
        (  # "D.C." ending a sentence before its next one's opening word
            "A statue stood in Washington, D.C. There are a dozen more in Lisk.",
            ["A statue stood in Washington, D.C.", "There are a dozen more in Lisk."],
        ),
        (  # "D.C." before a quote opening the next sentence, "U.S." before its "They"
            "He moved back to D.C. \u201cI just imagined it,\u201d he said. It came to the"
            " U.S. They stayed. The U.S. Army said so.",
            [
                "He moved back to D.C.",
                "\u201cI just imagined it,\u201d he said.",
                "It came to the U.S.",
                "They stayed.",
                "The U.S. Army said so.",
            ],
        ),
        (  # "U.S." before "By" ending a sentence, but never inside a quote, which goes on
            "It killed 110,000 people in the U.S. By the same margin, Americans backed him."
            " \u201cWe lost to the U.S. Now we cannot let this go on!\u201d Ek wrote.",
            [
                "It killed 110,000 people in the U.S.",
                "By the same margin, Americans backed him.",
                "\u201cWe lost to the U.S. Now we cannot let this go on!\u201d Ek wrote.",
            ],
        ),
        (  # a suffix ending a sentence before a capitalised possessive
            "He was admired by Martin Luther King Jr. Vivian’s protests landed him in jail.",
            ["He was admired by Martin Luther King Jr.", "Vivian’s protests landed him in jail."],
        ),
        (  # a state's abbreviation after a place or in a party tag, then a new sentence
            "She drove back to Cary, N.C. Finding fuel was tough. He beat Rep. Ivo Brell,"
            " D-N.Y. In the days after, Lee joined. It reached Isle of Palms, S.C. Most of"
            " it was spared.",
            [
                "She drove back to Cary, N.C.",
                "Finding fuel was tough.",
                "He beat Rep. Ivo Brell, D-N.Y.",
                "In the days after, Lee joined.",
                "It reached Isle of Palms, S.C.",
                "Most of it was spared.",
            ],
        ),
        (  # a tweet's closing hashtag goes with its sentence
            "Planned Parenthood will make sure of it. #StopTheBans",
            ["Planned Parenthood will make sure of it. #StopTheBans"],
        ),
        (  # a party tag after a title whose name the scrape lost, then glued sentences
            "Allies like Tennessee Sen., Ohio Gov. John Kasich.And Maine Sen.(R) has doubts.Trump"
            " waits.",
            [
                "Allies like Tennessee Sen., Ohio Gov. John Kasich.",
                "And Maine Sen.(R) has doubts.",
                "Trump waits.",
            ],
        ),
    ],
)
def test_titles_suffixes_and_missing_spaces_cut_sentences_where_they_end(text, sentences):
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    assert all(text[s.start : s.end] == s.text for s in found)


def test_a_numbered_list_on_its_own_lines_stays_a_list():
    text = "The five:\n1. Biden leads\n2. Warren is second"
    assert [s.text for s in split_sentences(text)] == [
        "The five:",
        "1. Biden leads",
        "2. Warren is second",
    ]


def test_three_versions_share_one_row():
    text = "The bridge cost 310 million valors and opened two years late."
    vs = [art("a", text), art("b", text), art("c", text.replace("310", "330"))]
    (row,) = align(vs).rows
    assert row.versions == ("a", "b", "c")
    assert [c.status for c in row.cells] == ["same", "same", "edited"]


def test_unrelated_sentences_stay_apart():
    rows = align(
        [art("a", "The ferry ran aground."), art("b", "Parliament passed the budget.")]
    ).rows
    assert len(rows) == 2


def test_base_version_is_the_reference():
    a = art("a", "Six people were hurt in the crash on Sunday.")
    b = art("b", "Five people were hurt in the crash on Sunday.")
    (row,) = align([a, b], base="b").rows
    assert row.reference == "b"


def test_two_ledes_telling_one_fact_in_other_words_are_one_edited_row():
    a = art(
        "a",
        "More than 400 former harbour pilots and officials at the Port Authority called on "
        "Harbourmaster Wilhelmina Okafor to resign Sunday after she intervened in the Dorrit "
        "inquiry to soften the penalty of her longtime friend. The weather was calm.",
    )
    b = art(
        "b",
        "Harbourmaster Mina Okafor should resign, more than 400 former Port Authority officials "
        "said in a letter after her office softened the penalty recommended in the Dorrit "
        "inquiry, a move critics call interference. Tugs stood by.",
    )
    rows = align([a, b]).rows
    lede = next(r for r in rows if r.cell("a") is not None and 0 in r.cell("a").sentences)
    assert lede.versions == ("a", "b")
    assert {c.status for c in lede.cells} == {"same", "edited"}
    # the sentences about other things stay apart
    assert sum(len(r.versions) == 1 for r in rows) == 2


def test_a_paraphrase_joins_only_its_best_match():
    a = art(
        "a",
        "The ferry Lark ran aground near Port Ella on Saturday with 40 passengers aboard. "
        "The ferry Lark was towed to Port Ella harbour on Monday by two tugs.",
    )
    b = art("b", "On Saturday the Lark, a ferry carrying 40 passengers, grounded off Port Ella.")
    rows = align([a, b]).rows
    joined = next(r for r in rows if len(r.versions) == 2)
    assert joined.cell("a").sentences == (0,)
    assert len(rows) == 2


def test_sentences_sharing_a_few_words_are_no_paraphrase():
    a = art("a", "Police in Port Ella said the ferry Lark was carrying 40 passengers.")
    b = art("b", "The mayor of Port Ella thanked the police and the volunteers for their work.")
    assert all(len(r.versions) == 1 for r in align([a, b]).rows)


def test_no_paraphrase_joins_below_the_paraphrase_threshold():
    a = art(
        "a",
        "More than 400 former harbour pilots and officials at the Port Authority called on "
        "Harbourmaster Wilhelmina Okafor to resign Sunday after she intervened in the Dorrit "
        "inquiry to soften the penalty of her longtime friend.",
    )
    b = art(
        "b",
        "Harbourmaster Mina Okafor should resign, more than 400 former Port Authority officials "
        "said in a letter after her office softened the penalty recommended in the Dorrit "
        "inquiry, a move critics call interference.",
    )
    strict = AlignParams(paraphrase=0.9, anchored=0.9)
    assert all(len(r.versions) == 1 for r in align([a, b], params=strict).rows)
    # the figure both state ("more than 400") lowers the bar to ``anchored``
    anchored = AlignParams(paraphrase=0.9)
    assert any(len(r.versions) == 2 for r in align([a, b], params=anchored).rows)


def test_two_sentences_stating_one_figure_in_other_words_are_one_row():
    a = art(
        "a",
        "The law firm reached a settlement this year, agreeing to register and to pay a "
        "$4.6 million fine and thus avoiding prosecution. The weather was calm.",
    )
    b = art("b", "It agreed to register under the act and pay about $4.6 million. Tugs stood by.")
    rows = align([a, b]).rows
    assert [r.versions for r in rows if len(r.versions) == 2] == [("a", "b")]
    # without the figure in common, as many words in common are two facts
    c = art("c", "It agreed to register under the act and pay a large fine. Tugs stood by.")
    assert all(len(r.versions) == 1 for r in align([a, c]).rows)
    # a year is no such figure ("In 2010, ..."), nor a name with a figure
    d = art("d", "In 2010 the firm agreed to register under the act. Tugs stood by.")
    e = art("e", "The firm was founded in 2010 in a small office. The sea was calm.")
    assert all(len(r.versions) == 1 for r in align([d, e]).rows)


def test_anchored_must_lie_in_the_unit_interval():
    with pytest.raises(ConfigError):
        AlignParams(anchored=0.0)


def test_duplicate_version_ids_are_rejected():
    with pytest.raises(ConfigError, match="distinct ids"):
        align([art("a", "x."), art("a", "y.")])


def test_bad_threshold_names_the_parameter():
    with pytest.raises(ConfigError, match="'threshold' parameter of AlignParams"):
        AlignParams(threshold=1.5)
    with pytest.raises(ConfigError, match="'paraphrase' parameter of AlignParams"):
        AlignParams(paraphrase=0.0)


@pytest.mark.parametrize(
    ("old", "new", "meaning", "reason"),
    [
        (["40"], ["37"], True, "number"),
        (["was"], ["was", "not"], True, "negation"),
        (["said"], ["admitted"], True, "attribution"),
        (["Haxby"], ["Rell"], True, "name"),
        ([","], [";"], False, "punctuation"),
        (["the"], ["a"], False, "function words"),
        (["big"], ["large"], False, "wording"),
        ([], ["after", "a", "long", "night", "at", "sea"], True, "content"),
        (["EU"], ["European", "Union"], False, "abbreviation"),
        (["PA"], ["Pennsylvania"], False, "abbreviation"),
        (["Mar", "."], ["March"], False, "abbreviation"),
        (["PA"], ["Ohio"], True, "name"),
        (["Monday"], ["Tuesday"], True, "date"),
        (["March"], ["April"], True, "date"),
        (["he", "claims"], ["he", "says"], True, "attribution"),
        # a reporting verb's spelling as a plural noun reports nothing
        (["these", "claims"], ["these", "statements"], False, "wording"),
        (["his", "vows"], ["his", "promises"], False, "wording"),
        # a word swapped for its opposite, in any form
        (["rose"], ["fell"], True, "opposite"),
        (["behind"], ["ahead", "of"], True, "opposite"),
        (["was", "acquitted"], ["was", "convicted"], True, "opposite"),
        (["injured"], ["killed"], True, "opposite"),
        (["earlier"], ["later"], True, "opposite"),
        (["man"], ["woman"], True, "opposite"),
        (["her"], ["his"], True, "opposite"),
        (["day"], ["night"], True, "opposite"),
        # a word with another common sense, a turned verb, a name: no opposite
        (["more", "than"], ["at", "least"], False, "wording"),
        (["failed", "to", "win"], ["lost"], False, "wording"),
        (["East", "Jerusalem"], ["West", "Bank"], True, "name"),
        # one side holding both words is no opposite (one content word dropped)
        (["rose", "and", "fell"], ["fell"], False, "wording"),
        (["rose"], ["climbed"], False, "wording"),
        # a letter slipped in a longer word is a spelling fix; a short name's is not
        (["alegged"], ["alleged"], False, "spelling"),
        (["Iran"], ["Iraq"], True, "name"),
        (["a"], ["one"], False, "wording"),
        (["a"], ["two"], True, "number"),
        # "I" in a contraction is the speaker, no name
        (["I’ve", "spoken"], ["I", "spoke"], False, "wording"),
        (["I'm", "going"], ["I", "am", "going"], False, "wording"),
    ],
)
def test_change_classification(old, new, meaning, reason):
    assert classify_change(old, new) == (meaning, reason)


@pytest.mark.parametrize(
    ("old", "new", "meaning"),
    [
        # a name run together with the next word, written apart
        (
            "Kremlin spokesman Dmitry Peskovsaid that Russia agreed",
            "Kremlin spokesman Dmitry Peskov said Russia agreed",
            False,
        ),
        # a bracketed short form of the words before it
        (
            "the eighth district of Pennsylvania (PA) voted",
            "the eighth district of Pennsylvania voted",
            False,
        ),
        ("the eighth district of Ohio (PA) voted", "the eighth district of Ohio voted", True),
        # a country by its adjective
        ("controlling Italy's media", "controlling the Italian media", False),
        ("controlling Italy's media", "controlling the French media", True),
    ],
)
def test_a_slip_a_short_form_or_a_countrys_adjective_is_no_new_name(old, new, meaning):
    a, b = art("a", old), art("b", new)
    (row,) = align([a, b]).rows
    assert any(c.meaning for c in row.cell("b").changes) is meaning


sentence = st.lists(
    st.sampled_from(
        sorted(word_set("the ship ran aground near port ella forty people were saved"))
    ),
    min_size=1,
    max_size=12,
)


def _is_subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(word in it for word in short)


@settings(max_examples=80, deadline=None)
@given(sentence, sentence)
def test_word_changes_keep_a_common_subsequence(a, b):
    """Oracle: the new-side words left untouched are a common subsequence of both."""
    new_text = " ".join(b)
    wa, wb = words(" ".join(a)), words(new_text)
    changes = word_changes(wa, wb)
    spans = [(c.start, c.end) for c in changes]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    kept = [w.text for w in wb if not any(s <= w.start < e for s, e in spans if e > s)]
    assert _is_subsequence(kept, a)
    if a == b:
        assert changes == ()


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("He was a 23 year old man.", "He was a 23-year-old man.", "form"),
        ("It is in the UK now.", "It is in the U.K. now.", "form"),
        ("The TV-Series won.", "The TV Series won.", "form"),
    ],
)
def test_a_rewrite_the_edit_script_cuts_into_pieces_is_judged_whole(old, new, reason):
    changes = word_changes(words(old), words(new))
    assert [(c.reason, c.meaning) for c in changes] == [(reason, False)]


def test_pieces_of_a_meaningful_rewrite_show_where_the_meaning_changed():
    changes = word_changes(words("Some 40 police officers came."), words("Some 37 soldiers came."))
    # the whole run is a number change too, but its pieces say where
    assert [(c.old, c.new, c.meaning, c.reason) for c in changes] == [
        ("40 police", "37 soldiers", True, "number"),
        ("officers", "", False, "content"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted.", []),
        ("(CNN) Japan's leader agreed.", "Japan's leader agreed.", []),
        ("PENSACOLA, Fla. (AP) — A student fired.", "SAN DIEGO — A student fired.", []),
        # after the dateline, the sentence is compared as ever, and opens it
        ("Washington (CNN) Nine were hurt.", "Seven were hurt.", [("Nine", "Seven", "number")]),
        # a guard (the same before): an acronym before a dash is no dateline
        ("NASA — led by Lee — flew.", "It flew.", [("— led by Lee —", "", "name")]),
    ],
)
def test_a_wire_dateline_opening_a_sentence_is_no_change(old, new, expected):
    changes = word_changes(words(old), words(new))
    assert [(c.old, c.new, c.reason) for c in changes if c.meaning] == expected


def test_text_without_blank_lines_has_one_paragraph_per_line():
    sents = split_sentences("First paragraph.\nSecond paragraph. Still second.")
    assert [s.paragraph for s in sents] == [0, 1, 1]


def test_lede_versus_deep_paragraph_is_reported_as_placement():
    lede = "The minister resigned on Friday after the audit."
    filler = "\n\n".join(f"Paragraph {k} talks about something else entirely." for k in range(6))
    a = art("a", f"{lede}\n\nOther news of the day came later.")
    b = art("b", f"Officials met on Monday.\n\n{filler}\n\n{lede}")
    row = next(r for r in align([a, b]).rows if len(r.cells) == 2)
    assert placement(row) == "lede in a; paragraph 8 in b"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("They batted on, not losing any wickets.", "They batted on, losing no wickets."),
        ("Nobody is allowed near the site.", "No one is allowed near the site."),
        (
            "The new model is insufficient to keep it open.",
            "The new model is not sufficient to keep it open.",
        ),
        ("Not only students, but sponsors came.", "Besides students, sponsors came."),
        ("He is alleged to have taken bribes.", "He allegedly has taken bribes."),
        ("Wall has admitted that she made comments.", "Wall admits to making comments."),
        ("It was paid for by American companies.", "It was paid for by United States companies."),
        ("Spain, America and Britain lead.", "Spain, the United States, and the UK lead."),
        # a reporting verb's spelling as a plural noun, the determiner outside the edit
        (
            "The minister rejected these claims on Monday.",
            "The minister rejected these statements on Monday.",
        ),
        ("He broke his vows.", "He broke his promises."),
    ],
)
def test_rewording_that_keeps_the_sentence_polarity_numbers_and_hedges_is_muted(old, new):
    changes = word_changes(words(old), words(new))
    assert changes
    assert not any(c.meaning for c in changes), [(c.old, c.new, c.reason) for c in changes]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("Three were killed and five hurt.", "Five were killed and three hurt.", "number"),
        ("The plan is sufficient.", "The plan is insufficient.", "negation"),
        ("The minister took bribes.", "The minister reportedly took bribes.", "attribution"),
        ("He said it was over.", "He admitted it was over.", "attribution"),
        (
            "A report that says the port is safe.",
            "A report that claims the port is safe.",
            "attribution",
        ),
        ("Spain and America lead.", "Spain and Canada lead.", "name"),
    ],
)
def test_a_sentence_that_changes_polarity_numbers_or_hedges_is_surfaced(old, new, reason):
    changes = word_changes(words(old), words(new))
    assert reason in {c.reason for c in changes if c.meaning}, [
        (c.old, c.new, c.reason) for c in changes
    ]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (
            "He will not sign the deal and will stay.",
            "He will sign the deal and will not stay.",
            "negation",
        ),
        (
            "The minister did not resign, but the aide quit.",
            "The minister resigned, but the aide did not quit.",
            "negation",
        ),
        (
            "Smith allegedly paid Jones, who took bribes.",
            "Smith paid Jones, who allegedly took bribes.",
            "attribution",
        ),
    ],
)
def test_a_negation_or_hedge_moved_to_another_clause_changes_meaning(old, new, reason):
    changes = word_changes(words(old), words(new))
    assert reason in {c.reason for c in changes if c.meaning}, [
        (c.old, c.new, c.reason) for c in changes
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("discover", "cover"),
        ("information", "formation"),
        ("intent", "tent"),
        ("indeed", "deed"),
        ("income", "come"),
    ],
)
def test_a_word_that_merely_starts_like_a_negative_prefix_is_no_negation(old, new):
    assert classify_change([old], [new])[1] != "negation"
    changes = word_changes(words(f"Police {old} the case."), words(f"Police {new} the case."))
    assert all(c.reason != "negation" for c in changes)


def test_a_phrase_moved_within_its_sentence_is_no_change_of_meaning():
    changes = _changes_in_b(
        "Yesterday Blunkett declared that he would not resign in an interview with the Star.",
        "In an interview with the Star yesterday, Blunkett declared that he would not resign.",
    )
    assert changes
    assert not any(meaning for _, _, meaning, _ in changes), changes
    assert "restated" in {reason for _, _, _, reason in changes}


def test_a_phrase_with_new_words_is_still_added_content():
    changes = _changes_in_b(
        "Blunkett declared that he would not resign from the cabinet.",
        "In an interview with reporters, Blunkett declared that he would not resign from the cabinet.",
    )
    assert [(new, meaning, reason) for _, new, meaning, reason in changes] == [
        ("In an interview with reporters ,", True, "content")
    ]


def test_a_sentence_split_and_reworded_at_the_cut_lands_in_one_row():
    a = art(
        "a",
        "There was no legal ground to hold them any longer, said Swedish police in a statement"
        " to the press who also said that an investigation is ongoing.",
    )
    b = art(
        "b",
        "There was no legal ground to hold them any longer, said Swedish police in a statement"
        " to the press. He also noted that an investigation is ongoing.",
    )
    (row,) = align([a, b]).rows
    cell = row.cell("b")
    assert cell is not None
    assert cell.sentences == (0, 1)
    assert not any(c.meaning for c in cell.changes), cell.changes


def test_two_sentences_that_only_share_common_words_with_one_are_no_split():
    a = art("a", "The council approved the new budget for the city schools on Monday night.")
    b = art(
        "b",
        "The council approved the new budget for the city schools. Parents said on Monday night"
        " that they were worried about class sizes.",
    )
    rows = align([a, b]).rows
    assert [r.cell("b").sentences for r in rows if r.cell("b") is not None] == [(0,), (1,)]


def test_a_quote_closed_without_a_stop_keeps_its_speaker_in_its_sentence():
    sents = split_sentences(
        "“We want a good trading relationship with the people living in the United Kingdom”"
        " May said. She left."
    )
    assert [s.text[-9:] for s in sents] == ["May said.", "She left."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left. ... Then he came back.", ["He left.", "... Then he came back."]),
        ("....Our policy is very unfair to all.", ["....Our policy is very unfair to all."]),
        ("He left. ...", ["He left. ..."]),
        ("He left.\n...\nThen he came back.", ["He left.", "Then he came back."]),
    ],
)
def test_an_ellipsis_on_its_own_is_no_sentence(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            '“In terms of protest, large crowds in Manhattan," Dermot continued. “But then it '
            "turned dark.”",
            [
                '“In terms of protest, large crowds in Manhattan," Dermot continued.',
                "“But then it turned dark.”",
            ],
        ),
        (
            'He called it "stupid." "I was just doing my job," he said.',
            ['He called it "stupid."', '"I was just doing my job," he said.'],
        ),
        (
            '"It was disgust,” she told the HuffPo. “But I was excited."',
            ['"It was disgust,” she told the HuffPo.', '“But I was excited."'],
        ),
        (
            'Tyson said in the statement. "Mr. Fairfax forced me to do it."',
            ["Tyson said in the statement.", '"Mr. Fairfax forced me to do it."'],
        ),
    ],
)
def test_a_quote_opening_after_a_full_stop_opens_a_sentence(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He got two ballots.. Then she left.", ["He got two ballots..", "Then she left."]),
        ("We will never forget Otto. ❤️", ["We will never forget Otto. ❤️"]),
        (
            '“Right?" Lighthizer told reporters. "That’s the first thing.”',
            ['“Right?" Lighthizer told reporters.', '"That’s the first thing.”'],
        ),
    ],
)
def test_marks_cut_off_alone_are_no_sentence_and_no_sentence_opens_with_a_space(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Freshman Rep. Ann Lee, D-Mich. -- who flipped a GOP district -- told Fox News she "
        "was weighing the evidence.",
        "The bill would make all Prop. 64–related expungements automatic.",
        "Newsmax TV is on DIRECTV Ch. 349 and DISH 216.",
        '"No. 1, Ukraine received the aid.',
        "“Are we now more or less secure as a nation?“ Cha said.",
    ],
)
def test_a_double_hyphen_a_number_after_its_abbreviation_and_a_turned_closing_mark_end_nothing(
    text,
):
    assert [s.text for s in split_sentences(f"{text} He left.")] == [text, "He left."]


def test_the_spaced_opening_marks_of_a_tokenised_text_stay_with_their_quotes():
    text = "“ We are thrilled, ” said Zadan. “ I am so excited. ”"
    assert [s.text for s in split_sentences(text)] == [
        "“ We are thrilled, ” said Zadan.",
        "“ I am so excited. ”",
    ]


def test_failed_to_is_the_negation_that_didnt_is():
    changes = word_changes(
        words("North Korean officials failed to show up for the meetings."),
        words("North Korean officials didn't show up for the meetings."),
    )
    assert all(c.reason != "negation" for c in changes)
    assert classify_change(["failed", "to", "win"], ["lost"]) == (False, "wording")


def test_skipping_says_not_attending_and_so_is_the_opposite_of_attending():
    skipped = words("He skipped the funeral.")
    assert all(
        c.reason != "negation"
        for c in word_changes(words("He did not attend the funeral."), skipped)
    )
    assert [c.meaning for c in word_changes(words("He attended the funeral."), skipped)] == [True]


def test_a_transcripts_speaker_label_alone_on_its_line_is_no_sentence():
    text = (
        "Voters choose today.\n\nANN LEE, HOST:\n\nThere is another round today.\n\n"
        "BRELL: Yes.\n\nUPDATE:\n\nThe count goes on."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Voters choose today.",
        "There is another round today.",
        "BRELL: Yes.",
        "The count goes on.",
    ]


@pytest.mark.parametrize(
    ("new", "negation"),
    [
        (
            "Brell said that because he is a weak person and not a very smart person, he lied.",
            False,
        ),
        ("Brell said that he is not a weak person and a very smart person, and he lied.", True),
    ],
)
def test_a_negation_that_negates_the_same_words_elsewhere_in_the_other_sentence_is_kept(
    new, negation
):
    old_sentence = [
        w.text
        for w in words("Brell told reporters: he is a weak person and not a very smart person.")
    ]
    new_sentence = [w.text for w in words(new)]
    k = old_sentence.index("not")
    _, reason = classify_change(
        ["not"], [], context_old=old_sentence, context_new=new_sentence, at=(k, 2)
    )
    assert (reason == "negation") is negation


@pytest.mark.parametrize(
    ("old", "new", "old_text", "new_text", "expected"),
    [
        # a speech tag with a name that changes: a change of attribution, not a name
        (
            ["said", "Ivo"],
            [],
            '"We will sail," said Ivo Marsh, the harbour master.',
            '"We will sail," Marsh said.',
            (True, "attribution"),
        ),
        # the same speaker credited once less: a tag dropped, no change of meaning
        (
            [",", "”", "Marsh", "continued"],
            [],
            "“We will sail,” Marsh continued. “The ferry is ready.”",
            "“We will sail. The ferry is ready,” Marsh said.",
            (False, "attribution"),
        ),
        # a name with no verb of saying is still a name
        (
            ["Ivo"],
            ["Ann"],
            "Ivo Marsh sailed on Monday.",
            "Ann Marsh sailed on Monday.",
            (True, "name"),
        ),
    ],
)
def test_a_changed_speech_tag_is_a_change_of_attribution(old, new, old_text, new_text, expected):
    context_old = [w.text for w in words(old_text)]
    context_new = [w.text for w in words(new_text)]
    got = classify_change(old, new, context_old=context_old, context_new=context_new)
    assert got == expected


def test_a_quote_that_opens_in_lower_case_after_a_suffix_goes_on_with_the_sentence():
    text = (
        'The Gazette reports that Ivo Marsh Jr. "was promised damaging information" before '
        'the meeting. The deal was signed by Ivo Marsh Jr. "We are happy," he said.'
    )
    assert [s.text for s in split_sentences(text)] == [
        'The Gazette reports that Ivo Marsh Jr. "was promised damaging information" before '
        "the meeting.",
        "The deal was signed by Ivo Marsh Jr.",  # (guard: a quote in capitals opens anew)
        '"We are happy," he said.',
    ]


def test_a_plans_letter_ends_a_sentence_before_the_next_ones_opening_word():
    text = "Costs soared through Medicare Part D. But on that front, Marsh walked back a pledge."
    assert [s.text for s in split_sentences(text)] == [
        "Costs soared through Medicare Part D.",
        "But on that front, Marsh walked back a pledge.",
    ]
    assert len(split_sentences("President John F. Kennedy spoke. It rained.")) == 2


def test_a_reuters_code_after_a_spaced_full_stop_goes_on_with_its_sentence():
    text = "The healthcare index .SPXHC, a broad gauge, closed up 1.5 percent. Shares rose."
    assert [s.text for s in split_sentences(text)] == [
        "The healthcare index .SPXHC, a broad gauge, closed up 1.5 percent.",
        "Shares rose.",
    ]


def test_a_street_abbreviation_ending_a_line_ends_its_sentence():
    text = (
        "Brooklyn riot over teen's death\n\n"
        "King told The News she was drawn to her third - floor East Flatbush window late "
        "Saturday night by the sound of loud laughing and talking outside on E. 52nd St.\n"
        "She said she watched as a burgundy - colored sedan pulled up.\n"
        "King initially thought the duo intended to fight with the youths."
    )
    assert "She said she watched as a burgundy - colored sedan pulled up." in [
        s.text for s in split_sentences(text)
    ]


def test_a_title_abbreviation_ending_a_paragraph_is_not_joined_to_the_next():
    text = "The caption credit read Photo by Pres.\n\nTrump spoke at noon."
    assert [s.text for s in split_sentences(text)][-1] == "Trump spoke at noon."
