"""Loading a CoNLL set in the window: found by its text, one transaction, undone and redone exactly; a bad line is a dialog."""

from __future__ import annotations

from newsmark.core.formats import registry
from newsmark.core.storage import Project

from tests.ui.conftest import ARTICLE, SECOND, rows, trigger

SPANS = "SELECT document_id, tag_id, start, \"end\" FROM spans ORDER BY id"


def write_conll(tmp_path):
    """A CoNLL set of ARTICLE alone with its "Kursk" tagged location, as another project exports it."""
    source = tmp_path / "source.newsmark"
    with Project.open(source, create=True) as p:
        p.add_document("Other", "Not in the window's project.")
        doc, _ = p.add_document("Kyiv", ARTICLE)
        location = next(t.id for t in p.tags() if t.name == "location")
        p.add_span(doc.id, location, ARTICLE.index("Kursk"), ARTICLE.index("Kursk") + 5)
    out = tmp_path / "set.conll"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "conll", out)
    text = out.read_text(encoding="utf-8")
    out.write_text(text[text.index("-DOCSTART-", 1):], encoding="utf-8")  # ARTICLE's block only
    return out


def test_a_conll_set_loads_in_one_transaction_and_undoes_and_redoes(busy_window, dialog, counter, tmp_path):
    window = busy_window
    path = window.session.project.path
    before = rows(path, SPANS)
    dialog.answer("ask_annotation_set_path", write_conll(tmp_path))
    assert counter.count(lambda: trigger(window, "loadSet")) == (1, 1, 0, 0)
    added = rows(path, SPANS)[len(before):]
    kursk = ARTICLE.index("Kursk")
    assert dialog.errors == [] and [(s, e) for _, _, s, e in added] == [(kursk, kursk + 5)]
    assert counter.count(lambda: trigger(window, "undo")) == (1, 1, 0, 0)
    assert rows(path, SPANS) == before
    assert counter.count(lambda: trigger(window, "redo")) == (1, 1, 0, 0)
    assert rows(path, SPANS)[len(before):] == added


def test_a_conll_token_not_in_the_text_is_a_dialog_naming_its_line(busy_window, dialog, tmp_path):
    window = busy_window
    path = window.session.project.path
    before = rows(path, SPANS)
    bad = tmp_path / "bad.conll"
    bad.write_text("-DOCSTART- O\n\nKyiv B-location\nfamily O\n", encoding="utf-8")
    dialog.answer("ask_annotation_set_path", bad)
    trigger(window, "loadSet")
    assert len(dialog.errors) == 1 and "line 4:" in dialog.errors[0][1] and "'family'" in dialog.errors[0][1]
    assert rows(path, SPANS) == before


def test_a_conll_set_without_docstart_lines_loads_both_documents_in_one_transaction(busy_window, dialog, counter, tmp_path):
    window = busy_window
    path = window.session.project.path
    before = rows(path, SPANS)
    source = tmp_path / "both.newsmark"
    with Project.open(source, create=True) as p:
        first, _ = p.add_document("Kyiv", ARTICLE)
        second, _ = p.add_document("Seoul", SECOND)
        location = next(t.id for t in p.tags() if t.name == "location")
        p.add_span(first.id, location, ARTICLE.index("Kursk"), ARTICLE.index("Kursk") + 5)
        word = SECOND.split()[0]
        p.add_span(second.id, location, 0, len(word))
    conll = tmp_path / "both.conll"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "conll", conll)
    conll.write_text(conll.read_text(encoding="utf-8").replace("-DOCSTART- O\n\n", ""), encoding="utf-8")
    dialog.answer("ask_annotation_set_path", conll)
    assert counter.count(lambda: trigger(window, "loadSet")) == (1, 1, 0, 0)
    kursk = ARTICLE.index("Kursk")
    added = [(s, e) for _, _, s, e in rows(path, SPANS)[len(before):]]
    assert dialog.errors == [] and added == [(kursk, kursk + 5), (0, len(word))]
