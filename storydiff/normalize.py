"""Pure ``str -> str`` text normalisers and the tokeniser every stage shares.

This is the only module that normalises text: later stages call
:func:`tokens` / :func:`comparison_key` and never re-process on their own.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import count

import numpy as np

from storydiff._arrays import first_of_runs, range_positions

__all__ = [
    "ChunkWords",
    "chunk_words",
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


def strip_accents(text: str) -> str:
    """``text`` without its accents: "de León" -> "de Leon"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
    # (single characters looked for one by one: a generator over them cost a fifth)
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _WS.sub(" ", text)
    if (
        text.isascii()
        and " \n" not in text
        and "\n " not in text
        # the ASCII characters besides \t\n\v\f\r and the space that str.strip() takes
        # for white space
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
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


# chunk_words: each byte's class in lower-cased ASCII text (1 a digit, 2 a letter, 0 neither)
_BYTE_CLASS = np.zeros(256, dtype=np.uint8)
_BYTE_CLASS[np.frombuffer(b"0123456789", dtype=np.uint8)] = 1
_BYTE_CLASS[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)] = 2
_DIGIT, _LETTER, _GIVEN = 1, 2, 3
_DOT, _COMMA, _APOSTROPHE, _SPACE, _NEWLINE = b".", b",", b"'", b" ", b"\n"
# polynomial hashing of byte spans: h(s) = sum s[k] B^k (mod 2^64), B odd
_BASE = 0x9E3779B97F4A7C15
_LENGTH_MIX = np.uint64(0xC2B2AE3D27D4EB4F)


def _powers(size: int) -> np.ndarray:
    """``B^k`` (mod 2^64) for ``k < size``."""
    out = np.full(size, _BASE, dtype=np.uint64)
    out[0] = 1
    return np.cumprod(out, out=out)  # wraps modulo 2^64, as wanted


@dataclass(frozen=True, slots=True, eq=False)
class ChunkWords:
    """The words of many texts at once: :func:`tokens` of each, as numbers.

    ``distinct`` holds the distinct words in order of first use, ``ids`` each
    word's number among them, text after text, and ``lengths`` how many words
    each text has. The words themselves are byte spans of ``data`` (the
    texts, lower-cased, UTF-8, one per line): ``starts``/``ends``.
    """

    distinct: list[str]
    ids: np.ndarray
    lengths: np.ndarray
    data: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    inside: np.ndarray
    """Whether each byte of ``data`` is in a word."""

    def digests(self, texts: int) -> list[bytes]:
        """SHA-1 of the :func:`comparison_key` of each of the first ``texts`` texts."""
        lengths = self.lengths[:texts]
        n = int(lengths.sum())
        starts, ends = self.starts[:n], self.ends[:n]
        span = ends - starts
        after = np.cumsum(span + 1)  # each word, and a space after it, one after another
        stops = np.zeros(texts + 1, dtype=np.int64)
        np.cumsum(lengths, out=stops[1:])
        bounds = np.concatenate([[0], after])[stops]
        # the same from the text: its words, and the byte after each (never in a word:
        # every text ends with a newline) made a space; where the next word starts
        # right there ("3rd"), a space is put in
        end = int(ends[-1]) + 1 if n else 0
        data = self.data[:end]
        keep = self.inside[:end].copy()
        # a space where keep is false (uint8 arithmetic wraps: no branch per byte)
        joined = (data - np.uint8(ord(_SPACE))) * keep.view(np.uint8) + np.uint8(ord(_SPACE))
        spaced = np.ones(n, dtype=bool)
        np.not_equal(ends[:-1], starts[1:], out=spaced[:-1])
        keep[ends[spaced]] = True
        glued = np.flatnonzero(~spaced)
        joined = joined[keep]
        if glued.size:
            joined = np.insert(joined, after[glued] - 1 - np.arange(glued.size), ord(_SPACE))
        view = memoryview(joined)  # type: ignore[arg-type]
        # each text's words without the space after its last one
        return [
            hashlib.sha1(view[a : max(a, b - 1)]).digest()
            for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        ]


