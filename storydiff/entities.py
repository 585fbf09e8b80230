"""Named people, places and organisations in one article, found by rules.

:func:`extract_entities` feeds the "who" and "where" rows of the diff view's
fact grid, so it prefers missing a name to inventing one. It uses the standard
library only; the word lists live in :mod:`storydiff._entity_words`.

Rules
-----
Lines skipped
    Title Case lines without a closing full stop (headlines, subheads such as
    "Under the Hammer?"), lines wholly in brackets ("(Reporting by ...)") and
    short sign-off lines ("MP mk/ci"). Sentence-case headlines are read.
    Mentions inside a quoted Title Case title ("Winter at Bressan Harbour")
    are skipped too.
Dateline
    At the start of one of the first two lines, capitals before a dash
    ("PORT ELLA, Valdora (MP) —", "HALDEN VALE —") are a place; the next
    comma-separated part is a place unless it is a date; the bracketed agency
    is skipped, being the source rather than the story.
Candidates
    Maximal runs of capitalised words (non-ASCII letters, hyphens and
    "al-"/"el-" prefixes included) on one line, with no punctuation between
    them. A run continues over name particles ("de", "van"), over "of"/"for"
    (and "of the") after heads such as "Ministry", "Bank", "University", over
    initials ("J. K.") and abbreviations ("St."), and over plural possessives
    ("Fishermen's Association"); any other possessive ends it and is left out of
    the span. Weekdays, months, "I" and "God" are never part of a name.
Sentence starts
    A run opening a sentence, a quote or a clause after a colon loses leading
    function words ("The", "But", "Several", "Tonight", numbers). If one word is
    left it is kept only when the article also uses it, capitalised and not at
    a sentence start, as a name or name part, or when it is an acronym or a
    camel-case name ("ValRail"); so "Police", "Critics", "Museum" are dropped.
Titles
    A title chain ("Transport Minister", "Coastguard Commander", "Mr", "Dr")
    before a name marks a person and is left out of both ``text`` and ``name``:
    for "Commander Lena Haxby" the entity's ``text`` is "Lena Haxby". A run that
    is only a title ("Prime Minister", "the Auditor-General") is no entity.
Names inside runs
    A given name and one or two more words ending a longer run start a person's
    name ("European Union Gordon Sondland", "Democrat Joe Manchin"); the words
    before it are kept only when they name something. One word before a given name
    is split off only when it is no name itself (a place, a party, a role opening a
    sentence: "Coroner"); otherwise three or four words with a listed given name
    second are a person ("Arcade Joseph Comeaux Jr").
Kinds
    Fixed by the name itself first: organisation heads ("Ministry of
    Transport", "Ellan Lines", "Valdora Times"), acronyms of 3-6 capitals
    (2 only for a short list: "UN", "EU"; never "GMT", "DUI"), camel case
    ("ValRail", not "McDermott"); place heads and prefixes ("Mill Street",
    "Port Ella", "River Carrow"); storms and events are ``"other"``; a run
    opening with a common given name ("Lindsay Lohan") is a person. Otherwise by context votes
    summed over all mentions of the same canonical name: reporting verbs ("X
    said", "said X"), lower-case roles ("mayor Otto Brenn", "director, Anton
    Keel"), appositions (", 52,", ", who", ", a retired keeper") for people;
    prepositions ("in", "near", "from"), "the town of X" and following nouns
    ("the Vell forest") for places; "the Green Coast party", "X said its ..."
    and a plural after "the" ("the Colts") for organisations; a name of two or
    more words later shortened to its last word with no "the" before it
    ("Pierre Thomas ... Thomas said") for a person.
    With no evidence the kind is ``"other"``.
Canonical names
    A mention inside a longer one of a compatible kind takes the longer name,
    the nearest earlier one first: "Haxby" -> "Lena Haxby", "Corvane" ->
    "Corvane Systems", "Harbour Authority" -> "Port Ella Harbour Authority",
    "Carrow" -> "River Carrow", "Berit" -> "Storm Berit"; an acronym right
    after a name in brackets takes that name ("UHW" -> "United Harbour
    Workers"). A place never takes the name of an organisation containing it.

Known places
    The names of countries, of US, Canadian, Australian and Indian states and
    provinces, and of the UK's nations (from pycountry), and of continents and
    regions ("Europe", "Latin America", "the Middle East") are places, whatever
    the words around them say ("Nevada said" is a state's officials), except
    a single word that is also a common given name ("Victoria") or a word of
    a longer name in the same text ("Jordan" beside "Michael Jordan").

Weaknesses: a name seen only once, at a sentence start, is missed ("Northgate
has 17 footbridges"); a name with no cue anywhere in the article gets
``"other"`` (ships, but also cities such as "Denver"); beyond the places above
there is no world knowledge (that "Apple" is a company, "Chargers" a team).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise, takewhile

from storydiff import _entity_words as W
from storydiff._quote_words import (
    _PERSON_NOUNS,
    _TITLES,
    _given_name,
    _known_given_name,
    nicknames_unquoted,
)
from storydiff.models import Entity, EntityKind
from storydiff.normalize import strip_accents, word_set

__all__ = ["extract_entities"]

_L = r"[^\W\d_]"  # a letter
_WORD = rf"{_L}+(?:['’]{_L}+)*"
_TOKEN = re.compile(rf"{_WORD}(?:-{_WORD})*|\d+(?:[.,:]\d+)*\w*|\S")
_QUOTED = re.compile(r"[“\"]([^”\"\n]{1,80})[”\"]")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_NAME_CASE = re.compile(r"(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ\u0100-\u024f]")
_DASH = re.compile(r"\s+(?:—|–|--?)\s+")
_AGE = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*[,.;)]|,\s*(?:who\b|a\s+\d+-year-old)")
_ITS = re.compile(r"(?:\s+[a-z]+){1,3}\s+its\b")
# what a place has: "Omaha and its suburbs", "Paris and its outskirts"
_ITS_PLACE = re.compile(
    r"\s+and\s+its\s+(?:suburbs|outskirts|environs|surroundings|residents|neighborhoods"
    r"|neighbourhoods|streets|surrounding)\b"
)
_APPOSITION = re.compile(r",\s*([^,.;:“”\"()]{1,60})")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)")
_CAPS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’. -]*[A-ZÀ-Þ]")
_LOWER_TAIL = re.compile(rf"{_L}+-[a-z]{{4,}}")  # a compound opening a sentence: "Long-term"
_BOUNDARY = frozenset(".!?:“‘([")
_POSS_GAPS = frozenset(("'s ", "’s ", "' ", "’ "))
_STRONG_PREPS = frozenset(("in", "near", "outside", "off", "onto"))
# prepositions that put a name on the map ("flew to Jackson"), unlike "into" or "of"
_DIRECT_PLACE_PREPS = _STRONG_PREPS | {"to", "from", "at", "via", "across"}

Key = tuple[str, ...]


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    initial: bool = False  # opens a sentence, a quote or a clause after a colon
    poss: bool = False  # a possessive 's or ' follows
    keep_poss: bool = False  # ... and stays inside a name ("Fishermen's Association")
    blocked: bool = False  # inside a quoted title


@dataclass(slots=True)
class _Cand:
    words: Key
    start: int
    end: int
    lone_initial: bool = False  # one word opening a sentence: kept only with support
    struct: EntityKind | None = None  # kind given by the name itself
    weak_org: bool = False
    votes: Counter[str] = field(default_factory=Counter)
    name: str = ""
    kind: EntityKind = "other"
    at_place: bool = False  # a mention after "in", "to", "from", "at": "flew to Jackson"
    after_the: bool = False  # "the" before it: "the Colts", never a person's surname


def _is_cap(tok: _Tok) -> bool:
    word = tok.text
    return (
        not tok.blocked
        and _NAME_CASE.match(word) is not None
        and word[-1].isalpha()
        and not (tok.initial and _LOWER_TAIL.fullmatch(word))  # "Slow-moving", not "Jong-un"
        and word not in W.NEVER_ALONE
        and not word.startswith(("I'", "I’"))
        # a common word shouted in capitals ("NEVER", "NOTHING") is not an acronym
        and not (len(word) > 3 and word.isupper() and word.lower() in W.SHOUTED)
    )


def _skip_line(line: str) -> bool:
    s = line.strip()
    words = re.findall(rf"{_L}[\w'’-]*", s)
    if not words or (s.startswith("(") and s.endswith(")")):
        return True
    if s.endswith("."):
        return False
    if len(s.split()) < 4 and not s.endswith(("!", "?", '"', "”")):
        return True
    content = [w for w in words[1:] if w.lower() not in W.SMALL_WORDS_LOWER]
    return len(words) <= 14 and all(w[0].isupper() for w in [words[0], *content])


# a pronunciation guide after a name, in the wire's respelling: "Kirstjen (KEER'-sten)",
# "Xi (shee) Jinping" is too short to tell; one with a stressed capital syllable is
_PRONUNCIATION = re.compile(r"\((?=[^()]*[A-Z]{2})(?=[^()]*['’-])[A-Za-z'’ -]{3,40}\)")


_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:\s", re.MULTILINE)


# words in capitals, one or more in a row ("They BROKE INTO AN ATTORNEY’S OFFICE!")
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Z'’]+)*\b")
# function words no acronym spells: one shouted makes its whole run of capitals shouting
_SHOUTED_FUNCTION = word_set(
    """my an the into of to for with and but are was were be its she his her him our your
    their they them this that these those not we has have had will just all"""
)
_LOWER_WORD = re.compile(r"(?<![\w'’./@#-])[a-z]{4,}(?![\w'’@-]|\.\w)")
# an address, which writes names in lower case ("www.politico.com", "http: / / nypd")
_ADDRESS = re.compile(r"[^\s]*(?:https?\s*:|www\s*\.)[^\n]*")


def _shouted(text: str) -> list[tuple[int, int]]:
    """Spans of common words shouted in capitals inside a line in lower case, never
    acronyms: a run of capitals with a function word in it ("BROKE INTO AN ATTORNEY’S
    OFFICE", "MY"), or a word of four letters or more the text also writes in lower case
    ("I have GREAT confidence", "the great"). A line all in capitals is a headline."""
    out: list[tuple[int, int]] = []
    lower: set[str] | None = None
    cased: dict[int, bool] = {}  # by a line's start: whether it has lower case
    for m in _CAPS_RUN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in cased:
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            cased[line_start] = any(c.islower() for c in line)
        if not cased[line_start]:
            continue
        words = [(w[:-2] if w.endswith(("'S", "’S")) else w).lower() for w in m.group().split()]
        # ("THE GOLDEN COMPASS" opening with "the" is a work's name in capitals)
        if any(w in _SHOUTED_FUNCTION for w in words[words[0] == "the" :]):
            if " ".join(words) not in _lower_places():  # "BOSNIA AND HERZEGOVINA"
                out.append(m.span())
        elif (
            len(words) == 1
            and len(words[0]) >= 4
            and words[0] not in W.KNOWN_ACRONYM_WORDS
            and not text.startswith((" Act", " act"), m.end())  # "the HEROES Act"
        ):
            if lower is None:
                lower = set(_LOWER_WORD.findall(_ADDRESS.sub(" ", text)))
            if words[0] in lower:
                out.append(m.span())
    return out


@functools.cache
def _lower_places() -> frozenset[str]:
    return frozenset(p.lower() for p in W.known_places())


# a wire's instrument codes, no names: "Novartis (NOVN.S)", "Pfizer Inc (PFE.N)", "the
# S&P 500 healthcare index .SPXHC"
_INSTRUMENT_CODE = re.compile(
    r"\((?:[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2})(?:\s*[,;]\s*[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2})*\)"
    r"|(?<=\s)\.[A-Z][A-Z0-9]{2,9}\b"
)


def _blocked(text: str) -> list[tuple[int, int]]:
    """Spans of quoted Title Case titles ("Counting What Matters"), of pronunciation
    guides ("(KEER'-sten)") and of common words shouted in capitals (:func:`_shouted`)."""
    out = [(m.start(), m.end()) for m in _PRONUNCIATION.finditer(text)]
    out.extend((m.start(), m.end()) for m in _INSTRUMENT_CODE.finditer(text))
    out.extend(_shouted(text))
    for m in _QUOTED.finditer(text):
        inner, words = m.group(1), m.group(1).split()
        if inner != inner.strip() or inner[-1] in ".,!?;:" or len(words) > 10:
            continue
        if all(not w[0].isalpha() or w[0].isupper() or w in W.SMALL_WORDS_LOWER for w in words):
            out.append((m.start(1), m.end(1)))
    return out


# a name and an adjective's tail in one word: "GOP-controlled", "Saudi-led", "Texas-based"
_ADJECTIVE_COMPOUND = re.compile(rf"([A-Z][\w'’.]*)-(?:{'|'.join(W.ADJECTIVE_TAILS)})")
# an acronym and a noun in one modifier: "a GOP-opposition firm", "NFL-style": the acronym
_ACRONYM_COMPOUND = re.compile(r"([A-Z]{2,})-[a-z]{3,}")


# an article and a compound modifier right before a word: "a GOP-controlled ", "the
# Democratic-led "
_ARTICLE_AND_COMPOUND = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+[\w.'’]+-(?:{'|'.join(W.ADJECTIVE_TAILS)})\s+$"
)


# a title with a prefix of time: "then-President", "ex-Governor"
_TIME_PREFIX = re.compile(r"((?:then|ex|now)-)([A-Z][\w'’.-]*)")


_SAINT = frozenset(("St", "Saint", "Ste"))


def _after_saint(toks: list[_Tok]) -> bool:
    """Whether the tokens so far end with "St.", "St" or "Saint"."""
    if toks and toks[-1].text == ".":
        return len(toks) > 1 and toks[-2].text in _SAINT
    return bool(toks) and toks[-1].text in _SAINT


def _inside(blocked: list[tuple[int, int]], start: int) -> bool:
    """Whether a token starting at ``start`` is inside a quoted title."""
    return any(a <= start < b for a, b in blocked)


def _tokens(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[_Tok]:
    toks: list[_Tok] = []
    boundary = True
    for m in _TOKEN.finditer(text, lo, hi):
        word, start = m.group(), m.start()
        if "-" in word and (prefixed := _TIME_PREFIX.fullmatch(word)) is not None:
            # "then-President Reagan": the title after the prefix opens the name's run
            cut = start + prefixed.end(1)
            toks.append(_Tok(word[: cut - start], start, cut, blocked=_inside(blocked, start)))
            word, start = prefixed[2], cut
        if "-" in word and (
            compound := _ADJECTIVE_COMPOUND.fullmatch(word) or _ACRONYM_COMPOUND.fullmatch(word)
        ):
            # "the GOP-controlled House": "GOP", then an adjective's tail, no name
            cut, inside = start + compound.end(1), _inside(blocked, start)
            toks.append(_Tok(compound[1], start, cut, initial=boundary, blocked=inside))
            toks.append(_Tok(word[cut - start :], cut, m.end(), blocked=inside))
            boundary = False
            continue
        if (
            "-" in word
            and _place_pair(word)
            and not _NAME_AFTER.match(text, m.end())
            and not (toks and toks[-1].text == "of")  # "University of Wisconsin-Milwaukee"
        ):
            # "the Gaza-Israel border", "India-Pakistan talks": two places, one each
            inside, at = _inside(blocked, start), start
            for n, part in enumerate(word.split("-")):
                if n:
                    toks.append(_Tok("-", at, at + 1, blocked=inside))
                    at += 1
                toks.append(_Tok(part, at, at + len(part), initial=boundary, blocked=inside))
                at += len(part)
                boundary = False
            continue
        tok = _Tok(word, start, m.end(), blocked=_inside(blocked, start))
        if _possessive(word) and len(word) > 3 and word[0].isupper():
            tok.text, tok.end, tok.poss = word[:-2], tok.end - 2, True
            base = tok.text.lower()
            tok.keep_poss = (
                base in W.PLURAL_POSSESSIVES_LOWER
                or base.endswith("men")
                # a saint's: "St. John's Episcopal Church", "St. Mary's Hospital"
                or _after_saint(toks)
            )
        elif word in ("'", "’") and toks and toks[-1].text.endswith("s") and toks[-1].end == start:
            toks[-1].poss = toks[-1].keep_poss = True
            continue
        if len(word) == 1 and not word.isalnum():
            prev = toks[-1].text if toks else ""
            abbrev = prev in W.ABBREVIATIONS or (len(prev) == 1 and prev.isupper())
            opening = word == '"' and (start == lo or text[start - 1] in " \t([—–")
            boundary = boundary or opening or (word in _BOUNDARY and not abbrev)
        else:
            tok.initial, boundary = boundary, False
        toks.append(tok)
    return toks


def _place_pair(word: str) -> bool:
    """Whether a hyphened word joins two or more known places ("Gaza-Israel"), and is no
    place of its own ("Guinea-Bissau")."""
    places = W.known_places()
    parts = word.split("-")
    return len(parts) > 1 and word not in places and all(p in places for p in parts)


# a capitalised word after a hyphened pair of places: a name of its own ("the
# China-Pakistan Economic Corridor", "the US-Mexico-Canada Agreement")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def _possessive(word: str) -> bool:
    """Whether ``word`` ends in a possessive "'s", shouted ones too ("MCC'S"; not "WHERE'S")."""
    if word[-2:] in ("'s", "’s"):
        return True
    return (
        word[-2:] in ("'S", "’S")
        and word[:-2].isupper()
        and word[:-2].lower() not in _SHOUTED_CONTRACTIONS
    )


_SHOUTED_CONTRACTIONS = frozenset(
    ("where", "what", "that", "it", "he", "she", "there", "here", "let", "who", "how")
)


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return (gap.strip() == "" and "\n" not in gap and len(gap) <= 2) or gap in _POSS_GAPS


_ON_HEADS = frozenset(("Commission", "Committee", "Subcommittee", "Council", "Conference"))


def _connector(
    text: str,
    toks: list[_Tok],
    k: int,
    head: int,
    paired: frozenset[tuple[str, str]],
    of_phrase: str,
) -> bool:
    """Whether ``toks[k]`` may join a name after ``toks[head]``; ``of_phrase``: the word
    ("of", "for", "on") by which the run is a body's "X of ..." name, which "and" may go
    on ("Department of Health and Human Services", "Committee on Oversight and Reform"),
    else ""; ``paired``: the words either side of "and" in the text's names of bodies for
    two fields (:func:`_two_field_pairs`)."""
    word = toks[k].text
    if word in W.NAME_PARTICLES or word == "&":
        return True
    if word == "on":
        # "Federal Commission on School Safety", "Council on Foreign Relations"
        return toks[head].text in _ON_HEADS and k == head + 1
    if word == "of" and toks[head].text == "Chiefs":
        # "Joint Chiefs of Staff", "International Association of Chiefs of Police"; not a
        # team's "Kansas City Chiefs of the NFL"
        return k + 1 < len(toks) and toks[k + 1].text in ("Staff", "Police")
    if word in ("of", "for"):
        if toks[head].text in W.OF_HEADS:
            return True
        if not _is_title(toks[head].text):
            return False
        # a title's body when a name follows: "High Commissioner for Refugees Filippo
        # Grandi", "Chief of Staff Mick Mulvaney"; not "the CEO of the Bush Foundation"
        joins = ("the", "and")
        ahead = [
            t.text for t in takewhile(lambda t: _is_cap(t) or t.text in joins, toks[k + 1 : k + 8])
        ]
        while ahead and ahead[-1] in joins:
            ahead.pop()  # "Director of National Intelligence Dan Coats and other ..."
        return _name_after_body([word, *ahead]) is not None
    if word == "," and of_phrase:
        # a body's fields listed with commas, the last after "and": "Bureau of Alcohol,
        # Tobacco, Firearms and Explosives", "Committee on Commerce, Science and
        # Transportation"
        fields = toks[k + 1 : k + 8]
        closing = next((n for n, t in enumerate(fields) if t.text == "and"), -1)
        return (
            toks[k - 1].text in W.BODY_FIELDS
            # a serial comma closes a list of three or more: "Commerce, Science, and
            # Transportation" (not "the Department of Justice, and Labor Secretary Ann Lee")
            and (closing > 0 or (closing == 0 and k >= 2 and toks[k - 2].text == ","))
            and closing + 1 < len(fields)
            and all(t.text in W.BODY_FIELDS or t.text == "," for t in fields[:closing])
            and fields[closing + 1].text in W.BODY_FIELDS
        )
    if word == "and":
        after = [t.text for t in toks[k + 1 : k + 3] if _is_cap(t)]
        # a body named for two fields, with its head or without it after the first
        # mention: "Ways and Means Committee", "Ways and Means", "Food and Drug Administration"
        pair = (toks[k - 1].text, toks[k + 1].text if k + 1 < len(toks) else "")
        if of_phrase:
            # "Department of Health and Human Services", "Bureau of East Asian and Pacific
            # Affairs" (a region's adjective before "and", a field after it)
            before = toks[k - 2] if toks[k - 1].text == "," and k >= 2 else toks[k - 1]
            field_before = before.text in W.BODY_FIELDS or before.text in W.DEMONYMS
            fields = field_before and any(w in W.BODY_FIELDS for w in after)
            return fields or (of_phrase == "on" and pair in paired)
        return pair in paired or _one_body_for_two(text, toks, k)
    return word == "the" and toks[k - 1].text == "of"


def _one_body_for_two(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether the "and" at ``toks[k]`` joins two fields of one body whose head comes
    after them: "Lutheran Immigration and Refugee Service", "National Oceanic and
    Atmospheric Administration" (two capitalised words after it, the second a body's
    head; before it a word of a name the text never uses but before this "and"); not
    "the White House and State Department", "Bill Taylor and State Department"."""
    before = toks[k - 1].text
    pair = f"{toks[k - 2].text} {before}" if k >= 2 else ""
    if (
        k < 2
        or not _is_cap(toks[k - 2])  # at least two words of the name before "and"
        or pair in W.known_places()  # "Puerto Rico and ...", "Soviet Union and ..."
        or pair in W.KNOWN_BODIES
        or _is_title(toks[k - 2].text)  # "President Reagan and ..."
        or before in _HEADS_AND_CHAMBERS
        or _ACRONYM.fullmatch(before)
        or before in W.known_places()
        or _given_name(before)
        or re.search(rf"\b{re.escape(before)}\b(?! and\b)", text) is not None
    ):
        return False
    after = list(takewhile(_is_cap, toks[k + 1 : k + 4]))
    return len(after) == 2 and after[-1].text in W.ORG_HEADS


# days with a name of their own: "Super Tuesday states", "Black Friday sales"
_NAMED_DAYS = frozenset(
    (
        "Super Tuesday",
        "Black Friday",
        "Cyber Monday",
        "Good Friday",
        "Ash Wednesday",
        "Easter Sunday",
        "Easter Monday",
        "Palm Sunday",
        "Bloody Sunday",
        "Black Monday",
        "Giving Tuesday",
        "New Year",  # "before Christmas and New Years"
        "New Years",
    )
)


# a president's capitalised slogans, which name no one: "the Fake News @nytimes"
_SLOGANS = frozenset(("Fake News", "Fake News Media", "Fake Media", "Witch Hunt", "Deep State"))
# faiths and programmes, named as things: no body, place or person ("animus against Islam
# and its followers", "a broader challenge to Obamacare")
_THINGS = frozenset(
    (
        *("Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Catholicism"),
        *("Protestantism", "Sikhism", "Obamacare", "Medicare", "Medicaid", "Bitcoin"),
    )
)


def _named_day(toks: list[_Tok], k: int) -> bool:
    """Whether the weekday ``toks[k]`` ends a named day with the word before it."""
    return k > 0 and f"{toks[k - 1].text} {toks[k].text}" in _NAMED_DAYS


def _given_jan(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether "Jan" is a given name: no full stop after it and a capitalised word right
    after ("former Arizona Gov. Jan Brewer"; "Jan. 24" is a date)."""
    return (
        toks[i].text == "Jan"
        and i + 1 < len(toks)
        and _is_cap(toks[i + 1])
        and _adjacent(text, toks[i], toks[i + 1])
    )


def _spelt_letter(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is an "I" or an "A" spelt inside an initialism, glued by a full
    stop to the letter before: "F.B.I.", "C.I.A." (alone, a pronoun or an article)."""
    return (
        k >= 2
        and toks[k].text in ("I", "A")
        and not toks[k].blocked
        and len(toks[k - 2].text) == 1
        and toks[k - 2].text.isupper()
        and toks[k - 1].text == "."
        and toks[k - 2].end == toks[k - 1].start
        and toks[k - 1].end == toks[k].start
    )


def _runs(text: str, toks: list[_Tok], paired: frozenset[tuple[str, str]]) -> list[list[int]]:
    """Token indices of capitalised runs, connectors and initials included."""
    out: list[list[int]] = []
    i, n = 0, len(toks)
    while i < n:
        # (a tweet quoted in a story may space its hashtag: "# SaintPetersburg")
        handle = text[toks[i].start - 1 : toks[i].start] in ("#", "@") or (
            text[toks[i].start - 2 : toks[i].start] == "# "
        )
        if handle or not (
            _is_cap(toks[i]) or _given_jan(text, toks, i) or _particle_opens(text, toks, i)
        ):
            i += 1  # not a hashtag or a handle: "#StopTheBans", "@RogerStone"
            continue
        run = [i]
        while not (toks[run[-1]].poss and not toks[run[-1]].keep_poss) and not _owner_ends(
            text, toks, run
        ):
            j = run[-1]
            last, k = toks[j], j + 1
            short = last.text in W.ABBREVIATIONS or (len(last.text) == 1 and last.text.isupper())
            if (
                short
                and k + 1 < n
                and toks[k].text == "."
                and (
                    _is_cap(toks[k + 1])
                    or _particle_opens(text, toks, k + 1)
                    or _spelt_letter(toks, k + 1)
                )
                and not (last.text in ("Jr", "Sr") and toks[k + 1].poss)
                and not _sentence_after(toks, k, last.text)
            ):
                # "J. K. Rowling", "St. Louis"; not "King Jr. Vivian's protests", nor "in
                # the U.S. Not on my watch", where the full stop ends a sentence
                k += 1
            of_phrase = next(
                (
                    toks[x].text
                    for x in run[1:]
                    if (toks[x].text in ("of", "for") and toks[x - 1].text in W.OF_HEADS)
                    or (toks[x].text == "on" and toks[x - 1].text in _ON_HEADS)
                ),
                "",
            )
            while (
                k < n
                and k - j <= 2
                and _connector(text, toks, k, j, paired, of_phrase)
                and _adjacent(text, toks[k - 1], toks[k])
            ):
                k += 1
            if (
                k < n
                and (
                    _is_cap(toks[k])
                    or _month_surname(toks, k)
                    or _named_day(toks, k)
                    or _spelt_letter(toks, k)
                )
                and (toks[k - 1].text == "." or _adjacent(text, toks[k - 1], toks[k]))
                # "West Bank Palestinians": the people of the place, after its name
                and not (
                    k == j + 1
                    and _people_of(toks[k].text)
                    and " ".join(toks[x].text for x in run) in W.known_places()
                )
            ):
                run.extend(range(j + 1, k + 1))
                continue
            break
        run = _known_body_run(text, toks, run)
        out.append(run)
        i = run[-1] + 1
    return out


# known bodies whose names join more words than a run's one "of" lets it take
_LONG_BODIES = tuple(
    sorted(
        (b for b in W.KNOWN_BODIES if sum(w in ("of", "for", "the") for w in b.split()) >= 1),
        key=len,
        reverse=True,
    )
)


_ORDINAL_WORDS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh"
# bodies named by a pattern a run's one "of" stops short of: a federal appeals court and
# its circuit ("Court of Appeals for the District of Columbia Circuit", "... for the 9th
# Circuit"), a state university's campus after its comma ("University of California, Los
# Angeles")
_PATTERNED_BODY = re.compile(
    r"Court of Appeals for the (?:District of Columbia|D\.\s?C\.|DC|Federal|Armed Forces|"
    rf"\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})(?: Circuit)?"
    r"|University of (?:California, (?:Berkeley|Los Angeles|San Diego|Davis|Irvine|Santa "
    r"Barbara|Santa Cruz|Riverside|Merced|San Francisco)|Nevada, (?:Reno|Las Vegas)|"
    r"Massachusetts, (?:Amherst|Boston|Lowell|Dartmouth))(?: Medical Center| Health| School of "
    r"Medicine| School of Law)?(?![\w-])"
    # a state university's campus after "at": "University of California at Irvine",
    # "University of Texas at El Paso", "University of North Carolina at Chapel Hill"
    r"|University of (?:California|Texas|North Carolina|Illinois|Maryland|Colorado|Missouri"
    r"|Alabama|Tennessee|Nebraska|Arkansas|Hawaii|Wisconsin|Michigan|Massachusetts) at "
    r"[A-Z][\w-]+(?: (?!(?:President|Chancellor|Provost|Professor|Dean|Coach)\b)[A-Z][\w-]+)?"
    r"(?![\w-])"
)


def _known_body_run(text: str, toks: list[_Tok], run: list[int]) -> list[int]:
    """``run`` taken on to the end of a known body's name it opens ("the Office of the
    Director of National Intelligence", whose second "of" a run would stop at), or of a
    body :data:`_PATTERNED_BODY` names."""
    heads = [k for k in run if toks[k].text in ("Court", "University")][:1]
    for first in (*run[:2], *heads):
        start = toks[first].start
        body = next((b for b in _LONG_BODIES if text.startswith(b, start)), None)
        if body is None and (m := _PATTERNED_BODY.match(text, start)):
            body = m.group()
        if body is not None:
            end = start + len(body)
            after = next((k for k in range(first, len(toks)) if toks[k].start >= end), len(toks))
            return list(range(run[0], after)) if after - 1 > run[-1] else run
    return run


def _sentence_after(toks: list[_Tok], dot: int, before: str) -> bool:
    """Whether the full stop ``toks[dot]`` after an initial or "Jr" (``before``) also ends
    a sentence: the word after it opens sentences and is no initial itself ("in the U.S.
    Not on my watch", "Donald Jr. The ..."; not "L.A.", "N.R.A.", nor "Rep. Will Hurd")."""
    if not (len(before) == 1 or before in ("Jr", "Sr")):
        return False
    word = toks[dot + 1].text
    initial = len(word) == 1 and dot + 2 < len(toks) and toks[dot + 2].text == "."
    return word in W.STOP_STARTERS and not initial


def _owner_ends(text: str, toks: list[_Tok], run: list[int]) -> bool:
    """Whether a plural possessive ends the run as its owner: an outlet's, a place's, a
    party's or a person's name before what is theirs ("Fox News' Bret Baier", "the
    Philippines' Rodrigo Duterte", "House Republicans' Freedom Caucus", "George Soros'
    Open Society Foundation"), not a name's own word ("White House Correspondents'
    Association", "Veterans' Affairs", "Workers' Party")."""
    last = toks[run[-1]]
    mark = text[last.end : last.end + 2]
    if not (last.poss and last.keep_poss and mark[:1] in ("'", "’") and mark[1:] != "s"):
        return False  # not "Women's Health", "Children's Hospital": those are names' own
    owner = tuple(toks[k].text for k in run if toks[k].text != ".")
    after = run[-1] + 1
    return (
        (after < len(toks) and _known_given_name(toks[after].text))
        or _outlet_name(owner)
        or " ".join(owner) in W.known_places()
        or owner[-1] in W.PARTY_WORDS
        or (len(owner) == 2 and _known_given_name(owner[0]))
    )


# months that are surnames too: "Theresa May", "Brian May", "Prime Minister May"
_MONTH_SURNAMES = frozenset(("May", "June", "April", "August"))


def _ends_a_body(words: list[str]) -> bool:
    """Whether ``words`` end with a body's known name: "U.S. Homeland Security"."""
    return any(" ".join(words[k:]) in W.KNOWN_BODIES for k in range(len(words)))


def _body_before_title(text: str, toks: list[_Tok], idx: list[int], cut: int) -> bool:
    """Whether the words before a run's closing title (``idx[cut:]``) name a body the
    title belongs to: "American Airlines CEO", "Health and Human Services Secretary";
    one with "of" only where the text names it without the title too ("Joint Chiefs of
    Staff Chairman"), since a title may end a body's own name ("Office of the Solicitor
    General", "University of Notre Dame"); never "Department of Justice"."""
    words = [toks[i].text for i in idx[:cut]]
    if len(words) < 2 or all(len(w) == 1 for w in words) or not words[-1][:1].isupper():
        return False
    if _structure(tuple(words))[0] != "org":
        return False
    if not {"of", "for", "the"} & set(words):
        return True
    body = text[toks[idx[0]].start : toks[idx[cut - 1]].end]
    return text.count(body) > text.count(text[toks[idx[0]].start : toks[idx[-1]].end])


def _month_surname(toks: list[_Tok], k: int) -> bool:
    """Whether the month ``toks[k]`` goes on a name: after a capitalised word that is no
    date word, and ends it: not before a day's number ("Friday, May 5", "in May 2019"
    are dates) or another capitalised word ("May Day")."""
    if toks[k].text not in _MONTH_SURNAMES or k == 0:
        return False
    before = toks[k - 1]
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return (
        _is_cap(before)
        and before.text not in W.WEEKDAYS_MONTHS
        and not after[:1].isdigit()
        and not after[:1].isupper()  # "the Labour Party May Day rally"
    )


def _is_title(word: str) -> bool:
    """A title's head, hyphened ones too: "Secretary", "Secretary-General"."""
    return word in W.TITLE_HEADS or ("-" in word and word.split("-")[0] in W.TITLE_HEADS)


def _name_after_body(rest: list[str]) -> int | None:
    """How many words of ``rest`` (after a title: "of State Mike Pompeo", "for Refugees
    Filippo Grandi") are the person's name: the last two, or three after a given name
    or an initial; ``None`` unless a preposition and a capitalised body come first."""
    if len(rest) < 4 or rest[0] not in ("of", "for", "to"):
        return None
    size = (
        3
        if len(rest) >= 5
        and (
            _given_name(rest[-3])
            or 1 in (len(rest[-3]), len(rest[-2]))
            # "for Human Rights Zeid Ra'ad al-Hussein", "Mohammed bin Salman": a particle
            # in the surname
            or rest[-1].startswith(("al-", "el-"))
            or rest[-2] in W.NAME_PARTICLES
        )
        else 2
    )
    name, body = rest[-size:], rest[1:-size]
    if not all(_NAME_CASE.match(w) and not _is_title(w) for w in name):
        return None
    if name[-1] in W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS or not _NAME_CASE.match(body[-1]):
        return None
    if " ".join(name) in W.known_places():
        return None  # "President of the United States"
    return size


def _title_split(words: list[str]) -> tuple[int, int] | None:
    """(title start, name start) when a title chain precedes a person's name."""
    for h in reversed([k for k, w in enumerate(words[:-1]) if _is_title(w)]):
        if words[h] == "Cardinal" and h == len(words) - 2 and h and _given_name(words[h - 1]):
            continue  # "Timothy Cardinal Dolan": a cardinal's style, given name first
        rest = words[h + 1 :]
        if all(w.rstrip(".").lower() in W.NAME_SUFFIXES for w in rest):
            continue  # "Martin Luther King Jr.": the "title" is the surname
        size = _name_after_body(rest)
        if size is not None:  # "Secretary of Homeland Security Kirstjen Nielsen"
            return _title_start(words, h), len(words) - size
        given = _given_name(rest[0])  # "Rev. Martin Luther King Jr": a surname like a title
        if any(
            (w in W.TITLE_HEADS and not given) or not (_NAME_CASE.match(w) or w in W.NAME_PARTICLES)
            for w in rest
        ):
            continue
        if len(rest) > 4 or (
            # "Lt. Gov. Dan Forest": after a given name, a head word is a surname, but not
            # after a royal title, which opens names of places ("Prince William County")
            rest[-1] in W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS
            and not (given and len(rest) == 2 and words[h] not in _ROYAL_TITLES)
        ):
            continue
        if rest[0] in W.PLACE_PREFIXES and len(rest) > 1:
            continue
        return _title_start(words, h), h + 1
    return None


def _title_start(words: list[str], h: int) -> int:
    """Where the title chain ending in the head ``words[h]`` starts; "White House" before
    "Chief of Staff" is a name, not the title's "House", and a known body's last word is
    no title's ("Homeland Security Secretary Kirstjen Nielsen")."""
    p = h
    heads = W.TITLE_HEADS | W.TITLE_MODIFIERS
    while p > 0 and (words[p - 1] in heads or (words[p - 1], words[p]) in _TITLE_PAIRS):
        if _ends_a_body(words[:p]):
            break  # "Homeland Security Secretary": "Security" ends the body's name
        if p >= 2 and words[p - 2] in ("of", "for", "and", "&") and words[p - 1] in W.BODY_FIELDS:
            break  # "Department of Health Secretary Alex Azar": the body's field
        if words[p - 2 : p] == ["White", "House"]:
            if p > 2 and words[p - 3] in heads:
                p -= 2  # "Chief White House Correspondent Jonathan Karl": inside the title
                continue
            break
        p -= 1
    return p


_ROYAL_TITLES = frozenset(("King", "Queen", "Prince", "Princess"))
# words before "White House" that stay in the name: "the Obama White House" does not
_WHITE_HOUSE_OPENERS = frozenset(("The", "Former", "Inside", "At", "In"))
# two words of a title, the first no title word alone: "Kemp Press Secretary Candice Broce",
# "University of Pittsburgh Political Science Professor Kristin Kanthak"
_TITLE_PAIRS = frozenset((("Press", "Secretary"), ("Political", "Science")))
_SHIP_PREFIXES = frozenset(("USS", "HMS", "HMAS", "HMCS", "MV", "SS"))
_ROLE_ENDINGS = ("er", "or", "ist", "ess", "ian", "man", "ee", "iff")
_SPORT_ROLES = frozenset(("star", "forward", "fullback", "halfback", "guard", "center", "sister"))


def _names_before(word: str) -> bool:
    """Whether one word before a given name is no part of the person's name: a known
    place, an acronym, a party or a nationality ("Democrat", "Englishman"), a role
    capitalised to open a sentence ("Coroner", "Linebacker", "Justices"), a team
    ("Titans"), a participle or an adverb ("Fired", "Naturally"); not a given name
    missing from the lists ("Brett Michael Kavanaugh") or a place's prefix ("San")."""
    low = word.lower()
    return (
        word in W.known_places()
        or (_ACRONYM.fullmatch(word) is not None and word not in W.PLACE_PREFIXES)
        or word in W.PARTY_WORDS
        or _listed_demonym(word)
        or low.rstrip("s") in _TITLES | _PERSON_NOUNS
        or word.rstrip("s") in W.TITLE_HEADS
        or (word[1:].islower() and low.endswith(("ed", "ly")))
        # "Coroner", "Kicker", "Actress", "Comedian", "Englishman", "Referee" (a role's
        # ending, on a word no list gives as a given name)
        or (word[1:].islower() and low.endswith(_ROLE_ENDINGS) and not _given_name(word))
        or low in _SPORT_ROLES
        or low in W.EPITHETS_LOWER
        or (
            len(word) >= 6
            and word[1:].islower()
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "as"))
            and not _given_name(word)
        )
    )


