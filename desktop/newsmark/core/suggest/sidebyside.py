"""A long text's location and figure suggesters run in a second process while this one runs the others.

On a text of a megabyte or more the four suggesters take seconds one after another, and the location
suggester is the longest of them. Where the machine has a second core, it (with the figure suggester, so that
both processes have about as much to do) runs in a child process
(started fresh, not forked: the window's threads stay out of it) while this process runs the rest, and
the suggestions are the same as one after another. The child costs about a third of a second to start (its
imports and the gazetteer), so shorter texts are not worth it. Anything that keeps the child from
running (no second core, a suggester that cannot be sent to it, a child that dies) leaves the caller
to run it here: nothing is ever lost or different, only slower.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsmark.core.suggest.suggestion import Suggestion

SIDE_BY_SIDE_FROM = 1_000_000  # code points: below this, starting the child costs more than it saves
SIDE_TAG = "location"
SIDE_TAGS = (SIDE_TAG, "figure")  # the child's share: ~2.7 s of ~5.3 on the 5 MB benchmark article, the rest here


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


def side_by_side(text: str, registry: Mapping[str, Callable[[str], list[Suggestion]]],
                 wanted: Sequence[str]) -> list[Suggestion] | None:
    """Every suggestion of ``wanted``: the location suggester's (and the figure suggester's, so both processes have
    about as much to do) from a child process; None when the location suggester cannot be sent to one (a closure:
    the caller runs everything here). What a child that cannot start or dies did not give is run here."""
    sent = [tag for tag in SIDE_TAGS if tag in wanted and _sendable(registry[tag])]
    if SIDE_TAG not in sent:
        return None  # a lambda or a closure: only this process can run it
    found: list[Suggestion] = []
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            futures = {tag: pool.submit(_packed, registry[tag], text) for tag in sent}
        except (BrokenProcessPool, OSError, RuntimeError):
            futures = {}  # no process to start (a sandbox, the interpreter shutting down)
        found += [s for tag in wanted if tag not in futures for s in registry[tag](text)]
        for tag, future in futures.items():
            try:
                found += _unpacked(future.result())
            except BrokenProcessPool:
                found += registry[tag](text)  # the child died (out of memory, killed): the same work here
    return found
