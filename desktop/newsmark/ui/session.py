"""The open project as the window's commands see it: one place that writes, then updates models."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, QTimer, Signal

from newsmark.core.attributes import default_values
from newsmark.core.formats.exporting import load_annotation_set
from newsmark.core.model import Document, DocumentInfo, Span, Tag
from newsmark.core.spanindex import SpanIndex
from newsmark.core.storage import Project
from newsmark.ui.documentlistmodel import DocumentListModel
from newsmark.ui.spantable import SpanTableModel


EAGER_SPANS = 5_000  # documents with more spans load the first screen's spans first
FIRST_SCREEN_CHARS = 20_000  # generously more text than any window shows at once


class AnnotationSession(QObject):
    """Holds the project, the shown document and its span index; every edit goes through here.

    Each method writes to the project first (one committed transaction), then
    updates the in-memory index and the Qt models, so the screen never shows
    something that is not saved.
    """

    document_changed = Signal()  # another document is shown (or none)
    spans_changed = Signal()  # the shown document's spans changed
    document_edited = Signal()  # the shown document's title, status or metadata changed
    tags_changed = Signal()  # the tag set changed: names, colors, keys, order or members
    failed = Signal(str)  # an edit could not be saved; the message says why

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.document: Document | None = None
        self.index = SpanIndex()
        self._counts: Counter[int] = Counter()
        self.tags: list[Tag] = project.tags()
        self.span_model = SpanTableModel(self)
        self.span_model.set_tags(self.tags)
        self.document_model = DocumentListModel(project.documents(), self)

    # -- reading -----------------------------------------------------------------

    def tag(self, tag_id: int) -> Tag | None:
        """A tag by id."""
        return next((t for t in self.tags if t.id == tag_id), None)

    def open_document(self, document_id: int | None) -> None:
        """Show a document (None: none) and load its spans."""
        if document_id is None:
            self.document, self.index = None, SpanIndex()
            self._counts = Counter()
            self.span_model.set_document("", [])
        elif self.document is None or self.document.id != document_id:
            self.document = self.project.document(document_id)
            if self.project.count_spans(document_id) > EAGER_SPANS:
                # Paint the first screen at once; the rest follows on the next turn of the event loop.
                spans = self.project.spans(document_id, starting_before=FIRST_SCREEN_CHARS)
                QTimer.singleShot(0, lambda d=document_id: self._load_all_spans(d))
            else:
                spans = self.project.spans(document_id)
            self._show_spans(spans)
        else:
            return
        self.document_changed.emit()

    def _show_spans(self, spans: list[Span]) -> None:
        self.index = SpanIndex(spans)
        self._counts = Counter(s.tag_id for s in spans)
        self.span_model.set_document(self.document.text, spans)

    def _load_all_spans(self, document_id: int) -> None:
        """Load every span of a large document, unless another one is shown by now."""
        if self.document is None or self.document.id != document_id:
            return
        # The file is the truth: an edit made since the first screen was painted is read back too.
        spans = self.project.spans(document_id)
        self.index.reset(spans)  # the same object the view paints from
        self._counts = Counter(s.tag_id for s in spans)
        self.span_model.set_document(self.document.text, spans)
        self.spans_changed.emit()

    def span_counts(self) -> dict[int, int]:
        """How many spans of each tag the shown document has."""
        return {t.id: self._counts[t.id] for t in self.tags}

    def find_span(self, document_id: int, tag_id: int, start: int, end: int) -> Span | None:
        """A span of the shown document with exactly this tag and range, if any."""
        if self.document is None or self.document.id != document_id:
            return None
        return next(
            (s for s in self.index.covering(start) if (s.tag_id, s.start, s.end) == (tag_id, start, end)),
            None,
        )

    # -- writing (called by undo commands) -------------------------------------------

    def create_span(self, document_id: int, tag_id: int, start: int, end: int, note: str = "") -> Span:
        """Save a new span and show it."""
        self.open_document(document_id)
        # A new span starts with its tag's default values (a claim starts "unverified").
        defaults = default_values(self.tag(tag_id))
        span = self.project.add_span(document_id, tag_id, start, end, note=note, attributes=defaults)
        self._shown_span_added(span)
        return span

    def restore_span(self, span: Span) -> None:
        """Put a deleted span back exactly as it was."""
        self.open_document(span.document_id)
        self.project.restore_span(span)
        self._shown_span_added(span)

    def delete_span(self, span_id: int) -> Span:
        """Delete a span and return it as it was."""
        span = self.project.span(span_id)
        self.open_document(span.document_id)
        self.project.delete_span(span_id)
        self.index.remove(span_id)
        self._counts[span.tag_id] -= 1
        self.span_model.span_removed(span_id)
        self.document_model.span_count_changed(span.document_id, -1)
        self.spans_changed.emit()
        return span

    def update_span(self, span_id: int, **changes) -> Span:
        """Change a span's tag, edges or note; returns the new span."""
        span = self.project.span(span_id)
        self.open_document(span.document_id)
        new = self.project.update_span(span_id, **changes)
        self.index.replace(new)
        self._counts[span.tag_id] -= 1
        self._counts[new.tag_id] += 1
        self.span_model.span_updated(new)
        self.spans_changed.emit()
        return new

    def update_spans(self, changes: list[tuple[int, dict]]) -> list[Span]:
        """Change many spans of one document in one transaction; returns them as they are now."""
        self.open_document(self.project.span(changes[0][0]).document_id)
        old = {span_id: self.index.get(span_id) or self.project.span(span_id) for span_id, _ in changes}
        new = self.project.update_spans(changes)
        for span in new:
            self.index.replace(span)
            self._counts[old[span.id].tag_id] -= 1
            self._counts[span.tag_id] += 1
            self.span_model.span_updated(span)
        self.spans_changed.emit()
        return new

    def add_spans(self, spans: list[Span]) -> list[Span]:
        """Save many new spans (any documents) in one transaction; returns them with ids."""
        saved = self.project.insert_spans(spans)
        self._bulk_changed(saved, +1)
        return saved

    def restore_spans(self, spans: list[Span]) -> None:
        """Put many deleted spans back as they were."""
        self.project.restore_spans(spans)
        self._bulk_changed(spans, +1)

    def remove_spans(self, spans: list[Span]) -> None:
        """Delete many spans in one transaction."""
        self.project.delete_spans([s.id for s in spans])
        self._bulk_changed(spans, -1)

    def _bulk_changed(self, spans: list[Span], sign: int) -> None:
        shown = self.document.id if self.document else None
        per_document = Counter(s.document_id for s in spans)
        for document_id, count in per_document.items():
            self.document_model.span_count_changed(document_id, sign * count)
        mine = [s for s in spans if s.document_id == shown]
        if not mine:
            return
        for span in mine:
            if sign > 0:
                self.index.add(span)
            else:
                self.index.remove(span.id)
            self._counts[span.tag_id] += sign
        self.span_model.set_document(self.document.text, list(self.index))
        self.spans_changed.emit()

    # -- annotation sets -----------------------------------------------------------------

    def load_annotation_set(self, path) -> tuple[list[Span], list[Tag]]:
        """Add every span of an annotation set file (all or none); returns the spans and tags it added."""
        last_span, last_tag = self.project.newest_ids()
        load_annotation_set(self.project, path)
        added = self.project.spans_since(last_span), [t for t in self.project.tags() if t.id > last_tag]
        self._tags_changed(spans_too=True)
        return added

    def unload(self, spans: list[Span], tags: list[Tag]) -> None:
        """Take a loaded set's spans and tags out again, in one transaction."""
        self.project.delete_spans_and_tags([s.id for s in spans], [t.id for t in tags])
        self._tags_changed(spans_too=True)

    def reload(self, spans: list[Span], tags: list[Tag]) -> None:
        """Put a loaded set's spans and tags back as they were, in one transaction."""
        self.project.restore_tags_and_spans(tags, spans)
        self._tags_changed(spans_too=True)

    # -- the tag set ------------------------------------------------------------------

    def add_tag(self, name: str, color: str, key: str) -> Tag:
        """Add a tag to the tag set."""
        tag = self.project.add_tag(name, color, key)
        self._tags_changed()
        return tag

    def update_tag(self, tag_id: int, **fields) -> Tag:
        """Rename, recolor or rekey a tag."""
        tag = self.project.update_tag(tag_id, **fields)
        self._tags_changed()
        return tag

    def reorder_tags(self, tag_ids: list[int]) -> None:
        """Put the tags in a new order."""
        self.project.reorder_tags(tag_ids)
        self._tags_changed()

    def delete_tag(self, tag_id: int, move_spans_to: int | None) -> tuple[Tag, list[Span]]:
        """Delete a tag, deleting its spans or moving them to another tag."""
        removed = self.project.delete_tag(tag_id, move_spans_to=move_spans_to)
        self._tags_changed(spans_too=True)
        return removed

    def restore_tag(self, tag: Tag, spans: list[Span]) -> None:
        """Bring a deleted tag back with its spans."""
        self.project.restore_tag(tag, spans)
        self._tags_changed(spans_too=True)

    def change_tags(self, **changes) -> list[Tag]:
        """Delete, update, restore and add tags in one transaction (see ``Project.change_tags``)."""
        added = self.project.change_tags(**changes)
        self._tags_changed()
        return added

    def _tags_changed(self, *, spans_too: bool = False) -> None:
        self.tags = self.project.tags()
        if spans_too:  # spans were deleted or moved: reload what is shown, before any span is shown with new tags
            self.document_model.reset(self.project.documents())
            shown, self.document = (self.document.id if self.document else None), None
            self.open_document(shown)
        self.span_model.set_tags(self.tags)
        self.tags_changed.emit()
        self.spans_changed.emit()

    def add_document(self, title: str, text: str, source_path: str, **metadata: str) -> tuple[Document, bool]:
        """Add a document with its metadata to the project (unless its text is already there)."""
        doc, new = self.project.add_document(title, text, source_path, **metadata)
        if new:
            self.document_model.document_added(_info(doc))
        return doc, new

    def add_documents(self, items: list[tuple[str, str, str, dict[str, str]]]) -> list[tuple[Document, bool]]:
        """Add (title, text, source_path, metadata) documents in one transaction, skipping texts already in."""
        added = self.project.add_documents(items)
        for doc, new in added:
            if new:
                self.document_model.document_added(_info(doc))
        return added

    def remove_documents(self, document_ids: list[int]) -> list[tuple[Document, list[Span]]]:
        """Remove documents and their spans in one transaction."""
        if self.document is not None and self.document.id in document_ids:
            self.open_document(None)
        removed = self.project.remove_documents(document_ids)
        for document_id in document_ids:
            self.document_model.document_removed(document_id)
        return removed

    def restore_documents(self, removed: list[tuple[Document, list[Span]]]) -> None:
        """Put removed documents back with their spans, in one transaction."""
        self.project.restore_documents(removed)
        for doc, spans in removed:
            self.document_model.document_added(_info(doc, len(spans)))

    def update_document(self, document_id: int, **fields) -> Document:
        """Change a document's status or metadata."""
        doc = self.project.update_document(document_id, **fields)
        self.document_model.document_updated(doc)
        if self.document is not None and self.document.id == document_id:
            self.document = doc
            self.document_edited.emit()
        return doc

    def remove_document(self, document_id: int) -> tuple[Document, list[Span]]:
        """Remove a document and its spans."""
        if self.document is not None and self.document.id == document_id:
            self.open_document(None)
        removed = self.project.remove_document(document_id)
        self.document_model.document_removed(document_id)
        return removed

    def restore_document(self, doc: Document, spans: list[Span]) -> None:
        """Put a removed document back with its spans."""
        self.project.restore_document(doc, spans)
        self.document_model.document_added(_info(doc, len(spans)))
        self.open_document(doc.id)

    def _shown_span_added(self, span: Span) -> None:
        self.index.add(span)
        self._counts[span.tag_id] += 1
        self.span_model.span_added(span)
        self.document_model.span_count_changed(span.document_id, +1)
        self.spans_changed.emit()


def _info(doc: Document, spans: int = 0) -> DocumentInfo:
    return DocumentInfo(doc.id, doc.title, doc.source_path, doc.sha256, doc.added_at, len(doc.text), spans, doc.status)
