"""Scale: `storydiff cluster` on generated corpora of growing size, and what 10M / 100M would cost.

For each size N, the corpus ``DIR/gN.jsonl`` is generated if missing
(``generate_corpus.py N --seed 0``), then ``storydiff cluster FILE --stats`` runs
in a subprocess (default worker processes) while this script samples the
resident and proportional set sizes (RSS, PSS from ``/proc/PID/smaps_rollup``)
of the run's processes: every half second, and less often once a round of
sampling gets slow (see ``sample``); the main process's RSS peak is its own
high-water mark, which the run prints. PSS splits pages shared by the forked
workers between them, so the sum of PSS is the machine memory the run holds;
the sum of RSS would count shared pages once per process. Prints per
size: stage times, peak main-process RSS, peak summed PSS and B-cubed F1
against the planted stories; then a least-squares fit ``t = a * N**b`` over
the sizes measured, per stage, and its values at 10M and 100M articles; for
memory, the growth per article between the two largest sizes.

With ``--repeat K`` every size runs K times, the sizes taking turns, and the
fastest run of each size is the one reported and fitted (each run's total is
printed too; memory is the largest of the runs): on a shared machine noise
only ever adds time, and one slow spell in a single five-minute run moves a
growth ratio by a tenth. Then, for each size after the first, the time ratio
to the size before it.

Usage: ``python benchmarks/bench_scale.py 10000 100000 1000000 [--dir /tmp/gen]
[--repeat 2]`` (Linux only: it reads /proc.)
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
STAGES = ("read_fingerprint", "candidates", "verify", "cluster", "total")


def _smaps(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of ``pid`` in KiB, or (0, 0) once it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    fields = dict(re.findall(r"^(Rss|Pss):\s+(\d+)", text, re.MULTILINE))
    return int(fields.get("Rss", 0)), int(fields.get("Pss", 0))


def _tree(root: int) -> list[int]:
    """``root`` and its descendants."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(c) for c in children)
    return out


def _bcubed(gold_path: Path, stories_path: Path) -> float:
    gold: dict[str, str] = {}
    with gold_path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            gold[record["id"]] = record["story"]
    pred: dict[str, str] = {}
    with stories_path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for a in record["articles"]:
                pred[a] = record["story"]
    pc: dict[str, int] = defaultdict(int)
    gc: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for k, g in gold.items():
        pc[pred[k]] += 1
        gc[g] += 1
        both[pred[k], g] += 1
    p = sum(both[pred[k], g] / pc[pred[k]] for k, g in gold.items()) / len(gold)
    r = sum(both[pred[k], g] / gc[g] for k, g in gold.items()) / len(gold)
    return 2 * p * r / (p + r)


