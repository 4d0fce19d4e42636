"""Annotation sets in every format Newsmark reads and writes: one entry point each for the CLI and the window."""

from __future__ import annotations

import os
from pathlib import Path

from newsmark.core.formats import bratset, conllset, csvset, jsonlset, labelstudioset, spacyset
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exportreport import ExportReport

FORMATS = ("csv", "jsonl", "labelstudio", "brat", "spacy", "conll")
LOADABLE = ("csv", "jsonl", "labelstudio", "brat")  # spacy and conll are for training, written only
SUFFIXES = {
    "csv": ".csv", "jsonl": ".jsonl", "labelstudio": ".json", "brat": "",  # brat: a folder
    "spacy": ".spacy", "conll": ".conll",
}
DESCRIPTIONS = {
    "csv": "CSV (spreadsheets; one row per span)",
    "jsonl": "JSONL (doccano; UTF-16 offsets)",
    "labelstudio": "Label Studio task list (JSON)",
    "brat": "brat standoff (a folder of .txt and .ann)",
    "spacy": "spaCy DocBin (.spacy, for spacy train)",
    "conll": "CoNLL (IOB2 token tags, for NER training)",
}
DEFAULT_LANGUAGE = spacyset.DEFAULT_LANGUAGE


def export_annotation_set(
    project, fmt: str, path: str | os.PathLike, *, plain: bool = False, language: str = DEFAULT_LANGUAGE
) -> ExportReport:
    """Write ``project`` (or a filtered view of it) to ``path`` in ``fmt``; returns the span count and left-out spans.

    Only spacy (``language`` picks its tokenizer) and conll can leave spans out: the other
    formats hold every span.
    """
    if fmt == "csv":
        return ExportReport(csvset.export_csv_file(project, path, plain=plain))
    if fmt == "jsonl":
        return ExportReport(jsonlset.export_jsonl_file(project, path))
    if fmt == "labelstudio":
        return ExportReport(labelstudioset.export_labelstudio_file(project, path))
    if fmt == "brat":
        return ExportReport(bratset.export_brat_folder(project, path))
    if fmt == "spacy":
        return spacyset.export_spacy_file(project, path, language)
    if fmt == "conll":
        return conllset.export_conll_file(project, path)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def format_of(path: str | os.PathLike) -> str:
    """The format a file or folder is in, by its kind: a folder (or a ``.ann``) is brat, ``.json`` Label Studio."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir() or suffix == ".ann":
        return "brat"
    return {".json": "labelstudio", ".jsonl": "jsonl"}.get(suffix, "csv")


def load_annotation_set(project, path: str | os.PathLike, fmt: str | None = None, *, plain: bool | None = None):
    """Check and add every span of an annotation set (all or none); returns the LoadPlan."""
    path = Path(path)
    fmt = fmt or format_of(path)
    if fmt not in LOADABLE:
        raise NewsmarkError(f"{fmt} sets are written for training only; load one of {', '.join(LOADABLE)}")
    if fmt == "brat":
        return bratset.load_brat_folder(project, path.parent if path.suffix.lower() == ".ann" else path)
    if fmt == "labelstudio":
        return labelstudioset.load_labelstudio_file(project, path)
    if fmt == "jsonl":
        return jsonlset.load_jsonl_file(project, path)
    return csvset.load_csv_file(project, path, plain=plain)
