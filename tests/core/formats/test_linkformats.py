"""Links and document labels in every format: export -> load -> export is identical, and loads are all or nothing."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from newsmark.cli import main
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import registry
from newsmark.core.model import DocumentLabel
from newsmark.core.storage import Project

KYIV = "Kyiv said “8,000 troops” moved 👨‍👩‍👧 to Kursk.\nThe Kursk region denies it.\n"
SEOUL = "Seoul\nsaid 11,000.\n"
TEXTS = (KYIV, SEOUL)
# brat's standoff grammar (server/src/annotation.py) for every line kind Newsmark writes.
STANDOFF = re.compile(
    r"^(T\d+\t[A-Za-z_][\w-]* \d+ \d+(;\d+ \d+)*\t[^\n]*"
    r"|#\d+\tAnnotatorNotes [TR]\d+\t[^\n]*"
    r"|R\d+\t[A-Za-z_][\w-]* Arg1:T\d+ Arg2:T\d+\t"
    r"|\*\t[A-Za-z_][\w-]*( T\d+){2,}"
    r"|A\d+\t[A-Za-z_][\w-]* T\d+ [^\n]+)$"
)


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def fresh(path):
    """A project with the same documents and tag set, no spans."""
    p = Project.open(path, create=True)
    for i, text in enumerate(TEXTS):
        p.add_document(f"doc {i}", text)
    return p


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with fresh(path) as p:
        kyiv, seoul = (d.id for d in p.documents())
        tags = {t.name: t.id for t in p.tags()}
        types = {t.name: t.id for t in p.link_types()}
        cats = {c.name: c.id for c in p.categories()}
        # In text order, as exports list them, so that a fresh project loading them gives them the same ids.
        figure = p.add_span(kyiv, tags["figure"], *at(KYIV, "8,000 troops"), annotator="ben")
        claim = p.add_span(kyiv, tags["claim"], *at(KYIV, "troops” moved"), annotator="ana")
        kursk = p.add_span(kyiv, tags["location"], *at(KYIV, "Kursk"), annotator="ana")
        region = p.add_span(kyiv, tags["location"], *at(KYIV, "Kursk region"), annotator="ana")
        p.add_span(seoul, tags["location"], *at(SEOUL, "Seoul"))
        p.add_link(kyiv, types["evidence"], figure.id, claim.id, note="the figure\nbacks it", annotator="ben")
        p.add_link(kyiv, types["about"], claim.id, kursk.id, annotator="ana")
        p.add_link(kyiv, types["same_as"], region.id, kursk.id, annotator="ana")
        p.set_document_labels(kyiv, cats["topic"], ["war", "politics"], annotator="ana")
        p.set_document_labels(kyiv, cats["genre"], ["news"], annotator="ben")
        p.set_document_labels(seoul, cats["stance"], ["neutral"], annotator="ana")
    return path


def contents(p) -> tuple:
    """What a project holds, by names and offsets rather than ids."""
    tags = {t.id: t.name for t in p.tags()}
    types = {t.id: t.name for t in p.link_types()}
    cats = {c.id: c.name for c in p.categories()}
    spans, links, labels = set(), set(), set()
    for info in p.documents():
        by_id = {s.id: (info.sha256, tags[s.tag_id], s.start, s.end) for s in p.spans(info.id)}
        spans |= set(by_id.values())
        links |= {(types[k.type_id], by_id[k.source_id], by_id[k.target_id], k.note, k.annotator) for k in p.links(info.id)}
        labels |= {(info.sha256, cats[d.category_id], d.value) for d in p.document_labels(info.id)}
    return spans, links, labels


def output(path) -> dict:
    """Every file an export wrote, by name (a brat folder's files; a CSV's companions; a workbook's parts)."""
    if path.is_dir():
        return {f.name: f.read_bytes() for f in sorted(path.iterdir())}
    if path.suffix == ".xlsx":  # its parts, but the one that says when it was written (the ZIP's dates say it too)
        with zipfile.ZipFile(path) as archive:
            return {n: archive.read(n) for n in sorted(archive.namelist()) if n != "docProps/core.xml"}
    return {f.name: f.read_bytes() for f in sorted(path.parent.glob(path.stem + "*")) if f.suffix != ".newsmark"}


SUFFIX = {"csv": "set.csv", "xlsx": "set.xlsx", "jsonl": "set.jsonl", "labelstudio": "set.json", "brat": "brat"}
# Every format that loads carries links and document labels, but the training ones (see test_spacyread, test_conllread).
LINKED = [name for name in registry.LOADABLE if name not in ("spacy", "conll")]


@pytest.mark.parametrize("name", LINKED)
def test_export_load_export_is_identical_with_links_and_labels(source, tmp_path, name):
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir(), second.mkdir()
    with Project.open(source, readonly=True) as p:
        report = registry.export(p, name, first / SUFFIX[name])
        want = contents(p)
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, first / SUFFIX[name])
        assert (len(plan.spans), len(plan.links), len(plan.labels)) == (5, 3, 4)
        spans, links, labels = contents(p)
        registry.export(p, name, second / SUFFIX[name])
    assert (spans, labels) == (want[0], want[2])
    if name == "brat":  # brat has no annotators; a note loses its line break
        assert {k[:3] for k in links} == {k[:3] for k in want[1]}
    else:
        assert links == want[1]
    assert output(first / SUFFIX[name]) == output(second / SUFFIX[name])
    if name in ("csv", "xlsx", "brat"):
        assert (report.links, report.labels) == (3, 4)


