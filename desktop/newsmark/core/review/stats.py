"""The figures of a project's statistics report: counts per tag, document, annotator and status, top values, progress."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from newsmark.core.attributes import parse_attributes
from newsmark.core.model import STATUSES, Tag

TOP = 15  # how many documents, locations and speakers a report lists
# The tags and attributes whose values the report counts (the default tag set's names).
CLAIM, LOCATION, QUOTE = ("claim", "status"), ("location", "place"), ("quote", "speaker")
NO_NAME = "(no name)"  # spans that name no annotator
MAX_FILLED_DAYS = 3 * 366  # a longer time line shows only the days that have spans


@dataclass(frozen=True, slots=True)
class DocumentCount:
    """One document's spans, by tag name."""

    id: int
    title: str
    per_tag: dict[str, int]

    @property
    def spans(self) -> int:
        """All its spans."""
        return sum(self.per_tag.values())


@dataclass(frozen=True, slots=True)
class Ranking:
    """The most frequent values of one attribute (or span text), and how many spans gave none."""

    tag: Tag | None  # None: the project has no such tag
    values: list[tuple[str, int]]
    missing: int = 0


@dataclass(frozen=True, slots=True)
class Statistics:
    """Everything a report shows; agreement is what the caller measured (tag name -> (F1 overlap, alpha)), or None."""

    project: str
    documents: int
    spans: int
    tags: tuple[Tag, ...]
    per_tag: dict[str, int]
    per_annotator: dict[str, dict[str, int]]  # annotator -> tag name -> spans
    per_status: dict[str, dict[str, int]]  # status key -> tag name -> spans, every status in workflow order
    documents_per_status: dict[str, int]
    top_documents: list[DocumentCount]
    documents_without_spans: int
    claims: Ranking
    locations: Ranking
    speakers: Ranking
    days: list[str]  # ISO dates, in order
    progress: dict[str, list[int]]  # annotator -> spans made on each of ``days``
    undated: int  # spans whose creation time is not a date
    agreement: dict[str, tuple[float | None, float | None]] | None = None

    def tag(self, name: str) -> Tag | None:
        """The tag of this name."""
        return next((t for t in self.tags if t.name == name), None)


def collect(project, *, agreement: Mapping[str, tuple] | None = None, top: int = TOP) -> Statistics:
    """The statistics of an open project (read with a few grouped queries; nothing is changed)."""
    tags = tuple(project.tags())
    names = {t.id: t.name for t in tags}
    per_tag: Counter = Counter()
    per_annotator: dict[str, Counter] = defaultdict(Counter)
    by_day: dict[str, Counter] = defaultdict(Counter)
    undated = 0
    for annotator, tag_id, day, count in project.annotator_tallies():
        name = names.get(tag_id, f"tag {tag_id}")
        who = annotator or NO_NAME
        per_tag[name] += count
        per_annotator[who][name] += count
        if _is_day(day):
            by_day[day][who] += count
        else:
            undated += count
    per_status: dict[str, Counter] = {status: Counter() for status in STATUSES}
    per_document: dict[int, dict[str, int]] = defaultdict(dict)
    for document_id, status, tag_id, count in project.document_tag_counts():
        name = names.get(tag_id, f"tag {tag_id}")
        per_status.setdefault(status, Counter())[name] += count
        per_document[document_id][name] = count
    documents_per_status = {status: 0 for status in STATUSES} | project.document_statuses()
    documents = sum(documents_per_status.values())
    top_documents = _top_documents(project, per_document, top)
    days, progress = _progress(by_day, sorted(per_annotator))
    return Statistics(
        project=project.path.name,
        documents=documents,
        spans=sum(per_tag.values()),
        tags=tags,
        per_tag={t.name: per_tag[t.name] for t in tags} | dict(per_tag),
        per_annotator={who: dict(per_annotator[who]) for who in sorted(per_annotator, key=lambda w: -sum(per_annotator[w].values()))},
        per_status={status: dict(counts) for status, counts in per_status.items()},
        documents_per_status=documents_per_status,
        top_documents=top_documents,
        documents_without_spans=documents - len(per_document),
        claims=_ranking(project, tags, CLAIM, top=None),
        locations=_ranking(project, tags, LOCATION, top=top, text_fallback=True),
        speakers=_ranking(project, tags, QUOTE, top=top),
        days=days,
        progress=progress,
        undated=undated,
        agreement=_agreement(agreement),
    )


def _is_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except (TypeError, ValueError):
        return False
    return len(day) == 10


def _top_documents(project, per_document: dict[int, dict[str, int]], top: int) -> list[DocumentCount]:
    """The ``top`` documents with the most spans (ties: the older first)."""
    ranked = sorted(per_document, key=lambda d: (-sum(per_document[d].values()), d))[:top]
    titles = project.document_titles(ranked)
    return [DocumentCount(d, titles.get(d, ""), per_document[d]) for d in ranked]


def _progress(by_day: dict[str, Counter], annotators: list[str]) -> tuple[list[str], dict[str, list[int]]]:
    """Every day from the first span to the last (or only days with spans, over a long time), and each annotator's spans."""
    if not by_day:
        return [], {}
    first, last = date.fromisoformat(min(by_day)), date.fromisoformat(max(by_day))
    if (last - first).days < MAX_FILLED_DAYS:
        days = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    else:
        days = sorted(by_day)
    active = [who for who in annotators if any(who in counts for counts in by_day.values())]
    return days, {who: [by_day[day][who] if day in by_day else 0 for day in days] for who in active}


def _ranking(project, tags: tuple[Tag, ...], which: tuple[str, str], *, top: int | None, text_fallback: bool = False) -> Ranking:
    """The values of a tag's attribute, most frequent first; a choice attribute lists its choices in their order."""
    tag_name, attribute = which
    tag = next((t for t in tags if t.name.casefold() == tag_name), None)
    if tag is None:
        return Ranking(None, [])
    counts, missing = project.attribute_tally(tag.id, attribute, text_fallback=text_fallback)
    merged: dict[str, tuple[str, int]] = {}
    # The commonest spelling (then the first in code point order) names values that differ only in case.
    for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        key = value.casefold()
        shown, total = merged.get(key, (value, 0))
        merged[key] = (shown, total + count)
    spec = next((s for s in parse_attributes(tag.attributes) if s.name == attribute), None)
    order = {c: n for n, c in enumerate(spec.choices)} if spec is not None and spec.choices else {}
    values = sorted(merged.values(), key=lambda item: (order.get(item[0], len(order)), -item[1], item[0]))
    return Ranking(tag, values if top is None else values[:top], missing)


def _agreement(agreement: Mapping[str, tuple] | None) -> dict[str, tuple[float | None, float | None]] | None:
    """The caller's agreement figures with undefined values (None, NaN) as None."""
    if agreement is None:
        return None
    clean = lambda x: None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)
    return {str(tag): (clean(f1), clean(alpha)) for tag, (f1, alpha) in agreement.items()}
