"""Candidate pairs: MinHash LSH for copies, pruned sparse TF-IDF neighbours for same-story.

Both generators are approximate and sub-quadratic; :mod:`storydiff.verify`
filters their output with exact scores.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np
import scipy.sparse as sp

from storydiff._arrays import drop_pages, first_of_runs, sorted_unique, union_sorted
from storydiff.engine import Engine, LocalEngine, balanced_spans, map_beside
from storydiff.errors import param_error
from storydiff.fingerprint import Fingerprint, FingerprintTable
from storydiff.vectors import TfidfSpace

__all__ = [
    "as_pair_set",
    "band_pairs",
    "candidate_keys",
    "candidate_keys_beside",
    "candidate_pairs",
    "heaviest_rows",
    "heaviest_terms",
    "keys_to_pairs",
    "lsh_pair_array",
    "lsh_pairs",
    "lsh_pairs_beside",
    "neighbour_block",
    "pair_keys",
    "prune",
    "tfidf_neighbour_keys",
    "tfidf_neighbour_pairs",
    "tile_codes",
    "tile_codes_to_pairs",
    "tile_side",
    "union_keys",
    "unique_pairs",
]

T = TypeVar("T")


@functools.lru_cache(maxsize=64)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that datasketch's ``MinHashLSH`` picks for ``threshold``.

    ``MinHashLSH`` (default weights) picks the ``(b, r)``, ``b * r <= num_perm``,
    that minimises the mean of the false-positive probability
    ``integral over [0, threshold] of 1 - (1 - s**r)**b`` and the false-negative
    one ``integral over [threshold, 1] of (1 - s**r)**b``, the first in order
    of ``b`` then ``r`` on a tie. It integrates with scipy's ``quad``; both
    integrands are polynomials of degree ``b * r`` at most, so Gauss-Legendre
    quadrature on ``num_perm // 2 + 1`` nodes integrates them exactly, a row
    count at a time, without importing datasketch and scipy.integrate (a
    quarter to three quarters of a second). A test compares the choice with
    datasketch's over a grid of thresholds and sizes. Unlike ``MinHashLSH``,
    a single band is allowed (a threshold above 0.98 at 128 permutations).

    >>> lsh_bands(0.3, 128)
    (37, 3)
    """
    if not (isinstance(num_perm, (int, np.integer)) and num_perm >= 1):
        error = param_error("num_perm", "lsh_bands", "a positive int", num_perm)
        raise error
    if not 0.0 <= threshold <= 1.0:  # NaN too
        error = param_error("threshold", "lsh_bands", "a float in [0, 1]", threshold)
        raise error
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    sides = []
    for lo, hi in ((0.0, threshold), (threshold, 1.0)):
        # the nodes moved from [-1, 1] to [lo, hi], and the weights with them
        sides.append((lo + (hi - lo) * (nodes + 1.0) / 2.0, weights * (hi - lo) / 2.0))
    (s_fp, w_fp), (s_fn, w_fn) = sides
    best, best_error = (0, 0), np.inf
    with np.errstate(divide="ignore"):  # log(0) where s**r is 1: a miss of probability 0
        for r in range(1, num_perm + 1):
            # log of the probability that a pair at similarity s shares no band, per band
            log_fp, log_fn = np.log1p(-(s_fp**r)), np.log1p(-(s_fn**r))
            for lo in range(1, num_perm // r + 1, 512):  # bounded tables at any num_perm
                bands = np.arange(lo, min(lo + 512, num_perm // r + 1), dtype=np.float64)
                false_pos = (1.0 - np.exp(bands[:, None] * log_fp)) @ w_fp
                false_neg = np.exp(bands[:, None] * log_fn) @ w_fn
                error = 0.5 * false_pos + 0.5 * false_neg
                k = int(np.argmin(error))
                b = lo + k
                if error[k] < best_error or (error[k] == best_error and (b, r) < best):
                    best, best_error = (b, r), float(error[k])
    return best


def lsh_pairs(
    fingerprints: Sequence[Fingerprint],
    *,
    threshold: float,
    num_perm: int,
    max_bucket: int = 500,
    engine: Engine | None = None,
) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, that share an LSH band bucket at ``threshold``.

    The set form of :func:`lsh_pair_array` (for small inputs and tests).
    """
    found = lsh_pair_array(
        fingerprints, threshold=threshold, num_perm=num_perm, max_bucket=max_bucket, engine=engine
    )
    return as_pair_set(found)


def lsh_pair_array(
    fingerprints: Sequence[Fingerprint],
    *,
    threshold: float,
    num_perm: int,
    max_bucket: int = 500,
    engine: Engine | None = None,
) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, that share an LSH band bucket, as a sorted ``(m, 2)`` array.

    Same banding as datasketch's ``MinHashLSH`` (its ``b`` and ``r``), done on
    the signature matrix with numpy: each band's rows become one key, equal keys
    are found by sorting. A bucket larger than ``max_bucket`` (a text repeated
    many times) is linked as a star to its first member, enough for grouping.
    Each band is one task of ``engine``.
    """
    return lsh_pairs_beside(
        fingerprints,
        lambda: None,
        threshold=threshold,
        num_perm=num_perm,
        max_bucket=max_bucket,
        engine=engine,
    )[0]


def lsh_pairs_beside(
    fingerprints: Sequence[Fingerprint],
    meanwhile: Callable[[], T],
    *,
    threshold: float,
    num_perm: int,
    max_bucket: int = 500,
    engine: Engine | None = None,
) -> tuple[np.ndarray, T]:
    """:func:`lsh_pair_array`, and ``meanwhile()`` called in this process while the band
    tasks run elsewhere (:func:`~storydiff.engine.map_beside`): building the TF-IDF
    matrix, which the bands do not need."""
    table = FingerprintTable.from_fingerprints(fingerprints)
    n = len(table)
    ids = np.flatnonzero(table.n_shingles).astype(np.int64)
    if ids.size < 2:
        return np.zeros((0, 2), dtype=np.int64), meanwhile()
    b, r = lsh_bands(threshold, num_perm)
    # (no copy when every article has shingles: a million articles' signatures are 0.5 GB)
    sig = table.signatures if ids.size == n else table.signatures[ids]
    sig = np.ascontiguousarray(sig, dtype=np.uint32)
    found, extra = map_beside(
        engine or LocalEngine(),
        band_pairs,
        list(range(b)),
        meanwhile,
        signatures=sig,
        ids=ids,
        rows=r,
        max_bucket=max_bucket,
    )
    keys = sorted_unique(np.concatenate([block[:, 0] * n + block[:, 1] for block in found]))
    return np.stack([keys // n, keys % n], axis=1), extra


def band_pairs(
    band: int, *, signatures: np.ndarray, ids: np.ndarray, rows: int, max_bucket: int
) -> np.ndarray:
    """The pairs one LSH band puts in a bucket together, as an ``(m, 2)`` array.

    Buckets of one size are expanded together (all their pairs at once); a
    bucket larger than ``max_bucket`` becomes a star on its smallest id.
    """
    block = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
    keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    members = ids[order]
    out = [np.zeros((0, 2), dtype=np.int64)]
    for size in np.unique(sizes[sizes > 1]).tolist():
        first = starts[sizes == size]
        # one row per bucket, its members sorted
        bucket = np.sort(members[first[:, None] + np.arange(size)], axis=1)
        if size > max_bucket:
            left = np.repeat(bucket[:, 0], size - 1)
            out.append(np.stack([left, bucket[:, 1:].ravel()], axis=1))
            continue
        x, y = np.triu_indices(size, 1)
        out.append(np.stack([bucket[:, x].ravel(), bucket[:, y].ravel()], axis=1))
    return np.concatenate(out).astype(np.int64, copy=False)


def tfidf_neighbour_pairs(space: TfidfSpace, **kwargs: Any) -> np.ndarray:
    """:func:`tfidf_neighbour_keys` as a sorted ``(m, 2)`` array of pairs."""
    return keys_to_pairs(tfidf_neighbour_keys(space, **kwargs), max(space.matrix.shape[0], 1))


def tfidf_neighbour_keys(
    space: TfidfSpace,
    *,
    top_terms: int,
    max_postings: int,
    neighbours: int,
    postings_budget: int | None = None,
    engine: Engine | None = None,
    block: int = 4096,
    max_products: int = 20_000_000,
) -> np.ndarray:
    """Pairs of articles that share highly weighted, rare-enough terms.

    Each row keeps its ``top_terms`` heaviest terms among those in at most
    ``max_postings`` documents, less its commonest ones until their document
    frequencies add up to at most ``postings_budget`` (:func:`heaviest_terms`).
    A row of the product of the pruned matrix with its transpose then has at
    most ``postings_budget`` entries, so the cost grows linearly with the
    number of articles whatever their vocabulary; each row keeps its
    ``neighbours`` best partners. Rows are done in blocks of at most ``block``
    rows whose product has at most ``max_products`` terms (bounding the
    scratch memory to about 12 bytes each), one task of ``engine`` each.
    Returns the sorted unique keys of the pairs (:func:`pair_keys`).
    """
    x = space.matrix
    n = x.shape[0]
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    engine = engine or LocalEngine()
    pruned = prune(
        space,
        top_terms=top_terms,
        max_postings=max_postings,
        postings_budget=postings_budget,
        engine=engine,
    )
    transposed = pruned.T.tocsr()
    if _index32(pruned, transposed):  # as sparse_dot_topn takes them: no copy in any block
        weights = np.result_type(pruned.dtype, np.float32)
        pruned, transposed = _as_index32(pruned, weights), _as_index32(transposed, weights)
    postings = np.diff(transposed.indptr)
    # an upper bound on the entries of each row of pruned @ pruned.T
    row_of = np.repeat(np.arange(n), np.diff(pruned.indptr))
    products = np.bincount(row_of, weights=postings[pruned.indices], minlength=n).astype(np.int64)
    del row_of
    # rows per block: as many blocks as balanced_spans would make for the engine
    rows = max(hi - lo for lo, hi in balanced_spans(n, size=block, engine=engine))
    spans = _row_spans(products, block=rows, budget=max_products)
    found = engine.map(
        neighbour_block, spans, pruned=pruned, neighbours=neighbours, transposed=transposed
    )
    del pruned, transposed
    return union_sorted(*found)  # each block's keys are sorted and distinct


def _row_spans(cost: np.ndarray, *, block: int, budget: int) -> list[tuple[int, int]]:
    """Consecutive row spans of at most ``block`` rows and ``budget`` total cost (or one row)."""
    spans: list[tuple[int, int]] = []
    n = cost.size
    total = np.r_[0, np.cumsum(cost, dtype=np.int64)]
    lo = 0
    while lo < n:
        hi = int(np.searchsorted(total, total[lo] + budget, side="right")) - 1
        hi = min(max(hi, lo + 1), lo + block, n)
        spans.append((lo, hi))
        lo = hi
    return spans


def heaviest_terms(
    columns: np.ndarray,
    weights: np.ndarray,
    df: np.ndarray,
    *,
    top_terms: int,
    max_postings: int,
    postings_budget: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The terms of one article that propose its TF-IDF neighbours.

    Its ``top_terms`` heaviest terms among those in at most ``max_postings``
    documents (of equal weights, the lower column first); then, while their
    document frequencies add up to more than ``postings_budget``, the
    commonest of them is dropped (so the rarest always stays). Returns the
    kept columns and weights, rarest first (then by column).
    """
    _, columns, weights = heaviest_rows(
        np.array([0, columns.size]),
        columns,
        weights,
        df,
        top_terms=top_terms,
        max_postings=max_postings,
        postings_budget=postings_budget,
    )
    return columns, weights


def heaviest_rows(
    indptr: np.ndarray,
    indices: np.ndarray,
    data: np.ndarray,
    df: np.ndarray,
    *,
    top_terms: int,
    max_postings: int,
    postings_budget: int | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`heaviest_terms` of every row of a CSR layout at once, with no loop over rows.

    ``indptr`` may be a slice of a larger matrix's (its first entry need not
    be 0). Returns the pruned rows as ``(indptr, indices, data)``, each row's
    terms rarest first.

    >>> ptr, cols, w = heaviest_rows(
    ...     np.array([0, 3, 5]), np.array([0, 1, 2, 0, 3]), np.array([0.5, 0.9, 0.9, 0.2, 0.1]),
    ...     np.array([1, 3, 2, 9]), top_terms=2, max_postings=5)
    >>> ptr.tolist(), cols.tolist()
    ([0, 2, 3], [2, 1, 0])
    """
    lengths = np.diff(indptr)
    lo, hi = int(indptr[0]), int(indptr[-1])
    rows = np.repeat(np.arange(lengths.size, dtype=np.int64), lengths)
    cols = np.asarray(indices[lo:hi])
    weights = np.asarray(data[lo:hi])
    freq = df[cols]
    # the entries in row, then column order; stable sorts by (row, key) keep it among ties
    order = np.lexsort((cols, rows)) if not _columns_sorted(lengths, cols) else None
    if order is not None:
        rows, cols, weights, freq = rows[order], cols[order], weights[order], freq[order]
    keep = np.flatnonzero(freq <= max_postings)
    # heaviest first in each row, the first top_terms stay
    kept = weights[keep]
    if kept.dtype == np.float32 and not (kept < 0).any():
        # TF-IDF weights: a non-negative float32's bits order like it, one integer sort
        bits = kept.view(np.int32).astype(np.int64)
        keep = keep[np.argsort((rows[keep] << 32) - bits, kind="stable")]
    else:
        keep = keep[np.lexsort((cols[keep], -kept, rows[keep]))]
    keep = np.sort(keep[_rank_in_runs(rows[keep]) < top_terms])
    # rarest first in each row
    keep = keep[np.argsort((rows[keep] << 32) + freq[keep], kind="stable")]
    if postings_budget is not None and keep.size:
        spent = np.cumsum(freq[keep])
        first = _run_starts(rows[keep])
        spent -= (spent - freq[keep])[first]  # postings up to each term, in its row
        keep = keep[(spent <= postings_budget) | (first == np.arange(keep.size))]
    out_ptr = np.zeros(lengths.size + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows[keep], minlength=lengths.size), out=out_ptr[1:])
    return out_ptr, cols[keep], weights[keep]


def _columns_sorted(lengths: np.ndarray, cols: np.ndarray) -> bool:
    """Whether each row's columns (rows of ``lengths`` entries, back to back) increase."""
    if cols.size < 2:
        return True
    rising = cols[1:] > cols[:-1]
    starts = np.cumsum(lengths)[:-1]
    rising[starts[(starts > 0) & (starts < cols.size)] - 1] = True  # a row's first entry
    return bool(rising.all())


def _run_starts(sorted_values: np.ndarray) -> np.ndarray:
    """For each item of ``sorted_values``, the position where its run of equal values starts."""
    starts = np.where(first_of_runs(sorted_values), np.arange(sorted_values.size), 0)
    return np.maximum.accumulate(starts) if starts.size else starts


def _rank_in_runs(sorted_values: np.ndarray) -> np.ndarray:
    """Each item's position within its run of equal values of ``sorted_values``.

    >>> _rank_in_runs(np.array([4, 4, 4, 7, 9, 9])).tolist()
    [0, 1, 2, 0, 0, 1]
    """
    return np.arange(sorted_values.size) - _run_starts(sorted_values)


def prune(
    space: TfidfSpace,
    *,
    top_terms: int,
    max_postings: int,
    postings_budget: int | None = None,
    engine: Engine | None = None,
    rows: int = 16_384,
) -> sp.csr_matrix:
    """Every row reduced to its :func:`heaviest_terms` (``rows`` rows a task of ``engine``)."""
    x = space.matrix
    n = x.shape[0]
    engine = engine or LocalEngine()
    spans = balanced_spans(n, size=rows, engine=engine)
    parts = engine.map(
        _prune_rows,
        spans,
        matrix=x,
        df=space.df,
        top_terms=top_terms,
        max_postings=max_postings,
        postings_budget=postings_budget,
    )
    return sp.vstack(parts, format="csr") if len(parts) > 1 else parts[0]


def _prune_rows(
    span: tuple[int, int],
    *,
    matrix: sp.csr_matrix,
    df: np.ndarray,
    top_terms: int,
    max_postings: int,
    postings_budget: int | None,
) -> sp.csr_matrix:
    lo_row, hi_row = span
    indptr, indices, data = heaviest_rows(
        matrix.indptr[lo_row : hi_row + 1],
        matrix.indices,
        matrix.data,
        df,
        top_terms=top_terms,
        max_postings=max_postings,
        postings_budget=postings_budget,
    )
    pruned = sp.csr_matrix((data, indices, indptr), shape=(hi_row - lo_row, matrix.shape[1]))
    pruned.sort_indices()
    drop_pages(matrix.data, matrix.indices)  # a mapped matrix: its pages stay in the file
    return pruned


def neighbour_block(
    span: tuple[int, int],
    *,
    pruned: sp.csr_matrix,
    neighbours: int,
    transposed: sp.csr_matrix | None = None,
) -> np.ndarray:
    """For rows ``span[0]:span[1]``, their ``neighbours`` best partners, as :func:`pair_keys`.

    ``transposed`` is ``pruned.T`` as CSR, computed here when not given. The
    product keeps only each row's ``neighbours + 1`` largest values, best
    first (sparse_dot_topn: the others are never stored; a Reuters block's
    full product held 13 million); the row itself is dropped from them, then
    all but the first ``neighbours``. Where sparse_dot_topn cannot be loaded,
    the whole block product is sorted out row by row (the same pairs, but for
    which of two equal-scoring partners is kept).
    """
    lo_row, hi_row = span
    if hi_row <= lo_row or neighbours < 1:
        return np.zeros(0, np.int64)
    pruned = sp.csr_matrix(pruned)  # a csr_array, say (no copy of a csr_matrix)
    if transposed is None:
        transposed = pruned.T.tocsr()
    block = pruned[lo_row:hi_row]
    top_n = _top_n()
    if top_n is None or not _index32(block, transposed):
        return _neighbour_block_sorted(block, lo_row, transposed, neighbours, pruned.shape[0])
    data = np.result_type(block.dtype, transposed.dtype, np.float32)
    best = top_n(
        _as_index32(block, data),
        _as_index32(transposed, data),
        neighbours + 1,
        True,  # each row's values best first
        0.0,  # weights are positive: no product is dropped
        1.0,
    )
    rows = np.repeat(np.arange(lo_row, hi_row, dtype=np.int64), np.diff(best.indptr))
    partners = best.indices[: best.indptr[-1]].astype(np.int64)
    other = partners != rows
    partners, rows = partners[other], rows[other]
    counts = np.bincount(rows - lo_row, minlength=hi_row - lo_row)
    rank = np.arange(rows.size) - np.repeat(np.cumsum(counts) - counts, counts)
    first = rank < neighbours
    return pair_keys(partners[first], rows[first], pruned.shape[0])


@functools.cache
def _top_n() -> Callable[..., sp.csr_matrix] | None:
    """sparse_dot_topn's product without its argument checks, which copy the right-hand
    matrix's index arrays at every call (the whole pruned matrix at every block); or
    ``None`` where it cannot be loaded (its import asks psutil for the physical cores,
    which some systems do not tell)."""
    try:
        from sparse_dot_topn.unchecked import sp_matmul_topn
    except (ImportError, TypeError):  # pragma: no cover - depends on the platform
        return None
    return sp_matmul_topn  # type: ignore[no-any-return]


def _index32(*matrices: sp.csr_matrix) -> bool:
    """Whether every matrix's entries can be indexed with 32-bit integers."""
    limit = np.iinfo(np.int32).max
    return all(m.nnz <= limit and max(m.shape) <= limit for m in matrices)


def _as_index32(matrix: sp.csr_matrix, data: np.dtype) -> sp.csr_matrix:
    """``matrix`` with int32 index arrays and ``data`` weights (no copy of what already is)."""
    return sp.csr_matrix(
        (
            matrix.data.astype(data, copy=False),
            matrix.indices.astype(np.int32, copy=False),
            matrix.indptr.astype(np.int32, copy=False),
        ),
        shape=matrix.shape,
        copy=False,
    )


def _neighbour_block_sorted(
    block: sp.csr_matrix, lo_row: int, transposed: sp.csr_matrix, neighbours: int, n: int
) -> np.ndarray:
    """:func:`neighbour_block` from the whole block product, row by row."""
    sims = (block @ transposed).tocsr()
    firsts, seconds = [], []
    for k in range(block.shape[0]):
        i = lo_row + k
        lo, hi = sims.indptr[k], sims.indptr[k + 1]
        js = sims.indices[lo:hi]
        ws = sims.data[lo:hi]
        mask = js != i
        js, ws = js[mask], ws[mask]
        if js.size > neighbours:
            js = js[np.argpartition(-ws, neighbours - 1)[:neighbours]]
        firsts.append(js)
        seconds.append(np.full(js.size, i, dtype=np.int64))
    if not firsts:
        return np.zeros(0, np.int64)
    return pair_keys(np.concatenate(firsts), np.concatenate(seconds), n)


def pair_keys(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique keys ``i * n + j`` of the pairs ``{first[k], second[k]}``, ``i < j``.

    One int64 a pair (half of an ``(m, 2)`` array), for the tens of millions
    of candidates of a million articles.
    """
    lo = np.minimum(first, second).astype(np.int64)
    hi = np.maximum(first, second).astype(np.int64)
    apart = lo != hi
    lo, hi = lo[apart], hi[apart]
    lo *= n
    lo += hi
    del hi
    return sorted_unique(lo)


def keys_to_pairs(keys: np.ndarray, n: int) -> np.ndarray:
    """The ``(m, 2)`` int64 array of pair keys made by :func:`pair_keys`."""
    if not keys.size:
        return np.zeros((0, 2), np.int64)
    out = np.empty((keys.size, 2), dtype=np.int64)
    np.floor_divide(keys, n, out=out[:, 0])
    np.remainder(keys, n, out=out[:, 1])
    return out


def tile_side(n: int, m: int, per_tile: int) -> int:
    """Rows of a square tile of the ``n x n`` pair space holding ``per_tile`` of ``m`` pairs.

    The tiles of the upper triangle, ``(n / side)^2 / 2`` of them, share the
    ``m`` pairs about evenly when pairs fall anywhere; ``n`` (one tile) when
    they all fit in one.

    >>> tile_side(1_000_000, 23_600_000, 100_000)
    45455
    >>> tile_side(1000, 5000, 100_000)
    1000
    """
    per_side = max(1, round(math.sqrt(2 * m / max(per_tile, 1))))
    return max(1, -(-n // per_side))


def tile_codes(keys: np.ndarray, n: int, side: int, *, step: int = 1 << 20) -> np.ndarray:
    """Turn sorted pair keys ``i * n + j`` into tile codes, in place, and sort them.

    A code orders pairs by tile ``(i // side, j // side)`` and by ``(i, j)``
    inside a tile, so consecutive codes touch at most ``2 * side`` rows: the
    pages a block of pairs needs from row-indexed files (shingles, the
    TF-IDF matrix) stay a narrow band instead of the whole file. With
    ``side == n`` the codes are the keys. Temporaries are ``step`` long, so
    no second array of ``keys``' size is made; the codes fit wherever the
    keys do. Returns ``keys``; :func:`tile_codes_to_pairs` decodes.

    >>> keys = pair_keys(np.array([0, 0, 1, 2]), np.array([3, 1, 3, 3]), 4)
    >>> tile_codes_to_pairs(tile_codes(keys, 4, 2), 4, 2).tolist()
    [[0, 1], [0, 3], [1, 3], [2, 3]]
    """
    if side >= n:
        return keys
    per_side = -(-n // side)
    for lo in range(0, keys.size, step):
        part = keys[lo : lo + step]
        i, j = np.divmod(part, n)
        ti, ri = np.divmod(i, side)
        tj, rj = np.divmod(j, side)
        ti *= per_side
        ti += tj
        ti *= side
        ti += ri
        ti *= side
        ti += rj
        part[:] = ti
    keys.sort()
    return keys


def tile_codes_to_pairs(codes: np.ndarray, n: int, side: int) -> np.ndarray:
    """The ``(m, 2)`` pairs of :func:`tile_codes` (of :func:`pair_keys` when ``side >= n``)."""
    if side >= n:
        return keys_to_pairs(codes, n)
    per_side = -(-n // side)
    tile, rest = np.divmod(codes, side * side)
    ti, tj = np.divmod(tile, per_side)
    ri, rj = np.divmod(rest, side)
    out = np.empty((codes.size, 2), dtype=np.int64)
    out[:, 0] = ti * side + ri
    out[:, 1] = tj * side + rj
    return out


def unique_pairs(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique ``(i, j)`` rows, ``i < j``, as an ``(m, 2)`` int64 array."""
    return keys_to_pairs(pair_keys(first, second, n), n)


def as_pair_set(pairs: np.ndarray) -> set[tuple[int, int]]:
    """The rows of a pair array as a set of tuples."""
    return set(zip(pairs[:, 0].tolist(), pairs[:, 1].tolist(), strict=True))


def candidate_pairs(
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    **params: Any,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """LSH pairs, TF-IDF neighbour pairs and their union, each a sorted ``(m, 2)`` array.

    ``params`` as for :func:`candidate_keys`.
    """
    n = max(len(fingerprints), 1)
    lsh, near, keys = candidate_keys(fingerprints, space, **params)
    return lsh, keys_to_pairs(near, n), keys_to_pairs(keys, n)


def candidate_keys(
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    *,
    lsh_threshold: float,
    num_perm: int,
    top_terms: int,
    max_postings: int,
    neighbours: int,
    postings_budget: int | None = None,
    engine: Engine | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """LSH pairs (a sorted ``(m, 2)`` array), and the keys of the TF-IDF neighbour pairs and
    of the union of both (sorted unique, :func:`pair_keys`).

    Keys take half the memory of pairs: at a million articles the union holds
    tens of millions of candidates.
    """
    lsh, near, keys, _ = candidate_keys_beside(
        fingerprints,
        lambda: space,
        lsh_threshold=lsh_threshold,
        num_perm=num_perm,
        top_terms=top_terms,
        max_postings=max_postings,
        neighbours=neighbours,
        postings_budget=postings_budget,
        engine=engine,
    )
    return lsh, near, keys


def candidate_keys_beside(
    fingerprints: Sequence[Fingerprint],
    build_space: Callable[[], TfidfSpace],
    *,
    lsh_threshold: float,
    num_perm: int,
    top_terms: int,
    max_postings: int,
    neighbours: int,
    postings_budget: int | None = None,
    engine: Engine | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, TfidfSpace]:
    """:func:`candidate_keys`, with the TF-IDF space built by ``build_space()`` while the
    LSH band tasks run (they do not need it, :func:`lsh_pairs_beside`); the space is
    returned last."""
    lsh, space = lsh_pairs_beside(
        fingerprints, build_space, threshold=lsh_threshold, num_perm=num_perm, engine=engine
    )
    near = tfidf_neighbour_keys(
        space,
        top_terms=top_terms,
        max_postings=max_postings,
        neighbours=neighbours,
        postings_budget=postings_budget,
        engine=engine,
    )
    return lsh, near, union_keys(lsh, near, max(len(fingerprints), 1)), space


def union_keys(pairs: np.ndarray, keys: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique keys of the sorted unique ``(m, 2)`` ``pairs`` and the sorted unique ``keys``.

    >>> union_keys(np.array([[0, 1], [1, 2]]), np.array([2, 5]), 3).tolist()
    [1, 2, 5]
    """
    extra = pairs[:, 0].astype(np.int64) * n + pairs[:, 1]
    at = np.minimum(np.searchsorted(keys, extra), max(keys.size - 1, 0))
    if keys.size:
        extra = extra[keys[at] != extra]
    if not extra.size:
        return keys
    out = np.concatenate([keys, extra])
    out.sort()
    return out