@pytest.mark.parametrize("name", LINKED)
def test_loading_the_same_set_twice_adds_nothing_the_second_time(source, tmp_path, name):
    out = tmp_path / SUFFIX[name]
    with Project.open(source, readonly=True) as p:
        registry.export(p, name, out)
    with fresh(tmp_path / "b.newsmark") as p:
        registry.load(p, out)
        again = registry.load(p, out)
        assert (len(again.spans), len(again.links), len(again.labels)) == (0, 0, 0)
        assert again.skipped_links == 3 and again.skipped_labels == 4


def test_csv_writes_links_and_labels_beside_the_spans(source, tmp_path):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        report = registry.export(p, "csv", out)
    assert report.files == [tmp_path / "set.links.csv", tmp_path / "set.documents.csv"]
    rows = (tmp_path / "set.links.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == (
        "document_sha256,link_id,type,source_span_id,target_span_id,source_start,source_end,target_start,target_end,"
        "note,annotator,created_at"
    )
    assert len(rows) == 5 and rows[1].split(",")[2:9] == ["evidence", "1", "2", *map(str, at(KYIV, "8,000 troops")),
                                                            *map(str, at(KYIV, "troops” moved"))]
    labels = (tmp_path / "set.documents.csv").read_text(encoding="utf-8-sig").splitlines()
    assert labels[0] == "document_sha256,document_id,document_title,category,value,annotator,created_at"
    assert [r.split(",")[3:6] for r in labels[1:]] == [
        ["topic", "politics", "ana"], ["topic", "war", "ana"], ["genre", "news", "ben"], ["stance", "neutral", "ana"]
    ]


def test_csv_links_can_go_elsewhere_and_a_stale_companion_is_replaced(source, tmp_path):
    (tmp_path / "set.documents.csv").write_text("old labels\n", encoding="utf-8")
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", tmp_path / "set.csv", links=tmp_path / "rel.csv")
    with fresh(tmp_path / "empty.newsmark") as p:  # no labels: the old companion must not survive
        registry.export(p, "csv", tmp_path / "set2.csv")
        (tmp_path / "set2.documents.csv").write_text("stale\n", encoding="utf-8")
        registry.export(p, "csv", tmp_path / "set2.csv")
    assert (tmp_path / "rel.csv").exists() and not (tmp_path / "set.links.csv").exists()
    assert (tmp_path / "set2.documents.csv").read_text(encoding="utf-8-sig").count("\n") == 1  # the header only
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, tmp_path / "set.csv", links=tmp_path / "rel.csv")
        assert len(plan.links) == 3


