from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storydiff
from storydiff.cli import app
from storydiff.errors import IndexBusyError, IndexDamagedError, InputError
from storydiff.index import SCHEMA_VERSION, Index
from storydiff.models import Article, Post

from .conftest import DEMO, ROOT, shared_corpus

runner = CliRunner()

FERRY = (
    "A passenger ferry ran aground on a sandbank off Port Ella before dawn on Sunday with around "
    "40 passengers on board, the coastguard said. Lifeboats brought everyone ashore within an hour "
    "and the operator promised an inquiry into the grounding of the vessel on Monday."
)
BANK = (
    "The central bank of Valdora held its main interest rate at four percent on Thursday, "
    "citing slowing inflation and a weaker export outlook for the coming year, its governor said."
)


def partition(stories) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def test_adding_the_same_articles_again_changes_nothing(tmp_path):
    db = tmp_path / "news.db"
    arts = storydiff.read([DEMO]).articles
    with Index(db) as index:
        index.add(arts)
    before = dump(db)
    with Index(db) as index:
        result = index.add(arts)
    assert (result.added, result.revised, result.unchanged) == (0, 0, len(arts))
    assert dump(db) == before


def test_same_id_with_new_text_is_a_new_revision_kept_in_the_story(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="ferry", text=FERRY)])
        result = index.add([Article(id="ferry", text=FERRY + " The ship was refloated.")])
        assert (result.added, result.revised) == (0, 1)
        (story,) = index.stories()
        assert set(story.article_ids) == {"ferry", "ferry@2"}
        assert index.stats().revisions == 2
        assert index.stats().articles == 1


def test_story_keeps_its_id_as_it_grows(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="a", text=FERRY), Article(id="bank", text=BANK)])
        first = index.story("a").id
        index.add([Article(id="b", text=FERRY)])
        assert index.story("b").id == first
        assert set(index.story(first).article_ids) == {"a", "b"}


def test_article_linking_two_stories_merges_them_and_the_merge_is_recorded(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="ferry", text=FERRY), Article(id="bank", text=BANK)])
        assert len(index.stories()) == 2
        older = index.story("ferry").id
        result = index.add([Article(id="roundup", text=f"{FERRY} {BANK}")])
        assert len(index.stories()) == 1
        assert result.merges
        kept, gone = result.merges[0]
        assert kept == older or gone == older
        assert "merge" in {kind for _, kind, _, _ in index.events()}


def test_index_in_ten_batches_equals_one_cluster_run_on_the_demo(tmp_path):
    arts = storydiff.read([DEMO]).articles
    with Index(tmp_path / "news.db") as index:
        for k in range(10):
            index.add(arts[k::10])
        built = partition(index.stories())
    ordered = [a for k in range(10) for a in arts[k::10]]
    assert built == partition(storydiff.cluster(ordered).stories)
    assert built == partition(storydiff.cluster(arts).stories)


