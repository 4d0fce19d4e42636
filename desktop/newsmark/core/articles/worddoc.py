"""Reading a Word .docx article: its paragraphs and tables in document order, and its core properties."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.plaintext import ImportedText, join_paragraphs, title_from_text
from newsmark.core.articles.ziparchive import xml_parts_only

DOCX_SUFFIXES = (".docx",)
# Word keeps password-protected .docx files, like old .doc files, in an OLE container, not a ZIP.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A few hundred KB of ZIP can unpack to gigabytes of XML, and python-docx builds the whole tree
# (~20 bytes of memory and ~1 s per MB of XML); a book-length document's XML stays below this.
# Pictures and other parts are never unpacked (see ziparchive).
MAX_XML = 32 * 2**20


def read_docx(source: Path, data: bytes, *, name: str | None = None) -> ImportedText:
    """The document's body text: one paragraph per paragraph, one per table row (cells tab-separated).

    Paragraphs are separated by one blank line; a line break inside a paragraph stays a single
    ``\\n``. Headers, footers, footnotes and comments are left out.
    """
    import docx  # imported here: only .docx files need it
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    name = name or source.name  # how messages name the file
    if data.startswith(_OLE):
        raise DocumentImportError(
            f'"{name}" is password-protected or an old-style Word document, not a .docx; open it in Word '
            "or LibreOffice, save it as .docx without a password and try again."
        )
    try:
        # Only the XML parts, capped: python-docx would otherwise unpack every picture, however large.
        document = docx.Document(xml_parts_only(data, name, MAX_XML))
        text = join_paragraphs(_blocks(document))
        properties = document.core_properties
        title, author, created = properties.title, properties.author, properties.created
    # RuntimeError: an encrypted member; NotImplementedError: a compression method zipfile lacks.
    except (zipfile.BadZipFile, OpcError, KeyError, LxmlError, ValueError, EOFError, zlib.error,
            RuntimeError, NotImplementedError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise DocumentImportError(
            f'"{name}" is damaged or not a Word document ({reason}); open it in Word or LibreOffice, '
            "save it again as .docx and try again."
        ) from exc
    if not text:
        raise DocumentImportError(f'"{name}" has no text in its body; there is nothing to import.')
    return ImportedText(
        title=title_from_text(title or "", "") or title_from_text(text, source.stem or name),
        text=text,
        source_path=str(source),
        encoding="",
        author=author or "",
        published=created.date().isoformat() if created else "",
        format="docx",
    )


def _blocks(document):
    """Paragraph texts and table rows in the order they appear in the body."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                yield "\t".join(_row_cells(row))
        else:
            yield block.text


def _row_cells(row) -> list[str]:
    """The texts of a row's own cells: a cell spanning columns once, a cell merged down from the row above empty.

    The row's ``w:tc`` elements are read directly: python-docx's cell grid repeats a merged cell in
    every grid column and row it covers, and gives up on some vertical merges Word opens.
    """
    from docx.table import _Cell

    return ["" if _merged_from_above(tc) else _cell_text(_Cell(tc, row.table)) for tc in row._tr.tc_lst]


def _merged_from_above(tc) -> bool:
    """Whether the cell continues a vertical merge from a cell above it (whose text is then already read)."""
    if tc.vMerge != "continue":
        return False
    try:
        tc._tc_above  # noqa: B018 - raises when nothing is above (first row, shorter row): Word shows the cell's own text
    except ValueError:
        return False
    return True


def _cell_text(cell) -> str:
    """A cell's paragraphs and the cells of tables nested in it, in order, on one line separated by spaces."""
    from docx.table import Table

    parts = []
    for block in cell.iter_inner_content():
        if isinstance(block, Table):  # a table inside a cell: its cells follow the text before it
            parts += [text for row in block.rows for text in _row_cells(row)]
        else:
            parts.append(block.text)
    # A tab or line break inside a cell would break the row's one line of tab-separated cells.
    return " ".join(part.replace("\t", " ").replace("\n", " ").strip() for part in parts if part.strip())
