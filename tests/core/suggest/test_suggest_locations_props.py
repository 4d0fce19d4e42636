"""Property tests of the location suggester: offsets in range, whole words, and attributes that match the matched text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.suggest.locations import locate, suggest_locations
from newsmark.core.suggest.teamgazetteer import parse_team_gazetteer

PIECES = [
    " ", " ", " ", "\n", "\n\n", ",", ".", "'s", "’s", "-", "(", "\"", "“", "Kyiv", "Kiev", "Russia", "Kursk", "region",
    "Oblast", "River", "Sea", "Gulf", "of", "Mexico", "North", "Korea", "Korean", "peninsula", "U.S.", "US", "New",
    "York", "City", "Most", "Police", "in", "near", "the", "The", "Lloyd", "Austin", "said", "Post", "Washington",
    "Bank", "England", "Split", "Croatia", "Mayor", "Pokrovsk", "Avdiivka", "plant", "é", "\u0301", "👍🏽", "Ukrainian",
]
TEXTS = st.one_of(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.text(max_size=60))
TEAM = parse_team_gazetteer("Avdiivka plant\tsite\nMost\tcity\nWashington\tstop\n")


def _first_word(name: str) -> str:
    """A place name's first word, with St./Saint read alike (the sense rules write "St." out)."""
    word = name.split()[0].casefold().rstrip(",")
    return "saint" if word in ("st.", "st", "saint") else word


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@settings(max_examples=300)
@given(TEXTS, st.booleans(), st.booleans(), st.booleans())
def test_every_suggestion_is_whole_words_in_range_and_its_attributes_are_what_its_text_names(text, with_team, demonyms, details):
    team = TEAM if with_team else parse_team_gazetteer("")
    found = suggest_locations(text, team=team, demonyms=demonyms, details=details)
    for s in found:
        assert 0 <= s.start < s.end <= len(text) and s.tag == "location" and 0 < s.confidence <= 1
        assert s.start == 0 or not _is_word_char(text[s.start - 1])
        assert s.end == len(text) or not _is_word_char(text[s.end])
        own = locate(text[s.start:s.end], team=team, details=details)
        if own is None and "geonames_id" not in s.attributes and s.attributes["place"] == text[s.start:s.end]:
            continue  # a place the gazetteer lacks, named by its feature word ("Mayor River", "the town of X")
        if own != s.attributes:  # the words around chose another place of that name ("Paris, Texas", a state)
            written, place = text[s.start:s.end], s.attributes["place"]
            # (or a bare feature word names the longer place it stands for: "the Gulf" → "Persian Gulf")
            assert own is not None and (_first_word(place) == _first_word(written)
                                        or written.casefold() in place.casefold().split()), (own, s)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
