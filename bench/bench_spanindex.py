"""Benchmark the span index with 200k overlapping spans over 10M characters, beside plain-list baselines.

Prints, each beside a baseline measured in the same run:
  build           SpanIndex(spans)            vs sorted(spans)
  viewport query  overlapping(a, a + 3000)    vs a linear scan of the sorted list
  add + remove    add() then remove() a span  vs bisect.insort + list.remove on the sorted list
Usage: python bench/bench_spanindex.py [--spans 200000] [--chars 10000000]
"""

from __future__ import annotations

import argparse
import bisect
import random
import statistics
import time

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex


def make_spans(count: int, chars: int, rng: random.Random) -> list[Span]:
    spans = []
    for i in range(1, count + 1):
        start = rng.randrange(chars - 5000)
        length = rng.choice((rng.randint(3, 60), rng.randint(60, 600), rng.randint(1, 5000)))
        spans.append(Span(i, 1, rng.randint(1, 4), start, start + length))
    return spans


def per_call_us(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=200_000)
    parser.add_argument("--chars", type=int, default=10_000_000)
    args = parser.parse_args()
    rng = random.Random(3)
    spans = make_spans(args.spans, args.chars, rng)

    t0 = time.perf_counter()
    index = SpanIndex(spans)
    build = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    plain = sorted(spans, key=lambda s: (s.start, s.end, s.id))
    build_base = (time.perf_counter() - t0) * 1000

    windows = [rng.randrange(args.chars - 3000) for _ in range(50)]
    query = statistics.median(per_call_us(lambda a=a: index.overlapping(a, a + 3000), 3) for a in windows)
    query_base = statistics.median(
        per_call_us(lambda a=a: [s for s in plain if s.start < a + 3000 and s.end > a], 1) for a in windows[:5]
    )
    for a in windows[:5]:
        assert index.overlapping(a, a + 3000) == [s for s in plain if s.start < a + 3000 and s.end > a]

    extra = Span(args.spans + 1, 1, 1, args.chars // 2, args.chars // 2 + 40)
    add = per_call_us(lambda: (index.add(extra), index.remove(extra.id)), 200)
    keys = [(s.start, s.end, s.id) for s in plain]
    key = (extra.start, extra.end, extra.id)
    add_base = per_call_us(lambda: (bisect.insort(keys, key), keys.remove(key)), 200)

    print(f"{args.spans:,} spans over {args.chars / 1e6:.0f} M characters")
    print(f"{'':18}{'SpanIndex':>14}{'baseline':>14}{'ratio':>9}")
    print(f"{'build':18}{build:>12.1f}ms{build_base:>12.1f}ms{build / build_base:>8.1f}x   (baseline: sorted())")
    print(f"{'viewport query':18}{query:>12.1f}µs{query_base:>12.1f}µs{query / query_base:>8.4f}x   (baseline: linear scan)")
    print(f"{'add + remove':18}{add:>12.1f}µs{add_base:>12.1f}µs{add / add_base:>8.1f}x   (baseline: insort + remove)")


if __name__ == "__main__":
    main()
