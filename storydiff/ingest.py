"""Reading articles from files, directories, JSONL/JSON, CSV/TSV, HTML, Reuters SGML and stdin.

Every reader yields :class:`~storydiff.models.Article` records or
:class:`~storydiff.models.ReadProblem` records; one bad record never stops the
others. Debris is removed here (see :mod:`storydiff.clean`), once.
"""

from __future__ import annotations

import csv
import email.utils
import errno
import hashlib
import html
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from storydiff.clean import (
    clean_text,
    drop_site_name,
    drop_standfirst,
    drop_title_line,
    split_headline,
)
from storydiff.engine import Engine, LocalEngine, ProcessEngine
from storydiff.errors import InputError, param_error
from storydiff.models import Article, ReadProblem, ReadResult
from storydiff.normalize import normalize_unicode, normalize_whitespace

__all__ = ["SUPPORTED_SUFFIXES", "FieldMap", "iter_read", "read"]

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
SGML_SUFFIXES = {".sgm", ".sgml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | SGML_SUFFIXES


# Where other scrapers and datasets keep each attribute (news-please: "maintext",
# "date_publish"; newspaper3k: "publish_date"; RSS: "link", "pubDate"): looked for, in this
# order, when the field's name is left at its default.
_FIELD_ALIASES = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "maintext", "article"),
    "source": ("source", "outlet", "publisher", "source_domain", "site_name"),
    "published": (
        "published",
        "date",
        "published_at",
        "publish_date",
        "date_publish",
        "pubDate",
        "datetime",
    ),
    "url": ("url", "link"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldMap:
    """Names of the record fields holding each article attribute (JSON and CSV).

    ``paragraph_separator``, when not empty, is the string that stands for a
    paragraph break in the text field: some scrapes keep a page's paragraphs
    on one line, joined by a marker such as ``" ### "``. Each becomes a blank
    line, so that captions, bylines and promo lines are seen, and removed, one
    paragraph at a time.
    """

    id: str = "id"
    title: str = "title"
    text: str = "text"
    source: str = "source"
    published: str = "published"
    url: str = "url"
    paragraph_separator: str = ""

    def names(self, attr: str) -> tuple[str, ...]:
        """The fields looked for, in order, for ``attr``: the one named, and when it is
        the default, the names common scrapers use for it (``_FIELD_ALIASES``).

        >>> FieldMap().names("published")[:3]
        ('published', 'date', 'published_at')
        >>> FieldMap(published="when").names("published")
        ('when',)
        """
        name = getattr(self, attr)
        return _FIELD_ALIASES.get(attr, (name,)) if name == attr else (name,)

    def pick(self, rec: Mapping[str, Any], attr: str) -> Any:
        """The value of ``attr`` in ``rec`` (None if no field of it is present).

        The named field's value, unless it is missing or blank and another
        name holds text: an empty ``text`` column beside a ``body`` column
        reads the body. Another name counts only with a string in it (a
        ``content`` list or a ``date`` integer is someone else's format).
        """
        names = self.names(attr)
        value = rec.get(names[0])
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return value
        for name in names[1:]:
            other = rec.get(name)
            if isinstance(other, str) and other.strip():
                return other
        return value

    def __post_init__(self) -> None:
        if self.paragraph_separator and not self.paragraph_separator.strip():
            # white space alone would cut the text into one word a paragraph
            error = param_error(
                "paragraph_separator",
                "FieldMap",
                "a string with a visible mark",
                self.paragraph_separator,
            )
            raise error


@dataclass(frozen=True, slots=True, kw_only=True)
class _Raw:
    """An article as found, before cleaning."""

    id: str
    body: str
    origin: str
    line: int | None = None
    title: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    author: str = ""
    already_clean: bool = False
    headline_in_text: bool = False
    """A record with no title: the headline may open its text (:func:`split_headline`)."""
    wire: bool = False
    """A wire's own file (Reuters SGML): no page prints a headline or standfirst above its
    body, whose first line may be a table's row ("Qtly div 22 cts vs 20 cts prior")."""


# --------------------------------------------------------------------------- helpers


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec of ``data``, by its byte-order mark or, without one, by where its
    NUL bytes fall (every other byte in text that is mostly ASCII); else ``None``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes, origin: str) -> str:
    """UTF-8 (BOM allowed), UTF-16 (by its BOM or its NUL bytes), else the encoding
    charset-normalizer detects."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    codec = _utf16(data)  # before UTF-8: "A\x00" is valid UTF-8, NULs and all
    if codec is not None:
        try:
            return data.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            msg = f"{origin}: looks like UTF-16 but does not decode as {codec}"
            raise InputError(msg) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > max(1, len(data) // 100):
        msg = f"{origin}: looks like a binary file (NUL bytes), not text"
        raise InputError(msg)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        msg = f"{origin}: cannot decode the text (not UTF-8 and no encoding detected)"
        raise InputError(msg)
    logger.info("%s: decoded as %s", origin, best.encoding)
    return str(best)


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d-%b-%Y %H:%M:%S.%f",
    "%d-%b-%Y %H:%M:%S",
    "%a, %d %b %Y %H:%M:%S %z",
    "%d %B %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%b %d, %Y",
)


# "8/29/18", "29.08.2018": day and month in either order, told apart only by a
# figure above 12
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})")


def _numeric_date(m: re.Match[str], text: str) -> datetime:
    first, second, year = (int(g) for g in m.groups())
    if not first or not second:
        msg = f"unreadable date {text!r}"
        raise ValueError(msg)
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first or first == second:
        month, day = first, second
    else:
        msg = f"ambiguous date {text!r} (day/month or month/day)"
        raise ValueError(msg)
    if len(m.group(3)) == 2:  # strptime's %y: 69-99 are 1969-1999, 00-68 are 2000-2068
        year += 1900 if year >= 69 else 2000
    try:
        return datetime(year, month, day)
    except ValueError:
        msg = f"unreadable date {text!r}"
        raise ValueError(msg) from None


def parse_published(value: Any) -> datetime | None:
    """Parse ISO 8601 strings, common date forms and epoch seconds/milliseconds.

    Returns an aware UTC datetime, or ``None`` for an empty value.
    Raises ``ValueError`` for a value it cannot read, and for a numeric date
    whose day and month could be either ("4/5/18"); one with a figure above 12
    is read ("8/29/18" and "29/8/2018" are both 29 August).

    >>> parse_published("2026-03-01T06:00:00+02:00").isoformat()
    '2026-03-01T04:00:00+00:00'
    >>> parse_published(1394470370698).year
    2014
    >>> parse_published("8/29/18").date().isoformat()
    '2018-08-29'
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value) / 1000.0 if value > 1e11 else float(value)
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):  # 1e300, inf, nan, 1e20
            msg = f"date out of range: {value!r}"
            raise ValueError(msg) from None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}", text):
        return parse_published(int(text))
    numeric = _NUMERIC_DATE.fullmatch(text)
    parsed = _numeric_date(numeric, text) if numeric else _parse_formatted(text)
    if parsed is None:
        msg = f"unreadable date {text!r}"
        raise ValueError(msg)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# The zone names RFC 2822 defines; email.utils reads any other name as UTC, silently.
