"""Curation into a gold set: each kind of disagreement, settling them, and the auto-merge plan."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmark.core.model import Link, Span
from newsmark.core.review.curation import (
    GOLD, accept_plan, apply_plan, auto_merge_plan, canonical_attributes, review, span_key, take_back,
)
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk on Monday, the agency reported.\n"
CLAIM, FIGURE, QUOTE, LOCATION = 1, 2, 3, 4


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def span(i, annotator, tag, word, attributes="{}"):
    return Span(i, 1, tag, *at(word), annotator=annotator, attributes=attributes)


def kinds(rev):
    return [(d.kind, TEXT[d.start:d.end]) for d in rev.disagreements]


def test_spans_everyone_agrees_on_are_no_disagreement():
    rev = review([span(1, "ana", LOCATION, "Kursk"), span(2, "ben", LOCATION, "Kursk")])
    assert rev.annotators == ["ana", "ben"] and rev.disagreements == []


def test_a_span_only_some_have():
    rev = review([span(1, "ana", LOCATION, "Kursk"), span(2, "ben", LOCATION, "Kursk"), span(3, "ana", FIGURE, "8,000")])
    assert kinds(rev) == [("only_some", "8,000")]
    (d,) = rev.disagreements
    assert [(v.annotator, [s.id for s in v.spans]) for v in d.versions] == [("ana", [3]), ("ben", [])]
    assert not d.settled


def test_same_text_different_tags():
    rev = review([span(1, "ana", CLAIM, "troops arrived"), span(2, "ben", QUOTE, "troops arrived")])
    assert kinds(rev) == [("tag", "troops arrived")]


def test_different_edges():
    rev = review([span(1, "ana", FIGURE, "8,000"), span(2, "ben", FIGURE, "8,000 troops")])
    assert kinds(rev) == [("edges", "8,000 troops")]


def test_different_tags_and_edges():
    rev = review([span(1, "ana", FIGURE, "8,000"), span(2, "ben", CLAIM, "8,000 troops")])
    assert kinds(rev) == [("tag_edges", "8,000 troops")]


def test_different_attribute_values_but_empty_values_and_key_order_do_not_count():
    status = lambda value: json.dumps({"status": value, "note": ""})  # noqa: E731
    rev = review([span(1, "ana", CLAIM, "troops arrived", status("false")), span(2, "ben", CLAIM, "troops arrived", status("true"))])
    assert kinds(rev) == [("attributes", "troops arrived")]
    assert canonical_attributes('{"b": 1, "a": 2, "c": ""}') == canonical_attributes('{"a": 2, "b": 1}')
    same = review([span(1, "ana", CLAIM, "Kursk", '{"a": "x", "b": ""}'), span(2, "ben", CLAIM, "Kursk", '{"a": "x"}')])
    assert same.disagreements == []


def test_an_agreed_span_inside_a_disagreement_is_left_out_of_it():
    spans = [span(1, "ana", CLAIM, "8,000 troops arrived in Kursk"), span(2, "ana", LOCATION, "Kursk"),
             span(3, "ben", LOCATION, "Kursk")]
    rev = review(spans)
    assert kinds(rev) == [("only_some", "8,000 troops arrived in Kursk")]
    assert [s.id for v in rev.disagreements[0].versions for s in v.spans] == [1]


def test_different_links_between_agreed_spans():
    spans = [span(1, "ana", FIGURE, "8,000"), span(2, "ana", CLAIM, "troops arrived"),
             span(3, "ben", FIGURE, "8,000"), span(4, "ben", CLAIM, "troops arrived")]
    evidence, about = 1, 2
    links = [Link(1, 1, evidence, 1, 2, annotator="ana"), Link(2, 1, about, 3, 4, annotator="ben")]
    rev = review(spans, links)
    assert kinds(rev) == [("links", "8,000 troops arrived")]
    (d,) = rev.disagreements
    assert [(v.annotator, [k.type_id for k in v.links], [s.id for s in v.spans]) for v in d.versions] == [
        ("ana", [evidence], [1, 2]), ("ben", [about], [3, 4])
    ]
    only_one = review(spans, links[:1])
    assert [v.links for v in only_one.disagreements[0].versions][1] == ()
    same = review(spans, [links[0], Link(3, 1, evidence, 3, 4, annotator="ben")])
    assert same.disagreements == []


def test_a_symmetric_link_agrees_whichever_way_it_was_drawn():
    spans = [span(1, "ana", CLAIM, "Officials"), span(2, "ana", CLAIM, "agency"),
             span(3, "ben", CLAIM, "Officials"), span(4, "ben", CLAIM, "agency")]
    links = [Link(1, 1, 4, 1, 2, annotator="ana"), Link(2, 1, 4, 4, 3, annotator="ben")]
    assert review(spans, links, symmetric={4}).disagreements == []
    assert kinds(review(spans, links)) == [("links", "Officials said 8,000 troops arrived in Kursk on Monday, the agency")]


def test_disagreements_come_in_text_order_and_the_gold_annotator_is_no_annotator():
    spans = [span(1, "ana", LOCATION, "Kursk"), span(2, "ben", FIGURE, "8,000"), span(3, GOLD, CLAIM, "Monday"),
             span(4, "ana", FIGURE, "8,000")]
    rev = review(spans)
    assert rev.annotators == ["ana", "ben"] and [s.id for s in rev.gold] == [3]
    assert kinds(rev) == [("only_some", "Kursk")]
    assert review(spans, curator="lead").annotators == ["ana", "ben", "gold"]


def test_gold_holding_a_version_or_a_rejection_settles_a_disagreement():
    ana, ben = span(1, "ana", FIGURE, "8,000"), span(2, "ben", FIGURE, "8,000 troops")
    assert not review([ana, ben]).disagreements[0].settled
    gold = ben._replace(id=3, annotator=GOLD)
    assert review([ana, ben, gold]).disagreements[0].settled
    edited = ben._replace(id=3, annotator=GOLD, start=ben.start + 1)  # the curator's own edges
    assert review([ana, ben, edited]).disagreements[0].settled
    units = review([ana, ben]).disagreements[0].units
    assert review([ana, ben], rejected=units).disagreements[0].settled
    assert not review([ana, ben], rejected=list(units)[:1]).disagreements[0].settled


def test_accepting_copies_a_version_into_gold_without_what_gold_has():
    ana, ben = span(1, "ana", FIGURE, "8,000"), span(2, "ben", FIGURE, "8,000 troops")
    rev = review([ana, ben])
    (d,) = rev.disagreements
    plan = accept_plan(rev, d, [1])
    assert [(s.annotator, s.start, s.end, s.id) for s in plan.spans] == [(GOLD, ben.start, ben.end, 0)]
    both = accept_plan(rev, d, [0, 1])
    assert [span_key(s) for s in both.spans] == [span_key(ana), span_key(ben)]
    rev_with_gold = review([ana, ben, ben._replace(id=9, annotator=GOLD)])
    assert [span_key(s) for s in accept_plan(rev_with_gold, rev_with_gold.disagreements[0], [0, 1]).spans] == [span_key(ana)]


# -- with a real project -----------------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "team.newsmark", create=True) as p:
        p.add_document("Kursk", TEXT)
        yield p


def add(project, annotator, tag, word, attributes="{}"):
    return project.add_span(1, tag, *at(word), annotator=annotator, attributes=attributes)


def gold_rows(project):
    return sorted((s.tag_id, s.start, s.end, s.attributes) for s in project.spans(1) if s.annotator == GOLD)


def test_accepting_a_link_version_makes_the_gold_spans_and_the_link_and_takes_them_back(project):
    a1, a2 = add(project, "ana", FIGURE, "8,000"), add(project, "ana", CLAIM, "troops arrived")
    add(project, "ben", FIGURE, "8,000"), add(project, "ben", CLAIM, "troops arrived")
    project.add_link(1, 1, a1.id, a2.id, annotator="ana")  # evidence: figure -> claim
    rev = review(project.spans(1), project.links(1))
    (d,) = rev.disagreements
    spans, links = apply_plan(project, accept_plan(rev, d, [0]))
    assert len(spans) == 2 and [(k.type_id, k.annotator) for k in links] == [(1, GOLD)]
    assert review(project.spans(1), project.links(1)).disagreements[0].settled
    take_back(project, spans, links)
    assert gold_rows(project) == [] and len(project.links(1)) == 1
    project.restore_spans(spans, links)  # the redo
    assert len(gold_rows(project)) == 2 and len(project.links(1)) == 2


def test_decisions_are_stored_per_curator_and_taken_back(project):
    saved = project.add_curation_decisions(
        [_decision(1, 5, 10, CLAIM, "", GOLD), _decision(1, 5, 10, CLAIM, "link 1 2 0 4", "lead")]
    )
    assert [d.id for d in saved] == [1, 2] and saved[0].created_at
    assert [(d.start, d.end, d.tag_id, d.detail) for d in project.curation_decisions(1, GOLD)] == [(5, 10, CLAIM, "")]
    project.delete_curation_decisions([1])
    assert project.curation_decisions(1, GOLD) == []
    project.restore_curation_decisions(saved[:1])
    assert project.curation_decisions(1, GOLD) == saved[:1]
    project.remove_document(1)
    assert project.curation_decisions(1, "lead") == []


def _decision(document_id, start, end, tag_id, detail, curator):
    from newsmark.core.curationstore import CurationDecision
    return CurationDecision(0, document_id, start, end, tag_id, detail, curator)


WORDS = ["Officials", "said", "8,000", "troops", "arrived", "Kursk", "Monday", "agency", "reported"]
annotations = st.lists(
    st.tuples(st.sampled_from(["ana", "ben", "cy"]), st.sampled_from([CLAIM, FIGURE, LOCATION]),
              st.sampled_from(WORDS), st.sampled_from(["{}", '{"status": "true"}'])),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotations, st.integers(1, 3))
def test_auto_merge_takes_only_what_k_annotators_agree_on_and_its_undo_restores_the_exact_set(tmp_path_factory, made, k):
    with Project.open(tmp_path_factory.mktemp("p") / "p.newsmark", create=True) as project:
        project.add_document("Kursk", TEXT)
        add(project, GOLD, LOCATION, "Kursk")  # gold has one already: never copied twice
        for annotator, tag, word, attributes in made:
            add(project, annotator, tag, word, attributes)
        before = sorted(project.spans(1))
        rev = review(project.spans(1))
        plan = auto_merge_plan(rev, k)
        need = min(k, len(rev.annotators))
        for planned in plan.spans:
            holders = {a for a, mine in rev.spans.items() if span_key(planned) in {span_key(s) for s in mine}}
            assert len(holders) >= need and planned.annotator == GOLD
        keys = [span_key(s) for s in plan.spans]
        assert len(keys) == len(set(keys)) and not set(keys) & {span_key(s) for s in rev.gold}
        agreed_by_all = {key for key in rev.agreed} - {span_key(s) for s in rev.gold}
        assert agreed_by_all <= set(keys)  # whatever all agree on is in, for any k
        spans, links = apply_plan(project, plan)
        assert len(spans) == len(plan.spans)
        if need == len(rev.annotators):  # copies of what all agree on settle no disagreement, nor make one
            assert review(project.spans(1)).disagreements == rev.disagreements
        take_back(project, spans, links)
        assert sorted(project.spans(1)) == before


def test_a_format_6_file_gains_the_decisions_table_and_a_reader_of_one_sees_no_decisions(tmp_path):
    from tests.core.test_storage import old_project
    path = tmp_path / "v6.newsmark"
    old_project(path, 6, "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) "
                         "VALUES (1, 'Old', 'Old text', 8, '', 'x', '2024-01-01T00:00:00Z')").close()
    with Project.open(path, readonly=True) as reader:  # read as it is: format 6, no table
        assert reader.curation_decisions(1, GOLD) == []
    with Project.open(path) as p:
        p.add_curation_decisions([_decision(1, 0, 3, CLAIM, "", GOLD)])
        assert len(p.curation_decisions(1, GOLD)) == 1


@settings(max_examples=60, deadline=None)
@given(annotations)
def test_every_annotators_span_is_agreed_by_all_or_in_exactly_one_disagreement(made):
    spans = [span(i, annotator, tag, word, attributes) for i, (annotator, tag, word, attributes) in enumerate(made, 1)]
    rev = review(spans)
    placed = [s.id for d in rev.disagreements for v in d.versions for s in v.spans]
    assert len(placed) == len(set(placed))
    for s in spans:
        assert (span_key(s) in rev.agreed) != (s.id in placed)
    assert all(d.versions and [v.annotator for v in d.versions] == rev.annotators for d in rev.disagreements)
    starts = [(d.start, d.end) for d in rev.disagreements]
    assert starts == sorted(starts)
    for d in rev.disagreements:  # no two disagreements overlap: each is one place in the text
        assert not any(o is not d and o.start < d.end and d.start < o.end for o in rev.disagreements)
