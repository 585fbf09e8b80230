from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from storydiff.diff import diff_story
from storydiff.errors import InputError
from storydiff.models import Article
from storydiff.render.html import render_html, render_index
from storydiff.render.report_json import report_from_dict
from storydiff.render.text import render_markdown, render_terminal

from .test_diff import versions


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for key, value in attrs:
            if key == "id":
                self.ids.append(value)
            if key == "href":
                self.hrefs.append(value)


def _parse(page: str) -> _Ids:
    parser = _Ids()
    parser.feed(page)
    return parser


def test_html_is_self_contained_without_scripts_or_remote_resources():
    page = render_html(diff_story(versions()))
    parsed = _parse(page)
    assert "script" not in parsed.tags
    assert not [h for h in parsed.hrefs if re.match(r"https?:", h)]
    assert "<link" not in page


def test_html_every_source_link_has_a_target_and_ids_are_unique():
    parsed = _parse(render_html(diff_story(versions())))
    assert len(parsed.ids) == len(set(parsed.ids))
    targets = set(parsed.ids)
    internal = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert internal
    assert all(h in targets for h in internal)


def test_html_shows_conflict_quote_speaker_and_legend():
    page = render_html(diff_story(versions()))
    assert 'class="conflicts"' in page
    assert "Five passengers" in page
    assert "Lena Haxby" in page
    assert 'class="legend"' in page


def test_html_escapes_article_text():
    arts = [Article(id="a", text="<b>x</b> & y."), Article(id="b", text="<b>x</b> & z.")]
    page = render_html(diff_story(arts))
    assert "<b>x</b>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_terminal_is_plain_unless_colour_is_asked_for():
    report = diff_story(versions())
    assert "\033[" not in render_terminal(report)
    assert "\033[" in render_terminal(report, color=True)


def test_markdown_lists_conflicts_and_adds():
    text = render_markdown(diff_story(versions()))
    assert "## Conflicting facts" in text
    assert "➕ The ferry was built in 1998." in text


def test_index_links_every_report():
    page = render_index([("a.html", "Ferry", 3, 1), ("b.html", "Bridge", 2, 0)])
    assert _parse(page).hrefs == ["a.html", "b.html"]


def test_every_source_link_of_every_demo_report_has_a_target():
    import json

    import storydiff

    from .conftest import DEMO, ROOT

    arts = {a.id: a for a in storydiff.read([DEMO]).articles}
    stories: dict[str, list[str]] = {}
    for line in (ROOT / "corpora" / "demo.gold.jsonl").read_text().splitlines():
        record = json.loads(line)
        stories.setdefault(record["story"], []).append(record["id"])
    checked = 0
    for ids in stories.values():
        parsed = _parse(render_html(diff_story([arts[i] for i in ids])))
        targets = set(parsed.ids)
        assert len(parsed.ids) == len(targets)
        missing = [h for h in parsed.hrefs if h.startswith("#") and h[1:] not in targets]
        assert missing == []
        checked += len(parsed.hrefs)
    assert checked > 500


def test_markdown_fact_grid_of_many_versions_lists_each_value_once_with_its_versions():
    wire = (
        "A ferry ran aground off Port Ella on Sunday with {n} passengers on board, officials said."
    )
    arts = [Article(id=f"v{k:02d}", text=wire.format(n=40)) for k in range(10)]
    arts.append(Article(id="v10", text=wire.format(n=45)))
    text = render_markdown(diff_story(arts))
    grid = text.split("## Fact grid", 1)[1].split("\n## ", 1)[0]
    assert "| fact | values (versions) |" in grid
    row = next(line for line in grid.splitlines() if "40 passengers" in line)
    assert "40 passengers (v00, v01, v02, v03, v04, v05 +4 more)" in row
    assert "**45 passengers** ⚠ (v10)" in row
    # a few versions keep one column each
    few = render_markdown(diff_story(arts[:2] + arts[-1:]))
    assert "| fact | v00 | v01 | v10 |" in few


