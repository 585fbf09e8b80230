"""Frozen records passed between the stages of the pipeline.

Every record is an immutable, slotted, keyword-only dataclass; collections are
tuples. Change a record with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = [
    "AlignedRow",
    "Alignment",
    "Article",
    "Cell",
    "Change",
    "ClusterResult",
    "Link",
    "Quantity",
    "QuantityKind",
    "Quote",
    "QuoteKind",
    "ReadProblem",
    "ReadResult",
    "Relation",
    "Removal",
    "RemovalKind",
    "Sentence",
    "Story",
    "Word",
]

Relation = Literal["duplicate", "copy", "same_story"]
RemovalKind = Literal[
    "caption",
    "comment_box",
    "reader_comment",
    "source_line",
    "copyright",
    "promo_tail",
    "inline_promo",
    "boilerplate",
    "byline",
    "url",
    "timestamp",
    "subhead",
]

QuoteKind = Literal["direct", "partial"]
QuantityKind = Literal[
    "count", "money", "percent", "measure", "duration", "time", "date", "year", "ordinal"
]

_FROZEN = {"frozen": True, "slots": True, "kw_only": True}


def _tuple(obj: Any, name: str) -> None:
    value = getattr(obj, name)
    if not isinstance(value, tuple):
        object.__setattr__(obj, name, tuple(value))


@dataclass(**_FROZEN)
class Removal:
    """One piece of page debris taken out of an article before comparison.

    ``line`` is the 1-based line of the article body (as read, before cleaning)
    where the removed block starts; ``reason`` says which rule fired.
    """

    kind: RemovalKind
    text: str
    line: int
    reason: str


@dataclass(**_FROZEN)
class Article:
    """One news article, cleaned and ready to compare.

    ``text`` is the story body after debris removal: every later stage works on
    it, and character offsets (quotes, facts) point into it. ``subheads`` keep
    the structure that was taken out of the body; ``removed`` records the debris.
    """

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    author: str = ""
    origin: str = ""
    subheads: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    raw_sha256: str = ""

    def __post_init__(self) -> None:
        _tuple(self, "subheads")
        _tuple(self, "removed")


@dataclass(**_FROZEN)
class ReadProblem:
    """Something wrong with one input file or record; the rest is still read."""

    origin: str
    message: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(**_FROZEN)
class ReadResult:
    """Articles read from some inputs, and the problems met on the way."""

    articles: tuple[Article, ...]
    problems: tuple[ReadProblem, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "articles")
        _tuple(self, "problems")


@dataclass(**_FROZEN)
class Link:
    """A verified pair of articles and the scores that decided its relation.

    ``jaccard`` and ``containment`` are exact, over word shingles; ``cosine``
    is the TF-IDF cosine of the bodies. ``reason`` names the rule that fired.
    """

    a: str
    b: str
    relation: Relation
    jaccard: float
    containment: float
    cosine: float
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The link as in the JSONL contract."""
        return {
            "a": self.a,
            "b": self.b,
            "relation": self.relation,
            "jaccard": round(self.jaccard, 4),
            "containment": round(self.containment, 4),
            "cosine": round(self.cosine, 4),
            "reason": self.reason,
        }


@dataclass(**_FROZEN)
class Story:
    """Articles about one event, with the copy groups inside it."""

    id: str
    article_ids: tuple[str, ...]
    representative_id: str
    title: str = ""
    links: tuple[Link, ...] = ()
    copy_groups: tuple[tuple[str, ...], ...] = ()
    cohesion: float = 1.0

    def __post_init__(self) -> None:
        _tuple(self, "article_ids")
        _tuple(self, "links")
        object.__setattr__(self, "copy_groups", tuple(tuple(g) for g in self.copy_groups))

    @property
    def size(self) -> int:
        """Number of articles in the story."""
        return len(self.article_ids)

    def as_dict(self) -> dict[str, Any]:
        """The story as one object of the JSONL contract."""
        return {
            "story": self.id,
            "size": self.size,
            "articles": list(self.article_ids),
            "representative": self.representative_id,
            "title": self.title,
            "links": [link.as_dict() for link in self.links],
            "copy_groups": [list(g) for g in self.copy_groups],
            "cohesion": round(self.cohesion, 4),
        }


