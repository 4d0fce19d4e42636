"""A quotation standing alone on its line between blank lines (a crosshead, a pull quote): speech, though title-cased.

A section heading made of a source's words in marks (``‘Wealth and Power’``, ``“A Regret I Will Carry”``,
``‘WE HAD PLANS AFTER RETIREMENT’``) is set in title case or capitals as headings are; the case that marks a title
inside a sentence says nothing there. A line that numbers or labels its quotation (``6. "The Gordon problem"``)
is a list of names, not a heading quoting someone.
"""

from __future__ import annotations

_FEWEST = 3  # words: one or two quoted words are a scare quote wherever they stand


def standalone(text: str, at: int, start: int, content_end: int, after: int) -> bool:
    """Whether the quotation opening at ``at`` (words ``start``…``content_end``, closing mark ending at ``after``)
    is a line of its own with a blank line before and after it."""
    if len(text[start:content_end].split()) < _FEWEST:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", after)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:at].strip() or text[after:line_end].strip(" \t:"):
        return False  # words before or after the quotation on its line (a label after a colon aside)
    return line_start >= 2 and text[line_start - 2:line_start] == "\n\n" and text.startswith("\n\n", line_end)
