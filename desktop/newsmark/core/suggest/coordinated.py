"""Sources a reporting verb names away from its usual place: joined by "and" to its clause's first verb ("Ruiz met the
panel and said, "…"": the clause's subject), or after the clause it reports ("…, said Ana Ruiz, a director")."""

from __future__ import annotations

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import NAME, SAYS, SENTENCE_OPENERS, TITLED_SURNAME
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.speakers import is_full_name, is_role, person_name

# "… and said,", "… and has stated:", "… but later told reporters:": a verb with no subject of its own before the quote.
_JOINED_VERB = name_pattern(rf"\s(?:and|but)\s+(?:(?:has|had|have|also|then|later|simply|quickly)\s+)*(?:{SAYS})"
                            r"(?:\s+(?!that\b)[a-z][\w'’-]*){0,2}\s*[,:]?\s*$")
# The clause's subject at the sentence's start, after an opener ("On Monday, ", "But "): a pronoun, or a name
# (with a lower-case description before it: "Local councillor Ana Ruiz") and its first verb.
_OPENING = (r"^\s*(?:(?:In|At|On|After|Later|Earlier|Then|Yesterday|Today|Meanwhile)\b[^,\"“”«»\n]{0,40},\s*|(?:But|And|Then|So)\s+"
            r"|[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,5},\s*)?")  # any short lower-case lead: "Eight years ago, he …"
_PRONOUN = name_pattern(_OPENING + r"(?P<who>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+[a-z]")
_NAMED = name_pattern(_OPENING + rf"(?:(?P<desc>[A-Z][a-z]+(?:\s+[a-z]+){{1,2}})\s+)?(?P<who>{NAME})(?:,[^,\"“”«»\n]{{1,100}},)?\s+(?!(?:who|which|and|of|in|at|for)\b)[a-z]+\b")
# Words inside the clause that open another one with its own subject ("Ruiz said Lee left and added:").
_OTHER_CLAUSE = name_pattern(r"\b(?:who|which|that|when|while|because|after|before|if|said|says|and\s+(?:he|she|they|the|[A-Z]))\b")


def coordinated_subject(head: str) -> str:
    """The subject of a sentence whose reporting verb is joined by "and" to its first verb ("He funds the groups and
    has stated, ": "He"), or ``""`` when the verb has a subject of its own or the sentence opens with none."""
    joined = _JOINED_VERB.search(head) if "and " in head or "but " in head else None
    if not joined:
        return ""
    m = _PRONOUN.match(head) or _NAMED.match(head)
    if not m or _OTHER_CLAUSE.search(head, m.end(), joined.start()):
        return ""
    who = m.group("who")
    if m.groupdict().get("desc") and not is_role(m.group("desc").split()[-1]):
        return ""  # "Ruiz said Lee left and added:": no description before a name, a clause of its own
    return "" if who.split()[0] in SENTENCE_OPENERS else who


# The verb first after a clause: "Coal's outlook is unclear, said Ana Ruiz, a director at …" (a full name only).
# A lower-case word opening a description, not a verb or a preposition after the name ("said New Line feared that",
# "thinks Kamala Harris is tough", "said Acme of Canada's economist").
_DESCRIPTION = (r"(?!(?:is|was|are|were|has|had|have|would|will|could|can|may|might|should|must|did|does|of|for|at|in|"
                r"from|with|and|or|to|on|that|who)\b)[a-z][\w-]*(?<!ed)(?<![^s]s)\b")
# Verbs of belief count so too ("…, thinks Paolo Pescatore mobile industry specialist for analysts IDC."), and a
# description may follow the name without its comma.
_INVERTED_MENTION = name_pattern(rf",[ \t]+(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|thinks|believes|"
                                 rf"reckons|argues|insists)[ \t]+(?P<who>{NAME})(?=[ \t]*[,.;]|[ \t]*$|[ \t]+{_DESCRIPTION})")
_TITLED = name_pattern(TITLED_SURNAME)


def inverted_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every full name after a clause and its reporting verb ("…, said Ana Ruiz,")."""
    found = []
    for m in _INVERTED_MENTION.finditer(text):
        who = speaker_phrase(m.group("who"))
        if m.group("who").endswith(("'s", "’s")):
            continue  # "…, said Mr Lynch's job would not be easy": whose job, no source
        if speaker_like(who) and ((is_full_name(person_name(who)) and not is_role(person_name(who).split()[-1]))
                                  or _TITLED.fullmatch(m.group("who"))):  # "…, says Mr Dean."
            found.append((m.start("who"), who))
    return found
