"""Articles as found in the wild: bad bytes, decomposed text, short and hard-wrapped posts, Word's merged and nested tables."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from newsmark.core.articles import read_article
from newsmark.core.articles.plaintext import ImportedText
from newsmark.core.errors import DocumentImportError

DATA = Path(__file__).resolve().parents[2] / "data"
WILD = Path(__file__).resolve().parent / "wild"
sys.path.insert(0, str(DATA))
import make_data  # noqa: E402 - the pages' own text, to compare with

CHROME = ["NAV_SCRIPT_MARKER", "SCRIPT_MARKER", "STYLE_MARKER", "COMMENT_MARKER", "FOOTER_MARKER",
          "Accept all cookies", "Subscribe", "Most read", "troll42", "Privacy", "window.dataLayer"]


def origin(imported: ImportedText) -> dict:
    return json.loads(imported.metadata()["origin"])


# -- bad bytes ----------------------------------------------------------------------


def test_a_utf8_page_with_a_few_bad_bytes_is_decoded_as_declared_with_replacement_characters():
    page = read_article(WILD / "winter-market.html")
    assert page.encoding == "utf-8"
    assert "So schön winterlich ist es wie lange nicht: Der Görlitzer Weihnachtsmarkt öffnete" in page.text
    assert "Ã" not in page.text and "Marktleiterin Jana K\ufffdhler." in page.text and "minus f\ufffdnf Grad" in page.text
    assert page.text.count("\ufffd") == 3
    assert origin(page)["replacement_characters"] == "3"
    assert page.title == "Weihnachtsmarkt öffnet bei Schnee"


def test_a_page_that_decodes_cleanly_says_nothing_about_replacements():
    assert "replacement_characters" not in origin(read_article(DATA / "kyiv-bridge.html"))


def test_a_page_whose_declaration_fits_none_of_its_bytes_is_still_decoded_by_its_bytes(tmp_path):
    # Every non-ASCII byte is invalid UTF-8: the page was re-saved as cp1252 and its meta tag kept.
    sentence = "The mayor’s office said on Tuesday that the café on the old market square will reopen next spring."
    page = tmp_path / "resaved.html"
    page.write_bytes(f"<html><head><meta charset='utf-8'></head><body><article><p>{sentence}</p></article></body></html>"
                     .encode("cp1252"))
    imported = read_article(page)
    assert sentence in imported.text and imported.encoding == "cp1252" and "\ufffd" not in imported.text
    assert "replacement_characters" not in origin(imported)


# -- Unicode normalisation ------------------------------------------------------------------


def test_a_decomposed_page_is_stored_composed_so_typed_words_find_it():
    page = read_article(WILD / "recall-nfd.html")
    assert unicodedata.is_normalized("NFC", page.text)
    assert "Babynahrung geprüft;" in page.text and "Behörde in München" in page.text  # typed: composed
    assert page.title == "Rückruf: Babynahrung geprüft und beanstandet"
    assert origin(page)["normalized"] == "NFC"
    assert "normalized" not in origin(read_article(DATA / "kyiv-bridge.html"))


def test_a_decomposed_word_paragraph_is_stored_composed():
    doc = read_article(WILD / "port-strike-tables.docx")
    assert "Die Zahlen wurden geprüft." in doc.text and origin(doc)["normalized"] == "NFC"


def test_every_reader_s_text_and_metadata_are_composed():
    # PDF, like every reader, returns an ImportedText; this is where the text is composed.
    nfd = unicodedata.normalize("NFD", "Zürich Über Straße café")
    imported = ImportedText(title=nfd, text=nfd + "\n", source_path="/x/a.pdf", encoding="", author=nfd, site=nfd,
                            format="pdf", extra={"description": nfd})
    composed = "Zürich Über Straße café"
    assert (imported.title, imported.text, imported.author, imported.site) == (composed, composed + "\n", composed, composed)
    assert imported.extra == {"description": composed, "normalized": "NFC"}


# -- short and hard-wrapped articles -----------------------------------------------------------


def test_a_short_brief_is_read_not_refused():
    brief = read_article(WILD / "short-brief.html")
    assert brief.text == (
        "Ferry service resumes\n\nThe Helsinki ferry runs again from Monday.\n\nStorm damage kept it in port for a week.\n"
    )


def test_a_hard_wrapped_blog_post_is_read_with_every_line_and_no_page_chrome():
    post = read_article(WILD / "hard-wrapped-blog.html")
    assert all(line in post.text for line in make_data.HARD_WRAPPED_POST if line)
    assert not [marker for marker in CHROME if marker in post.text]


@pytest.mark.parametrize("sentence", [
    "„Ich weiß, ich bin müde und sollte das vielleicht nicht sagen…“",  # German closing quote
    "« Nous ne reculerons pas », a déclaré la ministre.»",
    "市長は記者会見で「橋は来月に再開する。」と述べた。",
    "Was the bridge ever safe?",
])
def test_a_post_of_one_short_sentence_is_read(tmp_path, sentence):
    page = tmp_path / "tiny.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>Tiny</title></head><body><article><h1>Tiny</h1><p>{sentence}</p>"
                    "</article></body></html>", encoding="utf-8")
    assert sentence in read_article(page).text


@pytest.mark.parametrize("body", [
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><form><input name='q'><button>Search</button></form>",
    "<div class='gallery'><img src='a.jpg'><p>Photo: Reuters</p></div>",
    "",
])
def test_a_page_with_only_menus_a_form_or_a_caption_is_still_refused(tmp_path, body):
    page = tmp_path / "empty.html"
    page.write_text(f"<html><head><title>Gallery</title></head><body>{body}</body></html>", encoding="utf-8")
    with pytest.raises(DocumentImportError, match="has no article text Newsmark can find"):
        read_article(page)


# -- Word tables ---------------------------------------------------------------------------


def test_word_merged_cells_are_read_once_and_nested_tables_are_kept():
    rows = read_article(WILD / "port-strike-tables.docx").text.split("\n\n")
    assert rows[1:6] == [
        "Region\tTerminal\tShips",
        "North\tMaasvlakte II\t14",
        "Waalhaven\t6",  # the cell merged down from "North" is empty, not "North" again
        "Total\t20",  # merged across two columns: once
        "Between the quays\tTable inside a cell",  # the table inside the second cell, cell by cell
    ]


def test_a_page_with_a_utf8_bom_and_a_bad_byte_is_read_with_one_replacement_character(tmp_path):
    sentence = "Die Brücke über die Neiße wird am Montag für den Verkehr freigegeben, teilte das Landratsamt mit."
    page = tmp_path / "bom.html"
    html = f"<html><head><title>Neiße</title></head><body><article><p>{sentence} Ein Bürger sagte: „Endlich.“</p></article></body></html>"
    page.write_bytes(b"\xef\xbb\xbf" + html.encode("utf-8").replace("Bürger".encode("utf-8"), b"B\xfcrger"))
    imported = read_article(page)
    assert sentence in imported.text and "Ein B\ufffdrger sagte" in imported.text
    assert imported.encoding == "utf-8-sig" and origin(imported)["replacement_characters"] == "1"
