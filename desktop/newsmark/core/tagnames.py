"""What a tag name may be: short printable text, the same rule for the tag editor, tag sets and every loader."""

from __future__ import annotations

import unicodedata

from newsmark.core.errors import NewsmarkError

MAX_TAG_NAME = 100  # code points: a tag is a word or a short phrase, shown in menus, columns and file names
# Invisible characters that reorder the text around them: a name holding one can pass for another in a menu.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters (NUL, tab, line breaks, DEL, C1), lone surrogates, line and paragraph separators.
_REFUSED_CATEGORIES = frozenset(("Cc", "Cs", "Zl", "Zp"))


def tag_name_problem(name: str) -> str:
    """Why ``name`` (already stripped) cannot be a tag name; empty when it can."""
    if not name:
        return "the tag is empty"
    if len(name) > MAX_TAG_NAME:
        return f"the tag name is {len(name):,} characters long; at most {MAX_TAG_NAME} are allowed"
    for ch in name:
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _REFUSED_CATEGORIES:
            return f"the tag name {_shown(name)} holds the control character U+{ord(ch):04X}"
    return ""


def check_tag_name(name: str) -> str:
    """``name`` stripped, or NewsmarkError saying why it cannot name a tag."""
    name = name.strip()
    problem = tag_name_problem(name)
    if problem:
        raise NewsmarkError(problem)
    return name


def _shown(name: str, limit: int = 40) -> str:
    """A name quoted for a message, escapes visible (repr shows NUL as \\x00)."""
    return repr(name if len(name) <= limit else name[: limit - 1] + "…")
