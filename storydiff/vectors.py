"""Sparse TF-IDF vectors of articles (title + body), shared by candidates, verify and cluster."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from storydiff._arrays import drop_pages, first_of_runs, mapped_file
from storydiff._stop_words import ENGLISH_STOP_WORDS
from storydiff.fingerprint import token_hash
from storydiff.models import Article
from storydiff.normalize import tokens

__all__ = ["TermCounts", "TfidfSpace", "build_tfidf", "is_content_token", "tfidf_from_counts"]

_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "s", "t", "mr", "ms", "mrs"}


def is_content_token(token: str) -> bool:
    """Whether a token (from :func:`~storydiff.normalize.tokens`) is a TF-IDF term.

    >>> is_content_token("storm"), is_content_token("the"), is_content_token("a")
    (True, False, False)
    """
    return token not in _STOP and (len(token) > 1 or not token.isascii())


def analyze(text: str) -> list[str]:
    """Content tokens of ``text``: lower-cased words without stop words or 1-letter tokens.

    >>> analyze("The storm hit Port Ella, officials said.")
    ['storm', 'hit', 'port', 'ella', 'officials']
    """
    return [t for t in tokens(text) if is_content_token(t)]


@dataclass(frozen=True, slots=True, kw_only=True)
class TermCounts:
    """Raw term counts of a run of documents, under the run's own vocabulary.

    ``counts`` has one row per document and one column per entry of
    ``terms``; :func:`tfidf_from_counts` joins runs made apart (one per task).
    The terms are kept packed in one bytes object (newline-joined UTF-8): a
    million articles' chunks name tens of millions of terms, and one Python
    string each would cost more than the counts themselves. ``hashes`` holds
    each term's 64-bit :func:`~storydiff.fingerprint.token_hash` (the token's
    identity in shingles too): runs are joined on them with numpy, and only
    one string per distinct term is ever made.
    """

    counts: sp.csr_matrix | None
    packed: bytes
    hashes: np.ndarray | None = None
    """Each term's hash (uint64); with ``counts`` ``None``, in the file instead."""
    path: str | None = None
    """With ``counts`` ``None``: the file holding them (:meth:`spill`)."""
    n_rows: int = 0
    nnz: int = 0
    width: int = 0
    """The number of terms."""

    @classmethod
    def of(
        cls, counts: sp.csr_matrix, terms: Sequence[str], hashes: np.ndarray | None = None
    ) -> TermCounts:
        """Counts whose column ``k`` counts ``terms[k]`` (terms hold no newline).

        ``hashes``: the terms' :func:`~storydiff.fingerprint.token_hash`, computed when not given.
        """
        if hashes is None:
            hashes = np.fromiter(map(token_hash, terms), dtype=np.uint64, count=len(terms))
        return cls(
            counts=counts,
            packed="\n".join(terms).encode("utf-8"),
            hashes=np.asarray(hashes, dtype=np.uint64),
            n_rows=counts.shape[0],
            nnz=int(counts.nnz),
            width=len(terms),
        )

    @property
    def terms(self) -> tuple[str, ...]:
        """The term of each column."""
        return tuple(self.packed.decode("utf-8").split("\n")) if self.packed else ()

    def spill(self, directory: str) -> TermCounts:
        """These counts and term hashes written to a new file in ``directory``.

        Only the packed terms stay in memory.
        """
        counts = self.matrix()
        fd, name = tempfile.mkstemp(suffix=".counts", dir=directory)
        with os.fdopen(fd, "wb") as out:
            for array in (
                counts.indptr.astype(np.int64),
                counts.indices.astype(np.int32),
                counts.data.astype(np.float32),
                self.term_hashes(),
            ):
                array.tofile(out)
        return replace(self, counts=None, hashes=None, path=name)

    def _file(self) -> str:
        if self.path is None:  # pragma: no cover - made by of() or spill() only
            msg = "TermCounts without counts or a file"
            raise ValueError(msg)
        return self.path

    def matrix(self) -> sp.csr_matrix:
        """The count matrix (read back from its file if spilled)."""
        if self.counts is not None:
            return self.counts
        with Path(self._file()).open("rb") as f:
            indptr = np.fromfile(f, dtype=np.int64, count=self.n_rows + 1)
            indices = np.fromfile(f, dtype=np.int32, count=self.nnz)
            data = np.fromfile(f, dtype=np.float32, count=self.nnz)
        return sp.csr_matrix((data, indices, indptr), shape=(self.n_rows, self.width))

    def term_hashes(self) -> np.ndarray:
        """Each term's hash (uint64), read back from the file if spilled."""
        if self.hashes is not None:
            return self.hashes
        skip = 8 * (self.n_rows + 1) + 8 * self.nnz  # indptr, then indices and data (4 + 4)
        return np.fromfile(self._file(), dtype=np.uint64, count=self.width, offset=skip)

    def take(self, rows: np.ndarray) -> TermCounts:
        """The counts of the documents at ``rows`` only (terms they do not use dropped)."""
        sub = self.matrix()[np.asarray(rows, dtype=np.int64)]
        used = np.flatnonzero(np.bincount(sub.indices, minlength=sub.shape[1]))
        terms = self.terms
        return TermCounts.of(
            sub[:, used].tocsr(), [terms[k] for k in used.tolist()], self.term_hashes()[used]
        )


