"""Quote extraction quality on PolNeAR (political news) and on the demo gold.

Usage::

    python benchmarks/eval_polnear.py               # PolNeAR dev and the demo gold
    python benchmarks/eval_polnear.py --split train
    python benchmarks/eval_polnear.py --errors 20   # also print some misses

**Gold quotes.** PolNeAR annotates attribution relations (source, cue,
content). A gold direct quote is a stretch inside quote marks within the
content of an attribution: the content spans of one attribution are merged
when only white space separates them, and every pair of double quote marks
inside gives one gold quote (an unclosed mark runs to the end of the span, a
closing mark without an opening one starts at the span's start). Two apostrophes
('') are a double mark: the New York Times' articles reach the corpus quoting
''like this'', which the conversion's ``is_direct`` flag did not look for. Its gold
speaker is the attribution's source span as written (often a pronoun: the
corpus has no coreference). One annotator per article is used (the first in
sorted order). The demo gold (``corpora/demo.annotations.jsonl``) lists quotes
as strings; they are located in ``title + "\\n\\n" + text`` because one
headline quote is in the title.

**Overlap.** Tokens are ``\\w+`` matches, identified by their character offset
in the article. The overlap of a predicted quote ``p`` and a gold quote ``g``
is ``|tokens(p) & tokens(g)| / max(|tokens(p)|, |tokens(g)|)``: the share of
the longer of the two that both cover, so one side can't match by being much
longer or shorter. A pair matches when the overlap is at least 0.5;
predictions and gold quotes are paired one to one, greedily, highest overlap
first. ``quote_p`` = matched predictions / predictions, ``quote_r`` = matched
gold / gold.

**Speaker.** Over matched pairs whose gold quote has a speaker. Both names are
normalised (lower case, possessive dropped, titles, determiners and
punctuation removed). The prediction is correct when its canonical
``speaker`` or its ``speaker_text`` (the mention as written; PolNeAR's gold is
a mention too, e.g. "the judge") matches the gold: one token set contains the
other, or the predicted surname (last token) is among the gold tokens. A gold
pronoun can only be checked against the mention the extractor chose, so it is
correct when ``speaker_text`` is the same pronoun;
``speaker_acc_named`` leaves those pairs out. In the demo gold, ``unnamed
official`` is correct for a prediction with an empty ``speaker``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear"
DEMO_DIR = ROOT / "corpora" / "demo"
DEMO_ANNOTATIONS = ROOT / "corpora" / "demo.annotations.jsonl"
THRESHOLD = 0.5

sys.path.insert(0, str(ROOT))

import storydiff  # noqa: E402
from storydiff.models import Quote  # noqa: E402
from storydiff.quotes import extract_quotes  # noqa: E402


def _words(words: str) -> frozenset[str]:
    """A word list written as one white-space separated string."""
    return frozenset(words.split())


_WORD = re.compile(r"\w+")
_PRONOUNS = _words("he she they it we i you")
_DROP = _words("""
    the a an mr mrs ms miss dr sen rep gov president former of and s d r
    """)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold quote: offsets of the quoted words and the speaker as annotated."""

    start: int
    end: int
    speaker: str


