"""Who an attribution means: a speaker's full name as the article first gives it.

News names a person in full once ("PAHO Director Carissa F. Etienne", "Bernice Scott, the group's founder")
and then by surname ("Scott said"), title ("Mr. Marcus"), role ("the Director", "the mayor") or pronoun.
``SpeakerIndex.resolve`` maps a surname or a first name to the earliest full name in the article that ends
(or, failing that, starts) with it, and a definite role phrase to the person introduced with that role word
(as a title before the name or in apposition after it). Pronouns are left to the caller (the last named
speaker). Lookups are lazy and cached, so a long article costs only a search per distinct speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from newsmark.core.suggest.antecedents import antecedent, author, unnamed_before
from newsmark.core.suggest.leaders import leader
from newsmark.core.suggest.namesakes import common_word, looks_given

# Titles, offices (not those that are common surnames too: King, Major, Judge, Bishop, Dean) and portfolios written before a name ("Tourism Minister Randall Mitchell", "U.S. Secretary
# of State Antony Blinken"): everything up to the last of them is a role, not the person's name.
ROLE_WORDS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. 
president vice chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder director
minister secretary chancellor premier governor gov gov. mayor senator sen sen. rep rep. representative
congressman congresswoman councillor councilman councilwoman councilor mp mep lawmaker legislator speaker
leader deputy assistant acting chief general gen gen. colonel col col. captain capt capt.
lieutenant lt lt. sergeant sgt admiral commander commissioner inspector insp superintendent supt officer
justice attorney prosecutor ambassador envoy consul adviser advisor spokesman spokeswoman spokesperson host co-host anchor
correspondent editor reporter analyst economist professor principal coach manager head pope
archbishop imam rabbi prince princess emperor sheikh state finance defence defense foreign home
interior health education justice trade transport energy tourism labour labor treasury agriculture
environment immigration commerce economy culture sports youth security housing works affairs
independent conservative labour liberal democrat democratic republican
detective supervisor sheriff trooper constable agent marshal alderman alderwoman councilmember assemblyman
assemblywoman assemblymember delegate magistrate coroner administrator executive elect ex former
hon hon. honourable honorable defendant defendants plaintiff plaintiffs suspect
investigator father fr fr. sister brother reverend pastor cardinal monsignor msgr msgr. deacon
""".split())


# Styles that name a person who goes by one name ("Prince Harry", "Pope Francis", "Lord Cameron"); not Sir or Dame,
# which go with a given name whose surname follows ("Sir Keir Starmer" is "Keir Starmer").
STYLES = frozenset("prince princess king queen duke duchess emperor empress pope sheikh sheikha sultan emir lord lady".split())
# The pronouns a speaker is written as, lower-cased ("she said", "I told", "we warned").
PRONOUNS = frozenset("he she they i we it".split())


@lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """Whether a word is a title or office, hyphenated ones too ("President-elect", "vice-president", "ex-Minister")."""
    key = word.lower().rstrip(".")
    if key in ROLE_WORDS or word.lower() in ROLE_WORDS:
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(part in ROLE_WORDS for part in parts)
# Capitalised words that open a sentence, clause or headline but never a name ("How Ana Ruiz won", "No Ruiz").
_OPENERS = frozenset("""
the a an and but or so yet as when while after before if in on at by for from with asked speaking
meanwhile however still later earlier yesterday today also then although though because since
how why what where who whom whose which no not inside behind meet watch exclusive breaking report to
would could should can did does do is are was were has have had
""".split())
# A place or group made an adjective: "Maryland-based", "Texas-born", "Labour-led" describe, never name.
_ADJECTIVE = re.compile(r"[\w'’.]+-(?:based|born|bred|raised|area|led|owned|backed|run|made|funded|style|"
                        r"registered|headquartered|trained|educated)")
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_ING_NAMES = frozenset("Sterling Irving Channing Manning Fleming Harding Browning Golding Ewing Spalding Redding Darling "
                       "Dowling Cushing Fielding Gosling Rawling Stirling Keating Whiting".split())
# The small words inside people's names ("Bill de Blasio", "Laurence des Cars", "Lula da Silva", "Khalid bin Omar",
# "James Van Der Beek"): the one list every name pattern and check here and in claimnames/pronouns is built from.
PARTICLE_WORDS = frozenset("de des du da das dos del della di van von der den bin bint ibn al el le la".split())


