"""One QUndoCommand per user action; each stores what it needs to undo and calls one session method."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from newsmark.core.model import Document, Span, Tag
from newsmark.ui.session import AnnotationSession


def _excerpt(session: AnnotationSession, start: int, end: int) -> str:
    text = session.document.text[start:end] if session.document else ""
    text = " ".join(text.split())
    return text if len(text) <= 30 else text[:29] + "…"


class _SessionCommand(QUndoCommand):
    """Reports failures instead of raising out of Qt, and drops a command that failed to apply."""

    def __init__(self, session: AnnotationSession, text: str):
        super().__init__(text)
        self.session = session
        self.error: Exception | None = None

    def redo(self) -> None:
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step) -> None:
        try:
            step()
        except Exception as e:  # noqa: BLE001 - also sqlite3 errors (disk full, I/O); reported by the window
            self.error = e
            self.session.failed.emit(f"{self.text()}: {e}")
            # An obsolete command is removed by the stack, so nothing claims a change that did not happen.
            self.setObsolete(True)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddSpanCommand(_SessionCommand):
    """Tag a range of the text."""

    def __init__(self, session: AnnotationSession, document_id: int, tag_id: int, start: int, end: int):
        tag = session.tag(tag_id)
        super().__init__(session, f"Tag “{_excerpt(session, start, end)}” as {tag.name if tag else tag_id}")
        self.args = (document_id, tag_id, start, end)
        self.span: Span | None = None

    def apply(self) -> None:
        if self.span is None:
            self.span = self.session.create_span(*self.args)
        else:
            self.session.restore_span(self.span)

    def revert(self) -> None:
        self.session.delete_span(self.span.id)


class DeleteSpanCommand(_SessionCommand):
    """Delete a span."""

    def __init__(self, session: AnnotationSession, span: Span):
        tag = session.tag(span.tag_id)
        super().__init__(session, f"Delete {tag.name if tag else 'span'} “{_excerpt(session, span.start, span.end)}”")
        self.span = span

    def apply(self) -> None:
        self.span = self.session.delete_span(self.span.id)

    def revert(self) -> None:
        self.session.restore_span(self.span)


class _UpdateFieldsCommand(_SessionCommand):
    """Set some fields of one span, document or tag, keeping the old values for undo."""

    def __init__(self, session: AnnotationSession, record, text: str, **fields):
        super().__init__(session, text)
        self.record_id = record.id
        self.new = fields
        self.old = {name: getattr(record, name) for name in fields}

    def apply(self) -> None:
        self.set_fields(self.new)

    def revert(self) -> None:
        self.set_fields(self.old)

    def set_fields(self, fields: dict) -> None:
        """Write ``fields`` through the session."""
        raise NotImplementedError


class UpdateSpanCommand(_UpdateFieldsCommand):
    """Change a span's tag, note, edges or attributes; undo also restores its old change time."""

    def __init__(self, session: AnnotationSession, span: Span, text: str, **changes):
        super().__init__(session, span, text, **changes)
        self.old["updated_at"] = span.updated_at

    def set_fields(self, fields: dict) -> None:
        self.session.update_span(self.record_id, **fields)


class AdjustEdgesCommand(UpdateSpanCommand):
    """Move a span's edges; presses in a row on one span merge into one undo step."""

    MERGE_ID = 1

    def __init__(self, session: AnnotationSession, span: Span, start: int, end: int):
        super().__init__(session, span, f"Adjust “{_excerpt(session, span.start, span.end)}”", start=start, end=end)

    def id(self) -> int:  # noqa: A003 - Qt override
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, AdjustEdgesCommand) or other.record_id != self.record_id or other.error:
            return False
        self.new = other.new
        return True


