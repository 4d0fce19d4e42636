"""Location suggester: countries, first-level regions, cities and well-known areas from the gazetteer, on whole words.

Conventions (what an accepted suggestion will look like):
- Longest match on whole words, as written (``New York City`` over ``New York``; ``Russia's`` → ``Russia``).
  ``place`` is the canonical name (``Kiev`` → ``Kyiv``); with ``details=True`` also ``geonames_id`` and
  ``country`` (ISO 3166 code) where the gazetteer knows them. A shared name means its first sense (a
  country before a city).
- Feature words extend a place: ``Kursk region``/``Kursk Oblast`` (→ the region when the gazetteer has it),
  ``Korean peninsula``, ``Dnipro River``, ``North Sea``, ``Gulf of Mexico``, ``Lake Chad``.
- Not locations: a place inside a longer name — a person (``Lloyd Austin``, ``Paris Hilton``,
  ``Jackson said``), an organisation (``Washington Post``, ``Paris Saint-Germain``, ``Bank of England``,
  ``Alternative for Germany``, ``Black Sea Fleet``). Titles (``Kyiv Mayor``) and places side by side keep it.
  Title-case lines (headlines) skip the capitalised-neighbour test, which they would fail.
- Common words and small towns (``Most``, ``Police``, ``Nice``, ``Reading``, ``Of``, towns under 50,000
  people) need evidence: capitalised mid-sentence and a cue (``in``/``near``/``from``… X, or ``X, Country``),
  or their country named elsewhere in the text. A capitalised word opening a sentence is no evidence.
- Places the gazetteer lacks are found by their context (``placecues``): ``the town of X``, ``the islands
  of X, Y and Z``, AP state abbreviations after a town (``Napa, Calif.``).
- Datelines (``datelines``): the capitals that open a paragraph before a dash (``SPOKANE, Wash. –``).
  Counties and neighbourhoods by their feature word (``Fresno County``/``Fresno Co.``, ``Brooklyn Heights``).
- A compass word before a city or region names part of it (``Southern California``, ``SE Portland`` → Southeast
  Portland; not before a country: ``East Ukraine`` → Ukraine); a hyphenated name a town opens is one name
  (``Leeds-Grenville``) unless its other half is a place of its own (``Moscow-Beijing``).
- A place's initials are that place where the text names it in full (``Papua New Guinea … PNG``; not before a
  currency: ``the TT dollar``); a country's initials of three letters or more need no spelling out (``BVI``).
- Another name for a town (``Leghorn`` for Livorno) needs evidence like a small town (a list of places is
  evidence); a code in capitals (``SFO``) is no city's name.
- Demonyms (``Russian``) are locations only with ``demonyms=True``, mapped to their country.
- Confidence: countries .95, continents and areas .9, large cities .9/.8, regions .85, small or
  ambiguous places lower, common words with evidence .55.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.aliases import code_alias, fold_name
from newsmark.core.suggest.datelines import dateline_places
from newsmark.core.suggest.gazetteer import MAX_NAME_WORDS, Gazetteer, Place, builtin_gazetteer, name_key
from newsmark.core.suggest.placecues import cue_places
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.teamgazetteer import EMPTY_TEAM, TeamGazetteer

NAME = "locations"
_TOKEN = re.compile(r"\w+")
# What may stand between two words of one name.
_GAPS = frozenset([" ", "-", "–", " - ", " – ", "'", "’", ".", ". ", "\n", "\u00a0", "  "])
SMALL_TOWN = 50_000
# Place names that are everyday words (or read as one mid-headline); found only with evidence.
COMMON_WORDS = frozenset("""Most Police Nice Reading Mobile Of Split Bath Orange Young Male Sale Deal Hope Hull Wells March
May Union Victoria Marks Bell Buy Gap Sandy Independence Liberty Commerce Enterprise Opportunity Normal Peoria Corona
Temple Mission Pleasant Progress Concord Champion Harmony Providence Phoenix Eagle Leader Best Sofia Florence Olive
Aurora Paradise Grand Mercedes Cork Lincoln Jackson Franklin Clinton Hamilton Kent Troy Man Bar Bay Bo Ho Van
Nancy Marion Charlotte Regina Eugene Tyler Mesa Leon Salem Gary Kelly Chester Warren Homestead Centre Central Auburn
Sparks Post Ede Ore Batman Bra Hell Summit University""".split())
_MONTHS = frozenset("January February March April May June July August September October November December".split())
# Institutions named after a place-like phrase; never a location.
_INSTITUTIONS = frozenset(["White House"])
# Capitalised words that may stand right before a place without making it part of a name.
_DIRECTIONS = frozenset("North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast "
                        "Southwest Upper Lower Greater Occupied Mainland Downtown Inner Outer Rural Coastal".split())
# Words that open a sentence before a place ("Outside Kyiv, …"); any other capitalised opener is likely a first name.
_OPENERS = frozenset("the in at on from to for by and but or as after before since while when if with across near "
                     "outside inside like unlike both neither meanwhile throughout beyond within around across "
                     "across into toward towards than then also even only including against between among".split())
# Words after which a place is being named as one (a cue that lets a common word through).
_CUES = frozenset("in near from to at outside around into across towards toward via of inside within off through "
                  "city town village province region capital port".split())
_TITLES = frozenset("Mayor Governor President Premier Prime Minister Ministry Foreign Defence Defense Interior "
                    "Health Finance Army Navy Air Armed Forces Police Government Governments Parliament Embassy "
                    "Ambassador Deputy Envoy Consulate Chancellor King Queen Prince Princess Emperor Sheikh Senator Congressman "
                    "Congresswoman Representative Mr Mrs Ms Dr General Gen Colonel Lieutenant Sergeant "
                    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                    "July August September October November December The A An On In At From By And Or But "
                    # Party words after a place name it as a modifier: "a Texas Republican", "the Ohio Democratic Party".
                    "Republican Republicans Democrat Democrats Democratic Labour Conservative Conservatives Liberal".split())
_PERSON_BEFORE = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady President General Gen Senator Sen Rep Judge Justice "
                           "Coach Captain Saint St Pope Father Sister Brother".split())
_ORG_AFTER = frozenset("Post Times Herald Tribune Journal Daily News Gazette Telegraph Independent Observer Guardian "
                       "Chronicle Review Express Standard Star Mirror Globe Today Bank University College Institute "
                       "School Party Council Fleet FC United Rovers Athletic Wanderers Club Airlines Airways Air "
                       "Group Company Corporation Corp Inc Ltd Holdings Motors Energy Exchange Stock Fund Foundation "
                       "Museum Agency Commission Conference Convention Declaration Accords Accord Agreement Protocol "
                       "Summit Games Marathon Open Festival Opera Orchestra Philharmonic Symphony Zoo Hospital "
                       "Clinic Capitals Commanders Nationals Giants Jets Knicks Lakers Kings Wizards Spurs Operator "
                       "Authority Administration Department Service Board Office Organization Organisation Association "
                       "Society Center Centre Trust Network Alliance Coalition Committee Court Utilities "
                       "Forum Roundtable Symposium Expo".split())
_ORG_OF = frozenset("Bank University College Institute School Museum Council Alternative Party Union Federation "
                    "Association League Society Academy Church Archbishop Bishop Duke Duchess Earl Battle Siege "
                    "Treaty Congress Convention Declaration Friends Bishops Sisters Knights Summit Conference Bank".split())
_CURRENCY_NOUNS = frozenset("dollar dollars pound pounds peso pesos rupee rupees franc francs shilling shillings".split())
_LEADERSHIP = frozenset("administration presidency premiership campaign government cabinet era".split())
_REGION_WORDS = frozenset("region oblast province governorate krai district Region Oblast Province Governorate Krai".split())
_FEATURE_AFTER = frozenset("peninsula river sea coast valley mountains basin delta Peninsula River Sea Coast Valley "
                           "Mountains Basin Delta Ocean Strait Gulf Bay Lake Island Islands Desert Canal Channel Straits "
                           # Counties and neighbourhoods: "Lake County", "Crown Heights", "Throgs Neck", "Indian Village".
                           "County Parish Heights Neck Village".split())
_FEATURE_BEFORE = frozenset("Gulf Sea Strait Straits Bay Isle Lake Mount Cape".split())  # Gulf of Mexico, Lake Chad
_SENTENCE_END = ".!?:;\n•"
_OPENING = " \t\"“‘«(['’”»-–—*"


class _Tokens:
    """The words of a text with their offsets, and what the rules ask about them."""

    def __init__(self, text: str):
        self.text = text
        # Plain strings and ints, not a list of match objects: half the time on a 5 MB article.
        self.words = _TOKEN.findall(text)
        self.starts = [m.start() for m in _TOKEN.finditer(text)]
        self.ends = [start + len(word) for start, word in zip(self.starts, self.words)]
        self._titlecase: dict[int, bool] = {}

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        return self.text[self.ends[i - 1]:self.starts[i]]

    def joined(self, i: int) -> bool:
        """True when word i follows word i-1 within one name (a space, a hyphen, an apostrophe)."""
        return i > 0 and self.text[self.ends[i - 1]:self.starts[i]] in _GAPS

    def capitalised(self, i: int) -> bool:
        """True when word i exists and starts with a capital letter."""
        return 0 <= i < len(self.words) and self.words[i][0].isupper()

    def sentence_initial(self, i: int) -> bool:
        """True when word i opens the text, a sentence, a line or a quotation."""
        pos = self.starts[i]
        while pos > 0 and self.text[pos - 1] in _OPENING:
            pos -= 1
        return pos == 0 or self.text[pos - 1] in _SENTENCE_END

    def headline(self, i: int) -> bool:
        """True when word i stands on a title-case line (a headline), where capitals say nothing about names."""
        line_start = self.text.rfind("\n", 0, self.starts[i]) + 1
        if line_start not in self._titlecase:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start:None if line_end < 0 else line_end]
            long_words = [w for w in _TOKEN.findall(line) if len(w) >= 4 and w.isalpha()]
            capital = sum(1 for w in long_words if w[0].isupper())
            sentence = line.rstrip().rstrip("\"”’'").endswith((".", "!", "?"))
            self._titlecase[line_start] = not sentence and len(long_words) >= 3 and capital >= 0.7 * len(long_words)
        return self._titlecase[line_start]


class _Match:
    """A gazetteer hit before the rules: words i..j-1, the offsets it covers and the sense it means."""

    __slots__ = ("i", "j", "start", "end", "entry", "team", "feature")

    def __init__(self, i, j, start, end, entry, team=False, feature=False):
        self.i, self.j, self.start, self.end, self.entry, self.team, self.feature = i, j, start, end, entry, team, feature


def _lookup(tokens: _Tokens, i: int, gaz: Gazetteer, team: dict[str, Place], team_words: dict[str, int]) -> _Match | None:
    """The longest gazetteer or team name starting at word i, as written."""
    text, n, word = tokens.text, len(tokens.words), tokens.words[i]
    most = min(MAX_NAME_WORDS, max(gaz.words_after.get(word, 0), team_words.get(word, 0)))
    if not most:
        return None
    last = i
    while last + 1 < n and last + 1 - i < most and tokens.joined(last + 1):
        last += 1
    for j in range(last, i - 1, -1):
        start, end = tokens.starts[i], tokens.ends[j]
        key = name_key(text[start:end])
        # "U.S." and "D.C.": an abbreviation's last full stop belongs to the name.
        if end < len(text) and text[end] == "." and j > i and not _TOKEN.match(text, end + 1):
            dotted = key + "."
            if dotted in team:
                return _Match(i, j + 1, start, end + 1, team[dotted], True)
            if dotted in gaz:
                return _Match(i, j + 1, start, end + 1, gaz.get(dotted))
        if key in team:
            return _Match(i, j + 1, start, end, team[key], True)
        if key in gaz:
            return _Match(i, j + 1, start, end, gaz.get(key))
    return None


def _feature_after(tokens: _Tokens, m: _Match, gaz: Gazetteer) -> _Match:
    """``m`` widened by a feature word after it: ``Kursk region`` → the region, ``Korean peninsula``."""
    j = m.j
    if j >= len(tokens.words) or tokens.gap(j) != " ":
        return m
    word, end = tokens.words[j], tokens.ends[j]
    if word == "Co" and tokens.text[end:end + 1] == "." and core_is_place(m.entry):
        word, end = "County", end + 1  # "Napa Co.": the county, as headlines abbreviate it
    elif word not in (_REGION_WORDS | _FEATURE_AFTER):
        return m
    core = m.entry
    if m.feature or tokens.words[j - 1] in _FEATURE_AFTER:
        return m  # "North Sea coast": the sea is the place
    matched = tokens.text[m.start:tokens.ends[j - 1]]
    if word in _REGION_WORDS and core.kind in ("city", "region") and core.country:
        region = gaz.region_named(matched, core.country) if core.kind == "city" else core
        if region is not None:
            return _Match(m.i, j + 1, m.start, end, region, m.team, True)
    if core.kind in ("country", "demonym") and word in _REGION_WORDS:
        return m  # "the Russian region of Kursk", "the Ukraine region": no region's name
    place = f"{matched} {word.title() if word in _FEATURE_AFTER else word}"
    known = gaz.get(place)
    entry = known or Place(place, "area", "", "" if core.kind == "demonym" else core.country, 0, 1)
    return _Match(m.i, j + 1, m.start, end, entry, m.team, True)


def core_is_place(entry: Place) -> bool:
    """Whether a gazetteer entry is a settlement or region (which a county may be named after), not a country."""
    return entry.kind in ("city", "region")


def _feature_run(tokens: _Tokens, i: int) -> _Match | None:
    """A capitalised name with a feature word the gazetteer lacks: ``Gulf of Aden``, ``North Sea``, ``Lake Chad``."""
    words, n = tokens.words, len(tokens.words)
    j = i + 1
    if words[i] in _FEATURE_BEFORE:
        if j < n and words[j] == "of" and tokens.gap(j) == " ":
            j += 1
        k = j
        while k < n and k - j < 3 and tokens.capitalised(k) and tokens.gap(k) == " " and words[k] not in _ORG_AFTER:
            k += 1
        if k == j:
            return None
        end = k
    else:
        k = i
        while k < n and k - i < 3 and tokens.capitalised(k) and (k == i or tokens.gap(k) == " ") and words[k] not in _FEATURE_AFTER:
            k += 1
        if k == i or k >= n or words[k] not in _FEATURE_AFTER or not words[k][0].isupper() or tokens.gap(k) != " ":
            return None
        if tokens.sentence_initial(i) and words[i] in _TITLES:
            return None  # "The Sea …"
        end = k + 1
    if end < n and tokens.capitalised(end) and tokens.gap(end) == " " and words[end] in _ORG_AFTER:
        return None  # Black Sea Fleet
    start, stop = tokens.starts[i], tokens.ends[end - 1]
    place = name_key(tokens.text[start:stop])
    return _Match(i, end, start, stop, Place(place, "area", "", "", 0, 1), False, True)


def _inside_a_name(tokens: _Tokens, m: _Match, places: set[int], gaz: Gazetteer) -> bool:
    """True when the match is part of a person's or an organisation's name rather than a place."""
    i, j, words = m.i, m.j, tokens.words
    nxt = j if j < len(words) and tokens.gap(j) == " " else None
    if nxt is not None and words[nxt] in _ORG_AFTER and tokens.capitalised(nxt):
        return True
    if nxt is not None and _org_run(tokens, nxt, places):
        return True  # California Public Utilities Commission, California ISO
    if j < len(words) and tokens.gap(j) == "-" and _org_run(tokens, j, set()):
        return True  # "the Canada-Mexico Trade Forum": an event's name, both places in it
    if m.end < len(tokens.text) and tokens.text[m.end] == "$":
        return True  # US$100: a currency
    if i >= 2 and words[i - 1] in ("of", "for") and tokens.gap(i - 1) == " " and words[i - 2] in _ORG_OF:
        return True  # Bank of England, Alternative for Germany, University of Texas
    if i >= 3 and words[i - 1] == "the" and words[i - 2] == "of" and words[i - 3] in _ORG_OF:
        return True  # Summit of the Americas
    prev = i - 1 if i > 0 and tokens.gap(i) == " " else None
    if prev is not None and words[prev] in _PERSON_BEFORE:
        return True
    if (j < len(words) and words[j] in _LEADERSHIP and tokens.gap(j) == " " and m.entry.kind == "city"
            and m.entry.population < 100_000 and not m.team):
        return True  # "the Harlow administration": a leader's name, not a town's
    nxt_verb = j < len(words) and words[j] in ("said", "says", "told", "added", "wrote", "tweeted") and tokens.gap(j) == " "
    if nxt_verb and m.entry.kind == "city" and m.entry.population < 1_000_000 and not m.team:
        return True  # "Jackson said": a person; "Moscow said" stands for a government and stays
    if tokens.headline(i):
        return False
    if prev is not None and tokens.capitalised(prev) and prev not in places and not _may_precede(tokens, prev, gaz):
        return True  # Lloyd Austin, Michael Jordan
    if nxt is not None and tokens.capitalised(nxt) and words[nxt] not in _TITLES and not words[nxt].isupper():
        return nxt not in places  # Paris Saint-Germain, Paris Hilton
    return False


def _org_run(tokens: _Tokens, k: int, places: set[int]) -> bool:
    """True when the words from k on name an organisation: an acronym, or capitalised words up to an org word."""
    words = tokens.words
    if not tokens.capitalised(k):
        return False
    if k not in places and words[k].isupper() and 2 <= len(words[k]) <= 5 and not tokens.headline(k):
        return True
    for n in range(k, min(k + 4, len(words))):
        if not tokens.capitalised(n) or (n > k and tokens.gap(n) != " "):
            return False
        if words[n] in _ORG_AFTER:
            return True
    return False


def _person_surname(tokens: _Tokens, m: _Match) -> bool:
    """True when a town's name ends a person's name here (a capitalised given name or a title before it)."""
    i = m.i
    if m.entry.kind in ("country", "continent", "region", "area") or i == 0 or tokens.gap(i) != " ":
        return False
    prev = tokens.words[i - 1]
    return prev in _PERSON_BEFORE or (prev[0].isupper() and prev[1:].islower() and prev not in _TITLES
                                      and prev not in _DIRECTIONS and not tokens.headline(i))


def _may_precede(tokens: _Tokens, k: int, gaz: Gazetteer) -> bool:
    """True when capitalised word k may stand right before a place (a title, a direction, a demonym, an opener)."""
    word = tokens.words[k]
    if tokens.sentence_initial(k):
        return word.lower() in _OPENERS or word in _DIRECTIONS
    if word in _TITLES or word in _DIRECTIONS or word.isupper():
        return True
    entry = gaz.get(word)
    return entry is not None and entry.kind == "demonym"


def _in_a_list_of_places(tokens: _Tokens, i: int, places: set[int]) -> bool:
    """True when word i ends a list of capitalised names with a place in it ("Poland, Bonaire, St Eustatius and Saba")."""
    words, k = tokens.words, i - 1
    if k < 1 or not (words[k] in ("and", "or") or tokens.gap(i) == ", "):
        return False
    while k >= 0 and i - k <= 8:
        if k in places:
            return True
        if not (tokens.capitalised(k) or words[k] in ("and", "or")) or tokens.gap(k + 1) not in (" ", ", "):
            return False
        k -= 1
    return False


def _has_cue(tokens: _Tokens, m: _Match, countries: set[str], gaz: Gazetteer, places: frozenset[int] = frozenset()) -> bool:
    """True when the text names ``m`` as a place: a locative word before it, ``X, Country`` after, a list of places
    it ends, or (for a town that is no everyday word) its country named in the text."""
    i, words = m.i, tokens.words
    if places and m.entry.place not in COMMON_WORDS and _in_a_list_of_places(tokens, i, places):
        return True
    if m.entry.country in countries and m.entry.place not in COMMON_WORDS:
        return True
    if tokens.sentence_initial(i):
        back = ()
    else:
        back = [words[k].lower() for k in range(max(0, i - 3), i)]
    if m.entry.place in COMMON_WORDS and m.j < len(words) and words[m.j] == "of":
        return False  # "the Summit of …", "the University of …": an everyday word heading a name
    if m.entry.place in _MONTHS or words[i] in _MONTHS:
        back = ()  # "in March" is a date: only "March, England" names the town
    if back and (back[-1] in _CUES or (len(back) > 1 and back[-1] in ("the", "of") and back[-2] in _CUES)):
        return True
    j = m.j
    after = gaz.get(words[j + 1]) if j + 1 < len(words) and tokens.gap(j) == ", " else None
    if after is not None:
        return after.kind in ("country", "region") and after.country == m.entry.country
    return False


def _needs_evidence(m: _Match, written: str = "") -> bool:
    """True for names that are everyday words or small towns: suggested only with a cue."""
    e = m.entry
    if m.team or m.feature or e.kind in ("country", "continent", "area"):
        return False
    if e.kind == "city" and e.population < 1_000_000 and written and fold_name(written) != fold_name(e.place):
        return True  # another name for a town ("Drug" for Durg): as likely an everyday word
    if " " in e.place and e.place.rsplit(" ", 1)[1] in _FEATURE_AFTER:
        return False  # "Throgs Neck", "Crown Heights": the feature word says it is a place
    return e.place in COMMON_WORDS or (e.kind == "city" and e.population < SMALL_TOWN)


def _confidence(m: _Match, cued: bool) -> float:
    """How sure the suggester is, from the kind of place, its size and the evidence."""
    e = m.entry
    if m.team:
        return 0.9
    if e.place in COMMON_WORDS or (m.entry.kind == "city" and e.population < SMALL_TOWN):
        return 0.55 if cued else 0.4
    base = {"country": 0.95, "continent": 0.9, "area": 0.85 if m.feature else 0.9, "region": 0.85, "demonym": 0.5}.get(e.kind)
    if base is None:
        base = 0.9 if e.population >= 1_000_000 else 0.8 if e.population >= 100_000 else 0.65
    shared = e.senses > 1 and e.kind not in ("country", "continent") and e.population < 1_000_000
    return round(base - (0.1 if shared else 0.0), 2)


def _attributes(entry: Place, details: bool) -> dict:
    """The location tag's attributes for one place: the canonical name, and (details) its GeoNames id and country when known."""
    attributes = {"place": entry.place}
    if not details:
        return attributes
    if entry.geonames_id:
        attributes["geonames_id"] = entry.geonames_id
    if entry.country:
        attributes["country"] = entry.country
    return attributes