def test_html_of_many_versions_lists_values_and_names_instead_of_a_column_each():
    wire = (
        "A ferry ran aground off Port Ella on Sunday with {n} passengers on board, Ana Brel said."
    )
    arts = [Article(id=f"v{k:02d}", text=wire.format(n=40)) for k in range(10)]
    arts.append(
        Article(id="v10", text="A ferry ran aground on Sunday with 45 passengers on board.")
    )
    page = render_html(diff_story(arts))
    parsed = _parse(page)
    assert "<th>v03</th>" not in page  # no column per version
    assert '<span class="outlier">45 passengers</span>' in page
    assert "v05</a> +4 more" in page  # six links, then a count
    assert "10 of 11:" in page  # Ana Brel: named by ten, not by v10
    targets = set(parsed.ids)
    assert all(h[1:] in targets for h in parsed.hrefs if h.startswith("#"))


def test_many_version_grids_ignore_a_mention_in_a_version_the_report_does_not_show():
    from dataclasses import replace

    wire = "A ferry ran aground off Port Ella on Sunday with 40 passengers on board, Ana Brel said."
    report = diff_story([Article(id=f"v{k:02d}", text=wire) for k in range(10)])
    facts = tuple(
        replace(f, mentions=(*f.mentions, replace(f.mentions[0], version="zz-archived")))
        for f in report.facts
    )
    report = replace(report, facts=facts)
    page = render_html(report)
    assert "zz-archived" not in page
    assert "10 of 10:" in page
    assert "zz-archived" not in render_markdown(report)


def test_markdown_of_many_versions_says_how_many_give_a_quote_or_a_name():
    wire = "A ferry ran aground off Port Ella on Sunday, Ana Brel said: “Everyone is safe.”"
    arts = [Article(id=f"v{k:02d}", text=wire) for k in range(10)]
    arts.append(Article(id="v10", text="A ferry ran aground off Port Ella on Sunday."))
    text = render_markdown(diff_story(arts))
    assert "(10 of 11: v00, v01, v02, v03, v04, v05 +4 more)" in text  # the quote
    assert "Ana Brel (person): in 10 of 11: v00, v01, v02, v03, v04, v05 +4 more" in text
    few = render_markdown(diff_story(arts[:2] + arts[-1:]))
    assert "Ana Brel (person): in v00, v01" in few


def test_versions_with_the_same_quote_alteration_share_one_line_in_every_format():
    wire = "A ferry ran aground off Port Ella, Ana Brel said: “Everyone is safe and well.”"
    short = "A ferry ran aground off Port Ella, Ana Brel said: “Everyone is safe.”"
    arts = [Article(id=f"v{k:02d}", text=wire) for k in range(9)]
    arts += [Article(id=f"w{k:02d}", text=short) for k in range(8)]
    report = diff_story(arts)
    line = "w00, w01, w02, w03, w04, w05 +2 more: trimmed"
    for page in (render_markdown(report), render_terminal(report), render_html(report)):
        assert page.count(": trimmed") == 1
        assert line in page


def test_a_small_story_names_every_version_of_a_shared_alteration_once():
    from storydiff.render._many import grouped_notes

    notes = [f"w{k}: trimmed" for k in range(7)] + ["w0: trimmed"]
    assert grouped_notes(notes, total=8) == ["w0, w1, w2, w3, w4, w5, w6: trimmed"]
    assert grouped_notes(notes, total=9) == ["w0, w1, w2, w3, w4, w5 +1 more: trimmed"]


def test_a_name_list_counts_only_the_versions_the_report_shows():
    from dataclasses import replace

    report = diff_story(
        [
            Article(id="v00", text="Ana Brel said the ferry was safe."),
            Article(id="v01", text="The ferry was safe."),
        ]
    )
    facts = tuple(
        replace(f, versions=(*f.versions, "zz-archived")) if f.text == "Ana Brel" else f
        for f in report.facts
    )
    report = replace(report, facts=facts)
    assert "Ana Brel (person): in v00" in render_markdown(report)
    assert "zz-archived" not in render_markdown(report)


