"""Claims after a reporting verb without ``that``: ``Officials say burials are being ramped up``.

The verb may be followed by time phrases and adverbs (``said on Monday``, ``told reporters late
Tuesday``), by the person told (``told KXAN``, ``told reporters``, ``assured them``) and then a
clause: a subject and a finite verb (an auxiliary, a past tense, ``it says``). A participle after a
comma reports as well (``…, saying he could not comment``). Not claims: a noun-phrase object
(``revealed a surge``, ``announced plans to build``, ``confirmed the breach and advised``), the
name after an inverted attribution (``"…," said Paul Begala, who was …``), a passive (``he was
told the …``), a subordinate clause's object (``As she concluded the debate, X proposed …``).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.clausebounds import and_that_pieces, clause
from newsmark.core.suggest.reportverbs import (AUXILIARIES, DETERMINERS, FORMS, IRREGULAR_PAST, NUMBER_WORDS,
                                               OBJECT_PRONOUNS, OBJECT_VERBS, PARTICIPLES, SUBJECT_PRONOUNS,
                                               first_finite, first_words, has_finite_verb, trie_pattern,
                                               words_of)

_TOKEN = re.compile(r"[“\"‘«]?[\w'’$€£%.-]+[”\"’»]?,?")
# verbs that take a bare clause far more often than a noun phrase: no extra guard
_SAY_LIKE = frozenset(w for w, _ in FORMS.items() if re.match(
    r"(?:sa(?:y|id|ys)|tell|told|insist|argu|assert|contend|believ|think|thought|reckon|testif|assur)", w))
# verbs that take a clause but also a noun phrase: listed, not inferred, so "found a body" never reports
_BARE_VERBS = _SAY_LIKE | frozenset(w for w, _ in FORMS.items() if re.match(
    r"(?:claim|alleg|maintain|deni|deny|counter|reiterat|stress|add|recall|relat|learn|understood|understand|"
    r"estimat|conclud|predict|project|forecast|suspect|speculat|stat(?:ed|es|ing)\b|announc|report|not(?:ed|es|ing)\b|"
    r"confirm|declar|explain|emphasi|indicat|reveal|disclos|post|tweet|inform|remind|hint|agree|complain|suggest|"
    r"acknowledg|admit|conced|confess|warn|mention|observ|remark|caution|recount|respond|repl|promis|pledg|vow|boast|"
    r"show|wrote|writ|fear|expect|heard)", w))
# the verbs as whole lower-case words, nested by prefix so the scan costs little per position
_BARE_PATTERN = re.compile(rf"[ \t\n(](?:{trie_pattern(list(_BARE_VERBS))})(?![\w'’-])")  # a space first: a fast scan
_TIME_WORDS = frozenset(
    "yesterday today tonight earlier later again also previously recently now then once too still already "
    "backstage afterwards afterward repeatedly publicly privately separately further even initially last week "
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night".split())
_TIME_LEADS = frozenset("on last this late early earlier next".split())
_CHANNEL_NOUNS = frozenset(
    "statement interview conference briefing speech post letter report tweet video message release address hearing "
    "meeting session broadcast podcast call email e-mail testimony filing court radio television".split())
_NOT_FIRST = frozenset(
    "that to for of from with by in on at as during after before into than whether if how what why when where who "
    "which whom while because and or but not so".split())
_SUBORDINATORS = frozenset("as when after before while once if until since because although though whether unless"
                           .split())
_REDUCED_NEXT = frozenset("by at for with from under into as".split())
_RELATIVES = frozenset("that which who whom whose where".split())
_PASSIVE = frozenset("is was were are be been being".split())
_PROGRESSIVE = frozenset("is was were are been".split())
_POSSESSIVE = re.compile(r"(?<!^he)(?<!^she)(?<!^it)(?<!^that)(?<!^there)(?<!^who)(?<!^what)'s$|s'$")
_CLOSERS = frozenset("”\"’»")
_CLOSERS_COMMA = frozenset(c + "," for c in "”\"’»") | frozenset("," + c for c in "”\"’»")
# determiners that stand alone as the subject: "Some said …", "many believe …"
_PRONOUN_DETERMINERS = frozenset("some many most few several both all each others".split())
_PARTICIPLE_AFTER = frozenset("as before after while when since".split())
_NOT_BEFORE_SAYING = frozenset("by without of for about from than on at to".split())
_GAP_BREAKS = re.compile(r"[—–:;(]|[ \t\n]-{1,2}[ \t\n]")
_CLAUSE_MARKS = re.compile(r"[,;:]")
_AFTER_VERB = re.compile(r"[ \t\n]+[“\"‘«]?(that\b)?")


def _plain(token: str) -> str:
    return token.strip("“\"‘«”’»,.").lower().replace("’", "'")


def _skip_adverbials(tokens: list[re.Match], i: int) -> int:
    """Index of the first token after time phrases, adverbs and ``in a statement`` after a verb."""
    while i < len(tokens):
        raw = tokens[i].group()
        w = _plain(raw)
        if raw.endswith(","):
            return i  # "said, however," or an inverted attribution: stop before the comma's word
        if w in _TIME_WORDS or (w.endswith("ly") and len(w) > 4 and w not in ("only", "nearly", "early")):
            i += 1
            continue
        if w in _TIME_LEADS and i + 1 < len(tokens) and _plain(tokens[i + 1].group()) in _TIME_WORDS | {"month", "year"}:
            i += 2
            continue
        if w in ("in", "at", "on", "during", "via") and i + 1 < len(tokens):
            nouns = [_plain(t.group()) for t in tokens[i + 1:i + 5]]
            hit = next((k for k, n in enumerate(nouns) if n in _CHANNEL_NOUNS), None)
            if hit is not None:
                i += hit + 2
                continue
            if tokens[i + 1].group()[:1].isupper() and w == "on":
                i += 2  # "on Twitter", "on Monday"
                continue
        return i
    return i


def _skip_addressee(tokens: list[re.Match], i: int, verb: str) -> int | None:
    """Index of the clause after the person told (``told reporters``, ``told the court``); None if none is found."""
    if i >= len(tokens):
        return None
    first = _plain(tokens[i].group())
    if first in OBJECT_PRONOUNS:
        return i + 1
    if verb.startswith(("warn", "assur", "remind")):
        ahead = words_of(" ".join(t.group() for t in tokens[i:i + 4]))
        if (first in SUBJECT_PRONOUNS and first != "it") or 0 < first_finite(ahead, 3):
            return i  # "warned they had the votes", "warning the virus could spread": no person told
    for k in range(i + 1, min(len(tokens), i + 7)):
        w = _plain(tokens[k].group())
        if w in SUBJECT_PRONOUNS or w in DETERMINERS or tokens[k].group()[:1] in "“\"‘«":
            return k
        if tokens[k - 1].group().endswith(","):
            return None
    return None


def _subject_ok(tokens: list[re.Match], i: int, words: list[str], lenient: bool) -> bool:
    """Whether the clause starting at token ``i`` opens with a subject and goes on to a finite verb soon."""
    raw = tokens[i].group()
    first = words[0] if words else ""
    if not first or first in _NOT_FIRST or first in AUXILIARIES or first in IRREGULAR_PAST or first in FORMS:
        return False
    if first_finite(words, 2) == 0:
        return False  # "in a video released over the weekend": a verb, no subject
    finite = first_finite(words, 14, lenient)
    if finite > 0 and any(w in _SUBORDINATORS for w in words[1:finite]):
        return False  # "cannot claim ignorance if they are …": the finite verb is the subordinate clause's
    strong_start = (first in SUBJECT_PRONOUNS or first in DETERMINERS or first in NUMBER_WORDS
                    or raw.lstrip("“\"‘«")[:1].isupper() or raw.lstrip("“\"‘«$€£")[:1].isdigit()
                    or raw[:1] in "“\"‘«")
    if not strong_start:
        return has_finite_verb(words, 5)  # "police are", "first responders found", "customer information had"
    return has_finite_verb(words, 14, lenient)


def _noun_phrase_object(words: list[str]) -> bool:
    """Whether the words show a noun-phrase object rather than a clause (``plans to``, ``a surge that``, ``… and advised``)."""
    f = first_finite(words, 14)
    if f < 0:
        return True
    if any(w in _RELATIVES or w == "to" for w in words[1:f]):
        return True
    coordinated = any(w in ("and", "or", "but") and not (words[i - 1][:1].isdigit() and words[i + 1][:1].isdigit())
                      for i, w in enumerate(words[1:f], 1))  # "a $5bn package and London added …", not "100 and 200"
    # "the damage caused by", "an initiative aimed at": a participle after its noun, not the clause's verb
    reduced = f > 0 and words[f].endswith("ed") and f + 1 < len(words) and words[f + 1] in _REDUCED_NEXT
    return coordinated or reduced


def bare_claims(text: str, s: int, e: int, quoted, source_of, found: list) -> None:
    """Append ``(start, end, confidence, source, reported, verb_at)`` for each verb + bare clause in ``[s, e)``."""
    for found_verb in _BARE_PATTERN.finditer(text, s, e):
        after = _AFTER_VERB.match(text, found_verb.end(), e)
        if after is None or after.group(1) == "that":
            continue  # "…, he said." or "said that …" (the that-clause cue's)
        window = min(e, found_verb.start() + 160)
        tok = _TOKEN.match(text, found_verb.start() + 1, window)  # the verb (tokens[0]): the rest is read only when needed
        verb = _plain(tok.group())
        if verb not in _BARE_VERBS or tok.group().endswith(","):
            continue
        before = text[s:tok.start()].rstrip()
        if not before or quoted.covers(tok.start()) or before[-1] in _CLOSERS or before[-2:] in _CLOSERS_COMMA:
            continue  # a sentence-initial verb, or the attribution of a quote
        tail = before[-40:].split()
        prev = _plain(tail[-1]) if tail else ""
        if verb in PARTICIPLES:
            if not (before.endswith(",") or prev in _PROGRESSIVE or prev in _PARTICIPLE_AFTER
                    or verb == "saying" and prev not in _NOT_BEFORE_SAYING and prev not in DETERMINERS
                    and len(tail) > 1):
                continue  # "…, saying he …", "before announcing he …", "came in saying she …" report; "by saying" does not
        elif (prev in _PASSIVE or prev == "to" or prev in DETERMINERS and not (prev in _PRONOUN_DETERMINERS and verb in _SAY_LIKE)
              or _POSSESSIVE.search(prev)):
            continue  # "he was told", "declined to say", "the report", "the state's confirmed caseload"
        if not _CLAUSE_MARKS.search(before) and before.split(None, 1)[0].lower() in _SUBORDINATORS:
            continue  # "As she concluded the debate, …": the verb's object, then the main clause
        if before.endswith(",") and verb not in PARTICIPLES and has_finite_verb(words_of(before.split(",")[0])):
            continue  # "The vote was close, said John Smith, who …": an inverted attribution
        tokens = list(_TOKEN.finditer(text, tok.start(), window))
        i = _skip_adverbials(tokens, 1)
        if verb in OBJECT_VERBS:
            at = _skip_addressee(tokens, i, verb)
            if at is None and not verb.startswith("warn"):
                continue  # "told", "informed" need the person told; "warn" may go without
            i = _skip_adverbials(tokens, at) if at is not None else i
        if i >= len(tokens) or (i > 1 and tokens[i - 1].group().endswith(",")):
            continue
        if _GAP_BREAKS.search(text, tok.end(), tokens[i].start()):
            continue  # "before X announced — Y posted …", "told him: “…”": no clause of the verb's
        start, end = clause(text, tokens[i].start(), e)
        words = first_words(text, start, min(end, start + 240), 16)  # nothing below reads past the 15th word
        if len(words) < 3 or not _subject_ok(tokens, i, words, verb in _SAY_LIKE):
            continue
        if (verb not in _SAY_LIKE or verb in OBJECT_VERBS) and _noun_phrase_object(words):
            continue  # "told the story of her father who had …", "announced plans to …"
        if before.endswith(",") and (not has_finite_verb(words_of(text[start:end].split(",")[0]))
                                     or _noun_phrase_object(words)):
            continue  # ", said the minister, who …": an inverted attribution
        source = "" if verb in PARTICIPLES else source_of(text, s, tok.start())
        for a, b in and_that_pieces(text, start, end):
            found.append((a, b, 0.55, source, True, tok.start()))
