from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff import ConfigError, FieldMap, InputError, read
from storydiff.ingest import parse_published

STORY = "A ferry ran aground off Port Ella on Sunday with around 40 passengers on board."


def test_txt_first_line_is_title_and_id_comes_from_path(tmp_path, write):
    write("sub/ferry.txt", f"Ferry aground\n\n{STORY}\n")
    result = read(tmp_path)
    (art,) = result.articles
    assert art.id == "sub/ferry"
    assert art.title == "Ferry aground"
    assert art.text == STORY
    assert art.raw_sha256


def test_markdown_heading_marker_is_not_part_of_title(write):
    path = write("a.md", f"# Ferry aground\n\n{STORY}")
    assert read(path).articles[0].title == "Ferry aground"


def test_directories_are_read_recursively_in_sorted_order(tmp_path, write):
    write("b.txt", f"B\n\n{STORY} b")
    write("a/c.txt", f"C\n\n{STORY} c")
    write("a.txt", f"A\n\n{STORY} a")
    assert [a.id for a in read(tmp_path).articles] == ["a", "a/c", "b"]


def test_html_page_gives_text_title_date_site_and_author(write):
    page = """<html><head><title>Ferry aground | Courier</title>
    <meta property="og:site_name" content="Harbour Courier">
    <meta property="og:title" content="Ferry aground off Port Ella">
    <meta property="article:published_time" content="2026-03-01T06:00:00+02:00">
    <meta name="author" content="Ana Brel"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Ferry aground off Port Ella</h1>
    <p>A ferry ran aground off Port Ella early on Sunday with around 40 passengers on board,
    the coastguard said in a statement issued before dawn.</p>
    <p>"Everyone is safe and accounted for," coastguard chief Ana Brel told reporters at the
    harbour, adding that the vessel would be towed to port on Monday.</p>
    <p>The operator said an inquiry into the grounding would begin next week.</p>
    </article><footer>© 2026 Harbour Courier</footer></body></html>"""
    art = read(write("ferry.html", page)).articles[0]
    assert art.id == "ferry"
    assert "around 40 passengers" in art.text
    assert "Home" not in art.text
    assert art.title == "Ferry aground off Port Ella"
    assert art.source == "Harbour Courier"
    assert art.published is not None
    assert art.published.isoformat() == "2026-03-01T04:00:00+00:00"  # time of day kept
    assert art.author == "Ana Brel"


def test_jsonl_records_and_field_mapping(write):
    lines = [
        {"uid": "x1", "headline": "Ferry aground", "body": STORY, "when": "2026-03-01"},
        {"uid": "x2", "headline": "Strike", "body": "Dockers walked out at Port Ella on Monday."},
    ]
    path = write("feed.jsonl", "\n".join(json.dumps(r) for r in lines))
    fields = FieldMap(id="uid", title="headline", text="body", published="when")
    arts = read(path, fields=fields).articles
    assert [a.id for a in arts] == ["x1", "x2"]
    assert arts[0].title == "Ferry aground"
    assert arts[0].published is not None
    assert arts[0].origin.endswith("feed.jsonl:1")


def test_fields_other_scrapers_name_differently_are_found_without_mapping(write):
    lines = [
        # news-please / RSS style names
        {
            "headline": "Ferry aground",
            "maintext": STORY,
            "date_publish": "2026-03-01 10:00:00",
            "link": "https://example.org/f",
            "outlet": "Harbour News",
        },
        # "text" is preferred to "body" when a record has both
        {"title": "Strike", "text": "Dockers walked out at Port Ella.", "body": "Other words."},
    ]
    path = write("feed.jsonl", "\n".join(json.dumps(r) for r in lines))
    first, second = read(path).articles
    assert (first.title, first.url, first.source) == (
        "Ferry aground",
        "https://example.org/f",
        "Harbour News",
    )
    assert first.published is not None
    assert first.published.day == 1
    assert second.text == "Dockers walked out at Port Ella."


