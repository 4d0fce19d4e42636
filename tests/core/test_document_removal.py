"""Removing a document takes every row tied to it in one transaction; restoring the Removal puts each back."""

from __future__ import annotations

import pytest

from newsmark.core.documentrows import TAKEN_AS_OBJECTS, TAKEN_AS_ROWS
from newsmark.core.storage import Project
from newsmark.core.suggest.suggestion import Suggestion

from tests.core.transactions import ONE, count_transactions
from tests.core.wholedocument import fill as _fill, tables as _tables


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project



def _rows_of(project, document_id):
    """Every row of every table that names the document."""
    tables = _tables(project)
    found = {}
    for name in tables:
        columns = [r[1] for r in project._conn.execute(f"PRAGMA table_info({name})")]
        key = "document_id" if "document_id" in columns else "id" if name == "documents" else None
        if key:
            found[name] = sorted(project._conn.execute(f"SELECT * FROM {name} WHERE {key} = ?", (document_id,)).fetchall(), key=repr)
    return found


def test_removing_and_restoring_a_document_round_trips_every_row_tied_to_it(project):
    doc = _fill(project, "Kursk")
    other = _fill(project, "Other")
    project.save_split({doc.id: "test", other.id: "train"}, seed=7, ratios={"train": 0.5, "test": 0.5})
    assert {s.status for s in project.suggestions(doc.id, status=None)} == {"open", "accepted", "rejected"}
    before = _tables(project)
    assert all(_rows_of(project, doc.id)[t] for t in ("suggestions", "curation_decisions", "splits", "links"))

    removed = []
    assert count_transactions(project, lambda: removed.extend(project.remove_documents([doc.id]))) == ONE
    assert not any(_rows_of(project, doc.id).values())
    assert _rows_of(project, other.id) == _rows_by_document(before, project, other.id)
    after_removal = _tables(project)

    assert count_transactions(project, lambda: project.restore_documents(removed)) == ONE
    assert _tables(project) == before
    assert project.split_parts()[doc.id] == "test"

    again = []
    assert count_transactions(project, lambda: again.extend(project.remove_documents([doc.id]))) == ONE
    assert _tables(project) == after_removal
    project.restore_document(*again[0], again[0].links, again[0].labels, again[0].rows)
    assert _tables(project) == before


def _rows_by_document(snapshot, project, document_id):
    # The other document's rows as they were before the removal, read back from the snapshot.
    found = {}
    for name, rows in snapshot.items():
        columns = [r[1] for r in project._conn.execute(f"PRAGMA table_info({name})")]
        key = "document_id" if "document_id" in columns else "id" if name == "documents" else None
        if key:
            found[name] = [row for row in rows if row[columns.index(key)] == document_id]
    return found


def test_a_rejected_suggestion_stays_rejected_after_removal_is_undone(project):
    doc = _fill(project, "Kursk")
    removal = project.remove_document(doc.id)
    project.restore_documents([removal])
    at = doc.text.index("Monday")
    assert project.store_suggestions({doc.id: [Suggestion("location", at, at + 6, {}, 0.4, "places")]}) == 0


def test_every_table_that_names_a_document_is_taken_with_it(project):
    """A new table with a document_id column must be added to core.documentrows, or removal's undo loses it."""
    names = [r[0] for r in project._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    naming = {n for n in names if "document_id" in {r[1] for r in project._conn.execute(f"PRAGMA table_info({n})")}}
    assert naming == set(TAKEN_AS_ROWS) | set(TAKEN_AS_OBJECTS)
