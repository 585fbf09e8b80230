"""Atomic output: write to a temporary file beside the target, then rename.

Only a regular file (or a path where nothing is yet) is replaced that way. A
link is followed, and the file it points to is replaced, not the link; a
device, a FIFO or a socket (``-o /dev/stdout``, ``-o >(gzip > out.gz)``) is
written in place, since there is nothing to rename over it. A replaced file
keeps its permissions; a new one gets the usual ones (0666 less the umask),
not the 0600 of a temporary file. Every failure to write is a
:class:`~storydiff.errors.RenderError` that names the path.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from storydiff.errors import RenderError

__all__ = ["atomic_writer", "check_writable", "replace_with", "write_lines_atomic"]


def _problem(path: str | Path, exc: OSError) -> RenderError:
    return RenderError(f"cannot write {path}: {exc.strerror or exc}")


def _existing(path: str | Path) -> os.stat_result | None:
    """What is at ``path`` (links followed), ``None`` when nothing is."""
    try:
        return Path(path).stat()
    except FileNotFoundError:
        return None
    except NotADirectoryError as exc:  # a file where a folder of the path should be
        raise _problem(path, exc) from None
    except OSError as exc:
        raise _problem(path, exc) from None


def _a_stream(path: str | Path) -> bool:
    """Whether ``path`` names an open stream rather than a file: "/dev/stdout",
    "/dev/fd/3", "/proc/self/fd/1", whatever they lead to (a shell redirects stdout
    to a regular file, which must not be replaced behind the shell's back)."""
    parts = Path(path).absolute().parts  # not resolved: /dev/stdout leads elsewhere
    return len(parts) > 1 and parts[1] in ("dev", "proc")


def check_writable(path: str | Path, *, directory: bool = False) -> None:
    """Raise :class:`RenderError` now if ``path`` cannot be written later.

    ``directory``: ``path`` is a folder to write files into (made if missing).
    Called before long work, so a bad ``-o`` fails in a second, not after an hour.
    """
    found = _existing(path)
    if directory:
        if found is not None and not stat.S_ISDIR(found.st_mode):
            msg = f"cannot write into {path}: it is not a directory"
            raise RenderError(msg)
        folder = Path(path) if found is not None else _nearest_existing(Path(path))
    else:
        if found is not None and stat.S_ISDIR(found.st_mode):
            msg = f"cannot write {path}: it is a directory"
            raise RenderError(msg)
        if found is not None and not stat.S_ISREG(found.st_mode):
            if not os.access(path, os.W_OK):
                msg = f"cannot write {path}: permission denied"
                raise RenderError(msg)
            return
        real = Path(os.path.realpath(path))
        folder = real.parent if real.parent.is_dir() else _nearest_existing(real.parent)
    if not folder.is_dir():
        msg = f"cannot write {path}: {folder} is not a directory"
        raise RenderError(msg)
    if not os.access(folder, os.W_OK | os.X_OK):
        msg = f"cannot write {path}: permission denied in {folder}"
        raise RenderError(msg)


def _nearest_existing(path: Path) -> Path:
    """The deepest existing folder on the way to ``path`` (where missing ones would be made)."""
    for parent in (path, *path.parents):
        if parent.exists():
            return parent
    return Path.cwd()


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Open a temporary file next to ``path``; on success it replaces ``path``.

    If the block raises, the target is left untouched and the temporary file
    removed. See the module docs for links, devices and FIFOs.
    """
    found = _existing(path)
    if found is not None and stat.S_ISDIR(found.st_mode):
        msg = f"cannot write {path}: it is a directory"
        raise RenderError(msg)
    if found is not None and (not stat.S_ISREG(found.st_mode) or _a_stream(path)):
        # appended, not truncated: "-o /dev/stdout >> log" keeps the log
        try:
            handle = Path(path).open("a", encoding=encoding, newline="")  # noqa: SIM115
        except OSError as exc:
            raise _problem(path, exc) from None
        with handle:
            yield handle
        return
    target = Path(os.path.realpath(path))  # through a link, to the file it names
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        mode = stat.S_IMODE(found.st_mode) if found is not None else 0o666
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)  # less the umask
    except OSError as exc:
        raise _problem(path, exc) from None
    try:
        if found is not None:
            os.fchmod(fd, mode)  # exactly the replaced file's permissions
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def replace_with(staged: Path, target: Path) -> None:
    """Move the finished file ``staged`` over ``target`` as :func:`atomic_writer` would: the
    file a link names is replaced, not the link, and a replaced file keeps its permissions."""
    found = _existing(target)
    if found is not None and not stat.S_ISREG(found.st_mode):
        msg = f"cannot write {target}: it is not a regular file"
        raise RenderError(msg)
    real = Path(os.path.realpath(target))
    try:
        if found is not None:
            staged.chmod(stat.S_IMODE(found.st_mode))
        staged.replace(real)
    except OSError as exc:
        raise _problem(target, exc) from None


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each without its newline) to ``path`` atomically."""
    with atomic_writer(path) as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")
