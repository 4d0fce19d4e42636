"""``newsmark report PROJECT -o report.html``: the statistics report as one self-contained HTML file, or Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

from newsmark.cli.output import out
from newsmark.core.errors import NewsmarkError


def register(commands) -> None:
    """Add the ``report`` command."""
    report = commands.add_parser(
        "report", help="a statistics report with charts: one self-contained HTML file (-o), or Markdown (--format md)"
    )
    report.add_argument("project", type=Path)
    report.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here (html needs it; md: default stdout, - is stdout)")
    report.add_argument("--format", choices=("html", "md"), default=None, help="html (default, or from OUT's suffix) or md")
    report.add_argument("--theme", choices=("light", "dark"), default="light", help="html: the charts' and page's colors")
    report.add_argument("--top", type=int, default=15, metavar="N", help="how many documents, locations and speakers to list (default 15)")
    report.set_defaults(run=run)


def run(options) -> int:
    """Collect the figures, render them and write them where asked."""
    from newsmark.core.atomicfile import atomic_text_file
    from newsmark.core.formats import safetarget
    from newsmark.core.model import now_iso
    from newsmark.core.review.stats import collect
    from newsmark.core.storage import Project

    to_stdout = options.output is None or str(options.output) == "-"
    kind = options.format or ("md" if not to_stdout and options.output.suffix.lower() in (".md", ".markdown") else "html")
    if kind == "html" and to_stdout:
        raise NewsmarkError("the HTML report needs -o OUT.html (use --format md for a summary on stdout)")
    if options.top < 1:
        raise NewsmarkError("--top must be 1 or more")
    with Project.open(options.project, readonly=True) as project:
        # Checked before any work: the report must never be written onto the project or its companions.
        if to_stdout:
            try:
                fd = sys.stdout.fileno()
            except (AttributeError, OSError, ValueError):  # stdout replaced by a stream without a file
                fd = None
            if fd is not None:
                safetarget.check_export_stream(project.path, fd)
        else:
            safetarget.check_export_target(project.path, options.output)
        from newsmark.core.review.agreement import agreement_by_tag

        stats = collect(project, top=options.top, agreement=agreement_by_tag(project))
    generated = now_iso()[:16].replace("T", " ") + " UTC"
    if kind == "md":
        from newsmark.core.review.mdreport import markdown_report

        text = markdown_report(stats, generated=generated)
    else:
        from newsmark.core.review.htmlreport import html_report

        text = html_report(stats, theme=options.theme, generated=generated)
    if to_stdout:
        out(text)
        return 0
    with atomic_text_file(options.output, newline="\n") as stream:
        stream.write(text)
    out(f"wrote the {kind} report on {stats.documents} documents and {stats.spans} spans to {options.output}\n")
    return 0
