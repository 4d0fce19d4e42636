"""A person named, then their role with no comma closing it before the verb: the person speaks, not the role or body.

Sloppy copy drops the comma that should close a role in apposition: "Rhodri Glyn Thomas, Plaid Cymru health spokesman
said:" (for "…, Plaid Cymru health spokesman, said:") and "Lisa Power, head of policy at Aids charity the Terrence
Higgins Trust said …". A scan for the words before the verb then reads the role or the body as the source.
"""

from __future__ import annotations

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcephrase import speaker_phrase
from newsmark.core.suggest.sourcewords import NAME, SAYS
from newsmark.core.suggest.speakers import is_full_name, is_role, person_name

# A full name, a comma, then a role no second comma closes before the verb and the colon ending the quote's lead-in.
_ROLE_UNCLOSED = name_pattern(rf"(?:^|[.;]\s+)(?P<who>{NAME}),[ \t]+(?P<role>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){{0,6}})"
                              rf"[ \t]+(?:{SAYS})[ \t]*:\s*$")
# A full name, a comma, then their role at a body whose name ends right before the verb ("Mark Serwotka, the leader of
# the Public and Commercial Services Union said").
_HOLDER_BEFORE = name_pattern(rf"(?P<who>{NAME}),[ \t]+(?:(?:the|an?)[ \t]+)?(?P<role>[a-z][\w-]*)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}?(?:of|at|for)"
                              r"[ \t]+[^,.;:!?\"“”\n]{0,60}\Z")


def unclosed_role_source(head: str) -> str:
    """The person before a role that runs up to the verb and colon ending ``head`` ("Rhodri Glyn Thomas, Plaid Cymru
    health spokesman said: "), or ``""``."""
    m = _ROLE_UNCLOSED.search(head)
    if m and is_role(m.group("role").split()[-1]) and is_full_name(person_name(m.group("who"))):
        return speaker_phrase(m.group("who"))
    return ""


def role_holder(text: str, body_at: int) -> str:
    """The person whose role at the body named at ``body_at`` stands between them and it ("Lisa Power, head of policy at
    … the Terrence Higgins Trust said"), or ``""``."""
    m = _HOLDER_BEFORE.search(text, max(0, body_at - 120), body_at)
    who = speaker_phrase(m.group("who")) if m and is_role(m.group("role")) else ""
    return who if who and is_full_name(person_name(who)) else ""
