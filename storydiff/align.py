"""N-way sentence alignment of the versions of one story.

Every version is split into sentences (:mod:`storydiff.segment`). Sentences of
different versions are compared word by word (RapidFuzz's normalised Indel
similarity over lower-cased words, punctuation left out), and the pairs that
reach ``threshold`` become edges; a short sentence whose words are nearly all
inside a longer one (``containment``) is an edge too, so a sentence that one
version splits in two, or two that another merges, land in one row; the short
one must end as a sentence ends (a bulleted name, "• Sen. Cory Booker", is no
part of a sentence that names him) and most of its words must stand in runs of
two or more inside the longer one, not scattered over it. Two adjacent
sentences that, read together, match one sentence of another version better
than either alone (by ``_SPLIT_GAIN``) both join it: a sentence split and
reworded at the cut ("who also said" -> ". He also noted"). Edges are
taken strongest first and join two rows only when no version would then hold
two sentences of the row, except for adjacent sentences of a split. Last, rows
of different versions that tell one fact in other words (most of their content
words shared, each the other's best match: two outlets' ledes) are joined too.
Rows are therefore found by content, not by position: a moved or reworded
sentence is the same row, not an addition and an omission.

Each row has a reference wording (the ``base`` version's if it has the row,
else the cell most like the others), and every other cell is ``same`` or
``edited`` against it, with word-level :class:`~storydiff.models.Change` records
that say whether the edit can change meaning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein
from scipy.sparse import csr_matrix

from storydiff._entity_words import WIRE_AGENCIES, known_places
from storydiff.changes import _stem, classify_change
from storydiff.errors import param_error
from storydiff.models import AlignedRow, Alignment, Article, Cell, Change, Sentence, Word
from storydiff.segment import split_sentences, words
from storydiff.vectors import is_content_token

__all__ = ["AlignParams", "align", "classify_change", "placement", "word_changes"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AlignParams:
    """Thresholds of the alignment.

    ``threshold``: word similarity (0-1) for two sentences to be one row.
    ``containment``: share of a short sentence's words found in a longer one for
    the two to be one row (splits and merges). ``min_words``: shortest sentence
    that may join a row through containment alone, and fewest content words of a
    sentence that may join one as a paraphrase. ``paraphrase``: share of content
    words (Dice) two rows of different versions, each the other's best match, must
    have in common to be one row though their wording is not alike. ``anchored``:
    the share enough when the two sentences state a figure in common ("agreed to pay
    $4.6 million" / "to pay a $4.6 million fine"); years and names with a figure
    ("Covid-19") are no such figure.
    """

    threshold: float = 0.5
    containment: float = 0.8
    min_words: int = 4
    paraphrase: float = 0.55
    anchored: float = 0.3

    def __post_init__(self) -> None:
        for name in ("threshold", "containment", "paraphrase", "anchored"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                error = param_error(name, "AlignParams", "a float in (0, 1]", value)
                raise error
        if self.min_words < 1:
            error = param_error("min_words", "AlignParams", "an int >= 1", self.min_words)
            raise error


@dataclass(slots=True)
class _Version:
    article: Article
    sentences: tuple[Sentence, ...]
    tokens: list[list[str]]


def align(
    articles: Sequence[Article],
    *,
    base: str | None = None,
    params: AlignParams | None = None,
) -> Alignment:
    """Align the sentences of several versions of one story.

    Parameters
    ----------
    articles:
        The versions, in the order they should be shown. Ids must be distinct.
    base:
        Id of the version whose wording is the reference of its rows.
    params:
        Thresholds; defaults to :class:`AlignParams`.

    Examples
    --------
    >>> from storydiff.models import Article
    >>> a = Article(id="a", text="The ferry ran aground. Forty people were rescued.")
    >>> b = Article(id="b", text="Forty people were rescued. The ferry ran aground on Saturday.")
    >>> rows = align([a, b]).rows
    >>> [(r.versions, [c.status for c in r.cells]) for r in rows]
    [(('a', 'b'), ['same', 'edited']), (('a', 'b'), ['same', 'same'])]
    """
    params = params or AlignParams()
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        error = param_error("articles", "align", "versions with distinct ids", dupes)
        raise error
    if base is not None and base not in ids:
        error = param_error("base", "align", f"one of {ids}", base)
        raise error
    versions = []
    for article in articles:
        sents = split_sentences(article.text)
        versions.append(_Version(article, sents, [_key_tokens(s.text) for s in sents]))

    nodes = [(v, i) for v, ver in enumerate(versions) for i in range(len(ver.sentences))]
    node_id = {n: k for k, n in enumerate(nodes)}
    edges = _edges(versions, params)
    members = _paraphrases(_join(nodes, node_id, edges), versions, params)

    rows = []
    for comp in members:
        by_version: dict[int, list[int]] = {}
        for v, i in comp:
            by_version.setdefault(v, []).append(i)
        cells_raw = {v: sorted(ix) for v, ix in sorted(by_version.items())}
        rows.append(cells_raw)
    base_index = ids.index(base) if base is not None else None
    rows = _reading_order(rows, len(versions), base_index or 0)
    out = tuple(_build_row(k, cells_raw, versions, base_index) for k, cells_raw in enumerate(rows))
    return Alignment(versions=tuple(ids), rows=out)


_KEY_WORD = re.compile(r"\w+(?:[-'’.,:/]\w+)*", re.UNICODE)


def _key_tokens(text: str) -> list[str]:
    return [m.group().lower().replace("’", "'") for m in _KEY_WORD.finditer(text)]


def _edges(
    versions: list[_Version], params: AlignParams
) -> list[tuple[float, int, int, int, int, bool]]:
    """Candidate edges (score, v, i, w, j, is_part) between sentences of two versions."""
    edges: list[tuple[float, int, int, int, int, bool]] = []
    # each sentence's word counts, made once rather than for every pair it is in
    counts = [[Counter(tokens) for tokens in version.tokens] for version in versions]
    for v in range(len(versions)):
        for w in range(v + 1, len(versions)):
            a, b = versions[v].tokens, versions[w].tokens
            if not a or not b:
                continue
            sim = process.cdist(a, b, scorer=Indel.normalized_similarity, dtype=np.float32)
            for i, j in zip(*np.nonzero(sim >= min(params.threshold, 0.2)), strict=True):
                score = float(sim[i, j])
                part = _part_score(
                    counts[v][i], counts[w][j], params
                ) >= params.containment and _part_of(versions[v], i, versions[w], j)
                if score >= params.threshold:
                    edges.append((score, v, int(i), w, int(j), part))
                elif part:
                    edges.append((params.threshold * 0.99, v, int(i), w, int(j), True))
            edges.extend(_split_edges(v, a, w, b, sim, params))
            edges.extend(
                (e[0], e[3], e[4], e[1], e[2], e[5])
                for e in _split_edges(w, b, v, a, sim.T, params)
            )
    edges.sort(key=lambda e: (-e[0], e[1], e[2], e[3], e[4]))
    return edges


_SPLIT_GAIN = 0.05  # how much better two adjacent sentences match one sentence than either alone


def _split_edges(
    v: int,
    a: list[list[str]],
    w: int,
    b: list[list[str]],
    sim: np.ndarray,
    params: AlignParams,
) -> list[tuple[float, int, int, int, int, bool]]:
    """Edges joining two adjacent sentences of ``v`` to the one sentence of ``w`` they split.

    A sentence split in two and reworded at the cut ("... to the press who
    also said that an investigation is ongoing." -> "... to the press. He
    also noted that an investigation is ongoing.") leaves a second piece too
    unlike the whole to join it alone. The two pieces read together match
    the whole: when they do (``threshold``), clearly better than the better
    piece alone (``_SPLIT_GAIN``), and better than the weaker piece matches
    anything else of ``w``, both pieces join it (as parts: the row may hold
    both). ``sim`` holds the similarities of ``a``'s sentences (rows) to
    ``b``'s.
    """
    if len(a) < 2 or not b:
        return []
    pairs = [a[i] + a[i + 1] for i in range(len(a) - 1)]
    joined = process.cdist(pairs, b, scorer=Indel.normalized_similarity, dtype=np.float32)
    best_alone = sim.max(axis=1)
    out: list[tuple[float, int, int, int, int, bool]] = []
    for i, j in zip(*np.nonzero(joined >= params.threshold), strict=True):
        score = float(joined[i, j])
        first, second = float(sim[i, j]), float(sim[i + 1, j])
        weaker = i + 1 if first >= second else i
        if (
            min(len(a[i]), len(a[i + 1])) >= params.min_words
            and score >= max(first, second) + _SPLIT_GAIN
            and score > float(best_alone[weaker])
        ):
            out.append((score, v, int(i), w, int(j), True))
            out.append((score, v, int(i) + 1, w, int(j), True))
    return out


def _part_score(a: Counter[str], b: Counter[str], params: AlignParams) -> float:
    """Share of the shorter sentence's words (counted with repeats) found in the other."""
    size_a, size_b = a.total(), b.total()
    short, long_, size = (a, b, size_a) if size_a <= size_b else (b, a, size_b)
    if size < params.min_words:
        return 0.0
    shared = sum(min(n, long_[word]) for word, n in short.items() if word in long_)
    return shared / size


_IN_RUNS = 0.6  # share of a part's words in shared runs of two or more
_SENTENCE_END = re.compile(r"[.?!…:;][\"'”’)\]]*\s*$")


def _part_of(va: _Version, i: int, vb: _Version, j: int) -> bool:
    """Whether the shorter of two sentences reads as a piece of the longer one.

    It must end as a sentence ends, and most of its words (``_IN_RUNS``)
    must lie in runs of at least two words shared, in order, with the longer
    one: a split sentence's halves and a quote's trimmed sentences do; a list
    item ("— Former Vice President Joe Biden") or a sentence made of the same
    common words ("The encounter happened last week.") does not.
    """
    (s, short), (_, long_) = sorted(
        ((va.sentences[i].text, va.tokens[i]), (vb.sentences[j].text, vb.tokens[j])),
        key=lambda pair: len(pair[1]),
    )
    if not _SENTENCE_END.search(s):
        return False
    blocks = SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= 2) >= _IN_RUNS * len(short)


def _join(
    nodes: list[tuple[int, int]],
    node_id: dict[tuple[int, int], int],
    edges: list[tuple[float, int, int, int, int, bool]],
) -> list[list[tuple[int, int]]]:
    parent = list(range(len(nodes)))
    comp: dict[int, dict[int, list[int]]] = {k: {v: [i]} for k, (v, i) in enumerate(nodes)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _score, v, i, w, j, is_part in edges:
        ra, rb = find(node_id[(v, i)]), find(node_id[(w, j)])
        if ra == rb:
            continue
        ca, cb = comp[ra], comp[rb]
        shared = set(ca) & set(cb)
        if shared and not (is_part and all(_adjacent(ca[s] + cb[s]) for s in shared)):
            continue
        parent[rb] = ra
        for s, ix in cb.items():
            ca.setdefault(s, []).extend(ix)
        del comp[rb]
    out = []
    for root in sorted(comp, key=lambda r: nodes[r]):
        out.append(sorted((v, i) for v, ix in comp[root].items() for i in ix))
    return out


def _content(tokens: Iterable[str]) -> frozenset[str]:
    """Stems of a sentence's content words, numbers included ("1,100", "barr", "resign")."""
    return frozenset(_stem(t) for t in tokens if is_content_token(t))


def _paraphrases(
    rows: list[list[tuple[int, int]]], versions: list[_Version], params: AlignParams
) -> list[list[tuple[int, int]]]:
    """Join rows that tell one fact in other words, as one row.

    Two outlets rarely word a lede alike ("More than 1,100 former prosecutors and
    officials at the Department of Justice called on Attorney General Bill Barr to
    resign Sunday ..." / "More than 1,100 former Department of Justice officials are
    calling on Attorney General William Barr to resign ..."): word order and
    function words keep such sentences under ``threshold``, and each would be
    shown as its version's addition and the other's omission. Rows that no
    version has twice are joined when their sentences share ``paraphrase`` of their
    content words (Dice coefficient of crude stems, each side with at least
    ``min_words`` of them), or ``anchored`` of them when both state one figure ("It
    agreed to register under FARA and pay about $4.6 million." / "... agreeing to
    register and to pay a $4.6 million fine"), and each is the other's best such
    match; joining goes on until no pair is left, so a fact told three ways becomes
    one row.
    """
    if len(versions) < 2:
        return rows
    nodes = [(v, i) for v, version in enumerate(versions) for i in range(len(version.tokens))]
    # a list item ("• Sen. Cory Booker of New Jersey") or a headline tells no fact in
    # other words: only sentences that end as a sentence ends
    bags = [
        _content(versions[v].tokens[i])
        if _SENTENCE_END.search(versions[v].sentences[i].text)
        else frozenset()
        for v, i in nodes
    ]
    pairs = _shared_content(nodes, bags, params)
    rows = [list(r) for r in rows]
    while pairs:
        row_of = {n: k for k, r in enumerate(rows) for n in r}
        held = [{v for v, _ in r} for r in rows]
        scores: dict[tuple[int, int], float] = {}
        for dice, n, m in pairs:
            a, b = sorted((row_of[n], row_of[m]))
            if a != b and not held[a] & held[b]:
                scores[a, b] = max(scores.get((a, b), 0.0), dice)
        best: dict[int, tuple[float, int]] = {}
        for (a, b), dice in sorted(scores.items()):
            for one, other in ((a, b), (b, a)):
                if dice > best.get(one, (0.0, -1))[0]:
                    best[one] = (dice, other)
        mutual = [(a, b) for a, (_, b) in best.items() if a < b and best[b][1] == a]
        if not mutual:
            break
        for a, b in mutual:
            rows[a].extend(rows[b])
        gone = {b for _, b in mutual}
        rows = [r for k, r in enumerate(rows) if k not in gone]
    return sorted((sorted(r) for r in rows), key=lambda r: r[0])


def _shared_content(
    nodes: list[tuple[int, int]], bags: list[frozenset[str]], params: AlignParams
) -> list[tuple[float, tuple[int, int], tuple[int, int]]]:
    """Pairs of sentences of different versions whose content words' Dice coefficient
    reaches ``paraphrase``, or ``anchored`` for two that state a figure in common (each
    with ``min_words`` content words or more), by one sparse product."""
    keep = [k for k, bag in enumerate(bags) if len(bag) >= params.min_words]
    vocab: dict[str, int] = {}
    columns = [vocab.setdefault(w, len(vocab)) for k in keep for w in sorted(bags[k])]
    sizes = np.array([len(bags[k]) for k in keep], dtype=np.int64)
    indptr = np.concatenate(([0], np.cumsum(sizes)))
    x = csr_matrix(
        (np.ones(len(columns), dtype=np.float32), columns, indptr), shape=(len(keep), len(vocab))
    )
    shared = (x @ x.T).tocoo()
    dice = 2 * shared.data / (sizes[shared.row] + sizes[shared.col])
    ok = (shared.row < shared.col) & (dice >= min(params.paraphrase, params.anchored))
    out = []
    for d, p, q in zip(dice[ok], shared.row[ok], shared.col[ok], strict=True):
        n, m = nodes[keep[p]], nodes[keep[q]]
        if n[0] == m[0]:
            continue
        if d < params.paraphrase and not _anchors(bags[keep[p]]) & _anchors(bags[keep[q]]):
            continue  # under the paraphrase bar, only a figure both state makes one fact
        out.append((float(d), n, m))
    return out


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _anchors(bag: frozenset[str]) -> frozenset[str]:
    """The figures among a sentence's content words: "1,200", "1.6", "99", "16th"; not
    years ("In 2010, ..." opens many sentences) nor names with a figure ("Covid-19")."""
    return frozenset(w for w in bag if w[:1].isdigit() and not _YEAR.fullmatch(w))


def _adjacent(indices: list[int]) -> bool:
    ix = sorted(indices)
    return len(ix) <= 3 and ix[-1] - ix[0] == len(ix) - 1


def _reading_order(
    rows: list[dict[int, list[int]]], n: int, first: int
) -> list[dict[int, list[int]]]:
    """Order rows as the ``first`` version tells the story, others woven in.

    The first version's rows keep its order; each other version, in turn, places
    its not yet placed rows right after the row that precedes them in that
    version, so a reader meets every sentence near its neighbours.
    """
    order: list[int] = []
    placed: set[int] = set()
    for v in [first, *[w for w in range(n) if w != first]]:
        mine = [k for _, k in sorted((r[v][0], k) for k, r in enumerate(rows) if v in r)]
        anchor: int | None = None
        for pos, k in enumerate(mine):
            if k in placed:
                anchor = order.index(k)
                continue
            if anchor is None:
                # no earlier row of this version is placed: go before its next
                # placed row, else after everything placed so far
                later = [order.index(j) for j in mine[pos:] if j in placed]
                at = min(later) if later else len(order)
                anchor = at - 1
            order.insert(anchor + 1, k)
            placed.add(k)
            anchor += 1
    return [rows[k] for k in order]


def _build_row(
    index: int, cells_raw: dict[int, list[int]], versions: list[_Version], base: int | None
) -> AlignedRow:
    spans = {}
    for v, ix in cells_raw.items():
        sents = versions[v].sentences
        first, last = sents[ix[0]], sents[ix[-1]]
        text = versions[v].article.text[first.start : last.end]
        spans[v] = (first, last, text, [t for i in ix for t in versions[v].tokens[i]])
    if base is not None and base in spans:
        ref = base
    else:
        ref = max(
            spans,
            key=lambda v: (
                sum(Indel.normalized_similarity(spans[v][3], spans[w][3]) for w in spans if w != v),
                -v,
            ),
        )
    ref_first, _, ref_text, ref_tokens = spans[ref]
    ref_words = words(ref_text, ref_first.start)
    cells = []
    for v, (first, last, text, tokens) in spans.items():
        if v == ref or tokens == ref_tokens:
            status, sim, changes = "same", 1.0, ()
        else:
            status = "edited"
            sim = float(Indel.normalized_similarity(tokens, ref_tokens))
            changes = word_changes(
                ref_words,
                words(text, first.start),
                document_old=[t for sent in versions[ref].tokens for t in sent],
                document_new=[t for sent in versions[v].tokens for t in sent],
            )
        cells.append(
            Cell(
                version=versions[v].article.id,
                sentences=tuple(cells_raw[v]),
                start=first.start,
                end=last.end,
                text=text,
                paragraph=first.paragraph,
                status=status,
                similarity=round(sim, 4),
                changes=changes,
            )
        )
    return AlignedRow(index=index, cells=tuple(cells), reference=versions[ref].article.id)


_Span = tuple[int, int, int, int]  # old words [0]:[1] -> new words [2]:[3]


def _edit_runs(a: Sequence[str], b: Sequence[str]) -> list[list[_Span]]:
    """Levenshtein edits of ``a`` into ``b``, adjacent ones in runs.

    >>> _edit_runs(["23", "year", "old", "man"], ["23-year-old", "man"])
    [[(0, 1, 0, 1), (1, 3, 1, 1)]]
    >>> _edit_runs(["a", "b", "c"], ["a", "x", "c", "d"])
    [[(1, 2, 1, 2)], [(3, 3, 3, 4)]]
    """
    runs: list[list[_Span]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        span = (op.src_start, op.src_end, op.dest_start, op.dest_end)
        if runs and runs[-1][-1][1] == op.src_start and runs[-1][-1][3] == op.dest_start:
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


# A wire dateline opening a sentence, as its words are written one apart: "( CNN )",
# "WASHINGTON ( Reuters ) -", "PENSACOLA , Fla . ( AP ) —", "HANOI , Vietnam —",
# "Washington —". It says where the report was filed and by whom, not what happened.
_DATELINE_WORDS = re.compile(
    r"(?:(?P<place>[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,2})"
    r"(?P<region> , [A-Z][\w'’-]*(?: \.)?(?: [A-Z][\w'’-]*(?: \.)?){0,2})? )?"
    r"(?:\( (?P<agency>" + "|".join(WIRE_AGENCIES) + r") \) )?"
    r"(?P<dash>(?:—|–|--|- -|-) )?"
)


def _dateline_length(words: Sequence[str]) -> int:
    """How many of ``words`` a wire dateline opening them takes (0: none).

    A dateline names its agency, or a place with its region, or a place the
    lists know or one in capitals ("LONDON —"), before a dash; an acronym
    before a dash ("NASA — led by ...") is none.

    >>> _dateline_length("( CNN ) The House passed it .".split())
    3
    >>> _dateline_length("WASHINGTON ( Reuters ) - Republicans said".split())
    5
    >>> _dateline_length("NASA — led by".split())
    0
    """
    m = _DATELINE_WORDS.match(" ".join(words[:14]) + " ")
    if m is None or not (m["agency"] or m["dash"]):
        return 0
    place = m["place"] or ""
    if not (
        m["agency"]
        or m["region"]
        or (place.isupper() and (len(place) >= 5 or " " in place))
        or place in known_places()
    ):
        return 0
    return m.group().count(" ")


def word_changes(
    old: Sequence[Word],
    new: Sequence[Word],
    *,
    document_old: Iterable[str] = (),
    document_new: Iterable[str] = (),
) -> tuple[Change, ...]:
    """Word-level edits turning ``old`` into ``new``, each classified by meaning.

    The edit script may cut one rewrite into adjacent pieces ("23 year old"
    -> "23-year-old" as a replace then a delete, "UK" -> "U.K." as an insert
    then a replace), and a piece alone may look like new content when the
    rewrite is not. A run of adjacent edits is judged whole: it is one change
    unless it changes meaning and some of its pieces do, which then show
    where.

    >>> from storydiff.segment import words
    >>> changes = word_changes(words("Six people were hurt."), words("Five people were hurt!"))
    >>> [(c.tag, c.old, c.new, c.meaning) for c in changes]
    [('replace', 'Six', 'Five', True), ('replace', '.', '!', False)]
    >>> changes = word_changes(words("a 23 year old"), words("a 23-year-old"))
    >>> [(c.old, c.new, c.reason) for c in changes]
    [('23 year old', '23-year-old', 'form')]
    """
    a = [w.text.lower().replace("’", "'") for w in old]
    b = [w.text.lower().replace("’", "'") for w in new]
    context_old = [w.text for w in old]
    context_new = [w.text for w in new]

    def change(span: _Span) -> Change:
        src_start, src_end, dest_start, dest_end = span
        old_words = old[src_start:src_end]
        new_words = new[dest_start:dest_end]
        if new_words:
            start, end = new_words[0].start, new_words[-1].end
        else:
            at = new[dest_start - 1].end if dest_start > 0 else (new[0].start if new else 0)
            start = end = at
        meaning, reason = classify_change(
            [w.text for w in old_words],
            [w.text for w in new_words],
            at_start=src_start == skip_old and dest_start == skip_new,
            context_old=context_old,
            context_new=context_new,
            document_old=document_old,
            document_new=document_new,
            at=(src_start, dest_start),
        )
        tag = "replace" if old_words and new_words else "delete" if old_words else "insert"
        return Change(
            tag=tag,
            old=" ".join(w.text for w in old_words),
            new=" ".join(w.text for w in new_words),
            start=start,
            end=end,
            meaning=meaning,
            reason=reason,
        )

    # a dateline is no part of what the sentence says: "WASHINGTON ( Reuters ) -" -> ""
    # is no change, nor "( CNN ) Japan's" -> "Japan's"
    skip_old, skip_new = _dateline_length(context_old), _dateline_length(context_new)
    out: list[Change] = []
    for found in _edit_runs(a[skip_old:], b[skip_new:]):
        run = [(s + skip_old, e + skip_old, d + skip_new, f + skip_new) for s, e, d, f in found]
        if len(run) == 1:
            out.append(change(run[0]))
            continue
        whole = change((run[0][0], run[-1][1], run[0][2], run[-1][3]))
        pieces = [change(span) for span in run] if whole.meaning else []
        out.extend(pieces if any(piece.meaning for piece in pieces) else [whole])
    return tuple(out)


def placement(row: AlignedRow, *, lede: int = 1, gap: int = 4) -> str:
    """Say where versions place a row when that differs enough to matter.

    A row in the lede (first ``lede`` paragraphs) of one version and ``gap`` or
    more paragraphs further down in another is a real difference of emphasis;
    ``""`` otherwise.

    >>> from storydiff.models import AlignedRow, Cell
    >>> def cell(v, start, paragraph):
    ...     return Cell(version=v, sentences=(0,), start=start, end=start + 3, text="Hi.",
    ...                 paragraph=paragraph, status="same")
    >>> cells = [cell("a", 0, 0), cell("b", 90, 8)]
    >>> placement(AlignedRow(index=0, cells=tuple(cells), reference="a"))
    'lede in a; paragraph 9 in b'
    """
    if len(row.cells) < 2:
        return ""
    top = min(c.paragraph for c in row.cells)
    bottom = max(c.paragraph for c in row.cells)
    if top >= lede or bottom - top < gap:
        return ""
    ledes = [c.version for c in row.cells if c.paragraph < lede]
    late = [c for c in row.cells if c.paragraph - top >= gap]
    notes = ["lede in " + ", ".join(ledes)]
    notes += [f"paragraph {c.paragraph + 1} in {c.version}" for c in late]
    return "; ".join(notes)