def test_a_companion_onto_the_project_is_refused_before_anything_is_written(source, tmp_path):
    from newsmark.core.formats.safetarget import UnsafeTargetError

    with Project.open(source, readonly=True) as p:
        with pytest.raises(UnsafeTargetError):
            registry.export(p, "csv", tmp_path / "set.csv", links=source)
    assert not (tmp_path / "set.csv").exists()


def test_a_csv_link_between_spans_the_project_already_has_is_matched_by_offsets(source, tmp_path):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    with fresh(tmp_path / "b.newsmark") as p:
        registry.load(p, out)
        for link in p.links(1):
            p.delete_links([link.id])
        # The spans file holds no rows now: links find their spans by document and offsets.
        out.write_text(out.read_text(encoding="utf-8-sig").splitlines()[0] + "\r\n", encoding="utf-8-sig")
        plan = registry.load(p, out)
        assert len(plan.links) == 3


@pytest.mark.parametrize("change, why", [
    (lambda s: s.replace(",evidence,", ",,", 1), "the link type is empty"),
    (lambda s: s.replace(",evidence,", ",bad\tname,", 1), "link type"),
])
def test_a_bad_csv_link_adds_nothing_at_all(source, tmp_path, change, why):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    links = tmp_path / "set.links.csv"
    links.write_text(change(links.read_text(encoding="utf-8-sig")), encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match=re.escape(why)):
            registry.load(p, out)
        assert contents(p) == (set(), set(), set())


@pytest.mark.parametrize("name", LINKED)
def test_a_project_s_own_export_loads_back_with_kept_links_and_every_analyst_s_answer(source, tmp_path, name):
    # A retag the analyst confirmed keeps a link its type no longer allows, and a merge keeps two analysts'
    # different answers to a single-choice category: the project holds both, so its export must load back.
    with Project.open(source) as p:
        kyiv = p.documents()[0].id
        figure = next(s for s in p.spans(kyiv) if p.tag(s.tag_id).name == "figure")
        p.update_span(figure.id, tag_id=next(t.id for t in p.tags() if t.name == "location"))
        if name != "brat":  # brat keeps no annotators: two answers there cannot be told from one analyst's slip
            genre = next(c.id for c in p.categories() if c.name == "genre")
            p.restore_document_labels([DocumentLabel(kyiv, genre, "opinion", "cyd", "2026-01-01T00:00:00Z")])
        want = contents(p)
    out = tmp_path / "1" / SUFFIX[name]
    out.parent.mkdir()
    with Project.open(source, readonly=True) as p:
        registry.export(p, name, out)
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, out)
        spans, links, labels = contents(p)
    assert (spans, labels) == (want[0], want[2])
    assert {k[:3] for k in links} == {k[:3] for k in want[1]}
    assert [line for line in plan.kept_not_allowed if "'evidence' link from a 'location' span" in line]


def test_one_analyst_giving_a_single_choice_category_two_values_is_still_refused(source, tmp_path):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    labels = tmp_path / "set.documents.csv"
    rows = labels.read_text(encoding="utf-8-sig").splitlines()
    news = next(r for r in rows if ",genre,news," in r)
    labels.write_text("\r\n".join(rows + [news.replace(",genre,news,", ",genre,opinion,")]) + "\r\n", encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="genre takes one value"):
            registry.load(p, out)
        assert contents(p) == (set(), set(), set())


def test_a_label_the_category_does_not_offer_adds_nothing(source, tmp_path):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    labels = tmp_path / "set.documents.csv"
    labels.write_text(labels.read_text(encoding="utf-8-sig").replace(",news,", ",gossip,"), encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="genre offers news, opinion, analysis, not 'gossip'"):
            registry.load(p, out)
        assert contents(p) == (set(), set(), set())