def run(size: int, directory: Path) -> dict[str, float]:
    corpus = directory / f"g{size // 1000}k.jsonl"
    if not corpus.exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate_corpus.py"),
                str(size),
                str(corpus),
                "--seed",
                "0",
            ],
            check=True,
        )
    out = directory / f"stories{size // 1000}k.jsonl"
    exe = Path(sys.executable).parent / "storydiff"
    proc = subprocess.Popen(
        [str(exe), "cluster", str(corpus), "--stats", "-q", "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = {"main_rss": 0, "pss": 0}
    done = threading.Event()

    def sample() -> None:
        # Reading smaps_rollup walks every page a process maps: ~70 ms for a 3 GB
        # mapped file, so a round at 1M took a sizeable share of a core that the run
        # itself needs (its stages ran 5-20 % slower than unsampled). The sampler
        # waits 50 times as long as its last round took, at least half a second: at
        # most 2 % of one core, every half second while the mappings are small.
        while not done.is_set():
            start = time.perf_counter()
            pids = _tree(proc.pid)
            sizes = [_smaps(pid) for pid in pids]
            peak["main_rss"] = max(peak["main_rss"], sizes[0][0])
            peak["pss"] = max(peak["pss"], sum(pss for _, pss in sizes))
            done.wait(max(0.5, 50 * (time.perf_counter() - start)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        msg = f"storydiff cluster failed on {corpus}:\n{stderr}"
        raise SystemExit(msg)
    row: dict[str, float] = {"articles": size}
    for name in STAGES:
        match = re.search(rf"^\s+{name}\s+([\d.]+) s", stderr, re.MULTILINE)
        row[name] = float(match.group(1)) if match else math.nan
    # the main process's own high-water mark (exact), which sampling can miss
    match = re.search(r"^\s+peak memory\s+(\d+) MiB", stderr, re.MULTILINE)
    hiwater = int(match.group(1)) * 1024 if match else 0
    row["main_rss_gib"] = max(peak["main_rss"], hiwater) / 2**20
    row["pss_gib"] = peak["pss"] / 2**20
    row["bcubed_f1"] = _bcubed(corpus, out)
    return row


def fit(rows: list[dict[str, float]], key: str) -> tuple[float, float]:
    """Least squares of log(value) on log(articles): (a, b) of value = a * N**b."""
    xs = [math.log(r["articles"]) for r in rows]
    ys = [math.log(max(r[key], 1e-9)) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )
    return math.exp(my - b * mx), b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/storydiff-scale"))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each size (best kept)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    args.dir.mkdir(parents=True, exist_ok=True)
    runs: dict[int, list[dict[str, float]]] = defaultdict(list)
    for turn in range(args.repeat):
        for size in args.sizes:
            row = run(size, args.dir)
            runs[size].append(row)
            print(
                f"{size:>10,} articles (run {turn + 1}): "
                + "  ".join(f"{k} {row[k]:.1f} s" for k in STAGES)
                + f"  main RSS {row['main_rss_gib']:.2f} GiB  PSS {row['pss_gib']:.2f} GiB"
                + f"  B-cubed F1 {row['bcubed_f1']:.3f}",
                flush=True,
            )
    # the fastest run's times, and the largest memory of any run
    rows = [
        {
            # a run whose total was not printed (NaN) is never the fastest
            **min(runs[size], key=lambda r: (math.isnan(r["total"]), r["total"])),
            "main_rss_gib": max(r["main_rss_gib"] for r in runs[size]),
            "pss_gib": max(r["pss_gib"] for r in runs[size]),
        }
        for size in args.sizes
    ]
    if args.repeat > 1:
        print("\nfastest run of each size (memory: the largest of its runs):")
        for row in rows:
            totals = ", ".join(f"{r['total']:.1f}" for r in runs[int(row["articles"])])
            print(
                f"{int(row['articles']):>10,} articles: total {row['total']:.1f} s (runs: {totals})"
                f"  main RSS {row['main_rss_gib']:.2f} GiB  PSS {row['pss_gib']:.2f} GiB"
            )
    if len(rows) < 2:
        return
    print()
    for before, after in itertools.pairwise(rows):
        print(
            f"{int(before['articles']):,} -> {int(after['articles']):,} articles"
            f" ({after['articles'] / before['articles']:.0f}x): time"
            f" x{after['total'] / before['total']:.2f}"
        )
    big = rows[-1]
    print(f"\nfit t = a * N**b over {len(rows)} sizes, and its value at 10M / 100M articles:")
    for key in STAGES:
        a, b = fit(rows, key)
        unit = "s"
        print(
            f"  {key:<16} b = {b:.2f}   10M: {a * 1e7**b:9.1f} {unit}"
            f"   100M: {a * 1e8**b:10.1f} {unit}"
            f"   (measured at {big['articles']:,}: {big[key]:.1f} {unit})"
        )
    # memory is a fixed part (interpreter, libraries) plus a part per article, which
    # a power law fitted from small runs would understate: take the two largest sizes
    small = rows[-2]
    per_article = (big["pss_gib"] - small["pss_gib"]) / (big["articles"] - small["articles"])
    fixed = big["pss_gib"] - per_article * big["articles"]
    print(
        f"  {'pss_gib':<16} {per_article * 2**30 / 1000:.2f} KB an article + {fixed:.2f} GiB"
        f"   10M: {fixed + per_article * 1e7:9.1f} GiB"
        f"   100M: {fixed + per_article * 1e8:10.1f} GiB"
    )


if __name__ == "__main__":
    main()
