"""brat standoff: files brat reads (checked by the standoff grammar), fragments, notes, round trips."""

from __future__ import annotations

import re

import pytest

from newsmark.core.formats.bratset import export_brat_folder, fragments, load_brat_folder
from newsmark.core.errors import AnnotationSetError
from newsmark.core.storage import Project

TEXT = "Kyiv 👨‍👩‍👧 said:\n“8,000 troops” moved.\n"
# brat's standoff grammar for text-bound annotations and notes.
STANDOFF = re.compile(r"^(T\d+\t[A-Za-z_][\w-]* \d+ \d+(;\d+ \d+)*\t[^\n]*|#\d+\tAnnotatorNotes T\d+\t[^\n]*)$")


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv: troops", TEXT)
        p.add_tag("armed group", "#000000")
        p.add_span(doc.id, p.tags()[0].id, 0, TEXT.index("moved") + 5, note="two\nlines")  # crosses a line break
        p.add_span(doc.id, p.tags()[-1].id, TEXT.index("troops"), TEXT.index("troops") + 6)
    return path


def test_fragments_split_at_line_breaks_only():
    assert fragments("ab\ncd\n\nef", 0, 9) == [(0, 2), (3, 5), (7, 9)]
    assert fragments("abc", 1, 3) == [(1, 3)]


def test_the_folder_holds_exact_text_and_standoff_lines(source, tmp_path):
    out = tmp_path / "brat"
    with Project.open(source, readonly=True) as p:
        assert export_brat_folder(p, out).spans == 2
    (txt,) = out.glob("*.txt")
    assert txt.read_bytes() == TEXT.encode("utf-8") and txt.stem == "0001-Kyiv-troops"
    lines = txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines()
    assert all(STANDOFF.match(line) for line in lines), lines
    first = lines[0].split("\t")
    assert first[1] == f"claim 0 {TEXT.index(chr(10))};{TEXT.index(chr(10)) + 1} {TEXT.index('moved') + 5}"
    assert lines[1] == "#1\tAnnotatorNotes T1\ttwo lines"
    assert lines[2].split("\t")[1].startswith("armed_group ")
    for line in lines:  # every fragment is the exact text at its code point offsets
        if line.startswith("T"):
            _, where, shown = line.split("\t")
            pieces = [tuple(map(int, f.split())) for f in where.split(" ", 1)[1].split(";")]
            assert " ".join(TEXT[a:b] for a, b in pieces) == shown


def test_export_load_export_is_identical(source, tmp_path):
    first, second = tmp_path / "1", tmp_path / "2"
    with Project.open(source, readonly=True) as p:
        export_brat_folder(p, first)
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        p.add_document("Kyiv: troops", TEXT)
        p.add_tag("armed group", "#000000")
        assert len(load_brat_folder(p, first).spans) == 2
        export_brat_folder(p, second)
    for a in sorted(first.iterdir()):
        assert (second / a.name).read_bytes() == a.read_bytes()


def test_a_wrong_annotation_adds_nothing(source, tmp_path):
    out = tmp_path / "brat"
    with Project.open(source, readonly=True) as p:
        export_brat_folder(p, out)
    ann = next(out.glob("*.ann"))
    ann.write_text(ann.read_text(encoding="utf-8").replace("troops\n", "soldiers\n"), encoding="utf-8")
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        p.add_document("Kyiv: troops", TEXT)
        with pytest.raises(AnnotationSetError, match="does not match the .txt"):
            load_brat_folder(p, out)
        assert p.spans(1) == []


def test_the_cli_exports_and_loads_a_brat_folder(source, tmp_path, capsys):
    from newsmark.cli import main
    assert main(["export", str(source), "--format", "brat"]) == 1
    assert "-o FOLDER" in capsys.readouterr().err
    assert main(["export", str(source), "--format", "brat", "-o", str(tmp_path / "brat")]) == 0
    (tmp_path / "t.txt").write_bytes(TEXT.encode("utf-8"))
    target = tmp_path / "b.newsmark"
    assert main(["add", str(target), str(tmp_path / "t.txt")]) == 0
    capsys.readouterr()
    assert main(["load", str(target), str(tmp_path / "brat")]) == 0
    assert capsys.readouterr().out == "added 2 spans (1 new tag); skipped 0 already present\n"


