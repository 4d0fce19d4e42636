"""CoNLL training sets: one ``TOKEN TAG`` line per token with IOB2 tags, as CoNLL-2003 lays them out.

Each document starts with a ``-DOCSTART- O`` line and a blank line; sentences are separated by a
blank line. The separator is one space, which is safe because tokens (``core.tokens``) never
hold whitespace; spaces in tag names become underscores, as a tag may not hold one either.
Documents are written in the order they were added (filtered like every export), those without
spans too, as every token is training data.

IOB2 cannot hold two spans on one token, nor a span that begins or ends inside a token. Tokens
hold no whitespace, so a span's leading and trailing whitespace (spaces, line breaks) is trimmed
off first: "Kyiv " is the token "Kyiv". Tokens are cut at every span edge (between characters,
never inside an emoji or before a combining mark), so only an edge inside such a cluster is off
the token boundaries; such a span, and a span of whitespace only, is left out and reported
first. The rest are placed longest first, then earliest (the rule ``spacy.util.filter_spans``
follows); a span that meets one already placed is left out and reported, so a span is never
reported as overlapping one that was itself left out. Sentences are never broken inside a
placed span, so each span is one B- run of I-.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterator
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.formats.exporting import documents_with_spans, tag_names
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.text.tokens import Token, sentences, tokenize, trim_gaps

DOCSTART = "-DOCSTART- O\n"
SEPARATOR = " "


def tag_label(name: str) -> str:
    """A tag name as the type part of an IOB2 tag: no whitespace inside."""
    return "_".join(name.split()) or "_"


def document_blocks(project, report: ExportReport) -> Iterator[str]:
    """Each document's CoNLL text in turn; ``report`` counts the spans written and lists those left out."""
    tags = tag_names(project)
    for doc, spans in documents_with_spans(project):
        tokens, labels = iob_view(doc, spans, tags, report)
        keep = {i for i, label in enumerate(labels) if label.startswith("I-")}
        lines = [DOCSTART, "\n"]
        index = 0
        for sentence in sentences(doc.text, tokens, keep):
            for token in sentence:
                lines.append(f"{doc.text[token.start:token.end]}{SEPARATOR}{labels[index]}\n")
                index += 1
            lines.append("\n")
        yield "".join(lines)


def iob_view(doc, spans, tags: dict[int, str], report: ExportReport) -> tuple[list[Token], list[str]]:
    """A document's tokens and their IOB2 tags (as CoNLL writes them); ``report`` counts and lists the spans as above."""
    reported = len(report.problems)
    kept = _without_overlaps(doc, _placeable(doc, spans, tags, report), tags, report)
    # Tokens end at every kept span's edge, so a span on part of a word ("Russia" in "Russia's") still fits.
    tokens = tokenize(doc.text, {edge for span, _ in kept for edge in (span.start, span.end)})
    labels = iob2_labels(doc, tokens, kept, tags, report)
    report.problems[reported:] = sorted(report.problems[reported:], key=lambda p: (p.start, p.end))
    return tokens, labels


def _placeable(doc, spans, tags: dict[int, str], report: ExportReport) -> list[tuple]:
    """Each span that tokens can hold, trimmed of edge whitespace, as (trimmed, span); the others are reported.

    A cut at a cluster boundary always becomes a token boundary whatever the other cuts, so
    tokenizing once with every span's edges tells which spans fit before any overlap is decided.
    """
    trimmed = []
    for span in spans:
        start, end = trim_gaps(doc.text, span.start, span.end)
        if start == end:
            report.left_out(doc, span, tags[span.tag_id], "it holds only whitespace, which is in no token")
        else:
            trimmed.append((span._replace(start=start, end=end), span))
    tokens = tokenize(doc.text, {edge for span, _ in trimmed for edge in (span.start, span.end)})
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    placeable = []
    for cut, span in trimmed:
        where = [w for w, ok in (("start", cut.start in starts), ("end", cut.end in ends)) if not ok]
        if where:
            report.left_out(doc, span, tags[span.tag_id], f"its {' and '.join(where)} is not at a token boundary")
        else:
            placeable.append((cut, span))
    return placeable


def _without_overlaps(doc, spans: list[tuple], tags: dict[int, str], report: ExportReport) -> list[tuple]:
    """The (trimmed, span) pairs IOB2 can hold together: longest first, then earliest; each meeting a kept one is reported."""
    kept: list[tuple] = []  # disjoint, so sorted by start they are sorted by end too: only neighbours can meet
    starts: list[int] = []
    for cut, span in sorted(spans, key=lambda p: (p[0].start - p[0].end, p[0].start, p[0].id)):
        i = bisect_right(starts, cut.start)
        before, after = (kept[i - 1][0] if i else None), (kept[i][0] if i < len(kept) else None)
        taken = before if before and before.end > cut.start else after if after and after.start < cut.end else None
        if taken is None:
            kept.insert(i, (cut, span))
            starts.insert(i, cut.start)
        else:
            original = next(s for c, s in kept if c is taken)
            report.left_out(
                doc, span, tags[span.tag_id],
                f"it overlaps the {tags[taken.tag_id]} span {original.start}-{original.end}, which was kept",
            )
    return kept


def iob2_labels(doc, tokens: list[Token], spans: list[tuple], tags: dict[int, str], report: ExportReport) -> list[str]:
    """One IOB2 tag per token for non-overlapping (trimmed, span) pairs; one off the token boundaries is reported, left out."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    labels = ["O"] * len(tokens)
    for cut, span in spans:
        tag = tags[span.tag_id]
        first, last = starts.get(cut.start), ends.get(cut.end)
        if first is None or last is None:  # _placeable has left such spans out already; kept as a guard
            report.left_out(doc, span, tag, "it is not on token boundaries")
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
