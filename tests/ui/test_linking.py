"""Making links in the window: R then a click, R then F8 and Enter, Alt+drag; the type by key; Esc cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from newsmark.core.storage import Project
from newsmark.ui.linkpainter import LinkPainter

from tests.ui.conftest import ARTICLE, rows, trigger, utf16

# word -> tag: two locations, a figure inside a claim, a quote.
MARKED = {"Kyiv": "location", "Kursk": "location", "8,000 troops": "figure", "arrived in Kursk": "claim",
          "We stay.": "quote"}
LINKS_SQL = "SELECT type_id, source_id, target_id FROM links ORDER BY id"


@pytest.fixture
def linked(tmp_path, open_window):
    """A window on one article with the spans of MARKED, the default tag set and link types."""
    path = tmp_path / "links.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        tags = {t.name: t.id for t in project.tags()}
        for word, tag in MARKED.items():
            start = ARTICLE.index(word)
            project.add_span(doc.id, tags[tag], start, start + len(word))
    window = open_window(path)
    return window, path


def span_of(window, word):
    start = ARTICLE.index(word)
    return next(s for s in window.session.index if (s.start, s.end) == (start, start + len(word)))


def kind(window, name):
    return next(t for t in window.session.link_types if t.name == name)


def point_in(window, word) -> QPoint:
    """A viewport point inside a word's first character."""
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(ARTICLE, ARTICLE.index(word)))
    point = window.view.cursorRect(cursor).center()
    point.setX(point.x() + 2)
    return point


def start_at(window, word):
    window.view.clear_selection()
    window.select_span_row(span_of(window, word).id)
    trigger(window, "startLink")


def test_r_then_a_click_links_with_the_only_type_allowed(linked, qtbot, dialog):
    window, path = linked
    start_at(window, "Kyiv")
    assert window.linker.source == span_of(window, "Kyiv").id
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=point_in(window, "Kursk"))
    # location -> location: only same_as allows it, so nothing is asked.
    expected = [(kind(window, "same_as").id, span_of(window, "Kyiv").id, span_of(window, "Kursk").id)]
    assert rows(path, LINKS_SQL) == expected
    assert [(k.type_id, k.source_id, k.target_id) for k in window.session.links] == expected
    assert window.undo_stack.count() == 1 and dialog.calls == [] and window.linker.source is None


def test_r_then_f8_and_enter_asks_for_the_type_among_those_allowed(linked, qtbot, dialog):
    window, path = linked
    dialog.answer("ask_link_type", None)  # replaced below, once the choices are known

    def pick(_parent, kinds):
        dialog.calls.append(("ask_link_type", tuple(k.name for k in kinds)))
        return next(k for k in kinds if k.name == "evidence")

    dialog.answers.pop("ask_link_type")
    window.context.dialogs.ask_link_type = pick
    start_at(window, "8,000 troops")
    # F8 moves on through the spans (the target is not taken yet), Enter takes the selected one.
    trigger(window, "nextSpan")
    assert window.linker.source is not None and rows(path, LINKS_SQL) == []
    while window.selected_spans()[0].id != span_of(window, "arrived in Kursk").id:
        trigger(window, "previousSpan" if window.selected_spans()[0].start > ARTICLE.index("arrived") else "nextSpan")
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert dialog.calls == [("ask_link_type", ("evidence", "same_as"))]  # figure -> claim
    assert rows(path, LINKS_SQL) == [
        (kind(window, "evidence").id, span_of(window, "8,000 troops").id, span_of(window, "arrived in Kursk").id)
    ]


def test_esc_cancels_and_enter_and_esc_are_left_alone_otherwise(linked, qtbot):
    window, path = linked
    assert not window.linker._actions.confirm_link.isEnabled()  # Enter still activates a span list row
    start_at(window, "Kyiv")
    assert window.linker._actions.cancel_link.isEnabled()
    qtbot.keyClick(window.view, Qt.Key_Escape)
    assert window.linker.source is None
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=point_in(window, "Kursk"))
    assert rows(path, LINKS_SQL) == [] and window.undo_stack.count() == 0
    assert not window.linker._actions.cancel_link.isEnabled()