def test_a_span_ending_on_a_line_break_is_trimmed_and_reported_never_silently(tmp_path, capsys):
    from newsmark.cli import main
    from newsmark.core.formats import registry

    text = "Kyiv.\nTroops moved.\n\nEnd."
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", text)
        claim = p.tags()[0].id
        p.add_span(doc.id, claim, 6, 20)  # "Troops moved.\n": ends on a line break
        p.add_span(doc.id, claim, 6, 19)  # the same words without it
        p.add_span(doc.id, claim, 5, 9)  # "\nTro": starts on one
        p.add_span(doc.id, claim, 19, 21)  # "\n\n": nothing brat can mark
        report = registry.export(p, "brat", tmp_path / "brat")
    assert report.spans == 3
    lines = sorted(p.line() for p in report.problems)
    assert lines == [
        "document 1 ('Kyiv') 19-21 claim '\\n\\n': it holds only line breaks, which a brat annotation cannot mark",
        "document 1 ('Kyiv') 5-9 claim '\\nTro': written as 6-9: a brat annotation cannot start or end on a line break",
        "document 1 ('Kyiv') 6-20 claim 'Troops moved.\\n': written as 6-19: a brat annotation cannot start or end on a line break",
    ]
    assert report.summary().splitlines()[0] == "2 spans were written with other offsets and 1 left out:"
    assert main(["export", str(path), "--format", "brat", "-o", str(tmp_path / "again")]) == 0
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 4 and all(w.startswith("newsmark: warning: document 1") for w in warnings[:3])
    assert warnings[3] == "newsmark: warning: the brat format has no place for: spans' annotators (3); they are not in the file"


def test_fragments_never_hold_any_line_break_the_ann_reader_splits_at():
    text = "a\u2028b\rc\x0bd"
    assert fragments(text, 0, len(text)) == [(0, 1), (2, 3), (4, 5), (6, 7)]


def test_spans_across_unicode_line_separators_round_trip(tmp_path):
    text = "Kyiv\u2028said\x85no."
    with Project.open(tmp_path / "a.newsmark", create=True) as p:
        doc, _ = p.add_document("Kyiv", text)
        p.add_span(doc.id, p.tags()[0].id, 0, len(text))
        assert export_brat_folder(p, tmp_path / "brat").problems == []
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        p.add_document("Kyiv", text)
        assert [(s.start, s.end) for s in load_brat_folder(p, tmp_path / "brat").spans] == [(0, len(text))]


def test_the_report_names_what_brat_has_no_place_for(tmp_path):
    path = tmp_path / "who.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", TEXT)
        figure = next(t for t in p.tags() if t.name == "figure")
        p.add_span(doc.id, figure.id, TEXT.index("8,000"), TEXT.index("8,000") + 5, annotator="ana",
                   attributes='{"value": "8000"}')
        p.add_span(doc.id, figure.id, 0, 4, annotator="")
    with Project.open(path, readonly=True) as p:
        report = export_brat_folder(p, tmp_path / "brat")
    assert report.not_held == {"spans' annotators": 1, "spans' attribute values": 1}
    assert report.not_held_line("brat") == (
        "the brat format has no place for: spans' annotators (1); spans' attribute values (1); they are not in the file")


def test_nothing_is_reported_lost_when_nothing_was_there(tmp_path):
    path = tmp_path / "anonymous.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", TEXT)
        p.add_span(doc.id, p.tags()[0].id, 0, 4, annotator="", note="a note brat holds")
    with Project.open(path, readonly=True) as p:
        report = export_brat_folder(p, tmp_path / "brat")
    assert report.not_held == {} and report.not_held_line("brat") == ""
