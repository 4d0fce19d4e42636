"""``newsmark split``: divide a project's documents into train, dev and test for training, and store the split."""

from __future__ import annotations

from pathlib import Path

from newsmark.cli.output import cell, out


def register(commands) -> None:
    """Add the ``split`` command."""
    split = commands.add_parser(
        "split",
        help="split the documents into train/dev/test (stratified by tag, near-duplicates kept together); "
        "exports then take --split PART",
    )
    split.add_argument("project", type=Path)
    split.add_argument("--train", type=float, default=0.8, metavar="RATIO", help="share of the documents for training (default 0.8)")
    split.add_argument("--dev", type=float, default=0.1, metavar="RATIO", help="share for development (default 0.1)")
    split.add_argument("--test", type=float, default=0.1, metavar="RATIO", help="share for testing (default 0.1)")
    split.add_argument("--seed", type=int, default=0, help="another seed gives another split of equal quality (default 0)")
    split.add_argument("--annotator", metavar="NAME", help="count only this annotator's spans (e.g. gold) when balancing tags")
    split.set_defaults(run=run)


def run(options) -> int:
    """Make the split, store it, and print what each part holds."""
    from newsmark.core.review.split import PARTS, check_ratios, shares_table
    from newsmark.core.review.splitting import split_project
    from newsmark.core.storage import Project

    ratios = check_ratios(options.train, options.dev, options.test)
    with Project.open(options.project) as project:
        result = split_project(project, ratios, options.seed, options.annotator)
    grouped = sum(len(g) for g in result.groups)
    parts = ", ".join(f"{p} {result.documents[p]:,}" for p in PARTS)
    lines = [
        f"split {len(result.parts):,} documents (seed {result.seed}): {parts}; "
        f"{len(result.groups):,} near-duplicate group{'s' if len(result.groups) != 1 else ''} "
        f"({grouped:,} documents) kept in one part each\n",
        "tag\t" + "\t".join(PARTS) + "\n",
    ]
    for name, counts, shares in shares_table(result):
        lines.append(cell(name) + "".join(f"\t{c:,} ({s:.1%})" for c, s in zip(counts, shares)) + "\n")
    out("".join(lines))
    return 0
