"""Tests of team pattern rules: parsing patterns.jsonl (with line-numbered errors), each token attribute and OP, regexes."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest import suggest, suggest_with_rules
from newsmark.core.suggest.patterns import MAX_REGEX_CHARS, PatternsError, match_patterns, parse_patterns
from newsmark.core.suggest.tokenpatterns import shape

TEXT = ("North Korea has sent 8,000 troops to Russia's Kursk region, the U.S. said. Kyiv-based analysts put the "
        "figure at 12,000; the Ministry of Defence declined to comment. A Korean Peninsula expert said 3 drones fell.")


def _rules(*lines) -> list:
    return parse_patterns("\n".join(json.dumps(line) if isinstance(line, dict) else line for line in lines))


def _found(text: str, *lines) -> list[str]:
    return [text[s.start:s.end] for s in match_patterns(text, _rules(*lines))]


def test_a_phrase_matches_whole_words_with_any_whitespace():
    text = "the Kursk region, the Kursk\nregion and the Kursk regional office and Kursk region's border"
    assert _found(text, {"label": "location", "pattern": "Kursk region"}) == ["Kursk region", "Kursk\nregion", "Kursk region"]


def test_a_phrase_is_case_sensitive_as_in_prodigy():
    assert _found("the kursk region", {"label": "location", "pattern": "Kursk region"}) == []


def test_a_suggestion_carries_label_attributes_id_and_confidence():
    rules = _rules({"label": "location", "pattern": "Kursk region", "attributes": {"place": "Kursk Oblast", "id": 538555},
                    "id": "kursk", "confidence": 0.9})
    [s] = match_patterns(TEXT, rules)
    assert (s.tag, TEXT[s.start:s.end], s.attributes, s.confidence, s.suggester) == (
        "location", "Kursk region", {"place": "Kursk Oblast", "id": 538555}, 0.9, "patterns")
    assert rules[0].id == "kursk" and rules[0].kind == "phrase"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ({"ORTH": "Kursk"}, ["Kursk"]),
        ({"TEXT": "Russia"}, ["Russia"]),
        ({"LOWER": "korean"}, ["Korean"]),
        ({"LOWER": {"IN": ["kyiv", "troops"]}}, ["troops", "Kyiv"]),
        ({"LOWER": {"REGEX": "^drone"}}, ["drones"]),
        ({"IS_DIGIT": True}, ["3"]),
        ({"LIKE_NUM": True}, ["8,000", "12,000", "3"]),
        ({"SHAPE": "d,ddd"}, ["8,000"]),
        ({"SHAPE": "X.X."}, ["U.S."]),
        ({"IS_PUNCT": True, "ORTH": {"NOT_IN": [",", "."]}}, ["-", ";"]),
        ({"IS_TITLE": True, "LENGTH": {">=": 9}}, ["Peninsula"]),
        ({"IS_UPPER": True, "LENGTH": 4}, ["U.S."]),
        ({"IS_ALPHA": True, "IS_LOWER": False, "LENGTH": {"IN": [5]}}, ["North", "Korea", "Kursk"]),
    ],
)
def test_each_token_attribute(token, expected):
    assert _found(TEXT, {"label": "x", "pattern": [token]}) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # ? optional, * any number, + one or more, ! one token that does not match
        ([{"LOWER": "the"}, {"LOWER": "u.s.", "OP": "?"}, {"LOWER": "said"}], ["the U.S. said"]),
        ([{"LOWER": "ministry"}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "*"}], ["Ministry of Defence"]),
        ([{"IS_TITLE": True, "OP": "+"}, {"LOWER": "peninsula"}], ["A Korean Peninsula"]),
        ([{"LOWER": "korean", "OP": "!"}, {"LOWER": "peninsula"}], []),
        ([{"LOWER": "a"}, {"LOWER": "peninsula", "OP": "!"}, {"LOWER": "peninsula"}], ["A Korean Peninsula"]),
        ([{"LOWER": "put"}, {}, {"LOWER": "figure"}], ["put the figure"]),
    ],
)
def test_each_op(pattern, expected):
    assert _found(TEXT, {"label": "x", "pattern": pattern}) == expected


def test_tokens_split_possessives_and_inner_hyphens_as_spacy_does():
    assert _found(TEXT, {"label": "x", "pattern": [{"ORTH": "U.S."}, {"ORTH": "said"}]}) == ["U.S. said"]
    assert _found(TEXT, {"label": "x", "pattern": [{"ORTH": "Russia"}, {"ORTH": "'s"}]}) == ["Russia's"]
    assert _found(TEXT, {"label": "x", "pattern": [{"ORTH": "Kyiv"}, {"ORTH": "-"}, {"ORTH": "based"}]}) == ["Kyiv-based"]


def test_shape_cuts_runs_at_four():
    assert [shape(w) for w in ("Kursk", "8,000", "2024", "COVID-19", "Zelenskyy")] == ["Xxxxx", "d,ddd", "dddd", "XXXX-dd", "Xxxxx"]


def test_the_regex_extension_matches_the_raw_text():
    assert _found(TEXT, {"label": "figure", "regex": r"\d[\d,]*\s+(?:troops|drones)"}) == ["8,000 troops", "3 drones"]
    assert _found("abc", {"label": "x", "regex": "x*"}) == []  # empty matches are no spans


def test_one_labels_suggestions_never_overlap_and_the_longest_wins():
    found = _found(TEXT, {"label": "location", "pattern": "Korea"}, {"label": "location", "pattern": "North Korea"},
                   {"label": "org", "pattern": "North Korea"})
    assert found == ["North Korea", "North Korea"]  # "Korea" inside the location "North Korea" is not proposed again


@pytest.mark.parametrize(
    ("lines", "line", "reason"),
    [
        (['{"label": "location", "pattern": "Kursk"}', "", '{"label": "location", pattern: "Kyiv"}'], 3, "not valid JSON"),
        (['["location", "Kursk"]'], 1, "must be a JSON object"),
        (['{"label": "location", "pattern": "Kursk", "case": "lower"}'], 1, "unknown key 'case'"),
        (['{"pattern": "Kursk"}'], 1, '"label" must be a non-empty string'),
        (['{"label": "x"}'], 1, 'exactly one of "pattern" and "regex"'),
        (['{"label": "x", "pattern": "a", "regex": "a"}'], 1, 'exactly one of "pattern" and "regex"'),
        (['{"label": "x", "pattern": "  "}'], 1, "at least one word"),
        (['{"label": "x", "pattern": []}'], 1, "non-empty list"),
        (['{"label": "x", "pattern": ["kursk"]}'], 1, "token 1: each token of a pattern must be a dict"),
        (['{"label": "x", "pattern": [{"LOWER": "a"}, {"POS": "NOUN"}]}'], 1, "token 2: token attribute 'POS' needs a trained"),
        (['{"label": "x", "pattern": [{"LOWR": "a"}]}'], 1, "unknown token attribute 'LOWR'"),
        (['{"label": "x", "pattern": [{"LOWER": 3}]}'], 1, "LOWER must be a string or a dict"),
        (['{"label": "x", "pattern": [{"LOWER": {"IN": "abc"}}]}'], 1, "LOWER IN must be a list of strings"),
        (['{"label": "x", "pattern": [{"LOWER": {"FUZZY": "a"}}]}'], 1, "LOWER does not take 'FUZZY'"),
        (['{"label": "x", "pattern": [{"IS_DIGIT": "yes"}]}'], 1, "IS_DIGIT must be true or false"),
        (['{"label": "x", "pattern": [{"LENGTH": {">=": "3"}}]}'], 1, "LENGTH '>=' needs an integer"),
        (['{"label": "x", "pattern": [{"LOWER": "a", "OP": "{2}"}]}'], 1, "OP '{2}' is not supported"),
        (['{"label": "x", "pattern": [{"LOWER": "a", "OP": "*"}]}'], 1, "could match nothing"),
        (['{"label": "x", "regex": "(unclosed"}'], 1, "bad regex"),
        (['{"label": "x", "pattern": [{"TEXT": {"REGEX": "[z-a]"}}]}'], 1, "bad regex"),
        (['{"label": "x", "regex": ""}'], 1, "non-empty string"),
        ([json.dumps({"label": "x", "regex": "a" * (MAX_REGEX_CHARS + 1)})], 1, "the limit is"),
        (['{"label": "x", "pattern": "a", "attributes": {"place": ["a"]}}'], 1, '"attributes" must be an object'),
        (['{"label": "x", "pattern": "a", "id": 5}'], 1, '"id" must be a string'),
        (['{"label": "x", "pattern": "a", "confidence": 2}'], 1, '"confidence" must be a number from 0 to 1'),
    ],
)
def test_parse_errors_name_the_line(lines, line, reason):
    with pytest.raises(PatternsError) as caught:
        parse_patterns("\n".join(lines), source="team/patterns.jsonl")
    assert isinstance(caught.value, NewsmarkError)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"team/patterns.jsonl, line {line}: ")
    assert reason in str(caught.value)


def test_a_runaway_regex_is_stopped_by_the_documents_time_budget():
    ticks = iter(range(1000))  # a fake clock: every look at it is one second later
    rules = _rules('{"label": "x", "pattern": "Kursk"}', '{"label": "x", "regex": "(a|aa)+$"}')
    with pytest.raises(PatternsError, match=r"line 2: its regexes took over 1 s on this document"):
        match_patterns("a" * 40 + "!", rules, seconds=1.0, now=lambda: next(ticks))


def test_a_real_runaway_regex_ends_in_time():
    rules = _rules({"label": "x", "regex": "(a|aa)+$"})
    with pytest.raises(PatternsError, match="line 1"):
        match_patterns("a" * 5000 + "!", rules, seconds=0.05)


def test_suggest_with_rules_adds_team_patterns_to_the_built_in_suggesters():
    text = "Officials said that 8,000 troops had reached the Kursk region by Monday."
    rules = _rules({"label": "location", "pattern": "Kursk region"}, {"label": "figure", "pattern": "8,000"})
    found = suggest_with_rules(text, rules)
    assert [(s.tag, text[s.start:s.end], s.suggester) for s in found] == [
        ("figure", "8,000", "patterns"),  # the rule's own suggestion replaces the built-in one on the same words
        ("claim", "8,000 troops had reached the Kursk region by Monday", "claims"),
        ("location", "Kursk region", "patterns"),
    ]
    assert [s.tag for s in suggest_with_rules(text, rules, tags=["location"])] == ["location"]
    assert suggest_with_rules(text, []) == suggest(text)


WORDS = ["Kursk", "region", "Kursk region", "kursk", "Korea", "North", "8,000", "'s", "-", "_", "é", " ", "\n", ".", ","]


@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join),
       st.lists(st.sampled_from(["Kursk", "Kursk region", "North Korea", "Korea", "s", "8,000"]), min_size=1, max_size=4))
def test_phrase_matches_are_whole_words_inside_the_text(text, phrases):
    rules = _rules(*({"label": f"l{i % 2}", "pattern": p} for i, p in enumerate(phrases)))
    found = match_patterns(text, rules)
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert " ".join(text[s.start:s.end].split()) in phrases
        assert not re.match(r"\w", text[s.end:s.end + 1]) and not re.match(r"\w", text[s.start - 1:s.start] if s.start else "")
    for label in ("l0", "l1"):
        mine = sorted((s.start, s.end) for s in found if s.tag == label)
        assert all(a[1] <= b[0] for a, b in zip(mine, mine[1:]))


@given(st.text(max_size=60), st.sampled_from([
    [{"IS_TITLE": True, "OP": "+"}], [{"LIKE_NUM": True}, {"OP": "?"}], [{"IS_PUNCT": True, "OP": "!"}, {"SHAPE": "xxxx"}],
    [{"LOWER": {"REGEX": "[aeiou]"}, "OP": "*"}, {"IS_ALPHA": True}]]))
def test_token_matches_are_non_empty_and_inside_the_text(text, pattern):
    for s in match_patterns(text, _rules({"label": "x", "pattern": pattern})):
        assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end].strip() == text[s.start:s.end]


PLAIN = st.lists(st.characters(codec="utf-8", categories=("L", "Nd", "No", "P", "Zs", "Sm", "Sc")) | st.sampled_from(
    list("'’-‐.,_ \n\t") + ["'s", "’s", "8,000", "3.5", "U.S.", "Kyiv-based", "e.g."]), max_size=40).map("".join)


@given(PLAIN)
def test_the_fast_tokens_are_the_core_tokenizers_tokens(text):
    from hypothesis import assume

    from newsmark.core.suggest.tokenpatterns import _CLITIC, _HYPHEN, _NEEDS_CLUSTERS, _fast_tokens
    from newsmark.core.text.tokens import tokenize

    assume(not _NEEDS_CLUSTERS.search(text))  # the texts text_tokens gives the fast path
    cuts = {m.start() for m in _CLITIC.finditer(text)}
    for m in _HYPHEN.finditer(text):
        cuts.update((m.start(), m.end()))
    assert _fast_tokens(text, cuts) == [(t.start, t.end) for t in tokenize(text, cuts)]


def test_a_superscript_digit_before_a_decimal_point_is_tokenized_as_the_core_does():
    from newsmark.core.suggest.tokenpatterns import text_tokens
    from newsmark.core.text.tokens import tokenize

    for text in ("².0", "x ¹.5 ①,2", "a².0b"):
        assert text_tokens(text) == [(t.start, t.end) for t in tokenize(text, set())]


def test_token_attribute_names_are_read_in_any_case_as_spacy_reads_them():
    from newsmark.core.suggest.patterns import match_patterns, parse_patterns

    rules = parse_patterns('{"label": "location", "pattern": [{"lower": "kursk"}, {"Lower": "region", "op": "?"}]}\n')
    assert [(s.start, s.end) for s in match_patterns("In Kursk region and KURSK.", rules)] == [(3, 15), (20, 25)]
