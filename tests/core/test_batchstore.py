"""Batch writes: each is one transaction, all or nothing; a merged tag set and its undo both apply."""

from __future__ import annotations

import pytest
from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project
from newsmark.core.tagset import TagSpec, plan_tag_import

TEXT = "Officials said 8,000 troops arrived in Kursk."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


def test_update_spans_is_all_or_nothing(project):
    doc, _ = project.add_document("Kursk", TEXT)
    claim, figure = project.tags()[0].id, project.tags()[1].id
    first = project.add_span(doc.id, claim, 0, 9)
    second = project.add_span(doc.id, claim, 15, 20)
    before = project.spans(doc.id)
    with pytest.raises(ValueError):  # the second change is outside the text: the first is rolled back too
        project.update_spans([(first.id, {"tag_id": figure}), (second.id, {"end": 10_000})])
    assert project.spans(doc.id) == before
    after = project.update_spans([(first.id, {"tag_id": figure}), (second.id, {"tag_id": figure})])
    assert [s.tag_id for s in project.spans(doc.id)] == [figure, figure] == [s.tag_id for s in after]


def test_documents_removed_and_restored_in_batches(project):
    added = project.add_documents([("A", "Alpha.", "", {}), ("B", "Beta.", "", {}), ("A again", "Alpha.", "", {})])
    assert [new for _, new in added] == [True, True, False]
    tag = project.tags()[0].id
    project.add_span(added[0][0].id, tag, 0, 5)
    removed = project.remove_documents([added[0][0].id, added[1][0].id])
    assert project.documents() == []
    project.restore_documents(removed)
    assert [d.title for d in project.documents()] == ["A", "B"] and project.count_spans(added[0][0].id) == 1


def test_a_load_is_taken_out_and_put_back_whole(project):
    doc, _ = project.add_document("Kursk", TEXT)
    (rumour,) = project.change_tags(add=[TagSpec("rumour", "#123456")])
    spans = [project.add_span(doc.id, rumour.id, 0, 9), project.add_span(doc.id, rumour.id, 15, 20)]
    project.delete_spans_and_tags([s.id for s in spans], [rumour.id])
    assert project.spans(doc.id) == [] and "rumour" not in [t.name for t in project.tags()]
    project.restore_tags_and_spans([rumour], spans)
    assert project.spans(doc.id) == spans and project.tag(rumour.id) == rumour


def test_a_key_passed_along_by_a_merged_tag_set_goes_back_on_undo(project):
    by_name = {t.name: t for t in project.tags()}  # claim 1, figure 2, quote 3, location 4
    specs = [TagSpec("figure", by_name["figure"].color, "7"), TagSpec("claim", by_name["claim"].color, "2"),
             TagSpec("actor", "#123456", "1"), TagSpec("quote", "#000000", "4")]
    add, update = plan_tag_import(project.tags(), specs)
    # figure gives up 2, claim takes it and gives up 1, the new actor takes 1; 4 is location's: quote keeps 3.
    assert add == [TagSpec("actor", "#123456", "1")]
    assert [(t.name, changes) for t, changes in update] == [
        ("figure", {"color": by_name["figure"].color, "key": "7"}),
        ("claim", {"color": by_name["claim"].color, "key": "2"}),
        ("quote", {"color": "#000000"}),
    ]
    before = project.tags()
    added = project.change_tags(update=[(t.id, c) for t, c in update], add=add)
    assert {t.name: t.key for t in project.tags()} == {"claim": "2", "figure": "7", "quote": "3", "location": "4", "actor": "1"}
    undo = [(t.id, {name: getattr(t, name) for name in c}) for t, c in reversed(update)]
    project.change_tags(delete=[t.id for t in added], update=undo)
    assert project.tags() == before
    with pytest.raises(NewsmarkError):  # undone in the wrong order, claim's old key is still taken: nothing changes
        project.change_tags(update=[(t.id, c) for t, c in update][::-1])
    assert project.tags() == before
