"""PySide6 6.12.0 on CPython 3.11 crashed ("deallocating None") after ~20k void calls; guard the pin."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

CALLS = 100_000


@pytest.mark.slow
def test_a_hundred_thousand_void_calls_do_not_crash_the_interpreter():
    # In a child process: a crash must fail this test, not take the whole run down.
    code = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
        app = QGuiApplication([])
        doc = QTextDocument("x" * 1000)
        cursor = QTextCursor(doc)
        for i in range({CALLS}):
            cursor.setPosition(i % 1000)  # a void call
        cursor.setPosition(7)
        print(cursor.position())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "7"
