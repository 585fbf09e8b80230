"""One pass over each article's words for both fingerprints and TF-IDF term counts.

Tokenising is the largest single cost of grouping after reading. Here a chunk
of articles is tokenised at once (:func:`~storydiff.normalize.chunk_words`,
which makes a string only of each distinct word), each distinct word of the
chunk gets an id, and the ids serve both the MinHash fingerprint (the
token hashes, gathered by id) and the TF-IDF counts (content words, counted by
id). The results equal :meth:`Fingerprinter.fingerprint_table
<storydiff.fingerprint.Fingerprinter.fingerprint_table>` on the bodies and
:func:`~storydiff.vectors.build_tfidf` on title + body.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
import scipy.sparse as sp

from storydiff.fingerprint import Fingerprinter, FingerprintTable, _digests, token_hash
from storydiff.ingest import FieldMap, ReadTask, iter_path
from storydiff.models import Article, ReadProblem
from storydiff.normalize import chunk_words
from storydiff.vectors import TermCounts, is_content_token

__all__ = ["ArticleMeta", "PathFeatures", "featurize_chunk", "featurize_task"]

CHUNK = 2000  # articles per fingerprinting chunk


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleMeta:
    """What grouping keeps of an article once it is fingerprinted: everything but its text."""

    id: str
    title: str = ""
    published: datetime | None = None
    length: int = 0  # characters of the cleaned text (ranks representatives)
    origin: str = ""

    @classmethod
    def of(cls, article: Article) -> ArticleMeta:
        """The record of ``article``."""
        return cls(
            id=article.id,
            title=article.title,
            published=article.published,
            length=len(article.text),
            origin=article.origin,
        )

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Pickled as its fields, made again by its constructor: a reading task
        # sends back a record per article, and a frozen dataclass with slots is
        # otherwise pickled through its generated __getstate__ and __setstate__
        # (8% of the main process's busy time at 1M articles). This way 100,000
        # records pickle three times and unpickle up to twice as fast.
        fields = (self.id, self.title, self.published, self.length, self.origin)
        return (_article_meta, (type(self), *fields))


def _article_meta(
    cls: type[ArticleMeta],
    id: str,
    title: str,
    published: datetime | None,
    length: int,
    origin: str,
) -> ArticleMeta:
    return cls(id=id, title=title, published=published, length=length, origin=origin)


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class PathFeatures:
    """The files of one reading task, fingerprinted, their texts already dropped.

    ``items`` holds, in reading order, ``(ArticleMeta or ReadProblem, origin,
    line)``; ``tables`` and ``counts`` hold the articles' fingerprints
    and term counts, chunk by chunk, in the same order.
    """

    items: tuple[tuple[ArticleMeta | ReadProblem, str, int | None], ...]
    tables: tuple[FingerprintTable, ...]
    counts: tuple[TermCounts, ...]
    hash_files: tuple[str, ...] = ()
    """With ``spill``: the file holding each table's shingle hashes (its ``hashes`` is empty)."""


