"""The diff report as one self-contained HTML page (no scripts, no network).

Top to bottom: a summary table of the versions, the conflicts (red, first),
the fact grid (fact slots x versions, outliers marked), the quotes (with
speakers, altered ones side by side), what each version adds and leaves out,
the aligned sentences (shared text muted, changed words marked), and every
version's full text with its additions, quotes and facts highlighted. Every
cell links to the source text by character offsets (``#v2-c1530`` is
character 1530 of version 2).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from storydiff.align import placement
from storydiff.models import (
    Cell,
    Conflict,
    DiffReport,
    Fact,
    Passage,
    QuoteGroup,
    VersionInfo,
)
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

__all__ = ["render_html", "render_index"]

_CSS = """
:root { --muted:#6b7280; --add:#dcfce7; --add-b:#16a34a; --chg:#fef3c7; --chg-b:#d97706;
  --del:#fee2e2; --bad:#dc2626; --quote:#dbeafe; --quote-b:#2563eb; --wire:#f3f4f6; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:#111827;
  max-width: 1180px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { margin-top: 2em; border-bottom: 2px solid #e5e7eb; }
h3 { margin-bottom: .3em; }
.sub { color: var(--muted); margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #e5e7eb; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f9fafb; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; margin: 0 10px 4px 0; padding: 1px 6px; border-radius: 3px; }
.shared { color: var(--muted); }
.wire { background: var(--wire); }
.add { background: var(--add); border-bottom: 2px solid var(--add-b); }
ins { background: var(--chg); border-bottom: 2px solid var(--chg-b); text-decoration: none; }
del { background: var(--del); color: #7f1d1d; }
ins.minor, del.minor { background: none; border: none; color: var(--muted); }
.quote { background: var(--quote); border-bottom: 2px solid var(--quote-b); }
.speaker { font-size: .8em; color: var(--quote-b); font-weight: 600; }
.fact { font-weight: 600; }
.badge { display: inline-block; font-size: .78em; padding: 0 6px; border-radius: 9px;
  background: #e5e7eb; margin-right: 4px; white-space: nowrap; }
.badge.conflict, .badge.degree { background: var(--bad); color: white; }
.badge.update { background: #7c3aed; color: white; }
.badge.more_specific, .badge.compatible { background: #059669; color: white; }
.conflicts { border: 3px solid var(--bad); border-radius: 6px; padding: 8px 16px;
  background: #fff5f5; }
.conflict-card { margin: .6em 0 1em; }
.conflict-card blockquote { margin: 2px 0 2px 18px; color: #374151; }
td.outlier, span.outlier { background: var(--del); font-weight: 600; }
th.outlier { color: var(--bad); }
td.consensus { background: #f0fdf4; }
td.absent { color: #d1d5db; text-align: center; }
.row { border-left: 4px solid #e5e7eb; padding: 2px 10px; margin: 6px 0; }
.row.unique { border-left-color: var(--add-b); }
.row.edited { border-left-color: var(--chg-b); }
.row .who { font-size: .78em; color: var(--muted); }
.version-text p { margin: .4em 0; }
.version-text { border: 1px solid #e5e7eb; border-radius: 6px; padding: 4px 16px;
  margin-bottom: 1em; }
a { color: inherit; } a.src { text-decoration: none; color: var(--muted); font-size: .8em; }
.altered { color: var(--bad); font-weight: 600; }
.omit { color: #4b5563; border-left: 3px solid var(--bad); padding-left: 6px; }
.none { color: var(--muted); font-style: italic; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(report: DiffReport, version: str, start: int) -> str:
    index = [v.id for v in report.versions].index(version)
    return f"#v{index}-c{start}"


def _src(report: DiffReport, version: str, start: int) -> str:
    href = _anchor(report, version, start)
    return f' <a class="src" href="{href}" title="in the source">&#8599;</a>'


def render_html(report: DiffReport, *, title: str | None = None) -> str:
    """Render the report as one HTML page.

    Examples
    --------
    >>> from storydiff.diff import diff_story
    >>> from storydiff.models import Article
    >>> page = render_html(diff_story([Article(id="a", text="Hi."), Article(id="b", text="Hi!")]))
    >>> page.startswith("<!DOCTYPE html>") and "<script" not in page
    True
    """
    shown = title or heading(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(shown)} - storydiff</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(shown)}</h1>",
        f'<p class="sub">{len(report.versions)} versions'
        + (f" of story <code>{_e(report.story)}</code>" if report.story else "")
        + f" &middot; adds and omits judged {_rule_text(report)}{_e(pair_note(report))}</p>",
        _legend(),
        _summary(report),
        _conflicts(report),
        _grid(report),
        _quotes(report),
        _names(report),
        _adds_omits(report),
        _alignment(report),
        _texts(report),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _rule_text(report: DiffReport) -> str:
    if report.rule == "base":
        return f"against the base version <b>{_e(report.base)}</b>"
    if report.rule == "majority":
        return "against the majority of versions"
    return "against all other versions"


def _legend() -> str:
    return (
        '<p class="legend"><span class="shared">shared text</span>'
        '<span class="add">only in this version</span>'
        "<span><del>removed</del> <ins>changed words</ins></span>"
        '<span><del class="minor">style</del> <ins class="minor">edit</ins> (muted)</span>'
        '<span class="quote">quote</span> <span class="speaker">SPEAKER</span>'
        '<span class="fact">fact</span>'
        '<span class="badge conflict">conflict</span>'
        '<span class="badge update">update</span>'
        '<span class="badge compatible">compatible</span></p>'
    )


def _reuse_text(v: VersionInfo) -> str:
    if not v.reuses:
        return '<span class="none">own text</span>'
    return ", ".join(
        f"{_e(r.relation or 'shares text')} {_e(r.other)} ({r.share:.0%})" for r in v.reuses[:3]
    )


def _summary(report: DiffReport) -> str:
    rows = []
    quotes_by_version = {v.id: 0 for v in report.versions}
    for q in report.quotes:
        for vid in q.versions:
            quotes_by_version[vid] += 1
    for i, v in enumerate(report.versions):
        published = v.published.isoformat(timespec="minutes") if v.published else ""
        rows.append(
            f'<tr><td><a href="#v{i}">{_e(v.id)}</a></td><td>{_e(v.source)}</td>'
            f"<td>{_e(published)}</td><td class=num>{v.words}</td>"
            f"<td class=num>{len(report.adds.get(v.id, ()))}</td>"
            f"<td class=num>{omits_count(report, v.id)}</td>"
            f"<td class=num>{quotes_by_version[v.id]}</td><td>{_reuse_text(v)}</td></tr>"
        )
    return (
        '<h2 id="summary">Versions</h2><table class="summary"><tr><th>version</th><th>source</th>'
        "<th>published</th><th>words</th><th>adds</th><th>omits</th><th>quotes</th>"
        "<th>reuses</th></tr>" + "".join(rows) + "</table>"
    )


def _conflicts(report: DiffReport) -> str:
    real = [c for c in report.conflicts if c.label in ("conflict", "degree")]
    other = [c for c in report.conflicts if c.label not in ("conflict", "degree")]
    if not report.conflicts:
        return '<h2 id="conflicts">Conflicting facts</h2><p class="none">No conflicting facts.</p>'
    out = ['<h2 id="conflicts">Conflicting facts</h2>']
    if real:
        out.append('<div class="conflicts">')
        out.extend(_conflict_card(report, c) for c in real)
        out.append("</div>")
    else:
        out.append('<p class="none">No conflicting facts.</p>')
    if other:
        out.append("<h3>Different but compatible</h3>")
        out.extend(_conflict_card(report, c) for c in other)
    return "\n".join(out)


def _conflict_card(report: DiffReport, c: Conflict) -> str:
    label = {"degree": "conflict of degree", "more_specific": "more specific"}.get(c.label, c.label)
    phrase, value = consensus_phrase(c)
    lines = [
        f'<div class="conflict-card"><span class="badge {c.label}">{_e(label)}</span> '
        f"<b>{_e(c.subject)}</b>: {_e(phrase)} <b>{_e(value)}</b>"
    ]
    groups: dict[tuple[str, str], list[str]] = {}
    first: dict[tuple[str, str], tuple[str, int]] = {}
    for v in c.values:
        key = (v.text, v.sentence)
        groups.setdefault(key, []).append(v.version)
        first.setdefault(key, (v.version, v.start))
    for (text, sentence), versions in groups.items():
        mark = ' class="altered"' if set(versions) & disputes(c) else ""
        where = first[(text, sentence)]
        lines.append(
            f"<blockquote><span{mark}>{_e(', '.join(versions))}: {_e(text)}</span> &mdash; "
            f"&ldquo;{_e(sentence)}&rdquo;{_src(report, *where)}</blockquote>"
        )
    if c.note:
        lines.append(f'<div class="sub">{_e(c.note)}</div>')
    lines.append("</div>")
    return "\n".join(lines)


_NAME_KINDS = ("person", "place", "org")


def _names(report: DiffReport) -> str:
    """Who and where: every named person, place and organisation x the versions naming it."""
    names = [f for f in report.facts if f.kind in _NAME_KINDS]
    if not names or len(report.versions) < 2:
        return ""
    ids = [v.id for v in report.versions]
    if len(ids) > GRID_COLUMNS:
        return _names_listed(report, names, ids)
    head = "".join(f"<th>{_e(v)}</th>" for v in ids)
    rows = []
    for f in names:
        cells = []
        for vid in ids:
            m = next((m for m in f.mentions if m.version == vid), None)
            cells.append(
                '<td class="absent">&mdash;</td>'
                if m is None
                else f'<td class="consensus">&#10003;{_src(report, vid, m.start)}</td>'
            )
        partial = ' class="outlier"' if len(set(f.versions) & set(ids)) < len(ids) else ""
        rows.append(
            f'<tr><th{partial}>{_e(f.text)} <span class="sub">{_e(f.kind)}</span></th>'
            + "".join(cells)
            + "</tr>"
        )
    return (
        '<h2 id="names">Who and where</h2><p class="sub">People, places and organisations '
        "each version names; red: not named by every version.</p>"
        f"<table><tr><th>name</th>{head}</tr>" + "".join(rows) + "</table>"
    )


def _grid(report: DiffReport) -> str:
    facts = [
        f
        for f in report.facts
        if f.kind not in _NAME_KINDS and (len(f.mentions) > 1 or len(report.versions) == 1)
    ]
    if not facts:
        return ""
    outliers = disputed(report)
    ids = [v.id for v in report.versions]
    if len(ids) > GRID_COLUMNS:
        return _grid_listed(report, facts, ids, outliers)
    head = "".join(f"<th>{_e(v)}</th>" for v in ids)
    rows = []
    for f in facts:
        rows.append(
            f"<tr><th>{_e(f.subject)}</th>"
            + "".join(_grid_cell(report, f, v, outliers) for v in ids)
            + "</tr>"
        )
    return (
        '<h2 id="facts">Fact grid</h2><p class="sub">Facts stated by more than one version; '
        "the value most versions give is green, a differing value red.</p>"
        f"<table><tr><th>fact</th>{head}</tr>" + "".join(rows) + "</table>"
    )


def _version_links(report: DiffReport, pairs: list[tuple[str, int]]) -> str:
    """``(version, offset)`` pairs as links into the texts: six, then "+N more"."""
    shown, more = first_few(pairs)
    return (
        ", ".join(f'<a href="{_anchor(report, v, start)}">{_e(v)}</a>' for v, start in shown) + more
    )


def _grid_listed(
    report: DiffReport, facts: list[Fact], ids: list[str], outliers: set[tuple[str, str]]
) -> str:
    """The fact grid of many versions: each value once, with the versions that give it."""
    rows = []
    for f in facts:
        values = []
        for text, mentions in values_of(f, ids):
            css = "outlier" if any((f.subject, m.version) in outliers for m in mentions) else ""
            pairs = [(m.version, m.start) for m in mentions]
            values.append(
                f'<span class="{css}">{_e(text)}</span> '
                f'<span class="sub">({_version_links(report, pairs)})</span>'
            )
        rows.append(f"<tr><th>{_e(f.subject)}</th><td>{'<br>'.join(values)}</td></tr>")
    return (
        '<h2 id="facts">Fact grid</h2><p class="sub">Facts stated by more than one version, '
        "each value with the versions that give it; a differing value red.</p>"
        "<table><tr><th>fact</th><th>values</th></tr>" + "".join(rows) + "</table>"
    )


def _names_listed(report: DiffReport, names: list[Fact], ids: list[str]) -> str:
    """Who and where for many versions: how many name each, and which do not."""
    rows = []
    for f in names:
        naming = {m.version: m.start for m in f.mentions if m.version in ids}
        missing = [v for v in ids if v not in naming]
        partial = ' class="outlier"' if missing else ""
        first = [(v, naming[v]) for v in ids if v in naming]
        shown, more = first_few(missing)
        not_in = ", ".join(_e(v) for v in shown) + more
        rows.append(
            f'<tr><th{partial}>{_e(f.text)} <span class="sub">{_e(f.kind)}</span></th>'
            f"<td>{len(naming)} of {len(ids)}: {_version_links(report, first)}</td>"
            f"<td>{not_in or '&mdash;'}</td></tr>"
        )
    return (
        '<h2 id="names">Who and where</h2><p class="sub">People, places and organisations, '
        "how many versions name each and which do not; red: not named by every version.</p>"
        "<table><tr><th>name</th><th>named by</th><th>not named by</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _grid_cell(report: DiffReport, fact: Fact, version: str, outliers: set[tuple[str, str]]) -> str:
    mention = next((m for m in fact.mentions if m.version == version), None)
    if mention is None:
        return '<td class="absent">&mdash;</td>'
    css = (
        "outlier"
        if (fact.subject, version) in outliers
        else ("consensus" if version in fact.versions and len(fact.versions) > 1 else "")
    )
    attribution = (
        f'<br><span class="sub">({_e(mention.attribution)})</span>' if mention.attribution else ""
    )
    return (
        f'<td class="{css}">{_e(mention.text)}{_src(report, version, mention.start)}'
        f"{attribution}</td>"
    )


def _quotes(report: DiffReport) -> str:
    if not report.quotes:
        return '<h2 id="quotes">Quotes</h2><p class="none">No quotes.</p>'
    ids = [v.id for v in report.versions]
    head = "".join(f"<th>{_e(v)}</th>" for v in ids)
    rows = [_quote_row(report, q, ids) for q in report.quotes]
    return (
        '<h2 id="quotes">Quotes</h2><table><tr><th>quote</th><th>speaker</th>'
        f"{head}</tr>" + "".join(rows) + "</table>"
    )


def _quote_row(report: DiffReport, q: QuoteGroup, ids: Sequence[str]) -> str:
    cells = []
    for vid in ids:
        variant = next((v for v in q.variants if v.version == vid), None)
        if variant is None:
            cells.append('<td class="absent">&mdash;</td>')
            continue
        same = variant.text == q.text
        mark = "&#10003;" if same else f"&ldquo;{_e(variant.text)}&rdquo;"
        who = f'<br><span class="speaker">{_e(variant.speaker_text or variant.speaker)}</span>'
        cue = f' <span class="sub">{_e(variant.cue)}</span>' if variant.cue else ""
        cells.append(
            f'<td class="{"" if same else "outlier"}">{mark}{who}{cue}'
            f"{_src(report, vid, variant.start)}</td>"
        )
    notes = "".join(
        f'<div class="altered">{_e(a)}</div>'
        for a in grouped_notes(q.alterations, len(report.versions))
    )
    kind = ' <span class="badge">altered</span>' if q.altered else ""
    return (
        f'<tr><td class="quote-text">&ldquo;{_e(q.text)}&rdquo;{kind}{notes}</td>'
        f'<td><span class="speaker">{_e(speaker_label(q))}</span></td>' + "".join(cells) + "</tr>"
    )


def _adds_omits(report: DiffReport) -> str:
    out = ['<h2 id="adds">What each version adds and leaves out</h2>']
    for v in report.versions:
        adds = report.adds.get(v.id, ())
        omits = report.omits.get(v.id, ())
        out.append(f"<h3>{_e(v.id)}</h3>")
        if adds:
            out.append("<p><b>Adds</b></p><ul>")
            out.extend(
                f'<li><span class="add">{_e(p.text)}</span>{_voice(report, p)}{_e(times(n))}'
                f"{_src(report, v.id, p.start)}</li>"
                for p, n in once_each(adds)
            )
            out.append("</ul>")
        if omits:
            out.append("<p><b>Leaves out</b></p><ul>")
            out.extend(
                f'<li><span class="omit">{_e(p.text)}</span>{_e(times(n))} '
                f'<span class="sub">(in {_e(", ".join(p.carried_by))})</span>'
                f"{_src(report, p.version, p.start)}</li>"
                for p, n in once_each(omits)
            )
            out.append("</ul>")
        if not adds and not omits:
            out.append('<p class="none">Nothing of its own, nothing left out.</p>')
    return "\n".join(out)


def _voice(report: DiffReport, passage: Passage) -> str:
    """The speaker of an added quote that does not name one, as the quotes show speakers."""
    voice = voice_of(report, passage)
    return f' <span class="speaker">{_e(voice)}</span>' if voice else ""


def _alignment(report: DiffReport) -> str:
    out = [
        '<h2 id="aligned">Aligned sentences</h2>',
        '<p class="sub">One block per sentence, in reading order; the reference wording first, '
        "then each version that words it differently.</p>",
    ]
    n = len(report.versions)
    for row in report.alignment.rows:
        ref = row.cell(row.reference)
        if ref is None:
            continue
        edited = [c for c in row.cells if c.status == "edited"]
        kind = "unique" if len(row.cells) == 1 and n > 1 else "edited" if edited else "same"
        text_class = "add" if kind == "unique" else "shared" if len(row.cells) > 1 else ""
        who = ", ".join(f"{c.version} \u00b6{c.paragraph + 1}" for c in row.cells)
        moved = placement(row)
        where = f' <span class="altered">placed differently: {_e(moved)}</span>' if moved else ""
        out.append(
            f'<div class="row {kind}"><div class="who">{_e(who)}{where}</div>'
            f'<div class="{text_class}">{_e(ref.text)}{_src(report, ref.version, ref.start)}</div>'
        )
        for cell in edited:
            worded = (
                f'<span class="sub">in other words:</span> {_e(cell.text)}'
                if cell.reworded
                else _marked(cell, ref.text)
            )
            out.append(
                f'<div><span class="who">{_e(cell.version)}:</span> {worded}'
                f"{_src(report, cell.version, cell.start)}</div>"
            )
        out.append("</div>")
    return "\n".join(out)


def _marked(cell: Cell, _reference: str) -> str:
    """The cell's text with its changes marked: ins for new words, del for dropped ones."""
    out = []
    pos = cell.start
    text = cell.text
    for ch in cell.changes:
        out.append(_e(text[pos - cell.start : ch.start - cell.start]))
        minor = "" if ch.meaning else ' class="minor"'
        if ch.old:
            out.append(f'<del{minor} title="{_e(ch.reason)}">{_e(ch.old)}</del>')
            if ch.new:
                out.append(" ")
        if ch.new:
            new = text[ch.start - cell.start : ch.end - cell.start]
            out.append(f'<ins{minor} title="{_e(ch.reason)}">{_e(new)}</ins>')
        pos = ch.end
    out.append(_e(text[pos - cell.start :]))
    return "".join(out)


def _texts(report: DiffReport) -> str:
    out = ['<h2 id="texts">The versions</h2>']
    ids = [v.id for v in report.versions]
    for i, v in enumerate(report.versions):
        out.append(f'<h3 id="v{i}">{_e(v.id)}</h3>')
        if v.title:
            out.append(f"<p><b>{_e(v.title)}</b></p>")
        out.append(f'<div class="version-text">{_version_body(report, i, ids)}</div>')
    return "\n".join(out)


def _version_body(report: DiffReport, index: int, ids: Sequence[str]) -> str:
    vid = ids[index]
    marks: list[tuple[int, int, str, str]] = []  # start, end, open tag, close tag
    cells = [c for row in report.alignment.rows for c in row.cells if c.version == vid]
    shared_rows = {
        (c.start, c.end): len(row.cells) > 1
        for row in report.alignment.rows
        for c in row.cells
        if c.version == vid
    }
    for q in report.quotes:
        for var in q.variants:
            if var.version == vid:
                who = _e(speaker_label(var))
                marks.append(
                    (
                        var.start,
                        var.end,
                        f'<span class="quote" title="{who}">',
                        f'</span> <span class="speaker">{who}</span>',
                    )
                )
    for f in report.facts:
        for m in f.mentions:
            if m.version == vid:
                marks.append(
                    (m.start, m.end, f'<span class="fact" title="{_e(f.subject)}">', "</span>")
                )
    targets = _link_targets(report, vid)
    text = _source_text(report, vid, cells)
    if text is None:
        return '<p class="none">(text not available)</p>'
    body, offset = text
    paragraphs = []
    for cell in sorted(cells, key=lambda c: c.start):
        css = "shared" if shared_rows[(cell.start, cell.end)] else "add"
        if cell.status == "edited" or any(ch.meaning for ch in cell.changes):
            css = ""
        paragraphs.append((cell.paragraph, cell.start, cell.end, css))
    html_parts = []
    current = None
    for para, start, end, css in paragraphs:
        if para != current:
            if current is not None:
                html_parts.append("</p>")
            html_parts.append("<p>")
            current = para
        inner = _with_marks(body, offset, start, end, marks, index, targets)
        html_parts.append(f'<span id="v{index}-c{start}" class="{css}">{inner}</span> ')
    if current is not None:
        html_parts.append("</p>")
    return "".join(html_parts)


def _link_targets(report: DiffReport, vid: str) -> set[int]:
    """Every offset of version ``vid`` that some link of the report points at."""
    targets = {v.start for q in report.quotes for v in q.variants if v.version == vid}
    targets |= {m.start for f in report.facts for m in f.mentions if m.version == vid}
    targets |= {v.start for c in report.conflicts for v in c.values if v.version == vid}
    for passages in (report.adds, report.omits):
        targets |= {p.start for ps in passages.values() for p in ps if p.version == vid}
    targets |= {c.start for row in report.alignment.rows for c in row.cells if c.version == vid}
    return targets


def _source_text(report: DiffReport, vid: str, cells: Iterable[Cell]) -> tuple[str, int] | None:
    """Rebuild the version's text from its cells (the report keeps no other copy)."""
    cells = sorted(cells, key=lambda c: c.start)
    if not cells:
        return None
    end = max(c.end for c in cells)
    buf = [" "] * end
    for c in cells:
        buf[c.start : c.end] = c.text
    return "".join(buf), 0


def _with_marks(
    body: str,
    offset: int,
    start: int,
    end: int,
    marks: list[tuple[int, int, str, str]],
    index: int,
    targets: set[int],
) -> str:
    """Escape ``body[start:end]`` with the marks that overlap it, clipped to it.

    Every offset in ``targets`` inside the span gets an anchor (``v{index}-c{offset}``),
    at its place in plain text, or just before the mark that covers it.
    """
    inside = sorted((m for m in marks if m[0] < end and m[1] > start), key=lambda m: (m[0], -m[1]))
    wanted = sorted(t for t in targets if start < t < end)
    out: list[str] = []

    def plain(a: int, b: int) -> None:
        pos = a
        for t in wanted:
            if a <= t < b and t not in done:
                out.append(_e(body[pos - offset : t - offset]))
                out.append(f'<a id="v{index}-c{t}"></a>')
                done.add(t)
                pos = t
        out.append(_e(body[pos - offset : b - offset]))

    done: set[int] = {start}
    pos = start
    for m_start, m_end, open_tag, close_tag in inside:
        a, b = max(m_start, start), min(m_end, end)
        if a < pos:
            continue  # overlapping mark: keep the first (its targets get anchors below)
        plain(pos, a)
        for t in wanted:
            if a <= t < b and t not in done:
                out.append(f'<a id="v{index}-c{t}"></a>')
                done.add(t)
        # the closing label (the speaker) only where the mark really ends
        close = close_tag if b == m_end else close_tag.split("</span>")[0] + "</span>"
        out.append(f"{open_tag}{_e(body[a - offset : b - offset])}{close}")
        pos = b
    plain(pos, end)
    missed = [t for t in wanted if t not in done]
    if missed:  # inside a skipped, overlapping mark: anchor at the start of the span
        out.insert(0, "".join(f'<a id="v{index}-c{t}"></a>' for t in missed))
    return "".join(out)


def render_index(entries: Sequence[tuple[str, str, int, int]]) -> str:
    """An index page for ``storydiff report --all``: (file, title, versions, conflicts) rows."""
    rows = "".join(
        f'<tr><td><a href="{_e(href)}">{_e(title)}</a></td><td class=num>{n}</td>'
        f"<td class=num>{conflicts}</td></tr>"
        for href, title, n, conflicts in entries
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>storydiff reports</title>"
        f"<style>{_CSS}</style></head><body><h1>Stories</h1>"
        "<table><tr><th>story</th><th>versions</th><th>conflicts</th></tr>"
        f"{rows}</table></body></html>"
    )
