"""The words of news attributions: reporting verbs, name shapes and source phrases the speaker finders match."""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import unicode_names
from newsmark.core.suggest.namesakes import DEMONYM
from newsmark.core.suggest.reportverbs import trie_pattern
from newsmark.core.suggest.speakers import GAP, NAME_PARTICLES

# The reporting verbs, in any tense (the present of press releases and features: "…," comments Ana Ruiz). The speaker
# finders try them after every capitalised name: nested by shared prefixes (``trie_pattern``), the same words cost a
# word's length to try, not the list's.
_SAYING = (
    "said says say added adds told tells wrote writes stated states declared insisted argued warned explained "
    "noted asked replied answered pledged promised continued claimed announced posted tweeted condemned urged "
    "stressed confirmed denied commented remarked indicated estimated recalled reminded acknowledged admitted "
    "suggested predicted observed responded concluded emphasised emphasized highlighted cautioned testified "
    "recounted quipped joked shouted yelled screamed exclaimed whispered murmured muttered mused boasted "
    "bragged complained remembered conceded lamented pleaded vowed countered retorted snapped scoffed sighed "
    "agreed reasoned reflected maintained contended asserted alleged demanded proclaimed reiterated "
    "elaborated clarified laughed assured wondered texted emailed disagreed explains notes recalls argues "
    "insists warns agrees admits jokes continues comments observes stresses responds replies concludes "
    "confirms suggests tweets cautions acknowledges concedes laments maintains asserts reiterates emphasises "
    "emphasizes highlights testifies declares announces recounts predicts reflects reasons muses wonders asks "
    "answers"
).split()
SAYS = trie_pattern(_SAYING) + r"|pointed\s+out|went\s+on|weighed\s+in|chimed\s+in|points\s+out|(?:is|was)\s+quoted\s+as\s+saying"
VERBS = SAYS + r"|according\s+to"
ADVERB = unicode_names(r"(?:\s+(?:also|later|then|further|again|earlier|previously|once|now|still|meanwhile|had|has|have|would|will|"
           r"himself|herself|themselves|itself|[a-z]{3,}ly))?")  # "Ruiz tearfully asked"
# A name's word: an abbreviation with its dot ("Mr.", "A.", "U.S."), else a word without one ("Bank. He" is two sentences).
# A web address names a body whole ("GreatFire.org", "Amazon.com"): its dot ends neither a word nor a source.
WEB_END = r"(?:com|org|net|gov|edu|io)(?![\w.])"
WORD = unicode_names(r"(?>[A-Z][\w-]*+\." + WEB_END + r"|[A-Z](?:\.[A-Z])+\.?|[A-Z][a-z]{0,2}\.|"
         r"[A-Z][\w'’-]*+(?:&[A-Z]{1,3}(?![\w'’-]))?)")  # "U.S." whole before "U."; "M&S", "AT&T" with the ampersand
# An online handle stands for its user: lower-case letters then digits ("ana_r84", "@lee1990"), no ordinary word.
HANDLE = r"@?[a-z][a-z_]{2,}[0-9]{1,4}(?![\w'’-])"
NAME = rf"(?:{HANDLE}|{WORD}(?:{GAP}(?:{WORD}|{NAME_PARTICLES})){{0,6}}+)"  # possessive and short: no backtracking into a name
# Words opening a leading clause ("When Ruiz asked, …"): its subject is not the sentence's.
SUBORDINATORS = frozenset("When After Before As While If Although Though Because Since Once Until Unless".split())
SENTENCE_OPENERS = {"The", "A", "An", "But", "And", "It", "This", "That", "In", "On", "However", "Later", "Earlier", "Meanwhile",
                    "Still", "Yesterday", "Today", "Also", "Then", "Now", "Asked", "Speaking", "Separately",
                    "Instead"} | SUBORDINATORS
# An aside in commas between a source and its verb ("Ana Ruiz, 34, a nurse, said").
ASIDE = r"(?:,[^\"“”«»\n]{0,160}?,)?"
# A title and a surname, the form a story calls a person it named in full before ("Mr Dean", "Dr Ruiz").
# Someone named by the works they made, whose titles stand before the verb: "The star of Rain Man and Tootsie said" is no
# "Tootsie said" (the star is the person the story is about).
WORKS_OF = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?:star|director|author|writer|creator|maker|singer|actor|"
                      r"actress|presenter|host|producer|composer)[ \t]+of[ \t]+(?:(?:[A-Z][\w'’-]*|and|of|the|in|a)[ \t]+)*\Z")
TITLED_SURNAME = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[ \t]+[A-Z][\w'’-]+"
# A US politician's party and state after the name ("Ruiz (D-Wis.) said").
LABEL = r"(?:\s+\([A-Z][\w.-]{1,10}\))?"
# A run of a source's words up to the punctuation that ends it; a web address's dot does not ("GreatFire.org"),
RUN = unicode_names(r"(?:[^,.;:!?\"“”«»\n]|\.(?=" + WEB_END + r")|"
       r"(?<=[A-Z])\.(?=[A-Z]\.)|(?<=[A-Z]\.[A-Z])\.(?=\s+[a-z]))")  # nor an initialism's ("a U.S. official")
# Plural and collective sources news names without an article ("Officials in Kingston said", "according to police").
GROUP = unicode_names(r"(?:(?:[A-Z]{2,}|" + DEMONYM + r")\s+)?(?:[Oo]fficials|[Pp]olice|[Aa]uthorities|[Rr]esidents|[Ww]itnesses|[Aa]nalysts|[Ee]xperts|[Ss]ources|[Dd]iplomats|"
          r"[Pp]rosecutors|[Ii]nvestigators|[Dd]octors|[Oo]rganisers|[Oo]rganizers|[Ee]conomists|[Ss]cientists|[Rr]escuers|"
          r"[Vv]illagers|[Pp]rotesters|[Ll]eaders|[Ff]irefighters|[Tt]eachers|[Pp]arents|[Ww]orkers)"
          r"(?:\s+(?:in|at|from|for|of|with|close\s+to)\s+" + RUN + r"{1,60}?)?")
GROUP_RE = re.compile(GROUP)
CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July "
                      "August September October November December Tonight".split())  # not May: a surname too
# "a police dispatcher", "The ministry", "a Downing Street spokesman", "the World Health Organization said".
ARTICLE = unicode_names(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree)\s+"
            r"(?=[a-z]|(?:[A-Z][\w'’.&-]*\s+){1,5}(?:[a-z]|(?:" + SAYS + r")\b)|(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*(?:[,.;:!?]|\s*$))")
ARTICLE_RE = re.compile(ARTICLE)
PHRASE = ARTICLE + RUN + r"{1,80}?"
# Any past-tense verb, for attributions whose verb no list holds ("…," Ruiz fumed); irregular ones of retort by name.
ANY_PAST = unicode_names(r"(?:[a-z]{2,}ed|shot|hit|struck|bit|spoke|sang|cried|swore)\b(?:\s+(?:back|out|up))?")
IRREGULAR = r"told|wrote|said|spoke|sent|put|went|took|gave|began|shot|hit|struck|bit|sang|swore|fought|threw|broke"
