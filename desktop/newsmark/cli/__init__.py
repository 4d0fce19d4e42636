"""The ``newsmark`` command: the desktop app, or headless work on a project (add, list, links, text, export, load, merge)."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import newsmark
from newsmark.core.articles.adding import FileResult, ProjectSink, add_articles
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import annotating_as
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.formats import registry
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.merge import merge_into
from newsmark.core.storage import Project
from newsmark.termprogress import ProgressBar
from newsmark.cli.output import cell as _cell, describe as _describe, fail as _fail, out as _out, silence_stdout as _silence_stdout
from newsmark.cli.commands import COMMAND_MODULES, register_all

COMMANDS = ("add", "list", "links", "text", "export", "load", "merge", *COMMAND_MODULES)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    parser = _parser()
    try:
        if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
            if len(args) > 1:
                parser.error(f"expected one project file or a command ({', '.join(COMMANDS)}), not {' '.join(args)!r}")
            return _run_gui(Path(args[0]) if args else None)
        options = parser.parse_args(args)
        return options.run(options)
    except SystemExit as e:  # argparse: usage errors (2), --help and --version (0)
        return e.code if isinstance(e.code, int) else 1
    except BrokenPipeError:  # e.g. `newsmark export p | head`: the reader left, which is not an error of ours
        _silence_stdout()
        return 1
    except (NewsmarkError, OSError, UnicodeDecodeError) as e:
        _fail(_describe(e))
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmark",
        description="Annotate news articles. With no command, open the desktop app on PROJECT_FILE "
        "(or on your default project).",
        usage="%(prog)s [PROJECT_FILE]\n       %(prog)s {" + ",".join(COMMANDS) + "} ...",
    )
    parser.add_argument("--version", action="version", version=f"newsmark {newsmark.__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    add = commands.add_parser(
        "add", help="add articles (.txt, .md, saved web pages, .docx, .pdf) or folders of them to a project (made if missing)"
    )
    add.add_argument("project", type=Path)
    add.add_argument("files", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    add.add_argument(
        "--pdf-lines", action="store_true",
        help="keep each printed line of a PDF as its own line (default: rebuild paragraphs, join hyphenated words); "
        "running heads, feet and page numbers are dropped either way",
    )
    add.add_argument(
        "--keep-lines", action="store_true",
        help="keep each line of a hard-wrapped .txt or web page as its own line (default: join a paragraph's lines)",
    )
    add.set_defaults(run=_add)

    listing = commands.add_parser("list", help="list the documents: id, title, chars, spans, sha256, status, done_by (who marked it done)")
    listing.add_argument("project", type=Path)
    listing.set_defaults(run=_list)

    links = commands.add_parser("links", help="list the links between spans: type, both spans and their offsets, note")
    links.add_argument("project", type=Path)
    links.add_argument("--document", type=int, metavar="DOC_ID", help="only this document's links")
    links.set_defaults(run=_links)

    text = commands.add_parser("text", help="write a document's stored text exactly (UTF-8, \\n line ends)")
    text.add_argument("project", type=Path)
    text.add_argument("document_id", type=int, metavar="DOC_ID")
    text.set_defaults(run=_text)

    export = commands.add_parser("export", help="write the spans in one of the formats (to stdout, or to -o OUT)")
    export.add_argument("project", type=Path)
    export.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here instead of stdout (- is stdout)")
    export.add_argument("--format", choices=registry.NAMES, default="csv", help=_format_help(registry.NAMES))
    export.add_argument("--language", default=registry.DEFAULT_LANGUAGE, metavar="LANG", help="spacy: the tokenizer's language (default en; xx: multilingual)")
    export.add_argument("--plain", action="store_true", help="exact text, without the spreadsheet-safe ' prefix")
    export.add_argument("--links", type=Path, metavar="OUT.csv", help="csv: write the links here (default: NAME.links.csv beside -o)")
    export.add_argument("--tag", action="append", metavar="TAG", help="only spans of this tag (repeatable)")
    export.add_argument("--document", action="append", type=int, metavar="DOC_ID", help="only this document (repeatable)")
    export.add_argument("--status", action="append", metavar="STATUS", help="only documents with this status (repeatable)")
    export.add_argument("--annotator", action="append", metavar="NAME", help="only spans by this annotator (repeatable)")
    export.add_argument(
        "--suggestions", action="store_true",
        help="also the open suggestions (see `newsmark suggest`), as spans by suggested:<suggester>",
    )
    export.add_argument("--split", choices=("train", "dev", "test"), help="only the documents of this part (see: newsmark split)")
    export.add_argument("--no-card", action="store_true", help="no data card (by default -o OUT gets OUT.card.md beside it)")
    export.set_defaults(run=_export)

    load = commands.add_parser(
        "load", help=f"add the spans of an annotation set ({', '.join(registry.LOADABLE)}): all of them or none"
    )
    load.add_argument("project", type=Path)
    load.add_argument("csv_file", type=Path, metavar="FILE")
    load.add_argument(
        "--format", choices=registry.LOADABLE,
        help=_format_help(registry.LOADABLE) + ". Default: told from the file's content (a folder is brat), "
        "its suffix breaking ties",
    )
    load.add_argument("--plain", action="store_true", help="the CSV's text cells are exact (no ' prefixes)")
    load.add_argument("--links", type=Path, metavar="LINKS.csv", help="csv: read the links from here (default: NAME.links.csv beside FILE)")
    load.add_argument("--annotator", metavar="NAME", help="the annotator of spans that name none (default: your login)")
    load.set_defaults(run=_load)

    merge = commands.add_parser("merge", help="merge analysts' projects into one (made if missing), keeping annotators")
    merge.add_argument("output", type=Path, metavar="OUT_PROJECT")
    merge.add_argument("inputs", type=Path, nargs="+", metavar="IN_PROJECT")
    merge.set_defaults(run=_merge)
    register_all(commands)
    return parser


def _format_help(names: tuple[str, ...]) -> str:
    """Each format's name and description, from the registry (the default export format first)."""
    return "; ".join(f"{n}: {registry.FORMATS[n].description}" for n in names).replace("%", "%%")