_RFC_ZONES = frozenset(
    ["UT", "UTC", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"]
)


def _known_zone(text: str) -> bool:
    """Whether an RFC 2822 date ends in an offset, a zone RFC 2822 names, or a time."""
    last = re.sub(r"\s*\([^()]*\)$", "", text).split()[-1]  # "-0800 (PST)": the comment aside
    return (
        bool(re.fullmatch(r"[+-]\d{4}|\d{1,2}:\d{2}(?::\d{2})?", last))
        or last.upper() in _RFC_ZONES
    )


def _parse_formatted(text: str) -> datetime | None:
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if text[:3].isalpha() and text[3:4] == "," and _known_zone(text):
            try:  # RFC 2822, as feeds write it
                return email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError):
                pass
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    return parsed


def _kind_of(value: Any) -> str:
    """ "a list", "an object", "a number", "true": what a JSON value is, for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__


def _str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


# --------------------------------------------------------------------------- readers


def _read_text_file(text: str, *, art_id: str, origin: str) -> Iterator[_Raw | ReadProblem]:
    lines = text.splitlines()
    title = ""
    start = 0
    for i, line in enumerate(lines):
        if line.strip():
            title = line.strip().lstrip("#").strip()
            start = i + 1
            break
    body = "\n".join(lines[start:])
    yield _Raw(id=art_id, body=body, origin=origin, title=title)


_META_TIME = re.compile(
    r"<meta\b[^>]*(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|"
    r"datePublished|pubdate|publishdate|dc\.date\.issued)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content=[\"']([^\"']+)[\"']", re.IGNORECASE)


def _meta_published(page: str) -> datetime | None:
    """The publication time from the page's meta tags, to the second when given.

    trafilatura (htmldate) returns dates only; a time of day matters for the
    time window, so the common meta tags are read first.
    """
    for tag in _META_TIME.finditer(page):
        content = _CONTENT.search(tag.group(0))
        if content:
            try:
                return parse_published(html.unescape(content.group(1)))
            except ValueError:
                continue
    return None


def _read_html(
    text: str, *, art_id: str, origin: str, keep_debris: bool = False
) -> Iterator[_Raw | ReadProblem]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=keep_debris,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        as_dict=False,
    )
    if doc is None:
        yield ReadProblem(origin=origin, message="no article text found in the HTML page")
        return
    body = _str(getattr(doc, "text", ""))
    published = _meta_published(text)
    date = getattr(doc, "date", None)
    if published is None and date:
        try:
            published = parse_published(date)
        except ValueError:
            published = None
    title = _str(getattr(doc, "title", ""))
    if not title:
        m = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        title = html.unescape(m.group(1)).strip() if m else ""
    yield _Raw(
        id=art_id,
        body=body,
        origin=origin,
        title=title,
        source=_str(getattr(doc, "sitename", "")),
        url=_str(getattr(doc, "url", "")),
        published=published,
        author=_str(getattr(doc, "author", "")),
    )


def _record_to_raw(
    rec: Mapping[str, Any], *, fields: FieldMap, origin: str, line: int, default_id: str
) -> Iterator[_Raw | ReadProblem]:
    """The article of one record, or the problem that stops it.

    A date that cannot be read is a warning before the article, which is kept
    without a date (the caller sees it among the problems, never in a log).
    """
    if not isinstance(rec, Mapping):
        yield ReadProblem(
            origin=origin, line=line, message=f"expected an object, got {type(rec).__name__}"
        )
        return
    text = fields.pick(rec, "text")
    if text is None:
        present = [name for name in fields.names("text") if name in rec and rec[name] is None]
        names = " or ".join(map(repr, fields.names("text")))
        message = f"field {present[0]!r} is null" if present else f"no {names} field"
        yield ReadProblem(origin=origin, line=line, message=message)
        return
    if not isinstance(text, str):
        where = next(name for name in fields.names("text") if rec.get(name) is text)
        yield ReadProblem(
            origin=origin,
            line=line,
            message=f"field {where!r} holds {_kind_of(text)}, not text",
        )
        return
    for attr in ("id", "title", "source", "url"):
        value = rec.get(fields.id) if attr == "id" else fields.pick(rec, attr)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, (str, int, float))
        ):
            yield ReadProblem(
                origin=origin,
                line=line,
                severity="warning",
                message=f"the {attr} holds {_kind_of(value)}, not text; it is ignored",
            )
            rec = {k: v for k, v in rec.items() if v is not value}
    rid = _str(rec.get(fields.id)).strip() or default_id
    when = fields.pick(rec, "published")
    try:
        published = parse_published(when)
    except ValueError as exc:
        published = None
        where = next(name for name in fields.names("published") if rec.get(name) is when)
        yield ReadProblem(
            origin=origin,
            line=line,
            severity="warning",
            message=f"{exc} in field {where!r}; the date is ignored",
        )
    body = _str(text)
    if fields.paragraph_separator:
        body = body.replace(fields.paragraph_separator, "\n\n")
    title = _str(fields.pick(rec, "title")).strip()
    yield _Raw(
        id=rid,
        body=body,
        origin=origin,
        line=line,
        title=title,
        headline_in_text=not title,
        source=_str(fields.pick(rec, "source")).strip(),
        url=_str(fields.pick(rec, "url")).strip(),
        published=published,
    )


def _read_json_lines(
    stream: Iterable[str], *, fields: FieldMap, origin: str, stem: str, first_line: int = 1
) -> Iterator[_Raw | ReadProblem]:
    for lineno, line in enumerate(stream, start=first_line):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadProblem(origin=origin, line=lineno, message=f"malformed JSON: {exc.msg}")
            continue
        yield from _record_to_raw(
            rec, fields=fields, origin=origin, line=lineno, default_id=f"{stem}:{lineno}"
        )


def _stdin_lines(stream: IO[str] | IO[bytes]) -> Iterator[str]:
    """Lines of stdin decoded as a file's are: UTF-8, else what the line's bytes detect as.

    The stream is read as given (what it has buffered is read too). A text line holding
    bytes that were not UTF-8 (Python's surrogate escapes: the CLI reads stdin with
    ``errors="surrogateescape"``) is taken back to its bytes first; a line that decodes
    as nothing becomes a malformed line.
    """
    for k, line in enumerate(stream, start=1):
        if isinstance(line, str):
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:
                line = line.encode("utf-8", "surrogateescape")
            else:
                yield line
                continue
        yield _decoded_line(line, f"<stdin>:{k}")


def _decoded_line(raw: bytes, where: str) -> str:
    """One line of JSON lines: UTF-8, else what its bytes detect as; a line that decodes
    as nothing is "\x00", which the reader reports as a malformed line."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return _decode(raw, where)
        except InputError:
            return "\x00"