def _given_inside(words: list[str]) -> int | None:
    """Where a person's name (a given name and one or two more words) starts inside a
    run of other capitalised words: "European Union Gordon Sondland" -> 2. Not in a
    name that opens with a given name ("Martin Luther King", "Sarah Huckabee
    Sanders"), after a place's prefix alone ("San Jose Mercury"), before a title
    (left to :func:`_title_split`) or an organisation's or a place's head."""
    if len(words) < 3 or _given_name(words[0]) or words[0] in W.TITLE_HEADS:
        return None
    if words[0] in W.TITLE_MODIFIERS and any(w in W.TITLE_HEADS for w in words):
        return None  # "Conservative MP Jacob Rees-Mogg": _title_split's
    if len(words[0]) == 1 or words[0] in _SHIP_PREFIXES:
        return None  # an initial ("A. Kirsten Mullen"), a ship ("USS John S. McCain")
    for g in (len(words) - 2, len(words) - 3):
        if g < 1 or not _given_name(words[g]):
            continue
        tail = words[g:]
        if any(not _NAME_CASE.match(w) or w in W.TITLE_HEADS for w in tail):
            return None
        if tail[-1] in W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS | W.PAPER_HEADS:
            return None
        if g == 1 and not _names_before(words[0]):
            return None  # "Brett Michael Kavanaugh", "Jens David Ohlin", "San Jose Mercury"
        if any(w in W.TITLE_HEADS for w in words[:g]) or "of" in words[g - 1 : g]:
            return None  # a title chain: _title_split's
        if words[g - 1] in W.PLACE_PREFIXES:
            return None  # "St. Louis Circuit": a place's name, no Louis
        return g
    return None


