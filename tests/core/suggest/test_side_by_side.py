"""A long text's location suggester in a second process: the same suggestions as one after another, or run here."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

import newsmark
from newsmark.core.suggest import default_suggesters, suggest, sidebyside
from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.teamgazetteer import parse_team_gazetteer

TEXT = ("KYIV, Ukraine (AP) — Russia fired 40 missiles at the capital overnight, officials said on Tuesday.\n\n"
        "“We will rebuild,” said Mayor Vitali Klitschko. The strikes hit Kharkiv and Lviv too, according to the army.\n")


@pytest.fixture
def two_cores(monkeypatch):
    """Side by side even for a short text, as on any machine with two cores."""
    monkeypatch.setattr(sidebyside, "SIDE_BY_SIDE_FROM", 0)
    monkeypatch.setattr(sidebyside, "cores", lambda: 2)


def test_the_second_process_gives_the_same_suggestions(two_cores):
    registry = default_suggesters()
    wanted = list(registry)
    together = sidebyside.side_by_side(TEXT, registry, wanted)
    alone = [s for tag in wanted for s in registry[tag](TEXT)]
    assert together is not None and sorted(together) == sorted(alone)
    assert any(s.tag == "location" for s in together) and any(s.tag == "quote" for s in together)


def test_a_projects_location_suggester_with_its_team_gazetteer_can_be_sent(two_cores):
    """The window's suggester (a team's names, details) is a partial a child process can run."""
    team = parse_team_gazetteer("Lviv\tstop\nPodil\tdistrict\n")
    side = partial(suggest_locations, team=team, demonyms=False, details=True)
    assert pickle.loads(pickle.dumps(side))(TEXT) == side(TEXT)
    registry = {**default_suggesters(), "location": side}
    assert sorted(sidebyside.side_by_side(TEXT, registry, list(registry))) == sorted(
        s for fn in registry.values() for s in fn(TEXT))


def test_a_suggester_only_this_process_can_run_is_run_here(two_cores):
    registry = {**default_suggesters(), "location": lambda text: suggest_locations(text)}
    assert sidebyside.side_by_side(TEXT, registry, list(registry)) is None
    assert suggest(TEXT, registry) == suggest(TEXT)  # suggest() then runs it here: nothing lost


def test_a_child_that_cannot_start_leaves_the_work_here(two_cores, monkeypatch):
    class NoProcesses(sidebyside.ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            raise OSError("no processes here")
    monkeypatch.setattr(sidebyside, "ProcessPoolExecutor", NoProcesses)
    registry = default_suggesters()
    assert sorted(sidebyside.side_by_side(TEXT, registry, list(registry))) == sorted(
        s for fn in registry.values() for s in fn(TEXT))


def test_short_texts_one_core_or_location_alone_stay_in_this_process(monkeypatch):
    monkeypatch.setattr(sidebyside, "cores", lambda: 2)
    assert not sidebyside.worth_it(TEXT, ["figure", "location"])  # short
    assert sidebyside.worth_it("x" * 1_000_000, ["figure", "location"])
    assert not sidebyside.worth_it("x" * 1_000_000, ["location"])  # nothing to do beside it
    assert not sidebyside.worth_it("x" * 1_000_000, ["figure", "quote"])
    monkeypatch.setattr(sidebyside, "cores", lambda: 1)
    assert not sidebyside.worth_it("x" * 1_000_000, ["figure", "location"])


def test_what_a_dead_child_did_not_give_is_run_here(two_cores, monkeypatch):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class DyingChild(sidebyside.ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            future = Future()
            future.set_exception(BrokenProcessPool("killed"))
            return future
    monkeypatch.setattr(sidebyside, "ProcessPoolExecutor", DyingChild)
    registry = default_suggesters()
    assert sorted(sidebyside.side_by_side(TEXT, registry, list(registry))) == sorted(
        s for fn in registry.values() for s in fn(TEXT))


def test_a_figure_suggester_only_this_process_can_run_stays_here_while_locations_go(two_cores):
    registry = {**default_suggesters(), "figure": lambda text: default_suggesters()["figure"](text)}
    together = sidebyside.side_by_side(TEXT, registry, list(registry))
    assert together is not None and sorted(together) == sorted(s for fn in registry.values() for s in fn(TEXT))


def test_the_child_loads_only_what_its_share_needs():
    """The child imports the location and figure suggesters fresh (spawned): the quote and claim suggesters' modules,
    whose patterns take about a second to build, are not among what that pulls in."""
    code = ("import sys; import newsmark.core.suggest.locations, newsmark.core.suggest.figures; "
            "print(' '.join(m for m in ('quotes', 'claims', 'attribution') if 'newsmark.core.suggest.' + m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(Path(newsmark.__file__).resolve().parent.parent)}
    loaded = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert loaded.split() == []
