"""The ``storydiff`` command: a thin typer layer over the library.

stdout carries data only; progress, warnings and errors go to stderr.
Exit codes: 0 ok, 1 error (nothing usable read, or any problem under
``--strict``), 2 usage.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from storydiff import __version__
from storydiff._io import atomic_writer, check_writable, replace_with, write_lines_atomic
from storydiff.cluster import ClusterParams, cluster, cluster_paths
from storydiff.diff import DiffOptions, diff_story, story_versions
from storydiff.engine import Engine, make_engine
from storydiff.errors import (
    ConfigError,
    IndexDamagedError,
    NoArticlesError,
    RenderError,
    StorydiffError,
)
from storydiff.explain import explain
from storydiff.index import Index
from storydiff.ingest import FieldMap, read
from storydiff.models import Article, ClusterResult, DiffReport, ReadProblem, ReadResult, Story
from storydiff.render.html import render_html, render_index
from storydiff.render.report_json import report_to_json
from storydiff.render.stories import iter_csv, iter_jsonl
from storydiff.render.text import markdown_text, render_markdown, render_terminal

app = typer.Typer(
    name="storydiff",
    help="Find the news articles that tell the same story, and what each version adds.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# soft_wrap: a message is one line in a log, however long (no wrap at 80 columns)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    """Output formats of ``storydiff cluster``."""

    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class EngineName(str, Enum):
    """Where ``storydiff cluster`` runs its heavy stages."""

    local = "local"
    dask = "dask"


class ReportFormat(str, Enum):
    """Output formats of ``storydiff diff`` and ``storydiff report``."""

    terminal = "terminal"
    html = "html"
    md = "md"
    json = "json"


class Rule(str, Enum):
    """How adds and omits are judged."""

    all = "all"
    majority = "majority"
    base = "base"


_SUFFIX = {"terminal": ".txt", "html": ".html", "md": ".md", "json": ".json"}


def _version(value: bool) -> None:
    if value:
        print(f"storydiff {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[
        int,
        typer.Option("--verbose", "-v", count=True, help="More log output on stderr (-vv: debug)."),
    ] = 0,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find the news articles that tell the same story, and what each version adds."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    root = logging.getLogger("storydiff")
    if not any(getattr(h, "_storydiff_cli", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handler._storydiff_cli = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)


# Options shared by every command that reads articles.
InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files or directories (txt md html jsonl json csv tsv sgm); - reads JSONL on stdin."
    ),
]
TextField = Annotated[str, typer.Option("--text-field", help="Record field holding the body.")]
IdField = Annotated[str, typer.Option("--id-field", help="Record field holding the id.")]
TitleField = Annotated[str, typer.Option("--title-field", help="Record field holding the title.")]
SourceField = Annotated[
    str, typer.Option("--source-field", help="Record field holding the outlet.")
]
DateField = Annotated[
    str, typer.Option("--published-field", help="Record field holding the publication time.")
]
UrlField = Annotated[str, typer.Option("--url-field", help="Record field holding the URL.")]
ParagraphSeparator = Annotated[
    str,
    typer.Option(
        "--paragraph-separator",
        help="String that stands for a paragraph break in a record's text (e.g. ' ### ').",
    ),
]
KeepDebris = Annotated[
    bool, typer.Option("--keep-debris", help="Do not remove captions, comment boxes, promo tails.")
]
Strict = Annotated[bool, typer.Option("--strict", help="Any input problem is fatal.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or warnings on stderr.")]
StoryCosine = Annotated[
    float | None,
    typer.Option(
        "--story-cosine", help="Average-link TF-IDF cosine for one story.", min=0.0, max=1.0
    ),
]
Window = Annotated[
    float | None,
    typer.Option(
        "--time-window",
        help="Widest span of publication times in one story, in days (first to last report).",
    ),
]
SplitCosine = Annotated[
    float | None,
    typer.Option(
        "--split-cosine", help="Cut a story in two below this centroid cosine.", min=0.0, max=1.0
    ),
]
NoWindow = Annotated[bool, typer.Option("--no-time-window", help="Ignore publication times.")]


def _read(
    inputs: list[str],
    *,
    fields: FieldMap,
    keep_debris: bool,
    strict: bool,
    quiet: bool,
    engine: Engine | None = None,
    name: str | None = None,
) -> ReadResult:
    """Read inputs, report problems on stderr, fail only when nothing is usable.

    ``name``: one input read for ``diff``, named if nothing usable is in it (and no
    count of articles read is printed).
    """
    if "-" in inputs and hasattr(sys.stdin, "reconfigure"):
        # bytes that are not UTF-8 come through as surrogate escapes, decoded line by line
        sys.stdin.reconfigure(errors="surrogateescape")
    try:
        result = read(
            inputs,
            fields=fields,
            keep_debris=keep_debris,
            strict=strict,
            stdin=sys.stdin,
            engine=engine,
        )
    except StorydiffError as exc:
        _fail(exc)
    _report_read(len(result.articles), result.problems, quiet=quiet, name=name)
    return result


def _report_read(
    n_articles: int, problems: Sequence[ReadProblem], *, quiet: bool, name: str | None = None
) -> None:
    """The problems met while reading (the first 20; -v logs all), then the count read."""
    if problems and not quiet:
        shown = problems[:20]
        for problem in shown:
            label = "warning" if problem.severity == "warning" else "error"
            err.print(f"{label}: {problem}", markup=False)
        if len(problems) > len(shown):
            err.print(f"... and {len(problems) - len(shown)} more problems (use -v to log all)")
            for problem in problems[len(shown) :]:
                logging.getLogger("storydiff.ingest").info("%s", problem)
    if not n_articles:
        where = f"{name}: " if name else ""
        err.print(f"error: {where}no usable article was read", markup=False)
        raise typer.Exit(code=1)
    if not quiet and name is None:
        err.print(f"read {n_articles} articles ({len(problems)} problems)", markup=False)


def _params(
    story_cosine: float | None,
    window: float | None,
    no_window: bool,
    split_cosine: float | None = None,
) -> ClusterParams:
    base = ClusterParams()
    changes: dict[str, object] = {}
    if story_cosine is not None:
        changes["story_cosine"] = story_cosine
    if split_cosine is not None:
        changes["split_cosine"] = split_cosine
    if no_window:
        changes["time_window_days"] = None
    elif window is not None:
        changes["time_window_days"] = window
    try:
        return ClusterParams(**{**{f: getattr(base, f) for f in base.__slots__}, **changes})
    except StorydiffError as exc:
        _fail(exc)


_FIELD_OPTIONS = ("id", "title", "text", "source", "published", "url")


def _field_map(options: Mapping[str, Any]) -> FieldMap:
    """The :class:`FieldMap` a command's options ask for (its ``locals()``: ``id_field``,
    ``title_field`` ... ``url_field`` and ``paragraph_separator``)."""
    try:
        return FieldMap(
            **{name: options[f"{name}_field"] for name in _FIELD_OPTIONS},
            paragraph_separator=options["paragraph_separator"],
        )
    except StorydiffError as exc:
        _fail(exc)


def _load(
    inputs: list[str],
    *,
    fields: FieldMap,
    keep_debris: bool,
    strict: bool,
    quiet: bool,
    tuning: tuple[float | None, float | None, float | None, bool],
    engine: Engine | None = None,
) -> tuple[ReadResult, ClusterParams]:
    """The shared first half of every command: read the inputs, build the parameters."""
    data = _read(
        inputs,
        fields=fields,
        keep_debris=keep_debris,
        strict=strict,
        quiet=quiet,
        engine=engine,
    )
    story_cosine, split_cosine, window, no_window = tuning
    return data, _params(story_cosine, window, no_window, split_cosine)


def _relation_to_rep(story: Story, article_id: str) -> str:
    """How an article relates to its story's representative, for the table."""
    if article_id == story.representative_id:
        return "representative"
    for link in story.links:
        if {link.a, link.b} == {article_id, story.representative_id}:
            return link.relation.replace("_", " ")
    for group in story.copy_groups:
        if article_id in group and story.representative_id in group:
            return "copy"
    return "copy" if any(article_id in g for g in story.copy_groups) else "same story"