def _team_places(team: TeamGazetteer, gaz: Gazetteer) -> dict[str, Place]:
    """The team's added names as places (the gazetteer's sense when it knows the name)."""
    return {name_key(name): gaz.get(name_key(name)) or Place(name, kind, "", "", 0, 1) for name, kind in team.names.items()}


def _candidates(tokens: _Tokens, gaz: Gazetteer, team: dict[str, Place], team_first: dict[str, int]) -> list[_Match]:
    """Every longest match in text order, before the rules, never overlapping."""
    found, i, words = [], 0, tokens.words
    while i < len(words):
        word = words[i]
        if not word[0].isupper() and word not in team_first:
            i += 1
            continue
        # "Gulf of Mexico" before "Gulf" (a province of Papua New Guinea).
        m = _feature_run(tokens, i) if word in _FEATURE_BEFORE else None
        m = m or _lookup(tokens, i, gaz, team, team_first) or _initials(tokens, i, gaz)
        if m is not None:
            m = _feature_after(tokens, m, gaz)
        elif word[0].isupper():
            m = _feature_run(tokens, i)
        if m is None:
            i += 1
            continue
        if m.entry.kind != "demonym" or m.feature:
            prefix = _feature_prefix(tokens, m)
            m = prefix or _with_direction(tokens, _compound(tokens, m, gaz))
        found.append(m)
        i = m.j
    return found


