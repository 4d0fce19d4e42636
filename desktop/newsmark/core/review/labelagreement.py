"""Analysts' agreement on document labels: per category, observed agreement and Cohen's kappa per pair, Krippendorff's alpha.

Units (the README says the same in the analyst's words):

- A category takes one value (genre, stance): each document that two analysts or more labelled in the
  category is one unit, and an analyst's answer is their value. (Should a project hold several values of
  one analyst there, their sorted values together are their one answer.)
- A category that takes several values (topic): each (document, value) is a yes/no unit, for every value
  anyone gave that document in the category. An analyst who gave the document a value of the category
  answers yes (they gave this value) or no (they did not); one who gave it none has no answer.
- A document nobody or only one analyst labelled in a category is no unit. ``gold`` and other curators
  are analysts like any other.
- A pair is compared over the units of the documents both labelled: observed agreement is the share of
  those units where their answers are the same, Cohen's kappa corrects it for chance. Krippendorff's
  alpha (nominal) takes every analyst's answers, missing ones allowed. A figure that cannot be computed
  (no shared document, one value everywhere) is None.

The cost is linear in the label rows: one pass groups them, and the rest works on counts of distinct
(analysts, answers) patterns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from newsmark.core.review.measures import cohen_kappa, nominal_alpha

# A label row as agreement reads it: (document id, category id, value, analyst).
LabelRow = tuple[int, int, str, str]


@dataclass(frozen=True)
class LabelCategory:
    """A document category as label agreement needs it: its id, name and whether it takes several values."""

    id: int
    name: str
    multiple: bool


@dataclass(frozen=True)
class LabelPairAgreement:
    """Two analysts' agreement on one category over the documents both labelled in it."""

    category: str
    annotator_a: str
    annotator_b: str
    documents: int
    units: int  # the documents, or for a category of several values the (document, value) units
    observed: float | None
    kappa: float | None


@dataclass(frozen=True)
class LabelGroupAgreement:
    """All analysts' agreement on one category: Krippendorff's nominal alpha over the documents two or more labelled."""

    category: str
    annotators: int
    documents: int
    units: int
    alpha: float | None


@dataclass(frozen=True)
class LabelAgreementReport:
    """Every pair's and the whole team's agreement on document labels, per category (empty when nobody labelled)."""

    annotators: list[str]
    categories: list[str]  # the categories someone labelled, in the project's order
    pairs: list[LabelPairAgreement]
    all: list[LabelGroupAgreement]

    def pair(self, a: str, b: str, category: str) -> LabelPairAgreement | None:
        """The row of two analysts (in either order) and a category, if both labelled in it."""
        for row in self.pairs:
            if row.category == category and {row.annotator_a, row.annotator_b} == {a, b}:
                return row
        return None


def compute_labels(rows: Iterable[LabelRow], categories: Iterable[LabelCategory]) -> LabelAgreementReport:
    """The label agreement of ``rows`` for ``categories`` (in display order; rows of other categories are ignored)."""
    known = {c.id: c for c in categories}
    answers: dict[int, dict[int, dict[str, set[str]]]] = {c: {} for c in known}  # category -> document -> analyst
    for document_id, category_id, value, annotator in rows:
        by_document = answers.get(category_id)
        if by_document is None:
            continue
        by = by_document.get(document_id)
        if by is None:
            by_document[document_id] = {annotator: {value}}
            continue
        found = by.get(annotator)
        if found is None:
            by[annotator] = {value}
        else:
            found.add(value)
    pairs, every, everyone, order = [], [], set(), []
    for category in known.values():
        by_document = answers[category.id]
        if not by_document:
            continue
        team, patterns, documents = _patterns(by_document, category.multiple)
        everyone.update(team)
        order.append(category.name)
        pairs += _pairs(category.name, team, patterns, documents)
        every.append(_group(category.name, team, patterns, documents))
    return LabelAgreementReport(sorted(everyone), order, pairs, every)


def _patterns(by_document: dict[int, dict[str, set[str]]], multiple: bool) -> tuple[list[str], Counter, Counter]:
    """A category's analysts, its units as counts of (analysts, answers), and its documents as counts of analysts."""
    team: set[str] = set()
    patterns: Counter = Counter()
    documents: Counter = Counter()
    for by in by_document.values():
        if len(by) < 2:
            team.update(by)
            continue
        names = tuple(sorted(by))
        team.update(names)
        documents[names] += 1
        if multiple:
            given = [by[n] for n in names]
            for value in set().union(*given):
                patterns[names, tuple(value in g for g in given)] += 1
        else:
            patterns[names, tuple(_one_answer(by[n]) for n in names)] += 1
    return sorted(team), patterns, documents


def _one_answer(values: set[str]) -> str:
    if len(values) == 1:
        for value in values:
            return value
    return " + ".join(sorted(values))


def _pairs(category: str, team: list[str], patterns: Counter, documents: Counter) -> list[LabelPairAgreement]:
    confusions: dict[tuple[str, str], Counter] = {pair: Counter() for pair in combinations(team, 2)}
    shared: Counter = Counter()
    for names, n in documents.items():
        for pair in combinations(names, 2):
            shared[pair] += n
    for (names, given), n in patterns.items():
        for (i, a), (j, b) in combinations(enumerate(names), 2):
            confusions[a, b][given[i], given[j]] += n
    rows = []
    for (a, b), confusion in confusions.items():
        units = sum(confusion.values())
        same = sum(n for (x, y), n in confusion.items() if x == y)
        rows.append(LabelPairAgreement(category, a, b, shared[a, b], units, same / units if units else None,
                                       cohen_kappa(confusion)))
    return rows


def _group(category: str, team: list[str], patterns: Counter, documents: Counter) -> LabelGroupAgreement:
    position = {name: i for i, name in enumerate(team)}
    units: Counter = Counter()
    for (names, given), n in patterns.items():
        full: list = [None] * len(team)
        for name, answer in zip(names, given):
            full[position[name]] = answer
        units[tuple(full)] += n
    return LabelGroupAgreement(category, len(team), sum(documents.values()), sum(units.values()), nominal_alpha(units))


def project_label_agreement(project, document_id: int | None = None) -> LabelAgreementReport:
    """Read a project's document labels (or one document's) and compute their agreement."""
    if document_id is None:
        labels = [label for found in project.labels_by_document().values() for label in found]
    else:
        project.document_length(document_id)  # a NotFoundError names a document that is not there
        labels = project.document_labels(document_id)
    categories = [LabelCategory(c.id, c.name, c.multiple) for c in project.categories()]
    return compute_labels(((x.document_id, x.category_id, x.value, x.annotator) for x in labels), categories)
