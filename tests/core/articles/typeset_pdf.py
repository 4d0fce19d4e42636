"""Typesetting known paragraphs into a PDF with matplotlib: printed lines placed one by one, as a news page sets them."""

from __future__ import annotations

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


def typeset(path: Path, blocks: list[Block], *, columns: int = 1, lines_per_column: int = 60,
            indent: bool = False, gap: bool = True) -> None:
    """Write the blocks as a PDF: paragraphs marked by a gap and/or an indented first line, flowing over columns and pages.

    Headings and list items are never indented, as in print.
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
        for page in placed:
            figure = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
            for x, y, line, block in page:
                figure.text(x / PAGE_W, y / PAGE_H, line, fontsize=block.size, family="DejaVu Sans",
                            weight="bold" if block.bold else "normal")
            pdf.savefig(figure)
