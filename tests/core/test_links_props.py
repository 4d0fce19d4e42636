"""Random deletes and undos of spans, tags and documents keep the links as a plain model says they should be."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk, and more were seen near Sudzha."
# Each span: (document 0 or 1, tag index, start, end).
SPANS = st.lists(st.tuples(st.integers(0, 1), st.integers(0, 3), st.integers(0, 30), st.integers(1, 40)), min_size=2, max_size=10)
ACTIONS = st.lists(st.tuples(st.sampled_from(["span", "spans", "tag", "moved_tag", "document", "unload"]), st.integers(0, 99)),
                   max_size=8)


@settings(max_examples=40, deadline=None)
@given(spans=SPANS, pairs=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), max_size=12), actions=ACTIONS)
def test_deleting_and_undoing_in_any_order_keeps_links_with_their_spans(spans, pairs, actions):
    with tempfile.TemporaryDirectory() as folder, Project.open(Path(folder) / "p.newsmark", create=True) as p:
        docs = [p.add_document(f"D{i}", TEXT + " " * i)[0].id for i in range(2)]
        tags = [t.id for t in p.tags()]
        same_as = next(t.id for t in p.link_types() if t.name == "same_as")  # any tag to any tag
        made = [p.add_span(docs[d], tags[t], s, s + e) for d, t, s, e in spans]
        links = set()
        for a, b in pairs:
            source, target = made[a % len(made)], made[b % len(made)]
            if source.id != target.id and source.document_id == target.document_id and not {
                (source.id, target.id), (target.id, source.id)
            } & {(k.source_id, k.target_id) for k in links}:
                links.add(p.add_link(source.document_id, same_as, source.id, target.id))
        undo = []
        for action, n in actions:
            alive = [s for d in docs if _exists(p, d) for s in p.spans(d)]
            if action == "span" and alive:
                span = alive[n % len(alive)]
                taken = p.links_of_spans([span.id])
                p.delete_span(span.id)
                undo.append(lambda span=span, taken=taken: p.restore_span(span, taken))
            elif action == "spans" and alive:
                gone = alive[n % len(alive)::3]
                taken = p.delete_spans([s.id for s in gone])
                undo.append(lambda gone=gone, taken=taken: p.restore_spans(gone, taken))
            elif action in ("tag", "moved_tag") and len(p.tags()) > 1:
                tag = p.tags()[n % len(p.tags())]
                into = next(t.id for t in p.tags() if t.id != tag.id) if action == "moved_tag" else None
                removed = p.delete_tag(tag.id, move_spans_to=into)
                undo.append(lambda removed=removed: p.restore_tag(*removed, removed.links))
            elif action == "document" and any(_exists(p, d) for d in docs):
                removed = p.remove_documents([d for d in docs if _exists(p, d)][n % 2:][:1])
                undo.append(lambda removed=removed: p.restore_documents(removed))
            elif action == "unload" and alive:
                gone = alive[: n % len(alive) + 1]
                taken = p.delete_spans_and_tags([s.id for s in gone], [])
                undo.append(lambda gone=gone, taken=taken: p.restore_tags_and_spans([], gone, taken))
            _check(p, docs, links)
        for step in reversed(undo):
            step()
            _check(p, docs, links)
        assert set(p.all_links()) == links


def _exists(p, document_id: int) -> bool:
    return any(d.id == document_id for d in p.documents())


def _check(p, docs, links) -> None:
    """The plain model: a link exists exactly when both its spans do, in its document."""
    spans = {s.id: s for d in docs if _exists(p, d) for s in p.spans(d)}
    for link in p.all_links():
        assert link.source_id in spans and link.target_id in spans
        assert spans[link.source_id].document_id == spans[link.target_id].document_id == link.document_id
    assert p._conn.execute("PRAGMA foreign_key_check").fetchall() == []
