"""Claim suggester: assertions a source makes, found by their cues in the article's body sentences.

Conventions (what an accepted suggestion will look like):
- The span is the claim clause itself. The source, the reporting verb, ``that`` and ``according to``
  stay outside it, as the speaker stays outside a quote: ``Officials said that the bridge was hit.``
  → ``the bridge was hit``. The sentence's closing punctuation is left out.
- Cues, strongest first (the confidence says which one fired): a reporting verb in any form (see
  ``reportverbs``: ``claimed``, ``denies``, ``countered``, ``learnt``, ``understands``, ``related`` …)
  + ``that``, with adverbs, time phrases or the person told between (``said backstage that``,
  ``argued as recently as 2015 that``, ``told reporters that``): strong verbs 0.85, others 0.8, a
  noun such as ``claims that`` 0.6; ``According to Y, …`` and ``…, according to Y.`` 0.85 (also
  without the comma; mid-sentence ``X, according to Y, Z``: the whole sentence, 0.6); ``…, as
  confirmed by Y.`` 0.8; ``Y puts the figure at …`` 0.75; ``Information reaching Y is that …`` 0.75;
  an attribution after the claim (``…, officials said.``, ``…, X has learnt.``, ``…, X announced
  Tuesday, as …``, ``…, said X, an adviser.``, ``…, warns X as …``) 0.7; a parenthetical one
  (``The issue, Lee notes, matters …``: the whole sentence) 0.6; a reporting verb and a clause
  without ``that`` (``Officials say burials are …``, ``told KXAN it's a win``, ``…, saying he could
  not …``; see ``bareclauses``) 0.55. A clause under five words loses 0.1. A particle may stand for the
  verb (``made clear that``, ``fired back that``); ``A, police said, and B`` and ``A, X said: B`` give A
  and B, ``X reports: B`` gives B (0.7).
- A clause ends at the sentence's end, a semicolon, a dash, ``, while``/``, but``/``, whereas``,
  ``, according to``, ``, adding``/``, saying`` …, and a second verb of the source's (``and said``,
  ``, and he reiterated``); ``said that A and that B`` gives two claims. A clause that ends in a
  quotation whose stop sits inside the marks ends before the stop (``…“not in the past``).
- ``that`` that is not a complementizer is no cue: ``said that day``, ``said that was wrong``, ``that's``,
  ``in an interview with a paper that published …``; nor is a clause left unsaid (``failed to mention that``).
  A passive without a source is no claim (``It is believed that …``).
- Never headings, captions or credits (see ``sentences``), and never text in quotation marks unless it
  is reported speech that opens in the narrator's words (``said that "…"``, ``Lee said it was "…"``):
  quoted speech is the quote suggester's.
- Attributes: ``source``, who asserts the claim, named as a quote's speaker is (see ``claimnames``:
  ``Lavrov said that`` → ``Sergei Lavrov``, ``he said that`` → the person last named, ``according to
  the World Bank`` → ``World Bank``, ``officials said that`` → ``officials``). ``status`` stays unset so
  its default (``unverified``) applies on accept; a project whose claim tag has no ``source`` drops it.
- Suggestions overlap only when a reported clause with a source of its own nests in another
  (``reported that a DEA complaint said [Y]``); elsewhere the stronger of two cues is kept.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.gcpause import collector_paused
from newsmark.core.suggest.claimnames import ClaimSources
from newsmark.core.suggest.claimsources import attributed_claims
from newsmark.core.suggest.bareclauses import bare_claims
from newsmark.core.suggest.clausebounds import and_that_pieces, dashed_that, opens_clause, sentence_clause
from newsmark.core.suggest.clausebounds import clause as _clause
from newsmark.core.suggest.clausebounds import trimmed as _trimmed
from newsmark.core.suggest.reportverbs import (FORMS, IRREGULAR_PAST, NOUN_CUES, OBJECT_VERBS, PHRASAL, STRONG,
                                               UNSAID_BEFORE_TO)
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.sentences import body_sentences
from newsmark.core.suggest.suggestion import Suggestion

NAME = "claims"

_THAT_WORD = re.compile(r"that(?<![\w'’-]that)\b")  # the word before its look-behind: re jumps to "that"
_MID_TOKEN = re.compile(r"[\w'’.$%-]+")
_NEAR = 90  # code points before "that" tokenised first: ten whole words or more most times, not the whole window
_PASSIVE_IT = re.compile(r"(?:\b[Ii]t|\bwas|\bis)[ \t\n]+(?:is|was|has[ \t\n]+been|had[ \t\n]+been|is[ \t\n]+being|"
                         r"will[ \t\n]+be|would[ \t\n]+be|can[ \t\n]+be|may[ \t\n]+be)"
                         r"(?:[ \t\n]+\w+ly)?[ \t\n]*$")
_MID_STARTS = frozenset(
    "on in at during after before to with via through over late last this earlier yesterday today tonight again also "
    "previously repeatedly publicly privately recently already later now still once falsely wrongly initially "
    "separately further even long first as for too backstage out monday tuesday wednesday thursday friday saturday sunday".split())
_DETERMINERS = frozenset("the a an these those his her its their our such any new no".split())
_AUXILIARIES = frozenset(
    "is was were are be been being am would will could can should might may must had has have did does do isn't "
    "wasn't weren't aren't won't wouldn't couldn't".split())
_FIRST_WORD = re.compile(r"[ \t\n]*,?[ \t\n]*[“\"‘«]?([\w'’]+)")
_ACCORDING_FIRST = re.compile(r"(?:(?:But|And|Yet|So|However|Meanwhile|Now|Still),?[ \t\n]+)?[Aa]ccording[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?),[ \t\n]*")
_ACCORDING_END = re.compile(r"(?P<comma>,[”\"’]?|[”\"’])?[ \t\n]+according[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?)[ \t\n]*"
                            r"(?:,[ \t\n]+(?:which|who|whose|a|an)\b.*)?[.!?…]?$", re.S)
_ACCORDING_MID = re.compile(r",[ \t\n]+according[ \t\n]+to[ \t\n]+(?P<source>[^,;]{2,120}?),")
_APPOSITION = re.compile(r"((?:the|a|an)[ \t\n][^,;]{2,100}),[ \t\n]+(?=\S+[ \t\n]+\S+[ \t\n]+\S)")
_SOURCE_LIKE = re.compile(r"(?:the[ \t\n]+)?(?:[A-Z]|(?:\w+[ \t\n]+)?(?:officials|police|authorities|sources|reports?|"
                          r"data|figures|estimates|experts|witnesses|residents|investigators|prosecutors|analysts|"
                          r"researchers|scientists|documents|records|statements?|a[ \t\n]+(?:statement|report))\b)")
_NOT_SOURCES = re.compile(r"(?:the\s+)?(?:plan|schedule|rules|law|protocol|tradition|custom|procedure)\b", re.I)
_PUTS = re.compile(
    # each verb's first letter, then the look-behind: the engine jumps to those letters (a leading one defeats it)
    r"(?:p(?<![\w'’-]p)(?:uts?|utting|laced|laces|lace|egged|egs)|e(?<![\w'’-]e)stimat(?:ed|es|e)|s(?<![\w'’-]s)ets?)[ \t\n]+"
    r"(?P<claim>(?:the|its|their|a|his|her)[ \t\n]+(?:[\w'’-]+[ \t\n]+){0,3}?(?:number|figure|toll|total|count|tally|"
    r"cost|costs|losses|casualties|estimate|bill|damage)\b[^.;]{0,120}?\b(?:at|to|near|around)\b)")
# what the claim's noun starts with: a sentence without one is not read by the costlier pattern (none is inside another)
_PUTS_NOUNS = ("number", "figure", "toll", "total", "count", "tally", "cost", "loss", "casualt", "estimate", "bill", "damage")
_COORDINATED = re.compile(r"\b(?:and|but)[ \t\n]+(?:also[ \t\n]+)?$")
_PERSONAL = frozenset("he she they we i it you".split())
_HEAD = re.compile(r"(?:[^ \t\n]+[ \t\n]+){3}")
_PRONOUN_SOURCES = frozenset("it there".split())
_AUX_TAIL = re.compile(r"(?:[ \t\n]+(?:has|have|had|also|would|will|is|are|was|were|been|being|did|does|do|not|never|"
                       r"long|later|previously|repeatedly|again|already|now|then|once|[a-z]+ly))+[ \t\n]*$")
# each word's first letter, then the look-behind (no leading \b): the engine jumps to those letters
_SUBJECT_CUT = re.compile(r"(?:[;:—–]|(?:w(?<!\ww)(?:hile|hereas|hen)|b(?<!\wb)(?:ecause|ut)|a(?<!\wa)(?:lthough|fter)|"
                          r"s(?<!\ws)ince|i(?<!\wi)f)\b)[ \t\n]*")


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


def _relative_that(text: str, after: int) -> bool:
    """Whether the word after ``that`` is a past verb with no subject before it (``a paper that published …``)."""
    m = _FIRST_WORD.match(text, after)
    word = m.group(1).lower() if m else ""
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _mid_ok(verb: str, mid: str) -> bool:
    """Whether the words between a reporting verb and ``that`` are an adverbial or an addressee."""
    words = _MID_TOKEN.findall(mid)
    if not words:
        return True
    if any(w.lower() in _AUXILIARIES for w in words):
        return False
    first = words[0].lower()
    return first in _MID_STARTS or first.endswith("ly") or (verb.lower() in OBJECT_VERBS and len(words) <= 6)


def _verb_before(text: str, s: int, that_at: int) -> tuple[int, int] | None:
    """(start, end) of the nearest reporting verb among the eight words before ``that``, joined by spaces and commas."""
    window = max(s, that_at - 160)
    tokens = list(_MID_TOKEN.finditer(text, max(window, that_at - _NEAR), that_at))
    if len(tokens) < 12 and that_at - _NEAR > window:  # the last ten need not be whole: the first may be cut
        tokens = list(_MID_TOKEN.finditer(text, window, that_at))
    tokens = tokens[-10:]
    pos = that_at
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 10), -1):
        tok = tokens[k]
        gap = text[tok.end():pos]
        if not gap or gap.strip(" \t\n,"):
            return None
        word = tok.group().lower()
        if word in FORMS:
            return tok.start(), tok.end()
        if word in PHRASAL and k and (tokens[k - 1].group().lower() in PHRASAL[word] or k > 1 and (
                tokens[k - 1].group().lower() == "it" and tokens[k - 2].group().lower() in PHRASAL[word])):
            return tok.start(), tok.end()  # "made (it) clear that", "fired back that": the particle stands for the verb
        pos = tok.start()
    return None


def _that_claims(text: str, s: int, e: int, quoted: _Quoted, found: list) -> None:
    """Claims after a reporting verb + ``that``; ``A and that B`` gives one claim each."""
    if "that" not in text[s:e]:
        return  # most sentences: a substring test is far cheaper than the cue's regex
    for m in _THAT_WORD.finditer(text, s, e):
        span = _verb_before(text, s, m.start())
        if span is None:
            continue
        verb = text[span[0]:span[1]]
        if quoted.covers(span[0]) or not _mid_ok(verb, text[span[1]:m.start()]) or not opens_clause(text, m.end()):
            continue
        if _PASSIVE_IT.search(text, max(s, span[0] - 40), span[0]):
            continue  # "It is believed that …": no source, not a claim
        if verb.lower() in PHRASAL and m.start() > span[1] + 1:
            continue  # "hit back at stories that …": the particle reports only right before "that"
        if UNSAID_BEFORE_TO.search(text, max(s, span[0] - 24), span[0]):
            continue  # "someone who failed to mention that …": nothing was said
        if m.start() > span[1] + 1 and _relative_that(text, m.end()):
            continue  # "in an interview with a paper that published …": a relative clause
        before = text[max(s, span[0] - 12):span[0]].split()
        noun = bool(before) and before[-1].lower() in _DETERMINERS
        if noun and verb.lower() not in NOUN_CUES:
            continue  # "the state that borders …": a relative clause
        confidence = 0.6 if noun else (0.85 if verb.lower() in STRONG else 0.8)
        source = "" if noun or verb.endswith("ing") else _source(text, s, span[0])  # "by claiming that": no subject
        if found and _COORDINATED.search(text, max(s, span[0] - 10), span[0]):
            source = found[-1][3]  # "X denied that A and said that B": B is X's too
        for a, b in and_that_pieces(text, *_clause(text, m.end(), e)):
            found.append((a, b, confidence, source, True, span[0]))


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
        found.append((start, end, 0.85, first.group("source").strip(), False, s))
        return
    last = _ACCORDING_END.search(sentence)
    if last and not last.group("comma") and not _SOURCE_LIKE.match(last.group("source")):
        last = None  # "prices vary according to the season": a manner, not a source
    if last and not _NOT_SOURCES.match(last.group("source")) and not quoted.covers(s + last.start("source")):
        start, end = sentence_clause(text, s, s + last.start())
        found.append((start, end, 0.85, last.group("source").strip(), False, s + last.start()))
        return
    middle = _ACCORDING_MID.search(sentence)
    if middle and not _NOT_SOURCES.match(middle.group("source")) and not quoted.covers(s + middle.start()):
        found.append((*_trimmed(text, s, e), 0.6, middle.group("source").strip(), False, s + middle.start()))


@per_text  # one look per text, not one scan per sentence
def _puts_nouns(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every place one of ``_PUTS_NOUNS`` is written, in text order; the ends rise with the starts."""
    spans = []
    for noun in _PUTS_NOUNS:
        at = text.find(noun)
        while at != -1:
            spans.append((at, at + len(noun)))
            at = text.find(noun, at + 1)
    spans.sort()
    return [a for a, _ in spans], [b for _, b in spans]


