"""``newsmark report``: one self-contained HTML file or a Markdown summary, escaped, never written onto a project."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsmark import cli
from newsmark.core.storage import Project

from reportproject import make_project


class Elements(HTMLParser):
    """The elements and attributes of a page, as a browser's parser sees them."""

    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "team.newsmark")


def test_the_html_report_is_one_escaped_self_contained_file(project, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert cli.main(["report", str(project), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote the html report on 2 documents and 6 spans to {out}\n"
    html = out.read_text(encoding="utf-8")
    # The hostile values are text: no element of theirs, no attribute pointing anywhere.
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>eve" not in html
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in html
    assert "&lt;/td&gt;&lt;script&gt;x&lt;/script&gt;" in html  # the speaker, in the table
    # Nothing outside the file: no element that loads, no src; url() and href only point inside the page.
    elements = Elements()
    elements.feed(html)
    assert elements.names.isdisjoint({"script", "img", "link", "iframe", "object", "embed", "image", "foreignobject"})
    assert {name for name, _ in elements.attributes}.isdisjoint({"src", "srcset", "action", "formaction", "onload"})
    assert {value[:1] for name, value in elements.attributes if name in ("href", "xlink:href")} == {"#"}
    assert not re.search(r"url\((?!#)|@import", html)
    addresses = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert addresses == {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", "http://127.0.0.1:9/leak.png&quot;&gt;"}
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # One inline SVG per chart, each titled; every figure also as a table.
    assert html.count("<svg") == 9 and html.count("<table") == 10  # with the agreement chart and table (two annotators)
    for title in ("Spans per tag", "Spans per annotator", "Spans per document status", "Documents with the most spans",
                  "Claims by status", "Top locations", "Top speakers", "Spans per day per annotator"):
        assert f"<h2>{title}" in html
    assert "<th scope=\"col\">&lt;b&gt;odd&lt;/b&gt; $tag$</th>" in html
    assert "#e69f00" in html  # the claim tag's color is in the charts


def test_the_dark_report_has_dark_charts(project, tmp_path):
    out = tmp_path / "dark.html"
    assert cli.main(["report", str(project), "-o", str(out), "--theme", "dark"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "background: #1e1e1e" in html and "fill: #1e1e1e" in html


def test_markdown_goes_to_stdout_escaped(project, capsys):
    assert cli.main(["report", str(project), "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Newsmark report: team.newsmark\n")
    assert "| claim | 1 | 16.7% |" in md
    assert "\\<script\\>document.title=\"pwned\"\\</script\\>\\<img" in md
    assert "\\$x\\$ \\| \\*b\\* \\& co" in md  # a pipe cannot end a cell, a star cannot start emphasis
    assert "<" not in md.replace("\\<", "")
    # Every row of a table has as many cells as its header: no value's pipe splits a cell.
    cells = lambda line: len(re.findall(r"(?<!\\)\|", line))
    for block in md.split("\n\n"):
        rows = [line for line in block.splitlines() if line.startswith("|")]
        assert len({cells(row) for row in rows}) <= 1, block


def test_markdown_by_suffix_to_a_file(project, tmp_path, capsys):
    out = tmp_path / "summary.md"
    assert cli.main(["report", str(project), "-o", str(out)]) == 0
    assert "wrote the md report" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "## Top locations" in text and "| Kyiv | 1 |" in text and "<svg" not in text


def test_html_needs_an_output_file(project, capsys):
    assert cli.main(["report", str(project)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs -o OUT.html" in err


@pytest.mark.parametrize("name, words", [
    ("team.newsmark", "is the open project"),
    ("team.newsmark-wal", "belongs to the open project (its wal file)"),
    ("team.newsmark.lock", "belongs to the open project (its lock file)"),
    ("other.newsmark", "is a Newsmark project"),
])
def test_the_report_is_never_written_onto_a_project(project, tmp_path, capsys, name, words):
    with Project.open(tmp_path / "other.newsmark", create=True):
        pass
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert cli.main(["report", str(project), "-o", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "nothing was written" in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_markdown_refuses_a_stdout_that_is_the_project(project, tmp_path):
    with open(project, "ab") as stdout:  # `newsmark report p --format md >> p`
        done = subprocess.run([sys.executable, "-m", "newsmark", "report", str(project), "--format", "md"],
                              stdout=stdout, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1 and "a file of the open project" in done.stderr


def test_help_and_markdown_never_load_qt_nor_matplotlib_and_html_loads_no_qt(project, tmp_path):
    code = (
        "import sys\nfrom newsmark.cli import main\n"
        "loaded = lambda *names: sorted({m.split('.')[0] for m in sys.modules if m.startswith(names)})\n"
        "assert main(['--help']) == 0\n"
        "print(loaded('matplotlib', 'PySide6'), file=sys.stderr)\n"
        f"assert main(['report', {str(project)!r}, '--format', 'md']) == 0\n"
        "print(loaded('matplotlib', 'PySide6'), file=sys.stderr)\n"
        f"assert main(['report', {str(project)!r}, '-o', {str(tmp_path / 'r.html')!r}]) == 0\n"
        "print(loaded('matplotlib', 'PySide6', 'shiboken6'), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == ["[]", "[]", "['matplotlib']"]


def test_the_report_measures_agreement_when_two_annotators_share_a_document(project, capsys):
    assert cli.main(["report", str(project), "--format", "md"]) == 0
    text = capsys.readouterr().out
    assert "Agreement per tag" in text
    rows = [line for line in text.splitlines() if line.startswith("| claim |") and line.count("|") == 4]
    assert rows and rows[-1].split("|")[2].strip() == "0.000"  # ana marked a claim, ben none: F1 0


def test_a_report_of_one_annotator_has_no_agreement_table(tmp_path, capsys):
    path = tmp_path / "solo.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Solo", "Kyiv said 8,000 troops moved.\n")
        p.add_span(doc.id, p.tags()[0].id, 0, 4, annotator="ana")
    assert cli.main(["report", str(path), "--format", "md"]) == 0
    assert "Agreement per tag" not in capsys.readouterr().out
