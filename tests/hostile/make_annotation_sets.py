"""Write the hostile annotation sets every ``load`` format is run over; run once, commit the output.

Run from the checkout: ``PYTHONPATH=desktop python tests/hostile/make_annotation_sets.py``. Kept out of
tests/data, whose files the article importer tests walk as articles.
Each file is small and wrong in one way (broken encodings, truncation, deep nesting, huge numbers,
wrong JSON types, NULs and control characters, BOMs, empty files, binary junk, mixed line ends),
except the ``ok-*`` ones, which must load fully; ``expected.json`` says how many spans each adds.
The sets refer to ``DOCUMENT``, which the test puts in a fresh project.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import zlib
from pathlib import Path

import xlsx_sets  # beside this file: run as a script, or imported with this folder on sys.path

OUT = Path(__file__).resolve().parent / "annotation_sets"
DOCUMENT = "Kyiv said 8,000 troops moved.\nThe café stayed open.\n"
SHA = hashlib.sha256(DOCUMENT.encode("utf-8")).hexdigest()
HEADER = "document_sha256,tag,start,end,text\r\n"
GOOD_ROW = f"{SHA},place,0,4,Kyiv\r\n"
CAFE = DOCUMENT.index("café")
CAFE_ROW = f"{SHA},place,{CAFE},{CAFE + 4},café"
HUGE = "9" * 5000
DEEP = 1000


def _jsonl(label, **extra) -> str:
    return json.dumps({"text": DOCUMENT, "label": label, **extra}, ensure_ascii=False) + "\n"


def _conll(tags: dict[str, str], separator: str = " ", end: str = "\n") -> str:
    """DOCUMENT's tokens, one a line, tagged O but for ``tags``; no -DOCSTART- line."""
    tokens = "Kyiv said 8,000 troops moved . The café stayed open .".split()
    return "".join(f"{t}{separator}{tags.get(t, 'O')}{end}" for t in tokens)


def _task(value: dict, meta: dict | None = None) -> str:
    region = {"type": "labels", "from_name": "label", "to_name": "text", "value": value}
    if meta is not None:
        region["meta"] = meta
    return json.dumps([{"data": {"text": DOCUMENT}, "annotations": [{"result": [region]}]}], ensure_ascii=False)


