"""Loading a CoNLL set back: each document's tokens are found in the text of a project document, their tags become spans.

A file is ``TOKEN … TAG`` lines (the token first, the tag last, spaces or tabs between; middle
columns such as CoNLL-2003's part of speech are ignored), a blank line between sentences and a
``-DOCSTART-`` line before each document. Tokens carry no offsets, and our export writes no
document id, so a document is found by its text (``conllmatch``): the one whose text, without white
space, is the block's tokens run together (when several are, the first not yet used, in the order
they were added). A file without ``-DOCSTART-`` lines that is no one document's text is split into
documents sentence by sentence. Each token is placed at the next place in the text after white
space is skipped. Tokens that no document's text matches are reported at the line where they part
from the closest one, never shifted silently.

Tags are IOB2 (``B-``/``I-``), IOB1 (an ``I-`` after ``O`` or another type starts a span) and
BIOES/BILOU (``S-``/``U-`` one token, ``E-``/``L-`` last token); a span never crosses a blank
line. Underscores in a type become the project tag's spaces when the project has such a tag, as
the export wrote them.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.annotationset import CsvRow, LoadPlan
from newsmark.core.formats.conllmatch import Documents, quoted
from newsmark.core.formats.conllset import tag_label
from newsmark.core.formats.linkload import Extras, load_set

MAX_BYTES = 64 * 2**20  # CoNLL-2003's training file is 3 MB; a set past this is split before loading
DOCSTART = "-DOCSTART-"
_TAG = re.compile(r"([BIESLU])-(.+)")


@dataclass(frozen=True, slots=True)
class TokenLine:
    """One token line: where it is, the token, its tag's prefix (``""`` for O) and type, and a sentence break before it."""

    number: int
    token: str
    prefix: str
    kind: str
    after_break: bool


@dataclass
class Block:
    """One document's token lines (those after a ``-DOCSTART-`` line, or the whole file)."""

    number: int  # the -DOCSTART- line, or 1
    tokens: list[TokenLine] = field(default_factory=list)
    docstart: bool = False  # whether a -DOCSTART- line began it: a file without one may hold several documents


def load_conll_file(project, path: str | os.PathLike) -> LoadPlan:
    """Check every token and tag of a CoNLL file against the project's documents, then add all its spans or none."""
    path = Path(path)
    blocks, problems = parse_conll(read_text(path))
    if blocks[0].number == 0 and not problems:  # -DOCSTART- lines alone are a set of empty documents
        raise NewsmarkError(f"{path.name} holds no token lines (TOKEN TAG); it is not a CoNLL set")
    names = {tag_label(t.name): t.name for t in project.tags()}
    rows: list[CsvRow] = []
    finder = Documents(project)
    for block in blocks:
        if not block.tokens:
            continue  # a document without tokens: an empty one, which holds no spans either
        if block.docstart or finder.find(block.tokens) is not None:
            found, trouble = finder.whole(block.tokens)
        else:  # sentences only: several documents in a row, found sentence by sentence
            found, trouble = finder.split(block.tokens)
        problems += trouble
        for document_id, tokens, placed in found:
            text = finder.texts[document_id][1]
            for first, last, kind in runs(tokens):
                start, end = placed[first][0], placed[last][1]
                rows.append(CsvRow(tokens[first].number, {
                    "document_id": str(document_id), "tag": names.get(kind, kind),
                    "start": str(start), "end": str(end), "text": text[start:end],
                }))
    return load_set(project, path.name, rows, sorted(problems), Extras(), unit="line")


def read_text(path: Path) -> str:
    """The file's text, or NewsmarkError saying in one line why it cannot be a CoNLL set."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise NewsmarkError(f"{path.name} is a folder, not a CoNLL file")
        if size > MAX_BYTES:
            raise NewsmarkError(
                f"{path.name} is larger than the {MAX_BYTES // 2**20} MB Newsmark loads as CoNLL; split it at -DOCSTART- lines"
            )
        data = path.read_bytes()
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    if b"\x00" in data:
        raise NewsmarkError(f"{path.name} holds binary data, not CoNLL text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NewsmarkError(f"{path.name} is not UTF-8 text") from None


def parse_conll(text: str) -> tuple[list[Block], list[tuple[int, str]]]:
    """The file's documents as blocks of token lines, and its problems as (line, reason); each bad tag is named once."""
    blocks, problems = [Block(1)], []
    bad_tags: dict[str, list[int]] = defaultdict(list)
    after_break = True
    for number, line in enumerate(text.split("\n"), 1):
        fields = line.split()  # a token never holds white space; U+2028 and the like split as spaces do
        if not fields:
            after_break = True
            continue
        if fields[0] == DOCSTART:
            blocks.append(Block(number, docstart=True))
            after_break = True
            continue
        # A token with a bad tag or none is still placed (as O), so only that line is reported, not the rest.
        prefix, kind = "", ""
        tag = fields[-1]
        if len(fields) < 2:
            problems.append((number, f"{quoted(fields[0])} has no tag after it (TOKEN TAG)"))
        elif match := _TAG.fullmatch(tag):
            prefix, kind = match.groups()
        elif tag != "O":
            bad_tags[tag].append(number)
        blocks[-1].tokens.append(TokenLine(number, fields[0], prefix, kind, after_break))
        after_break = False
    for tag, numbers in bad_tags.items():
        lines = f" ({len(numbers)} lines)" if len(numbers) > 1 else ""
        problems.append((numbers[0], f"tag {quoted(tag)} is not O or B-, I-, E-, S-, L-, U- and a type{lines}"))
    if len(blocks) > 1 and not blocks[0].tokens:
        blocks.pop(0)
    elif not blocks[0].tokens:
        blocks[0].number = 0  # no -DOCSTART- and no token: nothing says this is CoNLL
    return blocks, problems


def runs(tokens: list[TokenLine]) -> list[tuple[int, int, str]]:
    """The spans the tags mark, as (first token, last token, type)."""
    found: list[tuple[int, int, str]] = []
    current: list | None = None  # [first, last, kind]
    for i, t in enumerate(tokens):
        if current is not None and (t.after_break or not t.prefix or t.prefix in "BSU" or t.kind != current[2]):
            found.append(tuple(current))
            current = None
        if not t.prefix:
            continue
        if current is None:
            current = [i, i, t.kind]
        current[1] = i
        if t.prefix in "ESLU":  # the run's last token
            found.append(tuple(current))
            current = None
    if current is not None:
        found.append(tuple(current))
    return found