def _structure(words: Key) -> tuple[EntityKind | None, bool]:
    """The kind a name's own words give it, and whether it is only a weak "org"."""
    first, last = words[0], words[-1]
    # an initialism written with full stops: "U.S." is "US", "U.K." is "UK"
    if len(words) > 1 and all(len(w) == 1 for w in words):
        joined = "".join(words)
        if joined in W.PLACE_ACRONYMS:
            return "place", False
        if joined.isalpha() and (len(joined) > 2 or joined in W.SHORT_ORG_ACRONYMS):
            return "org", False  # "N.A.A.C.P." as "NAACP"; not "R&D"
    if len(words) == 1 and _ACRONYM.fullmatch(first):
        if first in W.PLACE_ACRONYMS:
            return "place", False
        return ("org" if len(first) > 2 or first in W.SHORT_ORG_ACRONYMS else None), False
    if len(words) == 1 and _CAMEL.fullmatch(first) and not first.startswith(W.SURNAME_PREFIXES):
        return "org", False
    if len(words) > 1 and last in W.ORG_HEADS and " ".join(words) in W.known_places():
        return "place", False  # a state or territory named like a body: "Soviet Union"
    joint = next((w for w in ("of", "for", "on") if w in words[1:]), "")
    of_head = words[words.index(joint) - 1] if joint else ""
    joined = " ".join(words)
    if joined in _NAMED_DAYS or joined in _SLOGANS or (len(words) == 1 and first in _THINGS):
        return "other", False
    if (
        any(w in W.OTHER_PREFIXES for w in words[:-1])
        or (last in W.OTHER_HEADS and of_head not in W.ORG_HEADS)  # "Conference on ... Rights"
        or (len(words) > 2 and words[-2] in W.OTHER_HEADS and last in _NUMBERED)
        # a wildfire named for where it began: "Tubbs Fire", "Atlas Fire" (not a place's
        # fire service: "Surrey Fire and Rescue", "San Bernardino County Fire")
        or (len(words) == 2 and last == "Fire" and first not in W.known_places())
    ):
        return "other", False  # "Hurricane Florence", "Tropical Storm Florence"
    if last in W.WEAK_ORG_HEADS and "of" not in words and len(words) > 1:
        return None, True
    # the head before the last "of" too: "District of Columbia Board of Elections"
    last_of = max((k for k, w in enumerate(words) if w == "of" and k > 0), default=0)
    if (
        last in W.ORG_HEADS
        or of_head in W.ORG_HEADS | W.WEAK_ORG_HEADS
        or (last_of and words[last_of - 1] in W.ORG_HEADS)
        or (joint == "of" and of_head == "Chamber")  # "U.S. Chamber of Commerce"
        or tuple(words[-2:]) == ("News", "Channel")  # "Fox News Channel", not "English Channel"
        or tuple(words[-2:]) == ("Stock", "Market")  # "the Nasdaq Stock Market", a company
        # a school board's district, not a place: "Santa Fe Independent School District",
        # "Santa Fe ISD"
        or tuple(words[-2:]) == ("School", "District")
        or (len(words) > 1 and last == "ISD")
    ):
        return "org", False  # "Ministry of Transport", "Institute for Constitutional Advocacy"
    if (
        last in W.INSTITUTION_PLACES
        and (
            any(w in W.ORG_HEADS for w in words[:-1])
            or (len(words) > 1 and words[-2] in W.CENTER_FIELDS)
        )
    ) or (joint == "for" and of_head in W.INSTITUTION_PLACES):
        return "org", False  # "Georgetown University Law Center", "Center for American Progress"
    if " ".join(words) in W.KNOWN_BODIES or (
        words[:2] in (("U", "S"), ("U", "K")) and " ".join(words[2:]) in W.KNOWN_BODIES
    ):
        # "the United Nations", "Hamas", "Planned Parenthood", "U.S. Homeland Security"
        return "org", False
    if " ".join(words) in W.known_places() and not (len(words) == 1 and first in W.FIRST_NAMES):
        return "place", False  # "Nevada", "New South Wales", "Iran" ("Victoria" may be a name)
    if last in W.SURNAME_PLACE_HEADS or len(words) == 1:
        return None, False
    if _team_name(words):
        return "org", False  # "New Orleans Saints", "Chicago Bears"
    if last in W.PLACE_HEADS or first in W.PLACE_PREFIXES or of_head in W.PLACE_HEADS:
        return "place", False
    # a given name is capitalised: "al Qaida" opens with a particle, not with Al
    given = first[:1].isupper() and _given_name(first)
    return ("person" if given and "of" not in words else None), False


