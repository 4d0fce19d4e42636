"""A page's title without the site's name or section the page adds to it, when the page gives its headline clean."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# What sites put between the headline and their name or section: "Headline | Site", "Headline - Section | Site",
# "Headline – DW – 28.04.2023", "Site: Headline" is not among them (a colon starts many a headline's second half).
_SEPARATOR = re.compile(r"\s+[|\-–—•·»/]\s+|\s*[|｜：]\s*")
# Titles are often typed with straight quotes where the <h1> has curly ones: compared alike, one for one.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_MOST_ADDED = 60  # characters: a site's name, section and date; more is a headline's own second half


def clean_title(title: str, tree: HtmlElement) -> str:
    """The title, or the headline the page itself states (its <h1>, og:title or twitter:title) when the title is
    that headline with the site's name, section or date before or after it, set off by a separator."""
    flat_title = " ".join(title.split()).translate(_QUOTES)
    best, best_length = "", 0
    for stated in _stated_headlines(tree):
        headline = stated.translate(_QUOTES)
        if len(headline) <= best_length or len(headline) >= len(flat_title):
            continue
        if flat_title.startswith(headline):
            added = flat_title[len(headline) :]
            if _SEPARATOR.match(added) and len(added) <= _MOST_ADDED:
                best, best_length = stated, len(headline)
        elif flat_title.endswith(headline):
            added = flat_title[: -len(headline)]
            if _ends_in_separator(added) and len(added) <= _MOST_ADDED:
                best, best_length = stated, len(headline)
    return best or title


def _stated_headlines(tree: HtmlElement) -> list[str]:
    """What the page states as its headline: each <h1>'s text and its og:title and twitter:title."""
    found = [element.text_content() for element in tree.iter("h1")]
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            found.append(meta.get("content") or "")
    return [" ".join(text.split()) for text in found if text.strip()]


def _ends_in_separator(added: str) -> bool:
    """Whether text put before a headline ends in a separator (and holds more than one)."""
    match = None
    for match in _SEPARATOR.finditer(added):
        pass
    return match is not None and match.end() == len(added) and match.start() > 0


def stated_by_page(headline: str, tree: HtmlElement) -> bool:
    """Whether the page itself states the headline (as its <h1>, og:title or twitter:title), quotes alike: a
    headline, not a title that only the <title> element gives ("Home", "Search results | Site")."""
    flat = " ".join(headline.split()).translate(_QUOTES)
    return any(stated.translate(_QUOTES) == flat for stated in _stated_headlines(tree))
