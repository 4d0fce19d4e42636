"""How often the quote suggester names the source that PolNeAR's annotators gave a direct quotation.

Run: PYTHONPATH=desktop python bench/polnear/speakers.py POLNEAR_DIR [--split dev] [--errors N] [--json OUT]

PolNeAR (github.com/networkdynamics/PolNeAR; Newell, Margolin & Ruths, LREC 2018) is 1,008 US political news
articles of 2015-2016 from seven publishers, in which six trained annotators marked every attribution: its
source, cue and content, as brat standoff files over the article text (code point offsets). It is not kept in
this repository (the articles are the publishers'); clone it and pass its folder. Its train split holds the
first ten months, dev the eleventh and test the twelfth.

What is measured: each attribution whose content holds a quotation (a stretch in “…” or "…" of three words
or more) is a gold quote, its annotated source the gold speaker. A quote suggestion overlapping the quotation
is paired with it, and its ``speaker`` is compared with the source:

- a *named* source (a capitalised word that is not a pronoun, article or office): right when the two share a
  name word (``Trump`` / ``Donald Trump``; ``the Clinton campaign`` / ``Clinton campaign``);
- a *pronoun* source (``he said``): resolved with the CoreNLP coreference chains that ship with PolNeAR
  (automatic, so only an estimate) to the chain's representative mention, then compared as named; a chain
  that ends in a pronoun or nothing leaves the quote out of the count (``unresolved``);
- a *described* source (``a campaign spokesman``): resolved the same way when its chain's representative is a
  name (``The New York businessman`` → ``Donald Trump``), else right when the source's last word is in the
  speaker.

Where an article has several annotators' files, the first (by name) is the gold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsmark.core.suggest import suggest

PRONOUNS = frozenset("i me my we us our he him his she her they them their it its you your who".split())
NOT_NAMES = PRONOUNS | frozenset(
    "the a an this that these those mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. "
    "president senator governor representative secretary former candidate democrat republican democratic "
    "presidential nominee spokesman spokeswoman spokesperson campaign chairman chair".split())
QUOTATION = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")
WORD = re.compile(r"[\w’'.-]+")


@dataclass
class GoldQuote:
    article: str
    start: int
    end: int
    source: str
    kind: str  # named, pronoun, described
    resolved: str  # the name compared against (the source, or its coreference representative)


def brat(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict[str, str]]]:
    """The text-bound annotations (id -> label, spans, text) and events (role -> id) of one .ann file."""
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, text = (line.split("\t", 2) + ["", ""])[:3]
            if not middle:
                continue
            label, _, where = middle.partition(" ")
            pieces = [tuple(map(int, part.split())) for part in where.split(";")]
            spans[ident] = (label, pieces, text)
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            events.append({role.rstrip("0123456789"): ident for role, ident in
                           (part.split(":") for part in body.split())})
    return spans, events


def name_words(text: str) -> set[str]:
    """The capitalised words of a source or speaker, without possessives, pronouns and offices."""
    words = set()
    for word in WORD.findall(text):
        word = re.sub(r"[’']s$", "", word).strip(".-")
        if word[:1].isupper() and word.lower() not in NOT_NAMES:
            words.add(word.lower())
    return words


def kind_of(source: str) -> str:
    """``named``, ``pronoun`` or ``described``."""
    if source.strip().lower() in PRONOUNS:
        return "pronoun"
    return "named" if name_words(source) else "described"


class Coreference:
    """CoreNLP's coreference chains of one article, by character span."""

    def __init__(self, path: Path):
        self.mentions: list[tuple[int, int, str]] = []  # start, end, representative text
        if not path.exists():
            return
        root = ElementTree.parse(path).getroot()
        offsets = {}
        for sentence in root.iter("sentence"):
            tokens = sentence.find("tokens")
            if tokens is None:
                continue
            for token in tokens:
                offsets[(sentence.get("id"), token.get("id"))] = (
                    int(token.findtext("CharacterOffsetBegin")), int(token.findtext("CharacterOffsetEnd")))
        outer = root.find(".//coreference")
        for chain in (outer if outer is not None else []):
            mentions = chain.findall("mention")
            best = next((m for m in mentions if m.get("representative") == "true"), None)
            if best is None:
                continue
            for m in mentions:
                s, b, e = m.findtext("sentence"), int(m.findtext("start")), int(m.findtext("end"))
                if (s, str(b)) in offsets and (s, str(e - 1)) in offsets:
                    self.mentions.append((offsets[(s, str(b))][0], offsets[(s, str(e - 1))][1],
                                          best.findtext("text") or ""))

    def resolve(self, start: int, end: int) -> str:
        """The representative text of the shortest chain mention covering [start, end), or ""."""
        covering = [m for m in self.mentions if m[0] <= start and end <= m[1]]
        return min(covering, key=lambda m: m[1] - m[0])[2] if covering else ""


