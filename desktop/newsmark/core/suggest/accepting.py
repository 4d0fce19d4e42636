"""What an accepted suggestion's span carries: its tag's default values under the suggester's own values."""

from __future__ import annotations

import json

from newsmark.core.attributes import default_values


def _text(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def span_attributes(suggested: str, tag) -> str:
    """A span's attributes JSON from a stored suggestion's (values as the span panel shows them, as text).

    The tag's defaults fill what the suggester left out (a claim starts "unverified"); empty values are dropped.
    """
    values = json.loads(default_values(tag))
    try:
        found = json.loads(suggested or "{}")
    except ValueError:
        found = {}
    if isinstance(found, dict):
        values.update({str(k): _text(v) for k, v in found.items() if v is not None and v != ""})
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}"
