"""Each annotator's label on every token of a document, counted by the combination of labels the annotators gave.

A document's tokens outside every span get "O" from everyone; they are counted, not visited, so the
cost follows the spans rather than the length of the text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from newsmark.core.review.tokencount import DocumentTokens

OUTSIDE = -1  # the label "O": no span on the token (tag ids are never negative)


def document_labels(
    text: str, annotators: Sequence[Sequence[tuple[int, int, int]]], positions: dict[int, int]
) -> Counter:
    """Tokens counted by ``(labels, masks)``: per annotator the overall label and the set of tags, as a bit mask.

    ``annotators`` holds each annotator's spans as (tag id, start, end); ``positions`` gives each tag's
    place in the tag order, which is its bit in the masks and breaks ties between equally long spans.
    """
    tokens = DocumentTokens(text)
    starts, ends = _tokens_under(tokens, [s for spans in annotators for s in spans])
    labels = [_labels(spans, starts, ends, positions) for spans in annotators]
    counted: Counter = Counter(
        zip(zip(*(best for best, _ in labels)), zip(*(masks for _, masks in labels)))
    ) if starts else Counter()
    rest = tokens.count() - len(starts)
    if rest:
        counted[(OUTSIDE,) * len(annotators), (0,) * len(annotators)] += rest
    return counted


def _tokens_under(tokens: DocumentTokens, spans: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the tokens under the spans, widened to the gaps around them, in order."""
    windows: list[list[int]] = []
    for _, start, end in sorted(spans, key=lambda s: s[1]):
        if windows and start < windows[-1][1]:
            if end > windows[-1][1]:
                windows[-1][1] = tokens.window(start, end)[1]
            continue
        first, last = tokens.window(start, end)
        if windows and first <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], last)
        else:
            windows.append([first, last])
    starts: list[int] = []
    ends: list[int] = []
    for first, last in windows:
        tokens.within(first, last, starts, ends)
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
