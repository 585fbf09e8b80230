"""Meaning changes vs cosmetic edits between Wikinews revisions (IteraTeR).

Usage::

    python benchmarks/eval_iterater.py                 # all splits
    python benchmarks/eval_iterater.py --split train   # one split
    python benchmarks/eval_iterater.py --errors 15     # also the confusion details

**Corpus.** IteraTeR-HUMAN, Wikinews subset (Du et al., ACL 2022), read at run
time from ``../shared/corpora/iterater_wikinews``. Each record is a pair of
revisions of one article with its span edits (``A`` add, ``D`` delete, ``R``
replace; offsets into ``before_revision``) and the annotators' majority intent.

**Labels.** ``meaning-changed`` is a meaning change, which the diff should
*surface*; ``fluency``, ``clarity``, ``coherence`` and ``style`` are cosmetic,
which it should *mute*. ``others`` and edits without a majority are skipped.

**(a) classifier.** ``classify_change`` on each gold edit's ``before`` and
``after`` strings, split by :func:`storydiff.segment.words`. Meaning predicted =
surfaced.

**(b) diff.** ``diff_story`` on the two revisions with ``rule="base"`` and
``base="before"``. Each gold edit is placed in ``after_revision``: applying the
edits in order to ``before_revision`` gives a text whose non-space characters
are exactly those of ``after_revision`` (checked on every record: the corpus
only differs in runs of spaces), so the edit's ``after`` string has exact
offsets there (an empty point for a deletion). The edit is *touched* by

- a :class:`~storydiff.models.Change` of an ``after`` cell whose span overlaps
  it (an empty span, of a deletion on either side, is widened over the white
  space around it and then counts when it touches the other span),
- an added passage of ``after`` overlapping its ``after`` span, or
- an omitted passage (offsets into ``before_revision``) overlapping its
  ``before`` span.

It is *surfaced* when a touching Change has ``meaning=True`` or a passage
touches it, and *muted* otherwise, including when nothing touches it.

**Figures.** ``accuracy``; ``meaning_recall`` (meaning changes surfaced);
``cosmetic_recall`` (cosmetic edits muted); ``n``; and for the diff
``coverage`` (share of edits touched at all). ``majority_accuracy`` is the
accuracy of always answering "cosmetic". ``--errors N`` prints confusion tables
by intent and by the rule (``reason``) that decided, then the ``N`` most common
reasons among false positives and false negatives with short examples from the
sentence-level file (stdout only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ITERATER = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "iterater_wikinews"
)

sys.path.insert(0, str(ROOT))

from storydiff import diff_story  # noqa: E402
from storydiff.align import classify_change  # noqa: E402
from storydiff.diff import DiffOptions  # noqa: E402
from storydiff.models import Article, DiffReport  # noqa: E402
from storydiff.segment import words  # noqa: E402

COSMETIC = frozenset({"fluency", "clarity", "coherence", "style"})
MEANING = "meaning-changed"
SPLITS = ("train", "dev", "test", "all")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One gold edit and what a method said about it."""

    doc: str
    index: int
    kind: str
    intent: str
    before: str
    after: str
    surfaced: bool
    touched: bool
    reason: str
    context: str

    @property
    def meaning(self) -> bool:
        """Whether the gold label is a meaning change."""
        return self.intent == MEANING


