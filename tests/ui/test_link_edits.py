"""Editing a link after making it: its note (F2 in the link list) and its type, each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from newsmark.core.storage import Project
from newsmark.ui import dialogs
from newsmark.ui.notedialog import NoteDialog

from tests.ui.conftest import ARTICLE, rows, trigger
from tests.ui.test_linking import MARKED

REAL_ASK_LINK_NOTE = dialogs.ask_link_note  # taken before the dialog fixture replaces it
OLD_TIME = "2020-01-02T03:04:05.678Z"
LINK_SQL = "SELECT type_id, note, updated_at FROM links"


@pytest.fixture
def quoted(tmp_path, open_window):
    """A window on the article's MARKED spans and one old link: the quote “We stay.” same_as Kursk."""
    path = tmp_path / "links.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        tags = {t.name: t.id for t in project.tags()}
        spans = {}
        for word, tag in MARKED.items():
            start = ARTICLE.index(word)
            spans[word] = project.add_span(doc.id, tags[tag], start, start + len(word)).id
        same_as = next(t.id for t in project.link_types() if t.name == "same_as")
        link = project.add_link(doc.id, same_as, spans["We stay."], spans["Kursk"])
        project.update_link(link.id, updated_at=OLD_TIME)
    window = open_window(path)
    window.select_span_row(spans["We stay."])
    window.linker.link_list.setCurrentRow(0)
    return window, path


def kind_id(window, name):
    return next(t.id for t in window.session.link_types if t.name == name)


def test_f2_in_the_link_list_edits_the_link_note_and_undo_restores_it_exactly(quoted, qtbot, dialog):
    window, path = quoted
    link_list = window.linker.link_list
    events = []
    window.session.links.subscribe(lambda event: events.append(event.kind))
    dialog.answer("ask_link_note", "the owner speaks for the café")
    link_list.setFocus()
    qtbot.keyClick(link_list, Qt.Key_F2)  # not the span's note: ask_note would fail the test
    assert [name for name, _ in dialog.calls] == ["ask_link_note"]
    assert dialog.calls[0][1][0] == "" and "same_as" in dialog.calls[0][1][1]
    [(type_id, note, changed)] = rows(path, LINK_SQL)
    assert note == "the owner speaks for the café" and changed > OLD_TIME and events == ["changed"]
    item = link_list.item(0)
    assert "the owner speaks for the café" in item.text() and "the owner speaks for the café" in item.toolTip()
    trigger(window, "undo")
    assert rows(path, LINK_SQL) == [(type_id, "", OLD_TIME)]
    assert "—" not in link_list.item(0).text() and window.session.links.get(link_list.selected_link()).note == ""
    trigger(window, "redo")
    assert rows(path, LINK_SQL) == [(type_id, "the owner speaks for the café", changed)]


def test_f2_elsewhere_still_edits_the_span_note(quoted, qtbot, dialog):
    window, path = quoted
    dialog.answer("ask_note", "a span's note")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_F2)
    assert [name for name, _ in dialog.calls] == ["ask_note"]
    assert rows(path, "SELECT note FROM links") == [("",)]


def test_change_link_type_offers_only_the_other_types_allowed_and_undo_restores_it(quoted, dialog):
    window, path = quoted
    offered = []

    def pick(_parent, kinds):
        offered.append([k.name for k in kinds])
        return next(k for k in kinds if k.name == "said_by")

    window.context.dialogs.ask_link_type = pick
    events = []
    window.session.links.subscribe(lambda event: events.append(event.kind))
    trigger(window, "changeLinkType")
    assert offered == [["about", "said_by"]]  # quote -> location, same_as (its type now) left out
    [(type_id, note, changed)] = rows(path, LINK_SQL)
    assert type_id == kind_id(window, "said_by") and changed > OLD_TIME and events == ["changed"]
    assert "said_by" in window.linker.link_list.item(0).text()
    assert [k.type_id for k in window.session.links] == [type_id]  # what the arcs are painted from
    trigger(window, "undo")
    assert rows(path, LINK_SQL) == [(kind_id(window, "same_as"), "", OLD_TIME)]
    assert "same_as" in window.linker.link_list.item(0).text()


def test_no_other_type_allowed_changes_nothing_and_says_so(quoted, dialog):
    window, path = quoted
    window.select_span_row(next(s.id for s in window.session.index if s.start == ARTICLE.index("Kyiv")))
    kursk = next(s.id for s in window.session.index if s.start == ARTICLE.index("Kursk"))
    window.linker.finish(window.selected_spans()[0].id, kursk)  # location -> location: same_as only
    window.linker.link_list.setCurrentRow(0)
    trigger(window, "changeLinkType")
    assert window.undo_stack.count() == 1 and dialog.calls == []
    assert "No other link type goes from location to location" in window.statusBar().currentMessage()


def test_the_link_list_context_menu_and_the_shortcut_overview_have_the_edits(quoted, dialog):
    window, _ = quoted
    names = [a.objectName() for a in window.linker.link_list.actions()]
    assert {"deleteLink", "editLinkNote", "changeLinkType"} <= set(names)
    trigger(window, "showShortcuts")
    keys = {name: key for name, key, _tip in dialog.shortcuts[0]}
    assert keys["Edit Link Note…"] == "F2" and keys["Change Link Type…"]


def test_ctrl_enter_accepts_the_link_note_dialog(quoted, qtbot, monkeypatch):
    window, path = quoted
    monkeypatch.setattr(dialogs, "ask_link_note", REAL_ASK_LINK_NOTE)
    typed = []

    def type_and_accept():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            dialog.reject()  # some other dialog: close it so the test fails instead of hanging
            return
        qtbot.keyClicks(dialog.editor, "speaker")
        qtbot.keyClick(dialog.editor, Qt.Key_Return)  # a new line, not "accept"
        qtbot.keyClicks(dialog.editor, "checked")
        typed.append(dialog.note())
        qtbot.keyClick(dialog.editor, Qt.Key_Return, Qt.ControlModifier)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, type_and_accept)
    window.linker.link_list.setFocus()
    qtbot.keyClick(window.linker.link_list, Qt.Key_F2)
    assert typed == ["speaker\nchecked"]
    assert rows(path, "SELECT note FROM links") == [("speaker\nchecked",)]
