"""Words a report puts in someone's mouth: "X quoted Ruiz as saying "…"" is Ruiz's, not X's.

Wire copy credits another outlet's interview this way ("local newspapers quote Salinas as saying", "the
Times quoted a police officer as saying that "…""): the verb's subject is the medium, its object the speaker.
"""

from __future__ import annotations

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import ARTICLE, NAME, RUN

# A name, a role and the name ("Peoplesoft worker David Ogden"), an unnamed source, or a pronoun.
_OBJECT = rf"(?P<who>{NAME}|(?:[A-Z][\w'’&-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){{1,3}}{NAME}|{ARTICLE}{RUN}{{1,60}}?|him|her|them)"
_ROLE_THEN_NAME = name_pattern(r"(?:[A-Z][\w'’&-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,3}(?P<name>[A-Z].*)")
_AS = r"[ \t]+as[ \t]+(?:saying|telling[ \t]+[\w-]+|writing|warning|adding)"
_QUOTE_VERB = r"\bquot(?:e|es|ed|ing)[ \t]+"
# After the quote: ""…," local papers quoted Ruiz as saying."
_AFTER = name_pattern(rf",?[ \t]+[^.;:!?\"“”«»\n]{{0,60}}?{_QUOTE_VERB}{_OBJECT}{_AS}\b")
# Before it: "The Times quoted a police officer as saying that "…"", "… quoted Ruiz as saying: "…"".
_BEFORE = name_pattern(rf"{_QUOTE_VERB}{_OBJECT}{_AS}(?:[ \t]+that)?[ \t]*[:,]?[ \t]*\Z")
_PRONOUN_OF = {"him": "he", "her": "she", "them": "they"}


def quoted_as(text: str, at: int, after: int) -> str:
    """Who the report quotes as saying the quote opening at ``at`` (closing before ``after``), else ``""``:
    a name, an unnamed source's phrase, or the pronoun the object stands for ("quoted her as saying" → "she")."""
    lo, hi = max(0, at - 200), min(len(text), after + 200)
    m = ((text.find("quot", after, hi) != -1 and _AFTER.match(text, after, hi))  # a plain scan rules most quotes out
         or (text.find("quot", lo, at) != -1 and _BEFORE.search(text, lo, at)))
    if not m:
        return ""
    who = " ".join(m.group("who").split())
    titled = _ROLE_THEN_NAME.fullmatch(who) if who[:1].isupper() or not who.startswith(("a ", "an ", "the ")) else None
    return titled.group("name") if titled else _PRONOUN_OF.get(who, who)  # "Peoplesoft worker David Ogden": him