def featurize_task(
    task: ReadTask,
    *,
    fields: FieldMap,
    keep_debris: bool,
    fingerprinter: Fingerprinter,
    spill: str | None = None,
) -> PathFeatures:
    """Read the files of one task (or one span of a JSON-lines file) and fingerprint them,
    keeping no text.

    ``task`` is one of :func:`~storydiff.ingest.input_tasks`. Articles are
    fingerprinted a chunk at a time, across the task's files, so memory
    stays bounded by one chunk whatever the files' sizes, and no text
    travels back from a worker process.
    With ``spill`` (a directory), each chunk's shingle hashes and term counts
    (the bulk of what a task makes) are written to files there instead of
    returned; they are read back one chunk at a time.
    """
    items: list[tuple[ArticleMeta | ReadProblem, str, int | None]] = []
    tables: list[FingerprintTable] = []
    counts: list[TermCounts] = []
    files: list[str] = []
    chunk: list[Article] = []

    def flush() -> None:
        if chunk:
            table, term_counts = featurize_chunk(chunk, fingerprinter=fingerprinter)
            if spill is not None:
                fd, name = tempfile.mkstemp(suffix=".u32", dir=spill)
                with os.fdopen(fd, "wb") as out:
                    table.hashes.tofile(out)
                files.append(name)
                table = replace(table, hashes=table.hashes[:0].copy())
                term_counts = term_counts.spill(spill)
            tables.append(table)
            counts.append(term_counts)
            chunk.clear()

    for spec, span in task.pieces:
        for result, origin, line in iter_path(
            spec, fields=fields, keep_debris=keep_debris, span=span
        ):
            if isinstance(result, Article):
                items.append((ArticleMeta.of(result), origin, line))
                chunk.append(result)
                if len(chunk) >= CHUNK:
                    flush()
            else:
                items.append((result, origin, line))
    flush()
    return PathFeatures(
        items=tuple(items), tables=tuple(tables), counts=tuple(counts), hash_files=tuple(files)
    )


# A chunk's distinct words are mostly the previous chunk's: their hashes (BLAKE2b, a
# fifth of a chunk's hashing and counting) are kept, for the commonest 2^17 words a
# process meets. A memo of a pure function: results never depend on it.
_token_hash_cached = functools.lru_cache(maxsize=1 << 17)(token_hash)


def featurize_chunk(
    articles: Sequence[Article], *, fingerprinter: Fingerprinter
) -> tuple[FingerprintTable, TermCounts]:
    """Fingerprints of the bodies and term counts of title + body (one engine task).

    Every article is tokenised once; the chunk's words are numbered in one
    pass, and everything after that is whole-chunk numpy work.
    """
    n = len(articles)
    words = chunk_words([a.text for a in articles] + [a.title or "" for a in articles])
    body_lengths, title_lengths = words.lengths[:n], words.lengths[n:]
    distinct, ids = words.distinct, words.ids
    token_hashes = np.fromiter(
        map(_token_hash_cached, distinct), dtype=np.uint64, count=len(distinct)
    )
    content = np.fromiter(map(is_content_token, distinct), dtype=bool, count=len(distinct))

    split = int(body_lengths.sum())
    keys = _digests(words.digests(n))
    del words  # its byte arrays: about six bytes a byte of text
    table = fingerprinter.fingerprint_flat(
        [a.id for a in articles], body_lengths, token_hashes[ids[:split]], keys
    )

    # term counts of title + body: scipy sums the (document, word) pairs, sorted by
    # rows in linear time and within each row (half the time of one global sort)
    docs = np.arange(n, dtype=np.int32)
    doc_of = np.concatenate([np.repeat(docs, body_lengths), np.repeat(docs, title_lengths)])
    keep = content[ids]
    columns = ids[keep]
    counts = sp.csr_matrix(
        (np.ones(columns.size, dtype=np.int64), (doc_of[keep], columns)),
        shape=(n, len(distinct)),
    )
    counts.sum_duplicates()  # in integers: float32 ones stop adding up at 2^24
    # only the words counted become terms, in the order of their hashes: the chunks'
    # hashes are then sorted runs, which joining the vocabularies merges (a stable sort
    # of sorted runs took a quarter of the time of a fresh sort)
    seen = np.zeros(len(distinct), dtype=bool)
    seen[counts.indices] = True
    used = np.flatnonzero(seen)
    used = used[np.argsort(token_hashes[used], kind="stable")]
    number = np.zeros(len(distinct), dtype=np.int32)
    number[used] = np.arange(used.size, dtype=np.int32)
    counts = sp.csr_matrix(
        (counts.data.astype(np.float32), number[counts.indices], counts.indptr),
        shape=(n, used.size),
    )
    terms = [distinct[u] for u in used.tolist()]
    return table, TermCounts.of(counts, terms, token_hashes[used])
