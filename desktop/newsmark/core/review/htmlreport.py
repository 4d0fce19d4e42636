"""The statistics report as one self-contained HTML file: inline SVG charts and tables, no scripts, nothing fetched."""

from __future__ import annotations

from html import escape

import newsmark
from newsmark.core.review import charts as charting
from newsmark.core.review.stats import Statistics
from newsmark.core.review.tables import Table, summary, tables

# Even if a value slipped through unescaped, the browser would run no script and fetch nothing.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       margin: 2rem auto; max-width: 62rem; padding: 0 1rem; background: %(background)s; color: %(text)s; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid %(grid)s; padding-bottom: .2rem; }
.generated, .note { color: %(muted)s; font-size: .9rem; }
nav ol { columns: 2; padding-left: 1.2rem; }
a { color: inherit; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%%; height: auto; display: block; }
table { border-collapse: collapse; margin: .6rem 0; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid %(grid)s; padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.number { text-align: right; }
th { background: %(header)s; }
td { overflow-wrap: anywhere; max-width: 30rem; }
@media print { h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
"""


def html_report(stats: Statistics, *, theme: str = "light", generated: str = "") -> str:
    """The whole report as HTML text; every value from the project is escaped."""
    palette = charting.PALETTES[theme]
    drawn = {chart.key: charting.svg(chart, stats, palette) for chart in charting.charts(stats)}
    found = tables(stats)
    title = f"Newsmark report: {stats.project}"
    header = "#2a2a2a" if theme == "dark" else "#f3f3f3"
    style = _STYLE % {
        "background": palette.background, "text": palette.text, "grid": palette.grid, "muted": palette.muted, "header": header,
    }
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        f'<body class="{theme}">',
        f"<h1>{escape(title)}</h1>",
        f'<p class="generated">Made by Newsmark {escape(newsmark.__version__)}{" on " + escape(generated) if generated else ""}.</p>',
        _key_values(summary(stats)),
        "<nav><ol>",
        *(f'<li><a href="#{t.key}">{escape(t.title)}</a></li>' for t in found),
        "</ol></nav>",
    ]
    for table in found:
        parts.append(f'<section id="{table.key}">')
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.key in drawn:
            parts.append(f'<figure role="img" aria-label="{escape(table.title)}">{drawn[table.key]}</figure>')
        parts.append(_table(table))
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _key_values(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th scope=\"row\">{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="summary">{body}</table>'


def _table(table: Table) -> str:
    lines = []
    if table.rows:
        head = "".join(f'<th scope="col">{escape(str(h))}</th>' for h in table.headers)
        lines.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        for row in table.rows:
            cells = "".join(
                f'<td class="number">{v}</td>' if isinstance(v, int) else f"<td>{escape(str(v))}</td>" for v in row
            )
            lines.append(f"<tr>{cells}</tr>")
        lines.append("</tbody></table>")
    else:
        lines.append('<p class="note">Nothing to count yet.</p>')
    if table.note:
        lines.append(f'<p class="note">{escape(table.note)}</p>')
    return "\n".join(lines)
