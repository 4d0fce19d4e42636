"""PDFs read as paragraphs: real pdfTeX files from pypdf's tests, and news pages typeset here with known text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmark.core.articles import read_article
from newsmark.core.articles.pdfdoc import read_pdf
from tests.core.articles.typeset_pdf import Block, typeset

PDFS = Path(__file__).parent / "pdfs"

HEADLINE = Block(("Dock strike ends after nine days",), size=16, bold=True)
# Each block as printed (line ends, hyphens and all) and the paragraph it must read back as.
ARTICLE = [
    (Block((
        "Dockworkers at the country's largest port went",
        "back to work on Thursday after inter-",
        "national mediators brokered a wage deal that",
        "ends a strike that had lasted nine days.",
    )), "Dockworkers at the country's largest port went back to work on Thursday after international mediators "
        "brokered a wage deal that ends a strike that had lasted nine days."),
    (Block((
        "The agreement, which union leaders called a well-",
        "known compromise, raises pay by six per-",
        "cent this year and by four percent next year,",
        "the labour ministry said in a statement.",
    )), "The agreement, which union leaders called a well-known compromise, raises pay by six percent this year "
        "and by four percent next year, the labour ministry said in a statement."),
    (Block(("Under the deal, the port authority will:",)), "Under the deal, the port authority will:"),
    (Block(("• hire 300 self-", "employed crane drivers as staff;")), "• hire 300 self-employed crane drivers as staff;"),
    (Block(("• review night shifts by June;",)), "• review night shifts by June;"),
    (Block(("• publish its accounts every year.",)), "• publish its accounts every year."),
    (Block((
        "Shipping companies said the backlog of more",
        "than 40 container ships would take two weeks",
        "to clear. The government, which had threat-",
        "ened to call in the army, welcomed the deal",
        "and thanked the Franco-",
        "German mediation team for its patient work.",
    )), "Shipping companies said the backlog of more than 40 container ships would take two weeks to clear. "
        "The government, which had threatened to call in the army, welcomed the deal and thanked the "
        "Franco-German mediation team for its patient work."),
    (Block((
        "Port officials expect traffic to return to",
        "normal by the end of the month, when a govern-",
        "ment review of port safety is due.",
    )), "Port officials expect traffic to return to normal by the end of the month, when a government review "
        "of port safety is due."),
    (Block(("Talks on pensions resume in March.",)), "Talks on pensions resume in March."),
]
EXPECTED = "\n\n".join([HEADLINE.lines[0], *(paragraph for _, paragraph in ARTICLE)]) + "\n"


def _read(path: Path, **options) -> str:
    return read_pdf(path, path.read_bytes(), **options).text


@pytest.mark.parametrize(("layout", "options"), [
    ("one column, a gap between paragraphs", {"columns": 1}),
    ("one column, indented first lines, no gap", {"columns": 1, "indent": True, "gap": False}),
    ("two columns over two pages, gaps", {"columns": 2, "lines_per_column": 7}),
    ("two columns over two pages, indents", {"columns": 2, "lines_per_column": 9, "indent": True, "gap": False}),
])
def test_a_typeset_news_page_reads_back_as_the_paragraphs_written(tmp_path, layout, options):
    pdf = tmp_path / "strike.pdf"
    typeset(pdf, [HEADLINE, *(block for block, _ in ARTICLE)], **options)
    text = _read(pdf)
    assert text == EXPECTED, layout
    # Offsets are those of the stored text: a phrase printed over a line break is found whole, once.
    phrase = "after international mediators"
    start = text.index(phrase)
    assert text[start:start + len(phrase)] == phrase and text.count(phrase) == 1


def test_two_columns_are_read_column_by_column_and_a_paragraph_runs_on_over_the_break(tmp_path):
    pdf = tmp_path / "strike.pdf"
    typeset(pdf, [HEADLINE, *(block for block, _ in ARTICLE)], columns=2, lines_per_column=7)
    from pypdf import PdfReader

    printed = PdfReader(pdf).pages[0].extract_text().splitlines()
    # The column break falls inside the second paragraph ("…six per-" / "cent this year…").
    assert printed.index("known compromise, raises pay by six per-") == 6
    assert "raises pay by six percent this year" in _read(pdf)


def test_printed_lines_can_be_kept_as_before(tmp_path):
    pdf = tmp_path / "strike.pdf"
    typeset(pdf, [HEADLINE, *(block for block, _ in ARTICLE)], columns=1)
    imported = read_pdf(pdf, pdf.read_bytes(), printed_lines=True)
    lines = [HEADLINE.lines[0], *(line for block, _ in ARTICLE for line in block.lines)]
    assert imported.text == "\n".join(lines) + "\n"
    assert imported.extra == {"pages": "1", "lines": "printed"}


def test_pdftex_paragraphs_with_gaps_and_hanging_first_lines_are_rebuilt():
    text = read_article(PDFS / "crazyones.pdf").text
    paragraphs = text.split("\n\n")
    assert paragraphs[:3] == ["The Crazy Ones", "October 14, 1998",
                              "Heres to the crazy ones. The misfits. The rebels. The troublemakers. "
                              "The round pegs in the square holes."]
    assert paragraphs[-1] == ("While some see them as the crazy ones, we see genius. Because the people who are "
                              "crazy enough to think they can change the world, are the ones who do.\n")
    assert len(paragraphs) == 9 and "\n" not in text.rstrip("\n").replace("\n\n", "")


def test_texs_hyphenation_is_undone_from_the_documents_own_words():
    text = read_article(PDFS / "lorem-hyphens.pdf").text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "1 Your Chapter"
    body = paragraphs[1]
    assert body.startswith("Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor ")
    assert body.endswith("no sea takimata sanctus est Lorem ipsum dolor sit amet.")
    assert "-" not in body and "\n" not in body
    assert "a Ursus-arctos in figure" in paragraphs[4]  # a hyphen inside a printed line stays


def test_qts_pdf_of_the_test_article_reads_back_as_its_title_and_paragraphs():
    from tests.data.make_data import PDF_PARAGRAPHS, PDF_TITLE

    # Qt broke the headline over two lines in bold; the page number stays a paragraph of its own.
    assert read_article(Path(__file__).parents[2] / "data" / "grain-exports.pdf").text == (
        "\n\n".join([PDF_TITLE, *PDF_PARAGRAPHS, "1"]) + "\n"
    )
