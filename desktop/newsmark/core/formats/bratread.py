"""Reading one brat ``.ann`` file: spans, relations, equivalences and Newsmark's document labels; the rest is named.

The line shapes follow brat's own parser (server/src/annotation.py): an id, a tab, the data, and
for most kinds a tab and a tail. Lines Newsmark cannot hold (events ``E``, attributes ``A`` and
modifiers ``M`` of spans, normalizations ``N``, notes on those) are not errors: they are listed, so
the user is told exactly what was left out. A line no brat annotation has is an error.
"""

from __future__ import annotations

import re

from newsmark.core.formats.annotationset import MAX_DIGITS, CsvRow
from newsmark.core.formats.linkload import Extras, LabelRow, LinkRow
from newsmark.core.model import sha256_text

DOCUMENT_ENTITY = "newsmark_document"  # the entity whose attributes are the document's labels
# ASCII digits only: \d would take other scripts' digits, which int() reads too.
_TEXT_BOUND = re.compile(r"^(T[0-9]+)\t(\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\t(.*)$")
_NOTE = re.compile(r"^#[0-9]+\tAnnotatorNotes ([A-Z*][0-9]+)\t(.*)$")
_RELATION = re.compile(r"^(R[0-9]+)\t(\S+) [^\s:]+:(\S+) [^\s:]+:(\S+)\s*(?:\t.*)?$")
_EQUIVALENCE = re.compile(r"^\*\t(\S+)((?: \S+)+)\s*(?:\t.*)?$")
_ATTRIBUTE = re.compile(r"^(A[0-9]+)\t(\S+) (\S+)(?: (.+?))?\s*$")
_NOT_HELD = {"E": "an event", "A": "an attribute", "M": "an attribute", "N": "a normalization", "#": "a note"}


def read_ann(
    text: str, lines: list[str], file_name: str, names: dict[str, str], categories: dict[str, str], extras: Extras
) -> tuple[list[CsvRow], list[tuple[int, str]]]:
    """A ``.ann`` file's spans as rows for the annotation-set checks; its links and labels go into ``extras``.

    ``names`` and ``categories`` map brat type names (underscores for spaces) to the project's names.
    """
    digest = sha256_text(text)
    spans: dict[str, CsvRow] = {}
    holders: set[str] = set()
    notes: dict[str, str] = {}
    relations, attributes, problems, skipped = [], [], [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if match := _TEXT_BOUND.match(line):
            key, tag, where, shown = match.groups()
            if any(len(n) > MAX_DIGITS for n in where.replace(";", " ").split()):
                problems.append((number, f"{file_name}: {key}'s offsets {where[:30]!r}… are past the end of any document"))
                continue
            pieces = [tuple(map(int, p.split())) for p in where.split(";")]
            start, end = pieces[0][0], pieces[-1][1]
            joined = " ".join(text[a:b] for a, b in pieces)
            gaps_ok = all(text[b:a2].strip() == "" for (_, b), (a2, _) in zip(pieces, pieces[1:]))
            if joined != shown or not gaps_ok:
                problems.append((number, f"{file_name}: {key}'s text does not match the .txt at {where}"))
                continue
            if tag == DOCUMENT_ENTITY:
                holders.add(key)
                continue
            spans[key] = CsvRow(number, {"document_sha256": digest, "tag": names.get(tag, tag), "start": str(start),
                                         "end": str(end), "text": text[start:end], "note": ""})
        elif match := _NOTE.match(line):
            notes[match.group(1)] = (number, match.group(2))
        elif match := _RELATION.match(line):
            relations.append((number, match.group(2), match.group(3), match.group(4), match.group(1)))
        elif match := _EQUIVALENCE.match(line):
            members = match.group(2).split()
            extras.symmetric.add(names.get(match.group(1), match.group(1)))
            relations += [(number, match.group(1), a, b, None) for a, b in zip(members, members[1:])]
        elif (match := _ATTRIBUTE.match(line)) and match.group(3) in holders and match.group(4):
            attributes.append((number, match.group(2), match.group(4)))
        elif line[0] in _NOT_HELD and "\t" in line:
            skipped.append((number, f"{_NOT_HELD[line[0]]} ({line[0]}) is not held: {line[:60]!r}"))
        else:
            problems.append((number, f"{file_name}: not a brat annotation line: {line[:40]!r}"))
    for key, (number, note) in notes.items():
        if key in spans:
            spans[key] = CsvRow(spans[key].number, spans[key].cells | {"note": note})
    held = {r[4] for r in relations if r[4]}
    for key, (number, note) in notes.items():
        if key not in spans and key not in held:
            skipped.append((number, f"a note on {key}, which is not held: {note[:40]!r}"))
    for number, kind, source, target, relation in relations:
        ends = [spans.get(source), spans.get(target)]
        if None in ends:
            missing = ", ".join(k for k, e in zip((source, target), ends) if e is None)
            if all(k[:1] == "T" for k in (source, target)) and not set((source, target)) & holders:
                problems.append((number, f"{file_name}: {relation or '*'} names {missing}, which the file does not define"))
            else:
                skipped.append((number, f"a link to {missing} (not a span) is not held"))
            continue
        note = notes.get(relation, (0, ""))[1] if relation else ""
        extras.links.append(LinkRow(number, digest, names.get(kind, kind), ends[0], ends[1], note, where=f"{file_name}: "))
    extras.not_held += [f"{file_name} line {number}: {why}" for number, why in sorted(skipped)]
    for number, category, value in attributes:
        extras.labels.append(LabelRow(number, digest, categories.get(category, category), value, where=f"{file_name}: "))
    return list(spans.values()), problems