def test_another_name_is_read_when_the_field_is_blank_and_only_if_it_holds_text(write):
    header = "id,title,headline,text,body,published,date\n"
    path = write("feed.csv", header + f'a,,Ferry aground,,"{STORY}",,2026-03-01\n')
    (art,) = read(path).articles
    assert (art.title, art.text, art.published.day) == ("Ferry aground", STORY, 1)
    lines = [
        {"id": "b", "text": STORY, "headline": {"main": "x"}, "date": 20200105},
        {"id": "c", "content": ["a", "list"]},
    ]
    path = write("feed.jsonl", "\n".join(json.dumps(r) for r in lines))
    result = read(path)
    assert [(a.id, a.title, a.published) for a in result.articles] == [("b", "", None)]
    assert "no 'text' or 'body'" in str(result.problems[0])


def test_a_field_named_explicitly_is_the_only_one_looked_for(write):
    path = write("feed.jsonl", json.dumps({"body": STORY, "date": "not a date"}) + "\n")
    result = read(path, fields=FieldMap(text="story"))
    assert result.articles == ()
    assert "no 'story' field" in str(result.problems[0])
    # with the default names, "body" is the text and the bad "date" is named in the warning
    result = read(path)
    assert [a.text for a in result.articles] == [STORY]
    assert "in field 'date'" in str(result.problems[0])


def test_json_array_is_read(write):
    path = write(
        "arr.json", json.dumps([{"id": "a", "text": STORY}, {"id": "b", "text": STORY + " b"}])
    )
    assert [a.id for a in read(path).articles] == ["a", "b"]


def test_records_without_id_get_a_stable_id_from_file_and_line(write):
    path = write(
        "feed.jsonl", json.dumps({"text": STORY}) + "\n\n" + json.dumps({"text": STORY + "!"})
    )
    assert [a.id for a in read(path).articles] == ["feed:1", "feed:3"]


def test_malformed_json_line_is_named_and_the_rest_is_read(write):
    path = write(
        "feed.jsonl",
        json.dumps({"id": "a", "text": STORY})
        + "\n{oops\n"
        + json.dumps({"id": "b", "text": STORY + " b"}),
    )
    result = read(path)
    assert [a.id for a in result.articles] == ["a", "b"]
    (problem,) = result.problems
    assert problem.line == 2
    assert "feed.jsonl:2" in str(problem)
    assert "malformed JSON" in problem.message


def test_csv_and_tsv_rows_with_a_bad_row_named(write):
    path = write(
        "a.csv", f'id,title,text\n1,Ferry,"{STORY}"\n2,Broken\n3,Strike,"Dockers walked out."\n'
    )
    result = read(path)
    assert [a.id for a in result.articles] == ["1", "3"]
    assert result.problems[0].line == 3
    assert "fields" in result.problems[0].message
    tsv = write("b.tsv", f"id\ttext\nt1\t{STORY}\n")
    assert read(tsv).articles[0].id == "t1"


def test_a_paragraph_separator_splits_one_line_scrapes_into_paragraphs(write):
    # a scrape that keeps a page's paragraphs on one line, joined by " ### "
    page = (
        "Ferry aground off Port Ella ### By Ann Lee, Coast News ### "
        "Updated 6:35 PM ET, Sun March 1, 2026 ### " + STORY + " ### "
        "Rescuers reached the ship within an hour. ### Advertisement"
    )
    path = write("scrape.csv", "id,text\n" + "1," + json.dumps(page) + "\n")
    plain = read(path).articles[0]
    assert plain.text == page  # one paragraph: nothing looks like debris
    assert plain.removed == ()
    (art,) = read(path, fields=FieldMap(paragraph_separator=" ### ")).articles
    assert art.text.split("\n\n") == [STORY, "Rescuers reached the ship within an hour."]
    assert art.subheads == ("Ferry aground off Port Ella",)  # a short line before the story
    assert [r.kind for r in art.removed] == ["subhead", "byline", "timestamp", "boilerplate"]
    assert art.author == "Ann Lee, Coast News"


