"""Large documents: the first screen's spans are painted at once, the rest follow, nothing is lost or doubled."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt

from newsmark.core.model import Span
from newsmark.core.storage import Project
from newsmark.ui import slices
from newsmark.ui.mainwindow import MainWindow
from tests.ui.conftest import rows, select_code_points

TEXT = ("Officials said troops moved. " * 1500) + "Kursk at the very end."


def test_spans_past_the_first_screen_arrive_on_the_next_turn(tmp_path, qtbot, monkeypatch, dialog):
    monkeypatch.setattr(slices, "EAGER_SPANS", 2)
    path = tmp_path / "big.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Big", TEXT)
        for start in (0, 15, len(TEXT) - 22):
            p.add_span(doc.id, 1, start, start + 9)
    window = MainWindow(Project.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # An edit before the rest has loaded is saved and survives the full load exactly once.
    select_code_points(window.view, TEXT, 29, 37)
    qtbot.keyClick(window.view, Qt.Key_2)
    qtbot.waitUntil(lambda: len(window.session.index) == 4)
    assert [s.start for s in window.session.index] == [0, 15, 29, len(TEXT) - 22]
    assert window.span_table.model().rowCount() == 4
    assert window.counts_label.text().endswith("4 spans")
    assert len(rows(path)) == 4


def test_a_span_selected_before_the_rest_arrives_stays_selected(tmp_path, qtbot, monkeypatch, dialog):
    monkeypatch.setattr(slices, "EAGER_SPANS", 2)
    path = tmp_path / "big.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Big", TEXT)
        for start in (0, 15, 29, len(TEXT) - 22):
            p.add_span(doc.id, 1 + start % 3, start, start + 9)
    window = MainWindow(Project.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    assert len(window.session.index) == 3  # the first screen only: the rest waits for the event loop
    chosen = window.session.index.covering(16)[0]
    window.select_span_row(chosen.id)
    window.show()
    qtbot.waitUntil(lambda: len(window.session.index) == 4)
    assert window.selected_spans() == [chosen]
    assert window.span_editor.span == chosen  # the panel and the edge handles follow it too
    assert window.view._active == chosen


def test_filtering_the_span_list_keeps_the_selected_span(window, qtbot):
    from tests.ui.conftest import ARTICLE
    for word, key in (("Kyiv", Qt.Key_4), ("Officials", Qt.Key_1), ("Kursk", Qt.Key_4)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    kursk = window.session.index.covering(ARTICLE.index("Kursk"))[0]
    window.select_span_row(kursk.id)
    window.text_filter.setText("k")  # Kyiv and Kursk stay; Officials goes
    assert window.span_table.model().rowCount() == 2
    assert window.selected_spans() == [kursk]
    window.text_filter.setText("kyiv")  # the selected span is filtered out: nothing is selected
    assert window.selected_spans() == []


def _orange_share(image, rect) -> float:
    hits = total = 0
    for x in range(rect.left() + 1, rect.right()):
        for y in range(rect.top() + 2, rect.bottom() - 2):
            c = image.pixelColor(x, y)
            hits += c.red() > c.blue() + 40 and c.green() > c.blue() + 20  # claim is orange
            total += 1
    return hits / max(total, 1)


def test_a_long_paragraph_scrolled_to_its_middle_shows_the_spans_on_screen(open_window, tmp_path, qtbot):
    # One paragraph many screens long: only its lines on screen are painted, and they are painted right.
    words = [f"w{i:05d}" for i in range(6000)]
    text = " ".join(words)
    starts = [text.index(w) for w in words]
    with Project.open(tmp_path / "long.newsmark", create=True) as p:
        doc, _ = p.add_document("One paragraph", text)
        tagged = set(range(2700, 3300, 3))
        p.add_spans([Span(0, doc.id, 1, starts[i], starts[i] + 6) for i in tagged])
        p.add_span(doc.id, 1, starts[2000], starts[3051] + 6)  # from far above the screen into it
    window = open_window(tmp_path / "long.newsmark")
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(starts[3000])
    view.setTextCursor(cursor)
    view.centerCursor()
    view.viewport().repaint()
    image = view.viewport().grab().toImage()

    def rect_of(i):
        c = view.textCursor()
        c.setPosition(starts[i])
        left = view.cursorRect(c)
        c.setPosition(starts[i] + 6)
        return QRect(left.topLeft(), view.cursorRect(c).bottomLeft())

    on_screen = [i for i in range(2700, 3300) if view.viewport().rect().contains(rect_of(i))]
    assert len(on_screen) > 100 and on_screen[0] > 2700 and on_screen[-1] < 3299  # the screen's first and last lines
    for i in on_screen:
        assert (_orange_share(image, rect_of(i)) > 0.4) == (i in tagged or i <= 3051), i


def test_edits_between_slices_leave_exactly_the_saved_spans(tmp_path, qtbot, monkeypatch, dialog):
    # The first screen, then one span per slice: every edit below lands between two slices.
    monkeypatch.setattr(slices, "EAGER_SPANS", 2)
    monkeypatch.setattr(slices, "FIRST_SCREEN_CHARS", 100)
    monkeypatch.setattr(slices, "FIRST_SLICE", 1)
    path = tmp_path / "big.newsmark"
    starts = [0, 40, 1000, 2000, 3000, 4000, 5000]
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Big", TEXT)
        ids = [p.add_span(doc.id, 1, s, s + 9).id for s in starts]
    window = MainWindow(Project.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    session = window.session
    assert [s.start for s in session.index] == [0, 40]
    session.delete_span(ids[5])  # not read yet: never shown
    session.update_span(ids[4], start=50, end=59)  # not read yet, moved into the part already read: shown now
    session.update_span(ids[1], start=4500, end=4509)  # read, moved into the part still to come: not shown twice
    session.create_span(doc.id, 2, 6000, 6009)  # new, in the part still to come
    qtbot.waitUntil(lambda: not session._loader.loading)
    saved = rows(path, 'SELECT id, start, "end" FROM spans ORDER BY start')
    assert [(s.id, s.start, s.end) for s in session.index] == saved
    table = window.span_table.model()
    assert [table.span_at(r).id for r in range(table.rowCount())] == [i for i, _, _ in saved]
    assert window.counts_label.text().endswith(f"{len(saved)} spans")
    assert window.document_list.model().document_at(0).spans == len(saved)