def _space(matrix: sp.csr_matrix, df: np.ndarray, vocabulary: dict[str, int]) -> TfidfSpace:
    return TfidfSpace(matrix=matrix, df=df, vocabulary=vocabulary)


def tfidf_from_counts(
    parts: Sequence[TermCounts], *, release: bool = False, spill: str | Path | None = None
) -> TfidfSpace:
    """The TF-IDF space of documents counted in ``parts`` (in order).

    Identical to :func:`build_tfidf` on the same documents: the vocabulary is
    sorted as scikit-learn sorts it, and scikit-learn's ``TfidfTransformer``
    (as :func:`_weighted` does it), given the document frequencies of all
    parts, weights each part's rows exactly as ``TfidfVectorizer`` weights
    them in the whole matrix (its tf, idf and norm are row by row). The parts
    are weighted one at a time into the final arrays, so no joined count
    matrix is ever built; with ``release``, ``parts`` must be a list and each
    part is dropped from it once weighted. With ``spill`` (a directory), the
    matrix's weights and column indices are written to files there, part
    after part, and mapped read-only (the largest arrays of a large run): the
    process holds only the pages it later reads.
    """
    n = sum(p.n_rows for p in parts)
    ordered, remaps = _join_vocabularies(parts)
    if not ordered:
        return TfidfSpace(
            matrix=sp.csr_matrix((n, 1 if n else 0), dtype=np.float32),
            df=np.zeros(1 if n else 0),
            vocabulary={},
        )
    width = len(ordered)
    df = np.zeros(width, dtype=np.int64)
    for part, remap in zip(parts, remaps, strict=True):
        # each part's own document frequencies, added at its columns (distinct in a part)
        df[remap] += np.bincount(part.matrix().indices, minlength=part.width)
    vocabulary = {t.decode("utf-8"): k for k, t in enumerate(ordered)}
    del ordered
    # the idf scikit-learn's fit computes from these document frequencies
    smoothed = df.astype(np.float32) + 1.0
    idf = np.full_like(smoothed, fill_value=n + 1, dtype=np.float32)
    idf /= smoothed
    np.log(idf, out=idf)
    idf += 1.0
    nnz = sum(p.nnz for p in parts)
    sink = _WeightsSink(nnz, spill)
    indptr = np.zeros(n + 1, dtype=np.int64)
    with sink:
        _weigh_parts(parts, remaps, idf, width, sink, indptr, release=release)
    data, indices = sink.arrays()
    matrix = sp.csr_matrix((data, indices, indptr), shape=(n, width))
    matrix.has_sorted_indices = True
    return TfidfSpace(matrix=matrix, df=df, vocabulary=vocabulary)


def _weigh_parts(
    parts: Sequence[TermCounts],
    remaps: list[np.ndarray],
    idf: np.ndarray,
    width: int,
    sink: _WeightsSink,
    indptr: np.ndarray,
    *,
    release: bool,
) -> None:
    """Weight each part's rows into ``sink`` and ``indptr``, one part at a time."""
    row = at = 0
    for k in range(len(parts)):
        counts = parts[k].matrix()
        block = sp.csr_matrix(
            (counts.data, remaps[k][counts.indices], counts.indptr),
            shape=(counts.shape[0], width),
            dtype=np.float32,
        )
        # a part numbers its terms in any order: sorted in a copy, as sorting in place
        # would reorder the part's own counts (the block holds their data array)
        block = block.sorted_indices()
        weighted = _weighted(block, idf)
        m, size = weighted.shape[0], weighted.nnz
        sink.append(weighted.data, weighted.indices)
        indptr[row + 1 : row + m + 1] = weighted.indptr[1:] + at
        row, at = row + m, at + size
        remaps[k] = remaps[k][:0]
        if release:
            if parts[k].path is not None:
                Path(parts[k].path).unlink(missing_ok=True)
            parts[k] = None  # type: ignore[index]