# the number after an event's head: "World War Two", "World War II"
_NUMBERED = frozenset(("One", "Two", "Three", "I", "II", "III", "IV", "V"))
_CHINESE_NAME_VOTE = 2
_PINYIN_GIVEN = re.compile(rf"(?:{W.PINYIN_SYLLABLE}){{1,2}}")


def _chinese_name(words: Key) -> bool:
    """A Chinese name, family name first and a given name of one or two syllables of
    pinyin: "Li Wenliang", "Jiang Junyan", "Wang Yi" (not "Ma Bell")."""
    return (
        len(words) == 2
        and words[0] in W.CHINESE_SURNAMES
        and words[1][1:].islower()
        and _PINYIN_GIVEN.fullmatch(words[1].lower()) is not None
    )


def _party_tag_at(text: str, start: int) -> bool:
    """Whether a party tag with a state opens at ``start``: "R-Tenn.", "D-N.Y.", "R-Texas"
    (not "D-Day")."""
    m = _STATE_TAG.match(text, start)
    if m is None:
        return False
    state = m.group(1)
    forms = W.state_abbreviations()
    return state in forms or f"{state}." in forms or state in forms.values()


def _team_name(words: Key) -> bool:
    """A place and a plural after it, a team: "New Orleans Saints", "Chicago Bears"; not a
    place's own plural ("Palm Springs", "Beverly Hills") nor its people ("Texas Republicans",
    "New Yorkers")."""
    last, place = words[-1], " ".join(words[:-1])
    return (
        last.endswith("s")
        and not last.endswith(("ss", "'s", "’s"))
        and last[:1].isupper()
        and last[1:].islower()
        and last not in W.PLACE_HEADS | W.PLACE_PLURALS
        and len(words) <= 4  # "New York City Public Advocate Tish James" is a person
        # no place at its end: "Northern District of Illinois", "South Los Angeles"
        and not any(" ".join(words[k:]) in W.known_places() for k in range(1, len(words)))
        and not _listed_demonym(last)
        # the place's people share its stem: "New Zealanders", "San Antonians"
        and not last.startswith(words[-2][:4])
        # the place named in full before the plural ("New Orleans" is no team, "St. Louis
        # Cardinals" one), and no person ("Virginia Roberts")
        and (
            place in W.known_places()
            or (len(words) >= 3 and (words[0] in W.PLACE_PREFIXES or words[0] in W.known_places()))
        )
        and words[0] not in W.FIRST_NAMES
        and "of" not in words  # "Isle of Palms"
        # a person after the place: "Alabama Democrat Rolanda Hollis"
        and not _given_name(words[-2])
        and not any(w in W.PARTY_WORDS for w in words)
    )


def _unlisted_given_name(words: Key) -> bool:
    """Whether a run of three or four words is a person named with a given name no list
    holds, the second word a listed one: "Arcade Joseph Comeaux Jr", "LuAnn Marie
    Johnson" (:func:`_given_inside` has split off the words that are no name). Not
    after an imperative ("Follow James Rogers"), a verb's or an adverb's form, a
    chamber, a title or a place's prefix, nor before an organisation's or a place's
    head."""
    first, last = words[0], words[-1]
    low = first.lower()
    return (
        len(words) in (3, 4)
        and _given_name(words[1])
        and words[1] != "Al"  # "Ras Al Khaimah"
        and first[1:].islower()
        and first not in W.PLACE_PREFIXES | W.STOP_STARTERS | _CHAMBERS
        and not _names_before(first)  # "Republican Brian Kemp" is Brian Kemp
        and last not in W.ORG_HEADS | W.PAPER_HEADS | W.PLACE_HEADS | W.OTHER_HEADS
        and not low.endswith(("ing", "ed", "ly", "s"))
        and first not in _IMPERATIVES
    )


# a footer's or a headline's verb before a name: "Follow James Rogers on Twitter"
_IMPERATIVES = frozenset(
    ("Follow", "Contact", "Courtesy", "Reach", "Email", "Watch", "Read", "Meet", "Ask", "Hear")
)


# particles that may open a name written without its given name: "al Qaeda", "bin Laden",
# "de Blasio", "von der Leyen" (not "la", "le", "ten": Spanish, French and numbers)
_OPENING_PARTICLES = frozenset(("al", "bin", "ibn", "de", "van", "von"))


