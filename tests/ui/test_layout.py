"""The find bar and the tag bar never squeeze the panels; the window stays usable when small."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from newsmark.core.storage import Project


def pane_widths(window):
    return window.splitter.sizes()


@pytest.mark.parametrize("size", [(1024, 640), (800, 600)])
def test_opening_the_find_bar_squeezes_no_panel(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    before = pane_widths(window)
    window.actions.find.trigger()
    qtbot.waitUntil(window.find_bar.isVisible)
    window.find_bar.text.setText("troops")
    assert pane_widths(window) == before
    assert window.find_bar.text.width() >= 150  # room for a real query
    assert window.find_bar.tag_all.isVisible() and window.find_bar.geometry().right() < window.width()
    left, center, right = before
    assert left >= 120 and center >= 350 and right >= 250, before


def test_many_tags_wrap_instead_of_squeezing(project_path, open_window, qtbot):
    with Project.open(project_path) as project:
        for name in ("speaker", "organisation", "date", "weapon system"):
            project.add_tag(name, "#888888", "")
    window = open_window(project_path)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    left, center, right = pane_widths(window)
    assert center >= 350
    buttons = window.tag_bar.findChildren(QToolButton)
    assert len(buttons) == 8
    for button in buttons:  # every label whole: no "4 l…tion"
        assert button.width() >= button.sizeHint().width(), button.text()
        assert window.tag_bar.rect().contains(button.geometry())


def test_the_span_lists_text_column_stays_readable_in_a_small_window(window, qtbot):
    from newsmark.ui.spantable import TEXT

    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    window.actions.find.trigger()
    readable = window.fontMetrics().horizontalAdvance("x" * 14)
    assert window.span_table.columnWidth(TEXT) >= readable  # it scrolls sideways rather than show "8…"
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    header = window.span_table.horizontalHeader()
    assert header.length() >= window.span_table.viewport().width() - 1  # and fills a wide one


def test_long_document_titles_are_elided_in_the_middle_with_the_full_title_in_a_tooltip(tmp_path, open_window, qtbot):
    from PySide6.QtCore import Qt

    title = "US says around 8,000 troops from North Korea are stationed in Russia's Kursk region near Ukraine"
    path = tmp_path / "titles.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document(title, "Some text.\n", "/a.txt")
    window = open_window(path)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(10)
    listing = window.document_list
    assert not listing.horizontalScrollBar().isVisible()
    assert listing.textElideMode() == Qt.ElideMiddle  # the span and suggestion counts end the row: they stay seen
    assert title in listing.model().index(0).data(Qt.ToolTipRole)
