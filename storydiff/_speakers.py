"""Names, mentions and speaker resolution for :mod:`storydiff.quotes`.

Tokens and capitalised runs become mentions (person, organisation, noun phrase
or pronoun); a mention is resolved to a canonical speaker within the article:
titles stripped, surnames to full names, role nouns ("the commissioner") to the
person introduced with that role, pronouns and definite descriptions ("the
Texas governor") to the nearest compatible earlier person or group. The parsers
that find a mention next to a reporting verb are in :mod:`storydiff._quote_cues`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from storydiff import _entity_words as W
from storydiff._quantity_tables import MONTHS, WEEKDAYS
from storydiff._quote_marks import _Span
from storydiff._quote_words import (
    _CONNECTORS,
    _CUE_NOUNS,
    _CUE_VERBS,
    _DETERMINERS,
    _FEMALE_FIRST,
    _FEMALE_NOUNS,
    _FUNCTION_WORDS,
    _GENERIC_ORG_NOUNS,
    _GROUP_NOUNS,
    _KIN,
    _LIST_ORDINALS,
    _MALE_FIRST,
    _MALE_NOUNS,
    _OPENING_ADVERBS,
    _OPENING_SUBORDINATORS,
    _ORG_WORDS,
    _OUTLET_NOUNS,
    _PERSON_NOUNS,
    _PREPOSITIONS,
    _PRONOUNS,
    _ROLE_ALIASES,
    _ROLE_SUFFIXES,
    _STOP_CAPS,
    _TITLES,
    _TOKEN,
    _WORD,
    HONORIFICS,
    _given_name,
    _known_given_name,
    _words,
)
from storydiff._quote_words import _SOURCE_NOUNS as _DOCUMENT_NOUNS
from storydiff.normalize import strip_accents

_PARTY_TAG = re.compile(r"[DRI][-–][A-Z][A-Za-z.]*$")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    kind: str  # "person" | "org" | "nominal" | "pronoun"
    name: str = ""


@dataclass(slots=True)
class _Doc:
    text: str
    lines: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    spans: list[_Span]
    mentions: list[_Mention]  # named mentions outside quotes, in text order
    roles: list[tuple[int, str, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # relatives named by a given name after a possessor ("Billy Graham's son Franklin"),
    # whom the surname alone goes on to name however it was used before
    by_given_name: set[str] = field(default_factory=set)
    # names of one word that the text makes speak ("..., Trump said."), made when first asked,
    # and those that open a sentence with a reporting verb ("Trump suggested the Times ...")
    lone_speakers: set[str] | None = None
    loose_speakers: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------
# tokens and mentions


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def _bare(word: str) -> str:
    """Lower-case word without a possessive ending."""
    w = word.lower()
    for suffix in ("’s", "'s"):
        if w.endswith(suffix):
            return w[: -len(suffix)]
    return w.rstrip("’'")


# a place made into an adjective: "The Sri Lanka-born author", "a Texas-based firm"
_ADJECTIVE_TAILS = tuple(f"-{tail}" for tail in W.ADJECTIVE_TAILS)


def _is_name_tok(tok: _Tok) -> bool:
    if not tok.cap or not tok.text[0].isalpha():
        return False
    if _contracted_stop(tok):
        return False  # "We'll Meet Again", "I'm", "It's": a title's or a sentence's words
    return _bare(tok.text) not in _STOP_CAPS and not tok.low.endswith(_ADJECTIVE_TAILS)


def _contracted_stop(tok: _Tok) -> bool:
    """A capitalised stop word with a contraction: "We'll", "I'm", "It's"."""
    found = _CONTRACTED.match(tok.low)
    return tok.cap and found is not None and found[1] in _STOP_CAPS


_CONTRACTED = re.compile(r"(\w+)['’](?:ll|m|re|s|ve|d|t)$")


_HONORIFICS = frozenset(HONORIFICS)


# reporting verbs a modal cannot precede: "May said" is Theresa May, "May say" is not
_INFLECTED_CUES = _CUE_VERBS - {"say", "tell", "write", "read"}
# reporting verbs in the past: "Trump suggested ...", "Kelly told ..."
_PAST_CUES = frozenset(v for v in _CUE_VERBS if v.endswith("ed") or v in {"said", "told", "wrote"})


def _name_tok_at(toks: list[_Tok], j: int, lo: int = 0) -> bool:
    """:func:`_is_name_tok`, or a capitalised stop word that its neighbours make a name:
    an honorific or a given name before it ("Mrs May said", "Mr. Will", "Theresa
    May"), or, for "May", an inflected reporting verb after it ("May told MPs"), a verb
    in the past and a possessive ("May used her remarks"), or after the aside that
    opens its sentence ("May, speaking in Salisbury, said")."""
    if _is_name_tok(toks[j]):
        return True
    if not toks[j].cap or not toks[j].text[0].isalpha():
        return False
    if toks[j].text == "May" and j + 1 < len(toks) and toks[j + 1].text in _INFLECTED_CUES:
        return True
    if (
        toks[j].text == "May"
        and j + 2 < len(toks)
        and toks[j + 1].low.endswith("ed")
        and toks[j + 2].low in {"her", "his"}
    ):
        return True  # "May used her remarks at a second press conference": the woman
    if (
        toks[j].text == "May"
        and (j == lo or toks[j - 1].text in {".", "!", "?"})
        and j + 1 < len(toks)
        and toks[j + 1].text == ","
        and any(t.text in _INFLECTED_CUES for t in toks[j + 2 :])
    ):
        return True  # "May, speaking on a visit to Salisbury, said": the aside, then her verb
    if j - 1 < lo:
        return False
    if toks[j].cap and _bare(toks[j].text) == "sun" and toks[j - 1].low == "the":
        return True  # "the Sun said in a statement": the newspaper, no Sunday
    p = j - 2 if toks[j - 1].text == "." and j - 2 >= lo else j - 1
    return _bare(toks[p].text) in _HONORIFICS or _given_name(toks[p].text)


def _strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and roles: keep the trailing run of non-title words.

    A role's body after "of" goes too: "Director of National Intelligence Dan
    Coats" is Dan Coats (the name from a common given name on, else its last
    two words); so does an occupation before a name ("Meteorologist Ville
    Siiskonen").
    """
    out: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        bare = _bare(w).rstrip(".")
        if bare in _TITLES and not out and k and _given_name(words[k - 1]):
            out.append(w)  # a title word as a surname after a given name: "Peter King"
            continue
        if bare in _TITLES or (out and (_hyphened_title(bare) or bare in _MEMBER_TITLES)):
            break  # "Vice-President", "President-elect", "Labour MP": titles before a name
        if len(out) >= 2 and bare.endswith("s") and bare[:-1] in _TITLES and out[-1][:1].isupper():
            break  # "Former Presidents Jimmy Carter, George W. Bush ...": a title of many
        if len(out) >= 2 and (
            bare in _PERSON_NOUNS or bare.endswith("ologist") or w.rstrip(".") in W.TITLE_HEADS
        ):
            break  # "Meteorologist Ville Siiskonen", "Reporter Ann Lee", "Prosecutor Ed Hale"
        out.append(w)
    out.reverse()
    # "... for Human Rights Zeid Ra'ad": a body after "for" as after "of"
    body = len(out) < len(words) and bool(out) and out[0].lower() in ("of", "for")
    while out and out[0].lower() in _CONNECTORS and not _given_particle(out):
        out.pop(0)
    if body and len(out) >= 3:
        out = out[_name_after_body(out) :]
    if len(out) >= 3 and _BODY_INITIALS.fullmatch(out[0]):
        # a body's initials, then maybe a title no list has, then a name: "UN Nikki
        # Haley", "EU Gordon Sondland", "UN Special Rapporteur Agnes Callamard" (a given
        # name the Census counts will do)
        given = next(
            (
                k
                for k in range(1, len(out) - 1)
                if _given_name(out[k]) or out[k].lower() in W.gendered_first_names()
            ),
            None,
        )
        if given is not None:
            out = out[given:]
    return out


_BODY_INITIALS = re.compile(r"[A-Z]{2,5}")
# a parliament's member before a name ("Senior Labour MP Hilary Benn"); after one it is
# a post-nominal the name keeps ("Yvette Cooper MP")
_MEMBER_TITLES = frozenset(("mp", "mep", "msp", "mla", "mpp"))


def _given_particle(words: list[str]) -> bool:
    """Whether a name opens with a particle that is a given name here: "Van Johnson",
    "Van Jones" (one surname after it; "de Blasio", "Le Pen" and "Van der Bellen" lose
    theirs)."""
    return len(words) == 2 and words[0] == "Van" and words[1][:1].isupper()


def _name_after_body(words: list[str]) -> int:
    """Where the name starts in a role's body and name ("National Intelligence Dan Coats"):
    at a common given name, else at its last two words."""
    given = next((k for k in range(1, len(words) - 1) if words[k] in W.FIRST_NAMES), None)
    return given if given is not None else len(words) - 2


def _clean_name(words: list[str]) -> str:
    words = [w for w in words if w != "."]
    if words:
        last = words[-1]
        for suffix in ("’s", "'s"):
            if last.endswith(suffix):
                words[-1] = last[: -len(suffix)]
        words[-1] = words[-1].rstrip("’'")
    return " ".join(words).replace(" ' ", "' ").replace(" ’ ", "’ ")


_INITIAL = re.compile(r"[A-Z](?:\.[A-Z])*")


def _is_org(words: list[str]) -> bool:
    if (
        len(words) == 2
        and _bare(words[1]) in _SURNAME_BRANDS
        and words[1][1:].islower()
        and _known_given_name(words[0])
    ):
        return False  # "Len Fox", "Frank Church": a given name and a surname
    if any(_bare(w) in _ORG_WORDS and not _titled_acronym(w) for w in words):
        return True
    if " ".join(words) in W.COMPANIES:
        return True  # "Apple", "Nike": a company by name alone
    if len(words) >= 2 and words[-1][:1].isupper() and _bare(words[-1]) in _GROUP_NOUNS:
        return True  # "Senate Republicans", "Log Cabin Republicans"
    return len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5


# words of a body's name that are surnames too ("Fox News", "Len Fox")
_SURNAME_BRANDS = frozenset(("fox", "church", "post", "house"))


# broadcasters' and agencies' initials, which only capitals spell: "Marcia Cia Price" is
# a woman's name with her nickname in it
_ACRONYMS = frozenset(("cnn", "nbc", "abc", "cbs", "msnbc", "fbi", "cia", "dnc", "rnc"))


def _titled_acronym(word: str) -> bool:
    """Whether ``word`` is an initialism's letters written as a name ("Cia", "Abc")."""
    return _bare(word) in _ACRONYMS and not word[:2].isupper()


# not the months: "Theresa May", "April Ryan"
_WEEKDAYS = frozenset(d.capitalize() for d in WEEKDAYS)


def _glued_stop(toks: list[_Tok], k: int) -> bool:
    """Whether the full stop ``toks[k]`` has a capitalised word glued to it, two sentences
    a scrape ran together ("Ann Lee.That gives ..."), not an abbreviation's stop."""
    return (
        k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].text[1:2].islower()
    )


def _name_run(toks: list[_Tok], i: int) -> int:
    """End index (exclusive) of the capitalised run starting at ``toks[i]``."""
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.text in _WEEKDAYS:
            break  # "Trump Sunday", "in London Friday": a day follows the name
        if t.low.rstrip(".") in MONTHS and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit():
            break  # "a state visit to Britain June 3-5": a date follows the name
        if t.text == "." and _glued_stop(toks, j):
            break  # "analyst Ann Lee.That gives ...": a stop with no space ends the sentence
        if toks[j - 1].low.endswith(("’s", "'s")) and (
            t.text in W.PARTY_WORDS or t.text in W.DEMONYMS
        ):
            break  # "The Judiciary Committee’s Democratic chairman": the owner ends the name
        if t.low.endswith(_ADJECTIVE_TAILS):
            break  # "Sri Lanka-born": the place an adjective is made of, no name
        if (t.cap and t.text[0].isalpha()) or (
            t.text == "." and len(toks[j - 1].text) <= 3 and toks[j - 1].cap
        ):
            j += 1
        elif (
            t.low in _CONNECTORS
            and t.low not in {"and", "&"}
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and toks[j + 1].text[0].isalpha()
        ):
            j += 2
        elif t.text == "&" and _ampersand_joins(toks, j):
            j += 2  # "JPMorgan Chase & Co Chief Executive Jamie Dimon", "Johnson & Johnson"
        elif t.low == "and" and _fields_of_a_body(toks, i, j):
            j += 2  # "the Department of Health and Human Services"
        elif (
            _plural_apostrophe(toks, j)
            and _bare(toks[j - 1].text) not in _GROUP_NOUNS  # "the Democrats' Senate leader"
            and j + 1 < len(toks)
            and toks[j + 1].low in _ORG_WORDS
            and toks[j + 1].cap
        ):
            j += 2  # "The White House Correspondents' Association": a body of many's name
        else:
            break
    return j


