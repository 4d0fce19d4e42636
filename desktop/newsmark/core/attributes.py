"""Per-tag attributes (speaker of a quote, status of a claim, value and unit of a figure) and their checks."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from newsmark.core.errors import NewsmarkError

TYPES = ("text", "choice", "number", "yes/no")


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """One attribute a tag's spans can carry."""

    name: str
    type: str = "text"
    choices: tuple[str, ...] = ()
    default: str = ""

    def to_json(self) -> dict:
        """The attribute as stored in the tag set."""
        data = {"name": self.name, "type": self.type}
        if self.choices:
            data["choices"] = list(self.choices)
        if self.default:
            data["default"] = self.default
        return data


# What the default tag set's tags carry; the migration gives them to existing projects too.
DEFAULT_ATTRIBUTES: dict[str, list[AttributeSpec]] = {
    "quote": [AttributeSpec("speaker")],
    "claim": [AttributeSpec("status", "choice", ("unverified", "true", "false", "misleading", "unclear"), "unverified")],
    "figure": [AttributeSpec("value", "number"), AttributeSpec("unit")],
    "location": [AttributeSpec("place")],
}


def parse_attributes(data, source: str = "tag set") -> list[AttributeSpec]:
    """Attribute definitions from JSON (a list of objects), checked."""
    if isinstance(data, str):
        data = json.loads(data or "[]")
    if not isinstance(data, list):
        raise NewsmarkError(f"{source}: attributes must be a list")
    specs, names = [], set()
    for item in data:
        name = str(item.get("name", "")).strip() if isinstance(item, dict) else ""
        kind = item.get("type", "text") if isinstance(item, dict) else ""
        if not name or name.casefold() in names:
            raise NewsmarkError(f"{source}: every attribute needs a name of its own")
        if kind not in TYPES:
            raise NewsmarkError(f"{source}: attribute {name!r} has type {kind!r}; use one of {', '.join(TYPES)}")
        choices = tuple(str(c) for c in item.get("choices", ()))
        if kind == "choice" and not choices:
            raise NewsmarkError(f"{source}: choice attribute {name!r} needs its choices")
        spec = AttributeSpec(name, kind, choices, "")
        default = str(item.get("default", "") or "")
        specs.append(AttributeSpec(name, kind, choices, check_value(spec, default) if default else ""))
        names.add(name.casefold())
    return specs


def attributes_json(specs: list[AttributeSpec]) -> str:
    """Attribute definitions as stored with a tag."""
    return json.dumps([s.to_json() for s in specs], ensure_ascii=False)


def check_value(spec: AttributeSpec, raw: str) -> str:
    """The value as stored (numbers and yes/no normalized), or a clear error saying what is expected."""
    value = str(raw).strip()
    if value == "":
        return ""
    if spec.type == "number":
        try:
            number = float(value.replace(",", "").replace("\u202f", "").replace(" ", ""))
        except ValueError:
            raise NewsmarkError(f"{spec.name} must be a number, not {value!r}") from None
        if not math.isfinite(number):
            raise NewsmarkError(f"{spec.name} must be a finite number, not {value!r}")
        return str(int(number)) if number.is_integer() else repr(number)
    if spec.type == "choice" and value not in spec.choices:
        raise NewsmarkError(f"{spec.name} must be one of {', '.join(spec.choices)}, not {value!r}")
    if spec.type == "yes/no":
        lowered = value.casefold()
        if lowered in ("yes", "y", "true", "1"):
            return "yes"
        if lowered in ("no", "n", "false", "0"):
            return "no"
        raise NewsmarkError(f"{spec.name} must be yes or no, not {value!r}")
    return value


def span_values(attributes: str) -> dict[str, str]:
    """A span's stored attribute values by name."""
    return json.loads(attributes) if attributes and attributes != "{}" else {}


def with_value(attributes: str, name: str, value: str) -> str:
    """A span's attribute values with one set (or removed, when empty)."""
    values = span_values(attributes)
    if value:
        values[name] = value
    else:
        values.pop(name, None)
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}"


def default_values(tag) -> str:
    """The attribute values a new span of ``tag`` starts with (its attributes' defaults)."""
    values = {s.name: s.default for s in parse_attributes(tag.attributes) if s.default} if tag else {}
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}"


def retagged_values(attributes: str, old_tag, new_tag) -> str:
    """A span's attribute values once its tag changes from ``old_tag`` to ``new_tag``.

    A value stays when the new tag has an attribute of the same name and type (the type the old
    tag gave it, if the old tag defines it) and the value is valid there (a choice among its
    choices); every other value is dropped, and the new tag's defaults fill what is left empty,
    as on a new span. Undo restores the old values exactly: the caller keeps them.
    """
    if old_tag is not None and new_tag is not None and old_tag.id == new_tag.id:
        return attributes
    new_specs = {s.name: s for s in parse_attributes(new_tag.attributes)} if new_tag is not None else {}
    old_types = {s.name: s.type for s in parse_attributes(old_tag.attributes)} if old_tag is not None else {}
    kept = {}
    for name, value in span_values(attributes).items():
        spec = new_specs.get(name)
        if spec is None or old_types.get(name, spec.type) != spec.type:
            continue
        try:
            kept[name] = check_value(spec, str(value))
        except NewsmarkError:
            pass  # not valid on the new tag (a choice it does not offer): dropped, its default applies
    values = {s.name: s.default for s in new_specs.values() if s.default} | {k: v for k, v in kept.items() if v}
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}"


def retagged_spans(spans, old_tag, new_tag) -> list:
    """The spans of ``old_tag`` moved to ``new_tag``: the new tag id and ``retagged_values`` for each."""
    known: dict[str, str] = {}  # most spans share a few value sets: each is worked out once
    moved = []
    for span in spans:
        if span.attributes not in known:
            known[span.attributes] = retagged_values(span.attributes, old_tag, new_tag)
        moved.append(span._replace(tag_id=new_tag.id, attributes=known[span.attributes]))
    return moved


def _as_text(value) -> str:
    """A suggester's value as a span panel shows it: ``yes``/``no`` for booleans, ``8000`` for ``8000.0``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def suggested_values(tag, values) -> str:
    """A suggester's attribute values as a span of ``tag`` stores them: only the tag's attributes, checked, defaults filled.

    ``values`` is a dict or a stored suggestion's JSON text (unreadable text counts as no values). A value the tag's
    attribute refuses (a choice it does not offer, a number that is none) is left out, as on a retag; empty
    values are dropped. Without a tag, nothing can be checked: the values are kept as text.
    """
    if isinstance(values, str):
        try:
            values = json.loads(values or "{}")
        except ValueError:
            values = {}
    if not isinstance(values, dict):
        values = {}
    given = {str(k): _as_text(v) for k, v in values.items() if v is not None}
    if tag is None:
        kept = {k: v for k, v in given.items() if v}
        return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else "{}"
    specs = {s.name: s for s in parse_attributes(tag.attributes)}
    kept = {s.name: s.default for s in specs.values() if s.default}
    for name, value in given.items():
        spec = specs.get(name)
        if spec is None:
            continue
        try:
            checked = check_value(spec, value)
        except NewsmarkError:
            continue
        if checked:
            kept[name] = checked
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else "{}"
