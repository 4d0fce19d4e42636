"""A saved page's opening: its headline first, and what the extractor dropped between the headline and the body."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from newsmark.core.articles.dropped import in_discussion, reads_as_sentence, shape

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MOST_BETWEEN = 3  # page elements between the headline and the first extracted line that may be put back
_SHAPE_DEPTH = 4  # ancestors whose tag and class a put-back paragraph shares with the body's first one
_STANDFIRST_WORDS = 8  # a sub-headline that summarises the story; a section's label or a date is shorter
_FIRST_LINES = 3  # lines of the text in which a headline the page already gave is looked for (after a kicker ...)
_MOST_ADDED = 60  # characters a first line may add to the headline (a kicker, "EXCLUSIVE:", a longer <h1>)
_MOST_HEADLINE = 300  # characters: a longer "title" is a description, not a headline
_MIN_WORDS = 3  # "Obituaries", "Latest news": a section's name; a headline says more
_MIN_UNSPACED = 6  # characters of a headline in a script written without spaces (Chinese, Japanese, Thai)
_LONGEST_SITE_NAME = 6  # words: "The Galway Gazette and Connacht Tribune"
_NOT_WORD = re.compile(r"[\W_]+")


def with_headline(blocks: list[str], headline: str, site: str, printed: tuple[str, ...] = ()) -> list[str]:
    """The blocks with the headline put first, unless the text already opens with it (a kicker or a label before
    it, a longer <h1>, other quotes, dashes or case) or with a headline the page prints (``printed``: its <h1>s,
    worded otherwise than its title), or the headline is no headline (empty, only the site's name, a section's
    name, a long description)."""
    headline = " ".join(headline.split())
    key = _key(headline)
    if not key or len(headline) > _MOST_HEADLINE or not _says_enough(headline) or _is_site_name(key, site):
        return blocks
    keys = [_key(line) for line in blocks[:_FIRST_LINES]]
    if any(_same_headline(line, key) for line in keys) or any(_key(h1) in keys for h1 in printed if _says_enough(h1)):
        return blocks
    return [headline, *blocks]


def put_back_opening(extracted: list[str], tree: HtmlElement) -> list[str]:
    """The extracted lines with what the page shows between its headline (<h1>) and the first extracted line put
    back: paragraphs made as the body's first one that read as sentences (trafilatura drops a first paragraph
    that opens with a link), or a single sub-headline of a sentence's length right after the headline (the
    standfirst)."""
    if not extracted:
        return extracted
    elements = [(e, " ".join(e.text_content().split())) for e in tree.iter("p", *_HEADINGS)]
    elements = [(e, text) for e, text in elements if text]
    found = [index for index, (_, text) in enumerate(elements) if text == extracted[0]]
    if len(found) != 1:
        return extracted  # a first line the page has twice (or not as one element) does not say where the body starts
    first = found[0]
    above = [index for index in range(max(0, first - _MOST_BETWEEN - 1), first) if elements[index][0].tag == "h1"]
    if not above:
        return extracted
    between = elements[above[-1] + 1 : first]
    kept = set(extracted)
    if not between or any(text in kept for _, text in between):
        return extracted
    first_shape = shape(elements[first][0], _SHAPE_DEPTH)
    if first_shape[0] == "p" and all(
        shape(e, _SHAPE_DEPTH) == first_shape and reads_as_sentence(text) and not in_discussion(e) for e, text in between
    ):
        return [text for _, text in between] + extracted
    headline = elements[above[-1]]
    if len(between) == 1 and _standfirst(between[0][0], between[0][1], headline[0], headline[1]):
        return [between[0][1], *extracted]
    return extracted


def _standfirst(element: HtmlElement, text: str, h1: HtmlElement, headline: str) -> bool:
    """Whether a heading right under the headline is its standfirst: a sentence's length, and not a second
    headline (an <h1> in a breadcrumb's list states the title, the heading under it the headline as shown; or
    the same words again)."""
    if element.tag not in _HEADINGS or len(text.split()) < _STANDFIRST_WORDS:
        return False
    if any(ancestor.tag in ("li", "nav") for ancestor in h1.iterancestors()):
        return False
    words, headline_words = set(_key(text).split()), set(_key(headline).split())
    return len(words & headline_words) * 2 < len(words)


def _key(text: str) -> str:
    """A line as headlines are compared: case, quotes, dashes, punctuation and spacing left out."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def _same_headline(line: str, headline: str) -> bool:
    """Whether a line (as a key) states the headline: the same words, with a kicker or label added, or the
    headline's first words when the title adds a second half the <h1> leaves out."""
    if headline in line:
        return len(line) <= len(headline) + _MOST_ADDED
    return bool(line) and headline.startswith(line) and len(line) * 2 >= len(headline)


def _says_enough(headline: str) -> bool:
    """Whether a title says more than a section's name: a few words, or a few characters of an unspaced script."""
    words = headline.split()
    return len(words) >= _MIN_WORDS or (len(words) < _MIN_WORDS and len(_key(headline)) >= _MIN_UNSPACED
                                        and any(ord(c) > 0x2E80 for c in headline))


def _is_site_name(headline: str, site: str) -> bool:
    """Whether a title (as a key) is only the site's name (an index page's title)."""
    site_key = _key(site)
    # The extractor gives the title as the site's name when the page names no site: a headline's length says so.
    return bool(site_key) and len(site_key.split()) <= _LONGEST_SITE_NAME and headline in site_key