def _alternation(words: frozenset[str] | set[str]) -> str:
    """A regex group matching any of ``words`` (longest first, so "della" is never cut to "del")."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


PARTICLES = _alternation(PARTICLE_WORDS)
# The particles a scan for names lets inside one; a bare lowercase "al"/"el"/"le"/"la" inside a capitalised run is
# more often a foreign phrase than a name there, while "al-" takes the word it is joined to ("Ahmed al-Sharaa").
NAME_PARTICLES = r"(?:" + _alternation(PARTICLE_WORDS - {"al", "el", "le", "la"}) + r"|al-\w+)\b"
_INITIALS = r"[A-Z](?:\.[A-Z])+\."  # "J.C.", "A.J.": one word of a name
# The space between a name's words: one line break at most (a blank line ends a headline or a paragraph).
GAP = r"(?:[ \t]*+\n[ \t]*+|[ \t]++)"
# A capitalised run a scan takes for a name (particles inside, possessive so it never backtracks into one).
SCAN_NAME = r"[A-Z][\w'’-]*+\.?(?:" + GAP + r"(?:[A-Z][\w'’-]*+\.?|" + NAME_PARTICLES + r")){0,5}+"
_TOKEN = r"(?:" + _INITIALS + r"|[A-Z][\w'’-]*\.?|" + PARTICLES + r")"
_POSSESSIVE = re.compile(r"['’]s?$")
# A full name comes early and a role near its use: bounded searches keep a long text fast.
_LOOK = 50
_ROLE_REACH = 20_000
_WORDS_BEFORE = re.compile(r"(?<![\w.])(?:" + _INITIALS + r"|[A-Z][\w'’-]*\.?)" + GAP + r"(?:" + _TOKEN + GAP + r"){0,4}$")
_BRACKETED_GIVEN = re.compile(r"\(([A-Z][a-z]+)\)[ \t]$")
# Letters a surname is spelt with in other copy: "Müller", "Mueller" and "Muller" are one person.
_FOLDS = {"ü": "(?:ü|ue|u)", "ö": "(?:ö|oe|o)", "ä": "(?:ä|ae|a)", "ue": "(?:ue|ü|u)", "oe": "(?:oe|ö|o)", "ae": "(?:ae|ä|a)",
          "u": "[uüú]", "o": "[oöóø]", "a": "[aäáà]", "e": "[eéè]", "i": "[iíï]", "n": "[nñ]", "c": "[cç]", "ß": "(?:ß|ss)"}
_FOLD_KEYS = re.compile("|".join(sorted(_FOLDS, key=len, reverse=True)))


# Name words after the one looked up: a name the word does not end ("Britain Liu Xiaming", "Ana Ruiz Jr.").
_RUNS_ON = re.compile(r"(?:[ \t]+(?:[JS]r\.|II|III|IV|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                      r"[A-Z][a-z][\w'’-]*)(?![\w'’-])){1,2}")


def _spellings(word: str) -> str:
    """A pattern matching ``word`` and its spellings with or without accents and umlauts."""
    return "".join(_FOLDS.get(part, re.escape(part)) for part in re.split(f"({_FOLD_KEYS.pattern})", word) if part)


_STOP_INSIDE = re.compile(r"[a-z][.!?][\"”’)]*\s")


def headline_end(text: str) -> int:
    """Where the article's first line ends when it is a headline (no sentence stop in or after it), else 0."""
    end = text.find("\n")
    line = text[:end].rstrip().rstrip("\"”’)]") if end != -1 else ""
    return end if line and line[-1] not in ".!?:;," and len(line) < 200 and not _STOP_INSIDE.search(line) else 0


# Occupations written before a name that are no title (and seldom a first name): "Actor Ana Ruiz", "Rapper Ana Ruiz".
_OCCUPATIONS = frozenset("actor actress singer rapper comedian comic author writer novelist poet musician model producer "
                         "activist journalist scientist researcher historian businessman businesswoman entrepreneur investor "
                         "chef artist footballer striker goalkeeper player boxer golfer swimmer runner cyclist designer "
                         "photographer filmmaker broadcaster presenter influencer billionaire millionaire".split())
