"""What the suggesters work out about one text, worked out once per text and shared by all of them.

Several suggesters and rule modules ask the same questions of the same article: the quote and claim suggesters
each resolve the names their attributions give (``SpeakerIndex``), and some rules scan the whole text once per
word they ask about ("is this surname ever written alone?"). A function decorated with ``per_text`` takes the
text first and is computed once per text and arguments; every later call with the same text object (the four
suggesters run on one string, one after another) gets the same answer back.

Only the last text's answers are kept, keyed by the text object itself (``is``, never equality or ``id``), so at
most one text and what was worked out about it stay in memory: analysing another text, or ``forget()``, lets them
go. (A ``str`` takes no weak reference, so the last one cannot go by itself.) A decorated function must be a pure
function of its arguments and what it returns must not be changed by its callers: the answer is shared.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")

_last: tuple[str, dict[tuple, Any]] | None = None  # (text, its answers by (function, arguments))


def answers(text: str) -> dict[tuple, Any]:
    """The answers kept for ``text``: the last text's, or a fresh store that replaces them."""
    global _last
    kept = _last
    if kept is not None and kept[0] is text:
        return kept[1]
    store: dict[tuple, Any] = {}
    _last = (text, store)
    return store


def forget() -> None:
    """Let the last text and its answers go."""
    global _last
    _last = None


def per_text(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn(text, *args)`` computed once per text and arguments (hashable), kept with the text's other answers."""

    @wraps(fn)
    def shared(text: str, *args: Any) -> T:
        store = answers(text)
        key = (fn, args)
        try:
            return store[key]
        except KeyError:
            value = store[key] = fn(text, *args)
            return value

    return shared
