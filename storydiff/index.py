"""A persistent story index in SQLite: add articles day by day, stories grow, nothing is lost.

``Index(path)`` opens (or creates) one SQLite file in WAL mode. ``add`` reads
articles, stores every new article and every new revision of a known one (same
id, new text) in **one transaction**, then regroups the stored articles with
:func:`storydiff.cluster` and records the stories under *stable* ids: a story
that grows keeps its id, stories that a new article links together merge into
the oldest one and the merge is recorded, and a story the regrouping splits
keeps its id on the part that holds most of its old articles (the split is
recorded too). Adding an article that is already there (same id, same text)
changes nothing at all.

Up to ``exact_limit`` stored articles (20,000 by default) an add regroups
every stored article with the same parameters as ``storydiff cluster``, so an
index built in any number of batches holds exactly the stories of one
``storydiff cluster`` run over all of it. Beyond that, an add is incremental:
new articles find their candidate partners among the stored ones through the
LSH band keys and heaviest terms kept for every article (as a batch run
finds its candidate pairs), and only the stories of those partners are
regrouped with the new articles, under TF-IDF weights computed from the
index's exact document counts. Stories no new article reaches stay as they
were. On generated corpora this agrees with a batch run at B-cubed 0.999
(``benchmarks/bench_index.py --agreement``).

Texts are stored (zlib-compressed), so stories can be diffed and regrouped
without the original files.

Reliability: every ``add`` is one ``BEGIN IMMEDIATE`` transaction, so a killed
process leaves the index as it was before the add; readers keep reading the
last committed state while a writer works (WAL); a second writer waits up to
``timeout`` seconds and then gets a clear :class:`~storydiff.errors.IndexBusyError`.
A file that is not a storydiff index, or one written by a newer storydiff, is
refused with an :class:`~storydiff.errors.InputError` that names it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import numpy as np
import scipy.sparse as sp

from storydiff.candidates import heaviest_rows, lsh_bands
from storydiff.cluster import ClusterParams, cluster
from storydiff.diff import DiffOptions, diff_story, story_versions
from storydiff.errors import IndexBusyError, IndexDamagedError, InputError
from storydiff.models import Article, ClusterResult, DiffReport, Link, Post, Removal, Story
from storydiff.vectors import analyze, article_document, build_tfidf

__all__ = ["SCHEMA_VERSION", "AddResult", "Index", "IndexStats", "revision_id"]

SCHEMA_VERSION = 2
APP = "storydiff-index"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    revised INTEGER NOT NULL,
    unchanged INTEGER NOT NULL
);
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    member TEXT NOT NULL UNIQUE,
    sha256 BLOB NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT,
    author TEXT NOT NULL,
    origin TEXT NOT NULL,
    subheads TEXT NOT NULL,
    removed TEXT NOT NULL,
    text BLOB NOT NULL,
    batch INTEGER NOT NULL REFERENCES batches(id),
    posts TEXT NOT NULL DEFAULT '[]',
    UNIQUE (id, revision)
);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    representative TEXT NOT NULL,
    size INTEGER NOT NULL,
    cohesion REAL NOT NULL,
    created_batch INTEGER NOT NULL,
    updated_batch INTEGER NOT NULL,
    first_published TEXT,
    last_published TEXT
);
CREATE TABLE members (
    story TEXT NOT NULL REFERENCES stories(id),
    article TEXT NOT NULL UNIQUE,
    copy_group INTEGER NOT NULL,
    PRIMARY KEY (story, article)
);
CREATE TABLE links (
    story TEXT NOT NULL REFERENCES stories(id),
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    relation TEXT NOT NULL,
    jaccard REAL NOT NULL,
    containment REAL NOT NULL,
    cosine REAL NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE events (
    batch INTEGER NOT NULL REFERENCES batches(id),
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    story TEXT NOT NULL,
    other TEXT NOT NULL
);
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE,
    df INTEGER NOT NULL
);
CREATE TABLE sketches (
    seq INTEGER PRIMARY KEY REFERENCES articles(seq),
    bands BLOB NOT NULL,
    terms BLOB NOT NULL,
    weights BLOB NOT NULL
);
CREATE INDEX members_story ON members(story);
CREATE INDEX links_story ON links(story);
CREATE INDEX stories_updated ON stories(updated_batch);
"""

# schema version -> statements that bring an index from that version to the next
_MIGRATIONS: dict[int, Sequence[str]] = {
    # 2: the social-media posts an article embeds (articles added before have none)
    1: ["ALTER TABLE articles ADD COLUMN posts TEXT NOT NULL DEFAULT '[]'"],
}


_T = TypeVar("_T")
_P = ParamSpec("_P")


