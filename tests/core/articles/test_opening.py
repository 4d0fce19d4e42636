"""A saved page's text opens with its headline; a first paragraph or standfirst dropped above the body is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmark.core.articles import read_article

# Paragraphs written for these tests.
BODY = [
    "The harbour board voted on Tuesday to close the old grain pier for repairs lasting most of the winter.",
    "Engineers found that three of the wooden piles under the pier had rotted through at the waterline.",
    "Fishing crews who tie up at the pier will move to the eastern quay, where forty moorings were added.",
    "The repair bill is expected to reach two million euro, most of it paid from the port's reserve fund.",
]
HEADLINE = "Grain pier to close for winter repairs"


def _page(tmp_path: Path, title: str, above: str, body: str = "", *, site: str = "Galway Gazette") -> Path:
    page = tmp_path / "pier.html"
    paragraphs = body or "".join(f"<p>{p}</p>" for p in BODY)
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:site_name' content='{site}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<header class='top'>{above}</header><main><div class='story'>{paragraphs}</div></main>"
        "<footer><p>Copyright the Galway Gazette.</p></footer></body></html>",
        encoding="utf-8",
    )
    return page


def _paragraphs(page: Path, **options) -> list[str]:
    return read_article(page, **options).text.strip().split("\n\n")


def test_the_text_opens_with_the_headline_and_a_blank_line(tmp_path):
    # The <h1> sits above the story's box, so the extractor reads the body only.
    page = _page(tmp_path, f"{HEADLINE} | Galway Gazette", f"<h1>{HEADLINE}</h1>")
    document = read_article(page)
    assert document.title == HEADLINE
    assert document.text.startswith(f"{HEADLINE}\n\n{BODY[0]}\n\n")


@pytest.mark.parametrize("h1", [
    HEADLINE,
    "GRAIN PIER TO CLOSE FOR WINTER REPAIRS",  # case
    "Grain pier to close — for winter repairs",  # a dash the title lacks
    "Grain pier to close for winter repairs.",  # punctuation
    "EXCLUSIVE: Grain pier to close for winter repairs",  # a label before it
])
def test_a_text_that_opens_with_its_headline_gets_no_second_one(tmp_path, h1):
    page = _page(tmp_path, f"{HEADLINE} | Galway Gazette", "", f"<h1>{h1}</h1>" + "".join(f"<p>{p}</p>" for p in BODY))
    paragraphs = _paragraphs(page)
    assert paragraphs[0] == h1
    assert paragraphs[1] == BODY[0]


def test_a_text_that_opens_with_the_pages_headline_worded_otherwise_than_its_title_gets_no_second_one(tmp_path):
    # The page's <meta og:title> words the headline otherwise than the <h1> it prints; the extractor keeps the <h1>.
    h1 = "Grain pier shut all winter as rot found in piles"
    page = _page(tmp_path, HEADLINE, "", f"<h1>{h1}</h1>" + "".join(f"<p>{p}</p>" for p in BODY))
    page.write_text(page.read_text().replace("<title>", f"<meta property='og:title' content='{HEADLINE}'><title>"))
    paragraphs = _paragraphs(page)
    assert paragraphs[:2] == [h1, BODY[0]]


def test_a_headline_taken_for_the_site_name_is_put_first(tmp_path):
    # A page that names no site: the extractor gives its title as the site's name too.
    page = _page(tmp_path, HEADLINE, f"<h1>{HEADLINE}</h1>", site=HEADLINE)
    assert _paragraphs(page)[:2] == [HEADLINE, BODY[0]]


def test_a_title_that_is_only_the_site_name_is_not_put_first(tmp_path):
    page = _page(tmp_path, "Galway Gazette", "<h1>Galway Gazette</h1>")
    assert _paragraphs(page)[0] == BODY[0]


@pytest.mark.parametrize("title", ["News", "Latest news"])
def test_a_section_name_is_not_put_first(tmp_path, title):
    assert _paragraphs(_page(tmp_path, title, f"<h1>{title}</h1>"))[0] == BODY[0]


def test_a_title_the_page_does_not_state_as_a_headline_is_not_put_first(tmp_path):
    # Only <title> says it (no <h1>, og:title or twitter:title): a browser tab's label, not a headline.
    assert _paragraphs(_page(tmp_path, "Search results for pier repairs", ""))[0] == BODY[0]


def test_keep_lines_leaves_the_text_as_the_page_has_it(tmp_path):
    page = _page(tmp_path, f"{HEADLINE} | Galway Gazette", f"<h1>{HEADLINE}</h1>")
    assert _paragraphs(page, keep_lines=True)[0] == BODY[0]


def test_a_first_paragraph_that_opens_with_a_link_is_read(tmp_path):
    # Each paragraph in its own box; the first opens with a link and has non-breaking spaces.
    first = "<a href='/topic/harbour'>Galway</a>\u00a0harbour\u00a0board members voted to keep the slipway open."
    boxes = "".join(f"<div class='row'><div><div><p>{p}</p></div></div></div>" for p in [first, *BODY])
    page = tmp_path / "pier.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><div class='hero'><h1>{HEADLINE}</h1></div>"
        f"<div class='author'><a href='/author/ann'>Ann Reilly</a> 2 minutes ago</div>{boxes}</body></html>",
        encoding="utf-8",
    )
    paragraphs = _paragraphs(page)
    assert paragraphs[:3] == [HEADLINE, "Galway harbour board members voted to keep the slipway open.", BODY[0]]


STANDFIRST = "PIER WORKS: The board said fishing crews would lose no moorings while the piles are replaced"


def test_the_standfirst_under_the_headline_is_read(tmp_path):
    above = f"<div class='story-top'><h1>{HEADLINE}</h1><h2><font class='red'>PIER WORKS:</font> {STANDFIRST[12:]}</h2>"
    page = tmp_path / "pier.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body>{above}"
        f"<ul class='share'><li><a href='/share'>Share</a></li></ul>{''.join(f'<p>{p}</p>' for p in BODY)}</div>"
        "</body></html>",
        encoding="utf-8",
    )
    assert _paragraphs(page)[:3] == [HEADLINE, STANDFIRST, BODY[0]]


def test_a_short_label_under_the_headline_is_not_read_as_a_standfirst(tmp_path):
    above = f"<div class='story-top'><h1>{HEADLINE}</h1><h2>Harbour news</h2>"
    page = tmp_path / "pier.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body>{above}{''.join(f'<p>{p}</p>' for p in BODY)}</div>"
        "</body></html>",
        encoding="utf-8",
    )
    assert "Harbour news" not in read_article(page).text


@pytest.mark.parametrize("h1", [
    # The title in a breadcrumb's last item; the headline as shown is the heading under it.
    f"<ul class='crumbs'><li><a href='/'>Home</a></li><li><h1>{HEADLINE}</h1></li></ul>",
    # A second headline of the same words under the first.
    "<h1>Galway Gazette: grain pier to close for the winter repairs</h1>",
])
def test_a_second_headline_under_the_headline_is_not_read_as_a_standfirst(tmp_path, h1):
    second = "Grain pier to close for winter repairs as rotten piles are found below"
    page = tmp_path / "pier.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><div class='story-top'>{h1}<h2>{second}</h2>"
        f"{''.join(f'<p>{p}</p>' for p in BODY)}</div></body></html>",
        encoding="utf-8",
    )
    assert second not in read_article(page).text
