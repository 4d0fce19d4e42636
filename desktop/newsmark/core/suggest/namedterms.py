"""Quoted words that name or gloss something, not speech: ``a “right to work” state``, ``a term meaning “…”``.

A policy, a formula, a slogan or a sign is named by its words in marks, then the noun of what it is
(``the “don’t ask, don’t tell” military policy``, ``launched “save the students” marches``, ``a “do not disturb”
sign``); a foreign word or a coinage is glossed by a few words in marks after ``means``, ``meaning``, ``known as``,
``dubbed``, ``the phrase`` or ``a term for``. Nobody says these words; a longer passage after such a cue still is
a quotation (``This world means “communities … would experience severe disruptions,”``).
"""

from __future__ import annotations

import re

_SHORT = 6  # words a name or a gloss runs to, at most
# The noun of the named thing right after the closing mark, perhaps after one or two modifiers ("military policy").
_NAMED = re.compile(r"[ \t]+(?:(?!(?:in|of|to|that|the|a|an|on|at|for|with|by|from|and|or|but|is|was|are|were|as|if)\b)"
                    r"[a-z][\w-]*[ \t]+){0,2}?(?:polic(?:y|ies)|formula|states?|signs?|stance|brochure|pamphlet|leaflet|"
                    r"deal|campaigns?|slogans?|programme|program|laws?|act|bill|doctrine|rules?|strategy|principle|"
                    r"movement|march(?:es)?|protests?|rall(?:y|ies)|buttons?|labels?|approach|system|initiative|scheme|"
                    r"motto|banners?|stickers?|placards?|hashtag|category|ideology|mantra|clause|provision|"
                    r"framework|concept)\b")
# A gloss's cue right before the opening mark.
_GLOSS = re.compile(r"\b(?:means|meaning|known\s+as(?:\s+the)?|term(?:\s+for|\s+meaning)?|nicknamed|nickname\s+of(?:\s+the)?|"
                    r"the\s+phrase|dubbed(?:\s+(?:a|an|the))?|branded|name\s+of|translates\s+as|translated\s+as|"
                    r"stands\s+for)\s*[,:]?\s*$", re.IGNORECASE)
# A clause someone says, not a gloss: it opens with a subject pronoun ("means “he must be doing something right,”").
_CLAUSE = re.compile(r"(?:I|we|he|she|they|you|it|there)\b", re.IGNORECASE)
# A reporting verb right after the quotation hands it to a speaker ("branded “in homage to” Lazar, Song wrote").
_HANDED = re.compile(r"[^.!?\n“”\"]{0,30}?\b(?:said|says|say|wrote|writes|told|tells|added|adds|stated|explained|insisted)\b")
# Someone's own name for the thing: "what Ruiz called a “let it all grow” approach" (a quotation of Ruiz).
_CALLED = re.compile(r"\b(?:what|which)\s+(?:[\w’'-]+\s+){1,3}(?:called|calls|termed|terms|described|describes)\s+(?:a|an|the)?\s*$",
                     re.IGNORECASE)
_PAIR = re.compile(r"\w+\s+(?:and|or)\s+\w+")  # "clearer and fairer" system: the source's adjectives, quoted


def named_term(text: str, at: int, start: int, content_end: int, after: int) -> bool:
    """Whether the quotation opening at ``at`` (words ``start``…``content_end``, closing mark ending at ``after``)
    names or glosses something rather than reporting speech."""
    words = text[start:content_end]
    if len(words.split()) > _SHORT:
        return False
    if _GLOSS.search(text, max(0, at - 40), at):
        return not _CLAUSE.match(words) and not _HANDED.match(text, after)
    if words[-1:] in ".!?," or text[content_end:after].strip()[:1] in (",", "."):
        return False
    return bool(_NAMED.match(text, after)) and not _PAIR.fullmatch(words) and not _CALLED.search(text, max(0, at - 60), at)