def _run_gui(project_path: Path | None) -> int:
    # Imported here so the headless commands never load Qt.
    from newsmark.ui.app import run_gui

    return run_gui(project_path)


# -- commands ------------------------------------------------------------------------


def _add(options) -> int:
    """Add each article (folders: every article file inside); failures and duplicates are named on stderr."""
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None and total > 1 and sys.stderr.isatty():
            bar = ProgressBar(sys.stderr, total)
        if bar is not None:
            bar.show(done, name.rsplit("/", 1)[-1])

    def said(result: FileResult) -> None:
        if result.message:
            _note(bar, result.message)
        if result.document_id is not None:
            _out(f"{result.document_id}\t{_cell(result.title)}\n")

    sink = ProjectSink(options.project)
    try:
        report = add_articles(
            sink, options.files, project=options.project, progress=progress, on_result=said,
            pdf_printed_lines=options.pdf_lines, keep_lines=options.keep_lines,
        )
    finally:
        if bar is not None:
            bar.clear()
        sink.close()
    added, failed = report.count("added"), report.count("failed")
    _fail(
        f"added {added} document{'s' if added != 1 else ''}, skipped {report.count('skipped')} already in the project, "
        f"{failed} failed"
    )
    return 1 if failed else 0


def _note(bar: ProgressBar | None, message: str) -> None:
    """One line on stderr, above the progress bar if one is showing."""
    if bar is not None:
        bar.clear()
    _fail(message)


def _list(options) -> int:
    with Project.open(options.project, readonly=True) as project:
        done_by: dict[int, list[str]] = {}
        for mark in project.done_marks():
            done_by.setdefault(mark.document_id, []).append(_cell(mark.annotator))
        # status and done_by come last, so scripts that cut the first five columns still work
        lines = ["id\ttitle\tchars\tspans\tsha256\tstatus\tdone_by\n"]
        lines += [
            f"{d.id}\t{_cell(d.title)}\t{d.chars}\t{d.spans}\t{d.sha256}\t{d.status}\t{','.join(done_by.get(d.id, ()))}\n"
            for d in project.documents()
        ]
    _out("".join(lines))
    return 0


_LINKS_HEADER = (
    "link_id\tdocument_id\ttype\tsource_span_id\ttarget_span_id\tsource_start\tsource_end\ttarget_start\t"
    "target_end\tnote\tannotator\tcreated_at\n"
)


