"""One entry point for every article format, and the article files inside folders."""

from __future__ import annotations

import os
from pathlib import Path

from newsmark.core.articles.worddoc import DOCX_SUFFIXES, read_docx
from newsmark.core.articles.htmlpage import HTML_SUFFIXES, read_html
from newsmark.core.articles.pdfdoc import PDF_SUFFIXES, read_pdf
from newsmark.core.articles.packages import missing_package
from newsmark.core.articles.plaintext import SUPPORTED_SUFFIXES as TEXT_SUFFIXES
from newsmark.core.articles.plaintext import ImportedText, read_file_bytes, read_text_file, readable_name

ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES
_READERS = {suffix: reader for suffixes, reader in (
    (HTML_SUFFIXES, read_html), (DOCX_SUFFIXES, read_docx), (PDF_SUFFIXES, read_pdf)
) for suffix in suffixes}


def read_article(
    path: str | os.PathLike, name: str | None = None, *, pdf_printed_lines: bool = False, keep_lines: bool = False
) -> ImportedText:
    """Read a .txt/.md, saved web page, .docx or .pdf article by its suffix, or raise DocumentImportError.

    ``name`` is how messages name the file (default: its file name; see shown_name).
    ``pdf_printed_lines`` keeps a PDF's printed lines instead of rebuilding its paragraphs; ``keep_lines``
    keeps the lines of a hard-wrapped .txt or page instead of joining each paragraph's.
    """
    suffix = Path(os.fsdecode(path)).suffix.lower()
    reader = _READERS.get(suffix)
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path, name, printed_lines=keep_lines)
    # The same checks as for text (exists, a regular file, readable, size) before a parser sees a byte.
    source, data = read_file_bytes(path, ARTICLE_SUFFIXES, name)
    try:
        if reader is read_pdf:
            return read_pdf(source, data, name=name, printed_lines=pdf_printed_lines)
        if reader is read_html:
            return read_html(source, data, name=name, printed_lines=keep_lines)
        return reader(source, data, name=name)
    except ImportError as exc:  # a reader's package is missing (an old pip leaves out some): one line, not a traceback
        raise missing_package(f"{suffix} files", exc) from exc


def shown_name(file: Path, given: list[Path]) -> str:
    """How to name a file in messages: from the folder it was found in ("articles/2024/index.html"), else its name.

    Folders hold many files of one name (every saved page's ``index.html``); the path from the
    folder the user chose tells them apart. Bytes of the name that are not UTF-8 are shown as ``\\xe9``.
    """
    for folder in given:
        if folder.is_dir() and file.is_relative_to(folder):
            return readable_name(file.relative_to(folder.parent).as_posix())
    return readable_name(file.name)


def article_files(
    paths: list[Path], unreadable: list[tuple[Path, OSError]] | None = None
) -> tuple[list[Path], list[Path]]:
    """The given paths with each folder replaced by the article files inside it, recursively, in sorted order;
    and the folders that hold none.

    Files named directly are kept whatever their kind (reading them says what is wrong); inside a
    folder only supported files count, and hidden files and Office lock files (``~$…``) are skipped.
    Subfolders that cannot be listed are appended to ``unreadable`` with the error, when it is given.
    """
    found: list[Path] = []
    empty: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = []
        failed = (lambda exc: unreadable.append((Path(exc.filename), exc))) if unreadable is not None else None
        for folder, subfolders, names in os.walk(path, onerror=failed):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            inside += [
                Path(folder, name) for name in names
                if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith((".", "~$"))
            ]
        found += sorted(inside, key=lambda p: p.relative_to(path).parts)
        if not inside:
            empty.append(path)
    return found, empty
