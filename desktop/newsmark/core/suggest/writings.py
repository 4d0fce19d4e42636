"""A writing quoted as the source, with its issuer in the same phrase: "says a pamphlet issued by Acme Press".

News quotes a pamphlet, statement or leaflet as the subject of a reporting verb and names who put it out right
after the noun ("a widely distributed pamphlet issued by the state publishing house Tropa", "a statement from the
Riverside Water Board"). The convention gives a writing's words to its named issuer, as ``documentauthor`` does
for a report introduced earlier; the issuer is the capitalised name the phrase ends on, not its description.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern

# Writings a story quotes as a speaker.
_WRITINGS = (r"statement|pamphlet|leaflet|brochure|booklet|flyer|flier|letter|announcement|advertisement|ad|notice|"
             r"release|memo|message|post|poster|guide|guidance|circular|bulletin|newsletter|manifesto|report|study")
# The writing, then who issued it: a description of the issuer ("the Chechen state
# publishing house Put", "UK-based research firm Analysys") may come before its name.
_ISSUED = name_pattern(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}(?:" + _WRITINGS + r")[ \t]+"
    r"(?:(?:issued|published|released|distributed|put[ \t]+out|sent|signed|written|posted)[ \t]+by|from|by)[ \t]+"
    r"(?:the[ \t]+)?(?:(?:[A-Z][a-z]+[ \t]+|[A-Z]\w*-[a-z]+[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,4})?(?P<name>[A-Z][\w'’&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+)?[A-Z][\w'’&.-]*){0,5})")
_WINDOW = 300
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+\Z")


def writing_issuer(text: str, who: str, at: int, after: int) -> str:
    """The named issuer of the writing the lower-case source phrase ``who`` opens near the quote at ``at``, or ``""``."""
    if not who[:1].islower():
        return ""
    lo, hi = max(0, at - _WINDOW), min(len(text), after + _WINDOW)
    start = text.find(who, after, hi)  # "…," says a pamphlet issued by …: after the quote, else the last before it
    start = start if start != -1 else text.rfind(who, lo, at)
    if start == -1:
        return ""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)  # "says a widely …" read as "widely …"
    m = _ISSUED.match(text, article.start() if article else start)
    words = []
    for word in (m.group("name") if m else "").split():
        if word.endswith(".") and word not in _ABBREVIATED:
            words.append(word[:-1])  # "… by UK-based research consultancy Analysys. A number of …": the sentence's stop
            break
        words.append(word)
    return " ".join(words)


_ABBREVIATED = frozenset("Inc. Co. Corp. Ltd. Bros. Jr. Sr. Assn.".split())
