"""Every annotation-set format Newsmark writes and reads, one entry each; the CLI and the window go through here.

An entry names the format, its suffixes, how to recognise it from its first bytes, how to write it
(to a file or folder, and to a stream where it can) and how to read it (``None`` for parquet, which
is written only). ``export`` and ``load`` are the only ways in: ``export`` refuses
unsafe targets (``safetarget``) before anything is written, ``load`` refuses the project's own files
before anything is read, and tells a set's format by its content first, its suffix second.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import (
    bratset,
    conllread,
    conllset,
    csvlinks,
    datacard,
    csvset,
    jsonlset,
    labelstudioset,
    parquetset,
    safetarget,
    sniffing,
    spacyread,
    spacyset,
    xlsxlimits,
    xlsxset,
)
from newsmark.core.formats.annotationset import LoadPlan
from newsmark.core.formats.exportreport import ExportReport

DEFAULT_LANGUAGE = spacyset.DEFAULT_LANGUAGE


class UnknownFormatError(NewsmarkError):
    """The format of an annotation set cannot be told from its content or its name."""


@dataclass(frozen=True)
class Options:
    """What an export may be asked beyond the format: exact CSV text, spaCy's tokenizer language."""

    plain: bool = False
    language: str = DEFAULT_LANGUAGE
    links: Path | None = None  # csv: where the links go (default NAME.links.csv beside the export)


@dataclass(frozen=True)
class Format:
    """One format: its name, how it looks, and how it is written and read."""

    name: str
    description: str  # for dialogs and help
    suffixes: tuple[str, ...]  # the first is what an export gets; none: the format is a folder
    sniff: Callable[[bytes], bool]  # given the file's first bytes (at most sniffing.PREFIX_BYTES)
    write: Callable[[object, Path, Options, Callable[[Path], None]], ExportReport]
    stream: Callable[[object, TextIO, Options], ExportReport] | None = None  # to stdout; None: needs a path
    read: Callable[..., LoadPlan] | None = None  # (project, path, plain=, check=); None: written for training only
    needs_path: str = ""  # why it cannot go to stdout

    @property
    def folder(self) -> bool:
        """Whether the format is a folder of files (brat)."""
        return not self.suffixes

    @property
    def loadable(self) -> bool:
        """Whether ``load`` reads it."""
        return self.read is not None


def _counted(write: Callable[..., int]) -> Callable[..., ExportReport]:
    return lambda *args, **kwargs: ExportReport(write(*args, **kwargs))


def _text_file(stream: Callable[[object, TextIO, Options], ExportReport]):
    """A file writer from a stream writer: the whole file replaces the target at once, or nothing does."""
    def write(project, path: Path, options: Options, _check) -> ExportReport:
        from newsmark.core.atomicfile import atomic_text_file

        with atomic_text_file(path, newline="") as out:
            return stream(project, out, options)
    return write


_csv_stream = lambda project, out, o: ExportReport(csvset.write_project_csv(project, out, plain=o.plain))
def _filled(write: Callable[..., int]) -> Callable[[object, TextIO, Options], ExportReport]:
    """A stream writer whose report counts the links and labels it wrote as well as the spans."""
    def stream(project, out: TextIO, _options: Options) -> ExportReport:
        report = ExportReport()
        report.spans = write(project, out, report)
        return report
    return stream


_jsonl_stream = _filled(jsonlset.write_jsonl)
_ls_stream = _filled(labelstudioset.write_labelstudio)
_conll_stream = lambda project, out, o: conllset.write_conll(project, out)

_ENTRIES = (
    Format(
        "csv", "CSV (spreadsheets; one row per span)", (".csv",), sniffing.looks_like_csv,
        csvlinks.export_csv_set, _csv_stream,
        read=lambda project, path, plain, check, links=None: csvlinks.load_csv_file(
            project, path, plain=plain, links=links, check=check
        ),
    ),
    Format(
        "xlsx", "Excel workbook (typed cells; sheets for spans, links, labels, documents, tags)", (".xlsx",), xlsxlimits.looks_like_xlsx,
        lambda project, path, o, check: xlsxset.export_xlsx_file(project, path),
        read=lambda project, path, plain, check: xlsxset.load_xlsx_file(project, path),
        needs_path="xlsx writes a binary workbook: give a file with -o FILE.xlsx",
    ),
    Format(
        "jsonl", "JSONL (doccano; UTF-16 offsets)", (".jsonl",), sniffing.looks_like_jsonl,
        _text_file(_jsonl_stream), _jsonl_stream,
        read=lambda project, path, plain, check: jsonlset.load_jsonl_file(project, path),
    ),
    Format(
        "labelstudio", "Label Studio task list (JSON)", (".json",), sniffing.looks_like_labelstudio,
        _text_file(_ls_stream), _ls_stream,
        read=lambda project, path, plain, check: labelstudioset.load_labelstudio_file(project, path),
    ),
    Format(
        "brat", "brat standoff (a folder of .txt and .ann)", (), sniffing.looks_like_brat,
        lambda project, path, o, check: bratset.export_brat_folder(project, path, check),
        read=lambda project, path, plain, check: bratset.load_brat_folder(
            project, path.parent if path.suffix.lower() == ".ann" else path, check
        ),
        needs_path="brat writes a folder of files: give it with -o FOLDER",
    ),
    Format(
        "spacy", "spaCy DocBin (.spacy, for spacy train)", (".spacy",), sniffing.looks_like_spacy,
        lambda project, path, o, check: spacyset.export_spacy_file(project, path, o.language),
        read=lambda project, path, plain, check: spacyread.load_spacy_file(project, path),
        needs_path="spacy writes a binary DocBin: give a file with -o FILE.spacy",
    ),
    Format(
        "conll", "CoNLL (IOB2 token tags, for NER training)", (".conll",), sniffing.looks_like_conll,
        _text_file(_conll_stream), _conll_stream,
        read=lambda project, path, plain, check: conllread.load_conll_file(project, path),
    ),
    Format(
        "parquet", "Parquet (one row per document with spans, links, labels and IOB2 tokens; for datasets, DuckDB, Spark)",
        (".parquet",), lambda prefix: prefix.startswith(parquetset.MAGIC),
        lambda project, path, o, check: parquetset.export_parquet_file(project, path),
        needs_path="parquet writes a binary file: give a file with -o FILE.parquet",
    ),
)
FORMATS: dict[str, Format] = {f.name: f for f in _ENTRIES}
NAMES = tuple(FORMATS)
LOADABLE = tuple(f.name for f in _ENTRIES if f.loadable)
# A brat folder is chosen in a file dialog by one of its .ann files.
LOAD_PATTERNS = tuple(f"*{s}" for f in _ENTRIES if f.loadable for s in (f.suffixes or (".ann",)))


