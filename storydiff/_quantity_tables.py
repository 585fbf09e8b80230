"""Word lists, unit and currency tables and the patterns built from them.

Constants only, for :mod:`storydiff.quantities`; see its docstring for what
the tables mean. Nothing here is public.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storydiff.models import QuantityKind
from storydiff.normalize import VULGAR_FRACTIONS

# --------------------------------------------------------------------------- words

SMALL = {
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
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # South Asian English: "35 lakh rupees", "Rs 1,200 crore"
    "lakh": 1e5,
    "crore": 1e7,
}
SHORT_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mil": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
FRACTIONS = {
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
ORDINAL_WORDS = {
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
MONTHS = {
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
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Vague quantities: (low, high) for the bare word.
VAGUE = {
    "a handful": (3.0, 5.0),
    "a couple": (2.0, 3.0),
    "a few": (2.0, 5.0),
    "several": (3.0, 9.0),
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}

# Hedge -> rule. Longest phrases first in the regex.
HEDGES = {
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
SUFFIX_HEDGES = {"or more": "atleast", "or so": "approx", "plus": "atleast", "+": "atleast"}

# Units: canonical symbol -> (kind, surface forms). Surfaces are matched
# case-insensitively unless listed in CASED_UNITS.
UNITS: dict[str, tuple[QuantityKind, tuple[str, ...]]] = {
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
    "km³": ("measure", ("km3", "km³", "cubic kilometres", "cubic kilometers", "cubic kilometre")),
    "m³": (
        "measure",
        ("m3", "m³", "cu m", "cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    ),
    "ft³": ("measure", ("cu ft", "cu. ft.", "cubic feet", "cubic foot")),
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
    "μg": (
        "measure",
        ("μg", "µg", "mcg", "micrograms", "microgram", "microgrammes", "microgramme"),
    ),
    "g": ("measure", ("grams", "gram", "g")),
    "lb": ("measure", ("lbs", "lb", "pounds", "pound")),
    "oz": ("measure", ("ounces", "ounce", "oz")),
    "t": ("measure", ("tonnes", "tonne", "tons", "ton", "metric tons")),
    "l": ("measure", ("litres", "liters", "litre", "liter", "l")),
    "ml": ("measure", ("ml", "millilitres", "milliliters")),
    "gal": ("measure", ("gallons", "gallon")),
    "bbl": ("measure", ("barrels", "barrel")),
    "°c": (
        "measure",
        (
            *("°c", "degrees celsius", "degrees centigrade", "c", "celsius", "centigrade"),
            *("degree celsius", "degree centigrade", "deg celsius", "° celsius", "°celsius"),
            *("degrees c", "degree c", "deg c", "deg. c", "° c"),
        ),
    ),
    "°f": (
        "measure",
        (
            *("°f", "degrees fahrenheit", "f", "fahrenheit", "degree fahrenheit"),
            *("deg fahrenheit", "° fahrenheit", "°fahrenheit"),
            *("degrees f", "degree f", "deg f", "deg. f", "° f"),
        ),
    ),
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
    # per-game sports statistics: "15.3 ppg", "0.5 WAR"
    "ppg": ("measure", ("ppg",)),
    "rpg": ("measure", ("rpg",)),
    "apg": ("measure", ("apg",)),
    "war": ("measure", ("war",)),
    "seconds": ("duration", ("seconds", "second", "secs", "sec")),
    "minutes": ("duration", ("minutes", "minute", "mins", "min")),
    "hours": ("duration", ("hours", "hour", "hrs", "hr")),
    "days": ("duration", ("days", "day")),
    "weeks": ("duration", ("weeks", "week")),
    "months": ("duration", ("months", "month")),
    "years": ("duration", ("years", "year", "yrs")),
    "decades": ("duration", ("decades", "decade")),
    "centuries": ("duration", ("centuries", "century")),
    "usd": (
        "money",
        (
            "us dollars",
            "u.s. dollars",
            "us dollar",
            "u.s. dollar",
            "dollars",
            "dollar",
            "usd",
            "$",
            "u.s. dlrs",
            "dlrs",
            "dlr",
        ),  # wire style: "1.6 mln dlrs"
    ),
    "aud": ("money", ("australian dollars", "australian dollar", "australian dlrs", "aud")),
    "cad": ("money", ("canadian dollars", "canadian dollar", "canadian dlrs", "cad")),
    "hkd": ("money", ("hong kong dollars", "hong kong dlrs", "hkd")),
    "nzd": ("money", ("new zealand dollars", "new zealand dlrs", "nzd")),
    "eur": ("money", ("euros", "euro", "eur", "€")),
    "gbp": ("money", ("pounds sterling", "sterling", "stg", "gbp", "£")),
    "jpy": ("money", ("yen", "japanese yen", "jpy", "¥")),
    "cny": ("money", ("yuan", "chinese yuan", "renminbi", "rmb", "cny", "元")),
    "inr": ("money", ("rupees", "rupee", "inr", "₹")),
    "btc": ("money", ("bitcoins", "btc", "₿")),  # "11 bitcoin ETFs" is a count
    "ils": ("money", ("shekels", "shekel")),
    "myr": ("money", ("ringgit",)),
    "rub": ("money", ("roubles", "rubles", "rouble", "ruble")),
    "zar": ("money", ("rand",)),
    "chf": ("money", ("swiss francs", "francs", "chf")),
    "krw": ("money", ("won",)),
    "cents": ("money", ("cents", "cent", "cts", "ct")),
    "pence": ("money", ("pence", "p")),
}
# Surfaces too ambiguous to follow a number after a space (only attached: "40m", "5W").
# fmt: off
ATTACHED_ONLY = frozenset((
    "m", "g", "l", "c", "f", "w", "v", "p", "in", "nm", "ps", "ha", "pp", "bp", "war",
))
# fmt: on
# Units that must be written with this case when attached ("5G" is not 5 grams).
CASED_UNITS = {
    "war": "WAR",
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
DURATION_ISO = {
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
CURRENCY_PREFIX = {
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
    "₿": "btc",
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
STOP = frozenset((
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
    # a conjunction opens a clause: "330 million valors once overruns are counted"
    "once", "unless", "because", "although", "though", "whereas", "whether", "despite",
))
# fmt: on
# fmt: off
ADJECTIVES = frozenset((
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
CASUALTY = frozenset((
    "dead", "killed", "injured", "wounded", "hurt", "missing", "arrested", "detained",
    "stranded", "displaced", "evacuated", "rescued", "hospitalised", "hospitalized",
    "infected", "affected", "trapped",
))
# fmt: on
# fmt: off
IRREGULAR_PLURALS = frozenset((
    "people", "men", "women", "children", "police", "staff", "crew", "personnel", "cattle",
    "sheep", "fish", "deer", "aircraft", "feet", "teeth", "mice", "geese", "data", "media",
    "militia", "youth", "livestock", "troops",
))
# fmt: on
# fmt: off
ONE_BLOCKERS = frozenset((
    "the", "this", "that", "which", "no", "any", "every", "each", "same", "another",
    "someone",
))
# fmt: on
NOT_PLURAL_S = ("ss", "us", "is", "ous")


# --------------------------------------------------------------------------- patterns


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUMWORD = _alt([*SMALL, *TENS, *SCALES, "dozen"])
NUM_RE = re.compile(
    # thousands separators, also grouped the South Asian way ("12,34,567")
    r"(?P<digits>(?<![\d.,/])(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)"
    r"(?:\.\d+)?(?![\d,]\d)"
    r"|(?<![\w.,])\.\d+)"
    rf"|(?P<words>\b(?:a\s+(?:{_alt(['dozen', *SCALES])})|(?:{NUMWORD}))"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{NUMWORD}))*\b)",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(
    r"\b(?P<mult>tens|hundreds)\s+of\s+(?P<scale>thousands|millions|billions)\b"
    rf"|\b(?P<vague>{_alt(VAGUE)})(?:\s+(?P<vscale>hundred|thousand|million|billion)\b)?\b",
    re.IGNORECASE,
)
FRACTION_RE = re.compile(
    rf"\b(?P<num>{_alt([*SMALL, 'a'])})(?P<sep>-|\s+)(?P<den>{_alt(FRACTIONS)})\b",
    re.IGNORECASE,
)
# "half a million", "a quarter of a billion", "three quarters of a million": a
# fraction of the scale word that follows (read by the number's own path)
FRACTION_OF_SCALE_RE = re.compile(
    rf"\b(?:(?P<num>{_alt([*SMALL, 'a'])})[\s-]+(?P<den>{_alt(FRACTIONS)})|(?P<half>half))"
    r"(?:\s+of)?(?:\s+an?)?(?=\s+(?:hundred|thousand|million|billion|trillion|lakh|crore)\b)",
    re.IGNORECASE,
)
LONG_RE = re.compile(
    r"\b(?:(?P<art>an?)\s+)?(?P<unit>hour|day|week|month|year|decade)[-\s]?long\b",
    re.IGNORECASE,
)
A_UNIT_RE = re.compile(r"\b(?P<half>half\s+)?an?(?=\s+[a-z])", re.IGNORECASE)
ORDINAL_RE = re.compile(
    rf"(?<![\w.,])\d+(?:st|nd|rd|th)\b|\b(?:{_alt(ORDINAL_WORDS)})\b", re.IGNORECASE
)
HEDGE_RE = re.compile(
    rf"(?:^|(?<=[^\w]))(?P<hedge>{_alt(HEDGES)})\s*$",
    re.IGNORECASE,
)
SUFFIX_HEDGE_RE = re.compile(r"(?:\s*(?P<w>or more|or so)\b|(?P<p>-?plus\b|\+))", re.IGNORECASE)
CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:(?P<code>US|HK|AU|NZ|CA|A|C|S|R)\s?)?\$(?P<code2>US|AU|A|CA|C|NZ|HK|S)?"
    r"|(?P<sym>[€£¥₹₿]|Y=)"
    r"|(?<![A-Za-z])(?P<word>USD|EUR|GBP|CHF|AUD|CAD|NZD|SGD|HKD|JPY|CNY|INR|Rs\.?|RM|PS))\s?$",
)
CODE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:US|HK|AU|NZ|CA|USD|EUR|GBP|CHF|AUD|CAD|NZD|SGD|HKD|JPY|CNY|INR|Rs|RM|PS)$"
)
SCALE_RE = re.compile(
    r"(?:\s*-?\s*(?P<word>(?:hundred\s+)?(?:thousand|million|billion|trillion)|hundred"
    r"|lakhs?|crores?)\b"
    r"|(?P<short>k|m|mn|mln|mil|bn|bln|b|tn)\b|[\s-](?P<spaced>mn|mln|bn|bln|tn|mil)\b"
    r"|\s(?P<cap>(?-i:[KMB]))\b)",
    re.IGNORECASE,
)
AGE_RE = re.compile(
    r"(?:-|\s)?(?:years?|months?)[-\s]old\b|\s?(?:yo|y\.o\.|y/o)(?!\w)",
    re.IGNORECASE,
)
SURFACES = sorted(
    ((s, canon, kind) for canon, (kind, surfaces) in UNITS.items() for s in surfaces),
    key=lambda item: len(item[0]),
    reverse=True,
)
UNIT_RE = re.compile(
    r"(?P<sep>\s?-\s?|\s)?(?P<unit>" + _alt(s for s, _, _ in SURFACES) + r")(?![\w/²])",
    re.IGNORECASE,
)
SURFACE_LOOKUP = {s: (canon, kind) for s, canon, kind in SURFACES}
WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'’-]*)")
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}|\+\d{1,3}[\s.-]?\d{2,5}(?:[\s.-]\d{2,5}){1,3}"
    r"|0\d{2,4}\s\d{3,4}\s?\d{3,4})(?!\w)"
)
ISO_DATE_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
MONTH_ALT = "|".join(
    sorted(
        (m.capitalize() for m in MONTHS),
        key=len,
        reverse=True,
    )
)
MONTH_DATE_RE = re.compile(
    # the first day of a span: "6-9 January", "from 6 to 9 January"
    rf"(?:(?<!\d)(?:(?P<d0>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?|\s+(?:to|through|and)\s+))?"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"\b(?P<mon>{MONTH_ALT}|{MONTH_ALT.upper()}|{MONTH_ALT.lower()})\b\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)"
    # the last day of a span: "Sept. 20-24", "Oct. 21 to 25" (not "March 3 and 4 people")
    rf"(?:\s?[-–]\s?\d{{1,2}}(?!\d|[:.]\d)"
    rf"|\s+(?:to|through|and)\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d|\s+(?!in\b|at\b|on\b)[a-z]))?)?"
    rf"(?:,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b)?"
)
WEEKDAY_RE = re.compile(r"\b(?P<day>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")s?\b")
TIME_AMPM_RE = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])(?:\.\s?m\.|m\b)",
    re.IGNORECASE,
)
TZ = r"GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|JST|AEST|AEDT|local time"
TIME_24_RE = re.compile(
    rf"(?<![\w:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d]|[:.]\d)(?:\s?(?P<tz>{TZ})\b)?"
    rf"|(?<![\w:.])(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s?(?P<tz2>{TZ}|hrs|hours)\b"
)
TIME_WORD_RE = re.compile(r"\b(?P<w>noon|midnight|midday)\b", re.IGNORECASE)
TZ_AFTER_RE = re.compile(rf"\s?(?:{TZ})\b")
TIME_HEDGE_RE = re.compile(
    r"(?:^|(?<=\W))(?P<hedge>about|around|approximately|roughly|shortly after|shortly before"
    r"|just after|just before|soon after|after|before|until|by)\s+$",
    re.IGNORECASE,
)
IDENT_BEFORE_RE = re.compile(r"(?:\bNo\.?|\bno\.|\bNos?\.|#|\bNumber|\bnumber)\s?$")
YEAR_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|since|until|by|from|of|during|before|after|early|late|mid|the|and|to|year)"
    r"\s+|mid-)$",
    re.IGNORECASE,
)


# "1.99×10−30", "6.02 x 10^23": a mantissa times a power of ten.
SCIENTIFIC_RE = re.compile(
    r"(?<![\w.,])(?P<mant>\d+(?:\.\d+)?)\s?[×xX*]\s?10(?:\^|\*\*|(?=[-−]))(?P<exp>[-−]?\d{1,3})"
    r"(?!\d)"
)
# "1/2 pound", "2 1/2 hours": a fraction written with a slash, before a unit.
SLASH_FRACTION_RE = re.compile(
    # a whole number and a fraction: "2 1/2 hours", and wire prices "6-3/16 pct", "15-3/4"
    r"(?<![\w/.,])(?:(?P<whole>\d{1,3})[\s-])?(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\w/])"
)
# "2½ years", "½ mile": a vulgar fraction, after a whole number or alone (text that
# storydiff.read normalised spells these "2 1/2"; text handed over directly may not).
VULGAR_FRACTION_RE = re.compile(
    rf"(?<![\w.,/])(?:(?P<whole>\d{{1,3}})\s?)?(?P<frac>[{VULGAR_FRACTIONS}])"
)
# "sixfold", "a 10-fold rise": a multiple.
# "twice a week": a frequency (bare "once" and "twice as loud" are not counts).
ONCE_RE = re.compile(
    r"\b(?P<w>once|twice|thrice)(?=\s+(?:a|an|per|every)\s+(?:day|night|week|fortnight|month"
    r"|year|season|decade)\b)",
    re.IGNORECASE,
)
ONCE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
FOLD_RE = re.compile(rf"\b(?P<n>{_alt([*SMALL, *TENS])}|\d+(?:\.\d+)?)-?fold\b", re.IGNORECASE)


# A tally before a number word: "bringing the death toll to three".
TALLY_BEFORE_RE = re.compile(
    r"\b(?:toll|total|tally|count)(?:\s+\w+){0,2}?\s+(?:to|of|at|is|was|reached|hit)\s+$",
    re.IGNORECASE,
)


# Words before a figure that make it a name or a change, not a count.
ID_WORDS_BEFORE = re.compile(
    r"\b(?:category|level|grade|phase|stage|round|game|chapter|section|page|room|route|row"
    r"|channel|season|episode|vol|volume|version|article|platform|terminal|gate|flight|unit"
    r"|tier|class|type|series|model|zip|code|pin|box|suite|apartment|apt|highway|interstate"
    r"|junctions?|exits?|piers?|berths?|wards?|bays?|tracks?|platforms|gates|rooms|routes"
    r"|chapters|pages|stages|rounds|games|episodes|seasons|levels|phases|sections"
    # stock indices: "S&P 500", "FTSE 100", "Nasdaq 100 e-minis"
    r"|s&p|sp|ftse|nasdaq|asx|stoxx|russell|fortune|nikkei|dax|cac|kospi|ibex|sensex|nifty|tsx)"
    r"\s$",
    re.IGNORECASE,
)
# Words after a figure that make it an address or a code: "16-18 Industrial Avenue".
ID_WORDS_AFTER = re.compile(
    r"(?:[-–]\d+[A-Za-z]?)?(?:\s+(?:ZIP|zip code|postcode|post code|area code)\b"
    r"|(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd"
    r"|Place|Court|Terrace|Crescent|Square|Parkway|Highway)\b)"
)
# fmt: off
PREFIX_OK = frozenset((
    "sub", "mid", "pre", "post", "over", "under", "now", "then", "around", "about", "nearly",
    "almost", "minus", "top", "all", "us", "to",
))
# fmt: on
CHANGE_RE = re.compile(
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
CAPWORD_BEFORE_RE = re.compile(r"(?<![\w.&])([A-Z][\w&]*|i[A-Z]\w*)\s$")
# Capitalised only because they open a sentence: a figure after them is a figure
# ("Exactly 9 ..."), where after another capitalised word it names something ("Planet 9").
SENTENCE_OPENERS = frozenset(
    (
        "perhaps",
        "maybe",
        "aged",
        "ages",
        "exactly",
        "fewer",
        "barely",
        "fully",
        "overall",
        "altogether",
        "now",
        "today",
        "yesterday",
        "here",
        "meanwhile",
        "however",
        "plus",
        "minus",
    )
)
# A count word (and an adjective) before digits: the digits name a model, "two new 737 Max jets".
COUNT_BEFORE_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
    r"\s+(?:(?:new|more|other|additional|further|extra|used|older|newer)\s+)?$",
    re.IGNORECASE,
)
# "one of the largest dinosaurs", "one of Airbnb's earliest investments": one member
# of a set named by a superlative (the group ``noun`` starts where the noun phrase does).
MEMBER_RE = re.compile(
    r"\b[Oo]ne\s+of\s+(?:the|its|his|her|their|our|my|your|[A-Z][\w.&-]*['’]s)"
    r"(?P<noun>\s+(?:most|least)|(?=\s+(?:worst|[a-z]+est)\b))"
)
# fmt: off
NOT_SUPERLATIVE = frozenset((
    "arrest", "chest", "contest", "digest", "forest", "guest", "harvest", "honest", "interest",
    "invest", "manifest", "modest", "nest", "pest", "priest", "protest", "quest", "request",
    "rest", "suggest", "test", "vest", "west", "conquest", "inquest", "unrest",
))
# fmt: on
# "half the condos", "half of all adults": 50 % of a set (a fraction, as "a third of").
HALF_RE = re.compile(
    r"(?<![Aa] )(?<![Aa]nd )\b[Hh]alf(?=\s+(?:of\s+)?(?:the|all|its|their|his|her|our|your|"
    r"those|these|them|us)\b)"
)
# "a half-hour programme", "a half-day strike": half of one unit of time or length
HALF_UNIT_RE = re.compile(r"\b[Hh]alf(?=-(?:hour|day|mile|century|decade|inch|metre|meter)\b)")
# "two and a half hours", "1 and a half years": a whole number and a half.
AND_A_HALF_RE = re.compile(rf"\b(?P<n>\d+|{_alt(SMALL)})\s+and\s+a\s+half\b", re.IGNORECASE)
HALF_BLOCKERS = frozenset(("first", "second", "last", "latter", "former", "other", "back", "front"))
MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude[\s-]$", re.IGNORECASE)
# fmt: off
# things that are never hurt, killed or rescued: "30 homes ... four were injured" is people
THING_HEADS = frozenset((
    "home", "house", "homes", "houses", "building", "vehicle", "car", "truck", "bus", "boat",
    "ship", "shop", "store", "school", "hospital", "flat", "apartment", "bridge", "road", "tree",
    "plane", "aircraft", "train", "carriage", "village", "town", "farm", "field", "acre", "tonne",
    "dollar", "euro", "pound", "share", "vote", "seat", "goal", "point", "year", "day", "hour",
))
# fmt: on
