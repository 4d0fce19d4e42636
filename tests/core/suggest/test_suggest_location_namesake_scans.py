"""How often the namesake pass reads the whole text: once per name, not once per mention."""

from __future__ import annotations

import re
import types

from newsmark.core.suggest import placenamesakes
from newsmark.core.suggest.locations import suggest_locations


def test_a_country_s_other_name_is_looked_up_as_a_place_once_however_often_it_is_written(monkeypatch):
    # Each "Brexit Britain" asks whether the text ever writes "in Britain"; asking once per mention made the
    # pass quadratic (a 5 MB article took minutes).
    scans = []

    def finditer(pattern, string, *args):
        scans.append(pattern)
        return re.finditer(pattern, string, *args)

    monkeypatch.setattr(placenamesakes, "re", types.SimpleNamespace(finditer=finditer, escape=re.escape))
    text = " ".join(f"Critics of Brexit Britain spoke for the {n}th time." for n in range(4, 34))
    suggest_locations(text)
    assert sum("Britain" in p for p in scans) == 1