def _initials(tokens: _Tokens, i: int, gaz: Gazetteer) -> _Match | None:
    """A country written as its initials ("DRC", "BVI"), outside lines set all in capitals."""
    word = tokens.words[i]
    if not (3 <= len(word) <= 5 and word.isupper() and word.isalpha()):
        return None
    entry = gaz.by_initials(word)
    if entry is None or _caps_line(tokens, i):
        return None
    return _Match(i, i + 1, tokens.starts[i], tokens.ends[i], entry)


def _caps_line(tokens: _Tokens, i: int) -> bool:
    """True when word i stands on a line with no lower-case letter (a headline in capitals)."""
    text = tokens.text
    start, end = text.rfind("\n", 0, tokens.starts[i]) + 1, text.find("\n", tokens.starts[i])
    line = text[start:None if end < 0 else end]
    return not any(c.islower() for c in line)


# Compass words that name part of a city or region with it ("Southern California", "East Harlem"); the short forms too.
_COMPASS = {w: w for w in "North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest".split()}
_COMPASS.update({"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
                 "SE": "Southeast", "SW": "Southwest"})


def _compound(tokens: _Tokens, m: _Match, gaz: Gazetteer) -> _Match:
    """``m`` widened to a hyphenated name it opens ("Wilkes-Barre" from "Wilkes"), unless the other half is a place too."""
    j, words = m.j, tokens.words
    if (j >= len(words) or tokens.gap(j) != "-" or not tokens.capitalised(j)
            or m.entry.kind not in ("city", "region") or m.entry.place in COMMON_WORDS or m.team):
        return m
    other = gaz.get(name_key(words[j]))
    if other is not None and (other.kind != "city" or other.population >= 100_000):
        return m  # "Moscow-Beijing talks", "US-Caribbean": two places
    name = tokens.text[m.start:tokens.ends[j]]
    entry = gaz.get(name) or Place(name, "area", "", m.entry.country, 0, 1)
    return _Match(m.i, j + 1, m.start, tokens.ends[j], entry, m.team, True)


