"""Token patterns as spaCy's Matcher writes them, over Newsmark's own tokens: a documented subset, no model needed.

A token pattern is a list of dicts, one per token. Supported keys:
- ``ORTH`` / ``TEXT`` (the token as written), ``LOWER`` (lowercased), ``SHAPE`` (``Xxxxx``, ``d,ddd``: capitals
  ``X``, lowercase ``x``, digits ``d``, other characters as they are, runs cut at four): a string, or a dict
  with ``IN`` / ``NOT_IN`` (lists of strings) and/or ``REGEX`` (searched in the token, as spaCy does).
- ``LENGTH``: an integer, or a dict with ``==``, ``!=``, ``>=``, ``<=``, ``>``, ``<``, ``IN``, ``NOT_IN``.
- ``IS_ALPHA``, ``IS_DIGIT``, ``IS_PUNCT``, ``IS_TITLE``, ``IS_LOWER``, ``IS_UPPER``, ``LIKE_NUM``: true or false.
- ``OP``: ``?`` (optional), ``*`` (any number), ``+`` (one or more), ``!`` (one token that does NOT match,
  as spaCy's matcher treats it). An empty dict ``{}`` is any one token.
Attributes that need a trained pipeline (``POS``, ``TAG``, ``LEMMA``, ``DEP``, ``ENT_TYPE``, ``MORPH``…) are refused.

Tokens come from ``core/text/tokens.py`` with two cuts so they split as spaCy's English tokens do:
``Russia's`` → ``Russia`` ``'s`` and ``Kyiv-based`` → ``Kyiv`` ``-`` ``based`` (``8,000`` and ``3.5`` stay whole).
A match is at most ``MAX_TOKENS`` tokens long; at each start the longest match is taken.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

import regex

from newsmark.core.text.tokens import tokenize

MAX_TOKENS = 64
MAX_REGEX_CHARS = 1000  # a user regex longer than this is refused (patterns.py uses the same limit)
TEXT_ATTRS = ("ORTH", "TEXT", "LOWER", "SHAPE")
FLAG_ATTRS = ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE", "IS_LOWER", "IS_UPPER", "LIKE_NUM")
OPS = ("?", "*", "+", "!")
_MODEL_ATTRS = frozenset("POS TAG LEMMA DEP ENT_TYPE ENT_IOB ENT_ID MORPH NORM IS_STOP IS_SENT_START SENT_START".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    "trillion".split())
_LIKE_NUM = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\d+/\d+)")
_CLITIC = re.compile(r"(?<=\w)['’](?:s|S)\b")
_ACRONYM = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}(?!\w)")  # U.S., e.g. -- one token, as spaCy's exceptions have them
# Characters only core/text/tokens.py handles (it keeps marks, emoji and flags with their base character).
# Digits that are not decimal (², ①) too: the core joins "².0" as a number (str.isdigit), the fast regex's \d does not.
_NEEDS_CLUSTERS = regex.compile(
    r"[\p{M}\p{Cf}\p{So}\p{Sk}\p{Cs}\p{Co}\p{Cn}]|[^\P{Cc}\t\n\r\f\v]|[\x1c-\x1f\x85]|\p{Numeric_Type=Digit}")
_PLAIN_TOKEN = re.compile(r"\w+(?:(?:['’\-‐]|(?<=\d)[.,](?=\d))\w+)*|\S")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b,
}

Predicate = Callable[[str, "Clock"], bool]


class TokenPatternError(ValueError):
    """A token pattern is not in the supported subset; the message says which part and why."""


class Clock:
    """A per-document time budget for user regexes; ``left()`` raises TimeoutError once it is spent."""

    def __init__(self, seconds: float, now: Callable[[], float]):
        self.seconds = seconds
        self.now = now
        self.deadline = now() + seconds

    def left(self) -> float:
        """Seconds left (always > 0), or TimeoutError."""
        remaining = self.deadline - self.now()
        if remaining <= 0:
            raise TimeoutError
        return remaining


def shape(token: str) -> str:
    """spaCy's word shape: ``Kursk`` → ``Xxxxx``, ``8,000`` → ``d,ddd``, runs of one kind cut at four."""
    out, last, run = [], "", 0
    for ch in token:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        run = run + 1 if kind == last else 1
        last = kind
        if run <= 4:
            out.append(kind)
    return "".join(out)


