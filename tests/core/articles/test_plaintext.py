"""Article files become exact stored text: decoding, line endings, titles and refusals."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsmark.core.articles import plaintext
from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.plaintext import (
    MAX_TITLE_CHARS,
    SUPPORTED_SUFFIXES,
    ImportedText,
    decode_bytes,
    normalize_newlines,
    read_text_file,
    title_from_text,
)

ARTICLE = "Minister resigns\n\nThe minister resigned on Tuesday, aides said.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refusal(path: Path) -> str:
    """Read ``path`` expecting a refusal; return its message after checking it names the file."""
    with pytest.raises(DocumentImportError) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert path.name in message
    return message


# --- encodings -------------------------------------------------------------


def test_utf8_file_is_read_exactly(tmp_path):
    path = _write(tmp_path, "article.txt", ARTICLE.encode("utf-8"))
    imported = read_text_file(path)
    assert imported == ImportedText(
        title="Minister resigns", text=ARTICLE, source_path=str(path.absolute()), encoding="utf-8"
    )


def test_relative_path_is_stored_as_absolute(tmp_path, monkeypatch):
    _write(tmp_path, "article.txt", ARTICLE.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    imported = read_text_file("article.txt")
    assert imported.source_path == str(tmp_path / "article.txt")
    assert os.path.isabs(imported.source_path)


def test_utf8_bom_is_removed(tmp_path):
    path = _write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    imported = read_text_file(path)
    assert imported.text == ARTICLE
    assert imported.encoding == "utf-8-sig"
    assert imported.title == "Minister resigns"


@pytest.mark.parametrize(
    ("bom", "codec", "reported"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    ],
)
def test_utf16_and_utf32_with_bom(tmp_path, bom, codec, reported):
    text = "Zoë’s café 🎉 — 北京\r\nsecond line\r\n"
    path = _write(tmp_path, "wide.txt", bom + text.encode(codec))
    imported = read_text_file(path)
    assert imported.text == "Zoë’s café 🎉 — 北京\nsecond line\n"
    assert imported.encoding == reported


def test_cp1252_curly_quotes_and_em_dash(tmp_path):
    text = "He said \u201cno comment\u201d \u2014 the mayor\u2019s office disagreed.\r\n"
    path = _write(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert b"\x93" in path.read_bytes() and b"\x92" in path.read_bytes()
    imported = read_text_file(path)
    assert imported.text == normalize_newlines(text)
    assert imported.encoding == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Le café de la gare était fermé à Noël. Où est le garçon ? Ça dépend.\n",
        "Die Straße in München führt über die Brücke. Größe: äöü ÄÖÜ ß.\n",
        "Grüße\n",  # too short for statistics: charset_normalizer alone guesses cp1006
        "Café\n",
    ],
)
def test_latin1_western_european_text(tmp_path, text):
    path = _write(tmp_path, "latin1.txt", text.encode("latin-1"))
    assert read_text_file(path).text == text


def test_short_cp1252_text_is_not_read_as_cjk(tmp_path):
    path = _write(tmp_path, "short.txt", "it\u2019s".encode("cp1252"))
    assert read_text_file(path).text == "it\u2019s"


def test_legacy_cyrillic_is_detected_rather_than_forced_to_cp1252(tmp_path):
    text = "Министр заявил, что реформа будет принята до конца года."
    path = _write(tmp_path, "ru.txt", text.encode("cp1251"))
    imported = read_text_file(path)
    assert imported.text == text
    assert imported.encoding == "cp1251"


def test_decoded_text_matches_decoding_with_the_reported_codec():
    data = "Caf\u00e9 \u201cquoted\u201d".encode("cp1252")
    text, encoding = decode_bytes(data)
    assert data.decode(encoding) == text


def test_emoji_are_kept_and_combining_characters_composed_to_nfc(tmp_path):
    text = "Family: 👨‍👩‍👧 flag: 🇫🇷 decomposed: e\u0301 composed: \u00e9 no composed form: q\u0307\n"
    path = _write(tmp_path, "emoji.txt", text.encode("utf-8"))
    imported = read_text_file(path)
    assert imported.text == "Family: 👨‍👩‍👧 flag: 🇫🇷 decomposed: \u00e9 composed: \u00e9 no composed form: q\u0307\n"
    assert json.loads(imported.metadata()["origin"])["normalized"] == "NFC"


# --- line endings and exactness ----------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("one\rtwo\r", "one\ntwo\n"),
        ("a\r\nb\rc\nd\r\r\ne", "a\nb\nc\nd\n\ne"),
    ],
)
def test_line_endings_are_normalized(tmp_path, raw, stored):
    path = _write(tmp_path, "endings.txt", raw.encode("utf-8"))
    assert read_text_file(path).text == stored


def test_decode_bytes_leaves_line_endings_alone():
    assert decode_bytes(b"a\r\nb\rc") == ("a\r\nb\rc", "utf-8")


def test_nothing_but_bom_and_line_endings_changes(tmp_path):
    text = "  indented title  \n\u00a0nbsp\u2028line separator\u2029paragraph\f\v\ttab  \n\n\n"
    path = _write(tmp_path, "exact.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    imported = read_text_file(path)
    assert imported.text == text
    assert imported.title == "indented title"


# --- titles ------------------------------------------------------------------


def test_markdown_heading_marks_are_removed_from_the_title(tmp_path):
    path = _write(tmp_path, "story.md", b"\n\n#  Floods hit the coast  \n\nBody text.\n")
    imported = read_text_file(path)
    assert imported.title == "Floods hit the coast"
    assert imported.text.startswith("\n\n#  Floods")


def test_markdown_closing_hashes_are_removed_but_not_part_of_words():
    assert title_from_text("## Budget vote ##\n", "x", markdown=True) == "Budget vote"
    assert title_from_text("# Why C#\n", "x", markdown=True) == "Why C#"


def test_long_markdown_suffix_counts_as_markdown(tmp_path):
    path = _write(tmp_path, "story.MARKDOWN", "### Élection\ntext".encode("utf-8"))
    assert read_text_file(path).title == "Élection"


def test_heading_marks_stay_in_plain_text_titles(tmp_path):
    path = _write(tmp_path, "story.txt", b"# Not markdown here\n")
    assert read_text_file(path).title == "# Not markdown here"


def test_file_stem_is_the_title_when_no_line_is_usable(tmp_path):
    path = _write(tmp_path, "budget-2024.md", b"#\n##   \nbody")
    assert read_text_file(path).title == "body"
    path = _write(tmp_path, "only-hashes.md", b"#\n###\n")
    assert read_text_file(path).title == "only-hashes"


def test_title_skips_blank_lines_and_strips():
    assert title_from_text("\n \t\n  Headline here \nbody", "stem") == "Headline here"
    assert title_from_text("", "stem") == "stem"


def test_long_title_is_cut_at_a_word_boundary():
    words = " ".join(f"word{i}" for i in range(100))
    title = title_from_text(words, "stem")
    assert len(title) <= MAX_TITLE_CHARS
    assert title.endswith("…")
    assert words.startswith(title[:-1])
    assert words[len(title) - 1] == " "  # the cut fell between words


def test_long_title_without_spaces_is_cut_hard():
    title = title_from_text("x" * 500, "stem")
    assert title == "x" * (MAX_TITLE_CHARS - 1) + "…"


def test_title_of_exactly_the_limit_is_kept():
    assert title_from_text("y" * MAX_TITLE_CHARS, "stem") == "y" * MAX_TITLE_CHARS


# --- refusals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", "program"),
    ],
)
def test_known_binary_formats_are_refused_by_kind(tmp_path, data, kind):
    message = _refusal(_write(tmp_path, "renamed.txt", data))
    assert kind in message


def test_a_renamed_pdf_or_word_file_is_told_to_take_its_own_extension(tmp_path):
    pdf = _refusal(_write(tmp_path, "story.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
    assert pdf == '"story.txt" is a PDF document, not text; rename it to end in .pdf and add it again.'
    docx = _refusal(_write(tmp_path, "story2.txt", b"PK\x03\x04\x14\x00\x06\x00"))
    assert docx.endswith("if it is a Word document, rename it to end in .docx and add it again.")


def test_bytes_with_nul_are_refused_as_binary(tmp_path):
    message = _refusal(_write(tmp_path, "nul.txt", b"some text\x00more text"))
    assert "binary" in message


def test_many_control_characters_are_refused_as_binary(tmp_path):
    data = bytes(range(1, 9)) * 20 + b"readable words"
    assert "binary" in _refusal(_write(tmp_path, "controls.txt", data))


def test_a_few_control_characters_in_prose_are_kept(tmp_path):
    text = "Old file\x1a with an escape \x1b and lots of ordinary words around them.\n"
    path = _write(tmp_path, "stray.txt", text.encode("utf-8"))
    assert read_text_file(path).text == text


def test_utf16_with_nul_characters_is_refused_as_binary(tmp_path):
    data = codecs.BOM_UTF16_LE + "text\x00\x00\x00 more".encode("utf-16-le")
    assert "binary" in _refusal(_write(tmp_path, "wide-nul.txt", data))


def test_damaged_utf16_is_refused(tmp_path):
    data = codecs.BOM_UTF16_LE + "text".encode("utf-16-le") + b"\x00"  # odd byte count
    message = _refusal(_write(tmp_path, "odd.txt", data))
    assert "UTF-16" in message and "UTF-8" in message


def test_undecodable_bytes_are_refused_with_advice(tmp_path):
    message = _refusal(_write(tmp_path, "mystery.txt", bytes(range(0x80, 0x100)) * 3))
    assert "save it as UTF-8" in message


@pytest.mark.parametrize("data", [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_file_is_refused(tmp_path, data):
    assert "no text" in _refusal(_write(tmp_path, "empty.txt", data))


@pytest.mark.parametrize("data", [b"   \n\t\r\n  ", "\u00a0\u2028\u3000\n".encode("utf-8")])
def test_whitespace_only_file_is_refused(tmp_path, data):
    assert "no text" in _refusal(_write(tmp_path, "blank.txt", data))


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "README", "notes.txt.bak"])
def test_unsupported_suffix_is_refused_listing_the_supported_ones(tmp_path, name):
    message = _refusal(_write(tmp_path, name, b"plain words"))
    assert all(suffix in message for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize("name", ["UPPER.TXT", "notes.Text", "story.Md"])
def test_suffixes_are_matched_case_insensitively(tmp_path, name):
    assert read_text_file(_write(tmp_path, name, b"words")).text == "words"


def test_missing_file_is_refused(tmp_path):
    assert "does not exist" in _refusal(tmp_path / "nowhere.txt")


def test_file_inside_a_missing_folder_is_refused(tmp_path):
    assert "does not exist" in _refusal(tmp_path / "no-folder" / "nowhere.txt")


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    assert "folder" in _refusal(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert "not a regular file" in _refusal(pipe)


def test_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = _write(tmp_path, "locked.txt", b"secret words")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Faked because chmod does not stop root, which some CI containers run as.
    monkeypatch.setattr(plaintext, "open", denied, raising=False)
    assert "permission denied" in _refusal(path)


def test_file_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(plaintext, "MAX_BYTES", 10)
    path = _write(tmp_path, "huge.txt", b"x" * 11)
    assert "larger than" in _refusal(path)
    assert read_text_file(_write(tmp_path, "fits.txt", b"x" * 10)).text == "x" * 10


def test_decode_bytes_names_the_file_it_was_given():
    with pytest.raises(DocumentImportError, match="clip.bin"):
        decode_bytes(b"\x00\x01\x02", "clip.bin")


# --- round trips -----------------------------------------------------------------

# Prose never holds C0 controls other than tabs and line breaks; surrogates cannot be encoded.
_PROSE = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"],
    ),
    min_size=1,
)


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@given(text=_PROSE)
def test_unicode_round_trip(tmp_path_factory, codec, text):
    assume(text.strip())
    assume(not text.startswith(("%PDF-", "GIF87a", "GIF89a")))
    if codec == "utf-8":
        assume(not text.startswith("\ufeff"))  # would be indistinguishable from a BOM
    path = tmp_path_factory.mktemp("round") / "article.txt"
    path.write_bytes(text.encode(codec))
    imported = read_text_file(path)
    assert imported.text == unicodedata.normalize("NFC", normalize_newlines(text))
    assert imported.encoding == codec


@given(text=_PROSE)
def test_decode_bytes_agrees_with_its_reported_codec(text):
    assume(text.strip())
    assume(not text.startswith(("%PDF-", "GIF87a", "GIF89a")))
    data = text.encode("utf-16")
    decoded, encoding = decode_bytes(data)
    assert decoded == text == data.decode(encoding)


@given(text=st.text(alphabet=st.sampled_from("ab #\t\n\r\v\f\x1c\x85\u2028\u2029 "), max_size=40))
def test_title_is_the_first_line_str_splitlines_would_give(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert title_from_text(text, "stem") == (lines[0] if lines else "stem")


def test_other_read_errors_are_refused_with_the_reason(tmp_path, monkeypatch):
    path = _write(tmp_path, "flaky.txt", b"words")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(plaintext, "open", broken, raising=False)
    assert "input/output error" in _refusal(path)
