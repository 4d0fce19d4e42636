"""A long text's location and figure suggesters run in a second process while this one runs the others.

On a text of a megabyte or more the four suggesters take seconds one after another, and the location
suggester is the longest of them. Where the machine has a second core, it (with the figure suggester, so that
both processes have about as much to do) runs in a child process
(started fresh, not forked: the window's threads stay out of it) while this process runs the rest, and
the suggestions are the same as one after another. The child costs about half a second to start (its
imports and the gazetteer), so shorter texts are not worth it. It is kept ready for ``IDLE_SECONDS`` after its
last work (about 60 MB), so that the next long text, or a second suggestion run over the same one, does not pay that
start again; then it exits. Anything that keeps the child from running (no second core, a suggester that cannot be
sent to it, a child that dies) leaves the caller to run it here: nothing is ever lost or different, only slower.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsmark.core.suggest.suggestion import Suggestion

SIDE_BY_SIDE_FROM = 1_000_000  # code points: below this, starting the child costs more than it saves
SIDE_TAG = "location"
SIDE_TAGS = (SIDE_TAG, "figure")  # the child's share: ~2.7 s of ~5.3 on the 5 MB benchmark article, the rest here
IDLE_SECONDS = 60.0  # a child with nothing to do is kept this long for the next long text, then ends


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worth_it(text: str, wanted: Sequence[str], at_least: int = SIDE_BY_SIDE_FROM) -> bool:
    """Whether running the location suggester beside the others can save time on this text here."""
    return len(text) >= at_least and SIDE_TAG in wanted and len(wanted) > 1 and cores() >= 2


def _sendable(suggester: Callable[[str], list[Suggestion]]) -> bool:
    """Whether a child process can be given this suggester (a module's function or a partial of one; no closure)."""
    try:
        pickle.dumps(suggester)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _packed(suggester: Callable[[str], list[Suggestion]], text: str) -> tuple:
    """The child's work: a suggester's suggestions as columns, their attributes as one JSON array (attributes are JSON
    values, as stored). Sent so, 72k suggestions cross in about a third of the time they take one object at a time."""
    found = suggester(text)
    if not found:
        return ()
    tags, starts, ends, attributes, confidences, names = zip(*found)
    return tags, starts, ends, json.dumps(attributes), confidences, names


def _unpacked(columns: tuple) -> list[Suggestion]:
    if not columns:
        return []
    tags, starts, ends, attributes, confidences, names = columns
    return list(map(Suggestion, tags, starts, ends, json.loads(attributes), confidences, names))


def _end_with_parent() -> None:
    """In the child: end as soon as the parent has (even killed: its pipes, which the child shares, would never tell)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_after, args=(parent,), name="newsmark-parent-watch", daemon=True).start()


def _exit_after(parent) -> None:
    parent.join()  # returns when the parent process has ended
    os._exit(0)


class _KeptChild:
    """The one child process, started on first use and kept ready between calls until it has been idle for
    ``IDLE_SECONDS`` (or has died: the next call starts another). Safe to use from several threads: their work
    queues for the one child."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._users = 0
        self._timer: threading.Timer | None = None

    def take(self) -> ProcessPoolExecutor:
        """The child's pool, started if there is none; give it back with ``give_back`` when its results are in."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._pool is None:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_end_with_parent)
            self._users += 1
            return self._pool

    def give_back(self, pool: ProcessPoolExecutor, broken: bool = False) -> None:
        """Done with ``pool``: a broken one is let go at once, a sound one ends after ``IDLE_SECONDS`` unused."""
        with self._lock:
            self._users -= 1
            if broken and pool is self._pool:
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
            if self._pool is not None and self._users == 0:
                self._timer = threading.Timer(IDLE_SECONDS, self._end_if_idle)
                self._timer.daemon = True  # never keeps the program from exiting
                self._timer.start()

    def _end_if_idle(self) -> None:
        with self._lock:
            if self._users == 0:
                self.end()

    def end(self) -> None:
        """Let the child go now (it finishes what it was given first); the next call starts a new one."""
        pool, self._pool = self._pool, None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if pool is not None:
            pool.shutdown(wait=False)


_CHILD = _KeptChild()


def end_child() -> None:
    """Let the kept child process go now rather than after ``IDLE_SECONDS`` (tests, benchmarks of a first run)."""
    with _CHILD._lock:
        _CHILD.end()


def side_by_side(text: str, registry: Mapping[str, Callable[[str], list[Suggestion]]],
                 wanted: Sequence[str]) -> list[Suggestion] | None:
    """Every suggestion of ``wanted``: the location suggester's (and the figure suggester's, so both processes have
    about as much to do) from the child process; None when the location suggester cannot be sent to one (a closure:
    the caller runs everything here). What a child that cannot start or dies did not give is run here."""
    sent = [tag for tag in SIDE_TAGS if tag in wanted and _sendable(registry[tag])]
    if SIDE_TAG not in sent:
        return None  # a lambda or a closure: only this process can run it
    found: list[Suggestion] = []
    pool = _CHILD.take()
    broken = False
    try:
        try:
            futures = {tag: pool.submit(_packed, registry[tag], text) for tag in sent}
        except (BrokenProcessPool, OSError, RuntimeError):
            futures, broken = {}, True  # no process to start (a sandbox, the interpreter shutting down)
        found += [s for tag in wanted if tag not in futures for s in registry[tag](text)]
        for tag, future in futures.items():
            try:
                found += _unpacked(future.result())
            except BrokenProcessPool:
                broken = True
                found += registry[tag](text)  # the child died (out of memory, killed): the same work here
    finally:
        _CHILD.give_back(pool, broken)
    return found
