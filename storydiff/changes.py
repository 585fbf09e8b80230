"""Meaning or wording: does a word-level edit change what a sentence states?

An edit (old words -> new words, from :func:`storydiff.align.word_changes`) is
classified by the first rule that fires:

1. ``punctuation`` / ``form`` (cosmetic): only punctuation differs, or the
   same letters and digits in another form ("23 year old" -> "23-year-old",
   "UK" -> "U.K.", "30.000" -> "30,000").
2. ``spelling`` (cosmetic): one or two words a letter or two apart
   ("annouced" -> "announced"), no digits; after the number and negation
   rules, ``abbreviation`` (cosmetic): one word shortened with a dot or as a
   short capitalised form ("Mar." -> "March"); later, before ``name``, an
   acronym spelled out ("EU" -> "European Union", "PA" -> "Pennsylvania") or
   another name of the same country ("America" -> "the United States").
3. ``number`` (meaning): the values stated differ ("40" -> "37"; "10" ->
   "Ten" and "11th" -> "eleventh" are the same value, so not this rule;
   "one" in "no one" is no number).
4. ``negation`` (meaning): the number of negations differs ("n't" counts,
   "not only" does not, and "insufficient" counts when the other side has
   "sufficient").
   ``opposite`` (meaning): a word swapped for its opposite, in any of the
   forms listed ("rose" -> "fell", "behind" -> "ahead of", "acquitted" ->
   "convicted", "injured" -> "killed"). Not when one side holds both, the
   edit is a rewrite of more than three words, the word is a name ("East" ->
   "West Bank"), a turning verb stands in it ("failed to win" -> "lost"), or
   the two sentences hold as many of each (opposites trading places).
5. ``attribution`` (meaning): a loaded reporting verb or hedge comes or goes
   ("said" -> "admitted", "claimed", "denied", "allegedly"), compared by
   stem ("admitted" and "admits" are one); neutral ones ("said", "told",
   "added", "announced") swapped for each other are wording.
6. ``name`` (meaning): a proper name comes or goes that the other version of
   the sentence does not have at all (capitalised words after a sentence
   boundary, function words and pronouns do not count; acronyms do); ``date``
   when the names are days, months or holidays ("Monday" -> "Tuesday").
7. ``restated`` (cosmetic): every content word the edit adds is in the old
   sentence and every one it drops is in the new, so the words moved within
   the sentence or say again what it says ("in an interview with the
   Sheffield Star" taken from the end and put at the start: order changes
   are not additions). ``content`` (meaning): otherwise, content words
   added or dropped outright (two or more), or three more content words on
   one side.
8. ``function words`` / ``wording`` (cosmetic): anything else.

Rules 3-5 describe the sentence, not the edit alone. The edit script may cut
"not losing any" -> "losing no" into "not" -> "" and "any" -> "no", each a
negation change on its own, while each sentence holds one negation in the
same place. So when the words of both whole sentences are given, a negation
or hedge ("is alleged to have" -> "allegedly has") the edit takes out or
puts in is a rewording if the two sentences hold as many, and the other
sentence has one within three words of the edit; "He will not sign and will
stay" -> "He will sign and will not stay" still changes meaning. Numbers are
compared in order over the whole sentences: a number moved past no other
number is no change, a swap is.

Measured on IteraTeR's Wikinews edits (``benchmarks/eval_iterater.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from storydiff._entity_words import (
    COUNTRY_ALIASES,
    DEMONYM_COUNTRIES,
    DOLLAR_PREFIXES,
    WEEKDAYS_MONTHS,
)
from storydiff._quote_words import HONORIFICS
from storydiff.normalize import word_set

__all__ = ["classify_change"]


def _indexed(text: str) -> dict[str, float]:
    return {word: float(k) for k, word in enumerate(text.split())}


NEGATION = word_set("not no never none nobody nothing neither nor without cannot")
_CARDINALS = _indexed(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)
_CARDINALS |= {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "sixty": 60.0,
    "seventy": 70.0,
    "eighty": 80.0,
    "ninety": 90.0,
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "dozen": 12.0,
}
_ORDINALS = _indexed(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
)
_VAGUE_NUMBERS = word_set(
    "hundreds thousands millions billions dozens half quarter several few many scores"
)
_LOADED_REPORTING = word_set(
    "warned warns insisted insists admitted admits claimed claims conceded concedes "
    "denied denies acknowledged acknowledges alleged alleges allegedly argued argues "
    "confirmed confirms suggested suggests vowed vows urged urges boasted boasts "
    "complained complains threatened threatens reportedly purportedly"
)
# loaded reporting verbs that are also plural nouns, and the words that mark them as nouns
_REPORTING_NOUNS = word_set("claims vows urges boasts")
_NOUN_MARKERS = word_set(
    "the these those this a an his her their its our my your such any some many other "
    "new earlier previous false similar"
)
_NEUTRAL_REPORTING = word_set(
    "said says say told tells added adds stated states noted notes explained explains "
    "wrote writes according reported reports commented comments announced announces"
)
# a negative prefix that flips its word only against the bare word ("insufficient" /
# "sufficient"), and only before an adjective-like ending: "discover" / "cover", "intent" /
# "tent", "indeed" / "deed" are other words
_NEGATIVE_PREFIX = re.compile(
    r"^(?:un|in|im|il|ir|non-?)(?=[a-z]{5,}$)"
    r"(?=[a-z]*(?:able|ible|ent|ant|al|ive|ful|ous|ic|ly|ed|wn|are|ure|ct|te)$)"
)
# how far (in words) from an edit the other sentence's negation or hedge may stand and still
# be the same one reworded ("not losing any" -> "losing no")
_NEARBY = 3
_NEGATED_WORDS = 2  # words after a negation that say what it negates ("not a very")

# Words and their opposites, every form spelled out (irregular verbs defeat a
# stemmer: "rose" / "risen", "fell" / "fallen"). A news diff must never mute
# "prices rose" -> "prices fell", which differ by one word of the same length.
# Words with a common other sense are left out ("up", "left", "fired", "cut",
# "least" of "at least", "raised concerns", "close to", "before a judge").
_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (word_set(a), word_set(b))
    for a, b in (
        ("rise rises rose risen rising", "fall falls fell fallen falling"),
        (
            "increase increases increased increasing grow grows grew grown growing growth",
            "decrease decreases decreased decreasing reduce reduces reduced reducing "
            "shrink shrinks shrank shrunk shrinking decline declines declined declining",
        ),
        (
            "high higher highest more larger largest bigger biggest greater greatest upper",
            "low lower lowest fewer fewest less smaller smallest",
        ),
        (
            "win wins won winning winner winners gain gains gained gaining",
            "lose loses lost losing loss losses loser losers",
        ),
        ("ahead", "behind"),
        ("earlier", "later"),
        ("first earliest", "last latest"),
        (
            "acquit acquits acquitted acquitting acquittal acquittals",
            "convict convicts convicted convicting conviction convictions",
        ),
        ("guilty", "innocent"),
        (
            "approve approves approved approving approval accept accepts accepted accepting",
            "reject rejects rejected rejecting rejection",
        ),
        (
            "support supports supported supporting supporter supporters",
            "oppose opposes opposed opposing opponent opponents",
        ),
        (
            "buy buys bought buying buyer buyers purchase purchases purchased",
            "sell sells sold selling seller sellers sale sales",
        ),
        (
            "injured wounded hurt injury injuries",
            "kill kills killed killing dead died dying",
        ),
        ("survive survives survived survivor survivors", "die dies died dying death deaths"),
        ("arrest arrests arrested arresting", "release releases released releasing freed"),
        (
            "allow allows allowed permit permits permitted",
            "ban bans banned prohibit prohibits prohibited",
        ),
        (
            "success successful succeed succeeds succeeded",
            "failure fail fails failed failing unsuccessful",
        ),
        ("maximum", "minimum"),
        ("majority", "minority"),
        ("north northern", "south southern"),
        ("east eastern", "west western"),
        ("man men male males boy boys", "woman women female females girl girls"),
        ("he him his himself", "she her hers herself"),
        ("import imports imported", "export exports exported"),
        ("day daytime", "night nighttime overnight"),
        ("morning mornings", "evening evenings"),
    )
)
# A swap of opposites is only that when the edit is short: a longer one is a
# rewrite, judged by the rules after
_OPPOSITE_EDIT = 3
# words that turn the verb after them around ("failed to win" is "lost")
_TURNING = word_set("fail fails failed failing refuse refuses refused decline declines declined")
# "one" after these is a pronoun, not a count ("no one", "every one")
_NOT_A_COUNT_BEFORE_ONE = word_set("no any every each some")
FUNCTION = word_set(
    "a an the of in on at to for from by with and or but as that which who whom "
    "whose this these those it its it's is are was were be been being has have had "
    "do does did will would shall should can could may might must also then than so "
    "very just still about over into onto up down out off after before while when "
    "where there here their his her they them he she we our us you your i me my"
)
_SENTENCE_PUNCT = frozenset('.!?:;"“”')
_NUMBER_PART = re.compile(r"\d+(?:\.\d+)?")


def _key(words: Iterable[str]) -> str:
    return re.sub(r"\W", "", "".join(words).lower())


def _values(words: Iterable[str]) -> tuple[list[float], bool]:
    """Numeric values stated by ``words``, and whether a number could not be read."""
    values: list[float] = []
    unreadable = False
    previous = ""
    for word in words:
        if word.lower() == "one" and previous in _NOT_A_COUNT_BEFORE_ONE:
            previous = "one"
            continue
        previous = word.lower()
        for part in re.split(r"[-/–]", previous):
            if part[:1].isdigit():
                digits = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", part).replace(",", "")
                if _NUMBER_PART.fullmatch(digits):
                    values.append(float(digits))
                else:
                    unreadable = True
            elif part in _CARDINALS:
                values.append(_CARDINALS[part])
            elif part in _ORDINALS:
                values.append(_ORDINALS[part])
            elif part in _VAGUE_NUMBERS:
                unreadable = True
    return values, unreadable


def _number_changed(
    old: Sequence[str], new: Sequence[str], lo: Sequence[str], ln: Sequence[str]
) -> bool:
    """The values differ (in order: "3 killed, 5 hurt" -> "5 killed, 3 hurt" is a change), or
    an unreadable number comes with different words."""
    values_old, unreadable_old = _values(old)
    values_new, unreadable_new = _values(new)
    return values_old != values_new or (
        (unreadable_old or unreadable_new) and bool(set(lo) ^ set(ln))
    )


_FAILED = frozenset(("failed", "fails", "fail", "failing"))
# verbs that say "not attend", against "attend" on the other side
_NOT_ATTENDING = word_set(
    "skip skips skipped skipping miss misses missed missing boycott boycotted"
)
_ATTENDING = word_set("attend attends attended attending")


def _negates(low: str) -> bool:
    """Whether a lower-case word (straight apostrophes) negates in itself: "not", "never",
    "didn't"."""
    return low in NEGATION or low.endswith("n't")


def _is_negation(words: Sequence[str], k: int, bare: set[str], *, failing: bool = False) -> bool:
    """``words[k]`` (lower case) negates; a negative prefix counts if ``bare`` has the bare
    word, and "failed to" with ``failing``."""
    low = words[k].replace("’", "'")
    if low == "not" and k + 1 < len(words) and words[k + 1] == "only":
        return False  # "not only ... but also"
    if _negates(low):
        return True
    if failing and low in _FAILED and k + 1 < len(words) and words[k + 1] == "to":
        return True  # "failed to show up" is "didn't show up"
    if low in _NOT_ATTENDING and bare & _ATTENDING:
        return True  # "would skip the funeral" is "did not attend" it
    if not bare:
        return False
    stem = _NEGATIVE_PREFIX.sub("", low)
    return stem != low and stem in bare


def _negations(words: Sequence[str], other: Iterable[str] = ()) -> int:
    """Negations in ``words`` (lower case); a negative prefix counts against ``other``, and
    "failed to" where ``other`` negates in words ("failed to show up" / "didn't show up"
    state one thing; "failed to win" / "lost" is a turning verb, no negation)."""
    bare = set(other)
    failing = any(_negates(w.replace("’", "'")) for w in bare)
    return sum(_is_negation(words, k, bare, failing=failing) for k in range(len(words)))


def _nearby(sentence: Sequence[str], lo: int, hi: int, found: Callable[[int], bool]) -> bool:
    """A word of ``sentence`` near ``[lo, hi)`` (:data:`_NEARBY` words), outside it, is found."""
    around = range(max(lo - _NEARBY, 0), min(hi + _NEARBY, len(sentence)))
    return any(found(k) for k in around if not lo <= k < hi)


def _report_stem(word: str) -> str:
    """Stem of a reporting word: "admitted" and "admits" -> "admit", "allegedly" -> "alleg"."""
    stem = re.sub(r"(?:ed|es|s|d|ing)$", "", word.removesuffix("ly"))
    return re.sub(r"([bcdfgklmnprstvz])\1$", r"\1", stem)


def _stem(word: str) -> str:
    """A crude stem for telling the same word apart from a new one.

    >>> [_stem(w) for w in ("release", "released", "releases", "owners", "detecting")]
    ['releas', 'releas', 'releas', 'owner', 'detect']
    """
    return re.sub(r"(?:ing|ed|es|e|s|ly)$", "", word.lower()) if len(word) > 4 else word.lower()


def _restated(
    content_old: Sequence[str],
    content_new: Sequence[str],
    sentence_old: Sequence[str],
    sentence_new: Sequence[str],
) -> bool:
    """Every content word the edit adds is in the old sentence, and every one it drops in the new.

    Such an edit moves words within the sentence or says again what it says
    ("in an interview with the Sheffield Star" taken from the end and put at
    the start; "Herlev lost the rest" for "Rest of the matches was lost for
    Herlev"): no information comes or goes. The sentences are those of the
    aligned cells, so a run of sentences joined in one row counts whole.
    """
    added = {_stem(w) for w in content_new} - {_stem(w) for w in content_old}
    dropped = {_stem(w) for w in content_old} - {_stem(w) for w in content_new}
    if not added and not dropped:
        return False
    known_old = {_stem(w) for w in sentence_old} if added else set()
    known_new = {_stem(w) for w in sentence_new} if dropped else set()
    return added <= known_old and dropped <= known_new


def _is_reporting(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` (lower case) is a loaded reporting word or hedge.

    A plural noun of the same spelling after a determiner ("these claims", "his
    vows") reports nothing.
    """
    word = words[k]
    if word not in _LOADED_REPORTING:
        return False
    return not (word in _REPORTING_NOUNS and k > 0 and words[k - 1] in _NOUN_MARKERS)


def _reporting(words: Sequence[str]) -> set[str]:
    """Stems of the loaded reporting words and hedges among ``words`` (lower case)."""
    return {_report_stem(words[k]) for k in range(len(words)) if _is_reporting(words, k)}


_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM_PLURAL = re.compile(r"^([A-Z]{2,})s$")


def _name_key(word: str) -> str:
    """A name without its possessive or plural ending, lower-cased.

    >>> [_name_key(w) for w in ("BBC's", "MPs'", "MP's", "Thomas", "Paris'")]
    ['bbc', 'mp', 'mp', 'thomas', 'paris']
    """
    word = _POSSESSIVE.sub("", word)
    return _ACRONYM_PLURAL.sub(r"\1", word).lower()


def _alias_table() -> dict[tuple[str, ...], str]:
    table = {}
    for group in COUNTRY_ALIASES:
        canonical = "Country:" + _key(group[0])
        for alias in group:
            table[tuple(_key(part) for part in alias.split())] = canonical
    for demonym, country in DEMONYM_COUNTRIES.items():
        canonical = "Country:" + _key(country)
        table.setdefault((_key(demonym),), canonical)
        table.setdefault((_key(country),), canonical)
    return table


_ALIASES = _alias_table()
_LONGEST_ALIAS = max(len(k) for k in _ALIASES)


def _alias_at(words: Sequence[str], k: int) -> tuple[int, str] | None:
    """The longest country name starting at ``words[k]``: its length in words and its token."""
    if not words[k][:1].isupper():
        return None
    for size in range(min(_LONGEST_ALIAS, len(words) - k), 0, -1):
        canonical = _ALIASES.get(tuple(_key(_POSSESSIVE.sub("", w)) for w in words[k : k + size]))
        if canonical is not None:
            return size, canonical
    return None


def _with_aliases(words: Sequence[str]) -> list[str]:
    """``words`` with each country's name, in whichever form, as one token of that country.

    >>> _with_aliases(["visit", "to", "Great", "Britain"])
    ['visit', 'to', 'Country:unitedkingdom']
    >>> _with_aliases(["the", "U.S", ".", "and", "America"])
    ['the', 'Country:unitedstates', '.', 'and', 'Country:unitedstates']
    """
    out: list[str] = []
    k = 0
    while k < len(words):
        found = _alias_at(words, k)
        if found is None:
            out.append(words[k])
            k += 1
        else:
            out.append(found[1])
            k += found[0]
    return out


def _same_country(old: Sequence[str], new: Sequence[str]) -> bool:
    """Both sides name the same countries, in different forms ("America" / "the United States")."""
    aliased_old, aliased_new = _with_aliases(old), _with_aliases(new)
    countries = {w for w in aliased_old if w.startswith("Country:")}
    if not countries or countries != {w for w in aliased_new if w.startswith("Country:")}:
        return False
    return _names(aliased_old, at_start=False) == _names(aliased_new, at_start=False)


_DAY_KEYS = frozenset(w.lower() for w in WEEKDAYS_MONTHS)


def _names(words: Sequence[str], *, at_start: bool) -> set[str]:
    out = set()
    for k, word in enumerate(words):
        if not word[:1].isupper() or (at_start and k == 0):
            continue
        if word in DOLLAR_PREFIXES and k + 1 < len(words) and words[k + 1] == "$":
            continue
        low = word.lower()
        acronym = len(word) > 1 and word.isupper()
        if (
            (low in FUNCTION and not acronym)
            or _FIRST_PERSON.fullmatch(low)  # "I’ve", "I'm": the speaker, no name
            or low in _CARDINALS
            or low in _ORDINALS
            or low in _HONORIFICS
        ):
            continue
        if k > 0 and words[k - 1] in _SENTENCE_PUNCT:
            continue
        out.add(_name_key(word))
    return out


_FIRST_PERSON = re.compile(r"i['’](?:m|ve|d|ll)")
_ONE_OF_A = frozenset({("a",), ("an",), ("one",)})
_CONTENT_ADDED = 2  # content words added or dropped outright that make new information
_CONTENT_GROWTH = 3  # more content words on one side of a rewrite that do
_PRONOUNS = word_set("he she it they him her his its their them")
_HONORIFICS = frozenset((*HONORIFICS, *(h + "." for h in HONORIFICS), "sir", "dame"))


def _misspelt(a: str, b: str) -> bool:
    """Whether two words are one word, one of them misspelt: most letters alike in place
    ("annouced" / "announced"), or, in a longer word, in order with one slipped
    ("alegged" / "alleged": one letter doubled in the wrong place)."""
    return Levenshtein.normalized_similarity(a, b) >= 0.8 or (
        min(len(a), len(b)) >= 6 and a[0] == b[0] and Indel.normalized_similarity(a, b) >= 0.85
    )


def _glued(name: str, own: Sequence[str], other: Sequence[str]) -> bool:
    """Whether ``name`` is only a typing slip against the ``other`` sentence: two of its
    words run together ("Peskovsaid" for "Peskov said"), or the head of a word ``other``
    runs together with a word of ``own`` ("Peskov" / "said" for "Peskovsaid").

    >>> _glued("peskovsaid", ["peskovsaid"], ["dmitry", "peskov", ",", "said"])
    True
    >>> _glued("peskov", ["peskov", "said"], ["peskovsaid"]), _glued("peskov", [], ["peskovs"])
    (True, False)
    """
    keys, mine = {_key([w]) for w in other}, {_key([w]) for w in own}
    return any(
        len(k) >= 3 and name.startswith(k) and name[len(k) :] in keys for k in keys if k != name
    ) or any(len(k) > len(name) and k.startswith(name) and k[len(name) :] in mine for k in keys)


def _no_new_name(name: str, own: Sequence[str], other: Sequence[str]) -> bool:
    """Whether ``name``, in its sentence ``own`` and against the ``other`` sentence's
    (lower-case) words, is a typing slip or a bracketed short form. (A dollar's country
    added, "$2" -> "US$2", names the currency: IteraTeR's annotators call it a change of
    meaning as often as not, and it stays surfaced.)"""
    return _glued(name, [w.lower() for w in own], other) or _short_form_after(name, own)


def _short_form_after(name: str, sentence: Sequence[str]) -> bool:
    """Whether ``name`` stands in brackets right after the words it shortens, in
    ``sentence``: "Hewlett-Packard (HP)", "the district of Pennsylvania (PA)".

    >>> _short_form_after("pa", ["district", "of", "Pennsylvania", "(", "PA", ")"])
    True
    >>> _short_form_after("pa", ["in", "Ohio", "(", "PA", ")"])
    False
    """
    for k in range(1, len(sentence) - 1):
        if sentence[k - 1] != "(" or sentence[k + 1] != ")" or _name_key(sentence[k]) != name:
            continue
        before = sentence[max(0, k - 6) : k - 1]
        if any(_is_acronym_of([sentence[k]], before[i:]) for i in range(len(before))):
            return True
    return False


def _one_word(words: Sequence[str]) -> str | None:
    """The word of ``words`` with its trailing punctuation ("Mar", "." -> "Mar."), if one."""
    if not words or not any(ch.isalnum() for ch in words[0]):
        return None
    if any(any(ch.isalnum() for ch in w) for w in words[1:]):
        return None
    return "".join(words)


def _is_abbreviation(old: Sequence[str], new: Sequence[str]) -> bool:
    """One word written out or shortened: "Mar." <-> "March", "Gov" <-> "Governor"."""
    one_old, one_new = _one_word(old), _one_word(new)
    if one_old is None or one_new is None:
        return False
    short, long_ = sorted((one_old, one_new), key=len)
    long_ = long_.rstrip(".")
    stem = short.rstrip(".")
    return (
        len(stem) >= 2
        and (short.endswith(".") or (short[:1].isupper() and len(stem) <= 4))
        and long_.lower().startswith(stem.lower())
        and long_.isalpha()
    )


def _is_acronym_of(short: Sequence[str], long_: Sequence[str]) -> bool:
    """An acronym and what it stands for: "EU" / "European Union", "PA" / "Pennsylvania".

    The acronym's letters are the initials of the other side's words
    (function words may be skipped), or, against a single word, its letters
    in order from the first.
    """
    acronym = _one_word(short)
    if acronym is None:
        return False
    letters = acronym.replace(".", "").lower()
    if not (2 <= len(letters) <= 5 and letters.isalpha() and acronym.replace(".", "").isupper()):
        return False
    words = [w for w in long_ if any(ch.isalnum() for ch in w)]
    if len(words) == 1:
        word = words[0].lower()
        rest = iter(word[1:])
        return (
            len(word) > len(letters)
            and word[0] == letters[0]
            and all(c in rest for c in letters[1:])
        )
    initials = "".join(w[0] for w in words).lower()
    capitalised = "".join(w[0] for w in words if w[0].isupper() or w.lower() not in FUNCTION)
    return letters in (initials, capitalised.lower())


def _opposite_words(words: Sequence[str], *, at_start: bool) -> list[str]:
    """``words`` lower-cased, without names ("West Bank", "North Korean")."""
    return [w.lower() for k, w in enumerate(words) if not (w[:1].isupper() and (k or not at_start))]


def _opposite(lo: Sequence[str], ln: Sequence[str]) -> bool:
    """A word of ``lo`` has its opposite in ``ln`` (lower case, a short edit).

    >>> _opposite(["rose"], ["fell"]), _opposite(["behind"], ["ahead", "of"])
    (True, True)
    >>> _opposite(["rose"], ["climbed"]), _opposite(["rose", "and", "fell"], ["fell"])
    (False, False)
    >>> _opposite(["failed", "to", "win"], ["lost"])
    False
    """
    if max(len(lo), len(ln)) > _OPPOSITE_EDIT or _TURNING & {*lo, *ln}:
        return False
    old, new = set(lo), set(ln)
    for a, b in _OPPOSITES:
        for one, other in ((a, b), (b, a)):
            if old & one and new & other and not (old & other or new & one):
                return True
    return False


def _opposite_counts(words: Sequence[str]) -> list[tuple[int, int]]:
    """How many words of each side of each pair of opposites ``words`` holds."""
    return [(sum(w in a for w in words), sum(w in b for w in words)) for a, b in _OPPOSITES]


def _is_reference(
    lo: list[str],
    ln: list[str],
    names_old: set[str],
    names_new: set[str],
    document_old: Iterable[str],
    document_new: Iterable[str],
) -> bool:
    """A pronoun swapped for a name both texts know (or back): the same referent."""
    if names_old and names_new:
        return False
    named, pronoun_side = (names_new, lo) if names_new else (names_old, ln)
    other_document = {_name_key(w) for w in (document_old if names_new else document_new)}
    if not any(t in _PRONOUNS for t in pronoun_side) or not named <= other_document:
        return False
    extra = [t for t in lo + ln if t.isalnum() and t not in FUNCTION and t not in named]
    return len(named) <= 2 and len(extra) <= 2


@dataclass(frozen=True, slots=True)
class _Place:
    """An edit's words (lower case) within its two whole sentences; ``at`` is where it starts."""

    lo: Sequence[str]
    ln: Sequence[str]
    sentence_old: Sequence[str]
    sentence_new: Sequence[str]
    at: tuple[int, int] | None

    def _near(self, removed: bool, found: Callable[[Sequence[str], int], bool]) -> bool:
        """What the edit removed (else added) stands near it in the other sentence.

        Without the edit's place (``at``) this is not known, and taken as so.
        """
        if self.at is None:
            return True
        if removed:  # look in the new sentence, around the new words
            sentence, start, size = self.sentence_new, self.at[1], len(self.ln)
        else:
            sentence, start, size = self.sentence_old, self.at[0], len(self.lo)
        return _nearby(sentence, start, start + size, lambda k: found(sentence, k))

    def negation_nearby(self) -> bool:
        """The negation the edit takes out (puts in) stands near it in the other sentence."""
        removes = _negations(self.lo, self.ln) > _negations(self.ln, self.lo)
        bare = set(self.lo if removes else self.ln)
        return self._near(removes, lambda sentence, k: _is_negation(sentence, k, bare))

    def negation_kept(self) -> bool:
        """Each negation the edit takes out (puts in) negates the same words in the other
        sentence, wherever they stand there: "He's a weak person and not a very smart
        person" reworded around its "not a very" (not "will not sign" -> "will not stay")."""
        if self.at is None:
            return False
        removes = _negations(self.lo, self.ln) > _negations(self.ln, self.lo)
        own, other = (self.sentence_old, self.sentence_new)
        start, size = self.at[0], len(self.lo)
        if not removes:
            own, other, start, size = self.sentence_new, self.sentence_old, self.at[1], len(self.ln)
        bare = set(other)
        kept = [
            tuple(own[k : k + 1 + _NEGATED_WORDS])
            for k in range(start, min(start + size, len(own)))
            if _is_negation(own, k, bare)
        ]
        grams = {tuple(other[k : k + 1 + _NEGATED_WORDS]) for k in range(len(other))}
        return bool(kept) and all(len(g) == 1 + _NEGATED_WORDS and g in grams for g in kept)

    def reporting(self, new: bool) -> set[str]:
        """Stems of the reporting words and hedges among the edit's old (new) words.

        Read in the whole sentence where the edit's place is known, so that the
        word before an edit's first word counts ("these" in "these claims").
        """
        words = self.ln if new else self.lo
        sentence = self.sentence_new if new else self.sentence_old
        if self.at is None or not sentence:
            return _reporting(words)
        start = self.at[1] if new else self.at[0]
        if list(sentence[start : start + len(words)]) != list(words):
            return _reporting(words)
        span = range(start, start + len(words))
        return {_report_stem(sentence[k]) for k in span if _is_reporting(sentence, k)}

    def hedge_nearby(self, changed: set[str]) -> bool:
        """Each reporting word or hedge the edit changes stands near it in the other sentence."""
        removed = self.reporting(new=False)
        for stem in changed:

            def same(sentence: Sequence[str], k: int, stem: str = stem) -> bool:
                return _is_reporting(sentence, k) and _report_stem(sentence[k]) == stem

            if not self._near(stem in removed, same):
                return False
        return True


# verbs that credit words to someone: a change holding one and a name is a change of
# attribution
_SPEECH_VERBS = _NEUTRAL_REPORTING | _LOADED_REPORTING | word_set("continued continues")


def _speech_tag_only(
    content_old: Sequence[str],
    content_new: Sequence[str],
    sentence_old: Sequence[str],
    sentence_new: Sequence[str],
) -> bool:
    """Whether the content words one side adds or drops are a verb of saying and names
    both sentences hold: the same speaker, credited once more or once less ('"...,"
    Glosser continued. "..."' -> '"... ..."')."""
    words = [*content_old, *content_new]
    verbs = [w for w in words if w in _SPEECH_VERBS]
    rest = [w for w in words if w not in _SPEECH_VERBS]
    return (
        len(verbs) == 1
        and 0 < len(rest) <= 2
        and all(w in sentence_old and w in sentence_new for w in rest)
    )


def classify_change(
    old: Sequence[str],
    new: Sequence[str],
    *,
    at_start: bool = False,
    context_old: Sequence[str] = (),
    context_new: Sequence[str] = (),
    document_old: Iterable[str] = (),
    document_new: Iterable[str] = (),
    at: tuple[int, int] | None = None,
) -> tuple[bool, str]:
    """Say whether replacing ``old`` words by ``new`` ones can change meaning, and why.

    ``at_start`` says the edit opens the sentence (a capital there is not a
    name). ``context_old``/``context_new`` are all the words of the two
    sentences, in order: a name moved within the sentence is not a new name,
    and a number, negation or hedge counts only if the sentences differ in
    it too (see the module docs); ``at`` is where the edit starts in each
    sentence (word indices), so that a negation or hedge the edit removes
    counts as reworded only if the other sentence has one near that place.
    ``document_old``/``document_new`` are the words of the two whole texts: a
    pronoun replaced by a name the other text already uses ("He" ->
    "Kotunica") only says who "he" is.

    >>> classify_change(["40"], ["37"])
    (True, 'number')
    >>> classify_change(["10"], ["Ten"])
    (False, 'wording')
    >>> classify_change(["said"], ["admitted"])
    (True, 'attribution')
    >>> classify_change(["said"], ["told"])
    (False, 'wording')
    >>> classify_change([","], [";"])
    (False, 'punctuation')
    >>> classify_change(["23", "year", "old"], ["23-year-old"])
    (False, 'form')
    >>> classify_change(["annouced"], ["announced"])
    (False, 'spelling')
    >>> classify_change(["Mar."], ["March"])
    (False, 'abbreviation')
    >>> classify_change(["EU"], ["European", "Union"])
    (False, 'abbreviation')
    >>> classify_change(["PA"], ["Pennsylvania"])
    (False, 'abbreviation')
    >>> classify_change(["PA"], ["Ohio"])
    (True, 'name')
    >>> classify_change(["six"], ["sixty"])
    (True, 'number')
    >>> classify_change(["was"], ["wasn't"])
    (True, 'negation')
    >>> classify_change(["big"], ["large"])
    (False, 'wording')
    """
    lo = [t.lower() for t in old]
    ln = [t.lower() for t in new]
    if all(not any(ch.isalnum() for ch in t) for t in lo + ln):
        return False, "punctuation"
    key_old, key_new = _key(lo), _key(ln)
    if key_old == key_new:
        return False, "form"
    if (
        key_old
        and key_new
        and max(len(lo), len(ln)) <= 2
        and not any(ch.isdigit() for ch in key_old + key_new)
        and min(len(key_old), len(key_new)) >= 4
        and _misspelt(key_old, key_new)
        and _negations(lo, ln) == _negations(ln, lo)  # "sufficient" -> "insufficient"
    ):
        return False, "spelling"
    if {tuple(lo), tuple(ln)} <= _ONE_OF_A and lo != ln:
        return False, "wording"  # "a Golden Globe" -> "one Golden Globe"
    whole = bool(context_old or context_new)
    sentence_old = [t.lower() for t in context_old]
    sentence_new = [t.lower() for t in context_new]
    place = _Place(lo, ln, sentence_old, sentence_new, at)
    if _number_changed(old, new, lo, ln) and (
        not whole or _number_changed(context_old, context_new, sentence_old, sentence_new)
    ):
        return True, "number"
    if _negations(lo, ln) != _negations(ln, lo) and not (
        whole
        and _negations(sentence_old, sentence_new) == _negations(sentence_new, sentence_old)
        and (place.negation_nearby() or place.negation_kept())
    ):
        return True, "negation"
    if _opposite(
        _opposite_words(old, at_start=at_start), _opposite_words(new, at_start=at_start)
    ) and not (
        # "Prices rose and wages fell" -> "Wages fell and prices rose"
        whole and _opposite_counts(sentence_old) == _opposite_counts(sentence_new)
    ):
        return True, "opposite"
    if _is_abbreviation(old, new):
        return False, "abbreviation"
    changed = place.reporting(new=False) ^ place.reporting(new=True)
    if changed and not (
        whole
        and _reporting(sentence_old) == _reporting(sentence_new)
        and place.hedge_nearby(changed)
    ):
        return True, "attribution"
    names_old = _names(old, at_start=at_start) - {_name_key(w) for w in context_new}
    names_new = _names(new, at_start=at_start) - {_name_key(w) for w in context_old}
    names_old = {n for n in names_old if not _no_new_name(n, context_old, sentence_new)}
    names_new = {n for n in names_new if not _no_new_name(n, context_new, sentence_old)}
    if names_old ^ names_new:
        if _is_acronym_of(old, new) or _is_acronym_of(new, old) or _same_country(old, new):
            return False, "abbreviation"
        if _is_reference(lo, ln, names_old, names_new, document_old, document_new):
            return False, "reference"
        if names_old ^ names_new <= _DAY_KEYS:
            return True, "date"  # "on Monday" -> "on Tuesday"
        if _SPEECH_VERBS & {*lo, *ln}:
            # "said James Fuller, a representative" -> "the Dallas Morning News reported":
            # who the words are credited to, not a name in the story
            return True, "attribution"
        return True, "name"
    content_old = [t for t in lo if t.isalnum() and t not in FUNCTION]
    content_new = [t for t in ln if t.isalnum() and t not in FUNCTION]
    if not content_old and not content_new:
        return False, "function words"
    if whole and _speech_tag_only(content_old, content_new, sentence_old, sentence_new):
        return False, "attribution"  # '"...," Glosser continued' -> '"..."' in a quote of his
    if whole and _restated(content_old, content_new, sentence_old, sentence_new):
        return False, "restated"
    if not content_old or not content_new:
        # content added or dropped outright: new or lost information
        return (len(content_old) + len(content_new) >= _CONTENT_ADDED, "content")
    if abs(len(content_new) - len(content_old)) >= _CONTENT_GROWTH:
        return True, "content"
    return False, "wording"
