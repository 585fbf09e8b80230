"""Candidate pairs: MinHash LSH for copies, pruned sparse TF-IDF neighbours for same-story.

Both generators are approximate and sub-quadratic; :mod:`storydiff.verify`
filters their output with exact scores.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from datasketch import MinHashLSH

from storydiff.engine import Engine, LocalEngine
from storydiff.fingerprint import Fingerprint
from storydiff.vectors import TfidfSpace

__all__ = [
    "as_pair_set",
    "band_pairs",
    "candidate_pairs",
    "lsh_pairs",
    "neighbour_block",
    "prune",
    "tfidf_neighbour_pairs",
    "unique_pairs",
]


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that datasketch's ``MinHashLSH`` picks for ``threshold``."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def lsh_pairs(
    fingerprints: Sequence[Fingerprint],
    *,
    threshold: float,
    num_perm: int,
    max_bucket: int = 500,
    engine: Engine | None = None,
) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, that share an LSH band bucket at ``threshold``.

    Same banding as datasketch's ``MinHashLSH`` (its ``b`` and ``r``), done on
    the signature matrix with numpy: each band's rows become one key, equal keys
    are found by sorting. A bucket larger than ``max_bucket`` (a text repeated
    many times) is linked as a star to its first member, enough for grouping.
    Each band is one task of ``engine``.
    """
    idx = [k for k, fp in enumerate(fingerprints) if fp.n_shingles]
    if len(idx) < 2:
        return set()
    b, r = lsh_bands(threshold, num_perm)
    sig = np.stack([fingerprints[k].minhash.hashvalues for k in idx]).astype(np.uint32)
    ids = np.asarray(idx, dtype=np.int64)
    found = (engine or LocalEngine()).map(
        band_pairs, list(range(b)), signatures=sig, ids=ids, rows=r, max_bucket=max_bucket
    )
    pairs: set[tuple[int, int]] = set()
    for block in found:
        pairs.update(zip(block[:, 0].tolist(), block[:, 1].tolist(), strict=True))
    return pairs


def band_pairs(
    band: int, *, signatures: np.ndarray, ids: np.ndarray, rows: int, max_bucket: int
) -> np.ndarray:
    """The pairs one LSH band puts in a bucket together, as an ``(m, 2)`` array."""
    block = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
    keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], len(order)]
    out: list[tuple[int, int]] = []
    for lo, hi in zip(
        starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist(), strict=True
    ):
        members = np.sort(ids[order[lo:hi]]).tolist()
        if len(members) > max_bucket:
            first = members[0]
            out.extend((first, m) for m in members[1:])
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                out.append((members[x], members[y]))
    return np.asarray(out, dtype=np.int64).reshape(-1, 2)


def tfidf_neighbour_pairs(
    space: TfidfSpace,
    *,
    top_terms: int,
    max_postings: int,
    neighbours: int,
    engine: Engine | None = None,
    block: int = 4096,
) -> np.ndarray:
    """Pairs of articles that share highly weighted, rare-enough terms.

    Each row keeps its ``top_terms`` heaviest terms among those in at most
    ``max_postings`` documents; the product of the pruned matrix with its
    transpose then has at most ``n * top_terms * max_postings`` entries, and
    each row keeps its ``neighbours`` best partners. Cost grows linearly with
    the number of articles. Rows are done in blocks of ``block``, one task of
    ``engine`` each. Returns sorted unique pairs as an ``(m, 2)`` array.
    """
    x = space.matrix
    n = x.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    pruned = prune(space, top_terms=top_terms, max_postings=max_postings)
    spans = [(lo, min(lo + block, n)) for lo in range(0, n, block)]
    found = (engine or LocalEngine()).map(
        neighbour_block, spans, pruned=pruned, neighbours=neighbours
    )
    firsts = np.concatenate([f for f, _ in found])
    seconds = np.concatenate([s for _, s in found])
    return unique_pairs(firsts, seconds, n)


def prune(space: TfidfSpace, *, top_terms: int, max_postings: int) -> sp.csr_matrix:
    """Each row's ``top_terms`` heaviest terms among those in at most ``max_postings`` rows."""
    x = space.matrix
    n = x.shape[0]
    keep_term = space.df <= max_postings
    rows, cols, vals = [], [], []
    indptr, indices, data = x.indptr, x.indices, x.data
    for i in range(n):
        lo, hi = indptr[i], indptr[i + 1]
        idx = indices[lo:hi]
        w = data[lo:hi]
        mask = keep_term[idx]
        idx, w = idx[mask], w[mask]
        if idx.size > top_terms:
            sel = np.argpartition(-w, top_terms - 1)[:top_terms]
            idx, w = idx[sel], w[sel]
        rows.append(np.full(idx.size, i, dtype=np.int64))
        cols.append(idx)
        vals.append(w)
    return sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=x.shape
    )


def neighbour_block(
    span: tuple[int, int], *, pruned: sp.csr_matrix, neighbours: int
) -> tuple[np.ndarray, np.ndarray]:
    """For rows ``span[0]:span[1]``, their ``neighbours`` best partners (pairs, both orders)."""
    lo_row, hi_row = span
    sims = (pruned[lo_row:hi_row] @ pruned.T).tocsr()
    firsts, seconds = [], []
    for k in range(hi_row - lo_row):
        i = lo_row + k
        lo, hi = sims.indptr[k], sims.indptr[k + 1]
        js = sims.indices[lo:hi]
        ws = sims.data[lo:hi]
        mask = js != i
        js, ws = js[mask], ws[mask]
        if js.size > neighbours:
            sel = np.argpartition(-ws, neighbours - 1)[:neighbours]
            js = js[sel]
        firsts.append(np.minimum(js, i))
        seconds.append(np.maximum(js, i))
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(firsts).astype(np.int64), np.concatenate(seconds).astype(np.int64)


def unique_pairs(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique ``(i, j)`` rows, ``i < j``, as an ``(m, 2)`` int64 array."""
    lo = np.minimum(first, second).astype(np.int64)
    hi = np.maximum(first, second).astype(np.int64)
    keys = np.unique(lo[lo != hi] * n + hi[lo != hi])
    return np.stack([keys // n, keys % n], axis=1) if keys.size else np.zeros((0, 2), np.int64)


def as_pair_set(pairs: np.ndarray) -> set[tuple[int, int]]:
    """The rows of a pair array as a set of tuples."""
    return set(zip(pairs[:, 0].tolist(), pairs[:, 1].tolist(), strict=True))


def candidate_pairs(
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    *,
    lsh_threshold: float,
    num_perm: int,
    top_terms: int,
    max_postings: int,
    neighbours: int,
    engine: Engine | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """LSH pairs, TF-IDF neighbour pairs and their union, each a sorted ``(m, 2)`` array."""
    n = len(fingerprints)
    found = lsh_pairs(fingerprints, threshold=lsh_threshold, num_perm=num_perm, engine=engine)
    lsh = np.array(sorted(found), dtype=np.int64).reshape(-1, 2)
    near = tfidf_neighbour_pairs(
        space,
        top_terms=top_terms,
        max_postings=max_postings,
        neighbours=neighbours,
        engine=engine,
    )
    both = np.concatenate([lsh, near])
    return lsh, near, unique_pairs(both[:, 0], both[:, 1], max(n, 1))
