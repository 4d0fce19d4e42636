"""The undoable changes to a project's documents: adding, editing and removing them, and loading an annotation set."""

from __future__ import annotations

from newsmark.core.donemarks import DoneMark
from newsmark.core.model import Document, Span, Tag
from newsmark.ui.commands import _SessionCommand, _UpdateFieldsCommand
from newsmark.ui.session import AnnotationSession


class AddDocumentsCommand(_SessionCommand):
    """Add article texts to the project; undo removes them again (with any spans made since)."""

    def __init__(self, session: AnnotationSession, texts: list[tuple[str, str, str, dict[str, str]]]):
        super().__init__(session, f"Add {len(texts)} document{'s' if len(texts) != 1 else ''}")
        self.texts = texts  # (title, text, source_path, metadata)
        self.added: list[tuple[Document, list[Span]]] = []
        self.existing: list[int] = []

    def apply(self) -> None:
        if self.added or self.existing:  # redo after undo
            self.session.restore_documents(self.added)
        else:
            for doc, new in self.session.add_documents(self.texts):
                if new:
                    self.added.append((doc, []))
                else:
                    self.existing.append(doc.id)
            if not self.added:
                self.setObsolete(True)  # nothing changed: no undo step
        if self.added:
            self.session.open_document(self.added[-1][0].id)
        elif self.existing:
            self.session.open_document(self.existing[-1])

    def revert(self) -> None:
        self.added = self.session.remove_documents([doc.id for doc, _ in self.added])


class UpdateDocumentCommand(_UpdateFieldsCommand):
    """Change a document's status or metadata, showing the document it changes."""

    def set_fields(self, fields: dict) -> None:
        self.session.open_document(self.record_id)
        self.session.update_document(self.record_id, **fields)


class SetStatusCommand(_SessionCommand):
    """Set a document's status with the analyst's done mark; undo puts back the status and every mark as they were."""

    def __init__(self, session: AnnotationSession, doc: Document, text: str, status: str):
        super().__init__(session, text)
        self.document_id = doc.id
        self.old, self.new = doc.status, status
        self.before: list[DoneMark] = []
        self.after: list[DoneMark] | None = None  # the marks the first apply left, so a redo restores the same times

    def apply(self) -> None:
        self.session.open_document(self.document_id)
        if self.after is None:
            self.before = self.session.set_status(self.document_id, self.new)
            self.after = self.session.project.done_marks(self.document_id)
        else:
            self.session.restore_status(self.document_id, self.new, self.after)

    def revert(self) -> None:
        self.session.open_document(self.document_id)
        self.session.restore_status(self.document_id, self.old, self.before)


class RemoveDocumentCommand(_SessionCommand):
    """Remove a document with its spans and every other row tied to it; undo puts all of it back."""

    def __init__(self, session: AnnotationSession, doc: Document):
        super().__init__(session, f"Remove “{doc.title}”")
        self.document_id = doc.id
        self.removed: tuple[Document, list[Span]] | None = None

    def apply(self) -> None:
        self.removed = self.session.remove_document(self.document_id)

    def revert(self) -> None:
        self.session.restore_documents([self.removed])  # the Removal: spans, links, labels, suggestions, decisions, split


class LoadAnnotationSetCommand(_SessionCommand):
    """Add an annotation set file's spans (and any new tags); undo takes exactly those out again."""

    def __init__(self, session: AnnotationSession, path):
        super().__init__(session, f"Load {path.name}")
        self.path = path
        self.added: tuple[list[Span], list[Tag]] | None = None
        self.links: list = []  # the set's links, taken out with its spans by an undo
        self.plan = None  # the rest the load added: links between earlier spans, labels, link types, categories

    def apply(self) -> None:
        if self.added is None:
            self.added = self.session.load_annotation_set(self.path)
            self.plan = self.session.last_load
        else:
            self.session.reload(*self.added, self.links, self.plan)

    def revert(self) -> None:
        self.links = self.session.unload(*self.added, self.plan)
