"""A block quotation over paragraphs, opened once at its first paragraph and closed only at the end of its last.

A passage quoted from a report, a statement or an eyewitness (``Financial Times reported:`` / ``“Syrsky’s …`` /
``According to …`` / ``… untenable.”``) is often set as paragraphs with a mark before the first and after the
last, none between. Each paragraph is a span of its own, the news convention for a quote that runs on. The run
counts only when the quote opens its paragraph, the paragraphs between hold no mark of the quote's style, and a
later paragraph ends with the closing mark after a stop: a stray mark before the writer's own paragraphs finds no
such end.
"""

from __future__ import annotations

_MOST_PARAGRAPHS = 8  # paragraphs one block quotation runs over, at most
_LONGEST = 6000  # characters of the paragraphs it runs over, at most
_MARKS_OF = {"”": "“”", '"': '"', "»": "«»", "«": "«»"}  # the marks of the quote's style, by its closing mark


def block_run(text: str, open_at: int, brk: int, close: str) -> list[tuple[int, int, int]] | None:
    """(start, end, after) of each later paragraph an unclosed quote opened at ``open_at`` runs over, the last ending
    at its closing mark; None when the run is not a block quotation as described above.

    ``brk`` is the blank line ending the quote's own paragraph.
    """
    marks = _MARKS_OF.get(close)
    if marks is None or text[max(0, open_at - 2):open_at].strip("\n ") or not text[open_at + 1:open_at + 2].strip():
        return None  # the quote opens inside its paragraph, or is a single-mark style (apostrophes abound)
    paragraphs, at, limit = [], brk, min(len(text), brk + _LONGEST)
    for _ in range(_MOST_PARAGRAPHS):
        start = at + len(text[at:at + 8]) - len(text[at:at + 8].lstrip("\n"))
        stop = text.find("\n\n", start, limit)
        if stop == -1:
            stop = limit if limit == len(text) else -1
        if stop == -1 or start >= stop:
            return None
        body = text[start:stop].rstrip()
        inner = [i for i, ch in enumerate(body) if ch in marks]
        if inner and inner != [len(body) - 1]:
            return None  # a mark of the quote's style inside: a quotation of its own, or the writer's text
        if inner:
            end = start + len(body) - 1
            if body[-1] != close or body[-2:-1] not in (".", "!", "?", "…"):
                return None
            paragraphs.append((start, end, end + 1))
            return paragraphs
        paragraphs.append((start, stop, stop))
        at = stop
    return None
