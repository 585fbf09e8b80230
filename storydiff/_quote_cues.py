"""Who is speaking, read around a reporting verb or a sentence, for :mod:`storydiff.quotes`.

``Haxby said`` / ``said Lena Haxby, a former minister`` / ``the group, which
said`` / ``Grimm's attorney, William McGinley``: these parsers turn the words
next to a cue into a :class:`~storydiff._speakers._Mention`, and
:func:`_subject` finds the subject of a sentence. Resolving a mention to a
canonical name is :mod:`storydiff._speakers`' job.
"""

from __future__ import annotations

import re

from storydiff import _entity_words as W
from storydiff._quantity_tables import WEEKDAYS
from storydiff._quote_words import (
    _ADVERBS,
    _CONNECTORS,
    _CUE_VERBS,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _GENERIC_ORG_NOUNS,
    _GROUP_NOUNS,
    _KIN,
    _LIST_ORDINALS,
    _OPENERS,
    _OPENING_ADVERBS,
    _ORG_WORDS,
    _PERSON_NOUNS,
    _PREPOSITIONS,
    _PRONOUNS,
    _SOURCE_NOUNS,
    _SPEECH_NOUNS,
    _SUBJECT_PRONOUNS,
    _TIME_PHRASE_WORDS,
    _TITLES,
    _TOLD_FORMS,
    _TOLD_STOP,
    _given_name,
    _known_given_name,
    _words,
)
from storydiff._speakers import (
    _CLAUSE_VERBS,
    _PARTY_TAG,
    _QUALIFIERS,
    _bare,
    _dateline_end,
    _demonym_before_noun,
    _Doc,
    _is_cue,
    _is_name_tok,
    _make_mention,
    _Mention,
    _name_run,
    _name_tok_at,
    _person_noun,
    _plural_apostrophe,
    _plural_of_person_noun,
    _Tok,
    _tokens,
)


def _cue_phrase(text: str, toks: list[_Tok], k: int) -> tuple[str, int]:
    """The cue as written from ``toks[k]`` and the index after it."""
    j = k + 1
    verb = toks[k].low
    if verb in _TOLD_FORMS:
        n = 0
        while (
            j < len(toks)
            and toks[j].text[0].isalnum()
            and toks[j].low not in _TOLD_STOP
            and not _is_cue(toks[j])
            and n < 4
        ):
            j += 1
            n += 1
    elif j + 1 < len(toks) and toks[j].low == "in" and toks[j + 1].low in _DETERMINERS:
        n = 0
        while j < len(toks) and toks[j].text[0].isalnum() and n < 6:
            j += 1
            n += 1
    elif toks[k].low in {"according"} and j < len(toks) and toks[j].low == "to":
        j += 1
    return text[toks[k].start : toks[j - 1].end], j


def _pronoun(tok: _Tok) -> _Mention | None:
    if tok.low in _PRONOUNS:
        return _Mention(tok.start, tok.end, tok.text, "pronoun", tok.low)
    return None


def _state_member(run: list[_Tok]) -> bool:
    """Whether a capitalised run is a place and a title, a party's member among them:
    "California Democrat", "Kentucky Republican", "New York Democrat" (not "Queen",
    "President")."""
    if len(run) < 2:
        return False
    place = " ".join(t.text for t in run[:-1])
    return _bare(run[-1].text) in _TITLES and place in W.known_places()


def _joined_subjects(text: str, toks: list[_Tok], lo: int, hi: int) -> _Mention:
    """Names joined by commas and "and" as one subject, ``toks[lo:hi]``: they speak together.

    "Tomas Brell and Ivo Lind said" -> "Tomas Brell and Ivo Lind", the name "they" of
    the next quote takes too (:func:`storydiff._speakers._named_pair`); a list of
    anything else ("France, Germany and Japan agreed") is a description, no one named.
    """
    parts: list[_Mention] = []
    begin = lo
    for k in range(lo, hi + 1):
        if k == hi or toks[k].text == "," or toks[k].low in {"and", "&"}:
            if k > begin:
                mention = _make_mention(text, toks, begin, k)
                if mention is None or mention.kind != "person" or mention.name in W.known_places():
                    if mention is not None and mention.kind == "org" and toks[k].low == "and":
                        # a body's name with "and" in it: "Centers for Disease Control and
                        # Prevention said", or its head: "... and Prevention Director Robert
                        # Redfield said"
                        last = _make_mention(text, toks, k + 1, hi)
                        if last is not None and last.kind == "person" and last.text != last.name:
                            return last
                        whole = _make_mention(text, toks, lo, hi)
                        if begin == lo and whole is not None and whole.kind == "org":
                            return whole
                    return _nominal(text, toks, lo, hi)
                parts.append(mention)
            begin = k + 1
    if len(parts) < 2:
        return _nominal(text, toks, lo, hi)
    whole = text[toks[lo].start : toks[hi - 1].end]
    names = [m.name for m in parts]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return _Mention(toks[lo].start, toks[hi - 1].end, whole, "person", joined)


# one more unnamed source, after a clause's opening word: "while another said"
_ANOTHER = frozenset(("another", "others"))
_CONTRAST_OPENERS = frozenset(("while", "and", "but", "whereas", ","))
# an unnamed source by what it knows: "a person familiar with the matter", "two officials
# briefed on the talks", "sources close to the family"
_FAMILIAR_SOURCE = re.compile(
    r"\b(?i:an?|the|two|three|four|several|some|other|one)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:sources?|persons?|people|officials?|aides?|advis[eo]rs?|insiders?|diplomats?|allies)"
    r"\s+(?:(?:who (?:is|are|was|were) )?(?:familiar|close|briefed|knowledgeable|involved))"
    r"\s+(?:with|to|on|about|in)\s+[^,.;:“”\"]{1,80}"
)


_NAMED = frozenset(("person", "org"))
_PLAIN_CUES = frozenset(("said", "says", "told", "tells", "added", "wrote", "writes"))


# fields joined by "and" in a title before a name
_TITLE_FIELDS = W.BODY_FIELDS | {"Border", "Citizenship"}


# words that describe a body between "of the" and its name ("of the liberal Center for
# American Progress", "of the conservative-leaning Manhattan Institute")
_BODY_DESCRIBERS = frozenset(
    (
        *("liberal", "conservative", "progressive", "libertarian", "centrist"),
        *("nonpartisan", "bipartisan", "independent", "nonprofit", "influential"),
    )
)


def _body_after_name(toks: list[_Tok], i: int, j: int, lo: int) -> int:
    """How many words ("of the", "at the", "at") stand before ``toks[i]`` after a
    person's name, a given name and a surname or two, or 0: "James Esseks of the American
    Civil Liberties Union said" is Esseks, who speaks for the union, as "Lili Loofbourow
    at Slate called it" is Loofbourow; not "a director for Asia of the Eurasia Group" or
    "Ranking Member of the House Intelligence Committee Adam Schiff"."""
    # "of the conservative-leaning Manhattan Institute": a word or two describing the body
    described = 0
    while described < 2 and i - described - 3 >= lo:
        word = toks[i - described - 1].text
        if not (word in _BODY_DESCRIBERS or (word.islower() and "-" in word)):
            break
        described += 1
    if i - 2 >= lo and toks[i - 1].low == "at":
        step = 1  # "at Slate", never "of Congress": an "of" without "the" is a title's
    elif (
        i - described - 3 >= lo
        and toks[i - described - 1].low == "the"
        and toks[i - described - 2].low in {"of", "at"}
    ):
        step = described + 2
    else:
        return 0
    first = i - step - 1
    while first > i - step - 3 and first - 1 >= lo and toks[first - 1].cap:
        first -= 1
    name = toks[first : i - step]
    if not all(t.cap and t.text[0].isalpha() for t in name):
        return 0
    if len(name) >= 2 and (_known_given_name(name[0].text) or toks[i - step].low == "at"):
        return step
    # "Speaker of the House Nancy Pelosi": a title, then the body, then a name
    titled = _bare(name[-1].text) in _TITLES and any(_given_name(t.text) for t in toks[i : j + 1])
    return step if titled and toks[i - step].low == "of" else 0


