"""The rules that join printed lines: hyphenated line ends and paragraph edges, on lines written for them."""

from __future__ import annotations

import pytest

from newsmark.core.articles.pdfhyphens import Vocabulary, join_lines
from newsmark.core.articles.pdflines import PrintedLine
from newsmark.core.articles.pdfparagraphs import rebuild_paragraphs


@pytest.mark.parametrize(("first", "second", "elsewhere", "joined"), [
    ("talks with inter-", "national donors", "", "talks with international donors"),
    ("a well-", "known lawyer", "", "a well-known lawyer"),
    ("300 self-", "employed drivers", "", "300 self-employed drivers"),
    ("a Kyiv-", "based charity", "", "a Kyiv-based charity"),
    ("the Franco-", "German border", "", "the Franco-German border"),
    ("cases of COVID-", "19 rose", "", "cases of COVID-19 rose"),
    ("they will co-", "operate fully", "Both sides cooperate.", "they will cooperate fully"),
    ("they will co-", "operate fully", "Both sides co-operate.", "they will co-operate fully"),
    ("an e-", "mail said", "Her e-mail and his e-mail.", "an e-mail said"),
    ("the govern-", "ment said", "", "the government said"),
    ("a state-of-the-", "art port", "", "a state-of-the-art port"),
    ("talks with inter\u00ad", "national donors", "", "talks with international donors"),
    ("the self\u00ad", "employed", "", "the selfemployed"),  # a soft hyphen is never printed text
    ("he said -", "and left", "", "he said - and left"),
    ("he said—", "and left", "", "he said—and left"),
    ("prices rose.", "Then fell", "", "prices rose. Then fell"),
])
def test_a_line_end_joins_the_next_line(first, second, elsewhere, joined):
    assert join_lines(first, second, Vocabulary([first, second, elsewhere])) == joined


def _line(text, y, x=72.0, size=10.0, bold=False, page=0):
    return PrintedLine(text, x, y, size, bold, page)


def _column(texts, *, top=700.0, x=72.0, step=12.0, page=0, gaps=()):
    lines, y = [], top
    for i, text in enumerate(texts):
        y -= step + (6.0 if i in gaps else 0.0)
        lines.append(_line(text, y, x=x, page=page))
    return lines


BODY = [
    "The council voted on Monday to close the old",
    "bridge to lorries after engineers found cracks",
    "in two of its supports.",
    "Repairs will start in spring and should take",
    "about a year, the mayor told reporters outside",
    "the town hall on Monday evening.",
]


def test_a_larger_gap_ends_a_paragraph_and_an_even_step_does_not():
    paragraphs = rebuild_paragraphs(_column(BODY, gaps={3}))
    assert paragraphs == [" ".join(BODY[:3]), " ".join(BODY[3:])]


def test_a_short_last_line_ending_a_sentence_ends_a_paragraph_without_a_gap():
    assert len(rebuild_paragraphs(_column(BODY))) == 2


def test_an_indented_first_line_starts_a_paragraph():
    lines = _column(BODY)
    lines[3] = _line("Repairs will start in spring and should take about", lines[3].y, x=84.0)
    lines[2] = _line("in two of its supports, the council added today.", lines[2].y)  # not short
    assert [p.split()[0] for p in rebuild_paragraphs(lines)] == ["The", "Repairs"]


def test_a_heading_in_larger_type_is_its_own_paragraph():
    heading = _line("Bridge closed to lorries", 730.0, size=18.0, bold=True)
    assert rebuild_paragraphs([heading, *_column(BODY)])[0] == "Bridge closed to lorries"


def test_list_items_after_a_sentence_stay_their_own_paragraphs():
    texts = ["The mayor listed three steps:", "1. close the bridge to lorries;", "2. inspect the supports", "every month;",
             "- publish the reports."]
    assert rebuild_paragraphs(_column(texts)) == [
        "The mayor listed three steps:", "1. close the bridge to lorries;", "2. inspect the supports every month;",
        "- publish the reports.",
    ]


def test_a_paragraph_runs_on_into_the_next_column_and_page():
    first = _column(BODY[:2], top=120.0)
    second = _column(BODY[2:5], x=320.0)
    third = _column(BODY[5:], page=1)
    assert rebuild_paragraphs([*first, *second, *third]) == [" ".join(BODY[:3]), " ".join(BODY[3:])]


def test_a_page_number_is_its_own_paragraph():
    lines = [*_column(BODY[:2]), _line("4", 40.0), *_column(BODY[2:], page=1)]
    assert rebuild_paragraphs(lines) == [" ".join(BODY[:2]), "4", " ".join(BODY[2:3]), " ".join(BODY[3:])]
