"""The undoable changes to the tag set: adding, editing, reordering, importing and deleting tags."""

from __future__ import annotations

from newsmark.core.model import Span, Tag
from newsmark.core.tagset import TagSpec, merged_rule_text, plan_tag_import
from newsmark.ui.commands import _SessionCommand, _UpdateFieldsCommand
from newsmark.ui.session import AnnotationSession


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
