"""Work the figure and quote suggesters do on hostile shapes grows with the text, not with its square.

A page of calendar days (hundreds of numbers in a row) made every number walk the whole run back and forth as a
possible title ("35 Innovators Under 35"); a text of opening marks that never close made every mark read on to the
paragraph's end. These tests count the reads, never the time.
"""

from __future__ import annotations

import re

from newsmark.core.suggest import figurenames, quotes, quotespans
from newsmark.core.suggest.figures import suggest_figures
from newsmark.core.suggest.quotes import suggest_quotes


class _Counted:
    """A compiled pattern whose searches, matches and found marks are counted."""

    def __init__(self, pattern: re.Pattern, counts: list[int]):
        self._pattern, self._counts = pattern, counts

    def search(self, *args):
        self._counts[0] += 1
        return self._pattern.search(*args)

    def match(self, *args):
        self._counts[0] += 1
        return self._pattern.match(*args)

    def finditer(self, *args):
        for m in self._pattern.finditer(*args):
            self._counts[0] += 1
            yield m


def _calendar(days: int) -> str:
    return "Oktober 2020 Mo Di Mi Do Fr Sa So " + " ".join(f"{d % 31 + 1:02d}" for d in range(days))


def _title_reads(monkeypatch, text: str) -> int:
    counts = [0]
    monkeypatch.setattr(figurenames, "_TITLE_WORD_BEFORE", _Counted(figurenames._TITLE_WORD_BEFORE, counts))
    suggest_figures(text)
    return counts[0]


def test_a_run_of_numbers_is_walked_a_bounded_way_per_number(monkeypatch):
    short, long = _title_reads(monkeypatch, _calendar(100)), _title_reads(monkeypatch, _calendar(800))
    assert long <= 8 * short * 1.2  # eight times the numbers, about eight times the reads (it was ~60 times)


def test_a_long_run_of_numbers_is_no_title_and_a_title_still_is():
    found = suggest_figures(_calendar(300))
    assert len(found) > 100  # the days read as before: no title swallowed them
    titled = "He made the list of “35 Innovators Under 35” last year."
    assert [titled[s.start:s.end] for s in suggest_figures(titled)] == []


def _marks_read(monkeypatch, text: str) -> int:
    counts = [0]
    styles = {close: _Counted(pattern, counts) for close, pattern in quotespans._OTHER_STYLE.items()}
    monkeypatch.setattr(quotespans, "_OTHER_STYLE", styles)
    suggest_quotes(text)
    return counts[0]


def test_opening_marks_that_never_close_are_each_read_a_bounded_way(monkeypatch):
    short = _marks_read(monkeypatch, " ".join("“word said Ana" for _ in range(200)))
    long = _marks_read(monkeypatch, " ".join("“word said Ana" for _ in range(1600)))
    assert long <= 8 * short * 1.2  # it was ~64 times: each mark read every later one


def test_quotes_nested_inside_a_quote_still_close_it():
    text = 'Ana Ruiz said: “They told me “no” and then “yes,” she said. And “later”.'
    spans = [(text[s.start:s.end]) for s in suggest_quotes(text)]
    assert any(span.startswith("They told me") for span in spans), spans


class _Ranged:
    """A compiled pattern that adds up how many characters its searches were given to scan."""

    def __init__(self, pattern: re.Pattern, scanned: list[int]):
        self._pattern, self._scanned = pattern, scanned

    def _span(self, args) -> int:
        text = args[0]
        pos = args[1] if len(args) > 1 else 0
        end = args[2] if len(args) > 2 else len(text)
        return max(0, min(end, len(text)) - pos)

    def search(self, *args):
        self._scanned[0] += self._span(args)
        return self._pattern.search(*args)

    def finditer(self, *args):
        self._scanned[0] += self._span(args)
        return self._pattern.finditer(*args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _characters_searched(monkeypatch, text: str) -> int:
    from newsmark.core.suggest import quoteends

    scanned = [0]
    for module in (quotes, quotespans, quoteends):
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, _Ranged(value, scanned))
    suggest_quotes(text)
    return scanned[0]


def test_unclosed_marks_are_not_each_searched_to_the_paragraphs_end(monkeypatch):
    """Searches over ranges (not matches at a point) add up to a few times the text, however many marks never close."""
    text = " ".join("“word said Ana" for _ in range(2000))
    assert _characters_searched(monkeypatch, text) <= 40 * len(text)


def test_inner_quotes_look_over_the_text_once_per_name_not_once_per_quote():
    from newsmark.core.suggest import innerspeakers
    from newsmark.core.suggest.pertext import answers, forget

    paragraph = (
        "The agent Tom Lee said he first met the striker Pavel Novak in 2012. Novak now plays in Spain.\n\n"
        "\"We met him outside the stadium,\" Lee said. \"And he said, 'Listen, I want to save you the time. "
        "We do not need to meet.'\""
    )
    text = "\n\n".join([paragraph] * 300)
    forget()
    found = suggest_quotes(text)
    assert sum(1 for s in found if s.attributes.get("speaker") == "Pavel Novak") == 300  # the inner quotes are Novak's
    # Each distinct surname and word is looked for once over the text (an answer kept per text and argument,
    # ``pertext``), however many of the 300 inner quotes ask: a handful of answers, not hundreds.
    kept = [fn for fn, _ in answers(text)]
    assert kept.count(innerspeakers._surname_alone.__wrapped__) <= 5
    assert kept.count(innerspeakers._given.__wrapped__) <= 5
