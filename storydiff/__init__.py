"""storydiff: find the news articles that tell the same story, and what each version adds.

Pipeline: ingest -> clean -> fingerprint -> candidates -> verify -> cluster.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from storydiff.cluster import ClusterParams, StoryClusterer, cluster
from storydiff.errors import (
    ConfigError,
    InputError,
    LowConfidenceWarning,
    NotFittedError,
    RenderError,
    StorydiffError,
    StorydiffWarning,
)
from storydiff.explain import Explanation, explain
from storydiff.ingest import FieldMap, iter_read, read
from storydiff.models import Article, ClusterResult, Link, ReadProblem, ReadResult, Removal, Story

try:
    __version__ = version(__name__)
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "ClusterParams",
    "ClusterResult",
    "ConfigError",
    "Explanation",
    "FieldMap",
    "InputError",
    "Link",
    "LowConfidenceWarning",
    "NotFittedError",
    "ReadProblem",
    "ReadResult",
    "Removal",
    "RenderError",
    "Story",
    "StoryClusterer",
    "StorydiffError",
    "StorydiffWarning",
    "__version__",
    "cluster",
    "explain",
    "iter_read",
    "read",
]
