"""A group the story says a named person leads speaks, when it speaks, through that person.

"Lawmakers on the committee, led by chairman Ana Ruiz, requested “…”", then "the lawmakers wrote" and "they
wrote": the group's words have a named speaker, the one the story names as leading it. Only a group introduced
with "led by", "chaired by" or "headed by" and a person's full name counts.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import SCAN_NAME, is_full_name, is_organisation, person_name

# "lawmakers on the committee, led by chairman Ana Ruiz, R-Wis.,": the words, then the group's noun before them
# (and what it is of) and the name after them (a role word or two before it).
_LED_STEM = re.compile(r"(?<![\w'’-])(?:l|chair|head)\Z")  # "led by", "chaired by", "headed by", found by "ed by "
_GROUP = name_pattern(r"\b(?P<group>[A-Za-z][\w-]*)(?:[ \t]+(?:on|of|from|in|at)[ \t][^,;:\"“”«»\n]{0,120}?)?,[ \t]+\Z")
_LEADER = name_pattern(rf"(?:(?:[a-z][\w-]*|[A-Z][\w.-]*)[ \t]+){{0,3}}?(?P<who>{SCAN_NAME})")


def _leaders(text: str) -> list[tuple[int, str, str]]:
    """(offset, group noun, leader's name) of every group introduced as led by a named person, in text order."""
    found = []
    k = text.find("ed by ")  # a plain find: the words are rare, and a pattern's scan would try every position
    while k != -1:
        stem = _LED_STEM.search(text, max(0, k - 6), k)
        start, end = (stem.start() if stem else -1), k + 6
        k = text.find("ed by ", end)
        if not stem:
            continue
        group = _GROUP.search(text, max(0, start - 160), start)
        leader = _LEADER.match(text, end) if group else None
        who = person_name(leader.group("who")) if leader else ""
        if is_full_name(who) and not is_organisation(who):
            found.append((leader.start("who"), group.group("group").lower(), who))
    return found


class Leaders:
    """The groups of one article led by a named person, found once."""

    def __init__(self, text: str) -> None:
        """Find every "…, led by NAME," in ``text``."""
        self._found = _leaders(text)

    def mentions(self) -> list[tuple[int, str]]:
        """(offset, name) of each leader, a person the story tells about where the group is introduced."""
        return [(at, who) for at, _, who in self._found]

    def of(self, noun: str, at: int) -> str:
        """The leader of the last group named ``noun`` ("lawmakers") introduced before ``at``, or ``""``."""
        noun = noun.lower()
        return next((who for k, group, who in reversed(self._found) if k < at and group == noun), "")