# participles whose agent relays the words of the one they follow: "A White House
# official quoted by Reuters described ...", "a source cited by Bloomberg said"
_RELAYED = frozenset(("quoted", "cited", "interviewed", "contacted", "reached", "polled"))
# participles by which an outlet got a paper someone else wrote ("a memo obtained by ...")
_OBTAINED = frozenset(("obtained", "seen", "reviewed", "viewed", "acquired"))


def _speaker_before(
    text: str, toks: list[_Tok], k: int, lo: int = 0
) -> tuple[_Mention, int] | None:
    """Speaker written before the cue ``toks[k]``; returns the mention and its first index.

    A name after "quoted by" or "cited by" relays the words; the speaker is the one
    before it ("A White House official quoted by Reuters described ... as the "last
    straw"")."""
    found = _speaker_before_cue(text, toks, k, lo)
    if found is None:
        return None
    start = found[1]
    if start - 2 > lo and toks[start - 1].low == "by" and toks[start - 2].low in _RELAYED:
        relayed = _speaker_before_cue(text, toks, start - 2, lo)
        if relayed is not None:
            return relayed
    return found


# where or how a name said it, between the name and its verb: "in a statement", "on
# Twitter", "in an interview with Fox News"
_SAID_IN = frozenset(("in", "on", "during", "via"))
_SAID_IN_NOUNS = _words("""
    statement statements interview letter tweet tweets post email speech video op-ed column
    call briefing appearance
""")
_SAID_ON = frozenset(("Twitter", "Facebook", "Instagram", "Fox", "CNN", "MSNBC"))
_SAID_IN_WORDS = 7  # the phrase's words at most
_SAID_WHEN = frozenset(("earlier", "later"))  # with a day's words (_DAY_PREPS, _DAY_WORDS)


def _where_said(toks: list[_Tok], j: int, lo: int) -> int | None:
    """The last token of the name before a phrase of where or how it said something, the
    phrase ending at ``toks[j]`` right before the verb ("Saeb Erekat in a statement
    accused", "Lee on Twitter called", "Lee in an interview with Fox News called"), or
    None."""
    for p in range(j - 1, max(lo, j - _SAID_IN_WORDS) - 1, -1):
        if not toks[p].text[0].isalnum() or _is_cue(toks[p]):
            return None
        if toks[p].low not in _SAID_IN or not toks[p].text.islower():
            continue
        at = p + 2 if toks[p + 1].low in _DETERMINERS else p + 1
        said_in = toks[at].low in _SAID_IN_NOUNS or (at == p + 1 and toks[at].text in _SAID_ON)
        # the phrase runs to the verb, a name it was given to after it at most ("in an
        # interview with Fox News"); not "in a speech to introduce what he called"
        ends = (
            at == j
            or (
                at + 1 < j
                and toks[at + 1].low in ("with", "to")
                and all(_is_name_tok(t) for t in toks[at + 2 : j + 1])
            )
            # "in a tweet earlier Monday called"
            or all(
                t.low in _SAID_WHEN
                or t.low in _DAY_PREPS
                or t.low in _DAY_WORDS
                or t.low in WEEKDAYS
                for t in toks[at + 1 : j + 1]
            )
        )
        before = p - 1
        if said_in and ends and before >= lo and _is_name_tok(toks[before]):
            return before
        return None
    return None


# auxiliaries that stress the reporting verb after them: "but did say that ..."
_STRESSING = frozenset(("did", "does", "do"))
# "Obama and his wife praised ...": the one named speaks, with a spouse
_SPOUSES = frozenset(("wife", "husband", "spouse", "partner"))
# nouns in -ly, no adverbs: "Smith's family said", "a close ally said"
_LY_NOUNS = frozenset(("family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly"))


def _ly_adverb(low: str) -> bool:
    """Whether a lower-case word in -ly is an adverb ("quickly"), not "family" or "ally"."""
    return low.endswith("ly") and low not in _LY_NOUNS


