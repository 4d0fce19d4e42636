"""The line-end test the body-sentence splitter reads from the end agrees with the pattern it replaced."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.sentences import _ends_sentence

_PATTERN = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")  # the former rule: a terminal, closing marks, whitespace


@given(st.text(alphabet=st.sampled_from(list("ab .!?…\"'”’»)]( \t\u00a0\u2003,")), max_size=12))
def test_agrees_with_the_former_pattern(line):
    assert _ends_sentence(line) == bool(_PATTERN.search(line))


def test_examples():
    assert _ends_sentence("He said it was over.”  ")
    assert _ends_sentence("Why? (Reuters)") is False
    assert _ends_sentence("It ended…)")
    assert not _ends_sentence("A heading without a stop")
    assert not _ends_sentence("")
    assert not _ends_sentence(". ”")
