"""brat standoff annotation sets: a folder with ``NAME.txt`` and ``NAME.ann`` per document.

brat's server reads the ``.txt`` as Python text, so offsets are code points, as ours are. A span
that crosses a line break is written as fragments (``T1\tclaim 0 5;6 12\t...``), because a brat
fragment may not hold a line break; notes become ``AnnotatorNotes``. Tag names with spaces are
written with underscores, as brat types cannot contain them.

So a span that starts or ends on a line break cannot be written as it is: it is written trimmed to
its fragments, and the export report names it with the offsets written; a span of line breaks
only is left out and reported. No span is ever changed without a word.

Links are relations, ``R1\tevidence Arg1:T3 Arg2:T1`` (source Arg1, target Arg2), or for a
symmetric type ``*\tsame_as T1 T2`` (a note needs an id to belong to, so a symmetric link with
a note is an ``R`` line too). brat cannot annotate a whole document, so document labels are brat
attributes (``A1\ttopic T9 war``) of one ``newsmark_document`` entity over the document's first
line of text; loading takes them back as labels, not as a span.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import bratread
from newsmark.core.formats.annotationset import LoadPlan
from newsmark.core.formats.bratread import DOCUMENT_ENTITY
from newsmark.core.formats.donemarkset import marks_of
from newsmark.core.formats.exporting import (
    category_names, document_labels, document_links, documents_with_spans, link_types_by_id,
)
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.formats.linkload import Extras, load_set

_UNSAFE_NAME = re.compile(r"[^\w.-]+")
_LINE = re.compile(r"[^\s][^\n]*[^\s]|[^\s]")  # a line's text without the white space around it
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
    """Write ``NAME.txt`` and ``NAME.ann`` for every document into ``folder``; returns what was written.

    ``check`` is called with each file's path before it is written, and may refuse it by raising.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = {t.id: t.name for t in project.tags()}
    tags = {i: _brat_name(name) for i, name in names.items()}
    types = link_types_by_id(project)
    categories = category_names(project)
    report = ExportReport()
    for doc, spans in documents_with_spans(project):
        name = _file_name(doc.id, doc.title)
        lines, ids = [], {}
        for span in spans:
            pieces = fragments(doc.text, span.start, span.end)
            if not pieces:  # its links go with it: document_links keeps only spans written
                report.left_out(doc, span, names[span.tag_id], "it holds only line breaks, which a brat annotation cannot mark")
                continue
            if (pieces[0][0], pieces[-1][1]) != (span.start, span.end):
                report.changed(
                    doc, span, names[span.tag_id], (pieces[0][0], pieces[-1][1]),
                    "a brat annotation cannot start or end on a line break",
                )
            n = len(ids) + 1
            where = ";".join(f"{a} {b}" for a, b in pieces)
            shown = " ".join(doc.text[a:b] for a, b in pieces)
            lines.append(f"T{n}\t{tags[span.tag_id]} {where}\t{shown}")
            if span.note:
                lines.append(f"#{n}\tAnnotatorNotes T{n}\t{' '.join(span.note.split())}")
            ids[span.id] = n
            report.lost("spans' annotators", bool(span.annotator))
            report.lost("spans' attribute values", bool(span_values(span.attributes)))
        report.spans += len(ids)
        links = document_links(project, doc.id, ids)
        report.lost("links' annotators", sum(bool(link.annotator) for link in links))
        lines += _link_lines(links, ids, types, len(ids))
        report.links += len(links)
        labels = document_labels(project, doc.id, categories)
        lines += _label_lines(doc.text, labels, categories, len(ids) + 1)
        report.labels += len(labels)
        report.lost("document labels' annotators", sum(bool(label.annotator) for label in labels))
        report.lost("done marks", len(marks_of(project, doc.id)))
        for suffix in (".txt", ".ann") if check is not None else ():
            check(folder / f"{name}{suffix}")
        with atomic_text_file(folder / f"{name}.txt", newline="\n") as out:
            out.write(doc.text)
        with atomic_text_file(folder / f"{name}.ann", newline="\n") as out:
            out.write("".join(line + "\n" for line in lines))
    return report


def _link_lines(links, ids: dict[int, int], types: dict, notes_from: int) -> list[str]:
    """``R`` lines (``*`` for a symmetric type's link without a note), and ``#`` notes on the ``R`` lines."""
    lines, relation, note = [], 0, notes_from
    for link in links:
        kind, source, target = types[link.type_id], ids[link.source_id], ids[link.target_id]
        if kind.symmetric and not link.note:
            lines.append(f"*\t{_brat_name(kind.name)} T{source} T{target}")
            continue
        relation += 1
        lines.append(f"R{relation}\t{_brat_name(kind.name)} Arg1:T{source} Arg2:T{target}\t")
        if link.note:
            note += 1
            lines.append(f"#{note}\tAnnotatorNotes R{relation}\t{' '.join(link.note.split())}")
    return lines


def _label_lines(text: str, labels, categories: dict[int, str], number: int) -> list[str]:
    """The document's labels as attributes of one ``newsmark_document`` entity over its first line of text.

    brat has no annotation of a whole document, and an attribute needs an annotation to belong to.
    """
    if not labels:
        return []
    first = next((m for m in _LINE.finditer(text)), None)
    if first is None:
        return []
    lines = [f"T{number}\t{DOCUMENT_ENTITY} {first.start()} {first.end()}\t{first.group()}"]
    # brat has no annotators: two analysts' same answer is one attribute.
    given = dict.fromkeys((label.category_id, label.value) for label in labels)
    for k, (category_id, value) in enumerate(given, 1):
        lines.append(f"A{k}\t{_brat_name(categories[category_id])} T{number} {value}")
    return lines


def _brat_name(name: str) -> str:
    """A tag, link type or category name as a brat type: spaces become underscores."""
    return name.replace(" ", "_")


def load_brat_folder(project, folder: str | os.PathLike, check: Callable[[Path], None] | None = None) -> LoadPlan:
    """Check every annotation of every ``.ann`` beside its ``.txt``, then add all of them or none.

    Text-bound annotations become spans, relations (``R``) and equivalences (``*``) links, the
    ``newsmark_document`` entity's attributes document labels. Lines Newsmark cannot hold (events,
    other attributes, normalizations, notes on them) are listed in the plan's ``not_held``.
    ``check`` is called with each file's path before it is read, and may refuse it by raising.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NewsmarkError(f"{folder.name} is not a folder of brat .txt and .ann files")
    # A brat type is a name with its spaces written as underscores; map back to the project's names.
    names = {_brat_name(t.name): t.name for t in project.tags()}
    names |= {_brat_name(t.name): t.name for t in project.link_types()}
    categories = {_brat_name(c.name): c.name for c in project.categories()}
    rows, problems, extras = [], [], Extras()
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
        found, bad = bratread.read_ann(text, lines, ann.name, names, categories, extras)
        rows += found
        problems += bad
    return load_set(project, folder.name, rows, problems, extras)


def _file_name(document_id: int, title: str) -> str:
    """A safe file stem, unique by its document id, then a short form of the title."""
    return f"{document_id:04d}-{_UNSAFE_NAME.sub('-', title).strip('-')[:40] or 'document'}"