def _flag(name: str, token: str) -> bool:
    if name == "IS_ALPHA":
        return token.isalpha()
    if name == "IS_DIGIT":
        return token.isdigit()
    if name == "IS_PUNCT":
        return all(unicodedata.category(ch).startswith("P") for ch in token)
    if name == "IS_TITLE":
        return token.istitle()
    if name == "IS_LOWER":
        return token.islower()
    if name == "IS_UPPER":
        return token.isupper()
    return bool(_LIKE_NUM.fullmatch(token)) or token.lower() in _NUMBER_WORDS  # LIKE_NUM


def _text_value(name: str, token: str) -> str:
    return token.lower() if name == "LOWER" else shape(token) if name == "SHAPE" else token


def _string_list(name: str, key: str, value) -> frozenset:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TokenPatternError(f"{name} {key} must be a list of strings")
    return frozenset(value)


def _text_predicate(name: str, value) -> Predicate:
    """The test for one of ORTH, TEXT, LOWER, SHAPE."""
    if isinstance(value, str):
        if name == "LOWER":
            return lambda token, clock: token.lower() == value
        return lambda token, clock: _text_value(name, token) == value
    if not isinstance(value, dict) or not value:
        raise TokenPatternError(f"{name} must be a string or a dict with IN, NOT_IN or REGEX")
    tests: list[Predicate] = []
    for key, spec in value.items():
        if key == "IN" and name == "LOWER":
            allowed = _string_list(name, key, spec)
            tests.append(lambda token, clock, a=allowed: token.lower() in a)  # the usual case, kept cheap
        elif key == "IN":
            allowed = _string_list(name, key, spec)
            tests.append(lambda token, clock, a=allowed: _text_value(name, token) in a)
        elif key == "NOT_IN":
            refused = _string_list(name, key, spec)
            tests.append(lambda token, clock, r=refused: _text_value(name, token) not in r)
        elif key == "REGEX":
            compiled = compile_regex(spec)
            tests.append(lambda token, clock, c=compiled: c.search(_text_value(name, token), timeout=clock.left()) is not None)
        else:
            raise TokenPatternError(f"{name} does not take {key!r}; use IN, NOT_IN or REGEX")
    return lambda token, clock: all(test(token, clock) for test in tests)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _length_predicate(value) -> Predicate:
    """The test for LENGTH: an integer or a dict of comparisons."""
    if _is_int(value):
        return lambda token, clock: len(token) == value
    if not isinstance(value, dict) or not value:
        raise TokenPatternError("LENGTH must be an integer or a dict such as {\">=\": 3}")
    tests = []
    for key, spec in value.items():
        if key in _COMPARE and _is_int(spec):
            tests.append(lambda n, op=_COMPARE[key], b=spec: op(n, b))
        elif key in ("IN", "NOT_IN") and isinstance(spec, list) and all(_is_int(v) for v in spec):
            tests.append(lambda n, s=frozenset(spec), keep=key == "IN": (n in s) == keep)
        else:
            raise TokenPatternError(f"LENGTH {key!r} needs {'a list of integers' if key in ('IN', 'NOT_IN') else 'an integer'}")
    return lambda token, clock: all(test(len(token)) for test in tests)


def compile_regex(source) -> regex.Pattern:
    """A user regex compiled, or TokenPatternError saying why it cannot be."""
    if not isinstance(source, str) or not source:
        raise TokenPatternError("a regex must be a non-empty string")
    if len(source) > MAX_REGEX_CHARS:
        raise TokenPatternError(f"regex is {len(source)} characters long; the limit is {MAX_REGEX_CHARS}")
    try:
        return regex.compile(source, regex.V0)
    except (regex.error, ValueError, OverflowError, RecursionError) as e:
        raise TokenPatternError(f"bad regex {source!r}: {e}") from None


