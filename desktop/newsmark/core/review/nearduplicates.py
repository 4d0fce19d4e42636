"""Near-duplicate articles (one wire story in several outlets): MinHash over word shingles, found with LSH banding.

Each text becomes the set of its 3-word shingles (case-folded ``\\w+`` words). Its sketch is a
one-permutation MinHash (Li, Owen and Zhang 2012): every shingle is hashed once to 64 bits, the
top bits pick one of ``BINS`` bins and the rest compete for that bin's minimum; empty bins borrow
from the next filled one ("densification by rotation", Shrivastava and Li 2014). That is one
hash per shingle instead of one per shingle and permutation, which is what keeps pure Python fast
enough for 10k articles. The share of equal bins estimates the Jaccard similarity of two sets.

Candidates are pairs that share all ``ROWS`` bins of at least one band (LSH banding), so similar
pairs are found without comparing every pair (a bucket crowded by shared boilerplate is compared
against a few leaders only, see ``BUCKET_LEADERS``). A candidate is a near-duplicate when its estimated
Jaccard similarity reaches ``jaccard``, or when the smaller text's shingles are (by estimate)
mostly in the larger one (``containment``): a story trimmed to its first paragraphs. Hashes come
from BLAKE2b, never Python's salted ``hash()``, so the groups are the same in every run.
"""

from __future__ import annotations

import hashlib
import re
from operator import eq
from collections.abc import Hashable, Iterable
from typing import NamedTuple

SHINGLE_WORDS = 3
BINS = 128
ROWS = 3  # 42 bands of 3 bins: a pair with Jaccard 0.5 is a candidate with probability > 0.99
JACCARD = 0.5
CONTAINMENT = 0.8
# Containment is estimated from the Jaccard estimate and the set sizes, which is noisy for a tiny
# set or a faint overlap: one shared bin would make a one-line text "inside" any long article.
CONTAINED_MIN_SHINGLES = 30
CONTAINED_MIN_JACCARD = 0.2
BUCKET_PAIRS = 64  # a bucket with up to this many texts compares every pair
BUCKET_LEADERS = 4  # a bigger one compares each text with at most this many others
_BIN_BITS = 7  # 2**7 == BINS: the top bits of a shingle's hash pick its bin
_VALUE_BITS = 64 - _BIN_BITS
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_MASK = (1 << 64) - 1
_WORD = re.compile(r"\w+")
# A shingle's hash is first*_K1 + second*_K2 + third (modulo 2**64) of its words' hashes, which
# are uniform 64-bit numbers: so it is uniform too, with no mixing step. The products are kept
# per word, so a shingle costs two additions.
_K1, _K2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9


class _Words(dict):
    """Each word's BLAKE2b hash (64 bits), made on first sight, with its two products kept beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.first: dict[str, int] = {}
        self.second: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        h = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")
        self[word] = h
        self.first[word] = (h * _K1) & _MASK
        self.second[word] = (h * _K2) & _MASK
        return h


class Sketch(NamedTuple):
    """A text's MinHash signature and how many distinct shingles it has."""

    signature: tuple[int, ...]
    shingles: int


class Sketcher:
    """Makes sketches, remembering each word's hash (a corpus repeats its words)."""

    def __init__(self) -> None:
        self._words = _Words()

    def sketch(self, text: str) -> Sketch | None:
        """The text's sketch; None when it has no words."""
        shingles = self._shingles(text)
        if not shingles:
            return None
        # A hash's top bits are its bin, the rest its value. Written from the largest, the last
        # hash written for a bin is that bin's smallest (the loop stays in C, not Python).
        smallest = {h >> _VALUE_BITS: h for h in sorted(shingles, reverse=True)}
        signature = [smallest[b] & _VALUE_MASK if b in smallest else -1 for b in range(BINS)]
        return Sketch(_densified(signature), len(shingles))

    def _shingles(self, text: str) -> set[int]:
        words = self._words
        found = _WORD.findall(text.casefold())
        if 0 < len(found) < SHINGLE_WORDS:  # a very short text is one shingle of what it has
            found += [""] * (SHINGLE_WORDS - len(found))
        third = list(map(words.__getitem__, found))  # first: it hashes the words not seen before
        first = map(words.first.__getitem__, found)
        second = map(words.second.__getitem__, found[1:])
        return {(a + b + c) & _MASK for a, b, c in zip(first, second, third[2:])}


def _densified(signature: list[int]) -> tuple[int, ...]:
    """Fill each empty bin from the next filled bin to its right (circularly), shifted past every own value."""
    if min(signature) >= 0:
        return tuple(signature)
    n = len(signature)
    out = list(signature)
    for i, v in enumerate(signature):
        if v < 0:
            t = 1
            while signature[(i + t) % n] < 0:
                t += 1
            out[i] = signature[(i + t) % n] + (t << _VALUE_BITS)
    return tuple(out)


def similarity(a: Sketch, b: Sketch) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller shingle set in the larger)."""
    j = sum(map(eq, a.signature, b.signature)) / BINS
    shared = j * (a.shingles + b.shingles) / (1 + j)
    return j, min(1.0, shared / min(a.shingles, b.shingles))


def are_near_duplicates(a: Sketch, b: Sketch, *, jaccard: float = JACCARD, containment: float = CONTAINMENT) -> bool:
    """Whether two sketched texts are near-duplicates: similar enough, or the smaller (not tiny) mostly inside the larger."""
    same, inside = similarity(a, b)
    if same >= jaccard:
        return True
    # The containment estimate means little for a tiny set or a faint overlap (see CONTAINED_MIN_*).
    return inside >= containment and min(a.shingles, b.shingles) >= CONTAINED_MIN_SHINGLES and same >= CONTAINED_MIN_JACCARD


def near_duplicate_groups(
    texts: Iterable[tuple[Hashable, str]], *, jaccard: float = JACCARD, containment: float = CONTAINMENT
) -> list[list]:
    """The groups (two or more keys, in the order given) of texts that are near-duplicates, directly or through others."""
    sketcher = Sketcher()
    keys, sketches = [], []
    for key, text in texts:
        sketch = sketcher.sketch(text)
        if sketch is not None:
            keys.append(key)
            sketches.append(sketch)
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join_if_similar(i: int, j: int) -> bool:
        """Put i and j in one group if they are near-duplicates; whether they are now together."""
        ri, rj = root(i), root(j)
        if ri == rj:
            return True
        if are_near_duplicates(sketches[i], sketches[j], jaccard=jaccard, containment=containment):
            parent[max(ri, rj)] = min(ri, rj)
            return True
        return False

    buckets: dict[tuple, list[int]] = {}
    # In content order, so that the groups never depend on the order the texts came in.
    for i in sorted(range(len(sketches)), key=sketches.__getitem__):
        sig = sketches[i].signature
        for band in range(0, BINS - ROWS + 1, ROWS):
            buckets.setdefault((band, sig[band:band + ROWS]), []).append(i)
    for members in buckets.values():
        if len(members) <= BUCKET_PAIRS:
            for x in range(1, len(members)):
                for j in members[:x]:
                    join_if_similar(members[x], j)
            continue
        # A crowded bucket means shingles many texts share (boilerplate, a site's footer), not
        # copies: comparing every pair would be quadratic, so each text meets a few leaders only.
        leaders: list[int] = []
        for i in members:
            if not any(join_if_similar(i, j) for j in leaders) and len(leaders) < BUCKET_LEADERS:
                leaders.append(i)
    groups: dict[int, list] = {}
    for i, key in enumerate(keys):
        groups.setdefault(root(i), []).append(key)
    return [g for g in groups.values() if len(g) > 1]