def _weighted(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """``TfidfTransformer(sublinear_tf=True, norm="l2")`` with ``idf_ = idf`` on float32 counts.

    The same operations in the same order and precision as scikit-learn's
    ``transform`` (and its Cython row normalisation: squares in float32, summed
    in float64 row by row in storage order, each weight divided in float64), so
    the weights are bit for bit the same, without importing scikit-learn.
    """
    data = counts.data.astype(np.float32)  # a copy: the counts are left as they are
    np.log(data, out=data)
    data += 1.0
    data *= idf[counts.indices]
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    # bincount adds in input order: the sequential sum of the Cython loop
    sums = np.bincount(rows, weights=(data * data).astype(np.float64), minlength=counts.shape[0])
    norms = np.sqrt(sums)[rows]
    scaled = norms != 0.0
    data[scaled] = (data[scaled].astype(np.float64) / norms[scaled]).astype(np.float32)
    return sp.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)


def _join_vocabularies(parts: Sequence[TermCounts]) -> tuple[list[bytes], list[np.ndarray]]:
    """The sorted vocabulary of all ``parts`` and, per part, its terms' columns in it.

    Terms are joined on their 64-bit hashes with one sort of every part's
    hashes (numpy, no Python object per occurrence; a part made by
    :func:`~storydiff.features.featurize_chunk` holds its terms in hash order,
    so the sort merges sorted runs, though any order gives the same result);
    one string is decoded per distinct term, and the columns follow the
    terms' UTF-8 byte order, which is scikit-learn's (code point) order.
    """
    hashes = [part.term_hashes() for part in parts]
    sizes = np.fromiter(map(len, hashes), dtype=np.int64, count=len(hashes))
    flat = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
    del hashes
    order = np.argsort(flat, kind="stable")  # timsort merges the parts' sorted runs
    ranked = flat[order]
    del flat
    fresh = first_of_runs(ranked)
    del ranked
    first = np.flatnonzero(fresh)
    # the distinct term of every occurrence, in the parts' order
    which = np.empty(order.size, dtype=np.int32)
    which[order] = np.cumsum(fresh, dtype=np.int32) - 1
    del fresh
    # one occurrence of each distinct hash: which part, and which of its terms
    where = order[first]
    del order, first
    starts = np.r_[0, np.cumsum(sizes)]
    part_of = np.searchsorted(starts, where, side="right") - 1
    strings: list[bytes] = [b""] * where.size
    # a stable sort of 16-bit numbers is a radix sort
    narrow = np.uint16 if len(parts) <= np.iinfo(np.uint16).max else part_of.dtype
    by_part = np.argsort(part_of.astype(narrow), kind="stable")
    bounds = np.searchsorted(part_of[by_part], np.arange(len(parts) + 1))
    for k, part in enumerate(parts):
        slots = by_part[bounds[k] : bounds[k + 1]]
        if not slots.size:
            continue
        packed = part.packed
        breaks = np.flatnonzero(np.frombuffer(packed, dtype=np.uint8) == 10)
        local = where[slots] - starts[k]  # only the terms seen here first are cut out
        lo = np.r_[0, breaks + 1][local].tolist()
        hi = np.r_[breaks, len(packed)][local].tolist()
        for slot, a, b in zip(slots.tolist(), lo, hi, strict=True):
            strings[slot] = packed[a:b]
    by_term = sorted(range(len(strings)), key=strings.__getitem__)
    column = np.empty(len(strings), dtype=np.int32)
    column[np.asarray(by_term, dtype=np.int64)] = np.arange(len(strings), dtype=np.int32)
    ordered = [strings[u] for u in by_term]
    del strings, by_term
    remaps = [column[which[starts[k] : starts[k + 1]]] for k in range(len(parts))]
    return ordered, remaps


