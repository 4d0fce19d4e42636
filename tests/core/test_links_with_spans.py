"""Every path that deletes spans deletes their links in the same transaction, and its undo puts both back."""

from __future__ import annotations

import pytest
from newsmark.core.storage import Project

from tests.core.transactions import ONE, count_transactions

TEXT = "Officials said 8,000 troops arrived in Kursk. “We hold Kursk,” said Ivan."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


@pytest.fixture
def linked(project):
    """A document with claim, figure, location, quote spans; figure -> claim, claim -> location, quote -> location."""
    doc, _ = project.add_document("Kursk", TEXT)
    tags = {t.name: t.id for t in project.tags()}
    spans = {}
    for tag, word in [("claim", "8,000 troops arrived in Kursk"), ("figure", "8,000"), ("location", "Kursk"),
                      ("quote", "We hold Kursk")]:
        start = TEXT.index(word)
        spans[tag] = project.add_span(doc.id, tags[tag], start, start + len(word))
    types = {t.name: t.id for t in project.link_types()}
    links = [
        project.add_link(doc.id, types["evidence"], spans["figure"].id, spans["claim"].id),
        project.add_link(doc.id, types["about"], spans["claim"].id, spans["location"].id),
        project.add_link(doc.id, types["about"], spans["quote"].id, spans["location"].id),
    ]
    project.set_document_labels(doc.id, project.categories()[1].id, ["news"])
    return doc, tags, spans, links


def _state(project, doc_id):
    return project.documents(), project.spans(doc_id), project.links(doc_id), project.document_labels(doc_id)


def test_deleting_one_span_takes_its_links_and_undo_puts_them_back(project, linked):
    doc, _, spans, links = linked
    before = _state(project, doc.id)
    claim = spans["claim"]
    taken = project.links_of_spans([claim.id])
    assert taken == links[:2]
    assert count_transactions(project, lambda: project.delete_span(claim.id)) == ONE
    assert project.links(doc.id) == [links[2]]
    assert count_transactions(project, lambda: project.restore_span(claim, taken)) == ONE
    assert _state(project, doc.id) == before


def test_deleting_many_spans_returns_their_links_for_undo(project, linked):
    doc, _, spans, links = linked
    before = _state(project, doc.id)
    gone = [spans["figure"], spans["quote"]]
    removed = []
    assert count_transactions(project, lambda: removed.extend(project.delete_spans([s.id for s in gone]))) == ONE
    assert removed == [links[0], links[2]] and project.links(doc.id) == [links[1]]
    assert count_transactions(project, lambda: project.restore_spans(gone, removed)) == ONE
    assert _state(project, doc.id) == before


def test_deleting_a_tag_takes_its_spans_links_and_undo_puts_them_back(project, linked):
    doc, tags, spans, links = linked
    before = _state(project, doc.id)
    removed = []
    assert count_transactions(project, lambda: removed.append(project.delete_tag(tags["location"]))) == ONE
    tag, taken = removed[0]  # still the old pair
    assert removed[0].links == (links[1], links[2]) and project.links(doc.id) == [links[0]]
    assert count_transactions(project, lambda: project.restore_tag(tag, taken, removed[0].links)) == ONE
    assert _state(project, doc.id) == before


def test_moving_a_tags_spans_keeps_their_links_through_the_undo(project, linked):
    doc, tags, spans, links = linked
    before = _state(project, doc.id)
    removed = project.delete_tag(tags["figure"], move_spans_to=tags["claim"])
    assert removed.links == () and project.links(doc.id) == links  # kept, though claim -> claim is no evidence
    assert count_transactions(project, lambda: project.restore_tag(*removed)) == ONE
    assert _state(project, doc.id) == before  # the span moved back by an update: its link was not replaced away


def test_unloading_a_set_takes_its_links_and_reloading_restores_them(project, linked):
    doc, _, spans, links = linked
    rumour = project.add_tag("rumour", "#123456")
    said = project.add_span(doc.id, rumour.id, 0, 9)
    same = project.add_link(doc.id, [t.id for t in project.link_types() if t.name == "same_as"][0], said.id, spans["quote"].id)
    removed = []
    act = lambda: removed.extend(project.delete_spans_and_tags([spans["figure"].id], [rumour.id]))  # noqa: E731
    assert count_transactions(project, act) == ONE
    assert removed == [links[0], same] and project.links(doc.id) == links[1:]
    act = lambda: project.restore_tags_and_spans([rumour], [spans["figure"], said], removed)  # noqa: E731
    assert count_transactions(project, act) == ONE
    assert project.links(doc.id) == [*links, same]


def test_removing_documents_takes_links_and_labels_and_restoring_brings_them_back(project, linked):
    doc, *_ = linked
    other, _ = project.add_document("Other", "Another text.")
    before = _state(project, doc.id)
    removed = []
    assert count_transactions(project, lambda: removed.extend(project.remove_documents([doc.id, other.id]))) == ONE
    assert project.links(doc.id) == [] and project.labels_by_document() == {}
    assert list(project.all_links()) == []
    (document, spans), _ = removed  # each still unpacks as (document, spans)
    assert document.id == doc.id and spans == before[1] and len(removed[0].links) == 3 and len(removed[0].labels) == 1
    assert count_transactions(project, lambda: project.restore_documents(removed)) == ONE
    assert _state(project, doc.id) == before


def test_removing_one_document_and_restoring_it_whole(project, linked):
    doc, *_ = linked
    before = _state(project, doc.id)
    removed = project.remove_document(doc.id)
    assert count_transactions(project, lambda: project.restore_document(*removed, removed.links, removed.labels)) == ONE
    assert _state(project, doc.id) == before

