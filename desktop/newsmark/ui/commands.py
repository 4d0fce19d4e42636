"""One QUndoCommand per user action (here: the spans'; documents and tags have modules of their own), each calling one session method."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from newsmark.core.attributes import retagged_values
from newsmark.core.model import Span
from newsmark.ui.session import AnnotationSession


def _excerpt(session: AnnotationSession, start: int, end: int) -> str:
    text = session.document.text[start:end] if session.document else ""
    text = " ".join(text.split())
    return text if len(text) <= 30 else text[:29] + "…"


class _SessionCommand(QUndoCommand):
    """One user action: ``apply`` and ``revert`` each call one session method, so each is one transaction.

    ``UndoStack`` calls ``try_step`` before it moves, so a step that failed (a full disk) moves nothing;
    Qt's own ``redo``/``undo`` calls that follow are then no-ops.
    """

    def __init__(self, session: AnnotationSession, text: str):
        super().__init__(text)
        self.session = session
        self.error: Exception | None = None
        self._applied = False  # applied at least once: a failure now is an undo's or a redo's
        self._stepped = False  # try_step has just run the step Qt is about to ask for

    def try_step(self, *, undo: bool) -> bool:
        """Apply (or revert) now; False, with the failure reported, if nothing could be saved."""
        first = not undo and not self._applied
        try:
            self.revert() if undo else self.apply()
        except Exception as e:  # noqa: BLE001 - also sqlite3 errors (disk full, I/O); reported by the window
            self.error = e
            self.session.failed.emit(self._failure(e, undo=undo, first=first))
            return False
        self.error, self._stepped, self._applied = None, True, True
        return True

    def redo(self) -> None:
        self._qt_step(undo=False)

    def undo(self) -> None:
        self._qt_step(undo=True)

    def _qt_step(self, *, undo: bool) -> None:
        if self._stepped:  # UndoStack ran the step before moving
            self._stepped = False
            return
        # Driven by a plain QUndoStack, which moves whatever happens: at least drop a failed first apply.
        if not self.try_step(undo=undo) and not self._applied:
            self.setObsolete(True)
        self._stepped = False

    def _failure(self, error: Exception, *, undo: bool, first: bool) -> str:
        if first:
            return f"{self.text()}: {error}"
        what = "Undo" if undo else "Redo"
        return f"{what} of “{self.text()}” failed: {error}. Nothing was changed; you can try again."

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
    """Delete a span (its links go with it, in the same transaction; undo puts both back)."""

    def __init__(self, session: AnnotationSession, span: Span):
        tag = session.tag(span.tag_id)
        super().__init__(session, f"Delete {tag.name if tag else 'span'} “{_excerpt(session, span.start, span.end)}”")
        self.span = span
        self.links: list = []

    def apply(self) -> None:
        self.links = self.session.links_of_spans([self.span])
        self.span = self.session.delete_span(self.span.id)

    def revert(self) -> None:
        self.session.restore_spans_and_links([self.span], self.links)


class DeleteSpansCommand(_SessionCommand):
    """Delete several spans of the shown document (and their links): one transaction, one undo step."""

    def __init__(self, session: AnnotationSession, spans: list[Span]):
        super().__init__(session, f"Delete {len(spans)} spans")
        self.spans = spans
        self.links: list = []

    def apply(self) -> None:
        self.session.open_document(self.spans[0].document_id)
        self.links = self.session.links_of_spans(self.spans)
        self.session.remove_spans(self.spans)

    def revert(self) -> None:
        self.session.open_document(self.spans[0].document_id)
        self.session.restore_spans_and_links(self.spans, self.links)


class UpdateSpansCommand(_SessionCommand):
    """Change fields of several spans of one document (retag them): one transaction, one undo step.

    ``changes`` apply to every span; ``each(span)`` adds fields of the span's own (its attribute values on a retag).
    """

    def __init__(self, session: AnnotationSession, spans: list[Span], text: str, each=None, **changes):
        super().__init__(session, text)
        self.new = [(s.id, dict(changes) | (each(s) if each else {})) for s in spans]
        self.old = [
            (s.id, {name: getattr(s, name) for name in fields} | {"updated_at": s.updated_at})
            for s, (_, fields) in zip(spans, self.new)
        ]

    def apply(self) -> None:
        self.session.update_spans(self.new)

    def revert(self) -> None:
        self.session.update_spans(self.old)


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


def _retagged(session: AnnotationSession, span: Span, tag_id: int) -> dict:
    """The fields a retag changes: the tag, and the attribute values (see ``retagged_values``)."""
    return {"tag_id": tag_id, "attributes": retagged_values(span.attributes, session.tag(span.tag_id), session.tag(tag_id))}


def retag_command(session: AnnotationSession, span: Span, tag_id: int) -> UpdateSpanCommand:
    """Change a span's tag; its attribute values follow the new tag (undo restores the old ones)."""
    tag = session.tag(tag_id)
    text = f"Change “{_excerpt(session, span.start, span.end)}” to {tag.name if tag else tag_id}"
    return UpdateSpanCommand(session, span, text, **_retagged(session, span, tag_id))


def retag_spans_command(session: AnnotationSession, spans: list[Span], tag_id: int) -> _SessionCommand:
    """Change the tag of one or more spans as one step."""
    if len(spans) == 1:
        return retag_command(session, spans[0], tag_id)
    tag = session.tag(tag_id)
    text = f"Change {len(spans)} spans to {tag.name if tag else tag_id}"
    known: dict[tuple[str, int], dict] = {}  # spans share a few combinations: parse each tag's attributes once

    def each(span: Span) -> dict:
        key = (span.attributes, span.tag_id)
        if key not in known:
            known[key] = _retagged(session, span, tag_id)
        return known[key]

    return UpdateSpansCommand(session, spans, text, each=each)


def delete_spans_command(session: AnnotationSession, spans: list[Span]) -> _SessionCommand:
    """Delete one or more spans as one step."""
    return DeleteSpanCommand(session, spans[0]) if len(spans) == 1 else DeleteSpansCommand(session, spans)


def note_command(session: AnnotationSession, span: Span, note: str) -> UpdateSpanCommand:
    """Change a span's note."""
    return UpdateSpanCommand(session, span, f"Edit note of “{_excerpt(session, span.start, span.end)}”", note=note)
