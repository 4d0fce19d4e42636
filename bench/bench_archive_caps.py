"""Benchmark reading a 1 MB .docx that holds a 1 GB picture, beside the same document without it.

Each read runs in a fresh process so its peak memory (max RSS) is its own. Target (issue #8, 2.6):
the picture is never unpacked, so time and memory stay near the plain document's.
Usage: PYTHONPATH=desktop python bench/bench_archive_caps.py [--gb 1]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile_articles"))
from make_hostile import docx_with  # noqa: E402

_READ = """
import json, resource, sys, time
from pathlib import Path
from newsmark.core.articles import read_article
import docx, pypdf  # loaded before the clock starts: the figures are the reading alone
start = time.perf_counter()
try:
    outcome = "read %d characters" % len(read_article(Path(sys.argv[1])).text)
except Exception as e:
    outcome = "%s: %s" % (type(e).__name__, e)
seconds = time.perf_counter() - start
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome]))
"""


def measure(path: Path) -> tuple[float, float, str]:
    """Seconds, peak MB and outcome of read_article on ``path`` in a new process."""
    done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, check=True)
    return tuple(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    plain, bomb = folder / "plain.docx", folder / "picture.docx"
    plain.write_bytes(docx_with())
    bomb.write_bytes(docx_with(media_mb=int(args.gb * 1024)))
    for label, path in (("plain document (baseline)", plain), (f"with a {args.gb:g} GB picture", bomb)):
        seconds, peak, outcome = measure(path)
        size = path.stat().st_size / 2**20
        print(f"{label:<28} {size:6.2f} MB file  {seconds:6.2f} s  peak {peak:7.1f} MB  {outcome}")


if __name__ == "__main__":
    main()
