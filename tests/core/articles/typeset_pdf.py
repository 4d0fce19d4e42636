"""Typesetting known paragraphs into a PDF with matplotlib: printed lines placed one by one, as a news page sets them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 56.0


@dataclass(frozen=True)
class Block:
    """A paragraph as printed: its lines (with any hyphen at a line end), type size and weight."""

    lines: tuple[str, ...]
    size: float = 10.0
    bold: bool = False


@dataclass(frozen=True)
class Furniture:
    """A line printed on every page outside the text area: ``text`` may name ``{page}`` and ``{pages}``.

    ``y`` is from the page's bottom edge (points), ``x`` from its left edge, where the line starts,
    is centred or ends (``align``). ``text_even`` replaces ``text`` on even pages (heads that alternate sides).
    Heads are written before the page's text and feet after it, as page-layout programs do.
    """

    text: str
    y: float
    x: float = PAGE_W / 2
    align: str = "center"
    size: float = 8.0
    text_even: str | None = None


def typeset(path: Path, blocks: list[Block], *, columns: int = 1, lines_per_column: int = 60,
            indent: bool = False, gap: bool = True, furniture: Sequence[Furniture] = ()) -> None:
    """Write the blocks as a PDF: paragraphs marked by a gap and/or an indented first line, flowing over columns and pages.

    Headings and list items are never indented, as in print. ``furniture`` is printed on every page.
    """
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    width = (PAGE_W - 2 * MARGIN - (columns - 1) * 18) / columns
    placed: list[list[tuple[float, float, str, Block]]] = [[]]
    column, y, count = 0, PAGE_H - MARGIN, 0
    for b, block in enumerate(blocks):
        if gap and b:
            y -= block.size * 0.8
        for i, line in enumerate(block.lines):
            if count == lines_per_column or y < MARGIN:
                column, y, count = column + 1, PAGE_H - MARGIN, 0
                if column == columns:
                    placed.append([])
                    column = 0
            x = MARGIN + column * (width + 18) + (block.size * 1.5 if indent and i == 0 and not block.bold and not line.startswith("•") else 0)
            placed[-1].append((x, y, line, block))
            y -= block.size * 1.25
            count += 1
    # TrueType with a ToUnicode map, as most writers embed text.
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for number, page in enumerate(placed, start=1):
            figure = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
            heads = [item for item in furniture if item.y > PAGE_H / 2]
            feet = [item for item in furniture if item.y <= PAGE_H / 2]
            _furniture(figure, heads, number, len(placed))
            for x, y, line, block in page:
                figure.text(x / PAGE_W, y / PAGE_H, line, fontsize=block.size, family="DejaVu Sans",
                            weight="bold" if block.bold else "normal")
            _furniture(figure, feet, number, len(placed))
            pdf.savefig(figure)


def _furniture(figure, items: Sequence[Furniture], number: int, pages: int) -> None:
    for item in items:
        text = item.text_even if item.text_even and number % 2 == 0 else item.text
        figure.text(item.x / PAGE_W, item.y / PAGE_H, text.format(page=number, pages=pages),
                    fontsize=item.size, family="DejaVu Sans", ha=item.align)
