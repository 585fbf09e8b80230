"""Sentences and words with their offsets in ``Article.text``.

Sentence boundaries come from pysbd, a rule-based splitter that passes the
"Golden Rules" suite of English boundary cases (abbreviations, initials,
decimals, quotes) and reports character spans; we only trim whitespace and
check every span against the text. Words are ``\\w`` runs (with inner
apostrophes, hyphens, dots and commas kept, so "3,000", "5:40am" and "don't" stay
whole) or single punctuation marks.
"""

from __future__ import annotations

import itertools
import re

import pysbd

from storydiff._entity_words import STOP_STARTERS, TITLE_ABBREVIATIONS
from storydiff._quantity_tables import WEEKDAYS
from storydiff._quote_words import _CUE_VERBS, TRANSCRIPT_LABEL, TRANSCRIPT_ROLE
from storydiff.models import Sentence, Word

__all__ = ["split_sentences", "words"]

_WORD = re.compile(r"\w+(?:[-'’.,:/]\w+)*|[^\w\s]", re.UNICODE)
_PARAGRAPH = re.compile(r"\n\s*\n")
# closing quote marks and brackets at a piece's start, alone or before a space
_LEADING_CLOSERS = re.compile(r"^[’”\"')\]]+(?:\s+|$)")
# an opening mark that closes a quoted question, before its speaker: '... of this summit?“
# Cha said.' (not the spaced marks of a tokenised text: '“ We are thrilled ...')
_TURNED_CLOSER = re.compile(r"^“\s+")
_PAIRS = {")": "(", "]": "["}
# titles before a name that pysbd takes for a sentence end ("Insp. Houlahan said"), the
# entity lists' abbreviated titles among them ("After criticizing CNN, Pres." / "Trump
# declines ...", a quote opening '"Sen.'), but not "St.", which may be a street's ("on E.
# 52nd St." / "She said ...")
_TITLE_CUT = re.compile(
    r"(?:^|[\s(\"“])(?:Cllr|Cmdt|Cong|Ft|Mt|Pt|Govs|"
    + "|".join(sorted(TITLE_ABBREVIATIONS - {"St"}))
    + r")\.$"
    # a title after "then-" or "ex-": "the help of then-Gov." / "Terry McAuliffe"
    r"|(?:^|\s)[a-z]+-(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.$"
)
# a name's suffix before a word that goes on with the name: "Martin Luther King Jr." / "Day in
# January"; not before a sentence's opening word ("... King Jr." / "He was a leader.")
_SUFFIX_CUT = re.compile(r"\b(?:Jr|Sr)\.$")
# a full stop with no space after it, between two words: "... in the bank.Trump's campaign"
# (also after a year, "of 2019.The South Bend ...", and before "O’Rourke")
# (and after a closing quote mark: "... He’s the master of that.”In recent history, ...")
_GLUED = re.compile(
    r"(?:(?<=[a-z0-9][a-z0-9][.!?])|(?<=[a-z0-9][.!?]”))(?=[A-Z](?:[a-z]|['’][A-Z]))"
)
# a clock time's "a.m."/"p.m." that pysbd takes for a sentence end before its time zone
# ("10:25 p.m." / "PT.", "5 p.m." / "ET: Judge ...")
_CLOCK_CUT = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
# what goes on from a clock time: its time zone, or its day ("at 10 a.m." / "Friday; ...")
_AFTER_A_CLOCK = re.compile(
    r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AEST|AEDT|JST|IST)\b"
    r"|(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"|today|tomorrow)\b"
)
# a comma never ends a sentence, inside quote marks neither ("... 'overdue,' " Blumenthal said.)
_COMMA_END = re.compile(r",[\s'’\"”]*$")
# a party and state, or a company's or a name's suffix, that pysbd takes for a sentence end
# before words that go on with it ("Sen. Richard Blumenthal, D-Conn. said", "Acme Inc. said",
# "president of Roman & Assoc. in Lynbrook")
_ABBREVIATION_END = re.compile(
    r"(?:\b[DRI][-–][A-Z][A-Za-z.]{0,7}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Assoc|Assn))\.$"
)


# a number opening a piece as a list item's does ("20. Immediately ...")
_LIST_NUMBER = re.compile(r"(\d{1,4}\.)\s+(?=\S)")
# a sentence cut off after a word, with no mark that ends a sentence
_ENDS_IN_A_WORD = re.compile(r"\w$")


