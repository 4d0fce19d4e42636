"""Places in a dateline: the capitalised place that opens a story's paragraph before a dash.

Wire and local outlets open a story with where it was filed, in capitals (a country or region may follow
as usual; a slash joins two), then a dash: ``KOBE – A total of …``, ``SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash …``,
``NAPA COUNTY, Calif. (KGO) -- A plan …``, ``ST CATHERINE, Jamaica — A …``, ``BEIRUT/THE HAGUE, March 7 (Reuters) - …``
(the wires' date after the places is no place). Each comma-separated part in
capitals is a place, whether the gazetteer knows it or not; an AP state abbreviation (``FLA.``, ``Calif.``)
means its state.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import Gazetteer, Place, name_key
from newsmark.core.suggest.placecontexts import saint
from newsmark.core.suggest.placecues import AP_STATES, us_state

_CAPS = r"[A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]*){0,3}"
# "FLA.", "Calif.": a state written the AP way; "Jamaica", "New South Wales": a country or region as usual.
_PART = rf"(?:{_CAPS}|[A-Z][a-z]{{1,4}}\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})"
# A paragraph's start, the parts, an optional station or agency in brackets, then a dash (or a colon).
# A story filed from two places joins them with a slash (``SURABAYA, Indonesia/JAKARTA -``); an em dash may touch
# the story's first word (``VATICAN CITY—Six years ago``).
# The wires' date after the places (``KATHMANDU, April 25 (Reuters) -``, ``SEOUL, Aug. 20 (Yonhap)``): no place of its own.
_DATE = r",\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}"
_DATELINE = re.compile(rf"^(?P<parts>{_CAPS}(?:,\s{_PART}){{0,2}}(?:/{_CAPS})?)(?:{_DATE})?(?:\s\([A-Z][\w .&-]{{0,20}}\))?"
                       r"(?:\s?(?:--|[-–—:])\s|—(?=[A-Z“\"]))", re.MULTILINE)
_PIECE = re.compile(r"[^,/]+")
_KINDS = ("country", "region", "city", "area", "continent")


def _title(part: str) -> str:
    """``SOUTHWEST MIAMI-DADE`` → ``Southwest Miami-Dade``; ``O’HARE`` → ``O’Hare``; a mixed-case part as written."""
    if not part.isupper():
        return part
    return re.sub(r"(?<=['’])[a-z]", lambda m: m.group().upper(), part.title())


def _opens_with_paragraph(text: str) -> bool:
    """True when the text's first line is a paragraph of the story (eight words or more ending as a sentence), no headline."""
    end = text.find("\n")
    first = (text if end == -1 else text[:end]).rstrip().rstrip("\"”’'")
    return first.endswith((".", "!", "?")) and len(first.split()) >= 8


def dateline_places(text: str, gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each part of every dateline in ``text``, in text order."""
    found = []
    for m in _DATELINE.finditer(text):
        # The first line is the headline, not a dateline; but a known place before a colon labels it ("PERRIS: Woman…"),
        # and a text saved without its headline opens with the story's first paragraph, dateline and all.
        label = m.start() == 0 and text[m.end("parts"):m.end()].strip() == ":"
        if m.start() == 0 and not label and not _opens_with_paragraph(text):
            continue
        parts = [(p.start() + m.start("parts"), p.group()) for p in _PIECE.finditer(m.group("parts"))]
        places = []
        for start, raw in parts:
            written = raw.strip()
            start += len(raw) - len(raw.lstrip())
            name = _title(written)
            state = AP_STATES.get(name) or AP_STATES.get(name.rstrip(".") + ".")
            known = us_state(state, gaz) if state else gaz.get(name_key(name.rstrip(".")))
            if known is not None and known.kind not in _KINDS:
                known = None
            if not written.isupper() and not state and (known is None or known.kind not in ("country", "region")):
                break  # "LONDON, Tuesday –": a mixed-case part must be a known country or region
            place = known or Place(saint(name.rstrip(".")), "area", "", "", 0, 1)
            end = start + len(written) - (0 if state or not written.endswith(".") else 1)
            places.append((start, end, place, known is not None or bool(state)))
        # One unknown part alone may be any word in capitals ("UPDATE – …"); a known place or a second part vouches.
        if label and not all(p[3] for p in places):
            continue  # "UPDATE: …", "WATCH: …": a headline's label in capitals that names no known place
        if places and (len(places) > 1 or places[0][3]):
            found.extend((a, b, p) for a, b, p, _ in places)
    return found
