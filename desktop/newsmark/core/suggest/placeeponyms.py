"""A town's name that names something else here: a law or a disease named after a person (``Moore's Law``), or a
body the text calls one in apposition (``at Mila, an AI research institute in Canada``)."""

from __future__ import annotations

import re

from newsmark.core.suggest.placetokens import Match, Tokens

# "Moore’s Law", "Parkinson's disease", "Occam's razor": a person's name with what is named after them.
_EPONYM_AFTER = re.compile(r"['’]s[ \t]+(?:[Ll]aw|[Rr]ule|[Pp]rinciple|[Tt]heorem|[Pp]aradox|[Rr]azor|[Ss]yndrome|"
                           r"[Dd]isease|[Cc]onstant|[Ee]quation)\b")
# ", an AI research institute in Canada": the apposition says what the name is; a town's ("a company town") says town.
_BODY_APPOSED = re.compile(r",[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:institute|company|firm|start-?up|charity|"
                           r"nonprofit|non-profit|think[ \t]tank|lab|laboratory|organi[sz]ation|agency|foundation)"
                           r"(?=[ \t]*(?:[,.;:)]|\Z)|[ \t]+(?:in|that|which|based|founded|run|backed|with)\b)")


def eponym_or_body(tokens: Tokens, m: Match) -> bool:
    """True when a town's name is a person's in a named law or disease, or a body the apposition after it names."""
    if m.entry.kind != "city":
        return False
    text = tokens.text
    if text[m.end:m.end + 1] not in ("'", "’", ","):
        return False  # both patterns open on an apostrophe or a comma: most names are followed by neither
    return bool(_EPONYM_AFTER.match(text, m.end) or _BODY_APPOSED.match(text, m.end))


# A place's name that names a treaty ("the Kyoto treaty", "a "Kyoto-lite" agreement", "the Kyoto Protocol", the EU's
# "Lisbon targets", "the Barcelona process") or a
# broadcaster's nation or region ("BBC Scotland has learned", "a BBC World Service and WGBH-Boston co-production"): the
# instrument or the outlet, not the place.
_INSTRUMENT_AFTER = re.compile(r"(?:[ \t]+(?:[Tt]reaty|[Pp]rotocol|[Aa]ccords?|[Cc]onvention|targets?|process)|-lite)\b")
_OUTLET_BEFORE = re.compile(r"\b(?:BBC|ITV|RTE|STV)[ \t]\Z|(?<![\w-])[KW][A-Z]{2,3}-\Z")  # or a US station's: "WGBH-Boston"
_POSTED_AFTER = re.compile(r"[ \t]+(?:reporter|correspondent|editor|bureau|office)\b")  # "BBC Delhi reporter": posted there


def treaty_or_outlet(tokens: Tokens, m: Match) -> bool:
    """True when the name is a treaty's ("Kyoto treaty") or a broadcaster's region ("BBC Scotland")."""
    text = tokens.text
    if _INSTRUMENT_AFTER.match(text, m.end):
        return True
    return bool(_OUTLET_BEFORE.search(text, max(0, m.start - 6), m.start)) and not _POSTED_AFTER.match(text, m.end)
