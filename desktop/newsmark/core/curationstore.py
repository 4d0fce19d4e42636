"""A curator's decisions on disk: what was rejected from the gold set (a part of ``Project``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from newsmark.core.model import now_iso

_COLUMNS = 'id, document_id, start, "end", tag_id, detail, curator, decision, created_at'


class CurationDecision(NamedTuple):
    """A curator's decision on one unit of a document: a span (tag and range) or, with ``detail``, a link from it."""

    id: int
    document_id: int
    start: int
    end: int
    tag_id: int
    detail: str  # "" for a span; for a link, which link (see core.review.curation)
    curator: str
    decision: str = "reject"
    created_at: str = ""


class CurationStore:
    """Curation methods of ``Project``; each write is one transaction (``self._db``, ``self._conn`` come from it)."""

    def _decisions_stored(self) -> bool:
        """Whether the file has the decisions table: a reader may read an older file as it is, without it."""
        return self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'curation_decisions'").fetchone() is not None

    def curation_decisions(self, document_id: int, curator: str) -> list[CurationDecision]:
        """A curator's decisions on a document, oldest first."""
        if not self._decisions_stored():
            return []
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM curation_decisions WHERE document_id = ? AND curator = ? ORDER BY id",
            (document_id, curator),
        )
        return list(map(CurationDecision._make, rows))

    def add_curation_decisions(self, decisions: Iterable[CurationDecision]) -> list[CurationDecision]:
        """Save new decisions (their ids are ignored) in one transaction; returns them with ids and times."""
        stamp = now_iso()
        saved = []
        with self._db.atomic():
            for d in decisions:
                d = d._replace(created_at=d.created_at or stamp)
                cur = self._conn.execute(f"INSERT INTO curation_decisions ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)", d[1:])
                saved.append(d._replace(id=cur.lastrowid))
        return saved

    def restore_curation_decisions(self, decisions: Iterable[CurationDecision]) -> None:
        """Put deleted decisions back exactly as they were (ids and times), in one transaction."""
        with self._db.atomic():
            self._conn.executemany(f"INSERT INTO curation_decisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions)

    def delete_curation_decisions(self, decision_ids: Iterable[int]) -> None:
        """Forget decisions, in one transaction (the undo of a reject)."""
        with self._db.atomic():
            self._conn.executemany("DELETE FROM curation_decisions WHERE id = ?", [(i,) for i in decision_ids])
