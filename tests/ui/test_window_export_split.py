"""The Export dialog offers one part of the training split, and the window writes a data card beside the export."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QWidget

from newsmark.core.storage import Project
from newsmark.ui.exportdialog import ExportChoice, ExportDialog

from tests.ui.conftest import ARTICLE


def test_the_dialog_offers_every_document_or_one_part(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ExportDialog(parent, tmp_path / "analyst", ["claim"], [])
    assert box.choice().split is None
    box.split.setCurrentIndex(box.split.findData("test"))
    assert box.choice().split == "test"


def test_export_of_one_part_holds_its_documents_and_a_card_beside_it(open_window, project_path, dialog, tmp_path):
    with Project.open(project_path) as project:
        project.add_document("Odesa", "Odesa port reopened on Monday.")
        project.save_split({1: "dev", 2: "test"}, seed=7, ratios={"train": 0.0, "dev": 0.5, "test": 0.5})
    window = open_window(project_path)
    out = tmp_path / "dev.jsonl"
    dialog.answer("ask_export_options", ExportChoice("jsonl", out, split="dev"))
    window.actions.export_set.trigger()
    assert not dialog.errors
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["text"] == ARTICLE  # document 1, the only one in dev
    card = (tmp_path / "dev.jsonl.card.md").read_text(encoding="utf-8")
    assert "- Documents: 1 (dev 1)" in card and "- Filters: split: dev" in card and "with seed 7" in card


def test_a_part_of_a_project_never_split_is_one_error_and_nothing_written(open_window, project_path, dialog, tmp_path):
    window = open_window(project_path)
    out = tmp_path / "test.csv"
    dialog.answer("ask_export_options", ExportChoice("csv", out, split="test"))
    window.actions.export_set.trigger()
    ((title, message),) = dialog.errors
    assert title == "Export failed" and "has not been split into train/dev/test" in str(message)
    assert not out.exists() and not (tmp_path / "test.csv.card.md").exists()
