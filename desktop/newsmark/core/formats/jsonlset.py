"""JSONL annotation sets in doccano's layouts: one document a line, its spans as labels (or entities, with links).

Each line is ``{"text": ..., "label": [[start, end, tag], ...], "newsmark": {...}}``. doccano counts
label offsets in UTF-16 code units (JavaScript string indices), so that is what ``label`` holds;
``newsmark.offsets`` says so, and ``load`` converts back to code points (files without it are
read as UTF-16, as doccano writes them). ``newsmark`` also carries the document's title, hash and
source and, in ``label`` order, each span's note, annotator, times and attribute values; ``newsmark.done``
lists who marked the document done (annotator, marked_at).

When the export has links, each line is in doccano's relation-extraction layout instead:
``entities`` (``id``, ``label``, ``start_offset``, ``end_offset``, UTF-16 as well) and ``relations``
(``id``, ``from_id``, ``to_id``, ``type``). Document labels are ``cats``, each "category:value";
loading also reads doccano's text-classification ``label`` (a list of names) into the category "label".
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.formats.exporting import (
    category_names, document_labels, document_links, documents_with_spans, link_types_by_id, tag_names,
)
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan
from newsmark.core.formats.donemarkset import marks_of, meta_marks, read_meta_marks
from newsmark.core.formats.linkload import DEFAULT_CATEGORY, Extras, LabelRow, LinkRow, load_set
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.jsonvalues import (
    JsonValueError, kind, need, parse_json, scalar_cell, text_of,
)
from newsmark.core.model import sha256_text
from newsmark.core.text.offsets import Utf16Map

UTF16, CODE_POINTS = "utf-16", "code points"
CATEGORY_MARK = ":"  # a document label in ``cats`` is "category:value"
_EXTRA_TEXT = ("note", "annotator", "created_at", "updated_at")


def document_records(project) -> Iterator[dict]:
    """One record per document (those without spans too), in the order they were added.

    When any exported document has links, every record is in doccano's relation-extraction layout
    (``entities`` and ``relations``), so that one doccano project type reads the whole file.
    """
    tags = tag_names(project)
    types = link_types_by_id(project)
    categories = category_names(project)
    documents = list(documents_with_spans(project))
    links = [document_links(project, doc.id, {s.id for s in spans}) for doc, spans in documents]
    relational = any(links)
    for (doc, spans), doc_links in zip(documents, links):
        units = Utf16Map(doc.text)
        record = {"text": doc.text}
        if relational:
            record["entities"] = [
                {"id": s.id, "label": tags[s.tag_id], "start_offset": units.to_utf16(s.start),
                 "end_offset": units.to_utf16(s.end)}
                for s in spans
            ]
            record["relations"] = [
                {"id": k.id, "from_id": k.source_id, "to_id": k.target_id, "type": types[k.type_id].name}
                for k in doc_links
            ]
        else:
            record["label"] = [[units.to_utf16(s.start), units.to_utf16(s.end), tags[s.tag_id]] for s in spans]
        labels = document_labels(project, doc.id, categories)
        if labels:
            record["cats"] = [f"{categories[d.category_id]}{CATEGORY_MARK}{d.value}" for d in labels]
        meta = record["newsmark"] = {
            "offsets": UTF16,
            "document_id": doc.id, "title": doc.title, "sha256": doc.sha256, "source_path": doc.source_path,
            "spans": [
                {"id": s.id, "note": s.note, "annotator": s.annotator, "created_at": s.created_at,
                 "updated_at": s.updated_at, "attributes": span_values(s.attributes)}
                for s in spans
            ],
        }
        if doc_links:
            meta["links"] = [
                {"note": k.note, "annotator": k.annotator, "created_at": k.created_at, "updated_at": k.updated_at}
                for k in doc_links
            ]
        if labels:
            meta["labels"] = [{"annotator": d.annotator, "created_at": d.created_at} for d in labels]
        if marks := marks_of(project, doc.id):
            meta["done"] = meta_marks(marks)
        yield record


def write_jsonl(project, out: TextIO, report=None) -> int:
    """Write every document as a line; returns how many spans were written (links and labels go into ``report``)."""
    count = 0
    for record in document_records(project):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += len(record.get("label", record.get("entities", ())))
        if report is not None:
            report.links += len(record.get("relations", ()))
            report.labels += len(record.get("cats", ()))
            report.marks += len(record["newsmark"].get("done", ()))
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
    rows, problems, extras, documents = [], [], Extras(), 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        documents += 1
        try:
            rows += _rows(parse_json(line), number, extras)
        except JsonValueError as e:
            problems.append((number, f"not a document line: {e}"))
    if not documents:  # lines without spans are fine: an export of documents not yet annotated
        raise NewsmarkError(f"{path.name} holds no document lines")
    return load_set(project, path.name, rows, problems, extras)


def _code_points(units: Utf16Map, position: int):
    """A UTF-16 position as a code point offset; anything else (out of range, mid-pair) is left to be reported."""
    if not 0 <= position <= units.utf16_length:
        return position
    cp = units.to_code_point(position)
    return cp if units.to_utf16(cp) == position else f"{position} (inside a surrogate pair)"


def _rows(record, number: int, extras: Extras) -> list[CsvRow]:
    """A line's spans as rows for the annotation-set checks (documents are matched by their text).

    Its relations go into ``extras`` as links, its ``cats`` (or a text-classification ``label``
    list of names) as document labels.
    """
    need(record, dict, "a line", "an object")
    text = need(record.get("text"), str, "'text'", "text")
    meta = need(record.get("newsmark") or {}, dict, "'newsmark'", "an object")
    extras_of = need(meta.get("spans") or [], list, "newsmark.spans", "a list")
    unit = meta.get("offsets", UTF16)
    if unit not in (UTF16, CODE_POINTS):
        raise JsonValueError(f"offsets must be {UTF16!r} or {CODE_POINTS!r}, not {unit!r}"[:120])
    digest = sha256_text(text)
    labels = need(record.get("label", []), list, "'label'", "a list")
    names = []
    if "entities" in record:
        spans = [_entity(e, i) for i, e in enumerate(need(record["entities"], list, "'entities'", "a list"))]
    elif all(isinstance(label, str) for label in labels) and labels:
        spans, names = [], [(DEFAULT_CATEGORY, label) for label in labels]  # doccano's text-classification layout
    else:
        spans = [_label(label, i) for i, label in enumerate(labels)]
    units = Utf16Map(text) if unit == UTF16 and spans else None
    rows, by_id = [], {}
    for i, (entity_id, start, end, tag) in enumerate(spans):
        if units is not None:
            start, end = _code_points(units, start), _code_points(units, end)
        extra = need(extras_of[i] if i < len(extras_of) else {}, dict, f"newsmark.spans {i + 1}", "an object")
        inside = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        cells = {
            "document_sha256": digest, "tag": tag, "start": str(start), "end": str(end),
            "text": text[start:end] if inside else None,
            **{key: text_of(extra, key, f"newsmark.spans {i + 1}'s {key}") for key in _EXTRA_TEXT},
        }
        attributes = need(extra.get("attributes") or {}, dict, f"newsmark.spans {i + 1}'s attributes", "an object")
        cells |= {ATTRIBUTE_PREFIX + k: scalar_cell(v, f"attribute {k!r}") for k, v in attributes.items()}
        rows.append(CsvRow(number, cells))
        if entity_id is not None:
            by_id[entity_id] = rows[-1]
    extras.links += _links(record, meta, number, digest, by_id)
    extras.labels += _labels(record, meta, number, digest, names)
    extras.marks += read_meta_marks(meta.get("done"), number, digest, need, text_of)
    return rows


def _label(label, i: int) -> tuple[None, object, object, str]:
    """A sequence-labelling ``[start, end, tag]``."""
    what = f"label {i + 1}"
    if not isinstance(label, list) or len(label) != 3:
        raise JsonValueError(f"{what} must be a list [start, end, tag], not {kind(label)}"
                             + (f" of {len(label)} items" if isinstance(label, list) else ""))
    start, end = (need(v, int, f"{what}'s {n}", "a whole number") for v, n in zip(label, ("start", "end")))
    return None, start, end, need(label[2], str, f"{what}'s tag", "text")


def _entity(entity, i: int) -> tuple[object, int, int, str]:
    """A relation-extraction entity ``{"id", "label", "start_offset", "end_offset"}``."""
    what = f"entity {i + 1}"
    need(entity, dict, what, "an object")
    start, end = (need(entity.get(k), int, f"{what}'s {k}", "a whole number") for k in ("start_offset", "end_offset"))
    entity_id = need(entity.get("id"), (int, str), f"{what}'s id", "a number or text")
    return entity_id, start, end, need(entity.get("label"), str, f"{what}'s label", "text")


def _links(record: dict, meta: dict, number: int, digest: str, by_id: dict) -> list[LinkRow]:
    """The line's ``relations`` as links between its entities."""
    relations = need(record.get("relations") or [], list, "'relations'", "a list")
    extras_of = need(meta.get("links") or [], list, "newsmark.links", "a list")
    links = []
    for i, relation in enumerate(relations):
        what = f"relation {i + 1}"
        need(relation, dict, what, "an object")
        ends = [need(relation.get(k), (int, str), f"{what}'s {k}", "an entity id") for k in ("from_id", "to_id")]
        missing = [e for e in ends if e not in by_id]
        if missing:
            raise JsonValueError(f"{what} names entity {missing[0]!r}, which the line does not have")
        extra = need(extras_of[i] if i < len(extras_of) else {}, dict, f"newsmark.links {i + 1}", "an object")
        links.append(LinkRow(
            number, digest, need(relation.get("type"), str, f"{what}'s type", "text"), by_id[ends[0]], by_id[ends[1]],
            *(text_of(extra, k, f"newsmark.links {i + 1}'s {k}") for k in ("note", "annotator", "created_at", "updated_at")),
            where=f"{what}: ",
        ))
    return links


def _labels(record: dict, meta: dict, number: int, digest: str, names: list) -> list[LabelRow]:
    """The line's ``cats`` ("category:value", or a value of the category "label") as document labels."""
    for cat in need(record.get("cats") or [], list, "'cats'", "a list of text"):
        category, mark, value = need(cat, str, "an item of 'cats'", "text").partition(CATEGORY_MARK)
        names.append((category, value) if mark else (DEFAULT_CATEGORY, category))
    extras_of = need(meta.get("labels") or [], list, "newsmark.labels", "a list")
    labels = []
    for i, (category, value) in enumerate(names):
        extra = need(extras_of[i] if i < len(extras_of) else {}, dict, f"newsmark.labels {i + 1}", "an object")
        labels.append(LabelRow(number, digest, category, value, text_of(extra, "annotator", "newsmark.labels' annotator"),
                               text_of(extra, "created_at", "newsmark.labels' created_at")))
    return labels
