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
import re

from newsmark.core.gcpause import collector_paused
from newsmark.core.suggest.accordingto import according_source
from newsmark.core.suggest.bodyname import named_body
from newsmark.core.suggest.boxlabels import box_speaker
from newsmark.core.suggest.cards import card_speaker
from newsmark.core.suggest.documentauthor import is_writing
from newsmark.core.suggest.crossheads import crosshead_speakers, repeated_speakers
from newsmark.core.suggest.frontedsubject import introduced_before
from newsmark.core.suggest.gendered import agreeing_before, contradicts
from newsmark.core.suggest.givennames import given_alone_gender, given_gender
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
from newsmark.core.suggest.quotespans import is_speech, quote_spans, runs_on
from newsmark.core.suggest.pronouns import addressee, introduced, joined_subject, leading_subject, sentence_starts, source_closing_before
from newsmark.core.suggest.salience import PRONOUN_GENDER, Salience
from newsmark.core.suggest.shortspeech import handed_over
from newsmark.core.suggest.speakerforms import checked_speaker, speaker_form
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.speakerindex import speaker_index
from newsmark.core.suggest.withsaying import with_saying
from newsmark.core.suggest.speakers import is_full_name, is_role
from newsmark.core.suggest.speechheads import SpeechHeads
from newsmark.core.suggest.standalonequotes import standalone
from newsmark.core.suggest.straightquotes import doubled_marks
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.surnamesubjects import surname_subjects
from newsmark.core.suggest.whosaid import relative_speaker, relative_teller

NAME = "quotes"
_STOP = re.compile(r"[.!?][”\"’]?\s+|\n")

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
    for at, start, end, after in quote_spans(text):
        content_end = end
        while content_end > start and text[content_end - 1] in " \t\n,":
            content_end -= 1
        while start < content_end and text[start].isspace():
            start += 1
        content = text[start:content_end]
        if content and (is_speech(content, text[max(0, at - 30):at]) or standalone(text, at, start, content_end, after)
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
        if not who and runs_on(text, after, quotes[i + 1][0]) and quotes[i + 1][0] - after <= 8 and quotes[i + 1][4]:
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
        goes_on = previous and previous[0] and runs_on(text, previous[1], at)
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
                     source_closing_before(text, at), epithet_person(text, at, people),  # "…with Strachan. The former
                     relative_teller(text, at)]  # Scotland international added …. "…," he said": the epithet's person;
            # "… for Staunton, 49, who told BBC News she …. "…," she said": the person the "who told" clause hangs on
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
            if pronoun.lower() == "it":  # a body or a writing, never a person's full name ("In a statement Acme said …
                near = [c for c in near if not (given_gender(c[1]) and is_full_name(c[1]))]  # It said: "…"")
            agreeing = [c for c in near if c[1] and about.agrees(c[1], pronoun)  # "she said": not the last man named
                        and (not personal or c[1] in brought_in or about.known(c[1], pronoun)
                             or given_alone_gender(c[1]) == PRONOUN_GENDER.get(pronoun.lower())  # "daughter Emily"
                             or (is_full_name(people.resolve(c[1], at) or "") and not _initialled_body(text, c[1], at)))]
            if personal and not agreeing:  # everyone near is of the other gender: the last source who is not
                i = bisect.bisect_left(mentions, (at, ""))
                agreeing = [mentions[j] for j in range(i - 1, max(-1, i - 31), -1) if about.known(mentions[j][1], pronoun)][:1]
            outside = [c for c in agreeing if not named_inside(content, people.resolve(c[1], at) or c[1])]
            agreeing = outside or agreeing  # "“I've had a word with Olof …,” he told": not Olof Mellberg himself
            source = max(agreeing or [c for c in near if not (personal and _initialled_body(text, c[1], at))] or near)
            if (previous and previous[0] and not previous[0][:1].isupper() and not is_writing(previous[0].split()[-1])
                    and (not personal or _may_be_he(previous[0]))
                    and "\n\n" not in text[previous[1]:at] and source[0] < previous[1]):
                who, confidence = previous[0], 0.85  # '"…," said a club official. "…," he added': the same voice
            else:
                who, confidence = people.resolve(source[1] or about.topic(at), at) or unnamed(role), 0.85
                if personal and contradicts(who, pronoun) and source[0] < sentence_starts(text, at + 1)[0]:  # "she" is no
                    # "Richard Gere"; the subject of the quote's own sentence stays ("Michelle Obama said he believes …")
                    who = agreeing_before(text, at, pronoun, people) or who
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
    inner = nested_quotes(text, [(q[0], q[1], q[2], s) for q, s in zip(quotes, found)], people, is_speech)
    return sorted(found + inner, key=lambda s: (s.start, -s.end)) if inner else found


_GROUPS = frozenset("people public residents voters fans critics officials sources analysts experts".split())


def _may_be_he(speaker: str) -> bool:
    """Whether "he" or "she" may mean ``speaker``: a person or an unnamed voice ("a club official"), not a group
    ("people", "voters") that asked the quote before."""
    return speaker.split()[0].lower() not in _GROUPS


_INITIALS = re.compile(r"[A-Z]{2,}\b")  # "BBC Sport", "CNN Money": a body, not "he"; "AJ Ruiz" is rarer than a body
# A person's role after a name set off by a comma: "JF Sullivan, spokesman for …", "AJ Ruiz, Acme's chief executive".
_ROLE_REACH = 4000
_ROLE_APPOSED = r",\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z][\w-]*)\b"


def _initialled_body(text: str, name: str, at: int) -> bool:
    """Whether a name led by capitals ("BBC Sport") is a body, not a person "he" may mean: unless the text gives it a
    person's role before the quote at ``at`` ("JF Sullivan, spokesman for e-mail firm Sendmail"), a story's length back
    at most (the scan stays linear on a long text)."""
    if not _INITIALS.match(name):
        return False
    pattern = re.compile(re.escape(name) + _ROLE_APPOSED)
    return not any(is_role(m.group("role")) for m in pattern.finditer(text, max(0, at - _ROLE_REACH), at))


