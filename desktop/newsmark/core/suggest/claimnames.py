"""Who asserts a claim: its source named as the quote suggester names a speaker.

A person is named in full as the article first gives them (``Lavrov said that`` → ``Sergei Lavrov``),
``he``/``she`` is the person last named as a source or a sentence's subject before the claim, an
organisation keeps its name without the article (``according to the World Bank`` → ``World Bank``),
and an unnamed source its head phrase (``officials said that`` → ``officials``, ``the ministry`` →
``ministry``). A role nobody was given (``the minister said``) stays the role (``minister``): guessing
the last person named would name the wrong one too often. ``they``, ``it`` and ``we`` are the last
claim's source when that is no person and close by; otherwise, and for a source the cue could not
see (``…, saying …``), the value stays empty.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.attribution import PRONOUNS, speaker_phrase, unnamed
from newsmark.core.suggest.mentions import last_before, named_mentions
from newsmark.core.suggest.sentencesubject import previous_subject
from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.pronouns import leading_subject, sentence_starts
from newsmark.core.suggest.speakerindex import speaker_index
from newsmark.core.suggest.speakers import PARTICLES, SCAN_NAME, is_full_name, is_organisation, is_role, person_name

_OPENING_NAME = re.compile(SCAN_NAME)

_PERSONAL = frozenset(("he", "she"))
_REACH = 600  # how far back a pronoun looks for the person it means: about a paragraph
_GROUP_REACH = 300  # "they"/"it" stand for a source of the sentence or two before
_ROLE_REUSE = 10_000  # a role phrase's lookup is reused this far on (a long text stays fast)
_ROLE_HEAD = re.compile(r"\s+(?:of|for|at|in|on|from|with|to)\s")  # "the director of X": the role word before "of"

_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|" + PARTICLES + ")")


@lru_cache(maxsize=4096)
def _is_person(name: str) -> bool:
    """Whether a resolved source reads as a person's full name: two name words or more, no place, body or role."""
    words = name.split()
    return (len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words) and not is_organisation(name)
            and not is_role(words[-1]) and name_key(name) not in builtin_gazetteer())


class ClaimSources:
    """Names the sources of one article's claims, called in text order (a pronoun takes the last person named)."""

    def __init__(self, text: str) -> None:
        """A namer for the claims of ``text``."""
        self._text = text
        self._people = speaker_index(text)
        self._person = (-1, "")  # (offset, full name) of the last person named as a claim's source
        self._other = (-1, "")  # (offset, name) of the last source that is no person
        self._names: dict[str, str | None] = {}  # capitalised names → full names (no offset matters for them)
        self._roles: dict[str, tuple[int, str | None]] = {}  # role phrase → (offset, person) of its last lookup

    def name(self, source: str, at: int) -> str:
        """The name of ``source`` (as the cue found it, the reporting verb or cue at offset ``at``), or ``""``."""
        source = source.strip()
        who = speaker_phrase(source) if source else ""
        if not who:
            return ""
        lowered = who.lower()
        if lowered in _PERSONAL:
            return self._pronoun(lowered, at)
        if lowered in PRONOUNS:  # they, it, we, I
            near = self._other[1] if at - self._other[0] <= _GROUP_REACH else ""
            return near if lowered != "i" else ""
        named = person_name(who) if who[:1].isupper() else ""
        if _is_person(named) and named != who:
            who = named  # "Ukraine's president Ana Ruiz": the person, not whose president she is
        resolved = self._resolve(who, at)
        if resolved is None or (resolved != who and (is_organisation(resolved) or is_role(resolved.split()[-1]))):
            resolved = who  # "the minister" nobody was named as, "US" found only inside "Deputy US Ambassador"
        if _is_person(resolved):
            self._person = (at, resolved)
        else:
            self._other = (at, unnamed(resolved))
        return unnamed(resolved)

    def _resolve(self, who: str, at: int) -> str | None:
        """``SpeakerIndex.resolve``, a role phrase's answer kept for the stretch it was looked up in (a long text is fast)."""
        if who in self._names:
            return self._names[who]
        if who[:1].isupper():
            resolved = self._people.resolve(who, at)
            name = person_name(who)
            if name and not is_role(name.split()[-1]):
                self._names[who] = resolved  # a name, not a role ("PAHO Director"): the same answer anywhere
            return resolved
        if who in self._roles:
            seen_at, person = self._roles[who]
            head = _ROLE_HEAD.split(who, maxsplit=1)[0].split()[-1]
            between = self._text[seen_at:at] if at - seen_at <= _ROLE_REUSE else ""
            # without first letters: "The Director" and "the director" alike, and no copy of the text lower-cased
            if between and between.count(head[1:]) == between.count(who[1:]):
                return person  # the role's word came up only in this phrase since: no one new was given it
        person = self._people.resolve(who, at)
        self._roles[who] = (at, person)
        return person

    def _pronoun(self, pronoun: str, at: int) -> str:
        """The person ``he`` or ``she`` at ``at`` means: the latest one named as a source or subject before it."""
        text = self._text
        lo = max(0, at - _REACH)
        own, before = sentence_starts(text, at)
        mentions = [(lo + offset, who) for offset, who in named_mentions(text[lo:own])]
        near = [self._person if self._person[0] >= lo else (-1, ""), last_before(mentions, at),
                previous_subject(text, at), leading_subject(text, own, at), self._opens(before, own)]
        people = [(offset, self._people.resolve(who, offset) or "") for offset, who in near if who]
        people = [p for p in people if _is_person(p[1])]  # "he" is a person: not "North Korea", not "Seoul and its allies"
        if not people:
            return ""
        self._person = (at, max(people)[1])
        return self._person[1]

    def _opens(self, start: int, end: int) -> tuple[int, str]:
        """(offset, name) of a full name opening the sentence at ``start`` ("Ana Ruiz runs …"), or (-1, "")."""
        m = _OPENING_NAME.match(self._text, start, end) if start < end else None
        name = person_name(m.group()) if m else ""
        return (start, name) if is_full_name(name) else (-1, "")
