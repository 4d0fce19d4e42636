"""A saved page whose article body is split into several containers is read whole; lists of other pieces are not."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsmark.core.articles import htmlpage
from newsmark.core.articles.htmlpage import read_html
from newsmark.core.articles.splitbody import merge_split_body

# Paragraphs written for these tests: long enough to read as prose, each findable by its opening words.
PART_ONE = [
    "The harbour board voted on Tuesday to close the old grain pier for repairs that will last most of the winter.",
    "Engineers found that three of the wooden piles under the pier had rotted through at the waterline last spring.",
    "Fishing crews who tie up at the pier will move to the eastern quay, where the board has added forty moorings.",
]
PART_TWO = [
    "The repair bill is expected to reach two million pounds, most of it paid from the port's own reserve fund.",
    "A spokeswoman for the board said the work had been planned for years but was brought forward by the survey.",
    "Local traders said they feared a quieter season, although the ferry timetable will not change at all.",
]
PART_THREE = [
    "Work on the pier is due to start in the first week of November and to finish before the Easter holidays.",
    "The board will publish a progress report each month on its website and in the reading room of the library.",
]
HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grain pier to close for repairs</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article class="article main-content">
<header class="article__header"><h1>Grain pier to close for repairs</h1><p class="byline">By A. Reporter</p></header>
<div class="article__chunks">"""
FOOT = """</div></article></main>
<footer class="site-footer"><p>Copyright the Harbour Gazette. All rights reserved. Terms and privacy.</p></footer>
</body></html>"""
BODY_CLASS = "grid--item body body__container article__body grid-layout__content"
AD_ROW = '<div class="ad-row"><div class="ad ad--in-content"><span class="ad-label">Advertisement</span></div></div>'


def paragraphs(texts: list[str]) -> str:
    """The texts as <p> elements."""
    return "".join(f"<p>{text}</p>" for text in texts)


def body_row(texts: list[str], extra: str = "") -> str:
    """One grid row holding one container of the article body, as a magazine's template lays it out."""
    return f'<div class="grid grid-items-2 grid-layout--adrail"><div class="{BODY_CLASS}">{paragraphs(texts)}{extra}</div></div>'


def read(tmp_path: Path, page: str) -> str:
    """The text Newsmark imports from a page."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return read_html(path, path.read_bytes()).text


def order_of(text: str, texts: list[str]) -> list[int]:
    """Where each paragraph starts in the text (-1 when missing)."""
    return [text.find(paragraph) for paragraph in texts]


def test_a_body_split_in_two_rows_around_an_ad_is_read_whole_in_page_order(tmp_path):
    # The WIRED shape: each half of the body in its own grid row, an advertisement row between them; the
    # first half carries an inline "read more" box, which trafilatura already leaves out.
    recirc = '<div class="inline-recirc-wrapper"><a href="/other">Read more: the ferry strike</a></div>'
    page = HEAD + body_row(PART_ONE, recirc) + AD_ROW + body_row(PART_TWO) + FOOT
    text = read(tmp_path, page)
    positions = order_of(text, PART_ONE + PART_TWO)
    assert -1 not in positions and positions == sorted(positions)
    assert all(text.count(paragraph) == 1 for paragraph in PART_ONE + PART_TWO)
    assert "Advertisement" not in text and "Copyright" not in text and "Read more" not in text


def test_a_most_popular_rail_between_the_parts_is_left_out(tmp_path):
    # The newer magazine template: a rail of other stories' titles (no heading elements) between the halves.
    rail = (
        '<div class="recirc-rail"><div class="rail-heading">Most Popular</div>'
        '<a href="/a"><div class="summary-hed">Ferry fares rise again for island commuters</div></a>'
        '<a href="/b"><div class="summary-hed">Ten walks along the old coastal railway line</div></a></div>'
    )
    text = read(tmp_path, HEAD + body_row(PART_ONE) + rail + body_row(PART_TWO) + FOOT)
    assert PART_ONE[0] in text and PART_TWO[-1] in text
    assert "Most Popular" not in text and "Ferry fares" not in text and "coastal railway" not in text


def test_three_parts_are_joined_in_page_order(tmp_path):
    page = HEAD + body_row(PART_ONE) + AD_ROW + body_row(PART_TWO) + AD_ROW + body_row(PART_THREE) + FOOT
    text = read(tmp_path, page)
    positions = order_of(text, PART_ONE + PART_TWO + PART_THREE)
    assert -1 not in positions and positions == sorted(positions)


def test_trafilatura_alone_keeps_only_the_first_part_of_such_a_page(tmp_path, monkeypatch):
    # The defect this fixes, shown on the same page: without the merge only the first half is imported.
    monkeypatch.setattr(htmlpage, "merge_split_body", lambda tree, extracted: False)
    text = read(tmp_path, HEAD + body_row(PART_ONE) + AD_ROW + body_row(PART_TWO) + FOOT)
    assert PART_ONE[0] in text and PART_TWO[0] not in text


def blog_index() -> str:
    """A blog's front page: posts with the same class, each under its own linked heading."""
    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/p{i}">Post number {i}</a></h2>'
        f'<div class="entry-content">{paragraphs(texts)}</div></article>'
        for i, texts in enumerate((PART_ONE, PART_TWO, PART_THREE))
    )
    return HEAD + posts + FOOT


