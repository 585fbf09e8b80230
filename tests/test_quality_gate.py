"""The clustering quality gate: every corpus stays at or above its pinned floors."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT, shared_corpus

_spec = importlib.util.spec_from_file_location(
    "eval_clustering", ROOT / "benchmarks" / "eval_clustering.py"
)
assert _spec is not None
assert _spec.loader is not None
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_clustering"] = ev
_spec.loader.exec_module(ev)

BASELINE = json.loads(ev.BASELINE.read_text())


@pytest.mark.parametrize("name", ev.ALL)
def test_clustering_quality_stays_above_pinned_floors(name):
    if name != "demo":
        shared_corpus(ev.CORPUS_DIRS[name])
    assert BASELINE.get(name, {}).get("floors"), f"no floors pinned for {name}"
    figures = ev.evaluate(name)
    assert ev.check_floors(name, figures, BASELINE) == []


def test_metrics_on_a_known_case():
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    pred = {"a": "x", "b": "x", "c": "x", "d": "y"}
    p, r, f = ev.bcubed(pred, gold)
    assert (round(p, 4), round(r, 4)) == (round(2 / 3, 4), 0.75)
    pp, pr, _ = ev.pairwise(pred, gold)
    assert (round(pp, 4), pr) == (round(1 / 3, 4), 0.5)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_a_regression_below_a_floor_is_reported():
    baseline = {"demo": {"floors": {"bcubed_f1": 0.9}}}
    assert ev.check_floors("demo", {"bcubed_f1": 0.5}, baseline)
    assert ev.check_floors("demo", {"bcubed_f1": 0.899}, baseline) == []
