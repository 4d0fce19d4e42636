"""Review mode in the real window: keys, accepting and rejecting versions, undo, auto-merge, the curator's name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from newsmark.core.storage import Project
from newsmark.ui import dialogs
from newsmark.ui.review.automergedialog import AutoMergeChoice

from tests.ui.conftest import ARTICLE, rows, select_code_points, trigger

FIGURE, QUOTE, LOCATION = 2, 3, 4


def at(word: str, extra: int = 0) -> tuple[int, int]:
    start = ARTICLE.index(word)
    return start, start + len(word) + extra


def gold(path, curator="gold"):
    return rows(path, f"SELECT tag_id, start, \"end\" FROM spans WHERE annotator = '{curator}' ORDER BY start, tag_id")


@pytest.fixture
def team_path(tmp_path):
    """Two annotators: they agree on Kyiv and Kursk; differ on the figure's edges, on the café's tag, and ana alone has "fled"."""
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        for who in ("ana", "ben"):
            p.add_span(doc.id, LOCATION, *at("Kyiv"), annotator=who)
            p.add_span(doc.id, LOCATION, *at("Kursk"), annotator=who)
        p.add_span(doc.id, FIGURE, *at("8,000"), annotator="ana")
        p.add_span(doc.id, FIGURE, *at("8,000", 7), annotator="ben")  # 8,000 troops
        p.add_span(doc.id, QUOTE, *at("café"), annotator="ana")
        p.add_span(doc.id, FIGURE, *at("café"), annotator="ben")
        p.add_span(doc.id, LOCATION, *at("fled"), annotator="ana")
    return path


@pytest.fixture
def team(open_window, team_path):
    window = open_window(team_path)
    qtbot_keys_reach(window)
    return window


def qtbot_keys_reach(window):
    window.view.setFocus()


def key(qtbot, window, k, modifier=Qt.NoModifier):
    qtbot.keyClick(window.view, k, modifier)


def listed(window):
    return [window.curation.panel.disagreements.item(i).text() for i in range(window.curation.panel.disagreements.count())]


def test_review_mode_lists_the_disagreements_in_text_order_with_each_version(team, qtbot):
    key(qtbot, team, Qt.Key_G, Qt.ControlModifier | Qt.AltModifier)
    assert team.curation.on and team.curation.panel.isVisible()
    assert listed(team) == [
        "• only some annotators have it: “fled”",
        "• different edges: “8,000 troops”",
        "• same text, different tags: “café”",
    ]
    assert team.curation.current == 0  # the first open one is current, its range selected
    assert team.view.textCursor().selectedText() == "fled"
    table = team.curation.panel.versions
    assert [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text().split(" ")[0]) for r in range(2)] == [
        ("1", "ana", "location"), ("2", "ben", "(nothing)")
    ]
    assert "3 of 3 disagreements open — ana, ben; gold: gold" == team.curation.panel.summary.text()


def test_keys_accept_a_b_both_and_reject_each_one_undo_step_and_move_on(team, team_path, qtbot):
    key(qtbot, team, Qt.Key_G, Qt.ControlModifier | Qt.AltModifier)
    key(qtbot, team, Qt.Key_N)  # from "fled" to the figure
    assert team.curation.current == 1
    key(qtbot, team, Qt.Key_2)  # ben's "8,000 troops"
    assert gold(team_path) == [(FIGURE, *at("8,000", 7))]
    assert team.curation.current == 2  # moved on to the café
    key(qtbot, team, Qt.Key_B)  # both: quote and figure
    assert gold(team_path) == [(FIGURE, *at("8,000", 7)), (FIGURE, *at("café")), (QUOTE, *at("café"))]
    assert team.curation.current == 0  # wrapped round to "fled"
    key(qtbot, team, Qt.Key_X)
    assert rows(team_path, "SELECT start, \"end\", tag_id, curator FROM curation_decisions") == [(*at("fled"), LOCATION, "gold")]
    assert team.curation.review.open_count() == 0 and listed(team)[0].startswith("✓")
    assert team.undo_stack.count() == 3
    team.actions.undo.trigger()  # the rejection
    assert rows(team_path, "SELECT * FROM curation_decisions") == [] and team.curation.review.open_count() == 1
    team.actions.undo.trigger()  # both
    assert gold(team_path) == [(FIGURE, *at("8,000", 7))]
    team.actions.redo.trigger()
    assert len(gold(team_path)) == 3 and team.curation.review.open_count() == 1
    key(qtbot, team, Qt.Key_1)  # an accepted version 1 of "fled": ana's location
    assert (LOCATION, *at("fled")) in gold(team_path)


def test_accepting_version_one_keeps_the_first_annotators_spans(team, team_path, qtbot):
    trigger(team, "curateDocument")
    team.curation.go_to(1)
    trigger(team, "acceptVersion:1")
    assert gold(team_path) == [(FIGURE, *at("8,000"))]
    assert team.curation.review.disagreements[1].settled
    trigger(team, "acceptVersion:3")  # only two versions: nothing happens
    assert len(gold(team_path)) == 1 and "only 2 versions" in team.statusBar().currentMessage()


def test_an_empty_version_accepted_is_a_rejection_and_a_rejection_stays_after_reopening(team, team_path, open_window, qtbot):
    trigger(team, "curateDocument")
    assert team.curation.disagreement().kind == "only_some"
    trigger(team, "acceptVersion:2")  # ben has nothing there
    assert gold(team_path) == [] and len(rows(team_path, "SELECT * FROM curation_decisions")) == 1
    team.close()
    again = open_window(team_path)
    trigger(again, "curateDocument")
    assert listed(again)[0].startswith("✓") and again.curation.current == 1  # not back: it is settled


def test_the_tag_keys_work_again_outside_review_mode_and_rest_inside_it(team, team_path, qtbot):
    trigger(team, "curateDocument")
    select_code_points(team.view, ARTICLE, *at("Officials"))
    key(qtbot, team, Qt.Key_1)  # review: accept version 1 of the current disagreement, not tag as claim
    assert rows(team_path, "SELECT count(*) FROM spans WHERE tag_id = 1") == [(0,)]
    assert gold(team_path) == [(LOCATION, *at("fled"))]
    key(qtbot, team, Qt.Key_G, Qt.ControlModifier | Qt.AltModifier)  # review mode off
    assert not team.curation.on and not team.actions.next_disagreement.isEnabled()
    select_code_points(team.view, ARTICLE, *at("Officials"))
    key(qtbot, team, Qt.Key_1)  # tag as claim, as always
    assert rows(team_path, "SELECT annotator FROM spans WHERE tag_id = 1") != []
    key(qtbot, team, Qt.Key_N)  # N means nothing outside review mode
    assert team.curation.current is None


def test_spans_made_by_hand_in_review_mode_go_to_the_gold_set(team, team_path, qtbot, settings):
    settings.setValue("annotator", "carla")
    trigger(team, "curateDocument")
    select_code_points(team.view, ARTICLE, *at("Officials"))
    trigger(team, "tagAs:claim")
    assert rows(team_path, "SELECT annotator FROM spans WHERE tag_id = 1") == [("gold",)]
    trigger(team, "curateDocument")
    assert team.session.annotator != "gold"


def test_the_status_bar_names_the_curator_while_curating_and_the_analyst_after(team, settings):
    settings.setValue("annotator", "carla")
    team.annotator.apply()
    label = team.widgets.annotator_label
    assert label.text() == "Annotator: carla"
    trigger(team, "curateDocument")
    assert label.text() == "Curating as: gold" and "carla" in label.toolTip()
    combo = team.curation.panel.curator
    combo.setCurrentText("lead")
    combo.lineEdit().editingFinished.emit()
    assert label.text() == "Curating as: lead"
    trigger(team, "curateDocument")
    assert label.text() == "Annotator: carla" and team.session.annotator == "carla"


def test_a_new_own_name_while_curating_waits_until_review_mode_ends(team, team_path, settings, dialog):
    settings.setValue("annotator", "carla")
    team.annotator.apply()
    trigger(team, "curateDocument")
    dialog.answer("ask_annotator", "dana")
    trigger(team, "setAnnotator")
    assert team.widgets.annotator_label.text() == "Curating as: gold" and "gold" in team.statusBar().currentMessage()
    select_code_points(team.view, ARTICLE, *at("Officials"))
    trigger(team, "tagAs:claim")
    assert rows(team_path, "SELECT annotator FROM spans WHERE tag_id = 1") == [("gold",)]  # still the curator's
    trigger(team, "curateDocument")
    assert team.widgets.annotator_label.text() == "Annotator: dana" and team.session.annotator == "dana"


def test_auto_merge_previews_and_is_one_undo_step(counter, monkeypatch, team, team_path, dialog):
    previews = []

    def ask(_parent, annotators, curator, preview, **_kwargs):
        previews.append((annotators, curator, preview(2), preview(1)))
        return AutoMergeChoice(2)

    monkeypatch.setattr(dialogs, "ask_auto_merge", ask)
    trigger(team, "curateDocument")
    before = team.undo_stack.count()
    assert counter.count(lambda: trigger(team, "autoMerge")) == (1, 1, 0, 0)
    ((annotators, curator, both, either),) = previews
    assert annotators == ["ana", "ben"] and curator == "gold"
    assert both == ["location “Kyiv”", "location “Kursk”"] and len(either) == 7
    assert gold(team_path) == [(LOCATION, *at("Kyiv")), (LOCATION, *at("Kursk"))]
    assert team.undo_stack.count() == before + 1
    assert team.curation.review.open_count() == 3  # agreed spans settle nothing
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda step=step: trigger(team, step)) == (1, 1, 0, 0)
    assert gold(team_path) == []


def test_auto_merge_cancelled_changes_nothing_and_works_outside_review_mode(team, team_path, dialog):
    dialog.answer("ask_auto_merge", None)
    trigger(team, "autoMerge")
    assert gold(team_path) == [] and team.undo_stack.count() == 0
    dialog.answer("ask_auto_merge", AutoMergeChoice(1))
    trigger(team, "autoMerge")
    assert len(gold(team_path)) == 7


def test_another_curator_name_is_its_own_gold_set_and_remembered(team, team_path, settings, qtbot):
    trigger(team, "curateDocument")
    combo = team.curation.panel.curator
    combo.setCurrentText("lead")
    combo.lineEdit().editingFinished.emit()
    assert settings.value("curation/curator") == "lead"
    trigger(team, "acceptVersion:1")
    assert gold(team_path, "lead") == [(LOCATION, *at("fled"))] and gold(team_path) == []
    assert team.session.annotator == "lead"


def test_the_show_switch_paints_one_annotators_spans(team):
    trigger(team, "curateDocument")
    panel = team.curation.panel
    panel.shown.setCurrentIndex(panel.shown.findData("ben"))
    panel.shown.activated.emit(panel.shown.currentIndex())
    keep = team.view.span_filter
    assert [s.annotator for s in team.session.index if keep(s)] == ["ben"] * 4
    trigger(team, "curateDocument")
    assert team.view.span_filter is None


def show(window, name):
    panel = window.curation.panel
    panel.shown.setCurrentIndex(panel.shown.findData(name))
    panel.shown.activated.emit(panel.shown.currentIndex())


def versions(window):
    table = window.curation.panel.versions
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_show_switch_filters_the_disagreements_and_versions_too(team, team_path, qtbot):
    key(qtbot, team, Qt.Key_G, Qt.ControlModifier | Qt.AltModifier)
    show(team, "ben")  # ben has nothing at "fled": that disagreement leaves the list
    assert listed(team) == ["• different edges: “8,000 troops”", "• same text, different tags: “café”"]
    assert team.curation.panel.summary.text() == (
        "2 of 2 disagreements open where ben has a version (3 of 3 in all) — ana, ben; gold: gold")
    assert team.curation.disagreement().start == at("8,000")[0]  # "fled" was current: the next listed one is
    assert versions(team) == [("2", "ben")]  # ana's version is hidden; ben's keeps its key
    assert team.view._marks == [at("8,000", 7), at("café")]  # "fled" is not outlined either
    key(qtbot, team, Qt.Key_N)
    assert team.curation.disagreement().start == at("café")[0]
    key(qtbot, team, Qt.Key_N)  # wraps around past the hidden "fled"
    assert team.curation.disagreement().start == at("8,000")[0]
    key(qtbot, team, Qt.Key_N, Qt.ShiftModifier)
    assert team.curation.disagreement().start == at("café")[0]
    key(qtbot, team, Qt.Key_1)  # ana's version, hidden: not accepted
    assert gold(team_path) == []
    key(qtbot, team, Qt.Key_B)  # "all versions" accepts the shown one, ben's
    assert gold(team_path) == [(FIGURE, *at("café"))]
    show(team, "")
    assert len(listed(team)) == 3 and versions(team) and [v[1] for v in versions(team)] == ["ana", "ben"]


def enabled_keys(window):
    seen: dict[str, list[str]] = {}
    from PySide6.QtWidgets import QWidget
    for action in QWidget.actions(window):  # the actions whose keys the window listens to
        if action.isEnabled():
            for k in action.shortcuts():
                seen.setdefault(k.toString(), []).append(action.objectName())
    return {k: names for k, names in seen.items() if len(names) > 1 and k != "F2"}  # F2: the link list's own


@pytest.mark.parametrize("review", [False, True])
def test_no_two_enabled_actions_share_a_key_in_or_out_of_review_mode(team, review):
    if review:
        trigger(team, "curateDocument")
    assert enabled_keys(team) == {}


def test_a_tag_key_changed_in_review_mode_rests_too_and_comes_back_after(team, team_path, qtbot):
    trigger(team, "curateDocument")
    claim = team.session.tags[0]
    team.session.update_tag(claim.id, key="x")  # the window makes new tag actions; X is review mode's reject
    assert enabled_keys(team) == {}
    trigger(team, "curateDocument")
    select_code_points(team.view, ARTICLE, *at("Officials"))
    key(qtbot, team, Qt.Key_X)
    assert rows(team_path, "SELECT count(*) FROM spans WHERE tag_id = 1") == [(1,)]
    assert rows(team_path, "SELECT count(*) FROM curation_decisions") == [(0,)]


def test_versions_show_attribute_values_by_name(open_window, tmp_path):
    path = tmp_path / "values.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        for who, value in (("ana", "true"), ("ben", "false")):
            p.add_span(doc.id, 1, *at("families fled"), annotator=who, attributes=f'{{"status": "{value}"}}')
    window = open_window(path)
    trigger(window, "curateDocument")
    assert listed(window) == ["• different attribute values: “families fled”"]
    table = window.curation.panel.versions
    assert [table.item(r, 2).text() for r in range(2)] == [
        f"claim “families fled” {at('families fled')[0]}–{at('families fled')[1]} status: true",
        f"claim “families fled” {at('families fled')[0]}–{at('families fled')[1]} status: false",
    ]


def test_the_auto_merge_preview_follows_the_number_that_must_agree(qtbot):
    from newsmark.ui.review.automergedialog import AutoMergeDialog
    asked = []

    def preview(k):
        asked.append(k)
        return [f"span {i}" for i in range(4 - k)]

    dialog = AutoMergeDialog(None, ["ana", "ben", "cy"], "gold", preview)
    qtbot.addWidget(dialog)
    assert dialog.at_least.value() == 3 and dialog.spans.count() == 1 and "1 span would go" in dialog.count.text()
    dialog.at_least.setValue(1)
    assert asked == [3, 1] and dialog.spans.count() == 3 and "3 spans would go" in dialog.count.text()
    assert dialog.at_least.minimum() == 1 and dialog.at_least.maximum() == 3
