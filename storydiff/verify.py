"""Exact scores for candidate pairs, and the relation they support.

LSH and TF-IDF neighbours only propose pairs; here every pair gets its exact
shingle Jaccard, containment and TF-IDF cosine, and the rule that decides its
relation is named in ``reason``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from storydiff.fingerprint import Fingerprint
from storydiff.models import Relation
from storydiff.vectors import TfidfSpace

__all__ = ["PairScore", "VerifyParams", "relation_of", "score_pairs"]


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


def _gap_days(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).total_seconds()) / 86400.0


def _shared_counts(pairs: np.ndarray, fingerprints: Sequence[Fingerprint]) -> np.ndarray:
    """Exact number of shared shingles for each pair (rows sorted by first index).

    One ``np.isin`` per first article against all its partners' shingles at
    once, instead of one set intersection per pair.
    """
    out = np.zeros(len(pairs), dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, pairs[1:, 0] != pairs[:-1, 0]])
    ends = np.r_[starts[1:], len(pairs)]
    for lo, hi in zip(starts.tolist(), ends.tolist(), strict=True):
        own = fingerprints[int(pairs[lo, 0])].shingle_hashes
        partners = [fingerprints[int(j)].shingle_hashes for j in pairs[lo:hi, 1]]
        sizes = np.fromiter((p.size for p in partners), dtype=np.int64, count=len(partners))
        if own.size == 0 or sizes.sum() == 0:
            continue
        hits = np.isin(np.concatenate(partners), own, assume_unique=False)
        segment = np.repeat(np.arange(len(partners)), sizes)
        out[lo:hi] = np.bincount(segment, weights=hits, minlength=len(partners)).astype(np.int64)
    return out


def score_pairs(
    pairs: Iterable[tuple[int, int]],
    fingerprints: Sequence[Fingerprint],
    space: TfidfSpace,
    published: Sequence[datetime | None],
) -> list[PairScore]:
    """Exact scores of every pair, in sorted pair order."""
    ordered = sorted(pairs)
    if not ordered:
        return []
    arr = np.array(ordered, dtype=np.int64)
    cos = space.cosines(arr[:, 0], arr[:, 1])
    shared = _shared_counts(arr, fingerprints)
    out: list[PairScore] = []
    for (i, j), c, inter in zip(ordered, cos.tolist(), shared.tolist(), strict=True):
        fa, fb = fingerprints[i], fingerprints[j]
        na, nb = fa.n_shingles, fb.n_shingles
        if na and nb:
            jac, cont = inter / (na + nb - inter), inter / min(na, nb)
        else:
            jac = cont = 0.0
        identical = fa.key_hash == fb.key_hash and fa.n_tokens > 0
        out.append(
            PairScore(
                i=i,
                j=j,
                jaccard=1.0 if identical else jac,
                containment=1.0 if identical else cont,
                cosine=min(1.0, max(0.0, c)),
                identical=identical,
                gap_days=_gap_days(published[i], published[j]),
            )
        )
    return out
