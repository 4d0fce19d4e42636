"""Curation of one document into a gold set: where its annotators disagree, and what goes to gold.

Pure functions over a document's spans, links and the curator's decisions: no storage, no Qt.
The gold set is ordinary spans whose annotator is the curator's name (``gold`` by default).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from newsmark.core.model import Link, Span, now_iso

GOLD = "gold"

# What a disagreement is about, with the words the curator sees.
KINDS = {
    "only_some": "only some annotators have it",
    "tag": "same text, different tags",
    "edges": "different edges",
    "tag_edges": "different tags and edges",
    "attributes": "different attribute values",
    "links": "different links",
}

SpanKey = tuple  # (tag_id, start, end, attributes): what two annotators must share to agree on a span
Unit = tuple  # (start, end, tag_id, detail): what a rejection remembers (see CurationDecision)


@lru_cache(maxsize=4096)  # a document's spans share a few combinations of values: parse each once
def canonical_attributes(attributes: str) -> str:
    """A span's attribute values as comparable text: keys sorted, empty values left out."""
    try:
        values = json.loads(attributes or "{}")
    except ValueError:
        return attributes
    if not isinstance(values, dict):
        return attributes
    kept = {k: v for k, v in values.items() if v not in ("", None, [], {})}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


def span_key(span: Span) -> SpanKey:
    """What must match for two annotators to agree on a span: tag, edges and attribute values."""
    return (span.tag_id, span.start, span.end, canonical_attributes(span.attributes))


def span_unit(span: Span) -> Unit:
    """The unit a rejection of this span remembers."""
    return (span.start, span.end, span.tag_id, "")


def link_unit(link: Link, spans: dict[int, Span]) -> Unit:
    """The unit a rejection of this link remembers: its source span, and its type and target in ``detail``."""
    source, target = spans[link.source_id], spans[link.target_id]
    return (source.start, source.end, source.tag_id, f"link {link.type_id} {target.tag_id} {target.start} {target.end}")


class Version(NamedTuple):
    """One annotator's answer to a disagreement: their spans there (and, for links, their links); empty: none."""

    annotator: str
    spans: tuple[Span, ...]
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """A place in the text where the annotators differ, with each one's version and whether gold has settled it."""

    kind: str  # a key of KINDS
    start: int
    end: int
    versions: tuple[Version, ...]
    settled: bool = False
    units: frozenset = field(default=frozenset(), compare=False)  # what rejecting it remembers

    def describe(self) -> str:
        """The kind in the curator's words."""
        return KINDS[self.kind]


@dataclass
class Review:
    """One document as the curator sees it: each annotator's spans, the gold set, and the disagreements in text order."""

    curator: str
    annotators: list[str]
    spans: dict[str, list[Span]]  # by annotator, text order (the curator's own are in ``gold``)
    gold: list[Span]
    disagreements: list[Disagreement]
    agreed: set[SpanKey]  # the spans every annotator has
    # Each link an annotator drew between two of their own spans, as (type, source key, target key; symmetric
    # types' ends sorted): which annotators drew it. Gold's links by the same key; the links the curator rejected.
    link_votes: dict[tuple, set[str]] = field(default_factory=dict)
    gold_links: set[tuple] = field(default_factory=set)
    rejected_links: set[tuple] = field(default_factory=set)
    rejected: set[Unit] = field(default_factory=set)  # every unit the curator rejected

    def open_count(self) -> int:
        """How many disagreements gold has not settled yet."""
        return sum(not d.settled for d in self.disagreements)


def review(
    spans: Iterable[Span], links: Iterable[Link] = (), *, curator: str = GOLD, rejected: Iterable[Unit] = (),
    symmetric: Iterable[int] = (), annotators: Iterable[str] | None = None,
) -> Review:
    """Compare the annotators of one document's spans (the curator's are the gold set); ``rejected``: units the
    curator rejected; ``symmetric``: ids of link types whose ends are interchangeable."""
    spans = sorted(spans, key=lambda s: (s.start, s.end, s.id))
    names = sorted(set(annotators) if annotators is not None else {s.annotator for s in spans} - {curator})
    by_annotator = {a: [s for s in spans if s.annotator == a] for a in names}
    gold = [s for s in spans if s.annotator == curator]
    keys = {a: {span_key(s) for s in mine} for a, mine in by_annotator.items()}
    agreed = set.intersection(*keys.values()) if keys else set()
    gold_keys = {span_key(s) for s in gold}
    rejected = set(rejected)
    edits = _Ranges(s for s in gold if span_key(s) not in agreed)  # gold spans that copy nothing everyone agreed on
    found = [
        _span_disagreement(cluster, names, edits, gold_keys, rejected)
        for cluster in _clusters(s for a in names for s in by_annotator[a] if span_key(s) not in agreed)
    ]
    links, symmetric = list(links), set(symmetric)
    found += _link_disagreements(spans, links, names, agreed, gold, rejected, symmetric)
    found.sort(key=lambda d: (d.start, d.end, d.kind))
    rev = Review(curator, names, by_annotator, gold, found, agreed, rejected=rejected)
    _tally_links(rev, spans, links, rejected, symmetric)
    return rev


