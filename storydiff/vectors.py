"""Sparse TF-IDF vectors of articles (title + body), shared by candidates, verify and cluster."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

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

    def cosines(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Cosines of many row pairs at once."""
        if rows.size == 0:
            return np.zeros(0)
        a = self.matrix[rows]
        b = self.matrix[cols]
        return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def article_document(article: Article) -> str:
    """The text vectorised for an article: its title, then its body."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def build_tfidf(documents: Sequence[str]) -> TfidfSpace:
    """Fit TF-IDF (sublinear tf, smooth idf, l2 rows) on ``documents``."""
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
