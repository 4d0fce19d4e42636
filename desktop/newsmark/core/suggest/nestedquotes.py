"""Quotes nested inside a proposed quote: a quotation in the other style, proposed as a span of its own.

Conventions (bench/blind/GUIDELINES.md and the sets' decisions):
- Inside ``“…”`` or ``"…"`` the inner marks are ``‘…’`` or straight ``'…'``; inside British ``‘…’`` they are
  ``“…”`` or ``"…"``; inside guillemets any of these. The inner span is the text between its marks without a
  trailing comma (``said, ‘No, he left,’”`` → ``No, he left``), the overlap with the outer span being the point.
- An apostrophe never opens or closes one (``Ukraine’s``, ``rock ’n’ roll``, ``’90s``, ``the players’ union``).
  A straight single mark opens only after a comma, colon, ``that`` or a reporting word. An inner quotation the
  writer never closed runs to the end of the outer one, when such a word introduces it.
- Speech only, as for any quote: three words or more, no title; and not words nobody said (``as if to say``,
  ``I can’t say``, ``would have said``, ``the slogan``).
- ``speaker``: the attribution inside the outer quote (``Sondland replied that ‘…’``, ``heard President Trump ask,
  quote, ‘…’`` → the named person; ``the script said, ‘…’`` → ``script``); the outer speaker for her own words
  (``I said, ‘…’``, ``I thought ‘…’``, no attribution); ``they said`` → a group the outer text names, else the
  outer speaker. Confidence stays under the outer quotes' (0.4–0.7): the least certain quotes proposed.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.attribution import PRONOUNS, attribution, speaker_phrase, unnamed
from newsmark.core.suggest.innerspeakers import habitual, relative, reported_pronoun, third_person
from newsmark.core.suggest.speakerforms import speaker_form
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.suggestion import Suggestion

# The inner marks each outer opening mark admits: (opening, closing).
_INNER = {"“": (("‘", "’"), ("'", "'")), '"': (("‘", "’"), ("'", "'")), "„": (("‘", "’"), ("'", "'")),
          "‘": (("“", "”"), ('"', '"')), "«": (("“", "”"), ("‘", "’"), ('"', '"')), "»": (("“", "”"), ("‘", "’"))}
# Words that hand over to a quotation: a straight single mark after them opens one, as may a mark never closed.
_CUE = re.compile(r"(?:[,:—–]|\b(?:that|said|says|say|asked|asks|ask|told|tells|replied|thought|think|like|of|be|go|went|goes|"
                  r"quote|added|wrote|writes|yelled|shouted|recalled|myself|himself|herself|themselves))\s*$", re.IGNORECASE)
# Words nobody said: imagined, hypothetical, denied or merely mentioned.
_UNSAID = re.compile(r"\b(?:as\s+if(?:\s+to\s+say)?|as\s+though|would(?:\s+have)?|could(?:\s+have)?|should(?:\s+have)?|might|"
                     r"can['’]?t|cannot|couldn['’]?t|won['’]?t|wouldn['’]?t|didn['’]?t|did\s+not|never|"
                     r"(?:need|needs|needed|going|want|wants|wanted|have|has|had|ought)\s+to|imagine[ds]?|imagining|pretend(?:ed|s)?|"
                     r"an?\s+(?:character|sort|kind)\s+of)(?:\s+[\w'’]+){0,3}?\s+(?:say|said|go|think|tell|ask|be|like|saying|thinking)?\s*[,:]?\s*$"
                     r"|\b(?:slogan|motto|catchphrase|mantra|phrase|term|label|hashtag)\s*[,:]?\s*$", re.IGNORECASE)
# A bare verb of speech after a modal or future: "people are going to … go, ‘…’", "you might think ‘…’".
_WOULD_SAY = re.compile(r"\b(?:would|could|might|will|may|should|going\s+to|gonna)\b[^.!?‘’“”\"]{0,80}\b(?:go|say|think|tell|ask|"
                        r"be\s+like)\s*[,:]?\s*$", re.IGNORECASE)
# Words that stand between the verb and what was said: "ask, quote, ‘…’", "said something along the lines of, ‘…’".
_QUOTE_WORD = re.compile(r",?\s*\b(?:quote|quote-unquote|and\s+I\s+quote|something\s+(?:like|along\s+the\s+lines\s+of)|"
                         r"words\s+to\s+the\s+effect\s+of)\s*,?\s*$", re.IGNORECASE)
# An elision a straight mark writes, not an opening: "'Cause", "'em", "'til", "'n'".
_ELISION = re.compile(r"'(?:cause|cos|coz|em|til|tis|twas|n|bout|round|nuff|kay)\b", re.IGNORECASE)
# The speaker's own voice in the words before: the last "I"/"we" with no one else named after it ("and I said: ‘…’").
_FIRST_PERSON_HEAD = re.compile(r"\b(?:I|[Ww]e)\b(?![^‘’“”\"]*\b(?:[A-Z][a-z]|he\b|she\b|they\b))[^‘’“”\"]*$")
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
_FIRST_PERSON = frozenset("i we me myself us ourselves".split())
# A group the outer quote names, for "they said": "somebody from the sheriff's office", "the company", "police".
_GROUP = re.compile(r"\b(?:the|a|an|our|my|their)\s+((?:[\w'’-]+\s+){0,2}(?:office|department|agency|company|council|ministry|"
                    r"government|police|board|committee|court|team|club|firm|bank|union|school|hospital|campaign|staff|"
                    r"officials|officers|authorities|doctors|lawyers|advisers|advisors|aides|managers|owners|employees|workers|family))\b"
                    r"|\b(police|officials|authorities|officers|doctors|lawyers|advisers|advisors|aides)\b", re.IGNORECASE)
# A name, then a bare verb of speech: "I heard President Trump ask, ‘…’", "we watched Ana Ruiz tell him: ‘…’".
_NAMED_BARE = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:ask|say|tell|reply|answer|shout|yell|scream|"
                         r"go|whisper|insist|announce|declare)(?:\s+[a-z]+){0,2}\s*[,:]?\s*$")
_OUTER_CONFIDENCE_CAP = 0.7
_ADVERB_END = re.compile(r"\s+(?:just|simply|only|even|once|always|never|actually|really)$")
_DID_BEFORE = re.compile(r"(?<=[a-z])\s+[a-z]+ed\s+(?:in|out|up|over|back|to|into|by|at|and)\b.*$")
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is".split())


def nested_quotes(text: str, outer: list[tuple[int, int, int, Suggestion]], people: SpeakerIndex,
                  is_speech) -> list[Suggestion]:
    """Quotes nested in the ``outer`` ones, each ``(open mark offset, content start, content end, its suggestion)``.

    ``is_speech(content, before)`` is the quote suggester's own test of speech.
    """
    found: list[Suggestion] = []
    for at, start, end, suggestion in outer:
        styles = _INNER.get(text[at])
        if not styles or end - start < 8 or not any(text.find(o, start, end) != -1 for o, _ in styles):
            continue  # the usual case: no mark of the other style inside
        taken, spans, unsaid = start, _inner_spans(text, start, end, styles), False
        for n, (open_at, inner_start, inner_end, after) in enumerate(spans):
            content = text[inner_start:inner_end]
            head = text[max(taken, start, open_at - 120):open_at]
            head = _CLAUSE_END.split(head)[-1] if _CLAUSE_END.search(head) else head
            # "a character of ‘Oh no, you first,’ ‘No, you first’": a run of quotations shares its introduction.
            unsaid = (unsaid and not head.strip(" ,;")) or bool(_UNSAID.search(head) or _WOULD_SAY.search(head))
            unsaid = unsaid and not habitual(head)  # "He would say: ‘…’": what he used to say
            taken = after
            if not content or unsaid or not is_speech(content, text[max(start, open_at - 30):open_at]) or _title(content):
                continue
            # "‘I want more.’ They said, ‘…’": after a finished sentence, the words before the next one introduce it.
            stop = after if content[-1:] in ".?!" and n + 1 < len(spans) else end
            who, confidence = _speaker(text, start, stop, open_at, after, head, suggestion, people)
            found.append(Suggestion("quote", inner_start, inner_end, {"speaker": who}, confidence, suggestion.suggester))
    return found


def _title(content: str) -> bool:
    """Whether a short quotation is Title Case, even with a stop inside its marks ("It’s ‘Showtime at the Apollo.’")."""
    words = content.rstrip(".!?,").split()
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(words) <= 8 and bool(big) and all(w[:1].isupper() for w in big)


def _inner_spans(text: str, start: int, end: int, styles) -> list[tuple[int, int, int, int]]:
    """(opening mark, content start, content end, after the closing mark) of each inner quotation in ``[start, end)``."""
    spans, i = [], start
    while i < end:
        at, close = _next_opening(text, i, end, styles)
        if at == -1:
            break
        j = _closing(text, at + 1, end, close)
        if j == -1:
            # Never closed: it runs to the outer quote's end when a word hands over to it ("to be ‘Big cities, …”").
            if not _CUE.search(text, max(start, at - 30), at) and at != start:
                i = at + 1
                continue
            j, after = end, end
        else:
            after = j + 1
        content_start, content_end = at + 1, j
        while content_start < content_end and text[content_start].isspace():
            content_start += 1
        while content_end > content_start and text[content_end - 1] in " \t\n,":
            content_end -= 1
        spans.append((at, content_start, content_end, after))
        i = after
    return spans


def _next_opening(text: str, i: int, end: int, styles) -> tuple[int, str]:
    """(offset, closing mark) of the next inner opening mark from ``i``; offset -1 when there is none."""
    best, close = -1, ""
    for opening, closing in styles:
        k = text.find(opening, i, end)
        while k != -1 and not _opens(text, k, end, opening):
            k = text.find(opening, k + 1, end)
        if k != -1 and (best == -1 or k < best):
            best, close = k, closing
    return best, close


def _opens(text: str, k: int, end: int, mark: str) -> bool:
    """Whether the mark at ``k`` opens a quotation: after no letter or digit, before a word (no ``’90s``, ``'em``)."""
    if k and text[k - 1].isalnum():
        return False  # "rock‘n", an inch mark: inside a word
    nxt = text[k + 1:k + 3].lstrip(" ")[:1] if k + 1 < end else ""
    if not nxt or not (nxt.isalpha() or nxt in "¿¡…"):
        return False  # "‘90s", a mark before a space or punctuation: no quotation
    if mark == "'":  # the straight mark is an apostrophe too: only where a word hands over to a quotation
        if _ELISION.match(text, k):
            return False
        return bool(_CUE.search(text, max(0, k - 30), k)) or text[k - 1:k] in "(“\"\n"
    return True


def _closing(text: str, i: int, end: int, close: str) -> int:
    """The offset of the mark closing an inner quotation from ``i`` (before ``end``), skipping apostrophes; or -1."""
    candidates = []
    k = text.find(close, i, end + 1)
    while k != -1 and k <= end:
        after = text[k + 1:k + 2]
        if text[k - 1:k].strip() and not after.isalnum():
            candidates.append(k)  # after a letter or stop, before no letter: not "Ukraine’s" nor "we’re"
        k = text.find(close, k + 1, end + 1)
    if close not in "’'":
        return candidates[0] if candidates else -1
    for n, k in enumerate(candidates):
        possessive = text[k - 1] in "sS" and re.match(r"\s+[a-z]", text[k + 1:k + 4])  # "the players’ union"
        if not possessive or n == len(candidates) - 1 and k >= end - 1:
            return k
    return -1


def _speaker(text: str, start: int, end: int, open_at: int, after: int, head: str, outer: Suggestion,
             people: SpeakerIndex) -> tuple[str, float]:
    """(speaker, confidence) of the inner quotation opened at ``open_at`` inside the outer quote ``[start, end)``.

    Only the outer quote's words are read (up to ``end``): its own attribution, outside, names the outer speaker.
    """
    own = outer.attributes.get("speaker", "")
    cap = min(_OUTER_CONFIDENCE_CAP, outer.confidence - 0.2)
    # "ask, quote, ‘…’": the word "quote" is no part of the attribution (blanked, so offsets stay).
    head = _QUOTE_WORD.sub(lambda m: ", " + " " * (len(m.group()) - 2), head)
    mine = relative(head)  # "my husband was like, ‘…’": the relative's words, not the teller's
    other = third_person(text, start, open_at, own, people) if not mine and reported_pronoun(head) else ""
    if mine or other:  # "He said, ‘…’" in her quote: someone else she speaks of
        return speaker_form(text, unnamed(mine or other), open_at), round(cap - 0.1 * bool(other), 2)
    bare = _NAMED_BARE.search(head)
    window = text[start:open_at - len(head)] + head + text[open_at:end]  # the outer quote's words only
    who = (bare.group("who") if bare and bare.group("who") not in {"I", "We"}
           else attribution(window, open_at - start, after - start))
    if _FIRST_PERSON_HEAD.search(head):  # "I called a friend and I said: ‘…’": the outer speaker's own words
        return own, round(cap - 0.05, 2)
    if not who:
        return own, round(cap - 0.1, 2)  # "I thought ‘…’", "that feeling of ‘…’": the outer speaker's own words
    low = who.lower()
    if low in _FIRST_PERSON or low.split()[-1] in _FIRST_PERSON:
        return own, round(cap - 0.05, 2)
    if low in PRONOUNS:  # "they said", "he said": someone the outer speaker tells about
        if low == "they":
            groups = list(_GROUP.finditer(text, start, open_at))
            if groups:
                group = groups[-1].group(1) or groups[-1].group(2)
                named = groups[-1].group(1) and group.endswith("family")  # "the Ruiz family": a name kept as written
                return unnamed(group.lower() if group[:1].isupper() and not named else group), round(cap - 0.2, 2)
        return own, round(cap - 0.3, 2)
    who = _ADVERB_END.sub("", who)  # "The script just said": the script
    resolved = people.resolve(speaker_phrase(who), open_at) if who[:1].isupper() else None
    phrase = unnamed(resolved or _DID_BEFORE.sub("", speaker_phrase(who)))  # "the coach walked in and said": the coach
    return speaker_form(text, phrase, open_at), round(cap, 2)
