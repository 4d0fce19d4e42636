"""Reading a PDF article with a text layer: the text of every page and the document's metadata."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.packages import missing_package
from newsmark.core.articles.plaintext import ImportedText, join_paragraphs, title_from_text

PDF_SUFFIXES = (".pdf",)
# A book runs to a few million characters; a small file whose pages repeat one stream can yield far more.
MAX_TEXT_CHARS = 20_000_000
# Typesetting ligatures (U+FB00-FB06) are one glyph for the eye but two or three letters for search.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# PDF writers place words one by one; the gaps come out as tabs or runs of spaces.
_GAPS = re.compile(r"[ \t]+")


def read_pdf(source: Path, data: bytes, *, name: str | None = None) -> ImportedText:
    """The text layer, page by page: one line per printed line, pages separated by one blank line.

    Refuses a password-protected PDF and one without text (a scan), each with what to do instead.
    """
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    name = name or source.name  # how messages name the file
    # pypdf logs what it repairs in a damaged file; our one-line error says what the user needs to know.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise _locked(name)
        pages = _pages(reader, name)
        info = reader.metadata
        title, author = (info.title, info.author) if info else ("", "")
        created = _created(info)
    except DocumentImportError:
        raise
    except DependencyError as exc:  # encrypted with AES, which pypdf decrypts only with the cryptography package
        raise missing_package("PDF files encrypted with AES", ImportError(str(exc), name="cryptography")) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of error on damaged files; none may escape as a traceback
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise DocumentImportError(
            f'"{name}" is damaged or not a PDF document ({reason}); open it in a PDF viewer, '
            "save a fresh copy and try again."
        ) from exc
    text = join_paragraphs(pages)
    if not text:
        raise DocumentImportError(
            f'"{name}" has no text layer (a scanned PDF?); run OCR on it (for example with ocrmypdf) '
            "or save its text as a .txt file, then try again."
        )
    return ImportedText(
        title=title_from_text(str(title or ""), "") or title_from_text(text, source.stem or name),
        text=text,
        source_path=str(source),
        encoding="",
        author=str(author or ""),
        published=created,
        format="pdf",
        extra={"pages": str(len(pages))},
    )


def _pages(reader, name: str) -> list[str]:
    """Each page's text, refusing a PDF whose text grows past MAX_TEXT_CHARS (pages can share one huge stream)."""
    pages, total = [], 0
    for page in reader.pages:
        pages.append(_page_text(page.extract_text() or ""))
        total += len(pages[-1])
        if total > MAX_TEXT_CHARS:
            raise DocumentImportError(
                f'"{name}" holds more than {MAX_TEXT_CHARS // 1_000_000} million characters of text, more than '
                "Newsmark can import from one PDF; split it into smaller files."
            )
    return pages


def _page_text(text: str) -> str:
    """One page's lines with ligatures spelled out, word gaps as single spaces and blank lines dropped."""
    lines = (_GAPS.sub(" ", line).strip() for line in text.translate(_LIGATURES).splitlines())
    return "\n".join(line for line in lines if line)


def _created(info) -> str:
    """The creation date as an ISO date, or "" when there is none or it cannot be read."""
    try:
        created = info.creation_date if info else None
    except (ValueError, TypeError):  # a malformed date string in the file
        return ""
    return created.date().isoformat() if created else ""


def _locked(name: str) -> DocumentImportError:
    """The error for a PDF that needs a password."""
    return DocumentImportError(
        f'"{name}" is password-protected; open it with its password and save (or print) it as a PDF '
        "without protection, then try again."
    )
