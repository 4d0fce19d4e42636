"""Where a range of a laid-out line lies on screen, from Qt's own bidi-aware geometry.

A range of left-to-right text is one interval from the x of its start to the x of its end.
Where the line mixes directions that interval is wrong: "Kursk." at the end of an Arabic
paragraph has its start on the right of "The Pentagon said ..." and its end at the far left,
so start-to-end covers every other word. There the intervals come from the line's glyph runs,
which are what Qt itself paints a selection with (QTextLine.glyphRuns gives one per visual run).
Positions here are UTF-16 units relative to the block, as QTextLayout counts them; x is in the
block's layout coordinates.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextLine

# The Unicode blocks of right-to-left scripts and the marks that turn text right to left: every
# character of bidi class R, AL or AN (or RLE, RLO, RLI) is in one. A few left-to-right or neutral
# ones are too, which costs only the exact path. tests/ui/test_highlightgeometry.py checks the cover.
RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_MERGE = 0.5  # glyph runs closer than this (px) are one interval: no seam, no double blend
_PLAIN, _BIDI = 0, 1  # the block's user state once it is known (Qt starts every block at -1)


def needs_bidi(block) -> bool:
    """Whether a block's lines may not run left to right (found once, kept in the block's user state)."""
    state = block.userState()
    if state in (_PLAIN, _BIDI):
        return state == _BIDI
    bidi = block.textDirection() == Qt.RightToLeft or RIGHT_TO_LEFT.search(block.text()) is not None
    block.setUserState(_BIDI if bidi else _PLAIN)  # a new text makes new blocks, so this never goes stale
    return bidi


def run_extents(line, lo: int, hi: int) -> list[tuple[float, float]]:
    """The x intervals (left, right), left to right, of the glyph runs of the positions ``[lo, hi)`` of ``line``.

    Exactly what Qt paints a selection of the range with, including its one quirk: a range that
    cuts an Arabic lam-alef ligature between its two letters is shifted by a letter there.
    """
    runs = line.glyphRuns(lo, hi - lo)
    if len(runs) == 1:  # most ranges: within one run
        rect = runs[0].boundingRect()
        return [(rect.left(), rect.right())] if rect.width() > 0 else []
    extents = sorted((rect.left(), rect.right()) for rect in (run.boundingRect() for run in runs))
    merged: list[tuple[float, float]] = []
    for left, right in extents:
        if right <= left:
            continue
        if merged and left <= merged[-1][1] + _MERGE:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


def range_rects(lines, starts: list[int], bidi: bool, origin, a: int, b: int):
    """The rectangles the positions ``[a, b)`` of a block cover on ``lines`` (whose text starts are ``starts``).

    One per line if the block runs left to right, else one per visual run; ``origin`` is the
    block's top left on screen.
    """
    for i in range(max(0, bisect_right(starts, a) - 1), len(lines)):
        line = lines[i]
        if starts[i] >= b:
            break
        lo = max(a, starts[i])
        hi = min(b, starts[i] + line.textLength())
        if lo >= hi:
            continue
        if bidi:
            for left, right in run_extents(line, lo, hi):
                yield QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())
            continue
        x1 = line.cursorToX(lo)[0]  # left to right only: the x of the start to the x of the end
        x2 = line.cursorToX(hi)[0]
        left, right = min(x1, x2), max(x1, x2)
        yield QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())


def visible_lines(layout, top: float, bottom: float) -> list:
    """The lines of a laid-out block that reach into ``[top, bottom]`` (block coordinates), found by bisection."""
    count = layout.lineCount()
    lo, hi = 0, count
    while lo < hi:  # the first line whose bottom is at or below ``top``
        mid = (lo + hi) // 2
        line = layout.lineAt(mid)
        if line.y() + line.height() < top:
            lo = mid + 1
        else:
            hi = mid
    lines = []
    for i in range(lo, count):
        line = layout.lineAt(i)
        if line.y() > bottom:
            break
        lines.append(line)
    return lines


def _glyph_box(layout, line, pos: int):
    """Where the glyphs of the character (cluster) at ``pos`` are painted: (left, right, runs right to left), or None."""
    after = layout.nextCursorPosition(pos)
    runs = [r for r in line.glyphRuns(pos, max(1, after - pos)) if r.boundingRect().width() > 0]
    if not runs:
        return None
    left = min(r.boundingRect().left() for r in runs)
    right = max(r.boundingRect().right() for r in runs)
    return left, right, runs[0].isRightToLeft()


def _cursor_box(line, pos: int):
    """The character at ``pos`` between its leading and trailing cursor edges, or None where they meet."""
    lead = line.cursorToX(pos, QTextLine.Leading)[0]
    trail = line.cursorToX(pos, QTextLine.Trailing)[0]
    return (min(lead, trail), max(lead, trail)) if abs(lead - trail) > _MERGE / 4 else None


def character_at(layout, line, x: float) -> int | None:
    """The position of the character of ``line`` under ``x``, or None beside the text.

    Each character's glyph box is where its highlight is painted, and decides. Qt gives a
    letter of a ligature (Arabic lam-alef) alone a box shifted by a letter, which can leave part
    of the ligature in no box or in two; there the cursor edges, which split a ligature between
    its letters, decide. (Cursor edges alone would not do: at a change of direction they give
    the neighbouring character's box, or none.)
    """
    glyphs, cursors = [], []  # (not confirmed, width, position) of the boxes that hold x
    pos, end = line.textStart(), line.textStart() + line.textLength()
    while pos < end:
        box = _glyph_box(layout, line, pos)
        edges = _cursor_box(line, pos)
        held = edges is not None and edges[0] <= x < edges[1]
        if box is not None and box[0] <= x < box[1]:
            glyphs.append((not held, box[1] - box[0], pos))  # confirmed by the cursor edges first
        elif held:
            cursors.append((False, edges[1] - edges[0], pos))
        pos = layout.nextCursorPosition(pos)
    found = min(glyphs or cursors, default=None)
    return None if found is None else found[2]


def edge_x(layout, line, pos: int, edge: str) -> float:
    """The x where a range starting (``edge`` "start") or ending ("end") at ``pos`` meets its first or last character.

    That is the reading edge of the character's painted box: a right-to-left one starts on its right.
    """
    char = pos if edge == "start" else layout.previousCursorPosition(pos)
    box = _glyph_box(layout, line, char)
    if box is None:
        return line.cursorToX(pos)[0]
    left, right, rtl = box
    return right if rtl == (edge == "start") else left
