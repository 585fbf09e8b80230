"""Exact scores for candidate pairs, and the relation they support.

LSH and TF-IDF neighbours only propose pairs; here every pair gets its exact
shingle Jaccard, containment and TF-IDF cosine, and the rule that decides its
relation is named in ``reason``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import scipy.sparse as sp

from storydiff._arrays import drop_pages, range_positions
from storydiff.candidates import pair_keys, tile_codes, tile_codes_to_pairs, tile_side
from storydiff.engine import Engine, LocalEngine, balanced_spans
from storydiff.fingerprint import Fingerprint, FingerprintTable
from storydiff.models import Relation
from storydiff.vectors import TfidfSpace

__all__ = [
    "PairScore",
    "VerifyParams",
    "relation_of",
    "score_chunk",
    "score_keys",
    "score_pairs",
    "score_table",
    "shingle_incidence",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class VerifyParams:
    """Thresholds that turn exact scores into relations.

    ``copy_jaccard``: shingle Jaccard from which two texts are copies of one text.
    ``copy_containment``: share of the shorter text found in the longer one from
    which it is a (trimmed) copy, if the shorter text has at least
    ``min_containment_shingles`` shingles. ``story_cosine``: TF-IDF cosine from
    which a pair may be the same story (the clustering decides, by average link).
    """

    copy_jaccard: float = 0.5
    copy_containment: float = 0.7
    min_containment_shingles: int = 20
    story_cosine: float = 0.25


@dataclass(frozen=True, slots=True, kw_only=True)
class PairScore:
    """Exact scores of one candidate pair (indices into the article sequence)."""

    i: int
    j: int
    jaccard: float
    containment: float
    cosine: float
    identical: bool
    gap_days: float | None


def relation_of(
    score: PairScore, params: VerifyParams, *, smaller_shingles: int
) -> tuple[Relation | None, str]:
    """The relation ``score`` supports on its own, and the rule that decided it.

    ``same_story`` here only means the pair passes the cosine floor; whether the
    two articles end up in one story is decided by the clustering.
    """
    if score.identical:
        return "duplicate", "identical text after normalisation"
    if score.jaccard >= params.copy_jaccard:
        return "copy", f"shingle Jaccard {score.jaccard:.2f} >= copy_jaccard {params.copy_jaccard}"
    if (
        score.containment >= params.copy_containment
        and smaller_shingles >= params.min_containment_shingles
    ):
        return "copy", (
            f"containment {score.containment:.2f} >= copy_containment {params.copy_containment}"
            " (one text is a trimmed copy of the other)"
        )
    if score.cosine >= params.story_cosine:
        return (
            "same_story",
            f"TF-IDF cosine {score.cosine:.2f} >= story_cosine {params.story_cosine}",
        )
    return None, (
        f"Jaccard {score.jaccard:.2f} < {params.copy_jaccard}, containment "
        f"{score.containment:.2f} < {params.copy_containment}, cosine {score.cosine:.2f} < "
        f"{params.story_cosine}"
    )


RELATIONS: tuple[Relation | None, ...] = (None, "duplicate", "copy", "same_story")
"""Relation by code, as :func:`relation_codes` gives them."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PairTable:
    """Exact scores of many pairs, column by column (``gap_days`` is NaN when unknown)."""

    i: np.ndarray
    j: np.ndarray
    jaccard: np.ndarray
    containment: np.ndarray
    cosine: np.ndarray
    identical: np.ndarray
    gap_days: np.ndarray
    smaller_shingles: np.ndarray

    def __len__(self) -> int:
        return int(self.i.size)

    def take(self, rows: np.ndarray) -> PairTable:
        """The pairs at ``rows``, in that order."""
        return PairTable(**{name: getattr(self, name)[rows] for name in PairTable.__slots__})

    def scores(self) -> Iterator[tuple[PairScore, int]]:
        """Every pair as a :class:`PairScore`, with its ``smaller_shingles``, in order.

        The columns are turned into Python values once, not element by element.
        """
        columns = zip(
            self.i.tolist(),
            self.j.tolist(),
            self.jaccard.tolist(),
            self.containment.tolist(),
            self.cosine.tolist(),
            self.identical.tolist(),
            self.gap_days.tolist(),
            self.smaller_shingles.tolist(),
            strict=True,
        )
        for i, j, jaccard, containment, cosine, identical, gap, smaller in columns:
            score = PairScore(
                i=i,
                j=j,
                jaccard=jaccard,
                containment=containment,
                cosine=cosine,
                identical=bool(identical),
                gap_days=None if gap != gap else gap,  # NaN: unknown
            )
            yield score, int(smaller)

    def row(self, k: int) -> PairScore:
        """Pair ``k`` as a :class:`PairScore`."""
        return next(self.take(np.array([k], dtype=np.int64)).scores())[0]


