"""Word shingles and MinHash signatures.

This module owns the single ``seed`` / ``num_perm`` / ``shingle_size``
configuration: every signature compared later comes from one
:class:`Fingerprinter`, and the signatures are plain datasketch
:class:`~datasketch.LeanMinHash` objects, equal to what
``MinHash(num_perm, seed)`` gives when updated with the UTF-8 shingles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash
from datasketch.hashfunc import sha1_hash32

from storydiff.errors import param_error
from storydiff.models import Article
from storydiff.normalize import comparison_key, shingles, tokens

__all__ = ["Fingerprint", "Fingerprinter"]


def _identity(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprint:
    """What the later stages need to know of one article's text.

    ``shingle_hashes`` is the sorted set of 32-bit shingle hashes (the exact
    set behind the MinHash, used to verify candidates); ``key`` is the
    normalised text used to detect exact duplicates.
    """

    article_id: str
    n_tokens: int
    shingle_hashes: np.ndarray
    minhash: LeanMinHash
    key_hash: str

    @property
    def n_shingles(self) -> int:
        """Number of distinct shingles."""
        return int(self.shingle_hashes.size)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprinter:
    """Turns article texts into shingle sets and MinHash signatures.

    Parameters
    ----------
    num_perm:
        Number of MinHash permutations.
    seed:
        MinHash seed; signatures with another seed cannot be compared.
    shingle_size:
        Words per shingle.

    Examples
    --------
    >>> fp = Fingerprinter(num_perm=64)
    >>> a, b = fp.fingerprint_texts(["the cat sat on the mat today", "the cat sat on the mat"])
    >>> round(a.minhash.jaccard(b.minhash), 1) > 0.3
    True
    """

    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 5

    def __post_init__(self) -> None:
        if not isinstance(self.num_perm, int) or self.num_perm < 16:
            error = param_error("num_perm", "Fingerprinter", "an int >= 16", self.num_perm)
            raise error
        if not isinstance(self.shingle_size, int) or not 1 <= self.shingle_size <= 12:
            error = param_error(
                "shingle_size", "Fingerprinter", "an int in [1, 12]", self.shingle_size
            )
            raise error

    def empty_minhash(self) -> MinHash:
        """A MinHash of this configuration that hashes with datasketch's default."""
        return MinHash(num_perm=self.num_perm, seed=self.seed)

    def shingle_hashes(self, text: str) -> tuple[int, np.ndarray]:
        """Token count and sorted unique 32-bit hashes of the word shingles of ``text``."""
        words = tokens(text)
        hashes = np.unique(
            np.fromiter(
                (sha1_hash32(s.encode("utf-8")) for s in shingles(words, self.shingle_size)),
                dtype=np.uint32,
            )
        )
        return len(words), hashes

    def iter_fingerprints(self, items: Iterable[tuple[str, str]]) -> Iterator[Fingerprint]:
        """Fingerprint ``(article_id, text)`` pairs lazily, building permutations once."""
        template = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=_identity)
        for article_id, text in items:
            n_tokens, hashes = self.shingle_hashes(text)
            m = template.copy()
            if hashes.size:
                m.update_batch(hashes.tolist())
            yield Fingerprint(
                article_id=article_id,
                n_tokens=n_tokens,
                shingle_hashes=hashes,
                minhash=LeanMinHash(m),
                key_hash=hashlib.sha1(comparison_key(text).encode("utf-8")).hexdigest(),
            )

    def fingerprint_texts(self, texts: Sequence[str]) -> list[Fingerprint]:
        """Fingerprint plain texts; ids are their positions as strings."""
        return list(self.iter_fingerprints((str(i), t) for i, t in enumerate(texts)))

    def fingerprint(self, articles: Sequence[Article]) -> list[Fingerprint]:
        """Fingerprint articles (their cleaned ``text``)."""
        return list(self.iter_fingerprints((a.id, a.text) for a in articles))


def exact_overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact Jaccard and containment (share of the smaller set) of two hash sets.

    >>> exact_overlap(np.array([1, 2, 3, 4]), np.array([3, 4]))
    (0.5, 1.0)
    """
    if a.size == 0 or b.size == 0:
        return 0.0, 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    union = a.size + b.size - inter
    return inter / union, inter / min(a.size, b.size)
