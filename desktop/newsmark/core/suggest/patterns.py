"""Team rules: a Prodigy-style ``patterns.jsonl`` parsed with line-numbered errors, and a matcher that suggests spans.

One JSON object per line (blank lines are skipped):
- ``{"label": "location", "pattern": "Kursk region"}``: a phrase, matched case-sensitively on whole words
  (no letter, digit or ``_`` right before or after it) with any whitespace between its words.
- ``{"label": "location", "pattern": [{"LOWER": "kursk"}, {"LOWER": "region"}]}``: a token pattern in
  spaCy Matcher's notation; the supported subset is listed in ``tokenpatterns``.
- ``{"label": "figure", "regex": "\\\\d+ drones"}`` (a Newsmark extension): a regular expression over the raw
  text (Python syntax, the ``regex`` module's V0 dialect); empty matches are ignored.
Optional keys: ``"attributes"`` (an object of string, number or true/false values given to every
suggestion of the rule), ``"id"`` (a string, as Prodigy's), ``"confidence"`` (a number from 0 to 1,
a Newsmark extension; 1.0 when absent). Any other key is an error.

Runaway regexes are bounded twice: a regex longer than ``MAX_REGEX_CHARS`` is refused when parsed, and
all of a rule set's regexes (raw-text and token ``REGEX``) share a time budget of ``REGEX_SECONDS`` per
document; a document that exhausts it raises ``PatternsError`` naming the rule's line, because a
nested repeat such as ``(a+)+$`` can take exponential time and nothing should hang the window.

Suggestions of one label never overlap: where rules overlap, the longer match wins (the earlier one on
a tie). Suggestions of different labels may overlap. The suggester name is ``patterns``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.tokenpatterns import (
    MAX_REGEX_CHARS,
    Clock,
    TokenPatternError,
    compile_regex,
    compile_tokens,
    longest_match,
    text_tokens,
)

NAME = "patterns"
REGEX_SECONDS = 1.0
KEYS = ("label", "pattern", "regex", "attributes", "id", "confidence")
__all__ = ["MAX_REGEX_CHARS", "REGEX_SECONDS", "PatternsError", "Rule", "match_patterns", "parse_patterns"]


class PatternsError(NewsmarkError):
    """A patterns file has a line that cannot be used, or a rule's regex ran out of time; the message names the line."""

    def __init__(self, source: str, line: int, reason: str):
        self.source = source
        self.line = line
        self.reason = reason
        super().__init__(f"{source}, line {line}: {reason}")


@dataclass(frozen=True)
class Rule:
    """One parsed pattern line: its label, where it came from, and exactly one of phrase, token steps or regex."""

    label: str
    line: int
    phrase: str = ""
    steps: tuple = ()
    regex: regex.Pattern | None = None
    attributes: dict = field(default_factory=dict)
    id: str = ""
    confidence: float = 1.0
    source: str = "patterns.jsonl"

    @property
    def kind(self) -> str:
        """``phrase``, ``tokens`` or ``regex``."""
        return "phrase" if self.phrase else "tokens" if self.steps else "regex"


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse_line(raw: str, line: int, source: str) -> Rule:
    """One non-blank line as a Rule, or PatternsError saying what is wrong with it."""
    def fail(reason: str) -> PatternsError:
        return PatternsError(source, line, reason)

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as e:
        raise fail(f"not valid JSON ({getattr(e, 'msg', e)})") from None
    if not isinstance(data, dict):
        raise fail("each line must be a JSON object such as {\"label\": \"location\", \"pattern\": \"Kursk region\"}")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise fail(f"unknown key {unknown[0]!r}; a line may have {', '.join(KEYS)}")
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        raise fail("\"label\" must be a non-empty string (the tag the rule suggests)")
    if ("pattern" in data) == ("regex" in data):
        raise fail("give exactly one of \"pattern\" and \"regex\"")
    attributes = data.get("attributes", {})
    if not isinstance(attributes, dict) or not all(
            isinstance(v, str | bool) or _is_number(v) for v in attributes.values()):
        raise fail("\"attributes\" must be an object of string, number or true/false values")
    rule_id = data.get("id", "")
    if not isinstance(rule_id, str):
        raise fail("\"id\" must be a string")
    confidence = data.get("confidence", 1.0)
    if not _is_number(confidence) or not 0.0 <= confidence <= 1.0:
        raise fail("\"confidence\" must be a number from 0 to 1")
    common = {"label": label.strip(), "line": line, "attributes": dict(attributes), "id": rule_id,
              "confidence": float(confidence), "source": source}
    pattern = data.get("pattern")
    try:
        if "regex" in data:
            return Rule(regex=compile_regex(data["regex"]), **common)
        if isinstance(pattern, str):
            if not pattern.split():
                raise fail("a phrase pattern must have at least one word")
            return Rule(phrase=" ".join(pattern.split()), **common)
        return Rule(steps=tuple(compile_tokens(pattern)), **common)
    except TokenPatternError as e:
        raise fail(str(e)) from None


