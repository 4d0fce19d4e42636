"""Other names a gazetteer gives a place: which of them a text may use for it without more evidence."""

from __future__ import annotations

import re
import unicodedata

from newsmark.core.suggest.gazetteer import Place


def fold_name(name: str) -> str:
    """A name without accents and case, to tell a city's own name from another name for it."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def code_alias(written: str, entry: Place) -> bool:
    """True when a word in capitals only codes a city ("SFO", "ATL" are airport codes), not abbreviates its name."""
    if not (written.isupper() and written.isalpha() and len(written) <= 4) or entry.kind != "city":
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", entry.place)).upper()
    return fold_name(written) != fold_name(entry.place) and written != initials
