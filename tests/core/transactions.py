"""Counting the SQLite transactions a core call runs (as tests/ui/conftest.py does for the window)."""

from __future__ import annotations

from collections.abc import Callable

ONE = (1, 1, 0, 0)  # one BEGIN, one COMMIT, no rollback, no write outside it


def count_transactions(project, act: Callable[[], object]) -> tuple[int, int, int, int]:
    """Run ``act`` and return (BEGINs, COMMITs, ROLLBACKs, writes outside a transaction) on the project's connection."""
    counts = [0, 0, 0, 0]
    open_ = False

    def trace(sql: str) -> None:
        nonlocal open_
        words = sql.split(None, 2)
        first = words[0].upper() if words else ""
        if first == "BEGIN":
            counts[0] += 1
            open_ = True
        elif first in ("COMMIT", "END"):
            counts[1] += 1
            open_ = False
        elif first == "ROLLBACK" and (len(words) < 2 or words[1].upper() != "TO"):
            counts[2] += 1
            open_ = False
        elif first in ("INSERT", "UPDATE", "DELETE", "REPLACE") and not open_:
            counts[3] += 1

    project._conn.set_trace_callback(trace)
    try:
        act()
    finally:
        project._conn.set_trace_callback(None)
    return tuple(counts)
