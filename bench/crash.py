"""Crash harness: drive the real window in a child process, kill -9 it at random, and check the project each time.

Each round starts a child that opens the project in the real MainWindow (offscreen) and keeps doing what an
analyst does, through the window's actions (by object name) and the ask_* stand-ins: tag, retag and delete
several spans, undo, redo, load an annotation set, tag everywhere. Before each action the child logs what it
is about to do (its expected effect); only after the action returned does it log the acknowledgement with the
project's state; every line is fsync'd. The parent kills the child with SIGKILL at a random moment, then
reopens the file and checks: PRAGMA integrity_check is ok; every acknowledged action's effect is there; the
action in flight (if any) is either wholly there or not at all.

Usage: python bench/crash.py [--kills 1000] [--lanes 2] [--seed 1] [--max-run 1.0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path

HERE = Path(__file__).resolve()
DRIVER = HERE.with_name("crash_driver.py")  # what runs in the killed process
DESKTOP = HERE.parent.parent / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))

VOCABULARY = [
    "officials", "said", "troops", "arrived", "in", "Kursk", "after", "talks", "with", "the", "mayor", "while",
    "families", "fled", "the", "city", "and", "reporters", "counted", "buses", "near", "the", "border", "where",
    "a", "spokesman", "denied", "any", "attack", "on", "the", "bridge",
]
TAGS = ["claim", "figure", "quote", "location"]  # a new project's tag set
SET_TAGS = ["set0", "set1", "set2"]  # what loaded annotation sets tag with
START_TIMEOUT = 60.0


def corpus(seed: int = 7, documents: int = 3, words: int = 220) -> list[tuple[str, str]]:
    """A few plain ASCII articles (code points are Qt positions) with words that recur, for tag everywhere."""
    rng = random.Random(seed)
    articles = []
    for n in range(documents):
        body = " ".join(rng.choice(VOCABULARY) for _ in range(words))
        articles.append((f"Report {n + 1}", f"Report {n + 1}\n\n{body}.\n"))
    return articles


def make_project(path: Path) -> None:
    """A fresh project with the corpus in it."""
    from newsmark.core.storage import Project

    with Project.open(path, create=True) as project:
        for title, text in corpus():
            project.add_document(title, text, f"/articles/{title}.txt")


# -- the state a check compares: spans by content, and tag names -----------------------------------------------

def state_of_rows(spans, tags) -> dict:
    """A JSON-able state: spans as [id, document, tag name, start, end, note], and the sorted tag names."""
    return {"spans": sorted([list(s) for s in spans]), "tags": sorted(tags)}


def read_state(path: Path) -> dict:
    """The project's state, read with plain sqlite3 (in the parent, after the child is dead)."""
    conn = sqlite3.connect(str(path))
    try:
        spans = conn.execute(
            'SELECT s.id, s.document_id, t.name, s.start, s."end", s.note FROM spans s JOIN tags t ON t.id = s.tag_id'
        ).fetchall()
        tags = [r[0] for r in conn.execute("SELECT name FROM tags")]
        return state_of_rows(spans, tags)
    finally:
        conn.close()


def content(state: dict) -> Counter:
    """The spans without their ids, as a multiset: what a user sees."""
    return Counter(tuple(s[1:]) for s in state["spans"])


def digest(state: dict) -> str:
    """A short fingerprint of a state's content."""
    data = json.dumps([sorted(content(state).elements()), state["tags"]], separators=(",", ":"))
    return hashlib.sha1(data.encode()).hexdigest()[:16]


def predict(state: dict, action: dict, known: dict[str, dict]) -> dict | None:
    """The state after ``action`` applied wholly to ``state`` (None: no exact prediction, see tag_all)."""
    kind = action["kind"]
    if kind in ("undo", "redo"):
        return known.get(action["expect"])
    spans = [list(s) for s in state["spans"]]
    tags = list(state["tags"])
    if kind == "tag":
        spans.append([0, action["document"], action["tag"], action["start"], action["end"], ""])
    elif kind == "delete":
        gone = set(action["ids"])
        spans = [s for s in spans if s[0] not in gone]
    elif kind == "retag":
        chosen = set(action["ids"])
        spans = [[s[0], s[1], action["tag"], *s[3:]] if s[0] in chosen else s for s in spans]
    elif kind == "load":
        spans += [[0, d, action["tag"], a, b, ""] for d, a, b in action["spans"]]
        tags = tags if action["tag"] in tags else tags + [action["tag"]]
    else:
        return None
    return state_of_rows(spans, tags)


# -- judging one kill ---------------------------------------------------------------------------------------

@dataclass
class Report:
    """What a run found; every count but the first four must be zero."""

    kills: int = 0
    acknowledged: int = 0  # actions acknowledged before the kills
    in_flight: int = 0  # kills that landed while an action was running
    in_flight_applied: int = 0  # of those, how many had committed
    lost: int = 0  # acknowledged effects missing, or changes nobody made
    half_applied: int = 0
    integrity_errors: int = 0
    self_check_errors: int = 0  # the child saw a state other than the one predicted
    refused: int = 0  # errors the window reported (none are expected)

    def add(self, other: Report) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def failures(self) -> int:
        return self.lost + self.half_applied + self.integrity_errors + self.self_check_errors + self.refused


def read_log(path: Path) -> list[dict]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError:  # the line being written when the kill came
            break
    return lines


