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
    "REWORDED",
    "AddsRule",
    "AlignedRow",
    "Alignment",
    "Article",
    "Cell",
    "Change",
    "ClusterResult",
    "Conflict",
    "ConflictLabel",
    "ConflictValue",
    "DiffReport",
    "Entity",
    "EntityKind",
    "Fact",
    "FactMention",
    "Link",
    "Passage",
    "Post",
    "Quantity",
    "QuantityKind",
    "Quote",
    "QuoteGroup",
    "QuoteKind",
    "QuoteVariant",
    "ReadProblem",
    "ReadResult",
    "Relation",
    "Removal",
    "RemovalKind",
    "Reuse",
    "Sentence",
    "Story",
    "VersionInfo",
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
    "markup",
]

QuoteKind = Literal["direct", "partial"]
QuantityKind = Literal[
    "count", "money", "percent", "measure", "duration", "time", "date", "year", "ordinal", "score"
]

EntityKind = Literal["person", "place", "org", "other"]
AddsRule = Literal["all", "majority", "base"]
ConflictLabel = Literal["conflict", "degree", "update", "more_specific", "compatible"]

_FROZEN = {"frozen": True, "slots": True, "kw_only": True}


def publication_order(item: Any) -> tuple[bool, float, str]:
    """Sort key of articles (or their records) in the order a report lists versions after
    the representative: by publication time, undated last, then by id."""
    published = item.published
    return (published is None, published.timestamp() if published else 0.0, item.id)


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
class Post:
    """A social-media post the page embeds, its words kept in the story body.

    ``text`` is what the post says as the body shows it (quotes find it there);
    ``author`` the account's name as the embed signs it ("Donald J. Trump"),
    ``handle`` its handle ("@realDonaldTrump") and ``posted`` the date it shows.
    The embed's signature itself is page debris, recorded in ``Article.removed``.
    """

    text: str
    author: str
    handle: str
    posted: str = ""


