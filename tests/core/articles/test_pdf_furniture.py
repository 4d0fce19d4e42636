"""PDF page furniture: running heads, running feet and page numbers are dropped; body text never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmark.core.articles import read_article
from newsmark.core.articles.pdfdoc import read_pdf
from newsmark.core.articles.pdffurniture import drop_furniture
from newsmark.core.articles.pdflines import PrintedLine
from tests.core.articles.test_pdf_paragraphs import ARTICLE, EXPECTED, HEADLINE
from tests.core.articles.typeset_pdf import PAGE_H, PAGE_W, Block, Furniture, typeset

PDFS = Path(__file__).parent / "pdfs"
BLOCKS = [HEADLINE, *(block for block, _ in ARTICLE)]
# Seven printed lines a page: the article runs over four pages, and paragraphs over the page breaks.
PAGE_LINES = 7

NEWSPAPER = (Furniture("The Daily Record — March 4, 2024", y=PAGE_H - 30), Furniture("Page {page} of {pages}", y=30))
# A browser prints the date and the page title at the top, the address and a page count at the bottom.
BROWSER = (
    Furniture("3/4/24, 10:15 AM", y=PAGE_H - 20, x=20, align="left"),
    Furniture(HEADLINE.lines[0], y=PAGE_H - 20),
    Furniture("https://www.example.com/news/2024/03/04/dock-strike-ends", y=20, x=20, align="left"),
    Furniture("{page}/{pages}", y=20, x=PAGE_W - 20, align="right"),
)
# Book-style heads: the page number on the outer side, so the text moves from page to page.
ALTERNATING = (Furniture("THE DAILY RECORD {page}", y=PAGE_H - 30, text_even="{page} THE DAILY RECORD"),)


def _typeset(tmp_path: Path, furniture, blocks=BLOCKS, page_lines=PAGE_LINES) -> Path:
    pdf = tmp_path / "strike.pdf"
    typeset(pdf, blocks, lines_per_column=page_lines, furniture=furniture)
    return pdf


def _text(pdf: Path, **options) -> str:
    return read_pdf(pdf, pdf.read_bytes(), **options).text


@pytest.mark.parametrize("furniture", [NEWSPAPER, BROWSER, ALTERNATING], ids=["newspaper", "browser", "alternating"])
def test_running_heads_and_feet_are_dropped_and_paragraphs_run_on_over_the_page_break(tmp_path, furniture):
    assert _text(_typeset(tmp_path, furniture)) == EXPECTED


@pytest.mark.parametrize("number", ["{page}", "- {page} -", "— {page} —", "Page {page}", "Page {page} of {pages}",
                                    "{page} / {pages}", "p. {page}"])
@pytest.mark.parametrize("y", [30, PAGE_H - 30], ids=["foot", "head"])
def test_page_numbers_at_a_pages_top_or_bottom_are_dropped(tmp_path, number, y):
    assert _text(_typeset(tmp_path, (Furniture(number, y=y),))) == EXPECTED


def test_printed_lines_drop_the_furniture_too_and_keep_every_printed_line_of_the_article(tmp_path):
    text = _text(_typeset(tmp_path, NEWSPAPER), printed_lines=True)
    lines = [line for block in BLOCKS for line in block.lines]
    pages = ["\n".join(lines[i:i + PAGE_LINES]) for i in range(0, len(lines), PAGE_LINES)]
    assert text == "\n\n".join(pages) + "\n"


def test_a_number_line_in_the_middle_of_a_page_stays(tmp_path):
    figure = Block(("4",))  # a figure set on its own line, as a fact box prints it
    blocks = [*BLOCKS[:3], figure, *BLOCKS[3:]]
    # Twelve lines a page: the "4" is the tenth line of page 1 of 2.
    paragraphs = _text(_typeset(tmp_path, NEWSPAPER, blocks, page_lines=12)).split("\n\n")
    expected = EXPECTED.split("\n\n")
    assert paragraphs == [*expected[:3], "4", *expected[3:]]


def test_a_one_page_pdf_keeps_its_head_and_loses_only_its_page_1_of_1(tmp_path):
    text = _text(_typeset(tmp_path, NEWSPAPER, [HEADLINE, ARTICLE[0][0]]))
    assert text == f"The Daily Record — March 4, 2024\n\n{HEADLINE.lines[0]}\n\n{ARTICLE[0][1]}\n"


def test_a_one_page_pdf_keeps_a_lone_number():
    # Qt's PDF of the test article: one page whose foot is "1", which may as well be the article's.
    text = read_article(Path(__file__).parents[2] / "data" / "grain-exports.pdf").text
    assert text.rstrip("\n").split("\n\n")[-1] == "1"


def _page(number: int, top: str, body: int = 5, bottom: str | None = None) -> list[PrintedLine]:
    lines = [PrintedLine(top, 56, 800, 8, False, number)]
    # Letters, not digits, tell the lines apart: lines that differ only in digits are one running head.
    lines += [PrintedLine(f"Body line {'abcdefgh'[i]} of page {'pqrstuvw'[number]}", 56, 760 - 12 * i, 10, False, number)
              for i in range(body)]
    if bottom is not None:
        lines.append(PrintedLine(bottom, 56, 30, 8, False, number))
    return lines


def test_a_line_at_the_top_of_fewer_than_half_the_pages_stays_and_of_half_of_them_goes():
    pages = [_page(n, "Markets" if n in (0, 2) else f"Opening words of page {'pqrstuvw'[n]}") for n in range(5)]
    assert [page[0].text for page in drop_furniture(pages)][:3] == ["Markets", "Opening words of page q", "Markets"]
    pages = [_page(n, "Markets" if n in (0, 2) else f"Opening words of page {'pqrstuvw'[n]}") for n in range(4)]
    assert [page[0].text for page in drop_furniture(pages)][:3] == [
        "Body line a of page p", "Opening words of page q", "Body line a of page r"]


def test_a_repeated_line_below_the_body_top_is_not_furniture():
    # The same line on every page, but under the page's first body line: a line of the article, not a head.
    pages = [[PrintedLine(f"Opening words of page {'pqrstuvw'[n]}", 56, 800, 10, False, n),
              PrintedLine("Continued below", 56, 788, 10, False, n),
              *_page(n, f"More words on page {'pqrstuvw'[n]}", body=5)[1:]] for n in range(3)]
    assert drop_furniture(pages) == pages


def test_a_head_the_scanner_misread_on_some_pages_is_still_a_head():
    heads = ["THE SIEGE OF THE CITY. 49", "50 THE SIEGE OF THE CTTY.", "THE SIEGE OF THE CITY. 51", "52 THE SIEGE OF THE CITY."]
    pages = [_page(n, head) for n, head in enumerate(heads)]
    assert all(page[0].text.startswith("Body line") for page in drop_furniture(pages))


@pytest.mark.parametrize(("bottom", "pages", "dropped"), [
    ("iv", 3, True), ("xii", 3, True), ("civil", 3, False), ("4/3", 3, False), ("Page 5 of 4", 3, False),
    ("1", 1, False), ("- 1 -", 1, False), ("Page 1", 1, True), ("Page 1 of 1", 1, True), ("1 / 1", 1, True),
])
def test_which_lone_lines_at_a_pages_foot_are_page_numbers(bottom, pages, dropped):
    printed = [_page(n, f"Opening words of page {'pqrstuvw'[n]}", bottom=bottom if n == 0 else None) for n in range(pages)]
    assert (drop_furniture(printed)[0][-1].text != bottom) is dropped


def test_pdftex_page_numbers_go_and_a_paragraph_runs_on_over_the_page_break():
    text = read_article(PDFS / "pdflatex-page-numbers.pdf").text
    paragraphs = text.rstrip("\n").split("\n\n")
    assert not {"1", "2", "3", "4"} & set(paragraphs)
    # Pages 2 and 3 break inside paragraphs ("…how the letters are" / "written and…", "…like this" / "gives you…").
    assert not [p for p in paragraphs if p.endswith(("how the letters are", "A blind text like this"))]
    assert len(paragraphs) == 28


def test_an_ocr_book_pages_running_heads_with_their_misreadings_go():
    text = read_article(PDFS / "vicksburg-running-heads.pdf").text
    assert "SIEGE" not in text and "\n\n—4\n\n" not in text
    assert "But one shell dropped near my tent, buried itself in tie earth" in text
    assert "If any young lady at the North needs a good housekeeper" in text


def test_a_headline_that_repeats_the_running_head_in_its_own_type_stays():
    # A browser's head prints the page title, which is the headline: in small type above it.
    title = "Dock strike ends after nine days"
    pages = [_page(n, title) for n in range(3)]
    pages[0].insert(1, PrintedLine(title, 56, 780, 16, True, 0))
    assert [line.text for line in drop_furniture(pages)[0][:2]] == [title, "Body line a of page p"]