def _particle_opens(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether the lower-case particle ``toks[i]`` opens a name: one more particle at
    most, then a capitalised word, all adjacent ("al Qaeda", "von der Leyen"). A
    European particle opens one only where the text also names the person in full
    ("de Blasio" after "Bill de Blasio"; not Spanish "presidente de Whitefish")."""
    particle = toks[i].text
    if particle not in _OPENING_PARTICLES:
        return False
    k = i + 1
    if k < len(toks) and toks[k].text in W.NAME_PARTICLES and _adjacent(text, toks[i], toks[k]):
        k += 1
    if not (k < len(toks) and _is_cap(toks[k]) and _adjacent(text, toks[k - 1], toks[k])):
        return False
    if particle in W.PATRONYM_PARTICLES or particle == "al":
        return True
    written = re.escape(text[toks[i].start : toks[k].end])
    return re.search(rf"\b[A-Z][\w.]*\s+{written}\b", text) is not None


def _patronym(words: Key) -> bool:
    """A person's name with a patronym: "Mohammed bin Salman", "Sheikh Mohammed bin
    Zayed Al Nahyan" (two words at most before it; not "Facebook Twitter Pinterest
    Mohammed bin Salman", a run of share buttons)."""
    at = next((k for k, w in enumerate(words) if w.lower() in W.PATRONYM_PARTICLES), 0)
    return 0 < at <= 2 and at < len(words) - 1


def _candidates(
    text: str, toks: list[_Tok], idx: list[int], *, transcript: bool = False
) -> list[tuple[_Cand, int, int]]:
    """Mentions in one run, each with its first and last token index."""
    idx = [k for k in idx if toks[k].text != "."]
    # a sentence may open right after an initialism's full stop: "in the U.S. Not on my watch"
    initial = toks[idx[0]].initial or (idx[0] > 0 and toks[idx[0] - 1].text == ".")
    places = W.known_places()
    if (
        initial
        and toks[idx[0]].text in W.STOP_STARTERS
        # "New Jersey later joined": a place's own first word, not an opener
        and " ".join(toks[k].text for k in idx[:2]) not in places
        and " ".join(toks[k].text for k in idx[:3]) not in places
        and not _named_inside(text, toks, idx)
    ):
        idx.pop(0)
    elif (
        initial
        and len(idx) == 2
        and toks[idx[0]].text.endswith("ing")
        and not _known_given_name(toks[idx[0]].text)
        and _named_in_full(text, toks[idx[1]].text)
    ):
        idx.pop(0)  # "Sparing Stone would ...": a verb opening the sentence, then Roger Stone
    while idx and not (
        _is_cap(toks[idx[0]])
        or _given_jan(text, toks, idx[0])
        or _particle_opens(text, toks, idx[0])
    ):
        idx.pop(0)
    if (
        len(idx) == 1
        and toks[idx[0]].text.lower() in W.SHOUTED_SHORT
        and toks[idx[0]].text.isupper()
    ):
        return []  # "now is NOT the time": a short word shouted alone, no acronym
    if (
        len(idx) > 1
        and toks[idx[-1]].text in ("Senate", "House")
        and idx[-1] + 1 < len(toks)
        and toks[idx[-1] + 1].text in _RACE_WORDS
    ):
        # "the West Virginia Senate primary", "the Pennsylvania Republican Senate race",
        # "the GOP Senate nominee": a race for a seat, the state's name and no chamber's
        # (not "the White House race", nor "the U.S. Senate race")
        core = idx[:-1]
        while core and toks[core[-1]].text in W.PARTY_WORDS | {"GOP"}:
            core.pop()
        state = " ".join(toks[k].text for k in core)
        if not core or (state in W.known_places() and state not in W.HOME_COUNTRY):
            idx[:] = core or idx[:-1]
    rest = " ".join(toks[k].text for k in idx[:-1])
    if (
        len(idx) > 1
        and toks[idx[-1]].text in W.PARTY_WORDS
        and (rest in places or rest in _CHAMBERS)
    ):
        idx.pop()  # "a New York Democrat": the state; "House Republicans": no name
    if (
        len(idx) > 1
        and toks[idx[0]].text in W.PARTY_WORDS  # not "Latin America", "Southern California"
        and " ".join(toks[k].text for k in idx[1:]) in places
        and " ".join(toks[k].text for k in idx) not in places  # "American Samoa"
    ):
        idx.pop(0)  # "Democratic Missouri (Sen. ...)": the state
    if len(idx) == 2 and toks[idx[0]].text in W.PARTY_WORDS and toks[idx[1]].text == "Congress":
        idx.pop(0)  # "a Republican Congress willing to roll over": Congress
    if (
        len(idx) > 2
        and toks[idx[0]].text in W.PARTY_WORDS
        and not toks[idx[0]].text.endswith("s")  # "Republicans Buy Sneakers": no person
        and toks[idx[1]].text not in places
        and (
            _known_given_name(toks[idx[1]].text)
            # "against Democrat Conor Lamb", who is "Lamb" later: a member and his name
            or (
                toks[idx[0]].text in W.PARTY_MEMBERS
                and len(idx) == 3
                and len(re.findall(rf"\b{re.escape(toks[idx[2]].text)}\b", text)) > 1
            )
        )
        and not any(toks[k].text == "of" or toks[k].text in _ALL_HEADS for k in idx[1:])
    ):
        idx.pop(0)  # "against Democrat Stacey Abrams": the person
    elif (
        len(idx) == 2
        and toks[idx[0]].text in W.PARTY_MEMBERS
        and toks[idx[1]].text not in places
        and toks[idx[1]].text not in _ALL_HEADS
        and (_named_in_full(text, toks[idx[1]].text) or _known_given_name(toks[idx[1]].text))
    ):
        # "Democrat Cummings" in a text that names Elijah Cummings: the surname; "his wife
        # and Democrat Hillary": the given name
        idx.pop(0)
    elif len(idx) > 2 and toks[idx[0]].text in W.PARTY_WORDS and toks[idx[1]].text == "Federal":
        idx.pop(0)  # "Republican Federal Communications Commission Chairman Ajit Pai": the body
    if (
        idx
        and _PARTY_TOWN.match(toks[idx[0]].text)
        and text[max(0, toks[idx[0]].start - 2) : toks[idx[0]].start] in (", ", " (")
        and not _party_tag_at(text, toks[idx[0]].start)
    ):
        # "R-Jefferson Hills": a party tag with a town, the town
        tok = toks[idx[0]]
        toks[idx[0]] = _Tok(tok.text[2:], tok.start + 2, tok.end, tok.initial, tok.poss)
    words = [toks[k].text for k in idx]
    first = idx[0] if idx else 0
    if words[-2:] == ["Congressional", "District"] or "".join(words) in (
        "U.S.District",
        "USDistrict",
    ):
        # "the 7th Congressional District", "the U.S. District courthouse": no district's
        # name without its number or its state (the country's stays)
        keep = idx[: -2 if words[-2] == "Congressional" else -1]
        place = " ".join(toks[k].text for k in keep)
        if not keep or (words[-2] == "Congressional" and place not in W.known_places()):
            return []  # "the Ninth Congressional District": no name left
        return _candidates(text, toks, keep, transcript=transcript)
    if (
        len(words) == 3
        and words[1:] == ["White", "House"]
        and words[0] not in _WHITE_HOUSE_OPENERS
        and not toks[idx[0]].poss  # "the Eagles' White House visit": the team's
        and not re.search(rf"\b{re.escape(words[0].lower())}\b", text)
    ):
        # "the Trump White House": the president and the White House
        president = _candidates(text, toks, idx[:1], transcript=transcript)
        for cand, _, _ in president:
            cand.struct = "person"
        return [*president, *_candidates(text, toks, idx[1:], transcript=transcript)]
    if (
        words
        and first >= 2
        and toks[first - 1].text in ("of", "for")
        and _is_title(toks[first - 2].text)
        and all(w in W.BODY_FIELDS or w in W.OFFICE_FIELDS for w in words)
    ):
        # a title's field with no name after it: "High Commissioner for Refugees", "Chief
        # of Staff", "Director of National Intelligence" (not "Mayor of Newark")
        return []
    opener = words[0].lower() if words else ""
    if (
        len(words) >= 2
        and toks[first].initial
        and words[0] not in W.TITLE_HEADS
        and (opener in W.ROLES_LOWER or opener in W.ORG_NOUNS_BEFORE_LOWER)
        and all(_NAME_CASE.match(w) for w in words[1:])
    ):
        # a role or a kind of company opening a sentence: "Author J.D. Vance fears",
        # "Broadcaster EBC says"
        rest = _candidates(text, toks, idx[1:], transcript=transcript)
        if opener in W.ORG_NOUNS_BEFORE_LOWER:
            for cand, _, _ in rest:
                cand.votes["org"] += 6
        return rest
    if (
        len(words) >= 3
        and first >= 2
        and toks[first - 1].text in ("to", "of", "for", "in")
        and toks[first - 2].text.lower() in W.ROLES_LOWER
    ):
        # "ambassador to Ethiopia Alastair McPhail": the role's place, then its holder
        for p in (len(words) - 2, len(words) - 3):
            tail = words[p:]
            if (
                p >= 1
                and " ".join(words[:p]) in places
                and all(_NAME_CASE.match(w) for w in tail)
                and tail[-1] not in W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS
                and " ".join(tail) not in places
            ):
                a, b = idx[p], idx[-1]
                person = _Cand(tuple(tail), toks[a].start, toks[b].end, struct="person")
                return [*_candidates(text, toks, idx[:p], transcript=transcript), (person, a, b)]
    for p in range(1, len(words) - 2):
        if "".join(words[p : p + 2]) in W.PLACE_ACRONYMS and " ".join(words[:p]) in places:
            # "Manhattan U.S. Attorney Geoffrey Berman": the city, then the country's title
            return [
                *_candidates(text, toks, idx[:p], transcript=transcript),
                *_candidates(text, toks, idx[p:], transcript=transcript),
            ]
    titles = W.TITLE_HEADS | W.TITLE_MODIFIERS
    if not idx or (all(w in titles for w in words) and any(w in W.TITLE_HEADS for w in words)):
        return []
    if len(idx) > 1 and words[-1] in W.TITLE_HEADS:
        # a name before a title with no name after it: "the New York Attorney General('s
        # Office)", "Texas Governor": the name before is what the text names
        cut = len(words) - 1
        while cut > 0 and words[cut - 1] in titles and not _ends_a_body(words[:cut]):
            cut -= 1  # "Homeland Security Secretary": "Security" ends the body, no title
        # only after a place or a body: "Martin Luther King", "Howard Dean" are names
        # ("U.S." is read as its initials: "the U.S. Attorney" names the country)
        head = words[:cut]
        if cut and (
            " ".join(head) in places
            or _ends_a_body(head)
            or _body_before_title(text, toks, idx, cut)
            or (all(len(w) == 1 for w in head) and "".join(head) in W.PLACE_ACRONYMS)
        ):
            return _candidates(text, toks, idx[:cut], transcript=transcript)
    given = _given_inside(words)
    if (
        given is None
        and len(words) in (3, 4)
        and _given_name(words[1])
        and not _given_name(words[0])
        and words[0] not in W.PLACE_PREFIXES  # "St. Louis Circuit": a place's name
    ):
        # "Sleepy Joe Biden" where the text names "Joe Biden" alone too: a nickname's word;
        # "(Chief of) Staff John Kelly": a title's body
        tail = " ".join(words[1:])
        if _after_of(text, toks[idx[0]].start, the=True) or text.count(tail) > text.count(
            " ".join(words)
        ):
            given = 1
    if given is not None:
        # "European Union Gordon Sondland", "Germany Richard Grenell", "Social Media Dan
        # Scavino" (a title's body before it): another name, then a person's
        kept = _names_something(words[:given]) and not _after_of(text, toks[idx[0]].start)
        out = _candidates(text, toks, idx[:given], transcript=transcript) if kept else []
        a, b = idx[given], idx[-1]
        person = _Cand(tuple(words[given:]), toks[a].start, toks[b].end, struct="person")
        return [*out, (person, a, b)]
    if (
        len(words) == 2
        and min(len(w) for w in words) > 1  # no initials: "D.C.", "John C. Calhoun"
        and not _known_given_name(words[0])
        and words[1].upper() not in _NUMERAL_SUFFIXES  # "Trump Jr." is the son
        and words[1] not in W.STOP_STARTERS  # "Reuters The contents of ...": a caption's end
        and not any(w in _ALL_HEADS for w in words)  # "Crest Park", "Brown University"
        and _named_in_full(text, words[1], other_than=words[0])
        and (_named_in_full(text, words[0]) or (words[0].isupper() and _outlet_name(words[:1])))
    ):
        # "won Barletta Trump's early support", "told CNN Wright is not affiliated": two
        # names the text gives elsewhere (Lou Barletta, Donald Trump, Richard Wright) side
        # by side, no one person
        return [
            *_candidates(text, toks, idx[:1], transcript=transcript),
            *_candidates(text, toks, idx[1:], transcript=transcript),
        ]
    split = _title_split(words)
    if split is not None:
        out = _candidates(text, toks, idx[: split[0]], transcript=transcript) if split[0] else []
        start = split[1]
        if (
            len(words) - start > 2
            and words[start] in W.PARTY_WORDS
            and _known_given_name(words[start + 1])
        ):
            start += 1  # "Senate Majority Leader Republican Bill Frist": the party, then him
        a, b = idx[start], idx[-1]
        person = _Cand(tuple(words[start:]), toks[a].start, toks[b].end, struct="person")
        return [*out, (person, a, b)]
    first = toks[idx[0]]
    lone = len(words) == 1 and first.initial
    end = toks[idx[-1]].end
    if len(words) > 1 and all(len(w) == 1 for w in words) and text[end : end + 1] == ".":
        end += 1  # "U.S." keeps its last full stop, also at a sentence end
    if (
        _IN_PARTY_TAG.search(text, max(0, first.start - 8), first.start)
        or _party_tag_at(text, first.start)
        or (first.start >= 2 and _party_tag_at(text, first.start - 2))  # "R–Ky.", en dash
    ):
        return []  # a party tag's state: "(R-S.C.)", "R-Tenn." (diff.py reads it as the state)
    cand = _Cand(tuple(words), first.start, end, lone_initial=lone)
    if len(words) == 3 and words[1] == "Cardinal" and _given_name(words[0]):
        cand.words = (words[0], words[2])  # "Timothy Cardinal Dolan" is Timothy Dolan
        cand.name = " ".join(cand.words)
    cand.struct, cand.weak_org = _structure(cand.words)
    if cand.struct is None and (_unlisted_given_name(cand.words) or _patronym(cand.words)):
        cand.struct = "person"
    elif cand.struct is None and _chinese_name(cand.words):
        # a vote, not the name's own kind: "in Dong Dang town" and "Ma Wan, off the eastern
        # edge of Lantau Island" are places
        cand.votes["person"] += _CHINESE_NAME_VOTE
    written = text[first.start : end + (text[end : end + 1] == ".")]
    if written in W.state_abbreviations() and _AFTER_A_PLACE.search(
        text, max(0, first.start - 40), first.start
    ):
        cand.struct = "place"  # "Columbia, S.C.", "Lansing, Mich.": the state, no initials
    if _DISTRICT.fullmatch(written):
        if text.endswith("Washington, ", 0, first.start):
            return []  # "Washington, D.C.": the city's name, as "Washington" gives it
        # "Washington DC", "in D.C.": the city, one place with the "Washington" of others
        cand.words, cand.name, cand.struct = ("Washington",), "Washington", "place"
    if (
        transcript
        and text[end : end + 1] == ":"
        and (first.start == 0 or text[first.start - 1] == "\n")
        and all(w.isupper() for w in words)
        and len(words) <= 3
    ):
        # a transcript's speaker label ("MARC STEINER: Welcome ...", "WANG: Thank you"),
        # not an acronym
        cand.struct, cand.weak_org, cand.lone_initial = "person", False, False
    word = words[0]
    if (
        len(words) == 1
        and (
            _listed_demonym(word)
            or word in _NO_NAME_ALONE
            # "Presidents are not kings" (not the Kansas City "Chiefs", nor "Queens")
            or (
                word in W.PLURAL_ROLES
                and text[max(0, first.start - 4) : first.start].lower() != "the "
            )
        )
    ):
        return []
    if len(words) > 1 and all(len(w) == 1 for w in words) and "".join(words) in W.ACRONYM_STOP:
        return []  # spelt with full stops: "R.I.P.", "H.I.V."
    if len(words) == 1 and len(word) == 1 and text[first.end : first.end + 1] != ".":
        return []  # a letter alone, no initial: "A" after a dash, "K" of "K-12"
    if len(words) == 1 and word == "No" and _NUMBER_SIGN.match(text, first.end):
        return []  # "the No. 1 destination"
    if word in W.STAGE_WORDS and (
        len(words) == 1 or (len(words) == 2 and _STAGE_NUMBER.fullmatch(words[1]))
    ):
        return []  # "into Phase II trials", "Phase II/III"
    if len(words) > 1 and _listed_demonym(words[-1]) and set(words[:-1]) <= _PEOPLE_OPENERS:
        return []  # "North Dakotans", "South Koreans", "Central Americans": people, no name
    if len(words) == 1 and word in _RACES and not _named_so(text, word):
        return []  # "Black people", "Black and white Americans": a race, no name
    after_the = text[max(0, first.start - 4) : first.start].lower() == "the " or (
        _ARTICLE_AND_COMPOUND.search(text, max(0, first.start - 40), first.start) is not None
    )  # "a GOP-controlled House", "the Democratic-led Senate"
    if (
        len(words) == 1
        and word.endswith("s")
        and after_the
        and (
            _named_in_full(text, word[:-1])
            or (word.endswith("hes") and _named_in_full(text, word[:-2]))
        )
    ):
        return []  # "investigated the Bidens", "with the Bushes": a family the text names
    if len(words) == 1 and word in W.ORG_HEADS | W.PLACE_HEADS | W.TITLE_MODIFIERS | W.OTHER_HEADS:
        chamber = word in _LONE_CHAMBERS and (after_the or word == "Congress")
        if not chamber and (word not in W.PAPER_HEADS or not after_the or first.initial):
            return []
        cand.struct = "org"  # "told the Courier", "passed the House", "Congress voted"
    return [(cand, idx[0], idx[-1])]


def _named_in_full(text: str, surname: str, *, other_than: str = "") -> bool:
    """Whether the text names someone with ``surname`` after a known given name other than
    ``other_than`` ("Lou Barletta", "Richard Wright")."""
    for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text):
        # "May Alfie Evans rest in peace": a month is no given name here
        if m[1] != other_than and _known_given_name(m[1]) and m[1] not in W.WEEKDAYS_MONTHS:
            return True
    return False


