"""Direct and partial quotes with speaker attribution, for English news text.

The extractor is rule based. It works one paragraph (line) at a time:

1. **Quote marks.** Curly (“ ”) and straight (") double marks are told apart
   by their context (an opening mark follows a space or the start of the line and
   precedes a word), so a stray curly mark in the wrong direction and nested
   double marks are handled. Single marks (‘ ’ and ') are quote marks in a
   headline-like line, and in the body of an article that quotes with them
   (British style: no more than two double marks, counting '' typed for one,
   and two or more single marks opening a word), where an apostrophe opening
   an elision ("rock 'n' roll", "'90s") or closing a plural's possessive
   before its noun ("the players' union") is still no mark; elsewhere they are
   apostrophes or quotes nested inside a quote, which stay part of the outer
   quote. A quote left open at the end of a
   paragraph whose next paragraph opens with a quote mark continues there (the
   news convention); each paragraph's piece is its own :class:`Quote` and all
   pieces share one speaker.
2. **What is not a quote.** Rules, in order:

   * a phrase after *so-called* is a scare quote, and one after a word that names
     it as words (*the phrase*, *the term*, *the slogan*, *the question of*) is
     mentioned, not quoted;
   * a title-like phrase (two or more words, every content word capitalised, no
     sentence punctuation at its end) is the name of a work, report, slogan or
     organisation (*the film "Dune"*, *titled "Counting What Matters"*);
   * a line that is nothing but one short quoted phrase without sentence
     punctuation is a headline or subhead in scare quotes;
   * a quote of one or two words counts only in a *reporting context*: a
     reporting verb attached to it (``"Never," she said``) or earlier in its
     sentence (*she said the plan was "reckless"*). Otherwise it is a scare
     quote (*so-called "reforms"*). Three words or more inside a sentence are a
     partial quote.

3. **Attribution**, first match wins: a reporting verb right after the closing
   mark (``"...," Haxby said`` / ``said Haxby``); a reporting verb before the
   opening mark in the same sentence (``Haxby said: "..."``, ``According to
   Haxby, "..."``, *ordered a review "to ..."* after *Drey said*); another
   attributed quote of the same paragraph (split quotes) or the quote it
   continues; the subject of the sentence before the quote (*Haxby was
   defiant.*), then of the sentence after it; finally the last speaker.
   Around the verb: a relative *which*/*who* points back to its antecedent,
   past an appositive (*the Log Cabin Republicans, a gay group, which said*); an
   absolute participle has its own subject (*and one blogger asking, "..."*),
   else the speaker of an earlier verb in the sentence (*Fiorina said, adding
   that ... "..."*), else the sentence subject; a possessor is not the speaker
   (*said the statement from Grimm's attorney, William McGinley*; *Ryan's office
   said*); party tags (*Rep. Gregory Meeks, D-N.Y., said*) are skipped. The
   subject of a sentence is a pronoun or a noun phrase that opens it (*She went
   on to say that Malia ...*, *The communications pro also took a shot at
   President Obama*, *a post accompanying the video provides this
   commentary:*, *His response: "..."* after a quoted question), else the first
   name in it.
4. **Speakers** are normalised within the article (:mod:`storydiff._speakers`):
   titles are stripped ("Police Commissioner Dana Oduya" -> "Dana Oduya"), a
   surname or "Ms Oduya" maps to the full name, "the commissioner" maps to the
   person the text introduced with that role (abbreviated titles count: "Gov.
   Rick Perry" is "the governor"), and he/she resolve to the nearest earlier
   person whose gender (from a common first name, Mr/Ms, gendered nouns such as
   *his wife, Huma Abedin*, or earlier pronouns) does not clash, preferring
   sentence subjects. They/it resolve to the nearest group or organisation. A
   definite description with no introduced role ("the Texas governor", "the
   group") refers back like a pronoun, unless an unnamed source with that noun
   came before ("A spokesperson for Google ... the spokesperson said").
   Anonymous sources ("a police spokesperson", "one blogger") keep
   ``speaker=""`` and the mention in ``speaker_text``.
5. **Whole stretches someone says**: an embedded post (``Article.posts``) is a
   direct quote of its author (cue "tweeted"), and so is each turn of a
   transcript ("PRESIDENT DONALD TRUMP: ...") of its speaker, the reporter's own
   turns ("..., BYLINE:") excepted. Quote marks inside are theirs, except a
   direct quote they attribute to someone else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storydiff import _entity_words as W
from storydiff._quote_cues import (
    _OBTAINED,
    _TRAILING_TIME,
    _can_speak,
    _cue_phrase,
    _ly_adverb,
    _name_ending_at,
    _speaker_after,
    _speaker_before,
    _subject,
)
from storydiff._quote_marks import _find_spans, _sentences, _Span, _trim
from storydiff._quote_words import (
    _ABBREVIATIONS,
    _CONNECTORS,
    _CUE_NOUNS,
    _CUE_VERBS,
    _DETERMINERS,
    _DOUBLE,
    _FUNCTION_WORDS,
    _HIT_BACK,
    _LOWER_TITLE_WORDS,
    _OPENERS,
    _OPENING_SUBORDINATORS,
    _PARTICIPLES,
    _PERSON_NOUNS,
    _PREPOSITIONS,
    _PRONOUNS,
    _SPEECH_NOUNS,
    _TIME_WORDS,
    _TITLE_CUES,
    _TITLES,
    _TOLD_FORMS,
    _WORD,
    TRANSCRIPT_LABEL,
    TRANSCRIPT_ROLE,
    _words,
    nicknames_unquoted,
)
from storydiff._speakers import (
    _ISSUED_PAPERS,
    _NEXT_WORD,
    _PARTY_TAG,
    _anonymous_before,
    _bare,
    _canonical,
    _Doc,
    _gender_of,
    _glued_stop,
    _is_cue,
    _is_name_tok,
    _Mention,
    _resolve,
    _scan_mentions,
    _sentence_index,
    _sentence_of,
    _the_person,
    _Tok,
    _tokens,
)
from storydiff._stop_words import ENGLISH_STOP_WORDS
from storydiff.models import Post, Quote, QuoteKind

__all__ = ["extract_quotes"]


# Words that name the quoted words rather than report them: "the phrase", "the term",
# "the question of" ("intimidated by this question of “are you a citizen?” on the census"),
# "what's called".
_MENTION_BEFORE = re.compile(
    r"\b(?:the|this|that|a|an|his|her|their|its|our)\s+(?:[\w-]+\s+)?"
    r"(?:(?:phrase|term|slogan|chant|motto|label|expression|catchphrase|hashtag|mantra"
    r"|nickname|moniker|buzzword)s?|word|questions?\s+of)\s*$"
    # "what's called “civil asset forfeiture”" (not "what she calls “real solutions”":
    # her words, quoted)
    r"|\bwhat(?:['’]s| is| are| was) (?:now |often |also )?called\s*$"
    # "what was known as the “Moscow project”" (not "what he referred to as a “gift”":
    # his words)
    r"|\bknown\s+as(?:\s+(?:the|a|an))?\s*$"
    # "any alleged “hack”": an adjective before a scare quote (not "He alleged “...”")
    r"|\b(?:the|a|an|any|this|that|its|his|her|their)\s+alleged\s*$"
    # "when asked to define “a motion in limine”": a term someone was asked about
    r"|\b(?:define|defining|defined|spell|spelling)\s*$"
    # "Axios attributed its report to “Republican sources.”": who the sources are, no
    # one's words (not "attributed the debt to “a structural mismatch ...”")
    r"|\battribut(?:ed|es|ing)\s+(?:its|the|his|her|their)\s+(?:report|story|account"
    r"|information|claims?|article)s?\s+to\s*$",
    re.IGNORECASE,
)
_LONGEST_MENTION = 8  # words: a term or a slogan, not a statement
_LIST_JOIN = re.compile(r",?\s+(?:or|and)\s+|,\s+")
# who chanted, after the chant: "chants of “lock him up” from protesters"
_CROWD_AFTER = re.compile(r"\s+from\s+((?:the\s+|his\s+|her\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
# a crowd's chant or a sign's words right before the opening mark
_CHANT_BEFORE = re.compile(
    r"\b((?:chants?|cries|shouts) of|chanting|signs? (?:reading|that read|saying))[,:]?\s*$",
    re.IGNORECASE,
)
# words someone might have said, right before the quote: "Sessions should have added, ...",
# "a follow-up along the lines of, ..."
_HYPOTHETICAL = re.compile(
    r"\b(?:should|could|would|might|must)(?:n[’']t)?\s+have\s+(?:[a-z]+\s+)?"
    r"(?:said|added|asked|written|told|replied|answered|declared|stated)\b[^.!?\"“”]{0,40}$"
    r"|\balong the lines of,?\s*$",
    re.IGNORECASE,
)


def _chanted(attr: _Attribution | None) -> bool:
    """Whether the attribution is a crowd's chant or a sign's (see :data:`_CHANT_BEFORE`)."""
    return attr is not None and _CHANT_BEFORE.fullmatch(attr.cue) is not None


def _mentioned(before: str, quote: str, after: str) -> bool:
    """Whether the quoted words are named as words ("the term “battlespace”"), or as the
    label of a kind ('"just enforce the law" arguments').

    Not after a colon or a comma ("use of the term: “It is a favorite of ...”"
    quotes Lemon; 'Asked about a third term, "I would love that," Trump said'),
    not when a reporting verb follows the quote (``after``: 'signed with the
    label "because they believed in me," Brel said'), nor when longer than a
    slogan ('the chant "would send chills down the spines ..."').
    """
    if len(quote.split()) > _LONGEST_MENTION:
        return False
    if (
        _CLASS_AFTER.match(after)
        and quote.rstrip()[-1:].isalnum()
        and len(quote.split()) > 2
        and not any(
            w.lower() in _CUE_VERBS
            for w in re.findall(r"[\w']+", re.split(r"(?<=[.!?])\s+", before)[-1])
        )
    ):
        # '"just enforce the law" arguments', 'the "high crime and misdemeanor" term' (not
        # 'Trump's "divisive" rhetoric', nor 'Kerry said Trump's "childish and reckless"
        # rhetoric ...', which quote the one who condemned it)
        return True
    if _MENTION_BEFORE.search(before) is None:
        return False
    return not _cue_follows(after)


# a noun the quoted words name a kind of, right after the closing mark: 'a rebuke to
# "just enforce the law" arguments', 'the "abolish ICE" movement', 'the nebulous "high
# crime and misdemeanor" term' (words as a label, not one's own)
_CLASS_AFTER = re.compile(
    r"\s+(?:arguments?|movement|term|camp|crowd|slogan|mantra|doctrine|polic(?:y|ies)"
    r"|rhetoric|narrative|label|chants?|provision|clause|standard|agenda|wing|faction"
    r"|brigade|trope|meme)(?![\w-])"
)


def _cue_follows(after: str) -> bool:
    """Whether the quote's own reporting verb follows it, not a participle of the
    sentence ('the label "socialist," saying ...')."""
    following = [w.lower() for w in re.findall(r"[\w']+", after)[:4]]
    return any(w in _CUE_VERBS and not w.endswith("ing") for w in following)


def _names_a_work(before: str, quote: str, after: str = "") -> bool:
    """Whether ``quote`` is the title of a work its sentence names just before it.

    A short capitalised quote with a title cue among the four words before its
    opening mark ("the film", "a Top 10 pop hit with", "her second album,") and
    no reporting verb after the cue: "the album, she said" introduces a quote.
    Nor is it a title when a reporting verb follows it (``after``, the text
    after its closing mark): 'When the storm hit, "Everything was gone," Lee
    said'. A title may end in "!" or "?" ("Sad!"), not in a full stop.
    A quote in Title Case of six words at most right after a name's possessive
    ("CNN's "State of the Union"", "ABC's "This Week."") is a title, its full stop
    the sentence's. A short one in Title Case (four words at most, no full stop)
    right after its cue, with no punctuation between, is a title whatever follows, with the comma
    a sentence puts inside its closing mark: 'the talk show "Vecher," or "Evening,"
    said Putin ...'; 'on the program "It was a mistake," Lee said' is a quote.
    """
    n_words = len(quote.split())
    if n_words <= _TITLED_WORDS and _TITLED.search(before):
        # 'an upcoming book titled "Republicans Buy Sneakers, Too: How the Left Is Ruining
        # Sports With Politics."': whatever its length, a title; and whatever its case ('a
        # column titled "William Barr is in contempt. Congress should send him to jail,"')
        return True
    if n_words > 8 or not (
        quote[:1].isupper() or (quote[:1].isdigit() and _title_cased(quote))  # "60 Minutes"
    ):
        return False
    if (
        n_words <= _SHORT_TITLE
        and _title_cased(quote)
        and quote.rstrip()[-1:] not in ".!?,"
        and _ARTICLE_END.search(before)
        and (noun := _NOUN_NEXT.match(after)) is not None
        and (noun.group(1) not in ENGLISH_STOP_WORDS or noun.group(1) in _NOUNS_STOP_LISTED)
        and noun.group(1) not in _CUE_VERBS
    ):
        # a name before the noun it names: 'a "60 Minutes" interview', 'a special
        # "Obamacare" sign-up period', 'the "Redskins" name', 'the "Today" show'
        return True
    ended = quote.rstrip()[-1:] == "." and not _LOWER_AFTER.match(after)
    if n_words <= _POSSESSED_TITLE and _POSSESSOR.search(before) and _title_cased(quote):
        # a name's work, its closing full stop the sentence's: CNN's "State of the
        # Union", ABC's "This Week.", Lee Greenwood's "God Bless the U.S.A."
        return True
    if (
        n_words <= _SHORT_TITLE
        # the sentence's full stop inside the mark: 'a program called “Fast and Furious.”'
        and (quote.rstrip()[-1:] != "." or ended)
        and _title_cased(quote)
        and _NAMED_WORK_RE.search(before)
    ):
        return True
    if (
        1 < n_words <= _SHORT_TITLE
        and _title_cased(quote)
        and (quote.rstrip(" ,")[-1:] not in ".!?" or ended)
        and _SHOW_BEFORE.search(before)
    ):
        # a programme a guest is on or talks to: 'told "Fox & Friends"', 'on "New Day."'
        # (the sentence's full stop inside the mark)
        return True
    if n_words <= _POSSESSED_TITLE and _title_cased(quote) and _STARRED_IN.search(before):
        # a film or a show one plays in: 'who stars as the Hulk in “Thor: Ragnarok.”'
        return True
    if (
        n_words <= _POSSESSED_TITLE
        and _title_cased(quote)
        and quote.rstrip(" ,.").rsplit(None, 1)[-1] in _LAW_HEADS
    ):
        return True  # a bill's or a plan's name: 'calling it the “Heroes Act.”'
    if (
        n_words <= _POSSESSED_TITLE
        and _title_cased(quote)
        and quote.rstrip(" ,.").rsplit(None, 1)[-1] in _SHOW_HEADS
    ):
        return True  # a programme's name: 'does air rebroadcasts of "The Alex Jones Show."'
    if quote.rstrip()[-1:] in ".,;":
        return False
    following = [w.lower() for w in re.findall(r"[\w']+", after)[:4]]
    if any(w in _CUE_VERBS for w in following):
        return False
    near = [w.lower() for w in re.findall(r"[\w']+", before)[-4:]]
    cues = [k for k, w in enumerate(near) if w in _TITLE_CUES]
    return bool(cues) and not any(w in _CUE_VERBS for w in near[cues[-1] + 1 :])


_SHORT_TITLE = 4  # words
# the last word of a programme's name
_SHOW_HEADS = frozenset(("Show", "Podcast", "Hour"))
_TITLED = re.compile(r"\b(?:titled|entitled)\s*$", re.IGNORECASE)
_TITLED_WORDS = 20
# a quote between an article and a noun it names the kind of: 'a "60 Minutes" interview'
_ARTICLE_END = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|this|that)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)
_NOUN_NEXT = re.compile(r"\s+([a-z]{3,})\b(?!\s*[\"“])")
# nouns that scikit-learn's stop list holds, which a name may modify ('the "Redskins"
# name', 'the "Today" show'); its other words ("although", "since") open no noun phrase
_NOUNS_STOP_LISTED = frozenset(("name", "show", "system", "bill", "fire", "part", "side"))
_LOWER_AFTER = re.compile(r"\s*[a-z]")  # the sentence goes on after the closing mark
# what a guest is interviewed on or talks to: 'an interview on “Fox & Friends,”', 'told
# "Fox & Friends"', 'appeared on "Meet the Press"'
_SHOW_BEFORE = re.compile(r"\b(?:on|told)\s*$")
_STARRED_IN = re.compile(
    r"\b(?:stars?|starred|starring|co-stars?|co-starred|appears?|appeared|plays?|played)\b"
    r"[^.;:!?“”\"]{0,30}\bin\s*$"
)
_LAW_HEADS = frozenset(("Act", "Bill", "Amendment", "Plan", "Doctrine", "Initiative"))
_POSSESSED_TITLE = 6  # words of a title right after a possessive
_POSSESSOR = re.compile(r"[A-Z][\w.&-]*['’]s?\s*$")  # "CNN's", "Greenwood’s", "Times'"


def _title_cased(quote: str) -> bool:
    """Every word but the small ones capitalised: "Harbour Live", "Vecher", not "It was"."""
    words = [w.strip("‘’'\",.!?") for w in quote.split()]
    return all(
        w[:1].isupper() or w.lower() in _LOWER_TITLE_WORDS or not any(c.isalpha() for c in w)
        for w in words
        if w
    )


# a title cue right before the opening mark, with no punctuation between ('the talk show
# "Vecher,"'), or an alternative title right after one ('"Vecher," or "Evening,"')
_NAMED_WORK_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_TITLE_CUES, key=len, reverse=True)) + r")\s*"
    r"(?:[\"“][^\"”\n]{1,40}[\"”]\s*(?:or|and|aka)\s*)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Attribution:
    mention: _Mention | None
    cue: str
    strength: int  # 2 = verb attached to the quote, 1 = sentence context, 0 = inherited


# ---------------------------------------------------------------------------
# attribution around a quote


def _title_like(quote: str) -> bool:
    words = quote.split()
    if len(words) < 2 or len(words) > 12:
        return False
    if quote.rstrip()[-1:] in ".!?,;:":
        return False
    content = [w for w in words if w.lower().strip("‘’'\"") not in _LOWER_TITLE_WORDS]
    if not content:
        return False
    first = words[0].lstrip("‘'\"(")
    return first[:1].isupper() and all(
        (w.lstrip("‘'\"(")[:1].isupper() or w[:1].isdigit()) for w in content
    )


def _clean_toks(toks: list[_Tok]) -> list[_Tok]:
    """Tokens without parentheses and abbreviation stops ("Sen. Chuck Schumer (D-N.Y.)").

    A bracket still open where the tokens end holds the quote itself: in "(Cuomo
    said he can't “...”)" its words are read, and only the bracket is dropped.
    """
    closed: set[int] = set()
    opened: list[int] = []
    for k, t in enumerate(toks):
        if t.text == "(":
            opened.append(k)
        elif t.text == ")" and opened:
            closed.update(range(opened.pop(), k + 1))
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        if k in closed or t.text == "(":
            continue
        if t.low == "back" and out and out[-1].low in _HIT_BACK and out[-1].end + 1 == t.start:
            # "Schlapp shot back, "Not true."": one reporting verb (_CUE_VERBS)
            out[-1] = _Tok(f"{out[-1].text} back", out[-1].start, t.end)
            continue
        if t.low == "in" and out and out[-1].low == "chimed" and out[-1].end + 1 == t.start:
            # '"Very weak," chimed in Chris Gaffney': one reporting verb, no place after it
            out[-1] = _Tok(f"{out[-1].text} in", out[-1].start, t.end)
            continue
        if t.text == "." and out:
            prev = out[-1].text
            if not _glued_stop(toks, k) and (
                (prev[:1].isupper() and len(prev) <= 3 and prev.isalpha())
                or prev.lower() in _ABBREVIATIONS
                or "." in prev
            ):
                continue  # kept before a word glued to it: "Ann Lee.That gives ..." ends there
        out.append(t)
    return out


def _loose_cue(toks: list[_Tok], k: int) -> bool:
    """A reporting verb, or an unlisted past-tense verb that inverts ("beamed Hartley")."""
    t = toks[k]
    if _is_cue(t, toks[k - 1] if k else None):
        return True
    return (
        t.text.islower()
        and t.low.endswith("ed")
        and k + 1 < len(toks)
        and _is_name_tok(toks[k + 1])
    )


_PHRASE_ENDERS = _OPENERS | _TIME_WORDS | {"who", "whose", "and", "but", "to"}


def _clause_ends(toks: list[_Tok], k: int) -> bool:
    """Whether a name ending before ``toks[k]`` ends its noun phrase there.

    It does before nothing, a punctuation mark, a preposition or conjunction
    ("beamed Hartley on Sunday"), a word of time or an adverb ("beamed Hartley
    yesterday", "... proudly"); not before another word of the phrase ("defied
    Republican Party leaders").
    """
    if k >= len(toks) or not toks[k].text[0].isalnum():
        return True
    low = toks[k].low
    return low in _PHRASE_ENDERS or (low.endswith("ly") and toks[k].text.islower())  # "proudly"


_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# "were called to the synagogue": summoned somewhere, which reports no words
_CALLED = frozenset(("called", "summoned"))
# cues that after a form of "be" report nothing anyone said ("was reported to have", "is said
# to be", "were told"); "was quoted as saying" still names its speaker
_PASSIVE_CUES = frozenset(("reported", "said", "told", "believed", "rumored", "rumoured"))


def _puts_it(toks: list[_Tok], found: tuple[_Mention, int] | None) -> bool:
    """Whether the speaker ``found`` after an "as" goes on with "put(s) it": "As Boyd put it
    in a recent panel, "..."", '"...," as Vox's Dylan Scott put it', "As Gov. Gretchen
    Whitmer, D-Mich., put it, "..."" (a party tag between commas)."""
    if found is None:
        return False
    k = found[1]
    if k + 3 < len(toks) and toks[k].text == "," and _PARTY_TAG.match(toks[k + 1].text):
        k += 2 + (toks[k + 2].text == ".")  # the tag and its full stop
        if toks[k].text != ",":
            return False
        k += 1
    return k + 1 < len(toks) and toks[k].low in {"put", "puts"} and toks[k + 1].low == "it"


# the words named as someone's choice, then who chose them: '"Horrible," is the word used by'
_WORD_USED_BY = re.compile(r"(?:is|was) (?:the|their|his|her) (?:word|term) (?:used|chosen) by\b")
# what stands between a speaker and a speech not yet given: "was due to", "is expected to"
_PLANNED_SPEECH = re.compile(
    r"(?:is|was|are|were) (?:due|expected|set|scheduled|poised|slated|going) to"
)
# ... and a speaker's own plan: '"...," he intends to tell senators'
_INTENDED_SPEECH = re.compile(r"(?:intends|intended|plans|planned) to")
# ... and a recording's: '"...," Gianforte can be heard saying'
_HEARD_SAYING = re.compile(r"(?:(?:can|could) be|is|was|are|were) (?:heard|seen|caught)")
# each of them, its length in words, and whether the verb after it is a participle
_BEFORE_THE_VERB = (
    (_PLANNED_SPEECH, 3, False),
    (_INTENDED_SPEECH, 2, False),
    (_HEARD_SAYING, 3, True),
    (_HEARD_SAYING, 2, True),
)


def _tail_attribution(doc: _Doc, sp: _Span, stop: int) -> _Attribution | None:
    """``"...," Haxby said`` / ``said Haxby`` right after the closing mark."""
    if sp.close_mark < 0:
        return None
    text = doc.text
    toks = _clean_toks(_tokens(text, sp.close_mark + 1, stop))
    i = 0
    while i < len(toks) and toks[i].text in {",", "—", "–", "-"}:
        i += 1
    if i >= len(toks):
        return None
    if any(t.text in {"—", "–", "-"} for t in toks[:i]):
        # a pull quote signed with a dash: '"We will not let them." — President Trump'
        signed = _speaker_after(text, toks, i)
        if signed is not None and all(not t.text[0].isalnum() for t in toks[signed[1] :]):
            return _Attribution(signed[0], "", 2)
    if toks[i].low == "as":
        found = _speaker_after(text, toks, i + 1)
        if found is not None and _puts_it(toks, found):
            # '"the most sought-after senator in Washington," as Vox's Dylan Scott put it'
            return _Attribution(found[0], "put it", 2)
        if found is not None and found[0].kind == "nominal":
            # 'warned against "false complacency" as the pathogen continues to spread':
            # a clause of its own, whose subject is no one who speaks ("as the senator
            # said" is an attribution)
            words = [_bare(w) for w in found[0].text.split()]
            verb = next((n for n, w in enumerate(words) if w in _CUE_VERBS), len(words))
            if verb and not _can_speak(words[verb - 1]):
                return None
    used = _WORD_USED_BY.match(" ".join(t.low for t in toks[i : i + 6]))
    if used is not None:
        # '"Horrible," is the word used by Steven Ricchiuto, chief economist at MSUSA.'
        found = _speaker_after(text, toks, i + len(used.group().split()))
        if found is not None:
            return _Attribution(found[0], used.group(), 2)
    if toks[i].low in _SUBORDINATORS:
        # '... a "coup attempt" after prosecutors charged him': another clause, another act
        return None
    if i == 0 and toks[i].low in _CUE_NOUNS and text[sp.close_mark - 1 : sp.close_mark].isalpha():
        # 'for tweeting "disparaging" remarks about NFL players': the quoted word modifies
        # a noun, which is no reporting verb
        return None
    if (
        i == 0
        and text[sp.close_mark - 1 : sp.close_mark] in (".", "!", "?")
        and toks[i].cap
        and (toks[i].low in _FUNCTION_WORDS or toks[i].low in _DETERMINERS)
        and toks[i].low not in _PRONOUNS
        and not (len(toks[i].text) > 1 and toks[i].text.isupper())  # "US Senator Jeff ..."
    ):
        # '... the button is "always on my desk." The president responded', '... and they
        # HATE Israel!" This, after he pressured ...': the quote closed its sentence, and
        # another begins
        return None
    if toks[i].low == "and" and (
        (i > 0 and toks[i - 1].text == ",") or text[sp.close_mark - 1 : sp.close_mark] == ","
    ):
        # '... as a "battlespace," and Trump urged governors to ...': a new clause, its
        # subject's own words next
        return None
    if toks[i].low in _CONTRASTS and not (
        i + 1 < len(toks)
        and toks[i + 1].low in {"another", "again", "more", "other"}
        and not _reports_a_clause_after_cue(toks, i + 1)
    ):  # "yet another resident said" is an attribution ("while another said he is" no)
        # '... "protect a narrow class of objectors," but advocates say the rules ...':
        # a new clause, someone else's claim
        return None
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        found = _speaker_after(text, toks, i + 2)
        if found is not None:
            return _Attribution(found[0], "according to", 2)
        return None
    if _loose_cue(toks, i):
        if i == 0 and toks[i].low in _TOLD_FORMS:
            # 'one "well-wired Republican" told Axios': whom the words were told, never
            # an inverted speaker; the one who told them stands before the marks
            return None
        if toks[i].low.endswith("ing"):
            # '"...," claiming that he is responsible': a participle whose subject is the
            # sentence's ("Trump insisted that ..."), never the clause after it
            return None
        listed = _is_cue(toks[i], toks[i - 1] if i else None)
        if toks[i].low in _OBJECT_CUES and i + 1 < len(toks) and toks[i + 1].low in _COMPLEMENTS:
            # 'a "space force" charged with protecting America': a participle on the quoted
            # noun, no inverted speaker after it
            return None
        found = _speaker_after(text, toks, i + 1)
        if (
            found is not None
            and toks[i].low in _OBJECT_CUES
            and found[1] < len(toks)
            and toks[found[1]].low in _COMPLEMENTS
        ):
            # '"failing," accused Illinois Gov. J.B. Pritzker of "..."': the one accused,
            # described or urged is the verb's object, not an inverted speaker
            return None
        if (
            found is not None
            and found[0].kind == "nominal"
            and found[1] < len(toks)
            and toks[found[1]].text == ","
        ):
            # '"...," said the chairman of the Senate Armed Services Committee, Sen. James
            # Inhofe, R-Okla.': the role, then the name that holds it
            named = _speaker_after(text, toks, found[1] + 1)
            if named is not None and named[0].kind == "person" and _clause_ends(toks, named[1]):
                role = found[0]
                found = (
                    _Mention(role.start, role.end, role.text, "person", named[0].name),
                    named[1],
                )
        if found is not None and (listed or _clause_ends(toks, found[1])):
            cue, _ = _cue_phrase(text, toks, i)
            return _Attribution(found[0], cue, 2)
        if found is None or listed:
            return None
        # an unlisted verb and its object, not an inverted speaker ('"...," defied party leaders')
    relative: _Mention | None = None  # who a relative clause's verb of saying is about
    for k in range(i, min(len(toks), i + 40)):
        t = toks[k]
        if t.text == "." and k and _PARTY_TAG.match(toks[k - 1].text):
            continue  # "Mitch McConnell, R-Ky. said": the tag's full stop ends nothing
        if t.text in {".", "!", "?", ";", ":"} or t.text in _DOUBLE:
            return None
        if not _is_cue(t, toks[k - 1] if k else None):
            continue
        if k > i and t.low in _CUE_NOUNS and _noun_after(toks[k - 1]):
            # '... a "ridiculous and baseless attack" in a pair of late-night tweets': where
            # the words were written, not who wrote them (the sentence's subject did)
            return None
        # '"...," Biden was due to say', '"...," he intends to tell senators', '"...,"
        # Gianforte can be heard saying': the words between the speaker and the verb
        planned = next(
            (
                n
                for pattern, n, participle in _BEFORE_THE_VERB
                if k - i > n
                and (not participle or t.low.endswith("ing"))
                and pattern.fullmatch(" ".join(w.low for w in toks[k - n : k]))
            ),
            0,
        )
        if k > i and t.low in _BARE_CUES and toks[k - 1].low in _BEFORE_INFINITIVE and not planned:
            continue  # '..., who helped write the letter, said': a verb of the clause
        if relative is not None:
            if toks[k - 1].text != ",":
                continue  # "who said he wrote in ...": still the relative clause's
            # '"...," Romney, who said he wrote in his wife, Ann, ..., told "Axios"': the
            # one the relative clause is about, once it closes
            cue, _ = _cue_phrase(text, toks, k)
            return _Attribution(relative, cue, 2)
        if _relative_verb(toks, i, k):
            # '... "two or three more" candidates to replace Justice Anthony Kennedy, who
            # announced last week that he is retiring': what the relative clause reports
            # is its own; the quote is not
            ante = _speaker_before(text, toks, k, i)
            relative = ante[0] if ante is not None and ante[0].kind == "person" else None
            continue
        if k > i and toks[k - 1].low in _BE_FORMS and t.low in _PASSIVE_CUES:
            continue  # '"..." And AT&T was reported to have paid': hearsay, no speaker
        if (
            k > i
            and toks[k - 1].low in _BE_FORMS
            and t.low in _ASKED_FORMS
            and _ends_asked(toks, k)
        ):
            # '"Is everything cool with you and Dr. Fauci?" Trump was asked.': the one
            # asked, no speaker; whoever asked goes unnamed
            return _Attribution(_unnamed_at(t), t.low, 2)
        if k - i >= 16:
            # "Trump, the 2016 GOP presidential frontrunner nationally, said"
            found = _speaker_after(text, toks, i)
            if found is None or found[1] >= len(toks) or toks[found[1]].text != ",":
                return None
            cue, _ = _cue_phrase(text, toks, k)
            return _Attribution(found[0], cue, 2)
        found = _speaker_before(text, toks, k - planned, i)
        if (
            (
                found is None
                or found[0].kind != "person"
                # '"...," Matt Bennett, a spokesman for Third Way, a left-leaning research
                # group, said': the body a role is of, no speaker
                or (found[1] > i and toks[found[1] - 1].low in _ROLE_OF)
            )
            and k > i
            and (toks[k - 1].text == "," or _role_runs_to(toks, i, k))
            and text[sp.close_mark - 1 : sp.close_mark] in _CLAUSE_MARKS
        ):
            # '"...," Rep. Josh Gottheimer, D-N.J., co-chair of the Problem Solvers Caucus,
            # told Fox News': a name, then its appositions, then the verb (the quote ends
            # in a comma, "!" or "?": a phrase in marks inside a sentence is no such quote)
            lead = _speaker_after(text, toks, i)
            if (
                lead is not None
                and lead[0].kind == "person"
                and lead[1] < k
                and toks[lead[1]].text == ","
                # not '"...," on Democrats, said X'; "Scott's niece, state Del. ..." is hers
                and (
                    all(t.cap for t in toks[i : lead[1]])
                    or (toks[i].cap and toks[i].text.endswith(("'s", "’s")))
                )
                and not _closes_sentence_before(text, sp, toks, k)
            ):
                cue, _ = _cue_phrase(text, toks, k)
                return _Attribution(lead[0], cue, 2)
        if (
            found is None
            and k > i
            and toks[k - 1].text == ","
            and toks[k].low not in _TOLD_FORMS
            and not toks[k].low.endswith("ing")  # "..., saying that people there ..."
        ):
            # '... a "boomerang effect" on Democrats, said Mark Rountree, a GOP strategist':
            # the clause after the quote ends in an inverted attribution, by name
            inverted = _speaker_after(text, toks, k + 1)
            if (
                inverted is not None
                and inverted[0].kind in {"person", "org"}
                and (inverted[1] >= len(toks) or toks[inverted[1]].text in {",", ".", ";"})
            ):
                cue, _ = _cue_phrase(text, toks, k)
                return _Attribution(inverted[0], cue, 2)
        if found is None:
            return None
        prefix = toks[i : found[1]]
        # '"...," the governor of Texas, Greg Abbott, said': a role, then the name
        appositive = (
            found[0].kind == "person"
            and 1 < len(prefix) <= 9
            and prefix[-1].text == ","
            and all(p.text[0].isalpha() and not _is_cue(p) for p in prefix[:-1])
        )
        # '"...," Health and Human Services Department spokeswoman Caitlin Oakley said':
        # a body's name, then the role
        # ("Kaiser Family Foundation senior vice president Larry Levitt": the role in lower
        # case, a few words)
        body = len(prefix) - 1
        while body > 0 and len(prefix) - body < 4 and prefix[body - 1].text.isalpha():
            word = prefix[body - 1]
            if not word.text.islower() or _is_cue(word) or word.low in _FUNCTION_WORDS:
                break
            body -= 1
        bodys_role = (
            found[0].kind == "person"
            and 1 < len(prefix) <= 9
            and (prefix[-1].low in _TITLES or prefix[-1].low in _PERSON_NOUNS)
            and body > 0
            and prefix[0].cap
            # "Trump 2020 campaign manager Brad Parscale", "Sanders’ campaign manager
            # Faiz Shakir": a campaign's year, a plural owner's apostrophe
            and all(
                p.cap
                or p.low in _CONNECTORS
                or _CAMPAIGN_YEAR.fullmatch(p.text)
                or p.text in {"'", "’"}
                for p in prefix[:body]
            )
        )
        if not (appositive or bodys_role or _joint_roles(text, prefix)) and (
            len(prefix) > 5 or any(not p.text[0].isalpha() or _is_cue(p) for p in prefix)
        ):
            return None
        mention = found[0]
        if prefix and not appositive:
            # "ValRail chief executive Gregor Lind told reporters"
            lo = prefix[0].start
            mention = _Mention(lo, mention.end, text[lo : mention.end], mention.kind, mention.name)
        if _closes_sentence_before(text, sp, toks, k):
            return None
        cue, _ = _cue_phrase(text, toks, k)
        return _Attribution(mention, cue, 2)
    return None


_ROLE_OF = frozenset(("for", "of", "at", "with"))
_CAMPAIGN_YEAR = re.compile(r"(?:19|20)\d\d")
# a verb right after a clause's subject: "has ridiculed", "ridiculed", "was", "said"
_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|was|is|were|are|also|then|later|again|repeatedly|can|could|will"
    r"|would|may|might|must|should|did|does|do|said|says)\b|[a-z]+ed\b)"
)


def _reports_a_clause_after_cue(toks: list[_Tok], first: int) -> bool:
    """Whether the first reporting verb from ``toks[first]`` on has words of its own after
    it in the clause ("another said he is ..."), and so reports another quote."""
    cue = next((k for k in range(first, len(toks)) if _is_cue(toks[k], toks[k - 1])), None)
    if cue is None or cue + 1 >= len(toks):
        return False
    return toks[cue + 1].text[0].isalnum()


def _ends_asked(toks: list[_Tok], k: int) -> bool:
    """Whether "was asked" at ``toks[k]`` ends its clause ("Trump was asked.", "... was
    asked on Tuesday"), not "if Nielsen is asked to resign": no question of its own."""
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    return not nxt.text[0].isalnum() or nxt.low in _TIME_WORDS or nxt.low in _ASKED_WHEN


_ASKED_WHEN = frozenset(("on", "in", "at", "during", "by", "later", "again"))


def _unnamed_at(tok: _Tok) -> _Mention:
    """An unnamed speaker at a cue ("was asked", "said to be"): a description of no words."""
    return _Mention(tok.start, tok.start, "", "nominal", "")


def _joint_roles(text: str, prefix: list[_Tok]) -> bool:
    """Whether the words before the last speaker's name are another person's name and
    role, joined by "and", then the last one's role: '"...," Duke University economist
    William Darity and writer A. Kirsten Mullen argued'."""
    for j, tok in enumerate(prefix):
        if tok.low != "and" or j == 0:
            continue
        role = prefix[j + 1 :]
        first = _speaker_before(text, prefix, j)
        return (
            j <= 8
            and len(role) <= 3
            and all(r.text.isalpha() and r.text.islower() for r in role)
            and first is not None
            and first[0].kind == "person"
            and all(t.text[0].isalpha() and not _is_cue(t) for t in prefix[:j])
        )
    return False


def _role_runs_to(toks: list[_Tok], i: int, k: int) -> bool:
    """Whether an apposition after a name at ``toks[i]`` runs to the verb ``toks[k]``
    with no closing comma: '"...," Larry Levitt, senior vice president of the Kaiser
    Family Foundation tweeted Friday', '..., Dena Miller, one of the women said': up to
    11 words, no punctuation and no other verb of saying between them."""
    comma = next((n for n in range(i + 1, k) if toks[n].text == ","), None)
    if comma is None or k - comma > 12:
        return False
    role = toks[comma + 1 : k]
    return (
        bool(role) and all(t.text[0].isalnum() for t in role) and not any(_is_cue(t) for t in role)
    )


def _relative_verb(toks: list[_Tok], lo: int, k: int) -> bool:
    """Whether the verb ``toks[k]`` is a relative clause's, "who" its subject: "who
    announced", "who also said" (not "which he described", whose subject speaks)."""
    j = k - 1
    if j > lo and toks[j].low in _RELATIVE_ADVERBS:
        j -= 1
    return j >= lo and toks[j].low == "who"


_RELATIVE_ADVERBS = frozenset(("also", "later", "then", "previously", "recently", "earlier"))


def _head_outranks_tail(
    doc: _Doc, sp: _Span, tail: _Attribution, head: _Attribution, sent_lo: int, next_open: int
) -> bool:
    """Whether the verb before a quote names its speaker rather than the one after it."""
    text = doc.text
    if head.mention is None or not head.cue:
        return False
    if (
        tail.cue == "according to"
        or (
            tail.cue.split(" ", 1)[0] in _OUTLET_CUES
            and "," not in text[head.mention.end : sp.open_mark].rstrip(" ,")
        )
    ) and _resolve(doc, head.mention, sp.start):
        # '... central banker said the tariffs' "...," according to Xinhua', 'Trump said
        # the commission will look into a "repeal of ...," The New York Times reported':
        # the agency passes the words on; the one the sentence says said them speaks
        return True
    if (
        tail.mention is not None
        and _PART_OF_WHICH.fullmatch(text, sp.close_mark + 1, tail.mention.end)
        and _resolve(doc, head.mention, sp.start)
    ):
        # 'The paper alleges that the president was involved in "dubious tax schemes,"
        # part of which they say involved dodging taxes': a relative clause on the quoted
        # words, whose subject tells no more than the verb before them
        return True
    if (
        text[sp.close_mark - 1 : sp.close_mark] == "."
        and text[sp.close_mark + 1 : sp.close_mark + 3].lstrip()[:1].isupper()
        and head.cue.split(" ", 1)[0] not in _ASKED_FORMS
        and _resolve(doc, head.mention, sp.start)
    ):
        # 'Sen. Susan Collins, R-Maine, said the panel "needs to interview him." Sen. Ron
        # Wyden, D-Ore., agreed, saying, "..."': the quote ends its sentence, whose verb
        # names the speaker; the next sentence's subject says something else
        return True
    # 'When he earlier said illegal immigrants threatened "to pour into and infest our
    # Country", Ros-Lehtinen tweeted back', 'After McCain said that Trump "fired up the
    # crazies," ..., Trump fired back': the quote is the clause's (not when the verb
    # after it opens the next quote: '..., Mr Trump said, "..."')
    return (
        head.cue.split(" ", 1)[0] not in _ASKED_FORMS
        and _OPENS_SUBORDINATE.match(text, sent_lo) is not None
        and (
            text[sp.close_mark + 1 : sp.close_mark + 3].lstrip()[:1] == ","
            # the comma inside the marks, and no inverted attribution right after them
            # ('If Mr. Trump demanded ..., then impeachment "...," said Mr. Schiff')
            or (
                text[sp.close_mark - 1 : sp.close_mark] == ","
                and not (
                    (after := _NEXT_WORD.match(text, sp.close_mark + 1))
                    and after.group(1) in _CUE_VERBS
                )
            )
        )
        and _INTRODUCES.search(text, sp.close_mark + 1, next_open) is None
    )


_CLAUSE_MARKS = frozenset(",!?")
# a relative clause on a quote's words, from the closing mark to its subject
_PART_OF_WHICH = re.compile(
    r",?\s+(?:(?:some|part|much|most|all|one|none) of )?which\s+(?:they|it|we)"
)
_ASIDE_CLOSED = re.compile(r"(?:^|\s)(?:-|—|–|--)\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_INTRODUCES = re.compile(r"\b(?:said|says|added|adds|wrote|writes|tweeted|told \w+)\s*[,:]\s*$")
_OPENS_SUBORDINATE = re.compile(rf"\s*[\"“]?(?:{'|'.join(_OPENING_SUBORDINATORS)}) ")
_BARE_CUES = frozenset(("say", "tell", "write", "retort", "reply"))
_BEFORE_INFINITIVE = frozenset(("to", "help", "helps", "helped", "helping"))
_OUTLET_CUES = frozenset(("reported", "reports"))


def _noun_after(prev: _Tok) -> bool:
    """Whether a reporting word spelled as a plural noun is one after ``prev``: a
    preposition ("a pair of tweets") or a hyphened adjective ("late-night tweets")."""
    return prev.low in _PREPOSITIONS or (prev.text.islower() and "-" in prev.text.strip("-"))


def _closes_sentence_before(text: str, sp: _Span, toks: list[_Tok], k: int) -> bool:
    """Whether the quote closed its sentence and the verb at ``k`` opens another, about
    something else: '"... anywhere else." Schumer said in a statement that he supports'."""
    end = text[sp.close_mark - 1 : sp.close_mark]
    if end in {"?", "!"}:
        # '"Was that done to protect the president?" Cohen answered, "No."': a question
        # closes its sentence too, and the verb introduces the answer ('"...?" he asked
        # the witness' is the question's own)
        return _opens_next_quote(text, toks, k)
    return end == "." and (
        _reports_a_clause(toks, k)
        or _says_something_else(toks, k)
        or _opens_next_quote(text, toks, k)
        or _calls_something_next(text, toks, k)
    )


def _calls_something_next(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether the verb at ``toks[k]`` takes an object and then a quote of its own: '...
    to the limit." Rep. Peter King called McConnell "the Marie Antoinette of the Senate"'."""
    return toks[k].low in _OBJECT_CUES and _OBJECT_THEN_QUOTE.match(text, toks[k].end) is not None


# an object of a few words, then an opening mark, before the sentence ends
_OBJECT_THEN_QUOTE = re.compile(r" [^.!?\"“”\n]{1,60}[\"“]")


# verbs whose object a complement follows: "accused X of", "described X as", "urged X to"
_OBJECT_CUES = frozenset((
    "accused", "accuses", "described", "describes", "called", "calls", "labeled", "labelled",
    "branded", "praised", "criticized", "criticised", "attacked", "blasted", "slammed",
    "mocked", "urged", "urges", "told", "tells", "asked", "asks", "warned", "warns",
    "chided", "scolded", "lectured", "quizzed", "derided", "decried", "denounced",
    "condemned", "taunted", "teased", "begged", "implored", "charged", "referred",
))  # fmt: skip
_COMPLEMENTS = frozenset(("of", "as", "for", "to", "that", "with"))
_CLAUSE_OPENERS = frozenset(("that", "whether", "if", "he", "she", "they", "we", "i", "it"))
_CONTRASTS = frozenset(("but", "while", "whereas", "yet", "although", "though"))
_SUBORDINATORS = frozenset(
    ("after", "before", "because", "since", "until", "once", "unless", "if", "when", "whenever")
)


def _opens_next_quote(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether the verb at ``toks[k]`` introduces the next quote: '... Holocaust." He
    added, "So Israel ..."' (a comma or colon, then an opening mark)."""
    end = toks[k].end
    return re.match(r"\s*[,:]\s*[\"“]", text[end : end + 6]) is not None


def _says_something_else(toks: list[_Tok], k: int) -> bool:
    """Whether the verb at ``toks[k]`` goes on to an object of its own: "The Department
    said the rules affirm ...", a new statement after a quote that closed its sentence,
    not the quote's attribution ("... said in a statement.", "... said Tuesday.")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.low in _DETERMINERS and nxt.low not in {"this"}


def _reports_a_clause(toks: list[_Tok], k: int) -> bool:
    """Whether the verb at ``toks[k]`` reports a clause of its own before a comma or the
    sentence's end: "said Tuesday that he ...", "said he supports ..." (not "said, adding
    that ...", whose clause belongs to "adding")."""
    for t in toks[k + 1 : k + 12]:
        if t.text in {",", ".", "!", "?", ";", ":"}:
            return False
        if t.low in _CLAUSE_OPENERS:
            return True
    return False


def _end_attribution(doc: _Doc, sp: _Span, *, opens: bool = False) -> _Attribution | None:
    """``... "a moral obligation" to act, Axelrod said.``: a cue closing the sentence.

    For a quote that ``opens`` its sentence, neither "according to" (a paper that
    reports the words: "..., according to its website") nor a name after "said of" or
    "said about" (what was spoken of) is its speaker."""
    if sp.close_mark < 0:
        return None
    text = doc.text
    _, hi = _sentence_of(doc, sp.close_mark)
    toks = _clean_toks(_tokens(text, sp.close_mark + 1, hi))
    if any(t.text in _DOUBLE for t in toks):
        return None
    while toks and toks[-1].text in {".", "!", "?"} | set(_DOUBLE):
        toks.pop()
    commas = [n for n, t in enumerate(toks) if t.text == ","]
    if not commas:
        return None
    seg = toks[commas[-1] + 1 :]
    if not seg or len(seg) > 10:
        return None
    according = len(seg) > 2 and seg[0].low == "according" and seg[1].low == "to"
    if seg[0].low in _TOLD_FORMS:
        return None  # '..., Steven S. Biss, told Fox News.': whom it was told is no speaker
    if opens and (according or (len(seg) > 1 and seg[1].low in {"of", "about"})):
        return None
    if not according and seg[0].low.endswith("ing"):
        # '..., suggesting a far-reaching anti-Russian conspiracy.': a participle whose
        # subject is the sentence's, and its object no speaker
        return None
    if according or _is_cue(seg[0]):
        # '..., said Axelrod.', '... were "closely monitoring" developments, according to a
        # defense official.'
        if not according and len(seg) > 1 and seg[1].low in _PREPOSITIONS:
            return None  # "..., said after hearing from Mr. Biden": whom one heard
        found = _speaker_after(text, seg, 2 if according else 1)
        if found is not None and len(seg) - found[1] <= 3:
            return _Attribution(found[0], "according to" if according else seg[0].text, 1)
        return None
    for k in range(1, len(seg)):
        if _is_cue(seg[k], seg[k - 1]):
            found = _speaker_before(text, seg, k)
            if found is not None and (
                found[1] == 0 or (found[1] == 1 and seg[0].low == "the")  # "the White House"
            ):
                cue, after = _cue_phrase(text, seg, k)
                if len(seg) - after <= 3:
                    return _Attribution(found[0], cue, 1)
            return None
    return None


def _participle_subject(text: str, toks: list[_Tok], k: int) -> tuple[_Mention, int] | None:
    """The subject of an absolute participle: "... and one blogger asking, "..."".

    Only a noun phrase after "with", "and" or a comma counts; otherwise (``Albright
    urged women to vote, saying``) the speaker is the subject of the sentence.
    """
    if k == 0 or not toks[k - 1].text[:1].isalpha() or toks[k - 1].low in _FUNCTION_WORDS:
        return None  # a word before it, "Jae-in" too
    found = _speaker_before(text, toks, k)
    if found is None or found[0].kind == "pronoun":
        return None
    if (
        found[0].kind == "nominal"
        and found[0].text[:1].isupper()
        and _VERB_LIKE.search(found[0].text)
    ):
        return None  # "On Sunday, Trump took to Twitter saying": a name's clause, no noun phrase
    b = found[1] - 1
    if b >= 0 and (toks[b].low in {"with", "and"} or toks[b].text == ","):
        return found
    # "with White House senior adviser Stephen Miller telling CBS": the name's role between
    while b >= 0 and found[1] - b <= 6 and toks[b].text[0].isalpha() and not _is_cue(toks[b]):
        if toks[b].low == "with":
            return found
        b -= 1
    return None


# a heading that names what the quote is about, before a colon: "On the World Cup:",
# "About Putin:", "Asked about Crimea:", "As for NATO:"
_TOPIC = re.compile(
    r"\s*[\"“”]?\s*(?:on|about|regarding|as for|as to|asked about|asked if|asked whether|"
    r"with|re)\s",
    re.IGNORECASE,
)
# a clause with a verb in it is no heading: "On Monday Ann Lee was blunt:" (an adjective in
# -ed, "the jailed activist", is no verb)
_VERB_LIKE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|put|struck|took|made|gave|got|"
    r"said|says|told|spoke|sounded|seemed|looked|struck|offered|added|warned|called|"
    r"remained|stayed|grew|became)\b"
)


# a preposition before a quoted title: 'executive producer of “The Big Bang Theory,”'
_TITLE_LEAD = re.compile(r"\b(?:of|in|on|for|from)\s+$")
_WORD_AFTER_TITLE = re.compile(r"[,\s]*([A-Za-z]+)")
# words that go on with a verb's clause after a show it was said on: 'said on "Fox &
# Friends" Thursday morning that', 'told Shannon Bream on "Fox News @ Night" earlier'
_AFTER_A_SHOW = frozenset(
    (
        "that",
        "earlier",
        "last",
        "this",
        *(d.lower() for d in W.WEEKDAYS_MONTHS if d.endswith("day")),
    )
)


def _title_of(text: str, sp: _Span) -> bool:
    """Whether a quoted span is a work's title after a preposition, in the words around a
    quote ('while Bill Prady, executive producer of “The Big Bang Theory,” called it'):
    no quote of its own, so the attribution runs on through it."""
    if sp.open_mark < 0 or not _TITLE_LEAD.search(text, max(0, sp.open_mark - 12), sp.open_mark):
        return False
    verb = _WORD_AFTER_TITLE.match(text, sp.close_mark + 1) if sp.close_mark >= 0 else None
    if verb is None or not (verb[1].lower() in _CUE_VERBS or verb[1].lower() in _AFTER_A_SHOW):
        return False  # 'Hemsley, the co-author of "Going Viral," about ..., said': the
        # words up to the title have no verb of their own, and its name speaks for no one
    quote = text[sp.start : sp.end]
    return 1 <= len(quote.split()) <= _POSSESSED_TITLE and _title_cased(quote)


def _owner_of_words(text: str, toks: list[_Tok]) -> _Mention | None:
    """The one named in the possessive before a speech noun and the colon that ends the
    lead-in ("the Sun’s statement:"), or ``None``."""
    if len(toks) < 3 or toks[-1].text != ":" or toks[-2].low not in _SPEECH_NOUNS:
        return None
    owner = toks[-3]
    if not owner.cap or _bare(owner.text) == owner.low.rstrip("’'"):
        return None  # no possessive
    found = _name_ending_at(text, toks, len(toks) - 3)
    return found if found is not None and found.kind in {"person", "org"} else None


def _head_attribution(
    doc: _Doc, sp: _Span, lo: int, sent_lo: int
) -> tuple[_Attribution | None, bool]:
    """A cue before the opening mark in the sentence; the flag says the quote starts a clause."""
    text = doc.text
    toks = _clean_toks(_tokens(text, lo, sp.open_mark))
    if not toks:
        return None, True
    last = toks[-1].text
    clause_start = last in {":", "—", "–"} or (last == "," and len(toks) > 1)
    # "According to Haxby, "..."
    for k in range(len(toks) - 1):
        if toks[k].low == "according" and toks[k + 1].low == "to":
            found = _speaker_after(text, toks, k + 2)
            if found is not None and found[1] >= len(toks) - 1:
                return _Attribution(found[0], "according to", 2), True
            if (
                found is not None
                # opening the sentence, or set off by commas in the quote's own clause
                # ("the cases have been growing rapidly and, according to Modi, have the
                # potential to "spread like wildfire"": Modi's, not the one who declared)
                and (
                    k == 0
                    or (
                        toks[k - 1].text == ","
                        # "according to a copy obtained by BuzzFeed News": a paper's reader
                        and not any(t.low in _OBTAINED for t in toks[k + 2 : found[1]])
                    )
                )
                and found[0].kind in {"nominal", "person", "org"}
                and found[1] < len(toks)
                and toks[found[1]].text == ","
                and not any(_is_cue(t, toks[n - 1]) for n, t in enumerate(toks) if n > found[1])
            ):
                # "According to the petition, Barr did not uphold the department's
                # principle of "...", "According to meteorologist Janice Dean, Florence
                # could stall, becoming a "major flooding event."": the source's words, not
                # those of whom or what they are about
                return _Attribution(found[0], "according to", 2), True
    # "As Boyd put it in a recent panel, "..."", "As Lee puts it: "...""; or set off by
    # commas in the sentence: "Meng is, as former ambassador to China David Mulroney puts
    # it, "...""
    if len(toks) > 3 and toks[-1].text in {",", ":"}:
        opening = 0 if toks[0].low == "as" else None
        if opening is None:
            opening = next(
                (
                    k + 1
                    for k in range(len(toks) - 4, -1, -1)
                    if toks[k].text == "," and toks[k + 1].low == "as"
                ),
                None,
            )
        found = _speaker_after(text, toks, opening + 1) if opening is not None else None
        if found is not None and _puts_it(toks, found):
            return _Attribution(found[0], "put it", 2), True
    # 'Said the president, "..."': the verb opens the sentence, its speaker right after it
    if (
        len(toks) > 2
        and toks[0].text[:1].isupper()
        and toks[0].low in _CUE_VERBS
        and not toks[0].low.endswith("ing")  # "Speaking to reporters, ...": a participle
        and toks[-1].text in {",", ":"}
    ):
        found = _speaker_after(text, toks, 1)
        if found is not None and found[1] == len(toks) - 1:
            return _Attribution(found[0], toks[0].low, 2), True
    # "In the words of Petraeus, "...""
    if (
        len(toks) > 5
        and [t.low for t in toks[:4]] == ["in", "the", "words", "of"]
        and toks[-1].text in {",", ":"}
    ):
        found = _speaker_after(text, toks, 4)
        if found is not None and found[1] == len(toks) - 1:
            return _Attribution(found[0], "in the words of", 2), True
    # "Here’s the Sun’s statement: "..."", "The campaign’s response: "..."": the owner's
    owned = _owner_of_words(text, toks)
    if owned is not None:
        return _Attribution(owned, toks[-2].low, 2), True
    cues = [
        k
        for k, t in enumerate(toks)
        if _is_cue(t, toks[k - 1] if k else None) and t.low != "according"
    ]
    claimed = _possessed_claim(text, toks) or _appeal_made(text, toks)
    if claimed is not None and (not cues or claimed[1] > cues[-1]):
        # 'citing Trump's accusations that he is a "rat."': the words are the claim's
        return _Attribution(claimed[0], toks[claimed[1]].text, 1), clause_start
    if not cues:
        new_clause = lo > sent_lo and text[lo - 2 : lo - 1] in {".", "?", "!"}
        clause = text[lo if new_clause else sent_lo : toks[-1].start]
        if last == ":" and not (_TOPIC.match(clause) and not _VERB_LIKE.search(clause)):
            # "Politico reveals a few facts: "..."": the subject introduces the quote;
            # after a quoted question or sentence ("Vieira asked, "...?" His
            # response: "..."") the clause starts after that quote. A topic heading
            # ("On the 2018 World Cup in Russia: "..."") has no subject.
            subject = _subject(doc, lo if new_clause else sent_lo, toks[-1].start)
            if subject is not None:
                return _Attribution(subject, "", 1), True
        return None, clause_start
    k = cues[-1]
    if (
        len(cues) > 1
        and toks[k - 1].low in _BE_FORMS
        and toks[k].low in _CALLED
        and k + 1 < len(toks)
        and toks[k + 1].low in _PREPOSITIONS
    ):
        # 'Gore said officers were called to the synagogue ... with an "AR-15 type"
        # rifle': summoned somewhere, no words reported; the verb before reports them
        k = cues[-2]
    cue, after = _cue_phrase(text, toks, k)
    attached = all(not t.text[0].isalnum() for t in toks[after:]) or _dated_cue(text, toks, after)
    reported = next(
        (
            c
            for c in cues[:-1]
            if toks[c + 1].low == "that" and all(t.text != "," for t in toks[c + 1 : k])
        ),
        None,
    )
    if reported is not None and not attached:
        # 'Trump said that Romney begged him ... and "would have dropped to his
        # knees"': the quote is in what the first verb reports, by its subject
        k = reported
        cue, after = _cue_phrase(text, toks, k)
    # 'an Obama-era rule once described by Sen. Ted Cruz as "..."', whatever verbs came
    # before (not 'said the interactions described by the White House "represent ..."')
    labelled_as = k + 1 < len(toks) and toks[k + 1].low == "by" and toks[-1].low == "as"
    if toks[k].low in _ASKED_FORMS and k and toks[k - 1].low in _BE_FORMS and attached:
        # 'Trump was asked, "Is everything cool?"': the one asked; the asker is unnamed
        return _Attribution(_unnamed_at(toks[k]), cue, 2), True
    passive = _passive_report(toks, k) if len(cues) == 1 or labelled_as else None
    if passive is not None:
        # 'the Americans, said to be in "good health"', 'detained ... and accused of
        # "hostile acts"': whoever said it is not the one it is said of; "by" names them
        # (and a verb before it reports the clause: 'The Times said ... that the
        # author, described as "a senior official ...,"' is the Times' description)
        agent = _speaker_after(text, toks, passive + 1) if passive < len(toks) else None
        if agent is not None:
            return _Attribution(agent[0], cue, 1), attached or clause_start
        return _Attribution(_unnamed_at(toks[k]), cue, 2 if attached else 1), (
            attached or clause_start
        )
    if (
        (toks[k].low in _ASKED_FORMS or toks[k].low in _TOLD_FORMS)
        and k
        and toks[k - 1].low in _BE_FORMS
        and k + 1 < len(toks)
        and toks[k + 1].low == "by"
    ):
        # "Sanders was asked by host Bill Maher, ..., "...?"": the one who asks speaks; so
        # does the one who tells ("he was told by publicist Rob Goldstone ... that "..."")
        asker = _speaker_after(text, toks, k + 2)
        if asker is not None and asker[0].text in W.DEMONYMS:
            # "told by Mexican officials": people the nation's word describes, unnamed
            unnamed = _Mention(asker[0].start, asker[0].start, "", "nominal", "")
            return _Attribution(unnamed, cue, 2 if attached else 1), attached or clause_start
        if asker is not None:
            return _Attribution(asker[0], cue, 2 if attached else 1), attached or clause_start
    participle = toks[k].low in _PARTICIPLES
    if (
        not participle
        and (k == 0 or toks[k - 1].text in {",", "—", "–"})
        and toks[k].low not in _TOLD_FORMS
    ):
        # inversion: "..., explained Rosenberg, "..."" / "said Haxby: "...""; not "told",
        # whose object hears ("A Trump spokesman, Jason Miller, told the AP: "...")
        inv = _speaker_after(text, toks, k + 1)
        if (
            inv is not None
            and inv[1] < len(toks)
            and all(not t.text[0].isalnum() for t in toks[inv[1] :])
        ):
            return _Attribution(inv[0], text[toks[k].start : toks[k].end], 2), True
        if (
            inv is not None
            and k
            and toks[k].low in _SAID
            and inv[0].kind == "person"
            # the name (and its title) right after the verb: not "said much of Washington,"
            and all(t.text[:1].isupper() for t in toks[k + 1 : inv[1]])
            and inv[1] < len(toks)
            and toks[inv[1]].text == ","
            and not any(_is_cue(t) for t in toks[inv[1] :])
        ):
            # "China, said Czech Interior Minister Jan Hamacek, is "the only country
            # ..."": the sentence goes on around its inverted attribution
            return _Attribution(inv[0], text[toks[k].start : toks[k].end], 1), clause_start
    found = _participle_subject(text, toks, k) if participle else _speaker_before(text, toks, k)
    if found is not None and _place_in_aside(toks, found):
        # "President Trump, in an interview ... in Davos, Switzerland, declared": the place
        # of the aside is where, the sentence's subject who
        found = None
    if found is None and k >= 2 and toks[k - 1].low == "to" and toks[k].low in _BARE_CUES:
        # "prompted the US Senate majority leader, Mitch McConnell, to tell the former
        # president to "keep his mouth shut"": the one a verb of urging moves speaks (not
        # "spoke with Mr. Kislyak to tell him", "approached Ramos to say")
        moved = _speaker_before(text, toks, k - 1)
        if (
            moved is not None
            and moved[0].kind in {"person", "org"}  # not "told reporters that he meant to"
            and _urged_before(toks, moved[1])
        ):
            found = moved
    if found is None and participle and k >= 2 and toks[k - 1].low == "for":
        # 'condemned Trump for saying "..."', 'slammed Trump for calling the protesters
        # "very fine people"': the one blamed for the words said them
        blamed = _speaker_before(text, toks, k - 1)
        if blamed is not None and blamed[0].kind in {"person", "pronoun"}:
            found = blamed
    if found is None and participle:
        # "..., Fiorina said, adding that ... "...": the speaker of the earlier verb
        found = next(
            (f for c in reversed(cues[:-1]) if (f := _earlier_speaker(text, toks, c)) is not None),
            None,
        )
    if found is None:
        # "Albright urged women to vote, saying, "..."": the subject of the sentence, or of
        # the clause ", and" opens before the participle ("The president refused ..., and
        # press secretary Sarah Sanders has ridiculed Acosta ..., telling him, "..."")
        ands = (j for j in range(k - 1, 1, -1) if toks[j].low == "and" and toks[j - 1].text == ",")
        joined = next(ands, None) if participle else None
        lead = _subject(doc, toks[joined].end, toks[k].start) if joined is not None else None
        subject = (
            lead
            if lead is not None
            and lead.kind == "person"
            # the clause opens with its subject, a role before it, and its verb follows
            # (not ", and even a little trepidation, about ... Donald Trump")
            and len(text[toks[joined].end : lead.start].split()) <= 3
            and _VERB_AFTER.match(text, lead.end) is not None
            else None
        )
        subject = subject or _subject(doc, sent_lo, toks[k].start)
        if subject is None:
            return None, clause_start or attached
        return _Attribution(subject, cue, 2 if attached else 1), attached or clause_start
    strength = 2 if attached else 1
    return _Attribution(found[0], cue, strength), attached or clause_start


def _dated_cue(text: str, toks: list[_Tok], after: int) -> bool:
    """Whether the words after a cue, up to the comma or colon before the quote, say only
    when: 'reported that Mayor Ann Lee said on Tuesday, "..."'."""
    rest = toks[after:]
    if not 2 <= len(rest) <= 5 or rest[-1].text not in {",", ":"}:
        return False
    timed = _TRAILING_TIME.search(text, toks[after - 1].end, rest[-2].end)
    return timed is not None and timed.start() == toks[after - 1].end


def _possessed_claim(text: str, toks: list[_Tok]) -> tuple[_Mention, int] | None:
    """A named possessor's claim that runs on to the quote ("Trump's accusations that he
    is a", "Pelosi's claim that there was no"): its possessor and the noun's index.

    The noun goes on with "that" (a description with "of"), and from it to the opening
    mark the clause holds no stop, comma, dash or reporting verb.
    """
    c = _last_noun_of(toks, _CLAIM_NOUNS, 1)
    if c is None:
        return None
    after = toks[c + 1].low if c + 1 < len(toks) else ""
    if after != "that" and not (after == "of" and toks[c].low in _DESCRIBING_NOUNS):
        # "Trump's claim was "false"", "Trump's assertion of immunity as "repugnant"": the
        # words judge the claim
        return None
    owner = toks[c - 1]
    if not owner.text.endswith(("'s", "’s")) or not _is_name_tok(owner):
        return None
    mention = _name_ending_at(text, toks, c - 1)
    return (mention, c) if mention is not None and mention.kind in {"person", "org"} else None


def _last_noun_of(toks: list[_Tok], nouns: frozenset[str], first: int) -> int | None:
    """Index of the last of ``nouns`` among ``toks[first:]`` with no stop, comma, dash or
    reporting verb after it, or None."""
    for c in range(len(toks) - 1, first - 1, -1):
        t = toks[c]
        if t.text in _CLAUSE_BREAKS or _is_cue(t, toks[c - 1]):
            return None
        if t.low in nouns:
            return c
    return None


_CLAUSE_BREAKS = frozenset((",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "-", "--"))
# a claim that names what it is of, then in its words: "Israel's description of Jerusalem
# as its "eternal and undivided capital""
_DESCRIBING_NOUNS = frozenset(("description", "characterization"))
# what someone said, named by a noun their possessive owns: "Trump's claim that ..."
_CLAIM_NOUNS = _words("""
    accusation accusations claim claims assertion assertions allegation allegations
    insistence charge charges description characterization boast boasts promise promises
    pledge pledges vow vows complaint complaints suggestion suggestions
    """)


def _appeal_made(text: str, toks: list[_Tok]) -> tuple[_Mention, int] | None:
    """A named person's appeal that runs on to the quote ("Mr. Mnuchin submitted a
    personal appeal to", "Mnuchin made an appeal to Republicans to"): the one who made
    it and the noun's index, with no stop, comma or reporting verb from the noun to the
    opening mark."""
    c = _last_noun_of(toks, _APPEALS, 2)
    if c is None:
        return None
    d = c - 1
    while d > 0 and toks[d].low.isalpha() and toks[d].low not in _DETERMINERS and c - d < 3:
        d -= 1  # "a personal appeal"
    if toks[d].low not in _DETERMINERS or toks[d - 1].low not in _MAKING:
        return None
    j = d - 2
    if j < 0 or not _is_name_tok(toks[j]):
        return None
    mention = _name_ending_at(text, toks, j)
    return (mention, c) if mention is not None and mention.kind == "person" else None


# what one asks others to do, in the words quoted after it, and the verbs that make it
_APPEALS = frozenset(("appeal", "plea", "request", "entreaty"))
_MAKING = frozenset(("made", "makes", "submitted", "issued", "offered", "delivered", "sent"))


def _place_in_aside(toks: list[_Tok], found: tuple[_Mention, int]) -> bool:
    """Whether the name found before a verb is a known place that a preposition of place
    puts in an aside ("..., in Davos, Switzerland, declared"), not the verb's subject."""
    mention, at = found
    if mention.text not in W.known_places():
        return False
    j = at - 1
    while j >= 0 and (toks[j].text == "," or toks[j].cap):
        j -= 1
    return j >= 0 and toks[j].low in _ASIDE_PLACE_PREPOSITIONS


_ASIDE_PLACE_PREPOSITIONS = frozenset(("in", "at", "from", "near"))


def _passive_report(toks: list[_Tok], k: int) -> int | None:
    """Whether the cue at ``k`` reports in the passive, and where its "by" is (``len(toks)``
    if none): "said to be", "believed to have", "(was) accused of", "(were) described as",
    with no object between the verb and its preposition ("Trump accused Biden of" is
    active)."""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    before = toks[k - 1].low if k else ""
    raised = (
        toks[k].low in _PASSIVE_CUES
        and nxt == "to"
        and k + 2 < len(toks)
        and toks[k + 2].low in {"be", "have"}  # not "said to the crowd"
    )
    labelled = toks[k].low in _LABELLING_CUES and (
        # "a rule once described by Sen. Ted Cruz as": a "by" right after names them
        nxt == "by"
        or (
            nxt in {"of", "as", "with"}
            and (
                before in _BE_FORMS
                or before in {"and", ",", "been", "being"}
                # "is widely described as a "kingmaker"": an adverb after the verb "be"
                or (
                    (_ly_adverb(before) or before in _BETWEEN_BE_AND_LABEL)
                    and k > 1
                    and toks[k - 2].low in _BE_FORMS
                )
            )
        )
    )
    if not (raised or labelled):
        return None
    by = next((n for n in range(k + 1, len(toks)) if toks[n].low == "by"), len(toks))
    # the quote is what the verb says of its subject, close after it, no other verb
    # between ('the material she was accused of stealing was "planted"' is her claim)
    rest = [t for t in toks[(by + 1 if by < len(toks) else k + 2) :] if t.text[0].isalnum()]
    if len(rest) > _PASSIVE_REACH or any(
        t.low in _BE_FORMS or _is_cue(t) or t.low.endswith("ing") for t in rest[1:]
    ):
        return None
    return by


_PASSIVE_REACH = 8  # words from a passive report's preposition (or agent) to its quote
# adverbs between "is" and a labelling verb besides those in -ly: "is often described as"
_BETWEEN_BE_AND_LABEL = frozenset(("often", "also", "sometimes", "now", "still", "long"))
_LABELLING_CUES = frozenset(
    ("accused", "charged", "described", "labeled", "labelled", "branded", "characterized")
)
_SAID = frozenset(("said", "says"))
# verbs that make someone speak: "prompted X to tell", "led X to say"; not those that only ask
# ("asked Sessions to say publicly that the investigation was "very unfair"": the asker's
# words, which the one asked may never have said)
_URGING = frozenset(
    f"{stem}{end}" for stem in ("prompt", "spurr", "forc") for end in ("ed", "ing", "s", "e", "")
) | frozenset(("led", "leading", "spur", "spurs", "caused", "causing"))
_URGED_REACH = 10  # tokens from the verb to the one it moves: a title and a name in commas


def _urged_before(toks: list[_Tok], first: int) -> bool:
    """Whether a verb of urging governs the name at ``toks[first]`` ("prompted the US Senate
    majority leader, Mitch McConnell, to tell ...")."""
    for b in range(first - 1, max(-1, first - 1 - _URGED_REACH), -1):
        low = toks[b].low
        if low in _URGING:
            return True
        if toks[b].text in {".", ";", ":", "“", '"'} or _is_cue(toks[b]):
            return False
    return False


def _earlier_speaker(text: str, toks: list[_Tok], c: int) -> tuple[_Mention, int] | None:
    """The speaker of the cue at ``c``: before it, or after it when it is inverted ('...,"
    said a US official who briefed reporters, stressing that "..."')."""
    found = _speaker_before(text, toks, c)
    if found is None and toks[c].low in _SAID and (c == 0 or toks[c - 1].text == ","):
        found = _speaker_after(text, toks, c + 1)
    return found


_ASKED_FORMS = frozenset(("asked", "questioned", "pressed", "challenged"))


# ---------------------------------------------------------------------------
# the extractor


# two single marks for one double, as the Boston Globe prints ("‘‘We will,’’ he said") or
# as typed in ASCII ("''We will,'' he said"): the opening pair and the closing pair
_DOUBLED_OPEN = re.compile(r"(?<![\w,.;:!?’'])(?:‘‘|'')(?=[\w‘'\"“$£€.]|\.\.\.)")
_DOUBLED_CLOSE = re.compile(r"(?:’’|'')")


def _with_doubled_marks_read(text: str) -> str:
    """``text`` with each pair of single marks that stands for a double mark read as one
    double mark and a space: the same length, so that every offset holds."""
    if "‘‘" not in text and "’’" not in text and "''" not in text:
        return text
    text = _DOUBLED_OPEN.sub(" “", text)
    return _DOUBLED_CLOSE.sub("” ", text)


# a nickname between a given name and a surname: 'Marcia "Cia" Price', 'Charles “Cully”
# Stimson'
def extract_quotes(text: str, posts: Sequence[Post] = ()) -> tuple[Quote, ...]:
    """Extract direct and partial quotes, with their speakers, from one article.

    Parameters
    ----------
    text : str
        The article body (paragraphs separated by newlines). Curly and straight
        quote marks are both understood; the text is not changed.
    posts : sequence of Post
        Social-media posts the page embeds (``Article.posts``): each one found in
        ``text`` is a direct quote of its author (cue "tweeted"), whose name is
        the article's own form of it when the text names that person ("Donald
        Trump" for the account "Donald J. Trump"). Quote marks inside a post
        are the post's, except a direct quote attributed to someone else
        ("..., authorities say"), which stays too. A transcript's turns are
        quotes of their speakers the same way (see the module notes).

    Returns
    -------
    tuple of Quote
        One record per quoted stretch, sorted by ``start``; ``text[q.start:q.end]
        == q.text``. A quote split by its attribution, or continued in the next
        paragraph, gives one record per piece, all with the same speaker.

    Notes
    -----
    See the module docstring for the rules: what counts as a quote (partial
    quotes of one or two words need a reporting verb; titles and headline
    scare quotes never count) and how speakers are found and normalised.

    Examples
    --------
    >>> text = ('Police Commissioner Dana Oduya spoke on Monday. '
    ...         '"We will find them," she said. "Nobody is above the law."')
    >>> for q in extract_quotes(text):
    ...     print(repr(q.text), q.speaker, q.cue, q.kind)
    'We will find them' Dana Oduya said direct
    'Nobody is above the law.' Dana Oduya said direct
    """
    original = text
    text = nicknames_unquoted(_with_doubled_marks_read(text))
    lines, spans = _find_spans(text)
    doc = _Doc(text, lines, _sentences(text, lines, spans), spans, [])
    _scan_mentions(doc)

    # pass 1: keep the quotes, find the attributions attached to them
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]] = []
    mentioned_close = -2  # the closing mark of the last quote named as words
    for n, sp in enumerate(spans):
        start, end = _trim(text, sp.start, sp.end)
        if start >= end:
            continue
        quote = text[start:end]
        lo_line, hi_line = lines[sp.line]
        sent_lo, _ = _sentence_of(doc, sp.open_mark if sp.open_mark >= 0 else sp.start)
        sent_lo = max(sent_lo, lo_line)
        prev_close = max(
            (
                o.close_mark + 1
                for o in spans[:n]
                if o.line == sp.line and o.close_mark >= 0 and not _title_of(text, o)
            ),
            default=lo_line,
        )
        head_lo = max(sent_lo, prev_close)
        next_open = min(
            (o.open_mark for o in spans[n + 1 :] if o.line == sp.line and o.open_mark >= 0),
            default=hi_line,
        )
        before = text[prev_close : sp.open_mark] if sp.open_mark >= 0 else ""
        after = text[sp.close_mark + 1 : sp.close_mark + 60] if sp.close_mark >= 0 else ""
        if (
            re.search(r"\bso-called\s*$", before, re.IGNORECASE)
            or _mentioned(before, quote, after)
            # the next of a list of words named as words: "the word “Lisk” or “Brel”"
            or (
                mentioned_close == prev_close - 1
                and _LIST_JOIN.fullmatch(before) is not None
                and len(quote.split()) <= _LONGEST_MENTION
                and not _cue_follows(after)
            )
        ):
            mentioned_close = sp.close_mark
            continue
        if _title_like(quote):
            continue
        words = quote.split()
        if sp.open_mark >= 0 and _names_a_work(
            text[sent_lo : sp.open_mark],
            quote,
            text[sp.close_mark + 1 : sp.close_mark + 60] if sp.close_mark >= 0 else "",
        ):
            continue
        if sp.open_mark >= 0 and _HYPOTHETICAL.search(text, sent_lo, sp.open_mark):
            continue  # 'Sessions should have added, "..."': words nobody said
        whole_line = text[lo_line:hi_line].strip()
        outside = (
            whole_line.replace(text[sp.open_mark : (sp.close_mark + 1)], "").strip(" .:;,—–-")
            if sp.open_mark >= 0 and sp.close_mark >= 0
            else "x"
        )
        if not outside and len(words) <= 12 and quote.rstrip()[-1:] not in ".!?,":
            continue  # a headline or subhead that is nothing but a quoted phrase

        tail = _tail_attribution(doc, sp, next_open)
        opens = sp.open_mark >= 0 and not text[head_lo : sp.open_mark].strip()
        if tail is None and sp.open_mark >= 0 and (not opens or len(quote.split()) > 2):
            # '... "a moral obligation" to act, Axelrod said.'; and a quote of three words
            # or more that opens its sentence before a clause of the writer's: '"Hong Kong
            # will be assimilated" if the law is passed, he said.'
            tail = _end_attribution(doc, sp, opens=opens)
        head, clause = (
            (None, True) if sp.open_mark < 0 else _head_attribution(doc, sp, head_lo, sent_lo)
        )
        if sp.open_mark >= 0 and text[head_lo : sp.open_mark].strip() == "":
            clause = True
        attr = tail if tail is not None else head
        if tail is not None and head is not None and head.strength == 2 and not clause:
            attr = head
        if (
            tail is not None
            and head is not None
            and _head_outranks_tail(doc, sp, tail, head, sent_lo, next_open)
        ):
            attr = head
        chant = _CHANT_BEFORE.search(before) if sp.open_mark >= 0 else None
        if chant is not None and not (
            attr is not None
            and attr.mention is not None
            and (attr.mention.kind == "nominal" or attr.cue == "according to")
        ):
            # "greeted with chants of “lock him up” from protesters", "carrying signs that
            # read “Enough”": a crowd's words or a sign's, not those of whom the sentence
            # names (a crowd it describes, "small groups of protesters ... chanting", and
            # the source of "..., according to <name>" stay)
            lo_chant = prev_close + chant.start(1)
            crowd = _Mention(lo_chant, lo_chant + len(chant.group(1)), chant.group(1), "nominal")
            who = _CROWD_AFTER.match(text, sp.close_mark + 1) if sp.close_mark >= 0 else None
            if who is not None:
                crowd = _Mention(who.start(1), who.end(1), who.group(1), "nominal")
            attr = _Attribution(crowd, chant.group(1), 2)
        ends_sentence = quote.rstrip()[-1:] in ".!?"
        kind: QuoteKind = (
            "direct" if (clause or (quote[:1].isupper() and ends_sentence)) else ("partial")
        )
        if sp.headline:
            kind = "direct" if text[sp.close_mark + 1 : sp.close_mark + 2] == ":" else "partial"
        sentence_like = quote[:1].isupper() and ends_sentence
        if attr is None and kept and kept[-1][0] is spans[n - 1] and sp.open_mark >= 0:
            prev, *_, prev_attr = kept[-1]
            between = text[prev.close_mark + 1 : sp.open_mark] if prev.close_mark >= 0 else "x"
            if prev_attr is not None and (
                between.strip(" ,") in {"and", "or", ""}
                or (
                    len(words) <= 2
                    and prev_attr.mention is not None
                    and prev_attr.mention.start < prev.open_mark
                    and text[prev.close_mark - 1 : prev.close_mark] not in {".", "!", "?"}
                    and not _SENTENCE_END.search(between)
                    and "\n" not in between
                    # not past the dash that closes an aside: 'remarks by Pence - who had
                    # said it "may end like Libya" - as "stupid"' (Pence said the first)
                    and not _ASIDE_CLOSED.search(between)
                )
            ):
                # 'calling the deal "fiscally irresponsible" and "grossly unfair."': the
                # second phrase has the first one's reporting verb, and so has a phrase
                # later in the sentence of one who said the first ('Tweeden said she "made
                # sure never to be alone with him again" ..., but that Franken made "snide
                # comments"')
                attr = prev_attr
        if (
            len(words) <= 2
            and attr is None
            and not (kind == "direct" and sentence_like)
            and not quote.rstrip().endswith(("!", "?"))  # "yelling "eminent domain!"": said
        ):
            continue  # a scare quote: too short to stand without a reporting verb
        unnamed = attr is None or attr.mention is None or attr.mention.kind == "nominal"
        if sp.headline and (len(words) < 3 or kind == "partial") and unnamed:
            continue  # a headline scare quote: short, or partial without a named speaker
        kept.append((sp, start, end, kind, attr))

    # pass 2: speakers, with paragraph mates, continuations and context
    resolved: dict[int, tuple[str, str, str]] = {}
    order = {id(k[0]): i for i, k in enumerate(kept)}
    last_speaker: tuple[str, str] = ("", "")
    last_line = -2
    chained: set[int] = set()
    continued_by = {
        order[id(spans[k[0].continues])]: j
        for j, k in enumerate(kept)
        if k[0].continues >= 0 and id(spans[k[0].continues]) in order
    }
    out: list[Quote] = []
    for i, (sp, start, end, kind, attr) in enumerate(kept):
        speaker, speaker_text, cue = "", "", ""
        if attr is not None and attr.mention is not None:
            speaker = _resolve(doc, attr.mention, sp.start)
            speaker_text, cue = attr.mention.text, attr.cue
            if _goes_on_with_previous(doc, kept, i, resolved) or _continues_previous(
                doc, kept, i, resolved
            ):
                # 'A Justice Department representative said ... "...," the person said.';
                # '"...," Trump said. ... "...," he continued, referencing Floyd's death'
                speaker = resolved[i - 1][0]
            elif (
                speaker_text.lower() == "it"
                and cue.partition(" ")[0].lower() in _PAPER_GOES_ON
                and (paper := _paper_before(kept, i, resolved))
            ):
                # '"...," four senators said in a joint statement. ... "...," it said': the
                # statement, whoever issued it (not "Capitol Hill", named in between); "it"
                # stays the words that name them, unless the issuer has no name
                speaker = paper[0]
                speaker_text = speaker_text if speaker else paper[1]
        else:
            if _displayed(doc, sp):
                pass  # 'signs outside with messages such as "Santa Fe strong"': no one's
            elif (mate := _paragraph_mate(doc, kept, i, resolved)) is not None:
                speaker, speaker_text, cue = mate
            elif sp.continues >= 0 and id(spans[sp.continues]) in order:
                speaker, speaker_text, cue = resolved.get(
                    order[id(spans[sp.continues])], ("", "", "")
                )
            elif (ahead := _attributed_continuation(kept, continued_by, i)) is not None:
                # a quote left open at a paragraph's end whose next paragraph goes on with
                # it and closes '...," an official said.': that attribution is the speaker
                later_sp, later_attr = ahead
                speaker = _resolve(doc, later_attr.mention, later_sp.start)
                speaker_text, cue = later_attr.mention.text, later_attr.cue
            elif (
                kind == "direct"
                and i > 0
                and kept[i - 1][3] == "direct"
                and (i - 1 in chained or (kept[i - 1][4] and kept[i - 1][4].mention))
                and (resolved[i - 1][0] or resolved[i - 1][1])
                and not _chanted(kept[i - 1][4])  # a chant: nobody goes on with it
                and (_follows_quote(text, kept[i - 1][0], sp) or _next_to(text, kept[i - 1][0], sp))
            ):
                # a quote right after an attributed quote goes on with it ('"...,"
                # Tweeden wrote.' then a paragraph of quote), and so does the next;
                # after '"...," a senior administration official said.' it stays unnamed
                speaker, speaker_text, _ = resolved[i - 1]
                turn = _other_turn(text, kept, resolved, i)
                if turn is not None:
                    speaker, speaker_text = turn
                chained.add(i)
            elif (handed := _handed_to_quote(doc, sp)) is not None and handed[0]:
                # '... when the President tweeted this:' / a paragraph that is the quote
                speaker, speaker_text, cue = handed
            else:
                subj = _context_speaker(doc, sp, kind, attr)
                if subj is not None:
                    speaker, speaker_text = _resolve(doc, subj, sp.start), subj.text
                elif not sp.headline and not (
                    kind == "partial" and (_thing_opens(doc, sp) or sp.line > last_line + 1)
                ):
                    # a partial quote with no clue of its own is the last speaker's only
                    # in that speaker's paragraph or the next
                    speaker, speaker_text = last_speaker
            if sp.headline:
                speaker, speaker_text = "", ""
        resolved[i] = (speaker, speaker_text, cue)
        if not _chanted(attr) and (  # a crowd's chant leaves the last speaker as it was
            speaker
            or (attr is not None and attr.mention is not None and attr.mention.kind == "nominal")
        ):
            # an unnamed source ("a senior administration official said") is the last
            # speaker too: a quote left with no clue of its own is not the man named before
            last_speaker = (speaker, speaker_text)
            last_line = sp.line
        out.append(
            Quote(
                text=original[start:end],
                start=start,
                end=end,
                speaker=speaker,
                speaker_text=speaker_text,
                cue=cue,
                kind=kind,
            )
        )
    out = _headline_speakers(out, kept)
    for start, end, speaker, speaker_text, cue in [
        *_posts_found(doc, original, posts),
        *_transcript_turns(doc, original),
        *_block_quotes(doc, original),
    ]:
        out = _voiced(out, original, start, end, speaker, speaker_text, cue)
    return tuple(sorted(out, key=lambda q: q.start))


# a stretch of text someone says as a whole: start, end, speaker, speaker_text, cue
_Voiced = tuple[int, int, str, str, str]


def _voiced(
    quotes: list[Quote], text: str, start: int, end: int, speaker: str, written: str, cue: str
) -> list[Quote]:
    """``quotes`` with ``text[start:end]`` a direct quote of ``speaker``: quote marks inside
    it are its own, except a direct quote it attributes to someone else; a quote that runs
    across its bounds leaves it as read."""
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    if any(q.start < end and start < q.end for q in quotes if q not in inside):
        return quotes
    labelled = [q for q in inside if q.kind == "direct" and _labelled(text, q, start)]
    kept = [q for q in quotes if q not in inside or (q.cue and q.kind == "direct") or q in labelled]
    if sum(q.end - q.start for q in labelled) * 2 >= end - start:
        # a post that only passes on another's words: 'Rep. Mark Meadows: "We have not
        # gotten enough of our members to get to yes" on the health care bill' (CNN's)
        return kept
    kept.append(
        Quote(
            text=text[start:end],
            start=start,
            end=end,
            speaker=speaker,
            speaker_text=written,
            cue=cue,
            kind="direct",
        )
    )
    return kept


def _labelled(text: str, q: Quote, lo: int) -> bool:
    """Whether ``q`` is quoted after its speaker's name in full and a colon, from ``lo``
    on: 'Rep. Mark Meadows: "We have not gotten enough ..."' (not 'Translation: "..."')."""
    head = text[lo : q.start].rstrip("\"“‘' ")
    return " " in q.speaker and head.endswith(":") and head[:-1].endswith(q.speaker_text)


# a paragraph that ends by handing the word to someone: "Goldstein said:", "Seattle Times
# reports:", "In issuing clemency to Gallagher, the White House wrote:", "..., when the
# President tweeted this"
_HANDS_OVER = re.compile(
    r"\b(?:said|says|wrote|writes|reported|reports|explained|added|noted|tweeted|posted"
    r"|told [A-Z][\w.]*(?: [A-Z][\w.]*)*)(?:(?: this| the following):?|:)\s*$"
)
_BLOCK_WORDS = 8  # a quoted paragraph, not a name or a list's heading


def _block_quotes(doc: _Doc, text: str) -> list[_Voiced]:
    """A paragraph quoted whole after a paragraph that hands the word to its speaker with
    a colon, scraped without its quote marks ("Goldstein said:" / "This heinous action
    would ..."): a direct quote of that speaker. Not after "Here's what they said:" (a
    list follows) or a hypothetical ("she would have said:"), and not a paragraph that
    opens with a quote mark or a dash, or is a line of a few words."""
    out: list[_Voiced] = []
    for (lo, hi), (nlo, nhi) in itertools.pairwise(doc.lines):
        body = text[nlo:nhi].strip()
        if not body or body[0] in "\"“‘'—–-(":
            continue
        if len(body.split()) < _BLOCK_WORDS or body[-1] not in '.!?”"':
            continue
        handed = _handed_over(doc, lo, hi, nlo)
        if handed is None:
            continue
        start, end = _trim(text, nlo, nhi)
        out.append((start, end, *handed))
    return out


def _handed_to_quote(doc: _Doc, sp: _Span) -> tuple[str, str, str] | None:
    """:func:`_handed_over` for a quote that opens its paragraph, from the one before."""
    if sp.open_mark < 0 or sp.line == 0:
        return None
    lo = doc.lines[sp.line][0]
    if doc.text[lo : sp.open_mark].strip():
        return None
    plo, phi = doc.lines[sp.line - 1]
    return _handed_over(doc, plo, phi, sp.start)


def _handed_over(doc: _Doc, lo: int, hi: int, at: int) -> tuple[str, str, str] | None:
    """Speaker, their words and the cue of a paragraph ``doc.text[lo:hi]`` that ends by
    handing the word to someone ("Goldstein said:", "the President tweeted this:"), for
    what follows at ``at``; ``None`` when it does not, or heads a list ("Here's what they
    said:") or a hypothetical ("she would have said:")."""
    text = doc.text
    head = text[lo:hi]
    cue = _HANDS_OVER.search(head)
    if cue is None or _HYPOTHETICAL.search(head):
        return None
    verb = cue.group().split()[0].rstrip(":")
    toks = _clean_toks(_tokens(text, lo, lo + cue.start() + len(verb)))  # to the verb
    if not toks or any(t.low in {"what", "how"} for t in toks[-5:]):
        return None  # "Here's what the article says:" heads a list or a summary
    found = _speaker_before(text, toks, len(toks) - 1)
    if found is None:
        return None
    said = _THIS_AFTER.sub("", cue.group().rstrip(": \t"))  # "told Reuters", "tweeted"
    return _resolve(doc, found[0], at), found[0].text, said


_THIS_AFTER = re.compile(r" (?:this|the following)$")


def _posts_found(doc: _Doc, text: str, posts: Sequence[Post]) -> list[_Voiced]:
    """Each embedded post found in ``text``, with its author as the article names him."""
    out: list[_Voiced] = []
    cursor = 0
    for post in posts:
        found = text.find(post.text, cursor)
        if found < 0:
            found = text.find(post.text)  # posts are in page order; a repeated one is not
        if found < 0 or not post.text.strip():
            continue
        cursor = found + len(post.text)
        start, end = _trim(text, found, cursor)
        out.append((start, end, _text_name(doc, post.author), post.handle, "tweeted"))
    return out


# a transcript's turn: a paragraph that opens with its speaker in capitals, maybe a role,
# and a colon: "PRESIDENT DONALD TRUMP: Many countries ...", "SCOTT DETROW, BYLINE: ..."
_TURN = re.compile(
    rf"^(?P<label>{TRANSCRIPT_LABEL})(?:,\s*(?P<role>{TRANSCRIPT_ROLE}))?:\s+(?P<words>\S)",
    re.MULTILINE,
)
# capitals and a colon that head a paragraph and name no one
_NOT_A_SPEAKER = _words("""
    update updated breaking correction clarification editor's note watch read more related
    source sources photos photo video live exclusive full remarks transcript advertisement
    background summary what why how when where who facts fact check claim verdict reality
    """)
_UNNAMED_VOICES = frozenset(("unidentified", "crowd", "group", "audience", "announcer"))


def _transcript_turns(doc: _Doc, text: str) -> list[_Voiced]:
    """The turns of a transcript (three or more labelled paragraphs, one speaker twice)
    as quotes of their speakers; the reporter's own turns ("..., BYLINE:") are the story,
    and so are later turns under the reporter's surname."""
    turns = [
        m for m in _TURN.finditer(text) if not _NOT_A_SPEAKER & set(m["label"].lower().split())
    ]
    labels = [m["label"] for m in turns]
    last_words = [label.split()[-1] for label in labels]  # "DAVID WELNA" then "WELNA"
    if len(turns) < 3 or len(set(last_words)) == len(last_words):
        return []
    reporters = {m["label"].split()[-1] for m in turns if m["role"] and "BYLINE" in m["role"]}
    full: dict[str, str] = {}  # a surname label -> the full label it shortens
    for label in labels:
        if " " in label:
            full.setdefault(label.split()[-1], label)
    out: list[_Voiced] = []
    for m in turns:
        label = m["label"]
        if label.split()[-1] in reporters:
            continue
        start = m.start("words")
        end = text.find("\n", start)
        start, end = _trim(text, start, len(text) if end < 0 else end)
        name = full.get(label, label).title()
        unnamed = label.split()[0].lower() in _UNNAMED_VOICES
        out.append((start, end, "" if unnamed else _text_name(doc, name), label, "said"))
    return out


def _text_name(doc: _Doc, author: str) -> str:
    """A post's author or a transcript's speaker as the article names the person: its
    full form of a name with the same first and last words ("Donald Trump" for "Donald J.
    Trump"), or of a surname alone ("DEVOS": Betsy DeVos); the surname when that is all
    the text calls anyone of that name; else the name without a title ("Sen. Ted Cruz"
    is "Ted Cruz")."""
    words = [w for w in author.split() if any(c.isalnum() for c in w)]
    # leading titles only: _strip_titles keeps a person's name from the end, which would
    # make the account "Navy Chief of Information" "Information"
    while len(words) > 1 and _bare(words[0]).rstrip(".").removesuffix("(r)") in _TITLES:
        words = words[1:]  # a retired rank too: "GEN(R) Martin E. Dempsey"
    if not words:
        return author.strip()
    first, last = _bare(words[0]), _bare(words[-1])
    surname = ""
    for m in doc.mentions:
        if m.kind != "person":
            continue
        known = _canonical(doc, m).split()
        if (
            len(known) >= 2
            and _bare(known[-1]) == last
            and (len(words) == 1 or _bare(known[0]) == first)
        ):
            return " ".join(known)  # "Donald J. Trump" or a transcript's "DEVOS": the full name
        if len(known) == 1 and _bare(known[0]) == last:
            surname = known[0]  # a text that calls him "Trump" and nothing fuller
    return surname or " ".join(words)


def _attributed_continuation(
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    continued_by: Mapping[int, int],
    i: int,
) -> tuple[_Span, _Attribution] | None:
    """The first later piece of quote ``i`` (continued paragraph by paragraph) that has
    an attribution with a speaker, and the attribution."""
    j = continued_by.get(i)
    while j is not None:
        attr = kept[j][4]
        if attr is not None and attr.mention is not None:
            return kept[j][0], attr
        j = continued_by.get(j)
    return None


_GOES_ON = frozenset(("continued", "continues", "added", "adds", "went", "goes"))


def _continues_previous(
    doc: _Doc,
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    i: int,
    resolved: dict[int, tuple[str, str, str]],
) -> bool:
    """Whether quote ``i``'s '"...," he continued' (or "she added", "he went on") goes on
    with the speaker of the quote before, a person, within two sentences, when that
    speaker's gender (known, or not told: "Cipollone wrote ... He added:") does not rule
    the pronoun out: the news convention, which the nearest man named in between
    ("referencing Floyd's death") does not break."""
    attr = kept[i][4]
    if i == 0 or attr is None or attr.mention is None or attr.mention.kind != "pronoun":
        return False
    words = attr.cue.lower().split()
    previous = resolved[i - 1][0]
    if not words or words[0] not in _GOES_ON or not previous:
        return False
    want = _PRONOUNS.get(attr.mention.text.lower())
    gender = _gender_of(doc, previous, None)
    if want not in ("m", "f") or gender not in (want, ""):
        return False  # a name of the other gender
    if not gender and not any(
        m.kind == "person" and _canonical(doc, m) == previous for m in doc.mentions
    ):
        return False  # a company, or a body: "he" is no one it names
    gap = _sentence_index(doc, kept[i][0].start) - _sentence_index(doc, kept[i - 1][0].start)
    if gap > 2:
        return False
    # not when another person is named in between: 'Ivo Marsh disagreed. "...," he
    # added' is Marsh's (and so, for safety, is any man named there), unless as a
    # preposition's object ('... for Ken Starr," the independent counsel whose
    # investigation of former-President Bill Clinton ...': no one who speaks)
    lo, hi = kept[i - 1][0].end, kept[i][0].start
    return not any(
        lo <= m.start < hi
        and m.kind == "person"
        and _canonical(doc, m) != previous
        and not _modifies_a_noun(doc.text, m.start, m.end)
        and not _PREPOSITION_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
        for m in doc.mentions
    )


# a preposition before a name, past its titles ("of former-President Bill Clinton"); not
# one naming a source ("received congratulations from Arlene Foster")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:of|against|about|than|over|under)\s+(?:the\s+)?"
    r"(?:(?:(?i:former|then|ex)-)?[A-Z][\w.]*\s+){0,2}$"
)


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands between "the" and a lower-case noun
    ("during the Obama administration"): a modifier, no one acting."""
    return (
        text[max(0, start - 4) : start].lower() == "the "
        and re.match(r"\s+[a-z]+\b", text[end : end + 30]) is not None
    )


def _goes_on_with_previous(
    doc: _Doc,
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    i: int,
    resolved: dict[int, tuple[str, str, str]],
) -> bool:
    """Whether quote ``i``'s "the person said" means the speaker of the quote before.

    Only right after a sentence whose quote has a speaker, and when no "a
    person ..." came before (that one stays unnamed): 'A Justice Department
    representative said ... "...," the person said.' goes on with the Justice
    Department instead of taking the last organisation named.
    """
    attr = kept[i][4]
    if i == 0 or attr is None or attr.mention is None or not resolved[i - 1][0]:
        return False
    if not _the_person(doc, attr.mention):
        return False
    head = attr.mention.text.split()[-1].lower()  # "person" or "individual"
    if _anonymous_before(doc, attr.mention.start, head):
        return False  # "a person familiar with the matter ... the person said" stays unnamed
    here = _sentence_index(doc, kept[i][0].start)
    return here - _sentence_index(doc, kept[i - 1][0].start) in (0, 1)


_SHORT_TURN = 12  # words of a quick question or answer in an exchange


def _other_turn(
    text: str,
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    resolved: dict[int, tuple[str, str, str]],
    i: int,
) -> tuple[str, str] | None:
    """The other side of an exchange for an unattributed quick question or answer.

    '"Have you ever tried a jury trial?" Kennedy asked. / "I have not,"
    Petersen said. / "Civil?" / "No."': a short question after a short answer
    is the asker's, a short answer after a short question the answerer's, when
    one of the last four quotes was that other person's question (answer).
    """

    def words(k: int) -> str:
        return text[kept[k][1] : kept[k][2]].strip()

    def asks(k: int) -> bool:
        return words(k).rstrip("\"'”’ ").endswith("?")

    if len(words(i).split()) > _SHORT_TURN or len(words(i - 1).split()) > _SHORT_TURN:
        return None
    if asks(i) == asks(i - 1):
        return None
    previous = resolved[i - 1][0]
    for k in range(i - 2, max(-1, i - 6), -1):
        speaker, speaker_text, _ = resolved[k]
        if speaker and speaker != previous and asks(k) == asks(i):
            return speaker, speaker_text
    return None


def _next_to(text: str, prev: _Span, sp: _Span) -> bool:
    """Whether only white space lies between the previous quote's closing mark and ``sp``."""
    if sp.open_mark < 0 or prev.close_mark < 0:
        return False
    return not text[prev.close_mark + 1 : sp.open_mark].strip()


def _follows_quote(text: str, prev: _Span, sp: _Span) -> bool:
    """Whether nothing but the previous quote's attribution lies between it and ``sp``.

    ``"...," Tweeden wrote.`` then a paragraph of quote: the end of one
    sentence at most, and no word after it ("... Smith said. Jones disagreed."
    then a quote is Jones's; "Politics Daily reported:" introduces its own).
    """
    if sp.open_mark < 0:
        return False
    lo = prev.close_mark + 1 if prev.close_mark >= 0 else prev.end
    between = text[lo : sp.open_mark]
    end = re.search(r"[.!?][\"'”’)]*", between)
    return end is not None and re.search(r"\w", between[end.end() :]) is None


# what a paper quoted before goes on to say as "it": '"...," it said' (not 'It calls for
# "...": a resolution named in between)
_PAPER_GOES_ON = frozenset(("said", "says", "added", "adds", "continued", "continues", "read"))


def _paper_before(
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    i: int,
    resolved: dict[int, tuple[str, str, str]],
) -> tuple[str, str] | None:
    """The speaker (and the words that name them) of the quote right before quote ``i``,
    in its paragraph or the one before, when its cue says it was written in a paper
    ("said in a joint statement"), which an "it said" after it goes on quoting."""
    if i == 0 or kept[i][0].line - kept[i - 1][0].line > 2:
        return None
    speaker, speaker_text, cue = resolved[i - 1]
    if (speaker or speaker_text) and any(w in _ISSUED_PAPERS for w in cue.lower().split()):
        return speaker, speaker_text
    return None


def _paragraph_mate(
    doc: _Doc,
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]],
    i: int,
    resolved: dict[int, tuple[str, str, str]],
) -> tuple[str, str, str] | None:
    """Speaker of the nearest attributed direct quote in the same paragraph."""
    sp = kept[i][0]
    if kept[i][3] == "partial":
        return None
    for j in range(i - 1, -1, -1):
        if kept[j][0].line != sp.line:
            break
        if kept[j][4] is not None and kept[j][4].mention is not None and j in resolved:
            return resolved[j]
    for j in range(i + 1, len(kept)):
        other = kept[j]
        if other[0].line != sp.line:
            break
        attr = other[4]
        if attr is not None and attr.mention is not None and attr.strength == 2:
            return _resolve(doc, attr.mention, other[0].start), attr.mention.text, attr.cue
    return None


