"""The stop list in the team gazetteer, what an accepted suggestion's span carries, and the first check of rule files."""

from __future__ import annotations

import json

from hypothesis import given, strategies as st

from newsmark.core.model import Tag
from newsmark.core.suggest.accepting import span_attributes
from newsmark.core.suggest.rulecheck import rule_problems
from newsmark.core.suggest.stoplist import add_stop, is_stopped


def test_add_stop_keeps_every_other_line_and_adds_one():
    before = "Kursk\tcity\n# comment\nMost\tstop"
    after = add_stop(before, "Police")
    assert after == "Kursk\tcity\n# comment\nMost\tstop\nPolice\tstop\n"
    assert add_stop(after, "police") == after  # already stopped (any case)
    assert add_stop("", "North\n  Sea") == "North Sea\tstop\n"  # one line, whatever the text's breaks
    assert add_stop("Kursk\tcity\n", "  ") == "Kursk\tcity\n"


@given(st.lists(st.text(alphabet="abc \tXY\n", max_size=12), max_size=6), st.text(alphabet="abcXY -", min_size=1, max_size=10))
def test_add_stop_never_loses_a_line_and_always_stops_the_name(lines, name):
    gazetteer = "\n".join(lines)
    after = add_stop(gazetteer, name)
    assert after.startswith(gazetteer)
    if name.strip():
        assert is_stopped(after, name)


def tag(attributes):
    return Tag(id=1, name="t", color="#000000", key="", position=0, attributes=json.dumps(attributes))


def test_span_attributes_are_text_over_the_tag_defaults():
    claim = tag([{"name": "status", "type": "choice", "choices": ["unverified", "true"], "default": "unverified"}])
    assert json.loads(span_attributes('{"value": 8000.0, "unit": "troops", "x": null}', claim)) == {
        "status": "unverified", "value": "8000", "unit": "troops",
    }
    assert span_attributes("{}", None) == "{}"
    assert json.loads(span_attributes('{"value": 3.5, "approx": true}', None)) == {"value": "3.5", "approx": "yes"}


def test_rule_problems_name_each_bad_line():
    assert rule_problems("Kursk\tcity\n\n# note\nMost\tstop\n", '{"label": "figure", "pattern": "x"}\n') == []
    problems = rule_problems("Kursk\n", '{"label": "figure"}\nnot json\n')
    assert [p.split(":")[0] for p in problems] == ["gazetteer line 1", "patterns line 1", "patterns line 2"]
