"""Quotes, additions and shared rows of the N-way diff on BASIL triplets.

Usage::

    python benchmarks/eval_basil_diff.py              # figures
    python benchmarks/eval_basil_diff.py --errors 20  # also print 20 missed quotes

**Corpus.** BASIL (Fan et al., EMNLP 2019), read at run time from
``../shared/corpora/basil``: 50 events, each told by three outlets (NYT, Fox
News, HuffPost). ``docs.jsonl`` holds one article per line; the annotations of
the article ``<triplet>_<n>`` are in ``annotations/<year>/<triplet>_<n>_ann.json``
and its raw record (body paragraphs, ``main-entities``) in
``articles/<year>/<triplet>_<n>.json``. Every triplet goes through one
``diff_story`` call with the default options (rule ``all``); the articles are
built from ``docs.jsonl`` (text and title; source as id-independent metadata).

**Gold spans.** Phrase spans with ``bias == "inf"``: a fact, detail or quote
the outlet chose to include; ``quote == "yes"`` marks quotes. Offsets are
inside one sentence whose index is not stored, so a span is located by looking
for the sentence of the raw record whose ``[start:end]`` slice is the span's
``txt`` (``docs.jsonl`` text is the sentences joined by a space and the
paragraphs by a newline, so each sentence's offset is known); when no sentence
fits, the first occurrence of ``txt`` in the text is taken. Spans found neither
way (one, in a headline) are not located and count against every rate.

**Figures.**

- ``quote_found``: share of the annotated quotes for which the report has a
  ``QuoteVariant`` of that article overlapping the span: ``\\w+`` tokens,
  identified by their character offset, shared by the two make up at least half
  of the shorter side's tokens.
- ``quote_speaker``: share of the annotated quotes found by a variant with the
  right speaker (denominator: all annotated quotes, as ``quote_found``);
  ``quote_speaker_of_found`` uses the found ones as denominator.
  ``quote_found_<kind>``, ``quote_speaker_<kind>`` and ``n_quotes_<kind>``
  restrict these to one kind of gold speaker: ``person``, ``group`` (an
  organisation or group, see :func:`speaker_kind`; the annotators credit a
  spokesman's words to the group, while the extractor names the spokesman) or
  ``other`` (``other_*``).
- ``inf_located``: share of ``inf`` spans (facts and quotes) located in the text;
  ``inf_in_adds``: located inside one ``Passage`` of the article's ``adds``;
  ``inf_shared``: inside the cell of that article in a row carried by two or
  more versions. ``n_inf``, ``n_quotes``: gold counts.

**Right speaker.** The gold speaker is an entity name with underscores
("Elizabeth_Lauten", "senate_Democrats", "Romney_campaign"), or
``other_anti`` / ``other_pro`` / ``other_neutral`` for someone outside the
article's ``main-entities`` (the stance is toward the target, not the speaker).
Names are normalised to lower-case ``\\w+`` tokens without possessives, titles
and determiners. A named gold speaker is matched when, for the variant's
canonical ``speaker`` or its ``speaker_text`` (the mention as written), one
token set contains the other, or the two share their last token (surname). An
``other_*`` speaker is matched when the variant names someone (``speaker`` non
empty, else a non-pronoun ``speaker_text``) who matches none of the article's
main entities by the same rule. When several variants overlap the span, the
quote counts as found with the right speaker if any of them has it.

**Group speakers, affiliation (a second, more lenient definition).** The
annotators credit a spokesman's or a member's words to the group ("Tea_Party"
for "Tea Party organizer Dana Loesch", "Nebraska_officials" for "Nebraska
Attorney General Jon Bruning"), while the extractor names the person. Under
``quote_speaker_affil`` (and ``quote_speaker_affil_group``) a group gold speaker
is also matched when the variant's person is introduced as part of that group:
every distinctive token of the group label (the label's tokens without
collective heads such as "officials", "lawmakers", "campaign", "party" when
another token remains) occurs in the variant's ``speaker_text`` or in the
description of the named speaker somewhere in the article, i.e. the six words
before an occurrence of the canonical ``speaker`` name (not crossing
punctuation) or its appositive (", a spokeswoman for the Obama campaign,", up
to the next comma or full stop, at most twelve words). ``quote_speaker`` keeps
the strict definition above; the two are reported side by side.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASIL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "basil"
THRESHOLD = 0.5

sys.path.insert(0, str(ROOT))

from storydiff import diff_story  # noqa: E402
from storydiff.models import Article, DiffReport, QuoteVariant  # noqa: E402

_WORD = re.compile(r"\w+")


def _words(words: str) -> frozenset[str]:
    """A word list written as one white-space separated string."""
    return frozenset(words.split())


_PRONOUNS = _words("he she they it we i you his her their")
_DROP = _words(
    "the a an mr mrs ms miss dr sen senator rep gov governor president former of and s d r"
)
_GROUP_HEADS = _words(
    "party campaign lawmakers republicans democrats officials now administration department"
    " committee companies"
)


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One ``inf`` annotation located in ``docs.jsonl`` text (``start`` -1: not found)."""

    doc: str
    start: int
    end: int
    quote: bool
    speaker: str
    txt: str


