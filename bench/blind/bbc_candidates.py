"""Candidates for new blind sets from the BBC News dataset, fixed before anyone reads a story.

Run: python bench/blind/bbc_candidates.py BBC_DIR FIRST_SET COUNT [--seed N] [--unopened] [--categories A,B]

BBC_DIR is the dataset's ``bbc/`` folder (github.com/hagar110/topics-classification, commit 1c8a338, which holds
politics, business and sport; or github.com/dejanbatanjac/bbc-article-classify-bert, commit 8265dc8, the whole
dataset, whose tech and entertainment stories are drawn with ``--categories tech,entertainment`` from blind283 on,
the other three being used up). Each category (politics, business, sport by default, in that rotation from
FIRST_SET on; a category with fewer than twelve
unused stories left drops out of the rotation, as politics did at blind203) is listed by file name,
every story named as a candidate in any ``bench/*/SOURCES.md`` is left out (annotated or not, reached or
not), and so is any story whose first body paragraph already stands in a file under ``bench/``; the rest
is shuffled once per category with ``random.Random(seed)``. A story whose text is byte for byte an earlier file's of
its category (the dataset repeats 71 tech and entertainment stories) is left out, as is ``tech/001.txt``, whose
opening lines were read when the whole dataset was found. Each set takes the next twelve of its
category. Annotators take the candidates in order and annotate the first six news stories.
With ``--unopened`` (added at blind218, when every category's never-named stories were used up), a story named before
only as a candidate nobody opened (every row naming it says "not opened", none that it was glanced at or read) may be
drawn again: nobody has read it, so it is as unseen as a story never named.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import re

CATEGORIES = ("politics", "business", "sport")
_SEEN = frozenset({"tech/001.txt"})  # its first lines were shown when the copy with tech and entertainment was found
BENCH = pathlib.Path(__file__).resolve().parents[1]


_NAME = re.compile(r"`((?:sport|politics|business|tech|entertainment)/\d+\.txt)`")
# A candidate's row that says nobody opened it (and nothing that says it was glanced at or read).
_UNOPENED = re.compile(r"not opened", re.IGNORECASE)
_LOOKED_AT = re.compile(r"glanc|read|skim", re.IGNORECASE)


def _named_before(unopened_too: bool = False) -> set[str]:
    """Every story named as a candidate before; with ``unopened_too``, less those every mention of which says nobody
    opened it (a candidate after the sixth news story, "not reached (not opened)")."""
    lines: dict[str, list[str]] = {}
    for sources in BENCH.glob("*/SOURCES.md"):
        for line in sources.read_text().splitlines():
            for name in _NAME.findall(line):
                lines.setdefault(name, []).append(line)
    if not unopened_too:
        return set(lines)
    return {name for name, said in lines.items()
            if not all(_UNOPENED.search(line) and not _LOOKED_AT.search(line) for line in said)}


def _bench_text() -> str:
    return "\n".join(p.read_text(errors="replace") for p in BENCH.glob("*/articles/*.txt"))


def candidates(bbc: pathlib.Path, first_set: int, count: int, seed: int, unopened_too: bool = False,
               categories: tuple[str, ...] = CATEGORIES) -> dict[int, list[str]]:
    named, text = _named_before(unopened_too), _bench_text()
    queues = {}
    for category in categories:
        stories, seen = [], set()
        for path in sorted((bbc / category).glob("*.txt")):
            name = f"{category}/{path.name}"
            data = path.read_bytes()
            if data in seen or name in _SEEN:
                continue  # a repeat of an earlier file, or a story already read
            seen.add(data)
            paragraphs = [p.strip() for p in data.decode(errors="replace").split("\n\n") if p.strip()]
            body = paragraphs[1][:80] if len(paragraphs) > 1 else paragraphs[0][:80]
            if name not in named and body not in text:
                stories.append(name)
        random.Random(seed).shuffle(stories)
        queues[category] = stories
    out = {}
    for i in range(count):
        live = [c for c in categories if len(queues[c]) >= 12]
        if not live:
            raise SystemExit(f"bbc_candidates: fewer than twelve unused stories left in every category (set {first_set + i})")
        category = live[(first_set - 161 + i) % len(live)]
        out[first_set + i] = [queues[category].pop(0) for _ in range(12)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bbc", type=pathlib.Path)
    parser.add_argument("first_set", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--unopened", action="store_true",
                        help="also draw stories earlier sets named as candidates but never opened")
    parser.add_argument("--categories", default=",".join(CATEGORIES),
                        help="the dataset's folders to draw from, in rotation (default: politics,business,sport)")
    args = parser.parse_args()
    chosen = tuple(c for c in args.categories.split(",") if c)
    for number, names in candidates(args.bbc, args.first_set, args.count, args.seed, args.unopened, chosen).items():
        print(f"blind{number}: " + " ".join(names))


if __name__ == "__main__":
    main()
