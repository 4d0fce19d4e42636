"""Finding the project documents a CoNLL file's tokens are in: a whole block by its text, or a file without
``-DOCSTART-`` lines sentence by sentence.

Tokens carry no offsets, so a token is placed at the next place in a text after white space is
skipped. A ``-DOCSTART-`` block is the document whose text, without white space, is the block's
tokens run together. A file without ``-DOCSTART-`` lines (what many tools write: sentences only)
may hold several documents in a row: each sentence goes on where the sentence before stopped, in
the same document, else it starts a document (looked up by the first characters of the
documents' texts, so a thousand documents cost no more than one). While several documents
start with the same sentences, all of them are followed, and going on is preferred to starting
anew. A document must be whole, as in a ``-DOCSTART-`` block.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from newsmark.core.model import sha256_text

# Exactly what core.text.tokens never puts in a token: str.isspace() characters and controls (Cc).
GAPS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
PREFIX = 64  # characters (without white space) of each document's start that index it
_DIAGNOSED = 20  # unmatched blocks or sentences compared with documents to say where they part; the rest are named only
_COMPARED = 50  # documents starting with a sentence's first token that are compared with it when none takes it


def place(text: str, tokens: list, at: int) -> list[tuple[int, int]] | tuple[int, str]:
    """Each token's (start, end) in ``text`` from ``at``, placed in turn after white space; or (line, reason) where one is not."""
    placed = []
    for t in tokens:
        gap = GAPS.match(text, at)
        at = gap.end() if gap else at
        if not text.startswith(t.token, at):
            return t.number, f"token {quoted(t.token)} is not the text at {at}: {quoted(text[at:at + len(t.token)])}"
        placed.append((at, at + len(t.token)))
        at += len(t.token)
    return placed


def rest(text: str, at: int) -> str:
    """What follows ``at`` in ``text`` after white space: empty when the text ends there."""
    gap = GAPS.match(text, at)
    return text[gap.end() if gap else at:]


def align(text: str, tokens: list) -> list[tuple[int, int]] | tuple[int, str]:
    """Each token's (start, end) in the whole of ``text``; or (line, reason) where one is not there or the text goes on."""
    placed = place(text, tokens, 0)
    if isinstance(placed, tuple):
        return placed
    after = rest(text, placed[-1][1] if placed else 0)
    if after:
        return tokens[-1].number, f"the text goes on after this last token: {quoted(after[:30])}"
    return placed


def sentences(tokens: list) -> list[list]:
    """Token lines cut at each blank line."""
    found: list[list] = []
    for t in tokens:
        if t.after_break or not found:
            found.append([])
        found[-1].append(t)
    return found


Found = list[tuple[int, list, list[tuple[int, int]]]]  # (document id, its token lines, their places)