def test_no_type_allowed_makes_no_link_and_says_why(linked, qtbot, dialog):
    window, path = linked
    window.undo_stack.push(_delete_link_type(window, "same_as"))
    start_at(window, "Kursk")
    window.linker.finish(span_of(window, "Kursk").id, span_of(window, "arrived in Kursk").id)
    assert rows(path, LINKS_SQL) == []
    assert "No link type goes from location to claim" in window.statusBar().currentMessage()


def test_a_second_identical_link_is_refused_before_saving(linked):
    window, path = linked
    a, b = span_of(window, "Kyiv").id, span_of(window, "Kursk").id
    window.linker.finish(a, b)
    window.linker.finish(b, a)  # same_as is symmetric: the same link
    assert len(rows(path, LINKS_SQL)) == 1 and window.undo_stack.count() == 1
    assert "already linked" in window.statusBar().currentMessage()


def test_alt_drag_asks_for_the_type_and_saves_the_link(linked, qtbot, dialog):
    window, path = linked
    dialog.answer("ask_link_type", kind(window, "said_by"))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, Qt.AltModifier, point_in(window, "We stay."))
    qtbot.mouseMove(viewport, point_in(window, "Kyiv"))
    qtbot.mouseRelease(viewport, Qt.LeftButton, Qt.AltModifier, point_in(window, "Kyiv"))
    assert [name for name, _ in dialog.calls] == ["ask_link_type"]
    assert [k.name for k in dialog.calls[0][1][0]] == ["about", "said_by", "same_as"]
    assert rows(path, LINKS_SQL) == [(kind(window, "said_by").id, span_of(window, "We stay.").id, span_of(window, "Kyiv").id)]
    assert window.view.selection_range() is None  # the drag selected no text


def test_undo_and_redo_of_a_link(linked):
    window, path = linked
    window.linker.finish(span_of(window, "Kyiv").id, span_of(window, "Kursk").id)
    saved = rows(path, "SELECT * FROM links")
    trigger(window, "undo")
    assert rows(path, LINKS_SQL) == [] and len(window.session.links) == 0
    trigger(window, "redo")
    assert rows(path, "SELECT * FROM links") == saved and len(window.session.links) == 1


def test_deleting_a_span_deletes_its_links_and_undo_restores_both(linked):
    window, path = linked
    kyiv, kursk = span_of(window, "Kyiv"), span_of(window, "Kursk")
    window.linker.finish(kyiv.id, kursk.id)
    spans, links = rows(path, "SELECT * FROM spans"), rows(path, "SELECT * FROM links")
    window.select_span_row(kursk.id)
    trigger(window, "deleteSpan")
    assert rows(path, "SELECT * FROM links") == [] and len(window.session.links) == 0
    trigger(window, "undo")
    assert rows(path, "SELECT * FROM spans") == spans and rows(path, "SELECT * FROM links") == links
    assert window.session.links.count(kyiv.id) == 1


def test_the_span_panel_lists_the_links_and_a_click_jumps_to_the_other_end(linked, qtbot):
    window, _path = linked
    kyiv, kursk = span_of(window, "Kyiv"), span_of(window, "Kursk")
    window.linker.finish(kyiv.id, kursk.id)
    window.select_span_row(kyiv.id)
    items = [window.linker.link_list.item(i).text() for i in range(window.linker.link_list.count())]
    assert items == ["↔ same_as: location “Kursk”"]
    item = window.linker.link_list.item(0)
    rect = window.linker.link_list.visualItemRect(item)
    qtbot.mouseClick(window.linker.link_list.viewport(), Qt.LeftButton, pos=rect.center())
    assert [s.id for s in window.selected_spans()] == [kursk.id]
    assert window.view.selection_range() == (kursk.start, kursk.end)
    # The list now shows Kursk's links, the same link still selected: Shift+R deletes it from here.
    assert window.linker.link_list.item(0).text() == "↔ same_as: location “Kyiv”"
    assert window.linker.link_list.selected_link() is not None
    trigger(window, "deleteLink")
    assert len(window.session.links) == 0


