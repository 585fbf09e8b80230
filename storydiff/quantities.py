"""Numbers, times and dates in news text, with what they count and how they are hedged.

:func:`extract_quantities` finds every figure a reader could check against another
report of the same story ("around 40 passengers", "at least 25 injured", "about
5:40am", "dozens of homes") and returns :class:`~storydiff.models.Quantity` records
with character offsets into the input.

Conventions
-----------
``value`` is the figure as stated; ``low``/``high`` are the range the wording
allows, ``None`` for an open end. A strict bound ("more than 40", "nearly 3,000")
stores the stated figure as its limit, so the range is a closed approximation:

=====================================================  ====================
wording                                                 ``low`` .. ``high``
=====================================================  ====================
exact ("40")                                            40 .. 40
about, around, some, roughly, approximately, an         36 .. 44 (±10 %)
estimated, or so
nearly, almost, close to, just under                    2,700 .. 3,000
                                                        (-10 % .. figure)
more than, over, above, upwards of, just over           40 .. None
at least, no fewer than, or more, -plus, ``40+``        25 .. None
up to, as many as, at most, no more than, within        0 .. 12
fewer than, less than, under, below                     0 .. 12
reportedly                                              the figure (a hedge
                                                        on the source, not
                                                        on the number)
=====================================================  ====================

Vague quantities have no ``value`` and a deliberately loose range: "a handful"
3-5, "a couple" 2-3, "a few" 2-5, "several" 3-9, "dozens" 12-120, "scores" 20-200.
A plural scale word spans its order of magnitude, as "dozens" does and as
NewsQuant (CQE) annotates it: "hundreds" 100-1,000, "thousands" 1,000-10,000
(and likewise millions, billions), "tens of thousands" 10,000-100,000,
"hundreds of thousands" 100,000-1,000,000.
"several"/"a few" before a scale word multiply it ("several hundred" 300-900).
Explicit ranges ("two or three", "8 to 10", "between 5 and 10", "5-10") have
no ``value`` either; "from 5 to 10" is a change, so it gives two quantities
(a range would blur the figure it ended at). "0-to-60-mph" is a range.

``unit`` is what is counted or measured, lower-case. Money is an ISO 4217 code
("usd" for a bare ``$``), percentages are ``"%"``, measures use their usual
symbol ("km", "mph", "°c", "magnitude"), durations a plural word ("days"), ages
``"years old"``. A count's unit is the noun phrase the text gives after the
number, trimmed of leading adjectives and cut after its last plural noun ("40
passengers on board" -> "passengers", "two crew members" -> "crew members",
"460 Kia and Hyundai vehicles" -> "kia and hyundai vehicles"), or the word
after "of" ("dozens of homes" -> "homes"). A casualty participle
right after the number is itself the unit ("at least 25 injured" ->
"injured"): the text never says who, so none is invented.

A figure with no unit of its own borrows the unit of the nearest quantity in
the same sentence, as news drops a repeated noun ("6 million homes, including
1.5 million in Los Angeles" -> both "homes"), except that a level reached
("rose 8.15% to 3.65") is not another percentage. A number word that counts
nothing ("the bottom three") is dropped unless it is hedged, part of a range
or a tally ("bringing the death toll to three").
"a metre", "a month" are quantities only when hedged ("more than a metre");
"half a point" is 0.5, "half a million" 500,000 and "a quarter of a million"
250,000. "minus 5", "$-50bn", "-5 degrees", "(-0.3%)" are negative. "aged 18",
"at age 87", "a 12-year-old", "an 87 yo" and "Senard, 65," are ages. "twice a
week" counts 2 ``"times"`` like "three times a week"; "sixfold" counts 6
``"fold"``. "1/2 pound" is 0.5 lb, "1.99×10−30 kg" is in scientific notation,
"8 B people" is 8e9, and "35 lakh", "1,200 crore" and "12,34,567" are South
Asian scales and grouping.

Times have ``value`` = minutes after midnight and ``norm`` = ``"HH:MM"``;
hedged times allow ±10 minutes. Dates have ``norm`` = ISO 8601
(``"2024-03-03"``, ``"--03-03"`` without a year, ``"2024-03"``) or the weekday
name (``"sunday"``); "Sept. 20-24" is one date (``norm`` its first day).
Years have ``norm`` = the year ("between AD 1000 and 1260" gives two). Durations have ``norm`` =
an ISO 8601 duration with weeks counted as days ("a week-long" -> ``"P7D"``).
Fractions such as "two-thirds" and "half the condos" are percentages (value
66.67, 50); "two and a half hours" is 2.5 hours.

"one of the best players", "one of Airbnb's earliest investments" (a superlative
set) is one member: ``value`` 1, ``low`` 1, ``high`` ``None``, hedge ``"one of"``,
so it reads as "at least one" and never conflicts with a count of the set.
Not quantities: "one" as a pronoun ("one of the players", "the one who"),
"No. 10", phone
numbers, model names and codes ("COVID-19", "G7", "Boeing 737", "iPhone 11",
a plain number before a capitalised name: "11 Pro", "787 Dreamliner"), stock
indices ("S&P 500"), addresses and ZIP codes ("16-18 Industrial Avenue"),
"9/11", "24/7", lap times ("1:36.6") and football scores ("2-0").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from storydiff._entity_words import DEMONYMS
from storydiff._quantity_tables import (
    A_UNIT_RE,
    ADJECTIVES,
    AGE_RE,
    AND_A_HALF_RE,
    ATTACHED_ONLY,
    CAPWORD_BEFORE_RE,
    CASED_UNITS,
    CASUALTY,
    CHANGE_RE,
    CODE_BEFORE_RE,
    COUNT_BEFORE_RE,
    CURRENCY_PREFIX,
    CURRENCY_PREFIX_RE,
    DURATION_ISO,
    FOLD_RE,
    FRACTION_OF_SCALE_RE,
    FRACTION_RE,
    FRACTIONS,
    HALF_BLOCKERS,
    HALF_RE,
    HALF_UNIT_RE,
    HEDGE_RE,
    HEDGES,
    ID_WORDS_AFTER,
    ID_WORDS_BEFORE,
    IDENT_BEFORE_RE,
    IRREGULAR_PLURALS,
    ISO_DATE_RE,
    LONG_RE,
    MAGNITUDE_BEFORE_RE,
    MEMBER_RE,
    MONTH_DATE_RE,
    MONTHS,
    NOT_PLURAL_S,
    NOT_SUPERLATIVE,
    NUM_RE,
    NUMWORD,
    ONCE,
    ONCE_RE,
    ONE_BLOCKERS,
    ORDINAL_RE,
    ORDINAL_WORDS,
    PHONE_RE,
    PREFIX_OK,
    SCALE_RE,
    SCALES,
    SCIENTIFIC_RE,
    SENTENCE_OPENERS,
    SHORT_SCALES,
    SLASH_FRACTION_RE,
    SMALL,
    STOP,
    SUFFIX_HEDGE_RE,
    SUFFIX_HEDGES,
    SURFACE_LOOKUP,
    TALLY_BEFORE_RE,
    TENS,
    THING_HEADS,
    TIME_24_RE,
    TIME_AMPM_RE,
    TIME_HEDGE_RE,
    TIME_WORD_RE,
    TZ_AFTER_RE,
    UNIT_RE,
    UNITS,
    VAGUE,
    VAGUE_RE,
    VULGAR_FRACTION_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    WORD_RE,
    YEAR_CONTEXT_RE,
)
from storydiff.models import Quantity, QuantityKind

__all__ = ["extract_quantities", "joined_durations"]


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    kind: QuantityKind
    value: float | None
    low: float | None
    high: float | None
    unit: str = ""
    hedge: str = ""
    norm: str = ""
    factor: float = 1.0
    words: bool = False
    num_end: int = 0
    bare: bool = False


def _exact(start: int, end: int, kind: QuantityKind, value: float, **fields: Any) -> _Atom:
    """An atom for a figure stated exactly (``low == high == value``)."""
    return _Atom(start, end, kind, value, value, value, **fields)


def _duration_norm(unit: str, value: float) -> str:
    """ISO 8601 form of a span of time in a canonical unit: ("days", 3) -> "P3D"."""
    prefix, letter, mult = DURATION_ISO[unit]
    return f"{prefix}{_fmt(value * mult)}{letter}"


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _words_value(words: str) -> float | None:
    """Value of a run of English number words, or ``None`` if it is not one number."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t]
    total = 0.0
    current = 0.0
    seen = False
    prev = ""
    for tok in tokens:
        if tok == "a":
            current = 1.0
            continue
        if tok == "and":
            if prev not in SCALES:
                return None
            continue
        if tok in SMALL:
            if prev in SMALL or (prev in TENS and SMALL[tok] >= 10) or prev == "dozen":
                return None
            current += SMALL[tok]
        elif tok in TENS:
            if prev in SMALL or prev in TENS or prev == "dozen":
                return None
            current += TENS[tok]
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        else:
            return None
        seen = True
        prev = tok
    return total + current if seen else None


def _hedge_range(rule: str, value: float) -> tuple[float | None, float | None]:
    if rule == "approx":
        return value * 0.9, value * 1.1
    if rule == "nearly":
        return value * 0.9, value
    if rule in ("more", "atleast"):
        return value, None
    if rule in ("upto", "less"):
        return 0.0, value
    return value, value


# peoples whose name ends in "i", plural in "-is" (not a singular "-is": "crisis", "Paris")
_PEOPLES_IN_I = frozenset(w for w in DEMONYMS if w.endswith("i")) | frozenset(
    ("Omani", "Bahraini", "Nepali", "Azerbaijani", "Punjabi")
)


