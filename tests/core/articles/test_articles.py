"""Article formats: saved web pages, .docx and .pdf read from real files in tests/data, and their refusals."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

from newsmark.core.articles import plaintext
from newsmark.core.articles import ARTICLE_SUFFIXES, article_files, read_article
from newsmark.core.errors import DocumentImportError

DATA = Path(__file__).resolve().parents[2] / "data"
# Text that sits around the articles in the saved pages and must never reach a document.
CHROME = ["NAV_SCRIPT_MARKER", "SCRIPT_MARKER", "STYLE_MARKER", "COMMENT_MARKER", "FOOTER_MARKER",
          "Accept all cookies", "Subscribe", "Most read", "troll42", "Privacy", "window.dataLayer"]


def refusal(path) -> str:
    with pytest.raises(DocumentImportError) as caught:
        read_article(path)
    return str(caught.value)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or open a connection fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("an importer tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


# -- saved web pages ---------------------------------------------------------------


def test_a_saved_page_gives_the_article_and_its_metadata_without_the_page_around_it(no_network):
    page = read_article(DATA / "kyiv-bridge.html")
    assert page.title == "Kyiv reopens Darnytskyi bridge after repairs"
    assert (page.author, page.published, page.site, page.url) == (
        "Olena Kovalenko", "2024-03-14", "The Northern Ledger", "https://ledger.example.org/world/2024/03/kyiv-bridge"
    )
    assert page.format == "html" and page.encoding == "utf-8"
    assert "after eight months of repairs, the city administration said." in page.text
    assert "adding that 1,200 workers took part. 🚧🌉" in page.text
    assert "«Нарешті можна їхати на роботу без заторів»" in page.text
    assert not [marker for marker in CHROME if marker in page.text]


def test_blocks_are_separated_by_one_blank_line_with_unix_line_ends():
    text = read_article(DATA / "kyiv-bridge.html").text
    assert "\r" not in text and "\n\n\n" not in text and text.endswith(".\n") and not text.startswith("\n")
    paragraphs = text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Kyiv reopens Darnytskyi bridge after repairs"
    assert len(paragraphs) == 6 and all("\n" not in p for p in paragraphs)


def test_a_page_is_decoded_by_its_declared_charset():
    page = read_article(DATA / "cafe-prices.htm")
    assert page.encoding == "cp1252"
    assert "now costs 2,10 € on average" in page.text
    assert "“We can’t absorb the rise in milk and energy any more,” said Benoît Lefèvre" in page.text
    assert (page.title, page.author, page.published, page.site) == (
        "Café prices climb again in Lyon", "Amélie Durand", "2023-11-02", "Le Petit Relais"
    )
    assert not [marker for marker in CHROME if marker in page.text]


def test_a_wrong_declaration_falls_back_to_the_bytes_and_a_bom_beats_it(tmp_path):
    sentence = "The mayor’s office confirmed on Tuesday that the old market hall will reopen next spring after works."
    page = f"<html><head><meta charset='{{}}'><title>T</title></head><body><article><p>{sentence}</p></article></body></html>"
    lying = tmp_path / "lying.html"
    lying.write_bytes(page.format("utf-8").encode("cp1252"))  # says UTF-8, is not
    assert sentence in read_article(lying).text
    bom = tmp_path / "bom.html"
    bom.write_bytes(b"\xef\xbb\xbf" + page.format("windows-1252").encode("utf-8"))
    assert sentence in read_article(bom).text


@pytest.mark.parametrize("label", ["iso-8859-1", "iso-8859-15", "windows-1252", "koi8-r"])
def test_a_page_resaved_as_utf8_under_its_old_one_byte_declaration_is_read_as_utf8(tmp_path, label):
    # A crawler or editor re-saved the page as UTF-8 and kept its old <meta>: "für" must not read "fÃ¼r".
    sentence = "Der Bürgermeister sagte, die Brücke über die Spree werde für zwei Wochen gesperrt – ab März."
    page = tmp_path / "resaved.html"
    page.write_bytes(
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={label}'><title>Brücke</title>"
        f"</head><body><article><p>{sentence}</p></article></body></html>".encode("utf-8")
    )
    imported = read_article(page)
    assert sentence in imported.text and imported.title == "Brücke" and imported.encoding == "utf-8"


@pytest.mark.parametrize("label", ["hex", "base64", "zip", "rot13", "undefined", "utf-7", "no-such-charset"])
def test_a_declared_charset_no_browser_uses_is_ignored(tmp_path, label):
    # Python's codecs module knows byte-to-byte codecs by these names; a page must never be "decoded" by one.
    sentence = "The harbour authority said on Monday that the ferry to the islands would run twice a day."
    page = tmp_path / "odd.html"
    page.write_bytes(
        f"<html><head><meta charset='{label}'><title>T</title></head><body><article><p>{sentence}</p>"
        "</article></body></html>".encode("utf-8")
    )
    assert sentence in read_article(page).text


def test_a_page_too_large_for_a_news_page_is_refused_before_extraction(monkeypatch):
    from newsmark.core.articles import htmlpage

    size = (DATA / "kyiv-bridge.html").stat().st_size
    monkeypatch.setattr(htmlpage, "MAX_HTML_BYTES", size - 1)
    assert refusal(DATA / "kyiv-bridge.html").startswith('"kyiv-bridge.html" is larger than the 0 MB Newsmark reads as a web page')
    monkeypatch.setattr(htmlpage, "MAX_HTML_BYTES", size)
    assert read_article(DATA / "kyiv-bridge.html").title


def test_an_xhtml_page_with_an_xml_declaration(tmp_path):
    # iso-8859-15 puts € at 0xA4, where a guess of cp1252 or latin-1 would read "¤".
    sentence = "Le conseil a adopté un budget de 40 M€ après un long débat qui a duré jusqu'à tard dans la nuit."
    page = tmp_path / "budget.xhtml"
    page.write_bytes(
        (f'<?xml version="1.0" encoding="iso-8859-15"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
         f"<title>Budget</title></head><body><article><p>{sentence}</p></article></body></html>").encode("iso-8859-15")
    )
    assert sentence in read_article(page).text


def test_a_page_with_no_article_is_refused():
    assert refusal(DATA / "no-article.html") == (
        '"no-article.html" has no article text Newsmark can find (only menus, links or forms); open the page '
        "in a browser, copy the article and paste it as a new document (Ctrl+Shift+V)."
    )


# -- Word ---------------------------------------------------------------------------------


def test_a_docx_gives_its_paragraphs_and_table_rows_in_order_and_its_properties():
    doc = read_article(DATA / "port-strike.docx")
    assert (doc.title, doc.author, doc.published, doc.format) == (
        "Port strike enters its second week", "Sanne Bakker", "2024-05-06", "docx"
    )
    assert doc.text == (
        "Port strike enters its second week\n\n"
        "Dock workers in Rotterdam extended their strike into a second week on Monday, the FNV union said.\n\n"
        "About 2,400 containers are stuck on the quays, according to the port authority.\n\n"
        "“We will not go back without a written agreement,” said union spokesperson Sanne de Vries.\n\n"
        "Terminal\tShips waiting\n\nMaasvlakte II\t14\n\nWaalhaven\t6\n\n"
        "Talks are set to resume on Thursday in The Hague.\n"
    )


def test_a_truncated_docx_is_refused():
    assert refusal(DATA / "truncated.docx") == (
        '"truncated.docx" is damaged or not a Word document (File is not a zip file); open it in Word or '
        "LibreOffice, save it again as .docx and try again."
    )


def test_a_docx_that_is_not_a_word_file_is_refused(tmp_path):
    ole = tmp_path / "protected.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert refusal(ole).startswith('"protected.docx" is password-protected or an old-style Word document')
    other = tmp_path / "other.docx"
    with __import__("zipfile").ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "not a Word package")
    assert refusal(other).startswith('"other.docx" is damaged or not a Word document (')


# -- PDF ------------------------------------------------------------------------------------


def test_a_pdf_gives_the_text_of_its_pages_and_its_metadata():
    pdf = read_article(DATA / "grain-exports.pdf")
    assert (pdf.title, pdf.author, pdf.published, pdf.format) == (
        "Grain exports fall as drought bites", "Martín Ferreyra", "2024-04-12", "pdf"
    )
    assert pdf.extra == {"pages": "1"}
    flowing = " ".join(pdf.text.split())  # one line per printed line: compare the words
    assert "Argentina's grain exports fell 18 percent in the first quarter, the agriculture ministry said" in flowing
    assert "Farmers in Córdoba reported the lowest soybean yields in two decades" in flowing
    assert "\t" not in pdf.text and "ﬁ" not in pdf.text and pdf.text.endswith("\n")


def test_an_encrypted_pdf_is_refused():
    assert refusal(DATA / "encrypted.pdf") == (
        '"encrypted.pdf" is password-protected; open it with its password and save (or print) it as a PDF '
        "without protection, then try again."
    )


def test_a_scanned_pdf_without_text_is_refused():
    assert refusal(DATA / "scanned.pdf") == (
        '"scanned.pdf" has no text layer (a scanned PDF?); run OCR on it (for example with ocrmypdf) '
        "or save its text as a .txt file, then try again."
    )


@pytest.mark.parametrize("content", [b"%PDF-1.7\n" + bytes(range(256)) * 8, b"just some words, not a PDF at all"])
def test_a_damaged_pdf_is_refused(tmp_path, content):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(content)
    message = refusal(broken)
    assert message.startswith('"broken.pdf" is damaged or not a PDF document (')
    assert message.endswith("open it in a PDF viewer, save a fresh copy and try again.")


def test_a_truncated_pdf_is_refused_or_read_never_a_traceback(tmp_path):
    data = (DATA / "grain-exports.pdf").read_bytes()
    for cut in (100, len(data) // 3, len(data) - 200):
        part = tmp_path / f"cut{cut}.pdf"
        part.write_bytes(data[:cut])
        try:
            read_article(part)
        except DocumentImportError as e:
            assert f'"cut{cut}.pdf"' in str(e)


def test_a_docx_whose_first_table_row_continues_a_vertical_merge_is_read(tmp_path):
    # Word opens such a file; python-docx's cell grid gives up on it ("no tr above topmost tr").
    import zipfile

    source = zipfile.ZipFile(DATA / "port-strike.docx")
    body = source.read("word/document.xml").decode("utf-8")
    assert "<w:tc>" in body
    odd = tmp_path / "merged.docx"
    with zipfile.ZipFile(odd, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = body.replace("<w:tc>", "<w:tc><w:tcPr><w:vMerge/></w:tcPr>", 1).encode("utf-8")
            archive.writestr(info.filename, data)
    assert read_article(odd).text == read_article(DATA / "port-strike.docx").text


def test_a_docx_with_too_much_markup_is_refused_but_pictures_do_not_count(tmp_path, monkeypatch):
    import zipfile

    from newsmark.core.articles import worddoc

    source = DATA / "port-strike.docx"
    with zipfile.ZipFile(source) as archive:
        xml = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    pictured = tmp_path / "pictured.docx"
    shutil.copy(source, pictured)
    with zipfile.ZipFile(pictured, "a") as archive:  # a large photo, stored, beside the text
        archive.writestr("word/media/photo.jpg", b"\xff\xd8\xff" + bytes(3 * xml))
    monkeypatch.setattr(worddoc, "MAX_XML", xml)
    assert "Port strike" in read_article(pictured).title
    monkeypatch.setattr(worddoc, "MAX_XML", xml - 1)
    assert refusal(source) == (
        '"port-strike.docx" holds more than 0 MB of text and markup, more than Newsmark can import from one '
        "Word file; split it into smaller files."
    )


def test_a_pdf_whose_text_grows_past_the_limit_is_refused(monkeypatch):
    from newsmark.core.articles import pdfdoc

    text = read_article(DATA / "grain-exports.pdf").text
    monkeypatch.setattr(pdfdoc, "MAX_TEXT_CHARS", len(text) // 2)
    assert "more than 0 million characters of text" in refusal(DATA / "grain-exports.pdf")


def test_a_damaged_pdf_gives_our_one_line_and_no_pypdf_warnings(tmp_path, caplog):
    broken = tmp_path / "text.pdf"
    broken.write_bytes(b"hello, this is not a PDF")
    with caplog.at_level("WARNING"):
        message = refusal(broken)
    assert message.startswith('"text.pdf" is damaged or not a PDF document')
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []


# -- one entry point ------------------------------------------------------------------------


def test_text_files_still_go_through_the_text_reader(tmp_path):
    note = tmp_path / "note.md"
    note.write_bytes(b"# Heading\r\n\r\nBody.\r\n")
    imported = read_article(note)
    assert (imported.title, imported.text, imported.format) == ("Heading", "# Heading\n\nBody.\n", "text")


def test_the_file_checks_are_the_text_readers(tmp_path, monkeypatch):
    assert "does not exist" in refusal(tmp_path / "missing.html")
    (tmp_path / "folder.pdf").mkdir()
    assert "is a folder, not a file" in refusal(tmp_path / "folder.pdf")
    assert refusal(DATA / "make_data.py") == (
        '"make_data.py" is not a supported article file; choose a .txt, .text, .md, .markdown, .html, .htm, .xhtml, '
        ".docx or .pdf file (save other formats as plain text first)."
    )
    monkeypatch.setattr(plaintext, "MAX_BYTES", 1000)
    assert "is larger than the" in refusal(DATA / "kyiv-bridge.html")


def test_metadata_keeps_the_file_name_and_what_the_file_said():
    fields = read_article(DATA / "cafe-prices.htm").metadata()
    assert fields["site"] == "Le Petit Relais" and fields["published"] == "2023-11-02"
    origin = json.loads(fields["origin"])
    assert origin == {
        "file": "cafe-prices.htm", "format": "html", "encoding": "cp1252", "title": "Café prices climb again in Lyon",
        "author": "Amélie Durand", "published": "2023-11-02", "url": "https://relais.example.fr/economie/cafe-prices",
        "site": "Le Petit Relais",
    }


def test_a_folder_gives_its_article_files_recursively_in_sorted_order(tmp_path):
    shutil.copytree(DATA, tmp_path / "in", ignore=shutil.ignore_patterns("*.py"))
    (tmp_path / "in" / "b").mkdir()
    (tmp_path / "in" / "b" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / ".git" / "x.txt").write_text("x", encoding="utf-8")
    for skipped in (".hidden.txt", "~$port-strike.docx", "image.png"):
        (tmp_path / "in" / skipped).write_bytes(b"x")
    loose = tmp_path / "loose.rtf"
    (tmp_path / "nothing" / "here").mkdir(parents=True)
    (tmp_path / "nothing" / "here" / "notes.rtf").write_bytes(b"x")
    found, empty = article_files([loose, tmp_path / "in", tmp_path / "nothing"])
    assert empty == [tmp_path / "nothing"]
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["loose.rtf", "in/b/a.txt"] + sorted(f"in/{p.name}" for p in DATA.iterdir() if p.suffix != ".py")
    assert all(p.suffix in ARTICLE_SUFFIXES for p in found[1:])
