"""``newsmark suggest``: run the suggesters on a project's documents, storing them for review or writing them as a CSV set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsmark.cli.output import out
from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``suggest`` command."""
    parser = commands.add_parser(
        "suggest", help="propose figures, quotes, locations and claims: stored for review in the window, or written with -o",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("--document", action="append", type=int, metavar="DOC_ID", help="only this document (repeatable)")
    parser.add_argument("--tag", action="append", metavar="TAG", help="only suggestions of this tag (repeatable)")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT.csv",
        help="write the suggestions as a CSV annotation set with a confidence column (- is stdout) instead of storing them",
    )
    parser.add_argument("--plain", action="store_true", help="-o: exact text, without the spreadsheet-safe ' prefix")
    parser.add_argument("--model", metavar="NAME_OR_PATH", help="also ask this spaCy pipeline (installed by you) for entities")
    parser.add_argument("--demonyms", action="store_true", help="also propose demonyms (Russian, Ukrainian) as their country")
    # Off by default: on the blind sets the learned model held back more right suggestions than wrong ones
    # (bench/bench_learning.py); it stays an option for projects with many repeated, rejected patterns.
    parser.add_argument(
        "--learn", action=argparse.BooleanOptionalAction, default=False,
        help="hold back suggestions like those rejected before (a model of the project's accepted and rejected "
             "suggestions, once it holds 20 of a tag); --no-learn: what the rules find (the default)",
    )
    parser.set_defaults(run=run)


def run(options) -> int:
    """Suggest for the chosen documents; returns the exit code."""
    from newsmark.core.suggest.learning import last_held, newly_held
    from newsmark.core.suggest.running import project_suggester

    writing = options.output is not None
    with Project.open(options.project, readonly=writing) as project:
        documents = _documents(project, options.document)
        _check_tags(project, options.tag)
        suggester = project_suggester(project, tags=options.tag, model=options.model, demonyms=options.demonyms,
                                      learn=options.learn)
        if writing:
            return _write(project, documents, suggester, options)
        found, held = {}, {}
        for document_id in documents:
            found[document_id] = suggester(project.document(document_id).text)
            held[document_id] = last_held(suggester)
        stored = project.store_suggestions(found)
        hidden = newly_held(project, held)
    proposed = sum(map(len, found.values()))
    left = proposed - stored
    notes = [f"{left} already decided or already spans"] if left else []
    if hidden:
        notes.append(f"{hidden} held back by what you rejected before")
    note = f" ({'; '.join(notes)})" if notes else ""
    out(f"stored {stored} suggestion{'s' if stored != 1 else ''} in {len(documents)} document"
        f"{'s' if len(documents) != 1 else ''} for review{note}\n")
    return 0


def _documents(project, wanted: list[int] | None) -> list[int]:
    known = [d.id for d in project.documents()]
    if wanted is None:
        return known
    missing = sorted(set(wanted) - set(known))
    if missing:
        raise NewsmarkError(f"there is no document {', '.join(map(str, missing))} in {project.path.name}")
    return sorted(set(wanted))


def _check_tags(project, tags: list[str] | None) -> None:
    known = {t.name.casefold() for t in project.tags()}
    unknown = [t for t in tags or () if t.casefold() not in known]
    if unknown:
        raise NewsmarkError(f"no tag called {', '.join(map(repr, unknown))} in {project.path.name}")


def _write(project, documents: list[int], suggester, options) -> int:
    import io
    import sys

    from newsmark.core.atomicfile import atomic_text_file
    from newsmark.core.formats import safetarget
    from newsmark.core.formats.csvset import attribute_columns, write_csv

    def rows():
        for document_id in documents:
            doc = project.document(document_id)
            for s in suggester(doc.text):
                yield (
                    document_id, doc.title, doc.sha256, "", s.tag, s.start, s.end, doc.text[s.start:s.end], "", "", "", "",
                    json.dumps(s.attributes, ensure_ascii=False), f"{s.confidence:.3f}", s.suggester,
                )

    attributes, extras = attribute_columns(project), ("confidence", "suggester")
    if str(options.output) == "-":
        try:
            safetarget.check_export_stream(project.path, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass  # stdout is no file (a test's capture): nothing of the project's can be behind it
        sys.stdout.flush()
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            write_csv(rows(), stream, plain=options.plain, attributes=attributes, extras=extras)
            stream.flush()
        finally:
            stream.detach()  # stdout stays open for whoever owns it
        return 0
    safetarget.check_export_target(project.path, options.output)
    with atomic_text_file(options.output, newline="") as stream:
        count = write_csv(rows(), stream, plain=options.plain, attributes=attributes, extras=extras)
    out(f"wrote {count} suggestion{'s' if count != 1 else ''} to {options.output}\n")
    return 0
