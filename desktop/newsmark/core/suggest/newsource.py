"""Whether the role a quote is attributed to introduces a new, unnamed source ("…," an Iowa Republican said).

An indefinite article before a role ("a New Hampshire Republican", "an aide", "another official", "one
senior adviser") brings in someone the story does not name: the role is the speaker, not a person named
earlier whom "the senator said" would mean. Reported words ending the narration before a quote with such a source
("…, the spokesman said.") hand it the quote that follows; a source closing the sentence that holds a quote (“…,
the Tory leader said.”) speaks it.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.quoteends import HEAD_END
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.sourcewords import NAME, SAYS

_INDEFINITE = re.compile(r"(?:^|[\s(—–-])(?:a|an|another|one)\s+\Z", re.IGNORECASE)
_REACH = 160  # an attribution sits right next to its quote


def introduces_unnamed(text: str, at: int, after: int, role: str) -> bool:
    """True when ``role``, the attribution of the quote between ``at`` and ``after``, follows "a"/"an"/"another"/"one"."""
    if not role:
        return False
    k = text.find(role, after, after + _REACH)
    if k == -1:
        k = text.rfind(role, max(0, at - _REACH), at)
    return k != -1 and bool(_INDEFINITE.search(text, max(0, k - 12), k))


# A named body's spokesperson with "the": "…," said the M&S spokesman. Nobody the story names, as "a … spokesman".
_BODY_VOICE = re.compile(r"the[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){1,4}spokes(?:man|woman|person)")


def body_voice(who: str) -> bool:
    """Whether ``who`` is a named body's spokesperson written with "the" ("the M&S spokesman"): an unnamed source."""
    return bool(_BODY_VOICE.fullmatch(who))


# The paragraph before a quote ends with reported words and their unnamed source: "…, the spokesman said."
_REPORTED_LAST = re.compile(r",[ \t]+(?P<who>(?:the|a|an)[ \t]+[a-z][\w'’ -]{2,60}?)[ \t]+(?:said|says|added|explained)\.\s*\Z")
# Or by a named source after the verb: "… giving distributors more flexibility, said Ms Deans.\n"…"" goes on with her words.
_NAMED_LAST = name_pattern(rf",[ \t]+(?:said|says|added|explained)[ \t]+(?P<who>{NAME})\.\s*\Z")
# Or its last sentence opens with a body's unnamed voice reporting: "A Department for Work and Pensions spokeswoman
# confirmed Mr Smith was still in post …." — her words go on in the quote after it ("…," she said).
_VOICE_OPENS_LAST = re.compile(r"(?:\A\s*|[.!?][\"”’]?\s+)(?:(?:But|And|However,?)[ \t]+)?"  # "But a spokesman … defended"
                               r"(?P<who>(?:A|An|The|a|an|the)[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+|(?:for|of|and|the)[ \t]+){0,7}"
                               r"spokes(?:man|woman|person)(?:[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]*){1,5})?)"
                               r"[ \t]+(?:(?:later|also|earlier|then|[a-z]+ly)[ \t]+)?"  # "… later said"
                               r"(?:said|says|confirmed|added|explained|insisted|stressed|defended|rejected|denied|dismissed)"
                               r"\b[^.!?\"“”]*[.!?](?:\s+(?:He|She)[ \t]+[a-z]+[ \t]*[:,]?)?\s*\Z")  # "… He added "…""


def reported_last(text: str, previous_end: int, at: int) -> str:
    """The unnamed source of the reported words ending the narration between the last quote and this one, or ``""``:
    the quote that follows goes on with that source's words, not the last quote's speaker's."""
    between = text[previous_end:at]
    if not between.strip() or between.count("\n\n") > 2:
        return ""
    m = _REPORTED_LAST.search(between) if '"' not in between and "“" not in between else None
    m = m or _VOICE_OPENS_LAST.search(between, max(0, len(between) - 400))  # its last sentence holds no quote mark
    if m:
        return m.group("who")[:1].lower() + m.group("who")[1:]  # "a … spokeswoman": someone unnamed
    m = _NAMED_LAST.search(between, max(0, len(between) - 200)) if '"' not in between and "“" not in between else None
    return m.group("who") if m and speaker_like(m.group("who")) else ""


# The rest of the sentence after a quote inside it, ending with its source: '… "…" in a bid to convince people, the
# Tory leader said.' (no sentence end on the way; a scare quote may stand in it).
_CLOSING_SOURCE = name_pattern(r"[^.!?\n]{0,200}?,[ \t]+(?P<who>(?:the|a|an)[ \t]+[^,.;:!?\"“”«»\n]{2,60}?|"
                               + NAME + r")(?:[ \t]+\([A-Z]{2,6}\))?(?:[ \t]+(?:has|have|had))?"  # "… Fund (IMF) has said."
                               r"[ \t]+(?:said|says|added|argued|insisted|claimed|warned|told[ \t]+[\w ]{2,30}?)\.(?:\s|$)")
_SAYS_BEFORE = name_pattern(rf"(?<![\w'’-])(?:{SAYS}|asked|urged|called|described|accused|branded)(?![\w'’-])")


def closing_source(text: str, open_at: int, after: int, tail: str) -> str:
    """The source closing the sentence a quote (``open_at``–``after``) stands inside, as ``tail`` (the line after it)
    reads, unless the sentence's words before the quote have a verb of saying of their own ("Gadhafi asked Obama to
    stop the "…" …, the official said": Gadhafi's words), else ``""``."""
    closing = _CLOSING_SOURCE.match(tail) if text[after - 2:after - 1] not in ".!?" else None
    if not closing or not speaker_like(closing.group("who")):
        return ""
    head = HEAD_END.split(text[max(text.rfind("\n", 0, open_at) + 1, open_at - 200):open_at])[-1]
    return "" if _SAYS_BEFORE.search(head) else speaker_phrase(closing.group("who"))
