"""Benchmark ``newsmark split`` on 10,000 news-sized documents, beside a bare word scan of the same texts.

The corpus: documents of ~400 words drawn from a Zipf vocabulary (as words in a language), 5%
of them reworded copies (5% of words changed) and 5% trimmed copies (the first 40-80%) of another,
30% ending with the same 60-word site footer (boilerplate that crowds LSH buckets), and tag counts
per document. Prints the seconds of each phase (sketching and grouping near-duplicates, the
whole pure split) and of the whole ``newsmark split`` command on a project file, beside the
baseline ``sorted(set(re.findall(r"\\w+", text.casefold())))`` over every text, measured in the
same run. Issue 12 asks that 10k documents split "in seconds".
Usage: python bench/bench_split.py [--documents 10000] [--words 400] [--seed 12]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import tempfile
import time
from pathlib import Path

from newsmark.cli import main as cli_main
from newsmark.core.review.nearduplicates import near_duplicate_groups
from newsmark.core.review.split import SplitDocument, check_ratios, shares_table, split_documents
from newsmark.core.storage import Project

TAGS = {"claim": 3.0, "figure": 2.0, "quote": 1.5, "location": 4.0, "event": 0.2}


def corpus(documents: int, words: int, seed: int) -> list[SplitDocument]:
    """The benchmark's documents (see the module docstring)."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(30_000)]
    zipf = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    footer = " ".join(rng.choices(vocabulary, cum_weights=zipf, k=60))
    texts: list[str] = []
    for i in range(documents):
        roll = rng.random()
        if texts and roll < 0.05:
            text = " ".join(w if rng.random() > 0.05 else "changed" for w in rng.choice(texts).split())
        elif texts and roll < 0.10:
            source = rng.choice(texts).split()
            text = " ".join(source[: int(len(source) * rng.uniform(0.4, 0.8))])
        else:
            text = " ".join(rng.choices(vocabulary, cum_weights=zipf, k=rng.randint(words // 2, words * 3 // 2)))
        if rng.random() < 0.3:
            text += "\n\n" + footer
        texts.append(f"{text} n{i}")
    return [
        SplitDocument(i + 1, hashlib.sha256(t.encode()).hexdigest(), t, {tag: int(rng.expovariate(1 / m)) for tag, m in TAGS.items()})
        for i, t in enumerate(texts)
    ]


def timed(fn):
    """(seconds, result) of one call."""
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def main() -> None:
    """Time the phases, the command and the baseline; print the per-tag shares as a check of quality."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    docs = corpus(args.documents, args.words, args.seed)
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs):,} documents, {words:,} words")
    word = re.compile(r"\w+")
    base, _ = timed(lambda: [sorted(set(word.findall(d.text.casefold()))) for d in docs])
    grouping, groups = timed(lambda: near_duplicate_groups((d.id, d.text) for d in docs))
    ratios = check_ratios(0.8, 0.1, 0.1)
    whole, result = timed(lambda: split_documents(docs, ratios, 0))
    print(f"  baseline word scan           {base:7.2f} s")
    print(f"  near-duplicate groups        {grouping:7.2f} s   {len(groups):,} groups of {sum(map(len, groups)):,} documents")
    print(f"  split_documents (all of it)  {whole:7.2f} s   {whole / base:5.1f} x baseline")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.newsmark"
        with Project.open(path, create=True) as project:
            with project.transaction():
                for d in docs:
                    project.add_document(f"doc {d.id}", d.text)
        command, code = timed(lambda: _quiet(cli_main, ["split", str(path)]))
        assert code == 0
    print(f"  newsmark split PROJECT       {command:7.2f} s   {command / base:5.1f} x baseline (reading the project included)")
    print("  per-tag shares (train/dev/test):")
    for name, counts, shares in shares_table(result):
        print(f"    {name:12} " + "  ".join(f"{c:7,} ({s:5.1%})" for c, s in zip(counts, shares)))


def _quiet(fn, argv):
    """Run the command with its table of counts kept off the benchmark's output."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        return fn(argv)


if __name__ == "__main__":
    main()
