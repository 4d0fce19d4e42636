"""`newsmark curate`: where each document's annotators still disagree, and auto-merge into the gold set headless."""

from __future__ import annotations

from pathlib import Path

from newsmark.core.errors import NewsmarkError


def register(commands) -> None:
    """Add the ``curate`` command's parser."""
    curate = commands.add_parser(
        "curate", help="list each document's open disagreements between annotators; --auto-merge copies what they "
        "agree on into the gold set",
    )
    curate.add_argument("project", type=Path)
    curate.add_argument("--curator", default="gold", metavar="NAME", help="the gold set's annotator name (default gold)")
    curate.add_argument("--document", action="append", type=int, metavar="DOC_ID", help="only this document (repeatable)")
    curate.add_argument(
        "--auto-merge", action="store_true",
        help="copy every span the annotators agree on (tag, edges and attribute values) into the gold set, in one transaction",
    )
    curate.add_argument("--at-least", type=int, metavar="K", help="with --auto-merge: spans K annotators agree on (default: all)")
    curate.add_argument("--dry-run", action="store_true", help="with --auto-merge: say what would be copied, change nothing")
    curate.set_defaults(run=run)


def run(options) -> int:
    """List the documents' disagreements, or auto-merge them; the exit code."""
    from newsmark.cli.output import cell, out
    from newsmark.core.review.curation import auto_merge_plan
    from newsmark.core.review.projectmerge import apply_plans, document_review
    from newsmark.core.storage import Project

    if options.at_least is not None and options.at_least < 1:
        raise NewsmarkError("--at-least must be 1 or more")
    if (options.at_least is not None or options.dry_run) and not options.auto_merge:
        raise NewsmarkError("--at-least and --dry-run go with --auto-merge")
    writing = options.auto_merge and not options.dry_run
    with Project.open(options.project, readonly=not writing) as project:
        wanted = set(options.document or ())
        documents = [d for d in project.documents() if not wanted or d.id in wanted]
        if wanted - {d.id for d in documents}:
            raise NewsmarkError(f"there is no document {min(wanted - {d.id for d in documents})} in {options.project.name}")
        plans, lines = [], []
        symmetric = {t.id for t in project.link_types() if t.symmetric}
        for info in documents:
            rev = document_review(project, info.id, options.curator, symmetric)
            if options.auto_merge:
                plan = auto_merge_plan(rev, options.at_least)
                plans.append(plan)
                n, m = len(plan.spans), len(plan.links)
                links = f" and {m} link{'s' if m != 1 else ''}" if m else ""
                lines.append(f"{info.id}\t{cell(info.title)}\t{n} span{'s' if n != 1 else ''}{links} to {options.curator}\n")
            else:
                lines.append(f"{info.id}\t{cell(info.title)}\t{','.join(rev.annotators)}\t"
                             f"{rev.open_count()} of {len(rev.disagreements)} open\t{len(rev.gold)} gold spans\n")
        if writing:
            apply_plans(project, [plan for plan in plans if plan])  # every document's merge, or none
    out("".join(lines))
    if options.auto_merge:
        total, linked = sum(len(p.spans) for p in plans), sum(len(p.links) for p in plans)
        links = f" and {linked} link{'s' if linked != 1 else ''}" if linked else ""
        out(f"{'would copy' if options.dry_run else 'copied'} {total} span{'s' if total != 1 else ''}{links} "
            f"into {options.curator}\n")
    return 0
