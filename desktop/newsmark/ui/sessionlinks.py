"""The session's links, link types, categories and document labels: write to the project first, then tell the stores."""

from __future__ import annotations

from newsmark.core.model import Span, default_annotator


class SessionLinks:
    """Mixed into ``AnnotationSession``: each method is one project call (one transaction), then one store change.

    Expects ``project``, ``store``, ``links`` (a ``ShownLinks``), ``annotator``, ``open_document`` and the
    ``link_types_changed``/``labels_changed`` signals from the session it is mixed into.
    """

    def read_link_set(self) -> None:
        """Read the link types, categories and every document's labels (at start)."""
        self.link_types = self.project.link_types()
        self.categories = self.project.categories()
        self.labels = {d: list(labels) for d, labels in self.project.labels_by_document().items()}

    def reread_link_types(self) -> None:
        """Read the link types and categories again; tell the window only if they changed (a tag set file
        may bring some, a renamed tag is renamed in their ends)."""
        before = (self.link_types, self.categories)
        self.link_types = self.project.link_types()
        self.categories = self.project.categories()
        if (self.link_types, self.categories) != before:
            self.link_types_changed.emit()

    def link_type(self, type_id: int):
        """A link type by id, or None."""
        return next((t for t in self.link_types if t.id == type_id), None)

    # -- links -------------------------------------------------------------------------

    def create_link(self, document_id: int, type_id: int, source_id: int, target_id: int):
        """Save a new link and show it."""
        self.open_document(document_id)
        link = self.project.add_link(document_id, type_id, source_id, target_id, annotator=self.annotator)
        self.links.add([link])
        return link

    def restore_links(self, links: list) -> None:
        """Put deleted links back as they were."""
        self.open_document(links[0].document_id)
        self.project.restore_links(links)
        self.links.add(links)

    def delete_links(self, links: list) -> None:
        """Delete links in one transaction."""
        self.open_document(links[0].document_id)
        self.project.delete_links([k.id for k in links])
        self.links.remove(links)

    def update_link(self, link, **changes):
        """Change a link's type or note (one transaction; ``updated_at`` now unless given) and show it changed."""
        self.open_document(link.document_id)
        new = self.project.update_link(link.id, **changes)
        self.links.change([new])
        return new

    def links_of_spans(self, spans: list[Span]) -> list:
        """The saved links that start or end at these spans (read before deleting them, for undo)."""
        return self.project.links_of_spans([s.id for s in spans]) if spans else []

    def restore_spans_and_links(self, spans: list[Span], links: list) -> None:
        """Put deleted spans back with their links, in one transaction."""
        self.open_document(spans[0].document_id)
        self.project.restore_spans(spans, links)
        self.store.add(spans)
        self.links.add(links)

    def reread_labels(self, document_ids) -> None:
        """Read these documents' labels again (they were removed or put back with their documents)."""
        for document_id in document_ids:
            labels = self.project.document_labels(document_id)
            if labels:
                self.labels[document_id] = list(labels)
            else:
                self.labels.pop(document_id, None)

    # -- document labels --------------------------------------------------------------------

    def category(self, category_id: int):
        """A category by id, or None."""
        return next((c for c in self.categories if c.id == category_id), None)

    @property
    def analyst(self) -> str:
        """The name labels set now are given as (the login when none is chosen, as the project does)."""
        return default_annotator() if self.annotator is None else self.annotator

    def labels_of(self, document_id: int, category_id: int, annotator: str | None = None) -> list[str]:
        """A document's values for a category, in the category's order: everyone's, or one analyst's."""
        values = {x.value for x in self.labels.get(document_id, ())
                  if x.category_id == category_id and (annotator is None or x.annotator == annotator)}
        return self._in_order(category_id, values)

    def label_givers(self, document_id: int, category_id: int) -> list[tuple[str, list[str]]]:
        """Each value a document has for a category, in the category's order, with who gave it (sorted names)."""
        givers: dict[str, list[str]] = {}
        for x in self.labels.get(document_id, ()):
            if x.category_id == category_id:
                givers.setdefault(x.value, []).append(x.annotator)
        return [(value, sorted(givers[value])) for value in self._in_order(category_id, givers)]

    def _in_order(self, category_id: int, values) -> list[str]:
        category = self.category(category_id)
        order = list(category.choices) if category else []
        return sorted(values, key=lambda v: (order.index(v) if v in order else len(order), v))

    def set_document_labels(self, document_id: int, category_id: int, values: list[str], annotator: str) -> list[str]:
        """Set one analyst's values for a document's category (one transaction); returns their old values."""
        old = self.project.set_document_labels(document_id, category_id, list(values), annotator=annotator)
        self.labels[document_id] = list(self.project.document_labels(document_id))
        self.labels_changed.emit(document_id)
        return old

    # -- link types and categories (the tag set editor) ---------------------------------------

    def _link_set_changed(self) -> None:
        self.link_types = self.project.link_types()
        self.categories = self.project.categories()
        self.link_types_changed.emit()

    def add_link_type(self, **fields):
        """Add a link type."""
        kind = self.project.add_link_type(**fields)
        self._link_set_changed()
        return kind

    def update_link_type(self, type_id: int, **fields):
        """Rename, recolor, rekey a link type or change the tags it joins."""
        kind = self.project.update_link_type(type_id, **fields)
        self._link_set_changed()
        return kind

    def delete_link_type(self, type_id: int):
        """Delete a link type with its links (one transaction); returns (link type, links) for undo."""
        kind, links = self.project.delete_link_type(type_id)
        self.links.remove(links)
        self._link_set_changed()
        return kind, links

    def restore_link_type(self, kind, links) -> None:
        """Bring a deleted link type back with its links."""
        self.project.restore_link_type(kind, list(links))
        self._link_set_changed()
        self.links.add(links)

    def add_category(self, **fields):
        """Add a document category."""
        category = self.project.add_category(**fields)
        self._link_set_changed()
        return category

    def update_category(self, category_id: int, **fields):
        """Rename, rekey a category or change its choices."""
        category = self.project.update_category(category_id, **fields)
        self._link_set_changed()
        return category

    def delete_category(self, category_id: int):
        """Delete a category with every document's labels of it; returns (category, labels) for undo."""
        removed = self.project.delete_category(category_id)
        self.labels = {d: [x for x in labels if x.category_id != category_id] for d, labels in self.labels.items()}
        self._link_set_changed()
        return removed

    def restore_category(self, category, labels) -> None:
        """Bring a deleted category back with its labels."""
        self.project.restore_category(category, list(labels))
        for label in labels:
            self.labels.setdefault(label.document_id, []).append(label)
        self._link_set_changed()