def _closing_attribution(doc: _Doc, lo: int, hi: int) -> _Mention | None:
    """The speaker of an attribution that closes the sentence ``lo:hi``: "Seventeen
    Taliban members had been killed, Leggett said." (not its subject, "Taliban")."""
    for m in reversed([m for m in doc.mentions if lo <= m.start < hi]):
        if m.kind not in {"person", "org"}:
            continue
        before = _tokens(doc.text, max(lo, m.start - 40), m.start)
        after = _tokens(doc.text, m.end, min(hi, m.end + 40))
        if (
            before
            and before[-1].text == ","
            and len(after) >= 1
            and _is_cue(after[0])
            and (len(after) == 1 or after[1].text in {".", ","} or after[1].low == "on")
        ):
            return m  # "..., Leggett said." / "..., Leggett said on Tuesday."
        if (
            len(before) >= 2
            and before[-2].text == ","
            and _is_cue(before[-1])
            and (not after or after[0].text in {".", ","})
        ):
            return m  # "..., said Leggett."
        return None  # only the last name can close the sentence
    return None


# a sentence that opens with a thing as its subject: "The rules also specify that "...""
_THING_NOUNS = (
    r"(?:rules?|regulations?|law|laws|statute|order|bill|act|code|guidance|guidelines|"
    r"policy|provision|standard|requirements?|text|language|clause|ruling|decision|"
    r"opinion|document|report|study|survey|poll|data|figures)\b"
)
_THING_SUBJECT = re.compile(
    r"(?:The|These|Those|This|Its|Their)\s+(?:[a-z]+\s+){0,2}" + _THING_NOUNS
)
# a clause whose subject is a paper, between a verb of saying and a partial quote: ", and
# the policy blueprint released by the White House pushes for "...""
_CLAUSE_THING = re.compile(
    r"(?:,|;)[”\"’]?\s+(?:and|but|while|whereas)\s+((?:the|these|those|this|its|their)\s+"
    r"(?:[a-z]+\s+){0,2}(?:" + _THING_NOUNS + r"|blueprint|plan|proposal|framework|memo)\b)"
)