def _table_lines(result: ClusterResult, *, width: int | None) -> Iterator[str]:
    console = Console(file=None, width=width or 120, force_terminal=False)
    table = Table(show_lines=False, expand=False, title=None)
    table.add_column("story", no_wrap=True)
    table.add_column("n", justify="right")
    table.add_column("article", no_wrap=True)
    table.add_column("relation", no_wrap=True)
    table.add_column("title", overflow="fold")
    for story in result.stories:
        ordered = [story.representative_id] + [
            a for a in story.article_ids if a != story.representative_id
        ]
        for k, aid in enumerate(ordered):
            table.add_row(  # Text: brackets in ids and titles are data, not markup
                Text(story.id if k == 0 else ""),
                str(story.size) if k == 0 else "",
                Text(aid),
                _relation_to_rep(story, aid) if story.size > 1 else "",
                Text(story.title if k == 0 else ""),
                end_section=k == len(ordered) - 1,
            )
    with console.capture() as capture:
        console.print(table)
    yield from capture.get().rstrip("\n").split("\n")


def _peak_rss_mib(*, children: bool = False) -> float | None:
    """Peak resident memory of this process (or of its largest worker process)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return None
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    kib = resource.getrusage(who).ru_maxrss
    return kib / 1024.0 if sys.platform != "darwin" else kib / 1024.0 / 1024.0


def _print_stats(stats: dict[str, object]) -> None:
    """Per-stage seconds, counts and peak memory, on stderr."""
    for key, value in stats.items():
        if key.endswith("_s") and isinstance(value, float):
            err.print(f"  {key[:-2]:<16} {value:8.2f} s", markup=False)
        else:
            err.print(f"  {key:<16} {value:>8}", markup=False)
    peak = _peak_rss_mib()
    if peak is not None:
        err.print(f"  {'peak memory':<16} {peak:8.0f} MiB", markup=False)
    worker = _peak_rss_mib(children=True)
    if worker:
        err.print(f"  {'worker peak':<16} {worker:8.0f} MiB (largest worker process)", markup=False)


def _fail(exc: StorydiffError) -> NoReturn:
    """Print ``exc`` as an error and exit: 2 for a parameter storydiff cannot use (a usage
    error, as the option parser's own), 1 for anything else."""
    err.print(f"[red]error:[/red] {escape(str(exc))}", markup=True)
    raise typer.Exit(code=2 if isinstance(exc, ConfigError) else 1) from None


def _writable(output: Path | None, *, directory: bool = False) -> None:
    """Exit at once (1) if ``-o`` cannot be written, rather than after the work."""
    if output is None:
        return
    try:
        check_writable(output, directory=directory)
    except RenderError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(code=1) from None


def _emit(lines: Iterable[str], output: Path | None) -> None:
    if output is None:
        for line in lines:
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
        return
    try:
        write_lines_atomic(output, lines)
    except RenderError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(code=1) from None


@app.command("cluster")
def cluster_cmd(
    inputs: InputsArg,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here (atomically) instead of stdout."),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.jsonl,
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    source_field: SourceField = "source",
    published_field: DateField = "published",
    url_field: UrlField = "url",
    paragraph_separator: ParagraphSeparator = "",
    keep_debris: KeepDebris = False,
    strict: Strict = False,
    quiet: Quiet = False,
    story_cosine: StoryCosine = None,
    split_cosine: SplitCosine = None,
    time_window: Window = None,
    no_time_window: NoWindow = False,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print per-stage timings on stderr.")
    ] = False,
    engine_name: Annotated[
        EngineName,
        typer.Option(
            "--engine",
            help="local, or dask: read, fingerprint, find candidates and verify as Dask tasks.",
        ),
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: start a LocalCluster)."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Local engine: processes to use (default: one per available core; 1 = no "
            "worker processes).",
        ),
    ] = None,
    spill_dir: Annotated[
        Path | None,
        typer.Option(
            "--spill-dir",
            exists=True,
            file_okay=False,
            help="Where shingle hashes and term counts wait on disk during the run (default: "
            "the system temp directory; with Dask workers on other machines, storage they all "
            "see).",
        ),
    ] = None,
) -> None:
    """Group articles into stories (singletons included) and print them.

    Example: storydiff cluster corpora/demo --format table
    """
    t_start = time.perf_counter()
    _writable(output)
    try:
        engine = make_engine(engine_name.value, scheduler=scheduler, workers=workers)
    except StorydiffError as exc:
        _fail(exc)
    fields = _field_map(locals())
    tuning = (story_cosine, split_cosine, time_window, no_time_window)

    def progress(stage: str, done: int, total: int) -> None:
        if not quiet:
            err.print(f"{stage}: {done}/{total}", markup=False)

    with engine:
        if "-" in inputs:  # standard input: read it all, then group
            data, params = _load(
                inputs,
                fields=fields,
                keep_debris=keep_debris,
                strict=strict,
                quiet=quiet,
                tuning=tuning,
                engine=engine,
            )
            read_s = time.perf_counter() - t_start
            result = cluster(data.articles, params=params, progress=progress, engine=engine)
        else:  # files: read and fingerprinted per task, texts never all held at once
            params = _params(story_cosine, time_window, no_time_window, split_cosine)
            try:
                result, problems = cluster_paths(
                    inputs,
                    fields=fields,
                    keep_debris=keep_debris,
                    strict=strict,
                    params=params,
                    progress=progress,
                    engine=engine,
                    spill_dir=spill_dir,
                )
            except NoArticlesError as exc:
                _report_read(
                    0, [p for p in exc.problems if isinstance(p, ReadProblem)], quiet=quiet
                )
                raise typer.Exit(code=1) from None  # (_report_read exits first)
            except StorydiffError as exc:
                _fail(exc)
            _report_read(len(result.labels()), problems, quiet=quiet)
            read_s = None
    if fmt is OutputFormat.jsonl:
        lines: Iterable[str] = iter_jsonl(result)
    elif fmt is OutputFormat.csv:
        lines = iter_csv(result)
    else:
        lines = _table_lines(result, width=None)
    _emit(lines, output)
    if stats or not quiet:
        multi = sum(1 for s in result.stories if s.size > 1)
        err.print(
            f"{len(result.stories)} stories ({multi} with more than one article), "
            f"{len(result.links)} links",
            markup=False,
        )
    if stats:
        read = {} if read_s is None else {"read_s": read_s}
        _print_stats({**read, **result.stats, "total_s": time.perf_counter() - t_start})


