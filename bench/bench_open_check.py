"""What the storage guards cost: quick_check when a project is opened, and the WAL check after each commit.

Builds a project of about --mb MB (articles plus spans), then prints, each beside a
baseline measured in the same run:
  - opening it for writing with quick_check (files up to 64 MB) and without;
  - adding one span (one committed transaction) with the WAL check and without,
    and one os.stat() of the WAL alone.
Usage: python bench/bench_open_check.py [--mb 40] [--commits 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from newsmark.core import storageconnect as connect
from newsmark.core.model import Span
from newsmark.core.storage import Project

WORDS = "Kyiv Kursk troops said the officials bridge port strike grain café élan".split()


def build(path: Path, mb: float) -> None:
    rng = random.Random(7)
    n = 0
    with Project.open(path, create=True) as project:
        while path.stat().st_size < mb * 1e6:
            with project.transaction():  # 200 articles a transaction, then into the file
                for _ in range(200):
                    text = " ".join(rng.choice(WORDS) for _ in range(1100))
                    doc, _ = project.add_document(f"Article {n}", text)
                    project.add_spans(
                        Span(0, doc.id, 1 + k % 4, k * 10, k * 10 + 5, "", "a", "t", "t", "{}") for k in range(40)
                    )
                    n += 1
            project._conn.execute("PRAGMA wal_checkpoint")
    print(f"project: {path.stat().st_size / 1e6:.1f} MB, {n} articles, {n * 40} spans")


def best_open(path: Path, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        Project.open(path).close()
        times.append(time.perf_counter() - start)
    return min(times)


def per_commit(project: Project, commits: int) -> float:
    start = time.perf_counter()
    for i in range(commits):
        project.add_span(1, 1, i % 50, i % 50 + 1)
    return (time.perf_counter() - start) / commits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=40)
    parser.add_argument("--commits", type=int, default=2000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.newsmark"
        build(path, options.mb)
        checked = best_open(path)
        limit, connect.QUICK_CHECK_MAX_BYTES = connect.QUICK_CHECK_MAX_BYTES, 0
        bare = best_open(path)
        connect.QUICK_CHECK_MAX_BYTES = limit
        print(f"open for writing: {checked * 1000:.0f} ms with quick_check, {bare * 1000:.0f} ms without (baseline)")

        with Project.open(path) as project:
            checked_runs, bare_runs = [], []
            for _ in range(10):  # interleaved, so the disk's and the machine's moods hit both alike
                checked_runs.append(per_commit(project, options.commits // 10))
                project._check_wal = lambda: None  # the baseline: no WAL check
                bare_runs.append(per_commit(project, options.commits // 10))
                del project._check_wal
            with_check, without = statistics.median(checked_runs), statistics.median(bare_runs)
        stats = []
        wal = f"{path}-wal"
        Project.open(path).close()
        with Project.open(path):
            for _ in range(10_000):
                start = time.perf_counter()
                os.stat(wal)
                stats.append(time.perf_counter() - start)
        print(
            f"one committed span: {with_check * 1e6:.0f} µs with the WAL check, {without * 1e6:.0f} µs without "
            f"(baseline); one stat() of the WAL: {statistics.median(stats) * 1e6:.1f} µs"
        )


if __name__ == "__main__":
    main()
