"""Quality of the diff view: quotes, numbers, conflicts, adds and edits.

Usage::

    python benchmarks/eval_diff.py                  # every corpus found
    python benchmarks/eval_diff.py demo_conflicts   # one of them
    python benchmarks/eval_diff.py --check          # exit 1 below a pinned floor
    python benchmarks/eval_diff.py --update         # raise floors to today's figures

Corpora (floors pinned in ``benchmarks/baseline.json`` under ``diff_*`` keys):

``demo_quotes``
    the demo's hand-annotated quotes and speakers (``corpora/demo.annotations.jsonl``).
``demo_conflicts``
    the demo's planted conflicts (``corpora/demo.conflicts.jsonl``): each story
    is diffed as clustering would give it (gold stories), and every gold item is
    looked up among the reported conflicts. A gold ``conflict`` is found when a
    reported conflict or conflict of degree pairs two of its differing values
    (same versions, overlapping wording); a gold ``compatible`` is right when no
    conflict pairs its values; a gold ``update`` when they are labelled update.
    A reported conflict that matches no gold item is a false conflict.
``polnear``
    direct quotes and speakers in real political news (dev split), see
    ``eval_polnear.py``.
``newsquant``
    numbers with hedges and units (test split), see ``eval_newsquant.py``.
``newsy``
    the same scoring on the project's own 300 annotated news sentences
    (``corpora/quantities/newsy.json``), which ship with it: gated everywhere.
``real_news``
    the same scoring on 220 sentences of real news (AllSides, BASIL) the project
    annotated (``corpora/quantities/real_news.json``, offsets only: the text is
    read from ``../shared/corpora``).
``basil``, ``iterater``
    see ``eval_basil_diff.py`` and ``eval_iterater.py``.
``entities``
    the kinds of named people, organisations and places against ECB+'s
    participant mentions, see ``eval_entities.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import storydiff
from storydiff.diff import diff_story
from storydiff.models import Conflict
from storydiff.normalize import tokens

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _gate  # noqa: E402 - the benchmarks folder is not a package

ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpora"
DEMO = ROOT / "corpora" / "demo"
BASELINE = HERE / "baseline.json"
EPSILON = 0.005
PREFIX = "diff_"


def _module(name: str) -> ModuleType:
    return _gate.load_module(name)


def _demo_stories() -> tuple[dict[str, storydiff.Article], dict[str, list[str]]]:
    articles = {a.id: a for a in storydiff.read([DEMO]).articles}
    stories: dict[str, list[str]] = defaultdict(list)
    for line in (ROOT / "corpora" / "demo.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            stories[record["story"]].append(record["id"])
    return articles, stories


def _overlaps(a: str, b: str) -> bool:
    """Whether a found value's text is a gold value's: half their words shared, and the
    same figures ("240 million valors" is not "330 million valors")."""
    ta, tb = set(tokens(a)), set(tokens(b))
    if {t for t in ta if t[0].isdigit()} != {t for t in tb if t[0].isdigit()}:
        return False
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def _pairs_values(conflict: Conflict, gold_values: list[dict[str, str]]) -> bool:
    """Whether ``conflict`` holds two gold values that differ, from the same versions."""
    matched = set()
    for gold in gold_values:
        for value in conflict.values:
            if value.version == gold["id"] and _overlaps(value.text, gold["text"]):
                matched.add(gold["text"].lower())
    return len(matched) >= 2


def evaluate_demo_conflicts(*, errors: list[str] | None = None) -> dict[str, Any]:
    """Planted conflicts found, compatible and update items labelled right, false conflicts."""
    articles, stories = _demo_stories()
    gold_by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (
        (ROOT / "corpora" / "demo.conflicts.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip():
            record = json.loads(line)
            gold_by_story[record["story"]].append(record)
    found = total = compatible_ok = compatible_n = update_ok = update_n = 0
    false_total = 0
    false_max = 0
    for story, ids in stories.items():
        if len(ids) < 2:
            continue
        report = diff_story([articles[i] for i in ids], story=story)
        real = [c for c in report.conflicts if c.label in ("conflict", "degree")]
        explained: set[int] = set()
        for gold in gold_by_story.get(story, []):
            hits = [k for k, c in enumerate(report.conflicts) if _pairs_values(c, gold["values"])]
            labels = {report.conflicts[k].label for k in hits}
            explained.update(hits)
            if gold["kind"] == "conflict":
                total += 1
                ok = bool(labels & {"conflict", "degree"})
                found += ok
            elif gold["kind"] == "compatible":
                compatible_n += 1
                ok = not labels & {"conflict", "degree"}
                compatible_ok += ok
            else:
                update_n += 1
                ok = "update" in labels
                update_ok += ok
            if not ok and errors is not None:
                errors.append(
                    f"MISSED {story} {gold['kind']} {gold['subject']}: got {sorted(labels)}"
                )
        false = [c for k, c in enumerate(report.conflicts) if c in real and k not in explained]
        false_total += len(false)
        false_max = max(false_max, len(false))
        if errors is not None:
            for c in false:
                values = "; ".join(f"{v.version}: {v.text}" for v in c.values)
                errors.append(f"FALSE {story} {c.label} {c.subject}: {values}")
    return {
        "conflicts_found": found / total if total else 1.0,
        "compatible_right": compatible_ok / compatible_n if compatible_n else 1.0,
        "updates_right": update_ok / update_n if update_n else 1.0,
        "false_conflicts": false_total,
        "false_per_story_max": false_max,
        "false_per_story_ok": 1.0 if false_max <= 1 else 0.0,
        "n_conflicts": total,
    }


def evaluate_demo_quotes() -> dict[str, Any]:
    return dict(_module("eval_polnear").evaluate_demo_quotes())


def evaluate_polnear() -> dict[str, Any]:
    return dict(_module("eval_polnear").evaluate_polnear(SHARED / "polnear", split="dev"))


def evaluate_newsquant() -> dict[str, Any]:
    return dict(_module("eval_newsquant").evaluate_newsquant(SHARED / "newsquant", split="test"))


def evaluate_newsy() -> dict[str, Any]:
    """Quantities on the project's own NewsQuant-style set (``corpora/quantities``)."""
    return dict(_module("eval_newsquant").evaluate_newsquant(SHARED / "newsquant", dataset="newsy"))


