"""What a span's attribute values become when its tag changes (retag, or a deleted tag's spans moved)."""

from __future__ import annotations

import json

from newsmark.core.attributes import AttributeSpec, attributes_json, default_values, retagged_spans, retagged_values
from newsmark.core.model import Span, Tag
from newsmark.core.storage import Project


def _tag(tag_id: int, *specs: AttributeSpec) -> Tag:
    return Tag(tag_id, f"t{tag_id}", "#000000", "", tag_id, attributes_json(list(specs)))


STATUS = AttributeSpec("status", "choice", ("unverified", "true", "false"), "unverified")
PLACE = AttributeSpec("place")
LOCATION = _tag(1, PLACE, AttributeSpec("population", "number"))
CLAIM = _tag(2, STATUS, PLACE, AttributeSpec("population"))  # population is text here
RATING = _tag(3, AttributeSpec("status", "choice", ("true", "false")))


def test_the_new_tags_defaults_fill_what_is_empty():
    assert json.loads(retagged_values("{}", LOCATION, CLAIM)) == {"status": "unverified"}


def test_a_value_is_kept_when_the_new_tag_has_the_same_name_and_type():
    values = json.dumps({"place": "Kursk", "population": "440000"})
    assert json.loads(retagged_values(values, LOCATION, CLAIM)) == {"place": "Kursk", "status": "unverified"}


def test_a_kept_value_wins_over_the_default_and_an_invalid_choice_is_dropped():
    assert json.loads(retagged_values('{"status": "false"}', CLAIM, RATING)) == {"status": "false"}
    assert retagged_values('{"status": "unverified"}', CLAIM, RATING) == "{}"


def test_values_the_new_tag_does_not_define_are_dropped_and_the_same_tag_changes_nothing():
    assert retagged_values('{"place": "Kursk"}', LOCATION, RATING) == "{}"
    assert retagged_values('{"stray": "x"}', CLAIM, CLAIM) == '{"stray": "x"}'
    assert retagged_values('{"place": "Kursk"}', None, CLAIM) == json.dumps({"place": "Kursk", "status": "unverified"})


def test_default_values_are_those_a_new_span_gets():
    assert default_values(CLAIM) == '{"status": "unverified"}'
    assert default_values(LOCATION) == "{}" and default_values(None) == "{}"
    assert default_values(_tag(4, AttributeSpec("checked", "yes/no", (), "no"))) == '{"checked": "no"}'


def test_retagged_spans_move_each_span_with_its_own_values():
    spans = [Span(1, 1, 1, 0, 4, attributes='{"place": "Kyiv"}'), Span(2, 1, 1, 5, 9)]
    moved = retagged_spans(spans, LOCATION, CLAIM)
    assert [(s.tag_id, json.loads(s.attributes)) for s in moved] == [
        (2, {"place": "Kyiv", "status": "unverified"}), (2, {"status": "unverified"})
    ]


def test_deleting_a_tag_moves_its_spans_with_the_other_tags_values_and_restoring_it_puts_them_back(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("T", "Kursk is far.")
        tags = {t.name: t for t in p.tags()}
        span = p.add_span(doc.id, tags["location"].id, 0, 5, attributes='{"place": "Kursk"}')
        tag, old = p.delete_tag(tags["location"].id, move_spans_to=tags["claim"].id)
        assert (p.span(span.id).tag_id, p.span(span.id).attributes) == (tags["claim"].id, '{"status": "unverified"}')
        p.restore_tag(tag, old)
        assert p.span(span.id) == span
