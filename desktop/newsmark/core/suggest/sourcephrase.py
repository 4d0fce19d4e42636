"""A source phrase as the speaker convention writes it: the name without role words, an unnamed source without its
determiner, time or place, a body without its article; and whether a captured phrase is a source at all."""

from __future__ import annotations

from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.partitives import one_of
from newsmark.core.suggest.sourcewords import (ARTICLE_RE as _ARTICLE_RE, CALENDAR as _CALENDAR, GROUP_RE as _GROUP_RE,
                                               SENTENCE_OPENERS as _SENTENCE_OPENERS)
from newsmark.core.suggest.speakers import is_organisation, is_role, person_name

# What follows an unnamed source is no part of it: "a spokesperson said on Tuesday", "said in a statement".
_SOURCE_TAIL = name_pattern(r"\s+(?:on|last|this|late|early|yesterday|today|earlier|when|while|whereas|once|if|speaking|says|said|adds|added|told|tells|writes|wrote|in\s+an?\s+(?:statement|interview|email|"
                            r"e-mail|post|letter|press\s+release|video|briefing)|after|before|following|since|"
                            r"in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|spring|summer|autumn|fall|winter)|he|she|they|we|it|was|were|is|are|has|had)\b.*$")
# A writing named by its owner speaks for the owner: "a Moody's Analytics' forecast" → "Moody's Analytics".
_OWNED_DOCUMENT = name_pattern(r"^(?:an?|the)\s+(?P<owner>[A-Z].*?)(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?(?:forecast|report|"
                               r"statement|study|survey|analysis|estimate|estimates|data|figures|projection|projections|"
                               r"release|letter|memo|note|filing|ruling|review|poll)$")
# The same with no article, the owner a capitalised name: "TNO's report", "Moody's Analytics' forecast".
_OWNER_DOCUMENT = name_pattern(r"^(?P<owner>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})(?:['’]s|(?<=s)['’])\s+(?:forecast|report|"
                               r"statement|study|survey|analysis|estimate|estimates|data|figures|projection|projections|"
                               r"letter|memo|filing|ruling|review|poll|findings|assessment)$")
# A writing from a named body speaks for it: "a report from Kotak Equities", "a statement by the Acme Group".
_DOCUMENT_FROM = name_pattern(r"^(?:an?|the)\s+(?:[a-z]+\s+)?(?:report|statement|study|survey|analysis|note|letter|memo|"
                              r"release|filing|review|forecast|research\s+note)\s+(?:from|by|of)\s+(?:the\s+)?"
                              r"(?P<owner>[A-Z][\w'’&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’&.-]*){0,5})$")
# A body's name then a person's, with no comma: "the Ministry of Finance Ana Ruiz", "the Bank of Ghana Governor Ana Ruiz".
_BODY_THEN_NAME = name_pattern(r"^(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:of|for)\s+(?P<run>(?:[A-Z][\w'’.-]*\s+){2,4}[A-Z][\w'’-]*)$")
_ROLE_THEN_NAME = name_pattern(r"\b([a-z][\w-]*)\s+((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)$")
# "one"/"another" open an unnamed source ("said one Ohio Democrat"), never a description before a name.
NOT_DESCRIPTIONS = frozenset("one another on in at to by for from of with that this the a an last next and or but as after before during "
                              "when while if then later earlier told who whose which is was".split())
_DETERMINER = name_pattern(r"^(?:an?|the|one|another|two|three|some|several)\s+(?=\S)")
_WHERE = name_pattern(r"\s+(?:(?:which|who|that)\b|(?:in|at|about|near|inside|outside|within)\s+(?:(?:the|a|an|her|his|their|its)\s+)?[a-z]).*$")
_MEDIUM = name_pattern(r"\s+(?:on|during|over|via|through)\s+.*$")
_ROLE_WORDS = name_pattern(r"^(?:(?:US|UN|Deputy|Defence|Defense|Foreign|Prime|Secretary|Minister|President|Chancellor|"
                           r"General|Gen\.|Spokesman|Spokeswoman|Spokesperson|Ambassador|Senator|Sen\.|Rep\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+")


# A phrase run into a second "the" with no comma or preposition between ("the council's work the committee"): the
# opening phrase's words end before it ("the head of the agency" keeps its "of the").
_RUN_INTO_THE = name_pattern(r"^(?:[Tt]he|[Aa]n?)\s+(?:\S+\s+){0,4}?(\S+)\s+(?=the\s+[a-z])")
_LINKING = frozenset("of for at in to on with from by and or into over than as about like after before under near "
                     "against between among within without across behind beyond inside outside throughout upon toward towards".split())


def _run_into_the(who: str) -> str:
    """``who`` from its second "the" when the word before it links nothing ("the council's work the committee")."""
    m = _RUN_INTO_THE.match(who)
    word = m.group(1).lower() if m else ""
    return who[m.end():] if m and word[:1].islower() and word not in _LINKING and not word.endswith("ing") else who


