"""Done marks go out with an annotation set and come back with its load, exactly, all or none."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmark.core.errors import AnnotationSetError
from newsmark.core.formats import registry
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.formats.linkload import put_back_extras, take_out_extras
from newsmark.core.storage import Project
from tests.core.formats.test_linkformats import output
from tests.core.transactions import ONE, count_transactions

MARKED = ["csv", "xlsx", "jsonl", "labelstudio"]
SUFFIX = {"csv": "set.csv", "xlsx": "set.xlsx", "jsonl": "set.jsonl", "labelstudio": "set.json"}
TEXTS = ("The mayor said 3 bridges closed.", "Rain fell on Lima.", "Nothing to mark here.")
NAMES = st.sampled_from(["Ana", "Bo Li", "=cmd|'/c calc'!A0", "Zoë 👩🏽‍💻", "-1", "gold", "@x", "a\tb"])


def marks(p) -> set:
    """Every done mark by document hash, annotator and time (ids differ between projects)."""
    sha = {d.id: d.sha256 for d in p.documents()}
    return {(sha[m.document_id], m.annotator, m.marked_at) for m in p.done_marks()}


def fresh(path) -> Project:
    """A project with the same documents and no marks."""
    p = Project.open(path, create=True)
    for i, text in enumerate(TEXTS):
        p.add_document(f"d{i}", text)
    return p


def marked(path, given_marks) -> Project:
    """A project whose documents carry ``given_marks`` (document index, annotator)."""
    p = fresh(path)
    for index, who in given_marks:
        p.set_status(index + 1, "done", who)
    return p


@pytest.mark.parametrize("name", MARKED)
def test_marks_round_trip_and_export_load_export_is_identical(tmp_path, name):
    (tmp_path / "2").mkdir()
    with marked(tmp_path / "a.newsmark", [(0, "Ana"), (0, "Bo"), (2, "Ana")]) as p:
        report = registry.export(p, name, tmp_path / SUFFIX[name])
        want = marks(p)
    assert report.marks == 3
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, tmp_path / SUFFIX[name])
        assert len(plan.done_marks) == 3 and marks(p) == want
        assert [d.status for d in p.documents()] == ["todo"] * 3  # a mark is the analyst's; the status the project's
        for document_id in (1, 3):  # the workbook's documents sheet shows statuses
            p.update_document(document_id, status="done")
        registry.export(p, name, tmp_path / "2" / SUFFIX[name])
        again = registry.load(p, tmp_path / SUFFIX[name])
        assert (again.done_marks, again.skipped_marks) == ([], 3)
    assert output(tmp_path / SUFFIX[name]) == output(tmp_path / "2" / SUFFIX[name])


def test_the_csv_companion_is_named_done_and_escaped_like_the_spans_file(tmp_path):
    with marked(tmp_path / "a.newsmark", [(1, "=1+1")]) as p:
        registry.export(p, "csv", tmp_path / "set.csv")
    text = (tmp_path / "set.done.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["document_sha256", "document_id", "document_title", "annotator", "marked_at"]
    assert rows[1][1:4] == ["2", "d1", "'=1+1"]


def test_no_marks_no_companion_file(tmp_path):
    with fresh(tmp_path / "a.newsmark") as p:
        registry.export(p, "csv", tmp_path / "set.csv")
    assert not (tmp_path / "set.done.csv").exists()


def test_an_older_export_without_marks_still_loads(tmp_path):
    with marked(tmp_path / "a.newsmark", [(0, "Ana")]) as p:
        p.add_span(1, p.tags()[0].id, 4, 9, annotator="Ana")
        registry.export(p, "csv", tmp_path / "set.csv")
    (tmp_path / "set.done.csv").unlink()  # as written before done marks were exported
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, tmp_path / "set.csv")
        assert len(plan.spans) == 1 and p.done_marks() == []


@pytest.mark.parametrize("name", MARKED)
def test_a_mark_for_a_document_the_project_lacks_refuses_the_whole_set(tmp_path, name):
    with marked(tmp_path / "a.newsmark", [(0, "Ana"), (2, "Bo")]) as p:
        p.add_span(1, p.tags()[0].id, 4, 9, annotator="Ana")
        registry.export(p, name, tmp_path / SUFFIX[name])
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        p.add_document("d0", TEXTS[0])  # not the third document
        with pytest.raises(AnnotationSetError, match="no document in the project has document_sha256"):
            registry.load(p, tmp_path / SUFFIX[name])
        assert p.done_marks() == [] and p.spans(1) == []


def test_json_sets_carry_marks_in_their_newsmark_meta(tmp_path):
    with marked(tmp_path / "a.newsmark", [(1, "Ana")]) as p:
        registry.export(p, "jsonl", tmp_path / "set.jsonl")
        registry.export(p, "labelstudio", tmp_path / "set.json")
        stamp = p.done_marks()[0].marked_at
    lines = [json.loads(line) for line in (tmp_path / "set.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ["done" in line["newsmark"] for line in lines] == [False, True, False]
    assert lines[1]["newsmark"]["done"] == [{"annotator": "Ana", "marked_at": stamp}]
    tasks = json.loads((tmp_path / "set.json").read_text(encoding="utf-8"))
    assert tasks[1]["meta"] == {"newsmark": {"done": [{"annotator": "Ana", "marked_at": stamp}]}}
    assert "meta" not in tasks[0]


@pytest.mark.parametrize("name", ["jsonl", "labelstudio"])
def test_a_done_list_that_is_no_list_is_a_problem_and_nothing_loads(tmp_path, name):
    with marked(tmp_path / "a.newsmark", [(1, "Ana")]) as p:
        p.add_span(1, p.tags()[0].id, 4, 9, annotator="Ana")
        registry.export(p, name, tmp_path / SUFFIX[name])
    path = tmp_path / SUFFIX[name]
    path.write_text(path.read_text(encoding="utf-8").replace('"done": [', '"done": "Ana", "x": ['), encoding="utf-8")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="newsmark.done must be a list"):
            registry.load(p, path)
        assert p.done_marks() == [] and p.spans(1) == []


def test_brat_says_it_has_no_place_for_done_marks(tmp_path):
    with marked(tmp_path / "a.newsmark", [(0, "Ana"), (0, "Bo")]) as p:
        report = registry.export(p, "brat", tmp_path / "brat")
    assert report.not_held == {"done marks": 2}


def test_a_mark_naming_no_annotator_is_a_problem_row(tmp_path):
    with marked(tmp_path / "a.newsmark", [(0, "Ana")]) as p:
        registry.export(p, "csv", tmp_path / "set.csv", plain=True)
    done = tmp_path / "set.done.csv"
    done.write_text(done.read_text(encoding="utf-8-sig").replace(",Ana,", ",  ,"), encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match=r"set.done.csv: a done mark names no annotator"):
            registry.load(p, tmp_path / "set.csv", plain=True)
        assert p.done_marks() == []


def test_loading_marks_is_one_transaction_and_undo_takes_out_only_what_it_added(tmp_path):
    with marked(tmp_path / "a.newsmark", [(0, "Ana"), (1, "Bo")]) as p:
        registry.export(p, "csv", tmp_path / "set.csv")
    with marked(tmp_path / "b.newsmark", [(0, "Ana")]) as p:
        before = marks(p)
        plans = []
        assert count_transactions(p, lambda: plans.append(registry.load(p, tmp_path / "set.csv"))) == ONE
        assert plans[0].skipped_marks == 1 and [m.annotator for m in plans[0].done_marks] == ["Bo"]
        after = marks(p)
        take_out_extras(p, plans[0])
        assert marks(p) == before  # Ana's own mark, which was there already, stays
        put_back_extras(p, plans[0])
        assert marks(p) == after


def test_an_annotator_filter_exports_only_those_analysts_marks(tmp_path):
    with marked(tmp_path / "a.newsmark", [(0, "Ana"), (0, "Bo"), (1, "Bo")]) as p:
        view = FilteredProject(p, annotators=["Bo"], documents=[1])
        assert [(m.document_id, m.annotator) for m in view.done_marks()] == [(1, "Bo")]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), NAMES), unique=True, max_size=8), st.sampled_from(MARKED), st.booleans())
def test_any_marks_round_trip_exactly(tmp_path_factory, given_marks, name, plain):
    tmp = tmp_path_factory.mktemp("gen")
    with marked(tmp / "a.newsmark", given_marks) as p:
        registry.export(p, name, tmp / SUFFIX[name], plain=plain)
        want = marks(p)
    with fresh(tmp / "b.newsmark") as p:
        registry.load(p, tmp / SUFFIX[name], plain=True if plain else None)
        assert marks(p) == want