def test_unknown_link_types_and_categories_are_created(source, tmp_path):
    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    for name, old, new in (("set.links.csv", ",evidence,", ",supports,"), ("set.documents.csv", ",genre,news,", ",format,long read,")):
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8-sig").replace(old, new), encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, out)
        assert [t.name for t in plan.new_link_types] == ["supports"] and plan.new_link_types[0].sources == ()
        assert [(c.name, c.choices) for c in plan.new_categories] == [("format", ("long read",))]


def test_brat_writes_relations_equivalences_and_a_document_entity(source, tmp_path):
    out = tmp_path / "brat"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "brat", out)
    kyiv = (out / "0001-doc-0.ann").read_text(encoding="utf-8").splitlines()
    assert all(STANDOFF.match(line) for line in kyiv), kyiv
    assert "R1\tevidence Arg1:T1 Arg2:T2\t" in kyiv and "#5\tAnnotatorNotes R1\tthe figure backs it" in kyiv
    assert "*\tsame_as T4 T3" in kyiv
    assert f"T5\tnewsmark_document 0 {KYIV.index(chr(10))}\t{KYIV.splitlines()[0]}" in kyiv
    assert kyiv[-3:] == ["A1\ttopic T5 politics", "A2\ttopic T5 war", "A3\tgenre T5 news"]


BRAT_CORPUS = f"""T1\tProtein 0 4\tKyiv
T2\tProtein {at(KYIV, "“8,00")[0]} {at(KYIV, "“8,00")[1]}\t“8,00
T3\tTrigger {at(KYIV, "Kursk")[0]} {at(KYIV, "Kursk")[1]}\tKursk
E1\tBinding:T3 Theme:T1 Theme2:T2
R1\tPart-of Arg1:T1 Arg2:T2\t
R2\tCause Arg1:E1 Arg2:T2\t
*\tEquiv T1 T2 T3
A1\tNegation E1
M2\tSpeculation E1
N1\tReference T1 Wikipedia:123\tKyiv
#1\tAnnotatorNotes E1\ta note on an event
#2\tAnnotatorNotes T1\tcapital
"""


def test_a_real_brat_file_loads_its_relations_and_names_what_it_cannot_hold(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(KYIV, encoding="utf-8")
    (folder / "a.ann").write_text(BRAT_CORPUS, encoding="utf-8")
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, folder)
        _, links, _ = contents(p)
        quote, kursk = at(KYIV, "“8,00")[0], at(KYIV, "Kursk")[0]
        assert sorted((k[0], k[1][2], k[2][2]) for k in links) == [
            ("Equiv", 0, quote), ("Equiv", quote, kursk), ("Part-of", 0, quote),
        ]
        assert {t.name: t.symmetric for t in plan.new_link_types} == {"Part-of": False, "Equiv": True}
        assert [line.split(":")[0] for line in plan.not_held] == [
            "a.ann line 4", "a.ann line 6", "a.ann line 8", "a.ann line 9", "a.ann line 10", "a.ann line 11",
        ]
        assert "an event (E)" in plan.not_held[0] and "a normalization (N)" in plan.not_held[4]
        assert next(s for s in p.spans(1) if s.start == 0).note == "capital"


