"""The text as ASCII lower-case bytes (``asciilower``): a case-blind word's matches found there are the full scan's."""

import gc
import re
import weakref

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.suggest.asciilower import ascii_lowered, word_matches
from newsmark.core.suggest.pertext import forget

_PIECES = st.sampled_from(["spokesman", "Spokesman", "SPOKESMAN", "ſpokesman", "spokeſman", "president", "preſident",
                           "President-elect", "İ", "ı", "\u212a", "é", "-", " ", ", ", ".", "\n", "the ", "vice-", "x",
                           "kin", "\u212ain", "KIN"])
_TEXTS = st.lists(_PIECES, max_size=20).map("".join)
_WORDS = st.sampled_from(["spokesman", "president", "kin", "Kin", "é", "vice-president"])


def _role_pattern(word: str) -> re.Pattern:
    """The speaker index's pattern for a role word (``SpeakerIndex._role``)."""
    word = re.escape(word)
    return re.compile(word + r"(?<![\w-]" + word + r")(?:-elect)?(?![\w-])", re.IGNORECASE)


@settings(max_examples=400)
@given(_TEXTS, _WORDS, st.data())
def test_word_matches_are_the_full_scans(text, word, data):
    forget()
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pattern = _role_pattern(word)
    assert [m.span() for m in word_matches(text, word, pattern, start, end)] == \
           [m.span() for m in pattern.finditer(text, start, end)]


@given(_TEXTS)
def test_one_byte_per_character(text):
    forget()
    assert len(ascii_lowered(text)) == len(text)


class _Text(str):
    """A ``str`` that takes a weak reference, to see when it is freed."""


def test_the_bytes_do_not_keep_the_text():
    text = _Text("The spokesman said so.")
    assert ascii_lowered(text) == b"the spokesman said so."
    ref = weakref.ref(text)
    forget()
    del text
    gc.collect()
    assert ref() is None
