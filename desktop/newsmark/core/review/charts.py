"""The report's charts drawn with matplotlib on a ``Figure`` (never pyplot): bars and lines in the tag colors, light or dark.

matplotlib is imported only inside the functions that need it, so importing this module costs nothing.
Every text drawn is the user's (tag names, titles, places): math parsing is off, so a ``$`` is a dollar sign.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newsmark.core.model import STATUSES
from newsmark.core.review.stats import Ranking, Statistics

WIDTH = 8.0  # inches; a chart is as tall as its bars need
LABEL_CHARS = 40  # longer labels are cut with an ellipsis (the tables hold them in full)
# Okabe-Ito (as the default tag set): distinguishable with the common forms of color blindness; for annotators' lines.
SERIES = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")


@dataclass(frozen=True, slots=True)
class ChartPalette:
    """The colors around the data: background, text, grid lines, muted marks."""

    background: str
    text: str
    grid: str
    muted: str


# The window's light and dark themes (ui/theme.py: Base and Text).
LIGHT = ChartPalette("#ffffff", "#000000", "#d9d9d9", "#7f7f7f")
DARK = ChartPalette("#1e1e1e", "#e8e8e8", "#444444", "#8c8c8c")
PALETTES = {"light": LIGHT, "dark": DARK}


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart of a report: a name for files and anchors, a title, and how to draw it."""

    key: str
    title: str
    rows: int  # bars (or 6 for a line chart): sets the height
    draw: Callable[[object, Statistics, ChartPalette], None]  # (figure, statistics, palette)

    def height(self) -> float:
        """The figure's height in inches."""
        return max(2.2, 0.9 + 0.28 * self.rows)


def charts(stats: Statistics) -> list[Chart]:
    """The charts that have something to show, in report order."""
    found = []
    if stats.spans:
        found.append(Chart("tags", "Spans per tag", len(stats.per_tag), _draw_tags))
        found.append(Chart("annotators", "Spans per annotator", len(stats.per_annotator), _draw_annotators))
        found.append(Chart("statuses", "Spans per document status", len(stats.per_status), _draw_statuses))
        found.append(Chart("documents", "Documents with the most spans", len(stats.top_documents), _draw_documents))
    for key, title, ranking in _rankings(stats):
        if ranking.values:
            found.append(Chart(key, title, len(ranking.values), lambda fig, s, p, r=ranking, t=title: _draw_ranking(fig, r, p, t)))
    if stats.days:
        found.append(Chart("progress", "Spans per day per annotator", 8, _draw_progress))
    if stats.agreement:
        found.append(Chart("agreement", "Agreement per tag", 2 * len(stats.agreement), _draw_agreement))
    return found


def _rankings(stats: Statistics) -> list[tuple[str, str, Ranking]]:
    return [
        ("claims", "Claims by status", stats.claims),
        ("locations", "Top locations", stats.locations),
        ("speakers", "Top speakers", stats.speakers),
    ]


def new_figure(chart: Chart, palette: ChartPalette, dpi: float = 100):
    """A matplotlib Figure (no pyplot) sized for ``chart``."""
    from matplotlib.figure import Figure

    return Figure(figsize=(WIDTH, chart.height()), dpi=dpi, facecolor=palette.background, layout="constrained")


def draw(figure, chart: Chart, stats: Statistics, palette: ChartPalette) -> None:
    """Draw ``chart`` on a (cleared) figure in ``palette``'s colors."""
    figure.clear()
    figure.set_facecolor(palette.background)
    with quiet_glyphs():
        chart.draw(figure, stats, palette)


def svg(chart: Chart, stats: Statistics, palette: ChartPalette) -> str:
    """The chart as an ``<svg>`` element to inline in HTML: text stays text (the browser's fonts), no XML prolog."""
    import matplotlib

    figure = new_figure(chart, palette, dpi=72)
    draw(figure, chart, stats, palette)
    buffer = io.StringIO()
    # svg.hashsalt: the same figures give the same file; fonttype none: <text> the browser shapes (any script).
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsmark"}), quiet_glyphs():
        figure.savefig(buffer, format="svg", metadata={"Date": None}, facecolor=palette.background)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    # matplotlib's RDF block names its web site and vocabularies; a report for editors needs none of it.
    start, end = text.find("<metadata>"), text.find("</metadata>")
    return text[:start] + text[end + len("</metadata>"):] if 0 <= start < end else text