HEADLINE = "Ferry with 40 on board runs aground off Port Ella"


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # the headline a scraped page opens with becomes the title
        (f"{HEADLINE}\n\n{STORY}", HEADLINE, STORY),
        # a first paragraph that is a sentence stays in the body
        (f"{STORY}\n\nRescuers reached the ship.", "", f"{STORY}\n\nRescuers reached the ship."),
        # a hard-wrapped first sentence is no headline
        (
            f"A ferry ran aground off Port Ella\non Sunday morning\n\n{STORY}",
            "",
            f"A ferry ran aground off Port Ella\non Sunday morning\n\n{STORY}",
        ),
        # nor a line the next paragraph continues in lower case
        (f"{HEADLINE}\n\nand then {STORY}", "", f"{HEADLINE}\n\nand then {STORY}"),
        # a short first line is more often a site name than the headline
        (f"Coast News\n\n{STORY}\n\nRescuers came.", "", f"{STORY}\n\nRescuers came."),
        # a lone paragraph is the story
        (HEADLINE, "", HEADLINE),
    ],
)
def test_a_record_without_a_title_takes_the_headline_its_text_opens_with(write, text, title, body):
    path = write("feed.jsonl", json.dumps({"id": "a", "text": text}) + "\n")
    (art,) = read(path).articles
    assert (art.title, art.text) == (title, body)


def test_a_given_title_sets_the_opening_headline_aside_as_a_standfirst(write):
    text = f"{HEADLINE}\n\n{STORY}"
    path = write("feed.jsonl", json.dumps({"id": "a", "title": "Aground", "text": text}) + "\n")
    (art,) = read(path).articles
    assert (art.title, art.text, art.subheads) == ("Aground", STORY, (HEADLINE,))
    assert [(r.kind, r.text, r.line) for r in art.removed] == [("subhead", HEADLINE, 1)]
    path = write("bare.jsonl", json.dumps({"id": "b", "text": text}) + "\n")
    (kept,) = read(path, keep_debris=True).articles
    assert (kept.title, kept.text) == ("", text)


@pytest.mark.parametrize(
    "first",
    [
        "Ferry runs aground off Port Ella",  # six words: more often a site's name or a menu
        "By Ann Lee and Tom Hart of the Coast News",  # a byline
        "“We have never seen a ferry run aground here”",  # a quote standing alone
        "A ferry ran aground off Port Ella on Sunday.",  # a sentence
    ],
)
def test_an_opening_line_that_is_no_standfirst_stays_in_the_body(write, first):
    text = f"{first}\n\n{STORY}"
    path = write("feed.jsonl", json.dumps({"id": "a", "title": "Aground", "text": text}) + "\n")
    (art,) = read(path).articles
    assert art.text.startswith(first[:20])
    assert art.subheads == ()


def test_a_standfirst_needs_a_sentence_after_it(write):
    text = f"{HEADLINE}\n\nRescue boats on their way\n\n{STORY}"
    path = write("feed.jsonl", json.dumps({"id": "a", "title": "Aground", "text": text}) + "\n")
    (art,) = read(path).articles
    assert art.text.startswith(HEADLINE)


def test_a_record_whose_text_repeats_its_title_first_loses_the_repeat(write):
    # the same page with and without its title field reads as the same body
    text = f"{HEADLINE}\n\n{STORY}"
    path = write("feed.jsonl", json.dumps({"id": "a", "title": HEADLINE.upper(), "text": text}))
    (titled,) = read(path).articles
    (untitled,) = read(write("bare.jsonl", json.dumps({"id": "b", "text": text}))).articles
    assert titled.text == untitled.text == STORY
    assert untitled.title == HEADLINE


