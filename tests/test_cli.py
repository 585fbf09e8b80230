from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storydiff.cli import app

from .conftest import DEMO

runner = CliRunner()

WIRE = (
    "A passenger ferry ran aground on a sandbank off Port Ella before dawn on Sunday with around "
    "40 passengers on board, the coastguard said. Lifeboats brought everyone ashore within an hour "
    "and the operator promised an inquiry into the grounding of the vessel on Monday."
)
BANK = "The central bank of Valdora held its main interest rate at four percent on Thursday."


@pytest.fixture
def corpus(write, tmp_path):
    write("ferry-wire.txt", f"Ferry aground\n\n{WIRE}\n")
    write(
        "ferry-copy.txt",
        f"Ferry runs aground off Port Ella\n\n{WIRE}\n\nRelated\nBank holds rates\nChess title\n",
    )
    write("bank.txt", f"Bank holds rates\n\n{BANK}\n")
    return tmp_path


def test_cluster_jsonl_is_the_documented_contract_on_stdout(corpus):
    result = runner.invoke(app, ["cluster", str(corpus)])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(stories) == 2
    first = stories[0]
    assert set(first) >= {"story", "size", "articles", "representative", "title", "links"}
    assert first["size"] == 2
    assert sorted(first["articles"]) == ["ferry-copy", "ferry-wire"]
    assert first["links"][0]["relation"] == "duplicate"
    assert set(first["links"][0]) >= {"a", "b", "relation", "jaccard", "containment", "cosine"}
    assert stories[1]["articles"] == ["bank"]
    assert stories[1]["links"] == []
    # progress goes to stderr, never to stdout
    assert "read 3 articles" in result.stderr
    assert "read 3" not in result.stdout


