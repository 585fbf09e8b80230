"""The diff quality gate: quotes, numbers, conflicts and edits stay at or above their floors."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT, shared_corpus

_spec = importlib.util.spec_from_file_location("eval_diff", ROOT / "benchmarks" / "eval_diff.py")
assert _spec is not None
assert _spec.loader is not None
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_diff"] = ev
_spec.loader.exec_module(ev)

BASELINE = json.loads(ev.BASELINE.read_text())


@pytest.mark.parametrize("name", list(ev.CORPORA))
def test_diff_quality_stays_above_pinned_floors(name):
    folder = ev.CORPORA[name][1]
    if folder is not None:
        shared_corpus(folder)
    assert BASELINE.get(ev.PREFIX + name, {}).get("floors"), f"no floors pinned for {name}"
    figures = ev.evaluate(name)
    assert ev.check_floors(name, figures, BASELINE) == []


def test_every_planted_demo_conflict_is_found_with_at_most_one_false_one_per_story():
    figures = ev.evaluate_demo_conflicts()
    assert figures["conflicts_found"] == 1.0
    assert figures["false_per_story_max"] <= 1


def test_a_missing_floor_figure_is_a_failure():
    baseline = {"diff_demo_quotes": {"floors": {"quote_p": 0.9}}}
    assert ev.check_floors("demo_quotes", {}, baseline)
    assert ev.check_floors("demo_quotes", {"quote_p": 0.897}, baseline) == []
    assert ev.check_floors("demo_quotes", {"quote_p": 0.89}, baseline)
