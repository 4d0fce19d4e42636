"""Party and state labels after a US politician's name, blanked so the attribution reads through them.

US news writes a legislator's party and state in brackets after the name ("Sen. Ana Ruiz (D-Wis.) said",
"Rep. Ana Ruiz (R-Iowa), who …", "Sen. Ana Ruiz (Tex.) has said"). The label sits between the name and its
verb or apposition, where no attribution pattern expects it. ``blank_labels`` turns each label into spaces of
the same length (offsets stay), moving a comma or full stop right after it to the label's start, so the name
is followed by its punctuation as if the label had never been written.
"""

from __future__ import annotations

import re

# AP-style state abbreviations and the states AP writes in full, and postal codes ("R-OH").
_STATES = ("Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
           r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|"
           "Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah|Alabama|Arizona|Arkansas|California|Colorado|Connecticut|"
           "Delaware|Florida|Georgia|Illinois|Indiana|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|"
           "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
           "North Carolina|North Dakota|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
           "Tennessee|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_POSTAL = "[A-Z]{2}"
# A party letter (D, R, I, DFL …) and a state: "(D-Wis.)", "(R-OH)", "(I-Vt.)"; a state alone: "(Tex.)";
# a party alone: "(R)"; with the space before it and a comma or stop right after it.
_LABEL = re.compile(r"[ \t]\((?:(?:[DRI]|DFL|Dem|Rep|Ind)(?:[-–][ \t]?(?:" + _STATES + r")\.?|[-–]" + _POSTAL + r")|(?:"
                    + _STATES + r")\.?|[DRI])\)(?P<mark>[,.]?)")
# The word before a label: a name's last word, capitalised ("Ruiz"); "in (Tex.)" is no label.
_NAME_END = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\.?\Z")


def blank_labels(text: str) -> str:
    """``text`` with each party/state label after a name turned into spaces (a following comma or stop moved up)."""
    if "(" not in text:
        return text

    def blank(m: re.Match) -> str:
        """The label and the space before it as spaces, its trailing mark first; anything else as it was."""
        if not _NAME_END.search(text, max(0, m.start() - 40), m.start()):
            return m.group()
        mark = m.group("mark")
        return mark + " " * (len(m.group()) - len(mark))

    return _LABEL.sub(blank, text)
