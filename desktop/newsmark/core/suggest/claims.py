"""Claim suggester: assertions a source makes, found by their cues in the article's body sentences.

Conventions (what an accepted suggestion will look like):
- The span is the claim clause itself. The source, the reporting verb, ``that`` and ``according to``
  stay outside it, as the speaker stays outside a quote: ``Officials said that the bridge was hit.``
  → ``the bridge was hit``. The sentence's closing punctuation is left out.
- Cues, strongest first (the confidence says which one fired):
  a reporting verb + ``that`` (``claimed``/``insisted``/``estimated … that`` 0.85, ``said``/``told
  reporters … that`` 0.8, a noun such as ``claims that`` 0.6); ``According to Y, …`` and ``…,
  according to Y.`` 0.85 (mid-sentence ``X, according to Y, Z``: the whole sentence, 0.6); ``Y puts
  the figure at …`` 0.75; ``…, officials said.`` 0.7; ``X estimated a total of … are …`` (a reporting
  verb and a clause without ``that``) 0.55. A clause under five words loses 0.1.
- A clause ends at the sentence's end, a semicolon, a dash, ``, while``/``, but``/``, whereas``, and
  ``, according to``; ``said that A and that B`` gives two claims.
- ``that`` that is not a complementizer is no cue: ``said that day``, ``said that was wrong``, ``that's``.
- Never headings, captions or credits (see ``sentences``), and never text in quotation marks unless it
  is a reported ``that`` clause (``said that "…"``): quoted speech is the quote suggester's.
- Attributes: none by default. The default tag set's claim has only ``status``, which stays unset so
  its default (``unverified``) applies on accept. ``suggest_claims(text, source_attribute="source")``
  also fills that attribute with the source as written (``Seoul and its allies``, ``he``; empty
  for ``It was reported that``), for a tag set whose claim tag has such an attribute.
- Suggestions never overlap: where two cues cover the same words the stronger one is kept.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.sentences import body_sentences
from newsmark.core.suggest.suggestion import Suggestion

NAME = "claims"

_STRONG = ("claimed|claims|claim|alleged|alleges|allege|insisted|insists|insist|argued|argues|argue|asserted|asserts|"
           "maintained|maintains|maintain|contended|contends|estimated|estimates|estimate|concluded|concludes|"
           "believes|believe|believed|predicted|predicts|denied|denies|deny|claiming|alleging|insisting|arguing|"
           "asserting|maintaining|estimating|denying")
_MEDIUM = ("said|says|say|told|tells|tell|stated|states|added|adds|announced|announces|reported|reports|noted|notes|"
           "confirmed|confirms|declared|declares|wrote|writes|explained|explains|stressed|stresses|emphasi[sz]ed|"
           "reiterated|indicated|indicates|revealed|reveals|disclosed|testified|posted|tweeted|assured|informed|"
           "reminded|signall?ed|hinted|agreed|agrees|recalled|complained|repeated|thinks|think|thought|found|finds|"
           "suggested|suggests|acknowledged|acknowledges|admitted|admits|conceded|warned|warns|showed|shows|show|saying|"
           "adding|noting|stating|warning|telling|suggesting|stressing|announcing|confirming|reporting")
_THAT = re.compile(rf"(?<![\w'’-])(?P<verb>{_STRONG}|{_MEDIUM})(?P<mid>(?:[ \t\n,]+(?!that\b)[\w'’.$%-]+){{0,8}}?)"
                   rf"[ \t\n,]+that\b")
_STRONG_SET = frozenset(_STRONG.split("|"))
_OBJECT_VERBS = frozenset("told tells tell telling assured informed reminded warned warns warning".split())
_MID_STARTS = frozenset(
    "on in at during after before to with via through over late last this earlier yesterday today tonight again also "
    "previously repeatedly publicly privately recently already later now still once falsely wrongly initially "
    "separately further even long first monday tuesday wednesday thursday friday saturday sunday".split())
_DETERMINERS = frozenset("the a an these those his her its their our such any new no".split())
_AUXILIARIES = frozenset(
    "is was were are be been being am would will could can should might may must had has have did does do isn't "
    "wasn't weren't aren't won't wouldn't couldn't".split())
_NOT_A_CLAUSE = _AUXILIARIES | frozenset(
    "day week month year morning afternoon evening night time weekend moment summer winter spring autumn era "
    "period point much many one kind sort way".split())
_FIRST_WORD = re.compile(r"[ \t\n]*,?[ \t\n]*([\w'’]+)")
_CUT = re.compile(r"[ \t\n]*(?:;|,[ \t\n]+(?:while|whereas|but|although|though|even as|according to)\b"
                  r"|,[ \t\n]+(?:he|she|they|it|we|I)[ \t\n]+(?:said|says|added|told|wrote)\b|[ \t\n]+[—–][ \t\n])")
_AND_THAT = re.compile(r",?[ \t\n]+(?:and|but|or)[ \t\n]+that[ \t\n]+")
_ACCORDING_FIRST = re.compile(r"According[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?),[ \t\n]*")
_ACCORDING_END = re.compile(r",[ \t\n]+according[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?)[ \t\n]*"
                            r"(?:,[ \t\n]+(?:which|who|whose|a|an)\b.*)?[.!?…]?$", re.S)
_ACCORDING_MID = re.compile(r",[ \t\n]+according[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?),")
_APPOSITION = re.compile(r"((?:the|a|an)[ \t\n][^,;]{2,100}),[ \t\n]+(?=\S+[ \t\n]+\S+[ \t\n]+\S)")
_NOT_SOURCES = re.compile(r"(?:the\s+)?(?:plan|schedule|rules|law|protocol|tradition|custom|procedure)\b", re.I)
_PUTS = re.compile(
    r"(?<![\w'’-])(?:puts?|putting|placed|places|place|pegged|pegs|estimated|estimates|estimate|set|sets)[ \t\n]+"
    r"(?P<claim>(?:the|its|their|a|his|her)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:number|figure|toll|total|count|tally|"
    r"cost|costs|losses|casualties|estimate|bill|damage)\b[^.;]{0,120}?\b(?:at|to|near|around)\b)")
_END_VERBS = (r"said|says|claimed|claims|alleged|estimated|estimates|reported|reports|added|argued|insisted|warned|"
              r"believes|believe|maintained|stated|wrote|noted|confirmed|announced|told[ \t\n]+\w+(?:[ \t\n]+\w+){0,2}")
_END_ATTRIBUTION = re.compile(
    rf",[ \t\n]+(?:(?P<source>[^,\"“”«»]{{2,80}}?)[ \t\n]+(?:has[ \t\n]+|have[ \t\n]+)?(?:{_END_VERBS})"
    rf"|(?:said|says|claimed|added|wrote)[ \t\n]+(?P<source2>[^,\"“”«»]{{2,80}}?))"
    r"(?:[ \t\n]+(?:on|in|at|last|this|during|late|earlier)\b[^,.;]{0,40})?[.!?…]?$")
_PUTS_HINTS = ("number", "figure", "toll", "total", "count", "tally", "cost", "loss", "casualt", "estimate", "bill",
               "damage")
_WITHOUT_THAT_HINTS = ("said", "says", "claim", "estimat", "believ", "insist", "argue", "alleg", "maintain", "report",
                       "conclud", "think", "warn", "admit", "acknowledg")
_NOT_SUBJECT_STARTS = frozenset("where which who whom when as because and but while if that so than".split())
_WITHOUT_THAT = re.compile(
    r"(?<![\w'’-])(?:said|says|claimed|claims|estimated|estimates|estimate|believes|believe|believed|insisted|insists|"
    r"argued|argues|alleged|alleges|maintained|maintains|reported|reports|concluded|thinks|think|warned|warns|"
    r"admitted|acknowledged)(?:[ \t\n]+(?:on|late|early|last|this|earlier|on[ \t\n]+\w+)?[ \t\n]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|week|month|year|night|morning|evening),?)?"
    r"[ \t\n]+(?=(?P<first>[\w'’$€£]+))")
_CLAUSE_STARTS = frozenset(
    "the a an its his her their our some about around more at nearly almost up over there it they he she we i this "
    "these those no only".split())
_NOT_AFTER_VERB = frozenset(
    "that on in at to last this earlier yesterday today with during after before by for of from as".split())
_PRONOUN_SOURCES = frozenset("it there".split())
_AUX_TAIL = re.compile(r"(?:[ \t\n]+(?:has|have|had|also|would|will|is|are|was|were|been|being|did|does|do|not|never|"
                       r"long|later|previously|repeatedly|again|already|now|then|once|[a-z]+ly))+[ \t\n]*$")
_SUBJECT_CUT = re.compile(r"(?:[;:—–]|\b(?:while|whereas|because|although|but|after|when|since|if)\b)[ \t\n]*")
_TRAILING = ".!?…,;: \t\n"


class _Quoted:
    """Fast membership of positions in the article's quoted stretches."""

    def __init__(self, stretches: list[tuple[int, int]]):
        self.stretches = sorted(stretches)
        self.starts = [s for s, _ in self.stretches]

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks (the marks included)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.stretches[i][0] <= pos < self.stretches[i][1]

    def share(self, start: int, end: int) -> float:
        """The fraction of ``[start, end)`` inside quotation marks."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        inside = 0
        while i < len(self.stretches) and self.stretches[i][0] < end:
            s, e = self.stretches[i]
            inside += max(0, min(e, end) - max(s, start))
            i += 1
        return inside / max(1, end - start)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` cut at the first clause boundary and trimmed of spaces and closing punctuation."""
    cut = _CUT.search(text, start, end)
    if cut:
        end = cut.start()
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and closing punctuation at its end."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _source(text: str, start: int, verb_at: int) -> str:
    """The subject written before a reporting verb, as best a pattern can tell (may be a pronoun or empty)."""
    prefix = _AUX_TAIL.sub("", " " + text[start:verb_at]).strip()
    if prefix.endswith(","):
        pieces = prefix.split(", ")
        prefix = pieces[-3] if len(pieces) >= 3 else pieces[0].rstrip(",")  # "Wood, the Deputy Ambassador, said"
    else:
        prefix = prefix.rsplit(", ", 1)[-1]
    cuts = list(_SUBJECT_CUT.finditer(prefix))
    if cuts:
        prefix = prefix[cuts[-1].end():]
    words = prefix.split()[-12:]
    source = " ".join(words).strip("\"“”«»‘’ ")
    return "" if source.lower() in _PRONOUN_SOURCES else source


