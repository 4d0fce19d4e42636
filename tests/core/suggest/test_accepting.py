"""What an accepted suggestion's span carries (``suggested_values``), and the check of rule files before they are saved."""

from __future__ import annotations

import json

from newsmark.core.attributes import suggested_values
from newsmark.core.model import Tag
from newsmark.core.suggest.rulecheck import rule_problems


def tag(attributes):
    return Tag(id=1, name="t", color="#000000", key="", position=0, attributes=json.dumps(attributes))


def test_suggested_values_are_the_tags_checked_values_over_its_defaults():
    claim = tag([{"name": "status", "type": "choice", "choices": ["unverified", "true"], "default": "unverified"}])
    # Stored JSON or a dict alike; values the tag has no attribute for are left out.
    assert json.loads(suggested_values(claim, '{"value": 8000.0, "unit": "troops", "x": null}')) == {"status": "unverified"}
    assert json.loads(suggested_values(claim, {"status": "true"})) == {"status": "true"}
    # A choice the tag does not offer is refused, and the default stays.
    assert json.loads(suggested_values(claim, '{"status": "maybe"}')) == {"status": "unverified"}
    assert json.loads(suggested_values(claim, "not json")) == {"status": "unverified"}


def test_suggested_values_are_text_as_the_span_panel_shows_them():
    figure = tag([{"name": "value", "type": "number"}, {"name": "unit"}, {"name": "approx", "type": "yes/no"},
                  {"name": "note"}])
    values = {"value": 8000.0, "unit": "troops", "approx": True, "note": 12.0}
    assert json.loads(suggested_values(figure, values)) == {"value": "8000", "unit": "troops", "approx": "yes", "note": "12"}
    assert json.loads(suggested_values(figure, '{"value": "eight", "unit": ""}')) == {}


def test_without_a_tag_the_values_are_kept_as_text():
    assert suggested_values(None, "{}") == "{}"
    assert json.loads(suggested_values(None, '{"value": 3.5, "approx": true, "x": null}')) == {"value": "3.5", "approx": "yes"}


def test_rule_problems_name_each_bad_line():
    assert rule_problems("Kursk\tcity\n\n# note\nMost\tstop\n", '{"label": "figure", "pattern": "x"}\n') == []
    problems = rule_problems("Kursk\n", '{"label": "figure", "pattern": "x"}\nnot json\n')
    assert len(problems) == 2 and "line 1" in problems[0] and "line 2" in problems[1]
