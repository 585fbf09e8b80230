"""The diff of one story: what each version adds, leaves out and states differently.

``diff_story`` runs the last stages of the pipeline on the versions of one
story: N-way sentence alignment (:mod:`storydiff.align`), quote and number
extraction (:mod:`storydiff.quotes`, :mod:`storydiff.quantities`), fact slots
and their comparison (:mod:`storydiff.facts`), and returns a frozen
:class:`~storydiff.models.DiffReport` that the renderers turn into text.

Adds and omits follow one of three rules (``DiffOptions.rule``):

``all`` (default)
    a version *adds* a row no other version carries, and *omits* a row that
    every other version carries (when there are at least two others).
``majority``
    a version adds a row that fewer than half of the versions carry, and omits
    a row that more than half carry.
``base``
    against one chosen version: a version adds what the base lacks and omits
    what the base has.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nicknames import NickNamer
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from storydiff import _entity_words as W
from storydiff._quantity_tables import MONTH_ALT, MONTHS, WEEKDAYS
from storydiff._quote_words import (
    _FEMALE_FIRST,
    _FEMALE_NOUNS,
    _MALE_FIRST,
    _MALE_NOUNS,
    _TITLES,
    HONORIFICS,
)
from storydiff.align import AlignParams, align
from storydiff.changes import FUNCTION
from storydiff.entities import _STATE_TAG, extract_entities
from storydiff.errors import param_error
from storydiff.facts import (
    SEX_OF_PLURAL,
    attribution_of,
    counts_people,
    dated_by_day,
    days_named,
    far_apart,
    has_predicate,
    measured_noun,
    plural,
    predicate_of,
    reads_as_update,
    relate,
    subject_of,
)
from storydiff.models import (
    AddsRule,
    Alignment,
    Article,
    Cell,
    Conflict,
    ConflictLabel,
    ConflictValue,
    DiffReport,
    Entity,
    Fact,
    FactMention,
    Link,
    Passage,
    Quantity,
    Quote,
    QuoteGroup,
    QuoteVariant,
    Reuse,
    Sentence,
    Story,
    VersionInfo,
    publication_order,
)
from storydiff.normalize import comparison_key, shingles, strip_accents, tokens, word_set
from storydiff.quantities import extract_quantities, joined_durations
from storydiff.quotes import extract_quotes
from storydiff.segment import split_sentences

__all__ = ["DiffOptions", "diff_story", "story_versions"]

_RULES = ("all", "majority", "base")
# other versions an omit needs under the rule "all": with fewer, what one version adds is
# all the other leaves out, and only adds are listed
OMIT_OTHERS = 2


def lists_omits(rule: str, versions: int) -> bool:
    """Whether a report of ``versions`` versions under ``rule`` lists omits: not a story
    of other versions fewer than :data:`OMIT_OTHERS` under "all" (a lone version has no
    other to be judged against, and its count stays)."""
    return not (rule == "all" and 1 <= versions - 1 < OMIT_OTHERS)


_CONFLICT_KINDS = frozenset({"count", "money", "percent", "measure", "duration"})
_SEVERITY: dict[ConflictLabel, int] = {
    "conflict": 5,
    "degree": 4,
    "update": 3,
    "compatible": 2,
    "more_specific": 1,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffOptions:
    """Every setting of the diff, in one place.

    ``rule`` decides adds and omits (see the module docs), ``base`` names the
    reference version (required by ``rule="base"``), ``align`` holds the
    alignment thresholds, ``quote_match`` the share of a shorter quote's words
    the other must have in the same stretches for the two to be one quote
    (see :func:`_shared_runs`), ``reuse_floor``
    the smallest shared share of text listed as reuse.
    """

    rule: AddsRule = "all"
    base: str | None = None
    align: AlignParams = field(default_factory=AlignParams)
    quote_match: float = 0.6
    reuse_floor: float = 0.2

    def __post_init__(self) -> None:
        if self.rule not in _RULES:
            error = param_error("rule", "DiffOptions", f"one of {_RULES}", self.rule)
            raise error
        if self.rule == "base" and self.base is None:
            error = param_error("base", "DiffOptions", "a version id when rule='base'", None)
            raise error
        for name in ("quote_match", "reuse_floor"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                error = param_error(name, "DiffOptions", "a float in (0, 1]", value)
                raise error

    def as_dict(self) -> dict[str, Any]:
        """The options as plain values, for ``DiffReport.params``."""
        return {
            "rule": self.rule,
            "base": self.base,
            "align_threshold": self.align.threshold,
            "align_containment": self.align.containment,
            "align_min_words": self.align.min_words,
            "align_paraphrase": self.align.paraphrase,
            "align_anchored": self.align.anchored,
            "quote_match": self.quote_match,
            "reuse_floor": self.reuse_floor,
        }


def diff_story(
    articles: Sequence[Article],
    *,
    options: DiffOptions | None = None,
    story: str = "",
    links: Sequence[Link] = (),
    progress: Callable[[int, int], None] | None = None,
) -> DiffReport:
    """Compare the versions of one story.

    Parameters
    ----------
    articles:
        The versions, in the order to show them (at least one).
    options:
        Settings; defaults to :class:`DiffOptions`.
    story:
        Id of the story the versions come from, if any.
    links:
        Verified links from clustering; their relations label text reuse.
    progress:
        Called as ``progress(done, total)`` after each stage.

    Examples
    --------
    >>> from storydiff.models import Article
    >>> a = Article(id="a", text="A ferry ran aground. Around 40 passengers were rescued.")
    >>> b = Article(id="b", text="A ferry ran aground. 37 passengers were rescued, police said.")
    >>> report = diff_story([a, b])
    >>> [(c.subject, c.label) for c in report.conflicts]
    [('people rescued', 'degree')]
    """
    options = options or DiffOptions()
    if not articles:
        error = param_error("articles", "diff_story", "at least one version", 0)
        raise error
    if options.base is not None and options.base not in {a.id for a in articles}:
        error = param_error("base", "diff_story", "the id of one of the versions", options.base)
        raise error
    if not isinstance(story, str):
        # a Story passed whole would be printed whole in every report's header
        error = param_error("story", "diff_story", "a story's id (a str; Story.id)", story)
        raise error
    total = 4
    alignment = align(articles, base=options.base, params=options.align)
    _tick(progress, 1, total)
    sentences = {a.id: split_sentences(a.text) for a in articles}
    versions = tuple(_version_info(a, sentences[a.id], articles, links, options) for a in articles)
    quotes = _quote_groups(articles, options)
    _tick(progress, 2, total)
    adds, omits = _adds_and_omits(alignment, options, quotes)
    _tick(progress, 3, total)
    quoted: dict[str, list[tuple[int, int]]] = {}
    for group in quotes:
        for variant in group.variants:
            quoted.setdefault(variant.version, []).append((variant.start, variant.end))
    entities = {a.id: extract_entities(a.text) for a in articles}
    facts, conflicts = _facts(
        articles,
        sentences,
        _row_finder(alignment),
        quoted,
        _holder_finder(sentences, entities),
        _row_finder(alignment, reworded=False),
    )
    facts = facts + _entity_facts(articles, sentences, entities)
    _tick(progress, 4, total)
    return DiffReport(
        story=story,
        versions=versions,
        alignment=alignment,
        adds=adds,
        omits=omits,
        quotes=quotes,
        facts=facts,
        conflicts=conflicts,
        base=options.base,
        rule=options.rule,
        params=options.as_dict(),
    )


def story_versions(story: Story, articles: Mapping[str, Article]) -> list[Article]:
    """A story's articles in the order a diff shows them.

    The representative first, then the others by publication time (undated
    last) and id.
    """
    rest = [articles[a] for a in story.article_ids if a != story.representative_id]
    rest.sort(key=publication_order)
    return [articles[story.representative_id], *rest]


def _tick(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# --- versions and reuse -------------------------------------------------------


def _version_info(
    article: Article,
    sents: tuple[Sentence, ...],
    articles: Sequence[Article],
    links: Sequence[Link],
    options: DiffOptions,
) -> VersionInfo:
    relations = {}
    for link in links:
        if article.id in (link.a, link.b):
            relations[link.b if link.a == article.id else link.a] = link.relation
    mine = shingles(tokens(article.text), 5)
    key = comparison_key(article.text)
    reuses = []
    for other in articles:
        if other.id == article.id or not mine:
            continue
        theirs = shingles(tokens(other.text), 5)
        share = len(mine & theirs) / len(mine)
        if share < options.reuse_floor:
            continue
        relation = relations.get(other.id, "")
        if not relation:
            if key == comparison_key(other.text):
                relation = "duplicate"
            elif share >= 0.7 or len(mine & theirs) / len(mine | theirs) >= 0.5:
                relation = "copy"
        reuses.append(Reuse(other=other.id, share=round(share, 4), relation=relation))
    reuses.sort(key=lambda r: -r.share)
    return VersionInfo(
        id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        sentences=len(sents),
        words=len(tokens(article.text)),
        reuses=tuple(reuses),
    )


# --- adds and omits -----------------------------------------------------------


def _adds_and_omits(
    alignment: Alignment, options: DiffOptions, quotes: Sequence[QuoteGroup] = ()
) -> tuple[dict[str, tuple[Passage, ...]], dict[str, tuple[Passage, ...]]]:
    """Each version's additions and omissions by ``options.rule``.

    A row is carried by the versions that have a sentence in it and by those that
    print a quote of it (:data:`_CARRIED_QUOTE` words or more, in both places, and at
    least :data:`_QUOTE_SHARE` of the row's sentence) in a sentence of their own:
    "'What he's trying to do is get a reduced sentence, so he's lying about a project
    that everybody knew about,' Mr. Trump said." is no omission of a version whose
    "He added: 'He's lying about a project that everybody knew about.'" is another
    row. A quote two versions print in rows of their own is omitted once.
    """
    ids = alignment.versions
    n = len(ids)
    adds: dict[str, list[Passage]] = {v: [] for v in ids}
    omits: dict[str, list[Passage]] = {v: [] for v in ids}
    # where each version prints a quote long enough to carry its sentence, by group
    long_quotes: dict[str, list[tuple[int, int]]] = {}
    printers: list[set[str]] = []
    for k, group in enumerate(quotes):
        printers.append(set())
        for variant in group.variants:
            size = len(tokens(variant.text))
            if size >= _CARRIED_QUOTE:
                long_quotes.setdefault(variant.version, []).append((variant.start, size, k))
                printers[k].add(variant.version)
    told: dict[str, set[int]] = {v: set() for v in ids}  # quote groups each version omits
    for row in alignment.rows:
        mine = set(row.versions)  # the versions with a sentence in the row
        have = set(mine)
        carried: set[int] = set()
        for cell in row.cells:
            inside = [
                (quoted, k)
                for start, quoted, k in long_quotes.get(cell.version, ())
                if cell.start <= start < cell.end
            ]
            if not inside:
                continue  # most sentences hold no long quote: no need to count their words
            size = len(tokens(cell.text))
            for quoted, k in inside:
                if quoted >= _QUOTE_SHARE * size:
                    carried.add(k)
                    have |= printers[k]
        ref = row.cell(row.reference)
        assert ref is not None
        for v in ids:
            others = n - 1
            if options.rule == "base":
                base = options.base
                is_add = v != base and v in mine and base not in have
                is_omit = v != base and v not in have and base in mine
            elif options.rule == "majority":
                is_add = v in mine and len(have) * 2 < n
                is_omit = v not in have and len(have) * 2 > n
            else:
                is_add = v in mine and len(have) == 1 and n > 1
                is_omit = v not in have and others >= OMIT_OTHERS and len(have) == others
            carried_by = tuple(sorted(have, key=ids.index))
            if is_add:
                cell = row.cell(v)
                assert cell is not None
                adds[v].append(_passage(row.index, cell, carried_by))
            if is_omit and not (have != mine and carried & told[v]):
                # a quote two versions print in sentences of their own is omitted once
                told[v] |= carried
                omits[v].append(_passage(row.index, ref, carried_by))
    # a version's additions in the order its text gives them, whatever rows other
    # versions' sentences put between them
    return (
        {v: tuple(sorted(p, key=lambda a: a.start)) for v, p in adds.items()},
        {v: tuple(p) for v, p in omits.items()},
    )


_CARRIED_QUOTE = 4  # words of a quote that carry its sentence into another version
_QUOTE_SHARE = 0.5  # share of the sentence's words the quote must be, to carry it


def _passage(row: int, cell: Cell, carried_by: tuple[str, ...]) -> Passage:
    """A row seen through one cell: the text added, or the text another version lacks."""
    return Passage(
        row=row,
        version=cell.version,
        text=cell.text,
        start=cell.start,
        end=cell.end,
        paragraph=cell.paragraph,
        carried_by=carried_by,
    )


# --- quotes ---------------------------------------------------------------------


_ECHO_WORDS = 6  # a fragment this short, quoted again from a longer quote, is an echo


def _quote_words(text: str) -> tuple[list[str], tuple[str, ...]]:
    """A quote's tokens, and its words in lower case without punctuation ("A.G.'s" and
    "AG's" are one word)."""
    words = tokens(_INITIALISM.sub(_undot, text))
    return words, tuple(w.lower() for w in words if w[0].isalnum())


def _without_echoes(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` without a fragment of a few words that one of them says again in full,
    by the same speaker: 'senators should ignore "chatter."' beside "... not to get too
    distracted by all the chatter," he told The Hill' is one quote."""
    said = [_quote_words(q.text)[1] for q in quotes]
    kept = []
    for q, words in zip(quotes, said, strict=True):
        echo = (
            q.kind == "partial"
            and 0 < len(words) <= _ECHO_WORDS
            and any(
                other is not q
                and len(longer) > len(words)
                and other.speaker == q.speaker
                and _is_sub(words, longer)
                for other, longer in zip(quotes, said, strict=True)
            )
        )
        if not echo:
            kept.append(q)
    return kept