@app.command("explain")
def explain_cmd(
    a: Annotated[str, typer.Argument(help="Id of the first article.")],
    b: Annotated[str, typer.Argument(help="Id of the second article.")],
    inputs: InputsArg,
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    source_field: SourceField = "source",
    published_field: DateField = "published",
    url_field: UrlField = "url",
    paragraph_separator: ParagraphSeparator = "",
    keep_debris: KeepDebris = False,
    strict: Strict = False,
    quiet: Quiet = False,
    story_cosine: StoryCosine = None,
    split_cosine: SplitCosine = None,
    time_window: Window = None,
    no_time_window: NoWindow = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation as JSON.")] = False,
) -> None:
    """Explain why two articles are, or are not, grouped into one story.

    Example: storydiff explain ferry-mp-wire ferry-courier corpora/demo
    """
    data, params = _load(
        inputs,
        fields=_field_map(locals()),
        keep_debris=keep_debris,
        strict=strict,
        quiet=quiet,
        tuning=(story_cosine, split_cosine, time_window, no_time_window),
    )
    try:
        ex = explain(a, b, data.articles, params=params)
    except StorydiffError as exc:
        _fail(exc)
    if as_json:
        payload = ex.as_dict()
        print(json.dumps(payload, ensure_ascii=False))
        return
    print(f"{ex.a}  vs  {ex.b}")
    print(f"  verdict      {ex.verdict}")
    print(f"  relation     {ex.relation or 'none'}  ({ex.rule})")
    print(f"  jaccard      {ex.jaccard:.3f}   (word {params.shingle_size}-shingles, exact)")
    print(f"  containment  {ex.containment:.3f}   (share of the shorter text in the longer)")
    print(f"  cosine       {ex.cosine:.3f}   (TF-IDF, title + body)")
    print(f"  stories      {ex.story_a}  {ex.story_b}")
    print(
        f"  thresholds   copy_jaccard={params.copy_jaccard} copy_containment="
        f"{params.copy_containment} story_cosine={params.story_cosine} "
        f"split_cosine={params.split_cosine} "
        f"time_window_days={params.time_window_days}"
    )
    if ex.shared_passages:
        print("  shared passages:")
        for passage in ex.shared_passages:
            print(f'    "{passage}"')


