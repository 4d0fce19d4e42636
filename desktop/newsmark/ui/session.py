"""The open project as the window's commands see it: one place that writes, then updates models."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from newsmark.core.attributes import default_values, retagged_spans
from newsmark.core.formats import registry
from newsmark.core.formats.linkload import put_back_extras, take_out_extras
from newsmark.core.donemarks import DoneMark
from newsmark.core.model import Document, DocumentInfo, Span, Tag, annotating_as, default_annotator
from newsmark.core.spanindex import SpanIndex
from newsmark.core.shownlinks import ShownLinks
from newsmark.core.spanstore import SpanEvent, SpanStore
from newsmark.core.storage import Project
from newsmark.ui.documentlistmodel import DocumentListModel
from newsmark.ui.sessionlinks import SessionLinks
from newsmark.ui.sessionsuggestions import SessionSuggestions
from newsmark.ui.slices import SliceLoader
from newsmark.ui.linkcounts import LinkCountTableModel


class AnnotationSession(SessionLinks, SessionSuggestions, QObject):
    """Holds the project, the shown document and the span store; every edit goes through here.

    Each method writes to the project first (one committed transaction), then tells the
    span store what changed, once; the Qt models and the window follow the store's events,
    so the screen never shows something that is not saved.
    """

    document_changed = Signal()  # another document is shown (or none)
    spans_changed = Signal()  # the shown document's spans changed
    document_edited = Signal()  # the shown document's title, status or metadata changed
    tags_changed = Signal()  # the tag set changed: names, colors, keys, order or members
    failed = Signal(str)  # an edit could not be saved; the message says why
    link_types_changed = Signal()  # link types or categories changed (names, colors, keys, ends, choices)
    labels_changed = Signal(int)  # a document's labels changed (its id)
    suggestions_changed = Signal(object)  # the open suggestions of these documents (a set of ids) changed
    annotator: str | None = None  # the name new spans carry (None: the login); the window sets it from its settings

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.document: Document | None = None
        documents = project.documents()
        self.store = SpanStore({d.id: d.spans for d in documents})
        self.tags: list[Tag] = project.tags()
        self.span_model = LinkCountTableModel(self.store, self)  # the span table, with link counts on request
        self.span_model.set_tags(self.tags)
        self.document_model = DocumentListModel(documents, self.store, self)
        # Each document's open suggestions: one grouped read now, then one read per change of some documents.
        self.document_model.follow_suggestions(lambda ids: project.count_suggestions(document_ids=ids))
        self.suggestions_changed.connect(self.document_model.suggestions_changed)
        self.store.subscribe(self._on_store_event)
        self.links = ShownLinks(self.store, project.links_of_spans)  # the shown spans' links, read with them
        self.span_model.follow_links(self.links)
        self.read_link_set()
        self._loader = SliceLoader(self)

    def close(self) -> None:
        """Read no more slices and close the project (everything is already saved)."""
        self._loader.stop()
        self.project.close()

    @property
    def index(self) -> SpanIndex:
        """The shown document's span index (always the same object)."""
        return self.store.index

    def _on_store_event(self, event: SpanEvent) -> None:
        if event.kind == "reset" or event.spans:  # counts of other documents concern only the list
            self.spans_changed.emit()

    # -- reading -----------------------------------------------------------------

    def tag(self, tag_id: int) -> Tag | None:
        """A tag by id."""
        return next((t for t in self.tags if t.id == tag_id), None)

    def open_document(self, document_id: int | None) -> None:
        """Show a document (None: none) and load its spans (a large one's in slices, after the first screen)."""
        if document_id is None:
            self.document = None
            self._loader.stop()
            self.store.show(None)
        elif self.document is None or self.document.id != document_id:
            self.document = self.project.document(document_id)
            self._loader.start(self.document)
        else:
            return
        self.document_changed.emit()

    def span_counts(self) -> dict[int, int]:
        """How many spans of each tag the shown document has."""
        counts = self.store.tag_counts()
        return {t.id: counts.get(t.id, 0) for t in self.tags}

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
        span = self.project.add_span(
            document_id, tag_id, start, end, note=note, attributes=defaults, annotator=self.annotator
        )
        self.store.add([span])
        return span

    def restore_span(self, span: Span) -> None:
        """Put a deleted span back exactly as it was."""
        self.open_document(span.document_id)
        self.project.restore_span(span)
        self.store.add([span])

    def delete_span(self, span_id: int) -> Span:
        """Delete a span and return it as it was."""
        span = self.project.span(span_id)
        self.open_document(span.document_id)
        self.project.delete_span(span_id)
        self.store.remove([span])
        return span

    def update_span(self, span_id: int, **changes) -> Span:
        """Change a span's tag, edges or note; returns the new span."""
        span = self.project.span(span_id)
        self.open_document(span.document_id)
        new = self.project.update_span(span_id, **changes)
        self.store.change([new])
        return new

    def update_spans(self, changes: list[tuple[int, dict]]) -> list[Span]:
        """Change many spans of one document in one transaction; returns them as they are now."""
        self.open_document(self.project.span(changes[0][0]).document_id)
        new = self.project.update_spans(changes)
        self.store.change(new)
        return new

    def add_spans(self, spans: list[Span]) -> list[Span]:
        """Save many new spans (any documents) in one transaction; returns them with ids."""
        saved = self.project.insert_spans(spans)
        self.store.add(saved)
        return saved

    def restore_spans(self, spans: list[Span]) -> None:
        """Put many deleted spans back as they were."""
        self.project.restore_spans(spans)
        self.store.add(spans)

    def remove_spans(self, spans: list[Span]) -> None:
        """Delete many spans in one transaction."""
        self.project.delete_spans([s.id for s in spans])
        self.store.remove(spans)

    # -- annotation sets -----------------------------------------------------------------

    def load_annotation_set(self, path) -> tuple[list[Span], list[Tag]]:
        """Add every span, link and label of an annotation set file (all or none); returns the spans and tags it added.

        ``last_load`` keeps the rest of what it added (links, labels, link types, categories) for undo.
        """
        last_span, last_tag = self.project.newest_ids()
        with annotating_as(self.annotator):  # rows that name no annotator are the analyst's
            self.last_load = registry.load(self.project, path)  # its links, labels and lines not held, for the caller
        spans, tags = self.project.spans_since(last_span), [t for t in self.project.tags() if t.id > last_tag]
        self._tags_changed()  # before the spans: no span is shown with a tag the window does not know
        self.store.add(spans)  # the links the set brought between them come with them (see ShownLinks)
        self.links.add(self.last_load.links)  # and those between spans that were there before
        self._extras_changed(self.last_load)
        return spans, tags

    def unload(self, spans: list[Span], tags: list[Tag], plan=None) -> list:
        """Take a loaded set's spans, tags and the rest it added out again, in one transaction; returns the links
        that went with its spans."""
        with self.project.transaction():
            if plan is not None:
                take_out_extras(self.project, plan)
            links = self.project.delete_spans_and_tags([s.id for s in spans], [t.id for t in tags])
        self.store.remove(spans)
        if plan is not None:
            self.links.remove(plan.links)  # links between spans that were there before
        self._tags_changed()
        self._extras_changed(plan)
        return links

    def reload(self, spans: list[Span], tags: list[Tag], links=(), plan=None) -> None:
        """Put a loaded set's spans, tags, links and the rest it added back as they were, in one transaction."""
        with self.project.transaction():
            self.project.restore_tags_and_spans(tags, spans, links)
            if plan is not None:
                put_back_extras(self.project, plan)
        self._tags_changed()
        self.store.add(spans)
        self.links.add([*links, *(plan.links if plan is not None else ())])
        self._extras_changed(plan)

    def _extras_changed(self, plan) -> None:
        """Show the labels a load (or its undo) changed."""
        if plan is None:
            return
        documents = {label.document_id for label in plan.labels}
        self.reread_labels(documents)
        for document_id in documents:
            self.labels_changed.emit(document_id)

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
        """Delete a tag, deleting its spans (and their links) or moving them to another tag.

        Returns the project's ``Removal``: the pair (tag, spans) with ``.links``, for ``restore_tag``.
        """
        removal = self.project.delete_tag(tag_id, move_spans_to=move_spans_to)
        tag, spans = removal
        if move_spans_to is None:
            self.store.remove(spans)
        else:  # as the project moved them: the other tag's values and defaults
            self.store.change(retagged_spans(spans, tag, self.tag(move_spans_to)))
        self._tags_changed()
        return removal

    def restore_tag(self, tag: Tag, spans: list[Span], links=(), rows=()) -> None:
        """Bring a deleted tag back with its spans (and the links and suggestions deleted with them)."""
        # Its spans were either all deleted or all moved to another tag (and still exist).
        moved = bool(spans) and self.project.has_span(spans[0].id)
        self.project.restore_tag(tag, spans, links, rows)
        self._tags_changed()
        if moved:
            self.store.change(spans)
        else:
            self.store.add(spans)
            self.links.add(links)

    def change_tags(self, **changes) -> list[Tag]:
        """Delete, update, restore and add tags in one transaction (see ``Project.change_tags``)."""
        added = self.project.change_tags(**changes)
        self._tags_changed()
        return added

    def _tags_changed(self) -> None:
        self.reread_link_types()  # a tag set file may bring link types and categories too
        self.tags = self.project.tags()
        self.span_model.set_tags(self.tags)
        self.tags_changed.emit()
        self.spans_changed.emit()

    def add_document(self, title: str, text: str, source_path: str, **metadata: str) -> tuple[Document, bool]:
        """Add a document with its metadata to the project (unless its text is already there)."""
        doc, new = self.project.add_document(title, text, source_path, **metadata)
        if new:
            self.store.set_document(doc.id, 0)
            self.document_model.document_added(_info(doc))
        return doc, new

    def add_documents(self, items: list[tuple[str, str, str, dict[str, str]]]) -> list[tuple[Document, bool]]:
        """Add (title, text, source_path, metadata) documents in one transaction, skipping texts already in."""
        added = self.project.add_documents(items)
        fresh = [doc for doc, new in added if new]
        self.store.set_documents({doc.id: 0 for doc in fresh})
        self.document_model.documents_added([_info(doc) for doc in fresh])
        return added

    def update_document(self, document_id: int, **fields) -> Document:
        """Change a document's status or metadata."""
        return self._document_updated(self.project.update_document(document_id, **fields))

    def set_status(self, document_id: int, status: str) -> list[DoneMark]:
        """Set a document's status with the analyst's done mark (one transaction); returns its marks as they were."""
        who = default_annotator() if self.annotator is None else self.annotator  # as a new span's annotator
        doc, before = self.project.set_status(document_id, status, who)
        self._document_updated(doc)
        return before

    def restore_status(self, document_id: int, status: str, marks: list[DoneMark]) -> None:
        """Put a document's status and done marks back as they were (one transaction)."""
        self._document_updated(self.project.restore_status(document_id, status, marks))

    def _document_updated(self, doc: Document) -> Document:
        self.document_model.document_updated(doc)
        if self.document is not None and self.document.id == doc.id:
            self.document = doc
            self.document_edited.emit()
        return doc

    def remove_document(self, document_id: int) -> tuple[Document, list[Span]]:
        """Remove a document and its spans."""
        return self.remove_documents([document_id])[0]

    def remove_documents(self, document_ids: list[int]) -> list[tuple[Document, list[Span]]]:
        """Remove documents and their spans in one transaction; the list and counts follow once."""
        if self.document is not None and self.document.id in document_ids:
            self.open_document(None)
        removed = self.project.remove_documents(document_ids)  # Removals: with their links and labels
        self.document_model.documents_removed(document_ids)
        self.store.forget_documents(document_ids)
        self.reread_labels(document_ids)
        return removed

    def restore_document(self, doc: Document, spans: list[Span]) -> None:
        """Put a removed document back with its spans."""
        self.restore_documents([(doc, spans)])

    def restore_documents(self, removed: list[tuple[Document, list[Span]]]) -> None:
        """Put removed documents back with their spans in one transaction, and show the last one."""
        self.project.restore_documents(removed)
        self.reread_labels([doc.id for doc, _spans in removed])
        self.store.set_documents({doc.id: len(spans) for doc, spans in removed})
        self.document_model.documents_added([_info(doc, len(spans)) for doc, spans in removed])
        if removed:
            self.open_document(removed[-1][0].id)


def _info(doc: Document, spans: int = 0) -> DocumentInfo:
    return DocumentInfo(doc.id, doc.title, doc.source_path, doc.sha256, doc.added_at, len(doc.text), spans, doc.status)