def _plural_apostrophe(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a plural owner's apostrophe, glued to the word in -s before
    it: "Correspondents’", "Matters’"."""
    return (
        0 < k < len(toks)
        and toks[k].text in {"'", "’"}
        and toks[k - 1].text.endswith("s")
        and toks[k - 1].end == toks[k].start
    )


def _fields_of_a_body(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether the "and" at ``toks[j]`` joins two fields of a body named "<body> of ...":
    "Department of Health and Human Services", "Bureau of Alcohol, Tobacco, Firearms and
    Explosives"; not a given name after it ("the Department of Justice and James Comey")."""
    if j + 1 >= len(toks) or not (toks[j + 1].cap and toks[j + 1].text[0].isalpha()):
        return False
    of = next((p for p in range(i + 1, j) if toks[p].low == "of"), None)
    return (
        of is not None
        and toks[of - 1].low in _ORG_WORDS
        and j - of <= 3  # one field, then the other: not "... Dr. Anthony Fauci and Food"
        and not _known_given_name(toks[j + 1].text)
    )


def _ampersand_joins(toks: list[_Tok], j: int) -> bool:
    """Whether the "&" at ``toks[j]`` is inside a firm's name: words of two letters or more
    either side, the second no given name ("Mark & Patricia McCloskey" are two people,
    "Q&A" and "R&D" no names)."""
    if j + 1 >= len(toks):
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    return (
        toks[j + 1].cap
        and after[0].isalpha()
        and min(len(before), len(after)) > 1
        and not _known_given_name(after)
    )


_LONG_PARTICIPLE = 8  # letters: "Contradicting", not "King" or "Fleming"
_KIND_WORDS = frozenset(("Newspaper", "Broadcaster", "Tabloid", "Website"))
_ING_NAMES = frozenset(("Sterling", "Channing", "Pickering", "Browning", "Wellington"))


def _hyphened_title(word: str) -> bool:
    """ "vice-president", "attorney-general", "president-elect", "minister-designate"
    (a surname such as "Hall-King" is one only before another name word)."""
    if "-" not in word:
        return False
    first, _, last = word.rpartition("-")
    return last in _TITLES or (last in {"elect", "designate"} and first.split("-")[-1] in _TITLES)


def _make_mention(text: str, toks: list[_Tok], i: int, j: int) -> _Mention | None:
    """A named mention from ``toks[i:j]`` (a capitalised run), or ``None``."""
    while i < j and (
        toks[i].text == "." or (_bare(toks[i].text) in _STOP_CAPS and not _name_tok_at(toks, i))
    ):
        i += 1
    while j > i and (toks[j - 1].low in _CONNECTORS or toks[j - 1].text == "."):
        j -= 1
    if i >= j or (j - i == 1 and _PARTY_TAG.match(toks[i].text)):
        return None  # nothing left, or a party tag ("D-N.Y.", "R-Tenn.")
    # an initial inside the name keeps the full stop the tokens split off: "George H.W.
    # Bush", "James B. Comey"
    words = [
        t.text + "." if k < j - 1 and _INITIAL.fullmatch(t.text) and text[t.end] == "." else t.text
        for k, t in enumerate(toks[i:j], start=i)
    ]
    while len(words) > 1 and (
        # "Contradicting Trump in an interview, ...": a participle opening the sentence
        # ("Sterling Brown said": a name)
        (
            (len(words[0]) >= _LONG_PARTICIPLE or words[0].lower() in W.CLAUSE_GERUNDS)
            and words[0].endswith("ing")
            and words[0] not in _ING_NAMES
            and (i == 0 or toks[i - 1].text in {".", "!", "?", "\n", "“", '"'})
        )
        # "Ambassador to Russia Jon Huntsman": the country his title names
        or (len(words) >= 3 and words[0] in W.known_places() and i and toks[i - 1].low == "to")
        # "Russia's Vladimir Putin", "Newspaper Komsomolskaya Pravda"
        or (
            len(words) >= 3
            and words[0].rstrip("s").rstrip("'’") in W.known_places()
            and words[0].endswith(("'s", "’s"))
        )
        or (len(words) >= 3 and words[0] in _KIND_WORDS)
    ):
        i += 1
        words = words[1:]
    owner = max((k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "’s"))), default=-1)
    if owner >= 0 and not _is_org(words[owner + 1 :]):
        # "CNN's Kaitlan Collins", "The New York Times's Alexander Burns": the person
        i += owner + 1
        words = words[owner + 1 :]
    elif (
        len(words) >= 3
        and words[-2].endswith(("'s", "’s"))
        and any(_given_name(w) for w in _strip_titles(words[:-1])[:-1])
    ):
        # "Theresa May's Brexit deal": the owner is the person, not her Brexit
        j -= 1
        words = words[:-1]
    if (
        len(words) >= 3
        and i >= 2
        and toks[i - 1].low == "of"
        and toks[i - 2].text.islower()
        and _bare(toks[i - 2].text) in _TITLES
    ):
        # "director of National Intelligence Dan Coats": the role's body, then the name
        cut = _name_after_body(words)
        i += cut
        words = words[cut:]
    of = next((n for n, w in enumerate(words) if w.lower() in {"of", "from", "at"}), -1)
    if of > 0:
        head = words[:of]
        # not "Color of Change President Rashad Robinson": a title after the body's name
        # heads the person's name
        titled_after = any(
            _bare(w).rstrip(".") in _TITLES
            and len(words) - t >= 3  # two words of a name after it, no body's
            and not _is_org(words[t + 1 :])
            for t, w in enumerate(words[of + 2 : -1], start=of + 2)
        )
        core = _strip_titles(head)
        if (
            core
            and (not _is_org(head) or (len(core) >= 2 and not _is_org(core)))
            and not titled_after
        ):
            # "Ruth Anand of Northgate University": the person, not the university
            # ("Assembly Democratic Leader Gordon Hintz of Oshkosh": his title's body)
            j = i + of
            words = head
    start, end = toks[i].start, toks[j - 1].end
    surface = text[start:end]
    core = _strip_titles(words)
    titled = 0 < len(core) < len(words) and not _is_org(core)
    if titled and len(core) == 1 and core[0] not in W.FIRST_NAMES and _is_org(words):
        # "Ministry of Foreign Affairs": a body's name with a title word inside ("Foreign
        # Secretary"), not "Affairs" titled so; a name takes two words or a given name
        titled = False
    if (
        titled
        and "of" in words[: len(words) - len(core)]
        and words[len(words) - len(core) - 1].lower() in _CONNECTORS
        and _is_org(words)
    ):
        # "Department of Health and Human Services", not "Human Services" titled "Health";
        # "Department of Homeland Security Secretary Kirstjen Nielsen" is hers
        titled = False
    if _is_org(words) and not titled:
        low = [w.lower() for w in words]
        if low[0] == "the":
            words = words[1:]
        return _Mention(start, end, surface, "org", _clean_name(words))
    if not core:
        head = _bare(words[-1])
        return _Mention(start, end, surface, "nominal", head)
    if all(w.isupper() and len(w) > 2 for w in core):
        return None  # a dateline or a shouted word
    if len(words) == 1 and _clean_name(words) in _LONE_PAPERS and i and toks[i - 1].low == "the":
        # "the Sun", "the Globe": a newspaper, whatever surname the word is too
        return _Mention(start, end, surface, "org", _clean_name(words))
    if _names_no_person(core) or (
        # "after tweets about hurricane Irma": a storm's name, not a woman's
        i and toks[i - 1].text.lower() in _STORMS
    ):
        # "South Korea said" speaks for a country, as an organisation would; never "he"
        return _Mention(start, end, surface, "org", _clean_name(core))
    return _Mention(start, end, surface, "person", _clean_name(core))


_STORMS = frozenset(("storm", "hurricane", "typhoon", "cyclone"))
# a newspaper's one word after "the"
_LONE_PAPERS = frozenset(("Sun", "Star", "Globe", "Mail", "Telegraph", "Mirror", "Express"))


_NOT_PERSON_PREFIXES = (W.PLACE_PREFIXES - {"Saint", "St"}) | W.OTHER_PREFIXES
# place and event heads that are common surnames too: "Kari Lake", "Andy Street", "Carla Hills"
_SURNAME_HEADS = W.SURNAME_PLACE_HEADS | frozenset(
    ("Lake", "Ridge", "Street", "Bay", "Hills", "Banks", "Beach", "Bridge", "Rivers")
)


def _names_no_person(words: list[str]) -> bool:
    """A place or an event by its own words: "West Virginia", "Neuse River", "South Lawn",
    "Hurricane Katrina", "Memorial Day" (the lists and known places of entities.py).

    One word is left alone: "Jordan" may be Jim Jordan's surname, and a lone word
    stands for "he" only when it is a known surname anyway.
    """
    bare = [w.rstrip(".") for w in words]
    if len(bare) == 1:
        return False
    if bare[0] in W.FIRST_NAMES and (len(bare) == 2 or bare[-1] in _SURNAME_HEADS):
        # "Michael Bay", "Jason Day", "George Strait"; "Wall Street", "Green Bay" and
        # "John Wayne Airport" are places
        return False
    return (
        " ".join(bare) in W.known_places()
        or bare[0] in _NOT_PERSON_PREFIXES
        or bare[-1] in W.PLACE_HEADS | W.OTHER_HEADS
        or bare[-1] in _DISTRICT_TAGS  # "Washington DC", "Washington, D.C."
        # a country's initials before a place: "the US Capitol", "the U.S. Capitol"
        or (bare[0].replace(".", "") in W.PLACE_ACRONYMS and " ".join(bare[1:]) in W.known_places())
    )


_DISTRICT_TAGS = frozenset(("DC", "D.C"))


def _scan_mentions(doc: _Doc) -> None:
    """Register named mentions outside quotes, roles and gender hints."""
    text = doc.text
    inside = bytearray(len(text))
    for sp in doc.spans:
        inside[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    lower_words = {w for w in _WORD.findall(text) if w.islower()}
    cap_mid: set[str] = set()
    for lo, hi in doc.sentences:
        # a sentence opens again after a dateline: "WASHINGTON — Declaring that ..."
        start = _dateline_end(text, lo, hi) or lo
        toks = _tokens(text, start, hi)
        first = next((n for n, t in enumerate(toks) if t.text[0].isalnum()), -1)
        cap_mid.update(_bare(t.text) for t in toks[first + 1 :] if t.cap)
    lower_words -= cap_mid
    for lo, hi in doc.sentences:
        toks = [t for t in _tokens(text, lo, hi) if not inside[t.start]]
        dateline = _dateline_end(text, lo, hi) or lo
        opening = {
            next((n for n, t in enumerate(toks) if t.start >= at and t.text[0].isalnum()), -1)
            for at in (lo, dateline)
        }
        if len(toks) > 2 and toks[0].text.isdigit() and toks[1].text == ".":
            opening.add(2)  # a numbered head: "4. Can Castro make another move?"
        asked = text[lo:hi].rstrip(" \"'”’").endswith("?")
        i = 0
        while i < len(toks):
            if i not in opening and _contracted_stop(toks[i]):
                # "a rendition of We'll Meet Again": a title in the sentence, no one named
                titled = i + 1 < len(toks) and _is_name_tok(toks[i + 1])
                i = _name_run(toks, i + 1) if titled else i + 1
                continue
            if not _is_name_tok(toks[i]) and not (
                (toks[i].cap and _bare(toks[i].text) in _HONORIFICS)
                # "May said the four countries were ...": the prime minister, no month;
                # "the Sun said": the newspaper, no Sunday
                or (_bare(toks[i].text) in ("may", "sun") and _name_tok_at(toks, i))
            ):
                i += 1
                continue
            j = _name_run(toks, i)
            if (
                j == i + 1
                and toks[i].low in _LIST_ORDINALS
                and j < len(toks)
                and toks[j].text == ","
            ):
                i = j  # '... difficult.” Second, their “purposes ...”': a point's number
                continue
            if j < len(toks) and toks[j].low.endswith(_ADJECTIVE_TAILS) and toks[j].cap:
                i = j + 1  # "The Sri Lanka-born author": the run is the adjective's place
                continue
            if i in opening and (
                _common_word(toks[i], j - i, lower_words, cap_mid)
                or (asked and j - i > 1 and toks[i].low in _ASKING)
            ):
                # a capitalised common word opening the sentence: "Crews from Lisk",
                # "Engineer Sara Lindt"; a question's verb: "Can Castro make ...?"
                i += 1
                if i >= j:
                    continue
            if toks[i].start < dateline:
                i = j  # "NEW YORK (AP) —": where and by whom it was filed; no one in it
                continue
            if (i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in _SEAT_TITLES) or (
                toks[i].low in _SEAT_TITLES and i + 1 < j and toks[i + 1].low == "of"
            ):
                i = j  # "the Prince of Wales", "the Duke of Sussex": a title's seat, no one
                continue
            m = _make_mention(text, toks, i, j)
            if m is not None and m.kind == "person" and i and toks[i - 1].low in _OUTLET_NOUNS:
                # "told the news agency RIA Novosti": an organisation, whatever its name
                m = _Mention(m.start, m.end, m.text, "org", m.name)
            possessive = _bare(toks[j - 1].text) != toks[j - 1].low.rstrip("’'")
            if (
                m is not None
                and m.kind != "nominal"
                and not possessive
                and not _is_modifier(toks, j)
                and not _demonym_before_noun(toks, i, j)
            ):
                doc.mentions.append(m)
                if m.kind == "person":
                    _register_person(doc, toks, i, j, m)
            elif m is not None and m.kind == "person" and possessive:
                # no speaker, but a title all the same: after "President Trump's
                # tweets", "the president" is Trump
                _register_person(doc, toks, i, j, m, roles_only=True)
            i = j


# titles named for a place: "the Prince of Wales", "the Archbishop of Canterbury"
_SEAT_TITLES = frozenset(
    ("prince", "princess", "duke", "duchess", "earl", "countess", "archbishop", "bishop")
)


_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
    r"(?P<region>,\s*[A-Z][\w.'’-]*(?: [A-Z\d][\w.'’-]*){0,2})?"
    r"\s*(?P<agency>\([A-Za-z .]{1,20}\)\s*)?(?P<dash>[—–]|--|-)\s*"
)


# the verb that opens a question before its subject ("Will Biden run?", not "Will Smith")
_ASKING = _words(
    "can could will would shall should may might must do does did is are was were has have had"
)


def _dateline_end(text: str, lo: int, hi: int) -> int | None:
    """Where a wire dateline opening ``text[lo:hi]`` ends, if one does.

    A place in capitals with its region ("TURNBERRY, Scotland —", "LONDON, March 3
    (Reuters) -"), its agency ("MOSCOW (AP) —") or a known place ("MOSCOW —"); not an
    acronym before a dash clause ("NASA — led by ... —").
    """
    m = _DATELINE.match(text, lo, hi)
    if m is None or (m["dash"] == "-" and not m["agency"]):
        return None
    if m["region"] or m["agency"] or m["city"].title() in W.known_places():
        return m.end()
    return None


# words that open a sentence before a name and are never a name's own
_OPENING_QUANTIFIERS = _words("neither either both each every all no none")


# words that open no name as a rule, yet alone may be one: "May said", "Will told me"
_STARTERS_NAMED = frozenset(("May", "Will", "Early", "Young", "Long", "Late"))


def _common_word(tok: _Tok, run: int, lower_words: set[str], cap_mid: set[str]) -> bool:
    """Whether a sentence-initial capitalised word is a common noun, not a name."""
    low = _bare(tok.text)
    if low in _OPENING_QUANTIFIERS:
        return True  # "Neither Biden nor the speech lived up to it": Biden alone
    if run > 1 and tok.text in W.IMPERATIVE_OPENERS:
        return True  # "Ask Virginia Walden Ford, who runs ...": a verb, then the name
    if run == 1 and tok.text in W.STOP_STARTERS and tok.text not in _STARTERS_NAMED:
        return True  # "Top officials at the Department ... said": no name opens so
    if run > 1 and low in _CUE_VERBS and not low.endswith("ing"):
        return True  # 'Continued Lowell: "..."', 'Added Bondi': a verb, then its speaker
    if low in _ORG_WORDS or low in _TITLES:
        return False
    if run == 1:
        # a name is capitalised wherever it appears: one never seen capitalised
        # inside a sentence is taken for a common word
        return (
            low in lower_words
            or low in _OPENING_ADVERBS
            or low in _LIST_ORDINALS  # "Second, she wrote"; "Second Amendment" is a run of two
            or low in _FUNCTION_WORDS  # "Nor does it ..."
            or low in _GROUP_NOUNS
            or (low.endswith(("ing", "ed", "ly")) and low not in cap_mid)
        )
    return run >= 3 and (low in lower_words or low.endswith(_ROLE_SUFFIXES))


