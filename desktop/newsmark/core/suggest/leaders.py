"""Office holders news names by title and surname alone ("President Obama", "Chancellor Merkel"): their full names.

The gold convention (and an analyst's wish for one speaker across articles) is the full name; an article often
never gives it. ``resources/leaders.tsv`` lists, by hand, heads of state and government and a few other offices.
A surname is completed only when the article itself writes it after one of that person's offices ("President
Trump", "former Prime Minister May") and no other listed holder fits, so "May said" in a story that never says
"Prime Minister May" stays as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.resources import resource_path


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Surname as written → ((full name, offices), ...), read once."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for line in resource_path("leaders.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            full, surname, offices = line.split("\t")
            table.setdefault(surname, []).append((full, tuple(offices.split(","))))
    return {surname: tuple(entries) for surname, entries in table.items()}


def leader(text: str, surname: str) -> str:
    """The full name of the holder ``text`` names as "<office> <surname>", or "" (not listed, no title, or two fit)."""
    entries = _table().get(surname)
    if not entries:
        return ""
    after = re.escape(surname) + r"(?:['’]s?)?(?![\w'’-])"  # "President Trump's advisers" titles him too
    titled = {full for full, offices in entries
              if re.search(r"(?<![\w-])(?i:" + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in offices) + r")\s+" + after, text)}
    return titled.pop() if len(titled) == 1 else ""
