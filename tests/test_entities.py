"""Tests for storydiff.entities: rules on small texts, and a hand-made gold on the demo corpus."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import storydiff
from storydiff.entities import extract_entities
from storydiff.models import Entity

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"

# Hand-annotated gold for six demo articles: every named person, place and
# organisation (and named ship/storm as "other"), in text order, as
# (mention as written without titles or possessive, kind, canonical name).
# Not annotated: the news agency in a dateline's brackets, demonyms
# ("Valdoran"), bare titles ("the Auditor-General") and names inside quoted
# titles of works ("Winter at Bressan Harbour").
GOLD: dict[str, list[tuple[str, str, str]]] = {
    "ferry-valdora-times": [
        ("PORT ELLA", "place", "Port Ella"),
        ("Ida Morrow", "person", "Ida Morrow"),
        ("Morrow", "person", "Ida Morrow"),
        ("Skarra", "place", "Skarra"),
        ("Morrow", "person", "Ida Morrow"),
        ("Corrie Belle", "other", "Corrie Belle"),
        ("Mallow Bank", "place", "Mallow Bank"),
        ("Port Ella", "place", "Port Ella"),
        ("Port Ella General Hospital", "org", "Port Ella General Hospital"),
        ("Lena Haxby", "person", "Lena Haxby"),
        ("Ellan Lines", "org", "Ellan Lines"),
        ("Skarra", "place", "Skarra"),
        ("Marine Accident Board", "org", "Marine Accident Board"),
        ("Tomas Rell", "person", "Tomas Rell"),
        ("Lisk", "place", "Lisk"),
        ("Ministry of Transport", "org", "Ministry of Transport"),
    ],
    "derail-cw-wire": [
        ("HALDEN VALE", "place", "Halden Vale"),
        ("Valdora", "place", "Valdora"),
        ("Halden Vale", "place", "Halden Vale"),
        ("Halden Vale", "place", "Halden Vale"),
        ("ValRail", "org", "ValRail"),
        ("Lisk", "place", "Lisk"),
        ("Northgate", "place", "Northgate"),
        ("ValRail", "org", "ValRail"),
        ("Gregor Lind", "person", "Gregor Lind"),
        ("Amira Søholm", "person", "Amira Søholm"),
        ("Rail Accident Investigation Branch", "org", "Rail Accident Investigation Branch"),
        ("Halden Vale", "place", "Halden Vale"),
        ("Lisk", "place", "Lisk"),
        ("Northgate", "place", "Northgate"),
        ("Lisk", "place", "Lisk"),
        ("Marta Kovel", "person", "Marta Kovel"),
        ("Lisk", "place", "Lisk"),
        ("Northgate", "place", "Northgate"),
        ("ValRail", "org", "ValRail"),
    ],
    "election-northgate": [
        ("LISK", "place", "Lisk"),
        ("Valdora", "place", "Valdora"),
        ("Green Coast", "org", "Green Coast"),
        ("Elena Varga-Rossé", "person", "Elena Varga-Rossé"),
        ("Otto Brenn", "person", "Otto Brenn"),
        ("Varga-Rossé", "person", "Elena Varga-Rossé"),
        ("Civic Union", "org", "Civic Union"),
        ("Lukas Hemmer", "person", "Lukas Hemmer"),
        ("Hemmer", "person", "Lukas Hemmer"),
        ("Post", "org", "Post"),
        ("Ruth Anand", "person", "Ruth Anand"),
        ("Northgate University", "org", "Northgate University"),
        ("Civic Union", "org", "Civic Union"),
        ("Lisk", "place", "Lisk"),
        ("Anselm Drey", "person", "Anselm Drey"),
        ("Varga-Rossé", "person", "Elena Varga-Rossé"),
        ("Lisk", "place", "Lisk"),
        ("Valdora", "place", "Valdora"),
    ],
    "strike-cw-wire": [
        ("PORT ELLA", "place", "Port Ella"),
        ("Valdora", "place", "Valdora"),
        ("Port Ella", "place", "Port Ella"),
        ("Valdora", "place", "Valdora"),
        ("United Harbour Workers", "org", "United Harbour Workers"),
        ("UHW", "org", "United Harbour Workers"),
        ("Port Ella Harbour Authority", "org", "Port Ella Harbour Authority"),
        ("UHW", "org", "United Harbour Workers"),
        ("Noor Castellan", "person", "Noor Castellan"),
        ("Harbour Authority", "org", "Port Ella Harbour Authority"),
        ("Bram Oyelaran", "person", "Bram Oyelaran"),
        ("UHW", "org", "United Harbour Workers"),
        ("Port Ella", "place", "Port Ella"),
        ("Harbour Authority", "org", "Port Ella Harbour Authority"),
    ],
    "museum-valdora-times": [
        ("BRESSAN", "place", "Bressan"),
        ("Hélène Marchetti", "person", "Hélène Marchetti"),
        ("Marchetti", "person", "Hélène Marchetti"),
        ("Bressan Civic Museum", "org", "Bressan Civic Museum"),
        ("Aurel Szab", "person", "Aurel Szab"),
        ("Joris Fenwick", "person", "Joris Fenwick"),
        ("Lisk", "place", "Lisk"),
        ("Szab", "person", "Aurel Szab"),
        ("Bressan", "place", "Bressan"),
        ("Marchetti", "person", "Hélène Marchetti"),
    ],
    "quota-courier": [
        ("Valdora", "place", "Valdora"),
        ("Port Ella", "place", "Port Ella"),
        ("Skarra Deep", "place", "Skarra Deep"),
        ("Dario Fenn", "person", "Dario Fenn"),
        ("Fenn", "person", "Dario Fenn"),
        ("Anders Holt", "person", "Anders Holt"),
        ("Grey Heron", "other", "Grey Heron"),
        ("Port Ella", "place", "Port Ella"),
        ("Maeve Tullan", "person", "Maeve Tullan"),
        ("Valdoran Fishermen’s Association", "org", "Valdoran Fishermen’s Association"),
        ("Oskar Brandt", "person", "Oskar Brandt"),
        ("Port Ella", "place", "Port Ella"),
    ],
}


def _gold_entities(text: str, rows: list[tuple[str, str, str]]) -> list[Entity]:
    out, cursor = [], 0
    for surface, kind, name in rows:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        out.append(Entity(text=surface, start=start, end=cursor, name=name, kind=kind))  # type: ignore[arg-type]
    return out


def _by_text(entities: tuple[Entity, ...]) -> list[tuple[str, str, str]]:
    return [(e.text, e.kind, e.name) for e in entities]


@pytest.fixture(scope="module")
def demo() -> dict[str, str]:
    return {a.id: a.text for a in storydiff.read([DEMO]).articles}


def test_demo_mini_gold_precision_and_recall(demo: dict[str, str]) -> None:
    spans_hit = typed_hit = names_hit = n_pred = n_gold = 0
    for article_id, rows in GOLD.items():
        text = demo[article_id]
        gold = _gold_entities(text, rows)
        pred = extract_entities(text)
        gold_spans = {(g.start, g.end): g for g in gold}
        n_pred += len(pred)
        n_gold += len(gold)
        for e in pred:
            g = gold_spans.get((e.start, e.end))
            if g is not None:
                spans_hit += 1
                typed_hit += g.kind == e.kind
                names_hit += g.name == e.name
    precision, recall = spans_hit / n_pred, spans_hit / n_gold
    typed_precision, typed_recall = typed_hit / n_pred, typed_hit / n_gold
    assert precision >= 0.95, precision
    assert recall >= 0.9, recall
    assert typed_precision >= 0.9, typed_precision
    assert typed_recall >= 0.85, typed_recall
    assert names_hit / spans_hit >= 0.95


def test_entities_are_sorted_disjoint_and_match_the_text(demo: dict[str, str]) -> None:
    for text in demo.values():
        entities = extract_entities(text)
        for e in entities:
            assert text[e.start : e.end] == e.text
            assert e.kind in ("person", "place", "org", "other")
            assert e.name
        for a, b in pairwise(entities):
            assert a.end <= b.start


def test_result_does_not_depend_on_earlier_calls(demo: dict[str, str]) -> None:
    text = demo["ferry-courier"]
    first = extract_entities(text)
    for other in demo.values():
        extract_entities(other)
    assert extract_entities(text) == first


def test_empty_and_nameless_text_give_no_entities() -> None:
    assert extract_entities("") == ()
    assert extract_entities("the river rose overnight and nobody was hurt.") == ()


def test_later_surname_resolves_to_full_name() -> None:
    text = "The crew was praised by Commander Lena Haxby on Saturday. Later Haxby said it was calm."
    entities = extract_entities(text)
    assert _by_text(entities) == [
        ("Lena Haxby", "person", "Lena Haxby"),
        ("Haxby", "person", "Lena Haxby"),
    ]
    later = entities[1]
    assert (later.start, later.end) == (text.rindex("Haxby"), text.rindex("Haxby") + 5)


def test_title_is_kept_out_of_text_and_name() -> None:
    text = "Lena Haxby leads the rescue, officials said. Mr Haxby was not there, said Dr Ana Ruiz."
    assert _by_text(extract_entities(text)) == [
        ("Lena Haxby", "person", "Lena Haxby"),
        ("Haxby", "person", "Lena Haxby"),
        ("Ana Ruiz", "person", "Ana Ruiz"),
    ]


def test_multiword_title_before_name_marks_a_person() -> None:
    text = "The bridge was opened by Transport Minister Marta Kovel and Prime Minister Anselm Drey."
    assert _by_text(extract_entities(text)) == [
        ("Marta Kovel", "person", "Marta Kovel"),
        ("Anselm Drey", "person", "Anselm Drey"),
    ]


def test_title_alone_is_not_an_entity() -> None:
    assert (
        extract_entities("The report was sent to the Prime Minister and the Auditor-General.") == ()
    )


def test_sentence_initial_common_word_is_not_an_entity() -> None:
    text = "Police said the road was shut. Critics said it was late. The Harbourmaster agreed."
    assert extract_entities(text) == ()


def test_sentence_initial_name_known_elsewhere_is_kept() -> None:
    text = "Ferries sail from Skarra every day. Skarra has 600 residents."
    entities = extract_entities(text)
    assert _by_text(entities) == [("Skarra", "place", "Skarra"), ("Skarra", "place", "Skarra")]
    assert entities[1].start == text.rindex("Skarra")


def test_opener_that_is_part_of_a_name_used_inside_a_sentence_is_kept() -> None:
    text = "New Harlow, on the coast, was flooded.\n\nRescuers in New Harlow worked all night."
    names = [e.text for e in extract_entities(text)]
    assert names == ["New Harlow", "New Harlow"]
    # alone, "New" opening a sentence is still an opener: the name is "Harlow"
    assert [e.text for e in extract_entities("New Harlow, on the coast, was flooded.")] == [
        "Harlow"
    ]


def test_a_counsel_is_a_title_and_an_initialism_with_an_ampersand_is_no_org() -> None:
    text = "Special Counsel Ivo Marsh spoke. We must protect our R&D spending, the N.A.A.C.P. said."
    found = [(e.text, e.kind) for e in extract_entities(text)]
    assert ("Ivo Marsh", "person") in found
    assert ("N.A.A.C.P.", "org") in found
    assert ("R&D", "org") not in found


def test_storm_name_alone_keeps_the_storm_kind() -> None:
    text = (
        "Slow-moving Tropical Storm Mirela claims 7 lives. Mirela parked over the coast."
        " Officials said Mirela would weaken."
    )
    assert _by_text(extract_entities(text)) == [
        ("Tropical Storm Mirela", "other", "Tropical Storm Mirela"),
        ("Mirela", "other", "Tropical Storm Mirela"),
        ("Mirela", "other", "Tropical Storm Mirela"),
    ]


def test_quote_initial_word_is_not_an_entity() -> None:
    text = 'Asked about it, she said: "Nobody went into the water." Then "Everybody" left.'
    assert extract_entities(text) == ()


def test_dateline_is_a_place_and_agency_is_skipped() -> None:
    text = "PORT ELLA, Valdora (MP) — A ferry ran aground near the harbour, the coastguard said."
    entities = extract_entities(text)
    assert _by_text(entities) == [
        ("PORT ELLA", "place", "Port Ella"),
        ("Valdora", "place", "Valdora"),
    ]
    assert (entities[0].start, entities[0].end) == (0, 9)


def test_dateline_without_region_and_with_date() -> None:
    assert _by_text(extract_entities("HALDEN VALE — Teodor Blum, 52, was reading.")) == [
        ("HALDEN VALE", "place", "Halden Vale"),
        ("Teodor Blum", "person", "Teodor Blum"),
    ]
    text = "LISK, June 11 (Continental Wire) - The minister resigned on Thursday."
    assert _by_text(extract_entities(text)) == [("LISK", "place", "Lisk")]


def test_ministry_of_transport_is_one_org() -> None:
    text = "The Ministry of Transport said it would look at the Bank of England report."
    entities = extract_entities(text)
    assert _by_text(entities) == [
        ("Ministry of Transport", "org", "Ministry of Transport"),
        ("Bank of England", "org", "Bank of England"),
    ]
    assert entities[0].start == text.index("Ministry")


def test_of_after_a_person_splits_the_run() -> None:
    text = "Political analyst Ruth Anand of Northgate University said it was close."
    assert _by_text(extract_entities(text)) == [
        ("Ruth Anand", "person", "Ruth Anand"),
        ("Northgate University", "org", "Northgate University"),
    ]


def test_headline_line_is_skipped() -> None:
    text = "Ferry Grounded Off Port Ella In Gale\nA ferry hit a sandbank near Skarra on Saturday."
    assert _by_text(extract_entities(text)) == [("Skarra", "place", "Skarra")]


def test_subhead_and_credit_lines_are_skipped() -> None:
    text = (
        "The ferry sailed from Skarra.\n\nUnder the Hammer?\n\nBoats are for sale.\n\n"
        "(Reporting by Anja Reyes; Editing by Carl Ibsen)\n\nMP mk/ci"
    )
    assert _by_text(extract_entities(text)) == [("Skarra", "place", "Skarra")]


def test_weekdays_months_and_pronoun_are_not_entities() -> None:
    text = "On Monday in March I said, thank God, that May was over. Tuesday was quiet."
    assert extract_entities(text) == ()


def test_hyphenated_and_non_ascii_names_are_whole() -> None:
    text = "Elena Varga-Rossé, 44, won, said Amira Søholm. Crane operator Stefan Ilić, 48, agreed."
    assert _by_text(extract_entities(text)) == [
        ("Elena Varga-Rossé", "person", "Elena Varga-Rossé"),
        ("Amira Søholm", "person", "Amira Søholm"),
        ("Stefan Ilić", "person", "Stefan Ilić"),
    ]


def test_camel_case_and_acronyms_are_orgs_but_time_zones_are_not() -> None:
    text = "The train, run by state operator ValRail, was checked by NATO at 04:00 GMT."
    assert _by_text(extract_entities(text)) == [
        ("ValRail", "org", "ValRail"),
        ("NATO", "org", "NATO"),
    ]


def test_acronym_in_brackets_takes_the_full_name() -> None:
    text = "The United Harbour Workers union (UHW) called a strike. The UHW says pay fell."
    assert _by_text(extract_entities(text)) == [
        ("United Harbour Workers", "org", "United Harbour Workers"),
        ("UHW", "org", "United Harbour Workers"),
        ("UHW", "org", "United Harbour Workers"),
    ]


def test_initials_after_or_take_the_full_name_and_its_kind() -> None:
    text = "The memo cited the Harbour Safety Act, or HSA. The mayor signed an HSA waiver."
    assert _by_text(extract_entities(text)) == [
        ("Harbour Safety Act", "other", "Harbour Safety Act"),
        ("HSA", "other", "Harbour Safety Act"),
        ("HSA", "other", "Harbour Safety Act"),
    ]


def test_shorter_org_name_takes_the_fuller_one() -> None:
    text = (
        "Corvane Systems will cut jobs, and the Port Ella Harbour Authority made an offer. "
        "Corvane lost a contract; the Harbour Authority disagreed."
    )
    assert [(e.text, e.name) for e in extract_entities(text)] == [
        ("Corvane Systems", "Corvane Systems"),
        ("Port Ella Harbour Authority", "Port Ella Harbour Authority"),
        ("Corvane", "Corvane Systems"),
        ("Harbour Authority", "Port Ella Harbour Authority"),
    ]


def test_place_inside_an_org_name_keeps_its_own_name() -> None:
    text = "She was taken to Port Ella General Hospital. Port Ella is quiet, said the mayor in Port Ella."
    names = [(e.text, e.kind, e.name) for e in extract_entities(text)]
    assert names[0] == ("Port Ella General Hospital", "org", "Port Ella General Hospital")
    assert names[1:] == [("Port Ella", "place", "Port Ella")] * 2


def test_possessive_is_left_out_of_the_span() -> None:
    text = "Voters in Valdora's capital backed Hemmer, 61, not Drey. Hemmer's share fell."
    entities = extract_entities(text)
    assert entities[0].text == "Valdora"
    assert entities[0].end == text.index("'s")
    assert entities[-1].text == "Hemmer"
    assert entities[-1].kind == "person"


def test_plural_possessive_stays_inside_an_org_name() -> None:
    text = "The Valdoran Fishermen’s Association and the Technology Workers' Union objected."
    assert [e.text for e in extract_entities(text)] == [
        "Valdoran Fishermen’s Association",
        "Technology Workers' Union",
    ]


def test_place_cues() -> None:
    text = (
        "Residents of Kessby and Lorn fled the fire in the Vell forest. "
        "Ella Crane walked along Mill Street to the island of Skarra and the River Carrow."
    )
    assert [(e.text, e.kind) for e in extract_entities(text) if e.kind == "place"] == [
        ("Kessby", "place"),
        ("Lorn", "place"),
        ("Vell", "place"),
        ("Mill Street", "place"),
        ("Skarra", "place"),
        ("River Carrow", "place"),
    ]


def test_same_place_prefix_resolves_bare_river_name() -> None:
    text = "The River Carrow burst its banks. We have never seen the Carrow rise this fast."
    assert [(e.text, e.name) for e in extract_entities(text)] == [
        ("River Carrow", "River Carrow"),
        ("Carrow", "River Carrow"),
    ]


def test_person_cues_after_the_name() -> None:
    text = (
        "Benedikt Orr, 61, was rescued. Lukas Daal, a 70-year-old beekeeper, left. "
        "Rhea Pasko, a Port Ella councillor, objected, as did Walter Brisk, who chairs the trust."
    )
    kinds = {e.text: e.kind for e in extract_entities(text)}
    assert kinds == {
        "Benedikt Orr": "person",
        "Lukas Daal": "person",
        "Rhea Pasko": "person",
        "Port Ella": "place",
        "Walter Brisk": "person",
    }


def test_quoted_title_of_a_work_is_skipped() -> None:
    text = 'Thieves took "Winter at Bressan Harbour" and "Portrait of Anna Szab" from Bressan.'
    assert _by_text(extract_entities(text)) == [("Bressan", "place", "Bressan")]


def test_demonym_and_storm() -> None:
    text = "The Valdoran artist fled to Valdora during Storm Ilse, when Valdoran towns flooded."
    assert _by_text(extract_entities(text)) == [
        ("Valdora", "place", "Valdora"),
        ("Storm Ilse", "other", "Storm Ilse"),
    ]


def test_newspaper_is_an_org() -> None:
    text = "Lukas Hemmer told the Post that the Valdora Times had it wrong."
    assert _by_text(extract_entities(text)) == [
        ("Lukas Hemmer", "person", "Lukas Hemmer"),
        ("Post", "org", "Post"),
        ("Valdora Times", "org", "Valdora Times"),
    ]


def test_common_given_name_marks_a_person_without_other_cues() -> None:
    text = "The film starred Lindsay Lohan. Critics liked Lohan more than the plot."
    assert _by_text(extract_entities(text)) == [
        ("Lindsay Lohan", "person", "Lindsay Lohan"),
        ("Lohan", "person", "Lindsay Lohan"),
    ]


def test_a_chinese_name_family_name_first_and_a_pinyin_given_name_is_a_person() -> None:
    text = (
        "China issued a posthumous apology to Li Wenliang for the admonishment the Wuhan "
        "doctor received. In a working paper with Jiang Junyan, we construct an index."
    )
    kinds = _kinds(text)
    assert kinds["Li Wenliang"] == "person"
    assert kinds["Jiang Junyan"] == "person"


def test_a_chinese_family_name_before_no_pinyin_or_before_a_place_s_words_is_no_person() -> None:
    text = (
        "Officials greeted Kim at the station in Dong Dang town. The breakup of Ma Bell "
        "came in 1984."
    )
    kinds = _kinds(text)
    assert kinds["Dong Dang"] == "place"
    assert kinds.get("Ma Bell") != "person"


def test_sisters_of_an_order_is_one_body_and_sister_before_a_name_is_a_title() -> None:
    text = (
        "Little Sisters of the Poor Sister Constance Veit told Shannon Bream on Fox News. "
        "She runs Ruth's Chris Steakhouse."
    )
    kinds = _kinds(text)
    assert kinds["Little Sisters of the Poor"] == "org"
    assert kinds["Constance Veit"] == "person"
    assert "Poor" not in kinds
    assert kinds["Chris Steakhouse"] == "org"


def test_outlets_named_like_a_place_or_a_person_are_organisations() -> None:
    text = (
        "The emails were passed to Wikileaks. USA TODAY opinion contributor Jane Doe wrote "
        "it, and a reporter from the conservative Daily Caller asked him."
    )
    kinds = _kinds(text)
    assert kinds["Wikileaks"] == "org"
    assert kinds["USA TODAY"] == "org"
    assert kinds["Daily Caller"] == "org"


def test_a_performer_s_role_or_an_abbreviated_superintendent_before_a_name_is_a_title() -> None:
    text = (
        "Comedian Patton Oswalt wrote that the plan was wrong. At 9am, Supt Eddie Johnson "
        "will brief reporters."
    )
    kinds = _kinds(text)
    assert kinds == {"Patton Oswalt": "person", "Eddie Johnson": "person"}


def test_a_saint_s_possessive_stays_inside_the_name_of_a_church_or_a_day() -> None:
    text = (
        "The mayor walked to St. John's Episcopal Church on Monday, and on St. Patrick's Day "
        "she flew to St. John's."
    )
    names = [name for _, _, name in _by_text(extract_entities(text))]
    assert names[:2] == ["St. John's Episcopal Church", "St. Patrick's Day"]


def test_a_region_s_adjective_and_a_field_after_of_is_one_body() -> None:
    text = "A spokesman for the Bureau of East Asian and Pacific Affairs said the talks failed."
    assert _kinds(text) == {"Bureau of East Asian and Pacific Affairs": "org"}


def test_surname_prefix_is_not_camel_case_org() -> None:
    text = "Coach Doug McDermott praised the team; McDermott said it was earned."
    assert _by_text(extract_entities(text)) == [
        ("Doug McDermott", "person", "Doug McDermott"),
        ("McDermott", "person", "Doug McDermott"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump met reporters. An inquiry into Trump's dealings went on, "
        "and the paper praised Trump for the meeting.",
        # "to" with no word of motion before it is no destination
        "President Donald Trump met reporters. Universally sympathetic to Trump, the papers "
        "praised him, and aides said they were talking to Trump about trade.",
    ],
)
def test_a_surname_after_a_place_preposition_is_still_the_person_named_in_full(text):
    found = {(e.text, e.kind, e.name) for e in extract_entities(text)}
    assert ("Trump", "person", "Donald Trump") in found
    assert not any(e.kind == "place" for e in extract_entities(text))


def test_a_common_word_in_capitals_is_no_name_but_short_acronyms_are():
    text = (
        "Officials said he did NOTHING wrong and would NEVER resign. The WHO and the US disagreed."
    )
    assert {e.text for e in extract_entities(text)} == {"WHO", "US"}


def test_a_wire_dateline_below_a_site_s_own_lines_is_a_place():
    text = (
        "Trump wins sympathy from Russian media\n\nPhoto gallery\n\nShare this story\n\n"
        "Most read today\n\nMOSCOW (AP) — President Donald Trump is no fan of journalists."
    )
    assert ("MOSCOW", "place") in {(e.text, e.kind) for e in extract_entities(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town that shares a surname stays a place
        ("President Andrew Jackson spoke. Later he flew to Jackson.", "Jackson"),
        ("Ann Lincoln spoke on Monday. She lives in Lincoln, Nebraska.", "Lincoln"),
        # a place opening a sentence keeps its first word
        ("New Jersey later joined Pennsylvania in suing.", "New Jersey"),
        ("New York sued on Monday.", "New York"),
    ],
)
def test_a_place_is_found_whole_whatever_shares_its_words(text, place):
    assert (place, "place") in {(e.text, e.kind) for e in extract_entities(text)}


def test_countries_and_states_are_places_whatever_the_words_around_them_say():
    text = (
        "Nevada said on Monday it would appeal. Officials in Iran and South Korea were told.\n\n"
        "Asked again, Victoria said she would run."
    )
    kinds = {e.name: e.kind for e in extract_entities(text)}
    assert kinds["Nevada"] == "place"  # "said" votes for a person
    assert kinds["Iran"] == kinds["South Korea"] == "place"
    assert kinds["Victoria"] == "person"  # a state of Australia, and a given name


def test_party_and_nationality_words_are_no_names_and_titles_end_before_the_person():
    text = (
        "UPDATE: Senate Majority Leader Harry Reid met Rep. Jerrold Nadler, a New York Democrat, "
        "and Democratic Missouri Sen. Claire McCaskill at the United Nations. Americans and "
        "African-Americans asked the Log Cabin Republicans and House Republicans to talk."
    )
    found = {e.text: (e.name, e.kind) for e in extract_entities(text)}
    assert found["Harry Reid"] == ("Harry Reid", "person")
    assert found["New York"] == ("New York", "place")
    assert found["Missouri"] == ("Missouri", "place")
    assert found["Claire McCaskill"] == ("Claire McCaskill", "person")
    assert found["United Nations"] == ("United Nations", "org")
    assert "Log Cabin Republicans" in found  # a group's own name keeps its party word
    assert not {"UPDATE", "Americans", "African-Americans", "House Republicans"} & set(found)
    assert not any("Democrat" in name or "Leader" in name for name, _ in found.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Michael Jordan scored 40 points. Jordan said he was tired.",
            {"Jordan": ("Michael Jordan", "person")},
        ),
        (
            "Denzel Washington won again. Washington said he was thrilled.",
            {"Washington": ("Denzel Washington", "person")},
        ),
        (
            "King Abdullah met officials in Amman. Jordan said the talks went well.",
            {"Jordan": ("Jordan", "place")},
        ),
        (
            "Prices rose across Latin America and in Southern California.",
            {
                "Latin America": ("Latin America", "place"),
                "Southern California": ("Southern California", "place"),
            },
        ),
    ],
)
def test_a_known_place_that_is_part_of_a_person_s_name_in_the_text_is_that_person(text, expected):
    found = {e.text: (e.name, e.kind) for e in extract_entities(text)}
    for surface, want in expected.items():
        assert found[surface] == want


def test_a_shouted_label_leaves_no_acronym_behind():
    assert [e.text for e in extract_entities("BREAKING NEWS: Nevada said it would appeal.")] == [
        "Nevada"
    ]


def test_who_after_a_place_after_in_refers_back_to_the_person_before():
    text = "A judge in the District Court in Manhattan, who had ruled against it, set a hearing."
    kinds = {e.text: e.kind for e in extract_entities(text)}
    assert kinds["Manhattan"] == "place"
    assert {e.kind for e in extract_entities("Teodor Blum, who lives in Lisk, was angry.")} == {
        "person",
        "place",
    }


def _kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in extract_entities(text)}


def test_a_surname_before_family_and_its_plural_are_people():
    kinds = _kinds(
        "Lawyers for the Harrow family met on Monday. Ivo Harrow declined to comment. "
        "Critics say the Harrows moved money to accounts abroad."
    )
    assert kinds["Harrow"] == "person"
    assert kinds["Harrows"] == "person"


def test_a_name_with_the_inside_it_is_no_person_even_when_told_things():
    kinds = _kinds('"It was a mistake," the spokesperson told The Hill on Friday.')
    assert kinds["The Hill"] == "org"


def test_an_apposition_headed_by_a_company_noun_makes_an_organisation():
    kinds = _kinds(
        "The money came from the sale of Quantel, a sister company of Vesk Pharma. "
        "Anton Keel, the company's chief executive, declined to comment."
    )
    assert kinds["Quantel"] == "org"
    assert kinds["Anton Keel"] == "person"


def test_a_place_before_a_title_with_no_name_after_it_is_the_place():
    ents = extract_entities("The New York Attorney General's Office opened an inquiry.")
    assert [(e.text, e.kind) for e in ents] == [("New York", "place")]


def test_an_initialism_keeps_its_last_full_stop_at_a_sentence_end():
    ents = extract_entities("Thousands died in the U.S.\n\nOfficials in the U.S. agreed.")
    assert [e.text for e in ents] == ["U.S.", "U.S."]


def test_an_outlet_someone_told_is_an_organisation_and_a_person_told_stays_a_person():
    kinds = _kinds(
        "Tweeden told Good Morning America on Friday that she accepted the apology. "
        "Sanders told Warren in 2018 that he would run. Senator Elizabeth Warren denied it."
    )
    assert kinds["Good Morning America"] == "org"
    assert kinds["Warren"] == "person"


def test_a_first_name_alone_refers_to_the_person_named_in_full():
    ents = extract_entities(
        "Leeann Tweeden said the senator groped her. He later sent his apologies to Leeann."
    )
    leeann = next(e for e in ents if e.text == "Leeann")
    assert (leeann.kind, leeann.name) == ("person", "Leeann Tweeden")


def test_a_name_before_a_noun_it_modifies_gets_no_place_vote_from_the_preposition():
    ents = extract_entities(
        "The committee referred John Ensign to prosecutors. Two letters related to the Ensign "
        "scandal followed."
    )
    ensign = [e for e in ents if e.text == "Ensign"]
    assert [(e.kind, e.name) for e in ensign] == [("person", "John Ensign")]


@pytest.mark.parametrize(
    "text", ["He met assistant U.S. attorneys in Boston.", "The U.K. said no on Monday."]
)
def test_a_country_initialism_with_full_stops_is_a_place(text):
    assert [e.kind for e in extract_entities(text) if "." in e.text] == ["place"]


def test_a_company_named_without_its_suffix_is_the_company_even_when_it_acts():
    ents = extract_entities(
        "Texaco Inc said it had no comment on a statement by Pennzoil Co. "
        "Pennzoil charged that Texaco had wrested control of Getty Corp."
    )
    assert {e.text: (e.kind, e.name) for e in ents}["Pennzoil"] == ("org", "Pennzoil Co")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Martin Luther King led the march in 1963.", "Martin Luther King"),
        ("Howard Dean said the party would win.", "Howard Dean"),
    ],
)
def test_a_surname_that_is_also_a_title_stays_in_the_name(text, name):
    assert [(e.text, e.kind) for e in extract_entities(text)] == [(name, "person")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Bush told Vicente Fox on Monday that he would visit.", "Vicente Fox", "person"),
        ("She told America Ferrera about the part.", "America Ferrera", "person"),
        ("He told USA Today the bill was dead.", "USA Today", "org"),
    ],
)
def test_a_name_told_something_is_an_outlet_only_by_an_outlet_word(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [("Members of the Royal family attended.", "Royal"), ("He sold a Ming dynasty vase.", "Ming")],
)
def test_a_word_before_family_or_dynasty_is_not_always_a_surname(text, word):
    assert _kinds(text)[word] != "person"


def test_an_outlet_brand_with_an_edition_is_an_organisation():
    assert _kinds("He told Politico Europe the plan was dead.")["Politico Europe"] == "org"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She teaches at Georgetown University Law Center in Washington.",
            "Georgetown University Law Center",
        ),
        (
            "He was treated at the Valdora University Medical Centre on Monday.",
            "Valdora University Medical Centre",
        ),
        ("The Center for Harbour Policy said the port was safe.", "Center for Harbour Policy"),
        (
            "A report by the Institute for Coastal Studies came out.",
            "Institute for Coastal Studies",
        ),
    ],
)
def test_an_institution_named_like_a_place_is_an_organisation(text: str, name: str) -> None:
    assert {(e.text, e.kind) for e in extract_entities(text)} >= {(name, "org")}


def test_a_party_to_a_case_is_no_place_for_the_preposition_before_it() -> None:
    text = "The group won in Harbour Watch v. Corvane, a ruling on the port's dredging."
    kinds = {e.text: e.kind for e in extract_entities(text)}
    assert kinds["Harbour Watch"] != "place"
    assert kinds.get("Corvane") != "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferry maker Corvane CEO Daniel Ek said the hull was sound.", "Daniel Ek"),
        ("Valdora Lines COO Ana Brel spoke on Monday.", "Ana Brel"),
        ("Port Ella Shipping CFO Ivo Marsh resigned.", "Ivo Marsh"),
    ],
)
def test_a_corporate_title_before_a_name_is_no_part_of_the_person(text: str, name: str) -> None:
    people = [e for e in extract_entities(text) if e.kind == "person"]
    assert [(e.text, e.name) for e in people] == [(name, name)]


def test_a_name_later_shortened_to_its_last_word_is_a_person():
    kinds = _kinds(
        "Saints running back Pierrot Tamas was placed on injured reserve. "
        "Tamas hurt his ankle in the second quarter."
    )
    assert kinds["Pierrot Tamas"] == "person"
    assert kinds["Tamas"] == "person"


def test_a_plural_name_after_the_is_a_team_not_a_person():
    kinds = _kinds(
        "The Harbour Colts beat Lisk on Sunday. The win sent the Colts to the final, "
        "and the Colts will play in March."
    )
    assert kinds["Colts"] == "org"


def test_a_name_that_owns_an_its_is_an_organisation():
    kinds = _kinds(
        "The patch came on Friday. Corvex said its engineers fixed the flaw, and Corvex said "
        "its users should update."
    )
    assert kinds["Corvex"] == "org"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Department of Health and Human Services issued the rules.",
            ["Department of Health and Human Services"],
        ),
        (
            "Officials from the Department of Justice and Ann Lee met.",
            ["Department of Justice", "Ann Lee"],
        ),
        ("The Bank of Lisk and Harbex Services met.", ["Bank of Lisk", "Harbex Services"]),
    ],
)
def test_a_body_s_name_goes_on_over_and_between_two_fields_only(text, names):
    assert [e.text for e in extract_entities(text)] == names


def test_a_transcript_s_speaker_labels_are_people_not_acronyms():
    text = (
        "MARC STEINER: Welcome to the show. I am here with Ann Lee.\n\n"
        "WANG: Thank you for having me.\n\nMARC STEINER: So tell us."
    )
    kinds = _kinds(text)
    assert (kinds["MARC STEINER"], kinds["WANG"]) == ("person", "person")
    # one label-like line is no transcript: an acronym stays an organisation
    assert _kinds("NATO: The alliance met in Lisk.\n\nThe ferry sank.")["NATO"] == "org"


def test_a_pronunciation_guide_is_no_name():
    text = "Homeland Security Secretary Kirstjen (KEER'-sten) Nielsen spoke on Monday."
    assert "KEER" not in [e.text for e in extract_entities(text)]


def test_a_city_known_abroad_is_a_place_wherever_it_stands():
    text = "In Beijing, officials met on Monday. Beijing said it would respond. Paris said no."
    assert [(e.text, e.kind) for e in extract_entities(text)] == [
        ("Beijing", "place"),
        ("Beijing", "place"),
        ("Paris", "place"),
    ]


def test_a_district_named_like_a_person_and_a_city_named_by_a_given_name_are_not_known():
    from storydiff._entity_words import known_places

    places = known_places()
    assert {"Beijing", "Las Vegas", "Kabul", "Kyiv"} <= places
    assert not {"Kennedy", "Austin", "Charlotte", "Jackson"} & places


def test_the_shipped_city_list_is_the_one_geonames_gives():
    from storydiff._entity_words import _cities, city_list

    assert _cities() == set(city_list())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("British Prime Minister Theresa May said the deal was done.", [("Theresa May", "person")]),
        ("Queen guitarist Brian May played on.", [("Brian May", "person")]),
        ("The vote is on Friday May 5 in London.", [("London", "place")]),
        ("The Labour Party May Day rally was held.", [("Labour Party", "org")]),
    ],
)
def test_a_month_after_a_given_name_is_a_surname_and_before_a_day_a_date(text, found):
    assert [(e.text, e.kind) for e in extract_entities(text)] == found


def test_a_name_suffix_is_no_name_and_king_before_it_is_a_surname():
    text = "Her launch on the Martin Luther King Jr. holiday included a nod to history."
    assert [(e.text, e.kind) for e in extract_entities(text)] == [
        ("Martin Luther King Jr", "person")
    ]


def test_a_given_name_the_speaker_reader_knows_makes_a_person_even_after_to():
    text = "Her launch included a nod to Shirley Chisholm, the first black congresswoman."
    assert [(e.text, e.kind) for e in extract_entities(text)] == [("Shirley Chisholm", "person")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "U.S. Ambassador to the European Union Gordon Sondland testified.",
            {"European Union": "org", "Gordon Sondland": "person"},
        ),
        (
            "Ambassador to Germany Richard Grenell spoke.",
            {"Germany": "place", "Richard Grenell": "person"},
        ),
        (
            "West Virginia Democrat Joe Manchin spoke.",
            {"West Virginia": "place", "Joe Manchin": "person"},
        ),
        ("Director of Social Media Dan Scavino tweeted.", {"Dan Scavino": "person"}),
        ("Coroner John Brell spoke in Lisk.", {"John Brell": "person", "Lisk": "place"}),
        ("Crews met in the Rose Garden on Monday.", {"Rose Garden": "place"}),
    ],
)
def test_a_persons_name_inside_a_run_of_other_names_is_split_off(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found} == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Martin Luther King spoke in Lisk. King left.", "Martin Luther King"),
        ("Arcade Joseph Comeaux escaped. Comeaux was armed.", "Arcade Joseph Comeaux"),
        ("The San Jose Mercury reported it.", "San Jose Mercury"),
        ("Sailors boarded the USS John McCain in port.", "USS John McCain"),
    ],
)
def test_a_name_that_holds_a_given_name_inside_stays_whole(text, name):
    assert name in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Users will not be able to Like, Reply or Retweet it, Lisk Radio said.",
        "Many North Dakotans and Hispanic voters backed the Islamist party's rivals.",
        "The IG report found fault with the U.S. Attorney in Lisk.",
    ],
)
def test_buttons_peoples_and_titles_are_no_names(text):
    names = set(_kinds(text))
    assert not names & {
        "Like",
        "Reply",
        "Retweet",
        "North Dakotans",
        "Hispanic",
        "Islamist",
        "IG",
        "U.S. Attorney",
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The House Ways and Means Committee asked for them. Ways and Means can do so.",
            {"House Ways and Means Committee": "org"},
        ),
        (
            "Senate Commerce, Science and Transportation Committee members met.",
            {"Science and Transportation Committee": "org"},
        ),
        (
            "House Judiciary Chairman Bob Goodlatte and Homeland Security Committee staff met.",
            {"Bob Goodlatte": "person", "Homeland Security Committee": "org"},
        ),
        (
            "The House Intelligence and Judiciary Committees met in Lisk.",
            {"Judiciary Committees": "other"},
        ),
    ],
)
def test_a_committee_named_for_two_fields_is_one_name_and_two_committees_are_not(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found} == found
    assert "Means" not in kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Moderate Charlie Dent said no.", "Charlie Dent"),
        ("Trump called him Sleepy Joe Biden again.", "Joe Biden"),
        ("Conservative Ben Shapiro spoke in Lisk.", "Ben Shapiro"),
        ("Liberal Democrat Nancy Pelosi spoke in Lisk.", "Nancy Pelosi"),
        ("Conservative MP Jacob Rees-Mogg spoke in Lisk.", "Jacob Rees-Mogg"),
        ("Acting DNI Joseph McGuire spoke in Lisk.", "Joseph McGuire"),
    ],
)
def test_a_label_or_a_modifier_without_a_title_is_split_off_a_persons_name(text, person):
    kinds = _kinds(text)
    assert kinds.get(person) == "person"
    assert set(kinds) <= {person, "Lisk"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Manhattan U.S. Attorney Geoffrey Berman spoke.",
            {"Manhattan": "place", "Geoffrey Berman": "person"},
        ),
        (
            "The District of Columbia U.S. Court of Appeals ruled.",
            {"District of Columbia": "place", "U.S. Court of Appeals": "org"},
        ),
    ],
)
def test_a_place_before_the_countrys_initials_is_a_name_of_its_own(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He met Secretary of Homeland Security Kirstjen Nielsen.", {"Kirstjen Nielsen": "person"}),
        ("Secretary of State Rex W. Tillerson spoke.", {"Rex W. Tillerson": "person"}),
        ("U.N. High Commissioner for Refugees Filippo Grandi spoke.", {"Filippo Grandi": "person"}),
        ("U.N. Secretary-General Antonio Guterres spoke.", {"Antonio Guterres": "person"}),
        (
            "Acting White House Chief of Staff Mick Mulvaney spoke.",
            {"White House": "other", "Mick Mulvaney": "person"},
        ),
        (
            "British ambassador to Ethiopia Alastair McPhail spoke.",
            {"Ethiopia": "place", "Alastair McPhail": "person"},
        ),
        ("Author J.D. Vance, for one, fears it.", {"J.D. Vance": "person"}),
        ("The President of the United States spoke in Lisk.", {"United States": "place"}),
    ],
)
def test_a_title_with_its_body_before_a_name_is_no_part_of_it(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found} == found
    assert set(kinds) <= {*found, "U.N.", "Lisk"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cohen was paid by pharmaceutical giant Novartis.", {"Novartis": "org"}),
        ("Chinese aviation data firm Variflight said so.", {"Variflight": "org"}),
        ("Broadcaster EBC says 33 nationalities were aboard.", {"EBC": "org"}),
        (
            "The CDC and the Food and Drug Administration warned.",
            {"CDC": "org", "Food and Drug Administration": "org"},
        ),
        (
            "The Centers for Disease Control and Prevention warned.",
            {"Centers for Disease Control and Prevention": "org"},
        ),
        (
            "Fauci leads the National Institute of Allergy and Infectious Diseases.",
            {"Fauci": None, "National Institute of Allergy and Infectious Diseases": "org"},
        ),
        (
            "He was sent to Immigration and Customs Enforcement by the Border Patrol.",
            {"Immigration and Customs Enforcement": "org", "Border Patrol": "org"},
        ),
        (
            "U.S. Customs and Border Protection held him for a week.",
            {"U.S. Customs and Border Protection": "org"},
        ),
    ],
)
def test_organisations_by_the_noun_before_them_and_by_two_fields_in_their_name(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found if found[name]} == {
        k: v for k, v in found.items() if v
    }


def test_hashtags_and_handles_are_no_names():
    kinds = _kinds("Clemency to @RogerStone tonight! #StopTheBans is trending in Lisk.")
    assert set(kinds) == {"Lisk"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The U.N. High Commissioner for Refugees says it is sad in Lisk.", {"Lisk"}),
        ("The president met his Chief of Staff in Lisk.", {"Lisk"}),
        ("The Mayor of Newark spoke in Lisk.", {"Newark", "Lisk"}),
    ],
)
def test_a_titles_field_with_no_name_after_it_is_no_name_but_a_place_is(text, kept):
    assert set(_kinds(text)) - {"U.N. High Commissioner"} == kept


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Rev. Martin Luther King Jr. Vivian’s protests came later.", "Martin Luther King Jr"),
        ("West Virginia Gov. Jim Justice spoke in Lisk.", "Jim Justice"),
        ("Iowa Rep. Steve King spoke in Lisk.", "Steve King"),
    ],
)
def test_a_surname_that_is_also_a_title_ends_a_name_after_a_given_name(text, person):
    assert _kinds(text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The White House said on Monday that talks would go on.", "White House", "org"),
        ("Later, at the White House, the president hinted at a deal.", "White House", "place"),
        ("Gaetz is a member of the House Freedom Caucus.", "House Freedom Caucus", "org"),
        ("Data from the COVID Tracking Project showed a rise.", "COVID Tracking Project", "org"),
        ("She works at the Nuclear Threat Initiative.", "Nuclear Threat Initiative", "org"),
    ],
)
def test_a_body_after_the_is_no_person_and_caucuses_and_projects_are_bodies(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It applies to the states through the Fourteenth Amendment.", "Fourteenth Amendment"),
        ("The crimes referred to in Article II consist of political acts.", "Article II"),
    ],
)
def test_amendments_and_articles_of_a_constitution_are_no_people_places_or_bodies(text, name):
    assert _kinds(text)[name] == "other"


def test_an_adjective_made_of_a_name_and_a_participle_is_no_part_of_the_name_after_it():
    kinds = _kinds(
        "Lawmakers in the GOP-controlled House balked. A Texas-based firm, Acme Corp, sued "
        "the Republican-led Senate Judiciary Committee."
    )
    assert kinds["GOP"] == "org"
    assert kinds["Texas"] == "place"
    assert kinds["Senate Judiciary Committee"] == "org"
    assert not any("-" in name for name in kinds)


def test_acronyms_of_programmes_diseases_and_slogans_are_no_names():
    kinds = _kinds(
        "The Trump administration tried to end DACA as COVID spread. PPP loans ran out, "
        "and MAGA hats were sold outside the White House."
    )
    assert not {"DACA", "COVID", "PPP", "MAGA"} & set(kinds)


def test_a_tower_or_a_plaza_is_a_place():
    kinds = _kinds("Trump claimed that Obama had wiretapped Trump Tower before the election.")
    assert kinds["Trump Tower"] == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DeVos will lead the new Federal Commission on School Safety.",
            "Federal Commission on School Safety",
        ),
        ("He spoke to the Council on Foreign Relations on Monday.", "Council on Foreign Relations"),
        (
            "The House Committee on Energy and Commerce met.",
            "House Committee on Energy and Commerce",
        ),
    ],
)
def test_a_commission_committee_or_council_on_a_field_is_one_body(text, name):
    assert _kinds(text)[name] == "org"


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it():
    kinds = _kinds("Accusing Trump of betraying his trust, Green referenced history.")
    assert "Trump" in kinds
    assert not any(name.startswith("Accusing") for name in kinds)


@pytest.mark.parametrize("name", ["Soviet Union", "West Bank", "Russian Federation"])
def test_a_state_or_territory_named_like_a_body_is_a_place(name):
    assert _kinds(f"The treaty was signed with the {name} in 1987.")[name] == "place"


def test_a_title_with_a_prefix_of_time_opens_the_name_after_it():
    kinds = _kinds(
        "The treaty, signed by then-President Reagan and Soviet Union leader Mikhail "
        "Gorbachev, held for decades."
    )
    assert kinds["Reagan"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The House Committee on Ways and Means met on Monday.",
            "House Committee on Ways and Means",
        ),
        (
            "The Leadership Conference on Civil and Human Rights objected.",
            "Leadership Conference on Civil and Human Rights",
        ),
        (
            "The House Committee on Oversight and Government Reform asked.",
            "House Committee on Oversight and Government Reform",
        ),
        (
            "The Senate Judiciary Subcommittee on Crime and Terrorism met.",
            "Senate Judiciary Subcommittee on Crime and Terrorism",
        ),
    ],
)
def test_a_body_on_two_fields_keeps_both_in_its_name(text, name):
    assert name in _kinds(text)


def test_a_body_on_a_field_is_an_organisation_whatever_its_last_word():
    kinds = _kinds("The Office of Congressional Complaint Review sent a letter.")
    assert kinds["Office of Congressional Complaint Review"] == "org"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials said Al Qaeda claimed the attack.", "Al Qaeda"),
        ("The attack was claimed by al-Qaeda.", "al-Qaeda"),
        ("Rockets were fired by Hamas on Monday.", "Hamas"),
        ("Islamic State fighters attacked the town.", "Islamic State"),
        ("Police said Europol made the arrests.", "Europol"),
        ("Carnival Cruise Line said the ship docked.", "Carnival Cruise Line"),
        ("Protesters with Black Lives Matter marched.", "Black Lives Matter"),
    ],
)
def test_a_well_known_body_without_a_head_word_is_an_organisation(text, name):
    assert _kinds(text)[name] == "org"


@pytest.mark.parametrize(
    "text",
    [
        "Cannon said that Black people are the true Hebrews.",
        "The gap between Black and white Americans grew. Blacks and Whites disagreed.",
        "Sanders took the stage to AC/DC's Back in Black on Monday.",
    ],
)
def test_a_race_written_with_a_capital_is_no_name(text):
    assert not {"Black", "White", "Blacks", "Whites"} & set(_kinds(text))


def test_a_race_word_is_a_surname_where_the_text_names_someone_so():
    kinds = _kinds("Conrad Black was jailed. On Monday, Black said he was pardoned.")
    assert kinds == {"Conrad Black": "person", "Black": "person"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He praised former Arizona Gov. Jan Brewer on Monday.", "Jan Brewer", "person"),
        ("said U.S. Chamber of Commerce analyst Scott Reed.", "U.S. Chamber of Commerce", "org"),
        (
            "Pence served in the U.S. House of Representatives.",
            "U.S. House of Representatives",
            "org",
        ),
        (
            "He will speak at the Republican National Convention.",
            "Republican National Convention",
            "other",
        ),
        ("She sold her story to the National Enquirer.", "National Enquirer", "org"),
        ("In an interview on Fox News Channel, he spoke.", "Fox News Channel", "org"),
        ("Migrants crossed the English Channel in boats.", "English Channel", "place"),
        ("She sold shares of Allogene Therapeutics on Friday.", "Allogene Therapeutics", "org"),
        ("He bought stock in Park Hotels & Resorts.", "Park Hotels & Resorts", "org"),
        (
            "according to the District of Columbia Board of Elections.",
            "District of Columbia Board of Elections",
            "org",
        ),
        ("Voters in Super Tuesday states went to the polls.", "Super Tuesday", "other"),
    ],
)
def test_names_a_held_out_reading_got_wrong(text, name, kind):
    assert {e.name: e.kind for e in extract_entities(text)}.get(name) == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He recused himself from Special Counsel Robert Mueller's inquiry.", "Special"),
        ("It was signed on Jan. 24 in Phoenix.", "Jan"),
        ("It came from the MCC'S video system.", "MCC'S"),
    ],
)
def test_a_title_word_a_date_and_a_shouted_possessive_are_no_names(text, absent):
    assert absent not in {e.name for e in extract_entities(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The bill passed the House on Monday and went to the Senate.", {"House", "Senate"}),
        ("Congress passed it. The Parliament voted on Friday.", {"Congress", "Parliament"}),
        ("He lives in a big house. House prices rose.", set()),
    ],
)
def test_a_chamber_named_alone_after_the_is_a_body(text, names):
    assert {e.name for e in extract_entities(text) if e.kind == "org"} == names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trump claimed on Twitter that the vote was rigged.", {"Twitter": "org"}),
        (
            "She posted the video on Facebook and Instagram.",
            {"Facebook": "org", "Instagram": "org"},
        ),
    ],
)
def test_social_platforms_are_organisations_not_places(text, found):
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in found} == found


@pytest.mark.parametrize(
    "text",
    [
        "He was pronounced dead at 11:48 p.m. MST on Monday.",
        "Despite swearing off corporate PAC money, she raised more than anyone.",
        "The panel asked for all voters' names, party IDs and addresses.",
        "Because no EMT was on duty, the agents drove him to the hospital.",
    ],
)
def test_a_time_zone_and_acronyms_used_as_common_nouns_are_no_names(text):
    assert _kinds(text) == {}


def test_new_years_eve_is_one_name_of_a_day_and_no_place():
    kinds = _kinds("It was New Year's Eve in Boston, and Christmas Eve a week before.")
    assert kinds.get("New Year's Eve") == "other"
    assert "New Year" not in kinds
    assert "Eve" not in kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mohamed El-Erian, chief economic adviser at Allianz, said stocks fell.", "Allianz"),
        (
            "Mark Simakovsky is a vice president at Beacon Global Strategies.",
            "Beacon Global Strategies",
        ),
        ("Analysts at Goldwell said the rate would hold.", "Goldwell"),
    ],
)
def test_a_role_held_at_a_name_makes_it_a_body_not_a_place(text, name):
    assert _kinds(text).get(name) == "org"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He told reporters at the Capitol on Monday that he agreed.", "Capitol"),
        ("He joined his father at Knights of Columbus fundraisers.", "Knights"),
        ("She was a resident at Lakeview when it burned.", "Lakeview"),
    ],
)
def test_people_who_are_somewhere_do_not_make_it_a_body(text, name):
    assert _kinds(text).get(name) != "org"


def test_a_surname_before_administration_is_a_president_even_in_a_pair():
    kinds = _kinds("He served in the Bush and Obama administrations, then in the Trump presidency.")
    assert kinds == {"Bush": "person", "Obama": "person", "Trump": "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Critics said Jews were targeted in the attacks.",
        "Many Central Americans came north, and Native Americans voted.",
    ],
)
def test_peoples_are_no_names(text):
    assert _kinds(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Health and Human Services Secretary Alex Azar spoke.",
            "Health and Human Services",
            "org",
        ),
        ("The U.S. Fish and Wildlife Service listed it.", "U.S. Fish and Wildlife Service", "org"),
        ("It shuts Commerce and National Park Service offices.", "National Park Service", "org"),
        ("Cooper faces Republican Lt. Gov. Dan Forest, who urged it.", "Dan Forest", "person"),
        ("Cooper faces Lieutenant Governor Dan Forest.", "Dan Forest", "person"),
        ("Students in Prince William County rallied.", "Prince William County", "place"),
        ("It met at Princess Anne Middle School.", "Princess Anne Middle School", "org"),
        (
            "Charlotte-Mecklenburg Emergency Management said in a statement it agreed.",
            "Charlotte-Mecklenburg Emergency Management",
            "org",
        ),
        ("The shares were cut by Wedbush Securities.", "Wedbush Securities", "org"),
        (
            "Trump urged a quick approval of the drug from Gilead Sciences.",
            "Gilead Sciences",
            "org",
        ),
        ("Purdue Pharma said on Monday it would pay.", "Purdue Pharma", "org"),
        ("Kushner Companies said on Monday it would pay.", "Kushner Companies", "org"),
        ("Any records are held by the National Archives, it said.", "National Archives", "org"),
    ],
)
def test_services_for_two_fields_surnames_like_head_words_and_firms_heads(text, name, kind):
    assert _kinds(text).get(name) == kind


def test_committees_for_two_fields_in_the_plural_stay_two():
    kinds = _kinds("Members of the House Intelligence and Financial Services Committees met.")
    assert "Financial Services Committees" in kinds
    assert not any(" and " in name for name in kinds)


@pytest.mark.parametrize(
    "text",
    [
        'FULL PART 1: "I am angry at myself," Michael Cohen tells the host.',
        "The FILE PHOTO shows the ferry, and the FULL STOP came later.",
        "Later - A man came. The K-12 schools closed on Monday.",
        "The vaccine went into Phase II trials, Phase III next. Covid spread fast.",
        "The mRNA vaccine uses RNA. She spoke at an HBCU on Monday.",
        "New Yorkers and Londoners stayed at home.",
    ],
)
def test_shouted_words_lone_letters_stages_diseases_and_city_peoples_are_no_names(text):
    assert set(_kinds(text)) <= {"Michael Cohen"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The New Orleans Saints won on Sunday.", "New Orleans Saints", "org"),
        ("The Kansas City Chiefs beat the Indianapolis Colts.", "Kansas City Chiefs", "org"),
        ("The Kansas City Chiefs beat the Indianapolis Colts.", "Indianapolis Colts", "org"),
        ("He spoke to students on Zoom.", "Zoom", "org"),
        ("They flew to Palm Springs and Beverly Hills.", "Palm Springs", "place"),
        ("They sailed the Florida Straits to the Isle of Palms.", "Isle of Palms", "place"),
        ("Crime fell in South Los Angeles last year.", "South Los Angeles", "place"),
    ],
)
def test_a_place_and_a_plural_after_it_is_a_team_not_a_places_own_plural_or_people(
    text, name, kind
):
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They sailed the Florida Straits to the Isle of Palms.", "Florida Straits"),
        ("Alabama Democrat Rolanda Hollis voted no.", "Alabama Democrat Rolanda Hollis"),
        ("Many New Zealanders voted on Sunday.", "New Zealanders"),
        ("Virginia Roberts said she was 17.", "Virginia Roberts"),
    ],
)
def test_a_places_plural_a_person_after_a_place_or_its_people_are_no_team(text, name):
    assert _kinds(text).get(name, "none") != "org"


def test_united_ends_a_bodys_name_and_no_before_a_figure_is_no_name():
    kinds = _kinds(
        "National Nurses United said it. Canada is the No. 1 market for Americans United."
    )
    assert kinds == {"National Nurses United": "org", "Canada": "place", "Americans United": "org"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "He told ABC News Chief Anchor George Stephanopoulos it was wrong.",
            "George Stephanopoulos",
        ),
        ("NBC Correspondent Pete Williams asked next.", "Pete Williams"),
        ("Wall Street Journal Columnist Kimberley Strassel wrote it.", "Kimberley Strassel"),
        ("ABC News Chief White House Correspondent Jonathan Karl asked.", "Jonathan Karl"),
    ],
)
def test_a_newsrooms_titles_are_no_part_of_the_name_after_them(text, person):
    kinds = _kinds(text)
    assert kinds.get(person) == "person"
    assert not any(name != person and person in name for name in kinds)
    assert kinds.get("White House") != "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Last year the Southern Poverty Law Center released emails.", "Southern Poverty Law Center", "org"),
        ("The Pew Research Center said so on Monday.", "Pew Research Center", "org"),
        ("They skated at Rockefeller Center on Monday.", "Rockefeller Center", "place"),
        ("Reid checked into Promises Treatment Center on Monday.", "Promises Treatment Center", "place"),
        ("Trump asked Kiev to investigate on Monday.", "Kiev", "place"),
        ("Officials in the USSR reacted on Monday.", "USSR", "place"),
        ("United We Dream said it supports the boycott.", "United We Dream", "org"),
    ],
)  # fmt: skip
def test_a_field_before_center_makes_a_body_and_old_capitals_and_states_are_places(
    text, name, kind
):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The TVs in Senate offices were tuned to the hearing.",
        "He spent years as a POW in Vietnam.",
        "CEOs of big banks met on Monday.",
        "They urged a boycott of the Latin American-focused food giant.",
        "The Senate-passed bill stalled on Monday.",
    ],
)
def test_plural_acronyms_a_pow_and_names_made_adjectives_are_no_names(text):
    assert not {n for n in _kinds(text) if n in ("TVs", "POW", "CEOs") or "-" in n}


def test_dems_like_democrats_is_a_party_word_and_no_name():
    assert not _kinds("If the Dems vote no, there will be a shutdown, and House Dems agree.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Jared Kushner arrived on Monday.", "Jared Kushner", "person"),
        ("The report quoted Devin Nunes at length.", "Devin Nunes", "person"),
        ("Lincoln Memorial was crowded on Monday.", "Lincoln Memorial", "other"),
        ("Del Rio was quiet on Monday.", "Del Rio", "other"),
        ("The Royal Family issued a statement.", "Royal Family", "other"),
        ("Shares of Cleveland Clinic rose.", "Cleveland Clinic", "other"),
    ],
)  # fmt: skip
def test_a_name_opening_with_a_census_given_name_is_a_person_when_nothing_says_otherwise(
    text, name, kind
):
    assert _kinds(text)[name] == kind


def test_a_title_of_a_law_is_no_place():
    kinds = _kinds("As an employer, it is subject to Title VII like other employers.")
    assert kinds["Title VII"] == "other"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("One fell in the West Virginia Senate primary on Tuesday.", "West Virginia", "place"),
        ("He won the Pennsylvania Republican Senate primary.", "Pennsylvania", "place"),
        ("The Ohio Senate passed the bill on Tuesday.", "Ohio Senate", "org"),
        ("He leads the U.S. Senate race in polls.", "U.S. Senate", "org"),
    ],
)  # fmt: skip
def test_a_states_chamber_before_a_race_word_is_the_state_and_no_body(text, name, kind):
    kinds = _kinds(text)
    assert kinds[name] == kind
    assert not {n for n in kinds if n.endswith(" Senate") and n != name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sen. Lindsey Graham (R-S.C.) spoke on Monday.", {"Lindsey Graham": "person"}),
        ("Rep. Tim Burchett, R-Tenn., agreed on Monday.", {"Tim Burchett": "person"}),
        ("He spoke in Columbia, S.C., on Monday.", {"Columbia": "place", "S.C.": "place"}),
    ],
)  # fmt: skip
def test_a_party_tags_state_is_no_name_and_a_state_after_a_city_is_a_place(text, names):
    assert _kinds(text) == names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He lost a bitter race against Democrat Stacey Abrams on Tuesday.", "Stacey Abrams", "person"),
        ("State Sen. Guy Reschenthaler, R-Jefferson Hills, won.", "Jefferson Hills", "place"),
        ("Kemp Press Secretary Candice Broce said so on Monday.", "Candice Broce", "person"),
        (
            "University of Pittsburgh Political Science Professor Kristin Kanthak spoke.",
            "University of Pittsburgh",
            "org",
        ),
        ("He resisted influence from the Trump White House on Monday.", "Trump", "person"),
        ("The Justice Manual states that it is so.", "Justice Manual", "other"),
        ("The district is dominated by Omaha and its suburbs.", "Omaha", "place"),
        ("Flynn arrived at the U.S. District courthouse on Friday.", "U.S.", "place"),
        # a party member before a name the text gives alone later
        ("He lost against Democrat Corin Laske in March. Laske won again.", "Corin Laske", "person"),
    ],
)  # fmt: skip
def test_words_glued_to_a_name_are_cut_off_and_a_names_kind_follows_its_words(text, name, kind):
    kinds = _kinds(text)
    assert kinds[name] == kind
    assert not {n for n in kinds if n != name and name in n}


@pytest.mark.parametrize(
    "text",
    [
        "This obligation flows directly from the Constitution.",
        "He ran in the 7th Congressional District on Tuesday.",
        "On D-Day, Ann Lee spoke.",
    ],
)
def test_a_document_and_a_district_without_its_number_are_no_names(text):
    assert not {n for n in _kinds(text) if n in ("Constitution", "Congressional District", "Day")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rep. Lou Varga won. Donald Marsh spoke. The loyalty won Varga Marsh's support.",
            {"Lou Varga", "Donald Marsh"},
        ),
        (
            "Cross told CNN Wright is not affiliated with any party. Richard Wright agreed.",
            {"CNN", "Richard Wright"},
        ),
    ],
)
def test_two_names_the_text_gives_in_full_elsewhere_are_no_one_person_side_by_side(text, names):
    assert {e.name for e in extract_entities(text)} == names


@pytest.mark.parametrize(
    "text",
    [
        # a given name opening a sentence is no given name: "May Alfie Evans rest in peace"
        "Tom Evans spoke. May Alfie Evans rest in peace.",
        "Donald Trump spoke. Trump Jr. spoke too.",
    ],
)
def test_a_name_and_its_family_names_stay_one_name(text):
    names = {e.name for e in extract_entities(text)}
    assert names & {"Alfie Evans", "Trump Jr"}


def test_a_cardinal_named_in_his_style_is_his_given_name_and_surname():
    [dolan] = extract_entities("The crowd shouted at Timothy Cardinal Dolan on Monday.")
    assert (dolan.text, dolan.name, dolan.kind) == (
        "Timothy Cardinal Dolan",
        "Timothy Dolan",
        "person",
    )


def test_a_transcripts_role_word_is_no_name():
    assert "BYLINE" not in _kinds("SCOTT DETROW, BYLINE: Good morning. MARTIN: Hello.")


def test_the_house_alone_is_the_chamber_not_a_short_form_of_the_white_house():
    text = "The White House said on Monday it wants a deal. The House voted on Tuesday."
    assert [e.name for e in extract_entities(text) if e.text == "House"] == ["House"]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ('Gov. C.L. "Butch" Otter is not running.', 'C.L. "Butch" Otter', "C.L. Butch Otter"),
        (
            "Sen. Charles “Chuck” Grassley spoke.",
            "Charles “Chuck” Grassley",
            "Charles Chuck Grassley",
        ),
    ],
)
def test_a_nickname_in_quote_marks_inside_a_name_is_part_of_the_name(text, written, name):
    [person] = extract_entities(text)
    assert (person.text, person.name, person.kind) == (written, name, "person")
    assert text[person.start : person.end] == person.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fox News' Bret Baier asked the question.", {"Fox News", "Bret Baier"}),
        ("The Philippines' Rodrigo Duterte spoke.", {"Philippines", "Rodrigo Duterte"}),
        ("He co-founded the House Republicans' Freedom Caucus.", {"House", "Freedom Caucus"}),
        (
            "George Soros’ Open Society Foundation paid.",
            {"George Soros", "Open Society Foundation"},
        ),
        # a plural that is the name's own word
        (
            "The White House Correspondents' Association met.",
            {"White House Correspondents' Association"},
        ),
        ("The Senate Veterans' Affairs Committee met.", {"Senate Veterans' Affairs Committee"}),
        ("The Jackson Women’s Health Organization sued.", {"Jackson Women’s Health Organization"}),
    ],
)
def test_a_plural_possessive_ends_an_owners_name_unless_it_is_the_names_own_word(text, names):
    assert {e.name for e in extract_entities(text)} == names


def test_a_family_by_its_plural_surname_is_no_name_of_its_own():
    text = "Marsh pressed Lisk until it investigated the Bidens. Joe Biden denied it."
    assert "Bidens" not in {e.name for e in extract_entities(text)}
    # a plural name with no one of that surname named in full stays a name
    assert "Hammonds" in {e.name for e in extract_entities("The Hammonds sued on Monday.")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("National Security Adviser H.R. Marsh spoke.", {"H.R. Marsh"}),
        ("Speaker Pro Tem Elijah Lind spoke.", {"Elijah Lind"}),
        ("Senior Policy Advisor Ann Lee spoke.", {"Ann Lee"}),
        # a place's prefix before a given name is no person's name
        ("St. Louis Circuit Attorney Kim Lind spoke.", {"St. Louis", "Kim Lind"}),
    ],
)
def test_titles_of_advisers_and_pro_tem_speakers_end_before_the_name(text, names):
    assert {e.name for e in extract_entities(text)} == names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("David Cole, the legal director, told USA TODAY on Monday.", "USA TODAY", "org"),
        ("Amit Narang, a policy advocate at Public Citizen, spoke on Monday.", "Public Citizen", "org"),
    ],
)  # fmt: skip
def test_an_outlet_in_capitals_and_a_body_an_advocate_works_at_are_organisations(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Officials said al Qaeda was behind the attack.", "al Qaeda", "org"),
        ("The raid that killed Osama bin Laden was in May.", "Osama bin Laden", "person"),
        ("The envoy met Khalid bin Salman on Monday.", "Khalid bin Salman", "person"),
    ],
)
def test_a_name_may_open_with_a_particle_and_a_patronym_makes_a_person(text, name, kind):
    assert _kinds(text)[name] == kind


def test_a_surname_with_its_particle_refers_to_the_name_in_full():
    text = "Mayor Bill de Blasio spoke. De Blasio said the city was safe, and de Blasio left."
    assert {e.name for e in extract_entities(text)} == {"Bill de Blasio"}
    # a European particle opens a name only where the text names the person in full
    assert _kinds("El presidente de Whitefish Energy dijo.") == {"Whitefish Energy": "org"}


def test_a_father_named_alone_is_not_his_son_by_the_patronym():
    text = "Crown Prince Mohammed bin Salman met King Salman on Monday."
    assert {e.name for e in extract_entities(text)} == {"Mohammed bin Salman", "Salman"}


@pytest.mark.parametrize(
    "text",
    [
        "He wrote in his letter to Sens. Ann Lee and Tom Rell on Monday.",
        "The plan drew fire from Reps. Ann Lee and Tom Rell on Monday.",
        "Marsh tweeted that the port is open and WOW, the ferry is back. SAD!",
        # a title alone, owning something: "the Czar's army"
        "His grandfather was conscripted into the Czar's army.",
    ],
)
def test_titles_alone_plural_abbreviations_and_shouted_interjections_are_no_names(text):
    assert not {"Sens", "Reps", "WOW", "SAD", "Czar"} & set(_kinds(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He showed animus against Islam and its followers.", "Islam"),
        ("It is a broader challenge to Obamacare, the judge said.", "Obamacare"),
        ("Cuts to Medicaid hit Port Ella first.", "Medicaid"),
    ],
)
def test_a_faith_or_a_programme_is_no_body_place_or_person(text, name):
    assert _kinds(text)[name] == "other"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Anderson was an aide to Kurt Volker until May.", "Kurt Volker", "person"),
        ("There was no reaction from Monica Lewinsky on Monday.", "Monica Lewinsky", "person"),
        # a given name alone after "to" is no place either ("from" still makes one)
        ("Children deserve better than what happened to Anthony.", "Anthony", "other"),
        ("The plant is about 23 miles from Raleigh.", "Raleigh", "place"),
        # a verb of motion before it still puts the name on the map
        ("The crews drove to Glen Ellen on Monday.", "Glen Ellen", "place"),
        ("The mayor left Gracie Mansion on Monday.", "Gracie Mansion", "place"),
    ],
)
def test_a_given_name_after_to_or_from_is_a_person_unless_one_travels_there(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It will not happen in the U.S. Not on my watch.", {"U.S."}),
        ("The ferry sailed from Lisbon to the U.K. The crew was safe.", {"Lisbon", "U.K."}),
        ("Donald Trump Jr. The son spoke.", {"Donald Trump Jr"}),
        # initials and a title's full stop still join the name after them
        ("L.A. police and the N.R.A. met Rep. Will Hurd.", {"L.A.", "N.R.A.", "Will Hurd"}),
    ],
)
def test_a_full_stop_after_an_initialism_may_end_a_sentence(text, names):
    assert {e.name for e in extract_entities(text)} == names


def test_a_presidency_named_for_a_person_does_not_take_his_surname():
    text = "Marsh tweeted about the Marsh Presidency and the Marsh Shutdown. Ivo Marsh left."
    names = {e.text: e.name for e in extract_entities(text)}
    assert names["Marsh"] == "Ivo Marsh"
    assert _kinds(text)["Marsh Shutdown"] == "other"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("It left the Port Ella-Lisk-Vell Agreement (PELVA) on Monday.", "PELVA"),
        ("It quit the Intermediate-Range Nuclear Forces (INF) treaty.", "INF"),
    ],
)
def test_an_initialism_in_brackets_is_the_name_before_it_hyphened_words_too(text, short):
    names = {e.text: e.name for e in extract_entities(text)}
    assert names[short] != short


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kay Bellor of the Lutheran Welfare and Refugee Service spoke.",
            {"Kay Bellor", "Lutheran Welfare and Refugee Service"},
        ),
        # two names side by side: each is used alone, or is a known body or place
        (
            "The White House and State Department agreed. The White House said so.",
            {"White House", "State Department"},
        ),
    ],
)
def test_and_joins_two_fields_of_one_body_whose_head_follows(text, names):
    assert {e.name for e in extract_entities(text)} == names


@pytest.mark.parametrize(
    "text",
    ["According to a study in The Lancet, it began in May.", "He wrote in The Atlantic on Monday."],
)
def test_a_name_that_keeps_its_the_is_no_place_unless_a_known_one(text):
    assert set(_kinds(text).values()) == {"org"}


def test_a_forum_is_a_body_not_the_place_one_speaks_at():
    kinds = _kinds("He spoke at the World Harbour Forum in Davos on Monday.")
    assert kinds["World Harbour Forum"] == "org"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He then asked Marine Gen. Ivo Marsh, the chairman, to speak.", {"Ivo Marsh"}),
        ("Marine Le Pen said France must leave.", {"Marine Le Pen", "France"}),
    ],
)
def test_a_marine_rank_is_a_title_and_marine_a_given_name_before_a_surname(text, names):
    assert {e.name for e in extract_entities(text)} == names


def test_a_short_word_shouted_alone_is_no_acronym_but_a_short_acronym_stays():
    text = "Now is NOT the time, he wrote. The WHO and ICE agreed. DRAIN THE SWAMP!"
    assert {e.name for e in extract_entities(text)} == {"WHO", "ICE"}


def test_common_words_shouted_in_a_line_in_lower_case_are_no_names():
    text = (
        "Ivo Marsh wrote: They BROKE INTO AN ATTORNEY’S OFFICE! I have GREAT confidence in MY "
        "intelligence people. SCOOP: the FBI and NATO met.\n"
        "It was a great scoop about the office of an attorney."
    )
    assert {e.name for e in extract_entities(text)} == {"Ivo Marsh", "FBI", "NATO"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards (found before too; each fails without its exception in the rule): a
        # known place with "and" in it
        ("Troops left BOSNIA AND HERZEGOVINA, the minister said.", "BOSNIA AND HERZEGOVINA"),
        # an acronym that spells a word the text writes in lower case, before "Act"
        ("The HEROES Act passed; its heroes are nurses.", "HEROES Act"),
    ],
)
def test_names_in_capitals_that_are_no_shouting_stay(text, name):
    assert name in {e.name for e in extract_entities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers met in Washington, D.C. on Monday.",
        "Lawmakers met in Washington D.C. on Monday.",
        "Lawmakers met in Washington DC on Monday.",
        "Lawmakers met in D.C. on Monday.",
        "Lawmakers flew to Washington, DC.",
    ],
)
def test_the_district_by_its_initials_is_the_one_place_washington(text):
    assert [(e.name, e.kind) for e in extract_entities(text)] == [("Washington", "place")]


def test_chiefs_of_staff_is_one_body_and_a_team_of_a_league_is_not_joined():
    kinds = _kinds(
        "The Joint Chiefs of Staff met. The International Association of Chiefs of Police "
        "agreed. The Kansas City Chiefs of the NFL won."
    )
    assert kinds == {
        "Joint Chiefs of Staff": "org",
        "International Association of Chiefs of Police": "org",
        "Kansas City Chiefs": "org",
        "NFL": "org",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Harbour Airlines CEO said fares would rise.", {"Harbour Airlines"}),
        ("The Health and Safety Services Secretary said so.", {"Health and Safety Services"}),
        (
            "The Joint Chiefs of Staff met. The Joint Chiefs of Staff Chairman said so.",
            {"Joint Chiefs of Staff"},
        ),
        # a title that ends a body's own name stays in it (guard: kept before too)
        ("The Office of the Solicitor General said so.", {"Office of the Solicitor General"}),
        ("He spoke at the University of Notre Dame.", {"University of Notre Dame"}),
        ("The Department of Justice said so.", {"Department of Justice"}),
    ],
)
def test_a_title_after_a_body_with_no_name_after_it_leaves_the_body(text, names):
    assert {e.name for e in extract_entities(text)} == names


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_party_tag_with_a_hyphen_or_an_en_dash_names_no_state_of_its_own(dash):
    text = f"Sen. Ann Lee (D{dash}Calif.) and Sen. Ivo Marsh (R{dash}Utah) agreed."
    assert {e.name for e in extract_entities(text)} == {"Ann Lee", "Ivo Marsh"}


def test_a_verb_opening_a_sentence_before_a_surname_is_no_part_of_the_name():
    text = (
        "Roger Marsh was freed on Friday. Sparing Marsh fits the story. Pardoning Marsh "
        "would cost votes. Sterling Hale, a friend, agreed."
    )
    names = [(e.text, e.name) for e in extract_entities(text)]
    assert ("Marsh", "Roger Marsh") in names
    assert ("Sterling Hale", "Sterling Hale") in names
    assert not [t for t, _ in names if t.endswith("ing Marsh")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He gave an Oval Office address on Monday.", "Oval Office", "place"),
        ("Republicans on Capitol Hill seized on it.", "Capitol Hill", "place"),
        ("The crowd marched to the Capitol on Monday.", "Capitol", "place"),  # guard
        ("He said in a statement to Reuters that it was over.", "Reuters", "org"),
        ("As first reported by Politico, the talks ended.", "Politico", "org"),
    ],
)
def test_landmarks_are_places_and_wires_bodies(text, name, kind):
    assert _kinds(text)[name] == kind


def test_potus_is_a_title_and_a_partys_congress_is_congress():
    text = (
        "POTUS is now giving them another chance. He had a Republican Congress willing to "
        "roll over, and the Republican Party agreed."
    )
    assert _kinds(text) == {"Congress": "org", "Republican Party": "org"}


def test_the_hill_alone_is_capitol_hill_and_a_surname_hill_stays_a_person():
    text = "Lawmakers on Capitol Hill met. Some on the Hill worry."
    names = {(e.text, e.name, e.kind) for e in extract_entities(text)}
    assert ("Hill", "Capitol Hill", "place") in names
    # guard (so before too): the surname of a person named in full is hers
    text = "Rep. Ann Hill spoke on Capitol Hill. Hill said she would stay."
    names = {(e.text, e.name, e.kind) for e in extract_entities(text)}
    assert ("Hill", "Ann Hill", "person") in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Homeland Security Secretary Kirstjen Nielsen toured the port.",
            {"Homeland Security": "org", "Kirstjen Nielsen": "person"},
        ),
        (
            "U.S. Homeland Security Secretary Kirstjen Nielsen toured the port.",
            {"U.S. Homeland Security": "org", "Kirstjen Nielsen": "person"},
        ),
        (
            "The report came from the Office of the Director of National Intelligence.",
            {"Office of the Director of National Intelligence": "org"},
        ),
        ("The fine levied against Google in 2012 was far smaller.", {"Google": "org"}),
        ("A Quinnipiac poll of the port's voters found the same.", {"Quinnipiac": "org"}),
    ],
)
def test_a_department_before_a_title_and_known_companies_are_bodies(text, expected):
    assert _kinds(text) == expected


def test_a_presidents_slogans_name_no_body():
    text = (
        "The mayor called it another story by the Fake News Media and a Witch Hunt, one "
        "that Fake Media will not follow."
    )
    assert _kinds(text) == {
        "Fake News Media": "other",
        "Witch Hunt": "other",
        "Fake Media": "other",
    }


def test_a_storms_category_a_new_year_a_centre_of_a_field_and_a_hosts_name():
    kinds = _kinds(
        "The storm could reach Category 4 by Friday. Before New Years, the National "
        "Counterterrorism Center spoke at a CNN-hosted town hall."
    )
    assert kinds == {
        "New Years": "other",
        "National Counterterrorism Center": "org",
        "CNN": "org",
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a word that opens a clause, not the name after it
        ("Whatever Marsh's goal was, the effect was clear.", {"Marsh": "other"}),
        # an acronym and a noun in one modifier: the acronym
        ("It hired a GOP-opposition firm, and NATO-style drills.", {"GOP": "org", "NATO": "org"}),
        # a party before a surname the text gives in full, or before a federal body
        (
            "Elijah Cummings spoke first. Democrat Cummings said the panel would vote.",
            {"Elijah Cummings": "person", "Cummings": "person"},
        ),
        (
            "Republican Federal Communications Commission Chairman Ajit Pai voted no.",
            {"Federal Communications Commission": "org", "Ajit Pai": "person"},
        ),
        # guards: a party's own body, and a street named like a party member
        ("The Republican National Committee met.", {"Republican National Committee": "org"}),
        (
            "John Street and Independent Street were closed in Belfast.",
            {"John Street": "place", "Independent Street": "place", "Belfast": "place"},
        ),
    ],
)
def test_a_clause_opener_a_modifiers_noun_and_a_party_label_are_no_part_of_a_name(text, kinds):
    assert _kinds(text) == kinds


def test_a_chamber_after_an_article_and_a_compound_modifier_is_named():
    kinds = _kinds("A GOP-controlled House passed it, and the Democratic-led Senate did not.")
    assert kinds == {"GOP": "org", "House": "org", "Senate": "org"}


def test_an_initialism_spelt_with_an_i_or_an_a_is_whole():
    # "I" and "A" alone are a pronoun and an article, not inside "F.B.I." or "C.I.A."
    kinds = _kinds("The F.B.I. and the C.I.A. disagreed. The F.B.I.’s chief left.")
    assert kinds == {"F.B.I.": "org", "C.I.A.": "org"}


def test_an_initialism_spelt_with_full_stops_that_names_nothing_is_no_name():
    assert _kinds("R.I.P. net neutrality, wrote a user at 9 A.M. in Lisk.") == {"Lisk": "place"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a body named for a country speaks as a body
        (
            "Harbour Pro-Choice America said the repeal was wrong.",
            {"Harbour Pro-Choice America": "org"},
        ),
        # a holiday is no place to be at
        ("Why is the repeal being rolled out at Thanksgiving?", {}),
        # a compound modifier is no name
        ("The rule would handcuff Democratic-governed states and cities.", {}),
        # a name before "stores" is the company that owns them
        ("The group held a protest at Harbex stores in Lisk.", {"Harbex": "org", "Lisk": "place"}),
    ],
)
def test_a_body_named_for_a_country_a_holiday_a_modifier_and_a_chain_of_stores(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "body",
    [
        "Lisk Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "Lisk Committee on Commerce, Science, and Transportation",  # a serial comma
        "Lisk Center for Strategic and International Studies",
    ],
)
def test_a_bodys_fields_listed_with_commas_are_one_name(body):
    assert _kinds(f"John Marsh of the {body} spoke, and Ann Lee left.") == {
        "John Marsh": "person",
        body: "org",
        "Ann Lee": "person",
    }


def test_a_comma_then_and_after_a_bodys_one_field_ends_the_body():
    kinds = _kinds("The Department of Justice, and Labor Secretary Ann Lee, said so.")
    assert kinds == {"Department of Justice": "org", "Ann Lee": "person"}


def test_a_school_district_is_a_body_not_a_place():
    kinds = _kinds(
        "He leads Santa Fe ISD. The Santa Fe Independent School District closed its schools."
    )
    assert kinds == {"Santa Fe ISD": "org", "Santa Fe Independent School District": "org"}


def test_a_plural_title_a_party_before_a_given_name_and_a_family_are_no_part_of_names():
    kinds = _kinds(
        "Justices John Marsh and Ann Lee dissented. Mary Lisk hugged his wife and Democrat "
        "Hillary, and spent the day with the Lisks and the Marshes."
    )
    assert kinds == {
        "John Marsh": "person",
        "Ann Lee": "person",
        "Mary Lisk": "person",
        "Hillary": "other",
    }


def test_a_delegate_is_a_title_before_the_name():
    assert _kinds("It had the support of Delegate Ann Lee Marsh, who spoke.") == {
        "Ann Lee Marsh": "person"
    }


def test_a_company_named_alone_is_a_body_wherever_it_stands():
    kinds = _kinds("Shoes from Nike and Reebok were burned in Ohio after the ad ran.")
    assert kinds == {"Nike": "org", "Reebok": "org", "Ohio": "place"}


def test_a_party_label_between_a_title_and_a_name_is_no_part_of_it():
    kinds = _kinds("Former Senate Majority Leader Republican Bill Marsh spoke on Monday.")
    assert kinds == {"Bill Marsh": "person"}


def test_a_war_with_its_number_and_a_fire_named_for_a_spot_are_events():
    kinds = _kinds(
        "He flew in World War Two. Two died in the Tubbs Fire near Lisk. "
        "Crews came from London Fire and Rescue."
    )
    assert kinds["World War Two"] == "other"
    assert kinds["Tubbs Fire"] == "other"
    assert kinds.get("London Fire") != "other"


def test_a_group_noun_before_a_name_makes_it_a_body_unless_a_clause_or_a_person_follows():
    assert _kinds("said Dana Brel, co-founder of the peace group Lisk Pink.")["Lisk Pink"] == "org"
    clause = _kinds("He knew the organization Marsh was affiliated with at Lisk University.")
    assert clause.get("Marsh") != "org"
    envoy = _kinds("The envoy to the coalition Brett Marsh said troops would stay.")
    assert envoy.get("Brett Marsh") == "person"


def test_a_wires_instrument_codes_are_no_names_but_an_acronym_in_brackets_stays():
    kinds = _kinds(
        "Shares of Lisk Pharma (LSKP.S) fell and Marsh Inc (MRSH.N) rose. "
        "The healthcare index .SPXHC rose. Port Ella Customs Enforcement (PECE) said."
    )
    assert not {"LSKP", "MRSH", "SPXHC"} & kinds.keys()
    texts = {e.text for e in extract_entities("Port Ella Customs Enforcement (PECE) said.")}
    assert "PECE" in texts


def test_crown_before_prince_is_part_of_the_title():
    kinds = _kinds("Lisk's Crown Prince Ivo bin Marsh sent the file, Crown Prince Ivo said.")
    assert not any(name.startswith(("Crown", "Lisk Crown")) for name in kinds)
    assert kinds["Ivo bin Marsh"] == "person"


def test_a_bodys_field_before_a_title_stays_the_bodys_and_administrator_is_a_title():
    kinds = _kinds(
        "Lisk Department of Health Secretary Ivo Marsh wrote. Centers for Medicare and "
        "Medicaid Services Administrator Dana Brel agreed."
    )
    assert kinds["Lisk Department of Health"] == "org"
    assert kinds["Ivo Marsh"] == kinds["Dana Brel"] == "person"
    assert kinds["Centers for Medicare and Medicaid Services"] == "org"


def test_a_stock_market_is_a_company_the_dmz_a_place_bitcoin_a_thing_brothers_people():
    kinds = _kinds(
        "Shares fell on the Lisk Stock Market. They met at the DMZ. Drops in Bitcoin hit "
        "prices. Flight is credited to the Marsh brothers in 1903."
    )
    assert kinds["Lisk Stock Market"] == "org"
    assert kinds["DMZ"] == "place"
    assert kinds["Bitcoin"] == "other"
    assert kinds["Marsh"] == "person"


def test_a_name_without_its_accents_is_the_name_written_with_them():
    names = {
        e.name
        for e in extract_entities(
            "President Andr\u00e9s Manuel L\u00f3pez Marsh spoke. Lopez Marsh said no."
        )
    }
    assert names == {"Andr\u00e9s Manuel L\u00f3pez Marsh"}


@pytest.mark.parametrize(
    "text",
    [
        "It grants absolute immunity from Congressional subpoenas.",
        "The takeaway from 250 years of history is that Presidents are not kings, she wrote.",
        "It was a breakaway Mormon community.",
        "\u201cWTF I love it now,\u201d he tweeted, vowing to wage WAR on the gangs.",
    ],
)
def test_a_lone_adjective_an_office_in_the_plural_or_a_shouted_word_is_no_name(text):
    assert extract_entities(text) == ()


def test_an_adjective_opening_a_bodys_name_and_a_team_in_the_plural_stay_names():
    kinds = _kinds(
        "The Congressional Budget Office scored it. The Chiefs beat the Colts in Queens."
    )
    assert kinds["Congressional Budget Office"] == "org"
    assert "Chiefs" in kinds
    assert "Queens" in kinds


def test_a_publication_one_writes_in_is_an_organisation_not_the_ocean():
    kinds = _kinds(
        "Ivo Marsh wrote in the Atlantic that the vote was rushed. Ships sailed in the Baltic."
    )
    assert kinds["Atlantic"] == "org"
    assert kinds["Baltic"] == "place"


def test_an_appeals_court_keeps_its_circuit_and_a_campus_its_city():
    kinds = _kinds(
        "The U.S. Court of Appeals for the District of Columbia Circuit ruled. The Court of "
        "Appeals for the 9th Circuit agreed. Ivo Marsh of the University of California, Los "
        "Angeles, said so, and Dana Brel of the University of Nevada, Reno, agreed."
    )
    assert kinds["U.S. Court of Appeals for the District of Columbia Circuit"] == "org"
    assert kinds["Court of Appeals for the 9th Circuit"] == "org"
    assert kinds["University of California, Los Angeles"] == "org"
    assert kinds["University of Nevada, Reno"] == "org"
    assert "Los Angeles" not in kinds
    assert "District of Columbia Circuit" not in kinds


def test_a_surname_with_a_particle_after_a_bodys_role_keeps_its_given_name():
    kinds = _kinds(
        "It came from UN High Commissioner for Human Rights Zeid Ra'ad al-Pesk, who condemned it."
    )
    assert kinds["Zeid Ra'ad al-Pesk"] == "person"


def test_two_places_joined_by_a_hyphen_are_two_places_unless_a_name_goes_on():
    kinds = _kinds(
        "Troops at the Gaza-Israel border fired. India-Pakistan talks resumed. The "
        "China-Pakistan Economic Corridor grew. She teaches at the University of "
        "Wisconsin-Milwaukee. A Guinea-Bissau team won."
    )
    assert kinds["Gaza"] == kinds["Israel"] == kinds["India"] == "place"
    assert "Gaza-Israel" not in kinds
    assert "China-Pakistan Economic Corridor" in kinds
    assert "University of Wisconsin-Milwaukee" in kinds
    assert "Guinea-Bissau" in kinds


def test_an_adjective_made_of_a_name_a_drug_and_a_movement_of_a_party():
    kinds = _kinds(
        "It is Orwellian doublethink. THC levels rose. Abbas's rival Fatah movement spoke."
    )
    assert "Orwellian" not in kinds
    assert "THC" not in kinds
    assert kinds["Fatah"] == "org"


def test_an_advocacy_group_named_for_a_woman_or_a_cause_is_an_organisation():
    kinds = _kinds(
        "Ivo Marsh of the Susan B. Anthony List said so. Americans United for Life praised "
        "it, and Americans for Prosperity paid for ads."
    )
    assert kinds["Susan B. Anthony List"] == "org"
    assert kinds["Americans United for Life"] == "org"
    assert kinds["Americans for Prosperity"] == "org"


def test_a_name_before_a_participle_of_feeling_is_the_name_and_plural_bodies_are_none():
    text = (
        "Members in Brel-supporting districts and Haxby-bashing pundits met on Monday. The"
        " order would keep the Committees and Departments from seeing the files."
    )
    names = [e.text for e in extract_entities(text)]
    assert "Brel" in names
    assert "Haxby" in names
    assert not [n for n in names if "-" in n or n in {"Committees", "Departments"}]


def test_a_state_university_s_campus_after_at_is_part_of_its_name_and_a_title_after_is_not():
    text = (
        "Researchers at the University of California at Irvine and the Icahn School of"
        " Medicine at Mount Sinai agreed. University of Texas at Austin President Ann Lee said"
        " so."
    )
    names = [(e.text, e.kind) for e in extract_entities(text)]
    assert ("University of California at Irvine", "org") in names
    assert ("Icahn School of Medicine at Mount Sinai", "org") in names
    assert ("University of Texas at Austin", "org") in names
    assert ("Ann Lee", "person") in names


def test_a_chief_officer_s_title_is_no_name_and_a_maker_before_a_participle_is_the_name():
    text = (
        "The letter was signed by Chief Operating Officer Ivo Brel and Chief Financial Officer"
        " Lena Haxby. It ended control of the Brel-created agency."
    )
    names = [(e.text, e.kind) for e in extract_entities(text)]
    assert [n for n, _ in names if n in {"Operating", "Financial"}] == []
    assert "Brel" in [n for n, _ in names]
    assert not [n for n, _ in names if "-" in n]


def test_the_place_after_a_speaker_s_name_is_not_the_speaker():
    text = (
        '"We have had no sleep," Senate Minority Leader Lena Haxby of La Crosse said on'
        " Monday. Assembly Speaker Ivo Brel of Rochester told reporters no."
    )
    kinds = {e.text: e.kind for e in extract_entities(text)}
    assert kinds["Lena Haxby"] == "person"
    assert kinds["La Crosse"] != "person"


def test_a_region_s_a_people_s_or_a_language_s_adjective_is_no_name():
    text = (
        "Republican-controlled Midwestern states passed it. He was linked to Chechnyan rebels."
        " My daughters go to Hebrew school in Port Ella."
    )
    names = [e.text for e in extract_entities(text)]
    assert not {"Midwestern", "Chechnyan", "Hebrew"} & set(names)
    assert "Port Ella" in names


def test_a_platform_a_story_names_alone_is_an_organisation_not_a_place():
    kinds = {
        e.text: e.kind for e in extract_entities("The show was pulled from Spotify and Vimeo.")
    }
    assert kinds == {"Spotify": "org", "Vimeo": "org"}


def test_a_place_s_people_after_its_name_and_a_spaced_hashtag_are_no_part_of_a_name():
    text = (
        "West Bank Palestinians are subject to military law. The law hurts Native Americans."
        ' "My thoughts are with the victims # PortElla," Lee tweeted.'
    )
    names = {e.text: e.kind for e in extract_entities(text)}
    assert names.get("West Bank") == "place"
    assert "PortElla" not in names
    assert "West Bank Palestinians" not in names
    # a people's name with no place before it stays whole ("Native" is no place)
    assert "Native" not in names


def test_a_name_before_daily_or_magazine_is_a_publication_but_not_before_another_name():
    kinds = _kinds(
        "A columnist in the Ella Vesti daily wrote that Port Watch magazine had it wrong. "
        "The story first ran in the Vell tabloid the Harbour Gazette on Monday."
    )
    assert (kinds["Ella Vesti"], kinds["Port Watch"], kinds["Harbour Gazette"]) == ("org",) * 3
    assert kinds["Vell"] != "org"


def test_a_brigadier_s_rank_is_no_part_of_his_name():
    names = [
        (e.text, e.kind)
        for e in extract_entities(
            "Armed forces spokesman Brigadier General Ivo Marsh denied the claims on Friday."
        )
    ]
    assert names == [("Ivo Marsh", "person")]


def test_a_house_of_delegates_is_a_body():
    assert _kinds("Justices were impeached by the Valdora House of Delegates on Monday.") == {
        "Valdora House of Delegates": "org"
    }
