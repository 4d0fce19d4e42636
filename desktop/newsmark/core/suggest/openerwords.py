"""A capitalised word glued before a full name that is no part of it ("Brave Ana Ruiz has described …").

A standfirst or a caption often opens with an adjective or an epithet before the person's name ("Brave Ana Ruiz
told …", "Tearful Tom Lee said …"); the capital it takes there makes it read as a given name, and the first full
name the article writes becomes three words long. The article's own usage tells the two apart: a real first name
is written elsewhere on its own, before other words or mid-sentence, while the glued word stands only where a
sentence or line opens and only before that name, which the article also writes without it, and whose surname it writes alone (a two-word surname, "Black Elk", never is).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.givennames import given_gender

_WORD = re.compile(r"[A-Z][a-z]+")
# Where a word takes a capital for its place alone: a text's, line's or sentence's opening, or after a colon.
_OPENING = re.compile(r"(?:\A|[\n.!?:])[\"“‘'(\s]*\Z")


def _whole(words: str) -> re.Pattern:
    """``words`` standing as words of their own; the literal first, so the engine jumps through a long text."""
    literal = re.escape(words)
    return re.compile(literal + r"(?<![\w'’-]" + literal + r")(?![\w'’-])")


def without_opener(name: str, text: str) -> str:
    """``name`` without its first word when that word stands in ``text`` only right before the rest of the name,
    and the text also writes the rest (two words at least) without it ("Brave Ana Ruiz" → "Ana Ruiz")."""
    words = name.split()
    if len(words) < 3 or not _WORD.fullmatch(words[0]) or not all(w[:1].isupper() for w in words[1:]):
        return name
    first, rest = words[0], " ".join(words[1:])
    glued = text.count(f"{first} {rest}")
    # A given name right after the word ("Defiant Matt Williams") tells the rest is the name, written once or more.
    given = len(words) == 3 and bool(given_gender(rest)) and not given_gender(name)
    if not glued or (text.count(rest) <= glued and not given):
        return name
    standing = list(_whole(first).finditer(text))
    if len(standing) != glued or not all(_OPENING.search(text, max(0, m.start() - 8), m.start()) for m in standing):
        return name  # a word written mid-sentence with its capital is a name ("told the AP, Sadeq Abu Amer said")
    # The rest is a given name and a surname only if the surname also stands without the word before it ("Ruiz said"):
    # "Linda Black Elk", "Walid Abu Hatab" are never "Elk", "Hatab" alone, so their first word is their given name.
    before, surname = words[-2], words[-1]
    return rest if given or any(not text[max(0, m.start() - len(before) - 4):m.start()].rstrip().endswith(before)
                       for m in _whole(surname).finditer(text)) else name
