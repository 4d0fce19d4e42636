"""The statistics report as a Markdown summary: the same tables as the HTML report, without charts."""

from __future__ import annotations

import re

import newsmark
from newsmark.core.review.stats import Statistics
from newsmark.core.review.tables import Table, summary, tables

# Characters Markdown (and the HTML it lets through) would read as markup: each gets a backslash.
_MARKUP = re.compile(r"([\\`*_\[\]<>#!|~&$])")


def markdown_report(stats: Statistics, *, generated: str = "") -> str:
    """The report as Markdown text; every value from the project is escaped, one line per table row."""
    lines = [f"# Newsmark report: {md_text(stats.project)}", ""]
    lines.append(f"Made by Newsmark {md_text(newsmark.__version__)}{' on ' + md_text(generated) if generated else ''}.")
    lines.append("")
    lines += [f"- **{label}:** {md_text(value)}" for label, value in summary(stats)]
    for table in tables(stats):
        lines += ["", f"## {md_text(table.title)}", "", *_table(table)]
    return "\n".join(lines) + "\n"


def md_text(value) -> str:
    """A value as literal Markdown text on one line."""
    return _MARKUP.sub(r"\\\1", " ".join(str(value).split()))


def _table(table: Table) -> list[str]:
    lines = []
    if table.rows:
        lines.append("| " + " | ".join(md_text(h) for h in table.headers) + " |")
        lines.append("|" + "|".join("---:" if isinstance(v, int) else "---" for v in table.rows[0]) + "|")
        lines += ["| " + " | ".join(md_text(v) for v in row) + " |" for row in table.rows]
    else:
        lines.append("Nothing to count yet.")
    if table.note:
        lines += ["", f"*{md_text(table.note)}*"]
    return lines
