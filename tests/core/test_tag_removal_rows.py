"""Deleting a tag cascades into its suggestions; undoing the deletion puts them back, rejections included."""

from __future__ import annotations

import pytest

from newsmark.core.documentrows import TAKEN_WITH_TAG
from newsmark.core.storage import Project

from tests.core.transactions import ONE, count_transactions
from tests.core.wholedocument import fill, tables


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


@pytest.mark.parametrize("move", [False, True])
def test_deleting_a_tag_and_restoring_it_round_trips_its_suggestions(project, move):
    doc = fill(project, "Kursk")
    tags = {t.name: t.id for t in project.tags()}
    location = tags["location"]  # Kursk is a location span; "Monday" a rejected location suggestion
    assert [s.status for s in project.suggestions(doc.id, status=None) if s.tag_id == location] == ["rejected"]
    before = tables(project)
    removed = []
    target = tags["claim"] if move else None
    assert count_transactions(project, lambda: removed.append(project.delete_tag(location, move_spans_to=target))) == ONE
    assert [s for s in project.suggestions(doc.id, status=None) if s.tag_id == location] == []
    (removal,) = removed
    act = lambda: project.restore_tag(*removal, removal.links, removal.rows)  # noqa: E731
    assert count_transactions(project, act) == ONE
    assert tables(project) == before


def test_every_table_a_tag_s_deletion_cascades_into_is_restored(project):
    """A new table with ON DELETE CASCADE on tags must be added to core.documentrows, or the undo loses it."""
    names = [r[0] for r in project._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    cascading = {
        name for name in names for fk in project._conn.execute(f"PRAGMA foreign_key_list({name})")
        if fk[2] == "tags" and fk[6].upper() == "CASCADE"
    }
    assert cascading == set(TAKEN_WITH_TAG)
