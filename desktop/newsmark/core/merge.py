"""Merging analysts' projects into one: documents matched by text, tags by name, spans kept with their annotator.

Links follow their spans (link types matched by name), document labels their documents (categories by name),
each with its annotator. Done marks follow their documents: the source's own marks, and for a document the
source has done or reviewed with no mark at all (finished before marks existed) its one analyst's mark,
when the source's spans name exactly one annotator (with several, who finished it cannot be told).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmark.core.donemarks import FINISHED, DoneMark
from newsmark.core.model import now_iso


@dataclass
class MergeReport:
    """What merging one project brought in."""

    source: str
    documents_added: int = 0
    documents_matched: int = 0
    tags_added: int = 0
    spans_added: int = 0
    spans_skipped: int = 0  # identical to a span already there (same document, tag, range and annotator)
    links_added: int = 0
    links_skipped: int = 0  # the same type between the same two spans is already there
    labels_added: int = 0
    labels_skipped: int = 0  # the document already has that answer
    marks_added: int = 0  # done marks: who finished which document
    marks_skipped: int = 0  # the target already has that analyst's mark on that document

    def line(self) -> str:
        """The report as one line."""
        return (
            f"{self.source}: {self.spans_added} spans added, {self.spans_skipped} already there; "
            f"{self.documents_added} documents added, {self.documents_matched} matched; {self.tags_added} tags added"
        ) + (
            f"; {self.links_added} links added, {self.links_skipped} already there" if self.links_added + self.links_skipped else ""
        ) + (
            f"; {self.labels_added} document labels added, {self.labels_skipped} already there"
            if self.labels_added + self.labels_skipped else ""
        ) + (
            f"; {self.marks_added} done marks added, {self.marks_skipped} already there"
            if self.marks_added + self.marks_skipped else ""
        )


def merge_into(target, source) -> MergeReport:
    """Bring every document, tag and span of ``source`` into ``target`` in one transaction."""
    report = MergeReport(source.path.name)
    with target.transaction():
        tag_ids = _merge_tags(target, source, report)
        document_ids = _merge_documents(target, source, report)
        # Every span of the source maps to a target span: the one it became, or the identical one already there.
        existing = {_key(s): s.id for d in set(document_ids.values()) for s in target.spans(d)}
        fresh, fresh_sources, span_ids = [], set(), {}
        for source_document, target_document in document_ids.items():
            for span in source.spans(source_document):
                moved = span.with_changes(id=0, document_id=target_document, tag_id=tag_ids[span.tag_id])
                key = _key(moved)
                if key in existing or key in fresh_sources:
                    report.spans_skipped += 1
                    span_ids[span.id] = existing.get(key, key)
                    continue
                fresh_sources.add(key)
                span_ids[span.id] = key
                fresh.append(moved)
        last_span, _ = target.newest_ids()
        report.spans_added = target.add_spans(fresh)
        existing.update((_key(s), s.id) for s in target.spans_since(last_span))
        span_ids = {old: existing[key] if isinstance(key, tuple) else key for old, key in span_ids.items()}
        _merge_links(target, source, document_ids, span_ids, report)
        _merge_labels(target, source, document_ids, report)
        _merge_done_marks(target, source, document_ids, report)
    return report


def _merge_done_marks(target, source, document_ids: dict[int, int], report: MergeReport) -> None:
    marks = [m._replace(document_id=document_ids[m.document_id]) for m in source.done_marks()]
    marked = {m.document_id for m in marks}
    unmarked = [d.id for d in source.documents() if d.status in FINISHED and document_ids[d.id] not in marked]
    analysts = source.annotators() if unmarked else []  # the names on its spans (an older file has no labels table)
    if len(analysts) == 1:
        stamp = now_iso()
        marks += [DoneMark(document_ids[d], analysts[0], stamp) for d in unmarked]
    report.marks_added = target.add_done_marks(marks)
    report.marks_skipped = len(marks) - report.marks_added


def _key(span) -> tuple:
    return (span.document_id, span.tag_id, span.start, span.end, span.annotator)


def _merge_links(target, source, document_ids: dict[int, int], span_ids: dict[int, int], report: MergeReport) -> None:
    types = {t.name.casefold(): t for t in target.link_types()}
    keys = {t.key for t in types.values() if t.key}
    type_ids, fresh = {}, []
    for link_type in source.link_types():
        mine = types.get(link_type.name.casefold())
        if mine is None:
            key = link_type.key if link_type.key not in keys else ""  # never take a key another type has
            mine = target.add_link_type(link_type.name, link_type.color, key, link_type.sources, link_type.targets,
                                        link_type.symmetric)
            keys.add(key)
            types[link_type.name.casefold()] = mine
        type_ids[link_type.id] = mine
    symmetric = {t.id for t in types.values() if t.symmetric}
    for source_document, target_document in document_ids.items():
        there = set()
        for link in target.links(target_document):
            there.add((link.type_id, link.source_id, link.target_id))
            if link.type_id in symmetric:
                there.add((link.type_id, link.target_id, link.source_id))
        for link in source.links(source_document):
            mine = type_ids[link.type_id]
            ends = (mine.id, span_ids[link.source_id], span_ids[link.target_id])
            if ends in there:
                report.links_skipped += 1
                continue
            there.add(ends)
            if mine.symmetric:
                there.add((mine.id, ends[2], ends[1]))
            # Kept as the analyst made it, even where the target's type would not allow it now.
            fresh.append(link._replace(id=None, document_id=target_document, type_id=mine.id, source_id=ends[1],
                                       target_id=ends[2]))
    target.restore_links(fresh)  # a None id: SQLite numbers the new links
    report.links_added = len(fresh)


def _merge_labels(target, source, document_ids: dict[int, int], report: MergeReport) -> None:
    categories = {c.name.casefold(): c for c in target.categories()}
    keys = {c.key for c in categories.values() if c.key}
    mapping = {}
    for category in source.categories():
        mine = categories.get(category.name.casefold())
        if mine is None:
            key = category.key if category.key not in keys else ""
            mine = target.add_category(category.name, category.choices, category.multiple, key)
            keys.add(key)
        elif set(category.choices) - set(mine.choices) or (category.multiple and not mine.multiple):
            choices = (*mine.choices, *(c for c in category.choices if c not in mine.choices))
            mine = target.update_category(mine.id, choices=choices, multiple=mine.multiple or category.multiple)
        categories[mine.name.casefold()] = mine
        mapping[category.id] = mine.id
    labels = source.labels_by_document()
    fresh = []
    for source_document, target_document in document_ids.items():
        there = {(x.category_id, x.value, x.annotator) for x in target.document_labels(target_document)}
        for label in labels.get(source_document, ()):
            key = (mapping[label.category_id], label.value, label.annotator)
            if key in there:
                report.labels_skipped += 1
                continue
            there.add(key)
            # Every analyst's answer is kept, each with its annotator: the same value or a different one
            # to a single-choice question (what review compares).
            fresh.append(label._replace(document_id=target_document, category_id=key[0]))
    target.restore_document_labels(fresh)
    report.labels_added = len(fresh)


def _merge_tags(target, source, report: MergeReport) -> dict[int, int]:
    by_name = {t.name.casefold(): t for t in target.tags()}
    keys = {t.key for t in target.tags() if t.key}
    mapping = {}
    for tag in source.tags():
        mine = by_name.get(tag.name.casefold())
        if mine is None:
            key = tag.key if tag.key and tag.key not in keys else ""  # never take a key another tag has
            mine = target.add_tag(tag.name, tag.color, key)
            if tag.attributes != "[]":
                target.update_tag(mine.id, attributes=tag.attributes)
            keys.add(key)
            by_name[tag.name.casefold()] = mine
            report.tags_added += 1
        mapping[tag.id] = mine.id
    return mapping


def _merge_documents(target, source, report: MergeReport) -> dict[int, int]:
    mapping = {}
    for info in source.documents():
        found = target.find_document(info.sha256)
        if found is None:
            doc = source.document(info.id)
            added, _ = target.add_document(
                doc.title, doc.text, doc.source_path, author=doc.author, published=doc.published, url=doc.url,
                site=doc.site, origin=doc.origin,
            )
            target.update_document(added.id, status=doc.status)
            found = added.id
            report.documents_added += 1
        else:
            report.documents_matched += 1
        mapping[info.id] = found
    return mapping
