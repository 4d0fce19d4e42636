"""Whether a capitalised run read as a source is a name at all, not two sentences' words or a clause's opening.

The mention scan reads capitalised words before a verb as a name; across a sentence end it can take the last word
of one sentence and a contraction opening the next ("… in Sydney, Australia. We’re told that …"). A name never holds
a contraction ("We’re", "It’s") nor a full word ending a sentence before another word ("Australia. We").
"""

from __future__ import annotations

import re

_CONTRACTED = re.compile(r"(?i:i|we|you|they|he|she|it|that|there|here|what|let)['’](?i:re|m|ve|ll|d|s)")
# A lower-case-ending word of three letters or more, then its period and the next word: a sentence ended there
# ("Australia. We"); initials and titles ("A.", "Gov.", "Sen.", "Jr.") end on a capital or are short.
_SENTENCE_END = re.compile(r"[A-Z][a-z]{2,}[a-z]\.\s+\S")
_TITLES = frozenset("Gov Sen Rep Gen Col Capt Sgt Lieut Supt Insp Prof Messrs Mrs Hon Rev Cmdr Adm Maj Brig".split())


def is_name_phrase(phrase: str) -> bool:
    """Whether ``phrase`` can be a name: no contraction among its words, no sentence end inside it."""
    if "." not in phrase and "'" not in phrase and "’" not in phrase:
        return True  # most names: nothing to look for
    if any(_CONTRACTED.fullmatch(w) for w in phrase.split()):
        return False
    return not any(m.group()[:m.group().index(".")] not in _TITLES for m in _SENTENCE_END.finditer(phrase))


def name_mentions(mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``mentions`` cut after a sentence end inside them ("Tomas Berg. Berg" → "Berg"), without those left no name."""
    kept = []
    for at, who in mentions:
        if "." not in who and "'" not in who and "’" not in who:
            kept.append((at, who))  # most mentions: no stop, no contraction
            continue
        ends = [m for m in _SENTENCE_END.finditer(who) if m.group()[:m.group().index(".")] not in _TITLES]
        if ends:
            cut = ends[-1].end() - 1  # the first letter of the word after the stop
            at, who = at + cut, who[cut:]
        if is_name_phrase(who):
            kept.append((at, who))
    return kept
