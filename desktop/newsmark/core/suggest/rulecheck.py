"""A first check of the team's rule files before they are saved: each line must be readable by the suggesters."""

from __future__ import annotations

import json


def rule_problems(gazetteer: str, patterns: str) -> list[str]:
    """What is wrong with a gazetteer TSV (``name<TAB>kind``) and a patterns.jsonl text, one message per bad line."""
    problems = []
    for number, line in enumerate(gazetteer.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            problems.append(f"gazetteer line {number}: expected a name, a tab and a kind (or 'stop'): {line[:60]!r}")
    for number, line in enumerate(patterns.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as e:
            problems.append(f"patterns line {number}: not JSON ({e.msg})")
            continue
        if not isinstance(entry, dict) or "label" not in entry or "pattern" not in entry:
            problems.append(f"patterns line {number}: expected an object with 'label' and 'pattern'")
    return problems
