"""The diff report as terminal text (colour optional) and as Markdown.

Both show, in order: the versions, the conflicting facts, the fact grid, the
quotes, what each version adds and leaves out, and the sentences whose wording
changed in a way that can change meaning (style edits are left out here; the
HTML and JSON keep them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from storydiff.align import placement
from storydiff.models import Conflict, DiffReport, Fact
from storydiff.render._many import (
    GRID_COLUMNS,
    consensus_phrase,
    disputed,
    disputes,
    first_few,
    grouped_notes,
    heading,
    omits_count,
    once_each,
    pair_note,
    speaker_label,
    times,
    values_of,
    voice_of,
)

__all__ = ["markdown_text", "render_markdown", "render_terminal"]

_ANSI = {
    "bold": "\033[1m",
    "dim": "\033[2m",
    "red": "\033[31m",
    "green": "\033[32m",
    "yellow": "\033[33m",
    "blue": "\033[34m",
    "magenta": "\033[35m",
    "reset": "\033[0m",
}
_LABELS = {
    "conflict": "CONFLICT",
    "degree": "CONFLICT (degree)",
    "update": "update",
    "compatible": "compatible",
    "more_specific": "more specific",
}


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *styles: str) -> str:
        if not self.color or not styles:
            return text
        return "".join(_ANSI[s] for s in styles) + text + _ANSI["reset"]


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _grouped_values(c: Conflict) -> list[tuple[list[str], str, str]]:
    groups: dict[tuple[str, str], list[str]] = {}
    for v in c.values:
        groups.setdefault((v.text, v.sentence), []).append(v.version)
    return [(versions, text, sentence) for (text, sentence), versions in groups.items()]


def render_terminal(report: DiffReport, *, color: bool = False, width: int = 160) -> str:
    """Render the report for a terminal; ``color`` adds ANSI colours.

    >>> from storydiff.diff import diff_story
    >>> from storydiff.models import Article
    >>> versions = [Article(id="a", text="Hi."), Article(id="b", text="Bye.")]
    >>> out = render_terminal(diff_story(versions))
    >>> "VERSIONS" in out and "\\033[" not in out
    True
    """
    st = _Style(color)
    return "\n".join(_terminal_lines(report, st, width)) + "\n"


def _terminal_lines(report: DiffReport, st: _Style, width: int) -> Iterator[str]:
    title = heading(report)
    yield st(title, "bold")
    yield st(
        f"{len(report.versions)} versions"
        + (f" of story {report.story}" if report.story else "")
        + f"; adds/omits judged against {_rule(report)}"
        + pair_note(report),
        "dim",
    )
    yield ""
    yield st("VERSIONS", "bold")
    for v in report.versions:
        reuse = ", ".join(f"{r.relation or 'shares'} {r.other} {r.share:.0%}" for r in v.reuses[:2])
        yield (
            f"  {v.id:<28} {v.source[:18]:<18} {v.words:>5} words  "
            f"+{len(report.adds.get(v.id, ())):<3} {_signed_omits(report, v.id):<4} "
            + st(reuse or "own text", "dim")
        )
    yield ""
    yield st("CONFLICTING FACTS", "bold")
    if not report.conflicts:
        yield st("  none", "dim")
    for c in report.conflicts:
        colour = (
            "red"
            if c.label in ("conflict", "degree")
            else "magenta"
            if c.label == "update"
            else "green"
        )
        yield (
            "  "
            + st(f"[{_LABELS[c.label]}]", colour, "bold")
            + " {}: {} {}".format(c.subject, *consensus_phrase(c))
        )
        for versions, text, sentence in _grouped_values(c):
            out = set(versions) & disputes(c)
            yield "    " + st(f"{', '.join(versions)}: {text}", "red" if out else "dim")
            yield "      " + st(_short(f"“{sentence}”", width), "dim")
    yield ""
    yield st("QUOTES", "bold")
    if not report.quotes:
        yield st("  none", "dim")
    for q in report.quotes:
        flag = st(" [altered]", "red", "bold") if q.altered else ""
        yield f"  {st(speaker_label(q), 'blue')}: “{_short(q.text, width)}”{flag}"
        yield "    " + st("in " + _versions(q.versions, len(report.versions)), "dim")
        for note in grouped_notes(q.alterations, len(report.versions)):
            yield "    " + st(note, "yellow")
    partial = _partial_names(report)
    if partial and len(report.versions) > 1:
        yield ""
        yield st("NAMES NOT IN EVERY VERSION", "bold")
        for f in partial:
            yield f"  {f.text} ({f.kind}): " + st(
                "in " + _versions(f.versions, len(report.versions)), "dim"
            )
    yield ""
    yield st("ADDS AND OMITS", "bold")
    for v in report.versions:
        adds, omits = report.adds.get(v.id, ()), report.omits.get(v.id, ())
        if not adds and not omits:
            continue
        yield "  " + st(v.id, "bold")
        for p, n in once_each(adds):
            said = f" — {voice}" if (voice := voice_of(report, p)) else ""
            yield "    " + st("+ " + _short(p.text, width) + said + times(n), "green")
        for p, n in once_each(omits):
            yield "    " + st("- " + _short(p.text, width) + times(n), "red")
    yield ""
    yield st("CHANGED WORDING (meaning)", "bold")
    changed = _meaning_changes(report)
    for version, reference, edits in changed:
        yield f"  {version} vs {reference}: " + st(edits, "yellow")
    if not changed:
        yield st("  none", "dim")
    moved = _moved(report)
    if moved:
        yield ""
        yield st("PLACED DIFFERENTLY", "bold")
        for text, note in moved:
            yield f"  {_short(text, width)}"
            yield "    " + st(note, "yellow")


def _meaning_changes(report: DiffReport) -> list[tuple[str, str, str]]:
    """``(version, reference version, its edits)`` of each sentence edited in a way that
    can change meaning (at most four edits shown a sentence)."""
    out = []
    for row in report.alignment.rows:
        ref = row.cell(row.reference)
        for cell in row.cells:
            meaning = [ch for ch in cell.changes if ch.meaning]
            if meaning and ref is not None and cell.reworded:
                edits = f"in other words: “{_short(ref.text, 200)}” → “{_short(cell.text, 200)}”"
                out.append((cell.version, row.reference, edits))
            elif meaning:
                edits = "; ".join(
                    f"{ch.old or '∅'} → {ch.new or '∅'} ({ch.reason})" for ch in meaning[:4]
                )
                out.append((cell.version, row.reference, edits))
    return out


def _moved(report: DiffReport) -> list[tuple[str, str]]:
    """``(reference wording, placement note)`` of each sentence placed differently."""
    out = []
    for row in report.alignment.rows:
        note = placement(row)
        if note:
            ref = row.cell(row.reference)
            out.append((ref.text if ref else "", note))
    return out


def _signed_omits(report: DiffReport, version: str) -> str:
    """ "-3" for three omits, "—" where the report lists none (:func:`omits_count`)."""
    count = omits_count(report, version)
    return count if count == "—" else f"-{count}"


def _rule(report: DiffReport) -> str:
    if report.rule == "base":
        return f"the base version {report.base}"
    return "the majority of versions" if report.rule == "majority" else "all other versions"


_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


def markdown_text(text: str) -> str:
    r"""Text for a Markdown cell or line: one line, with table bars, tags and entities escaped.

    Escaped with backslashes, which Markdown shows as the bare character, so
    the raw text stays readable: "said -> tweeted" and "S&P" are left as they
    are, and only what would open a tag or spell an entity is escaped.

    >>> print(markdown_text("a <b> | c &amp; S&P -> d"))
    a \<b> \| c \&amp; S&P -> d
    """
    flat = " ".join(text.split())
    return _ENTITY_LIKE.sub(r"\\&", flat.replace("\\", "\\\\").replace("<", "\\<")).replace(
        "|", "\\|"
    )


_md = markdown_text


def render_markdown(report: DiffReport) -> str:
    """Render the report as Markdown, for pasting into a ticket.

    >>> from storydiff.diff import diff_story
    >>> from storydiff.models import Article
    >>> print(render_markdown(diff_story([Article(id="a", text="Hi.")])).splitlines()[0])
    # a
    """
    return "\n".join(_markdown_lines(report)) + "\n"


def _partial_names(report: DiffReport) -> list[Fact]:
    """Names some of the report's versions give and some do not, with only those versions."""
    shown = {v.id for v in report.versions}
    out = []
    for f in report.facts:
        versions = tuple(v for v in f.versions if v in shown)
        if f.kind in ("person", "place", "org") and 0 < len(versions) < len(shown):
            out.append(replace(f, versions=versions))
    return out