def _is_clause(text: str, start: int) -> bool:
    """Whether ``that`` at ``start`` opens a clause (not ``that day``, ``that was``, ``that's``)."""
    if text[start:start + 1] in "'’":
        return False
    m = _FIRST_WORD.match(text, start)
    return bool(m) and m.group(1).lower() not in _NOT_A_CLAUSE


def _mid_ok(verb: str, mid: str) -> bool:
    """Whether the words between a reporting verb and ``that`` are an adverbial or an addressee."""
    words = re.findall(r"[\w'’.$%-]+", mid)
    if not words:
        return True
    if any(w.lower() in _AUXILIARIES for w in words):
        return False
    first = words[0].lower()
    return first in _MID_STARTS or first.endswith("ly") or (verb.lower() in _OBJECT_VERBS and len(words) <= 6)


def _that_claims(text: str, s: int, e: int, quoted: _Quoted, found: list) -> None:
    """Claims after a reporting verb + ``that``; ``A and that B`` gives one claim each."""
    if "that" not in text[s:e]:
        return  # most sentences: a substring test is far cheaper than the cue's regex
    for m in _THAT.finditer(text, s, e):
        verb = m.group("verb")
        if quoted.covers(m.start()) or not _mid_ok(verb, m.group("mid")) or not _is_clause(text, m.end()):
            continue
        before = text[max(s, m.start() - 12):m.start()].split()
        noun = bool(before) and before[-1].lower() in _DETERMINERS
        confidence = 0.6 if noun else (0.85 if verb.lower() in _STRONG_SET else 0.8)
        source = "" if noun or verb.endswith("ing") else _source(text, s, m.start())  # "by claiming that": no subject
        start, end = _clause(text, m.end(), e)
        pieces, at = [], start
        for part in _AND_THAT.finditer(text, start, end):
            if _is_clause(text, part.end()):
                pieces.append((at, part.start()))
                at = part.end()
        pieces.append((at, end))
        for a, b in pieces:
            found.append((a, b, confidence, source, True))


