"""The one add pipeline: folders, progress, cancel, duplicates, the project's own files, names that are not UTF-8."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from newsmark.core.articles import plaintext, read_article
from newsmark.core.articles.adding import CollectedArticles, ProjectSink, add_articles, is_project_file
from newsmark.core.errors import DocumentImportError
from newsmark.core.storage import Project

HOSTILE = Path(__file__).resolve().parents[2] / "hostile_articles"
DATA = Path(__file__).resolve().parents[2] / "data"


class ListSink:
    """A sink that numbers what it is given and knows no text beforehand."""

    def __init__(self):
        self.added = []

    def find(self, _sha256):
        return None

    def add(self, imported):
        self.added.append(imported)
        return len(self.added)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_progress_is_reported_before_each_file_and_cancel_stops_there(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / "in", name, f"Article {name}\n")
    seen = []
    report = add_articles(
        ListSink(), [tmp_path / "in"], progress=lambda *step: seen.append(step), cancel=lambda: len(seen) > 2
    )
    assert seen == [(0, 3, "in/a.txt"), (1, 3, "in/b.txt"), (2, 3, "in/c.txt")]
    assert [r.name for r in report.results] == ["in/a.txt", "in/b.txt"] and report.cancelled == 1


def test_the_same_text_twice_in_one_add_is_added_once(tmp_path):
    first = write(tmp_path, "a.txt", "One text\n")
    second = write(tmp_path, "b.txt", "One text\n")
    collected = CollectedArticles(_FakeProject())
    report = add_articles(collected, [first, second])
    assert len(collected.texts) == 1 and report.count("skipped") == 1
    assert report.results[1].message == 'skipped "b.txt": it has the same text as "a.txt"'


class _FakeProject:
    def find_document(self, _sha256):
        return None


def test_a_text_already_in_the_project_is_skipped_with_its_id(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kept", "One text\n")
        report = add_articles(CollectedArticles(project), [write(tmp_path, "again.txt", "One text\n")])
    (result,) = report.results
    assert (result.status, result.document_id) == ("skipped", 1)


def test_an_empty_folder_and_an_unlistable_subfolder_are_failures(tmp_path, monkeypatch):
    write(tmp_path / "in" / "locked", "a.txt", "Hidden\n")
    write(tmp_path / "in", "b.txt", "Seen\n")
    (tmp_path / "empty").mkdir()
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":  # faked: chmod does not stop root, which CI containers run as
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = add_articles(ListSink(), [tmp_path / "in", tmp_path / "empty"])
    assert report.problems == [
        f'"{tmp_path / "empty"}" holds no article files; nothing was added from it',
        '"in/locked" cannot be read (permission denied); the files in it were not added.',
    ]
    assert report.count("added") == 1


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal", ".lock", ".v3.bak"])
def test_the_project_and_its_companions_are_known_by_name(tmp_path, companion):
    project = tmp_path / "corpus.txt"
    assert is_project_file(tmp_path / f"corpus.txt{companion}", project)
    assert not is_project_file(tmp_path / f"corpus.txt{companion}x", project)
    assert not is_project_file(tmp_path / "other" / f"corpus.txt{companion}", project)


def test_a_folder_holding_the_open_project_never_opens_its_file(tmp_path, monkeypatch):
    folder = tmp_path / "work"
    write(folder, "note.txt", "A note\n")
    opened = []
    real_open = open

    def spy(path, *args, **kwargs):
        opened.append(Path(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(plaintext, "open", spy, raising=False)
    # A project named like an article: only the name check keeps it from being read as one.
    with Project.open(folder / "corpus.txt", create=True) as project:
        link = folder / "link-to-project.txt"
        link.symlink_to("corpus.txt")
        report = add_articles(CollectedArticles(project), [folder], project=project.path)
    assert opened == [folder / "note.txt"]
    assert [r.message for r in report.results if r.status == "failed"] == [
        '"work/corpus.txt" is the project\'s own file; it is never added as an article.',
        '"work/link-to-project.txt" is the project\'s own file; it is never added as an article.',
    ]


@pytest.mark.skipif(os.fsencode("\udce9") != b"\xe9", reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8_is_added_and_shown_with_the_byte_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text("Caf\u00e9 prices\n", encoding="utf-8")
    (Path(os.fsdecode(bytes(folder) + b"/\xff.txt"))).write_bytes(b"")
    path = tmp_path / "p.newsmark"
    sink = ProjectSink(path)
    try:
        report = add_articles(sink, [folder])
    finally:
        sink.close()
    assert [r.name for r in report.results] == ["in/caf\\xe9.txt", "in/\\xff.txt"]
    assert report.problems == ['"in/\\xff.txt" is empty; there is no text to import.']
    with Project.open(path, readonly=True) as project:
        assert project.document(1).source_path == f"{folder}/caf\\xe9.txt"


def test_a_project_this_add_made_is_removed_when_nothing_went_in(tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise DocumentImportError("disk full")  # any failure after the project was made

    monkeypatch.setattr(Project, "add_document", full)
    path = tmp_path / "p.newsmark"
    sink = ProjectSink(path)
    with pytest.raises(DocumentImportError):
        try:
            add_articles(sink, [write(tmp_path, "a.txt", "Text\n")])
        finally:
            sink.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_project_that_was_there_before_is_never_removed(tmp_path, monkeypatch):
    path = tmp_path / "p.newsmark"
    Project.open(path, create=True).close()
    before = path.read_bytes()
    monkeypatch.setattr(Project, "add_document", lambda *_a, **_k: (_ for _ in ()).throw(DocumentImportError("full")))
    sink = ProjectSink(path)
    with pytest.raises(DocumentImportError):
        try:
            add_articles(sink, [write(tmp_path, "a.txt", "Text\n")])
        finally:
            sink.close()
    assert path.read_bytes() == before


# -- archives --------------------------------------------------------------------------------


def test_a_docx_picture_is_never_unpacked(monkeypatch):
    unpacked = []
    real = zipfile.ZipExtFile.read

    def spy(self, *args):
        data = real(self, *args)
        unpacked.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", spy)
    doc = read_article(HOSTILE / "picture-bomb.docx")  # 100 KB holding a 64 MB picture
    assert doc.title == "Port strike enters its second week"
    assert 0 < sum(unpacked) < 4 * 2**20  # the XML parts (0.8 MB, read once to copy and once to parse), no picture


def test_a_docx_of_too_many_parts_is_refused_before_they_are_read(tmp_path):
    path = tmp_path / "parts.docx"
    shutil.copy(DATA / "port-strike.docx", path)
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(10_001):
            archive.writestr(f"customXml/x{number}.bin", b"")
    with pytest.raises(DocumentImportError, match="holds more than 10,000 parts"):
        read_article(path)


def test_a_docx_part_that_declares_more_than_the_cap_is_refused_unread(tmp_path, monkeypatch):
    from newsmark.core.articles import worddoc

    monkeypatch.setattr(worddoc, "MAX_XML", 1000)
    read = []
    monkeypatch.setattr(zipfile.ZipExtFile, "read", lambda self, *a: read.append(self.name) or b"")
    with pytest.raises(DocumentImportError, match="more than 0 MB of text and markup"):
        read_article(DATA / "port-strike.docx")
    assert "word/document.xml" not in read  # only [Content_Types].xml, to know which parts are XML


def test_a_docx_part_is_read_no_further_than_the_cap_whatever_its_header_says():
    from newsmark.core.articles import ziparchive

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 5000)
    with zipfile.ZipFile(buffer) as archive:
        with pytest.raises(DocumentImportError, match="text and markup"):
            ziparchive.read_capped(archive, archive.getinfo("word/document.xml"), 1000, "x.docx", 1000)


def test_another_project_named_like_an_article_is_refused_as_a_project_not_read(tmp_path):
    other = tmp_path / "team-notes.txt"
    Project.open(other, create=True).close()
    report = add_articles(ListSink(), [other])
    assert [r.message for r in report.results] == [
        '"team-notes.txt" is a Newsmark project file; it is never added as an article.'
    ]
