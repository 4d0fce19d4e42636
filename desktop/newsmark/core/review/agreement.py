"""Inter-annotator agreement of a project: span F1, Cohen's kappa, Krippendorff's alpha and αu, per tag and overall.

Definitions (the README says the same in the analyst's words):

- An annotator *annotated* a document when it holds at least one span by them or their done mark
  (``core.donemarks``: they set it done or reviewed), so a document they finished empty is compared as
  their "nothing" against the other's spans. Without done marks only spans count, as before. A pair is compared over the documents both
  annotated; "all" over the documents every annotator annotated.
- Span F1 = 2m / (|A| + |B|) over each annotator's distinct spans (tag, start, end). Exact: m counts
  spans of the same tag and range. Overlap: the one-to-one matching of ``measures.overlap_pairs``
  among spans of the same tag sharing a code point (as many pairs as possible, the largest overlaps
  first; the evaluator matches the same way). Overall
  (tag ``*``) sums the matches and spans of every tag.
- Token labels use the tokens of ``core.text.tokens``; a span labels every token it shares a code point
  with. Per tag, a token's label is binary (some span of that tag, or "O"), so overlapping spans of
  different tags never compete. Overall, a token's label is the tag of the longest span on it (then the
  earliest, then the first tag), or "O". Cohen's kappa compares two annotators' labels; Krippendorff's
  nominal alpha all annotators'.
- αu (``unitizing``) runs over the documents every annotator annotated, laid end to end as one
  continuum of code points; each tag is a category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from newsmark.core.errors import NewsmarkError, NotFoundError
from newsmark.core.review.agreementdata import AgreementData, Range
from newsmark.core.review.measures import cohen_kappa, f1, nominal_alpha, overlap_matches
from newsmark.core.review.tokenlabels import document_labels
from newsmark.core.review.unitizing import unitizing_alpha, usable_units

OVERALL = "*"


@dataclass(frozen=True)
class PairAgreement:
    """Two annotators' agreement on one tag (or ``*``: all tags) over the documents both annotated."""

    annotator_a: str
    annotator_b: str
    tag: str
    documents: int
    spans_a: int
    spans_b: int
    exact: int
    overlap: int
    f1_exact: float | None
    f1_overlap: float | None
    kappa: float | None


@dataclass(frozen=True)
class GroupAgreement:
    """All annotators' agreement on one tag (or ``*``) over the documents every one of them annotated."""

    tag: str
    documents: int
    alpha_nominal: float | None
    alpha_unitizing: float | None


@dataclass(frozen=True)
class AgreementReport:
    """Every pair's and the whole team's agreement, per tag and overall."""

    annotators: list[str]
    tags: list[str]  # the tags that appear in the compared documents, in the project's order, then ``*``
    pairs: list[PairAgreement]
    all: list[GroupAgreement]

    def pair(self, a: str, b: str, tag: str = OVERALL) -> PairAgreement | None:
        """The row of two annotators (in either order) and a tag, if they share documents."""
        for row in self.pairs:
            if row.tag == tag and {row.annotator_a, row.annotator_b} == {a, b}:
                return row
        return None


def compute(data: AgreementData, progress: Callable[[int, int], None] | None = None) -> AgreementReport:
    """The agreement report of ``data``; ``progress(done, total)`` is called every few hundred documents."""
    everyone = tuple(data.annotators())
    documents = [d for d, by in data.spans.items() if len(by) > 1]
    counts: Counter = Counter()  # (a, b, tag_id, what) -> number; what: a, b, exact, overlap
    pair_documents: Counter = Counter()
    groups: dict[tuple[str, ...], Counter] = {}  # the documents' annotators -> token label counts
    continuum: dict[int, list[list[tuple[int, int]]]] = {}  # tag -> each annotator's units, documents end to end
    used_tags: set[int] = set()
    positions = {tag_id: i for i, tag_id in enumerate(data.tags)}
    length = together = 0
    for done, document_id in enumerate(sorted(documents), 1):
        by = data.spans[document_id]
        names = tuple(sorted(by))
        ranges = {name: _by_tag(by[name]) for name in names}
        for tags in ranges.values():
            used_tags.update(tags)
        for a, b in combinations(names, 2):
            pair_documents[a, b] += 1
            _count_spans(counts, a, b, ranges[a], ranges[b])
        labels = document_labels(data.texts[document_id], [by[name] for name in names], positions)
        groups.setdefault(names, Counter()).update(labels)
        if names == everyone:
            for index, name in enumerate(names):
                for tag_id, units in ranges[name].items():
                    raters = continuum.setdefault(tag_id, [[] for _ in everyone])
                    raters[index].extend((s + length, e + length) for s, e in usable_units(units))
            length += data.lengths[document_id]
            together += 1
        if progress is not None and (done % 250 == 0 or done == len(documents)):
            progress(done, len(documents))
    order = [t for t in data.tags if t in used_tags]
    pairs = _pairs(data, counts, pair_documents, groups, order, positions)
    every = _all(data, everyone, groups, continuum, length, order, positions, together)
    return AgreementReport(list(everyone), [data.tags[t] for t in order] + [OVERALL], pairs, every)


def _by_tag(spans: list[Range]) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    for tag_id, start, end in spans:
        found.setdefault(tag_id, []).append((start, end))
    return found


