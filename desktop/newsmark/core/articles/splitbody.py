"""An article body a page splits into several containers (an ad row between them): found and read as one."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_CONTAINER_TAGS = ("div", "section", "article")
# A container reads as an article body when a word of its class says so (WIRED "body__container article__body",
# Condé Nast "body__inner-container", Axios "story-text", Drupal "field--name-body", WordPress "entry-content") ...
_BODY_WORDS = {"body", "article", "story", "content", "text", "entry", "post"}
# ... and none says it is something else: comments, teasers and cards of other stories, asides, lists, chrome.
_OTHER_WORDS = {
    "comment", "comments", "reply", "replies", "discussion", "teaser", "teasers", "tease", "card", "cards",
    "related", "recirc", "recommended", "popular", "trending", "more", "promo", "sidebar", "aside", "widget",
    "list", "listing", "feed", "index", "archive", "excerpt", "summary", "preview", "snippet", "nav", "menu",
    "footer", "header", "share", "social", "newsletter", "caption", "author", "bio", "byline", "meta", "ad",
    "ads", "advert", "advertisement", "sponsor", "sponsored", "embed", "thread", "review", "reviews", "river",
    # what a page shows over or beside the article: dialogs, consent banners, tabs, slides
    "modal", "dialog", "popup", "overlay", "cookie", "cookiebar", "gdpr", "consent", "login", "accordion", "tab",
    "tabs", "carousel", "slide", "slider", "gallery",
    # notes a publisher sets under every article (not "paywall": Condé Nast marks metered paragraphs so)
    "disclaimer", "disclosure", "notice", "legal", "copyright", "license", "licence", "donate", "donation",
    "subscribe", "subscription", "signup",
}  # fmt: skip
# Comments and threads mark their ancestors too (<ol class="commentlist"><li class="comment">...).
_DISCUSSION = re.compile(r"comment|reply|replies|discussion|thread|forum|respon", re.IGNORECASE)
# Words of a class: "ArticleTeaser_text" is article, teaser, text.
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Wrappers that make what they hold a piece of its own (an <article> is the next story of an endless page).
_OTHER_TAGS = {"article", "aside", "footer", "nav", "form", "label", "li"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MIN_PARAGRAPH = 40  # characters: shorter <p>s (datelines, "Advertisement") identify nothing
_PROBE = 50  # a paragraph is looked for in the extracted text by its first characters
_MIN_MORE = 2  # paragraphs the later parts hold between them: one alone is a licence line or a donation appeal
_READ_FIRST, _READ_LATER = 2 / 3, 1 / 2  # shares of a part's paragraphs found in the extracted text


def merge_split_body(tree: HtmlElement, extracted: str) -> bool:
    """Move the later parts of a split article body into its first part, if the page has one; say whether it did.

    A split body is several containers of the same tag and class that reads as a body, none inside another,
    of which the extracted text holds the first and none of the rest, with no heading between them (ad slots and
    "most popular" rails may stand there; they are not moved).
    """
    found, merged = _flat(extracted), False
    for parts in _candidate_groups(tree):
        probes = [_probes(part) for part in parts]
        # Containers without paragraphs (an empty slot of the same class) neither prove nor add anything.
        parts, probes = zip(*[(p, pr) for p, pr in zip(parts, probes) if pr]) if any(probes) else ((), ())
        read = [sum(probe in found for probe in paragraphs) / len(paragraphs) for paragraphs in probes]
        # The first part is read (two thirds of it at least); no later part is (a paragraph may be, as a pull quote).
        if len(parts) < 2 or read[0] < _READ_FIRST or any(share > _READ_LATER for share in read[1:]):
            continue
        if not all(_nothing_between(tree, a, b) for a, b in zip(parts, parts[1:])):
            continue
        if sum(map(len, probes[1:])) < _MIN_MORE:
            continue
        if any(_in_discussion(part) for part in parts) or any(_own_piece(later, parts[0]) for later in parts[1:]):
            continue
        for later in parts[1:]:
            _move_children(later, parts[0])
        merged = True  # and on: a wrapper's parts once joined, the containers inside them are joined next
    return merged


def _candidate_groups(tree: HtmlElement) -> list[list[HtmlElement]]:
    """Groups of two or more body-like containers sharing tag and class, none nested in another, in page order."""
    groups: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
    for element in tree.iter(*_CONTAINER_TAGS):
        classes = " ".join((element.get("class") or "").split())
        words = _words(classes)
        if words & _BODY_WORDS and not words & _OTHER_WORDS:
            groups[(element.tag, classes)].append(element)
    result = []
    for members in groups.values():
        outer = [m for m in members if not any(a in members for a in m.iterancestors(*_CONTAINER_TAGS))]
        if len(outer) >= 2:
            result.append(outer)
    return result


def _flat(text: str) -> str:
    """Whitespace collapsed, so a paragraph is found whatever line breaks either side keeps."""
    return " ".join(text.split())


def _probes(part: HtmlElement) -> list[str]:
    """The opening characters of each paragraph of a container, by which the extracted text is searched;
    a paragraph marked as something else (a disclaimer, an ad disclosure) is none of the article's."""
    texts = (_flat(p.text_content()) for p in part.iter("p") if not _marked_other(p, part))
    return [text[:_PROBE] for text in texts if len(text) >= _MIN_PARAGRAPH]


