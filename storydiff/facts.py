"""Fact slots: what a number counts, who says so, and how two statements relate.

A number found by :mod:`storydiff.quantities` becomes a fact about a *subject*:
the class of what it counts ("people" for passengers, residents, men…) and the
event predicate nearest to it in its sentence ("injured", "killed",
"evacuated", "on board"…), e.g. ``"people injured"``. The predicate lexicon is
the usual set of event triggers of news reporting (casualties, displacement,
arrests, money, votes); a number with no predicate near it is a fact about its
unit alone ("hectares").

Two statements of one subject are compared as ranges (:func:`relate`): hedges
widen them ("around 40" is 38.8-41.2, "nearly 3,000" is 2,700-3,000, "at least 25"
is 25 and more, "dozens" 12-120), decimals and percentages carry their rounding
("1.9 billion" is 1.85-1.95 billion), and then the pair is the same value,
one more specific than the other, compatible (the ranges overlap), an update
(disjoint, the later report higher, for a running total such as a death toll),
a conflict of degree (disjoint, one of them hedged, and within 10 %) or a
conflict. Two versions published on different days whose sentences date their
figures by the day of writing ("yesterday", "today") give two days' values: an
update. Figures more than three times apart (:func:`far_apart`) are relations the
diff keeps only for aligned sentences: between unrelated sentences they count
different things.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone

from storydiff._entity_words import DEMONYMS
from storydiff._quantity_tables import MONTHS, NOT_PLURAL_S, WEEKDAYS
from storydiff._stop_words import ENGLISH_STOP_WORDS
from storydiff.models import ConflictLabel, Quantity
from storydiff.normalize import word_set

__all__ = [
    "attribution_of",
    "comparison_range",
    "counts_people",
    "dated_by_day",
    "far_apart",
    "has_predicate",
    "measured_noun",
    "plural",
    "predicate_of",
    "reads_as_update",
    "relate",
    "subject_of",
]

_PEOPLE = word_set(
    "people person persons passengers residents civilians villagers children adults men "
    "women students patients tourists islanders pedestrians voters inhabitants locals "
    "individuals victims survivors protesters demonstrators migrants refugees"
)
_VESSELS = word_set("ships vessels boats ferries tankers cargo")
_AIRCRAFT = word_set("aircraft planes airplanes aeroplanes jets jetliners airliners")
_WORKERS = word_set(
    "workers dockworkers employees staff members miners nurses doctors teachers drivers "
    "pilots crew crews strikers unionists labourers laborers"
)

# event predicates, nearest one to the number wins
_PREDICATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "killed",
            r"\b(?:killed|killing(?! of\b)|kills|died|dead|deaths?|death toll|fatalit\w+"
            r"|lost their lives|bodies)\b",
        ),
        ("injured", r"\b(?:injur\w*|hurt|wound(?:ed|ing)|treated for|hospitali[sz]ed)\b"),
        (
            "evacuated",
            r"\b(?:evacuat\w+|fled|displaced|shelters?"
            r"|(?:left|moved out of|forced from) their homes)\b",
        ),
        ("missing", r"\b(?:missing|unaccounted)\b"),
        ("arrested", r"\b(?:arrest\w*|detained|in custody)\b"),
        ("rescued", r"\b(?:rescued|taken off|brought ashore|saved)\b"),
        ("on board", r"\b(?:on board|aboard|onboard)\b"),
        (
            "on strike",
            # not "striking a deal", "strike down": an article or "down" after the verb
            r"\b(?:strik(?:e|es|ing|ers?)\b(?!\s+(?:down|a|an|the|up)\b)|walk(?:ed)? out"
            r"|walkouts?|stoppages?|picket\w*)\b",
        ),
        (
            "deployed",
            r"\b(?:deployed|battl\w+|fighting|tackl\w+|dispatched|activated"
            r"|mobili[sz]ed|called up)\b",
        ),
        ("burned", r"\b(?:burn\w*|scorched|charred|razed)\b"),
        ("cost", r"\b(?:cost\w*|price\w*|budget\w*|spent|spending|the (?:final )?bill for)\b"),
        ("overstated", r"\b(?:overstat\w+|understat\w+|shortfall|missing from)\b"),
        ("turnout", r"\b(?:turnout|turned out|took part)\b"),
        ("votes", r"\b(?:votes?|voted)\b"),
        ("cut", r"\b(?:cut\w*|reduc\w+|lower\w*|slash\w*)\b"),
        ("rise", r"\b(?:ris\w+|rose|increas\w+|rais\w+)\b"),
        ("offered", r"\b(?:offer\w*|propos\w+)\b"),
        ("demanded", r"\b(?:demand\w*|wants?|seek\w*|calling for|call for|asking for)\b"),
        ("waiting", r"\b(?:waiting|queu\w+|stranded|idle|at anchor)\b"),
        ("crowd", r"\b(?:crowds?|lined|gathered|attended|turned out to)\b"),
        ("entered", r"\b(?:enter\w*|broke in\w*|break(?:ing)? in\w*|raid\w*|stole|stolen)\b"),
        ("jobs", r"\b(?:jobs?|lay(?:ing)? off|laid off|layoffs?|redundan\w+)\b"),
    )
)
_CUMULATIVE = frozenset({"killed", "injured", "evacuated", "arrested", "rescued", "burned"})
# Two figures more than three times apart (past the first few: "two" against "seven" can
# be one count told twice) state different things, unless aligned sentences say otherwise.
_APART = 3.0
_FEW = 20.0
_HAPPENS_TO_PEOPLE = frozenset(
    {
        "killed",
        "injured",
        "evacuated",
        "missing",
        "arrested",
        "rescued",
        "on board",
        "on strike",
        "deployed",
        "turnout",
        "waiting",
        "crowd",
    }
)
_WINDOW = 60  # characters around the number in which a predicate counts
_HEAD_NOUN_PENALTY = 20
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")


# a death told without a killing ("died Tuesday at the age of 92"): its date's and its
# age's slots say "died", not "killed"; counts of the dead stay "people killed", whatever
# the verb, so that tolls compare
_DIED = "died"


def _natural_death(name: str, word: str) -> bool:
    """Whether the "killed" predicate was found by a word of dying ("died", "dead",
    "death"), not of killing."""
    return name == "killed" and word.lower().startswith(("die", "dea"))


def has_predicate(subject: str) -> bool:
    """Whether a subject names an event predicate, not only a unit.

    >>> has_predicate("people injured"), has_predicate("years")
    (True, False)
    """
    return bool(predicate_of(subject))


def predicate_of(subject: str) -> str:
    """The event predicate a subject names ("" for a unit alone).

    >>> predicate_of("people injured"), predicate_of("usd cost"), predicate_of("years")
    ('injured', 'cost', '')
    """
    if subject.endswith(" " + _DIED):
        return "killed"  # "date died", "age died": a death's slots
    return next(
        (name for name, _ in _PREDICATES if subject.endswith(" " + name) or subject == name), ""
    )


def far_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are too far apart to be two reports of one number, unless
    their sentences say they are ("more than 100 injured" / "one injured"): the ends
    that face each other more than three times apart, the higher 20 or more ("two" and
    "seven" can be one count told twice).

    >>> from storydiff.models import Quantity
    >>> def n(v): return Quantity(text=str(v), start=0, end=1, kind="count", value=v, low=v, high=v)
    >>> far_apart(n(1), n(100)), far_apart(n(2), n(7)), far_apart(n(310), n(330))
    (True, False, False)
    """
    la, ha = comparison_range(a)
    lb, hb = comparison_range(b)
    below, above = min(ha, hb), max(la, lb)
    return below > 0 and above / below > _APART and above >= _FEW


