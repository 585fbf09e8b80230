"""A seeded generator of realistic-looking article corpora with planted copies and stories.

Each story is one event: a topic (shared with other stories, as real beats are), its own
specific names and numbers, and a publication day. A story is told by a wire text, wire
copies (trimmed, with a new headline and light word edits, republished within hours) and
independent reports (new text drawn from the same event). Word frequencies follow a Zipf
law. Gold story labels are written with every article (field ``story``).

Usage: ``python benchmarks/generate_corpus.py N OUT.jsonl [--seed S]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "sa",
    "tor",
    "vel",
    "di",
    "an",
    "ur",
    "bo",
    "shi",
    "ne",
    "pa",
    "gri",
    "ol",
    "ve",
    "tu",
    "mar",
    "is",
    "en",
    "ro",
    "li",
    "dan",
    "che",
    "ko",
    "sel",
    "ty",
]


def _vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        n = int(rng.integers(2, 5))  # 2-4 syllables: room for 600k+ distinct words
        words.add("".join(rng.choice(SYLLABLES, size=n)))
    return sorted(words)


class Generator:
    """Draws stories and their articles; everything follows from ``seed``."""

    def __init__(self, seed: int = 0, vocab: int = 40_000, topics: int = 400) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = _vocabulary(self.rng, vocab)
        ranks = np.arange(1, vocab + 1, dtype=np.float64)
        self.cdf = np.cumsum(1.0 / ranks)
        self.cdf /= self.cdf[-1]
        self.topics = [self.rng.choice(vocab // 4, size=40, replace=False) for _ in range(topics)]
        # an array, not a list: rng.choice would convert 60,000 strings on every draw
        self.names = np.array(_vocabulary(np.random.default_rng(seed + 1), 60_000))
        self.start = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def _sentence(self, topic: np.ndarray, event: list[str], n: int) -> str:
        k = self.rng.random(n)
        general = np.searchsorted(self.cdf, self.rng.random(n))
        out = []
        for x, g in zip(k, general, strict=True):
            if x < 0.12:
                out.append(event[int(self.rng.integers(len(event)))].capitalize())
            elif x < 0.30:
                out.append(self.words[int(topic[int(self.rng.integers(len(topic)))])])
            else:
                out.append(self.words[int(g)])
        out[0] = out[0].capitalize()
        return " ".join(out) + "."

    def _text(self, topic: np.ndarray, event: list[str], words: int) -> list[str]:
        sentences, total = [], 0
        while total < words:
            n = int(self.rng.integers(12, 28))
            sentences.append(self._sentence(topic, event, n))
            total += n
        return sentences

    def stories(self, n_articles: int) -> Iterator[dict[str, str]]:
        """Yield article dicts until ``n_articles`` have been produced."""
        made = 0
        story = 0
        while made < n_articles:
            topic = self.topics[int(self.rng.integers(len(self.topics)))]
            event = [str(w) for w in self.rng.choice(self.names, size=12, replace=False)]
            event += [str(int(x)) for x in self.rng.integers(2, 5000, size=3)]
            day = self.start + timedelta(days=int(self.rng.integers(0, 365)))
            size = int(min(self.rng.geometric(0.35), 12))
            wire = self._text(topic, event, int(self.rng.integers(200, 600)))
            title = (
                " ".join(self.rng.choice(event[:6], size=3)).title()
                + " "
                + self._sentence(topic, event, 5).rstrip(".")
            )
            for k in range(size):
                if made >= n_articles:
                    return
                kind = "wire" if k == 0 else ("copy" if self.rng.random() < 0.5 else "report")
                if kind == "wire":
                    body = wire
                elif kind == "copy":
                    keep = int(len(wire) * self.rng.uniform(0.5, 1.0))
                    body = list(wire[: max(2, keep)])
                    for _ in range(int(self.rng.integers(0, 3))):
                        j = int(self.rng.integers(len(body)))
                        body[j] = self._sentence(topic, event, 15)
                else:
                    body = self._text(topic, event, int(self.rng.integers(150, 500)))
                published = day + timedelta(minutes=int(self.rng.integers(0, 36 * 60)))
                yield {
                    "id": f"g{made:07d}",
                    "title": title if kind != "report" else self._sentence(topic, event, 8)[:-1],
                    "text": "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3)),
                    "published": published.isoformat(),
                    "story": f"story{story:07d}",
                    "kind": kind,
                }
                made += 1
            story += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    gen = Generator(seed=args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for record in gen.stories(args.n):
            fh.write(json.dumps(record) + "\n")
    print(f"wrote {args.n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