def comment_thread() -> str:
    """An article followed by readers' comments whose bodies share one class, one after another."""
    comments = "".join(
        f'<li class="c-item" id="c{i}"><div class="text-body">{paragraphs([text])}</div></li>' for i, text in enumerate(PART_TWO)
    )
    return HEAD + f'<div class="text-body">{paragraphs(PART_ONE)}</div><ol class="commentlist">{comments}</ol>' + FOOT


def related_cards() -> str:
    """An article whose body class is shared by the cards of other stories below it."""
    cards = "".join(f'<div class="story-card"><div class="story-text">{paragraphs([t])}</div></div>' for t in PART_TWO)
    return HEAD + f'<div class="story-text">{paragraphs(PART_ONE)}</div>' + cards + FOOT


@pytest.mark.parametrize("page", [blog_index(), comment_thread(), related_cards()], ids=["blog", "comments", "cards"])
def test_containers_that_are_separate_pieces_are_not_merged(page):
    tree = lxml.html.fromstring(page)
    first_part_only = "\n".join(PART_ONE)
    assert not merge_split_body(tree, first_part_only)
    assert lxml.html.tostring(tree) == lxml.html.tostring(lxml.html.fromstring(page))


def test_a_body_whose_later_part_is_already_read_is_left_alone():
    page = HEAD + body_row(PART_ONE) + AD_ROW + body_row(PART_TWO) + FOOT
    assert not merge_split_body(lxml.html.fromstring(page), "\n".join(PART_ONE + PART_TWO))


def test_a_page_without_a_split_body_is_extracted_once(tmp_path, monkeypatch):
    calls = []
    extract = htmlpage._extract
    monkeypatch.setattr(htmlpage, "_extract", lambda html, tables: calls.append(1) or extract(html, tables))
    text = read(tmp_path, HEAD + body_row(PART_ONE + PART_TWO) + FOOT)
    assert len(calls) == 1 and PART_TWO[-1] in text


def nested_row(texts: list[str]) -> str:
    """The newer magazine template: row, grid item, body wrapper, inner container, each level with a class of its own."""
    inner = f'<div class="body__inner-container">{paragraphs(texts)}</div>'
    wrapper = f'<div class="BodyWrapper-xK2 body body__container article__body">{inner}</div>'
    item = f'<div class="GridItem-a1 grid--item grid-layout__content">{wrapper}</div>'
    return f'<div class="GridWrapper-b2 grid grid-items-2 ArticlePageChunks-c3">{item}</div>'


def test_a_split_body_with_inner_containers_is_read_whole(tmp_path):
    text = read(tmp_path, HEAD + nested_row(PART_ONE) + AD_ROW + nested_row(PART_TWO) + FOOT)
    positions = order_of(text, PART_ONE + PART_TWO)
    assert -1 not in positions and positions == sorted(positions)


def next_story() -> str:
    """An endless page: the article, then the next story's body (same class) outside the article's element."""
    first = f'<article class="story"><div class="story-body">{paragraphs(PART_ONE)}</div></article>'
    return HEAD + first + AD_ROW + f'<div class="next"><div class="story-body">{paragraphs(PART_TWO)}</div></div>' + FOOT


def licence_line() -> str:
    """A body followed by a one-paragraph container of the same class: a licence or donation line."""
    note = "This text is published under a Creative Commons licence; the photographs are not."
    return HEAD + body_row(PART_ONE) + AD_ROW + body_row([note]) + FOOT


@pytest.mark.parametrize("page", [next_story(), licence_line()], ids=["next-story", "licence"])
def test_a_next_story_or_a_single_closing_line_is_not_merged(page):
    tree = lxml.html.fromstring(page)
    assert not merge_split_body(tree, "\n".join(PART_ONE))


def test_a_later_container_of_publisher_notes_is_not_merged():
    notes = (
        '<div class="editorial-disclaimer"><p class="disclaimer-text">NOTE: the advertising notice below does not'
        " apply to this article, which was written by our own staff.</p></div>"
        '<p class="ad-disclosure">Advertising disclosure: we may be paid for some of the links in our stories.</p>'
    )
    page = (
        HEAD
        + body_row(PART_ONE)
        + AD_ROW
        + f'<div class="grid grid-items-2 grid-layout--adrail"><div class="{BODY_CLASS}">{notes}</div></div>'
        + FOOT
    )
    assert not merge_split_body(lxml.html.fromstring(page), "\n".join(PART_ONE))
