"""Overlapping quote suggestions in the window: a nested quote and the quote around it are reviewed one by one."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from newsmark.core.storage import Project
from tests.ui.conftest import trigger
from tests.ui.test_suggestreview import press, spans, suggest

TEXT = (
    "Council vote\n\n"
    "The council met on Monday.\n\n"
    "“I stood up and said, ‘We will not close this library,’ and the room went quiet,” Ana Ruiz said.\n"
)
OUTER = TEXT.index("I stood")
INNER = TEXT.index("We will")
INNER_END = TEXT.index(",’")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "nested.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Vote", TEXT, "/articles/vote.txt")
        for name in ("figure", "location", "claim"):  # quotes only: the walk through this text is fixed
            project.delete_tag(next(t.id for t in project.tags() if t.name == name))
    return path


@pytest.fixture
def window(counter, open_window, path, settings):
    settings.setValue("annotator", "ana")
    return open_window(path)


def _open(window):
    return [(s.start, s.end) for s in window.review.rows]


def test_both_quotes_are_proposed_listed_and_walked_in_text_order(window):
    suggest(window)
    assert _open(window) == [(OUTER, TEXT.index(",” Ana")), (INNER, INNER_END)]
    model = window.widgets.suggestion_panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())][1] == "We will not close this library"
    assert window.review.current.start == OUTER
    press(window, Qt.Key_Tab)
    assert window.review.current.start == INNER
    press(window, Qt.Key_Tab)  # wraps
    assert window.review.current.start == OUTER


def test_accepting_both_makes_two_overlapping_spans_and_undo_takes_them_back_one_by_one(window, counter):
    suggest(window)
    assert counter.count(lambda: press(window, Qt.Key_Return)) == (1, 1, 0, 0)  # the outer one
    assert window.review.current.start == INNER  # the nested one stays open and is next
    press(window, Qt.Key_Return)
    outer, inner = spans(window)
    assert (outer.start, inner.start, inner.end) == (OUTER, INNER, INNER_END)
    assert outer.tag_id == inner.tag_id and json.loads(inner.attributes)["speaker"] == "Ana Ruiz"
    assert window.review.rows == []
    trigger(window, "undo")
    assert [s.start for s in spans(window)] == [OUTER] and _open(window) == [(INNER, INNER_END)]
    trigger(window, "undo")
    assert spans(window) == [] and len(_open(window)) == 2


def test_rejecting_the_nested_one_keeps_the_outer_one_open_and_accepting_all_takes_what_is_left(window, dialog):
    suggest(window)
    press(window, Qt.Key_Tab)
    press(window, Qt.Key_Backspace)
    assert _open(window) == [(OUTER, TEXT.index(",” Ana"))]
    suggest(window)  # proposed again: the rejected nested quote stays rejected
    assert _open(window) == [(OUTER, TEXT.index(",” Ana"))]
    dialog.answers["ask_accept_suggestions"] = ("quote", 0.0)
    press(window, Qt.Key_A, Qt.ShiftModifier)
    assert [(s.start, s.end) for s in spans(window)] == [(OUTER, TEXT.index(",” Ana"))]


def test_the_nested_suggestion_is_outlined_inside_the_outer_one(window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor

    from newsmark.ui.suggestionpainter import NESTED_INSET
    from tests.ui.test_suggestreview import _rect_of

    suggest(window)  # the outer quote is current (outlined solid, tinted); the nested one is dashed inside it
    view = window.view
    view.clear_selection()
    color = QColor(window.session.tag(window.review.rows[0].tag_id).color)
    image = view.viewport().grab().toImage()
    left, right, top, _bottom = _rect_of(view, INNER + 3, INNER_END - 3)
    row = top + 1 + NESTED_INSET  # the nested outline's top edge, below the outer one's

    def outlined(x):
        c = image.pixelColor(QPoint(x, row))
        return abs(c.hue() - color.hue()) < 12 and c.saturation() > 60

    assert any(outlined(x) for x in range(left, right))
