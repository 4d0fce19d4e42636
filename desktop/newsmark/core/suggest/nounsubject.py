"""The unnamed source a sentence opens with, when a quote inside that sentence has no attribution of its own.

News frames many partial quotes with a clause whose subject is a group, a body, an official or a document
named by a common noun, not a person's name: "Teachers chanted, “…”", "his lawyers maintain that the
charges “…”", "Then, the Church accused the group of “…”", "The legislation makes clear that fines can be
imposed for “…”". That subject is the source; the person the story last told about is not. Only nouns that
can speak or be quoted count ("The date is …" frames nothing), and the subject must head the clause the quote
sits in: the clause after ", but" or "; " when the sentence has several.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.bodyname import named_body
from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.speakers import ROLE_WORDS, is_role

# Groups, people and bodies by what they are; documents that "say" what their authors wrote.
_SPEAKING = frozenset("""
officials police authorities residents witnesses analysts experts sources diplomats prosecutors investigators
doctors physicians nurses organisers organizers economists scientists researchers rescuers villagers protesters
demonstrators marchers leaders firefighters teachers parents workers lawyers attorneys critics activists aides
advisers advisors supporters opponents officers members students employees staff voters fans judges lawmakers
legislators regulators executives negotiators campaigners neighbours neighbors survivors relatives
judge jury court government administration company firm committee commission ministry department agency council
board bureau authority union church campaign coalition network party army military
statement report letter memo study survey poll legislation law bill ruling complaint lawsuit indictment affidavit
tweet post email website websites filing document documents
""".split())
# Office words that name no one on their own ("state", "home affairs") or only qualify ("former").
NOT_HEADS = frozenset("state home affairs works security former ex elect acting vice deputy assistant hon hon. "
                      "independent conservative liberal democrat democratic republican finance defence defense foreign "
                      "interior health education justice trade transport energy tourism labour labor treasury "
                      "agriculture environment immigration commerce economy culture sports youth housing".split())
_HEADS = sorted((_SPEAKING | ROLE_WORDS) - NOT_HEADS, key=len, reverse=True)
# A determiner or number, dropped from the speaker as annotated ("his lawyers" → "lawyers").
_DETERMINER = r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any)\s+"
_LEADING = re.compile(_DETERMINER)
# Words before the head: adjectives and nouns, no verb ("Former royal PR aides", "The legal team").
_FUNCTION = ("as|just|because|in|after|before|from|of|for|with|by|to|at|on|when|while|if|although|though|since|once|until|"
             "unless|where|and|or|but|that|which|who|what|how|why|this|these|those|there|it|here|even|only|not|no|all|most|"
             "many|some|every|each|other|such|so|also|then|than|more|less|first|last|reason|the|a|an|he|she|they|we|i|"
             "you|his|her|its|their|our|my|your")
_MODIFIER = r"(?:(?!(?i:" + _FUNCTION + r")\s)[A-Za-z][\w'’.-]*\s+){0,3}?"
_NOT_VERBS = frozenset("of and or in on at for to with from by who which that whose whom as is was were are".split())
_PHRASE = re.compile(
    r"(?:(?:[A-Z][^,.;:\n\"“”]{0,60},\s*(?:however,\s*)?)|(?:But|And|Yet|So|Then|Now|Still)\s+)?"
    r"(?P<phrase>(?:" + _DETERMINER + r")?" + _MODIFIER + r"(?P<head>(?i:" + "|".join(re.escape(w) for w in _HEADS) + r")(?![\w'’-])))"
    r"(?:,(?P<aside>[^,\n\"“”]{1,120}),)?\s+(?:[a-z]+ly\s+)?(?!(?:" + "|".join(sorted(_NOT_VERBS | _SPEAKING)) + r")\b)"
    r"(?P<verb>[a-z]{2,})\b")
# A person named between the subject and the quote may be whose words they are ("The campaign pointed to
# Ana Ruiz's remark that “…”", "the report quoted Ana Ruiz as saying “…”"): the subject is then no safe guess.
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w-]*(?:['’]s\b|,?\s+(?:as\s+)?saying\b)")
# An aside naming the people the phrase describes ("Two analysts, Ana Ruiz and Tom Lee, said"): theirs, not the phrase's.
_NAMED_ASIDE = re.compile(r"\s*[A-Z][a-z][\w'’-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z]")
_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas)|;)\s+")


def noun_subject(text: str, at: int) -> str:
    """The common-noun source heading the clause a quote at ``at`` sits in ("his lawyers"), or ``""``.

    The quote must not open its sentence; the phrase comes back as written, determiner and all, so the caller
    can resolve "the company" to the company named before.
    """
    own, _ = sentence_starts(text, at)
    if len(text[own:at].split()) < 2 or text[own:at].rstrip()[-1:] in (".", "?", "!"):
        return ""  # (the stop right before the quote: "… to the Conservatives? "The problem is …"" opens a sentence)
    starts = [own, *(m.end() for m in _CLAUSE.finditer(text, own, at))]
    for start in reversed(starts):  # the clause nearest the quote first
        m = _PHRASE.match(text, start, at)
        if m and is_role(m.group("verb")):
            continue  # "Earlier Tory leader Michael Howard sent …": an office after the party, no verb
        if m and not _FULL_NAME.search(text, m.end("phrase"), at) and not _NAMED_ASIDE.match(m.group("aside") or ""):
            return m.group("phrase")
    return ""


def noun_source(text: str, at: int, resolve) -> str:
    """The source ``noun_subject`` finds, as annotated: the phrase without its determiner ("his lawyers" → "lawyers");
    ``""`` for none, and for a definite phrase standing for a body or person named before ("the company claims";
    ``resolve`` is a SpeakerIndex's), which the story's subject already answers better than a guess at it."""
    phrase = noun_subject(text, at)
    if not phrase:
        return ""
    lead = _LEADING.match(phrase)
    owner = lead.group().strip().lower() if lead else ""
    if owner in {"his", "her", "its", "their", "our"} and not phrase.endswith("s"):
        return ""  # "His campaign said": the campaign of someone named before, for the story to tell
    if owner == "the":
        bare = "the " + phrase[lead.end():]
        named = resolve(bare, at)
        if named is None or named.lower() not in (bare.lower(), phrase[lead.end():].lower()):
            return ""
        body = named_body(text, bare, at)  # "the doctors" after "Doctors for Camp Care"
        if body:
            return body
    found = phrase[lead.end():] if lead else phrase
    owned = found[:1].isupper() and re.search(r"['’]s\s", found)  # "Ruiz's campaign": the owner as first named in full
    return (resolve(found, at) or found) if owned else found