# Plural common nouns whose possessive is part of a name, not its owner ("People's Daily", "Women's March").
_COLLECTIVES = frozenset("people children women men workers veterans farmers citizens teachers nurses students soldiers "
                         "consumers taxpayers homeowners writers artists lawyers doctors".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _collective(word: str) -> bool:
    """Whether a possessive word names a group a name is for ("People's", "Workers'"), not an owner."""
    return _POSSESSIVE.sub("", word).lower() in _COLLECTIVES


# An adverb of the writer's opening a sentence ("Apparently", "Reportedly", "Ironically"): no given name ends so.
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ent|ant|ate|ous|ive|ed|al|ic|ful|ing|less|ible|able)ly")
# Offices that are surnames too, so not in ROLE_WORDS; before a given name and a surname they are the office.
_SURNAME_TITLES = frozenset("judge major bishop dean".split())
_QUANTIFIERS = frozenset("most many some few all several both each every".split())
_ROMAN = re.compile(r"[IVX]+")
# A pronoun or pointer run into its verb ("We’re told", "It’s", "Let’s"): a sentence's opening, never a name.
_CONTRACTION = re.compile(r"(?i:i|we|you|they|he|she|it|that|there|here|what|who|let)['’](?i:re|m|ve|ll|d|s)")


@lru_cache(maxsize=4096)
def person_name(phrase: str) -> str:
    """The name in a capitalised phrase: without possessive, sentence openers and leading roles."""
    words = phrase.replace(",", " ").split()
    while words and _CONTRACTION.fullmatch(words[0]):
        words = words[1:]
    if words and words[0].lower() in _QUANTIFIERS:
        return ""  # "Most Americans", "Many Democrats": a share of a group, nobody named
    if len(words) >= 2 and _SENTENCE_ADVERB.fullmatch(words[0]):
        words = words[1:]  # "Apparently Lindsey wrote": the adverb opens the sentence
    if len(words) >= 3 and words[0].lower() in _SURNAME_TITLES and all(w[:1].isupper() and not _ROMAN.fullmatch(w) for w in words[1:3]):
        words = words[1:]  # "Judge Arthur Engoron": a title that is a surname too ("Aaron Judge") before a full name
    if any(c.isdigit() for c in phrase):
        return ""  # "Flight QZ8501", "Route 66": a number names no person
    owners = [i for i, w in enumerate(words[:-1]) if (w.endswith(("'s", "’s", "s'", "s’")) and not _collective(w))
              or _ADJECTIVE.fullmatch(w)]
    if owners:
        words = words[owners[-1] + 1:]  # "the ACLU's Jay Stanley", "Britain's King Charles": the person, not the owner
    words = [_POSSESSIVE.sub("", w) if w.endswith(("'s", "’s", "s'", "s’")) and not (i < len(words) - 1 and _collective(w))
             else w for i, w in enumerate(words)]
    if len(words) == 1 and _ADJECTIVE.fullmatch(words[0]):
        return ""
    ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w) > 3 and w.lower() not in ROLE_WORDS
            and not re.fullmatch(_INITIALS, w)]
    ends += [i for i, w in enumerate(words[:-1]) if w[-1:] in "”\"’" and not w.endswith(("s’", "s'"))]  # "‘The Title’ Apple"
    ends.sort()
    if ends and ends[-1] < len(words) - 1:
        words = words[ends[-1] + 1:]  # "Exim Bank. Manning": a sentence ended inside the phrase
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    if len(words) >= 3 and words[0].lower() in _OCCUPATIONS:
        words = words[1:]  # "Actor James Van Der Beek": a description opening the sentence, capitalised for it
    if len(words) >= 2 and _GERUND.fullmatch(words[0]) and words[0] not in _ING_NAMES:
        words = words[1:]  # "Taking Archie outside is …": a sentence opening with a gerund, not a name
    roles = [i for i, w in enumerate(words) if is_role(w) or w.lower() == "police"]  # "Commissioner of Police Ian Coles"
    if roles and roles[-1] < len(words) - 1:
        styled = roles[-1] == len(words) - 2 and words[roles[-1]].lower() in STYLES
        words = words[roles[-1] + (not styled):]  # "Prince Harry": the style is how he is named
    codes = [i for i, w in enumerate(words[:-2]) if w.isupper() and w.isalpha() and 2 <= len(w) <= 4]
    if codes and all(w[:1].isupper() and not w.isupper() for w in words[codes[-1] + 1:]):
        words = words[codes[-1] + 1:]  # "Browns DL Ana Ruiz", "NASA JPL Ana Ruiz": a position or body's code, then the person
    while words and re.fullmatch(PARTICLES, words[0]):
        words = words[1:]
    if len(words) >= 4 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words) and not any(
            w.lower() in PARTICLE_WORDS for w in words[1:-1]):  # "James Van Der Beek", "Ana De La Cruz": one name
        words = words[-2:]  # "Super Value Debra Symonette": an organisation's name glued before the person's
    return " ".join(words)