def evaluate_real_news() -> dict[str, Any]:
    """Quantities on real news sentences the project annotated (``corpora/quantities``)."""
    return dict(_module("eval_newsquant").evaluate_newsquant(SHARED / "newsquant", dataset="real"))


def evaluate_basil() -> dict[str, Any]:
    return dict(_module("eval_basil_diff").evaluate_basil(SHARED / "basil"))


def evaluate_iterater() -> dict[str, Any]:
    return dict(_module("eval_iterater").evaluate_iterater(SHARED / "iterater_wikinews"))


def evaluate_entities() -> dict[str, Any]:
    return dict(_module("eval_entities").evaluate_entities(SHARED / "ecbplus" / "xml"))


def speed_ten_versions() -> dict[str, Any]:
    """Seconds to diff the largest demo story grown to ten versions (not gated)."""
    articles, stories = _demo_stories()
    ids = max(stories.values(), key=len)
    versions = [articles[i] for i in ids]
    grown = [
        storydiff.Article(id=f"{a.id}-{k}", text=a.text, title=a.title)
        for k in range(4)
        for a in versions
    ][:10]
    start = time.perf_counter()
    diff_story(grown)
    return {"ten_version_diff_s": time.perf_counter() - start, "versions": len(grown)}


CORPORA: dict[str, tuple[Callable[[], dict[str, Any]], str | None, tuple[str, ...]]] = {
    "demo_quotes": (evaluate_demo_quotes, None, ("quote_p", "quote_r", "speaker_acc")),
    "demo_conflicts": (
        evaluate_demo_conflicts,
        None,
        ("conflicts_found", "compatible_right", "updates_right", "false_per_story_ok"),
    ),
    "polnear": (evaluate_polnear, "polnear", ("quote_p", "quote_r", "speaker_acc")),
    "newsquant": (evaluate_newsquant, "newsquant", ("value_f1", "value_unit_f1")),
    "newsy": (evaluate_newsy, None, ("value_f1", "value_unit_f1")),
    "real_news": (evaluate_real_news, "allsides_clusters", ("value_f1", "value_unit_f1")),
    "basil": (evaluate_basil, "basil", ("quote_found", "quote_speaker")),
    "iterater": (
        evaluate_iterater,
        "iterater_wikinews",
        ("diff_accuracy", "diff_meaning_recall"),
    ),
    "entities": (evaluate_entities, "ecbplus", ("found", "kind_acc")),
}


def available(name: str) -> bool:
    """Whether the corpus and its evaluation script are here."""
    _, folder, _ = CORPORA[name]
    script = {
        "basil": "eval_basil_diff",
        "iterater": "eval_iterater",
        "entities": "eval_entities",
    }.get(name)
    if script and not (HERE / f"{script}.py").exists():
        return False
    return folder is None or (SHARED / folder).exists()


def evaluate(name: str) -> dict[str, Any]:
    """Figures for one corpus."""
    return CORPORA[name][0]()


def check_floors(name: str, figures: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Messages for every gated figure below its pinned floor (minus EPSILON)."""
    floors = baseline.get(PREFIX + name, {}).get("floors", {})
    return [
        f"{name}.{key} = {figures.get(key)} is below the floor {floor}"
        for key, floor in floors.items()
        if figures.get(key) is None or figures[key] < floor - EPSILON
    ]


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=[])
    parser.add_argument("--check", action="store_true", help="exit 1 below a pinned floor")
    parser.add_argument("--update", action="store_true", help="raise floors to today's figures")
    parser.add_argument(
        "--allow-regression", action="store_true", help="let --update lower a floor"
    )
    parser.add_argument("--errors", action="store_true", help="print demo conflict errors")
    parser.add_argument("--speed", action="store_true", help="also time a ten-version diff")
    args = parser.parse_args(argv)
    names = args.corpora or list(CORPORA)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failures: list[str] = []
    for name in names:
        if not available(name):
            print(f"{name}: not available here; skipped", file=sys.stderr)
            continue
        figures = evaluate(name)
        failures += check_floors(name, figures, baseline)
        print(f"{name:15s} " + "  ".join(f"{k}={_fmt(v)}" for k, v in figures.items()))
        if args.update:
            old = baseline.get(PREFIX + name, {}).get("floors", {})
            today = {k: figures[k] for k in CORPORA[name][2] if k in figures}
            new = _gate.raised_floors(name, old, today, allow_regression=args.allow_regression)
            baseline[PREFIX + name] = {"floors": new}
    if args.errors:
        errors: list[str] = []
        evaluate_demo_conflicts(errors=errors)
        print("\n".join(errors))
    if args.speed:
        print(
            "speed           "
            + "  ".join(f"{k}={_fmt(v)}" for k, v in speed_ten_versions().items())
        )
    return _gate.finish(BASELINE, baseline, failures, update=args.update, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
