"""Candidates for new blind sets from the BBC News dataset, fixed before anyone reads a story.

Run: python bench/blind/bbc_candidates.py BBC_DIR FIRST_SET COUNT [--seed N]

BBC_DIR is the dataset's ``bbc/`` folder (github.com/hagar110/topics-classification, commit 1c8a338).
Each category (politics, business, sport, in that rotation from FIRST_SET on; a category with fewer than twelve
unused stories left drops out of the rotation, as politics did at blind203) is listed by file name,
every story named as a candidate in any ``bench/*/SOURCES.md`` is left out (annotated or not, reached or
not), and so is any story whose first body paragraph already stands in a file under ``bench/``; the rest
is shuffled once per category with ``random.Random(seed)``. Each set takes the next twelve of its
category. Annotators take the candidates in order and annotate the first six news stories.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import re

CATEGORIES = ("politics", "business", "sport")
BENCH = pathlib.Path(__file__).resolve().parents[1]


def _named_before() -> set[str]:
    named: set[str] = set()
    for sources in BENCH.glob("*/SOURCES.md"):
        named |= set(re.findall(r"`((?:sport|politics|business|tech|entertainment)/\d+\.txt)`", sources.read_text()))
    return named


def _bench_text() -> str:
    return "\n".join(p.read_text(errors="replace") for p in BENCH.glob("*/articles/*.txt"))


def candidates(bbc: pathlib.Path, first_set: int, count: int, seed: int) -> dict[int, list[str]]:
    named, text = _named_before(), _bench_text()
    queues = {}
    for category in CATEGORIES:
        stories = []
        for path in sorted((bbc / category).glob("*.txt")):
            name = f"{category}/{path.name}"
            paragraphs = [p.strip() for p in path.read_text(errors="replace").split("\n\n") if p.strip()]
            body = paragraphs[1][:80] if len(paragraphs) > 1 else paragraphs[0][:80]
            if name not in named and body not in text:
                stories.append(name)
        random.Random(seed).shuffle(stories)
        queues[category] = stories
    out = {}
    for i in range(count):
        live = [c for c in CATEGORIES if len(queues[c]) >= 12]
        if not live:
            raise SystemExit(f"bbc_candidates: fewer than twelve unused stories left in every category (set {first_set + i})")
        category = live[(first_set - 161 + i) % len(live)]
        out[first_set + i] = [queues[category].pop(0) for _ in range(12)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bbc", type=pathlib.Path)
    parser.add_argument("first_set", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    for number, names in candidates(args.bbc, args.first_set, args.count, args.seed).items():
        print(f"blind{number}: " + " ".join(names))


if __name__ == "__main__":
    main()
