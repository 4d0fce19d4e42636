"""`load --annotator NAME`: spans that name no annotator are saved as NAME's."""

from __future__ import annotations

import csv
import io

from newsmark import cli
from newsmark.core.storage import Project


def test_load_with_annotator_names_the_spans_that_name_none(tmp_path, capsys):
    article = tmp_path / "kyiv.txt"
    article.write_text("The mayor said 3 bridges closed.\n", encoding="utf-8")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(article)]) == 0
    with Project.open(path) as project:
        project.add_span(1, project.tags()[0].id, 4, 9, annotator="")
    out = tmp_path / "set.csv"
    assert cli.main(["export", str(path), "-o", str(out), "--plain"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["annotator"] == ""
    fresh = tmp_path / "fresh.newsmark"
    assert cli.main(["add", str(fresh), str(article)]) == 0
    capsys.readouterr()
    assert cli.main(["load", str(fresh), str(out), "--plain", "--annotator", "Dana Reyes"]) == 0
    with Project.open(fresh, readonly=True) as project:
        assert [s.annotator for s in project.spans(1)] == ["Dana Reyes"]