def counts_people(predicate: str) -> bool:
    """Whether what a predicate says happens, happens to people: a bare figure with it
    ("at least 25 were injured") counts people; one with "jobs" or "cost" counts
    something the sentence must name ("claims", "dollars").

    >>> counts_people("killed"), counts_people("jobs")
    (True, False)
    """
    return predicate in _HAPPENS_TO_PEOPLE


# "<noun> [for ...] totaled <figure>": the noun a bare figure measures, as the sentence's
# subject before a verb of amount; hedges allowed before the figure
_MEASURED = re.compile(
    r"\b([A-Za-z]{3,})((?: (?:for|of|in|from) [\w-]+(?: [\w-]+){0,2})?) "
    r"(?:totall?ed|totals|numbered|numbers|reached|reaches|rose to|rises to|fell to|falls to|"
    r"climbed to|dropped to|jumped to|stood at|stands at|hit|topped|came to|amounted to)"
    r"(?: (?:about|around|nearly|roughly|some|almost|over|more than|less than|"
    r"an estimated|a record|just over|just under|a seasonally adjusted|an adjusted))?\s+$"
)


def _plural_noun(word: str) -> bool:
    """ "claims", "deaths"; not "index", "business", "virus", "census", "analysis"."""
    return word.endswith("s") and not word.endswith(NOT_PLURAL_S)


