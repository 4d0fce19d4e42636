"""The printed lines of a PDF page with where each stands and how it is set, from pypdf's own text extraction."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

# Typesetting ligatures (U+FB00-FB06) are one glyph for the eye but two or three letters for search.
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# PDF writers place words one by one; the gaps come out as tabs or runs of spaces.
_GAPS = re.compile(r"[ \t]+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass(frozen=True)
class PrintedLine:
    """One printed line: its text, where it starts (page units, y grows upwards), its type size and weight."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    page: int


def clean_line(text: str) -> str:
    """A line with ligatures spelled out and word gaps as single spaces."""
    return _GAPS.sub(" ", text.translate(LIGATURES)).strip()


def read_page(page, number: int) -> tuple[str, list[PrintedLine]]:
    """pypdf's plain text of the page and its non-blank lines with their places, from one pass over the page.

    The lines are in pypdf's reading order (content-stream order: column by column).
    """
    lines: list[PrintedLine] = []
    parts: list[str] = []
    start: list[tuple[float, float]] = []
    styles: Counter = Counter()

    def finish() -> None:
        text = clean_line("".join(parts))
        if text and start:
            (size, bold), _ = styles.most_common(1)[0]
            lines.append(PrintedLine(text, start[0][0], start[0][1], size, bold, number))
        parts.clear()
        start.clear()
        styles.clear()

    def visit(text, cm, tm, font, font_size) -> None:
        # pypdf hands over each piece of text with the matrices in force where it starts.
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                finish()
            if not piece.strip():
                continue
            parts.append(piece)
            a, b, c, d, e, f = _times(tm, cm)
            if not start:
                start.append((e, f))
            base = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
            styles[(round(font_size * math.hypot(c, d), 1), bool(_BOLD.search(base)))] += len(piece.strip())

    text = page.extract_text(visitor_text=visit) or ""
    finish()
    return text, lines


def _times(m, n) -> tuple[float, ...]:
    """The product of two PDF matrices [a b c d e f] (text space to page space)."""
    a, b, c, d, e, f = (float(v) for v in m)
    p, q, r, s, t, u = (float(v) for v in n)
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)
