"""Grouping verified pairs into stories.

1. Copy groups: union-find over ``duplicate`` and Jaccard ``copy`` links.
2. Stories: average-link agglomeration of copy groups over the candidate graph.
   The average cosine between two groups is computed exactly from the sums of
   their TF-IDF rows, ``(S_A . S_B) / (|A| |B|)``, so a single strong pair
   cannot chain two large stories together; groups are merged best-first while
   that average stays at or above ``story_cosine``, never so that a story's
   publication times span more than ``time_window_days``, and never between groups
   whose titles name only different stock tickers (``<SRC>`` / ``<TDS>``,
   ``(NYSE: ABC)``): a wire's earnings tables and dividend notices share all
   their words but the company's.
3. Refinement: a story that is really two (same topic, two events) is cut by
   bisecting spherical 2-means while the halves' centroids stay below
   ``split_cosine``.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import heapq
import itertools
import logging
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from storydiff._arrays import (
    collector_paused,
    drop_pages,
    range_positions,
    release_free_memory,
    sorted_unique,
    union_sorted,
    unique_inverse,
)
from storydiff.candidates import candidate_keys_beside, unique_pairs
from storydiff.engine import Engine, LocalEngine, map_beside
from storydiff.errors import (
    ConfigError,
    InputError,
    NoArticlesError,
    param_error,
)
from storydiff.features import ArticleMeta, PathFeatures, featurize_chunk, featurize_task
from storydiff.fingerprint import Fingerprinter, FingerprintTable, fingerprint_chunk
from storydiff.ingest import (
    TASK_BYTES,
    FieldMap,
    input_files,
    input_tasks,
    tasks_wanted,
    unique_ids,
)
from storydiff.models import Article, ClusterResult, Link, ReadProblem, Story, publication_order
from storydiff.vectors import (
    TermCounts,
    TfidfSpace,
    article_document,
    build_tfidf,
    csr_files,
    csr_on_files,
    tfidf_from_counts,
)
from storydiff.verify import (
    RELATIONS,
    PairTable,
    VerifyParams,
    relation_codes,
    relation_of,
    score_keys,
)

__all__ = ["ClusterParams", "cluster", "cluster_paths", "title_tickers"]

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterParams:
    """Every setting of the grouping, in one place (recorded in results).

    Parameters
    ----------
    num_perm, seed, shingle_size:
        MinHash configuration (see :class:`~storydiff.fingerprint.Fingerprinter`).
    lsh_threshold:
        Jaccard level the LSH banding is tuned for (candidates only).
    top_terms, max_postings, postings_budget, neighbours:
        TF-IDF neighbour candidates: terms kept per article, the document
        frequency above which a term is too common to propose pairs, the most
        postings one article's terms may add up to (its commonest terms are
        dropped until they fit; this bounds the cost per article, so that
        candidate generation grows linearly however many articles share a
        vocabulary), and the partners kept per article.
    copy_jaccard, copy_containment, min_containment_shingles:
        When a pair is a copy (see :class:`~storydiff.verify.VerifyParams`).
    story_cosine:
        Average-link TF-IDF cosine two groups need to be one story.
    split_cosine:
        A story of 4+ articles whose best 2-way split has centroids with a
        cosine below this is cut in two (0 turns the check off), unless its
        texts are headlines or leads of a sentence or two (too few words for
        halves to be compared).
    time_window_days:
        Widest span of publication times a story may reach by merging
        (``None``: no window): the first and the last report of one story are
        at most this far apart, so a chain of follow-ups a day or two apart
        each does not become one story. A group of copies already wider (an
        exact duplicate republished later) may take in reports inside its
        span. Articles without a date are never held apart.
    """

    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 5
    lsh_threshold: float = 0.3
    top_terms: int = 30
    max_postings: int = 2000
    postings_budget: int = 2000
    neighbours: int = 20
    copy_jaccard: float = 0.5
    copy_containment: float = 0.7
    min_containment_shingles: int = 20
    story_cosine: float = 0.15
    split_cosine: float = 0.5
    time_window_days: float | None = 2.0

    def __post_init__(self) -> None:
        for name in (
            "lsh_threshold",
            "copy_jaccard",
            "copy_containment",
            "story_cosine",
            "split_cosine",
        ):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                error = param_error(name, "ClusterParams", "a float in [0, 1]", value)
                raise error
        for name in (
            "top_terms",
            "max_postings",
            "postings_budget",
            "neighbours",
            "min_containment_shingles",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                error = param_error(name, "ClusterParams", "a positive int", value)
                raise error
        if self.time_window_days is not None and (
            not isinstance(self.time_window_days, (int, float))
            or not self.time_window_days >= 0  # NaN too: it would turn the window off
        ):
            error = param_error(
                "time_window_days",
                "ClusterParams",
                "a non-negative number or None",
                self.time_window_days,
            )
            raise error

    @property
    def verify(self) -> VerifyParams:
        """The verification thresholds."""
        return VerifyParams(
            copy_jaccard=self.copy_jaccard,
            copy_containment=self.copy_containment,
            min_containment_shingles=self.min_containment_shingles,
            story_cosine=self.story_cosine,
        )

    @property
    def fingerprinter(self) -> Fingerprinter:
        """The fingerprinter of this configuration."""
        return Fingerprinter(num_perm=self.num_perm, seed=self.seed, shingle_size=self.shingle_size)


def _copy_groups(
    n: int, first: np.ndarray, second: np.ndarray
) -> tuple[list[list[int]], list[int]]:
    """Connected components of the duplicate / Jaccard-copy links, in article order.

    Groups are numbered by their first article, and list their articles in order.
    """
    if n == 0:
        return [], []
    graph = sp.coo_matrix((np.ones(first.size, dtype=np.int8), (first, second)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    del graph
    # renumber the components by their first article
    _, first_at = np.unique(label, return_index=True)
    order = np.argsort(first_at, kind="stable")
    rename = np.empty_like(order)
    rename[order] = np.arange(order.size)
    group_of = rename[label]
    members = np.argsort(group_of, kind="stable")
    bounds = np.searchsorted(group_of[members], np.arange(order.size + 1)).tolist()
    flat = members.tolist()
    groups = [flat[lo:hi] for lo, hi in itertools.pairwise(bounds)]
    return groups, group_of.tolist()


_Summary = tuple[list[int], int, float]
"""A story's members sorted by id, its representative and its cohesion."""


@dataclass(slots=True)
class _Group:
    members: list[int]
    t_min: float | None
    t_max: float | None
    idx: np.ndarray  # terms of the sum of the members' TF-IDF rows
    val: np.ndarray  # and their weights
    links: dict[int, float]  # neighbour group -> exact dot product of the two sums
    tickers: frozenset[str] = frozenset()  # the stock tickers its members' titles name


class _Members:
    """Groups of articles as two flat arrays: ``flat[ptr[g]:ptr[g + 1]]`` are group ``g``'s.

    What the grouping tasks are handed instead of a list of lists (one array
    pair pickles, or is inherited by a fork, at any size).
    """

    def __init__(self, groups: Sequence[Sequence[int]]) -> None:
        self.sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
        self.ptr = np.zeros(len(groups) + 1, dtype=np.int64)
        np.cumsum(self.sizes, out=self.ptr[1:])
        self.flat = np.fromiter(
            (m for members in groups for m in members), dtype=np.int64, count=int(self.ptr[-1])
        )

    def __len__(self) -> int:
        return int(self.sizes.size)

    def __getitem__(self, g: int) -> list[int]:
        return self.flat[self.ptr[g] : self.ptr[g + 1]].tolist()  # type: ignore[no-any-return]