def _marked_other(paragraph: HtmlElement, part: HtmlElement) -> bool:
    """Whether a paragraph, or an element between it and its container, has a class that says it is not the article."""
    for element in (paragraph, *paragraph.iterancestors()):
        if element is part:
            return False
        if _words(element.get("class")) & _OTHER_WORDS:
            return True
    return False


def _nothing_between(tree: HtmlElement, first: HtmlElement, second: HtmlElement) -> bool:
    """Whether no heading stands between two containers: an ad slot or a "most popular" rail may, a title may not."""
    inside = False
    for element in tree.iter():
        if element is first:
            inside = True
        elif element is second:
            return True
        elif inside and element.tag in _HEADINGS and first not in element.iterancestors():
            if element.text_content().strip():
                return False
    return False


def _in_discussion(part: HtmlElement) -> bool:
    """Whether a container sits in a comment thread or discussion (by its own or an ancestor's class or id)."""
    return any(marks_discussion(element) for element in (part, *part.iterancestors()))


def marks_discussion(element: HtmlElement) -> bool:
    """Whether an element's class or id names a comment thread or discussion."""
    return bool(_DISCUSSION.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _own_piece(later: HtmlElement, first: HtmlElement) -> bool:
    """Whether a later container is a piece of its own: under a linked heading (a post on a blog's front page),
    or wrapped in something the first part is not in that says it is another thing (a card, a teaser)."""
    if any(heading.find(".//a[@href]") is not None for heading in later.iter(*_HEADINGS)):
        return True
    above_first, above_later = list(first.iterancestors()), list(later.iterancestors())
    shared = set(above_first) & set(above_later)
    wrappers = [element for element in above_later if element not in shared]
    # The parts of one body sit in rows of one template: the same wrappers around each, up to what they share.
    if _shape(wrappers) != _shape([element for element in above_first if element not in shared]):
        return True
    return any(wrapper.tag in _OTHER_TAGS or _words(wrapper.get("class")) & _OTHER_WORDS for wrapper in wrappers)


def _shape(elements: list[HtmlElement]) -> list[tuple[str, str]]:
    """The tags and classes of a chain of elements."""
    return [(element.tag, " ".join((element.get("class") or "").split())) for element in elements]


def _words(classes: str | None) -> set[str]:
    """The words of a class attribute, lower-cased."""
    return {word.lower() for word in _WORD.findall(classes or "")}


def _move_children(source: HtmlElement, target: HtmlElement) -> None:
    """Append a container's content to another's end, in order, leaving the source empty."""
    if source.text and source.text.strip():
        if len(target):
            target[-1].tail = f"{target[-1].tail or ''} {source.text}"
        else:
            target.text = f"{target.text or ''} {source.text}"
    source.text = None
    for child in list(source):
        target.append(child)
