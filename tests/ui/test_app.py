"""Starting the app and exporting from it: the default project, refusals, the CSV a user gets."""

from __future__ import annotations

import csv
import sqlite3

from PySide6.QtCore import Qt

from newsmark.core.resources import SAMPLE_ARTICLE, resource_path
from newsmark.ui import app, dialogs
from tests.ui.conftest import ARTICLE, select_code_points


def test_first_run_opens_a_default_project_holding_the_sample_article(_isolated_home):
    project = app.open_project(None)
    try:
        assert project.path.is_relative_to(_isolated_home / "data")
        (doc,) = project.documents()
        assert project.document(doc.id).text == resource_path(SAMPLE_ARTICLE).read_text(encoding="utf-8")
        assert doc.title.startswith("US says around 8,000 troops")
    finally:
        project.close()
    again = app.open_project(None)  # the second run opens the same project, unchanged
    try:
        assert [d.id for d in again.documents()] == [doc.id]
    finally:
        again.close()


def test_a_file_that_is_not_a_project_is_refused_with_a_message(tmp_path, monkeypatch, qapp, capsys):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: shown.append(message))
    assert app.run_gui(foreign) == 1
    assert "not a Newsmark project" in shown[0]
    assert capsys.readouterr().err.startswith("newsmark: other.db is an SQLite database but not a Newsmark project")


def test_export_csv_from_the_window_has_exact_offsets(window, dialog, tmp_path, qtbot):
    quote = "“8,000 troops”"
    start = ARTICLE.index(quote)
    select_code_points(window.view, ARTICLE, start, start + len(quote))
    qtbot.keyClick(window.view, Qt.Key_3)
    out = tmp_path / "set.csv"
    dialog.answer("ask_export_path", out)
    qtbot.keyClick(window.view, Qt.Key_E, Qt.ControlModifier)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    (row,) = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert (row["tag"], int(row["start"]), int(row["end"]), row["text"]) == ("quote", start, start + len(quote), quote)
    assert ARTICLE[int(row["start"]):int(row["end"])] == row["text"]
    assert "Exported 1 span to" in window.statusBar().currentMessage()


def test_the_real_progress_dialog_reports_cancel(qtbot):
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = dialogs.Progress(parent, "Adding documents…", 3)
    assert progress.step("a.txt") is True
    progress._dialog.cancel()
    assert progress.step("b.txt") is False
    progress.close()