def measured_noun(before: str) -> str:
    """The plural noun a bare figure measures, from the text right before it: "claims" in
    "First-time claims for unemployment benefits totaled 2.1 million"; "" if none. In "the
    number of claims fell to" it is the noun after "of".

    >>> measured_noun("First-time claims for unemployment benefits totaled ")
    'claims'
    >>> measured_noun("the number of initial claims fell to a seasonally adjusted ")
    'claims'
    >>> [measured_noun(t) for t in ("The index rose to ", "The virus hit ")]
    ['', '']
    """
    m = _MEASURED.search(before[-120:])
    if m is None:
        return ""
    word, phrase = m.group(1).lower(), m.group(2).split()
    if not _plural_noun(word) and phrase and phrase[0] == "of" and _plural_noun(phrase[-1]):
        word = phrase[-1].lower()  # "the number of claims"
    return word if _plural_noun(word) else ""


# amounts whose unit says how, not what: the noun after them says what ("18 trillion
# gallons of rain", "a $5 billion settlement", "a 20-year sentence")
_NAMED_BY_NOUN = frozenset({"measure", "money", "duration"})
_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?([a-z]{4,}(?:\s+[a-z]{4,}){0,2})\b")
_NOT_NOUNS = word_set(
    "that this which with from into over under than after before about while when where "
    "each more most less least same such some other were will would could should have been "
    "being said says ago later earlier long old wide high deep tall heavy away ahead"
)


def _noun_after(sentence: str, end: int) -> str:
    """The head of the noun phrase right after an amount ("of" allowed), for its slot's
    name: "sentence" of "a 20-year prison sentence"; "" if none."""
    m = _NOUN_AFTER.match(sentence, end)
    return _phrase_head(m.group(1)) if m is not None else ""


def _phrase_head(phrase: str, stops: frozenset[str] = frozenset()) -> str:
    """The last word of a lower-case noun phrase, which heads it, before a word that ends
    the phrase (a function word, an adverb, a participle or one of ``stops``)."""
    head = ""
    for word in phrase.split():
        if word in _NOT_NOUNS or word in stops or word.endswith(("ly", "ed", "ing")):
            break
        head = word
    return head


_FOR_NOUN = re.compile(
    r"\s+for\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([a-z]{4,}(?:\s+[a-z]{4,}){0,2})\b"
)


_PURPOSE_STOPS = word_set("years months weeks days each every people per")


