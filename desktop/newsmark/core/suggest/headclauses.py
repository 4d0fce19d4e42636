"""Sources a quote's sentence names before it in clauses the main attribution patterns miss.

"The ministers' comments, said Junya Tanase of JPMorgan, were "…"" sets the source off inside the sentence with its
verb first; "… backed by Secretary Tessa Jowell who said: "…"" hands over through a relative clause; "The home
secretary said, by 2008, he wanted … to "…"" opens with an office whose verb of saying is far from the quote. And a
quote a verb of saying introduces with a colon ("He told BBC Radio: "… at all."") ends its sentence inside its
marks: what follows it opens another sentence, no source of the quote. After a quote, ""…," is the dry assessment
of Graham Lane" names its source as the one whose view the words are.
"""

from __future__ import annotations

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import ADVERB, ASIDE, NAME, SAYS
from newsmark.core.suggest.speakers import is_full_name, is_organisation, is_role, person_name

# A source set off inside the sentence, the verb first: "The comments, said Junya Tanase of JPMorgan in Tokyo, were "…"",
# or right before the quote: "the courts which, said Mr Hopkins, "is part of …"".
_SAID_ASIDE = name_pattern(rf",[ \t]+(?:said|says)[ \t]+(?P<who>{NAME})(?:[ \t]+(?:of|from|at|in)[ \t]+[^,\"“”\n]{{1,60}})?,"
                           r"[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,6}\Z")
# A name, then a relative clause that hands over to the quote: "… backed by Secretary Tessa Jowell who said: "…"".
_WHO_SAID = name_pattern(rf"(?<![\w'’-])(?P<who>{NAME}),?[ \t]+who{ADVERB}[ \t]+(?:{SAYS})\s*[:,]?\s*$")
# A name, a description left unclosed, then the verb: "Katrina Bull, a prospective parliamentary candidate said …"
# (not "Ruiz, a top aide said, “is …”": the aide's words about Ruiz, set off by commas).
# "Marc Ostwald, a strategist at Monument Securities told Reuters that …": the firm closes the description.
# "Howard Archer, economist at Global Insight said the MPC …": with no article, the firm must close it.
_UNCLOSED_ASIDE = name_pattern(rf"(?<![\w'’-])(?P<who>{NAME}),[ \t]+(?:(?:an?|the)[ \t]+(?:[a-z][\w-]*[ \t]+){{1,5}}"
                               r"(?:(?<=at )(?:the[ \t]+)?(?:[A-Z][\w&'’.-]*[ \t]+){1,4})?"
                               r"|(?:[a-z][\w-]*[ \t]+){1,3}(?<=at )(?:the[ \t]+)?(?:[A-Z][\w&'’.-]*[ \t]+){1,4})"
                               r"(?:said|says|told)\b(?![ \t]*,)")
# A quote a verb of saying introduces with a colon: "He told BBC Radio: "…"" (not "Asked what comes next: "…"").
_COLON_BEFORE = name_pattern(rf"(?<![\w'’-])(?:{SAYS})(?:[ \t]+[\w'’-]+){{0,3}}[ \t]*:[ \t]*\Z")
# A sentence opening with an office as its subject and a verb of saying: "The home secretary said …".
_OFFICE_OPENING = name_pattern(rf"^\s*(?P<who>[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+){ASIDE},?{ADVERB}\s+(?:{SAYS})\b")


# ""…," is the dry assessment of Graham Lane, leader of …": the words are the named one's view.
_VERDICT_OF = name_pattern(rf"^,?[ \t]*(?:is|was|were|are)[ \t]+(?:the|his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
                           rf"(?:assessment|verdict|view|opinion|judgement|judgment|conclusion|warning|message|advice)"
                           rf"[ \t]+of[ \t]+(?P<who>{NAME})")


def verdict_source(tail: str) -> str:
    """The one whose view a quote is, named after it ("…," is the verdict of Ana Ruiz), or ``""``."""
    m = _VERDICT_OF.match(tail) if "of" in tail else None
    return m.group("who") if m else ""


def aside_source(head: str) -> str:
    """The source a verb-first aside, a "who said" clause or an unclosed description in ``head`` (the sentence before
    the quote) names, or ``""``."""
    m = _SAID_ASIDE.search(head) if "said " in head or "says " in head else None
    m = m or (_WHO_SAID.search(head) if "who" in head else None)
    if m:
        return m.group("who")
    m = _UNCLOSED_ASIDE.search(head)  # a person's full name only: "provided to The Post, the officer said" is no aside
    return m.group("who") if m and is_full_name(person_name(m.group("who"))) and not is_organisation(m.group("who")) else ""


def office_opening(head: str) -> str:
    """The office opening ``head`` as the subject of its verb of saying ("The home secretary said, …"), or ``""``."""
    m = _OFFICE_OPENING.match(head)
    return m.group("who") if m and is_role(m.group("who").split()[-1]) else ""


def colon_introduced(text: str, open_at: int) -> bool:
    """Whether a verb of saying and a colon introduce the quote opening at ``open_at``."""
    return bool(_COLON_BEFORE.search(text, max(0, open_at - 60), open_at))


# A body's name the scan of names cut at "of": "Lloyds of London", "Bank of England" (the last word comes first).
_OF_BODY = name_pattern(r"(?:^|(?<=[ \t(]))((?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*)[ \t]+of[ \t]+\Z")
_GIVEN_BEFORE = name_pattern(r"(?:[A-Z][\w'’.-]*|[A-Z]\.)[ \t]+\Z")  # a given name or initials before the word
# A described phrase run on into a clause joined with its own named subject: "an Achilles injury but Cole".
_JOINED_NAME = name_pattern(r"[ \t](?:but|and|while|whereas)[ \t]+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})\Z")


def body_of_place(head: str, start: int, who: str) -> str:
    """"Lloyds of London" when the place ``who`` found at ``start`` in ``head`` ends a body's name ("Lloyds of …"), else
    ``""``; not an office's ("Chief Financial Officer of Super Value")."""
    if not builtin_gazetteer().get(name_key(who)):
        return ""
    body = _OF_BODY.search(head, max(0, start - 60), start)
    if not body or is_role(body.group(1).split()[-1]) or _GIVEN_BEFORE.search(head, max(0, body.start() - 30), body.start()):
        return ""  # "G.K. Butterfield of North Carolina": a person from the place, not a body
    return f"{body.group(1)} of {who}"


def joined_name(who: str) -> str:
    """The name opening a clause a lower-case described phrase runs on into ("an Achilles tendon injury but Cole"),
    or ``""``."""
    m = _JOINED_NAME.search(who) if who[:1].islower() else None
    return m.group("who") if m else ""
