"""A span's attribute values when it is tagged or retagged by any path: the new tag's defaults, kept values, exact undo."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from newsmark.core.attributes import AttributeSpec, attributes_json
from newsmark.core.storage import Project
from newsmark.ui.tageditor import TagSetEditor
from tests.ui.conftest import ARTICLE, rows, select_code_points, select_rows
from tests.ui.test_find import open_find

SECOND = "Kursk was quiet.\n"


def saved(path) -> list[tuple[str, dict]]:
    """(tag name, attribute values) of every span on disk, in id order."""
    found = rows(path, "SELECT t.name, s.attributes FROM spans s JOIN tags t ON t.id = s.tag_id ORDER BY s.id")
    return [(name, json.loads(values)) for name, values in found]


@pytest.fixture
def places(tmp_path, open_window):
    """A window whose claims also carry a ``place`` (text); two located spans with a place, a quote with a speaker."""
    path = tmp_path / "places.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        ids = {t.name: t for t in project.tags()}
        claim_specs = [AttributeSpec("status", "choice", ("unverified", "true", "false"), "unverified"),
                       AttributeSpec("place")]
        project.update_tag(ids["claim"].id, attributes=attributes_json(claim_specs))
        for word, tag, values in (("Kyiv", "location", {"place": "Kyiv, Ukraine"}),
                                  ("Kursk", "location", {"place": "Kursk, Russia"}),
                                  ("Officials said", "quote", {"speaker": "officials"})):
            start = ARTICLE.index(word)
            project.add_span(doc.id, ids[tag].id, start, start + len(word), attributes=json.dumps(values))
    window = open_window(path)
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    return window, path


def test_retag_by_key_gives_the_new_tags_defaults_keeps_shared_values_and_undo_restores_them(places, qtbot):
    window, path = places
    before = saved(path)
    window.select_span_row(window.session.span_model.span_at(0).id)  # "Kyiv", a location
    qtbot.keyClick(window.view, Qt.Key_1, Qt.AltModifier)  # to claim
    assert saved(path)[0] == ("claim", {"place": "Kyiv, Ukraine", "status": "unverified"})
    window.actions.undo.trigger()
    assert saved(path) == before
    window.actions.redo.trigger()
    assert saved(path)[0] == ("claim", {"place": "Kyiv, Ukraine", "status": "unverified"})


def test_retag_drops_values_the_new_tag_does_not_define(places, qtbot):
    window, path = places
    quote = next(s for s in window.session.index if s.start == ARTICLE.index("Officials"))
    window.select_span_row(quote.id)
    qtbot.keyClick(window.view, Qt.Key_4, Qt.AltModifier)  # quote -> location: no speaker there, no default place
    assert saved(path)[2] == ("location", {})
    window.actions.undo.trigger()
    assert saved(path)[2] == ("quote", {"speaker": "officials"})


def test_retagging_many_spans_is_one_step_with_each_spans_own_values(counter, places):  # counter first: it watches the window's connection
    window, path = places
    before = saved(path)
    select_rows(window, 3)
    transactions = counter.count(lambda: window.findChild(type(window.actions.undo), "retagAs:claim").trigger())
    assert transactions[:2] == (1, 1)
    assert saved(path) == [
        ("claim", {"place": "Kyiv, Ukraine", "status": "unverified"}),
        ("claim", {"place": "Kursk, Russia", "status": "unverified"}),
        ("claim", {"status": "unverified"}),
    ]
    window.actions.undo.trigger()
    assert saved(path) == before
    # The table shows what is saved: the Kursk row is a location with its place again.
    model = window.session.span_model
    kursk = model.span_at(model.row_of(next(s.id for s in window.session.index if s.start == ARTICLE.index("Kursk"))))
    assert json.loads(kursk.attributes) == {"place": "Kursk, Russia"}


def test_moving_a_deleted_tags_spans_gives_them_the_other_tags_values_and_undo_restores_them(places, dialog):
    window, path = places
    before = saved(path)
    editor = TagSetEditor(window.context)
    editor.select("location")
    dialog.answer("ask_delete_tag", window.session.tags[0].id)  # move them to claim
    editor.delete()
    expected = [("claim", {"place": "Kyiv, Ukraine", "status": "unverified"}),
                ("claim", {"place": "Kursk, Russia", "status": "unverified"})]
    assert saved(path)[:2] == expected
    # The shown spans are what the file holds (the table and the panel read them from the store).
    assert [json.loads(s.attributes) for s in window.session.index if s.tag_id == window.session.tags[0].id] == [
        v for _, v in expected
    ]
    window.actions.undo.trigger()
    assert saved(path) == before
    assert {json.loads(s.attributes).get("place") for s in window.session.index} == {"Kyiv, Ukraine", "Kursk, Russia", None}


def test_tag_all_gives_each_new_span_its_tags_defaults_like_a_key_press(window, dialog, project_path, qtbot):
    start = ARTICLE.index("said")
    select_code_points(window.view, ARTICLE, start, start + 4)
    qtbot.keyClick(window.view, Qt.Key_1)
    open_find(window, qtbot, "said")
    window.find_bar.tag.setCurrentIndex(window.find_bar.tag.findText("claim"))
    dialog.answer("ask_annotate_all", True)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    assert saved(project_path) == [("claim", {"status": "unverified"})] * 2


def test_tag_everywhere_gives_each_new_span_its_tags_defaults(window, dialog, project_path, tmp_path, qtbot):
    other = tmp_path / "other.txt"
    other.write_text(SECOND, encoding="utf-8")
    dialog.answer("ask_documents", [other])
    window.actions.add_documents.trigger()
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_1)
    dialog.answer("ask_annotate_all", True)
    qtbot.keyClick(window.view, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert saved(project_path) == [("claim", {"status": "unverified"})] * 2
