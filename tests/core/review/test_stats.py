"""The report's figures: counts per tag, annotator, status and document, top values and progress, read from the file."""

from __future__ import annotations

import math

import pytest

from newsmark.core.model import Span
from newsmark.core.review.stats import collect
from newsmark.core.review.tables import tables
from newsmark.core.storage import Project
from newsmark.core.tagset import TagSpec

TEXT = "Kyiv said prices rose. The mayor of Kyiv spoke in Odesa today."


def span(doc, tag, start, end, who="ana", day="2024-05-01", attributes="{}"):
    stamp = f"{day}T09:30:00.000Z" if day else "yesterday"
    return Span(0, doc, tag, start, end, "", who, stamp, stamp, attributes)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        tags = {t.name: t.id for t in p.tags()}
        one, _ = p.add_document("One", TEXT)
        two, _ = p.add_document("Two", TEXT + " ")
        p.add_document("Empty", "nothing tagged here")
        p.update_document(two.id, status="done")
        kyiv = TEXT.index("Kyiv", 5)
        p.add_spans([
            span(one.id, tags["claim"], 0, 21, attributes='{"status": "false"}'),
            span(one.id, tags["claim"], 0, 4, who="ben", day="2024-05-03", attributes='{"status": "true"}'),
            span(one.id, tags["claim"], 5, 9, who="ben", day="2024-05-03", attributes="not json"),
            span(one.id, tags["location"], 0, 4),  # no place: counted by its text
            span(one.id, tags["location"], kyiv, kyiv + 4, attributes='{"place": "kyiv"}'),
            span(one.id, tags["location"], TEXT.index("Odesa"), TEXT.index("Odesa") + 5, day="",
                 attributes='{"place": "  "}'),
            span(two.id, tags["quote"], 23, 40, who="", attributes='{"speaker": "The mayor"}'),
            span(two.id, tags["quote"], 0, 9, who="ben", day="2024-05-03"),
        ])
    with Project.open(path, readonly=True) as p:
        yield p


def test_counts_per_tag_annotator_status_and_document(project):
    stats = collect(project)
    assert (stats.documents, stats.spans) == (3, 8)
    assert stats.per_tag == {"claim": 3, "figure": 0, "quote": 2, "location": 3}
    assert stats.per_annotator == {
        "ana": {"claim": 1, "location": 3}, "ben": {"claim": 2, "quote": 1}, "(no name)": {"quote": 1},
    }
    assert stats.per_status == {
        "todo": {"claim": 3, "location": 3}, "in_progress": {}, "done": {"quote": 2}, "reviewed": {},
    }
    assert stats.documents_per_status == {"todo": 2, "in_progress": 0, "done": 1, "reviewed": 0}
    assert [(d.id, d.title, d.spans) for d in stats.top_documents] == [(1, "One", 6), (2, "Two", 2)]
    assert stats.documents_without_spans == 1


def test_claims_places_and_speakers_come_from_their_attributes(project):
    stats = collect(project)
    # The claim tag's choices give the order; a damaged attributes column counts as no status.
    assert stats.claims.values == [("true", 1), ("false", 1)] and stats.claims.missing == 1
    # "Kyiv" (the span's text, no place given) and "kyiv" (the place) are one location; a blank place is its text.
    assert stats.locations.values == [("Kyiv", 2), ("Odesa", 1)] and stats.locations.missing == 0
    assert stats.speakers.values == [("The mayor", 1)] and stats.speakers.missing == 1


def test_progress_has_every_day_between_the_first_and_the_last(project):
    stats = collect(project)
    assert stats.days == ["2024-05-01", "2024-05-02", "2024-05-03"]
    assert stats.progress == {"(no name)": [1, 0, 0], "ana": [3, 0, 0], "ben": [0, 0, 3]}
    assert stats.undated == 1  # its creation time is not a date


def test_top_limits_the_lists(project):
    stats = collect(project, top=1)
    assert [d.id for d in stats.top_documents] == [1]
    assert stats.locations.values == [("Kyiv", 2)]
    assert stats.claims.values == [("true", 1), ("false", 1)]  # a status is never cut


def test_agreement_is_shown_only_when_given_and_undefined_values_stay_undefined(project):
    assert collect(project).agreement is None
    assert "agreement" not in [t.key for t in tables(collect(project))]
    stats = collect(project, agreement={"claim": (0.8, 0.61), "quote": (math.nan, None)})
    assert stats.agreement == {"claim": (0.8, 0.61), "quote": (None, None)}
    table = next(t for t in tables(stats) if t.key == "agreement")
    assert table.rows == [("claim", "0.800", "0.610"), ("quote", "n/a", "n/a")]


def test_a_project_without_the_default_tags_or_spans(tmp_path):
    with Project.open(tmp_path / "bare.newsmark", create=True, tag_set=[TagSpec("topic", "#123456")]) as p:
        stats = collect(p)
    assert (stats.documents, stats.spans, stats.days, stats.progress) == (0, 0, [], {})
    assert stats.claims.tag is None and stats.locations.values == []
    notes = {t.key: t.note for t in tables(stats)}
    assert notes["claims"] == "The project has no tag 'claim'."