def test_index_in_ten_batches_equals_one_cluster_run_on_ecbplus(tmp_path):
    path = shared_corpus("ecbplus") / "docs.jsonl"
    arts = storydiff.read([path], fields=storydiff.FieldMap(text="text", id="id")).articles
    with Index(tmp_path / "news.db") as index:
        size = -(-len(arts) // 10)
        for k in range(10):
            index.add(arts[k * size : (k + 1) * size])
        assert index.integrity() == []
        built = partition(index.stories())
    assert built == partition(storydiff.cluster(arts).stories)


def test_a_file_that_is_not_an_index_is_refused_with_its_name(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("just some notes\n" * 100)
    with pytest.raises(InputError, match=r"notes\.db.*not a storydiff index"):
        Index(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match=r"other\.db: an SQLite file, but not a storydiff index"):
        Index(other)


def test_an_index_from_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "news.db"
    Index(db).close()
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(InputError, match="newer storydiff"):
        Index(db)


def test_index_is_in_wal_mode(tmp_path):
    db = tmp_path / "news.db"
    Index(db).close()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_second_writer_gets_a_clear_error_while_readers_still_read(tmp_path):
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add([Article(id="ferry", text=FERRY)])
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Index(db, timeout=0.2) as reader:
            assert [s.article_ids for s in reader.stories()] == [("ferry",)]
        with (
            Index(db, timeout=0.2) as writer,
            pytest.raises(IndexBusyError, match="another process"),
        ):
            writer.add([Article(id="bank", text=BANK)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Index(db) as index:
        assert index.add([Article(id="bank", text=BANK)]).added == 1


def _generate(paths: list[tuple[Path, int]]) -> None:
    spec = importlib.util.spec_from_file_location(
        "generate_corpus", ROOT / "benchmarks" / "generate_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gen = module.Generator(seed=7, vocab=8_000, topics=80)
    records = iter(gen.stories(sum(n for _, n in paths)))
    for path, n in paths:
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(n):
                fh.write(json.dumps(next(records)) + "\n")


def _add_process(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "storydiff", "index", "add", str(db), str(corpus), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_killing_an_add_leaves_a_consistent_index_that_a_new_add_completes(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    _generate([(first, 300), (second, 2500)])
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add(storydiff.read([first]).articles)
        before = partition(index.stories())
    wal = db.with_name(db.name + "-wal")

    def writing() -> bool:
        return wal.exists() and wal.stat().st_size > 0

    killed_inside = 0
    # one kill while the add is still reading and grouping, then kills as soon as
    # it starts writing and a little later (found by watching the WAL, not by guessing
    # how long grouping takes on this machine)
    for wait_for_write, delay in ((False, 0.8), (True, 0.0), (True, 0.05), (True, 0.3)):
        proc = _add_process(db, second)
        deadline = time.monotonic() + 120
        while wait_for_write and proc.poll() is None and not writing():
            assert time.monotonic() < deadline, "the add never started writing"
            time.sleep(0.002)
        time.sleep(delay)
        if proc.poll() is not None:
            break  # finished before we could kill it
        killed_inside += writing()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Index(db) as index:
            assert index.integrity() == []
            assert partition(index.stories()) == before
    assert killed_inside, "no kill landed while the add was writing"
    proc = _add_process(db, second)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    arts = storydiff.read([first]).articles + storydiff.read([second]).articles
    with Index(db) as index:
        assert index.integrity() == []
        assert partition(index.stories()) == partition(storydiff.cluster(arts).stories)


# --- command line --------------------------------------------------------------


def test_index_commands_add_list_show_diff_and_stats(tmp_path):
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["index", "add", str(db), str(DEMO), "-q"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["index", "stories", str(db)])
    assert listed.exit_code == 0
    stories = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {"story", "size", "articles", "representative", "title", "links"} <= set(stories[0])
    assert sum(s["size"] for s in stories) == 42
    shown = runner.invoke(app, ["index", "show", str(db), "ferry-courier"])
    assert shown.exit_code == 0
    assert "ferry-valdora-times" in json.loads(shown.stdout)["articles"]
    diffed = runner.invoke(app, ["index", "diff", str(db), "ferry-courier", "-f", "md"])
    assert diffed.exit_code == 0
    assert "## Conflicting facts" in diffed.stdout
    stats = json.loads(runner.invoke(app, ["index", "stats", str(db)]).stdout)
    assert stats["articles"] == 42
    assert stats["integrity"] == "ok"


def test_index_stories_since_a_future_date_is_empty(tmp_path):
    db = tmp_path / "news.db"
    runner.invoke(app, ["index", "add", str(db), str(DEMO), "-q"])
    listed = runner.invoke(app, ["index", "stories", str(db), "--since", "2999-01-01"])
    assert listed.exit_code == 0
    assert listed.stdout == ""


def test_index_command_on_a_non_index_file_is_an_error_naming_it(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello")
    result = runner.invoke(app, ["index", "stats", str(bogus)])
    assert result.exit_code == 1
    assert "bogus.db" in result.stderr
    assert "not a storydiff index" in result.stderr


def test_index_show_unknown_story_is_an_error(tmp_path):
    db = tmp_path / "news.db"
    runner.invoke(app, ["index", "add", str(db), str(DEMO), "-q"])
    result = runner.invoke(app, ["index", "show", str(db), "nope"])
    assert result.exit_code == 1
    assert "nope" in result.stderr


def test_incremental_path_gives_the_batch_stories_on_the_demo(tmp_path):
    arts = storydiff.read([DEMO]).articles
    with Index(tmp_path / "news.db", exact_limit=0) as index:
        for k in range(10):
            index.add(arts[k::10])
        assert index.integrity() == []
        built = partition(index.stories())
    assert built == partition(storydiff.cluster(arts).stories)


def test_incremental_add_leaves_stories_it_does_not_reach_alone(tmp_path):
    with Index(tmp_path / "news.db", exact_limit=0) as index:
        index.add([Article(id="bank", text=BANK), Article(id="ferry", text=FERRY)])
        bank_story = index.story("bank").id
        result = index.add([Article(id="ferry-copy", text=FERRY)])
        assert result.added == 1
        assert index.story("ferry-copy").id == index.story("ferry").id
        assert index.story("bank").id == bank_story
        assert index.stories(since="2999-01-01") == []
        changed = {s.id for s in index.stories(since="2000-01-01")}
        assert bank_story in changed  # created by the first batch


def test_an_older_index_is_migrated_on_open(tmp_path, monkeypatch):
    import storydiff.index as index_module

    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add([Article(id="ferry", text=FERRY)])
    monkeypatch.setattr(index_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(
        index_module._MIGRATIONS, SCHEMA_VERSION, ["ALTER TABLE stories ADD COLUMN note TEXT"]
    )
    with Index(db) as index:
        assert [s.article_ids for s in index.stories()] == [("ferry",)]
    with sqlite3.connect(db) as con:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        columns = [r[1] for r in con.execute("PRAGMA table_info(stories)")]
    assert version == (str(SCHEMA_VERSION + 1),)
    assert "note" in columns


def test_an_articles_embedded_posts_are_stored_with_it(tmp_path):
    post = Post(text="Lifeboats did a great job!", author="Ana Brel", handle="@AnaBrel")
    with Index(tmp_path / "news.db") as index:
        index.add(
            [Article(id="ferry", text=f"{FERRY}\n\nLifeboats did a great job!", posts=(post,))]
        )
        assert index.article("ferry").posts == (post,)


def test_an_index_of_schema_1_gains_the_posts_column_and_keeps_its_articles(tmp_path):
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add([Article(id="ferry", text=FERRY)])
    with sqlite3.connect(db) as con:  # as storydiff 1 wrote it: no posts column
        con.execute("ALTER TABLE articles DROP COLUMN posts")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Index(db) as index:
        assert index.article("ferry").posts == ()
        assert index.article("ferry").text == FERRY
    with sqlite3.connect(db) as con:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        columns = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    assert version == (str(SCHEMA_VERSION),)
    assert "posts" in columns


def test_an_id_that_reads_as_a_revision_is_stored_or_refused_clearly(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="wire@2024", text=FERRY)])
        assert index.story("wire@2024").article_ids == ("wire@2024",)
        index.add([Article(id="x", text=FERRY), Article(id="bank", text=BANK)])
        index.add([Article(id="x", text=BANK)])  # stored as revision x@2
        with pytest.raises(InputError, match="'x@2' clashes with revision 2 of 'x'"):
            index.add([Article(id="x@2", text="Something else entirely, at some length.")])
        assert index.integrity() == []


def test_going_back_to_an_earlier_text_is_a_new_revision(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="a", text=FERRY)])
        index.add([Article(id="a", text=BANK)])
        result = index.add([Article(id="a", text=FERRY)])
        assert result.revised == 1
        assert index.stats().revisions == 3


def test_since_is_read_as_a_time_in_any_zone(tmp_path):
    with Index(tmp_path / "news.db") as index:
        index.add([Article(id="a", text=FERRY)])
        assert len(index.stories(since="2000-01-01")) == 1
        assert index.stories(since="2999-01-01T00:00+02:00") == []
        with pytest.raises(InputError, match="'since' value"):
            index.stories(since="yesterday")


def test_a_damaged_stored_text_is_named_by_the_check_and_reading_it_is_a_typed_error(tmp_path):
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add(storydiff.read([DEMO]).articles)
    with sqlite3.connect(db) as raw:
        member = raw.execute("SELECT member FROM articles WHERE rowid = 1").fetchone()[0]
        raw.execute("UPDATE articles SET text = x'deadbeef' WHERE rowid = 1")
    with Index(db) as index:
        assert index.integrity() == ["1 stored article texts do not decode"]
        with pytest.raises(IndexDamagedError, match=f"{db}: the index is damaged"):
            index.article(member)
    result = CliRunner().invoke(app, ["index", "show", str(db), member])
    assert result.exit_code == 1
    assert "the index is damaged" in result.stderr
    assert "Traceback" not in result.output


def test_a_damaged_index_file_is_a_typed_error_naming_it(tmp_path):
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.add(storydiff.read([DEMO]).articles)
    with db.open("r+b") as raw:
        raw.seek(4096)
        raw.write(b"\xff" * 8192)

    def open_and_read() -> None:
        with Index(db) as index:
            index.stats()
            index.stories()

    with pytest.raises((IndexDamagedError, InputError), match=str(db)):
        open_and_read()
    result = CliRunner().invoke(app, ["index", "stats", str(db)])
    assert result.exit_code == 1
    assert str(db) in result.stderr
    assert "Traceback" not in result.output


def test_a_new_index_in_a_missing_folder_makes_the_folder(tmp_path):
    db = tmp_path / "new" / "folder" / "news.db"
    with Index(db, create=True) as index:
        index.add(storydiff.read([DEMO]).articles[:2])
    assert db.is_file()
