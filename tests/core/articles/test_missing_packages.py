"""A reader whose Python package is missing says so in one line naming the package, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsmark.core.articles.packages import package_name

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = Path(__file__).resolve().parents[3]


def test_without_lxml_html_clean_a_web_page_is_refused_in_one_line_naming_it(tmp_path):
    # What pip 23.2 leaves behind: lxml without lxml_html_clean. Blocked in a subprocess, so nothing leaks.
    run = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['lxml_html_clean'] = None\n"
         "from newsmark.cli import main\nsys.exit(main())", "add", str(tmp_path / "p.newsmark"), str(DATA / "kyiv-bridge.html")],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert run.returncode != 0 and "Traceback" not in run.stderr
    (line,) = [line for line in run.stderr.splitlines() if "kyiv-bridge.html" in line or "lxml" in line]
    assert "Reading .html files needs the Python package lxml_html_clean, which is not installed" in line
    assert '"pip install lxml_html_clean"' in line


def test_the_package_is_named_by_its_pypi_name():
    assert package_name(ImportError("No module named 'docx'", name="docx")) == "python-docx"
    assert package_name(ImportError("No module named 'trafilatura.core'", name="trafilatura.core")) == "trafilatura"
    assert package_name(ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")) == "lxml_html_clean"
    assert package_name(ImportError("something odd")) == ""
