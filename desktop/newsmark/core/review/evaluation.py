"""Scoring marks against a gold set: precision, recall and F1 per tag, by exact and by overlap match, and attribute accuracy.

Exact: same document, tag, start and end. Overlap: same document and tag and at least one
shared code point, matched one to one as agreement's overlap F1 matches (``measures.overlap_pairs``:
as many pairs as possible, the largest overlaps first), so one long prediction cannot count for
several gold spans. Attribute accuracy is measured on the overlap-matched pairs, for each
attribute the gold span gives: numbers compare as numbers, text compares without case and extra
white space.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from newsmark.core.review.measures import overlap_pairs

ALL = "all"  # the row of every tag together (micro-averaged)


class Mark(NamedTuple):
    """A span to score: where it is, its tag's name and its attribute values."""

    document_id: int
    tag: str
    start: int
    end: int
    attributes: dict = {}


@dataclass
class Counts:
    """True positives against the sizes of both sides, and the scores they give."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        """Matched over predicted (1.0 when nothing was predicted and nothing was to be found)."""
        return self.matched / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        """Matched over gold (1.0 when there was nothing to find)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        """The counts and scores as plain values."""
        return {"matched": self.matched, "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class TagScore:
    """One tag's (or all tags') scores."""

    tag: str
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, asked]

    def to_json(self) -> dict:
        """The scores as plain values, attribute accuracy included."""
        return {
            "tag": self.tag, "gold": self.exact.gold, "predicted": self.exact.predicted,
            "exact": self.exact.to_json(), "overlap": self.overlap.to_json(),
            "attributes": {
                name: {"right": right, "total": total, "accuracy": right / total if total else None}
                for name, (right, total) in sorted(self.attributes.items())
            },
        }


def evaluate(gold: Iterable[Mark], predicted: Iterable[Mark]) -> list[TagScore]:
    """Score ``predicted`` against ``gold``: one TagScore per tag (in name order) and a last one for all tags."""
    by_key: dict[tuple[int, str], tuple[list[Mark], list[Mark]]] = defaultdict(lambda: ([], []))
    for mark in gold:
        by_key[mark.document_id, mark.tag][0].append(mark)
    for mark in predicted:
        by_key[mark.document_id, mark.tag][1].append(mark)
    scores: dict[str, TagScore] = {}
    total = TagScore(ALL)
    for (_, tag), (gold_marks, predicted_marks) in by_key.items():
        score = scores.setdefault(tag, TagScore(tag))
        exact = len({(m.start, m.end) for m in gold_marks} & {(m.start, m.end) for m in predicted_marks})
        pairs = match_overlaps(gold_marks, predicted_marks)
        for counts in (score, total):
            counts.exact.matched += exact
            counts.overlap.matched += len(pairs)
            for side in (counts.exact, counts.overlap):
                side.gold += len(gold_marks)
                side.predicted += len(predicted_marks)
        for g, p in pairs:
            for name, wanted in g.attributes.items():
                if wanted in ("", None):
                    continue
                right = int(same_value(wanted, p.attributes.get(name)))
                for counts in (score, total):
                    tally = counts.attributes.setdefault(f"{tag}.{name}" if counts is total else name, [0, 0])
                    tally[0] += right
                    tally[1] += 1
    return [scores[t] for t in sorted(scores)] + [total]


def match_overlaps(gold: list[Mark], predicted: list[Mark]) -> list[tuple[Mark, Mark]]:
    """One-to-one pairs of overlapping marks (of one document and tag), in gold order: ``measures.overlap_pairs``."""
    pairs = overlap_pairs([(m.start, m.end) for m in gold], [(m.start, m.end) for m in predicted])
    return [(gold[i], predicted[j]) for i, j in pairs]


def same_value(wanted, got) -> bool:
    """Whether an attribute value is right: numbers as numbers, text without case and extra white space."""
    if got in ("", None):
        return False
    number_wanted, number_got = _number(wanted), _number(got)
    if number_wanted is not None and number_got is not None:
        return abs(number_wanted - number_got) <= 1e-9 * max(1.0, abs(number_wanted))
    return " ".join(str(wanted).split()).casefold() == " ".join(str(got).split()).casefold()


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def attributes_of(raw: str | dict | None) -> dict:
    """A span's attribute values as a dict, from the JSON a span or suggestion stores."""
    if isinstance(raw, dict):
        return raw
    try:
        values = json.loads(raw or "{}")
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}
