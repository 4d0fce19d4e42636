"""Quote suggester: speech inside quotation marks, with the speaker from the attribution.

Conventions:
- The span is the text inside the marks, without the marks and without the comma that hands over to
  the attribution (``"…ties," Wood said`` → ``…ties``). Quotes may run across single line breaks; at a
  blank line an unclosed quote ends there only when the next paragraph opens a quote again (the news
  convention for a quote that runs over paragraphs), otherwise the mark is left alone.
- Marks: straight ``"…"``, curly ``“…”`` and ``‘…’``, guillemets ``«…»`` (and ``»…«``). Single curly
  quotes inside a double-quoted span are not proposed separately (no overlapping suggestions).
- Not speech: one or two words (scare quotes), titles (``film``/``book``/``programme``/``called``
  before, or Title Case words without sentence punctuation).
- ``speaker``: a name or noun phrase before or after the quote with a reporting verb (``…," Robert
  A. Wood said``; ``said Zelenskyy``; ``a spokesperson for the ministry said``); a pronoun (``he
  said``) takes the last named speaker; a quote with no attribution right after an attributed one in
  the next paragraph takes that speaker (lower confidence). Otherwise the speaker is empty.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.speakers import SpeakerIndex, is_role, person_name
from newsmark.core.suggest.suggestion import Suggestion

NAME = "quotes"

_PAIRS = {"“": "”", "«": "»", "»": "«", "„": "“", "‘": "’", '"': '"'}
_OPENERS = re.compile(r"[“«»„‘\"]")
_REOPENS = re.compile(r"\s*[“«»„‘\"]")  # a paragraph that opens with a quotation mark
_SAYS = (r"said|says|say|added|adds|told|tells|wrote|writes|stated|states|declared|insisted|argued|warned|explained|"
         r"noted|asked|replied|continued|claimed|announced|posted|tweeted|condemned|urged|stressed|confirmed|"
         r"denied|commented|remarked|indicated|estimated|recalled|reminded|acknowledged|admitted|suggested|"
         r"predicted|observed|responded|concluded|emphasi[sz]ed|highlighted|cautioned|testified|recounted|"
         r"quipped|joked|shouted|yelled|screamed|exclaimed|whispered|murmured|muttered|mused|boasted|bragged|complained|"
         r"conceded|lamented|pleaded|vowed|countered|retorted|snapped|scoffed|sighed|agreed|reasoned|reflected|maintained|"
         r"contended|asserted|alleged|demanded|proclaimed|reiterated|elaborated|clarified|laughed|assured|wondered|texted|"
         r"emailed|pointed\s+out|went\s+on|explains|notes|recalls|argues|insists|warns|agrees|admits|jokes|continues")
_VERBS = _SAYS + r"|according\s+to"
_ADVERB = r"(?:\s+(?:also|later|then|further|again|earlier|previously|once|had|has|have|would|will))?"
# A name's word: an abbreviation with its dot ("Mr.", "A.", "U.S."), else a word without one ("Bank. He" is two sentences).
_WORD = r"(?>[A-Z][a-z]{0,2}\.|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’-]*+)"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|(?:de|van|von|bin|al-\w+)\b)){{0,5}}+"  # possessive and short: no backtracking into a name
_SENTENCE_OPENERS = {"The", "A", "An", "But", "And", "It", "This", "That", "In", "On", "However", "Later", "Earlier", "Meanwhile",
                     "Still", "Yesterday", "Today", "Also", "Then", "Now", "Asked", "Speaking", "Separately", "Instead"}
# Plural and collective sources news names without an article ("Officials in Kingston said", "according to police").
_GROUP = (r"(?:[Oo]fficials|[Pp]olice|[Aa]uthorities|[Rr]esidents|[Ww]itnesses|[Aa]nalysts|[Ee]xperts|[Ss]ources|[Dd]iplomats|"
          r"[Pp]rosecutors|[Ii]nvestigators|[Dd]octors|[Oo]rganisers|[Oo]rganizers|[Ee]conomists|[Ss]cientists|[Rr]escuers|"
          r"[Vv]illagers|[Pp]rotesters|[Ll]eaders|[Ff]irefighters|[Tt]eachers|[Pp]arents|[Ww]orkers)"
          r"(?:\s+(?:in|at|from|for|of|with|close\s+to)\s+[^,.;:!?\"“”«»\n]{1,60}?)?")
_GROUP_RE = re.compile(_GROUP)
_PRONOUNS = {"he", "she", "they", "i", "we", "it"}
# "a police dispatcher", "The ministry", "a Downing Street spokesman", "the World Health Organization said".
_ARTICLE = (r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree)\s+"
            r"(?=[a-z]|(?:[A-Z][\w'’.&-]*\s+){1,5}(?:[a-z]|(?:" + _SAYS + r")\b))")
_ARTICLE_RE = re.compile(_ARTICLE)
_PHRASE = _ARTICLE + r"[^,.;:!?\"“”«»\n]{1,80}?"
# After the verb an unnamed source runs to the punctuation ("said a spokeswoman for the Home Office.").
_AFTER_VERB_FIRST = re.compile(rf"^,?\s*(?:{_VERBS})\s+(?P<who>{_GROUP}(?=[,.;:!?]|\s*$)|{_NAME}|{_ARTICLE}[^,.;:!?\"“”«»\n]{{1,80}}(?=[,.;:!?]|\s*$)|"
                               rf"{_PHRASE}(?=[,.;:\s]|$)|he|she|they)")
# What follows an unnamed source is no part of it: "a spokesperson said on Tuesday", "said in a statement".
_SOURCE_TAIL = re.compile(r"\s+(?:on|last|this|late|early|yesterday|today|earlier|in\s+an?\s+(?:statement|interview|email|"
                          r"e-mail|post|letter|press\s+release|video|briefing))\b.*$")
_APPOSITION = re.compile(r"^(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*)\s+){1,4}[A-Z][\w'’-]*$")
# A described name after the verb: "said Unite general secretary Sharon Graham", "said protester Maria Alvarez, 34,".
_DESCRIBED = re.compile(rf"^,?\s*(?:{_SAYS})\s+(?:{_NAME}\s+)?(?P<desc>(?:[a-z][\w-]*\s+){{1,3}})(?P<who>{_NAME})(?=\s*[,.;:!?]|\s*$)")
_NOT_DESCRIPTIONS = frozenset("on in at to by for from of with that this the a an last next and or but as after before during "
                              "when while if then later earlier told who whose which is was".split())
_AFTER_WHO_FIRST = re.compile(
    rf"^,?\s*(?P<who>{_GROUP}|{_NAME}|{_PHRASE}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?:,(?P<aside>[^\"“”«»\n]{{0,160}}?),)?,?{_ADVERB}\s+(?:{_SAYS})\b")
_BEFORE = re.compile(rf"(?<![\w'’-])(?P<who>{_GROUP}|{_NAME}|{_PHRASE}|[Hh]e|[Ss]he|[Tt]hey)(?:,(?P<aside>[^\"“”«»\n]{{0,160}}?),)?,?{_ADVERB}\s+"
                     rf"(?:{_SAYS})(?:\s+\w+){{0,3}}\s*[:,]?\s*$")
# The whole-text scan uses plain words (faster); person_name() drops words before a full stop inside one.
_SCAN_NAME = r"[A-Z][\w'’-]*+\.?(?:\s+(?:[A-Z][\w'’-]*+\.?|(?:de|van|von|bin|al-\w+)\b)){0,5}+"
_MENTION = re.compile(rf"(?P<who>{_SCAN_NAME})(?:,[^\"“”«»\n]{{0,160}}?,)?,?{_ADVERB}\s+(?:{_SAYS})\b")
_SUBJECT = re.compile(rf"(?P<who>{_NAME}|[Hh]e|[Ss]he)(?:,[^\"“”«»\n]{{0,160}}?,)?,?{_ADVERB}\s+(?:{_SAYS})\b")
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\b[A-Z])[.!?]\s")
_SOURCE = re.compile(rf"\baccording\s+to\s+(?P<who>{_NAME})")
_ACCORDING_BEFORE = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_NAME}|{_GROUP}|{_ARTICLE}[^,.;:!?\"“”«»\n]{{1,80}}?)\s*,?\s*$")
# A sentence's subject: capitalised words (a role and a name) at its start before a lower-case verb ("Joe Biden called").
_SUBJECT_NAME = re.compile(rf"^\s*(?:(?:In|At|On|From|After|Later|Earlier|Meanwhile)\b[^,]{{0,40}},\s*)?(?P<who>{_NAME})"
                           rf"(?:,[^\"“”«»\n]{{0,160}}?,)?\s+(?=[a-z])")
_TITLE_CUE = re.compile(r"\b(?:film|movie|book|novel|programme|program|show|series|song|album|titled|entitled|called|"
                        r"dubbed|named|so-called|headline|hashtag|slogan|report)\s*$", re.IGNORECASE)
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is"}
_ROLE_WORDS = re.compile(r"^(?:(?:US|UN|Deputy|Defence|Defense|Foreign|Prime|Secretary|Minister|President|Chancellor|"
                         r"General|Gen\.|Spokesman|Spokeswoman|Spokesperson|Ambassador|Senator|Sen\.|Rep\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+")


def _find_close(text: str, open_at: int, close: str) -> tuple[int, int] | None:
    """Where the quote opened at ``open_at`` ends: (content end, index after the closing mark), or None."""
    i = open_at + 1
    while True:
        j = text.find(close, i)
        brk = text.find("\n\n", i)
        if brk != -1 and (j == -1 or brk < j):
            if _REOPENS.match(text, brk):  # the quote runs on into a paragraph that opens a quote again
                return brk, brk
            return None
        if j == -1:
            return None
        if close == "’" and (j + 1 < len(text) and text[j + 1].isalpha()):
            i = j + 1  # an apostrophe (Ukraine’s), not a closing mark
            continue
        return j, j + 1


def _is_speech(content: str, before: str) -> bool:
    """True unless the quoted text is a scare quote (one or two words) or a title."""
    words = content.split()
    if len(words) <= 2 or _TITLE_CUE.search(before):
        return False
    if content.rstrip()[-1:] in ".?!,…":
        return True
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return not (len(words) <= 8 and all(w[:1].isupper() for w in big))


def _who(m: re.Match) -> str:
    """The speaker an attribution match names: a name in apposition to a role ("the chief executive, Dr Amina Shah,")."""
    aside = (m.groupdict().get("aside") or "").strip()
    if m.group("who")[:1].islower() or m.group("who").split()[0] in {"The", "A", "An"}:
        if _APPOSITION.match(aside) and person_name(aside):
            return _clean(aside)
    return _clean(m.group("who"))


def _clean(who: str) -> str:
    """A speaker as written, without leading role words (``Defence Secretary Lloyd Austin`` stays a name)."""
    who = " ".join(who.split()).rstrip(".,")
    if _organisation(who):
        return who.split(" ", 1)[1]
    if _ARTICLE_RE.match(who) or _GROUP_RE.fullmatch(who):  # unnamed: "The ministry said" → "the ministry", less what follows
        return _SOURCE_TAIL.sub("", who[:1].lower() + who[1:])
    stripped = _ROLE_WORDS.sub("", who)
    return stripped if stripped and stripped[:1].isupper() else who


def _organisation(who: str) -> bool:
    """Whether ``who`` is "the" and a capitalised name that is no role: an organisation, named without the article."""
    words = who.split()
    return (len(words) >= 2 and words[0] in {"The", "the"} and all(w[:1].isupper() for w in words[1:])
            and not is_role(words[-1]))


def _speaker_like(who: str) -> bool:
    """False for a sentence adverb or opener caught in the name slot ("Normally, …", "Meanwhile")."""
    first = who.split()[0] if who else ""
    if _ARTICLE_RE.match(who) or _organisation(who):
        return True  # "The ministry", "The World Bank": a source, not a sentence opener
    return bool(who) and first not in _SENTENCE_OPENERS and not (" " not in who and first.endswith("ly"))


def _attribution(text: str, open_at: int, after: int) -> str:
    """The speaker phrase attributed around a quote, or ``""``."""
    tail = text[after:after + 200].split("\n", 1)[0]
    described = _DESCRIBED.match(tail)
    if described and not _NOT_DESCRIPTIONS.intersection(described.group("desc").split()):
        return _clean(described.group("who"))
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
        m = pattern.match(tail)
        if m and _speaker_like(m.group("who")):
            return _who(m)
    line_start = text.rfind("\n", 0, open_at) + 1
    head = text[max(line_start, open_at - 200):open_at]
    head = re.split(r"[.!?]\s+(?=[A-Z])", head)[-1]
    m = _ACCORDING_BEFORE.search(head) if "ccording" in head else None
    if m:
        return _clean(m.group("who"))
    pos = 0
    while (m := _BEFORE.search(head, pos)) is not None:
        if _speaker_like(m.group("who")):
            return _who(m)
        pos = m.start() + 1  # "Later, Maria Gomez, a nurse, warned": not the opener, the name after it
    return _in_sentence(head, tail)


def _in_sentence(head: str, tail: str) -> str:
    """The subject of a reporting verb elsewhere in the quote's sentence ("X told NBC the toll "looks like…"")."""
    for m in reversed(list(_SUBJECT.finditer(head))):
        if _speaker_like(m.group("who")):
            return _clean(m.group("who"))
    tail = _SENTENCE_END.split(tail, maxsplit=1)[0]
    m = _SOURCE.search(tail) or _SUBJECT.search(tail)
    if m and _speaker_like(m.group("who")):
        return _clean(m.group("who"))
    return _subject(head)


