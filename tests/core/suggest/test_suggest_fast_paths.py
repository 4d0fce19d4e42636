"""The suggesters' precomputed tables and fast paths give what their plain definitions give (session 11's speed work)."""

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest import locations, placeshapes
from newsmark.core.suggest.gazetteer import Place
from newsmark.core.suggest.placetokens import Match
from newsmark.core.suggest.placewords import FEATURE_AFTER, REGION_WORDS


def test_widening_words_are_the_region_and_feature_words():
    """``feature_after`` tests one set built once: exactly the region words and the feature words."""
    assert placeshapes._WIDENING == REGION_WORDS | FEATURE_AFTER


def _plain_confidence(m: Match, cued: bool) -> float:
    """``_confidence`` as first written: the kinds' table built at each call."""
    e = m.entry
    if m.team:
        return 0.9
    if e.place in locations.COMMON_WORDS or (m.entry.kind == "city" and e.population < locations.SMALL_TOWN):
        return 0.55 if cued else 0.4
    base = {"country": 0.95, "continent": 0.9, "area": 0.85 if m.feature else 0.9, "region": 0.85, "demonym": 0.5}.get(e.kind)
    if base is None:
        base = 0.9 if e.population >= 1_000_000 else 0.8 if e.population >= 100_000 else 0.65
    shared = e.senses > 1 and e.kind not in ("country", "continent") and e.population < 1_000_000
    return round(base - (0.1 if shared else 0.0), 2)


@given(st.sampled_from(["country", "continent", "area", "region", "demonym", "city", "other"]),
       st.sampled_from([0, 30_000, 99_999, 100_000, 999_999, 1_000_000, 5_000_000]),
       st.integers(1, 3), st.booleans(), st.booleans(), st.booleans(), st.sampled_from(["Paris", "Most", "Nice", "Kursk"]))
def test_confidence_matches_its_plain_definition(kind, population, senses, team, feature, cued, place):
    """Every kind, size, sharing, team, feature and cue: the same confidence as the table built per call."""
    m = Match(0, 1, 0, len(place), Place(place, kind, "", "", population, senses), team, feature)
    assert locations._confidence(m, cued) == _plain_confidence(m, cued)
