"""The span list's attribute cells, sort keys and ``name:value`` filter terms (pure logic, no Qt)."""

from __future__ import annotations

from newsmark.core.attributecolumns import SpanFilter, describe, parse_filter, sort_key
from newsmark.core.attributes import AttributeSpec

STATUS = AttributeSpec("status", "choice", ("unverified", "true", "false"), "unverified")
VALUE = AttributeSpec("value", "number")
SPEAKER = AttributeSpec("speaker")


def test_describe_lists_values_in_the_tags_order_then_others_by_name_and_leaves_out_empty_ones():
    values = {"zeta": "1", "speaker": "Lloyd Austin", "status": "false", "alpha": "", "beta": "b"}
    assert describe(values, [STATUS, SPEAKER]) == "status: false; speaker: Lloyd Austin; beta: b; zeta: 1"
    assert describe({}, [STATUS]) == ""


def test_numbers_sort_as_numbers_choices_in_their_order_and_empty_first():
    numbers = ["100", "", "75", "-2.5", "n/a", "8000", "nan", "inf"]
    assert sorted(numbers, key=lambda v: sort_key(VALUE, v)) == ["", "-2.5", "75", "100", "8000", "inf", "n/a", "nan"]
    statuses = ["false", "", "maybe", "unverified", "true"]
    assert sorted(statuses, key=lambda v: sort_key(STATUS, v)) == ["", "unverified", "true", "false", "maybe"]
    assert sorted(["b", "A", "", "c"], key=lambda v: sort_key(SPEAKER, v)) == ["", "A", "b", "c"]


def test_name_value_words_naming_an_attribute_are_terms_and_the_rest_is_text():
    names = {"status", "speaker"}
    assert parse_filter("Status:FALSE kursk", names) == SpanFilter("kursk", (("status", "false"),))
    assert parse_filter("said: troops", names) == SpanFilter("said: troops")  # no attribute "said": plain text
    assert parse_filter("  Kyiv  said ", names) == SpanFilter("  kyiv  said ")  # without terms, exactly as typed
    assert parse_filter("status: speaker:austin", names) == SpanFilter("", (("status", ""), ("speaker", "austin")))


def test_a_term_needs_the_tag_to_have_the_attribute_and_an_empty_value_asks_for_none():
    claim = frozenset({"status"})
    wants_false = parse_filter("status:fal", {"status"})
    assert wants_false.matches_values({"status": "false"}, claim)
    assert not wants_false.matches_values({"status": "true"}, claim)
    unset = parse_filter("status:", {"status"})
    assert unset.matches_values({}, claim) and not unset.matches_values({"status": "true"}, claim)
    assert not unset.matches_values({}, frozenset({"speaker"}))  # a quote has no status to be missing
    both = parse_filter("status:false speaker:aus", {"status", "speaker"})
    assert both.matches_values({"Status": "FALSE", "speaker": "Lloyd Austin"}, frozenset({"status", "speaker"}))
    assert not both.matches_values({"status": "false"}, frozenset({"status", "speaker"}))
