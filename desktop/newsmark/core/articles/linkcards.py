"""Cards of other stories (a block inside a link: a teaser's heading and first lines) left out of a page's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def drop_link_cards(extracted: list[str], tree: HtmlElement) -> list[str]:
    """The extracted lines without those the page shows only as a block inside a link (<a href><p>…</p></a>):
    a "You might also like" card of another story, its teaser cut off mid-sentence. A paragraph with a link
    in it stays, as does a line the page also has as a paragraph outside any link. Nothing is dropped when the
    cards would be most of the text (a page that wraps its own story in a link)."""
    carded = set()
    for link in tree.iter("a"):
        if link.get("href") is None:
            continue
        for block in link.iter(*_BLOCKS):
            if block is not link:
                carded.add(" ".join(block.text_content().split()))
    carded.discard("")
    if not carded.intersection(extracted):
        return extracted
    for element in tree.iter("p", *_HEADINGS):
        if not any(ancestor.tag == "a" for ancestor in element.iterancestors()):
            carded.discard(" ".join(element.text_content().split()))
    kept = [line for line in extracted if line not in carded]
    return kept if sum(map(len, kept)) * 2 > sum(map(len, extracted)) else extracted
