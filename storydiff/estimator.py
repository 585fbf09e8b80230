"""The scikit-learn style estimator over :func:`storydiff.cluster.cluster`.

Kept apart from :mod:`storydiff.cluster` so that scikit-learn (about a second
to import) is loaded only by code that uses the estimator: ``import
storydiff`` gives :class:`StoryClusterer` on first access.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClusterMixin

from storydiff.cluster import ClusterParams, cluster
from storydiff.errors import NotFittedError
from storydiff.models import Article

__all__ = ["StoryClusterer"]

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
