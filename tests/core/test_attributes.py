"""Tag attributes: definitions, checked values, storage, migration and tag set files."""

from __future__ import annotations

import json

import pytest

from newsmark.core.attributes import AttributeSpec, check_value, parse_attributes, span_values, with_value
from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project

NUMBER = AttributeSpec("value", "number")
STATUS = AttributeSpec("status", "choice", ("unverified", "true", "false"))
FLAG = AttributeSpec("verified", "yes/no")


@pytest.mark.parametrize("raw,stored", [("8,000", "8000"), (" 3.5 ", "3.5"), ("10 000", "10000"), ("-2", "-2"), ("", "")])
def test_numbers_are_normalized(raw, stored):
    assert check_value(NUMBER, raw) == stored


@pytest.mark.parametrize(
    "spec,raw,message",
    [(NUMBER, "lots", "value must be a number, not 'lots'"), (NUMBER, "inf", "finite"),
     (STATUS, "maybe", "status must be one of unverified, true, false"), (FLAG, "perhaps", "yes or no")],
)
def test_a_value_of_the_wrong_kind_is_refused_with_a_clear_message(spec, raw, message):
    with pytest.raises(NewsmarkError, match=message):
        check_value(spec, raw)


def test_yes_no_values_are_normalized():
    assert [check_value(FLAG, v) for v in ("Yes", "n", "true", "0")] == ["yes", "no", "yes", "no"]


def test_definitions_are_checked():
    with pytest.raises(NewsmarkError, match="needs its choices"):
        parse_attributes([{"name": "status", "type": "choice"}])
    with pytest.raises(NewsmarkError, match="type 'date'"):
        parse_attributes([{"name": "when", "type": "date"}])
    with pytest.raises(NewsmarkError, match="name of its own"):
        parse_attributes([{"name": "a"}, {"name": "A"}])
    with pytest.raises(NewsmarkError, match="must be a number"):
        parse_attributes([{"name": "n", "type": "number", "default": "x"}])


def test_span_values_set_and_clear():
    values = with_value("{}", "speaker", "Lloyd Austin")
    assert span_values(values) == {"speaker": "Lloyd Austin"}
    assert with_value(values, "speaker", "") == "{}"


def test_the_default_tags_carry_their_attributes_and_spans_store_values(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        defs = {t.name: [a.name for a in parse_attributes(t.attributes)] for t in p.tags()}
        assert defs == {"claim": ["status", "source"], "figure": ["value", "unit"], "quote": ["speaker"], "location": ["place", "geonames_id", "country"]}
        claim = parse_attributes(p.tags()[0].attributes)[0]
        assert claim.choices == ("unverified", "true", "false", "misleading", "unclear") and claim.default == "unverified"
        doc, _ = p.add_document("T", "Austin said 8,000.")
        span = p.add_span(doc.id, p.tags()[1].id, 12, 17)
        p.update_span(span.id, attributes=with_value("{}", "value", "8000"))
    with Project.open(tmp_path / "p.newsmark") as p:
        assert span_values(p.span(span.id).attributes) == {"value": "8000"}


def test_a_version_2_project_gets_the_default_attributes_for_its_default_tags(tmp_path):
    import sqlite3

    from newsmark.core import schema
    from newsmark.core.tagset import default_tag_set

    path = tmp_path / "v2.newsmark"
    conn = sqlite3.connect(path)
    schema.MIGRATIONS[1](conn)
    schema.seed_tags(conn, default_tag_set())
    schema.MIGRATIONS[2](conn)
    conn.execute("INSERT INTO tags (name, color, key, position) VALUES ('actor', '#000000', '', 9)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        attrs = {t.name: json.loads(t.attributes) for t in p.tags()}
    assert attrs["quote"] == [{"name": "speaker", "type": "text"}] and attrs["actor"] == []
    assert (tmp_path / "v2.newsmark.v2.bak").exists()


def test_tag_set_files_carry_attributes(tmp_path):
    from newsmark.core.tagset import read_tag_set_file, write_tag_set_file

    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        write_tag_set_file(tmp_path / "t.json", p.tags())
    specs = read_tag_set_file(tmp_path / "t.json")
    assert [a.name for a in specs[1].attributes] == ["value", "unit"]  # figure
