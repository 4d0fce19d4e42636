"""Links and document labels on disk: every write is one transaction, checked, and undone exactly."""

from __future__ import annotations

import pytest
from newsmark.core.errors import NewsmarkError, NotFoundError
from newsmark.core.linkstore import LinkError
from newsmark.core.model import Link, LinkType
from newsmark.core.storage import Project

from tests.core.transactions import ONE, count_transactions

TEXT = "Officials said 8,000 troops arrived in Kursk. “We hold Kursk,” said Ivan."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


@pytest.fixture
def doc(project):
    """One document with a claim, a figure, a location, a quote and a second location (ids in that order)."""
    doc, _ = project.add_document("Kursk", TEXT)
    tags = {t.name: t.id for t in project.tags()}
    for tag, word in [("claim", "8,000 troops arrived in Kursk"), ("figure", "8,000"), ("location", "Kursk"),
                      ("quote", "We hold Kursk"), ("location", "Ivan")]:
        start = TEXT.index(word)
        project.add_span(doc.id, tags[tag], start, start + len(word))
    return doc


def _spans(project, doc):
    """The fixture's spans by name."""
    claim, figure, place, quote, ivan = sorted(project.spans(doc.id), key=lambda s: s.id)
    return claim, figure, place, quote, ivan


def _types(project) -> dict[str, int]:
    return {t.name: t.id for t in project.link_types()}


def test_a_new_project_has_the_default_link_types_and_categories(project):
    assert [(t.name, t.sources, t.targets, t.symmetric) for t in project.link_types()] == [
        ("evidence", ("figure", "quote"), ("claim",), False),
        ("about", ("claim", "quote", "figure"), ("location",), False),
        ("said_by", ("quote",), (), False),
        ("same_as", (), (), True),
    ]
    assert [(c.name, c.multiple, c.choices[0]) for c in project.categories()] == [
        ("topic", True, "politics"), ("genre", False, "news"), ("stance", False, "supportive")
    ]


def test_a_link_type_says_which_tags_it_joins():
    evidence = LinkType(1, "evidence", "#000000", sources=("figure", "Quote"), targets=("claim",))
    same = LinkType(2, "same_as", "#000000", symmetric=True)
    said = LinkType(3, "said_by", "#000000", sources=("quote",))
    located = LinkType(4, "in", "#000000", sources=("claim",), targets=("location",), symmetric=True)
    assert evidence.allows("figure", "claim") and evidence.allows("quote", "CLAIM")
    assert not evidence.allows("claim", "figure") and not evidence.allows("location", "claim")
    assert same.allows("claim", "location") and said.allows("quote", "anything") and not said.allows("claim", "quote")
    assert located.allows("location", "claim")  # symmetric: either way round


def test_adding_a_link_is_one_transaction_and_reads_back(project, doc):
    claim, figure, *_ = _spans(project, doc)
    made = []
    assert count_transactions(project, lambda: made.append(
        project.add_link(doc.id, _types(project)["evidence"], figure.id, claim.id, note="the count", annotator="ana")
    )) == ONE
    (link,) = made
    assert project.links(doc.id) == [link] == list(project.all_links()) == project.links_of_spans([claim.id])
    assert project.link(link.id) == link and (link.note, link.annotator) == ("the count", "ana")
    assert link.created_at == link.updated_at and link.created_at.endswith("Z")
    assert project.link_counts(doc.id) == {claim.id: 1, figure.id: 1}