class Documents:
    """The project's documents, each text read once, indexed by the hash of its text and by its first characters."""

    def __init__(self, project):
        self.texts: dict[int, tuple[str, str]] = {}  # id -> (title, text), in the order added
        self.by_key: dict[str, list[int]] = defaultdict(list)
        starts = []
        for document_id, title, text in project.document_texts():
            squeezed = GAPS.sub("", text)
            self.texts[document_id] = (title, text)
            self.by_key[sha256_text(squeezed)].append(document_id)
            starts.append((squeezed[:PREFIX], document_id))
        starts.sort()
        self.starts = [s for s, _ in starts]
        self.start_ids = [d for _, d in starts]
        self.used: set[int] = set()
        self.diagnosed = 0

    def find(self, tokens: list) -> int | None:
        """The document whose text without white space is the tokens run together (the first not yet used), or None."""
        found = self.by_key.get(sha256_text(GAPS.sub("", "".join(t.token for t in tokens))), [])
        return next((d for d in found if d not in self.used), found[0]) if found else None

    def whole(self, tokens: list) -> tuple[Found, list[tuple[int, str]]]:
        """The one document the tokens are, placed; or the problem saying where they part from the closest."""
        document_id = self.find(tokens)
        if document_id is None:
            return [], [self._why(tokens)]
        self.used.add(document_id)
        placed = align(self.texts[document_id][1], tokens)
        if isinstance(placed, tuple):  # the texts matched without white space, so this is only a guard
            return [], [placed]
        return [(document_id, tokens, placed)], []

    def split(self, tokens: list) -> tuple[Found, list[tuple[int, str]]]:
        """The documents a stream of sentences holds, in turn; each sentence in none, and each document cut short, a problem."""
        found: Found = []
        problems: list[tuple[int, str]] = []
        run: dict[int, list] = {}  # the documents the current run of sentences may be: id -> [where it stopped, places]
        run_tokens: list = []
        lost = False  # the sentence before was in no document: look for this one further on in the run's documents
        troubled = False  # a sentence of this run was in no document: that is said already, not that the run is cut short
        for sentence in sentences(tokens):
            advanced = self._go_on(run, sentence, lost)
            if advanced:
                run, lost = advanced, False
                run_tokens += sentence
                continue
            started = self._starting(sentence)
            if started:
                if run_tokens and not troubled:
                    self._close(run, run_tokens, found, problems)
                run, run_tokens, lost, troubled = started, list(sentence), False, False
                continue
            problems.append(self._why_sentence(sentence, run))
            lost = troubled = True
        if run_tokens and not troubled:
            self._close(run, run_tokens, found, problems)
        return found, problems

    def _go_on(self, run: dict[int, list], sentence: list, lost: bool) -> dict[int, list]:
        """The run's documents that go on with this sentence (anywhere after where they stopped, when lost)."""
        advanced = {}
        for document_id, (at, placed) in run.items():
            text = self.texts[document_id][1]
            got = place(text, sentence, at)
            where = text.find(sentence[0].token, at) if lost else -1
            while isinstance(got, tuple) and where != -1:  # after a sentence in no document, find the next one
                got = place(text, sentence, where)
                where = text.find(sentence[0].token, where + 1)
            if isinstance(got, list):
                placed.extend(got)
                advanced[document_id] = [got[-1][1], placed]
        return advanced

    def _starting(self, sentence: list) -> dict[int, list]:
        """The documents whose text starts with this sentence, each as [where it stops, places]."""
        started = {}
        for document_id in self._starting_with(GAPS.sub("", "".join(t.token for t in sentence))):
            got = place(self.texts[document_id][1], sentence, 0)
            if isinstance(got, list):
                started[document_id] = [got[-1][1], got]
        return started

    def _starting_with(self, squeezed: str, limit: int | None = None) -> list[int]:
        """Ids of the documents whose text without white space starts with ``squeezed`` (as far as the index holds), in order."""
        key = squeezed[:PREFIX]
        i, ids = bisect_left(self.starts, key), []
        while i < len(self.starts) and self.starts[i].startswith(key) and (limit is None or len(ids) < limit):
            ids.append(self.start_ids[i])
            i += 1
        return sorted(ids)

    def _close(self, run: dict[int, list], run_tokens: list, found: Found, problems: list[tuple[int, str]]) -> None:
        """End a run of sentences: the first whole document it may be (not yet used first), or a problem."""
        ids = sorted(run)
        whole = [d for d in ids if not rest(self.texts[d][1], run[d][0])]
        if not whole:
            title, text = self.texts[ids[0]]
            after = rest(text, run[ids[0]][0])
            problems.append((run_tokens[-1].number, (
                f"document {ids[0]} ({quoted(title)}) goes on after this last token: {quoted(after[:30])}; "
                "a file without -DOCSTART- lines must hold each document whole"
            )))
            return
        document_id = next((d for d in whole if d not in self.used), whole[0])
        self.used.add(document_id)
        found.append((document_id, run_tokens, run[document_id][1]))

    def _why_sentence(self, sentence: list, run: dict[int, list]) -> tuple[int, str]:
        """Where a sentence that is in no document parts from the closest: the run's documents, or those it could start."""
        first = sentence[0]
        self.diagnosed += 1
        if self.diagnosed <= _DIAGNOSED:
            tried = [(d, at) for d, (at, _) in sorted(run.items())]
            tried += [(d, 0) for d in self._starting_with(GAPS.sub("", first.token), _COMPARED)]
            best = _closest(sentence, ((d, place(self.texts[d][1], sentence, at)) for d, at in tried))
            if best is not None and best[0] > 0:
                return self._parts_here(best[1], best[2])
        return first.number, (
            "no document of the project starts with this sentence, nor does the document before go on with it; "
            f"its tokens start {quoted(first.token)}"
        )

    def _why(self, tokens: list) -> tuple[int, str]:
        """Where a block that is no document's text parts from the closest document."""
        first = tokens[0]
        self.diagnosed += 1
        if self.diagnosed > _DIAGNOSED or not self.texts:
            return first.number, "no document of the project has the text of this document's tokens"
        best = _closest(tokens, ((d, align(text, tokens)) for d, (_title, text) in self.texts.items()))
        if best is None:  # a document takes the tokens, but the texts differ in controls inside a token
            return first.number, "no document of the project has exactly the text of this document's tokens"
        placed, document_id, where = best
        if placed == 0 and not where[1].startswith("the text goes on"):
            return first.number, f"no document of the project has the text of this document's tokens, which start {quoted(first.token)}"
        return self._parts_here(document_id, where)

    def _parts_here(self, document_id: int, where: tuple[int, str]) -> tuple[int, str]:
        """The problem naming the closest document and where the tokens part from it."""
        number, reason = where
        return number, f"the closest document, {document_id} ({quoted(self.texts[document_id][0])}), parts here: {reason}"


def _closest(tokens: list, tries) -> tuple[int, int, tuple[int, str]] | None:
    """(tokens placed, document id, (line, reason)) of the failed try that placed most tokens, or None when none failed.

    ``tries`` are (document id, what place or align gave); the earliest wins a tie.
    """
    best = None
    for document_id, where in tries:
        if isinstance(where, tuple):
            placed = next(i for i, t in enumerate(tokens) if t.number == where[0])
            if best is None or placed > best[0]:
                best = (placed, document_id, where)
    return best


def quoted(text: str, limit: int = 30) -> str:
    """A short quoted piece of text, line breaks visible."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
