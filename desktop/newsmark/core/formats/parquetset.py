"""Parquet training sets: one row per document, for ``datasets``, DuckDB, Spark or Ray to read directly.

Each row holds the document (id, title, text, sha256, status), its part of the training split
(``split``: train, dev, test, or null when the project was not split or the document came after
the split), every span (start, end in code points, tag, text, annotator, note, and its attribute
values as a JSON object in a string, as their types differ from tag to tag), its links (spans
named by id), its document labels, and the token/IOB2 view that the CoNLL export writes:
``tokens``, ``token_starts``, ``token_ends`` (code points) and ``iob_tags``. IOB2 holds no
overlapping span and none off the token boundaries: such spans stay in ``spans`` and are only
missing from ``iob_tags`` (CoNLL's rule, see ``conllset``). Written in row groups of
``ROW_GROUP`` documents, so memory does not grow with the corpus.

pyarrow is an optional dependency (``pip install 'newsmark[parquet]'``), imported only here.
"""

from __future__ import annotations

import os

from newsmark.core.atomicfile import atomic_binary_file
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.conllset import iob_view
from newsmark.core.formats.exporting import (
    category_names, document_labels, document_links, documents_with_spans, link_types_by_id, tag_names,
)
from newsmark.core.formats.exportreport import ExportReport

ROW_GROUP = 1000
MAGIC = b"PAR1"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise NewsmarkError("the parquet format needs pyarrow: pip install 'newsmark[parquet]'") from None
    return pyarrow, pyarrow.parquet


def schema(pa):
    """The table's columns and types."""
    span = pa.struct([
        ("id", pa.int64()), ("start", pa.int64()), ("end", pa.int64()), ("tag", pa.string()), ("text", pa.string()),
        ("annotator", pa.string()), ("note", pa.string()), ("attributes", pa.string()),
    ])
    link = pa.struct([
        ("id", pa.int64()), ("type", pa.string()), ("source_id", pa.int64()), ("target_id", pa.int64()),
        ("annotator", pa.string()), ("note", pa.string()),
    ])
    label = pa.struct([("category", pa.string()), ("value", pa.string()), ("annotator", pa.string())])
    return pa.schema([
        ("id", pa.int64()), ("title", pa.string()), ("text", pa.string()), ("sha256", pa.string()),
        ("status", pa.string()), ("split", pa.string()),
        ("spans", pa.list_(span)), ("links", pa.list_(link)), ("labels", pa.list_(label)),
        ("tokens", pa.list_(pa.string())), ("token_starts", pa.list_(pa.int64())), ("token_ends", pa.list_(pa.int64())),
        ("iob_tags", pa.list_(pa.string())),
    ])


def rows(project, report: ExportReport):
    """Each document's row as a dict, in the order the documents were added; ``report`` counts what went in."""
    tags = tag_names(project)
    types = link_types_by_id(project)
    categories = category_names(project)
    parts = project.split_parts()
    for doc, spans in documents_with_spans(project):
        tokens, iob = iob_view(doc, spans, tags, ExportReport())  # every span is in "spans" whatever IOB2 holds
        links = document_links(project, doc.id, {s.id for s in spans})
        labels = document_labels(project, doc.id, categories)
        report.spans += len(spans)
        report.links += len(links)
        report.labels += len(labels)
        yield {
            "id": doc.id, "title": doc.title, "text": doc.text, "sha256": doc.sha256, "status": doc.status,
            "split": parts.get(doc.id),
            "spans": [
                {"id": s.id, "start": s.start, "end": s.end, "tag": tags[s.tag_id], "text": doc.text[s.start:s.end],
                 "annotator": s.annotator, "note": s.note, "attributes": s.attributes}
                for s in spans
            ],
            "links": [
                {"id": k.id, "type": types[k.type_id].name, "source_id": k.source_id, "target_id": k.target_id,
                 "annotator": k.annotator, "note": k.note}
                for k in links
            ],
            "labels": [{"category": categories[d.category_id], "value": d.value, "annotator": d.annotator} for d in labels],
            "tokens": [doc.text[t.start:t.end] for t in tokens],
            "token_starts": [t.start for t in tokens],
            "token_ends": [t.end for t in tokens],
            "iob_tags": iob,
        }


def export_parquet_file(project, path: str | os.PathLike) -> ExportReport:
    """Write the Parquet file to ``path`` atomically; returns what went in."""
    pa, pq = _pyarrow()
    report = ExportReport()
    table_schema = schema(pa)
    with atomic_binary_file(path) as out:
        with pq.ParquetWriter(out, table_schema, compression="zstd") as writer:
            batch: list[dict] = []
            for row in rows(project, report):
                batch.append(row)
                if len(batch) == ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
                    batch = []
            if batch:  # with none at all, the file still has every column
                writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
    return report
