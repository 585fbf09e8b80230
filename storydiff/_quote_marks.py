"""Quote marks, quoted stretches and sentences of one article, for :mod:`storydiff.quotes`.

Curly and straight double marks are told apart by their context; single marks
count in headline-like lines, and in the body of an article that quotes with
them (British style). See the :mod:`storydiff.quotes` docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydiff._quote_words import _ABBREVIATIONS, _DOUBLE, _SENT_END, _words


@dataclass(slots=True)
class _Span:
    """A quoted stretch of one paragraph (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, -1 when the piece continues a quote
    close_mark: int  # offset of the closing mark, -1 when left open
    line: int
    headline: bool = False
    continues: int = -1  # index of the piece this one continues


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _mark_role(line: str, i: int) -> str:
    """Return "open", "close" or "" for the double mark at ``line[i]``."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    prev_open = _is_space(prev) or prev in "([{—–-/:"
    next_open = nxt != "" and not nxt.isspace()
    if ch in "“„‟":
        if not prev_open and (_is_space(nxt) or nxt in ",.;:!?)"):
            return "close"
        return "open"
    if ch == "”":
        if prev_open and next_open and (nxt.isalnum() or nxt in "‘'"):
            return "open"
        return "close"
    # straight mark: decide from the context
    if prev_open and next_open:
        return "open"
    if not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum()):
        return "close"
    return ""


def _single_role(line: str, i: int) -> str:
    """Role of a single mark in a headline-like line (apostrophes give "")."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if ch in "‘'" and (_is_space(prev) or prev in "([{—–-:") and nxt.isalnum():
        return "open"
    if ch in "’'" and prev != "" and not prev.isspace() and not nxt.isalnum():
        return "close"
    return ""


# words an apostrophe opens ("rock 'n' roll", "'em", "'til"), not a quote
_ELISIONS = _words("s n em til cause tis twas bout round")


# words that may follow a closing mark after an "s" ("called them 'criminals' and left"),
# where a plural's possessive would be followed by its noun ("the players' union")
_AFTER_A_QUOTE = _words("""
    but and or nor so yet as at by for from in into of on to with while when after
    before because if than that which who said says told added is was are were has had
    """)


def _uk_role(line: str, i: int) -> str:
    """Role of a single mark in the body of an article quoted with single marks.

    Stricter than :func:`_single_role`: an apostrophe opening an elision
    ("'n'", "'90s") opens nothing, and one after an "s" before a lower-case
    word is a plural's possessive ("the players' union"), not a closing mark.
    """
    role = _single_role(line, i)
    if role == "open":
        word = re.match(r"[A-Za-z]+", line[i + 1 :])
        if line[i + 1].isdigit() or (word is not None and word.group().lower() in _ELISIONS):
            return ""
    if role == "close" and line[i - 1] in "sS":
        after = re.match(r" ([a-z]+)", line[i + 1 :])
        if after is not None and after.group(1) not in _AFTER_A_QUOTE:
            return ""  # "the players' union"; not "'low expectations' but ..."
    return role


def _single_spans(line: str, base: int, index: int, *, headline: bool) -> list[_Span]:
    """Stretches between single marks: in a headline, or in an article's body when it
    quotes with single marks (British style: "'We will fight,' the mayor said")."""
    role_of = _single_role if headline else _uk_role
    spans = []
    start = -1
    for i, ch in enumerate(line):
        if ch not in "‘’'":
            continue
        role = role_of(line, i)
        if role == "open" and start < 0:
            start = i
        elif role == "close" and start >= 0:
            spans.append(_Span(base + start + 1, base + i, base + start, base + i, index, headline))
            start = -1
    return spans


def _quotes_with_single_marks(text: str) -> bool:
    """Whether an article quotes with single marks: it has (almost) no double ones, and
    more than one single mark opens a word at a word's start."""
    doubles = sum(text.count(mark) for mark in _DOUBLE) + text.count("''")  # '' typed for "
    openings = len(re.findall(r"(?:^|[\s(—–])['‘][A-Za-z]", text))
    return doubles <= 2 and openings >= 2


def _line_spans(
    line: str, base: int, index: int, headline: bool, *, single: bool = False
) -> tuple[list[_Span], bool]:
    """Quoted stretches of one line; the flag says the last one is left open.

    ``single``: the article quotes with single marks (:func:`_quotes_with_single_marks`),
    so a body line with no double marks is read with single ones.
    """
    spans: list[_Span] = []
    depth = 0
    start = -1
    for i, ch in enumerate(line):
        if ch not in _DOUBLE:
            continue
        role = _mark_role(line, i)
        if role == "":
            role = "close" if depth else "open"
        if role == "open":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append(_Span(base + start + 1, base + i, base + start, base + i, index))
    left_open = depth > 0
    if left_open:
        spans.append(_Span(base + start + 1, base + len(line), base + start, -1, index))
    if not spans and (headline or single):
        spans = _single_spans(line, base, index, headline=headline)
    return spans, left_open


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and a trailing comma that stands in for a stop."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–"):
        end -= 1
    return start, end


