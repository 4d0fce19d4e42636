"""``newsmark add`` reads a PDF as paragraphs; ``--pdf-lines`` keeps its printed lines as before."""

from __future__ import annotations

import json
from pathlib import Path

from newsmark import cli
from newsmark.core.storage import Project

PDF = Path(__file__).resolve().parents[1] / "data" / "grain-exports.pdf"
FIRST = "Argentina's grain exports fell 18 percent in the first quarter, the agriculture ministry said on Friday."


def _added_text(tmp_path, *options: str) -> tuple[str, dict]:
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", *options, str(path), str(PDF)]) == 0
    with Project.open(path, readonly=True) as project:
        document = project.document(1)
        return document.text, json.loads(document.origin)


def test_a_pdf_is_added_as_paragraphs(tmp_path, capsys):
    text, origin = _added_text(tmp_path)
    assert text.split("\n\n")[:2] == ["Grain exports fall as drought bites", FIRST]
    assert "lines" not in origin


def test_pdf_lines_keeps_every_printed_line(tmp_path, capsys):
    text, origin = _added_text(tmp_path, "--pdf-lines")
    assert text.splitlines()[:3] == [
        "Grain exports fall", "as drought bites", "Argentina's grain exports fell 18 percent in",
    ]
    assert origin["lines"] == "printed"
