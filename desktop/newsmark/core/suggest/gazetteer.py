"""The built-in gazetteer: place names from GeoNames (resources/gazetteer.tsv.gz), loaded once and looked up by name.

The file is built by tools/build_gazetteer.py; one row per name (alternate names are rows of their own),
sorted so that the first row of a name is the sense it means first (a country before a city of the same
name, a large city before a region).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from typing import NamedTuple

from newsmark.core.resources import resource_path

GAZETTEER = "gazetteer.tsv.gz"
MAX_NAME_WORDS = 6  # longer names ("United Kingdom of Great Britain and Northern Ireland") are left to shorter forms
# World regions news names that GeoNames has no row for (rows after the file's: its senses come first).
WORLD_REGIONS = [f"{name}\t{place}\tarea\t\t\t0\t1" for name, place in [
    ("Americas", "Americas"), ("Caribbean", "Caribbean"), ("East Asia", "East Asia"), ("South Asia", "South Asia"),
    ("Central Asia", "Central Asia"), ("West Africa", "West Africa"), ("East Africa", "East Africa"),
    ("North Africa", "North Africa"), ("Southern Africa", "Southern Africa"), ("Central America", "Central America"),
    ("Western Europe", "Western Europe"), ("Eastern Europe", "Eastern Europe"), ("Horn of Africa", "Horn of Africa"),
    ("Pacific Islands", "Pacific Islands"), ("Sub-Saharan Africa", "Sub-Saharan Africa"), ("Gulf States", "Gulf States"),
]]
# States and empires of the past that news still names ("the former Soviet Union"); GeoNames has only today's.
FORMER_STATES = [f"{name}\t{place}\tarea\t\t\t0\t1" for name, place in [
    ("Soviet Union", "Soviet Union"), ("USSR", "Soviet Union"), ("U.S.S.R.", "Soviet Union"), ("Yugoslavia", "Yugoslavia"),
    ("Czechoslovakia", "Czechoslovakia"), ("East Germany", "East Germany"), ("West Germany", "West Germany"),
    ("British Empire", "British Empire"), ("Ottoman Empire", "Ottoman Empire"), ("Roman Empire", "Roman Empire"),
    ("Austria-Hungary", "Austria-Hungary"), ("Austro-Hungarian Empire", "Austria-Hungary"),
]]
# The United Kingdom's counties and areas British news names as places (GeoNames keeps them at a level the shipped
# data leaves out): England's ceremonial counties, Wales's principal areas, Scotland's and Northern Ireland's best
# known ones, Scotland's council areas and London's boroughs. Names that are mostly something else are left out ("Down",
# "Clare"; "Gwynedd", a town in Pennsylvania too). They come before GeoNames' towns of their name ("Kent", "Essex",
# "Norfolk" are counties first), but for "Surrey", a city of half a million in Canada.
_OTHER_FIRST = frozenset({"Surrey"})
UK_AREAS = [f"{name}\t{place}\tarea\t\tGB\t0\t1" for name, place in [(n, n) for n in """
Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon Dorset Essex
Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire Lincolnshire Merseyside Norfolk
Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire Somerset Staffordshire Suffolk Surrey
Warwickshire Wiltshire Worcestershire Yorkshire Torbay Powys Ceredigion Pembrokeshire Carmarthenshire Anglesey
Denbighshire Flintshire Monmouthshire Glamorgan Gwent Fife Lothian Aberdeenshire Ayrshire Lanarkshire Perthshire
Strathclyde Tyrone Fermanagh Midlands Renfrewshire Dumfriesshire Inverclyde Clackmannanshire Stirlingshire Dunbartonshire
Midlothian Orkney Shetland Caithness Hackney Lambeth Southwark Haringey Lewisham Hammersmith Wandsworth Teesside
Tyneside Wearside Wirral Cotswolds Ealing Bromley Hillingdon Redbridge Havering Newham""".split()] + [(n, n) for n in (
    "Greater Manchester", "West Yorkshire", "South Yorkshire", "North Yorkshire", "East Yorkshire", "East Riding of Yorkshire",
    "Tyne and Wear", "County Durham", "West Midlands", "East Midlands", "East Sussex", "West Sussex", "Isle of Wight",
    "Greater London", "Home Counties", "Vale of Glamorgan", "South Shropshire", "East Anglia", "County Antrim",
    "County Down", "County Armagh", "County Tyrone", "County Fermanagh",
    # Scotland's council areas and London's boroughs that British news names as places.
    "East Renfrewshire", "Dumfries and Galloway", "Western Isles", "Argyll and Bute", "East Dunbartonshire",
    "West Dunbartonshire", "East Lothian", "West Lothian", "Scottish Borders", "Tower Hamlets", "Waltham Forest", "North Tyneside",
    "South Tyneside", "Black Country", "Lake District", "Peak District")] + [
    ("Highlands", "Scottish Highlands"), ("Scottish Highlands", "Scottish Highlands"), ("Sussex", "Sussex"),
    ("Borders", "Scottish Borders")]]
# Names whose first sense the shipped data gets wrong: "Kazakh" is the people (a demonym), not another name of Petropavl;
# "Thai" not Alor Setar; "Saudi" is the people's adjective ("Saudi women"), "Saudi Arabia" the country; "Gaza" alone
# is the Strip (its city is "Gaza City"); "S Africa", as team sheets shorten it, is South Africa, not the continent.
FIRST_SENSES = [f"{name}\t{place}\t{kind}\t\t{code}\t0\t1" for name, place, kind, code in [
    ("Kazakh", "Kazakhstan", "demonym", "KZ"), ("Thai", "Thailand", "demonym", "TH"), ("Saudi", "Saudi Arabia", "demonym", "SA"),
    ("Gaza", "Gaza Strip", "area", "PS"), ("S Africa", "South Africa", "country", "ZA")]]
# Small towns' names (or odd alternates of them) that news uses only for someone or something else: the presidents
# Bush and Obama (Būsh, Egypt; Obama, Japan), Hamas (an alternate of Hamm, Germany), Sina (the Chinese web firm; Sīnah,
# Iraq), Monsanto (the seed firm; a parish of Lisbon). No blind set's gold marks any of them a place in 295 mentions.
NOT_PLACES = frozenset({"Bush", "Obama", "Hamas", "Sina", "Monsanto"})
# Canonical names news writes where GeoNames' own is ambiguous or abbreviated (by GeoNames id).
RENAMED = {"4140963": "Washington, D.C.", "4796775": "United States Virgin Islands", "2750405": "Netherlands",
           "2925533": "Frankfurt", "281133": "Gaza City"}
# Countries whose first-level regions are parishes, named so ("Saint Catherine Parish", not the saint).
PARISH_COUNTRIES = frozenset("JM BB AG DM GD VC KN AD".split())
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


class Place(NamedTuple):
    """One sense of a name: its canonical name, kind, GeoNames id ("" when none), ISO country code, population."""

    place: str
    kind: str
    geonames_id: str
    country: str
    population: int
    senses: int  # how many distinct places bear this name (1: unambiguous)


def name_key(name: str) -> str:
    """The form names are looked up by: runs of white space as one space, curly apostrophes straight."""
    if "’" in name:
        name = name.replace("’", "'")
    if "  " in name or "\n" in name or "\t" in name or "\u00a0" in name:
        name = _SPACES.sub(" ", name)
    return name


class Gazetteer:
    """Place names by their looked-up form; a name's fields are parsed only when a text uses it (a quick load)."""

    def __init__(self, lines, dropped: frozenset[str] = frozenset()):
        self._raw: dict[str, str] = dict.fromkeys(dropped, "")  # a dropped name is taken, and then removed
        self._parsed: dict[str, Place] = {}
        self._initials: dict[str, Place] | None = None  # built on first use
        self._regions: dict[str, list[tuple[str, str]]] = {}  # country -> (lower-case first word, raw fields)
        self._prefixes: dict[str, dict[str, list[tuple[str, str]]]] = {}  # built per country on first use
        self._region_found: dict[tuple[str, str], Place | None] = {}
        self._region_exact: dict[tuple[str, str], Place | None] = {}  # (name, country) → that region, looked up once
        # first word -> most words in a name it starts: most capitalised words start none, and are skipped at once
        self.words_after: dict[str, int] = {}
        # every name's beginnings that end a word ("New", "New York" for "New York City"): a match stops growing
        # as soon as the text's words begin no name
        self.prefixes: set[str] = set()
        # first word -> the second words of the names it starts: "New" then "policy" begins no name, found without
        # building and normalising the two words' text
        self.second_words: dict[str, set[str]] = {}
        raw, words_after, prefixes, seconds = self._raw, self.words_after, self.prefixes, self.second_words
        for line in lines:
            name, fields = line.split("\t", 1)
            if name not in raw:
                raw[name] = fields
                if name.isalpha():
                    words_after.setdefault(name, 1)
                else:
                    words = _WORD.findall(name)
                    if words and words_after.get(words[0], 0) < len(words):
                        words_after[words[0]] = len(words)
                    if len(words) > 1:
                        seconds.setdefault(words[0], set()).add(words[1])
                    prefixes.update(name[:w.end()] for w in _WORD.finditer(name))
            if "\tregion\t" in fields:
                country = fields.split("\t", 4)[3]
                first = _WORD.match(name)
                if first:
                    self._regions.setdefault(country, []).append((first.group().lower(), fields))
        for name in dropped:
            del raw[name]

    def get(self, key: str) -> Place | None:
        """The first sense of a name (in its name_key form), or None."""
        entry = self._parsed.get(key)
        if entry is None:
            fields = self._raw.get(key)
            if fields is None:
                return None
            entry = self._parsed[key] = _place(fields)
        return entry

    def __contains__(self, key: str) -> bool:
        return key in self._raw

    def by_initials(self, word: str) -> Place | None:
        """The one country whose name's initials ``word`` spells, three letters or more ("BVI", "DRC"), or None."""
        if self._initials is None:
            found: dict[str, list[str]] = {}
            for fields in self._raw.values():
                if "\tcountry\t" in fields:
                    # "U.S. Virgin Islands" spells USVI: its initials are those of the name in full.
                    words = [w for w in _place(fields).place.split() if w[:1].isupper()]
                    if len(words) >= 3:
                        found.setdefault("".join(w[0] for w in words), []).append(fields)
            self._initials = {key: _place(rows[0]) for key, rows in found.items()
                              if len(set(rows)) == 1 and key not in self._raw}
        return self._initials.get(word)

    def region(self, name: str, country: str) -> Place | None:
        """``country``'s first-level region called ``name`` exactly ("Georgia", "US": the state, not the country)."""
        key = (name, country)
        if key not in self._region_exact:
            first = name.split()[0].lower() if name.split() else ""
            self._region_exact[key] = next((place for word, fields in self._regions.get(country, ()) if word == first
                                            and (place := _place(fields)).place == name), None)
        return self._region_exact[key]

    def region_named(self, stem: str, country: str) -> Place | None:
        """The first-level region of ``country`` whose name starts with ``stem`` ("Kursk" → "Kurskaya oblast'")."""
        stem = stem.lower()
        key = (stem, country)
        if key not in self._region_found:
            best = None
            for first, fields in self._region_prefixes(country).get(stem, ()):
                # Slavic adjectival forms add a few letters (Kursk → Kurskaya, Belgorod → Belgorodskaya).
                if best is None or first == stem:
                    best = fields
            self._region_found[key] = None if best is None else _place(best)
        return self._region_found[key]

    def _region_prefixes(self, country: str) -> dict[str, list[tuple[str, str]]]:
        """``country``'s regions by every prefix of their first word that drops at most five letters, in file order."""
        prefixes = self._prefixes.get(country)
        if prefixes is None:
            prefixes = self._prefixes[country] = {}
            for first, fields in self._regions.get(country, ()):
                for k in range(max(0, len(first) - 5), len(first) + 1):
                    prefixes.setdefault(first[:k], []).append((first, fields))
        return prefixes


def _place(fields: str) -> Place:
    """A Place from a row's fields after the name."""
    place, kind, gid, country, population, senses = fields.split("\t")
    if gid in RENAMED:
        place = RENAMED[gid]
    elif kind == "region" and country in PARISH_COUNTRIES and not place.endswith("Parish"):
        place += " Parish"
    return Place(place, kind, gid, country, int(population or 0), int(senses))


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and kept for the process (about 90,000 names)."""
    with gzip.open(resource_path(GAZETTEER), "rt", encoding="utf-8") as f:
        first, after = [], []  # a county before GeoNames' towns of its name, but for a big city's namesake
        for line in UK_AREAS:
            (after if line.split("\t", 1)[0] in _OTHER_FIRST else first).append(line)
        return Gazetteer(first + FIRST_SENSES + f.read().splitlines() + WORLD_REGIONS + FORMER_STATES + after, NOT_PLACES)