def chunk_words(texts: Sequence[str]) -> ChunkWords:
    """The words of ``texts`` (:func:`tokens` of each), numbered, without a string per word.

    ``[tokens(t) for t in texts]`` makes a Python string of every word, and
    numbering them takes a dictionary look-up each: half the cost of
    fingerprinting. Here an all-ASCII text (most news) is tokenised by byte
    classes over the whole chunk at once: the runs of digits (through a ``.``
    or ``,`` between two digits) and of letters (through an apostrophe between
    two letters) that :func:`tokens` finds. Each word's bytes are hashed with
    a polynomial hash from prefix sums; one sort of the hashes numbers the
    words, and only the distinct ones become strings. Other texts go through
    :func:`tokens` and join the same arrays as space-separated words. The
    hash is no secret, and words can be made to collide: every word is
    checked byte for byte against the first use of its number, and if any
    differs the chunk is numbered by a dictionary instead.

    >>> w = chunk_words(["The rate, 3.5%, isn't 3,000.", "Der Bär: the rate"])
    >>> w.distinct, w.ids.tolist(), w.lengths.tolist()
    (['the', 'rate', '3.5', "isn't", '3,000', 'der', 'bär'], [0, 1, 2, 3, 4, 5, 6, 0, 1], [5, 4])
    """
    given = [not t.isascii() for t in texts]
    if any(given):
        encoded = [
            (" ".join(tokens(t)) if g else t.lower()).encode("utf-8")
            for t, g in zip(texts, given, strict=True)
        ]
        sizes = np.fromiter(map(len, encoded), dtype=np.int64, count=len(texts))
        encoded.append(b"")  # every text ends with a newline
        data = np.frombuffer(b"\n".join(encoded), dtype=np.uint8)
    else:
        sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        data = np.frombuffer(("\n".join(texts) + "\n").lower().encode("ascii"), dtype=np.uint8)
    size = data.size
    kind = _BYTE_CLASS[data]
    inner = data[1:-1]
    glue = np.flatnonzero((inner == ord(_DOT)) | (inner == ord(_COMMA))) + 1
    kind[glue[(kind[glue - 1] == _DIGIT) & (kind[glue + 1] == _DIGIT)]] = _DIGIT
    glue = np.flatnonzero(inner == ord(_APOSTROPHE)) + 1
    kind[glue[(kind[glue - 1] == _LETTER) & (kind[glue + 1] == _LETTER)]] = _LETTER
    if any(given):  # words already split: every byte but a space or newline is in one
        mask = np.repeat(np.array(given), sizes + 1)[:size]
        kind[mask] = (data[mask] > ord(_SPACE)) * np.uint8(_GIVEN)
    change = np.empty(size + 1, dtype=bool)
    change[0] = change[size] = True
    np.not_equal(kind[1:], kind[:-1], out=change[1:size])
    word = kind != 0
    starts = np.flatnonzero(word & change[:-1])
    ends = np.flatnonzero(word & change[1:]) + 1
    # each text's words: texts are separated by one newline byte
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(sizes + 1, out=bounds[1:])
    lengths = np.diff(np.searchsorted(starts, bounds))
    ids, first_use = _number(_word_hashes(data, starts, ends))
    if not _same_words(data, starts, ends, first_use[ids]):
        # two different words with one hash (crafted input: the hash is no secret)
        bytes_ = data.tobytes()
        ids, first_use = _number_exactly(
            [bytes_[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
        )
    # the distinct words, one per line, decoded at once
    span = ends[first_use] - starts[first_use]
    lines = np.full(int(span.sum()) + span.size, ord(_NEWLINE), dtype=np.uint8)
    lines[range_positions(np.cumsum(span + 1) - span - 1, span)] = data[
        range_positions(starts[first_use], span)
    ]
    distinct = lines[:-1].tobytes().decode("utf-8").split("\n") if span.size else []
    return ChunkWords(distinct, ids, lengths, data, starts, ends, word)


def _word_hashes(data: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each word ``data[starts[k]:ends[k]]``, the same wherever it is."""
    size = data.size
    up = _powers(size + 1)
    # a word at byte s sums b_k B^k over its bytes: times B^(size - s), the same
    # sum for the same word wherever it is
    shift = up[size - starts]
    # the prefix sums in place of the powers (one array of 8 bytes a byte, not two)
    prefix = up[:size]
    np.multiply(data, prefix, out=prefix)
    np.cumsum(prefix, out=prefix)  # prefix[k] sums the bytes up to k, included
    below = np.where(starts > 0, prefix[starts - 1], np.uint64(0))
    hashes = (prefix[ends - 1] - below) * shift
    hashes ^= (ends - starts).astype(np.uint64) * _LENGTH_MIX
    return hashes


def _number(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each key's number among the distinct keys in order of first use, and where each
    distinct key is first used.

    Equal keys are runs of the sorted keys; the first of each run (a stable
    sort) is the key's first use.

    >>> [a.tolist() for a in _number(np.array([7, 3, 7, 9, 3], dtype=np.uint64))]
    [[0, 1, 0, 2, 1], [0, 1, 3]]
    """
    order = np.argsort(keys, kind="stable")
    heads = first_of_runs(keys[order])
    first_use = order[heads]
    by_use = np.argsort(first_use)
    number = np.empty(first_use.size, dtype=np.int64)
    number[by_use] = np.arange(first_use.size)
    ids = np.empty(keys.size, dtype=np.int64)
    ids[order] = number[np.cumsum(heads) - 1]
    return ids, first_use[by_use]


def _number_exactly(words: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_number` of ``words`` by a dictionary: no hash to collide."""
    first: dict[bytes, int] = {}
    at = np.fromiter(map(first.setdefault, words, count()), dtype=np.int64, count=len(words))
    return _number(at.astype(np.uint64))


_EXACT_BYTES = 64  # words longer than this are compared as Python bytes


def _same_words(data: np.ndarray, starts: np.ndarray, ends: np.ndarray, other: np.ndarray) -> bool:
    """Whether each word ``k`` equals word ``other[k]`` byte for byte: eight bytes at a
    time, as unaligned 64-bit loads (words longer than ``_EXACT_BYTES`` as Python bytes)."""
    span = ends - starts
    if not np.array_equal(span, span[other]):
        return False
    padded = np.zeros(data.size + 8, dtype=np.uint8)
    padded[: data.size] = data
    # the eight bytes from every position (a view: no copy)
    eights = np.ndarray((data.size + 1,), dtype="<u8", buffer=padded, strides=(1,))
    theirs = starts[other]
    short = np.flatnonzero(span <= _EXACT_BYTES)
    for offset in range(0, _EXACT_BYTES, 8):
        short = short[span[short] > offset]
        if not short.size:
            break
        left = eights[starts[short] + offset]
        right = eights[theirs[short] + offset]
        tail = (span[short] - offset).astype(np.uint64)  # the word's bytes among the eight
        partial = (np.uint64(1) << (np.minimum(tail, np.uint64(7)) * np.uint64(8))) - np.uint64(1)
        mask = np.where(tail >= 8, ~np.uint64(0), partial)
        if np.any((left ^ right) & mask):
            return False
    long = np.flatnonzero(span > _EXACT_BYTES).tolist()
    if long:
        raw = data.tobytes()
        a, b, c = starts.tolist(), ends.tolist(), theirs.tolist()
        return all(raw[a[k] : b[k]] == raw[c[k] : c[k] + b[k] - a[k]] for k in long)
    return True


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
