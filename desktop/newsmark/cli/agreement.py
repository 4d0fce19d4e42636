"""``newsmark agreement PROJECT``: how far the annotators agree, per pair and all together, per tag and overall."""

from __future__ import annotations

import json

from newsmark.cli.output import out


def register(commands) -> None:
    """Add the ``agreement`` command."""
    parser = commands.add_parser(
        "agreement",
        help="inter-annotator agreement: span F1, Cohen's kappa, Krippendorff's alpha and unitizing alpha",
        description="Inter-annotator agreement per pair of annotators (span F1 with exact and with overlap "
        "matches, Cohen's kappa over token labels) over the documents both annotated, and for all annotators "
        "together (Krippendorff's alpha over token labels, unitizing alpha over characters) over the documents "
        "every one of them annotated; per tag and overall (tag \"*\"). A document counts as annotated by "
        "someone who made at least one span in it or marked it done or reviewed (a finished document with no "
        "span of theirs is compared as their \"nothing\"). Then the same for document labels, per category: observed "
        "agreement and Cohen's kappa per pair, Krippendorff's alpha for all (--tag does not filter them).",
    )
    parser.add_argument("project", help="the project file (a merged one, or one where several annotators worked)")
    parser.add_argument("--tag", help="only this tag (or \"*\" for the overall figures)")
    parser.add_argument("--document", type=int, metavar="ID", help="only this document")
    parser.add_argument("--json", action="store_true", help="print JSON: {annotators, pairs, all, labels: {pairs, all}}")
    parser.set_defaults(run=run)


def run(options) -> int:
    """Print the agreement table (or JSON); exit 1 with one line when fewer than two annotators can be compared."""
    from newsmark.core.review.agreement import TooFewAnnotatorsError, find_tag, project_agreement
    from newsmark.core.review.labelagreement import project_label_agreement
    from newsmark.core.storage import Project

    no_spans = None
    with Project.open(options.project, readonly=True) as project:
        labels = project_label_agreement(project, options.document)
        try:
            data, report = project_agreement(project, options.document)
        except TooFewAnnotatorsError as e:
            if not labels.pairs:  # nothing at all to compare: the one line and exit 1, as ever
                raise
            no_spans = str(e)
    if no_spans is not None:
        pairs, groups, annotators = [], [], []
    else:
        tag = find_tag(report, data, options.tag) if options.tag is not None else None
        pairs = [p for p in report.pairs if tag is None or p.tag == tag]
        groups = [g for g in report.all if tag is None or g.tag == tag]
        annotators = report.annotators
    if options.json:
        out(json.dumps({
            "annotators": annotators,
            "pairs": [{"annotator_a": p.annotator_a, "annotator_b": p.annotator_b, "tag": p.tag,
                       "documents": p.documents, "f1_exact": p.f1_exact, "f1_overlap": p.f1_overlap, "kappa": p.kappa,
                       "spans_a": p.spans_a, "spans_b": p.spans_b} for p in pairs],
            "all": [{"tag": g.tag, "documents": g.documents, "alpha_nominal": g.alpha_nominal,
                     "alpha_unitizing": g.alpha_unitizing} for g in groups],
            "labels": label_json(labels),
        }, ensure_ascii=False, indent=2) + "\n")
        return 0
    spans = f"Spans: {no_spans}\n" if no_spans is not None else _table(annotators, pairs, groups)
    out(spans + label_table(labels))
    return 0


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _table(annotators: list[str], pairs, groups) -> str:
    """Two aligned tables: the pairs, then all annotators together."""
    rows = [("annotator A", "annotator B", "tag", "documents", "F1 exact", "F1 overlap", "kappa")]
    rows += [(p.annotator_a, p.annotator_b, p.tag, str(p.documents), _number(p.f1_exact), _number(p.f1_overlap),
              _number(p.kappa)) for p in pairs]
    lines = ["Pairs, over the documents both annotated (tag * = all tags)", *_aligned(rows, left=3), ""]
    documents = groups[0].documents if groups else 0
    lines.append(f"All {len(annotators)} annotators ({', '.join(annotators)}), over the {documents} "
                 f"document{'' if documents == 1 else 's'} every one annotated")
    if documents:
        rows = [("tag", "alpha", "unitizing alpha")]
        rows += [(g.tag, _number(g.alpha_nominal), _number(g.alpha_unitizing)) for g in groups]
        lines += _aligned(rows, left=1)
    return "\n".join(lines) + "\n"


def label_json(report) -> dict:
    """``{"pairs": [...], "all": [...]}``: empty lists when nobody labelled a document."""
    return {
        "pairs": [{"category": p.category, "annotator_a": p.annotator_a, "annotator_b": p.annotator_b,
                   "documents": p.documents, "units": p.units, "observed": p.observed, "kappa": p.kappa}
                  for p in report.pairs],
        "all": [{"category": g.category, "annotators": g.annotators, "documents": g.documents, "units": g.units,
                 "alpha_nominal": g.alpha} for g in report.all],
    }


def label_table(report) -> str:
    """The "Document labels" tables (pairs, then all analysts per category); nothing when nobody labelled a document."""
    if not report.pairs and not report.all:
        return ""
    rows = [("category", "annotator A", "annotator B", "documents", "observed", "kappa")]
    rows += [(p.category, p.annotator_a, p.annotator_b, str(p.documents), _number(p.observed), _number(p.kappa))
             for p in report.pairs]
    lines = ["", "Document labels, pairs over the documents both labelled (several values: each value a yes/no unit)",
             *_aligned(rows, left=3), ""]
    rows = [("category", "annotators", "documents", "alpha")]
    rows += [(g.category, str(g.annotators), str(g.documents), _number(g.alpha)) for g in report.all]
    lines += ["Document labels, all analysts over the documents two or more labelled", *_aligned(rows, left=1)]
    return "\n".join(lines) + "\n"


def _aligned(rows: list[tuple[str, ...]], left: int) -> list[str]:
    """Columns padded to their widest cell: the first ``left`` (names, tags) to the left, figures to the right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip()
            for row in rows]
