"""Ratios written without ``of``: ``double the size`` (a multiplier) and fractions sizing a change or comparison."""

from tests.core.suggest.figurecheck import found, spans


def test_double_or_triple_before_a_compared_noun_phrase_is_a_multiplier():
    """The adjective compares two amounts, approximators stay outside the span."""
    assert found("Turnout was nearly double the figure of the last vote.") == [("double", 2, "times")]
    assert found("The bill is more than triple the average, a court heard.") == [("triple", 3, "times")]
    assert found("Its price is almost double what it was in spring.") == [("double", 2, "times")]


def test_the_verb_double_is_no_figure():
    """After a modal, ``to`` or a subject's verb form, ``double`` is an action, not a count."""
    assert spans("Rents will double the burden on families.") == []
    assert spans("The firm hopes to more than triple that output.") == []
    assert spans("Sales doubled the forecast. A double bed, a triple jump and doubles tennis.") == []


def test_a_fraction_sizing_a_change_or_a_comparison_needs_no_of():
    """``by a third,`` and ``a quarter larger than`` are proportions; ``a 10th of`` writes the denominator in digits."""
    assert found("Staff were cut by almost a quarter, pay by a third and offices by a fifth.") == [
        ("a quarter", 0.25, ""), ("a third", 0.333, ""), ("a fifth", 0.2, "")]
    assert spans("The new hall is a third larger than the old one.") == ["a third"]
    assert spans("Tenants were offered a 10th of the market rent.") == ["a 10th"]


def test_an_ordinal_after_by_is_no_fraction():
    """``by a third party``, ``a third term``: the ordinal names a thing."""
    assert spans("He won a third term, helped by a third party.") == []
    assert spans("It was decided by a fifth vote in the chamber.") == []
