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
3-5, "a couple" 2-3, "a few" 2-5, "several" 3-9, "dozens" 12-120, "scores" 20-200,
"hundreds" 200-999, "thousands" 2,000-9,999 (and likewise millions, billions),
"tens of thousands" 20,000-99,999, "hundreds of thousands" 200,000-999,999.
"several"/"a few" before a scale word multiply it ("several hundred" 300-900).
Explicit ranges ("two or three", "8 to 10", "between 5 and 10", "5-10") have
no ``value`` either; "from 5 to 10" is a change, so it gives two quantities.

``unit`` is what is counted or measured, lower-case. Money is an ISO 4217 code
("usd" for a bare ``$``), percentages are ``"%"``, measures use their usual
symbol ("km", "mph", "°c", "magnitude"), durations a plural word ("days"), ages
``"years old"``. A count's unit is the noun phrase the text gives after the
number, trimmed of leading adjectives and cut after its last plural noun ("40
passengers on board" -> "passengers", "two crew members" -> "crew members"),
or the word after "of" ("dozens of homes" -> "homes"). A casualty participle
right after the number is itself the unit ("at least 25 injured" ->
"injured"): the text never says who, so none is invented.

A figure with no unit of its own borrows the unit of the nearest quantity in
the same sentence, as news drops a repeated noun ("6 million homes, including
1.5 million in Los Angeles" -> both "homes"). A number word that counts
nothing ("the bottom three") is dropped unless it is hedged or part of a range.
"a metre", "a month" are quantities only when hedged ("more than a metre");
"half a point" is 0.5. "minus 5", "$-50bn" are negative. "aged 18", "a
12-year-old" and "Senard, 65," are ages.

Times have ``value`` = minutes after midnight and ``norm`` = ``"HH:MM"``;
hedged times allow ±10 minutes. Dates have ``norm`` = ISO 8601
(``"2024-03-03"``, ``"--03-03"`` without a year, ``"2024-03"``) or the weekday
name (``"sunday"``); years have ``norm`` = the year. Durations have ``norm`` =
an ISO 8601 duration with weeks counted as days ("a week-long" -> ``"P7D"``).
Fractions such as "two-thirds" are percentages (value 66.67).

Not quantities: "one of the", "the one who", "No. 10", phone numbers, model
names and codes ("COVID-19", "G7", "Boeing 737", "iPhone 11"), and football
scores ("2-0").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from storydiff.models import Quantity, QuantityKind

__all__ = ["extract_quantities"]

# --------------------------------------------------------------------------- tables

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_SHORT_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mil": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_ORDINAL_WORDS = {
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Vague quantities: (low, high) for the bare word.
_VAGUE = {
    "a handful": (3.0, 5.0),
    "a couple": (2.0, 3.0),
    "a few": (2.0, 5.0),
    "several": (3.0, 9.0),
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "millions": (2e6, 9999999.0),
    "billions": (2e9, 9999999999.0),
}

# Hedge -> rule. Longest phrases first in the regex.
_HEDGES = {
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "circa": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "more than": "more",
    "over": "more",
    "above": "more",
    "upwards of": "more",
    "in excess of": "more",
    "just over": "more",
    "well over": "more",
    "over than": "more",
    "at least": "atleast",
    "no fewer than": "atleast",
    "no less than": "atleast",
    "a minimum of": "atleast",
    "up to": "upto",
    "as many as": "upto",
    "as much as": "upto",
    "at most": "upto",
    "no more than": "upto",
    "a maximum of": "upto",
    "within": "upto",
    "fewer than": "less",
    "less than": "less",
    "under": "less",
    "below": "less",
    "reportedly": "exact",
}
_SUFFIX_HEDGES = {"or more": "atleast", "or so": "approx", "plus": "atleast", "+": "atleast"}

# Units: canonical symbol -> (kind, surface forms). Surfaces are matched
# case-insensitively unless listed in _CASED_UNITS.
_UNITS: dict[str, tuple[QuantityKind, tuple[str, ...]]] = {
    "%": ("percent", ("%", "per cent", "percent", "pc", "pct")),
    "percentage points": ("percent", ("percentage points", "percentage point", "pp")),
    "basis points": ("percent", ("basis points", "basis point", "bps", "bp")),
    "km/h": (
        "measure",
        ("km/h", "km/hr", "kph", "kmh", "kmph", "km per hour", "kilometres per hour"),
    ),
    "mph": ("measure", ("mph", "miles per hour", "miles an hour")),
    "m/s": ("measure", ("m/s", "metres per second", "meters per second")),
    "mpg": ("measure", ("mpg", "miles per gallon")),
    "km²": ("measure", ("km2", "km²", "sq km", "square kilometres", "square kilometers")),
    "m²": ("measure", ("m2", "m²", "sq m", "sqm", "square metres", "square meters")),
    "ft²": ("measure", ("sq ft", "square feet", "square foot")),
    "mi²": ("measure", ("square miles", "square mile")),
    "km": ("measure", ("km", "kilometres", "kilometers", "kilometre", "kilometer")),
    "cm": ("measure", ("cm", "centimetres", "centimeters", "centimetre", "centimeter")),
    "mm": ("measure", ("mm", "millimetres", "millimeters", "millimetre", "millimeter")),
    "μm": ("measure", ("μm", "µm", "micrometres", "micrometers", "microns", "micron")),
    "m": ("measure", ("m", "metres", "meters", "metre", "meter")),
    "mi": ("measure", ("miles", "mile")),
    "nmi": ("measure", ("nautical miles", "nautical mile")),
    "ft": ("measure", ("ft", "feet", "foot")),
    "in": ("measure", ("inches", "inch")),
    "yd": ("measure", ("yards", "yard", "yd")),
    "kg": ("measure", ("kg", "kilograms", "kilogram", "kilogrammes", "kilos", "kilo")),
    "mg": ("measure", ("mg", "milligrams", "milligram")),
    "g": ("measure", ("grams", "gram", "g")),
    "lb": ("measure", ("lbs", "lb", "pounds", "pound")),
    "oz": ("measure", ("ounces", "ounce", "oz")),
    "t": ("measure", ("tonnes", "tonne", "tons", "ton", "metric tons")),
    "l": ("measure", ("litres", "liters", "litre", "liter", "l")),
    "ml": ("measure", ("ml", "millilitres", "milliliters")),
    "gal": ("measure", ("gallons", "gallon")),
    "bbl": ("measure", ("barrels", "barrel")),
    "°c": ("measure", ("°c", "degrees celsius", "degrees centigrade", "c", "celsius")),
    "°f": ("measure", ("°f", "degrees fahrenheit", "f", "fahrenheit")),
    "degrees": ("measure", ("degrees", "degree", "°")),
    "kwh": ("measure", ("kwh",)),
    "mwh": ("measure", ("mwh",)),
    "gwh": ("measure", ("gwh",)),
    "twh": ("measure", ("twh",)),
    "kw": ("measure", ("kw", "kilowatts", "kilowatt")),
    "mw": ("measure", ("mw", "megawatts", "megawatt")),
    "gw": ("measure", ("gw", "gigawatts", "gigawatt")),
    "w": ("measure", ("w", "watts", "watt")),
    "v": ("measure", ("v", "volts", "volt")),
    "mah": ("measure", ("mah",)),
    "hp": ("measure", ("hp", "horsepower")),
    "bhp": ("measure", ("bhp",)),
    "ps": ("measure", ("ps",)),
    "lb-ft": ("measure", ("lb-ft", "pound-feet", "lb ft")),
    "nm": ("measure", ("nm", "nanometres", "nanometers", "nanometre", "nanometer")),
    "mpa": ("measure", ("mpa", "megapascals", "megapascal")),
    "gpa": ("measure", ("gpa", "gigapascals", "gigapascal")),
    "kpa": ("measure", ("kpa", "kilopascals", "kilopascal")),
    "ksi": ("measure", ("ksi",)),
    "rpm": ("measure", ("rpm",)),
    "tb": ("measure", ("tb", "terabytes", "terabyte")),
    "gb": ("measure", ("gb", "gigabytes", "gigabyte")),
    "mb": ("measure", ("mb", "megabytes", "megabyte")),
    "mbps": ("measure", ("mbps",)),
    "gbps": ("measure", ("gbps",)),
    "ghz": ("measure", ("ghz", "gigahertz")),
    "mhz": ("measure", ("mhz", "megahertz")),
    "khz": ("measure", ("khz", "kilohertz")),
    "hz": ("measure", ("hz", "hertz")),
    "ppm": ("measure", ("ppm", "parts per million")),
    "ppb": ("measure", ("ppb", "parts per billion")),
    "acres": ("measure", ("acres", "acre")),
    "ha": ("measure", ("hectares", "hectare", "ha")),
    "magnitude": ("measure", ("magnitude",)),
    "knots": ("measure", ("knots",)),
    "points": ("measure", ("points", "point", "pts")),
    "seconds": ("duration", ("seconds", "second", "secs", "sec")),
    "minutes": ("duration", ("minutes", "minute", "mins", "min")),
    "hours": ("duration", ("hours", "hour", "hrs", "hr")),
    "days": ("duration", ("days", "day")),
    "weeks": ("duration", ("weeks", "week")),
    "months": ("duration", ("months", "month")),
    "years": ("duration", ("years", "year", "yrs")),
    "decades": ("duration", ("decades", "decade")),
    "centuries": ("duration", ("centuries", "century")),
    "usd": ("money", ("us dollars", "u.s. dollars", "dollars", "dollar")),
    "aud": ("money", ("australian dollars", "australian dollar")),
    "cad": ("money", ("canadian dollars", "canadian dollar")),
    "hkd": ("money", ("hong kong dollars",)),
    "nzd": ("money", ("new zealand dollars",)),
    "eur": ("money", ("euros", "euro", "eur", "€")),
    "gbp": ("money", ("pounds sterling", "sterling", "gbp", "£")),
    "jpy": ("money", ("yen", "japanese yen", "jpy")),
    "cny": ("money", ("yuan", "chinese yuan", "renminbi", "rmb", "cny")),
    "inr": ("money", ("rupees", "rupee", "crore", "inr")),
    "ils": ("money", ("shekels", "shekel")),
    "myr": ("money", ("ringgit",)),
    "rub": ("money", ("roubles", "rubles", "rouble", "ruble")),
    "zar": ("money", ("rand",)),
    "chf": ("money", ("swiss francs", "francs")),
    "krw": ("money", ("won",)),
    "cents": ("money", ("cents", "cent")),
    "pence": ("money", ("pence", "p")),
}
# Surfaces too ambiguous to follow a number after a space (only attached: "40m", "5W").
_ATTACHED_ONLY = {"m", "g", "l", "c", "f", "w", "v", "p", "in", "nm", "ps", "ha", "pp", "bp"}
# Units that must be written with this case when attached ("5G" is not 5 grams).
_CASED_UNITS = {
    "g": "g",
    "w": "W",
    "v": "V",
    "c": "C",
    "f": "F",
    "ps": "PS",
    "nm": "Nm",
    "in": "in",
    "p": "p",
    "ha": "ha",
    "pp": "pp",
    "bp": "bp",
    "m": "m",
    "l": "l",
}
_DURATION_ISO = {
    "seconds": ("PT", "S", 1.0),
    "minutes": ("PT", "M", 1.0),
    "hours": ("PT", "H", 1.0),
    "days": ("P", "D", 1.0),
    "weeks": ("P", "D", 7.0),
    "months": ("P", "M", 1.0),
    "years": ("P", "Y", 1.0),
    "decades": ("P", "Y", 10.0),
    "centuries": ("P", "Y", 100.0),
}
_CURRENCY_PREFIX = {
    "us$": "usd",
    "usd": "usd",
    "$": "usd",
    "hk$": "hkd",
    "a$": "aud",
    "au$": "aud",
    "$a": "aud",
    "c$": "cad",
    "ca$": "cad",
    "nz$": "nzd",
    "s$": "sgd",
    "€": "eur",
    "eur": "eur",
    "£": "gbp",
    "gbp": "gbp",
    "¥": "jpy",
    "₹": "inr",
    "rs": "inr",
    "rs.": "inr",
    "rm": "myr",
    "ps": "gbp",
    "y=": "jpy",
    "aud": "aud",
    "cad": "cad",
    "nzd": "nzd",
    "sgd": "sgd",
    "hkd": "hkd",
    "jpy": "jpy",
    "cny": "cny",
    "inr": "inr",
    "r$": "brl",
    "chf": "chf",
}

# Words that end a counted-noun phrase.
# fmt: off
_STOP = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "there", "their", "his", "her",
    "its", "our", "your", "my", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "without", "within", "into", "onto", "over", "under", "about", "after", "before",
    "since", "until", "during", "per", "than", "as", "and", "or", "but", "nor", "so", "yet",
    "if", "then", "when", "while", "where", "who", "whom", "whose", "which", "what", "why",
    "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "not", "no", "also", "less", "most", "least", "each", "every", "all", "both",
    "either", "neither", "another", "some", "any", "many", "much", "few", "such", "only",
    "just", "even", "still", "again", "ago", "later", "earlier", "apiece", "back", "up",
    "down", "out", "off", "away", "around", "through", "across", "between", "among",
    "against", "toward", "towards", "upon", "via", "like", "including", "said", "says",
    "say", "told", "according", "it", "he", "she", "they", "we", "you", "i", "them", "him",
    "us", "me", "last", "next", "first", "second", "cent", "percent",
))
# fmt: on
# fmt: off
_ADJECTIVES = frozenset((
    "new", "more", "old", "young", "small", "large", "big", "major", "local", "former",
    "senior", "top", "straight", "separate", "different", "consecutive", "foreign", "total",
    "confirmed", "reported", "known", "suspected", "unnamed", "armed", "additional",
    "further", "extra", "full", "whole", "entire", "key", "main", "leading", "other",
    "possible", "potential", "previous", "recent", "current", "elderly", "early", "late",
    "long", "short", "high", "low", "great", "good", "best", "worst", "real", "single",
    "double", "individual", "active", "private", "public", "human", "british", "american",
    "international", "national", "regional", "independent", "free", "paid", "unpaid",
    "registered",
))
# fmt: on
# fmt: off
_CASUALTY = frozenset((
    "dead", "killed", "injured", "wounded", "hurt", "missing", "arrested", "detained",
    "stranded", "displaced", "evacuated", "rescued", "hospitalised", "hospitalized",
    "infected", "affected", "trapped",
))
# fmt: on
# fmt: off
_IRREGULAR_PLURALS = frozenset((
    "people", "men", "women", "children", "police", "staff", "crew", "personnel", "cattle",
    "sheep", "fish", "deer", "aircraft", "feet", "teeth", "mice", "geese", "data", "media",
    "militia", "youth", "livestock", "troops",
))
# fmt: on
# fmt: off
_ONE_BLOCKERS = frozenset((
    "the", "this", "that", "which", "no", "any", "every", "each", "same", "another",
    "someone",
))
# fmt: on
_NOT_PLURAL_S = ("ss", "us", "is", "ous")


