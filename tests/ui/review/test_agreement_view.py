"""Review › Agreement in the real window: the matrix per tag, pairs with gold, drill-down to a disagreement, no freeze."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from newsmark.core.storage import Project

from conftest import ARTICLE  # noqa: E402 - tests/ui/conftest.py

SECOND = "Seoul\n\nKursk is far from Seoul, officials said.\n"


@pytest.fixture
def team_path(tmp_path):
    """Two documents annotated by ana, ben and gold: they agree on Kyiv, differ on Kursk and on the troops' edges."""
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as project:
        first, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        second, _ = project.add_document("Seoul", SECOND, "/articles/seoul.txt")
        claim, figure, location = (project.tags()[i].id for i in (0, 1, 3))
        kyiv, kursk, troops = ARTICLE.index("Kyiv"), ARTICLE.index("Kursk"), ARTICLE.index("8,000")
        for name in ("ana", "ben", "gold"):
            project.add_span(first.id, location, kyiv, kyiv + 4, annotator=name)
            project.add_span(second.id, location, 0, 5, annotator=name)
        project.add_span(first.id, location, kursk, kursk + 5, annotator="ana")
        project.add_span(first.id, claim, kursk, kursk + 5, annotator="ben")
        project.add_span(first.id, location, kursk, kursk + 5, annotator="gold")
        project.add_span(first.id, figure, troops, troops + 5, annotator="gold")
        project.add_span(first.id, figure, troops, troops + 12, annotator="ana")
        project.add_span(first.id, figure, troops, troops + 5, annotator="ben")
    return path


def open_agreement(window, qtbot):
    window.findChild(type(window.actions.show_agreement), "showAgreement").trigger()
    view = window.agreement
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.report is not None, timeout=10_000)
    return view.dialog


def cell(dialog, a, b):
    names = dialog.report.annotators
    return dialog.matrix.item(names.index(a), names.index(b))


def test_review_menu_has_the_action(window):
    menu = window.menuBar().findChild(type(window.menuBar().addMenu("x")), "reviewMenu")
    assert menu.title() == "&Review"
    assert window.actions.show_agreement in menu.actions()
    assert window.actions.show_agreement.objectName() == "showAgreement"
    assert window.actions.show_agreement.shortcut().toString() == "Ctrl+Alt+K"


def test_the_matrix_shows_each_pair_and_each_annotator_against_gold(open_window, team_path, qtbot):
    window = open_window(team_path)
    dialog = open_agreement(window, qtbot)
    assert dialog.report.annotators == ["ana", "ben", "gold"]
    assert dialog.chosen_tag() == "*"
    # Against gold, overall: ana agrees on Kyiv, Seoul, Kursk (3 of 4 exactly; the troops only overlap).
    assert cell(dialog, "ana", "gold").text().startswith("F1 1.000 / 0.750")
    assert cell(dialog, "gold", "ana").text() == cell(dialog, "ana", "gold").text()
    # ben tagged Kursk a claim: overall 3 of 4 overlap (the claim is another tag), 3 exact.
    assert cell(dialog, "ben", "gold").text().startswith("F1 0.750 / 0.750")
    assert cell(dialog, "ana", "ana").text() == "" and not cell(dialog, "ana", "ana").flags() & Qt.ItemIsEnabled
    dialog.tag.setCurrentIndex(dialog.tag.findData("figure"))
    assert cell(dialog, "ben", "gold").text() == "F1 1.000 / 1.000\nκ 1.000"
    assert cell(dialog, "ana", "gold").text().startswith("F1 1.000 / 0.000")
    assert "Krippendorff's alpha" in dialog.summary.text() and "2 documents" in dialog.summary.text()


def test_choosing_a_cell_lists_the_disagreements_and_one_opens_the_document_there(open_window, team_path, qtbot):
    window = open_window(team_path)
    window.document_list.setCurrentIndex(window.document_list.model().index(1))  # Seoul is shown
    dialog = open_agreement(window, qtbot)
    names = dialog.report.annotators
    dialog.matrix.setCurrentCell(names.index("ana"), names.index("ben"))
    model = dialog.disagreement_model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["Kyiv", "8,000 troops", f"figure {ARTICLE.index('8,000')}–{ARTICLE.index('8,000') + 12}",
         f"figure {ARTICLE.index('8,000')}–{ARTICLE.index('8,000') + 5}", "other edges"],
        ["Kyiv", "Kursk", f"location {ARTICLE.index('Kursk')}–{ARTICLE.index('Kursk') + 5}",
         f"claim {ARTICLE.index('Kursk')}–{ARTICLE.index('Kursk') + 5}", "another tag"],
    ]
    assert "2 disagreements of ana (A) and ben (B)" == dialog.pair_label.text()
    dialog.differences.activated.emit(model.index(1, 0))
    kursk = ARTICLE.index("Kursk")
    assert window.session.document.title == "Kyiv"
    assert window.view.selection_range() == (kursk, kursk + 5)
    assert window.selected_spans() and (window.selected_spans()[0].start, window.selected_spans()[0].end) == (kursk, kursk + 5)
    assert window.document_list.currentIndex().row() == 0
    dialog.tag.setCurrentIndex(dialog.tag.findData("figure"))  # the list follows the tag chosen
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["other edges"]


def test_a_project_without_two_annotators_is_one_clear_message(window, dialog):
    window.actions.show_agreement.trigger()
    assert window.agreement.dialog is None
    assert dialog.errors == [("Agreement", "Agreement needs two annotators or more who annotated the same documents; "
                                           "this project has 0 annotators.")]


def test_the_computation_runs_off_the_window_thread_and_stops_with_the_dialog(open_window, team_path, qtbot, monkeypatch):
    from newsmark.ui.review import agreement as controller

    seen = []
    real = controller.compute

    def watched(data, progress=None):
        import threading
        seen.append(threading.current_thread() is threading.main_thread())
        return real(data, progress)

    monkeypatch.setattr(controller, "compute", watched)
    window = open_window(team_path)
    open_agreement(window, qtbot)
    assert seen == [False]
    window.agreement.close()
    assert window.agreement.dialog is None and window.agreement.thread is None


def test_the_disagreement_model_passes_the_model_tester(open_window, team_path, qtbot, qtmodeltester):
    window = open_window(team_path)
    dialog = open_agreement(window, qtbot)
    names = dialog.report.annotators
    dialog.matrix.setCurrentCell(names.index("ben"), names.index("gold"))
    assert dialog.disagreement_model.rowCount() == 1
    qtmodeltester.check(dialog.disagreement_model)
