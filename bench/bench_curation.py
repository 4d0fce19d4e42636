"""Benchmark finding one document's disagreements (3 annotators) beside sorting its spans, and the auto-merge plan.

Pure core, no storage: the window reads the review again after every curator's step, so this
is what each step costs beyond the transaction. Baseline: sorting the same spans by position.
Usage: python bench/bench_curation.py [--spans 20000] [--gold 2000]
"""

from __future__ import annotations

import argparse
import random
import time

from newsmark.core.model import Span
from newsmark.core.review.curation import auto_merge_plan, review


def make_spans(per_annotator: int, gold: int, rng: random.Random) -> list[Span]:
    """Three annotators who mostly agree (8 in 10 spans shared), some edges and tags differing, and a gold set."""
    spans, i = [], 0
    for n in range(per_annotator):
        start = n * 40 + rng.randrange(10)
        base = (1 + n % 4, start, start + 5 + rng.randrange(20))
        for who in ("ana", "ben", "cy"):
            tag, a, b = base
            roll = rng.random()
            if roll < 0.1:
                b += 1  # other edges
            elif roll < 0.2:
                tag = 1 + (tag % 4)  # another tag
            i += 1
            spans.append(Span(i, 1, tag, a, b, annotator=who))
    for n in range(gold):
        i += 1
        start = rng.randrange(per_annotator * 40)
        spans.append(Span(i, 1, 1, start, start + 10, annotator="gold"))
    return spans


def timed(fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(3):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=20_000, help="spans per annotator")
    parser.add_argument("--gold", type=int, default=2_000)
    args = parser.parse_args()
    spans = make_spans(args.spans, args.gold, random.Random(7))
    shuffled = spans[:]
    random.Random(1).shuffle(shuffled)
    base, _ = timed(lambda: sorted(shuffled, key=lambda s: (s.start, s.end, s.id)))
    took, rev = timed(lambda: review(shuffled))
    plan_took, plan = timed(lambda: auto_merge_plan(rev))
    print(f"{len(spans):,} spans (3 annotators × {args.spans:,} + {args.gold:,} gold): "
          f"{len(rev.disagreements):,} disagreements, {len(plan.spans):,} spans to auto-merge")
    print(f"  sort by position (baseline)   {base * 1000:8.1f} ms")
    print(f"  review (disagreements)        {took * 1000:8.1f} ms  ({took / base:.1f}× the sort)")
    print(f"  auto-merge plan               {plan_took * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
