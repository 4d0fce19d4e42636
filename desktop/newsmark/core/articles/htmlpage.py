"""Reading a saved news page: the article's main text and metadata, found by trafilatura, never fetched."""

from __future__ import annotations

import codecs
import re
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

from newsmark.core.articles.dropped import reads_as_sentence, restore_dropped
from newsmark.core.articles.hardwrap import unwrap
from newsmark.core.articles.headline import clean_title, stated_by_page, without_site_name
from newsmark.core.articles.linkcards import drop_link_cards
from newsmark.core.articles.opening import put_back_opening, with_headline
from newsmark.core.articles.pagelines import (
    ShownLine,
    join_broken_sentences,
    join_cut_lines,
    shown_lines,
    split_glued_heads,
)
from newsmark.core.articles.repeats import drop_repeated_copies
from newsmark.core.articles.splitbody import merge_split_body
from newsmark.core.errors import DocumentImportError
from newsmark.core.articles.plaintext import ImportedText, decode_bytes, join_paragraphs, title_from_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

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
_HIGH_BYTES = bytes(range(0x80, 0x100))  # one character each in a one-byte charset
# Extraction takes about a second per MB; a saved news page, scripts and all, stays far below this.
MAX_HTML_BYTES = 32 * 2**20
# trafilatura falls back on its own (readability, jusText, then the page's bare text) when its main pass finds
# little, so it finds something on nearly every page: on a sign-in page, the menu words. What it finds is
# taken unless it is that: less than trafilatura's own "enough" (min_extracted_size) and not one sentence.
_ENOUGH_CHARS = 250
# The extracted text loses blank lines, so a hard-wrapped page's paragraph ends are read from its markup:
# the text just before two <br>s, or before a blank line (which only <pre> shows).
_PARAGRAPH_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}|\n[ \t]*\n", re.IGNORECASE)
_LONGEST_LINE = 1000  # a wrapped line is far shorter; looking no further back keeps this linear in the page