def _demonym_before_noun(toks: list[_Tok], i: int, j: int) -> bool:
    """ "The Swedish company said", "said the Democratic staffer": an adjective of
    nationality or party before its noun, no name."""
    if j - i != 1 or j >= len(toks):
        return False
    nxt = toks[j]
    return (
        # a listed one: "Vivian spoke" is a woman
        (toks[i].text in W.DEMONYMS or toks[i].text in W.PARTY_WORDS)
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.low not in _FUNCTION_WORDS
        and not _is_cue(nxt)
    )


def _is_modifier(toks: list[_Tok], j: int) -> bool:
    """A name run that only modifies a role before another name ("Port Ella mayor Joanna Brill")."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        low = toks[k].low
        if low in _FUNCTION_WORDS or _is_cue(toks[k]) or low in _DETERMINERS:
            return False
        if low.endswith(("ly", "ed")) or low in _IRREGULAR_PAST:
            # "Boehner publicly chided Obama", "Nadler gave Trump a deadline": a verb
            # phrase, not a role
            return False
        k += 1
    return k > j and k < len(toks) and _is_name_tok(toks[k])


# verbs in the past that end in neither "-ed" nor "-ly", which a name's role never is
_IRREGULAR_PAST = _words("""
    gave made took sent met won lost beat held kept put ran got came went saw left led paid
    spent brought bought thought found sought hit cut struck sold drew chose wrote
    """)


def _register_person(
    doc: _Doc, toks: list[_Tok], i: int, j: int, m: _Mention, *, roles_only: bool = False
) -> None:
    """Record a person's surname, roles and gender hints; ``roles_only`` for a
    possessive ("President Trump's tweets"), whose surname may be a relative's
    ("Sasha Obama's school" names no one "Obama" goes on to mean) unless a title says
    whose it is ("President Donald Trump's first nominee ... Trump said")."""
    words = m.name.split()
    run = [_bare(t.text).rstrip(".") for t in toks[i:j]]
    if len(words) >= 2 and (not roles_only or any(w in _TITLES for w in run)):
        doc.surnames.setdefault(words[-1].lower(), []).append((m.start, m.name))
        if len(words) >= 3 and words[-1].lower().rstrip(".") in W.NAME_SUFFIXES:
            # "Samuel A. Alito Jr.": "Alito" alone names him too (the suffix's key stays,
            # for "the younger Mr. Trump")
            doc.surnames.setdefault(words[-2].lower(), []).append((m.start, m.name))
    # roles written before the name: "Police Commissioner Dana Oduya", "harbourmaster Tomas Rell"
    before: list[str] = []
    b = i - 1
    while b >= 0 and i - b <= 2 and toks[b].text.isalpha() and toks[b].text.islower():
        if toks[b].low in _FUNCTION_WORDS or toks[b].low in _DETERMINERS or _is_cue(toks[b]):
            break
        before.append(toks[b].low)
        b -= 1
    if (
        not before
        and i >= 2
        # "Seated next to his wife, O'Rourke announced": someone named before, the subject
        and not (len(words) == 1 and words[0].lower() in doc.surnames)
        and toks[i - 1].text == ","
        and _bare(toks[i - 2].text) in (_FEMALE_NOUNS | _MALE_NOUNS | _TITLES)
        and toks[i - 2].text.islower()
        # "an appearance by the president, Bible in hand": what he held, no name of his
        and not (j + 1 < len(toks) and toks[j].low == "in" and toks[j + 1].low in _HELD)
    ):
        before.append(_bare(toks[i - 2].text))  # "his wife, Huma Abedin"
    if not before and i >= 4 and toks[i - 1].text == ",":
        # "the governor of Texas, Greg Abbott": a role qualified by a place or body
        b = i - 2
        while b > i - 5 and toks[b].cap:
            b -= 1
        if (
            0 < b < i - 2
            and toks[b].low in _QUALIFIERS
            and toks[b - 1].text.islower()
            and _bare(toks[b - 1].text) in _TITLES
        ):
            before.append(_bare(toks[b - 1].text))
    given_only = (
        not roles_only
        and len(words) == 1
        and len(before) == 1
        and before[0] in _KIN
        and i >= 2
        and toks[i - 2].cap
        and _bare(toks[i - 2].text) != toks[i - 2].low.rstrip("’'")
    )
    if given_only:
        # "Billy Graham's son Franklin": the son is a Graham too, named by his given name,
        # and the surname alone goes on to name him ("..., Graham wrote.")
        surname = re.sub(r"['’]s?$", "", toks[i - 2].text)
        m.name = f"{m.name} {surname}"
        words = m.name.split()
        doc.surnames.setdefault(surname.lower(), []).append((m.start, m.name))
        doc.by_given_name.add(m.name)
    # a paper before a name is no role of its ("an indictment charging Netanyahu", "the
    # indictment against Netanyahu"): "the indictment also said" is not his
    before = [w for w in before if w not in _DOCUMENT_NOUNS]
    # a possessive's title is the one in its name ("President Trump's"): a role before it
    # may be the possessed's ("the coach, Bo Ek's predecessor")
    # ("Sheriff's Sgt. Ron Helus" is a sergeant of the sheriff's, no sheriff)
    roles = [
        w
        for w, t in zip(run, toks[i:j], strict=True)
        if w in _TITLES and not t.text.endswith(("'s", "’s"))
    ] + ([] if roles_only else before)
    # the words the text wrote give a gender, not a role's other names ("Rep." is a
    # congressman or a congresswoman)
    written = set(roles)
    roles += [a for r in roles for a in _ROLE_ALIASES.get(r, ())]
    # an appositive after the name: "Noor Castellan, the union's general secretary,"
    if j < len(toks) and toks[j].text == "," and not roles_only:
        k = j + 1
        app: list[str] = []
        while k < len(toks) and toks[k].text not in {",", ".", ";", ":"} and len(app) < 8:
            if toks[k].low in _RELATIVES:
                # "Mr. Mattis, a retired general whom the president called a hero": the
                # relative clause's nouns are others' roles
                break
            if _is_cue(toks[k], toks[k - 1]) or toks[k].low in _CLAUSE_VERBS:
                # "... with Ukraine, a committee official confirmed to The Hill": a
                # clause with its own reporting verb, no appositive; nor "... the fate of
                # nominee Brett Kavanaugh, a third woman came forward to accuse him"
                app = []
                break
            app.append(_bare(toks[k].text))
            k += 1
        if app and app[0] in _DETERMINERS:
            # not a second rank's role: "Biden, the former vice president," is no president
            # ("the president said" after it)
            lesser = next((n for n, w in enumerate(app) if w in _SECOND_RANKS), len(app))
            roles.extend(w for w in app[:lesser] if w.isalpha() and w not in _CONNECTORS)
            written.update(app)
    name = m.name if len(words) >= 2 else _resolve_surname(doc, m.name, m.start)
    for r in roles:
        doc.roles.append((m.start, r, name))
        if r not in written:
            continue
        if r in _FEMALE_NOUNS:
            doc.gender.setdefault(name, "f")
        elif r in _MALE_NOUNS:
            doc.gender.setdefault(name, "m")


_RELATIVES = frozenset(("who", "whom", "whose", "which", "that"))
# verbs that end a noun phrase opening a clause (its subject's): "The daughters are
# Democrats", "The magazine put Perot on its cover", "The president took to Twitter"
_CLAUSE_VERBS = _words(
    "are were has have had will would can could may might must did does do put took went gave "
    "made came got sent held kept met ran"
)
# "the younger Mr. \0" (the surname replaced by a NUL to match it without a pattern per name)
_YOUNGER = re.compile(r"\byounger\s+(?:(?:Mr|Ms|Mrs)\.?\s+)?\0")
_HELD = frozenset(("hand", "hands", "tow"))


def _titled_alone(word: str) -> re.Pattern[str]:
    """A title, then ``word`` with no suffix after it: "President Trump", "Mr. Trump"."""
    return re.compile(
        rf"\b(?:President|Mr|Mrs|Ms|Sen|Senator|Gov|Governor|Rep)\.?\s+{re.escape(word)}\b"
        r"(?!,?\s+(?:Jr|Sr|II|III|IV)\b)"
    )


def _resolve_surname(doc: _Doc, word: str, pos: int) -> str:
    """Full name for a lone surname: the nearest earlier full name, else the first later.

    A full name the text introduces after it has used the surname alone ("Trump
    said ..." then "daughter of the President Ivanka Trump") is someone else: the
    surname alone means the one the text never needed to name in full ("President
    Trump"); except a relative named by a given name after the possessor ("Billy
    Graham's son Franklin"), whom the surname goes on to name.
    """
    near = doc.text[max(0, pos - 24) : pos + len(word) + 24]
    if "younger" in near and _YOUNGER.search(near.replace(word, "\0")):
        # "the younger Mr. Trump": the son the text names with his suffix
        sons = {
            name
            for suffix in W.NAME_SUFFIXES  # lower case, as the surnames' keys
            for _, name in doc.surnames.get(suffix, []) + doc.surnames.get(suffix + ".", [])
            if len(parts := name.split()) > 2 and parts[-2].lower() == word.lower()
        }
        if len(sons) == 1:
            return sons.pop()
    cands = doc.surnames.get(word.lower())
    if not cands:
        return _by_given_name(doc, word, pos)
    low = word.lower()
    suffixed = [c for c in cands if c[1].split()[-1].lower().rstrip(".") in W.NAME_SUFFIXES]
    if suffixed and (
        len(suffixed) < len(cands) or _titled_alone(word).search(doc.text) is not None
    ):
        # "President Trump's eldest son, Donald Trump Jr.": "Trump" alone is the father,
        # a man (the son bears his name)
        cands = [c for c in cands if c not in suffixed]
        if not cands:
            doc.gender.setdefault(word, "m")
            return word
    alone = min(
        (m.start for m in doc.mentions if m.kind == "person" and m.name.lower() == low),
        default=None,
    )
    if alone is not None:
        first: dict[str, int] = {}
        for at, name in cands:
            first.setdefault(name, at)
        cands = [c for c in cands if alone >= first[c[1]] or c[1] in doc.by_given_name]
        if not cands:
            return word
    joined = _AND_KIN.match(doc.text, pos + len(word))
    if joined is not None:
        # "Obama and his wife": not the Michelle Obama named last
        other = "f" if joined[1] == "his" else "m"
        cands = [c for c in cands if doc.gender.get(c[1]) != other] or cands
    earlier = [c for c in cands if c[0] <= pos]
    if (
        len(earlier) > 1
        and _KIN_APPOSITIVE.search(doc.text, max(0, earlier[-1][0] - 60), earlier[-1][0])
        and _sentence_index(doc, earlier[-2][0]) == _sentence_index(doc, earlier[-1][0])
    ):
        # "Franklin Graham, whose father, the Rev. Billy Graham, founded ...": the one the
        # sentence is about, not his kin named in passing
        return earlier[-2][1]
    return earlier[-1][1] if earlier else cands[0][1]


# a relative named in passing after the one a sentence is about: ", whose father, the Rev. "
_KIN_APPOSITIVE = re.compile(
    r",\s+whose\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,3}$"
)


def _by_given_name(doc: _Doc, word: str, pos: int) -> str:
    """The one person named in full before ``pos`` whose given name ``word`` is, as a
    feature goes on to call her ("said Emily Rubinstein, a sophomore ... Emily has given
    a great deal of thought to her safety"); else ``word``."""
    if word not in W.FIRST_NAMES:
        return word
    named = {
        name
        for bearers in doc.surnames.values()
        for at, name in bearers
        if at < pos and name.split()[0] == word
    }
    return named.pop() if len(named) == 1 else word


# a lone surname, then "and his" or "and her": the surname's bearer's sex
_AND_KIN = re.compile(r"\s+and\s+(his|her)\b")


_MORE_GIVEN_NAMES = 2  # words a fuller name may add before a name of two words or more


def _canonical(doc: _Doc, m: _Mention) -> str:
    """Canonical speaker name for a mention (pronouns are resolved by the caller)."""
    if m.kind == "person":
        words = m.name.split()
        if len(words) == 1:
            return _resolve_surname(doc, words[0], m.start)
        # "Van Drew said" after "Rep. Jeff Van Drew" (his surname, not a given name),
        # "Lopez Obrador said" after "President Andrés Manuel López Obrador": the end of
        # a fuller name the text gives, accents or not
        plain = strip_accents(m.name)
        fuller = [
            (at, name)
            for at, name in doc.surnames.get(words[-1].lower(), [])
            + (doc.surnames.get(words[1].lower(), []) if _given_particle(words) else [])
            if strip_accents(name).endswith(f" {plain}")
            # a given name or two more ("Debbie", "Andrés Manuel"), not a headline in
            # capitals ending in the name, nor a name scraped twice, glued
            and len(name.split()) - len(words) <= _MORE_GIVEN_NAMES
            and name.split().count(words[-1]) == 1
        ]
        if fuller:  # the nearest earlier one, else the first later
            earlier = [name for at, name in fuller if at <= m.start]
            return earlier[-1] if earlier else fuller[0][1]
        return m.name
    if m.kind == "org":
        return m.name
    if m.kind == "nominal":
        return _resolve_nominal(doc, m)
    return ""


def _role_words(text: str) -> tuple[list[str], list[str]]:
    """The words of a description up to a qualifying phrase, and the phrase's own words:
    "the ambassador to Moscow" is the ambassador, qualified by "moscow"."""
    words = [_bare(w) for w in _TOKEN.findall(text) if w[0].isalnum()]
    cut = next((n for n, w in enumerate(words) if n and w in _QUALIFIERS), None)
    if cut is None:
        return words, []
    return words[:cut], [w for w in words[cut + 1 :] if w not in _FUNCTION_WORDS]


_QUALIFIERS = frozenset(("of", "to", "in", "from"))
_QUALIFIER_SPLIT = re.compile(rf"\s+(?:{'|'.join(sorted(_QUALIFIERS))})\s+")
# a place's or a body's role: "New Jersey's governor", "Britain's prime minister" (its head)
_OWNED_ROLE = re.compile(
    r"(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})['’]s (?:[a-z]+ )*(?P<role>[a-z]+)"
)


# the word right before a position on its line ("The" of "The White House's")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \t]+$")
# bodies a description by its head noun may stand for ("the 28-nation bloc")
_BODIES_BY_HEAD = {
    "bloc": frozenset(("European Union", "EU", "E.U.", "ASEAN", "Mercosur", "African Union")),
    "alliance": frozenset(("NATO", "North Atlantic Treaty Organization")),
    # "... criticized CNN ..., but the network said"; a name with one of them in it
    "network": frozenset(("CNN", "NBC", "ABC", "CBS", "Fox", "MSNBC", "CNBC", "PBS", "BBC")),
}
# whose words a possessive's spokesman or office gives
_SPEAKS_FOR_OWNER = frozenset(("office", "spokesman", "spokeswoman", "spokesperson"))


def _owner_named(doc: _Doc, owner: str, pos: int) -> str:
    """The person or body a possessive names ("Netanyahu" -> "Benjamin Netanyahu", "the
    White House"), or "" for a word the text never names as either."""
    words = [w for w in owner.split() if w.lower() not in _FUNCTION_WORDS]
    if not words:
        return ""
    if _is_org(words):
        return _clean_name(words)
    if len(words) == 1:
        name = _resolve_surname(doc, words[0], pos)
        known = " " in name or name.lower() in doc.surnames
        return name if known and name not in W.known_places() else ""
    # a full name ("Benjamin Netanyahu's office"), not another body's ("the White House's")
    return _clean_name(words) if _given_name(words[0]) else ""


def _named_later(doc: _Doc, m: _Mention, head: str) -> str:
    """The person the same paragraph names after the description, as "the <head>, <Name>"
    ("Mr. McCabe’s lawyer called those comments ... said the lawyer, Michael R.
    Bromwich."), else ""."""
    end = doc.text.find("\n", m.end)
    later = re.compile(rf"\bthe {re.escape(head)}, ")
    found = later.search(doc.text, m.end, end if end >= 0 else len(doc.text))
    if found is None:
        return ""
    person = next((o for o in doc.mentions if o.start == found.end()), None)
    return person.name if person is not None and person.kind == "person" else ""


_SALIENT_TIMES = 3  # a holder named this many times as often outweighs one in an aside
# a relative clause set off by a comma or a dash, up to the position asked about
_ASIDE_OPENING = re.compile(r"(?:,|\s[-—–])\s+(?:who|which|whom)\b[^,—–]*$")


def _resolve_nominal(doc: _Doc, m: _Mention) -> str:
    """Name behind "the commissioner", "the ministry"; "" for anonymous sources."""
    words, qualified = _role_words(m.text)
    if words and _person_noun(words[-1]) and (named := _named_later(doc, m, words[-1])):
        return named
    owned = _OWNED_ROLE.fullmatch(m.text)
    if owned is not None and owned["role"] in _SPEAKS_FOR_OWNER:
        # "Netanyahu's office said", "Netanyahu's spokesman said": Netanyahu, as "a
        # spokesman for Netanyahu" is (the whole name: "House" of "The White House's")
        at = m.start + owned.start("owner")
        before = _WORD_BEFORE.search(doc.text, max(0, at - 40), at)
        whole = before is None or not before[1][0].isupper() or before[1].lower() in _FUNCTION_WORDS
        return _owner_named(doc, owned["owner"], m.start) if whole else ""
    if owned is not None and owned["role"] in _TITLES:
        # "New Jersey's governor": the governor the text names beside New Jersey (never
        # the owner: "Cohen's lawyer" is no Cohen)
        owner = [_bare(w) for w in _TOKEN.findall(owned["owner"])]
        holders = {
            name
            for pos, role, name in doc.roles
            if role == owned["role"]
            and not set(owner) & {_bare(w) for w in name.split()}
            and all(w in doc.text[slice(*_sentence_of(doc, pos))].lower() for w in owner)
        }
        if len(holders) == 1:
            return holders.pop()
    if len(words) == 2 and words[0] == "the" and words[1] in _ISSUED_PAPERS:
        return _paper_issuer(doc, m, words[1])
    if words and words[0] in {"a", "an"} and len(words) > 1:
        return _named_next(doc, m, words[-1])
    if not words or (words[0] not in {"the", "this"} and len(words) > 1):
        return ""
    head = words[-1]
    if _plural_of_person_noun(head) and not _person_noun(head):
        return ""  # "The daughters are Democrats and said": people, none of them one holder
    if head in _BODIES_BY_HEAD and re.search(rf"\b{head}\b", m.text):
        # "the 28-nation bloc", "the alliance": the nearest such body the text names (not
        # "the event organizer Alliance to Reclaim Our Schools", a name)
        for other in reversed([o for o in doc.mentions if o.start < m.start]):
            name = _canonical(doc, other)
            if other.kind == "org" and _BODIES_BY_HEAD[head] & {name, *name.split()}:
                return name  # "the network": "CBS News" as "CBS"
    if head in _ORG_WORDS:
        # "The Russian embassy in London": the body before its qualifier
        named = _run_before_head(_QUALIFIER_SPLIT.split(m.text, maxsplit=1)[0])
        if named:
            return named  # "the Trump administration": the body the name's holder heads
        # the nearest body before it with that word in its name ("Tufts University ...
        # the university said"), else the one the story names in full later ("the FBI
        # ... the bureau said" before "the Federal Bureau of Investigation")
        earlier = [other for other in doc.mentions if other.start < m.start]
        later = [other for other in doc.mentions if other.start >= m.start]
        for other in [*reversed(earlier), *reversed(later)]:
            if other.kind == "org" and head in {_bare(w) for w in other.name.split()}:
                return other.name
        return ""
    if qualified:
        # "the president of France": the holder of the role named beside the same words
        # ("Moscow ambassador Jon Huntsman"), and only one; never "President Donald Trump"
        holders = {
            name
            for pos, role, name in doc.roles
            if role == head
            and any(w in doc.text[slice(*_sentence_of(doc, pos))].lower() for w in qualified)
        }
        return holders.pop() if len(holders) == 1 else ""
    # "the Senate Democratic leader" is no House leader: a chamber the description names
    # rules out a holder whose title names another
    chambers = set(words) & _CHAMBERS
    # "the former vice president" is no holder the text calls "President" alone, and "the
    # US president" none it introduces as South Korea's
    modifiers = set(words[:-1]) & _ROLE_MODIFIERS
    nation = {w.replace(".", "") for w in words[:-1]} & _NATION_WORDS

    def near(pos: int) -> set[str]:
        # within the role's own sentence: "... at President Donald Trump. The former vice
        # president, who ..." gives Trump no "former vice"
        lo, hi = _sentence_of(doc, pos)
        return {
            w.replace(".", "")
            for w in _TOKEN.findall(doc.text[max(lo, pos - 30) : min(hi, pos + 40)].lower())
        }

    holders = [
        (pos, name)
        for pos, role, name in doc.roles
        if role == head
        and not (chambers and _other_chamber(doc, pos, name, chambers))
        and modifiers | nation <= near(pos)
    ]
    holders = [(pos, name) for pos, name in holders if _holds_as_said(doc, pos, name, words)]
    if not nation:
        # nor one the text introduces as another nation's ("South Korea's president, Moon
        # Jae-in") when it names one that is not so introduced
        plain = [(pos, name) for pos, name in holders if not _nation_before(doc.text, pos, name)]
        holders = plain or holders
    # nor a body's ("CNN President Jeff Zucker") when it names one who is none's
    own = [(pos, name) for pos, name in holders if not _body_s_title(doc.text, pos, name, head)]
    holders = own or holders
    best = ""
    for pos, name in holders:
        if pos <= m.start:
            best = name
    near = max((pos for pos, name in holders if pos <= m.start and name == best), default=-1)
    earlier = {name for pos, name in holders if pos <= m.start}
    if len(earlier) > 1 and near >= 0 and _in_aside(doc, near):
        # "the president" after "Roberts - who was appointed in 2005 by President George W
        # Bush -", an aside in a story whose president is Trump: the one it is about, named
        # far more often
        salient = max(earlier, key=lambda name: _mentions_of(doc, name))
        if _mentions_of(doc, salient) >= _SALIENT_TIMES * _mentions_of(doc, best):
            best = salient
    if not best:
        # a holder named later in the same sentence ('..., said the commissioner, Dana
        # Oduya'); one a later paragraph introduces is someone else
        lo, hi = _sentence_of(doc, m.start)
        for pos, name in holders:
            if lo <= pos < hi:
                return name
    return best


def _body_s_title(text: str, pos: int, name: str, head: str) -> bool:
    """Whether the title written before ``name`` at ``pos`` names a body's ``head``
    ("CNN President Jeff Zucker", "NAACP President Derrick Johnson"): its initials
    before the role, no nation's ("U.S. President")."""
    end = _name_opens(text, pos, name)
    written = [w for w in _TOKEN.findall(text[pos:end]) if w[0].isalnum()]
    title = [_bare(w).rstrip(".") for w in written]
    if end < 0 or head not in title:
        return False
    before = title.index(head)
    return any(
        len(o) > 1 and o.isupper() and w.replace(".", "") not in _NATION_WORDS
        for w, o in zip(title[:before], written[:before], strict=True)
    )


def _holds_as_said(doc: _Doc, pos: int, name: str, words: list[str]) -> bool:
    """Whether the holder named at ``pos`` holds the role a description's ``words`` say:
    "the president" is never the vice president ("Vice President Mike Pence"), nor a
    former one ("former President Barack Obama") unless it says so."""
    return not (_words_before(doc.text, pos, name) & _SECOND_RANKS) - set(words) and (
        "former" in words or not _past_title(doc.text, pos, name)
    )


def _in_aside(doc: _Doc, pos: int) -> bool:
    """Whether ``pos`` is inside a relative clause set off in its sentence ("Roberts - who
    was appointed ... by President George W Bush - was responding")."""
    lo, _ = _sentence_of(doc, pos)
    return _ASIDE_OPENING.search(doc.text, lo, pos) is not None


def _mentions_of(doc: _Doc, name: str) -> int:
    """How often the text writes the surname of ``name`` (its last word)."""
    surname = name.split()[-1]
    return len(re.findall(rf"\b{re.escape(surname)}\b", doc.text))


# papers a speaker issues, which "the statement said" goes on quoting
_ISSUED_PAPERS = frozenset(
    ("statement", "letter", "memo", "release", "email", "e-mail", "editorial", "op-ed", "column")
)
# a sentence that introduces such a paper: "a statement", "its letter", "Huawei's memo"
_INTRODUCED = {
    head: re.compile(
        rf"\b(?:an?|its|his|her|their|[A-Z][\w.'’-]*['’]s?)\s+(?:[a-z-]+\s+)?{head}s?\b"
    )
    for head in _ISSUED_PAPERS
}


# a body's or a person's saying opening a sentence, past a place: "The Chinese Embassy in
# Ottawa said"
_SAYS_AFTER_NAME = re.compile(
    r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?\s+(?:said|says)\b"
)


def _opening_sayer(doc: _Doc, lo: int, hi: int) -> str:
    """The body or person named at the opening of the sentence ``lo:hi`` as the subject of
    "said" (reported speech: "The Chinese Embassy in Ottawa said her human rights were
    violated"), else ""."""
    first = next((x for x in doc.mentions if lo <= x.start < hi), None)
    if (
        first is None
        or first.kind not in {"person", "org"}
        or _is_place(first)
        or doc.text[lo : first.start].strip() not in {"", "The", "the"}
        or not _SAYS_AFTER_NAME.match(doc.text, first.end, hi)
    ):
        return ""
    return _canonical(doc, first)


def _paper_issuer(doc: _Doc, m: _Mention, head: str) -> str:
    """Who issued "the statement" a text quotes, from the nearest sentence that introduces
    such a paper, its own (before it) or one of the five before: the one named last
    before the paper, the subject of a verb that issues it ("President Trump spoke with
    Putin ..., the White House said in a statement"), else the first after it ("In its
    statement, the National Archives said"); "" when that sentence names no issuer, or
    none introduces a paper."""
    introduced = _INTRODUCED[head]
    idx = _sentence_index(doc, m.start)
    for s in range(idx, max(-1, idx - 6), -1):
        lo, hi = doc.sentences[s]
        # its own sentence up to it: 'X put out a statement: "...," the statement read'
        hi = min(hi, m.start)
        paper = introduced.search(doc.text, lo, hi)
        if (
            paper is None
            and s == idx - 1
            and head == "statement"
            and (sayer := _opening_sayer(doc, lo, hi))
        ):
            # "Huawei issued a statement ... The Chinese Embassy in Ottawa said her rights
            # were violated. '"...," the statement said'": the one who said it just before
            # (a letter is written: "The Association said ... The letter asserts" is
            # another's)
            return sayer
        if paper is None:
            continue
        if "joint" in paper.group() or _UNSIGNED_PAPER.search(doc.text, lo, paper.start()):
            return ""  # a joint statement, or "according to a memo obtained by ...": whose?
        named = [
            x
            for x in doc.mentions
            if lo <= x.start < hi
            and x.kind in {"person", "org"}
            and not _is_place(x)
            and not _POSSESSIVE_AFTER.match(doc.text, x.end)  # "Franken's staffers"
        ]
        if paper.group()[0].isupper():
            # the owner: "Huawei's memo", "The White House's letter", "Galli's editorial
            # recalls" (a surname alone, the full name the text gives it)
            word = _POSSESSIVE_AFTER.split(paper.group(), maxsplit=1)[0]
            end = paper.start() + len(word)
            owner = next((x for x in doc.mentions if x.start <= paper.start() < end == x.end), None)
            if owner is not None:
                return _canonical(doc, owner) if owner.kind in {"person", "org"} else ""
            name = _resolve_surname(doc, word, paper.start())
            return name if " " in name else ""
        before = [x for x in named if x.end <= paper.start()]
        if before:
            # the subject of the verb that issues it: "..., the White House said in a
            # statement", "Huawei issued a statement"; not "Obama ... called Bush a
            # "patriot" ... in a statement", nor "The State Department had been sent a letter"
            between = doc.text[before[-1].end : paper.start()]
            if not _ISSUES.fullmatch(between):
                return ""
            issuer = before[-1]
            if (
                len(before) > 1
                and before[-2].kind == "person"
                and _APPOSITIVE_BODY.fullmatch(doc.text, before[-2].end, issuer.start)
            ):
                issuer = before[-2]  # "Kerri Kupec, a White House spokeswoman, issued ..."
            return _canonical(doc, issuer)
        # the issuer right after the paper's phrase: "In its statement, the National
        # Archives said", not "In a statement ..., eight women who were ... staffers"
        comma = doc.text.find(",", paper.end(), hi)
        after = next((x for x in named if x.start >= paper.end()), None)
        if after is None:
            return ""
        if _PAPER_THEN_ISSUER.fullmatch(doc.text, paper.end(), after.start) or (
            0 <= comma < after.start and _ISSUER_AFTER.fullmatch(doc.text, comma, after.start)
        ):
            return _canonical(doc, after)  # "In a statement Scott said", "In its statement, the"
        return ""
    return ""


_UNSIGNED_PAPER = re.compile(r"\baccording to\s+$")
_PAPER_THEN_ISSUER = re.compile(r",?\s+(?:the\s+)?")
_APPOSITIVE_BODY = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}")
# what stands between an issuer and its paper: a verb of saying or of issuing ("said in a
# statement", "insisted in a letter", "issued a statement", "put out a statement")
_ISSUES = re.compile(
    r"\s+(?:(?!been\b)[\w-]+\s+){0,4}(?:"
    + "|".join(
        sorted(
            _CUE_VERBS
            | {"released", "releases", "issued", "issues", "put out", "puts out"}
            | {"published", "publishes", "penned", "pens"}
        )
    )
    + r")(?:\s+[\w-]+){0,3}?\s+(?:in\s+)?"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_ISSUER_AFTER = re.compile(r",\s*(?:(?:the|The)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")


_NAMED_BODY = re.compile(r"^(?i:the|this)\s+((?:[A-Z][\w'’-]+\s+){1,3}[a-z]+)$")


def _run_before_head(text: str) -> str:
    """The body a description names by a capitalised name before its head: "the Trump
    administration" -> "Trump administration", "the Biden campaign", "the Chinese
    government", "the Russian embassy"; "" for "the administration" or "the Senate
    committee"."""
    m = _NAMED_BODY.match(text.strip())
    if m is None:
        return ""
    return m[1] if m[1].split()[-1] in _NAMED_BODY_HEADS else ""


# bodies a name before them says whose they are; not "the Senate committee" or "the UK
# agency", which refer back to one named before
_NAMED_BODY_HEADS = frozenset(
    ("administration", "campaign", "government", "team", "organization", "organisation", "embassy")
)


def _named_next(doc: _Doc, m: _Mention, head: str) -> str:
    """The name the next sentence gives an unnamed source as it opens ('... a Pence
    spokesman said "nothing was offered."' / 'The spokesman, Marc Lotter, added, ...'),
    else "" (an anonymous source stays one)."""
    idx = _sentence_index(doc, m.start)
    if idx + 1 >= len(doc.sentences):
        return ""
    lo, hi = doc.sentences[idx + 1]
    opening = re.match(rf"\s*The {re.escape(head)}, ", doc.text[lo:hi])
    if opening is None:
        return ""
    at = lo + opening.end()
    return next((name for pos, role, name in doc.roles if role == head and pos == at), "")


_CHAMBERS = frozenset(("senate", "house", "assembly", "parliament", "congress", "council"))
_ROLE_MODIFIERS = frozenset(("vice", "deputy", "assistant", "former", "acting"))
_CREEDS_AND_PEOPLES = frozenset(
    ("Arab", "Asian", "Catholic", "Christian", "Hispanic", "Jewish", "Latino", "Muslim")
)
_NATION_WORDS = frozenset(
    d.lower()
    for d in W.DEMONYMS - W.PARTY_WORDS - _CREEDS_AND_PEOPLES
    if not d.endswith("ern")  # "Western"
) | {
    "us",
    "uk",
    "america",
    "britain",
}


_SECOND_RANKS = frozenset(("vice", "deputy", "assistant"))
# the country of most of the press read here: "U.S. District Judge" and "US President"
# are as much "the judge" and "the president" as titles without the country
_HOME_COUNTRY = W.HOME_COUNTRY
_HOME_NATION = frozenset(w.lower().replace(".", "") for w in W.COUNTRY_ALIASES[0])


def _name_opens(text: str, pos: int, name: str) -> int:
    """Where ``name`` opens after the role recorded for it at ``pos``, or -1."""
    return text.find(name.split()[0], pos, pos + 80)


def _title_span(text: str, pos: int, name: str) -> tuple[int, int]:
    """Where the title of a role recorded at ``pos`` for ``name`` may stand: the few words
    before the mention and its own words before the name ("Vice President Mike Pence",
    "South Korea's president, Moon Jae-in")."""
    end = _name_opens(text, pos, name)
    return max(0, pos - 30), end if end >= 0 else pos


# a title that was: "former President", "ex-Gov.", "the late Sen."
_PAST_TITLE = re.compile(r"\b(?i:former|ex|late|onetime)[\s-]+(?:[A-Z][\w.]*\s+){1,3}$")


def _past_title(text: str, pos: int, name: str) -> bool:
    """Whether the title of a role recorded at ``pos`` for ``name`` is a past one."""
    lo, hi = _title_span(text, pos, name)
    return _PAST_TITLE.search(text, lo, hi) is not None


def _words_before(text: str, pos: int, name: str) -> set[str]:
    """The lower-cased words of the title a role recorded at ``pos`` opens with."""
    return {w.lower() for w in _WORD.findall(text, *_title_span(text, pos, name))}


def _nation_before(text: str, pos: int, name: str) -> bool:
    """Whether a nation or a country's name stands in the title of a role recorded at
    ``pos`` for ``name`` ("South Korean President Moon", "South Korea's president, Moon",
    "US President Trump")."""
    lo, hi = _title_span(text, pos, name)
    words = [re.sub(r"['’]s$", "", w.replace(".", "")) for w in _TOKEN.findall(text[lo:hi])]
    if any(w.lower() in _NATION_WORDS - _HOME_NATION for w in words):
        return True
    # a country's name opens a run of capitalised words ("South Korea's president"; not
    # the "Jersey" of "New Jersey Gov.")
    countries = W.country_names() - _HOME_COUNTRY
    return any(
        " ".join(words[k : k + n]) in countries
        for k in range(len(words))
        if words[k][:1].isupper() and not (k and words[k - 1][:1].isupper())
        for n in (1, 2, 3)
    )


def _other_chamber(doc: _Doc, pos: int, name: str, chambers: set[str]) -> bool:
    """Whether the title that opens at ``pos`` before ``name`` ("House Democratic Leader
    Nancy Pelosi") names a chamber, none of ``chambers``."""
    end = _name_opens(doc.text, pos, name)
    titled = (
        {w.lower() for w in _WORD.findall(doc.text, pos, end)} & _CHAMBERS if end > 0 else set()
    )
    return bool(titled) and not titled & chambers


# reporting verbs that are far more often plural nouns ("help states reopen", "drop charges
# against"): verbs only after a name, a pronoun or a document ("the letter states", "Iran
# states", "the indictment charges")
_NOUNS_FIRST = frozenset(("states", "charges"))
_NOT_SUBJECTS = frozenset(("Gulf", "Arab", "Baltic", "Balkan", "Member", "Nordic", "Pacific"))
# subjects a verb "states" follows ("it states", "which states"); not _quote_words'
# _SUBJECT_PRONOUNS, the pronouns that open a clause said
_VERB_SUBJECTS = frozenset(("it", "he", "she", "which", "who", "that"))
# texts whose words a story quotes besides the documents a source issues (_DOCUMENT_NOUNS)
_TEXT_NOUNS = _words("""
    synopsis contract ordinance bill law proposal checklist analysis guidance affidavit
    constitution amendment section clause provision agreement treaty brief motion rule
    regulation policy summary transcript draft text language guideline guidelines manual
    code statute charter platform plan legislation measure warrant subpoena verdict
    judgment memorandum
    """)


def _is_cue(tok: _Tok, prev: _Tok | None = None) -> bool:
    """A reporting verb: lower case, and not a noun after a determiner ("his remarks")."""
    if tok.low not in _CUE_VERBS or not tok.text.islower():
        return False
    if tok.low in _INFINITIVE_CUES:
        # "prompting Ms. Feinstein to retort, "..."", never "a snappy retort: "...""
        return prev is not None and prev.low == "to"
    if prev is None:
        return True
    if tok.low in _CUE_NOUNS and prev.text.islower() and prev.low.endswith("ing"):
        return False  # 'the "ridiculous" hacking reports', "his closing remarks": a noun
    if tok.low in _NOUNS_FIRST and not (
        (prev.text[:1].isupper() and prev.text not in _NOT_SUBJECTS)
        or prev.low in _VERB_SUBJECTS
        or prev.low in _DOCUMENT_NOUNS
        or prev.low in _TEXT_NOUNS
        or prev.text in (",", ")")  # "The guidance, drafted in 2000 ..., states:"
    ):
        return False
    if prev.low == "another" and tok.low in _PAST_CUES:
        return True  # "while another said he is ...": a second source, no noun after it
    return (
        prev.low not in _DETERMINERS
        and _bare(prev.text) == prev.low.rstrip("’'")
        # an adjective before a noun ("extensive claims"); not a noun of one who speaks
        # ("the Republican political operative said")
        and not (prev.text.islower() and prev.low.endswith("ive") and prev.low not in _PERSON_NOUNS)
    )


# reporting verbs only as infinitives: as nouns they are a determiner's ("a snappy retort")
_INFINITIVE_CUES = frozenset(("retort", "reply"))


# ---------------------------------------------------------------------------
# sentences, subjects and pronouns


def _sentence_of(doc: _Doc, pos: int) -> tuple[int, int]:
    lo, hi = 0, len(doc.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.sentences[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(doc.sentences):
        return doc.sentences[lo]
    return (pos, pos)


def _sentence_index(doc: _Doc, pos: int) -> int:
    for idx, (lo, hi) in enumerate(doc.sentences):
        if lo <= pos < hi:
            return idx
        if lo > pos:
            return idx
    return len(doc.sentences) - 1


def _person_noun(head: str) -> bool:
    """A noun for a person: a title or role, a gendered noun, "blogger", "pro"."""
    return (
        head in _TITLES
        or head in _FEMALE_NOUNS
        or head in _MALE_NOUNS
        or head in _PERSON_NOUNS
        or head.endswith(_ROLE_SUFFIXES)
    )


def _gender_of(doc: _Doc, name: str, mention: _Mention | None, *, census: bool = True) -> str:
    """ "m", "f" or "": a known first name, then what the text said (Ms, she).

    Then (unless ``census`` is false) the long list of given names the Census counts
    for one sex (:func:`storydiff._entity_words.gendered_first_names`), after what the
    text said ("Hilary Shelton" is a man there), and for a full name only: a name of
    one word may be a surname ("Young").
    """
    # a name of one word with no full name in the text ("Keith said") is often a first name
    first_name = name.split()[0].lower()
    if first_name in _FEMALE_FIRST:
        return "f"
    if first_name in _MALE_FIRST:
        return "m"
    if " " not in name and name not in doc.gender and (said := _said_of_self(doc.text, name)):
        doc.gender[name] = said
    if name in doc.gender:
        return doc.gender[name]
    if census and " " in name and (sex := W.gendered_first_names().get(first_name)):
        return sex  # "Gretchen Whitmer": a given name the Census counts for one sex
    if mention is not None:
        first = _bare(mention.text.split()[0]).rstrip(".")
        if first in _FEMALE_NOUNS:
            return "f"
        if first in _MALE_NOUNS:
            return "m"
    return ""


def _said_of_self(text: str, name: str) -> str:
    """The gender a name of one word reports itself in: "Hill said she had known ..." is
    a woman, "Hill said he ..." a man; "" when the text writes neither, or both (not an
    account's handle: "@WalshFreedom says he will back ...")."""
    found = set(re.findall(rf"(?<!@)\b{re.escape(name)}{_SAID_OF_SELF}", text))
    return {frozenset({"she"}): "f", frozenset({"he"}): "m"}.get(frozenset(found), "")


_SAID_OF_SELF = r"\s+(?:said|says|told\s+\w+|added|testified|wrote)\s+(?:that\s+)?(she|he)\b"


# a verb and a possessive after a name: "Trump defined his policy", "Lee made her case"
_VERB_AND_POSSESSIVE = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s+(his|her)\s+([a-z]+)")


def _his_or_hers(text: str, m: _Mention) -> str:
    """The gender a possessive right after a name's verb gives it: "m", "f" or "".

    "her" must be followed by its noun: "Trump told her that ..." names a woman
    he told, not Trump.
    """
    found = _VERB_AND_POSSESSIVE.match(text, m.end, m.end + 60)
    if found is None or found.group(2) in _FUNCTION_WORDS or found.group(2) in _DETERMINERS:
        return ""
    return "m" if found.group(1) == "his" else "f"


_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_LISTED_PEOPLE = _TITLES | _FEMALE_NOUNS | _MALE_NOUNS | _PERSON_NOUNS


def _plural_people_at(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the first plural noun for people ("senators", "officials") in ``text[lo:hi]``
    that may be a clause's subject: not right after a preposition ("speaking to reporters",
    "as protesters gathered")."""
    prev = before = ""
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        if (
            word.islower()
            and _plural_of_person_noun(word)
            # "a group of demonstrators confronted ...": the group's people
            and (prev.lower() not in _PREPOSITIONS or (prev == "of" and before in _COLLECTIVES))
        ):
            return m.start(), m.end()
        prev, before = word, prev
    return None


_COLLECTIVES = frozenset(("group", "crowd", "band", "handful", "bunch", "couple", "dozens"))


def _plural_of_person_noun(word: str) -> bool:
    """ "senators", "officials", "witnesses", "spokespeople": a listed person noun's plural."""
    if word.endswith("people"):
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return word[:-1] in _LISTED_PEOPLE or (word.endswith("es") and word[:-2] in _LISTED_PEOPLE)


def _unnamed_group(doc: _Doc, cands: list[_Mention], lo: int, hi: int) -> str | None:
    """ "They" after an unnamed group of people in this sentence: "" (no name), the
    organisation the group belongs to ("members of the GOP caucus" -> GOP), or ``None``
    when an organisation is named first ("the WHO ... its experts")."""
    found = _plural_people_at(doc.text, lo, hi)
    if found is None:
        return None
    start, end = found
    first_org = next((m.start for m in cands if m.kind == "org"), None)
    if first_org is not None and first_org < start:
        return None
    for m in cands:
        if m.kind == "org" and _MEMBERS_OF.fullmatch(doc.text, end, m.start):
            return _canonical(doc, m)
    return ""


_SAYS = re.compile(r"\s+([a-z]+)(?:\s+([\w’']+)){0,3}[.!?](?:\s|$)")


def _named_pair(doc: _Doc, cands: list[_Mention]) -> str | None:
    """Two people named together, "they" of the next quote: "write Susan Hennessey and
    Benjamin Wittes on the Lawfare blog" -> "Susan Hennessey and Benjamin Wittes", "Fred
    and Cindy Warmbier said" -> "Fred and Cindy Warmbier"."""
    people = [m for m in cands if m.kind == "person"]
    for a, b in itertools.pairwise(people):
        if re.fullmatch(r",? and ", doc.text[a.end : b.start]):
            first, second = _canonical(doc, a), _canonical(doc, b)
            if " " in first and " " in second:
                return f"{first} and {second}"
            pair = second.split()
            if (
                len(pair) == 2
                and not _is_org(pair)
                and a.text == first
                and _given_name(first)
                and first not in W.known_places()
            ):
                # "Bill and Hillary Clinton": two given names and the surname they share
                return f"{first} and {second}"
    return None


def _says(text: str, m: _Mention) -> bool:
    """Whether the mention closes its sentence as the one who spoke ("..., Kelly said.")."""
    verb = _SAYS.match(text, m.end)
    if verb is None or verb.group(1) not in _CUE_VERBS:
        return False
    if verb.group(2) in W.TITLE_ABBREVIATIONS:
        return False  # "noted that Mr. Sessions": a title's full stop ends no sentence
    # from the clause's start to the name, titles and descriptions ("former senator") only:
    # not the object of a verb ("rejected what Hart said.")
    lo = max(0, m.start - 80)
    clause = re.split(r"[,;:.!?\n]", text[lo : m.start])[-1]
    return not re.search(r"\b(?:what|that|which|who|whom|how|why|whether|if)\b", clause) and (
        not re.search(r"\b[a-z]+(?:ed|s)\b\s+(?:[A-Z]|the\b)", clause)
    )


# a second speaker set against the first in one sentence: "Jones said ..., while Manchin
# said he hasn't yet made one." (the next '"...," he said' is Manchin's)
# ("..., though Jordan’s Foreign Minister Ayman Safadi wrote on Twitter that ...": a
# possessive owner of the title before the name)
_CONTRAST_BEFORE = re.compile(
    r",\s*(?:while|but|whereas|though|although)\s+(?:[A-Z][\w.-]*['’]s?\s+)?$"
)
_SPEECH_AFTER = re.compile(
    r"\s+(?:said|says|told|added|argued|insisted|wrote|writes|tweeted|warned|countered)\b"
)


def _contrasted_speaker(text: str, m: _Mention) -> bool:
    """Whether the mention opens a clause set against another with "while" or "but", and
    speaks in it."""
    return bool(
        _CONTRAST_BEFORE.search(text, max(0, m.start - 30), m.start)
        and _SPEECH_AFTER.match(text, m.end)
    )


_GOVERNED = re.compile(
    r"\b(?:on|to|with|for|at|by|from|against|about|than|into|toward|towards|over|under"
    r"|between|among|of|like|behind|beside|after|before|without)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a name that identifies someone else: "identified by police as", "named as", "known as"
_NAMED_AS = re.compile(
    r"\b(?:identified|named|described|known|listed|revealed|confirmed)"
    r"(?:\s+[\w'’]+){0,3}\s+as\s+$"
)


# a name's reporting verb, closing the sentence or opening what was said: "..., Trump
# asserted.", "Trump groused, "..."", "Trump said that ...", "Trump, for his part, said he
# was too busy" (a short aside between them, a pronoun opening the clause said)
# ("Marsh told her that ...": "her" may be the one who speaks next, so not through a pronoun)
_SPEAKS = re.compile(
    r"(?:,\s+[a-z][^,.;:!?\"“”\n]{1,24},)?"
    r"\s+([a-z]+)(?:\s+(?!(?:her|him|them|me|us)\b)[\w’']+){0,3}?"
    r"(?:[.!?,:](?:\s|$)|\s+that\b|(?<=[a-z])\s+(?:he|she|they|we|I)\s+[a-z])"
)


def _speaks(text: str, m: _Mention) -> bool:
    """Whether a reporting verb follows the name ``m`` as its subject's: see :data:`_SPEAKS`;
    or the name opens a sentence whose clause goes on with a participle of saying ("Trump
    is already signaling confrontation, saying at his news conference that ...")."""
    verb = _SPEAKS.match(text, m.end)
    if verb is not None and verb.group(1) in _CUE_VERBS:
        return True
    return (
        _opens_sentence(text, m)
        and m.name not in W.KNOWN_BODIES  # "Twitter escalated ..., adding": no one's name
        and _SAYING_LATER.match(text, m.end) is not None
    )


def _opens_sentence(text: str, m: _Mention) -> bool:
    """Whether the mention opens its sentence (or a quote's words end just before it)."""
    before = text[max(0, m.start - 3) : m.start].rstrip()
    return not before or before[-1] in '.!?\n"”'


def _speaks_loosely(text: str, m: _Mention) -> bool:
    """Whether the name opens its sentence with a reporting verb right after it, whatever
    follows: "Trump suggested the Times holds a grudge", "Trump has repeatedly said the
    drug ..." (not a people's plural: "Toxicologists confirmed ...")."""
    verb = _CUE_AFTER_NAME.match(text, m.end)
    if verb is None or verb.group(1) not in _PAST_CUES or not _opens_sentence(text, m):
        return False
    low = m.name.lower()
    return m.name not in W.KNOWN_BODIES and not (
        low.endswith(("ists", "ians")) or _plural_of_person_noun(low)
    )


# a verb right after a name, maybe after an auxiliary and adverbs: "Trump has repeatedly said"
_CUE_AFTER_NAME = re.compile(
    r"(?:[ \t]+(?:has|had|also|then|later|again|repeatedly|previously|earlier|often|publicly))*"
    r"[ \t]+([a-z]+)\b"
)


# a clause that goes on with a participle of saying, its subject's
_SAYING_LATER = re.compile(
    # its verb right after it ("Trump is already signaling", "Twitter escalated"), not a
    # noun the name qualifies ("Democratic front-runner Hillary Clinton")
    r"\s+(?:is|was|has|had|also|already|then|later|[a-z]+ed|[a-z]+s)\b[^.!?;:\n\"“”,]{0,80},\s+"
    r"(?:saying|adding|telling|writing|arguing|insisting|noting|warning|tweeting)\b"
)


def _lone_speakers(doc: _Doc, *, loosely: bool = False) -> set[str]:
    """Names of one word the text makes speak: "..., Trump asserted." names a person.

    A text may never give the full name of someone everyone knows ("Trump"),
    and a lone capitalised word is otherwise no person a pronoun can refer to.
    A word of a longer name the text gives ("Harris" of "Harry B. Harris Jr.",
    "Shen" of "Shen Xincheng") is left out: the full name is the person.
    ``loosely`` adds the names :func:`_speaks_loosely` finds, for a pronoun no one
    else can be.
    """
    if doc.lone_speakers is None:
        names = [_canonical(doc, m) for m in doc.mentions if m.kind == "person"]
        in_names = {word for name in names if " " in name for word in name.split()}
        doc.lone_speakers, doc.loose_speakers = set(), set()
        for m, name in zip((m for m in doc.mentions if m.kind == "person"), names, strict=True):
            if (
                not name
                or " " in name
                or name in in_names
                or name in W.known_places()  # "The migrant worker from Guatemala says he"
                or doc.text[m.start - 1 : m.start] == "@"  # "@WalshFreedom says he"
            ):
                continue
            if _speaks(doc.text, m):
                doc.lone_speakers.add(name)
            elif _speaks_loosely(doc.text, m):
                doc.loose_speakers.add(name)
    return doc.lone_speakers | doc.loose_speakers if loosely else doc.lone_speakers


def _is_place(m: _Mention) -> bool:
    """An organisation-like mention that is a place ("New Bern"), not an organisation
    ("New York Police Department")."""
    words = m.name.split()
    return m.name in W.known_places() or (not _is_org(words) and _names_no_person(words))


def _governed(text: str, m: _Mention) -> int:
    """Whether a preposition governs the mention: an object, not the one who acts.

    0: none does; 1: one that names a source or an example of one ("criticism from
    Republicans like Ed Royce", "a statement by Kavanaugh"), which a pronoun after it
    refers to sooner than 2: any other ("his appearance with Putin").
    """
    if _NAMED_AS.search(text, max(0, m.start - 48), m.start):
        return 2  # "the gunman, identified by police as Stephen Paddock, ...": the gunman
    found = _GOVERNED.search(text, max(0, m.start - 16), m.start)
    # a sentence opening "For Ivo Marsh, ..." or "To Ivo Marsh, ..." is about Marsh
    if found is None or found.group().startswith(("For ", "To ")):
        return 0
    return 1 if found.group().split()[0].lower() in _SOURCE_PREPOSITIONS else 2


_SOURCE_PREPOSITIONS = frozenset(("by", "from", "like"))


# prepositions whose object is not the one who acts in the same sentence; "after" and
# "before" often open a clause ("After Cardin rejected it, he called ..."), "by" names an
# agent ("a point made by McConnell, which he called ...") and "from" an author ("a
# statement from Kavanaugh in which he called ...")
_OBJECT_OF = re.compile(
    r"\b(?i:on|to|with|for|at|against|about|than|into|toward|towards|over|under|between"
    r"|among|of|like|behind|beside|without)\s+(?i:the\s+)?"
    # an owner between them: "Speaking to CNN's Larry King, he said"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+)?$",
)


def _object_of(text: str, m: _Mention) -> bool:
    """Whether the mention is a preposition's object that a pronoun later in its own
    sentence does not refer to ("Of Obama, he said", "his feud with Megyn Kelly, in
    which he said")."""
    return _OBJECT_OF.search(text, max(0, m.start - 40), m.start) is not None


def _resolve_pronoun(doc: _Doc, pron: _Mention, quote_lo: int, *, loosely: bool = False) -> str:
    """Nearest earlier person (he/she) or group (they/it), subjects first; failing any, a
    name alone that opens one of the two sentences before to report something ("Trump
    suggested the Times holds a grudge. '"...," he continued'), which ``loosely`` lets in."""
    want = _PRONOUNS[pron.name]
    limit = min(pron.start, quote_lo)
    idx = _sentence_index(doc, limit)
    # a speaker right before whom only the Census counts for the other sex ("Evan Greer
    # ... she added"): the pronoun's, if no one of its sex is named before
    census_only = ""
    said_by_pronoun = False  # a sentence passed over reports the pronoun's own words
    # the sentence holding the pronoun, then the ones before it
    for s in range(idx, max(-1, idx - 8), -1):
        lo, hi = doc.sentences[s]
        hi = min(hi, limit)
        cands = [m for m in doc.mentions if lo <= m.start < hi]
        if want == "p":
            # "... Republican senators urged Akin ... they said": an unnamed group
            group = _unnamed_group(doc, cands, lo, hi)
            if group is None:
                group = _named_pair(doc, cands)
            if group is not None:
                return group
        if s < idx and want in {"m", "f"}:
            # "The former president did not directly criticize Donald Trump, but ...":
            # a description opening the sentence before is its subject, the holder of the
            # role the text named ("Former President Barack Obama"), whoever else it names
            holder = (
                _opening_holder(doc, lo)
                or _opening_referent(doc, lo, hi)
                or _closing_describer(doc, lo, hi)
                or _opening_role_holder(doc, lo, hi)
            )
            if holder and _gender_of(doc, holder, None) in {want, ""}:
                return holder
        if want in {"m", "f"} and (source := _according_to_own(doc, lo, hi, want)):
            # "According to Swetnick's signed declaration, she is ... She says": the one
            # whose paper the sentence follows is its "she"
            return source
        if s < idx and want in {"m", "f"} and _opens_with(doc.text, lo, hi, want, doc):
            # "He cited his meeting with Kim Jong Un." / '"...," he said': the earlier
            # sentence's "he" is ours, and the others it names are not
            cands = [m for m in cands if _says(doc.text, m)]
        principal = _spoken_for(doc, cands, lo) if s < idx and want in {"m", "f"} else None
        if principal is not None:
            # "But a spokeswoman for Cummings said ... '"...," she said'": the one she
            # speaks for, as "a spokesman for Cummings said" is his
            return principal
        if (
            want in {"m", "f"}
            and not said_by_pronoun
            and not any(
                m.kind == "person"
                and (" " in _canonical(doc, m) or _canonical(doc, m).lower() in doc.surnames)
                and not _IN_A_PLACE.search(doc.text, max(0, m.start - 20), m.start)
                for m in cands
            )
            and (_opens_with_someone(doc.text, lo, hi) or _someone_in(doc.text, lo, hi, want))
        ):
            # "A senior Taliban commander in Helmand who declined to be named said ...
            # '"...," he told Reuters': he is that commander, whom the text does not name
            # (not past a sentence the pronoun already reported: "Nuzzo pointed out ...
            # and a person with a serious illness requires ... . Thus ..., she said.")
            return ""
        if (
            s < idx
            and want in {"m", "f"}
            and _SAID_BY[want].search(doc.text, lo, hi)
            and not _QUOTED.search(doc.text, lo, hi)
        ):
            said_by_pronoun = True  # reported speech, no quote of its own
        # "The indictment does not require ... The relationship, it said, was ...":
        # "it" is the document an earlier sentence opens with, which has no name
        head = _DOCUMENT_SUBJECT.match(doc.text, lo, hi) if want == "n" and s < idx else None
        if head is not None and head.group(1) in _DOCUMENT_NOUNS:
            return ""
        # the one who said something first: "..., Kelly said." then '"...," he added';
        # then a name no preposition governs ("tough on Putin, Trump blamed ...": Trump)
        # and the main clause's subject before one in a clause opening the sentence ("When
        # interviewer Ainsley Earhardt noted ..., Mr. Trump replied")
        opening = _opening_clause_end(doc.text, lo, hi)
        if not any(c.start > opening for c in cands):
            opening = lo  # no one named after the clause: its names stand as they are
        cands.sort(
            key=lambda m: (
                not _says(doc.text, m),
                not _contrasted_speaker(doc.text, m),
                m.end <= opening,
                _governed(doc.text, m),
            )
        )
        for m in cands:
            if want in {"m", "f", "x"}:
                if m.kind != "person" or (s == idx and _object_of(doc.text, m)):
                    continue  # "Of Obama, he said": the pronoun's own sentence is about Obama
                name = _canonical(doc, m)
                if _PLURAL_INITIALS.fullmatch(name) or _peoples(name):
                    # "SEALs", "CEOs", "African Americans", "Republicans": many people,
                    # never "he" or "she"
                    continue
                if name in W.known_places():
                    continue  # "the Carolinas and Virginia": no one the text names so
                if _modifies_a_person(doc.text, m):
                    continue  # "The former Trump lawyer said ...": the lawyer, not Trump
                g = _gender_of(doc, name, m) or _his_or_hers(doc.text, m)
                if (
                    len(name.split()) < 2
                    and name.lower() not in doc.surnames
                    and not g
                    and name not in _lone_speakers(doc, loosely=loosely and s >= idx - 2)
                    and not _titled_lone_name(doc.text, m, name)
                ):
                    # a lone capitalised word: a person only if named as one elsewhere, or
                    # titled ("President Trump on Wednesday tweeted ... He said")
                    continue
                subject = _passed_over(doc, m, name, want) if want in {"m", "f"} else ""
                if subject:
                    return subject
                if want in {"m", "f"} and g and g != want:
                    if (
                        not census_only
                        and s >= idx - 1
                        and (
                            _says(doc.text, m)
                            or _INVERTED_CUE.search(doc.text, max(0, m.start - 16), m.start)
                        )
                        and not _gender_of(doc, name, m, census=False)
                        and not _his_or_hers(doc.text, m)
                    ):
                        census_only = name
                    continue
                if (
                    want in {"m", "f"}
                    and not g
                    and _IN_A_PLACE.search(doc.text, max(0, m.start - 20), m.start)
                ):
                    continue  # "after the shooting in Las Vegas": a place, whatever its words
                if want in {"m", "f"}:
                    doc.gender.setdefault(name, want)
                return name
            if m.kind == "org" and not (want == "p" and _is_place(m)):
                return _canonical(doc, m)  # a place may be "it", never "they" or "we"
            if want == "n" and m.kind == "person" and _owns_an_it(doc, m):
                return _canonical(doc, m)
        if s == idx and want in {"m", "f"}:
            owner = _opening_possessor(doc, lo, hi)
            if owner is not None and not _POSSESSIVE_NAME.search(doc.text, owner.end, limit):
                # no one else's between ("Trump's decision ... George W Bush's speech, in
                # which he described")
                name = _canonical(doc, owner)
                if name and _gender_of(doc, name, owner) == want:
                    return name
    if not census_only and not loosely and want in {"m", "f"} and doc.loose_speakers:
        return _resolve_pronoun(doc, pron, quote_lo, loosely=True)
    return census_only


def _peoples(name: str) -> bool:
    """Whether a name is a people's or a party's in the plural: "African Americans",
    "Republicans", "Tories"."""
    last = name.split()[-1]
    return (last in W.PARTY_WORDS and last.endswith("s")) or (
        last.endswith("s") and last[:-1] in W.DEMONYMS
    )


def _passed_over(doc: _Doc, m: _Mention, name: str, want: str) -> str:
    """The person of the pronoun's sex named before ``m`` (no preposition's object) when
    ``m`` is only an example given in passing, named once or not known to be of that
    sex: "Sen. Dianne Feinstein clashed Friday with ... championed by progressives such
    as Rep. Alexandria Ocasio-Cortez of New York. '"...," she says'" is Feinstein; else
    ""."""
    if _EXAMPLE_BEFORE.search(doc.text, max(0, m.start - 60), m.start) is None or (
        _mentions_of(doc, name) > 1 and _gender_of(doc, name, m) == want
    ):
        return ""
    lo = doc.sentences[max(0, _sentence_index(doc, m.start) - _PASSING_REACH)][0]
    for other in reversed(doc.mentions):
        if not lo <= other.start < m.start or other.kind != "person":
            continue
        other_name = _canonical(doc, other)
        if (
            " " in other_name
            and not _governed(doc.text, other)
            and _gender_of(doc, other_name, other) == want
        ):
            return other_name
    return ""


_PASSING_REACH = 3  # sentences before a passing name where the story's subject is sought
# an example's words before a name, past its title on the same line, in a group a
# preposition governs: "championed by progressives such as Rep."; not "Some defenders of
# globalization, like Gary Clyde Hufbauer, ... acknowledge" nor "favorites like Jon
# Stone.\n\nTomas Brell" (another sentence's name)
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:by|of|from|with|to|for|against|among)\s+(?:[a-z-]+\s+){1,3}"
    r"(?:such\s+as|including|like)\s+(?:[A-Z][\w.]*[ \t]+){0,2}$"
)


# a sentence that opens with a person's paper as its source, then "he" or "she": "According
# to Swetnick's signed declaration, she is ..."
_ACCORDING_TO_OWN = {
    want: re.compile(
        r"\s*According to (?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)['’]s\s"
        rf"[^,.;:!?\"“”]{{1,60}},\s+{word}\b"
    )
    for want, word in (("m", "he"), ("f", "she"))
}


def _according_to_own(doc: _Doc, lo: int, hi: int, want: str) -> str:
    """Who "he" or "she" is in a sentence that opens by citing that person's paper, of
    the wanted sex or of none known ("According to Swetnick's signed declaration, she is
    a graduate of ..."), else ""."""
    opening = _ACCORDING_TO_OWN[want].match(doc.text, lo, hi)
    if opening is None:
        return ""
    name = opening["name"]
    if " " not in name:
        name = _resolve_surname(doc, name, opening.start("name"))
    return name if _gender_of(doc, name, None) in {want, ""} else ""


def _opening_possessor(doc: _Doc, lo: int, hi: int) -> _Mention | None:
    """The person whose thing opens the sentence, no person itself: "Mr Trump's latest
    Twitter tirade comes a day after he told Fox News" (not "Trump's lawyer said he")."""
    toks = _tokens(doc.text, lo, min(hi, lo + 160))
    i = 0
    while i < min(2, len(toks)) and _bare(toks[i].text) in _TITLES:
        i += 1  # "Mr", "President"
    if i >= len(toks) or not _is_name_tok(toks[i]):
        return None
    q = _name_run(toks, i)
    if q >= len(toks) or _bare(toks[q - 1].text) == toks[q - 1].low.rstrip("’'"):
        return None  # no possessive ending the name
    r = q
    while r < len(toks) and r - q < 4 and toks[r].text.isalpha() and not _is_cue(toks[r]):
        if _person_noun(toks[r].low) or toks[r].low in _KIN or toks[r].low in _GROUP_NOUNS:
            return None
        r += 1
    owner = _make_mention(doc.text, toks, i, q)
    if owner is None or owner.kind != "person" or owner.start != toks[i].start:
        return None  # "Addressing Vice President Mike Pence's supposed hostility, he said"
    return owner


_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w.-]*['’]s\b")


_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")
# a verb of saying right before a name: '"...," said Evan Greer'
_INVERTED_CUE = re.compile(r"[,”\"]\s+(?:said|says|added|adds|wrote|writes|told)\s+$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _modifies_a_person(text: str, m: _Mention) -> bool:
    """Whether the name stands before a noun for a person it qualifies ("the former Trump
    lawyer", "a Clinton aide", "Sanders supporters"): someone else, not its bearer."""
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in W.FAMILY_NOUNS:
        return True  # "the Bush family": his kin, not the man
    if _MODIFIER_LEAD.search(text, max(0, m.start - 12), m.start) and not word.endswith("ed"):
        # "more Mueller questions": a name qualifying a thing
        return True
    return any(_bearer_noun(w) for w in (word, word[:-1] if word.endswith("s") else ""))


# words before a name that make it qualify the noun after it: "answering more Mueller
# questions", "any Mueller report" (not "said Mueller", "that Mueller")
_MODIFIER_LEAD = re.compile(r"\b(?:more|any|every|several|many|fewer|few)\s+$")


def _bearer_noun(word: str) -> bool:
    """A noun for a person that a name may qualify ("lawyer", "aide", "wife"); not a title,
    whose words also qualify ("first", "prime", "state")."""
    return (
        word in _PERSON_NOUNS
        or word in _FEMALE_NOUNS
        or word in _MALE_NOUNS
        or word.endswith(_ROLE_SUFFIXES)
    )


_OPENING_DESCRIPTION = re.compile(r"\s*(The(?: [a-z-]+){1,3})\b")


def _opening_holder(doc: _Doc, lo: int) -> str:
    """The named holder of the role a description opening a sentence names ("The former
    president did not ..." after "Former President Barack Obama"), or ""."""
    found = _OPENING_DESCRIPTION.match(doc.text, lo)
    if found is None:
        return ""
    words = found.group(1).split()[1:]
    head = next((k for k, w in enumerate(words) if _person_noun(w)), -1)
    while 0 <= head < len(words) - 1 and _person_noun(words[head + 1]):
        head += 1  # "former president": the role's last word
    after = words[head + 1] if 0 <= head < len(words) - 1 else ""
    if head < 0 or words[head].endswith("s") or after in _QUALIFIERS:
        return ""  # no role, several people, or one qualified ("the president of France")
    if not set(words[:head]) & _ROLE_MODIFIERS:
        # only a role set apart by a word the holder was named with ("the former
        # president"): "the president" is whoever holds it at that point of the story
        return ""
    text = " ".join(["The", *words[: head + 1]])
    start = found.start(1)
    return _resolve_nominal(doc, _Mention(start, start + len(text), text, "nominal", words[head]))


# "The president alleged ...", "The senator repeatedly called ...", "The mayor said ...":
# a bare role as the subject of a verb in the past that opens the sentence
_OPENING_ROLE_SUBJECT = re.compile(
    r"\s*The ([a-z]+)\s+(?:(?:(?:also|then|later|repeatedly|again|[a-z]+ly)\s+)?[a-z]+ed"
    r"|said|says|told|tells|wrote|writes)\b"
)


def _opening_role_holder(doc: _Doc, lo: int, hi: int) -> str:
    """Whom a bare role opening a sentence as its subject names ("The president alleged
    Mr Mueller was ... He said ...": the president, not Mueller), or ""."""
    found = _OPENING_ROLE_SUBJECT.match(doc.text, lo, hi)
    if found is None:
        return ""
    head = found.group(1)
    if not _person_noun(head) or head.endswith("s"):
        return ""
    # the holder the text names most often among those it titled so before: a story's
    # president is the one it is about, not a predecessor or another nation's president
    # ("Chinese President Xi Jinping") it names in passing, whichever was named last
    people = {m.name for m in doc.mentions if m.kind == "person"} - W.known_places()
    holders = {
        name
        for pos, role, name in doc.roles
        if role == head
        and pos < lo
        and name in people
        and _holds_as_said(doc, pos, name, ["the", head])
        and not _nation_before(doc.text, pos, name)
    }
    counts = {name: _mentions_of(doc, name) for name in holders}
    best = max(counts.values(), default=0)
    top = [name for name, count in counts.items() if count == best]
    return top[0] if len(top) == 1 else ""


def _opening_referent(doc: _Doc, lo: int, hi: int) -> str:
    """Whom a description opening a sentence that says something refers back to ("The
    81-year-old senator, a frequent critic of Trump, said he found it ..." after "Senate
    Armed Services Committee Chairman John McCain"), or ""."""
    found = _AGED_DESCRIPTION.match(doc.text, lo, hi)
    if found is None or not _SAYS_LATER.search(doc.text, found.end(), hi):
        return ""
    text = found.group(1)
    start = found.start(1)
    mention = _Mention(start, start + len(text), text, "nominal", text.split()[-1])
    return _resolve_description(doc, mention, start)


def _closing_describer(doc: _Doc, lo: int, hi: int) -> str:
    """Whom a description that closes a sentence as its speaker refers back to ("Whether
    McGahn has to provide all the information Congress seeks, though, is another matter,
    the judge wrote." after "Judge Ketanji Brown Jackson"), or ""."""
    found = _CLOSING_DESCRIPTION.search(doc.text, lo, hi)
    if found is None:
        return ""
    text = found.group(1)
    start = found.start(1)
    return _resolve(doc, _Mention(start, start + len(text), text, "nominal", ""), start)


_CLOSING_DESCRIPTION = re.compile(
    r",\s+(the (?:[a-z-]+ ){0,2}[a-z]+) (?:said|says|wrote|writes|added|adds)[.!]?\s*$"
)


# "The 81-year-old senator", "The 45-year-old", not "The president" (see _opening_holder)
_AGED_DESCRIPTION = re.compile(r"\s*(The \d+-year-old(?: [a-z]+)?)\b")
_SAYS_LATER = re.compile(r"\b(?:said|says|told|added)\b")


# titles that name one person by one name: "President Trump", "Pope Francis", "Sen. Warren"
_ONE_NAME_TITLES = _words("""
    president pope king queen prince princess sen senator rep representative congressman
    congresswoman gov governor mr mrs ms dr
    speaker mayor chancellor justice judge secretary
    """)


_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?:;,—(\n]|\b(?:and|but|while|as|when|meanwhile|although|though|because|whereas)"
    # an adverb opening the sentence: "Now President Trump is vowing ..."
    r"|(?:^|[.!?\n]\s*)(?:now|today|then|still|yet|also|later|earlier|instead))\s*$",
    re.IGNORECASE,
)


def _titled_lone_name(text: str, m: _Mention, name: str) -> bool:
    """Whether a mention is one name after a person's title, where a clause's subject
    stands: "..., but President Trump on Wednesday tweeted ... He said" is Trump's,
    though "Trump" is named nowhere else; not "negotiated by President Obama"."""
    words = m.text.split()
    title = _bare(words[0]).rstrip(".").lower() if len(words) == 2 else ""
    return (
        title in _ONE_NAME_TITLES
        and words[1] == name
        and name not in W.known_places()
        # "Mr. Judge" is Mark Judge, but "Judge" after another title a second title
        and (name.lower() not in _TITLES or title in _HONORIFICS)
        and not name[-1].isupper()  # "President FranÃÂ§ois": a name cut short by mojibake
        and _SUBJECT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
    )


# a clause opening a sentence before its subject: "When ..., ", "Asked if ..., "
_OPENING_CLAUSE = re.compile(
    r"\s*[\"“]?(?:"
    + "|".join((*_OPENING_SUBORDINATORS, "Although", "Though", "Once", "Asked", "Pressed"))
    # a participle of speaking: "Speaking to Nick Robinson's Political Thinking podcast,"
    + r"|Speaking|Talking|Writing|Appearing|Addressing|Responding|Testifying|Reacting"
    + r"|Commenting|Questioned)\b[^,;:!?\"“”\n]*,"
)


def _opening_clause_end(text: str, lo: int, hi: int) -> int:
    """Where a clause opening the sentence ``text[lo:hi]`` ends (its comma), else ``lo``."""
    m = _OPENING_CLAUSE.match(text, lo, hi)
    return m.end() if m is not None else lo


# a sentence opening with a document as its subject: "The indictment does not ..."
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their) ([a-z]+)\b(?! of\b)")


# "He" opening the sentence outside quote marks ('"He kept me waiting," said Trump' is
# another man's he), after up to two short openers set off by commas that name no one
# ("Then, with relish, he raised ..."; not "As for Trump, he said ...")
_OPENER_WORD = (
    r"(?:[a-z][a-z'’]*|\d[\d,]*|"
    + "|".join(w.capitalize() for w in (*list(MONTHS)[:12], *WEEKDAYS))
    + ")"
)
_OPENING_PRONOUN = {
    want: re.compile(rf"\s*(?:[A-Za-z][a-z'’]*(?: {_OPENER_WORD}){{0,3}}, ){{0,2}}(?i:{word})\b")
    for want, word in (("m", "he"), ("f", "she"))
}


# "after the shooting in Las Vegas", "a speech at the World Economic Forum", "the
# province of Ascoli Piceno": a place, whatever its words
_IN_A_PLACE = re.compile(
    r"\b(?:(?:in|at|near)(?:\s+the)?|(?:province|region|county|state|city|town|village"
    r"|district) of)\s+$"
)


def _opens_with(text: str, lo: int, hi: int, want: str, doc: _Doc | None = None) -> bool:
    """Whether the sentence ``text[lo:hi]`` opens with "he" (``want`` "m") or "she" ("f"),
    or, given ``doc``, has it right after an opening phrase of a preposition that names no
    one ("At his final Judiciary Committee hearing, he credited Kennedy ...")."""
    if _OPENING_PRONOUN[want].match(text, lo, hi) is not None:
        return True
    if doc is None:
        return False
    if _PARTICIPLE_THEN_PRONOUN[want].match(text, lo, hi) is not None:
        return True  # "Speaking to CNN's Larry King in 1992, he said": King is spoken to
    phrase = _PHRASE_THEN_PRONOUN[want].match(text, lo, hi)
    return phrase is not None and not any(
        m.kind == "person" and lo <= m.start < phrase.end(1) for m in doc.mentions
    )


# up to 80 characters of an opening phrase, no relative clause's word or stop among them
_NO_RELATIVE = r"(?:(?!\b(?:who|whom|which|that|where|when)\b)[^,.;:!?\"“”]){1,80}"
# an opening participle and the one it addresses, up to its comma, then "he" or "she"
# ("Speaking to CNN's Larry King in 1992, he said", "Writing to Sen. Ann Lee, she ...")
_PARTICIPLE_THEN_PRONOUN = {
    want: re.compile(rf"\s*(?:[A-Z][a-z]+ing\s+(?:to|with|before)\s{_NO_RELATIVE}),\s+{word}\b")
    for want, word in (("m", "he"), ("f", "she"))
}


# an opening phrase of a preposition, up to its comma, then "he" or "she" (not a relative
# clause's: "After remarks on immigrants who, he said, must ...")
_PHRASE_THEN_PRONOUN = {
    want: re.compile(
        rf"\s*((?:At|In|During|After|Before|On|Since|Until|Following|Later in|Earlier in)"
        rf"\s{_NO_RELATIVE}),\s+{word}\b"
    )
    for want, word in (("m", "he"), ("f", "she"))
}


def _owns_an_it(doc: _Doc, m: _Mention) -> bool:
    """A lone name its own sentence calls "it": "Spotify on Friday walked back its policy".

    One capitalised word that no full name has as its surname and that no
    pronoun has made a man or a woman, whose own words go on to "its" with no
    other noun phrase between: the name of a company or a body, which "it" and
    "the company" may refer to.
    """
    name = _canonical(doc, m)
    if " " in name or name.lower() in doc.surnames or doc.gender.get(name):
        return False
    return _ITS_OWN.match(doc.text, m.end, _sentence_of(doc, m.start)[1]) is not None


# "its" after the name's own words, no other noun phrase between: "Spotify on Friday walked
# back its policy", "Google said its profits rose", "Harbex said in a statement that its
# ...", "Harbex, the streaming service, walked back its ..."; not "Obama criticized the bank
# and its policies", "... criticized banks and its policies"
_ITS_OWN = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[\w\s'’-]{1,40}?,)?"  # an apposition
    r"(?:\s+(?!(?:the|a|an|this|that|these|those|and|or)\b)[a-z][\w'’-]*|\s+on \w+){1,5}?\s+its\b"
    r"|\s+(?:said|says|announced|added|stated)\b[^.;\"“”]{0,40}?\bthat its\b"
)


# "the chair of the", "the new head of": a role held in the body named next
_ROLE_OF_BODY = re.compile(r"\b[Tt]he\s+((?:[a-z-]+\s+){0,2}([a-z]+))\s+(?:of|at)\s+(?:the\s+)?$")


def _body_holder(doc: _Doc, m: _Mention) -> str:
    """The person the text names as holding the role before a body's name ("the chair
    of the House Judiciary Committee said" after "House Judiciary Committee Chairman
    Jerry Nadler"), or "" (the body then speaks, as for "a spokesman for the ministry")."""
    lo = _sentence_of(doc, m.start)[0]
    # the body's own name, where a tail attribution's span holds the role before it
    at = m.start + max(m.text.rfind(m.name), 0)
    found = _ROLE_OF_BODY.search(doc.text, max(lo, at - 40), at)
    if found is None or not _person_noun(found.group(2)) or found.group(2).endswith("s"):
        return ""
    head = found.group(2)
    # one named before with the role of that body: "House Judiciary Committee Chairman
    # Jerry Nadler", "Jerry Nadler, the chair of the House Judiciary Committee"
    body = re.escape(" ".join(w.lower() for w in m.name.split()))
    of_body = re.compile(
        rf"{body}\b|[^.;]*?,\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{head}\s+(?:of|at)\s+(?:the\s+)?{body}\b"
    )
    holders = {
        name
        for pos, role, name in doc.roles
        if role == head
        and pos < found.start()
        and of_body.match(doc.text[pos : pos + len(name) + 120].lower())
    }
    return holders.pop() if len(holders) == 1 else ""


def _resolve(doc: _Doc, m: _Mention | None, quote_lo: int) -> str:
    if m is None:
        return ""
    if m.kind == "pronoun":
        return _resolve_pronoun(doc, m, quote_lo)
    words = m.name.split()
    if m.kind != "nominal" and len(words) > 1 and words[-1] in _BODIES_BY_HEAD:
        # "the statement from the 28-nation bloc": a description of a body, no name
        text = f"the {m.name}"
        return _resolve_nominal(doc, _Mention(m.start, m.end, text, "nominal", words[-1]))
    if m.kind == "org" and (holder := _body_holder(doc, m)):
        return holder
    name = _canonical(doc, m)
    if not name and m.kind == "nominal":
        return _resolve_description(doc, m, quote_lo)
    return name


def _the_person(doc: _Doc, m: _Mention) -> bool:
    """ "the person" (or "the individual"): a description that names no role at all.

    "the president", "the official", "the lawyer" carry a role of their own,
    and are resolved by it.
    """
    if m.kind != "nominal":
        return False
    words = [_bare(w) for w in _TOKEN.findall(m.text) if w[0].isalnum()]
    return words in (["the", "person"], ["the", "individual"])


# a sentence opening with an unnamed spokesperson for someone: "But a spokeswoman for "
_SPOKESPERSON_FOR = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+for\s+"
)


def _spoken_for(doc: _Doc, cands: list[_Mention], lo: int) -> str | None:
    """Whom the unnamed spokesperson opening the sentence at ``lo`` speaks for, the name
    right after "for" ("But a spokeswoman for Cummings said ..."), or None."""
    opening = _SPOKESPERSON_FOR.match(doc.text, lo)
    if opening is None:
        return None
    named = next((m for m in cands if m.start == opening.end()), None)
    if named is None or named.kind not in {"person", "org"}:
        return None
    return _canonical(doc, named) or None


def _opens_with_someone(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``lo:hi`` opens with someone unnamed: "A senior Taliban
    commander ...", "An official ...", "A person familiar with the talks ..."."""
    toks = [t for t in _tokens(text, lo, min(hi, lo + 120)) if t.text[0].isalnum()]
    if toks and toks[0].low in {"but", "and", "yet"}:
        toks = toks[1:]  # "But a spokeswoman for Cummings said ..."
    if not toks or toks[0].low not in {"a", "an", "another", "one"}:
        return False  # "Another woman, too distraught to give her name, said"
    for t in toks[1:5]:
        if _person_noun(t.low) or t.low in _TITLES:
            return True
        if t.low in _FUNCTION_WORDS or _is_cue(t):
            return False
    return False


def _someone_in(text: str, lo: int, hi: int, want: str) -> bool:
    """Whether a clause of the sentence ``lo:hi`` has someone unnamed as its subject,
    of the wanted gender or none, and the sentence follows no one by pronoun: "One
    rescue was delicate as a ranger in Capodacqua ... tried to keep a woman calm".
    Quoted words are not the sentence's ("... be seen as a benevolent actor ...")."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text[lo : min(hi, lo + 400)])
    toks = [t for t in _tokens(plain, 0, len(plain)) if t.text[0].isalnum() or t.text == ","]
    if any(t.low in _GENDER_PRONOUNS[want] for t in toks):
        return False  # "... she saw Mr. Trump ..., her husband, a truck driver": she is hers
    for k, t in enumerate(toks):
        if t.low not in {"a", "an", "another"} or (k and toks[k - 1].low not in _CLAUSE_STARTS):
            continue
        for p in range(k + 1, min(k + 4, len(toks))):
            u = toks[p]
            head = (
                p + 1 == len(toks)
                or not toks[p + 1].text.isalpha()
                or (toks[p + 1].low in _FUNCTION_WORDS)
            )
            if _person_noun(u.low) and head:  # "a ranger in", not "a private visit"
                return u.low not in (_FEMALE_NOUNS if want == "m" else _MALE_NOUNS)
            if u.low in _FUNCTION_WORDS or _is_cue(u) or u.cap or u.text == ",":
                break
    return False


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# a sentence that reports someone by pronoun: "..., she said."
_SAID_BY = {
    want: re.compile(rf"\b{word}\s+(?:said|says|added|noted|explained|argued|told)\b")
    for want, word in (("m", "he"), ("f", "she"))
}
_GENDER_PRONOUNS = {"m": frozenset(("he", "him", "his")), "f": frozenset(("she", "her", "hers"))}
_CLAUSE_STARTS = frozenset(("as", "while", "when", "because", "after", "before", "and", "but"))


def _anonymous_before(doc: _Doc, pos: int, head: str) -> bool:
    """An indefinite "a/an/one ... <head>" earlier, or "a/an <person noun>" close before."""
    if re.search(
        rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b", doc.text[:pos], re.I
    ):
        return True
    idx = _sentence_index(doc, pos)
    lo = doc.sentences[max(0, idx - 3)][0] if doc.sentences else 0
    toks = _tokens(doc.text, lo, pos)
    for n, t in enumerate(toks):
        if t.low in {"a", "an", "one"}:
            for u in toks[n + 1 : n + 4]:
                # "a former aide"; a party's name too where the source opens its sentence
                # ("One Republican strategist said ..."; not "the director for a Republican
                # member of Congress", who is someone else)
                party = u.text in W.PARTY_WORDS and t.text[0].isupper()
                if not (u.text.isalpha() and (u.text.islower() or party)):
                    break
                if _person_noun(u.low) and u.low not in _TITLES:
                    return True
    return False


def _may_be_company(doc: _Doc, m: _Mention) -> bool:
    """An organisation, or a lone name its own sentence calls "it" (:func:`_owns_an_it`)."""
    if m.kind == "org":
        return not _is_place(m)
    return m.kind == "person" and _owns_an_it(doc, m)


# what may stand before a sentence's subject: white space, quote marks, "The nearby"
_SUBJECT_LEAD = re.compile(
    r"[\s\"“”'‘’]*(?:(?:The|the|A|An)\s+(?:[a-z][\w-]*\s+){0,2})?(?:St\.\s+|Mt\.\s+)?"
)


# "the paper" may be a study's
_OUTLET_HEADS = frozenset(("newspaper", "paper", "daily", "publication"))
_PAPERS = W.PAPER_HEADS | frozenset(
    (
        *("Daily", "Gazette", "Globe", "Star", "Sun", "Mail"),
        # "The Washington Free Beacon", "The Daily Caller", "The Sacramento Bee"
        *("Beacon", "Caller", "Standard", "Beast", "Bee", "Register", "Dispatch"),
    )
)


def _last_outlet(doc: _Doc, limit: int) -> str:
    """The last newspaper named in the three sentences before ``limit`` (a name with a
    paper's word in it: "China Daily", "the Washington Post"), or ""."""
    idx = _sentence_index(doc, limit)
    lo = doc.sentences[max(0, idx - 3)][0] if doc.sentences else 0
    for m in sorted(doc.mentions, key=lambda m: m.start, reverse=True):
        if lo <= m.start < limit and m.kind in ("org", "person") and _PAPERS & set(m.name.split()):
            return _canonical(doc, m) or m.name
    return ""


def _salient_org(doc: _Doc, pos: int, quote_lo: int) -> str:
    """The organisation "the company" or "the group" most likely means: of those named in
    the last few sentences, the one the text has named most often so far (the nearest of
    equals). A story about Spotify that names an artist's label once still means Spotify.
    """
    limit = min(pos, quote_lo)
    idx = _sentence_index(doc, limit)
    lo = doc.sentences[max(0, idx - 7)][0]
    before = [m for m in doc.mentions if m.start < limit]
    # a name is a company's if one of its mentions shows it; then every mention counts
    companies = {_canonical(doc, m) for m in before if _may_be_company(doc, m)}
    before = [m for m in before if _canonical(doc, m) in companies]
    near = [m for m in before if m.start >= lo]
    if not near:
        return ""
    for s in (idx, idx - 1):
        # the subject of this sentence or the one before: "The nearby St. Louis Tea
        # Party responded. The group has drafted ..."
        if s >= 0:
            s_lo, s_hi = doc.sentences[s]
            first = next((m for m in doc.mentions if s_lo <= m.start < min(s_hi, limit)), None)
            if (
                first is not None
                and first in near
                and _SUBJECT_LEAD.fullmatch(doc.text, s_lo, first.start)
            ):
                return _canonical(doc, first)
    counts = Counter(_canonical(doc, m) for m in before)
    best = max(near, key=lambda m: (counts[_canonical(doc, m)], m.start))
    return _canonical(doc, best)


# the words an unnamed source goes by: "the committee official told The Hill" is no
# anaphor for the last man named, only for one the text gave a title
_SOURCE_NOUNS = frozenset(("official", "source", "aide", "insider"))


def _description_length(text: str) -> int:
    """How many words a description has, a place of several words counted as one ("the
    former South Carolina congressman": 4)."""
    words = text.split()
    count, k = 0, 0
    while k < len(words):
        k += next(
            (n for n in (3, 2) if " ".join(words[k : k + n]) in W.known_places()),
            1,
        )
        count += 1
    return count


def _resolve_description(doc: _Doc, m: _Mention, quote_lo: int) -> str:
    """A definite description as an anaphor: "the Texas governor" after "says Perry".

    "The <person noun>" with no person introduced in that role refers back like
    he/she (gender from the noun); "the group" / "the company" like "it". One that
    repeats an earlier indefinite mention ("A spokesperson for Google ... the
    spokesperson"), or follows an unnamed person a few sentences before ("A
    spokesperson for Grassley ... the aide said"), stays anonymous.
    """
    # "the ambassador to Moscow", "the mayor of Boston": the role is the head; a role
    # qualified so is one person, found by the role (_resolve_nominal) or not at all,
    # never the nearest man ("the president of France said" is not Trump)
    words, qualified = _role_words(m.text)
    if qualified or len(words) < 2 or _description_length(m.text) > 4 or words[0] != "the":
        return ""
    head = words[-1]
    if _anonymous_before(doc, m.start, head):
        return ""
    if head in _OUTLET_HEADS:
        # "the newspaper said": the last newspaper named in the sentences before it
        return _last_outlet(doc, min(m.start, quote_lo))
    if head in _GENERIC_ORG_NOUNS:
        salient = _salient_org(doc, m.start, quote_lo)
        if salient:
            return salient
        want = "it"
    elif _person_noun(head) and not head.endswith("s"):
        want = "she" if head in _FEMALE_NOUNS else "he" if head in _MALE_NOUNS else "i"
    else:
        return ""
    name = _resolve_pronoun(doc, _Mention(m.start, m.end, m.text, "pronoun", want), quote_lo)
    if head in _SOURCE_NOUNS and not any(n == name for _, _, n in doc.roles):
        # "the official" is someone the text gave a title ("US Secretary of State Mike
        # Pompeo said ... the top US official wrote"), never any man named before
        return ""
    return name
