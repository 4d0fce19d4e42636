"""Score the suggesters on several blind sets at once: each set's counts, then all of them pooled (micro-averaged).

Run: PYTHONPATH=desktop python bench/blind/pooled.py FOLDER [FOLDER ...]
Each folder is built into a project in a temporary directory (build_project.py), its gold read as
``newsmark evaluate`` reads it, and the suggestions scored with the evaluator's overlap matching.
The pooled row adds matched/gold/predicted counts over the sets, so it weighs each span once.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

from newsmark.core.review.evaluation import ALL, TagScore, evaluate
from newsmark.core.review.scoring import read_gold, suggested_marks
from newsmark.core.storage import Project
from newsmark.core.suggest.running import project_suggester

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_project import build  # noqa: E402  (bench/ is not a package)


@contextlib.contextmanager
def built(folder: Path, workdir: Path):
    """A set built quietly into a project in ``workdir``, open read-only, with its gold marks: (project, gold)."""
    out = workdir / f"{folder.name}.newsmark"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        if build(out, folder):
            raise SystemExit(f"could not build {folder}")
    with Project.open(out, readonly=True) as project:
        yield project, read_gold(project, folder / "gold.csv", plain=True)


def score(folder: Path, workdir: Path) -> list[TagScore]:
    """One set's scores (the suggesters' suggestions against its gold)."""
    with built(folder, workdir) as (project, gold):
        documents = {m.document_id for m in gold}
        return evaluate(gold, suggested_marks(project, documents, project_suggester(project)))


def pool(per_set: list[list[TagScore]]) -> list[TagScore]:
    """The sets' counts added up, tag by tag."""
    pooled: dict[str, TagScore] = {}
    for scores in per_set:
        for s in scores:
            p = pooled.setdefault(s.tag, TagScore(s.tag))
            for mine, theirs in ((p.exact, s.exact), (p.overlap, s.overlap)):
                mine.matched += theirs.matched
                mine.gold += theirs.gold
                mine.predicted += theirs.predicted
            for name, (right, total) in s.attributes.items():
                tally = p.attributes.setdefault(name, [0, 0])
                tally[0] += right
                tally[1] += total
    return [pooled[t] for t in sorted(pooled) if t != ALL] + [pooled[ALL]]


def table(title: str, scores: list[TagScore]) -> str:
    """Overlap P/R/F1 per tag and the attribute accuracy, as text."""
    lines = [f"## {title}", f"{'tag':<10}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}   attributes"]
    for s in scores:
        o = s.overlap
        attributes = "  ".join(f"{name} {right}/{total} {right / total:.0%}" for name, (right, total) in sorted(s.attributes.items())
                               if total and s.tag != ALL)
        lines.append(f"{s.tag:<10}{o.gold:>6}{o.predicted:>7}{o.precision:>8.3f}{o.recall:>8.3f}{o.f1:>8.3f}   {attributes}")
    return "\n".join(lines)


def main(folders: list[str]) -> int:
    """Print each set's table, then the pooled one."""
    if not folders:
        raise SystemExit("usage: pooled.py FOLDER [FOLDER ...]")
    with tempfile.TemporaryDirectory() as workdir:
        per_set = [score(Path(f).resolve(), Path(workdir)) for f in folders]
    for folder, scores in zip(folders, per_set):
        print(table(folder, scores), end="\n\n")
    print(table("pooled: " + " + ".join(folders), pool(per_set)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