def test_a_more_specific_figure_is_not_marked_as_disputed_in_the_grid():
    arts = [_ferry("a", "at least 40"), _ferry("b", "40"), _ferry("c", "at least 40")]
    report = diff_story(arts)
    assert [c.label for c in report.conflicts] == ["more_specific"]
    md = render_markdown(report)
    assert "⚠" not in md
    assert "**40 passengers**" not in md
    page = render_html(report)
    assert 'class="outlier"' not in page
    assert 'class="altered"' not in page


def _ferry(version: str, passengers: str) -> Article:
    text = f"A ferry ran aground off Port Ella with {passengers} passengers on board."
    return Article(id=version, text=text)


def test_a_conflicting_figure_is_marked_in_the_grid():
    arts = [_ferry("a", "40"), _ferry("b", "25"), _ferry("c", "40")]
    report = diff_story(arts)
    assert [c.label for c in report.conflicts] == ["conflict"]
    assert "**25 passengers** ⚠" in render_markdown(report)
    assert '<td class="outlier">25 passengers' in render_html(report)


def test_markdown_keeps_ampersands_and_arrows_readable_and_escapes_only_tags():
    arts = [
        Article(
            id="a", text="Shares rose on Monday. The S&P 500 gained, and <b>traders</b> cheered."
        ),
        Article(id="b", text="Shares rose on Tuesday."),
    ]
    md = render_markdown(diff_story(arts))
    assert "- ➕ The S&P 500 gained, and \\<b>traders\\</b> cheered." in md
    assert "&amp;" not in md
    assert "&lt;" not in md


def test_markdown_lists_changes_of_meaning_and_says_when_nothing_is_added():
    arts = [_ferry("a", "40"), _ferry("b", "45")]
    md = render_markdown(diff_story(arts))
    adds = md.split("## What each version adds and leaves out")[1].split("##")[0]
    assert "_None._" in adds
    assert "## Changed wording (meaning)" in md
    assert "- b vs a: 40 → 45 (number)" in md


def test_a_majority_is_counted_whatever_the_case_of_the_words():
    from storydiff.models import Conflict, ConflictValue
    from storydiff.render._many import consensus_phrase

    def value(version: str, text: str) -> ConflictValue:
        return ConflictValue(
            version=version,
            text=text,
            value=10.0,
            low=10.0,
            high=None,
            sentence=text,
            start=0,
            end=len(text),
        )

    conflict = Conflict(
        subject="people killed",
        label="compatible",
        values=(
            value("a", "At least 10 people"),
            value("b", "at least 10 people"),
            value("c", "up to 10 people"),
        ),
        consensus="At least 10 people",
        outliers=("c",),
    )
    assert consensus_phrase(conflict) == ("most versions say", "At least 10 people")


def test_a_conflict_between_two_versions_claims_no_majority():
    arts = [_ferry("a", "40"), _ferry("b", "25")]
    report = diff_story(arts)
    assert [c.label for c in report.conflicts] == ["conflict"]
    for page in (render_markdown(report), render_terminal(report), render_html(report)):
        assert "most versions say" not in page
        assert "most say" not in page
        assert "no majority" in page
    three = diff_story([*arts, Article(id="c", text=arts[0].text)])
    assert "most versions say *40 passengers*" in render_markdown(three)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"schema_version": 2}, "report schema version 2: this storydiff reads version 1"),
        ({"schema_version": 1}, "the report has no 'versions' field"),
        ([], "a report is a JSON object, not list"),
        ({"versions": [{"id": "a"}]}, "the report has no 'title' field"),
    ],
)
def test_a_report_dict_of_another_schema_or_shape_is_an_input_error(data, message):
    with pytest.raises(InputError, match=re.escape(message)):
        report_from_dict(data)


