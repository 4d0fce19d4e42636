"""The span list's attribute columns, without Qt: what a cell shows, how it sorts, and ``name:value`` filter terms."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsmark.core.attributes import AttributeSpec, parse_attributes
from newsmark.core.errors import NewsmarkError

ALL_ATTRIBUTES = "Attributes"  # the one column shown when the list shows every tag


def tag_attributes(tag) -> list[AttributeSpec]:
    """A tag's attribute definitions; none for a definition that cannot be read (its spans still show)."""
    try:
        return parse_attributes(tag.attributes)
    except (NewsmarkError, ValueError, AttributeError):  # a hand-edited tag set
        return []


def describe(values: dict, specs: list[AttributeSpec]) -> str:
    """A span's values on one line, ``status: unverified; speaker: X``: its tag's order, then any others by name."""
    defined = [s.name for s in specs]
    names = [n for n in defined if values.get(n)] + sorted(n for n in values if n not in defined and values[n])
    return "; ".join(f"{name}: {values[name]}" for name in names)


def sort_key(spec: AttributeSpec | None, value) -> tuple[int, float, str]:
    """How a value sorts in its column: empty first, then numbers as numbers and choices in their
    defined order, then any other text (a value the definition does not account for) without case."""
    value = str(value) if value is not None else ""
    if not value:
        return (0, 0.0, "")
    if spec is not None and spec.type == "number":
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if math.isfinite(number):  # nan would compare with nothing and break the table's binary search
            return (1, number, "")
    elif spec is not None and spec.type == "choice" and value in spec.choices:
        return (1, float(spec.choices.index(value)), "")
    return (2, 0.0, value.casefold())


def value_of(values: dict, name: str) -> str:
    """The value of attribute ``name`` (already casefolded) among a span's values, any case ("" if none)."""
    for key, value in values.items():
        if key.casefold() == name:
            return str(value) if value is not None else ""
    return ""


@dataclass(frozen=True, slots=True)
class SpanFilter:
    """What the span list's filter box asks for.

    ``text``: the span's text contains it (any case). ``terms``: for each ``name:value``, the span's
    tag has attribute ``name`` and its value contains ``value`` (any case); ``name:`` alone asks for
    no value. All terms must hold.
    """

    text: str = ""
    terms: tuple[tuple[str, str], ...] = ()

    def matches_values(self, values: dict, defined: frozenset[str]) -> bool:
        """Whether a span with these values, of a tag defining these (casefolded) names, passes every term."""
        for name, wanted in self.terms:
            value = value_of(values, name).casefold()
            if name not in defined and not value:
                return False  # the tag has no such attribute: "status:" means a claim without a status
            if (wanted not in value) if wanted else value:
                return False
        return True


def parse_filter(text: str, names: set[str]) -> SpanFilter:
    """The filter for what was typed: words ``name:value`` naming one of ``names`` (casefolded attribute
    names) are terms, the rest is text to find. Anything else with a colon ("said:") stays plain text."""
    terms, rest = [], []
    for word in text.split():
        name, colon, value = word.partition(":")
        if colon and name.casefold() in names:
            terms.append((name.casefold(), value.casefold()))
        else:
            rest.append(word)
    if not terms:
        return SpanFilter(text.casefold())
    return SpanFilter(" ".join(rest).casefold(), tuple(terms))
