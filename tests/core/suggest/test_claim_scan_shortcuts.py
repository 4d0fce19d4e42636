"""The claim suggester's shortcuts on long texts read less but answer as the full reading does."""

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.claims import _MID_TOKEN, _verb_before
from newsmark.core.suggest.reportverbs import FORMS, PHRASAL, first_words, words_of

_WORDS = st.sampled_from("said made clear it back fired hit the a new report officials on Monday he also very "
                         "long-winded x , ,, -- . ; 3.5 $5 U.S. told reporters".split())
_TEXTS = st.lists(_WORDS, max_size=60).map(" ".join)


def _whole_window(text, s, that_at):
    """The rule as first written: the last ten words of the 160 code points before "that"."""
    tokens = list(_MID_TOKEN.finditer(text, max(s, that_at - 160), that_at))[-10:]
    pos = that_at
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 10), -1):
        tok = tokens[k]
        gap = text[tok.end():pos]
        if not gap or gap.strip(" \t\n,"):
            return None
        word = tok.group().lower()
        if word in FORMS:
            return tok.start(), tok.end()
        if word in PHRASAL and k and (tokens[k - 1].group().lower() in PHRASAL[word] or k > 1 and (
                tokens[k - 1].group().lower() == "it" and tokens[k - 2].group().lower() in PHRASAL[word])):
            return tok.start(), tok.end()
        pos = tok.start()
    return None


@given(_TEXTS, st.integers(0, 200))
def test_verb_before_reads_as_the_whole_window_does(words, back):
    text = words + " that it was over"
    that_at = len(words) + 1
    s = max(0, that_at - back)
    assert _verb_before(text, s, that_at) == _whole_window(text, s, that_at)


def test_verb_before_far_back_in_a_long_run_of_short_words():
    text = "Officials said , , , , , , , , , , , , a b c d that the bridge fell"
    that_at = text.index("that")
    assert _verb_before(text, 0, that_at) == _whole_window(text, 0, that_at)


@given(st.text(alphabet=st.sampled_from(list("ab’'.,;: -$\n")), max_size=80), st.integers(0, 20))
def test_first_words_are_the_words_cut_short(text, count):
    assert first_words(text, 0, len(text), count) == words_of(text)[:count]


def test_first_words_within_bounds():
    text = "Ignore this. The Minister’s aides said, it was; over."
    start = text.index("The")
    assert first_words(text, start, len(text), 3) == ["the", "minister's", "aides"]
    assert first_words(text, start, start + 12, 9) == ["the", "minister"]


def test_puts_cue_is_a_whole_word():
    from newsmark.core.suggest.claims import _PUTS

    assert _PUTS.search("Officials put the death toll at 40.").group("claim") == "the death toll at"
    assert _PUTS.search("Analysts estimate the cost near $5bn.") is not None
    for text in ("The app reset the figure at noon.", "Her out-puts the total at 9.", "Sunset the count at 3.",
                 "Misplaced the number at 4."):
        assert _PUTS.search(text) is None, text


_NOUN_PIECES = st.sampled_from(["number", "toll", "total", "totally", "tally", "cost", "count", "casualties", "bill",
                                "billion", "estimate", "damage", "loss", "figure", "to", "tal", "ly", " ", ".", "x"])


@given(st.lists(_NOUN_PIECES, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_puts_nouns_gate_answers_as_the_hint_scan(text, s, e):
    """The per-text list of the pattern's nouns says a window holds one exactly when a scan of the window finds one."""
    import bisect
    import re

    from newsmark.core.suggest.claims import _PUTS_NOUNS, _puts_nouns
    from newsmark.core.suggest.reportverbs import trie_pattern

    s, e = min(s, e, len(text)), min(max(s, e), len(text))
    starts, ends = _puts_nouns(text)
    i = bisect.bisect_left(starts, s)
    assert (i < len(starts) and ends[i] <= e) == bool(re.compile(trie_pattern(list(_PUTS_NOUNS))).search(text, s, e))