def _window_ok(a: _Group, b: _Group, window_s: float | None) -> bool:
    """Whether merging ``a`` and ``b`` keeps the story inside the time window: the
    merged publication times span at most ``window_s``, or no more than one of
    the two spans already (see :func:`_widens_past`, the same rule over arrays)."""
    if window_s is None or a.t_min is None or b.t_min is None:
        return True
    a_max = a.t_max if a.t_max is not None else a.t_min
    b_max = b.t_max if b.t_max is not None else b.t_min
    span = max(a_max, b_max) - min(a.t_min, b.t_min)
    return span <= window_s or span <= max(a_max - a.t_min, b_max - b.t_min)


def _widens_past(
    t_min: np.ndarray, t_max: np.ndarray, first: np.ndarray, second: np.ndarray, window_s: float
) -> np.ndarray:
    """For each pair of groups ``(first[k], second[k])``, whether merging them would
    span more than ``window_s`` and more than either spans alone (:func:`_window_ok`
    for one pair). A group without dates (NaN) never widens the other."""
    lo = np.fmin(t_min[first], t_min[second])
    hi = np.fmax(t_max[first], t_max[second])
    widest = np.fmax(t_max[first] - t_min[first], t_max[second] - t_min[second])
    with np.errstate(invalid="ignore"):
        span = hi - lo
        return (span > window_s) & (span > widest)  # NaN compares False: kept


