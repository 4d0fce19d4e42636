"""Finding text: plain, whole word, case, regular expressions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.errors import NewsmarkError
from newsmark.core.text.search import Query, find_all

TEXT = "Kursk, kursk and KURSK-based troops; the Kursks. 👨‍👩‍👧 Kursk"


def found(query: Query) -> list[str]:
    return [TEXT[a:b] for a, b in find_all(TEXT, query)]


def test_plain_search_ignores_case_by_default():
    assert found(Query("kursk")) == ["Kursk", "kursk", "KURSK", "Kursk", "Kursk"]


def test_case_sensitive_and_whole_word():
    assert found(Query("Kursk", case_sensitive=True)) == ["Kursk", "Kursk", "Kursk"]
    assert found(Query("kursk", whole_word=True)) == ["Kursk", "kursk", "KURSK", "Kursk"]


def test_offsets_after_an_emoji_are_code_points():
    (*_, last) = find_all(TEXT, Query("Kursk", case_sensitive=True))
    assert last == (len(TEXT) - 5, len(TEXT))


def test_regular_expressions_and_their_errors():
    assert found(Query(r"K\w+s\b", regex=True, case_sensitive=True)) == ["Kursks"]
    with pytest.raises(NewsmarkError, match="regular expression"):
        find_all(TEXT, Query("(unclosed", regex=True))


def test_plain_text_with_regex_characters_is_taken_literally():
    assert find_all("costs $5.00 (approx.)", Query("$5.00 (approx.)")) == [(6, 21)]


def test_empty_matches_are_skipped_and_empty_queries_refused():
    assert find_all("abc", Query("x*", regex=True)) == []
    with pytest.raises(NewsmarkError):
        find_all("abc", Query(""))


@given(st.text(min_size=1, max_size=5), st.text(max_size=60))
def test_every_plain_match_is_the_query_up_to_case(needle, haystack):
    for a, b in find_all(haystack, Query(needle, case_sensitive=True)):
        assert haystack[a:b] == needle