def _after_of(text: str, start: int, *, the: bool = False) -> bool:
    """Whether "of" (or, with ``the``, "of the") comes right before ``start``: a title's
    body ("Chief of Staff John Kelly", "Director of National Intelligence Joseph
    Maguire")."""
    return text[max(0, start - 7) : start].endswith(("of ", "of the ") if the else "of ")


def _names_something(before: list[str]) -> bool:
    """Whether the words a person's name was split from are a name of their own: more
    than a title's rest ("National Security Adviser", "Justices"), a party word or a
    nickname ("Crooked", "Sleepy Eyes"); "West Virginia" before a party word stays."""
    body = before[:-1] if len(before) > 1 and before[-1] in W.PARTY_WORDS else before
    return not (
        body[-1] in W.TITLE_HEADS
        or body[-1].lower().rstrip("s") in _TITLES | _PERSON_NOUNS
        or (len(body) == 1 and body[0].rstrip("s") in W.TITLE_HEADS)
        or (len(body) == 1 and body[0] in W.PARTY_WORDS)
        # a title's acronym after its modifier: "Acting DNI", "Former CEO"
        or (len(body) == 2 and body[0] in W.TITLE_MODIFIERS and _ACRONYM.fullmatch(body[1]))
        or (_structure(tuple(body))[0] is None and not _ACRONYM.fullmatch(body[0]))
    )


_CHAMBERS = frozenset(("House", "Senate", "Congress", "Parliament", "Assembly"))
# what a chamber's name before it makes a race for a seat: "the Ohio Senate primary"
_RACE_WORDS = word_set(
    "primary primaries race races seat seats candidate candidates nominee nominees contest "
    "contests election elections runoff hopeful hopefuls nomination"
)
# chambers named alone: "the House", "the Senate", "Congress" (not "the Assembly" of many)
_LONE_CHAMBERS = _CHAMBERS - {"Assembly"} | {"Commons", "Lords"}  # "the Commons voted"
_COMPASS = frozenset(("North", "South", "East", "West", "New", "Northern", "Southern"))
_PEOPLE_OPENERS = _COMPASS | {"Central", "Latin", "Native"}
# words that alone name nothing: abbreviations of no one ("GMT", "CEO"), titles, adjectives
_NO_NAME_ALONE = W.ACRONYM_STOP | W.TITLE_HEADS | W.NOTHING_ALONE
_NUMBER_SIGN = re.compile(r"\.\s?\d")
# a party tag: "D-N.Y.", "R-Tenn."; and where its state's letters stand, after "R-S."
_STATE_TAG = re.compile(r"[DRI][-–]([A-Z][A-Za-z.]*)")
_IN_PARTY_TAG = re.compile(r"\b[DRI][-–](?:[A-Z]\.)+$")
_PARTY_TOWN = re.compile(r"[DRI][-–][A-Z][a-z]+")


# a capitalised word and a comma before a state's abbreviation: "Columbia, S.C."
_AFTER_A_PLACE = re.compile(r"[A-Z][\w.'’-]*, $")
# The District of Columbia by its initials, with the city's name or alone
_DISTRICT = re.compile(r"(?:Washington )?(?:D\.C|DC)\.?")
_STAGE_NUMBER = re.compile(r"[IVX]{1,4}|\d{1,2}")

# Openers that also begin names ("New Bern", "Old Trafford", "First Republic").
_NAME_OPENERS = frozenset(("New", "Old", "First", "Mid", "Late", "Early"))
_COMMITTEES = frozenset(("Committee", "Committees", "Subcommittee"))
_TWO_FIELD_NAME = re.compile(
    r"(?:^|(\S+) )([A-Z][a-z]+) and ([A-Z][a-z]+)"
    r"(?:(?: [A-Z][a-z]+){0,2} (?:(?:Sub)?[Cc]ommittee|Administration|Organi[sz]ation|Commission"
    r"|Agency|Institute|Bureau|Enforcement|Protection)| Services?(?! (?:Sub)?[Cc]ommittees))\b",
    re.MULTILINE,
)


