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


class StoredSuggestion(NamedTuple):
    """A suggestion kept in the project for review: ``open`` until the analyst accepts or rejects it."""

    id: int
    document_id: int
    tag_id: int
    start: int
    end: int
    attributes: str  # JSON object, as a span's
    confidence: float
    suggester: str
    status: str = "open"  # open | accepted | rejected
    span_id: int | None = None  # the span its acceptance made
    decided_by: str = ""
    created_at: str = ""
    decided_at: str = ""
