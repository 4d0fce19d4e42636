"""Telling an annotation set's format from its first bytes: each test reads a bounded prefix, never the whole file."""

from __future__ import annotations

import csv
import re
import zlib

PREFIX_BYTES = 64 * 1024  # enough for any header or first record's opening; a JSONL line can be far longer
_BRAT_LINE = re.compile(r"(T[0-9]+\t\S+ [0-9]+ [0-9]+|#[0-9]+\tAnnotatorNotes T[0-9]+\t|[RENAM][0-9]+\t\S+ |\*\t\S+ )")
# A token line: the token, perhaps more columns, and an O or B-/I-/E-/S-/L-/U- tag, by spaces or tabs.
_CONLL_LINE = re.compile(r"[^\s]+(?:[ \t]+[^\s]+)*[ \t]+(?:O|[BIESLU]-[^\s]+)[ \t]*")
_CONLL_LINES = 5  # the last line of a prefix may be cut; five whole ones say enough
_CSV_NEEDS = ({"tag", "start", "end", "text"}, {"document_id", "document_sha256"})


def _text(prefix: bytes) -> str:
    """The prefix as text without a BOM or leading whitespace (a character cut at the end is replaced)."""
    return prefix.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace").lstrip()


def _first_line(prefix: bytes) -> str:
    return _text(prefix).split("\n", 1)[0].rstrip("\r")


def looks_like_csv(prefix: bytes) -> bool:
    """A header row naming our columns: tag, start, end, text and a document_id or document_sha256."""
    try:
        header = {c.strip().lower() for c in next(csv.reader([_first_line(prefix)]), [])}
    except csv.Error:
        return False
    needed, either = _CSV_NEEDS
    return needed <= header and bool(either & header)


def looks_like_jsonl(prefix: bytes) -> bool:
    """A first line that opens a JSON object and goes on (a lone ``{`` is pretty-printed JSON, not JSONL)."""
    line = _first_line(prefix).strip()
    return line.startswith("{") and line[1:].lstrip().startswith('"')


def looks_like_labelstudio(prefix: bytes) -> bool:
    """A JSON list whose first item is an object (a task), or an empty list."""
    text = _text(prefix)
    return text.startswith("[") and text[1:].lstrip()[:1] in ("{", "]")


def looks_like_brat(prefix: bytes) -> bool:
    """A brat ``.ann``: its first line is a text-bound annotation, a note, a relation or an event."""
    return bool(_BRAT_LINE.match(_text(prefix)))


def looks_like_conll(prefix: bytes) -> bool:
    """A CoNLL file: it opens with ``-DOCSTART-``, or its first lines are all ``TOKEN … TAG`` with IOB tags."""
    text = _text(prefix)
    if text.startswith("-DOCSTART-"):
        return True
    lines = [line for line in text.split("\n")[:_CONLL_LINES] if line.strip()]
    return bool(lines) and all(_CONLL_LINE.fullmatch(line.rstrip("\r")) for line in lines)


def looks_like_spacy(prefix: bytes) -> bool:
    """A spaCy DocBin: a zlib stream whose data starts as a msgpack map."""
    if len(prefix) < 2 or prefix[0] != 0x78 or (prefix[0] << 8 | prefix[1]) % 31:
        return False
    try:
        start = zlib.decompressobj().decompress(prefix, 1)
    except zlib.error:
        return False
    return bool(start) and (0x80 <= start[0] <= 0x8F or start[0] in (0xDE, 0xDF))