def _quote_groups(articles: Sequence[Article], options: DiffOptions) -> tuple[QuoteGroup, ...]:
    """The quotes of every version, grouped by wording (see :func:`_shared_runs`).

    A speaker one version names shorter than the story names them elsewhere ("Smollett",
    "Eddie Johnson", "Meghan") takes that fuller name ("Jussie Smollett", "Eddie T.
    Johnson", "Meghan McCain"; :func:`_fuller_speakers`), so one person is one speaker.

    Pairs are joined best first, but never so that one version has two quotes
    in a group that do not match each other: a version that splices two quotes
    into one (``"A. B," she said`` where another version quotes ``"A,"`` and
    ``"B,"`` apart) would otherwise chain both into one group. The spliced
    quote joins the group of its best match and is shown in the other one too,
    as a variant that carries that quote inside a longer one.
    """
    found: list[tuple[str, Quote, list[str]]] = []
    for article in articles:
        seen: dict[tuple[str, ...], int] = {}
        for quote in _without_echoes(extract_quotes(article.text, article.posts)):
            words, said = _quote_words(quote.text)
            if said in seen:
                # a paragraph the page repeats, or a pull quote: shown once, with the
                # speaker one of its places names
                k = seen[said]
                if quote.speaker and not found[k][1].speaker:
                    found[k] = (article.id, quote, words)
                continue
            seen[said] = len(found)
            found.append((article.id, quote, words))
    fuller = _fuller_speakers({q.speaker for _, q, _ in found if q.speaker})
    if fuller:
        found = [
            (v, dataclasses.replace(q, speaker=fuller[q.speaker]) if q.speaker in fuller else q, w)
            for v, q, w in found
        ]
    parent = list(range(len(found)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(found))}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    scores: dict[tuple[int, int], float] = {}
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            if _said_by_two(found[i], found[j]):
                continue
            score = _shared_runs(found[i][2], found[j][2])
            if score >= options.quote_match:
                scores[i, j] = score

    def compatible(a: list[int], b: list[int]) -> bool:
        # two quotes of one version in one group must match each other
        return all(
            found[x][0] != found[y][0] or (min(x, y), max(x, y)) in scores for x in a for y in b
        )

    held_apart: list[tuple[int, int]] = []
    for (i, j), _score in sorted(scores.items(), key=lambda t: (-t[1], t[0])):
        if found[i][0] == found[j][0]:
            continue  # one version's quotes join only through another version's
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        if not compatible(members[ri], members[rj]):
            held_apart.append((i, j))
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    # a quote held apart is shown, as part of a longer one, in its match's group
    extra: dict[int, list[int]] = {}
    for i, j in held_apart:
        for quote, other in ((i, j), (j, i)):
            group = root(other)
            versions = {found[k][0] for k in members[group]}
            mine = len(found[quote][2]) > len(found[other][2])
            if found[quote][0] not in versions and mine and quote not in extra.get(group, []):
                extra.setdefault(group, []).append(quote)
    order = [a.id for a in articles]
    joined = {k for ks in extra.values() for k in ks}
    out = []
    for group, ks in sorted(members.items(), key=lambda t: min(t[1])):
        out.append(
            _quote_group(
                [found[k] for k in ks],
                order,
                articles,
                spliced=[found[k] for k in extra.get(group, [])],
                joined=[found[k] for k in ks if k in joined],
            )
        )
    return tuple(out)


_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _name_words(name: str) -> list[str]:
    return [w.rstrip(".").lower() for w in name.split()]


def _within(short: list[str], long_: list[str]) -> bool:
    """Whether ``short``'s words stand in ``long_`` in the same order."""
    rest = iter(long_)
    return all(w in rest for w in short)


def _fuller_speakers(speakers: set[str]) -> dict[str, str]:
    """Speakers one version names shorter than another names them, and that fuller name.

    A speaker's words must stand, in order, in one fuller speaker's name, and every
    fuller name that holds them must lie inside that one: "Smollett" -> "Jussie
    Smollett", "Eddie Johnson" -> "Eddie T. Johnson", "Hu" -> "Hu Xijin"; not "Trump"
    when the story quotes both "Donald Trump" and "Melania Trump". The fuller name has
    two to four words that all read as a person's (no title, no body's, party's or
    outlet's word, no possessive, none twice) and adds no suffix: "Donald Trump" is
    not "Donald Trump Jr.". A speaker in capitals ("GOP") is a body's initials.
    """
    names = {n for n in speakers if _person_like(n)}
    words = {n: _name_words(n) for n in names}
    out = {}
    for speaker in speakers:
        if speaker.isupper() and len(speaker) <= 5:
            continue
        mine = _name_words(speaker)
        holders = [
            n
            for n in names
            if len(words[n]) > len(mine)
            and _within(mine, words[n])
            and not set(words[n]) - set(mine) & W.NAME_SUFFIXES
            and not _fathers_name(mine, words[n])
        ]
        if not holders:
            continue
        longest = max(holders, key=lambda n: (len(words[n]), n))
        if all(_within(words[n], words[longest]) for n in holders):
            out[speaker] = longest
    for speaker in speakers:
        # "the Chronicle reports" after "what the San Francisco Chronicle calls": the one
        # paper of that name the story quotes
        paper = _fuller_paper(speaker, speakers, W.PAPER_HEADS)
        if paper:
            out[speaker] = paper
    return out


def _fuller_paper(name: str, names: Iterable[str], heads: Collection[str]) -> str:
    """The one name among ``names`` that is ``name``, a paper's short name ("Times", "The
    Chronicle": one of ``heads``), with the words of its full name before it ("The New
    York Times"); "" when none or two ("The Times" of a story naming two)."""
    short = name.removeprefix("the ").removeprefix("The ")
    if short not in heads:
        return ""
    fuller = [
        n
        for n in names
        if n != name
        and len(n.removeprefix("the ").removeprefix("The ").split()) > 1
        and n.endswith(" " + short)
    ]
    return fuller[0] if len(fuller) == 1 else ""


def _fathers_name(mine: list[str], fuller: list[str]) -> bool:
    """Whether ``mine`` is the father's name in a patronym: "Salman" (the king) in
    "Khalid bin Salman" (his son)."""
    return any(
        w in W.PATRONYM_PARTICLES and fuller[k + 1 : k + 1 + len(mine)] == mine
        for k, w in enumerate(fuller[:-1])
    )


_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def _person_like(name: str) -> bool:
    """Whether a speaker's name reads as a person's: two to four words, each a capitalised
    word or a particle ("de", "bin"), none a title, a body's, a party's or an outlet's
    word, a possessive or a party tag ("D-N"), none twice, and not opening with a word
    that opens no name ("Top Trump", "Former ...")."""
    parts = name.split()
    return (
        2 <= len(parts) <= 4
        and len(set(parts)) == len(parts)
        and parts[0] not in W.STOP_STARTERS
        and all(
            (_NAME_WORD.fullmatch(w) or w in W.NAME_PARTICLES)
            and not w.endswith(("'s", "’s"))
            and not _STATE_TAG.fullmatch(w)
            and w.rstrip(".") not in W.TITLE_HEADS
            and w not in W.ORG_HEADS
            and w not in W.PARTY_WORDS
            and w not in W.MEDIA_WORDS
            and w not in W.DEMONYMS
            for w in parts
        )
    )


_COMMON_PHRASE = 4  # words: "a good thing" may be anyone's


def _said_by_two(a: tuple[str, Quote, list[str]], b: tuple[str, Quote, list[str]]) -> bool:
    """Two different people's words: a short quote ("a good thing", the phrase one
    version quotes from Trump) inside another speaker's longer quote is not a trim of it.

    Only a quote shorter than the other, of four words or fewer, and speakers who are
    not one person named two ways ("Donald Trump" / "Trump": one contains the other's
    words); the same words by two people stay one quote whose speaker changed.
    """
    short, long_ = sorted((a, b), key=lambda x: len(x[2]))
    if len(short[2]) > _COMMON_PHRASE or len(short[2]) == len(long_[2]):
        return False
    one, two = (set(x[1].speaker.lower().split()) for x in (short, long_))
    return bool(one and two) and not (one <= two or two <= one)


def _undot(m: re.Match[str]) -> str:
    return m.group().replace(".", "")


_QUOTE_RUN = 3  # words in a row two wordings of one quote share


_ARTICLES = frozenset(("a", "an", "the"))


