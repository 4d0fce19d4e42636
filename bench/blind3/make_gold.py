"""Turn bench/blind3's hand annotations into its gold.csv (annotator gold-blind3) with bench/blind's make_gold.

Run: PYTHONPATH=desktop python bench/blind3/make_gold.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(runpy.run_path(str(HERE.parent / "blind" / "make_gold.py"))["main"](HERE))