# Nouns a definite description uses for a person the article has named ("the 45-year-old", "the grieving mother").
_PERSON_NOUN = re.compile(r"(?:\d+|\w+-)?year-old|man|woman|boy|girl|mother|father|son|daughter|wife|husband|widow|"
                          r"teenager|teen|student|pupil|victim|survivor|veteran|lawmaker|politician|candidate|actor|actress|"
                          r"singer|star|player|athlete|driver|farmer|grandmother|grandfather|businessman|businesswoman")
# What a title is of, between it and the name: "Minister of Health and Wellness, Dr Ana Ruiz".
_ROLE_OF = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)*)?"
_POSSESSED = re.compile(r"['’]s\s+[a-z]")
# Nouns of a person by what they do ("the guitarist", "the historian"), not "the list" or "the twist".
_PERSON_SUFFIX = re.compile(r"(?!(?:median|meridian|checklist|playlist|wishlist|shortlist)$)[a-z]{3,}(?:ist|ian)")
# Writings that "say" what their author wrote ("the statement said", "the report warned").
_DOCUMENT = re.compile(r"statement|release|report|letter|post|tweet|memo|document|booklet|study|notice|filing|complaint|"
                       r"indictment|affidavit|ruling|judgment|judgement|email|e-mail|message|note")
# Last words of an organisation's name: "Massy said" is the company, not a person called "Massy Stores".
_ORGANISATION_WORDS = frozenset("""
stores store bank group company co co. corp corp. corporation inc inc. ltd ltd. llc plc holdings airlines airways
motors industries enterprises partners associates foundation institute university college school hospital
council committee commission ministry department agency authority association union party club network
news media times post press television radio services systems technologies solutions international
organization organisation force office service court bureau administration board centre center command unit division
county city state government parliament congress senate assembly trust fund pac caucus coalition alliance federation
society church army navy museum library league republic kingdom district province township
""".split())


# Institutions "the court", "the committee" stand for when the article has named one ("the Court of Appeal").
_INSTITUTIONS = frozenset("court committee commission ministry department agency council board bureau authority "
                          "tribunal institute foundation university".split())


def is_organisation(name: str) -> bool:
    """Whether a capitalised phrase ends as an organisation's name does ("Acme Stores", "Union Bank")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _ORGANISATION_WORDS


def is_full_name(name: str) -> bool:
    """Whether a resolved name reads as a person's full name ("Ana Ruiz"), not one word or an organisation."""
    return len(name.split()) >= 2 and not is_organisation(name)


_ROLE_OF_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)\s+(?:of|for|to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?)?$")


def after_role_of(text: str, start: int) -> bool:
    """Whether a title "of" something ends right before ``start`` ("Mayor of ", "Attorney for the District of ")."""
    m = _ROLE_OF_BEFORE.search(text, max(0, start - 60), start)
    return bool(m) and is_role(m.group(1))


def last_name_words(phrase: str) -> str:
    """A person's name at the end of a longer capitalised phrase: the last two words, or three with an initial."""
    words = phrase.split()
    return " ".join(words[-3:] if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else words[-2:])


