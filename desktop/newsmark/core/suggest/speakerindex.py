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
from itertools import islice

from newsmark.core.suggest.antecedents import antecedent, author, unnamed_before
from newsmark.core.suggest.asciilower import word_matches
from newsmark.core.suggest.documentauthor import is_writing
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.unnamedvoices import introduced_voice
from newsmark.core.suggest.kinship import kin, near_after
from newsmark.core.suggest.leaders import leader
from newsmark.core.suggest.namevariants import OTHER_OFFICE, capitalised_words, letter_apart, nicknamed
from newsmark.core.suggest.ledby import Leaders
from newsmark.core.suggest.namecaps import name_pattern, unicode_names
from newsmark.core.suggest.namesakes import common_word, looks_given
from newsmark.core.suggest.notpersons import place_alone
from newsmark.core.suggest.openerwords import without_opener
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.sourcewords import SAYS
from newsmark.core.suggest.narration import document_source
from newsmark.core.suggest.speakers import (GAP, INITIALS, OPENERS, PARTICLE_WORDS, PARTICLES, SPORT_PEOPLE, STYLES, SUFFIXES, after_role_of, is_organisation,
                                            is_role, is_title, last_name_words, person_name)

# A word of a name: initials, a capitalised word (an abbreviation's dot with it), a particle.
_TOKEN = unicode_names(r"(?:" + INITIALS + r"|[A-Z][\w'’-]*\.?|" + PARTICLES + r")")
# A full name comes early and a role near its use: bounded searches keep a long text fast.
_LOOK = 50
_ROLE_REACH = 20_000
# \Z, not $: "$" also matches before a last newline, and would reach a name over a paragraph's end.
_WORDS_BEFORE = name_pattern(r"(?<![\w.])(?:" + INITIALS + r"|[A-Z][\w'’-]*\.?)" + GAP + r"(?:" + _TOKEN + GAP + r"){0,4}\Z")
# "Ana Ruiz, the agency's director": the name a role phrase follows in apposition.
_NAMED_BEFORE_ROLE = name_pattern(r"((?:[A-Z][\w'’-]*\.?\s+){1,4}[A-Z][\w'’-]*),\s+(?:the|a|an|its|their)\s+"
                                  r"(?:(?!and\b|or\b|but\b|who\b|which\b)[\w'’-]+\s+){0,4}$")
# A surname then a generation: "Ana Ruiz Jr.", "Ana Ruiz, Sr.", "Ana Ruiz III".
_GENERATION = name_pattern(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]+,?[ \t]+\Z")
# A capitalised "-ing" word after a lower-case one opens no sentence: "analyst Henning Melber" names him in full.
_GIVEN_ING = name_pattern(r"[A-Z][a-z]{2,}ing")
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+\Z")  # no person's name follows a lower-case "the"
_LOWER_BEFORE = re.compile(r"[a-z][ \t]+\Z")
_BRACKETED_GIVEN = name_pattern(r"\(([A-Z][a-z]+)\)[ \t]\Z")
# Letters a surname is spelt with in other copy: "Müller", "Mueller" and "Muller" are one person.
_FOLDS = {"ü": "(?:ü|ue|u)", "ö": "(?:ö|oe|o)", "ä": "(?:ä|ae|a)", "ue": "(?:ue|ü|u)", "oe": "(?:oe|ö|o)", "ae": "(?:ae|ä|a)",
          "u": "[uüú]", "o": "[oöóø]", "a": "[aäáà]", "e": "[eéè]", "i": "[iíï]", "n": "[nñ]", "c": "[cç]", "ß": "(?:ß|ss)"}
_FOLD_KEYS = re.compile("|".join(sorted(_FOLDS, key=len, reverse=True)))
# Name words after the one looked up: a name the word does not end ("Britain Liu Xiaming", "Ana Ruiz Jr.").
_RUNS_ON = name_pattern(r"(?:[ \t]+(?:[JS]r\.|II|III|IV|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                        r"[A-Z][a-z][\w'’-]*)(?![\w'’-])){1,2}")


