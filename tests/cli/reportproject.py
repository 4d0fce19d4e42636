"""A small team project for the report tests: two annotators, every default tag, hostile names and values."""

from __future__ import annotations

from pathlib import Path

from newsmark.core.model import Span
from newsmark.core.storage import Project

HOSTILE = '<script>document.title="pwned"</script><img src="http://127.0.0.1:9/leak.png"> $x$ | *b* & co'
TEXT = "Kyiv said 8,000 troops moved to Kursk. “We stay,” the mayor said.\n"


def make_project(path: Path, title: str = HOSTILE) -> Path:
    """A small team project: two annotators, every default tag, a hostile title, tag name and values."""
    with Project.open(path, create=True) as p:
        tags = {t.name: t.id for t in p.tags()}
        odd = p.add_tag("<b>odd</b> $tag$", "#000000").id
        doc, _ = p.add_document(title, TEXT)
        second, _ = p.add_document("Second", TEXT + "Again.\n")
        p.update_document(second.id, status="reviewed")
        day = "2024-05-0{}T08:00:00.000Z"
        p.add_spans([
            Span(0, doc.id, tags["claim"], 0, 38, "", "ana", day.format(1), day.format(1), '{"status": "misleading"}'),
            Span(0, doc.id, tags["figure"], 10, 15, "", "ana", day.format(1), day.format(1), "{}"),
            Span(0, doc.id, tags["location"], 32, 37, "", "ben", day.format(3), day.format(3), "{}"),
            Span(0, doc.id, tags["quote"], 39, 50, "", "ben", day.format(3), day.format(3), '{"speaker": "</td><script>x</script>"}'),
            Span(0, second.id, tags["location"], 0, 4, "", "<i>eve</i>", day.format(2), day.format(2), '{"place": "Kyiv"}'),
            Span(0, second.id, odd, 5, 9, "", "ana", day.format(2), day.format(2), "{}"),
        ])
    return path
