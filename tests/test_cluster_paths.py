"""cluster_paths: files read and fingerprinted per task, texts dropped, same stories as read + cluster."""

from __future__ import annotations

import itertools
import json
import sys

import pytest

import storydiff
from storydiff.cluster import cluster_paths
from storydiff.engine import ProcessEngine
from storydiff.features import CHUNK

from .conftest import DEMO


def _same_as_read_then_cluster(inputs, **kwargs):
    result, problems = cluster_paths(inputs, **kwargs)
    engine = kwargs.get("engine")
    read = storydiff.read(inputs, engine=engine)
    expected = storydiff.cluster(read.articles, engine=engine)
    assert result.stories == expected.stories
    assert result.links == expected.links
    assert problems == read.problems
    return result, problems


def test_demo_gives_the_stories_of_read_then_cluster_in_one_process_and_in_two():
    _same_as_read_then_cluster([DEMO])
    _same_as_read_then_cluster([DEMO], engine=ProcessEngine(workers=2))


def test_a_repeated_id_in_a_later_file_is_a_problem_and_its_article_is_left_out(write, tmp_path):
    texts = [
        "Heavy rain flooded the old harbour of Port Ella on Sunday, officials said.",
        "Heavy rain flooded the old harbour of Port Ella on Sunday, the mayor said.",
        "The central bank held its main rate at four percent on Thursday.",
    ]
    write(
        "a.jsonl",
        "".join(json.dumps({"id": f"x{k}", "text": t}) + "\n" for k, t in enumerate(texts)),
    )
    write(
        "b.jsonl", json.dumps({"id": "x1", "text": "Another text with a seen id."}) + "\n{broken\n"
    )
    result, problems = _same_as_read_then_cluster([tmp_path])
    assert sorted(a for s in result.stories for a in s.article_ids) == ["x0", "x1", "x2"]
    assert any("duplicate id 'x1'" in str(p) for p in problems)
    assert any("b.jsonl:2" in str(p) for p in problems)


def test_the_largest_file_is_read_first_yet_a_repeated_id_is_the_later_files(
    write, tmp_path, monkeypatch
):
    import sys

    from storydiff.engine import LocalEngine

    # a task a file (each file here is one line: a span of its own)
    monkeypatch.setattr(sys.modules["storydiff.cluster"], "_TASK_BYTES", 1)

    class Recording(LocalEngine):
        def __init__(self) -> None:
            self.order: list[str] = []

        def map(self, fn, items, **shared):
            if fn.__name__ == "featurize_task":
                self.order = [spec[1].name for task in items for spec, _ in task.pieces]
            return super().map(fn, items, **shared)

    write("a.jsonl", json.dumps({"id": "x1", "text": "The central bank held its rate."}) + "\n")
    long_text = "Heavy rain flooded the old harbour of Port Ella on Sunday. " * 20
    write("b.jsonl", json.dumps({"id": "x1", "text": long_text}) + "\n")
    write("c.jsonl", json.dumps({"id": "x2", "text": long_text + " More rain."}) + "\n")
    engine = Recording()
    result, problems = _same_as_read_then_cluster([tmp_path], engine=engine)
    assert engine.order == ["c.jsonl", "b.jsonl", "a.jsonl"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b.jsonl'}:1: duplicate id 'x1': first read at {tmp_path / 'a.jsonl'}:1; "
        "this one is skipped"
    ]
    assert sorted(a for s in result.stories for a in s.article_ids) == ["x1", "x2"]


def test_rows_of_a_dropped_duplicate_are_removed_from_a_file_of_several_chunks(write, tmp_path):
    lines = [
        json.dumps({"id": f"a{k}", "text": f"Story number {k} about the harbour flood {k % 7}."})
        for k in range(CHUNK + 50)
    ]
    lines.insert(CHUNK + 10, json.dumps({"id": "a3", "text": "A second article with id a3."}))
    write("many.jsonl", "\n".join(lines) + "\n")
    result, problems = _same_as_read_then_cluster([tmp_path])
    assert sum(s.size for s in result.stories) == CHUNK + 50
    assert len(problems) == 1


def test_strict_makes_any_problem_fatal(write, tmp_path):
    write("a.jsonl", '{"id": "x", "text": "One storm hit the coast."}\n{broken\n')
    with pytest.raises(storydiff.InputError, match=r"a\.jsonl:2"):
        cluster_paths([tmp_path], strict=True)


def test_nothing_usable_and_stdin_are_input_errors(write, tmp_path):
    write("empty.jsonl", "{broken\n")
    with pytest.raises(storydiff.InputError, match="no usable article"):
        cluster_paths([tmp_path])
    with pytest.raises(storydiff.InputError, match="standard input"):
        cluster_paths(["-"])


