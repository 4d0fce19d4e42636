"""Label Studio task lists: one task per document, its spans as ``labels`` regions of one annotation.

Label Studio counts region offsets in code points since its fix for emoji (label-studio #1559),
as we do. A region's note goes in its ``meta.text`` (Label Studio's own place for region notes);
annotator, times and attribute values ride along in ``meta.newsmark``. Links are ``relation``
results (``from_id``/``to_id`` the span regions, ``labels`` the link type, ``direction`` "bi" for a
symmetric type), document labels one ``choices`` result per category (``from_name`` the category);
their note, annotator and times ride in ``meta.newsmark`` too. The task's own ``meta.newsmark.done``
lists who marked the document done (annotator, marked_at).
"""

from __future__ import annotations

import json
import os
from xml.sax.saxutils import quoteattr
from pathlib import Path
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import span_values
from newsmark.core.formats.exporting import (
    category_names, document_labels, document_links, documents_with_spans, link_types_by_id, tag_names,
)
from newsmark.core.formats.csvset import ATTRIBUTE_PREFIX, CsvRow, LoadPlan
from newsmark.core.formats.donemarkset import marks_of, meta_marks, read_meta_marks
from newsmark.core.formats.linkload import Extras, LabelRow, LinkRow, load_set
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.jsonvalues import JsonValueError, kind, need, parse_json, scalar_cell, text_of
from newsmark.core.model import sha256_text

FROM_NAME, TO_NAME = "label", "text"  # the <Labels name="label" toName="text"/> of a labelling config


def tasks(project) -> list[dict]:
    """The project as a Label Studio task list."""
    names = tag_names(project)
    types = link_types_by_id(project)
    categories = category_names(project)
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
        for link in document_links(project, doc.id, {s.id for s in spans}):
            link_type = types[link.type_id]
            regions.append({
                "from_id": f"s{link.source_id}", "to_id": f"s{link.target_id}", "type": "relation",
                "direction": "bi" if link_type.symmetric else "right", "labels": [link_type.name],
                "meta": {"newsmark": {"note": link.note, "annotator": link.annotator, "created_at": link.created_at,
                                      "updated_at": link.updated_at}},
            })
        labels: dict[int, list] = {}
        for label in document_labels(project, doc.id, categories):
            labels.setdefault(label.category_id, []).append(label)
        for category_id, given in labels.items():
            regions.append({
                "id": f"c{category_id}", "from_name": categories[category_id], "to_name": TO_NAME, "type": "choices",
                # Label Studio's choices are the distinct values chosen; who chose which is in meta, one row per analyst.
                "value": {"choices": list(dict.fromkeys(d.value for d in given))},
                "meta": {"newsmark": [{"value": d.value, "annotator": d.annotator, "created_at": d.created_at} for d in given]},
            })
        task = {
            "id": doc.id,
            "data": {"text": doc.text, "title": doc.title, "sha256": doc.sha256, "source_path": doc.source_path},
            "annotations": [{"result": regions}] if regions else [],
        }
        if marks := marks_of(project, doc.id):  # the task's own meta: who finished the document
            task["meta"] = {"newsmark": {"done": meta_marks(marks)}}
        result.append(task)
    return result


def labelling_config(project) -> str:
    """A Label Studio labelling config: the tags as labels, the link types as relations, each category as choices."""
    labels = "".join(f'<Label value={quoteattr(t.name)} background={quoteattr(t.color)}/>' for t in project.tags())
    relations = "".join(f"<Relation value={quoteattr(t.name)}/>" for t in project.link_types())
    choices = "".join(
        f'<Choices name={quoteattr(c.name)} toName="{TO_NAME}" choice="{"multiple" if c.multiple else "single"}">'
        + "".join(f"<Choice value={quoteattr(v)}/>" for v in c.choices) + "</Choices>"
        for c in project.categories()
    )
    return (
        f'<View><Labels name="{FROM_NAME}" toName="{TO_NAME}">{labels}</Labels>'
        + (f"<Relations>{relations}</Relations>" if relations else "")
        + f'<Text name="{TO_NAME}" value="$text"/>{choices}</View>'
    )


def write_labelstudio(project, out: TextIO, report=None) -> int:
    """Write the task list as JSON to ``out``; returns the span count (links and labels go into ``report``)."""
    data = tasks(project)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    # A task's results are its spans, its relations and its choices: only the first are spans.
    results = [r for t in data for a in t["annotations"] for r in a["result"]]
    if report is not None:
        report.links = sum(r["type"] == "relation" for r in results)
        report.labels = sum(len(r["value"]["choices"]) for r in results if r["type"] == "choices")
        report.marks = sum(len(t["meta"]["newsmark"]["done"]) for t in data if "meta" in t)
    return sum(r["type"] == "labels" for r in results)


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
    rows, problems, extras = [], [], Extras()
    for number, task in enumerate(data, 1):
        try:
            rows += _rows(task, number, extras)
        except JsonValueError as e:
            problems.append((number, f"task {number} is not a text task with labels: {e}"))
    if not data:
        raise NewsmarkError(f"{path.name} is an empty task list")
    return load_set(project, path.name, rows, problems, extras)