def relation_codes(
    table: PairTable, params: VerifyParams, *, time_window_days: float | None
) -> np.ndarray:
    """:func:`relation_of` for every pair at once, with the time window applied.

    Codes index :data:`RELATIONS`. Exact duplicates are exempt from the window.
    """
    codes = np.zeros(len(table), dtype=np.int8)
    same = table.cosine >= params.story_cosine
    copy = (table.jaccard >= params.copy_jaccard) | (
        (table.containment >= params.copy_containment)
        & (table.smaller_shingles >= params.min_containment_shingles)
    )
    codes[same] = 3
    codes[copy] = 2
    if time_window_days is not None:
        with np.errstate(invalid="ignore"):
            codes[table.gap_days > time_window_days] = 0
    codes[table.identical] = 1
    return codes


def score_table(
    pairs: Iterable[tuple[int, int]] | np.ndarray,
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    published: Sequence[datetime | None],
    *,
    engine: Engine | None = None,
    chunk: int = 100_000,
    keep: tuple[VerifyParams, float | None] | None = None,
) -> PairTable:
    """Exact scores of every pair (sorted), computed column-wise, ``chunk`` pairs a task.

    ``fingerprints`` is best a :class:`~storydiff.fingerprint.FingerprintTable`
    (any other sequence is turned into one first). With ``keep=(params,
    time_window_days)`` only the pairs :func:`relation_codes` links come back
    (each task drops the others before returning, so a table of millions of
    rejected candidates never exists).
    """
    arr = (
        pairs.astype(np.int64).reshape(-1, 2)
        if isinstance(pairs, np.ndarray)
        else np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    )
    n = max(len(fingerprints), int(arr.max()) + 1 if arr.size else 1)
    return score_keys(
        pair_keys(arr[:, 0], arr[:, 1], n),
        n,
        fingerprints,
        space,
        published,
        engine=engine,
        chunk=chunk,
        keep=keep,
    )


def score_keys(
    keys: np.ndarray,
    n: int,
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    published: Sequence[datetime | None],
    *,
    engine: Engine | None = None,
    chunk: int = 100_000,
    keep: tuple[VerifyParams, float | None] | None = None,
    overwrite_keys: bool = False,
) -> PairTable:
    """:func:`score_table` of pairs given by sorted unique keys ``i * n + j`` (``i < j``).

    Each task turns its own slice of keys into pairs, so no ``(m, 2)`` array
    of every candidate is ever made (tens of millions at a million articles).
    Pairs are scored tile by tile (:func:`~storydiff.candidates.tile_codes`,
    about ``chunk`` pairs a tile), so a task reads a band of rows of the
    shingle and TF-IDF files instead of rows from all over them: the pages a
    worker maps stay a fraction of the files. The table is in key order.
    With ``overwrite_keys`` the tile codes are written over ``keys`` (whose
    content is then undefined) instead of a copy of them.
    """
    table = FingerprintTable.from_fingerprints(fingerprints)
    stamps = np.array([np.nan if p is None else p.timestamp() for p in published], dtype=np.float64)
    engine = engine or LocalEngine()
    side = tile_side(n, len(keys), chunk)
    if side < n:
        keys = tile_codes(keys if overwrite_keys else keys.copy(), n, side)
    chunks = [keys[lo:hi] for lo, hi in balanced_spans(len(keys), size=chunk, engine=engine)]
    tables = engine.map(
        _score_key_chunk,
        chunks,
        n=n,
        side=side,
        fingerprints=table,
        space=space,
        stamps=stamps,
        keep=keep,
    )
    scores = PairTable(
        **{name: np.concatenate([getattr(t, name) for t in tables]) for name in PairTable.__slots__}
    )
    if side < n:
        scores = scores.take(np.argsort(scores.i * n + scores.j))
    return scores


def _score_key_chunk(codes: np.ndarray, *, n: int, side: int, **shared: Any) -> PairTable:
    return score_chunk(tile_codes_to_pairs(codes, n, side), **shared)