def test_a_brat_relation_to_an_undefined_span_adds_nothing(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(KYIV, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tplace 0 4\tKyiv\nR1\tabout Arg1:T1 Arg2:T9\t\n", encoding="utf-8")
    with fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="R1 names T9, which the file does not define"):
            registry.load(p, folder)
        assert p.spans(1) == []


def test_label_studio_tasks_have_relations_and_choices_and_the_config_declares_them(source, tmp_path):
    import xml.etree.ElementTree as ET

    from newsmark.core.formats.labelstudioset import labelling_config
    from tests.core.formats.test_labelstudioset import check_task_shape

    out = tmp_path / "set.json"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "labelstudio", out)
        config = ET.fromstring(labelling_config(p))
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    results = task["annotations"][0]["result"]
    spans = {r["id"] for r in results if r["type"] == "labels"}
    relations = [r for r in results if r["type"] == "relation"]
    assert [(r["labels"], r["direction"]) for r in relations] == [(["evidence"], "right"), (["about"], "right"), (["same_as"], "bi")]
    assert all(r["from_id"] in spans and r["to_id"] in spans for r in relations)
    choices = [r for r in results if r["type"] == "choices"]
    assert [(r["from_name"], r["to_name"], r["value"]["choices"]) for r in choices] == [
        ("topic", "text", ["politics", "war"]), ("genre", "text", ["news"])
    ]
    named = {c.get("name"): c for c in config.iter("Choices")}
    assert all(r["from_name"] in named for r in choices) and named["topic"].get("choice") == "multiple"
    assert [r.get("value") for r in config.iter("Relation")] == ["evidence", "about", "said_by", "same_as"]
    check_task_shape({**task, "annotations": [{"result": [r for r in results if r["type"] == "labels"]}]})


def test_doccano_lines_take_the_relation_layout_when_links_exist(source, tmp_path):
    out = tmp_path / "set.jsonl"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "jsonl", out)
    kyiv, seoul = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert "label" not in kyiv and "label" not in seoul
    entities = {e["id"]: e for e in kyiv["entities"]}
    for relation in kyiv["relations"]:
        assert set(relation) == {"id", "from_id", "to_id", "type"}
        assert relation["from_id"] in entities and relation["to_id"] in entities
    assert kyiv["cats"] == ["topic:politics", "topic:war", "genre:news"] and seoul["cats"] == ["stance:neutral"]


def test_doccano_text_classification_lines_give_document_labels(tmp_path):
    out = tmp_path / "set.jsonl"
    out.write_text(json.dumps({"text": KYIV, "label": ["war", "urgent"]}) + "\n", encoding="utf-8")
    with fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, out)
        assert [(c.name, c.choices, c.multiple) for c in plan.new_categories] == [("label", ("war", "urgent"), True)]
        assert [d.value for d in p.document_labels(1)] == ["urgent", "war"]


def test_spacy_docs_carry_cats_and_links(source, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "spacy", out)
    kyiv, seoul = DocBin().from_disk(out).get_docs(spacy.blank("en").vocab)
    assert kyiv.cats == {
        "topic:politics": 1.0, "topic:economy": 0.0, "topic:war": 1.0, "topic:society": 0.0, "topic:other": 0.0,
        "genre:news": 1.0, "genre:opinion": 0.0, "genre:analysis": 0.0,
    }
    assert seoul.cats == {"stance:supportive": 0.0, "stance:neutral": 1.0, "stance:critical": 0.0}
    meta = kyiv.user_data["newsmark"]
    assert [(k["type"], k["note"]) for k in meta["links"]] == [("evidence", "the figure\nbacks it"), ("about", ""), ("same_as", "")]
    assert all(k["source_id"] in meta["span_ids"] and k["target_id"] in meta["span_ids"] for k in meta["links"])


