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


_TEXTS = [
    "Emirates Airline flew from Dubai to Paris; later Emirates said the Gulf route was busy.",
    "Storms in the Gulf of Mexico shut rigs, and the Gulf coast of Texas braced. Alaska Airlines cut flights.",
    "Papua New Guinea sent troops. PNG officials met Boston Company staff in Boston , then Gulf, then Gulfport.",
    "Mobile phone giant Orange sued a rival. The firm Halifax said; economic giant China grew.",
]


def _matches(text):
    """The location suggester's candidate matches for ``text``, as the rules see them."""
    from newsmark.core.suggest.gazetteer import builtin_gazetteer
    from newsmark.core.suggest.placetokens import Tokens

    tokens = Tokens(text)
    return tokens, locations._candidates(tokens, builtin_gazetteer(), {}, {})


def test_firm_names_match_the_plain_definition():
    """The reordered test (the next word's sets first, the gap's slice last) keeps the same names."""
    from newsmark.core.suggest.placeuses import _DESCRIBED_FIRM, COMPANY_WORDS, FIRM_WORDS, firm_names

    for text in _TEXTS:
        tokens, matches = _matches(text)
        words = tokens.words
        plain = {text[m.start:m.end] for m in matches
                 if m.j < len(words) and text[m.end:tokens.starts[m.j]] == " "
                 and (words[m.j] in FIRM_WORDS or (words[m.j] in COMPANY_WORDS and m.entry.kind in ("city", "area")))}
        plain |= {text[m.start:m.end] for m in matches  # "mobile phone giant Orange": the kind of business before it
                  if m.entry.kind not in ("country", "continent") and _DESCRIBED_FIRM.search(text[:m.start])}
        assert firm_names(tokens, matches) == plain


def test_bare_gulfs_are_the_one_word_matches_written_gulf():
    """The length pre-check leaves exactly the one-word matches that read "Gulf" re-read."""
    from newsmark.core.suggest.gazetteer import builtin_gazetteer
    from newsmark.core.suggest.placesenses import _bare_gulfs

    for text in _TEXTS:
        tokens, matches = _matches(text)
        out = _bare_gulfs(tokens, matches, builtin_gazetteer())
        changed = {k for k, (a, b) in enumerate(zip(matches, out)) if a is not b}
        plain = {k for k, m in enumerate(matches) if m.j - m.i == 1 and text[m.start:m.end] == "Gulf"}
        assert changed == plain
    assert any(text[m.start:m.end] == "Gulf" for text in _TEXTS for m in _matches(text)[1])  # a bare Gulf is read