def _left_open(sentence: str, closers: str, paragraph: str = "") -> bool:
    """Whether ``sentence`` leaves open what ``closers`` close: a curly mark closes
    whatever comes before it; a straight '"' closes a curly one left open, or an odd
    count of straight ones; a straight "'" only an odd count of them (two "'" typed
    for a "’’" count as one curly mark); a bracket only one opened and not closed
    (' " We will rebuild' opens a quote). ``paragraph`` is the paragraph up to the
    cut: a curly quote closed straight may have opened sentences before."""
    straight = closers.strip().replace("''", "’")  # '' is ’’ typed in ASCII
    for mark in straight:
        so_far = paragraph or sentence  # a curly quote may open sentences before
        if mark == '"' and so_far.count("“") > so_far.count("”"):
            continue  # 'as a “sign of the pope’s proximity."': a curly quote closed straight
        if mark in "\"'" and sentence.count(mark) % 2 == 0:
            return False
        if mark in _PAIRS and sentence.count(_PAIRS[mark]) <= sentence.count(mark):
            return False
    return True


_LINE = re.compile(r"\n")


_DOTS = re.compile(r"[.…]{3,}")
# a transcript's speaker label in capitals, maybe with a role, and a colon
_SPEAKER_LABEL = re.compile(rf"{TRANSCRIPT_LABEL}(?:,\s*{TRANSCRIPT_ROLE})?:")
_OPENERS_ONLY = re.compile(r"[“‘]+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences, each with its offsets and paragraph.

    Paragraphs are blocks separated by a blank line (lines, in a text without
    blank lines); a sentence never spans two of them.

    >>> [s.text for s in split_sentences("It sank. Nobody died.\\n\\nA second paragraph.")]
    ['It sank.', 'Nobody died.', 'A second paragraph.']
    >>> [s.paragraph for s in split_sentences("It sank. Nobody died.\\n\\nA second paragraph.")]
    [0, 0, 1]
    """
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    out: list[Sentence] = []
    para_start = 0
    for para_index, block in enumerate(_paragraphs(text)):
        para_start, para_text = block
        if _SPEAKER_LABEL.fullmatch(para_text.strip()):
            continue  # a transcript's speaker alone on a line ("RACHEL MARTIN, HOST:"): no sentence
        cursor = 0
        held: int | None = None  # an ellipsis or an opening mark, for the next sentence
        for span in segmenter.segment(para_text):
            # pysbd's spans are right for distinct sentences; repeated ones can
            # point at the first occurrence, so look for the text from the cursor.
            piece = span.sent.strip()
            if not piece:
                continue
            found = para_text.find(piece, cursor)
            if found < 0:
                continue
            start = para_start + found
            cursor = found + len(piece)
            if _DOTS.fullmatch(piece):
                # an ellipsis on its own ("He left. ... Then he came back.", a tweet's
                # "....Our policy"): it opens the next sentence on its line, or ends the
                # paragraph's last; on a line of its own it is no sentence
                held = start if held is None else held
                continue
            if held is not None and "\n" not in text[held:start]:
                piece, start = text[held : start + len(piece)], held
            held = None
            if _OPENERS_ONLY.fullmatch(piece):
                held = start  # a quote mark cut off the sentence it opens: '“' / 'With ...'
                continue
            if (
                not any(ch.isalnum() for ch in piece)
                and out
                and out[-1].paragraph == para_index
                and "\n" not in text[out[-1].end : start]
            ):
                # a closing mark, a second full stop or an emoji pysbd cut off on its own
                # ('... on Article I.' / '"', '... multiple ballots.' / '.'): no sentence
                out[-1] = _extended(out[-1], start + len(piece), text)
                continue
            if out and out[-1].paragraph == para_index:
                # closing marks cut off their sentence ("... Russia." / "’’ He left."): pysbd
                # does so after a nested quote; they end the sentence before
                closers = _LEADING_CLOSERS.match(piece)
                if closers is not None and _left_open(
                    out[-1].text, closers.group(), para_text[:found]
                ):
                    out[-1] = _extended(out[-1], start + len(closers.group().rstrip()), text)
                    piece = piece[closers.end() :]
                    start += closers.end()
                    if not piece:
                        continue
                turned = _TURNED_CLOSER.match(piece)
                if (
                    turned is not None
                    and out[-1].text.endswith(("?", "!"))
                    and _attributes(piece[turned.end() :])
                ):
                    out[-1] = _extended(out[-1], start + 1, text)
                    piece = piece[turned.end() :]
                    start += turned.end()
                numbered = _LIST_NUMBER.match(piece)
                if (
                    numbered is not None
                    and _ENDS_IN_A_WORD.search(out[-1].text)
                    and "\n" not in text[out[-1].end : start]
                ):
                    # "... on July" / "20. Immediately after ...": pysbd reads a date's
                    # day before another date's ("of July 21.") as a numbered list
                    out[-1] = _extended(out[-1], start + numbered.end(1), text)
                    start += numbered.end()
                    piece = piece[numbered.end() :]
                if (
                    (_TITLE_CUT.search(out[-1].text) and piece[:1].isupper())
                    or (_SUFFIX_CUT.search(out[-1].text) and _goes_on_with_a_name(piece))
                    or (_CLOCK_CUT.search(out[-1].text) and _AFTER_A_CLOCK.match(piece))
                    or _continues(out[-1].text, piece)
                ):
                    # "... said Insp." / "Houlahan ...": a title pysbd does not know;
                    # "at 10:25 p.m." / "PT.": a time and its zone (up to the next full
                    # stop with no space after it: "(R) has gone so far.Trump's pick ...")
                    glued = _unglued(piece, start)
                    out[-1] = _extended(out[-1], glued[0][0] + len(glued[0][1]), text)
                    piece, start = piece[len(glued[0][1]) :], glued[0][0] + len(glued[0][1])
                    if not piece:
                        continue
            if out and out[-1].paragraph == para_index and _HASHTAGS.fullmatch(piece):
                out[-1] = _extended(out[-1], start + len(piece), text)  # "... of it. #StopTheBans"
                continue
            for at, part in _unglued(piece, start):
                out.append(
                    Sentence(
                        index=len(out),
                        start=at,
                        end=at + len(part),
                        text=part,
                        paragraph=para_index,
                    )
                )
        if held is not None and out and out[-1].paragraph == para_index:
            out[-1] = _extended(out[-1], para_start + len(para_text.rstrip()), text)
    return tuple(out)


def _goes_on_with_a_name(piece: str) -> bool:
    """Whether ``piece``, cut after "Jr." or "Sr.", goes on with the name: its
    possessive ("’s meeting"), or a capitalised word that opens no sentence, then a
    lower-case one ("Day in January")."""
    if piece.startswith(("’s ", "'s ")):
        return True
    words = piece.split(maxsplit=2)
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].strip(",.") not in STOP_STARTERS
        and not words[0].endswith(("’s", "'s"))  # "King Jr." / "Vivian's protests landed"
        and words[1][:1].islower()
    )


def _unglued(piece: str, start: int) -> list[tuple[int, str]]:
    """``piece`` (at ``start``) cut where a full stop has no space after it ("... in the
    bank.Trump's campaign ..."), never inside a link or an address, and after "D.C.",
    "U.S.", "U.K.", "Jr." or "Sr." before a sentence's opening word, or a quote opening
    with one ("... in Washington, D.C. There are ...", "... King Jr. Vivian's protests
    ...", "... back from Europe to D.C. “I just imagined ...") that pysbd reads as
    abbreviations."""
    cuts = [
        m.start()
        for m in _GLUED.finditer(piece)
        if not _LINKISH.search(piece[piece.rfind(" ", 0, m.start()) + 1 : m.start() + 8])
    ]
    # (never inside a quote, which pysbd keeps whole with its speaker: '“... who
    # represented the U.S. Now we have ...!” Mr. Trump tweeted.')
    cuts += [
        m.end() for m in _ABBREVIATION_STOP.finditer(piece) if not _open_quote(piece[: m.end()])
    ]
    cuts += [m.end() for m in _LETTER_STOP.finditer(piece)]
    cuts += [
        m.end()
        for m in _QUOTE_OPENS.finditer(piece)
        if piece[: m.start()].rsplit(None, 1)[-1].strip('”".!?').lower() not in _TITLES_LOWER
    ]
    if not cuts:
        lead = len(piece) - len(piece.lstrip())
        return [(start + lead, piece.strip())]
    bounds = [0, *sorted(cuts), len(piece)]
    out = []
    for a, b in itertools.pairwise(bounds):
        part = piece[a:b]
        lead = len(part) - len(part.lstrip())
        out.append((start + a + lead, part.strip()))
    return out


def _open_quote(before: str) -> bool:
    """Whether a quote opened in ``before`` is still open at its end: an odd number of
    double marks, curly or straight (a text may open with one and close with the other)."""
    return (before.count("“") + before.count("”") + before.count('"')) % 2 == 1


# a US state as AP style and party tags abbreviate it ("Calif.", "N.C.", "W.Va.")
_STATE_ABBREVIATION = (
    r"(?:N\.[CYHJDM]|S\.[CD]|W\.Va|R\.I|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind"
    r"|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo)"
)
# "D.C.", "Jr.", "Sr." or a state's abbreviation ending a sentence: a sentence's opening
# word, a possessive or a participle after it
_ABBREVIATION_STOP = re.compile(
    r"\b(?:U\.[SK]\.(?= [“\"]?(?:The|He|She|They|It|We|I|This|That|These|Those|There|By|But"
    r"|And|In|On|At|For|If|When|While|As|After|Before|Since|So|Yet|Still|Now|Then|Meanwhile"
    r"|However|Its|Their|His|Her|Our|Some|Many|Most)\b)"
    # a state's abbreviation after a place or in a party tag: "Cary, N.C.", "D-N.Y."
    r"|(?:D\.C|Jr|Sr|(?:(?<=, )|(?<=[DRI]-))"
    + _STATE_ABBREVIATION
    + r")\.(?= [“\"]?(?:(?:"
    + "|".join(sorted(w for w in STOP_STARTERS if w[:1].isupper() and w.isalpha()))
    # or a participle opening a clause ("in Cary, N.C. Finding fuel was tough")
    + r")\b|[A-Z][a-z]+['’]s\b|[A-Z][a-z]{3,}ing\b)))"
)


# a programme's or a plan's letter ending a sentence before the next one's opening word:
# "... through Medicare Part D. But on that front, ..."
_LETTER_STOP = re.compile(
    r"\b(?:Part|Plan|Schedule|Title|Type|Class|Appendix|Exhibit|Vitamin|Hepatitis|Group)"
    r" [A-Z]\.(?= [“\"]?(?:But|However|The|This|That|These|Those|It|He|She|They|We|And|So"
    r"|Yet|Meanwhile|In|On|At|For|If|When|While|Still|Now|Then)\b)"
)


# a quote opening the next sentence after a full stop, which pysbd leaves inside the
# sentence before when the text mixes straight and curly marks ('... in Manhattan,"
# Dermot continued. “But then ...', '... "should review the matter." "I hope ...')
_QUOTE_OPENS = re.compile(
    r"(?:(?<=[A-Za-z0-9][a-z0-9][.!?])|(?<=[a-z0-9][.!?][”\"]))\s+(?=[“\"][A-Z])"
)
_TITLES_LOWER = frozenset(t.lower() for t in TITLE_ABBREVIATIONS)


_HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")
_LINKISH = re.compile(r"[/@]|www|\.(?:com|org|net|gov|edu|co|uk)\b", re.IGNORECASE)


def _continues(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on with the sentence ``before`` that pysbd cut it from.

    It does when it opens with a comma, semicolon, colon or dash, or with a party
    tag in brackets after a full stop ("Maine Sen." / "(R) has ..."), when ``before``
    ends with a comma (inside closing quote marks too), when it opens in lower
    case (or with a quote mark and a word in lower case) after a short capitalised
    abbreviation ("D-Conn." / "said ..."), or
    when ``before`` is a quote closed after a question, an exclamation or no
    stop at all and ``piece`` opens with its speaker and a reporting verb.
    """
    return (
        _SOURCE_TAG.fullmatch(before) is not None  # "(CNN)" / "Alabama sent the bill ..."
        # a Reuters instrument code after a spaced full stop: "healthcare index ." /
        # "SPXHC, a broad gauge ..."
        or (before.endswith(" .") and _CODE_OPENING.match(piece) is not None)
        or piece[:1] in ",;:—–"  # "HARTFORD, Conn." / "— Richard Blumenthal said"
        or piece.startswith("--")  # "Rep. Elissa Slotkin, D-Mich." / "-- who flipped ..."
        # "all Prop." / "64-related expungements", '"No.' / "1, Ukraine received the aid."
        or (piece[:1].isdigit() and _NUMBER_ABBREVIATION.search(before) is not None)
        or (_PARTY_OPENING.match(piece) is not None and before.endswith("."))  # "Sen." / "(R)"
        or _COMMA_END.search(before) is not None
        # lower case after an abbreviation, a quote mark before it or not: "D-Conn." /
        # "said ...", 'the Times reports that Trump Jr.' / '"was promised ..."'
        or (
            (piece[1:] if piece[:1] in "\"“‘'" else piece)[:1].islower()
            and _ABBREVIATION_END.search(before) is not None
        )
        or (
            before.lstrip()[:1] in "\"“‘'"  # the sentence is the quote, its speaker after it
            and _CLOSED_END.search(before) is not None
            and _attributes(piece)
        )
    )


_CODE_OPENING = re.compile(r"[A-Z][A-Z0-9]{1,9}(?:\.[A-Z]{1,2})?(?=[,;)\s])")
# words shortened before a number: "Prop. 64", "No. 1", "Art. 5", "Vol. 2", "Sec. 3"
_NUMBER_ABBREVIATION = re.compile(r"(?:^|[\s\"“‘'(])(?:Prop|No|Nos|Art|Vol|Fig|Sec|Ch|Para)\.$")
# a party tag in brackets opening a piece: "Maine Sen." / "(R) has gone so far as to say"
_PARTY_OPENING = re.compile(r"\((?:[DRI]|[DRI][-–][A-Z][\w.]*)\)\s")
# an outlet's tag opening a paragraph, a dateline without its place: "(CNN)", "(Reuters) -"
_SOURCE_TAG = re.compile(r"\((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,2}\)\s*[-—–]?")
# a quoted question or exclamation, or a quote with no stop or comma before its closing
# mark: '... after the new year?”', '"... in the United Kingdom" May said.'
# (a space before the mark too, as a tweet's hashtag leaves it: '... # SaintPetersburg "')
_CLOSED_END = re.compile(r"[?!\w] ?[\"”’'“]\s*$")  # "“" too, which closes after "?" or "!"
# a name in front of its verb: "Gen. Charles Brown told", "Brown asked", "Democratic Sen.
# Dave Hansen of Green Bay said"
_NAME_THEN_VERB = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\.?|[A-Z]\.)\s+){1,5}(?:of (?:[A-Z][\w'’.-]*\s+){1,3})?([a-z]+)\b"
)


def _attributes(piece: str) -> bool:
    """Whether ``piece`` opens with a name and a reporting verb, the attribution of the
    quoted question before it ('"... the new year?" Gen. Charles Brown told reporters')."""
    m = _NAME_THEN_VERB.match(piece)
    return m is not None and m[1] in _CUE_VERBS


def _extended(sentence: Sentence, end: int, text: str) -> Sentence:
    """``sentence`` running on to ``end`` in ``text``."""
    return Sentence(
        index=sentence.index,
        start=sentence.start,
        end=end,
        text=text[sentence.start : end],
        paragraph=sentence.paragraph,
    )


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Blocks between blank lines; lines, when the text has no blank line at all.

    Text files separate paragraphs by a blank line (and may wrap lines inside
    one); HTML extraction gives one paragraph per line.
    """
    blocks: list[tuple[int, str]] = []
    pos = 0
    separator = _PARAGRAPH if _PARAGRAPH.search(text) else _LINE
    for match in separator.finditer(text):
        if text[pos : match.start()].strip():
            blocks.append((pos, text[pos : match.start()]))
        pos = match.end()
    if text[pos:].strip():
        blocks.append((pos, text[pos:]))
    return blocks


def words(text: str, offset: int = 0) -> tuple[Word, ...]:
    """Words and punctuation marks of ``text``, offsets shifted by ``offset``.

    >>> [w.text for w in words("Around 3,000 people didn't leave.")]
    ['Around', '3,000', 'people', "didn't", 'leave', '.']
    """
    return tuple(
        Word(text=m.group(), start=offset + m.start(), end=offset + m.end())
        for m in _WORD.finditer(text)
    )
