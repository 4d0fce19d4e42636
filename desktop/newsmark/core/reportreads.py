"""Read-only aggregates for the statistics report: a few grouped queries, whatever the size of the corpus (a part of ``Project``)."""

from __future__ import annotations

import sqlite3
from collections import Counter

# A span's attribute value, or NULL (also for a damaged attributes column: json_extract would fail the whole query).
_VALUE = "CASE WHEN json_valid(attributes) THEN json_extract(attributes, '$.' || json_quote(?)) END"


class ReportReads:
    """Grouped counts of ``Project`` for reports (``self._conn`` comes from it)."""

    def interrupt(self) -> None:
        """Stop the query another thread is running on this connection (it raises); the one call safe from any thread."""
        conn = self._conn
        try:
            if conn is not None:
                conn.interrupt()
        except sqlite3.ProgrammingError:  # closed meanwhile by its thread: nothing is under way any more
            pass

    def analysts(self, at_most: int = 2) -> list[str]:
        """Up to ``at_most`` names of those who made a span or a document label or marked a document done, sorted.

        Each query stops at the first row of a name not yet found, so a project of several analysts answers
        at once; it reads every row only when fewer than ``at_most`` names exist at all.
        """
        found: list[str] = []
        for table in ("spans", "document_labels") + (("done_marks",) if self._has_done_marks() else ()):
            while len(found) < at_most:
                marks = ", ".join("?" * len(found))
                row = self._conn.execute(
                    f"SELECT annotator FROM {table}" + (f" WHERE annotator NOT IN ({marks})" if found else "") + " LIMIT 1",
                    found,
                ).fetchone()
                if row is None:
                    break
                found.append(row[0])
        return sorted(found)

    def annotator_tallies(self) -> list[tuple[str, int, str, int]]:
        """(annotator, tag_id, day of creation ``YYYY-MM-DD``, spans): one pass over the spans."""
        return self._conn.execute(
            "SELECT annotator, tag_id, substr(created_at, 1, 10), count(*) FROM spans GROUP BY 1, 2, 3"
        ).fetchall()

    def document_tag_counts(self) -> list[tuple[int, str, int, int]]:
        """(document_id, document status, tag_id, spans) for every document and tag that has spans."""
        # Grouped first, joined after: a status is looked up once per document and tag, not once per span.
        return self._conn.execute(
            "SELECT c.document_id, d.status, c.tag_id, c.n FROM "
            "(SELECT document_id, tag_id, count(*) AS n FROM spans GROUP BY document_id, tag_id) AS c "
            "JOIN documents d ON d.id = c.document_id"
        ).fetchall()

    def document_statuses(self) -> dict[str, int]:
        """How many documents have each review status."""
        return dict(self._conn.execute("SELECT status, count(*) FROM documents GROUP BY status"))

    def document_titles(self, document_ids: list[int]) -> dict[int, str]:
        """The titles of these documents, by id."""
        titles = {}
        for document_id in document_ids:
            row = self._conn.execute("SELECT title FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is not None:
                titles[document_id] = row[0]
        return titles

    def attribute_tally(self, tag_id: int, name: str, *, text_fallback: bool = False) -> tuple[Counter, int]:
        """Counts of the values of attribute ``name`` on the spans of a tag, and how many spans have none.

        With ``text_fallback`` a span without a value counts under its own text (read one document at a time).
        """
        values: Counter = Counter()
        missing = 0
        rows = self._conn.execute(
            f'SELECT {_VALUE}, count(*) FROM spans WHERE tag_id = ? GROUP BY 1', (name, tag_id)
        ).fetchall()
        for value, count in rows:
            text = "" if value is None else str(value).strip()
            if text:
                values[text] += count
            else:
                missing += count
        if text_fallback and missing:
            bare = self._conn.execute(
                f'SELECT document_id, start, "end" FROM spans WHERE tag_id = ? AND coalesce(trim({_VALUE}), \'\') = \'\' '
                "ORDER BY document_id",
                (tag_id, name),
            ).fetchall()
            text, shown = "", None
            for document_id, start, end in bare:
                if document_id != shown:
                    # Slice in Python: SQLite's substr() walks the UTF-8 from the start for every span.
                    text = self._conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
                    shown = document_id
                words = " ".join(text[start:end].split())
                if words:
                    values[words] += 1
                    missing -= 1
        return values, missing