def test_jsonl_spans_cover_the_file_at_line_starts_with_their_line_numbers(tmp_path):
    from storydiff.ingest import jsonl_spans

    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"r{k}", "text": "word " * (k % 13)}) for k in range(400)]
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(data)
    spans = jsonl_spans(path, size=1000)
    assert len(spans) > 5
    assert spans[0].start == 0
    assert spans[-1].end == len(data)
    for before, after in itertools.pairwise(spans):
        assert before.end == after.start
        assert data[after.start - 1 : after.start] == b"\n"
        assert after.first_line == data[: after.start].count(b"\n") + 1


def test_a_large_jsonl_file_read_in_spans_gives_what_reading_it_whole_gives(
    write, tmp_path, monkeypatch
):
    import sys

    monkeypatch.setattr(sys.modules["storydiff.cluster"], "_TASK_BYTES", 1500)
    records = []
    for k in range(300):
        text = f"The harbour flood number {k % 40} hit Port Ella on day {k % 40}, officials said."
        rec = {"text": text} if k % 7 == 0 else {"id": f"d{k % 250}", "text": text}
        records.append(json.dumps(rec))
    records.insert(120, "{broken")
    records.insert(200, "")
    write("feed.jsonl", "\ufeff" + "\n".join(records) + "\n")
    result, problems = _same_as_read_then_cluster([tmp_path], engine=ProcessEngine(workers=2))
    assert any("feed.jsonl:121" in str(p) for p in problems)  # line numbers survive the spans
    assert any("duplicate id" in str(p) for p in problems)
    assert any(a.startswith("feed:") for s in result.stories for a in s.article_ids)


def test_small_files_are_packed_into_tasks_in_reading_order_and_large_jsonl_cut(tmp_path):
    from storydiff.ingest import input_files, input_tasks

    (tmp_path / "a.txt").write_text("A\n\n" + "x" * 6000)
    (tmp_path / "b.txt").write_text("B\n\nshort")  # counts for 4 KiB
    (tmp_path / "c.txt").write_text("C\n\nshort")
    (tmp_path / "d.jsonl").write_text(
        "".join(json.dumps({"id": f"d{k}", "text": "w " * 500}) + "\n" for k in range(40))
    )
    (tmp_path / "e.txt").write_text("E\n\nshort")
    tasks = input_tasks(input_files(tmp_path), size=10000)
    names = [[(spec[1].name, span is not None) for spec, span in t.pieces] for t in tasks]
    spans = len(tasks) - 3
    assert names == [
        [("a.txt", False)],
        [("b.txt", False), ("c.txt", False)],
        *[[("d.jsonl", True)]] * spans,
        [("e.txt", False)],
    ]
    assert spans >= 4
    assert [t.size for t in tasks[:2]] == [6003, 8192]  # a file counts for 4 KiB at least
    assert sum(t.size for t in tasks[2:-1]) == (tmp_path / "d.jsonl").stat().st_size


def test_an_input_smaller_than_the_tasks_asked_for_is_cut_into_about_that_many(tmp_path):
    from storydiff.engine import LocalEngine
    from storydiff.ingest import input_files, input_tasks, tasks_wanted

    for k in range(40):
        (tmp_path / f"{k:02d}.txt").write_text("T\n\n" + "word " * 4000)  # 20 kB each
    (tmp_path / "zz.jsonl").write_text(
        "".join(json.dumps({"id": f"j{k}", "text": "w " * 500}) + "\n" for k in range(400))
    )  # 410 kB
    specs = input_files(tmp_path)
    assert len(input_tasks(specs)) == 1  # 1.2 MB: one task of 8 MB
    tasks = input_tasks(specs, parts=8)
    assert 7 <= len(tasks) <= 10
    assert max(t.size for t in tasks) <= 1_250_000 // 8 + 20_000
    names = [spec[1].name for t in tasks for spec, _ in t.pieces]
    assert sorted(set(names)) == [*(f"{k:02d}.txt" for k in range(40)), "zz.jsonl"]
    assert names.count("zz.jsonl") >= 2  # cut into spans
    assert tasks_wanted(ProcessEngine(workers=2)) == 8
    assert tasks_wanted(LocalEngine()) == 1
    assert len(input_tasks(specs[:5], parts=8)) == 2  # never below 64 KiB a task