class _WeightsSink:
    """A TF-IDF matrix's weights (float32) and column indices (int32), appended part by part.

    In memory, or, with ``spill`` (a directory), written to two files there and
    mapped read-only once complete. Written as files, not through a writable
    mapping: every first write to a page of a mapped file is a page fault in
    which the file system reserves its block (on ext4, 1.2 GB took 7-9 s that
    way, 0.3 s as appended writes).
    """

    def __init__(self, nnz: int, spill: str | Path | None) -> None:
        self.nnz = nnz
        self.at = 0
        self.files: tuple[Path, Path] | None = None
        if spill is None or not nnz:
            self.data = np.empty(nnz, dtype=np.float32)
            self.indices = np.empty(nnz, dtype=np.int32)
            return
        folder = Path(spill)
        self.files = (folder / "tfidf-data.f32", folder / "tfidf-indices.i32")
        with contextlib.ExitStack() as opened:
            outs = tuple(opened.enter_context(path.open("wb")) for path in self.files)
            opened.pop_all()  # both open: this sink closes them
        self.outs = outs

    def append(self, data: np.ndarray, indices: np.ndarray) -> None:
        size = data.size
        if self.files is None:
            self.data[self.at : self.at + size] = data
            self.indices[self.at : self.at + size] = indices
        else:
            np.asarray(data, dtype=np.float32).tofile(self.outs[0])
            np.asarray(indices, dtype=np.int32).tofile(self.outs[1])
        self.at += size

    def __enter__(self) -> _WeightsSink:
        return self

    def __exit__(self, *exc: object) -> None:
        for out in getattr(self, "outs", ()):
            out.close()

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The weights and indices (mapped from the files, if written there), once all are in."""
        if self.at != self.nnz:
            msg = f"{self.at} weights written for a matrix of {self.nnz}"
            raise ValueError(msg)
        if self.files is None:
            return self.data, self.indices
        return (
            np.memmap(self.files[0], dtype=np.float32, mode="r", shape=(self.nnz,)),
            np.memmap(self.files[1], dtype=np.int32, mode="r", shape=(self.nnz,)),
        )


def csr_on_files(
    files: tuple[str, str], indptr: np.ndarray, shape: tuple[int, int]
) -> sp.csr_matrix:
    """A CSR matrix whose weights (float32) and column indices (int32) are two files, mapped."""
    data = np.memmap(files[0], dtype=np.float32, mode="r")
    indices = np.memmap(files[1], dtype=np.int32, mode="r")
    matrix = sp.csr_matrix((data, indices, indptr), shape=shape)
    matrix.has_sorted_indices = True
    return matrix


def csr_files(matrix: sp.csr_matrix) -> tuple[str, str] | None:
    """The files a matrix's weights and column indices are mapped from, or ``None``.

    What a matrix mapped from files pickles as (with its row pointers), so
    that processes of one machine, or Dask workers that see the same
    storage, map the files instead of receiving their data.
    """
    data, indices = mapped_file(matrix.data), mapped_file(matrix.indices)
    if data is None or indices is None:
        return None
    return data, indices


def _space_on_file(
    files: tuple[str, str],
    indptr: np.ndarray,
    shape: tuple[int, int],
    df: np.ndarray,
    vocabulary: dict[str, int],
) -> TfidfSpace:
    return TfidfSpace(matrix=csr_on_files(files, indptr, shape), df=df, vocabulary=vocabulary)


@dataclass(frozen=True, slots=True, kw_only=True)
class TfidfSpace:
    """Row-normalised TF-IDF matrix (one row per article) and its document frequencies."""

    matrix: sp.csr_matrix
    df: np.ndarray
    vocabulary: dict[str, int]

    def cosine(self, i: int, j: int) -> float:
        """Cosine of rows ``i`` and ``j``."""
        return float(self.matrix[i].multiply(self.matrix[j]).sum())

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # a matrix mapped from files travels as the files' names (processes of
        # one machine, or Dask workers that see the same storage), not as data
        files = csr_files(self.matrix)
        if files is None:
            return (_space, (self.matrix, self.df, self.vocabulary))
        shape = (int(self.matrix.shape[0]), int(self.matrix.shape[1]))
        return (_space_on_file, (files, self.matrix.indptr, shape, self.df, self.vocabulary))

    def cosines(self, rows: np.ndarray, cols: np.ndarray, *, block: int = 4096) -> np.ndarray:
        """Cosines of many row pairs, ``block`` pairs at a time.

        Each block gathers its rows into two sparse matrices and multiplies
        them elementwise (about 24 bytes per stored term and pair), so the
        scratch memory is bounded by ``block``, not by the number of pairs.
        """
        if rows.size == 0:
            return np.zeros(0)
        out = np.empty(rows.size, dtype=np.result_type(self.matrix.dtype, np.float32))
        for lo in range(0, rows.size, block):
            a = self.matrix[rows[lo : lo + block]]
            b = self.matrix[cols[lo : lo + block]]
            out[lo : lo + block] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
            drop_pages(self.matrix.data, self.matrix.indices)  # no-op in memory
        return out


def article_document(article: Article) -> str:
    """The text vectorised for an article: its title, then its body."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def build_tfidf(
    documents: Sequence[str],
    *,
    document_frequencies: Mapping[str, int] | None = None,
    n_documents: int | None = None,
) -> TfidfSpace:
    """Fit TF-IDF (sublinear tf, smooth idf, l2 rows) on ``documents``.

    With ``document_frequencies`` and ``n_documents`` (the counts of a larger
    collection these documents belong to, e.g. a persistent index), the idf
    comes from those counts instead, so each row is exactly the row a fit on
    the whole collection would give; ``df`` then holds the collection's counts.

    >>> docs = ["storm floods harbour", "storm hits town", "bank holds rates"]
    >>> whole = build_tfidf(docs)
    >>> part = build_tfidf(docs[:1], document_frequencies={"storm": 2, "floods": 1,
    ...     "harbour": 1}, n_documents=3)
    >>> bool(abs(whole.matrix[0].toarray()[0][whole.vocabulary["storm"]]
    ...     - part.matrix[0].toarray()[0][part.vocabulary["storm"]]) < 1e-6)
    True
    """
    if document_frequencies is not None:
        return _tfidf_with_counts(documents, document_frequencies, n_documents or len(documents))
    from sklearn.feature_extraction.text import TfidfVectorizer  # about a second to import

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, norm="l2", dtype=np.float32)
    if not documents:
        return TfidfSpace(
            matrix=sp.csr_matrix((0, 0), dtype=np.float32), df=np.zeros(0), vocabulary={}
        )
    try:
        matrix = vectorizer.fit_transform(documents).tocsr()
        # scikit-learn leaves each row's terms in first-seen order; keep them
        # sorted (canonical), as every other path here makes them
        matrix.sort_indices()
    except ValueError:  # empty vocabulary: nothing but stop words
        n = len(documents)
        return TfidfSpace(
            matrix=sp.csr_matrix((n, 1), dtype=np.float32), df=np.zeros(1), vocabulary={}
        )
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    return TfidfSpace(matrix=matrix, df=df, vocabulary=dict(vectorizer.vocabulary_))


