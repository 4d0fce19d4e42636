"""Editing the tag set: names, colors, keys, order, deletion with spans deleted or moved, and undo."""

from __future__ import annotations

import pytest

from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        yield p


def ids(project):
    return {t.name: t.id for t in project.tags()}


def test_add_rename_recolor_rekey_and_reorder(project):
    actor = project.add_tag("actor", "#0072B2", "5")
    assert (actor.color, actor.position) == ("#0072b2", 4)
    project.update_tag(actor.id, name="person", key="p", color="#d55e00")
    changed = project.tag(actor.id)
    assert (changed.name, changed.color, changed.key) == ("person", "#d55e00", "p")
    order = [ids(project)[n] for n in ("person", "quote", "claim", "figure", "location")]
    project.reorder_tags(order)
    assert [t.name for t in project.tags()] == ["person", "quote", "claim", "figure", "location"]


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"name": "Claim"}, "already a tag called"),
        ({"name": "  "}, "needs a name"),
        ({"color": "orange"}, "looks like #"),
        ({"key": "2"}, "already tags 'figure'"),
        ({"key": "ab"}, "one character"),
    ],
)
def test_bad_tag_changes_are_refused_with_a_clear_message(project, fields, message):
    with pytest.raises(NewsmarkError, match=message):
        project.update_tag(ids(project)["quote"], **fields)
    assert project.tag(ids(project)["quote"]).name == "quote"


def test_deleting_a_tag_deletes_its_spans_and_restoring_brings_them_back(project):
    doc, _ = project.add_document("T", "one two three")
    quote = ids(project)["quote"]
    span = project.add_span(doc.id, quote, 0, 3)
    tag, spans = project.delete_tag(quote)
    assert project.spans(doc.id) == [] and "quote" not in ids(project)
    project.restore_tag(tag, spans)
    assert project.spans(doc.id) == [span] and project.tags()[2] == tag


def test_deleting_a_tag_can_move_its_spans_to_another_and_undo_moves_them_back(project):
    doc, _ = project.add_document("T", "one two three")
    t = ids(project)
    span = project.add_span(doc.id, t["quote"], 4, 7)
    kept = project.add_span(doc.id, t["claim"], 0, 3)
    tag, spans = project.delete_tag(t["quote"], move_spans_to=t["claim"])
    assert {s.tag_id for s in project.spans(doc.id)} == {t["claim"]}
    project.restore_tag(tag, spans)
    assert project.spans(doc.id) == [kept, span]
    with pytest.raises(ValueError):
        project.delete_tag(t["claim"], move_spans_to=t["claim"])


def test_a_tag_set_file_round_trips_and_a_new_project_starts_with_it(project, tmp_path):
    from newsmark.core.tagset import read_tag_set_file, write_tag_set_file

    project.add_tag("actor", "#0072b2", "5")
    shared = tmp_path / "team.json"
    write_tag_set_file(shared, project.tags(), "team")
    specs = read_tag_set_file(shared)
    assert [(s.name, s.key) for s in specs][-1] == ("actor", "5")
    with Project.open(tmp_path / "new.newsmark", create=True, tag_set=specs) as fresh:
        assert [(t.name, t.color, t.key) for t in fresh.tags()] == [(t.name, t.color, t.key) for t in project.tags()]


@pytest.mark.parametrize("content,message", [("{not json", "not a tag set file"), ('{"tags": []}', "non-empty"),
                                             ('{"tags": [{"name": "a", "color": "red"}]}', "color")])
def test_a_broken_tag_set_file_is_refused_clearly(tmp_path, content, message):
    from newsmark.core.tagset import read_tag_set_file

    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NewsmarkError, match=message):
        read_tag_set_file(path)
