"""Only SQLite opens the window's project: annotating, undo, review, export and load never open its files in Python.

See tests/auditopens.py: closing any descriptor of the file would drop SQLite's locks under the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from newsmark.core.storage import Project
from newsmark.ui.exportdialog import ExportChoice
from tests.auditopens import of_project, recording
from tests.ui.conftest import ARTICLE, select_code_points, trigger


def test_a_session_in_the_window_never_opens_the_project_file_itself(open_window, project_path, dialog, tmp_path, qtbot):
    other = tmp_path / "other.newsmark"
    with Project.open(other, create=True) as project:
        project.add_document("Kyiv", ARTICLE)
    out = tmp_path / "set.csv"
    with recording() as touched:
        window = open_window(project_path)
        start = ARTICLE.index("Kursk")
        select_code_points(window.view, ARTICLE, start, start + 5)
        qtbot.keyClick(window.view, Qt.Key_4)  # a span: one transaction
        trigger(window, "undo")
        trigger(window, "redo")
        qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)  # suggestions, stored
        assert window.review.on
        qtbot.keyClick(window.view, Qt.Key_Return)  # accept the first
        dialog.answer("ask_export_options", ExportChoice("csv", out))
        window.actions.export_set.trigger()
        window.close()
        second = open_window(other)
        dialog.answer("ask_annotation_set_path", out)
        second.actions.load_set.trigger()
        second.close()
    assert out.exists() and not dialog.errors
    assert any(path == str(out) for _, path in touched)  # the hook saw the export's own open
    with Project.open(project_path, readonly=True) as project:
        assert len(project.spans(1)) == 2  # the span and the accepted suggestion were saved
    assert of_project(touched, project_path) == [] and of_project(touched, other) == []
