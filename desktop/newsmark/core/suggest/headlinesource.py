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
# Verbs a lead cites its source with beyond saying: "…, the Law Lords have ruled.", "…, the Financial Times has reported."
_LEAD_VERBS = r"ruled|rules|reported|reports|found|finds|revealed|reveals|claim|claims"
_LEAD_SOURCE_LAST = name_pattern(rf",[ \t]+(?P<who>[^,;:\"“”‘’\n]{{3,80}}?)[ \t]+(?:(?:has|have|had)[ \t]+)?(?:{_LEAD_VERBS})\.?[ \t]*$")
# "…, according to Bank of England deputy governor Rachel Lomax."
_ACCORDING = name_pattern(r",?[ \t]+according[ \t]+to[ \t]+(?P<who>[^,;:\"“”‘’\n]{3,80}?)\.?[ \t]*$")
# A named source opening the lead, its verb of saying right after: "WADA chief Dick Pound says Marion Jones should …"
_SOURCE_FIRST = name_pattern(rf"^(?P<who>(?:\(?[A-Z][\w'’()-]*[ \t]+|[a-z][\w-]*[ \t]+){{0,6}}[A-Z][\w'’-]+)[ \t]+"
                             rf"(?:(?:has|have)[ \t]+)?(?:{SAYS})[ \t]")
# The verb before its source: "…, says a panel of industry experts.", "…, say two reports.", "…, reports the Daily Mail."
_SAYS_SOURCE = name_pattern(r",[ \t]+(?:says|say|said|reports|writes|warns|claims)[ \t]+(?P<who>[^,;:\"“”‘’\n]{3,80}?)\.?[ \t]*$")
# A source in the passive after "been", named last: "… has been revealed by chart bible British Hit Singles and
# Albums.", "China has been accused of blocking … by the media watchdog, Reporters Without Borders."
_BY_SOURCE = name_pattern(r"\b(?:been|being)[ \t][^\"“”]*?[ \t]by[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}(?:[^,;:\"“”‘’\n]{3,60},[ \t]+)?"
                          r"(?P<who>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|for|the|&)){0,6})\.?[ \t]*$")
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+(?:is|was|has|had|will|said|says)\b")
# What a source does in the sentences after a lead that gave it only by kind ("a charity has warned"): "Christian Aid
# condemned the move", "The Securities & Exchange Commission accused Fannie Mae of …".
_DOES = rf"(?:(?:has|have)[ \t]+)?(?:{SAYS}|found|praised|accused|condemned|criticised|criticized|ruled)\b"
_REPORTS = name_pattern(rf"\b{_DOES}")
# Words of a sentence's own predicate: a reporting verb after them is in a clause of its own.
_PREDICATE = re.compile(r"\b(?:is|are|was|were|will|would|could|can|may|might|should|must)\b")
# A body opening the sentence, its verb right after: "The Securities & Exchange Commission accused Fannie Mae …".
_BODY_FIRST = name_pattern(rf"^(?:The[ \t]+)?(?!(?:But|And|Yet|However|Meanwhile|It|This|That|They|He|She|We|I)\b)(?P<who>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|&|of|and|for)){{0,6}})"
                           rf"(?:[ \t]+\([A-Z]+\))?[ \t]+{_DOES}")
# The sentence's source named last: "…, the Commons science and technology committee added."
_NAMED_LAST = name_pattern(rf",[ \t]+(?:the[ \t]+)?(?P<who>[^,;:\"“”‘’\n]{{3,60}}?)[ \t]+(?:(?:has|have)[ \t]+)?(?:{SAYS}|{_LEAD_VERBS})\.[ \t]*$")
# A body written in lower case names itself by its kind's last word: "the environment select committee said".
_BODY_KINDS = frozenset("committee association commission council authority agency office institute board union".split())
# A source given by its kind: its last word in lower case or a plural of initials ("a charity", "officials", "MPs").
_BY_KIND = re.compile(r"(?<![\w'’-])(?:[a-z][\w-]*|[A-Z]{2,}s)$")
# A study's maker, which a lead's "research suggests" cites: "…, shows an in-depth study by telecommunications company
# Ericsson."
_STUDY_BY = name_pattern(r"\b(?:study|survey|report|research|poll|analysis)[ \t]+(?:(?:carried[ \t]+out|conducted|commissioned)"
                         r"[ \t]+)?by[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
                         r"(?P<who>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|for|&)){0,5})")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z\"“‘])|\n+")
_REACH = 3000  # how far into the story a role the lead gives is looked for with its name
_NOT_SOURCES = frozenset("it there this that he she they we".split())  # "it has been claimed": no one named


_LEAD_STOP = re.compile(r"[.!?](?=[ \t]+[A-Z\"“‘])")  # the lead sentence's stop


def _lead_span(text: str, head_end: int) -> tuple[int, int]:
    """(start, end) of the first sentence of the story's first paragraph after the headline."""
    start = head_end
    while start < len(text) and text[start] in "\n \t":
        start += 1
    end = text.find("\n", start)
    end = end if end != -1 else len(text)
    stop = _LEAD_STOP.search(text, start, end)
    return start, stop.end() if stop else end


def _lead(text: str, head_end: int) -> str:
    """The first sentence of the story's first paragraph after the headline."""
    start, end = _lead_span(text, head_end)
    return text[start:end]


def lead_source(text: str, head_end: int) -> str:
    """The source the story's first sentence cites, as written there, or ``""``."""
    lead = _lead(text, head_end)
    if re.search(r"\b(?:been|being)[ \t]+(?:told|heard|claimed|said|reported)\b", lead):
        return ""  # "a Houston court has been told": the teller is not named here
    m = (_SOURCE_LAST.search(lead) or _SAYS_SOURCE.search(lead) or _ACCORDING.search(lead) or _LEAD_SOURCE_LAST.search(lead)
         or _SOURCE_FIRST.match(lead) or _BY_SOURCE.search(lead))
    who = m.group("who").strip().rstrip(".") if m else ""
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


def _named_next(text: str, head_end: int, kind: str) -> str:
    """The source that one of the two sentences after the lead names, when the lead gave it only by its kind ("…, a
    charity has warned." then "Christian Aid condemned the move"; "…, MPs have said." then "…, the Public Accounts
    Committee found."), or ``""``."""
    start = _lead_span(text, head_end)[1]
    pieces = _SENTENCE_END.split(text[start:start + 1200].strip(), maxsplit=3)[:2]
    for sentence in pieces:
        if m := _BODY_FIRST.match(sentence):
            return m.group("who")
        verb = _REPORTS.search(sentence, 0, 200)
        if verb and not _PREDICATE.search(sentence, 0, verb.start()) and (subject := sentence_subject(sentence)):
            return subject  # "Fred Hasson, head of Tiga, which represents independent developers, said …"
        if kind.split()[-1] in ("research", "study", "survey", "report", "poll") and (study := _STUDY_BY.search(sentence)):
            return study.group("who").rstrip(".")  # "research suggests", then "… shows a study by Ericsson"
        m = _NAMED_LAST.search(sentence)
        if not m or m.group("who") == kind:
            continue
        who = m.group("who")
        if any(w[:1].isupper() for w in who.split()) or (len(who.split()) > 1 and who.split()[-1] in _BODY_KINDS):
            return who
    return ""


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
            if _BY_KIND.search(who):  # "a charity has warned", then "Christian Aid condemned the move": the charity
                speaker = (named := _named_next(text, head_end, who)) and resolve(named, head_end + 1) or speaker
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
