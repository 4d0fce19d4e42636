"""The short crash run: the real window killed with SIGKILL 50 times loses nothing acknowledged, half-applies nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "crash.py"


def load_harness():
    spec = importlib.util.spec_from_file_location("crash_harness", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_fifty_kills_of_the_window_lose_nothing_and_half_apply_nothing(tmp_path):
    crash = load_harness()
    report = crash.run(50, lanes=3, seed=8, max_run=0.5, folder=tmp_path)
    assert report.kills == 50
    assert (report.lost, report.half_applied, report.integrity_errors) == (0, 0, 0)
    assert (report.self_check_errors, report.refused) == (0, 0)
    # The kills did land among actions; how many actions finish in between depends on the machine's load.
    assert report.acknowledged > 0 and report.in_flight > 0


def test_the_judge_tells_a_half_applied_delete_from_a_whole_one():
    crash = load_harness()
    spans = [[i, 1, "claim", 10 * i, 10 * i + 5, ""] for i in range(1, 5)]
    before = crash.state_of_rows(spans, ["claim"])
    log = [{"ready": before}, {"act": 1, "kind": "delete", "ids": [1, 2, 3]}]
    for left, verdict in ((spans, "ok"), (spans[3:], "ok"), (spans[2:], "half-applied delete")):
        report, said = crash.judge(before, crash.state_of_rows(left, ["claim"]), log, "ok")
        assert said == verdict and report.half_applied == (verdict != "ok")
    acked = log + [{"ack": 1, "state": crash.state_of_rows(spans[3:], ["claim"]), "as_predicted": True, "errors": []}]
    report, said = crash.judge(before, before, acked, "ok")
    assert said == "lost" and report.lost == 1
    report, _ = crash.judge(before, before, log[:1], "*** in database main ***")
    assert report.integrity_errors == 1
