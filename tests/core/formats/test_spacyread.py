"""Loading spaCy DocBins back: entities and span groups become spans, cats document labels, our links come back too."""

from __future__ import annotations

import sys
import zlib

import pytest

from newsmark.cli import main
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import registry, spacyread
from newsmark.core.storage import Project
from tests.core.formats.test_linkformats import TEXTS, contents, fresh, source  # noqa: F401 (source is a fixture)

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin, Span  # noqa: E402 (after the skip)

ENGLISH = spacy.blank("en")


def test_a_projects_spans_links_and_labels_come_back_from_its_docbin(source, tmp_path):  # noqa: F811
    out = tmp_path / "train.spacy"
    with Project.open(source, readonly=True) as p:
        report = registry.export(p, "spacy", out)
        spans, links, labels = contents(p)
    assert report.spans == len(spans) == 5 and not report.problems
    with fresh(tmp_path / "b.newsmark") as p:
        assert registry.detect(out).name == "spacy"
        plan = registry.load(p, out)
        assert (len(plan.spans), len(plan.links), len(plan.labels)) == (5, 3, 4)
        assert contents(p) == (spans, links, labels)  # link notes and annotators too, from user_data


def test_ents_span_groups_and_cats_of_a_docbin_made_elsewhere(tmp_path):
    text = "Ana Ruiz flew to New York City."
    doc = ENGLISH.make_doc(text)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 7, "GPE")]
    doc.spans["sc"] = [Span(doc, 4, 6, "CITY"), Span(doc, 0, 2, "PERSON")]  # overlaps an ent; repeats another
    doc.cats = {"desk:travel": 1.0, "desk:sport": 0.0, "urgent": 0.9, "stale": 0.2}
    path = tmp_path / "other.spacy"
    DocBin(docs=[doc]).to_disk(path)
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        flight, _ = p.add_document("flight", text)
        plan = registry.load(p, path, "spacy")
        names = {t.id: t.name for t in p.tags()}
        got = sorted((text[s.start:s.end], names[s.tag_id]) for s in p.spans(flight.id))
        assert got == [("Ana Ruiz", "PERSON"), ("New York", "CITY"), ("New York City", "GPE")]
        cats = {c.id: c.name for c in p.categories()}
        assert sorted((cats[d.category_id], d.value) for d in plan.labels) == [("desk", "travel"), ("label", "urgent")]


def test_a_doc_in_no_document_of_the_project_is_named_and_nothing_is_added(tmp_path):
    docs = [ENGLISH.make_doc(TEXTS[0]), ENGLISH.make_doc("Another text.")]
    for doc in docs:
        doc.ents = [Span(doc, 0, 1, "place")]
    path = tmp_path / "x.spacy"
    DocBin(docs=docs).to_disk(path)
    with fresh(tmp_path / "p.newsmark") as p:
        with pytest.raises(AnnotationSetError, match=r"x.spacy: 1 bad doc\(s\), nothing added: doc 2: no document"):
            registry.load(p, path)
        assert sum(d.spans for d in p.documents()) == 0


@pytest.mark.parametrize("data, message", [
    (b"", "is not a spaCy DocBin"),
    (b"Kyiv B-place\n", "is not a spaCy DocBin (not zlib data)"),
    (zlib.compress(b"\x93\x01\x02\x03"), "is not a spaCy DocBin"),  # zlib, but a msgpack list, not a DocBin map
    (zlib.compress(b"\x81\xa5attrs\xa3bad"), "is not a spaCy DocBin"),
])
def test_what_is_no_docbin_is_one_line(tmp_path, data, message):
    path = tmp_path / "bad.spacy"
    path.write_bytes(data)
    with fresh(tmp_path / "p.newsmark") as p:
        with pytest.raises(NewsmarkError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
            registry.load(p, path, "spacy")
    assert "\n" not in str(caught.value)


def test_a_huge_file_one_that_inflates_too_far_and_a_folder_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "big.spacy"
    path.write_bytes(zlib.compress(b"\x80" + b"\x00" * 100_000))
    with fresh(tmp_path / "p.newsmark") as p:
        monkeypatch.setattr(spacyread, "MAX_UNPACKED", 50_000)
        with pytest.raises(NewsmarkError, match="inflates past 0 MB"):
            registry.load(p, path, "spacy")
        monkeypatch.setattr(spacyread, "MAX_BYTES", 10)
        with pytest.raises(NewsmarkError, match="larger than the 0 MB Newsmark loads as a DocBin"):
            registry.load(p, path, "spacy")
        with pytest.raises(NewsmarkError, match="is a folder, not a spaCy DocBin"):
            registry.load(p, tmp_path, "spacy")


def test_without_spacy_loading_a_docbin_says_what_to_install_in_one_line(source, tmp_path, monkeypatch, capsys):  # noqa: F811
    out = tmp_path / "train.spacy"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "spacy", out)
    for name in ("spacy", "spacy.tokens", "spacy.vocab"):
        monkeypatch.setitem(sys.modules, name, None)  # "import" of each now raises ImportError
    fresh(tmp_path / "b.newsmark").close()
    assert main(["load", str(tmp_path / "b.newsmark"), str(out)]) == 1
    out_, err = capsys.readouterr()
    assert (out_, err) == ("", "newsmark: the spacy format needs spaCy: pip install 'newsmark[spacy]'\n")