def test_only_records_take_a_headline_from_their_text(write):
    sgml = (
        '<REUTERS NEWID="9"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>'
        "<BODY>Qtly dividend of 22 cts against 20 cts prior declared\n"
        "    Payable March 27 to shareholders of record March 18, the company said.\n"
        " Reuter\n</BODY></TEXT></REUTERS>"
    )
    (art,) = read(write("r.sgm", sgml)).articles
    assert art.title == ""
    assert art.text.startswith("Qtly dividend of 22 cts")
    # nor does a wire's own file open with a standfirst: its first line may be a table's row
    titled = sgml.replace("<TEXT>", "<TEXT><TITLE>ACME SETS PAYOUT</TITLE>")
    (art,) = read(write("t.sgm", titled)).articles
    assert art.title == "ACME SETS PAYOUT"
    assert art.text.startswith("Qtly dividend of 22 cts")


def test_a_white_space_paragraph_separator_is_refused():
    with pytest.raises(ConfigError, match="paragraph_separator"):
        FieldMap(paragraph_separator=" ")


def test_reuters_sgml_is_read_and_unwrapped(write):
    sgml = (
        '<REUTERS TOPICS="YES" NEWID="7">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n'
        "<TEXT>&#2;\n<TITLE>BAHIA COCOA REVIEW</TITLE>\n<BODY>Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought &lt;since> early\nJanuary.\n"
        "    Arrivals were 1,000 bags.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        '<REUTERS NEWID="8"><TEXT><TITLE>NO BODY</TITLE></TEXT></REUTERS>'
    )
    result = read(write("r.sgm", sgml.encode("latin-1")))
    (art,) = result.articles
    assert art.id == "reuters-7"
    assert art.title == "BAHIA COCOA REVIEW"
    assert art.text.startswith("Showers continued throughout the week in the Bahia cocoa zone")
    assert "<since>" in art.text
    assert "Reuter" not in art.text
    assert art.published is not None
    assert art.published.day == 26
    assert result.problems[0].severity == "warning"


def test_stdin_dash_reads_jsonl():
    stdin = io.StringIO(json.dumps({"id": "s1", "text": STORY}) + "\n")
    assert read("-", stdin=stdin).articles[0].id == "s1"


def test_latin1_text_is_detected_and_decoded(write):
    text = (
        "Café owner says Port Ella ferry was late again on Sunday morning, après the storm passed."
    )
    path = write("latin.txt", ("Titre\n\n" + text).encode("cp1252"))
    art = read(path).articles[0]
    assert "Café" in art.text


def test_binary_file_is_a_problem_naming_it(write):
    path = write("blob.txt", b"\x00\x01\x02\xff" * 200)
    result = read(path)
    assert result.articles == ()
    assert "blob.txt" in str(result.problems[0])
    assert "binary" in result.problems[0].message


def test_empty_article_and_unknown_format_are_reported(write, tmp_path):
    write("empty.txt", "Only a title\n\n   \n")
    write("pic.png", b"\x89PNG....")
    write("ok.txt", f"Ok\n\n{STORY}")
    result = read(tmp_path)
    assert [a.id for a in result.articles] == ["ok"]
    messages = " | ".join(str(p) for p in result.problems)
    assert "empty" in messages
    assert "has no text" in messages
    assert "unknown format '.png'" in messages


def test_duplicate_ids_name_both_places(write):
    a = write("a.jsonl", json.dumps({"id": "same", "text": STORY}))
    b = write("b.jsonl", json.dumps({"id": "same", "text": STORY + " again"}))
    result = read([a, b])
    assert len(result.articles) == 1
    msg = str(result.problems[0])
    assert "a.jsonl:1" in msg
    assert "b.jsonl:1" in msg
    assert "duplicate id 'same'" in msg


def test_missing_path_is_a_problem_not_a_crash(tmp_path):
    result = read(tmp_path / "nope.txt")
    assert result.articles == ()
    assert "no such file" in result.problems[0].message


