"""Benchmark the span list's attribute columns on 200k spans, beside the columns it had before.

Prints the time of the span table model's sort or filter (the rows the view shows, rebuilt once), for:
  sort by status      (claims only; choices in their order)     beside sort by Text, the slowest fixed column
  sort by value       (figures only; numbers as numbers)        beside the same
  sort by Attributes  (all tags; each span's values on one line) beside the same
  filter status:false (all tags)                                 beside filtering by text ("kursk")
and, as a floor, a plain ``sorted`` of the same spans by their parsed status (one json.loads per span).
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_spantable.py [--spans 200000] [--speakers 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from newsmark.core.attributes import DEFAULT_ATTRIBUTES, attributes_json  # noqa: E402
from newsmark.core.model import Span, Tag  # noqa: E402
from newsmark.core.spanstore import SpanStore  # noqa: E402
from newsmark.ui.spantable import ATTRIBUTES, TEXT, SpanTableModel  # noqa: E402

NAMES = ("claim", "figure", "quote", "location")
WORDS = "Kursk troops said officials moved Seoul Kyiv families fled arrived owner café".split()


def make(count: int, speakers: int, rng: random.Random) -> tuple[list[Tag], str, list[Span]]:
    """Tags with the default attributes, a text of words, and spans with values as analysts leave them."""
    tags = [Tag(i + 1, n, "#000000", str(i + 1), i, attributes_json(DEFAULT_ATTRIBUTES[n])) for i, n in enumerate(NAMES)]
    text = " ".join(rng.choice(WORDS) for _ in range(count * 2))
    starts = [i for i, c in enumerate(text) if c == " "][: count]
    statuses = DEFAULT_ATTRIBUTES["claim"][0].choices + ("",)
    spans = []
    for i, at in enumerate(starts, 1):
        tag = rng.randint(1, 4)
        values = {}
        if tag == 1 and (status := rng.choice(statuses)):
            values = {"status": status}
        elif tag == 2:
            values = {"value": str(rng.randint(1, 100_000)), "unit": rng.choice(("troops", "km", "dollars"))}
        elif tag == 3:
            values = {"speaker": f"Speaker {rng.randrange(speakers)}"}
        attributes = json.dumps(values, sort_keys=True) if values else "{}"
        spans.append(Span(i, 1, tag, at + 1, at + 1 + rng.randint(3, 40), "", "", "", "", attributes))
    return tags, text, spans


def timed(fn) -> float:
    """Seconds ``fn()`` takes."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    """Build one model over the spans, then time each sort and filter beside its baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=200_000)
    parser.add_argument("--speakers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    QCoreApplication([])
    tags, text, spans = make(args.spans, args.speakers, random.Random(args.seed))
    store = SpanStore()
    store.show(1, text, spans)
    model = SpanTableModel(store)
    model.set_tags(tags)
    store.show(1, text, spans)  # as a document is shown: the store's texts shared, the rows in text order

    def view(tag_id, column, words=""):
        model.set_filter(tag_id, words)
        return timed(lambda: model.sort(column, Qt.AscendingOrder))

    text_all = view(None, TEXT)
    rows = [
        ("sort by status", view(1, ATTRIBUTES), view(1, TEXT), "sort by Text, claims"),
        ("sort by value", view(2, ATTRIBUTES), view(2, TEXT), "sort by Text, figures"),
        ("sort by Attributes", view(None, ATTRIBUTES), text_all, "sort by Text, all tags"),
    ]
    model.sort(TEXT, Qt.AscendingOrder)
    rows.append(("filter status:false", timed(lambda: model.set_filter(None, "status:false")),
                 timed(lambda: model.set_filter(None, "kursk")), "filter by text, all tags"))
    plain = timed(lambda: sorted(spans, key=lambda s: json.loads(s.attributes).get("status", "")))

    print(f"{args.spans:,} spans, {args.speakers:,} speakers; times in ms")
    print(f"{'':22}{'attributes':>12}{'baseline':>12}{'ratio':>8}")
    for name, ours, base, what in rows:
        print(f"{name:22}{ours * 1e3:>12.0f}{base * 1e3:>12.0f}{ours / base:>8.2f}   (baseline: {what})")
    print(f"{'plain sorted()':22}{plain * 1e3:>12.0f}{'':>12}{'':>8}   (json.loads per span, no model)")


if __name__ == "__main__":
    main()