# Options of the diff commands.
FormatOpt = Annotated[
    ReportFormat, typer.Option("--format", "-f", help="terminal, html, md or json.")
]
BaseOpt = Annotated[
    str | None,
    typer.Option("--base", help="Id of the version the others are compared with."),
]
RuleOpt = Annotated[
    Rule,
    typer.Option(
        "--rule",
        help="Adds/omits against all other versions, the majority, or the --base version.",
    ),
]
ColorOpt = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Colour terminal output (default: when a terminal)."),
]


def _diff_options(rule: Rule, base: str | None) -> DiffOptions:
    chosen = Rule.base if base is not None and rule is Rule.all else rule
    try:
        return DiffOptions(rule=chosen.value, base=base)
    except StorydiffError as exc:
        _fail(exc)


def _render(report: DiffReport, fmt: ReportFormat, *, color: bool) -> str:
    if fmt is ReportFormat.html:
        return render_html(report)
    if fmt is ReportFormat.md:
        return render_markdown(report)
    if fmt is ReportFormat.json:
        return report_to_json(report) + "\n"
    return render_terminal(report, color=color)


def _use_color(color: bool | None, output: Path | None) -> bool:
    if color is not None:
        return color
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _write_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with atomic_writer(output) as handle:
            handle.write(text)
    except RenderError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(code=1) from None


