"""A body's unnamed voice is the speaker, written as the story first described it."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.unnamedvoices import body_voice, introduced_voice


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_body_spokeswoman_reporting_a_phrase_is_the_speaker_not_the_body():
    text = ("Shredding row\n\nThe plans were criticised. A Cabinet Office spokeswoman said the move was not about the "
            "new laws or \"the destruction of important records\".")
    assert _speakers(text) == ["Cabinet Office spokeswoman"]


def test_the_spokesman_is_the_one_described_before():
    text = ("Stop and search\n\nLater, the prime minister's official spokesman urged calm. The plans were sound, the "
            "spokesman said.\n\n\"What is happening is that the powers are aimed at a few,\" he added.\n\n"
            "A CRE spokesman said the body had nothing to add. \"We will be raising it with the leaders,\" the "
            "spokesman said.")
    assert _speakers(text) == ["prime minister's official spokesman", "CRE spokesman"]


def test_a_bare_spokesman_after_a_body_is_the_spokesman():
    text = ("Papers found\n\nScotland Yard said the operation had been reviewed. A spokesman said the president was "
            "safe. \"We cannot discuss who was responsible,\" said the spokesman.")
    assert _speakers(text) == ["spokesman"]


def test_introduced_voice():
    text = "In a statement the prime minister's spokesman said so. Then the spokesman left."
    assert introduced_voice(text, "spokesman", text.rindex("the spokesman")) == "prime minister's spokesman"
    assert introduced_voice(text, "spokeswoman", len(text)) == ""
    assert introduced_voice(text, "minister", len(text)) == ""  # only a spokesperson's description is taken back


def test_body_voice_needs_the_quote_in_its_sentence_and_no_name_after_the_voice():
    text = "An Acme spokeswoman said it was \"fine\". Acme spokeswoman Ana Ruiz called it \"odd\"."
    assert body_voice(text, "Acme", text.index("\"fine")) == "Acme spokeswoman"
    assert body_voice(text, "Acme", text.index("\"odd")) == ""


def test_he_added_after_an_unnamed_source_is_the_same_voice_not_the_story_s_topic():
    text = ("Mutu to hold talks\n\nFormer Chelsea striker Adrian Mutu is to begin talks with Juventus.\n\n"
            "\"Mutu will be in our club's main stand,\" said a Juventus official, who declined to be named. "
            "\"Then he will meet some important people of the club,\" he added.")
    assert _speakers(text) == ["Juventus official", "Juventus official"]