def _purpose_after(sentence: str, end: int) -> str:
    """The head of "for <noun phrase>" right after a sum: "hospitals" of "$75 billion for
    hospitals", "wall" of "$5.7 billion for a border wall"; "" if none."""
    m = _FOR_NOUN.match(sentence, end)
    return _phrase_head(m.group(1), _PURPOSE_STOPS) if m is not None else ""


def subject_of(quantity: Quantity, sentence: str, offset: int = 0) -> str:
    """The fact slot a quantity fills: its unit class and nearest event predicate.

    ``sentence`` is the sentence holding the quantity and ``offset`` the
    position of the sentence in the text the quantity's offsets point into.

    >>> from storydiff.models import Quantity
    >>> q = Quantity(text="Six people", start=0, end=10, kind="count", value=6, unit="people")
    >>> subject_of(q, "Six people were treated for minor injuries.")
    'people injured'
    """
    unit = _unit_class(quantity)
    start, end = quantity.start - offset, quantity.end - offset
    best: tuple[int, str] | None = None
    died = False
    lo = max(0, start - 2 * _WINDOW)
    hi = min(len(sentence), end + 2 * _WINDOW)
    for name, pattern in _PREDICATES:
        # a predicate further than the window away can never win: search near the number
        for match in pattern.finditer(sentence, lo, hi):
            if match.start() >= end:
                between = sentence[end : match.start()]
            elif match.end() <= start:
                between = sentence[match.end() : start]
            else:
                between = ""
            # a predicate across a clause break ("died and at least 25 were
            # injured") belongs to another number
            distance = len(between) + (_WINDOW if _CLAUSE_BREAK.search(between) else 0)
            if match.start() >= end and not between.strip():
                # the noun the figure quantifies ("a 4% rise"), not the verb
                # that says what happened to it ("offered a 4% rise")
                distance += _HEAD_NOUN_PENALTY
            if distance <= _WINDOW and (best is None or distance < best[0]):
                best = (distance, name)
                died = _natural_death(name, match[0])
    if unit == "age" and (person := _aged_person(sentence, end)):
        # "an 8-year-old Guatemalan boy" and "a 7-year-old girl" are two children's ages
        unit = f"age {person}"
    if quantity.kind == "score":
        # the side named last before the result: "Utrecht beat Breda 2-0" is Breda's game
        # (not a word that opens the sentence in capitals: "In a 5-4 decision")
        team = [
            w
            for w in re.findall(r"\b[A-Z][\w'’-]+", sentence[:start])
            if w.lower() not in ENGLISH_STOP_WORDS
        ]
        return f"score {team[-1]}" if team else "score"
    if best is not None and died and quantity.kind in {"time", "date", "year"}:
        return f"{quantity.kind} {_DIED}"  # "Barbara Bush died Tuesday": no killing
    if best is not None and died and unit.startswith("age"):
        return f"{unit} {_DIED}"  # "died ... at the age of 92", "a 7-year-old girl died"
    if quantity.kind in {"time", "date", "year"}:
        return f"{quantity.kind} {best[1]}" if best else quantity.kind
    if quantity.kind == "money" and (purpose := _purpose_after(sentence, end)):
        # "$75 billion for hospitals and $25 billion for testing": two sums, two slots
        return f"{unit} for {purpose}"
    if best is None:
        named = quantity.kind in _NAMED_BY_NOUN and unit != "age"
        noun = _noun_after(sentence, end) if named else ""
        return f"{unit} {noun}" if noun else unit
    if unit == best[1]:
        return unit
    return f"{unit} {best[1]}"


# people by their sex: the noun, its plural and the sex ("an 8-year-old boy", "the two men"
# and "two women" are never one group)
_SEXED = {
    noun: (plural_form, sex)
    for sex, pairs in (
        ("male", "man:men boy:boys father:fathers son:sons brother:brothers husband:husbands"),
        (
            "female",
            "woman:women girl:girls mother:mothers daughter:daughters sister:sisters wife:wives",
        ),
    )
    for noun, plural_form in (pair.split(":") for pair in pairs.split())
}
# a count's plural head -> its sex ("males" and "females" count people too)
SEX_OF_PLURAL = {p: sex for p, sex in _SEXED.values()} | {"males": "male", "females": "female"}
# who an age is of, by sex, right after it: "an 8-year-old Guatemalan boy", "a 50-year-old
# man"; "officer", "candidate" say nothing of one
_AGED_PERSON = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(" + "|".join(_SEXED) + r")\b")