# words shown, not said: 'signs with messages such as "...", 'a banner reading "..."'
_DISPLAYED = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|messages?|slogans?|(?:t-)?shirts?|hats?|"
    r"stickers?|billboards?)\b[^.!?\"“”]{0,40}?(?:such as|reading|that read|with the words)"
    r"(?:\s+[\"“][^\"“”]*[\"”],?)*(?:\s+(?:and|or))?\s*$"
)


def _displayed(doc: _Doc, sp: _Span) -> bool:
    """Whether the quote, with no attribution of its own, is words on a sign or a
    banner its sentence shows ("signs with messages such as “...” and “...”")."""
    pos = sp.open_mark if sp.open_mark >= 0 else sp.start
    lo, _ = doc.sentences[_sentence_index(doc, pos)] if doc.sentences else (0, 0)
    return _DISPLAYED.search(doc.text, lo, pos) is not None


def _thing_opens(doc: _Doc, sp: _Span) -> bool:
    """Whether the partial quote's sentence has a thing for its subject, not a speaker:
    its words are that thing's ("The rules also specify that ..."), no one's said last."""
    pos = sp.open_mark if sp.open_mark >= 0 else sp.start
    lo, _ = doc.sentences[_sentence_index(doc, pos)] if doc.sentences else (0, 0)
    return _THING_SUBJECT.match(doc.text, lo) is not None


