"""Export As… offers the Excel workbook (Load reads it back as one undo step) and says which spans brat had to trim."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QWidget

from newsmark.core.storage import Project
from newsmark.ui.exportdialog import ExportChoice, ExportDialog

from tests.ui.conftest import ARTICLE


def test_the_export_dialog_offers_xlsx_with_its_suffix(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ExportDialog(parent, tmp_path / "analyst", ["claim"], [])
    box.format.setCurrentIndex(box.format.findData("xlsx"))
    assert box.choice().format == "xlsx" and box.choice().path == tmp_path / "analyst.xlsx"
    assert not box.plain.isEnabled()  # typed cells need no ' prefix: there is nothing to switch off


def test_export_as_xlsx_then_load_it_into_another_project(open_window, project_path, dialog, tmp_path):
    kursk = ARTICLE.index("Kursk")
    with Project.open(project_path) as project:
        project.add_span(1, project.tags()[3].id, kursk, kursk + 5, note="=SUM(A1)")
    window = open_window(project_path)
    out = tmp_path / "set.xlsx"
    dialog.answer("ask_export_options", ExportChoice("xlsx", out))
    window.actions.export_set.trigger()
    assert "Exported 1 span to" in window.statusBar().currentMessage()
    row = [c.value for c in openpyxl.load_workbook(out)["spans"][2]]
    assert row[5:9] == [kursk, kursk + 5, "Kursk", "=SUM(A1)"]
    window.close()
    other = tmp_path / "other.newsmark"
    with Project.open(other, create=True) as project:
        project.add_document("Kyiv", ARTICLE)
    second = open_window(other)
    dialog.answer("ask_annotation_set_path", out)
    second.actions.load_set.trigger()
    assert second.span_table.model().rowCount() == 1 and not dialog.errors
    second.actions.undo.trigger()
    assert second.span_table.model().rowCount() == 0


def test_export_as_brat_names_a_trimmed_span_in_the_problems_box(open_window, project_path, dialog, tmp_path):
    end = ARTICLE.index("\n") + 1  # the first line with its line break
    with Project.open(project_path) as project:
        project.add_span(1, project.tags()[0].id, 0, end)
    window = open_window(project_path)
    dialog.answer("ask_export_options", ExportChoice("brat", tmp_path / "brat"))
    window.actions.export_set.trigger()
    ((title, summary),) = dialog.problems
    assert title == "Some spans are not exactly in brat"
    assert summary.splitlines()[0] == "1 span was written with other offsets:"
    assert f"0-{end} claim" in summary and f"written as 0-{end - 1}" in summary


def test_export_as_brat_says_annotators_are_not_in_the_file(open_window, project_path, dialog, tmp_path):
    kursk = ARTICLE.index("Kursk")
    with Project.open(project_path) as project:
        project.add_span(1, project.tags()[3].id, kursk, kursk + 5, annotator="ana")
    window = open_window(project_path)
    dialog.answer("ask_export_options", ExportChoice("brat", tmp_path / "brat"))
    window.actions.export_set.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported 1 span to") and "the brat format has no place for: spans' annotators (1)" in message
    assert not dialog.problems  # nothing trimmed or left out: no box, the status line says it
    card = (tmp_path / "brat.card.md").read_text(encoding="utf-8")
    assert "- Not held: the brat format has no place for: spans' annotators (1)" in card
