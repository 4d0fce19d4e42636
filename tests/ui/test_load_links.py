"""Loading an annotation set with links and document labels into the window; its undo and redo, exactly."""

from __future__ import annotations

from newsmark.core.formats import registry
from newsmark.core.storage import Project

from tests.ui.conftest import ARTICLE, rows, trigger

LINKS = "SELECT type_id, source_id, target_id, annotator FROM links ORDER BY id"
LABELS = "SELECT document_id, category_id, value FROM document_labels ORDER BY 1, 2, 3"


def write_set(tmp_path):
    """A CSV set (with its .links.csv and labels) of ARTICLE: a figure, a claim, evidence between them, a genre."""
    source = tmp_path / "source.newsmark"
    with Project.open(source, create=True) as p:
        doc, _ = p.add_document("Kyiv", ARTICLE, "/kyiv.txt")
        tags = {t.name: t.id for t in p.tags()}
        figure = p.add_span(doc.id, tags["figure"], ARTICLE.index("8,000"), ARTICLE.index("8,000") + 5)
        claim = p.add_span(doc.id, tags["claim"], ARTICLE.index("Officials"), ARTICLE.index("Kursk") + 5)
        evidence = next(t for t in p.link_types() if t.name == "evidence")
        p.add_link(doc.id, evidence.id, figure.id, claim.id, annotator="ana")
        genre = next(c for c in p.categories() if c.name == "genre")
        p.set_document_labels(doc.id, genre.id, ["analysis"], annotator="ana")
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    return out


def test_a_loaded_sets_links_and_labels_show_and_undo_and_redo_exactly(busy_window, dialog, counter, tmp_path):
    window = busy_window
    path = window.session.project.path
    dialog.answer("ask_annotation_set_path", write_set(tmp_path))
    assert counter.count(lambda: trigger(window, "loadSet")) == (1, 1, 0, 0)
    links, labels = rows(path, LINKS), rows(path, LABELS)
    assert len(links) == 1 and len(labels) == 1 and dialog.errors == []
    assert [(k.type_id, k.source_id, k.target_id) for k in window.session.links] == [links[0][:3]]
    doc = window.session.document.id
    assert window.session.labels_of(doc, labels[0][1]) == ["analysis"]
    assert window.labeler.panel.buttons[labels[0][1]].text() == "analysis (ana)"  # not the analyst's own answer
    assert counter.count(lambda: trigger(window, "undo")) == (1, 1, 0, 0)
    assert rows(path, LINKS) == [] and rows(path, LABELS) == [] and len(window.session.links) == 0
    assert window.labeler.panel.buttons[labels[0][1]].text() == "—"
    assert counter.count(lambda: trigger(window, "redo")) == (1, 1, 0, 0)
    assert rows(path, LINKS) == links and rows(path, LABELS) == labels and len(window.session.links) == 1
