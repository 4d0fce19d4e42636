"""One QUndoCommand per user action; each stores what it needs to undo and calls one session method."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from newsmark.core.attributes import retagged_values
from newsmark.core.model import Document, Span, Tag
from newsmark.core.tagset import TagSpec, merged_rule_text, plan_tag_import
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


class ImportTagSetCommand(_SessionCommand):
    """Merge a tag set file's tags, link types and categories into the project (see ``plan_tag_import``):
    one transaction, one step."""

    def __init__(self, session: AnnotationSession, name: str, specs: list[TagSpec]):
        super().__init__(session, f"Import tag set {name}")
        plan = plan_tag_import(session.tags, specs, session.link_types, session.categories)
        self.add, self.new, self.old = _steps(plan)
        self.links, self.categories = _steps(plan.link_types), _steps(plan.categories)  # (add, new, old) each
        # The file's suggestion rules join the project's: lines it lacks are added, none is taken away.
        project = session.project
        self.old_rules = {name: project.rule_text(name) for name in getattr(specs, "rules", {})}
        self.new_rules = {
            name: merged_rule_text(old, specs.rules[name]) for name, old in self.old_rules.items()
        }
        self.new_rules = {name: body for name, body in self.new_rules.items() if body != self.old_rules[name]}
        self.old_rules = {name: self.old_rules[name] for name in self.new_rules}
        self.added: list[Tag] | None = None

    def apply(self) -> None:
        if not any((self.add, self.new, *self.links[:2], *self.categories[:2], self.new_rules)):
            self.setObsolete(True)  # the file's tags are all here already: no step
        elif self.added is None:
            self.added = self.session.change_tags(
                update=self.new, add=self.add, link_types={"update": self.links[1], "add": self.links[0]},
                categories={"update": self.categories[1], "add": self.categories[0]}, rules=self.new_rules,
            )
        else:
            self.session.change_tags(
                update=self.new, restore=self.added,
                link_types={"update": self.links[1], "restore": getattr(self.added, "link_types", [])},
                categories={"update": self.categories[1], "restore": getattr(self.added, "categories", [])},
                rules=self.new_rules,
            )

    def revert(self) -> None:
        self.session.change_tags(
            delete=[t.id for t in self.added], update=self.old,
            link_types={"delete": [t.id for t in getattr(self.added, "link_types", [])], "update": self.links[2]},
            categories={"delete": [c.id for c in getattr(self.added, "categories", [])], "update": self.categories[2]},
            rules=self.old_rules,
        )


def _steps(plan) -> tuple[list, list, list]:
    """An import plan ``(add, [(item, changes)])`` as (add, new values by id, old values by id, last change first)."""
    add, updates = plan
    new = [(item.id, changes) for item, changes in updates]
    # Undone last change first, so a key passed from one item to the next goes back the same way.
    old = [(item.id, {name: getattr(item, name) for name in changes}) for item, changes in reversed(updates)]
    return add, new, old


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
        self.session.restore_tag(*self.removed, links=self.removed.links, rows=self.removed.rows)


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