def test_filters_keep_only_links_whose_two_spans_are_kept(source, tmp_path):
    out = tmp_path / "set.csv"
    assert main(["export", str(source), "-o", str(out), "--tag", "location", "--tag", "claim"]) == 0
    rows = (tmp_path / "set.links.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert [r.split(",")[2] for r in rows] == ["about", "same_as"]


def test_the_cli_says_what_it_exported_and_loaded(source, tmp_path, capsys):
    out = tmp_path / "set.csv"
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"exported 5 spans, 3 links, 4 document labels to {out}\n"
    with fresh(tmp_path / "b.newsmark"):
        pass
    assert main(["load", str(tmp_path / "b.newsmark"), str(out)]) == 0
    assert capsys.readouterr().out == "added 5 spans (0 new tags), 3 links, 4 document labels; skipped 0 already present\n"


@pytest.mark.parametrize("name, suffix", [("jsonl", ".jsonl"), ("labelstudio", ".json"), ("xlsx", ".xlsx")])
def test_every_format_counts_spans_links_and_labels_apart(source, tmp_path, capsys, name, suffix):
    # Label Studio once counted its relations and choices as spans ("exported 12 spans"), and doccano said nothing
    # of the links and labels it wrote.
    out = tmp_path / f"set{suffix}"
    assert main(["export", str(source), "--format", name, "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"exported 5 spans, 3 links, 4 document labels to {out}\n"


def test_the_cli_warns_about_brat_lines_it_cannot_hold(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(KYIV, encoding="utf-8")
    (folder / "a.ann").write_text(BRAT_CORPUS, encoding="utf-8")
    with fresh(tmp_path / "b.newsmark"):
        pass
    assert main(["load", str(tmp_path / "b.newsmark"), str(folder)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "newsmark: warning: 6 lines of the set are not loaded (Newsmark cannot hold them):"
    assert err[1].startswith("newsmark: warning: a.ann line 4: an event (E)")


def test_links_is_for_csv_only(source, tmp_path):
    with Project.open(source, readonly=True) as p:
        with pytest.raises(NewsmarkError, match="--links is for csv"):
            registry.export(p, "jsonl", tmp_path / "x.jsonl", links=tmp_path / "l.csv")


def test_a_jsonl_export_of_documents_without_spans_loads_back(tmp_path):
    out = tmp_path / "set.jsonl"
    with fresh(tmp_path / "a.newsmark") as p:
        registry.export(p, "jsonl", out)
        assert len(registry.load(p, out).spans) == 0  # it used to say the file "holds no document lines"


def test_a_links_file_that_is_the_project_is_never_opened(source, tmp_path, capsys):
    out = tmp_path / "set.csv"
    assert main(["export", str(source), "-o", str(out), "--links", str(tmp_path / "rel.csv")]) == 0
    with fresh(tmp_path / "b.newsmark"):
        pass
    assert main(["load", str(tmp_path / "b.newsmark"), str(out), "--links", str(tmp_path / "b.newsmark")]) == 1
    assert "is the open project" in capsys.readouterr().err
    assert main(["load", str(tmp_path / "b.newsmark"), str(out), "--links", str(tmp_path / "rel.csv")]) == 0
    assert ", 3 links, 4 document labels;" in capsys.readouterr().out


def test_a_load_s_links_labels_and_new_types_can_be_taken_out_and_put_back_exactly(source, tmp_path):
    from newsmark.core.formats.linkload import put_back_extras, take_out_extras

    out = tmp_path / "set.csv"
    with Project.open(source, readonly=True) as p:
        registry.export(p, "csv", out)
    links = tmp_path / "set.links.csv"
    links.write_text(links.read_text(encoding="utf-8-sig").replace(",evidence,", ",supports,"), encoding="utf-8-sig")
    with fresh(tmp_path / "b.newsmark") as p:
        before = (p.link_types(), p.categories())
        p.add_span(1, p.tags()[0].id, 0, 4)  # a span of the project's own, untouched by the undo
        last, _ = p.newest_ids()
        plan = registry.load(p, out)
        loaded = p.spans_since(last)
        after = (contents(p), p.link_types(), p.categories(), [p.document_labels(d.id) for d in p.documents()])
        take_out_extras(p, plan)
        p.delete_spans([s.id for s in loaded])  # what the window's undo does with the spans
        assert (p.link_types(), p.categories()) == before
        assert contents(p)[1:] == (set(), set()) and len(p.spans(1)) == 1
        p.restore_spans(loaded)
        put_back_extras(p, plan)
        assert (contents(p), p.link_types(), p.categories(), [p.document_labels(d.id) for d in p.documents()]) == after