def test_a_link_selected_in_the_list_is_deleted_by_its_action(linked):
    window, path = linked
    kyiv = span_of(window, "Kyiv")
    window.linker.finish(kyiv.id, span_of(window, "Kursk").id)
    window.select_span_row(kyiv.id)
    trigger(window, "deleteLink")  # nothing selected in the list: nothing deleted
    assert len(rows(path, LINKS_SQL)) == 1
    window.linker.link_list.setCurrentRow(0)
    trigger(window, "deleteLink")
    assert rows(path, LINKS_SQL) == [] and window.linker.link_list.count() == 0
    assert window.statusBar().currentMessage() == "Delete same_as link — saved (Ctrl+Z undoes it)"
    trigger(window, "undo")
    assert len(rows(path, LINKS_SQL)) == 1


def test_a_retag_that_breaks_a_link_asks_first(linked, dialog):
    window, path = linked
    figure, claim = span_of(window, "8,000 troops"), span_of(window, "arrived in Kursk")
    dialog.answer("ask_link_type", kind(window, "evidence"))
    window.linker.finish(figure.id, claim.id)
    window.select_span_row(figure.id)
    dialog.answer("ask_keep_links", False)
    trigger(window, "retagAs:location")  # location -> claim: evidence does not allow it
    assert dialog.calls[-1] == ("ask_keep_links", ("location", ["evidence"]))
    assert span_of(window, "8,000 troops").tag_id == figure.tag_id and window.undo_stack.count() == 1
    dialog.answer("ask_keep_links", True)
    trigger(window, "retagAs:location")
    assert window.session.tag(span_of(window, "8,000 troops").tag_id).name == "location"
    assert len(rows(path, LINKS_SQL)) == 1  # kept, and marked
    assert window.linker.link_list.item(0).text().startswith("⚠")
    # A retag that keeps every link allowed asks nothing.
    calls = len(dialog.calls)
    trigger(window, "retagAs:quote")  # quote -> claim: evidence allows it again
    assert len(dialog.calls) == calls and not window.linker.link_list.item(0).text().startswith("⚠")


def test_the_painter_draws_the_selected_spans_links_or_all_on_screen(linked, monkeypatch):
    window, _path = linked
    drawn = []
    monkeypatch.setattr(
        LinkPainter, "_stroke",
        staticmethod(lambda _painter, arcs, _heads, color, _strong, _allowed: drawn.append((color.name(), arcs.elementCount()))),
    )
    dialog_free = [(span_of(window, "Kyiv").id, span_of(window, "Kursk").id)]
    for a, b in dialog_free:
        window.linker.finish(a, b)
    window.span_table.clearSelection()
    window.view.viewport().repaint()
    assert drawn == []  # nothing selected: no link drawn
    window.select_span_row(span_of(window, "Kursk").id)
    window.view.viewport().repaint()
    assert drawn == [(kind(window, "same_as").color, 4)]  # one arc: a move and a cubic (three points)
    drawn.clear()
    window.span_table.clearSelection()
    trigger(window, "showAllLinks")
    window.view.viewport().repaint()
    assert drawn == [(kind(window, "same_as").color, 4)]
    assert window.settings.value("view/showAllLinks", type=bool) is True


def test_the_span_list_shows_link_counts_on_request(linked):
    window, _path = linked
    model = window.session.span_model
    columns = model.columnCount()
    kyiv = span_of(window, "Kyiv")
    window.linker.finish(kyiv.id, span_of(window, "Kursk").id)
    trigger(window, "showLinkCounts")
    assert model.columnCount() == columns + 1 and model.headerData(columns, Qt.Horizontal) == "Links"
    assert model.index(model.row_of(kyiv.id), columns).data() == 1
    model.sort(columns, Qt.DescendingOrder)
    assert model.span_at(0).id in (kyiv.id, span_of(window, "Kursk").id)
    trigger(window, "showLinkCounts")
    assert model.columnCount() == columns