def _speaker_before_cue(
    text: str, toks: list[_Tok], k: int, lo: int = 0
) -> tuple[_Mention, int] | None:
    """Speaker written right before ``toks[k]``, relayers and all (:func:`_speaker_before`)."""
    j = k - 1
    n = 0
    while (
        j >= lo
        and n < 2
        and toks[j].text.islower()
        # and "did" of "but did say that ...": the one whose verb it stresses
        and (toks[j].low in _ADVERBS or _ly_adverb(toks[j].low) or toks[j].low in _STRESSING)
    ):
        j -= 1
        n += 1
    if j < lo:
        return None
    where = _where_said(toks, j, lo)
    if where is not None:
        j = where  # "Saeb Erekat in a statement accused", "Lee on Twitter called"
    if (
        toks[j].text in {"”", '"'}
        and j - 1 > lo
        and toks[j - 1].text == ","
        and any(toks[p].text in {"“", '"'} for p in range(lo, j - 1))
    ):
        j -= 1  # 'Bill Prady, executive producer of “The Big Bang Theory,” called it'
    # "Director Robert Redfield on Wednesday said", "Smith today said": the day is no part of
    # the subject (a weekday only after its preposition: "Super Tuesday" is a name)
    if toks[j].low in WEEKDAYS and j - 1 >= lo and toks[j - 1].low in _DAY_PREPS:
        day = j - 1
    elif toks[j].text in _DAY_WORDS:
        day = j
    else:
        day = -1
    if day - 1 >= lo and _is_name_tok(toks[day - 1]):
        j = day - 1
    familiar = _FAMILIAR_SOURCE.search(text, toks[lo].start, toks[j].end)
    if familiar is not None and familiar.end() == toks[j].end:
        # "a source familiar with Obama's calls tells CNN": the source, whatever it names
        first = next(p for p in range(lo, j + 1) if toks[p].start == familiar.start())
        return _nominal(text, toks, first, j + 1), first
    if toks[j].low.rstrip(".") in W.NAME_SUFFIXES and j - 2 >= lo and toks[j - 1].text == ",":
        j -= 2  # "police Chief John Hayden, Jr. said": the suffix ends the name before it
    tag = _party_tag_before(toks, j, lo)
    if tag is not None:
        j = tag  # "Sen. Pat Toomey, R-Pa., said", "Mitch McConnell, R-Ky. said"
    if (
        toks[j].low in {"had", "has", "have"}
        and j - 1 >= lo
        and toks[j - 1].low in {"who", "which"}
    ):
        j -= 1  # "Mike Pence - who had said North Korea "may end like Libya" -"
    if toks[j].low in {"which", "who"} and j - 1 > lo and toks[j - 1].text in {",", "-", "—", "–"}:
        ante = _antecedent(text, toks, j - 1, lo)
        if ante is not None:
            return ante
    if (
        toks[j].low == "who"
        and j - 1 > lo
        and (
            (len(toks) - k <= 3 and toks[-1].text in {":", ","})  # 'who told him: "..."'
            or toks[k].low in _PLAIN_CUES  # 'an official who said the Trump "did not ..."'
        )
        and toks[j - 1].text.islower()
        and _person_noun(_bare(toks[j - 1].text))
    ):
        # 'a Trump family member who confidently told him: "..."': the one the noun names
        ante = _speaker_before(text, toks, j, lo)
        if ante is not None and ante[0].kind == "nominal":
            return ante
    if (
        toks[j].low in {"which", "who"}
        and j - 1 >= lo
        and _is_name_tok(toks[j - 1])
        and toks[k].low in _PLAIN_CUES  # not "... it was Kavanaugh who attacked her"
    ):
        # "including Fiji Airways which said": a name, then its relative without a comma
        ante = _speaker_before(text, toks, j, lo)
        if ante is not None and (
            ante[0].kind == "person" if toks[j].low == "who" else ante[0].kind in _NAMED
        ):
            return ante
    if toks[j].text == ")":
        while j >= lo and toks[j].text != "(":
            j -= 1
        j -= 1
        if j < lo:
            return None
    if toks[j].text == ",":
        m = j - 1
        while m >= lo and toks[m].text not in {",", ".", ";", ":", "(", ")"} and j - m < 14:
            m -= 1
        seg = toks[m + 1 : j]
        named = None
        if (
            m >= lo
            and toks[m].text == ","
            and seg
            and all(_is_name_tok(t) or t.text in (".", "&") for t in seg)
        ):
            named = _make_mention(text, toks, m + 1, j)  # "McLaughlin & Associates" too
        if named is not None and _described_before(toks, m, lo):
            # "..., the victim's mother, Judy Scott, told the court": the description's
            # name, whatever relative clause came before it
            return named, m + 1
        if named is not None and (
            _bare(seg[-1].text) in _TITLES or _bare(seg[-1].text) in _PERSON_NOUNS
        ):
            # "Ben Rhodes, President Barack Obama's Deputy National Security Advisor,
            # scolded": the role in capitals between commas, after the name that holds it
            holder = _speaker_before(text, toks, m, lo)
            if holder is not None and holder[0].kind == "person" and " " in holder[0].name:
                return holder
        # "Steven Gibbs, who was drinking in St Christopher's Inn, just metres from the
        # scene, told the BBC": the relative clause's antecedent, past what follows it
        who = next(
            (
                w
                for w in range(j - 1, max(lo, j - 30), -1)
                if toks[w].low in {"who", "which", "whose"} and toks[w - 1].text == ","
            ),
            None,
        )
        if who is not None and not any(
            toks[w].text in {".", ";", ":", "(", ")"} or _is_cue(toks[w]) for w in range(who, j)
        ):
            ante = _antecedent(text, toks, who - 1, lo)
            if ante is not None:
                return ante
        if named is not None:
            return named, m + 1
        if m < lo or toks[m].text != ",":
            return None
        j = m - 1
        if j < lo:
            return None
    pron = _pronoun(toks[j])
    if pron is not None:
        return pron, j
    if toks[j].low in _ANOTHER and (j == lo or toks[j - 1].low in _CONTRAST_OPENERS):
        # '... told Fox News that Stepien is a "really hard worker," while another said he
        # is "married to his job."': another source, unnamed
        return _nominal(text, toks, j, j + 1), j
    if _bare(toks[j].text) in _GROUP_NOUNS and (j == lo or not _is_name_tok(toks[j - 1])):
        return _nominal(text, toks, j, j + 1), j
    if _name_tok_at(toks, j, lo):
        i = j
        while i - 1 >= lo and (
            (toks[i - 1].cap and toks[i - 1].text[0].isalpha())
            or (toks[i - 1].text == "." and i - 2 >= lo and len(toks[i - 2].text) <= 3)
            or (toks[i - 1].low in _CONNECTORS and i - 2 >= lo and toks[i - 2].cap)
            or _body_after_name(toks, i, j, lo)
            or _plural_owner_before(toks, i, lo)
        ):
            i -= _body_after_name(toks, i, j, lo) or 1
        both = next((p for p in range(i, j) if toks[p].low in {"and", "&"}), None)
        if (
            both is not None
            and not any(toks[p].low == "of" for p in range(i, both))
            # "Housing and Urban Development Secretary Julián Castro", "Customs and Border
            # Protection Commissioner Kevin McAleenan": two fields of a title, whose holder
            # is named after it
            and not (
                toks[both - 1].text in _TITLE_FIELDS
                and both + 1 < j
                and toks[both + 1].text in _TITLE_FIELDS
                and any(_bare(toks[p].text) in _TITLES for p in range(both + 2, j))
            )
        ):
            # "and" joins a body's name after its "of" ("the American College of
            # Obstetrics and Gynecology said"); otherwise it joins two subjects, who
            # speak together, neither alone ("Biden, Sanders and Warren said")
            start = i
            while start - 2 >= lo and toks[start - 1].text == "," and _is_name_tok(toks[start - 2]):
                start -= 2
                while start - 1 >= lo and _is_name_tok(toks[start - 1]):
                    start -= 1
            return _joined_subjects(text, toks, start, j + 1), start
        if i - 1 >= lo and toks[i - 1].low in _GENERIC_ORG_NOUNS and i < j:
            # "civil rights group Color of Change said": the run names the group
            run = text[toks[i].start : toks[j].end]
            return _Mention(toks[i].start, toks[j].end, run, "org", run), i
        if (
            i + 1 < j
            and toks[i + 1].low == "of"
            and (_plural_of_person_noun(toks[i].low) or toks[i].low in _GROUP_NOUNS)
        ):
            # "Members of Congress said": a plural noun for people, capitalised to open
            # the clause, heads a description of a group; it is not a name
            return _nominal(text, toks, i, j + 1), i
        kin = _kin_before(toks, i, lo)
        if kin is not None:
            # "The uncle of White House senior adviser Stephen Miller referred to him as":
            # the relative speaks, described by whose relative he is
            return _nominal(text, toks, kin, j + 1), kin
        role = _role_of(text, toks, i, j, lo)
        if role is not None:
            return role
        # "Dr Maren Quist of Lisk University said": the head is before "of"
        mention = _make_mention(text, toks, i, j + 1)
        of_the = next(
            (p for p in range(i + 1, j) if toks[p].low == "of" and toks[p + 1].low == "the"), -1
        )
        if of_the > i and (mention is None or mention.kind != "person"):
            # "Travis Tygart CEO of the United States Anti-Doping Agency said": the name
            # before the body's "of the", without the title after it
            end = of_the
            while end > i + 1 and _bare(toks[end - 1].text) in _TITLES:
                end -= 1
            person = _make_mention(text, toks, i, end)
            if person is not None and person.kind == "person":
                return person, i
        if mention is not None and mention.kind == "person":
            head_end = j + 1
            # where the person's name opens: "Department of Homeland Security Secretary
            # Kirstjen Nielsen said" is Nielsen, whose name follows the body's "of"
            given = mention.name.split()[0]
            named_at = next((p for p in range(j, i - 1, -1) if toks[p].text == given), i)
            for p in range(i + 1, j + 1):
                if toks[p].low in {"of", "at", "from"}:
                    if _bare(toks[p - 1].text) not in _TITLES and p > named_at:
                        head_end = p  # not "Secretary of State Kim Wyman": a title's "of"
                    break
            if head_end != j + 1:
                head = _make_mention(text, toks, i, head_end)
                if head is not None:
                    return head, i
        if (
            mention is not None
            and mention.kind == "nominal"
            and toks[i].low == "the"
            and mention.start > toks[i].start
            and _state_member(toks[i + 1 : j + 1])
        ):
            # "The California Democrat ... called": the sentence's capital "The" opened the
            # run; the description keeps it, and refers back as "the Texas governor" does
            start = toks[i].start
            return _Mention(start, mention.end, text[start : mention.end], "nominal", ""), i
        if mention is not None:
            # a determiner before the run makes it a noun phrase: "the Harbour Authority";
            # one capitalised word after "the" names an institution, which speaks as a body
            # ("the Pentagon says", "the Kremlin said")
            if (
                i - 1 >= lo
                and toks[i - 1].low in _DETERMINERS
                and mention.kind != "org"
                and mention.start == toks[i].start  # "the Post's Ann Lee": the Post's "the"
                # "reported that President Trump said": a conjunction before a person's name
                # (not "that China had agreed to ...": a verb before "to" says no words)
                and not (
                    mention.kind == "person"
                    and toks[i - 1].low == "that"
                    and (k + 1 >= len(toks) or toks[k + 1].low != "to")
                )
                # "which our Andrew C. McCarthy describes as": an owner's word on a full name
                and not (
                    mention.kind == "person"
                    and " " in mention.name
                    and toks[i - 1].low in {"our", "my", "your", "his", "her", "their"}
                )
                # "the Joint Chiefs of Staff General Mark Milley": the body's "the"
                and not (mention.kind == "person" and _named_after_its_body(text, mention))
            ):
                institution = (
                    toks[i - 1].low == "the"
                    and mention.kind == "person"
                    and j == i
                    and " " not in mention.name
                    and mention.name not in W.STATE_DEMONYMS  # "the Texan": a person
                )
                start = toks[i - 1].start
                return (
                    _Mention(
                        start,
                        mention.end,
                        text[start : mention.end],
                        "org" if institution else "nominal",
                        mention.name if institution else "",
                    ),
                    i - 1,
                )
            return mention, i
        return None
    if toks[j].text[0].isalpha() and toks[j].low not in _FUNCTION_WORDS:
        # a lower-case noun phrase: "a police spokesperson", "the regional chamber of commerce"
        i = j
        while i >= lo and j - i < 7:
            t = toks[i]
            if (
                i < j
                and i - 1 >= lo
                and _plural_apostrophe(toks, i)
                and toks[i - 1].cap
                and _people_noun(_bare(toks[j].text))
            ):
                # "Pagourtzis’ family said": the owner's family speaks, not the owner
                return _Mention(
                    toks[i - 1].start, toks[j].end, text[toks[i - 1].start : toks[j].end], "nominal"
                ), i - 1
            if not t.text[0].isalnum() or _is_cue(t):
                break
            if t.low in _POSSESSIVE_PRONOUNS and toks[j].low in _DOCUMENTS and j - i <= 2:
                # "Her own tweet simply says": her paper speaks for her
                return _Mention(t.start, t.end, t.text, "pronoun", _POSSESSIVE_PRONOUNS[t.low]), i
            if (
                t.low in {"his", "her"}
                and i == j - 1
                and toks[j].low in _SPOUSES
                and i - 2 >= lo
                and toks[i - 1].low == "and"
            ):
                # "Obama and his wife praised Bush": the one named, with his kin
                named = _speaker_before_cue(text, toks, i - 1, lo)
                if named is not None and named[0].kind == "person":
                    return named
            if t.low in _DETERMINERS:
                return _nominal(text, toks, i, j + 1), i
            if i < j and t.cap and _bare(t.text) != t.low.rstrip("’'"):
                owner = i
                while owner - 1 >= lo and toks[owner - 1].cap and toks[owner - 1].text[0].isalpha():
                    owner -= 1
                paper = (
                    _paper_of(text, toks, owner, j + 1, owner, i + 1)
                    if i == j - 1 and toks[j].low in _DOCUMENTS
                    else None
                )
                if paper is not None:
                    return paper, owner  # "Marsh's report said": Marsh's paper speaks
                if i == j - 1 and owner == lo and _when_of_posts(toks, j, j + 1):
                    # "Trump's weekend tweets backing an "outright dismissal"": his posts
                    named = _make_mention(text, toks, owner, i + 1)
                    if named is not None and named.kind in {"person", "org"}:
                        return named, owner
                # "Ryan's office said": the office speaks, not Ryan
                return _Mention(t.start, toks[j].end, text[t.start : toks[j].end], "nominal"), i
            i -= 1
        if _bare(toks[j].text) in _GROUP_NOUNS:
            i = j
            while (
                i - 1 >= lo
                and toks[i - 1].text[0].isalpha()
                and toks[i - 1].low not in (_DETERMINERS | _CONNECTORS)
                and not _is_cue(toks[i - 1])
                and j - i < 2
                and not toks[i - 1].cap
            ):
                i -= 1
            return _nominal(text, toks, i, j + 1), i
    return None


