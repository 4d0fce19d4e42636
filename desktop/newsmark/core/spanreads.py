"""Reads the window needs at corpus scale, one query each whatever the number of documents (a part of ``Project``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsmark.core.model import Span

_SPAN_COLUMNS = 'id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes'


class SpanReads:
    """Read-only span and text queries of ``Project`` (``self._conn`` comes from it)."""

    def spans_after(self, document_id: int, start: int, span_id: int, *, limit: int) -> list[Span]:
        """Up to ``limit`` of a document's spans after (start, id) in (start, id) order: one slice of a large document."""
        rows = self._conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id = ? AND (start, id) > (?, ?) "
            "ORDER BY start, id LIMIT ?",
            (document_id, start, span_id, limit),
        )
        return list(map(Span._make, rows))

    def has_span(self, span_id: int) -> bool:
        """Whether a span with this id exists."""
        return self._conn.execute("SELECT 1 FROM spans WHERE id = ?", (span_id,)).fetchone() is not None

    def document_texts(self, document_ids: Iterable[int] | None = None) -> Iterator[tuple[int, str, str]]:
        """(id, title, text) of every document (or of these), in id order."""
        if document_ids is None:
            yield from self._conn.execute("SELECT id, title, text FROM documents ORDER BY id")
            return
        for document_id in sorted(set(document_ids)):
            yield from self._conn.execute("SELECT id, title, text FROM documents WHERE id = ?", (document_id,))

    def tagged_ranges(self, tag_id: int, lengths: Iterable[int] | None = None) -> set[tuple[int, int, int]]:
        """(document_id, start, end) of every span with this tag (only those of these lengths, if given)."""
        sql = 'SELECT document_id, start, "end" FROM spans WHERE tag_id = ?'
        if lengths is None:
            return set(self._conn.execute(sql, (tag_id,)))
        lengths = sorted({int(n) for n in lengths})
        # Matches of a word all have a few lengths: the spans of other lengths are never read.
        sql += f' AND "end" - start IN ({", ".join("?" * len(lengths))})'
        return set(self._conn.execute(sql, (tag_id, *lengths))) if lengths else set()
