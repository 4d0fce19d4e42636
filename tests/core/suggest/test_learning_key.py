"""What a learned model was learned from (``model_key``) and stopping a training under way."""

from __future__ import annotations

import pytest

from newsmark.core.storage import Project
from newsmark.core.suggest.learning import TrainingStopped, model_key, project_examples, train
from newsmark.core.suggest.running import project_suggester
from tests.core.suggest.learningcase import decide, make_project


@pytest.fixture
def project(tmp_path):
    with Project.open(make_project(tmp_path)) as p:
        suggester = project_suggester(p)
        p.store_suggestions({d.id: suggester(p.document(d.id).text) for d in p.documents()})
        yield p


def test_the_key_follows_the_decisions_and_tags_not_the_open_suggestions(project):
    empty = model_key(project)
    decide(project)
    decided = model_key(project)
    assert decided != empty
    suggester = project_suggester(project)
    project.store_suggestions({d.id: suggester(project.document(d.id).text) for d in project.documents()})
    assert model_key(project) == decided  # suggesting again changes no decision: the model stays fresh
    first = project.suggestions()[0]
    project.reject_suggestions([first.id])
    rejected = model_key(project)
    assert rejected != decided
    project.reopen_suggestions([first.id])  # undone
    assert model_key(project) == decided
    project.accept_suggestions([(first.id, {})])  # the same suggestion decided the other way
    assert model_key(project) not in (decided, rejected)
    project.reopen_suggestions([first.id])
    tag = next(t for t in project.tags() if t.name == "location")
    project.update_tag(tag.id, name="place")
    assert model_key(project) != decided


def test_a_span_on_a_rejected_suggestions_edges_changes_the_key(project):
    decide(project)
    before = model_key(project)
    rejected = next(s for s in project.suggestions(status=None) if s.status == "rejected")
    span = project.add_span(rejected.document_id, rejected.tag_id, rejected.start, rejected.end, annotator="ana")
    assert model_key(project) != before  # that suggestion now counts as accepted
    project.delete_spans([span.id])
    assert model_key(project) == before


def test_training_stops_when_asked(project):
    decide(project)
    examples = project_examples(project)
    assert train(examples).tags == ["location"]
    asked = []

    def stopped():
        asked.append(1)
        return len(asked) > 1  # the second look says stop

    with pytest.raises(TrainingStopped):
        train(examples, stopped)
    with pytest.raises(TrainingStopped):
        project_examples(project, lambda: True)
