"""Links and document labels of an annotation set: checked against the project, then added with its spans, all or none.

A reader gives, beside its span rows, link rows whose ends are span rows of the same set (or the
offsets of a span the project already has) and label rows naming a category and a value. Once the
spans are planned, ``apply_set`` adds spans, new tags, new link types, new categories, links and
labels in ONE transaction; any bad link or label row raises AnnotationSetError inside it, so the
whole set is rolled back. Ends are matched by document + offsets + tag + annotator, as spans are.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsmark.core.formats.donemarkset import check_marks
from newsmark.core.gcpause import collector_paused
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats.annotationset import (
    PALETTE, CsvRow, LoadPlan, RowTable, apply_plan, plan_rows,
)
from newsmark.core.model import DocumentLabel, Link, default_annotator, now_iso
from newsmark.core.tagnames import tag_name_problem

# A reader's category for labels that name none (doccano's text-classification "label": ["..."]).
DEFAULT_CATEGORY = "label"


@dataclass(frozen=True, slots=True)
class LinkRow:
    """One link as a reader found it: its ends are span rows of the set, or (start, end) of a span in the project."""

    number: int  # the row or line, for problem messages
    document: str  # the document's sha256
    type: str
    source: CsvRow | tuple[int, int]
    target: CsvRow | tuple[int, int]
    note: str = ""
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""
    where: str = ""  # a prefix for problem messages, e.g. the .ann file's name


@dataclass(frozen=True, slots=True)
class LabelRow:
    """One document label as a reader found it: a category and one of its values."""

    number: int
    document: str  # the document's sha256
    category: str
    value: str
    annotator: str = ""
    created_at: str = ""
    where: str = ""


@dataclass
class Extras:
    """What a set holds beyond spans: links, labels, link types it calls symmetric, and lines it cannot hold."""

    links: list[LinkRow] = field(default_factory=list)
    labels: list[LabelRow] = field(default_factory=list)
    symmetric: set[str] = field(default_factory=set)  # type names the file marks as symmetric (brat *, bi relations)
    not_held: list[str] = field(default_factory=list)  # e.g. "a.ann line 4: an event (E) line: E1 ..."
    marks: list = field(default_factory=list)  # donemarkset.MarkRow: who finished which document


def load_set(
    project, name: str, rows: list[CsvRow], problems: list[tuple[int, str]], extras: Extras, unit: str = "row"
) -> LoadPlan:
    """Add the span rows another format's reader produced (their text exact) with its links and labels, all or none.

    ``unit`` is what the rows' numbers count in the errors: a CoNLL file's "line", a DocBin's "doc".
    """
    if problems:
        raise AnnotationSetError(name, problems, unit)
    with collector_paused():
        plan = plan_rows(project, RowTable.from_rows(rows), name, unit=unit)
        return apply_set(project, plan, extras, name, unit=unit)


def apply_set(project, plan: LoadPlan, extras: Extras, name: str, unescape=None, unit: str = "row") -> LoadPlan:
    """Add the plan's spans and the set's links and labels in one transaction, or raise and add nothing."""
    plan.not_held = list(extras.not_held)
    with project.transaction():
        apply_plan(project, plan)
        if extras.links or extras.labels or extras.marks:
            _Extras(project, plan, unescape).add(extras, name, unit)
    return plan


class _Extras:
    """One set's links and labels being matched to the project, inside the load's transaction."""

    def __init__(self, project, plan: LoadPlan, unescape):
        self.project, self.plan, self.unescape = project, plan, unescape
        self.problems: list[tuple[int, str]] = []
        self.documents: dict[str, int | None] = {}
        self.tags = {t.name.casefold(): t for t in project.tags()}
        self.spans: dict[int, tuple[dict, dict]] = {}  # by document: (by key, by offsets)
        self.stamp, self.annotator = now_iso(), default_annotator()

    def add(self, extras: Extras, name: str, unit: str = "row") -> None:
        """Check and add every link and label; raise AnnotationSetError naming every bad one."""
        links = self._links(extras)
        labels = self._labels(extras.labels)
        marks, self.plan.skipped_marks = check_marks(self.project, extras.marks, self._document, self._problem)
        if self.problems:
            raise AnnotationSetError(name, sorted(set(self.problems)), unit)
        if links:
            self.plan.links = self.project.add_links(links, any_type=True)  # checked above; a kept one is said
        if labels:
            ids = {c.name: c.id for c in self.project.categories()}
            new = [
                DocumentLabel(document_id, ids[category], value, who, row.created_at.strip() or self.stamp)
                for (document_id, category), given in labels.items() for value, who, row in given
            ]
            self.project.restore_document_labels(new)  # new labels only, with their annotators and times kept
            self.plan.labels = new
        if marks:
            self.project.add_done_marks(marks)
            self.plan.done_marks = marks

    # -- links ---------------------------------------------------------------------

    def _links(self, extras: Extras) -> list[Link]:
        types = {t.name.casefold(): t for t in self.project.link_types()}
        new_types: dict[str, list] = {}  # folded name -> [name, symmetric]
        found: list[tuple[LinkRow, int, int, int, str, str]] = []
        for row in extras.links:
            document_id = self._document(row.document, row)
            if document_id is None:
                continue
            source, target = self._end(document_id, row.source, row, "source"), self._end(document_id, row.target, row, "target")
            kind = row.type.strip()
            if not kind or (kind.casefold() not in types and (problem := tag_name_problem(kind))):
                self._problem(row, problem.replace("the tag", "the link type") if kind else "the link type is empty")
                continue
            if source is None or target is None:
                continue
            if source[0] == target[0]:
                self._problem(row, "its source and target are the same span")
                continue
            known = types.get(kind.casefold())
            if known is not None and not known.allows(source[1], target[1]):
                # Kept, as a retag the analyst confirmed keeps it: a project's own export must load back.
                # The window marks it (⚠), and the command line says so.
                self.plan.kept_not_allowed.append(
                    f"{row.where}row {row.number}: a {known.name!r} link from a {source[1]!r} span to a {target[1]!r} span "
                    "is kept, though its type does not allow it"
                )
            if known is None:
                new_types.setdefault(kind.casefold(), [kind, False])[1] |= kind in extras.symmetric
            found.append((row, document_id, source[0], target[0], kind, source[1]))
        if self.problems:
            return []
        type_ids = {k: t.id for k, t in types.items()}
        colors = _new_colors(t.color for t in types.values())
        for name, symmetric in new_types.values():  # any tag to any tag: the set says nothing more
            added = self.project.add_link_type(name, next(colors), symmetric=symmetric)
            self.plan.new_link_types.append(added)
            type_ids[name.casefold()] = added.id
        symmetric = {t.id for t in types.values() if t.symmetric} | {
            type_ids[k] for k, (_, s) in new_types.items() if s
        }
        seen = set()
        for document_id in {f[1] for f in found}:
            for link in self.project.links(document_id):
                seen.add((link.type_id, link.source_id, link.target_id))
                if link.type_id in symmetric:
                    seen.add((link.type_id, link.target_id, link.source_id))
        links = []
        for row, document_id, source, target, kind, _ in found:
            type_id = type_ids[kind.casefold()]
            if (type_id, source, target) in seen:
                self.plan.skipped_links += 1
                continue
            seen.add((type_id, source, target))
            if type_id in symmetric:
                seen.add((type_id, target, source))
            created = row.created_at.strip() or self.stamp
            links.append(Link(0, document_id, type_id, source, target, row.note, row.annotator or self.annotator,
                              created, row.updated_at.strip() or created))
        return links

    def _end(self, document_id: int, end, row: LinkRow, which: str) -> tuple[int, str] | None:
        """The (span id, tag name) a link's end names, or ``None`` after noting why there is none."""
        by_key, by_offsets = self._spans_of(document_id)
        if isinstance(end, CsvRow):
            tag = self._cell(end, "tag").strip()
            key = (tag.casefold(), int(end.get("start")), int(end.get("end")), self._cell(end, "annotator") or self.annotator)
            found = by_key.get(key)
            if found is None:  # a span row that was skipped as bad cannot be here: bad rows raise before
                self._problem(row, f"its {which} span ({tag} {key[1]}-{key[2]}) is not in the document")
            return found
        matches = by_offsets.get(tuple(end), [])
        if len(matches) == 1:
            return matches[0]
        if not matches:
            self._problem(row, f"no span of the document is at {which} offsets {end[0]}-{end[1]}")
        else:
            self._problem(row, f"several spans of the document are at {which} offsets {end[0]}-{end[1]}; "
                          f"give its span as a row of the spans file")
        return None

    def _spans_of(self, document_id: int) -> tuple[dict, dict]:
        if document_id not in self.spans:
            names = {t.id: t.name for t in self.tags.values()}
            by_key, by_offsets = {}, defaultdict(list)
            for span in sorted(self.project.spans(document_id), key=lambda s: s.id):
                name = names[span.tag_id]
                by_key.setdefault((name.casefold(), span.start, span.end, span.annotator), (span.id, name))
                by_offsets[span.start, span.end].append((span.id, name))
            self.spans[document_id] = by_key, by_offsets
        return self.spans[document_id]

    # -- labels --------------------------------------------------------------------

    def _labels(self, rows: list[LabelRow]) -> dict:
        """The labels to set, by (document id, category name): (value, annotator, row); new categories are planned."""
        categories = {c.name.casefold(): c for c in self.project.categories()}
        wanted: dict[tuple[int, str], dict[tuple[str, str], LabelRow]] = defaultdict(dict)
        for row in rows:
            document_id = self._document(row.document, row)
            category, value = row.category.strip(), row.value.strip()
            if document_id is None:
                continue
            for what, text in (("category", category), ("value", value)):
                if problem := tag_name_problem(text) if text else f"the {what} is empty":
                    self._problem(row, problem.replace("the tag", f"the {what}"))
                    break
            else:
                known = categories.get(category.casefold())
                if known is not None and value.casefold() not in {c.casefold() for c in known.choices}:
                    self._problem(row, f"{known.name} offers {', '.join(known.choices)}, not {value!r}")
                    continue
                # One row per analyst and value: two analysts giving the same value are two answers.
                who = row.annotator.strip() or self.annotator
                wanted[document_id, known.name if known else category].setdefault((value.casefold(), who), row)
        new: dict[str, list] = {}  # folded name -> [name, choices, multiple]
        result = {}
        for (document_id, category), by_value in wanted.items():
            known = categories.get(category.casefold())
            given = [(r.value.strip(), who, r) for (_, who), r in by_value.items()]
            if known is None:
                spec = new.setdefault(category.casefold(), [category, [], False])
                for v, _, _ in given:
                    if v.casefold() not in {c.casefold() for c in spec[1]}:
                        spec[1].append(v)
                spec[2] |= max(Counter(who for _, who, _ in given).values()) > 1  # one analyst gave several
                result[document_id, spec[0]] = [(next(c for c in spec[1] if c.casefold() == v.casefold()), who, r)
                                                 for v, who, r in given]
                continue
            given = [(next(c for c in known.choices if c.casefold() == v.casefold()), who, r) for v, who, r in given]
            labels = [d for d in self.project.document_labels(document_id) if d.category_id == known.id]
            old = {(d.value, d.annotator) for d in labels}
            fresh = [(v, who, r) for v, who, r in given if (v, who) not in old]
            if not known.multiple and _one_annotator_gives_two(labels, fresh):
                values = ", ".join(dict.fromkeys([d.value for d in labels] + [v for v, _, _ in fresh]))
                self._problem(given[0][2], f"{known.name} takes one value, and the document would have {values}")
                continue
            self.plan.skipped_labels += len(given) - len(fresh)
            if fresh:
                result[document_id, known.name] = fresh
        if new and not self.problems:
            for name, choices, multiple in new.values():
                self.plan.new_categories.append(self.project.add_category(name, tuple(choices), multiple))
        return result

    # -- shared --------------------------------------------------------------------

    def _document(self, sha: str, row) -> int | None:
        sha = sha.strip().lower()
        if sha not in self.documents:
            self.documents[sha] = self.project.find_document(sha) if sha else None
        if self.documents[sha] is None:
            self._problem(row, f"no document in the project has document_sha256 {sha[:12]}…" if sha
                          else "no document_sha256 says which document it is in")
        return self.documents[sha]

    def _cell(self, row: CsvRow, column: str) -> str:
        value = row.get(column) or ""
        return self.unescape(value) if self.unescape is not None and value else value

    def _problem(self, row, reason: str) -> None:
        self.problems.append((row.number, f"{row.where}{reason}"))