def _tally_links(rev: Review, spans: list[Span], links: list[Link], rejected: set, symmetric: set[int]) -> None:
    """Fill ``rev``'s link votes, gold links and rejected links (what auto-merge needs to carry links)."""
    by_id = {s.id: s for s in spans}
    names = set(rev.annotators)
    for link in links:
        source, target = by_id.get(link.source_id), by_id.get(link.target_id)
        if source is None or target is None or source.annotator != target.annotator:
            continue
        key = _link_key(link, source, target, symmetric)
        if source.annotator == rev.curator:
            rev.gold_links.add(key)
        elif source.annotator in names:
            rev.link_votes.setdefault(key, set()).add(source.annotator)
            if link_unit(link, by_id) in rejected:
                rev.rejected_links.add(key)


def _clusters(spans: Iterable[Span]) -> list[list[Span]]:
    """Spans grouped where they overlap (a chain of overlaps is one group), in text order."""
    groups: list[list[Span]] = []
    end = -1
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.id)):
        if groups and span.start < end:
            groups[-1].append(span)
            end = max(end, span.end)
        else:
            groups.append([span])
            end = span.end
    return groups


class _Ranges:
    """Spans sorted by start, asked which overlap a range (in log time plus the longest span's reach)."""

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.longest = max((s.end - s.start for s in self.spans), default=0)

    def any_overlapping(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        first = bisect_left(self.starts, start - self.longest)
        return any(s.end > start for s in self.spans[first:bisect_left(self.starts, end)])


def _span_disagreement(cluster: list[Span], names: list[str], edits: _Ranges, gold_keys: set, rejected: set) -> Disagreement:
    versions = tuple(Version(a, tuple(s for s in cluster if s.annotator == a)) for a in names)
    start, end = min(s.start for s in cluster), max(s.end for s in cluster)
    ranges = {frozenset((s.start, s.end) for s in v.spans) for v in versions}
    tags = {frozenset(s.tag_id for s in v.spans) for v in versions}
    if any(not v.spans for v in versions):
        kind = "only_some"
    elif len(ranges) == 1:
        kind = "tag" if len(tags) > 1 else "attributes"
    else:
        kind = "edges" if len(tags) == 1 else "tag_edges"
    units = frozenset(span_unit(s) for s in cluster)
    holds_version = any(v.spans and {span_key(s) for s in v.spans} <= gold_keys for v in versions)
    # A gold span of the curator's own making here (not a copy of a span everyone agreed on) settles it too.
    edited = edits.any_overlapping(start, end)
    return Disagreement(kind, start, end, versions, holds_version or edited or units <= rejected, units)


def _link_disagreements(
    spans: list[Span], links: list[Link], names: list[str], agreed: set, gold: list[Span], rejected: set,
    symmetric: set[int],
) -> list[Disagreement]:
    """Links between spans every annotator has, where the annotators' links differ."""
    by_id = {s.id: s for s in spans}
    # Each annotator's links, by the pair of agreed spans they join: (type, source key, target key).
    pairs: dict[frozenset, dict[str, list[Link]]] = {}
    gold_links: set[tuple] = set()
    gold_ids = {s.id for s in gold}
    for link in links:
        source, target = by_id.get(link.source_id), by_id.get(link.target_id)
        if source is None or target is None or source.annotator != target.annotator:
            continue
        if source.id in gold_ids:
            gold_links.add(_link_key(link, source, target, symmetric))
        elif span_key(source) in agreed and span_key(target) in agreed and source.annotator in names:
            pair = frozenset((span_key(source), span_key(target)))
            pairs.setdefault(pair, {}).setdefault(source.annotator, []).append(link)
    held = {(s.annotator, span_key(s)): s for s in spans if s.annotator in names}  # each annotator's span by key
    found = []
    for pair, by_annotator in pairs.items():
        answers = {
            a: frozenset(_link_key(k, by_id[k.source_id], by_id[k.target_id], symmetric) for k in by_annotator.get(a, ()))
            for a in names
        }
        if len(set(answers.values())) == 1:
            continue
        versions = tuple(
            Version(a, tuple(sorted((held[a, k] for k in pair if (a, k) in held), key=lambda s: (s.start, s.end, s.id))),
                    tuple(by_annotator.get(a, ())))
            for a in names
        )
        start, end = min(k[1] for k in pair), max(k[2] for k in pair)
        units = frozenset(link_unit(k, by_id) for v in versions for k in v.links)
        settled = any(v.links and answers[v.annotator] <= gold_links for v in versions) or units <= rejected
        found.append(Disagreement("links", start, end, versions, settled, units))
    return found


def _link_key(link: Link, source: Span, target: Span, symmetric: set[int]) -> tuple:
    ends = (span_key(source), span_key(target))
    if link.type_id in symmetric:
        ends = tuple(sorted(ends))
    return (link.type_id, *ends)


# -- what goes to gold ---------------------------------------------------------------------------------------------


@dataclass
class GoldPlan:
    """Spans to copy into gold and links to make between gold spans (each as (type, source key, target key))."""

    document_id: int
    curator: str
    spans: list[Span]
    links: list[tuple[int, SpanKey, SpanKey]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.spans or self.links)


def gold_copy(span: Span, curator: str, stamp: str) -> Span:
    """A new gold span (id 0) with the same tag, edges and attribute values as ``span``."""
    return Span(0, span.document_id, span.tag_id, span.start, span.end, "", curator, stamp, stamp, span.attributes)


def accept_plan(rev: Review, disagreement: Disagreement, chosen: Iterable[int]) -> GoldPlan:
    """What accepting these versions (indexes into ``disagreement.versions``) adds to gold: what gold lacks of them."""
    versions = [disagreement.versions[i] for i in sorted(set(chosen))]
    have = {span_key(s) for s in rev.gold}
    stamp, spans, links = now_iso(), [], []
    for version in versions:
        for span in version.spans:
            if span_key(span) not in have:
                have.add(span_key(span))
                spans.append(gold_copy(span, rev.curator, stamp))
        by_id = {s.id: s for s in version.spans}
        for link in version.links:
            ends = (span_key(by_id[link.source_id]), span_key(by_id[link.target_id]))
            if (link.type_id, *ends) not in links:
                links.append((link.type_id, *ends))
    document_id = next((s.document_id for v in disagreement.versions for s in v.spans), 0)
    return GoldPlan(document_id, rev.curator, spans, links)


def auto_merge_plan(rev: Review, at_least: int | None = None) -> GoldPlan:
    """Every span at least ``at_least`` annotators have exactly (default: all of them) that gold lacks, in text order;
    and every link as many drew between such spans (or spans gold has). What the curator rejected stays out."""
    need = len(rev.annotators) if at_least is None else max(1, min(at_least, len(rev.annotators)))
    counts: Counter = Counter()
    first: dict[SpanKey, Span] = {}
    for mine in rev.spans.values():
        for key in {span_key(s) for s in mine}:
            counts[key] += 1
        for span in mine:
            first.setdefault(span_key(span), span)
    have = {span_key(s) for s in rev.gold}
    stamp = now_iso()
    chosen = sorted(
        (first[k] for k, n in counts.items() if n >= need and k not in have and (k[1], k[2], k[0], "") not in rev.rejected),
        key=lambda s: (s.start, s.end, s.tag_id),
    )
    in_gold = have | {span_key(s) for s in chosen}
    links = sorted(
        key for key, who in rev.link_votes.items()
        if len(who) >= need and key[1] in in_gold and key[2] in in_gold and key not in rev.gold_links
        and key not in rev.rejected_links
    )
    document_id = next((s.document_id for s in chosen), 0) or next((s.document_id for s in rev.gold), 0)
    return GoldPlan(document_id, rev.curator, [gold_copy(s, rev.curator, stamp) for s in chosen], links)


# -- applying a plan (``project``: a ``Project``, or anything with its span and link methods) -----------------------


def apply_plan(project, plan: GoldPlan) -> tuple[list[Span], list[Link]]:
    """Add a plan's spans, then its links between gold spans, in one transaction; returns what was added (for undo)."""
    with project.transaction():
        saved = project.insert_spans(plan.spans) if plan.spans else []
        links: list[Link] = []
        if plan.links:
            gold = {span_key(s): s.id for s in project.spans(plan.document_id) if s.annotator == plan.curator}
            there = {(k.type_id, k.source_id, k.target_id) for k in project.links(plan.document_id)}
            stamp = now_iso()
            fresh = []
            for type_id, source, target in plan.links:
                ends = (type_id, gold[source], gold[target])
                if ends not in there:
                    there.add(ends)
                    fresh.append(Link(0, plan.document_id, *ends, "", plan.curator, stamp, stamp))
            # Kept as the annotators made them, as merge keeps a link its type would not allow now.
            links = project.add_links(fresh, any_type=True)
    return saved, links


def take_back(project, spans: list[Span], links: list[Link]) -> None:
    """Remove what ``apply_plan`` added, in one transaction (its undo)."""
    ids = {s.id for s in spans}
    with project.transaction():
        project.delete_links([k.id for k in links if k.source_id not in ids and k.target_id not in ids])
        project.delete_spans([s.id for s in spans])  # their links go with them