def _context_speaker(
    doc: _Doc, sp: _Span, kind: QuoteKind, attr: _Attribution | None
) -> _Mention | None:
    """Subject of the quote's sentence (partial) or of the sentence before or after it."""
    pos = sp.open_mark if sp.open_mark >= 0 else sp.start
    idx = _sentence_index(doc, pos)
    lo, hi = doc.sentences[idx] if doc.sentences else (0, 0)
    if kind == "partial":
        comma = doc.text.find(",", pos, hi)
        if _OPENING_PARTICIPLE.match(doc.text, lo) and comma > 0 and "," not in doc.text[lo:pos]:
            # 'Accusing Trump of betraying "his trust as president" by embracing racism,
            # Green referenced ...': the participle's subject is the sentence's, after it
            after = _subject(doc, comma + 1, hi)
            lead = _WORD_RUN.findall(doc.text, comma + 1, after.start) if after else []
            if (
                after is not None
                and len(lead) <= 4
                and all(w[0].isupper() or w in _ASIDES for w in lead)
            ):
                return after  # the name opens the clause, after a title or "though"
        thing = _CLAUSE_THING.search(doc.text, lo, pos)
        if thing is not None and not any(ch in _DOUBLE for ch in doc.text[thing.end() : pos]):
            # '..., and the policy blueprint released by the White House pushes for "...":
            # the paper's words, whoever spoke before it
            return _Mention(thing.start(1), thing.end(1), thing.group(1), "nominal", "")
        return (
            _clause_subject(doc, lo, pos)
            or _reporting_subject(doc, lo, pos)
            or _subject(doc, lo, pos)
        )
    if idx > 0:
        plo, phi = doc.sentences[idx - 1]
        m = _closing_attribution(doc, plo, phi)
        if m is None:
            m = _subject(doc, plo, phi)
            if m is not None and _lone_opening_word(doc, m):
                m = None  # "Median income for Black families is ...": no one's words
        if m is not None:
            return m
    if idx + 1 < len(doc.sentences):
        nlo, nhi = doc.sentences[idx + 1]
        m = _subject(doc, nlo, nhi)
        if m is not None and _lone_opening_word(doc, m):
            return None  # "Rain fell."
        return m
    return None