def _tickers_ok(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two groups may merge unless both titles name tickers and none is shared."""
    return not a or not b or not a.isdisjoint(b)


# a stock ticker in a title: Reuters' "<SRC>", "<RENA.PA>"; a release's "(NYSE: ABC)";
# and Reuters' name of a company without one, "<MDS HEALTH GROUP LIMITED>"
_TICKER = re.compile(
    r"<([A-Z0-9][A-Z0-9.&'/ -]{0,40})>"
    r"|\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX)\s*:\s*([A-Z][A-Z0-9.]{0,9})\)"
)


_EXCHANGE_SUFFIX = re.compile(r"(?<=[A-Z])\.[A-Z]{1,2}$")


def title_tickers(title: str) -> frozenset[str]:
    """The stock tickers a title names.

    >>> sorted(title_tickers("CHRYSLER <C> IN DEAL TO BUY AMC <AMO>"))
    ['AMO', 'C']
    >>> sorted(title_tickers("Acme (NYSE: ACM) beats estimates"))
    ['ACM']
    >>> sorted(title_tickers("PARK COMMUNICATIONS <PARC.O> 1ST QTR"))
    ['PARC']
    >>> title_tickers("Quake hits island off Iran")
    frozenset()
    """
    if "<" not in title and ":" not in title:
        return frozenset()
    # one listing under two exchanges' suffixes is one company: "<PARC>", "<PARC.O>"
    return frozenset(_EXCHANGE_SUFFIX.sub("", a or b) for a, b in _TICKER.findall(title))


def _ticker_sets(metas: Sequence[ArticleMeta]) -> dict[int, frozenset[str]]:
    """The articles whose titles name stock tickers, and those tickers."""
    out: dict[int, frozenset[str]] = {}
    for k, meta in enumerate(metas):
        found = title_tickers(meta.title)
        if found:
            out[k] = found
    return out


def _group_sums(matrix: sp.csr_matrix, groups: Sequence[Sequence[int]]) -> sp.csr_matrix:
    """One row per group: the sum of its members' TF-IDF rows (float64, sorted columns)."""
    sizes = [len(g) for g in groups]
    members = (
        np.concatenate([np.asarray(g, dtype=np.int64) for g in groups])
        if groups
        else np.zeros(0, dtype=np.int64)
    )
    # the members' rows gathered first: a product with the whole matrix would
    # read all of it and copy it as float64 with int64 indices
    lengths = matrix.indptr[members + 1] - matrix.indptr[members]
    at = range_positions(matrix.indptr[members], lengths)
    indptr = np.zeros(members.size + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    rows = sp.csr_matrix(
        (matrix.data[at].astype(np.float64), matrix.indices[at], indptr),
        shape=(members.size, matrix.shape[1]),
    )
    del at
    indicator = sp.csr_matrix(
        (
            np.ones(members.size),
            np.arange(members.size),
            np.r_[0, np.cumsum(sizes, dtype=np.int64)],
        ),
        shape=(len(groups), members.size),
    )
    sums = (indicator @ rows).tocsr()
    sums.sort_indices()
    return sums


_SUM_ENTRIES = 1 << 23  # stored terms of the member rows gathered at a time to sum copy groups


_GATHER_ROWS = 4096  # rows of a mapped matrix read between two hand-backs of its pages


class _GroupSums:
    """Each copy group's summed TF-IDF row, as float64 rows with sorted columns.

    A group of one article is that article's row of ``matrix``, read from the
    matrix when asked for; only groups of several articles are summed (one
    sparse product). Most groups are single articles, and summing them all
    would copy the whole matrix (2.6 GB at a million articles).
    """

    def __init__(self, matrix: sp.csr_matrix, groups: Sequence[Sequence[int]]) -> None:
        sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
        first = np.fromiter((g[0] if g else -1 for g in groups), dtype=np.int64, count=len(groups))
        self.matrix = matrix
        self.article = np.where(sizes == 1, first, -1)
        several = np.flatnonzero(sizes > 1)
        self.slot = np.full(len(groups), -1, dtype=np.int64)
        self.slot[several] = np.arange(several.size)
        # summed a slice of groups at a time: the rows gathered for a slice hold
        # at most about _SUM_ENTRIES stored terms (a few hundred megabytes), and
        # the matrix's pages are handed back after each (a matrix mapped from files)
        flat = np.fromiter(
            (m for k in several.tolist() for m in groups[k]),
            dtype=np.int64,
            count=int(sizes[several].sum()),
        )
        entries = np.diff(matrix.indptr)[flat]
        starts = np.cumsum(sizes[several]) - sizes[several]
        per_group = np.add.reduceat(entries, starts) if several.size else entries[:0]
        total = np.cumsum(per_group)
        bounds = np.searchsorted(
            total,
            np.arange(1, 1 + int(total[-1]) // _SUM_ENTRIES) * _SUM_ENTRIES if total.size else [],
        )
        del flat, entries
        parts = []
        for lo, hi in itertools.pairwise([0, *bounds.tolist(), several.size]):
            if hi > lo:
                parts.append(_group_sums(matrix, [groups[k] for k in several[lo:hi].tolist()]))
                drop_pages(matrix.data, matrix.indices)
        self.summed = (
            parts[0]
            if len(parts) == 1
            else sp.vstack(parts, format="csr")
            if parts
            else _group_sums(matrix, [])
        )
        self.summed.has_sorted_indices = True
        self.shape = (len(groups), matrix.shape[1])

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # a matrix mapped from files travels as the files' names (see csr_files)
        state = {k: v for k, v in vars(self).items() if k != "matrix"}
        files = csr_files(self.matrix)
        if files is None:
            return (_group_sums_of, (self.matrix, state))
        shape = (int(self.matrix.shape[0]), int(self.matrix.shape[1]))
        return (_group_sums_on_files, (files, self.matrix.indptr, shape, state))

    def restricted(self, gids: np.ndarray) -> _GroupSums:
        """The sums of groups ``gids`` only, their single articles' rows copied into memory.

        A story batch reads the rows of its groups again and again, in no
        order; read from a matrix mapped from files, each read would keep a
        whole block of the file mapped in the worker (the kernel maps large
        folios), until all of it is. Copied once, they are all the batch holds.
        No other group may be asked for.
        """
        gids = np.asarray(gids, dtype=np.int64)
        single = gids[self.article[gids] >= 0]
        rows = self.article[single]
        starts = self.matrix.indptr[rows]
        lengths = self.matrix.indptr[rows + 1] - starts
        indptr = np.zeros(rows.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        data = np.empty(int(indptr[-1]), dtype=self.matrix.data.dtype)
        indices = np.empty(int(indptr[-1]), dtype=self.matrix.indices.dtype)
        # rows read in file order, a block at a time, the pages handed back after
        # each: the kernel maps a whole large folio for any read of a mapped file,
        # so rows read in no order would map most of it at once
        order = np.argsort(starts, kind="stable")
        for lo in range(0, order.size, _GATHER_ROWS):
            part = order[lo : lo + _GATHER_ROWS]
            src = range_positions(starts[part], lengths[part])
            dst = range_positions(indptr[part], lengths[part])
            data[dst] = self.matrix.data[src]
            indices[dst] = self.matrix.indices[src]
            drop_pages(self.matrix.data, self.matrix.indices)
        local = sp.csr_matrix((data, indices, indptr), shape=(rows.size, self.shape[1]))
        local.has_sorted_indices = True
        out = copy.copy(self)
        out.matrix = local
        out.article = np.full(self.article.size, -1, dtype=np.int64)
        out.article[single] = np.arange(single.size)
        return out

    def row(self, g: int) -> tuple[np.ndarray, np.ndarray]:
        """Columns and weights of group ``g`` (views; a single article's weights are float32)."""
        k = int(self.article[g])
        source = self.matrix if k >= 0 else self.summed
        if k < 0:
            k = int(self.slot[g])
        lo, hi = source.indptr[k], source.indptr[k + 1]
        return source.indices[lo:hi], source.data[lo:hi]

    def rows(self, gids: np.ndarray | Sequence[int]) -> sp.csr_matrix:
        """The rows of groups ``gids``, in that order."""
        indptr, indices, data = self.row_arrays(gids)
        out = sp.csr_matrix((data, indices, indptr), shape=(indptr.size - 1, self.shape[1]))
        out.has_sorted_indices = True
        return out

    def row_arrays(
        self, gids: np.ndarray | Sequence[int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`rows` as its CSR arrays ``(indptr, indices, data)``, with no matrix made
        (scipy's checks cost more than the gather on a story's few rows)."""
        gids = np.asarray(gids, dtype=np.int64)
        single = self.article[gids] >= 0
        sources = (
            (single, self.matrix, self.article[gids[single]]),
            (~single, self.summed, self.slot[gids[~single]]),
        )
        lengths = np.zeros(gids.size, dtype=np.int64)
        for mask, source, at in sources:
            lengths[mask] = source.indptr[at + 1] - source.indptr[at]
        indptr = np.zeros(gids.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.empty(int(indptr[-1]), dtype=np.int64)
        data = np.empty(int(indptr[-1]), dtype=np.float64)
        for mask, source, at in sources:
            count = lengths[mask]
            to = range_positions(indptr[:-1][mask], count)
            frm = range_positions(source.indptr[at], count)
            indices[to] = source.indices[frm]
            data[to] = source.data[frm]
        return indptr, indices, data


def _group_sums_of(matrix: sp.csr_matrix, state: dict[str, Any]) -> _GroupSums:
    out = _GroupSums.__new__(_GroupSums)
    vars(out).update(state, matrix=matrix)
    return out


def _group_sums_on_files(
    files: tuple[str, str], indptr: np.ndarray, shape: tuple[int, int], state: dict[str, Any]
) -> _GroupSums:
    return _group_sums_of(csr_on_files(files, indptr, shape), state)


def _average_link(
    sums: _GroupSums,
    groups: _Members,
    gids: np.ndarray,
    pairs: np.ndarray,
    stamps: np.ndarray,
    *,
    threshold: float,
    window_s: float | None,
    tickers: Mapping[int, frozenset[str]] | None = None,
    block: int = 4096,
) -> list[list[int]]:
    """Best-first, exact average-link merging of groups ``gids`` along candidate ``pairs``.

    The average cosine between groups A and B is ``(S_A . S_B) / (|A| |B|)``
    with ``S`` the sum of a group's unit TF-IDF rows: exact, whatever pairs
    were candidates. Candidate pairs only say which groups are worth comparing.
    Dot products of a merged group with its neighbours are computed against a
    dense scratch copy of its sum, one sparse gather each. ``pairs`` is a
    sorted unique ``(m, 2)`` array of pairs of ``gids``, ``a < b``; their first
    dot products are computed ``block`` pairs at a time. ``stamps`` holds each
    article's publication time (seconds, NaN when unknown); ``tickers`` the
    stock tickers of the articles whose titles name any (:func:`_tickers_ok`).
    """
    tickers = tickers or {}
    n_groups = len(groups)
    gids = np.asarray(gids, dtype=np.int64)
    sizes = np.zeros(n_groups, dtype=np.int64)
    t_min = np.full(n_groups, np.nan)
    t_max = np.full(n_groups, np.nan)
    if gids.size:
        lengths = groups.sizes[gids]
        flat = groups.flat[range_positions(groups.ptr[gids], lengths)]
        starts = np.cumsum(lengths) - lengths
        sizes[gids] = lengths
        with np.errstate(all="ignore"):  # all-NaN groups give NaN: no date
            t_min[gids] = np.fmin.reduceat(stamps[flat], starts)
            t_max[gids] = np.fmax.reduceat(stamps[flat], starts)
    state: dict[int, _Group] = {}
    for g in gids.tolist():
        idx, val = sums.row(g)
        members = groups[g]
        state[g] = _Group(
            members=members,
            t_min=None if np.isnan(t_min[g]) else float(t_min[g]),
            t_max=None if np.isnan(t_max[g]) else float(t_max[g]),
            idx=idx,
            val=val,
            links={},
            tickers=frozenset().union(*(tickers[m] for m in members if m in tickers))
            if tickers
            else frozenset(),
        )
    heap: list[tuple[float, int, int]] = []
    for lo in range(0, len(pairs), block):
        arr = pairs[lo : lo + block]
        first, second = arr[:, 0], arr[:, 1]
        dots = np.asarray(sums.rows(first).multiply(sums.rows(second)).sum(axis=1)).ravel()
        for a, b, dot in zip(first.tolist(), second.tolist(), dots.tolist(), strict=True):
            state[a].links[b] = dot
            state[b].links[a] = dot
        # the first merges: pairs at or above the threshold and inside the time window
        sims = dots / (sizes[first] * sizes[second])
        ok = sims >= threshold
        if window_s is not None:
            ok &= ~_widens_past(t_min, t_max, first, second, window_s)
        merges = zip((-sims[ok]).tolist(), first[ok].tolist(), second[ok].tolist(), strict=True)
        if tickers:
            merges = (m for m in merges if _tickers_ok(state[m[1]].tickers, state[m[2]].tickers))
        heap.extend(merges)
    heapq.heapify(heap)
    scratch = np.zeros(sums.shape[1], dtype=np.float64)
    next_id = n_groups
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in state or b not in state:
            continue
        ga, gb = state.pop(a), state.pop(b)
        stamps_min = [t for t in (ga.t_min, gb.t_min) if t is not None]
        stamps_max = [t for t in (ga.t_max, gb.t_max) if t is not None]
        scratch[ga.idx] += ga.val  # a group's term indices are distinct
        scratch[gb.idx] += gb.val
        idx = union_sorted(ga.idx, gb.idx)
        merged = _Group(
            members=ga.members + gb.members,
            t_min=min(stamps_min) if stamps_min else None,
            t_max=max(stamps_max) if stamps_max else None,
            idx=idx,
            val=scratch[idx].copy(),
            links={},
            tickers=ga.tickers | gb.tickers,
        )
        new = next_id
        next_id += 1
        for c in (ga.links.keys() | gb.links.keys()) - {a, b}:
            other = state[c]
            left, right = ga.links.get(c), gb.links.get(c)
            if left is not None and right is not None:
                dot = left + right
            else:
                dot = float(np.dot(scratch.take(other.idx), other.val))
            other.links.pop(a, None)
            other.links.pop(b, None)
            other.links[new] = dot
            merged.links[c] = dot
            sim = dot / (len(merged.members) * len(other.members))
            if (
                sim >= threshold
                and _window_ok(merged, other, window_s)
                and _tickers_ok(merged.tickers, other.tickers)
            ):
                heapq.heappush(heap, (-sim, c, new))
        scratch[idx] = 0.0
        state[new] = merged
    return [g.members for g in state.values()]


def _link_stories(
    sums: _GroupSums,
    groups: Sequence[Sequence[int]],
    group_of: np.ndarray,
    group_pairs: np.ndarray,
    stamps: np.ndarray,
    *,
    threshold: float,
    split_cosine: float,
    window_s: float | None,
    engine: Engine,
    ranking: _Ranking,
    tickers: Mapping[int, frozenset[str]] | None = None,
) -> list[_Summary]:
    """Stories from copy groups: :func:`_average_link`, then :func:`_refine`, summarised
    (:func:`_story_summaries`).

    Average link only ever looks at groups joined by candidate pairs, so each
    connected component of ``group_pairs`` is grouped on its own, and
    components are handed to ``engine`` in balanced batches (the stories are
    the same whatever the batches). A group with no pair is a story as it is.
    Refinement looks at one story at a time. A batch is refined by the task
    that linked it, unless it holds more than a worker's share of the work
    (one component of Reuters-21578 holds three quarters of its linked
    groups): its stories are then refined in a second map, in batches over
    every worker, not all by the one that linked them while the others idle,
    and summarised there; meanwhile the stories already final are summarised
    here.
    """
    summarize = functools.partial(_story_summaries, ranking, matrix=sums.matrix)
    n_groups = len(groups)
    graph = sp.coo_matrix(
        (np.ones(len(group_pairs), dtype=np.int8), (group_pairs[:, 0], group_pairs[:, 1])),
        shape=(n_groups, n_groups),
    )
    _, comp = connected_components(graph, directed=False)
    del graph
    paired = np.zeros(n_groups, dtype=bool)
    paired[group_pairs.ravel()] = True
    stories = [list(groups[g]) for g in np.flatnonzero(~paired).tolist()]
    if not group_pairs.size:
        return summarize(stories)
    # cost of a component: its groups and pairs
    cost = np.bincount(comp, minlength=n_groups) + np.bincount(
        comp[group_pairs[:, 0]], minlength=n_groups
    )
    comps = sorted_unique(comp[paired])
    batch_of = np.full(n_groups, -1, dtype=np.int64)
    batch_of[comps] = _balanced_batches(cost[comps], engine)
    gids = np.flatnonzero(paired)
    gid_batch = batch_of[comp[gids]]
    pair_batch = batch_of[comp[group_pairs[:, 0]]]
    count = int(batch_of.max()) + 1
    load = np.bincount(batch_of[comps], weights=cost[comps], minlength=count)
    share = load.sum() / getattr(engine, "workers", 1)
    later = (load > share) & (split_cosine > 0.0)
    items = [
        (gids[gid_batch == k], group_pairs[pair_batch == k], not later[k]) for k in range(count)
    ]
    members = _Members(groups)
    # the groups with no pair are stories as they are: summarised while the tasks run
    parts, summaries = map_beside(
        engine,
        _story_batch,
        items,
        functools.partial(summarize, stories),
        sums=sums,
        groups=members,
        group_of=group_of,
        stamps=stamps,
        threshold=threshold,
        split_cosine=split_cosine,
        window_s=window_s,
        tickers=tickers,
    )
    found = [story for k, part in enumerate(parts) if later[k] for story in part]
    stories = [story for k, part in enumerate(parts) if not later[k] for story in part]
    del parts, items
    splittable = _splittable(found, group_of)
    stories.extend(s for s, can in zip(found, splittable, strict=True) if not can)
    found = [s for s, can in zip(found, splittable, strict=True) if can]
    if not found:
        with collector_paused():
            summaries.extend(summarize(stories))
        return summaries
    # cost of refining a story: its Gram matrix, quadratic in its size
    sizes = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    batch = _balanced_batches(sizes**2, engine)
    # the stories no refinement can split are summarised while the others are refined
    refined, more = map_beside(
        engine,
        _refine_batch,
        [[found[k] for k in np.flatnonzero(batch == b).tolist()] for b in range(batch.max() + 1)],
        functools.partial(summarize, stories),
        sums=sums,
        groups=members,
        group_of=group_of,
        split_cosine=split_cosine,
        ranking=ranking,
    )
    summaries.extend(more)
    summaries.extend(summary for part in refined for summary in part)
    return summaries


def _balanced_batches(cost: np.ndarray, engine: Engine) -> np.ndarray:
    """The batch of each task, a few batches a worker, filled largest task first.

    A few batches a worker: a batch's memory (its rows, merged sums) is what a
    worker holds at once. Batches are numbered from 0 with none empty.
    """
    count = min(getattr(engine, "workers", 1) * 4, cost.size)
    batch = np.full(cost.size, -1, dtype=np.int64)
    load = [0] * count
    for k in np.argsort(-cost, kind="stable").tolist():
        b = load.index(min(load))
        batch[k] = b
        load[b] += int(cost[k])
    return batch


def _story_batch(
    item: tuple[np.ndarray, np.ndarray, bool],
    *,
    sums: _GroupSums,
    groups: _Members,
    group_of: np.ndarray,
    stamps: np.ndarray,
    threshold: float,
    split_cosine: float,
    window_s: float | None,
    tickers: Mapping[int, frozenset[str]] | None = None,
) -> list[list[int]]:
    """Stories of a batch of connected components ``(gids, pairs, refine)`` (one engine task):
    average link, then, if ``refine``, :func:`_refine`."""
    gids, pairs, refine = item
    sums = sums.restricted(gids)
    found = _average_link(
        sums, groups, gids, pairs, stamps, threshold=threshold, window_s=window_s, tickers=tickers
    )
    if refine and split_cosine > 0.0:
        found = _refine(found, sums, group_of, groups, split_cosine)
    del sums
    release_free_memory()  # before the worker's next batch
    return found


def _refine_batch(
    stories: list[list[int]],
    *,
    sums: _GroupSums,
    groups: _Members,
    group_of: np.ndarray,
    split_cosine: float,
    ranking: _Ranking,
) -> list[_Summary]:
    """:func:`_refine` of a batch of stories, summarised (one engine task)."""
    matrix = sums.matrix
    gids = sorted_unique(group_of[np.concatenate([np.asarray(s) for s in stories])])
    sums = sums.restricted(gids)
    found = _refine(stories, sums, group_of, groups, split_cosine)
    del sums
    summaries = _story_summaries(ranking, found, matrix)
    release_free_memory()
    return summaries


def _lloyd(
    gram: np.ndarray, weights: np.ndarray, labels: np.ndarray, iterations: int
) -> tuple[np.ndarray, float]:
    """Spherical 2-means from ``labels`` on unit rows known by their Gram matrix.

    A centre is the normalised weighted sum of its rows, so a row's cosine
    to it is ``gram @ w / sqrt(w' gram w)`` with ``w`` the weights of the
    centre's rows: the rows themselves are never needed. Returns the labels
    and the objective (weighted sum of each row's best cosine).
    """
    scores = np.zeros((gram.shape[0], 2))
    for _ in range(iterations):
        for k in (0, 1):
            mask = labels == k
            if not mask.any():
                return labels, -np.inf
            w = np.where(mask, weights, 0.0)
            pulled = gram @ w
            norm = np.sqrt(max(float(w @ pulled), 0.0))
            scores[:, k] = pulled / norm if norm else 0.0
        new = np.argmax(scores, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    fit = float(weights @ np.max(scores, axis=1))
    return labels, fit


def _two_means(gram: np.ndarray, weights: np.ndarray, *, iterations: int = 25) -> np.ndarray:
    """Spherical 2-means over unit rows given by their Gram matrix, deterministic.

    Two starts: the principal-direction split (PDDP: the sign of each row's
    projection on the first principal axis of the weighted-centred rows, the
    top eigenvector of their centred Gram matrix), and the two rows least
    alike; the start with the better fit wins.
    """
    total = weights.sum()
    to_mean = gram @ weights / total  # each row's dot product with the mean row
    centred = gram - to_mean[:, None] - to_mean[None, :] + float(weights @ to_mean) / total
    _, vectors = np.linalg.eigh(centred)
    starts = [(vectors[:, -1] > 0).astype(np.int64)]
    first = int(np.argmin(to_mean))
    second = int(np.argmin(gram[:, first]))
    starts.append(np.argmax(gram[:, [first, second]], axis=1))
    best, best_fit = starts[0], -np.inf
    for start in starts:
        labels, fit = _lloyd(gram, weights, start, iterations)
        if fit > best_fit:
            best, best_fit = labels, fit
    return best


def _gram(
    indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, *, dense_cells: int = 1 << 22
) -> np.ndarray:
    """``block @ block.T`` as a dense float64 array, for the CSR block ``(indptr, indices, data)``.

    A small block (rows x distinct terms up to ``dense_cells``) is laid out
    densely over its own terms and multiplied by BLAS: most stories are a few
    rows, where a sparse product costs more in set-up than in arithmetic.
    """
    n = indptr.size - 1
    terms = sorted_unique(indices)
    if n * terms.size > dense_cells:
        width = int(terms[-1]) + 1
        block = sp.csr_matrix((data, indices, indptr), shape=(n, width))
        return np.asarray((block @ block.T).todense(), dtype=np.float64)
    dense = np.zeros((n, terms.size), dtype=np.float64)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    dense[rows, np.searchsorted(terms, indices)] = data
    return dense @ dense.T


def _can_split(articles: int, copy_groups: int) -> bool:
    """Whether :func:`_refine` may cut a story: 4 or more articles, 2 or more copy groups."""
    return articles >= 4 and copy_groups >= 2


def _splittable(stories: Sequence[list[int]], group_of: np.ndarray) -> list[bool]:
    """:func:`_can_split` of each story (its copy groups counted as one or more)."""
    if not stories:
        return []
    sizes = np.fromiter(map(len, stories), dtype=np.int64, count=len(stories))
    groups = group_of[np.fromiter(itertools.chain.from_iterable(stories), dtype=np.int64)]
    starts = np.cumsum(sizes) - sizes
    several = np.minimum.reduceat(groups, starts) != np.maximum.reduceat(groups, starts)
    return [
        _can_split(size, 1 + int(mixed))
        for size, mixed in zip(sizes.tolist(), several.tolist(), strict=True)
    ]


# A story whose texts have, by the median, fewer distinct terms than this
# (headlines, one-sentence leads) is never cut: the centroids of two halves of
# one event's few words fall below ``split_cosine`` by sparsity alone. News
# articles have far more (the shortest 1 % of AllSides' have 108); ECB+'s 83
# texts of a sentence or two (under 400 characters) have 20 by the median.
_SPLIT_MIN_TERMS = 25


def _refine(
    stories: list[list[int]],
    group_sums: _GroupSums,
    group_of: np.ndarray,
    groups: _Members,
    split_cosine: float,
) -> list[list[int]]:
    """Split stories that are two stories: bisecting spherical 2-means over copy groups.

    A story of 4 or more articles is cut in two when the centroids of its best
    2-way split (copy groups kept whole) have a cosine below ``split_cosine``;
    both halves are then tested again. Average link builds stories bottom-up
    from pairs; this top-down check sees the whole story at once, and catches
    two events on one topic that pairwise similarities alone blur together.
    A story (or half) of texts too short to compare this way, by the median
    fewer than ``_SPLIT_MIN_TERMS`` distinct terms each, is left whole.

    Everything is computed from the Gram matrix of the story's group sums (one
    sparse product per story; halves reuse its rows and columns), never from
    a dense copy of the story's terms.
    """
    out: list[list[int]] = []
    todo: list[tuple[list[int], np.ndarray | None, list[int] | None, np.ndarray | None]] = [
        (sorted(s), None, None, None) for s in stories
    ]
    while todo:
        members, sums_gram, gids_known, terms = todo.pop()
        gids = gids_known or sorted(set(group_of[members].tolist()))
        if not _can_split(len(members), len(gids)):
            out.append(members)
            continue
        if sums_gram is None or terms is None:
            rows = group_sums.row_arrays(gids)
            terms = np.diff(rows[0])
            sums_gram = _gram(*rows)
        if np.median(terms) < _SPLIT_MIN_TERMS:
            out.append(members)
            continue
        norms = np.sqrt(np.clip(np.diag(sums_gram), 0.0, None))
        safe = np.where(norms == 0, 1.0, norms)
        gram = sums_gram / safe[:, None] / safe[None, :]
        if norms.all() and gram.min() >= split_cosine:
            # S_A . S_B >= c (sum |x_a|)(sum |x_b|) >= c |S_A| |S_B| when every pair
            # of groups has cosine >= c: no split can fall below split_cosine
            out.append(members)
            continue
        weights = groups.sizes[gids].astype(np.float64)
        labels = _two_means(gram, weights)
        a = [m for g, lab in zip(gids, labels, strict=True) if lab == 0 for m in groups[g]]
        b = [m for g, lab in zip(gids, labels, strict=True) if lab == 1 for m in groups[g]]
        if min(len(a), len(b)) < 2:
            out.append(members)
            continue
        in_a, in_b = labels == 0, labels == 1
        across = float(sums_gram[np.ix_(in_a, in_b)].sum())
        size_a = float(sums_gram[np.ix_(in_a, in_a)].sum())
        size_b = float(sums_gram[np.ix_(in_b, in_b)].sum())
        norm = float(np.sqrt(max(size_a, 0.0)) * np.sqrt(max(size_b, 0.0)))
        if norm and across / norm < split_cosine:
            for side in (in_a, in_b):
                sub = [g for g, keep in zip(gids, side, strict=True) if keep]
                todo.append(
                    (
                        sorted(m for g in sub for m in groups[g]),
                        sums_gram[np.ix_(side, side)],
                        sub,
                        terms[side],
                    )
                )
        else:
            out.append(members)
    return out


def _story_id(article_ids: Sequence[str]) -> str:
    digest = hashlib.sha1("\x1f".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"s-{digest[:12]}"


def _check_articles(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for a in articles:
        if not isinstance(a, Article):
            msg = f"cluster() takes Article records; got {type(a).__name__}"
            raise TypeError(msg)
        if a.id in seen:
            msg = f"Duplicate article id {a.id!r}: ids must be unique."
            raise ConfigError(msg)
        seen.add(a.id)


def _noop(stage: str, done: int, total: int) -> None:
    return None


_CHUNK = 2000  # articles per fingerprinting task
_TASK_BYTES = TASK_BYTES  # the input one reading task reads (tests set it lower)


class _Documents(Sequence[str]):
    """The texts vectorised for the articles, made one at a time (no copy of the corpus)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._articles = articles

    def __len__(self) -> int:
        return len(self._articles)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        return article_document(self._articles[k])

    def __iter__(self) -> Iterator[str]:
        return (article_document(a) for a in self._articles)


def cluster(
    articles: Sequence[Article],
    *,
    params: ClusterParams | None = None,
    progress: Progress | None = None,
    document_frequencies: Mapping[str, int] | None = None,
    n_documents: int | None = None,
    engine: Engine | None = None,
) -> ClusterResult:
    """Group articles into stories.

    Parameters
    ----------
    articles:
        Articles with unique ids (from :func:`storydiff.read`).
    params:
        Thresholds and sizes; defaults are the same for every corpus.
    progress:
        Called as ``progress(stage, done, total)`` between stages.
    document_frequencies, n_documents:
        Term counts of a larger collection the articles belong to (a
        persistent index): TF-IDF weights then follow the whole collection.
    engine:
        Where fingerprinting, candidate generation and verification run
        (:mod:`storydiff.engine`); the stories are the same on every engine.

    Returns
    -------
    ClusterResult
        Every article in exactly one story (singletons included), stories
        sorted by size then id, and every verified link.

    Examples
    --------
    >>> from storydiff.models import Article
    >>> text = "Heavy rain flooded the old harbour of Port Ella on Sunday, officials said."
    >>> arts = [Article(id="a", text=text), Article(id="b", text=text),
    ...         Article(id="c", text="The central bank held its rate at four percent.")]
    >>> [s.article_ids for s in cluster(arts).stories]
    [('a', 'b'), ('c',)]
    """
    params = params or ClusterParams()
    progress = progress or _noop
    _check_articles(articles)
    n = len(articles)
    stats: dict[str, Any] = {"articles": n}
    t0 = time.perf_counter()
    engine = engine or LocalEngine()
    chunks = [list(articles[lo : lo + _CHUNK]) for lo in range(0, n, _CHUNK)]
    term_counts: list[TermCounts] = []
    if document_frequencies is None:
        # one tokenisation per article serves both the fingerprints and TF-IDF
        parts = engine.map(featurize_chunk, chunks, fingerprinter=params.fingerprinter)
        term_counts = [counts for _, counts in parts]
        fingerprints = FingerprintTable.concat(
            [table for table, _ in parts], seed=params.seed, release=True
        )
        del parts
    else:
        fingerprints = FingerprintTable.concat(
            engine.map(fingerprint_chunk, chunks, fingerprinter=params.fingerprinter),
            seed=params.seed,
            release=True,
        )
    del chunks
    stats["fingerprint_s"] = time.perf_counter() - t0
    progress("fingerprint", n, n)

    def build_space() -> TfidfSpace:
        # built while the LSH tasks run (its time is part of the candidates stage)
        if document_frequencies is None:
            space = tfidf_from_counts(term_counts, release=True)
            term_counts.clear()
        else:
            space = build_tfidf(
                _Documents(articles),
                document_frequencies=document_frequencies,
                n_documents=n_documents,
            )
        return space

    metas = [ArticleMeta.of(a) for a in articles]
    handed = [fingerprints]
    spaces = [build_space]
    del fingerprints
    return _cluster_features(
        metas, handed, spaces, params=params, engine=engine, progress=progress, stats=stats
    )


def cluster_paths(
    inputs: str | Path | Iterable[str | Path],
    *,
    fields: FieldMap | None = None,
    keep_debris: bool = False,
    strict: bool = False,
    params: ClusterParams | None = None,
    progress: Progress | None = None,
    engine: Engine | None = None,
    spill_dir: str | Path | None = None,
) -> tuple[ClusterResult, tuple[ReadProblem, ...]]:
    """Read files and group their articles, never holding the texts all at once.

    The stories of ``cluster(read(inputs).articles)``, with the problems
    :func:`~storydiff.read` would report. The files are read and fingerprinted
    in tasks of ``engine`` of a few megabytes each
    (:func:`~storydiff.ingest.input_tasks`; chunk by chunk inside), and only what
    grouping needs comes back: ids, titles, dates, text lengths, fingerprints
    and term counts. The shingle hashes, the largest of these, are kept in a
    temporary file under ``spill_dir`` (default: the system's temporary
    directory; with Dask workers on other machines, a directory they all
    see) and removed at the end. Reading standard input (``-``) needs
    :func:`storydiff.read`.

    Raises
    ------
    InputError
        ``-`` among the inputs; nothing usable read; or any problem, with ``strict``.
    """
    params = params or ClusterParams()
    progress = progress or _noop
    engine = engine or LocalEngine()
    specs = input_files(inputs)
    if any(str(path) == "-" for _, path, _ in specs):
        msg = "cluster_paths() reads files; for standard input ('-') use read() and cluster()."
        raise InputError(msg)
    t0 = time.perf_counter()
    tasks = input_tasks(specs, size=_TASK_BYTES, parts=tasks_wanted(engine))
    # the largest tasks first: the last ones to start are small, and the workers end together
    order = sorted(range(len(tasks)), key=lambda k: -tasks[k].size)
    with tempfile.TemporaryDirectory(prefix="storydiff-", dir=spill_dir) as spill:
        done = engine.map(
            featurize_task,
            [tasks[k] for k in order],
            fields=fields or FieldMap(),
            keep_debris=keep_debris,
            fingerprinter=params.fingerprinter,
            spill=spill,
        )
        parts = [done[k] for k in np.argsort(order, kind="stable").tolist()]
        del done
        with collector_paused():
            metas, problems, keep = _unique_metas(parts)
        if strict and problems:
            raise InputError(str(problems[0]))
        if not metas:
            msg = "no usable article was read"
            raise NoArticlesError(msg, tuple(problems))
        with collector_paused():
            fingerprints, counts = _gather_features(
                parts, keep, Path(spill) / "shingles.u32", params
            )
        del parts
        n = len(metas)
        stats: dict[str, Any] = {"articles": n, "read_fingerprint_s": time.perf_counter() - t0}
        progress("fingerprint", n, n)

        def build_space() -> TfidfSpace:
            # built while the LSH tasks run (its time is part of the candidates stage);
            # the matrix's arrays are files in the spill directory, mapped
            space = tfidf_from_counts(counts, release=True, spill=spill)
            counts.clear()
            release_free_memory()
            return space

        handed = [fingerprints]
        spaces = [build_space]
        del fingerprints
        result = _cluster_features(
            metas, handed, spaces, params=params, engine=engine, progress=progress, stats=stats
        )
    return result, tuple(problems)


def _unique_metas(
    parts: Sequence[PathFeatures],
) -> tuple[list[ArticleMeta], list[ReadProblem], list[list[int]]]:
    """The articles read, the problems met, and for each part the rows it keeps.

    An article whose id was seen before is dropped (a problem names it).
    """
    metas: list[ArticleMeta] = []
    problems: list[ReadProblem] = []
    keep: list[list[int]] = [[] for _ in parts]
    flat = [(k, item) for k, part in enumerate(parts) for item in part.items]
    rows = [0] * len(parts)
    # unique_ids yields one item per item read: the article itself, or the
    # problem that replaces an article whose id was seen before
    for (k, (item, _, _)), out in zip(flat, unique_ids(it for _, it in flat), strict=True):
        if isinstance(item, ReadProblem):
            problems.append(out)
            continue
        if out is item:
            metas.append(item)
            keep[k].append(rows[k])
        else:
            problems.append(out)
        rows[k] += 1
    return metas, problems, keep


def _gather_features(
    parts: list[PathFeatures], keep: list[list[int]], target: Path, params: ClusterParams
) -> tuple[FingerprintTable, list[TermCounts]]:
    """One fingerprint table and the term counts of the kept rows of every part.

    The shingle hashes the tasks spilled are appended to ``target``, one
    chunk file at a time, and mapped from there: they are read again only by
    verification, a block of pairs at a time.
    """
    tables: list[FingerprintTable] = []
    counts: list[TermCounts] = []
    with target.open("wb") as out:
        for k in range(len(parts)):
            part = parts[k]
            files = part.hash_files or (None,) * len(part.tables)
            kept = np.asarray(keep[k], dtype=np.int64)
            complete = kept.size == sum(len(t) for t in part.tables)
            lo = 0
            for table, chunk_counts, name in zip(part.tables, part.counts, files, strict=True):
                hi = lo + len(table)
                if name is not None:
                    table = replace(table, hashes=np.fromfile(name, dtype=np.uint32))
                    Path(name).unlink()
                if not complete:  # a duplicate id: drop its rows
                    inside = kept[(kept >= lo) & (kept < hi)] - lo
                    table, chunk_counts = table.take(inside), chunk_counts.take(inside)
                table.hashes.tofile(out)
                # a copy: a view of the hashes just written would keep them all in memory
                tables.append(replace(table, hashes=table.hashes[:0].copy()))
                counts.append(chunk_counts)
                lo = hi
            parts[k] = replace(part, tables=(), counts=())
    total = sum(int(t.offsets[-1]) for t in tables)
    hashes = (
        np.memmap(target, dtype=np.uint32, mode="r", shape=(total,))
        if total
        else np.zeros(0, dtype=np.uint32)
    )
    table = FingerprintTable.concat(tables, seed=params.seed, release=True, hashes=hashes)
    return table, counts


def _cluster_features(
    metas: Sequence[ArticleMeta],
    handed: list[FingerprintTable],
    spaces: list[Callable[[], TfidfSpace]],
    *,
    params: ClusterParams,
    engine: Engine,
    progress: Progress,
    stats: dict[str, Any],
) -> ClusterResult:
    """Candidates, verification and grouping of fingerprinted articles (no text needed).

    ``handed`` holds the fingerprint table and ``spaces`` the function that
    builds the TF-IDF space (called while the LSH tasks run, which do not
    need it); both are emptied: with no reference left elsewhere, the
    MinHash signatures are freed as soon as LSH is done, and the TF-IDF
    matrix once the stories are found, before their records are made.
    """
    n = len(metas)
    fingerprints = handed.pop()
    build = spaces.pop()
    t0 = time.perf_counter()
    lsh, near, keys, space = candidate_keys_beside(
        fingerprints,
        build,
        lsh_threshold=params.lsh_threshold,
        num_perm=params.num_perm,
        top_terms=params.top_terms,
        max_postings=params.max_postings,
        neighbours=params.neighbours,
        postings_budget=params.postings_budget,
        engine=engine,
    )
    del build
    stats.update(candidates_s=time.perf_counter() - t0, lsh_pairs=len(lsh), tfidf_pairs=len(near))
    del lsh, near
    # verification needs the exact shingles, not the MinHash signatures
    fingerprints = fingerprints.without_signatures()
    release_free_memory()
    progress("candidates", n, n)

    t0 = time.perf_counter()
    published = [a.published for a in metas]
    window = (params.verify, params.time_window_days)
    # only linked pairs come back from the tasks: most candidates are rejected
    table = score_keys(
        keys,
        max(n, 1),
        fingerprints,
        space,
        published,
        engine=engine,
        keep=window,
        overwrite_keys=True,  # deleted next: no copy of tens of millions of keys
    )
    del keys
    codes = relation_codes(table, params.verify, time_window_days=params.time_window_days)
    window_s = None if params.time_window_days is None else params.time_window_days * 86400.0
    stats["verify_s"] = time.perf_counter() - t0
    del fingerprints
    release_free_memory()
    progress("verify", n, n)

    t0 = time.perf_counter()
    strong = (codes == 1) | ((codes == 2) & (table.jaccard >= params.copy_jaccard))
    tickers = _ticker_sets(metas)
    if tickers:
        # one wire template filled in for two companies is no copy of one story
        rows = np.flatnonzero(strong).tolist()
        apart_rows = [
            r
            for r, i, j in zip(rows, table.i[rows].tolist(), table.j[rows].tolist(), strict=True)
            if not _tickers_ok(tickers.get(i, frozenset()), tickers.get(j, frozenset()))
        ]
        strong[apart_rows] = False
    with collector_paused():
        groups, group_of = _copy_groups(n, table.i[strong], table.j[strong])
        stamps = np.array([np.nan if p is None else p.timestamp() for p in published])
        ranking = _Ranking.of(metas, stamps)
    gmap = np.asarray(group_of, dtype=np.int64)
    linked = codes > 0
    ga, gb = gmap[table.i[linked]], gmap[table.j[linked]]
    apart = ga != gb
    group_pairs = unique_pairs(ga[apart], gb[apart], max(len(groups), 1))
    matrix = space.matrix
    summaries = _link_stories(
        _GroupSums(matrix, groups),
        groups,
        gmap,
        group_pairs,
        stamps,
        threshold=params.story_cosine,
        split_cosine=params.split_cosine,
        window_s=window_s,
        engine=engine,
        ranking=ranking,
        tickers=tickers,
    )
    stats["cluster_s"] = time.perf_counter() - t0
    progress("cluster", n, n)
    # the TF-IDF matrix, the largest array left, is not needed for the records
    del space, matrix
    release_free_memory()
    with collector_paused():
        stories, links = _records(metas, summaries, table, codes, params)
    stats["stories"] = len(stories)
    return ClusterResult(stories=stories, links=links, params=asdict(params), stats=stats)


def _records(
    metas: Sequence[ArticleMeta],
    summaries: list[_Summary],
    table: PairTable,
    codes: np.ndarray,
    params: ClusterParams,
) -> tuple[list[Story], list[Link]]:
    """The stories of ``summaries`` with their links (the pairs of ``table`` linked, by
    ``codes``, inside one story), largest first, and all those links in ``table``'s order."""
    story_of = [0] * len(metas)
    for k, (members, _, _) in enumerate(summaries):
        for m in members:
            story_of[m] = k
    links_by_story: dict[int, list[Link]] = {k: [] for k in range(len(summaries))}
    all_links: list[Link] = []
    sid = np.asarray(story_of, dtype=np.int64)
    inside = np.flatnonzero((codes > 0) & (sid[table.i] == sid[table.j]))
    # made now, not beside the workers' maps: the TF-IDF matrix is gone, and the linked
    # pairs between stories (half of them) never get a record
    for i, link in zip(
        table.i[inside].tolist(), _links_of(metas, table, codes, inside, params), strict=True
    ):
        links_by_story[story_of[i]].append(link)
        all_links.append(link)

    stories = [
        _make_story(metas, summary, links_by_story.pop(k)) for k, summary in enumerate(summaries)
    ]
    stories.sort(key=lambda st: (-st.size, st.id))
    return stories, all_links


def _links_of(
    metas: Sequence[ArticleMeta],
    table: PairTable,
    codes: np.ndarray,
    rows: np.ndarray,
    params: ClusterParams,
) -> list[Link]:
    """The records of the pairs at ``rows`` of ``table``, in that order."""
    out: list[Link] = []
    vparams = params.verify
    for code, (score, smaller) in zip(codes[rows].tolist(), table.take(rows).scores(), strict=True):
        _, reason = relation_of(score, vparams, smaller_shingles=smaller)
        out.append(
            Link(
                a=metas[score.i].id,
                b=metas[score.j].id,
                relation=RELATIONS[code],  # type: ignore[arg-type]
                jaccard=score.jaccard,
                containment=score.containment,
                cosine=score.cosine,
                reason=reason,
            )
        )
    return out


@dataclass(frozen=True, slots=True, eq=False)
class _Ranking:
    """What ranks the articles as a story's representative, as arrays (tasks get these,
    not the article records): publication times (``inf`` when unknown), text lengths, ids."""

    stamps: np.ndarray
    lengths: np.ndarray
    ids: np.ndarray  # of str

    @classmethod
    def of(cls, articles: Sequence[ArticleMeta], stamps: np.ndarray | None = None) -> _Ranking:
        """The ranking of ``articles``, whose publication times (NaN when unknown) may be
        given as ``stamps``."""
        n = len(articles)
        if stamps is None:
            stamps = np.array(
                [np.nan if a.published is None else a.published.timestamp() for a in articles]
            )
        return cls(
            stamps=np.where(np.isnan(stamps), np.inf, stamps),
            lengths=np.fromiter((a.length for a in articles), dtype=np.int64, count=n),
            ids=np.array([a.id for a in articles], dtype=object),
        )


def _story_summaries(
    ranking: _Ranking,
    stories: Sequence[list[int]],
    matrix: sp.csr_matrix,
    *,
    batch_rows: int = 8192,
) -> list[_Summary]:
    """Each story's members sorted by id, its representative and its cohesion.

    The representative is the member closest to the story's summed TF-IDF row
    (then the earliest, the longest, the first id); cohesion is the mean
    pairwise cosine. The only step of a story's making that reads the
    matrix: stories of several members are done together, about
    ``batch_rows`` member rows a batch, whose pages are handed back after it.
    """
    out: list[_Summary] = []
    several: list[int] = []
    for k, members in enumerate(stories):
        if len(members) == 1:
            out.append((list(members), members[0], 1.0))
        else:
            out.append(([], -1, 0.0))
            several.append(k)
    lo = 0
    while lo < len(several):
        hi, rows = lo, 0
        while hi < len(several) and (rows == 0 or rows + len(stories[several[hi]]) <= batch_rows):
            rows += len(stories[several[hi]])
            hi += 1
        batch = [stories[k] for k in several[lo:hi]]
        for k, summary in zip(several[lo:hi], _summaries_of(ranking, batch, matrix), strict=True):
            out[k] = summary
        drop_pages(matrix.data, matrix.indices)
        lo = hi
    return out


def _summaries_of(
    ranking: _Ranking, stories: list[list[int]], matrix: sp.csr_matrix
) -> list[_Summary]:
    """:func:`_story_summaries` of stories of two or more members, all at once.

    Each story's summed row is kept only over the terms it uses (one
    ``(story, term)`` key per stored entry, summed after one sort), and each
    member's dot product with it gathered back: no vector over the whole
    vocabulary, no loop over stories in numpy calls.
    """
    sizes = np.fromiter(map(len, stories), dtype=np.int64, count=len(stories))
    rows = np.fromiter(
        (m for members in stories for m in members), dtype=np.int64, count=int(sizes.sum())
    )
    story_of_row = np.repeat(np.arange(len(stories), dtype=np.int64), sizes)
    # the members' stored entries, story after story
    lengths = matrix.indptr[rows + 1] - matrix.indptr[rows]
    at = range_positions(matrix.indptr[rows], lengths)
    weights = matrix.data[at].astype(np.float64)
    keys = np.repeat(story_of_row, lengths) * matrix.shape[1] + matrix.indices[at]
    del at
    uniq, local = unique_inverse(keys)  # each member's terms are sorted runs
    del keys
    total = np.bincount(local, weights=weights, minlength=uniq.size)
    row_of = np.repeat(np.arange(rows.size), lengths)
    centrality = np.bincount(row_of, weights=weights * total[local], minlength=rows.size)
    squares = np.bincount(uniq // matrix.shape[1], weights=total * total, minlength=len(stories))
    cohesion = (squares - sizes) / (sizes * (sizes - 1))

    # each member's rank: closest to the sum, then the earliest, the longest, the first id
    # (ids are unique: no two members tie)
    keys_of = list(
        zip(
            [-round(c, 6) for c in centrality.tolist()],  # Python's rounding, as ever
            ranking.stamps[rows].tolist(),
            (-ranking.lengths[rows]).tolist(),
            ranking.ids[rows].tolist(),
            strict=True,
        )
    )
    out = []
    start = 0
    for k, members in enumerate(stories):
        ranked = keys_of[start : start + len(members)]
        start += len(members)
        best = min(range(len(members)), key=ranked.__getitem__)
        by_id = sorted(range(len(members)), key=lambda r: ranked[r][3])
        out.append(([members[r] for r in by_id], members[best], float(cohesion[k])))
    return out


def _make_story(
    articles: Sequence[ArticleMeta],
    summary: tuple[list[int], int, float],
    links: list[Link],
) -> Story:
    members, rep, cohesion = summary
    ids = [articles[m].id for m in members]
    links.sort(key=lambda lk: (lk.a, lk.b))
    # a page read without its headline has no title: another version's names the story,
    # the first in the order a report lists them (by publication time, then id)
    title = articles[rep].title or next(
        (
            articles[m].title
            for m in sorted(members, key=lambda m: publication_order(articles[m]))
            if articles[m].title
        ),
        "",
    )
    return Story(
        id=_story_id(ids),
        article_ids=tuple(ids),
        representative_id=articles[rep].id,
        title=title,
        links=tuple(links),
        copy_groups=_story_copy_groups(ids, links),
        cohesion=max(0.0, min(1.0, cohesion)),
    )


def _story_copy_groups(ids: list[str], links: list[Link]) -> tuple[tuple[str, ...], ...]:
    """The story's articles joined by duplicate or copy links, two or more a group.

    Most stories (every singleton) have no such link: no walk over their ids then.
    """
    copies = [link for link in links if link.relation in ("duplicate", "copy")]
    if not copies:
        return ()
    copy_uf: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        while copy_uf[x] != x:
            copy_uf[x] = copy_uf[copy_uf[x]]
            x = copy_uf[x]
        return x

    for link in copies:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            copy_uf[max(ra, rb)] = min(ra, rb)
    by_root: dict[str, list[str]] = {}
    for i in ids:
        by_root.setdefault(find(i), []).append(i)
    return tuple(sorted((tuple(g) for g in by_root.values() if len(g) > 1), key=lambda g: g[0]))