@dataclass(**_FROZEN)
class ClusterResult:
    """The outcome of grouping: stories (singletons included) and every verified link."""

    stories: tuple[Story, ...]
    links: tuple[Link, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    stats: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _tuple(self, "stories")
        _tuple(self, "links")

    def labels(self) -> dict[str, str]:
        """Map every article id to the id of its story."""
        return {aid: s.id for s in self.stories for aid in s.article_ids}

    def story_of(self, article_id: str) -> Story:
        """The story holding ``article_id``."""
        for story in self.stories:
            if article_id in story.article_ids:
                return story
        msg = f"No story holds the article {article_id!r}."
        raise KeyError(msg)


def _check_span(obj: Any) -> None:
    if not 0 <= obj.start <= obj.end:
        msg = f"{type(obj).__name__} needs 0 <= start <= end. Got start={obj.start}, end={obj.end}."
        raise ValueError(msg)


@dataclass(**_FROZEN)
class Quote:
    """A direct quote in an article, with who said it and how.

    ``start``/``end`` are half-open character offsets of the quoted words
    (without the quote marks) in ``Article.text``. ``speaker`` is the canonical
    name of the speaker within the article (the fullest form the text gives:
    "Lena Haxby" for "she", "Haxby" or "the commissioner" when the text ties them
    together), ``""`` when the text names nobody; ``speaker_text`` is the
    mention as written next to the quote; ``cue`` is the reporting verb phrase
    ("said", "told reporters"). ``kind`` is ``"direct"`` for a quoted clause or
    sentence and ``"partial"`` for a fragment quoted inside a sentence.
    """

    text: str
    start: int
    end: int
    speaker: str = ""
    speaker_text: str = ""
    cue: str = ""
    kind: QuoteKind = "direct"

    def __post_init__(self) -> None:
        _check_span(self)


@dataclass(**_FROZEN)
class Quantity:
    """A number, time or date stated in an article, with what it counts and its hedge.

    ``text`` is the whole mention ("around 40 passengers") at half-open offsets
    ``start``/``end`` of ``Article.text``. ``value`` is the stated figure
    (40.0), ``low``/``high`` the range the wording allows, inclusive, ``None``
    for an open end ("at least 25" is 25 to ``None``; "dozens" is 24 to 120).
    ``hedge`` is the hedging word as written ("around", "at least", "" when
    exact), ``unit`` what is counted or measured, lower-case ("passengers",
    "%", "usd", "days"); ``norm`` a canonical form for times and dates
    ("05:40", "sunday", "2026-03-01"), empty otherwise.
    """

    text: str
    start: int
    end: int
    kind: QuantityKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str = ""
    unit: str = ""
    norm: str = ""

    def __post_init__(self) -> None:
        _check_span(self)

    @property
    def approximate(self) -> bool:
        """Whether the wording allows more than one value."""
        return self.low != self.high


@dataclass(**_FROZEN)
class Sentence:
    """One sentence of an article: its position, paragraph and offsets."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0

    def __post_init__(self) -> None:
        _check_span(self)


@dataclass(**_FROZEN)
class Word:
    """A word or punctuation mark and its offsets."""

    text: str
    start: int
    end: int


@dataclass(**_FROZEN)
class Change:
    """A word-level edit of one version's sentence against the row's reference.

    ``old`` is the reference wording, ``new`` this version's; ``start``/``end``
    locate ``new`` in this version's ``Article.text`` (an empty span where words
    were dropped). ``meaning`` says whether the edit can change what the
    sentence states (numbers, names, negation, reporting verbs, new content)
    rather than only its wording; ``reason`` names the rule.
    """

    tag: Literal["replace", "insert", "delete"]
    old: str
    new: str
    start: int
    end: int
    meaning: bool
    reason: str


@dataclass(**_FROZEN)
class Cell:
    """One version's sentence (or run of sentences) in an alignment row."""

    version: str
    sentences: tuple[int, ...]
    start: int
    end: int
    text: str
    paragraph: int
    status: Literal["same", "edited"]
    similarity: float = 1.0
    changes: tuple[Change, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "sentences")
        _tuple(self, "changes")
        _check_span(self)


@dataclass(**_FROZEN)
class AlignedRow:
    """Sentences of several versions that say the same thing, one cell per version."""

    index: int
    cells: tuple[Cell, ...]
    reference: str

    def __post_init__(self) -> None:
        _tuple(self, "cells")

    @property
    def versions(self) -> tuple[str, ...]:
        """Ids of the versions that carry this row."""
        return tuple(c.version for c in self.cells)

    def cell(self, version: str) -> Cell | None:
        """The cell of ``version``, or ``None`` when the version lacks the row."""
        for c in self.cells:
            if c.version == version:
                return c
        return None


@dataclass(**_FROZEN)
class Alignment:
    """N-way sentence alignment of the versions of one story."""

    versions: tuple[str, ...]
    rows: tuple[AlignedRow, ...]

    def __post_init__(self) -> None:
        _tuple(self, "versions")
        _tuple(self, "rows")
