"""The person an attribution names after a description of mixed case: "…," said former Ohio governor Ana Ruiz."""

from __future__ import annotations

import re

from newsmark.core.suggest.sourcewords import ADVERB, SAYS
from newsmark.core.suggest.speakers import NAME_PARTICLES, is_organisation, is_role, is_title

# Words that end a description or start a clause of their own: a description holds none of them.
# ("and" may join two descriptions: "former Olympian and BBC pundit Ana Ruiz"; it alone makes no description.)
_STOPS = (r"the|a|an|one|another|two|three|some|several|many|that|this|these|in|on|at|to|by|for|with|from|or|but|"
          r"as|he|she|they|it|we|when|while|after|before|during|last|since|who|whose|which|if|is|was|has|had")
# The verb, a description of up to six words of any case ("former Vermont governor", "Pentagon spokesman Navy Capt.",
# "master of ceremonies"), then a name of two words (an initial or a particle between) that ends the clause.
_SAID_DESCRIBED = re.compile(
    rf"^,?\s*(?:{SAYS})\s+(?P<desc>(?:(?!(?:{_STOPS})\b)[\w.'’-]+\s+){{1,6}})"
    rf"(?P<who>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|{NAME_PARTICLES}))?\s+[A-Z][\w'’-]+)(?:\s+\([A-Z][\w.-]{{1,10}}\))?"
    r"(?=\s*[,;:!?]|\.(?:\s|$)|\s*$|\s+(?:of|from|who)\b)")

# The same description and name before the verb: "…?" former Obama adviser Ana Ruiz asked on Twitter.
_DESCRIBED_SAID = re.compile(
    rf"^,?\s*(?P<desc>(?:(?!(?:{_STOPS})\b)[\w.'’-]+\s+){{1,6}})"
    rf"(?P<who>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|{NAME_PARTICLES}))?\s+[A-Z][\w'’-]+)(?:\s+\([A-Z][\w.-]{{1,10}}\))?"
    rf"(?:,[^\"“”«»\n]{{0,160}}?,)?{ADVERB}\s+(?:{SAYS})\b")


def said_described(tail: str) -> str:
    """The name after a description with a role word or a title in it, right after a reporting verb or right before
    one, or ``""``."""
    m = _SAID_DESCRIBED.match(tail) or _DESCRIBED_SAID.match(tail)
    if not m or m.re is _DESCRIBED_SAID and not m.group("desc")[:1].islower():
        return ""
    desc, who = m.group("desc").split(), m.group("who")
    described = any((w[:1].islower() and w != "and") or (w.endswith(".") and is_title(w.rstrip("."))) for w in desc)
    if not described or is_title(who.split()[0]) or is_organisation(who):
        return ""  # "said Acme Stores Ana": no role; "said Navy Capt. Ana": the title is no name
    if [w for w in desc if w[:1].islower()] == [desc[-1]] and desc[-1] in ("of", "from") and not is_role(desc[-2].rstrip(".")):
        return ""  # "said Zara Hyde Peters of UK Athletics": a person of a body, not a description of the body
    first = next((k for k, w in enumerate(desc) if w[:1].islower() and w != "and"), 0)  # none: "said Gov. Ana Ruiz"
    if first >= 2 and desc[first] in ("of", "from", "at") and not any(is_role(w.rstrip(".")) or is_title(w.rstrip("."))
                                                                    for w in desc[:first]):
        return ""  # "said Paul Dergarabedian of box office tracker Exhibitor Relations": the person, then his firm
    if (len(desc) >= 4 and desc[-1] in ("of", "from") and all(w[:1].isupper() for w in desc[-3:-1])
            and desc[-4][:1].islower() and is_role(desc[-4])):
        return " ".join(desc[-3:-1])  # "said energy analyst Orin Middleton of Barclays Capital": the analyst
    return who
