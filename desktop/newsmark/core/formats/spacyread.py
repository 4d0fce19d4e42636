"""Loading a spaCy DocBin (``.spacy``) back: its entities and span groups become spans, its ``cats`` document labels.

A ``Doc`` belongs to the project document whose text is ``doc.text`` exactly (matched by hash), and
its spans' character offsets are code points, as ours are. Every span of every span group
(``doc.spans[...]``) and every entity (``doc.ents``) becomes a span of its label, once even when
it is in several of them. A ``cats`` key with a score of 0.5 or more is a document label,
"category:value" (a key without ":" is a value of the category "label"). The links our export
keeps in ``doc.user_data["newsmark"]`` come back too, between the spans of ``doc.spans["newsmark"]``.

spaCy is optional and imported only here, only when a DocBin is loaded.
"""

from __future__ import annotations

import os
import zlib
from numbers import Real
from pathlib import Path

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.annotationset import CsvRow, LoadPlan
from newsmark.core.formats.linkload import DEFAULT_CATEGORY, Extras, LabelRow, LinkRow, load_set
from newsmark.core.formats.spacyset import SPAN_KEY
from newsmark.core.model import sha256_text

MAX_BYTES = 64 * 2**20  # the file
MAX_UNPACKED = 512 * 2**20  # what it inflates to: a small file can inflate to gigabytes
NEEDS_SPACY = "the spacy format needs spaCy: pip install 'newsmark[spacy]'"


def load_spacy_file(project, path: str | os.PathLike) -> LoadPlan:
    """Check every span and label of every Doc against the project, then add all of them or none."""
    path = Path(path)
    data = _read(path)
    try:
        from spacy.tokens import DocBin
        from spacy.vocab import Vocab
    except ImportError:
        raise NewsmarkError(NEEDS_SPACY) from None
    try:  # the bytes come from anywhere: whatever spaCy raises on them means they are no DocBin
        docs = list(DocBin(store_user_data=True).from_bytes(data).get_docs(Vocab()))
    except Exception as e:  # noqa: BLE001 (spaCy, srsly, msgpack and numpy raise many kinds)
        first = (str(e).splitlines() or [type(e).__name__])[0][:80]
        raise NewsmarkError(f"{path.name} is not a spaCy DocBin: {first}") from None
    rows, extras = [], Extras()
    for number, doc in enumerate(docs, 1):
        rows += _rows(doc, number, extras)
    return load_set(project, path.name, rows, [], extras, unit="doc")


def _read(path: Path) -> bytes:
    """The file's bytes, refused in one line when it is a folder, too large, or inflates too far."""
    try:
        if path.is_dir():
            raise NewsmarkError(f"{path.name} is a folder, not a spaCy DocBin")
        if path.stat().st_size > MAX_BYTES:
            raise NewsmarkError(f"{path.name} is larger than the {MAX_BYTES // 2**20} MB Newsmark loads as a DocBin")
        data = path.read_bytes()
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    inflate = zlib.decompressobj()
    try:
        inflate.decompress(data, MAX_UNPACKED)
    except zlib.error:
        raise NewsmarkError(f"{path.name} is not a spaCy DocBin (not zlib data)") from None
    if inflate.unconsumed_tail:
        raise NewsmarkError(f"{path.name} inflates past {MAX_UNPACKED // 2**20} MB; Newsmark does not load such a DocBin")
    return data


def _rows(doc, number: int, extras: Extras) -> list[CsvRow]:
    """A Doc's spans as rows for the annotation-set checks; its labels and links go into ``extras``."""
    text, digest = doc.text, sha256_text(doc.text)
    ours = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    others = [s for key in doc.spans if key != SPAN_KEY for s in doc.spans[key]]
    by_key: dict[tuple[int, int, str], CsvRow] = {}
    for span in (*ours, *others, *doc.ents):
        key = (span.start_char, span.end_char, span.label_)
        if key not in by_key:
            by_key[key] = CsvRow(number, {
                "document_sha256": digest, "tag": span.label_, "start": str(key[0]), "end": str(key[1]),
                "text": text[key[0]:key[1]],
            })
    for name, score in doc.cats.items():
        if isinstance(score, Real) and not isinstance(score, bool) and score >= 0.5:
            category, mark, value = str(name).partition(":")
            extras.labels.append(LabelRow(number, digest, *((category, value) if mark else (DEFAULT_CATEGORY, category))))
    meta = doc.user_data.get(SPAN_KEY)
    if isinstance(meta, dict):
        _links(meta, ours, by_key, number, digest, extras)
    return list(by_key.values())


def _links(meta: dict, ours: list, by_key: dict, number: int, digest: str, extras: Extras) -> None:
    """The links our export kept in ``user_data``, between spans of ``doc.spans["newsmark"]`` (by the ids it listed)."""
    ids, links = meta.get("span_ids"), meta.get("links")
    # msgpack gives lists back as tuples
    if not isinstance(ids, (list, tuple)) or not isinstance(links, (list, tuple)) or len(ids) != len(ours):
        return  # not as our export writes it: the spans still load, the links cannot be placed
    rows = {i: by_key[(s.start_char, s.end_char, s.label_)] for i, s in zip(ids, ours)}
    for link in links:
        if not isinstance(link, dict):
            continue
        ends = [rows.get(link.get(k)) for k in ("source_id", "target_id")]
        kind = link.get("type")
        if None in ends or not isinstance(kind, str):
            extras.not_held.append(f"doc {number}: a link that names no span of the doc: {str(link)[:60]}")
            continue
        text = {k: v if isinstance(v := link.get(k), str) else "" for k in ("note", "annotator", "created_at")}
        extras.links.append(LinkRow(number, digest, kind, ends[0], ends[1], text["note"], text["annotator"], text["created_at"]))
