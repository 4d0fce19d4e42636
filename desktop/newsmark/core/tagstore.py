"""The project's tag set on disk: add, change, reorder and delete tags (a part of ``Project``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsmark.core.attributes import attributes_json, parse_attributes, retagged_spans
from newsmark.core.errors import NewsmarkError, NotFoundError
from newsmark.core.documentrows import TAKEN_WITH_TAG, TableRows, put_rows, take_rows
from newsmark.core.model import Link, Removal, Span, Tag
from newsmark.core.tagnames import check_tag_name

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_SPAN_COLUMNS = 'id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes'


class TagStore:
    """Tag methods of ``Project``; each write is one transaction (``self._db``, ``self._conn`` come from it)."""

    def tags(self) -> list[Tag]:
        """The project's tag set in display order."""
        rows = self._conn.execute("SELECT id, name, color, key, position, attributes FROM tags ORDER BY position, id")
        return [Tag(*row) for row in rows]

    def tag(self, tag_id: int) -> Tag:
        """One tag by id."""
        row = self._conn.execute("SELECT id, name, color, key, position, attributes FROM tags WHERE id = ?", (tag_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no tag {tag_id} in {self.path.name}")
        return Tag(*row)

    def count_tag_spans(self, tag_id: int) -> int:
        """How many spans, in all documents, have this tag."""
        return self._conn.execute("SELECT count(*) FROM spans WHERE tag_id = ?", (tag_id,)).fetchone()[0]

    def add_tag(self, name: str, color: str, key: str = "") -> Tag:
        """Add a tag at the end of the tag set."""
        name = self._check_tag(None, name=name, color=color, key=key)["name"]
        with self._db.atomic():
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM tags").fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO tags (name, color, key, position) VALUES (?, ?, ?, ?)", (name, color.lower(), key, position)
            )
        return Tag(cur.lastrowid, name, color.lower(), key, position)

    def update_tag(self, tag_id: int, **fields) -> Tag:
        """Rename, recolor or rekey a tag."""
        allowed = {"name", "color", "key", "attributes"}
        if not fields.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(fields.keys() - allowed)} of a tag")
        old = self.tag(tag_id)
        fields = self._check_tag(tag_id, **fields)
        with self._db.atomic():
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self._conn.execute(f"UPDATE tags SET {assignments} WHERE id = ?", (*fields.values(), tag_id))
            if fields.get("name", old.name) != old.name:
                self._rename_in_link_types(old.name, fields["name"])
        return self.tag(tag_id)

    def reorder_tags(self, tag_ids: list[int]) -> None:
        """Put the tags in this order (every tag id, once)."""
        if sorted(tag_ids) != sorted(t.id for t in self.tags()):
            raise ValueError("reorder_tags needs every tag id exactly once")
        with self._db.atomic():
            self._conn.executemany("UPDATE tags SET position = ? WHERE id = ?", [(i, t) for i, t in enumerate(tag_ids)])

    def delete_tag(self, tag_id: int, *, move_spans_to: int | None = None) -> Removal:
        """Delete a tag; its spans (and their links) are deleted, or moved to another tag.

        Returns ``(tag, spans)`` carrying the deleted links and suggestions (``.rows``, decided ones too): what
        ``restore_tag`` needs. Moved spans keep
        the values the other tag also defines and get its defaults (``retagged_spans``), as a retag does.
        """
        tag = self.tag(tag_id)
        if move_spans_to == tag_id:
            raise ValueError("cannot move a tag's spans to itself")
        target = self.tag(move_spans_to) if move_spans_to is not None else None
        with self._db.atomic():
            spans = [Span._make(r) for r in self._conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans WHERE tag_id = ?", (tag_id,))]
            links = self.links_of_tag(tag_id) if target is None else []
            rows = take_rows(self._conn, tag_id, column="tag_id", tables=TAKEN_WITH_TAG)  # they cascade
            if target is None:
                self._conn.execute("DELETE FROM spans WHERE tag_id = ?", (tag_id,))
            else:
                self._conn.executemany(
                    "UPDATE spans SET tag_id = ?, attributes = ? WHERE id = ?",
                    [(s.tag_id, s.attributes, s.id) for s in retagged_spans(spans, tag, target)],
                )
            self._conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        return Removal(tag, spans, links, rows=rows)

    def restore_tag(self, tag: Tag, spans: list[Span], links: Iterable[Link] = (), rows: tuple[TableRows, ...] = ()) -> None:
        """Undo ``delete_tag``: the tag comes back with its spans as they were (moved ones move back), links and ``.rows``."""
        with self._db.atomic():
            self._conn.execute(
                "INSERT INTO tags (id, name, color, key, position, attributes) VALUES (?, ?, ?, ?, ?, ?)",
                (tag.id, tag.name, tag.color, tag.key, tag.position, tag.attributes),
            )
            # An upsert, not INSERT OR REPLACE: replacing a moved span would delete it first, and its links with it.
            self._conn.executemany(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                f"SET ({_SPAN_COLUMNS}) = (excluded.{_SPAN_COLUMNS.replace(', ', ', excluded.')})", spans
            )
            self.restore_links(links)
            put_rows(self._conn, rows)

    def _check_tag(self, tag_id: int | None, **fields) -> dict:
        others = [t for t in self.tags() if t.id != tag_id]
        if "name" in fields:
            fields["name"] = name = str(fields["name"]).strip()
            if not name:
                raise NewsmarkError("a tag needs a name")
            check_tag_name(name)  # short printable text, as every loader requires
            if any(t.name.casefold() == name.casefold() for t in others):
                raise NewsmarkError(f"there is already a tag called {name!r}")
        if "color" in fields:
            if not _COLOR.match(str(fields["color"])):
                raise NewsmarkError(f"a tag's color looks like #1f77b4, not {fields['color']!r}")
            fields["color"] = fields["color"].lower()
        if "attributes" in fields:  # checked, and stored in one canonical form
            fields["attributes"] = attributes_json(parse_attributes(fields["attributes"], "attributes"))
        if fields.get("key"):
            key = fields["key"]
            if len(key) != 1 or key.isspace():
                raise NewsmarkError(f"a tag's key is one character, not {key!r}")
            clash = next((t for t in others if t.key == key), None)
            if clash is not None:
                raise NewsmarkError(f"key {key!r} already tags {clash.name!r}")
        return fields