def _aged_person(sentence: str, end: int) -> str:
    """The person, by sex, whose age ends at ``end``, if the next words name one."""
    m = _AGED_PERSON.match(sentence, end)
    return m.group(1) if m else ""


_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}


def plural(noun: str) -> str:
    """A counted noun in the plural, as most figures above one write it.

    >>> [plural(w) for w in ("ship", "ferry", "child", "ships", "box", "day", "")]
    ['ships', 'ferries', 'children', 'ships', 'boxes', 'days', '']
    """
    if not noun.isalpha() or len(noun) < 3 or noun in _PEOPLE | _VESSELS | _WORKERS:
        return noun
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    return noun + "s"


_CUSTOMERS = re.compile(r"\b(?:paying|subscrib\w*|premium)\b")  # not a union's "paid-up"


# a people's nationals by their plural name: "seven British nationals" are "britons", as
# "nine Britons" are ("americans", "palestinians": the adjective and an "s")
_PEOPLE_OF = {
    d.lower(): d.lower() + "s" for d in DEMONYMS if not d.endswith(("ese", "ss", "ch", "sh"))
} | dict(
    pair.split(":")
    for pair in word_set(
        "british:britons english:englishmen french:frenchmen scottish:scots danish:danes"
        " swedish:swedes polish:poles finnish:finns turkish:turks spanish:spaniards"
        " irish:irishmen welsh:welshmen"
    )
)
_NATIONALS = word_set("nationals citizens people")


def _nationals(quantity: Quantity, head: str) -> str:
    """ "britons" for "seven British nationals" and "two British citizens", as for "nine
    Britons"; "" for a count of anything else, or of a people with no plural name."""
    words = re.findall(r"[A-Za-z]+", quantity.text)
    if head in _NATIONALS and len(words) >= 2:
        return _PEOPLE_OF.get(words[-2].lower(), "") if words[-2] in DEMONYMS else ""
    return ""


def _unit_class(quantity: Quantity) -> str:
    unit = quantity.unit.lower().strip()
    if quantity.kind == "percent" or unit in {"%", "percent", "per cent"}:
        return "%"
    if unit.endswith(" old"):  # "a 50-year-old officer", "a 6-month-old baby"
        return "age"
    written = unit.split()[-1] if unit else ""
    head = written
    if quantity.kind == "count":
        head = plural(head)  # "one ship" and "two ships" count one thing
        nationals = _nationals(quantity, head)
        if nationals:
            return nationals
    # "the 53 wounded", "33 dead": the participle or adjective as written is the predicate
    if head in _PEOPLE or not head or any(p.search(written) for _, p in _PREDICATES):
        return "people" if quantity.kind == "count" else (head or quantity.kind)
    if head in _VESSELS:
        return "vessels"
    if head in _AIRCRAFT:
        return "aircraft"  # "96 737 MAX 8 jets", "about 60 of the 737 Max planes"
    if head == "infections":
        return "cases"  # "3,871 new COVID infections", "3,871 new confirmed cases"
    if head == "members" and _CUSTOMERS.search(unit):
        return "members"  # "71 million paying members": a service's, not a union's
    if head in _WORKERS and head not in {"crew", "crews"}:
        return "workers"
    return head


_ATTRIBUTION = re.compile(
    r"\baccording to (?P<a>(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*|[a-z]+(?: [a-z]+)?)"
    r"|(?P<b>(?:the )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*|police|officials?|authorities|"
    r"witnesses|the (?:ministry|company|coastguard|government|council|agency))) "
    r"(?:said|says|told|reported|estimated|confirmed)\b",
)


