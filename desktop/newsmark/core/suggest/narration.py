"""Speakers in narrative stretches of features: who a reported scene's words belong to.

A long feature tells scenes and cites where it learned of them: "Lee kept a gun in his office, according to a
magazine — and he demanded loyalty. "…," he told staff." The source named after a clause's ``according to``
vouches for the telling; it is not a person the story follows, so a later "he" or "she" does not mean it.
A source introduced with a description ("…, according to Ana Ruiz, a tax lawyer") is a person, and stays.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.sourcewords import ADVERB, ARTICLE, NAME, RUN, SAYS
from newsmark.core.suggest.speakers import is_role

# A description after a name introduces a person: ", an attorney at …", ", who …", ", the director of …",
# ", deputy director of …" (no clause: ", and at his home …" goes on with the sentence).
_DESCRIBED = re.compile(r"\s*,\s+(?:an?|the|who|whose|one|(?!(?:and|but|or|so|yet|which|while|though|although|as|when|"
                        r"after|before|because|since|if|then)\b)(?:[a-z][\w-]*[ \t]+){1,3}(?:of|at|for|with)|"
                        r"[a-z][\w-]*[ \t]+of)\b")


def story_people(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``mentions`` without the sources a clause cites after its facts (``…, according to a magazine``)."""
    kept = []
    for at, who in mentions:
        # A mention found by its "according to" starts at that word; lower case, it follows a clause it vouches for.
        if text.startswith("according", at):
            named = text.find(who, at, at + 40 + len(who))
            if named == -1 or not _DESCRIBED.match(text, named + len(who)):
                continue
        kept.append((at, who))
    return kept


# "Kelly says Ailes told her, "…"", "The nurse told the Post that the doctor said, "…"": a report inside a report.
# The words are the inner clause's subject's, whatever source the outer verb names.
_REPORTED = re.compile(
    rf"\b(?:{SAYS}|reports|reported)\b[^\"“”«»\n.;:!?]{{0,60}}?(?<=\s)(?P<who>{NAME}|[Hh]e|[Ss]he|[Tt]hey)(?:\s+\([A-Z][\w.-]{{1,10}}\))?"
    rf"{ADVERB}\s+(?:{SAYS})(?:\s+[\w'’-]+){{0,3}}\s*[:,]?\s*$")
# "she recalls him saying, "…"", "Lee remembered Ruiz telling him: "…"": whom someone heard speaks.
_HEARD = re.compile(
    rf"\b(?:recall(?:s|ed)?|remember(?:s|ed)?|hear(?:s|d)?|overheard)\s+(?P<who>him|her|them|{NAME})\s+"
    rf"(?:say|saying|tell|telling|ask|asking|shout|shouting|yell|yelling)\b(?:\s+[\w'’-]+){{0,3}}\s*[:,.]?\s*$")
# After the quote: "…," she recalls him saying; "…," Lee remembers Ruiz telling him.
_HEARD_AFTER = re.compile(
    rf"^,?\s*(?:{NAME}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e){ADVERB}\s+(?:recall(?:s|ed)?|remember(?:s|ed)?|hear(?:s|d)?|overheard)\s+"
    rf"(?P<who>him|her|them|{NAME})\s+(?:saying|telling|asking|shouting|yelling)\b")
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}


def reported_speaker(head: str) -> str:
    """Whose words a report inside a report (or a heard speaker) hands to the quote after ``head``, or ``""``."""
    m = _HEARD.search(head) if "ing" in head or "say" in head or "tell" in head else None
    if m:
        return _SUBJECT_FORM.get(m.group("who"), m.group("who"))
    m = _REPORTED.search(head)
    return m.group("who") if m else ""


def heard_speaker(tail: str) -> str:
    """Whom the words after a quote say someone heard speak it ("…," she recalls him saying), or ``""``."""
    m = _HEARD_AFTER.match(tail) if "ing" in tail else None
    return _SUBJECT_FORM.get(m.group("who"), m.group("who")) if m else ""


