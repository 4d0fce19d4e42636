"""Reading a saved news page: the article's main text and metadata, found by trafilatura, never fetched."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.plaintext import ImportedText, decode_bytes, join_paragraphs, title_from_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# The declaration honoured when there is no BOM: <meta charset>, http-equiv Content-Type or (XHTML) the
# XML declaration, looked for near the top as the HTML standard's prescan does (a little more than its 1024 bytes).
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]*?charset|<\?xml[^>]*?encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_PRESCAN_BYTES = 4096
# Labels the HTML standard decodes as windows-1252, whatever their name says.
_AS_CP1252 = {"latin_1", "ascii", "iso8859-1", "us-ascii"}
_NOT_FOR_PAGES = {"utf-7", "undefined"}
_BOM_STARTS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Extraction takes about a second per MB; a saved news page, scripts and all, stays far below this.
MAX_HTML_BYTES = 32 * 2**20
# Menus, link lists and forms are short lines; any real article has at least one paragraph this long.
_MIN_PROSE_CHARS = 80


def read_html(source: Path, data: bytes, *, name: str | None = None, tables: bool = True) -> ImportedText:
    """The article in a saved page: one block (heading, paragraph, list item, table row) per paragraph.

    Navigation, scripts, styles, cookie banners, comments and footers are left out; blocks are
    separated by one blank line. Nothing is fetched: the page's links and its URL are only read.
    """
    import trafilatura  # imported here: it takes half a second, and only HTML needs it

    name = name or source.name  # how messages name the file
    if len(data) > MAX_HTML_BYTES:
        raise DocumentImportError(
            f'"{name}" is larger than the {MAX_HTML_BYTES // 2**20} MB Newsmark reads as a web page (a saved news '
            "page is a few MB at most); open it in a browser, copy the article and paste it as a new document."
        )
    html, encoding = decode_html(data, name)
    found = trafilatura.bare_extraction(
        html,
        url=None,  # a URL here is only a hint, but None makes sure nothing is ever resolved or fetched
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    blocks = (found.text or "").split("\n") if found is not None else []
    if not any(len(block.strip()) >= _MIN_PROSE_CHARS for block in blocks):
        raise DocumentImportError(
            f'"{name}" has no article text Newsmark can find (only menus, links or forms); open the page '
            "in a browser, copy the article and paste it as a new document (Ctrl+Shift+V)."
        )
    text = join_paragraphs(blocks)
    extra = {"language": found.language or "", "description": found.description or ""}
    return ImportedText(
        title=title_from_text(found.title or "", "") or title_from_text(text, source.stem or name),
        text=text,
        source_path=str(source),
        encoding=encoding,
        author=found.author or "",
        published=found.date or "",
        url=found.url or "",
        site=found.sitename or "",
        format="html",
        extra={k: v for k, v in extra.items() if v},
    )


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode a page as a browser would: by its BOM, else its declared charset, else UTF-8 or detection."""
    if not data.startswith(_BOM_STARTS):
        declared = _declared_codec(data[:_PRESCAN_BYTES])
        if declared is not None:
            try:
                return data.decode(declared), declared
            except UnicodeError:
                pass  # the declaration is wrong (pages are often re-saved): fall back to the bytes themselves
    return decode_bytes(data, name)


def _declared_codec(head: bytes) -> str | None:
    """The Python codec for the page's declared charset, if it declares one Python knows."""
    match = _DECLARED_CHARSET.search(head)
    if match is None:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
    except LookupError:
        return None
    # Python also knows byte-to-byte codecs (hex, base64, zip, rot13) and UTF-7, which no browser
    # decodes a page with: such a declaration is ignored, as a browser ignores a label it does not know.
    if not info._is_text_encoding or info.name in _NOT_FOR_PAGES:
        return None
    codec = info.name
    if codec in _AS_CP1252:
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return "utf-8"  # a page read as bytes without a BOM cannot really be UTF-16; browsers use UTF-8
    return codec
