"""Benchmark agreement over 10,000 documents × 3 annotators × 300,000 spans, beside reading the spans alone.

Builds the team's work in memory and in a real project file, then times the whole agreement
(span F1 exact and overlap, Cohen's kappa and Krippendorff's alpha over token labels, αu) both ways;
the baseline, measured in the same run, reads every span and the texts agreement needs from the file.
Target (issue #12): under 10 s.
Usage: python bench/bench_agreement.py [--documents 10000] [--spans 300000] [--chars 2500] [--emoji]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_view import WORDS, make_text  # noqa: E402

from newsmark.core.model import Span, now_iso  # noqa: E402
from newsmark.core.review.agreement import compute  # noqa: E402
from newsmark.core.review.agreementdata import AgreementData  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402

ANNOTATORS = ("ana", "ben", "gold")
TAGS = 4
# News text: bench_view's words, with an emoji (which the tokenizer itself must cut) once in ~500 words;
# --emoji takes bench_view's own mix, where one word in 14 is an emoji sequence: a stress case.
NEWS_WORDS = [w for w in WORDS if w.isascii() or w.isalpha() or w in ("“quote”", "—")] * 20 + ["👍🏽"]


def team_work(documents: int, spans: int, chars: int, rng: random.Random, words: list[str] = NEWS_WORDS):
    """Texts and span rows (document, tag, start, end, annotator): each annotator mostly agrees on a shared truth."""
    texts, rows = [], []
    per = max(1, spans // (documents * len(ANNOTATORS)))
    for document_id in range(1, documents + 1):
        text = make_text(chars, rng, words)
        texts.append((document_id, f"Article {document_id}", text))
        places = [(m, m + len(w)) for m, w in _words(text)]
        truth = []
        for _ in range(per):
            first = rng.randrange(0, len(places) - 6)
            truth.append((rng.randint(1, TAGS), places[first][0], places[first + rng.randint(0, 5)][1]))
        for name in ANNOTATORS:
            for tag, start, end in truth:
                roll = rng.random()
                if roll < 0.15:  # other edges
                    start, end = max(0, start - rng.randint(1, 8)), end + rng.randint(0, 8)
                elif roll < 0.25:  # another tag
                    tag = tag % TAGS + 1
                elif roll < 0.30:  # another place
                    start = rng.randrange(0, len(text) - 60)
                    end = start + rng.randint(3, 50)
                rows.append((document_id, tag, start, min(end, len(text)), name))
    return texts, rows


def _words(text: str):
    position = 0
    for word in text.split(" "):
        if word.strip():
            yield position, word
        position += len(word) + 1


def _took(wall: float, cpu: float) -> str:
    # The processor time beside the wall time: on a shared machine the wall time also counts the others' work.
    return f"{time.perf_counter() - wall:6.2f} s ({time.process_time() - cpu:5.2f} s of processor time)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=300_000)
    parser.add_argument("--chars", type=int, default=2_500)
    parser.add_argument("--emoji", action="store_true", help="one word in 14 an emoji sequence (bench_view's words)")
    args = parser.parse_args()
    texts, rows = team_work(args.documents, args.spans, args.chars, random.Random(12), WORDS if args.emoji else NEWS_WORDS)
    chars = sum(len(t) for _, _, t in texts)
    print(f"{args.documents} documents ({chars / 1e6:.1f} M characters), {len(ANNOTATORS)} annotators, {len(rows)} spans")
    tags = {i: f"tag{i}" for i in range(1, TAGS + 1)}

    t0, c0 = time.perf_counter(), time.process_time()
    report = compute(AgreementData.from_rows(rows, texts, tags))
    print(f"agreement, data in memory:            {_took(t0, c0)}")

    folder = Path(tempfile.mkdtemp())
    with Project.open(folder / "bench.newsmark", create=True) as project:
        with project.transaction():
            ids = [project.add_document(title, text)[0].id for _, title, text in texts]
        stamp = now_iso()
        project.add_spans(Span(0, ids[d - 1], t, s, e, "", a, stamp, stamp) for d, t, s, e, a in rows)
    with Project.open(folder / "bench.newsmark", readonly=True) as project:
        t0, c0 = time.perf_counter(), time.process_time()
        keys = project.span_keys()
        read = sum(len(text) for _, _, text in project.document_texts())
        baseline = _took(t0, c0)
        t0, c0 = time.perf_counter(), time.process_time()
        from_file = compute(AgreementData.from_project(project))
        whole = _took(t0, c0)
    assert len(keys) == len(set(rows)) and read == chars
    figures = [(r.documents, r.alpha_nominal, r.alpha_unitizing) for r in report.all]
    assert [(r.documents, r.alpha_nominal, r.alpha_unitizing) for r in from_file.all][-1] == figures[-1], "same figures"
    print(f"baseline, reading every span and text: {baseline}")
    print(f"agreement, from the project file:      {whole}  (target: 10 s)")
    for row in report.all:
        print(f"  all {row.tag:5} alpha {row.alpha_nominal:.3f}  alpha_u {row.alpha_unitizing:.3f}")
    overall = report.pair("ana", "ben")
    print(f"  ana/ben * F1 exact {overall.f1_exact:.3f} overlap {overall.f1_overlap:.3f} kappa {overall.kappa:.3f}")


if __name__ == "__main__":
    main()