def score_chunk(
    arr: np.ndarray,
    *,
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    stamps: np.ndarray,
    keep: tuple[VerifyParams, float | None] | None = None,
) -> PairTable:
    """Exact scores of an ``(m, 2)`` block of pairs (only the linked ones, with ``keep``).

    Shingle hashes kept in a file (a :class:`numpy.memmap`) are mapped afresh
    for the task and unmapped after it, so a worker's resident memory holds the
    pages of its own pairs, not the whole file.
    """
    table = FingerprintTable.from_fingerprints(fingerprints)
    i, j = arr[:, 0], arr[:, 1]
    cos = np.clip(space.cosines(i, j), 0.0, 1.0) if len(arr) else np.zeros(0)
    hashes = table.hashes
    if isinstance(hashes, np.memmap) and hashes.filename is not None:
        hashes = np.memmap(hashes.filename, dtype=hashes.dtype, mode="r", shape=hashes.shape)
    shared = _shared_counts(arr, hashes, table.offsets) if len(arr) else np.zeros(0, dtype=np.int64)
    del hashes
    sizes = table.n_shingles.astype(np.int64)
    ntok = table.n_tokens
    na, nb = sizes[i], sizes[j]
    both = (na > 0) & (nb > 0)
    union = np.where(both, na + nb - shared, 1)
    smaller = np.minimum(na, nb)
    jaccard = np.where(both, shared / union, 0.0)
    containment = np.where(both, shared / np.maximum(smaller, 1), 0.0)
    identical = (table.keys[i] == table.keys[j]) & (ntok[i] > 0)
    jaccard[identical] = 1.0
    containment[identical] = 1.0
    gap = np.abs(stamps[i] - stamps[j]) / 86400.0 if len(arr) else np.zeros(0)
    scores = PairTable(
        i=i,
        j=j,
        jaccard=jaccard.astype(np.float64),
        containment=containment.astype(np.float64),
        cosine=np.asarray(cos, dtype=np.float64),
        identical=identical,
        gap_days=np.asarray(gap, dtype=np.float64),
        smaller_shingles=smaller,
    )
    if keep is None:
        return scores
    params, window = keep
    return scores.take(np.flatnonzero(relation_codes(scores, params, time_window_days=window)))


def shingle_incidence(table: FingerprintTable, rows: np.ndarray | None = None) -> sp.csr_matrix:
    """Article x shingle 0/1 matrix whose columns are the 32-bit shingle hashes themselves.

    One row per article of ``rows`` (default: all). No renumbering (a sort of every hash and an
    inverse as long, which did not fit in memory at a million articles): the
    matrix is ``len(rows) x 2**32`` with int64 column indices and int8 ones.
    Each row's hashes are sorted and unique, so the matrix is in canonical form
    and scipy intersects two rows by merging them; nothing of the width of the
    matrix is ever allocated.
    """
    if rows is None:
        columns = np.asarray(table.hashes, dtype=np.int64)
        indptr = table.offsets.astype(np.int64)
    else:
        rows = np.asarray(rows, dtype=np.int64)
        columns, indptr = _gather_rows(table.hashes, table.offsets, rows)
    return _incidence(columns, indptr)


def _incidence(columns: np.ndarray, indptr: np.ndarray) -> sp.csr_matrix:
    matrix = sp.csr_matrix(
        (np.ones(columns.size, dtype=np.int8), columns, indptr),
        shape=(indptr.size - 1, 2**32),
    )
    matrix.has_sorted_indices = True
    return matrix


def _gather_rows(
    hashes: np.ndarray, offsets: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The hashes of ``rows`` one after the other (as int64), and their row pointers."""
    starts = offsets[rows]
    lengths = offsets[rows + 1] - starts
    indptr = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return hashes[range_positions(starts, lengths)].astype(np.int64), indptr


def _shared_counts(
    pairs: np.ndarray, hashes: np.ndarray, offsets: np.ndarray, *, block: int = 4096
) -> np.ndarray:
    """Exact number of shared shingles for each pair: row products of incidence matrices.

    Each block of pairs gathers its rows' hashes into two sparse matrices
    (:func:`shingle_incidence`) and multiplies them elementwise (a merge of two
    sorted rows per pair, in C); a product stores only the shingles both rows
    hold, so a row's count of stored entries is the pair's count. Memory is
    bounded by the block, whatever the number of articles.
    """
    out = np.zeros(len(pairs), dtype=np.int64)
    for lo in range(0, len(pairs), block):
        a, b = (
            _incidence(*_gather_rows(hashes, offsets, pairs[lo : lo + block, side]))
            for side in (0, 1)
        )
        out[lo : lo + block] = np.diff(a.multiply(b).tocsr().indptr)
        drop_pages(hashes)  # a mapped file's pages: read again when needed
    return out


def score_pairs(
    pairs: Iterable[tuple[int, int]],
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    published: Sequence[datetime | None],
) -> list[PairScore]:
    """Exact scores of every pair, in sorted pair order, one record each."""
    table = score_table(pairs, fingerprints, space, published)
    return [score for score, _ in table.scores()]