# --------------------------------------------------------------------------- regexes


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMWORD = _alt([*_SMALL, *_TENS, *_SCALES, "dozen"])
_NUM_RE = re.compile(
    r"(?P<digits>(?<![\d.,/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
    r"|(?<![\w.,])\.\d+)"
    rf"|(?P<words>\b(?:a\s+(?:{_alt(['dozen', *_SCALES])})|(?:{_NUMWORD}))"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_NUMWORD}))*\b)",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(?P<mult>tens|hundreds)\s+of\s+(?P<scale>thousands|millions|billions)\b"
    rf"|\b(?P<vague>{_alt(_VAGUE)})(?:\s+(?P<vscale>hundred|thousand|million|billion)\b)?\b",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    rf"\b(?P<num>{_alt([*_SMALL, 'a'])})(?P<sep>-|\s+)(?P<den>{_alt(_FRACTIONS)})\b",
    re.IGNORECASE,
)
_LONG_RE = re.compile(
    r"\b(?:(?P<art>an?)\s+)?(?P<unit>hour|day|week|month|year|decade)[-\s]?long\b",
    re.IGNORECASE,
)
_A_UNIT_RE = re.compile(r"\b(?P<half>half\s+)?an?(?=\s+[a-z])", re.IGNORECASE)
_ORDINAL_RE = re.compile(
    rf"(?<![\w.,])\d+(?:st|nd|rd|th)\b|\b(?:{_alt(_ORDINAL_WORDS)})\b", re.IGNORECASE
)
_HEDGE_RE = re.compile(
    rf"(?:^|(?<=[^\w]))(?P<hedge>{_alt(_HEDGES)})\s*$",
    re.IGNORECASE,
)
_SUFFIX_HEDGE_RE = re.compile(r"(?:\s*(?P<w>or more|or so)\b|(?P<p>-?plus\b|\+))", re.IGNORECASE)
_CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>US|HK|AU|NZ|CA|A|C|S|R)?\s?\$(?P<code2>US|AU|A|CA|C|NZ|HK|S)?"
    r"|(?P<sym>[€£¥₹]|Y=)"
    r"|(?<![A-Za-z])(?P<word>USD|EUR|GBP|CHF|AUD|CAD|NZD|SGD|HKD|JPY|CNY|INR|Rs\.?|RM|PS))\s?$",
)
_CODE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:US|HK|AU|NZ|CA|USD|EUR|GBP|CHF|AUD|CAD|NZD|SGD|HKD|JPY|CNY|INR|Rs|RM|PS)$"
)
_SCALE_RE = re.compile(
    r"(?:\s*-?\s*(?P<word>(?:hundred\s+)?(?:thousand|million|billion|trillion)|hundred)\b"
    r"|(?P<short>k|m|mn|mln|mil|bn|b|tn)\b|\s(?P<spaced>mn|bn|tn|mil)\b)",
    re.IGNORECASE,
)
_AGE_RE = re.compile(
    r"(?:-|\s)?(?:years?|months?)[-\s]old\b",
    re.IGNORECASE,
)
_SURFACES = sorted(
    ((s, canon, kind) for canon, (kind, surfaces) in _UNITS.items() for s in surfaces),
    key=lambda item: len(item[0]),
    reverse=True,
)
_UNIT_RE = re.compile(
    r"(?P<sep>\s?-\s?|\s)?(?P<unit>" + _alt(s for s, _, _ in _SURFACES) + r")(?![\w/²])",
    re.IGNORECASE,
)
_SURFACE_LOOKUP = {s: (canon, kind) for s, canon, kind in _SURFACES}
_WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'’-]*)")
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}|\+\d{1,3}[\s.-]?\d{2,5}(?:[\s.-]\d{2,5}){1,3}"
    r"|0\d{2,4}\s\d{3,4}\s?\d{3,4})(?!\w)"
)
_ISO_DATE_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_MONTH_ALT = "|".join(
    sorted(
        (m.capitalize() for m in _MONTHS),
        key=len,
        reverse=True,
    )
)
_MONTH_DATE_RE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"\b(?P<mon>{_MONTH_ALT}|{_MONTH_ALT.upper()})\b\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d))?"
    rf"(?:,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b)?"
)
_WEEKDAY_RE = re.compile(r"\b(?P<day>" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")s?\b")
_TIME_AMPM_RE = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])(?:\.\s?m\.|m\b)",
    re.IGNORECASE,
)
_TZ = r"GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|JST|AEST|AEDT|local time"
_TIME_24_RE = re.compile(
    rf"(?<![\w:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d]|[:.]\d)(?:\s?(?P<tz>{_TZ})\b)?"
    rf"|(?<![\w:.])(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s?(?P<tz2>{_TZ}|hrs|hours)\b"
)
_TIME_WORD_RE = re.compile(r"\b(?P<w>noon|midnight|midday)\b", re.IGNORECASE)
_TZ_AFTER_RE = re.compile(rf"\s?(?:{_TZ})\b")
_TIME_HEDGE_RE = re.compile(
    r"(?:^|(?<=\W))(?P<hedge>about|around|approximately|roughly|shortly after|shortly before"
    r"|just after|just before|soon after|after|before|until|by)\s+$",
    re.IGNORECASE,
)
_IDENT_BEFORE_RE = re.compile(r"(?:\bNo\.?|\bno\.|\bNos?\.|#|\bNumber|\bnumber)\s?$")
_YEAR_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|since|until|by|from|of|during|before|after|early|late|mid|the|and|to|year)"
    r"\s+|mid-)$",
    re.IGNORECASE,
)


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
            if prev not in _SCALES:
                return None
            continue
        if tok in _SMALL:
            if prev in _SMALL or (prev in _TENS and _SMALL[tok] >= 10) or prev == "dozen":
                return None
            current += _SMALL[tok]
        elif tok in _TENS:
            if prev in _SMALL or prev in _TENS or prev == "dozen":
                return None
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in _SCALES:
            total += (current or 1.0) * _SCALES[tok]
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


