"""Claims whose source comes after them or inside them: ``…, officials said.``, ``…, said X, an adviser.``,
``The issue, Lee notes, matters …``, ``…, as confirmed by X.`` and ``Information reaching X is that …``.

A sentence-final attribution may carry a time (``announced Tuesday``), a perfect (``has learnt``) and
a trailing clause (``…, authorities said, as Moscow ramps up …``); the claim is what comes before it.
A parenthetical one (``A, he continued, B``) makes the whole sentence the claim.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.clausebounds import clause, sentence_clause, trimmed
from newsmark.core.suggest.reportverbs import ALTERNATION, FORMS, has_finite_verb, words_of

_VERB = rf"(?:{ALTERNATION})\b"
_TIME = (r"(?:[ \t\n]+(?:(?:on|in|at|last|this|during|late|earlier|early)\b[^,.;]{0,60}|yesterday|today|tonight|"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t\n]+(?:morning|afternoon|evening|night))?|earlier|later|"
         r"recently))?")
_GOES_ON = (r"(?:,?[ \t\n]+(?:as|while|with|after|amid|before|because|without|adding|saying|citing|noting|describing|"
            r"calling|urging|declining|giving|referring|in)\b.*|,[ \t\n]+[a-z]+ing\b.*)?")
_SOURCE = r"[^,\"“”«»;:]{2,90}?"
_FINAL = re.compile(
    rf",[”\"’]?[ \t\n]+(?P<source>{_SOURCE})[ \t\n]+(?:(?:has|have|had)[ \t\n]+(?:been[ \t\n]+)?)?"
    rf"(?P<verb>(?:told|tells|informed|assured)[ \t\n]+[\w'’]+(?:[ \t\n]+[\w'’]+){{0,4}}?|{_VERB})"
    rf"{_TIME}{_GOES_ON}[.!?…]?$", re.S)
_INVERTED_VERBS = r"said|says|added|adds|wrote|writes|warned|warns|explained|noted|notes|stated|insisted|argued|claimed"
_INVERTED = re.compile(
    rf",[”\"’]?[ \t\n]+(?P<verb>{_INVERTED_VERBS})\b[ \t\n]+(?P<source>{_SOURCE}){_TIME}"
    r"(?:,[ \t\n]+(?:an?|the|who|which|whose|of)\b[^\"“”]{0,160}?|,?[ \t\n]+(?:as|while|after|adding|saying)\b.*)?"
    r"[.!?…]?$", re.S)
_PARENTHETICAL = re.compile(
    rf",[ \t\n]+(?P<source>(?:he|she|they|we|I|it|police|(?:the[ \t\n]+)?[A-Z][\w'’.-]*(?:[ \t\n]+[A-Z][\w'’.-]*){{0,3}}|"
    rf"the[ \t\n]+[a-z]+(?:[ \t\n]+[a-z]+)?|(?:[a-z]+[ \t\n]+)?[a-z]+s))[ \t\n]+(?P<verb>{_VERB}),[ \t\n]+")
_AS_BY = re.compile(r",?[ \t\n]+as[ \t\n]+(?:confirmed|reported|announced|stated|noted|explained|indicated|revealed|"
                    r"told|said)[ \t\n]+(?:by|to)[ \t\n]+(?P<source>[^,;]{2,120}?)[.!?…]?$", re.S)
_INFORMATION = re.compile(
    r"(?:(?:information|word|reports?|news|intelligence)[ \t\n]+(?:reaching|received[ \t\n]+by|obtained[ \t\n]+by|"
    r"available[ \t\n]+to|gathered[ \t\n]+by|seen[ \t\n]+by)[ \t\n]+(?P<source>[^,;]{2,60}?)|(?:the[ \t\n]+)?"
    r"(?:information|word)[ \t\n]+(?:received|gathered|obtained))[ \t\n]+"
    r"(?:is|was|are|were|suggests?|suggested|indicates?|indicated|reveals?|revealed|says?|said)[ \t\n]+that[ \t\n]+",
    re.I)
# base forms that end a sentence as a verb ("…, they say."), not as a noun ("…, in the state.")
_BASES_AT_END = frozenset("say believe think claim argue insist allege warn estimate fear suspect admit agree contend "
                          "maintain predict reckon suggest recall tell add show indicate report note confirm".split())
_INFORMATION_VERBS = ("reaching", "received", "obtained", "available", "gathered", "seen")
_INFORMATION_HINTS = ("nformation", "ord ", "eport", "ews ", "ntelligence")
_INTRODUCES_QUOTE = re.compile(r":[ \t\n]*[“\"‘«]")
_NOT_SOURCE_ENDS = frozenset("the a an and or but of in on at for to with by from his her their its our this that".split())
_NAME_WORDS = frozenset("of the and for in at on de da del van von al bin".split())
_NOT_SOURCE_STARTS = frozenset("where which who whom when as because and but while if that so than the there this "
                               "in on at of for from with by to into about over under after before between".split())
_REDUCED_RELATIVE_ENDS = frozenset("he she they we i which who that".split())
# "A, police said, and B": two claims; "X said: B" or "X reports: B" makes the sentence after the colon a claim.
_THEN_AND = re.compile(r"(?:and|but)[ \t\n]+(?![“\"‘«])")
_COLON = re.compile(rf"(?:^|,[ \t\n]+)(?P<source>{_SOURCE})[ \t\n]+(?P<verb>{_VERB}){_TIME}:[ \t\n]+(?=[A-Z])")


def _source_ok(source: str) -> bool:
    """Whether the words before a final reporting verb can be its subject (not "capping a year for her and the")."""
    words = source.split()
    if not 0 < len(words) <= 12 or words[-1].lower() in _NOT_SOURCE_ENDS or words[0].endswith("ing"):
        return False
    if len(words) > 1 and words[-1].lower() in _REDUCED_RELATIVE_ENDS:
        return False  # "…, a decision he disclosed", "…, a group which said": the verb is a relative clause's
    return words[0].lower() not in _NOT_SOURCE_STARTS or source.lower().startswith("the ")


def attributed_claims(text: str, s: int, e: int, quoted, found: list) -> None:
    """Append ``(start, end, confidence, source, reported, verb_at)`` for the after-the-fact attributions in ``[s, e)``."""
    sentence = text[s:e]
    if "that" in sentence and any(hint in sentence for hint in _INFORMATION_HINTS):
        _information(text, s, e, sentence, quoted, found)
    if ":" in sentence:
        _colon_claims(text, s, e, sentence, quoted, found)
    if "," not in sentence:
        return  # every attribution below is set off by a comma
    tail = max(0, len(sentence) - 260)  # an attribution at the end is short: only the sentence's tail is searched
    for m in _FINAL.finditer(sentence, tail):
        verb = m.group("verb").split()[0].lower()
        if FORMS.get(verb, "participle") == "participle" or not _source_ok(m.group("source")):
            continue
        if FORMS[verb] == "present" and not verb.endswith("s") and verb not in _BASES_AT_END:
            continue
        if quoted.covers(s + m.start("source")) or has_finite_verb(words_of(m.group("source"))):
            continue
        if m.group().startswith((",”", ',"')) and not any(mark in sentence[:m.start()] for mark in "“\""):
            continue  # the close of a quote opened in an earlier paragraph: the quote suggester's
        if any(w in FORMS or w in ("that", "to") for w in words_of(m.group("source"))):
            continue
        start, end = sentence_clause(text, s, s + m.start())
        if _INTRODUCES_QUOTE.search(text, start, end):
            break  # "The mayor was defiant: “We will win,” she said.": a quote with its lead-in
        found.append((start, end, 0.7, m.group("source").strip(), False, s + m.start("verb")))
        break
    inverted = _INVERTED.search(sentence, tail)
    if inverted and not quoted.covers(s + inverted.start()):
        source = inverted.group("source").strip()
        say = inverted.group("verb").lower() in ("said", "says", "wrote", "writes")
        common = [w for w in source.split() if w[:1].islower() and w not in _NAME_WORDS]
        named = (source.split()[-1][:1].isupper() and len(common) <= 2 and len(source.split()) <= 10
                 and not has_finite_verb(words_of(source)))  # "health chief Carla Ruiz", "PAHO Director X"
        if named or (say and not has_finite_verb(words_of(source)) and (len(source.split()) <= 3 or (
                source.lower().startswith(("the ", "a ", "an ")) and len(source.split()) <= 8))):
            start, end = sentence_clause(text, s, s + inverted.start())
            found.append((start, end, 0.7, source, False, s + inverted.start("verb")))
    for m in _PARENTHETICAL.finditer(sentence) if sentence.count(",") >= 2 else ():
        verb = m.group("verb").lower()
        if FORMS.get(verb, "participle") != "participle" and m.start() > 0 and not quoted.covers(s + m.start()):
            then = _THEN_AND.match(sentence, m.end()) or (sentence.startswith(("and ", "but "), m.end()) and m)
            if then:  # "A, police said, and B": A and B; "A, he said, but “…”": A only
                found.append((*sentence_clause(text, s, s + m.start()), 0.7, m.group("source"), False, s + m.start("verb")))
                if then is not m:
                    found.append((*clause(text, s + then.end(), e), 0.7, m.group("source"), False, s + m.start("verb")))
                break
            if sentence[m.end():m.end() + 1] not in "\"“‘«" and len(sentence[m.end():].split()) >= 3:
                found.append((*trimmed(text, s, e), 0.6, m.group("source"), False, s + m.start("verb")))
                break
    as_by = _AS_BY.search(sentence, tail) if " as " in sentence else None
    if as_by and not quoted.covers(s + as_by.start()):
        start, end = sentence_clause(text, s, s + as_by.start())
        found.append((start, end, 0.8, as_by.group("source").strip(), False, s + as_by.start()))


def _information(text: str, s: int, e: int, sentence: str, quoted, found: list) -> None:
    """``Information reaching X is that …``: the clause after ``that``."""
    if sentence.isascii():  # not ASCII: "ſ" may be "s" to the case-blind scan
        lowered = sentence.lower()  # once, not once a verb
        if not any(word in lowered for word in _INFORMATION_VERBS):
            return  # one of its verbs is in every match: far cheaper than the case-blind scan
    information = _INFORMATION.search(sentence)
    if information and not quoted.covers(s + information.start()):
        start, end = clause(text, s + information.end(), e)
        found.append((start, end, 0.75, (information.group("source") or "").strip(), True, s + information.start()))


def _colon_claims(text: str, s: int, e: int, sentence: str, quoted, found: list) -> None:
    """``X reports: B`` (B a sentence, not a quotation) and ``A, X said: B``: A and B are claims."""
    for m in _COLON.finditer(sentence):
        verb = m.group("verb").lower()
        if FORMS.get(verb, "participle") == "participle" or not _source_ok(m.group("source").strip()):
            continue
        if quoted.covers(s + m.start("verb")) or has_finite_verb(words_of(m.group("source"))):
            continue
        found.append((*clause(text, s + m.end(), e), 0.7, m.group("source").strip(), True, s + m.start("verb")))
        if m.start() > 0:
            found.append((*sentence_clause(text, s, s + m.start()), 0.7, m.group("source").strip(), False,
                          s + m.start("verb")))
        return