def _count_spans(counts: Counter, a: str, b: str, mine: dict, theirs: dict) -> None:
    for tag_id in mine.keys() | theirs.keys():
        ours, others = mine.get(tag_id, ()), theirs.get(tag_id, ())
        counts[a, b, tag_id, "a"] += len(ours)
        counts[a, b, tag_id, "b"] += len(others)
        if ours and others:
            counts[a, b, tag_id, "exact"] += len(set(ours).intersection(others))
            counts[a, b, tag_id, "overlap"] += overlap_matches(ours, others)


def _pairs(data, counts, pair_documents, groups, order, positions) -> list[PairAgreement]:
    rows = []
    for (a, b), shared in sorted(pair_documents.items()):
        confusions = _pair_confusions(groups, a, b, order, positions)
        totals = Counter()
        for tag_id in order:
            found = [counts[a, b, tag_id, what] for what in ("a", "b", "exact", "overlap")]
            totals.update(dict(zip(("a", "b", "exact", "overlap"), found)))
            rows.append(_pair_row(a, b, data.tags[tag_id], shared, *found, confusions[tag_id]))
        rows.append(_pair_row(a, b, OVERALL, shared, totals["a"], totals["b"], totals["exact"], totals["overlap"],
                              confusions[OVERALL]))
    return rows


def _pair_row(a, b, tag, shared, spans_a, spans_b, exact, overlap, confusion) -> PairAgreement:
    return PairAgreement(a, b, tag, shared, spans_a, spans_b, exact, overlap, f1(exact, spans_a, spans_b),
                         f1(overlap, spans_a, spans_b), cohen_kappa(confusion))


def _pair_confusions(groups, a: str, b: str, order: list[int], positions: dict[int, int]) -> dict:
    confusions: dict = {tag_id: Counter() for tag_id in order}
    confusions[OVERALL] = Counter()
    bits = {tag_id: 1 << positions[tag_id] for tag_id in order}
    for names, labels in groups.items():
        if a not in names or b not in names:
            continue
        i, j = names.index(a), names.index(b)
        for (best, masks), n in labels.items():
            confusions[OVERALL][best[i], best[j]] += n
            for tag_id, bit in bits.items():
                confusions[tag_id][bool(masks[i] & bit), bool(masks[j] & bit)] += n
    return confusions


def _all(data, everyone, groups, continuum, length, order, positions, documents) -> list[GroupAgreement]:
    labels = groups.get(everyone, Counter())
    overall_u, per_tag_u = unitizing_alpha(continuum, 0, length) if length else (None, {})
    rows = []
    for tag_id in order:
        bit = 1 << positions[tag_id]
        binary: Counter = Counter()
        for (_, masks), n in labels.items():
            binary[tuple(bool(m & bit) for m in masks)] += n
        rows.append(GroupAgreement(data.tags[tag_id], documents, nominal_alpha(binary), per_tag_u.get(tag_id)))
    best: Counter = Counter()
    for (labels_of, _), n in labels.items():
        best[labels_of] += n
    rows.append(GroupAgreement(OVERALL, documents, nominal_alpha(best), overall_u))
    return rows


class TooFewAnnotatorsError(NewsmarkError):
    """Agreement needs two annotators or more who annotated the same documents."""


def project_agreement(project, document_id: int | None = None, progress=None) -> tuple[AgreementData, AgreementReport]:
    """Read a project (or one document) and compute its agreement; TooFewAnnotatorsError if nobody can be compared."""
    data = AgreementData.from_project(project, document_id)
    if not any(len(by) > 1 for by in data.spans.values()):
        found = project.annotators() if document_id is None else sorted({s.annotator for s in project.spans(document_id)})
        where = f"document {document_id}" if document_id is not None else project.path.name
        raise TooFewAnnotatorsError(
            f"agreement needs two annotators or more on the same documents; {where} has "
            + (f"{len(found)} annotator{'s' if len(found) != 1 else ''} ({', '.join(found)})" if found else "no spans")
            + (" but none annotated a document another one did" if len(found) > 1 and document_id is None else "")
        )
    return data, compute(data, progress)


def find_tag(report: AgreementReport, data: AgreementData, name: str) -> str:
    """The tag name as the project spells it (names match regardless of case); NotFoundError if there is none."""
    for tag in data.tags.values():
        if tag.casefold() == name.casefold():
            return tag
    if name == OVERALL:
        return OVERALL
    raise NotFoundError(f"there is no tag {name!r}; the tags are {', '.join(data.tags.values())}")


def agreement_by_tag(project, curators: tuple[str, ...] = ("gold",)) -> dict[str, tuple[float | None, float | None]] | None:
    """Per tag (and ``*``): the mean F1 (overlap) over pairs of annotators, and the team's unitizing alpha.

    Pairs with a curator's gold set are left out of the mean (they measure annotators against gold,
    not against each other). None when fewer than two annotators worked on the same documents.
    """
    try:
        _data, report = project_agreement(project)
    except TooFewAnnotatorsError:
        return None
    f1s: dict[str, list[float]] = {}
    for row in report.pairs:
        if row.f1_overlap is not None and row.annotator_a not in curators and row.annotator_b not in curators:
            f1s.setdefault(row.tag, []).append(row.f1_overlap)
    alphas = {row.tag: row.alpha_unitizing for row in report.all}
    tags = [t for t in report.tags if t in f1s or t in alphas]
    return {t: (sum(f1s[t]) / len(f1s[t]) if f1s.get(t) else None, alphas.get(t)) for t in tags}