def _new_colors(used):
    """Colors for new link types: palette colors no link type has yet, then the palette round and round."""
    taken = {c.lower() for c in used}
    return itertools.chain([c for c in PALETTE if c not in taken], itertools.cycle(PALETTE))


def take_out_extras(project, plan: LoadPlan) -> None:
    """Undo what a load added beyond spans and tags: its links, labels, link types and categories, in one transaction.

    Call it before the load's spans are taken out (their links go with them anyway; these are the rest).
    """
    with project.transaction():
        project.delete_links([k.id for k in plan.links if _exists(project.link, k.id)])
        project.remove_document_labels(plan.labels)  # each analyst's own rows: earlier answers stay
        project.remove_done_marks(plan.done_marks)  # only the marks the load added
        for link_type in plan.new_link_types:
            project.delete_link_type(link_type.id)
        for category in plan.new_categories:
            project.delete_category(category.id)


def put_back_extras(project, plan: LoadPlan) -> None:
    """Redo what ``take_out_extras`` undid, exactly (ids, annotators, times), once the load's spans are back."""
    with project.transaction():
        for category in plan.new_categories:
            project.restore_category(category)
        for link_type in plan.new_link_types:
            project.restore_link_type(link_type)
        project.restore_document_labels(plan.labels)
        project.add_done_marks(plan.done_marks)
        project.restore_links([k for k in plan.links if not _exists(project.link, k.id)])


def _exists(read, item_id: int) -> bool:
    try:
        read(item_id)
    except NewsmarkError:  # NotFoundError
        return False
    return True


def _one_annotator_gives_two(labels: list[DocumentLabel], fresh: list) -> bool:
    """Whether one annotator would give a single-choice category two values (``labels``: the document's, of it).

    Different analysts' answers are all kept, as a merge keeps them: that is what review compares.
    """
    given: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        given[label.annotator].add(label.value)
    for value, who, _row in fresh:
        given[who].add(value)
    return any(len(values) > 1 for values in given.values())