def _name_ending_at(text: str, toks: list[_Tok], j: int) -> _Mention | None:
    """The named mention of the run of capitalised words that ends at ``toks[j]``."""
    i = j
    while i - 1 >= 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].text[0].isalpha():
        i -= 1
    return _make_mention(text, toks, i, j + 1)


def _antecedent(text: str, toks: list[_Tok], comma: int, lo: int) -> tuple[_Mention, int] | None:
    """The noun phrase a relative "which", "who" or "whose" after ``toks[comma]`` refers to.

    An appositive in between is skipped: "the Log Cabin Republicans, a gay men and
    lesbian group, which said"; unless nothing fits before it ("Meanwhile, the trade
    group Internet Association, whose members ...").
    """
    m = comma - 1
    while m >= lo and toks[m].text not in {",", ".", ";", ":"} and comma - m < 10:
        m -= 1
    relative = toks[comma + 1].low if comma + 1 < len(toks) else ""
    tries = (
        [m, comma]
        if m > lo and toks[m].text == "," and toks[m + 1].low in _DETERMINERS
        else [comma]
    )
    for at in tries:
        found = _speaker_before(text, toks, at, lo)
        if found is not None and _fits_relative(found[0].kind, _bare(toks[at - 1].text), relative):
            return found
        # "pushback from Michael Ryan, a top official with the WHO, who said": the name
        # closing a phrase that is no subject
        named = (
            _name_ending_at(text, toks, at - 1)
            if relative == "who" and at - 1 >= lo and _is_name_tok(toks[at - 1])
            else None
        )
        if (
            named is not None
            and named.kind == "person"
            and named.name not in W.known_places()
            and f"{named.name}." not in W.state_abbreviations()  # "Maricopa County, Ariz.,"
        ):
            return named, next((p for p in range(lo, at) if toks[p].start == named.start), at - 1)
    return None


def _fits_relative(kind: str, head: str, relative: str) -> bool:
    """Whether a mention of ``kind`` (its noun ``head``) can be what ``relative`` refers to."""
    if relative == "who":
        return kind == "person" or (kind == "nominal" and _person_noun(head))
    if relative == "whose":
        # "the trade group Internet Association, whose members include Alphabet, ...,
        # said": a person or a body owns what the clause names
        return kind in {"person", "org"} or (
            kind == "nominal" and (_person_noun(head) or head in _ORG_WORDS or head in _GROUP_NOUNS)
        )
    return kind == "org" or (kind == "nominal" and (head in _ORG_WORDS or head in _GROUP_NOUNS))


# a role's place or body (_QUALIFIERS: "the mayor of Boston", "ambassador to Moscow",
# "officials in Lisk"); not "a spokesman for Ford", whose company speaks through him
_VOICES = frozenset(
    (
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "representative",
        "representatives",
    )
)


# people who speak for the body they are "at": "officials at the WHO said" is the WHO
# speaking, "a professor of law at Yale said" is not Yale
_PLACE_VOICES = frozenset(("official", "officials", "executive", "executives"))


def _party_tag_before(toks: list[_Tok], j: int, lo: int) -> int | None:
    """The index of the name's last token when ``toks[j]`` ends a party tag set off by a
    comma (", R-Pa.,", ", R-Ky.", ", Wisconsin Republican," before the verb), else None."""
    k = j
    if toks[k].text == ",":
        k -= 1
    if k >= lo and toks[k].text in W.PARTY_MEMBERS:
        # ", Wisconsin Republican," as the Washington Times writes a party tag
        c = k - 1
        while c > lo and k - c <= 3 and toks[c].text[:1].isupper() and toks[c].text != ",":
            c -= 1
        if c - 1 >= lo and c < k - 1 and toks[c].text == ",":
            return c - 1
        return None
    if k >= lo and toks[k].text == ".":
        k -= 1
    if k - 2 < lo or not _PARTY_TAG.match(toks[k].text) or toks[k - 1].text != ",":
        return None
    return k - 2


def _role_of(text: str, toks: list[_Tok], i: int, j: int, lo: int) -> tuple[_Mention, int] | None:
    """ "the mayor of Boston said", "Trump's ambassador to Moscow says": the role
    speaks, not the name after the preposition; the noun phrase is the mention."""
    if j - i >= 2:
        return None  # "secretary of State Hillary Clinton": a name follows the place
    k = i - 1
    if k > lo and toks[k].low in {"the", "a", "an"}:
        k -= 1  # "the chairman of the Lisk Council"
    if not (
        k - 1 >= lo
        and (
            toks[k].low in _QUALIFIERS
            or (toks[k].low == "at" and toks[k - 1].low not in _PLACE_VOICES)
        )
        and toks[k - 1].text.isalpha()
        and toks[k - 1].low not in _FUNCTION_WORDS | _VOICES
        and (toks[k - 1].text.islower() or (k - 1 == lo and _bare(toks[k - 1].text).isalpha()))
    ):
        return None
    start = k - 1
    while start - 1 >= lo and i - start < 8:
        t = toks[start - 1]
        if not t.text[0].isalnum() or _is_cue(t):
            break
        start -= 1
        if t.low in _DETERMINERS or (t.cap and _bare(t.text) != t.low.rstrip("’'")):
            break  # "the mayor", "Trump's ambassador"
    return _nominal(text, toks, start, j + 1), start  # a qualifier inside: the role alone