def attribution_of(sentence: str) -> str:
    """Who the sentence attributes its statement to, ``""`` if stated as fact.

    >>> attribution_of("Five passengers were hurt, according to the coastguard.")
    'the coastguard'
    >>> attribution_of("Two people were killed, police said.")
    'police'
    >>> attribution_of("The bridge cost 310 million valors.")
    ''
    """
    match = _ATTRIBUTION.search(sentence)
    if not match:
        return ""
    return (match.group("a") or match.group("b") or "").strip()


_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_APPROX = frozenset(
    {
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "an estimated",
        "circa",
        "estimated",
        "close to",
    }
)
_NEARLY = frozenset({"nearly", "almost", "just under", "close to", "not quite"})


def comparison_range(quantity: Quantity) -> tuple[float, float]:
    """The range of values a statement allows, for comparing two versions.

    Open ends are infinite. Hedges: "about/around/some" allow ±3 % (a figure
    rounded to its two or three leading digits), "nearly/almost" 90-100 % of
    the figure; an exact figure with decimals, or a
    percentage, carries half a unit of its last digit.

    >>> from dataclasses import replace
    >>> from storydiff.models import Quantity
    >>> q = Quantity(text="1.9 billion", start=0, end=11, kind="money", value=1.9e9)
    >>> q = replace(q, low=q.value, high=q.value)
    >>> comparison_range(q)
    (1850000000.0, 1950000000.0)
    """
    value = quantity.value
    low = -math.inf if quantity.low is None else quantity.low
    high = math.inf if quantity.high is None else quantity.high
    if value is None:
        return low, high
    hedge = quantity.hedge.lower().strip()
    if hedge in _APPROX:
        return value - abs(value) * 0.03, value + abs(value) * 0.03
    if hedge in _NEARLY:
        return value - abs(value) * 0.1, value
    if low == high == value and _SLASHED.search(quantity.text):
        return low, high  # "6-3/16 pct": exact to the sixteenth
    if low == high == value:
        match = _FIRST_NUMBER.search(quantity.text)
        if match:
            mantissa = float(match.group().replace(",", "")) or 1.0
            decimals = len(match.group(1) or "")
            step = 10.0**-decimals if decimals or quantity.kind == "percent" else 0.0
            tol = 0.5 * step * abs(value / mantissa)
            return value - tol, value + tol
    return low, high


_SLASHED = re.compile(r"\d/\d")


def _day(when: datetime) -> tuple[int, int, int]:
    """The calendar day of a publication time (in its own zone, UTC if it has none)."""
    return (when.year, when.month, when.day)


# words that date a figure by the day the sentence was written; a weekday does not
# ("on Monday" in a story and in its follow-up the next day is the same Monday)
_RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE
)


def dated_by_day(sentence: str) -> bool:
    """Whether a sentence dates what it says by the day it was written.

    >>> dated_by_day("Federal funds averaged 6.18 pct yesterday."), dated_by_day("It rose.")
    (True, False)
    """
    return _RELATIVE_DAY.search(sentence) is not None


_DAY_NAMED = re.compile(
    r"\b(?:(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"
    r"|(?P<month>"
    + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.? (?P<day>\d{1,2})\b)"
)


def days_named(sentence: str) -> frozenset[str]:
    """The days a sentence names: weekdays and dates of a month ("Thursday", "Dec 21").

    >>> sorted(days_named("Stocks fell 10% on Thursday, after Wednesday's fall."))
    ['thursday', 'wednesday']
    >>> sorted(days_named("The first stop is on June 15."))
    ['jun 15']
    """
    out = set()
    for m in _DAY_NAMED.finditer(sentence):
        if m.group("weekday"):
            out.add(m.group("weekday").lower())
        else:
            out.add(f"{m.group('month')[:3].lower()} {int(m.group('day'))}")
    return frozenset(out)


