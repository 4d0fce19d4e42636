"""Example tests of the claim suggester on news sentences: cues, spans, sources, and what is never a claim.

Most sentences are from published wire and web copy (the sample article in resources/, Reuters and
Euronews stories about Ukraine); a few are written to pin one rule down.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest import default_suggesters
from newsmark.core.suggest.claims import find_claims, suggest_claims
from newsmark.core.suggest.sentences import body_sentences, is_caption


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_claims(text)]


def _with_sources(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], source) for s, e, _, source in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Biden administration has said that around 8,000 soldiers from North Korea are now in Russia near "
         "Ukraine's border.",
         [("around 8,000 soldiers from North Korea are now in Russia near Ukraine's border", "The Biden administration")]),
        ("Seoul and its allies said that the number has increased to 11,000, while Ukraine has put the figure higher, "
         "at up to 12,000.",
         [("the number has increased to 11,000", "Seoul and its allies"), ("the figure higher, at up to 12,000", "Ukraine")]),
        ("Ukraine's foreign minister Dmytro Kuleba said on Thursday that fire from a tank operated by Russia-backed "
         "separatists has been recorded in the east of the country.",
         [("fire from a tank operated by Russia-backed separatists has been recorded in the east of the country",
           "Ukraine's foreign minister Dmytro Kuleba")]),
        ("Meanwhile, the Director of the United Nations Office for Disarmament Affairs told the Security Council that "
         "both Russia and Ukraine have continued to receive arms.",
         [("both Russia and Ukraine have continued to receive arms",
           "the Director of the United Nations Office for Disarmament Affairs")]),
        ("Over 20 Ukrainian army personnel have been killed during the special operation in the east of the country, "
         "Ukraine's acting Defense Minister Mykhailo Koval said.",
         [("Over 20 Ukrainian army personnel have been killed during the special operation in the east of the country",
           "Ukraine's acting Defense Minister Mykhailo Koval")]),
        ("According to the UN, more than 10,000 civilians have been killed since the invasion began.",
         [("more than 10,000 civilians have been killed since the invasion began", "the UN")]),
        ("Russia has lost more than 600,000 soldiers, according to Ukraine's General Staff.",
         [("Russia has lost more than 600,000 soldiers", "Ukraine's General Staff")]),
        ("The US has estimated a total of 10,000 North Korean troops are in Russia.",
         [("a total of 10,000 North Korean troops are in Russia", "The US")]),
        ("Ukraine's SBU security service said on Saturday it had uncovered a corruption scheme in the purchase of arms.",
         [("it had uncovered a corruption scheme in the purchase of arms", "Ukraine's SBU security service")]),
        ("Robert A. Wood, the Deputy US Ambassador, said that the deployment marks a dangerous expansion.",
         [("the deployment marks a dangerous expansion", "Robert A. Wood")]),
        ("The Kremlin denied that its forces had struck the hospital and said that the building was a military target.",
         [("its forces had struck the hospital", "The Kremlin"), ("the building was a military target", "The Kremlin")]),
        ("The fighting in the east will go on for months, said Zelenskyy.",
         [("The fighting in the east will go on for months", "Zelenskyy")]),
        ("The strikes, according to Ukraine's air force, destroyed 40 drones over Kyiv.",
         [("The strikes, according to Ukraine's air force, destroyed 40 drones over Kyiv", "Ukraine's air force")]),
        ("According to Lynsey Addario, the New York Times photographer who took the photo, the image shows Ukrainian "
         "soldiers trying to save a man.",
         [("the image shows Ukrainian soldiers trying to save a man", "Lynsey Addario")]),
        ("According to the ministry, the strikes, which began at dawn, killed 12 people.",
         [("the strikes, which began at dawn, killed 12 people", "the ministry")]),
        ("Others are fleeing to neighboring countries — the United Nations says more than 1 million refugees have now "
         "left Ukraine.",
         [("more than 1 million refugees have now left Ukraine", "the United Nations")]),
        ("Italy has repeatedly said that it will not send troops to Ukraine.",
         [("it will not send troops to Ukraine", "Italy")]),
        ("Mr. Medinsky interrupted a video conference by claiming that Mr. Putin was phoning him directly.",
         [("Mr. Putin was phoning him directly", "")]),
    ],
)
def test_claims_with_their_source(text, expected):
    assert _with_sources(text) == expected


def test_and_that_gives_one_claim_each():
    text = "The ministry said that 12 people were killed and that 40 more were wounded in the strike."
    assert _found(text) == ["12 people were killed", "40 more were wounded in the strike"]


def test_a_reported_that_clause_may_be_quoted():
    text = 'Zelenskyy said that North Korean soldiers "are already in the Kursk region and will fight there".'
    assert _found(text) == ['North Korean soldiers "are already in the Kursk region and will fight there"']


@pytest.mark.parametrize(
    "text",
    [
        # "that" as a determiner or pronoun, not a complementizer
        "Officials said that day they would meet again.",
        "The minister said that was not true.",
        "He said that's the end of it.",
        "Police said that much about the attack.",
        # quoted speech is the quote suggester's
        '"We will not give up a single metre of our land, and the troops will stay," said Zelenskyy.',
        '"The strike killed 12 people and wounded 40 more," officials said.',
        '"According to the investigation, former and current high-ranking officials are involved in the embezzlement."',
        '"They said that the troops had left the city long before the strike," he told reporters.',
        # no cue
        "North Korea's move to deepen its relationship with Russia has raised concerns around the world.",
        "The deal was signed, according to plan, on Tuesday in Geneva.",
        # attribution without a clause
        "The minister said in a statement.",
    ],
)
def test_not_claims(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "US says around 8,000 troops from North Korea are stationed in Russia's Kursk region\n\nThe war goes on.",
        "Zelenskyy Says North Korean Troops Will Die In Kursk.\n\nThe war goes on.",
        "Deepening relationship\n\nThe war goes on.",
        "Officials say that 8,000 troops have arrived\n\nThe war goes on.",
    ],
)
def test_headings_are_never_claims(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "A multi-storey apartment building is seen damaged in a Russian attack in Kharkiv, 30 October, 2024 - "
        "Andrii Marienko/Copyright 2024 The AP. All rights reserved",
        "Ukrainian servicemen fire a howitzer toward Russian positions near Bakhmut, Ukraine, on Nov. 5, 2024. "
        "(AP Photo/Efrem Lukatsky)",
        "Photo: Officials said that the building had been empty for years.",
        "Rescuers said that 12 people were pulled from the rubble. Photograph: Sergei Supinsky/AFP via Getty Images",
        "Image: the ministry claimed that the strike hit a depot.",
        "Officials said that the bridge was hit. REUTERS/Gleb Garanich",
        "Firefighters work at the site, officials said that the fire was out. (Reuters)",
        "Residents look for cover as they try to escape from the town of Irpin, Ukraine, on Sunday after heavy "
        "shelling on the only escape route used by locals. (Carlos Barria/Reuters)",
        "Alexander Ermochenko / Reuters / Scanpix / LETA",
    ],
)
def test_captions_and_credits_are_never_claims(line):
    assert is_caption(line)
    assert _found("The war goes on.\n" + line + "\nThe war goes on.") == []


def test_a_wire_dateline_is_not_part_of_the_claim_sentence():
    text = "KYIV, Nov 5 (Reuters) - Ukraine's military said on Tuesday that Russian forces had launched 90 drones overnight."
    assert _with_sources(text) == [("Russian forces had launched 90 drones overnight", "Ukraine's military")]


def test_a_hard_wrapped_paragraph_is_one_body_run():
    text = ("Ukraine's foreign minister Dmytro Kuleba said on Thursday that fire from\n"
            "a tank operated by Russia-backed separatists has been recorded in the east\n"
            "of the country.")
    assert _found(text) == [text[text.index("fire"):-1]]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mr. Smith said the U.S. Army had left. Dr. Jones said No. 10 had not replied.", 2),
        ("Robert A. Wood spoke at 3.5 p.m. in New York. The council met.", 2),
        ("Officials in the U.S. The council met later.", 2),
        ('He said: "We will fight. We will win." Then he left.', 2),
        ("Inflation rose to 3.5% in October. Prices rose too.", 2),
    ],
)
def test_sentences_respect_abbreviations_decimals_and_quotes(text, count):
    assert len(body_sentences(text).sentences) == count


def test_abbreviations_do_not_cut_a_claim_short():
    text = "Gen. Valery Zaluzhny said that the U.S. and its allies had sent 1.5 million shells to the front."
    assert _found(text) == ["the U.S. and its allies had sent 1.5 million shells to the front"]


def test_confidence_follows_the_cue():
    text = ("The ministry claimed that the strike hit a depot. Officials said that the bridge over the river was hit. "
            "The bridge was closed for repairs, officials said. The army estimated the losses were heavy in the east.")
    assert [s.confidence for s in suggest_claims(text)] == [0.85, 0.8, 0.7, 0.55]


def test_the_source_fills_the_source_attribute_unless_told_otherwise():
    text = "The ministry claimed that the strike hit a fuel depot."
    assert suggest_claims(text)[0].attributes == {"source": "ministry"}
    assert suggest_claims(text, source_attribute="")[0].attributes == {}
    assert suggest_claims(text, source_attribute="who")[0].attributes == {"who": "ministry"}


def test_the_sample_article_claims():
    from newsmark.core.resources import SAMPLE_ARTICLE, resource_path

    text = resource_path(SAMPLE_ARTICLE).read_text(encoding="utf-8")
    found = _found(text)
    assert found[0].startswith("around 8,000 soldiers from North Korea are now in Russia")
    assert "the number has increased to 11,000" in found
    assert not any("Kursk region" in claim and "US says" in claim for claim in found)  # the headline
    assert default_suggesters()["claim"](text) == suggest_claims(text)


PIECES = [" ", "\n", "\n\n", ",", ".", "said", "that", "the", "troops", "were", "according to", "According to", "Mr.",
          "U.S.", '"', "“", "”", "«", "»", "‘", "’", "Photo:", "(Reuters)", "—", ";", "estimated", "put the figure at",
          "12,000", "Officials", "he", "it", "was", "'s", "KYIV (Reuters) -", "who", "é", "\u0301", "…", "?"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_claims_lie_inside_one_body_sentence_without_spaces_at_their_edges(text):
    sentences = body_sentences(text).sentences
    for s in suggest_claims(text):
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        assert any(a <= s.start and s.end <= b for a, b in sentences)