def judge(before: dict, after: dict, log: list[dict], integrity: str) -> tuple[Report, str]:
    """Compare the file after a kill with what the child's log says was acknowledged; returns a verdict."""
    report = Report(kills=1, integrity_errors=int(integrity != "ok"))
    known = {}
    acked, in_flight, expected_count = before, None, None
    for entry in log:
        if "ready" in entry:
            report.lost += int(digest(entry["ready"]) != digest(before))  # the window showed something else
            acked = entry["ready"]
            known[digest(acked)] = acked
        elif "act" in entry:
            in_flight, expected_count = entry, None
        elif "matches" in entry:
            expected_count = entry
        elif "ack" in entry:
            acked, in_flight = entry["state"], None
            known[digest(acked)] = acked
            report.acknowledged += 1
            report.self_check_errors += int(not entry["as_predicted"])
            report.refused += len(entry["errors"])
    if in_flight is not None:
        report.in_flight = 1
    now, was = content(after), content(acked)
    if in_flight is None or digest(after) == digest(acked):
        if digest(after) != digest(acked):
            report.lost = 1
            return report, "lost"
        return report, "ok"
    if in_flight["kind"] == "tag_all":
        added, removed = now - was, was - now
        count = expected_count["count"] if expected_count else 0
        tag = expected_count["tag"] if expected_count else None
        if removed or not all(s[1] == tag for s in added) or after["tags"] != acked["tags"]:
            report.lost = 1
            return report, "lost"
        if len(added) == count:
            report.in_flight_applied = 1
            return report, "ok"
        report.half_applied = 1
        return report, f"half-applied: {len(added)} of {count}"
    full = predict(acked, in_flight, known)
    if full is not None and digest(after) == digest(full):
        report.in_flight_applied = 1
        return report, "ok"
    target = content(full) if full is not None else Counter()
    if full is not None and (was & target) <= now <= (was | target):
        report.half_applied = 1
        return report, f"half-applied {in_flight['kind']}"
    report.lost = 1
    return report, f"lost during {in_flight['kind']}"


def integrity_of(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- the parent: start, kill, check ----------------------------------------------------------------------------

def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["NEWSMARK_ANNOTATOR"] = "crash"
    return env


def run_lane(folder: Path, kills: int, seed: int, max_run: float, verbose: bool = False) -> Report:
    """Kill one project's window ``kills`` times, checking the file after each kill."""
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "crash.newsmark"
    make_project(project)
    rng = random.Random(seed)
    report = Report()
    env = _child_env(folder)
    for round_ in range(kills):
        before = read_state(project)
        log = folder / "round.log"
        log.write_bytes(b"")
        with open(folder / "child.err", "wb") as err:
            child = subprocess.Popen(
                [sys.executable, str(DRIVER), str(project), str(log), str(rng.randrange(1 << 30))],
                env=env, stdout=subprocess.DEVNULL, stderr=err,
            )
            _wait_ready(child, log, folder)
            time.sleep(rng.uniform(0.0, max_run))
            child.send_signal(signal.SIGKILL)
            child.wait()
        found, verdict = judge(before, read_state(project), read_log(log), integrity_of(project))
        report.add(found)
        if found.failures() and verdict == "ok":
            verdict = "failed (see the counts)"
        if verbose or verdict != "ok" or (round_ + 1) % 100 == 0:
            print(f"{folder.name} kill {round_ + 1}: {verdict} ({found.acknowledged} acknowledged)", flush=True)
        if verdict != "ok":
            (folder / f"failed-{round_ + 1}.log").write_bytes(log.read_bytes())
    return report


def _wait_ready(child: subprocess.Popen, log: Path, folder: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while b'"ready"' not in log.read_bytes()[:200]:
        if child.poll() is not None:
            raise RuntimeError(f"the window exited ({child.returncode}): {(folder / 'child.err').read_text()[-2000:]}")
        if time.monotonic() > deadline:
            child.kill()
            raise RuntimeError("the window did not start within a minute")
        time.sleep(0.005)


def run(kills: int, *, lanes: int = 2, seed: int = 1, max_run: float = 1.0, folder: Path | None = None,
        verbose: bool = False) -> Report:
    """Run ``kills`` rounds split over ``lanes`` projects side by side; returns the summed report."""
    folder = Path(folder or tempfile.mkdtemp(prefix="newsmark-crash-"))
    reports, errors = [Report() for _ in range(lanes)], []

    def lane(n: int) -> None:
        try:
            share = kills // lanes + (1 if n < kills % lanes else 0)
            reports[n] = run_lane(folder / f"lane{n}", share, seed * 1000 + n, max_run, verbose)
        except Exception as e:  # noqa: BLE001 - reported by the caller
            errors.append(e)

    threads = [threading.Thread(target=lane, args=(n,)) for n in range(lanes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    total = Report()
    for r in reports:
        total.add(r)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--lanes", type=int, default=2, help="projects killed side by side")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-run", type=float, default=1.0, help="longest time a window runs before its kill (s)")
    parser.add_argument("--keep", type=Path, help="a folder for the projects and logs (default: a temporary one)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    began = time.monotonic()
    report = run(args.kills, lanes=args.lanes, seed=args.seed, max_run=args.max_run, folder=args.keep,
                 verbose=args.verbose)
    print(f"{report.kills} kills in {time.monotonic() - began:.0f} s; {report.acknowledged} actions acknowledged; "
          f"{report.in_flight} kills landed mid-action ({report.in_flight_applied} of them had committed)")
    print(f"lost {report.lost}, half-applied {report.half_applied}, integrity errors {report.integrity_errors}, "
          f"self-check errors {report.self_check_errors}, errors shown {report.refused}")
    sys.exit(1 if report.failures() else 0)


if __name__ == "__main__":
    main()