def _looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL_S) and "'" not in w


def _counted_noun(text: str, pos: int, value: float | None) -> tuple[str, int]:
    """The counted noun phrase starting after ``pos``: (unit, end offset)."""
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < 4:
        m = _WORD_RE.match(text, cursor)
        if m is None:
            break
        w = m.group("w").rstrip("'’-")
        low = w.lower()
        if low in _STOP or low in _UNITS:
            break
        if not words and low in _CASUALTY:
            return low, m.start("w") + len(w)
        words.append((w, m.start("w") + len(w)))
        cursor = m.start("w") + len(w)
        if low in _CASUALTY:
            break
    while words and words[0][0].lower() in _ADJECTIVES and len(words) > 1:
        words.pop(0)
    last_plural = max((i for i, (w, _) in enumerate(words) if _looks_plural(w)), default=-1)
    if last_plural >= 0:
        chosen = words[: last_plural + 1]
    elif words and words[0][0].islower() and words[0][0] not in _ADJECTIVES:
        # A singular noun after "one" ("one man"), or a compound ("an 11 member trade deal").
        if value == 1:
            chosen = words[:1]
        elif len(words) >= 2 and all(w.islower() for w, _ in words):
            chosen = words
        else:
            return "", pos
    else:
        return "", pos
    return " ".join(w.lower() for w, _ in chosen), chosen[-1][1]


