"""Auto-merge in the window carries the links both annotators drew: one undo step, one transaction each way."""

from __future__ import annotations

from newsmark.core.storage import Project
from newsmark.ui import dialogs
from newsmark.ui.review.automergedialog import AutoMergeChoice

from tests.ui.conftest import ARTICLE, trigger

FIGURE, LOCATION, ABOUT = 2, 4, 2
ONE = (1, 1, 0, 0)


def at(word):
    start = ARTICLE.index(word)
    return start, start + len(word)


def test_auto_merge_copies_the_agreed_link_with_its_spans_and_undo_takes_both(tmp_path, counter, open_window, monkeypatch):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        for who in ("ana", "ben"):
            figure = p.add_span(doc.id, FIGURE, *at("8,000"), annotator=who)
            place = p.add_span(doc.id, LOCATION, *at("Kursk"), annotator=who)
            p.add_link(doc.id, ABOUT, figure.id, place.id, annotator=who)
    previews = []
    monkeypatch.setattr(dialogs, "ask_auto_merge", lambda _p, _a, _c, preview, **_k: previews.append(preview(2)) or AutoMergeChoice(2))
    window = open_window(path)
    project = window.session.project

    def gold_links():
        gold = {s.id: s for s in project.spans(doc.id) if s.annotator == "gold"}
        return [(k.type_id, gold[k.source_id].start, gold[k.target_id].start) for k in project.links(doc.id)
                if k.source_id in gold]

    assert counter.count(lambda: trigger(window, "autoMerge")) == ONE
    assert previews[0][-1].startswith("link about: figure “8,000” → location “Kursk”")
    assert gold_links() == [(ABOUT, at("8,000")[0], at("Kursk")[0])]
    assert window.undo_stack.undoText() == "Auto-merge 2 spans and 1 link into gold"
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert gold_links() == [] and len(project.links(doc.id)) == 2
    assert counter.count(lambda: trigger(window, "redo")) == ONE
    assert gold_links() == [(ABOUT, at("8,000")[0], at("Kursk")[0])]
