"""``newsmark status``: set a document's status from the command line, with the analyst's done mark, as the window does."""

from __future__ import annotations

from pathlib import Path

from newsmark.cli.output import cell, out


def register(commands) -> None:
    """Add the ``status`` command."""
    status = commands.add_parser(
        "status",
        help="set a document's status (todo, in_progress, done, reviewed); done/reviewed records your done mark, "
        "todo/in_progress takes it away",
    )
    status.add_argument("project", type=Path)
    status.add_argument("document_id", type=int, metavar="DOC_ID")
    status.add_argument("status", metavar="STATUS", help="todo, in_progress, done or reviewed")
    status.add_argument(
        "--annotator", metavar="NAME",
        help="whose done mark it is (default: NEWSMARK_ANNOTATOR, else your login, as for load)",
    )
    status.set_defaults(run=run)


def run(options) -> int:
    """Set the status and the mark in one transaction; print the document's status and who has finished it."""
    from newsmark.core.errors import NewsmarkError
    from newsmark.core.model import STATUSES, default_annotator
    from newsmark.core.storage import Project

    wanted = options.status.strip().lower().replace("-", "_").replace(" ", "_")
    if wanted not in STATUSES:
        raise NewsmarkError(f"unknown status {options.status!r}; use {', '.join(STATUSES)}")
    who = (options.annotator if options.annotator is not None else default_annotator()).strip()
    if not who:
        raise NewsmarkError("no annotator name: give --annotator NAME (or set NEWSMARK_ANNOTATOR)")
    with Project.open(options.project) as project:
        project.document_length(options.document_id)  # one clear line for an unknown document, before any write
        doc, _before = project.set_status(options.document_id, wanted, who)
        marks = [m.annotator for m in project.done_marks(doc.id)]
    finished = ", ".join(map(cell, marks)) if marks else "nobody"
    out(f"{doc.id}\t{cell(doc.title)}\t{doc.status}\tdone by: {finished}\n")
    return 0
