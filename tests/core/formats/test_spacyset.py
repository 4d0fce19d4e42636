"""spaCy export: the DocBin spaCy loads back holds every aligned span exactly; the rest are reported with offsets."""

from __future__ import annotations

import sys

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import DocBin

from newsmark.cli import main
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.registry import export as export_annotation_set
from newsmark.core.formats.spacyset import doc_bin, export_spacy_file
from newsmark.core.storage import Project
from tests.core.formats.test_conllset import KYIV, SEOUL, TEXTS, FakeProject, at


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        kyiv, _ = p.add_document("Kyiv: troops", KYIV)
        seoul, _ = p.add_document("Сеул", SEOUL)
        claim, figure, quote, location = (t.id for t in p.tags())
        group = p.add_tag("armed group", "#000000").id
        p.add_span(kyiv.id, location, *at(KYIV, "Kyiv"), annotator="ana")
        p.add_span(kyiv.id, figure, *at(KYIV, "8,000 troops"), annotator="ben")
        p.add_span(kyiv.id, quote, *at(KYIV, "“8,000 troops”"), annotator="ana")  # overlaps: a span, not an ent
        p.add_span(kyiv.id, group, *at(KYIV, "👨\u200d👩\u200d👧"), annotator="ana")  # a ZWJ emoji: several spaCy tokens
        p.add_span(kyiv.id, location, *at(KYIV, "yiv"), annotator="ana")  # inside a token: reported
        p.add_span(seoul.id, location, *at(SEOUL, "東京"), annotator="ana")
        p.add_span(seoul.id, quote, *at(SEOUL, "e\u0301te\u0301"), annotator="ana")
        p.add_span(seoul.id, claim, at(SEOUL, "Armed")[0], at(SEOUL, "quietly")[1], annotator="ana")  # over U+2028
        p.add_span(seoul.id, figure, at(SEOUL, "3.5")[0], at(SEOUL, "3.5")[1] + 1, annotator="ana")  # 3.5%: spaCy splits off %
        p.add_span(seoul.id, claim, *at(SEOUL, "e\u0301t"), annotator="ana")  # ends inside a word: reported
    return path


ENGLISH = spacy.blank("en")  # made once: making a pipeline takes longer than a generated example


def load(path) -> list:
    return list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))


def test_spacy_loads_every_aligned_span_exactly(source, tmp_path):
    out = tmp_path / "train.spacy"
    with Project.open(source, readonly=True) as p:
        report = export_spacy_file(p, out)
        documents = [p.document(d.id) for d in p.documents()]
        tags = {t.id: t.name for t in p.tags()}
        spans = {d.id: p.spans(d.id) for d in documents}
    docs = load(out)
    left_out = {(pr.document_id, pr.start, pr.end) for pr in report.problems}
    assert len(docs) == 2 and report.spans == 8
    for document, doc in zip(documents, docs):
        assert doc.text == document.text
        group = doc.spans["newsmark"]
        for span in group:
            assert span.text == document.text[span.start_char:span.end_char]
        expected = [(s.start, s.end, tags[s.tag_id]) for s in spans[document.id] if (document.id, s.start, s.end) not in left_out]
        assert [(s.start_char, s.end_char, s.label_) for s in group] == expected
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        assert set(ents) <= set(expected)
        assert all(a[1] <= b[0] for a, b in zip(ents, ents[1:])), "ents never overlap"
        info = doc.user_data["newsmark"]
        assert (info["document_id"], info["title"], info["sha256"]) == (document.id, document.title, document.sha256)
        assert list(info["span_ids"]) == [s.id for s in spans[document.id] if (document.id, s.start, s.end) not in left_out]
    kyiv_ents = [(e.text, e.label_) for e in docs[0].ents]
    assert kyiv_ents == [("Kyiv", "location"), ("👨\u200d👩\u200d👧", "armed group"), ("“8,000 troops”", "quote")]