def _spellings(word: str) -> str:
    """A pattern matching ``word`` and its spellings with or without accents and umlauts."""
    return "".join(_FOLDS.get(part, re.escape(part)) for part in re.split(f"({_FOLD_KEYS.pattern})", word) if part)


# Nouns a definite description uses for a person the article has named ("the 45-year-old", "the grieving mother").
_PERSON_NOUN = re.compile(r"(?:\d+|\w+-)?year-old|man|woman|boy|girl|mother|father|son|daughter|wife|husband|widow|"
                          r"teenager|teen|student|pupil|victim|survivor|veteran|lawmaker|politician|candidate|actor|actress|"
                          r"singer|star|player|athlete|driver|youngster|rookie|newcomer|debutant|ace|legend|great|finalist|seed|"
                          r"holder|champion|medallist|farmer|grandmother|grandfather|businessman|businesswoman|"
                          + "|".join(sorted(SPORT_PEOPLE)))
# What a title is of, between it and the name: "Minister of Health and Wellness, Dr Ana Ruiz".
_ROLE_OF = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)*)?"
_POSSESSED = re.compile(r"['’]s\s+[a-z]")
_LINE_END = re.compile(r"(?<=[a-z]{2})\.\s*\Z")  # a sentence's stop at a paragraph's end, no abbreviation
# A role followed by its verb is a subject, not in apposition to a name before it ("met Ana Ruiz, the mayor said").
_SUBJECT_ROLE = name_pattern(r"[ \t]+(?:also[ \t]+|later[ \t]+)?(?:" + SAYS + r")\b")
# "Minister of Health, Ana Ruiz": the name after a role word (and what it is of).
_NAMED_AFTER_ROLE = name_pattern(_ROLE_OF + r"(?:,?\s+|,\s+the\s+(?=R[a-z]{1,2}\b))(" + _TOKEN + r"(?:\s+" + _TOKEN + r"){1,5})")
# "Prince Edmund" for "the prince": one capitalised word after a style, no second name word.
_SINGLE_AFTER_ROLE = name_pattern(r"\s+([A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z])")
# One capitalised word owning a person or body: "Ruiz's campaign", "Ruiz’s mother" (not "the mayor's office").
_BARE_OWNER = name_pattern(r"([A-Z][a-z][\w-]*)['’]s(?:\s+[a-z][\w-]*){1,3}")
# Nouns of a person by what they do ("the guitarist", "the historian"), not "the list" or "the twist".
_PERSON_SUFFIX = re.compile(r"(?!(?:median|meridian|checklist|playlist|wishlist|shortlist)$)[a-z]{3,}(?:ist|ian)")
# A writing whose owner is named: "the Conservatives' letter", "Acme's new statement", "Ana Ruiz's email".
_DOCUMENT_OWNER = name_pattern(r"(?:[Tt]he[ \t]+)?(?P<owner>(?:[A-Z][\w&.-]*[ \t]+){0,3}[A-Z][\w&.-]*?)['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+)?[a-z-]+")
# Institutions "the court", "the committee" stand for when the article has named one ("the Court of Appeal").
_INSTITUTIONS = frozenset("court committee commission ministry department agency council board bureau authority "
                          "tribunal institute foundation university".split())


def _generation_givens(text: str) -> frozenset[str]:
    """The words opening a name with a generation after it ("James Roosevelt Jr."): given names, wherever they stand."""
    found = set()
    for generation in ("Jr", "Sr", "III", "IV"):  # plain finds: a long text is scanned at memory speed
        at = text.find(generation)
        while at != -1:
            m = _GENERATION.search(text, max(0, at - 60), at) if not text[at + len(generation):at + len(generation) + 1].isalnum() else None
            if m:
                found.add(m.group(1))
            at = text.find(generation, at + 1)
    return frozenset(found)


# A name the person is also known by: "aka Dr. Ana Ruiz", "born Ana Maria Ruiz", "formerly Ana Lee".
_ALIAS = re.compile(r"(?<![\w.])(?:aka|a\.k\.a\.|also[ \t]+known[ \t]+as|known[ \t]+as|born|formerly|n[ée]e)[ \t,:]+"
                    r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}\Z")
