"""Reading JSON from outside strictly: bounded nesting and numbers, and each value of the type it must have.

The JSON sets (JSONL, Label Studio) say what is wrong in the words of JSON (object, list, text,
number, true/false, null), never Python's, and never accept a value of another type in its place:
``true`` is not an offset, and ``"quote"`` is not a list of labels.
"""

from __future__ import annotations

import json

# Python refuses to parse numbers over 4,300 digits with a ValueError (and is slow below that); no set needs
# more than a few. Offsets and ids are held to fewer digits by the row checks, one bad row at a time.
MAX_DIGITS = 100


class JsonValueError(ValueError):
    """A JSON value is not what the format needs; the message says which and why, in JSON's words."""


def parse_json(text: str):
    """``json.loads`` that refuses deep nesting and huge numbers with a JsonValueError instead of Python errors."""
    try:
        return json.loads(text, parse_int=_int, parse_constant=_constant)
    except RecursionError:  # json's decoder recurses once per level: a thousand [ reach Python's limit
        raise JsonValueError("nested too deeply (lists or objects inside each other hundreds of levels deep)") from None
    except json.JSONDecodeError as e:
        raise JsonValueError(f"not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None


def kind(value) -> str:
    """The JSON name of a value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def need(value, types: type | tuple, what: str, wanted: str):
    """``value`` if it is of ``types`` (a bool is never an int here), else JsonValueError naming both."""
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in _as_tuple(types)):
        return value
    raise JsonValueError(f"{what} must be {wanted}, not {kind(value)}")


def text_of(mapping: dict, key: str, what: str) -> str:
    """A text field of an object; absent or null reads as empty text."""
    value = mapping.get(key)
    return "" if value is None else need(value, str, what, "text")


def scalar_cell(value, what: str) -> str:
    """An attribute value as a row cell: text or a number as written; lists, objects and null are refused."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return json.dumps(value)
    raise JsonValueError(f"{what} must be text or a number, not {kind(value)}")


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise JsonValueError(f"the number {digits[:12]}… has {len(digits):,} digits; at most {MAX_DIGITS} are read")
    return int(digits)


def _constant(name: str):
    raise JsonValueError(f"{name} is not JSON")


def _as_tuple(types) -> tuple:
    return types if isinstance(types, tuple) else (types,)