_JOINING = re.compile(r"\s(?:and|or|but|then)$")
_OBJECT_OF = re.compile(r"[a-z][\w'’-]*\s+$")


def joined_object(head: str, start: int, who: str) -> bool:
    """Whether ``who`` at ``start`` in ``head`` is a verb's object and a conjunction, no source ("locked the door and")."""
    return bool(_JOINING.search(who)) and bool(_OBJECT_OF.search(head, max(0, start - 30), start))


# What follows "her" as an object, never as a possessive: a stop, a preposition, a determiner ("gave her the key").
_AFTER_OBJECT = re.compile(r"\s*(?:[.,;:!?)]|$|(?:to|for|in|on|at|and|or|but|that|about|with|from|into|up|down|out|off|"
                           r"back|away|over|again|the|a|an|this|that|because|when|if|as)\b)")


def object_pronoun(text: str, m: re.Match) -> bool:
    """Whether the pronoun matched at ``m`` is an object ("found him", "told her to"), which is never its clause's subject."""
    word = m.group().lower()
    return word == "him" or (word == "her" and bool(_AFTER_OBJECT.match(text, m.end())))


# The verb first, opening the sentence that hands over to the quote: "Replied Ruiz, with some delicacy, "…"",
# "Says Ruiz: "…"", "Adds the report's author, Ana Ruiz: "…"".
_INVERTING = (r"^\s*(?:Replied|Answered|Responded|Countered|Retorted|Added|Adds|Says|Said|Asked|Asks|Recalls|Recalled|"
              r"Explains|Explained|Continues|Continued|Writes|Wrote|Notes|Noted|Concludes|Concluded)\s+")
_INVERTED = re.compile(_INVERTING + rf"(?P<who>{NAME}|{ARTICLE}{RUN}{{1,60}}?)(?:,[^\"“”«»\n]{{0,60}})?\s*[:,]\s*$")
# A side or body and a role before the name: "Said Wales assistant coach Scott Johnson: "…"" (the person, not "Said Wales").
_INVERTED_TITLED = re.compile(_INVERTING + rf"(?:[A-Z][\w'’&-]*\s+){{1,3}}(?P<role>(?:[a-z][\w-]*\s+){{1,3}})(?P<who>{NAME})\s*[:,]\s*$")


def inverted_speaker(head: str) -> str:
    """The source after a sentence-opening reporting verb that hands over to the quote ("Replied Ruiz: "), or ``""``."""
    if not (head[:1].isupper() or head[:1].isspace()):
        return ""
    m = _INVERTED.match(head)
    if m:
        return m.group("who")
    m = _INVERTED_TITLED.match(head)
    return m.group("who") if m and is_role(m.group("role").split()[-1]) else ""


# Writings that speak in their own right when no author is named ("the report concludes"); a statement, post or
# email is someone's, so it is left to whoever the text is about.
_SELF_STANDING = frozenset("report study memo document booklet filing complaint indictment affidavit ruling judgment "
                           "judgement".split())
_WHEN_WORDS = frozenset("new latest recent final first last earlier previous forthcoming upcoming".split())
_DOCUMENT_REACH = 20000  # characters looked back for where the writing was first given: a feature's length


def document_source(text: str, noun: str, at: int) -> str:
    """A self-standing writing with no named author as first given before ``at`` ("An internal report" →
    "an internal report"), or ``""`` for other writings."""
    if noun not in _SELF_STANDING:
        return ""
    start = max(0, at - _DOCUMENT_REACH)
    first = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}\b")
    for k in (m.start() for m in re.finditer(rf"\b{noun}\b", text[start:at])):
        m = first.search(text, max(start, start + k - 40), start + k + len(noun))
        if m and m.end() == start + k + len(noun):
            words = [w for w in m.group().split() if w not in _WHEN_WORDS]  # "a new report" is the report
            return " ".join([words[0].lower() if words[0].lower() in {"a", "an", "the"} else "the", *words[1:]])
    return f"the {noun}"