def _versions(ids: tuple[str, ...] | list[str], total: int) -> str:
    """Version ids, all of them for a story of a few versions; past eight, how many of
    how many, the first six and "+N more"."""
    if total <= GRID_COLUMNS:
        return ", ".join(ids)
    shown, more = first_few(ids)
    return f"{len(ids)} of {total}: {', '.join(shown)}{more}"


def _fact_list(facts: list[Fact], ids: list[str], outliers: set[tuple[str, str]]) -> Iterator[str]:
    """The fact grid of a story with many versions: each fact's values, with who gives them.

    A hundred columns make no table; each value is written once, followed by
    the versions that give it, the most common value first.
    """
    yield "| fact | values (versions) |"
    yield "|---|---|"
    for f in facts:
        values = []
        for text, mentions in values_of(f, ids):
            few, more = first_few(mentions)
            shown = ", ".join(_md(m.version) for m in few) + more
            if any((f.subject, m.version) in outliers for m in mentions):
                values.append(f"**{_md(text)}** ⚠ ({shown})")
            else:
                values.append(f"{_md(text)} ({shown})")
        yield f"| {_md(f.subject)} | " + "; ".join(values) + " |"


def _markdown_lines(report: DiffReport) -> Iterator[str]:
    title = heading(report)
    yield f"# {_md(title)}"
    yield ""
    yield (
        f"{len(report.versions)} versions"
        + (f" of story `{report.story}`" if report.story else "")
        + f"; adds and omits judged against {_rule(report)}{pair_note(report)}."
    )
    yield ""
    yield "| version | source | published | words | adds | omits | reuses |"
    yield "|---|---|---|---:|---:|---:|---|"
    for v in report.versions:
        published = v.published.isoformat(timespec="minutes") if v.published else ""
        reuse = ", ".join(
            f"{r.relation or 'shares'} {r.other} ({r.share:.0%})" for r in v.reuses[:2]
        )
        yield (
            f"| {_md(v.id)} | {_md(v.source)} | {published} | {v.words} | "
            f"{len(report.adds.get(v.id, ()))} | {omits_count(report, v.id)} | {_md(reuse)} |"
        )
    yield ""
    yield "## Conflicting facts"
    yield ""
    if not report.conflicts:
        yield "_None._"
    for c in report.conflicts:
        phrase, value = consensus_phrase(c)
        yield f"- **{_LABELS[c.label]}** — {_md(c.subject)}: {phrase} *{_md(value)}*"
        for versions, text, sentence in _grouped_values(c):
            bold = "**" if set(versions) & disputes(c) else ""
            yield f"  - {bold}{_md(', '.join(versions))}: {_md(text)}{bold} — “{_md(sentence)}”"
    yield ""
    shared = [
        f for f in report.facts if len(f.mentions) > 1 and f.kind not in ("person", "place", "org")
    ]
    if shared:
        ids = [v.id for v in report.versions]
        outliers = disputed(report)
        yield "## Fact grid"
        yield ""
        if len(ids) > GRID_COLUMNS:
            yield from _fact_list(shared, ids, outliers)
        else:
            yield "| fact | " + " | ".join(_md(i) for i in ids) + " |"
            yield "|---|" + "---|" * len(ids)
            for f in shared:
                cells = []
                for vid in ids:
                    m = next((m for m in f.mentions if m.version == vid), None)
                    if m is None:
                        cells.append("—")
                    elif (f.subject, vid) in outliers:
                        cells.append(f"**{_md(m.text)}** ⚠")
                    else:
                        cells.append(_md(m.text))
                yield f"| {_md(f.subject)} | " + " | ".join(cells) + " |"
        yield ""
    yield "## Quotes"
    yield ""
    if not report.quotes:
        yield "_None._"
    for q in report.quotes:
        flag = " **(altered)**" if q.altered else ""
        shown = _md(_versions(q.versions, len(report.versions)))
        yield f"- “{_md(q.text)}” — {_md(speaker_label(q))} ({shown}){flag}"
        for note in grouped_notes(q.alterations, len(report.versions)):
            yield f"  - {_md(note)}"
    yield ""
    partial = _partial_names(report)
    if partial and len(report.versions) > 1:
        yield "## Names not in every version"
        yield ""
        for f in partial:
            shown = _md(_versions(f.versions, len(report.versions)))
            yield f"- {_md(f.text)} ({f.kind}): in {shown}"
        yield ""
    yield "## What each version adds and leaves out"
    if not any(report.adds.get(v.id) or report.omits.get(v.id) for v in report.versions):
        yield ""
        yield "_None._"
    for v in report.versions:
        adds, omits = report.adds.get(v.id, ()), report.omits.get(v.id, ())
        if not adds and not omits:
            continue
        yield ""
        yield f"### {_md(v.id)}"
        yield ""
        for p, n in once_each(adds):
            said = f" — {_md(voice)}" if (voice := voice_of(report, p)) else ""
            yield f"- ➕ {_md(p.text)}{said}{times(n)}"
        for p, n in once_each(omits):
            yield f"- ➖ ~~{_md(p.text)}~~{times(n)}"
    yield ""
    yield "## Changed wording (meaning)"
    yield ""
    changed = _meaning_changes(report)
    if not changed:
        yield "_None._"
    for version, reference, edits in changed:
        yield f"- {_md(version)} vs {_md(reference)}: {_md(edits)}"
    moved = _moved(report)
    if moved:
        yield ""
        yield "## Placed differently"
        yield ""
        for text, note in moved:
            yield f"- {_md(text)} — {_md(note)}"
