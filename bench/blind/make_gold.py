"""Turn the hand annotations (annotations/NN_slug.tsv) into gold.csv with exact code-point offsets.

Each .tsv line is ``tag<TAB>text<TAB>attributes...`` in the order the spans start in the article:
  figure    TEXT  VALUE  UNIT
  quote     TEXT  SPEAKER
  location  TEXT  PLACE  COUNTRY_CODE
  claim     TEXT
TEXT is the exact string chosen by the annotator. It is looked for from the previous span's start
onwards, so repeated strings resolve to the occurrence meant; ``before[[TEXT]]after`` pins an
occurrence by the words around it. This script only turns chosen strings into offsets: it finds
nothing by itself, and it fails loudly when a string is not in the article.

Run: PYTHONPATH=desktop python bench/blind/make_gold.py [FOLDER]   (writes FOLDER/gold.csv; default bench/blind)
The annotator is ``gold-`` + the folder's name (``gold-blind``, ``gold-blind2``).
"""

from __future__ import annotations

import csv
import hashlib
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATOR = "gold-blind"
HEADER = ("document_sha256", "document_title", "tag", "start", "end", "text", "note", "annotator",
          "attr_status", "attr_value", "attr_unit", "attr_speaker", "attr_place")
WIDTH = {"figure": 3, "quote": 2, "location": 3, "claim": 1}


def stored_text(path: Path) -> str:
    """The text as ``newsmark add`` stores a .txt file: BOM off, LF line ends, NFC."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def parse_line(line: str, where: str) -> tuple[str, str, list[str]]:
    """One annotation line: its tag, its text (maybe with [[ ]] context) and its attribute cells."""
    cells = line.rstrip("\n").split("\t")
    tag = cells[0]
    if tag not in WIDTH or len(cells) != WIDTH[tag] + 1:
        raise SystemExit(f"{where}: expected {tag} with {WIDTH.get(tag, '?')} cells after the tag: {line!r}")
    return tag, cells[1], cells[2:]


def locate(text: str, wanted: str, start: int, where: str, taken: set) -> tuple[int, int, str]:
    """Where ``wanted`` (optionally ``before[[target]]after``) first occurs at or after ``start``, not in ``taken``."""
    before, target, after = "", wanted, ""
    if "[[" in wanted:
        before, rest = wanted.split("[[", 1)
        target, after = rest.split("]]", 1)
    at = text.find(before + target + after, max(0, start - len(before)))
    while at >= 0 and (_taken_or_inside_word(text, at + len(before), len(target), taken)):
        at = text.find(before + target + after, at + 1)  # the same string twice in a row means its next occurrence
    if at < 0:
        raise SystemExit(f"{where}: {wanted!r} not found after offset {start}")
    begin = at + len(before)
    return begin, begin + len(target), target


def _taken_or_inside_word(text: str, begin: int, length: int, taken: set) -> bool:
    """Whether this occurrence is already a span, or only part of a longer word ("US" in "USD")."""
    end = begin + length
    inside = (begin > 0 and text[begin - 1].isalnum() and text[begin].isalnum()) or (
        end < len(text) and text[end].isalnum() and text[end - 1].isalnum())
    return inside or (begin, end) in taken


def rows_for(article: Path, annotations: Path, annotator: str = ANNOTATOR) -> list[tuple]:
    """The gold rows of one article."""
    text = stored_text(article)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = text.split("\n", 1)[0]
    rows, cursor, taken = [], 0, set()
    for number, line in enumerate(annotations.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{annotations.name}:{number}"
        tag, wanted, attrs = parse_line(line, where)
        start, end, target = locate(text, wanted, cursor, where, taken)
        cursor = start
        taken.add((start, end))
        status = value = unit = speaker = place = note = ""
        if tag == "figure":
            value, unit = attrs
            float(value)  # a number, or this fails here rather than at load
        elif tag == "quote":
            (speaker,) = attrs
        elif tag == "location":
            place, country = attrs
            note = f"country={country}" if country else ""
        else:
            status = "unverified"
        rows.append((sha, title, tag, start, end, target, note, annotator, status, value, unit, speaker, place))
    return rows


def main(folder: Path | None = None, annotator: str | None = None) -> int:
    """Write FOLDER/gold.csv from every article that has annotations; print counts per tag."""
    folder = folder or HERE
    annotator = annotator or f"gold-{folder.name}"
    rows = []
    for marked in sorted((folder / "annotations").glob("*.tsv")):
        rows += rows_for(folder / "articles" / (marked.stem + ".txt"), marked, annotator)
    with open(folder / "gold.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    counts = {tag: sum(r[2] == tag for r in rows) for tag in WIDTH}
    print(f"{len(rows)} spans:", ", ".join(f"{t} {n}" for t, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else None))