# A person's (or body's) role after its owner's possessive: "… Blair's official spokesman".
_OWNED_ROLE = name_pattern(r"[A-Z][\w'’-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\Z")


@lru_cache(maxsize=4096)
def speaker_phrase(who: str) -> str:
    """A source phrase as the speaker convention writes it ("the World Bank" → "World Bank", "Officials" →
    "officials"), without leading role words (``Defence Secretary Lloyd Austin`` stays a name)."""
    who = " ".join(who.split()).rstrip(".,")
    if who.endswith((" Jr", " Sr")):
        who += "."  # "James Kennedy Jr.": the suffix keeps its full stop
    if _ARTICLE_RE.match(who):
        who = _SOURCE_TAIL.sub("", who)  # "the Fed's Ana Ruiz on Monday": the source without its time
        who = _run_into_the(who)  # "(In its report on) the council's work the committee said": the committee
        owned = _OWNED_DOCUMENT.match(who) or _DOCUMENT_FROM.match(who)
        if owned and all(w[:1].isupper() for w in owned.group("owner").split()):
            return owned.group("owner")
    owned = _OWNER_DOCUMENT.match(who)
    if owned:
        return owned.group("owner")  # "TNO's report said": the body whose report it is
    if _organisation(who):
        return who.split(" ", 1)[1]
    bodied = _BODY_THEN_NAME.match(who)
    if bodied and len(person_name(bodied.group("run")).split()) in range(2, len(bodied.group("run").split())):
        return person_name(bodied.group("run"))  # "the Ministry of Finance Ana Ruiz": the person the body's words precede
    titled = _ROLE_THEN_NAME.search(who)
    if titled and (is_role(titled.group(1)) or (titled.group(1) not in NOT_DESCRIPTIONS
                                                and not is_organisation(titled.group(2)))) and (
            _ARTICLE_RE.match(who) or who[:1].islower()):
        return titled.group(2)  # "the team's coach Ben Ortiz", "a skeptical Ana Ruiz": the person, not the description
    if _ARTICLE_RE.match(who) or _GROUP_RE.fullmatch(who):  # unnamed: "The ministry said" → "the ministry", less what follows
        lower = who.split()[0] == "A" and len(who.split()) >= 3 or not who.split()[0].isupper() and not who[1:2].isupper()  # "US officials", not "uS officials"
        return _SOURCE_TAIL.sub("", who[:1].lower() + who[1:] if lower and (
            _ARTICLE_RE.match(who) or _GROUP_RE.match(who.split()[0])) else who)
    named = person_name(who) if who[:1].isupper() and " " in who else ""
    before = who[:-len(named)].split() if named and who.endswith(" " + named) else []
    if (len(named.split()) >= 2 and all(w[:1].isupper() for w in named.split()) and len(before) >= 2
            and is_role(before[-1]) and not is_role(before[0])):
        return named  # "Reuters Editor-in-Chief Ana Ruiz": a body and its title before the person
    if _OWNED_ROLE.search(who) and is_role(who.split()[-1]):
        return who  # "Prime Minister Tony Blair's official spokesman", "Mr Blair's spokesman": as written, titles kept
    stripped = _ROLE_WORDS.sub("", who)
    return stripped if stripped and stripped[:1].isupper() else who


def unnamed(who: str) -> str:
    """An unnamed source as annotated: its phrase without determiner, medium or where it was ("a dispatcher on the
    radio", "one operative in the state" → "dispatcher", "operative"), nor a relative clause."""
    if not who[:1].islower():
        return who
    member = one_of(who)
    if member:
        return member  # "one of the managers present": a manager
    return _WHERE.sub("", _MEDIUM.sub("", _DETERMINER.sub("", who))) or who


def _organisation(who: str) -> bool:
    """Whether ``who`` is "the" and a capitalised name that is no role: an organisation, named without the article."""
    words = who.split()
    return (len(words) >= 2 and words[0] in {"The", "the"} and all(w[:1].isupper() for w in words[1:])
            and not is_role(words[-1]))


_SECOND_CLAUSE = name_pattern(r"\band\s+[a-z]{2,}ing\b")


@lru_cache(maxsize=4096)
def speaker_like(who: str) -> bool:
    """False for a sentence adverb or opener caught in the name slot ("Normally, …", "Meanwhile")."""
    first = who.split()[0] if who else ""
    if " and " in who and _SECOND_CLAUSE.search(who):
        return False  # "a video of a jet and giving it a caption that said": a run over two clauses, no source
    if _ARTICLE_RE.match(who) or _organisation(who):
        return True  # "The ministry", "The World Bank": a source, not a sentence opener
    last = who.split()[-1] if who else ""
    return (bool(who) and first not in _SENTENCE_OPENERS and not (" " not in who and first.endswith("ly"))
            and last not in _CALENDAR)  # "released on Tuesday, warned": a day is no source
