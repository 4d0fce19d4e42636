"""A saved page's title drops the site's name and section the page adds, when the page states its headline clean."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsmark.core.articles import read_article
from newsmark.core.articles.headline import clean_title, without_site_name

BODY = (
    "<p>The harbour board voted on Tuesday to close the old grain pier for repairs lasting most of the winter.</p>"
    "<p>Engineers found that three of the wooden piles under the pier had rotted through at the waterline.</p>"
    "<p>Fishing crews who tie up at the pier will move to the eastern quay, where forty moorings were added.</p>"
)


def _page(tmp_path: Path, title: str, h1: str, og_title: str | None = None) -> Path:
    page = tmp_path / "pier.html"
    og = f"<meta property='og:title' content=\"{og_title}\">" if og_title is not None else ""
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{og}</head><body>"
        f"<main><article><h1>{h1}</h1>{BODY}</article></main></body></html>",
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize("title", [
    "Grain pier to close for winter repairs - Local | Galway Gazette",
    "Grain pier to close for winter repairs | Galway Gazette",
    "Grain pier to close for winter repairs – GG – 28.04.2024",
    "Harbour | Grain pier to close for winter repairs",
])  # fmt: skip
def test_the_site_name_and_section_are_left_out_of_the_title(tmp_path, title):
    page = _page(tmp_path, title, "Grain pier to close for winter repairs", og_title=title)
    assert read_article(page).title == "Grain pier to close for winter repairs"


def test_the_headline_keeps_the_curly_quotes_of_the_page(tmp_path):
    title = "Pier shut for a 'long winter' | Galway Gazette"
    page = _page(tmp_path, title, "Pier shut for a ‘long winter’", og_title=title.replace("'", "&#039;"))
    assert read_article(page).title == "Pier shut for a ‘long winter’"


@pytest.mark.parametrize(("title", "h1"), [
    ("Grain pier to close: what it means for the fishing crews", "Grain pier to close"),  # a colon: the headline's own
    ("Grain pier to close for winter repairs", "Grain pier to close"),  # no separator
    ("Grain pier to close - and the ferry fees will rise again next spring, the harbour board says", "Grain pier to close"),
])  # fmt: skip
def test_a_title_that_is_more_than_a_headline_and_a_site_name_is_kept(tmp_path, title, h1):
    assert read_article(_page(tmp_path, title, h1, og_title=title)).title == title


def test_clean_title_takes_the_longest_headline_stated():
    tree = lxml.html.fromstring(
        "<html><head><meta name='twitter:title' content='Pier to close'></head>"
        "<body><h1>Pier to close for repairs</h1></body></html>"
    )
    assert clean_title("Pier to close for repairs | Gazette", tree) == "Pier to close for repairs"


def _named_page(tmp_path: Path, title: str, head: str = "") -> Path:
    """A page whose only headline is its og:title (no <h1>), with what it says of its site in `head`."""
    page = tmp_path / "named.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content=\"{title}\">{head}</head><body><main><article>{BODY}</article></main>"
        "</body></html>",
        encoding="utf-8",
    )
    return page


GAZETTE = "<meta property='og:site_name' content='The Galway Gazette'>"
ADDRESS = "<link rel='canonical' href='https://www.galwaygazette.ie/news/pier'>"


@pytest.mark.parametrize(("title", "head"), [
    ("Grain pier to close for winter repairs - Galway Gazette", GAZETTE),  # the name it goes by, inside og:site_name
    ("Grain pier to close for winter repairs | The Galway Gazette", GAZETTE),
    ("Grain pier to close for winter repairs | Harbour News - The Galway Gazette", GAZETTE),  # and its section
    ("Grain pier to close for winter repairs * The Galway Gazette * by Ann Byrne", GAZETTE),  # and its byline
    ("Grain pier to close for winter repairs - galwaygazette.ie", ADDRESS),  # its address
    ("Grain pier to close for winter repairs – GalwayGazette", ADDRESS),  # its address without the ending
    ("galwaygazette.ie | Grain pier to close for winter repairs", ADDRESS),  # before the headline
    ("The Galway Gazette: Grain pier to close for winter repairs", GAZETTE),
])  # fmt: skip
def test_the_site_name_is_left_out_of_a_headline_the_page_states_only_with_it(tmp_path, title, head):
    article = read_article(_named_page(tmp_path, title, head))
    assert article.title == "Grain pier to close for winter repairs"
    assert article.text.split("\n")[0] == "Grain pier to close for winter repairs"  # the text opens with it, once
    assert "Gazette" not in article.text


@pytest.mark.parametrize(("title", "head"), [
    ("Grain pier to close for winter repairs - and ferry fees rise", GAZETTE),  # the headline's own second half
    ("Grain pier to close for winter repairs - Galway", GAZETTE),  # a place, not the site's name
    ("Grain pier to close for winter repairs - Galway Gazette", ""),  # the page names no site
    ("Pier closes - Galway Gazette", GAZETTE),  # too little would be left of the headline
    ("Galway: Grain pier to close for winter repairs", GAZETTE),  # a colon headline, not a site's name before it
])  # fmt: skip
def test_a_title_without_the_site_name_around_it_is_kept_whole(tmp_path, title, head):
    assert read_article(_named_page(tmp_path, title, head)).title == title


def test_a_title_that_is_only_the_site_name_stays_whole():
    tree = lxml.html.fromstring(f"<html><head>{GAZETTE}</head><body></body></html>")
    assert without_site_name("The Galway Gazette", tree) == "The Galway Gazette"


def test_a_page_whose_h1_is_its_logo_states_its_headline_in_a_heading_its_class_names(tmp_path):
    page = tmp_path / "logo.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Grain pier to close for winter repairs: Galway Gazette"
        "</title><link rel='canonical' href='https://www.galwaygazette.ie/pier'></head><body>"
        "<h1><a href='/'><img src='logo.png' alt='Galway Gazette'></a></h1>"
        f"<main><h2 class='articleTitle'>Grain pier to close for winter repairs</h2>{BODY}</main>"
        "</body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.title == "Grain pier to close for winter repairs"
    assert article.text.split("\n")[0] == "Grain pier to close for winter repairs"


def test_a_comment_forms_heading_is_no_headline():
    tree = lxml.html.fromstring(
        "<html><body><h1><img src='logo.png'></h1><h3 class='comment-reply-title'>Leave a reply</h3></body></html>"
    )
    assert clean_title("Pier closes | Leave a reply", tree) == "Pier closes | Leave a reply"
