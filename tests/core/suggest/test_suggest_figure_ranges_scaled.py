"""Ranges whose scale word is written once, ranges from a number word to digits, and scale words glued to digits."""

from tests.core.suggest.figurecheck import found, spans


def test_a_scale_written_once_after_the_high_end_scales_the_low_end():
    """``one to two billion`` starts at a billion, not at one; so do digits and ``$40-50 billion``."""
    assert found("The plan would cost one to two billion dollars a year.") == [("one to two billion", 10**9, "USD")]
    assert found("Imports of $40-50 billion were promised.") == [("$40-50 billion", 40 * 10**9, "USD")]
    assert found("Some 3 to 4 million people voted.") == [("3 to 4 million", 3 * 10**6, "people")]


def test_a_low_end_larger_than_the_scaled_high_keeps_its_own_value():
    """``500,000 to 1 million``: the low end is written whole."""
    assert found("It reached 500,000 to 1 million homes.") == [("500,000 to 1 million", 500000, "homes")]


def test_one_before_a_scale_word_is_the_whole_amount():
    """``one million tons``: the counting ``one`` does not take the figure's value."""
    assert found("The city uses more than one million tons of salt.") == [("one million", 10**6, "tons")]


def test_a_number_word_to_larger_digits_is_one_range():
    """``six to 12 months`` is one range; ``from zero to 60 mph`` and a falling pair stay two figures."""
    assert found("Prices may double in six to 12 months.") == [("six to 12", 6, "months")]
    assert spans("The car goes from zero to 60 mph in four seconds.") == ["zero", "60", "four"]
    assert spans("A 7-Eleven store opened.") == []


def test_a_scale_word_glued_to_the_digits_is_read():
    """``$77million``, as tabloids write it: the scale is part of the amount."""
    assert found("He bought a $77million mansion.") == [("$77million", 77 * 10**6, "USD")]
    assert found("About 2.5billion people watched.") == [("2.5billion", 2.5 * 10**9, "people")]


def test_after_a_currency_sign_a_short_scale_on_the_high_end_scales_the_low_end():
    """"$10-25m" is ten to 25 million dollars; without a currency sign "10-25m" may be metres and stays as written."""
    assert found("Games will cost $10-25m to make.") == [("$10-25m", 10_000_000, "USD")]
    assert found("A deal worth £500-600k was signed.") == [("£500-600k", 500_000, "GBP")]
    assert found("It costs between $10 and $25m.") == [("$10 and $25m", 10_000_000, "USD")]
    assert found("A 10-25m drop.")[0][1] == 10
