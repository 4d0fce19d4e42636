"""A page's title without the site's name or section the page adds to it, when the page gives its headline clean."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# What sites put between the headline and their name or section: "Headline | Site", "Headline - Section | Site",
# "Headline – DW – 28.04.2023", "Site: Headline" is not among them (a colon starts many a headline's second half).
_SEPARATOR = re.compile(r"\s+[|\-–—•·»/*]\s+|\s*[|｜：]\s*")
# Titles are often typed with straight quotes where the <h1> has curly ones: compared alike, one for one.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_MOST_ADDED = 60  # characters: a site's name, section and date; more is a headline's own second half
_COLON = re.compile(r":\s+")
_TITLE_CLASS = re.compile(r"^(?!.*(?:reply|comment|widget)).*(?:title|headline)", re.IGNORECASE)  # not a form's
_NOT_LETTER = re.compile(r"[\W_]+")
_SHORTEST_SITE_KEY = 4  # letters: "US", "AP" or "Live" after a dash may be the headline's own last word
_MOST_OF_NAME = 0.6  # "Barbados Today" of "The Barbados TODAY Inc.", not "Galway" of "The Galway Gazette"
_SECTION_WORDS = 2  # "Politics", "Bhopal News": a section's name; a headline's own second half says more
_FEWEST_WORDS_LEFT = 3  # a headline cut down to a word or two was more than a site's name


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


def without_site_name(title: str, tree: HtmlElement) -> str:
    """The title without the site's own name (as the page names itself: og:site_name, application-name, its address)
    set off by a separator after or before it: "Pier to close - Galway Gazette", "gazette.ie | Pier to close"."""
    names = {key for key in map(_letters, site_names(tree)) if len(key) >= _SHORTEST_SITE_KEY}
    if not names or _letters(title) in names:  # a title that is only the site's name stays what it is
        return title
    boundaries = sorted([*_SEPARATOR.finditer(title), *_COLON.finditer(title)], key=lambda m: m.start())
    for separator in boundaries:  # leftmost first: the site's name with its sections and slogan ("…: Site" too)
        before, after = title[: separator.start()], title[separator.end() :]
        named = _names_site(after, names) or _names_site(_SEPARATOR.split(after, 1)[0], names)  # "- Site - by A. Writer"
        if named and len(before.split()) >= _FEWEST_WORDS_LEFT:
            return _without_section(before.strip())
    for boundary in reversed(boundaries):  # "Site: Headline" as well
        before, after = title[: boundary.start()], title[boundary.end() :]
        if _letters(before) in names and len(after.split()) >= _FEWEST_WORDS_LEFT:
            return after.strip()
    return title


def _without_section(title: str) -> str:
    """A title without the section's name a site put between it and its own name ("… | Bhopal News - Site")."""
    last = _last_separator(title)
    if last is None or len(title[last.end() :].split()) > _SECTION_WORDS:
        return title
    before = title[: last.start()].strip()
    return before if len(before.split()) >= _FEWEST_WORDS_LEFT else title


def site_names(tree: HtmlElement) -> list[str]:
    """The names a page gives its site: og:site_name, application-name, its twitter account and its address's host
    with and without the domain ending ("lastampa.it", "lastampa")."""
    names = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name", "twitter:site"):
            names.append((meta.get("content") or "").lstrip("@"))
        elif key == "og:url":
            names.extend(_host_names(meta.get("content") or ""))
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            names.extend(_host_names(link.get("href") or ""))
    return [name for name in names if name.strip()]


def _host_names(url: str) -> list[str]:
    """A page address's host without "www.", and without its last label too."""
    host = urlsplit(url.strip()).hostname or ""
    host = host.removeprefix("www.")
    return [host, host.rpartition(".")[0]] if "." in host else []


def _names_site(part: str, names: set[str]) -> bool:
    """Whether a part of a title names the site: one of its names, or most of one, the name it goes by inside a
    longer one ("Barbados Today" of "The Barbados TODAY Inc.")."""
    key = _letters(part)
    return len(key) >= _SHORTEST_SITE_KEY and any(key in name and len(key) >= _MOST_OF_NAME * len(name) for name in names)


def _letters(text: str) -> str:
    """The letters and digits of a name, case folded: names compared alike whatever their spacing and stops."""
    return _NOT_LETTER.sub("", text).casefold()


def _stated_headlines(tree: HtmlElement) -> list[str]:
    """What the page states as its headline: each <h1>'s text and its og:title and twitter:title, and an <h2> or <h3>
    its class calls the title or headline when no <h1> has words (a logo's image: <h2 class="articleTitle">)."""
    found = [element.text_content() for element in tree.iter("h1")]
    if not any(text.strip() for text in found):  # the <h1> is a logo or there is none: its class names the headline
        found = [element.text_content() for element in tree.iter("h2", "h3") if _TITLE_CLASS.search(element.get("class") or "")]
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            found.append(meta.get("content") or "")
    return [" ".join(text.split()) for text in found if text.strip()]


def _ends_in_separator(added: str) -> bool:
    """Whether text put before a headline ends in a separator (and holds more than one)."""
    match = _last_separator(added)
    return match is not None and match.end() == len(added) and match.start() > 0


def _last_separator(text: str) -> re.Match | None:
    """The last separator in a title, if any."""
    match = None
    for match in _SEPARATOR.finditer(text):
        pass
    return match


def stated_by_page(headline: str, tree: HtmlElement) -> bool:
    """Whether the page itself states the headline (as its <h1>, og:title or twitter:title, with or without the
    site's name), quotes alike: a headline, not a title only the <title> element gives ("Home", "Results | Site")."""
    flat = " ".join(headline.split()).translate(_QUOTES)
    return any(
        flat in (stated.translate(_QUOTES), without_site_name(stated, tree).translate(_QUOTES))
        for stated in _stated_headlines(tree)
    )