def test_strict_makes_any_problem_fatal(write):
    path = write("feed.jsonl", json.dumps({"id": "a", "text": STORY}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"feed\.jsonl:2"):
        read(path, strict=True)


def test_debris_is_removed_at_read_time_and_can_be_kept(write):
    body = f"Ferry\n\n{STORY}\n\nLifeboats reach the ferry at dawn [MP]\n\nSOURCE: Valdora Times and agencies\n"
    path = write("f.txt", body)
    art = read(path).articles[0]
    assert art.text == STORY
    assert {r.kind for r in art.removed} == {"caption", "source_line"}
    kept = read(path, keep_debris=True).articles[0]
    assert "[MP]" in kept.text


def test_parse_published_handles_iso_epoch_and_reuters_forms():
    assert parse_published("2026-03-01").isoformat() == "2026-03-01T00:00:00+00:00"
    assert parse_published("26-FEB-1987 15:01:01.79").year == 1987
    assert parse_published(1394470370).year == 2014
    assert parse_published("") is None
    with pytest.raises(ValueError, match="unreadable date"):
        parse_published("next tuesday")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("8/29/18", "2018-08-29"),  # month first: 29 cannot be a month
        ("29/8/2018", "2018-08-29"),  # day first
        ("29.08.2018", "2018-08-29"),
        ("3/3/99", "1999-03-03"),  # the same either way
        ("12/31/68", "2068-12-31"),  # strptime's pivot for two-digit years
    ],
)
def test_parse_published_reads_a_numeric_date_whose_order_a_figure_over_12_shows(text, iso):
    assert parse_published(text).date().isoformat() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Mon, 05 Mar 2018 10:00:00 GMT", "2018-03-05T10:00:00+00:00"),  # an RSS pubDate
        ("Mon, 05 Mar 2018 10:00:00 +0200", "2018-03-05T08:00:00+00:00"),
        ("Mon, 02 Jan 2023 10:00:00 -0800 (PST)", "2023-01-02T18:00:00+00:00"),  # a comment
        ("Mar 5, 2018", "2018-03-05T00:00:00+00:00"),
        ("5 Mar 2018", "2018-03-05T00:00:00+00:00"),
    ],
)
def test_parse_published_reads_feed_and_abbreviated_dates(text, iso):
    assert parse_published(text).isoformat() == iso


def test_parse_published_refuses_a_numeric_date_that_reads_both_ways():
    with pytest.raises(ValueError, match=r"ambiguous date '4/5/18' \(day/month or month/day\)"):
        parse_published("4/5/18")
    with pytest.raises(ValueError, match="unreadable date '31/2/2018'"):
        parse_published("31/2/2018")
    with pytest.raises(ValueError, match="unreadable date '0/5/18'"):  # not "ambiguous"
        parse_published("0/5/18")
    with pytest.raises(ValueError, match="unreadable date"):  # a zone RFC 2822 does not name
        parse_published("Mon, 05 Mar 2018 10:00:00 CEST")


