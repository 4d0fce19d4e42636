"""A speaker's final form and sanity: a body's long name, no leading article, no place or name fragment as speaker.

An attribution reads a capitalised word before a reporting verb as its speaker. In news that word is sometimes a
place inside a reported clause ("X said that Washington had concluded "…""), a piece of a longer name ("The High
Commissioner for Human Rights said"), or a lower-case run a verb happens to follow. These checks catch the class
(not the case): a place or piece gives way to the attribution read without it; a piece of a name grows to the name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from newsmark.core.suggest.andnames import body_with_and
from newsmark.core.suggest.attribution import attribution
from newsmark.core.suggest.documentauthor import DOCUMENTS, document_author
from newsmark.core.suggest.gluedsource import glued_surname
from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.namesakes import looks_given
from newsmark.core.suggest.nationals import nationality
from newsmark.core.suggest.partitives import apposed_name, person_before_body
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.quotedas import quoted_as
from newsmark.core.suggest.speakers import PRONOUNS, is_full_name, is_organisation, is_role
from newsmark.core.suggest.unnamedvoices import body_voice
from newsmark.core.suggest.verbsubject import pronoun_subject
from newsmark.core.suggest.writings import writing_issuer

# Kinds of place a news story uses as a subject by metonymy ("Washington concluded", "Syria said").
_PLACE_KINDS = frozenset("country region city area continent".split())
# Small words inside a body's name ("Department of Justice", "Commissioner for Human Rights").
_LINKS = "of|for|and|on|the|&"
_LINK_WORDS = frozenset(_LINKS.split("|"))
_FUNCTION_END = name_pattern(r"\b(?:and|or|but|for|of|to|the|a|an|with|by|as|in|on|at|from|that|than|nor)$")
_LONGER_BEFORE = name_pattern(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[ \t]+)+(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?)?)\Z")
_OPENERS = frozenset("The A An But And In On At As When While After Before If Then So Yet".split())
_ACRONYM = name_pattern(r"[A-Z]{2,6}")
_WINDOW = 400
_VERBS = "said|says|added|told|warned|stated|declared|insisted|argued|noted|announced|replied"


def _whole(who: str) -> re.Pattern:
    """``who`` as words of their own, not the start of longer ones ("Syria", not "Syrian", "Syria's", "Syria-based")."""
    return name_pattern(r"(?<![\w'’-])" + re.escape(who) + r"(?![\w'’-])")


def _is_place(who: str) -> bool:
    """Whether ``who`` is only a place's name: a country, region, city, area or continent."""
    place = builtin_gazetteer().get(name_key(who)) if who[:1].isupper() else None
    # A city's code ("DEA") is more often a body's acronym; a country's ("UK") is the country.
    return bool(place) and place.kind in _PLACE_KINDS and (not who.isupper() or place.kind == "country")


_NOT_GIVEN = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old "
                       "Mount Lake Port Saint St St. San Santa Fort".split()) | _OPENERS


