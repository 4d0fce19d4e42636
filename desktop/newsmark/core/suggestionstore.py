"""Suggestions under review and the team's suggestion rules, on disk (a part of ``Project``).

A suggestion is never a span until it is accepted; once decided it stays in its table, so a
rejected one is not proposed again for the same document and an accepted span keeps its origin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsmark.core.attributes import suggested_values
from newsmark.core.errors import NewsmarkError, NotFoundError
from newsmark.core.model import Link, Span, default_annotator, now_iso
from newsmark.core.suggest.suggestion import StoredSuggestion, Suggestion

SUGGESTION_COLUMNS = (
    'id, document_id, tag_id, start, "end", attributes, confidence, suggester, status, span_id, decided_by, '
    "created_at, decided_at"
)
_IDS_PER_QUERY = 500  # document ids in one IN (…) list, well under SQLite's limit of bound values
RULE_NAMES = ("gazetteer", "patterns")  # the team's gazetteer TSV (with its stop list) and patterns.jsonl


class SuggestionError(NewsmarkError, ValueError):
    """A suggestion that cannot be decided as asked (already decided, or gone)."""


class SuggestionStore:
    """Suggestion and rule methods of ``Project``; each write is one transaction (``self._db``, ``self._conn``)."""

    def _suggestions_stored(self) -> bool:
        """Whether the file has the suggestion tables: a reader may read an older file as it is."""
        known = getattr(self, "_has_suggestion_tables", None)
        if known is None:
            known = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'suggestions'").fetchone() is not None
            self._has_suggestion_tables = known
        return known

    # -- reading ----------------------------------------------------------------------

    def suggestions(self, document_id: int | None = None, status: str | None = "open") -> list[StoredSuggestion]:
        """The suggestions of one document (or all), in text order; ``status=None`` gives decided ones too."""
        if not self._suggestions_stored():
            return []
        where, args = [], []
        if document_id is not None:
            where.append("document_id = ?")
            args.append(document_id)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._conn.execute(
            f'SELECT {SUGGESTION_COLUMNS} FROM suggestions{clause} ORDER BY document_id, start, "end", tag_id', args
        )
        return [StoredSuggestion._make(r) for r in rows]

    def suggestion(self, suggestion_id: int) -> StoredSuggestion:
        """One suggestion by id."""
        row = self._suggestions_stored() and self._conn.execute(
            f"SELECT {SUGGESTION_COLUMNS} FROM suggestions WHERE id = ?", (suggestion_id,)
        ).fetchone()
        if not row:
            raise NotFoundError(f"there is no suggestion {suggestion_id} in {self.path.name}")
        return StoredSuggestion._make(row)

    def count_suggestions(self, status: str = "open", document_ids: Iterable[int] | None = None) -> dict[int, int]:
        """How many suggestions of ``status`` each document (of ``document_ids``, else all) has; those with none are left out."""
        if not self._suggestions_stored():
            return {}
        if document_ids is None:
            rows = self._conn.execute("SELECT document_id, count(*) FROM suggestions WHERE status = ? GROUP BY document_id", (status,))
            return dict(rows.fetchall())
        ids, counts = list(document_ids), {}
        for at in range(0, len(ids), _IDS_PER_QUERY):  # each part looked up by the (document_id, …) index
            part = ids[at:at + _IDS_PER_QUERY]
            counts.update(self._conn.execute(
                f"SELECT document_id, count(*) FROM suggestions WHERE status = ? AND document_id IN ({', '.join('?' * len(part))}) "
                "GROUP BY document_id", (status, *part),
            ).fetchall())
        return counts

    def decision_stamp(self) -> tuple:
        """What a model learned from the decisions was learned from, in one scan: decided suggestions (count, id sum,
        how many accepted, the latest decision time) and how many rejected ones an analyst's span has the edges of."""
        if not self._suggestions_stored():
            return ()
        return tuple(self._conn.execute(
            "SELECT count(*), total(s.id), total(s.status = 'accepted'), max(s.decided_at), "
            "total(s.status = 'rejected' AND EXISTS (SELECT 1 FROM spans p WHERE p.document_id = s.document_id "
            'AND p.start = s.start AND p."end" = s."end" AND p.tag_id = s.tag_id)) '
            "FROM suggestions s WHERE s.status != 'open'"
        ).fetchone())

    def span_origin(self, span_id: int) -> str:
        """The suggester whose accepted suggestion made this span ("" for a span made by hand)."""
        if not self._suggestions_stored():
            return ""
        row = self._conn.execute(
            "SELECT suggester FROM suggestions WHERE span_id = ? AND status = 'accepted' LIMIT 1", (span_id,)
        ).fetchone()
        return row[0] if row else ""

    # -- storing ----------------------------------------------------------------------

    def store_suggestions(self, found: Mapping[int, Iterable[Suggestion]]) -> int:
        """Replace the open suggestions of each document in ``found`` with the new ones, in one transaction.

        Left out: tags the project does not have, what was already decided for the same document, tag
        and edges, and what is already a span with the same tag and edges. Returns how many are open now.
        """
        tags = {t.name.casefold(): t for t in self.tags()}
        stamp = now_iso()
        stored = 0
        with self._db.atomic():
            for document_id, suggestions in found.items():
                length = self.document_length(document_id)
                self._conn.execute("DELETE FROM suggestions WHERE document_id = ? AND status = 'open'", (document_id,))
                decided = {
                    tuple(r) for r in self._conn.execute(
                        'SELECT tag_id, start, "end" FROM suggestions WHERE document_id = ?', (document_id,)
                    )
                }
                decided |= {
                    tuple(r) for r in self._conn.execute(
                        'SELECT tag_id, start, "end" FROM spans WHERE document_id = ?', (document_id,)
                    )
                }
                rows = []
                for s in suggestions:
                    tag = tags.get(s.tag.casefold())
                    key = (tag and tag.id, s.start, s.end)
                    if tag is None or key in decided or not 0 <= s.start < s.end <= length:
                        continue
                    decided.add(key)
                    values = suggested_values(tag, s.attributes) if isinstance(s.attributes, dict) else s.attributes
                    rows.append((document_id, tag.id, s.start, s.end, values, float(s.confidence), s.suggester, stamp))
                self._conn.executemany(
                    'INSERT INTO suggestions (document_id, tag_id, start, "end", attributes, confidence, suggester, '
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows,
                )
                stored += len(rows)
        return stored

    def clear_suggestions(self, document_id: int | None = None) -> int:
        """Forget the open suggestions of one document (or all); decided ones are kept. Returns how many went."""
        if not self._suggestions_stored():
            return 0
        with self._db.atomic():
            if document_id is None:
                cur = self._conn.execute("DELETE FROM suggestions WHERE status = 'open'")
            else:
                cur = self._conn.execute("DELETE FROM suggestions WHERE status = 'open' AND document_id = ?", (document_id,))
        return cur.rowcount

    # -- deciding ---------------------------------------------------------------------

    def accept_suggestions(
        self, decisions: Iterable[tuple[int, Mapping[str, object]]], *, annotator: str | None = None
    ) -> list[Span]:
        """Accept suggestions in one transaction, each as a span (optionally with another tag, edges or attributes).

        ``decisions`` are ``(suggestion_id, changes)``; ``changes`` may hold ``tag_id``, ``start``, ``end``
        and ``attributes`` (a JSON string). The spans carry the analyst as annotator; returns them in order.
        """
        who = default_annotator() if annotator is None else annotator
        stamp = now_iso()
        spans = []
        with self._db.atomic():
            for suggestion_id, changes in decisions:
                s = self._open(suggestion_id)
                span = self.add_span(
                    s.document_id, int(changes.get("tag_id", s.tag_id)), int(changes.get("start", s.start)),
                    int(changes.get("end", s.end)), annotator=who, attributes=str(changes.get("attributes", s.attributes)),
                )
                self._conn.execute(
                    "UPDATE suggestions SET status = 'accepted', span_id = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                    (span.id, who, stamp, suggestion_id),
                )
                spans.append(span)
        return spans

    def reaccept_suggestions(self, accepted: Iterable[tuple[int, Span]], links: Iterable[Link] = ()) -> None:
        """Redo an undone accept in one transaction: the very spans (same ids) and their links come back.

        ``accepted`` are ``(suggestion_id, span)`` as ``accept_suggestions`` made them; later undo steps
        that name those span ids stay valid.
        """
        accepted = list(accepted)
        stamp = now_iso()
        with self._db.atomic():
            for suggestion_id, _span in accepted:
                self._open(suggestion_id)
            self.restore_spans([span for _id, span in accepted], links)
            self._conn.executemany(
                "UPDATE suggestions SET status = 'accepted', span_id = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                [(span.id, span.annotator, stamp, suggestion_id) for suggestion_id, span in accepted],
            )

    def reject_suggestions(self, suggestion_ids: Iterable[int], *, annotator: str | None = None) -> None:
        """Reject suggestions in one transaction: they stay, so they are not proposed again for that document."""
        who = default_annotator() if annotator is None else annotator
        stamp = now_iso()
        with self._db.atomic():
            for suggestion_id in suggestion_ids:
                self._open(suggestion_id)
                self._conn.execute(
                    "UPDATE suggestions SET status = 'rejected', decided_by = ?, decided_at = ? WHERE id = ?",
                    (who, stamp, suggestion_id),
                )

    def reopen_suggestions(self, suggestion_ids: Iterable[int]) -> list[tuple[Span, list[Link]]]:
        """Undo decisions in one transaction: each suggestion is open again and an accepted one's span is deleted.

        Returns the deleted spans with their links (a redo of the accept makes new spans).
        """
        gone = []
        with self._db.atomic():
            for suggestion_id in suggestion_ids:
                s = self.suggestion(suggestion_id)
                if s.status == "accepted" and s.span_id is not None:
                    try:
                        span = self.span(s.span_id)
                    except NotFoundError:
                        span = None  # the analyst deleted it since; reopening brings the suggestion back alone
                    if span is not None:
                        links = self.links_of_spans([span.id]) if self._links_stored() else []
                        self._conn.execute("DELETE FROM spans WHERE id = ?", (span.id,))
                        gone.append((span, links))
                self._conn.execute(
                    "UPDATE suggestions SET status = 'open', span_id = NULL, decided_by = '', decided_at = '' WHERE id = ?",
                    (suggestion_id,),
                )
        return gone

    def _open(self, suggestion_id: int) -> StoredSuggestion:
        s = self.suggestion(suggestion_id)
        if s.status != "open":
            raise SuggestionError(f"suggestion {suggestion_id} was already {s.status}")
        return s

    # -- the team's rules ---------------------------------------------------------------

    def rule_text(self, name: str) -> str:
        """The team's rule file ``name`` (gazetteer TSV or patterns.jsonl) as stored in the project ("" if none)."""
        _check_rule(name)
        if not self._suggestions_stored():
            return ""
        row = self._conn.execute("SELECT body FROM rules WHERE name = ?", (name,)).fetchone()
        return row[0] if row else ""

    def set_rule_text(self, name: str, body: str) -> None:
        """Replace the team's rule file ``name`` in one transaction (empty text removes it)."""
        _check_rule(name)
        with self._db.atomic():
            if body:
                self._conn.execute(
                    "INSERT INTO rules (name, body, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                    (name, body, now_iso()),
                )
            else:
                self._conn.execute("DELETE FROM rules WHERE name = ?", (name,))


def _check_rule(name: str) -> None:
    if name not in RULE_NAMES:
        raise ValueError(f"unknown rule file {name!r}; expected one of {', '.join(RULE_NAMES)}")