def _lone_opening_word(doc: _Doc, m: _Mention) -> bool:
    """Whether a sentence's subject is one word the text has nowhere else: a word
    opening the sentence, no name known elsewhere ("Rain fell.")."""
    return " " not in m.name and doc.text.count(m.name) == 1


_OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]{3,}ing\s")
_WORD_RUN = re.compile(r"[\w.'’-]+")
_ASIDES = frozenset(("though", "however", "too", "also", "then", "meanwhile"))
# where a second clause opens with its own subject: "..., while Ireland summoned ..."
_CLAUSE_OPENING = re.compile(r"(?:,|;|\s—)\s*(?:while|whereas|but|and)\s+(?:the\s+)?$")


def _clause_subject(doc: _Doc, lo: int, pos: int) -> _Mention | None:
    """The subject of the last clause of the sentence before a partial quote at ``pos``,
    when a conjunction opens that clause with a name: "South Africa recalled its
    ambassador, while Ireland summoned Israel's to express its “shock and dismay”" is
    Ireland's."""
    for m in reversed([m for m in doc.mentions if lo < m.start < pos]):
        if m.kind in {"person", "org"} and _CLAUSE_OPENING.search(doc.text, lo, m.start):
            following = doc.text[m.end : pos].split()
            if following and following[0].islower() and following[0].isalpha():
                return m  # the name and its verb: "Ireland summoned"
    return None