@dataclass(frozen=True, slots=True)
class Picture:
    """A chart rendered to pixels: the figure drawn (to read what it shows) and its RGBA bytes, row by row."""

    figure: object
    rgba: bytes
    width: int
    height: int


def picture(chart: Chart, stats: Statistics, palette: ChartPalette, width: int, height: int, dpi: float) -> Picture:
    """``chart`` rendered by Agg at ``width`` x ``height`` pixels: thread-safe for a figure of its own (never pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = new_figure(chart, palette, dpi=dpi)
    figure.set_size_inches(width / dpi, height / dpi)
    canvas = FigureCanvasAgg(figure)
    draw(figure, chart, stats, palette)
    with quiet_glyphs():
        canvas.draw()
    buffer = canvas.buffer_rgba()  # rows of the renderer's exact size (the figure's size in inches may round)
    return Picture(figure, bytes(buffer), buffer.shape[1], buffer.shape[0])


@contextmanager
def quiet_glyphs() -> Iterator[None]:
    """Measuring a title in a script DejaVu Sans lacks warns once per glyph; the chart is still right, so say nothing."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from", category=UserWarning)
        yield


# -- drawing ---------------------------------------------------------------------------------------------------


def _axes(figure, palette: ChartPalette, title: str, counts: str = "x"):
    """Axes in the palette's colors; ``counts`` is the axis that counts spans (whole numbers only)."""
    from matplotlib.ticker import MaxNLocator

    ax = figure.add_subplot()
    if counts:
        getattr(ax, f"{counts}axis").set_major_locator(MaxNLocator(integer=True))
    ax.set_facecolor(palette.background)
    ax.set_title(title, color=palette.text, loc="left", parse_math=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(palette.muted)
    ax.tick_params(colors=palette.text, labelcolor=palette.text)
    ax.grid(axis="x", color=palette.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    return ax


def _label(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _bar_labels(ax, labels: list[str]) -> None:
    """Top-down category labels on a horizontal bar chart."""
    ax.set_yticks(range(len(labels)), labels=[_label(x) for x in labels], parse_math=False)
    ax.invert_yaxis()


def _counts_on_bars(ax, bars, palette: ChartPalette) -> None:
    ax.bar_label(bars, padding=3, color=palette.text, fontsize=8)
    ax.margins(x=0.12)


def _draw_tags(figure, stats: Statistics, palette: ChartPalette) -> None:
    ax = _axes(figure, palette, "Spans per tag")
    names = list(stats.per_tag)
    colors = [(stats.tag(n).color if stats.tag(n) else palette.muted) for n in names]
    bars = ax.barh(range(len(names)), [stats.per_tag[n] for n in names], color=colors, edgecolor=palette.muted, linewidth=0.5)
    _bar_labels(ax, names)
    _counts_on_bars(ax, bars, palette)


def _stacked(figure, stats: Statistics, palette: ChartPalette, title: str, rows: list[tuple[str, dict[str, int]]]) -> None:
    """One horizontal bar per row, stacked by tag in the tag colors, with a legend of the tags that occur."""
    ax = _axes(figure, palette, title)
    left = [0] * len(rows)
    handles, names = [], []
    for tag_name in stats.per_tag:
        widths = [counts.get(tag_name, 0) for _, counts in rows]
        if not any(widths):
            continue
        tag = stats.tag(tag_name)
        bars = ax.barh(
            range(len(rows)), widths, left=left, color=tag.color if tag else palette.muted,
            edgecolor=palette.muted, linewidth=0.5,
        )
        handles.append(bars)
        names.append(_label(tag_name))
        left = [a + b for a, b in zip(left, widths)]
    _bar_labels(ax, [label for label, _ in rows])
    for y, total in enumerate(left):
        ax.annotate(str(total), (total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8, color=palette.text)
    ax.margins(x=0.12)
    if handles:
        _legend(ax, handles, names, palette)


def _legend(ax, handles, names, palette: ChartPalette) -> None:
    # Explicit handles and labels: a label starting with "_" would otherwise be left out.
    # Beside the plot, never over a bar; the constrained layout narrows the axes to make room.
    legend = ax.legend(handles, names, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False,
                       labelcolor=palette.text)
    for text in legend.get_texts():
        text.set_parse_math(False)


def _draw_annotators(figure, stats: Statistics, palette: ChartPalette) -> None:
    _stacked(figure, stats, palette, "Spans per annotator", list(stats.per_annotator.items()))


def _draw_statuses(figure, stats: Statistics, palette: ChartPalette) -> None:
    rows = [(f"{STATUSES.get(s, s)} ({stats.documents_per_status.get(s, 0)} doc.)", counts) for s, counts in stats.per_status.items()]
    _stacked(figure, stats, palette, "Spans per document status", rows)


def _draw_documents(figure, stats: Statistics, palette: ChartPalette) -> None:
    rows = [(f"{d.id} · {d.title}", d.per_tag) for d in stats.top_documents]
    _stacked(figure, stats, palette, "Documents with the most spans", rows)


def _draw_ranking(figure, ranking: Ranking, palette: ChartPalette, title: str) -> None:
    ax = _axes(figure, palette, title)
    bars = ax.barh(
        range(len(ranking.values)), [n for _, n in ranking.values], color=ranking.tag.color,
        edgecolor=palette.muted, linewidth=0.5,
    )
    _bar_labels(ax, [v for v, _ in ranking.values])
    _counts_on_bars(ax, bars, palette)


def _draw_progress(figure, stats: Statistics, palette: ChartPalette) -> None:
    ax = _axes(figure, palette, "Spans per day per annotator", counts="y")
    ax.grid(axis="y", color=palette.grid, linewidth=0.6)
    x = range(len(stats.days))
    handles, names = [], []
    for n, (who, counts) in enumerate(stats.progress.items()):
        marker = "o" if len(stats.days) <= 60 else None
        (line,) = ax.plot(x, counts, color=SERIES[n % len(SERIES)], marker=marker, markersize=3, linewidth=1.5)
        handles.append(line)
        names.append(_label(who))
    step = max(1, len(stats.days) // 8)  # about eight dates under the axis
    ticks = list(range(0, len(stats.days), step))
    ax.set_xticks(ticks, labels=[stats.days[i] for i in ticks], rotation=30, ha="right", fontsize=8)
    ax.set_ylim(bottom=0)
    ax.set_ylabel("spans", color=palette.text)
    if handles:
        _legend(ax, handles, names, palette)


def _draw_agreement(figure, stats: Statistics, palette: ChartPalette) -> None:
    """Two bars per tag: F1 with overlap matches (solid) and Krippendorff's alpha (hatched); n/a is left empty."""
    ax = _axes(figure, palette, "Agreement per tag (F1 overlap, solid; Krippendorff's alpha, hatched)", counts="")
    tags = list(stats.agreement)
    for n, name in enumerate(tags):
        f1, alpha = stats.agreement[name]
        tag = stats.tag(name)
        color = tag.color if tag else palette.muted
        for offset, value, hatch in ((-0.2, f1, None), (0.2, alpha, "///")):
            if value is None:
                ax.annotate("n/a", (0, n + offset), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8, color=palette.muted)
                continue
            bars = ax.barh([n + offset], [value], height=0.38, color=color, hatch=hatch, edgecolor=palette.text, linewidth=0.5)
            ax.bar_label(bars, labels=[f"{value:.2f}"], padding=3, color=palette.text, fontsize=8)
    _bar_labels(ax, tags)
    ax.set_xlim(min([0.0, *(v for pair in stats.agreement.values() for v in pair if v is not None)]), 1.1)
