"""A small per-project model of what the analyst accepts: it holds back suggestions like those rejected before.

Trained on the project's decided suggestions (accepted = 1, rejected = 0; a suggestion whose document,
tag and edges an analyst's span has counts as accepted), one L2-regularised logistic regression per tag
over sparse features of the suggestion and the words around it. A tag's model is used only once the
project holds enough decisions of that tag with both outcomes; below ``HOLD_BELOW`` a suggestion is not
proposed, otherwise its confidence is the mean of the rule's and the model's. Pure Python, deterministic.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from newsmark.core.suggest.suggestion import Suggestion

MIN_DECISIONS = 20  # decisions of a tag before its model is used
MIN_EACH = 3  # of each outcome among them
HOLD_BELOW = 0.2  # a suggestion the model gives less than this is held back
EPOCHS = 8
RATE = 0.3
L2 = 0.01
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*|\S")
_SENTENCE_END = ".!?\n"
_TITLE_LINE = 160  # characters: a longer line is a paragraph, not a title-case line
_CHECK_EVERY = 256  # examples between two looks at whether to stop (a look costs a call; 256 rows take ~2 ms)
Stopped = Callable[[], bool]


class TrainingStopped(Exception):
    """Training was asked to stop before it ended (the analyst cancelled): there is no model."""


def _check(stopped: Stopped | None, n: int) -> None:
    if stopped is not None and n % _CHECK_EVERY == 0 and stopped():
        raise TrainingStopped


class Example(NamedTuple):
    """One decided suggestion: the document's text, the suggestion and whether the analyst accepted it."""

    text: str
    suggestion: Suggestion
    accepted: bool


def shape(word: str) -> str:
    """A word's shape: capitals X, small letters x, digits d, runs collapsed ("Wales" → "Xx", "2-0" → "d-d")."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def features(text: str, s: Suggestion) -> list[str]:
    """The sparse features of one suggestion in its text (strings; the model weighs each)."""
    span = text[s.start:s.end]
    words = _WORD.findall(span)
    before = _WORD.findall(text[max(0, s.start - 40):s.start])
    after = _WORD.findall(text[s.end:s.end + 40])
    prev = before[-1].lower() if before else "<start>"
    nxt = after[0].lower() if after else "<end>"
    size = len(words)
    out = [
        "bias", f"by={s.suggester}", f"w={' '.join(span.lower().split())[:40]}",
        f"shape={' '.join(shape(w) for w in words[:3])}", f"n={min(size, 4) if size < 6 else '6+' if size < 16 else '16+'}",
        f"prev={prev}", f"next={nxt}", f"prevshape={shape(before[-1]) if before else '-'}",
        f"nextshape={shape(after[0]) if after else '-'}", f"prev+next={prev}|{nxt}",
    ]
    if size > 1:
        out += [f"first={words[0].lower()}", f"last={words[-1].lower()}"]
    head = text[max(0, s.start - 8):s.start].rstrip(" \t\"'“‘«(")
    if not head or head[-1] in _SENTENCE_END:
        out.append("opens-sentence")
    # A headline or a list of names is a short line; only such a line is read whole (an article's paragraphs are long).
    line_start = text.rfind("\n", max(0, s.start - _TITLE_LINE), s.start) + 1
    line_end = text.find("\n", s.end, s.end + _TITLE_LINE)
    if (line_start or s.start < _TITLE_LINE) and (line_end >= 0 or len(text) - s.end < _TITLE_LINE):
        line = [w for w in _WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)]) if w[0].isalpha()]
        if len(line) >= 3 and sum(w[0].isupper() for w in line) >= 0.8 * len(line):
            out.append("title-line")
    if s.tag.casefold() == "quote":
        out.append("speaker" if (s.attributes or {}).get("speaker") else "no-speaker")
    return out


class _TagModel:
    """Weights of one tag's logistic regression, by feature."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def probability(self, feats: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _fit(rows: list[tuple[list[str], bool]], stopped: Stopped | None = None) -> _TagModel:
    index: dict[str, int] = {}
    coded = [([index.setdefault(f, len(index)) for f in feats], 1.0 if y else 0.0) for feats, y in rows]
    w = [0.0] * len(index)
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for n, (ids, y) in enumerate(coded):  # always in the order given: the same decisions give the same model
            _check(stopped, n)
            z = max(-30.0, min(30.0, sum(w[i] for i in ids)))
            step = rate * (y - 1.0 / (1.0 + math.exp(-z)))
            for i in ids:
                w[i] += step - rate * L2 * w[i]
    return _TagModel({f: w[i] for f, i in index.items()})


