"""``newsmark add`` joins a hard-wrapped text's paragraph lines; ``--keep-lines`` keeps its lines as in the file."""

from __future__ import annotations

import json

from newsmark import cli
from newsmark.core.storage import Project

WRAPPED = """\
Bridge reopens after repairs

The old bridge over the river reopened to traffic on Wednesday after
eight months of repairs, the city's transport office said, ending the
long detours that had added half an hour to many residents' commutes.

Engineers replaced the worn bearings and resurfaced the whole deck, and
the work came in under budget, according to a statement from the city
council, which had approved the repairs after an inspection last year.
"""


def _added(tmp_path, *options: str) -> tuple[str, dict]:
    article = tmp_path / "bridge.txt"
    article.write_text(WRAPPED, encoding="utf-8")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", *options, str(path), str(article)]) == 0
    with Project.open(path, readonly=True) as project:
        document = project.document(1)
        return document.text, json.loads(document.origin)


def test_a_hard_wrapped_text_is_added_as_paragraphs(tmp_path, capsys):
    text, origin = _added(tmp_path)
    assert text.split("\n\n")[1] == " ".join(WRAPPED.split("\n\n")[1].split("\n"))
    assert len(text.splitlines()) == 5 and "hard_wrap" in origin


def test_keep_lines_stores_the_file_s_lines(tmp_path, capsys):
    text, origin = _added(tmp_path, "--keep-lines")
    assert text == WRAPPED and "hard_wrap" not in origin
