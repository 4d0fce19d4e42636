"""Auto-merge carries the links enough annotators drew between spans that end up in gold, in the same step."""

from __future__ import annotations

import pytest

from newsmark.core.model import Link, Span
from newsmark.core.review.curation import GOLD, apply_plan, auto_merge_plan, link_unit, review, take_back
from newsmark.core.storage import Project

from tests.core.transactions import ONE, count_transactions

TEXT = "Officials said 8,000 troops arrived in Kursk on Monday, the agency reported.\n"
CLAIM, FIGURE, QUOTE, LOCATION = 1, 2, 3, 4
EVIDENCE, ABOUT, SAME = 1, 2, 4  # same_as (4) is symmetric


def at(word):
    start = TEXT.index(word)
    return start, start + len(word)


def span(i, annotator, tag, word):
    return Span(i, 1, tag, *at(word), annotator=annotator)


def link(i, type_id, source, target):
    return Link(i, 1, type_id, source.id, target.id, annotator=source.annotator)


def team(*extra_links):
    """ana and ben both mark the figure and the claim and link them; ana alone marks Kursk and links the claim to it."""
    spans = {(who, word): span(i, who, tag, word) for i, (who, tag, word) in enumerate(
        [("ana", FIGURE, "8,000"), ("ana", CLAIM, "troops arrived"), ("ana", LOCATION, "Kursk"),
         ("ben", FIGURE, "8,000"), ("ben", CLAIM, "troops arrived")], 1)}
    links = [link(1, EVIDENCE, spans["ana", "8,000"], spans["ana", "troops arrived"]),
             link(2, EVIDENCE, spans["ben", "8,000"], spans["ben", "troops arrived"]),
             link(3, ABOUT, spans["ana", "troops arrived"], spans["ana", "Kursk"])]
    return spans, links + [f(spans) for f in extra_links]


def keys(plan):
    return [(t, s[1:3], e[1:3]) for t, s, e in plan.links]


def test_a_link_both_annotators_drew_between_merged_spans_goes_with_them():
    spans, links = team()
    plan = auto_merge_plan(review(spans.values(), links))
    assert [(s.tag_id, s.start, s.end) for s in plan.spans] == [(FIGURE, *at("8,000")), (CLAIM, *at("troops arrived"))]
    assert keys(plan) == [(EVIDENCE, at("8,000"), at("troops arrived"))]


def test_with_one_annotator_enough_the_lone_link_and_its_end_go_too():
    spans, links = team()
    plan = auto_merge_plan(review(spans.values(), links), 1)
    assert sorted(keys(plan)) == [(EVIDENCE, at("8,000"), at("troops arrived")), (ABOUT, at("troops arrived"), at("Kursk"))]


def test_a_link_to_a_span_left_out_of_gold_is_left_out():
    spans, links = team(lambda s: link(4, ABOUT, s["ben", "troops arrived"], s["ben", "8,000"]))
    plan = auto_merge_plan(review(spans.values(), links))  # ana's about-link ends at Kursk, which only ana has
    assert keys(plan) == [(EVIDENCE, at("8,000"), at("troops arrived"))]


def test_a_symmetric_link_drawn_either_way_is_one_link():
    spans, links = team(lambda s: link(4, SAME, s["ana", "8,000"], s["ana", "troops arrived"]),
                        lambda s: link(5, SAME, s["ben", "troops arrived"], s["ben", "8,000"]))
    plan = auto_merge_plan(review(spans.values(), links, symmetric={SAME}))
    assert [k[0] for k in keys(plan)] == [EVIDENCE, SAME]
    assert auto_merge_plan(review(spans.values(), links)).links == plan.links[:1]  # not symmetric: they differ


def test_a_link_gold_has_or_the_curator_rejected_is_not_merged_again():
    spans, links = team()
    figure, claim = span(11, GOLD, FIGURE, "8,000"), span(12, GOLD, CLAIM, "troops arrived")
    only_link = auto_merge_plan(review([*spans.values(), figure, claim], links))
    assert only_link.spans == [] and keys(only_link) == [(EVIDENCE, at("8,000"), at("troops arrived"))] and only_link
    assert only_link.document_id == 1
    done = auto_merge_plan(review([*spans.values(), figure, claim], [*links, link(13, EVIDENCE, figure, claim)]))
    assert not done
    by_id = {s.id: s for s in spans.values()}
    rejected = {link_unit(links[0], by_id)}
    assert auto_merge_plan(review(spans.values(), links, rejected=rejected)).links == []


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "team.newsmark", create=True) as p:
        p.add_document("Kursk", TEXT)
        made = {}
        for who, tag, word in [("ana", FIGURE, "8,000"), ("ana", CLAIM, "troops arrived"), ("ben", FIGURE, "8,000"),
                               ("ben", CLAIM, "troops arrived")]:
            made[who, word] = p.add_span(1, tag, *at(word), annotator=who)
        for who in ("ana", "ben"):
            p.add_link(1, EVIDENCE, made[who, "8,000"].id, made[who, "troops arrived"].id, annotator=who)
        yield p


def test_applying_the_merge_makes_the_gold_link_in_the_same_transaction_and_undo_takes_all_back(project):
    before = (project.spans(1), project.links(1))
    plan = auto_merge_plan(review(project.spans(1), project.links(1)))
    made = []
    assert count_transactions(project, lambda: made.extend(apply_plan(project, plan))) == ONE
    spans, links = made
    gold = {s.id: s for s in project.spans(1) if s.annotator == GOLD}
    (gold_link,) = [k for k in project.links(1) if k.source_id in gold]
    assert (gold[gold_link.source_id].tag_id, gold[gold_link.target_id].tag_id, gold_link.type_id) == (FIGURE, CLAIM, EVIDENCE)
    assert links == [gold_link] and gold_link.annotator == GOLD
    assert count_transactions(project, lambda: take_back(project, spans, links)) == ONE
    assert (project.spans(1), project.links(1)) == before


def test_a_span_the_curator_rejected_is_not_merged_nor_its_links():
    spans, links = team()
    rev = review(spans.values(), links)
    assert [d.kind for d in rev.disagreements] == ["only_some"]  # ana's Kursk
    kursk = rev.disagreements[0].units
    plan = auto_merge_plan(review(spans.values(), links, rejected=kursk), 1)
    assert [TEXT[s.start:s.end] for s in plan.spans] == ["8,000", "troops arrived"]
    assert keys(plan) == [(EVIDENCE, at("8,000"), at("troops arrived"))]
