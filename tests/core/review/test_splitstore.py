"""The stored split: schema 7's splits table, replaced whole in one transaction, read by exports through FilteredProject."""

from __future__ import annotations

import sqlite3

import pytest

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.review.split import SplitError, check_ratios
from newsmark.core.review.splitting import split_project
from newsmark.core.splitstore import NoSplitError
from newsmark.core.storage import SCHEMA_VERSION, Project

from tests.core.review.wirestories import FOLLOW_UP, OTHER_GRAIN, REWORDED, TRIMMED, UNRELATED, WIRE
from tests.core.transactions import ONE, count_transactions

RATIOS = check_ratios(0.6, 0.2, 0.2)


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        tag = p.tags()[1].id
        for i, text in enumerate((WIRE, REWORDED, TRIMMED, OTHER_GRAIN, FOLLOW_UP, UNRELATED)):
            doc, _ = p.add_document(f"story {i}", text)
            p.add_span(doc.id, tag, 0, 4, annotator="gold" if i % 2 else "ana")
        yield p


def test_a_split_is_stored_in_one_transaction_and_replaces_the_last_one_whole(project):
    assert project.split_parts() == {} and project.split_info() is None
    assert count_transactions(project, lambda: split_project(project, RATIOS, seed=1)) == ONE
    parts = project.split_parts()
    assert sorted(parts) == [1, 2, 3, 4, 5, 6] and len({parts[1], parts[2], parts[3]}) == 1
    info = project.split_info()
    assert (info.seed, info.ratios, info.annotator) == (1, RATIOS, "")
    assert sum(info.documents.values()) == 6
    project.remove_document(6)
    assert count_transactions(project, lambda: split_project(project, RATIOS, seed=2, annotator="gold")) == ONE
    assert sorted(project.split_parts()) == [1, 2, 3, 4, 5]
    assert (project.split_info().seed, project.split_info().annotator) == (2, "gold")


def test_a_failed_save_leaves_the_old_split_as_it_was(project):
    split_project(project, RATIOS, seed=1)
    before = project.split_parts()
    with pytest.raises(sqlite3.IntegrityError):
        project.save_split({1: "train", 99: "dev"}, seed=5, ratios=RATIOS)  # no document 99
    assert project.split_parts() == before and project.split_info().seed == 1


def test_a_removed_document_leaves_the_split_and_a_new_one_is_in_no_part(project):
    split_project(project, RATIOS)
    project.remove_document(4)
    doc, _ = project.add_document("late", "A story added after the split.")
    parts = project.split_parts()
    assert 4 not in parts and doc.id not in parts
    everything = {d.id for d in FilteredProject(project).documents()}
    assert doc.id in everything
    assert all(doc.id not in {d.id for d in FilteredProject(project, split=p).documents()} for p in ("train", "dev", "test"))


def test_each_split_view_holds_only_its_part_and_together_they_hold_every_document(project):
    split_project(project, RATIOS, seed=3)
    parts = project.split_parts()
    seen = []
    for part in ("train", "dev", "test"):
        view = FilteredProject(project, split=part)
        ids = [d.id for d in view.documents()]
        assert all(parts[i] == part for i in ids)
        assert all(view.links(i) == [] and view.document_labels(i) == [] for i in set(parts) - set(ids))
        assert {r[0] for r in view.export_rows()} <= set(ids)
        seen += ids
    assert sorted(seen) == sorted(parts)


def test_asking_for_a_part_of_a_project_never_split_is_one_clear_error(project):
    with pytest.raises(NoSplitError, match="p.newsmark has not been split into train/dev/test; run: newsmark split"):
        FilteredProject(project, split="test")
    with pytest.raises(NewsmarkError, match="unknown split part 'valid'"):
        FilteredProject(project, split="valid")


def test_splitting_by_an_annotator_without_spans_or_an_empty_project_is_refused(project, tmp_path):
    with pytest.raises(SplitError, match="no spans by annotator 'nobody' in p.newsmark \\(annotators: 'ana', 'gold'\\)"):
        split_project(project, RATIOS, annotator="nobody")
    assert project.split_parts() == {}
    with Project.open(tmp_path / "empty.newsmark", create=True) as empty:
        with pytest.raises(SplitError, match="has no documents to split"):
            split_project(empty, RATIOS)


def test_a_format_6_file_gets_the_splits_table_and_a_reader_of_one_sees_no_split(tmp_path):
    path = tmp_path / "six.newsmark"
    with Project.open(path, create=True) as p:
        p.add_document("Kyiv", "Kyiv text.")
    conn = sqlite3.connect(path)
    for table in ("splits", "suggestions", "rules", "curation_decisions", "done_marks"):  # all format 6 lacked
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Project.open(path, readonly=True) as reader:  # readers read a format 6 file as it is
        assert reader.split_parts() == {} and reader.split_info() is None
    with Project.open(path) as p:
        assert SCHEMA_VERSION >= 7
        p.save_split({1: "test"}, seed=0, ratios=RATIOS)
        assert p.split_parts() == {1: "test"}
