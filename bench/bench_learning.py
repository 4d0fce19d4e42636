"""Does the model learned from decisions help? An analyst simulated on the blind sets, with and without it.

Run: PYTHONPATH=desktop python bench/bench_learning.py [FOLDER ...]   (default: every blind set, by name)
Each set is one project (built as bench/blind/pooled.py builds it). Its documents are taken in order; for
each, the suggestions are scored against gold with and without the model trained on the decisions so far,
then the analyst decides what was shown: a suggestion overlapping a gold span of its tag is accepted, any
other rejected (the oracle). Prints overlap P/R per tag, pooled over the sets, for both, and the speed of
training on 10,000 decisions beside the rules' own time on the same documents.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "blind"))
from pooled import built, pool, table  # noqa: E402

from newsmark.core.review.evaluation import Mark, evaluate  # noqa: E402
from newsmark.core.suggest.learning import Example, train  # noqa: E402
from newsmark.core.suggest.running import project_suggester  # noqa: E402

DEVELOPMENT = ["blind"] + [f"blind{n}" for n in range(2, 18)]
HELD_OUT = [f"blind{n}" for n in range(18, 27)]


def accepted(gold: list[Mark], document_id: int, s) -> bool:
    """The oracle: the analyst accepts a suggestion that overlaps a gold span of its tag."""
    tag = s.tag.casefold()
    return any(g.document_id == document_id and g.tag.casefold() == tag and g.start < s.end and s.start < g.end for g in gold)


def read_set(folder: Path, workdir: Path) -> tuple[list[Mark], list[tuple[int, str, list]]]:
    """A set's gold and, in order, each document's id, text and plain suggestions (with the rules' seconds)."""
    with built(folder, workdir) as (project, gold):
        suggester = project_suggester(project)
        documents = []
        for i, _title, text in project.document_texts(sorted({m.document_id for m in gold})):
            began = time.perf_counter()
            found = suggester(text)
            documents.append((i, text, found, time.perf_counter() - began))
    return gold, documents


def simulate(gold: list[Mark], documents: list, decisions: list[Example], held: Counter) -> tuple[list, list]:
    """(scores without, scores with the model) of one set; ``decisions`` and ``held`` grow as the analyst goes."""
    plain, learned = [], []
    for document_id, text, found, _seconds in documents:
        shown, kept_back = train(decisions).screen(text, found)
        plain += [Mark(document_id, s.tag, s.start, s.end, dict(s.attributes)) for s in found]
        learned += [Mark(document_id, s.tag, s.start, s.end, dict(s.attributes)) for s in shown]
        decisions += [Example(text, s, accepted(gold, document_id, s)) for s in shown]
        for s in kept_back:
            held[s.tag, "right to hold back" if not accepted(gold, document_id, s) else "wrongly held back"] += 1
    return evaluate(gold, plain), evaluate(gold, learned)


def both(title: str, without: list, with_: list) -> str:
    """Two pooled tables, one above the other."""
    return table(f"{title} — rules alone", pool(without)) + "\n\n" + table(f"{title} — with the learned model", pool(with_))


def speed(decisions: list[Example], rules: float, documents: int) -> str:
    """Training on 10,000 decisions (the simulated ones, repeated) and applying the model, beside the rules' time."""
    many = (decisions * (10_000 // max(len(decisions), 1) + 1))[:10_000]
    began = time.perf_counter()
    model = train(many)
    trained = time.perf_counter() - began
    sample = decisions[:2000]
    began = time.perf_counter()
    for e in sample:
        model.probability(e.text, e.suggestion)
    applying = (time.perf_counter() - began) / max(len(sample), 1)
    return (f"training on {len(many):,} decisions: {trained * 1000:.0f} ms; applying: {applying * 1e6:.0f} µs a suggestion "
            f"(baseline, same run: the rules took {rules / max(documents, 1) * 1000:.1f} ms a document, "
            f"{rules / max(len(decisions), 1) * 1e6:.0f} µs per suggestion shown)")


def main(folders: list[str]) -> int:
    """Simulate every set (each its own project, then all as one), then print the pooled tables and the speed."""
    names = folders or DEVELOPMENT + HELD_OUT
    sets = {}
    with tempfile.TemporaryDirectory() as workdir:
        for name in names:
            folder = (ROOT / name) if not Path(name).exists() else Path(name)
            sets[folder.name] = read_set(folder.resolve(), Path(workdir))
    results, decisions, held = {}, [], Counter()
    for name, (gold, documents) in sets.items():
        mine: list[Example] = []
        results[name] = simulate(gold, documents, mine, held)
        decisions += mine
    groups = [("all sets", list(results))]
    groups += [(label, [n for n in results if n in group]) for label, group in
               (("development sets blind–blind17", DEVELOPMENT), ("held-out sets blind18–blind26", HELD_OUT))]
    for label, chosen in groups:
        if chosen and (label == "all sets" or len(chosen) < len(results)):
            print(both(f"{label} ({len(chosen)}), each its own project", [results[n][0] for n in chosen],
                       [results[n][1] for n in chosen]), end="\n\n")
    print("held back, each set its own project:", ", ".join(f"{tag} {why} {n}" for (tag, why), n in sorted(held.items())) or "none")
    # The same analyst going through every set in one project: decisions carry from set to set.
    carried, one_held = [], Counter()
    one = [simulate(gold, documents, carried, one_held) for gold, documents in sets.values()]
    print(both("\nall sets as ONE project", [r[0] for r in one], [r[1] for r in one]), end="\n\n")
    print("held back, one project:", ", ".join(f"{tag} {why} {n}" for (tag, why), n in sorted(one_held.items())) or "none")
    rules = sum(d[3] for _gold, documents in sets.values() for d in documents)
    print(speed(decisions, rules, sum(len(documents) for _gold, documents in sets.values())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
