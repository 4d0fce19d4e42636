"""The tag set's link types and document categories on disk: add, change, reorder, delete (a part of ``Project``)."""

from __future__ import annotations

import json

from newsmark.core.errors import NewsmarkError
from newsmark.core.linkset import (
    CategorySpec, LinkTypeSpec, check_color, check_flag, check_key, check_name, check_names,
)
from newsmark.core.linkstore import LINK_COLUMNS, LinkError
from newsmark.core.model import Category, DocumentLabel, Link, LinkType


def _names_json(names) -> str:
    return json.dumps(list(names), ensure_ascii=False)


class LinkTypeStore:
    """Link type and category methods of ``Project``; each write is one transaction (``self._db``, ``self._conn``)."""

    # -- link types ---------------------------------------------------------------------

    def add_link_type(
        self, name: str, color: str, key: str = "", sources=(), targets=(), symmetric: bool = False
    ) -> LinkType:
        """Add a link type at the end of the tag set; ``sources``/``targets``: tag names, () for any tag."""
        fields = self._check_link_type(None, name=name, color=color, key=key, sources=sources, targets=targets,
                                       symmetric=symmetric)
        with self._db.atomic():
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM link_types").fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO link_types (name, color, key, position, sources, targets, symmetric) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (fields["name"], fields["color"], fields["key"], position, _names_json(fields["sources"]),
                 _names_json(fields["targets"]), int(fields["symmetric"])),
            )
        return self.link_type(cur.lastrowid)

    def update_link_type(self, type_id: int, **fields) -> LinkType:
        """Rename, recolor, rekey a link type or change the tags it joins; links already made are kept."""
        allowed = {"name", "color", "key", "sources", "targets", "symmetric"}
        if not fields.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(fields.keys() - allowed)} of a link type")
        self.link_type(type_id)
        fields = self._check_link_type(type_id, **fields)
        values = {k: _names_json(v) if k in ("sources", "targets") else v for k, v in fields.items()}
        if values:
            with self._db.atomic():
                assignments = ", ".join(f"{name} = ?" for name in values)
                self._conn.execute(f"UPDATE link_types SET {assignments} WHERE id = ?", (*values.values(), type_id))
        return self.link_type(type_id)

    def reorder_link_types(self, type_ids: list[int]) -> None:
        """Put the link types in this order (every link type id, once)."""
        if sorted(type_ids) != sorted(t.id for t in self.link_types()):
            raise ValueError("reorder_link_types needs every link type id exactly once")
        with self._db.atomic():
            self._conn.executemany("UPDATE link_types SET position = ? WHERE id = ?", [(i, t) for i, t in enumerate(type_ids)])

    def delete_link_type(self, type_id: int) -> tuple[LinkType, list[Link]]:
        """Delete a link type with its links; returns both for ``restore_link_type``."""
        link_type = self.link_type(type_id)
        with self._db.atomic():
            links = [Link._make(r) for r in self._conn.execute(
                f"SELECT {LINK_COLUMNS} FROM links WHERE type_id = ? ORDER BY id", (type_id,)
            )]
            self._conn.execute("DELETE FROM links WHERE type_id = ?", (type_id,))
            self._conn.execute("DELETE FROM link_types WHERE id = ?", (type_id,))
        return link_type, links

    def restore_link_type(self, link_type: LinkType, links: list[Link] = ()) -> None:
        """Undo ``delete_link_type``: the type comes back as it was, with its links."""
        with self._db.atomic():
            self._conn.execute(
                "INSERT INTO link_types (id, name, color, key, position, sources, targets, symmetric) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (link_type.id, link_type.name, link_type.color, link_type.key, link_type.position,
                 _names_json(link_type.sources), _names_json(link_type.targets), int(link_type.symmetric)),
            )
            self.restore_links(links)

    def _rename_in_link_types(self, old: str, new: str) -> None:
        """A renamed tag keeps the link types that name it (inside the caller's transaction)."""
        for link_type in self.link_types():
            ends = {}
            for end in ("sources", "targets"):
                names = getattr(link_type, end)
                if any(n.casefold() == old.casefold() for n in names):
                    ends[end] = _names_json(new if n.casefold() == old.casefold() else n for n in names)
            if ends:
                assignments = ", ".join(f"{name} = ?" for name in ends)
                self._conn.execute(f"UPDATE link_types SET {assignments} WHERE id = ?", (*ends.values(), link_type.id))

    def _check_link_type(self, type_id: int | None, **fields) -> dict:
        others = [t for t in self.link_types() if t.id != type_id]
        if "name" in fields:
            fields["name"] = name = check_name(fields["name"], "link type")
            if any(t.name.casefold() == name.casefold() for t in others):
                raise NewsmarkError(f"there is already a link type called {name!r}")
        if "color" in fields:
            fields["color"] = check_color(fields["color"], "a link type")
        for end in ("sources", "targets"):
            if end in fields:
                fields[end] = check_names(fields[end], f"a link type's {end}")
        if "symmetric" in fields:
            fields["symmetric"] = check_flag(fields["symmetric"], "a link type's 'symmetric'")
        if "key" in fields:
            fields["key"] = key = check_key(fields["key"], "a link type")
            clash = next((t for t in others if key and t.key == key), None)
            if clash is not None:
                raise NewsmarkError(f"key {key!r} already makes {clash.name!r} links")
        return fields

    def change_link_types(
        self, *, delete: list[int] = (), update: list[tuple[int, dict]] = (), restore: list[LinkType] = (),
        add: list[LinkTypeSpec] = (),
    ) -> list[LinkType]:
        """Delete, then update, restore and add link types in one transaction; returns the added ones.

        Deleting a link type here deletes its links without returning them: only types a tag set import
        just added (so without links) are deleted this way; the editor uses ``delete_link_type``.
        """
        with self._db.atomic():
            for type_id in delete:
                self.delete_link_type(type_id)
            for type_id, fields in update:
                self.update_link_type(type_id, **fields)
            for link_type in restore:
                self.restore_link_type(link_type)
            return [self.add_link_type(s.name, s.color, s.key, s.sources, s.targets, s.symmetric) for s in add]

    def change_categories(
        self, *, delete: list[int] = (), update: list[tuple[int, dict]] = (), restore: list[Category] = (),
        add: list[CategorySpec] = (),
    ) -> list[Category]:
        """Delete, then update, restore and add categories in one transaction; returns the added ones."""
        with self._db.atomic():
            for category_id in delete:
                self.delete_category(category_id)
            for category_id, fields in update:
                self.update_category(category_id, **fields)
            for category in restore:
                self.restore_category(category)
            return [self.add_category(s.name, s.choices, s.multiple, s.key) for s in add]

    # -- document categories ------------------------------------------------------------

    def add_category(self, name: str, choices, multiple: bool = False, key: str = "") -> Category:
        """Add a document category (its choices, one or several at once) at the end of the tag set."""
        fields = self._check_category(None, name=name, choices=choices, multiple=multiple, key=key)
        with self._db.atomic():
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM categories").fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO categories (name, choices, multiple, key, position) VALUES (?, ?, ?, ?, ?)",
                (fields["name"], _names_json(fields["choices"]), int(fields["multiple"]), fields["key"], position),
            )
        return self.category(cur.lastrowid)

    def update_category(self, category_id: int, **fields) -> Category:
        """Rename, rekey a category or change its choices; refuses to drop a choice some document has."""
        allowed = {"name", "choices", "multiple", "key"}
        if not fields.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(fields.keys() - allowed)} of a category")
        old = self.category(category_id)
        fields = self._check_category(category_id, **fields)
        used = self._conn.execute(
            "SELECT value, count(DISTINCT document_id) FROM document_labels WHERE category_id = ? GROUP BY value", (category_id,)
        ).fetchall()
        dropped = [(v, n) for v, n in used if v not in fields.get("choices", old.choices)]
        if dropped:
            value, count = dropped[0]
            raise LinkError(f"{count} document(s) are labelled {old.name} {value!r}: change their labels first")
        if fields.get("multiple") is False and old.multiple:
            several = self._conn.execute(
                "SELECT count(DISTINCT document_id) FROM (SELECT document_id FROM document_labels WHERE category_id = ? "
                "GROUP BY document_id, annotator HAVING count(*) > 1)", (category_id,)
            ).fetchone()[0]
            if several:
                raise LinkError(
                    f"{several} document(s) have several {old.name!r} labels from one analyst: it cannot become single-choice"
                )
        values = {k: _names_json(v) if k == "choices" else v for k, v in fields.items()}
        if values:
            with self._db.atomic():
                assignments = ", ".join(f"{name} = ?" for name in values)
                self._conn.execute(f"UPDATE categories SET {assignments} WHERE id = ?", (*values.values(), category_id))
        return self.category(category_id)

    def reorder_categories(self, category_ids: list[int]) -> None:
        """Put the categories in this order (every category id, once)."""
        if sorted(category_ids) != sorted(c.id for c in self.categories()):
            raise ValueError("reorder_categories needs every category id exactly once")
        with self._db.atomic():
            self._conn.executemany("UPDATE categories SET position = ? WHERE id = ?", [(i, c) for i, c in enumerate(category_ids)])

    def delete_category(self, category_id: int) -> tuple[Category, list[DocumentLabel]]:
        """Delete a category with every document's labels of it; returns both for ``restore_category``."""
        category = self.category(category_id)
        with self._db.atomic():
            labels = [DocumentLabel._make(r) for r in self._conn.execute(
                "SELECT document_id, category_id, value, annotator, created_at FROM document_labels "
                "WHERE category_id = ? ORDER BY document_id, value", (category_id,)
            )]
            self._conn.execute("DELETE FROM categories WHERE id = ?", (category_id,))  # its labels cascade
        return category, labels

    def restore_category(self, category: Category, labels: list[DocumentLabel] = ()) -> None:
        """Undo ``delete_category``: the category comes back as it was, with its labels."""
        with self._db.atomic():
            self._conn.execute(
                "INSERT INTO categories (id, name, choices, multiple, key, position) VALUES (?, ?, ?, ?, ?, ?)",
                (category.id, category.name, _names_json(category.choices), int(category.multiple), category.key,
                 category.position),
            )
            self.restore_document_labels(labels)

    def _check_category(self, category_id: int | None, **fields) -> dict:
        others = [c for c in self.categories() if c.id != category_id]
        if "name" in fields:
            fields["name"] = name = check_name(fields["name"], "category")
            if any(c.name.casefold() == name.casefold() for c in others):
                raise NewsmarkError(f"there is already a category called {name!r}")
        if "choices" in fields:
            fields["choices"] = check_names(fields["choices"], "a category's choices")
            if not fields["choices"]:
                raise NewsmarkError("a category offers at least one choice")
        if "multiple" in fields:
            fields["multiple"] = check_flag(fields["multiple"], "a category's 'multiple'")
        if "key" in fields:
            fields["key"] = key = check_key(fields["key"], "a category")
            clash = next((c for c in others if key and c.key == key), None)
            if clash is not None:
                raise NewsmarkError(f"key {key!r} already labels {clash.name!r}")
        return fields
