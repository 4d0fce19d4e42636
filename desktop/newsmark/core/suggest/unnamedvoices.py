"""The unnamed voice of a body, as the story first describes it ("A Cabinet Office spokeswoman", "the prime
minister's official spokesman").

A body speaks through someone the story does not name: "A Cabinet Office spokeswoman said the move was not about
"…"" quotes the spokeswoman, not the Cabinet Office; and "the spokesman said" later on is the one described before
("the prime minister's official spokesman", "A CRE spokesman"), written as the story first described them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern

# Who speaks for a body without a name of their own.
_VOICE = r"(?:spokes(?:man|woman|person)|spokesmen|spokeswomen|spokespeople|officials?|sources?|insiders?)"
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘])|\n")
_REACH = 3000


@lru_cache(maxsize=256)
def _voice_after(who: str) -> re.Pattern:
    """``who`` then a voice word, no name after it ("Acme spokeswoman Ana Ruiz" names her)."""
    return name_pattern(r"(?<![\w'’-])" + re.escape(who) + r"[ \t]+(?P<voice>" + _VOICE + r")(?![\w'’-])(?![ \t]+[A-Z])")


def body_voice(text: str, who: str, at: int) -> str:
    """"Cabinet Office spokeswoman" when the sentence holding the quote at ``at`` names its source as that body's
    unnamed voice ("A Cabinet Office spokeswoman said the move … "…""), else ``""``."""
    if not who[:1].isupper():
        return ""
    start = max(0, at - 400)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    found = None
    for found in _voice_after(who).finditer(text, start, at):
        pass
    return f"{who} {found.group('voice')}" if found else ""


@lru_cache(maxsize=16)
def _introduced(head: str) -> re.Pattern:
    """"a spokesman", "A CRE spokesman", "the prime minister's official spokesman", "a spokesman for the Home Office"."""
    return name_pattern(r"(?<![\w'’-])(?P<det>[Aa]n?|[Oo]ne|[Tt]he)[ \t]+(?P<desc>(?:(?!(?:[Aa]n?|[Tt]he|[Oo]ne)[ \t])[\w'’&-]+[ \t]+){0,4}?" + head
                        + r"(?:[ \t]+(?:for|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*[ \t]?){1,5})?)(?![\w'’-])(?![ \t]+[A-Z])")


def introduced_voice(text: str, head: str, at: int) -> str:
    """The description "the spokesman" before ``at`` refers back to: the last one introducing a spokesman other than
    by "the spokesman" itself ("CRE spokesman", "prime minister's official spokesman", "spokesman"), or ``""``."""
    if not re.fullmatch(r"spokes(?:man|woman|person)", head):
        return ""
    last = ""
    for m in _introduced(head).finditer(text, max(0, at - _REACH), at):
        desc = " ".join(m.group("desc").split())
        if m.group("det").lower() == "the" and desc == head:
            continue  # "the spokesman" itself refers back
        last = desc
    return last
