"""Article extraction from real saved pages: Newsmark's web-page reader beside trafilatura's own extract().

Reads trafilatura's evaluation set (not shipped: fetch github.com/adbar/trafilatura and point at its
tests/ folder): evaldata.json names each page and strings that must appear ("with") and boilerplate that
must not ("without"); the pages are in tests/cache/ (106 of them) and tests/eval/ (the other 884).
Both sides get the raw bytes; the baseline is trafilatura.extract with comments off, tables on.

  recall     must-appear strings found            target: Newsmark >= baseline
  leaks      boilerplate strings found            target: Newsmark <= baseline
  refused    pages Newsmark refuses as having no article

Usage: python bench/bench_extraction.py PATH/TO/trafilatura/tests [--all] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsmark.core.articles.htmlpage import read_html
from newsmark.core.errors import DocumentImportError


def flat(text: str) -> str:
    """Whitespace collapsed, so a string is found whatever line breaks either side keeps."""
    return " ".join(text.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", type=Path, help="trafilatura's tests/ folder")
    parser.add_argument("--all", action="store_true", help="all 990 pages, not only the 106 in tests/cache/")
    parser.add_argument("--show", action="store_true", help="list every string one side finds and the other misses")
    options = parser.parse_args()
    import trafilatura

    evaldata = json.loads((options.tests / "evaldata.json").read_text(encoding="utf-8"))
    folders = [options.tests / "cache"] + ([options.tests / "eval"] if options.all else [])
    totals = {"pages": 0, "with": 0, "without": 0, "ours": 0, "theirs": 0, "ours_leak": 0, "theirs_leak": 0, "refused": 0}
    spent = {"ours": 0.0, "theirs": 0.0}
    for url, entry in evaldata.items():
        path = next((folder / entry["file"] for folder in folders if (folder / entry["file"]).is_file()), None)
        if path is None:
            continue
        data = path.read_bytes()
        started = time.perf_counter()
        try:
            ours = flat(read_html(path, data).text)
        except DocumentImportError as refusal:
            ours, totals["refused"] = "", totals["refused"] + 1
            if options.show:
                print(f"refused {refusal}")
        spent["ours"] += time.perf_counter() - started
        started = time.perf_counter()
        theirs = flat(trafilatura.extract(data, include_comments=False, include_tables=True) or "")
        spent["theirs"] += time.perf_counter() - started
        totals["pages"] += 1
        for wanted in entry["with"]:
            found = flat(wanted)
            totals["with"] += 1
            totals["ours"] += found in ours
            totals["theirs"] += found in theirs
            if options.show and (found in ours) != (found in theirs):
                print(f"with    ours={found in ours!s:5} theirs={found in theirs!s:5} {entry['file']}: {wanted[:70]}")
        for unwanted in entry["without"]:
            found = flat(unwanted)
            totals["without"] += 1
            totals["ours_leak"] += found in ours
            totals["theirs_leak"] += found in theirs
            if options.show and (found in ours) != (found in theirs):
                print(f"without ours={found in ours!s:5} theirs={found in theirs!s:5} {entry['file']}: {unwanted[:70]}")
    t = totals
    print(f"{t['pages']} pages, {t['with']} must-appear strings, {t['without']} boilerplate strings")
    print(f"recall  Newsmark {t['ours']}/{t['with']}   trafilatura.extract {t['theirs']}/{t['with']}")
    print(f"leaks   Newsmark {t['ours_leak']}/{t['without']}   trafilatura.extract {t['theirs_leak']}/{t['without']}")
    print(f"refused Newsmark {t['refused']} pages")
    print(f"time    Newsmark {spent['ours']:.1f} s   trafilatura.extract {spent['theirs']:.1f} s")
    ok = t["ours"] >= t["theirs"] and t["ours_leak"] <= t["theirs_leak"]
    print("OK" if ok else "BELOW BASELINE")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
