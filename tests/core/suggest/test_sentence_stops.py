"""The sentence stops read once per text (``pronouns._stops``) answer as a scan of each window did."""

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.pertext import forget
from newsmark.core.suggest.pronouns import _STOP, _stop_ends, sentence_starts

_PIECES = st.sampled_from(["A", "b", "Ruiz", " ", "  ", "\n", "\n\n", ".", "!", "?", "”", "\"", "’", ")", "“", "‘", "x."])
_TEXTS = st.lists(_PIECES, max_size=80).map("".join)


def _window_starts(text, at):
    """The rule as first written: the stops of the paragraph's last 600 code points before ``at``, scanned there."""
    para = max(text.rfind("\n", 0, at) + 1, at - 600)
    stops = [para, *(m.end() for m in _STOP.finditer(text, para, at))]
    return stops[-1], stops[-2] if len(stops) >= 2 else para


@given(_TEXTS, st.data())
def test_stops_in_a_window_are_the_windows_own(text, data):
    forget()
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    ends, i, j = _stop_ends(text, a, b)
    assert ends[i:max(i, j)] == [m.end() for m in _STOP.finditer(text, a, b)]


@given(_TEXTS, st.data())
def test_sentence_starts_as_the_window_scan(text, data):
    forget()
    at = data.draw(st.integers(0, len(text)))
    assert sentence_starts(text, at) == _window_starts(text, at)


def test_sentence_starts_in_a_paragraph():
    text = "Intro line.\n\nAna Ruiz won. She left! “Why?” Lee asked. Then"
    forget()
    assert sentence_starts(text, len(text)) == (text.index("Then"), text.index("Lee"))  # "?” Lee": a stop
    assert sentence_starts(text, text.index("She")) == (text.index("Ana"), text.index("Ana"))
