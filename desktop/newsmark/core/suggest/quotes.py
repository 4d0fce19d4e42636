"""Quote suggester: speech inside quotation marks, with the speaker from the attribution.

Conventions:
- The span is the text inside the marks, without the marks and without the comma that hands over to
  the attribution (``"…ties," Wood said`` → ``…ties``). Quotes may run across single line breaks; at a
  blank line an unclosed quote ends there only when the next paragraph opens a quote again (the news
  convention for a quote that runs over paragraphs), otherwise the mark is left alone.
- Marks: straight ``"…"``, curly ``“…”`` and ``‘…’``, guillemets ``«…»`` (and ``»…«``). A quotation in the other
  style inside a proposed quote is proposed as well, overlapping it (``nestedquotes.py``).
- Not speech: one or two words (scare quotes) unless a reporting verb hands them over (``shortspeech.py``),
  titles (``film``/``book``/``titled:``/``called`` before, or Title Case words, a final stop aside).
- ``speaker``: a name or noun phrase before or after the quote with a reporting verb (``…," Robert
  A. Wood said``; ``said Zelenskyy``; ``a spokesperson for the ministry said``; a party label after the name
  is read through: ``Sen. Ana Ruiz (D-Wis.) said``); a pronoun (``he
  said``) takes the person the text last told about (``salience.py``); a quote with no attribution right
  after an attributed one in the next paragraph takes that speaker, unless a sentence about someone
  else comes between (lower confidence); a quote inside a sentence takes the person the sentence opens
  with (``Ruiz thanked Harper for “…”``), one opening its sentence the subject of the sentence before
  (``ownsubject.py``); else the person last told about, else the one named most. Narrative forms read too:
  "According to X, … “…”" (``accordingto.py``), "…, X, who told him “…”" (``whosaid.py``), a card's credit line
  over a quote paragraph (``cards.py``), a clause opened by a group, body or document ("his lawyers maintain
  that … “…”", ``nounsubject.py``); "an Iowa Republican said" is that unnamed source (``newsource.py``) and "the
  doctors" the body named "Doctors for …" (``bodyname.py``).
"""

from __future__ import annotations

import bisect
import itertools
import re

from newsmark.core.gcpause import collector_paused
from newsmark.core.suggest.accordingto import according_source
from newsmark.core.suggest.blockquotes import block_run
from newsmark.core.suggest.bodyname import named_body
from newsmark.core.suggest.bulletquotes import bullet_run
from newsmark.core.suggest.boxlabels import box_speaker
from newsmark.core.suggest.cards import card_speaker
from newsmark.core.suggest.documentauthor import is_writing
from newsmark.core.suggest.crossheads import crosshead_speakers, repeated_speakers
from newsmark.core.suggest.frontedsubject import introduced_before
from newsmark.core.suggest.headlinesource import headline_speakers
from newsmark.core.suggest.attribution import PRONOUNS, unnamed
from newsmark.core.suggest.mentions import last_before, named_mentions
from newsmark.core.suggest.sentencesubject import previous_subject
from newsmark.core.suggest.interview import Interview
from newsmark.core.suggest.jointspeakers import joint_speaker
from newsmark.core.suggest.namedterms import named_term
from newsmark.core.suggest.namephrases import name_mentions
from newsmark.core.suggest.nationals import nationality, nationality_anaphor
from newsmark.core.suggest.narration import story_people
from newsmark.core.suggest.nestedquotes import nested_quotes
from newsmark.core.suggest.newsource import body_voice, introduces_unnamed, reported_last
from newsmark.core.suggest.nounsubject import noun_source
from newsmark.core.suggest.officesubjects import epithet_person, it_body, named_inside, previous_office
from newsmark.core.suggest.ownsubject import framing_subject, lead_in_subject
from newsmark.core.suggest.partylabels import blank_labels
from newsmark.core.suggest.quotedterms import quoted_term
from newsmark.core.suggest.pronouns import addressee, introduced, joined_subject, leading_subject, sentence_starts, source_closing_before
from newsmark.core.suggest.quoteends import single_close
from newsmark.core.suggest.salience import Salience
from newsmark.core.suggest.shortspeech import handed_over
from newsmark.core.suggest.speakerforms import checked_speaker, speaker_form
from newsmark.core.suggest.speakerindex import headline_end, speaker_index
from newsmark.core.suggest.withsaying import with_saying
from newsmark.core.suggest.speakers import is_full_name, is_role
from newsmark.core.suggest.speechheads import SpeechHeads
from newsmark.core.suggest.standalonequotes import standalone
from newsmark.core.suggest.straightquotes import doubled_marks, straight_close
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.surnamesubjects import surname_subjects
from newsmark.core.suggest.whosaid import relative_speaker