def test_export_as_writes_the_chosen_format_with_filters(window, dialog, tmp_path, qtbot):
    import json as json_module

    from newsmark.ui.exportdialog import ExportChoice
    for phrase, key in (("Kyiv", Qt.Key_4), ("8,000", Qt.Key_2)):
        start = ARTICLE.index(phrase)
        select_code_points(window.view, ARTICLE, start, start + len(phrase))
        qtbot.keyClick(window.view, key)
    out = tmp_path / "set.jsonl"
    dialog.answer("ask_export_options", ExportChoice("jsonl", out, tags=["figure"]))
    qtbot.keyClick(window.view, Qt.Key_E, Qt.ControlModifier | Qt.AltModifier)
    (record,) = [json_module.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [label[2] for label in record["label"]] == ["figure"]
    ((name, (stem, tags, annotators)),) = dialog.calls
    assert tags == ["claim", "figure", "quote", "location"] and annotators == ["tester"]
    assert "Exported 1 span to" in window.statusBar().currentMessage()


def test_the_export_dialog_reads_its_widgets(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from newsmark.ui.exportdialog import ExportDialog
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ExportDialog(parent, tmp_path / "analyst", ["claim", "figure"], ["ana", "ben"])
    assert box.choice().format == "csv" and box.choice().path == tmp_path / "analyst.csv"
    box.format.setCurrentIndex(box.format.findData("labelstudio"))
    assert box.choice().path == tmp_path / "analyst.json"
    box.tags.item(1).setCheckState(Qt.Checked)
    box.statuses.item(2).setCheckState(Qt.Checked)
    box.annotators.item(0).setCheckState(Qt.Checked)
    box.shown_only.setChecked(True)
    choice = box.choice()
    assert (choice.tags, choice.statuses, choice.annotators, choice.shown_document_only) == (["figure"], ["done"], ["ana"], True)


def test_the_export_dialog_offers_the_training_formats_and_their_options(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from newsmark.ui.exportdialog import ExportDialog
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ExportDialog(parent, tmp_path / "analyst", ["claim"], [])
    assert box.plain.isEnabled() and not box.language.isEnabled()
    box.format.setCurrentIndex(box.format.findData("spacy"))
    assert box.choice().path == tmp_path / "analyst.spacy" and box.language.isEnabled() and not box.plain.isEnabled()
    box.language.setText(" xx ")
    assert (box.choice().format, box.choice().language) == ("spacy", "xx")
    box.format.setCurrentIndex(box.format.findData("conll"))
    assert box.choice().path == tmp_path / "analyst.conll" and not box.language.isEnabled()


def test_export_as_conll_and_spacy_shows_the_left_out_spans(open_window, project_path, dialog, tmp_path, qtbot):
    import spacy
    from spacy.tokens import DocBin

    from newsmark.core.storage import Project
    from newsmark.ui.exportdialog import ExportChoice
    with Project.open(project_path) as project:  # the view snaps selections to words, so "yiv" is made here
        project.add_span(1, project.tags()[3].id, 0, 4)
        project.add_span(1, project.tags()[0].id, 1, 4)
    window = open_window(project_path)
    conll = tmp_path / "set.conll"
    dialog.answer("ask_export_options", ExportChoice("conll", conll))
    qtbot.keyClick(window.view, Qt.Key_E, Qt.ControlModifier | Qt.AltModifier)
    assert conll.read_text(encoding="utf-8").startswith("-DOCSTART- O\n\nKyiv B-location\n")
    assert "Exported 1 span to" in window.statusBar().currentMessage()
    ((title, summary),) = dialog.problems
    assert title == "Some spans are not in set.conll"
    assert summary.splitlines()[0] == "1 span was left out:"
    assert summary.splitlines()[2] == "document 1 ('Kyiv') 1-4 claim 'yiv': it overlaps the location span 0-4, which was kept"
    out = tmp_path / "set.spacy"
    dialog.answer("ask_export_options", ExportChoice("spacy", out, language="xx"))
    window.actions.export_set.trigger()
    (doc,) = DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab)
    assert doc.text == ARTICLE and [(s.text, s.start_char, s.end_char) for s in doc.spans["newsmark"]] == [("Kyiv", 0, 4)]
    assert len(dialog.problems) == 2 and "1-4 claim 'yiv'" in dialog.problems[1][1]
    dialog.answer("ask_export_options", ExportChoice("spacy", out, language="zz"))
    window.actions.export_set.trigger()
    assert dialog.errors[-1][0] == "Export failed" and "'zz'" in dialog.errors[-1][1]


def test_the_problems_box_shows_the_count_first_lines_and_all_under_details(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from newsmark.core.formats.exportreport import ExportProblem, ExportReport
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box))
    report = ExportReport(0, [ExportProblem(1, "A", n, n + 1, "claim", "x", "reason") for n in range(30)])
    dialogs.show_problems(parent, "Some spans are not in t.conll", report.summary())
    (box,) = shown
    assert box.text() == "30 spans were left out:"
    assert box.informativeText().splitlines() == [p.line() for p in report.problems[:5]] + ["… 16 more under Show Details"]
    assert box.detailedText().splitlines()[-1] == "… and 10 more"


def test_loading_an_annotation_set_is_one_undo_step(window, dialog, tmp_path, project_path, qtbot):
    from newsmark.core.model import sha256_text
    start = ARTICLE.index("Kursk")
    good = tmp_path / "set.csv"
    good.write_text(
        "document_sha256,tag,start,end,text,annotator\n"
        f"{sha256_text(ARTICLE)},location,{start},{start + 5},Kursk,ana\n"
        f"{sha256_text(ARTICLE)},rumour,0,4,Kyiv,ana\n",
        encoding="utf-8",
    )
    dialog.answer("ask_annotation_set_path", good)
    qtbot.keyClick(window.view, Qt.Key_O, Qt.ControlModifier | Qt.AltModifier)
    assert window.span_table.model().rowCount() == 2
    assert [t.name for t in window.session.tags][-1] == "rumour"
    assert "Loaded 2 spans (1 new tags)" in window.statusBar().currentMessage()
    window.actions.undo.trigger()
    assert window.span_table.model().rowCount() == 0 and "rumour" not in [t.name for t in window.session.tags]
    window.actions.redo.trigger()
    assert window.span_table.model().rowCount() == 2 and window.tag_filter.findText("rumour") >= 0
    bad = tmp_path / "bad.csv"
    bad.write_text("document_sha256,tag,start,end,text\nnope,claim,0,4,Kyiv\n", encoding="utf-8")
    dialog.answer("ask_annotation_set_path", bad)
    window.actions.load_set.trigger()
    assert "bad.csv" in dialog.errors[-1][1] and window.undo_stack.count() == 1


def test_a_loaded_set_s_spans_that_name_no_annotator_are_the_analyst_s(window, dialog, tmp_path, monkeypatch):
    from newsmark.core.model import sha256_text
    monkeypatch.delenv("NEWSMARK_ANNOTATOR", raising=False)
    window.session.annotator = "Dana Reyes"  # the window's setting, not the login
    start = ARTICLE.index("Kursk")
    path = tmp_path / "set.csv"
    path.write_text(
        "document_sha256,tag,start,end,text,annotator\n"
        f"{sha256_text(ARTICLE)},location,{start},{start + 5},Kursk,\n"
        f"{sha256_text(ARTICLE)},location,0,4,Kyiv,ana\n",
        encoding="utf-8",
    )
    dialog.answer("ask_annotation_set_path", path)
    window.actions.load_set.trigger()
    assert sorted(s.annotator for s in window.session.project.spans(window.session.document.id)) == ["Dana Reyes", "ana"]


def test_a_brat_set_s_lines_the_window_cannot_hold_are_listed(window, dialog, tmp_path):
    start = ARTICLE.index("Kursk")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.ann").write_text(
        f"T1\tlocation {start} {start + 5}\tKursk\nT2\tlocation 0 4\t{ARTICLE[:4]}\n"
        "R1\tsame_as Arg1:T1 Arg2:T2\t\nE1\tMove:T1 Theme:T2\n",
        encoding="utf-8",
    )
    dialog.answer("ask_annotation_set_path", folder / "a.ann")
    window.actions.load_set.trigger()
    assert window.span_table.model().rowCount() == 2
    assert len(window.session.project.links(window.session.document.id)) == 1
    ((title, summary),) = dialog.problems
    assert title == "1 line of a.ann could not be loaded" and "a.ann line 4: an event (E)" in summary
