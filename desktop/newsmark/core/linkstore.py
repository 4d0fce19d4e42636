"""Links between spans and labels of whole documents, on disk (a part of ``Project``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsmark.core.errors import NewsmarkError, NotFoundError
from newsmark.core.model import Category, DocumentLabel, Link, LinkType, default_annotator, now_iso

LINK_COLUMNS = "id, document_id, type_id, source_id, target_id, note, annotator, created_at, updated_at"
_LINK_SLOTS = ", ".join("?" * 9)
_LABEL_COLUMNS = "document_id, category_id, value, annotator, created_at"
LINK_TYPE_COLUMNS = "id, name, color, key, position, sources, targets, symmetric"
CATEGORY_COLUMNS = "id, name, choices, multiple, key, position"


class LinkError(NewsmarkError, ValueError):
    """A link or document label that the tag set does not allow (another document, the same span, a wrong type)."""


def link_type_of(row) -> LinkType:
    """A LinkType from a ``link_types`` row (LINK_TYPE_COLUMNS)."""
    id_, name, color, key, position, sources, targets, symmetric = row
    return LinkType(id_, name, color, key, position, tuple(json.loads(sources)), tuple(json.loads(targets)), bool(symmetric))


def category_of(row) -> Category:
    """A Category from a ``categories`` row (CATEGORY_COLUMNS)."""
    id_, name, choices, multiple, key, position = row
    return Category(id_, name, tuple(json.loads(choices)), bool(multiple), key, position)


class LinkStore:
    """Link and document-label methods of ``Project``; each write is one transaction (``self._db``, ``self._conn``)."""

    def _links_stored(self) -> bool:
        """Whether the file has link tables: a reader may read a format-4 or -5 file as it is, without them."""
        known = getattr(self, "_has_link_tables", None)
        if known is None:
            known = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'links'").fetchone() is not None
            self._has_link_tables = known
        return known

    # -- reading the tag set's link types and categories ----------------------------------

    def link_types(self) -> list[LinkType]:
        """The project's link types in display order."""
        if not self._links_stored():
            return []
        rows = self._conn.execute(f"SELECT {LINK_TYPE_COLUMNS} FROM link_types ORDER BY position, id")
        return [link_type_of(r) for r in rows]

    def link_type(self, type_id: int) -> LinkType:
        """One link type by id."""
        row = self._links_stored() and self._conn.execute(
            f"SELECT {LINK_TYPE_COLUMNS} FROM link_types WHERE id = ?", (type_id,)
        ).fetchone()
        if not row:
            raise NotFoundError(f"there is no link type {type_id} in {self.path.name}")
        return link_type_of(row)

    def categories(self) -> list[Category]:
        """The project's document categories in display order."""
        if not self._links_stored():
            return []
        rows = self._conn.execute(f"SELECT {CATEGORY_COLUMNS} FROM categories ORDER BY position, id")
        return [category_of(r) for r in rows]

    def category(self, category_id: int) -> Category:
        """One document category by id."""
        row = self._links_stored() and self._conn.execute(
            f"SELECT {CATEGORY_COLUMNS} FROM categories WHERE id = ?", (category_id,)
        ).fetchone()
        if not row:
            raise NotFoundError(f"there is no document category {category_id} in {self.path.name}")
        return category_of(row)

    # -- reading links ------------------------------------------------------------------

    def links(self, document_id: int) -> list[Link]:
        """A document's links in id order."""
        if not self._links_stored():
            return []
        rows = self._conn.execute(f"SELECT {LINK_COLUMNS} FROM links WHERE document_id = ? ORDER BY id", (document_id,))
        return list(map(Link._make, rows))

    def link(self, link_id: int) -> Link:
        """One link by id."""
        row = self._links_stored() and self._conn.execute(
            f"SELECT {LINK_COLUMNS} FROM links WHERE id = ?", (link_id,)
        ).fetchone()
        if not row:
            raise NotFoundError(f"there is no link {link_id} in {self.path.name}")
        return Link._make(row)

    def links_of_spans(self, span_ids: Iterable[int]) -> list[Link]:
        """The links that start or end at any of these spans (what deleting them deletes), in id order."""
        ids = sorted({int(i) for i in span_ids})
        if not ids or not self._links_stored():
            return []
        found: dict[int, Link] = {}
        for i in range(0, len(ids), 500):  # SQLite limits the number of bound values
            chunk = ids[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT {LINK_COLUMNS} FROM links WHERE source_id IN ({marks}) "
                f"UNION SELECT {LINK_COLUMNS} FROM links WHERE target_id IN ({marks})", (*chunk, *chunk)
            )
            found.update((r[0], Link._make(r)) for r in rows)
        return [found[k] for k in sorted(found)]

    def links_of_tag(self, tag_id: int) -> list[Link]:
        """The links that start or end at a span with this tag (what deleting the tag deletes), in id order."""
        if not self._links_stored():
            return []
        rows = self._conn.execute(
            f"SELECT {LINK_COLUMNS} FROM links WHERE source_id IN (SELECT id FROM spans WHERE tag_id = ?) "
            f"UNION SELECT {LINK_COLUMNS} FROM links WHERE target_id IN (SELECT id FROM spans WHERE tag_id = ?) "
            "ORDER BY id", (tag_id, tag_id)
        )
        return list(map(Link._make, rows))

    def all_links(self) -> Iterator[Link]:
        """Every link, ordered by document then id (for exports)."""
        if self._links_stored():
            yield from map(Link._make, self._conn.execute(f"SELECT {LINK_COLUMNS} FROM links ORDER BY document_id, id"))

    def link_counts(self, document_id: int) -> dict[int, int]:
        """How many links each span of a document has (as source or target); spans with none are left out."""
        if not self._links_stored():
            return {}
        rows = self._conn.execute(
            "SELECT span, count(*) FROM (SELECT source_id AS span FROM links WHERE document_id = ? "
            "UNION ALL SELECT target_id FROM links WHERE document_id = ?) GROUP BY span", (document_id, document_id)
        )
        return dict(rows)

    def links_retag_would_break(self, span_id: int, tag_id: int) -> list[Link]:
        """The span's links whose type would not allow them if the span had this tag (ask before retagging)."""
        links = self.links_of_spans([span_id])
        if not links:
            return []
        names = {t.id: t.name for t in self.tags()}
        types = {t.id: t for t in self.link_types()}
        ends = {s: names[self.span(s).tag_id] for k in links for s in (k.source_id, k.target_id)}
        ends[span_id] = names[self.tag(tag_id).id]
        return [k for k in links if not types[k.type_id].allows(ends[k.source_id], ends[k.target_id])]

    # -- writing links ------------------------------------------------------------------

    def add_link(
        self, document_id: int, type_id: int, source_id: int, target_id: int, *, note: str = "",
        annotator: str | None = None,
    ) -> Link:
        """Save a new link and return it with its id and times; LinkError if the tag set does not allow it."""
        self._check_link(document_id, type_id, source_id, target_id)
        stamp = now_iso()
        who = default_annotator() if annotator is None else annotator
        link = Link(0, document_id, type_id, source_id, target_id, note, who, stamp, stamp)
        with self._db.atomic():
            cur = self._conn.execute(f"INSERT INTO links ({LINK_COLUMNS}) VALUES ({_LINK_SLOTS})", (None, *link[1:]))
        return link._replace(id=cur.lastrowid)

    def add_links(self, links: Iterable[Link], *, any_type: bool = False) -> list[Link]:
        """Save many new links (their ids are ignored) in one transaction, each checked as ``add_link``; all or none.

        ``any_type`` keeps a link its type does not allow between the two spans' tags, as a confirmed
        retag keeps one: a project's own export must load back whole.
        """
        with self._db.atomic():
            saved = []
            for link in links:
                self._check_link(link.document_id, link.type_id, link.source_id, link.target_id, any_type=any_type)
                cur = self._conn.execute(f"INSERT INTO links ({LINK_COLUMNS}) VALUES ({_LINK_SLOTS})", (None, *link[1:]))
                saved.append(link._replace(id=cur.lastrowid))
        return saved

    def restore_links(self, links: Iterable[Link]) -> None:
        """Put links back exactly as they were (ids and times), in one transaction (the undo of a delete)."""
        with self._db.atomic():
            self._conn.executemany(f"INSERT INTO links ({LINK_COLUMNS}) VALUES ({_LINK_SLOTS})", map(tuple, links))

    def delete_links(self, link_ids: Iterable[int]) -> list[Link]:
        """Delete links in one transaction; returns them as they were, for undo."""
        ids = list(link_ids)
        with self._db.atomic():
            old = [self.link(i) for i in ids]
            self._conn.executemany("DELETE FROM links WHERE id = ?", [(i,) for i in ids])
        return old

    def update_link(self, link_id: int, **changes) -> Link:
        """Change a link's type, ends, note or annotator; ``updated_at`` becomes now unless given."""
        old = self.link(link_id)
        allowed = {"type_id", "source_id", "target_id", "note", "annotator", "updated_at"}
        if not changes.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(changes.keys() - allowed)} of a link")
        changes.setdefault("updated_at", now_iso())
        new = old._replace(**changes)
        if (new.type_id, new.source_id, new.target_id) != (old.type_id, old.source_id, old.target_id):
            self._check_link(new.document_id, new.type_id, new.source_id, new.target_id, ignore=link_id)
        with self._db.atomic():
            self._conn.execute(
                "UPDATE links SET type_id = ?, source_id = ?, target_id = ?, note = ?, annotator = ?, updated_at = ? "
                "WHERE id = ?", (*new[2:6], new.annotator, new.updated_at, link_id),
            )
        return new

    def _check_link(
        self, document_id: int, type_id: int, source_id: int, target_id: int, ignore: int = 0, *, any_type: bool = False
    ) -> None:
        """Raise LinkError unless a link of this type may join these two spans of this document."""
        link_type = self.link_type(type_id)
        if source_id == target_id:
            raise LinkError("a link joins two different spans, not a span to itself")
        ends = {}
        for span_id in (source_id, target_id):
            row = self._conn.execute(
                "SELECT s.document_id, t.name FROM spans s JOIN tags t ON t.id = s.tag_id WHERE s.id = ?", (span_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"there is no span {span_id} in {self.path.name}")
            if row[0] != document_id:
                raise LinkError(f"span {span_id} is in document {row[0]}, not {document_id}: a link stays in one document")
            ends[span_id] = row[1]
        if not any_type and not link_type.allows(ends[source_id], ends[target_id]):
            raise LinkError(
                f"a {link_type.name!r} link cannot go from a {ends[source_id]!r} span to a {ends[target_id]!r} span"
            )
        pairs = [(source_id, target_id), (target_id, source_id)] if link_type.symmetric else [(source_id, target_id)]
        for a, b in pairs:
            # "+type_id": never look this up by the type's index, which holds every link of the type (all 50k of a
            # corpus's same_as links: 8 ms per add); the span indexes hold a few links each.
            if self._conn.execute(
                "SELECT 1 FROM links WHERE +type_id = ? AND source_id = ? AND target_id = ? AND id <> ?",
                (type_id, a, b, ignore),
            ).fetchone():
                raise LinkError(f"spans {source_id} and {target_id} already have a {link_type.name!r} link")

    # -- document labels ----------------------------------------------------------------

    def document_labels(self, document_id: int) -> list[DocumentLabel]:
        """A document's labels, by category order then value."""
        if not self._links_stored():
            return []
        rows = self._conn.execute(
            "SELECT l.document_id, l.category_id, l.value, l.annotator, l.created_at FROM document_labels l "
            "JOIN categories c ON c.id = l.category_id WHERE l.document_id = ? ORDER BY c.position, c.id, l.value, l.annotator",
            (document_id,),
        )
        return list(map(DocumentLabel._make, rows))

    def labels_by_document(self) -> dict[int, list[DocumentLabel]]:
        """Every document's labels (documents without any are left out), each list as ``document_labels`` orders it."""
        found: dict[int, list[DocumentLabel]] = {}
        if not self._links_stored():
            return found
        rows = self._conn.execute(
            "SELECT l.document_id, l.category_id, l.value, l.annotator, l.created_at FROM document_labels l "
            "JOIN categories c ON c.id = l.category_id ORDER BY l.document_id, c.position, c.id, l.value, l.annotator"
        )
        for label in map(DocumentLabel._make, rows):
            found.setdefault(label.document_id, []).append(label)
        return found

    def documents_labelled(self, category_id: int, value: str) -> set[int]:
        """The ids of the documents that have this label (to filter the document list)."""
        if not self._links_stored():
            return set()
        rows = self._conn.execute(
            "SELECT document_id FROM document_labels WHERE category_id = ? AND value = ?", (category_id, value)
        )
        return {r[0] for r in rows}

    def set_document_labels(
        self, document_id: int, category_id: int, values: Iterable[str], annotator: str | None = None
    ) -> list[str]:
        """Make one analyst's answer to a category exactly ``values``; returns their old values (for undo).

        Other analysts' answers are left as they are (review compares them). Values kept keep their
        time. LinkError for a value that is not a choice of the category, or several values for a
        single-choice category.
        """
        self.document_length(document_id)  # a clear error for an unknown document
        category = self.category(category_id)
        new = list(dict.fromkeys(values))
        unknown = [v for v in new if v not in category.choices]
        if unknown:
            raise LinkError(f"{unknown[0]!r} is not a choice of {category.name!r} ({', '.join(category.choices)})")
        if len(new) > 1 and not category.multiple:
            raise LinkError(f"{category.name!r} takes one choice, not {len(new)}")
        who = default_annotator() if annotator is None else annotator
        with self._db.atomic():
            old = [r[0] for r in self._conn.execute(
                "SELECT value FROM document_labels WHERE document_id = ? AND category_id = ? AND annotator = ?",
                (document_id, category_id, who),
            )]
            self._conn.executemany(
                "DELETE FROM document_labels WHERE document_id = ? AND category_id = ? AND value = ? AND annotator = ?",
                [(document_id, category_id, v, who) for v in old if v not in new],
            )
            stamp = now_iso()
            self._conn.executemany(
                f"INSERT INTO document_labels ({_LABEL_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                [(document_id, category_id, v, who, stamp) for v in new if v not in old],
            )
        order = {choice: i for i, choice in enumerate(category.choices)}
        return sorted(old, key=lambda v: order.get(v, len(order)))

    def restore_document_labels(self, labels: Iterable[DocumentLabel]) -> None:
        """Put labels back exactly as they were (annotator and time), in one transaction."""
        with self._db.atomic():
            self._conn.executemany(
                f"INSERT OR REPLACE INTO document_labels ({_LABEL_COLUMNS}) VALUES (?, ?, ?, ?, ?)", map(tuple, labels)
            )

    def remove_document_labels(self, labels: Iterable[DocumentLabel]) -> None:
        """Take these labels out (each analyst's own row; others' answers stay), in one transaction."""
        with self._db.atomic():
            self._conn.executemany(
                "DELETE FROM document_labels WHERE document_id = ? AND category_id = ? AND value = ? AND annotator = ?",
                [(x.document_id, x.category_id, x.value, x.annotator) for x in labels],
            )
