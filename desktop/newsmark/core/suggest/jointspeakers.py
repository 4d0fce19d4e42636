"""People who speak together: a coordination of names as a quote's source ("Ana Ruiz and Tom Lee said: "…"").

News gives words two or more people said or wrote together to all of them at once: the subject before the verb
("Ruiz and Lee replied that …"), a digest's credit before a colon ("Our Ana Ruiz and Tom Lee: "…""), or the names
after the quote's verb (""…," said Ruiz and Lee."). The convention speaks them jointly: every full name, in the
order the article first gives them, joined as "A and B" / "A, B and C" (bench/blind43's and blind69's decisions).
Read only in the quote's own sentence and just after it; names told, thanked or met ("told Ruiz and Lee") are not.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import ADVERB, NAME, SAYS
from newsmark.core.suggest.speakers import PRONOUNS, is_full_name, is_organisation

_RELATION = r"(?:his|her|their)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+"  # "Ana Ruiz and her brother Tom Lee"
_KIN = rf"(?:{_RELATION})?"
_RELATION_WORDS = re.compile(rf"\b{_RELATION}(?=\S)")  # dropped from the joint speaker: the names alone
_JOINT = rf"(?:(?:{NAME},[ \t]+){{0,4}}{NAME},?[ \t]+and[ \t]+{_KIN}{NAME})"
# Before the quote: the coordination opens its clause and a verb or colon follows it.
_SUBJECT = name_pattern(rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’][ \t])|(?<=\n)|(?<=[—–:][ \t])"
                        rf"|(?<=\band[ \t])|(?<=\bbut[ \t])|(?<=\bthen[ \t])|(?<=\bwhen[ \t])|(?<=\bas[ \t])"
                        rf"|(?<=,[ \t])|(?<=['’]s[ \t])|(?<=\bOur[ \t]))"
                        rf"(?P<joint>{_JOINT})(?:[ \t]*:[ \t]*$|{ADVERB}[ \t]+(?:{SAYS}|[a-z]{{3,}}ed)\b)")
# After the quote: ""…," Ruiz and Lee said." or ""…," said Ruiz and Lee."
_AFTER = name_pattern(rf"[,]?[ \t]+(?:(?P<first>{_JOINT}){ADVERB}[ \t]+(?:{SAYS})\b|(?:{SAYS})[ \t]+(?P<last>{_JOINT})(?:(?<=\.)|(?=[ \t]*[,.;])))")  # "said Ruiz and Lee.": the name word holds its stop
_PART = name_pattern(rf"{NAME}")
_OWNER = re.compile(r"^(?:Our|\S+['’]s)[ \t]+")  # "Our Ana Ruiz and …", "WSJ’s Ana Ruiz and …": the byline's outlet
# A full name as found may keep its sentence's stop ("… Martha Fry. She …"); an initial or suffix keeps its own.
_NAME_STOP = name_pattern(r"(?<![ \t][A-Z])(?<!\bJr)(?<!\bSr)\.$")
_SENTENCE_ENDS = (". ", "? ", "! ", ".” ", "?” ", "!” ", "\n")  # found by plain scans: cheap on every quote


def _and_name(text: str, lo: int, hi: int) -> bool:
    """Whether "and" then a capital (or "his"/"her"/"their") stands between ``lo`` and ``hi``: plain scans."""
    k = text.find(" and ", lo, hi)
    while k != -1:
        if text[k + 5:k + 6].isupper() or text.startswith(("his ", "her ", "their "), k + 5):
            return True
        k = text.find(" and ", k + 5, hi)
    return False


def joint_parts(text: str, at: int, after: int) -> list[str]:
    """The names of people speaking together the quote opening at ``at`` (closing before ``after``), as written;
    ``[]`` for one speaker."""
    hi, lo = min(len(text), after + 160), max(0, at - 300)
    tail = _and_name(text, after, hi) and _AFTER.match(text, after, hi)  # a plain scan rules most quotes out
    if tail:
        joint = tail.group("first") or tail.group("last")
    else:
        if not _and_name(text, lo, at):
            return []  # the usual case: no "and" then a name before the quote
        start = max(lo, *(text.rfind(end, lo, at) + len(end) for end in _SENTENCE_ENDS))  # the quote's own sentence
        if not _and_name(text, start, at):
            return []
        head = None
        for head in _SUBJECT.finditer(text, start, at):
            pass  # the last coordination before the quote
        if head is None:
            return []
        joint = head.group("joint")
    joint = _OWNER.sub("", _RELATION_WORDS.sub("", joint))
    parts = [p.strip(" ,").removesuffix(".") if not p.endswith(("Jr.", "Sr.")) else p.strip(" ,") for p in re.split(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+", joint)]
    if len(parts) < 2 or len(set(parts)) < len(parts) or not all(_PART.fullmatch(p) for p in parts):
        return []
    return parts


def joined(names: list[str]) -> str:
    """Names as one joint speaker: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def joint_speaker(text: str, at: int, after: int, who: str, people) -> str:
    """The joint speaker of the quote at ``at`` when its source is a coordination of people, else ``""``.

    ``who`` is the speaker read so far (``""`` when none): it must be one of them. ``people`` resolves each name
    to the full name first given (a ``SpeakerIndex``); every one must be a person's full name ("Procter and
    Gamble said" is one company)."""
    if who.lower() in PRONOUNS:
        return ""
    parts = joint_parts(text, at, after)
    if not parts:
        return ""
    names = [_NAME_STOP.sub("", people.resolve(p, at) or "") for p in parts]
    if len(set(names)) < len(names) or not all(is_full_name(n) and not is_organisation(n) for n in names):
        return ""
    if who and who not in names:
        return ""
    first = {n: (text.find(n) % (len(text) + 1)) for n in names}  # not found: last
    return joined(sorted(names, key=lambda n: first[n]))
