"""Build a Newsmark project holding the blind evaluation set: its articles and the gold spans (annotator gold-blind).

Run: PYTHONPATH=desktop python bench/blind/build_project.py OUT.newsmark
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsmark.cli import main as newsmark

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold.csv"


def build(out: Path) -> int:
    """``newsmark add`` every article, then ``newsmark load`` the gold CSV; returns the exit code."""
    if out.exists():
        print(f"{out} already exists; give a new project file", file=sys.stderr)
        return 1
    code = newsmark(["add", str(out), *sorted(str(p) for p in ARTICLES.glob("*.txt"))])
    return code or newsmark(["load", str(out), str(GOLD), "--plain"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_project.py OUT.newsmark")
    sys.exit(build(Path(sys.argv[1])))
