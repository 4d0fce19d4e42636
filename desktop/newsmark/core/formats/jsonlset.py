"""JSONL annotation sets in doccano's sequence-labelling layout: one document a line, its spans as labels.

Each line is ``{"text": ..., "label": [[start, end, tag], ...], "newsmark": {...}}``. doccano counts
label offsets in UTF-16 code units (JavaScript string indices), so that is what ``label`` holds;
``newsmark.offsets`` says so, and ``load`` converts back to code points (files without it are
read as UTF-16, as doccano writes them). ``newsmark`` also carries the document's title, hash and
source and, in ``label`` order, each span's note, annotator, times and attribute values.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.formats.exporting import documents_with_spans, tag_names
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan, load_rows
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.jsonvalues import (
    JsonValueError, kind, need, parse_json, scalar_cell, text_of,
)
from newsmark.core.model import sha256_text
from newsmark.core.text.offsets import Utf16Map

UTF16, CODE_POINTS = "utf-16", "code points"
_EXTRA_TEXT = ("note", "annotator", "created_at", "updated_at")


def document_records(project) -> Iterator[dict]:
    """One record per document (those without spans too), in the order they were added."""
    tags = tag_names(project)
    for doc, spans in documents_with_spans(project):
        units = Utf16Map(doc.text)
        yield {
            "text": doc.text,
            "label": [[units.to_utf16(s.start), units.to_utf16(s.end), tags[s.tag_id]] for s in spans],
            "newsmark": {
                "offsets": UTF16,
                "document_id": doc.id, "title": doc.title, "sha256": doc.sha256, "source_path": doc.source_path,
                "spans": [
                    {"id": s.id, "note": s.note, "annotator": s.annotator, "created_at": s.created_at,
                     "updated_at": s.updated_at, "attributes": span_values(s.attributes)}
                    for s in spans
                ],
            },
        }


def write_jsonl(project, out: TextIO) -> int:
    """Write every document as a line; returns how many spans were written."""
    count = 0
    for record in document_records(project):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += len(record["label"])
    return count


def export_jsonl_file(project, path: str | os.PathLike) -> int:
    """Write the JSONL set to ``path`` atomically; returns the span count."""
    with atomic_text_file(path, newline="\n") as out:
        return write_jsonl(project, out)


def load_jsonl_file(project, path: str | os.PathLike) -> LoadPlan:
    """Check every label of every line against the project, then add all of them or none."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except UnicodeDecodeError:
        raise NewsmarkError(f"{path.name} is not UTF-8 text") from None
    except IsADirectoryError:
        raise NewsmarkError(f"{path.name} is a folder, not a JSONL file") from None
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    rows, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows += _rows(parse_json(line), number)
        except JsonValueError as e:
            problems.append((number, f"not a document line: {e}"))
    if not rows and not problems:
        raise NewsmarkError(f"{path.name} holds no document lines")
    return load_rows(project, path.name, rows, problems)


def _code_points(units: Utf16Map, position: int):
    """A UTF-16 position as a code point offset; anything else (out of range, mid-pair) is left to be reported."""
    if not 0 <= position <= units.utf16_length:
        return position
    cp = units.to_code_point(position)
    return cp if units.to_utf16(cp) == position else f"{position} (inside a surrogate pair)"


def _rows(record, number: int) -> list[CsvRow]:
    """A line's labels as rows for the annotation-set checks (documents are matched by their text)."""
    need(record, dict, "a line", "an object")
    text = need(record.get("text"), str, "'text'", "text")
    labels = need(record.get("label", []), list, "'label'", "a list")
    meta = need(record.get("newsmark") or {}, dict, "'newsmark'", "an object")
    extras = need(meta.get("spans") or [], list, "newsmark.spans", "a list")
    unit = meta.get("offsets", UTF16)
    if unit not in (UTF16, CODE_POINTS):
        raise JsonValueError(f"offsets must be {UTF16!r} or {CODE_POINTS!r}, not {unit!r}"[:120])
    units = Utf16Map(text) if unit == UTF16 and labels else None
    digest = sha256_text(text)
    rows = []
    for i, label in enumerate(labels):
        what = f"label {i + 1}"
        if not isinstance(label, list) or len(label) != 3:
            raise JsonValueError(f"{what} must be a list [start, end, tag], not {kind(label)}"
                                 + (f" of {len(label)} items" if isinstance(label, list) else ""))
        start, end = (need(v, int, f"{what}'s {n}", "a whole number") for v, n in zip(label, ("start", "end")))
        tag = need(label[2], str, f"{what}'s tag", "text")
        if units is not None:
            start, end = _code_points(units, start), _code_points(units, end)
        extra = need(extras[i] if i < len(extras) else {}, dict, f"newsmark.spans {i + 1}", "an object")
        inside = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        cells = {
            "document_sha256": digest, "tag": tag, "start": str(start), "end": str(end),
            "text": text[start:end] if inside else None,
            **{key: text_of(extra, key, f"newsmark.spans {i + 1}'s {key}") for key in _EXTRA_TEXT},
        }
        attributes = need(extra.get("attributes") or {}, dict, f"newsmark.spans {i + 1}'s attributes", "an object")
        cells |= {ATTRIBUTE_PREFIX + k: scalar_cell(v, f"attribute {k!r}") for k, v in attributes.items()}
        rows.append(CsvRow(number, cells))
    return rows