def _unit_at(text: str, pos: int) -> tuple[str, QuantityKind, int] | None:
    """A unit written right after ``pos``: (canonical, kind, end)."""
    m = _UNIT_RE.match(text, pos)
    if m is None:
        return None
    surface = m.group("unit")
    low = surface.lower()
    sep = m.group("sep") or ""
    attached = sep == ""
    cased = _CASED_UNITS.get(low)
    exact_case = cased is not None and surface == cased
    if low in _ATTACHED_ONLY and not attached and not (exact_case and cased != low):
        # "40 m" is too ambiguous and "5 in" is a preposition; "300 PS", "12 C" are units.
        return None
    if cased is not None and not exact_case and (attached or low in _ATTACHED_ONLY):
        return None
    if surface == "Nm":
        return "n·m", "measure", m.end()
    canon, kind = _SURFACE_LOOKUP[low]
    if "-" in sep and kind not in ("duration", "measure"):
        return None
    return canon, kind, m.end()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\"'“‘(\n—–-"


# --------------------------------------------------------------------------- finders


def _phones(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 8:
            spans.append(m.span())
    return spans


def _dates(text: str) -> list[_Atom]:
    out = []
    for m in _ISO_DATE_RE.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(_Atom(m.start(), m.end(), "date", None, None, None, norm=m.group()))
    for m in _MONTH_DATE_RE.finditer(text):
        mon_text = m["mon"]
        mon = _MONTHS[mon_text.lower()]
        day_text = m["d1"] or m["d2"]
        year_text = m["y"]
        if day_text is None and year_text is None:
            full = mon_text.lower() in (
                [
                    "january",
                    "february",
                    "march",
                    "april",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                ]
            )
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
    for m in _WEEKDAY_RE.finditer(text):
        out.append(_Atom(m.start(), m.end(), "date", None, None, None, norm=m["day"].lower()))
    return out


def _time_atom(text: str, start: int, end: int, hour: int, minute: int) -> _Atom:
    value = float(hour * 60 + minute)
    norm = f"{hour:02d}:{minute:02d}"
    hm = _TIME_HEDGE_RE.search(text, max(0, start - 16), start)
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
    for m in _TIME_AMPM_RE.finditer(text):
        hour = int(m["h"])
        minute = int(m["m"] or 0)
        if not 1 <= hour <= 12:
            continue
        if m["ap"].lower() == "p" and hour != 12:
            hour += 12
        elif m["ap"].lower() == "a" and hour == 12:
            hour = 0
        end = m.end()
        tz = _TZ_AFTER_RE.match(text, end)
        if tz is not None:
            end = tz.end()
        out.append(_time_atom(text, m.start(), end, hour, minute))
    for m in _TIME_24_RE.finditer(text):
        if m["h"] is not None:
            hour, minute = int(m["h"]), int(m["m"])
        else:
            hour, minute = int(m["h2"]), int(m["m2"])
        out.append(_time_atom(text, m.start(), m.end(), hour, minute))
    for m in _TIME_WORD_RE.finditer(text):
        hour = 0 if m["w"].lower() == "midnight" else 12
        out.append(_time_atom(text, m.start(), m.end(), hour, 0))
    return out


_ID_WORDS_BEFORE = re.compile(
    r"\b(?:category|level|grade|phase|stage|round|game|chapter|section|page|room|route|row"
    r"|channel|season|episode|vol|volume|version|article|platform|terminal|gate|flight|unit"
    r"|tier|class|type|series|model|zip|code|pin|box|suite|apartment|apt|highway|interstate)"
    r"\s$",
    re.IGNORECASE,
)
# fmt: off
_PREFIX_OK = frozenset((
    "sub", "mid", "pre", "post", "over", "under", "now", "then", "around", "about", "nearly",
    "almost", "minus", "top", "all", "us",
))
# fmt: on
_CHANGE_RE = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|increas(?:e|es|ed|ing)"
    r"|decreas(?:e|es|ed|ing)|gr[eo]w(?:s|ing|n)?|gain(?:s|ed|ing)?|los(?:e|es|t|ing)"
    r"|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|sl(?:id|ide|ides|iding)|slipp?(?:ed|ing|s)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?"
    r"|soar(?:s|ed|ing)?|cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
    r"|declin(?:e|es|ed|ing)|slow(?:s|ed|ing)?|narrow(?:s|ed|ing)?|eas(?:e|es|ed|ing)"
    r"|widen(?:s|ed|ing)?|revis(?:e|es|ed|ing)|boost(?:s|ed|ing)?"
    r"|reduc(?:e|es|ed|ing)|add(?:s|ed|ing)?|shed(?:s|ding)?|tumbl(?:e|es|ed|ing)"
    r"|sank|sink(?:s|ing)?|dipp?(?:ed|ing|s)?|back)\b",
    re.IGNORECASE,
)
_CAPWORD_BEFORE_RE = re.compile(r"(?<![\w.&])([A-Z][\w&]*|i[A-Z]\w*)\s$")


