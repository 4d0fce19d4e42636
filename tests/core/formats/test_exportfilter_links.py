"""Exports see a link only when both its spans are exported, and document labels only of exported documents."""

from __future__ import annotations

import pytest
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


def _linked(project):
    """Two documents; the first has claim <- figure (evidence, by ana) and claim -> location (about, by bo)."""
    tags = {t.name: t.id for t in project.tags()}
    types = {t.name: t.id for t in project.link_types()}
    topic = project.categories()[0].id
    first, _ = project.add_document("One", TEXT)
    second, _ = project.add_document("Two", TEXT + " Again.")
    claim = project.add_span(first.id, tags["claim"], 0, 44)
    figure = project.add_span(first.id, tags["figure"], 15, 20, annotator="ana")
    place = project.add_span(first.id, tags["location"], 39, 44, annotator="bo")
    evidence = project.add_link(first.id, types["evidence"], figure.id, claim.id, annotator="ana")
    about = project.add_link(first.id, types["about"], claim.id, place.id, annotator="bo")
    other = project.add_span(second.id, tags["claim"], 0, 9)
    project.set_document_labels(first.id, topic, ["war"], annotator="ana")
    project.set_document_labels(second.id, topic, ["economy", "war"], annotator="bo")
    return first, second, evidence, about, other


def test_without_filters_every_link_and_label_is_exported(project):
    first, second, evidence, about, _ = _linked(project)
    view = FilteredProject(project)
    assert list(view.all_links()) == [evidence, about] == view.links(first.id)
    assert view.labels_by_document() == project.labels_by_document()
    assert view.link_types() == project.link_types() and view.categories() == project.categories()


def test_a_link_is_kept_only_with_both_its_spans(project):
    first, _, evidence, about, _ = _linked(project)
    view = FilteredProject(project, tags=["claim", "location"])  # the figure is left out: so is its evidence link
    assert list(view.all_links()) == [about] == view.links(first.id)
    assert view.links_of_spans([evidence.source_id, evidence.target_id]) == [about]


def test_an_annotator_filter_keeps_their_links_and_labels(project):
    first, second, evidence, about, _ = _linked(project)
    view = FilteredProject(project, annotators=["ana", "tester"])
    assert list(view.all_links()) == [evidence]
    assert [(d, [v.value for v in labels]) for d, labels in view.labels_by_document().items()] == [(first.id, ["war"])]
    assert view.document_labels(second.id) == []


def test_a_left_out_document_takes_its_links_and_labels(project):
    first, second, *_ = _linked(project)
    view = FilteredProject(project, documents=[second.id])
    assert list(view.all_links()) == [] and view.links(first.id) == []
    assert list(view.labels_by_document()) == [second.id] and view.document_labels(first.id) == []
