"""Speaker attribution rules of the quote suggester, on sentences written for them (not taken from the blind sets)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Verbs beginning like a name particle ("de…", "van…", "bin…") are verbs, not part of the name.
        ('"We will win this seat back in the autumn," Okoro declared.', "Okoro"),
        ('"No such meeting ever took place at the ministry," Okoro denied.', "Okoro"),
        ('"The figures speak for themselves," Okoro demanded.', "Okoro"),
        # Verbs of manner that news uses for speech, before and after the name.
        ('"It was a long night for all of us," quipped Ben Ortiz.', "Ben Ortiz"),
        ('"It was a long night for all of us," Ben Ortiz joked.', "Ben Ortiz"),
        ('"Get out of the building right now," shouted Ana Ruiz.', "Ana Ruiz"),
        ('"That is simply not true at all," countered Ana Ruiz, the mayor\'s spokeswoman.', "Ana Ruiz"),
        ('Ana Ruiz agreed: "We should have acted much sooner than we did."', "Ana Ruiz"),
        ('"The bridge was never safe to begin with," Ana Ruiz pointed out.', "Ana Ruiz"),
    ],
)
def test_reporting_verbs(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_name_particle_still_joins_a_name():
    assert _speakers('"We will appeal the verdict," said Maria de Souza.') == ["Maria de Souza"]
