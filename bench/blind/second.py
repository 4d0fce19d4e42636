"""How often two annotators agree on quotes and their speakers, beside how often the suggesters agree with each of them.

Run: PYTHONPATH=desktop python bench/blind/second.py bench/blind64 [bench/blind65 ...]
For each set, ``bench/speakers2/SET`` holds a second annotation of its quotes, made without seeing the first
(``SET/gold.csv``). Quotes are paired by the evaluator's overlap matching; a speaker agrees when the evaluator
would count it right (``same_value``: without case and extra white space). Counts are pooled over the sets.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from newsmark.core.review.evaluation import evaluate
from newsmark.core.review.scoring import read_gold, suggested_marks
from newsmark.core.suggest.running import project_suggester

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pooled import built  # noqa: E402  (bench/ is not a package)

SECOND = HERE.parent / "speakers2"


def _quote_row(scores) -> tuple[int, int, int, int, int]:
    """(matched, first's quotes, second's quotes, speakers agreeing, speakers compared) of the quote tag."""
    row = next((s for s in scores if s.tag == "quote"), None)
    if row is None:
        return 0, 0, 0, 0, 0
    right, asked = row.attributes.get("speaker", [0, 0])
    return row.overlap.matched, row.overlap.gold, row.overlap.predicted, right, asked


def main(folders: list[str]) -> int:
    """Print each pairing's quote F1 and speaker agreement, pooled over the sets."""
    totals = {name: [0, 0, 0, 0, 0] for name in ("first vs second", "first vs suggesters", "second vs suggesters")}
    with tempfile.TemporaryDirectory() as work:
        for folder in map(Path, folders):
            with built(folder, Path(work)) as (project, first):
                second = read_gold(project, SECOND / folder.name / "gold.csv", plain=True)
                documents = {m.document_id for m in first}
                machine = suggested_marks(project, documents, project_suggester(project))
            first = [m for m in first if m.tag == "quote"]
            second = [m for m in second if m.tag == "quote"]
            machine = [m for m in machine if m.tag == "quote"]
            for name, (a, b) in {"first vs second": (first, second), "first vs suggesters": (first, machine),
                                 "second vs suggesters": (second, machine)}.items():
                for k, v in enumerate(_quote_row(evaluate(a, b))):
                    totals[name][k] += v
    print(f"{'pairing':<22} {'quotes A':>8} {'quotes B':>8} {'paired':>7} {'F1':>6}   speaker agreement")
    for name, (matched, a, b, right, asked) in totals.items():
        f1 = 2 * matched / (a + b) if a + b else 0.0
        share = f"{right}/{asked} {right / asked:.1%}" if asked else "–"
        print(f"{name:<22} {a:>8} {b:>8} {matched:>7} {f1:>6.3f}   {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