def _shared_runs(a: list[str], b: list[str]) -> float:
    """Share of the shorter quote's words that the longer one has in the same stretches.

    A word counts when it lies in a run of three or more words the longer quote
    also has, anywhere in it (a quote trimmed, or spliced in another order), or
    in words the two have in the same order, pairs of words at least, bridged
    over one changed word ("the ferry was perfectly safe" / "... completely
    safe"). The share counts only when the quotes share a run of three words or
    all of the shorter one's words are covered: two different quotes share
    words ("the ... interest") or a pair ("a good dialogue" / "a good protest")
    but not stretches. A quote of one or two words matches only the same words, an
    article before them aside.

    >>> _shared_runs("as i said yesterday he should go".split(), "i said yesterday".split())
    1.0
    >>> _shared_runs("the national interest".split(), "in the best interest of our country".split())
    0.0
    >>> _shared_runs("we will not back down".split(), "we will never back down".split())
    1.0
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < _QUOTE_RUN:
        # "great disappointment" / "a great disappointment": the same words, an article aside
        bare = [w for w in short if w not in _ARTICLES]
        return 1.0 if bare and bare == [w for w in long_ if w not in _ARTICLES] else 0.0
    covered = [False] * len(short)
    size = _QUOTE_RUN
    runs = {tuple(long_[i : i + size]) for i in range(len(long_) - size + 1)}
    shares_run = False
    for i in range(len(short) - size + 1):
        run = tuple(short[i : i + size])
        if run in runs:
            covered[i : i + size] = [True] * size
            # "going to be" is in many quotes: a stretch shared proves one quote
            # only with two words of substance in it
            shares_run = shares_run or sum(w not in FUNCTION for w in run) >= 2
    blocks = [m for m in Indel.opcodes(short, long_).as_matching_blocks() if m.size]
    for m in blocks:
        if m.size >= 2:
            covered[m.a : m.a + m.size] = [True] * m.size
    for left, right in itertools.pairwise(blocks):
        changed = right.a - (left.a + left.size)
        gap = long_[left.b + left.size : right.b]
        if (
            changed == 1
            and len(short) < _BRIDGED_QUOTE
            and not _censored(short[right.a - 1], gap)
            and not all(w in FUNCTION for w in (short[right.a - 1], *gap))
        ):
            # "Mr President, fuck you" is not "Mr President, don't you have kids?"; "delete
            # those tweets" is "delete these tweets"
            continue
        if changed <= 1 and len(gap) <= 2 and max(left.size, right.size) > 1:
            covered[left.a : right.a + right.size] = [True] * (right.a + right.size - left.a)
    share = sum(covered) / len(short)
    return share if shares_run or share == 1.0 else 0.0


_BRIDGED_QUOTE = 5  # words a quote needs for one changed word to be bridged over


def _censored(word: str, others: Sequence[str]) -> bool:
    """Whether ``word`` and one of ``others`` are one word, one of them cut short: "f" for
    "fuck", as pages print an obscenity."""
    return any(o.startswith(word) or word.startswith(o) for o in others)


def _quote_group(
    members: list[tuple[str, Quote, list[str]]],
    order: list[str],
    articles: Sequence[Article],
    *,
    spliced: Sequence[tuple[str, Quote, list[str]]] = (),
    joined: Sequence[tuple[str, Quote, list[str]]] = (),
) -> QuoteGroup:
    """One group's record.

    ``spliced`` quotes of other groups carry this group's quote inside a longer
    one; ``joined`` members are such quotes, shown in another group too.
    """
    joined_ids = {id(m) for m in (*spliced, *joined)}
    # the reference wording is one quote, not a splice of two
    plain = [m for m in members if id(m) not in joined_ids] or members
    wordings = Counter(tuple(m[2]) for m in plain)
    ref_tokens = max(wordings, key=lambda w: (wordings[w], len(w)))
    ref = next(m for m in plain if tuple(m[2]) == ref_tokens)
    members = [*members, *spliced]
    members.sort(key=lambda m: (order.index(m[0]), m[1].start))
    speakers = Counter(_surname(m[1].speaker) for m in members if m[1].speaker)
    ref_speaker = (
        next(
            m[1].speaker
            for m in members
            if m[1].speaker and _surname(m[1].speaker) == speakers.most_common(1)[0][0]
        )
        if speakers
        else ""
    )
    ref_cue = Counter(_cue_lemma(m[1].cue) for m in members if m[1].cue)
    alterations = []
    altered = False
    for member in members:
        version, quote, toks = member
        notes = []
        if id(member) in joined_ids:
            notes.append("joined with another quote")
        elif toks != list(ref_tokens):
            if _is_sub(toks, list(ref_tokens)):
                notes.append("trimmed")
            elif _is_sub(list(ref_tokens), toks):
                notes.append("longer")
            else:
                notes.append("words changed: " + _word_edits(list(ref_tokens), toks))
                altered = True
        if quote.speaker and ref_speaker and _surname(quote.speaker) != _surname(ref_speaker):
            notes.append(f"speaker changed: {ref_speaker} -> {quote.speaker}")
            altered = True
        elif not quote.speaker and ref_speaker and not _describes(quote.speaker_text, ref_speaker):
            notes.append(f"speaker not named (others: {ref_speaker})")
        if quote.cue and ref_cue:
            common = ref_cue.most_common(1)[0][0]
            if _cue_lemma(quote.cue) != common:
                notes.append(f"reporting verb: {common} -> {quote.cue}")
        if notes:
            alterations.append(f"{version}: " + "; ".join(notes))
    present = {m[0] for m in members}
    for article in articles:
        if article.id in present or len(ref_tokens) < 6:
            continue
        ref_text = " ".join(ref_tokens)
        if fuzz.partial_ratio(ref_text, comparison_key(article.text)) >= 90:
            alterations.append(f"{article.id}: same words without quote marks")
    variants = tuple(
        QuoteVariant(
            version=version,
            text=quote.text,
            start=quote.start,
            end=quote.end,
            speaker=quote.speaker,
            speaker_text=quote.speaker_text,
            cue=quote.cue,
            kind=quote.kind,
        )
        for version, quote, _ in members
    )
    versions = tuple(dict.fromkeys(m[0] for m in members))
    return QuoteGroup(
        text=ref[1].text,
        speaker=ref_speaker,
        versions=versions,
        variants=variants,
        altered=altered,
        alterations=tuple(alterations),
    )


def _surname(name: str) -> str:
    parts = name.lower().replace("’", "'").split()
    return parts[-1] if parts else ""


def _describes(description: str, name: str) -> bool:
    """Whether the words a text describes an unnamed speaker by name the body another
    version credits: "a Facebook spokesperson" for "Facebook", "a spokesperson for the
    Times" for "The New York Times" (no speaker change, nor one left unnamed)."""
    last = _surname(name)
    return bool(last) and last in tokens(description)


# neutral verbs of saying: a change between them is no change of stance
_CUE_LEMMAS = {
    "says": "said",
    "say": "said",
    "told": "said",
    "tells": "said",
    "tell": "said",
    "added": "said",
    "adds": "said",
    "continued": "said",
    "continues": "said",
}


def _cue_lemma(cue: str) -> str:
    first = cue.lower().split()[0] if cue.strip() else ""
    return _CUE_LEMMAS.get(first, first)


def _is_sub(short: Sequence[str], long_: Sequence[str]) -> bool:
    """Whether ``short`` runs inside ``long_`` word for word (both lists or both tuples)."""
    if len(short) > len(long_):
        return False
    width = len(short)
    return any(long_[i : i + width] == short for i in range(len(long_) - width + 1))


def _word_edits(old: list[str], new: list[str]) -> str:
    notes = []
    for op in Levenshtein.opcodes(old, new):
        if op.tag == "equal":
            continue
        before = " ".join(old[op.src_start : op.src_end])
        after = " ".join(new[op.dest_start : op.dest_end])
        if op.tag == "delete":
            notes.append(f"'{before}' dropped")
        elif op.tag == "insert":
            notes.append(f"'{after}' added")
        else:
            notes.append(f"'{before}' -> '{after}'")
    return ", ".join(notes[:4]) + (" …" if len(notes) > 4 else "")


# --- facts and conflicts -------------------------------------------------------

ENTITY_KINDS = ("person", "place", "org")


def _sentence_at(sents: tuple[Sentence, ...], starts: list[int], pos: int) -> Sentence | None:
    """The sentence holding offset ``pos`` (``starts``: the sentences' start offsets)."""
    k = bisect.bisect_right(starts, pos) - 1
    return sents[k] if k >= 0 else None


def _entity_facts(
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    entities: Mapping[str, Sequence[Entity]],
) -> tuple[Fact, ...]:
    """People, places and organisations, one fact per name, with the versions that name it.

    A name is one fact whatever kind each version's words make it ("R. Kelly"
    a person in one version, a place after "on" in another): its kind is the
    one most versions give it, the earlier of :data:`ENTITY_KINDS` on a tie.
    """
    order = [a.id for a in articles]
    named = [
        (article, _state_named(entity))
        for article in articles
        for entity in entities[article.id]
        if entity.kind in ENTITY_KINDS
    ]
    votes: dict[str, Counter[str]] = {}
    for _, lowered, kind in {(a.id, _name_key(e.name), e.kind) for a, e in named}:
        votes.setdefault(lowered, Counter())[kind] += 1
    kind_of = {
        lowered: min(counts, key=lambda k: (-counts[k], ENTITY_KINDS.index(k)))
        for lowered, counts in votes.items()
    }
    found: dict[tuple[str, str], dict[str, FactMention]] = {}
    names: dict[tuple[str, str], str] = {}
    titled: dict[tuple[str, str], set[str]] = {}
    bare: dict[str, Counter[tuple[str, str]]] = {}  # whom a surname alone stands for
    starts = {a.id: [s.start for s in sentences[a.id]] for a in articles}
    for article, entity in named:
        lowered = _name_key(entity.name)
        key = (kind_of[lowered], lowered)
        if " " in lowered and _name_key(entity.text) == (surname := lowered.split()[-1]):
            bare.setdefault(surname, Counter())[key] += 1
        honorific = _HONORIFIC_BEFORE.search(article.text, max(0, entity.start - 8), entity.start)
        if honorific:
            word = honorific[1].lower()  # "Mr." a man, "Mrs." a woman, "Dr." either
            gender = "m" if word in _MALE_NOUNS else "f" if word in _FEMALE_NOUNS else ""
            titled.setdefault(key, set()).add(gender)
        where = _sentence_at(sentences[article.id], starts[article.id], entity.start)
        if key not in names or (names[key] == entity.name.upper() != entity.name):
            names[key] = entity.name  # as the body writes it, not a dateline's "CHARLESTON"
        found.setdefault(key, {}).setdefault(
            article.id,
            FactMention(
                version=article.id,
                text=entity.text,
                start=entity.start,
                end=entity.end,
                norm=entity.name,
                sentence=where.text if where else "",
            ),
        )
    _join_nicknames(found)
    _join_spellings(found)
    _join_middle_names(found)
    _join_spelt_initials(found)
    _join_surnames(found, titled, bare)
    _join_acronyms(found)
    _join_body_suffixes(found)
    _join_formal_names(found)
    _join_newsrooms(found)
    _join_paper_names(found)
    _join_place_tails(found)
    _find_written(found, names, articles, sentences, starts)
    facts = []
    for (kind, lowered), by_version in found.items():
        versions = tuple(sorted(by_version, key=order.index))
        facts.append(
            Fact(
                kind=kind,
                subject=kind,
                text=names[(kind, lowered)],
                value=None,
                versions=versions,
                mentions=tuple(by_version[v] for v in versions),
            )
        )
    facts.sort(key=lambda f: (ENTITY_KINDS.index(f.kind), -len(f.versions), f.text))
    return tuple(facts)


_DOMINANT = 3  # times as many versions as any other full name with the same surname


@functools.cache
def _state_written(name: str) -> re.Pattern[str] | None:
    """Where a text names the American state ``name`` by its abbreviation: in a party tag
    ("R-S.C.", "D-NY") or after a city and a comma ("Lansing, Mich."; AP forms only
    there, since "IN" or "OR" could be a shouted word)."""
    forms = [form for form, state in W.state_abbreviations().items() if state == name]
    if not forms:
        return None
    by_length = sorted(forms, key=len, reverse=True)
    tagged = "|".join(map(re.escape, by_length))
    after_city = "|".join(re.escape(f) for f in by_length if "." in f)
    return re.compile(
        rf"(?<=\b[DRI][-–])(?:{tagged})(?![\w-])"
        + (rf"|(?<=[a-z.], )(?:{after_city})(?![\w-])" if after_city else "")
    )


def _state_named(entity: Entity) -> Entity:
    """A place named by an American state's abbreviation takes the state's name
    ("Lansing, Mich." names Michigan), so that it is one fact with the state's."""
    if entity.kind != "place":
        return entity
    states = W.state_abbreviations()
    state = states.get(entity.name) or states.get(entity.name + ".")
    return dataclasses.replace(entity, name=state) if state else entity


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'’-]* $")


