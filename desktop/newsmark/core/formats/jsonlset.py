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
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan, load_rows
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import sha256_text
from newsmark.core.text.offsets import Utf16Map

UTF16, CODE_POINTS = "utf-16", "code points"


def document_records(project) -> Iterator[dict]:
    """One record per document (those without spans too), in the order they were added."""
    tags = {t.id: t.name for t in project.tags()}
    for info in project.documents():
        doc = project.document(info.id)
        spans = project.spans(info.id)
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
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    rows, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows += _rows(json.loads(line), number)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            problems.append((number, f"not a document line ({e})"))
    return load_rows(project, path.name, rows, problems)


def _code_points(units: Utf16Map, position):
    """A UTF-16 position as a code point offset; anything else (out of range, mid-pair) is left to be reported."""
    if not isinstance(position, int) or not 0 <= position <= units.utf16_length:
        return position
    cp = units.to_code_point(position)
    return cp if units.to_utf16(cp) == position else f"{position} (inside a surrogate pair)"


def _rows(record: dict, number: int) -> list[CsvRow]:
    """A line's labels as rows for the annotation-set checks (documents are matched by their text)."""
    text = record["text"]
    if not isinstance(text, str) or not isinstance(record.get("label", []), list):
        raise ValueError("'text' must be a string and 'label' a list")
    meta = record.get("newsmark", {}) or {}
    extras = meta.get("spans", [])
    unit = meta.get("offsets", UTF16)
    if unit not in (UTF16, CODE_POINTS):
        raise ValueError(f"offsets must be {UTF16!r} or {CODE_POINTS!r}, not {unit!r}")
    units = Utf16Map(text) if unit == UTF16 else None
    rows = []
    for i, label in enumerate(record.get("label", [])):
        start, end, tag = label
        if units is not None:
            start, end = _code_points(units, start), _code_points(units, end)
        extra = extras[i] if i < len(extras) else {}
        inside = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        cells = {
            "document_sha256": sha256_text(text), "tag": str(tag), "start": str(start), "end": str(end),
            "text": text[start:end] if inside else None,
            "note": extra.get("note", ""), "annotator": extra.get("annotator", ""),
            "created_at": extra.get("created_at", ""), "updated_at": extra.get("updated_at", ""),
        }
        cells |= {ATTRIBUTE_PREFIX + k: str(v) for k, v in (extra.get("attributes") or {}).items()}
        rows.append(CsvRow(number, cells))
    return rows
