"""A long text's location suggester in a second process: the same suggestions as one after another, or run here."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from functools import partial
from pathlib import Path

import pytest

import newsmark
from newsmark.core.suggest import default_suggesters, suggest, sidebyside
from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.teamgazetteer import parse_team_gazetteer

TEXT = ("KYIV, Ukraine (AP) — Russia fired 40 missiles at the capital overnight, officials said on Tuesday.\n\n"
        "“We will rebuild,” said Mayor Vitali Klitschko. The strikes hit Kharkiv and Lviv too, according to the army.\n")


@pytest.fixture(autouse=True)
def no_kept_child():
    """Each test starts without a child kept from an earlier one (whose pool a test's stand-in would not replace)."""
    sidebyside.end_child()
    yield
    sidebyside.end_child()


def child_pid(text: str) -> list[Suggestion]:
    """A location suggester (a module's function: it can be sent) whose one suggestion names the process it ran in."""
    return [Suggestion("location", 0, 1, {"pid": os.getpid()}, 1.0, "pid")]


def pid_of_run(text: str = TEXT) -> int:
    registry = {"location": child_pid, "quote": default_suggesters()["quote"]}
    return next(s.attributes["pid"] for s in sidebyside.side_by_side(text, registry, list(registry)) if s.suggester == "pid")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone_within(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` has ended (or is a zombie) within ``seconds`` (a bound on a hang, not a speed claim)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid) or _zombie(pid):
            return True
        time.sleep(0.05)
    return False


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (FileNotFoundError, IndexError):
        return False


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


def test_the_child_is_kept_ready_for_the_next_long_text(two_cores):
    """Its start (imports, the gazetteer: about half a second) is paid once, not on every long text."""
    first = pid_of_run()
    assert first != os.getpid()
    assert pid_of_run(TEXT + " More.") == first


def test_an_idle_child_ends(two_cores, monkeypatch):
    monkeypatch.setattr(sidebyside, "IDLE_SECONDS", 0.1)
    pid = pid_of_run()
    assert gone_within(pid, 30)
    assert pid_of_run() != pid  # the next long text starts another


def test_a_kept_child_killed_between_texts_costs_nothing(two_cores):
    pid = pid_of_run()
    os.kill(pid, signal.SIGKILL)
    assert gone_within(pid, 30)
    registry = default_suggesters()
    assert sorted(sidebyside.side_by_side(TEXT, registry, list(registry))) == sorted(
        s for fn in registry.values() for s in fn(TEXT))
    later = pid_of_run()
    assert later not in (pid, os.getpid())  # a new child, not this process doing all the work from now on


PROGRAM = textwrap.dedent("""
    import sys
    from newsmark.core.suggest import sidebyside
    from newsmark.core.suggest.locations import suggest_locations
    from newsmark.core.suggest.quotes import suggest_quotes
    sidebyside.SIDE_BY_SIDE_FROM = 0
    sidebyside.cores = lambda: 2
    registry = {"location": suggest_locations, "quote": suggest_quotes}
    sidebyside.side_by_side("Troops left Kyiv.", registry, list(registry))
    print(*[p.pid for p in sidebyside._CHILD._pool._processes.values()], flush=True)
    if sys.argv[1] == "wait":
        sys.stdin.read()
""")


def run_program(mode: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(newsmark.__file__).resolve().parent.parent)}
    return subprocess.Popen([sys.executable, "-c", PROGRAM, mode], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def test_a_program_with_a_kept_child_exits_at_once_and_takes_the_child_with_it():
    with run_program("exit") as program:
        child = int(program.stdout.readline())
        assert program.wait(timeout=30) == 0  # not held for IDLE_SECONDS by the kept child or its timer
    assert gone_within(child, 30)


def test_a_program_killed_takes_its_kept_child_with_it():
    """kill -9 of the window leaves no process behind: the child sees its parent gone and ends."""
    with run_program("wait") as program:
        child = int(program.stdout.readline())
        assert alive(child)
        program.kill()
        program.wait(timeout=30)
    assert gone_within(child, 30)
