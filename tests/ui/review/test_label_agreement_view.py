"""Review › Agreement shows the analysts' agreement on document labels beside the span matrix, computed off the window."""

from __future__ import annotations

import threading

import pytest

from newsmark.core.storage import Project

from conftest import ARTICLE  # noqa: E402 - tests/ui/conftest.py


def team(path, labels: bool = True):
    """Two documents with one span each by ana and ben; with ``labels``, their genres (and gold's on the first)."""
    with Project.open(path, create=True) as project:
        first, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        second, _ = project.add_document("Seoul", "Seoul is far from Kursk.", "/articles/seoul.txt")
        for document in (first, second):
            for name in ("ana", "ben"):
                project.add_span(document.id, project.tags()[0].id, 0, 4, annotator=name)
        if labels:
            genre = next(c.id for c in project.categories() if c.name == "genre")
            for document, who, value in ((first, "ana", "news"), (first, "ben", "news"), (first, "gold", "opinion"),
                                         (second, "ana", "news"), (second, "ben", "opinion")):
                project.set_document_labels(document.id, genre, [value], annotator=who)
    return path


def open_agreement(window, qtbot):
    window.findChild(type(window.actions.show_agreement), "showAgreement").trigger()
    view = window.agreement
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.report is not None, timeout=10_000)
    return view.dialog


def table(dialog):
    grid = dialog.labels
    return [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())]


def test_the_dialog_shows_the_document_label_table(open_window, tmp_path, qtbot, monkeypatch):
    from newsmark.ui.review import agreement as controller

    on_window_thread = []
    real = controller.project_label_agreement

    def watched(project, document_id=None):
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return real(project, document_id)

    monkeypatch.setattr(controller, "project_label_agreement", watched)
    dialog = open_agreement(open_window(team(tmp_path / "team.newsmark")), qtbot)
    assert on_window_thread == [False]
    assert [dialog.labels.horizontalHeaderItem(c).text() for c in range(6)] == [
        "category", "annotator A", "annotator B", "documents", "observed", "κ"]
    # ana and ben agree on one genre of two (kappa 0: ana says news both times); gold differs on its one document.
    assert table(dialog) == [["genre", "ana", "ben", "2", "0.500", "0.000"],
                             ["genre", "ana", "gold", "1", "0.000", "0.000"],
                             ["genre", "ben", "gold", "1", "0.000", "0.000"]]
    assert dialog.labels.isVisible()
    assert dialog.labels_summary.text() == ("Krippendorff's alpha, all analysts over the documents two or more "
                                            "labelled: genre -0.333 (2 documents).")


def test_a_project_without_labels_says_so(open_window, tmp_path, qtbot):
    dialog = open_agreement(open_window(team(tmp_path / "spans.newsmark", labels=False)), qtbot)
    assert table(dialog) == [] and not dialog.labels.isVisible()
    assert dialog.labels_summary.text() == "No document labels to compare: nobody labelled a document."


@pytest.mark.parametrize("labels", [True, False])
def test_closing_the_dialog_stops_the_thread(open_window, tmp_path, qtbot, labels):
    window = open_window(team(tmp_path / "team.newsmark", labels))
    open_agreement(window, qtbot)
    window.agreement.close()
    assert window.agreement.dialog is None and window.agreement.thread is None


def labels_only(path):
    """ana and ben labelled both documents' genre; only ana made spans (one document), so no span pair exists."""
    with Project.open(path, create=True) as project:
        first, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        second, _ = project.add_document("Seoul", "Seoul is far from Kursk.", "/articles/seoul.txt")
        project.add_span(first.id, project.tags()[0].id, 0, 4, annotator="ana")
        genre = next(c.id for c in project.categories() if c.name == "genre")
        for document, who, value in ((first, "ana", "news"), (first, "ben", "news"),
                                     (second, "ana", "news"), (second, "ben", "opinion")):
            project.set_document_labels(document.id, genre, [value], annotator=who)
    return path


def test_labels_without_shared_spans_open_the_window_with_the_label_table(open_window, tmp_path, qtbot, dialog, monkeypatch):
    from newsmark.core.storage import Project as Opened

    reads = []
    real = Opened.span_keys

    def watched(self):
        reads.append(threading.current_thread() is threading.main_thread())
        return real(self)

    monkeypatch.setattr(Opened, "span_keys", watched)
    window = open_window(labels_only(tmp_path / "labels.newsmark"))
    agreement = open_agreement(window, qtbot)
    qtbot.waitUntil(lambda: agreement.labels.rowCount() > 0, timeout=10_000)
    assert dialog.errors == []
    assert reads == [False]  # every span was read on the worker, none on the window's thread
    assert table(agreement) == [["genre", "ana", "ben", "2", "0.500", "0.000"]]
    assert agreement.summary.text().startswith("Spans: nothing to compare")
    assert agreement.report.pairs == [] and not agreement.matrix.isVisible() and agreement.labels.isVisible()


def test_one_analyst_is_still_one_clear_message(tmp_path, dialog, open_window):
    path = tmp_path / "alone.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        project.add_span(doc.id, project.tags()[0].id, 0, 4, annotator="ana")
        genre = next(c.id for c in project.categories() if c.name == "genre")
        project.set_document_labels(doc.id, genre, ["news"], annotator="ana")
    opened = open_window(path)
    opened.actions.show_agreement.trigger()
    assert opened.agreement.dialog is None
    assert dialog.errors == [("Agreement", "Agreement needs two annotators or more who annotated the same documents; "
                                           "this project has 1 annotator (ana).")]
