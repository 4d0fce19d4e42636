"""Loading CoNLL sets back: exactly the spans the export wrote, documents found by their text, each bad line named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import conllread, registry
from newsmark.core.formats.conllmatch import GAPS
from newsmark.core.formats.conllread import load_conll_file
from newsmark.core.storage import Project
from newsmark.core.text.tokens import trim_gaps
from tests.core.formats.test_conllset import KYIV, SEOUL, at, source  # noqa: F401 (source is a fixture)

DATA = Path(__file__).parent / "data"


def fresh(path: Path, *texts: str, tags: tuple[str, ...] = ()) -> Project:
    project = Project.open(path, create=True)
    for number, text in enumerate(texts, 1):
        project.add_document(f"d{number}", text)
    for tag in tags:
        project.add_tag(tag, "#000000")
    return project


def loaded(project: Project) -> list[tuple[int, int, int, str]]:
    """(document position, start, end, tag) of every span, sorted."""
    names = {t.id: t.name for t in project.tags()}
    order = {d.id: n for n, d in enumerate(project.documents(), 1)}
    return sorted((order[d], s.start, s.end, names[s.tag_id]) for d in order for s in project.spans(d))


def write(tmp_path: Path, text: str, name: str = "set.conll") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_exactly_the_spans_the_export_wrote_come_back(source, tmp_path):  # noqa: F811
    out = tmp_path / "train.conll"
    with Project.open(source, readonly=True) as p:
        report = registry.export(p, "conll", out)
        left_out = {(pr.document_id, pr.start, pr.end, pr.tag) for pr in report.problems}
        names = {t.id: t.name for t in p.tags()}
        want = sorted(
            (d.id, s.start, s.end, names[s.tag_id]) for d in p.documents() for s in p.spans(d.id)
            if (d.id, s.start, s.end, names[s.tag_id]) not in left_out
        )
    with fresh(tmp_path / "b.newsmark", KYIV, SEOUL, tags=("armed group",)) as p:
        plan = registry.load(p, out)
        assert len(plan.spans) == report.spans == len(want) == 9
        assert loaded(p) == want  # emoji, combining marks, U+2028 inside a span, "armed group" back from armed_group
        assert (tmp_path / "again.conll").exists() is False
        registry.export(p, "conll", tmp_path / "again.conll")
    assert (tmp_path / "again.conll").read_bytes() == out.read_bytes()


def test_a_tag_the_project_lacks_is_made_with_the_files_name(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nArmed B-armed_group\nmen I-armed_group\nleft O\n")
    with fresh(tmp_path / "p.newsmark", "Armed men left") as p:
        plan = load_conll_file(p, path)
        assert [t.name for t in plan.new_tags] == ["armed_group"]
        assert loaded(p) == [(1, 0, 9, "armed_group")]


def test_documents_are_found_by_their_text_in_any_order_and_a_filtered_export_loads(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nKyiv B-place\nis O\nfar O\n. O\n\n"
                           "-DOCSTART- O\n\nAna B-person\nmet O\nBo I-person\n. O\n")  # "Bo left." is not in it
    with fresh(tmp_path / "p.newsmark", "Ana met Bo.", "Bo left.", "Kyiv is far.") as p:
        load_conll_file(p, path)
        assert loaded(p) == [(1, 0, 3, "person"), (1, 8, 10, "person"), (3, 0, 4, "place")]


def test_text_that_differs_only_in_white_space_goes_to_the_first_document_not_yet_used(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nAna B-person\nmet O\n\n-DOCSTART- O\n\nAna O\nmet B-verb\n")
    with fresh(tmp_path / "p.newsmark", "Ana met", "Ana  met", "Ana\nmet") as p:
        load_conll_file(p, path)
        assert loaded(p) == [(1, 0, 3, "person"), (2, 5, 8, "verb")]


@pytest.mark.parametrize("tags, want", [
    (["B-ORG", "I-ORG", "O", "B-PER", "B-PER"], [(0, 7, "ORG"), (12, 14, "PER"), (15, 17, "PER")]),  # IOB2
    (["I-ORG", "I-ORG", "O", "I-PER", "B-PER"], [(0, 7, "ORG"), (12, 14, "PER"), (15, 17, "PER")]),  # IOB1
    (["I-ORG", "I-PER", "O", "I-PER", "I-PER"], [(0, 3, "ORG"), (4, 7, "PER"), (12, 17, "PER")]),  # type changes
    (["B-ORG", "E-ORG", "O", "S-PER", "U-PER"], [(0, 7, "ORG"), (12, 14, "PER"), (15, 17, "PER")]),  # BIOES, BILOU
    (["B-ORG", "L-ORG", "I-ORG", "O", "O"], [(0, 7, "ORG"), (8, 11, "ORG")]),  # an I- after a run's last token
])
def test_iob2_iob1_and_bioes_runs(tmp_path, tags, want):
    words = ["Abc", "Def", "and", "Al", "Bo"]
    text = "Abc Def and Al Bo"
    path = write(tmp_path, "".join(f"{w} {t}\n" for w, t in zip(words, tags)))
    with fresh(tmp_path / "p.newsmark", text) as p:
        load_conll_file(p, path)
        assert loaded(p) == [(1, *span) for span in want]


def test_a_span_never_crosses_a_blank_line(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nNew B-place\n\nYork I-place\n")
    with fresh(tmp_path / "p.newsmark", "New\nYork") as p:
        load_conll_file(p, path)
        assert loaded(p) == [(1, 0, 3, "place"), (1, 4, 8, "place")]


def test_a_public_conll_2003_style_file_loads_into_a_project_of_its_text(tmp_path):
    lines = (DATA / "spacy-conll-ner.conll").read_text(encoding="utf-8").split("\n")
    text = " ".join(line.split()[0] for line in lines[2:] if line.strip()).replace(" . ", " .\n")
    with fresh(tmp_path / "p.newsmark", text) as p:
        assert registry.detect(DATA / "spacy-conll-ner.conll").name == "conll"
        plan = registry.load(p, DATA / "spacy-conll-ner.conll")
        assert [t.name for t in plan.new_tags] == ["GPE"]
        spans = loaded(p)
        assert [text[s:e] for _, s, e, _ in spans] == ["London", "New York City"] * 3
        assert {tag for *_, tag in spans} == {"GPE"}


def test_a_token_that_is_not_in_the_text_is_named_by_its_line_and_nothing_is_added(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nAna B-person\nsaid O\n\n"
                           "-DOCSTART- O\n\nKyiv B-place\nis O\nnear O\n. O\n")
    with fresh(tmp_path / "p.newsmark", "Ana said", "Kyiv is far.") as p:
        with pytest.raises(AnnotationSetError) as caught:
            load_conll_file(p, path)
        assert caught.value.problems == [
            (10, "the closest document, 2 ('d2'), parts here: token 'near' is not the text at 8: 'far.'")
        ]
        assert "set.conll: 1 bad line(s), nothing added: line 10:" in str(caught.value)
        assert loaded(p) == []  # the first document's span did not go in either: one transaction


def test_a_document_whose_text_goes_on_is_not_loaded_as_a_prefix(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\nKyiv B-place\n")
    with fresh(tmp_path / "p.newsmark", "Kyiv said so.\n") as p:
        with pytest.raises(AnnotationSetError, match=r"line 3: .*the text goes on after this last token: 'said so.\\n'"):
            load_conll_file(p, path)


def test_text_in_no_document_says_how_it_starts(tmp_path):
    path = write(tmp_path, "Zagreb B-place\n")
    with fresh(tmp_path / "p.newsmark", "Kyiv") as p:
        with pytest.raises(AnnotationSetError, match=r"line 1: no document of the project .* start 'Zagreb'"):
            load_conll_file(p, path)


def test_each_unknown_tag_is_reported_once_with_its_first_line(tmp_path):
    path = write(tmp_path, "Abc PER\nDef PER\nand O\nAl X-PER\nBo\n")
    with fresh(tmp_path / "p.newsmark", "Abc Def and Al Bo") as p:
        with pytest.raises(AnnotationSetError) as caught:
            load_conll_file(p, path)
    assert caught.value.problems == [
        (1, "tag 'PER' is not O or B-, I-, E-, S-, L-, U- and a type (2 lines)"),
        (4, "tag 'X-PER' is not O or B-, I-, E-, S-, L-, U- and a type"),
        (5, "'Bo' has no tag after it (TOKEN TAG)"),
    ]


@pytest.mark.parametrize("data, message", [
    (b"", "holds no token lines"),
    (b"\n\n  \n", "holds no token lines"),
    ("Kyiv B-place\n".encode("latin-1") + b"caf\xe9 O\n", "is not UTF-8 text"),
    (b"Kyiv\x00 O\n", "holds binary data"),
])
def test_what_is_no_conll_text_is_one_line(tmp_path, data, message):
    path = tmp_path / "bad.conll"
    path.write_bytes(data)
    with fresh(tmp_path / "p.newsmark", "Kyiv café") as p:
        with pytest.raises(NewsmarkError, match=message) as caught:
            load_conll_file(p, path)
    assert "\n" not in str(caught.value)


def test_a_huge_file_and_a_folder_are_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "Kyiv B-place\n" * 100)
    monkeypatch.setattr(conllread, "MAX_BYTES", 1000)
    with fresh(tmp_path / "p.newsmark", "Kyiv") as p:
        with pytest.raises(NewsmarkError, match="larger than the 0 MB Newsmark loads as CoNLL; split it"):
            load_conll_file(p, path)
        with pytest.raises(NewsmarkError, match="is a folder, not a CoNLL file"):
            load_conll_file(p, tmp_path)


def test_crlf_files_and_a_bom_load(tmp_path):
    path = tmp_path / "win.conll"
    path.write_bytes(b"\xef\xbb\xbf-DOCSTART- O\r\n\r\nKyiv B-place\r\nsaid O\r\n")
    with fresh(tmp_path / "p.newsmark", "Kyiv said") as p:
        load_conll_file(p, path)
        assert loaded(p) == [(1, 0, 4, "place")]


def test_the_gap_pattern_is_exactly_what_tokens_skip():
    for code in range(0x110000):
        ch = chr(code)
        assert bool(GAPS.fullmatch(ch)) == (trim_gaps(ch, 0, 1) == (1, 1)), hex(code)


PIECES = st.sampled_from(
    ["Kyiv", "said", "8,000", "👨\u200d👩\u200d👧", "🇺🇦", "e\u0301", "東京", "’s", "-", ".", " ", "\n", "\u2028", "\t", "  "]
)


@st.composite
def annotated(draw):
    text = "".join(draw(st.lists(PIECES, min_size=1, max_size=14)))
    bounds = st.integers(0, len(text))
    spans = {(draw(st.sampled_from(["claim", "place", "armed group"])), *sorted(pair))
             for pair in draw(st.lists(st.tuples(bounds, bounds), max_size=6))}
    return text, sorted(s for s in spans if s[1] < s[2])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotated())
def test_every_span_the_export_writes_comes_back_exactly(tmp_path_factory, case):
    text, spans = case
    folder = tmp_path_factory.mktemp("round")
    with fresh(folder / "a.newsmark", text, tags=("place", "armed group")) as p:
        ids = {t.name: t.id for t in p.tags()}
        for tag, start, end in spans:
            p.add_span(p.documents()[0].id, ids[tag], start, end)
        report = registry.export(p, "conll", folder / "set.conll")
        left_out = {(pr.start, pr.end, pr.tag) for pr in report.problems}
    want = sorted({(1, *trim_gaps(text, s, e), tag) for tag, s, e in spans if (s, e, tag) not in left_out})
    with fresh(folder / "b.newsmark", text, tags=("place", "armed group")) as p:
        registry.load(p, folder / "set.conll")
        assert loaded(p) == want


def test_an_export_of_documents_without_tokens_loads_nothing(tmp_path):
    path = write(tmp_path, "-DOCSTART- O\n\n-DOCSTART- O\n\n")
    with fresh(tmp_path / "p.newsmark", " ", "\n") as p:
        assert load_conll_file(p, path).spans == []


def test_the_command_line_loads_conll_and_names_a_bad_line_in_one_line(tmp_path, capsys):
    from newsmark.cli import main

    good = write(tmp_path, "Kyiv B-place\nsaid O\n", "good.conll")
    bad = write(tmp_path, "Kyiv B-place\nsays O\n", "bad.txt")
    fresh(tmp_path / "p.newsmark", "Kyiv said").close()
    assert main(["load", str(tmp_path / "p.newsmark"), str(bad), "--format", "conll"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == (
        "newsmark: bad.txt: 1 bad line(s), nothing added: line 2: the closest document, 1 ('d1'), "
        "parts here: token 'says' is not the text at 5: 'said'\n"
    )
    assert main(["load", str(tmp_path / "p.newsmark"), str(good), "--format", "conll"]) == 0
    assert capsys.readouterr().out == "added 1 span (1 new tag); skipped 0 already present\n"


def test_a_control_character_inside_a_token_is_in_no_gap_and_does_not_crash(tmp_path):
    path = write(tmp_path, "Ab\x01c B-x\n")
    with fresh(tmp_path / "p.newsmark", "Ab\x01c", "Abc") as p:
        load_conll_file(p, path)  # its text without gaps is "Abc", as both documents' are: the first takes it
        assert loaded(p) == [(1, 0, 4, "x")]
    with fresh(tmp_path / "q.newsmark", "Abc") as p:
        with pytest.raises(AnnotationSetError, match="line 1: token 'Ab\\\\x01c' is not the text at 0"):
            load_conll_file(p, path)