NAME = "quotes"

_PAIRS = {"“": "”", "«": "»", "»": "«", "„": "“", "‘": "’", '"': '"', "”": "”", "'": "'"}
_OPENERS = re.compile(r"[“«»„‘\"]")
# Also "said, ”It…”": a closing mark typed for the opening one (tested in _spans: a pattern opening with a look-behind
# would make the engine try every position of the text instead of jumping to the marks).
_MARKS = re.compile(r"[“«»„‘\"”']")
_REOPENS = re.compile(r"\s*[“«»„‘\"]")  # a paragraph that opens with a quotation mark
_TITLE_CUE = re.compile(r"(?:\b(?:film|movie|book|novel|programme|program|show|series|song|album|titled|entitled|called|"
                        r"dubbed|named|so-called|headline|hashtag|slogan|report)|\b(?:titled|entitled)\s*[:,]|\(see)\s*$",
                        re.IGNORECASE)
_REOPENED = re.compile(r"[.!?…](?=\s+[“«])")
_HANDOVER = re.compile(r"[^\n.\"“”]{0,80}?\b(?:said|says|told|tells|added|wrote|stated|explained|warned|noted)\b")
_STOP = re.compile(r"[.!?][”\"’]?\s+|\n")
_OTHER_STYLE = {"”": re.compile(r"’’|[\"“]"), '"': re.compile(r"[“”]")}  # marks of the other style a quote may close with
_LONGEST = 20_000  # characters one quotation runs within a paragraph, at most (a long speech's paragraph is ~3,000)
_DEEPEST = 3  # quotations of the other style opened inside a quotation and still open, at most
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is"}


def _next_close(text: str, i: int, close: str, end: int) -> tuple[int, int]:
    """(index, width) of the next mark closing a double quote in ``[i, end)``; index -1 when there is none.

    Pasted and converted text mixes typography: a curly opening mark may close with a straight one (``“…,"
    she said``) or with two single marks (``“…’’``), and a straight one with a curly one (``"…” she
    said``). The other style closes only where it stands after a word (not ``"no`` opening a quote inside) and
    is not itself closing a quote of its own style opened inside (``“Say "no" to it,” she said``).
    """
    j = text.find(close, i, end)
    if close not in "”\"":
        return j, 1
    other = '"' if close == "”" else "”"
    inner = 0  # quotes of the other style opened inside and not yet closed
    for m in _OTHER_STYLE[close].finditer(text, i, j if j != -1 else end):
        mark, at = m.group(), m.start()
        # An opening mark typed where a closing one belongs: after the quote's last stop, before a space ("…,“ said").
        misplaced = mark == "“" and text[at - 1:at] in ",.!?" and text[at + 1:at + 2] in (" ", "\n", "")
        opening = not misplaced and (mark in "“" or (mark == '"' and (at == 0 or not text[at - 1].strip() or text[at - 1] in "([—–-")))
        if opening:
            inner += 1
            if inner > _DEEPEST:
                break  # marks that open and never close (a page full of stray marks): none of them closes this quote
        elif inner:
            inner -= 1
        elif misplaced or mark == "’’" or (mark == other and not text[at - 1].isdigit()):  # 12" is an inch mark
            return at, len(mark)
    return j, 1


