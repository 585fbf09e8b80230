"""storydiff: find the news articles that tell the same story, and what each version adds.

Pipeline: ingest -> clean -> fingerprint -> candidates -> verify -> cluster
-> align -> extract (quotes, quantities, facts) -> diff -> render.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from storydiff.align import AlignParams, align
from storydiff.cluster import ClusterParams, cluster, cluster_paths
from storydiff.diff import DiffOptions, diff_story
from storydiff.errors import (
    ConfigError,
    EngineError,
    IndexBusyError,
    IndexDamagedError,
    InputError,
    LowConfidenceWarning,
    NoArticlesError,
    NotFittedError,
    RenderError,
    StorydiffError,
    StorydiffWarning,
)
from storydiff.explain import Explanation, explain
from storydiff.index import AddResult, Index, IndexStats
from storydiff.ingest import FieldMap, iter_read, read
from storydiff.models import (
    Alignment,
    Article,
    ClusterResult,
    Conflict,
    DiffReport,
    Fact,
    Link,
    Post,
    Quantity,
    Quote,
    QuoteGroup,
    ReadProblem,
    ReadResult,
    Removal,
    Story,
)
from storydiff.quantities import extract_quantities
from storydiff.quotes import extract_quotes
from storydiff.render.html import render_html
from storydiff.render.report_json import report_from_dict, report_to_dict, report_to_json
from storydiff.render.text import render_markdown, render_terminal

try:
    __version__ = version(__name__)
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AddResult",
    "AlignParams",
    "Alignment",
    "Article",
    "ClusterParams",
    "ClusterResult",
    "ConfigError",
    "Conflict",
    "DiffOptions",
    "DiffReport",
    "EngineError",
    "Explanation",
    "Fact",
    "FieldMap",
    "Index",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexStats",
    "InputError",
    "Link",
    "LowConfidenceWarning",
    "NoArticlesError",
    "NotFittedError",
    "Post",
    "Quantity",
    "Quote",
    "QuoteGroup",
    "ReadProblem",
    "ReadResult",
    "Removal",
    "RenderError",
    "Story",
    "StoryClusterer",
    "StorydiffError",
    "StorydiffWarning",
    "__version__",
    "align",
    "cluster",
    "cluster_paths",
    "diff_story",
    "explain",
    "extract_quantities",
    "extract_quotes",
    "iter_read",
    "read",
    "render_html",
    "render_markdown",
    "render_terminal",
    "report_from_dict",
    "report_to_dict",
    "report_to_json",
]


def __getattr__(name: str) -> object:
    """``StoryClusterer`` on first access: it imports scikit-learn (about a second)."""
    if name == "StoryClusterer":
        from storydiff.estimator import StoryClusterer

        return StoryClusterer
    msg = f"module 'storydiff' has no attribute {name!r}"
    raise AttributeError(msg)