def _inside_a_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than a sentence's opening function word or an
    honorific stands right before ``start`` ("Haxby" in "Lena Haxby", not in "With
    Haxby in power" or "Mr. Haxby")."""
    m = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group().strip().lower()
    return word not in FUNCTION and word.rstrip(".") not in _HONORIFICS  # "Mr. Trump" is Trump


_DAY_WORDS = frozenset((*MONTHS, *WEEKDAYS))


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# words after a body's name that leave it the same body: "Fox News Channel", "Apple Inc."
_BODY_SUFFIXES = "Channel|Network|Inc|Incorporated|Corp|Corporation|Group|Company|Co|Ltd|LLC|PLC"
# words a body's short name may leave out, only for a short name of the same kind
_KIND_SUFFIXES = frozenset(("university", "poll"))
# a place's or body's initials, with full stops or without: "U.S.", "US", "U.K.", "FBI"
# (an alias of :data:`_ALIASES`, or written with full stops: checked where used)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
# the words of a nation's bodies after its initials, which name the nation too
_NATIONAL_WORDS = (
    "Senate|House|Congress|Supreme|Court|Army|Navy|Air|Marines?|Coast|Department|Embassy"
    "|Capitol|Treasury|Government|Forces|Military|Justice"
)
# titles written after a place's name, capitalised: "Gov.", "Mayor", "Sheriff"
_TITLE_WORDS = "|".join(
    sorted({t.capitalize() for t in _TITLES if t.isalpha()}, key=len, reverse=True)
)


def _find_in_longer_names(
    key: tuple[str, str],
    name: str,
    by_version: dict[str, FactMention],
    found: Mapping[tuple[str, str], dict[str, FactMention]],
    names: Mapping[tuple[str, str], str],
    articles: Sequence[Article],
) -> None:
    """A version that gives a place or body its name with an article or a generic head
    names it too: "Le Marche" is Marche, "the Adriatic Sea" the Adriatic, "Open Society
    Foundations" Open Society (not "West Virginia" Virginia, nor "White House" the House).
    """
    if key[0] == "person":
        return
    longer = re.compile(
        rf"(?:(?:{_NAME_ARTICLES}) )?{re.escape(name)}(?: (?:{_GENERIC_HEADS}))?",
    )
    for other, mentions in found.items():
        if other == key or other[0] != key[0] or names[other] == name:
            continue
        if not longer.fullmatch(names[other]):
            continue
        for article in articles:
            mention = mentions.get(article.id)
            if article.id not in by_version and mention is not None:
                by_version[article.id] = dataclasses.replace(mention, norm=name)


# what may stand before or after a place's or body's name and leave it the same one
_NAME_ARTICLES = "Le|La|Les|Il|El|Al|The|Los|Las"
_GENERIC_HEADS = (
    "Sea|Ocean|Mountains?|River|Lake|Islands?|Region|Province|Valley|Bay|Gulf|Strait|Desert"
    "|Peninsula|Coast|Foundations?|County|News Agency"
)


def _find_written(
    found: dict[tuple[str, str], dict[str, FactMention]],
    names: Mapping[tuple[str, str], str],
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    starts: Mapping[str, list[int]],
) -> None:
    """A version whose text writes a name as another version gives it names it too,
    although its own reading missed the mention (a name opening a sentence, a
    page's hover card around it, another kind there). The name counts only
    standing alone, not inside a longer one ("Washington" or "New York" in "The
    New York Times", "Haxby" in "Lena Haxby")."""
    # each text without accents where that keeps every offset ("ﬁ" would not), else as
    # is, and with one apostrophe ("L’Aquila" is "L'Aquila")
    plain = {a.id: strip_accents(a.text) for a in articles}
    plain = {
        a.id: (plain[a.id] if len(plain[a.id]) == len(a.text) else a.text).replace("’", "'")
        for a in articles
    }
    surnames = Counter(
        names[key].split()[-1].lower() for key in found if key[0] == "person" and " " in names[key]
    )
    for key, by_version in found.items():
        name = names[key]
        initials = (
            key[0] != "person" and _name_key(name) != name.lower() and _INITIALS.fullmatch(name)
        )
        if (len(name) < 3 and not initials) or name.lower() in _DAY_WORDS:
            continue  # "May" of "in May 2019" is no Theresa May
        _find_in_longer_names(key, name, by_version, found, names, articles)
        surname = _surname_of(key[0], name, surnames)
        # a party tag names its state ("R-Maine"); a name of two words or more, or one
        # with a capital inside, may be written in another case ("the Trump
        # administration", "Obamacare" for "ObamaCare")
        # before a capitalised word the name is part of a longer one, unless that word
        # is a title ("Washington Gov. Jay Inslee", "New York City Mayor Bill de Blasio")
        # or leaves a body the same body ("Fox News Channel")
        written = re.escape(strip_accents(name).replace("’", "'"))
        # capitalised words after the name that leave it standing alone: a place before
        # "War" is named by the war's name too ("during the Vietnam War")
        also_after = "|War" if key[0] == "place" else ""
        if initials:
            # an alias's initials with full stops or without ("U.S." / "US", "UK" / "U.K."),
            # also before a national body's name ("The U.S. Senate voted")
            written = r"\.?".join(name.replace(".", "")) + r"\.?"
            also_after += f"|{_NATIONAL_WORDS}"
        pattern = re.compile(
            rf"(?:(?<![\w-])|(?-i:(?<=\b[DRI][-–]))){written}"
            rf"(?![\w-])(?-i:(?! [A-Z])|(?= (?:{_TITLE_WORDS}|{_BODY_SUFFIXES}{also_after})\b))",
            re.IGNORECASE if " " in name or _CAMEL_CASE.search(name) else 0,
        )
        for article in articles:
            if article.id in by_version:
                continue
            m = next(
                (
                    m
                    for m in pattern.finditer(plain[article.id])
                    if " " in name  # "special counsel Robert Mueller" names him too
                    or not _inside_a_longer_name(article.text, m.start())
                ),
                None,
            )
            if m is None and key[0] == "place" and (state := _state_written(name)):
                m = next(state.finditer(plain[article.id]), None)  # "(R-S.C.)", "Lansing, Mich."
            if m is None and surname:
                # a text that calls her only "Warren" or "Sen. Warren" names Elizabeth
                # Warren, when no other person of the story has her surname
                m = next(
                    (
                        m
                        for m in surname.finditer(plain[article.id])
                        if not _inside_a_longer_name(article.text, m.start())
                        or _TITLE_BEFORE.search(article.text, max(0, m.start() - 12), m.start())
                    ),
                    None,
                )
            if m is None:
                continue
            where = _sentence_at(sentences[article.id], starts[article.id], m.start())
            by_version[article.id] = FactMention(
                version=article.id,
                text=article.text[m.start() : m.end()],
                start=m.start(),
                end=m.end(),
                norm=name,
                sentence=where.text if where else "",
            )


def _surname_of(kind: str, name: str, surnames: Counter[str]) -> re.Pattern[str] | None:
    """A pattern for a person's surname standing alone, if the name opens with a given
    name and ends with a surname of four letters or more that no other person of the
    story shares ("Warren", not "Bush" in a story of both Bushes, not "Jr.")."""
    words = name.split()
    if kind != "person" or len(words) < 2 or not _first_name_gender(words[0].lower()):
        return None  # "GOP Sens", "Leftist Twitter": no given name, no surname either
    last = strip_accents(words[-1])
    if len(last) < 4 or not _SURNAME.fullmatch(last):
        return None
    if surnames[words[-1].lower()] > 1 or last.lower() in _DAY_WORDS:
        return None
    if last in W.known_places():
        return None  # "Washington" alone is the city or the government, not George
    return re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])(?! [A-Z])")


_SURNAME = re.compile(r"[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+")  # "Warren", "O’Rourke", "McCain"
# a title right before a surname: "Sen. Warren", "Mayor Buttigieg"
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLE_WORDS})\.? $")


# each name of a country, a bloc, a city or a body (lower case, no full stops) -> the first
# of its group
_ALIASES = {
    " ".join(alias.lower().replace(".", "").split()): group[0].strip().lower()
    for group in (*W.COUNTRY_ALIASES, *W.PLACE_ALIASES, *W.BODY_ALIASES)
    for alias in group
}
# the country's name before a body's: "the U.S. Supreme Court", "U.S. Department of Justice"
_COUNTRY_PREFIXES = (("united", "states"), ("us",), ("u.s.",), ("u.s",))
_NATIONAL_BODIES = frozenset(
    ("court", "army", "navy", "senate", "congress", "department", "house", "guard", "capitol")
)
_BODY_HEADS = frozenset(("department", "ministry", "office"))


# a body's suffix written out and abbreviated: one name either way
_SHORT_SUFFIX = {
    "incorporated": "inc",
    "inc": "inc",
    "corporation": "corp",
    "corp": "corp",
    "limited": "ltd",
    "ltd": "ltd",
    "company": "co",
    "co": "co",
}


def _name_key(name: str) -> str:
    """What one name is called in every version: "Kim Jong-un" and "Kim Jong Un", "U.S."
    and "America", "the Labor Department" and "Department of Labor" are one key.

    >>> [_name_key(n) for n in ("Kim Jong-un", "U.S.", "Labor Department", "Ann Lee")]
    ['kim jong un', 'united states', 'department of labor', 'ann lee']
    >>> [_name_key(n) for n in ("John A. Boehner", "N.A.A.C.P.", "Robert F. Kennedy Jr.")]
    ['john boehner', 'naacp', 'robert kennedy jr.']
    >>> _name_key("L’Aquila") == _name_key("L'Aquila")
    True
    >>> {_name_key(n) for n in ("St. Petersburg", "St Petersburg", "Saint Petersburg")}
    {'st petersburg'}
    >>> {_name_key(n) for n in ("U.S. Centers for Disease Control and Prevention", "CDC")}
    {'centers for disease control and prevention'}
    """
    words = re.sub(r"[-‐–]", " ", strip_accents(name).lower().replace("’", "'")).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[0] in _PLACE_PREFIX_FORMS:
        words[0] = _PLACE_PREFIX_FORMS[words[0]]  # "St. Petersburg", "St Petersburg"
    if len(words) > 1 and words[-1].rstrip(".") in _SHORT_SUFFIX:
        # "Dell Incorporated" is "Dell Inc.", "Walt Disney Company" "Walt Disney Co."
        words[-1] = _SHORT_SUFFIX[words[-1].rstrip(".")]
    prefix = next((p for p in _COUNTRY_PREFIXES if tuple(words[: len(p)]) == p), ())
    rest = words[len(prefix) :]
    if (
        prefix
        and rest
        and (
            rest[-1] in _NATIONAL_BODIES
            or rest[0] in _BODY_HEADS
            or " ".join(rest).replace(".", "") in _ALIASES
        )
    ):
        # "the U.S. Supreme Court", "the United States Department of Justice", "the U.S.
        # Centers for Disease Control and Prevention", "the U.S. Senate"
        words = rest
    flat = " ".join(words).replace(".", "")
    if flat in _ALIASES:
        return _ALIASES[flat]
    # "N.A.A.C.P." is "NAACP"; "John A. Boehner" is "John Boehner"
    words = [w.replace(".", "") if _INITIALISM_WORD.fullmatch(w) else w for w in words]
    if len(words) >= 3:
        words = [words[0], *(w for w in words[1:-1] if not _MIDDLE_INITIAL.fullmatch(w)), words[-1]]
    if len(words) >= 2 and words[-1] in _BODY_HEADS and "of" not in words:
        words = [words[-1], "of", *words[:-1]]  # "Justice Department" = "Department of Justice"
    return " ".join(words)


# a place's first word as texts write it, shortened or not: "Saint Paul", "St. Paul",
# "St Paul"; "Mount Vernon", "Mt. Vernon"; "Fort Worth", "Ft. Worth"
_PLACE_PREFIX_FORMS = {
    "saint": "st",
    "st.": "st",
    "mount": "mt",
    "mt.": "mt",
    "fort": "ft",
    "ft.": "ft",
}
_INITIALISM_WORD = re.compile(r"(?:[a-z]\.){2,}")
_MIDDLE_INITIAL = re.compile(r"[a-z]\.?")
_HONORIFICS = HONORIFICS
_HONORIFIC_BEFORE = re.compile(rf"\b({'|'.join(h.capitalize() for h in _HONORIFICS)})\.?\s+$")


def _first_name_gender(first: str) -> str:
    """ "m" or "f" for a common given name or a nickname of one ("jeff": "jeffrey"),
    else ""."""
    genders = {
        "f" if name in _FEMALE_FIRST else "m" if name in _MALE_FIRST else ""
        for name in {first} | _nick_namer().canonicals_of(first)
    } - {""}
    return genders.pop() if len(genders) == 1 else ""


def _fold(
    found: dict[tuple[str, str], dict[str, FactMention]],
    source: tuple[str, str],
    target: tuple[str, str],
) -> None:
    """Make ``source``'s fact part of ``target``'s: its mentions join, where ``target`` has
    none in that version, and ``source`` goes."""
    into = found[target]
    for version, mention in found.pop(source).items():
        into.setdefault(version, mention)


