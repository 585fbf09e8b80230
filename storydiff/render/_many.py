"""What the renderers share for a story of many versions: lists where a table would not do.

Past :data:`GRID_COLUMNS` versions a fact grid lists each value once with the
versions that give it, and a list of versions shows :data:`LISTED_VERSIONS`
of them, then how many more. An added quote that does not say who speaks it is
shown with its speaker (:func:`voice_of`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from storydiff.diff import lists_omits
from storydiff.models import (
    Conflict,
    DiffReport,
    Fact,
    FactMention,
    Passage,
    QuoteGroup,
    QuoteVariant,
)

GRID_COLUMNS = 8  # versions shown as columns; beyond, each value lists its versions
LISTED_VERSIONS = 6  # versions listed before "+N more"

T = TypeVar("T")


def disputes(conflict: Conflict) -> set[str]:
    """The versions whose value a reader should doubt: the outliers of a conflict (or one of
    degree). A more specific, compatible or updated figure is no disagreement ("21 states"
    beside "at least 21 states"), so it is not marked."""
    return set(conflict.outliers) if conflict.label in ("conflict", "degree") else set()


# share of an added passage a quote must span to be the passage's words, and its speaker's
QUOTED_PASSAGE = 0.6
_AROUND_WORDS = " \t\n\"'“”‘’«»"


def voice_of(report: DiffReport, passage: Passage) -> str:
    """Who speaks the words of an added passage that is a quote with no attribution in it:
    an embedded tweet (its signature is page furniture, taken out), a pull quote, a
    sentence inside a quote that runs over several ('McAuliffe added: "Ralph is a good
    man. And may have made some mistakes."': the second). "" when no named quote spans
    most of the passage or holds it whole, or when the passage names its speaker itself
    ('"...," Trump said.')."""
    size = passage.end - passage.start
    # the passage's words without the quote marks and spaces around them, which a
    # quote's span leaves out
    text = passage.text
    start = passage.start + len(text) - len(text.lstrip(_AROUND_WORDS))
    end = passage.end - (len(text) - len(text.rstrip(_AROUND_WORDS)))
    for group in report.quotes:
        for v in group.variants:
            if (
                v.version == passage.version
                and v.speaker
                and (
                    (
                        passage.start <= v.start < v.end <= passage.end
                        and v.end - v.start >= QUOTED_PASSAGE * size
                    )
                    or v.start <= start < end <= v.end
                )
            ):
                # the surname, or words of the name as the passage's own attribution wrote
                # them: a family name may come first ('"...," Ri said': Ri Yong-ho)
                name, said = v.speaker.split(), v.speaker_text
                named = name[-1] in passage.text or (
                    bool(said) and set(said.split()) <= set(name) and said in passage.text
                )
                return "" if named else v.speaker
    return ""


def once_each(passages: Sequence[Passage]) -> list[tuple[Passage, int]]:
    """Each passage of a version's adds or omits once, with how many times its words
    come (a page that prints its standfirst or a caption twice), in first-seen order."""
    seen: dict[str, list[Any]] = {}
    for p in passages:
        key = " ".join(p.text.split())
        if key in seen:
            seen[key][1] += 1
        else:
            seen[key] = [p, 1]
    return [(p, n) for p, n in seen.values()]


# a description of someone the text does not name, as a reader can take it: a
# determiner or an owner, then a few words ending in a noun ("a Facebook
# spokesperson", "Trump's lawyers", "the seismological center")
_DESCRIPTION = re.compile(
    r"(?:(?i:a|an|the|one|two|three|another|some|several|many)"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*['’]s) (?:[\w.'’-]+ ){0,4}[a-z]{3,}"
)
_NOT_IN_A_DESCRIPTION = frozenset(("was", "is", "were", "are", "said", "has", "had", "soon"))


def speaker_label(quote: QuoteGroup | QuoteVariant) -> str:
    """Who a quote is by, as a reader sees it: the name, else "unnamed" with the
    words the text describes the speaker by ("unnamed (a Facebook spokesperson)"),
    else "unnamed"."""
    if quote.speaker:
        return quote.speaker
    variants = quote.variants if isinstance(quote, QuoteGroup) else (quote,)
    described = next(
        (
            v.speaker_text
            for v in variants
            if _DESCRIPTION.fullmatch(v.speaker_text)
            and not _NOT_IN_A_DESCRIPTION & set(v.speaker_text.lower().split())
        ),
        "",
    )
    return f"unnamed ({described})" if described else "unnamed"


def times(n: int) -> str:
    """ " (twice)", " (3 times)" or "" for a passage seen ``n`` times."""
    return "" if n == 1 else " (twice)" if n == 2 else f" ({n} times)"


def heading(report: DiffReport, *, width: int = 80) -> str:
    """A report's heading: a version's title; without one (scraped pages read with no
    title field), the opening words of the first version's first sentence of five words
    or more, cut at ``width``; else the story's id.

    >>> from storydiff.diff import diff_story
    >>> from storydiff.models import Article
    >>> heading(diff_story([Article(id="a", text="Share. A ferry ran aground off Lisk.")]))
    'A ferry ran aground off Lisk.'
    """
    for v in report.versions:
        if v.title:
            return v.title
    first = report.versions[0].id if report.versions else ""
    cells = [c for row in report.alignment.rows for c in row.cells if c.version == first]
    opening = next((c.text for c in cells if len(c.text.split()) >= 5), "")
    opening = " ".join(opening.split())
    if len(opening) > width:
        opening = opening[:width].rsplit(" ", 1)[0] + " …"
    return opening or report.story or first or "story"


def consensus_phrase(conflict: Conflict) -> tuple[str, str]:
    """How a conflict's consensus reads: ("most versions say", value), or ("the first
    version says", value) when no more versions give it than give something else (one
    version against one is no majority)."""
    said = " ".join(conflict.consensus.split()).casefold()  # "At least 10" is "at least 10"
    agreeing = sum(" ".join(v.text.split()).casefold() == said for v in conflict.values)
    if agreeing * 2 > len(conflict.values):  # a version set aside as unrelated counts too
        return "most versions say", conflict.consensus
    return "no majority; the first version says", conflict.consensus


def disputed(report: DiffReport) -> set[tuple[str, str]]:
    """``(subject, version)`` of every value marked in the fact grid (see :func:`disputes`)."""
    return {(c.subject, v) for c in report.conflicts for v in disputes(c)}


def first_few(items: Sequence[T]) -> tuple[Sequence[T], str]:
    """The first :data:`LISTED_VERSIONS` items and the " +N more" that follows them ("")."""
    more = len(items) - LISTED_VERSIONS
    return items[:LISTED_VERSIONS], (f" +{more} more" if more > 0 else "")


def grouped_notes(notes: Sequence[str], total: int = 0) -> list[str]:
    """A quote's alteration notes ("<version>: <what changed>"), the versions with the
    same note on one line ("5966, 10921, 1214 +9 more: joined with another quote"), in
    the order the notes first come; a 45-version story had a line per version. Each
    version is named once per note; a story of ``total`` versions up to
    :data:`GRID_COLUMNS` names them all, as its other lists do.

    >>> grouped_notes(["a: trimmed", "b: trimmed", "a: trimmed", "c: longer"])
    ['a, b: trimmed', 'c: longer']
    """
    by_note: dict[str, list[str]] = {}
    for note in notes:
        version, sep, what = note.partition(": ")
        if not sep:
            version, what = "", note
        versions = by_note.setdefault(what, [])
        if version not in versions:
            versions.append(version)
    out = []
    for what, versions in by_note.items():
        named = [v for v in versions if v]
        if not named:
            out.append(what)
            continue
        few, more = (named, "") if total and total <= GRID_COLUMNS else first_few(named)
        out.append(f"{', '.join(few)}{more}: {what}")
    return out


def values_of(fact: Fact, ids: Sequence[str]) -> list[tuple[str, list[FactMention]]]:
    """A fact's values, each with its mentions in the versions ``ids`` (in that order),
    the value most versions give first. A mention in a version not in ``ids`` has no
    text in the report to point to, and is left out."""
    order = {vid: k for k, vid in enumerate(ids)}
    by_text: dict[str, list[FactMention]] = {}
    for m in sorted(
        (m for m in fact.mentions if m.version in order), key=lambda m: order[m.version]
    ):
        by_text.setdefault(m.text, []).append(m)
    return sorted(by_text.items(), key=lambda kv: -len(kv[1]))


def omits_listed(report: DiffReport) -> bool:
    """Whether the report lists omits (:func:`storydiff.diff.lists_omits`): not for two
    versions judged against all others, where the omits column would read 0."""
    return lists_omits(report.rule, len(report.versions))


def omits_count(report: DiffReport, version: str) -> str:
    """A version's number of omits for a summary table, "—" where none are listed."""
    return str(len(report.omits.get(version, ()))) if omits_listed(report) else "—"


def pair_note(report: DiffReport) -> str:
    """What the summary says of omits in a story of two versions, else ""."""
    return "" if omits_listed(report) else "; each version's adds are what the other leaves out"
