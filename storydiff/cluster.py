"""Grouping verified pairs into stories.

1. Copy groups: union-find over ``duplicate`` and Jaccard ``copy`` links.
2. Stories: average-link agglomeration of copy groups over the candidate graph.
   The average cosine between two groups is computed exactly from the sums of
   their TF-IDF rows, ``(S_A . S_B) / (|A| |B|)``, so a single strong pair
   cannot chain two large stories together; groups are merged best-first while
   that average stays at or above ``story_cosine``, and never across a gap in
   publication time wider than ``time_window_days``.
3. Refinement: a story that is really two (same topic, two events) is cut by
   bisecting spherical 2-means while the halves' centroids stay below
   ``split_cosine``.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin

from storydiff.candidates import candidate_pairs
from storydiff.errors import ConfigError, NotFittedError, param_error
from storydiff.fingerprint import Fingerprinter
from storydiff.models import Article, ClusterResult, Link, Story
from storydiff.vectors import article_document, build_tfidf
from storydiff.verify import PairScore, VerifyParams, relation_of, score_pairs

__all__ = ["ClusterParams", "StoryClusterer", "cluster"]

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterParams:
    """Every setting of the grouping, in one place (recorded in results).

    Parameters
    ----------
    num_perm, seed, shingle_size:
        MinHash configuration (see :class:`~storydiff.fingerprint.Fingerprinter`).
    lsh_threshold:
        Jaccard level the LSH banding is tuned for (candidates only).
    top_terms, max_postings, neighbours:
        TF-IDF neighbour candidates: terms kept per article, the document
        frequency above which a term is too common to propose pairs, and the
        partners kept per article.
    copy_jaccard, copy_containment, min_containment_shingles:
        When a pair is a copy (see :class:`~storydiff.verify.VerifyParams`).
    story_cosine:
        Average-link TF-IDF cosine two groups need to be one story.
    split_cosine:
        A story of 4+ articles whose best 2-way split has centroids with a
        cosine below this is cut in two (0 turns the check off).
    time_window_days:
        Largest gap in publication time between two groups that may merge
        (``None``: no window). Articles without a date are never held apart.
    """

    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 5
    lsh_threshold: float = 0.3
    top_terms: int = 30
    max_postings: int = 2000
    neighbours: int = 30
    copy_jaccard: float = 0.5
    copy_containment: float = 0.7
    min_containment_shingles: int = 20
    story_cosine: float = 0.15
    split_cosine: float = 0.5
    time_window_days: float | None = 2.0

    def __post_init__(self) -> None:
        for name in (
            "lsh_threshold",
            "copy_jaccard",
            "copy_containment",
            "story_cosine",
            "split_cosine",
        ):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                error = param_error(name, "ClusterParams", "a float in [0, 1]", value)
                raise error
        for name in ("top_terms", "max_postings", "neighbours", "min_containment_shingles"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                error = param_error(name, "ClusterParams", "a positive int", value)
                raise error
        if self.time_window_days is not None and (
            not isinstance(self.time_window_days, (int, float)) or self.time_window_days < 0
        ):
            error = param_error(
                "time_window_days",
                "ClusterParams",
                "a non-negative number or None",
                self.time_window_days,
            )
            raise error

    @property
    def verify(self) -> VerifyParams:
        """The verification thresholds."""
        return VerifyParams(
            copy_jaccard=self.copy_jaccard,
            copy_containment=self.copy_containment,
            min_containment_shingles=self.min_containment_shingles,
            story_cosine=self.story_cosine,
        )

    @property
    def fingerprinter(self) -> Fingerprinter:
        """The fingerprinter of this configuration."""
        return Fingerprinter(num_perm=self.num_perm, seed=self.seed, shingle_size=self.shingle_size)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _timestamp(d: datetime | None) -> float | None:
    return None if d is None else d.timestamp()


@dataclass(slots=True)
class _Group:
    members: list[int]
    total: sp.csr_matrix
    t_min: float | None
    t_max: float | None


def _gap_ok(a: _Group, b: _Group, window_s: float | None) -> bool:
    if window_s is None or a.t_min is None or b.t_min is None:
        return True
    a_max = a.t_max if a.t_max is not None else a.t_min
    b_max = b.t_max if b.t_max is not None else b.t_min
    gap = max(b.t_min - a_max, a.t_min - b_max, 0.0)
    return gap <= window_s


def _average_link(
    matrix: sp.csr_matrix,
    groups: list[list[int]],
    edges: set[tuple[int, int]],
    times: Sequence[float | None],
    *,
    threshold: float,
    window_s: float | None,
) -> list[list[int]]:
    """Best-first average-link merging of ``groups`` along ``edges`` (group index pairs)."""
    state: dict[int, _Group] = {}
    for g, members in enumerate(groups):
        stamps = [times[m] for m in members if times[m] is not None]
        total = sp.csr_matrix(matrix[members].sum(axis=0))
        state[g] = _Group(
            members=list(members),
            total=total,
            t_min=min(stamps) if stamps else None,
            t_max=max(stamps) if stamps else None,
        )
    adjacency: dict[int, set[int]] = {g: set() for g in state}
    for a, b in edges:
        adjacency[a].add(b)
        adjacency[b].add(a)

    def similarity(a: int, b: int) -> float:
        ga, gb = state[a], state[b]
        dot = float(ga.total.multiply(gb.total).sum())
        return dot / (len(ga.members) * len(gb.members))

    heap: list[tuple[float, int, int]] = []
    for a, b in edges:
        if _gap_ok(state[a], state[b], window_s):
            s = similarity(a, b)
            if s >= threshold:
                heap.append((-s, a, b))
    heapq.heapify(heap)
    next_id = len(groups)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in state or b not in state:
            continue
        ga, gb = state.pop(a), state.pop(b)
        stamps_min = [t for t in (ga.t_min, gb.t_min) if t is not None]
        stamps_max = [t for t in (ga.t_max, gb.t_max) if t is not None]
        merged = _Group(
            members=ga.members + gb.members,
            total=ga.total + gb.total,
            t_min=min(stamps_min) if stamps_min else None,
            t_max=max(stamps_max) if stamps_max else None,
        )
        new = next_id
        next_id += 1
        state[new] = merged
        nbrs = (adjacency.pop(a) | adjacency.pop(b)) - {a, b}
        adjacency[new] = nbrs
        for c in nbrs:
            adjacency[c].discard(a)
            adjacency[c].discard(b)
            adjacency[c].add(new)
            if _gap_ok(merged, state[c], window_s):
                s = similarity(new, c)
                if s >= threshold:
                    heapq.heappush(heap, (-s, min(new, c), max(new, c)))
        del neg
    return [g.members for g in state.values()]


def _centroid_cosine(matrix: sp.csr_matrix, a: list[int], b: list[int]) -> float:
    x = np.asarray(matrix[a].sum(axis=0)).ravel()
    y = np.asarray(matrix[b].sum(axis=0)).ravel()
    norm = float(np.linalg.norm(x) * np.linalg.norm(y))
    return float(x @ y) / norm if norm else 0.0


def _refine(
    stories: list[list[int]],
    matrix: sp.csr_matrix,
    group_of: Sequence[int],
    groups: Sequence[Sequence[int]],
    split_cosine: float,
    seed: int,
) -> list[list[int]]:
    """Split stories that are two stories: bisecting spherical 2-means over copy groups.

    A story of 4 or more articles is cut in two when the centroids of its best
    2-way split (copy groups kept whole) have a cosine below ``split_cosine``;
    both halves are then tested again. Average link builds stories bottom-up
    from pairs; this top-down check sees the whole story at once, and catches
    two events on one topic that pairwise similarities alone blur together.
    """
    from sklearn.cluster import KMeans
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.preprocessing import normalize

    out: list[list[int]] = []
    todo = [sorted(s) for s in stories]
    while todo:
        members = todo.pop()
        gids = sorted({group_of[m] for m in members})
        if len(members) < 4 or len(gids) < 2:
            out.append(members)
            continue
        rows = normalize(
            sp.vstack([sp.csr_matrix(matrix[list(groups[g])].sum(axis=0)) for g in gids])
        )
        weights = np.array([len(groups[g]) for g in gids], dtype=float)
        with warnings.catch_warnings():
            # identical rows leave one cluster: that simply means "no split"
            warnings.simplefilter("ignore", ConvergenceWarning)
            km = KMeans(n_clusters=2, n_init=5, random_state=seed).fit(rows, sample_weight=weights)
        a = [m for g, lab in zip(gids, km.labels_, strict=True) if lab == 0 for m in groups[g]]
        b = [m for g, lab in zip(gids, km.labels_, strict=True) if lab == 1 for m in groups[g]]
        if min(len(a), len(b)) < 2 or _centroid_cosine(matrix, a, b) >= split_cosine:
            out.append(members)
            continue
        todo.extend([a, b])
    return out


def _story_id(article_ids: Sequence[str]) -> str:
    digest = hashlib.sha1("\x1f".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"s-{digest[:12]}"


def _check_articles(articles: Sequence[Article]) -> None:
    seen: set[str] = set()
    for a in articles:
        if not isinstance(a, Article):
            msg = f"cluster() takes Article records; got {type(a).__name__}"
            raise TypeError(msg)
        if a.id in seen:
            msg = f"Duplicate article id {a.id!r}: ids must be unique."
            raise ConfigError(msg)
        seen.add(a.id)


def _noop(stage: str, done: int, total: int) -> None:
    return None


def cluster(
    articles: Sequence[Article],
    *,
    params: ClusterParams | None = None,
    progress: Progress | None = None,
) -> ClusterResult:
    """Group articles into stories.

    Parameters
    ----------
    articles:
        Articles with unique ids (from :func:`storydiff.read`).
    params:
        Thresholds and sizes; defaults are the same for every corpus.
    progress:
        Called as ``progress(stage, done, total)`` between stages.

    Returns
    -------
    ClusterResult
        Every article in exactly one story (singletons included), stories
        sorted by size then id, and every verified link.

    Examples
    --------
    >>> from storydiff.models import Article
    >>> text = "Heavy rain flooded the old harbour of Port Ella on Sunday, officials said."
    >>> arts = [Article(id="a", text=text), Article(id="b", text=text),
    ...         Article(id="c", text="The central bank held its rate at four percent.")]
    >>> [s.article_ids for s in cluster(arts).stories]
    [('a', 'b'), ('c',)]
    """
    params = params or ClusterParams()
    progress = progress or _noop
    _check_articles(articles)
    n = len(articles)
    stats: dict[str, Any] = {"articles": n}
    t0 = time.perf_counter()
    fingerprints = params.fingerprinter.fingerprint(articles)
    stats["fingerprint_s"] = time.perf_counter() - t0
    progress("fingerprint", n, n)

    t0 = time.perf_counter()
    space = build_tfidf([article_document(a) for a in articles])
    lsh, near = candidate_pairs(
        fingerprints,
        space,
        lsh_threshold=params.lsh_threshold,
        num_perm=params.num_perm,
        top_terms=params.top_terms,
        max_postings=params.max_postings,
        neighbours=params.neighbours,
    )
    pairs = lsh | near
    stats.update(candidates_s=time.perf_counter() - t0, lsh_pairs=len(lsh), tfidf_pairs=len(near))
    progress("candidates", n, n)

    t0 = time.perf_counter()
    published = [a.published for a in articles]
    scores = score_pairs(pairs, fingerprints, space, published)
    vparams = params.verify
    window_s = None if params.time_window_days is None else params.time_window_days * 86400.0
    verdicts: list[tuple[PairScore, str | None, str]] = []
    for s in scores:
        smaller = min(fingerprints[s.i].n_shingles, fingerprints[s.j].n_shingles)
        relation, reason = relation_of(s, vparams, smaller_shingles=smaller)
        if (
            relation is not None
            and relation != "duplicate"
            and s.gap_days is not None
            and (window_s is not None and s.gap_days * 86400.0 > window_s)
        ):
            relation, reason = None, f"published {s.gap_days:.1f} days apart (time window)"
        verdicts.append((s, relation, reason))
    stats["verify_s"] = time.perf_counter() - t0
    progress("verify", n, n)

    t0 = time.perf_counter()
    uf = _UnionFind(n)
    for s, relation, _ in verdicts:
        if relation == "duplicate" or (relation == "copy" and s.jaccard >= params.copy_jaccard):
            uf.union(s.i, s.j)
    root_to_group: dict[int, int] = {}
    groups: list[list[int]] = []
    group_of = [0] * n
    for i in range(n):
        r = uf.find(i)
        if r not in root_to_group:
            root_to_group[r] = len(groups)
            groups.append([])
        groups[root_to_group[r]].append(i)
        group_of[i] = root_to_group[r]
    edges: set[tuple[int, int]] = set()
    for s, relation, _ in verdicts:
        if relation is None:
            continue
        ga, gb = group_of[s.i], group_of[s.j]
        if ga != gb:
            edges.add((min(ga, gb), max(ga, gb)))
    times = [_timestamp(p) for p in published]
    final = _average_link(
        space.matrix,
        groups,
        edges,
        times,
        threshold=params.story_cosine,
        window_s=window_s,
    )
    if params.split_cosine > 0.0:
        final = _refine(final, space.matrix, group_of, groups, params.split_cosine, params.seed)
    stats["cluster_s"] = time.perf_counter() - t0
    progress("cluster", n, n)

    story_of = [0] * n
    for k, members in enumerate(final):
        for m in members:
            story_of[m] = k
    links_by_story: dict[int, list[Link]] = {k: [] for k in range(len(final))}
    all_links: list[Link] = []
    for s, relation, reason in verdicts:
        if relation is None or story_of[s.i] != story_of[s.j]:
            continue
        link = Link(
            a=articles[s.i].id,
            b=articles[s.j].id,
            relation=relation,
            jaccard=s.jaccard,
            containment=s.containment,
            cosine=s.cosine,
            reason=reason,
        )
        links_by_story[story_of[s.i]].append(link)
        all_links.append(link)

    stories = [
        _make_story(articles, members, space.matrix, links_by_story[k])
        for k, members in enumerate(final)
    ]
    stories.sort(key=lambda st: (-st.size, st.id))
    stats["stories"] = len(stories)
    return ClusterResult(stories=stories, links=all_links, params=asdict(params), stats=stats)


def _make_story(
    articles: Sequence[Article], members: list[int], matrix: sp.csr_matrix, links: list[Link]
) -> Story:
    members = sorted(members, key=lambda m: articles[m].id)
    ids = [articles[m].id for m in members]
    if len(members) == 1:
        rep = members[0]
        cohesion = 1.0
    else:
        sub = matrix[members]
        total = np.asarray(sub.sum(axis=0)).ravel()
        centrality = np.asarray(sub @ total).ravel()
        n = len(members)
        cohesion = float((total @ total - n) / (n * (n - 1)))

        def rank(k: int) -> tuple[float, float, int, str]:
            art = articles[members[k]]
            stamp = art.published.timestamp() if art.published else float("inf")
            return (-round(float(centrality[k]), 6), stamp, -len(art.text), art.id)

        rep = members[min(range(len(members)), key=rank)]
    copy_uf: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        while copy_uf[x] != x:
            copy_uf[x] = copy_uf[copy_uf[x]]
            x = copy_uf[x]
        return x

    for link in links:
        if link.relation in ("duplicate", "copy"):
            ra, rb = find(link.a), find(link.b)
            if ra != rb:
                copy_uf[max(ra, rb)] = min(ra, rb)
    by_root: dict[str, list[str]] = {}
    for i in ids:
        by_root.setdefault(find(i), []).append(i)
    copy_groups = sorted((tuple(g) for g in by_root.values() if len(g) > 1), key=lambda g: g[0])
    links.sort(key=lambda lk: (lk.a, lk.b))
    return Story(
        id=_story_id(ids),
        article_ids=tuple(ids),
        representative_id=articles[rep].id,
        title=articles[rep].title,
        links=tuple(links),
        copy_groups=tuple(copy_groups),
        cohesion=max(0.0, min(1.0, cohesion)),
    )


_DEFAULTS = ClusterParams()


class StoryClusterer(ClusterMixin, BaseEstimator):
    """scikit-learn style estimator over :func:`cluster`.

    ``fit(articles)`` sets ``result_`` (the :class:`ClusterResult`),
    ``stories_``, ``labels_`` (story index per article, ``-1`` for a
    singleton) and ``links_``.

    Examples
    --------
    >>> from storydiff.models import Article
    >>> t = "Heavy rain flooded the old harbour of Port Ella on Sunday, officials said."
    >>> StoryClusterer().fit_predict([Article(id="a", text=t), Article(id="b", text=t)]).tolist()
    [0, 0]
    """

    def __init__(
        self,
        *,
        story_cosine: float = _DEFAULTS.story_cosine,
        split_cosine: float = _DEFAULTS.split_cosine,
        copy_jaccard: float = _DEFAULTS.copy_jaccard,
        copy_containment: float = _DEFAULTS.copy_containment,
        time_window_days: float | None = _DEFAULTS.time_window_days,
        num_perm: int = _DEFAULTS.num_perm,
        seed: int = _DEFAULTS.seed,
        shingle_size: int = _DEFAULTS.shingle_size,
    ) -> None:
        self.story_cosine = story_cosine
        self.split_cosine = split_cosine
        self.copy_jaccard = copy_jaccard
        self.copy_containment = copy_containment
        self.time_window_days = time_window_days
        self.num_perm = num_perm
        self.seed = seed
        self.shingle_size = shingle_size

    def _params(self) -> ClusterParams:
        return ClusterParams(**self.get_params())

    def fit(self, X: Sequence[Article], y: None = None) -> StoryClusterer:
        """Group the articles ``X``; ``y`` is ignored."""
        result = cluster(list(X), params=self._params())
        index = {a.id: k for k, a in enumerate(X)}
        labels = np.full(len(X), -1, dtype=np.int64)
        label = 0
        for story in result.stories:
            if story.size > 1:
                for aid in story.article_ids:
                    labels[index[aid]] = label
                label += 1
        self.result_ = result
        self.stories_ = result.stories
        self.links_ = result.links
        self.labels_ = labels
        return self

    def fit_predict(self, X: Sequence[Article], y: None = None) -> np.ndarray:
        """Fit and return ``labels_``."""
        return self.fit(X).labels_

    @property
    def n_stories_(self) -> int:
        """Number of stories found, singletons included."""
        if not hasattr(self, "result_"):
            msg = "This StoryClusterer is not fitted yet. Call 'fit' with articles first."
            raise NotFittedError(msg)
        return len(self.result_.stories)