def _join_surnames(
    found: dict[tuple[str, str], dict[str, FactMention]],
    titled: Mapping[tuple[str, str], set[str]],
    bare: Mapping[str, Counter[tuple[str, str]]],
) -> None:
    """Take a lone surname into the full name other versions give the person.

    A version that only ever writes "Trump" names the person the others call
    "Donald Trump": the surname's mentions join the full name's fact, unless
    another full name with that surname is common too ("Melania Trump" in a
    third as many versions or more), when "Trump" stays a name of its own,
    unless the others' own surnames alone (``bare``: the full names each reading
    gave them) stand for one of the two three times as often as for the other: a
    version that writes "Fred Trump" once, "Donald Trump" once and "Trump" alone
    for Donald three times of four.
    A lone word another version's reading took for a place or a body joins too
    ("McConnell", "Greitens"), unless it is a known place ("Washington").
    So does a surname written with an honorific (``titled``: the genders its
    honorifics give, "" for "Dr."), the newspapers' second mention ("Mr.
    Kislyak"), unless the honorifics disagree with each other or with the
    gender of the full name's given name: "Mrs. Trump" beside Donald Trump is
    someone else. A suffix is no surname: "Robert F. Kennedy Jr" is a Kennedy, and
    "Queen Elizabeth" is the "Queen Elizabeth II" of another version.
    """
    full: dict[str, list[tuple[str, str]]] = {}
    firsts: dict[str, list[tuple[str, str]]] = {}  # full names by their first word
    for kind, lowered in found:
        words = _without_suffixes(lowered).split()
        if kind == "person" and len(words) > 1:
            full.setdefault(words[-1], []).append((kind, lowered))
            firsts.setdefault(words[0], []).append((kind, lowered))
        elif kind == "person" and words and len(lowered.split()) > 1:
            # a name and its numeral ("Elizabeth II"): the name alone is the same one
            firsts.setdefault(words[0], []).append((kind, lowered))
    places = W.known_places()
    for key in [
        k for k in found if _lone_surname(k[1]) and (k[0] == "person" or k[1].title() not in places)
    ]:
        surname = key[1].split()[-1]
        names = sorted(
            [n for n in full.get(surname, ()) if _without_suffixes(n[1]).endswith(f" {key[1]}")]
            or (_spelt_surname(key[1], full) if surname == key[1] else []),
            key=lambda k: -len(found[k]),
        )
        if not names and key[0] == "person" and len(firsts.get(key[1], ())) == 1:
            # "President Xi" for Xi Jinping, whose family name comes first; "Hillary" for
            # the one Hillary named in full
            names = firsts[key[1]]
        if len(names) > 1 and len(found[names[0]]) < _DOMINANT * len(found[names[1]]):
            reads = bare.get(surname, Counter())
            names.sort(key=lambda k: -reads[k])
            if reads[names[0]] < _DOMINANT * max(reads[names[1]], 1):
                continue
        if not names:
            continue
        genders = titled.get(key, set()) | {_first_name_gender(names[0][1].split()[0])}
        if len(genders - {""}) > 1:
            continue  # "Mrs." and "Mr.", or "Mrs." before a man's surname: two people
        _fold(found, key, names[0])
    # a surname with its suffix is the one full name that ends so: "Trump Jr" is "Donald
    # Trump Jr", never his father; failing that, a given name, maybe shortened or a
    # nickname, with the suffix is the one full name that opens with it and ends with the
    # suffix: "Don Jr", "Bobby Jr"
    for key in [k for k in found if k[0] == "person" and _surname_and_suffix(k[1])]:
        names = [n for n in found if n[0] == "person" and n[1].endswith(f" {key[1]}")]
        if not names:
            given, suffix = key[1].split()
            names = [
                n
                for n in found
                if n[0] == "person"
                and len(words := n[1].split()) > 2
                and (words[0].startswith(given) or _same_given_name(words[0], given))
                and words[-1].rstrip(".") == suffix.rstrip(".")
            ]
        if len(names) == 1:
            _fold(found, key, names[0])


def _without_suffixes(key: str) -> str:
    """A name's key without its suffixes: "ivo marsh jr" -> "ivo marsh"."""
    return " ".join(w for w in key.split() if w.rstrip(".") not in W.NAME_SUFFIXES)


def _surname_and_suffix(key: str) -> bool:
    """Whether a name's key is one word and a suffix: "trump jr", "kennedy jr."."""
    words = key.split()
    return len(words) == 2 and words[1].rstrip(".") in W.NAME_SUFFIXES


def _lone_surname(key: str) -> bool:
    """Whether a name's key is a surname alone, with its particles or without them:
    "trump", "de blasio", "bin laden", "von der leyen"."""
    words = key.split()
    return bool(words) and all(w in W.NAME_PARTICLES for w in words[:-1])


