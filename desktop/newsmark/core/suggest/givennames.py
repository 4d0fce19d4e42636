"""The gender a person's given name tells ("Hugh Richards" is "he"), from ``resources/given_names.tsv``.

A text shows a person's gender by a title ("Mr", "Ms") or by the pronouns after their name; the pronouns mislead
where the person talks about someone else ("Richards says she must avoid …" of a coach speaking of his runner).
A given name that is almost always a man's or a woman's is surer than those pronouns, and weaker than a title.
"""

from __future__ import annotations

from functools import lru_cache

from newsmark.core.resources import resource_path


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    found = {}
    for line in resource_path("given_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            found[name] = gender
    return found


def given_alone_gender(word: str) -> str:
    """"m" or "f" when ``word`` alone is a given name of that gender ("Emily", a relative the text names so), else
    ``""``."""
    return _genders().get(word, "")


def given_gender(name: str) -> str:
    """"m" or "f" when the first of ``name``'s two or more words is a given name of that gender, else ``""``."""
    words = name.split()
    return _genders().get(words[0], "") if len(words) >= 2 else ""