def _links(options) -> int:
    with Project.open(options.project, readonly=True) as project:
        if options.document is None:
            documents = [d.id for d in project.documents()]
        else:
            project.document_length(options.document)  # one clear line for an unknown document
            documents = [options.document]
        types = {t.id: t.name for t in project.link_types()}
        lines = [_LINKS_HEADER]
        for document_id in documents:
            links = project.links(document_id)
            spans = {s.id: s for s in project.spans(document_id)} if links else {}
            for k in links:
                source, target = spans[k.source_id], spans[k.target_id]
                lines.append(
                    f"{k.id}\t{k.document_id}\t{_cell(types[k.type_id])}\t{k.source_id}\t{k.target_id}\t{source.start}\t"
                    f"{source.end}\t{target.start}\t{target.end}\t{_cell(k.note)}\t{_cell(k.annotator)}\t{k.created_at}\n"
                )
    _out("".join(lines))
    return 0


def _text(options) -> int:
    with Project.open(options.project, readonly=True) as project:
        text = project.document(options.document_id).text
    _out(text)
    return 0


def _export(options) -> int:
    with Project.open(options.project, readonly=True) as opened:
        project = FilteredProject(
            opened, tags=options.tag, documents=options.document, statuses=options.status, annotators=options.annotator,
            suggestions=options.suggestions,
            split=options.split,
        )
        if options.output is None or str(options.output) == "-":  # -o - is stdout, as Unix tools read it
            if options.links is not None:
                raise NewsmarkError("--links needs -o OUT.csv: the spans and the links go to files of their own")
            _warn_left_out(_export_to_stdout(project, options), options.format)
            return 0
        report = registry.export(
            project, options.format, options.output, plain=options.plain, language=options.language, links=options.links,
            card=not options.no_card,
        )
    _warn_left_out(report, options.format)
    _out(f"exported {_counted(report.spans, 'span')}{_extras(report.links, report.labels, report.marks)} to {options.output}\n")
    return 0


def _counted(count: int, what: str) -> str:
    return f"{count} {what}{'s' if count != 1 else ''}"


def _extras(links: int, labels: int, marks: int = 0) -> str:
    """", 3 links, 4 document labels, 2 done marks" when there are any."""
    parts = [_counted(links, "link")] if links else []
    parts += [_counted(labels, "document label")] if labels else []
    parts += [_counted(marks, "done mark")] if marks else []
    return "".join(", " + p for p in parts)


def _warn_left_out(report: ExportReport, fmt: str) -> None:
    """One warning line on stderr per span the format could not hold, and one for what it has no place for."""
    for problem in report.problems:
        _fail(f"warning: {problem.line()}")
    if report.not_held:
        _fail(f"warning: {report.not_held_line(fmt)}")


def _export_to_stdout(project, options) -> ExportReport:
    """The export as UTF-8 bytes on stdout, line ends exactly as the format writes them."""
    write = lambda out: registry.export_stream(
        project, options.format, out, plain=options.plain, language=options.language
    )
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream
        return write(sys.stdout)
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    try:
        report = write(out)
        out.flush()
    finally:
        out.detach()  # stdout stays open for whoever owns it
    return report


def _merge(options) -> int:
    out = options.output.expanduser().absolute()
    if any(p.expanduser().absolute() == out for p in options.inputs):
        raise NewsmarkError(f"{options.output} is among the projects to merge; write the merge to a new file")
    for path in options.inputs:
        if not path.exists():  # before anything is created or written
            raise NewsmarkError(f"there is no project file at {path}")
    with Project.open(options.output, create=True) as target:
        for path in options.inputs:
            with Project.open(path, readonly=True) as source:
                _out(merge_into(target, source).line() + "\n")
    return 0


def _load(options) -> int:
    with Project.open(options.project) as project, annotating_as(options.annotator):
        plan = registry.load(
            project, options.csv_file, options.format, plain=True if options.plain else None, links=options.links
        )
    for line in plan.kept_not_allowed[:_NOT_HELD_SHOWN]:
        _fail(f"warning: {line}")
    if plan.not_held:
        _fail(f"warning: {len(plan.not_held)} line{'s' if len(plan.not_held) != 1 else ''} of the set are not loaded "
              "(Newsmark cannot hold them):")
        for line in plan.not_held[:_NOT_HELD_SHOWN]:
            _fail(f"warning: {line}")
        if len(plan.not_held) > _NOT_HELD_SHOWN:
            _fail(f"warning: … and {len(plan.not_held) - _NOT_HELD_SHOWN} more")
    added, tags = len(plan.spans), len(plan.new_tags)
    _out(
        f"added {_counted(added, 'span')} ({_counted(tags, 'new tag')}){_extras(len(plan.links), len(plan.labels), len(plan.done_marks))}; "
        f"skipped {plan.skipped} already present\n"
    )
    return 0


_NOT_HELD_SHOWN = 20  # lines a load names one by one; a BioNLP corpus can have thousands of events
