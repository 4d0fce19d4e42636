"""Session 12's fast paths give what their plain definitions give: the location, claim and quote finders' pre-checks."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest import locations, namecontext
from newsmark.core.suggest.gazetteer import Gazetteer, builtin_gazetteer
from newsmark.core.suggest.placetokens import TOKEN, Tokens


class _EveryWord(dict):
    """A ``second_words`` table that lets every word through: ``_lookup`` as it was before the table."""

    def get(self, key, default=None):
        """A set that holds every word."""
        return _Anything()


class _Anything:
    """A container holding everything."""

    def __contains__(self, item):
        return True


def test_second_words_hold_every_prefix_s_second_word():
    """Every name beginning of two words or more has its second word under its first: the table never refuses a name."""
    gaz = builtin_gazetteer()
    for prefix in gaz.prefixes:
        words = TOKEN.findall(prefix)
        if len(words) >= 2:
            assert words[1] in gaz.second_words[words[0]], prefix


_LINES = [
    "New York\tNew York\tcity\t1\tUS\t8000000\t1",
    "New York City\tNew York City\tcity\t2\tUS\t8000000\t1",
    "New Delhi\tNew Delhi\tcity\t3\tIN\t300000\t1",
    "Cote d'Ivoire\tIvory Coast\tcountry\t4\tCI\t20000000\t1",
    "Port-au-Prince\tPort-au-Prince\tcity\t5\tHT\t1000000\t1",
    "St. Louis\tSt. Louis\tcity\t6\tUS\t300000\t1",
    "Washington\tWashington\tcity\t7\tUS\t700000\t1",
    "D.C.\tWashington, D.C.\tcity\t8\tUS\t700000\t1",
    "Washington Department\tX\tcity\t9\tUS\t700000\t1",
    "Mexico\tMexico\tcountry\t10\tMX\t100000000\t1",
    "New Mexico\tNew Mexico\tregion\t11\tUS\t2000000\t1",
]
_WORDS = ["New", "York", "City", "Delhi", "Cote", "d", "Ivoire", "Port", "au", "Prince", "St", "Louis", "Washington",
          "D", "C", "Department", "Mexico", "policy", "the"]
_GAPS = [" ", "  ", "-", "'", "’", ". ", ".", ", ", "\n", " and "]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=12))
def test_lookup_with_second_words_matches_the_plain_lookup(pieces):
    """Every word at which a name may start: the same longest match with the table as with every word let through."""
    text = "".join(word + gap for word, gap in pieces)
    gaz = Gazetteer(_LINES)
    plain = Gazetteer(_LINES)
    plain.second_words = _EveryWord()
    tokens = Tokens(text)
    for i in range(len(tokens.words)):
        fast = locations._lookup(tokens, i, gaz, {}, {})
        slow = locations._lookup(tokens, i, plain, {}, {})
        assert (fast and (fast.i, fast.j, fast.start, fast.end, fast.entry)) == (
            slow and (slow.i, slow.j, slow.start, slow.end, slow.entry))


_TITLE_TEXT = st.text(alphabet="ab A“”\"\n,.", max_size=300)


@given(_TITLE_TEXT)
def test_title_quote_matches_its_lazy_definition(text):
    """The possessive title pattern finds the same quoted stretches as the lazy one it replaced."""
    lazy = re.compile(r"[“\"]([^“”\"\n]{5,120}?)[”\"]")
    assert [m.span(1) for m in namecontext._TITLE_QUOTE.finditer(text)] == [m.span(1) for m in lazy.finditer(text)]


@given(st.text(alphabet="ab UCofliyeg,. ", max_size=90), st.sampled_from(["University of Ca, ", "College of Ba Cd, ", ""]))
def test_campus_needs_a_comma_before_the_place(before, campus):
    """The campus pattern only ever matches where ", " ends the text before the place (the two-character pre-check)."""
    text = before + campus
    end = len(text)
    if namecontext._CAMPUS.search(text, max(0, end - 60), end):
        assert text[end - 2:end] == ", "


_PARTY_TEXT = st.lists(st.sampled_from(["(", ")", "R", "D", "I", "X", "-", ".", ",", " ", "\n", "N.C.", "Calif.", "Conn.",
                                        "Vt.", "a", "Rep. Ann Lee"]), max_size=25).map("".join)


@given(_PARTY_TEXT)
def test_party_state_matches_its_first_form(text):
    """The party-and-state pattern with the letter first finds what the form opening with a look-behind found."""
    from newsmark.core.suggest.placecues import _PARTY_STATE, AP_STATES

    states = "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
    plain = re.compile(r"(?:[RDI]-(?<![\w.-][RDI]-)|(?<=\()[RDI]\.,\s)(?P<abbr>" + states + r")(?=[\s,;:)”\"']|$)")
    assert [(m.span(), m.span("abbr")) for m in _PARTY_STATE.finditer(text)] == [
        (m.span(), m.span("abbr")) for m in plain.finditer(text)]


@given(st.lists(st.sampled_from(["No.", "No", "#", "1", "25", "٣", " ", "x", "\n"]), max_size=8).map("".join))
def test_ranked_matches_its_plain_definition(before):
    """The digit pre-check keeps every ranking the pattern finds before a name, and finds no other."""
    from newsmark.core.suggest.placeteams import _RANK, ranked
    from newsmark.core.suggest.gazetteer import Place
    from newsmark.core.suggest.placetokens import Match

    text = before + "Ohio"
    m = Match(0, 1, len(before), len(text), Place("Ohio", "region", "", "US", 0, 1))
    assert ranked(Tokens(text), m) == bool(_RANK.search(text, max(0, m.start - 8), m.start))


@given(st.lists(st.sampled_from(["'s", "’s", "'", ",", " ", "a", "the", "institute", "law", "Law", "\t", ".", "x"]),
                max_size=10).map("".join))
def test_patterns_after_a_name_open_on_their_pre_checked_marks(after):
    """The shop, eponym and apposed-body patterns only match where an apostrophe (or a comma) follows the name."""
    from newsmark.core.suggest.placeeponyms import _BODY_APPOSED, _EPONYM_AFTER

    text = "Tom" + after
    for pattern, marks in ((namecontext._SHOP, ("'", "’")), (_EPONYM_AFTER, ("'", "’", ",")), (_BODY_APPOSED, ("'", "’", ","))):
        if pattern.match(text, 3):
            assert text[3:4] in marks
