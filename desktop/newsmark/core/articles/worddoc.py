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
    """The texts of a row's cells, a merged cell once, its paragraphs joined by spaces."""
    try:
        row_cells = row.cells
    except ValueError:  # a vertical merge that python-docx cannot follow (Word shrugs it off): the row's own cells
        from docx.table import _Cell

        row_cells = [_Cell(tc, row.table) for tc in row._tr.tc_lst]
    cells, seen = [], set()
    for cell in row_cells:
        if cell._tc in seen:  # a merged cell is returned once for each grid column it spans
            continue
        seen.add(cell._tc)
        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return cells