@dataclass(**_FROZEN)
class Article:
    """One news article, cleaned and ready to compare.

    ``text`` is the story body after debris removal: every later stage works on
    it, and character offsets (quotes, facts) point into it. ``subheads`` keep
    the structure that was taken out of the body; ``removed`` records the debris;
    ``posts`` are the social-media posts embedded in the body, with their authors.
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
    posts: tuple[Post, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "subheads")
        _tuple(self, "removed")
        _tuple(self, "posts")


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
    """Articles about one event, with the copy groups inside it.

    ``title`` is the representative's title or, when it has none, the first
    one among the others in the order a report lists them (by publication
    time, undated last, then id).
    """

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
    "%", "usd", "days"); ``norm`` a canonical form for times, dates and
    scores ("05:40", "sunday", "2026-03-01", "27-24": a score has no value
    or range, only its two figures in the order written), empty otherwise.
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


# word similarity to its row's reference under which a sentence is the fact reworded
REWORDED = 0.5


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

    @property
    def reworded(self) -> bool:
        """Whether the sentence tells its row's fact in other words rather than as an edit
        of the reference ("It agreed to register and pay about $4.6 million." beside "...
        agreeing to register and to pay a $4.6 million fine"): its word similarity is under
        :data:`REWORDED`, the alignment's default bar for an edit, so the row was joined as
        a paraphrase, and an edit script between the two is noise."""
        return self.status == "edited" and self.similarity < REWORDED


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


@dataclass(**_FROZEN)
class Reuse:
    """How much of one version's text another version carries word for word.

    ``share`` is the share of this version's word 5-shingles found in
    ``other``; ``relation`` is the verified relation of the pair.
    """

    other: str
    share: float
    relation: Relation | Literal[""] = ""


@dataclass(**_FROZEN)
class VersionInfo:
    """One version of the story as the report lists it."""

    id: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    sentences: int = 0
    words: int = 0
    reuses: tuple[Reuse, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "reuses")


@dataclass(**_FROZEN)
class Passage:
    """A row of the alignment seen from one version: what it adds or leaves out.

    For an addition, ``version`` is the version that adds it and the offsets
    point into its text. For an omission, ``version`` is the version quoted
    (the row's reference) and ``carried_by`` lists the versions that have it.
    """

    row: int
    version: str
    text: str
    start: int
    end: int
    paragraph: int = 0
    carried_by: tuple[str, ...] = ()
    meaning: bool = True

    def __post_init__(self) -> None:
        _tuple(self, "carried_by")
        _check_span(self)


@dataclass(**_FROZEN)
class QuoteVariant:
    """One version's wording of a quote."""

    version: str
    text: str
    start: int
    end: int
    speaker: str = ""
    speaker_text: str = ""
    cue: str = ""
    kind: QuoteKind = "direct"


@dataclass(**_FROZEN)
class QuoteGroup:
    """The same quote across versions, matched through trimming and splicing.

    ``text`` and ``speaker`` are the reference wording (the most common, else
    the longest). ``altered`` is set when a version changes the words inside the
    quote marks or the speaker; ``alterations`` says how, per version.
    """

    text: str
    speaker: str
    versions: tuple[str, ...]
    variants: tuple[QuoteVariant, ...]
    altered: bool = False
    alterations: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "versions")
        _tuple(self, "variants")
        _tuple(self, "alterations")


@dataclass(**_FROZEN)
class FactMention:
    """A fact as one version states it, with its hedge and attribution."""

    version: str
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str = ""
    unit: str = ""
    norm: str = ""
    sentence: str = ""
    attribution: str = ""


@dataclass(**_FROZEN)
class Fact:
    """A fact slot (what is counted or stated) and every version's statement of it."""

    kind: str
    subject: str
    text: str
    value: float | None
    versions: tuple[str, ...]
    mentions: tuple[FactMention, ...]

    def __post_init__(self) -> None:
        _tuple(self, "versions")
        _tuple(self, "mentions")


@dataclass(**_FROZEN)
class ConflictValue:
    """One version's value in a conflict."""

    version: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    sentence: str
    start: int
    end: int
    published: datetime | None = None


@dataclass(**_FROZEN)
class Conflict:
    """Versions that state one subject with different values, and how they differ.

    ``label``: ``conflict`` (the values cannot both be true), ``degree`` (they
    cannot both be true but are close), ``update`` (a later version reports a
    higher figure), ``more_specific`` (one value lies within the other's range)
    or ``compatible`` (the ranges overlap). ``consensus`` is the value most
    versions give; ``outliers`` the versions that differ from it.
    """

    subject: str
    label: ConflictLabel
    values: tuple[ConflictValue, ...]
    consensus: str = ""
    outliers: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        _tuple(self, "values")
        _tuple(self, "outliers")


@dataclass(**_FROZEN)
class DiffReport:
    """What each version of one story adds, leaves out and states differently."""

    story: str
    versions: tuple[VersionInfo, ...]
    alignment: Alignment
    adds: Mapping[str, tuple[Passage, ...]]
    omits: Mapping[str, tuple[Passage, ...]]
    quotes: tuple[QuoteGroup, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]
    base: str | None = None
    rule: AddsRule = "all"
    params: Mapping[str, Any] = field(default_factory=dict)
    schema_version: int = 1

    def __post_init__(self) -> None:
        _tuple(self, "versions")
        _tuple(self, "quotes")
        _tuple(self, "facts")
        _tuple(self, "conflicts")


@dataclass(**_FROZEN)
class Entity:
    """A named person, place or organisation mentioned in an article.

    ``text`` is the mention as written at half-open offsets ``start``/``end`` of
    ``Article.text``; ``name`` the canonical form within the article (the
    fullest mention it refers to, titles stripped: "Lena Haxby" for
    "Commander Haxby"); ``kind`` what it names, ``"other"`` when unsure.
    """

    text: str
    start: int
    end: int
    name: str
    kind: EntityKind = "other"

    def __post_init__(self) -> None:
        _check_span(self)