def _stamp(when: datetime) -> float:
    """Seconds since the epoch; a time without a zone is taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def relate(
    a: Quantity,
    b: Quantity,
    *,
    subject: str = "",
    published_a: datetime | None = None,
    published_b: datetime | None = None,
    update_b: bool = False,
    days_relative: bool = False,
) -> ConflictLabel | None:
    """How two statements of one subject relate; ``None`` when they agree.

    A disjoint pair is an ``update`` when the subject is a running total and
    ``b`` is higher and either published later or worded as an update
    (``update_b``: "the death toll rose to", "bringing the toll to"). It is an
    update too when both were published, on different days, with sentences that date
    their figures by the day they were written (``days_relative``: "yesterday",
    "today", "this morning"): the two figures are two days' values.

    >>> from storydiff.models import Quantity
    >>> around40 = Quantity(
    ...     text="around 40", start=0, end=9, kind="count", value=40, low=36, high=44,
    ...     hedge="around",
    ... )
    >>> exact37 = Quantity(text="37", start=0, end=2, kind="count", value=37, low=37, high=37)
    >>> relate(around40, exact37)
    'degree'
    >>> dozens = Quantity(text="dozens", start=0, end=6, kind="count", value=None, low=12, high=120)
    >>> atleast25 = Quantity(
    ...     text="at least 25", start=0, end=11, kind="count", value=25, low=25, hedge="at least"
    ... )
    >>> relate(dozens, atleast25)
    'compatible'
    """
    if "score" in (a.kind, b.kind):
        # "Ajax beat PSV 3-1" and "PSV lost 1-3": the same two figures
        same = sorted(a.norm.split("-")) == sorted(b.norm.split("-"))
        return None if same else "conflict"  # "won 3-1" / "won 3-2"
    la, ha = comparison_range(a)
    lb, hb = comparison_range(b)
    if (la, ha) == (lb, hb) and a.value == b.value:
        return None
    if (la <= lb and hb <= ha) or (lb <= la and ha <= hb):
        return "more_specific"
    if max(la, lb) <= min(ha, hb):
        return "compatible"
    va = a.value if a.value is not None else (la if math.isfinite(la) else ha)
    vb = b.value if b.value is not None else (lb if math.isfinite(lb) else hb)
    predicate = predicate_of(subject)
    if (
        published_a is not None
        and published_b is not None
        and _stamp(published_a) != _stamp(published_b)
        and predicate in _CUMULATIVE
    ):
        later_higher = (_stamp(published_b) > _stamp(published_a)) == (vb > va)
        if later_higher:
            return "update"
    if predicate in _CUMULATIVE and vb > va and update_b:
        return "update"
    if (
        published_a is not None
        and published_b is not None
        and _day(published_a) != _day(published_b)
        and days_relative
    ):
        # "averaged 6.18 pct yesterday" on March 3, "6.22 pct yesterday" on March 4: two
        # days' figures, the later one an update
        return "update"
    gap = max(la, lb) - min(ha, hb)
    scale = max(abs(va), abs(vb), 1e-9)
    hedged = a.hedge or b.hedge or a.low != a.high or b.low != b.high
    if hedged and math.isfinite(gap) and gap / scale <= 0.1:
        # a hedge that almost covers the other figure: a conflict of degree
        return "degree"
    return "conflict"


_UPDATE_CUE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now stands|bringing|brought)\b"
    r"|\blater died\b|\bhas since\b",
    re.IGNORECASE,
)


def reads_as_update(sentence: str) -> bool:
    """Whether a sentence words its figure as a change to an earlier one.

    >>> reads_as_update("A woman died, bringing the death toll to three.")
    True
    >>> reads_as_update("Two people were killed.")
    False
    """
    return _UPDATE_CUE.search(sentence) is not None