def _damage_named(method: Callable[_P, _T]) -> Callable[_P, _T]:
    """An index method whose SQLite or zlib failure on a damaged file is an
    :class:`~storydiff.errors.IndexDamagedError` naming the file, not a bare
    ``sqlite3.DatabaseError`` ("database disk image is malformed") or ``zlib.error``."""

    @functools.wraps(method)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(*args, **kwargs)
        except sqlite3.OperationalError:
            raise  # locked, busy, out of disk: not damage
        except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError) as exc:
            index = args[0]
            msg = (
                f"{getattr(index, 'path', '?')}: the index is damaged ({exc}); rebuild it "
                "by adding its articles to a new one"
            )
            raise IndexDamagedError(msg) from exc

    return checked


def revision_id(article_id: str, revision: int) -> str:
    """The id a revision of an article has inside stories: the id, then ``@n`` from 2 on.

    >>> revision_id("ferry-wire", 1), revision_id("ferry-wire", 2)
    ('ferry-wire', 'ferry-wire@2')
    """
    return article_id if revision == 1 else f"{article_id}@{revision}"


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """What one ``add`` did."""

    added: int
    revised: int
    unchanged: int
    stories: int
    merges: tuple[tuple[str, str], ...] = ()
    splits: tuple[tuple[str, str], ...] = ()
    batch: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexStats:
    """Sizes of an index. ``text_bytes``: the stored (zlib-compressed) article texts."""

    path: str
    schema_version: int
    articles: int
    revisions: int
    stories: int
    multi_article_stories: int
    batches: int
    merges: int
    splits: int
    bytes: int
    text_bytes: int


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _utc_text(since: datetime | str) -> str:
    """``since`` as the UTC text batches are stamped with; a date alone is its midnight.

    >>> _utc_text("2026-11-25"), _utc_text("2026-11-25T10:00+02:00")
    ('2026-11-25T00:00:00+00:00', '2026-11-25T08:00:00+00:00')
    """
    if isinstance(since, str):
        try:
            since = datetime.fromisoformat(since.strip())
        except ValueError:
            msg = (
                f"The 'since' value must be an ISO date or time such as 2026-11-25 or "
                f"2026-11-25T08:00. Got {since!r} instead."
            )
            raise InputError(msg) from None
    if since.tzinfo is None:
        since = since.replace(tzinfo=timezone.utc)
    return since.astimezone(timezone.utc).isoformat(timespec="seconds")


