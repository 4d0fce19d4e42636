"""Label Studio task lists: one task per document, its spans as ``labels`` regions of one annotation.

Label Studio counts region offsets in code points since its fix for emoji (label-studio #1559),
as we do. A region's note goes in its ``meta.text`` (Label Studio's own place for region notes);
annotator, times and attribute values ride along in ``meta.newsmark``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.formats.exporting import documents_with_spans, tag_names
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan, load_rows
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.jsonvalues import JsonValueError, kind, need, parse_json, scalar_cell, text_of
from newsmark.core.model import sha256_text

FROM_NAME, TO_NAME = "label", "text"  # the <Labels name="label" toName="text"/> of a labelling config


def tasks(project) -> list[dict]:
    """The project as a Label Studio task list."""
    names = tag_names(project)
    result = []
    for doc, spans in documents_with_spans(project):
        regions = []
        for span in spans:
            meta = {"newsmark": {"annotator": span.annotator, "created_at": span.created_at,
                                 "updated_at": span.updated_at, "attributes": span_values(span.attributes)}}
            if span.note:
                meta["text"] = [span.note]
            regions.append({
                "id": f"s{span.id}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels", "origin": "manual",
                "value": {"start": span.start, "end": span.end, "text": doc.text[span.start:span.end],
                          "labels": [names[span.tag_id]]},
                "meta": meta,
            })
        result.append({
            "id": doc.id,
            "data": {"text": doc.text, "title": doc.title, "sha256": doc.sha256, "source_path": doc.source_path},
            "annotations": [{"result": regions}] if regions else [],
        })
    return result


def labelling_config(project) -> str:
    """A Label Studio labelling config whose labels are the project's tags."""
    labels = "".join(f'<Label value="{t.name}" background="{t.color}"/>' for t in project.tags())
    return f'<View><Labels name="{FROM_NAME}" toName="{TO_NAME}">{labels}</Labels><Text name="{TO_NAME}" value="$text"/></View>'


def write_labelstudio(project, out: TextIO) -> int:
    """Write the task list as JSON to ``out``; returns the span count."""
    data = tasks(project)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return sum(len(a["result"]) for t in data for a in t["annotations"])


def export_labelstudio_file(project, path: str | os.PathLike) -> int:
    """Write the task list to ``path`` atomically; returns the span count."""
    with atomic_text_file(path, newline="\n") as out:
        return write_labelstudio(project, out)


def load_labelstudio_file(project, path: str | os.PathLike) -> LoadPlan:
    """Check every ``labels`` region of every task, then add all of them or none."""
    path = Path(path)
    try:
        data = parse_json(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise NewsmarkError(f"{path.name} is not UTF-8 text") from None
    except IsADirectoryError:
        raise NewsmarkError(f"{path.name} is a folder, not a Label Studio task list") from None
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    except JsonValueError as e:
        raise NewsmarkError(f"{path.name} is not a Label Studio task list: {e}") from None
    if not isinstance(data, list):
        raise NewsmarkError(f"{path.name} is not a Label Studio task list: expected a list of tasks, not {kind(data)}")
    rows, problems = [], []
    for number, task in enumerate(data, 1):
        try:
            rows += _rows(task, number)
        except JsonValueError as e:
            problems.append((number, f"task {number} is not a text task with labels: {e}"))
    if not data:
        raise NewsmarkError(f"{path.name} is an empty task list")
    return load_rows(project, path.name, rows, problems)


def _rows(task, number: int) -> list[CsvRow]:
    """A task's ``labels`` regions as rows, one per label, every value checked for its JSON type."""
    need(task, dict, "a task", "an object")
    text = need(need(task.get("data"), dict, "data", "an object").get("text"), str, "data.text", "text")
    digest = sha256_text(text)
    rows = []
    for annotation in need(task.get("annotations") or [], list, "annotations", "a list"):
        for region in need(need(annotation, dict, "an annotation", "an object").get("result") or [], list, "result", "a list"):
            if need(region, dict, "a region", "an object").get("type") != "labels":
                continue  # choices, ratings and the like are not spans
            value = need(region.get("value"), dict, "a region's value", "an object")
            meta = need(region.get("meta") or {}, dict, "a region's meta", "an object")
            extra = need(meta.get("newsmark") or {}, dict, "meta.newsmark", "an object")
            notes = [need(n, str, "a note in meta.text", "text") for n in need(meta.get("text") or [], list, "meta.text", "a list")]
            start, end = (need(value.get(k), int, f"value.{k}", "a whole number") for k in ("start", "end"))
            shown = value.get("text")
            cells = {
                "document_sha256": digest, "start": str(start), "end": str(end),
                "text": None if shown is None else need(shown, str, "value.text", "text"),
                "note": "\n".join(notes),
                **{key: text_of(extra, key, f"meta.newsmark.{key}") for key in ("annotator", "created_at", "updated_at")},
            }
            attributes = need(extra.get("attributes") or {}, dict, "meta.newsmark.attributes", "an object")
            cells |= {ATTRIBUTE_PREFIX + k: scalar_cell(v, f"attribute {k!r}") for k, v in attributes.items()}
            labels = need(value.get("labels"), list, "value.labels", "a list of tag names")
            if not labels:
                raise JsonValueError("value.labels is an empty list")
            for label in labels:
                rows.append(CsvRow(number, cells | {"tag": need(label, str, "a label in value.labels", "text")}))
    return rows
