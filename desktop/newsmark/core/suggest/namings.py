"""Who speaks a quoted phrase that a verb of naming introduces: "Analysts called it the "…"", "which Ana views as "…"".

News often quotes the words someone uses for a thing without a reporting verb: the subject of "called",
"described … as", "dubbed", "views … as" is the speaker ("Aviation analysts called it the "end of an era"";
"The victim's mother testified, describing her daughter as "brave and smart""). The phrase is taken from the
quote's own sentence, so it never reaches back to a paragraph about someone else.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namesakes import DEMONYM
from newsmark.core.suggest.speakers import PRONOUNS

_NAMING = (r"call(?:s|ed|ing)?|describ(?:es|ed|ing)|dub(?:s|bed|bing)|label(?:s|led|ed|ling|ing)|brand(?:s|ed|ing)|"
           r"term(?:s|ed|ing)|view(?:s|ed|ing)|regard(?:s|ed|ing)|consider(?:s|ed|ing)|characteri[sz](?:es|ed|ing)|"
           r"hail(?:s|ed|ing)|dismiss(?:es|ed|ing)|decr(?:ies|ied|ying)")
_NAMING_VERB = re.compile(_NAMING)
_OPENERS = (r"(?i:which|that|what|and|but|as|who|while|when|so|then|with|without|said|says|told|thinks|believes|added|"
            r"suggest(?:s|ed)|show(?:s|ed)|reveal(?:s|ed)|claim(?:s|ed)|insist(?:s|ed)|argu(?:es|ed))\b")
_WORD = r"[\w'’.-]+"
# Where a clause's subject may start: the sentence's start, a comma, a conjunction, a reporting verb.
_BOUNDARY = re.compile(rf"^\s*|[,;]\s*|\b{_OPENERS}\s+")
# The subject (five words at most), perhaps a finite verb and its words before a comma, then the naming verb, its
# object (three words at most), "as" and an article, ending where the quote opens.
_NAMED = re.compile(rf"(?!{_OPENERS})(?P<who>(?:{_WORD}\s+){{0,4}}?{_WORD})"
                    rf"(?:\s+[a-z]+(?:ed|s)(?:\s+{_WORD}){{0,3}},)?\s+(?:(?:also|later|then|again|once|now|earlier|afterwards?|[a-z]{{3,}}ly)\s+)?(?:{_NAMING})"
                    rf"(?:\s+(?!as\b){_WORD}){{0,3}}?(?:\s+as)?(?:\s+(?:an?|the))?\s*$")
_DESCRIBED_NAME = re.compile(r"(?:^|\s)(?!(?:of|to|for|with|by|from|and|or|at|in|on|about|than|like)\s)[a-z][\w-]*\s+((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)$")
_DEMONYM = re.compile(DEMONYM)
# The subject ran on into a verb of writing and what was written ("Ruiz made another post", "Lee wrote a letter"):
# the writer before the verb names the writing.
_WROTE_ONE = re.compile(r"(?P<who>[\w'’.@-]+(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:made|wrote|published|posted|shared|"
                        r"issued|released|sent|penned|filed|tweeted|uploaded)\s+(?:an?|another|one|his|her|their|its)\s+"
                        r"(?:[a-z]+\s+)?(?:post|tweet|letter|statement|message|video|note|comment|blog|column|op-ed|essay|"
                        r"memo|email|e-mail|thread|entry|update)$")
_WHEN = re.compile(r"(?:[Oo]n|[Ll]ast|[Tt]his)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
                   r"year|night|morning|evening|afternoon)|[Yy]esterday|[Tt]oday")
_NAME_BEFORE_COMMA = re.compile(r"(?:^|,)\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*,\s*\Z")
_DETERMINER = re.compile(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any)\s+")


def naming_subject(head: str) -> str:
    """The speaker phrase of a quote that a naming verb at the end of ``head`` (its sentence so far) introduces, or ``""``."""
    if not _NAMING_VERB.search(head, len(head) - 80):
        return ""
    found = [m for m in (_NAMED.match(head, b.end()) for b in _BOUNDARY.finditer(head)) if m]
    if not found:
        return ""
    m = found[-1]  # the nearest subject: "Ruiz said Lee called it" is Lee's
    who = m.group("who")
    if _WHEN.fullmatch(who):  # "…, Liam Fox, on Saturday called him "…"": the name set off before the time
        named = _NAME_BEFORE_COMMA.search(head, 0, m.start())
        return named.group(1) if named else ""
    words = who.split()
    if words[-1].lower() in PRONOUNS:
        return "" if len(words) > 2 else words[-1].lower()  # "Later she described it as"
    if words[0] in {"It", "This", "There", "That"} or any(w.lower() in PRONOUNS for w in words):
        return ""  # "It was called …": no subject to take
    wrote = _WROTE_ONE.match(who)
    if wrote:  # "Ruiz made a post describing …", "ana_r84 wrote another blog calling …": the writer
        return wrote.group("who")
    if len(words) > 1 and words[-1][:1].islower():  # a common noun phrase: "Aviation analysts", "The victim's mother"
        if re.search(r"['’]s\b", who):
            who = _DETERMINER.sub("", who)  # "victim's mother": a person the article does not name, as annotated
        first = who.split()[0]
        if first[:1].isupper() and not first.isupper() and not _DEMONYM.fullmatch(first) and not head[:m.start("who")].strip():
            who = who[:1].lower() + who[1:]  # capitalised only because it opens the sentence
        return who
    if all(w[:1].isupper() for w in words):
        return who
    described = _DESCRIBED_NAME.search(who)  # "host Ana Ruiz", "TV critic Ana Ruiz": the person the words describe
    return described.group(1) if described else ""