def _tfidf_with_counts(
    documents: Sequence[str], frequencies: Mapping[str, int], n_documents: int
) -> TfidfSpace:
    """TF-IDF rows of ``documents`` under a collection's document frequencies.

    Same formulas as scikit-learn's ``TfidfVectorizer(sublinear_tf=True,
    smooth_idf=True, norm="l2")``: tf = 1 + ln(count), idf = ln((1 + n) / (1 +
    df)) + 1, rows scaled to unit length.
    """
    n = len(documents)
    if not n:
        return TfidfSpace(
            matrix=sp.csr_matrix((0, 0), dtype=np.float32), df=np.zeros(0), vocabulary={}
        )
    from sklearn.feature_extraction.text import CountVectorizer  # about a second to import

    counter = CountVectorizer(analyzer=analyze, dtype=np.float64)
    try:
        counts = counter.fit_transform(documents).tocsr()
    except ValueError:  # empty vocabulary
        return TfidfSpace(
            matrix=sp.csr_matrix((n, 1), dtype=np.float32), df=np.zeros(1), vocabulary={}
        )
    vocabulary = dict(counter.vocabulary_)
    local_df = np.bincount(counts.indices, minlength=counts.shape[1])
    df = np.asarray(
        [
            max(frequencies.get(term, 0), local_df[j])
            for term, j in sorted(vocabulary.items(), key=lambda kv: kv[1])
        ],
        dtype=np.int64,
    )
    idf = np.log((1.0 + n_documents) / (1.0 + df)) + 1.0
    counts.data = 1.0 + np.log(counts.data)
    weighted = counts.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sp.diags(1.0 / norms) @ weighted
    return TfidfSpace(matrix=matrix.astype(np.float32).tocsr(), df=df, vocabulary=vocabulary)
