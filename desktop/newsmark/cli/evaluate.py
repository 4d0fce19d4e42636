"""``newsmark evaluate``: precision, recall and F1 per tag against a gold set, with attribute accuracy."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsmark.cli.output import out
from newsmark.core.errors import NewsmarkError
from newsmark.core.storage import Project


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` command."""
    parser = commands.add_parser(
        "evaluate", help="score an annotator's spans (or the suggesters) against a gold CSV set: P, R, F1 per tag",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("gold", type=Path, metavar="GOLD.csv")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--annotator", metavar="NAME", help="score this annotator's spans (default: every span)")
    which.add_argument("--suggestions", action="store_true", help="score what the suggesters propose now (nothing is stored)")
    parser.add_argument("--model", metavar="NAME_OR_PATH", help="--suggestions: also ask this spaCy pipeline")
    parser.add_argument(
        "--learn", action="store_true",
        help="--suggestions: pass them through the model learned from the project's accepted and rejected suggestions",
    )
    parser.add_argument("--tag", action="append", metavar="TAG", help="only this tag (repeatable)")
    parser.add_argument("--plain", action="store_true", help="the gold CSV's text cells are exact (no ' prefixes)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(run=run)


def run(options) -> int:
    """Score and print; returns the exit code."""
    from newsmark.core.review.evaluation import evaluate
    from newsmark.core.review.scoring import project_marks, read_gold, suggested_marks
    from newsmark.core.suggest.running import project_suggester

    if options.model and not options.suggestions:
        raise NewsmarkError("--model goes with --suggestions")
    if options.learn and not options.suggestions:
        raise NewsmarkError("--learn goes with --suggestions")
    with Project.open(options.project, readonly=True) as project:
        gold = read_gold(project, options.gold, plain=True if options.plain else None)
        if not gold:
            raise NewsmarkError(f"{options.gold.name} holds no spans to score against")
        documents = {m.document_id for m in gold}
        if options.suggestions:
            predicted = suggested_marks(project, documents, project_suggester(
                project, model=options.model, learn=options.learn))
        else:
            if options.annotator is not None and options.annotator not in project.annotators():
                raise NewsmarkError(f"no spans by {options.annotator!r} in {project.path.name}")
            predicted = project_marks(project, documents, annotator=options.annotator)
    if options.tag:
        wanted = {t.casefold() for t in options.tag}
        gold = [m for m in gold if m.tag.casefold() in wanted]
        predicted = [m for m in predicted if m.tag.casefold() in wanted]
    scores = evaluate(gold, predicted)
    if options.json:
        out(json.dumps({"documents": len(documents), "tags": [s.to_json() for s in scores]}, ensure_ascii=False, indent=2) + "\n")
    else:
        out(_table(scores, len(documents)))
    return 0


def _table(scores, documents: int) -> str:
    lines = [f"{documents} document{'s' if documents != 1 else ''}",
             f"{'tag':<12}{'gold':>6}{'found':>7}   {'P exact':>7}{'R exact':>8}{'F1 exact':>9}   {'P overlap':>9}{'R overlap':>10}{'F1 overlap':>11}"]
    for s in scores:
        e, o = s.exact, s.overlap
        lines.append(f"{s.tag[:12]:<12}{e.gold:>6}{e.predicted:>7}   {e.precision:>7.3f}{e.recall:>8.3f}{e.f1:>9.3f}   "
                     f"{o.precision:>9.3f}{o.recall:>10.3f}{o.f1:>11.3f}")
    attributes = [(f"{s.tag}.{name}", right, total) for s in scores[:-1] for name, (right, total) in sorted(s.attributes.items())]
    if attributes:
        lines.append("attribute accuracy (on overlap matches):")
        lines += [f"  {name:<22}{right:>5}/{total:<5}{right / total:>7.1%}" for name, right, total in attributes]
    return "\n".join(lines) + "\n"
