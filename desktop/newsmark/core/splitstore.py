"""A project's training split on disk: each document's part and how the split was made (a part of ``Project``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import NamedTuple

from newsmark.core.errors import NewsmarkError
from newsmark.core.model import now_iso

PARTS = ("train", "dev", "test")


class NoSplitError(NewsmarkError):
    """The project has never been split, so no part can be asked for."""


class SplitInfo(NamedTuple):
    """How the stored split was made, and how many documents each part holds."""

    seed: int
    ratios: dict[str, float]
    annotator: str  # whose spans were counted; "" for everyone's
    made_at: str
    documents: dict[str, int]


class SplitStore:
    """Split methods of ``Project``; a split is written in one transaction (``self._db``, ``self._conn``)."""

    def save_split(
        self, parts: Mapping[int, str], *, seed: int, ratios: Mapping[str, float], annotator: str = ""
    ) -> None:
        """Replace the stored split with ``parts`` (document id -> train, dev or test), all at once."""
        bad = sorted({p for p in parts.values() if p not in PARTS})
        if bad:
            raise ValueError(f"unknown part {', '.join(bad)}; use {', '.join(PARTS)}")
        made_at = now_iso()
        ratios_json = json.dumps(dict(ratios))
        with self._db.atomic():
            self._conn.execute("DELETE FROM splits")
            self._conn.executemany(
                "INSERT INTO splits (document_id, part, seed, ratios, annotator, made_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(document_id, part, seed, ratios_json, annotator, made_at) for document_id, part in sorted(parts.items())],
            )

    def split_parts(self) -> dict[int, str]:
        """Each split document's part; empty when the project was never split."""
        if not self._has_splits():
            return {}
        return dict(self._conn.execute("SELECT document_id, part FROM splits"))

    def split_info(self) -> SplitInfo | None:
        """How the stored split was made; None when the project was never split."""
        if not self._has_splits():
            return None
        row = self._conn.execute("SELECT seed, ratios, annotator, made_at FROM splits LIMIT 1").fetchone()
        if row is None:
            return None
        counts = dict(self._conn.execute("SELECT part, count(*) FROM splits GROUP BY part"))
        return SplitInfo(row[0], json.loads(row[1]), row[2], row[3], {p: counts.get(p, 0) for p in PARTS})

    def _has_splits(self) -> bool:
        # A reader opens older files as they are (storageconnect.READABLE_VERSION): those have no splits table.
        return self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'splits'").fetchone() is not None
