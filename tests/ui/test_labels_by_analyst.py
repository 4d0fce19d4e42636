"""Each analyst's own document labels in the window: set and cleared for the current analyst only, shown with names."""

from __future__ import annotations

from newsmark.ui.labels import label_text

from tests.ui.conftest import rows, trigger

LABELS_SQL = (
    "SELECT document_id, c.name, value, annotator FROM document_labels JOIN categories c ON c.id = category_id "
    "ORDER BY 1, 2, 3, 4"
)


def _as(window, dialog, name):
    dialog.answer("ask_annotator", name)
    window.actions.set_annotator.trigger()


def test_a_label_names_its_analysts_only_when_not_only_yours():
    assert label_text([], "ana") == ("—", [])
    assert label_text([("news", ["ana"])], "ana") == ("news", ["news: ana"])
    assert label_text([("news", ["ana", "bo"])], "ana") == ("news (ana, bo)", ["news: ana, bo"])
    assert label_text([("news", ["bo"]), ("opinion", ["ana"])], "ana")[0] == "news (bo), opinion (ana)"


def test_two_analysts_giving_the_same_label_are_both_kept_shown_and_each_undo_takes_back_only_its_own(
    busy_window, dialog, counter, qtbot
):
    window = busy_window
    path = window.session.project.path
    doc = window.session.document
    genre = window.session.categories[1]
    button = window.labeler.panel.buttons[genre.id]
    _as(window, dialog, "ana")
    dialog.answer("ask_document_label", "news")
    assert counter.count(lambda: trigger(window, "labelCategory:genre")) == (1, 1, 0, 0)
    assert button.text() == "news"
    _as(window, dialog, "bo")
    assert button.text() == "news (ana)"  # ana's answer, not bo's: the panel follows the name at once
    dialog.answer("ask_document_label", "news")
    assert counter.count(lambda: trigger(window, "labelCategory:genre")) == (1, 1, 0, 0)
    assert dialog.calls[-1] == ("ask_document_label", (genre, []))  # bo's menu ticks bo's answers only
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana"), (doc.id, "genre", "news", "bo")]
    assert button.text() == "news (ana, bo)" and "news: ana, bo" in button.toolTip()
    dialog.answer("ask_document_label", "opinion")  # bo changes their mind: ana's answer stays
    trigger(window, "labelCategory:genre")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana"), (doc.id, "genre", "opinion", "bo")]
    assert button.text() == "news (ana), opinion (bo)"
    dialog.answer("ask_document_label", "opinion")  # picked again: bo's answer is cleared, ana's stays
    trigger(window, "labelCategory:genre")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana")]
    _as(window, dialog, "cy")
    assert counter.count(lambda: trigger(window, "undo")) == (1, 1, 0, 0)  # undo is bo's, whoever is named now
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana"), (doc.id, "genre", "opinion", "bo")]
    trigger(window, "undo")
    trigger(window, "undo")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana")]
    trigger(window, "redo")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "news", "ana"), (doc.id, "genre", "news", "bo")]
    box = window.labeler.filter  # the filter asks whether anyone gave the label
    box.setCurrentIndex(box.findText("genre: news"))
    assert [window.document_list.isRowHidden(r) for r in range(2)] == [False, True]


def test_removing_a_document_and_its_undo_keep_every_analysts_label(busy_window, dialog):
    window = busy_window
    path = window.session.project.path
    for name in ("ana", "bo"):
        _as(window, dialog, name)
        dialog.answer("ask_document_label", "critical")
        trigger(window, "labelCategory:stance")
    labels = rows(path, LABELS_SQL)
    assert [r[3] for r in labels] == ["ana", "bo"]
    trigger(window, "removeDocument")
    assert rows(path, LABELS_SQL) == []
    trigger(window, "undo")
    assert rows(path, LABELS_SQL) == labels
    assert window.labeler.panel.buttons[window.session.categories[2].id].text() == "critical (ana, bo)"
