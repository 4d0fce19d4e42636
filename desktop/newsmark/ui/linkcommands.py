"""Undo commands for links and document labels: one QUndoCommand per action, one session call (one transaction) per step."""

from __future__ import annotations

from newsmark.core.model import Span
from newsmark.ui.commands import _SessionCommand
from newsmark.ui.session import AnnotationSession


def _words(session: AnnotationSession, span: Span) -> str:
    text = " ".join(session.document.text[span.start:span.end].split()) if session.document else ""
    return text if len(text) <= 24 else text[:23] + "…"


class AddLinkCommand(_SessionCommand):
    """Link two spans of the shown document with a link type."""

    def __init__(self, session: AnnotationSession, source: Span, target: Span, kind):
        super().__init__(session, f"Link “{_words(session, source)}” {kind.name} “{_words(session, target)}”")
        self.args = (source.document_id, kind.id, source.id, target.id)
        self.link = None

    def apply(self) -> None:
        if self.link is None:
            self.link = self.session.create_link(*self.args)
        else:
            self.session.restore_links([self.link])

    def revert(self) -> None:
        self.session.delete_links([self.link])


class DeleteLinksCommand(_SessionCommand):
    """Delete links; undo puts them back as they were."""

    def __init__(self, session: AnnotationSession, links: list):
        kind = session.link_type(links[0].type_id) if len(links) == 1 else None
        super().__init__(session, f"Delete {kind.name} link" if kind else f"Delete {len(links)} links")
        self.links = links

    def apply(self) -> None:
        self.session.delete_links(self.links)

    def revert(self) -> None:
        self.session.restore_links(self.links)


class UpdateLinkCommand(_SessionCommand):
    """Change a link's note or type; undo puts back the old values and its old ``updated_at`` exactly."""

    def __init__(self, session: AnnotationSession, link, text: str, **changes):
        super().__init__(session, text)
        self.old = link
        self.changes = changes
        self.new = None  # the link as the first apply saved it: a redo gives back the same time

    def apply(self) -> None:
        if self.new is None:
            self.new = self.session.update_link(self.old, **self.changes)
        else:
            self.session.update_link(self.old, **self.changes, updated_at=self.new.updated_at)

    def revert(self) -> None:
        old = {name: getattr(self.old, name) for name in self.changes}
        self.session.update_link(self.new, **old, updated_at=self.old.updated_at)


class SetDocumentLabelsCommand(_SessionCommand):
    """Set the analyst's own values for one category of a document (an empty list clears them)."""

    def __init__(self, session: AnnotationSession, document_id: int, category, values: list[str], title: str):
        shown = ", ".join(values) if values else "none"
        super().__init__(session, f"Set {category.name} of “{title}” to {shown}")
        self.document_id, self.category_id, self.new = document_id, category.id, list(values)
        # Fixed now: undo after a change of name still takes back this analyst's answer, not the new name's.
        self.annotator = session.analyst
        self.old: list[str] | None = None

    def apply(self) -> None:
        old = self.session.set_document_labels(self.document_id, self.category_id, self.new, self.annotator)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        self.session.set_document_labels(self.document_id, self.category_id, self.old, self.annotator)


class AddLinkSetItemCommand(_SessionCommand):
    """Add a link type or a document category to the tag set (``what``: "link_type" or "category")."""

    def __init__(self, session: AnnotationSession, what: str, name: str, **fields):
        super().__init__(session, f"Add {what.replace('_', ' ')} {name}")
        self.what, self.fields = what, dict(fields, name=name)
        self.item = None

    def apply(self) -> None:
        if self.item is None:
            self.item = getattr(self.session, f"add_{self.what}")(**self.fields)
        else:
            getattr(self.session, f"restore_{self.what}")(self.item, [])

    def revert(self) -> None:
        getattr(self.session, f"delete_{self.what}")(self.item.id)


class UpdateLinkSetItemCommand(_SessionCommand):
    """Change a link type's or a category's fields, keeping the old ones for undo."""

    def __init__(self, session: AnnotationSession, what: str, item, text: str, **fields):
        super().__init__(session, text)
        self.what, self.item_id = what, item.id
        self.new, self.old = fields, {name: getattr(item, name) for name in fields}

    def apply(self) -> None:
        getattr(self.session, f"update_{self.what}")(self.item_id, **self.new)

    def revert(self) -> None:
        getattr(self.session, f"update_{self.what}")(self.item_id, **self.old)


class DeleteLinkSetItemCommand(_SessionCommand):
    """Delete a link type with its links, or a category with its labels; undo puts both back."""

    def __init__(self, session: AnnotationSession, what: str, item):
        super().__init__(session, f"Delete {what.replace('_', ' ')} {item.name}")
        self.what, self.item_id = what, item.id
        self.removed = None

    def apply(self) -> None:
        self.removed = getattr(self.session, f"delete_{self.what}")(self.item_id)

    def revert(self) -> None:
        getattr(self.session, f"restore_{self.what}")(*self.removed)
