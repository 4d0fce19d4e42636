"""Responsive pages' second copies of a card (desktop-only and mobile-only blocks) are read once; real repeats stay."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.articles import read_article
from newsmark.core.articles.repeats import drop_repeated_copies

QUOTE = ("“My grandmother kept the letters in a shoebox under her bed for sixty years, and nobody in the family "
         "ever read them aloud.”")
PERSON = "Ana Ruiz is the great-granddaughter of the letters' author, a ferry pilot on the Hudson for forty years."
CARD = ["The Ferry Letters", "Donated by Ana Ruiz, Albany, N.Y.", "Photo: Lee Park for the Daily Record", QUOTE, PERSON]
MOBILE = [CARD[2], CARD[0], CARD[1], CARD[3], CARD[4]]  # the small-screen layout puts the photo credit first


def test_a_card_repeated_for_small_screens_is_read_once_in_its_first_order():
    blocks = ["The museum opened on Saturday after thirteen years of planning and fund-raising work.", *CARD,
              *MOBILE, "The next room shows the ferry itself."]
    assert drop_repeated_copies(blocks) == [blocks[0], *CARD, blocks[-1]]


def test_lines_a_listing_repeats_and_a_refrain_are_kept():
    listing = ["$ hg update", "updating to branch default", "0 files updated, 0 files merged, 0 files removed",
               "$ hg pull", "updating to branch default", "0 files updated, 0 files merged, 0 files removed"]
    assert drop_repeated_copies(listing) == listing
    refrain = ["Chorus:", "We row the river, we row it slow, and the river takes us where we need to go.", "Verse two.",
               "We row the river, we row it slow, and the river takes us where we need to go."]
    assert drop_repeated_copies(refrain) == refrain  # a repeat whose neighbours differ is the writer's


def test_a_long_paragraph_printed_twice_in_a_row_is_read_once():
    assert drop_repeated_copies(["Title", PERSON, PERSON, "End."]) == ["Title", PERSON, "End."]


@given(st.lists(st.sampled_from(["A", "B b", QUOTE, PERSON, "  " + QUOTE, "Short line.", ""]), max_size=30))
def test_only_copies_are_dropped_and_the_order_is_kept(blocks):
    kept = drop_repeated_copies(blocks)
    it = iter(blocks)
    assert all(any(b == x for x in it) for b in kept)  # a subsequence: nothing added, nothing reordered
    assert {" ".join(b.split()) for b in kept} == {" ".join(b.split()) for b in blocks}  # no text lost outright


def test_a_saved_responsive_page_keeps_one_copy_of_each_card(tmp_path: Path):
    def card(css: str, order: list[str]) -> str:
        return f'<div class="{css}">' + "".join(
            f"<h4>{b}</h4>" if b == CARD[0] else f"<p>{b}</p>" for b in order) + "</div>"

    lead = ("<p>The museum opened on Saturday after thirteen years of planning, fund-raising and building work, "
            "and its first visitors queued from dawn along the river.</p>")
    page = (f"<html><head><title>Museum opens</title></head><body><article><h1>Museum opens</h1>{lead}"
            f"{card('card desktop-only', CARD)}{card('card mobile-only', MOBILE)}"
            "<p>The next room shows the ferry itself, restored by volunteers over two winters.</p>"
            "</article></body></html>")
    path = tmp_path / "museum.html"
    path.write_text(page, encoding="utf-8")
    text = read_article(path).text
    assert text.count(QUOTE) == 1 and text.count(PERSON) == 1 and text.count(CARD[1]) == 1
    assert "restored by volunteers" in text
