"""Adding a link looks its duplicates up through the spans' indexes, never through the type's (all its links)."""

from __future__ import annotations

import sqlite3

from newsmark.core.model import Link
from newsmark.core.storage import Project


def test_adding_a_link_never_searches_the_links_of_its_whole_type(tmp_path, monkeypatch):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("d", "one two three four five six seven eight nine ten", "")
        claim = project.tags()[0].id
        spans = [project.add_span(doc.id, claim, i * 4, i * 4 + 3) for i in range(10)]
        same_as = next(t for t in project.link_types() if t.name == "same_as")
        project.add_links([Link(0, doc.id, same_as.id, a.id, b.id) for a, b in zip(spans, spans[2:])])
        issued: list[str] = []
        project._conn.set_trace_callback(issued.append)
        project.add_link(doc.id, same_as.id, spans[0].id, spans[1].id)
        project._conn.set_trace_callback(None)
    plans = []
    conn = sqlite3.connect(path)
    try:
        for sql in issued:
            if sql.lstrip().upper().startswith("SELECT") and "FROM links" in sql:
                plans += [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    finally:
        conn.close()
    assert plans and not [p for p in plans if "links_type" in p]