def _is_full(name: str) -> bool:
    """Two words or more, the first a capitalised word that is not an initial alone."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def _is_title(word: str) -> bool:
    """A title, office or style, abbreviated or not ("Supt", "Judge", "Lord")."""
    return is_role(word) or word.lower() in STYLES or word.lower() in _SURNAME_TITLES


class SpeakerIndex:
    """Resolves the speakers named in one article's attributions to the full names it first gives them."""

    def __init__(self, text: str) -> None:
        """An index over ``text``; nothing is searched until asked."""
        self._text = text
        self._names: dict[str, str] = {}
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._givens: dict[str, bool] = {}

    def resolve(self, who: str, at: int) -> str | None:
        """The full name ``who`` (said at offset ``at``) refers to; ``who`` itself when it cannot tell.

        A definite role phrase with no person introduced by that role gives None (the caller decides).
        """
        if not who:
            return who
        if who[:1].islower():
            return self._role(who, at) if who.startswith("the ") else who
        if is_organisation(who) or _POSSESSED.search(who):
            return who  # "World Health Organization", "Holness's spokesman": no person's name to look for
        name = person_name(who)
        if not name or is_role(name.split()[-1]):  # "PAHO Director": a role, no name
            return self._role(who, at)
        if " " not in name:  # a surname two people of the article share ("Snyder"): the one told about last
            return self._nearest(name, at) or self._full(name) or name
        return self._full(name) or name

    def _full(self, name: str) -> str:
        """The earliest full name in the text ending (or else starting) with the last (first) word of ``name``."""
        if name in self._names:
            return self._names[name]
        words, text, found = name.split(), self._text, ""
        if len(words) >= 3 and words[-1].lower() in SUFFIXES:
            words = words[:-1]  # "James Kennedy Jr.": found by the surname, the suffix comes with it
        found = self._by_last(words, re.escape(words[-1])) or self._by_last(words, _spellings(words[-1]))
        if not found:
            first = re.escape(words[0])  # the word, then the look-behind: a literal opening is found by a fast scan
            pattern = first + r"(?<![\w.]" + first + r")(?:\s+" + _TOKEN + r"){1,4}(?![\w])"
            body = ""  # "United said" after "United Airlines": the body's short form, when no person has that name
            for m in islice(re.compile(pattern).finditer(text, headline_end(text)), _LOOK):
                candidate = person_name(m.group())
                if not body and len(words) == 1 and is_organisation(m.group()) and common_word(name, text):
                    body = m.group()
                elif _is_full(candidate) and len(candidate.split()) >= len(words) and not is_organisation(candidate):
                    found = candidate
                    break
            # Never named in full here: an office holder the article titles ("President Obama"), else the body.
            found = found or leader(text, " ".join(words)) or body
        self._names[name] = found or (name if len(words) > 1 else "")
        return self._names[name]

    def _nearest(self, surname: str, at: int) -> str:
        """Of two or more people the article names in full with ``surname``, the one last named before ``at``, or ``""``."""
        if surname not in self._named:
            self._named[surname] = list(self._named_with([surname], re.escape(surname)))
        named = [(k, n) for k, n in self._named[surname] if self._given(n.split()[:-1])]
        if len({n for _, n in named}) < 2:
            return ""  # one person of that name (the usual case): the earliest full name, as ever
        before = [(k, n) for k, n in named if k < at]
        return max(before)[1] if before else ""

    def _given(self, words: list[str]) -> bool:
        """Whether ``words`` read as given names in this article (``looks_given``), remembered per word."""
        for word in words:
            if word not in self._givens:
                self._givens[word] = looks_given(word, self._text, _is_title)
            if not self._givens[word]:
                return False
        return bool(words)

    def _by_last(self, words: list[str], surname: str) -> str:
        """The earliest full name outside the headline that ends with the pattern ``surname``, or ``""``."""
        return next((n for _, n in self._named_with(words, surname)), "")

    def _named_with(self, words: list[str], surname: str) -> Iterator[tuple[int, str]]:
        """Each full name outside the headline ending with the pattern ``surname`` and fitting ``words``, with its offset."""
        text, skip = self._text, headline_end(self._text)
        # Found by the word itself (a literal the engine jumps to), then the words around it: fast on long texts.
        for m in islice(re.compile(r"(?<![\w.])" + surname + r"(?![\w])").finditer(text, skip), _LOOK):
            given = _BRACKETED_GIVEN.search(text, max(0, m.start() - 30), m.start())
            if given:  # "Coach (Frank) Vogel": the writer's brackets add the given name the speaker left out
                yield m.start(), f"{given.group(1)} {m.group()}"
                continue
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
            candidate = person_name(before.group() + m.group()) if before else ""
            runs_on = _RUNS_ON.match(text, m.end()) if before else None
            longer = person_name(before.group() + m.group() + runs_on.group()) if runs_on else ""
            if longer and not is_organisation(longer):
                candidate = longer  # "Liu" of "Liu Xiaming"
            titled = before and len(candidate.split()) >= 3 and after_role_of(text, before.start())
            if titled:
                candidate = last_name_words(candidate)  # "Attorney for the District of Utah Ana Ruiz": no "Utah"
            if (_is_full(candidate) and (len(candidate.split()) >= len(words) or titled)
                    and (len(words) < 2 or words[0] in candidate.split() or not self._given(words[:1]))):
                # "Ana Snyder" is not the "Blake Snyder" named first; "Judge Snyder", "Unlike Snyder" may be
                yield m.start(), candidate

    def _institution(self, head: str, at: int) -> str:
        """The first name before ``at`` of an institution whose name holds ``head`` ("Court"), or ``""``."""
        word = head[:1].upper() + head[1:].lower()
        pattern = re.compile(r"(?<![\w'’-])((?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.&-]*)[ \t]+){1,5})" + word
                             + r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]?){1,4})?(?![\w'’-]|[ \t]+[A-Z])")
        first = pattern.search(self._text, max(headline_end(self._text), at - _ROLE_REACH), at)
        found = first.group().strip() if first else ""  # named in full first, then shorter ("the Appellate Court")
        owners = re.split(r"\S+['’]s?\s+", found) if found else [""]
        words = owners[-1].split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]  # "The Senate Ethics Committee", "On Monday the …": no article or opener
        return " ".join(words) if len(words) >= 2 else ""

    def _role(self, phrase: str, at: int) -> str | None:
        """The person introduced with the role word heading ``phrase`` ("the Director" → "PAHO Director X Y")."""
        words = re.split(r"\s+(?:of|for|at|in|on|from|with|to)\s", phrase, maxsplit=1)[0].split()
        head = words[-1].strip(".,")  # "the Ministry of Health": the ministry, not a health minister
        if _PERSON_SUFFIX.fullmatch(head) and not is_role(head):  # "the guitarist": a person, as "he said" ...
            return unnamed_before(self._text, head, at) or None  # ... unless an unnamed one was introduced
        if _DOCUMENT.fullmatch(head.lower()) and len(words) == 2:
            issuer = person_name(author(self._text, head.lower(), at))  # "Acme issued a statement … the statement said"
            if issuer:
                return self.resolve(issuer, at) or issuer
        if _PERSON_NOUN.fullmatch(head.lower()) or _DOCUMENT.fullmatch(head.lower()):
            return None  # "the grieving mother", "the statement": a person or the author the text named, as "she said"
        styled = head.lower() in STYLES  # "the prince": the person first named "Prince Edmund"
        if not is_role(head) and not styled:
            # "the court" after "the 4th District Court of Appeal": the institution the article named; else unnamed.
            named = self._institution(head, at) if head.lower() in _INSTITUTIONS and len(words) == 2 else ""
            # "the group": the group the text named; else an unnamed source or body ("the company", "the police").
            return named or antecedent(self._text, phrase, at) or phrase
        best = None
        word = re.escape(head)  # the word before its look-behind: most positions fail at its first letter
        roles = re.compile(word + r"(?<![\w-]" + word + r")(?:-elect)?(?![\w-])", re.IGNORECASE)
        for m in islice(roles.finditer(self._text, max(0, at - _ROLE_REACH), at), _LOOK):
            after = re.match(_ROLE_OF + r",?\s+(" + _TOKEN + r"(?:\s+" + _TOKEN + r"){1,5})", self._text[m.end():m.end() + 120])
            candidate = person_name(after.group(1)) if after else ""
            single = re.match(r"\s+([A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z])", self._text[m.end():m.end() + 40]) if styled else None
            if single and m.group()[:1].isupper():
                candidate = person_name(m.group() + " " + single.group(1))
            if not _is_full(candidate):
                before = re.search(r"((?:[A-Z][\w'’-]*\.?\s+){1,4}[A-Z][\w'’-]*),\s+(?:the|a|an|its|their)\s+"
                                   r"(?:(?!and\b|or\b|but\b|who\b|which\b)[\w'’-]+\s+){0,4}$", self._text[max(0, m.start() - 120):m.start()])
                candidate = person_name(before.group(1)) if before else ""
            if _is_full(candidate):
                best = candidate
        return (self._full(best) or best) if best else None