def _rows(task, number: int, extras: Extras) -> list[CsvRow]:
    """A task's ``labels`` regions as rows, one per label, every value checked for its JSON type.

    Its ``relation`` results go into ``extras`` as links, its ``choices`` as document labels.
    """
    need(task, dict, "a task", "an object")
    text = need(need(task.get("data"), dict, "data", "an object").get("text"), str, "data.text", "text")
    digest = sha256_text(text)
    rows, links, labels = [], [], []
    for annotation in need(task.get("annotations") or [], list, "annotations", "a list"):
        regions: dict[str, CsvRow] = {}
        relations = []
        for region in need(need(annotation, dict, "an annotation", "an object").get("result") or [], list, "result", "a list"):
            what = need(region, dict, "a region", "an object").get("type")
            if what == "relation":
                relations.append(region)
            elif what == "choices":
                labels += _labels(region, number, digest)
            elif what == "labels":
                found = _region_rows(region, number, digest)
                rows += found
                if isinstance(region.get("id"), str) and found:
                    regions[region["id"]] = found[0]
            # ratings, text areas and the like are neither spans nor labels
        for region in relations:
            links.append(_link(region, number, digest, regions, extras))
    extras.links += links
    extras.labels += labels
    meta = need(need(task.get("meta") or {}, dict, "a task's meta", "an object").get("newsmark") or {},
                dict, "a task's meta.newsmark", "an object")
    extras.marks += read_meta_marks(meta.get("done"), number, digest, need, text_of, where=f"task {number}: ")
    return rows


def _region_rows(region: dict, number: int, digest: str) -> list[CsvRow]:
    """A ``labels`` region as rows, one per label."""
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
    return [CsvRow(number, cells | {"tag": need(label, str, "a label in value.labels", "text")}) for label in labels]


def _link(region: dict, number: int, digest: str, regions: dict[str, CsvRow], extras: Extras) -> LinkRow:
    """A ``relation`` result as a link between two ``labels`` regions of the same annotation."""
    ends = [need(region.get(k), str, k, "a region id") for k in ("from_id", "to_id")]
    missing = [e for e in ends if e not in regions]
    if missing:
        raise JsonValueError(f"a relation names region {missing[0]!r}, which is not a labels region of its annotation")
    labels = need(region.get("labels"), list, "a relation's labels", "a list of link types")
    if len(labels) != 1:
        raise JsonValueError(f"a relation must have one label (its link type), not {len(labels)}")
    link_type = need(labels[0], str, "a relation's label", "text")
    direction = region.get("direction", "right")
    if direction not in ("right", "left", "bi"):
        raise JsonValueError(f"a relation's direction must be right, left or bi, not {kind(direction)}")
    if direction == "left":
        ends.reverse()
    elif direction == "bi":
        extras.symmetric.add(link_type)
    extra = need(need(region.get("meta") or {}, dict, "a relation's meta", "an object").get("newsmark") or {},
                 dict, "a relation's meta.newsmark", "an object")
    return LinkRow(
        number, digest, link_type, regions[ends[0]], regions[ends[1]],
        *(text_of(extra, key, f"a relation's meta.newsmark.{key}") for key in ("note", "annotator", "created_at", "updated_at")),
        where=f"task {number}: ",
    )


def _labels(region: dict, number: int, digest: str) -> list[LabelRow]:
    """A ``choices`` result as document labels: its ``from_name`` is the category."""
    category = need(region.get("from_name"), str, "a choices result's from_name", "text")
    value = need(region.get("value"), dict, "a choices result's value", "an object")
    choices = [need(c, str, "a choice", "text") for c in need(value.get("choices"), list, "value.choices", "a list")]
    meta = need(region.get("meta") or {}, dict, "a choices result's meta", "an object").get("newsmark") or []
    extras = [need(m, dict, "meta.newsmark of choices", "a list of objects") for m in need(meta, list, "meta.newsmark", "a list")]
    if extras and all("value" in m for m in extras):  # one row per analyst, each naming its value (choices are distinct)
        return [
            LabelRow(number, digest, category, text_of(m, "value", "meta.newsmark.value"),
                     *(text_of(m, key, f"meta.newsmark.{key}") for key in ("annotator", "created_at")), where=f"task {number}: ")
            for m in extras
        ]
    return [  # Label Studio's own, or an older export's choices listed once per analyst
        LabelRow(number, digest, category, choice,
                 *(text_of(extras[i], key, f"meta.newsmark.{key}") if i < len(extras) else "" for key in ("annotator", "created_at")),
                 where=f"task {number}: ")
        for i, choice in enumerate(choices)
    ]
