"""The split: a partition by document, the same for the same documents and seed, stratified, near-duplicates together."""

from __future__ import annotations

import hashlib
import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmark.core.review.nearduplicates import near_duplicate_groups
from newsmark.core.review.split import PARTS, SplitDocument, SplitError, check_ratios, shares_table, split_documents

from tests.core.review.wirestories import OTHER_GRAIN, REWORDED, TRIMMED, UNRELATED, WIRE

RATIOS = check_ratios(0.8, 0.1, 0.1)
TAGS = ("claim", "figure", "quote", "location")


def _doc(i: int, text: str, tags=None) -> SplitDocument:
    return SplitDocument(i, hashlib.sha256(text.encode()).hexdigest(), text, dict(tags or {}))


VOCABULARY = [f"w{i}" for i in range(20_000)]
ZIPF = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))  # as words in a language


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(VOCABULARY, cum_weights=ZIPF, k=n))


@st.composite
def corpora(draw):
    """Documents of random words, some of them near-copies (trimmed, a few words changed) of an earlier one."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    docs: list[SplitDocument] = []
    for i in range(draw(st.integers(1, 40))):
        if docs and rng.random() < 0.3:
            words = rng.choice(docs).text.split()
            words = [w if rng.random() > 0.05 else "changed" for w in words[: max(3, int(len(words) * rng.uniform(0.7, 1)))]]
            text = " ".join(words)
        else:
            text = _words(rng, rng.randint(0, 120))
        if any(d.text == text for d in docs):
            text += f" extra{i}"
        docs.append(_doc(i + 1, text, {t: rng.choice([0, 0, 1, 2, 5]) for t in TAGS}))
    return docs


ratio_triples = st.tuples(st.integers(1, 10), st.integers(0, 10), st.integers(0, 10)).map(
    lambda t: check_ratios(*(x / sum(t) for x in t[:2]), 1 - sum(x / sum(t) for x in t[:2]))
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora(), ratio_triples, st.integers(0, 1000))
def test_every_document_is_in_exactly_one_part_and_near_duplicates_never_straddle(docs, ratios, seed):
    result = split_documents(docs, ratios, seed)
    assert sorted(result.parts) == sorted(d.id for d in docs) and set(result.parts.values()) <= set(PARTS)
    assert all(result.parts[d.id] in [p for p in PARTS if ratios[p] > 0] for d in docs)
    assert sum(result.documents.values()) == len(docs)
    found = near_duplicate_groups((d.id, d.text) for d in docs)  # found independently of the split
    for group in found:
        assert len({result.parts[i] for i in group}) == 1, group
    assert sorted(result.groups) == sorted(sorted(g) for g in found)


@settings(max_examples=40, deadline=None)
@given(corpora(), st.integers(0, 1000), st.randoms(use_true_random=False))
def test_the_same_documents_and_seed_give_the_same_split_whatever_their_order_and_ids(docs, seed, rng):
    first = split_documents(docs, RATIOS, seed)
    shuffled = docs[:]
    rng.shuffle(shuffled)
    # The same articles added in another order get other ids: the split follows the content.
    renumbered = [SplitDocument(i + 1000, d.sha256, d.text, d.tags) for i, d in enumerate(shuffled)]
    second = split_documents(renumbered, RATIOS, seed)
    by_hash = {d.sha256: first.parts[d.id] for d in docs}
    assert {d.sha256: second.parts[d.id] for d in renumbered} == by_hash


def _synthetic(n: int = 2000, seed: int = 7) -> list[SplitDocument]:
    rng = random.Random(seed)
    means = {"claim": 3, "figure": 2, "quote": 1.5, "location": 4}
    docs = []
    for i in range(n):
        tags = {t: int(rng.expovariate(1 / m)) for t, m in means.items()}
        tags["rare"] = 1 if i % 40 == 0 else 0  # 50 spans in all
        docs.append(_doc(i + 1, f"{_words(rng, 150)} doc{i}", tags))
    return docs


def test_each_tags_share_in_each_part_is_close_to_the_ratio():
    result = split_documents(_synthetic(), RATIOS, seed=1)
    table = {name: (counts, shares) for name, counts, shares in shares_table(result)}
    for tag in ("claim", "figure", "quote", "location", "(documents)"):
        for part, share in zip(PARTS, table[tag][1]):
            assert share == pytest.approx(RATIOS[part], abs=0.01), (tag, part, table[tag])
    rare = dict(zip(PARTS, table["rare"][0]))
    assert rare == {"train": 40, "dev": 5, "test": 5}


def test_another_seed_gives_another_split_of_the_same_quality():
    docs = _synthetic(500)
    a, b = split_documents(docs, RATIOS, seed=1), split_documents(docs, RATIOS, seed=2)
    assert a.parts != b.parts and a.parts == split_documents(docs, RATIOS, seed=1).parts
    assert a.documents == b.documents


def test_a_wire_story_and_its_copies_go_to_one_part():
    stories = [WIRE, REWORDED, TRIMMED, OTHER_GRAIN, UNRELATED]
    docs = [_doc(i + 1, text, {"figure": 1}) for i, text in enumerate(stories)]
    for seed in range(20):
        result = split_documents(docs, check_ratios(0.4, 0.3, 0.3), seed)
        assert result.groups == [[1, 2, 3]]
        assert len({result.parts[i] for i in (1, 2, 3)}) == 1


def test_a_part_with_ratio_zero_gets_nothing():
    result = split_documents(_synthetic(200), check_ratios(0.9, 0, 0.1), seed=3)
    assert result.documents["dev"] == 0 and result.documents["test"] == 20


@pytest.mark.parametrize(
    "ratios, message",
    [((0.8, 0.1, 0.2), "add up to 1, not 1.1"), ((0, 0.5, 0.5), "--train must be above 0"),
     ((1.2, -0.1, -0.1), "between 0 and 1, not --train 1.2, --dev -0.1, --test -0.1")],
)
def test_ratios_that_cannot_be_a_split_are_refused_in_one_line(ratios, message):
    with pytest.raises(SplitError, match=message.replace(".", r"\.")):
        check_ratios(*ratios)
