"""Named people, places and organisations against ECB+'s entity mentions.

Usage::

    python benchmarks/eval_entities.py              # topics 1-35, every document
    python benchmarks/eval_entities.py --errors 20  # also the commonest wrong kinds

**Corpus.** ECB+ (Cybulska and Vossen, LREC 2014), read at run time from
``../shared/corpora/ecbplus/xml``: news articles as tokens, with stand-off
mentions of an event's participants, times and places. Each document's text is
rebuilt as the corpus's own ``docs.jsonl`` has it (tokens joined by a space,
one sentence a line), so token offsets are exact.

**Gold names.** Mentions tagged ``HUMAN_PART_PER`` (a person),
``HUMAN_PART_ORG`` (an organisation) or ``LOC_GEO``/``LOC_FAC``/``LOC_OTHER``/
``HUMAN_PART_GPE`` (a place: storydiff calls a country a place wherever it
acts) that are proper names: contiguous tokens, the first and the last
capitalised, every other one capitalised or a name particle ("of", "de",
"al-"), and not a lone pronoun or determiner ("He", "The"). Descriptions ("the
actress", "her rep") and pronouns are not names and are left out. ECB+ only
marks the participants of the events it annotates, so this measures the
people, places and bodies a story is about, not every name in it.

**Figures.** ``found``: share of gold names that an extracted entity overlaps
(by character offsets); ``kind_acc``: among those, the share whose kind is the
gold kind (``"other"`` is wrong); ``kind_acc_<kind>`` per gold kind; and
``decided``: share of found names given a kind other than ``"other"``.
``--errors N`` prints the ``N`` commonest (gold kind, our kind, name) misses.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ECB_XML = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "ecbplus" / "xml"

sys.path.insert(0, str(ROOT))

from storydiff.entities import extract_entities  # noqa: E402

GOLD_KINDS = {
    "HUMAN_PART_PER": "person",
    "HUMAN_PART_ORG": "org",
    "HUMAN_PART_GPE": "place",
    "LOC_GEO": "place",
    "LOC_FAC": "place",
    "LOC_OTHER": "place",
}
_PARTICLES = frozenset(
    [
        *("of", "the", "de", "da", "di", "du", "van", "von", "der", "den"),
        *("al", "el", "la", "le", "bin", "and", "&", "for"),
    ]
)
_NOT_NAMES = frozenset(
    [
        *("he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our"),
        *("this", "that", "these", "those", "the", "a", "an"),
        *("police", "officials", "authorities"),
    ]
)


@dataclass(frozen=True, slots=True)
class GoldName:
    doc: str
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    names: tuple[GoldName, ...]


def _is_name(words: Sequence[str]) -> bool:
    if not words or len(words) > 6:
        return False
    if len(words) == 1 and words[0].lower() in _NOT_NAMES:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES or w in {"'s", "-"} for w in words)


def read_document(path: Path) -> Document:
    """One ECB+ file: its text rebuilt from the tokens, and its gold names."""
    root = ET.parse(path).getroot()
    lines: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        sentence = int(tok.get("sentence", "0"))
        lines.setdefault(sentence, []).append((tok.get("t_id", ""), tok.text or ""))
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    for k, sentence in enumerate(sorted(lines)):
        if k:
            parts.append("\n")
            pos += 1
        for n, (tid, word) in enumerate(lines[sentence]):
            if n:
                parts.append(" ")
                pos += 1
            offsets[tid] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
    text = "".join(parts)
    names = []
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        kind = GOLD_KINDS.get(m.tag)
        anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if kind is None or not anchors or any(t not in offsets for t in anchors):
            continue
        ids = sorted(int(t) for t in anchors)
        if ids != list(range(ids[0], ids[-1] + 1)):
            continue
        start, end = offsets[str(ids[0])][0], offsets[str(ids[-1])][1]
        words = text[start:end].split()
        if _is_name(words):
            names.append(GoldName(path.stem, start, end, text[start:end], kind))
    return Document(path.stem, text, tuple(names))


def documents(root: Path = ECB_XML) -> Iterator[Document]:
    for topic in sorted(root.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0):
        if topic.is_dir():
            for path in sorted(topic.glob("*.xml")):
                yield read_document(path)


def evaluate(docs: Sequence[Document]) -> tuple[dict[str, float], list[tuple[GoldName, str]]]:
    """The figures, and every found gold name with the kind we gave it."""
    found: list[tuple[GoldName, str]] = []
    total = 0
    for doc in docs:
        entities = extract_entities(doc.text)
        for g in doc.names:
            total += 1
            hit = [e for e in entities if e.start < g.end and g.start < e.end]
            if hit:
                best = max(hit, key=lambda e: min(e.end, g.end) - max(e.start, g.start))
                found.append((g, best.kind))
    right = Counter(g.kind for g, kind in found if kind == g.kind)
    seen = Counter(g.kind for g, _ in found)
    figures: dict[str, float] = {
        "found": len(found) / total if total else 0.0,
        "kind_acc": sum(right.values()) / len(found) if found else 0.0,
        "decided": sum(kind != "other" for _, kind in found) / len(found) if found else 0.0,
    }
    for kind in ("person", "org", "place"):
        figures[f"kind_acc_{kind}"] = right[kind] / seen[kind] if seen[kind] else 0.0
        figures[f"n_{kind}"] = float(seen[kind])
    figures["n_gold"] = float(total)
    figures["n_docs"] = float(len(docs))
    return figures, found


def evaluate_entities(root: Path = ECB_XML) -> dict[str, float]:
    """The figures on every ECB+ document under ``root``."""
    return evaluate(list(documents(root)))[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ECB_XML)
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong kinds")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"ECB+ not found at {args.root}", file=sys.stderr)
        return 2
    docs = list(documents(args.root))
    figures, found = evaluate(docs)
    print(
        "ecbplus-entities: "
        + " ".join(f"{k}={v:.4f}" if v < 1.5 else f"{k}={int(v)}" for k, v in figures.items())
    )
    if args.errors:
        wrong = Counter((g.kind, kind, g.text) for g, kind in found if kind != g.kind)
        by_pair = Counter((g.kind, kind) for g, kind in found if kind != g.kind)
        print("== wrong kinds (gold -> ours)")
        for (gk, ok), n in by_pair.most_common():
            print(f"  {gk:>6} -> {ok:<6} {n}")
        print(f"== the {args.errors} commonest")
        for (gk, ok, text), n in wrong.most_common(args.errors):
            print(f"  {n:3d}  {gk:>6} -> {ok:<6} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
