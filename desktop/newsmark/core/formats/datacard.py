"""The data card written beside an export (``OUT.card.md``): what the file holds, who made it, and under which guidelines.

It counts spans per tag and per part of the training split, names the annotators, shows the
agreement figures the caller gives (``agreement_for_card`` is the hook that computes them), and
names the guidelines by a fingerprint of the tag set: the tags with their attribute definitions,
the link types and the document categories. Newsmark keeps no free-text guidelines version,
and a fingerprint changes exactly when the schema annotators worked under changes, which is
what a reader of the data must know.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import newsmark
from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.model import now_iso

CARD_SUFFIX = ".card.md"
PARTS = ("train", "dev", "test")
NO_PART = "(no part)"

# Agreement rows by tag ("(all)" for every tag together), each a measure's name -> value, e.g.
# {"claim": {"f1_exact": 0.81, "kappa": 0.77}, "(all)": {"alpha_unitizing": 0.74}}.
AgreementTable = Mapping[str, Mapping[str, float]]


def agreement_for_card(project) -> AgreementTable | None:
    """The agreement a data card shows: per tag, the mean pairwise F1 (overlap) and the team's unitizing alpha.

    Measured on the whole project (a view's source), as ``newsmark agreement`` does; None with fewer
    than two annotators on the same documents.
    """
    from newsmark.core.review.agreement import agreement_by_tag  # the measures: only when a card is written

    found = agreement_by_tag(getattr(project, "source", project))
    if not found:
        return None
    return {
        "(all)" if tag == "*" else tag: {"F1 overlap (mean of pairs)": f1, "unitizing alpha": alpha}
        for tag, (f1, alpha) in found.items()
    }


def card_path(path: str | os.PathLike) -> Path:
    """Where the card of an export to ``path`` goes: ``OUT.card.md`` beside it (a folder's card beside the folder)."""
    path = Path(path)
    return path.with_name(path.name + CARD_SUFFIX)


def guidelines_fingerprint(project) -> str:
    """12 hex digits of SHA-256 over the tag set (tags and their attributes, link types, categories), in order."""
    schema = {
        "tags": [[t.name, json.loads(t.attributes)] for t in project.tags()],
        "link_types": [[k.name, list(k.sources), list(k.targets), k.symmetric] for k in project.link_types()],
        "categories": [[c.name, list(c.choices), c.multiple] for c in project.categories()],
    }
    return hashlib.sha256(json.dumps(schema, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:12]


def card_text(
    project, name: str, fmt: str, report: ExportReport, *, agreement: AgreementTable | None = None,
    filters: list[str] | None = None, now: str | None = None,
) -> str:
    """The card's Markdown for an export of ``project`` (a Project or FilteredProject) to a file called ``name``."""
    parts = project.split_parts()
    documents = project.documents()
    doc_part = {d.id: parts.get(d.id, NO_PART) for d in documents}
    spans: dict[str, Counter] = {}
    annotators: dict[str, Counter] = {}
    for row in project.export_rows():
        # (document_id, title, sha256, span_id, tag, start, end, text, note, annotator, ...)
        spans.setdefault(row[4], Counter())[doc_part[row[0]]] += 1
        annotators.setdefault(row[9], Counter())[row[0]] += 1
    docs_per_part = Counter(doc_part.values())
    columns = [p for p in (*PARTS, NO_PART) if docs_per_part[p]] or list(PARTS)
    lines = [
        f"# Data card: {_md(name)}", "",
        f"Written by Newsmark {newsmark.__version__} on {now or now_iso()} from the project "
        f"`{_md(project.path.name)}`, in the {fmt} format.", "",
        "## Contents", "",
        f"- Documents: {len(documents):,}" + _by_part(docs_per_part, columns),
        f"- Spans: {sum(sum(c.values()) for c in spans.values()):,} of {len(spans)} tag{'s' if len(spans) != 1 else ''}; "
        f"links: {report.links:,}; document labels: {report.labels:,}",
        f"- Filters: {'; '.join(filters) if filters else 'none (every document and span)'}",
    ]
    if report.problems:
        lines.append(
            f"- Not in the file as marked: {len(report.problems):,} span{'s' if len(report.problems) != 1 else ''} "
            f"the {fmt} format cannot hold (the export's warnings list each one)"
        )
    if report.not_held:
        lines.append(f"- Not held: {_md(report.not_held_line(fmt))}")
    lines += ["", "## Spans per tag and split", "", _row(["tag", *columns, "total"]), _row(["---"] * (len(columns) + 2))]
    for tag in [t.name for t in project.tags() if t.name in spans]:
        counts = spans[tag]
        lines.append(_row([_md(tag), *(f"{counts[p]:,}" for p in columns), f"{sum(counts.values()):,}"]))
    lines.append(_row(["(documents)", *(f"{docs_per_part[p]:,}" for p in columns), f"{len(documents):,}"]))
    lines += ["", "## Annotators", ""]
    if annotators:
        lines += [_row(["annotator", "spans", "documents"]), _row(["---"] * 3)]
        for who in sorted(annotators):
            lines.append(_row([_md(who) or "(no name)", f"{sum(annotators[who].values()):,}", f"{len(annotators[who]):,}"]))
    else:
        lines.append("No spans.")
    lines += ["", "## Agreement", "", *_agreement_lines(agreement), "", "## Guidelines", ""]
    whole = getattr(project, "source", project)  # the guidelines are the whole tag set's, whatever the filters
    lines.append(
        f"Tag set fingerprint `{guidelines_fingerprint(whole)}` (SHA-256 of the tags with their attributes, the link "
        "types and the document categories: equal fingerprints mean the same annotation schema)."
    )
    lines.append("Tags: " + ", ".join(_md(t.name) for t in whole.tags()) + ".")
    lines += ["", "## Split", "", _split_line(project.split_info())]
    return "\n".join(lines) + "\n"


def write_card(project, path: str | os.PathLike, fmt: str, report: ExportReport, **options) -> Path:
    """Write the card of an export to ``path`` beside it, atomically; returns the card's path."""
    target = card_path(path)
    with atomic_text_file(target, newline="\n") as out:
        out.write(card_text(project, Path(path).name, fmt, report, **options))
    return target


def _by_part(counts: Counter, columns: list[str]) -> str:
    shown = [f"{p} {counts[p]:,}" for p in columns if counts[p]]
    return f" ({', '.join(shown)})" if shown else ""


def _figure(value) -> str:
    """A measure as the card prints it; an undefined one (no spans on a side, one label only) is n/a."""
    return "n/a" if value is None or value != value else f"{value:.3f}"


def _agreement_lines(agreement: AgreementTable | None) -> list[str]:
    if not agreement:
        return ["Not computed for this export (see `newsmark agreement`)."]
    measures = list(dict.fromkeys(m for values in agreement.values() for m in values))
    lines = [_row(["tag", *measures]), _row(["---"] * (len(measures) + 1))]
    for tag, values in agreement.items():
        lines.append(_row([_md(tag), *(_figure(values[m]) if m in values else "" for m in measures)]))
    return lines


def _split_line(info) -> str:
    if info is None:
        return "The project has not been split into train, dev and test (`newsmark split`)."
    ratios = " / ".join(f"{p} {info.ratios.get(p, 0):g}" for p in PARTS)
    whose = f"{_md(info.annotator)}'s spans" if info.annotator else "every annotator's spans"
    return (
        f"Split on {info.made_at} with seed {info.seed}, ratios {ratios}, balancing {whose} per tag; "
        "near-duplicate articles are kept in one part. Documents added since are in no part."
    )


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def _md(text: str) -> str:
    """Text for a Markdown table cell or line: one line, no column breaks."""
    return " ".join(str(text).split()).replace("|", "\\|")
