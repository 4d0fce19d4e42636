"""The check of the team's rule files before they are saved: each must parse as the suggesters will read it."""

from __future__ import annotations

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest.patterns import parse_patterns
from newsmark.core.suggest.teamgazetteer import parse_team_gazetteer


def rule_problems(gazetteer: str, patterns: str) -> list[str]:
    """What is wrong with a gazetteer TSV (``name<TAB>kind``) and a patterns.jsonl text: each parser's message, naming the line."""
    problems = []
    for parse, text in ((parse_team_gazetteer, gazetteer), (parse_patterns, patterns)):
        if text.strip():
            try:
                parse(text)
            except NewsmarkError as e:
                problems.append(str(e))
    return problems