def get(name: str) -> Format:
    """The format called ``name``, or NewsmarkError listing the known ones."""
    if name not in FORMATS:
        raise NewsmarkError(f"unknown format {name!r}; use one of {', '.join(NAMES)}")
    return FORMATS[name]


def export(
    project, name: str, path: str | os.PathLike, *, plain: bool = False, language: str = DEFAULT_LANGUAGE,
    links: str | os.PathLike | None = None, card: bool = False, agreement: datacard.AgreementTable | None = None,
) -> ExportReport:
    """Write ``project`` (or a FilteredProject) to ``path`` in format ``name``, once the target is known to be safe.

    Only spacy and conll can leave spans out (the report lists them); the other formats hold every span.
    ``links`` (csv only) is where the links file goes instead of ``NAME.links.csv``. With ``card``, a
    data card (``datacard``) is written beside the export, its path last in the report's ``files``;
    ``agreement`` is its agreement table (default: ``datacard.agreement_for_card``).
    """
    fmt, path = get(name), Path(path)
    if links is not None and name != "csv":
        raise NewsmarkError(f"--links is for csv exports; {name} keeps its links in its own file(s)")
    project_path = project.path
    if fmt.folder:
        safetarget.check_export_folder(project_path, path)
    else:
        safetarget.check_export_target(project_path, path)
    if card:
        safetarget.check_export_target(project_path, datacard.card_path(path))
    options = Options(plain, language, None if links is None else Path(links))
    report = fmt.write(project, path, options, lambda p: safetarget.check_export_target(project_path, p))
    if card:
        filters = project.filters() if hasattr(project, "filters") else []
        if agreement is None:
            agreement = datacard.agreement_for_card(project)
        report.files.append(datacard.write_card(project, path, name, report, agreement=agreement, filters=filters))
    return report


def export_stream(project, name: str, out: TextIO, *, plain: bool = False, language: str = DEFAULT_LANGUAGE) -> ExportReport:
    """Write ``project`` in format ``name`` to an open text stream (stdout); formats that need a path refuse."""
    fmt = get(name)
    if fmt.stream is None:
        raise NewsmarkError(fmt.needs_path)
    fileno = getattr(out, "fileno", None)
    try:
        fd = fileno() if fileno is not None else None
    except (OSError, ValueError):
        fd = None
    if fd is not None:
        safetarget.check_export_stream(project.path, fd)
    return fmt.stream(project, out, Options(plain, language))


def detect(path: str | os.PathLike) -> Format:
    """The format of the set at ``path``: a folder is brat; a file by its first bytes, its suffix breaking ties."""
    path = Path(path)
    if path.is_dir():
        return FORMATS["brat"]
    try:
        with open(path, "rb") as f:
            prefix = f.read(sniffing.PREFIX_BYTES)
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    suffix = path.suffix.lower()
    by_suffix = [f for f in _ENTRIES if suffix in f.suffixes or (f.folder and suffix == ".ann")]
    found = [f for f in _ENTRIES if f.sniff(prefix)]
    if len(found) > 1:
        found = [f for f in found if f in by_suffix] or found
    if len(found) == 1:
        return found[0]
    if not found and by_suffix:
        return by_suffix[0]  # nothing recognised: that format's reader says what is wrong, row by row
    guesses = f"it could be {' or '.join(f.name for f in found)}" if found else "its content is none of them"
    raise UnknownFormatError(
        f"cannot tell which format {path.name} is in ({guesses}); give the format with --format "
        f"{{{','.join(LOADABLE)}}}, or name the file with its format's suffix ({', '.join(LOAD_PATTERNS)})"
    )


def load(
    project, path: str | os.PathLike, name: str | None = None, *, plain: bool | None = None,
    links: str | os.PathLike | None = None,
) -> LoadPlan:
    """Check and add every span, link and document label of an annotation set (all or none); returns the LoadPlan.

    ``name`` forces a format; ``None`` tells it from the content. ``plain`` and ``links`` are for CSV (see csvset).
    """
    path = Path(path)
    check = lambda p: safetarget.check_load_source(project.path, p)
    check(path)  # before anything opens it: reading the project's own files would drop its locks
    fmt = get(name) if name else detect(path)
    if not fmt.loadable:
        raise NewsmarkError(
            f"{path.name} is a {fmt.name} set, written for training only; load one of {', '.join(LOADABLE)}"
            if not name else f"{fmt.name} sets are written for training only; load one of {', '.join(LOADABLE)}"
        )
    if links is not None:
        if fmt.name != "csv":
            raise NewsmarkError(f"--links is for csv sets; {fmt.name} keeps its links in its own file(s)")
        check(Path(links))
        return fmt.read(project, path, plain, check, links=Path(links))
    return fmt.read(project, path, plain, check)
