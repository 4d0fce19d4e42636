"""Saved-page import measured on fundus's news test pages: Newsmark's reader beside trafilatura.extract alone.

fundus (github.com/flairNLP/fundus, MIT) keeps gzipped news pages from some 200 publishers in
tests/resources/parser/test_data/<cc>/<Publisher>_<date>.html.gz, each with fundus's hand-checked
extraction (title, summary, sub-headings, paragraphs) in <cc>/<Publisher>.json under one key per parser
version. A page is paired with the version whose body it holds (fundus pairs them by crawl date and the
versions' dates, which live in fundus's code; the body's paragraphs tell the same).

  missing   fundus's body paragraphs (summary, sub-headings, paragraphs) absent from the text (whitespace
            collapsed)                                                       target: Newsmark <= baseline
  leaked    words of the text's paragraphs that fundus's title and body lack (menus, captions, "Read more")
  title     equal to fundus's title, or holding it plus more (a site suffix "| Paper"), or other
  refused   pages Newsmark refuses as having no article

The baseline is trafilatura.bare_extraction with its default options but metadata on (text and title), on the same bytes.
Languages are the page's <html lang>, else the folder's country code.

Usage: python bench/bench_fundus_import.py PATH/TO/fundus [--show] [--pages N]
  (PATH is a checkout of fundus, or any folder holding tests/resources/parser/test_data)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from newsmark.core.articles import read_article
from newsmark.core.errors import DocumentImportError

_LANG = re.compile(rb"""<html[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_PROBE = 40  # characters of a paragraph by which its version's body is recognised in the page


def flat(text: str) -> str:
    """Whitespace collapsed and quotes and dashes unified, so a string is found whatever either side did to them."""
    text = text.translate(str.maketrans({"\u00a0": " ", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    return " ".join(text.split())


def body_paragraphs(version: dict) -> list[str]:
    """fundus's body of one version as paragraphs: the summary, then each section's heading and paragraphs."""
    body = version.get("body") or {}
    found = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        found += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return [flat(p) for p in found if flat(p)]


def pair_versions(pages: list[Path], versions: dict[str, dict]) -> dict[Path, dict]:
    """Each page with the version whose paragraphs it holds most of (ties: the order of dates and keys)."""
    paired = {}
    for page in pages:
        html = flat(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
        scored = []
        for key, version in versions.items():
            paragraphs = body_paragraphs(version)
            share = sum(p[:_PROBE] in html for p in paragraphs) / max(1, len(paragraphs))
            scored.append((share, key))
        paired[page] = versions[max(scored)[1]] if scored else {}
    return paired


def measure(text: str, title: str, version: dict) -> dict[str, int]:
    """One side's figures on one page: paragraphs missing, words leaked, and how its title compares."""
    ours = flat(text)
    wanted = body_paragraphs(version)
    reference = flat(" ".join([version.get("title") or "", *wanted]))
    leaked = sum(len(block.split()) for block in map(flat, text.split("\n")) if block and block not in reference)
    gold, got = flat(version.get("title") or ""), flat(title)
    return {
        "paragraphs": len(wanted),
        "lost": [p for p in wanted if p not in ours],  # type: ignore[dict-item]
        "missing": sum(p not in ours for p in wanted),
        "words": len(ours.split()),
        "leaked": leaked,
        "title_equal": int(bool(gold) and got == gold),
        "title_more": int(bool(gold) and got != gold and gold in got),
    }


def newsmark_side(page: Path, folder: Path) -> tuple[str, str, bool]:
    """Newsmark's import of a gzipped page, written out as the .html file a user would save."""
    target = folder / page.name.removesuffix(".gz")
    target.write_bytes(gzip.decompress(page.read_bytes()))
    try:
        imported = read_article(target)
    except DocumentImportError:
        return "", "", True
    return imported.text, imported.title, False


def baseline_side(data: bytes) -> tuple[str, str]:
    """trafilatura.bare_extraction with its defaults: its text and title."""
    import trafilatura

    found = trafilatura.bare_extraction(data, with_metadata=True)  # its default leaves the title out
    return ((found.text or "", found.title or "") if found is not None else ("", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fundus", type=Path, help="a checkout of fundus")
    parser.add_argument("--show", action="store_true", help="per page: missing paragraphs and leaked words")
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages (a quick look)")
    options = parser.parse_args()
    data_dir = options.fundus / "tests/resources/parser/test_data"
    pages = sorted(data_dir.glob("*/*.html.gz"))
    if not pages:
        print(f"no fundus test pages under {data_dir}", file=sys.stderr)
        return 2
    by_publisher = defaultdict(list)
    for page in pages:
        by_publisher[(page.parent, page.name.split("_", 1)[0])].append(page)
    paired: dict[Path, dict] = {}
    for (country, publisher), group in by_publisher.items():
        entry = country / f"{publisher}.json"
        if entry.is_file():
            paired.update(pair_versions(group, json.loads(entry.read_text(encoding="utf-8"))))
    pages = [page for page in pages if paired.get(page)][: options.pages or None]
    totals: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    with tempfile.TemporaryDirectory() as folder:
        for page in pages:
            data = gzip.decompress(page.read_bytes())
            lang = _LANG.search(data[:20000])
            language = lang.group(1).decode().lower() if lang else page.parent.name
            text, title, refused = newsmark_side(page, Path(folder))
            sides = {"newsmark": measure(text, title, paired[page]), "baseline": measure(*baseline_side(data), paired[page])}
            sides["newsmark"]["refused"] = int(refused)
            for side, figures in sides.items():
                for group in (language, "ALL"):
                    totals[group][side]["pages"] += 1
                    for key, value in figures.items():
                        if key != "lost":
                            totals[group][side][key] += value
            if options.show and (sides["newsmark"]["missing"] or sides["newsmark"]["leaked"]):
                n, b = sides["newsmark"], sides["baseline"]
                print(f"{page.parent.name}/{page.name}: missing {n['missing']}/{n['paragraphs']} (baseline "
                      f"{b['missing']}), leaked {n['leaked']} words (baseline {b['leaked']}), title {title[:60]!r}")
                for lost in n["lost"]:
                    print(f"    missing: {lost[:110]}")
    print(f"{'lang':6} {'pages':>5} {'paras':>6} | {'missing':>15} | {'leaked words':>15} | {'title equal':>15} |"
          f" {'title+suffix':>15} | refused")
    print(f"{'':6} {'':>5} {'':>6} | {'Newsmark  base':>15} | {'Newsmark  base':>15} | {'Newsmark  base':>15} |"
          f" {'Newsmark  base':>15} |")
    for group in sorted(totals, key=lambda g: (g == "ALL", -totals[g]["newsmark"]["pages"], g)):
        n, b = totals[group]["newsmark"], totals[group]["baseline"]
        print(f"{group:6} {n['pages']:5} {n['paragraphs']:6} | {n['missing']:8} {b['missing']:6} | {n['leaked']:8} "
              f"{b['leaked']:6} | {n['title_equal']:8} {b['title_equal']:6} | {n['title_more']:8} {b['title_more']:6} |"
              f" {n['refused']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