def test_an_unreadable_date_is_a_warning_and_the_article_is_kept_without_it(write):
    lines = [
        {"id": "a", "date": "4/5/18", "text": "Storm floods the harbour of Lisk on Monday."},
        {"id": "b", "date": "8/29/18", "text": "Bank of Valdora holds its rate at four percent."},
    ]
    path = write("feed.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    result = read(path, fields=FieldMap(published="date"))
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.articles[0].published is None
    assert result.articles[1].published.date().isoformat() == "2018-08-29"
    [problem] = result.problems
    assert problem.severity == "warning"
    assert str(problem) == (
        f"{path}:1: ambiguous date '4/5/18' (day/month or month/day) in field 'date'; "
        "the date is ignored"
    )


def test_a_titles_site_name_after_a_bar_is_dropped_from_the_title_and_the_text(write):
    body = "Lifeboats brought all 40 passengers ashore within an hour, the coastguard said."
    records = [
        {"id": "a", "title": "Ferry runs aground off Port Ella | Valdora Times", "text": body},
        {"id": "b", "text": f"Ferry runs aground off Port Ella at dawn | Valdora Times\n\n{body}"},
        {"id": "c", "title": "Ferry aground | Port Ella", "text": body},  # too short to cut
        {"id": "d", "title": "Ferry runs aground off Port Ella\xa0| Valdora Times", "text": body},
        {"id": "e", "title": "Latest Valdora news headlines | Ferry runs aground", "text": body},
        {"id": "f", "text": f"Ferry runs aground off Port Ella at dawn | Reuters\n\n{body}"},
        {"id": "g", "title": "Ferry runs aground off Port Ella | News & Observer", "text": body},
        {"id": "h", "text": f"Exclusive: U.S. Weighs Ferry Sanctions | Reuters\n\n{body}"},
        {"id": "i", "title": "a b c d" + " " * 50_000 + "x", "text": body},  # linear, no bar
        {"id": "j", "title": "Ferry strike: list of key events | Day 50", "text": body},
        {
            "id": "k",
            "title": "Ferry runs aground off Port Ella\u2009|\u2009Valdora Times",
            "text": body,
        },
    ]
    path = write("feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    a, b, c, d, e, f, g, h, _, j, k = read(path).articles
    assert (a.title, a.text) == ("Ferry runs aground off Port Ella", body)
    assert (b.title, b.text) == ("Ferry runs aground off Port Ella at dawn", body)
    assert c.title == "Ferry aground | Port Ella"
    assert d.title == "Ferry runs aground off Port Ella"  # a no-break space before the bar
    assert e.title == "Latest Valdora news headlines | Ferry runs aground"  # not a site name
    assert (f.title, f.text) == ("Ferry runs aground off Port Ella at dawn", body)  # no credit
    assert g.title == "Ferry runs aground off Port Ella"
    assert (h.title, h.text) == ("Exclusive: U.S. Weighs Ferry Sanctions", body)
    assert j.title == "Ferry strike: list of key events | Day 50"  # a figure: content
    assert k.title == "Ferry runs aground off Port Ella"  # thin spaces around the bar
    kept = read(path, keep_debris=True).articles[0]
    assert kept.title == "Ferry runs aground off Port Ella | Valdora Times"


def test_an_acute_accent_typed_for_an_apostrophe_reads_as_one(write):
    # NFKC alone turns "´" into a space and a combining accent: "Court ́s"
    text = "“This is a last-ditch effort to derail the Supreme Court´s review,” she said."
    path = write("a.jsonl", json.dumps({"id": "a", "text": text}) + "\n")
    [article] = read(path).articles
    assert "the Supreme Court’s review" in article.text


def test_jsonl_is_read_line_by_line_and_a_bad_line_does_not_lose_the_others(write, tmp_path):
    latin = '{"id": "b", "text": "Caf\xe9 owners in Lisk protested on Monday."}\n'.encode("latin-1")
    good = b'{"id": "a", "text": "The ferry ran aground on Sunday."}\n'
    write("feed.jsonl", good + latin + b'{"id": "c", "text": broken}\n')
    result = read([tmp_path / "feed.jsonl"])
    assert [a.id for a in result.articles] == ["a", "b"]
    assert "Café" in result.articles[1].text
    assert [(p.line, "malformed JSON" in p.message) for p in result.problems] == [(3, True)]


def test_binary_jsonl_is_one_problem_naming_the_file(write, tmp_path):
    write("blob.jsonl", b"\x00\x01\x02" * 2000)
    result = read([tmp_path / "blob.jsonl"])
    assert result.articles == ()
    assert len(result.problems) == 1
    assert "binary" in result.problems[0].message


_SGML_PIECES = st.sampled_from(
    [
        "<REUTERS",
        "<REUTERSX",
        ' NEWID="7"',
        ">",
        "</REUTERS>",
        "<BODY>",
        "</BODY>",
        "a\n",
        "&amp;",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SGML_PIECES, max_size=40).map("".join))
def test_reuters_elements_and_tags_are_found_as_the_lazy_regexes_find_them(text):
    """Oracle: the regular expressions the reader used before ``str.find``."""
    import re

    from storydiff.ingest import _reuters_elements, _tag

    elements = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.DOTALL)
    expected = [(m.start(), m.group(1), m.group(2)) for m in elements.finditer(text)]
    assert list(_reuters_elements(text)) == expected
    body = re.search(r"<BODY>(.*?)</BODY>", text, re.DOTALL)
    assert _tag(text, "BODY") == (body.group(1) if body else "")


@pytest.mark.parametrize("sign_off", ["Reuter", "REUTER", "reuter", "REUTER...", "REUTER^M"])
def test_every_spelling_of_the_reuters_sign_off_is_left_out(write, sign_off):
    sgml = (
        '<REUTERS NEWID="5"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>T</TITLE>'
        f"<BODY>The company said profit rose.\n {sign_off}\n&#3;</BODY></TEXT></REUTERS>"
    )
    (art,) = read(write("r.sgm", sgml)).articles
    assert art.text == "The company said profit rose."


@pytest.mark.parametrize("value", ["1e300", "Infinity", "1e20", "-1e300"])
def test_a_date_number_out_of_range_is_a_warning_and_the_others_are_read(write, value):
    path = write(
        "feed.jsonl",
        f'{{"id": "a", "published": {value}, "text": "{STORY}"}}\n'
        f'{{"id": "b", "text": "{STORY}"}}\n',
    )
    result = read(path)
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.articles[0].published is None
    [problem] = result.problems
    assert (problem.severity, problem.line) == ("warning", 1)
    assert "date out of range" in problem.message


def test_stdin_with_bytes_that_are_not_utf8_loses_no_record():
    data = b'{"id": "l1", "text": "F\xe4hre lief auf Felsen."}\n{"id": "ok", "text": "Fine."}\n'
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    result = read("-", stdin=stdin)
    assert [(a.id, a.text) for a in result.articles] == [
        ("l1", "Fähre lief auf Felsen."),
        ("ok", "Fine."),
    ]
    # a text stream with no bytes under it, holding surrogate escapes, too
    text = data.decode("utf-8", "surrogateescape")
    assert read("-", stdin=io.StringIO(text)).articles[0].text == "Fähre lief auf Felsen."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_and_json_lines_are_read(tmp_path, codec):
    (tmp_path / "a.txt").write_bytes(f"Ferry hits rocks\n\n{STORY}\n".encode(codec))
    line = json.dumps({"id": "j", "text": "Fähre lief auf Felsen."}, ensure_ascii=False)
    (tmp_path / "b.jsonl").write_bytes(f"{line}\n".encode(codec))
    result = read(tmp_path)
    assert result.problems == ()
    texts = {a.id: a.text for a in result.articles}
    assert texts["j"] == "Fähre lief auf Felsen."
    assert STORY in next(t for k, t in texts.items() if k != "j")


def test_a_quote_left_open_in_a_csv_is_an_error_at_its_row_and_the_rows_after_are_read(write):
    path = write(
        "feed.csv",
        'id,title,text\nq1,Quote,"text left open\nq2,After,The storm hit Lisk.\n'
        'q3,Third,"A ferry, quoted, sank."\n',
    )
    result = read(path)
    assert [a.id for a in result.articles] == ["q2", "q3"]
    [problem] = result.problems
    assert problem.line == 2
    assert "quote left open" in problem.message


def test_a_quoted_field_over_several_lines_is_one_field(write):
    path = write("feed.csv", 'id,title,text\nq1,A,"multi\nline text"\nq2,B,plain text\n')
    result = read(path)
    assert [(a.id, a.text) for a in result.articles] == [
        ("q1", "multi\nline text"),
        ("q2", "plain text"),
    ]
    assert result.problems == ()


def test_a_field_that_is_not_text_is_reported_not_turned_into_text(write):
    lines = [
        '{"id": "a", "text": ["list", "of", "words"]}',
        '{"id": "b", "text": {"nested": "obj"}}',
        '{"id": "c", "text": 12345}',
        '{"id": "d", "text": null}',
        '{"id": {"x": 1}, "text": "A ferry hit rocks."}',
        '{"id": 7, "title": ["t"], "text": "A storm hit Lisk."}',
    ]
    result = read(write("feed.jsonl", "\n".join(lines) + "\n"))
    assert [(a.id, a.title) for a in result.articles] == [("feed:5", ""), ("7", "")]
    assert [(p.line, p.severity, p.message) for p in result.problems] == [
        (1, "error", "field 'text' holds a list, not text"),
        (2, "error", "field 'text' holds an object, not text"),
        (3, "error", "field 'text' holds a number, not text"),
        (4, "error", "field 'text' is null"),
        (5, "warning", "the id holds an object, not text; it is ignored"),
        (6, "warning", "the title holds a list, not text; it is ignored"),
    ]


def test_a_pretty_printed_json_object_is_one_record(write):
    path = write("one.json", '{\n  "id": "o1",\n  "text": "A ferry hit rocks off Lisk."\n}\n')
    result = read(path)
    assert [a.id for a in result.articles] == ["o1"]
    assert result.problems == ()


def test_a_problem_in_a_json_array_names_the_line_of_its_element(write):
    path = write(
        "arr.json",
        '[{"id": "a1", "text": "Fine."},\n {"id": "a2"},\n {"id": "a3", "text": "Also fine."}]\n',
    )
    result = read(path)
    assert [a.id for a in result.articles] == ["a1", "a3"]
    [problem] = result.problems
    assert str(problem).startswith(f"{path}:2: no 'text'")


def test_links_that_lead_nowhere_are_named_not_passed_over(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Ferry hits rocks\n\n{STORY}\n", encoding="utf-8")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "loop1").symlink_to("loop2")
    (folder / "loop2").symlink_to("loop1")
    result = read([folder, folder / "loop1"])
    assert [a.id for a in result.articles] == ["a"]
    assert [(p.origin, p.message) for p in result.problems] == [
        (str(folder / "dangling.txt"), "a link to a missing file (nowhere.txt)"),
        (str(folder / "loop1"), "a link in a loop"),
        (str(folder / "loop2"), "a link in a loop"),
        (str(folder / "loop1"), "a link in a loop"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        '1,T1,"He said "hi" to me and left the room today."',  # a stray quote inside
        '1,"Ferry aground" ,"A ferry ran aground off Lisk on Sunday."',  # a space after one
    ],
)
def test_a_csv_row_with_loose_quotes_is_still_read(write, row):
    result = read(write("feed.csv", f"id,title,text\n{row}\n2,T2,Second article.\n"))
    assert [a.id for a in result.articles] == ["1", "2"]
    assert result.problems == ()


def test_a_quote_left_open_mid_file_loses_only_its_row_and_ids_keep_their_lines(write):
    text = (
        'title,text\nT1,"Body one\u2028second line."\nT2,"text left open\nT3,A ferry sank.\n'
        'T4,"Fine, quoted"\nT5,End.\n'
    )
    result = read(write("feed.csv", text))
    assert [(a.id, a.title) for a in result.articles] == [
        ("feed:2", "T1"),
        ("feed:4", "T3"),
        ("feed:5", "T4"),
        ("feed:6", "T5"),
    ]
    [problem] = result.problems
    assert (problem.line, "quote left open" in problem.message) == (3, True)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_a_line_separator_inside_a_json_string_splits_no_record(tmp_path, codec):
    recs = [
        {"id": "a", "text": "First line of the story.\u2028Second line, after a separator."},
        {"id": "b", "text": "Another story about the harbour."},
    ]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    (tmp_path / "feed.jsonl").write_text(data, encoding=codec)
    result = read(tmp_path / "feed.jsonl")
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.problems == ()


def test_stdin_is_read_from_where_the_stream_stands():
    data = "".join(
        json.dumps({"id": f"a{i}", "text": f"Body number {i}."}) + "\n" for i in range(4)
    )
    stream = io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8")
    stream.readline()  # the caller has read the first line already
    assert [a.id for a in read("-", stdin=stream).articles] == ["a1", "a2", "a3"]