def read_html(
    source: Path, data: bytes, *, name: str | None = None, tables: bool = True, printed_lines: bool = False
) -> ImportedText:
    """The article in a saved page: one block (heading, paragraph, list item, table row) per paragraph.

    A hard-wrapped article (a <pre> press release, a post with <br> at every line) has each paragraph's
    lines joined (see hardwrap.unwrap) unless ``printed_lines``.

    Navigation, scripts, styles, cookie banners, comments and footers are left out; blocks are
    separated by one blank line. Nothing is fetched: the page's links and its URL are only read.
    """
    from trafilatura.utils import load_html  # imported here: trafilatura takes half a second, only HTML needs it

    name = name or source.name  # how messages name the file
    if len(data) > MAX_HTML_BYTES:
        raise DocumentImportError(
            f'"{name}" is larger than the {MAX_HTML_BYTES // 2**20} MB Newsmark reads as a web page (a saved news '
            "page is a few MB at most); open it in a browser, copy the article and paste it as a new document."
        )
    html, encoding, replaced = decode_html(data, name)
    found = _extract(html, tables)
    lines: list[ShownLine] = []
    tree = load_html(html) if found is not None and found.text else None
    if found is not None and found.text and tree is not None:
        lines = shown_lines(tree)
        # trafilatura reads the first container of a body the page splits in two (an ad row between):
        # the rest is read too, from a tree whose first container holds them all.
        if merge_split_body(tree, found.text):
            merged = _extract(tree, tables)
            if merged is not None and len(merged.text or "") > len(found.text):
                found = merged
    extracted, width = ((found.text or "") if found is not None else ""), None
    if lines and tree is not None:
        # trafilatura cuts a line of text at its links (the page shows it whole), and drops a body paragraph
        # made mostly of one link: both mended from the page.
        mended = restore_dropped(split_glued_heads(join_cut_lines(extracted.split("\n"), lines), lines), tree)
        # A first paragraph or standfirst dropped above the body is put back; cards of other stories left out.
        extracted = "\n".join(drop_link_cards(put_back_opening(mended, tree), tree))
    if not printed_lines:
        extracted, width = unwrap(extracted, _paragraph_ends(html))
        if lines and width is None:  # a stray <br> in a sentence is no paragraph's end (a hard wrap is unwrap's)
            extracted = "\n".join(join_broken_sentences(extracted.split("\n"), lines))
    blocks = drop_repeated_copies(extracted.split("\n")) if extracted else []
    if not _reads_as_article(blocks):
        raise DocumentImportError(
            f'"{name}" has no article text Newsmark can find (only menus, links or forms); open the page '
            "in a browser, copy the article and paste it as a new document (Ctrl+Shift+V)."
        )
    headline = found.title or ""
    if headline and tree is not None:  # "Headline - Section | Site" when the page's <h1> says "Headline"
        headline = without_site_name(clean_title(headline, tree), tree)
        if not printed_lines and stated_by_page(headline, tree):  # the text opens with its headline, as read
            blocks = with_headline(blocks, headline, found.sitename or "", tuple(h1.text_content() for h1 in tree.iter("h1")))
    text = join_paragraphs(blocks)
    extra = {"language": found.language or "", "description": found.description or "", "hard_wrap": str(width or "")}
    if replaced:  # bad byte sequences anywhere in the page, so an analyst can tell a "�" came from the file
        extra["replacement_characters"] = str(replaced)
    return ImportedText(
        title=title_from_text(headline, "") or title_from_text(text, source.stem or name),
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


def _extract(html: str | HtmlElement, tables: bool) -> Document | None:
    """trafilatura's reading of a page (its text or parsed tree), with nothing ever fetched."""
    import trafilatura

    return trafilatura.bare_extraction(
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


def _paragraph_ends(html: str) -> frozenset[str]:
    """The lines of the page's text that its markup shows ending a paragraph (before <br><br> or a blank line)."""
    ends = set()
    for found in _PARAGRAPH_BREAK.finditer(html):
        before = html[max(0, found.start() - _LONGEST_LINE) : found.start()]
        line = before[max(before.rfind("<"), before.rfind(">"), before.rfind("\n")) + 1 :]
        ends.add(unescape(line).strip())
    ends.discard("")
    return frozenset(ends)


def _reads_as_article(blocks: list[str]) -> bool:
    """Whether extracted blocks are an article, however short or hard-wrapped: enough text, or one sentence."""
    lines = [block.strip() for block in blocks if block.strip()]
    return sum(map(len, lines)) >= _ENOUGH_CHARS or any(map(reads_as_sentence, lines))


def decode_html(data: bytes, name: str) -> tuple[str, str, int]:
    """Decode a page as a browser would: by its BOM, else its declared charset, else UTF-8 or detection.

    Returns the text, the codec and how many invalid byte sequences became U+FFFD, as in a browser. A
    declaration that most of the page's non-ASCII bytes contradict is wrong, and then the bytes decide.
    """
    if data.startswith(codecs.BOM_UTF8):
        declared = "utf-8-sig"  # the strongest declaration there is; the codec drops the BOM
    elif not data.startswith(_BOM_STARTS):
        declared = _declared_codec(data[:_PRESCAN_BYTES])
        if declared is not None and _resaved_as_utf8(data, declared):
            declared = "utf-8"
    else:
        declared = None  # UTF-16: decode_bytes knows its BOMs and checks for binary data
    if declared is not None:
        try:
            return data.decode(declared), declared, 0
        except UnicodeError:
            text, replaced = _decode_replacing(data, declared)
            if _declaration_holds(text, replaced):
                return text, declared, replaced
            # Most of it does not decode as declared: the page was re-saved in another charset; the bytes decide.
    text, codec = decode_bytes(data, name)
    return text, codec, 0


def _resaved_as_utf8(data: bytes, declared: str) -> bool:
    """Whether a page that declares a one-byte charset (latin-1, cp1252, koi8-r ...) is UTF-8 all the same: a tool
    re-saved it as UTF-8 and kept its old declaration. Text in a one-byte charset is almost never valid UTF-8
    once it holds a non-ASCII letter ("für" is f\\xfcr); re-saved text always is ("für" would read "fÃ¼r")."""
    if len(_HIGH_BYTES.decode(declared, "replace")) != len(_HIGH_BYTES) or data.isascii():
        return False  # a multi-byte charset (Shift_JIS, GBK, EUC-KR) is not second-guessed; ASCII reads alike
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_replacing(data: bytes, codec: str) -> tuple[str, int]:
    """The text with each invalid byte sequence replaced by U+FFFD, as browsers decode, and how many were."""
    text = data.decode(codec, "replace")
    # "ignore" drops exactly what "replace" replaces, so the difference counts replacements, not real U+FFFDs.
    return text, len(text) - len(data.decode(codec, "ignore"))


def _declaration_holds(text: str, replaced: int) -> bool:
    """Whether most non-ASCII characters decoded as declared: a few bad bytes (a cut character, a pasted
    cp1252 quote) must not turn every "ö" of a UTF-8 page into "Ã¶"."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - replaced >= replaced


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