def parse_patterns(text: str, source: str = "patterns.jsonl") -> list[Rule]:
    """Every rule of a patterns.jsonl text, in file order; the first bad line raises PatternsError."""
    return [_parse_line(raw, number, source) for number, raw in enumerate(text.splitlines(), 1) if raw.strip()]


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """One regex for a label's phrases on whole words, longest first so the longest wins at a position."""
    parts = ["\\s+".join(re.escape(w) for w in p.split()) for p in sorted(set(phrases), key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


def _matches(text: str, rules: list[Rule], clock: Clock) -> list[tuple[int, int, Rule]]:
    """(start, end, rule) of every match of every rule, overlaps included."""
    found: list[tuple[int, int, Rule]] = []
    by_label: dict[str, dict[str, Rule]] = {}
    for rule in rules:
        if rule.phrase:
            by_label.setdefault(rule.label, {}).setdefault(rule.phrase, rule)
    for phrases in by_label.values():
        for m in _phrase_regex(phrases).finditer(text):
            found.append((m.start(), m.end(), phrases[" ".join(m.group().split())]))
    token_rules = [r for r in rules if r.steps]
    if token_rules:
        spans = text_tokens(text)
        words = [text[s:e] for s, e in spans]
        for rule in token_rules:
            found.extend(_timed(rule, clock, lambda rule=rule: _token_spans(rule, spans, words, clock)))
    for rule in rules:
        if rule.regex is not None:
            found.extend((s, e, rule) for s, e in _timed(rule, clock, lambda rule=rule: _regex_spans(rule.regex, text, clock)))
    return found


def _token_spans(rule: Rule, spans: list[tuple[int, int]], words: list[str], clock: Clock) -> list[tuple]:
    """(start, end, rule) of the longest match of a token rule at each token."""
    steps, found = list(rule.steps), []
    for i in range(len(words)):
        end = longest_match(steps, words, i, clock)
        if end > i:
            found.append((spans[i][0], spans[end - 1][1], rule))
    return found


def _regex_spans(pattern: regex.Pattern, text: str, clock: Clock) -> list[tuple[int, int]]:
    """Non-empty matches of a raw-text regex, each search given what is left of the budget."""
    spans, pos = [], 0
    while pos <= len(text):
        m = pattern.search(text, pos, timeout=clock.left())
        if m is None:
            break
        if m.end() > m.start():
            spans.append((m.start(), m.end()))
        pos = m.end() if m.end() > pos else pos + 1
    return spans


def _timed(rule: Rule, clock: Clock, work: Callable):
    """``work()``, with a spent time budget reported against the rule's line."""
    try:
        return work()
    except TimeoutError:
        raise PatternsError(rule.source, rule.line, f"its regexes took over {clock.seconds:g} s on this document; "
                            "simplify it (a nested repeat such as (a+)+ can take exponential time)") from None


def match_patterns(text: str, rules: list[Rule], seconds: float = REGEX_SECONDS,
                   now: Callable[[], float] = time.monotonic) -> list[Suggestion]:
    """The suggestions the rules make in ``text``, in text order; one label's suggestions never overlap."""
    clock = Clock(seconds, now)
    kept: list[tuple[int, int, Rule]] = []
    taken: dict[str, bytearray] = {}  # per label, 1 where a kept suggestion already lies
    for start, end, rule in sorted(_matches(text, rules, clock), key=lambda m: (m[0] - m[1], m[0], m[2].line)):
        covered = taken.setdefault(rule.label, bytearray(len(text)))
        if covered.find(1, start, end) == -1:
            covered[start:end] = b"\x01" * (end - start)
            kept.append((start, end, rule))
    return [Suggestion(rule.label, start, end, dict(rule.attributes), rule.confidence, NAME)
            for start, end, rule in sorted(kept, key=lambda m: (m[0], m[1], m[2].label))]
