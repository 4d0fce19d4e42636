"""What the figure tests read of the figure suggester's output: each figure's text, value and unit, or its text alone."""

from __future__ import annotations

from newsmark.core.suggest.figures import suggest_figures


def found(text: str) -> list[tuple[str, float, str]]:
    """(text, value, unit) of every figure proposed in ``text``, in text order."""
    return [(text[s.start:s.end], s.attributes["value"], s.attributes["unit"]) for s in suggest_figures(text)]


def spans(text: str) -> list[str]:
    """The text of every figure proposed in ``text``, in text order."""
    return [text[s.start:s.end] for s in suggest_figures(text)]