def _puts_claims(text: str, s: int, e: int, quoted: _Quoted, found: list) -> None:
    """``Y puts the figure at …``."""
    starts, ends = _puts_nouns(text)
    i = bisect.bisect_left(starts, s)
    if i == len(starts) or ends[i] > e:
        return  # no noun of the pattern's in the sentence: the first one after its start ends after its end
    for m in _PUTS.finditer(text, s, e):
        if not quoted.covers(m.start()):
            start, end = _clause(text, m.start("claim"), e)
            found.append((start, end, 0.75, _source(text, s, m.start()), False, m.start()))


def _quoted_speech(text: str, start: int, end: int, reported: bool, quoted: _Quoted) -> bool:
    """Whether a candidate is mostly quoted speech (the quote suggester's) rather than a reported clause."""
    if text[start] in "\"“«‘":
        # 'said that "…"' stays a claim, and so does '"Lack of support" was the reason, he said'
        return quoted.share(start, end) > (0.9 if reported else 0.6)
    if reported or quoted.share(start, end) <= 0.5:
        return False
    head = _HEAD.match(text, start, end)  # a clause that opens in the narrator's words reports the quoted rest
    return head is None or quoted.share(start, head.end()) > 0


def _nested(text: str, cand: tuple, outer: tuple) -> bool:
    """Whether ``cand`` is a reported clause inside ``outer`` with a source of its own (``reported that X said Y``).

    ``told King she believes Y`` is one claim: the inner source is a pronoun, the same speaker.
    """
    if not (outer[4] and outer[0] <= cand[5] < outer[1] and outer[0] < cand[0] and cand[1] <= outer[1]):
        return False
    before = text[max(outer[0], cand[5] - 30):cand[5]].split()
    return not before or before[-1].lower() not in _PERSONAL


