"""Build a Newsmark project holding the blind evaluation set: its articles and the gold spans (annotator gold-blind).

Run: PYTHONPATH=desktop python bench/blind/build_project.py OUT.newsmark [FOLDER]   (default FOLDER: bench/blind)
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsmark.cli import main as newsmark

HERE = Path(__file__).resolve().parent


def build(out: Path, folder: Path = HERE) -> int:
    """``newsmark add`` every article of FOLDER, then ``newsmark load`` its gold CSV; returns the exit code."""
    if out.exists():
        print(f"{out} already exists; give a new project file", file=sys.stderr)
        return 1
    code = newsmark(["add", str(out), *sorted(str(p) for p in (folder / "articles").glob("*.txt"))])
    return code or newsmark(["load", str(out), str(folder / "gold.csv"), "--plain"])


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: build_project.py OUT.newsmark [FOLDER]")
    sys.exit(build(Path(sys.argv[1]), Path(sys.argv[2]).resolve() if len(sys.argv) == 3 else HERE))
