"""A saved page's running text is read as the page shows it: not cut at its links, nor at a stray <br> mid-sentence."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsmark.core.articles import read_article
from newsmark.core.articles.pagelines import (
    ShownLine,
    join_broken_sentences,
    join_cut_lines,
    shown_lines,
    split_glued_heads,
)

# Paragraphs written for these tests.
OPENING = (
    "GALWAY: The <a href='/topic/harbour-board'>harbour board</a>'s plan to close the old grain pier was "
    "approved on Tuesday after a <a href='/topic/survey'>survey</a> found rotten piles under the deck."
)
OPENING_TEXT = (
    "GALWAY: The harbour board's plan to close the old grain pier was approved on Tuesday after a survey "
    "found rotten piles under the deck."
)
REST = [
    "Engineers said three of the wooden piles had rotted through at the waterline since the spring floods.",
    "Fishing crews who tie up at the pier will move to the eastern quay, where forty moorings have been added.",
    "The repair bill is expected to reach two million euro, most of it paid from the port's own reserve fund.",
]
BROKEN = ("“We will keep the quay open for as long as the weather", "allows it,” the harbour master said.")


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "pier.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Grain pier to close</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article><h1>Grain pier to close</h1>{body}"
        "</article></main><footer><p>Copyright the Galway Gazette.</p></footer></body></html>",
        encoding="utf-8",
    )
    return page


def test_running_text_with_links_between_brs_stays_one_paragraph(tmp_path):
    # Running text with a widget's box inside it, in a page without <article>: trafilatura made
    # "GALWAY: The" / "harbour board" / "'s plan ..." three paragraphs of one line.
    widget = "<div id='poll-widget'><div class='poll'><span class='loader'></span></div></div>"
    page = tmp_path / "pier.html"
    page.write_text(
        "<html><head><title>Grain pier to close</title></head><body><div class='wrap'><h1>Grain pier to close</h1>"
        f"<div class='story-body'>{OPENING} <br/>{REST[0]}{widget}{REST[1]}</div></div></body></html>",
        encoding="utf-8",
    )
    # The text opens with the page's headline (test_opening.py), then the body.
    assert read_article(page).text.strip().split("\n\n")[:3] == ["Grain pier to close", OPENING_TEXT, REST[0]]


def test_a_lone_br_in_a_sentence_does_not_end_the_paragraph(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in REST) + f"<p>{BROKEN[0]}<br>{BROKEN[1]}</p>"
    text = read_article(_page(tmp_path, body)).text
    assert f"{BROKEN[0]} {BROKEN[1]}" in text.strip().split("\n\n")


def test_keep_lines_keeps_a_lone_br_in_a_sentence(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in REST) + f"<p>{BROKEN[0]}<br>{BROKEN[1]}</p>"
    paragraphs = read_article(_page(tmp_path, body), keep_lines=True).text.strip().split("\n\n")
    assert BROKEN[0] in paragraphs and BROKEN[1] in paragraphs


@pytest.mark.parametrize("block", [
    "The harbour master said the quay would stay open<br>Violets are blue, the ferry is not.",  # a capital
    "The harbour master said the quay would stay open.<br>the ferry would not, he added.",  # a sentence's end
    "The harbour master can be reached by telephone on<br>www.galway-harbour.example.org.",  # an address
    "The harbour master said the quay would stay open<br>for the ferry and the fishing fleet",  # no sentence's end
    "Two lemons<br>sugar to taste.",  # a short line: a list's, not prose
    "Opening hours of the harbour office on the quay<br>weekdays from nine to five.<br>saturdays from nine.",  # three
])  # fmt: skip
def test_lines_a_br_separates_stay_apart_unless_they_read_as_one_broken_sentence(block):
    tree = lxml.html.fromstring(f"<div><p>{block}</p></div>")
    lines = [line.text for line in shown_lines(tree)]
    assert len(lines) > 1 and join_broken_sentences(lines, shown_lines(tree)) == lines


def test_shown_lines_end_at_blocks_brs_empty_inline_elements_and_source_line_breaks():
    tree = lxml.html.fromstring(
        "<div>One <a href='#'>link</a> line<br>two<br><br>three<p>four</p>five<span class='br'></span>six\nseven</div>"
    )
    assert shown_lines(tree) == [
        ShownLine("One link line", True), ShownLine("two", False, True), ShownLine("three", False),
        ShownLine("four", False), ShownLine("five", False), ShownLine("six", False), ShownLine("seven", False),
    ]  # fmt: skip


def test_pieces_are_joined_only_into_a_whole_shown_line():
    lines = [ShownLine("One link line", False), ShownLine("five", False), ShownLine("six", False)]
    assert join_cut_lines(["One", "link", "line", "five", "six"], lines) == ["One link line", "five", "six"]
    # A blank line between pieces is a paragraph's end: nothing is joined across it.
    assert join_cut_lines(["One", "", "link line"], lines) == ["One", "", "link line"]


def test_words_run_together_at_a_cut_are_lines_the_style_sets_apart():
    # "<span class='title'>Harbour closed</span><span>Work starts today.</span>" shows two lines by CSS.
    lines = [ShownLine("Harbour closedWork starts today.", False)]
    assert join_cut_lines(["Harbour closed", "Work starts today."], lines) == ["Harbour closed", "Work starts today."]


def test_a_crosshead_run_into_its_paragraph_is_parted_from_it():
    tree = lxml.html.fromstring(
        "<html><body><div>The inquiry closed its first hearing on Friday afternoon after six hours."
        "<span class='br'></span><span class='strong'>What the survey found</span><span class='br'></span>"
        "<span>The survey of 400 households found that most had no smoke alarm fitted.</span></div></body></html>"
    )
    extracted = [
        "The inquiry closed its first hearing on Friday afternoon after six hours.",
        "What the survey foundThe survey of 400 households found that most had no smoke alarm fitted.",
    ]
    assert split_glued_heads(extracted, shown_lines(tree)) == [
        "The inquiry closed its first hearing on Friday afternoon after six hours.",
        "What the survey found",
        "The survey of 400 households found that most had no smoke alarm fitted.",
    ]


@pytest.mark.parametrize("line", [
    "The survey found that the iPhone was the most common phone in the households.",  # a capital inside a word
    "What the survey foundThe survey of 400 households found that most had none.",  # the page shows no such line
])  # fmt: skip
def test_a_line_with_no_heading_the_page_shows_alone_is_kept(line):
    tree = lxml.html.fromstring("<html><body><p>The survey</p><p>What the survey said</p></body></html>")
    assert split_glued_heads([line], shown_lines(tree)) == [line]
