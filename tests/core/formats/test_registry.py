"""The format registry: one entry per format, content sniffing before suffixes, and every format's round trip through it."""

from __future__ import annotations

import pytest
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import registry, sniffing
from newsmark.core.formats.registry import UnknownFormatError
from newsmark.core.storage import Project

TEXT = "Kyiv said 8,000 troops moved.\nThe café stayed open.\n"


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Kyiv", TEXT)
        p.add_span(doc.id, 1, 0, 4, note="=capital")
        p.add_span(doc.id, 2, TEXT.index("8,000"), TEXT.index(" moved"))
        yield p


@pytest.fixture
def fresh(tmp_path):
    with Project.open(tmp_path / "fresh.newsmark", create=True) as p:
        p.add_document("Kyiv", TEXT)
        yield p


def test_every_format_is_one_entry_with_what_the_cli_and_dialogs_need():
    assert registry.NAMES == ("csv", "xlsx", "jsonl", "labelstudio", "brat", "spacy", "conll", "parquet")
    assert registry.LOADABLE == ("csv", "xlsx", "jsonl", "labelstudio", "brat", "spacy", "conll")
    for fmt in registry.FORMATS.values():
        assert fmt.description and callable(fmt.sniff) and callable(fmt.write)
        assert fmt.loadable == (fmt.name in registry.LOADABLE)
        assert (fmt.stream is None) == bool(fmt.needs_path)
    assert registry.FORMATS["brat"].folder and not registry.FORMATS["csv"].folder
    assert registry.LOAD_PATTERNS == ("*.csv", "*.xlsx", "*.jsonl", "*.json", "*.ann", "*.spacy", "*.conll")


@pytest.mark.parametrize("name", ["csv", "jsonl", "labelstudio", "brat"])
def test_each_loadable_format_is_recognised_by_content_whatever_its_name(project, fresh, tmp_path, name):
    target = tmp_path / ("set-folder" if name == "brat" else "set.labelstudio")  # a misleading suffix for the files
    assert registry.export(project, name, target).spans == 2
    assert registry.detect(target).name == name
    plan = registry.load(fresh, target)
    assert len(plan.spans) == 2
    again = tmp_path / "again"
    registry.export(fresh, name, again)
    first = sorted(p.read_bytes() for p in target.iterdir()) if target.is_dir() else target.read_bytes()
    second = sorted(p.read_bytes() for p in again.iterdir()) if again.is_dir() else again.read_bytes()
    assert first == second  # export → load → export is byte-identical through the registry


def test_a_label_studio_file_named_x_labelstudio_is_not_read_as_csv(project, fresh, tmp_path):
    path = tmp_path / "x.labelstudio"
    registry.export(project, "labelstudio", path)
    assert len(registry.load(fresh, path).spans) == 2


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".json"])
def test_jsonl_content_is_jsonl_under_any_name(project, fresh, tmp_path, suffix):
    path = tmp_path / f"set{suffix}"
    registry.export(project, "jsonl", path)
    assert registry.detect(path).name == "jsonl"
    assert len(registry.load(fresh, path).spans) == 2


def test_a_brat_ann_file_stands_for_its_folder(project, fresh, tmp_path):
    folder = tmp_path / "brat"
    registry.export(project, "brat", folder)
    (ann,) = folder.glob("*.ann")
    assert registry.detect(ann).name == "brat"
    assert len(registry.load(fresh, ann).spans) == 2


def test_the_suffix_decides_only_when_the_content_says_nothing(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("not json at all", encoding="utf-8")
    assert registry.detect(bad).name == "labelstudio"  # its reader then says what is wrong


def test_a_file_no_format_recognises_names_the_format_option(tmp_path, fresh):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match="--format") as caught:
        registry.load(fresh, path)
    assert "notes.txt" in str(caught.value) and "\n" not in str(caught.value)


def test_ambiguous_content_names_both_formats_and_the_option(tmp_path, monkeypatch):
    path = tmp_path / "set.dat"
    path.write_text("whatever\n", encoding="utf-8")
    monkeypatch.setattr(sniffing, "looks_like_csv", lambda prefix: True)
    entries = tuple(
        f if f.name not in ("csv", "jsonl") else registry.Format(**{**f.__dict__, "sniff": lambda prefix: True})
        for f in registry._ENTRIES
    )
    monkeypatch.setattr(registry, "_ENTRIES", entries)
    with pytest.raises(UnknownFormatError, match=r"could be csv or jsonl.*--format"):
        registry.detect(path)
    assert registry.detect(path.rename(tmp_path / "set.jsonl")).name == "jsonl"  # the suffix breaks the tie


def test_a_conll_set_loads_back_through_the_registry(project, fresh, tmp_path):
    path = tmp_path / "t.conll"
    assert registry.export(project, "conll", path).spans == 2
    assert registry.detect(path).name == "conll"
    assert len(registry.load(fresh, path).spans) == 2


@pytest.mark.parametrize("text, conll", [
    ("Kyiv B-place\nsaid O\n", True),
    ("EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n", True),
    ("Kyiv\tB-place\r\n\r\nsaid\tO\r\n", True),
    ("just some notes\n", False),
    ("T1\tplace 0 4\tKyiv\n", False),
    ("Kyiv B-place\nsaid so\n", False),
])
def test_conll_without_docstart_is_told_by_its_tag_column(text, conll):
    assert sniffing.looks_like_conll(text.encode("utf-8")) is conll


def test_spacy_docbins_are_recognised(project, tmp_path):
    pytest.importorskip("spacy")
    path = tmp_path / "t.bin"
    registry.export(project, "spacy", path)
    assert registry.detect(path).name == "spacy"


def test_sniffing_reads_a_bounded_prefix(tmp_path, monkeypatch):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x" * (3 * sniffing.PREFIX_BYTES) + '", "label": []}\n', encoding="utf-8")
    seen = []

    def recording(sniff):
        return lambda prefix: seen.append(len(prefix)) or sniff(prefix)

    entries = tuple(registry.Format(**{**f.__dict__, "sniff": recording(f.sniff)}) for f in registry._ENTRIES)
    monkeypatch.setattr(registry, "_ENTRIES", entries)
    assert registry.detect(path).name == "jsonl"
    assert seen and max(seen) == sniffing.PREFIX_BYTES


def test_unknown_format_names_the_known_ones(project, tmp_path):
    with pytest.raises(NewsmarkError, match="use one of csv, xlsx, jsonl"):
        registry.export(project, "xml", tmp_path / "x.xml")


def test_stdout_refuses_folder_and_binary_formats(project):
    import io

    for name in ("brat", "spacy"):
        with pytest.raises(NewsmarkError, match="-o"):
            registry.export_stream(project, name, io.StringIO())
