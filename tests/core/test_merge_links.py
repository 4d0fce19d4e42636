"""Merging keeps links (through the spans they join) and document labels, each with its annotator."""

from __future__ import annotations

from newsmark.core.merge import merge_into
from newsmark.core.storage import Project

from tests.core.test_storage import old_project
from tests.core.transactions import ONE, count_transactions

SHARED = "Officials said 8,000 troops moved to 👨‍👩‍👧 Kursk.\n"


def analyst(tmp_path, name, *, own_type=False, genre="news"):
    """A project where ``name`` links a figure (theirs) to a claim everyone marked, and labels the document."""
    path = tmp_path / f"{name}.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Shared", SHARED)
        tags = {t.name: t.id for t in p.tags()}
        types = {t.name: t.id for t in p.link_types()}
        figure = p.add_span(doc.id, tags["figure"], 15, 20, annotator=name)
        claim = p.add_span(doc.id, tags["claim"], 0, 14, annotator="common")  # the same span in every project
        place = p.add_span(doc.id, tags["location"], SHARED.index("Kursk"), SHARED.index("Kursk") + 5, annotator="common")
        p.add_link(doc.id, types["evidence"], figure.id, claim.id, annotator=name, note=f"{name}'s")
        p.add_link(doc.id, types["about"], claim.id, place.id, annotator="common")  # the same link everywhere
        if own_type:
            backs = p.add_link_type("backs", "#123456", "x", ["location"], ["claim"])
            p.add_link(doc.id, backs.id, place.id, claim.id, annotator=name)
        categories = {c.name: c.id for c in p.categories()}
        p.set_document_labels(doc.id, categories["genre"], [genre], annotator=name)
        p.set_document_labels(doc.id, categories["topic"], ["war"], annotator=name)
        region = p.add_category("region", ["east"] if own_type else ["west"])
        p.set_document_labels(doc.id, region.id, list(region.choices), annotator=name)
    return path


def _links(project):
    spans = {s.id: s for d in project.documents() for s in project.spans(d.id)}
    names = {t.id: t.name for t in project.link_types()}
    return sorted(
        (names[k.type_id], spans[k.source_id].annotator, spans[k.source_id].start, spans[k.target_id].start, k.annotator, k.note)
        for k in project.all_links()
    )


def test_merge_keeps_links_through_their_spans_and_labels_with_their_annotators(tmp_path):
    ana, ben = analyst(tmp_path, "ana"), analyst(tmp_path, "ben", own_type=True, genre="opinion")
    out = tmp_path / "team.newsmark"
    with Project.open(out, create=True) as target:
        target.add_link_type("other", "#000000", "x")
        with Project.open(ana, readonly=True) as source:
            assert count_transactions(target, lambda: merge_into(target, source)) == ONE
        with Project.open(ben, readonly=True) as source:
            report = merge_into(target, source)
        assert report.line() == (
            "ben.newsmark: 1 spans added, 2 already there; 0 documents added, 1 matched; 0 tags added; "
            "2 links added, 1 already there; 3 document labels added, 0 already there"
        )
        kursk = SHARED.index("Kursk")
        assert _links(target) == [
            ("about", "common", 0, kursk, "common", ""),
            ("backs", "common", kursk, 0, "ben", ""),
            ("evidence", "ana", 15, 0, "ana", "ana's"),
            ("evidence", "ben", 15, 0, "ben", "ben's"),
        ]
        backs = target.link_types()[-1]
        assert (backs.name, backs.key, backs.sources) == ("backs", "", ("location",))  # the target's "other" holds "x"
        categories = {c.id: c for c in target.categories()}
        labels = [(categories[label.category_id].name, label.value, label.annotator) for label in target.document_labels(1)]
        # ana and ben disagree on the genre and agree on the topic: every answer is kept, each with who gave it.
        assert labels == [("topic", "war", "ana"), ("topic", "war", "ben"), ("genre", "news", "ana"), ("genre", "opinion", "ben"),
                          ("region", "east", "ben"), ("region", "west", "ana")]
        assert categories[max(categories)].choices == ("west", "east")
        with Project.open(ben, readonly=True) as source:  # merging again adds nothing
            again = merge_into(target, source)
        assert (again.links_added, again.links_skipped, again.labels_added, again.labels_skipped) == (0, 3, 0, 3)


def test_a_format_5_project_merges_as_before_with_no_links(tmp_path):
    old = tmp_path / "old.newsmark"
    old_project(
        old, 5,
        "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) VALUES (1, 'Old', 'Old text.', 9, '', 'x', 't')",
        'INSERT INTO spans (id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at) '
        "VALUES (1, 1, 1, 0, 3, '', 'ana', 't', 't')",
    ).close()
    with Project.open(tmp_path / "team.newsmark", create=True) as target, Project.open(old, readonly=True) as source:
        report = merge_into(target, source)
        assert report.line() == "old.newsmark: 1 spans added, 0 already there; 1 documents added, 0 matched; 0 tags added"
        assert list(target.all_links()) == [] and target.labels_by_document() == {}
