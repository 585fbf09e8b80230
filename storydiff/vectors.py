"""Sparse TF-IDF vectors of articles (title + body), shared by candidates, verify and cluster."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer

from storydiff.models import Article
from storydiff.normalize import tokens

__all__ = ["TfidfSpace", "build_tfidf"]

_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "s", "t", "mr", "ms", "mrs"}


def analyze(text: str) -> list[str]:
    """Content tokens of ``text``: lower-cased words without stop words or 1-letter tokens.

    >>> analyze("The storm hit Port Ella, officials said.")
    ['storm', 'hit', 'port', 'ella', 'officials']
    """
    return [t for t in tokens(text) if t not in _STOP and (len(t) > 1 or not t.isascii())]


@dataclass(frozen=True, slots=True, kw_only=True)
class TfidfSpace:
    """Row-normalised TF-IDF matrix (one row per article) and its document frequencies."""

    matrix: sp.csr_matrix
    df: np.ndarray
    vocabulary: dict[str, int]

    def cosine(self, i: int, j: int) -> float:
        """Cosine of rows ``i`` and ``j``."""
        return float(self.matrix[i].multiply(self.matrix[j]).sum())

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
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, norm="l2", dtype=np.float32)
    if not documents:
        return TfidfSpace(
            matrix=sp.csr_matrix((0, 0), dtype=np.float32), df=np.zeros(0), vocabulary={}
        )
    try:
        matrix = vectorizer.fit_transform(documents).tocsr()
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
