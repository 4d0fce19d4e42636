"""Format 7: suggestions kept for review (accept, reject, undo) and the team's rule files, one transaction each."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings, strategies as st
from newsmark.core.errors import NotFoundError
from newsmark.core.storage import SCHEMA_VERSION, Project
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggestionstore import SuggestionError

from tests.core.test_storage import old_project

TEXT = "About 8,000 troops crossed into Kursk region, officials said."


def s(tag, start, end, confidence=0.9, attributes=None, suggester="test"):
    return Suggestion(tag, start, end, attributes or {}, confidence, suggester)


@pytest.fixture
def project(tmp_path):
    p = Project.open(tmp_path / "p.newsmark", create=True)
    p.add_document("Kursk", TEXT)
    yield p
    p.close()


def tag_named(project, name):
    return next(t for t in project.tags() if t.name == name)


def commits(project):
    """A list that fills with one entry per COMMIT the project's connection runs."""
    seen = []
    project._conn.set_trace_callback(lambda sql: seen.append(sql) if sql.strip().upper().startswith("COMMIT") else None)
    return seen


def test_this_newsmark_writes_format_7_or_later():
    assert SCHEMA_VERSION >= 7


def test_stored_suggestions_are_open_in_text_order_with_their_attributes(project):
    stored = project.store_suggestions({1: [s("location", 32, 44, 0.8, {"place": "Kursk Oblast"}), s("figure", 6, 11, 0.95, {"value": 8000})]})
    assert stored == 2
    got = project.suggestions(1)
    assert [(project.tag(g.tag_id).name, g.start, g.end, g.status) for g in got] == [
        ("figure", 6, 11, "open"), ("location", 32, 44, "open")
    ]
    assert json.loads(got[1].attributes) == {"place": "Kursk Oblast"}
    assert got[0].confidence == 0.95 and got[0].suggester == "test"
    assert project.count_suggestions() == {1: 2}


def test_open_suggestions_are_counted_for_the_documents_asked_only(project):
    ids = [project.add_document(f"Copy {n}", f"{TEXT} ({n})")[0].id for n in range(600)]
    project.store_suggestions({1: [s("figure", 6, 11)], ids[-1]: [s("figure", 6, 11), s("location", 32, 44)]})
    assert project.count_suggestions(document_ids=[1, ids[0]]) == {1: 1}
    # More ids than one query takes: the document asked last is still counted.
    assert project.count_suggestions(document_ids=[1, *ids]) == {1: 1, ids[-1]: 2}
    assert project.count_suggestions(document_ids=[]) == {}
    project.reject_suggestions([project.suggestions(1)[0].id])
    assert project.count_suggestions(document_ids=[1]) == {} and project.count_suggestions("rejected", [1]) == {1: 1}


def test_unknown_tags_out_of_range_and_existing_spans_are_not_proposed(project):
    figure = tag_named(project, "figure")
    project.add_span(1, figure.id, 6, 11)
    stored = project.store_suggestions({1: [s("figure", 6, 11), s("weather", 0, 5), s("claim", 0, len(TEXT) + 1), s("claim", 0, 5)]})
    assert stored == 1
    assert [(g.start, g.end) for g in project.suggestions(1)] == [(0, 5)]


def test_accepting_makes_a_span_by_the_analyst_with_its_origin_in_one_transaction(project):
    project.store_suggestions({1: [s("figure", 6, 11, attributes={"value": 8000, "unit": "troops"}, suggester="figures")]})
    (open_one,) = project.suggestions(1)
    seen = commits(project)
    (span,) = project.accept_suggestions([(open_one.id, {})], annotator="ana")
    assert len(seen) == 1
    assert (span.start, span.end, span.annotator) == (6, 11, "ana")
    assert json.loads(span.attributes) == {"value": "8000", "unit": "troops"}  # as the tag set stores values
    assert project.span_origin(span.id) == "figures"
    assert project.suggestions(1) == []
    decided = project.suggestion(open_one.id)
    assert (decided.status, decided.span_id, decided.decided_by) == ("accepted", span.id, "ana")
    with pytest.raises(SuggestionError, match="already accepted"):
        project.accept_suggestions([(open_one.id, {})])


def test_accepting_with_another_tag_and_edges_keeps_the_suggestion_decided(project):
    project.store_suggestions({1: [s("figure", 6, 11)]})
    (one,) = project.suggestions(1)
    claim = tag_named(project, "claim")
    (span,) = project.accept_suggestions([(one.id, {"tag_id": claim.id, "start": 0, "end": 18})], annotator="ana")
    assert (span.tag_id, span.start, span.end) == (claim.id, 0, 18)
    # Suggesting again does not bring the accepted suggestion back.
    assert project.store_suggestions({1: [s("figure", 6, 11)]}) == 0


def test_a_rejected_suggestion_is_remembered_and_not_proposed_again(project):
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    first = project.suggestions(1)[0]
    seen = commits(project)
    project.reject_suggestions([first.id], annotator="bo")
    assert len(seen) == 1
    assert project.suggestion(first.id).status == "rejected"
    assert project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]}) == 1
    assert [(g.start, g.status) for g in project.suggestions(1)] == [(32, "open")]