class LearnedModel:
    """Per-tag models (only for tags with enough decisions of both outcomes) that score new suggestions."""

    def __init__(self, models: dict[str, _TagModel] | None = None, decisions: dict[str, tuple[int, int]] | None = None):
        self._models = models or {}
        self.decisions = decisions or {}  # tag (casefolded) → (accepted, rejected)

    @property
    def tags(self) -> list[str]:
        """The tags (casefolded) the model is used for."""
        return sorted(self._models)

    def probability(self, text: str, s: Suggestion) -> float | None:
        """How likely the analyst accepts ``s`` (None when its tag has no model yet)."""
        model = self._models.get(s.tag.casefold())
        return None if model is None else model.probability(features(text, s))

    def screen(self, text: str, suggestions: Iterable[Suggestion]) -> tuple[list[Suggestion], list[Suggestion]]:
        """(kept, held back): the kept ones with their confidence blended with the model's."""
        kept, held = [], []
        for s in suggestions:
            p = self.probability(text, s)
            if p is None:
                kept.append(s)
            elif p < HOLD_BELOW:
                held.append(s)
            else:
                kept.append(s._replace(confidence=round((s.confidence + p) / 2, 3)))
        return kept, held


def train(examples: Iterable[Example], stopped: Stopped | None = None) -> LearnedModel:
    """A model from decided suggestions; a tag gets one once it has ``MIN_DECISIONS`` with ``MIN_EACH`` of each outcome.

    ``stopped``: asked now and then; once it says True, training ends with ``TrainingStopped``.
    """
    rows: dict[str, list[tuple[list[str], bool]]] = {}
    for n, e in enumerate(examples):
        _check(stopped, n)
        rows.setdefault(e.suggestion.tag.casefold(), []).append((features(e.text, e.suggestion), e.accepted))
    models, counts = {}, {}
    for tag, tagged in rows.items():
        yes = sum(1 for _f, y in tagged if y)
        counts[tag] = (yes, len(tagged) - yes)
        if len(tagged) >= MIN_DECISIONS and min(yes, len(tagged) - yes) >= MIN_EACH:
            models[tag] = _fit(tagged, stopped)
    return LearnedModel(models, counts)


def model_key(project) -> tuple:
    """What a model learned now would be learned from, read cheaply: a new, undone or changed decision or tag changes it."""
    return project.decision_stamp(), tuple((t.id, t.name) for t in project.tags())


def project_examples(project, stopped: Stopped | None = None) -> list[Example]:
    """The project's decided suggestions as examples, in document and text order."""
    decided = [s for s in project.suggestions(status=None) if s.status != "open"]
    if not decided:
        return []
    names = {t.id: t.name for t in project.tags()}
    spans = {(d, t, a, b) for d, t, a, b, _who in project.span_keys()}
    texts = {i: text for i, _title, text in project.document_texts(sorted({s.document_id for s in decided}))}
    out = []
    for n, s in enumerate(decided):
        _check(stopped, n)
        if s.tag_id not in names or s.document_id not in texts:
            continue
        try:
            values = json.loads(s.attributes) if s.attributes else {}
        except ValueError:
            values = {}
        accepted = s.status == "accepted" or (s.document_id, s.tag_id, s.start, s.end) in spans
        suggestion = Suggestion(names[s.tag_id], s.start, s.end, values if isinstance(values, dict) else {},
                                s.confidence, s.suggester)
        out.append(Example(texts[s.document_id], suggestion, accepted))
    return out


class Screened:
    """A suggester whose suggestions pass the learned model; ``last_held`` is what it kept back from the last text."""

    def __init__(self, suggester: Callable[[str], list[Suggestion]], model: LearnedModel):
        self._suggester = suggester
        self.model = model
        self.last_held: list[Suggestion] = []

    def __call__(self, text: str) -> list[Suggestion]:
        """The suggester's suggestions for ``text`` the model lets through."""
        kept, self.last_held = self.model.screen(text, self._suggester(text))
        return kept


def last_held(suggester) -> list[Suggestion]:
    """What a suggester from ``project_suggester`` held back from the last text it was given ([] without a model)."""
    return list(getattr(suggester, "last_held", ()))


def newly_held(project, held: dict[int, list[Suggestion]]) -> int:
    """How many of the held-back suggestions (by document) were not already decided or spans: those the model hid."""
    held = {d: found for d, found in held.items() if found}
    if not held:
        return 0
    tags = {t.name.casefold(): t.id for t in project.tags()}
    known = set()
    for d in held:  # only these documents' rows (by index): the window asks for a few at a time
        known |= {(s.document_id, s.tag_id, s.start, s.end) for s in project.suggestions(d, status=None)}
        known |= {(s.document_id, s.tag_id, s.start, s.end) for s in project.spans(d)}
    return sum((d, tags.get(s.tag.casefold()), s.start, s.end) not in known for d, found in held.items() for s in found)


def held_note(held: int) -> str:
    """The status line's words on what the model held back ("" when nothing), to follow a count of suggestions."""
    return f" · {held} held back by what you rejected before" if held else ""
