"""`load` keeps exactly the attribute values the file gives: no tag defaults are added to loaded spans."""

from __future__ import annotations

import csv
import io
import json

from newsmark import cli
from newsmark.core.storage import Project


def test_loaded_spans_keep_exactly_the_files_values_and_get_no_defaults(tmp_path, capsys):
    article = tmp_path / "kyiv.txt"
    article.write_text("The mayor said 3 bridges closed.\n", encoding="utf-8")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(article)]) == 0
    with Project.open(path) as project:
        claim = next(t.id for t in project.tags() if t.name == "claim")
        project.add_span(1, claim, 4, 9)  # a claim without a status: a reviewer's "not assessed"
        project.add_span(1, claim, 10, 14, attributes='{"status": "false"}')
    out = tmp_path / "set.csv"
    assert cli.main(["export", str(path), "-o", str(out), "--plain"]) == 0
    exported = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["attr_status"] for r in exported] == ["", "false"]
    # The same spans from a file without attribute columns at all.
    bare = tmp_path / "bare.csv"
    columns = [c for c in exported[0] if not c.startswith("attr_")]
    with bare.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(exported)
    for source, expected in ((out, [{}, {"status": "false"}]), (bare, [{}, {}])):
        fresh = tmp_path / f"fresh-{source.stem}.newsmark"
        assert cli.main(["add", str(fresh), str(article)]) == 0
        capsys.readouterr()
        assert cli.main(["load", str(fresh), str(source), "--plain"]) == 0
        with Project.open(fresh, readonly=True) as project:
            assert [json.loads(s.attributes) for s in project.spans(1)] == expected