def test_reopening_undoes_an_accept_with_its_span_and_links_in_one_transaction(project):
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    a, b = project.suggestions(1)
    span_a, span_b = project.accept_suggestions([(a.id, {}), (b.id, {})], annotator="ana")
    link_type = next(t for t in project.link_types() if t.name == "same_as")
    project.add_link(1, link_type.id, span_a.id, span_b.id)
    seen = commits(project)
    gone = project.reopen_suggestions([a.id, b.id])
    assert len(seen) == 1
    assert [g[0] for g in gone] == [span_a, span_b]
    assert len(gone[0][1]) == 1  # the link went with its span, for the undo to say so
    assert project.spans(1) == [] and project.links(1) == []
    assert [g.status for g in project.suggestions(1)] == ["open", "open"]


def test_reopening_a_rejection_and_a_span_deleted_since(project):
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    a, b = project.suggestions(1)
    project.reject_suggestions([a.id])
    (span,) = project.accept_suggestions([(b.id, {})])
    project.delete_span(span.id)
    assert project.reopen_suggestions([a.id, b.id]) == []
    assert len(project.suggestions(1)) == 2


def test_a_failed_batch_decides_nothing(project):
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    a, b = project.suggestions(1)
    project.reject_suggestions([b.id])
    with pytest.raises(SuggestionError):
        project.accept_suggestions([(a.id, {}), (b.id, {})])
    assert project.spans(1) == [] and project.suggestion(a.id).status == "open"
    with pytest.raises(NotFoundError):
        project.reject_suggestions([a.id, 999])
    assert project.suggestion(a.id).status == "open"


def test_clearing_forgets_open_suggestions_but_keeps_decisions(project):
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    a, _ = project.suggestions(1)
    project.reject_suggestions([a.id])
    assert project.clear_suggestions(1) == 1
    assert [g.status for g in project.suggestions(1, status=None)] == ["rejected"]


def test_a_document_removed_takes_its_suggestions(project):
    project.store_suggestions({1: [s("figure", 6, 11)]})
    project.remove_document(1)
    assert project.suggestions(None, status=None) == []


def test_rule_files_round_trip_and_unknown_names_are_refused(project):
    assert project.rule_text("gazetteer") == ""
    project.set_rule_text("gazetteer", "Kursk region\tregion\nMost\tstop\n")
    project.set_rule_text("patterns", '{"label": "location", "pattern": "North Sea"}\n')
    assert project.rule_text("gazetteer").endswith("Most\tstop\n")
    project.set_rule_text("patterns", "")
    assert project.rule_text("patterns") == ""
    with pytest.raises(ValueError, match="unknown rule file"):
        project.set_rule_text("scripts", "x")


def test_a_format_6_file_gains_the_tables_and_a_reader_of_one_sees_none(tmp_path):
    path = tmp_path / "v6.newsmark"
    old_project(
        path, 6,
        "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) "
        "VALUES (1, 'Old', 'Old text with Kursk in it.', 26, '', 'x', '2024-01-01T00:00:00Z')",
    ).close()
    with Project.open(path, readonly=True) as reader:
        assert reader.suggestions(1) == [] and reader.rule_text("gazetteer") == "" and reader.span_origin(1) == ""
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 6  # readers never write
    with Project.open(path) as p:
        assert p.store_suggestions({1: [s("location", 14, 19)]}) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["figure", "location", "claim", "nope"]), st.integers(-3, 70), st.integers(0, 70)), max_size=12))
def test_whatever_is_stored_is_a_valid_unique_proposal(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("h") / "p.newsmark"
    with Project.open(path, create=True) as p:
        p.add_document("Kursk", TEXT)
        p.store_suggestions({1: [s(tag, a, b) for tag, a, b in raw]})
        got = p.suggestions(1)
        keys = [(g.tag_id, g.start, g.end) for g in got]
        assert len(keys) == len(set(keys))
        assert all(0 <= g.start < g.end <= len(TEXT) for g in got)
        wanted = {(tag_named(p, t).id, a, b) for t, a, b in raw if t != "nope" and 0 <= a < b <= len(TEXT)}
        assert set(keys) == wanted


def test_reaccept_brings_back_the_same_spans_and_links_in_one_transaction(project):
    figure = tag_named(project, "figure")
    project.store_suggestions({1: [s("figure", 6, 11), s("location", 32, 44)]})
    first, second = project.suggestions(1)
    spans = project.accept_suggestions([(first.id, {}), (second.id, {})], annotator="ana")
    kind = next((k for k in project.link_types() if k.allows("figure", "location")), None)
    assert kind is not None
    links = [project.add_link(1, kind.id, spans[0].id, spans[1].id)]
    gone = project.reopen_suggestions([first.id, second.id])
    assert [span for span, _links in gone] == spans
    seen = commits(project)
    project.reaccept_suggestions([(first.id, spans[0]), (second.id, spans[1])], [link for _s, ls in gone for link in ls])
    assert len(seen) == 1
    assert project.spans(1) == spans and spans[0].tag_id == figure.id
    assert [x.status for x in project.suggestions(1, status=None)] == ["accepted", "accepted"]
    assert project.span_origin(spans[0].id) == "test"
    assert project.links_of_spans([spans[0].id]) == links
    with pytest.raises(SuggestionError):
        project.reaccept_suggestions([(first.id, spans[0])])