@dataclass(frozen=True, slots=True)
class Doc:
    """One article: its text, headline, outlet and main entities."""

    id: str
    triplet: str
    text: str
    title: str
    source: str
    entities: tuple[str, ...]


def _name_tokens(name: str) -> list[str]:
    name = name.replace("_", " ").replace("’s", "").replace("'s", "")
    return [t for t in (m.lower() for m in _WORD.findall(name)) if t not in _DROP]


def speaker_kind(gold: str) -> str:
    """``other`` (``other_*``), ``group`` (a group or organisation) or ``person``.

    A group is a one-word name ("Catholics", "NAACP"), a name with a lower-case
    word ("senate_Democrats", "Romney_campaign") or one ending in a collective
    head ("Tea_Party", "Republican_Lawmakers", "Secure_America_Now").
    """
    if gold.startswith("other_"):
        return "other"
    parts = [t for t in gold.split("_") if t]
    if len(parts) < 2 or any(t[:1].islower() for t in parts) or parts[-1].lower() in _GROUP_HEADS:
        return "group"
    return "person"


def names_match(a: str, b: str) -> bool:
    """Token containment either way, or the same last token (surname)."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    return sa <= sb or sb <= sa or ta[-1] == tb[-1]


def right_speaker(variant: QuoteVariant, gold: str, entities: Sequence[str]) -> bool:
    """Whether the variant's speaker is the annotated one (see the module docstring)."""
    names = [n for n in (variant.speaker, variant.speaker_text) if n.strip()]
    if gold.startswith("other_"):
        named = variant.speaker or next(
            (n for n in names if not set(_name_tokens(n)) <= _PRONOUNS), ""
        )
        if not named or set(_name_tokens(named)) <= _PRONOUNS:
            return False
        return not any(names_match(n, e) for n in names for e in entities)
    return any(names_match(n, gold) for n in names)


_COLLECTIVE = _GROUP_HEADS | _words("members supporters activists organizers leaders")


def group_tokens(gold: str) -> set[str]:
    """Distinctive tokens of a group label: "Nebraska_officials" -> {"nebraska"}."""
    toks = set(_name_tokens(gold))
    rest = toks - _COLLECTIVE
    return rest or toks


def speaker_descriptions(variant: QuoteVariant, text: str) -> list[str]:
    """``speaker_text`` and the words describing each occurrence of ``speaker``."""
    out = [variant.speaker_text]
    name = variant.speaker
    if len(name.split()) < 2:
        return out
    for m in re.finditer(re.escape(name), text):
        before = re.split(r"[.,;:!?\n“”\"()]", text[max(0, m.start() - 80) : m.start()])[-1]
        out.append(" ".join(before.split()[-6:]))
        after = text[m.end() : m.end() + 160]
        if after.startswith(","):
            appositive = re.split(r"[.,;:!?\n“”\"]", after[1:])[0]
            out.append(" ".join(appositive.split()[:12]))
    return out


def affiliated(variant: QuoteVariant, gold: str, text: str) -> bool:
    """Whether the variant's speaker is described as part of the gold group."""
    want = group_tokens(gold)
    if not want:
        return False
    return any(want <= set(_name_tokens(d)) for d in speaker_descriptions(variant, text))