def test_misaligned_spans_are_reported_with_their_document_and_offsets(source):
    with Project.open(source, readonly=True) as p:
        _, report = doc_bin(p)
    yiv, et = at(KYIV, "yiv"), at(SEOUL, "e\u0301t")
    assert [(pr.document_id, pr.title, pr.start, pr.end, pr.tag, pr.text) for pr in report.problems] == [
        (1, "Kyiv: troops", *yiv, "location", "yiv"), (2, "Сеул", *et, "claim", "e\u0301t"),
    ]
    assert report.problems[0].line() == (
        f"document 1 ('Kyiv: troops') {yiv[0]}-{yiv[1]} location 'yiv': it does not lie on spaCy's token boundaries "
        "(the tokens around it are 0-4 'Kyiv')"
    )


def test_the_multilingual_tokenizer_and_unknown_languages(source, tmp_path):
    with Project.open(source, readonly=True) as p:
        assert export_annotation_set(p, "spacy", tmp_path / "xx.spacy", language="xx").spans >= 6
        with pytest.raises(NewsmarkError, match="no tokenizer for language 'zz'"):
            export_annotation_set(p, "spacy", tmp_path / "zz.spacy", language="zz")
    assert not (tmp_path / "zz.spacy").exists()
    assert [d.text for d in load(tmp_path / "xx.spacy")] == [KYIV, SEOUL]


def test_without_spacy_the_user_is_told_what_to_install(source, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # "import spacy" now raises ImportError
    with Project.open(source, readonly=True) as p, pytest.raises(NewsmarkError, match=r"pip install 'newsmark\[spacy\]'"):
        export_annotation_set(p, "spacy", tmp_path / "t.spacy")


def test_the_cli_needs_an_output_file_and_warns_per_left_out_span(source, tmp_path, capsys):
    assert main(["export", str(source), "--format", "spacy"]) == 1
    assert capsys.readouterr().err == "newsmark: spacy writes a binary DocBin: give a file with -o FILE.spacy\n"
    out = tmp_path / "t.spacy"
    assert main(["export", str(source), "--format", "spacy", "-o", str(out), "--tag", "location", "--language", "en"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"exported 2 spans to {out}\n"
    (warning,) = captured.err.splitlines()
    assert warning.startswith(f"newsmark: warning: document 1 ('Kyiv: troops') {at(KYIV, 'yiv')[0]}-")
    assert [[s.label_ for s in d.spans["newsmark"]] for d in load(out)] == [["location"], ["location"]]


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--status", "done"], [["quote", "location", "figure", "claim"]]),
        (["--annotator", "ben"], [["figure"], []]),
        (["--document", "1", "--tag", "quote"], [["quote"]]),
    ],
)
def test_every_filter_applies(source, tmp_path, args, expected):
    with Project.open(source) as p:
        p.update_document(2, status="done")
    out = tmp_path / "t.spacy"
    assert main(["export", str(source), "--format", "spacy", "-o", str(out), *args]) == 0
    assert [[s.label_ for s in d.spans["newsmark"]] for d in load(out)] == expected


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.data())
def test_every_span_is_either_exact_in_the_docbin_or_reported(text, data):
    spans = []
    if text:
        for _ in range(data.draw(st.integers(0, 4))):
            a = data.draw(st.integers(0, len(text) - 1))
            spans.append((a, data.draw(st.integers(a + 1, len(text))), data.draw(st.sampled_from([1, 2]))))
    docs, report = doc_bin(FakeProject(text, spans), nlp=ENGLISH)
    (doc,) = docs.get_docs(ENGLISH.vocab)
    assert doc.text == text
    names = {1: "claim", 2: "armed group"}
    written = sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["newsmark"])
    reported = sorted((p.start, p.end, p.tag) for p in report.problems)
    assert sorted(written + reported) == sorted((a, b, names[t]) for a, b, t in spans)
    assert all(text[s.start_char:s.end_char] == s.text for s in doc.spans["newsmark"])
    assert report.spans == len(written)