# a paper that speaks for its owner: "the CDC draft proposal says", "Kemp's statement", "the
# letter from Sessions", "Galli's editorial states", "Trump's rhetoric, including calling
# migrants "an invasion"" (an office or a campaign is people:
# "Ryan's office said" is unnamed)
_DOCUMENTS = frozenset(
    (
        "statement",
        "proposal",
        "report",
        "guidance",
        "guidelines",
        "memo",
        "letter",
        "draft",
        "articles",
        "lawsuit",
        "tweet",
        "tweets",
        "post",
        "editorial",
        "op-ed",
        "column",
        "memoir",
        "rhetoric",
        "remarks",
        "comments",
    )
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def _paper_of(text: str, toks: list[_Tok], i: int, j: int, start: int, end: int) -> _Mention | None:
    """``toks[i:j]``, a paper whose owner ``toks[start:end]`` names, as a mention of that
    owner: "National Nurses United's statement", "the letter from Sen. Brel"."""
    owner = _make_mention(text, toks, start, end)
    if owner is None or owner.kind not in ("person", "org"):
        return None
    lo, hi = toks[i].start, toks[j - 1].end
    return _Mention(lo, hi, text[lo:hi], owner.kind, owner.name)


# days a subject's words may end in before its verb, alone ("Smith today said") or after a
# preposition ("Redfield on Wednesday said")
_DAY_WORDS = ("yesterday", "today", "tonight")
_DAY_PREPS = ("on", "late", "early", "last", "this")


# a time phrase that ends a subject's words before its verb: "The Trump administration on
# Wednesday declared", "The minister late Tuesday said"
_TRAILING_TIME = re.compile(
    rf"\s+(?P<prep>(?:{'|'.join(_DAY_PREPS)})\s+)?(?:"
    + "|".join((*WEEKDAYS, *_DAY_WORDS))
    + r")(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def _titled_by_body(toks: list[_Tok], i: int, p: int) -> bool:
    """Whether ``toks[i:p]``, the words before a person's name, are a body's name and the
    titles it gives: "MGM Resorts Chairman and CEO (Jim Murren)". No given name among
    them: "Warren and Senator (Bernie Sanders)" are two people."""
    k = p  # the name's run may hold the last title: "(MGM Resorts Chairman and) CEO Jim Murren"
    while k > i and (
        toks[k - 1].low in _TITLES
        or (k > i + 1 and toks[k - 1].low in ("and", "&") and toks[k - 2].low in _TITLES)
    ):
        k -= 1
    return (
        i < k < p
        and all(_is_name_tok(t) for t in toks[i:k])
        and not any(_given_name(t.text) for t in toks[i:k])
    )


def _plural_owner_before(toks: list[_Tok], i: int, lo: int) -> bool:
    """Whether a plural owner's apostrophe before ``toks[i]`` is inside a body's name:
    "The White House Correspondents' Association said"."""
    return (
        i - 2 >= lo
        and _plural_apostrophe(toks, i - 1)
        and toks[i].low in _ORG_WORDS
        and toks[i - 2].cap
        and _bare(toks[i - 2].text) not in _GROUP_NOUNS
    )


def _kin_before(toks: list[_Tok], i: int, lo: int) -> int | None:
    """Where "the uncle of", "a son of" opens before a name at ``toks[i]``, its role words
    between ("The uncle of White House senior adviser (Stephen Miller)"), else ``None``."""
    p = i - 1
    while p > lo + 1 and i - p <= 6 and toks[p].text[0].isalpha() and not _is_cue(toks[p]):
        if toks[p].low == "of":
            kin = toks[p - 1].low in _KIN and toks[p - 2].low in ("the", "a", "an")
            return p - 2 if kin else None
        p -= 1
    return None


def _nominal(text: str, toks: list[_Tok], i: int, j: int) -> _Mention:
    """A noun-phrase mention; a capitalised name inside it becomes the speaker."""
    timed = _TRAILING_TIME.search(text, toks[i].start, toks[j - 1].end)
    if timed is not None:
        cut = next((k for k in range(i + 1, j) if toks[k].start >= timed.start()), j)
        if cut - i >= 2 and (timed["prep"] or not toks[cut - 1].cap):
            j = cut  # the words before the time phrase; not "Super Tuesday"
    surface = text[toks[i].start : toks[j - 1].end]
    d = i + 1 if toks[i].low in _DETERMINERS else i
    if d + 2 < j and toks[d].low in _DOCUMENTS and toks[d + 1].low in ("from", "by"):
        # "the letter from Sen. Brel": the sender's paper speaks for the sender
        paper = _paper_of(text, toks, i, j, d + 2, j)
        if paper is not None:
            return paper
    if any(toks[n].low == "by" and toks[n - 1].low in _OBTAINED for n in range(i + 1, j)):
        # "a memo obtained by ABC News", "a letter seen by Reuters": the paper's reader is
        # not its writer
        return _Mention(toks[i].start, toks[j - 1].end, surface, "nominal")
    body = _board_of(text, toks, d, j)
    if body is not None:
        return _Mention(toks[i].start, toks[j - 1].end, surface, "org", body)
    if any(t.low in _QUALIFIERS for t in toks[i + 1 : j]):
        # "the chairman of the Lisk Council": the role, not the body it qualifies
        return _Mention(toks[i].start, toks[j - 1].end, surface, "nominal")
    p = i
    while p < j:
        if _is_name_tok(toks[p]) and _bare(toks[p].text) not in _GROUP_NOUNS:
            q = _name_run(toks, p)
            q = min(q, j)
            m = _make_mention(text, toks, p, q)
            if m is not None and m.kind == "org" and q < j and toks[j - 1].low in _DOCUMENTS:
                # "the CDC draft proposal says", "the White House statement said": the body's
                # own paper speaks for it
                return _Mention(toks[i].start, toks[j - 1].end, surface, "org", m.name)
            if m is not None and q == j:
                if m.kind == "org":
                    return _Mention(toks[i].start, toks[j - 1].end, surface, "org", m.name)
                if m.kind == "person" and (
                    p == i
                    or all(not _is_name_tok(t) or t.low in _TITLES for t in toks[i:p])
                    or _titled_by_body(toks, i, p)
                ):
                    return _Mention(toks[i].start, toks[j - 1].end, surface, "person", m.name)
            p = q
        else:
            p += 1
    return _Mention(toks[i].start, toks[j - 1].end, surface, "nominal")


# a body's own collective, which speaks for it: "the editorial board of the Journal"
_BOARDS = frozenset(("board", "editors"))


def _board_of(text: str, toks: list[_Tok], d: int, j: int) -> str | None:
    """The body a board or its editors speak for ("the editorial board of The Wall Street
    Journal", "the editors of National Review"): its name, else None."""
    of = next((n for n in range(d, min(j, d + 3)) if toks[n].low == "of"), None)
    if of is None or of == d or toks[of - 1].low not in _BOARDS or of + 1 >= j:
        return None
    p = of + 2 if toks[of + 1].low == "the" else of + 1
    if p >= j or not _is_name_tok(toks[p]) or _name_run(toks, p) != j:
        return None
    m = _make_mention(text, toks, p, j)
    return m.name if m is not None and m.kind == "org" else None


# prepositions of place and time right after a verb of saying: no speaker follows them
_PLACE_PREPOSITIONS = frozenset(("in", "at", "on", "during", "after", "before", "from", "near"))


def _speaker_after(text: str, toks: list[_Tok], k: int) -> tuple[_Mention, int] | None:
    """Speaker written after a cue (``said Lena Haxby, a former minister``)."""
    if k >= len(toks):
        return None
    pron = _pronoun(toks[k])
    if pron is not None:
        return pron, k + 1
    if toks[k].low in _DETERMINERS:
        named = _named_in_apposition(text, toks, k)
        if named is not None:
            return named
    p = k
    if toks[k].low in _PLACE_PREPOSITIONS:
        return None  # "Joe Biden, ..., said in Iowa": where, not who
    while p < len(toks) and p - k < 4 and toks[p].text[0].isalpha() and not _is_name_tok(toks[p]):
        if _is_cue(toks[p]):
            break
        p += 1
    if p < len(toks) and _is_name_tok(toks[p]):
        q = _name_run(toks, p)
        if q + 1 < len(toks) and _plural_apostrophe(toks, q) and _is_name_tok(toks[q + 1]):
            # "wrote Media Matters’ Matt Gertz": a plural owner's apostrophe, then the
            # one who wrote
            owned = _speaker_after(text, toks, q + 1)
            if owned is not None and owned[0].kind == "person":
                return owned
        m = _make_mention(text, toks, p, q)
        if (
            m is not None
            and (p == k or toks[k].low in _DETERMINERS)
            and _bare(toks[q - 1].text) != toks[q - 1].low.rstrip("’'")
        ):
            # "Grimm's attorney, William McGinley": the possessor is not the speaker;
            # "National Nurses United's statement" is its paper, which speaks for it
            paper = (
                _paper_of(text, toks, k, q + 1, p, q)
                if q < len(toks) and toks[q].low in _DOCUMENTS
                else None
            )
            return (paper, q + 1) if paper is not None else _possessed(text, toks, k, q)
        if (
            m is not None
            and q - p < 3
            and any(
                toks[x].low in _QUALIFIERS and toks[x - 1].low not in _VOICES
                for x in range(k + 1, p)
            )
        ):
            # "said the mayor of Lisk": the role speaks, not the place
            return _nominal(text, toks, k, q), q
        named = _named_after_role(text, toks, q) or _outlet_after(text, toks, q)
        if m is not None and named is not None and not (m.kind == "person" and " " in m.name):
            # "said Finnish Border Guard official Kimmo Elomaa": the body, its role, the name
            return named
        if m is not None:
            if (
                p > k
                and toks[k].low in _DETERMINERS
                and (m.kind != "person" or _demonym_before_noun(toks, p, q))
            ):
                # "the Democratic staffer": a nationality or party only modifies the noun
                # "a ValRail spokesperson": the name only modifies the noun
                q2 = q
                while (
                    q2 < len(toks)
                    and toks[q2].text[0].isalpha()
                    and q2 - q < 3
                    and not _is_cue(toks[q2])  # "the Pentagon says in its report"
                ):
                    q2 += 1
                return _nominal(text, toks, k, q2), q2
            if p > k:
                m = _Mention(toks[k].start, m.end, text[toks[k].start : m.end], m.kind, m.name)
            return m, q
    if toks[k].low in _DETERMINERS or _bare(toks[k].text) in _GROUP_NOUNS:
        q = k + 1
        while q < len(toks) and toks[q].text[0].isalnum() and q - k < 6:
            if toks[q].low in {"who", "that", "which", "on", "in", "at", "during", "after"}:
                break
            q += 1
        if (
            q < len(toks)
            and q - k == 6
            and toks[q - 1].cap
            and any(t.low in _BOARDS for t in toks[k:q])
        ):
            q = _name_run(toks, q - 1)  # "the editorial board of The Wall Street Journal"
        return _nominal(text, toks, k, q), q
    return None


def _named_in_apposition(text: str, toks: list[_Tok], k: int) -> tuple[_Mention, int] | None:
    """ "said a Chinese foreign ministry spokesman, Lu Kang": a description with a role in
    it, a comma, then a person's name (the name speaks, not "Chinese")."""
    for c in range(k + 1, min(len(toks), k + 9)):
        if toks[c].text == ",":
            between = toks[k + 1 : c]
            named_body = any(t.low in _QUALIFIERS for t in between) and any(t.cap for t in between)
            if named_body or not any(t.low in _TITLES or t.low in _PERSON_NOUNS for t in between):
                # "the governor of Texas, Ann Lee": the role's own rule; "the president of
                # the assembly, Siim Kiisler" names no body, and the name speaks
                return None
            if c + 1 < len(toks) and _is_name_tok(toks[c + 1]):
                end = _name_run(toks, c + 1)
                named = _make_mention(text, toks, c + 1, end)
                possessive = _bare(toks[end - 1].text) != toks[end - 1].low.rstrip("’'")
                # the name ends the clause: not "..., Xinhua reported", "..., Ek's rival"
                closes = (
                    end >= len(toks)
                    or toks[end].text in {".", ",", ";", ":", "!", "?", "—", "–", "-", "(", "“"}
                    or toks[end].low in {"in", "at", "on", "during", "after", "before", "from"}
                )
                if named is not None and named.kind == "person" and closes and not possessive:
                    return named, end
            return None
        if not toks[c].text[0].isalpha() or _is_cue(toks[c]):
            return None
    return None


# words before a role that say whose or what kind: "campaign spokeswoman", "press secretary"
_ROLE_MODIFIERS = frozenset(
    ("campaign", "press", "communications", "deputy", "senior", "national", "policy", "finance")
)


def _described_before(toks: list[_Tok], comma: int, lo: int) -> bool:
    """Whether the comma-separated segment before ``toks[comma]`` is a description
    opening with a determiner ("the victim's mother"), which the name after it names."""
    p = comma - 1
    while p >= lo and toks[p].text not in {",", ".", ";", ":", "(", ")"}:
        p -= 1
    return p + 1 < comma and toks[p + 1].low in _DETERMINERS


def _named_after_its_body(text: str, mention: _Mention) -> bool:
    """Whether a person's full name comes after other words of the mention (a body's
    name or a title: "Joint Chiefs of Staff General Mark Milley", "Mayor Bill de Blasio"
    after "that")."""
    return " " in mention.name and not text.startswith(mention.name, mention.start)


def _named_after_role(text: str, toks: list[_Tok], q: int) -> tuple[_Mention, int] | None:
    """A person named after up to three lower-case role words from ``toks[q]`` ("official
    Kimmo Elomaa", "chief executive Gregor Lind", "campaign spokeswoman Lis Smith"), or
    ``None``."""
    r = q
    to_place = False
    while r < len(toks) and r - q < 3 and toks[r].text.isalpha() and toks[r].text.islower():
        if (
            toks[r].low == "to"
            and r > q
            and toks[r - 1].low in _ENVOYS
            and r + 1 < len(toks)
            and toks[r + 1].text in W.known_places()
        ):
            # "ambassador to China David Mulroney": the country the envoy is sent to
            to_place = True
            r += 2
            break
        if toks[r].low in _FUNCTION_WORDS or _is_cue(toks[r]):
            return None  # "said Trump in an interview with ..."
        r += 1
    if r == q or r >= len(toks) or not _is_name_tok(toks[r]):
        return None
    role = toks[r - 3 if to_place else r - 1].low
    if role not in _TITLES and role not in _PERSON_NOUNS:
        # "campaign spokeswoman", "political analyst": the role's head names the person;
        # "Buttigieg campaign Lis Smith" names no role
        return None
    end = _name_run(toks, r)
    named = _make_mention(text, toks, r, end)
    return (named, end) if named is not None and named.kind == "person" else None


# envoys named with the country they are sent to: "ambassador to China David Mulroney"
_ENVOYS = frozenset(("ambassador", "envoy", "emissary"))
# what a publication is called before its name: "Israeli newspaper Haaretz"
_MEDIA_NOUNS = frozenset(("newspaper", "daily", "paper", "tabloid", "magazine", "agency"))


def _outlet_after(text: str, toks: list[_Tok], q: int) -> tuple[_Mention, int] | None:
    """A publication named after its kind from ``toks[q]`` ("(Israeli) newspaper Haaretz",
    "state news agency Xinhua"), or ``None``."""
    r = q
    while r < len(toks) and r - q < 3 and toks[r].text.isalpha() and toks[r].text.islower():
        r += 1
    if r == q or r >= len(toks) or toks[r - 1].low not in _MEDIA_NOUNS:
        return None
    if not _is_name_tok(toks[r]):
        return None
    end = _name_run(toks, r)
    named = _make_mention(text, toks, r, end)
    return (named, end) if named is not None else None


# when posts or remarks were made, before them: "Trump's weekend tweets"
_WHEN_OF_POSTS = frozenset(day.lower() for day in WEEKDAYS) | _words(
    "weekend morning evening overnight late-night recent latest earlier previous"
)


def _when_of_posts(toks: list[_Tok], q: int, r: int) -> bool:
    """Whether ``toks[q:r]``, the words after a possessive, are one word of when, before a
    plural of posts or remarks that reads as a reporting verb: "(Trump's) weekend (tweets)"."""
    return (
        r == q + 1
        and toks[q].low in _WHEN_OF_POSTS
        and r < len(toks)
        and toks[r].low in {"tweets", "posts", "remarks", "comments"}
    )


def _possessed(text: str, toks: list[_Tok], k: int, q: int) -> tuple[_Mention, int]:
    """``X's attorney, Jo Rand`` -> Jo Rand; ``X's attorney`` -> an unnamed nominal."""
    r = q
    while r < len(toks) and r - q < 3 and toks[r].text.isalpha() and toks[r].text.islower():
        r += 1
    if r > q and r + 1 < len(toks) and toks[r].text == ",":
        # "Scott's niece, state Del. Marcia Price,": a role's modifier before the name
        n = r + 1
        while (
            n < len(toks)
            and n - r <= 2
            and toks[n].text.isalpha()
            and toks[n].text.islower()
            and toks[n].low not in _FUNCTION_WORDS
            and not _is_cue(toks[n])
        ):
            n += 1
        if n < len(toks) and _is_name_tok(toks[n]):
            end = _name_run(toks, n)
            named = _make_mention(text, toks, n, end)
            if named is not None and named.kind == "person" and (n == r + 1 or " " in named.name):
                return named, end
    return _Mention(
        toks[k].start, toks[r - 1].end, text[toks[k].start : toks[r - 1].end], "nominal"
    ), r


def _possessed_subject(text: str, toks: list[_Tok]) -> _Mention | None:
    """An opening "<Name>'s <noun>" with no name after the noun, as an unnamed nominal.

    "Tony Kim's family thanked Mr. Trump ..., saying": the family speaks, neither
    Kim nor Trump. The noun phrase ends before a past-tense verb or a cue;
    "Trump's lawyer(,) Rudy Giuliani(,) rejected" is left to the name.
    """
    if not toks or not _is_name_tok(toks[0]):
        return None
    q = _name_run(toks, 0)
    if q >= len(toks) or _bare(toks[q - 1].text) == toks[q - 1].low.rstrip("’'"):
        return None  # no possessive ending the name
    r = q
    while (
        r < len(toks)
        and r - q < 3
        and toks[r].text.isalpha()
        and toks[r].text.islower()
        and not (toks[r].low.endswith("ed") or _is_cue(toks[r]))
    ):
        r += 1
    after = r + 1 if r < len(toks) and toks[r].text == "," else r
    if r == q or (after < len(toks) and _is_name_tok(toks[after])):
        return None
    if (
        r == q + 1
        and toks[q].low in _DOCUMENTS
        and r < len(toks)
        and (toks[r].text == "," or _is_cue(toks[r]))
    ):
        # "Trump's rhetoric, including calling migrants "an invasion"", "Mueller's report,
        # released in April, detailed": his paper or his words speak for him (not in
        # "Trump's tweet prompted questions", where they are what is spoken of)
        paper = _paper_of(text, toks, 0, r, 0, q)
        if paper is not None:
            return paper
    return _Mention(
        toks[0].start, toks[r - 1].end, text[toks[0].start : toks[r - 1].end], "nominal"
    )


# a topic phrase opening a sentence: "Of Whitmer, he said ..." is about her, by him
_TOPIC_OPENERS = frozenset(("of", "about", "regarding", "concerning"))


# a wire dateline opening a sentence: "TURNBERRY, Scotland —", "MOSCOW (AP) —", "GLASGOW,
# Scotland --": the place the story was filed from, never the subject
def _subject(doc: _Doc, lo: int, hi: int) -> _Mention | None:
    """The subject of the sentence starting at ``lo``, read up to ``hi``.

    A sentence opening with a phrase ("Speaking to supporters in Ohio, Cruz said",
    "Of Whitmer, he said") is read from after its first comma, and one opening
    with an adverb and its time phrase ("Already this month he has ...") after
    them. The subject is a pronoun that opens the sentence ("She went on to say
    that Malia ..."), a noun phrase that opens it ("The communications pro also
    took a shot at President Obama", "a post accompanying the video") or a name's
    possession ("Tony Kim's family"), else the first person or organisation named.
    """
    dateline = _dateline_end(doc.text, lo, hi)
    if dateline is not None:  # "TURNBERRY, Scotland — President Donald Trump is ..."
        lo = dateline
    head = _tokens(doc.text, lo, min(hi, lo + 400))
    words = [t for t in head if t.text[0].isalnum()]
    # a time phrase before the opening phrase: "Last week at a NATO summit in Brussels, ..."
    timed = next(
        (n for n, t in enumerate(words) if t.low not in _TIME_PHRASE_WORDS | _OPENING_ADVERBS),
        len(words),
    )
    if words and (
        words[0].low in _OPENERS
        or words[0].low in _TOPIC_OPENERS
        or words[0].low.endswith("ing")
        or (0 < timed < len(words) and words[timed].low in _OPENERS)
    ):
        commas = [n for n, t in enumerate(head) if t.text == ","]
        if commas:
            lo = head[commas[0]].end
            # "Speaking in Salem, New Hampshire, Trump went after Bush": a place's region
            # between two commas goes with the phrase, and the subject comes after it
            if (
                len(commas) > 1
                and " ".join(t.text for t in head[commas[0] + 1 : commas[1]]) in W.known_places()
            ):
                lo = head[commas[1]].end
    toks = _tokens(doc.text, lo, min(hi, lo + 80))
    possessed = _possessed_subject(doc.text, toks)
    if possessed is not None:
        return possessed
    named = next(
        (
            m
            for m in doc.mentions
            if lo <= m.start < hi and m.kind in {"person", "org"} and not _place_named(doc, m)
        ),
        None,
    )
    lead = _adverbial_lead(toks)
    if lead < len(toks) and (named is None or toks[lead].start < named.start):
        opening = _opening_subject(doc.text, toks[lead:])
        appositive = named is not None and doc.text[: named.start].rstrip().endswith(",")
        if opening is not None and (
            named is None or (opening.end <= named.start and not appositive)
        ):
            return opening
    if named is not None and named.kind == "org":
        # "the top Democrat on the House Judiciary Committee, Jerrold Nadler, broke ...":
        # the body a role belongs to, then the person holding it, named between commas
        holder = next((m for m in doc.mentions if m.start >= named.end), None)
        if (
            holder is not None
            and holder.kind == "person"
            and len(holder.text.split()) > 1  # a name in full: not "Vigo County, Indiana,"
            and holder.text not in W.known_places()
            and holder.start < hi
            and doc.text[named.end : holder.start] == ", "
            and doc.text[holder.end : holder.end + 1] == ","
        ):
            return holder
    if named is not None:
        return named
    if toks and toks[0].low in _DETERMINERS:
        q = 1
        while q < len(toks) and toks[q].text[0].isalpha() and q < 5:
            if _is_cue(toks[q]):
                break
            q += 1
        if q > 1 and _bare(toks[q - 1].text) in _ORG_WORDS:
            return _nominal(doc.text, toks, 0, q)
    return None


# a country by its letters, as it modifies a noun: "U.S. policy", "the U.K. ambassador"
_COUNTRY_LETTERS = frozenset(("U.S", "U.S.", "US", "U.K", "U.K.", "UK"))
_AFTER_COUNTRY = re.compile(r"\.?\s+([a-z]+)\b")


def _place_named(doc: _Doc, m: _Mention) -> bool:
    """Whether a mention names a place where it stands, no one who speaks: a country by
    its letters before a noun ("U.S. policy on Russia has long been", "The U.S.
    ambassador to Israel, David Friedman,"), or a known place after a preposition
    ("ambassador to Israel") or in a list of places ("The leaders of Michigan, Ohio,
    Wisconsin ... and Kentucky")."""
    if m.text in _COUNTRY_LETTERS:
        after = _AFTER_COUNTRY.match(doc.text, m.end)
        if after is not None:
            word = after[1]
            return (
                not (word in _FUNCTION_WORDS or word in _CUE_VERBS or word.endswith(("ed", "s")))
                or word in _TITLES
            )
    places = W.known_places()
    if m.text not in places and m.text.replace(".", "") not in places:
        return False  # "in the U.S.": its letters, the sentence's full stop cut off
    before = doc.text[max(0, m.start - 40) : m.start].split()
    if not before:
        return False
    if before[-1].lower() in _PREPOSITIONS or (
        len(before) > 1 and before[-1] == "the" and before[-2].lower() in _PREPOSITIONS
    ):
        return True  # "ambassador to Israel", "the crisis in the U.S."
    # the places of a list: "The leaders of Michigan, Ohio, Wisconsin ... and Kentucky"
    joined = before[-1] in ("and", "or")
    if joined and len(before) > 1:
        before = before[:-1]
    return (joined or before[-1].endswith(",")) and before[-1].rstrip(",") in places


def _adverbial_lead(toks: list[_Tok]) -> int:
    """Where a clause starts after an opening adverb and its time phrase, else 0.

    "Already this month he has described ...": the subject is "he".
    """
    if len(toks) > 1 and toks[0].low in _LIST_ORDINALS and toks[1].text == ",":
        return 2  # "Third, Kagan clarified that ...": the writer's third point
    if not toks or toks[0].low not in _OPENING_ADVERBS:
        return 0
    k = 1
    while k < len(toks) and (toks[k].low in _TIME_PHRASE_WORDS or toks[k].text == ","):
        k += 1
    return k


# determiners that stand for a noun named before them: "Another alleged ...", "Others said"
_ELLIPTICAL = frozenset(("another", "others", "some", "many", "several", "most"))


# a hyphened modifier in lower case, figures allowed: "81-year-old", "long-serving"
_COMPOUND_MODIFIER = re.compile(r"(?=.*[a-z])[a-z\d]+(?:-[a-z\d]+)+")
_DEFINITE = frozenset(("the", "this", "that"))
# an ordinal in figures: "The 45th president"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# offices written with a capital after "The", their holder named before: "The President
# urged ..." (not "The Queen", often named by no other name, nor "The top Democrat")
_OFFICES = _words("president senator governor mayor chancellor premier congressman congresswoman")


def _opening_subject(text: str, toks: list[_Tok]) -> _Mention | None:
    """A pronoun or a lower-case noun phrase opening a clause (see :func:`_subject`)."""
    first = toks[0]
    if first.low in _SUBJECT_PRONOUNS and len(toks) > 1 and toks[1].text[0].isalpha():
        return _Mention(first.start, first.end, first.text, "pronoun", first.low)
    if (
        first.low in {"his", "her"}
        and len(toks) > 1
        and toks[1].low in _SPEECH_NOUNS
        and (len(toks) == 2 or toks[2].text in {":", "was", "is"})
    ):
        # "His response: "...""
        pron = "he" if first.low == "his" else "she"
        return _Mention(first.start, first.end, first.text, "pronoun", pron)
    if first.low in {"his", "her", "their"}:
        # "His Republican colleagues tried to shout over him": people of his, unnamed (not
        # he); a party's or a nation's word may go before the noun
        for q in range(1, min(len(toks), 4)):
            word = toks[q].text
            if not word.isalpha() or not (word.islower() or word in W.PARTY_WORDS):
                break
            if _bare(word) in _GROUP_NOUNS:
                return _nominal(text, toks, 0, q + 1)
    if first.low not in _DETERMINERS or first.low in {"his", "her", "its", "their", "our"}:
        return None
    q = 1
    while q < len(toks) and (
        toks[q].text.isdigit()
        or (
            toks[q].text == ","
            and toks[q - 1].text.isdigit()
            and q + 1 < len(toks)
            and toks[q + 1].text.isdigit()
        )
    ):
        q += 1  # "some 1,400 health care workers" (tokens "1", ",", "400")
    figure = q - 1
    while q < len(toks) and q < 6 + figure:
        t = toks[q]
        if t.text in "'’" and q + 1 < len(toks) and toks[q + 1].text.islower():
            q += 1  # "The workers' union"
            continue
        if (
            q + 1 < len(toks)
            and t.text[-2:] in {"’s", "'s"}
            and t.text[:-2].isalpha()
            and t.text[:-2].islower()
            and _person_noun(_role_noun(toks[q + 1].text))
        ):
            q += 1  # "The magazine’s editor-in-chief" (not "The court's holding")
            continue
        if first.low in _DEFINITE and (
            _COMPOUND_MODIFIER.fullmatch(t.text) or _ORDINAL.fullmatch(t.text)
        ):
            # "The 81-year-old senator", "the long-serving chairman": the one the text
            # named (not "A self-styled democratic socialist whose ..., Mr. Sanders is")
            q += 1
            continue
        if (
            t.text in W.DEMONYMS
            and q + 1 < len(toks)
            and toks[q + 1].text.isalpha()
            and toks[q + 1].text.islower()
            and toks[q + 1].low not in _FUNCTION_WORDS
            and toks[q + 1].low not in _PREPOSITIONS  # "the top Democrat on the committee"
        ):
            q += 1  # "The Palestinian ambassador to the United Kingdom told CNN"
            continue
        if (
            first.low in _DEFINITE
            and t.text.istitle()
            and t.low in _OFFICES
            and q + 1 < len(toks)
            and toks[q + 1].text.islower()
            and toks[q + 1].low not in _PREPOSITIONS
        ):
            # "The President urged Alabama voters ... and said", "The 45th President": a
            # title written with its capital, the one holding it named before (not "The
            # President Donald Trump", whose name follows)
            q += 1
            break
        if not (t.text.isalpha() and t.text.islower()):
            break
        if (
            t.low in _FUNCTION_WORDS
            or t.low in _PREPOSITIONS  # "A senior official aboard Air Force One said"
            or t.low in _ADVERBS
            or _is_cue(t)
            or t.low.endswith(("ing", "ed"))
            or _ly_adverb(t.low)
            or t.low in _DETERMINERS
            or t.low in _CLAUSE_VERBS  # "The daughters are Democrats and said": the verb
        ):
            break
        q += 1
    if q == 1 and first.low in _ELLIPTICAL and q < len(toks) and _is_cue(toks[q]):
        # 'Another alleged Trump brought "shame ..."': another article, unnamed
        return _nominal(text, toks, 0, 1)
    if q == 1 + figure or (q < len(toks) and toks[q].text[0].isupper()):
        return None  # no noun, or the words modify a name ("the Perry ad" is fine)
    if not _can_speak(_role_noun(toks[q - 1].text)):
        return None  # "The silence has been deafening"
    if (
        q + 1 < len(toks)
        and first.low == "the"
        and toks[q].low == "of"
        and toks[q + 1].cap
        and _person_noun(_bare(toks[q - 1].text))
    ):
        # "The leader of Hamas, which ..., has called ... and said": the body named with
        # the role, which no other body's leader holds (not "A group of Trump supporters",
        # whose name modifies a noun)
        end = q + 2
        while end < len(toks) and end < q + 5 and toks[end].cap:
            end += 1
        if end >= len(toks) or not toks[end].text.isalpha() or not toks[end].text.islower():
            return _nominal(text, toks, 0, end)
    return _nominal(text, toks, 0, q)


# a role written as one hyphened word, its noun first: "editor-in-chief", "attorney-at-law"
_ROLE_IN_ROLE = re.compile(r"[a-z]+-(?:in|at|of)-[a-z]+")


def _role_noun(word: str) -> str:
    """A word's noun, as :func:`_bare` gives it, or a hyphened role's first: "editor"
    for "editor-in-chief"."""
    noun = _bare(word)
    return noun.split("-")[0] if _ROLE_IN_ROLE.fullmatch(noun) else noun


def _people_noun(head: str) -> bool:
    """A noun for a person or people ("lawyer", "family", "aides"), no paper or body."""
    return (
        _person_noun(head)
        or _plural_of_person_noun(head)
        or head in W.FAMILY_NOUNS
        or (head in _GROUP_NOUNS and head not in _ORG_WORDS)
    )


def _can_speak(head: str) -> bool:
    """A noun that can be the source of a quote: a person, a group or a document."""
    return (
        _person_noun(head)
        or _plural_of_person_noun(head)  # "The daughters are Democrats and said"
        or head in _GROUP_NOUNS
        or head in _ORG_WORDS
        or head in _SOURCE_NOUNS
    )
