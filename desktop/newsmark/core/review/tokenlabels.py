"""Each annotator's label on every token of a document, counted by the combination of labels the annotators gave.

A document's tokens outside every span get "O" from everyone; they are counted, not visited, so the
cost follows the spans rather than the length of the text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from newsmark.core.review.tokencount import count_tokens, tokens_between

OUTSIDE = -1  # the label "O": no span on the token (tag ids are never negative)


def document_labels(
    text: str, annotators: Sequence[Sequence[tuple[int, int, int]]], positions: dict[int, int]
) -> Counter:
    """Tokens counted by ``(labels, masks)``: per annotator the overall label and the set of tags, as a bit mask.

    ``annotators`` holds each annotator's spans as (tag id, start, end); ``positions`` gives each tag's
    place in the tag order, which is its bit in the masks and breaks ties between equally long spans.
    """
    starts, ends = _tokens_under(text, [s for spans in annotators for s in spans])
    n = len(starts)
    labels = [_labels(spans, starts, ends, positions) for spans in annotators]
    counted: Counter = Counter(
        zip(zip(*(best for best, _ in labels)), zip(*(masks for _, masks in labels)))
    ) if n else Counter()
    rest = count_tokens(text) - n
    if rest:
        counted[(OUTSIDE,) * len(annotators), (0,) * len(annotators)] += rest
    return counted


def _tokens_under(text: str, spans: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the tokens that some span shares a code point with (and of their neighbours up to a gap)."""
    starts: list[int] = []
    ends: list[int] = []
    reach = -1
    for _, start, end in sorted(spans, key=lambda s: (s[1], s[2])):
        if end <= reach:
            continue
        for token in tokens_between(text, max(start, reach), end):
            if token.start >= reach:
                starts.append(token.start)
                ends.append(token.end)
        reach = max(reach, ends[-1] if ends else end, end)
    return starts, ends


def _labels(spans, starts: list[int], ends: list[int], positions: dict[int, int]) -> tuple[list[int], list[int]]:
    n = len(starts)
    best = [OUTSIDE] * n
    masks = [0] * n
    # Longest first, then earliest, then the first tag: the first span to reach a token gives its label.
    for tag_id, start, end in sorted(spans, key=lambda s: (s[1] - s[2], s[1], positions.get(s[0], 0))):
        bit = 1 << positions.get(tag_id, 0)
        first = bisect.bisect_right(ends, start)  # the first token that ends after the span starts
        last = bisect.bisect_left(starts, end)  # the tokens from here on start at or after its end
        for i in range(first, last):
            if best[i] == OUTSIDE:
                best[i] = tag_id
            masks[i] |= bit
    return best, masks