class AddSpansCommand(_SessionCommand):
    """Tag many ranges at once (annotate all matches): one transaction, one undo step."""

    def __init__(self, session: AnnotationSession, spans: list[Span], text: str):
        super().__init__(session, text)
        self.spans = spans
        self.saved: list[Span] | None = None

    def apply(self) -> None:
        if self.saved is None:
            self.saved = self.session.add_spans(self.spans)
        else:
            self.session.restore_spans(self.saved)

    def revert(self) -> None:
        self.session.remove_spans(self.saved)


def retag_command(session: AnnotationSession, span: Span, tag_id: int) -> UpdateSpanCommand:
    """Change a span's tag."""
    tag = session.tag(tag_id)
    text = f"Change “{_excerpt(session, span.start, span.end)}” to {tag.name if tag else tag_id}"
    return UpdateSpanCommand(session, span, text, tag_id=tag_id)


def note_command(session: AnnotationSession, span: Span, note: str) -> UpdateSpanCommand:
    """Change a span's note."""
    return UpdateSpanCommand(session, span, f"Edit note of “{_excerpt(session, span.start, span.end)}”", note=note)


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
            for title, text, source, metadata in self.texts:
                doc, new = self.session.add_document(title, text, source, **metadata)
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


class RemoveDocumentCommand(_SessionCommand):
    """Remove a document with its spans; undo puts both back."""

    def __init__(self, session: AnnotationSession, doc: Document):
        super().__init__(session, f"Remove “{doc.title}”")
        self.document_id = doc.id
        self.removed: tuple[Document, list[Span]] | None = None

    def apply(self) -> None:
        self.removed = self.session.remove_document(self.document_id)

    def revert(self) -> None:
        self.session.restore_document(*self.removed)


class AddTagCommand(_SessionCommand):
    """Add a tag to the tag set."""

    def __init__(self, session: AnnotationSession, name: str, color: str, key: str):
        super().__init__(session, f"Add tag {name}")
        self.args = (name, color, key)
        self.tag: Tag | None = None

    def apply(self) -> None:
        if self.tag is None:
            self.tag = self.session.add_tag(*self.args)
        else:
            self.session.restore_tag(self.tag, [])

    def revert(self) -> None:
        self.session.delete_tag(self.tag.id, None)


class UpdateTagCommand(_UpdateFieldsCommand):
    """Rename, recolor or rekey a tag, or change its attributes."""

    def set_fields(self, fields: dict) -> None:
        self.session.update_tag(self.record_id, **fields)


class ReorderTagsCommand(_SessionCommand):
    """Move a tag up or down the tag set."""

    def __init__(self, session: AnnotationSession, old: list[int], new: list[int]):
        super().__init__(session, "Reorder tags")
        self.old, self.new = old, new

    def apply(self) -> None:
        self.session.reorder_tags(self.new)

    def revert(self) -> None:
        self.session.reorder_tags(self.old)


class DeleteTagCommand(_SessionCommand):
    """Delete a tag; its spans are deleted or moved to another tag."""

    def __init__(self, session: AnnotationSession, tag: Tag, move_spans_to: int | None):
        target = session.tag(move_spans_to) if move_spans_to is not None else None
        text = f"Delete tag {tag.name}" + (f", moving its spans to {target.name}" if target else " and its spans")
        super().__init__(session, text)
        self.tag_id, self.move_to = tag.id, move_spans_to
        self.removed: tuple[Tag, list[Span]] | None = None

    def apply(self) -> None:
        self.removed = self.session.delete_tag(self.tag_id, self.move_to)

    def revert(self) -> None:
        self.session.restore_tag(*self.removed)


class LoadAnnotationSetCommand(_SessionCommand):
    """Add an annotation set file's spans (and any new tags); undo takes exactly those out again."""

    def __init__(self, session: AnnotationSession, path):
        super().__init__(session, f"Load {path.name}")
        self.path = path
        self.added: tuple[list[Span], list[Tag]] | None = None

    def apply(self) -> None:
        if self.added is None:
            self.added = self.session.load_annotation_set(self.path)
        else:
            self.session.reload(*self.added)

    def revert(self) -> None:
        self.session.unload(*self.added)