def _after_apposition(text: str, start: int, end: int) -> int:
    """Where the claim starts after ``According to Y,``: past an apposition (``the photographer who took it,``)."""
    m = _APPOSITION.match(text, start, end)
    if m is None:
        return start
    words = [w.lower() for w in m.group(1).split()]
    is_clause = any(w in _AUXILIARIES or (len(w) > 4 and w.endswith("ed")) for w in words)
    return m.end() if not is_clause or {"who", "which", "whose"} & set(words) else start


def _according_claims(text: str, s: int, e: int, quoted: _Quoted, found: list) -> None:
    """``According to Y, …``, ``…, according to Y.`` and (the whole sentence) ``X, according to Y, Z``."""
    sentence = text[s:e]
    if "ccording to" not in sentence:
        return
    first = _ACCORDING_FIRST.match(sentence)
    if first and not _NOT_SOURCES.match(first.group("source")):
        named = first.group("source")[:1].isupper()  # "According to Lynsey Addario, the photographer who …,"
        start, end = _clause(text, _after_apposition(text, s + first.end(), e) if named else s + first.end(), e)
        found.append((start, end, 0.85, first.group("source").strip(), False))
        return
    last = _ACCORDING_END.search(sentence)
    if last and not _NOT_SOURCES.match(last.group("source")) and not quoted.covers(s + last.start()):
        start, end = _clause(text, s, s + last.start())
        found.append((start, end, 0.85, last.group("source").strip(), False))
        return
    middle = _ACCORDING_MID.search(sentence)
    if middle and not _NOT_SOURCES.match(middle.group("source")) and not quoted.covers(s + middle.start()):
        found.append((*_trimmed(text, s, e), 0.6, middle.group("source").strip(), False))