class Index:
    """A story index stored in one SQLite file.

    Parameters
    ----------
    path:
        The index file; created when missing (with ``create=True``).
    params:
        Grouping parameters; stored in the index on creation and used by every
        later ``add`` unless given again.
    timeout:
        Seconds a writer waits for another writer before giving up.
    exact_limit:
        Up to this many stored articles, every add regroups all of them (the
        same stories as one ``storydiff cluster`` run); beyond it, an add
        regroups only the stories its new articles touch (see the module docs).
    region_floor:
        On that incremental path, a stored article is a candidate partner of a
        new one when their similarity over both texts' heaviest terms reaches
        ``region_floor * story_cosine`` (that similarity never exceeds the full
        cosine: 1.0 keeps only partners sure to link, lower values reach
        rewrites that share fewer heavy terms).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from storydiff.models import Article
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "news.db"
    >>> with Index(db) as index:
    ...     text = "Heavy rain flooded the old harbour of Port Ella on Sunday, officials said."
    ...     r1 = index.add([Article(id="a", text=text)])
    ...     r2 = index.add([Article(id="b", text=text), Article(id="a", text=text)])
    ...     [s.article_ids for s in index.stories()]
    [('a', 'b')]
    >>> (r2.added, r2.unchanged)
    (1, 1)
    """

    def __init__(
        self,
        path: str | Path,
        *,
        params: ClusterParams | None = None,
        create: bool = True,
        timeout: float = 10.0,
        exact_limit: int = 20_000,
        region_floor: float = 0.5,
    ) -> None:
        self.path = Path(path)
        self.exact_limit = exact_limit
        self.region_floor = region_floor
        if not self.path.exists() and not create:
            msg = f"{self.path}: no such index"
            raise InputError(msg)
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # as -o makes its folders
        self._timeout = timeout
        try:
            self._db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._check()
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                msg = f"{self.path}: locked by another process for over {timeout:g} s"
                raise IndexBusyError(msg) from None
            msg = f"{self.path}: not a storydiff index ({exc})"
            raise InputError(msg) from None
        except sqlite3.DatabaseError as exc:
            msg = f"{self.path}: not a storydiff index ({exc})"
            raise InputError(msg) from None
        self._open(version, params)

    @_damage_named
    def _open(self, version: int, params: ClusterParams | None) -> None:
        if version == 0:
            self._create(params or ClusterParams())
        elif version < SCHEMA_VERSION:
            self._migrate(version)
        self.params = params or self._stored_params()

    # -- opening -------------------------------------------------------------

    def _check(self) -> int:
        """The schema version of the file, 0 for an empty one; refuse anything else."""
        tables = {
            r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return 0
        if "meta" not in tables:
            msg = f"{self.path}: an SQLite file, but not a storydiff index (no meta table)"
            raise InputError(msg)
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        if meta.get("app") != APP:
            msg = f"{self.path}: an SQLite file, but not a storydiff index"
            raise InputError(msg)
        if "schema_version" not in meta:
            msg = f"{self.path}: a storydiff index without a schema version (damaged?)"
            raise InputError(msg)
        version = int(meta["schema_version"])
        if version > SCHEMA_VERSION:
            msg = (
                f"{self.path}: written by a newer storydiff (index schema {version}; this "
                f"version reads up to {SCHEMA_VERSION}). Upgrade storydiff to open it."
            )
            raise InputError(msg)
        return version

    def _create(self, params: ClusterParams) -> None:
        with self._write():
            if self._check() != 0:  # another process created it meanwhile
                return
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            rows = {
                "app": APP,
                "schema_version": str(SCHEMA_VERSION),
                "created_at": _now(),
                "params": json.dumps(_params_dict(params), sort_keys=True),
            }
            self._db.executemany("INSERT INTO meta VALUES (?, ?)", rows.items())

    def _migrate(self, version: int) -> None:
        with self._write():
            while version < SCHEMA_VERSION:
                for statement in _MIGRATIONS[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),)
            )

    def _stored_params(self) -> ClusterParams:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'params'").fetchone()
        stored = json.loads(row[0]) if row else {}
        return ClusterParams(**stored)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------

    class _Txn:
        def __init__(self, index: Index) -> None:
            self.index = index

        def __enter__(self) -> None:
            try:
                self.index._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    msg = (
                        f"{self.index.path}: another process is adding to this index; "
                        f"waited {self.index._timeout:g} s. Try again when it has finished."
                    )
                    raise IndexBusyError(msg) from None
                raise

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.index._db.execute("ROLLBACK" if exc_type else "COMMIT")

    def _write(self) -> Index._Txn:
        return Index._Txn(self)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """One read transaction, so a reader sees one committed state (WAL snapshot)."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN")
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    # -- adding ----------------------------------------------------------------

    @_damage_named
    def add(
        self,
        articles: Iterable[Article],
        *,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> AddResult:
        """Add articles (new ones, and new revisions of known ones) and regroup.

        One transaction: either everything of this call is stored and the
        stories updated, or (on any error, or if the process dies) nothing.
        """
        incoming = list(articles)
        with self._write():
            latest: dict[str, tuple[int, bytes]] = {}
            for aid, rev, sha in self._db.execute("SELECT id, revision, sha256 FROM articles"):
                if rev > latest.get(aid, (0, b""))[0]:
                    latest[aid] = (rev, sha)
            fresh: list[tuple[Article, int, bytes]] = []
            unchanged = revised = 0
            for article in incoming:
                sha = _sha(article)
                last = latest.get(article.id)
                if last is not None and last[1] == sha:
                    unchanged += 1  # the same text as the latest revision
                    continue
                revision = (last[0] if last else 0) + 1
                latest[article.id] = (revision, sha)
                revised += revision > 1
                fresh.append((article, revision, sha))
            self._refuse_clashes([revision_id(a.id, rev) for a, rev, _ in fresh])
            if not fresh:
                return AddResult(added=0, revised=0, unchanged=unchanged, stories=self._count())
            started = _now()
            batch = self._db.execute(
                "INSERT INTO batches (started_at, finished_at, added, revised, unchanged) "
                "VALUES (?, ?, ?, ?, ?)",
                (started, started, len(fresh) - revised, revised, unchanged),
            ).lastrowid
            assert batch is not None
            self._db.executemany(
                "INSERT INTO articles (id, revision, member, sha256, title, source, url, "
                "published, author, origin, subheads, removed, text, batch, posts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_article_row(a, rev, sha, batch) for a, rev, sha in fresh],
            )
            if progress is not None:
                progress("stored", len(fresh), len(fresh))
            new_articles = [replace(a, id=revision_id(a.id, rev)) for a, rev, _ in fresh]
            seqs = self._seqs([a.id for a in new_articles])
            frequencies = self._count_terms(new_articles)
            total = int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
            self._sketch(new_articles, seqs, frequencies, total)
            scope: set[str] | None = None
            if total <= self.exact_limit:
                result = cluster(list(self._articles()), params=self.params, progress=progress)
            else:
                scope, region = self._neighbourhood(new_articles, seqs)
                frequencies |= self._frequencies(
                    t for a in region for t in analyze(article_document(a))
                )
                result = cluster(
                    region + new_articles,
                    params=self.params,
                    progress=progress,
                    document_frequencies=frequencies,
                    n_documents=total,
                )
            merges, splits = self._store_stories(result, batch, scope)
            self._db.execute("UPDATE batches SET finished_at = ? WHERE id = ?", (_now(), batch))
            return AddResult(
                added=len(fresh) - revised,
                revised=revised,
                unchanged=unchanged,
                stories=len(result.stories),
                merges=tuple(merges),
                splits=tuple(splits),
                batch=batch,
            )

    def _store_stories(
        self, result: ClusterResult, batch: int, scope: set[str] | None = None
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Replace stories by ``result``'s, keeping ids stable; record merges and splits.

        ``scope`` names the stories ``result`` regrouped (``None``: all of them).
        """
        if scope is None:
            old_story = dict(self._db.execute("SELECT article, story FROM members"))
        else:
            old_story = {}
            for chunk in _chunks(sorted(scope)):
                marks = ",".join("?" * len(chunk))
                old_story.update(
                    self._db.execute(
                        f"SELECT article, story FROM members WHERE story IN ({marks})", chunk
                    )
                )
        old_meta: dict[str, int] = {}
        old_updated: dict[str, int] = {}
        for sid, made, updated in self._db.execute(
            "SELECT id, created_batch, updated_batch FROM stories"
        ):
            if scope is None or sid in scope:
                old_meta[sid], old_updated[sid] = made, updated
        taken = (
            set(old_meta)
            if scope is None
            else {r[0] for r in self._db.execute("SELECT id FROM stories")}
        )
        old_members: dict[str, set[str]] = {}
        for article, sid in old_story.items():
            old_members.setdefault(sid, set()).add(article)
        claimed: dict[str, tuple[int, int]] = {}  # old id -> (members kept, index of new story)
        plans: list[tuple[Story, list[str]]] = []
        for k, story in enumerate(result.stories):
            olds = sorted(
                {old_story[a] for a in story.article_ids if a in old_story},
                key=lambda s: (old_meta[s], s),
            )
            plans.append((story, olds))
            for sid in olds:
                kept = sum(1 for a in story.article_ids if old_story.get(a) == sid)
                if sid not in claimed or kept > claimed[sid][0]:
                    claimed[sid] = (kept, k)
        merges: list[tuple[str, str]] = []
        splits: list[tuple[str, str]] = []
        final_ids: list[str] = []
        created: list[int] = []
        for k, (story, olds) in enumerate(plans):
            mine = [sid for sid in olds if claimed[sid][1] == k]
            if mine:
                sid = mine[0]
                merges += [(sid, other) for other in mine[1:]]
                created.append(old_meta[sid])
            else:
                sid = story.id if story.id not in taken else f"{story.id}-{batch}"
                taken.add(sid)
                created.append(batch)
                splits += [(olds[0], sid)] if olds else []
            final_ids.append(sid)
        if scope is None:
            for table in ("links", "members", "stories"):
                self._db.execute(f"DELETE FROM {table}")
        else:
            for chunk in _chunks(sorted(scope)):
                marks = ",".join("?" * len(chunk))
                self._db.execute(f"DELETE FROM links WHERE story IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM members WHERE story IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM stories WHERE id IN ({marks})", chunk)
        published = self._published([a for story in result.stories for a in story.article_ids])
        for (story, _olds), sid, made in zip(plans, final_ids, created, strict=True):
            changed = old_members.get(sid) != set(story.article_ids)
            times = sorted(p for a in story.article_ids if (p := published.get(a)))
            self._db.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    story.title,
                    story.representative_id,
                    story.size,
                    story.cohesion,
                    made,
                    batch if changed else old_updated.get(sid, batch),
                    times[0] if times else None,
                    times[-1] if times else None,
                ),
            )
            group_of = {a: g for g, members in enumerate(story.copy_groups) for a in members}
            self._db.executemany(
                "INSERT INTO members VALUES (?, ?, ?)",
                [(sid, a, group_of.get(a, -1)) for a in story.article_ids],
            )
            self._db.executemany(
                "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (sid, ln.a, ln.b, ln.relation, ln.jaccard, ln.containment, ln.cosine, ln.reason)
                    for ln in story.links
                ],
            )
        self._db.executemany(
            "INSERT INTO events VALUES (?, 'merge', ?, ?)", [(batch, a, b) for a, b in merges]
        )
        self._db.executemany(
            "INSERT INTO events VALUES (?, 'split', ?, ?)", [(batch, a, b) for a, b in splits]
        )
        return merges, splits

    # -- the incremental path ------------------------------------------------------

    def _seqs(self, ids: Sequence[str]) -> list[int]:
        """Row numbers of stored articles by member id, in order."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            found.update(
                self._db.execute(
                    f"SELECT member, seq FROM articles WHERE member IN ({marks})", chunk
                )
            )
        return [found[i] for i in ids]

    def _published(self, ids: Sequence[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for chunk in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            out.update(
                self._db.execute(
                    f"SELECT member, published FROM articles WHERE member IN ({marks})", chunk
                )
            )
        return out

    def _refuse_clashes(self, members: Sequence[str]) -> None:
        """An id that reads as another article's revision (``x@2``) must not be stored twice."""
        seen: set[str] = set()
        for member in members:
            if member in seen:
                msg = f"{self.path}: article id {member!r} clashes with a revision id in this add"
                raise InputError(msg)
            seen.add(member)
        for chunk in _chunks(sorted(seen)):
            marks = ",".join("?" * len(chunk))
            row = self._db.execute(
                f"SELECT member, id, revision FROM articles WHERE member IN ({marks})", chunk
            ).fetchone()
            if row is not None:
                msg = (
                    f"{self.path}: article id {row[0]!r} clashes with revision {row[2]} of "
                    f"{row[1]!r} already in the index (ids ending in @N name revisions)"
                )
                raise InputError(msg)

    def _count_terms(self, articles: Sequence[Article]) -> dict[str, int]:
        """Add the new articles' terms to the document counts; return the counts they need."""
        counts: Counter[str] = Counter()
        for article in articles:
            counts.update(set(analyze(article_document(article))))
        self._db.executemany(
            "INSERT INTO terms (term, df) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            counts.items(),
        )
        return self._frequencies(counts)

    def _frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(sorted(set(terms))):
            marks = ",".join("?" * len(chunk))
            out.update(
                self._db.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", chunk)
            )
        return out

    def _sketch(
        self,
        articles: Sequence[Article],
        seqs: Sequence[int],
        frequencies: dict[str, int],
        total: int,
    ) -> None:
        """Store LSH band keys and the heaviest terms of new articles, for later lookups."""
        params = self.params
        fingerprints = params.fingerprinter.fingerprint(articles)
        bands, rows = lsh_bands(params.lsh_threshold, params.num_perm)
        keys = band_keys(fingerprints, bands, rows)
        space = build_tfidf(
            [article_document(a) for a in articles],
            document_frequencies=frequencies,
            n_documents=total,
        )
        names = {j: t for t, j in space.vocabulary.items()}
        needed = [names[j] for j in range(len(names))]
        ids: dict[str, int] = {}
        for chunk in _chunks(needed):
            marks = ",".join("?" * len(chunk))
            ids.update(
                self._db.execute(f"SELECT term, id FROM terms WHERE term IN ({marks})", chunk)
            )
        matrix = space.matrix
        ptr, kept, kept_weights = heaviest_rows(
            matrix.indptr,
            matrix.indices,
            matrix.data,
            space.df,
            top_terms=params.top_terms,
            max_postings=params.max_postings,
            postings_budget=params.postings_budget,
        )
        rows_out = []
        for k, seq in enumerate(seqs):
            cols, weights = kept[ptr[k] : ptr[k + 1]], kept_weights[ptr[k] : ptr[k + 1]]
            term_ids = np.asarray([ids[names[int(c)]] for c in cols], dtype=np.int32)
            rows_out.append(
                (
                    seq,
                    keys[k].tobytes(),
                    term_ids.tobytes(),
                    weights.astype(np.float16).tobytes(),
                )
            )
        self._db.executemany("INSERT INTO sketches VALUES (?, ?, ?, ?)", rows_out)

    def _neighbourhood(
        self, articles: Sequence[Article], seqs: Sequence[int]
    ) -> tuple[set[str], list[Article]]:
        """The stories new articles may join, and the stored articles of those stories.

        Candidates are found as in a batch run: stored articles sharing an LSH
        band with a new one, and each new article's ``neighbours`` best stored
        partners over the heaviest rare-enough terms.
        """
        params = self.params
        mine = set(seqs)
        old_seq, old_bands, term_rows, old_times = [], [], [], []
        new_bands: dict[int, np.ndarray] = {}
        new_terms: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        new_time: dict[int, float] = {}
        for seq, bands, terms, weights, published in self._db.execute(
            "SELECT s.seq, s.bands, s.terms, s.weights, a.published "
            "FROM sketches s JOIN articles a ON a.seq = s.seq"
        ):
            keys = np.frombuffer(bands, dtype=np.uint32)
            tids = np.frombuffer(terms, dtype=np.int32)
            ws = np.frombuffer(weights, dtype=np.float16).astype(np.float32)
            when = datetime.fromisoformat(published).timestamp() if published else np.nan
            if seq in mine:
                new_bands[seq], new_terms[seq], new_time[seq] = keys, (tids, ws), when
            else:
                old_seq.append(seq)
                old_bands.append(keys)
                term_rows.append((tids, ws))
                old_times.append(when)
        found: set[int] = set()
        if old_seq:
            window = params.time_window_days
            found |= _band_matches(np.stack(old_bands), np.stack([new_bands[q] for q in seqs]))
            found |= _term_matches(
                term_rows,
                [new_terms[q] for q in seqs],
                neighbours=params.neighbours,
                min_score=self.region_floor * params.story_cosine,
                times=(np.asarray(old_times), np.asarray([new_time[q] for q in seqs])),
                window_s=None if window is None else window * 86400.0,
            )
        olds = [old_seq[k] for k in sorted(found)]
        stories: set[str] = set()
        for chunk in _chunks(olds):
            marks = ",".join("?" * len(chunk))
            stories.update(
                r[0]
                for r in self._db.execute(
                    "SELECT DISTINCT m.story FROM members m JOIN articles a "
                    f"ON m.article = a.member WHERE a.seq IN ({marks})",
                    chunk,
                )
            )
        members: list[str] = []
        for chunk in _chunks(sorted(stories)):
            marks = ",".join("?" * len(chunk))
            members += [
                r[0]
                for r in self._db.execute(
                    f"SELECT article FROM members WHERE story IN ({marks})", chunk
                )
            ]
        region = self._load(members)
        return stories, region

    def _load(self, ids: Sequence[str]) -> list[Article]:
        """Stored articles by member id, in the order they were added."""
        out: list[tuple[int, Article]] = []
        for chunk in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT seq, {_ARTICLE_COLUMNS} FROM articles WHERE member IN ({marks})", chunk
            ):
                out.append((row[0], _row_article(row[1:])))
        out.sort(key=lambda t: t[0])
        return [a for _, a in out]

    # -- reading ---------------------------------------------------------------

    def _articles(self) -> Iterator[Article]:
        for row in self._db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq"):
            yield _row_article(row)

    @_damage_named
    def articles(self) -> list[Article]:
        """Every stored article and revision, in the order they were added."""
        with self._reading():
            return list(self._articles())

    @_damage_named
    def article(self, article_id: str) -> Article:
        """One stored article (``id``, or ``id@revision`` for a later revision)."""
        with self._reading():
            found = self._load([article_id])
        if not found:
            msg = f"{self.path}: no article {article_id!r} in the index"
            raise KeyError(msg)
        return found[0]

    def _count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0])

    @_damage_named
    def stories(self, *, since: datetime | str | None = None) -> list[Story]:
        """The stories, largest first; ``since`` keeps those a batch changed at or after it.

        ``since`` is a datetime or an ISO date/time (a time without a zone is
        UTC), compared with the time each batch finished.
        """
        query = "SELECT id, title, representative, cohesion FROM stories"
        args: tuple[Any, ...] = ()
        if since is not None:
            query += " WHERE updated_batch IN (SELECT id FROM batches WHERE finished_at >= ?)"
            args = (_utc_text(since),)
        with self._reading():
            out = [self._story(*row) for row in self._db.execute(query, args).fetchall()]
        out.sort(key=lambda s: (-s.size, s.id))
        return out

    def _story(self, sid: str, title: str, representative: str, cohesion: float) -> Story:
        rows = self._db.execute(
            "SELECT article, copy_group FROM members WHERE story = ? ORDER BY article", (sid,)
        ).fetchall()
        groups: dict[int, list[str]] = {}
        for article, group in rows:
            if group >= 0:
                groups.setdefault(group, []).append(article)
        links = tuple(
            Link(a=a, b=b, relation=rel, jaccard=j, containment=c, cosine=cos, reason=reason)
            for a, b, rel, j, c, cos, reason in self._db.execute(
                "SELECT a, b, relation, jaccard, containment, cosine, reason FROM links "
                "WHERE story = ? ORDER BY a, b",
                (sid,),
            )
        )
        return Story(
            id=sid,
            article_ids=tuple(a for a, _ in rows),
            representative_id=representative,
            title=title,
            links=links,
            copy_groups=tuple(tuple(g) for g in groups.values()),
            cohesion=cohesion,
        )

    @_damage_named
    def story(self, story_id: str) -> Story:
        """One story by id, or by the id of an article in it."""
        with self._reading():
            row = self._db.execute(
                "SELECT id, title, representative, cohesion FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
            if row is None:
                found = self._db.execute(
                    "SELECT s.id, s.title, s.representative, s.cohesion FROM stories s "
                    "JOIN members m ON m.story = s.id WHERE m.article = ?",
                    (story_id,),
                ).fetchone()
                if found is None:
                    msg = f"{self.path}: no story or article {story_id!r} in the index"
                    raise KeyError(msg)
                row = found
            return self._story(*row)

    @_damage_named
    def diff(self, story_id: str, *, options: DiffOptions | None = None) -> DiffReport:
        """The diff view of one story (by story id or the id of an article in it).

        Versions are shown representative first, then by publication time.
        """
        with self._reading():
            story = self.story(story_id)
            members = {a.id: a for a in self._load(list(story.article_ids))}
        return diff_story(
            story_versions(story, members), options=options, story=story.id, links=story.links
        )

    @_damage_named
    def events(self) -> list[tuple[int, str, str, str]]:
        """Merges and splits, as (batch, kind, story kept, other story)."""
        with self._reading():
            rows = self._db.execute("SELECT batch, kind, story, other FROM events").fetchall()
        return [tuple(r) for r in rows]

    @_damage_named
    def stats(self) -> IndexStats:
        """Counts and sizes."""

        def one(query: str) -> int:
            return int(self._db.execute(query).fetchone()[0] or 0)

        page = one("PRAGMA page_count") * one("PRAGMA page_size")
        wal = self.path.with_name(self.path.name + "-wal")
        with self._reading():
            return self._stats(one, page, wal)

    def _stats(self, one: Callable[[str], int], page: int, wal: Path) -> IndexStats:
        return IndexStats(
            path=str(self.path),
            schema_version=SCHEMA_VERSION,
            articles=one("SELECT COUNT(DISTINCT id) FROM articles"),
            revisions=one("SELECT COUNT(*) FROM articles"),
            stories=one("SELECT COUNT(*) FROM stories"),
            multi_article_stories=one("SELECT COUNT(*) FROM stories WHERE size > 1"),
            batches=one("SELECT COUNT(*) FROM batches"),
            merges=one("SELECT COUNT(*) FROM events WHERE kind = 'merge'"),
            splits=one("SELECT COUNT(*) FROM events WHERE kind = 'split'"),
            bytes=page + (wal.stat().st_size if wal.exists() else 0),
            text_bytes=one("SELECT SUM(LENGTH(text)) FROM articles"),
        )

    @_damage_named
    def integrity(self) -> list[str]:
        """Problems found by SQLite's integrity check and the index's own invariants."""
        with self._reading():
            return self._integrity()

    def _integrity(self) -> list[str]:
        problems = [r[0] for r in self._db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        stored = {r[0] for r in self._db.execute("SELECT member FROM articles")}
        grouped = {r[0] for r in self._db.execute("SELECT article FROM members")}
        if stored - grouped:
            problems.append(f"{len(stored - grouped)} stored articles are in no story")
        if grouped - stored:
            problems.append(f"{len(grouped - stored)} story members are not stored")
        bad = self._db.execute(
            "SELECT COUNT(*) FROM stories s WHERE size != "
            "(SELECT COUNT(*) FROM members m WHERE m.story = s.id)"
        ).fetchone()[0]
        if bad:
            problems.append(f"{bad} stories have a wrong size")
        damaged = 0
        for (text,) in self._db.execute("SELECT text FROM articles"):
            try:
                zlib.decompress(text).decode("utf-8")
            except (zlib.error, UnicodeDecodeError):
                damaged += 1
        if damaged:
            problems.append(f"{damaged} stored article texts do not decode")
        return problems


def _sha(article: Article) -> bytes:
    return hashlib.sha256(f"{article.title}\n\n{article.text}".encode()).digest()


def _params_dict(params: ClusterParams) -> dict[str, Any]:
    return {name: getattr(params, name) for name in params.__slots__}


def _article_row(article: Article, revision: int, sha: bytes, batch: int) -> tuple[Any, ...]:
    return (
        article.id,
        revision,
        revision_id(article.id, revision),
        sha,
        article.title,
        article.source,
        article.url,
        article.published.isoformat() if article.published else None,
        article.author,
        article.origin,
        json.dumps(list(article.subheads), ensure_ascii=False),
        json.dumps(
            [[r.kind, r.text, r.line, r.reason] for r in article.removed], ensure_ascii=False
        ),
        zlib.compress(article.text.encode("utf-8"), 6),
        batch,
        json.dumps(
            [[p.text, p.author, p.handle, p.posted] for p in article.posts], ensure_ascii=False
        ),
    )


_ARTICLE_COLUMNS = (
    "member, title, source, url, published, author, origin, subheads, removed, text, posts"
)


def _row_article(row: Sequence[Any]) -> Article:
    member, title, source, url, published, author, origin, subheads, removed, text, posts = row
    return Article(
        id=member,
        text=zlib.decompress(text).decode("utf-8"),
        title=title,
        source=source,
        url=url,
        published=datetime.fromisoformat(published) if published else None,
        author=author,
        origin=origin,
        subheads=tuple(json.loads(subheads)),
        removed=tuple(
            Removal(kind=k, text=t, line=line, reason=reason)
            for k, t, line, reason in json.loads(removed)
        ),
        posts=tuple(
            Post(text=t, author=author_, handle=handle, posted=posted)
            for t, author_, handle, posted in json.loads(posts)
        ),
    )


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    """Slices of at most ``size`` items (SQLite limits the parameters of one query)."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def band_keys(fingerprints: Sequence[Any], bands: int, rows: int) -> np.ndarray:
    """One 32-bit key per LSH band and article (the band's ``rows`` MinHash values mixed).

    32 bits keep the index small; a chance collision only adds a candidate pair
    that verification drops. 0 means no key (an article without shingles).
    """
    if not fingerprints:
        return np.zeros((0, bands), dtype=np.uint32)
    sig = np.stack([fp.minhash.hashvalues for fp in fingerprints]).astype(np.uint64)
    sig = sig[:, : bands * rows].reshape(len(fingerprints), bands, rows)
    keys = np.zeros((len(fingerprints), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            keys = keys * np.uint64(0x100000001B3) ^ sig[:, :, r]
            keys ^= keys >> np.uint64(29)
    folded = ((keys ^ (keys >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    folded[folded == 0] = 1
    empty = np.asarray([fp.n_shingles == 0 for fp in fingerprints])
    folded[empty] = 0
    return folded


def _band_matches(old: np.ndarray, new: np.ndarray) -> set[int]:
    """Rows of ``old`` that share a band key with some row of ``new`` (0 = no key)."""
    found: set[int] = set()
    for band in range(old.shape[1]):
        column = old[:, band]
        order = np.argsort(column, kind="stable")
        ordered = column[order]
        queries = new[:, band]
        queries = queries[queries != 0]
        lo = np.searchsorted(ordered, queries, side="left")
        hi = np.searchsorted(ordered, queries, side="right")
        for a, b in zip(lo.tolist(), hi.tolist(), strict=True):
            found.update(order[a:b].tolist())
    return found


def _term_matches(
    old: Sequence[tuple[np.ndarray, np.ndarray]],
    new: Sequence[tuple[np.ndarray, np.ndarray]],
    *,
    neighbours: int,
    min_score: float = 0.0,
    times: tuple[np.ndarray, np.ndarray] | None = None,
    window_s: float | None = None,
) -> set[int]:
    """For each new article, its ``neighbours`` best stored partners over pruned terms.

    Partners whose pruned similarity is below ``min_score`` are left out, and
    so are partners published more than ``window_s`` seconds apart (``times``:
    stored and new publication times, NaN when unknown), which the time window
    of grouping would keep apart anyway.
    """

    def matrix(rows: Sequence[tuple[np.ndarray, np.ndarray]], width: int) -> sp.csr_matrix:
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([t.size for t, _ in rows])
        indices = np.concatenate([t for t, _ in rows]) if rows else np.zeros(0, np.int32)
        data = np.concatenate([w for _, w in rows]) if rows else np.zeros(0, np.float32)
        return sp.csr_matrix((data, indices, indptr), shape=(len(rows), width))

    width = 1 + max([int(t.max()) for t, _ in list(old) + list(new) if t.size] or [0])
    sims = (matrix(new, width) @ matrix(old, width).T).tocsr()
    found: set[int] = set()
    for i in range(sims.shape[0]):
        lo, hi = sims.indptr[i], sims.indptr[i + 1]
        cols, vals = sims.indices[lo:hi], sims.data[lo:hi]
        keep = vals >= min_score
        if times is not None and window_s is not None and not np.isnan(times[1][i]):
            gap = np.abs(times[0][cols] - times[1][i])
            keep &= ~(gap > window_s)  # NaN (unknown time) is kept
        cols, vals = cols[keep], vals[keep]
        if cols.size > neighbours:
            cols = cols[np.argpartition(-vals, neighbours - 1)[:neighbours]]
        found.update(cols.tolist())
    return found