def _token_starts(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(m.start() for m in _WORD.finditer(text, start, end))


def overlap_short(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared tokens over the token count of the shorter side (0 when one is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def load(root: Path) -> tuple[dict[str, Doc], list[GoldSpan]]:
    """Articles of ``docs.jsonl`` and the located ``inf`` spans of every article."""
    docs: dict[str, Doc] = {}
    raw: dict[str, Path] = {p.stem: p for p in sorted((root / "articles").glob("*/*.json"))}
    for line in (root / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        entities: tuple[str, ...] = ()
        if rec["id"] in raw:
            record = json.loads(raw[rec["id"]].read_text(encoding="utf-8"))
            entities = tuple(record["main-entities"])
        docs[rec["id"]] = Doc(
            rec["id"], rec["triplet"], rec["text"], rec.get("title", ""), rec["source"], entities
        )
    spans: list[GoldSpan] = []
    for path in sorted((root / "annotations").glob("*/*_ann.json")):
        doc_id = path.name.removesuffix("_ann.json")
        if doc_id not in docs:
            continue
        text = docs[doc_id].text
        sent_offsets = _sentence_offsets(raw.get(doc_id))
        ann = json.loads(path.read_text(encoding="utf-8"))
        for p in ann["phrase-level-annotations"]:
            if p.get("bias") != "inf":
                continue
            txt = p["txt"]
            at = -1
            for off, sent in sent_offsets:
                if sent[p["start"] : p["end"]] == txt and txt:
                    at = off + p["start"]
                    break
            if at < 0 and txt:
                at = text.find(txt)
            spans.append(
                GoldSpan(
                    doc=doc_id,
                    start=at,
                    end=at + len(txt) if at >= 0 else -1,
                    quote=p.get("quote") == "yes",
                    speaker=p.get("speaker", ""),
                    txt=txt,
                )
            )
    return docs, spans


def _sentence_offsets(path: Path | None) -> list[tuple[int, str]]:
    """``(offset, sentence)`` of every body sentence in the joined ``docs.jsonl`` text."""
    if path is None:
        return []
    paragraphs = json.loads(path.read_text(encoding="utf-8"))["body-paragraphs"]
    out = []
    pos = 0
    for para in paragraphs:
        for sent in para:
            out.append((pos, sent))
            pos += len(sent) + 1  # a space after a sentence, a newline after a paragraph
    return out


def run_diffs(docs: dict[str, Doc]) -> dict[str, DiffReport]:
    """One report per triplet, its versions in article-number order."""
    by_triplet: dict[str, list[Doc]] = {}
    for doc in docs.values():
        by_triplet.setdefault(doc.triplet, []).append(doc)
    reports = {}
    for triplet, members in sorted(by_triplet.items()):
        members.sort(key=lambda d: d.id)
        articles = [Article(id=d.id, text=d.text, title=d.title, source=d.source) for d in members]
        reports[triplet] = diff_story(articles, story=triplet)
    return reports


def evaluate_basil(root: Path = BASIL, *, errors: list[str] | None = None) -> dict[str, float]:
    """Quote recall and speakers, and where ``inf`` spans land in the diff, on BASIL."""
    docs, spans = load(Path(root))
    reports = run_diffs(docs)
    variants: dict[str, list[QuoteVariant]] = {}
    adds: dict[str, list[tuple[int, int]]] = {}
    shared: dict[str, list[tuple[int, int]]] = {}
    for report in reports.values():
        for group in report.quotes:
            for v in group.variants:
                variants.setdefault(v.version, []).append(v)
        for version, passages in report.adds.items():
            adds.setdefault(version, []).extend((p.start, p.end) for p in passages)
        for row in report.alignment.rows:
            if len(row.versions) >= 2:
                for c in row.cells:
                    shared.setdefault(c.version, []).append((c.start, c.end))

    n_inf = located = in_adds = in_shared = 0
    kinds = ("all", "person", "group", "other")
    n_q = dict.fromkeys(kinds, 0)
    found = dict.fromkeys(kinds, 0)
    spk = dict.fromkeys(kinds, 0)
    spk_affil = dict.fromkeys(kinds, 0)
    for g in spans:
        n_inf += 1
        kind = speaker_kind(g.speaker)
        if g.quote:
            n_q["all"] += 1
            n_q[kind] += 1
        if g.start < 0:
            continue
        located += 1
        in_adds += any(a <= g.start and g.end <= b for a, b in adds.get(g.doc, ()))
        in_shared += any(a <= g.start and g.end <= b for a, b in shared.get(g.doc, ()))
        if not g.quote:
            continue
        doc = docs[g.doc]
        gtoks = _token_starts(doc.text, g.start, g.end)
        hits = [
            v
            for v in variants.get(g.doc, ())
            if overlap_short(_token_starts(doc.text, v.start, v.end), gtoks) >= THRESHOLD
        ]
        ok = any(right_speaker(v, g.speaker, doc.entities) for v in hits)
        ok_affil = ok or (kind == "group" and any(affiliated(v, g.speaker, doc.text) for v in hits))
        for k in ("all", kind):
            found[k] += bool(hits)
            spk[k] += ok
            spk_affil[k] += ok_affil
        if errors is not None and not ok:
            errors.append(_describe_miss(g, doc, hits, variants.get(g.doc, [])))

    def share(a: int, b: int) -> float:
        return a / b if b else 0.0

    figures = {
        "quote_found": share(found["all"], n_q["all"]),
        "quote_speaker": share(spk["all"], n_q["all"]),
        "quote_speaker_of_found": share(spk["all"], found["all"]),
        "quote_speaker_affil": share(spk_affil["all"], n_q["all"]),
        "quote_speaker_affil_group": share(spk_affil["group"], n_q["group"]),
    }
    for k in kinds[1:]:
        figures[f"quote_found_{k}"] = share(found[k], n_q[k])
        figures[f"quote_speaker_{k}"] = share(spk[k], n_q[k])
    figures.update(
        {
            "inf_located": share(located, n_inf),
            "inf_in_adds": share(in_adds, n_inf),
            "inf_shared": share(in_shared, n_inf),
            "n_inf": float(n_inf),
            "n_quotes": float(n_q["all"]),
        }
    )
    figures.update({f"n_quotes_{k}": float(n_q[k]) for k in kinds[1:]})
    figures.update({"n_docs": float(len(docs)), "n_triplets": float(len(reports))})
    return figures


def _describe_miss(
    g: GoldSpan, doc: Doc, hits: list[QuoteVariant], all_variants: list[QuoteVariant]
) -> str:
    """One line for a quote not found (or found with a wrong speaker); stdout only."""
    kind = "SPEAKER" if hits else "MISSED"
    shown = hits or [v for v in all_variants if v.end >= g.start - 300 and v.start <= g.end + 300]
    ctx = doc.text[max(0, g.start - 120) : g.end + 120].replace("\n", " | ")
    near = "; ".join(
        f"[{v.start}-{v.end}] {v.text[:60]!r} speaker={v.speaker!r} text={v.speaker_text!r}"
        f" cue={v.cue!r}"
        for v in shown[:3]
    )
    return (
        f"{kind} {doc.id[:8]}_{doc.id.rsplit('_', 1)[-1]} gold_speaker={g.speaker!r}"
        f" entities={list(doc.entities)} span=[{g.start}-{g.end}]\n"
        f"    context: {ctx!r}\n    extracted: {near or '-'}"
    )


def _print(name: str, figures: dict[str, float]) -> None:
    parts = [f"{k}={v:.4f}" if v % 1 else f"{k}={int(v)}" for k, v in figures.items()]
    print(f"{name}: " + " ".join(parts))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the BASIL figures and, on request, some missed quotes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=BASIL)
    parser.add_argument("--errors", type=int, default=0, help="print this many missed quotes")
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"basil: {args.root} is missing, skipped")
        return 0
    errs: list[str] | None = [] if args.errors else None
    t0 = time.perf_counter()
    figures = evaluate_basil(args.root, errors=errs)
    figures["seconds"] = round(time.perf_counter() - t0, 2)
    _print("basil", figures)
    for e in (errs or [])[: args.errors]:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
