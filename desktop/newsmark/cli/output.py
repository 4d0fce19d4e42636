"""What every command prints: exact UTF-8 output, one-line failures, and cells of tab-separated lines."""

from __future__ import annotations

import io
import os
import sys

# Titles are printed as tab-separated cells; these would split a cell or a line.
_CELL_SAFE = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def out(text: str) -> None:
    """Write to stdout as UTF-8 bytes, whatever the locale, so pipes and files get exact text."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def fail(message: str) -> None:
    print(f"newsmark: {message}", file=sys.stderr)


def describe(error: BaseException) -> str:
    """One line saying what went wrong, without Python's vocabulary."""
    if isinstance(error, UnicodeDecodeError):
        message = "a file is not UTF-8 text"
    elif isinstance(error, OSError) and error.strerror:
        message = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    else:
        message = str(error) or type(error).__name__
    return " ".join(message.split())


def cell(text: str) -> str:
    """A title as one tab-separated cell: tabs and line breaks become spaces."""
    return text.translate(_CELL_SAFE)


def silence_stdout() -> None:
    """Point stdout at devnull so Python's exit-time flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