def _reporting_subject(doc: _Doc, lo: int, pos: int) -> _Mention | None:
    """Who the last verb of saying before a partial quote in its sentence has for its
    subject: "Mr Trump's latest Twitter tirade comes a day after he told Fox News the
    Democrats were ... and it was "impossible to know" who was behind it" is his."""
    toks = _clean_toks(_tokens(doc.text, lo, pos))
    cues = [
        k
        for k, t in enumerate(toks)
        if k
        and _is_cue(t, toks[k - 1])
        and not t.low.endswith("ing")  # "Unusually, the opinion dismissed it, saying"
        # "Sadiq Khan - who had said ... - was a "stone cold loser"": the relative
        # clause's verb, not the sentence's
        and "who" not in {w.low for w in toks[max(0, k - 2) : k]}
    ]
    if not cues:
        return None
    found = _speaker_before(doc.text, toks, cues[-1])
    return found[0] if found is not None and found[0].kind in {"person", "pronoun"} else None


def _headline_speakers(
    out: list[Quote], kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]]
) -> list[Quote]:
    """Give a headline quote the speaker of the body quote that holds its words."""
    result: list[Quote] = []
    body = [q for q, k in zip(out, kept, strict=True) if not k[0].headline]
    for q, k in zip(out, kept, strict=True):
        if k[0].headline and not q.speaker:
            words = _WORD.findall(q.text.lower())
            for b in body:
                bw = " ".join(_WORD.findall(b.text.lower()))
                if words and " ".join(words) in bw and b.speaker:
                    q = Quote(
                        text=q.text,
                        start=q.start,
                        end=q.end,
                        speaker=b.speaker,
                        speaker_text=b.speaker_text,
                        cue="headline",
                        kind=q.kind,
                    )
                    break
        result.append(q)
    return result
