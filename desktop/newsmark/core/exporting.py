"""Writing an annotation set in any format Newsmark exports: one entry point for the CLI and the window."""

from __future__ import annotations

import os

from newsmark.core import bratset, csvset, jsonlset, labelstudioset

FORMATS = ("csv", "jsonl", "labelstudio", "brat")
SUFFIXES = {"csv": ".csv", "jsonl": ".jsonl", "labelstudio": ".json", "brat": ""}  # brat: a folder
DESCRIPTIONS = {
    "csv": "CSV (spreadsheets; one row per span)",
    "jsonl": "JSONL (doccano; UTF-16 offsets)",
    "labelstudio": "Label Studio task list (JSON)",
    "brat": "brat standoff (a folder of .txt and .ann)",
}


def export_annotation_set(project, fmt: str, path: str | os.PathLike, *, plain: bool = False) -> int:
    """Write ``project`` (or a filtered view of it) to ``path`` in ``fmt``; returns the span count."""
    if fmt == "csv":
        return csvset.export_csv_file(project, path, plain=plain)
    if fmt == "jsonl":
        return jsonlset.export_jsonl_file(project, path)
    if fmt == "labelstudio":
        return labelstudioset.export_labelstudio_file(project, path)
    if fmt == "brat":
        return bratset.export_brat_folder(project, path)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
