"""Projects and documents through the window: add, drop, open, refuse, recent, save failures."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit

from newsmark.core.storage import Project
from tests.ui.conftest import ARTICLE, rows, select_code_points


def doc_titles(window):
    model = window.document_list.model()
    return [model.document_at(r).title for r in range(model.rowCount())]


def test_add_documents_from_the_dialog_and_undo_it(window, dialog, tmp_path, project_path):
    good = tmp_path / "seoul.txt"
    good.write_bytes("Seoul responds\r\n\r\nThe ministry said “no”.\r\n".encode("utf-8"))
    dialog.answer("ask_documents", [good])
    window.actions.add_documents.trigger()
    assert doc_titles(window) == ["Kyiv", "Seoul responds"]
    assert window.session.document.text == "Seoul responds\n\nThe ministry said “no”.\n"
    assert window.windowTitle().startswith("Seoul responds — ")
    window.actions.undo.trigger()
    assert doc_titles(window) == ["Kyiv"]
    assert rows(project_path, "SELECT title FROM documents") == [("Kyiv",)]
    window.actions.redo.trigger()
    assert doc_titles(window) == ["Kyiv", "Seoul responds"]


def test_a_binary_file_is_refused_by_name_and_the_others_still_go_in(window, dialog, tmp_path, project_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good = tmp_path / "ok.md"
    good.write_text("# Headline\n\nBody.\n", encoding="utf-8")
    dialog.answer("ask_documents", [png, good])
    window.actions.add_documents.trigger()
    assert doc_titles(window) == ["Kyiv", "Headline"]
    ((title, message),) = dialog.problems
    assert title == "Some files were not added"
    assert "photo.txt" in message and "PNG image" in message and "ok.md" not in message
    assert rows(project_path, "SELECT count(*) FROM documents") == [(2,)]


def test_the_same_text_is_not_added_twice(window, dialog, tmp_path):
    again = tmp_path / "copy.txt"
    again.write_text(ARTICLE, encoding="utf-8")
    dialog.answer("ask_documents", [again])
    window.actions.add_documents.trigger()
    assert doc_titles(window) == ["Kyiv"]
    assert "already in the project" in window.statusBar().currentMessage()
    assert not window.undo_stack.canUndo()


def test_dropping_files_on_the_window_adds_them(window, tmp_path, qtbot):
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("Dropped article\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    assert doc_titles(window) == ["Kyiv", "Dropped article"]


def test_switching_documents_shows_each_ones_spans(window, dialog, tmp_path, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    other = tmp_path / "other.txt"
    other.write_text("Another text about Kharkiv.\n", encoding="utf-8")
    dialog.answer("ask_documents", [other])
    window.actions.add_documents.trigger()
    assert window.span_table.model().rowCount() == 0
    assert window.counts_label.text().endswith("0 spans")
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    assert window.span_table.model().rowCount() == 1
    # Undo while another document is shown: the window goes back to where the change was.
    window.document_list.setCurrentIndex(window.document_list.model().index(1))
    window.actions.undo.trigger()  # undoes the add
    window.actions.undo.trigger()  # undoes the span in "Kyiv"
    assert window.session.document.title == "Kyiv" and window.span_table.model().rowCount() == 0


def test_opening_a_file_that_is_not_a_project_keeps_the_current_one(window, dialog, tmp_path, project_path):
    foreign = tmp_path / "accounts.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE accounts (id INTEGER)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    dialog.answer("ask_open_project", foreign)
    window.actions.open_project.trigger()
    ((title, message),) = dialog.errors
    assert "not a Newsmark project" in message
    assert foreign.read_bytes() == before
    assert window.session.project.path == project_path and window.session.project.writable


def test_new_and_recent_projects(window, dialog, tmp_path, project_path):
    fresh = tmp_path / "fresh.newsmark"
    dialog.answer("ask_new_project", fresh)
    window.actions.new_project.trigger()
    assert window.session.project.path == fresh and doc_titles(window) == []
    assert window.windowTitle() == "fresh.newsmark — Newsmark"
    assert window.files.recent_projects() == [str(fresh), str(project_path)]
    window.files.fill_recent_menu(window.recent_menu)
    window.recent_menu.actions()[1].trigger()
    assert window.session.project.path == project_path and doc_titles(window) == ["Kyiv"]
    Project.open(fresh).close()  # the window let go of the project it left


def test_a_failed_save_is_reported_and_leaves_no_undo_step(window, project_path, dialog, monkeypatch, qtbot):
    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.session.project, "add_span", disk_full)
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    ((title, message),) = dialog.errors
    assert "disk is full" in message
    assert not window.undo_stack.canUndo()
    assert rows(project_path) == [] and window.span_table.model().rowCount() == 0


def test_paste_as_a_new_document(window, project_path, qtbot):
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().setText("Pasted headline\r\n\r\nBody with 👍🏽 and a CRLF.\r\n")
    qtbot.keyClick(window.view, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    assert doc_titles(window) == ["Kyiv", "Pasted headline"]
    assert window.session.document.text == "Pasted headline\n\nBody with 👍🏽 and a CRLF.\n"
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT count(*) FROM documents") == [(1,)]
    QGuiApplication.clipboard().setText("   ")
    window.actions.paste_document.trigger()
    assert "no text" in window.statusBar().currentMessage()


def test_pasted_text_is_stored_composed_like_imported_text(window, qtbot):
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().setText("Gepru\u0308ft\n\nDie Angaben wurden gepru\u0308ft.\n")
    window.actions.paste_document.trigger()
    assert window.session.document.text == "Geprüft\n\nDie Angaben wurden geprüft.\n"


def test_cancelling_a_long_add_keeps_what_was_read(window, dialog, tmp_path, project_path):
    paths = []
    for i in range(5):
        path = tmp_path / f"article{i}.txt"
        path.write_text(f"Article {i}\n\nText {i}.\n", encoding="utf-8")
        paths.append(path)
    dialog.answer("ask_documents", paths)
    dialog.cancel_after = 2
    window.actions.add_documents.trigger()
    assert doc_titles(window) == ["Kyiv", "Article 0", "Article 1"]
    assert "Cancelled: 3 file(s) were not added" in window.statusBar().currentMessage()
    assert dialog.errors == []


# -- article formats and folders ----------------------------------------------------------

DATA = Path(__file__).resolve().parents[1] / "data"
BROKEN = ["encrypted.pdf", "no-article.html", "scanned.pdf", "truncated.docx"]


@pytest.fixture
def articles(tmp_path):
    """The saved pages, Word and PDF files of tests/data, good and broken, with a text note in a subfolder."""
    folder = tmp_path / "articles"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("*.py"))
    (folder / "notes").mkdir()
    (folder / "notes" / "brief.md").write_text("# Brief\n\nThe strike goes on.\n", encoding="utf-8")
    return folder


def test_add_folder_adds_every_article_in_sorted_order_as_one_undo_step(window, dialog, articles, project_path):
    dialog.answer("ask_document_folder", articles)
    window.actions.add_folder.trigger()
    assert doc_titles(window) == [
        "Kyiv", "Café prices climb again in Lyon", "Grain exports fall as drought bites",
        "Kyiv reopens Darnytskyi bridge after repairs", "Brief", "Port strike enters its second week",
    ]
    ((title, summary),) = dialog.problems
    assert title == "Some files were not added"
    headline, blank, *lines = summary.splitlines()
    assert headline == f"{len(BROKEN)} files could not be added:" and blank == ""
    assert [line.split('"')[1] for line in lines] == [f"articles/{name}" for name in BROKEN]  # from the chosen folder
    assert "Added 5 documents" in window.statusBar().currentMessage()
    window.actions.undo.trigger()
    assert doc_titles(window) == ["Kyiv"]
    assert rows(project_path, "SELECT count(*) FROM documents") == [(1,)]


def test_a_saved_pages_metadata_shows_in_the_document_panel(window, dialog, articles, project_path):
    dialog.answer("ask_documents", [articles / "cafe-prices.htm"])
    window.actions.add_documents.trigger()
    shown = {name: window.findChild(QLineEdit, f"document:{name}").text() for name in ("title", "author", "published", "url", "site")}
    assert shown == {
        "title": "Café prices climb again in Lyon", "author": "Amélie Durand", "published": "2023-11-02",
        "url": "https://relais.example.fr/economie/cafe-prices", "site": "Le Petit Relais",
    }
    assert "An espresso at the counter now costs 2,10 €" in window.session.document.text
    (origin,) = rows(project_path, "SELECT origin FROM documents WHERE id = 2")[0]
    assert json.loads(origin)["file"] == "cafe-prices.htm"
    window.actions.undo.trigger()
    window.actions.redo.trigger()  # redo puts back the same row, metadata and all
    assert rows(project_path, "SELECT site, origin FROM documents WHERE id = 2") == [("Le Petit Relais", origin)]


def test_dropping_a_folder_adds_its_articles(window, articles):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(articles / "notes"))])
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert doc_titles(window) == ["Kyiv", "Brief"]


def test_a_folder_without_articles_is_reported(window, dialog, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.answer("ask_document_folder", empty)
    window.actions.add_folder.trigger()
    assert dialog.problems == [
        ("Some files were not added", f'1 file could not be added:\n\n"{empty}" holds no article files; nothing was added from it')
    ]
    assert doc_titles(window) == ["Kyiv"] and not window.undo_stack.canUndo()


def test_cancelling_the_folder_dialog_adds_nothing(window, dialog):
    dialog.answer("ask_document_folder", None)
    window.actions.add_folder.trigger()
    assert doc_titles(window) == ["Kyiv"] and dialog.errors == []


def test_the_file_dialog_offers_every_article_kind():
    from newsmark.ui.dialogs import DOCUMENT_FILTER

    first = DOCUMENT_FILTER.split(";;")[0]
    assert first.startswith("Articles (") and all(f"*{s}" in first for s in (".txt", ".md", ".html", ".htm", ".docx", ".pdf"))
    assert "Saved web pages (*.html *.htm *.xhtml)" in DOCUMENT_FILTER and DOCUMENT_FILTER.endswith("All files (*)")
