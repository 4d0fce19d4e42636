"""Review › Learn from Decisions in the real window: off by default, kept in settings, and the status line counts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from newsmark.core.storage import Project
from newsmark.core.suggest.running import project_suggester
from tests.core.suggest.learningcase import NEW, decide, make_project
from tests.ui.conftest import trigger

CROATIA = NEW.index("Croatia", 20)


@pytest.fixture
def path(tmp_path):
    path = make_project(tmp_path)
    with Project.open(path) as p:
        suggester = project_suggester(p)
        p.store_suggestions({d.id: suggester(p.document(d.id).text) for d in p.documents()[:-1]})
        decide(p)
        p.delete_tag(next(t.id for t in p.tags() if t.name == "figure"))  # only places in the new document
    return path


@pytest.fixture
def window(counter, open_window, path, settings):
    settings.setValue("annotator", "ana")
    window = open_window(path)
    window.session.open_document(window.session.project.documents()[-1].id)
    return window


def proposed(window):
    return sorted((NEW[s.start:s.end], s.start) for s in window.review.rows)


def test_by_default_the_rules_alone_are_proposed(window):
    action = window.findChild(QAction, "learnFromDecisions")
    assert action.isCheckable() and not action.isChecked() and "rejected" in action.toolTip()
    review = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Review")
    assert action in review.actions()
    trigger(window, "suggestDocument")
    assert proposed(window) == [("Croatia", 0), ("Croatia", CROATIA), ("Slovakia", 13)]
    assert window.statusBar().currentMessage() == "3 suggestions to review in this document."


def test_turned_on_suggesting_holds_back_what_was_rejected_and_is_remembered(
    window, counter, settings, open_window, path, qtbot,
):
    trigger(window, "learnFromDecisions")
    assert settings.value("suggest/learn", type=bool) is True
    trigger(window, "suggestDocument")  # no model kept yet: a worker learns one, the suggestions follow
    assert window.statusBar().currentMessage() == "Learning from your decisions… the suggestions follow."
    said = "1 suggestion to review in this document · 2 held back by what you rejected before."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=20000)
    assert proposed(window) == [("Croatia", CROATIA)]
    assert counter.count(lambda: trigger(window, "suggestDocument"))[:2] == (1, 1)  # the kept model: one transaction
    assert proposed(window) == [("Croatia", CROATIA)] and window.statusBar().currentMessage() == said
    window.close()
    again = open_window(path)
    assert again.findChild(QAction, "learnFromDecisions").isChecked()
    trigger(again, "learnFromDecisions")
    assert settings.value("suggest/learn", type=bool) is False


def test_suggest_all_says_what_it_held_back(window, qtbot):
    trigger(window, "learnFromDecisions")
    trigger(window, "suggestAll")
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=20000)
    assert window.statusBar().currentMessage() == (
        "Done: 1 suggestion in 9 of 9 documents · 2 held back by what you rejected before (each batch is saved as it comes)."
    )
    assert window.session.project.count_suggestions() == {window.session.project.documents()[-1].id: 1}
