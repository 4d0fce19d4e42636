"""People of one story who share a surname: "Sharif" alone does not say which of them is meant.

A story may name two strangers with one surname ("Prime Minister Ana Ruiz", "spokesman Tom Ruiz"). What is
learnt about one of them (his pronoun, that he opens a sentence) is then not learnt about the other: evidence
is kept per person, and a bare surname is left for the caller to resolve by the nearest full mention.
Two full names are one person when the words of one are among the words of the other ("Ana Ruiz",
"Col. Ana Maria Ruiz").
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmark.core.suggest.speakers import SUFFIXES, is_title


def _words(name: str) -> frozenset[str]:
    """A full name's words without titles ("Lt. Gen. Ana Ruiz" → {"Ana", "Ruiz"})."""
    return frozenset(w for w in name.split() if not is_title(w))


class SharedSurnames:
    """The surnames two or more different people of one article bear, and each such person's fullest name."""

    def __init__(self, names: Iterable[str]) -> None:
        """Group the full names (two words or more) of ``names`` by surname; single words are ignored."""
        people: dict[str, list[frozenset[str]]] = {}
        for name in dict.fromkeys(names):  # each name once, in a steady order: a long story repeats them
            words = _words(name)
            if len(words) < 2 or name.split()[-1].lower() in SUFFIXES:
                continue  # "Ana Ruiz Jr.", "Tom Lee Jr.": a generation, no surname they share
            persons = people.setdefault(name.split()[-1], [])
            for k, known in enumerate(persons):
                if words <= known or known <= words:
                    persons[k] = words | known  # the same person, named more fully once
                    break
            else:
                persons.append(words)
        self._people = {surname: persons for surname, persons in people.items() if len(persons) >= 2}

    def shared(self, surname: str) -> bool:
        """Whether different people of the article bear ``surname``."""
        return surname in self._people

    def person(self, name: str) -> frozenset[str]:
        """The person a full ``name`` of a shared surname means (their words), or an empty set for a bare surname."""
        words = _words(name)
        if len(words) < 2:
            return frozenset()
        return next((p for p in self._people.get(name.split()[-1], ()) if words <= p), frozenset())