_INITIALS = re.compile(r"(?:[a-z]\.){1,2}[a-z]")
# initials that stand for a place or body, which a sentence may end with
_PLACE_INITIALS = frozenset(("u.s", "u.k", "d.c", "u.n", "e.u", "l.a", "n.y", "s.c", "n.c"))


def _sentences(
    text: str, lines: list[tuple[int, int]], spans: list[_Span]
) -> list[tuple[int, int]]:
    """Sentence spans; sentence ends inside quotes do not split."""
    inside = bytearray(len(text))
    for sp in spans:
        lo = sp.open_mark if sp.open_mark >= 0 else sp.start
        hi = sp.close_mark if sp.close_mark >= 0 else sp.end
        inside[lo : hi + 1] = b"\x01" * (hi + 1 - lo)
    out: list[tuple[int, int]] = []
    for lo, hi in lines:
        start = lo
        for m in _SENT_END.finditer(text, lo, hi):
            if inside[m.start()]:
                continue
            j = m.end()
            while j < hi and text[j] in _DOUBLE + "’)":
                j += 1
            glued = (
                j + 1 < hi
                and text[j].isupper()
                and text[j + 1].islower()
                and text[m.start() - 1 : m.start()].islower()
            )  # "... do just that.Grassley sidestepped ...": no space after the stop
            if j < hi and not text[j].isspace() and not glued:
                continue
            k = j
            while k < hi and text[k].isspace():
                k += 1
            if k < hi and not (text[k].isupper() or text[k].isdigit() or text[k] in _DOUBLE + "‘("):
                continue
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            if m.group() == "." and word:
                w = word.group(1).lower()
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
                if _INITIALS.fullmatch(w) and w not in _PLACE_INITIALS:
                    continue  # "Gov. J.B. Pritzker": a person's initials; "the U.S." may end
            out.append((start, j))
            start = k
        if start < hi:
            out.append((start, hi))
    return out


# also stop at a closing mark that ends a quoted sentence, when it is not followed by an
# attribution: handled by the callers through the quote spans.


def _headline_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines that read like a headline or subhead: short, no closing full stop."""
    out: set[int] = set()
    for idx, (lo, hi) in enumerate(lines):
        line = text[lo:hi].strip()
        words = line.split()
        if not words or len(words) > 20:
            continue
        if idx == 0 or not line.endswith((".", "!", "?", "”", '"', ":")):
            out.add(idx)
    return out


def _find_spans(text: str) -> tuple[list[tuple[int, int]], list[_Span]]:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    heads = _headline_lines(text, lines)
    single = _quotes_with_single_marks(text)
    spans: list[_Span] = []
    open_piece = -1
    for idx, (lo, hi) in enumerate(lines):
        line_spans, left_open = _line_spans(text[lo:hi], lo, idx, idx in heads, single=single)
        if open_piece >= 0:
            first = text[lo:hi].lstrip()[:1]
            if (
                line_spans
                and first in _DOUBLE
                and line_spans[0].open_mark == lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
            ):
                line_spans[0].continues = open_piece
        open_piece = -1
        base = len(spans)
        spans.extend(line_spans)
        if left_open:
            open_piece = base + len(line_spans) - 1
    return lines, spans
