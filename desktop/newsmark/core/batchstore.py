"""Batches of ``Project`` writes: one user action on many records, or its undo, is one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from newsmark.core.model import Document, Link, Removal, Span, Tag
from newsmark.core.tagset import TagSpec


class BatchStore:
    """Batch methods of ``Project``; each is one transaction (``self._db`` comes from it).

    The single-record methods called inside nest as savepoints of the transaction begun here,
    so a batch ends in exactly one COMMIT, or rolls back whole.
    """

    def update_spans(self, changes: list[tuple[int, dict]]) -> list[Span]:
        """Change many spans (each as ``update_span``) in one transaction; returns them as they are now."""
        with self._db.atomic():
            return [self.update_span(span_id, **fields) for span_id, fields in changes]

    def add_documents(self, items: list[tuple[str, str, str, dict[str, str]]]) -> list[tuple[Document, bool]]:
        """Add (title, text, source_path, metadata) documents in one transaction, each as ``add_document``."""
        with self._db.atomic():
            return [self.add_document(title, text, source, **metadata) for title, text, source, metadata in items]

    def remove_documents(self, document_ids: list[int]) -> list[Removal]:
        """Remove documents with everything tied to them in one transaction; returns what ``restore_documents`` needs."""
        with self._db.atomic():
            return [self.remove_document(document_id) for document_id in document_ids]

    def restore_documents(self, removed: list[tuple[Document, list[Span]]]) -> None:
        """Put removed documents back with their spans, in one transaction; with everything else, given Removals."""
        with self._db.atomic():
            for item in removed:
                doc, spans = item
                self.restore_document(
                    doc, spans, getattr(item, "links", ()), getattr(item, "labels", ()), getattr(item, "rows", ())
                )

    def delete_spans_and_tags(self, span_ids: list[int], tag_ids: list[int]) -> list[Link]:
        """Delete spans, then tags, in one transaction (the undo of loading an annotation set); returns the links deleted."""
        with self._db.atomic():
            links = self.delete_spans(span_ids)
            for tag_id in tag_ids:
                links += self.delete_tag(tag_id).links
        return sorted(links)

    def restore_tags_and_spans(self, tags: list[Tag], spans: list[Span], links: Iterable[Link] = ()) -> None:
        """Put tags, then spans, then links back as they were, in one transaction (the redo of loading a set)."""
        with self._db.atomic():
            for tag in tags:
                self.restore_tag(tag, [])
            self.restore_spans(spans, links)

    def change_tags(
        self, *, delete: list[int] = (), update: list[tuple[int, dict]] = (), restore: list[Tag] = (),
        add: list[TagSpec] = (), link_types: dict | None = None, categories: dict | None = None,
        rules: dict[str, str] | None = None,
    ) -> AddedTags:
        """Delete, then update, restore and add tags in one transaction; returns the added tags.

        In this order a key freed by one change is free for the next: a merged tag set and its undo both apply.
        ``link_types`` and ``categories``: keyword arguments of ``change_link_types`` / ``change_categories``,
        applied after the tags in the same transaction; what they add is in the result's attributes.
        ``rules``: the team's rule files to replace, by name (``set_rule_text``).
        """
        with self._db.atomic():
            for tag_id in delete:
                self.delete_tag(tag_id)
            for tag_id, fields in update:
                self.update_tag(tag_id, **fields)
            for tag in restore:
                self.restore_tag(tag, [])
            added = AddedTags(self.add_tag(spec.name, spec.color, spec.key) for spec in add)
            added.link_types = self.change_link_types(**link_types) if link_types else []
            added.categories = self.change_categories(**categories) if categories else []
            for name, body in (rules or {}).items():
                self.set_rule_text(name, body)
            return added


class AddedTags(list):
    """The tags ``change_tags`` added, with the link types and categories it added (``.link_types``, ``.categories``)."""

    link_types: list
    categories: list