def _surname(text: str, who: str) -> bool:
    """Whether the article writes the place's name after a given name ("Dominic Raab"): a person's surname.

    A given name may itself be a town's ("Aston Moore", "Chester Bennington") where it reads as one: mid-sentence, never
    lower-case, no country or region.
    """
    for m in islice(name_pattern(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+" + re.escape(who) + r"(?![\w'’-])").finditer(text), 20):
        given = m.group(1)
        if (given not in _NOT_GIVEN and not _is_place(m.group())
                and (not _is_place(given) or looks_given(given, text, is_role))):
            return True
    return False


# What a lower-case run of a sentence holds and a source phrase never does: a verb's auxiliary ("Obama has"), an
# adverb ("subsequently"), or a first word that links or owns ("on a conference call", "its education policies").
_AUXILIARIES = frozenset("has had have is was were are does did will would".split())
_LEADING_LINKS = frozenset("of on in at to for from with by about into its his her their our my taking".split())
_ADVERB = name_pattern(r"[a-z]{5,}ly")
_NOT_ADVERBS = frozenset("assembly monopoly anomaly butterfly homily".split())


def _fragment(who: str) -> bool:
    """Whether a lower-case source phrase is a piece of a sentence, not a source ("legal footing for a deal and",
    "trump subsequently", "on a conference"): no speaker."""
    if not who[:1].islower():
        return False
    words = re.split(r"\s(?:who|which|that)\s", who, maxsplit=1)[0].split()  # a relative clause may say anything
    return ((len(words) >= 3 and bool(_FUNCTION_END.search(who))) or words[0] in _LEADING_LINKS
            or any(w in _AUXILIARIES or (_ADVERB.fullmatch(w) and w not in _NOT_ADVERBS) for w in words))


def _longer_name(text: str, who: str, at: int) -> str:
    """The longer name ``who`` ends near ``at``, joined by "of"/"for" ("High Commissioner for Human Rights"), or ``""``."""
    lo, hi = max(0, at - _WINDOW), at + _WINDOW
    if not any(text.find(link + who, lo, hi) != -1 for link in ("for ", "of ", "on ", "the ")):
        return ""  # the usual case, found by a plain scan
    window = text[lo:hi]
    for m in _whole(who).finditer(window):
        before = _LONGER_BEFORE.search(window, max(0, m.start() - 80), m.start())
        words = before.group(1).split() if before else []
        while words and words[0] in _OPENERS:
            words = words[1:]
        if (len(words) >= 2 and words[-1] in {"of", "for", "on", "the"} and words[0][:1].isupper()
                and any(is_role(w) for w in words)):  # an office: "High Commissioner for", not "Tribunal of the"
            return " ".join(words + [who])
    return ""


@per_text  # one look per text and name, however many quotes the person speaks
def _apostrophe_opened(text: str, who: str) -> bool:
    """Whether the text first writes ``who`` after an apostrophe of its own ("’Mamello Ruiz", a Sesotho name)."""
    at = text.find(who)
    return at > 0 and text[at - 1] == "’" and (at == 1 or not text[at - 2].isalnum())


# A phrase opening a sentence with a preposition ("In a statement, ", "At one point on Sunday, "): where or when.
_ADVERBIAL = r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:In|At|On|During|Under|From|Through|Via)[ \t]+(?P<phrase>"
_ADVERBIAL_END = r")(?![\w'’-])[^,.\n\"“”]{0,40},"
# "A spokesperson for the Home Office reiterated …": an unnamed source named by the body it speaks for.
_UNNAMED_FOR = name_pattern(r"(?<![\w'’-])(?<!, )(?:[Aa]n?|[Oo]ne)[ \t]+(?P<desc>(?:[a-z][\w-]*[ \t]+){0,2}?(?P<role>[a-z][\w-]*)"
                            r"[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?)\Z")
# "Ana Ruiz, a spokesperson for Acme, told …": the body a person in apposition speaks for.
_FOR_BODY = name_pattern(r",[ \t]+(?:an?|the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}(?P<role>[a-z][\w-]*)[ \t]+(?:for|of|at|with)[ \t]+(?:the[ \t]+)?\Z")


# A sentence adverb between the subject and its verb of saying: "The foreign secretary meanwhile said …".
_ADVERB_AFTER = re.compile(r"(?<=[\w.])[ \t]+(?:meanwhile|also|however|later|earlier|then|too|today|yesterday|now|previously|"
                           r"recently|subsequently|separately|again|himself|herself|themselves)\Z")


def checked_speaker(text: str, at: int, after: int) -> str:
    """The speaker ``attribution`` reads for the quote at ``at``, unless a place, a lower-case fragment, a phrase
    opening the sentence ("In a statement, …") or a body spoken for.

    The suspect gives way to what ``attribution`` reads with that word blanked out (a person or body nearby):
    "X said that Washington had concluded "…"" is X's, as is "X, a spokesperson for Acme, told …"; a place
    named right after the quote as its source stays.
    """
    quoted = quoted_as(text, at, after)
    if quoted:
        return quoted  # "papers quoted Ruiz as saying": Ruiz, the one quoted
    who = attribution(text, at, after)
    if who[:1].isupper() or who.startswith(("the ", "a ", "an ")):
        who = _ADVERB_AFTER.sub("", who)  # "the foreign secretary meanwhile said": the secretary
    if not who or who.lower() in PRONOUNS:
        return who
    glued = glued_surname(text, who, at, after)
    if glued:
        return glued  # "Speaking to the Daily Mail Lacerda claimed": the outlet run into her surname
    named = apposed_name(text, who, at, after) or person_before_body(text, who, at, after)
    if named:
        return named  # "One of the protesters, Ana Ruiz, 42, said", "Ana Ruiz, Acme Association said": the person
    issuer = writing_issuer(text, who, at, after)
    if issuer:
        return issuer  # "…," says a pamphlet issued by Acme Press: the issuer's words
    voice = body_voice(text, who, at)
    if voice:
        return voice  # "A Cabinet Office spokeswoman said the move … "…"": the spokeswoman, not the office
    if _IT_SAID.match(text, after, after + 40) and not _is_place(who):
        return who  # '"…," it added': the body "it" stands for, though someone spoke for it before ("an economist with the OECD")
    base, original = max(0, at - _WINDOW), who
    if who[:1].islower() and (said_by := pronoun_subject(text, max(base, text.rfind(who, base, at) + len(who)), at)):
        return said_by  # "an overhaul which he said would …": the pronoun before the verb speaks, not the run before it
    fragment = _fragment(who)
    if fragment:
        return ""
    adverbial = name_pattern(_ADVERBIAL + re.escape(who) + _ADVERBIAL_END).search(text, max(0, at - 300), at) \
        if who[:1].islower() else None
    if adverbial:  # "In a statement, Ana Ruiz said": the phrase tells where, its subject follows
        blank = text[:adverbial.start()] + " " * (adverbial.end() - adverbial.start()) + text[adverbial.end():after + 200]
        again = attribution(blank, at, after)
        return "" if not again or _fragment(again) or again == who else again
    linked = any(text.find(link + who, base, after + 200) != -1 for link in ("for ", "of ", "at ", "with ", "the "))
    if not linked and not _is_place(who):
        return who  # the usual case, found by plain scans
    window = text[base:after + 200]
    for m in _whole(who).finditer(window) if linked else ():
        unnamed = _UNNAMED_FOR.search(window, max(0, m.start() - 60), m.start())
        if unnamed and is_role(unnamed.group("role")):
            return unnamed.group("desc") + who  # "a spokesperson for the Home Office said": the spokesperson
    spoken_for = linked and who[:1].isupper() and any(
        (b := _FOR_BODY.search(window, max(0, m.start() - 60), m.start())) and is_role(b.group("role"))
        for m in _whole(who).finditer(window))
    if not (spoken_for or (_is_place(who) and not _surname(text, who))):
        return who
    blank = window
    for _ in range(3):  # the next reading may be a place too: "… for Acme, the mission in Iraq and Syria, told"
        blank = _whole(who).sub(lambda m: " " * len(m.group()), blank)
        again = attribution(blank, at - base, after - base)
        if not again or _fragment(again) or again.lower() in PRONOUNS:
            break  # a pronoun read there stood for the blanked name
        if not _is_place(again):
            return again
        who = again
    direct = re.match(r"[,\s]*(?:(?:" + _VERBS + r")[ \t]+)?(?:the[ \t]+)?" + re.escape(original) + r"\b", text[after:after + 80])
    return original if direct and not spoken_for else ""  # '"…," Germany said': the place is the source


_IT_SAID = re.compile(r"[,\s]*it[ \t]+(?:" + _VERBS + r")\b")


@lru_cache(maxsize=256)
def _acronym_pattern(acronym: str) -> re.Pattern:
    """A capitalised name whose words' initials spell ``acronym``; small linking words may give a letter or none."""
    return name_pattern(r"(?<![\w'’-])" + _initials(acronym) + r"(?![\w'’-])")


def _initials(acronym: str) -> str:
    """The pattern (no word bounds) of capitalised words whose initials spell ``acronym``, linking words between."""
    parts = []
    for i, letter in enumerate(acronym):
        capital = letter + r"[a-z][\w'’-]*"
        small = [w for w in _LINKS.split("|") if w[0] == letter.lower()]
        word = capital if i in (0, len(acronym) - 1) or not small else "(?:" + capital + "|" + "|".join(small) + ")"
        parts.append(word)
    gap = r"[ \t]+(?:(?:" + _LINKS + r")[ \t]+)*"
    return gap.join(parts)


# An initialism written with an ampersand or a small letter inside ("M&S", "DrKW", "DfES"): a short word of more
# capitals than small letters ("McDonald", "DeMar" are names).
_MIXED_ACRONYM = name_pattern(r"[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}|[A-Z](?=[A-Za-z]{1,4}\Z)(?=.*[a-z])[A-Za-z]+")


def _mixed_acronym(text: str, who: str) -> str:
    """The name the text spells out for an initialism like "M&S" ("Marks & Spencer") or "DrKW" ("Dresdner Kleinwort
    Wasserstein"): capitalised words whose initials are its capitals, "&"/"and" where it has "&"; else ``""``."""
    if not _MIXED_ACRONYM.fullmatch(who):
        return ""
    capitals = sum(c.isupper() for c in who)
    if "&" not in who and (capitals < 3 or capitals <= sum(c.islower() for c in who)):
        return ""
    sides = [_initials("".join(c for c in side if c.isupper())) for side in who.split("&")]
    m = name_pattern(r"(?<![\w'’-])" + r"[ \t]+(?:&|and)[ \t]+".join(sides) + r"(?![\w'’-])").search(text)
    return m.group() if m and not _is_place(m.group()) else ""


_BRACKETED_ACRONYM = re.compile(r"[ \t]+\([A-Z][A-Za-z&]{1,7}\)\Z")
_OWNS = name_pattern(r"(?:['’]s|(?<=s)['’])\Z")
# A body's name then its acronym in brackets ("the Netherlands Organisation for Applied Research (TNO)"): the
# acronym a body is then called by, whatever language its letters come from.
_DEFINED = r"(?<![\w'’.-])((?:[A-Z][\w'’&-]*[ \t]+(?:(?:" + _LINKS + r")[ \t]+)*){1,8}[A-Z][\w'’&-]*)[ \t]*\(\s*"


@per_text  # one look per text and acronym, however many quotes it speaks
def defined_acronym(text: str, acronym: str) -> str:
    """The name ``text`` first writes before ``acronym`` in brackets ("… Research (TNO)"), or ``""``."""
    at = text.find("(" + acronym + ")")
    if at == -1:
        return ""
    m = name_pattern(_DEFINED + r"\Z").search(text, max(0, at - 120), at + 1)
    if not m:
        return ""
    words = m.group(1).split()
    while words and (words[0] in _OPENERS or words[0].lower() in _LINK_WORDS):
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


_ONE_WORD = name_pattern(r"[A-Z][a-z][\w'’&-]*")
# A company's form, which a story drops after first giving it ("Contrack International" → "Contrack"); a kind of
# business ("Brightwell Stores", "Union Bank") is part of what the story calls it and stays as written.
_CORPORATE = name_pattern(r"International|Inc\.?|Corp\.?|Corporation|Holdings|Group|Ltd\.?|plc|PLC|Industries|Enterprises|LLC|Airlines|Airways")


_AMPERSAND = name_pattern(r"[ \t]*&[ \t]*[A-Z][\w'’-]*(?![\w'’&-])")


@per_text  # one look per text and name
def _first_in_full(text: str, who: str) -> str:
    """The body's name as the text first gives it, when that is ``who`` and a company's form ("Contrack
    International", "Acme Holdings") or a second name after "&" ("Marsh & McLennan"), or ``""``."""
    for first in islice(_whole(who).finditer(text), 3):  # not only a headline's bare "Continental 'may run out …'"
        partner = _AMPERSAND.match(text, first.end())
        if partner:
            return who + partner.group()  # "Marsh & McLennan" first, then "Marsh said": a firm of two names
        words = text[first.end():first.end() + 40].split()[:1]
        if not words or not words[0][:1].isupper() or text[first.end():first.end() + 1] not in " \t":
            continue
        suffix = words[0].rstrip(",;:")
        return f"{who} {suffix}" if _CORPORATE.fullmatch(suffix) and not _is_place(who) else ""
    return ""


@per_text  # one look per text and name: it may read the whole text
def _numbered(text: str, who: str) -> str:
    """A name opening on a number ("50 Cent", "19 Entertainment") when the text writes ``who`` at least twice and never
    without that number before it, or ``""``: the scan of names starts at a capital and keeps only "Cent"."""
    first = _whole(who).search(text)
    if not first or not _NUMBER_BEFORE.search(text, max(0, first.start() - 8), first.start()):
        return ""  # the usual case, found at the first mention
    numbers = [_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()) for m in _whole(who).finditer(text)]
    written = {n.group(1) if n else "" for n in numbers}
    return f"{written.pop()} {who}" if len(numbers) >= 2 and len(written) == 1 and "" not in written else ""


_NUMBER_BEFORE = re.compile(r"(?<![\w.,£$€-])(\d+)[ \t]\Z")


# Words describing a person that a story writes before the name: "Olympian Tomlinson", "Model Caprice", "a tearful
# Claxton".
_DESCRIBING = frozenset("Olympian Paralympian Veteran Teenager Model Singer Actor Actress Rapper Comedian Presenter Designer "
                        "Guitarist Drummer Footballer".split())
_ADJECTIVES_THEN_NAME = name_pattern(r"(?:[a-z][a-z-]+[ \t]+){1,2}(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


@per_text  # one look per text and name: the counts below read the whole text
def _undescribed(text: str, who: str) -> str:
    """``who`` without a nationality or a describing word before the person's name, else ``who``."""
    words = who.split()
    if len(words) < 2 or is_organisation(who):
        return who
    lower = _ADJECTIVES_THEN_NAME.fullmatch(who)
    if lower and not any(is_role(w) or w in _LEADING_LINKS or w in _LINK_WORDS for w in words):
        return lower.group("name")  # "tearful Claxton"; not "spokesman for Acme", "economist" kept as a role
    rest = " ".join(words[1:])
    if words[0] in _DESCRIBING and text.count(words[-1]) > text.count(who):
        return rest  # "Olympian Tomlinson … said Tomlinson"
    if (len(words) >= 3 and nationality(words[0]) and words[-1][:1].isupper() and is_full_name(rest)
            and text.count(words[-1]) > text.count(who)):
        return rest  # "Australian Lynton Crosby … Mr Crosby" (not "British Airways spokesman": a body's voice)
    return who


# A lower-case description, then "the" and the body's name: "business lobby group the CBI".
# ("spokesman for the DCA", "leader of the Sámi Council", "person close to the Murdochs" stay: the voice of a body).
_DESCRIBED_THE = re.compile(r"(?!.*\b(?:for|of|to|at|from|with|in|on|by|close)\b)"
                            r"[a-z][\w-]*(?:[ \t][a-z][\w-]*){1,3}[ \t]the[ \t]((?:[A-Z][\w&'’-]*[ \t]?){1,4})")


def speaker_form(text: str, who: str, at: int) -> str:
    """The speaker as the convention writes it: a body's long form for its acronym, the whole name a piece of it
    stands in (near offset ``at``), without a leading "The"."""
    if who in DOCUMENTS:
        who = document_author(text, who, at) or who  # "the report said" after "a report from the World Bank"
    if described := _DESCRIBED_THE.fullmatch(who):
        who = described.group(1)  # "business lobby group the CBI said": the CBI
    if who.endswith(" statement") and who[:1].isupper():
        who = who[:-len(" statement")]  # "a Capital Economics statement said": the firm's words
    if (bracketed := _BRACKETED_ACRONYM.search(who)) and bracketed.start() > 0:
        who = who[:bracketed.start()]  # "the International Monetary Fund (IMF) said": the name, not its acronym too
    if mixed := _mixed_acronym(text, who):
        return mixed  # "said M&S" after "Marks & Spencer has cut prices": the name first given
    if who[:1].isupper() and not _ACRONYM.fullmatch(who):
        who = body_with_and(text, who, at) or _longer_name(text, who, at) or who
        if _apostrophe_opened(text, who):
            return "’" + who  # "’Manteboheng Ruiz": the apostrophe is the name's first letter
    if _ACRONYM.fullmatch(who) and not _is_place(who):  # "the UK said" stays the country as written
        m = _acronym_pattern(who).search(text)
        if m and not _is_place(m.group()):
            return _OWNS.sub("", m.group())  # "the European Union’s chief": the Union, not its possessive
        defined = defined_acronym(text, who)
        if defined:
            return defined
    if (bare := _undescribed(text, who)) != who:
        return bare  # "Australian Lynton Crosby", "Olympian Tomlinson", "a tearful Claxton": the person's name
    if _ONE_WORD.fullmatch(who) and (first := _first_in_full(text, who) or _numbered(text, who)):
        return first  # "Contrack said" after "Contrack International, of Arlington, heads …": the name first given
    words = who.split()
    if len(words) >= 2 and words[0] in {"A", "An", "One"} and words[1][:1].islower():
        return " ".join(words[1:])  # "A spokesperson for the Home Office" opened its sentence: unnamed
    if len(words) >= 2 and words[0] == "The" and all(w[:1].isupper() for w in words[1:] if w not in _LINK_WORDS):
        return " ".join(words[1:])  # "The Arab League" → "Arab League"
    return who
