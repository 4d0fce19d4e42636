"""The learned model: it holds back what the analyst rejected before, across documents, and only once it may."""

from __future__ import annotations

import pytest
from newsmark.core.storage import Project
from newsmark.core.suggest import learning
from newsmark.core.suggest.learning import Example, last_held, newly_held, project_examples, shape, train
from newsmark.core.suggest.running import project_suggester
from newsmark.core.suggest.suggestion import Suggestion
from tests.core.suggest.learningcase import CITIES, NEW, TEAMS, article, decide, make_project

@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path)


def location(text: str, word: str, at: int = 0) -> Suggestion:
    start = text.index(word, at)
    return Suggestion("location", start, start + len(word), {}, 0.8, "locations")


def examples(n: int = 8) -> list[Example]:
    out = []
    for i in range(n):
        text = article(i)
        (a, b), (c, d) = TEAMS[i], CITIES[i]
        out += [Example(text, location(text, a), False), Example(text, location(text, b), False),
                Example(text, location(text, c), True), Example(text, location(text, d), True)]
    return out


def test_shape():
    assert [shape(w) for w in ("Wales", "2-0", "8,000", "U.S.", "iPhone")] == ["Xx", "d-d", "d,d", "X.X.", "xXx"]


def test_a_rejected_pattern_is_held_back_in_a_new_document_and_the_rest_kept():
    model = train(examples())
    wanted = [location(NEW, "Croatia"), location(NEW, "Slovakia"), location(NEW, "Croatia", 20)]
    kept, held = model.screen(NEW, wanted)
    assert [(NEW[s.start:s.end], s.start) for s in held] == [("Croatia", 0), ("Slovakia", 13)]
    assert [(NEW[s.start:s.end], s.start) for s in kept] == [("Croatia", NEW.index("Croatia", 20))]
    assert 0.4 < kept[0].confidence <= 1  # blended with the model's


def test_the_model_needs_enough_decisions_with_both_outcomes():
    assert train(examples()[:16]).tags == []  # 16 decisions: fewer than 20
    assert train([e for e in examples() if not e.accepted] * 3).tags == []  # 48 decisions, all rejected
    few = [e for e in examples() if not e.accepted] * 2 + [e for e in examples() if e.accepted][:2]
    assert train(few).tags == []  # two accepted: fewer than three
    model = train([e for e in examples() if not e.accepted] * 2 + [e for e in examples() if e.accepted][:3])
    assert model.tags == ["location"]
    assert model.decisions["location"] == (3, 32)


def test_other_tags_pass_untouched():
    model = train(examples())
    figure = Suggestion("figure", NEW.index("3-1"), NEW.index("3-1") + 3, {}, 0.7, "figures")
    assert model.screen(NEW, [figure]) == ([figure], [])


def test_training_is_deterministic():
    one, two = train(examples()), train(examples())
    s = location(NEW, "Slovakia")
    assert one.probability(NEW, s) == two.probability(NEW, s)


def test_the_threshold_is_what_holds_back(monkeypatch):
    model = train(examples())
    monkeypatch.setattr(learning, "HOLD_BELOW", 0.0)
    assert model.screen(NEW, [location(NEW, "Slovakia")])[1] == []


def test_project_suggester_learns_from_the_projects_decisions(project):
    with Project.open(project) as p:
        ids = [d.id for d in p.documents()]
        p.store_suggestions({i: project_suggester(p)(p.document(i).text) for i in ids[:-1]})
        decide(p)
        found = project_examples(p)
        assert sum(e.accepted for e in found if e.suggestion.tag == "location") == 16  # the span counts as accepting
        plain = project_suggester(p, tags=["location"])
        learned = project_suggester(p, tags=["location"], learn=True)
        spots = lambda suggester: [(NEW[s.start:s.end], s.start) for s in suggester(NEW)]  # noqa: E731
        assert spots(plain) == [("Croatia", 0), ("Slovakia", 13), ("Croatia", NEW.index("Croatia", 20))]
        assert spots(learned) == [("Croatia", NEW.index("Croatia", 20))]
        assert [NEW[s.start:s.end] for s in last_held(learned)] == ["Croatia", "Slovakia"] and last_held(plain) == []
        new = p.documents()[-1].id
        assert newly_held(p, {new: last_held(learned)}) == 2


def test_what_was_decided_before_is_not_counted_as_held_back(project):
    with Project.open(project) as p:
        ids = [d.id for d in p.documents()]
        p.store_suggestions({i: project_suggester(p)(p.document(i).text) for i in ids[:-1]})
        decide(p)
        learned = project_suggester(p, tags=["location"], learn=True)
        held = {}
        for i in ids[:-1]:
            learned(p.document(i).text)
            held[i] = last_held(learned)
        assert sum(map(len, held.values())) >= 16  # the rejected teams are held back again...
        assert newly_held(p, held) == 0  # ...but they were not going to be proposed anyway


def test_without_decisions_learning_changes_nothing(project):
    with Project.open(project) as p:
        text = p.document(p.documents()[-1].id).text
        assert project_suggester(p, learn=True)(text) == project_suggester(p)(text)
