"""What every suggester proposes: one span the analyst may accept or reject."""

from __future__ import annotations

from typing import NamedTuple


class Suggestion(NamedTuple):
    """A proposed span: ``text[start:end]`` tagged ``tag`` with ``attributes``, from the named suggester."""

    tag: str
    start: int
    end: int
    attributes: dict
    confidence: float
    suggester: str
