"""A document with a row in every table that can name one, and a snapshot of every table (removal tests)."""

from __future__ import annotations

from newsmark.core.curationstore import CurationDecision
from newsmark.core.suggest.suggestion import Suggestion

TEXT = "Officials said 8,000 troops arrived in Kursk. “We hold Kursk,” said Ivan Petrov on Monday."


def fill(project, title):
    """A document with spans, a link, a label, suggestions open, accepted and rejected, a curation decision."""
    doc, _ = project.add_document(title, f"{title}: {TEXT}")
    tags = {t.name: t.id for t in project.tags()}
    at = lambda word: doc.text.index(word)  # noqa: E731
    figure = project.add_span(doc.id, tags["figure"], at("8,000"), at("8,000") + 5, note="count", annotator="ana")
    place = project.add_span(doc.id, tags["location"], at("Kursk"), at("Kursk") + 5, annotator="ben")
    types = {t.name: t.id for t in project.link_types()}
    project.add_link(doc.id, types["about"], figure.id, place.id)
    project.set_document_labels(doc.id, project.categories()[1].id, ["news"])
    project.store_suggestions({doc.id: [
        Suggestion("quote", at("We hold"), at("We hold") + 13, {}, 0.9, "quotes"),
        Suggestion("location", at("Monday"), at("Monday") + 6, {}, 0.4, "places"),
        Suggestion("figure", at("troops"), at("troops") + 6, {}, 0.3, "figures"),
    ]})
    troops, quote, monday = project.suggestions(doc.id)  # in text order
    project.accept_suggestions([(quote.id, {})], annotator="ana")
    project.reject_suggestions([monday.id], annotator="ana")
    project.add_curation_decisions([CurationDecision(0, doc.id, figure.start, figure.end, tags["figure"], "", "cyd")])
    return doc


def tables(project):
    """Every table's rows, sorted."""
    names = [r[0] for r in project._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    # Sorted contents: a table without an id column (document_labels) may give a restored row a new rowid.
    return {name: sorted(project._conn.execute(f"SELECT * FROM {name}").fetchall(), key=repr) for name in names}
