"""What the suggesters get wrong on a blind set: gold spans missed, suggestions matching no gold span, and wrong attributes.

Run: PYTHONPATH=desktop python bench/blind/diff.py PROJECT.newsmark FOLDER/gold.csv [--tag TAG ...]
(build the project first with build_project.py). Matching is the evaluator's overlap matching,
so the lists explain exactly the counts ``newsmark evaluate --suggestions`` prints.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from newsmark.core.storage import Project
from newsmark.core.review.evaluation import match_overlaps, same_value
from newsmark.core.review.scoring import read_gold, suggested_marks
from newsmark.core.suggest.running import project_suggester


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    before = text[max(0, start - width):start].replace("\n", " ")
    after = text[end:end + width].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…"


def main() -> int:
    """Print the differences, tag by tag."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("gold")
    parser.add_argument("--tag", action="append", help="only this tag (repeatable)")
    options = parser.parse_args()
    with Project.open(options.project, readonly=True) as project:
        gold = read_gold(project, options.gold, plain=True)
        documents = {m.document_id for m in gold}
        predicted = suggested_marks(project, documents, project_suggester(project))
        texts = {d: project.document(d).text for d in documents}
    wanted = {t.casefold() for t in options.tag} if options.tag else None
    groups: dict[tuple[int, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for m in gold:
        groups[m.document_id, m.tag][0].append(m)
    for m in predicted:
        groups[m.document_id, m.tag][1].append(m)
    report: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (document, tag), (g, p) in sorted(groups.items()):
        if wanted and tag.casefold() not in wanted:
            continue
        text = texts[document]
        pairs = match_overlaps(g, p)
        hit_gold = {id(a) for a, _ in pairs}
        hit_predicted = {id(b) for _, b in pairs}
        for m in g:
            if id(m) not in hit_gold:
                report[tag]["missed"].append(f"doc {document}: {_context(text, m.start, m.end)}  {m.attributes}")
        for m in p:
            if id(m) not in hit_predicted:
                report[tag]["false"].append(f"doc {document}: {_context(text, m.start, m.end)}  {m.attributes}")
        for a, b in pairs:
            if (a.start, a.end) != (b.start, b.end):
                report[tag]["edges"].append(f"doc {document}: gold [{text[a.start:a.end]}] got [{text[b.start:b.end]}]")
            for name, value in a.attributes.items():
                if value not in ("", None) and not same_value(value, b.attributes.get(name)):
                    report[tag]["attribute"].append(
                        f"doc {document}: [{text[a.start:a.end][:60]}] {name}: gold {value!r} got {b.attributes.get(name)!r}")
    for tag in sorted(report):
        for kind in ("missed", "false", "edges", "attribute"):
            lines = report[tag][kind]
            if lines:
                print(f"\n## {tag}: {kind} ({len(lines)})")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