def _looks_plural(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS or re.fullmatch(r"[A-Z]{2,}s", word):
        return True  # "TDs", "SUVs"
    if word[:-1] in _PEOPLES_IN_I and word.endswith("s"):
        return True  # "17 Saudis", "two Israelis"
    return len(w) > 3 and w.endswith("s") and not w.endswith(NOT_PLURAL_S) and "'" not in w


_MODEL_RE = re.compile(r"\s+(?P<w>\d{2,}(?:-\d+)?[A-Za-z]*)(?=\s+[A-Za-z])")
# a capitalised word with digits in it names a model or a disease: "60 Airbus A321neo
# jets", "3,412 new Covid-19 cases", "two F-16 fighters"
_MODEL_WORD_RE = re.compile(r"\s+(?P<w>[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*)(?=\s+[A-Za-z])")


def _counted_noun(text: str, pos: int, value: float | None) -> tuple[str, int]:
    """The counted noun phrase starting after ``pos``: (unit, end offset)."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 5:
        m = WORD_RE.match(text, cursor)
        if m is not None and text[m.end() : m.end() + 1].isdigit():
            m = _MODEL_WORD_RE.match(text, cursor)  # "A321neo", not "A" then "321neo"
            letters = re.match(r"[A-Za-z]+", m.group("w")) if m is not None else None
            if letters is None or letters.group().lower() in CURRENCY_PREFIX:
                break  # "3 USD50 cards": a sum of money, not a model
        elif m is None and all(w.lower() in ADJECTIVES or w[0].isupper() for w, _ in words):
            m = _MODEL_RE.match(text, cursor)  # "two new 737 Max jets", "three Boeing 737 jets"
            named = any(w[0].isupper() for w, _ in words) or (
                m is not None and text[m.end() :].lstrip()[:1].isupper()
            )
            if m is not None and (_unit_follows(text, m.end()) or not named):
                m = None  # "three 100 metre races", "14 of the 22 victims"
        if m is None:
            break
        w = m.group("w").rstrip("'’-")
        low = w.lower()
        if low == "and" and words and not any(_looks_plural(x) for x, _ in words):
            # "460 Kia and Hyundai vehicles": modifiers joined before the noun.
            words.append((w, m.start("w") + len(w)))
            cursor = m.start("w") + len(w)
            continue
        if low in STOP or low in UNITS:
            break
        if not words and low in CASUALTY:
            return low, m.start("w") + len(w)
        words.append((w, m.start("w") + len(w)))
        cursor = m.start("w") + len(w)
        if low in CASUALTY:
            break
    while words and words[0][0].lower() in ADJECTIVES and len(words) > 1:
        words.pop(0)
    for k in range(1, len(words)):
        # a verb in the past after the noun ends the phrase ("one part addressed promoting
        # artists"); not an adjective before a noun ("two state owned banks"), nor after an
        # adverb or another participle ("four newly elected members"), nor "coal-fired"
        low, prev = words[k][0].lower(), words[k - 1][0].lower()
        before_noun = k + 1 < len(words) and _looks_plural(words[k + 1][0])
        if (
            low.endswith("ed")
            and len(low) > 4
            and "-" not in low
            and not prev.endswith(("ly", "ed"))
            and not before_noun
        ):
            words = words[:k]
            break
    last_plural = max((i for i, (w, _) in enumerate(words) if _looks_plural(w)), default=-1)
    if last_plural < 0 and any(w.lower() == "and" for w, _ in words):
        words = words[: [w.lower() for w, _ in words].index("and")]
    if last_plural >= 0:
        chosen = words[: last_plural + 1]
    elif words and words[0][0].islower() and words[0][0] not in ADJECTIVES:
        # A singular noun after "one" ("one man"), or a compound ("an 11 member trade deal").
        if value == 1:
            chosen = words[:1]
        elif len(words) >= 2 and all(w.islower() for w, _ in words):
            chosen = words
        else:
            return "", pos
    elif (
        value == 1
        and len(words) >= 2
        and words[0][0][0].isupper()
        and words[1][0].isalpha()
        and words[1][0].islower()
    ):
        # "One Iranian lawmaker", "one Atlanta location": a name before one singular noun
        # ("One Direction" and "one World Trade Center" name no noun of their own)
        chosen = words[:2]
    else:
        return "", pos
    return " ".join(w.lower() for w, _ in chosen), chosen[-1][1]


_FIGURE_NEXT_RE = re.compile(r"\s?\d")
# another figure right after a count, before its noun: "737" in "two 737 jets", "20-foot",
# "five-gallon", "12-year-old"
_FIGURE_MODIFIER = re.compile(
    rf"\s+(?:(?P<bare>\d+(?:[.,]\d+)*)(?=\s+[A-Za-z])|(?:\d+(?:[.,]\d+)*|{NUMWORD})(?:-[a-z]+)+(?=\s))",
    re.IGNORECASE,
)
# currency signs, which also open a figure ("$5"); other units never do
_CURRENCY_SIGNS = frozenset("$€£¥₹₿元")


# currency and per-cent abbreviations that after a hyphen are something else: carats, pieces,
# a won game
_NOT_HYPHENATED = frozenset(("ct", "cts", "pc", "won"))


def _unit_at(text: str, pos: int) -> tuple[str, QuantityKind, int] | None:
    """A unit written right after ``pos``: (canonical, kind, end)."""
    m = UNIT_RE.match(text, pos)
    if m is None:
        return None
    surface = m.group("unit")
    low = surface.lower()
    sep = m.group("sep") or ""
    attached = sep == ""
    cased = CASED_UNITS.get(low)
    exact_case = cased is not None and surface == cased
    if low in ATTACHED_ONLY and not attached and not (exact_case and cased != low):
        # "40 m" is too ambiguous and "5 in" is a preposition; "300 PS", "12 C" are units.
        return None
    if cased is not None and not exact_case and (attached or low in ATTACHED_ONLY):
        return None
    if not attached and surface.isalpha() and re.match(r"-?\d", text[m.end() : m.end() + 2]):
        return None  # a name: "two F-16 fighters", "three B52s"
    if surface == "Nm":
        return "n·m", "measure", m.end()
    if surface in _CURRENCY_SIGNS and not attached and _FIGURE_NEXT_RE.match(text, m.end()):
        return None  # "10 $5 bills", "$ 20.00 $ 37.97": the sign opens the next figure
    canon, kind = SURFACE_LOOKUP[low]
    # a hyphen makes an adjective of a unit: "a five-day strike", "a three-ton satellite",
    # and of a currency or per cent written out: "a 20-cent dividend", "a 5-percent rise"
    hyphenated = (
        sep == "-"
        and surface.isalpha()
        and surface.islower()  # "Rapper 50-Cent"
        and kind in ("money", "percent")
        and low not in _NOT_HYPHENATED  # "an 18-ct gold ring", "a 5-pc set", "10-won, 2-lost"
    )
    if "-" in sep and kind not in ("duration", "measure") and not hyphenated:
        return None
    return canon, kind, m.end()


class _Spans(list[tuple[int, int]]):
    """Spans of a text already claimed, with a mask of its characters: asking whether a
    span overlaps them costs its length, not the number of spans (a list scanned for every
    figure made number-dense text quadratic)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__()
        self.mask = bytearray(size + 1)
        self.points: list[tuple[int, int]] = []  # empty spans mark no character
        self.extend(spans)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        start, end = span
        if start < end:
            self.mask[start:end] = b"\x01" * (end - start)
        else:
            self.points.append(span)

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        for span in spans:
            self.append(span)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if isinstance(spans, _Spans) and start < end:
        return 1 in spans.mask[start:end] or any(s < end and start < e for s, e in spans.points)
    return any(s < end and start < e for s, e in spans)


def _sentence_start(text: str, pos: int) -> bool:
    lo = max(0, pos - 64)
    before = text[lo:pos].rstrip()
    if not before and lo:
        before = text[:pos].rstrip()  # a long run of white space: look further back
    return not before or before[-1] in ".!?:;\"'“‘(\n—–-"


# --------------------------------------------------------------------------- finders


def _phones(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 8:
            spans.append(m.span())
    return spans


def _dates(text: str) -> list[_Atom]:
    out = []
    for m in ISO_DATE_RE.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(_Atom(m.start(), m.end(), "date", None, None, None, norm=m.group()))
    for m in MONTH_DATE_RE.finditer(text):
        mon_text = m["mon"]
        mon = MONTHS[mon_text.lower()]
        day_text = m["d0"] or m["d1"] or m["d2"]
        year_text = m["y"]
        if mon_text.islower() and not _lower_case_date(text, m):
            continue
        if day_text is None and year_text is None:
            full = len(mon_text) > 4 or mon_text.lower() in ("june", "july")
            # A bare month name needs a preposition ("in March"); "May" never alone.
            if not full or not re.search(
                r"\b(?:in|since|until|by|last|next|early|late|mid)\s$",
                text[max(0, m.start() - 8) : m.start()],
                re.IGNORECASE,
            ):
                continue
            out.append(
                _Atom(m.start("mon"), m.end("mon"), "date", None, None, None, norm=mon_text.lower())
            )
            continue
        if len(mon_text) <= 4 and mon_text.lower() != "may" and day_text is None and not year_text:
            continue
        day = int(day_text) if day_text else None
        if day is not None and not 1 <= day <= 31:
            continue
        if day is None:
            norm = f"{year_text}-{mon:02d}"
        elif year_text:
            norm = f"{year_text}-{mon:02d}-{day:02d}"
        else:
            norm = f"--{mon:02d}-{day:02d}"
        end = m.end()
        out.append(_Atom(m.start(), end, "date", None, None, None, norm=norm))
    for m in WEEKDAY_RE.finditer(text):
        after = _NAME_AFTER_DAY.match(text, m.end())
        if (
            after is not None
            and after[1].lower() not in MONTHS
            and _NAME_BEFORE_DAY.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "NBC's Sunday Today programme", "the Sunday Times": a name, no day
        out.append(_Atom(m.start(), m.end(), "date", None, None, None, norm=m["day"].lower()))
    return out


# a weekday inside a name: after "the" or an owner's "'s", before a capitalised word
_NAME_BEFORE_DAY = re.compile(r"(?:\b[Tt]he|['’]s) $")
_NAME_AFTER_DAY = re.compile(r" ([A-Z][a-z]+)\b")


# month abbreviations ("oct."; "may" is a word of its own, "march." ends a sentence)
_ABBREVIATED = frozenset(k for k in MONTHS if len(k) <= 4) - {"may", "june", "july"}
_DATE_PREPOSITION_RE = re.compile(
    r"\b(?:on|since|until|till|through|by|from|before|after|ended|ending|of|late|early|mid)\s+$"
)


def _lower_case_date(text: str, m: re.Match[str]) -> bool:
    """Whether a lower-case month name with a day is a date ("oct. 13", "on may 19").

    Lower-case text (wire feeds, transcripts) writes months in lower case too,
    but "may" and "march" are also verbs: "he may march 5 miles" is not a date.
    A day must follow, with no unit after it ("to march 10 kilometres"), and the
    month must be abbreviated with a full stop ("oct. 13", not "in march. 5
    people"), have a year, or follow a preposition that takes a date ("to" does
    not: "plan to march 3 ...").
    """
    if not m["d2"] or _unit_at(text, m.end()) is not None:
        return False
    mon = m["mon"]
    if m["y"] or (mon in _ABBREVIATED and text[m.end("mon") : m.end("mon") + 1] == "."):
        return True
    return _DATE_PREPOSITION_RE.search(text, max(0, m.start() - 10), m.start()) is not None


def _time_atom(text: str, start: int, end: int, hour: int, minute: int) -> _Atom:
    value = float(hour * 60 + minute)
    norm = f"{hour:02d}:{minute:02d}"
    hm = TIME_HEDGE_RE.search(text, max(0, start - 16), start)
    hedge = ""
    low: float | None = value
    high: float | None = value
    if hm is not None:
        hedge = hm["hedge"].lower()
        start = hm.start("hedge")
        if hedge in ("about", "around", "approximately", "roughly"):
            low, high = value - 10, value + 10
        elif hedge in ("after", "shortly after", "just after", "soon after"):
            high = None
        elif hedge in ("before", "shortly before", "just before", "until", "by"):
            low = None
    return _Atom(start, end, "time", value, low, high, hedge=hedge, norm=norm)


def _times(text: str) -> list[_Atom]:
    out = []
    for m in TIME_AMPM_RE.finditer(text):
        hour = int(m["h"])
        minute = int(m["m"] or 0)
        if not 1 <= hour <= 12:
            continue
        if m["ap"].lower() == "p" and hour != 12:
            hour += 12
        elif m["ap"].lower() == "a" and hour == 12:
            hour = 0
        end = m.end()
        tz = TZ_AFTER_RE.match(text, end)
        if tz is not None:
            end = tz.end()
        out.append(_time_atom(text, m.start(), end, hour, minute))
    for m in TIME_24_RE.finditer(text):
        if m["h"] is not None:
            hour, minute = int(m["h"]), int(m["m"])
        else:
            hour, minute = int(m["h2"]), int(m["m2"])
        out.append(_time_atom(text, m.start(), m.end(), hour, minute))
    for m in TIME_WORD_RE.finditer(text):
        hour = 0 if m["w"].lower() == "midnight" else 12
        out.append(_time_atom(text, m.start(), m.end(), hour, 0))
    return out


def _unit_follows(text: str, end: int) -> bool:
    return (
        _unit_at(text, end) is not None
        or SCALE_RE.match(text, end) is not None
        or AGE_RE.match(text, end) is not None
    )


# patterns read from a figure's end on, never on a copy of the rest of the text
_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th|s)\b|[ap]\.?m\b", re.IGNORECASE)
_CODE_AFTER_RE = re.compile(r":\d|/\d|-[A-Z]{1,3}\d*\b")
_SCORE_AFTER_RE = re.compile(r"[-–](\d{1,3})\b(?![-–.,]\d)")


_US_ROUTE = re.compile(r"(?<![\w.])(?:U\.S\.|US)\s$")


def _is_identifier(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` name something ("Boeing 737") or count nothing."""
    before = text[max(0, start - 12) : start]
    if IDENT_BEFORE_RE.search(before) or ID_WORDS_BEFORE.search(before):
        return True
    if (
        "U" in before
        and _US_ROUTE.search(before)
        and text[end : end + 1] not in ("-", "%", ".")
        and not _unit_follows(text, end)
    ):
        return True  # a U.S. highway: "tried to take U.S. 101", not "the U.S. 2% target"
    if ID_WORDS_AFTER.match(text, end) or re.search(r"\d:$", text[max(0, start - 2) : start]):
        return True  # an address, a ZIP code, the seconds of a lap time "1:36.6"
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        prefix = re.search(r"([A-Za-z]+)-$", text[max(0, start - 12) : start])
        return prefix is None or prefix.group(1).lower() not in PREFIX_OK  # COVID-19, F-150
    if start >= 1 and text[start - 1].isalpha():
        return CODE_BEFORE_RE.search(text, max(0, start - 4), start) is None
    joined = re.search(r"(\d+)(?:\s*,\s*|\s+(?:and|or|to|&)\s+)$", text[max(0, start - 16) : start])
    if joined is not None:
        # the second of two numbers named by one word: "junctions 10 and 11"
        lo = start - len(joined.group())
        if ID_WORDS_BEFORE.search(text[max(0, lo - 12) : lo]):
            return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        # the variant of a model: "Boeing 737-800", "A350-1000"
        first = re.search(r"(\d+)-$", text[max(0, start - 12) : start])
        if first is not None:
            lo = start - len(first.group())
            return (lo > 0 and text[lo - 1].isalpha()) or _is_identifier(text, lo, start - 1)
    if (
        re.match(r"[A-Za-z]", text[end : end + 1])
        and not _unit_follows(text, end)
        and _SUFFIX_RE.match(text, end) is None
    ):
        return True  # 5G, 3D, 4K
    if _CODE_AFTER_RE.match(text, end):
        return True  # 737-MAX, 16:9, 9/11, 24/7
    variant = _VARIANT_RE.match(text, end)
    if (
        variant is not None
        and end - start >= 3
        and re.search(r"(?:\b[A-Z][\w-]*|\bthe)\s$", text[max(0, start - 12) : start])
        and not _RESULT_BEFORE_RE.search(text, max(0, start - 40), start)
    ):
        return True  # a model and its variant: "Boeing 787-10", "the 777-9"
    score = _SCORE_AFTER_RE.match(text, end)
    if (
        score is not None
        and text[start:end].isdigit()
        and int(score[1]) <= int(text[start:end])
        and (int(score[1]) < 100 or int(score[1]) % 100)  # "Boeing 747-400": a variant
        and end - start - len(score[1]) <= 1  # so are "787-9", "737-8": scores are alike
    ):
        return False  # a score after a name: "beat the Lakers 118-109"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True  # a player's shirt number: "Dak Prescott (4)"
    m = CAPWORD_BEFORE_RE.search(before)
    if m is not None and m.group(1).lower() not in SMALL:  # "Two 500-page reports": below
        word = m.group(1).lower()
        if word in MONTHS or word in WEEKDAYS or word in HEDGES or word in CURRENCY_PREFIX:
            return False
        if _sentence_start(text, start - len(m.group(0))) and (
            word in STOP or word in ADJECTIVES or word in SENTENCE_OPENERS or word.endswith("ly")
        ):
            return False  # "The 9 ...", "Another 9 ...", "Nearly 9 ..."
        return not _unit_follows(text, end)  # "Planet 9 project", even after a colon
    # a count before the digits: "two new 737 Max jets" (the digits name the model)
    return (
        COUNT_BEFORE_RE.search(before) is not None
        and not _unit_follows(text, end)
        and text[start:end].isdigit()  # not "two 1,000-bed hospitals"
        and re.match(r"-[a-z]", text[end : end + 2]) is None  # nor "two 500-page reports"
    )


_ARTICLE_BEFORE = re.compile(r"(?<![\w])an?\s+$", re.IGNORECASE)


def _apply_hedge(text: str, atom: _Atom) -> _Atom:
    start = atom.start
    hm = HEDGE_RE.search(text, max(0, start - 20), start)
    if hm is None and atom.kind in ("money", "percent"):
        # "up to a $150 credit", "nearly a 10% rise": the article between them
        article = _ARTICLE_BEFORE.search(text, max(0, start - 3), start)
        if article is not None:
            hm = HEDGE_RE.search(text, max(0, article.start() - 20), article.start())
    hedge = ""
    rule = "exact"
    if hm is not None:
        hedge = hm["hedge"]
        rule = HEDGES[hedge.lower()]
        start = hm.start("hedge")
        lead = text[max(0, start - 12) : start]
        # "was over 40" keeps the hedge; "aged over" and "back up to" do not.
        if (
            hedge.lower() in ("under", "below", "over", "above")
            and re.search(r"\b(?:aged|of)\s+$", lead)
        ) or (hedge.lower() == "up to" and CHANGE_RE.search(lead)):
            hedge, rule, start = "", "exact", atom.start
    suffix_rule = ""
    sm = SUFFIX_HEDGE_RE.match(text, atom.num_end or atom.end)
    end = atom.end
    if sm is not None and not hedge:
        word = (sm["w"] or sm["p"]).lower().lstrip("-")
        suffix_rule = SUFFIX_HEDGES[word]
        hedge = sm.group(0).strip()
        end = max(end, sm.end())
    if not hedge:
        return atom
    rule = suffix_rule or rule
    if atom.value is None:
        return replace(atom, start=start, end=end, hedge=hedge.lower())
    low, high = _hedge_range(rule, atom.value)
    return replace(atom, start=start, end=end, hedge=hedge.lower(), low=low, high=high)


def _scale_after(text: str, pos: int, currency: str) -> tuple[float, int]:
    """A scale word or suffix after a number: (factor, end), or (1, pos)."""
    sm = SCALE_RE.match(text, pos)
    if sm is None:
        return 1.0, pos
    if sm["word"]:
        factor = 1.0
        for word in sm["word"].lower().split():
            factor *= SCALES[word if word in SCALES else word.rstrip("s")]
        return factor, sm.end()
    short = (sm["short"] or sm["spaced"] or sm["cap"]).lower()
    if short == "b" and not currency and not sm["cap"]:
        return 1.0, pos
    if (short == "m" or sm["cap"]) and not currency:
        # "40m" is metres unless a plural noun follows ("2.7m combined sales", "8 B people").
        noun, _ = _counted_noun(text, sm.end(), None)
        if not noun or not _looks_plural(noun.split()[-1]):
            return 1.0, pos
    return SHORT_SCALES[short], sm.end()


# a person said to be a bare number: an age ("who was 10", "she turned 40")
_AGE_PREDICATE_RE = re.compile(
    r"(?:\b(?:who|he|she)\s+(?:is|was|will\s+be|would\s+be|would\s+have\s+been)"
    r"|\bturn(?:ed|s|ing))\s+$",
    re.IGNORECASE,
)
# what may follow such an age: the clause ends ("who was 10."), not "1 of 3", "2-1"
_CLAUSE_END_RE = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:when|by|on|and|but|after|before|until|last|this|next)\b"
)


# "children under 10", "adults over 65", "patients younger than 5": an age limit
_AGE_LIMIT_RE = re.compile(
    r"\b(?:children|kids|babies|infants|toddlers|adults|people|those|anyone|boys|girls|teens"
    r"|teenagers|patients|men|women|pupils|students|voters|drivers|residents|workers)"
    r"\s+(?:(?:who\s+are|aged)\s+)?(?:under|over|above|below|younger\s+than|older\s+than"
    r"|aged|of)\s+$",
    re.IGNORECASE,
)


# "..., said Hearns, 59.": a speaker named after the reporting verb, then an age
_SAID_NAME_RE = re.compile(
    r"\b(?:said|says|added|asked|explained|recalled)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,\s$"
)
# "The candidate, 57, has ...": a person named by a noun, then an age in commas
_PERSON_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:wo)?(?:man|boy|girl|candidate|driver"
    r"|victim|suspect|mother|father|son|daughter|wife|husband|teenager|pilot|officer|student"
    r"|teacher|nurse|doctor|patient|actor|actress|singer|player|owner|resident|worker|farmer"
    r"|soldier|journalist|lawyer|leader|gunman|passenger|survivor|defendant|tourist|climber),\s$"
)


def _after_number(
    text: str, atom_start: int, num_end: int, value: float, currency: str, words: bool
) -> _Atom | None:
    """Read scale, unit or counted noun after a number and build the atom."""
    factor, pos = _scale_after(text, num_end, currency)
    scaled = factor != 1.0
    value *= factor
    if currency == "gbp" and text[atom_start : atom_start + 2] == "PS" and not scaled:
        return None  # "PS5" is a games console; "PS6m" is £6m in ASCII-folded text
    base = {"factor": factor, "words": words, "num_end": pos}
    age = AGE_RE.match(text, pos)
    aged = (
        (
            re.search(
                r"\baged?\s+$|\bage\s+(?:of|from|to|at)\s+$",
                text[max(0, atom_start - 12) : atom_start],
            )
            # "at the age of 18 months" keeps its months; "aged 45 years" is an age all the same
            and (not _unit_follows(text, pos) or re.match(r"\s*years?\b", text[pos:]) is not None)
        )
        or (
            not currency
            and 0 < value < 120
            and _AGE_LIMIT_RE.search(text, max(0, atom_start - 40), atom_start)
            and not _unit_follows(text, pos)
            and _counted_noun(text, pos, value)[0] == ""
        )
    )
    apposition = (
        not words
        and not currency
        and 0 < value < 120
        and float(value).is_integer()
        and (
            re.search(r"[A-Z][a-z]+,\s$", text[max(0, atom_start - 20) : atom_start])
            or _PERSON_BEFORE_RE.search(text, max(0, atom_start - 30), atom_start)
        )
        and (
            re.match(r",|\s+(?:and|of|from|who)\b", text[pos:])
            # "..., said Hearns, 59.": a speaker's age closing the attribution
            or (
                re.match(r"\.(?:\s|$)", text[pos:])
                and _SAID_NAME_RE.search(text, max(0, atom_start - 60), atom_start)
            )
        )
    )
    if age is not None or aged or apposition:
        unit = "months old" if age is not None and "month" in age.group().lower() else "years old"
        end = age.end() if age is not None else pos
        return _Atom(atom_start, end, "measure", value, value, value, unit=unit, **base)
    found = _unit_at(text, pos)
    if found is None and scaled and text[pos : pos + 1] == "-":
        # wire style: "an 11.0-billion-dlr suit", "a 300-mln-dlr offer"
        money = _unit_at(text, pos + 1)
        if money is not None and money[1] == "money":
            found = money
    if found is not None:
        canon, ukind, uend = found
        if currency and ukind != "money":
            # "$3 a share", "$5 per barrel": keep the money, the rest is context.
            return _Atom(atom_start, pos, "money", value, value, value, unit=currency, **base)
        norm = _duration_norm(canon, value) if ukind == "duration" else ""
        return _Atom(atom_start, uend, ukind, value, value, value, unit=canon, norm=norm, **base)
    if currency:
        return _Atom(atom_start, pos, "money", value, value, value, unit=currency, **base)
    compound = re.match(r"-(?P<noun>[a-z]{3,})\b(?!-)", text[pos:])
    if compound is not None and compound["noun"] not in STOP:
        # "a four-door car", "six-cylinder engines": a count of the noun.
        end = pos + compound.end()
        return _Atom(atom_start, end, "count", value, value, value, unit=compound["noun"], **base)
    if (noun := _noun_after_figure(text, pos)) is not None:
        # "two 737 jets", "three 20-foot containers", "two 12-year-old boys": the other
        # figure is a quantity of its own (or a model's number); the count stays the number
        return _Atom(atom_start, pos, "count", value, value, value, unit=noun, **base)
    noun_pos = pos
    of = re.match(
        r"\s+of\s+(?:the\s+|these\s+|those\s+|their\s+|its\s+|his\s+|her\s+)?(?=\w)", text[pos:]
    )
    if of is not None and value != 1:
        noun_pos = pos + of.end() - 1
    noun, nend = _counted_noun(text, noun_pos, value)
    if noun_pos != pos and (not noun or not _looks_plural(noun.split()[-1])):
        noun, nend = "", pos
    if noun:
        return _Atom(atom_start, nend, "count", value, value, value, unit=noun, **base)
    if (
        not currency
        and 0 < value < 120
        and float(value).is_integer()
        and _AGE_PREDICATE_RE.search(text, max(0, atom_start - 24), atom_start)
        and _CLAUSE_END_RE.match(text, pos)
    ):
        # "his daughter, who was 10.", "He will be 35 by the end of the year"
        return _Atom(atom_start, pos, "measure", value, value, value, unit="years old", **base)
    return _Atom(atom_start, pos, "count", value, value, value, **base)


_MAX_VARIANT = re.compile(r"\s+(?:MAX|Max)(?:\s+\d{1,2}\b)?")


def _noun_after_figure(text: str, pos: int) -> str | None:
    """The plural noun a count reaches past another figure right after it ("737" in "two
    737 jets", "20-foot", "five-gallon", "100 metre"), or ``None``."""
    other = _FIGURE_MODIFIER.match(text, pos)
    if other is None:
        return None
    after = other.end()
    if other["bare"] and (unit := _unit_at(text, after)) is not None:
        after = unit[2]
    elif other["bare"] and (model := _MAX_VARIANT.match(text, after)) is not None:
        after = model.end()  # "96 737 MAX 8 jets": the model's name and variant
    noun, _ = _counted_noun(text, after, None)
    return noun if noun and _looks_plural(noun.split()[-1]) else None


def _figures(
    text: str,
    taken: list[tuple[int, int]],
    pattern: re.Pattern[str],
    value_of: Callable[[re.Match[str]], float],
) -> list[_Atom]:
    """Figures ``pattern`` finds, valued by ``value_of``, with a currency before them and
    a unit after (what the number's own path reads around a plain figure)."""
    out = []
    for m in pattern.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        currency, start = _currency_before(text, m.start())
        atom = _after_number(text, start, m.end(), value_of(m), currency, False)
        if atom is not None:
            out.append(_apply_hedge(text, atom))
            taken.append((out[-1].start, out[-1].end))
    return out


def _scientific(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """Figures in scientific notation: "1.99×10−30 kilograms"."""
    return _figures(
        text,
        taken,
        SCIENTIFIC_RE,
        lambda m: float(m["mant"]) * 10.0 ** int(m["exp"].replace("−", "-")),
    )


def _vulgar_fractions(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """A vulgar fraction, alone or after a whole number: "2½ years" is 2.5 years."""
    return _figures(
        text,
        taken,
        VULGAR_FRACTION_RE,
        lambda m: (int(m["whole"]) if m["whole"] else 0) + unicodedata.numeric(m["frac"]),
    )


def _slash_fractions(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """A fraction of a unit: "1/2 pound" is 0.5 lb, "2 1/2 hours" 2.5 hours."""
    out = []
    for m in SLASH_FRACTION_RE.finditer(text):
        num, den = int(m["num"]), int(m["den"])
        if not 0 < num < den <= 16 or _overlaps(taken, m.start(), m.end()):
            continue
        if _unit_at(text, m.end()) is None:
            continue  # "9/11", "24/7" and scores are not fractions
        value = (int(m["whole"]) if m["whole"] else 0) + num / den
        atom = _after_number(text, m.start(), m.end(), value, "", False)
        if atom is not None:
            out.append(_apply_hedge(text, atom))
            taken.append((out[-1].start, out[-1].end))
    return out


# "one in three black men", "a 2 in 3 chance", "nine in 10 voters", "one in every five"
_RATIO_NUMBER = r"(?:\d{1,3}(?:,\d{3})*|" + "|".join(sorted(SMALL, key=len, reverse=True)) + ")"
_RATIO_RE = re.compile(
    rf"\b(?P<num>{_RATIO_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>{_RATIO_NUMBER})\b"
    r"(?!\s*(?:%|percent|per\s?cent|[.,]\d))",
    re.IGNORECASE,
)


def _ratio_number(word: str) -> float:
    return float(word.replace(",", "")) if word[0].isdigit() else float(SMALL[word.lower()])


def _ratios(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """ "one in three black men" is a third of them, 33.3 % (like "a third of"); "a 2 in
    3 chance" is 66.7 %, "nine out of 10 voters" 90 %. The second figure must be the
    larger ("one in 2019" is no share); "two of three judges" counts judges."""
    out = []
    for m in _RATIO_RE.finditer(text):
        num, den = _ratio_number(m["num"]), _ratio_number(m["den"])
        if not 0 < num < den or den > 1_000_000 or _overlaps(taken, *m.span()):
            continue
        if _unit_at(text, m.end()) is not None or re.match(r"\s*-", text[m.end() :]):
            continue  # "one in three years", "two in 10-year bonds"
        atom = _exact(m.start(), m.end(), "percent", 100.0 * num / den, unit="%", num_end=m.end())
        out.append(_apply_hedge(text, atom))
        taken.append((atom.start, atom.end))
    return out


def _halves(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """ "two and a half hours" is 2.5 hours, "a half-hour programme" 0.5 hours; "half the
    condos" is 50 % (as "a third of")."""
    out = []
    for m in AND_A_HALF_RE.finditer(text):
        n = m["n"].lower()
        value = (float(n) if n.isdigit() else float(SMALL[n])) + 0.5
        atom = _after_number(text, m.start(), m.end(), value, "", not n.isdigit())
        if atom is not None and not _overlaps(taken, atom.start, atom.end):
            out.append(_apply_hedge(text, atom))
            taken.append((out[-1].start, out[-1].end))
    for m in HALF_UNIT_RE.finditer(text):
        atom = _after_number(text, m.start(), m.end(), 0.5, "", True)
        if atom is not None and not _overlaps(taken, atom.start, atom.end):
            out.append(atom)
            taken.append((atom.start, atom.end))
    for m in HALF_RE.finditer(text):
        before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 12) : m.start()])
        if before is not None and before.group(1).lower() in HALF_BLOCKERS:
            continue  # "the first half of the year" is a period
        if not _overlaps(taken, *m.span()):
            out.append(_exact(*m.span(), "percent", 50.0, unit="%", words=True, num_end=m.end()))
            taken.append(m.span())
    return out


def _folds(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """Multiples: "sixfold", "a 10-fold rise" count 6 and 10 (unit "fold")."""
    out = []
    for m in FOLD_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        n = m["n"].lower()
        value = float(SMALL.get(n, TENS.get(n, 0))) if n.isalpha() else float(n)
        atom = _Atom(m.start(), m.end(), "count", value, value, value, unit="fold", num_end=m.end())
        out.append(_apply_hedge(text, atom))
        taken.append((out[-1].start, out[-1].end))
    return out


def _frequencies(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """ "twice a week" counts 2 (unit "times"), like "three times a week"."""
    out = []
    for m in ONCE_RE.finditer(text):
        if not _overlaps(taken, m.start(), m.end()):
            value = ONCE[m["w"].lower()]
            out.append(_Atom(m.start(), m.end(), "count", value, value, value, unit="times"))
            taken.append(m.span())
    return out


def _members(text: str, taken: list[tuple[int, int]]) -> list[_Atom]:
    """ "one of the largest dinosaurs": one member of a set, so at least one (1 .. None)."""
    out = []
    for m in MEMBER_RE.finditer(text):
        sup = re.match(r"\s+([a-z]+)", text[m.end("noun") :])
        if sup is None or sup.group(1) in NOT_SUPERLATIVE or _overlaps(taken, *m.span()):
            continue
        noun, end = _counted_noun(text, m.end("noun"), None)
        if not noun or not _looks_plural(noun.split()[-1]) or end <= m.end():
            continue
        if m.group("noun").strip():
            noun = f"{m.group('noun').strip()} {noun}"
        out.append(_Atom(m.start(), end, "count", 1.0, 1.0, None, unit=noun, hedge="one of"))
        taken.append((m.start(), end))
    return out


def _numbers(text: str, claimed: list[tuple[int, int]]) -> list[_Atom]:
    out: list[_Atom] = []
    taken = _Spans(len(text), claimed)
    # Vague quantities first: "tens of thousands" must not become 10 and 1000.
    for m in VAGUE_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m["mult"]:
            base = SCALES[m["scale"].lower().rstrip("s")]
            factor = 10.0 if m["mult"].lower() == "tens" else 100.0
            low, high = factor * base, 10 * factor * base
        else:
            vague = m["vague"].lower()
            if vague == "scores" and not re.match(r"\s+of\b", text[m.end() :]):
                continue
            low, high = VAGUE[vague]
            if m["vscale"]:
                scale = SCALES[m["vscale"].lower()]
                low, high = low * scale, high * scale
        pos = m.end()
        currency = ""
        of = re.match(r"\s+of\s+", text[pos:])
        kind: QuantityKind = "count"
        unit = ""
        end = pos
        if of is not None:
            found = _unit_at(text, pos + of.end() - 1)
            if found is not None and found[1] in ("money", "duration", "measure"):
                unit, kind, end = found
            else:
                unit, nend = _counted_noun(text, pos + of.end() - 1, None)
                end = nend if unit else pos
        else:
            found = _unit_at(text, pos)
            if found is not None and found[1] in ("money", "duration", "measure", "percent"):
                unit, kind, end = found
            else:
                unit, nend = _counted_noun(text, pos, None)
                end = nend if unit else pos
        if m["vague"] and m["vague"].lower() in ("a few", "a couple", "several") and not unit:
            continue
        atom = _Atom(
            m.start(), end, kind, None, low, high, unit=unit or currency, words=True, num_end=pos
        )
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in FRACTION_OF_SCALE_RE.finditer(text):
        scale_end = SCALE_RE.match(text, m.end())
        if scale_end is None or _overlaps(taken, m.start(), scale_end.end()):
            continue
        if m["half"]:
            fraction = 0.5
        else:
            numerator = 1 if m["num"].lower() == "a" else SMALL[m["num"].lower()]
            fraction = numerator / FRACTIONS[m["den"].lower()]
        currency, atom_start = _currency_before(text, m.start())
        atom = _after_number(text, atom_start, m.end(), fraction, currency, True)
        if atom is None:
            continue
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in FRACTION_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        of_a = re.match(r"\s+of\s+(?:an?|one)(?=\s)", text[m.end() :], re.IGNORECASE)
        found = _unit_at(text, m.end() + of_a.end()) if of_a is not None else None
        if found is not None and found[1] in ("measure", "duration", "percent"):
            # "a quarter of a percentage point", "three quarters of an hour"
            canon, kind, uend = found
            numerator = 1 if m["num"].lower() == "a" else SMALL[m["num"].lower()]
            value = numerator / FRACTIONS[m["den"].lower()]
            norm = _duration_norm(canon, value) if kind == "duration" else ""
            atom = _exact(
                m.start(), uend, kind, value, unit=canon, norm=norm, words=True, num_end=m.end()
            )
            out.append(_apply_hedge(text, atom))
            taken.append((m.start(), uend))
            continue
        spaced = m["sep"] != "-"
        if spaced and (m["num"].lower() == "a" or m["den"].lower() == "half"):
            hedged = HEDGE_RE.search(text, max(0, m.start() - 20), m.start())
            if not re.match(r"\s+of\b", text[m.end() :]) and hedged is None:
                continue
        numerator = 1 if m["num"].lower() == "a" else SMALL[m["num"].lower()]
        value = 100.0 * numerator / FRACTIONS[m["den"].lower()]
        atom = _exact(m.start(), m.end(), "percent", value, unit="%", words=True, num_end=m.end())
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in A_UNIT_RE.finditer(text):
        # "more than a metre", "within a month", "half a point": one (or half) unit.
        found = _unit_at(text, m.end())
        if found is None or found[1] not in ("measure", "duration") or _overlaps(taken, *m.span()):
            continue
        hedged = HEDGE_RE.search(text, max(0, m.start() - 20), m.start())
        if hedged is not None and hedged["hedge"].lower().endswith("estimated"):
            hedged = None  # a verb: "the 3.1% the government estimated a month ago"
        if not m["half"] and hedged is None:
            continue
        canon, kind, uend = found
        value = 0.5 if m["half"] else 1.0
        norm = _duration_norm(canon, value) if kind == "duration" else ""
        atom = _exact(
            m.start(), uend, kind, value, unit=canon, norm=norm, words=True, num_end=m.end()
        )
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in LONG_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        canon = m["unit"].lower() + "s"
        norm = _duration_norm(canon, 1.0)
        out.append(
            _exact(
                m.start(),
                m.end(),
                "duration",
                1.0,
                unit=canon,
                norm=norm,
                words=True,
                num_end=m.end(),
            )
        )
        taken.append(m.span())
    for m in ORDINAL_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group().lower() in ORDINAL_WORDS:
            # "third" is also a fraction ("a third of"); only "the third" is an ordinal.
            if not re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.I):
                continue
            value = float(ORDINAL_WORDS[m.group().lower()])
        else:
            value = float(re.sub(r"\D", "", m.group()))
        out.append(_Atom(m.start(), m.end(), "ordinal", value, value, value, num_end=m.end()))
        taken.append(m.span())
    for finder in (
        _scientific,
        _ratios,
        _vulgar_fractions,
        _slash_fractions,
        _halves,
        _folds,
        _frequencies,
        _members,
    ):
        out.extend(finder(text, taken))
    pos = 0
    while (m := NUM_RE.search(text, pos)) is not None:
        pos = m.end()
        if m["words"] is not None and _words_value(m.group()) is None:
            # "two five-gallon tanks" is two numbers: the ones after the first are read again
            pos = m.start() + len(m.group().split()[0].split("-")[0])
        if _overlaps(taken, m.start(), m.end()):
            continue
        atom = _number_atom(text, m)
        if atom is None:
            continue
        atom = _apply_hedge(text, atom) if atom.kind != "year" else atom
        if _names_a_model(text, atom):
            continue
        if (
            atom.words
            and atom.kind == "count"
            and not atom.unit
            and not atom.hedge
            and not re.match(r"\s+of\s", text[atom.end :])
            and not TALLY_BEFORE_RE.search(text, max(0, atom.start - 40), atom.start)
            and not _ELLIPSIS_RE.match(text, atom.end)
        ):
            # A number word that counts nothing ("the bottom three") only matters in a range;
            # after a tally ("the death toll to three") it is the tally.
            atom = replace(atom, bare=True)
        if _overlaps(taken, atom.start, atom.end):
            continue
        out.append(atom)
        taken.append((atom.start, atom.end))
    return out


def _names_a_model(text: str, atom: _Atom) -> bool:
    """A plain number before a name counts nothing: "iPhone 11 Pro", "the 787 Dreamliner"."""
    if atom.words or atom.kind != "count" or atom.unit or atom.hedge:
        return False
    if not text[atom.start : atom.end].isdigit():
        return False
    m = re.match(r" ([A-Z][a-z]+)\b", text[atom.end :])
    return m is not None and m.group(1).lower() not in MONTHS and m.group(1).lower() not in WEEKDAYS


def _currency_before(text: str, start: int) -> tuple[str, int]:
    """The currency written just before ``start``: (ISO code, its start), or ("", start)."""
    cm = CURRENCY_PREFIX_RE.search(text, max(0, start - 5), start)
    if cm is None:
        return "", start
    if cm["sym"] is None and cm["word"] is None:
        code = (cm["code"] or cm["code2"] or "").lower()
        key = f"{code}$" if code != "a" or cm["code"] else "a$"
        return CURRENCY_PREFIX.get(key, "usd"), cm.start()
    return CURRENCY_PREFIX.get((cm["sym"] or cm["word"]).lower(), "usd"), cm.start()


def _number_atom(text: str, m: re.Match[str]) -> _Atom | None:
    start, end = m.span()
    words = m["words"] is not None
    sign = 1.0
    if words:
        value = _words_value(m.group())
        if value is None:
            # Fall back to the first word: "two three" is two numbers, not one.
            first = re.match(r"[A-Za-z]+", m.group())
            if first is None:
                return None
            end = start + first.end()
            value = _words_value(first.group())
            if value is None:
                return None
        lowered = text[start:end].lower()
        if lowered == "one" and not _one_is_a_number(text, start, end):
            return None
        if lowered in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            return None
        if text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha():
            return None  # "production-four-door"
        if _names_with_capitals(text, start, end):
            return None  # "the Six Nations", "the Big Ten"
    else:
        digits = m.group()
        if _is_identifier(text, start, end) or _titled_time(text, start, end):
            return None
        if re.match(r"\.\d", text[end : end + 2]):
            return None  # version numbers such as 11.2.3
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return None
        value = float(digits.replace(",", ""))
        if re.match(r"s\b", text[end : end + 2]) and re.fullmatch(r"1[89]\d0|20\d0", digits):
            return _Atom(start, end + 1, "year", value, value, value + 9, norm=f"{digits}s")
        era = re.match(r"\s?(?:BC|B\.C\.|BCE|AD|A\.D\.|CE)\b", text[end:])
        if era is not None or re.search(r"\b(?:AD|A\.D\.)\s$", text[max(0, start - 6) : start]):
            bc = era is not None and era.group().strip().startswith("B")
            year = -value if bc else value
            stop = end + era.end() if era is not None else end
            return _Atom(start, stop, "year", year, year, year, norm=text[start:stop])
        season = re.search(r"(?<!\d)(?:1[89]|20)\d\d[-/–]$", text[max(0, start - 6) : start])
        if len(digits) == 2 and season:
            return None  # the second year of a season: "2023-24", "the 1995-96 season"
        if re.fullmatch(r"(?:1[89]|20)\d\d", digits):
            year_atom = _year_atom(text, start, end, value)
            if year_atom is not None:
                return year_atom
        minus = re.search(r"(?:\bminus[\s-]?|−|(?<=\$)-)$", text[max(0, start - 7) : start])
        if minus is not None:
            sign = -1.0
            start -= len(minus.group())
        elif _LEADING_MINUS_RE.search(text, max(0, start - 12), start):
            if _NAME_BEFORE_MINUS_RE.search(text, max(0, start - 12), start):
                return None  # "COVID -19", "G -7": a name spaced out, not a figure
            sign = -1.0  # "-5 degrees", "(-0.3%)"; not "3 -1", a score
            start -= 1
    mag = MAGNITUDE_BEFORE_RE.search(text, max(0, start - 10), start)
    if mag is not None and not words:
        return _exact(mag.start(), end, "measure", value, unit="magnitude", num_end=end)
    currency, atom_start = _currency_before(text, start)
    atom = _after_number(text, atom_start, end, value, currency, words)
    if atom is None:
        return None
    last_word = text[start:end].lower().split()[-1].split("-")[-1]
    if words and last_word in SCALES and atom.factor == 1.0:
        atom = replace(atom, factor=SCALES[last_word])  # "five thousand"
    if sign > 0 or atom.value is None:
        return atom
    return replace(atom, value=-atom.value, low=-atom.value, high=-atom.value)


_TITLED_TIME_RE = re.compile(r"\s(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)\b")
_CAPITAL_WORD_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")
_CAPITAL_WORD_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+\s+$")
_LOWER_WORD_RE = re.compile(r"\b[a-z]{4,}\b")


def _titled_time(text: str, start: int, end: int) -> bool:
    """Whether a figure and a capitalised span of time inside a sentence are a title:
    CBS's "60 Minutes", "watch the famous 24 Hours race". The sentence must have a
    lower-case word of four letters or more in the 40 characters before the figure:
    a headline's "Storm Rages For 48 Hours" is written in title case and counts."""
    return (
        _TITLED_TIME_RE.match(text, end) is not None
        and not _sentence_start(text, start)
        and _LOWER_WORD_RE.search(text, max(0, start - 40), start) is not None
    )


def _names_with_capitals(text: str, start: int, end: int) -> bool:
    """Whether a capitalised number word inside a sentence is part of a name.

    "his side's Six Nations defeat", "the Big Ten", "Ocean's Eleven": a number
    word spelled with a capital next to a capitalised word, in a sentence that
    is not written in title case (a headline's "Crash Kills Six People" counts).
    """
    if not text[start].isupper() or _sentence_start(text, start):
        return False
    if not (
        _CAPITAL_WORD_AFTER_RE.match(text, end)
        or _CAPITAL_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    ):
        return False
    return _LOWER_WORD_RE.search(text, max(0, start - 40), start) is not None


def _one_is_a_number(text: str, start: int, end: int) -> bool:
    before = re.search(r"([A-Za-z-]+)\s+$", text[max(0, start - 20) : start])
    if before is not None and before.group(1).lower() in ONE_BLOCKERS:
        return False
    after = text[end:]
    if re.match(
        r"\s+(?:of|another|who|that|which|is|was|has|had|could|would|will|can|thing)\b",
        after,
        re.IGNORECASE,
    ):
        return False  # "one of the players", "it was one thing to ... and another to ..."
    if before is not None and before.group(1).lower() == "at" and re.match(r"\s+point\b", after):
        return False  # "at one point": a moment, no score
    if re.match(r"\s+(?:form|way|kind|sort|shape|fashion|manner) or another\b", after):
        return False  # "in one form or another": any, no count
    if re.match(r"(?:-\w|\s+(?:or|to)\s+\w)", after):
        return True
    if _unit_at(text, end) is not None:
        return True
    noun, _ = _counted_noun(text, end, 1.0)
    return bool(noun)


def _year_atom(text: str, start: int, end: int, value: float) -> _Atom | None:
    before = text[max(0, start - 12) : start]
    if CURRENCY_PREFIX_RE.search(before) or HEDGE_RE.search(before):
        return None
    if SCALE_RE.match(text, end) or _unit_at(text, end) is not None:
        return None
    noun, _ = _counted_noun(text, end, value)
    if noun and _looks_plural(noun.split()[-1]):
        if not YEAR_CONTEXT_RE.search(before):
            return None
        # "from 1000 to 2000 hires", "from 50 to 2000 employees": the other end of a span
        # of counts, not a year; "fell by 12 to 2019 levels" is a change, then a year
        other = _OTHER_END_RE.search(text, max(0, start - 24), start)
        if (
            other is not None
            and not re.fullmatch(r"(?:1[89]|20)\d\d", other.group(1))
            and not re.search(r"\bby\s+$", text[max(0, other.start(1) - 6) : other.start(1)])
        ):
            return None
    return _Atom(start, end, "year", value, value, value, norm=_fmt(value), num_end=end)


_OTHER_END_RE = re.compile(r"(?<![\w.,])(\d[\d,.]*)\s*(?:-|–|\bto|\band|\bor)\s+$", re.IGNORECASE)


# --------------------------------------------------------------------------- ranges

_RANGE_SEP_RE = re.compile(r"^\s*(?P<sep>-|–|—|-to-|to|or|and)\s*$", re.IGNORECASE)


def _merge(text: str, atoms: list[_Atom]) -> list[_Atom]:
    atoms = sorted(atoms, key=lambda a: a.start)
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and _second_year(text, a, b):
            # "between A.D. 1000 and 1260": the second figure is a year too.
            b = atoms[i + 1] = replace(b, kind="year", unit="", norm=_fmt(b.value or 0.0))
        merged = _try_range(text, a, b) if b is not None else None
        if merged == "idiom":
            i += 2
            continue
        if merged == "score" and b is not None:
            # "won 2-0", "a 27-24 victory": one result, compared as written
            norm = f"{_fmt(a.value or 0.0)}-{_fmt(b.value or 0.0)}"
            end = b.num_end or b.end
            noun = _RESULT_NOUN_RE.match(text, end)
            unit = noun["noun"].lower() if noun is not None else ""
            if not unit and _VOTE_OF_RE.search(text, max(0, a.start - 24), a.start):
                unit = "vote"
            end = noun.end() if noun is not None else end
            out.append(_Atom(a.start, end, "score", None, None, None, unit=unit, norm=norm))
            i += 2
            continue
        if isinstance(merged, _Atom):
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return [a for a in out if not a.bare]


_SUSPENDED_RE = re.compile(r"-(?:\s*,\s*|\s*,?\s+(?:and|or|to|&)\s+)$", re.IGNORECASE)


def _suspended_hyphens(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Give figures left hanging by a hyphen the unit they share with the last one.

    "four-, five- and six-cylinder engines", "10- and 30-year bonds", "a two-
    to three-day visit": each figure before a hyphen and a comma, "and", "or"
    or "to" takes the kind and unit of the hyphenated quantity ending the list,
    and its hyphen (so that "two- to three-day" merges as a range).
    """
    out = sorted(atoms, key=lambda a: a.start)
    k = len(out) - 1
    while k > 0:
        last = out[k]
        hyphenated = "-" in text[last.num_end or last.start : last.end]
        if not last.unit or not hyphenated:
            k -= 1
            continue
        j = k
        while j > 0:
            prev = out[j - 1]
            if prev.unit or prev.value is None or prev.kind not in ("count", last.kind):
                break
            if _SUSPENDED_RE.fullmatch(text, prev.end, out[j].start) is None:
                break  # the hyphen right after the figure: not "rose to 5 - and 10-year"
            norm = ""
            if last.kind == "duration" and prev.value is not None:
                norm = _duration_norm(last.unit, prev.value)
            out[j - 1] = replace(
                prev, end=prev.end + 1, kind=last.kind, unit=last.unit, norm=norm, bare=False
            )
            j -= 1
        k = j - 1
    return out


def _second_year(text: str, a: _Atom, b: _Atom) -> bool:
    return (
        a.kind == "year"
        and b.kind == "count"
        and not b.unit
        and not b.words
        and b.value is not None
        and b.value.is_integer()
        and 1000 <= b.value <= 2100
        and text[b.start : b.end].isdigit()
        and _RANGE_SEP_RE.match(text[a.end : b.start]) is not None
    )


_VARIANT_RE = re.compile(r"[-–](\d+)\b(?![.,]\d)")
# a result before two figures: "lost 1-3" is a score, loser's goals first
_RESULT_BEFORE_RE = re.compile(
    r"\b(?:lost|lose|loses|losing|beat|beats|beaten|defeat(?:s|ed)?|won|win|wins|victory|draw"
    r"|drew|drawn|trail(?:s|ed|ing)?|led|lead(?:s|ing)?|score|scored|tied|level|voted|vote"
    r"|passed|were|was)\b[^.;]*$",
    re.IGNORECASE,
)
# a tally named before its figures: "By a vote of 316 to 90", "on a vote of 80 to 17"
_VOTE_OF_RE = re.compile(r"\bvote of\s+$", re.IGNORECASE)
# what a score is the score of: "a 3-1 lead", "on a 25-6 vote", "a 2-0 win"
_RESULT_NOUN_RE = re.compile(
    r"\s+(?P<noun>leads?|votes?|wins?|victor(?:y|ies)|defeats?|loss(?:es)?|margins?|majorit(?:y|ies)"
    r"|advantages?|deficits?|decisions?|draws?|triumphs?|ties?|scorelines?|verdicts?)\b",
    re.IGNORECASE,
)
# "closed up 23 points to 6661.89": a move and the level it reached, not a range
_MOVED_BEFORE_RE = re.compile(
    r"\b(?:closed|ended|finished|opened|settled|stood|traded|trading|was|were|is|are)"
    r"\s+(?:up|down)\s+$",
    re.IGNORECASE,
)
_NOT_A_SCORE_AFTER_RE = re.compile(
    r"\s+(?:chances?|split|jobs?|shifts?|basis|odds|ratio|proposition|mix)\b", re.IGNORECASE
)


def _try_range(text: str, a: _Atom, b: _Atom) -> _Atom | str | None:
    dated = ("time", "date", "year", "ordinal")
    if a.value is None or b.value is None or a.kind in dated or b.kind in dated or b.hedge:
        return None
    m = _RANGE_SEP_RE.match(text[a.end : b.start])
    if m is None:
        return None
    raw = m["sep"].lower()
    sep = raw.strip("-") or "-"  # "0-to-60-mph" reads "0 to 60", never a change
    before = text[max(0, a.start - 12) : a.start]
    between = re.search(r"\bbetween\s+$", before, re.IGNORECASE)
    if sep == "and" and between is None:
        return None
    from_ = re.search(r"\bfrom\s+$", before, re.IGNORECASE)
    if from_ is not None and CHANGE_RE.search(text[max(0, a.start - 50) : a.start - 5]):
        return None  # "fell from $36,040 to $34,935" is a change, not a range
    if (
        raw == "to"
        and from_ is None
        and (
            CHANGE_RE.search(text[max(0, a.start - 25) : a.start])
            or re.search(r"\bby\s+$", before)
            or _MOVED_BEFORE_RE.search(text, max(0, a.start - 30), a.start)
        )
    ):
        return None  # "rose 64.06 points to 4,577.10", "closed up 23 points to 6661.89"
    if (
        a.unit
        and a.unit != b.unit
        and (b.unit or b.kind != "count" or a.kind not in ("money", "percent", "measure"))
    ):
        return None  # "$5-10" shares the dollar; "0.7 percent to 6,327" does not
    if sep == "or" and (a.unit or a.value >= b.value or not (a.words or b.value <= 20)):
        return None
    if (
        sep == "to"
        and not a.unit
        and not b.unit
        and float(a.value).is_integer()
        and float(b.value).is_integer()
        and a.value >= b.value
        and _VOTE_OF_RE.search(text, max(0, a.start - 24), a.start)
    ):
        return "score"  # "By a vote of 316 to 90": one tally, as "a 316-90 vote" is
    hyphen = sep in ("-", "–", "—")
    if (
        hyphen
        and not a.unit
        and b.kind == "count"
        and a.factor == 1.0
        and float(a.value).is_integer()
        and float(b.value).is_integer()
        and (
            a.value >= b.value
            # loser first: "lost 1-3"; not a range of something counted ("win 20-25 seats")
            or (not b.unit and _RESULT_BEFORE_RE.search(text, max(0, a.start - 40), a.start))
        )
    ):
        result = _RESULT_BEFORE_RE.search(text, max(0, a.start - 40), a.start) is not None
        idiom = text[a.start : b.end] in ("24-7", "9-5") or (
            a.value == b.value and _NOT_A_SCORE_AFTER_RE.match(text, b.end)
        )
        if idiom and not result:
            return "idiom"  # "open 24-7", "a 9-5 job", "a 50-50 chance": no figure at all
        return "score"  # "won 2-0", "lost 1-3", "beat the Raiders 24-7"
    if hyphen and a.words != b.words:
        return None
    low = a.value
    if a.factor == 1.0 and a.value * b.factor <= b.value:
        low = a.value * b.factor  # "four to five thousand": the scale covers both ends
    if low > b.value:
        return None
    start = a.start
    hedge = a.hedge
    if between is not None:
        start = a.start - (len(before) - between.start())
        hedge = "between"
    unit = b.unit or a.unit
    kind = b.kind if b.unit else a.kind
    return _Atom(
        start,
        b.end,
        kind,
        None,
        low,
        b.value,
        unit=unit,
        hedge=hedge,
        factor=b.factor,
        words=a.words,
        num_end=b.num_end,
    )


# --------------------------------------------------------------------------- API


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Find numbers, times and dates in ``text`` with their hedges and units.

    Parameters
    ----------
    text : str
        Article text; offsets in the result point into it.

    Returns
    -------
    tuple of Quantity
        Sorted by ``start``, non-overlapping. See the module docstring for the
        range conventions ("around 40" is 36-44, "at least 25" is 25-None,
        "dozens" is 12-120) and how ``unit`` is chosen.

    Examples
    --------
    >>> qs = extract_quantities("Around 40 passengers were rescued at about 5:40am on Sunday.")
    >>> [(q.text, q.kind, q.low, q.high, q.unit) for q in qs[:1]]
    [('Around 40 passengers', 'count', 36.0, 44.0, 'passengers')]
    >>> [(q.text, q.norm) for q in qs[1:]]
    [('about 5:40am', '05:40'), ('Sunday', 'sunday')]
    >>> q = extract_quantities("Dozens of homes were flooded.")[0]
    >>> (q.value, q.low, q.high, q.unit)
    (None, 12.0, 120.0, 'homes')
    """
    claimed = _Spans(len(text))
    atoms: list[_Atom] = []
    claimed.extend(_phones(text))
    for atom in sorted([*_times(text), *_dates(text)], key=lambda a: (a.start, -(a.end - a.start))):
        if not _overlaps(claimed, atom.start, atom.end):
            atoms.append(atom)
            claimed.append((atom.start, atom.end))
    atoms.extend(_numbers(text, claimed))
    result = []
    for atom in _inherit_units(text, _merge(text, _suspended_hyphens(text, atoms))):
        if (
            _RANKED.search(text, max(0, atom.start - 8), atom.start)
            and text[atom.start : atom.start + 1].isalpha()
        ):
            continue  # "our number one priority", "the number two official": a rank
        if _AIRCRAFT_MODEL.match(text, atom.start):
            continue  # "all 737 Max jets", "the Boeing 737 8 Max": a model, no count
        if atom.kind == "ordinal" and text[atom.end : atom.end + 5].lower() == "-hour":
            continue  # "an 11th-hour investigation", "eleventh-hour": an idiom, no rank
        result.append(
            Quantity(
                text=text[atom.start : atom.end],
                start=atom.start,
                end=atom.end,
                kind=atom.kind,
                value=atom.value,
                low=atom.low,
                high=atom.high,
                hedge=atom.hedge.lower(),
                unit=atom.unit,
                norm=atom.norm,
            )
        )
    return tuple(_drop_overlaps(sorted(result, key=lambda q: (q.start, -q.end))))


_RANKED = re.compile(r"\bnumber $", re.IGNORECASE)
# an aircraft's model number before its name: "737 MAX 8", "8 Max jets"
_AIRCRAFT_MODEL = re.compile(r"\d{1,3}\s+(?:MAX|Max)\b")

# a hyphen-minus right before a number: at the start of the text, or after a
# space or "(" that no figure precedes ("-5 degrees", "(-0.3%)", not "3 -1")
# a number word standing for its noun, as the subject of a verb: "and four were hurt"
_ELLIPSIS_RE = re.compile(
    r"\s+(?:were|was|are|have|had|remain(?:ed|s)?|died|survived|escaped)\b", re.IGNORECASE
)
_PARTITIVE_GAP_RE = re.compile(r"\s+of\s+(?:the|her|his|its|their|our|those|these)\s+")
_LEADING_MINUS_RE = re.compile(r"(?:^[\s(]*|[^\d\s][\s(]+)-$|(?<![\d\s])\(-$")
# a capitalised code spaced from its number ("COVID -19", "G -7"): a name
_NAME_BEFORE_MINUS_RE = re.compile(r"\b[A-Z][A-Z0-9]*\s+-$")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
_UNIT_SOURCES = ("count", "money", "measure", "percent")
_LEVEL_BEFORE_RE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)


def _inherit_units(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Give a bare figure the unit of its neighbour in the same sentence.

    News drops a repeated unit: "6 million homes, including 1.5 million in Los
    Angeles"; "435 homes by open sale and 187 by tender". The nearest quantity
    before (else the next one, if close) with a unit lends it.

    The nearest one before is kept per kind as the figures go by, and sentence
    ends and semicolons are found by bisection: a table of thousands of figures
    in one "sentence" costs n log n (looking back figure by figure, and
    scanning each gap again, took a minute for 3,000 figures).
    """
    out = list(atoms)
    ends = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
    semicolons = [m.start() for m in re.finditer(";", text)]
    last: dict[str, int] = {}  # kind -> index of the last figure of that kind with a unit
    for i, atom in enumerate(out):
        if atom.kind == "count" and not atom.unit and atom.value is not None:
            out[i] = _with_inherited_unit(text, out, i, last, ends, semicolons)
        if out[i].unit:
            last[out[i].kind] = i
    return out


def _with_inherited_unit(
    text: str,
    out: list[_Atom],
    i: int,
    last: dict[str, int],
    ends: list[int],
    semicolons: list[int],
) -> _Atom:
    """Figure ``i`` with the unit its neighbour lends it, if any (see :func:`_inherit_units`)."""
    atom = out[i]
    if (
        i + 1 < len(out)
        and out[i + 1].kind == "count"
        and out[i + 1].unit
        and _looks_plural(out[i + 1].unit.split()[-1])
        and _PARTITIVE_GAP_RE.fullmatch(text, atom.end, out[i + 1].start)
    ):
        # "four of the 32 tweets", "all but seven of the 2,000 Jews": a part of the whole
        return replace(atom, unit=out[i + 1].unit)
    elliptic = atom.words
    if elliptic and not _ELLIPSIS_RE.match(text, atom.end):
        return atom  # "one died and four were hurt": the noun of "one" is left out
    # "rose 8.15% to 3.65": a level reached is not another percentage.
    level = _LEVEL_BEFORE_RE.search(text, max(0, atom.start - 6), atom.start) is not None
    kinds = ("count", "money", "measure") if level else _UNIT_SOURCES
    if elliptic:
        kinds = ("count",)  # "paid $30 million ..., and three were fakes": no dollars
    source = None
    j = max((last.get(kind, -1) for kind in kinds), default=-1)
    if j >= 0:
        lo, hi = out[j].end, atom.start
        # a sentence's end between (a full stop right before the figure counts too)
        ended = bisect.bisect_left(ends, lo) < bisect.bisect_left(ends, hi) or (
            lo < hi and text[hi - 1] in ".!?"
        )
        semicolon = bisect.bisect_left(semicolons, lo) < bisect.bisect_left(semicolons, hi)
        # "two feet deep; and 3 )", but "30 degrees in Madrid; 28 in Rome"
        if not ended and not (semicolon and not _LIST_ITEM_RE.match(text, atom.end)):
            source = out[j]
    if source is None and i + 1 < len(out):
        nxt = out[i + 1]
        gap = text[atom.end : nxt.start]
        if nxt.kind in kinds and nxt.unit and _lends_forward(gap, nxt):
            source = nxt
    if source is not None and elliptic and not _may_stand_for(text, atom, source):
        source = None
    if (
        source is not None
        and not elliptic  # "One firefighter died and four were hurt" does lend it
        and source.kind == "count"
        and source.value == 1
        and not _looks_plural(source.unit.split()[-1])
    ):
        source = None  # "One Iranian lawmaker said the number was closer to 4,000"
    if source is None:
        return atom
    return replace(atom, kind=source.kind, unit=source.unit)


_CASUALTY_AFTER_RE = re.compile(r"\s+(?:were|was|are|have\s+been|had\s+been)\s+(\w+)")


_CONNECTIVE = (
    r"\s|,|-|–|—|/|\(|\bvs\b\.?|\b(?:and|or|nor|to|from|between|by|than|up|down|versus"
    r"|then|even|possibly|perhaps|maybe|against|not|another"
    r"|of(?:\s+(?:the|his|her|its|their|these|those))?)\b"
)
# What may stand between a bare figure and the quantity that lends it its unit: connectives
# ("1.5 and 2 million homes", "25 or even 50 basis points", "2 of his 3 goals"), or a
# parallel clause: a short phrase and a connective ("30 in the north and 35 degrees",
# "412 and the Conservatives 165 seats", "52 to Trump's 44 percent"). Never other words:
# "rose to 57, officials said, with 11 miners", "around 80 but cost £60,000".
_CONNECTIVES_RE = re.compile(rf"(?:{_CONNECTIVE})*", re.IGNORECASE)
_PARALLEL_RE = re.compile(
    r"\s+(?:(?:in|at|on|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,?\s+(?:and|to|or|against)"
    r"|(?:and|to|against|versus)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:['’]s?)?)\s+"
)
# a figure opening an item of a list after a semicolon: "28 degrees in Madrid; 25 in Rome"
_LIST_ITEM_RE = re.compile(r"\s+(?:in|at|on|for)\s")


def _lends_forward(gap: str, source: _Atom) -> bool:
    """Whether the quantity after ``gap`` lends its unit to the bare figure before it."""
    if source.kind == "money" and not gap.strip():
        return False  # "3 $5 bills" are not 3 dollars
    if source.kind == "percent" and re.search(r"\b(?:up|down)\b", gap, re.IGNORECASE):
        return False  # "revenue was 3.2 billion, up 5 percent": a level, then its change
    return _CONNECTIVES_RE.fullmatch(gap) is not None or _PARALLEL_RE.fullmatch(gap) is not None


def _may_stand_for(text: str, atom: _Atom, source: _Atom) -> bool:
    """Whether a number word can stand for ``source``'s noun: not "four were injured" after
    "30 homes" (who is hurt is people, whatever was counted before)."""
    m = _CASUALTY_AFTER_RE.match(text, atom.end)
    if m is None or m.group(1).lower() not in CASUALTY:
        return True
    head = source.unit.split()[-1] if source.unit else ""
    return head not in THING_HEADS and head.rstrip("s") not in THING_HEADS


def _drop_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in quantities:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


# a span of time told in two units: "three years and four months" is 40 months
_NEXT_UNIT = {
    "years": ("months", 12.0),
    "weeks": ("days", 7.0),
    "days": ("hours", 24.0),
    "hours": ("minutes", 60.0),
    "minutes": ("seconds", 60.0),
}
_UNITS_JOINED = re.compile(r",?\s+(?:and\s+)?")


def _listed(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two spans of time stand next to each other, joined by "and" or a comma."""
    joined = _UNITS_JOINED.fullmatch(text, a.end, b.start)
    return a.kind == b.kind == "duration" and joined is not None


def _joins(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` goes on with ``a`` as one span of time in the next smaller unit."""
    smaller = _NEXT_UNIT.get(a.unit)
    return (
        _listed(text, a, b)
        and smaller is not None
        and smaller[0] == b.unit
        and not b.hedge
        and None not in (a.value, a.low, a.high, b.value, b.low, b.high)
    )


def joined_durations(text: str, quantities: Iterable[Quantity]) -> tuple[Quantity, ...]:
    """``quantities`` with each span of time told in two units as one, in the smaller.

    :func:`extract_quantities` gives "three years and four months" as two
    durations, as NewsQuant annotates them; a version that says "40 months"
    states the same term, and the diff compares them so. A run of three units
    or more ("3 years, 2 months, 14 days, and 16 hours") is left as it is.

    >>> text = "a sentence of three years and four months"
    >>> [(q.text, q.value, q.unit) for q in joined_durations(text, extract_quantities(text))]
    [('three years and four months', 40.0, 'months')]
    """
    qs = list(quantities)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        chained = (i > 0 and _listed(text, qs[i - 1], a)) or (
            i + 2 < len(qs) and b is not None and _listed(text, b, qs[i + 2])
        )
        if b is None or chained or not _joins(text, a, b):
            out.append(a)
            i += 1
            continue
        factor = _NEXT_UNIT[a.unit][1]
        value = a.value * factor + b.value  # type: ignore[operator]
        out.append(
            replace(
                a,
                text=text[a.start : b.end],
                end=b.end,
                value=value,
                low=a.low * factor + b.low,  # type: ignore[operator]
                high=a.high * factor + b.high,  # type: ignore[operator]
                unit=b.unit,
                norm=_duration_norm(b.unit, value),
            )
        )
        i += 2
    return tuple(out)
