"""Two people of one surname: a pronoun, a bare surname and a short name each mean the nearest one named."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.sharedsurnames import SharedSurnames


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_HEAD = "Army says the strikes lasted half an hour\n\n"


def test_a_woman_named_after_a_man_of_her_surname_keeps_her_pronoun():
    text = (_HEAD + "Defence Minister Tom Kaur said on Monday his government had the right to respond.\n\n"
            "Col. Maria Lopez, an army officer, said the strikes began at night. She said no bases were hit.\n\n"
            "Another officer, Major Ana Kaur, said the strikes were planned with care.\n\n"
            "“We have shown great restraint in our response,” she said.")
    assert _speakers(text)[-1] == "Ana Kaur"


def test_a_bare_surname_opening_a_sentence_is_the_namesake_named_last():
    text = ("Jets downed over the border\n\nPrime Minister Omar Haddad praised the air force on Wednesday.\n\n"
            "Army spokesman Gen. Karim Haddad said the jets were downed inside the country's airspace.\n\n"
            "Haddad also accused the other side of damaging a dam upstream, calling it a breach of the rules.\n\n"
            "“We are answering their aggression,” he said.")
    assert _speakers(text) == ["Karim Haddad"]


def test_one_man_named_more_fully_later_is_still_one_person():
    text = ("Jets downed over the border\n\nArmy spokesman Karim Haddad said the jets were downed on Tuesday.\n\n"
            "Gen. Karim Haddad added that the pilots were safe, and he thanked the crews.\n\n"
            "“We are answering their aggression,” he said.")
    assert _speakers(text) == ["Karim Haddad"]


def test_a_short_name_means_the_person_named_with_it_before_not_a_namesake_named_after():
    text = ("Wreckage found near a village\n\nPhotographer Tariq Hamid reached the village at dawn, and Tariq "
            "took pictures of the wreckage before the police arrived.\n\n"
            "“Locals told me they saw a ball of fire in the sky,” Tariq said.\n\n"
            "“There was a huge fire, then we heard blasts,” said Ahmed Bilal Tariq, a farmer who lives nearby.")
    assert _speakers(text) == ["Tariq Hamid", "Ahmed Bilal Tariq"]


def test_a_short_name_named_in_full_before_is_that_person():
    text = ("Wreckage found near a village\n\nFarmer Ahmed Bilal Tariq saw the jet fall, and Tariq called the police.\n\n"
            "“There was a huge fire in the sky,” Tariq said.\n\nPhotographer Tariq Hamid arrived an hour later.")
    assert _speakers(text) == ["Ahmed Bilal Tariq"]


def test_shared_surnames_tell_people_apart_by_their_words():
    shared = SharedSurnames(["Tom Kaur", "Lt. Gen. Ana Kaur", "Ana Kaur", "Omar Lee", "Omar Lee", "Ana Ruiz Jr.", "Tom Lee Jr."])
    assert shared.shared("Kaur") and not shared.shared("Lee") and not shared.shared("Jr.")
    assert shared.person("Major Ana Kaur") == frozenset({"Ana", "Kaur"})
    assert shared.person("Kaur") == frozenset()


def test_a_name_also_known_by_is_the_same_person_not_a_namesake():
    text = ("A holiday and its founder\n\nThe holiday was created in 1966 by the activist Ron Okoye, aka Dr. Maulana Okoye, "
            "who founded a cultural group in the city.\n\nOkoye later wrote a long essay about the holiday's roots.\n\n"
            "“We must stop doubting one another,” Okoye said.")
    assert _speakers(text) == ["Ron Okoye"]
