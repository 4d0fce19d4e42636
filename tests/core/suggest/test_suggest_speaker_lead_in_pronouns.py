"""A "he said" quote after, or inside, a sentence about someone named before is that person's, not an earlier speaker's."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = ("Mark Ellis, a retired judge, joined the panel last year.\n\n"
          "“We will publish the findings in June,” said Tom Brandt, who led the inquiry. “Nothing will be held back.”\n\n")


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_subject_after_a_leading_clause_in_the_paragraph_before():
    text = _INTRO + ("Although he said the work was “hard” at times, Ellis stopped short of naming anyone.\n\n"
                     "“I have signed a promise to say nothing,” he joked.")
    assert _speakers(text)[-1] == "Mark Ellis"


def test_the_subject_of_the_sentence_the_quote_sits_in():
    text = _INTRO + ("When I asked the panel's second member, Mark Ellis, about the emails, he said, "
                     "“I cannot remember them all.”")
    assert _speakers(text)[-1] == "Mark Ellis"


def test_the_earlier_speaker_keeps_a_quote_after_a_sentence_about_no_one():
    text = _INTRO + "The hearings ran for a week.\n\n“I have signed a promise to say nothing,” he said."
    assert _speakers(text)[-1] == "Tom Brandt"


# Paragraphs run into one line (the BBC corpus): the sentence before a quote ends right at its opening mark.
_RUN_ON = ('Title\n\nWorld number one Tom Brandt beat Mark Ellis in the final. "I wanted a good start," Brandt said. '
           '"That took me through." Ellis {verb} at a loss to explain his first set. "I felt my racket was loose," he said.\n')


def test_a_linking_verb_after_the_subject_still_makes_it_the_one_a_pronoun_means():
    assert _speakers(_RUN_ON.format(verb="was"))[-1] == "Mark Ellis"
    text = ('Title\n\nAna Ruiz beat Kim Lowe 6-1 6-4. "I played well," she said. Lowe was far from content. '
            '"I don\'t know what I was doing," she said.\n')
    assert _speakers(text) == ["Ana Ruiz", "Kim Lowe"]


def test_a_role_nobody_was_given_means_the_subject_of_the_sentence_ending_at_the_mark():
    text = ('Title\n\nMark Ellis scored twice for Leeds as Tom Brandt watched. "We were better," Brandt said. '
            'Ellis was puzzled as to why his third try had been disallowed. "I was behind the ball," said the Leeds player.\n')
    assert _speakers(text)[-1] == "Mark Ellis"


def test_a_name_before_continued_to_is_no_source_a_pronoun_may_mean():
    text = ('Title\n\n"We must unite now," said Dave Lee, a party official.\n\nBrian Murphy, the county chairman, said '
            'Donald Trump continued to hurt his cause by attacking the senator. "I don\'t think it helps him," he said.\n')
    assert _speakers(text)[-1] == "Brian Murphy"


def test_a_source_closing_the_sentence_before_with_any_verb_of_saying_is_whom_she_says_means():
    text = ('Title\n\nAna Ruiz, an analyst at the Acme Institution, said: "Prices will rise."\n\nMost Iraqis expect the '
            'state to run the essentials, observes Ms Kate Lowe. "It is seen as a selling off," she says.\n')
    assert _speakers(text)[-1] == "Kate Lowe"


def test_whom_the_sentence_before_told_is_no_source():
    text = ('Title\n\n"Growth will slow," Tom Brandt, chief economist for the region at Acme Bank, told Agence France '
            'Presse. "It is a human tragedy first," he said.\n')
    assert _speakers(text)[-1] == "Tom Brandt"


def test_a_title_and_surname_opening_the_sentence_before_is_whom_he_means_when_named_in_full_before():
    text = ("Budget row\n\nLabour and the Tories clashed as the row over Gordon Brown's Budget turned into a "
            "pre-election battle.\n\nFor the Lib Dems, Vince Cable said the chancellor had failed to deal with the "
            "\"looming problems\" of council tax which he argued would result in \"massive increases\" for some. Mr Brown "
            "and Mr Blair staged a show of unity on Thursday.\n\nMr Cable said taxation would go up under all three "
            "parties. The chancellor meanwhile insisted his plans were \"affordable\". In Wednesday's Budget, Mr Brown "
            "doubled the stamp duty threshold. Defending the plans, he told Today: \"I will take no risks with the "
            "stability of the economy.\"\n")
    assert _speakers(text)[-1] == "Gordon Brown"
    unnamed = ("Mines\n\nSeabata Moeketsi said the lease went to one Mr Makama of Maseru.\n\nMr Makama then sold the "
               "lease to Moruo. \"The four years have passed without any development,\" he said.\n")
    assert _speakers(unnamed)[-1] == "Seabata Moeketsi"
