"""Word shingles and MinHash signatures.

This module owns the single ``seed`` / ``num_perm`` / ``shingle_size``
configuration: every signature compared later comes from one
:class:`Fingerprinter`, and the signatures are plain datasketch
:class:`~datasketch.LeanMinHash` objects, equal to what
``MinHash(num_perm, seed, hashfunc=...)`` gives when updated with the shingles'
hashes (:func:`shingle_hash`: a position-weighted sum of BLAKE2b token
hashes, computed with numpy for all shingles of a text at once; SHA-1 per
shingle string, datasketch's default, is ten times slower).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

from storydiff.errors import param_error
from storydiff.models import Article
from storydiff.normalize import tokens

__all__ = ["Fingerprint", "Fingerprinter", "fingerprint_chunk"]


def _identity(value: int) -> int:
    return value


_CACHE_LIMIT = 2_000_000
_BATCH_SHINGLES = 5_000


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (what datasketch applies before permuting)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


_MASK64 = (1 << 64) - 1
# One odd 64-bit multiplier per position in a shingle (from the golden ratio).
_MULTIPLIERS = tuple(((0x9E3779B97F4A7C15 * (2 * t + 1)) & _MASK64) | 1 for t in range(12))
_MULT = np.array(_MULTIPLIERS, dtype=np.uint64)


def token_hash(word: str) -> int:
    """Stable 64-bit hash of one token (BLAKE2b), the same in every process.

    >>> token_hash("storm") == token_hash("storm")
    True
    """
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _mix(x: int) -> int:
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & _MASK64
    x ^= x >> 33
    return x >> 32


def shingle_hash(words: Sequence[str]) -> int:
    """32-bit hash of one shingle: position-weighted sum of token hashes, then mixed.

    The reference for the vectorised hashing in :meth:`Fingerprinter.shingle_hashes`.

    >>> shingle_hash(["a", "b"]) != shingle_hash(["b", "a"])
    True
    """
    total = 0
    for t, w in enumerate(words):
        total = (total + token_hash(w) * _MULTIPLIERS[t]) & _MASK64
    return _mix(total)


def _combine(th: np.ndarray, k: int) -> np.ndarray:
    """Vectorised :func:`shingle_hash` of every ``k``-token window of ``th``."""
    n = th.size
    width = min(k, n)
    count = n - width + 1
    x = np.zeros(count, dtype=np.uint64)
    for t in range(width):
        x += th[t : t + count] * _MULT[t]
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    return (x >> np.uint64(32)).astype(np.uint32)


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

    def shingle_hashes(
        self, text: str, *, cache: dict[str, int] | None = None
    ) -> tuple[list[str], np.ndarray]:
        """Tokens and sorted unique 32-bit hashes of the word shingles of ``text``.

        Each shingle's hash is :func:`shingle_hash` of its words, computed for
        all shingles at once from per-token hashes (``cache`` keeps those).
        """
        words = tokens(text)
        if not words:
            return words, np.zeros(0, dtype=np.uint32)
        if cache is None:
            cache = {}
        th = np.fromiter(
            (cache[w] if w in cache else cache.setdefault(w, token_hash(w)) for w in words),
            dtype=np.uint64,
            count=len(words),
        )
        return words, np.unique(_combine(th, self.shingle_size))

    def iter_fingerprints(self, items: Iterable[tuple[str, str]]) -> Iterator[Fingerprint]:
        """Fingerprint ``(article_id, text)`` pairs lazily, in batches.

        Signatures of a batch are computed in one numpy pass with datasketch's
        permutations (``affine32``: MurmurHash3 finaliser, then ``a * h + b``
        modulo 2^32), equal to ``MinHash.update_batch`` on each text.
        """
        template = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=_identity)
        if template.scheme != "affine32":  # pragma: no cover - a future datasketch default
            msg = f"unsupported datasketch MinHash scheme {template.scheme!r}"
            raise RuntimeError(msg)
        a, b = (np.asarray(p, dtype=np.uint32) for p in template.permutations)
        empty = np.asarray(template.hashvalues, dtype=np.uint32)
        cache: dict[str, int] = {}
        batch: list[tuple[str, list[str], np.ndarray]] = []
        pending = 0
        for article_id, text in items:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            words, hashes = self.shingle_hashes(text, cache=cache)
            batch.append((article_id, words, hashes))
            pending += hashes.size
            if pending >= _BATCH_SHINGLES:
                yield from self._finish(batch, a, b, empty, template.scheme)
                batch, pending = [], 0
        if batch:
            yield from self._finish(batch, a, b, empty, template.scheme)

    def _finish(
        self,
        batch: list[tuple[str, list[str], np.ndarray]],
        a: np.ndarray,
        b: np.ndarray,
        empty: np.ndarray,
        scheme: str,
    ) -> Iterator[Fingerprint]:
        sizes = np.array([h.size for _, _, h in batch], dtype=np.int64)
        signatures = np.tile(empty, (len(batch), 1))
        if sizes.sum():
            hv = _fmix32(np.concatenate([h for _, _, h in batch]).astype(np.uint32))
            permuted = hv[:, None] * a[None, :] + b[None, :]
            nonempty = np.flatnonzero(sizes)
            starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])[nonempty]
            signatures[nonempty] = np.minimum.reduceat(permuted, starts, axis=0)
        for (article_id, words, hashes), signature in zip(batch, signatures, strict=True):
            yield Fingerprint(
                article_id=article_id,
                n_tokens=len(words),
                shingle_hashes=hashes,
                minhash=LeanMinHash(seed=self.seed, hashvalues=signature, scheme=scheme),
                key_hash=hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest(),
            )

    def fingerprint_texts(self, texts: Sequence[str]) -> list[Fingerprint]:
        """Fingerprint plain texts; ids are their positions as strings."""
        return list(self.iter_fingerprints((str(i), t) for i, t in enumerate(texts)))

    def fingerprint(self, articles: Sequence[Article]) -> list[Fingerprint]:
        """Fingerprint articles (their cleaned ``text``)."""
        return list(self.iter_fingerprints((a.id, a.text) for a in articles))


def fingerprint_chunk(
    articles: Sequence[Article], *, fingerprinter: Fingerprinter
) -> list[Fingerprint]:
    """Fingerprint a chunk of articles (one task of an engine)."""
    return fingerprinter.fingerprint(articles)


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
