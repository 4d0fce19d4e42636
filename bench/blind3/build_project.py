"""Build a Newsmark project holding the held-out blind set bench/blind3, with bench/blind's build_project.

Run: PYTHONPATH=desktop python bench/blind3/build_project.py OUT.newsmark
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_project.py OUT.newsmark")
    sys.exit(runpy.run_path(str(HERE.parent / "blind" / "build_project.py"))["build"](Path(sys.argv[1]), HERE))
