"""Quote marks, quoted stretches and sentences of one article, for :mod:`storydiff.quotes`.

Curly and straight double marks are told apart by their context; single marks
count only in headline-like lines. See the :mod:`storydiff.quotes` docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydiff._quote_words import _ABBREVIATIONS, _DOUBLE, _SENT_END


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


def _line_spans(line: str, base: int, index: int, headline: bool) -> tuple[list[_Span], bool]:
    """Quoted stretches of one line; the flag says the last one is left open."""
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
    if headline and not spans:
        start = -1
        for i, ch in enumerate(line):
            if ch not in "‘’'":
                continue
            role = _single_role(line, i)
            if role == "open" and start < 0:
                start = i
            elif role == "close" and start >= 0:
                spans.append(_Span(base + start + 1, base + i, base + start, base + i, index, True))
                start = -1
    return spans, left_open


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and a trailing comma that stands in for a stop."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–"):
        end -= 1
    return start, end


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
            if j < hi and not text[j].isspace():
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
    spans: list[_Span] = []
    open_piece = -1
    for idx, (lo, hi) in enumerate(lines):
        line_spans, left_open = _line_spans(text[lo:hi], lo, idx, idx in heads)
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