def files() -> dict[str, bytes | str]:
    """Every hostile file by its name (a / makes a brat folder); str is written as UTF-8."""
    junk = bytes(random.Random(8).randrange(256) for _ in range(2048))
    return {
        # empty and nearly empty
        "empty.csv": b"", "empty.jsonl": b"", "empty.json": b"", "empty.ann": b"", "empty-no-suffix": b"",
        "bom-only.csv": b"\xef\xbb\xbf", "bom-only.json": b"\xef\xbb\xbf", "whitespace.jsonl": " \n\t\n",
        "empty-list.json": "[]",
        # junk and broken encodings
        "binary.csv": junk, "binary.jsonl": junk, "binary.json": junk, "binary.ann": junk, "binary-no-suffix": junk,
        "gzip-named.csv": b"\x1f\x8b\x08\x00" + junk[:200],
        "latin1.csv": (HEADER + f"{SHA},caf\xe9,{CAFE},{CAFE + 4},caf\xe9\r\n").encode("latin-1"),
        "utf16.csv": (HEADER + GOOD_ROW).encode("utf-16"),
        "cut-utf8.jsonl": _jsonl([[0, 4, "place"]]).encode("utf-8")[:-60] + b"\xc3",
        "surrogate.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["\\ud800"]}).replace("\\\\ud800", "\\ud800"),
        # NULs and control characters
        "nul-in-cell.csv": HEADER + f"{SHA},pla\x00ce,0,4,Kyiv\r\n",
        "nul-tag.jsonl": _jsonl([[0, 4, "place\x00"]]),
        "control-tag.csv": HEADER + f"{SHA},pl\x1bace,0,4,Kyiv\r\n",
        "bidi-tag.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["\u202eecalp"]}),
        "long-tag.csv": HEADER + f"{SHA},{'t' * 1000},0,4,Kyiv\r\n",
        "long-tag.jsonl": _jsonl([[0, 4, "x" * 5000]]),
        # truncated
        "truncated.csv": HEADER + f'{SHA},place,0,4,"Kyiv',
        "truncated.jsonl": _jsonl([[0, 4, "place"]])[:-20],
        "truncated.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place"]})[:-9],
        "header-only-cut.csv": "document_sha2",
        # deep nesting
        "deep.json": "[" * DEEP + "]" * DEEP,
        "deep.jsonl": '{"text": "x", "label": ' + "[" * DEEP + "]" * DEEP + "}\n",
        "deep-attributes.jsonl": _jsonl([[0, 4, "place"]])[:-2] + ', "newsmark": {"spans": [{"attributes": {"a": '
        + "[" * DEEP + "]" * DEEP + "}}]}}\n",
        # huge numbers
        "huge-start.csv": HEADER + f"{SHA},place,{HUGE},{HUGE}1,Kyiv\r\n",
        "huge-id.csv": f"document_id,tag,start,end,text\r\n{HUGE},place,0,4,Kyiv\r\n",
        "sqlite-overflow-id.csv": "document_id,tag,start,end,text\r\n99999999999999999999,place,0,4,Kyiv\r\n",
        "huge-label.jsonl": _jsonl([[0, 4, "place"]]).replace("[[0, 4", f"[[0, {HUGE}"),
        "huge-start.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place"]}).replace('"start": 0', f'"start": {HUGE}'),
        "nineteen-digits.jsonl": _jsonl([[0, 4_000_000_000_000_000_000, "place"]]),
        "arabic-digits.csv": HEADER + f"{SHA},place,\u0660,\u0664,Kyiv\r\n",
        "infinity.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place"]}).replace('"end": 4', '"end": Infinity'),
        # wrong types
        "bool-offsets.jsonl": _jsonl([[True, 7, "place"]]),
        "float-offsets.jsonl": _jsonl([[0.0, 4.0, "place"]]),
        "mixed-label.jsonl": _jsonl([[0, 4, "place"], "0 4 place"]),  # "label" names alone are doccano's classification
        "dict-label.jsonl": _jsonl([{"start": 0, "end": 4, "tag": "place"}]),
        "number-tag.jsonl": _jsonl([[0, 4, 7]]),
        "note-object.jsonl": _jsonl([[0, 4, "place"]], newsmark={"offsets": "code points", "spans": [{"note": {"x": 1}}]}),
        "spans-not-list.jsonl": _jsonl([[0, 4, "place"]], newsmark={"spans": {"0": {}}}),
        "line-is-list.jsonl": "[1, 2, 3]\n",
        "labels-string.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": "quote"}),
        "labels-number.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": [5]}),
        "bool-start.json": _task({"start": True, "end": 4, "text": "Kyiv", "labels": ["place"]}),
        "string-start.json": _task({"start": "0", "end": 4, "text": "Kyiv", "labels": ["place"]}),
        "attribute-list.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place"]},
                                     {"newsmark": {"attributes": {"a": [1]}}}),
        "annotator-number.json": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place"]},
                                       {"newsmark": {"annotator": 5}}),
        "object-not-list.json": json.dumps({"data": {"text": DOCUMENT}}),
        "text-not-string.json": json.dumps([{"data": {"text": ["Kyiv"]}}]),
        # the wrong shape entirely
        "semicolons.csv": HEADER.replace(",", ";") + GOOD_ROW.replace(",", ";"),
        "html-named.csv": "<!doctype html><title>Export</title>",
        "conll-training.conll": "-DOCSTART- O\n\nKyiv B-place\n",  # the text goes on after it
        "conll-shifted.conll": _conll({"Kyiv": "B-place"}).replace("said O\n", ""),
        "conll-bad-tag.conll": _conll({"Kyiv": "PLACE"}),
        "conll-latin1.conll": _conll({"café": "B-place"}).encode("latin-1"),
        "conll-no-tag.conll": _conll({}).replace("moved O", "moved"),
        "spacy-not-docbin.spacy": zlib.compress(b"\x81\xa5attrs\xa3bad"),  # zlib and a msgpack map, no DocBin
        # brat folders
        "brat-huge-offset/a.txt": DOCUMENT, "brat-huge-offset/a.ann": f"T1\tplace 0 {HUGE}\tKyiv\n",
        "brat-arabic-digits/a.txt": DOCUMENT, "brat-arabic-digits/a.ann": "T1\tplace \u0660 \u0664\tKyiv\n",
        "brat-no-txt/a.ann": "T1\tplace 0 4\tKyiv\n",
        "brat-latin1/a.txt": DOCUMENT, "brat-latin1/a.ann": "T1\tcaf\xe9 0 4\tKyiv\n".encode("latin-1"),
        "brat-binary/a.txt": DOCUMENT, "brat-binary/a.ann": junk,
        "brat-control-tag/a.txt": DOCUMENT, "brat-control-tag/a.ann": "T1\tpl\x07ace 0 4\tKyiv\n",
        "brat-no-ann/a.txt": DOCUMENT,
        # these load fully and correctly
        "ok-bom-crlf.csv": "\ufeff" + HEADER + GOOD_ROW + CAFE_ROW + "\r\n",
        "ok-mixed-line-ends.csv": HEADER.replace("\r\n", "\n") + GOOD_ROW + CAFE_ROW + "\r",
        "ok-jsonl-named.txt": _jsonl([[0, 4, "place"], [DOCUMENT.index("8,000"), DOCUMENT.index(" moved"), "figure"]]),
        "ok-labelstudio-named.labelstudio": _task({"start": 0, "end": 4, "text": "Kyiv", "labels": ["place", "capital"]}),
        "ok-csv-named.txt": HEADER + GOOD_ROW,
        "ok-header-only.csv": HEADER,
        "ok-conll-named.txt": _conll({"Kyiv": "B-place", "8,000": "B-figure", "troops": "I-figure"}, "\t", "\r\n"),
        "ok-classification.jsonl": _jsonl(["0 4 place"]),  # doccano's text classification: a document label
        "ok-brat/a.txt": DOCUMENT, "ok-brat/a.ann": "T1\tplace 0 4\tKyiv\r\n#1\tAnnotatorNotes T1\tcapital\n",
        # Excel workbooks: zip bombs, wrong sheets, cells of the wrong kind
        **xlsx_sets.files(DOCUMENT, SHA),
    }


EXPECTED = {  # name: (format, spans it adds)
    "ok-bom-crlf.csv": ("csv", 2), "ok-mixed-line-ends.csv": ("csv", 2), "ok-jsonl-named.txt": ("jsonl", 2),
    "ok-labelstudio-named.labelstudio": ("labelstudio", 2), "ok-csv-named.txt": ("csv", 1),
    "ok-header-only.csv": ("csv", 0), "ok-brat": ("brat", 1), "ok-xlsx-named.dat": ("xlsx", 2), "ok-xlsx-links.xlsx": ("xlsx", 2),
    "ok-classification.jsonl": ("jsonl", 0), "ok-conll-named.txt": ("conll", 2),
}


def main() -> None:
    """Write every file afresh, and expected.json."""
    if OUT.exists():
        shutil.rmtree(OUT)
    for name, data in files().items():
        path = OUT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    expected = {"document": DOCUMENT, "sets": {k: {"format": f, "spans": n} for k, (f, n) in EXPECTED.items()}}
    (OUT.parent / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
