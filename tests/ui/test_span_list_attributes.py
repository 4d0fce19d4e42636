"""The span list shows attribute values: a column per attribute of the filtered tag, sortable, and ``name:value`` filters."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from newsmark.core.storage import Project
from newsmark.ui.spantable import START
from tests.ui.conftest import ARTICLE

WORDS = [  # (text, tag, values)
    ("Kyiv", "claim", {"status": "false"}),
    ("families fled", "claim", {"status": "true"}),
    ("Officials said", "claim", {}),
    ("8,000", "figure", {"value": "8000", "unit": "troops"}),
    ("troops", "figure", {"value": "100"}),
    ("Kursk", "figure", {"value": "75"}),
    ("We stay.", "quote", {"speaker": "Café owner"}),
]


@pytest.fixture
def reviewed(tmp_path, open_window):
    path = tmp_path / "reviewed.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        tags = {t.name: t.id for t in project.tags()}
        for word, tag, values in WORDS:
            start = ARTICLE.index(word)
            project.add_span(doc.id, tags[tag], start, start + len(word), attributes=json.dumps(values))
    window = open_window(path)
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    return window


def headers(window) -> list[str]:
    model = window.span_table.model()
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def column(window, name: str) -> list[str]:
    model = window.span_table.model()
    c = headers(window).index(name)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def texts(window) -> list[str]:
    return column(window, "Text")


def click_header(window, qtbot, section: int) -> None:
    header = window.span_table.horizontalHeader()
    header.resizeSection(section, 90)
    window.span_table.scrollTo(window.span_table.model().index(0, section))  # the section may be scrolled out
    x = header.sectionViewportPosition(section) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))


def show_tag(window, name: str) -> None:
    window.tag_filter.setCurrentIndex(window.tag_filter.findText(name))


def test_all_tags_show_one_attributes_column_with_each_spans_values(reviewed):
    assert headers(reviewed) == ["Tag", "Text", "Start", "End", "Note", "Attributes"]
    cells = dict(zip(texts(reviewed), column(reviewed, "Attributes")))
    assert cells["Kyiv"] == "status: false"
    assert cells["8,000"] == "value: 8000; unit: troops"
    assert cells["We stay."] == "speaker: Café owner"
    assert cells["Officials said"] == ""


def test_one_tag_shows_a_column_per_attribute_and_numbers_sort_as_numbers(reviewed, qtbot):
    show_tag(reviewed, "figure")
    assert headers(reviewed) == ["Tag", "Text", "Start", "End", "Note", "value", "unit"]
    click_header(reviewed, qtbot, 5)
    assert column(reviewed, "value") == ["75", "100", "8000"]  # as text, "100" would come first
    click_header(reviewed, qtbot, 5)
    assert column(reviewed, "value") == ["8000", "100", "75"]
    assert reviewed.span_table.horizontalHeader().sortIndicatorSection() == 5


def test_claims_sort_by_status_in_the_order_of_its_choices(reviewed, qtbot):
    show_tag(reviewed, "claim")
    assert headers(reviewed)[5:] == ["status", "source"]
    click_header(reviewed, qtbot, 5)
    assert column(reviewed, "status") == ["", "true", "false"]  # empty first, then unverified, true, false, ...


def test_a_sort_by_an_attribute_the_next_tag_lacks_falls_back_to_text_order_in_the_header_too(reviewed, qtbot):
    show_tag(reviewed, "figure")
    click_header(reviewed, qtbot, 6)  # unit
    show_tag(reviewed, "quote")
    header = reviewed.span_table.horizontalHeader()
    assert headers(reviewed)[5:] == ["speaker"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (START, Qt.AscendingOrder)
    show_tag(reviewed, "All tags")
    assert texts(reviewed) == sorted(texts(reviewed), key=ARTICLE.index)


def test_name_value_filters_find_spans_by_attribute(reviewed, qtbot):
    reviewed.text_filter.setText("status:false")
    assert texts(reviewed) == ["Kyiv"]
    reviewed.text_filter.setText("status:")  # claims without a status
    assert texts(reviewed) == ["Officials said"]
    reviewed.text_filter.setText("speaker:café")
    assert texts(reviewed) == ["We stay."]
    reviewed.text_filter.setText("value:0 troops")  # an attribute and the span's text together
    assert texts(reviewed) == ["troops"]
    reviewed.text_filter.setText("said:")  # no attribute is called "said": plain text, as before
    assert texts(reviewed) == []
    reviewed.text_filter.setText("said")
    assert texts(reviewed) == ["Officials said"]


def test_the_list_follows_an_attribute_edited_in_the_panel_and_its_undo(reviewed):
    reviewed.text_filter.setText("status:false")
    reviewed.select_span_row(reviewed.session.span_model.span_at(0).id)
    status = reviewed.span_editor.panel.fields["status"]
    status.setCurrentIndex(status.findText("misleading"))
    status.activated.emit(status.currentIndex())
    assert texts(reviewed) == []  # no longer false: it leaves the filtered list
    reviewed.text_filter.setText("status:mis")
    assert texts(reviewed) == ["Kyiv"] and column(reviewed, "Attributes") == ["status: misleading"]
    reviewed.actions.undo.trigger()
    assert texts(reviewed) == []
