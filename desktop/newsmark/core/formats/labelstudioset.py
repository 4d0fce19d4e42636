"""Label Studio task lists: one task per document, its spans as ``labels`` regions of one annotation.

Label Studio counts region offsets in code points since its fix for emoji (label-studio #1559),
as we do. A region's note goes in its ``meta.text`` (Label Studio's own place for region notes);
annotator, times and attribute values ride along in ``meta.newsmark``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan, load_rows
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import sha256_text

FROM_NAME, TO_NAME = "label", "text"  # the <Labels name="label" toName="text"/> of a labelling config


def tasks(project) -> list[dict]:
    """The project as a Label Studio task list."""
    names = {t.id: t.name for t in project.tags()}
    result = []
    for info in project.documents():
        doc = project.document(info.id)
        regions = []
        for span in project.spans(doc.id):
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


def export_labelstudio_file(project, path: str | os.PathLike) -> int:
    """Write the task list to ``path`` atomically; returns the span count."""
    data = tasks(project)
    with atomic_text_file(path, newline="\n") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return sum(len(a["result"]) for t in data for a in t["annotations"])


def load_labelstudio_file(project, path: str | os.PathLike) -> LoadPlan:
    """Check every ``labels`` region of every task, then add all of them or none."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise NewsmarkError(f"{path.name} is not a Label Studio task list (JSON): {e}") from None
    if not isinstance(data, list):
        raise NewsmarkError(f"{path.name} is not a Label Studio task list: expected a list of tasks")
    rows, problems = [], []
    for number, task in enumerate(data, 1):
        try:
            rows += _rows(task, number)
        except (TypeError, KeyError, AttributeError, ValueError) as e:
            problems.append((number, f"task {number} is not a text task with labels ({e})"))
    return load_rows(project, path.name, rows, problems)


def _rows(task: dict, number: int) -> list[CsvRow]:
    text = task["data"]["text"]
    if not isinstance(text, str):
        raise ValueError("data.text must be a string")
    rows = []
    for annotation in task.get("annotations", []) or []:
        for region in annotation.get("result", []):
            if region.get("type") != "labels":
                continue  # choices, ratings and the like are not spans
            value, meta = region["value"], region.get("meta") or {}
            extra = meta.get("newsmark") or {}
            notes = meta.get("text") or []
            for label in value["labels"]:
                cells = {
                    "document_sha256": sha256_text(text), "tag": str(label),
                    "start": str(value["start"]), "end": str(value["end"]), "text": value.get("text"),
                    "note": "\n".join(notes), "annotator": extra.get("annotator", ""),
                    "created_at": extra.get("created_at", ""), "updated_at": extra.get("updated_at", ""),
                }
                cells |= {ATTRIBUTE_PREFIX + k: str(v) for k, v in (extra.get("attributes") or {}).items()}
                rows.append(CsvRow(number, cells))
    return rows
