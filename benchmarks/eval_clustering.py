"""Clustering quality against gold labels, with floors pinned in ``baseline.json``.

Usage::

    python benchmarks/eval_clustering.py               # every corpus that is present
    python benchmarks/eval_clustering.py ecbplus demo   # some of them
    python benchmarks/eval_clustering.py --check        # exit 1 below a pinned floor
    python benchmarks/eval_clustering.py --update       # raise floors to today's figures

Same-story corpora report B-cubed and pairwise precision/recall/F1; near-duplicate
corpora report how many known duplicate pairs end up in one story and in a copy
link. Every corpus runs with the default :class:`storydiff.ClusterParams`.
Third-party corpora are read from ``../shared/corpora`` and never copied.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import itertools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
EPSILON = 0.005

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _gate  # noqa: E402 - the benchmarks folder is not a package

import storydiff  # noqa: E402
from storydiff.cluster import title_tickers  # noqa: E402
from storydiff.ingest import FieldMap  # noqa: E402
from storydiff.models import Article, ClusterResult  # noqa: E402
from storydiff.normalize import comparison_key  # noqa: E402

# --------------------------------------------------------------------------- metrics


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``gold``."""
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for k in gold:
        pc[pred[k]].add(k)
        gc[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        inter = len(pc[pred[k]] & gc[gold[k]])
        p += inter / len(pc[pred[k]])
        r += inter / len(gc[gold[k]])
    p /= len(gold)
    r /= len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 (pairs of items placed together)."""

    def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for k in gold:
            groups[labels[k]].append(k)
        out: set[tuple[str, str]] = set()
        for members in groups.values():
            out.update(itertools.combinations(sorted(members), 2))
        return out

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --------------------------------------------------------------------------- corpora


def _sha(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _records_to_articles(records: Iterable[dict[str, Any]], fields: FieldMap) -> list[Article]:
    stream = io.StringIO("".join(json.dumps(r) + "\n" for r in records))
    return list(storydiff.read("-", fields=fields, stdin=stream).articles)


def load_demo() -> tuple[list[Article], dict[str, str], str]:
    arts = list(storydiff.read(ROOT / "corpora" / "demo").articles)
    gold_path = ROOT / "corpora" / "demo.gold.jsonl"
    gold = {r["id"]: r["story"] for r in map(json.loads, gold_path.read_text().splitlines()) if r}
    return arts, gold, _sha([*sorted((ROOT / "corpora" / "demo").iterdir()), gold_path])


def _jsonl_corpus(
    rel: str, gold_field: str, fields: FieldMap
) -> Callable[[], tuple[list[Article], dict[str, str], str]]:
    def load() -> tuple[list[Article], dict[str, str], str]:
        path = SHARED / rel
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        arts = _records_to_articles(records, fields)
        gold = {str(r[fields.id]): str(r[gold_field]) for r in records}
        return arts, gold, _sha([path])

    return load


SAME_STORY: dict[str, Callable[[], tuple[list[Article], dict[str, str], str]]] = {
    "demo": load_demo,
    "ecbplus": _jsonl_corpus("ecbplus/docs.jsonl", "event", FieldMap()),
    "basil": _jsonl_corpus("basil/docs.jsonl", "triplet", FieldMap(published="date")),
    "allsides": _jsonl_corpus(
        "allsides_clusters/docs.jsonl", "cluster_id", FieldMap(published="date")
    ),
    "uci": _jsonl_corpus(
        "uci_news_aggregator_sample/uci_sample.jsonl",
        "STORY",
        FieldMap(id="ID", text="TITLE", title="NONE", published="TIMESTAMP", source="PUBLISHER"),
    ),
}


def _same_story(name: str) -> dict[str, Any]:
    arts, gold, sha = SAME_STORY[name]()
    t0 = time.perf_counter()
    result = storydiff.cluster(arts)
    seconds = time.perf_counter() - t0
    labels = result.labels()
    missing = [k for k in gold if k not in labels]
    for k in missing:  # an article the reader could not use counts as a singleton
        labels[k] = f"missing:{k}"
    bp, br, bf = bcubed(labels, gold)
    pp, pr, pf = pairwise(labels, gold)
    return {
        "kind": "same_story",
        "articles": len(gold),
        "gold_stories": len(set(gold.values())),
        "stories": len(result.stories),
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": bf,
        "pair_p": pp,
        "pair_r": pr,
        "pair_f1": pf,
        "seconds": seconds,
        "sha": sha,
    }


def _pair_recall(result: ClusterResult, pairs: list[tuple[str, str]]) -> tuple[float, float]:
    labels = result.labels()
    linked = {
        frozenset((lk.a, lk.b)) for lk in result.links if lk.relation in ("duplicate", "copy")
    }
    usable = [(a, b) for a, b in pairs if a in labels and b in labels]
    if not usable:
        return 1.0, 1.0
    together = sum(labels[a] == labels[b] for a, b in usable) / len(usable)
    as_copy = sum(frozenset((a, b)) in linked for a, b in usable) / len(usable)
    return together, as_copy


def _near_dup_summary(result: ClusterResult, extra: dict[str, Any]) -> dict[str, Any]:
    rel = defaultdict(int)
    for lk in result.links:
        rel[lk.relation] += 1
    return {
        "kind": "near_duplicate",
        "stories_multi": sum(1 for s in result.stories if s.size > 1),
        "links_duplicate": rel["duplicate"],
        "links_copy": rel["copy"],
        "links_same_story": rel["same_story"],
        **extra,
    }


def eval_reuters() -> dict[str, Any]:
    files = sorted((SHARED / "reuters21578").glob("*.sgm"))
    arts = list(storydiff.read(files).articles)
    t0 = time.perf_counter()
    result = storydiff.cluster(arts)
    seconds = time.perf_counter() - t0
    by_key: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        by_key[hashlib.sha1(comparison_key(a.text).encode()).hexdigest()].append(a.id)
    same_body = [(g[0], other) for g in by_key.values() if len(g) > 1 for other in g[1:]]
    # identical bodies under titles that name different companies' tickers are one wire
    # template filled in twice ("Qtly div six cts vs six cts prior / Record March 31" for
    # Fuqua Industries <FQA> and Sandusky Plastics <SPI>): two stories, kept apart
    tickers = {a.id: title_tickers(a.title) for a in arts}
    other_company = {(a, b) for a, b in same_body if tickers[a] and tickers[b]}
    other_company = {(a, b) for a, b in other_company if tickers[a].isdisjoint(tickers[b])}
    dup_pairs = [pair for pair in same_body if pair not in other_company]
    templates = [pair for pair in same_body if pair in other_company]
    together, as_copy = _pair_recall(result, dup_pairs)
    templates_together, _ = _pair_recall(result, templates) if templates else (0.0, 0.0)
    return _near_dup_summary(
        result,
        {
            "articles": len(arts),
            "exact_duplicate_pairs": len(dup_pairs),
            "exact_dups_grouped": together,
            "exact_dups_linked": as_copy,
            "template_pairs": len(templates),
            "template_pairs_apart": 1.0 - templates_together,
            "seconds": seconds,
            "sha": _sha(files),
        },
    )


def eval_bbc() -> dict[str, Any]:
    folder = SHARED / "bbc"
    records = [json.loads(x) for x in (folder / "bbc_docs.jsonl").read_text().splitlines() if x]
    arts = _records_to_articles(records, FieldMap())
    t0 = time.perf_counter()
    result = storydiff.cluster(arts)
    seconds = time.perf_counter() - t0
    groups = json.loads((folder / "exact_duplicate_groups.json").read_text())
    exact = [(g[0], o) for g in groups for o in g[1:]]
    near = [
        (a, b)
        for a, b, j in json.loads((folder / "neardup_pairs_jaccard5.json").read_text())
        if j >= 0.5
    ]
    ex_t, ex_l = _pair_recall(result, exact)
    nr_t, nr_l = _pair_recall(result, near)
    return _near_dup_summary(
        result,
        {
            "articles": len(arts),
            "exact_dups_grouped": ex_t,
            "exact_dups_linked": ex_l,
            "neardup_j05_pairs": len(near),
            "neardup_j05_grouped": nr_t,
            "neardup_j05_linked": nr_l,
            "seconds": seconds,
            "sha": _sha([folder / "bbc_docs.jsonl"]),
        },
    )


def eval_wirecopies() -> dict[str, Any]:
    folder = SHARED / "wirecopies"
    out: dict[str, Any] = {}
    arts_all = 0
    seconds = 0.0
    pairs_all: list[tuple[str, str]] = []
    results = []
    for name in ("helsinki", "census", "spotify"):
        with (folder / f"{name}_articles.csv").open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        records = [
            {
                "id": f"{name}-{r['id']}",
                "text": r["text"],
                "source": r["publisher"],
                "published": r["scrape_time"],
            }
            for r in rows
        ]
        # the scrapes join a page's paragraphs with " ### "
        arts = _records_to_articles(records, FieldMap(paragraph_separator=" ### "))
        arts_all += len(arts)
        t0 = time.perf_counter()
        result = storydiff.cluster(arts)
        seconds += time.perf_counter() - t0
        results.append(result)
        silver = [
            json.loads(x)
            for x in (folder / f"{name}_articles.silver_pairs.jsonl").read_text().splitlines()
            if x
        ]
        pairs = [
            (f"{name}-{p['id_a']}", f"{name}-{p['id_b']}") for p in silver if p["jaccard5"] >= 0.5
        ]
        pairs_all.extend(pairs)
        t, lk = _pair_recall(result, pairs)
        out[f"{name}_j05_grouped"] = t
        out[f"{name}_j05_linked"] = lk
    merged = ClusterResult(
        stories=[s for r in results for s in r.stories],
        links=[lk for r in results for lk in r.links],
    )
    together, linked = _pair_recall(merged, pairs_all)
    return _near_dup_summary(
        merged,
        {
            "articles": arts_all,
            "silver_j05_pairs": len(pairs_all),
            "silver_j05_grouped": together,
            "silver_j05_linked": linked,
            **out,
            "seconds": seconds,
            "sha": _sha(folder.glob("*_articles.csv")),
        },
    )


NEAR_DUP: dict[str, Callable[[], dict[str, Any]]] = {
    "reuters": eval_reuters,
    "bbc": eval_bbc,
    "wirecopies": eval_wirecopies,
}
CORPUS_DIRS = {
    "ecbplus": "ecbplus",
    "basil": "basil",
    "allsides": "allsides_clusters",
    "uci": "uci_news_aggregator_sample",
    "reuters": "reuters21578",
    "bbc": "bbc",
    "wirecopies": "wirecopies",
}
ALL = [*SAME_STORY, *NEAR_DUP]


def available(name: str) -> bool:
    """Whether the corpus ``name`` is on this machine."""
    return name == "demo" or (SHARED / CORPUS_DIRS[name]).exists()


def evaluate(name: str) -> dict[str, Any]:
    """Figures for one corpus."""
    if name in SAME_STORY:
        return _same_story(name)
    return NEAR_DUP[name]()


# --------------------------------------------------------------------------- floors


def gated_metrics(figures: dict[str, Any]) -> dict[str, float]:
    """The figures that floors apply to."""
    keys = [k for k in figures if k.endswith(("_f1", "_grouped", "_linked", "_apart"))]
    return {k: float(figures[k]) for k in keys}


def check_floors(name: str, figures: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Messages for every gated figure below its pinned floor (minus EPSILON)."""
    floors = baseline.get(name, {}).get("floors", {})
    failures = []
    for key, floor in floors.items():
        value = figures.get(key)
        if value is None or value < floor - EPSILON:
            failures.append(f"{name}.{key} = {value} is below the floor {floor}")
    return failures


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", choices=[[], *ALL], default=[])
    parser.add_argument("--check", action="store_true", help="exit 1 below a pinned floor")
    parser.add_argument("--update", action="store_true", help="raise floors to today's figures")
    parser.add_argument(
        "--allow-regression", action="store_true", help="let --update lower a floor"
    )
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args(argv)
    names = args.corpora or ALL
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failures: list[str] = []
    report: dict[str, Any] = {}
    for name in names:
        if not available(name):
            print(f"{name}: corpus not found under {SHARED}; skipped", file=sys.stderr)
            continue
        figures = evaluate(name)
        report[name] = figures
        failures += check_floors(name, figures, baseline)
        if not args.json:
            shown = {k: v for k, v in figures.items() if k not in ("kind", "sha")}
            print(f"{name:11s} " + "  ".join(f"{k}={_fmt(v)}" for k, v in shown.items()))
        if args.update:
            old = baseline.get(name, {}).get("floors", {})
            new = _gate.raised_floors(
                name, old, gated_metrics(figures), allow_regression=args.allow_regression
            )
            baseline[name] = {"sha": figures["sha"], "floors": new}
    if args.json:
        print(json.dumps(report, indent=2))
    return _gate.finish(BASELINE, baseline, failures, update=args.update, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
