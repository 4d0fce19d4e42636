"""Benchmark agreement on document labels: 10,000 documents × 3 analysts × topic, genre and stance, beside reading them.

Builds the team's labels in memory and in a real project file, then times label agreement (observed
agreement and Cohen's kappa per pair, Krippendorff's alpha per category) both ways; the baseline,
measured in the same run, reads every label row from the file. Target: well under a second.
Usage: python bench/bench_label_agreement.py [--documents 10000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from newsmark.core.model import DocumentLabel, now_iso
from newsmark.core.review.labelagreement import LabelCategory, compute_labels, project_label_agreement
from newsmark.core.storage import Project

ANALYSTS = ("ana", "ben", "gold")


def team_labels(documents: int, categories, rng: random.Random) -> list[tuple[int, int, str, str]]:
    """Rows (document, category, value, analyst): each analyst mostly gives a shared truth, sometimes skips a document."""
    rows = []
    for document_id in range(1, documents + 1):
        for category in categories:
            count = rng.randint(1, 2) if category.multiple else 1
            truth = rng.sample(category.choices, count)
            for name in ANALYSTS:
                if rng.random() < 0.1:
                    continue  # this analyst did not label this document in this category
                given = [rng.choice(category.choices) if rng.random() < 0.2 else v for v in truth]
                rows += [(document_id, category.id, v, name) for v in dict.fromkeys(given)]
    return rows


def _took(wall: float, cpu: float) -> str:
    # The processor time beside the wall time: on a shared machine the wall time also counts the others' work.
    return f"{time.perf_counter() - wall:6.3f} s ({time.process_time() - cpu:6.3f} s of processor time)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    with Project.open(folder / "bench.newsmark", create=True) as project:
        categories = project.categories()
        with project.transaction():
            ids = [project.add_document(f"Article {i}", f"Article number {i}.")[0].id for i in range(args.documents)]
        rows = team_labels(args.documents, categories, random.Random(11))
        stamp = now_iso()
        project.restore_document_labels(DocumentLabel(ids[d - 1], c, v, a, stamp) for d, c, v, a in rows)
    print(f"{args.documents} documents, {len(ANALYSTS)} analysts, {len(categories)} categories, {len(rows)} label rows")
    plain = [LabelCategory(c.id, c.name, c.multiple) for c in categories]

    t0, c0 = time.perf_counter(), time.process_time()
    report = compute_labels(rows, plain)
    print(f"label agreement, rows in memory:         {_took(t0, c0)}")
    with Project.open(folder / "bench.newsmark", readonly=True) as project:
        t0, c0 = time.perf_counter(), time.process_time()
        read = sum(len(found) for found in project.labels_by_document().values())
        baseline = _took(t0, c0)
        t0, c0 = time.perf_counter(), time.process_time()
        from_file = project_label_agreement(project)
        whole = _took(t0, c0)
    assert read == len(rows) and from_file.all == report.all, "the same figures both ways"
    print(f"baseline, reading every label row:       {baseline}")
    print(f"label agreement, from the project file:  {whole}  (target: well under 1 s)")
    for row in report.all:
        print(f"  all {row.category:7} {row.documents} documents, {row.units} units, alpha {row.alpha:.3f}")
    for row in report.pairs[:3]:
        print(f"  {row.category} {row.annotator_a}/{row.annotator_b} observed {row.observed:.3f} kappa {row.kappa:.3f}")


if __name__ == "__main__":
    main()