def compile_token(spec) -> tuple[Predicate, str]:
    """One token dict as (predicate, op); op is ``1`` when the dict has no OP."""
    if not isinstance(spec, dict):
        raise TokenPatternError("each token of a pattern must be a dict such as {\"LOWER\": \"kursk\"}")
    tests: list[Predicate] = []
    op = "1"
    for key, value in spec.items():
        # spaCy reads attribute names in any case ({"lower": ...} as {"LOWER": ...}); so do we.
        key = key.upper() if isinstance(key, str) else key
        if key == "OP":
            if value not in OPS:
                raise TokenPatternError(f"OP {value!r} is not supported; use one of {' '.join(OPS)}")
            op = value
        elif key in TEXT_ATTRS:
            tests.append(_text_predicate(key, value))
        elif key == "LENGTH":
            tests.append(_length_predicate(value))
        elif key in FLAG_ATTRS:
            if not isinstance(value, bool):
                raise TokenPatternError(f"{key} must be true or false")
            tests.append(lambda token, clock, k=key, v=value: _flag(k, token) == v)
        elif key in _MODEL_ATTRS:
            raise TokenPatternError(f"token attribute {key!r} needs a trained spaCy pipeline, which team patterns do not use")
        else:
            supported = ", ".join((*TEXT_ATTRS, "LENGTH", *FLAG_ATTRS, "OP"))
            raise TokenPatternError(f"unknown token attribute {key!r}; supported: {supported}")
    if len(tests) == 1:
        return tests[0], op
    return (lambda token, clock: all(test(token, clock) for test in tests)), op


def compile_tokens(pattern) -> list[tuple[Predicate, str]]:
    """A token pattern (a non-empty list of token dicts) as (predicate, op) steps, ``+`` spelt as one then ``*``."""
    if not isinstance(pattern, list) or not pattern:
        raise TokenPatternError("a token pattern must be a non-empty list of token dicts")
    steps: list[tuple[Predicate, str]] = []
    for i, spec in enumerate(pattern, 1):
        try:
            predicate, op = compile_token(spec)
        except TokenPatternError as e:
            raise TokenPatternError(f"token {i}: {e}") from None
        steps.extend([(predicate, "1"), (predicate, "*")] if op == "+" else [(predicate, op)])
    if all(op in "?*" for _, op in steps):
        raise TokenPatternError("every token is optional, so the pattern could match nothing")
    return steps


def _fast_tokens(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """What ``tokenize(text, cuts)`` gives for text without marks, emoji or control characters, by one regex."""
    tokens, ordered = [], sorted(cuts)
    for m in _PLAIN_TOKEN.finditer(text):
        start, end = m.span()
        first = bisect.bisect_right(ordered, start)
        for cut in ordered[first:bisect.bisect_left(ordered, end, first)]:
            tokens.append((start, cut))
            start = cut
        tokens.append((start, end))
    return tokens


def text_tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token as spaCy's English tokenizer makes them: ``'s`` and inner hyphens split off, ``U.S.`` whole."""
    cuts = {m.start() for m in _CLITIC.finditer(text)}
    for m in _HYPHEN.finditer(text):
        cuts.update((m.start(), m.end()))
    if _NEEDS_CLUSTERS.search(text):
        tokens = [(t.start, t.end) for t in tokenize(text, cuts)]
    else:
        tokens = _fast_tokens(text, cuts)  # the same tokens, many times faster on long plain text
    acronyms = [(m.start(), m.end()) for m in _ACRONYM.finditer(text)]
    if not acronyms:
        return tokens
    merged: list[tuple[int, int]] = []
    for start, end in tokens:
        if merged and merged[-1][1] == start and _inside_acronym(acronyms, merged[-1][0], end):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _inside_acronym(acronyms: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one dotted acronym (so its tokens join into one)."""
    i = bisect.bisect_right(acronyms, (start, float("inf"))) - 1
    return i >= 0 and acronyms[i][0] <= start and end <= acronyms[i][1]


def _closure(steps: list[tuple[Predicate, str]], states: set[int]) -> set[int]:
    """States reachable without reading a token (past optional steps)."""
    todo, seen = list(states), set(states)
    while todo:
        k = todo.pop()
        if k < len(steps) and steps[k][1] in "?*" and k + 1 not in seen:
            seen.add(k + 1)
            todo.append(k + 1)
    return seen


def longest_match(steps: list[tuple[Predicate, str]], words: list[str], i: int, clock: Clock) -> int:
    """The end (exclusive token index) of the longest match starting at token ``i``, or -1."""
    final = len(steps)
    if steps[0][1] == "1" and not steps[0][0](words[i], clock):
        return -1  # most starts fail on their first token: no state sets for them
    states = _closure(steps, {0})
    best, j, stop = -1, i, min(len(words), i + MAX_TOKENS)
    while j < stop:
        moved: set[int] = set()
        for k in states:
            if k == final:
                continue
            predicate, op = steps[k]
            if predicate(words[j], clock) != (op == "!"):
                moved.add(k + 1)
                if op == "*":
                    moved.add(k)
        if not moved:
            break
        states = _closure(steps, moved)
        j += 1
        if final in states:
            best = j
    return best