def _two_field_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The words either side of "and" in the names of bodies for two fields the text gives:
    a committee, an administration, an organisation, a commission, an agency, an
    institute, a bureau, a service or an enforcement or protection service ("the Ways and Means
    Committee", "the Food and Drug Administration", "Immigration and Customs
    Enforcement", "Customs and Border Protection").

    The name opens the text, or follows a chamber, "the", a comma or a lower-case
    word: "Bob Goodlatte and Homeland Security Committee" joins a person to a
    committee, and "the Intelligence and Judiciary Committees" are two.

    >>> text = "the House Ways and Means Committee and Rep. Jim Jordan and Oversight Committee"
    >>> sorted(_two_field_pairs(text))
    [('Ways', 'Means')]
    """
    out = set()
    for m in _TWO_FIELD_NAME.finditer(text):
        before, first, second = m.groups()
        if {first, second} & (_CHAMBERS | W.PARTY_WORDS):
            continue
        if (
            before is None
            or before.endswith((",", "'s", "’s"))  # "the U.N.'s Food and Agriculture ..."
            or not before[0].isupper()
            or before in _CHAMBERS
            or before in ("The", "U.S.", "US", "U.K.", "UK")  # "U.S. Customs and Border ..."
        ):
            out.add((first, second))
    return frozenset(out)


def _named_inside(text: str, toks: list[_Tok], idx: list[int]) -> bool:
    """The run's opener and next word stand together inside a sentence elsewhere.

    "New Bern, North Carolina, ..." opens a paragraph; "in New Bern" later in
    the text shows that "New" is the name's own word there too.
    """
    if len(idx) < 2 or toks[idx[0]].text not in _NAME_OPENERS:
        return False
    pair = re.escape(toks[idx[0]].text) + r"\s+" + re.escape(toks[idx[1]].text)
    return re.search(rf"[a-z0-9,;] {pair}\b", text) is not None


_RACES = frozenset(("Black", "White", "Brown", "Blacks", "Whites"))


def _named_so(text: str, word: str) -> bool:
    """Whether ``text`` names someone with ``word`` as a surname ("Conrad Black")."""
    return any(
        m[1] not in W.STOP_STARTERS
        for m in re.finditer(rf"\b([A-Z][\w'’-]+|[A-Z]\.) {word}\b(?! [A-Z])", text)
    )


def _people_of(word: str) -> bool:
    """Whether ``word`` is a nation's people in the plural ("Palestinians", "Israelis"),
    no party's members ("Democrats")."""
    return word.endswith("s") and _listed_demonym(word) and word[:-1] not in W.PARTY_WORDS


def _listed_demonym(word: str) -> bool:
    """A nationality, party or creed word: "Americans", "African-American", "Democrat"."""
    parts = word.split("-")
    return all(
        p in W.DEMONYMS or (p.endswith("s") and p[:-1] in W.DEMONYMS) or p in W.CITY_PEOPLE
        for p in parts
    )


# what is written in a publication: "wrote in the Atlantic", "an op-ed in Slate"
_WRITTEN_IN = frozenset(
    ("wrote", "writes", "writing", "written", "op-ed", "column", "essay", "piece", "article")
)


def _outlet_name(words: Key) -> bool:
    """Whether a name told something reads as an outlet's ("told Politico", "told USA Today",
    "told USA TODAY")."""
    words = tuple(w.title() if w.isupper() and w.title() in W.MEDIA_WORDS else w for w in words)
    if len(words) == 1:
        return words[0] in W.MEDIA_WORDS or words[0] in W.PAPER_HEADS
    if words[0] in W.MEDIA_WORDS and words[0] not in W.PERSON_LIKE_OUTLETS:
        return True  # a brand and an edition: "Politico Europe", "Bloomberg Opinion"
    return any(
        w in W.OUTLET_WORDS or w in W.PAPER_HEADS or (w.isupper() and w in W.MEDIA_WORDS)
        for w in words
    )


def _modified_noun(toks: list[_Tok], last: int) -> str:
    """The noun a name ending at ``toks[last]`` modifies, alone or first of a pair, or ""."""
    nxt = toks[last + 1].text if last + 1 < len(toks) else ""
    if nxt in W.MODIFIED_NOUNS:
        return nxt
    if nxt == "and" and last + 3 < len(toks) and _is_cap(toks[last + 2]):
        after = toks[last + 3].text  # "the Bush and Obama administrations"
        if after in W.MODIFIED_NOUNS and after.endswith("s"):
            return after
    return ""


def _role_at(before: list[str]) -> bool:
    """Whether the words before "at" (nearest first) end in a role held at a body."""
    word = before[0] if before else ""
    return word in W.ROLES_AT_BODY_LOWER or word in W.PLURAL_ROLES_AT_BODY_LOWER


# a party named first in a case: "Brown v. Board of Education", "Roe vs Wade"
_CASE_PARTY = re.compile(r"\s+vs?\.?\s+[A-Z]")


# a country's name closing a body's: "Feeding America", "Amnesty International USA"
_COUNTRY_TAILS = frozenset(("America", "USA"))


def _context_votes(text: str, toks: list[_Tok], cand: _Cand, pos: int, last: int) -> None:
    """Add kind votes from the words around one mention (tokens pos..last)."""
    votes = cand.votes
    prev = [t.text.lower() for t in toks[max(0, pos - 4) : pos]][::-1]
    nxt = toks[last + 1].text if last + 1 < len(toks) else ""
    lead, second = [*prev, "", ""][:2]
    tail = text[cand.end : cand.end + 90]
    cand.after_the = lead == "the"
    owns = not toks[last].poss and _ITS.match(tail)
    if owns and _ITS_PLACE.match(tail):
        votes["place"] += 4  # "dominated by Omaha and its suburbs"
    elif owns:
        votes["org"] += 4  # "Microsoft said its patch ...", "Seacom restored its service"
    elif nxt in W.SPEECH_VERBS_LOWER and not toks[last].poss and lead != "of":
        # "Drey said"; "the White House said": no person's name takes "the", nor ends in
        # a country's ("NARAL Pro-Choice America said", "Feeding America said"); "Jennifer
        # Shilling of La Crosse said" is hers, and La Crosse where she is from
        named_for_country = len(cand.words) > 1 and cand.words[-1] in _COUNTRY_TAILS
        votes["org" if lead == "the" or named_for_country else "person"] += 4
    if lead in W.ROLES_LOWER or (lead == "," and second in W.ROLES_LOWER):
        votes["person"] += 4  # "mayor Otto Brenn", "director, Anton Keel"
    elif lead in W.ORG_NOUNS_BEFORE_LOWER and toks[pos - 1].text.islower():
        # "pharmaceutical giant Novartis", "aviation data firm Variflight (said)": more than
        # a verb of speech after it tells
        votes["org"] += 6
    elif (
        lead in W.GROUP_NOUNS_BEFORE_LOWER
        and toks[pos - 1].text.islower()
        and not _opens_with_given_name(cand.words)
        and not (nxt.islower() and nxt.isalpha() and nxt not in W.SPEECH_VERBS_LOWER)
    ):
        votes["org"] += 6  # "the peace group Code Pink said", "the advocacy group Everytown"
    if "in" in prev[:2] and set(prev[1:4]) & _WRITTEN_IN and _outlet_name(cand.words):
        votes["org"] += 4  # "wrote in the Atlantic", "an op-ed in Slate": a publication
    for k, word in enumerate(prev[:3]):
        if word in W.TOLD and _outlet_name(cand.words):
            votes["org"] += 4  # "told Good Morning America": an outlet, not a speaker
            break
        if word in W.SPEECH_VERBS_LOWER:  # "said (crane operator) Stefan Ilić"
            if all(w.isalpha() and w.islower() and w not in W.SMALL_WORDS_LOWER for w in prev[:k]):
                votes["person"] += 4
            break
    after_place_prep = (second if lead == "the" else lead) in _STRONG_PREPS
    if _AGE.match(tail) and not after_place_prep:
        # "Blum, 52," / "Kovel, who"; not "a judge in Manhattan, who": the judge
        votes["person"] += 6
    appos = _APPOSITION.match(tail)
    if appos:  # "Rhea Pasko, a Port Ella councillor"
        words = appos.group(1).lower().replace("’s", "").replace("'s", "").split()
        opens = words and (words[0] in ("a", "an", "the") or words[0] in W.ROLES_LOWER)
        # the head of the noun phrase is its last role or organisation noun: "a sister
        # company" is a company, "the company's chief executive" a person
        phrase = list(takewhile(lambda w: w not in W.PHRASE_ENDS, words[:6]))
        head = next(
            (w for w in reversed(phrase) if w in W.ROLES_LOWER or w in W.ORG_NOUNS_AFTER_LOWER),
            "",
        )
        if opens and head in W.ORG_NOUNS_AFTER_LOWER:
            votes["org"] += 4  # "Mundipharma, a sister company of Purdue Pharma"
        elif opens and head and lead != "the":
            votes["person"] += 4  # not "at the White House, the president hinted"
    prep = second if lead == "the" else lead
    noun = _modified_noun(toks, last) if len(cand.words) == 1 else ""
    if noun in W.HELD_BY_NOUNS and not toks[last].poss:
        votes["person"] += 3  # "in the Bush and Obama administrations": presidents
    if noun and (lead == "the" or (lead == "and" and noun.endswith("s"))):
        pass  # "related to the Ensign scandal": the preposition governs the noun after it
    elif _CASE_PARTY.match(tail):
        pass  # "in Common Cause v. Lewis": the preposition governs the case, not its party
    elif prep == "at" and _role_at(prev[2 if lead == "the" else 1 :]):
        votes["org"] += 5  # "adviser at Allianz (said)": a body, not a spot, nor the speaker
    elif prep in W.PLACE_PREPS_LOWER and "according" not in prev[:3]:
        # "flew to Jackson" puts a name on the map; "sympathetic to Trump" does not
        before_prep = [*prev, "", "", ""][2 if lead == "the" else 1]
        motion = before_prep in W.MOTION_BEFORE_TO_LOWER
        moved = prep != "to" or motion
        # "an aide to Kurt Volker", "a letter from Stella Creasy": a person's name
        personal = (
            prep in ("to", "from")
            and not motion
            and (
                _opens_with_given_name(cand.words)
                # "what happened to Anthony"; "23 miles from Raleigh" is still a place
                or (prep == "to" and _lone_given_name(cand.words))
            )
        )
        if not personal:
            votes["place"] += 3 if prep in _STRONG_PREPS else 2
            cand.at_place = cand.at_place or (prep in _DIRECT_PLACE_PREPS and moved)
    if lead == "of" and second in W.PLACE_NOUNS_OF_LOWER:
        votes["place"] += 4  # "the island of Skarra"
    if toks[last].poss:
        return
    if nxt in W.FAMILY_NOUNS and len(cand.words) == 1 and cand.words[0] not in W.NOT_SURNAMES:
        votes["person"] += 4  # "the Sackler family": a surname
    if nxt in W.PLACE_NOUNS_AFTER_LOWER:
        votes["place"] += 3  # "the Vell forest"
    if nxt in W.ORG_NOUNS_AFTER_LOWER and not _PUBLICATION_NAMED_NEXT.match(tail):
        # "the Green Coast party", "the Yediot Ahronot daily"; not "US tabloid the
        # National Enquirer", whose name follows
        votes["org"] += 4
        if len(cand.words) > 1 and cand.struct in (None, "place"):
            cand.struct = "org"


# a publication's kind, then its name: the name before the kind only modifies it
_PUBLICATION_NAMED_NEXT = re.compile(
    r"\s+(?:" + "|".join(W.PUBLICATION_KINDS) + r")\s+(?:[Tt]he\s+)?[A-Z]"
)
# a dateline further down, as a republished wire copy under a site's own lines carries it
# ("MOSCOW (AP) — ..."): capitals, then an agency in brackets and a dash
_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]*(?:,\s*[A-Z][\w.'’ -]*)?\s"  # "SPRINGFIELD, Ill."
    r"\((?:" + "|".join(W.WIRE_AGENCIES) + r")\)"
    r"\s*[—–-]"
)


def _dateline(text: str, lo: int, hi: int) -> tuple[list[_Cand], int]:
    """Places in a dateline at text[lo:hi], and where the body of the line starts."""
    dash = _DASH.search(text, lo, min(hi, lo + 90))
    if dash is None:
        return [], lo
    parts = re.sub(r"\s*\([^)]*\)\s*$", "", text[lo : dash.start()]).split(",")
    if not _CAPS.fullmatch(parts[0].strip()) or parts[0].strip() in W.ACRONYM_STOP:
        return [], lo
    out: list[_Cand] = []
    offset = lo
    for k, part in enumerate(parts):
        word = part.strip()
        if not word or (k and (_MONTH.match(word) or not re.fullmatch(r"[A-Z][\w'’ -]*", word))):
            break
        start = text.index(word, offset)
        offset = start + len(word)
        name = word.title() if word.isupper() else word
        out.append(_Cand(tuple(name.split()), start, offset, struct="place", name=name))
    return out, dash.end()


def extract_entities(text: str) -> tuple[Entity, ...]:
    """Find named people, places and organisations in one article.

    Parameters
    ----------
    text : str
        The article body (cleaned text; paragraphs separated by newlines).

    Returns
    -------
    tuple of Entity
        Mentions sorted by ``start``, never overlapping; ``text[e.start:e.end]
        == e.text``. ``name`` is the fullest form the article gives for the
        same entity, without titles; ``kind`` is ``"other"`` when unsure. See
        the module docstring for the rules.

    Examples
    --------
    >>> text = ("PORT ELLA (MP) — Coastguard Commander Lena Haxby said the Corrie "
    ...         "Belle drifted onto the Mallow Bank. Haxby told the Courier it was near Skarra.")
    >>> [(e.text, e.name, e.kind) for e in extract_entities(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('PORT ELLA', 'Port Ella', 'place'), ('Lena Haxby', 'Lena Haxby', 'person'),
     ('Corrie Belle', 'Corrie Belle', 'other'), ('Mallow Bank', 'Mallow Bank', 'place'),
     ('Haxby', 'Lena Haxby', 'person'), ('Courier', 'Courier', 'org'),
     ('Skarra', 'Skarra', 'place')]
    """
    written, text = text, nicknames_unquoted(text)  # 'C.L. "Butch" Otter' is one name
    blocked = _blocked(text)
    # a transcript: two or more paragraphs open with a speaker's name in capitals and a colon
    transcript = len(_SPEAKER_LABEL.findall(text)) >= 2
    paired = _two_field_pairs(text)
    cands: list[_Cand] = []
    line_no = 0
    for m in re.finditer(r"[^\n]+", text):
        lo, hi = m.span()
        if _skip_line(m.group()):
            continue
        line_no += 1
        if m.group()[:3].isupper() and (line_no <= 3 or _AGENCY_DATELINE.match(m.group())):
            dated, lo = _dateline(text, lo, hi)
            cands.extend(dated)
        toks = _tokens(text, lo, hi, blocked)
        for run in _runs(text, toks, paired):
            for cand, first, last in _candidates(text, toks, run, transcript=transcript):
                _context_votes(text, toks, cand, first, last)
                cands.append(cand)
    return _finish(text, cands, written)


def _own_kinds(cands: list[_Cand]) -> dict[Key, EntityKind | None]:
    """The kind each distinct wording earns on its own, over all its mentions."""
    structs: dict[Key, EntityKind] = {}
    votes: dict[Key, Counter[str]] = {}
    for c in cands:
        if c.struct is not None:
            structs.setdefault(c.words, c.struct)
        votes.setdefault(c.words, Counter()).update(c.votes)
    return {words: structs.get(words) or _top(counter) for words, counter in votes.items()}


def _top(votes: Counter[str]) -> EntityKind | None:
    best = votes.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None  # type: ignore[return-value]


def _finish(text: str, cands: list[_Cand], written: str) -> tuple[Entity, ...]:
    """The entities of ``cands``, their text taken from ``written`` (the article as
    given, where ``text`` reads a nickname's quote marks as spaces)."""
    _unforce_name_parts(cands)
    lower = {m.group() for m in re.finditer(rf"\b[a-z]{_L}*", text)}
    own = _own_kinds(cands)
    solid = [c for c in cands if not c.lone_initial]
    support = {c.words[0] for c in solid if len(c.words) == 1}
    parts: set[str] = set()
    for c in solid:
        if len(c.words) > 1 and own[c.words] in ("person", None, "other"):
            parts.update((c.words[0], c.words[-1]))  # first name or surname
        elif len(c.words) > 1 and own[c.words] == "org":
            parts.add(c.words[0])  # "Corvane" of "Corvane Systems"
    support |= {w for w in parts if w.lower() not in lower}
    bases = {c.words[-1] for c in cands}
    kept = [
        c
        for c in cands
        if not (c.lone_initial and c.struct is None and c.words[0] not in support)
        and not (len(c.words) == 1 and c.struct is None and _demonym(c.words[0], bases))
        and not (len(c.words) == 1 and c.words[0].rstrip(".").lower() in W.NAME_SUFFIXES)
    ]
    _resolve(text, kept, own)
    return tuple(
        Entity(text=written[c.start : c.end], start=c.start, end=c.end, name=c.name, kind=c.kind)
        for c in sorted(kept, key=lambda c: c.start)
    )


def _unforce_name_parts(cands: list[_Cand]) -> None:
    """A known place's name that is also a word of a longer name in the text is decided by
    its context, not by the list: "Jordan" beside "Michael Jordan", "Washington" beside
    "Denzel Washington" or "the Washington Post"."""
    places = W.known_places()
    parts = {
        w for c in cands if len(c.words) > 1 and " ".join(c.words) not in places for w in c.words
    }
    for c in cands:
        word = c.words[0]
        if len(c.words) == 1 and c.struct == "place" and word in places and word in parts:
            c.struct = None


def _demonym(word: str, bases: set[str]) -> bool:
    """Tell an adjective ("Valdoran" beside "Valdora") from a name."""
    stems = {word[: -len(s)] for s in ("n", "an", "ian", "ese", "ish", "i") if word.endswith(s)}
    return any(b != word and (b in stems or b[:-1] in stems) for b in bases)


def _fits(
    s: Key,
    w: Key,
    kind_s: EntityKind | None,
    kind_l: EntityKind | None,
    *,
    voted: bool = False,
    person: bool = False,
) -> bool:
    """Whether the wording ``s`` may refer to the longer name ``w``.

    ``voted``: ``kind_s`` comes from the words around ``s`` only, no structure and
    no mention after "in", "to", "from" or "at"; a surname that a preposition
    made look like a place ("an inquiry into Trump's dealings") still refers to
    the person named in full, a town that shares it ("flew to Jackson") does not.
    ``person``: ``w`` is a person's name (its own kind, or its surname's alone);
    its first name alone then refers to it, whatever the words around say.
    """
    # "De Blasio" for "Bill de Blasio", "Lopez Obrador" for "Andrés Manuel López Obrador"
    s, w = _fold_particles(_unaccented(s)), _fold_particles(_unaccented(w))
    n = len(s)
    subs = [k for k in range(len(w) - n + 1) if w[k : k + n] == s]
    if n == 1 and len(w) > 2 and w[-2] in W.PATRONYM_PARTICLES and subs == [len(w) - 1]:
        return False  # "King Salman" is not "Khalid bin Salman", his son
    if n >= len(w) or not subs or (s == ("House",) and w[-2:] == ("White", "House")):
        return False  # "the House" is a chamber, never the White House
    if voted and kind_l == "person" and n == 1 and subs[-1] == len(w) - 1:
        return True
    if n == 1 and subs[0] == 0 and len(w) == 2 and person and s[0] not in W.known_places():
        return True  # "apologies to Leeann" for Leeann Tweeden: a first name, not a place
    if kind_l is None:  # an unsure two-word name: "Teodor Blum" for "Blum"
        shaped = all(x[:1].isupper() and x not in W.ORG_HEADS | W.PLACE_HEADS for x in w)
        return shaped and n == 1 and kind_s in (None, "person") and subs[0] in (0, len(w) - 1)
    corporate = all(x in W.CORPORATE_SUFFIXES for x in w[n:])
    if kind_l == "org" and subs[0] == 0 and corporate and kind_s != "place":
        return True  # "Pennzoil" for "Pennzoil Co", even where "Pennzoil charged" looks personal
    storm = any(x in W.OTHER_PREFIXES for x in w[:-1])
    if kind_l == "other" and n == 1 and subs[0] == len(w) - 1 and storm:
        return True  # "Florence" after "Hurricane Florence", a storm's name, not a woman's
    if kind_l == "org" and w[-1] in _COMMITTEES and "and" in s and kind_s in (None, "org"):
        return True  # "Ways and Means" for the "House Ways and Means Committee"
    if kind_s not in (None, kind_l):
        return False
    if kind_l == "person":
        return True
    if kind_l == "org":
        return subs[-1] == len(w) - n
    if kind_l == "place":
        # "Lake Erie" and "Erie"; "the Hill" for Capitol Hill, a landmark by its last word
        landmark = n == 1 and subs[-1] == len(w) - 1 and " ".join(w) in W.LANDMARKS
        return (w[0] in W.SAME_PLACE_PREFIXES and w[1:] == s) or landmark
    return subs[-1] == len(w) - n


def _unaccented(words: Key) -> Key:
    """A name's words without their accents."""
    return tuple(strip_accents(w) for w in words)


def _fold_particles(words: Key) -> Key:
    """A name's particles in lower case, as they stand inside it ("De Blasio" opening a
    sentence is "de Blasio"); a one-word name is left as it is."""
    if len(words) < 2:
        return words
    return tuple(
        w.lower() if k < len(words) - 1 and w.lower() in W.NAME_PARTICLES else w
        for k, w in enumerate(words)
    )


# a name's initials given after it with "or": "the Foreign Intelligence Surveillance Act,
# or FISA"
_OR_INITIALS = re.compile(r",\s+or\s+")


def _resolve(text: str, cands: list[_Cand], own: dict[Key, EntityKind | None]) -> None:
    """Set the canonical ``name`` and the final ``kind`` of every candidate."""
    ordered = sorted(cands, key=lambda c: c.start)
    first_of: dict[Key, _Cand] = {}
    for c in ordered:
        first_of.setdefault(c.words, c)
    link: dict[int, _Cand] = {}
    # wordings whose kind only the words around them gave, none of it "in"/"to"/"from" X
    unsure = {c.words for c in cands} - {c.words for c in cands if c.struct or c.at_place}
    for c in cands:
        voted = c.words in unsure
        longer = [
            d
            for d in first_of.values()
            if _fits(
                c.words,
                d.words,
                own[c.words],
                own[d.words],
                voted=voted,
                person="person" in (own[d.words], own.get(d.words[-1:])),
            )
        ]
        before = [d for d in longer if d.start < c.start]
        if before or longer:  # the nearest earlier fuller name, else the first later one
            link[id(c)] = max(before, key=lambda d: d.start) if before else longer[0]
        elif first_of[c.words] is not c:
            link[id(c)] = first_of[c.words]
    for prev, c in pairwise(ordered):  # "United Harbour Workers union (UHW)"
        gap = text[prev.end : c.start]
        # a hyphened word gives its first initial ("Intermediate-Range Nuclear Forces (INF)")
        # or each part's ("United States-Mexico-Canada Agreement (USMCA)")
        initials = {
            "".join(w[0] for w in prev.words if w[0].isupper()),
            "".join(p[0] for w in prev.words for p in w.split("-") if p[:1].isupper()),
        }
        defined = (gap.endswith("(") and len(gap) < 12) or _OR_INITIALS.fullmatch(gap) is not None
        if c.struct == "org" and defined and c.words[0] in initials:
            for d in cands:
                if d.words == c.words:
                    link[id(d)] = prev

    def root(c: _Cand) -> _Cand:
        seen = {id(c)}
        while id(c) in link and id(link[id(c)]) not in seen:
            c = link[id(c)]
            seen.add(id(c))
        return c

    groups: dict[int, list[_Cand]] = {}
    for c in cands:
        groups.setdefault(id(root(c)), []).append(c)
    for members in groups.values():
        top = root(members[0])
        kind = _group_kind(members, top)
        name = top.name or " ".join(text[top.start : top.end].split())
        for c in members:
            c.name, c.kind = name, kind
    # "the Sacklers" beside "Mortimer Sackler": a family by its surname
    surnames = {c.name.split()[-1] for c in cands if c.kind == "person" and c.name}
    for c in cands:
        word = c.words[0]
        if (
            len(c.words) == 1
            and c.struct is None
            and word.endswith("s")
            and word[:-1] in surnames
            and not c.votes["org"]  # "the Browns" as a team: "the Browns club"
        ):
            c.kind = "person"
    for prev, c in pairwise(ordered):  # "Kessby and Lorn": an unsure name next to a place
        joined = text[prev.end : c.start] in (" and ", ", ", " to ", " or ")
        unsure = c if c.kind == "other" else prev
        if joined and {prev.kind, c.kind} == {"place", "other"} and unsure.struct is None:
            for d in cands:
                if d.name == unsure.name and len(unsure.words) == 1:
                    d.kind = "place"


def _team_like(c: _Cand) -> bool:
    """A plural name after "the" that is not a known place ("the Colts", not "the Philippines")."""
    word = c.words[0]
    return (
        c.after_the
        and len(c.words) == 1
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        and word not in W.known_places()
    )


_ALL_HEADS = W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS | W.PAPER_HEADS | W.INSTITUTION_PLACES
# a name's last word before "and" that ends a name there ("State Department and ..."), made
# once rather than for every "and" _one_body_for_two reads
_HEADS_AND_CHAMBERS = W.ORG_HEADS | W.PLACE_HEADS | W.OTHER_HEADS | _CHAMBERS
# a given name that opens places more than people: "Del Rio", "Del Norte", "Royal Family"
_NOT_GIVEN = frozenset(("Del", "Royal"))
_NUMERAL_SUFFIXES = frozenset(("II", "III", "IV", "JR", "SR"))
# last words that make a thing of a name a given name opens: "Lincoln Memorial",
# "Roosevelt Room", "Cleveland Clinic", "Lorraine Motel", "Clinton Campaign"
_NOT_PERSON_TAILS = (
    W.PLACE_NOUNS_AFTER_LOWER
    | W.ORG_NOUNS_AFTER_LOWER
    | W.MODIFIED_NOUNS
    | word_set("memorial room motel hotel clinic legion diocese map expy crest springs house")
    | word_set("commonwealth cash")
)


def _group_kind(members: list[_Cand], root: _Cand) -> EntityKind:
    structs = Counter(c.struct for c in members if c.struct is not None)
    if root.struct is not None or structs:
        return root.struct or structs.most_common(1)[0][0]
    votes: Counter[str] = Counter()
    for c in members:
        votes.update(c.votes)
    if len(root.words) > 1 and all(
        w[:1].isupper() and w not in W.ORG_HEADS | W.PLACE_HEADS for w in root.words
    ):
        # "Pierre Thomas ... Thomas": a name shortened to its last word, with no "the"
        # before it, is a person's surname ("the Colts" for "Indianapolis Colts" is not)
        last = root.words[-1:]
        votes["person"] += 4 * sum(c.words == last and not c.after_the for c in members)
    # "the Colts", "the Saints": a team or a band (a family by its surname, "the
    # Harrows" beside "Ivo Harrow", is told apart after the kinds are set)
    votes["org"] += 3 * sum(map(_team_like, members))
    if any(c.weak_org for c in members):
        return "place" if votes["place"] > 0 else "org"
    if root.words[0] == "The" and len(root.words) > 1:
        # "The" kept inside a name is part of a title ("told The Hill"): no person, and no
        # place unless the place lists know it, or it without "The" ("in The Atlantic",
        # "a study in The Lancet" are publications)
        votes["org"] += votes.pop("person", 0)
        places = W.known_places()
        if not {" ".join(root.words), " ".join(root.words[1:])} & places:
            votes["org"] += votes.pop("place", 0)
    return _top(votes) or ("person" if _opens_with_given_name(root.words) else "other")


def _given_word(word: str) -> bool:
    """A given name the 1990 Census counts, and no known place or people's word."""
    return (
        word.lower() in W.gendered_first_names()
        and word not in W.known_places()
        and word not in _NOT_GIVEN
        and not _listed_demonym(word)
    )


def _lone_given_name(words: Key) -> bool:
    """A name of one word that is a given name (:func:`_given_word`): "(what happened to)
    Anthony", not "(to) Austin"."""
    return len(words) == 1 and _given_word(words[0])


def _opens_with_given_name(words: Key) -> bool:
    """A name of two words or more, no body's or place's head among them, opening with a
    given name the 1990 Census counts and no known place ("Jared Kushner", "Jesus
    Christ"; not "Austin Peay", "Johnson & Johnson"): a person, when nothing around its
    mentions says otherwise."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and _given_word(words[0])
        and not any(w in ("of", "&", "and") or w in _ALL_HEADS for w in words)
        and not any(len(w) > 1 and w.isupper() and w not in _NUMERAL_SUFFIXES for w in words)
        and words[-1].lower() not in _NOT_PERSON_TAILS
    )