def _unit_follows(text: str, end: int) -> bool:
    return (
        _unit_at(text, end) is not None
        or _SCALE_RE.match(text, end) is not None
        or _AGE_RE.match(text, end) is not None
    )


def _is_identifier(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` name something ("Boeing 737") or count nothing."""
    before = text[max(0, start - 12) : start]
    if _IDENT_BEFORE_RE.search(before) or _ID_WORDS_BEFORE.search(before):
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        prefix = re.search(r"([A-Za-z]+)-$", text[max(0, start - 12) : start])
        return prefix is None or prefix.group(1).lower() not in _PREFIX_OK  # COVID-19, F-150
    if start >= 1 and text[start - 1].isalpha():
        return _CODE_BEFORE_RE.search(text, max(0, start - 4), start) is None
    if (
        re.match(r"[A-Za-z]", text[end : end + 1])
        and not _unit_follows(text, end)
        and re.match(r"(?:st|nd|rd|th|s)\b|[ap]\.?m\b", text[end:], re.IGNORECASE) is None
    ):
        return True  # 5G, 3D, 4K
    if re.match(r":\d|-[A-Z]{1,3}\d*\b", text[end:]):
        return True  # 737-MAX, 16:9
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True  # a player's shirt number: "Dak Prescott (4)"
    m = _CAPWORD_BEFORE_RE.search(before)
    if m is not None and not _sentence_start(text, start - len(m.group(0))):
        word = m.group(1).lower()
        if word in _MONTHS or word in _WEEKDAYS or word in _HEDGES or word in _CURRENCY_PREFIX:
            return False
        return not _unit_follows(text, end)
    return False


def _apply_hedge(text: str, atom: _Atom) -> _Atom:
    start = atom.start
    hm = _HEDGE_RE.search(text, max(0, start - 20), start)
    hedge = ""
    rule = "exact"
    if hm is not None:
        hedge = hm["hedge"]
        rule = _HEDGES[hedge.lower()]
        start = hm.start("hedge")
        lead = text[max(0, start - 12) : start]
        # "was over 40" keeps the hedge; "aged over" and "back up to" do not.
        if (
            hedge.lower() in ("under", "below", "over", "above")
            and re.search(r"\b(?:aged|of)\s+$", lead)
        ) or (hedge.lower() == "up to" and _CHANGE_RE.search(lead)):
            hedge, rule, start = "", "exact", atom.start
    suffix_rule = ""
    sm = _SUFFIX_HEDGE_RE.match(text, atom.num_end or atom.end)
    end = atom.end
    if sm is not None and not hedge:
        word = (sm["w"] or sm["p"]).lower().lstrip("-")
        suffix_rule = _SUFFIX_HEDGES[word]
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
    sm = _SCALE_RE.match(text, pos)
    if sm is None:
        return 1.0, pos
    if sm["word"]:
        factor = 1.0
        for word in sm["word"].lower().split():
            factor *= _SCALES[word]
        return factor, sm.end()
    short = (sm["short"] or sm["spaced"]).lower()
    if short == "b" and not currency:
        return 1.0, pos
    if short == "m" and not currency:
        # "40m" is metres unless a plural noun follows ("2.7m combined sales").
        noun, _ = _counted_noun(text, sm.end(), None)
        if not noun or not _looks_plural(noun.split()[-1]):
            return 1.0, pos
    return _SHORT_SCALES[short], sm.end()


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
    age = _AGE_RE.match(text, pos)
    aged = re.search(r"\baged\s+$", text[max(0, atom_start - 8) : atom_start])
    apposition = (
        not words
        and not currency
        and 0 < value < 120
        and float(value).is_integer()
        and re.search(r"[A-Z][a-z]+,\s$", text[max(0, atom_start - 20) : atom_start])
        and re.match(r",|\s+(?:and|of|from|who)\b", text[pos:])
    )
    if age is not None or aged or apposition:
        unit = "months old" if age is not None and "month" in age.group().lower() else "years old"
        end = age.end() if age is not None else pos
        return _Atom(atom_start, end, "measure", value, value, value, unit=unit, **base)
    found = _unit_at(text, pos)
    if found is not None:
        canon, ukind, uend = found
        if currency and ukind != "money":
            # "$3 a share", "$5 per barrel": keep the money, the rest is context.
            return _Atom(atom_start, pos, "money", value, value, value, unit=currency, **base)
        norm = ""
        if ukind == "duration":
            prefix, letter, mult = _DURATION_ISO[canon]
            norm = f"{prefix}{_fmt(value * mult)}{letter}"
        return _Atom(atom_start, uend, ukind, value, value, value, unit=canon, norm=norm, **base)
    if currency:
        return _Atom(atom_start, pos, "money", value, value, value, unit=currency, **base)
    compound = re.match(r"-(?P<noun>[a-z]{3,})\b(?!-)", text[pos:])
    if compound is not None and compound["noun"] not in _STOP:
        # "a four-door car", "six-cylinder engines": a count of the noun.
        end = pos + compound.end()
        return _Atom(atom_start, end, "count", value, value, value, unit=compound["noun"], **base)
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
    return _Atom(atom_start, pos, "count", value, value, value, **base)


def _numbers(text: str, claimed: list[tuple[int, int]]) -> list[_Atom]:
    out: list[_Atom] = []
    taken = list(claimed)
    # Vague quantities first: "tens of thousands" must not become 10 and 1000.
    for m in _VAGUE_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m["mult"]:
            base = _SCALES[m["scale"].lower().rstrip("s")]
            factor = 10.0 if m["mult"].lower() == "tens" else 100.0
            low, high = 2 * factor * base, 10 * factor * base - 1
        else:
            vague = m["vague"].lower()
            if vague == "scores" and not re.match(r"\s+of\b", text[m.end() :]):
                continue
            low, high = _VAGUE[vague]
            if m["vscale"]:
                scale = _SCALES[m["vscale"].lower()]
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
    for m in _FRACTION_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        spaced = m["sep"] != "-"
        if spaced and (m["num"].lower() == "a" or m["den"].lower() == "half"):
            hedged = _HEDGE_RE.search(text, max(0, m.start() - 20), m.start())
            if not re.match(r"\s+of\b", text[m.end() :]) and hedged is None:
                continue
        numerator = 1 if m["num"].lower() == "a" else _SMALL[m["num"].lower()]
        value = 100.0 * numerator / _FRACTIONS[m["den"].lower()]
        atom = _Atom(
            m.start(),
            m.end(),
            "percent",
            value,
            value,
            value,
            unit="%",
            words=True,
            num_end=m.end(),
        )
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in _A_UNIT_RE.finditer(text):
        # "more than a metre", "within a month", "half a point": one (or half) unit.
        found = _unit_at(text, m.end())
        if found is None or found[1] not in ("measure", "duration") or _overlaps(taken, *m.span()):
            continue
        hedged = _HEDGE_RE.search(text, max(0, m.start() - 20), m.start())
        if not m["half"] and hedged is None:
            continue
        canon, kind, uend = found
        value = 0.5 if m["half"] else 1.0
        norm = ""
        if kind == "duration":
            prefix, letter, mult = _DURATION_ISO[canon]
            norm = f"{prefix}{_fmt(value * mult)}{letter}"
        atom = _Atom(
            m.start(),
            uend,
            kind,
            value,
            value,
            value,
            unit=canon,
            norm=norm,
            words=True,
            num_end=m.end(),
        )
        atom = _apply_hedge(text, atom)
        out.append(atom)
        taken.append((atom.start, atom.end))
    for m in _LONG_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        canon = m["unit"].lower() + "s"
        prefix, letter, mult = _DURATION_ISO[canon]
        out.append(
            _Atom(
                m.start(),
                m.end(),
                "duration",
                1.0,
                1.0,
                1.0,
                unit=canon,
                norm=f"{prefix}{_fmt(mult)}{letter}",
                words=True,
                num_end=m.end(),
            )
        )
        taken.append(m.span())
    for m in _ORDINAL_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group().lower() in _ORDINAL_WORDS:
            # "third" is also a fraction ("a third of"); only "the third" is an ordinal.
            if not re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.I):
                continue
            value = float(_ORDINAL_WORDS[m.group().lower()])
        else:
            value = float(re.sub(r"\D", "", m.group()))
        out.append(_Atom(m.start(), m.end(), "ordinal", value, value, value, num_end=m.end()))
        taken.append(m.span())
    for m in _NUM_RE.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        atom = _number_atom(text, m)
        if atom is None:
            continue
        atom = _apply_hedge(text, atom) if atom.kind != "year" else atom
        if (
            atom.words
            and atom.kind == "count"
            and not atom.unit
            and not atom.hedge
            and not re.match(r"\s+of\s", text[atom.end :])
        ):
            # A number word that counts nothing ("the bottom three") only matters in a range.
            atom = replace(atom, bare=True)
        if _overlaps(taken, atom.start, atom.end):
            continue
        out.append(atom)
        taken.append((atom.start, atom.end))
    return out


def _currency_before(text: str, start: int) -> tuple[str, int]:
    """The currency written just before ``start``: (ISO code, its start), or ("", start)."""
    cm = _CURRENCY_PREFIX_RE.search(text, max(0, start - 5), start)
    if cm is None:
        return "", start
    if cm["sym"] is None and cm["word"] is None:
        code = (cm["code"] or cm["code2"] or "").lower()
        key = f"{code}$" if code != "a" or cm["code"] else "a$"
        return _CURRENCY_PREFIX.get(key, "usd"), cm.start()
    return _CURRENCY_PREFIX.get((cm["sym"] or cm["word"]).lower(), "usd"), cm.start()


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
    else:
        digits = m.group()
        if _is_identifier(text, start, end):
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
        if re.fullmatch(r"(?:1[89]|20)\d\d", digits):
            year_atom = _year_atom(text, start, end, value)
            if year_atom is not None:
                return year_atom
        minus = re.search(r"(?:\bminus[\s-]?|−|(?<=\$)-)$", text[max(0, start - 7) : start])
        if minus is not None:
            sign = -1.0
            start -= len(minus.group())
    currency, atom_start = _currency_before(text, start)
    atom = _after_number(text, atom_start, end, value, currency, words)
    if atom is None:
        return None
    last_word = text[start:end].lower().split()[-1].split("-")[-1]
    if words and last_word in _SCALES and atom.factor == 1.0:
        atom = replace(atom, factor=_SCALES[last_word])  # "five thousand"
    if sign > 0 or atom.value is None:
        return atom
    return replace(atom, value=-atom.value, low=-atom.value, high=-atom.value)


def _one_is_a_number(text: str, start: int, end: int) -> bool:
    before = re.search(r"([A-Za-z-]+)\s+$", text[max(0, start - 20) : start])
    if before is not None and before.group(1).lower() in _ONE_BLOCKERS:
        return False
    after = text[end:]
    if re.match(
        r"\s+(?:of|another|who|that|which|is|was|has|had|could|would|will|can)\b",
        after,
        re.IGNORECASE,
    ):
        return False
    if re.match(r"(?:-\w|\s+(?:or|to)\s+\w)", after):
        return True
    if _unit_at(text, end) is not None:
        return True
    noun, _ = _counted_noun(text, end, 1.0)
    return bool(noun)


def _year_atom(text: str, start: int, end: int, value: float) -> _Atom | None:
    before = text[max(0, start - 12) : start]
    if _CURRENCY_PREFIX_RE.search(before) or _HEDGE_RE.search(before):
        return None
    if _SCALE_RE.match(text, end) or _unit_at(text, end) is not None:
        return None
    noun, _ = _counted_noun(text, end, value)
    if noun and _looks_plural(noun.split()[-1]) and not _YEAR_CONTEXT_RE.search(before):
        return None
    return _Atom(start, end, "year", value, value, value, norm=_fmt(value), num_end=end)


# --------------------------------------------------------------------------- ranges

_RANGE_SEP_RE = re.compile(r"^\s*(?P<sep>-|–|—|to|or|and)\s*$", re.IGNORECASE)


def _merge(text: str, atoms: list[_Atom]) -> list[_Atom]:
    atoms = sorted(atoms, key=lambda a: a.start)
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = _try_range(text, a, b) if b is not None else None
        if merged == "score":
            i += 2
            continue
        if isinstance(merged, _Atom):
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return [a for a in out if not a.bare]


def _try_range(text: str, a: _Atom, b: _Atom) -> _Atom | str | None:
    dated = ("time", "date", "year", "ordinal")
    if a.value is None or b.value is None or a.kind in dated or b.kind in dated or b.hedge:
        return None
    m = _RANGE_SEP_RE.match(text[a.end : b.start])
    if m is None:
        return None
    sep = m["sep"].lower()
    before = text[max(0, a.start - 12) : a.start]
    between = re.search(r"\bbetween\s+$", before, re.IGNORECASE)
    if sep == "and" and between is None:
        return None
    from_ = re.search(r"\bfrom\s+$", before, re.IGNORECASE)
    if from_ is not None and _CHANGE_RE.search(text[max(0, a.start - 50) : a.start - 5]):
        return None  # "fell from $36,040 to $34,935" is a change, not a range
    if (
        sep == "to"
        and from_ is None
        and (
            _CHANGE_RE.search(text[max(0, a.start - 25) : a.start])
            or re.search(r"\bby\s+$", before)
        )
    ):
        return None  # "rose 64.06 points to 4,577.10"
    if (
        a.unit
        and a.unit != b.unit
        and (b.unit or b.kind != "count" or a.kind not in ("money", "percent", "measure"))
    ):
        return None  # "$5-10" shares the dollar; "0.7 percent to 6,327" does not
    if sep == "or" and (a.unit or a.value >= b.value or not (a.words or b.value <= 20)):
        return None
    hyphen = sep in ("-", "–", "—")
    if (
        hyphen
        and not a.unit
        and b.kind == "count"
        and a.factor == 1.0
        and a.value >= b.value
        and float(a.value).is_integer()
    ):
        return "score"  # "won 2-0"
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
    claimed: list[tuple[int, int]] = []
    atoms: list[_Atom] = []
    claimed.extend(_phones(text))
    for atom in sorted([*_times(text), *_dates(text)], key=lambda a: (a.start, -(a.end - a.start))):
        if not _overlaps(claimed, atom.start, atom.end):
            atoms.append(atom)
            claimed.append((atom.start, atom.end))
    atoms.extend(_numbers(text, claimed))
    result = []
    for atom in _inherit_units(text, _merge(text, atoms)):
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


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
_UNIT_SOURCES = ("count", "money", "measure", "percent")


def _inherit_units(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Give a bare figure the unit of its neighbour in the same sentence.

    News drops a repeated unit: "6 million homes, including 1.5 million in Los
    Angeles"; "435 homes by open sale and 187 by tender". The nearest quantity
    before (else the next one, if close) with a unit lends it.
    """
    out = list(atoms)
    for i, atom in enumerate(out):
        if atom.kind != "count" or atom.unit or atom.value is None or atom.words:
            continue
        source = None
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if _SENTENCE_END_RE.search(text, prev.end, atom.start):
                break
            if prev.kind in _UNIT_SOURCES and prev.unit:
                source = prev
                break
        if source is None and i + 1 < len(out):
            nxt = out[i + 1]
            gap = text[atom.end : nxt.start]
            if (
                nxt.kind in _UNIT_SOURCES
                and nxt.unit
                and len(gap) < 60
                and _SENTENCE_END_RE.search(gap) is None
            ):
                source = nxt
        if source is not None:
            out[i] = replace(atom, kind=source.kind, unit=source.unit)
    return out


def _drop_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in quantities:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out
