"""Training splits: documents into train, dev and test, stratified by tag, near-duplicates kept together.

Pure: it is given each document's hash, text and span counts per tag, and says which part each
document goes to. Near-duplicate articles (``nearduplicates``) form one group, and a group goes
to one part whole, so no wire story is in train and, reworded, in test. Groups are then placed
greedily, those holding the largest shares of their tags first (the rare tags' few carriers are
placed while every part still has room for them), each into the part where it brings the spans of
every tag, and the number of documents, closest to the target ratios: the least growth of
sum((held - wanted)**2 / wanted), a chi-square distance, so each part fills in proportion to its
ratio (an absolute distance would fill train with the largest documents first). Documents are
known by their content hash, never by id or insertion order; the seed moves each group a little
in the placing order (a factor from 1 to 1.5 on its weight, drawn from the seed and the group's
hash), so the same documents and seed always give the same split, and another seed another
split of the same balance.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsmark.core.errors import NewsmarkError
from newsmark.core.review.nearduplicates import CONTAINMENT, JACCARD, near_duplicate_groups

PARTS = ("train", "dev", "test")
_JITTER = 0.5  # how far the seed may move a group in the placing order (relative to its weight)


class SplitError(NewsmarkError):
    """The split cannot be made as asked (ratios that do not add up, a part never made)."""


@dataclass(frozen=True)
class SplitDocument:
    """What the split knows of a document: its id, content hash, text and span count per tag."""

    id: int
    sha256: str
    text: str
    tags: Mapping[str, int] = field(default_factory=dict)


@dataclass
class SplitResult:
    """Each document's part, the near-duplicate groups kept together, and what each part holds."""

    parts: dict[int, str]
    groups: list[list[int]]
    ratios: dict[str, float]
    seed: int
    documents: Counter = field(default_factory=Counter)  # part -> documents
    spans: dict[str, Counter] = field(default_factory=dict)  # part -> tag -> spans


def check_ratios(train: float, dev: float, test: float) -> dict[str, float]:
    """The ratios by part, or SplitError unless each is between 0 and 1, train's above 0, and they add up to 1."""
    ratios = dict(zip(PARTS, (train, dev, test)))
    bad = [f"--{p} {r:g}" for p, r in ratios.items() if not 0 <= r <= 1]
    if bad:
        raise SplitError(f"each ratio is between 0 and 1, not {', '.join(bad)}")
    if train <= 0:
        raise SplitError("--train must be above 0")
    if abs(sum(ratios.values()) - 1) > 1e-6:
        raise SplitError(f"--train, --dev and --test must add up to 1, not {sum(ratios.values()):g}")
    return ratios


def split_documents(
    documents: Iterable[SplitDocument], ratios: Mapping[str, float], seed: int = 0, *,
    jaccard: float = JACCARD, containment: float = CONTAINMENT,
) -> SplitResult:
    """Each document's part (see the module's docstring); ``ratios`` from ``check_ratios``."""
    docs = sorted(documents, key=lambda d: (d.sha256, d.id))
    by_id = {d.id: d for d in docs}
    groups = near_duplicate_groups(((d.id, d.text) for d in docs), jaccard=jaccard, containment=containment)
    grouped = {i for g in groups for i in g}
    units = groups + [[d.id] for d in docs if d.id not in grouped]
    totals: Counter = Counter()
    for d in docs:
        totals.update({t: n for t, n in d.tags.items() if n > 0})
    unit_tags = [_summed(by_id[i].tags for i in unit) for unit in units]
    weights = [_weight(tags, len(unit), totals, len(docs)) for unit, tags in zip(units, unit_tags)]
    keys = [min(by_id[i].sha256 for i in unit) for unit in units]
    order = sorted(
        range(len(units)), key=lambda u: (-weights[u] * (1 + _JITTER * _unit_random(seed, keys[u])), keys[u])
    )
    result = SplitResult({}, [sorted(g) for g in groups], dict(ratios), seed)
    result.spans = {p: Counter() for p in PARTS}
    for u in order:
        part = _best_part(unit_tags[u], len(units[u]), result, totals, len(docs), ratios)
        for i in units[u]:
            result.parts[i] = part
        result.documents[part] += len(units[u])
        result.spans[part].update(unit_tags[u])
    return result


def _summed(tag_counts: Iterable[Mapping[str, int]]) -> Counter:
    total: Counter = Counter()
    for counts in tag_counts:
        total.update({t: n for t, n in counts.items() if n > 0})
    return total


def _weight(tags: Counter, documents: int, totals: Counter, all_documents: int) -> float:
    """How much of the corpus a group holds: its share of each tag's spans, and of the documents."""
    return sum(n / totals[t] for t, n in tags.items()) + documents / all_documents


def _unit_random(seed: int, key: str) -> float:
    """A number in [0, 1) fixed by the seed and the group's content hash."""
    digest = hashlib.blake2b(f"{seed}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _best_part(
    tags: Counter, documents: int, so_far: SplitResult, totals: Counter, all_documents: int, ratios: Mapping[str, float]
) -> str:
    """The part whose distance to its targets grows least (or shrinks most) by taking this group."""
    def growth(part: str) -> float:
        ratio = ratios[part]
        held = so_far.spans[part]
        change = 0.0
        for tag, n in tags.items():
            want = ratio * totals[tag]
            change += ((held[tag] + n - want) ** 2 - (held[tag] - want) ** 2) / want
        want = ratio * all_documents
        have = so_far.documents[part]
        return change + ((have + documents - want) ** 2 - (have - want) ** 2) / want

    candidates = [p for p in PARTS if ratios[p] > 0]
    return min(candidates, key=lambda p: (growth(p), PARTS.index(p)))


def shares_table(result: SplitResult) -> list[tuple[str, list[int], list[float]]]:
    """Per tag (then "(documents)"): the count in each part and its share of the tag's total, in PARTS order."""
    tags = sorted({t for counter in result.spans.values() for t in counter})
    rows = [(t, [result.spans[p][t] for p in PARTS]) for t in tags]
    rows.append(("(documents)", [result.documents[p] for p in PARTS]))
    return [(name, counts, [c / (sum(counts) or 1) for c in counts]) for name, counts in rows]
