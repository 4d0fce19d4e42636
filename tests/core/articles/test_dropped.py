"""A body paragraph trafilatura drops from between two it keeps (one made mostly of a link, a teaser box's) is read."""

from __future__ import annotations

from pathlib import Path

from newsmark.core.articles import read_article

# Paragraphs written for these tests.
PARAGRAPHS = [
    "The harbour board voted on Tuesday to close the old grain pier for repairs lasting most of the winter.",
    "Engineers found that three of the wooden piles under the pier had rotted through at the waterline.",
    "Fishing crews who tie up at the pier will move to the eastern quay, where forty moorings were added.",
]
LINKED = "It also <a href='https://example.org/harbour-plan'>sets the fees that ferry companies pay at each berth</a>."
LINKED_TEXT = "It also sets the fees that ferry companies pay at each berth."
LATER = [
    "The repair bill is expected to reach two million euro, most of it paid from the port's reserve fund.",
    "A spokeswoman for the board said the work had been planned for years but was brought forward.",
]


def _block(paragraph: str, kind: str = "text-block") -> str:
    return f"<div data-component='{kind}' class='blk'><div class='inner'><p class='para'>{paragraph}</p></div></div>"


def _page(tmp_path: Path, body: str, headline: str = "<h1>Grain pier to close</h1>") -> Path:
    page = tmp_path / "pier.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Grain pier to close</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>{headline}"
        f"{body}</article></main><footer><p>Copyright the Galway Gazette.</p></footer></body></html>",
        encoding="utf-8",
    )
    return page


def test_a_paragraph_made_mostly_of_a_link_before_a_heading_is_read(tmp_path):
    body = "".join(map(_block, PARAGRAPHS)) + _block(LINKED) + "<h2>What happens next?</h2>" + "".join(map(_block, LATER))
    paragraphs = read_article(_page(tmp_path, body)).text.strip().split("\n\n")
    assert paragraphs[paragraphs.index(PARAGRAPHS[-1]) + 1] == LINKED_TEXT
    assert paragraphs[paragraphs.index(LINKED_TEXT) + 1] == "What happens next?"


def test_the_second_paragraph_in_a_teaser_box_is_read(tmp_path):
    para = "<div class='article-body'><p class='font-copy'>{}</p></div>"
    body = (
        f"<div class='metered'><div class='teaser-content'>{para.format(PARAGRAPHS[0])}{para.format(PARAGRAPHS[1])}"
        f"</div>{''.join(para.format(p) for p in PARAGRAPHS[2:] + LATER)}</div>"
    )
    paragraphs = read_article(_page(tmp_path, body, headline="")).text.strip().split("\n\n")
    assert paragraphs == PARAGRAPHS + LATER


def test_a_paragraph_made_otherwise_or_not_a_sentence_stays_out(tmp_path):
    # Between two body paragraphs: a link-only line in the body's own make, and a sign-up line in a box of its own.
    body = (
        _block(PARAGRAPHS[0]) + _block("<a href='/pier-history'>Read more: the pier's long history in pictures</a>")
        + _block(PARAGRAPHS[1]) + "<div class='promo'><p class='signup'><a href='/newsletter'>Sign up to our "
        "morning newsletter for the day's harbour news in your inbox.</a></p></div>" + _block(PARAGRAPHS[2])
    )  # fmt: skip
    text = read_article(_page(tmp_path, body)).text
    assert "Read more" not in text and "Sign up" not in text


def test_a_comment_between_two_kept_paragraphs_stays_out(tmp_path):
    # A thread's comments are made alike; trafilatura leaves them out on purpose.
    comment = "<div class='comment-body'><div class='inner'><p class='para'>{}</p></div></div>"
    body = (
        _block(PARAGRAPHS[0]) + comment.format("Great article, I have walked on that pier since I was a child.")
        + _block(PARAGRAPHS[1])
    )  # fmt: skip
    assert "Great article" not in read_article(_page(tmp_path, body)).text