def _with_direction(tokens: _Tokens, m: _Match) -> _Match:
    """``m`` widened by a compass word before a city or region: part of it named as a place ("Southern California")."""
    i = m.i
    if i == 0 or tokens.gap(i) != " " or tokens.words[i - 1] not in _COMPASS or m.entry.kind not in ("city", "region", "area"):
        return m
    if m.entry.kind == "area" and not m.feature:
        return m  # "North Africa", "East Asia": the area's own name already
    base = m.entry.place[4:] if m.entry.place.startswith("The ") else m.entry.place  # "East Bronx", not "East The Bronx"
    place = f"{_COMPASS[tokens.words[i - 1]]} {base}"
    return _Match(i - 1, m.j, tokens.starts[i - 1], m.end, Place(place, "area", "", m.entry.country, 0, 1), m.team, True)


def _with_initials_spelt_out(tokens: _Tokens, matches: list[_Match]) -> list[_Match]:
    """``matches`` and the initials of a place the text names in full ("Trinidad and Tobago … TT"), in text order."""
    spelt: dict[str, Place] = {}
    for m in matches:
        words = [w for w in m.entry.place.split() if w[:1].isupper()]
        if len(words) >= 2 and m.entry.kind in ("country", "region", "city", "area"):
            spelt.setdefault("".join(w[0] for w in words), m.entry)
    if not spelt:
        return matches
    # A one-word match of the same capitals gives way ("PNG" is also an airport's code); a longer one stays.
    taken = {k for m in matches if m.j - m.i > 1 or m.entry.kind != "city" for k in range(m.i, m.j)}
    added = []
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(spelt, key=len, reverse=True)) + r")(?![\w-])")
    for hit in pattern.finditer(tokens.text):
        i = bisect.bisect_left(tokens.starts, hit.start())
        if (i < len(tokens.starts) and tokens.starts[i] == hit.start() and i not in taken and not _caps_line(tokens, i)
                and not (i + 1 < len(tokens.words) and tokens.words[i + 1] in _CURRENCY_NOUNS)):  # "the TT dollar": money
            added.append(_Match(i, i + 1, hit.start(), hit.end(), spelt[hit.group()]))
    if not added:
        return matches
    replaced = {m.i for m in added}
    return sorted([m for m in matches if m.i not in replaced] + added, key=lambda m: m.i)


