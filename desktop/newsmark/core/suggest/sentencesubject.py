"""The person a sentence opens with, and the sentence before a quote whose subject a pronoun in it may mean.

"Joe Biden, speaking in Delaware, called …", "Acme aide Ana Ruiz …", "The firm that runs the show, Acme Media, denies …",
"An All England club spokesperson denied …", "Said Wales assistant coach Scott Johnson: "…"", and, for a pronoun in the
next sentence, "In Wednesday's Budget, Mr Brown doubled …" when the text named Gordon Brown before.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.kinship import relative_opening
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.narration import inverted_speaker
from newsmark.core.suggest.reportverbs import FINITE
from newsmark.core.suggest.sourcephrase import speaker_phrase
from newsmark.core.suggest.sourcewords import ASIDE as _ASIDE, NAME as _NAME
from newsmark.core.suggest.speakers import after_title_stop, is_full_name, is_organisation, is_role, is_title, person_name
from newsmark.core.suggest.titledsubject import is_doer, titled_subject

# A sentence's subject: capitalised words (a role and a name) at its start before a lower-case verb ("Joe Biden called").
_SUBJECT_NAME = name_pattern(rf"^\s*(?:(?:In|At|On|From|After|Later|Earlier|Meanwhile)\b[^,]{{0,40}},\s*)?(?P<who>{_NAME})"
                             rf"{_ASIDE}\s+(?=[a-z])")
# A sentence opening on whose view it gives: "For Jupiter analyst Olivier Beauvillain, Yahoo's … was an error."
_FOR_PERSON = name_pattern(rf"^\s*(?:But\s+)?For\s+(?:(?!(?:example|instance|in|at|on|of|the|a|an|now|years?|months?|weeks?|"
                           rf"days?)\b)[A-Za-z][\w'’.-]*\s+){{0,3}}?(?P<who>{_NAME}),\s")  # not "For example in West Ham,"
# A description then its name in apposition opens the sentence: "The firm that runs the show, Acme Media, denies …".
# An office alone, then its holder set off by commas: "Director, David Caldwell, said …", "Chief executive, Ana Ruiz, …".
_OFFICE_COMMA = name_pattern(rf"^\s*(?P<role>[A-Z][a-z-]+(?:\s+[a-z-]+){{0,2}}?(?P<of>\s+(?:of|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?),"
                             rf"\s+(?P<who>{_NAME}),\s+(?=[a-z])")  # "Head of the division, Andrew Burke, spoke"
# A name, then its description left without the comma that would close it, then the verb: "John Connors, Microsoft's
# chief financial officer said …", "JF Sullivan, spokesman for e-mail software firm Sendmail said …".
_UNCLOSED_ASIDE = name_pattern(rf"^\s*(?P<who>{_NAME}),\s+(?P<rest>(?:[A-Z][\w'’.&-]*['’]s\s+)?[a-z][^,.;:!?\"“”«»()\n]{{2,120}})")
_DESCRIBED_SUBJECT = name_pattern(rf"^\s*(?:The|A|An|Its|His|Her|Their)\s+[a-z](?:(?!\s(?:he|she|they|it|we|I|also)\s)[^,.;:!?\"“”«»\n]){{0,50}},\s+(?P<who>{_NAME}),\s+(?=[a-z])")


# A capitalised office of a body, then its holder: "But Chief Secretary to the Treasury Paul Boateng attacked …".
# Or in lower case, of a body that is described: "But general secretary of the public services union Unison Dave Prentis …"
# or owned: "Spain's minister of sport Jaime Lissavetzky was …".
_OFFICE_OF = name_pattern(r"^\s*(?:(?:But|And|Yet|Meanwhile|However),?\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?"
                          r"(?P<office>(?:[A-Za-z][\w'’-]*\s+){1,3})(?:(?:of|to|for)\s+"
                          r"(?:the\s+)?(?:(?!(?:of|to|for|and)\s)[\w&'’-]+\s+){1,5}?){1,2}(?P<who>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?=[a-z])")


def _office_holder(sentence: str) -> str:
    """The holder of an office of a body a sentence opens with ("Chief Secretary to the Treasury Paul Boateng",
    "general secretary of the public services union Unison Dave Prentis"), or ``""``."""
    m = _OFFICE_OF.match(sentence)
    if not m or not any(is_role(w.lower()) for w in m.group("office").split()) or is_organisation(m.group("who")):
        return ""
    name = person_name(m.group("who"))
    return name if given_gender(name) or (len(name.split()) == 2 and not is_role(name.split()[0].lower())) else ""


def sentence_subject(sentence: str) -> str:
    """The person a sentence opens with ("Joe Biden, speaking in Delaware, called the bill …"), or ``""``."""
    if relative := relative_opening(sentence):
        return relative  # "Mr Eavis' daughter Emily said …": Emily, not Mr Eavis
    titled = titled_subject(sentence) or _office_holder(sentence)
    if titled:  # "Acme aide Ana Ruiz …", "Lib Dem chairman Matthew Taylor has …": the person after the role
        return titled
    if ":" in sentence and (inverted := inverted_speaker(sentence.split(":", 1)[0] + ":")):
        return speaker_phrase(inverted)  # "Said Wales assistant coach Scott Johnson: "…"": the source, not "Said Wales"
    office = _OFFICE_COMMA.match(sentence)
    if (office and is_role(office.group("role").split()[0 if office.group("of") else -1])
            and len(name := person_name(office.group("who")).split()) >= 2):
        return " ".join(name)  # "Director, David Caldwell, said …": an office, then its holder set off by commas
    viewer = _FOR_PERSON.match(sentence)
    if viewer and is_full_name(name := person_name(viewer.group("who"))) and not is_organisation(viewer.group("who")):
        return name  # "For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error. "…," he said": his view
    m = _DESCRIBED_SUBJECT.match(sentence) or _SUBJECT_NAME.match(sentence)
    if not m:
        return _unclosed_aside(sentence)
    role = _ROLE_AFTER_BODY.match(sentence, m.end()) if m.group("who").startswith(("A ", "An ", "The ")) else None
    if role and is_role(role.group(1).split()[-1]):
        return speaker_phrase(f"{m.group('who')} {role.group(1)}")  # "An All England club spokesperson denied …"
    if role and is_doer(role.group(1).split()[-1]):
        return ""  # "The Man Utd boss continued": a description of someone, not a person called "Man Utd"
    name = person_name(speaker_phrase(m.group("who")))
    if name.split()[-1:] and name.split()[-1] in _VENUES:
        return ""  # "The Millennium Stadium is probably one of the best …": a place, no one to say "he said"
    return name if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) else ""


def _unclosed_aside(sentence: str) -> str:
    """The person a sentence opens with when the description after the name lacks its closing comma ("John Connors,
    Microsoft's chief financial officer said …"), or ``""``: a role among the description's first words, then a
    reporting verb within a dozen words."""
    m = _UNCLOSED_ASIDE.match(sentence)
    if not m:
        return ""
    words = m.group("rest").split()[:13]
    verb = next((i for i, w in enumerate(words) if w in FINITE), 0)
    if not verb or not any(is_role(w.lower()) for w in words[:min(verb, 4)]):
        return ""
    name = person_name(m.group("who"))
    return name if len(name.split()) >= 2 and not is_organisation(name) else ""


# Last words of a venue's or a building's name: no person opens a sentence with them.
_VENUES = frozenset("Stadium Arena Park Ground Centre Center Hall Square Street Road Bridge Lane Palace Castle Abbey".split())


_STOP = name_pattern(r"[.!?][”\"’]?\s+(?=[A-Z“\"])|\n\s*")


# Lower-case words ending in a role after a body's name that an article opens: "An All England club spokesperson".
# No preposition on the way: "The U.S. secretary of state says" is an office's holder, named elsewhere.
_NO_PREPOSITION = r"(?!(?:of|for|to|in|at|on|with|from|by|and|or)\b)"
_ROLE_AFTER_BODY = re.compile(rf"((?:{_NO_PREPOSITION}[a-z][\w-]*[ \t]+){{0,2}}{_NO_PREPOSITION}[a-z][\w-]*)(?=[ \t]+{_NO_PREPOSITION}[a-z])")


def previous_sentence(text: str, at: int) -> tuple[int, str]:
    """(offset, text) of the sentence before offset ``at``, or (-1, "")."""
    window = text[max(0, at - 400):at + 1]  # with the opening mark: a sentence ends before it
    base = max(0, at - 400)
    stops = [m.end() for m in _STOP.finditer(window) if not after_title_stop(window, m.end())]  # "against Sen. Ana Ruiz"
    if len(stops) < 2:
        return (-1, "")
    return base + stops[-2], text[base + stops[-2]:base + stops[-1]]


def previous_subject(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the person the sentence before offset ``at`` opens with, for a pronoun in the next one."""
    start, sentence = previous_sentence(text, at)
    who = (sentence_subject(sentence) or _titled_surname(text, start, sentence)) if start != -1 else ""
    return (start, who) if who else (-1, "")


# A lower-case role, then a surname alone, opening a sentence: "Earlier chief constable Green questioned …".
_ROLE_SURNAME = name_pattern(r"^\s*(?:(?:But|And|Yet|Earlier|Later|Meanwhile|However),?\s+)?(?:the\s+)?"
                             r"(?P<role>(?:[a-z][\w-]*\s+){1,3}?)(?P<surname>[A-Z][a-z][\w'’-]+)\s+(?=[a-z])")


def _titled_surname(text: str, start: int, sentence: str) -> str:
    """A title and surname opening the sentence ("In Wednesday's Budget, Mr Brown doubled …") of someone the text
    named in full before it ("Gordon Brown"), or ``""``; the caller resolves it to that name."""
    m = _SUBJECT_NAME.match(sentence)
    who = _OWNER_END.sub("", m.group("who")) if m else ""  # "Mr Campbell's e-mail, which …, suggested": his
    words = who.split()
    roled = _ROLE_SURNAME.match(sentence) if len(words) != 2 else None
    if roled and is_role(roled.group("role").split()[-1]):  # "Earlier chief constable Green questioned …"
        who, words = roled.group("surname"), ["", roled.group("surname")]
    elif len(words) != 2 or not is_title(words[0].rstrip(".")):
        return ""
    surname = re.escape(words[-1])
    full = re.compile(rf"(?<![\w'’.-])(?!(?:One|one)\b)(?P<given>[A-Z][a-z][\w'’-]*)[ \t]+{surname}\b")
    found = (f for f in full.finditer(text, max(0, start - _STORY_REACH), start) if not is_title(f.group("given")))
    return who if next(found, None) else ""  # a story's length back, no more


_OWNER_END = re.compile(r"['’]s\Z")
_STORY_REACH = 20000  # characters looked back for a full name: a long story's length, never the whole of a huge text