def _find_close(text: str, open_at: int, close: str) -> tuple[int, int] | None:
    """Where the quote opened at ``open_at`` ends: (content end, index after the closing mark), or None."""
    i = open_at + 1
    while True:
        # Only this paragraph, and no further than a quotation runs in one: each unclosed mark read on to the
        # text's end (minutes on a long text full of unclosed marks).
        horizon = min(len(text), i + _LONGEST)
        brk = text.find("\n\n", i, horizon + 1)
        j, width = _next_close(text, i, close, brk if brk != -1 else horizon)
        if brk != -1 and j == -1:  # (a closing mark found stands before the break)
            if (_REOPENS.match(text, brk) or _continued(text, brk, close) or bullet_run(text, open_at, brk, close)
                    or block_run(text, open_at, brk, close)):
                # the quote runs on into the next paragraph
                return brk, brk
        if j == -1:
            k = single_close(text, i, brk if brk != -1 else horizon) if close == "”" else -1
            return (k, k + 1) if k != -1 else None
        reopen = _REOPENED.search(text, open_at + 1, j) if text[open_at] in "“«" else None
        if reopen:  # the closing mark was left out: a sentence ends and the same mark opens the next quote
            return reopen.start() + 1, reopen.start() + 1
        if close == '"' and width == 1 and text[j] == '"' and (stop := _straight_reopen(text, open_at, j)) != -1:
            return stop, stop  # "…26 weeks. "We are going …": a paragraph's quote run on into the next, joined in one line
        if close == "’" and (j + 1 < len(text) and text[j + 1].isalpha()):
            i = j + 1  # an apostrophe (Ukraine’s), not a closing mark
            continue
        return j, j + width


def _runs_on(text: str, after: int, next_at: int) -> bool:
    """Whether the quote ending at ``after`` has no closing mark and runs on into the quote opening at ``next_at``:
    only blank space between, a paragraph break or (paragraphs run into one line) the next mark."""
    return text[after - 1] not in "”»’\"“«" and not text[after:next_at].strip()


_OPENS_WORDS = re.compile(r"[\w‘'(]")


def _straight_reopen(text: str, open_at: int, j: int) -> int:
    """Where a straight-marked quote ends when the mark at ``j`` opens the next one instead of closing it, or -1.

    Paragraphs run into one line keep the convention that a quote running on reopens its mark and leaves the
    paragraph's end unclosed: ``"… 26 weeks. "We are going …"``. The mark at ``j`` stands after a space and before a
    word, and the quote's words before it (two or more) end a sentence.
    """
    if not (text[j - 1:j].isspace() and _OPENS_WORDS.match(text, j + 1)):
        return -1
    stop = j - 1
    while stop > open_at and text[stop].isspace():
        stop -= 1
    if text[stop] not in ".!?…" or " " not in text[open_at + 1:stop] or text[open_at - 1:open_at].isalnum():
        return -1
    return stop + 1


