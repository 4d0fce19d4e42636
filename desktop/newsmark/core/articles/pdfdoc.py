"""Reading a PDF article with a text layer: the text of every page and the document's metadata."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.packages import missing_package
from newsmark.core.articles.pdffurniture import drop_furniture, furniture
from newsmark.core.articles.pdflines import clean_line, read_page
from newsmark.core.articles.pdfparagraphs import rebuild_paragraphs
from newsmark.core.articles.plaintext import ImportedText, join_paragraphs, title_from_text

PDF_SUFFIXES = (".pdf",)
# A book runs to a few million characters; a small file whose pages repeat one stream can yield far more.
MAX_TEXT_CHARS = 20_000_000


def read_pdf(source: Path, data: bytes, *, name: str | None = None, printed_lines: bool = False) -> ImportedText:
    """The text layer as paragraphs rebuilt from the page layout, one blank line between them.

    With ``printed_lines`` every printed line stays a line of its own and pages are separated by
    one blank line, as before paragraphs were rebuilt. Either way page furniture (running heads and
    feet, page numbers: see pdffurniture) is left out, because it is the printer's, not the article's.
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
        pages = _pages(reader, name) if printed_lines else _paragraphs(reader, name)
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
        extra={"pages": str(len(reader.pages)), **({"lines": "printed"} if printed_lines else {})},
    )


def _pages(reader, name: str) -> list[str]:
    """Each page's text, one line per printed line, without the page furniture (running heads, page numbers)."""
    texts, placed, total = [], [], 0
    for number, page in enumerate(reader.pages):
        text, lines = read_page(page, number)
        texts.append(_page_lines(text))
        placed.append(lines)
        total = _within_limit(total + sum(len(line) + 1 for line in texts[-1]), name)
    for printed, lines, drop in zip(texts, placed, furniture(placed)):
        for i in drop:
            _remove_nearest_edge(printed, lines[i].text)
    return ["\n".join(lines) for lines in texts]


def _remove_nearest_edge(lines: list[str], text: str) -> None:
    """Takes ``text`` out of a page's plain lines where it stands nearest the page's first or last line."""
    found = [i for i, line in enumerate(lines) if line == text]
    if found:
        del lines[min(found, key=lambda i: min(i, len(lines) - 1 - i))]


def _paragraphs(reader, name: str) -> list[str]:
    """The paragraphs of all pages without page furniture: one that runs on over a column or page break is joined."""
    pages, total = [], 0
    for number, page in enumerate(reader.pages):
        pages.append(read_page(page, number)[1])
        total = _within_limit(total + sum(len(line.text) + 1 for line in pages[-1]), name)
    return rebuild_paragraphs([line for lines in drop_furniture(pages) for line in lines])


def _within_limit(total: int, name: str) -> int:
    """``total``, or the refusal of a PDF whose text grows past MAX_TEXT_CHARS (pages can share one huge stream)."""
    if total > MAX_TEXT_CHARS:
        raise DocumentImportError(
            f'"{name}" holds more than {MAX_TEXT_CHARS // 1_000_000} million characters of text, more than '
            "Newsmark can import from one PDF; split it into smaller files."
        )
    return total


def _page_lines(text: str) -> list[str]:
    """One page's lines with ligatures spelled out, word gaps as single spaces and blank lines dropped."""
    lines = (clean_line(line) for line in text.splitlines())
    return [line for line in lines if line]


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
