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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, overload

import numpy as np

from storydiff._arrays import range_positions, sorted_unique
from storydiff.errors import param_error
from storydiff.models import Article
from storydiff.normalize import tokens

if TYPE_CHECKING:
    from datasketch import LeanMinHash

__all__ = ["Fingerprint", "FingerprintTable", "Fingerprinter", "fingerprint_chunk"]


def _minhash_setup(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """datasketch's MinHash for ``num_perm`` and ``seed``: permutations ``a``, ``b``, the
    signature of an empty set, and the hashing scheme.

    These are what ``datasketch.MinHash(num_perm, seed)`` draws for its default
    ``"affine32"`` scheme (``MinHash._init_permutations``: odd multipliers
    ``a``, offsets ``b``, both from ``RandomState(seed)``; the empty signature
    is all ``2**32 - 1``), drawn here rather than read from a MinHash: importing
    datasketch loads scipy.integrate, a quarter to three quarters of a second,
    which every worker process that fingerprints would pay. Tests compare both
    with datasketch's.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    empty = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    return a, b, empty, "affine32"


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


def _min_permuted(
    hashes: np.ndarray, starts: np.ndarray, a: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """MinHash signatures of consecutive runs of ``hashes`` beginning at ``starts``.

    The permuted values are laid out one permutation per row, so the minimum
    of each run is a reduction along contiguous memory (several times faster
    than one shingle per row).
    """
    permuted = a[:, None] * _fmix32(hashes)[None, :]
    permuted += b[:, None]
    return np.minimum.reduceat(permuted, starts, axis=1).T


def _windows(th: np.ndarray, lengths: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes of many documents whose token hashes are concatenated in ``th``.

    Returns ``(document, hash)`` for every ``k``-token window inside one
    document (a document of fewer than ``k`` tokens has one window of all of
    them), the same values :func:`_combine` gives document by document.
    """
    total = th.size
    doc_of = np.repeat(np.arange(lengths.size), lengths)
    doc_start = np.repeat(np.cumsum(lengths) - lengths, lengths)
    x = np.zeros(total, dtype=np.uint64)
    for t in range(min(k, total)):
        x[: total - t] += th[t:] * _MULT[t]
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    h = (x >> np.uint64(32)).astype(np.uint32)
    offset = np.arange(total) - doc_start
    valid = offset <= lengths[doc_of] - k
    docs, hashes = doc_of[valid], h[valid]
    short = np.flatnonzero((lengths > 0) & (lengths < k))
    if short.size:
        starts = np.cumsum(lengths) - lengths
        extra = [_combine(th[starts[d] : starts[d] + lengths[d]], k) for d in short.tolist()]
        docs = np.concatenate([docs, short])
        hashes = np.concatenate([hashes, np.concatenate(extra)])
    return docs, hashes


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


def _digests(digests: Iterable[bytes]) -> np.ndarray:
    """SHA-1 digests as a ``V20`` array (raw bytes: ``S20`` would drop trailing NULs)."""
    return np.frombuffer(b"".join(digests), dtype="V20").copy()


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class FingerprintTable(Sequence[Fingerprint]):
    """Fingerprints of many articles, column by column.

    A sequence of :class:`Fingerprint` (``table[k]`` builds one on demand)
    that holds a few numpy arrays instead of four Python objects per article:
    the shingle hashes of all articles in one ``uint32`` array (article ``k``'s
    are ``hashes[offsets[k]:offsets[k + 1]]``), the MinHash signatures as one
    ``(n, num_perm)`` ``uint32`` matrix, and the SHA-1 digests of the
    normalised texts (``key_hash`` is their hex form).
    """

    article_ids: tuple[str, ...]
    n_tokens: np.ndarray
    offsets: np.ndarray
    hashes: np.ndarray
    signatures: np.ndarray
    keys: np.ndarray
    seed: int
    scheme: str

    def __len__(self) -> int:
        return len(self.article_ids)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # hashes kept in a file travel as the file's name (processes of one
        # machine, or Dask workers that see the same storage), not as data
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        hashes = self.hashes
        if isinstance(hashes, np.memmap) and hashes.filename is not None:
            fields["hashes"] = (str(hashes.filename), hashes.dtype.str, hashes.shape)
            return (_table_on_file, (fields,))
        return (_table, (fields,))

    @overload
    def __getitem__(self, k: int) -> Fingerprint: ...

    @overload
    def __getitem__(self, k: slice) -> list[Fingerprint]: ...

    def __getitem__(self, k: int | slice) -> Fingerprint | list[Fingerprint]:
        if isinstance(k, slice):
            return [self[x] for x in range(*k.indices(len(self)))]
        k = range(len(self))[k]
        from datasketch import LeanMinHash  # see _minhash_setup

        return Fingerprint(
            article_id=self.article_ids[k],
            n_tokens=int(self.n_tokens[k]),
            shingle_hashes=self.shingles(k),
            minhash=LeanMinHash(seed=self.seed, hashvalues=self.signatures[k], scheme=self.scheme),
            key_hash=bytes(self.keys[k]).hex(),
        )

    def shingles(self, k: int) -> np.ndarray:
        """Sorted unique shingle hashes of article ``k`` (a view)."""
        return self.hashes[self.offsets[k] : self.offsets[k + 1]]

    @property
    def n_shingles(self) -> np.ndarray:
        """Number of distinct shingles of every article."""
        return np.diff(self.offsets)

    @classmethod
    def concat(
        cls,
        tables: Sequence[FingerprintTable],
        *,
        seed: int,
        release: bool = False,
        hashes: np.ndarray | None = None,
    ) -> FingerprintTable:
        """The tables one after the other.

        With ``release``, ``tables`` must be a list: each table is dropped from
        it once copied, so the copy never holds all the parts twice. ``hashes``,
        when given, already holds the tables' shingle hashes one after the
        other (a :class:`numpy.memmap` of a spill file, say); the tables' own
        ``hashes`` are then ignored.
        """
        if not tables:
            return cls(
                article_ids=(),
                n_tokens=np.zeros(0, dtype=np.int64),
                offsets=np.zeros(1, dtype=np.int64),
                hashes=np.zeros(0, dtype=np.uint32),
                signatures=np.zeros((0, 0), dtype=np.uint32),
                keys=_digests(()),
                seed=seed,
                scheme="affine32",
            )
        if len(tables) == 1 and hashes is None:
            return tables[0]
        first = tables[0]
        n = sum(len(t) for t in tables)
        total = sum(int(t.offsets[-1]) for t in tables)
        if hashes is not None and hashes.size != total:
            msg = f"{hashes.size} hashes given for tables holding {total}"
            raise ValueError(msg)
        copy = hashes is None
        if hashes is None:
            hashes = np.empty(total, dtype=first.hashes.dtype)
        signatures = np.empty((n, first.signatures.shape[1]), dtype=first.signatures.dtype)
        keys = np.empty(n, dtype=first.keys.dtype)
        n_tokens = np.empty(n, dtype=first.n_tokens.dtype)
        offsets = np.zeros(n + 1, dtype=np.int64)
        ids: list[str] = []
        row = at = 0
        for k in range(len(tables)):
            t = tables[k]
            m, size = len(t), int(t.offsets[-1])
            if copy:
                hashes[at : at + size] = t.hashes
            signatures[row : row + m] = t.signatures
            keys[row : row + m] = t.keys
            n_tokens[row : row + m] = t.n_tokens
            offsets[row + 1 : row + m + 1] = t.offsets[1:] + at
            ids.extend(t.article_ids)
            row, at = row + m, at + size
            if release:
                tables[k] = None  # type: ignore[index]
        return cls(
            article_ids=tuple(ids),
            n_tokens=n_tokens,
            offsets=offsets,
            hashes=hashes,
            signatures=signatures,
            keys=keys,
            seed=first.seed,
            scheme=first.scheme,
        )

    def take(self, rows: np.ndarray) -> FingerprintTable:
        """The table of the articles at ``rows`` (sorted positions), in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = self.offsets[rows + 1] - self.offsets[rows]
        at = range_positions(self.offsets[rows], lengths)
        offsets = np.zeros(rows.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return replace(
            self,
            article_ids=tuple(self.article_ids[k] for k in rows.tolist()),
            n_tokens=self.n_tokens[rows],
            offsets=offsets,
            hashes=self.hashes[at],
            signatures=self.signatures[rows],
            keys=self.keys[rows],
        )

    def without_signatures(self) -> FingerprintTable:
        """This table without its MinHash signatures (all verification needs).

        ``table[k].minhash`` of the result is empty; shingles, token counts
        and keys are shared, not copied.
        """
        return replace(self, signatures=self.signatures[:, :0].copy())

    @classmethod
    def from_fingerprints(cls, fingerprints: Sequence[Fingerprint]) -> FingerprintTable:
        """The table of ``fingerprints`` (itself if it already is one)."""
        if isinstance(fingerprints, FingerprintTable):
            return fingerprints
        sizes = np.array([fp.n_shingles for fp in fingerprints], dtype=np.int64)
        seed = fingerprints[0].minhash.seed if fingerprints else 1
        hashes = [fp.shingle_hashes.astype(np.uint32) for fp in fingerprints]
        return cls(
            article_ids=tuple(fp.article_id for fp in fingerprints),
            n_tokens=np.array([fp.n_tokens for fp in fingerprints], dtype=np.int64),
            offsets=np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
            hashes=np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint32),
            signatures=(
                np.stack([fp.minhash.hashvalues for fp in fingerprints]).astype(np.uint32)
                if fingerprints
                else np.zeros((0, 0), dtype=np.uint32)
            ),
            keys=_digests(bytes.fromhex(fp.key_hash) for fp in fingerprints),
            seed=seed,
            scheme=fingerprints[0].minhash.scheme if fingerprints else "affine32",
        )


def _table(fields: dict[str, object]) -> FingerprintTable:
    return FingerprintTable(**fields)  # type: ignore[arg-type]


def _table_on_file(fields: dict[str, object]) -> FingerprintTable:
    filename, dtype, shape = fields["hashes"]  # type: ignore[misc]
    hashes = np.memmap(filename, dtype=np.dtype(dtype), mode="r", shape=shape)
    return FingerprintTable(**{**fields, "hashes": hashes})  # type: ignore[arg-type]


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
        return words, sorted_unique(_combine(th, self.shingle_size))

    def iter_fingerprints(self, items: Iterable[tuple[str, str]]) -> Iterator[Fingerprint]:
        """Fingerprint ``(article_id, text)`` pairs lazily, in batches.

        Signatures of a batch are computed in one numpy pass with datasketch's
        permutations (``affine32``: MurmurHash3 finaliser, then ``a * h + b``
        modulo 2^32), equal to ``MinHash.update_batch`` on each text.
        """
        for batch in self._iter_batches(items):
            yield from batch

    def fingerprint_table(self, items: Iterable[tuple[str, str]]) -> FingerprintTable:
        """Fingerprint ``(article_id, text)`` pairs into one columnar :class:`FingerprintTable`.

        The same fingerprints as :meth:`iter_fingerprints`, without one Python
        object per article (about 1.5 KB per article instead of 3 KB).

        >>> table = Fingerprinter().fingerprint_table([("a", "one two three four five six")])
        >>> len(table), table[0].article_id, int(table.n_shingles[0])
        (1, 'a', 2)
        """
        return FingerprintTable.concat(list(self._iter_batches(items)), seed=self.seed)

    def fingerprint_tokens(
        self, items: Iterable[tuple[str, list[str], np.ndarray]]
    ) -> FingerprintTable:
        """Fingerprint ``(article_id, tokens, token_hashes)`` triples into one table.

        For callers that already tokenised the texts (with
        :func:`~storydiff.normalize.tokens`) and hashed each token with
        :func:`token_hash`: the same table as :meth:`fingerprint_table` on the
        texts, without tokenising them again.
        """
        return FingerprintTable.concat(list(self._batches(items)), seed=self.seed)

    def fingerprint_flat(
        self,
        article_ids: Sequence[str],
        lengths: np.ndarray,
        token_hashes: np.ndarray,
        keys: np.ndarray,
        *,
        batch_shingles: int = 20_000,
    ) -> FingerprintTable:
        """Fingerprint many tokenised texts at once, with no per-text numpy work.

        ``token_hashes`` holds :func:`token_hash` of every token of every
        text, one text after the other (``lengths`` tokens each), and ``keys``
        the SHA-1 digests of the texts' space-joined tokens (a ``V20`` array).
        The same table as :meth:`fingerprint_table` on the texts.
        """
        a, b, empty, scheme = _minhash_setup(self.num_perm, self.seed)
        n = len(article_ids)
        lengths = np.asarray(lengths, dtype=np.int64)
        docs, raw = _windows(np.asarray(token_hashes, dtype=np.uint64), lengths, self.shingle_size)
        # sorted unique hashes per document: one sort of (document, hash) keys
        combined = sorted_unique((docs.astype(np.uint64) << np.uint64(32)) | raw.astype(np.uint64))
        hashes = (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        sizes = np.bincount((combined >> np.uint64(32)).astype(np.int64), minlength=n)
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        signatures = np.tile(empty, (n, 1))
        lo = 0
        while lo < n:  # documents in runs of about batch_shingles shingles
            hi = int(np.searchsorted(offsets, offsets[lo] + batch_shingles, side="right"))
            hi = min(max(hi - 1, lo + 1), n)
            rows = lo + np.flatnonzero(sizes[lo:hi])
            if rows.size:
                run = hashes[offsets[rows[0]] : offsets[hi]]
                signatures[rows] = _min_permuted(run, offsets[rows] - offsets[rows[0]], a, b)
            lo = hi
        return FingerprintTable(
            article_ids=tuple(article_ids),
            n_tokens=lengths.copy(),
            offsets=offsets,
            hashes=hashes,
            signatures=signatures,
            keys=keys,
            seed=self.seed,
            scheme=scheme,
        )

    def _iter_batches(self, items: Iterable[tuple[str, str]]) -> Iterator[FingerprintTable]:
        cache: dict[str, int] = {}

        def hashed() -> Iterator[tuple[str, list[str], np.ndarray]]:
            for article_id, text in items:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                words = tokens(text)
                th = np.fromiter(
                    (cache[w] if w in cache else cache.setdefault(w, token_hash(w)) for w in words),
                    dtype=np.uint64,
                    count=len(words),
                )
                yield article_id, words, th

        return self._batches(hashed())

    def _batches(
        self, items: Iterable[tuple[str, list[str], np.ndarray]]
    ) -> Iterator[FingerprintTable]:
        a, b, empty, scheme = _minhash_setup(self.num_perm, self.seed)
        batch: list[tuple[str, list[str], np.ndarray]] = []
        pending = 0
        for article_id, words, th in items:
            hashes = (
                sorted_unique(_combine(th, self.shingle_size))
                if words
                else np.zeros(0, dtype=np.uint32)
            )
            batch.append((article_id, words, hashes))
            pending += hashes.size
            if pending >= _BATCH_SHINGLES:
                yield self._finish(batch, a, b, empty, scheme)
                batch, pending = [], 0
        if batch:
            yield self._finish(batch, a, b, empty, scheme)

    def _finish(
        self,
        batch: list[tuple[str, list[str], np.ndarray]],
        a: np.ndarray,
        b: np.ndarray,
        empty: np.ndarray,
        scheme: str,
    ) -> FingerprintTable:
        sizes = np.array([h.size for _, _, h in batch], dtype=np.int64)
        signatures = np.tile(empty, (len(batch), 1))
        hashes = (
            np.concatenate([h for _, _, h in batch]).astype(np.uint32)
            if batch
            else np.zeros(0, dtype=np.uint32)
        )
        if sizes.sum():
            nonempty = np.flatnonzero(sizes)
            starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])[nonempty]
            signatures[nonempty] = _min_permuted(hashes, starts, a, b)
        return FingerprintTable(
            article_ids=tuple(article_id for article_id, _, _ in batch),
            n_tokens=np.array([len(words) for _, words, _ in batch], dtype=np.int64),
            offsets=np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
            hashes=hashes,
            signatures=signatures,
            keys=_digests(
                hashlib.sha1(" ".join(words).encode("utf-8")).digest() for _, words, _ in batch
            ),
            seed=self.seed,
            scheme=scheme,
        )

    def fingerprint_texts(self, texts: Sequence[str]) -> list[Fingerprint]:
        """Fingerprint plain texts; ids are their positions as strings."""
        return list(self.iter_fingerprints((str(i), t) for i, t in enumerate(texts)))

    def fingerprint(self, articles: Sequence[Article]) -> list[Fingerprint]:
        """Fingerprint articles (their cleaned ``text``)."""
        return list(self.iter_fingerprints((a.id, a.text) for a in articles))


def fingerprint_chunk(
    articles: Sequence[Article], *, fingerprinter: Fingerprinter
) -> FingerprintTable:
    """Fingerprint a chunk of articles (one task of an engine), as one table."""
    return fingerprinter.fingerprint_table((a.id, a.text) for a in articles)


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
