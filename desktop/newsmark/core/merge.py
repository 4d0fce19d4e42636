"""Merging analysts' projects into one: documents matched by text, tags by name, spans kept with their annotator."""

from __future__ import annotations

from dataclasses import dataclass



@dataclass
class MergeReport:
    """What merging one project brought in."""

    source: str
    documents_added: int = 0
    documents_matched: int = 0
    tags_added: int = 0
    spans_added: int = 0
    spans_skipped: int = 0  # identical to a span already there (same document, tag, range and annotator)

    def line(self) -> str:
        """The report as one line."""
        return (
            f"{self.source}: {self.spans_added} spans added, {self.spans_skipped} already there; "
            f"{self.documents_added} documents added, {self.documents_matched} matched; {self.tags_added} tags added"
        )


def merge_into(target, source) -> MergeReport:
    """Bring every document, tag and span of ``source`` into ``target`` in one transaction."""
    report = MergeReport(source.path.name)
    with target.transaction():
        tag_ids = _merge_tags(target, source, report)
        document_ids = _merge_documents(target, source, report)
        existing = target.span_keys()
        fresh = []
        for source_document, target_document in document_ids.items():
            for span in source.spans(source_document):
                moved = span.with_changes(id=0, document_id=target_document, tag_id=tag_ids[span.tag_id])
                key = (moved.document_id, moved.tag_id, moved.start, moved.end, moved.annotator)
                if key in existing:
                    report.spans_skipped += 1
                    continue
                existing.add(key)
                fresh.append(moved)
        report.spans_added = target.add_spans(fresh)
    return report


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