def test_a_link_the_tag_set_does_not_allow_is_refused_and_nothing_is_written(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    other, _ = project.add_document("Other", "Another text.")
    elsewhere = project.add_span(other.id, project.tags()[0].id, 0, 7)
    cases = [
        ((doc.id, types["evidence"], claim.id, figure.id), "cannot go from a 'claim' span to a 'figure' span"),
        ((doc.id, types["same_as"], claim.id, claim.id), "two different spans"),
        ((doc.id, types["same_as"], claim.id, elsewhere.id), "one document"),
        ((other.id, types["same_as"], claim.id, place.id), "one document"),
    ]
    for args, message in cases:
        with pytest.raises(LinkError, match=message):
            project.add_link(*args)
    with pytest.raises(NotFoundError):
        project.add_link(doc.id, 999, claim.id, place.id)
    with pytest.raises(NotFoundError):
        project.add_link(doc.id, types["same_as"], claim.id, 999)
    assert list(project.all_links()) == []
    assert issubclass(LinkError, ValueError) and issubclass(LinkError, NewsmarkError)


def test_the_same_link_twice_is_refused_and_a_symmetric_one_either_way(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    project.add_link(doc.id, types["evidence"], figure.id, claim.id)
    with pytest.raises(LinkError, match="already"):
        project.add_link(doc.id, types["evidence"], figure.id, claim.id)
    project.add_link(doc.id, types["same_as"], place.id, ivan.id)
    with pytest.raises(LinkError, match="already"):
        project.add_link(doc.id, types["same_as"], ivan.id, place.id)
    project.add_link(doc.id, types["said_by"], quote.id, ivan.id)  # another type between other spans: fine
    assert len(project.links(doc.id)) == 3


def test_many_links_are_added_all_or_none(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    good = Link(0, doc.id, types["evidence"], figure.id, claim.id, "", "ana", "t1", "t1")
    bad = Link(0, doc.id, types["evidence"], claim.id, figure.id, "", "ana", "t1", "t1")
    with pytest.raises(LinkError):
        project.add_links([good, bad])
    assert project.links(doc.id) == []
    saved = []
    assert count_transactions(project, lambda: saved.extend(project.add_links([good, good._replace(source_id=quote.id)]))) == ONE
    assert project.links(doc.id) == saved and [k.id for k in saved] == [1, 2] and saved[0]._replace(id=0) == good


def test_links_are_deleted_and_restored_exactly_in_one_transaction_each(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    first = project.add_link(doc.id, types["evidence"], figure.id, claim.id)
    second = project.add_link(doc.id, types["about"], claim.id, place.id)
    removed = []
    assert count_transactions(project, lambda: removed.extend(project.delete_links([first.id, second.id]))) == ONE
    assert removed == [first, second] and project.links(doc.id) == []
    assert count_transactions(project, lambda: project.restore_links(removed)) == ONE
    assert project.links(doc.id) == [first, second]
    with pytest.raises(NotFoundError):  # an unknown id deletes nothing
        project.delete_links([first.id, 999])
    assert project.links(doc.id) == [first, second]


def test_updating_a_link_is_checked_and_one_transaction(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    link = project.add_link(doc.id, types["evidence"], figure.id, claim.id)
    new = []
    assert count_transactions(project, lambda: new.append(project.update_link(link.id, note="seen", source_id=quote.id))) == ONE
    assert project.link(link.id) == new[0] and (new[0].note, new[0].source_id) == ("seen", quote.id)
    with pytest.raises(LinkError):
        project.update_link(link.id, type_id=types["about"])  # quote -> claim is no "about"
    with pytest.raises(TypeError):
        project.update_link(link.id, document_id=2)
    assert project.link(link.id) == new[0]
    assert project.update_link(link.id, note="again").note == "again"  # its own ends are no duplicate of itself


def test_document_labels_are_set_checked_and_returned_for_undo(project, doc):
    topic, genre, _ = project.categories()
    old = []
    assert count_transactions(project, lambda: old.append(project.set_document_labels(doc.id, topic.id, ["war", "economy"]))) == ONE
    assert old == [[]]
    before = project.document_labels(doc.id)
    assert [(label.value, label.annotator) for label in before] == [("economy", "tester"), ("war", "tester")]
    assert project.set_document_labels(doc.id, topic.id, ["war", "politics"]) == ["economy", "war"]
    now = {label.value: label for label in project.document_labels(doc.id)}
    assert now["war"] == before[1] and "economy" not in now  # a kept value keeps its time
    with pytest.raises(LinkError, match="not a choice"):
        project.set_document_labels(doc.id, genre.id, ["satire"])
    with pytest.raises(LinkError, match="one choice"):
        project.set_document_labels(doc.id, genre.id, ["news", "opinion"])
    with pytest.raises(NotFoundError):
        project.set_document_labels(999, genre.id, ["news"])
    project.set_document_labels(doc.id, genre.id, ["news"])
    assert [(label.category_id, label.value) for label in project.document_labels(doc.id)] == [
        (topic.id, "politics"), (topic.id, "war"), (genre.id, "news")
    ]
    assert project.documents_labelled(topic.id, "war") == {doc.id} and project.documents_labelled(genre.id, "opinion") == set()
    assert project.labels_by_document() == {doc.id: project.document_labels(doc.id)}
    labels = project.document_labels(doc.id)
    project.set_document_labels(doc.id, topic.id, [])
    assert count_transactions(project, lambda: project.restore_document_labels(labels)) == ONE
    assert project.document_labels(doc.id) == labels


def test_a_retag_that_would_break_links_names_them_first(project, doc):
    claim, figure, place, quote, ivan = _spans(project, doc)
    types = _types(project)
    tags = {t.name: t.id for t in project.tags()}
    evidence = project.add_link(doc.id, types["evidence"], figure.id, claim.id)
    same = project.add_link(doc.id, types["same_as"], figure.id, place.id)
    assert project.links_retag_would_break(figure.id, tags["quote"]) == []  # a quote may be evidence too
    assert project.links_retag_would_break(figure.id, tags["location"]) == [evidence]  # same_as joins any tags
    assert project.links_retag_would_break(claim.id, tags["figure"]) == [evidence]
    assert project.links_retag_would_break(ivan.id, tags["claim"]) == [] and same in project.links(doc.id)


def test_two_analysts_giving_the_same_label_are_both_kept_and_each_changes_only_their_own(project, doc):
    topic, genre, _ = project.categories()
    project.set_document_labels(doc.id, genre.id, ["news"], annotator="ana")
    assert count_transactions(project, lambda: project.set_document_labels(doc.id, genre.id, ["news"], annotator="bo")) == ONE
    assert [(x.value, x.annotator) for x in project.document_labels(doc.id)] == [("news", "ana"), ("news", "bo")]
    # A single-choice category takes one value from each analyst; their answers may differ (review compares them).
    assert project.set_document_labels(doc.id, genre.id, ["opinion"], annotator="bo") == ["news"]
    assert [(x.value, x.annotator) for x in project.document_labels(doc.id)] == [("news", "ana"), ("opinion", "bo")]
    assert project.set_document_labels(doc.id, genre.id, [], annotator="ana") == ["news"]  # clears ana's only
    assert [(x.value, x.annotator) for x in project.document_labels(doc.id)] == [("opinion", "bo")]
    project.set_document_labels(doc.id, topic.id, ["war"], annotator="ana")
    project.set_document_labels(doc.id, topic.id, ["war", "economy"], annotator="bo")
    both = [x for x in project.document_labels(doc.id) if x.category_id == topic.id]
    assert [(x.value, x.annotator) for x in both] == [("economy", "bo"), ("war", "ana"), ("war", "bo")]
    assert project.documents_labelled(topic.id, "war") == {doc.id}
    assert count_transactions(project, lambda: project.remove_document_labels(both[1:2])) == ONE
    assert [(x.value, x.annotator) for x in project.document_labels(doc.id) if x.category_id == topic.id] == [
        ("economy", "bo"), ("war", "bo")
    ]
    project.restore_document_labels(both)
    assert [x for x in project.document_labels(doc.id) if x.category_id == topic.id] == both


def test_a_category_with_two_analysts_answers_can_become_single_choice_but_not_with_two_from_one(project, doc):
    topic = project.categories()[0]
    project.set_document_labels(doc.id, topic.id, ["war"], annotator="ana")
    project.set_document_labels(doc.id, topic.id, ["economy"], annotator="bo")
    assert project.update_category(topic.id, multiple=False).multiple is False
    project.update_category(topic.id, multiple=True)
    project.set_document_labels(doc.id, topic.id, ["war", "politics"], annotator="ana")
    with pytest.raises(LinkError, match="1 document"):
        project.update_category(topic.id, multiple=False)