def _run_diff(
    articles: list[Article], *, options: DiffOptions, story: str, links: tuple = ()
) -> DiffReport:
    try:
        return diff_story(articles, options=options, story=story, links=links)
    except StorydiffError as exc:
        _fail(exc)


@app.command("diff")
def diff_cmd(
    files: Annotated[
        list[str], typer.Argument(help="Two or more versions (files of any input format).")
    ],
    fmt: FormatOpt = ReportFormat.terminal,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    base: BaseOpt = None,
    rule: RuleOpt = Rule.all,
    color: ColorOpt = None,
    keep_debris: KeepDebris = False,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Compare versions given by hand: shared core, adds, omits, quotes, facts, conflicts.

    Example: storydiff diff corpora/demo/ferry-mp-wire.txt corpora/demo/ferry-valdora-times.txt
    """
    _writable(output)
    versions: list[Article] = []
    used: set[str] = set()
    for name in files:
        # one file at a time: two copies of article.txt from two folders are two versions
        data = _read(
            [name],
            fields=FieldMap(),
            keep_debris=keep_debris,
            strict=strict,
            quiet=quiet,
            name=name,
        )
        for article in data.articles:
            if article.id in used:
                renamed, k = f"{article.id} ({name})", 2
                while renamed in used:  # the same file given twice or more
                    renamed, k = f"{article.id} ({name}) #{k}", k + 1
                article = replace(article, id=renamed)
            used.add(article.id)
            versions.append(article)
    if len(versions) < 2:
        err.print("error: diff needs at least two versions", markup=False)
        raise typer.Exit(code=1)
    report = _run_diff(versions, options=_diff_options(rule, base), story="")
    _write_text(_render(report, fmt, color=_use_color(color, output)), output)


def _find_story(result: ClusterResult, wanted: str) -> Story:
    for story in result.stories:
        if story.id == wanted:
            return story
    for story in result.stories:
        if wanted in story.article_ids:
            return story
    err.print(f"error: no story or article with id {wanted!r}", markup=False)
    raise typer.Exit(code=1)


@app.command("report")
def report_cmd(
    inputs: InputsArg,
    story: Annotated[
        str | None, typer.Option("--story", help="Story id, or the id of an article in it.")
    ] = None,
    all_stories: Annotated[
        bool, typer.Option("--all", help="One report per story of 2+ articles, and an index.")
    ] = False,
    fmt: FormatOpt = ReportFormat.html,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File (one story) or directory (--all)."),
    ] = None,
    base: BaseOpt = None,
    rule: RuleOpt = Rule.all,
    color: ColorOpt = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    source_field: SourceField = "source",
    published_field: DateField = "published",
    url_field: UrlField = "url",
    paragraph_separator: ParagraphSeparator = "",
    keep_debris: KeepDebris = False,
    strict: Strict = False,
    quiet: Quiet = False,
    story_cosine: StoryCosine = None,
    split_cosine: SplitCosine = None,
    time_window: Window = None,
    no_time_window: NoWindow = False,
) -> None:
    """Cluster the inputs, then report what each version of a story adds and changes.

    Example: storydiff report corpora/demo --all -o reports/
    """
    if (story is None) == (not all_stories):
        err.print("error: pass either --story ID or --all", markup=False)
        raise typer.Exit(code=2)
    if all_stories and output is None:
        err.print("error: --all writes one file per story: give a directory with -o", markup=False)
        raise typer.Exit(code=2)
    _writable(output, directory=all_stories)
    data, params = _load(
        inputs,
        fields=_field_map(locals()),
        keep_debris=keep_debris,
        strict=strict,
        quiet=quiet,
        tuning=(story_cosine, split_cosine, time_window, no_time_window),
    )
    result = cluster(data.articles, params=params)
    by_id = {a.id: a for a in data.articles}
    options = _diff_options(rule, base)
    if story is not None:
        chosen = _find_story(result, story)
        report = _run_diff(
            story_versions(chosen, by_id), options=options, story=chosen.id, links=chosen.links
        )
        _write_text(_render(report, fmt, color=_use_color(color, output)), output)
        return
    assert output is not None
    stories = [s for s in result.stories if s.size > 1]
    entries = []
    suffix = _SUFFIX[fmt.value]
    # the pages are written into a hidden folder inside the output folder and moved into
    # place together at the end, the index last: an interrupted run leaves nothing behind
    # and never mixes its pages with an earlier run's under the earlier index
    try:
        output.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".storydiff-report-", dir=output))
    except OSError as exc:
        err.print(f"error: cannot write into {output}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(code=1) from None
    try:
        # (a page's own atomic write there gives it the usual permissions, 0666 less
        # the umask; replace_with keeps an existing page's)
        for k, chosen in enumerate(stories, 1):
            report = _run_diff(
                story_versions(chosen, by_id), options=options, story=chosen.id, links=chosen.links
            )
            name = _safe_name(chosen.id) + suffix
            _write_text(_render(report, fmt, color=False), staging / name)
            real = sum(1 for c in report.conflicts if c.label in ("conflict", "degree"))
            entries.append((name, _story_label(chosen, by_id), chosen.size, real))
            if not quiet:
                err.print(f"report {k}/{len(stories)}: {output / name}", markup=False)
        index_names = set(_write_index(entries, fmt, staging))
        pages = sorted(p for p in staging.iterdir() if p.name not in index_names)
        try:
            for page in [*pages, *(staging / n for n in sorted(index_names))]:
                replace_with(page, output / page.name)
        except RenderError as exc:
            _fail(exc)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _story_label(story: Story, by_id: dict[str, Article], width: int = 80) -> str:
    """The story's title; without one, the opening words of its representative's first
    line of five words or more (a page kept whole may open with "share")."""
    if story.title:
        return story.title
    lines = [" ".join(line.split()) for line in by_id[story.representative_id].text.split("\n")]
    opening = next((line for line in lines if len(line.split()) >= 5), max(lines, key=len))
    if len(opening) <= width:
        return opening or story.id
    return opening[:width].rsplit(" ", 1)[0] + " …"


def _safe_name(story_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in story_id) or "story"


def _write_index(
    entries: list[tuple[str, str, int, int]], fmt: ReportFormat, output: Path
) -> list[str]:
    """Write the index page of ``report --all`` into ``output``; return its file name."""
    if fmt is ReportFormat.html:
        _write_text(render_index(entries), output / "index.html")
        return ["index.html"]
    if fmt is ReportFormat.json:
        lines = [
            json.dumps({"file": f, "title": t, "versions": n, "conflicts": c}, ensure_ascii=False)
            for f, t, n, c in entries
        ]
        _emit(lines, output / "index.jsonl")
        return ["index.jsonl"]
    lines = ["| story | versions | conflicts |", "|---|---:|---:|"]
    lines += [
        f"| [{markdown_text(t).replace(']', chr(92) + ']')}]({f}) | {n} | {c} |"
        for f, t, n, c in entries
    ]
    name = "index.md" if fmt is ReportFormat.md else "index.txt"
    _emit(lines, output / name)
    return [name]


# --- the persistent index -------------------------------------------------------

index_app = typer.Typer(
    help="A persistent story index in SQLite: add articles day by day, stories grow.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(index_app, name="index")

DbArg = Annotated[Path, typer.Argument(help="The index file (SQLite).")]


class StoriesFormat(str, Enum):
    """Output formats of ``storydiff index stories``."""

    jsonl = "jsonl"
    table = "table"


@contextlib.contextmanager
def _open_index(db: Path, *, create: bool = False, timeout: float = 10.0) -> Iterator[Index]:
    """The index at ``db``, closed after the block; a damaged file found on the way is an
    error naming it, not a traceback."""
    try:
        index = Index(db, create=create, timeout=timeout)
    except StorydiffError as exc:
        _fail(exc)
    with index:
        try:
            yield index
        except IndexDamagedError as exc:
            _fail(exc)


@index_app.command("add")
def index_add_cmd(
    db: DbArg,
    inputs: InputsArg,
    text_field: TextField = "text",
    id_field: IdField = "id",
    title_field: TitleField = "title",
    source_field: SourceField = "source",
    published_field: DateField = "published",
    url_field: UrlField = "url",
    paragraph_separator: ParagraphSeparator = "",
    keep_debris: KeepDebris = False,
    strict: Strict = False,
    quiet: Quiet = False,
    wait: Annotated[
        float, typer.Option("--wait", help="Seconds to wait for another writer.", min=0.0)
    ] = 10.0,
) -> None:
    """Add articles to an index (created if missing), joining them to its stories.

    Example: storydiff index add news.db corpora/demo
    """
    field_map = _field_map(locals())
    data = _read(inputs, fields=field_map, keep_debris=keep_debris, strict=strict, quiet=quiet)
    with _open_index(db, create=True, timeout=wait) as index:
        try:
            result = index.add(data.articles)
        except StorydiffError as exc:
            _fail(exc)
    if not quiet:
        err.print(
            f"{result.added} added, {result.revised} new revisions, {result.unchanged} unchanged; "
            f"{result.stories} stories, {len(result.merges)} merges, {len(result.splits)} splits",
            markup=False,
        )


@index_app.command("stories")
def index_stories_cmd(
    db: DbArg,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only stories changed since this date or time (UTC)."),
    ] = None,
    fmt: Annotated[StoriesFormat, typer.Option("--format", "-f")] = StoriesFormat.jsonl,
) -> None:
    """The stories of an index, in the JSONL contract of ``storydiff cluster``.

    Example: storydiff index stories news.db --since 2026-11-25 --format table
    """
    with _open_index(db) as index:
        try:
            stories = index.stories(since=since)
        except StorydiffError as exc:
            _fail(exc)
    result = ClusterResult(stories=tuple(stories))
    lines = iter_jsonl(result) if fmt is StoriesFormat.jsonl else _table_lines(result, width=None)
    _emit(lines, None)


@index_app.command("show")
def index_show_cmd(
    db: DbArg,
    story: Annotated[str, typer.Argument(help="Story id, or the id of an article in it.")],
) -> None:
    """One story of an index: its articles, links and copy groups, as JSON.

    Example: storydiff index show news.db ferry-courier
    """
    with _open_index(db) as index:
        try:
            found = index.story(story)
        except KeyError as exc:
            err.print(f"error: {exc.args[0]}", markup=False)
            raise typer.Exit(code=1) from None
        articles = {a.id: a for a in index.articles()}
    payload = found.as_dict()
    payload["members"] = [
        {
            "id": aid,
            "title": articles[aid].title,
            "source": articles[aid].source,
            "published": articles[aid].published.isoformat() if articles[aid].published else None,
        }
        for aid in found.article_ids
    ]
    print(json.dumps(payload, ensure_ascii=False, indent=2))


@index_app.command("diff")
def index_diff_cmd(
    db: DbArg,
    story: Annotated[str, typer.Argument(help="Story id, or the id of an article in it.")],
    fmt: FormatOpt = ReportFormat.terminal,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    base: BaseOpt = None,
    rule: RuleOpt = Rule.all,
    color: ColorOpt = None,
) -> None:
    """The diff view of one story of an index.

    Example: storydiff index diff news.db ferry-courier --format html -o ferry.html
    """
    _writable(output)
    with _open_index(db) as index:
        try:
            report = index.diff(story, options=_diff_options(rule, base))
        except KeyError as exc:
            err.print(f"error: {exc.args[0]}", markup=False)
            raise typer.Exit(code=1) from None
        except StorydiffError as exc:
            _fail(exc)
    _write_text(_render(report, fmt, color=_use_color(color, output)), output)


@index_app.command("stats")
def index_stats_cmd(db: DbArg) -> None:
    """Counts and sizes of an index, as JSON.

    Example: storydiff index stats news.db
    """
    with _open_index(db) as index:
        stats = index.stats()
        problems = index.integrity()
    payload = {name: getattr(stats, name) for name in stats.__slots__}
    payload["bytes_per_article"] = round(stats.bytes / stats.revisions, 1) if stats.revisions else 0
    payload["integrity"] = problems or "ok"
    print(json.dumps(payload, indent=2))


def main() -> None:
    """Entry point of the ``storydiff`` script.

    SIGTERM (``timeout``, ``docker stop``, ``kill``) stops a run as Ctrl-C does:
    workers shut down, spill files and half-written outputs are removed. A
    worker process that inherited the handler dies as it would have.
    """
    main_pid = os.getpid()

    def on_sigterm(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_sigterm)
    app()