def test_quiet_prints_nothing_on_stderr(corpus):
    result = runner.invoke(app, ["cluster", str(corpus), "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_an_unreadable_date_is_warned_of_with_its_line_and_quiet_silences_it(write):
    record = {"id": "a", "published": "4/5/18", "text": WIRE}
    path = write("feed.jsonl", json.dumps(record) + "\n")
    loud = runner.invoke(app, ["cluster", str(path), "--workers", "2"])
    assert loud.exit_code == 0
    assert f"{path}:1: ambiguous date '4/5/18'" in " ".join(loud.stderr.split())
    quiet = runner.invoke(app, ["cluster", str(path), "--workers", "2", "-q"])
    assert quiet.exit_code == 0
    assert quiet.stderr == ""
    assert json.loads(quiet.stdout)["size"] == 1


def test_csv_and_table_formats(corpus):
    csv_out = runner.invoke(app, ["cluster", str(corpus), "-f", "csv", "-q"])
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "story,size,article,representative,copy_group,title"
    assert len(lines) == 4
    table = runner.invoke(app, ["cluster", str(corpus), "-f", "table", "-q"])
    assert table.exit_code == 0
    assert "ferry-wire" in table.stdout
    assert "Bank holds rates" in table.stdout


def test_paragraph_separator_option_reaches_the_reader(write, tmp_path):
    page = f"Ferry aground ### {WIRE} ### Photo: Ann Lee [AFP]"
    path = write("scrape.jsonl", json.dumps({"id": "p1", "text": page}) + "\n")
    for extra, kept in (([], True), (["--paragraph-separator", " ### "], False)):
        result = runner.invoke(app, ["explain", "p1", "p1", str(path), "-q", *extra])
        assert result.exit_code == 0, result.output
        assert ("[AFP]" in result.stdout) is kept, extra


def test_output_file_is_written_and_stdout_stays_empty(corpus, tmp_path):
    out = tmp_path / "out" / "stories.jsonl"
    result = runner.invoke(app, ["cluster", str(corpus), "-o", str(out), "-q"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(out.read_text().splitlines()) == 2
    assert not list(out.parent.glob(".*.tmp"))


def test_bad_records_are_reported_and_the_rest_clustered(write, tmp_path):
    write(
        "feed.jsonl",
        json.dumps({"id": "a", "text": WIRE})
        + "\n{broken\n"
        + json.dumps({"id": "b", "text": WIRE}),
    )
    result = runner.invoke(app, ["cluster", str(tmp_path)])
    assert result.exit_code == 0
    assert "feed.jsonl:2" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["size"] == 2


def test_strict_turns_a_bad_record_into_exit_1(write, tmp_path):
    write("feed.jsonl", json.dumps({"id": "a", "text": WIRE}) + "\n{broken\n")
    result = runner.invoke(app, ["cluster", str(tmp_path), "--strict"])
    assert result.exit_code == 1
    assert "feed.jsonl:2" in result.stderr
    assert result.stdout == ""


def test_nothing_usable_is_exit_1(tmp_path):
    result = runner.invoke(app, ["cluster", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "no usable article" in result.stderr


def test_stdin_dash(corpus):
    data = (
        json.dumps({"id": "x", "text": WIRE}) + "\n" + json.dumps({"id": "y", "text": WIRE}) + "\n"
    )
    result = runner.invoke(app, ["cluster", "-", "-q"], input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["articles"] == ["x", "y"]


def test_unknown_format_value_is_a_usage_error(corpus):
    result = runner.invoke(app, ["cluster", str(corpus), "--format", "xml"])
    assert result.exit_code == 2


def test_explain_names_scores_and_the_deciding_rule(corpus):
    result = runner.invoke(app, ["explain", "ferry-wire", "ferry-copy", str(corpus), "-q"])
    assert result.exit_code == 0, result.output
    assert "grouped" in result.stdout
    assert "identical text after normalisation" in result.stdout
    assert "jaccard" in result.stdout
    apart = runner.invoke(app, ["explain", "ferry-wire", "bank", str(corpus), "-q", "--json"])
    payload = json.loads(apart.stdout)
    assert payload["grouped"] is False
    assert payload["verdict"].startswith("not grouped")


def test_explain_unknown_id_is_a_usage_error(corpus):
    result = runner.invoke(app, ["explain", "nope", "bank", str(corpus), "-q"])
    assert result.exit_code == 2
    assert "No article with id 'nope'" in result.stderr


def _commands() -> list[list[str]]:
    """Every command path of the CLI, from typer's own registry."""
    import typer.main

    group = typer.main.get_command(app)
    out = []
    for name, command in group.commands.items():
        subs = getattr(command, "commands", None)
        if subs:
            out += [[name, sub] for sub in subs]
        else:
            out.append([name])
    return out


def test_every_command_has_help_with_an_example_and_a_readme_entry():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert runner.invoke(app, ["--version"]).stdout.startswith("storydiff ")
    commands = _commands()
    assert ["index", "add"] in commands
    for path in commands:
        out = runner.invoke(app, [*path, "--help"])
        assert out.exit_code == 0, path
        assert "Example:" in out.stdout, path
        assert f"storydiff {' '.join(path)} " in readme, path


def test_stats_go_to_stderr_with_stage_times_and_peak_memory(corpus):
    result = runner.invoke(app, ["cluster", str(corpus), "-q", "--stats"])
    assert result.exit_code == 0
    for stage in ("read", "fingerprint", "candidates", "verify", "cluster", "total", "peak memory"):
        assert stage in result.stderr
    assert "peak memory" not in result.stdout


# --- diff and report ---------------------------------------------------------

DEMO_DIR = DEMO


def test_diff_prints_terminal_report_on_stdout_without_colour_when_piped():
    files = [str(DEMO_DIR / "ferry-mp-wire.txt"), str(DEMO_DIR / "ferry-valdora-times.txt")]
    result = runner.invoke(app, ["diff", *files, "-q"])
    assert result.exit_code == 0, result.output
    assert "CONFLICTING FACTS" in result.stdout
    assert "\033[" not in result.stdout
    assert result.stderr == ""


def test_diff_json_is_written_atomically_to_output(tmp_path):
    files = [str(DEMO_DIR / "ferry-mp-wire.txt"), str(DEMO_DIR / "ferry-courier.txt")]
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["diff", *files, "-f", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [v["id"] for v in data["versions"]] == ["ferry-mp-wire", "ferry-courier"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_diff_with_one_version_is_an_error_on_stderr(tmp_path):
    result = runner.invoke(app, ["diff", str(DEMO_DIR / "ferry-mp-wire.txt"), "-q"])
    assert result.exit_code == 1
    assert "at least two versions" in result.stderr
    assert result.stdout == ""


def test_diff_unknown_base_is_an_error():
    files = [str(DEMO_DIR / "ferry-mp-wire.txt"), str(DEMO_DIR / "ferry-courier.txt")]
    result = runner.invoke(app, ["diff", *files, "--base", "nope", "-q"])
    assert result.exit_code == 2
    assert "nope" in result.stderr


def test_report_story_by_article_id_as_markdown():
    result = runner.invoke(
        app, ["report", str(DEMO_DIR), "--story", "ferry-courier", "-f", "md", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "ferry-valdora-times" in result.stdout


def test_report_all_writes_one_page_per_story_and_an_index(tmp_path):
    result = runner.invoke(app, ["report", str(DEMO_DIR), "--all", "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in tmp_path.glob("*.html"))
    assert "index.html" in pages
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p}"' in index for p in pages if p != "index.html")
    assert len(pages) >= 10


def test_report_index_names_an_untitled_story_by_its_opening_words(write, tmp_path):
    photo_page = (  # a photo page: all of it looks like debris, so it is kept whole
        "share\n\nmore_vert\n\nLanterns drift over Kell Square at dusk on Friday as the "
        "city's winter festival opens to record crowds. (Photo by Ann Lee / AFP)"
    )
    records = [
        {"id": "a", "text": WIRE + "\n\nThe ferry was refloated on the evening tide."},
        {"id": "b", "text": WIRE},
        {"id": "c", "text": photo_page},
        {"id": "d", "text": photo_page},
    ]
    path = write("feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "reports"
    result = runner.invoke(app, ["report", str(path), "--all", "-f", "md", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    labels = sorted(
        line.split("](")[0].removeprefix("| [")
        for line in (out / "index.md").read_text(encoding="utf-8").splitlines()[2:]
    )
    assert labels == [
        "A passenger ferry ran aground on a sandbank off Port Ella before dawn on Sunday …",
        "Lanterns drift over Kell Square at dusk on Friday as the city's winter festival …",
    ]


def test_report_needs_story_or_all():
    result = runner.invoke(app, ["report", str(DEMO_DIR), "-q"])
    assert result.exit_code == 2
    assert "--story ID or --all" in result.stderr


def test_report_unknown_story_is_an_error():
    result = runner.invoke(app, ["report", str(DEMO_DIR), "--story", "nope", "-q"])
    assert result.exit_code == 1
    assert "no story or article" in result.stderr


def test_cluster_spill_dir_holds_the_run_files_and_is_left_empty(tmp_path):
    spill = tmp_path / "spill"
    spill.mkdir()
    plain = runner.invoke(app, ["cluster", str(DEMO), "-q", "--workers", "1"])
    spilled = runner.invoke(
        app, ["cluster", str(DEMO), "-q", "--workers", "1", "--spill-dir", str(spill)]
    )
    assert spilled.exit_code == 0, spilled.output
    assert spilled.stdout == plain.stdout
    assert list(spill.iterdir()) == []
    missing = runner.invoke(app, ["cluster", str(DEMO), "--spill-dir", str(tmp_path / "no")])
    assert missing.exit_code == 2
    assert "Invalid value" in missing.output


def test_diff_names_each_problem_and_the_file_with_nothing_usable(tmp_path):
    wire = str(DEMO_DIR / "ferry-mp-wire.txt")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "A ferry ran aground."}\nbad json\n', encoding="utf-8")
    result = runner.invoke(app, ["diff", wire, str(bad), "-f", "md"])
    assert result.exit_code == 0, result.output
    assert f"{bad}:2: malformed JSON" in result.stderr
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["diff", wire, str(missing)])
    assert result.exit_code == 1
    assert f"error: {missing}: no usable article was read" in result.stderr


def test_diff_of_one_file_given_three_times_is_three_versions():
    wire = str(DEMO_DIR / "ferry-mp-wire.txt")
    result = runner.invoke(app, ["diff", wire, wire, wire, "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    ids = [v["id"] for v in json.loads(result.stdout)["versions"]]
    assert len(ids) == len(set(ids)) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["cluster", str(DEMO), "--time-window", "-3"],
        ["cluster", str(DEMO), "--time-window", "nan"],
        ["cluster", str(DEMO), "--paragraph-separator", "  "],
        [
            "diff",
            str(DEMO / "ferry-mp-wire.txt"),
            str(DEMO / "ferry-courier.txt"),
            "--rule",
            "base",
        ],
    ],
)
def test_a_parameter_storydiff_cannot_use_is_a_usage_error(args):
    result = runner.invoke(app, [*args, "-q"])
    assert result.exit_code == 2
    assert "error: The '" in result.stderr
    assert "Traceback" not in result.output


def test_stdin_bytes_that_are_not_utf8_lose_no_record():
    data = b'{"id": "l1", "text": "F\xe4hre lief auf Felsen."}\n{"id": "ok", "text": "Fine."}\n'
    result = runner.invoke(app, ["cluster", "-", "-q"], input=data)
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(a for s in stories for a in s["articles"]) == ["l1", "ok"]
