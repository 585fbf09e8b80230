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

Regrouping works on every stored article with the same parameters as
``storydiff cluster``, so an index built in any number of batches holds the
same stories as one ``storydiff cluster`` over all of it. (The cost of that
exactness is a full regrouping per add; an incremental path for very large
indexes is future work, see the README.)

Reliability: every ``add`` is one ``BEGIN IMMEDIATE`` transaction, so a killed
process leaves the index as it was before the add; readers keep reading the
last committed state while a writer works (WAL); a second writer waits up to
``timeout`` seconds and then gets a clear :class:`~storydiff.errors.IndexBusyError`.
A file that is not a storydiff index, or one written by a newer storydiff, is
refused with an :class:`~storydiff.errors.InputError` that names it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from storydiff.cluster import ClusterParams, cluster
from storydiff.errors import IndexBusyError, InputError
from storydiff.models import Article, ClusterResult, Link, Removal, Story

__all__ = ["SCHEMA_VERSION", "AddResult", "Index", "IndexStats", "revision_id"]

SCHEMA_VERSION = 1
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
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT,
    author TEXT NOT NULL,
    origin TEXT NOT NULL,
    subheads TEXT NOT NULL,
    removed TEXT NOT NULL,
    text TEXT NOT NULL,
    batch INTEGER NOT NULL REFERENCES batches(id),
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
CREATE INDEX members_story ON members(story);
CREATE INDEX links_story ON links(story);
CREATE INDEX stories_updated ON stories(updated_batch);
"""

# schema version -> statements that bring an index from that version to the next
_MIGRATIONS: dict[int, Sequence[str]] = {}


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
    """Sizes of an index."""

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
    ) -> None:
        self.path = Path(path)
        if not self.path.exists() and not create:
            msg = f"{self.path}: no such index"
            raise InputError(msg)
        self._timeout = timeout
        try:
            self._db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._check()
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            msg = f"{self.path}: not a storydiff index ({exc})"
            raise InputError(msg) from None
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
        version = int(meta.get("schema_version", "0"))
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

    # -- adding ----------------------------------------------------------------

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
            known = {
                (aid, sha): rev
                for aid, sha, rev in self._db.execute("SELECT id, sha256, revision FROM articles")
            }
            last_rev: dict[str, int] = {}
            for aid, rev in self._db.execute("SELECT id, MAX(revision) FROM articles GROUP BY id"):
                last_rev[aid] = rev
            fresh: list[tuple[Article, int, str]] = []
            unchanged = revised = 0
            seen: set[tuple[str, str]] = set()
            for article in incoming:
                sha = _sha(article)
                if (article.id, sha) in known or (article.id, sha) in seen:
                    unchanged += 1
                    continue
                seen.add((article.id, sha))
                revision = last_rev.get(article.id, 0) + 1
                last_rev[article.id] = revision
                revised += revision > 1
                fresh.append((article, revision, sha))
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
                "INSERT INTO articles (id, revision, sha256, title, source, url, published, "
                "author, origin, subheads, removed, text, batch) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_article_row(a, rev, sha, batch) for a, rev, sha in fresh],
            )
            if progress is not None:
                progress("stored", len(fresh), len(fresh))
            result = cluster(
                list(self._articles()),
                params=self.params,
                progress=progress,
            )
            merges, splits = self._store_stories(result, batch)
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
        self, result: ClusterResult, batch: int
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Replace the stories by ``result``'s, keeping ids stable; record merges and splits."""
        old_story = dict(self._db.execute("SELECT article, story FROM members"))
        old_meta: dict[str, int] = {}
        old_updated: dict[str, int] = {}
        for sid, made, updated in self._db.execute(
            "SELECT id, created_batch, updated_batch FROM stories"
        ):
            old_meta[sid], old_updated[sid] = made, updated
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
                sid = story.id if story.id not in old_meta else f"{story.id}-{batch}"
                created.append(batch)
                splits += [(olds[0], sid)] if olds else []
            final_ids.append(sid)
        self._db.execute("DELETE FROM links")
        self._db.execute("DELETE FROM members")
        self._db.execute("DELETE FROM stories")
        published = {
            aid: pub
            for aid, pub in self._db.execute(
                "SELECT CASE WHEN revision = 1 THEN id ELSE id || '@' || revision END, published "
                "FROM articles"
            )
        }
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

    # -- reading ---------------------------------------------------------------

    def _articles(self) -> Iterator[Article]:
        for row in self._db.execute(
            "SELECT id, revision, title, source, url, published, author, origin, subheads, "
            "removed, text FROM articles ORDER BY seq"
        ):
            yield _row_article(row)

    def articles(self) -> list[Article]:
        """Every stored article and revision, in the order they were added."""
        return list(self._articles())

    def article(self, article_id: str) -> Article:
        """One stored article (``id`` or ``id@revision``)."""
        for article in self._articles():
            if article.id == article_id:
                return article
        msg = f"{self.path}: no article {article_id!r} in the index"
        raise KeyError(msg)

    def _count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0])

    def stories(self, *, since: datetime | str | None = None) -> list[Story]:
        """The stories, largest first; ``since`` keeps those changed by a batch at or after it.

        ``since`` is compared with the time each batch finished (UTC).
        """
        query = "SELECT id, title, representative, cohesion FROM stories"
        args: tuple[Any, ...] = ()
        if since is not None:
            when = since.isoformat() if isinstance(since, datetime) else str(since)
            query += " WHERE updated_batch IN (SELECT id FROM batches WHERE finished_at >= ?)"
            args = (when,)
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

    def story(self, story_id: str) -> Story:
        """One story by id, or by the id of an article in it."""
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

    def events(self) -> list[tuple[int, str, str, str]]:
        """Merges and splits, as (batch, kind, story kept, other story)."""
        return [tuple(r) for r in self._db.execute("SELECT batch, kind, story, other FROM events")]

    def stats(self) -> IndexStats:
        """Counts and sizes."""

        def one(query: str) -> int:
            return int(self._db.execute(query).fetchone()[0] or 0)

        page = one("PRAGMA page_count") * one("PRAGMA page_size")
        wal = self.path.with_name(self.path.name + "-wal")
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
            text_bytes=one("SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM articles"),
        )

    def integrity(self) -> list[str]:
        """Problems found by SQLite's integrity check and the index's own invariants."""
        problems = [r[0] for r in self._db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        stored = {
            revision_id(aid, rev)
            for aid, rev in self._db.execute("SELECT id, revision FROM articles")
        }
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
        return problems


def _sha(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\n\n{article.text}".encode()).hexdigest()


def _params_dict(params: ClusterParams) -> dict[str, Any]:
    return {name: getattr(params, name) for name in params.__slots__}


def _article_row(article: Article, revision: int, sha: str, batch: int) -> tuple[Any, ...]:
    return (
        article.id,
        revision,
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
        article.text,
        batch,
    )


def _row_article(row: Sequence[Any]) -> Article:
    aid, revision, title, source, url, published, author, origin, subheads, removed, text = row
    return Article(
        id=revision_id(aid, revision),
        text=text,
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
    )
