"""Pure ``str -> str`` text normalisers and the tokeniser every stage shares.

This is the only module that normalises text: later stages call
:func:`tokens` / :func:`comparison_key` and never re-process on their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = [
    "comparison_key",
    "make_pipeline",
    "normalize_quotes",
    "normalize_unicode",
    "normalize_whitespace",
    "shingles",
    "tokens",
]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_WS = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n{3,}")
# the ASCII characters besides \t\n\v\f\r and the space that str.strip() takes for white space
_ASCII_SEPARATORS = "\x1c\x1d\x1e\x1f"
# Words: runs of letters/digits (with inner apostrophes, dots or commas in
# numbers); each CJK ideograph / kana is a token of its own.
_TOKEN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:'[^\W\d_]+)*"
)

# The same tokens for text that is all ASCII (most news): a simpler, faster pattern.
_ASCII_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)*", re.ASCII)


# The vulgar fractions ("¼", "½", "⅓", ... "↉"), and each as NFKC spells it with an ASCII
# slash: "1/4", "1/2", "1/3".
VULGAR_FRACTIONS = "".join(map(chr, [*range(0xBC, 0xBF), *range(0x2150, 0x215F), 0x2189]))
_VULGAR = {c: unicodedata.normalize("NFKC", c).replace("\u2044", "/") for c in VULGAR_FRACTIONS}
_VULGAR_RE = re.compile(rf"(\d?)([{VULGAR_FRACTIONS}])")


def _vulgar(m: re.Match[str]) -> str:
    return (m[1] + " " if m[1] else "") + _VULGAR[m[2]]


_APOSTROPHES = str.maketrans({"\u00b4": "\u2019", "\u02bc": "\u2019"})


def normalize_unicode(text: str) -> str:
    """NFKC-normalise ``text`` (full-width forms, ligatures, compatibility digits).

    A vulgar fraction becomes a slash fraction first, apart from a whole number
    before it: NFKC alone turns "2½" into "21⁄2", which reads as twenty-one.
    A fraction slash (U+2044) becomes "/". An acute accent or a modifier
    letter apostrophe typed for an apostrophe ("Court´s", "donʼt") becomes
    one (U+2019): NFKC would turn the accent into a space and a combining
    accent ("Court ́s").

    >>> normalize_unicode("ﬁve ５")
    'five 5'
    >>> normalize_unicode("2½ years, ¾ of them, 1⁄3 more")
    '2 1/2 years, 3/4 of them, 1/3 more'
    >>> normalize_unicode("the Court´s ruling, donʼt")
    'the Court’s ruling, don’t'
    """
    if text.isascii():
        return text  # NFKC leaves ASCII as it is
    text = _VULGAR_RE.sub(_vulgar, text)
    if "\u00b4" in text or "\u02bc" in text:
        text = text.translate(_APOSTROPHES)
    return unicodedata.normalize("NFKC", text).replace("\u2044", "/")


def normalize_quotes(text: str) -> str:
    """Turn curly quotes, primes and dashes into their ASCII forms.

    >>> normalize_quotes("“Yes,” she said – it’s done")
    '"Yes," she said - it\\'s done'
    """
    return text.translate(_QUOTES)


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces, strip lines and keep at most one blank line.

    >>> normalize_whitespace("a  b \\n\\n\\n\\n c")
    'a b\\n\\nc'
    """
    # One substitution over the whole text (the class holds no newline), then
    # strip each line: the same result as per-line work, a fraction of the calls.
    if "  " in text or any(c in text for c in "\t\r\f\v"):
        text = _WS.sub(" ", text)
    if (
        text.isascii()
        and " \n" not in text
        and "\n " not in text
        and not any(c in text for c in _ASCII_SEPARATORS)
    ):
        joined = text  # its only white space is now single spaces and newlines: lines are stripped
    else:
        joined = "\n".join([line.strip() for line in text.split("\n")])
    return (_BLANKS.sub("\n\n", joined) if "\n\n\n" in joined else joined).strip()


def make_pipeline(*funcs: Callable[[str], str]) -> Callable[[str], str]:
    """Compose ``str -> str`` functions left to right.

    >>> make_pipeline(str.strip, str.lower)("  Hi ")
    'hi'
    """

    def pipeline(text: str) -> str:
        for func in funcs:
            text = func(text)
        return text

    return pipeline


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``; CJK characters are single tokens.

    >>> tokens("The Mayor's 3,000 voters – 東京")
    ['the', "mayor's", '3,000', 'voters', '東', '京']
    """
    if text.isascii():
        return _ASCII_TOKEN.findall(text.lower())  # no curly quote or dash to normalise
    text = normalize_quotes(text).lower()
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


def shingles(words: list[str], k: int) -> set[str]:
    """The set of ``k``-word shingles (joined by spaces); short texts give one shingle.

    >>> sorted(shingles(["a", "b", "c"], 2))
    ['a b', 'b c']
    """
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def comparison_key(text: str) -> str:
    """The form two texts must share to count as exact duplicates.

    Case, punctuation, quote style and whitespace are ignored.

    >>> comparison_key("“Hello,” she said.") == comparison_key('"hello" she said')
    True
    """
    return " ".join(tokens(text))


def word_set(text: str) -> frozenset[str]:
    """A constant set of words written as one space-separated string.

    >>> sorted(word_set("b a  c"))
    ['a', 'b', 'c']
    """
    return frozenset(text.split())