def _is_speech(content: str, before: str) -> bool:
    """True unless the quoted text is a scare quote (one or two words) or a title."""
    words = content.split()
    if len(words) <= 2 or _TITLE_CUE.search(before):
        return False
    core = content.rstrip()
    if core[-1:] in "?!…,":
        return True
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    # Title Case (a number counts as a capital: "10 Best Films") is a title or a name; inside a sentence also with
    # the stop American style sets inside the marks ("a role in "Inside the Loop.""), but a sentence of its own
    # made of names is speech ("“That's Ana Ruiz and Tom Lee.”"), as is sentence case.
    titled = len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in big)
    if not titled:
        return True
    if not core.endswith("."):
        return False
    own_sentence = not before.strip() or before.rstrip()[-1] in ".!?:;”\"’)"
    return own_sentence or "," in core  # "Less Talk, More Action." on a placard: said


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, after close) of every quoted stretch, outermost first, no overlaps."""
    found, taken_to = [], 0
    for m in _MARKS.finditer(text):
        at = m.start()
        if at < taken_to:
            continue
        mark = m.group()
        if mark == "”" and not (at >= 2 and text[at - 2] in ",:" and text[at - 1] in " \t"
                                and "A" <= text[at + 1:at + 2] <= "Z"):
            continue  # a closing mark, unless typed for the opening one after "said, "
        if mark in "‘\"'" and at and (text[at - 1].isalnum()):
            continue  # an apostrophe or inch mark, not an opening quote
        if mark == '"' and text[at + 1:at + 2] == '"' and text[at + 2:at + 3].isalnum():
            continue  # the opening mark typed twice (""Our plan…"): the second one opens
        closed = straight_close(text, at) if mark == "'" else _find_close(text, at, _PAIRS[mark])
        if closed is None:
            continue
        end, after = closed
        found.append((at, at + 1, end, after))
        taken_to = after
        rest = _continued(text, end, _PAIRS[mark]) if end == after and not _REOPENS.match(text, end) else None
        if rest:  # the writer did not reopen the mark: the next paragraph's words up to its closing mark
            found.append((rest[0], rest[0], rest[1], rest[1] + 1))
            taken_to = rest[1] + 1
        elif end == after and (items := bullet_run(text, at, end, _PAIRS[mark])):
            for item in itertools.takewhile(bool, items):  # a list's items without a mark, up to one reopening it
                found.append((item[0], item[0], item[1], item[2]))
                taken_to = item[2]
        elif end == after and (paragraphs := block_run(text, at, end, _PAIRS[mark])):
            found.extend((p[0], p[0], p[1], p[2]) for p in paragraphs)  # a block quotation's later paragraphs
            taken_to = paragraphs[-1][2]
    return found


def _continued(text: str, brk: int, close: str) -> tuple[int, int] | None:
    """(start, closing mark) of a paragraph after ``brk`` that ends an unclosed quote without reopening it.

    The paragraph holds no opening mark before a closing one that ends a sentence or clause and hands over
    to a reporting verb (``…children," regional head Ana Ruiz said``).
    """
    start = brk + len(text[brk:brk + 8]) - len(text[brk:brk + 8].lstrip())
    stop = text.find("\n\n", start)
    k = text.find(close, start, stop if stop != -1 else len(text))
    if k <= start or text[k - 1] not in ",.?!" or _OPENERS.search(text, start, k):
        return None
    return (start, k) if _HANDOVER.match(text, k + 1) else None



def _outside(mentions: list[tuple[int, str]], quoted: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The mentions (in text order) outside the sorted, disjoint ``quoted`` stretches: one walk along both lists."""
    kept, j = [], 0
    for at, who in mentions:
        while j < len(quoted) and quoted[j][0] <= at:
            j += 1
        if not (j and at < quoted[j - 1][1]):
            kept.append((at, who))
    return kept


def _inside_last(text: str, who: str, last: tuple, at: int, after: int) -> bool:
    """Whether ``who``, read as the source of the quote between ``at`` and ``after``, stands only inside the words of
    the quote before it (``last``: open mark, content start, content end, …), left unclosed before this one opens."""
    k = text.rfind(who, max(0, at - 300), at)
    return (last[1] <= k < last[2] and text.find(who, after, after + 120) == -1
            and not text[last[1]:last[1] + 1].islower())  # '" said Mr Davis. …': no quote, marks paired wrong


def _past_next(text: str, who: str, at: int, after: int) -> bool:
    """Whether ``who``, read as the source of the quote between ``at`` and ``after``, stands only after another quotation
    mark ('"…funds. "Another surprise …" However, Gazprom has announced'): the next quote's, or nobody's."""
    k = text.find(who, after, after + 200)
    return (k > after and text[max(0, after - 3):after].rstrip(" \"”’")[-1:] in (".", "!", "?") and text.rfind(who, max(0, at - 300), at) == -1
            and any(c in text[after:k] for c in '"“”'))  # not 'liked "…" in a bid to end the "black hole", X said'


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts ("Lee's plan is "…," she said": not Lee's own words)."""
    base = max(0, at - 400)
    ends = [m.end() for m in _STOP.finditer(text, base, at)]
    return ends[-1] if ends else base


# A name a preposition governs, a title or a body's words between: "by All England Club chairman Tim Phillips".
_GOVERNED = re.compile(r"(?<![\w'’-])(?:by|of|to|from|with|against|about|for|at|on)[ \t]+(?:[\w'’-]+[ \t]+){0,5}\Z")


# Like the location suggester's: a long text makes many short-lived objects and no reference cycles to collect.
@collector_paused()
def suggest_quotes(text: str) -> list[Suggestion]:
    """Every quotation that reads as speech, with its speaker where the attribution names one."""
    found: list[Suggestion] = []
    text = blank_labels(text)  # "Sen. Ana Ruiz (D-Wis.) said": the name, then its verb; offsets stay
    text = doubled_marks(text)  # "''We gave him a chance,'' said the coach": double marks typed as two apostrophes
    people = speaker_index(text)
    interview = Interview(text)
    quotes = []  # (open mark, content start, content end, after close, speaker as attributed and resolved)
    joint: dict[int, str] = {}  # open mark → people speaking together ("Ana Ruiz and Tom Lee"), a Q&A's interviewee
    for at, start, end, after in _spans(text):
        content_end = end
        while content_end > start and text[content_end - 1] in " \t\n,":
            content_end -= 1
        while start < content_end and text[start].isspace():
            start += 1
        content = text[start:content_end]
        if content and (_is_speech(content, text[max(0, at - 30):at]) or standalone(text, at, start, content_end, after)
                        or (len(content.split()) <= 2 and handed_over(text, at, start, content_end, after))) \
                and not quoted_term(text, at, content_end, after) \
                and not named_term(text, at, start, content_end, after):  # "a “right to work” state": a name
            who = checked_speaker(text, at, after)
            if who and ((quotes and _inside_last(text, who, quotes[-1], at, after)) or _past_next(text, who, at, after)):
                who = ""  # "…and underwent a treatment called cryotherapy. "Basically …": the last quote's words, no source
            role = ""
            if who and who.lower() not in PRONOUNS:
                anaphor = nationality_anaphor(text, who, at, after)  # "said the American": the player told about
                resolved = None if anaphor else people.resolve(who, at)
                if resolved is not None and resolved.lower() == who.lower():
                    resolved = named_body(text, who, at) or resolved  # "the doctors" after "Doctors for X"
                if resolved is None and not anaphor and (introduces_unnamed(text, at, after, who) or body_voice(who)):
                    resolved = who  # "…," an Iowa Republican said: someone the story does not name
                role, who = (who, "he") if resolved is None else ("", resolved)  # a role nobody was given: as "he said"
            if not role and (together := joint_speaker(text, at, after, who, people)):
                joint[at] = together  # "Ruiz and Lee said": both speak; the story's people stay one by one
            if (not who or who.lower() in {"i", "we"}) and interview.first_person(at) and interview.interviewee:
                joint[at] = interview.interviewee  # a Q&A's "we said, "…"": the interviewee's, the quote only
            quotes.append((at, start, content_end, after, who, role))
    for i in range(len(quotes) - 2, -1, -1):  # a quote run over paragraphs has the speaker its last part names
        at, start, content_end, after, who, role = quotes[i]
        if not who and _runs_on(text, after, quotes[i + 1][0]) and quotes[i + 1][0] - after <= 8 and quotes[i + 1][4]:
            quotes[i] = (at, start, content_end, after, *quotes[i + 1][4:])
    quoted = [(at, after) for at, _, _, after, _, _ in quotes]
    mentions = _outside(name_mentions(named_mentions(text)), quoted)
    named = [(at, who) for at, _, _, _, who, _ in quotes if who[:1].isupper() and who.lower() not in PRONOUNS]
    about = Salience(text, mentions + named + surname_subjects(text, people), quoted)  # "Ruiz, who …, worried": hers
    followed = story_people(text, mentions)  # who a pronoun may mean: not a source cited after a clause
    heads = SpeechHeads(text)  # "Ana Ruiz's speech in full": the quotes printed under it are hers
    last_named = (-1, "")  # (offset, name) of the last quote attributed to a name
    previous = None  # (speaker, index after the closing mark) of the last quote kept
    asked = (-1, "")  # (index after the closing mark, person asked) of a question just quoted
    brought_in: set[str] = set()  # people a sentence brought in before a pronoun-attributed quote
    for at, start, content_end, after, who, role in quotes:
        content = text[start:content_end]
        confidence = 0.95 if who else (0.8 if len(content.split()) >= 6 else 0.5)
        reported = reported_last(text, previous[1] if previous else text.rfind("\n\n", 0, max(0, at - 2)) + 1, at)
        # The quote goes on from the last one, left unclosed ("…community. "It is not …," he said): the same voice.
        goes_on = previous and previous[0] and _runs_on(text, previous[1], at)
        if (goes_on and who and not role and previous[2] <= text.rfind(who, 0, at) < previous[1]
                and text.find(who.split()[-1], after, after + 200) == -1):  # not '"…," said Keegan' after it
            who = "he"  # "…and very humble considering …. "He worked …": words of the quote it goes on from, no source
        if who.lower() in {"he", "she"} and not role and goes_on and _may_be_he(previous[0]):
            who, confidence = previous[0], 0.85
        elif who.lower() in {"he", "she"} and not role and reported:
            who, confidence = people.resolve(reported, at) or unnamed(reported), 0.75  # "…, the spokesman said.\n\n"…," he added"
        elif who.lower() in PRONOUNS:
            # The person the text last told about: a sentence opening with them, a named source or speaker.
            pronoun = "" if role else who
            own, before = sentence_starts(text, at)
            near = [last_named, last_before(followed, at), previous_subject(text, at),
                    about.last_subject(_sentence_start(text, at), pronoun), leading_subject(text, own, at)]
            if not near[2][1] and near[3][0] < before:  # the sentence before opens with no person: one it introduces may speak
                if before == own and text[max(0, own - 2):own] == "\n\n":  # the quote opens its paragraph
                    before = sentence_starts(text, own - 2)[0]  # the last sentence of the paragraph before
                near.append(introduced(text, before, at))
            # The subject of the sentence right before the quote, or of the one it sits in ("Ruiz stopped short.
            # “…,” she said"; "Ruiz, who …, told Lee: “…,” she said"): named by a surname, which the candidates above miss.
            near += [lead_in_subject(text, at, people, linked=True), framing_subject(text, at, people), joined_subject(text, at),
                     source_closing_before(text, at), epithet_person(text, at, people)]  # "…with Strachan. The former
            # Scotland international added …. "…," he said": the epithet's person
            office = previous_office(text, at)  # "The Tory leader countered that …. He declared: “…”": the leader
            if office[1] and is_role(office[1].split()[-1]) and is_full_name(holder := people.resolve(office[1], at) or ""):
                near.append((office[0], holder))
            near = [c if not nationality(c[1]) else (-1, "") for c in near]  # "The Brazilian confirmed …": who was named
            if role and text.find(role, own, at) != -1 and nationality_anaphor(text, role, at, at):
                # "Reacting to a comment by Tim Phillips, the American said: "…"": an epithet opening on the quote is no
                # one its sentence names before it
                near = [c if not (own <= c[0] < at and _GOVERNED.search(text, max(own, c[0] - 60), c[0])) else (-1, "")
                        for c in near]  # ("When Lleyton Hewitt shook his hand, the Australian said": the subject is)
                near.append(last_before(followed, own))  # the last person told about before that sentence
            brought = introduced_before(text, at)  # "Over coffee, 21-year-old Ana Ruiz sighed.\n\n“…,” she said"
            near.append(brought)
            if brought[1]:
                brought_in.add(brought[1])  # a person by their introduction, though named by a given name only
            if asked[1] and text[asked[0]:at].count("\n\n") <= 1:  # "she replied" to the question put to her
                near.append(asked)
            personal = pronoun.lower() in {"he", "she"}  # a person: a full name, not "Seoul agrees"
            agreeing = [c for c in near if c[1] and about.agrees(c[1], pronoun)  # "she said": not the last man named
                        and (not personal or c[1] in brought_in or about.known(c[1], pronoun)
                             or (is_full_name(people.resolve(c[1], at) or "") and not _INITIALS.match(c[1])))]
            if personal and not agreeing:  # everyone near is of the other gender: the last source who is not
                i = bisect.bisect_left(mentions, (at, ""))
                agreeing = [mentions[j] for j in range(i - 1, max(-1, i - 31), -1) if about.known(mentions[j][1], pronoun)][:1]
            outside = [c for c in agreeing if not named_inside(content, people.resolve(c[1], at) or c[1])]
            agreeing = outside or agreeing  # "“I've had a word with Olof …,” he told": not Olof Mellberg himself
            source = max(agreeing or [c for c in near if not (personal and _INITIALS.match(c[1]))] or near)
            if (previous and previous[0] and not previous[0][:1].isupper() and not is_writing(previous[0].split()[-1])
                    and (not personal or _may_be_he(previous[0]))
                    and "\n\n" not in text[previous[1]:at] and source[0] < previous[1]):
                who, confidence = previous[0], 0.85  # '"…," said a club official. "…," he added': the same voice
            else:
                who, confidence = people.resolve(source[1] or about.topic(at), at) or unnamed(role), 0.85
            if who:
                last_named = (at, who)
        elif who[:1].isupper():
            last_named = (at, who)
        elif not who and (owner := heads.owner(at)):
            who, confidence = people.resolve(owner, at) or owner, 0.8
        elif not who and (cited := according_source(text, at)):
            who, confidence = people.resolve(cited, at) or cited, 0.8  # "According to Ana Ruiz, the mayor “…”": hers
        elif not who and (teller := relative_speaker(text, at)):
            who, confidence = people.resolve(teller, at) or teller, 0.8  # "…, Ruiz, who told him she “…”": hers
        elif not who and (speaking := with_saying(text, at, people)):
            who, confidence = speaking, 0.8  # "…, with finance minister Hans Eichel saying it was "…"": his
        elif not who and (framed := framing_subject(text, at, people))[1]:
            who, confidence = framed[1], 0.7  # "Ruiz thanked him for “…”": Ruiz's
        elif not who and (carded := card_speaker(text, at) or box_speaker(text, at)):
            who, confidence = carded, 0.8  # "Ana Ruiz, 34, nurse, Leeds\n\n“…”": the card's person
        elif not who and (body := it_body(text, at, people)):
            who, confidence = body, 0.7  # "The committee reached …. It warned that … “…”": the committee's words
        elif not who and (body := noun_source(text, at, people.resolve)):
            who, confidence = body, 0.7  # "his lawyers maintain that the charges “…”": the lawyers', not the last speaker's
        elif not who and reported:
            who, confidence = people.resolve(reported, at) or unnamed(reported), 0.7  # "…, the spokesman said.\n\n"…""
        elif (not who and previous and previous[0] and text[previous[1]:at].count("\n\n") <= 1
              and not about.between(previous[1], at)):
            who, confidence = previous[0], 0.75  # a quote paragraph right after an attributed one: same speaker
        elif not who:
            # News gives every quote a source: an unattributed one is the last person told about's, less surely.
            source = max(last_named, last_before(mentions, at), about.last_subject(at))
            lead_in = lead_in_subject(text, at, people)  # "Ruiz praised Harper.\n\n“…”": Ruiz, not Harper named after her
            source = lead_in if lead_in[1] else source
            who, confidence = people.resolve(source[1] or about.topic(at), at) or "", 0.6
        found.append(Suggestion("quote", start, content_end, {"speaker": joint.get(at) or speaker_form(text, unnamed(who), at)}, confidence, NAME))
        previous = (who, after, start)
        asked = (after, addressee(text, at)) if content.endswith("?") else (-1, "")

    def written(who: str, k: int) -> str:  # a source as a speaker is written, resolved at offset ``k``
        return speaker_form(text, unnamed(people.resolve(who, k) or who), k)

    found = repeated_speakers(text, crosshead_speakers(text, found, mentions, written))
    found = headline_speakers(text, found, headline_end(text), written)  # "Tsunami 'won't divert Africa aid'": the lead's source
    inner = nested_quotes(text, [(q[0], q[1], q[2], s) for q, s in zip(quotes, found)], people, _is_speech)
    return sorted(found + inner, key=lambda s: (s.start, -s.end)) if inner else found


_GROUPS = frozenset("people public residents voters fans critics officials sources analysts experts".split())


def _may_be_he(speaker: str) -> bool:
    """Whether "he" or "she" may mean ``speaker``: a person or an unnamed voice ("a club official"), not a group
    ("people", "voters") that asked the quote before."""
    return speaker.split()[0].lower() not in _GROUPS


_INITIALS = re.compile(r"[A-Z]{2,}\b")  # "BBC Sport", "CNN Money": a body, not "he"; "AJ Ruiz" is rarer than a body