def _other_claims(text: str, s: int, e: int, quoted: _Quoted, found: list) -> None:
    """``Y puts the figure at …``, ``…, officials said.`` and a reporting verb followed by a clause without ``that``."""
    sentence = text[s:e]
    for m in _PUTS.finditer(text, s, e) if any(k in sentence for k in _PUTS_HINTS) else ():
        if not quoted.covers(m.start()):
            start, end = _clause(text, m.start("claim"), e)
            found.append((start, end, 0.75, _source(text, s, m.start()), False))
    tail = max(0, len(sentence) - 200)  # an end attribution is short: only the sentence's tail is searched
    end_attr = _END_ATTRIBUTION.search(sentence, tail)
    if end_attr:
        who = (end_attr.group("source") or end_attr.group("source2") or "").strip()
        words = who.split()
        if 0 < len(words) <= 8 and words[0].lower() not in _NOT_SUBJECT_STARTS:
            start, end = _clause(text, s, s + end_attr.start())
            found.append((start, end, 0.7, who, False))
    for m in _WITHOUT_THAT.finditer(text, s, e) if any(k in sentence for k in _WITHOUT_THAT_HINTS) else ():
        first = m.group("first")
        before = text[s:m.start()].rstrip()
        if not before or before.endswith(",") or quoted.covers(m.start()) or first.lower() in _NOT_AFTER_VERB:
            continue
        if first.lower() not in _CLAUSE_STARTS and not first[0].isupper() and not first[0].isdigit():
            continue
        start, end = _clause(text, m.end(), e)
        words = text[start:end].split()
        if first[0].isupper() and first.lower() not in _CLAUSE_STARTS and (len(words) < 2 or words[0].endswith(",")):
            continue  # "said Zelenskyy, who …": an attribution, not a clause
        head = [w.strip(",;:").lower() for w in words[1:15]]
        if any(w in _AUXILIARIES or (len(w) > 4 and w.endswith("ed")) for w in head):
            found.append((start, end, 0.55, _source(text, s, m.start()), False))


def find_claims(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, confidence, source) of every claim in the body text, in text order, never overlapping."""
    body = body_sentences(text)
    quoted = _Quoted(body.quoted)
    kept: list[tuple[int, int, float, str]] = []
    for s, e in body.sentences:
        candidates: list[tuple[int, int, float, str]] = []
        found: list[tuple[int, int, float, str, bool]] = []
        _that_claims(text, s, e, quoted, found)
        _according_claims(text, s, e, quoted, found)
        _other_claims(text, s, e, quoted, found)
        for start, end, confidence, source, reported in found:
            if end <= start or not any(ch.isalpha() for ch in text[start:end]):
                continue
            if not reported and (text[start] in "\"“«‘" or quoted.share(start, end) > 0.5):
                continue  # quoted speech with an attribution: the quote suggester's
            words = len(text[start:end].split())
            if words < 3:
                continue
            candidates.append((start, end, round(confidence - (0.1 if words < 5 else 0.0), 2), source))
        chosen: list[tuple[int, int, float, str]] = []  # claims never cross a sentence: overlaps are settled within it
        for cand in sorted(candidates, key=lambda c: (-c[2], c[0], -(c[1] - c[0]))):
            if all(cand[1] <= k[0] or k[1] <= cand[0] for k in chosen):
                chosen.append(cand)
        kept.extend(sorted(chosen))
    return kept


def suggest_claims(text: str, source_attribute: str = "") -> list[Suggestion]:
    """Every claim in the body text; ``source_attribute`` names an attribute to fill with the claim's source."""
    return [
        Suggestion("claim", start, end, {source_attribute: source} if source_attribute else {}, confidence, NAME)
        for start, end, confidence, source in find_claims(text)
    ]