_TITLE_BEFORE = re.compile(r"([A-Z][\w.]*)[ \t]+\Z")


def _after_title(word: str, text: str) -> bool:
    """Whether ``word``, in a given name's shape, stands right after a title somewhere ("Gen. Karim Haddad")."""
    if not re.fullmatch(r"[A-Z][a-z]+", word):
        return False
    for k in islice((m.start() for m in re.finditer(r"(?<![\w'’-])" + word + r"[ \t]+[A-Z]", text)), _LOOK):
        before = _TITLE_BEFORE.search(text, max(0, k - 20), k)
        if before and is_title(before.group(1)):
            return True
    return False


def _is_full(name: str) -> bool:
    """Two words or more, the first a capitalised word that is not an initial alone."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


class SpeakerIndex:
    """Resolves the speakers named in one article's attributions to the full names it first gives them."""

    def __init__(self, text: str) -> None:
        """An index over ``text``; nothing is searched until asked."""
        self._text = text
        self._names: dict[str, str] = {}
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._kin: dict[str, bool] = {}  # surname → whether its bearers are one family (a scan of the text each)
        self._givens: dict[str, bool] = {}
        self._generations: frozenset[str] | None = None
        self._leaders = Leaders(text)
        self._first: dict[str, tuple[int, str]] = {}  # word → (offset, name) of the first full name it opens
        self._capitalised: frozenset[str] | None = None  # the text's capitalised words, for a misspelt surname

    def resolve(self, who: str, at: int) -> str | None:
        """The full name ``who`` (said at offset ``at``) refers to; ``who`` itself when it cannot tell.

        A definite role phrase with no person introduced by that role gives None (the caller decides).
        """
        if not who:
            return who
        if who[:1].islower():
            return self._role(who, at) if who.startswith("the ") else who
        if is_organisation(who):
            return who  # "World Health Organization": no person's name to look for
        if _POSSESSED.search(who):
            return self._owned(who, at)  # "Holness's spokesman": the spokesman, named by whose he is
        name = person_name(who)
        if not name or is_role(name.split()[-1]):  # "PAHO Director": a role, no name
            return self._role(who, at)
        if " " not in name:  # a surname two people of the article share ("Snyder"): the one told about last
            found = self._nearest(name, at) or self._named_before(name, self._full(name), at)
            if not found and is_title(name):  # "the Bishop said", its article dropped: the office's holder
                found = self._role("the " + name, at) or ""
            return found or name
        return self._full(name) or name

    def _named_before(self, word: str, full: str, at: int) -> str:
        """``full`` for a one-word name said at ``at``, unless the text names ``full`` only after ``at`` and someone
        else it opens with ``word`` before ("Dar Yasin … Dar said … Mohammed Yousuf Dar"): a name refers back."""
        if not _is_full(full) or not full.endswith(" " + word):
            return full
        later = next((k for k, n in self._named_with([word], re.escape(word)) if n == full), -1)
        if later < at:
            return full
        if word not in self._first:
            self._first[word] = self._opening(word)
        k, opened = self._first[word]
        return opened if -1 < k < at else full

    def _opening(self, word: str) -> tuple[int, str]:
        """(offset, name) of the first full name outside the headline that opens with ``word``, or (-1, "")."""
        first = re.escape(word)
        pattern = first + r"(?<![\w.]" + first + r")(?:\s+" + _TOKEN + r"){1,3}(?![\w])"
        for m in islice(re.compile(pattern).finditer(self._text, headline_end(self._text)), _LOOK):
            candidate = person_name(m.group())
            if (_is_full(candidate) and candidate.split()[0] == word and not is_organisation(candidate)
                    and self._given(candidate.split()[1:2])):
                return m.start(), candidate
        return -1, ""

    def _owned(self, who: str, at: int) -> str:
        """``who`` ("Ruiz's campaign") with a bare surname owner written as the full name first given ("Ana Ruiz's campaign");
        the owner of a writing that "says" ("Mr Crosby's statement said": Lynton Crosby's words)."""
        owner, mark, thing = re.split(r"(['’]s\s+)", who, maxsplit=1) if _POSSESSED.search(who) else (who, "", "")
        if mark and len(thing.split()) <= 2 and is_writing(thing.split()[-1]) and owner[:1].isupper():
            return self.resolve(owner, at) or owner
        m = _BARE_OWNER.fullmatch(who)
        if not m or is_organisation(m.group(1)) or is_title(m.group(1)):
            return who
        full = self._nearest(m.group(1), at) or self._full(m.group(1))
        return full + who[m.end(1):] if _is_full(full) and full.endswith(" " + m.group(1)) else who

    def _full(self, name: str) -> str:
        """The earliest full name in the text ending (or else starting) with the last (first) word of ``name``."""
        if name in self._names:
            return self._names[name]
        words, text, found = name.split(), self._text, ""
        if len(words) >= 3 and words[-1].lower() in SUFFIXES:
            words = words[:-1]  # "James Kennedy Jr.": found by the surname, the suffix comes with it
        found, unsure = self._by_last(words, re.escape(words[-1])) or self._by_last(words, _spellings(words[-1])), ""
        if not found and len(words) == 1 and len(words[0]) >= 5 and words[0].isalpha():
            found = self._misspelt(words[0])  # "Ms Chada said" after "Monica Chadha, BBC Delhi reporter"
        if found and len(words) == 1 and not self._given(found.split()[:1]):
            found, unsure = self._other_than(found, words), found
        body = ""  # "United said" after "United Airlines": the body's short form, when no person has that name
        if not found and (not unsure or self._given(words)):  # "Stephen Jones" for "Stephen", not "Trump Tower"
            first = re.escape(words[0])  # the word, then the look-behind: a literal opening is found by a fast scan
            pattern = first + r"(?<![\w.]" + first + r")(?:\s+" + _TOKEN + r"){1,4}(?![\w])"
            for m in islice(re.compile(pattern).finditer(text, headline_end(text)), _LOOK):
                candidate = person_name(m.group())
                if not body and len(words) == 1 and is_organisation(m.group()) and common_word(name, text):
                    body = m.group()
                elif (_is_full(candidate) and len(candidate.split()) >= len(words) and not is_organisation(candidate)
                      and candidate.split()[-1].lower() not in SUFFIXES):  # "Ruiz Jr.": a surname, not a given name
                    found = candidate
                    break
        if not found and len(words) == 1:
            found = nicknamed(text, words[0])  # 'Jimmy "the Whirlwind" White … Mr White said': Jimmy White
        # Never named in full here: the name with a sentence's opening word, an office holder the article titles
        # ("President Obama"), else the body.
        if not found:
            led = leader(text, " ".join(words))
            found = (led if led and unsure.endswith(" " + led) else unsure) or led or body  # "Longtime Donald Trump"
        if len(words) == 1 and found.startswith(name + " ") and place_alone(name, text):
            found = ""  # "Israel argued": the country, not a person it is the given name of ("Israel Katz")
        found = without_opener(found, text) if found else found  # "Brave Ana Ruiz": a standfirst's adjective, no name
        self._names[name] = found or (name if len(words) > 1 else "")
        return self._names[name]

    def _misspelt(self, surname: str) -> str:
        """The one full name whose surname is ``surname`` with a letter more or less ("Chada" for "Chadha"), a slip of
        the writer's when the text never names ``surname`` in full; else ``""``."""
        if self._capitalised is None:
            self._capitalised = capitalised_words(self._text)
        names = {n for w in letter_apart(surname, self._capitalised) for _, n in self._named_with([surname], re.escape(w))}
        return names.pop() if len(names) == 1 else ""

    def _other_than(self, found: str, words: list[str]) -> str:
        """A full name for ``words`` (one word) better than ``found``, whose first word may open a sentence only
        ("Instead Stephen, …", "Longtime Ana Ruiz ally …"): the same name without that word, else one whose first
        word reads as a given name; ``""`` when there is none (a name starting with the word is looked for next)."""
        others = [n for _, n in self._named_with(words, re.escape(words[-1])) if n.split()[0] != found.split()[0]]
        return (next((n for n in others if found.endswith(" " + n)), "")
                or next((n for n in others if self._given(n.split()[:1])), ""))

    def _nearest(self, surname: str, at: int) -> str:
        """Of two or more people the article names in full with ``surname``, the one last named before ``at``, or ``""``."""
        if surname not in self._named:
            self._named[surname] = list(self._named_with([surname], re.escape(surname)))
        named = [(k, n) for k, n in self._named[surname] if self._given(n.split()[:-1])
                 and not _ALIAS.search(self._text, max(0, k - 60), k)  # "Ron Ruiz, aka Dr. Maulana Ruiz": one man
                 and not self._after_the(k + len(surname) - len(n), n)]  # "to the Daily Mail Lacerda": no namesake
        if len({n for _, n in named}) < 2:
            return ""  # one person of that name (the usual case): the earliest full name, as ever
        before = [(k, n) for k, n in named if k < at]
        if surname not in self._kin:
            self._kin[surname] = kin(self._text, surname, named)
        if self._kin[surname] and not (before and near_after(self._text, max(before)[0], at)):
            return ""  # a family: the bare surname is the principal's, named first, unless a relative was just named
        return max(before)[1] if before else ""

    def _after_the(self, start: int, name: str) -> bool:
        """Whether ``name``, written at ``start``, follows a lower-case "the": a thing's name run into a surname."""
        return start >= 4 and self._text.startswith(name, start) and _THE_BEFORE.search(self._text, start - 4, start) is not None

    def _given(self, words: list[str]) -> bool:
        """Whether ``words`` read as given names in this article (``looks_given``), remembered per word."""
        for word in words:
            if word not in self._givens:
                if self._generations is None:
                    self._generations = _generation_givens(self._text)  # once per article: one scan
                self._givens[word] = (looks_given(word, self._text, is_title) or word in self._generations
                                      or _after_title(word, self._text))
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
                if (len(words) == 1 and _is_full(candidate) and runs_on.group().split()[0].lower() not in SUFFIXES
                        and not PARTICLE_WORDS.intersection(w.lower() for w in longer.split())):
                    continue  # "John Stephen Jones": a middle name here; "says Stephen" means a Stephen named first
                candidate = longer  # "Liu" of "Liu Xiaming"
            if before and candidate == m.group() and _GIVEN_ING.fullmatch(before.group().strip()) and \
                    _LOWER_BEFORE.search(text, max(0, before.start() - 4), before.start()):
                candidate = f"{before.group().strip()} {candidate}"  # "analyst Henning Melber": mid-sentence, no gerund
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
        pattern = name_pattern(r"(?<![\w'’-])((?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’.&-]*)[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){1,5})" + word
                             + r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]?){1,4})?(?![\w'’-]|[ \t]+[A-Z])")
        first = pattern.search(self._text, max(headline_end(self._text), at - _ROLE_REACH), at)
        found = first.group().strip() if first else ""  # named in full first, then shorter ("the Appellate Court")
        if not found:  # "the Commons work and pensions committee": a body written in lower case after its first word
            lower = name_pattern(r"(?<![\w'’-])[Tt]he[ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:[a-z][\w-]*|and)){1,5}[ \t]+"
                                 + re.escape(head.lower()) + r")(?![\w'’-])")
            first = lower.search(self._text, max(headline_end(self._text), at - _ROLE_REACH), at)
            found = first.group(1) if first and not is_role(first.group(1).split()[-2]) else ""
        owners = re.split(r"\S+['’]s?\s+", found) if found else [""]
        words = owners[-1].split()
        while words and words[0].lower() in OPENERS:
            words = words[1:]  # "The Senate Ethics Committee", "On Monday the …": no article or opener
        return " ".join(words) if len(words) >= 2 else ""

    def _role(self, phrase: str, at: int) -> str | None:
        """The person introduced with the role word heading ``phrase`` ("the Director" → "PAHO Director X Y")."""
        # "the woman who": a relative clause cut off after its pronoun describes the noun before it
        words = re.split(r"\s+(?:of|for|at|in|on|from|with|to)\s|\s+(?:who|whose)$", phrase, maxsplit=1)[0].split()
        head = words[-1].strip(".,")  # "the Ministry of Health": the ministry, not a health minister
        if _PERSON_SUFFIX.fullmatch(head) and not is_role(head):  # "the guitarist": a person, as "he said" ...
            return unnamed_before(self._text, head, at) or None  # ... unless an unnamed one was introduced
        if is_writing(head) and len(words) == 2:
            issuer = person_name(author(self._text, head.lower(), at))  # "Acme issued a statement … the statement said"
            if issuer:
                return self.resolve(issuer, at) or issuer
            writing = document_source(self._text, head.lower(), at)  # "the report concludes": the report, no one's
            if writing:
                return writing
        owner = _DOCUMENT_OWNER.fullmatch(" ".join(words)) if is_writing(head) else None
        if owner:  # "the Conservatives' letter to the commissioner said": the party's words
            return self.resolve(owner.group("owner"), at) or owner.group("owner")
        if _PERSON_NOUN.fullmatch(head.lower()) or is_writing(head):
            return None  # "the grieving mother", "the statement": a person or the author the text named, as "she said"
        styled = head.lower() in STYLES  # "the prince": the person first named "Prince Edmund"
        titled = words[0].lower() == "the" and is_title(head)  # "the Bishop", "the judge": an office, no surname
        if not is_role(head) and not styled and not titled:
            # "the court" after "the 4th District Court of Appeal": the institution the article named; else unnamed.
            named = self._institution(head, at) if head.lower() in _INSTITUTIONS and len(words) == 2 else ""
            # "the group": the group the text named; else an unnamed source or body ("the company", "the police").
            named = named or (self._leaders.of(head, at) if len(words) == 2 else "")  # "the lawmakers", led by Ana Ruiz
            return named or antecedent(self._text, phrase, at) or phrase
        best = None
        word = re.escape(head)  # the word before its look-behind: most positions fail at its first letter
        roles = re.compile(word + r"(?<![\w-]" + word + r")(?:-elect)?(?![\w-])", re.IGNORECASE)
        for m in islice(word_matches(self._text, head, roles, max(0, at - _ROLE_REACH), at), _LOOK):
            qualifiers = OTHER_OFFICE.intersection(self._text[max(0, m.start() - 30):m.start()].lower().split()[-2:])
            if qualifiers.difference(phrase.lower().split()):
                continue  # "the Foreign Secretary" is not "Shadow foreign secretary Michael Ancram"
            after = _NAMED_AFTER_ROLE.match(self._text[m.end():m.end() + 120])
            candidate = person_name(_LINE_END.sub("", after.group(1).split("\n", 1)[0])) if after else ""  # not "Ana Ruiz.\n\nHe"
            single = _SINGLE_AFTER_ROLE.match(self._text[m.end():m.end() + 40]) if styled else None
            if single and m.group()[:1].isupper():
                candidate = person_name(m.group() + " " + single.group(1))
            if not _is_full(candidate) and not _SUBJECT_ROLE.match(self._text, m.end()):  # "Ana Ruiz, the president said":
                before = _NAMED_BEFORE_ROLE.search(self._text[max(0, m.start() - 120):m.start()])  # the role is no apposition
                candidate = person_name(before.group(1)) if before else ""
            if _is_full(candidate):
                best = candidate
        if best:
            return self._full(best) or best
        return introduced_voice(self._text, head.lower(), at) or None  # "the spokesman": as the story described him


@per_text
def speaker_index(text: str) -> SpeakerIndex:
    """The one ``SpeakerIndex`` of ``text``, shared by the suggesters that resolve its speakers (the quote and claim
    suggesters name the same people: what one looked up, the other finds kept)."""
    return SpeakerIndex(text)
