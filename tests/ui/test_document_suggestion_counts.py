"""The document list shows how many open suggestions each document has, and follows every decision and its undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from newsmark.core.storage import Project
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.ui import suggestall
from newsmark.ui.documentlistmodel import SuggestionCountRole
from tests.ui.conftest import trigger

TEXT = "Troops cross border\n\nAbout 8,000 troops crossed the border on Tuesday, and 12 tanks followed.\n"
OTHER = "Tanks\n\nSome 40 tanks and 300 trucks were seen near the river.\n"
COUNT_QUERY = "SELECT document_id, count(*) FROM suggestions"


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "counts.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Border", TEXT)
        other, _ = project.add_document("Tanks", OTHER)
        project.add_document("Quiet", "Nothing happened.\n")
        # Stored before the window opens: the list shows them at once.
        project.store_suggestions({other.id: [Suggestion("figure", OTHER.index("40"), OTHER.index("40") + 2, {}, 0.9, "figures")]})
    return path


@pytest.fixture
def window(counter, open_window, path, settings):
    settings.setValue("annotator", "ana")
    return open_window(path)


def row_texts(window):
    model = window.document_list.model()
    return [model.index(r).data() for r in range(model.rowCount())]


def counts(window):
    model = window.document_list.model()
    return [model.index(r).data(SuggestionCountRole) for r in range(model.rowCount())]


def count_queries(window):
    """A list that fills with one entry per suggestion count the window's connection reads."""
    seen = []
    window.session.project._conn.set_trace_callback(lambda sql: seen.append(sql) if sql.startswith(COUNT_QUERY) else None)
    return seen


def press(window, key, modifiers=Qt.NoModifier):
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(window.view, key, modifiers)


def test_the_list_shows_each_documents_open_suggestions_from_the_start(window):
    assert counts(window) == [0, 1, 0]
    assert row_texts(window) == ["○ Border  (0)", "○ Tanks  (0)  · 1 suggested", "○ Quiet  (0)"]
    tip = window.document_list.model().index(1).data(Qt.ToolTipRole)
    assert "0 spans, 1 suggestion to review" in tip


def test_suggest_accept_reject_and_undo_each_repaint_the_count_with_one_read(window, qtbot):
    seen = count_queries(window)
    press(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)  # suggest for the shown document, Border
    first = counts(window)[0]
    assert first >= 2 and row_texts(window)[0] == f"○ Border  (0)  · {first} suggested"
    changed = []
    window.document_list.model().dataChanged.connect(lambda top, bottom, roles: changed.append((top.row(), bottom.row())))
    steps = [
        (lambda: press(window, Qt.Key_A), first - 1),  # accepted: a span, one suggestion less
        (lambda: press(window, Qt.Key_X), first - 2),  # rejected
        (lambda: trigger(window, "undo"), first - 1),
        (lambda: trigger(window, "undo"), first),
        (lambda: trigger(window, "redo"), first - 1),
    ]
    for step, expected in steps:
        seen.clear()
        step()
        assert counts(window) == [expected, 1, 0]
        assert len(seen) == 1 and "document_id IN (1)" in seen[0]  # one read, of the one document the step changed
    assert row_texts(window)[0] == f"○ Border  (1)  · {first - 1} suggested"
    assert set(changed) == {(0, 0)}  # only its row is repainted


def test_suggest_for_all_documents_fills_every_row(window, qtbot, monkeypatch):
    monkeypatch.setattr(suggestall, "BATCH_DOCUMENTS", 1)
    trigger(window, "suggestAll")
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=20000)
    stored = window.session.project.count_suggestions()
    assert counts(window) == [stored.get(d, 0) for d in sorted(stored | {3: 0})] and counts(window)[1] > 1


def test_a_removed_document_takes_its_count_along(window, dialog):
    window.document_list.setCurrentIndex(window.document_list.model().index(1))
    dialog.answer("ask_remove_documents", True)
    trigger(window, "removeDocument")
    assert counts(window) == [0, 0] and all("suggested" not in text for text in row_texts(window))