def test_a_directory_of_many_small_files_is_grouped_as_read_then_cluster_finds(
    write, tmp_path, monkeypatch
):
    import sys

    monkeypatch.setattr(sys.modules["storydiff.cluster"], "_TASK_BYTES", 30000)
    for k in range(60):
        text = f"The harbour flood number {k % 12} hit Port Ella on day {k % 12}, officials said."
        write(f"in/{k // 20}/{k:03d}.txt", f"Flood {k % 12}\n\n{text}")
    write("in/1/broken.json", "{not json")
    write("in/2/001.txt", "Flood\n\nThe same name in another folder.")
    result, problems = _same_as_read_then_cluster([tmp_path / "in"], engine=ProcessEngine(2))
    assert any("broken.json" in str(p) for p in problems)
    assert sum(s.size for s in result.stories) == 61


def _binary_headed_feed() -> bytes:
    good = [
        json.dumps({"id": f"r{k}", "text": f"Harbour flood {k} hit Port Ella."}) for k in range(200)
    ]
    return b"\x00" * 300 + b"\n" + ("\n".join(good) + "\n").encode()


def test_a_binary_jsonl_cut_into_spans_is_one_problem_and_no_article_as_read_whole(
    write, tmp_path, monkeypatch
):
    import functools

    import storydiff.ingest as ingest

    write("feed.jsonl", _binary_headed_feed())
    local = storydiff.read([tmp_path])
    assert len(local.articles) == 0
    assert [p.message for p in local.problems] == ["looks like a binary file (NUL bytes), not text"]
    monkeypatch.setattr(ingest, "input_tasks", functools.partial(ingest.input_tasks, size=1500))
    assert storydiff.read([tmp_path], engine=ProcessEngine(workers=2)) == local
    monkeypatch.setattr(sys.modules["storydiff.cluster"], "_TASK_BYTES", 1500)
    with pytest.raises(storydiff.InputError, match="no usable article"):
        cluster_paths([tmp_path])


def test_a_jsonl_file_that_cannot_be_cut_into_spans_is_one_task_that_reports_it(
    tmp_path, monkeypatch
):
    import storydiff.ingest as ingest

    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": "w " * 400}) + "\n" for _ in range(20)))

    def unreadable(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "jsonl_spans", unreadable)
    tasks = ingest.input_tasks(ingest.input_files(tmp_path), size=1000)
    assert [t.pieces for t in tasks] == [((ingest.input_files(tmp_path)[0], None),)]


def test_shingle_hashes_are_spilled_under_spill_dir_and_removed_afterwards(tmp_path, monkeypatch):
    import importlib

    import numpy as np

    expected = storydiff.cluster(storydiff.read([DEMO]).articles).stories
    module = importlib.import_module("storydiff.cluster")
    seen: list[object] = []
    original = module._cluster_features

    def spy(metas, handed, space, **kwargs):
        seen.append(handed[0].hashes)
        assert list(tmp_path.glob("storydiff-*/shingles.u32"))
        return original(metas, handed, space, **kwargs)

    monkeypatch.setattr(module, "_cluster_features", spy)
    result, _ = cluster_paths([DEMO], spill_dir=tmp_path)
    assert result.stories == expected
    assert isinstance(seen[0], np.memmap)
    assert list(tmp_path.iterdir()) == []


def test_gathering_spilled_hashes_holds_one_file_of_them_at_a_time(write, tmp_path):
    import random
    import tracemalloc

    from storydiff.cluster import ClusterParams, _gather_features, _unique_metas
    from storydiff.features import featurize_task
    from storydiff.ingest import FieldMap, ReadTask, input_files

    rng = random.Random(7)
    words = [f"w{k}" for k in range(3000)]
    for f in range(10):
        texts = (" ".join(rng.choices(words, k=2000)) for _ in range(5))
        write(
            f"in/{f}.jsonl",
            "".join(json.dumps({"id": f"{f}-{k}", "text": t}) + "\n" for k, t in enumerate(texts)),
        )
    spill = tmp_path / "spill"
    spill.mkdir()
    params = ClusterParams()
    parts = [
        featurize_task(
            ReadTask(pieces=((spec, None),), size=0),
            fields=FieldMap(),
            keep_debris=False,
            fingerprinter=params.fingerprinter,
            spill=str(spill),
        )
        for spec in input_files([tmp_path / "in"])
    ]
    _, _, keep = _unique_metas(parts)
    tracemalloc.start()
    try:
        table, _ = _gather_features(parts, keep, spill / "shingles.u32", params)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    total = table.hashes.nbytes  # 50 articles of about 2,000 shingles: 400 kB
    assert total > 350_000
    # each file's hashes are read, appended to the target and let go (numpy
    # reports its buffers to tracemalloc): never all of them at once
    assert peak < total / 2
