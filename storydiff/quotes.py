"""Direct and partial quotes with speaker attribution, for English news text.

The extractor is rule based. It works one paragraph (line) at a time:

1. **Quote marks.** Curly (“ ”) and straight (") double marks are told apart
   by their context (an opening mark follows a space or the start of the line and
   precedes a word), so a stray curly mark in the wrong direction and nested
   double marks are handled. Single marks (‘ ’) are quote marks only in a
   headline-like line; elsewhere they are apostrophes or quotes nested inside a
   quote, which stay part of the outer quote. A quote left open at the end of a
   paragraph whose next paragraph opens with a quote mark continues there (the
   news convention); each paragraph's piece is its own :class:`Quote` and all
   pieces share one speaker.
2. **What is not a quote.** Rules, in order:

   * a phrase after *so-called* is a scare quote;
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
4. **Speakers** are normalised within the article: titles are stripped
   ("Police Commissioner Dana Oduya" -> "Dana Oduya"), a surname or "Ms Oduya"
   maps to the full name, "the commissioner" maps to the person the text
   introduced with that role, and he/she resolve to the nearest earlier person
   whose known gender (from Mr/Ms, gendered nouns or earlier pronouns) does not
   clash, preferring sentence subjects. They/it resolve to the nearest group or
   organisation. Anonymous sources ("a police spokesperson") keep
   ``speaker=""`` and the mention in ``speaker_text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storydiff.models import Quote, QuoteKind

__all__ = ["extract_quotes"]


def _words(words: str) -> frozenset[str]:
    """A word list written as one white-space separated string."""
    return frozenset(words.split())


# ---------------------------------------------------------------------------
# word lists

_CUE_VERBS = _words("""
    said say says saying told tell tells telling added adds adding warned warns
    insisted insists admitted admits explained explains wrote writes write writing
    tweeted tweets stated states argued argues noted notes asked asks replied
    replies responded responds continued continues recalled recalls claimed claims
    declared declares announced announces acknowledged acknowledges conceded concedes
    complained complains predicted predicts suggested suggests urged urges joked
    jokes quipped quips observed observes remarked remarks emphasized emphasised
    emphasizes emphasises stressed stresses estimated estimates reported reports
    posted posts shouted shouts yelled yells cried exclaimed boasted boasts vowed
    vows promised promises pledged pledges countered counters retorted mused
    lamented laments cautioned cautions testified concluded concludes agreed agrees
    charged charges alleged alleges contended contends maintained maintains
    confirmed confirms denied denies described describes wondered wonders
    explained demanded demands declared wrote chanted sang thundered fumed
    blasted slammed mocked echoed echoes repeated repeats reiterated reiterates
    acknowledged texted emailed messaged snapped sighed whispered murmured
    muttered scoffed recounted recounts summed advised advises assured assures
    proclaimed proclaims opined predicted tells added counseled counselled
    read reads answered answers riffed interjected called calls calling described
    describes describing referred referring labeled labelled branded accused accuses
    accusing praised criticized criticised attacked proposed adding saying noting
    arguing writing telling warning insisting explaining asking declaring claiming
    suggesting urging tweeting acknowledging conceding promising vowing
    """)
_PARTICIPLES = _words("""
    saying adding noting arguing writing telling warning insisting explaining asking
    declaring claiming suggesting urging tweeting acknowledging conceding promising
    vowing calling describing referring accusing
    """)
_OPENERS = _words("""
    in on at after before during while when as although though if because since
    despite amid following asked speaking with without under over from by for
    unlike like according given once until
    """)
_PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "x",
}
_DETERMINERS = _words(
    "a an the another one some many several two three four his her its their our this "
    "that these those every each"
)
_GROUP_NOUNS = _words("""
    officials police sources critics analysts experts residents aides supporters
    officers investigators witnesses organisers organizers observers economists
    scientists campaigners activists protesters protestors opponents advocates
    democrats republicans voters lawyers doctors teachers workers unions leaders
    authorities prosecutors researchers insiders staff staffers people others
    """)
_ORG_WORDS = _words("""
    ministry department authority office association union council party committee
    police service systems lines ferries inc corp corporation company group post
    times news commission agency university court board bank institute foundation
    center centre network press wire club federation campaign administration
    government senate house congress museum hospital school church airlines ltd llc
    reuters cnn fox nbc abc cbs msnbc pac organization organisation coalition league
    fund trust alliance society chamber assembly parliament cabinet embassy army navy
    force forces guard coastguard tribunal team journal magazine gazette herald
    ledger courier tribune network channel bureau fbi cia nato gop dnc rnc clinic
    """)
_TITLES = _words("""
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend president vice
    prime minister secretary senator sen rep representative gov governor mayor
    commissioner commander inspector chief director chairman chairwoman chair judge
    justice general gen attorney detective sergeant sgt officer captain capt lt col
    colonel major speaker leader spokesman spokeswoman spokesperson police coastguard
    finance foreign interior health transport defence defense state deputy acting
    former first pope king queen prince princess ambassador candidate nominee
    congressman congresswoman councillor councilman councilwoman executive ceo
    chancellor rabbi father bishop archbishop sheriff superintendent constable
    hydrologist economist analyst professor coach manager chairperson premier
    treasurer auditor auditor-general admiral lieutenant corporal private trooper
    democrat republican gop sens reps govs mssrs messrs
    """)
_STOP_CAPS = _words("""
    the a an but and or in on at for it he she they we i this that these those there
    here when while after before as if so yet still now then also however meanwhile
    last next his her their our its my your what why how who where which one some
    many more most no not all both each every other such than to of by from with
    without about above under over into through during until since because though
    although even just only instead indeed later earlier today tonight yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    according asked speaking despite like unlike among between against within
    mrs mr ms dr st yes sadly asked okay ok oh well please along another based
    meanwhile instead perhaps maybe
    """)
_CONNECTORS = _words("of for de van von der den da di du la le al bin del y & and")
_ADVERBS = _words("""
    also later then again previously once recently earlier has had have was were is
    are would will could had has just further quickly simply bluntly flatly repeatedly
    often frequently reportedly publicly privately initially finally still never
    """)
_TITLE_CUES = _words("""
    film movie book novel song album show series play poem painting paintings report
    titled entitled called dubbed named nicknamed headlined documentary article column
    essay memoir opera musical sketch exhibition hashtag slogan podcast program
    programme episode anthem single track ep study work works paper
    """)
_LOWER_TITLE_WORDS = _words("a an the and or but of for to in on at by with from as nor vs via")
_FEMALE_NOUNS = _words("""
    ms mrs miss woman mother spokeswoman chairwoman congresswoman businesswoman wife
    daughter sister grandmother girl lady queen princess councilwoman actress widow
    """)
_MALE_NOUNS = _words("""
    mr man father spokesman chairman congressman businessman husband son brother
    grandfather boy king prince councilman actor widower
    """)
_ABBREVIATIONS = _words(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt jr sr no prof rev mt ft vs etc inc "
    "corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k d.c"
)
_TOLD_STOP = _words("""
    outside at on in during after before from with while when as that about of
    """)

_FUNCTION_WORDS = _words("""
    and or but nor that which who whom whose to of in on at by for with from as than
    then so if when while because about into over after before me him her us them you
    not no also just even only there here what it is was be been being
    """)
_ROLE_SUFFIXES = ("eer", "ist", "ician", "ologist", "keeper", "smith")

_DOUBLE = '"“”„‟'
_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?]+")


# ---------------------------------------------------------------------------
# small records used inside one call


@dataclass(slots=True)
class _Span:
    """A quoted stretch of one paragraph (marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, -1 when the piece continues a quote
    close_mark: int  # offset of the closing mark, -1 when left open
    line: int
    headline: bool = False
    continues: int = -1  # index of the piece this one continues


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    kind: str  # "person" | "org" | "nominal" | "pronoun"
    name: str = ""


@dataclass(slots=True)
class _Attribution:
    mention: _Mention | None
    cue: str
    strength: int  # 2 = verb attached to the quote, 1 = sentence context, 0 = inherited


@dataclass(slots=True)
class _Doc:
    text: str
    lines: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    spans: list[_Span]
    mentions: list[_Mention]  # named mentions outside quotes, in text order
    roles: list[tuple[int, str, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# quote marks


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _mark_role(line: str, i: int) -> str:
    """Return "open", "close" or "" for the double mark at ``line[i]``."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    prev_open = _is_space(prev) or prev in "([{—–-/:"
    next_open = nxt != "" and not nxt.isspace()
    if ch in "“„‟":
        if not prev_open and (_is_space(nxt) or nxt in ",.;:!?)"):
            return "close"
        return "open"
    if ch == "”":
        if prev_open and next_open and (nxt.isalnum() or nxt in "‘'"):
            return "open"
        return "close"
    # straight mark: decide from the context
    if prev_open and next_open:
        return "open"
    if not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum()):
        return "close"
    return ""


def _single_role(line: str, i: int) -> str:
    """Role of a single mark in a headline-like line (apostrophes give "")."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if ch in "‘'" and (_is_space(prev) or prev in "([{—–-:") and nxt.isalnum():
        return "open"
    if ch in "’'" and prev != "" and not prev.isspace() and not nxt.isalnum():
        return "close"
    return ""


def _line_spans(line: str, base: int, index: int, headline: bool) -> tuple[list[_Span], bool]:
    """Quoted stretches of one line; the flag says the last one is left open."""
    spans: list[_Span] = []
    depth = 0
    start = -1
    for i, ch in enumerate(line):
        if ch not in _DOUBLE:
            continue
        role = _mark_role(line, i)
        if role == "":
            role = "close" if depth else "open"
        if role == "open":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append(_Span(base + start + 1, base + i, base + start, base + i, index))
    left_open = depth > 0
    if left_open:
        spans.append(_Span(base + start + 1, base + len(line), base + start, -1, index))
    if headline and not spans:
        start = -1
        for i, ch in enumerate(line):
            if ch not in "‘’'":
                continue
            role = _single_role(line, i)
            if role == "open" and start < 0:
                start = i
            elif role == "close" and start >= 0:
                spans.append(_Span(base + start + 1, base + i, base + start, base + i, index, True))
                start = -1
    return spans, left_open


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces and a trailing comma that stands in for a stop."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–"):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# sentences


def _sentences(
    text: str, lines: list[tuple[int, int]], spans: list[_Span]
) -> list[tuple[int, int]]:
    """Sentence spans; sentence ends inside quotes do not split."""
    inside = bytearray(len(text))
    for sp in spans:
        lo = sp.open_mark if sp.open_mark >= 0 else sp.start
        hi = sp.close_mark if sp.close_mark >= 0 else sp.end
        inside[lo : hi + 1] = b"\x01" * (hi + 1 - lo)
    out: list[tuple[int, int]] = []
    for lo, hi in lines:
        start = lo
        for m in _SENT_END.finditer(text, lo, hi):
            if inside[m.start()]:
                continue
            j = m.end()
            while j < hi and text[j] in _DOUBLE + "’)":
                j += 1
            if j < hi and not text[j].isspace():
                continue
            k = j
            while k < hi and text[k].isspace():
                k += 1
            if k < hi and not (text[k].isupper() or text[k].isdigit() or text[k] in _DOUBLE + "‘("):
                continue
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            if m.group() == "." and word:
                w = word.group(1).lower()
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
            out.append((start, j))
            start = k
        if start < hi:
            out.append((start, hi))
    return out


# also stop at a closing mark that ends a quoted sentence, when it is not followed by an
# attribution: handled by the callers through the quote spans.


# ---------------------------------------------------------------------------
# tokens and mentions


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def _bare(word: str) -> str:
    """Lower-case word without a possessive ending."""
    w = word.lower()
    for suffix in ("’s", "'s"):
        if w.endswith(suffix):
            return w[: -len(suffix)]
    return w.rstrip("’'")


def _is_name_tok(tok: _Tok) -> bool:
    if not tok.cap or not tok.text[0].isalpha():
        return False
    return _bare(tok.text) not in _STOP_CAPS


def _strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and roles: keep the trailing run of non-title words."""
    out: list[str] = []
    for w in reversed(words):
        if _bare(w).rstrip(".") in _TITLES:
            break
        out.append(w)
    out.reverse()
    while out and out[0].lower() in _CONNECTORS:
        out.pop(0)
    return out


def _clean_name(words: list[str]) -> str:
    words = [w for w in words if w != "."]
    if words:
        last = words[-1]
        for suffix in ("’s", "'s"):
            if last.endswith(suffix):
                words[-1] = last[: -len(suffix)]
        words[-1] = words[-1].rstrip("’'")
    return " ".join(words)


def _is_org(words: list[str]) -> bool:
    if any(_bare(w) in _ORG_WORDS for w in words):
        return True
    return len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5


def _name_run(toks: list[_Tok], i: int) -> int:
    """End index (exclusive) of the capitalised run starting at ``toks[i]``."""
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if (t.cap and t.text[0].isalpha()) or (
            t.text == "." and len(toks[j - 1].text) <= 3 and toks[j - 1].cap
        ):
            j += 1
        elif (
            t.low in _CONNECTORS
            and t.low not in {"and", "&"}
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and toks[j + 1].text[0].isalpha()
        ):
            j += 2
        else:
            break
    return j


def _make_mention(text: str, toks: list[_Tok], i: int, j: int) -> _Mention | None:
    """A named mention from ``toks[i:j]`` (a capitalised run), or ``None``."""
    while i < j and (_bare(toks[i].text) in _STOP_CAPS or toks[i].text == "."):
        i += 1
    while j > i and (toks[j - 1].low in _CONNECTORS or toks[j - 1].text == "."):
        j -= 1
    if i >= j:
        return None
    words = [t.text for t in toks[i:j]]
    of = next((n for n, w in enumerate(words) if w.lower() in {"of", "from", "at"}), -1)
    if of > 0:
        head = words[:of]
        if not _is_org(head) and _strip_titles(head):
            # "Ruth Anand of Northgate University": the person, not the university
            j = i + of
            words = head
    start, end = toks[i].start, toks[j - 1].end
    surface = text[start:end]
    core = _strip_titles(words)
    titled = 0 < len(core) < len(words) and not _is_org(core)
    if _is_org(words) and not titled:
        low = [w.lower() for w in words]
        if low[0] == "the":
            words = words[1:]
        return _Mention(start, end, surface, "org", _clean_name(words))
    if not core:
        head = _bare(words[-1])
        return _Mention(start, end, surface, "nominal", head)
    if all(w.isupper() and len(w) > 2 for w in core):
        return None  # a dateline or a shouted word
    return _Mention(start, end, surface, "person", _clean_name(core))


def _scan_mentions(doc: _Doc) -> None:
    """Register named mentions outside quotes, roles and gender hints."""
    text = doc.text
    inside = bytearray(len(text))
    for sp in doc.spans:
        inside[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    lower_words = {w for w in _WORD.findall(text) if w.islower()}
    cap_mid: set[str] = set()
    for lo, hi in doc.sentences:
        toks = _tokens(text, lo, hi)
        first = next((n for n, t in enumerate(toks) if t.text[0].isalnum()), -1)
        cap_mid.update(_bare(t.text) for t in toks[first + 1 :] if t.cap)
    lower_words -= cap_mid
    for lo, hi in doc.sentences:
        toks = [t for t in _tokens(text, lo, hi) if not inside[t.start]]
        first = next((n for n, t in enumerate(toks) if t.text[0].isalnum()), -1)
        i = 0
        while i < len(toks):
            if not _is_name_tok(toks[i]) and not (
                toks[i].cap and _bare(toks[i].text) in {"mr", "mrs", "ms", "dr"}
            ):
                i += 1
                continue
            j = _name_run(toks, i)
            if i == first and _common_word(toks[i], j - i, lower_words, cap_mid):
                # a capitalised common word opening the sentence: "Crews from Lisk",
                # "Engineer Sara Lindt"
                i += 1
                if i >= j:
                    continue
            m = _make_mention(text, toks, i, j)
            possessive = _bare(toks[j - 1].text) != toks[j - 1].low.rstrip("’'")
            if (
                m is not None
                and m.kind != "nominal"
                and not possessive
                and not _is_modifier(toks, j)
            ):
                doc.mentions.append(m)
                if m.kind == "person":
                    _register_person(doc, toks, i, j, m)
            i = j


def _common_word(tok: _Tok, run: int, lower_words: set[str], cap_mid: set[str]) -> bool:
    """Whether a sentence-initial capitalised word is a common noun, not a name."""
    low = _bare(tok.text)
    if low in _ORG_WORDS or low in _TITLES:
        return False
    if run == 1:
        # a name is capitalised wherever it appears: one never seen capitalised
        # inside a sentence is taken for a common word
        return (
            low in lower_words
            or low in _GROUP_NOUNS
            or (low.endswith(("ing", "ed", "ly")) and low not in cap_mid)
        )
    return run >= 3 and (low in lower_words or low.endswith(_ROLE_SUFFIXES))


def _is_modifier(toks: list[_Tok], j: int) -> bool:
    """A name run that only modifies a role before another name ("Port Ella mayor Joanna Brill")."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in _FUNCTION_WORDS or _is_cue(toks[k]) or toks[k].low in _DETERMINERS:
            return False
        k += 1
    return k > j and k < len(toks) and _is_name_tok(toks[k])


def _register_person(doc: _Doc, toks: list[_Tok], i: int, j: int, m: _Mention) -> None:
    words = m.name.split()
    if len(words) >= 2:
        doc.surnames.setdefault(words[-1].lower(), []).append((m.start, m.name))
    run = [_bare(t.text).rstrip(".") for t in toks[i:j]]
    # roles written before the name: "Police Commissioner Dana Oduya", "harbourmaster Tomas Rell"
    before: list[str] = []
    b = i - 1
    while b >= 0 and i - b <= 2 and toks[b].text.isalpha() and toks[b].text.islower():
        if toks[b].low in _FUNCTION_WORDS or toks[b].low in _DETERMINERS or _is_cue(toks[b]):
            break
        before.append(toks[b].low)
        b -= 1
    roles = [w for w in run if w in _TITLES] + before
    # an appositive after the name: "Noor Castellan, the union's general secretary,"
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        app: list[str] = []
        while k < len(toks) and toks[k].text not in {",", ".", ";", ":"} and len(app) < 8:
            app.append(_bare(toks[k].text))
            k += 1
        if app and app[0] in _DETERMINERS:
            roles.extend(w for w in app if w.isalpha() and w not in _CONNECTORS)
    name = m.name if len(words) >= 2 else _resolve_surname(doc, m.name, m.start)
    for r in roles:
        doc.roles.append((m.start, r, name))
        if r in _FEMALE_NOUNS:
            doc.gender.setdefault(name, "f")
        elif r in _MALE_NOUNS:
            doc.gender.setdefault(name, "m")


def _resolve_surname(doc: _Doc, word: str, pos: int) -> str:
    """Full name for a lone surname: the nearest earlier full name, else the first later."""
    cands = doc.surnames.get(word.lower())
    if not cands:
        return word
    earlier = [c for c in cands if c[0] <= pos]
    return earlier[-1][1] if earlier else cands[0][1]


def _canonical(doc: _Doc, m: _Mention) -> str:
    """Canonical speaker name for a mention (pronouns are resolved by the caller)."""
    if m.kind == "person":
        words = m.name.split()
        if len(words) == 1:
            return _resolve_surname(doc, words[0], m.start)
        return m.name
    if m.kind == "org":
        return m.name
    if m.kind == "nominal":
        return _resolve_nominal(doc, m)
    return ""


def _resolve_nominal(doc: _Doc, m: _Mention) -> str:
    """Name behind "the commissioner", "the ministry"; "" for anonymous sources."""
    words = [_bare(w) for w in _TOKEN.findall(m.text) if w[0].isalnum()]
    if not words or (words[0] not in {"the", "this"} and len(words) > 1):
        return ""
    head = words[-1]
    if head in _ORG_WORDS:
        for other in reversed(doc.mentions):
            if other.kind == "org" and head in {_bare(w) for w in other.name.split()}:
                return other.name
        return ""
    best = ""
    for pos, role, name in doc.roles:
        if role == head and pos <= m.start:
            best = name
    if not best:
        for _, role, name in doc.roles:
            if role == head:
                return name
    return best


# ---------------------------------------------------------------------------
# speaker parsing around a reporting verb


def _is_cue(tok: _Tok, prev: _Tok | None = None) -> bool:
    """A reporting verb: lower case, and not a noun after a determiner ("his remarks")."""
    if tok.low not in _CUE_VERBS or not tok.text.islower():
        return False
    if prev is None:
        return True
    return (
        prev.low not in _DETERMINERS
        and _bare(prev.text) == prev.low.rstrip("’'")
        and not (prev.text.islower() and prev.low.endswith("ive"))
    )


def _cue_phrase(text: str, toks: list[_Tok], k: int) -> tuple[str, int]:
    """The cue as written from ``toks[k]`` and the index after it."""
    j = k + 1
    verb = toks[k].low
    if verb in {"told", "tell", "tells", "telling"}:
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


def _speaker_before(
    text: str, toks: list[_Tok], k: int, lo: int = 0
) -> tuple[_Mention, int] | None:
    """Speaker written before the cue ``toks[k]``; returns the mention and its first index."""
    j = k - 1
    n = 0
    while j >= lo and n < 2 and (toks[j].low in _ADVERBS or toks[j].low.endswith("ly")):
        j -= 1
        n += 1
    if j < lo:
        return None
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
        if m < lo or toks[m].text != ",":
            return None
        seg = toks[m + 1 : j]
        if seg and all(_is_name_tok(t) or t.text == "." for t in seg):
            mention = _make_mention(text, toks, m + 1, j)
            if mention is not None:
                return mention, m + 1
        j = m - 1
        if j < lo:
            return None
    pron = _pronoun(toks[j])
    if pron is not None:
        return pron, j
    if _bare(toks[j].text) in _GROUP_NOUNS and (j == lo or not _is_name_tok(toks[j - 1])):
        return _nominal(text, toks, j, j + 1), j
    if _is_name_tok(toks[j]):
        i = j
        while i - 1 >= lo and (
            (toks[i - 1].cap and toks[i - 1].text[0].isalpha())
            or (toks[i - 1].text == "." and i - 2 >= lo and len(toks[i - 2].text) <= 3)
            or (
                toks[i - 1].low in _CONNECTORS
                and toks[i - 1].low not in {"and", "&"}
                and i - 2 >= lo
                and toks[i - 2].cap
            )
        ):
            i -= 1
        # "Dr Maren Quist of Lisk University said": the head is before "of"
        mention = _make_mention(text, toks, i, j + 1)
        if mention is not None and mention.kind == "person":
            head_end = j + 1
            for p in range(i + 1, j + 1):
                if toks[p].low in {"of", "at", "from"}:
                    head_end = p
                    break
            if head_end != j + 1:
                head = _make_mention(text, toks, i, head_end)
                if head is not None:
                    return head, i
        if mention is not None:
            # a determiner before the run makes it a noun phrase: "the Harbour Authority"
            if i - 1 >= lo and toks[i - 1].low in _DETERMINERS and mention.kind != "org":
                return (
                    _Mention(
                        toks[i - 1].start,
                        mention.end,
                        text[toks[i - 1].start : mention.end],
                        "nominal",
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
            if not t.text[0].isalnum() or _is_cue(t):
                break
            if t.low in _DETERMINERS:
                return _nominal(text, toks, i, j + 1), i
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


def _nominal(text: str, toks: list[_Tok], i: int, j: int) -> _Mention:
    """A noun-phrase mention; a capitalised name inside it becomes the speaker."""
    surface = text[toks[i].start : toks[j - 1].end]
    p = i
    while p < j:
        if _is_name_tok(toks[p]) and _bare(toks[p].text) not in _GROUP_NOUNS:
            q = _name_run(toks, p)
            q = min(q, j)
            m = _make_mention(text, toks, p, q)
            if m is not None and q == j:
                if m.kind == "org":
                    return _Mention(toks[i].start, toks[j - 1].end, surface, "org", m.name)
                if m.kind == "person" and (
                    p == i or all(not _is_name_tok(t) or t.low in _TITLES for t in toks[i:p])
                ):
                    return _Mention(toks[i].start, toks[j - 1].end, surface, "person", m.name)
            p = q
        else:
            p += 1
    return _Mention(toks[i].start, toks[j - 1].end, surface, "nominal")


def _speaker_after(text: str, toks: list[_Tok], k: int) -> tuple[_Mention, int] | None:
    """Speaker written after a cue (``said Lena Haxby, a former minister``)."""
    if k >= len(toks):
        return None
    pron = _pronoun(toks[k])
    if pron is not None:
        return pron, k + 1
    p = k
    while p < len(toks) and p - k < 4 and toks[p].text[0].isalpha() and not _is_name_tok(toks[p]):
        if _is_cue(toks[p]):
            break
        p += 1
    if p < len(toks) and _is_name_tok(toks[p]):
        q = _name_run(toks, p)
        m = _make_mention(text, toks, p, q)
        if m is not None:
            if p > k and toks[k].low in _DETERMINERS and m.kind != "person":
                # "a ValRail spokesperson": the name only modifies the noun
                q2 = q
                while q2 < len(toks) and toks[q2].text[0].isalpha() and q2 - q < 3:
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
        return _nominal(text, toks, k, q), q
    return None


# ---------------------------------------------------------------------------
# the extractor


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


def _sentence_of(doc: _Doc, pos: int) -> tuple[int, int]:
    lo, hi = 0, len(doc.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.sentences[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(doc.sentences):
        return doc.sentences[lo]
    return (pos, pos)


def _sentence_index(doc: _Doc, pos: int) -> int:
    for idx, (lo, hi) in enumerate(doc.sentences):
        if lo <= pos < hi:
            return idx
        if lo > pos:
            return idx
    return len(doc.sentences) - 1


def _clean_toks(toks: list[_Tok]) -> list[_Tok]:
    """Tokens without parentheses and abbreviation stops ("Sen. Chuck Schumer (D-N.Y.)")."""
    out: list[_Tok] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")" and depth:
            depth -= 1
            continue
        if depth:
            continue
        if t.text == "." and out:
            prev = out[-1].text
            if (
                (prev[:1].isupper() and len(prev) <= 3 and prev.isalpha())
                or prev.lower() in _ABBREVIATIONS
                or "." in prev
            ):
                continue
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
    if toks[i].low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        found = _speaker_after(text, toks, i + 2)
        if found is not None:
            return _Attribution(found[0], "according to", 2)
        return None
    if _loose_cue(toks, i):
        found = _speaker_after(text, toks, i + 1)
        cue, _ = _cue_phrase(text, toks, i)
        if found is not None:
            return _Attribution(found[0], cue, 2)
        return None
    for k in range(i, min(len(toks), i + 40)):
        t = toks[k]
        if t.text in {".", "!", "?", ";", ":"} or t.text in _DOUBLE:
            return None
        if not _is_cue(t, toks[k - 1] if k else None):
            continue
        if k - i >= 16:
            # "Trump, the 2016 GOP presidential frontrunner nationally, said"
            found = _speaker_after(text, toks, i)
            if found is None or found[1] >= len(toks) or toks[found[1]].text != ",":
                return None
            cue, _ = _cue_phrase(text, toks, k)
            return _Attribution(found[0], cue, 2)
        found = _speaker_before(text, toks, k, i)
        if found is None:
            return None
        prefix = toks[i : found[1]]
        if len(prefix) > 5 or any(not p.text[0].isalpha() or _is_cue(p) for p in prefix):
            return None
        mention = found[0]
        if prefix:
            # "ValRail chief executive Gregor Lind told reporters"
            lo = prefix[0].start
            mention = _Mention(lo, mention.end, text[lo : mention.end], mention.kind, mention.name)
        cue, _ = _cue_phrase(text, toks, k)
        return _Attribution(mention, cue, 2)
    return None


def _end_attribution(doc: _Doc, sp: _Span) -> _Attribution | None:
    """``... "a moral obligation" to act, Axelrod said.``: a cue closing the sentence."""
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
    if _is_cue(seg[0]):
        found = _speaker_after(text, seg, 1)
        if found is not None and len(seg) - found[1] <= 3:
            return _Attribution(found[0], seg[0].text, 1)
        return None
    for k in range(1, len(seg)):
        if _is_cue(seg[k], seg[k - 1]):
            found = _speaker_before(text, seg, k)
            if found is not None and found[1] == 0:
                cue, after = _cue_phrase(text, seg, k)
                if len(seg) - after <= 3:
                    return _Attribution(found[0], cue, 1)
            return None
    return None


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
    cues = [
        k
        for k, t in enumerate(toks)
        if _is_cue(t, toks[k - 1] if k else None) and t.low != "according"
    ]
    if not cues:
        if last == ":":
            # "Politico reveals a few facts: "..."": the subject introduces the quote
            subject = _subject(doc, sent_lo, toks[-1].start)
            if subject is not None:
                return _Attribution(subject, "", 1), True
        return None, clause_start
    k = cues[-1]
    cue, after = _cue_phrase(text, toks, k)
    attached = all(not t.text[0].isalnum() for t in toks[after:])
    participle = toks[k].low in _PARTICIPLES
    if not participle and (k == 0 or toks[k - 1].text in {",", "—", "–"}):
        # inversion: "..., explained Rosenberg, "..."" / "said Haxby: "...""
        inv = _speaker_after(text, toks, k + 1)
        if (
            inv is not None
            and inv[1] < len(toks)
            and all(not t.text[0].isalnum() for t in toks[inv[1] :])
        ):
            return _Attribution(inv[0], text[toks[k].start : toks[k].end], 2), True
    found = None if participle else _speaker_before(text, toks, k)
    if found is None:
        # "Albright urged women to vote, saying, "..."": the subject of the sentence
        subject = _subject(doc, sent_lo, toks[k].start)
        if subject is None:
            return None, clause_start or attached
        return _Attribution(subject, cue, 2 if attached else 1), attached or clause_start
    strength = 2 if attached else 1
    return _Attribution(found[0], cue, strength), attached or clause_start


def _subject(doc: _Doc, lo: int, hi: int) -> _Mention | None:
    """The first person or organisation named in ``[lo, hi)`` outside quotes.

    A sentence opening with a phrase ("Speaking to supporters in Ohio, Cruz said")
    is read from after its first comma.
    """
    head = _tokens(doc.text, lo, min(hi, lo + 400))
    words = [t for t in head if t.text[0].isalnum()]
    if words and (
        words[0].low in _OPENERS
        or (words[0].low.endswith("ing") and words[0].low not in _CUE_VERBS)
    ):
        comma = next((t for t in head if t.text == ","), None)
        if comma is not None:
            lo = comma.end
    for m in doc.mentions:
        if m.start >= hi:
            break
        if m.start >= lo and m.kind in {"person", "org"}:
            return m
    toks = _tokens(doc.text, lo, min(hi, lo + 80))
    if toks and toks[0].low in _DETERMINERS:
        q = 1
        while q < len(toks) and toks[q].text[0].isalpha() and q < 5:
            if _is_cue(toks[q]):
                break
            q += 1
        if q > 1 and _bare(toks[q - 1].text) in _ORG_WORDS:
            return _nominal(doc.text, toks, 0, q)
    return None


def _gender_of(doc: _Doc, name: str, mention: _Mention | None) -> str:
    if name in doc.gender:
        return doc.gender[name]
    if mention is not None:
        first = _bare(mention.text.split()[0]).rstrip(".")
        if first in _FEMALE_NOUNS:
            return "f"
        if first in _MALE_NOUNS:
            return "m"
    return ""


def _resolve_pronoun(doc: _Doc, pron: _Mention, quote_lo: int) -> str:
    """Nearest earlier person (he/she) or group (they/it), subjects first."""
    want = _PRONOUNS[pron.name]
    limit = min(pron.start, quote_lo)
    idx = _sentence_index(doc, limit)
    # the sentence holding the pronoun, then the ones before it
    for s in range(idx, max(-1, idx - 8), -1):
        lo, hi = doc.sentences[s]
        hi = min(hi, limit)
        cands = [m for m in doc.mentions if lo <= m.start < hi]
        for m in cands:
            if want in {"m", "f", "x"}:
                if m.kind != "person":
                    continue
                name = _canonical(doc, m)
                g = _gender_of(doc, name, m)
                if len(name.split()) < 2 and name.lower() not in doc.surnames and not g:
                    continue  # a lone capitalised word: a person only if named as one elsewhere
                if want in {"m", "f"} and g and g != want:
                    continue
                if want in {"m", "f"}:
                    doc.gender.setdefault(name, want)
                return name
            if m.kind == "org":
                return _canonical(doc, m)
    return ""


def _resolve(doc: _Doc, m: _Mention | None, quote_lo: int) -> str:
    if m is None:
        return ""
    if m.kind == "pronoun":
        return _resolve_pronoun(doc, m, quote_lo)
    return _canonical(doc, m)


def _headline_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines that read like a headline or subhead: short, no closing full stop."""
    out: set[int] = set()
    for idx, (lo, hi) in enumerate(lines):
        line = text[lo:hi].strip()
        words = line.split()
        if not words or len(words) > 20:
            continue
        if idx == 0 or not line.endswith((".", "!", "?", "”", '"', ":")):
            out.add(idx)
    return out


def _find_spans(text: str) -> tuple[list[tuple[int, int]], list[_Span]]:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    heads = _headline_lines(text, lines)
    spans: list[_Span] = []
    open_piece = -1
    for idx, (lo, hi) in enumerate(lines):
        line_spans, left_open = _line_spans(text[lo:hi], lo, idx, idx in heads)
        if open_piece >= 0:
            first = text[lo:hi].lstrip()[:1]
            if (
                line_spans
                and first in _DOUBLE
                and line_spans[0].open_mark == lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
            ):
                line_spans[0].continues = open_piece
        open_piece = -1
        base = len(spans)
        spans.extend(line_spans)
        if left_open:
            open_piece = base + len(line_spans) - 1
    return lines, spans


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Extract direct and partial quotes, with their speakers, from one article.

    Parameters
    ----------
    text : str
        The article body (paragraphs separated by newlines). Curly and straight
        quote marks are both understood; the text is not changed.

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
    lines, spans = _find_spans(text)
    doc = _Doc(text, lines, _sentences(text, lines, spans), spans, [])
    _scan_mentions(doc)

    # pass 1: keep the quotes, find the attributions attached to them
    kept: list[tuple[_Span, int, int, QuoteKind, _Attribution | None]] = []
    for n, sp in enumerate(spans):
        start, end = _trim(text, sp.start, sp.end)
        if start >= end:
            continue
        quote = text[start:end]
        lo_line, hi_line = lines[sp.line]
        sent_lo, _ = _sentence_of(doc, sp.open_mark if sp.open_mark >= 0 else sp.start)
        sent_lo = max(sent_lo, lo_line)
        prev_close = max(
            (o.close_mark + 1 for o in spans[:n] if o.line == sp.line and o.close_mark >= 0),
            default=lo_line,
        )
        head_lo = max(sent_lo, prev_close)
        next_open = min(
            (o.open_mark for o in spans[n + 1 :] if o.line == sp.line and o.open_mark >= 0),
            default=hi_line,
        )
        before = text[prev_close : sp.open_mark] if sp.open_mark >= 0 else ""
        if re.search(r"\bso-called\s*$", before, re.IGNORECASE):
            continue
        if _title_like(quote):
            continue
        words = quote.split()
        prev_word = (
            re.search(r"(\w+)\W*$", text[lo_line : sp.open_mark]) if sp.open_mark >= 0 else None
        )
        if (
            prev_word
            and prev_word.group(1).lower() in _TITLE_CUES
            and quote[:1].isupper()
            and len(words) <= 8
            and quote.rstrip()[-1:] not in ".!?"
        ):
            continue
        whole_line = text[lo_line:hi_line].strip()
        outside = (
            whole_line.replace(text[sp.open_mark : (sp.close_mark + 1)], "").strip(" .:;,—–-")
            if sp.open_mark >= 0 and sp.close_mark >= 0
            else "x"
        )
        if not outside and len(words) <= 12 and quote.rstrip()[-1:] not in ".!?,":
            continue  # a headline or subhead that is nothing but a quoted phrase

        tail = _tail_attribution(doc, sp, next_open)
        if tail is None and sp.open_mark >= 0 and text[head_lo : sp.open_mark].strip():
            tail = _end_attribution(doc, sp)
        head, clause = (
            (None, True) if sp.open_mark < 0 else _head_attribution(doc, sp, head_lo, sent_lo)
        )
        if sp.open_mark >= 0 and text[head_lo : sp.open_mark].strip() == "":
            clause = True
        attr = tail if tail is not None else head
        if tail is not None and head is not None and head.strength == 2 and not clause:
            attr = head
        ends_sentence = quote.rstrip()[-1:] in ".!?"
        kind: QuoteKind = (
            "direct" if (clause or (quote[:1].isupper() and ends_sentence)) else ("partial")
        )
        if sp.headline:
            kind = "direct" if text[sp.close_mark + 1 : sp.close_mark + 2] == ":" else "partial"
        sentence_like = quote[:1].isupper() and ends_sentence
        if len(words) <= 2 and attr is None and not (kind == "direct" and sentence_like):
            continue  # a scare quote: too short to stand without a reporting verb
        if sp.headline and (len(words) < 3 or kind == "partial") and attr is None:
            continue
        kept.append((sp, start, end, kind, attr))

    # pass 2: speakers, with paragraph mates, continuations and context
    resolved: dict[int, tuple[str, str, str]] = {}
    order = {id(k[0]): i for i, k in enumerate(kept)}
    last_speaker: tuple[str, str] = ("", "")
    out: list[Quote] = []
    for i, (sp, start, end, kind, attr) in enumerate(kept):
        speaker, speaker_text, cue = "", "", ""
        if attr is not None and attr.mention is not None:
            speaker = _resolve(doc, attr.mention, sp.start)
            speaker_text, cue = attr.mention.text, attr.cue
        else:
            mate = _paragraph_mate(doc, kept, i, resolved)
            if mate is not None:
                speaker, speaker_text, cue = mate
            elif sp.continues >= 0 and id(spans[sp.continues]) in order:
                speaker, speaker_text, cue = resolved.get(
                    order[id(spans[sp.continues])], ("", "", "")
                )
            else:
                subj = _context_speaker(doc, sp, kind, attr)
                if subj is not None:
                    speaker, speaker_text = _resolve(doc, subj, sp.start), subj.text
                elif not sp.headline:
                    speaker, speaker_text = last_speaker
            if sp.headline:
                speaker, speaker_text = "", ""
        resolved[i] = (speaker, speaker_text, cue)
        if speaker:
            last_speaker = (speaker, speaker_text)
        out.append(
            Quote(
                text=text[start:end],
                start=start,
                end=end,
                speaker=speaker,
                speaker_text=speaker_text,
                cue=cue,
                kind=kind,
            )
        )
    out = _headline_speakers(out, kept)
    return tuple(sorted(out, key=lambda q: q.start))


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


def _context_speaker(
    doc: _Doc, sp: _Span, kind: QuoteKind, attr: _Attribution | None
) -> _Mention | None:
    """Subject of the quote's sentence (partial) or of the sentence before or after it."""
    pos = sp.open_mark if sp.open_mark >= 0 else sp.start
    idx = _sentence_index(doc, pos)
    lo, _ = doc.sentences[idx] if doc.sentences else (0, 0)
    if kind == "partial":
        return _subject(doc, lo, pos)
    if idx > 0:
        plo, phi = doc.sentences[idx - 1]
        m = _subject(doc, plo, phi)
        if m is not None:
            return m
    if idx + 1 < len(doc.sentences):
        nlo, nhi = doc.sentences[idx + 1]
        return _subject(doc, nlo, nhi)
    return None


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
