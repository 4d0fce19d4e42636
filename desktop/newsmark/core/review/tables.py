"""The report's figures as tables (the same numbers as the charts), for HTML, Markdown and the window."""

from __future__ import annotations

from dataclasses import dataclass

from newsmark.core.model import STATUSES
from newsmark.core.review.stats import Ranking, Statistics


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table: ``key`` pairs it with the chart of the same key; ``note`` is a line under it."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple]
    note: str = ""


def summary(stats: Statistics) -> list[tuple[str, str]]:
    """The report's headline figures as (label, value)."""
    return [
        ("Project", stats.project),
        ("Documents", str(stats.documents)),
        ("Spans", str(stats.spans)),
        ("Annotators", ", ".join(stats.per_annotator) or "none"),
        ("Tags", ", ".join(t.name for t in stats.tags) or "none"),
    ]


def tables(stats: Statistics) -> list[Table]:
    """Every table of the report, in report order (the charts' order)."""
    tag_names = [name for name in stats.per_tag if stats.per_tag[name]]
    found = [
        Table("tags", "Spans per tag", ("Tag", "Spans", "Share"), [
            (name, count, _share(count, stats.spans)) for name, count in stats.per_tag.items()
        ]),
        Table("annotators", "Spans per annotator", ("Annotator", "Spans", *tag_names), [
            (who, sum(counts.values()), *(counts.get(t, 0) for t in tag_names)) for who, counts in stats.per_annotator.items()
        ]),
        Table("statuses", "Spans per document status", ("Status", "Documents", "Spans", *tag_names), [
            (STATUSES.get(status, status), stats.documents_per_status.get(status, 0), sum(counts.values()),
             *(counts.get(t, 0) for t in tag_names))
            for status, counts in stats.per_status.items()
        ]),
        Table("documents", "Documents with the most spans", ("ID", "Title", "Spans", *tag_names), [
            (d.id, d.title, d.spans, *(d.per_tag.get(t, 0) for t in tag_names)) for d in stats.top_documents
        ], note=f"{_count(stats.documents_without_spans, 'document')} without spans."),
        _ranking("claims", "Claims by status", "Status", stats.claims, "without a status"),
        _ranking("locations", "Top locations", "Location (place, else the span's text)", stats.locations, "with no text"),
        _ranking("speakers", "Top speakers", "Speaker", stats.speakers, "without a speaker"),
        _progress(stats),
    ]
    if stats.agreement is not None:
        found.append(Table("agreement", "Agreement per tag", ("Tag", "F1 (overlap)", "Krippendorff's alpha"), [
            (tag, _number(f1), _number(alpha)) for tag, (f1, alpha) in stats.agreement.items()
        ]))
    return found


def _ranking(key: str, title: str, header: str, ranking: Ranking, missing: str) -> Table:
    if ranking.tag is None:
        return Table(key, title, (header, "Spans"), [], note=f"The project has no tag {_tag_of(key)!r}.")
    note = f"{_count(ranking.missing, ranking.tag.name + ' span')} {missing}." if ranking.missing else ""
    return Table(key, title, (header, f"{ranking.tag.name} spans"), list(ranking.values), note=note)


def _tag_of(key: str) -> str:
    return {"claims": "claim", "locations": "location", "speakers": "quote"}[key]


def _progress(stats: Statistics) -> Table:
    who = list(stats.progress)
    rows = [
        (day, *(stats.progress[w][n] for w in who))
        for n, day in enumerate(stats.days) if any(stats.progress[w][n] for w in who)
    ]
    note = f"{_count(stats.undated, 'span')} without a creation date." if stats.undated else ""
    return Table("progress", "Spans per day per annotator (UTC days with spans)", ("Day", *who), rows, note=note)


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "–"


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"
