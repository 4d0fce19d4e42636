"""Where the sentence a quote sits in begins, whether the quote ends that sentence inside its marks (and whether the
verb after it opens the next one), and odd closing marks."""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern

# Where the sentence before a quote starts: not after a title's stop ("Gov. Ana Ruiz's", "Sen. Lee") nor an initial.
HEAD_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bSt)(?<!\bLt)"
                      r"(?<!\bCol)(?<!\bCapt)(?<!\bSgt)(?<!\bRev)(?<!\bPres)(?<!\bAtty)(?<!\bSupt)(?<!\b[A-Z])[.!?][”\"’]?\s+(?=[\"“‘]?[A-Z])")


def ends_inside(text: str, open_at: int, after: int) -> bool:
    """Whether a quote ends its sentence inside its marks after words of the sentence before it ("Ruiz called it
    "a failure." Lee said …"): what follows the closing mark opens a new sentence."""
    if text[after - 2:after - 1] not in ".!?":
        return False
    line_start = text.rfind("\n", 0, open_at) + 1
    head = HEAD_END.split(text[max(line_start, open_at - 200):open_at])[-1].rstrip()
    return len(head.split()) >= 2 and not head.endswith((":", "—", "–", "-", ".", "!", "?", "”", '"', "’", ")"))


# A double quote closed by a single mark before its attribution ("…,’ he says"): a slip of the keyboard.
_SINGLE_BEFORE_VERB = re.compile(r"(?<=[,.?!])’(?=[ \t]+(?:[a-z]+|[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]+"
                                 r"(?:says|said|adds|added|tells|told|writes|wrote|asks|asked|explains|explained)\b)")


def single_close(text: str, start: int, stop: int) -> int:
    """Where a curly double quote opened before ``start`` and left unclosed by ``stop`` is closed by a single mark
    before its attribution (``“…,’ she said``), or -1; not where a single quotation opened inside (``“He said, ‘No.’ …``)."""
    k = text.find("’", start, stop)  # the marks found by a plain search: the pattern opens with a look-behind
    while k != -1:
        if _SINGLE_BEFORE_VERB.match(text, k, stop):
            return k if "‘" not in text[start:k] else -1
        k = text.find("’", k + 1, stop)
    return -1


# A verb after a quote leads on to words of its own: "that", or a colon then a quote, perhaps after whom it was said to
# ("… told Cadena Ser: "…"").
_LEADS_ON = name_pattern(r"\s+that\b|\s*:\s*[“\"‘«]|(?:[ \t]+[^\s\"“”:;.!?]+){1,8}?[ \t]*:[ \t]*[“\"‘«]")
# After a full stop closing the quote, a verb followed by a reported clause with its own finite verb starts the next
# sentence's reported speech ("…man." Ritchie said the peer would be "sadly missed"), not the quote's attribution.
_REPORTED_CLAUSE = name_pattern(r"[ \t]+(?:that[ \t]+)?[^.;:!?\"“”«»\n]{0,120}?(?<![\w'’-])(?:would|will|was|is|had|has|were|are|"
                                r"could|should|can|may|might|must|did|does)(?![\w'’-])")

# Or a verb of news with its object ("…growth." Nissan also announced a number of other appointments): the next
# sentence's own news, not the quote's source ("…." Ruiz told reporters still is).
_MAKES_NEWS = name_pattern(r"(?<![\w'’-])(?:announced|unveiled|revealed|confirmed|reported|published|released|launched)\Z")
_OBJECT = name_pattern(r"[ \t]+(?:a|an|its|their|his|her|plans|details|new|other|further)(?![\w'’-])")

# Or a clause with its own subject and past or present verb ("…." Ian McCafferty, of the CBI, said the MPC faced an …).
_SUBJECT_VERB = name_pattern(r"[ \t]+(?:the|a|an|it|he|she|they|there)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[a-z]+(?:ed|s)[ \t]+[a-z]")

# Or a clause going on to a quotation of its own ("…weak." The QCA has also told the government not to "compromise"):
# the verb is that quotation's.
_QUOTE_AHEAD = name_pattern(r"[ \t]+[^.!?;:\"“”«»\n]{1,120}?[ \t][\"“«]\w")


def stop_before(text: str, after: int) -> str:
    """The last character inside a quote's closing mark (``after`` is past it), past a space ("… a great year. "") and a
    nested quote's own mark ("… 'What am I doing there?'"")."""
    return text[max(0, after - 6):after - 1].rstrip(" \t'’")[-1:]


def next_sentence(text: str, after: int, tail: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` in ``tail`` (after a quote ending a sentence) opens the next sentence's
    words: a colon and a quote or ``that`` after it ("…?” Ruiz responded that “…”), or a clause of its own or a quotation
    of its own after a full stop."""
    stop = stop_before(text, after)
    return stop in ".!?" and stop != "" and (bool(_LEADS_ON.match(tail, verb_end)) or (stop == "." and (
        bool(_REPORTED_CLAUSE.match(tail, verb_end))
        or bool(_MAKES_NEWS.search(tail, 0, verb_end) and _OBJECT.match(tail, verb_end))
        or bool(_SUBJECT_VERB.match(tail, verb_end)) or bool(_QUOTE_AHEAD.match(tail, verb_end)))))