def test_a_report_without_titles_is_headed_by_its_opening_words_not_its_id():
    arts = [
        Article(id="a", text="Share this.\n\nA ferry ran aground off Port Ella on Sunday night."),
        Article(id="b", text="A ferry ran aground off Port Ella on Sunday night, police said."),
    ]
    report = diff_story(arts, story="s-1234")
    assert render_markdown(report).startswith(
        "# A ferry ran aground off Port Ella on Sunday night."
    )
    assert "<h1>A ferry ran aground off Port Ella on Sunday night.</h1>" in render_html(report)
    assert render_terminal(report).startswith("A ferry ran aground")


def test_a_passage_a_page_prints_twice_is_listed_once_with_a_count():
    extra = "The company also clarified its rules on Friday in a long post."
    arts = [
        Article(
            id="a",
            text=f"A ferry ran aground off Port Ella.\n\n{extra}\n\nNo one was hurt.\n\n{extra}",
        ),
        Article(id="b", text="A ferry ran aground off Port Ella.\n\nNo one was hurt."),
    ]
    md = render_markdown(diff_story(arts))
    assert md.count(extra) == 1
    assert f"- ➕ {extra} (twice)" in md
    assert f"{extra}</span> (twice)" in render_html(diff_story(arts))


def test_a_version_set_aside_as_unrelated_makes_no_majority_for_the_first():
    lead = "A ferry ran aground off Lisk on Sunday. Rescue boats reached the ferry in an hour. "
    arts = [
        Article(id="A", text=lead + "Officials said 5 people were killed in the accident."),
        Article(id="B", text=lead + "Officials said 7 people were killed in the accident."),
        Article(
            id="C",
            text=lead + "Historians recalled that in 1950 some 400 people were killed in a storm.",
        ),
    ]
    md = render_markdown(diff_story(arts))
    assert "most versions say *5 people*" not in md
    assert "no majority; the first version says *5 people*" in md


@pytest.mark.parametrize(
    ("cue", "shown"),
    [
        ("a Port Ella Ferries spokesperson said", "unnamed (a Port Ella Ferries spokesperson)"),
        ("it said", "unnamed"),  # a pointer, no description
    ],
)
def test_a_quote_by_someone_unnamed_shows_how_the_text_describes_them(cue, shown):
    text = f"The ferry ran aground on Sunday.\n\n\u201cWe are reviewing the route,\u201d {cue}."
    report = diff_story([Article(id="a", text=text), Article(id="b", text=text)])
    (quote,) = report.quotes
    assert quote.speaker == ""
    assert f"— {shown} (a, b)" in render_markdown(report)
    assert f">{shown}</span>" in render_html(report)
    assert f"{shown}:" in render_terminal(report, color=False)


def _reworded() -> list[Article]:
    return [
        Article(
            id="a",
            text="The law firm reached a settlement this year, agreeing to register and to pay "
            "a $4.6 million fine and thus avoiding prosecution.",
        ),
        Article(id="b", text="It agreed to register under the act and pay about $4.6 million."),
    ]


def test_a_sentence_in_other_words_is_shown_whole_not_as_word_edits():
    report = diff_story(_reworded())
    md = render_markdown(report)
    changed = md.split("## Changed wording (meaning)")[1].split("##")[0]
    assert "in other words: “The law firm reached a settlement" in changed
    assert "→ “It agreed to register under the act and pay about $4.6 million.”" in changed
    assert "(content)" not in changed
    assert "(name)" not in changed
    page = render_html(report)
    aligned = page.split('id="aligned"')[1]
    assert "in other words:</span> It agreed to register" in aligned
    assert "<del" not in aligned.split("in other words:")[1].split("</div>")[0]


