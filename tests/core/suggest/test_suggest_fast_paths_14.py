"""Session 14's fast scans find what their plain forms find: whole-text patterns reordered to open with a class."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.suggest import figuremodels, figureraces, surnamesubjects
from newsmark.core.suggest.namecaps import name_pattern

# The patterns as they were written before: a look-behind or a repeat first (re then tries every offset).
_PLAIN = [
    (figureraces._RELAY, re.compile(r"(?<![\w.])([2-4])[ \t]?x[ \t]?(100|200|400|800|1500)m(?![\w])")),
    (figuremodels._CANDIDATE, re.compile(r"\d{3,4}")),
    (surnamesubjects._SENTENCE_STARTS, name_pattern(r"(?:[.!?][”\"’]?\s|\n)(?=[A-Z][a-z])")),
]
_TEXTS = ["the 4x100m relay, 3 x 400m and a4x100m or .2x200m", "777 1234 12345 9 87", "Yes. Ana ran.\nBo said! “Cy.” Do",
          "4x100m", "x", "", "a.\n\nB. Élan? Ça"]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_fast_scans_find_what_the_plain_ones_find():
    for fast, plain in _PLAIN:
        for text in _TEXTS:
            assert _found(fast, text) == _found(plain, text), (fast.pattern, text)


@settings(max_examples=300)
@given(st.text(alphabet="24x 100m.\n!?”\"’AaBbÉ1239,", max_size=40))
def test_fast_scans_agree_on_any_text(text):
    for fast, plain in _PLAIN:
        assert _found(fast, text) == _found(plain, text), (fast.pattern, text)
