"""Direct-quote extraction and speaker attribution (storydiff.quotes)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from storydiff.models import Post, Quote
from storydiff.quotes import extract_quotes
from tests.conftest import ROOT, shared_corpus

_spec = importlib.util.spec_from_file_location(
    "eval_polnear", ROOT / "benchmarks" / "eval_polnear.py"
)
assert _spec is not None
assert _spec.loader is not None
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_polnear"] = ev
_spec.loader.exec_module(ev)

# Floors: the figures measured on PolNeAR dev and the demo gold, minus a small margin.
POLNEAR_DEV_FLOORS = {"quote_p": 0.92, "quote_r": 0.89, "quote_f1": 0.91, "speaker_acc": 0.85}
DEMO_FLOORS = {"quote_p": 0.95, "quote_r": 0.95, "speaker_acc": 0.90}


def _one(text: str) -> Quote:
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_offsets_point_at_the_quoted_words_without_marks():
    text = "Lena Haxby spoke.\n\n“The crew did what they were trained to do,” Haxby said."
    q = _one(text)
    assert (q.start, q.end) == _at(text, "The crew did what they were trained to do")
    assert text[q.start : q.end] == q.text
    assert (q.speaker, q.speaker_text, q.cue, q.kind) == ("Lena Haxby", "Haxby", "said", "direct")


def test_straight_quotes_work_like_curly_quotes():
    text = 'Lena Haxby spoke.\n\n"The crew did what they were trained to do," Haxby said.'
    q = _one(text)
    assert q.text == "The crew did what they were trained to do"
    assert q.speaker == "Lena Haxby"


def test_quotes_are_sorted_by_start_and_every_offset_is_exact():
    text = (
        '"We are sorry," said Pia Anholt. "It will not happen again."\n\n'
        "“Nobody went into the water,” Lena Haxby said."
    )
    quotes = extract_quotes(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert [q.speaker for q in quotes] == ["Pia Anholt", "Pia Anholt", "Lena Haxby"]


def test_quote_spanning_several_sentences_is_one_quote():
    text = '"We waited. Nobody came. Then the water rose," said Tomas Rell.'
    q = _one(text)
    assert q.text == "We waited. Nobody came. Then the water rose"
    assert q.speaker == "Tomas Rell"


def test_quote_continued_in_next_paragraph_keeps_its_speaker():
    text = (
        '"We waited for hours," said Tomas Rell. "Nobody came.\n\n'
        '"Then the water rose and we had to leave."\n\n'
        "The council said nothing."
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "We waited for hours",
        "Nobody came.",
        "Then the water rose and we had to leave.",
    ]
    assert {q.speaker for q in quotes} == {"Tomas Rell"}
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_name_after_reporting_verb_with_appositive():
    text = '"The budget is a disgrace," said Lena Haxby, a former finance minister.'
    q = _one(text)
    assert (q.speaker, q.speaker_text, q.cue) == ("Lena Haxby", "Lena Haxby", "said")


def test_pronoun_skips_a_woman_whose_given_name_the_census_counts_for_women():
    text = (
        "Trump spoke by phone with the governors on Thursday.\n\n"
        "Michigan Gov. Gretchen Whitmer asked for masks.\n\n"
        "The former real estate mogul often treats government business like a deal.\n\n"
        "“We are doing very well with almost all of the governors,” he said."
    )
    assert extract_quotes(text)[-1].speaker == ""


def test_the_shipped_first_names_are_the_ones_the_census_files_give():
    from storydiff._entity_words import first_name_list, gendered_first_names

    assert gendered_first_names() == dict(first_name_list())
    assert gendered_first_names()["gretchen"] == "f"
    assert "hilary" not in gendered_first_names()  # under 4x: men's share is unknown


def test_pronoun_speaker_resolves_to_last_named_person():
    text = (
        "Coastguard Commander Lena Haxby praised the crew.\n\n"
        "“They kept their heads,” she told reporters."
    )
    q = _one(text)
    assert (q.speaker, q.speaker_text, q.cue) == ("Lena Haxby", "she", "told reporters")


@pytest.mark.parametrize(
    "text",
    [
        "The uncle of harbour master Ivo Marsh referred to him as an “immigration hypocrite.”",
        '"It was a disgrace," the wife of Senator Ann Lee said.',
    ],
)
def test_a_relative_described_by_whose_relative_they_are_is_no_one_named(text):
    q = _one(text)
    assert q.speaker == ""
    assert q.speaker_text.lower().startswith(("the uncle of", "the wife of"))


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text"),
    [
        # the verb ends the noun phrase that opens the clause: its subject, not the name
        # after the verb
        (
            "The daughters are Democrats and said their father “grew tired” of Marsh.",
            "",
            "The daughters",
        ),
        (
            'The magazine put Marsh on its cover, calling him the "fastest harbour master."',
            "",
            "The magazine",
        ),
        (
            'Marsh wrote to the Lisk Embassy. The embassy did tweet back: "We look forward to it."',
            "Lisk Embassy",
            "The embassy",
        ),
    ],
)
def test_a_verb_ends_the_noun_phrase_that_opens_a_clause(text, speaker, speaker_text):
    q = _one(text)
    assert (q.speaker, q.speaker_text) == (speaker, speaker_text)


def test_pronoun_skips_the_one_an_opening_participle_addresses():
    # in its own sentence, and in the next one
    text = (
        "By the early 1990s, Ivo Marsh was openly talking about a run. Speaking to Lisk TV's "
        "Tom Rell in 1992, he said that he would run alone and \"get both parties' heads "
        'straight."\n\n"I was at home with my family," he later said during a debate.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh", "Ivo Marsh"]


def test_pronoun_skips_a_person_of_the_other_known_gender():
    text = "Mr Tomas Rell and Ms Lena Haxby arrived together.\n\n“We were lucky,” she said."
    assert _one(text).speaker == "Lena Haxby"


def test_a_name_the_text_only_gives_alone_is_a_person_once_it_speaks():
    # the text never gives Trump's full name; he speaks, so "he" may be him
    text = (
        "“It’s going to stop,” Trump asserted.\n\n"
        "The idea was greeted with disdain by all but Giuseppe Conte, Italy’s prime minister.\n\n"
        "Trump called Conte “a really great guy” in a tweet.\n\n"
        "Despite the tensions, Trump spoke in glowing terms of the leaders.\n\n"
        "“I would say that the level of relationship is a 10,” he boasted."
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Trump", "asserted"),
        ("Trump", "called"),
        ("Trump", "boasted"),
    ]


def test_the_one_a_speaker_accuses_or_describes_is_not_the_speaker():
    text = (
        "President Donald Trump has attacked governors. Already this month he has described"
        " Michigan Gov. Gretchen Whitmer as “failing,” accused Illinois Gov. J.B. Pritzker of"
        " “blaming the Federal Government for [his] own shortcomings.”"
    )
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("Donald Trump", "described"),
        ("Donald Trump", "accused"),
    ]


def test_a_sentence_about_someone_is_said_by_its_subject():
    text = (
        "President Donald Trump groused about the governors. Of Whitmer, he said, “All she"
        " does is sit there and blame the federal government.” And he said Inslee “should be"
        " doing more,” adding, “He’s always complaining.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Donald Trump"] * 3


def test_quick_questions_and_answers_alternate_between_the_two_speakers():
    text = (
        "“Have you ever tried a jury trial?” Kennedy asked.\n\n“I have not,” Petersen said."
        "\n\n“Civil?”\n\n“No.”\n\n“Criminal?”\n\n“No.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Kennedy", "Petersen"] * 3


def test_a_letter_quoted_over_paragraphs_stays_its_writers_to_the_last():
    text = (
        "Twitter did not respond.\n\n"
        "“The tweet is a violation of Twitter's rules,” Timothy Klausutis wrote.\n\n"
        "“An ordinary user like me would be banished for such a tweet.”\n\n"
        "“I am now angry as well as frustrated. Twitter has removed such content before.”\n\n"
        "Twitter has long struggled with how to handle the president's tweets."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Timothy Klausutis"] * 3


def test_a_speaker_going_on_after_a_question_keeps_the_quote():
    text = (
        "“Why would we wait?” Lena Haxby asked reporters.\n\n“We will vote now.”\n\n"
        "“And we will win.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Lena Haxby"] * 3


def test_names_joined_as_one_subject_speak_together_not_the_last_alone():
    text = "Biden, Sanders and Warren said they would “fight for working families.”"
    (q,) = extract_quotes(text)
    assert (q.speaker, q.cue) == ("Biden, Sanders and Warren", "said")


def test_places_joined_as_one_subject_name_no_speaker():
    text = "Officials from France, Germany and Japan agreed on the need for “free trade.”"
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_text) == ("", "France, Germany and Japan")


def test_a_title_before_a_possessive_name_tells_who_the_title_is():
    text = (
        "Klausutis asked Dorsey to take down President Trump's tweets about the host.\n\n"
        "The president called on his followers to “keep digging.”"
    )
    assert extract_quotes(text)[-1].speaker == "Trump"


def test_a_relative_named_in_a_possessive_is_no_one_the_surname_goes_on_to_mean():
    text = (
        "Barack Obama spoke on Monday. Sasha Obama's school was closed.\n\n"
        "“We will open it again,” Obama said."
    )
    assert extract_quotes(text)[-1].speaker == "Barack Obama"


def test_an_adverb_opening_a_sentence_is_no_speaker():
    text = (
        "Sen. John Kennedy questioned the nominee. Afterward, Sen. Sheldon Whitehouse, D-R.I.,"
        " tweeted the video and simply said, “Hoo-boy.”"
    )
    assert extract_quotes(text)[0].speaker == "Sheldon Whitehouse"


def test_speaker_before_verb_with_colon():
    text = 'Lena Haxby said: "We will vote against it."'
    q = _one(text)
    assert (q.text, q.speaker, q.kind) == ("We will vote against it.", "Lena Haxby", "direct")


def test_according_to_attribution():
    text = 'Lena Haxby spoke later. According to Haxby, "the vote is already lost."'
    q = _one(text)
    assert (q.speaker, q.cue) == ("Lena Haxby", "according to")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # set off by commas in the quote's own clause, after another verb
        (
            "Mayor Lena Haxby spoke on Tuesday. Since the agency declared an emergency, the "
            'cases have grown and, according to Haxby, may "spread like wildfire."',
            "Lena Haxby",
        ),
        # a paper's reader is no source of its words: the guide's body stays the speaker
        (
            "The guide from the Lisk Health Department, according to a copy obtained by the "
            'Courier, sets rules on timeliness ("Nothing can fall through the cracks").',
            "Lisk Health Department",
        ),
    ],
)
def test_according_to_in_the_quotes_own_clause(text, speaker):
    assert _one(text).speaker == speaker


def test_attribution_in_previous_sentence():
    text = 'Lena Haxby was defiant. "We will not resign. We will fight on."'
    q = _one(text)
    assert q.speaker == "Lena Haxby"
    assert q.cue == ""


def test_split_quote_keeps_one_speaker():
    text = 'Lena Haxby spoke first. "This is the first part," she said, "and this is the second."'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["This is the first part", "and this is the second."]
    assert [q.speaker for q in quotes] == ["Lena Haxby", "Lena Haxby"]


def test_second_quote_in_paragraph_inherits_attribution():
    text = '"A bad day," Ivo Marsh said. "Someone should have asked why."'
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Ivo Marsh", "Ivo Marsh"]


@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "says",
        "added",
        "warned",
        "insisted",
        "admitted",
        "explained",
        "wrote",
        "tweeted",
        "stated",
        "argued",
    ],
)
def test_reporting_verbs_are_recognised(verb):
    text = f'Lena Haxby spoke.\n\n"We will keep going to the end," Haxby {verb}.'
    q = _one(text)
    assert (q.speaker, q.cue) == ("Lena Haxby", verb)


def test_cue_keeps_the_verb_phrase_as_written():
    text = '"We are ready," Lena Haxby told reporters at the quay.'
    assert _one(text).cue == "told reporters"
    text = '"We are ready," Aurora Ferries said in a statement.'
    assert _one(text).cue == "said in a statement"


def test_commissioner_title_resolves_to_full_name():
    text = (
        "Police Commissioner Dana Oduya announced the arrests on Monday.\n\n"
        "“We will not rest until they are in court,” Oduya said.\n\n"
        "Ms Oduya later visited the scene. “This is a quiet street,” the commissioner "
        "told reporters."
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Dana Oduya", "Dana Oduya"]
    assert [q.speaker_text for q in quotes] == ["Oduya", "the commissioner"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will talk," Ambassador to Russia Ivo Marsh said.', "Ivo Marsh"),
        ('"We will talk," POTUS Ivo Marsh said.', "Ivo Marsh"),
        ('Contradicting Marsh on the radio, Lee said "the threat is real."', "Lee"),
        (
            'Contradicting Marsh in an interview on Sunday, adviser Ann Lee said it was "silly."',
            "Ann Lee",
        ),
        ('"The threat is real," Sterling Brown said.', "Sterling Brown"),
        ('"We will talk," Russia\'s Ivo Marsh said.', "Ivo Marsh"),
        (
            'Newspaper Lisk Ledger dismissed the inquiry into the "work for the council," and '
            "praised Marsh.",
            "Lisk Ledger",
        ),
    ],
)
def test_words_before_a_name_that_are_not_its_own_are_dropped(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize("name", ["Maria Hall-King", "Jane Carter-Major"])
def test_a_hyphenated_surname_is_no_title(name):
    assert _one(f'"We will rebuild," said {name}.').speaker == name


@pytest.mark.parametrize(
    "title",
    [
        "Prime Minister",
        "US Vice-President",
        "former Vice-President",
        "Attorney-General",
        "President-elect",
    ],
)
def test_titles_are_stripped_from_the_canonical_name(title):
    q = _one(f'"We will rebuild," said {title} Anselm Drey.')
    assert (q.speaker, q.speaker_text) == ("Anselm Drey", f"{title} Anselm Drey")


def test_organisations_can_speak():
    text = (
        '"We are sorry for the delay," Aurora Ferries said in a statement.\n\n'
        'The Ministry of Transport opened an inquiry. "Safety comes first," the ministry said.'
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Aurora Ferries", "Ministry of Transport"]
    assert quotes[1].speaker_text == "the ministry"


def test_anonymous_source_has_empty_speaker_and_keeps_the_mention():
    text = '"This was carefully planned," a police spokesperson said.'
    q = _one(text)
    assert (q.speaker, q.speaker_text) == ("", "a police spokesperson")


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_text) for q in extract_quotes(text)]


def test_abbreviated_title_lets_the_role_noun_find_the_person():
    text = (
        "Texas Gov. Ruth Calder toured the site.\n\n"
        '"We will rebuild every home," the governor said.'
    )
    assert _one(text).speaker == "Ruth Calder"


def test_definite_role_noun_without_an_introduced_role_refers_back_to_the_last_person():
    text = (
        'Candidate Rick Perry released an ad. "I am not ashamed to admit it," says Perry.\n\n'
        '"As president, I will end this war on religion," the Texas governor continues.'
    )
    assert [s for s, _ in _speakers(text)] == ["Rick Perry", "Rick Perry"]


def test_definite_role_noun_after_an_unnamed_source_stays_anonymous():
    text = (
        "Mayor Dana Brill spoke first. A spokesperson for Lumo says the firm cares.\n\n"
        '"We disclose data only as the law requires," the spokesperson said.'
    )
    assert _speakers(text)[-1] == ("", "the spokesperson")


def test_adverb_and_verb_after_a_name_do_not_make_it_a_modifier():
    text = (
        "It came after Boehner publicly chided Obama on Friday for the lack of progress, "
        'accusing the president of having "wasted another week."'
    )
    assert _one(text).speaker == "Boehner"


def test_organisation_before_a_relative_which_is_the_speaker():
    text = (
        "The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, "
        'which said it was "wrong for Governor Perry to assume such a thing."'
    )
    assert _one(text).speaker == "Log Cabin Republicans"


def test_indefinite_subject_of_an_absolute_participle_is_an_unnamed_speaker():
    text = (
        "Websites are crying foul over the cover, with some saying it makes Bachmann look bad "
        'and one blogger asking, "Can anyone say with a straight face that the media is fair?"'
    )
    assert _speakers(text) == [("", "one blogger")]


def test_pronoun_skips_people_whose_first_name_or_role_has_the_other_gender():
    text = (
        "Mr. Anthony Weiner apologised.\n\n"
        "The congressman expressed concern about his wife, Huma Abedin, "
        "a longtime aide to Hillary Clinton. "
        '"I am protecting my wife," he told CNN.'
    )
    assert _one(text).speaker == "Anthony Weiner"


def test_interviewee_response_after_a_quoted_question_is_not_the_interviewer():
    text = (
        'Show host Meredith Vieira asked Donald Trump, "You have been privy to all of this?" '
        'His response: "Well, I have people that have been studying it."'
    )
    assert [s for s, _ in _speakers(text)] == ["Meredith Vieira", "Donald Trump"]


def test_pronoun_opening_the_sentence_is_the_subject_of_a_later_partial_quote():
    text = (
        'Elizabeth Lauten wrote a post. "Rise to the occasion," she wrote.\n\n'
        "She went on to say that Malia and Sasha were "
        '"coming up a little short in the role model department."'
    )
    assert _speakers(text)[-1] == ("Elizabeth Lauten", "She")


def test_noun_phrase_subject_beats_a_later_name_and_refers_back():
    text = (
        '"Dress like you deserve respect," added Elizabeth Lauten. '
        "The communications pro also took a shot at President Obama, "
        'writing "your mother and father do not respect their positions."'
    )
    assert _speakers(text)[-1] == ("Elizabeth Lauten", "The communications pro")


def test_party_tag_after_a_name_is_not_the_speaker():
    text = (
        'Assertions of neglect dominated the hearing.\n"Shame on the House for failing to fund '
        'the request," Rep. Gregory Meeks, D-N.Y., said\nClinton agreed.'
    )
    assert _one(text).speaker == "Gregory Meeks"


def test_possessor_before_the_speaker_after_the_cue_is_not_the_speaker():
    text = (
        "Michael Grimm was charged.\n\n"
        '"We are disappointed, but hardly surprised," said the statement from '
        "Grimm's attorney, William McGinley."
    )
    assert _one(text).speaker == "William McGinley"


def test_possessive_name_before_a_noun_makes_the_office_speak():
    text = '"We look forward to the meeting," Ryan\'s office said in a statement.'
    assert _speakers(text) == [("", "Ryan's office")]


def test_document_subject_introduces_a_quote_after_a_colon():
    text = (
        "Bob Etheridge grabbed the camera.\n\n"
        "Over at one website, a post accompanying the video provides this commentary:\n"
        '"Expect more of this. The majority has failed the public."'
    )
    assert _speakers(text) == [("", "a post")]


def test_participle_after_a_reporting_clause_takes_that_speaker():
    text = (
        'The former secretary of state will play the "woman card," Carly Fiorina said, '
        'adding that the way to go after it "is to attack her track record."'
    )
    assert [s for s, _ in _speakers(text)] == ["Carly Fiorina", "Carly Fiorina"]


def test_definite_organisation_noun_refers_back_to_the_last_organisation():
    text = (
        "Dana Dennis called the plan irrelevant.\n\n"
        "The nearby Riverside Tea Party responded. The group has drafted a resolution "
        'condemning the plan as a "partisan attack dog organization."'
    )
    assert _one(text).speaker == "Riverside Tea Party"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Harbex on Friday walked back its policy after criticism.", "Harbex"),
        # "his": a man, not a company
        ("Brell on Friday walked back his policy after criticism.", ""),
        # "its" is the bank's: another noun phrase stands between
        ("Brell criticized the bank and its policies on Monday.", ""),
        ("Brell criticized banks and its policies on Monday.", ""),
        ("Harbex said in a statement that its policy had been misread.", "Harbex"),
        ("Harbex, the streaming service, walked back its policy.", "Harbex"),
    ],
)
def test_the_company_and_it_refer_to_a_lone_name_its_sentence_calls_it(opening, speaker):
    text = (
        f"{opening}\n\n"
        '"We shared a new policy," the company said in its post.\n\n'
        '"We got it wrong," it added.'
    )
    assert [s for s, _ in _speakers(text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("LISK, Valdora — Prime Minister Anselm Drey", "Anselm Drey"),
        ("LONDON, March 3 (Reuters) - Prime Minister Anselm Drey", "Anselm Drey"),
        ("MOSCOW — Prime Minister Anselm Drey", "Anselm Drey"),
        # an acronym before a dash clause is the subject, not a dateline
        ("NASA — led by Ivo Marsh —", "NASA"),
    ],
)
def test_a_wire_dateline_opening_the_sentence_is_never_its_subject(opening, speaker):
    text = f'{opening} is keeping hopes low for the talks, saying "nothing bad will come of it."'
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text"),
    [
        ('The mayor of Lisk said "we will talk."', "", "The mayor of Lisk"),
        (
            "Ivo Marsh, the ambassador to Valdora, met Bo Ek on Monday.\n\n"
            '"It is a good thing," the ambassador to Valdora said.',
            "Ivo Marsh",
            "the ambassador to Valdora",
        ),
        # a role qualified by a place no holder of it is named with: nobody, not the
        # nearest president
        (
            "Prime Minister Anselm Drey met President Ivo Marsh on Monday.\n\n"
            '"It went well," the president of Valdora said.',
            "",
            "the president of Valdora",
        ),
        (
            '"We will talk," the chairman of the Lisk Council said.',
            "",
            "the chairman of the Lisk Council",
        ),
        # a name after the place is the speaker
        (
            '"We will talk," former secretary of State Ann Lee said.',
            "Ann Lee",
            "former secretary of State Ann Lee",
        ),
        ('"We will talk," said the mayor of Lisk.', "", "the mayor of Lisk"),
        (
            '"We will talk," said the governor of Texas, Ann Lee.',
            "Ann Lee",
            "the governor of Texas",
        ),
        # the name in apposition to the role, before the verb, is the speaker
        (
            '"We will talk," the governor of Texas, Ann Lee, said.',
            "Ann Lee",
            "Ann Lee",
        ),
        (
            'Lisk voted. "We will talk," the mayor of Lisk, Ivo Marsh, told reporters.',
            "Ivo Marsh",
            "Ivo Marsh",
        ),
        # a role "at" a body is someone there, not the body; its officials speak for it
        (
            '"We will talk," a professor of law at Lisk University said.',
            "",
            "a professor of law at Lisk University",
        ),
        ('"We will talk," officials at Harbex said.', "Harbex", "officials at Harbex"),
        # a spokesman is his company's voice
        ('A spokesman for Harbex said "we will talk."', "Harbex", "Harbex"),
        ('"We will talk," said the spokesman of Harbex.', "Harbex", "the spokesman of Harbex"),
        ('A spokeswoman from Harbex said "we will talk."', "Harbex", "Harbex"),
        # a body's board or its editors speak for it, however long its name
        (
            '"We will talk," writes the editorial board of The Lisk Harbour Daily Courier.',
            "Lisk Harbour Daily Courier",
            "the editorial board of The Lisk Harbour Daily Courier",
        ),
        (
            '"We will talk," wrote the editors of the Lisk Gazette.',
            "Lisk Gazette",
            "the editors of the Lisk Gazette",
        ),
        # where the speaker is, not who: aboard a plane, inside a building
        (
            "A senior official aboard Harbex One said that the mood was \u201ccalm, but pleased.\u201d",
            "",
            "A senior official",
        ),
        (
            "An aide inside Marsh Tower played it down, saying it was \u201cnot a big deal here.\u201d",
            "",
            "An aide",
        ),
    ],
)
def test_a_role_in_a_place_speaks_not_the_place(text, speaker, speaker_text):
    q = _one(text)
    assert (q.speaker, q.speaker_text) == (speaker, speaker_text)


@pytest.mark.parametrize("members", ["members", "Members"])
def test_members_of_a_body_are_an_unnamed_group_however_capitalised(members):
    q = _one(f'The vote was close. "This bill is a disaster," {members} of Congress said.')
    assert (q.speaker, q.speaker_text) == ("", f"{members} of Congress")


def test_yet_another_is_no_contrast():
    q = _one('"It is a disaster," yet another resident said.')
    assert q.speaker_text == "yet another resident"


def test_a_contrasting_clause_after_a_quote_does_not_name_its_speaker():
    text = (
        'Mayor Ann Lee has said the new rules "protect a narrow class of owners," but '
        "critics like Harbour Watch say the rules are wrong."
    )
    q = _one(text)
    assert (q.speaker, q.speaker_text) == ("Ann Lee", "Mayor Ann Lee")


def test_a_quoted_he_is_not_the_he_of_the_next_quote():
    text = (
        "President Anselm Drey arrived late in Lisk.\n\n"
        '"He kept me waiting," said harbour chief Ivo Marsh.\n\n'
        '"It was rude," he added.'
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Marsh", "Ivo Marsh"]


@pytest.mark.parametrize(
    "opening",
    [
        "He cited",
        # an opening phrase naming no one before the "he"
        "At his final Harbour Board hearing, he cited",
    ],
)
def test_he_skips_the_names_an_earlier_sentence_opening_with_he_governs(opening):
    text = (
        "Prime Minister Anselm Drey met reporters in Lisk.\n\n"
        f"{opening} his meeting with harbour chief Ivo Marsh in June as a step forward.\n\n"
        '"Nothing bad will come of it," he said.'
    )
    assert _one(text).speaker == "Anselm Drey"


def test_he_in_a_relative_clause_after_an_opening_phrase_opens_no_sentence():
    text = (
        "Ivo Marsh met reporters in Lisk.\n\n"
        "After remarks on sailors who, he said, must love the sea, Prime Minister Anselm Drey "
        'said, "We have people who hate the sea."\n\n'
        '"We can name every one of them," he said.'
    )
    assert extract_quotes(text)[-1].speaker == "Anselm Drey"


def test_partial_quote_takes_the_sentence_subject():
    text = 'Prime Minister Anselm Drey ordered a review "to restore public trust" in the office.'
    q = _one(text)
    assert (q.text, q.kind, q.speaker) == ("to restore public trust", "partial", "Anselm Drey")


def test_partial_quote_without_subject_takes_the_last_speaker():
    text = (
        '"The errors are serious," said Helena Strand.\n\n'
        'The review is meant "to restore public trust" in the figures.'
    )
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Helena Strand"),
        ("partial", "Helena Strand"),
    ]


def test_short_partial_quote_needs_a_reporting_verb():
    text = 'Museum director Hélène Marchetti said the paintings were "irreplaceable" for the town.'
    q = _one(text)
    assert (q.text, q.kind, q.speaker) == ("irreplaceable", "partial", "Hélène Marchetti")


def test_headline_in_scare_quotes_is_not_a_quote():
    assert extract_quotes('"Mallow Bank Problem"\n\nThe bank moved again overnight.') == ()
    assert extract_quotes('Minister quits over bridge "failure"\n\nThe minister resigned.') == ()


def test_title_of_a_work_is_not_a_quote():
    text = (
        'She starred in the film "Dune Part Two" last year. The report, titled '
        '"Counting What Matters", was published on Monday. They stole "Winter at Bressan '
        'Harbour", police said.'
    )
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        'The rapper, who had a Top 10 pop hit with "Sad!" this year, faces trial.',
        'Her second album, "Who Killed the Harbour?", went to number one.',
        'The band played its 1998 single "Port Ella Nights" on Sunday.',
        # the sentence's full stop inside the mark
        "The money came from a smuggling sting called “Fast and Furious.”",
        "He would also use a phony spokesman named “Mr. Green.”",
        # after "titled", a title in any case, however long
        'Another column, titled "The mayor is in contempt. The council should remove him," '
        "argued the same.",
    ],
)
def test_a_title_a_few_words_after_its_cue_is_not_a_quote(text):
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        'Panelists on the talk show "Vecher," or "Evening," said Putin was the stronger man.',
        'Guests on the programme "Harbour Live," said the ferry was late.',
        'Speaking on the talk show "Fox & Friends," Mayor Ann Lee said the ferry was late.',
    ],
)
def test_a_short_title_right_after_its_cue_is_not_a_quote_even_before_a_reporting_verb(text):
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('When the storm hit, "Everything was gone," Ann Lee said.', "Ann Lee"),
        ('After the report on Monday, "We are shocked," Ann Lee said.', "Ann Lee"),
        # a sentence right after a title cue is still a quote: not Title Case, or a full stop
        ('Speaking on the program "It was a mistake," Ann Lee said.', "Ann Lee"),
        ('Senator Ann Lee told the paper "I quit." She left the next day.', "Ann Lee"),
    ],
)
def test_a_quote_a_reporting_verb_follows_is_a_quote_whatever_precedes_it(text, speaker):
    assert _one(text).speaker == speaker


def test_a_quote_after_a_cue_and_a_reporting_verb_is_still_a_quote():
    q = _one('Asked about the album, Lena Haxby said "Great!" and left.')
    assert (q.text, q.speaker) == ("Great!", "Lena Haxby")


def test_one_or_two_word_scare_quotes_are_not_quotes():
    text = 'The so-called "reforms" were cosmetic. Its "flagship" plan failed.'
    assert extract_quotes(text) == ()


def test_so_called_phrase_is_never_a_quote_even_with_a_verb():
    text = 'Critics said the so-called "reform of the century" was cosmetic.'
    assert extract_quotes(text) == ()


def test_apostrophes_and_single_quotes_in_body_are_not_quotes():
    text = "The workers' union said it was 'unacceptable'. Haxby's team didn't reply."
    assert extract_quotes(text) == ()


def test_single_quotes_nested_in_a_quote_stay_inside_it():
    text = "\"He told me 'never again' and left,\" said Lena Haxby."
    q = _one(text)
    assert q.text == "He told me 'never again' and left"


def test_headline_quote_in_single_marks_takes_the_body_speaker():
    text = (
        "‘We can’t live on thanks’: dockers strike\n\n"
        "“I have been here for years. We can’t live on thanks,” said crane operator "
        "Stefan Ilić."
    )
    quotes = extract_quotes(text)
    assert quotes[0].text == "We can’t live on thanks"
    assert (quotes[0].start, quotes[0].end) == (1, 1 + len("We can’t live on thanks"))
    assert quotes[0].speaker == "Stefan Ilić"
    assert quotes[1].speaker == "Stefan Ilić"


def test_headline_scare_quote_in_single_marks_is_not_a_quote():
    text = "Carrowmere’s ‘once-in-a-century’ flood wall overtopped\n\nThe river rose."
    assert extract_quotes(text) == ()


def test_they_after_an_unnamed_group_of_people_is_not_an_earlier_organisation():
    text = (
        "Romney asked Akin to give up his bid for Senate. Romney spoke after five Missouri "
        'Republican senators urged Akin to step aside. "The right decision is to step aside," '
        "they said."
    )
    assert _one(text).speaker == ""
    named = 'The World Health Organization issued a warning. "We are worried," they said.'
    assert _one(named).speaker == "World Health Organization"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We did it," beamed Hartley.', "Hartley"),
        ('"We did it," beamed Ann Hartley on Sunday.', "Ann Hartley"),
        ('"We did it," beamed Hartley yesterday.', "Hartley"),
        ('"We did it," chuckled Hartley proudly.', "Hartley"),
        # a verb not on the reporting list, and its object: no inverted speaker
        ('His claim that he is "going to stay in," defied Republican Party leaders.', ""),
    ],
)
def test_an_unlisted_verb_after_a_quote_takes_a_speaker_only_when_the_name_ends_there(
    text, speaker
):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the family speaks: neither the possessor nor the person thanked
        ('Tony Kim\'s family thanked Mr. Trump in a statement, saying: "We are grateful."', ""),
        (
            'Trump\'s lawyer Rudy Giuliani rejected the report, saying: "It is false."',
            "Rudy Giuliani",
        ),
        (
            'Trump\'s lawyer, Rudy Giuliani, rejected the report, saying: "It is false."',
            "Rudy Giuliani",
        ),
    ],
)
def test_a_sentence_opening_with_a_name_s_noun_has_that_noun_as_its_subject(text, speaker):
    assert _one(text).speaker == speaker


def test_a_name_after_a_news_outlet_noun_is_an_organisation_not_a_speaker_for_he():
    text = (
        "Deputy Foreign Minister Sergei Ryabkov said the treaty mattered.\n\n"
        "The minister also told the news agency RIA Novosti that the US was wrong.\n\n"
        '"But we would not want to get to this stage," he added.'
    )
    assert _one(text).speaker == "Sergei Ryabkov"


def test_a_pull_quote_signed_with_a_dash_takes_the_name_after_the_dash():
    text = (
        "President Ronald Reagan and Mikhail Gorbachev signed the deal in 1987.\n\n"
        '"We are not going to let them violate a nuclear agreement." — President Trump\n\n'
        "The administration has said Russia broke the deal."
    )
    assert _one(text).speaker == "Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # people after a preposition are no subject; "cheers" and "lists" are no people
        (
            'Speaking to reporters, the Finance Ministry defended it. "It holds," they said.',
            "Finance Ministry",
        ),
        (
            'As protesters gathered, the World Health Organization warned. "Stay at home," they said.',
            "World Health Organization",
        ),
        (
            'Amid loud cheers, Acme Corporation announced it. "We are thrilled," they said.',
            "Acme Corporation",
        ),
        # an unnamed group's members speak for the organisation they belong to
        (
            'All 42 members of the GOP caucus are sending the letter. "We object," they wrote.',
            "GOP",
        ),
    ],
)
def test_they_goes_to_an_organisation_unless_an_unnamed_group_is_the_subject(text, speaker):
    assert _one(text).speaker == speaker


def test_empty_and_quote_free_text_give_nothing():
    assert extract_quotes("") == ()
    assert extract_quotes("No quotes here at all. Just a sentence.") == ()


def test_unclosed_quote_at_end_of_text_runs_to_the_end():
    text = '"We will be back next year, said Lena Haxby'
    quotes = extract_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_overlap_metric_uses_the_longer_side():
    a = frozenset(range(10))
    assert ev.overlap(a, frozenset(range(5))) == 0.5
    assert ev.overlap(a, frozenset()) == 0.0


def test_same_speaker_matches_surname_and_pronoun_mentions():
    q = Quote(text="x", start=0, end=1, speaker="Lena Haxby", speaker_text="she")
    assert ev.same_speaker(q, "Haxby")
    assert ev.same_speaker(q, "former minister Lena Haxby")
    assert ev.same_speaker(q, "she")
    assert not ev.same_speaker(q, "he")
    assert not ev.same_speaker(q, "Tomas Rell")
    anon = Quote(text="x", start=0, end=1, speaker="", speaker_text="a spokesperson")
    assert ev.same_speaker(anon, "unnamed official")


def test_demo_gold_quotes_and_no_not_quote():
    figures = ev.evaluate_demo_quotes(ev.DEMO_DIR, ev.DEMO_ANNOTATIONS)
    assert figures["not_quote_hits"] == 0
    for key, floor in DEMO_FLOORS.items():
        assert figures[key] >= floor, (key, figures)


def test_polnear_dev_stays_above_floors():
    root = shared_corpus("polnear")
    figures = ev.evaluate_polnear(root, "dev")
    assert figures["n_gold"] > 500
    for key, floor in POLNEAR_DEV_FLOORS.items():
        assert figures[key] >= floor, (key, figures)


def test_a_quote_paragraph_after_an_attributed_quote_goes_on_with_its_speaker():
    text = (
        "Rep. Jackie Speier told a story about being assaulted as an aide.\n\n"
        '"At that moment, I thought of what he did to me," Leeann Tweeden wrote.\n\n'
        '"I am still angry. Every time I hear his voice, I am angry.\n\n'
        '"You wrote the script. But there is nothing funny about assault."\n\n'
        "Since then, the senator has apologised."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Leeann Tweeden"] * 3


def test_a_quote_after_a_sentence_of_the_writers_own_is_not_continued():
    text = (
        '"We will rebuild," Mayor Ana Brel said. Councillor Tomas Rell was unconvinced.\n\n'
        '"This plan is a fantasy."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Brel", "Tomas Rell"]


def test_a_quote_that_closes_its_sentence_is_not_given_the_next_sentences_speaker():
    text = (
        '"I hope the Democratic leader will join me," Mitch McConnell said. "Harassment is '
        'unacceptable anywhere." Senate Minority Leader Chuck Schumer said in a statement '
        'that he supports the call for an inquiry. "Harassment must not be tolerated."'
    )
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers["Harassment is unacceptable anywhere."] == "Mitch McConnell"


def test_a_pronoun_after_an_indirect_statement_is_its_speaker():
    text = (
        "A crusade to make Cohen\u2019s SARs public makes little sense, Gerald Kelly said. "
        '"Whoever the leaker is, there is more detail than the forms hold," he added.'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Gerald Kelly"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is over." Smith said, adding that he would resign.', "Smith"),
        ('"It is over." Smith said on Tuesday after meeting the president.', "Smith"),
        ('"It is over." Smith said in a statement that the talks would go on.', ""),
    ],
)
def test_a_reporting_verb_after_a_closed_quote_attributes_it_unless_it_reports_a_clause(
    text, speaker
):
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_pronoun_does_not_go_to_a_name_that_is_the_object_of_said():
    text = (
        "Senator John Kelly rejected what Governor Tom Hart said. "
        '"He is not telling the truth," he added.'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker == "John Kelly"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"This deal is dead." Schumer said Tuesday that he supports the bill.', ""),
        ('"This deal is dead." Schumer said he supports the bill.', ""),
    ],
)
def test_a_verb_reporting_its_own_clause_does_not_attribute_a_closed_quote(text, speaker):
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_description_before_the_speaker_keeps_him_the_speaker():
    text = (
        "Governor Tom Hart is wrong about the budget, former senator John Kelly said. "
        '"We will fight it in court," he added.'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker == "John Kelly"


def test_the_person_who_goes_on_after_a_quoted_source_is_that_source():
    text = (
        "The unions, which include the Port Ella Dockers Guild, sued the operator.\n\n"
        'A Valdora Ferries representative said the claims were "a last-ditch effort to stall '
        'the inquiry."\n\n'
        '"The company looks forward to answering them in court on Monday," the person said.'
    )
    first, second = extract_quotes(text)
    assert first.speaker == "Valdora Ferries"
    assert (second.speaker, second.speaker_text) == ("Valdora Ferries", "the person")


def test_the_person_after_a_person_familiar_with_the_matter_stays_unnamed():
    text = (
        "A person familiar with the talks said the company would settle.\n\n"
        'Valdora Ferries said the claims were "a last-ditch effort to stall the inquiry."\n\n'
        '"They want this over before the summer," the person said.'
    )
    quotes = extract_quotes(text)
    assert quotes[0].speaker == "Valdora Ferries"
    assert quotes[-1].speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        "Many feared being asked this question of “are you a citizen?” on the form.",
        "He regretted his use of the term “dominate the battlespace” in a call with governors.",
        'The council ran under the slogan "Not me. Us." for two years.',
        "Posts with the hashtag “bring the ferry back” drew a million views.",
        "The judge told them to stop using the word “oligarch” to describe the owners.",
        "Fans gave the ferry the nickname “old rust bucket” in the 1990s.",
    ],
)
def test_words_named_as_words_are_mentioned_not_quoted(text):
    assert extract_quotes(text) == ()


def test_a_statement_after_the_term_or_the_chant_is_still_a_quote():
    text = (
        "Lemon commented on the use of the term: “It is a favorite of the far right and is "
        "loaded with meaning.”\n\n"
        'Kinzinger tweeted that the chant "would send chills down the spines of our '
        'Founding Fathers" and left it there.'
    )
    first, second = extract_quotes(text)
    assert first.text.startswith("It is a favorite")
    assert second.text.startswith("would send chills")


def test_he_is_the_one_who_acts_not_the_object_of_a_preposition():
    text = (
        "Mayor Otto Brenn and Governor Ivo Marsh met at the harbour.\n\n"
        "Facing pressure to get tough on Marsh, Brenn on Monday blamed the port authority. "
        '"We were let down by years of neglect," he said.'
    )
    assert extract_quotes(text)[0].speaker == "Otto Brenn"


@pytest.mark.parametrize(
    "place",
    ["West Virginia", "The Neuse River", "Hurricane Berit", "The South Lawn", "Memorial Day"],
)
def test_a_place_or_an_event_is_never_he_or_she(place):
    text = (
        "Governor Ana Brel toured the flooded towns.\n\n"
        f"{place} took the worst of it overnight. "
        '"We will rebuild every bridge," she said.'
    )
    assert extract_quotes(text)[0].speaker == "Ana Brel"


def test_a_weekday_after_a_name_is_not_part_of_it():
    text = 'Coach Lena Haxby praised Tomas Rell Sunday. "He carried the team," she said.'
    assert extract_quotes(text)[0].speaker == "Lena Haxby"
    text = 'Lena Haxby met Tomas Rell Sunday. "It went well," Rell said.'
    assert extract_quotes(text)[0].speaker == "Tomas Rell"


def test_a_place_may_be_it_but_never_they():
    text = (
        "Families waited outside the school in New Bern for news.\n\n"
        '"We just want our children home," they said.'
    )
    assert extract_quotes(text)[0].speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        'Asked about a third term, "I would love that," Mayor Otto Brenn said.',
        'In the short term, "prices will rise sharply," the central bank said.',
        'She signed with the label "because they believed in me," Ana Brel said.',
        'She signed with the label "because they believed in me," Mary Ann Brel said.',
    ],
)
def test_a_quote_after_term_or_label_with_a_comma_or_a_reporting_verb_is_a_quote(text):
    assert len(extract_quotes(text)) == 1


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [
        ("Karen Lake", "she"),
        ("Tom Ridge", "he"),
        ("Andy Street", "he"),
        ("Michael Bay", "he"),
        ("Jason Day", "he"),
        ("George Strait", "he"),
    ],
)
def test_a_person_whose_surname_names_places_too_is_still_he_or_she(name, pronoun):
    text = f'{name} toured the harbour on Monday. "We will rebuild it," {pronoun} said.'
    assert extract_quotes(text)[0].speaker == name


def test_an_organisation_may_be_they_even_when_its_name_opens_like_a_place():
    text = (
        "The New York Police Department released the figures on Monday. "
        '"These numbers are alarming," they said.'
    )
    assert extract_quotes(text)[0].speaker == "New York Police Department"


def test_the_individual_after_an_individual_familiar_with_the_talks_stays_unnamed():
    text = (
        'Mayor Otto Brenn said the deal was "dead on arrival." An individual familiar with '
        'the talks disagreed. "It will pass by June," the individual said.'
    )
    assert extract_quotes(text)[-1].speaker == ""


def test_a_sentence_opening_with_a_preposition_keeps_its_subject_for_he():
    text = (
        "For Ivo Marsh, who beat Otto Brenn in 2020, the vote was personal. "
        '"I grew up on this street," he said.'
    )
    assert extract_quotes(text)[0].speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Downing Street confirmed that Theresa May met her cabinet on Monday. "
            '"It was a good meeting," she said.',
            "Theresa May",
        ),
        ('John Wayne Airport closed its runway on Monday. "It was chaos," he said.', ""),
        ('Green Bay shut its schools on Monday. "We had no choice," she said.', ""),
    ],
)
def test_a_place_whose_last_word_is_also_a_surname_is_still_no_person(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_name_after_a_sentence_opening_preposition_is_governed_by_it():
    text = 'Under Otto Brenn, Ivo Marsh built the party. "It was hard work," he said.'
    assert extract_quotes(text)[0].speaker == "Ivo Marsh"


def test_the_west_bank_is_a_place_that_is_never_they():
    text = 'Violence flared across the West Bank on Monday. "We were terrified," they said.'
    assert extract_quotes(text)[0].speaker == ""


def test_a_label_followed_by_a_participle_is_mentioned_not_quoted():
    text = 'Brenn rejected the label "tax and spend," saying the budget was balanced.'
    assert extract_quotes(text) == ()


def test_the_agency_in_a_dateline_is_never_the_company_that_speaks():
    text = (
        "LISK (AP) — Harbex is reversing its policy on hateful conduct.\n\n"
        'The company said in a blog post the policy had "created confusion and concern."'
    )
    assert _one(text).speaker == "Harbex"


def test_the_company_is_the_organisation_the_story_is_about_not_the_last_one_named():
    text = (
        "Harbex removed two singers from its playlists. Harbex said its rules were clear. "
        "The move hit Ivo Marsh. His label, Corvane Group, said it objected.\n\n"
        '"We do not aim to play judge and jury," the company added.'
    )
    assert _one(text).speaker == "Harbex"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role's body after "of" is not part of the name
        ('"We see no deal," Director of National Intelligence Ivo Marsh said.', "Ivo Marsh"),
        ('"It needs reform," director of National Intelligence Dan Coats said.', "Dan Coats"),
        ('"It needs reform," said the secretary of Harbour Affairs Ivo Marsh.', "Ivo Marsh"),
        ('"We will fight," Lisk GOP Secretary of State Ann Lee said.', "Ann Lee"),
        # an outlet's possessive before its reporter
        ('"It was a disaster," CNN\'s Ann Lee said.', "Ann Lee"),
        ('"It was a disaster," the Lisk Courier’s Ann Lee reported.', "Ann Lee"),
        # an occupation written as a title
        ('"Snow is coming," Meteorologist Ivo Marsh said.', "Ivo Marsh"),
        # a body, its role, then the name, after the verb
        ('"Snow is coming," said Lisk Border Guard official Ivo Marsh.', "Ivo Marsh"),
        ('"Fine," said Harbex chief executive Ann Lee.', "Ann Lee"),
        # the person of a university is still the one before "of"
        ('"We will talk," Ruth Anand of Northgate University said.', "Ruth Anand"),
        # a body's name, then titles it gives, joined by "and"
        (
            '"It is in no one\'s interest," Harbex Resorts Chairman and CEO Ivo Marsh says.',
            "Ivo Marsh",
        ),
        # a body's name, then a role in lower case of a few words
        ('"Fine," Lisk Family Foundation senior vice president Ann Lee said.', "Ann Lee"),
    ],
)
def test_a_speakers_name_carries_no_title_body_or_outlet(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    "relative",
    ["Above, Mr. Marsh and his wife, Ada Marsh, arrive.", "He met his daughter Ada Marsh."],
)
def test_a_surname_used_alone_is_not_the_relative_named_in_full_later(relative):
    text = f'President Marsh spoke on Friday. "We will win," Marsh told reporters. {relative}'
    assert _one(text).speaker == "Marsh"


def test_a_relative_named_first_is_still_who_her_surname_means_later():
    text = 'His wife, Ada Marsh, spoke first. "We will win," Marsh told reporters.'
    assert _one(text).speaker == "Ada Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "‘‘We will rebuild the quay,’’ Mayor Ann Lee said on Monday.",  # the Boston Globe
        "''We will rebuild the quay,'' Mayor Ann Lee said on Monday.",  # NYT, typed in ASCII
    ],
)
def test_two_single_marks_for_one_double_mark_open_and_close_a_quote(text):
    quote = _one(text)
    assert quote.text == "We will rebuild the quay"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Ann Lee"


@pytest.mark.parametrize(
    "attribution",
    ["Leggett said.", "said Leggett.", "Leggett said on Tuesday."],
)
def test_a_quote_after_a_sentence_closed_by_an_attribution_is_that_speakers(attribution):
    text = f'Seventeen Taliban members had been killed, {attribution} "This was defensive."'
    assert _one(text).speaker == "Leggett"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title word as a surname after a given name
        ('Rep. Peter Kingsley met them. "It is over," Peter King said.', "Peter King"),
        # "he" is a person, not the building named last
        (
            "Ivo Marsh spoke in 2008. In front of the Veterans War Memorial Building in Lisk,"
            ' he praised them. "I served," he said.',
            "Ivo Marsh",
        ),
        # a party or a nationality before a noun is no name
        ('"We have things on the calendar," said the Democratic staffer.', ""),
        ('"We have things on the calendar," said a Swedish official.', ""),
        # "St." opens a place's name
        ('"We are not racist," the St. Lisk Harbour Coalition said.', "St Lisk Harbour Coalition"),
    ],
)
def test_a_speaker_is_a_person_or_body_named_as_such(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"), [("Marsh set out his", "Marsh"), ("Lee set out her", "Ivo Brel")]
)
def test_a_lone_surname_with_his_or_her_after_its_verb_can_be_he_or_she(opening, speaker):
    text = (
        f"{opening} policy, clearly singling out President Ivo Brel for criticism.\n\n"
        '"A nation without borders is not a nation," he said.'
    )
    assert _one(text).speaker == speaker


def test_a_word_opening_the_next_sentence_is_no_speaker_unless_named_elsewhere():
    text = 'The storm crawled inland.\n\n"Nobody is above the law."\n\nRain fell.'
    assert _one(text).speaker == ""
    named = 'The storm crawled inland.\n\n"Nobody is above the law."\n\nMarsh left. Marsh wept.'
    assert _one(named).speaker == "Marsh"


def test_a_word_opening_the_sentence_before_is_no_speaker_unless_named_elsewhere():
    text = 'Median pay for nurses fell by a fifth.\n\n"Nobody is above the law."'
    assert _one(text).speaker == ""
    named = 'Marsh left. Marsh wept.\n\n"Nobody is above the law."'
    assert _one(named).speaker == "Marsh"


def test_a_quote_closed_by_two_people_each_with_a_role_is_theirs():
    text = (
        'The failure of the plan, "laid the foundation for the gap in wealth," Lisk '
        "University economist Ivo Marsh and writer A. Dana Brel argued in their book."
    )
    quote = _one(text)
    assert quote.speaker in {"Ivo Marsh", "Dana Brel"}
    assert "Ivo Marsh and writer A. Dana Brel" in quote.speaker_text


def test_a_name_then_a_role_for_a_body_then_the_bodys_description_then_said_is_the_name():
    text = (
        '"The ban is a low priority for the task force," Ivo Marsh, a spokesman for Third '
        "Way, a left-leaning research group, said after hearing from Mr. Brel last week."
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_said_then_a_preposition_is_no_inverted_speaker():
    text = (
        'Mr Brel would "get it done", referring to Brexit.\n\n'
        'Ivo Marsh said "a good man is coming," said after hearing from Mr. Lisk.'
    )
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers["get it done"] != "Brexit"
    assert "Lisk" not in speakers["a good man is coming"]


def test_a_partial_quote_later_in_a_sentence_is_the_reporting_verbs_subjects():
    text = (
        'Dana Brel left as Ivo Marsh told reporters the plan was "a disaster" because they '
        'lost, and it was "impossible to fix".'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh", "Ivo Marsh"]
    relative = (
        'Dana Brel left as Ivo Marsh, who had said the plan was "a disaster" because they '
        'lost, stayed, and it was "impossible to fix".'
    )
    assert extract_quotes(relative)[1].speaker != "Ivo Marsh"


def test_a_reporting_noun_after_an_ing_word_is_no_verb_of_saying():
    text = (
        "Ivo Brel spoke.\n\nMr Marsh's latest Twitter tirade comes after he told Lisk News "
        'the rebels spread the "ridiculous" hacking reports because they lost, and it was '
        '"impossible to know" who was behind it.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Marsh", "Marsh"]


def test_he_after_a_persons_thing_opening_the_sentence_is_that_person():
    text = (
        "Ivo Brel spoke.\n\nMr Marsh's latest tirade comes a day after he told reporters: "
        '"It is impossible to know."'
    )
    assert _one(text).speaker == "Marsh"
    lawyer = 'Ivo Brel spoke.\n\nMr Marsh\'s lawyer said he told reporters: "It is impossible."'
    assert _one(lawyer).speaker != "Marsh"
    between = (
        "Ivo Brel spoke.\n\nMr Marsh's decision recalls Dana Lisk's speech, in which he "
        'said: "It is impossible."'
    )
    assert _one(between).speaker != "Marsh"


def test_a_place_after_said_in_is_where_not_who():
    text = (
        "Former Vice President Ivo Marsh, leading in the polls for the nomination, said in "
        'Lisk: "Dana Brel is incapable of it."'
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_verb_in_the_imperative_opening_the_sentence_is_no_part_of_the_speakers_name():
    text = (
        "Ask Dana Walden Brel, who runs a snack program, about it. "
        '"We were scared," recalled Ms. Brel.'
    )
    assert _one(text).speaker == "Dana Walden Brel"


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first():
    text = (
        "Former Presidents Ivo Marsh, Dana Brel and Lena Haxby attended. "
        'Marsh said Lisk "made an indelible mark on history."'
    )
    assert _one(text).speaker == "Ivo Marsh"
    lawyers = 'Attorneys for Marsh wrote: "He has never owned the records."'
    assert _one(lawyers).speaker != "Marsh"


def test_a_bodys_name_holds_a_plural_owners_apostrophe_and_its_fields_joined_by_and():
    association = 'The White House Correspondents\' Association said the stance is "wrong."'
    assert _one(association).speaker == "White House Correspondents' Association"
    party = 'And the Democrats\' Senate leader, Ivo Marsh, has sworn to fight "tooth and nail".'
    assert "Democrats'" not in _one(party).speaker
    department = (
        "Top officials at the Department of Health and Human Services also spoke, writing "
        'in an op-ed that "foreign countries bully our drug makers."'
    )
    assert _one(department).speaker == "Department of Health and Human Services"
    two = (
        "Two advisers, director of the National Institute of Allergy and Infectious "
        "Diseases Dr. Ivo Marsh and Food and Drug Administration Commissioner Dana Brel, "
        'spoke.\n\n"It is not a light switch," Marsh said.'
    )
    assert _one(two).speaker == "Ivo Marsh"


def test_a_partial_quote_in_a_clause_a_paper_opens_is_the_papers_not_the_speakers_before():
    text = (
        'Ivo Marsh said in his speech Friday that "we will have tougher talks," and the '
        "policy blueprint released by the council pushes for "
        '"allowing greater flexibility in port fees."'
    )
    quotes = extract_quotes(text)
    assert quotes[0].speaker == "Ivo Marsh"
    assert quotes[1].speaker != "Ivo Marsh"
    assert quotes[1].speaker_text == "the policy blueprint"


def test_a_lone_surname_opening_a_sentence_that_goes_on_saying_is_a_speaker_he_can_be():
    text = (
        "So look for probes of Ivo Brel's ouster and the port deal.\n\n"
        "Marsh is already signaling confrontation, saying at his news conference that the "
        'result will be "a warlike posture."\n\n'
        'Asked if he will investigate them back, he replied: "Oh, yeah. Better than them."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Marsh", "Marsh"]


def test_the_next_of_a_list_of_words_named_as_words_is_no_quote_either():
    text = "Ivo Marsh spoke. In places where few had ever heard the word “Lisk” or “Brel.”"
    assert extract_quotes(text) == ()
    said = "Ivo Marsh spoke. He used the term “asylum,” and “We will win,” Marsh added."
    assert [q.text for q in extract_quotes(said)] == ["We will win"]


def test_a_name_opening_a_sentence_before_a_noun_it_qualifies_is_no_lone_speaker():
    text = (
        "Ivo Marsh spoke on Monday.\n\n"
        "Democratic front-runner Dana Brel was the first to weigh in, tweeting her thanks.\n\n"
        '"Proud of my friend," she wrote.'
    )
    assert _one(text).speaker == "Dana Brel"


def test_a_chant_after_chanting_and_a_colon_is_the_crowds_not_the_last_speakers():
    text = (
        '"Our nation is stronger today," Ivo Marsh said from the platform.\n\n'
        "Marsh steered clear of rhetoric. At times, an enthusiastic crowd could be heard "
        'chanting: "USA! USA! USA!"'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh", ""]


def test_after_a_plural_owners_apostrophe_the_one_named_is_the_speaker():
    text = "“Many of these reports are laudable,” wrote Lisk Matters’ Dana Brel in an analysis."
    assert _one(text).speaker == "Dana Brel"


def test_a_surname_before_family_is_no_he():
    text = (
        "Former President Ivo Marsh died on Friday. Vice President Dana Brel, though, sought "
        "to turn those tables. Addressing the Marsh family in the Rotunda, he compared "
        'himself to the late president, saying they both came to "shake things up."'
    )
    assert _one(text).speaker == "Dana Brel"


def test_a_countrys_initials_before_a_known_place_name_a_place_no_role_holder():
    text = (
        "US President Ivo Marsh spoke. Officials welcomed the coffin to the US Capitol, the "
        "current president and first lady made a visit.\n\n"
        'The president tweeted that he was "looking forward" to it.'
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_name_after_more_qualifying_a_noun_is_no_he():
    text = (
        "Ivo Marsh met the inquiry's chief, Dana Brel, on Monday.\n\n"
        "And now, Marsh seems to believe he has solved his problem. Asked about answering "
        'more Brel questions, he told reporters, "We are finished."'
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_titled_lone_name_after_an_opening_adverb_is_the_subject_he_stands_for():
    text = (
        "Lisk's Ivo Brel has returned to his post after a court ruling.\n\n"
        "Now President Marsh is vowing to create rules for reporters. He says "
        '"you have to practice decorum" at the palace.'
    )
    assert _one(text).speaker == "Marsh"


def test_her_as_an_object_does_not_make_a_lone_surname_a_woman():
    text = (
        "Marsh told her that his policy stood, singling out Ivo Brel for criticism.\n\n"
        '"A nation is a nation," she said.'
    )
    assert _one(text).speaker != "Marsh"


def test_he_after_a_sentence_opened_by_someone_unnamed_is_that_person():
    text = (
        "Spokesman Ivo Marsh denied it. A senior commander in Lisk who declined to be "
        'named said fighters had attacked. "We did not suffer losses," he told Reuters.'
    )
    assert _one(text).speaker == ""
    named = (
        "Ivo Marsh denied it. A spokesman for the council, Tomas Brell, said it was over. "
        '"We did not," he said.'
    )
    assert _one(named).speaker == "Tomas Brell"


def test_a_relative_named_by_a_given_name_after_a_possessor_takes_the_possessors_surname():
    text = (
        "Rev. Ivo Marsh’s son Tomas responded to the editorial on Facebook. "
        "“My father knew the mayor,” Marsh wrote."
    )
    assert _one(text).speaker == "Tomas Marsh"
    # also when the surname stood alone before, for the family
    family = f"The magazine was founded by Ivo Marsh and has not worked with Marsh since. {text}"
    assert _one(family).speaker == "Tomas Marsh"
    alone = "Rev. Ivo Marsh spoke on Monday. “My son knew the mayor,” Marsh wrote."
    assert _one(alone).speaker == "Ivo Marsh"


def test_an_article_quoting_with_single_marks_has_its_quotes_found():
    text = (
        "Harbex is backtracking on its policy after criticism.\n\n"
        "'That's not what we are about. We don't aim to play judge and jury,' the company "
        "said in a blog post.\n\n"
        "Ivo Marsh said he had 'low expectations' but added that 'maybe some good' would "
        "come of it."
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "That's not what we are about. We don't aim to play judge and jury",
        "low expectations",
        "maybe some good",
    ]
    assert [q.speaker for q in quotes] == ["Harbex", "Ivo Marsh", "Ivo Marsh"]


@pytest.mark.parametrize(
    "line",
    [
        "'We are proud,' said Ann Lee, whose rock 'n' roll band played the players' union hall.",
        "'We are proud,' said Ann Lee, a fan of '90s music and the players' union.",
    ],
)
def test_apostrophes_in_a_single_marked_article_are_not_quote_marks(line):
    text = f"'The hall is full,' Ivo Marsh said.\n\n{line}"
    assert [q.text for q in extract_quotes(text)] == ["The hall is full", "We are proud"]


def test_double_marks_keep_single_ones_as_apostrophes_and_nested_quotes():
    text = "\"It is what 'the people' want,\" Ivo Marsh said. The players' union agreed."
    assert [q.text for q in extract_quotes(text)] == ["It is what 'the people' want"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Swedish company said its rules were vague. 'We got it wrong,' it said.", ""),
        ("Ahead of the meeting, Ivo Marsh said he had 'low expectations' of it.", "Ivo Marsh"),
    ],
)
def test_an_adjective_or_adverb_opening_a_sentence_is_no_speaker(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Bolton spoke on Sunday with ABC’s “This Week.”",
        'Christie said it on ABC\'s "This Week with George Stephanopoulos."',
        "Sanders walked out to Lee Greenwood’s “God Bless the U.S.A.” on Monday.",
    ],
)
def test_a_title_after_a_name_s_possessive_is_no_quote(text):
    assert extract_quotes(text) == ()


def test_a_scare_quote_after_a_possessive_is_still_a_quote():
    assert [
        q.text for q in extract_quotes("Trump’s “witch hunt” claims were false, Lee said.")
    ] == ["witch hunt"]


def test_a_new_statement_after_a_closed_quote_does_not_take_it():
    text = (
        "The Lisk Council did not say whether it would appeal, saying only that it will "
        "“continue to defend the plan.” The Harbour Authority said the rules were clear."
    )
    assert _one(text).speaker == "Lisk Council"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It cost me the election," George H.W. Bush said.', "George H.W. Bush"),
        ('"Let this go," FBI Director James B. Comey said.', "James B. Comey"),
        ('"We won," J.D. Vance said.', "J.D. Vance"),
        # an owner's word before a full name leaves the person
        ("The group, which our Ivo C. Marsh describes as “a shill,” met.", "Ivo C. Marsh"),
    ],
)
def test_an_initial_in_a_speakers_name_keeps_its_full_stop(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Lisk Courier reported that Mayor Ann Lee said on Tuesday, "We will rebuild."',
            "Ann Lee",
        ),
        (
            'Ivo Marsh is the harbour master. Aides said that Marsh told the paper: "It was a '
            'disaster."',
            "Ivo Marsh",
        ),
        # a verb before "to" says no words: what the ministry announced, not Marsh's
        (
            "The ministry announced on Saturday that Ivo Marsh had agreed to start buying grain "
            '"immediately," though it did not say how much.',
            "",
        ),
    ],
)
def test_a_name_after_the_conjunction_that_is_the_speaker(text, speaker):
    assert _one(text).speaker == speaker


def test_a_body_s_name_then_a_role_before_the_speaker_s_name():
    text = (
        "“Nobody should be forced to pay,” Lisk Health and Human Services Department "
        "spokeswoman Ann Lee said."
    )
    assert _one(text).speaker == "Ann Lee"


def test_a_topic_heading_before_a_colon_is_no_speaker():
    text = "On the 2018 World Cup in Lisk: “I would like to congratulate you on a job well done.”"
    assert _one(text).speaker == ""
    assert _one("On Lisk, Valdora and the union: “We will not back down.”").speaker == ""


@pytest.mark.parametrize(
    "opening",
    [
        "After the vote, Ann Lee was blunt:",
        "After the vote Ann Lee was blunt:",
        "On Monday Ann Lee was blunt:",
        "At the rally Ann Lee was defiant:",
        "Re-elected mayor Ann Lee was blunt:",
    ],
)
def test_a_clause_with_a_verb_before_a_colon_names_its_speaker(opening):
    assert _one(f"{opening} “We lost nothing.”").speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("His rival, Bo Ek, said the count was flawed.", "Bo Ek"),
        ("Meanwhile Bo Ek said the count was flawed.", "Bo Ek"),
        ("But Bo Ek disagreed.", "Bo Ek"),
    ],
)
def test_he_added_after_another_man_named_in_between_is_not_the_last_speaker(between, speaker):
    text = f"“We won,” Kimmo Elomaa said. {between} “It was rigged,” he added."
    assert [q.speaker for q in extract_quotes(text)] == ["Kimmo Elomaa", speaker]


def test_he_added_never_goes_back_to_a_company():
    text = (
        "“We regret the error,” Harbex said in a statement. Its chief executive, Ivo Marsh, "
        "apologised on Monday. “I am sorry,” he added."
    )
    assert [q.speaker for q in extract_quotes(text)][1] == "Ivo Marsh"


def test_he_added_after_another_man_opens_a_sentence_is_that_man():
    text = "Ann Lee spoke first. “We lost,” Lee said. Ivo Marsh disagreed. “We won,” he added."
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Ivo Marsh"]


def test_he_added_before_a_quote_introduces_that_quote_not_the_one_before():
    text = (
        "Archbishop Ivo Marsh told reporters, “We have suffered the same fate.” He added, "
        "“So Lisk should have been one of the first to recognise it.”"
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Ivo Marsh", "told reporters"),
        ("Ivo Marsh", "added"),
    ]


def test_a_man_named_three_times_by_his_surname_is_no_company():
    text = (
        "Twitter suspended several accounts on Thursday. Musk said the reporters had shared "
        "his location. Musk later held a vote. Musk gave no details.\n\n"
        "“We do not comment on individual accounts,” the company said."
    )
    assert _one(text).speaker in ("", "Twitter")


def test_the_agency_that_passes_words_on_is_not_their_speaker():
    text = "Ann Lee said the tariffs’ “overall impact would be limited,” according to Xinhua."
    assert _one(text).speaker == "Ann Lee"
    assert _one("“It sank,” according to Xinhua.").speaker == "Xinhua"
    # a speaker the sentence does not name keeps the agency as the source
    text = "Officials said that Ivo Marsh had called the attack “cowardly,” according to Xinhua."
    assert _one(text).speaker in ("Ivo Marsh", "Xinhua")


def test_a_description_a_comma_and_a_name_after_the_verb_is_the_named_person():
    assert _one("“We oppose this,” said a Lisk foreign ministry spokesman, Bo Ek.").speaker == (
        "Bo Ek"
    )
    # a name that begins another clause, or owns something, is not it
    for text in (
        "“We oppose this,” said a government spokesman, Xinhua reported.",
        "“We oppose this,” said the coach, Bo Ek's predecessor.",
    ):
        assert _one(text).speaker not in ("Xinhua", "Bo Ek")


def test_the_newspaper_is_the_last_news_outlet_named():
    text = (
        "The state-run Lisk Daily ran an editorial on Monday. Officials in Valdora were "
        "defiant. “There should be no doubting our resolve,” the newspaper said."
    )
    assert _one(text).speaker == "Lisk Daily"


def test_he_said_is_a_man_named_by_his_first_name_alone():
    text = (
        "At Ann's Diner, the lines were long. Keith and Sue Blake came up short. Keith said he "
        "would be back. “I have got nothing else to do,” he said."
    )
    assert _one(text).speaker == "Keith"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vikram Desai, the party leader, spoke first. The award was presented to Mary Jones "
            "on Friday. “I am honoured,” she said.",
            "Mary Jones",
        ),
        (
            "Governor Kerry Brown opposed the bill. It was introduced by Senator Tom Marsh last "
            "week. “This is long overdue,” he said.",
            "Tom Marsh",
        ),
    ],
)
def test_a_pronoun_skips_a_governed_name_only_for_someone_known_to_fit(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Marsh accused the mayor of seeking to intimidate him, citing Tom Lee’s "
            "accusations that he is a “rat.”",
            "Tom Lee",
        ),
        (
            "The envoy refrained from using Lisk's description of Port Ella as its “eternal "
            "capital”.",
            "Lisk",
        ),
        # guards (the same before): words that judge a claim are the judge's
        ("Ivo Marsh said Tom Lee’s claim was “false.”", "Ivo Marsh"),
        ("Judge Ivo Marsh described Tom Lee's assertion of immunity as “repugnant.”", "Ivo Marsh"),
        (
            "Ivo Marsh countered Tom Lee’s suggestion that the port was safe – blaming the "
            "“reckless owners” for the wreck.",
            "Ivo Marsh",
        ),
    ],
)
def test_words_in_a_named_claim_that_runs_on_to_them_are_the_claimants(text, speaker):
    assert _one(text).speaker == speaker


def test_a_name_that_qualifies_a_person_noun_is_not_the_one_he_refers_to():
    text = (
        "Ivo Marsh added that he fears the crowds. The former Tom Lee lawyer said he had to "
        "adjust his habits.\n\n“I don’t walk with my wife any more,” he said."
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_they_after_a_group_of_demonstrators_names_no_one():
    text = (
        "(Lisk Herald) Calls to close the agency grew.\n\nTen days ago, a group of "
        "demonstrators confronted Mayor Ivo Marsh at a restaurant in Port Ella. They called "
        'for an end to the policy and began to chant: "Close the agency!"'
    )
    assert _one(text).speaker == ""


def test_a_question_closes_its_sentence_and_the_next_verb_introduces_the_answer():
    text = "Ivo Marsh asked: “Was that done to protect the mayor?” Tom Lee answered, “No.”"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("Was that done to protect the mayor?", "Ivo Marsh"),
        ("No.", "Tom Lee"),
    ]
    # a guard (the same before): the verb after a question is the question's own
    assert _one("“Was that done to protect the mayor?” Ivo Marsh asked the witness.").speaker == (
        "Ivo Marsh"
    )


def test_the_n_year_old_opening_a_sentence_is_the_one_named_before_and_he_after_it():
    text = (
        "The sharpest criticism came from Committee Chairman Ivo Marsh, who blasted the "
        "summit.\n\nThe 81-year-old senator, a frequent critic of Tom Lee but one who has "
        "often expressed confidence in the team, said he found it “painful and "
        "inexplicable.”\n\n“No prior leader has ever abased himself so,” he fumed."
    )
    quotes = extract_quotes(text)
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("painful and ", "Ivo Marsh"),
        ("No prior lea", "Ivo Marsh"),
    ]


def test_a_place_is_never_the_one_a_pronoun_or_a_description_refers_to():
    woman = (
        "Mara Lind beams. The 58-year-old travelled for 15 hours from Florida with her "
        "friends.\n\n“He kept his promises,” she says."
    )
    assert _one(woman).speaker == "Mara Lind"
    district = (
        "Those states plus Maryland and Washington DC have declared a state of emergency."
        "\n\nThe president said his administration was “ready” for the storm."
    )
    assert _one(district).speaker == ""


def test_a_pronoun_goes_to_the_source_a_preposition_names_before_one_it_governs_otherwise():
    text = (
        "The summit with Vladimir Putin drew criticism from Republicans like Chairman Ivo "
        "Marsh (R-Calif.).\n\n“There is no comparing the United States and Vladimir Putin,” "
        "he said in a statement."
    )
    assert _one(text).speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "heading",
    [
        "Asked if Governor Ivo Marsh should step down:",
        "On the jailed activist Ivo Marsh:",
        "With Ivo Marsh at her side:",
        "Re Ivo Marsh:",
    ],
)
def test_a_heading_before_a_colon_leaves_the_quote_to_the_one_speaking(heading):
    text = f"Ann Lee, the Lisk mayor, took questions for an hour on Monday. {heading} “Yes.”"
    assert _one(text).speaker == "Ann Lee"


@pytest.mark.parametrize(
    "tail", ["Ivo Marsh – a former judge.", "Ivo Marsh in a statement.", "Ivo Marsh (a judge)."]
)
def test_a_named_speaker_after_a_description_may_go_on_after_the_name(tail):
    assert _one(f"“We oppose this,” said the union's lawyer, {tail}").speaker == "Ivo Marsh"


def test_the_paper_said_after_a_study_is_no_newspaper_named_long_before():
    text = (
        "Ivo Marsh spoke to Fox News on Sunday. Researchers at Lisk University published "
        "their findings on Monday. “Sea levels will rise faster,” the paper said."
    )
    assert _one(text).speaker != "Fox News"


def test_a_quote_paragraph_after_an_unnamed_source_s_quote_stays_unnamed():
    text = (
        "Defence Secretary Ivo Marsh said the plan was sound.\n\n"
        '"Nobody has done this before," a senior official said.\n\n'
        '"The minister was briefed all the way along."'
    )
    first, second = extract_quotes(text)
    assert (first.speaker, first.speaker_text) == ("", "a senior official")
    assert (second.speaker, second.speaker_text) == ("", "a senior official")


def test_a_quote_with_no_clue_of_its_own_after_an_unnamed_source_is_not_the_man_named_before():
    text = (
        '"The plan is sound," Defence Secretary Ivo Marsh said.\n\n'
        '"Nobody has done this before," a senior official said. It was late.\n\n'
        '"We will see that through."'
    )
    speakers = [(q.speaker, q.speaker_text) for q in extract_quotes(text)]
    assert speakers[1:] == [("", "a senior official"), ("", "a senior official")]


def test_a_quote_left_open_takes_the_attribution_that_closes_its_next_paragraph():
    text = (
        "The strategy does not rule out working with Ivo Marsh.\n\n"
        '"We are working with them. We do not rule out cooperation.\n\n'
        '"So it is not mutually exclusive," an official said.'
    )
    first, second = extract_quotes(text)
    assert (first.speaker, first.speaker_text, first.cue) == ("", "an official", "said")
    assert second.speaker_text == "an official"


def test_a_participle_opening_a_sentence_after_a_dateline_is_no_speaker():
    text = (
        'WASHINGTON — Declaring that the world is entering a "new era of competition," '
        "President Ivo Marsh outlined a strategy on Monday."
    )
    assert _one(text).speaker != "Declaring"


def test_an_official_with_no_name_is_no_anaphor_for_the_last_man_named():
    text = 'Ivo Marsh spoke on Monday. "We will act," the committee official told reporters.'
    assert (_one(text).speaker, _one(text).speaker_text) == ("", "the committee official")


def test_an_official_introduced_by_name_is_still_found_by_the_role():
    text = 'Ivo Marsh, a Treasury official, spoke on Monday. "We will act," the official said.'
    assert _one(text).speaker == "Ivo Marsh"


def test_a_clause_with_its_own_reporting_verb_after_a_comma_is_no_appositive():
    text = (
        "The committee will review its inquiry into Ivo Marsh, a committee official "
        'confirmed on Monday.\n\n"We expect members to view a draft," the committee official said.'
    )
    assert _one(text).speaker == ""


def test_a_body_s_name_with_of_before_a_title_and_name_gives_the_person():
    text = (
        '"Our duty is clear," Department of Homeland Security Secretary Kirstjen Nielsen '
        "said in a statement."
    )
    assert _one(text).speaker == "Kirstjen Nielsen"


@pytest.mark.parametrize(
    "attribution",
    ["Senate Majority Leader Mitch McConnell, R-Ky. said", "Sen. Mitch McConnell, R-Ky., said"],
)
def test_a_party_tag_between_name_and_verb_is_skipped(attribution):
    text = f'Republicans met on Tuesday. "We have to act," {attribution} on the floor.'
    assert _one(text).speaker == "Mitch McConnell"


@pytest.mark.parametrize(
    "attribution",
    [
        "Rep. Josh Gottheimer, D-N.J., co-chair of the Problem Solvers Caucus, told Fox News",
        "Josh Gottheimer, 51, a co-chair of the Problem Solvers Caucus, said",
    ],
)
def test_a_name_then_its_appositions_then_the_verb_names_the_speaker(attribution):
    text = f'The group met on Monday. "We are ready to act," {attribution}.'
    assert _one(text).speaker == "Josh Gottheimer"


@pytest.mark.parametrize(
    "text",
    [
        'The crowd cheered. Marcia "Cia" Price (D-Newport News), a delegate, shouted back.',
        'Idaho Gov. C.L. "Butch" Otter told reporters he is not running again.',
    ],
)
def test_a_nickname_in_quote_marks_inside_a_name_is_no_quote(text):
    assert extract_quotes(text) == ()


def test_a_name_after_a_preposition_is_no_speaker_of_an_apposition_chain():
    text = 'The ruling had a "boomerang effect" on Democrats, said Mark Rountree, a strategist.'
    assert _one(text).speaker == "Mark Rountree"


def test_a_participle_after_an_inverted_said_has_its_unnamed_speaker():
    text = (
        '"We have very little to show for it," said a US official who briefed reporters, '
        'stressing that "the onus is on Russia."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["", ""]


def test_the_one_who_said_the_words_speaks_when_an_outlet_reported_them():
    text = (
        "Trump met the panel. Trump said the commission will look into a "
        '"repeal of the discipline policies," The New York Times reported.'
    )
    assert _one(text).speaker == "Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Green says Trump should go for tweeting "disparaging" remarks about NFL players.',
            "Green",
        ),
        # "jokes" is a noun here, and "what he called" says who called them corny
        (
            "Ivo Marsh spoke last. The crowd stayed with Marsh while he ticked down a list of "
            'what he called "corny" jokes about being a former Liberal and calling himself '
            '"modest."',
            "Ivo Marsh",
        ),
    ],
)
def test_a_quoted_word_before_a_noun_that_is_also_a_verb_is_no_inverted_attribution(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_reporting_word_after_a_preposition_or_hyphened_adjective_is_a_noun_not_a_cue():
    text = (
        "Loeffler slammed the Daily Beast report as a "
        '"ridiculous and baseless attack" in a pair of late-night tweets.'
    )
    quote = _one(text)
    assert (quote.speaker, quote.cue) == ("Loeffler", "slammed")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country by its letters before a noun modifies it
        (
            "The central theme of U.S. policy on Russia has long been "
            "“cooperate where we can but confront where we must.”",
            "",
        ),
        (
            "The U.S. ambassador to Israel, David Friedman, endorsed the decision, saying "
            "Israel “has every right to protect its borders” against promoters of boycotts.",
            "David Friedman",
        ),
        # a place after a preposition, or in a list of places, is no sentence's subject
        (
            "The leaders of Michigan, Ohio, Wisconsin and Kentucky said they would "
            '"work in close coordination to reopen our economies."',
            "",
        ),
        (
            "Midwestern governors said they were joining together. The leaders of Michigan,"
            " Ohio, Wisconsin and Kentucky -- both Democrats and Republicans -- said they would"
            ' "work in close coordination to reopen our economies in a way that prioritizes'
            " our workers' health.\"",
            "",
        ),
    ],
)
def test_a_place_where_it_stands_is_no_sentences_speaking_subject(text, speaker):
    assert _one(text).speaker == speaker


def test_in_the_words_of_someone_names_the_speaker_of_the_quote_after_it():
    text = (
        "Bragg lost at Chattanooga. In the words of Petraeus, “Bragg’s inability to cooperate"
        " diluted his effectiveness until his resounding defeat.”"
    )
    quote = _one(text)
    assert (quote.speaker, quote.cue) == ("Petraeus", "in the words of")


def test_a_quote_closing_its_sentence_with_an_exclamation_takes_no_cue_from_the_next():
    text = (
        'Trump cheered the decision, tweeting: "Omar and Tlaib are the face of the Democrat'
        ' Party, and they HATE Israel!" This, after he pressured Israel amid earlier reports'
        " that the visit would go ahead."
    )
    quote = _one(text)
    assert (quote.speaker, quote.cue) == ("Trump", "tweeting")
    # a short exclamation is said words, never a scare quote, with or without a speaker
    sign = 'A girl hoisted a sign that read "15%!" Her father, 39, worried about the vote.'
    assert [q.text for q in extract_quotes(sign)] == ["15%!"]


def test_a_time_phrase_ends_the_description_of_a_speaker_and_a_name_before_a_body_names_it():
    text = (
        "The Trump administration on Wednesday declared North Korea "
        '"an urgent national security threat and top foreign policy priority."'
    )
    quote = _one(text)
    assert (quote.speaker, quote.speaker_text) == (
        "Trump administration",
        "The Trump administration",
    )
    quote = _one('The administration late Tuesday said "it is a threat to us all."')
    assert (quote.speaker, quote.speaker_text) == ("", "The administration")
    # a weekday that is part of a name stays: "Super Tuesday"
    quote = _one('He will campaign in the 14 Super Tuesday states, saying "we will win."')
    assert quote.speaker_text.endswith("Super Tuesday")


def test_the_state_and_party_of_the_person_before_refer_back_to_them():
    text = (
        "Speaker Nancy Pelosi called the snub “beneath the dignity of the State of Israel.” "
        "The California Democrat, long a supporter of Israel, called the decision "
        "“deeply disappointing.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Nancy Pelosi", "Nancy Pelosi"]
    # a title alone with a capital is no such description
    text = (
        "UK Prime Minister Theresa May offered her condolences. The Queen said she was "
        '"deeply saddened by the appalling events."'
    )
    assert _one(text).speaker == ""


def test_a_counted_noun_phrase_is_the_subject_not_a_name_after_it():
    text = (
        "Earlier this month, some 1,400 health care workers signed a letter to Kemp "
        'warning that Georgia "is simply not prepared" for an upsurge in cases.'
    )
    assert _one(text).speaker == ""


def test_an_adjective_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Longtime Trump ally Roger Stone argued this week that Sessions was weak. "
        '"The president bonded with Sessions because he saw him as a tough guy," he said.'
    )
    assert _one(text).speaker == "Roger Stone"


def test_a_reporting_verb_inside_a_relative_clause_is_not_the_attribution():
    text = (
        'Trump spoke on Monday. "It could make a huge difference," Dr. Melanie Thompson, '
        "who helped write the letter, said, according to 11Alive News."
    )
    assert _one(text).speaker == "Melanie Thompson"


def test_a_quote_in_a_when_clause_is_the_clause_s_speaker_s():
    text = (
        "Trump attacked the migrants. When he earlier said illegal immigrants threatened "
        '"to pour into and infest our Country", congresswoman Ileana Ros-Lehtinen tweeted '
        "back at him."
    )
    assert _one(text).speaker == "Trump"


@pytest.mark.parametrize(
    "sentence",
    [
        'Critics condemned Trump for saying "three million people voted illegally."',
        'Critics slammed Trump for calling the protesters "very fine people."',
    ],
)
def test_the_one_blamed_for_saying_the_words_said_them(sentence):
    assert _one(f"Green filed three articles. {sentence}").speaker == "Trump"


def test_a_partial_quote_in_an_opening_participle_phrase_is_the_sentence_subject_s():
    text = (
        "Green spoke on Wednesday. Accusing Trump of betraying \u201chis trust as "
        "president\u201d by embracing racism, Green referenced Adolf Hitler."
    )
    assert _one(text).speaker == "Green"


def test_another_opening_a_sentence_stands_for_an_unnamed_source():
    text = (
        "Green filed articles against Trump on Wednesday. Another alleged Trump brought "
        "\u201cshame and dishonor to the office of the presidency.\u201d"
    )
    assert _one(text).speaker == ""


def test_and_inside_a_body_s_name_after_its_of_is_part_of_the_name():
    text = (
        'The American College of Obstetrics and Gynecology said, "Despite many efforts, '
        'our expertise was rejected."'
    )
    assert _one(text).speaker == "American College of Obstetrics and Gynecology"


def test_and_joining_two_subjects_is_no_part_of_a_name():
    text = '"We will act," Tomas Brell and Ivo Lind said.'
    assert _one(text).speaker == "Tomas Brell and Ivo Lind"


def test_they_after_two_people_named_together_is_the_pair():
    text = (
        "“No committee can do it,” write Ann Lee and Bo Ek on the Harbour blog.\n\n"
        "They argue for a new inquiry.\n\n"
        "“Given the mood, an inquiry will meet resistance,” they write."
    )
    assert extract_quotes(text)[-1].speaker == "Ann Lee and Bo Ek"


def test_a_partial_quote_in_a_second_clause_belongs_to_that_clause_s_subject():
    text = (
        "Mayor Bo Ek withdrew his envoy, while Governor Ann Lee summoned the consul to express "
        "her “shock and dismay” at the killings."
    )
    assert _one(text).speaker == "Ann Lee"


def test_a_partial_quote_with_no_second_subject_stays_with_the_sentence_subject():
    text = "Mayor Bo Ek recalled his envoy and said the killings were “a grave breach” of law."
    assert _one(text).speaker == "Bo Ek"


def test_he_adds_goes_on_with_the_last_speaker_past_a_name_that_only_modifies_a_noun():
    text = (
        "Ivo Marsh defended the plan on Monday.\n\n"
        "The review “is important, but not enough,” says Tomas Brell, a lawyer in the "
        "Justice Department’s Civil Rights Division during the Marsh administration.\n\n"
        "“We need an independent inquiry,” he adds."
    )
    assert extract_quotes(text)[-1].speaker == "Tomas Brell"


def test_a_place_s_region_in_an_opening_phrase_is_no_subject():
    text = (
        "Speaking at a town hall in Salem, New Hampshire, Ivo Marsh went after his rival, "
        "calling him “a total stiff.”"
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_participle_after_a_quote_takes_the_sentence_s_subject_not_the_clause_after_it():
    text = (
        "Speaking in Lisk, Ivo Marsh insisted that he has “grown the party,” claiming that he "
        "is responsible for higher turnout."
    )
    assert (_one(text).speaker, _one(text).cue) == ("Ivo Marsh", "insisted")


def test_the_official_after_a_titled_person_is_that_person():
    text = (
        "Earlier, Harbour Secretary Ivo Marsh said the ferry would run again.\n\n"
        "“A better service would benefit all,” the top harbour official wrote on Twitter."
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_body_s_name_with_a_title_word_inside_is_the_body():
    text = "Russia’s Ministry of Foreign Affairs tweeted back: “We agree.”"
    assert _one(text).speaker == "Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The guidance is not meant to limit worship,” the CDC draft proposal says.", "CDC"),
        ("“We will act,” the White House statement said.", "White House"),
    ],
)
def test_a_body_s_own_paper_speaks_for_the_body(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "You may think Marsh should have added, “When I said no contact, I meant as a minister.”",
        "It was up to Lee to ask a follow-up along the lines of, “To be clear, did you meet him?”",
    ],
)
def test_words_someone_should_have_said_are_no_quote(text):
    assert extract_quotes(text) == ()


def test_words_someone_added_are_still_a_quote():
    assert _one("Marsh added, “I meant as a minister.”").speaker == "Marsh"


def test_an_institution_after_the_speaks_as_a_body():
    text = "“The force will train and equip its crews,” the Pentagon says in its report."
    assert (_one(text).speaker, _one(text).cue) == ("Pentagon", "says in its report")


def test_he_added_goes_on_with_a_writer_whose_gender_the_text_does_not_tell():
    text = (
        "“We will not comply,” Cipollone wrote. “The papers are privileged.”\n\n"
        "He added: “Mr. Brell has no right to disclose them.”"
    )
    assert extract_quotes(text)[-1].speaker == "Cipollone"


def test_he_is_never_a_name_after_in_whose_gender_is_not_told():
    text = (
        "President Ivo Marsh spoke on Monday.\n\nThe visit came after the shooting in Las Vegas.\n\n"
        "On Tuesday, visiting Lisk, he joked: “I hate to tell you, but you broke our budget.”"
    )
    assert extract_quotes(text)[-1].speaker == "Ivo Marsh"


def test_he_is_not_the_name_that_identifies_someone_else():
    text = (
        "President Ivo Marsh faces a test on Wednesday.\n\n"
        "Since the gunman, identified by police as Stephen Pardoe, opened fire, Marsh has "
        "struck a measured tone. On Tuesday, visiting Lisk, he joked: “You broke our budget.”"
    )
    assert extract_quotes(text)[-1].speaker == "Ivo Marsh"


def test_a_question_heads_opening_verb_is_no_part_of_a_name():
    text = (
        "Former Mayor Julio Castell has a long list of plans.\n\n"
        "4. Can Castell make another move?\n\n"
        "He told reporters that the candidates “are going to, you know, exchange ideas”."
    )
    assert extract_quotes(text)[-1].speaker == "Julio Castell"


def test_an_embedded_post_is_a_direct_quote_of_its_author_named_as_the_text_names_him():
    text = (
        "President Ivo Marsh on Monday attacked the port authority.\n\n"
        "The crews did a great job. The authority did NOTHING!\n\n"
        "The port reopened at noon."
    )
    post = Post(
        text="The crews did a great job. The authority did NOTHING!",
        author="Ivo K. Marsh",
        handle="@IvoMarsh",
        posted="March 4, 2020",
    )
    quotes = extract_quotes(text, [post])
    assert [(q.text, q.speaker, q.speaker_text, q.cue, q.kind) for q in quotes] == [
        (post.text, "Ivo Marsh", "@IvoMarsh", "tweeted", "direct")
    ]
    assert text[quotes[0].start : quotes[0].end] == post.text


def test_scare_quotes_inside_a_post_are_the_posts_and_a_quote_it_attributes_stays():
    text = (
        'Nobody who tweets about "ferries" is a "bot" for us.\n\n'
        '"The port is closed," the harbour master said on Monday. Sad day.'
    )
    posts = [
        Post(text=text.split("\n\n")[0], author="Sen. Ana Brel", handle="@AnaBrel"),
        Post(text=text.split("\n\n")[1], author="Port Watch", handle="@PortWatch"),
    ]
    quotes = extract_quotes(text, posts)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        (posts[0].text, "Ana Brel", "tweeted"),
        (posts[1].text, "Port Watch", "tweeted"),
        ("The port is closed", "", "said"),
    ]


def test_a_post_the_text_does_not_hold_adds_no_quote():
    post = Post(text="Words the page lost.", author="Ana Brel", handle="@AnaBrel")
    assert extract_quotes("The port reopened at noon.", [post]) == ()


_TRANSCRIPT = (
    "NPR's Ana Brel reports.\n\n"
    "ANA BREL, BYLINE: The mayor says the port owes the city money.\n\n"
    "MAYOR IVO MARSH: The port owes us a tremendous amount of money.\n\n"
    "BREL: In fact, the port has paid. Lena Haxby says so.\n\n"
    "LENA HAXBY: There is no ledger of what the port owes.\n\n"
    'MARSH: They owe "a lot" of money.\n\n'
    "UNIDENTIFIED PERSON: We love you!"
)


def test_a_transcripts_turns_are_quotes_of_their_speakers_and_the_reporters_are_the_story():
    quotes = extract_quotes(_TRANSCRIPT)
    assert [(q.text, q.speaker, q.speaker_text) for q in quotes] == [
        ("The port owes us a tremendous amount of money.", "Ivo Marsh", "MAYOR IVO MARSH"),
        ("There is no ledger of what the port owes.", "Lena Haxby", "LENA HAXBY"),
        ('They owe "a lot" of money.', "Ivo Marsh", "MARSH"),
        ("We love you!", "", "UNIDENTIFIED PERSON"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # headings with a colon, and a fact check's verdicts, are nobody's words
        "UPDATE: Ten people died.\n\nUPDATE: Twelve people died.\n\nBREAKING: The port shut.",
        "MARSH: The port never paid.\n\nTHE FACTS: It did.\n\nTHE FACTS: Twice.",
        # one speaker's label once is no transcript
        "MAYOR IVO MARSH: We will rebuild.\n\nThe port reopened.",
    ],
)
def test_labels_that_name_no_one_or_stand_once_make_no_transcript(text):
    assert not [q for q in extract_quotes(text) if q.cue == "said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role after a campaign's or an office's word: the name after the role speaks
        ("“That is a low burn rate,” tweeted Marsh campaign spokeswoman Ana Brel.", "Ana Brel"),
        ("“We won,” said Marsh campaign press secretary Lena Haxby.", "Lena Haxby"),
        # a party tag as a state's member ("Wisconsin Republican") between name and verb
        (
            "Ivo Marsh died.\n\n“Here lies a great man,” House Speaker Paul Rell, "
            "Wisconsin Republican, eulogized.",
            "Paul Rell",
        ),
        # "the <role>" is the holder named before it, not one a later paragraph names
        (
            "Committee Chairman Adam Shaw condemned the clemency. “With this commutation,” "
            "said the top Democratic lawmaker, “two systems of justice are clear.”\n\n"
            "Senator Ana Brel said she would introduce a bill.",
            "Adam Shaw",
        ),
        # a body closing the sentence of a partial quote
        (
            "Roger Stone was sentenced on Friday.\n\nJailing Stone would create “serious "
            "medical risk” for him, the White House said.",
            "White House",
        ),
        # "As X put it"
        (
            "Rhea Boyd is a pediatrician. Ana Brel said protests matter.\n\n"
            "As Boyd put it in a recent panel, “Protest saves lives.”",
            "Rhea Boyd",
        ),
    ],
)
def test_roles_party_tags_bodies_and_put_it_name_the_speaker(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_nation_or_tribe_after_the_is_a_body_that_speaks():
    text = (
        "“It is a historic day for all Indigenous peoples,” the Navajo Nation said in a statement."
    )
    assert extract_quotes(text)[0].speaker == "Navajo Nation"


def test_a_description_naming_a_chamber_is_no_leader_of_another():
    text = (
        "Senate Minority Leader Ivo Marsh spoke. House Democratic Leader Ana Brel spoke too.\n\n"
        "“He embodied what we admire,” Marsh said. Then Brel wept. The Senate Democratic "
        "leader added, "
        "“I knew him to be a fine man.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh", "Ivo Marsh"]


def test_a_surname_used_alone_before_a_full_name_with_it_is_someone_else():
    text = (
        "“You can have your pick,” Marsh said as Brel smiled.\n\n"
        "Among the names floated is senior adviser and niece of the mayor Dana Marsh.\n\n"
        "“We actually have many names,” Marsh told reporters."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Marsh", "Marsh"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Port Watch sued. “Crews are dying,” said Port Watch’s statement.", "Port Watch"),
        ("Ivo Marsh won. “We will not,” Marsh's report said.", "Ivo Marsh"),
        # an office speaks for its owner, as "a spokesman for Marsh" does
        ("Ivo Marsh won. “We will not,” Marsh's office insisted.", "Ivo Marsh"),
        ("Ana Brel wrote to them. “It is over,” said the letter from Sen. Brel.", "Ana Brel"),
        # a person who works for someone is someone else, unnamed
        ("Ivo Marsh denied it. “We did not,” Marsh's attorney said.", ""),
    ],
)
def test_a_statement_a_report_or_a_letter_speaks_for_its_owner(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("who", "speaker"), [("President Ivo Marsh", "Ivo Marsh"), ("Marsh", "")])
def test_a_body_named_with_and_is_no_man_that_he_refers_to(who, speaker):
    text = (
        f"{who} was asked about abolishing Immigration and Customs Enforcement. "
        "“Well I hope they keep thinking about it,” he said."
    )
    assert extract_quotes(text)[0].speaker == speaker


def test_a_quote_in_a_bracketed_sentence_takes_the_cue_inside_the_bracket():
    text = (
        "The Post described a mad scramble for masks. (During a news conference on Tuesday, "
        "Mayor Ilse Varga said she can't \u201cfor the life of me understand the delay.\u201d)"
    )
    assert [s for s, _ in _speakers(text)] == ["Ilse Varga"]


def test_a_closed_bracket_before_the_cue_is_still_skipped():
    text = "Sen. Pat Ohlin (D-N.Y.) said \u201cthe deal is dead.\u201d"
    assert [s for s, _ in _speakers(text)] == ["Pat Ohlin"]


def test_it_is_the_document_an_earlier_sentence_opens_with_not_the_body_before_it():
    text = (
        "Police recommended charges against the mayor in February.\n\n"
        "The indictment does not require the mayor to resign.\n\n"
        "The relationship, it said, was \u201cbased on a mutual understanding.\u201d"
    )
    assert _speakers(text) == [("", "it")]


def test_it_after_a_newspaper_opening_a_sentence_is_the_newspaper():
    text = (
        "The Post reported that Klein was gathering material.\n\n"
        "It added, \u201cthe visit comes as the campaign promises new attacks.\u201d"
    )
    assert [s for s, _ in _speakers(text)] == ["Post"]


def test_a_clause_after_a_quote_opened_by_after_or_when_is_no_attribution():
    text = (
        "Prime Minister Ivo Brell said the charges were a \u201ccoup attempt\u201d"
        " after the attorney general charged him."
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Brell"]


def test_a_quote_inside_what_a_verb_reports_with_that_is_its_subjects():
    text = (
        "At the rally, Brell said that Marsh begged him for an endorsement in 2012 and"
        ' "would have dropped to his knees" for it.'
    )
    assert [s for s, _ in _speakers(text)] == ["Brell"]


def test_a_quote_attached_to_the_later_verb_stays_its_speakers():
    text = (
        "Ann Lee noted that Ivo Brell had not paid taxes for years \u2015 Ivo Brell"
        " boasted, \u201cThat makes me smart.\u201d"
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Brell"]


def test_a_name_suffix_after_a_comma_ends_the_speakers_name():
    text = "Police Chief John Hayden, Jr. said officers are \u201cactively working on it.\u201d"
    assert [s for s, _ in _speakers(text)] == ["John Hayden"]


def test_she_after_another_unnamed_woman_is_not_the_woman_named_before():
    text = (
        "\u201cThe ceiling fell,\u201d said Maria Lenz, who was pulled from the rubble.\n\n"
        "Another woman, sitting in front of her home, said she did not know what to do.\n\n"
        "\u201cIt is all gone,\u201d she said, too distraught to give her name."
    )
    assert [s for s, _ in _speakers(text)] == ["Maria Lenz", ""]


def test_he_after_an_unnamed_subject_in_a_place_named_by_its_province_is_unnamed():
    text = (
        "\u201cThe bottles are broken,\u201d said Gino Marsh, owner of a bar in the town.\n\n"
        "One rescue was delicate as a ranger in Capodacqua, in the province of Ascoli"
        " Piceno, tried to keep a woman calm.\n\n"
        "\u201cListen, I know it is not nice to say,\u201d he said."
    )
    assert [s for s, _ in _speakers(text)] == ["Gino Marsh", ""]


def test_a_venue_after_at_the_is_no_one_a_pronoun_refers_to():
    text = (
        "Ivo Brell has long criticised the platforms.\n\n"
        "In a speech at the World Economic Forum in January, he called them a"
        " \u201cmenace\u201d to society."
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Brell"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Most states allow what\u2019s called \u201ccivil asset forfeiture.\u201d", []),
        (  # someone's own words, quoted
            "Ann Lee says voters are hungry for what she calls \u201creal solutions.\u201d",
            ["Ann Lee"],
        ),
    ],
)
def test_a_term_after_whats_called_is_mentioned_not_quoted(text, speakers):
    assert [s for s, _ in _speakers(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ivo Brell said his efforts on what was known as the \u201cMoscow project\u201d"
            " lasted until June.",
            [],
        ),
        ('The tabloid paid her, a practice known as "catch and kill."', []),
        (
            'Rather than taking part in any alleged "hack," the party had passed along'
            " information, Ann Lee said.",
            [],
        ),
        (  # the verb, not the adjective: her words
            "Ann Lee alleged \u201ca cover-up at the highest level\u201d on Monday.",
            ["Ann Lee"],
        ),
    ],
)
def test_a_term_after_known_as_or_an_alleged_is_mentioned_not_quoted(text, speakers):
    assert [s for s, _ in _speakers(text)] == speakers


def test_the_former_vice_president_is_not_the_one_the_text_calls_president():
    text = (
        "Former Vice President Ann Lee spoke in Lisk on Monday.\n\n"
        "President Ivo Brell said the economy would recover.\n\n"
        '"It did not have to be this way," the former vice president said.'
    )
    assert [s for s, _ in _speakers(text)][-1] == "Ann Lee"


def test_a_month_and_its_day_after_a_place_make_no_name():
    text = (
        "\u201cI like her very much,\u201d said Brell who is due to meet Lee on a state visit to"
        " Britain June 3-5.\n\n"
        "\u201cWe will find consensus,\u201d she said."
    )
    assert "Britain June" not in [s for s, _ in _speakers(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a month after an honorific, a given name or before an inflected reporting verb
        "Theresa May called an election. In her statement, delivered in Downing Street, Mrs May"
        ' said: "We need an election now."',
        'Theresa May called an election.\n\n"We need an election now," May told MPs.',
        "Lawmakers rejected Prime Minister Theresa May\u2019s Brexit deal on Friday.\n\n"
        '"We need an election now," May told parliament.',
    ],
)
def test_may_is_a_name_where_its_neighbours_say_so(text):
    assert [s for s, _ in _speakers(text)] == ["Theresa May"]


def test_may_before_a_base_verb_is_no_name():
    assert _speakers('In May, Ivo Brell said: "We need an election now."')[0][0] == "Ivo Brell"
    assert "May" not in [s for s, _ in _speakers('They May say "never" to it, Brell said.')]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Of Jon Marsh, he said,", "Ivo Brell"),  # the sentence is about Marsh
        ("After his feud with Jon Marsh, he said", "Ivo Brell"),
        ("After Jon Marsh spoke, he said", "Jon Marsh"),  # "after" opens a clause: Marsh acts
        ("In a statement from Jon Marsh, he said", "Jon Marsh"),  # "from" names the author
    ],
)
def test_he_is_not_a_prepositions_object_earlier_in_his_own_sentence(opening, speaker):
    text = f'Ivo Brell spoke in Lisk on Monday.\n\n{opening} "We will win this."'
    assert _speakers(text)[-1][0] == speaker


def test_counsel_is_a_title_before_a_name():
    text = (
        "White House Counsel Pat Cipollone spoke on Monday.\n\n"
        '"These types of impeachments must end," Cipollone said.'
    )
    assert {s for s, _ in _speakers(text)} == {"Pat Cipollone"}


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Then, with relish, he raised the case of Jon Marsh.", "David Hogg"),
        ("In June, he met Jon Marsh.", "David Hogg"),
        ("As for Jon Marsh, he was not worried.", "Jon Marsh"),  # the opener names him
    ],
)
def test_he_opening_a_sentence_after_short_openers_goes_on_with_the_earlier_he(opening, speaker):
    text = (
        "David Hogg was the last person to speak. He was angry.\n\n"
        f'{opening} "I can smell fear," he said.'
    )
    assert _speakers(text)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A Lisk spokesman, Ivo Brell, told the AP: "We will rebuild the pier."', "Ivo Brell"),
        (
            '"We will rebuild the pier," said Lisk Chamber of Commerce political analyst Ivo'
            " Brell.",
            "Ivo Brell",
        ),
        (
            'Ferry owner Don King spoke first. "We will rebuild the pier," King, who lives in'
            " Lisk, told the AP.",
            "Don King",
        ),
        (
            "Ivo Brell, who was drinking in the Harbour Inn, just metres from the quay, told"
            ' the BBC: "We will rebuild the pier."',
            "Ivo Brell",
        ),
        (
            "According to a reporter, Ivo Brell, who was at the hearing, the victim's mother,"
            ' Ann Lee, told the court: "We will rebuild the pier."',
            "Ann Lee",
        ),
        (
            '"We will rebuild the pier," Friends of the Quay President Ann Lee said.',
            "Ann Lee",
        ),
        (
            '"We will rebuild the pier," Chairman of the Harbour Board General Ann Lee said.',
            "Ann Lee",
        ),
        (
            'Campaign group Friends of Lisk Quay said the pier was "worth saving."',
            "Friends of Lisk Quay",
        ),
        (
            "The decision was final.\u201cWe will rebuild the pier,\u201d said harbour analyst Ann"
            " Lee.That gives the town a year.",
            "Ann Lee",
        ),
    ],
)
def test_the_speaker_is_found_past_listeners_roles_bodies_and_relative_clauses(text, speaker):
    assert _speakers(text)[0][0] == speaker


def test_a_source_familiar_with_something_is_unnamed_whatever_it_names():
    text = (
        "Ivo Brell called Ann Lee twice.\n\n"
        '"He urged her to stay," the source familiar with Brell\'s calls tells CNN.'
    )
    assert _speakers(text) == [("", "the source familiar with Brell's calls")]


def test_an_inverted_attribution_closing_the_clause_after_a_partial_quote_names_the_speaker():
    text = (
        "The fight is having a \u201cboomerang effect\u201d on the council, said Ivo Brell, a"
        " harbour strategist."
    )
    assert _speakers(text)[0][0] == "Ivo Brell"


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Donald Trump spoke first.\n\n"
        "Getting Trump supporters to agree took patience.\n\n"
        '"It is a scary time," Trump told reporters.'
    )
    assert _speakers(text)[0][0] == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        '"Go back to the ferry," Brell barked and a guard led the reporter Ann Lee out.',
        'In two posts Brell raged: "Lee and the harbour board must go now."',
        'Ann Lee asked whether he wanted a lawyer. "Yes, ma\'am," Brell mumbled as he sat.',
    ],
)
def test_a_verb_of_the_voice_attributes_the_quote(text):
    text = "Ivo Brell was at the quay.\n\n" + text
    assert [s for s, _ in _speakers(text)][-1] == "Ivo Brell"


def test_the_one_who_asks_speaks_after_was_asked_by():
    text = (
        "Ivo Brell spoke on Friday.\n\n"
        'In an interview, Brell was asked by host Ann Lee: "Would you run the ferry again?"'
    )
    assert _speakers(text)[-1][0] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Top military leaders were “closely monitoring” developments in Lisk, "
            "according to Dana Oduya.",
            [("closely monitoring", "Dana Oduya")],
        ),
        (
            'The statement called for an "independent and transparent investigation" '
            "into the deaths, according to Valdoran newspaper Haaretz.",
            [("independent and transparent investigation", "Haaretz")],
        ),
    ],
)
def test_according_to_closing_the_sentence_attributes_a_partial_quote_before_it(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a passive "was reported" after a closed quote reports nothing anyone said
            "By Wednesday, Novartis said it paid for “health-care policy matters.” "
            "And Lisk Corp was reported to have paid more.",
            [("health-care policy matters.", "Novartis")],
        ),
        (  # the quote closed its sentence: the next one's subject is not its speaker
            "Trump kept up a war of words with Kim, who warned Monday that the button is "
            '"always on my desk." The president responded Tuesday night.',
            [("always on my desk.", "Kim")],
        ),
        (  # a name and its relative without a comma
            "Airlines kept flying, including Fiji Airways which said it had "
            "“full confidence in our fleet”.",
            [("full confidence in our fleet", "Fiji Airways")],
        ),
        (  # a role of an unnamed body, then the name
            "“We have lost fellow delegates,” said the president of the assembly, Siim Kiisler.",
            [("We have lost fellow delegates", "Siim Kiisler")],
        ),
        (  # "with" a role and a name, then a participle
            "The administration kept up its fight, with White House senior adviser Stephen "
            "Miller telling CBS that Trump is “absolutely” willing to shut it down.",
            [("absolutely", "Stephen Miller")],
        ),
        (  # a hyphened name before the participle
            "Seoul offered talks, with President Moon Jae-in calling it a "
            '"groundbreaking chance" to improve relations.',
            [("groundbreaking chance", "Moon Jae-in")],
        ),
        (  # the owner and a party word before the role are no name
            "The Judiciary Committee’s Democratic chairman, Jerrold Nadler, said Mueller faced "
            "“grossly unfair personal attacks” and that no one was “above the law.”",
            [
                ("grossly unfair personal attacks", "Jerrold Nadler"),
                ("above the law.", "Jerrold Nadler"),
            ],
        ),
        (  # a second phrase joined by "and" has the first one's reporting verb
            "Democrats signed a letter from Peter Welch calling the tax deal "
            "“fiscally irresponsible” and “grossly unfair.” The letter went out.",
            [("fiscally irresponsible", "Peter Welch"), ("grossly unfair.", "Peter Welch")],
        ),
    ],
)
def test_speakers_of_partial_quotes_in_the_ninth_held_out_reading(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


def test_a_partial_quote_with_no_clue_far_from_the_last_speaker_is_unnamed():
    text = (
        '"We will rebuild," Mayor Ann Lee said on Monday.\n\n'
        "The harbour was closed for a week.\n\n"
        "Ferries went to Lisk instead.\n\n"
        'The rules also require that crews "remain on board at all times" in port.\n\n'
        'Traders called the closure "a disaster for the town" in a letter.'
    )
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers["We will rebuild"] == "Ann Lee"
    assert speakers["remain on board at all times"] == ""


def test_the_us_president_is_the_president_the_text_introduced_as_american():
    text = (
        "US President Donald Trump spoke on Monday. South Korean President Moon Jae-in met "
        'officials. On Tuesday, the US president said his button was "much bigger" than '
        "the North Korean leader's."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("much bigger", "Donald Trump")]


def test_a_paragraph_quoted_whole_after_a_colon_is_its_speakers_direct_quote():
    text = (
        "Civil rights groups condemned the bill on Monday. Dana Oduya said:\n\n"
        "This heinous action would, in effect, establish a purity test for every ferry in Lisk.\n\n"
        "Here's what some of them said:\n\n"
        "Sen. Ivo Brell of Lisk spoke on the floor of the Senate for nearly ten minutes today."
    )
    quotes = [(q.text[:20], q.speaker, q.kind) for q in extract_quotes(text)]
    assert quotes == [("This heinous action ", "Dana Oduya", "direct")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Best Buy requires masks.\n\nSavannah Mayor Van Johnson tweeted his criticism, "
            'saying "It is officially official."\n\n"Ignore the science," he said.',
            [("It is officially official.", "Van Johnson"), ("Ignore the science", "Van Johnson")],
        ),
        (
            'Rep. Jeff Van Drew switched parties. "I am proud," Van Drew said.',
            [("I am proud", "Jeff Van Drew")],
        ),
        (
            'Mayor Bill de Blasio spoke. "We will," De Blasio said.',
            [("We will", "Bill de Blasio")],
        ),
    ],
)
def test_van_before_one_surname_is_a_given_name_unless_a_fuller_name_ends_so(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"This is a big year!" Scott\'s niece, state Del. Marcia "Cia" Price '
            '(D-Newport News), shouted to the crowd. "We have his back," she said.',
            [("This is a big year!", "Marcia Cia Price"), ("We have his back", "Marcia Cia Price")],
        ),
        (
            "\"It's about time,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.",
            [("It's about time", "Jamie Lee Curtis")],
        ),
    ],
)
def test_a_name_after_a_possessors_role_and_a_modifier_speaks(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked if he might fire Mr. Sessions after the midterms, Mr. Trump didn’t answer "
            "directly.\n\n“There’s such corruption,” he said.",
            "Trump",
        ),
        (
            "When interviewer Ainsley Earhardt noted that Mr. Sessions recused himself, Mr. "
            "Trump replied, “It bothers me.”\n\n“I wanted to stay uninvolved,” he said.",
            "Trump",
        ),
        (
            "While Wallace pointed out that tariffs get passed along, Kudlow argued that China "
            "will be hurt too.\n\n“Both sides will suffer on this,” he said.",
            "Kudlow",
        ),
    ],
)
def test_he_is_the_main_clauses_subject_not_one_in_a_clause_opening_the_sentence(text, expected):
    assert extract_quotes(text)[-1].speaker == expected


def test_a_plural_of_initials_is_never_he_or_she():
    text = (
        "Andrea Gallagher spoke often.\n\nSeveral SEALs told investigators. SEALs said he "
        "fired.\n\nDespite SEALs testifying against him, she stood by him.\n\n"
        '"He wanted to go to trial," she said.'
    )
    assert extract_quotes(text)[-1].speaker == "Andrea Gallagher"


@pytest.mark.parametrize(
    "text",
    [
        "During a Thursday morning interview on “Fox & Friends,” Mr. Trump renewed his attack.",
        'NYPD Commissioner Dermot Shea told "Fox & Friends" on Monday that it was bad.',
        "She will be calling it the “Heroes Act.”",
        # the sentence's full stop inside the mark; a programme's name before a noun
        "Ivo Marsh told Ann Lee on “Port Ella Today.” He said more later.",
        "Tom Lee alleged during a “60 Minutes” interview last year that he was threatened.",
    ],
)
def test_a_programme_a_guest_is_on_and_a_bills_name_are_no_quotes(text):
    assert extract_quotes(text) == ()


def test_a_quoted_clause_opening_with_a_figure_is_still_a_quote():
    # a guard (a quote before too): only a figure opening a title ("60 Minutes") is one
    text = "Tom Lee noted a study that found “26 percent had left” and 68 percent had stayed."
    assert [q.text for q in extract_quotes(text)] == ["26 percent had left"]


def test_one_word_after_on_is_still_a_quote():
    assert [q.text for q in extract_quotes('She insisted on "Yes," he said.')] == ["Yes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tweeden said she "made sure never to be alone with him again" on the tour, but '
            'that Franken made "snide comments".',
            [
                ("made sure never to be alone with him again", "Tweeden"),
                ("snide comments", "Tweeden"),
            ],
        ),
        (
            'Val Demings said Trump\'s efforts amounted to "extortion," and that Trump was '
            'trying to "cheat" in the 2020 election.',
            [("extortion", "Val Demings"), ("cheat", "Val Demings")],
        ),
    ],
)
def test_a_short_phrase_later_in_the_sentence_of_one_who_said_the_first_is_hers(text, expected):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


def test_a_short_phrase_after_a_quote_that_closed_its_sentence_is_a_scare_quote():
    text = (
        'Giuliani said, "He is not going to fire him before this is over."\n\n'
        'The "this" in the quote above is the investigation.'
    )
    assert [q.text for q in extract_quotes(text)] == [
        "He is not going to fire him before this is over."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Trump attacked him again. The last time Sessions responded was in "
            "February, when the President tweeted this\n\n"
            '"Why is A.G. Jeff Sessions asking the Inspector General to investigate?"',
            ("Trump", "tweeted"),
        ),
        (
            "Sen. Rand Paul tested positive. In a statement, Paul's deputy chief of staff, "
            'Sergio Gor, wrote:\n\n"Senator Rand Paul has tested positive. He is feeling fine."',
            ("Sergio Gor", "wrote"),
        ),
        (
            "The Navy spoke. In a statement, Rear Adm. Charlie Brown, Chief of Information, "
            'said:\n\n"The Navy follows the lawful orders of the President."',
            ("Charlie Brown", "said"),
        ),
    ],
)
def test_a_quote_opening_a_paragraph_is_said_by_the_one_the_paragraph_before_hands_it_to(
    text, expected
):
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Newt Gingrich spoke on Monday. He also recalled a conversation with a Trump family "
        "member who confidently told him: “We know how to do conventions.”",
        "Gonzalez appealed for help on Twitter. Those appealing included a woman who posted: "
        '"I have 2 children with me and the water is rising."',
    ],
)
def test_the_one_a_noun_names_speaks_when_a_who_clause_hands_over_the_quote(text):
    assert extract_quotes(text)[-1].speaker == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Sen. Rob Portman tweeted, adding: "Local governments are stretched to the limit." '
            'Rep. Peter King called McConnell "the Marie Antoinette of the Senate" on Wednesday.',
            [
                ("Local governments are stretched to the limit.", "Rob Portman"),
                ("the Marie Antoinette of the Senate", "Peter King"),
            ],
        ),
        (
            'Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a '
            '"pathological liar."',
            [("caused death.", "Donald Trump"), ("pathological liar.", "Bernie Sanders")],
        ),
    ],
)
def test_a_verb_calling_someone_something_after_a_closed_quote_opens_a_new_statement(
    text, expected
):
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Presidential counsellor Kellyanne Conway posted a tweet. Her own tweet simply says "Gotcha."',
        'Kellyanne Conway posted a tweet. Conway\'s tweet said: "Gotcha, folks."',
    ],
)
def test_a_persons_tweet_speaks_for_them(text):
    assert extract_quotes(text)[-1].speaker == "Kellyanne Conway"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Khizr Khan spoke. The Pakistani-born lawyer went on: "They would come to me."',
            "Khizr Khan",
        ),
        (
            "Moreover, Iran-backed Houthi rebels have detained thousands of Yemenis and "
            "reportedly subjected many of them to “extreme torture – being smashed in their "
            "faces with batons.”",
            "Houthi",
        ),
    ],
)
def test_a_place_made_into_an_adjective_is_no_speakers_name(text, expected):
    assert extract_quotes(text)[-1].speaker == expected


def test_an_unnamed_source_the_next_sentence_names_as_it_opens_is_that_person():
    text = (
        'Trump met Pence, though a Pence spokesman said "nothing was offered."\n\n'
        'The spokesman, Marc Lotter, added, "The governor had warm meetings."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Marc Lotter", "Marc Lotter"]


def test_an_unnamed_source_nobody_names_stays_unnamed():
    assert (
        extract_quotes('"We saw nothing," a police spokesman said. Officers left.')[0].speaker == ""
    )


def test_every_adjective_tail_the_names_reader_knows_makes_no_speaker():
    text = (
        "Boehner pointed to what aides called “orphan districts” in Democratic-leaning "
        "states that would not be a factor in the campaign."
    )
    assert [q.speaker for q in extract_quotes(text)] == [""]


@pytest.mark.parametrize(
    "text",
    [
        "Last week at a NATO summit in Brussels, Trump launched a fresh attack on Germany, "
        "claiming the country was “totally controlled” and held “captive by Russia”.",
        "Even as it rejected the plea of Henning Jacobson, Trump launched a fresh attack, "
        "claiming the country was “totally controlled” by others.",
    ],
)
def test_a_time_phrase_or_an_adverb_before_an_opening_phrase_leaves_the_subject_after_it(text):
    assert {q.speaker for q in extract_quotes(text)} == {"Trump"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The remarks prompted the US Senate majority leader, Mitch McConnell, to tell "
            "the former president to “keep his mouth shut”.",
            "Mitch McConnell",
        ),
        (
            "Leaks about Kushner continued all week, even spurring the Washington Post to "
            "write about “the fall of the house of Kushner.”",
            "Washington Post",
        ),
        (
            "Trump also asked Corey Lewandowski to ask Sessions to say publicly that the "
            "investigation was “very unfair” to the president.",
            "Trump",
        ),
        (
            "After the call, Mr. Flynn spoke again with Mr. Kislyak to tell him not to let "
            "Russia “escalate the situation.”",
            "Flynn",
        ),
    ],
)
def test_one_a_verb_makes_speak_says_the_words_but_not_one_only_asked_or_spoken_to(text, expected):
    assert extract_quotes(text)[0].speaker == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Centers for Disease Control and Prevention Director Robert Redfield on Wednesday "
            "said the agency is “prepared to work with every school district” this fall.",
            "Robert Redfield",
        ),
        (
            "The Centers for Disease Control and Prevention said on Thursday that it is "
            "offering “different reference documents” for local governments.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "Much of Beck’s ire was directed at Bannon, who Beck on Wednesday called “a "
            "horrible, despicable human being.”",
            "Beck",
        ),
        (
            "However, a fact check published recently in USA Today concluded: “There have "
            "been no public reports that hospitals are exaggerating numbers.”",
            "USA Today",
        ),
    ],
)
def test_a_day_between_a_name_and_its_verb_and_a_body_named_with_and_keep_the_speaker(
    text, expected
):
    assert extract_quotes(text)[0].speaker == expected


def test_he_after_a_titled_surname_named_nowhere_else_is_that_person():
    text = (
        "The agency released guidance for schools, but President Trump on Wednesday tweeted "
        'his displeasure with the agency. He said the guidelines were too burdensome and "expensive."'
    )
    assert extract_quotes(text)[0].speaker == "Trump"


@pytest.mark.parametrize(
    "text",
    [
        # an object, not a subject: the one who speaks is named before
        "Donald Trump spoke on Monday. He lambasted the Iran deal negotiated by President Obama, "
        'who he noted was "in his final year, yay."',
        # a name cut short by garbled letters
        "Donald Trump spoke on Monday. President Fran\u00c3\u00c2\u00a7ois Hollande spoke. "
        '"It is over," he said.',
    ],
)
def test_a_titled_surname_that_is_an_object_or_cut_short_is_not_he(text):
    assert extract_quotes(text)[-1].speaker == "Donald Trump"


def test_a_name_then_two_appositions_then_told_is_the_speaker():
    text = (
        "“We lack masks,” Bonnie Castillo, head of the largest U.S. nurses union, National "
        "Nurses United, told MSNBC."
    )
    assert extract_quotes(text)[0].speaker == "Bonnie Castillo"


def test_he_is_the_holder_of_the_role_a_description_opening_the_sentence_before_names():
    text = (
        "Former President Barack Obama spoke to graduates on Saturday.\n\n"
        "The former president did not directly criticize Donald Trump, but he repeatedly "
        "referred to leaders currently in power.\n\n"
        "“Broad majorities agree on the ends,” he said."
    )
    assert extract_quotes(text)[0].speaker == "Barack Obama"


def test_a_bare_role_or_another_sex_opening_the_sentence_before_decides_nothing():
    # "the president" is whoever holds the role at that point of the story
    bare = (
        "Donald Trump took office in 2017, replacing President Barack Obama.\n\n"
        "The president did not mention his predecessor on Monday, but he spoke at length.\n\n"
        "“We are winning,” he said."
    )
    assert extract_quotes(bare)[0].speaker == "Donald Trump"
    she = (
        "Former Governor Matt Bevin pardoned him in 2019.\n\n"
        "The former governor's pardon angered the victim's mother, Ann Lee.\n\n"
        "“It feels like we are going through it all again,” she said."
    )
    assert extract_quotes(she)[0].speaker != "Matt Bevin"


def test_a_correspondents_title_is_no_part_of_the_speakers_name():
    assert extract_quotes("“It is fine,” NBC Correspondent Pete Williams said.")[0].speaker == (
        "Pete Williams"
    )


def test_the_university_is_the_nearest_university_named_before_not_one_named_later():
    text = (
        "Tufts University will hold its first virtual commencement ceremony.\n\n"
        '"We will be unable to bring our graduates together," the university said.\n\n'
        "Johns Hopkins University counts the cases worldwide."
    )
    assert extract_quotes(text)[0].speaker == "Tufts University"


def test_the_bureau_may_be_the_body_the_story_names_in_full_only_later():
    text = (
        'The FBI has "grave concerns," the bureau said on Wednesday.\n\n'
        "The Federal Bureau of Investigation reviewed the memo."
    )
    assert extract_quotes(text)[0].speaker == "Federal Bureau of Investigation"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“Now I am worried,” one student commented.", "", "commented"),
        ("“C'est moi,” Romney confessed in French.", "Romney", "confessed"),
        ("“It’s time to tear it down,” Maya Little exhorted.", "Maya Little", "exhorted"),
        ("“I’m sick and tired of you guys,” Gianforte screams.", "Gianforte", "screams"),
        ("“The President’s announcement is low on details,” Nancy Pelosi reacted.", "Nancy Pelosi", "reacted"),
        ("“He would fight tooth and nail,” Mitch McConnell remembered.", "Mitch McConnell", "remembered"),
    ],
)  # fmt: skip
def test_commented_confessed_exhorted_screamed_reacted_and_remembered_report_words(
    text, speaker, cue
):
    q = extract_quotes(text)[0]
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Rep." is a congressman or a congresswoman: neither makes her a man
        (
            "A man told a Georgia lawmaker to go home. State Rep. Erica Thomas said the man "
            "cursed at her.\n\nThomas said she remembered it because, “I told him to go.”",
            "Erica Thomas",
        ),
        # a surname the text named in full before is the subject after a comma, not the
        # "wife" before it
        (
            "Former Texas Rep. Beto O'Rourke is running. Seated next to his wife, O'Rourke "
            "announced it.\n\nO'Rourke addressed criticism from women and African Americans. "
            "“Government is overly represented by white men,” he told Vanity Fair.",
            "Beto O'Rourke",
        ),
        # a representative named by his surname alone is "he"
        (
            "Some members of Congress have been sympathetic to free trade, but Representative "
            "Brooks doesn't mince words.\n\n“We are going to have to act,” he said.",
            "Brooks",
        ),
    ],
)
def test_a_role_written_gives_a_gender_and_its_other_names_do_not(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_his_wife_then_a_given_name_is_her_name():
    text = (
        "On CNN Tuesday, his wife, Jane, called for an open primary. "
        "“Shutting people out is not smart,” she said."
    )
    assert extract_quotes(text)[0].speaker == "Jane"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # plural nouns after a verb, a preposition or an adjective: no reporting verbs
        (
            "Senior officials told reporters that the White House will provide states with "
            '"best practices" on reopening.',
            "told reporters",
        ),
        (
            "Paul Manafort pleaded guilty Friday to two felony conspiracy charges and reached "
            'an agreement to provide "complete cooperation" with the probe.',
            "pleaded",
        ),
    ],
)
def test_states_and_charges_as_plural_nouns_report_nothing(text, cue):
    assert extract_quotes(text)[0].cue == cue


@pytest.mark.parametrize(
    "text",
    [
        '"We appreciate your willingness to talk," the letter states.',
        '"The pair sought to advance their interests," the indictment charges.',
        '"Death to America!" Iran states openly.',
        'The guidance, drafted in 2000, states: "A sitting President cannot be indicted."',
    ],
)
def test_states_and_charges_after_a_document_a_name_or_a_comma_report_words(text):
    assert extract_quotes(text)[0].cue in {"states", "charges"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the president" is never the vice president
        (
            "President Donald Trump spoke first. Then Vice President Mike Pence announced the "
            "Space Force.\n\n“Space Force all the way!” the president tweeted.",
            "Donald Trump",
        ),
        # nor another nation's president, when the text names one of its own
        (
            "President Donald Trump called off the summit. South Korea’s president, Moon "
            "Jae-in, urged both sides to talk.\n\n“Please call me,” the president said.",
            "Donald Trump",
        ),
        # "U.S." is the home country of the press read here, and "New Jersey" no "Jersey"
        (
            "Lawyers met T.S. Ellis on Monday. U.S. District Judge Amy Berman Jackson "
            "sentenced Manafort.\n\nThe judge told Manafort: “You showed no regret.”",
            "Amy Berman Jackson",
        ),
        (
            "Texas Gov. Greg Abbott spoke. New Jersey Gov. Phil Murphy kept his order.\n\n"
            "The governor said the “curve” must stay down.",
            "Phil Murphy",
        ),
    ],
)
def test_the_president_is_no_vice_president_and_no_other_nations_president(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_titled_possessive_names_the_person_a_lone_surname_goes_on_to_mean():
    text = (
        "Justice Neil Gorsuch, President Donald Trump's first nominee, wrote the opinion. "
        '"We do not hesitate," Gorsuch wrote.\n\n'
        "Trump, whose administration took the employers' side, was surprised. But he said: "
        '"They\'ve ruled, and we live with their decision."'
    )
    assert extract_quotes(text)[-1].speaker == "Donald Trump"


def test_an_untitled_possessive_may_be_a_relatives_surname():
    text = 'Sasha Obama\'s school closed on Monday.\n\n"We are proud of the students," Obama said.'
    assert extract_quotes(text)[0].speaker == "Obama"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "James Esseks of the American Civil Liberties Union, which represented Stephens, "
            'said, "The court has caught up."',
            "James Esseks",
        ),
        (
            "Travis Tygart CEO of the United States Anti-Doping Agency said: "
            '"A game of chicken has been played."',
            "Travis Tygart",
        ),
        ('Speaker of the House Nancy Pelosi tweeted, "Deeply concerning."', "Nancy Pelosi"),
        # a title before "of the" with no name after the body: the body speaks
        (
            "Dean Garfield, president and CEO of the Information Technology Industry Council "
            'said "tariffs are the wrong answer."',
            "Information Technology Industry Council",
        ),
        # a place before "of the", not a person: the name the description follows
        (
            "Scott Seaman, a director for Asia of the Eurasia Group, noted: "
            '"Everything is fine with Trump until you tell him no."',
            "Scott Seaman",
        ),
    ],
)
def test_a_person_of_the_body_speaks_for_it(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'A White House official quoted by Reuters described the comments as the "last straw".',
        'A source cited by Bloomberg said the deal was "dead in the water."',
    ],
)
def test_a_name_after_quoted_by_or_cited_by_relays_the_words_it_does_not_speak(text):
    q = extract_quotes(text)[0]
    assert q.speaker == ""
    assert q.speaker_text.startswith("A ")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jim Jordan spoke for an hour.\n\nTrump, for his part, said he was too busy to "
            'watch. "First I\'ve heard of it," he said when asked.',
            "Trump",
        ),
        (
            "Bush was loyal to Reagan. Bush said he would not land on the South Lawn.\n\n"
            "“Only the president does that,” he said.",
            "Bush",
        ),
        # a place or a handle saying something is no person "he" can be
        (
            "Felipe Ortiz spoke to reporters.\n\nThe worker from Guatemala says he leaves "
            'home only for work. "Yes, I\'m taking the risk," he said.',
            "Felipe Ortiz",
        ),
    ],
)
def test_a_lone_surname_that_says_something_after_an_aside_or_before_a_clause_is_he(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Choe Son-hui dismissed remarks by US Vice-President Mike Pence - who had said "
            'North Korea "may end like Libya" - as "stupid".',
            "may end like Libya",
            "Mike Pence",
        ),
        (
            "The Comfort left Norfolk after a send-off attended by President Trump — who "
            'called it "a 70,000-ton message of hope."',
            "a 70,000-ton message of hope.",
            "Trump",
        ),
    ],
)
def test_who_said_inside_a_dash_aside_names_the_one_the_aside_follows(text, quote, speaker):
    by_text = {q.text: q.speaker for q in extract_quotes(text)}
    assert by_text[quote] == speaker
    assert by_text.get("stupid") != "Mike Pence"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Former Housing and Urban Development Secretary Julián Castro tweeted, "
            '"Americans should think twice."',
            "Julián Castro",
        ),
        (
            'Customs and Border Protection Commissioner Kevin McAleenan said, "We are at the '
            'breaking point."',
            "Kevin McAleenan",
        ),
        (
            'House Speaker Nancy Pelosi and Senate Leader Chuck Schumer said, "It fails."',
            "Nancy Pelosi and Chuck Schumer",
        ),
    ],
)
def test_two_fields_of_a_title_join_no_two_speakers_but_two_titled_names_do(text, speaker):
    assert extract_quotes(text)[0].speaker == speaker


def test_a_prayer_is_reported_words():
    text = (
        "Joe Biden spoke first.\n\n"
        '"We will mourn but we will do so with a different hope," a pastor prayed.'
    )
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.speaker_text, q.cue) == ("", "a pastor", "prayed")


def test_a_role_noun_before_who_said_speaks_whatever_words_come_before_the_quote():
    text = (
        "After that call, Ivo Brell consulted with a senior transition official who said the"
        " president \u201cdid not want the talks to fail,\u201d so Brell relayed the request."
    )
    assert [s for s, _ in _speakers(text)] == [""]


def test_he_after_two_speakers_set_against_each_other_is_the_second():
    text = (
        'Tom Lee said Friday he was "pretty close" to a decision, while Ivo Brell said he'
        ' had not made one. "It is a very hard decision," he said.'
    )
    assert [s for s, _ in _speakers(text)] == ["Tom Lee", "Ivo Brell"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "According to the petition, Ivo Brell did not uphold the principle of"
            ' "applying the law equally to all."',
            [""],
        ),
        (  # a speaker of its own after the comma
            'According to the White House, Ivo Brell said he was "very happy" with it.',
            ["Ivo Brell"],
        ),
        (  # a person or a body is a source as a document is, whatever its clause is about
            "According to meteorologist Tom Lee, the storm could stall near the coast,"
            ' becoming a "major flooding event."',
            ["Tom Lee"],
        ),
        (
            'According to the Lisk Herald, Ivo Brell is "a relentless self-promoter."',
            ["Lisk Herald"],
        ),
    ],
)
def test_words_after_according_to_a_source_are_its_own(text, speakers):
    assert [s for s, _ in _speakers(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "As Mr. Brell left the courthouse on Friday, he was greeted with chants of"
        " \u201clock him up\u201d from protesters.",
        "Ivo Brell attacked Lee on Wednesday, drawing boos and chants of \u201csend her back\u201d"
        " when he ramped up his attacks.",
        "Students marched past Ivo Brell, carrying signs that read \u201cEnough\u201d on Monday.",
    ],
)
def test_a_chant_or_a_signs_words_are_the_crowds_not_the_named_mans(text):
    assert [s for s, _ in _speakers(text)] == [""]


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first_name():
    text = (
        "The dissent came from Justices Ann Marsh and Ivo Lind on Monday. "
        '"We disagree with the court," Marsh wrote.'
    )
    assert _one(text).speaker == "Ann Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # said of the subject in the passive: whoever said it is unnamed
        ('Marsh is returning with the sailors, said to be in "good health," on Monday.', ""),
        ('Ivo Lind was detained in Lisk and accused of unspecified "hostile acts" there.', ""),
        ('Ann Lee spoke. The plan was described as "a disaster" on Monday.', ""),
        # "by" names who said it
        ('Ann Lee spoke. The plan was described by Ivo Lind as "a disaster".', "Ivo Lind"),
        # active, or another verb between: not a passive report
        ('Ann Lee accused Ivo Lind of "hostile acts" on Monday.', "Ann Lee"),
        (
            'Ann Lee told the crowd the cargo she was accused of stealing was "planted" there.',
            "Ann Lee",
        ),
    ],
)
def test_a_quote_said_of_someone_in_the_passive_is_not_theirs(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a song's title with a contraction names no one
        (
            "Among the veterans was Ivo Lind.\n\nThe band then played a rendition of We'll "
            "Meet Again on the pier.\n\n"
            'He said: "Being here is my way of paying back a little."',
            "Ivo Lind",
        ),
        # a given name and a surname that is a broadcaster's name too
        (
            "Corin Marsh attended too.\n\nAmong the veterans was Len Fox, who sang.\n\n"
            'He said: "Being here is my way of paying back a little."',
            "Len Fox",
        ),
        # a title named for a place is no one named "Wales"
        (
            'The Prince of Wales laid a wreath on Monday.\n\n"We remember them," he said.',
            "",
        ),
    ],
)
def test_words_that_name_no_one_are_no_speaker_and_a_surname_like_a_brand_is_a_person(
    text, speaker
):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Our hearts go out to the families," said Harbour & Co Chief Executive Lena Haxby.',
            "Lena Haxby",
        ),
        # "&" between two given names joins two people, not one name
        (
            'Mark & Patricia Brel spoke. "They said they would come back," Patricia Brel said.',
            "Patricia Brel",
        ),
    ],
)
def test_an_ampersand_inside_a_firm_s_name_keeps_the_title_and_name_after_it(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ferries, said Harbour Minister Lena Haxby, are "the only way to reach the island."',
            "Lena Haxby",
        ),
        # a subject's apposition and its verb are no inversion
        (
            "Ivo Marsh, a former official, said much of Lisk, including its mayor, fell for "
            '"wishful thinking" on Monday.',
            "Ivo Marsh",
        ),
    ],
)
def test_an_attribution_inverted_inside_the_sentence_names_the_speaker(text, speaker):
    assert _one(text).speaker == speaker


def test_a_person_named_after_the_body_of_an_opening_role_is_the_subject():
    text = (
        "At the hearing, the top Democrat on the House Harbour Committee, Lena Haxby, broke "
        'with protocol and read a statement, saying: "These children are not cargo." '
        'Her Republican colleagues tried to shout over her: "Out of order!"'
    )
    first, second = extract_quotes(text)
    assert first.speaker == "Lena Haxby"
    # people of hers speak, not she
    assert second.speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Haxby told reporters she will meet "two or three more" candidates to replace Judge '
            "Ivo Marsh, who announced last week that he is retiring.",
            "Haxby",
        ),
        (
            '"The ferries must run," Lena Haxby, who said she wrote in her husband, Ivo, when '
            "she voted in 2016, told the Port Ella Gazette.",
            "Lena Haxby",
        ),
    ],
)
def test_a_relative_clause_s_verb_of_saying_is_not_the_quote_s(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lena Haxby, in an interview at the summit in Davos, Switzerland, declared, "We have '
            'it under control."',
            "Lena Haxby",
        ),
        ('Simmons University in Boston warned that saying "God bless you" can offend.', "Simmons University"),
        # a place can still speak for its government
        ('Moscow said: "We have it under control."', "Moscow"),
    ],
)  # fmt: skip
def test_a_place_in_an_aside_before_the_verb_is_where_not_who(text, speaker):
    assert _one(text).speaker == speaker


def test_a_participle_with_its_complement_after_a_quote_names_no_speaker():
    text = 'Haxby said she wants a "harbour force" charged with protecting Port Ella at sea.'
    assert _one(text).speaker == "Haxby"


def test_a_titled_lone_name_opening_a_concessive_clause_is_the_he_after_it():
    text = (
        "Although Mayor Haxby was critical of the port for reopening, she has tweeted that "
        'residents should "liberate" the ferries.'
    )
    assert _one(text).speaker == "Haxby"


def test_a_role_another_sentence_gives_a_name_is_not_that_holders_role():
    text = (
        "Ivo Marsh used his address to attack President Lena Haxby.\n\n"
        "The former vice president, who leads the race, spoke for an hour.\n\n"
        '"The harbour is failing," the former vice president said.'
    )
    assert _one(text).speaker != "Lena Haxby"


def test_neither_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Ivo Marsh spoke on Monday. Neither Marsh nor the speech lived up to the hype.\n\n"
        '"The harbour is failing," Marsh added.'
    )
    assert _one(text).speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "opening",
    [
        "Noting that Haxby had called the ferries a “relic,” ",
        "Saying that Haxby had called the ferries a relic, ",
    ],
)
def test_an_opening_participle_of_speech_is_passed_over_for_the_subject_after_it(opening):
    text = f"{opening}Marsh warned against cuts and said the port “is not for sale.”"
    quotes = extract_quotes(text)
    assert quotes[-1].speaker == "Marsh"


@pytest.mark.parametrize(
    "text",
    [
        'Senate Majority Whip Ivo Marsh said, "The harbour is failing."',
        'Prosecutor Ivo Marsh told the judge, "The harbour is failing."',
        'Harbex COO Ivo Marsh said, "The harbour is failing."',
    ],
)
def test_a_capitalised_title_before_a_full_name_is_no_part_of_the_speaker(text):
    assert _one(text).speaker == "Ivo Marsh"


def test_a_person_noun_in_ive_before_the_verb_is_a_speaker_not_an_adjective():
    quote = _one('Polls moved. "They are silent now," the political operative said.')
    assert (quote.speaker_text, quote.cue) == ("the political operative", "said")


def test_an_inverted_role_then_the_name_holding_it_names_the_speaker():
    text = (
        '"The fund is vital," said the chairman of the harbour committee, Sen. Ivo Marsh, R-Utah.'
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_participle_of_reply_after_a_comma_keeps_the_sentences_subject():
    text = 'On Monday, Marsh would not answer, only replying to reporters: "It will pass."'
    assert _one(text).speaker == "Marsh"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are done," according to a memo obtained by Harbour News.', ""),
        ('"We are done," according to a letter seen by the Lisk Ledger.', ""),
        ('"We are done," according to a letter from Sen. Ann Lee.', "Ann Lee"),  # guard
    ],
)
def test_a_paper_an_outlet_obtained_is_not_the_outlets_words(text, speaker):
    assert _one(text).speaker == speaker


def test_a_description_after_an_unnamed_partisan_source_stays_unnamed():
    text = (
        "Ivo Marsh spoke on Monday. One Republican strategist said Marsh was losing.\n\n"
        '"They are silent now," the Republican political operative said.'
    )
    assert extract_quotes(text)[-1].speaker == ""


def test_an_indefinite_partisan_after_a_preposition_is_someone_else_not_an_unnamed_source():
    text = (
        "The communications director for a Republican member of Congress apologised on "
        "Saturday.\n\nLena Haxby wrote the post on Friday. The communications pro also took "
        'a shot at the mayor, writing "your ferries are a disgrace."'
    )
    assert _one(text).speaker == "Lena Haxby"


def test_characterized_as_is_a_verb_of_saying_like_described_as():
    text = (
        'Mayor Lena Haxby appeared disgusted, saying the decision "demeans the port." And '
        'Rep. Ivo Marsh (D-Mich.) characterized the move as "petty and childish."'
    )
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.cue) == ("Ivo Marsh", "characterized")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ivo Marsh spoke at noon. Earlier, the Harbour Board said in a statement that "
            'the ferry was safe.\n\n"The ferry has run for years," the statement said.',
            "Harbour Board",
        ),
        (
            "In its statement, the Harbour Board said the ferry was safe.\n\n"
            '"The ferry has run for years," the statement said.',
            "Harbour Board",
        ),
        (
            'Lena Haxby put out a new statement: "I wish the board well," the statement read.',
            "Lena Haxby",
        ),
        (
            "The Harbour Board insisted in a statement that the ferry was safe.\n\n"
            '"The ferry has run for years," the statement said.',
            "Harbour Board",
        ),
        (  # guard: named before too, by another rule; the new one must not lose it
            'In a statement Haxby said, "The board acts." The statement continued, "It is over."',
            "Haxby",
        ),
        # the issuer is not the one the paper is about, nor its addressee (guards: unnamed
        # before as well)
        (
            'Lena Haxby called Ivo Marsh a "fine mayor" in a statement.\n\n'
            '"He served the harbour," the statement said.',
            "",
        ),
        (
            "The Harbour Board had been sent a letter by ten mayors.\n\n"
            '"We ask the board to act," the letter said.',
            "",
        ),
    ],
)
def test_the_statement_said_is_the_words_of_whoever_issued_it(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a writer's numbered points: "Third, Kagan clarified that ..."
        ("Third, Judge Ann Lee clarified that “nothing in this ruling binds the port.”", "Ann Lee"),
        # a function word or a linking adverb opening a sentence names no one
        ("Nor does it involve an “order that compels the mayor to do anything.”", ""),
        ("Furthermore, the board found the map “difficult to read in places.”", ""),
    ],
)
def test_a_word_that_numbers_or_links_a_point_is_no_speaker(text, speaker):
    assert _one(text).speaker == speaker


def test_a_points_number_opening_a_sentence_is_no_speaker_of_its_second_quote():
    text = (
        "Justice Ann Lee wrote the opinion. Second, she wrote that the states may not impose "
        "“new duties” that “conflict with the charter.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Ann Lee"]


def test_a_points_number_inside_a_sentence_is_no_name():
    text = (
        "Justice Ann Lee gave two reasons in her opinion. First, “the purpose may be hard to "
        "find.” Second, their “purposes often multiply” over the years."
    )
    assert {q.speaker for q in extract_quotes(text)} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It is urgent,” said UN Ann Lee, who spoke for the envoys.", "Ann Lee"),
        ("“We will act,” FEMA Administrator Peter Gaynor said on Monday.", "Peter Gaynor"),
        ("“We are ready,” EPA Administrator Andrew Wheeler said.", "Andrew Wheeler"),
        # a given name only the Census list knows
        ("“It is no justice,” said UN Special Rapporteur Agnes Lee.", "Agnes Lee"),
    ],
)
def test_a_bodys_initials_and_title_before_a_given_name_are_no_part_of_the_name(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    "verb",
    ["has already replied", "has since said", "now says", "first claimed", "had already told us"],
)
def test_the_subject_before_an_auxiliary_and_an_adverb_is_the_speaker(verb):
    # not the sentence's first subject: the plan that collapsed is no speaker
    text = (
        "The effort to replace the Halden Accord collapsed on Friday, and President Ruth Calder "
        f"{verb} that she is ready to “start over on it.”"
    )
    assert _one(text).speaker == "Ruth Calder"


@pytest.mark.parametrize(
    "role",
    [
        "senior vice president of the Kessel Health Foundation",
        "a spokesman for Valdora Ferries",
        "one of the passengers",
        "Kessel Health Foundation director",
    ],
)
def test_a_name_whose_role_runs_to_the_verb_without_a_comma_is_the_speaker(role):
    # not the first word of the sentence before ("Final"), nor the body in the role
    text = (
        "Final decisions will not be made until the autumn.\n\n"
        f"“The market has been stabilizing,” Ivo Marsh, {role} said on Friday."
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_posts_author_signed_with_a_retired_rank_is_the_person_the_text_names():
    text = "Gen. Ivo Marsh spoke out.\n\nOur fellow citizens are not the enemy. #BeBetter"
    post = Post(
        text="Our fellow citizens are not the enemy. #BeBetter",
        author="GEN(R) Ivo Marsh",
        handle="@IvoMarsh",
    )
    (quote,) = extract_quotes(text, [post])
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    # (the third was read before, its name after a title: a guard)
    [
        ("Said the mayor,", "Ana Brel"),
        ("Continued Brel:", "Ana Brel"),
        ("Added Ms. Brel:", "Ana Brel"),
    ],
)
def test_a_sentence_that_opens_with_its_verb_names_the_speaker_after_it(opening, speaker):
    text = (
        "Mayor Ana Brel toured the harbour on Monday.\n\n"
        "A Port Ella Gazette article in 2013 described the berth as unsafe.\n\n"
        f"{opening} “We gave them a new berth. Glad it is done!”"
    )
    assert _one(text).speaker == speaker


def test_a_quote_that_ends_its_sentence_is_the_speaker_of_its_own_verb_not_the_next():
    text = (
        'Sen. Lena Haxby, R-Maine, said the panel "needs to interview him and the crew." '
        'Sen. Ivo Marsh, D-Ore., agreed, saying, "This is an attempt at a cover-up."'
    )
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("Lena Haxby", "said"),
        ("Ivo Marsh", "saying"),
    ]


def test_a_relative_clause_after_a_name_gives_it_no_role():
    # "the mayor" in the clause is someone else's role: the mayor is still Ana Brel
    text = (
        "Mayor Ana Brel spoke first.\n\n"
        "Mr. Marsh, a retired sea captain whom the mayor previously called a hero, criticised the "
        "mayor on Wednesday.\n\n"
        "The mayor said, “I gave him a new berth.”"
    )
    assert _one(text).speaker == "Ana Brel"


@pytest.mark.parametrize(
    "sentence",
    [
        "The younger Mr. Marsh said that the lawyer offered “information that would hurt the port.”",
        "“Nothing useful was offered,” the younger Mr. Marsh said in a statement.",
    ],
)
def test_the_younger_of_two_namesakes_is_the_son_named_with_his_suffix(sentence):
    text = (
        "Ivo Marsh Jr. met the lawyer in June 2016, the Gazette reported.\n\n"
        f"Mayor Marsh said on Monday that he had not known.\n\n{sentence}"
    )
    assert _one(text).speaker == "Ivo Marsh Jr"


def test_may_before_the_aside_that_opens_her_sentence_is_the_speaker():
    text = (
        "Theresa May spoke on Monday.\n\n"
        "May, speaking on a visit to Salisbury, said the allies “are standing alongside us.”"
    )
    assert _one(text).speaker == "Theresa May"


def test_a_thing_held_in_hand_after_a_role_is_no_name_of_its_holder():
    text = (
        "Mayor Ana Brel spoke first.\n\n"
        "Protesters were cleared for an appearance by the mayor, Bible in hand, outside the "
        "hall.\n\n"
        "The mayor responded in a post, calling Marsh “the most overrated captain.”"
    )
    assert _one(text).speaker == "Ana Brel"


@pytest.mark.parametrize(
    "title",
    [
        "Ferries Sink, Too: How the Harbour Board Is Ruining the Port With Politics.",
        "Harbour in Internal Feud Over the Ferry Probe.",
        "Strong.",
    ],
)
def test_a_work_titled_so_is_no_quote_however_long(title):
    text = f"Port radio host Ivo Marsh has an upcoming book titled “{title}” It is out in May."
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("Valdora's governor", "Ana Brel"),
        ("Marsh's attorney", "Lena Haxby"),
        ("Brel's attorney", ""),  # (guard: the owner holds the role, and is no speaker)
    ],
)
def test_a_role_a_place_or_person_owns_is_the_one_named_with_it(described, speaker):
    text = (
        "Valdora Gov. Ana Brel spoke on Monday.\n\n"
        "“We stand beside him,” said attorney Lena Haxby, who represents Ivo Marsh.\n\n"
        "Brel, an attorney before she ran for office, spoke first.\n\n"
        f"“He should resign,” {described} said."
    )
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("", "Evan Brel"),
        # (guard: a woman named before is the one "she" means)
        ("Lena Haxby, the port's director, spoke first. ", "Lena Haxby"),
    ],
)
def test_she_after_a_speaker_only_the_census_calls_a_man_is_that_speaker(before, speaker):
    text = (
        f"{before}“The port is lighting up in protest,” said Evan Brel, deputy director of "
        "the harbour group.\n\n“Now we need the board to catch up,” she added."
    )
    assert extract_quotes(text)[-1].speaker == speaker


def test_she_after_may_said_is_may_not_a_man_named_before():
    text = (
        "Theresa May spoke on Monday, and Vladimir Putin said nothing.\n\n"
        "On Tuesday, May said Russian officials were treating it with “contempt.”\n\n"
        "“Russia has shown complete disdain for these events,” she told lawmakers."
    )
    assert extract_quotes(text)[-1].speaker == "Theresa May"


def test_a_caucus_is_a_body_that_speaks_and_the_caucus_is_it():
    text = (
        "The Port Ella Harbour Caucus met on Friday.\n\n"
        "Members of the Port Ella Harbour Caucus said they are “still processing” the news.\n\n"
        "“It is offensive,” the caucus said."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers == ["Port Ella Harbour Caucus", "Port Ella Harbour Caucus"]


def test_the_company_is_the_company_named_alone_before_it():
    text = (
        "Officials said AQAP had claimed the attack.\n\n"
        "Apple said in a statement on Monday that it does not build special access.\n\n"
        "“We do not believe in the creation of a backdoor,” the company said."
    )
    assert extract_quotes(text)[-1].speaker == "Apple"


def test_a_quote_before_and_and_another_clause_is_not_that_clauses_subjects():
    text = (
        "Mayor Ana Brel spoke on Monday.\n\n"
        "Brel had referred to the old berth as a “death trap,” and Ivo Marsh urged the board "
        "to “act now.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Brel", "Ivo Marsh"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On Sunday, Ana Brel took to Twitter saying that she “strongly pressed” the board.",
            "Ana Brel",
        ),
        # (guard: a noun phrase before the participle still speaks)
        ("During the raid, another officer can be heard saying, “The man is reloading.”", ""),
    ],
)
def test_a_named_subjects_clause_before_a_participle_is_no_noun_phrase(sentence, speaker):
    text = f"The port reopened on Friday in Philadelphia.\n\n{sentence}"
    assert extract_quotes(text)[-1].speaker == speaker


def test_the_publication_is_the_outlet_named_before_it():
    text = (
        "The criticism was echoed by outlets including the Port Ella Beacon, which has tied "
        "the group to what the publication calls “extreme harbour lobbies.”"
    )
    assert _one(text).speaker == "Port Ella Beacon"


# (the second, unqualified and a government, was read so before: a guard)
@pytest.mark.parametrize("body", ["The Valdoran embassy in London", "The Valdoran government"])
def test_a_body_a_demonym_names_speaks_qualified_or_not(body):
    text = f"{body} said the decision was “unacceptable and short-sighted.”"
    assert _one(text).speaker == " ".join(body.split()[1:3])


@pytest.mark.parametrize(
    ("agent", "speaker"),
    [("publicist Rob Haxby", "Rob Haxby"), ("Mexican officials", "")],  # (unnamed people)
)
def test_the_one_who_tells_speaks_what_the_told_passes_on(agent, speaker):
    text = (
        "Ivo Marsh met the lawyer in June.\n\n"
        f"In an email, he was told by {agent} that the offer was “part of the port's support.”"
    )
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the mayor", "Ann Lee"), ("the former mayor", "Bo Marsh")],
)
def test_the_role_alone_is_its_holder_now_and_former_one_needs_former(role, speaker):
    text = (
        "Mayor Ann Lee opened the port on Monday. She was joined by former Mayor Bo Marsh, "
        f'who built it. "This is a great day," {role} said.'
    )
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_quote_opening_its_sentence_before_a_clause_takes_the_cue_that_ends_it():
    text = (
        "Ann Lee, a harbour pilot, spoke to the council on Monday. She called on the mayor "
        "to act. “The ferry will sink” if nothing is done, she said. “The hull is rotten.”"
    )
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [
        ("Ann Lee", "said"),
        ("Ann Lee", "said"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # the one told is no speaker
        "if nothing is done, the pilot's lawyer, Bo Marsh, told Harbour News.",
        # nor the one spoken of
        "if nothing is done, Ann Lee, a harbour pilot, said of Harbex Lines.",
    ],
)
def test_whom_a_quote_was_told_or_what_it_was_said_of_is_no_speaker(tail):
    text = f"The ferry is old. “The ferry will sink” {tail}"
    assert extract_quotes(text)[0].speaker not in {"Harbour News", "Harbex Lines"}


@pytest.mark.parametrize(
    ("said", "speaker", "speaker_text"),
    [
        ("Mayor Ann Lee said in a statement", "Ann Lee", "it"),
        ("four harbour pilots said in a joint statement", "", "four harbour pilots"),
    ],
)
def test_it_said_after_a_quote_from_a_statement_goes_on_quoting_the_statement(
    said, speaker, speaker_text
):
    text = (
        f"“The ferry must be replaced,” {said}. At Port Ella, a review found support. "
        "“This cannot become a partisan issue,” it said."
    )
    last = extract_quotes(text)[-1]
    assert (last.speaker, last.speaker_text) == (speaker, speaker_text)


@pytest.mark.parametrize(
    "shown",
    [
        'Many shops had signs outside with messages such as "Lisk strong" and "Lisk Harbour '
        'we are here for you."',
        'Protesters carried a banner reading "We will not be moved."',
    ],
)
def test_words_on_a_sign_or_a_banner_are_no_ones_speech(shown):
    text = f"Ivo Marsh, 17, was charged on Friday. {shown}"
    assert {q.speaker for q in extract_quotes(text)} == {""}


def test_a_subject_that_took_to_a_platform_speaks_not_the_platform():
    text = (
        "Mayor Ann Lee lost the vote. The mayor took to Twitter calling the ruling a "
        "\u201cpolitical prosecution.\u201d"
    )
    q = _one(text)
    assert (q.speaker, q.speaker_text) == ("Ann Lee", "The mayor")


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # nouns in -ly are no adverbs before the verb
        ('Ivo Marsh died. Marsh’s family said it was "a sad day."', "Marsh’s family"),
        (
            'Ivo Marsh spoke. "It was a sad day," one longtime Marsh ally said.',
            "one longtime Marsh ally",
        ),
        # a plural owner's bare apostrophe: the owner's kin speak, not the owner
        (
            'Ivo Pagos was charged. Pagos’ family said it was "saddened and dismayed."',
            "Pagos’ family",
        ),
    ],
)
def test_a_named_persons_family_or_ally_speaks_not_the_person(text, speaker_text):
    q = _one(text)
    assert (q.speaker, q.speaker_text) == ("", speaker_text)


def test_a_lone_surname_and_his_wife_speak_as_the_man_the_surname_names():
    text = (
        "Former President Ivo Drey and his wife, Ann Drey, attended the funeral.\n\n"
        'After she died, Drey and his wife praised her "for the generosity she showed to us."'
    )
    assert _one(text).speaker == "Ivo Drey"


def test_a_works_title_in_an_apposition_does_not_cut_the_speaker_from_the_verb():
    text = (
        "Actress Ann Lee asked \u201cwhy are you trying to ruin our port?\u201d while Ivo "
        "Marsh, executive producer of \u201cThe Harbour Hour,\u201d called it \u201cthe end of "
        "the free and open quay.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Ivo Marsh"]


def test_a_partial_quote_after_the_show_it_was_said_on_is_the_speakers():
    text = (
        "Harbour chief Ivo Marsh said on \u201cLisk Tonight\u201d Thursday morning that the "
        "ferry would \u201cgo away\u201d with the payment."
    )
    q = _one(text)
    assert (q.text, q.speaker) == ("go away", "Ivo Marsh")


def test_a_name_inside_a_works_title_in_an_apposition_never_speaks():
    text = (
        "Ivo Marsh spoke first. Marsh, the co-author of \u201cGoing Viral,\u201d about the "
        "spread of rumours, said the days of \u201ca somewhat unifying story\u201d are gone."
    )
    assert _one(text).speaker == "Ivo Marsh"


def test_a_label_given_by_someone_named_after_by_is_theirs_whatever_verbs_came_before():
    text = (
        "Activists are vowing to fight the repeal of the harbour rule, an old rule once "
        "described by Sen. Ivo Marsh as \u201cObamacare for the quay.\u201d"
    )
    assert _one(text).speaker == "Ivo Marsh"
    # "described by" with no "as" names no describer of the words
    said = (
        'Rep. Ann Lee said the deals described by the Harbour Board "represent an illegal '
        'quid pro quo," even if the posts were unpaid.'
    )
    assert _one(said).speaker != "Harbour Board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Meanwhile, the trade group Harbour Association, whose members include ferry "
            "operators Harbex, Lisk Lines and Marsh Shipping Inc, said \u201cthe fight isn\u2019t "
            "over.\u201d",
            "Harbour Association",
        ),
        (
            "Ivo Marsh, whose father, the Rev. Anton Marsh, founded the paper, said in a post "
            "that the editorial was a \u201ctotally partisan attack.\u201d",
            "Ivo Marsh",
        ),
        (
            "He recalled a call with Tomas Brell, an adviser at the ministry, who told him the "
            "\u201cminister does not want to help at all.\u201d",
            "Tomas Brell",
        ),
    ],
)
def test_a_relative_clause_after_a_name_or_a_body_does_not_take_the_speakers_place(text, speaker):
    assert _one(text).speaker == speaker


def test_a_country_after_a_preposition_and_the_is_not_the_next_sentences_speaker():
    text = (
        "Ann Lee defended the harbour act against proposals to scrap it in favour of "
        '"Harbours for All."\n\n'
        "Democrats could also address the ferry crisis in the U.S., which has hit Lisk hard. "
        "The U.S. Coast Guard said so."
    )
    assert _one(text).speaker != "U.S"


def test_a_nationality_or_party_inside_an_opening_noun_phrase_keeps_it_a_description():
    text = (
        "The Palestinian ambassador to the United Kingdom told CNN that Ivo Marsh "
        '"killed the prospect of a deal" and called the plan "a political circus."'
    )
    assert _speakers(text) == [
        ("", "The Palestinian ambassador to the United Kingdom"),
        ("", "The Palestinian ambassador"),
    ]


def test_a_surname_alone_names_the_bearer_of_a_suffixed_name():
    text = (
        "Justices Ivo Brell and Samuel A. Marsh Jr. dissented.\n\n"
        "Marsh dissented on that. \u201cNever before has a port been closed,\u201d he wrote."
    )
    assert _one(text).speaker == "Samuel A. Marsh Jr"


def test_a_surname_alone_is_the_father_when_the_text_titles_him_beside_a_junior():
    text = (
        "President Drey's eldest son, Ivo Drey Jr., met the envoy in June.\n\n"
        "Ann Lee raised concerns with the envoy. The envoy urged her to back Drey.\n\n"
        '"He said, \u2018You need to go big,\u2019" she recalled.\n\n'
        'Drey said the meeting was "a nothing."'
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers[0] == "Ann Lee"
    assert speakers[-1] == "Drey"


def test_a_relative_clause_after_a_matriarch_gives_her_words_to_her():
    text = (
        "Former first lady Ann Marsh died on Tuesday. A funeral service for the Marsh "
        "matriarch, who once called herself \u201ceverybody\u2019s grandmother,\u201d was "
        "planned for Saturday."
    )
    assert _one(text).speaker == "Ann Marsh"


def test_a_described_speaker_is_the_one_the_paragraph_names_after_as_the_same_noun():
    text = (
        "Ivo Marsh was fired on Friday.\n\n"
        "Mr. Marsh\u2019s lawyer called those comments \u201cvile and defamatory\u201d and said "
        "they were meant to put pressure on the board. \u201cThis is unprecedented,\u201d said "
        "the lawyer, Tomas Brell."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Brell", "Tomas Brell"]


def test_a_given_name_alone_names_the_one_person_named_in_full_with_it_before():
    text = (
        "\u201cIt is like a war,\u201d said Emily Marsh, a sophomore at a Lisk high school.\n\n"
        "Emily has given a great deal of thought to her safety. She sits by the window.\n\n"
        "\u201cI sit really, really close to the door,\u201d she said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Emily Marsh", "Emily Marsh"]
    # two people of that given name: it stays as written
    two = text.replace("a sophomore", "a sophomore, and Emily Lee, her friend,")
    assert extract_quotes(two)[-1].speaker == "Emily"


def test_a_paper_before_a_name_is_no_role_so_its_words_are_not_the_named_persons():
    text = (
        "The attorney general issued an indictment charging Ivo Marsh with fraud.\n\n"
        "The indictment also said that Marsh\u2019s gifts \u201cturned into a sort of supply "
        "line.\u201d"
    )
    assert _one(text).speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        "The cast includes Ivo Marsh, who stars as the harbour master in \u201cLisk: Ragnarok.\u201d",
        "Ann Lee, who starred in \u201cE.T.,\u201d \u201cCujo\u201d and \u201cThe Howling,\u201d said "
        "this was her best year.",
    ],
)
def test_a_film_one_stars_in_is_a_title_not_a_quote(text):
    assert extract_quotes(text) == ()


def test_the_president_is_not_one_named_once_in_an_aside_but_the_one_the_story_is_about():
    text = (
        "President Ivo Drey criticized the judge on Tuesday. Mr Drey called him a partisan. "
        "Mr Drey left.\n\n"
        "Chief Justice Ann Lee - who was appointed in 2005 by President Tomas Brell - was "
        "responding to a request.\n\n"
        'The president said "we will win this case".'
    )
    assert _one(text).speaker == "Ivo Drey"
    # named outside an aside, the nearer president is the one
    nearer = text.replace(
        "Chief Justice Ann Lee - who was appointed in 2005 by President Tomas Brell - was "
        "responding to a request.",
        "President Tomas Brell responded to a request.",
    )
    assert _one(nearer).speaker == "Tomas Brell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "as <speaker> put it" after the quote names the speaker, not the sentence's subject
        (
            "On Friday, many pinned their hopes on Ann Lee. She became \u201cthe most "
            "sought-after senator in Lisk,\u201d as the Courier\u2019s Ivo Marsh put it.",
            "Ivo Marsh",
        ),
        # a clause after "as" whose subject cannot speak leaves the quote to the subject
        (
            "Dr. Ivo Marsh warned on Tuesday against \u201cfalse complacency\u201d as the "
            "pathogen continues to spread.",
            "Ivo Marsh",
        ),
    ],
)
def test_as_after_a_quote_names_a_speaker_only_who_can_speak(text, speaker):
    assert _one(text).speaker == speaker


def test_he_adds_goes_on_with_the_last_speaker_past_a_name_a_preposition_governs():
    text = (
        "\u201cHe was an impartial judge,\u201d says Tomas Brell, a professor at Lisk "
        "University. \u201cHe worked for Ivo Marsh,\u201d the counsel whose inquiry of "
        "former-President Jon Drey led to a vote.\n\n"
        "And while confirmations are political, the damage is confined to the Senate.\n\n"
        "\u201cWhat detracts from the court is its conduct,\u201d he adds."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Brell"] * 3
    # one named as a source ("from") in between is who the next "she added" may be
    source = (
        "\u201cWe have profound concerns,\u201d said Ann Lee.\n\n"
        "The leader also received congratulations from Eva Stone, the head of the Lisk "
        "party.\n\n"
        "\u201cWe will explore the priorities of both parties,\u201d she added."
    )
    assert extract_quotes(source)[-1].speaker == "Eva Stone"


def test_a_person_at_an_outlet_speaks_not_the_outlet():
    text = "Lili Marsh at Lisk Review called it \u201ctoxic homosociality.\u201d"
    assert _one(text).speaker == "Lili Marsh"


def test_a_states_demonym_as_a_description_refers_back_to_the_last_speaker():
    text = (
        "\u201cWe will not leave,\u201d said House Minority Leader Ann Lee.\n\n"
        "\u201cWe won't stop until the job is done,\u201d the Californian declared."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cIs everything cool with you and Dr. Marsh?\u201d Ivo Drey was asked.",
        "Ivo Drey was asked, \u201cIs everything cool with you and Dr. Marsh?\u201d",
    ],
)
def test_the_one_asked_a_question_is_not_its_speaker(text):
    assert _one(text).speaker == ""


def test_a_question_asked_of_someone_later_keeps_its_own_attribution():
    text = (
        "The Courier reported Tuesday that Drey is \u201cresigned\u201d to the possibility "
        "of Lee leaving the council if Stone is asked to resign."
    )
    assert _one(text).speaker == "Courier"


def test_a_name_given_in_passing_as_an_example_is_not_the_pronouns_referent():
    text = (
        "Sen. Ann Lee clashed Friday with a group of children over climate policy.\n\n"
        "The exchange comes as moderates grapple with the plan, a 10-year plan championed "
        "by progressives such as Rep. Eva Stone of Lisk.\n\n"
        "\u201cThere's no way to pay for it,\u201d she says."
    )
    assert _one(text).speaker == "Ann Lee"
    # a name that ends a sentence after "like" is no title before the next one
    ended = (
        "Gov. John Carter has powered the campaigns of outsiders against favorites like "
        "Jeb Stone.\n\n"
        "Tomas Brell, a pollster, sounded a cautious note. While confidence is high, he said, "
        "\u201cthis has done nothing to lower the gloom.\u201d"
    )
    assert _one(ended).speaker == "Tomas Brell"


@pytest.mark.parametrize(
    "text",
    [
        "Just ahead of the vote, the House GOP huddled with him. Lawmakers emerged still "
        "seething after Mr. Drey made an appeal to Republicans to \u201cVote for the debt "
        "ceiling for me.\u201d",
        "GOP lawmakers said they were flummoxed when Mr. Drey submitted a personal appeal "
        "to \u201cvote for the debt ceiling increase for me.\u201d",
    ],
)
def test_the_one_who_made_an_appeal_speaks_its_quoted_words(text):
    assert _one("Treasury Secretary Ivo Drey met them. " + text).speaker == "Ivo Drey"


def test_a_description_with_a_state_of_two_words_refers_back_to_the_one_it_describes():
    text = (
        "After leaving the meeting, Ivo Drey dodged a question about the bill.\n\n"
        "\u201cIt was the right thing to do,\u201d the former South Carolina congressman said."
    )
    assert _one(text).speaker == "Ivo Drey"


def test_a_storm_named_like_a_woman_is_no_one_a_pronoun_or_a_role_refers_to():
    text = (
        "Ivo Drey has made several speeches touting his proposals.\n\n"
        "On Friday, after tweets about hurricane Irma and his frustration with Senate rules "
        "and the failure of reform, the president wrote: \u201cStart the tax cut ASAP.\u201d"
    )
    assert _one(text).speaker == "Ivo Drey"


def test_the_relative_who_asked_not_to_be_named_stays_unnamed():
    text = (
        "A relative who asked not to be named said the gunmen fled.\n\n"
        "Alfonso Marsh said police were searching the area.\n\n"
        'The relative said "We are guessing right now, but we believe it was a mistake."'
    )
    assert _one(text).speaker == ""


def test_a_pronoun_after_a_sentence_a_description_closes_as_its_writer_is_that_ones():
    text = (
        "Judge Ann Lee ruled on Monday.\n\n"
        "Whether Marsh has to provide all the information, though, is another matter, the "
        "judge wrote. The president may be able to assert \u201cexecutive privilege\u201d, she "
        "wrote."
    )
    assert _one(text).speaker == "Ann Lee"


def test_a_role_in_capitals_between_commas_after_a_name_is_the_names():
    text = (
        "Ivo Drey, President Tomas Brell\u2019s Deputy National Security Advisor, scolded the "
        "senator, saying that, \u201cElected representatives should work for the next "
        "generation,\u201d while others agreed."
    )
    assert _one(text).speaker == "Ivo Drey"


def test_one_prompted_to_retort_speaks_the_retort_and_a_noun_retort_is_no_cue():
    text = (
        "An activist told her, \u201cAny plan is not what we need,\u201d prompting Ms. Lee to "
        "retort, \u201cWell, you know better than I do.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["", "Lee"]
    noun = 'Sen. Ivo Drey delivered a snappy retort: "No one is tearing this up."'
    assert _one(noun).speaker == "Ivo Drey"


@pytest.mark.parametrize(
    "text",
    [
        'Marsh responded when asked to define "a motion in limine."',
        "It pays premiums and opens a special \u201cObamacare\u201d sign-up period, Lee said.",
        "The club announced Monday it is dropping the \u201cRedskins\u201d name and logo.",
        'Word spread quickly. Axios attributed its report to "Republican sources."',
    ],
)
def test_a_term_to_define_or_a_name_before_its_noun_is_no_quote(text):
    assert extract_quotes(text) == ()


def test_a_sergeant_of_the_sheriffs_is_not_the_sheriff():
    text = (
        "Ventura County Sheriff Ivo Drey said the gunman fired on staff.\n\n"
        "Sheriff's Sgt. Tomas Brell went inside, the sheriff said.\n\n"
        '"Our young people have learned that this may happen," the sheriff said.'
    )
    assert _one(text).speaker == "Ivo Drey"


def test_a_name_of_two_words_is_the_fuller_name_it_ends_accents_or_not():
    text = (
        'President Andr\u00e9s Manuel L\u00f3pez Marsh said "we will not declare war." '
        'Lopez Marsh said, "That is not an option." Ms. Debbie Wasserman Lee spoke. '
        '"It is an open process," Wasserman Lee said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == [
        "Andr\u00e9s Manuel L\u00f3pez Marsh",
        "Andr\u00e9s Manuel L\u00f3pez Marsh",
        "Debbie Wasserman Lee",
    ]
    # a headline in capitals that ends in the name is no fuller name of it
    headline = (
        'National Review Crowd Does Not Like Ivo Drey Marsh\n\n"We will win," Drey Marsh said.'
    )
    assert extract_quotes(headline)[-1].speaker == "Drey Marsh"


def test_a_quote_in_capitals_before_a_conjunction_is_no_name_of_the_noun_before_it():
    text = 'Ivo Drey said the bill was a "Disaster" although he voted for it.'
    assert [q.text for q in extract_quotes(text)] == ["Disaster"]


def test_he_is_never_a_policy_the_sentence_before_bashed():
    text = (
        "Ivo Drey spoke for two hours.\n\n"
        'The president took aim at Democrats. "We have people in Congress that hate our '
        'country," he said. "You know that." He then bashed the Green New Deal, urging '
        'liberals to keep pushing it. "They should stay with that argument," he said.'
    )
    assert {q.speaker for q in extract_quotes(text)} == {"Ivo Drey"}


def test_he_is_the_role_opening_the_sentence_before_not_its_objects():
    text = (
        "President Ivo Drey spoke on Saturday. Special Counsel Tomas Brell was attacked.\n\n"
        "Chinese President Lin Wei had called.\n\n"
        "The president alleged Mr Brell was close to former FBI head Jan Olsen, and mocked "
        "former attorney general Mr Pesk, whom he fired.\n\n"
        'He said Mr Pesk was "weak and ineffective".'
    )
    assert _one(text).speaker == "Ivo Drey"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cIt undercuts a lot of companies,\u201d James Riedl of the conservative-leaning "
            "Lisk Institute told the Post.",
            "James Riedl",
        ),
        (
            "At stake is access. As Gov. Dana Whitmer , D-Mich., put it, \u201cI can\u2019t "
            "afford to have a fight with the White House.\u201d",
            "Dana Whitmer",
        ),
        (
            "\u201cOur fundraising is a testament to his support,\u201d Drey 2020 campaign "
            "manager Brad Pesk said in a statement.",
            "Brad Pesk",
        ),
        (
            "Marsh raised money. \u201cThat is exactly why Ivo is going to win,\u201d Marsh\u2019 "
            "campaign manager Faiz Olsen said.",
            "Faiz Olsen",
        ),
        (
            "The screens played an interview between Chairman Matt Pesk and anchor Chris "
            "Olsen. At one point, Olsen said the president \u201clies all the time.\u201d Pesk shot "
            "back, \u201cNot true.\u201d",
            "Matt Pesk",
        ),
    ],
)
def test_the_speaker_past_a_describer_a_party_tag_a_campaigns_year_or_a_reply_verb(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_quote_closing_a_clause_that_opens_the_sentence_is_that_clauses_speakers():
    text = (
        "The senator clashed with Drey. After Marsh said in July 2015 that Drey \u201cfired up "
        "the crazies,\u201d especially on immigration, Drey responded. He mocked Marsh."
    )
    assert _one(text).speaker == "Marsh"
    # an inverted attribution right after the marks still names the speaker
    text = (
        "If Mr. Drey demanded such a deal, then impeachment \u201cmay be the only remedy,\u201d "
        "said Mr. Olsen, who long pushed it."
    )
    assert _one(text).speaker == "Olsen"


def test_a_role_for_a_body_is_cut_from_the_name_that_holds_it():
    text = (
        "One of the strongest statements came from UN High Commissioner for Human Rights "
        'Maria Pesk, who condemned the "shocking killing of dozens".'
    )
    assert _one(text).speaker == "Maria Pesk"


def test_the_sun_is_a_newspaper_and_its_statement_its_words():
    said = 'President Drey called it fake news.\n\nThe Sun said: "We stand by our reporting."'
    assert _one(said).speaker == "Sun"
    owned = (
        "President Drey called it fake news.\n\n"
        "Here\u2019s the Sun\u2019s statement: \u201cWe stand by our reporting.\u201d"
    )
    assert _one(owned).speaker == "Sun"


def test_a_second_verb_of_a_role_of_a_body_is_never_another_leader():
    text = (
        "Prime Minister Ivo Drey thanked the envoy. The mood was different on the other side."
        '\n\nThe leader of Lisk, which runs the strip, has called for a "day of rage" on '
        'Friday and said it should "be the first day of the uprising".'
    )
    assert "Ivo Drey" not in {q.speaker for q in extract_quotes(text)}


def test_whom_words_were_told_is_never_their_speaker_nor_a_guild_a_platform():
    told = (
        "Word circulated on Capitol Hill.\n\n"
        '"It codifies the failure," one "well-wired Republican" told Axios in an email.'
    )
    assert "well-wired Republican" not in {q.text for q in extract_quotes(told)}
    guild = (
        'In a statement released on Twitter, the guild called it an effort to "silence" '
        'reporters.\n\n"We are extremely alarmed by the decision," the guild wrote.'
    )
    assert {q.speaker for q in extract_quotes(guild)} == {""}


def test_a_participle_after_and_a_new_subject_is_that_subjects():
    text = (
        "Drey has clashed with Olsen. The president refused to take a question from Olsen, "
        "and press secretary Sara Pesk has ridiculed Olsen during briefings, telling him "
        'recently, "I know it is hard for you to understand even short sentences."'
    )
    assert _one(text).speaker == "Sara Pesk"
    # no new clause after "and": the sentence's subject speaks
    text = (
        "Dana Lisk has expressed frustration, and even a little trepidation, about her "
        "face-off with Ivo Drey, recently telling a friend that she wonders \u201cwhich Ivo "
        "Drey will show up.\u201d"
    )
    assert _one(text).speaker == "Dana Lisk"


def test_what_a_cause_is_attributed_to_stays_a_quote():
    text = (
        'He attributed the debt to "a structural mismatch between spending and revenues," Lee said.'
    )
    assert _one(text).speaker == "Lee"


def test_a_pronoun_with_no_speaker_before_is_the_name_opening_a_sentence_to_report():
    text = (
        "Haxby suggested the Gazette holds a grudge against him over the 2016 vote.\n\n"
        '"Added up, this means that 97% of their stories on me are bad," he continued.'
    )
    assert _speakers(text)[-1][0] == "Haxby"
    again = (
        "Haxby has repeatedly said the ferry could sail by June. At a briefing last week, he"
        ' said the ferry "could be a game changer."'
    )
    assert _speakers(again)[-1][0] == "Haxby"
    # a people's plural is no one's name, and a name three sentences back is too far
    plural = text.replace("Haxby suggested the Gazette holds", "Toxicologists confirmed the drug")
    assert _speakers(plural)[-1][0] == ""
    far = text.replace("vote.\n\n", "vote. The port shut. The rain fell. The ship sank.\n\n")
    assert _speakers(far)[-1][0] == ""


def test_an_editorial_speaks_for_its_writer_and_the_editorial_for_the_one_named_before():
    text = (
        "Lena Haxby wrote the piece for the Gazette.\n\n"
        "“Remember who you are,” Haxby’s editorial states. Haxby’s editorial recalls that"
        " the paper was critical of the mayor.\n\n"
        "“The words apply to our current mayor,” the editorial stated."
    )
    assert [s for s, _ in _speakers(text)] == ["Lena Haxby", "Lena Haxby"]
    published = "The Gazette published an editorial on Monday. “Go,” the editorial stated."
    assert _speakers(published)[-1][0] == "Gazette"


def test_a_surname_after_a_sentence_about_one_person_is_not_the_kin_named_in_passing():
    text = (
        "Franklin Haxby, whose father, the Rev. Ivo Haxby, founded the Gazette, said in a post"
        " that the editorial was a “totally partisan attack” and said that the elder Haxby had"
        " voted for the mayor in 2016, a year before he died.\n\n"
        "Mr. Haxby went on to tally what he said the mayor had achieved, and to ask “Why would"
        " the Gazette take the side of the left?”"
    )
    assert [s for s, _ in _speakers(text)] == ["Franklin Haxby", "Franklin Haxby"]


def test_a_role_after_a_common_noun_s_possessive_is_the_subject_not_a_name_after_it():
    text = (
        "Lena Haxby wrote the piece.\n\n"
        "The magazine’s editor-in-chief took no position about whether Ivo Brel should be"
        " removed from office, calling that a matter of “prudential judgment.”"
    )
    assert _speakers(text)[-1][0] != "Ivo Brel"
    # the court's holding is no person: its words stay with the judge who wrote them
    held = (
        "“The case is closed,” Judge Ivo Brel writes. The court’s holding is that “a state"
        " may lawfully demand the records.”"
    )
    assert _speakers(held)[-1][0] == "Ivo Brel"


def test_an_appositive_s_second_rank_is_not_the_role_it_ranks_under():
    text = (
        "President Ivo Brel spoke in Lisk.\n\n"
        "“We will win,” Haxby, the former vice president, said in Port Ella.\n\n"
        "The president, who has insisted he is no racist, said voters must “condemn racism”"
        " in a speech on Monday."
    )
    assert _speakers(text)[-1][0] == "Ivo Brel"


def test_a_name_alone_is_of_the_sex_the_text_reports_it_in():
    text = (
        "Haxby met the mayor on Monday.\n\n"
        "“We will sail on Friday,” he said.\n\n"
        "Haxby said she had known Tomas Ek when she worked at the port.\n\n"
        "“All of my staff thought he was a spy,” she said."
    )
    # "he" is not Haxby, whom the text reports as a woman
    assert [s for s, _ in _speakers(text)] == ["", "Haxby"]
    # an account's handle is no one reporting about himself
    handle = (
        "Former Rep. Ivo Walsh ended his bid on Friday.\n\n"
        "As he drops out, @WalshFreedom says he will back any Democrat.\n\n"
        "He added that “I would rather have a socialist than a dictator.”"
    )
    assert _speakers(handle)[-1][0] == "Ivo Walsh"


def test_a_speech_not_yet_given_is_its_speaker_s():
    text = (
        "Officials say the ferry line will reopen on Monday.\n\n"
        '"How far is it from here to the sea? Not far at all," Haxby was due to say,'
        " according to an advance copy of his speech."
    )
    assert _speakers(text)[-1][0] == "Haxby"


def test_a_name_s_words_or_paper_opening_a_sentence_speak_for_the_name():
    text = (
        "Haxby's rhetoric, including calling the strikers “an invasion,” has drawn"
        " condemnation since Monday."
    )
    assert _speakers(text) == [("Haxby", "Haxby's rhetoric")]
    # the words spoken of, not speaking, leave the next quote to its own speaker
    spoken_of = (
        "Haxby's tweet prompted questions about what the mayor meant by “consequences.”\n\n"
        "On Monday morning, the port released this statement from its director, Ivo Brel:"
        " “I spoke to the mayor, and Mayor Haxby told me the line will sail.”"
    )
    assert _speakers(spoken_of)[-1][0] != "Haxby"


def test_quoted_words_labelling_a_kind_of_thing_are_no_one_s_quote():
    text = (
        "The essay is a rebuke to “just enforce the law” arguments. Brel cited the nebulous"
        " “high crime and misdemeanor” term, and the port adopted a “place of celebration”"
        " standard."
    )
    assert extract_quotes(text) == ()
    # words before such a noun in a sentence that reports them are one's own, and a noun
    # that only opens a compound is no such noun
    own = (
        "Haxby told the Gazette that the mayor's “divisive and reckless” rhetoric hurt the"
        " port. Brel called the strike “a plain invasion” policy-wise."
    )
    assert [q.text for q in extract_quotes(own)] == ["divisive and reckless", "a plain invasion"]


def test_a_word_used_by_someone_and_words_chimed_in_are_theirs():
    text = (
        'Ferry bookings fell by a third in May. "Horrible," is the word used by Lena Haxby,'
        ' chief economist at Coast Bank. "Very weak," chimed in Ivo Brel, president of the'
        " port.\n\nFares chimed in at $30 a head."
    )
    assert _speakers(text) == [
        ("Lena Haxby", "Lena Haxby"),
        ("Ivo Brel", "Ivo Brel"),
    ]


def test_a_members_title_before_a_name_is_no_part_of_it_and_after_one_stays():
    text = (
        'Senior Labour MP Lena Haxby said: "We will hold the votes next week."\n\n'
        "Ivo Brel MP, chair of the ferries committee, said the minister “should immediately”"
        " act."
    )
    assert [s for s, _ in _speakers(text)] == ["Lena Haxby", "Ivo Brel MP"]


def test_the_paper_is_the_newspaper_named_before_and_a_relative_clause_does_not_outrank_it():
    text = (
        "The port authority has confirmed that it is investigating claims by the Coast"
        " Gazette that Mayor Ivo Brel helped his parents evade port fees.\n\n"
        'The paper alleges that the mayor was involved in "dubious fee schemes," part of'
        " which they say involved dodging fees."
    )
    assert _speakers(text) == [("Coast Gazette", "The paper")]


def test_a_participle_of_speaking_opening_a_sentence_names_no_speaker():
    text = (
        "“I know the crews are tired too,” Lena Haxby said.\n\n"
        "Speaking to Ann Lee's Political Thinking podcast, Harbour Secretary Ivo Brel said that speech"
        ' "clearly wasn\'t a great success".\n\n'
        '"I don\'t think it was helpful," he said.'
    )
    assert _speakers(text)[-1][0] == "Ivo Brel"


def test_who_after_an_appositive_is_the_name_before_it_even_as_a_preposition_s_object():
    text = (
        "The remarks, which drew attention following a Gazette report, prompted pushback from"
        " Ivo Brel, a top official with the Port Authority, who said Monday during a briefing"
        " that “we need to be careful.”"
    )
    assert _speakers(text)[-1][0] == "Ivo Brel"
    # "which" after a body's name is the body's, not the person's before it
    body = "Ann Lee of the Ferry Union, which represented the crews, said, “The ruling is fair.”"
    assert _speakers(body)[-1][0] == "Ann Lee"


def test_a_pronoun_reaches_past_someone_unnamed_when_a_sentence_between_reports_it():
    text = (
        "“Every port is different,” said Lena Haxby, an analyst at the Coast Institute.\n\n"
        "Haxby pointed out that it takes five days for a delay to show. There is also a lag"
        " between when a storm begins and a captain with a full hold turns back. Thus it may"
        " be weeks before a change shows, she said.\n\n"
        "“We never knew where the delays began,” she said."
    )
    assert _speakers(text)[-1][0] == "Lena Haxby"


def test_a_name_before_a_verb_in_the_past_is_no_role_s_modifier():
    text = 'Ivo Brel gave Lena Haxby a deadline of Friday. "We will sail," he said.'
    assert _speakers(text)[-1][0] == "Ivo Brel"
    # a role between two names still makes the first one modify it
    role = 'Port Ella mayor Joanna Brill spoke on Friday. "We will sail," she said.'
    assert _speakers(role)[-1][0] == "Joanna Brill"


def test_may_before_a_verb_in_the_past_and_her_possessive_is_the_woman_not_the_month():
    text = (
        "Brexiteers were furious with the deal, and said so.\n\n"
        "May used her remarks at a second press conference to rally the crews.\n\n"
        "“I know the crews have strong views,” she said."
    )
    assert _speakers(text)[-1][0] == "May"


def test_a_people_in_the_plural_is_never_he_or_she():
    text = (
        "Brel saw the mayor not as a savior but as a collaborator. With so much more to do,"
        " he hoped that the statue would empower African Americans to define the mayor's"
        " legacy. “In doing honor to the memory of our friend,” he said at the close of his"
        " speech."
    )
    assert _speakers(text)[-1][0] != "African Americans"


def test_the_chair_of_a_body_is_the_chair_the_text_named_not_the_body():
    text = (
        "On Friday, Senate Harbour Committee Chairman Ivo Brel gave the port a deadline.\n\n"
        '"We will act now," the chair of the Senate Harbour Committee said.\n\n'
        'The ferry line was told again. "It was a bad week," a spokesman for the Senate'
        " Harbour Committee said."
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Brel", "Senate Harbour Committee"]


def test_the_chair_of_a_body_is_never_the_chair_of_another():
    text = (
        "Campaign chair Ivo Brel spoke to the Senate Harbour Committee on Friday.\n\n"
        '"We will act now," the chair of the Senate Harbour Committee said.'
    )
    assert _speakers(text)[0][0] == "Senate Harbour Committee"


def test_a_titled_speaker_s_home_town_after_of_is_no_part_of_the_name():
    text = (
        '"Co-equal branches are not subjective," said Assembly Democratic Leader Ivo Brel of'
        " Oshkosh. Acting Port Police Deputy Commissioner and Head of Harbour Safety Lena"
        ' Haxby said there was one attacker, who was "inspired by international terrorism."'
    )
    speakers = [s for s, _ in _speakers(text)]
    assert speakers[0] == "Ivo Brel"
    assert "and Head" not in speakers[1]


def test_a_name_s_office_or_spokesman_speaks_for_the_name_but_a_cut_body_name_for_no_one():
    text = (
        "Prime Minister Ivo Brel welcomed the ruling on Monday.\n\n"
        '"We are ready," Brel’s spokesman said. "We will act," Brel’s office said.\n\n'
        'The White House’s press office said the visit was "postponed indefinitely."'
    )
    assert [s for s, _ in _speakers(text)] == ["Ivo Brel", "Ivo Brel", ""]


def test_the_president_is_not_a_company_s_president_the_text_names_nearer():
    text = (
        "President Ivo Brel spoke on Monday. The letter went to CNN President Dana Lee and"
        ' former Vice President Tom Ek. "We will act," the president said.'
    )
    assert _speakers(text)[-1][0] == "Ivo Brel"


def test_a_speaker_set_against_another_with_though_and_a_possessive_title_is_he():
    text = (
        "Secretary of State Mike Pompeo announced the change on Monday. Pompeo said the"
        " decision was final. Pompeo said it reflected the facts. Pompeo dismissed the"
        " criticism, though Jordan’s Foreign Minister Ayman Safadi wrote on Twitter that the"
        ' settlements hurt peace prospects. "We warn of the seriousness of the change," he said.'
    )
    assert _speakers(text)[-1][0] == "Ayman Safadi"


def test_a_participle_closing_the_sentence_names_no_speaker_after_it():
    text = (
        "On a talk show on Monday, the writer Ivo Brel linked the blast with the protests. He"
        " claimed the events were “coordinated” with the aim of unsettling the port, suggesting"
        " a far-reaching conspiracy."
    )
    assert _speakers(text)[-1][0] == "Ivo Brel"


def test_one_source_and_another_are_unnamed_and_each_keeps_its_own_quote():
    text = (
        "Mayor Ivo Brel replaced the harbourmaster on Wednesday. One source familiar with the"
        ' move told the Courier that Lena Haxby is a "really hard worker," while another said'
        ' she is "married to her job." "It is a mess," yet another resident said.'
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["", "", ""]
    assert [q.speaker_text for q in quotes] == [
        "One source familiar with the move",
        "another",
        "yet another resident",
    ]


def test_the_28_nation_bloc_and_the_alliance_are_the_bodies_named_before_them():
    text = (
        "The European Union warned the port on Monday in a statement. “All dredging is"
        " illegal,” said the statement from the 28-nation bloc. “It must stop,” the bloc"
        " said. NATO met too. “We act,” the 29-member alliance said. “No,” said the event"
        " organizer Alliance to Reclaim Our Harbours."
    )
    assert [s for s, _ in _speakers(text)] == [
        "European Union",
        "European Union",
        "NATO",
        "Alliance",
    ]


def test_but_did_say_is_the_subject_s_as_but_said_is():
    text = (
        "Ivo Brel, a harbour spokesman, declined to say whether the closure came at the"
        ' direction of the mayor but did say that the "board can make a decision."'
    )
    assert _speakers(text)[0][0] == "Ivo Brel"


def test_a_programme_s_name_in_quote_marks_is_no_quote():
    text = (
        'The Port Courier reported the fine. The station does air rebroadcasts of "The Ivo'
        ' Brel Show." "It was just a show," Lee said.'
    )
    assert [q.text for q in extract_quotes(text)] == ["It was just a show"]


def test_where_or_how_a_name_said_it_stands_between_the_name_and_its_verb():
    text = (
        'Port Minister Ivo Brel in a statement accused the board of trying to "replace the'
        ' law of the sea." Lena Haxby on Twitter called it "a disgrace." Ann Lee in a tweet'
        ' earlier Monday called it "foolish." The mayor spoke at the Harbour Hall in a speech'
        ' to introduce what he called "the most sweeping reform in history."'
    )
    speakers = [s for s, _ in _speakers(text)]
    assert speakers[:3] == ["Ivo Brel", "Lena Haxby", "Ann Lee"]
    assert speakers[3] != "Harbour Hall"


def test_the_network_is_the_broadcaster_named_before_and_a_firm_s_name_may_hold_an_ampersand():
    text = (
        "Brel's campaign hired a pollster. The Republican pollster he hired, Lee & Associates,"
        ' said the surveys were "skewed." Lee & Associates also criticized CBS News for its'
        ' poll, but the network said it "reports results from likely voters in autumn."'
    )
    assert [s for s, _ in _speakers(text)] == ["Lee & Associates", "CBS News"]


def test_she_after_a_spokeswoman_for_someone_is_the_one_she_speaks_for():
    text = (
        "President Ivo Brel met the committee on Monday. Chairman Tom Ek offered to postpone"
        " the vote. But a spokeswoman for Ek said the Brel administration did not accept"
        ' that offer. "Despite two months, the agencies have made no counteroffer," she said.'
    )
    assert _speakers(text)[-1][0] == "Tom Ek"


def test_a_quote_in_what_someone_said_is_theirs_though_officers_were_called_after_it():
    text = (
        "Sheriff Ivo Brel said officers were called to the quay just before noon after the"
        ' man opened fire with an "AR-15 type" rifle.'
    )
    assert _speakers(text)[0][0] == "Ivo Brel"


def test_they_after_two_given_names_and_the_surname_they_share_is_the_couple():
    text = (
        '"We have been patient," Tom and Lena Brel said in the statement. "Now we must speak'
        ' out," they said.'
    )
    assert [s for s, _ in _speakers(text)] == ["Tom and Lena Brel", "Tom and Lena Brel"]
    # a city, then a body of three words: no couple
    text = (
        "The city of Charlotte and Charlotte-Lisk Emergency Management met on Monday."
        ' "We will plan for it," they said.'
    )
    assert "and" not in _speakers(text)[0][0]


@pytest.mark.parametrize("opening", ["The President", "The 45th President", "The 45th president"])
def test_a_capitalised_office_opening_a_sentence_is_its_holder_named_before(opening):
    text = (
        "President Ivo Marsh rallied his supporters in Port Ella on Friday. "
        f"{opening} urged Lisk voters to back Ann Lee and said the harbour board was a "
        "\u201csick system from the inside.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("sick system from the inside.", "Ivo Marsh")
    ]


def test_a_role_of_a_committee_opening_a_sentence_is_the_holder_named_after_it():
    text = (
        "With the sound of a child crying in the background, the top Democrat on the Lisk "
        "Harbour Committee, Ivo Marsh, broke from protocol and read a statement, saying: "
        "\u201cThese children are not cargo.\u201d Ann Lee of the Coast Party objected."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("These children are not cargo.", "Ivo Marsh")
    ]


def test_a_clause_after_a_name_and_comma_is_no_appositive_giving_a_sex():
    text = (
        "On the eve of a hearing that could decide the fate of harbour nominee Ivo Marsh, "
        "a third woman came forward to accuse him of misconduct.\n\n"
        "Ann Lee, the ferry operator, said she had warned the board.\n\n"
        "In a statement on Wednesday, Judge Marsh called the claims \u201cridiculous.\u201d "
        "Of Ms. Lee, he said: \u201cI don\u2019t know who this is.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("ridiculous.", "Ivo Marsh"),
        ("I don\u2019t know who this is.", "Ivo Marsh"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries are, as former ambassador to Norway Ivo Marsh puts it, \u201cthe lifeblood "
        "of the coast.\u201d The board disagrees.",
        "\u201cFerries are the lifeblood of the coast,\u201d said former Lisk ambassador to "
        "Norway Ivo Marsh.",
    ],
)
def test_an_envoy_named_with_the_country_he_is_sent_to_is_the_speaker(text):
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh"]


def test_the_statement_is_of_the_body_that_said_something_in_the_sentence_before():
    text = (
        "Lisk Ferries issued a statement saying its captain was detained in Port Ella.\n\n"
        "\u201cThe company has been told very little,\u201d the statement said.\n\n"
        "The Valdoran Embassy in Port Ella said the captain's rights were violated.\n\n"
        "\u201cThe Valdoran side firmly protests,\u201d the statement said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Lisk Ferries", "Valdoran Embassy"]


def test_the_letter_is_not_of_the_body_that_said_something_in_the_sentence_before():
    text = (
        "The harbour board sent a letter to reporters on Sunday.\n\n"
        "The Lisk Press Association said it had no role in crafting it.\n\n"
        "The letter asserts that reporters may ask \u201ca single question\u201d at a time."
    )
    assert [q.speaker for q in extract_quotes(text)] != ["Lisk Press Association"]


def test_a_post_that_passes_on_a_named_speaker_s_words_quotes_that_speaker():
    text = (
        "The ferry bill vote was delayed.\n\n"
        "Rep. Ivo Marsh: \u201cWe have not got enough members to get to yes\u201d on the "
        "ferry bill\n\n"
        "Translation: \u201cThe board has lost the vote and will not say so.\u201d"
    )
    paragraphs = text.split("\n\n")
    posts = [
        Post(text=paragraphs[1], author="Coast News", handle="@CoastNews"),
        Post(text=paragraphs[2], author="Ana Brel", handle="@AnaBrel"),
    ]
    assert [(q.text, q.speaker) for q in extract_quotes(text, posts)] == [
        ("We have not got enough members to get to yes", "Ivo Marsh"),
        (paragraphs[2], "Ana Brel"),
    ]


@pytest.mark.parametrize("when", ["weekend", "Sunday", "latest"])
def test_one_s_weekend_tweets_opening_a_sentence_are_that_one_s_words(when):
    text = (
        f"Ivo Marsh\u2019s {when} tweets backing an \u201coutright closure\u201d of the "
        "ferry line put him at odds with the harbour board."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("outright closure", "Ivo Marsh")
    ]


def test_one_s_late_tweets_another_says_were_wrong_are_not_that_one_s_words():
    text = (
        "Ann Lee says Ivo Marsh\u2019s late-night tweets about the ferry were "
        "\u201cunhinged, even for him.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] != ["Ivo Marsh"]


def test_the_company_is_an_oil_major_the_text_names_by_its_short_name():
    text = (
        "A judge handed Exxon Mobil a victory on Tuesday.\n\n"
        "Exxon said the ruling \u201caffirms the position ExxonMobil has held.\u201d\n\n"
        "\u201cLawsuits that waste taxpayer money do nothing for the climate,\u201d the "
        "company said."
    )
    assert [q.speaker for q in extract_quotes(text)][-1] == "Exxon"


def test_she_after_a_sentence_citing_her_paper_is_its_owner():
    text = (
        "The lawyer also represents Ann Lee, who says she sailed with the captain.\n\n"
        "According to Vera Holm\u2019s signed declaration, she is a graduate of the Port "
        "Ella school. She says she sailed with them often and saw the pair as "
        "\u201cjoined at the hip.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Holm"]


def test_he_intends_to_tell_names_the_speaker_of_a_prepared_statement():
    text = (
        "Judge Marsh addressed the ferry's safety record.\n\n"
        "\u201cI was not perfect in those days,\u201d he intends to tell the board. \u201cI "
        "cut corners. But I never did anything like what Ms. Lee describes.\u201d\n\n"
        "Ms. Lee plans to deliver a detailed account of the crossing."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Marsh", "Marsh"]


@pytest.mark.parametrize("heard", ["can be heard saying", "is heard saying", "was caught saying"])
def test_one_heard_saying_on_a_recording_is_the_speaker_not_the_outlet_reporting_it(heard):
    text = (
        f"\u201cI\u2019m sick and tired of you guys,\u201d Ivo Marsh {heard}, The Coast "
        "Post reported."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ivo Marsh"]


@pytest.mark.parametrize("adverb", ["widely", "often"])
def test_one_described_as_something_after_an_adverb_is_not_who_said_it(adverb):
    text = (
        f"Its leader, former harbour minister Ivo Marsh, is {adverb} described as a "
        "\u201ckingmaker\u201d in the Valdoran press."
    )
    assert [(q.speaker, q.speaker_text) for q in extract_quotes(text)] == [("", "")]