def test_a_light_edit_still_lists_its_word_changes():
    # a guard: passes before and after the other-words rule
    report = diff_story(
        [
            Article(id="a", text="Six people were hurt when the ferry hit the quay."),
            Article(id="b", text="Five people were hurt when the ferry hit the quay."),
        ]
    )
    md = render_markdown(report)
    assert "Six → Five (number)" in md
    assert "in other words" not in md
    assert "in other words" not in render_html(report)


def test_an_added_quote_shows_who_speaks_it_unless_it_names_them():
    a = Article(id="a", text="Mayor Ann Lee spoke at the port on Monday.")
    b = Article(
        id="b",
        text="Mayor Ann Lee spoke at the port on Monday.\n\n"
        "“We will reopen the harbour by June,” she said.\n\n"
        "“The ferries will run again,” Lee said.",
    )
    md = render_markdown(diff_story([a, b]))
    assert "- ➕ “We will reopen the harbour by June,” she said. — Ann Lee" in md
    assert "- ➕ “The ferries will run again,” Lee said.\n" in md
    assert '<span class="speaker">Ann Lee</span>' in render_html(diff_story([a, b]))


def test_an_added_quote_that_names_its_speaker_by_family_name_first_shows_no_speaker_again():
    a = Article(id="a", text='"We will talk," Foreign Minister Ri Yong-ho said on Monday.')
    b = Article(
        id="b",
        text='"We will talk," Foreign Minister Ri Yong-ho said on Monday.\n\n'
        '"The sanctions must end first," Ri said.',
    )
    md = render_markdown(diff_story([a, b]))
    assert '- ➕ "The sanctions must end first," Ri said.\n' in md


def test_each_added_sentence_inside_a_long_quote_shows_its_speaker():
    # a page that opens the quote straight and closes it curly: each sentence is a row
    a = Article(id="a", text="Mayor Ann Lee spoke at the port on Monday.")
    b = Article(
        id="b",
        text="Mayor Ann Lee spoke at the port on Monday.\n\n"
        'Lee added: "The harbour will reopen by June. The ferries will run again. '
        "Nobody will lose a job.”\n\n"
        "Officials said an inquiry would begin on Tuesday.",
    )
    md = render_markdown(diff_story([a, b]))
    assert '- ➕ Lee added: "The harbour will reopen by June.\n' in md
    assert "- ➕ The ferries will run again. — Ann Lee\n" in md
    assert "- ➕ Nobody will lose a job.” — Ann Lee\n" in md
    assert "- ➕ Officials said an inquiry would begin on Tuesday.\n" in md


def test_an_added_tweet_shows_its_author():
    from storydiff.clean import clean_text

    raw = (
        "The port closed on Monday, the mayor said.\n\n"
        "The ferries will run again by June. — Ann Lee (@annlee) May 4, 2020\n\n"
        "Officials said an inquiry would begin on Tuesday."
    )
    cleaned = clean_text(raw)
    b = Article(id="b", text=cleaned.text, posts=cleaned.posts)
    a = Article(id="a", text="The port closed on Monday, the mayor said.")
    md = render_markdown(diff_story([a, b]))
    assert "- ➕ The ferries will run again by June. — Ann Lee" in md


def test_two_versions_judged_against_each_other_list_no_omits_column_of_zeros():
    a = Article(id="a", text="The mayor opened the bridge on Monday. Crowds cheered.")
    b = Article(id="b", text="The mayor opened the bridge on Monday. It cost $3 million.")
    pair = diff_story([a, b])
    md = render_markdown(pair)
    assert "each version's adds are what the other leaves out" in md
    assert "| a |  |  | 9 | 1 | — |" in md
    assert " — " in render_terminal(pair)
    assert "—</td>" in render_html(pair)
    # three versions list their omits as counts
    three = render_markdown(diff_story([a, b, Article(id="c", text=a.text)]))
    assert "what the other leaves out" not in three
    assert "| — |" not in three
