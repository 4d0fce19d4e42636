"""A one-line progress bar for the command line, redrawn in place on a terminal."""

from __future__ import annotations

import shutil
from typing import TextIO

_BAR_CHARS = 24


class ProgressBar:
    """``[#####.....] 3/10 name`` on one line of ``stream``; ``clear()`` before printing anything else."""

    def __init__(self, stream: TextIO, total: int):
        self.stream = stream
        self.total = max(total, 1)
        self._shown = 0  # characters on the line now, to blank out when it shrinks or goes

    def show(self, done: int, label: str) -> None:
        """Draw the bar with ``done`` items finished and ``label`` (the item now being worked on)."""
        filled = _BAR_CHARS * done // self.total
        line = f"[{'#' * filled}{'.' * (_BAR_CHARS - filled)}] {done}/{self.total} {label}"
        # One character short of the width: writing the last column makes some terminals wrap.
        line = line[: shutil.get_terminal_size((80, 24)).columns - 1]
        self.stream.write("\r" + line.ljust(self._shown))
        self.stream.flush()
        self._shown = len(line)

    def clear(self) -> None:
        """Blank the line and put the cursor at its start, so the next message prints cleanly."""
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0
