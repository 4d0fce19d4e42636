"""Property tests: every suggester gives non-empty spans inside the text, never overlapping (a claim may nest in
another: a reported clause with a source of its own), the same each run."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsmark.core.suggest import default_suggesters, suggest

PIECES = [
    " ", "\n", "\n\n", ",", ".", "-", "–", "%", "$", "€", "£", "'", "’", "‘", "“", "”", '"', "«", "»", ":",
    "8,000", "3.5", "2024", "10", "1.2", "million", "bn", "m", "eight", "thousand", "twenty-five", "one", "and", "to",
    "per cent", "troops", "said", "he", "Zelenskyy", "Robert A. Wood", "a spokesperson for the Kremlin", "November",
    "3rd", "Resolution", "around", "A.", "k", "£40m", "We will not give up", "The", "é", "👍🏽", "\u0301",
    "that", "officials said that the bridge was hit", "according to", "According to the UN,", "U.S.", "Mr.", "Photo:",
    "(Reuters)", "the troops were moved", "put the figure at", "estimated",
    "a", "half", "and a half", "USD", "dollars", "her 20s", "magnitude-", "a year",
]
TEXTS = st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.text(max_size=80))


@given(TEXTS)
@example("»‘the troops were moved«")  # a quotation nested in another, running to its end: nesting, not crossing
@example("one and a half million people")  # the figure's words took the pattern's last match: once StopIteration
def test_spans_are_inside_the_text_non_empty_and_never_overlap(text):
    for tag, suggester in default_suggesters().items():
        found = suggester(text)
        for s in found:
            assert 0 <= s.start < s.end <= len(text)
            assert s.tag == tag and 0.0 <= s.confidence <= 1.0
        ordered = sorted(found, key=lambda s: (s.start, -s.end))
        # Claims and quotes may nest (a claim inside a claim, a quotation inside a quotation); nothing crosses.
        assert all(a.end <= b.start or (tag in ("claim", "quote") and b.end <= a.end) for a, b in zip(ordered, ordered[1:]))


@given(TEXTS)
def test_suggesting_is_deterministic(text):
    assert suggest(text) == suggest(text)


@given(TEXTS)
def test_figure_values_are_numbers_and_quotes_have_a_speaker_string(text):
    for s in suggest(text):
        if s.tag == "figure":
            assert isinstance(s.attributes["value"], int | float) and isinstance(s.attributes["unit"], str)
        elif s.tag == "quote":
            assert isinstance(s.attributes["speaker"], str)


def test_suggest_keeps_only_the_tags_asked_for():
    text = '"We will not give up our land," said Zelenskyy, after 8,000 troops arrived.'
    assert {s.tag for s in suggest(text)} == {"figure", "quote"}
    assert {s.tag for s in suggest(text + " Officials said that the bridge was hit.")} == {"figure", "quote", "claim"}
    assert {s.tag for s in suggest(text, tags=["quote", "location"])} == {"quote"}
