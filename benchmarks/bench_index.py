"""Adding articles to a persistent index: time and bytes per article.

Builds an index of N generated articles (``generate_corpus.py``, seed 0) in one
add, then times adding M more (default: 1,000 to 100,000), and prints the
index size per article without and with the stored text, and how far the
incremental stories agree with one ``storydiff cluster`` over everything
(``--agreement``, which runs that batch clustering too).

Usage: ``python benchmarks/bench_index.py [N] [M] [--agreement]``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import storydiff
from storydiff.index import Index

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _gate  # noqa: E402 - the benchmarks folder is not a package


def _module(name: str) -> ModuleType:
    return _gate.load_module(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("m", type=int, nargs="?", default=1_000)
    parser.add_argument("--agreement", action="store_true")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    gen = _module("generate_corpus").Generator(seed=0)
    records = list(gen.stories(args.n + args.m))
    work = args.dir or Path(tempfile.mkdtemp(prefix="storydiff-bench-"))
    first, second = work / "first.jsonl", work / "second.jsonl"
    for path, part in ((first, records[: args.n]), (second, records[args.n :])):
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in part)
    db = work / "bench.db"
    db.unlink(missing_ok=True)
    old = storydiff.read([first]).articles
    new = storydiff.read([second]).articles
    t0 = time.perf_counter()
    with Index(db) as index:
        index.add(old)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    with Index(db) as index:
        result = index.add(new)
        stats = index.stats()
        problems = index.integrity()
    add_s = time.perf_counter() - t0
    per_article = stats.bytes / stats.revisions
    print(f"index of {args.n:,} built in {build_s:.1f} s")
    print(
        f"adding {args.m:,} took {add_s:.2f} s ({result.added} added, "
        f"{len(result.merges)} merges); integrity: {problems or 'ok'}"
    )
    print(
        f"size: {stats.bytes / 2**20:.1f} MiB = {per_article:,.0f} bytes/article, of which text "
        f"{stats.text_bytes / stats.revisions:,.0f}; without text "
        f"{(stats.bytes - stats.text_bytes) / stats.revisions:,.0f} bytes/article"
    )
    if args.agreement:
        ev = _module("eval_clustering")
        with Index(db) as index:
            built = {a: s.id for s in index.stories() for a in s.article_ids}
        batch = {a: s.id for s in storydiff.cluster(old + new).stories for a in s.article_ids}
        p, r, f = ev.bcubed(built, batch)
        print(f"agreement with one batch run: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