def gold_quotes(root: Path, split: str, name: str, text: str) -> list[GoldQuote]:
    """The quotations of one article's first annotation, each with its source."""
    files = sorted((root / split / "attributions").glob(f"{name}_*.ann"))
    if not files:
        return []
    spans, events = brat(files[0])
    corefs = None
    out = []
    for event in events:
        if "Content" not in event or "Source" not in event:
            continue
        _, content, _ = spans[event["Content"]]
        _, source_spans, source = spans[event["Source"]]
        for piece_start, piece_end in content:
            for m in QUOTATION.finditer(text, piece_start, piece_end):
                inner = m.group(1) if m.group(1) is not None else m.group(2)
                if len(inner.split()) < 3:
                    continue
                kind = kind_of(source)
                resolved = source
                if kind != "named":
                    if corefs is None:
                        corefs = Coreference(root / split / "corenlp" / f"{name}.txt.xml")
                    resolved = corefs.resolve(source_spans[0][0], source_spans[-1][1])
                    if not name_words(resolved):
                        resolved = ""
                out.append(GoldQuote(name, m.start() + 1, m.end() - 1, source, kind, resolved))
    return out


def speaker_right(gold: GoldQuote, speaker: str) -> bool:
    """Whether ``speaker`` names the gold source (see the module's docstring)."""
    if not speaker:
        return False
    if gold.kind == "described" and not gold.resolved:
        last = WORD.findall(gold.source.lower())
        return bool(last) and last[-1] in speaker.lower()
    return bool(name_words(gold.resolved) & name_words(speaker))


def main(argv: list[str]) -> int:
    """Print the pairing and speaker counts of one split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="a PolNeAR checkout (its data/ folder or the folder above)")
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong speakers")
    parser.add_argument("--json", type=Path, help="write every gold quote and its suggested speaker here")
    args = parser.parse_args(argv)
    root = args.polnear / "data" if (args.polnear / "data").is_dir() else args.polnear
    counts: Counter[str] = Counter()
    errors, rows = [], []
    for path in sorted((root / args.split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = gold_quotes(root, args.split, path.stem, text)
        if not gold:
            continue
        counts["articles"] += 1
        quotes = [s for s in suggest(text, tags=["quote"]) if s.tag == "quote"]
        for g in gold:
            counts[f"{g.kind} quotes"] += 1
            paired = [s for s in quotes if s.start < g.end and g.start < s.end]
            if not paired:
                counts[f"{g.kind} unpaired"] += 1
                continue
            speaker = max(paired, key=lambda s: min(s.end, g.end) - max(s.start, g.start)).attributes.get(
                "speaker", "")
            if g.kind == "pronoun" and not g.resolved:
                counts["pronoun unresolved"] += 1
                continue
            right = speaker_right(g, speaker)
            counts[f"{g.kind} compared"] += 1
            counts[f"{g.kind} right"] += right
            rows.append({"article": g.article, "start": g.start, "end": g.end, "source": g.source,
                         "kind": g.kind, "resolved": g.resolved, "speaker": speaker, "right": right})
            if not right:
                errors.append(f"{g.article} {g.start}: source {g.source!r}"
                              f"{f' ({g.resolved})' if g.resolved != g.source else ''} — suggested {speaker!r}"
                              f"\n    {text[g.start:g.end][:100]!r}")
    print(f"PolNeAR {args.split}: {counts['articles']} articles with quotations")
    total_right = total = 0
    for kind in ("named", "pronoun", "described"):
        right, compared = counts[f"{kind} right"], counts[f"{kind} compared"]
        total_right, total = total_right + right, total + compared
        extra = f", {counts['pronoun unresolved']} unresolved" if kind == "pronoun" else ""
        share = f"{right / compared:.1%}" if compared else "–"
        print(f"  {kind:<10} {counts[f'{kind} quotes']:>5} quotes, {counts[f'{kind} unpaired']:>4} not proposed"
              f"{extra}; speaker right {right}/{compared} {share}")
    print(f"  all        speaker right {total_right}/{total} {total_right / max(total, 1):.1%}")
    for line in errors[: args.errors]:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