def find_claims(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, confidence, source) of every claim in the body text, in text order.

    Claims never cross a sentence; two overlap only when one is a reported clause nested in the other.
    """
    return [c[:4] for c in _find(text)]


def _find(text: str) -> list[tuple]:
    """``find_claims`` with each claim's ``reported`` flag and the offset of its cue."""
    body = body_sentences(text)
    quoted = _Quoted(body.quoted)
    kept: list[tuple] = []
    for s, e in body.sentences:
        candidates: list[tuple] = []
        found: list[tuple[int, int, float, str, bool, int]] = []
        _that_claims(text, s, e, quoted, found)
        _according_claims(text, s, e, quoted, found)
        _puts_claims(text, s, e, quoted, found)
        attributed_claims(text, s, e, quoted, found)
        bare_claims(text, s, e, quoted, _source, found)
        for item in [f for f in found if f[4]]:
            second = dashed_that(text, item[1], e)
            if second is not None:  # "said A — or even that B —": B is reported too
                found.append((*_clause(text, second, e), item[2], item[3], True, item[5]))
        for start, end, confidence, source, reported, verb_at in found:
            if end <= start or not any(map(str.isalpha, text[start:end])):
                continue
            if _quoted_speech(text, start, end, reported, quoted):
                continue
            words = len(text[start:end].split())
            if words < 3:
                continue
            confidence = round(confidence - (0.1 if words < 5 else 0.0), 2)
            candidates.append((start, end, confidence, source, reported, verb_at))
        chosen: list[tuple] = []
        for cand in sorted(candidates, key=lambda c: (-c[2], c[0], -(c[1] - c[0]))):
            if all(cand[1] <= k[0] or k[1] <= cand[0] or _nested(text, cand, k) or _nested(text, k, cand)
                   for k in chosen):
                chosen.append(cand)
        kept.extend(sorted(chosen))
    return kept


# Like the location suggester's: a long text makes many short-lived objects and no reference cycles to collect.
@collector_paused()
def suggest_claims(text: str, source_attribute: str = "source") -> list[Suggestion]:
    """Every claim in the body text, its source named in ``source_attribute`` (``""``: no attribute)."""
    if not source_attribute:
        return [Suggestion("claim", c[0], c[1], {}, c[2], NAME) for c in _find(text)]
    sources = ClaimSources(text)
    return [Suggestion("claim", start, end, {source_attribute: sources.name(source, verb_at)}, confidence, NAME)
            for start, end, confidence, source, _, verb_at in _find(text)]