def load(root: Path, split: str = "all") -> list[dict]:
    """Doc-level records of ``split`` with their sentence-level records attached.

    The sentence-level file lists one record per edit action, in the order of
    the doc-level ``edit_actions`` of the same ``(doc_id, revision_depth)``.
    """
    if split not in SPLITS:
        msg = f"The 'split' parameter must be one of {SPLITS}. Got {split!r} instead."
        raise ValueError(msg)
    root = Path(root)
    sents: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for line in (root / "wikinews_sent_level.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            sents[(rec["doc_id"], rec["revision_depth"])].append(rec)
    records = []
    for line in (root / "wikinews_doc_level.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if split != "all" and rec["split"] != split:
            continue
        mine = sents.get((rec["doc_id"], rec["revision_depth"]), [])
        rec["sentences"] = mine if len(mine) == len(rec["edit_actions"]) else []
        records.append(rec)
    return records


def _label(action: dict) -> str | None:
    intent = action.get("major_intent") or ""
    return intent if intent == MEANING or intent in COSMETIC else None


def _context(rec: dict, k: int) -> str:
    if not rec["sentences"]:
        return ""
    s = rec["sentences"][k]
    return f"{s['before_sent'].strip()[:160]!r} -> {s['after_sent'].strip()[:160]!r}"


def classifier_outcomes(records: Sequence[dict]) -> list[Outcome]:
    """``classify_change`` on every labelled gold edit's own strings."""
    out = []
    for rec in records:
        for k, action in enumerate(rec["edit_actions"]):
            intent = _label(action)
            if intent is None:
                continue
            before, after = action["before"] or "", action["after"] or ""
            meaning, reason = classify_change(
                [w.text for w in words(before)], [w.text for w in words(after)]
            )
            out.append(
                Outcome(
                    rec["doc_id"],
                    k,
                    action["type"],
                    intent,
                    before,
                    after,
                    meaning,
                    True,
                    reason,
                    _context(rec, k),
                )
            )
    return out


def after_spans(rec: dict) -> list[tuple[int, int]]:
    """Offsets of each edit's ``after`` string in ``after_revision`` (see the module docs)."""
    before = rec["before_revision"]
    target = rec["after_revision"]
    actions = rec["edit_actions"]
    order = sorted(range(len(actions)), key=lambda k: actions[k]["start_char_pos"])
    pieces: list[str] = []
    rebuilt_spans: dict[int, tuple[int, int]] = {}
    pos = length = 0
    for k in order:
        a = actions[k]
        keep = before[pos : a["start_char_pos"]]
        pieces.append(keep)
        length += len(keep)
        new = a["after"] or ""
        rebuilt_spans[k] = (length, length + len(new))
        pieces.append(new)
        length += len(new)
        pos = a["end_char_pos"]
    pieces.append(before[pos:])
    rebuilt = "".join(pieces)
    # k-th non-space character of ``rebuilt`` is the k-th of ``target``
    src = [i for i, ch in enumerate(rebuilt) if not ch.isspace()]
    dst = [i for i, ch in enumerate(target) if not ch.isspace()]
    if len(src) != len(dst):
        msg = f"Record {rec['doc_id']}: the edits do not rebuild after_revision."
        raise ValueError(msg)
    nonspace_before = [0] * (len(rebuilt) + 1)
    count = 0
    for i, ch in enumerate(rebuilt):
        nonspace_before[i] = count
        count += not ch.isspace()
    nonspace_before[len(rebuilt)] = count

    def map_start(i: int) -> int:
        j = nonspace_before[i]
        return dst[j] if j < len(dst) else len(target)

    def map_end(i: int) -> int:
        j = nonspace_before[i]
        return dst[j - 1] + 1 if j > 0 else 0

    spans = []
    for k in range(len(actions)):
        s, e = rebuilt_spans[k]
        if e > s and rebuilt[s:e].strip():
            spans.append((map_start(s), map_end(e)))
        else:
            p = map_start(s)
            spans.append((p, p))
    return spans


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    if start != end:
        return start, end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isspace():
        end += 1
    return start, end


def touches(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of ``text`` overlap; an empty span is widened over white space."""
    if a[0] < a[1] and b[0] < b[1]:
        return a[0] < b[1] and b[0] < a[1]
    a0, a1 = _widen(text, *a)
    b0, b1 = _widen(text, *b)
    return a0 <= b1 and b0 <= a1


def diff_outcomes(records: Sequence[dict]) -> list[Outcome]:
    """Map every labelled gold edit to the diff of its two revisions."""
    options = DiffOptions(rule="base", base="before")
    out = []
    for rec in records:
        before_text, after_text = rec["before_revision"], rec["after_revision"]
        report = diff_story(
            [Article(id="before", text=before_text), Article(id="after", text=after_text)],
            options=options,
            story=rec["doc_id"],
        )
        changes = _after_changes(report)
        added = [(p.start, p.end) for p in report.adds.get("after", ())]
        omitted = [(p.start, p.end) for p in report.omits.get("after", ())]
        spans = after_spans(rec)
        for k, action in enumerate(rec["edit_actions"]):
            intent = _label(action)
            if intent is None:
                continue
            span = spans[k]
            bspan = (action["start_char_pos"], action["end_char_pos"])
            hit = [c for c in changes if touches(after_text, span, (c[0], c[1]))]
            in_add = any(touches(after_text, span, p) for p in added)
            in_omit = any(touches(before_text, bspan, p) for p in omitted)
            if in_add or in_omit:
                surfaced, reason = True, "added passage" if in_add else "omitted passage"
            elif hit:
                surfaced = any(c[2] for c in hit)
                reason = next((c[3] for c in hit if c[2] == surfaced), hit[0][3])
            else:
                surfaced, reason = False, "no change shown"
            out.append(
                Outcome(
                    rec["doc_id"],
                    k,
                    action["type"],
                    intent,
                    action["before"] or "",
                    action["after"] or "",
                    surfaced,
                    bool(hit) or in_add or in_omit,
                    reason,
                    _context(rec, k),
                )
            )
    return out


def _after_changes(report: DiffReport) -> list[tuple[int, int, bool, str]]:
    out = []
    for row in report.alignment.rows:
        cell = row.cell("after")
        if cell is None or row.reference == "after":
            continue
        out.extend((c.start, c.end, c.meaning, c.reason) for c in cell.changes)
    return out


def score(outcomes: Sequence[Outcome], prefix: str) -> dict[str, float]:
    """Accuracy, meaning recall, cosmetic recall, coverage and n of one method."""
    n = len(outcomes)
    meaning = [o for o in outcomes if o.meaning]
    cosmetic = [o for o in outcomes if not o.meaning]
    correct = sum(o.surfaced == o.meaning for o in outcomes)
    figures = {
        f"{prefix}_accuracy": correct / n if n else 0.0,
        f"{prefix}_meaning_recall": sum(o.surfaced for o in meaning) / len(meaning)
        if meaning
        else 0.0,
        f"{prefix}_cosmetic_recall": sum(not o.surfaced for o in cosmetic) / len(cosmetic)
        if cosmetic
        else 0.0,
    }
    if prefix == "diff":
        figures[f"{prefix}_coverage"] = sum(o.touched for o in outcomes) / n if n else 0.0
    figures[f"{prefix}_n"] = float(n)
    return figures


def evaluate_iterater(root: Path = ITERATER, split: str = "all") -> dict[str, float]:
    """Classifier-only and whole-diff figures on one split (see the module docs)."""
    records = load(root, split)
    classified = classifier_outcomes(records)
    diffed = diff_outcomes(records)
    figures = score(classified, "classifier")
    figures.update(score(diffed, "diff"))
    n = len(classified)
    figures["majority_accuracy"] = sum(not o.meaning for o in classified) / n if n else 0.0
    figures["n_meaning"] = float(sum(o.meaning for o in classified))
    figures["n_docs"] = float(len(records))
    return figures


def confusion(outcomes: Sequence[Outcome], title: str, examples: int) -> list[str]:
    """Tables by intent and by reason, then the commonest reasons of the errors."""
    lines = [f"== {title}: by major_intent (surfaced / muted)"]
    by_intent: dict[str, Counter[bool]] = defaultdict(Counter)
    by_reason: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        by_intent[o.intent][o.surfaced] += 1
        by_reason[o.reason]["meaning" if o.meaning else "cosmetic"] += 1
        by_reason[o.reason]["surfaced" if o.surfaced else "muted"] += 1
    for intent, c in sorted(by_intent.items()):
        lines.append(f"  {intent:16} surfaced={c[True]:4} muted={c[False]:4}")
    lines.append(f"== {title}: by reason (gold meaning / cosmetic; what we said)")
    for reason, c in sorted(by_reason.items(), key=lambda kv: -kv[1].total()):
        lines.append(
            f"  {reason:16} gold_meaning={c['meaning']:4} gold_cosmetic={c['cosmetic']:4}"
            f"  surfaced={c['surfaced']:4} muted={c['muted']:4}"
        )
    for name, wrong in (
        (
            "false positives (cosmetic surfaced)",
            [o for o in outcomes if o.surfaced and not o.meaning],
        ),
        ("false negatives (meaning muted)", [o for o in outcomes if not o.surfaced and o.meaning]),
    ):
        reasons = Counter(o.reason for o in wrong)
        lines.append(f"== {title}: {name}: {len(wrong)}")
        for reason, count in reasons.most_common(15):
            lines.append(f"  {reason}: {count}")
            shown = [o for o in wrong if o.reason == reason][:examples]
            for o in shown:
                lines.append(
                    f"    [{o.intent} {o.kind}] {o.before[:60]!r} -> {o.after[:60]!r}"
                    f"  ({o.doc}#{o.index})"
                )
                if o.context:
                    lines.append(f"      {o.context}")
    return lines


def _print(name: str, figures: dict[str, float]) -> None:
    parts = [f"{k}={v:.4f}" if v % 1 else f"{k}={int(v)}" for k, v in figures.items()]
    print(f"{name}: " + " ".join(parts))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures and, with ``--errors``, the confusion details."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=SPLITS)
    parser.add_argument("--root", type=Path, default=ITERATER)
    parser.add_argument(
        "--errors", type=int, default=0, help="print confusion tables and N examples per reason"
    )
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"iterater: {args.root} is missing, skipped")
        return 0
    t0 = time.perf_counter()
    figures = evaluate_iterater(args.root, args.split)
    figures["seconds"] = round(time.perf_counter() - t0, 2)
    _print(f"iterater-{args.split}", figures)
    if args.errors:
        records = load(args.root, args.split)
        for line in confusion(classifier_outcomes(records), "classifier", args.errors):
            print(line)
        for line in confusion(diff_outcomes(records), "diff", args.errors):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