def _stream_jsonl(
    path: Path, *, fields: FieldMap, origin: str, stem: str, span: FileSpan | None = None
) -> Iterator[_Raw | ReadProblem]:
    """JSON lines read and decoded line by line (UTF-8; a line that is not is detected alone).

    With ``span``, only the lines from byte ``span.start`` (a line start) to
    ``span.end`` are read, numbered from ``span.first_line``.
    """
    start = span.start if span is not None else 0
    first_line = span.first_line if span is not None else 1
    try:
        handle = path.open("rb")
        head = handle.read(4096)
        handle.seek(start)
    except OSError as exc:
        yield ReadProblem(origin=origin, message=f"cannot read the file: {exc.strerror}")
        return
    if _utf16(head) is not None:
        # UTF-16 lines do not end in one newline byte: the whole file is decoded
        handle.close()
        if start != 0:
            return  # read whole by the span that starts the file
        try:
            text = _decode(path.read_bytes(), origin)
        except (OSError, InputError) as exc:
            yield ReadProblem(origin=origin, message=str(exc).removeprefix(f"{origin}: "))
            return
        yield from _read_json_lines(
            # lines end at "\n" only, as in a UTF-8 file: a JSON string may hold U+2028
            text.lstrip("\ufeff").split("\n"),
            fields=fields,
            origin=origin,
            stem=stem,
        )
        return
    if head.count(b"\x00") > max(1, len(head) // 100):
        handle.close()
        if start == 0:  # one problem for the file: from the span that starts it
            yield ReadProblem(
                origin=origin, message="looks like a binary file (NUL bytes), not text"
            )
        return

    def lines() -> Iterator[str]:
        with handle:
            at = start
            for k, raw in enumerate(handle):
                if span is not None and at >= span.end:
                    return
                at += len(raw)
                if k == 0 and start == 0 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                yield _decoded_line(raw, f"{origin}:{k + first_line}")

    yield from _read_json_lines(
        lines(), fields=fields, origin=origin, stem=stem, first_line=first_line
    )


@dataclass(frozen=True, slots=True)
class FileSpan:
    """Lines of a JSON-lines file from byte ``start`` to ``end``, the first being ``first_line``."""

    start: int
    end: int
    first_line: int


def jsonl_spans(path: Path, *, size: int = 32 << 20) -> list[FileSpan]:
    """Cut a JSON-lines file into spans of about ``size`` bytes, each starting a line.

    One pass over the file counts the lines before each cut, so records keep
    their line numbers (and the ids derived from them) whatever the span.
    """
    total = path.stat().st_size
    spans: list[FileSpan] = []
    with path.open("rb") as handle:
        start, line = 0, 1
        while start < total:
            handle.seek(min(start + size, total))
            handle.readline()  # the cut moves to the next line start
            end = min(handle.tell(), total) if start + size < total else total
            spans.append(FileSpan(start=start, end=end, first_line=line))
            handle.seek(start)
            remaining = end - start
            while remaining > 0:
                block = handle.read(min(remaining, 16 << 20))
                if not block:
                    break
                line += block.count(b"\n")
                remaining -= len(block)
            start = end
    return spans


Spec = tuple[Path | None, Path, str | None]
"""An input file as :func:`input_files` lists it: ``(root, path, error)``."""

TASK_BYTES = 8 << 20
"""About how much input one reading task reads (see :func:`input_tasks`)."""

_FILE_FLOOR = 4096  # the bytes a file counts for in a task, however small: its open, its parse
_TASK_FLOOR = 64 << 10  # the smallest task input_tasks cuts for the sake of more tasks


@dataclass(frozen=True, slots=True)
class ReadTask:
    """Input for one task of an engine: whole files, or one span of a large JSON-lines file."""

    pieces: tuple[tuple[Spec, FileSpan | None], ...]
    """``(spec, span)`` in reading order; ``span`` is ``None`` for a whole file."""
    size: int
    """The bytes the pieces hold, each whole file counted as at least 4 KiB (what the task
    costs: the order a caller may hand tasks out in, largest first)."""


def input_tasks(specs: Sequence[Spec], *, size: int = TASK_BYTES, parts: int = 1) -> list[ReadTask]:
    """The files ``specs`` cut or packed into tasks of about ``size`` bytes, in reading order.

    A JSON-lines file larger than ``2 * size`` is cut into line-aligned spans
    (:func:`jsonl_spans`), one task each. Smaller files are packed, in
    reading order, into tasks of up to ``size`` bytes, each file counting
    for at least 4 KiB: a directory of a hundred thousand pages is a few
    dozen tasks, not a task a page, whose overhead (a message each way, a
    fingerprinting chunk of one article) would outweigh the reading. An
    input smaller than ``parts`` tasks of ``size`` is cut finer, into about
    ``parts`` tasks (of 64 KiB at least), so that a few megabytes still keep
    every worker busy (an engine's caller asks for a few tasks a worker).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in "abc":
    ...     _ = (d / f"{name}.txt").write_text("Title\\n\\n" + "Some words. " * 600)
    >>> [[spec[1].name for spec, _ in t.pieces] for t in input_tasks(input_files(d), size=15000)]
    [['a.txt', 'b.txt'], ['c.txt']]
    """
    nbytes_of = [0 if error is not None else _file_bytes(path) for _, path, error in specs]
    total = sum(max(nbytes, _FILE_FLOOR) for nbytes in nbytes_of)
    size = max(min(size, -(-total // max(parts, 1))), min(size, _TASK_FLOOR))
    tasks: list[ReadTask] = []
    pieces: list[tuple[Spec, FileSpan | None]] = []
    counted = 0

    def close() -> None:  # the files packed so far are a task
        nonlocal counted
        if pieces:
            tasks.append(ReadTask(pieces=tuple(pieces), size=counted))
            pieces.clear()
            counted = 0

    for spec, nbytes in zip(specs, nbytes_of, strict=True):
        path = spec[1]
        if path.suffix.lower() == ".jsonl" and nbytes > 2 * size:
            try:
                spans = jsonl_spans(path, size=size)
            except OSError:  # read whole by its task, which reports why it cannot be
                spans = []
            if spans:
                close()
                tasks.extend(
                    ReadTask(pieces=((spec, span),), size=span.end - span.start) for span in spans
                )
                continue
        cost = max(nbytes, _FILE_FLOOR)
        if counted + cost > size:
            close()
        pieces.append((spec, None))
        counted += cost
    close()
    return tasks


def tasks_wanted(engine: object) -> int:
    """How many reading tasks an input should make at least, for ``engine``: four a
    worker process (its ``workers``), or one if it runs tasks one after the other."""
    workers = getattr(engine, "workers", 1)
    return 4 * workers if workers > 1 else 1


def _file_bytes(path: Path) -> int:
    """The size of a regular file (0 for anything else, or one that cannot be read)."""
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:  # reported by the task that reads it
        return 0


def _read_json(
    text: str, *, fields: FieldMap, origin: str, stem: str
) -> Iterator[_Raw | ReadProblem]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadProblem(
                origin=origin, line=exc.lineno, message=f"malformed JSON array: {exc.msg}"
            )
            return
        if not isinstance(data, list):
            yield ReadProblem(origin=origin, line=1, message="malformed JSON array")
            return
        lines = _element_lines(text, len(data))
        for i, rec in enumerate(data, start=1):
            # the element's line in the file (its number stays in its default id)
            yield from _record_to_raw(
                rec, fields=fields, origin=origin, line=lines[i - 1], default_id=f"{stem}:{i}"
            )
        return
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            pass  # JSON lines, one object a line
        else:
            # one object written over several lines ("pretty-printed")
            line = text.count("\n", 0, len(text) - len(stripped)) + 1
            yield from _record_to_raw(
                data, fields=fields, origin=origin, line=line, default_id=f"{stem}:{line}"
            )
            return
    yield from _read_json_lines(io.StringIO(text), fields=fields, origin=origin, stem=stem)


def _element_lines(text: str, count: int) -> list[int]:
    """The line on which each of the ``count`` elements of the JSON array ``text`` starts."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    at = text.index("[") + 1
    line = text.count("\n", 0, at) + 1
    while len(lines) < count:
        while text[at] in " \t\r\n,":
            line += text[at] == "\n"
            at += 1
        lines.append(line)
        _, end = decoder.raw_decode(text, at)
        line += text.count("\n", at, end)
        at = end
    return lines


def _read_csv(
    text: str, *, fields: FieldMap, origin: str, stem: str, delimiter: str
) -> Iterator[_Raw | ReadProblem]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield ReadProblem(origin=origin, line=1, message="empty CSV file or unreadable header")
        return
    header = [h.strip() for h in header]
    # a quote left open runs on over the rows after it, into one field, up to the next
    # quote mark or the end of the file: a row over several lines whose lines hold an odd
    # number of quote marks is that, an error at its first line, and reading goes on at
    # the line after it. The lines are the reader's own (StringIO's, as csv counts them).
    lines = io.StringIO(text, newline="").readlines()

    def reader_from(k: int) -> Iterator[list[str]]:  # from the (k+1)th line of the file
        return csv.reader(io.StringIO("".join(lines[k:]), newline=""), delimiter=delimiter)

    done = reader.line_num  # the last line read: the header's
    reader, offset = reader_from(done), done
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line = offset + reader.line_num
            yield ReadProblem(origin=origin, line=line, message=f"malformed row: {exc}")
            continue
        first, done = done + 1, offset + reader.line_num
        if done > first and "".join(lines[first - 1 : done]).count('"') % 2:
            yield ReadProblem(
                origin=origin,
                line=first,
                message="a quote left open runs on over the rows after it; the row is "
                f"skipped and reading goes on at line {first + 1}",
            )
            reader, offset, done = reader_from(first), first, first
            continue
        yield from _csv_record(row, done, header, fields, origin, stem)


def _csv_record(
    row: list[str], line: int, header: list[str], fields: FieldMap, origin: str, stem: str
) -> Iterator[_Raw | ReadProblem]:
    """The article of one CSV row ending on ``line`` (its default id is made of that line)."""
    if not row or all(not c.strip() for c in row):
        return
    if len(row) != len(header):
        yield ReadProblem(
            origin=origin,
            line=line,
            message=f"row has {len(row)} fields, the header has {len(header)}",
        )
        return
    rec = dict(zip(header, row, strict=True))
    yield from _record_to_raw(
        rec, fields=fields, origin=origin, line=line, default_id=f"{stem}:{line}"
    )


_NEWID = re.compile(r'NEWID="(\d+)"')
_MONTHS = {
    m: k
    for k, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}
# Reuters' one date form, " 26-FEB-1987 15:01:01.79"; anything else goes to parse_published.
_REUTERS_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})\.(\d{1,6})")


def _between(text: str, opening: str, closing: str, start: int = 0) -> tuple[int, int, int]:
    """``text.find(opening, start)``, then the first ``closing`` after it: ``(at, lo, hi)``
    with the content at ``text[lo:hi]``, or ``(-1, -1, -1)``.

    What ``re.search(opening + "(.*?)" + closing, text, re.DOTALL)`` finds, by
    ``str.find`` (several times faster than the lazy scan on long SGML blocks).
    """
    at = text.find(opening, start)
    if at < 0:
        return -1, -1, -1
    lo = at + len(opening)
    hi = text.find(closing, lo)
    return (at, lo, hi) if hi >= 0 else (-1, -1, -1)


def _tag(block: str, name: str) -> str:
    _, lo, hi = _between(block, f"<{name}>", f"</{name}>")
    return block[lo:hi] if lo >= 0 else ""


def _reuters_elements(text: str) -> Iterator[tuple[int, str, str]]:
    """``(offset, attributes, content)`` of each ``<REUTERS ...>...</REUTERS>`` element."""
    pos = 0
    while True:
        at = text.find("<REUTERS", pos)
        if at < 0:
            return
        after = at + len("<REUTERS")
        if after < len(text) and (text[after].isalnum() or text[after] == "_"):
            pos = after  # "<REUTERSX": another tag
            continue
        _, lo, hi = _between(text, ">", "</REUTERS>", after)
        if lo < 0:
            return
        yield at, text[after : lo - 1], text[lo:hi]
        pos = hi + len("</REUTERS>")


def _reuters_date(text: str) -> datetime | None:
    m = _REUTERS_DATE.fullmatch(text)
    month = _MONTHS.get(m.group(2).upper()) if m else None
    if m is None or month is None:
        return parse_published(text)
    day, _, year, hour, minute, second, frac = m.groups()
    try:
        return datetime(
            int(year),
            month,
            int(day),
            int(hour),
            int(minute),
            int(second),
            int(frac.ljust(6, "0")),
            tzinfo=timezone.utc,
        )
    except ValueError:
        return parse_published(text)


_CHAR_REF = re.compile(r"&#(\d+);")
# The bodies are hard-wrapped; a paragraph starts on an indented line.
_PARAGRAPH_START = re.compile(r"\n(?=[ \t]{2,}\S)")


def _char_of_ref(m: re.Match[str]) -> str:
    code = int(m.group(1))
    return chr(code) if code >= 32 else " "


def _sgml_text(value: str) -> str:
    if "&" not in value:
        return value  # no entity or character reference: most titles and many bodies
    if "&#" in value:
        value = _CHAR_REF.sub(_char_of_ref, value)
    value = value.replace("&lt;", "<").replace("&gt;", ">")
    # most bodies hold only "&lt;", "&gt;" and the "&#3;" that ends them
    return html.unescape(value) if "&" in value else value


_REUTER_SIGN_OFF = re.compile(r"(?:^|\s+)reuter(?:\s*\.\.\.)?(?:\^M)?$", re.IGNORECASE)


def _read_reuters_sgml(text: str, *, origin: str) -> Iterator[_Raw | ReadProblem]:
    """Reuters-21578 SGML: one article per ``<REUTERS NEWID=...>`` element."""
    line, counted = 1, 0
    for start, attrs, block in _reuters_elements(text):
        newid = _NEWID.search(attrs)
        line += text.count("\n", counted, start)  # incremental: linear overall
        counted = start
        if newid is None:
            yield ReadProblem(origin=origin, line=line, message="REUTERS element without NEWID")
            continue
        body = _sgml_text(_tag(block, "BODY"))
        body = body.replace("\x03", "").rstrip()
        if "reuter" in body[-12:].lower():
            # the sign-off, as "Reuter", "REUTER", "REUTER..." or "REUTER^M", looked
            # for in the tail only: from the start, the search tried every space
            # of the body (a twentieth of reading a Reuters file)
            sign_off = _REUTER_SIGN_OFF.search(body, max(0, len(body) - 24))
            if sign_off is not None:
                body = body[: sign_off.start()]
        paragraphs = _PARAGRAPH_START.split(body)
        body = "\n\n".join(" ".join(p.split()) for p in paragraphs)
        published = None
        date = _tag(block, "DATE").strip()
        if date:
            try:
                published = _reuters_date(date)
            except ValueError:
                published = None
        yield _Raw(
            id=f"reuters-{newid.group(1)}",
            body=body,
            origin=origin,
            line=line,
            title=_sgml_text(_tag(block, "TITLE")).strip(),
            source="Reuters",
            published=published,
            wire=True,
        )


# --------------------------------------------------------------------------- driver


def _iter_paths(inputs: Iterable[str | Path]) -> Iterator[tuple[Path | None, Path, str | None]]:
    """Yield ``(root, path, error)`` for every file named or found under a directory."""
    for item in inputs:
        if str(item) == "-":
            yield None, Path("-"), None
            continue
        path = Path(item)
        if path.is_dir():
            # a link that leads nowhere (or round in a loop) is named, not passed over
            found = [p for p in path.rglob("*") if p.is_file() or _broken_link(p)]
            for sub in sorted(found, key=lambda p: p.relative_to(path).as_posix()):
                if any(part.startswith(".") for part in sub.relative_to(path).parts):
                    continue
                yield path, sub, _broken_link(sub)
        elif path.is_file():
            yield None, path, None
        else:
            yield None, path, _broken_link(path) or "no such file or directory"


def _broken_link(path: Path) -> str | None:
    """Why a link cannot be read ("a link in a loop", "a link to a missing file"), or None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python 3.10-3.12 raise this for a loop
        return "a link in a loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link in a loop"
        return f"a link to a missing file ({path.readlink()})"
    return None


def _derived_id(root: Path | None, path: Path) -> str:
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def _iter_raw(
    inputs: Iterable[str | Path],
    *,
    fields: FieldMap,
    stdin: IO[str] | None,
    keep_debris: bool = False,
) -> Iterator[_Raw | ReadProblem]:
    for spec in _iter_paths(inputs):
        yield from _raw_of_path(spec, fields=fields, stdin=stdin, keep_debris=keep_debris)


def _raw_of_path(
    spec: tuple[Path | None, Path, str | None],
    *,
    fields: FieldMap,
    stdin: IO[str] | None,
    keep_debris: bool = False,
    span: FileSpan | None = None,
) -> Iterator[_Raw | ReadProblem]:
    """Raw records and problems of one input path (``(root, path, error)``).

    ``span`` (JSON lines only) reads a part of the file.
    """
    for root, path, error in [spec]:
        origin = str(path)
        if error:
            yield ReadProblem(origin=origin, message=error)
            continue
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_json_lines(
                _stdin_lines(stream), fields=fields, origin="<stdin>", stem="stdin"
            )
            continue
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            yield ReadProblem(
                origin=origin,
                severity="warning",
                message=(
                    f"unknown format {suffix or '(no extension)'!r}; "
                    f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
                ),
            )
            continue
        if suffix == ".jsonl":
            # one record at a time: a large feed is never held whole in memory
            yield from _stream_jsonl(
                path, fields=fields, origin=origin, stem=_derived_id(root, path), span=span
            )
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ReadProblem(origin=origin, message=f"cannot read the file: {exc.strerror}")
            continue
        try:
            text = _decode(data, origin) if suffix not in SGML_SUFFIXES else data.decode("latin-1")
        except InputError as exc:
            yield ReadProblem(origin=origin, message=str(exc).removeprefix(f"{origin}: "))
            continue
        art_id = _derived_id(root, path)
        if suffix in TEXT_SUFFIXES:
            yield from _read_text_file(text, art_id=art_id, origin=origin)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html(text, art_id=art_id, origin=origin, keep_debris=keep_debris)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(text, fields=fields, origin=origin, stem=art_id)
        elif suffix in CSV_SUFFIXES:
            delim = "\t" if suffix == ".tsv" else ","
            yield from _read_csv(text, fields=fields, origin=origin, stem=art_id, delimiter=delim)
        else:
            yield from _read_reuters_sgml(text, origin=origin)


def _finish(raw: _Raw, *, keep_debris: bool) -> Article | ReadProblem:
    body = normalize_unicode(raw.body)
    cleaned = clean_text(body, keep_debris=keep_debris)
    title = raw.title
    if raw.headline_in_text and not keep_debris:
        # a record without a title: the headline its text opens with, if any
        title, cleaned = split_headline(cleaned)
    elif title and not keep_debris:
        cleaned = drop_title_line(cleaned, title)
    if not keep_debris:
        short = drop_site_name(title)
        if short != title:
            title, cleaned = short, drop_title_line(cleaned, short)
        if title and not raw.headline_in_text and not raw.wire:
            cleaned = drop_standfirst(cleaned, body)
    where = raw.origin if raw.line is None else f"{raw.origin}:{raw.line}"
    if not cleaned.text.strip():
        return ReadProblem(
            origin=raw.origin,
            line=raw.line,
            severity="warning",
            message=f"article {raw.id!r} has no text"
            + (" after debris removal" if body.strip() else ""),
        )
    return Article(
        id=raw.id,
        text=cleaned.text,
        title=normalize_whitespace(normalize_unicode(title)).replace("\n", " "),
        source=raw.source,
        url=raw.url,
        published=raw.published,
        author=raw.author or cleaned.author,
        origin=where,
        subheads=cleaned.subheads,
        removed=cleaned.removed,
        raw_sha256=hashlib.sha256(raw.body.encode("utf-8")).hexdigest(),
        posts=cleaned.posts,
    )


def iter_read(
    inputs: str | Path | Iterable[str | Path],
    *,
    fields: FieldMap | None = None,
    keep_debris: bool = False,
    stdin: IO[str] | None = None,
) -> Iterator[Article | ReadProblem]:
    """Lazily read articles and problems from files, directories or ``-`` (stdin).

    Articles whose id was already seen are reported as problems (both places
    named) and skipped. See :func:`read` for the parameters.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    fields = fields or FieldMap()
    items = (
        _finished(raw, keep_debris=keep_debris)
        for raw in _iter_raw(inputs, fields=fields, stdin=stdin, keep_debris=keep_debris)
    )
    yield from unique_ids(items)


_Finished = tuple[Article | ReadProblem, str, int | None]


def _finished(item: _Raw | ReadProblem, *, keep_debris: bool) -> _Finished:
    """A raw record cleaned into an article (or a problem), with where it was read."""
    if isinstance(item, ReadProblem):
        return item, item.origin, item.line
    return _finish(item, keep_debris=keep_debris), item.origin, item.line


def unique_ids(items: Iterable[tuple[Any, str, int | None]]) -> Iterator[Any]:
    """Pass items through, turning a second article with a seen id into a problem.

    An item is a :class:`ReadProblem` or anything with ``id`` and ``origin``
    (an :class:`Article`, or the text-free record grouping keeps of one).
    """
    seen: dict[str, str] = {}
    for result, origin, line in items:
        if not isinstance(result, ReadProblem):
            first = seen.get(result.id)
            if first is not None:
                yield ReadProblem(
                    origin=origin,
                    line=line,
                    message=(
                        f"duplicate id {result.id!r}: first read at {first}; this one is skipped"
                    ),
                )
                continue
            seen[result.id] = result.origin
        yield result


def iter_path(
    spec: tuple[Path | None, Path, str | None],
    *,
    fields: FieldMap,
    keep_debris: bool,
    span: FileSpan | None = None,
) -> Iterator[_Finished]:
    """``(article or problem, origin, line)`` of one input file, lazily, ids not yet checked.

    ``span`` reads only part of a JSON-lines file (see :func:`jsonl_spans`).
    """
    for raw in _raw_of_path(spec, fields=fields, stdin=None, keep_debris=keep_debris, span=span):
        yield _finished(raw, keep_debris=keep_debris)


def input_files(inputs: str | Path | Iterable[str | Path]) -> list[Spec]:
    """Every file named in or under ``inputs`` as ``(root, path, error)``, in reading order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return list(_iter_paths(inputs))


def read_task(task: ReadTask, *, fields: FieldMap, keep_debris: bool) -> list[_Finished]:
    """Everything the files of one task give (one task of an engine), ids not yet checked."""
    return [
        found
        for spec, span in task.pieces
        for found in iter_path(spec, fields=fields, keep_debris=keep_debris, span=span)
    ]


def read(
    inputs: str | Path | Iterable[str | Path],
    *,
    fields: FieldMap | None = None,
    keep_debris: bool = False,
    strict: bool = False,
    stdin: IO[str] | None = None,
    engine: Engine | None = None,
) -> ReadResult:
    """Read articles from files, directories, JSONL/JSON, CSV/TSV, HTML, SGML or stdin.

    Parameters
    ----------
    inputs:
        Paths (files or directories, read recursively in sorted order) or ``"-"``
        for JSON lines on standard input.
    fields:
        Field names for JSON and CSV records (default ``id``, ``title``, ``text``,
        ``source``, ``published``, ``url``).
    keep_debris:
        Keep captions, comment boxes, promo tails etc. in the text.
    strict:
        Raise :class:`~storydiff.errors.InputError` on the first problem.
    stdin:
        Stream to read for ``"-"`` (default ``sys.stdin``).
    engine:
        Read the files in tasks of this engine (:mod:`storydiff.engine`), a few
        megabytes each (:func:`input_tasks`); the result is the same as reading here.

    Returns
    -------
    ReadResult
        The articles, in input order, and every problem met.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Storm hits coast\\n\\nA storm hit the coast on Sunday.")
    >>> r = read(d)
    >>> (r.articles[0].id, r.articles[0].title)
    ('a', 'Storm hits coast')
    """
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = list(inputs)
    reads_stdin = any(str(item) == "-" for item in inputs)
    if (
        engine is None
        or isinstance(engine, LocalEngine)
        or (reads_stdin and isinstance(engine, ProcessEngine))
    ):
        items: Iterable[Article | ReadProblem] = iter_read(
            inputs, fields=fields, keep_debris=keep_debris, stdin=stdin
        )
    else:
        specs = list(_iter_paths(inputs))
        if any(str(path) == "-" for _, path, _ in specs):
            msg = "Reading stdin ('-') needs the local engine."
            raise InputError(msg)
        parts = engine.map(
            read_task,
            input_tasks(specs, parts=tasks_wanted(engine)),
            fields=fields or FieldMap(),
            keep_debris=keep_debris,
        )
        items = unique_ids(item for part in parts for item in part)
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        else:
            if strict:
                raise InputError(str(item))
            problems.append(item)
    return ReadResult(articles=articles, problems=problems)
