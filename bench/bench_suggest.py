"""Benchmark the suggesters (figure, quote, location, claim) and team pattern rules, beside a bare regex scan.

Prints milliseconds per 1,000 words on resources/sample-article.txt and seconds for a generated 5 MB
article (the sample's paragraphs shuffled and repeated), each beside the baseline
``re.finditer(r"\\d[\\d,.]*", text)`` measured in the same run. Issue 11's targets: <= 50 ms per
1,000 words, the 5 MB article in <= 5 s. It first prints the location suggester's one-time gazetteer load
(target <= 1 s) beside reading the same file's bytes (its floor), both measured in this run. The "team
patterns" row runs TEAM_PATTERNS (a phrase, a token pattern and a regex, as a team's patterns.jsonl might
hold) through ``match_patterns``. "all, one after another" runs the four in this process; "all (suggest())" is
what the window and ``newsmark suggest`` run: on a text of 1 MB or more and two cores or more, the location
suggester in a second process beside the others (``core/suggest/sidebyside.py``). That child is kept ready for a
minute after its work, so the row is printed twice: "child starting" times calls that each start it (its imports and
gazetteer, about half a second), "child ready" calls made while one is kept from the call before.
Usage: python bench/bench_suggest.py [--mb 5] [--repeat 20] [--seed 11]
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import time
from pathlib import Path

from newsmark.core.resources import resource_path
from newsmark.core.suggest import default_suggesters, suggest
from newsmark.core.suggest.sidebyside import cores, end_child
from newsmark.core.suggest.gazetteer import GAZETTEER, builtin_gazetteer
from newsmark.core.suggest.patterns import match_patterns, parse_patterns
from newsmark.core.suggest.pertext import forget

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample-article.txt"
BASELINE = re.compile(r"\d[\d,.]*")
TEAM_PATTERNS = "\n".join([
    '{"label": "location", "pattern": "Kursk region"}',
    '{"label": "location", "pattern": [{"LOWER": "korean"}, {"LOWER": {"IN": ["peninsula", "border"]}}]}',
    '{"label": "figure", "regex": "\\\\b\\\\d[\\\\d,]*\\\\s+(?:troops|soldiers)\\\\b"}',
])


def make_article(chars: int, rng: random.Random) -> str:
    """A long article made of the sample's paragraphs in random order, about ``chars`` code points long."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out, size = [], 0
    while size < chars:
        p = rng.choice(paragraphs)
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)


def len_or_count(found) -> int:
    """How many things a run found, whether it returned a list or a count."""
    return found if isinstance(found, int) else len(found)


def seconds(fn, text: str, repeat: int, before=None) -> float:
    """The best wall time of ``fn(text)`` over ``repeat`` runs (the least disturbed by other processes); ``before``
    is called, untimed, before each run."""
    best = float("inf")
    for _ in range(repeat):
        forget()  # each run from scratch: what an earlier run worked out about the text (``pertext``) is not reused
        if before is not None:
            before()
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    """Time each suggester and the baseline on the sample and the generated article."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    t0 = time.perf_counter()
    raw = len(gzip.decompress(resource_path(GAZETTEER).read_bytes()))
    t1 = time.perf_counter()
    builtin_gazetteer()
    t2 = time.perf_counter()
    print(f"gazetteer load (once): {t2 - t1:.3f} s   baseline gunzip of its {raw / 1e6:.1f} MB: {t1 - t0:.3f} s")
    suggesters = default_suggesters()

    def baseline(text: str) -> int:
        return sum(1 for _ in BASELINE.finditer(text))

    def everything(text: str) -> int:
        return sum(len(fn(text)) for fn in suggesters.values())

    rules = parse_patterns(TEAM_PATTERNS)

    def team_patterns(text: str) -> list:
        return match_patterns(text, rules, seconds=60.0)

    def child_ready() -> None:
        suggest("x" * 1_000_000)  # a long text: the kept child is started (or kept) and has done some work

    runs = [("baseline re.finditer", baseline, None), *((tag, fn, None) for tag, fn in suggesters.items()),
            ("all, one after another", everything, None), ("all (suggest()), child starting", suggest, end_child),
            ("all (suggest()), child ready", suggest, child_ready), ("team patterns", team_patterns, None)]
    print(f"cores this process may use: {cores()}")
    sample = SAMPLE.read_text(encoding="utf-8")
    big = make_article(int(args.mb * 1_000_000), random.Random(args.seed))
    for name, text, repeat in (("sample article", sample, args.repeat), (f"{args.mb:g} MB article", big, max(1, args.repeat // 10))):
        words = len(text.split())
        print(f"{name}: {len(text):,} code points, {words:,} words")
        for label, fn, before in runs:
            t = seconds(fn, text, repeat, before)
            print(f"  {label:32} {t * 1000 / words * 1000:8.2f} ms per 1,000 words   {t:8.3f} s total   {len_or_count(fn(text)):>8,} found")


if __name__ == "__main__":
    main()
