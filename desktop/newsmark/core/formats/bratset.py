"""brat standoff annotation sets: a folder with ``NAME.txt`` and ``NAME.ann`` per document.

brat's server reads the ``.txt`` as Python text, so offsets are code points, as ours are. A span
that crosses a line break is written as fragments (``T1\tclaim 0 5;6 12\t...``), because a brat
fragment may not hold a line break; notes become ``AnnotatorNotes``. Tag names with spaces are
written with underscores, as brat types cannot contain them.

So a span that starts or ends on a line break cannot be written as it is: it is written trimmed to
its fragments, and the export report names it with the offsets written; a span of line breaks
only is left out and reported. No span is ever changed without a word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.formats.exporting import documents_with_spans
from newsmark.core.formats.annotationset import MAX_DIGITS
from newsmark.core.formats.csvset import CsvRow, LoadPlan, load_rows
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import sha256_text

_UNSAFE_NAME = re.compile(r"[^\w.-]+")
# ASCII digits only: \d would take other scripts' digits, which int() reads too.
_TEXT_BOUND = re.compile(r"^(T[0-9]+)\t(\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\t(.*)$")
_NOTE = re.compile(r"^#[0-9]+\tAnnotatorNotes (T[0-9]+)\t(.*)$")
# Where str.splitlines() breaks a line, as brat reads its .ann files (and so do we): no fragment may hold one.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span's pieces between line breaks (line breaks themselves are left out)."""
    pieces, at = [], start
    for brk in _LINE_BREAK.finditer(text, start, end):
        if brk.start() > at:
            pieces.append((at, brk.start()))
        at = brk.end()
    if end > at:
        pieces.append((at, end))
    return pieces


def export_brat_folder(project, folder: str | os.PathLike, check: Callable[[Path], None] | None = None) -> ExportReport:
    """Write ``NAME.txt`` and ``NAME.ann`` for every document into ``folder``; returns the count and the trimmed spans.

    ``check`` is called with each file's path before it is written, and may refuse it by raising.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = {t.id: t.name for t in project.tags()}
    tags = {i: name.replace(" ", "_") for i, name in names.items()}
    report = ExportReport()
    for doc, spans in documents_with_spans(project):
        name = _file_name(doc.id, doc.title)
        lines = []
        n = 0
        for span in spans:
            pieces = fragments(doc.text, span.start, span.end)
            if not pieces:
                report.left_out(doc, span, names[span.tag_id], "it holds only line breaks, which a brat annotation cannot mark")
                continue
            if (pieces[0][0], pieces[-1][1]) != (span.start, span.end):
                report.changed(
                    doc, span, names[span.tag_id], (pieces[0][0], pieces[-1][1]),
                    "a brat annotation cannot start or end on a line break",
                )
            n += 1
            where = ";".join(f"{a} {b}" for a, b in pieces)
            shown = " ".join(doc.text[a:b] for a, b in pieces)
            lines.append(f"T{n}\t{tags[span.tag_id]} {where}\t{shown}")
            if span.note:
                lines.append(f"#{n}\tAnnotatorNotes T{n}\t{' '.join(span.note.split())}")
            report.spans += 1
        for suffix in (".txt", ".ann") if check is not None else ():
            check(folder / f"{name}{suffix}")
        with atomic_text_file(folder / f"{name}.txt", newline="\n") as out:
            out.write(doc.text)
        with atomic_text_file(folder / f"{name}.ann", newline="\n") as out:
            out.write("".join(line + "\n" for line in lines))
    return report


def load_brat_folder(project, folder: str | os.PathLike, check: Callable[[Path], None] | None = None) -> LoadPlan:
    """Check every annotation of every ``.ann`` beside its ``.txt``, then add all of them or none.

    ``check`` is called with each file's path before it is read, and may refuse it by raising.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NewsmarkError(f"{folder.name} is not a folder of brat .txt and .ann files")
    # A brat type is a tag name with its spaces written as underscores; map back to the project's names.
    names = {t.name.replace(" ", "_"): t.name for t in project.tags()}
    rows, problems = [], []
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        raise NewsmarkError(f"{folder.name} holds no brat .ann files")
    for ann in anns:
        for path in (ann, ann.with_suffix(".txt")) if check is not None else ():
            check(path)
        try:
            text = ann.with_suffix(".txt").read_text(encoding="utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            raise NewsmarkError(f"{ann.name} or its .txt is not UTF-8 text") from None
        except OSError as e:
            raise NewsmarkError(f"cannot read {ann.name} and its .txt: {e.strerror or e}") from None
        found, bad = _rows(text, lines, ann.name, names)
        rows += found
        problems += bad
    return load_rows(project, folder.name, rows, problems)


def _rows(
    text: str, lines: list[str], file_name: str, names: dict[str, str]
) -> tuple[list[CsvRow], list[tuple[int, str]]]:
    """A ``.ann`` file's text-bound annotations as rows for the annotation-set checks."""
    spans: dict[str, tuple[int, str, int, int]] = {}
    notes: dict[str, str] = {}
    problems = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line[0] in "RENAM*":  # relations, events and attributes are not ours
            continue
        if match := _TEXT_BOUND.match(line):
            key, tag, where, shown = match.groups()
            if any(len(n) > MAX_DIGITS for n in where.replace(";", " ").split()):
                problems.append((number, f"{file_name}: {key}'s offsets {where[:30]!r}… are past the end of any document"))
                continue
            pieces = [tuple(map(int, p.split())) for p in where.split(";")]
            start, end = pieces[0][0], pieces[-1][1]
            joined = " ".join(text[a:b] for a, b in pieces)
            gaps_ok = all(text[b:a2].strip() == "" for (_, b), (a2, _) in zip(pieces, pieces[1:]))
            if joined != shown or not gaps_ok:
                problems.append((number, f"{file_name}: {key}'s text does not match the .txt at {where}"))
                continue
            spans[key] = (number, names.get(tag, tag), start, end)
        elif match := _NOTE.match(line):
            notes[match.group(1)] = match.group(2)
        else:
            problems.append((number, f"{file_name}: not a brat annotation line: {line[:40]!r}"))
    digest = sha256_text(text)
    rows = [
        CsvRow(number, {"document_sha256": digest, "tag": tag, "start": str(start), "end": str(end),
                        "text": text[start:end], "note": notes.get(key, "")})
        for key, (number, tag, start, end) in spans.items()
    ]
    return rows, problems


def _file_name(document_id: int, title: str) -> str:
    """A safe file stem, unique by its document id, then a short form of the title."""
    return f"{document_id:04d}-{_UNSAFE_NAME.sub('-', title).strip('-')[:40] or 'document'}"
