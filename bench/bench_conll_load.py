"""Benchmark loading a CoNLL set of 1,000 documents without -DOCSTART- lines, beside the same set with them.

The corpus: documents of 50 sentences of ~12 words drawn from a Zipf vocabulary, a third of them
opening with the same byline sentence (so several documents start alike and must be told apart by
the sentences after), each with a span on a word of every fifth sentence. The project's own CoNLL
export is loaded into a fresh project of the same texts twice, timed from the file to the commit:
as written (with -DOCSTART-: the baseline, one hash lookup per document) and with its -DOCSTART- lines
taken out (each sentence placed in turn, documents found by their first characters). Both loads
must give the same spans. Target: a few seconds, not minutes.
Usage: python bench/bench_conll_load.py [--documents 1000] [--sentences 50] [--seed 8]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from newsmark.core.formats import registry
from newsmark.core.formats.conllread import load_conll_file
from newsmark.core.model import Span, now_iso
from newsmark.core.storage import Project

SPANS = 'SELECT d.text, s.start, s."end", s.tag_id FROM spans s JOIN documents d ON d.id = s.document_id ORDER BY 1, 2, 3'


def corpus(documents: int, sentences: int, seed: int) -> list[str]:
    """News-sized texts of random words, a third opening with the same byline sentence."""
    rng = random.Random(seed)
    vocabulary = [f"{rng.choice('bcdfgklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrst')}{i}" for i in range(5000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    texts = []
    for number in range(documents):
        lines = [f"Headline {number} {' '.join(rng.choices(vocabulary, weights, k=6))}"]
        if number % 3 == 0:
            lines.append("By Staff Reporter.")
        for _ in range(sentences):
            lines.append(" ".join(rng.choices(vocabulary, weights, k=rng.randint(8, 16))).capitalize() + ".")
        texts.append(" ".join(lines[:2]) + "\n" + " ".join(lines[2:]) + "\n")
    return texts


def build(path: Path, texts: list[str]) -> Project:
    """A project holding the texts, in order."""
    project = Project.open(path, create=True)
    for number, text in enumerate(texts):
        project.add_document(f"d{number}", text)
    return project


def main() -> None:
    """Build, export, load with and without -DOCSTART-, print both times."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=50)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    texts = corpus(args.documents, args.sentences, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with build(folder / "source.newsmark", texts) as p:
            tag, stamp = p.tags()[0].id, now_iso()
            spans = []
            for document in p.documents():
                text = texts[int(document.title[1:])]
                for k, sentence_start in enumerate(i + 2 for i in range(len(text)) if text.startswith(". ", i)):
                    if k % 5 == 0:
                        end = text.index(" ", sentence_start)
                        spans.append(Span(0, document.id, tag, sentence_start, end, "", "bench", stamp, stamp, "{}"))
            p.add_annotation_set([], spans)
            with_path = folder / "with.conll"
            registry.export(p, "conll", with_path)
        without_path = folder / "without.conll"
        without_path.write_text(with_path.read_text(encoding="utf-8").replace("-DOCSTART- O\n\n", ""), encoding="utf-8")
        size = with_path.stat().st_size / 2**20
        timings = {}
        for name, path in (("with -DOCSTART-", with_path), ("without", without_path)):
            with build(folder / f"{name}.newsmark", texts) as p:
                t0 = time.perf_counter()
                plan = load_conll_file(p, path)
                timings[name] = time.perf_counter() - t0
            print(f"{name:>16}: {timings[name]:6.2f} s  ({len(plan.spans):,} spans, {args.documents:,} documents, {size:.1f} MB)")
        same = [sqlite3.connect(folder / f"{n}.newsmark").execute(SPANS).fetchall() for n in timings]
        print(f"{'ratio':>16}: {timings['without'] / timings['with -DOCSTART-']:6.2f}x   same spans: {same[0] == same[1]}")
        assert len(spans) == len(same[0]) and same[0] == same[1]


if __name__ == "__main__":
    main()
