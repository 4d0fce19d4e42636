"""CoNLL training sets: one ``TOKEN TAG`` line per token with IOB2 tags, as CoNLL-2003 lays them out.

Each document starts with a ``-DOCSTART- O`` line and a blank line; sentences are separated by a
blank line. The separator is one space, which is safe because tokens (``core.tokens``) never
hold whitespace; spaces in tag names become underscores, as a tag may not hold one either.
Documents are written in the order they were added (filtered like every export), those without
spans too, as every token is training data.

IOB2 cannot hold two spans on one token, nor a span that begins or ends inside a token. Tokens
are cut at every span edge (between characters, never inside an emoji or before a combining
mark), so only an edge inside such a cluster is off the token boundaries. Spans are placed
longest first, then earliest (the rule ``spacy.util.filter_spans`` follows); a span that is
not on token boundaries, or that meets a span already placed, is left out and reported. Sentences are never broken inside a placed span, so each span is one B- run of I-.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterator
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.formats.exporting import documents_with_spans, tag_names
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.text.tokens import Token, sentences, tokenize

DOCSTART = "-DOCSTART- O\n"
SEPARATOR = " "


def tag_label(name: str) -> str:
    """A tag name as the type part of an IOB2 tag: no whitespace inside."""
    return "_".join(name.split()) or "_"


def document_blocks(project, report: ExportReport) -> Iterator[str]:
    """Each document's CoNLL text in turn; ``report`` counts the spans written and lists those left out."""
    tags = tag_names(project)
    for doc, spans in documents_with_spans(project):
        reported = len(report.problems)
        kept = _without_overlaps(doc, spans, tags, report)
        # Tokens end at every kept span's edge, so a span on part of a word ("Russia" in "Russia's") still fits.
        tokens = tokenize(doc.text, {edge for span in kept for edge in (span.start, span.end)})
        labels = iob2_labels(doc, tokens, kept, tags, report)
        report.problems[reported:] = sorted(report.problems[reported:], key=lambda p: (p.start, p.end))
        keep = {i for i, label in enumerate(labels) if label.startswith("I-")}
        lines = [DOCSTART, "\n"]
        index = 0
        for sentence in sentences(doc.text, tokens, keep):
            for token in sentence:
                lines.append(f"{doc.text[token.start:token.end]}{SEPARATOR}{labels[index]}\n")
                index += 1
            lines.append("\n")
        yield "".join(lines)


def _without_overlaps(doc, spans, tags: dict[int, str], report: ExportReport) -> list:
    """The spans IOB2 can hold together: longest first, then earliest; each one meeting a kept span is reported."""
    kept: list = []  # disjoint, so sorted by start they are sorted by end too: only neighbours can meet
    starts: list[int] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, s.id)):
        i = bisect_right(starts, span.start)
        before, after = (kept[i - 1] if i else None), (kept[i] if i < len(kept) else None)
        taken = before if before and before.end > span.start else after if after and after.start < span.end else None
        if taken is None:
            kept.insert(i, span)
            starts.insert(i, span.start)
        else:
            report.left_out(
                doc, span, tags[span.tag_id],
                f"it overlaps the {tags[taken.tag_id]} span {taken.start}-{taken.end}, which was kept",
            )
    return kept


def iob2_labels(doc, tokens: list[Token], spans, tags: dict[int, str], report: ExportReport) -> list[str]:
    """One IOB2 tag per token for non-overlapping ``spans``; a span off the token boundaries is reported, left out."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    labels = ["O"] * len(tokens)
    for span in spans:
        tag = tags[span.tag_id]
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None:
            where = "start" if first is None else "end"
            where = "start and end" if first is None and last is None else where
            report.left_out(doc, span, tag, f"its {where} is not at a token boundary")
            continue
        name = tag_label(tag)
        for i in range(first, last + 1):
            labels[i] = f"{'B' if i == first else 'I'}-{name}"
        report.spans += 1
    return labels


def write_conll(project, out: TextIO) -> ExportReport:
    """Write every document to ``out``; returns what was written and left out."""
    report = ExportReport()
    for block in document_blocks(project, report):
        out.write(block)
    return report


def export_conll_file(project, path: str | os.PathLike) -> ExportReport:
    """Write the CoNLL set to ``path`` atomically."""
    with atomic_text_file(path, newline="\n") as out:
        return write_conll(project, out)
