"""Writing outputs: atomically for files, in place for devices and pipes, errors named."""

from __future__ import annotations

import os
import stat
import threading

import pytest
from typer.testing import CliRunner

from storydiff import cli
from storydiff._io import atomic_writer, check_writable
from storydiff.cli import app
from storydiff.errors import RenderError

from .conftest import DEMO

runner = CliRunner()


def test_a_link_is_followed_and_the_file_it_names_is_replaced(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "target.txt").write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real / "target.txt")
    with atomic_writer(link) as handle:
        handle.write("new")
    assert link.is_symlink()
    assert (real / "target.txt").read_text() == "new"
    assert not list(real.glob(".*.tmp"))


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_follows_the_umask(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text("x")
    old.chmod(0o640)
    with atomic_writer(old) as handle:
        handle.write("y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    mask = os.umask(0o022)
    try:
        with atomic_writer(tmp_path / "new.txt") as handle:
            handle.write("z")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_a_fifo_is_written_in_place_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()), daemon=True)
    reader.start()
    try:
        with atomic_writer(fifo) as handle:
            handle.write("through the pipe")
        reader.join(timeout=10)
    finally:
        if reader.is_alive() and stat.S_ISFIFO(fifo.stat().st_mode):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the reader go
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("where", ["a directory", "under a file"])
def test_an_output_that_cannot_be_written_is_a_render_error_naming_it(tmp_path, where):
    (tmp_path / "file").write_text("x")
    target = tmp_path if where == "a directory" else tmp_path / "file" / "out.txt"
    with pytest.raises(RenderError, match=str(target)):
        check_writable(target)
    with pytest.raises(RenderError, match=str(target)), atomic_writer(target) as handle:
        handle.write("never")


def test_cluster_refuses_an_unwritable_output_before_it_starts(tmp_path, monkeypatch):
    def never(*args, **kwargs):
        msg = "read before the output was checked"
        raise AssertionError(msg)

    monkeypatch.setattr(cli, "read", never)
    result = runner.invoke(app, ["cluster", str(DEMO), "-q", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert f"error: cannot write {tmp_path}: it is a directory" in result.stderr
    assert "Traceback" not in result.output


def test_report_all_leaves_nothing_behind_when_it_fails_halfway(tmp_path, monkeypatch):
    calls = []
    real = cli._run_diff

    def fail_on_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "_run_diff", fail_on_third)
    out = tmp_path / "reports"
    result = runner.invoke(app, ["report", str(DEMO), "--all", "-q", "-f", "md", "-o", str(out)])
    assert result.exit_code != 0
    assert list(out.iterdir()) == []


def test_report_all_moves_its_pages_and_index_into_place(tmp_path):
    out = tmp_path / "reports"
    result = runner.invoke(app, ["report", str(DEMO), "--all", "-q", "-f", "md", "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert "index.md" in names
    assert len(names) > 2
    assert not [n for n in names if n.startswith(".")]


def test_brackets_in_ids_and_titles_are_shown_as_written_in_the_table(tmp_path):
    data = tmp_path / "m.jsonl"
    data.write_text(
        '{"id": "[/b]", "title": "Ferry [bold]hits[/bold] rocks", "text": "A ferry hit rocks."}\n'
        '{"id": "[red]z", "title": "Storm", "text": "A storm hit the coast."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["cluster", str(data), "-q", "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "[/b]" in result.stdout
    assert "[red]z" in result.stdout
    assert "Ferry [bold]hits[/bold] rocks" in result.stdout


def test_a_long_problem_on_stderr_is_one_line(tmp_path):
    deep = tmp_path / ("a_rather_long_directory_name_" * 4)
    deep.mkdir()
    bad = deep / "feed.jsonl"
    bad.write_text('{"id": "a", "text": "A ferry hit rocks."}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["cluster", str(bad), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stderr.splitlines() if "malformed JSON" in line]
    assert str(bad) in line


def test_a_stream_named_under_proc_is_appended_to_not_replaced(tmp_path):
    log = tmp_path / "log.txt"
    log.write_text("previous line\n")
    inode = log.stat().st_ino
    shell_redirect = log.open("a")  # what "-o /dev/stdout >> log.txt" writes to
    with shell_redirect, atomic_writer(f"/proc/self/fd/{shell_redirect.fileno()}") as handle:
        handle.write("report\n")
    assert log.stat().st_ino == inode
    assert log.read_text() == "previous line\nreport\n"


def test_report_all_run_again_keeps_links_and_permissions(tmp_path):
    out = tmp_path / "reports"
    args = ["report", str(DEMO), "--all", "-q", "-f", "md", "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    page = next(p for p in sorted(out.iterdir()) if p.name != "index.md")
    page.chmod(0o600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "index.md").replace(elsewhere / "index.md")
    (out / "index.md").symlink_to(elsewhere / "index.md")
    assert runner.invoke(app, args).exit_code == 0
    assert (out / "index.md").is_symlink()
    assert "| story | versions | conflicts |" in (elsewhere / "index.md").read_text()
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