def _token_starts(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(m.start() for m in _WORD.finditer(text, start, end))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared tokens over the token count of the longer side (0 when one is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def _name_tokens(name: str) -> list[str]:
    toks = [t.lower() for t in _WORD.findall(name.replace("’s", "").replace("'s", ""))]
    return [t for t in toks if t not in _DROP]


def same_speaker(pred: Quote, gold: str) -> bool:
    """Whether the predicted speaker is the gold one (see the module docstring)."""
    gold_toks = _name_tokens(gold)
    if gold.strip().lower() == "unnamed official":
        return pred.speaker == ""
    if gold_toks and all(t in _PRONOUNS for t in gold_toks):
        return _name_tokens(pred.speaker_text) == gold_toks
    if not gold_toks:
        return False
    g = set(gold_toks)
    for name in (pred.speaker, pred.speaker_text):
        pred_toks = _name_tokens(name)
        if not pred_toks:
            continue
        p = set(pred_toks)
        if g <= p or p <= g or pred_toks[-1] in g:
            return True
    return False


def _is_pronoun(name: str) -> bool:
    toks = _name_tokens(name)
    return bool(toks) and all(t in _PRONOUNS for t in toks)


def score(
    docs: Iterable[tuple[str, Sequence[GoldQuote], Sequence[Quote]]],
    *,
    threshold: float = THRESHOLD,
    errors: list[str] | None = None,
) -> dict[str, float]:
    """P/R/F1 of quotes and speaker accuracy over ``(text, gold, predicted)`` triples."""
    n_gold = n_pred = matched = 0
    spk_n = spk_ok = named_n = named_ok = 0
    for text, gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        gtoks = [_token_starts(text, g.start, g.end) for g in gold]
        ptoks = [_token_starts(text, p.start, p.end) for p in pred]
        pairs = sorted(
            (
                (overlap(pt, gt), i, j)
                for i, pt in enumerate(ptoks)
                for j, gt in enumerate(gtoks)
                if pt & gt
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for ov, i, j in pairs:
            if ov < threshold or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            matched += 1
            g = gold[j]
            if not g.speaker:
                continue
            ok = same_speaker(pred[i], g.speaker)
            spk_n += 1
            spk_ok += ok
            if not _is_pronoun(g.speaker):
                named_n += 1
                named_ok += ok
            if errors is not None and not ok:
                q = pred[i]
                ctx = text[max(0, q.start - 150) : q.end + 80].replace("\n", " | ")
                errors.append(
                    f"SPEAKER gold={g.speaker!r} pred={q.speaker!r}"
                    f" ({q.speaker_text!r}, {q.cue!r}) :: {ctx!r}"
                )
        if errors is not None:
            for i, p in enumerate(pred):
                if i not in used_p:
                    ctx = text[max(0, p.start - 60) : p.end + 40].replace("\n", " | ")
                    errors.append(f"FP {p.kind} :: {ctx!r}")
            for j, g in enumerate(gold):
                if j not in used_g:
                    ctx = text[max(0, g.start - 60) : g.end + 40].replace("\n", " | ")
                    errors.append(f"FN :: {ctx!r}")
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "quote_p": p,
        "quote_r": r,
        "quote_f1": f,
        "speaker_acc": spk_ok / spk_n if spk_n else 0.0,
        "speaker_acc_named": named_ok / named_n if named_n else 0.0,
        "n_gold": float(n_gold),
        "n_pred": float(n_pred),
        "n_speaker": float(spk_n),
    }


# ---------------------------------------------------------------------------
# PolNeAR


def _opens(text: str, i: int, lo: int) -> bool:
    ch = text[i]
    if ch == "“":
        return True
    if ch == "”":
        return False
    return i == lo or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"


def _quoted_segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Stretches between double quote marks inside ``text[lo:hi]``."""
    segs: list[tuple[int, int]] = []
    depth = 0
    start = lo
    seen_mark = False
    for i in range(lo, hi):
        if text[i] not in '"“”':
            continue
        if _opens(text, i, lo):
            if depth == 0:
                start = i + 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                segs.append((start, i))
        elif not seen_mark:
            segs.append((lo, i))  # the span starts inside a quote
        seen_mark = True
    if depth:
        segs.append((start, hi))
    return [(a, b) for a, b in segs if _WORD.search(text, a, b)]


def _doubled_apostrophes_as_marks(text: str) -> str:
    """``text`` with each '' (two apostrophes, how the New York Times' quote marks reach
    PolNeAR) written as one double mark and a space, the same length."""
    chars = list(text)
    for m in re.finditer("''", text):
        i = m.start()
        opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


def polnear_gold(record: dict) -> list[GoldQuote]:
    """Gold direct quotes of one PolNeAR record (see the module docstring)."""
    text = _doubled_apostrophes_as_marks(record["text"])
    out: list[GoldQuote] = []
    for attr in record["attributions"]:
        direct = attr.get("is_direct") or any("''" in c["text"] for c in attr["content"])
        if not direct:
            continue
        speaker = " ".join(s["text"] for s in attr.get("source") or [])
        spans = sorted((c["start"], c["end"]) for c in attr["content"])
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and text[merged[-1][1] : a].strip() == "":
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            for s, e in _quoted_segments(text, a, b):
                out.append(GoldQuote(s, e, speaker))
    return out


def polnear_records(root: Path, split: str) -> list[dict]:
    """One record per article (the first annotator in sorted order)."""
    path = root / f"polnear_{split}.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    records.sort(key=lambda r: r["id"])
    seen: set[str] = set()
    out = []
    for rec in records:
        if rec["article"] not in seen:
            seen.add(rec["article"])
            out.append(rec)
    return out


def evaluate_polnear(
    root: Path = POLNEAR, split: str = "dev", *, errors: list[str] | None = None
) -> dict[str, float]:
    """Direct-quote P/R/F1 and speaker accuracy on one PolNeAR split."""
    docs = []
    for rec in polnear_records(Path(root), split):
        docs.append((rec["text"], polnear_gold(rec), extract_quotes(rec["text"])))
    result = score(docs, errors=errors)
    result["n_docs"] = float(len(docs))
    return result


# ---------------------------------------------------------------------------
# demo gold


def evaluate_demo_quotes(
    corpus_dir: Path = DEMO_DIR,
    annotations_path: Path = DEMO_ANNOTATIONS,
    *,
    errors: list[str] | None = None,
) -> dict[str, float]:
    """Quote P/R/F1, speaker accuracy and ``not_quote_hits`` on the demo gold."""
    articles = {a.id: a for a in storydiff.read([Path(corpus_dir)]).articles}
    docs = []
    not_quote_hits = 0
    for line in Path(annotations_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ann = json.loads(line)
        article = articles[ann["id"]]
        text = f"{article.title}\n\n{article.text}" if article.title else article.text
        pred = extract_quotes(text)
        gold = []
        for q in ann["quotes"]:
            at = text.find(q["text"])
            if at < 0:
                msg = f"Gold quote not found in {ann['id']}: {q['text']!r}"
                raise ValueError(msg)
            gold.append(GoldQuote(at, at + len(q["text"]), q["speaker"]))
        for nq in ann.get("not_quotes", []):
            for p in pred:
                if nq in p.text or (p.text in nq and len(p.text) > 0.5 * len(nq)):
                    not_quote_hits += 1
                    if errors is not None:
                        errors.append(f"NOT_QUOTE {ann['id']} :: {p.text!r}")
        docs.append((text, gold, pred))
    result = score(docs, errors=errors)
    result["not_quote_hits"] = float(not_quote_hits)
    return result


def _print(name: str, figures: dict[str, float]) -> None:
    parts = [f"{k}={v:.4f}" if v % 1 else f"{k}={int(v)}" for k, v in figures.items()]
    print(f"{name}: " + " ".join(parts))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures for PolNeAR (when present) and the demo gold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--root", type=Path, default=POLNEAR)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args(argv)
    errs: list[str] | None = [] if args.errors else None
    if args.root.exists():
        _print(f"polnear-{args.split}", evaluate_polnear(args.root, args.split, errors=errs))
    else:
        print(f"polnear: {args.root} is missing, skipped")
    demo_errs: list[str] | None = [] if args.errors else None
    _print("demo", evaluate_demo_quotes(errors=demo_errs))
    for e in (demo_errs or []) + (errs or [])[: args.errors]:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
