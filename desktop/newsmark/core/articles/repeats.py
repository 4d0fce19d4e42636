"""Copies a page repeats for another screen: responsive pages hold some blocks twice (a desktop-only and a
mobile-only copy, one of them hidden by the page's style sheet), and a saved page's text has both."""

from __future__ import annotations

from collections import Counter

# A copy stands near its original: a card's desktop and mobile versions are a few blocks apart.
_REACH = 12
# A copied card holds a block this long at least: short lines (a command's output, a heading, "Yes.") repeat in
# their own right.
_LONG = 60


def _key(block: str) -> str:
    """A block as compared with others: a copy may be laid out with other white space."""
    return " ".join(block.split())


def drop_repeated_copies(blocks: list[str]) -> list[str]:
    """``blocks`` without the second copy of a repeated card.

    A card's copy is a run of blocks, each found among the blocks just before it, that holds exactly the blocks
    of the run just before it (in any order: a mobile layout may put the photo credit first) and one block of
    ``_LONG`` characters at least. A paragraph repeated elsewhere, or lines a listing repeats, are kept.
    """
    keys = [_key(b) for b in blocks]
    repeated = [bool(k) and k in keys[max(0, i - _REACH):i] for i, k in enumerate(keys)]
    drop = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        if not repeated[i]:
            i += 1
            continue
        j = i
        while j < len(blocks) and repeated[j]:
            j += 1
        run, size = keys[i:j], j - i
        if (size <= i and Counter(run) == Counter(keys[i - size:i])
                and any(len(k) >= _LONG for k in run)):
            drop[i:j] = [True] * size
        i = j
    return [b for b, gone in zip(blocks, drop) if not gone]
