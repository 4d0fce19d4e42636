"""A tag set file carries the team's suggestion rules: a gazetteer (TSV text) and Prodigy-style patterns."""

from __future__ import annotations

import json

import pytest
from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project
from newsmark.core.tagset import merged_rule_text, parse_tag_set, read_tag_set_file, write_tag_set_file

TAGS = [{"name": "location", "color": "#0072b2", "key": "4"}]


def test_rules_are_read_as_text_and_patterns_as_a_list_or_jsonl():
    specs = parse_tag_set({"tags": TAGS, "gazetteer": "Kursk region\tregion", "patterns": [{"label": "location", "pattern": "North Sea"}]})
    assert specs.rules == {"gazetteer": "Kursk region\tregion\n", "patterns": '{"label": "location", "pattern": "North Sea"}\n'}
    assert parse_tag_set({"tags": TAGS, "patterns": '{"label": "x", "regex": "a+"}\n\n'}).rules == {"patterns": '{"label": "x", "regex": "a+"}\n'}
    assert parse_tag_set({"tags": TAGS}).rules == {}


@pytest.mark.parametrize("data, said", [
    ({"gazetteer": ["Kursk"]}, "'gazetteer' must be text"),
    ({"patterns": [1, 2]}, "'patterns' must be a list of pattern objects"),
    ({"patterns": {"label": "x"}}, "'patterns' must be a list of pattern objects"),
])
def test_rules_of_the_wrong_shape_are_refused(data, said):
    with pytest.raises(NewsmarkError, match=said):
        parse_tag_set({"tags": TAGS} | data)


def test_a_file_round_trips_its_rules_and_a_new_project_starts_with_them(tmp_path):
    specs = parse_tag_set({"tags": TAGS, "gazetteer": "Most\tstop\n", "patterns": [{"label": "location", "pattern": "North Sea"}]})
    path = tmp_path / "team.json"
    write_tag_set_file(path, specs, "team")
    assert json.loads(path.read_text(encoding="utf-8"))["patterns"] == [{"label": "location", "pattern": "North Sea"}]
    again = read_tag_set_file(path)
    assert again.rules == specs.rules
    with Project.open(tmp_path / "p.newsmark", create=True, tag_set=again) as project:
        assert project.rule_text("gazetteer") == "Most\tstop\n"
        assert project.rule_text("patterns") == specs.rules["patterns"]


def test_merging_rule_files_adds_missing_lines_in_order():
    assert merged_rule_text("a\tcity\nb\tstop\n", "b\tstop\nc\tcity\nc\tcity\n") == "a\tcity\nb\tstop\nc\tcity\n"
    assert merged_rule_text("", "") == ""
