"""Auto-merge of every document from the window: counted on a worker, stored as one transaction and one undo step."""

from __future__ import annotations

import threading

import pytest

from newsmark.core.storage import Project
from newsmark.ui.review import projectmerge
from newsmark.ui.review.automergedialog import AutoMergeChoice, AutoMergeDialog
from newsmark.ui.review.projectmerge import ProjectMergeThread

from tests.ui.conftest import ARTICLE, rows, trigger

FIGURE, LOCATION, ABOUT = 2, 4, 2
ONE = (1, 1, 0, 0)
SECOND = "Seoul\n\nKursk is far from Seoul, officials said.\n"


def at(text, word):
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture
def team_path(tmp_path):
    """Kyiv: ana and ben agree on Kursk and link the figure to it, cy has Kursk only; Seoul: ana and ben agree on
    Seoul; Notes: only ana."""
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        kyiv, _ = p.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        seoul, _ = p.add_document("Seoul", SECOND, "/articles/seoul.txt")
        notes, _ = p.add_document("Notes", "Odesa waits.", "/articles/notes.txt")
        for who in ("ana", "ben"):
            figure = p.add_span(kyiv.id, FIGURE, *at(ARTICLE, "8,000"), annotator=who)
            place = p.add_span(kyiv.id, LOCATION, *at(ARTICLE, "Kursk"), annotator=who)
            p.add_link(kyiv.id, ABOUT, figure.id, place.id, annotator=who)
            p.add_span(seoul.id, LOCATION, 0, 5, annotator=who)
        p.add_span(kyiv.id, LOCATION, *at(ARTICLE, "Kursk"), annotator="cy")
        p.add_span(notes.id, LOCATION, 0, 5, annotator="ana")
    return path


def gold(path):
    return rows(path, "SELECT document_id, tag_id, start FROM spans WHERE annotator = 'gold' ORDER BY document_id, start")


def merge_all(window, qtbot):
    trigger(window, "autoMerge")
    qtbot.waitUntil(lambda: not window.curation.project_merge.running, timeout=10_000)


def test_all_documents_is_one_transaction_and_one_undo_step(team_path, open_window, dialog, counter, qtbot, monkeypatch):
    seen = []
    real = projectmerge.project_plans

    def watched(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(projectmerge, "project_plans", watched)
    window = open_window(team_path)
    dialog.answer("ask_auto_merge", AutoMergeChoice(2, whole_project=True))
    assert counter.count(lambda: merge_all(window, qtbot)) == ONE
    assert seen == [False]  # every document was read and planned on the worker
    # Two of Kyiv's three annotators agree on the figure and Kursk; Seoul's two on Seoul; Notes has one (ana): k is 1 there.
    assert gold(team_path) == [(1, FIGURE, ARTICLE.index("8,000")), (1, LOCATION, ARTICLE.index("Kursk")),
                               (2, LOCATION, 0), (3, LOCATION, 0)]
    assert rows(team_path, "SELECT count(*) FROM links WHERE annotator = 'gold'") == [(1,)]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Auto-merge 4 spans and 1 link in 3 documents into gold"
    shown = window.session.document.id
    assert sorted(s.start for s in window.session.index if s.annotator == "gold") == sorted(
        start for document, _tag, start in gold(team_path) if document == shown)
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda step=step: trigger(window, step)) == ONE, step
    assert gold(team_path) == [] and rows(team_path, "SELECT count(*) FROM links WHERE annotator = 'gold'") == [(0,)]
    assert not any(s.annotator == "gold" for s in window.session.index)


def test_cancel_stores_nothing(team_path, open_window, dialog, qtbot):
    window = open_window(team_path)
    dialog.cancel_after = 0  # Cancel at the first report of progress
    dialog.answer("ask_auto_merge", AutoMergeChoice(2, whole_project=True))
    merge_all(window, qtbot)
    assert gold(team_path) == [] and window.undo_stack.count() == 0 and dialog.errors == []


def test_the_dialog_counts_every_document_on_a_worker_for_each_number(team_path, qtbot):
    dialog = AutoMergeDialog(None, ["ana", "ben"], "gold", lambda k: [], lambda: ProjectMergeThread(team_path, "gold"))
    qtbot.addWidget(dialog)
    assert dialog.choice() == AutoMergeChoice(2, False) and dialog.counts is None  # nothing read until asked
    dialog.all_documents.setChecked(True)
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    assert dialog.at_least.maximum() == 3 and dialog.at_least.value() == 3  # ana, ben, cy
    # Three must agree: in Kyiv only Kursk (cy lacks the figure); Seoul's two and Notes' one are all their annotators.
    assert dialog.count.text() == "3 spans in 3 documents would go to gold."
    dialog.at_least.setValue(1)
    assert dialog.count.text() == "4 spans and 1 link in 3 documents would go to gold."
    assert dialog.choice() == AutoMergeChoice(1, True)
    dialog.shown_document.setChecked(True)
    assert dialog.at_least.maximum() == 2 and dialog.spans.isVisibleTo(dialog)
    dialog.reject()
    assert dialog._thread is None