def _feature_prefix(tokens: _Tokens, m: _Match) -> _Match | None:
    """``Gulf of Mexico`` when the gazetteer matched ``Mexico``: the feature word before widens the match."""
    i, words = m.i, tokens.words
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in _FEATURE_BEFORE and tokens.gap(i - 1) == " " and tokens.gap(i) == " ":
        start = tokens.starts[i - 2]
        place = name_key(tokens.text[start:m.end])
        # No country: the Gulf of Mexico is not in Mexico.
        return _Match(i - 2, m.j, start, m.end, Place(place, "area", "", "", 0, 1), m.team, True)
    return None


def locate(name: str, team: TeamGazetteer = EMPTY_TEAM, gazetteer: Gazetteer | None = None, details: bool = True) -> dict | None:
    """The attributes a span's text resolves to on its own (no context rules), or None when it names no place."""
    found = suggest_locations(name, team=team, demonyms=True, gazetteer=gazetteer, evidence=False, details=details)
    whole = [s for s in found if (s.start, s.end) == (0, len(name))]
    return whole[0].attributes if whole else None


def suggest_locations(text: str, team: TeamGazetteer = EMPTY_TEAM, demonyms: bool = False,
                      gazetteer: Gazetteer | None = None, evidence: bool = True, details: bool = False) -> list[Suggestion]:
    """Every likely place name in ``text`` with its canonical place, in text order.

    ``team`` adds and suppresses names; ``demonyms`` proposes ``Russian`` as Russia; ``details`` adds the
    ``geonames_id`` and ``country`` attributes (which the default tag set does not define); ``evidence=False``
    drops the context rules (used to resolve a span's text on its own).
    """
    gaz = gazetteer or builtin_gazetteer()
    tokens = _Tokens(text)
    team_places = _team_places(team, gaz)
    team_first: dict[str, int] = {}
    for key in team_places:
        words = _TOKEN.findall(key)
        if words:
            team_first[words[0]] = max(team_first.get(words[0], 0), len(words))
    matches = _with_initials_spelt_out(tokens, _candidates(tokens, gaz, team_places, team_first))
    countries = {m.entry.country for m in matches if m.entry.kind == "country"}
    # Everyday-word places ("Warren") do not vouch for a neighbour: "Elizabeth Warren" is a person.
    places = {k for m in matches if m.entry.kind != "demonym" and m.entry.place not in COMMON_WORDS for k in range(m.i, m.j)}
    found, people = [], set()
    for m in matches:
        matched = text[m.start:m.end]
        if team.is_stopped(matched) or matched in _INSTITUTIONS or matched in people:
            continue
        if m.entry.kind == "demonym" and not m.feature:
            if demonyms:
                found.append(Suggestion("location", m.start, m.end, _attributes(m.entry, details), 0.5, NAME))
            continue
        cued = False
        if evidence:
            if not m.team and _inside_a_name(tokens, m, places, gaz):
                if _person_surname(tokens, m):
                    people.add(matched)  # "Randall Mitchell" makes a later "Mitchell's amendment" the person too
                continue
            if code_alias(matched, m.entry):
                continue
            if _needs_evidence(m, matched):
                # A name of several words ("St. Louis Park") reads as a name even where it opens a sentence.
                cued = (m.j - m.i > 1 or not tokens.sentence_initial(m.i)) and _has_cue(tokens, m, countries, gaz, places)
                if not cued:
                    continue
        found.append(Suggestion("location", m.start, m.end, _attributes(m.entry, details), _confidence(m, cued), NAME))
    if evidence:  # "the town of Ocheretyne", "Carson City, Nev.": places the gazetteer lacks, named by their context
        starts = [s.start for s in found]  # in text order; a cue's longer name beats a rejected match inside it

        def free(a: int, b: int) -> bool:
            i = bisect.bisect_left(starts, b) - 1  # the last suggestion starting before b
            return i < 0 or found[i].end <= a

        extra = [Suggestion("location", a, b, _attributes(place, details), 0.7, NAME) for a, b, place in cue_places(text, gaz)
                 if not team.is_stopped(text[a:b]) and free(a, b)]
        found = sorted(found + extra, key=lambda s: s.start) if extra else found
        datelines = [Suggestion("location", a, b, _attributes(place, details), 0.8, NAME)
                     for a, b, place in dateline_places(text, gaz) if not team.is_stopped(text[a:b])]
        if datelines:  # a dateline's reading ("FLA." is Florida) beats a gazetteer match inside it
            found = sorted([s for s in found if not any(s.start < d.end and d.start < s.end for d in datelines)] + datelines,
                           key=lambda s: s.start)
    return found