def _subject(sentence: str) -> str:
    """The person a sentence opens with ("Joe Biden, speaking in Delaware, called the bill …"), or ``""``."""
    m = _SUBJECT_NAME.match(sentence)
    if not m:
        return ""
    name = person_name(_clean(m.group("who")))
    return name if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) else ""


def _previous_subject(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the person the sentence before offset ``at`` opens with, for a pronoun in the next one."""
    line_start = text.rfind("\n", 0, at) + 1
    window = text[max(0, at - 400):at + 1]  # with the opening mark: a sentence ends before it
    base = max(0, at - 400)
    stops = [m.end() for m in re.finditer(r"[.!?][”\"’]?\s+(?=[A-Z“\"])|\n\s*", window)]
    if len(stops) < 2:
        return (-1, "")
    start = base + stops[-2]
    who = _subject(text[start:base + stops[-1]]) if start >= line_start - 400 else ""
    return (start, who) if who else (-1, "")


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, after close) of every quoted stretch, outermost first, no overlaps."""
    found, taken_to = [], 0
    for m in _OPENERS.finditer(text):
        at = m.start()
        if at < taken_to:
            continue
        mark = m.group()
        if mark in "‘\"" and at and (text[at - 1].isalnum()):
            continue  # an apostrophe or inch mark, not an opening quote
        closed = _find_close(text, at, _PAIRS[mark])
        if closed is None:
            continue
        end, after = closed
        found.append((at, at + 1, end, after))
        taken_to = after
    return found


def _named_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every capitalised name that is the source of a reporting verb, in text order."""
    mentions = []
    # Two scans, not one alternation: "according to" has a literal prefix the engine jumps to.
    found = sorted([*_mention_matches(text), *_SOURCE.finditer(text)], key=lambda m: m.start())
    for m in found:
        who = _clean(m.group("who"))
        name = person_name(who)
        if who.lower() not in _PRONOUNS and _speaker_like(who) and name and not is_role(name.split()[-1]):
            mentions.append((m.start(), who))  # not "the Conservative MP said": a role is no name to resolve to
    return mentions


def _mention_matches(text: str) -> list[re.Match]:
    """Every match of a name before a reporting verb; after a sentence opener, the name that follows it.

    "Yesterday, Dr Ann Lee, a chemist, said": the opener takes the name slot and the name the aside, so
    the scan starts again just after the opener.
    """
    found, pos = [], 0
    while (m := _MENTION.search(text, pos)) is not None:
        found.append(m)
        pos = m.end("who") if not _speaker_like(_clean(m.group("who"))) else m.end()
    return found


def _last_before(mentions: list[tuple[int, str]], at: int) -> tuple[int, str]:
    """The last mention before offset ``at``, or (-1, "")."""
    i = bisect.bisect_left(mentions, (at, "")) - 1
    return mentions[i] if i >= 0 else (-1, "")


def suggest_quotes(text: str) -> list[Suggestion]:
    """Every quotation that reads as speech, with its speaker where the attribution names one."""
    found: list[Suggestion] = []
    mentions = _named_mentions(text)
    people = SpeakerIndex(text)
    last_named = (-1, "")  # (offset, name) of the last quote attributed to a name
    previous = None  # (speaker, index after the closing mark) of the last quote kept
    for at, start, end, after in _spans(text):
        content_end = end
        while content_end > start and text[content_end - 1] in " \t\n,":
            content_end -= 1
        while start < content_end and text[start].isspace():
            start += 1
        content = text[start:content_end]
        if not content or not _is_speech(content, text[max(0, at - 30):at]):
            continue
        who = _attribution(text, at, after)
        confidence = 0.95 if who else (0.8 if len(content.split()) >= 6 else 0.5)
        if who and who.lower() not in _PRONOUNS:
            resolved = people.resolve(who, at)
            who = "he" if resolved is None else resolved  # a role nobody was introduced with: as "he said"
        if who.lower() in _PRONOUNS:
            source = max(last_named, _last_before(mentions, at), _previous_subject(text, at))
            who, confidence = people.resolve(source[1], at) or "", 0.85
        elif who[:1].isupper():
            last_named = (at, who)
        elif not who and previous and previous[0] and text[previous[1]:at].count("\n\n") <= 1:
            who, confidence = previous[0], 0.75  # a quote paragraph right after an attributed one: same speaker
        elif not who:
            # News gives every quote a source: an unattributed one is the last named speaker's, less surely.
            who, confidence = people.resolve(max(last_named, _last_before(mentions, at))[1], at) or "", 0.6
        found.append(Suggestion("quote", start, content_end, {"speaker": who}, confidence, NAME))
        previous = (who, after)
    return found
