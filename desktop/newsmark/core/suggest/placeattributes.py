"""The attributes a location suggestion carries: the place's canonical name as news writes it, its GeoNames id and
country."""

from __future__ import annotations

import unicodedata

from newsmark.core.suggest.gazetteer import Place


def place_attributes(entry: Place, details: bool, written: str = "") -> dict:
    """The location tag's attributes for one place: the canonical name (as ``written`` when that is the name without its
    diacritics: "Montreal", "Rajasthan" in English text), and (details) its GeoNames id and country when known."""
    attributes = {"place": written if written and written != entry.place and _undotted(entry.place) == written else entry.place}
    if not details:
        return attributes
    if entry.geonames_id:
        attributes["geonames_id"] = entry.geonames_id
    if entry.country:
        attributes["country"] = entry.country
    return attributes


def _undotted(name: str) -> str:
    """``name`` without its diacritics ("Montréal" → "Montreal"); letters of their own ("ø", "ß") stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)) if not name.isascii() else name
