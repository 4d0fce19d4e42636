"""Paragraphs the extractor dropped from the middle of an article body (one made mostly of a link), put back."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import islice
from typing import TYPE_CHECKING

from newsmark.core.articles.splitbody import marks_discussion

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A sentence ends in a full stop, question or exclamation mark (Latin, CJK, Arabic, Devanagari),
# perhaps inside quotes (German closes with “, French with », Japanese with 」) or brackets; menu items and buttons do not.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”“’‘»«›‹」』）)\]]*$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # a section's heading may follow the paragraph dropped
_MIN_CHARS = 20  # shorter paragraphs ("Advertisement.", "Video.") say too little to be put back
_MOST_DROPPED = 3  # paragraphs in a row put back at most; a longer run left out was left out on purpose


def restore_dropped(extracted: list[str], tree: HtmlElement) -> list[str]:
    """The extracted lines with a paragraph put back that the page has between two consecutive extracted lines.

    Put back only when the two lines are two paragraphs of the page (or a paragraph and the next section's
    heading), one after the other in the text, and every element the page has between them is a paragraph made as
    they are (the same tag and class, in a parent of the same tag and class) that reads as a sentence: trafilatura drops such a paragraph when a link makes up most of it
    ("It also <a>co-ordinates military plans and carries out joint exercises</a>.") or when a template's teaser
    box holds the body's second paragraph.
    """
    paragraphs = [(p, " ".join(p.text_content().split())) for p in tree.iter("p", *_HEADINGS)]
    paragraphs = [(p, text) for p, text in paragraphs if text]
    where = defaultdict(list)
    for index, (_, text) in enumerate(paragraphs):
        where[text].append(index)
    kept = set(extracted)
    restored: list[str] = []
    for line, following in zip(extracted, [*extracted[1:], None]):
        restored.append(line)
        if following is None or len(where.get(line, ())) != 1 or len(where.get(following, ())) != 1:
            continue  # a paragraph the page has twice (or not as one <p>) does not say where the gap is
        first, last = where[line][0], where[following][0]
        between = paragraphs[first + 1 : last]
        if not 0 < len(between) <= _MOST_DROPPED:
            continue
        first_shape = shape(paragraphs[first][0])
        if first_shape[0] != "p" or paragraphs[last][0].tag not in _HEADINGS and shape(paragraphs[last][0]) != first_shape:
            continue
        if all(
            shape(p) == first_shape and reads_as_sentence(text) and text not in kept and not in_discussion(p)
            for p, text in between
        ):
            restored += [text for _, text in between]
    return restored


def shape(element: HtmlElement, depth: int = 2) -> tuple[str, ...]:
    """An element's tag and class and those of its nearest ancestors (``depth`` elements in all): what a template
    gives every paragraph of a body."""
    found: list[str] = []
    for node in [element, *islice(element.iterancestors(), depth - 1)]:
        found += [node.tag, " ".join((node.get("class") or "").split())]
    return tuple(found)


def reads_as_sentence(text: str) -> bool:
    """Whether a paragraph reads as a sentence of the article: long enough, and ending as a sentence does."""
    return len(text) >= _MIN_CHARS and bool(_SENTENCE_END.search(text))


def in_discussion(paragraph: HtmlElement) -> bool:
    """Whether a paragraph sits in a comment thread or discussion (by an ancestor's class or id)."""
    # Comments are left out on purpose, and their paragraphs are made alike: none is put back from a thread.
    return any(marks_discussion(element) for element in paragraph.iterancestors())