def _delete_link_type(window, name):
    from newsmark.ui.linkcommands import DeleteLinkSetItemCommand

    return DeleteLinkSetItemCommand(window.session, "link_type", kind(window, name))


def test_deleting_a_tag_moving_its_spans_asks_before_leaving_links_not_allowed(linked, dialog):
    from newsmark.ui.tageditor import TagSetEditor

    window, path = linked
    dialog.answer("ask_link_type", kind(window, "evidence"))
    window.linker.finish(span_of(window, "8,000 troops").id, span_of(window, "arrived in Kursk").id)
    location = next(t for t in window.session.tags if t.name == "location")
    dialog.answer("ask_delete_tag", location.id)  # move the figures to location: evidence no longer allows it
    dialog.answer("ask_keep_links", False)
    editor = TagSetEditor(window.context)
    editor.select("figure")
    editor.delete()
    assert "figure" in [t.name for t in window.session.tags] and dialog.calls[-1] == ("ask_keep_links", ("location", ["evidence"]))
    dialog.answer("ask_keep_links", True)
    editor.delete()
    editor.close()
    assert "figure" not in [t.name for t in window.session.tags] and len(rows(path, LINKS_SQL)) == 1


def test_tag_all_and_its_undo_leave_the_links_alone(linked, dialog):
    from newsmark.core.text.search import Query

    window, path = linked
    window.linker.finish(span_of(window, "Kyiv").id, span_of(window, "Kursk").id)
    links = rows(path, "SELECT * FROM links")
    dialog.answer("ask_annotate_all", True)
    location = next(t for t in window.session.tags if t.name == "location")
    window.finder.annotate(Query("said"), location.id, everywhere=True)
    assert rows(path, "SELECT * FROM links") == links and len(window.session.links) == 1
    trigger(window, "undo")
    assert rows(path, "SELECT * FROM links") == links and len(window.session.links) == 1


@pytest.mark.parametrize("source_is_inside", [True, False])
def test_an_arc_between_a_span_and_one_inside_it_is_not_a_dot(tmp_path, open_window, monkeypatch, source_is_inside):
    # A figure in the middle of its claim's line: both ends met at the same point (1 px apart), and the arc
    # was a loop that showed neither which span nor which way. The claim's end is now at one of its edges.
    text = "Officials said 8,000 troops came.\n"
    claim, figure = (0, 33), (15, 20)  # "Officials said " and " troops came." are about equally long
    path = tmp_path / "nested.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Nested", text, "/articles/nested.txt")
        tags = {t.name: t.id for t in project.tags()}
        outer = project.add_span(doc.id, tags["claim"], *claim)
        inner = project.add_span(doc.id, tags["figure"], *figure)
        kinds = {t.name: t.id for t in project.link_types()}
        ends = (inner.id, outer.id) if source_is_inside else (outer.id, inner.id)
        project.add_link(doc.id, kinds["same_as" if not source_is_inside else "evidence"], *ends)
    window = open_window(path)
    drawn = []
    monkeypatch.setattr(
        LinkPainter, "_stroke",
        staticmethod(lambda _painter, arcs, _heads, _color, _strong, _allowed: drawn.append(arcs)),
    )
    window.select_span_row(inner.id)
    window.view.viewport().repaint()
    [arcs] = drawn
    start, end = arcs.elementAt(0), arcs.elementAt(arcs.elementCount() - 1)
    claim_end = end if source_is_inside else start
    edges = []
    for position in claim:
        cursor = window.view.textCursor()
        cursor.setPosition(position)
        edges.append(window.view.cursorRect(cursor).left())
    assert min(abs(claim_end.x - edge) for edge in edges) <= 6.0 + 1  # ARROW in from the edge
    assert abs(start.x - end.x) >= window.view.fontMetrics().horizontalAdvance("8,000")
