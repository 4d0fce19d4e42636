"""Cards of other stories (a teaser's paragraph inside a link) after a saved page's body are left out."""

from __future__ import annotations

from newsmark.core.articles import read_article

# Paragraphs written for these tests.
BODY = [
    "The harbour board voted on Tuesday to close the old grain pier for repairs lasting most of the winter.",
    "Engineers found that three of the wooden piles under the pier had rotted through at the waterline.",
    "Fishing crews who tie up at the pier will move to the eastern quay, where forty moorings were added.",
    "The repair bill is expected to reach two million euro, most of it paid from the port's reserve fund.",
]
# A card's label, its summary and the story's first lines, cut off mid-sentence.
CARDS = [
    "FERRY FARES: The operator said prices would rise in spring The ferry company confirmed on Monday that its "
    "fares on the island routes would rise by a tenth from April, blaming the cost of fuel and the new",
    "NEW QUAY: Work on the eastern berths begins next month Contractors arrived at the eastern quay with the "
    "first of the steel piles on Friday, and the board said the berths would be ready before the",
]


def _card(number: int, text: str) -> str:
    label, rest = text.split(": ", 1)
    return (
        f"<li><a href='/news/{number}'><div><div class='img'><img src='/i/{number}.jpg'></div>"
        f"<h1 class='card'>Story number {number}</h1><div class='date'>2024-10-14</div>"
        f"<p><font class='red'>{label}: </font>{rest}</p><h6>By Ann Reilly</h6></div></a></li>"
    )


def test_teaser_cards_after_the_body_are_left_out(tmp_path):
    page = tmp_path / "pier.html"
    body = "".join(f"<p>{p}</p>" for p in BODY)
    cards = "".join(_card(n, text) for n, text in enumerate(CARDS))
    page.write_text(
        "<html><head><title>Grain pier to close for winter repairs</title></head><body><div class='page'><ul>"
        f"<li id='left'><div class='archives'><h1>Grain pier to close for winter repairs</h1>{body}</div></li></ul>"
        f"</div><div class='box'><ul><li><div class='more'><h1>You might also like</h1><div class='big'><ul>{cards}"
        "</ul></div></div></li></ul></div></body></html>",
        encoding="utf-8",
    )
    text = read_article(page).text
    assert BODY[-1] in text
    assert "FERRY FARES" not in text and "NEW QUAY" not in text


def test_a_paragraph_with_a_link_in_it_stays(tmp_path):
    page = tmp_path / "pier.html"
    linked = "<p><a href='/board'>The harbour board said the pier would reopen by the first week of April.</a></p>"
    page.write_text(
        "<html><head><title>Grain pier to close for winter repairs</title></head><body><article>"
        f"<h1>Grain pier to close for winter repairs</h1>{''.join(f'<p>{p}</p>' for p in BODY)}{linked}"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert "would reopen by the first week of April." in read_article(page).text
