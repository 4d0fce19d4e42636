"""A headline's quoted words are the story's lead source's ("Tsunami 'won't divert Africa aid'": Tony Blair's).

A news headline quotes a few words of the story's main claim ("Jones medals 'must go if guilty'") and names what
the story is about, not who said it: the words belong to the source the first sentence of the story cites ("…,
Prime Minister Tony Blair has promised.", "… Dick Pound says …", "…, according to deputy governor Rachel Lomax.").
A source told of only in the passive ("a Houston court has been told", "it has been claimed") names no one here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sentencesubject import sentence_subject
from newsmark.core.suggest.sourcewords import SAYS
from newsmark.core.suggest.speakers import is_full_name, is_role, person_name
from newsmark.core.suggest.suggestion import Suggestion

# The lead's source after its clause: "…, Prime Minister Tony Blair has promised.", "…, Jack Straw said."
_SOURCE_LAST = name_pattern(rf",[ \t]+(?P<who>[^,;:\"“”‘’\n]{{3,80}}?)[ \t]+(?:(?:has|have|had)[ \t]+)?(?:{SAYS})"
                            r"(?:[ \t]+(?:on|in|at|last|this|today|yesterday)(?:[ \t]+[\w-]+){0,2})?\.?[ \t]*$")
# "…, according to Bank of England deputy governor Rachel Lomax."
_ACCORDING = name_pattern(r",?[ \t]+according[ \t]+to[ \t]+(?P<who>[^,;:\"“”‘’\n]{3,80}?)\.?[ \t]*$")
# A named source opening the lead, its verb of saying right after: "WADA chief Dick Pound says Marion Jones should …"
_SOURCE_FIRST = name_pattern(rf"^(?P<who>(?:\(?[A-Z][\w'’()-]*[ \t]+|[a-z][\w-]*[ \t]+){{0,6}}[A-Z][\w'’-]+)[ \t]+"
                             rf"(?:(?:has|have)[ \t]+)?(?:{SAYS})[ \t]")
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+(?:is|was|has|had|will|said|says)\b")
_REACH = 3000  # how far into the story a role the lead gives is looked for with its name
_NOT_SOURCES = frozenset("it there this that he she they we".split())  # "it has been claimed": no one named


def _lead(text: str, head_end: int) -> str:
    """The first sentence of the story's first paragraph after the headline."""
    start = head_end
    while start < len(text) and text[start] in "\n \t":
        start += 1
    end = text.find("\n", start)
    paragraph = text[start:end if end != -1 else len(text)]
    stop = re.search(r"[.!?](?=[ \t]+[A-Z\"“‘])", paragraph)
    return paragraph[:stop.end()] if stop else paragraph


def lead_source(text: str, head_end: int) -> str:
    """The source the story's first sentence cites, as written there, or ``""``."""
    lead = _lead(text, head_end)
    if re.search(r"\b(?:been|being)[ \t]+(?:told|heard|claimed|said|reported)\b", lead):
        return ""  # "a Houston court has been told": the teller is not named here
    m = _SOURCE_LAST.search(lead) or _ACCORDING.search(lead) or _SOURCE_FIRST.match(lead)
    who = m.group("who").strip() if m else ""
    return "" if not who or who.lower() in _NOT_SOURCES or len(who.split()) > 8 else who


def _named_later(text: str, role: str, start: int) -> str:
    """The full name first written right after ``role`` ("Trade and Industry Secretary Patricia Hewitt") in the story
    after ``start``, or ``""``."""
    words = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.IGNORECASE).split()
    if not words or len(words) > 6:
        return ""
    pattern = re.compile(r"(?i:" + r"\s+".join(map(re.escape, words)) + r")\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
    m = pattern.search(text, start, min(len(text), start + _REACH))
    if m:
        return person_name(m.group("name"))
    # Else the person opening the next paragraph, as the lead's role goes on: "Patricia Hewitt is expected to …",
    # "Chief executive Gail Berman said …" after "The head of US TV network Fox has admitted …".
    lead_end = text.find("\n\n", start + 2)
    if lead_end == -1 or not (is_role(words[-1]) or is_role(words[0])):
        return ""
    m = _OPENING_NAME.match(text, lead_end + 2)
    if m:
        return person_name(m.group("name"))
    titled = sentence_subject(text[lead_end + 2:lead_end + 302])
    return titled if is_full_name(titled) else ""


def headline_speakers(text: str, found: list[Suggestion], head_end: int, resolve: Callable[[str, int], str]) -> list[Suggestion]:
    """``found`` with each headline quote that has no speaker, or one of the headline's own words before it (the
    story's subject, "Jones medals 'must go'"), given the lead's source as ``resolve(who, at)`` writes it."""
    if not head_end or not any(s.start < head_end for s in found):
        return found
    who = lead_source(text, head_end)
    if not who:
        return _first_voice(found, head_end)
    out = []
    for s in found:
        speaker = s.attributes.get("speaker") or ""
        own = speaker and any(word in text[:s.start] for word in speaker.split())
        if s.start < head_end and (not speaker or own):
            speaker = resolve(who, head_end + 1)
            if speaker[:1].islower() or speaker.split()[0] in ("The", "A", "An"):  # a role the lead gives, its holder
                # named later: "the trade secretary", "The head of US TV network Fox"
                speaker = _named_later(text, who, head_end) or speaker
            if speaker:
                s = s._replace(attributes={**s.attributes, "speaker": speaker}, confidence=min(s.confidence, 0.7))
        out.append(s)
    return out


def _first_voice(found: list[Suggestion], head_end: int) -> list[Suggestion]:
    """``found`` with each headline quote that has no speaker given the person the story quotes first, when the lead
    cites no source: "Worldcom boss 'left books alone'" is the first witness's gist, in words of the headline's own."""
    first = next((s.attributes.get("speaker") for s in found if s.start >= head_end and s.attributes.get("speaker")), "")
    if not first or not is_full_name(first):
        return found
    return [s._replace(attributes={**s.attributes, "speaker": first}, confidence=min(s.confidence, 0.6))
            if s.start < head_end and not s.attributes.get("speaker") else s for s in found]