def _spelt_surname(word: str, full: Mapping[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The full names whose surname is the lone ``word`` spelt a letter or so apart
    ("Zelensky" beside "Volodymyr Zelenskiy"), when one surname is; six letters or more,
    and no family ("the Clintons")."""
    alike = [
        surname
        for surname in full
        if _spelt_apart(surname, word, shortest=6)
        and word not in (f"{surname}s", f"{surname}es")  # "the Clintons": a family
    ]
    return full[alike[0]] if len(alike) == 1 else []


def _spelt_apart(x: str, y: str, *, shortest: int) -> bool:
    """Whether two words of letters are one word a letter or so apart: the same first
    letter, ``shortest`` letters or more, a normalised similarity of :data:`_SLIP`."""
    return (
        x.isalpha()
        and y.isalpha()
        and min(len(x), len(y)) >= shortest
        and x[0] == y[0]
        and Levenshtein.normalized_similarity(x, y) >= _SLIP
    )


# particles a name is written with or without: "Bashar al-Assad" / "Bashar Assad"
_NAME_PARTICLES = frozenset(("al", "el"))
_PARTICLE_HYPHEN = re.compile(rf"\b({'|'.join(sorted(_NAME_PARTICLES))})-")
_SLIP = 0.8  # normalised Levenshtein similarity of one word misspelt ("Sergei" / "Sergey")


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two name keys of two words or more are one name spelt two ways: the same
    words but for a particle ("bashar al assad" / "bashar assad") or one word a letter
    or so apart ("sergei lavrov" / "sergey lavrov", "mecklenberg county" / "mecklenburg
    county"; not "joan marsh" / "john marsh", nor "channel 12" / "channel 13"); or one
    word with its particle so apart ("al-qaida" / "al qaeda", not "qaida" / "qaeda")."""
    wa = [w for w in _PARTICLE_HYPHEN.sub(" ", a).split() if w not in _NAME_PARTICLES]
    wb = [w for w in _PARTICLE_HYPHEN.sub(" ", b).split() if w not in _NAME_PARTICLES]
    if len(wa) == len(wb) == 1 and (len(wa[0]) < len(a) or len(wb[0]) < len(b)):
        # one word and its particle, transliterated two ways: "al-Qaida" / "al Qaeda"
        return wa != wb and _spelt_apart(wa[0], wb[0], shortest=5)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    apart = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not apart:
        return a != b
    if len(apart) > 1:
        return False
    ((x, y),) = apart
    return _spelt_apart(x, y, shortest=4)


def _join_spellings(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take a name that other versions spell a letter or a particle apart into the one
    more versions write: "Sergei Lavrov" (The New York Times) and "Sergey Lavrov"
    (Reuters), "Arye Deri" and "Aryeh Deri", "Mecklenberg County" (Politico) and
    "Mecklenburg County" are one fact. Never two names within one version: a text
    that writes both means two."""
    keys = sorted(found, key=lambda k: (-len(found[k]), k))
    for n, key in enumerate(keys):
        if key not in found:
            continue
        for other in keys[n + 1 :]:
            if (
                other in found
                and other[0] == key[0]
                and not found[key].keys() & found[other].keys()
                and _spelt_alike(key[1], other[1])
            ):
                _fold(found, other, key)


@functools.cache
def _nick_namer() -> NickNamer:
    return NickNamer()


def _same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one, written out or as a nickname: "Charles" and
    "Chuck", "Richard" and "Rick" (the `nicknames` package's hand-kept table)."""
    if a == b:
        return True
    namer = _nick_namer()
    return b in namer.nicknames_of(a) or b in namer.canonicals_of(a)


def _join_nicknames(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take a person's name with a nickname into the same name written out, or the other
    way round: "Chuck Schumer" and "Charles E. Schumer" (the middle initial is already
    gone from the key), "Rick Gates" and "Richard Gates" are one fact, under the name
    more versions write. Only two words, given name and surname: "Bill Nelson" is not
    "William Nelson Smith"."""
    people: dict[str, list[tuple[str, str]]] = {}
    for key in found:
        words = key[1].split()
        if key[0] == "person" and len(words) == 2:
            people.setdefault(words[1], []).append(key)
    for keys in people.values():
        keys.sort(key=lambda k: (-len(found[k]), k[1]))
        for k, key in enumerate(keys):
            if key not in found:
                continue
            for other in keys[k + 1 :]:
                if other in found and _same_given_name(key[1].split()[0], other[1].split()[0]):
                    _fold(found, other, key)


def _join_acronyms(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take an acronym into the one longer name of the story it stands for: "HHS" is "the
    Department of Health and Human Services" ("DHHS" too), "NSC" the "National Security
    Council". An acronym two names could spell stays a name of its own."""
    spelled: dict[str, list[tuple[str, str]]] = {}
    for key in found:
        words = key[1].split()
        if len(words) < 2:
            continue
        content = [w for w in words if w not in ("of", "and", "the", "for", "&")]
        forms = {"".join(w[0] for w in content)}
        if content[0] in _BODY_HEADS and len(content) > 2:
            forms.add("".join(w[0] for w in content[1:]))  # "HHS" without "Department"
        for form in forms:
            spelled.setdefault(form, []).append(key)
    for key in [k for k in found if " " not in k[1] and 2 <= len(k[1]) <= 6]:
        targets = [t for t in spelled.get(key[1], ()) if t != key and t[0] == key[0]]
        if len(targets) == 1:
            _fold(found, key, targets[0])


def _join_body_suffixes(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take "Fox News Channel" into "Fox News", "Apple Inc." into "Apple": a body's name
    with a word that leaves it the same body, when the story also has the name without;
    and "Pacific Gas & Electric Corp." into "Pacific Gas & Electric Co.", two such words
    on one name, when no version writes both.

    Likewise a place's or body's name after the country's ("the U.S. Naval Academy",
    "the US Capitol Rotunda") into the name alone ("the Naval Academy")."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for key in found:
        by_name.setdefault(key[1], []).append(key)
    for key in list(found):
        words = key[1].split()
        if len(words) < 2:
            continue
        prefix = next((p for p in _COUNTRY_PREFIXES if tuple(words[: len(p)]) == p), ())
        same_kind = bool(prefix)
        if prefix and key[0] != "person" and len(words) > len(prefix) + 1:
            core = " ".join(words[len(prefix) :])
        elif _BODY_SUFFIX.fullmatch(words[-1].rstrip(".")):
            core = " ".join(words[:-1])
        elif words[-1].lower() in _KIND_SUFFIXES and key[0] == "org":
            # "Quinnipiac University" and its pollster's "Quinnipiac", both bodies (not
            # "Georgetown", a place)
            core, same_kind = " ".join(words[:-1]), True
        else:
            continue
        shorter = [k for k in by_name.get(core, []) if k[0] == key[0] or not same_kind]
        if len(shorter) == 1 and shorter[0] in found and shorter[0] != key:
            _fold(found, key, shorter[0])
    _join_suffix_variants(found)


def _join_formal_names(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take a state's formal name into its short one when the story has it: "the Kingdom of
    Saudi Arabia" is "Saudi Arabia", "the Islamic Republic of Iran" "Iran" (not the
    Republic of Korea, of China or of the Congo: their short names are others' too)."""
    for key in list(found):
        m = _FORMAL_NAME.fullmatch(key[1])
        if key[0] != "place" or m is None or m["short"] in _SHARED_SHORT_NAMES:
            continue
        short = ("place", m["short"])
        if short in found and key in found:
            _fold(found, key, short)


# "kingdom of saudi arabia", "the republic of ireland" (keys are lower case)
_FORMAL_NAME = re.compile(
    r"(?:the )?(?:[a-z'’]+ ){0,2}"  # "islamic republic of iran", "hashemite kingdom of jordan"
    r"(?:kingdom|republic|state|commonwealth|sultanate|emirate|principality) of "
    r"(?P<short>.+)"
)
_SHARED_SHORT_NAMES = frozenset(("korea", "china", "congo", "the congo"))


def _join_newsrooms(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take a broadcaster's name into its newsroom's: "ABC" into "ABC News", "Fox" into
    "Fox News", both bodies (not "Cambridge" the town into the "Cambridge News")."""
    for key in list(found):
        if key[0] != "org" or not key[1].endswith(" news"):
            continue
        short = ("org", key[1][: -len(" news")])
        if short in found and key in found:
            _fold(found, short, key)


def _join_middle_names(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take "Sarah Sanders" into "Sarah Huckabee Sanders", "Brett Kavanaugh" into "Brett
    Michael Kavanaugh": a person's given name and surname, when the story gives one name
    with a middle name between them (two such names stay apart, and "Jr." is no
    surname)."""
    fuller: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in found:
        words = key[1].split()
        if (
            key[0] == "person"
            and len(words) == 3
            and words[2].rstrip(".") not in W.NAME_SUFFIXES
            # a middle name, no initials ("George H.W. Bush" is not George W. Bush)
            and words[1].isalpha()
            and len(words[1]) >= 3
            and words[1] not in (words[0], words[2])
        ):
            fuller.setdefault((words[0], words[2]), []).append(key)
    for key in list(found):
        words = key[1].split()
        if key[0] != "person" or len(words) != 2:
            continue
        names = fuller.get((words[0], words[1]), [])
        if len(names) == 1 and names[0] in found:
            _fold(found, key, names[0])
    # a first initial before a name the story gives: "H. Ross Perot" is its "Ross Perot",
    # "L. Francis Cissna" its "Francis Cissna" (not "Christine Blasey Ford", whose "Blasey
    # Ford" is her surname; not "Donald Trump Jr")
    two = {tuple(k[1].split()): k for k in found if k[0] == "person" and len(k[1].split()) == 2}
    for key in list(found):
        words = key[1].split()
        if (
            key[0] == "person"
            and len(words) == 3
            and (short := two.get((words[1], words[2]))) is not None
            and short in found
            and _MIDDLE_INITIAL.fullmatch(words[0])
        ):
            _fold(found, key, short)


def _join_spelt_initials(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take "George Herbert Walker Bush" into "George H.W. Bush": the middle names the
    initials stand for, when the story gives the name both ways (keys write "h.w." as
    "hw"; "George W. Bush" is another man's, "george bush")."""
    initialled: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for key in found:
        words = key[1].split()
        if key[0] == "person" and len(words) == 3 and 2 <= len(words[1]) <= 3:
            initialled.setdefault((words[0], words[1], words[2]), []).append(key)
    for key in list(found):
        words = key[1].split()
        middle = words[1:-1]
        if key[0] != "person" or not 2 <= len(middle) <= 3 or not all(len(w) > 1 for w in middle):
            continue
        spelt = initialled.get((words[0], "".join(w[0] for w in middle), words[-1]), [])
        if len(spelt) == 1 and spelt[0] in found and key in found:
            _fold(found, key, spelt[0])


def _join_place_tails(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take "Rose Garden" into "White House Rose Garden", "National Cathedral" into
    "Washington National Cathedral", "Rotunda" into "Capitol Rotunda": a place the story
    also names with words before it, when only one such longer name ends so (not a place
    known on its own, nor the tail of one: "York" stays apart from "New York")."""
    places = [k for k in found if k[0] == "place"]
    known = W.known_places()
    for key in places:
        if key not in found or key[1].title() in known:
            continue
        longer = [k for k in places if k in found and _place_before(key[1], k[1], known)]
        if len(longer) == 1:
            _fold(found, key, longer[0])


def _place_before(short: str, name: str, known: frozenset[str]) -> bool:
    """Whether ``name`` is ``short`` with words before it that make no other place of it:
    not one known on its own ("New York"), not an article ("Le Marche", which
    :func:`_find_in_longer_names` reads as Marche)."""
    return (
        name.endswith(" " + short)
        and name.title() not in known
        and name[: -len(short) - 1].title() not in _NAME_ARTICLES.split("|")
    )


def _join_paper_names(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """Take a paper's short name into the one full name the story gives with it: "The
    Times" into "The New York Times", "the Post" into "The Washington Post" (not when the
    story names two Times)."""
    heads = {h.lower() for h in W.PAPER_HEADS}
    for key in list(found):
        if key[0] != "org" or key not in found:
            continue
        full = _fuller_paper(key[1], [k[1] for k in found if k[0] == "org"], heads)
        if full:
            _fold(found, key, ("org", full))


def _join_suffix_variants(found: dict[tuple[str, str], dict[str, FactMention]]) -> None:
    """ "Pacific Gas & Electric Co." and "Pacific Gas & Electric Corp.": one body with
    two of :data:`_BODY_SUFFIXES`, in versions none of which writes both."""
    by_core: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in found:
        words = key[1].split()
        if len(words) >= 3 and _BODY_SUFFIX.fullmatch(words[-1].rstrip(".")):
            by_core.setdefault((key[0], " ".join(words[:-1])), []).append(key)
    for keys in by_core.values():
        keys = [k for k in keys if k in found]
        keys.sort(key=lambda k: (-len(found[k]), k))
        for other in keys[1:]:
            if not found[keys[0]].keys() & found[other].keys():
                _fold(found, other, keys[0])


_BODY_SUFFIX = re.compile(_BODY_SUFFIXES, re.IGNORECASE)
_GENERIC_NOUNS = frozenset({"", "people", "persons", "%"})
_TIME_NOUNS = word_set("seconds minutes hours days weeks months years decades centuries")
# a year in the clause before a figure ("the 2009 quake that killed more than 300") or
# right after it ("killed 300 people in 2009")
_YEAR_BEFORE = re.compile(r"\b(1[89]\d\d|20\d\d)\b[^.;:!?]{0,80}$")
_YEAR_AFTER = re.compile(r"^[^.;:!?\d]{0,40}?\b(?:in|of) (1[89]\d\d|20\d\d)\b")
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
# a month without its day that a clause or a whole sentence is set in: "In October, a 737
# MAX 8 ... crashed ..., killing all 189 on board", "crashed in Indonesia in October,
# killing 189 people" (not "on March 10", a date; not "may")
_MONTH_OPENING = re.compile(rf"(?:In|Last|Since|Back in|Earlier in) ({_MONTH_NAMES})\b(?!\s*\d)")
_MONTH_BEFORE = re.compile(rf"\b(?:in|since|last) ({_MONTH_NAMES})\b(?!\s*\d)[^.;:!?]{{0,40}}$")
# "since" and a month, its day too, and the event then, which a figure after it counts
# ("the worst since Feb. 14, when a former student killed 17 people", "since the February
# attack in Parkland, Florida, that killed 17 people"; not "has spent $76 million since
# Nov. 16, while ...": a span up to now)
_FULL_MONTHS = [m.capitalize() for m in MONTHS][:12]
# the quantities' table of month names, longest first, without May, as this pattern was measured
_ALL_MONTHS = "|".join(m for m in MONTH_ALT.split("|") if m != "May")
_MONTH_SINCE = re.compile(
    rf"\bsince (?:the )?({_ALL_MONTHS})\b\.?(?:\s\d{{1,2}}\b)?"
    r"(?:,? when\b| [a-z]+\b[^.;:!?]{0,60}?\b(?:that|which|when)\b)[^.;:!?]{0,80}$"
)


def _another_year(quantity: Quantity, sentence: str, offset: int, article: Article) -> str:
    """The year (or the month) a figure's clause places it in, when that is not the one
    the version was published in: another event's figure ("harked back to the 2009
    quake that killed more than 300 people", "In October, a 737 MAX 8 ... crashed ...,
    killing all 189 on board"), which is no statement about this story's."""
    if article.published is None or quantity.kind in {"date", "time", "year"}:
        return ""
    start, end = quantity.start - offset, quantity.end - offset
    found = _YEAR_BEFORE.search(sentence, 0, max(0, start)) or _YEAR_AFTER.search(sentence[end:])
    if found is not None:
        return "" if int(found.group(1)) == article.published.year else found.group(1)
    month = (
        _MONTH_OPENING.match(sentence)
        or _MONTH_BEFORE.search(sentence, 0, max(0, start))
        or _MONTH_SINCE.search(sentence, 0, max(0, start))
    )
    if month is None or (article.published.month - MONTHS[month.group(1).lower()]) % 12 < 2:
        return ""  # the month of publication or the one before it: this story's, maybe
    return _FULL_MONTHS[MONTHS[month.group(1).lower()] - 1]  # "Feb." and "February": one


_LONE_ONE = re.compile(r"(?:one|an?)\s+\w+$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|wrote)\b")
_ONE_IDIOMS = frozenset(("way", "day", "thing", "hand", "time", "point", "another"))
# the parties a story names, counted again: "the two countries", "both sides"
_PARTIES = word_set(
    "countries nations sides governments parties companies economies allies powers "
    "superpowers neighbours neighbors chambers capitals"
)
_FEW_PARTIES = 2
_THE_BEFORE = re.compile(r"\b(?:the|both|all|these|those)\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b")
_PART_OF_FIGURE = re.compile(r"\s+of\s+(?:the|those|these|its|their|all)\s+", re.IGNORECASE)
# an ordinal in figures before a capitalised word is part of a name ("the 10th U.S. Circuit")
_NAMED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\s+[A-Z]")
_IN_BRACKETS = re.compile(r"\s*[(\[]\s*")


def _comparable(subject: str, quantities: list[Quantity]) -> bool:
    """Whether the versions' figures for a slot are claims about one thing.

    A slot with an event predicate ("people injured") is, unless a version's
    figure names no noun and the predicate does not happen to people; a slot named by its
    unit alone is only when every version counts the very same noun, the noun
    is not a span of time ("years" of what?), and no two figures are too far apart
    to be one number told twice (:func:`far_apart`).
    """
    if any(q.kind not in _CONFLICT_KINDS for q in quantities):
        return False
    if has_predicate(subject):
        # a bare figure ("to nearly 40 million") counts people only where what happens
        # happens to people ("were injured"); with "jobs" it may count claims or jobs
        bare = any(q.kind == "count" and not q.unit for q in quantities)
        return not bare or counts_people(predicate_of(subject))
    nouns = {q.unit.lower() for q in quantities}
    if len(nouns) != 1:
        return False
    noun = nouns.pop()
    return (
        quantities[0].kind == "count"
        and noun not in _GENERIC_NOUNS | _TIME_NOUNS
        # "20 Republicans would have to join" / "two Republicans joined": without a
        # predicate, figures too far apart to be one number told twice are two counts
        and not any(far_apart(a, b) for a, b in itertools.combinations(quantities, 2))
    )


_Slots = dict[str, dict[str, list[tuple[Quantity, FactMention]]]]


# predicates that count the same people in a story told differently: those on
# board are those rescued or evacuated; the dead and the hurt are other counts
_PRESENCE = frozenset({"rescued", "on board", "evacuated"})


def _same_count(a: str, b: str) -> bool:
    """Whether two slots of one noun can be one count told two ways."""
    pa, pb = (s.split(" ", 1)[1] if " " in s else "" for s in (a, b))
    if pa.startswith("for ") or pb.startswith("for "):
        return pa == pb  # "$1.3 billion for border security" is that sum, no other
    return not pa or not pb or pa == pb or {pa, pb} <= _PRESENCE


def _merge_by_noun(slots: _Slots, kinds: dict[str, str]) -> None:
    """Join slots that count the same noun in disjoint sets of versions.

    "around 40 passengers were taken off" and "37 passengers aboard" land in
    different slots by predicate, yet no version states both: the same noun
    counted once per version is one fact told two ways.
    """

    def noun(subject: str) -> str:
        units = Counter(found[0][0].unit.lower() for found in slots[subject].values())
        return units.most_common(1)[0][0]

    for subject in sorted(slots, key=lambda s: (-len(slots[s]), s)):
        if subject not in slots or noun(subject) in _GENERIC_NOUNS:
            continue
        for other in sorted(slots, key=lambda s: (-len(slots[s]), s)):
            if (
                other != subject
                and kinds[other] == kinds[subject]
                and noun(other) == noun(subject)
                and not set(slots[other]) & set(slots[subject])
                and _same_count(subject, other)
                # a place's population is no count of the people a story tells of
                and (subject == "population") == (other == "population")
            ):
                slots[subject].update(slots.pop(other))
                kinds.pop(other)


# a place's size before a count: "a city of 175,000 residents", "the town of about 3,000"
_POPULATION_BEFORE = re.compile(
    r"(?:\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:city|town|village|county|state|country|nation"
    r"|community|island|region|suburb|district|borough|municipality)\s+of|\bis\s+home\s+to)\s+"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
# what makes "N times" a ratio: "three times the original estimate", "twice as many"
_MULTIPLIER_AFTER = re.compile(
    r"\s+(?:the|as|that|what|more|less|higher|lower|larger|bigger|greater|faster|over)\b"
)


def _mentions(
    articles: Sequence[Article], sentences: Mapping[str, tuple[Sentence, ...]]
) -> tuple[_Slots, dict[str, str]]:
    """Every quantity as a fact mention, filed by subject and version, in text order."""
    slots: _Slots = {}
    kinds: dict[str, str] = {}
    for article in articles:
        sents = sentences[article.id]
        starts = [s.start for s in sents]
        found = joined_durations(article.text, extract_quantities(article.text))
        for k, quantity in enumerate(found):
            sentence = _sentence_at(sents, starts, quantity.start)
            text = sentence.text if sentence else ""
            if quantity.kind == "count" and not quantity.unit:
                # "claims ... totaled 2.1 million": the noun the sentence measures
                noun = measured_noun(article.text[: quantity.start])
                if noun:
                    quantity = dataclasses.replace(quantity, unit=noun)
            subject = subject_of(quantity, text, sentence.start if sentence else 0)
            year = _another_year(quantity, text, sentence.start if sentence else 0, article)
            if year:
                subject = f"{subject} in {year}"  # "the 2009 quake that killed 300 people"
            if quantity.kind == "count" and not quantity.unit and " " not in subject:
                continue  # a bare number counting nothing named ("Morrow, 34")
            if _LONE_ONE.match(quantity.text) and (
                _SAYS_AFTER.match(article.text, quantity.end)
                or quantity.text.split()[-1].lower() in _ONE_IDIOMS
            ):
                continue  # "one official said", "one way": an article, not a figure
            if _PARTITIVE.match(article.text, quantity.end) or (
                k + 1 < len(found)
                and _PART_OF_FIGURE.fullmatch(article.text, quantity.end, found[k + 1].start)
            ):
                continue  # "four of them", "23 of the 53 wounded": a part of another figure
            if (
                quantity.kind == "count"
                and quantity.value is not None
                and quantity.value <= _FEW_PARTIES
                and quantity.unit.lower() in _PARTIES
                and _THE_BEFORE.search(article.text, max(0, quantity.start - 8), quantity.start)
            ):
                continue  # "relations between the two countries": the ones named, no figure
            if quantity.kind == "count" and _POPULATION_BEFORE.search(
                article.text, max(0, quantity.start - 40), quantity.start
            ):
                subject = "population"  # "Santa Rosa, a city of 175,000 residents": no evacuees
            if quantity.unit == "times" and _MULTIPLIER_AFTER.match(article.text, quantity.end):
                continue  # "three times the original estimate", "seven times what ...": a ratio
            if quantity.kind == "ordinal" and _NAMED_ORDINAL.match(article.text, quantity.start):
                continue  # "the 2nd U.S. Circuit Court of Appeals", "the 25th Amendment"
            if (
                k
                and quantity.kind == found[k - 1].kind == "money"
                and _IN_BRACKETS.fullmatch(article.text, found[k - 1].end, quantity.start)
            ):
                continue  # "$100bn (£74bn)": the same sum in another currency, that day
            mention = FactMention(
                version=article.id,
                text=quantity.text,
                start=quantity.start,
                end=quantity.end,
                value=quantity.value,
                low=quantity.low,
                high=quantity.high,
                hedge=quantity.hedge,
                unit=quantity.unit,
                norm=quantity.norm,
                sentence=text,
                attribution=attribution_of(text),
            )
            kinds.setdefault(subject, quantity.kind)
            slots.setdefault(subject, {}).setdefault(article.id, []).append((quantity, mention))
    _merge_by_noun(slots, kinds)
    _fill_same_values(slots, kinds)
    return slots, kinds


def _fill_same_values(slots: _Slots, kinds: dict[str, str]) -> None:
    """Move into a slot two or more versions state the figure a further version files
    alone under another slot: "a roughly $5 billion settlement" is the "$5 billion" fine
    the other versions give, "the 1973 Supreme Court decision" their "1973" (see
    :func:`_figure_key`); no count of one or two ("one rescue", "two years"), which many
    unrelated things share."""
    # the slots of one version, which only ever leave (a slot of two or more only grows)
    alone: list[tuple[str, str, tuple[Any, ...]]] = []
    for other in sorted(slots):
        if len(slots[other]) == 1:
            ((v, found),) = slots[other].items()
            q = found[0][0]
            if q.value is not None and (q.kind != "count" or q.value > 2):
                alone.append((other, v, _figure_key(q)))
    for subject in sorted(slots, key=lambda s: (-len(slots[s]), s)):
        by_version = slots.get(subject)
        if by_version is None or len(by_version) < 2:
            continue
        wanted = {_figure_key(found[0][0]) for found in by_version.values()}
        for other, v, key in alone:
            if other in slots and v not in by_version and key in wanted:
                by_version[v] = slots.pop(other)[v]
                kinds.pop(other)


def _figure_key(q: Quantity) -> tuple[Any, ...]:
    """What two figures filed apart must share to be one: kind, the value stated (with
    or without a hedge: "roughly $5 billion" is "$5 billion"), its unit and the noun
    counted."""
    return (q.kind, q.value, q.norm, _head(q))


def _day_finder(
    sentences: Mapping[str, tuple[Sentence, ...]],
) -> Callable[[str, int], frozenset[str]]:
    """``days_at(version, offset)``: the days the sentence holding that character names,
    else those the sentence before it names, in its paragraph or the one before ("On
    Wednesday investors sold off shares ... / The Dow closed down 5.8%.": Wednesday's)."""
    starts = {v: [x.start for x in sents] for v, sents in sentences.items()}

    def days_at(version: str, offset: int) -> frozenset[str]:
        sents = sentences.get(version, ())
        k = bisect.bisect_right(starts.get(version, []), offset) - 1
        if k < 0:
            return frozenset()
        days = days_named(sents[k].text)
        if not days and k:
            days = days_named(sents[k - 1].text)
        return days

    return days_at


_HOLDER_KINDS = frozenset(("person", "org"))


def _holder_finder(
    sentences: Mapping[str, tuple[Sentence, ...]], entities: Mapping[str, Sequence[Entity]]
) -> Callable[[str, int], tuple[frozenset[str], frozenset[str]]]:
    """``holders_at(version, offset)``: the people and bodies the sentence holding that
    character names before it (whose figure it is: "Biden's campaign raised $22.7
    million", "The Hang Seng index was 0.7 percent lower"), and all those it names;
    names in brackets (a dateline's "(Reuters)") are no holders."""
    starts = {v: [x.start for x in sents] for v, sents in sentences.items()}
    named = {
        v: sorted(
            (e.start, key) for e in found if e.kind in _HOLDER_KINDS and (key := _holder_key(e))
        )
        for v, found in entities.items()
    }
    named_starts = {v: [start for start, _ in found] for v, found in named.items()}

    def holders_at(version: str, offset: int) -> tuple[frozenset[str], frozenset[str]]:
        sents = sentences.get(version, ())
        k = bisect.bisect_right(starts.get(version, []), offset) - 1
        if k < 0:
            return frozenset(), frozenset()
        sentence = sents[k]
        at = named_starts.get(version, [])
        lo = bisect.bisect_left(at, sentence.start)
        hi = bisect.bisect_left(at, sentence.end, lo)
        inside = [
            (start, key)
            for start, key in named.get(version, [])[lo:hi]
            if not sentence.text[: start - sentence.start].rstrip().endswith("(")
        ]
        before = frozenset(key for start, key in inside if start < offset)
        return before, frozenset(key for _, key in inside)

    return holders_at


def _holder_key(entity: Entity) -> str:
    """A person by surname ("Trump" in one version is "Donald Trump" in another), a body
    by its name's key."""
    words = _name_key(entity.name).split()
    if not words:
        return ""  # "The", read as a name: no one's
    return words[-1] if entity.kind == "person" else " ".join(words)


def _other_holders(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether two figures are each named as someone else's: both sentences name people
    or bodies before their figures, and neither sentence names any of the other's."""
    (before_a, all_a), (before_b, all_b) = a, b
    return bool(before_a and before_b) and not (before_a & all_b or before_b & all_a)


def _row_finder(alignment: Alignment, *, reworded: bool = True) -> Callable[[str, int], int | None]:
    """``row_at(version, offset)``: the alignment row holding that character of that version.

    Without ``reworded``, a sentence that tells its row's fact in other words
    (:attr:`~storydiff.models.Cell.reworded`) is in no row: it shares a figure with the
    reference ("176 people on board"), not all its others ("more than a dozen ballistic
    missiles" fired at bases, "two surface-to-air missiles" fired at the airliner), so
    its figures may line up in the grid but are no conflict by place."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for row in alignment.rows:
        for cell in row.cells:
            if not reworded and cell.reworded:
                continue
            spans.setdefault(cell.version, []).append((cell.start, cell.end, row.index))
    for items in spans.values():
        items.sort()

    def row_at(version: str, offset: int) -> int | None:
        items = spans.get(version, [])
        k = bisect.bisect_right(items, (offset, math.inf, math.inf)) - 1
        return items[k][2] if k >= 0 and items[k][0] <= offset < items[k][1] else None

    return row_at


def _facts(
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    row_at: Callable[[str, int], int | None] | None = None,
    quoted: Mapping[str, list[tuple[int, int]]] | None = None,
    holders_at: Callable[[str, int], tuple[frozenset[str], frozenset[str]]] | None = None,
    edited_row_at: Callable[[str, int], int | None] | None = None,
) -> tuple[tuple[Fact, ...], tuple[Conflict, ...]]:
    """Fact slots across versions, and the slots whose values differ.

    A version's first statement of a slot is the one it leads with and the one
    the grid shows; the consensus is the value most versions lead with. A
    version differs only when none of its statements of the slot agrees with
    the consensus (a story that gives the offer and the demand both agrees
    with one that gives only the offer), and one that states the consensus
    after another figure shows that statement in the grid. A slot whose
    figures may not be one fact (:func:`_comparable`: no event predicate, and
    kinds, nouns or spans
    of time that do not say what is counted) is one fact only where the
    versions state it in aligned sentences (``row_at``, from the alignment:
    "jailed for eight years" / "for ten years") or give the same value; the
    grid does not line up "in 2010" and "in 1966" from unrelated sentences.
    Nor is a slot named by its noun alone one fact when some versions give the
    figure inside a quote (``quoted``: each version's quote spans) and others
    in their own words: "two other women spoke" and a senator's "millions of
    other women would feel violated" are not one count. A one or a two that
    every version gives only inside its quotes, with no event predicate ("two
    systems of justice"), is the speaker's phrase and no slot at all.
    """
    order = [a.id for a in articles]
    published = {a.id: a.published for a in articles}
    days_at = _day_finder(sentences)
    slots, kinds = _mentions(articles, sentences)
    # the figures each version's sentence states, of every slot: whether a consensus
    # sentence also gives another version's figure (see _slot_conflict)
    stated_in: dict[tuple[str, str], set[tuple[str, tuple[Any, ...]]]] = {}
    for statements in slots.values():
        for v, items in statements.items():
            for q, m in items:
                stated_in.setdefault((v, m.sentence), set()).add((q.kind, _value_key(q)))
    facts = []
    conflicts = []
    for subject, by_version in slots.items():
        versions = sorted(by_version, key=order.index)
        firsts = [by_version[v][0][0] for v in versions]
        in_quote = {
            any(lo <= q.start and q.end <= hi for lo, hi in (quoted or {}).get(v, ()))
            for v, q in zip(versions, firsts, strict=True)
        }
        if (
            in_quote == {True}
            and not has_predicate(subject)
            and all(q.value is not None and q.value <= 2 for q in firsts)
        ):
            # a one or a two no version states in its own words, only inside its quotes,
            # with nothing said to happen to it ("two systems of justice", "the last two
            # years", "one of the hardest decisions"): the speaker's phrase, which the
            # quotes show, no fact of the story
            continue
        if not _comparable(subject, firsts) or (len(in_quote) > 1 and not has_predicate(subject)):
            # figures the diff cannot tell are one fact ("2010", "the 1970s", "1966"
            # filed under "year") are one fact where their sentences are aligned
            # or where they agree
            for aligned in _aligned_or_equal(by_version, versions, order, row_at):
                stated, group = _stated_later(by_version, versions, aligned, order)
                fact, agreeing = _slot_fact(subject, kinds[subject], stated, group, order)
                facts.append(fact)
                values = {_value_key(stated[v][0][0]) for v in group}
                if len(values) > 1 and (
                    kinds[subject] == "score"
                    or all(stated[v][0][0].kind in _CONFLICT_KINDS for v in group)
                ):
                    # two figures in aligned sentences: "beat Leiden 3-1" / "3-2", "would
                    # lay off 500" / "800", "jailed for eight years" / "for ten years"
                    found = _slot_conflict(
                        subject,
                        stated,
                        group,
                        agreeing,
                        published,
                        edited_row_at or row_at,
                        days_at,
                        holders_at,
                        stated_in,
                    )
                    conflicts.extend([found] if found is not None else [])
            continue
        fact, agreeing = _slot_fact(subject, kinds[subject], by_version, versions, order)
        stated, group = _stated_later(by_version, versions, agreeing, order)
        if len(group) > len(agreeing):
            # a version that states the consensus after another figure of the slot shows
            # that statement: "18 states", not the "over a dozen other states" it leads with
            fact, _ = _slot_fact(subject, kinds[subject], stated, versions, order)
        facts.append(fact)
        if len(versions) < 2:
            continue
        found = _slot_conflict(
            subject,
            by_version,
            versions,
            agreeing,
            published,
            edited_row_at or row_at,
            days_at,
            holders_at,
            stated_in,
        )
        if found is not None:
            conflicts.append(found)
    conflicts.sort(key=lambda c: (-_SEVERITY[c.label], c.subject))
    return tuple(facts), tuple(conflicts)


_UNRELATED = 99  # a figure that is another thing ranks below every relation


def _other_days(days: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two figures' days are named and none is shared."""
    return bool(days) and bool(theirs) and days.isdisjoint(theirs)


# groups by age: a part of "people" more often than the people themselves ("four men" may
# be the thieves of "two or three people"; "six children" are a part of "nine people")
_SUBGROUPS = frozenset(
    ["children", "child", "kids", "boys", "girls", "babies", "infants", "minors", "teenagers"]
)


# nouns for people of either sex and any age
_ANYONE = frozenset(["people", "persons", "individuals", "victims"])


def _head(q: Quantity) -> str:
    """The plural head noun of what a count counts ("" for other figures)."""
    return plural(q.unit.lower().split()[-1]) if q.kind == "count" and q.unit else ""


def _sex(q: Quantity) -> str:
    """ "male" or "female" for a count of men or of women, else ""."""
    return SEX_OF_PLURAL.get(_head(q), "")


def _other_noun(a: Quantity, b: Quantity) -> bool:
    """Whether two counts of one slot are a group and a part of it, or two parts, by age:
    "nine people" / "six children", "three women" / "six children" (while "1,200
    dockworkers" / "1,400 members" are one group named twice), or by sex when fewer
    ("nine people" / "two women"), or two groups by sex ("two men" / "two women").
    Between unrelated sentences, two things rather than one disagreement."""
    heads = {_head(a), _head(b)}
    if len(heads) != 2 or "" in heads:
        return False
    sexes = {_sex(a), _sex(b)}
    if heads & _SUBGROUPS or len(sexes - {""}) == 2:
        return True
    # "two women" of "nine people": a part of the people, by sex as by age, if no more
    # than them ("four men" are no part of "two or three people")
    part, group = (a, b) if _sex(a) else (b, a)
    return (
        bool(heads & _ANYONE)
        and bool(_sex(part))
        and None not in (part.high, group.low)
        and part.high < group.low
    )


def _slot_conflict(
    subject: str,
    by_version: dict[str, list[tuple[Quantity, FactMention]]],
    versions: list[str],
    agreeing: list[str],
    published: Mapping[str, Any],
    row_at: Callable[[str, int], int | None] | None = None,
    days_at: Callable[[str, int], frozenset[str]] = lambda _version, _offset: frozenset(),
    holders_at: Callable[[str, int], tuple[frozenset[str], frozenset[str]]] | None = None,
    stated_in: Mapping[tuple[str, str], set[tuple[str, tuple[Any, ...]]]] | None = None,
) -> Conflict | None:
    """How the versions that differ from the consensus of a slot relate to it, if at all.

    Figures too far apart to be two reports of one number (:func:`far_apart`), and
    figures of a slot named by its noun alone ("11 other states" / "37 states": no
    predicate says what happened to them), are two things, not a conflict, unless
    they stand in aligned sentences ("2 people were killed" / "30 people were
    killed"): then they are a conflict.
    """
    consensus_q, consensus_m = by_version[agreeing[0]][0]
    consensus_days = days_at(agreeing[0], consensus_m.start)
    consensus_holders = (
        holders_at(agreeing[0], consensus_m.start) if holders_at is not None else None
    )
    # the rows where an agreeing version states the slot: an outlier there is aligned
    agreeing_rows = (
        {row_at(a, m.start) for a in agreeing for _, m in by_version[a]} - {None}
        if row_at
        else set()
    )
    scored = consensus_q.kind == "score"
    # the values the consensus sentence states (``stated_in``: every version's figures by
    # its sentences): "Sanders raised more than $34.5 million
    # ..., while Trump drew $46 million" gives the "$46 million" of a version that leads
    # with Trump's figure, which agrees with it
    beside = (stated_in or {}).get((agreeing[0], consensus_m.sentence), ())
    stated_beside = {key for kind, key in beside if kind == consensus_q.kind}
    labels: dict[str, ConflictLabel] = {}
    shown: dict[str, tuple[Quantity, FactMention]] = {}
    for v in versions:
        if v in agreeing:
            shown[v] = by_version[v][0]
            continue
        best: tuple[int, ConflictLabel | None, tuple[Quantity, FactMention]] | None = None
        for q, m in by_version[v]:
            if (
                _value_key(q) in stated_beside
                and _value_key(q) != _value_key(consensus_q)
                and not _other_noun(consensus_q, q)
            ):
                best = (0, None, (q, m))
                break
            label = relate(
                consensus_q,
                q,
                subject=subject,
                published_a=published[agreeing[0]],
                published_b=published[v],
                update_b=reads_as_update(m.sentence),
                days_relative=dated_by_day(consensus_m.sentence) and dated_by_day(m.sentence),
            )
            if (
                (
                    label in ("conflict", "degree")
                    and (
                        far_apart(consensus_q, q)
                        or not (scored or has_predicate(subject))
                        or _other_noun(consensus_q, q)
                    )
                    and (row_at is None or row_at(v, m.start) not in agreeing_rows)
                )
                or (
                    # "injunctions issued by lower courts in three different states" /
                    # "plaintiffs, including several states": a slot named by its noun
                    # alone, a vague count beside an exact one, in sentences apart
                    label == "more_specific"
                    and not (scored or has_predicate(subject))
                    and row_at is not None
                    and row_at(v, m.start) not in agreeing_rows
                )
                or (
                    # "fell 9.99% on Thursday" / "fell 5.8% on Wednesday": two days' figures,
                    # neither in conflict nor one more specific than the other
                    label is not None
                    and label != "update"
                    and _other_days(consensus_days, days_at(v, m.start))
                )
                or (
                    # "Biden's campaign raised $22.7 million" / "Sanders' campaign had raised
                    # $34.5 million": two people's figures
                    label is not None
                    and holders_at is not None
                    and consensus_holders is not None
                    and _other_holders(consensus_holders, holders_at(v, m.start))
                )
            ):
                # another thing, not this slot's figure: neither agrees nor conflicts,
                # and shown only if the version states nothing else of the slot
                best = best or (_UNRELATED, None, (q, m))
                continue
            rank = 0 if label is None else _SEVERITY[label]
            if best is None or rank < best[0]:
                best = (rank, label, (q, m))
        assert best is not None
        shown[v] = best[2]
        if best[1] is not None:
            labels[v] = best[1]
    if not labels:
        return None
    return _conflict(subject, consensus_m, versions, shown, labels, published)


def _value_key(q: Quantity) -> tuple[Any, ...]:
    """What two statements of a slot must share to give the same value."""
    return (q.value, q.low, q.high, q.norm)


def _slot_fact(
    subject: str,
    kind: str,
    by_version: Mapping[str, list[tuple[Quantity, FactMention]]],
    group: list[str],
    order: list[str],
) -> tuple[Fact, list[str]]:
    """The fact of one slot across the versions ``group``, and the versions agreeing on the
    value most of them lead with (ties: the earliest version's)."""
    values: dict[tuple[Any, ...], list[str]] = {}
    for v in group:
        values.setdefault(_value_key(by_version[v][0][0]), []).append(v)
    agreeing = max(values.values(), key=lambda vs: (len(vs), -order.index(vs[0])))
    q, m = by_version[agreeing[0]][0]
    fact = Fact(
        kind=kind,
        subject=subject,
        text=m.text,
        value=q.value,
        versions=tuple(agreeing),
        mentions=tuple(by_version[v][0][1] for v in group),
    )
    return fact, agreeing


def _stated_later(
    by_version: Mapping[str, list[tuple[Quantity, FactMention]]],
    versions: list[str],
    group: list[str],
    order: list[str],
) -> tuple[Mapping[str, list[tuple[Quantity, FactMention]]], list[str]]:
    """A group whose versions all lead with one value, joined by the other versions that
    state that value after another one, each with that statement first (and the
    statements of the slot as they were). NPR's report of an impeachment trial leads
    with the vote on Wednesday and says the defence "argued Monday": it is one of the
    versions that give Monday, not a dash in that row of the grid."""
    values = {_value_key(by_version[v][0][0]) for v in group}
    if len(values) != 1:
        return by_version, group
    (value,) = values
    lead = by_version[group[0]][0][0]
    stated = dict(by_version)
    for v in versions:
        if v in group:
            continue
        same = [
            item
            for item in by_version[v]
            if _value_key(item[0]) == value and not _other_noun(item[0], lead)
        ]
        if same:
            stated[v] = same[:1] + [item for item in by_version[v] if item is not same[0]]
            group = [*group, v]
    return stated, sorted(group, key=order.index)


def _aligned_or_equal(
    by_version: Mapping[str, list[tuple[Quantity, FactMention]]],
    versions: list[str],
    order: list[str],
    row_at: Callable[[str, int], int | None] | None,
) -> list[list[str]]:
    """Versions of one slot grouped by the aligned row of their first statement (rows
    two or more of them share), else by equal value; in version order. Rows whose
    versions all give one value join the group of that value: "Monday" in the
    sentences of three copy families is one fact, not three; and a row whose versions
    differ takes in the group of its most common value. Counts of men and of women are
    two values however equal ("the two men" / "two women"); a count of neither sex
    goes with the one sex that gives its figure ("two victims" / "two women")."""
    firsts = {v: by_version[v][0][0] for v in versions}
    sexes: dict[tuple[Any, ...], set[str]] = {}
    for q in firsts.values():
        sexes.setdefault(_value_key(q), set()).add(_sex(q))
    value_of = {}
    for v, q in firsts.items():
        named = sexes[_value_key(q)] - {""}
        sex = _sex(q) or (next(iter(named)) if len(named) == 1 else "")
        value_of[v] = (*_value_key(q), sex)
    rows: dict[str, int | None] = {
        v: row_at(v, by_version[v][0][1].start) if row_at else None for v in versions
    }
    shared = Counter(r for r in rows.values() if r is not None)
    by_row: dict[tuple[Any, ...], list[str]] = {}
    for v in versions:
        row = rows[v]
        key = ("row", row) if row is not None and shared[row] > 1 else ("value", *value_of[v])
        by_row.setdefault(key, []).append(v)
    groups: dict[tuple[Any, ...], list[str]] = {}
    for key, members in by_row.items():
        values = {value_of[v] for v in members}
        if len(values) == 1:
            key = ("value", *values.pop())
        groups.setdefault(key, []).extend(members)
    for key in [k for k in groups if k[0] == "row"]:
        # a row where versions differ takes in the versions that give one of its values
        # elsewhere, the commonest such value: "Monday (v0, v1, v2); Tuesday (v3)", not
        # "Monday" twice
        counts = Counter(value_of[v] for v in groups[key])
        for value, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
            if ("value", *value) in groups:
                groups[key].extend(groups.pop(("value", *value)))
                break
    return sorted(
        (sorted(vs, key=order.index) for vs in groups.values()), key=lambda vs: order.index(vs[0])
    )


def _conflict(
    subject: str,
    consensus: FactMention,
    versions: list[str],
    shown: dict[str, tuple[Quantity, FactMention]],
    labels: dict[str, ConflictLabel],
    published: Mapping[str, Any],
) -> Conflict:
    values = tuple(
        ConflictValue(
            version=v,
            text=shown[v][1].text,
            value=shown[v][0].value,
            low=shown[v][0].low,
            high=shown[v][0].high,
            sentence=shown[v][1].sentence,
            start=shown[v][1].start,
            end=shown[v][1].end,
            published=published[v],
        )
        for v in versions
    )
    return Conflict(
        subject=subject,
        label=max(labels.values(), key=lambda lab: _SEVERITY[lab]),
        values=values,
        consensus=consensus.text,
        outliers=tuple(labels),
        note="; ".join(f"{v}: {lab.replace('_', ' ')}" for v, lab in labels.items()),
    )
