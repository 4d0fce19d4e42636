"""What an accepted suggestion's span carries, and the check of rule files before they are saved."""

from __future__ import annotations

import json

from newsmark.core.model import Tag
from newsmark.core.suggest.accepting import span_attributes
from newsmark.core.suggest.rulecheck import rule_problems


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
    problems = rule_problems("Kursk\n", '{"label": "figure", "pattern": "x"}\nnot json\n')
    assert len(problems) == 2 and "line 1" in problems[0] and "line 2" in problems[1]
