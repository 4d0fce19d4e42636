"""Who a quotation is attributed to: the reporting-verb constructions of news around a quote."""

from __future__ import annotations

import re

from newsmark.core.suggest.colonclause import colon_clause, colon_source
from newsmark.core.suggest.coordinated import coordinated_subject
from newsmark.core.suggest.headclauses import aside_source, colon_introduced, joined_name, verdict_source
from newsmark.core.suggest.kinship import kin_word_before
from newsmark.core.suggest.insentence import APPOSITION, DASHED, OWNER, POSSESSIVE_DETERMINERS, in_sentence, role_apposed
from newsmark.core.suggest.newsource import closing_source
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.namings import naming_subject
from newsmark.core.suggest.narration import heard_speaker, inverted_speaker, joined_object, reported_speaker
from newsmark.core.suggest.saiddescribed import said_described
from newsmark.core.suggest.roleholders import role_holder, unclosed_role_source
from newsmark.core.suggest.quoteends import HEAD_END as _HEAD_END, ends_inside, next_sentence, stop_before
from newsmark.core.suggest.sourcewords import (ADVERB as _ADVERB, ASIDE as _ASIDE, LABEL as _LABEL, ARTICLE as _ARTICLE, GROUP as _GROUP, GROUP_RE as _GROUP_RE,
                                               NAME as _NAME, PHRASE as _PHRASE, RUN as _RUN, SAYS as _SAYS, VERBS as _VERBS,
                                               WORD as _WORD, ANY_PAST as _ANY_PAST, SUBORDINATORS)
from newsmark.core.suggest.sourcephrase import (NOT_DESCRIPTIONS, speaker_like, speaker_phrase,
                                                unnamed as unnamed)  # unnamed: re-exported for the quote finders
from newsmark.core.suggest.speakers import (PRONOUNS, is_full_name, is_organisation, is_role,
                                            person_name)

# After the verb an unnamed source runs to the punctuation ("said a spokeswoman for the Home Office.").
# "said Commissioner of Police Ian Coles": a title with its organisation, then the name (its last two words).
_TITLE_OF = name_pattern(rf"^,?\s*(?:{_SAYS})\s+(?P<role>{_NAME})\s+(?:of|for)\s+(?:[^;:!?\"“”«»\n.]|\.(?=\s+[A-Za-z])){{1,80}}?"
                         rf"(?<=\s)(?P<who>{_WORD}\s+(?:[A-Z]\.\s+)?{_WORD})(?=\s*[,.;:!?]|\s*$)")
# "said a 2008 campaign veteran", "said a 34-year-old nurse": an unnamed source may open on a number; "said the
# 20-year-old": the person the story just told about, by age.
_COUNTED = r"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+\d[\w-]*\s+|[Tt]he\s+(?=\d+-year-old\b))"
_AFTER_VERB_FIRST = name_pattern(rf"^,?\s*(?:{_VERBS})\s+(?P<who>{_GROUP}(?=[,.;:!?]|\s*$)|{_NAME}|{_ARTICLE}{_RUN}{{1,80}}(?=[,.;:!?]|\s*$)|"
                                 rf"{_COUNTED}{_RUN}{{1,80}}(?=[,.;:!?]|\s*$)|"
                                 rf"{_PHRASE}(?=[,.;:\s]|$)|he|she|they)")
# A bare plural right after the quote speaks it: "…," officers announced; "…," local fans chanted.
_BARE_GROUP = name_pattern(rf"^,?\s*(?P<who>(?:[a-z][\w-]+\s+){{0,2}}?(?:[a-z][\w-]+s|people|men|women|children))"
                           rf"{_ADVERB}\s+(?:{_SAYS}|chanted|sang)\b")
_NOT_GROUPS = frozenset("this his its was has is us thus always perhaps sometimes news yes less unless across plus as whereas "
                        "besides afterwards also then still".split())
_NAMED_AFTER = name_pattern(rf",\s+(?P<who>{_NAME})(?=\s*[,.;:!?]|\s*$)")
_ROLE_NAMED = name_pattern(rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?P<role>[a-z][\w-]*)(?:[ \t]+(?:of|for)(?:[ \t]+[a-z][\w-]*){{1,3}})?,"
                           rf"\s+(?P<who>{_NAME})(?=\s*[,.;:!?]|\s*$)")  # "said BA director of commercial planning, Robert Boyle"
# A described name after the verb: "said Unite general secretary Sharon Graham", "said protester Maria Alvarez, 34,".
_DESCRIBED = name_pattern(rf"^,?\s*(?:{_SAYS})\s+(?:{_NAME}\s+)?(?P<desc>(?:[a-z][\w-]*\s+){{1,3}})(?P<who>{_NAME})"
                          r"(?=\s*[,.;:!?]|\s*$|\s+(?:in|on|at|of|from|with|during|after|before|last|this|earlier|later|when|while)\s)")
# Someone's officer, then the name after a comma (_ROLE_NAMED): "said its chairman, Sir Anthony Greener".
_SAYS_OWNED = name_pattern(rf"^,?\s*(?:{_SAYS})[ \t]+(?:its|his|her|their)(?=[ \t])")
# A described name before the verb: "press secretary Karine Jean-Pierre said", "the team's coach Ben Ortiz joked".
_DESCRIBED_FIRST = name_pattern(rf"^,?\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}(?P<desc>(?:[a-z][\w'’-]*\s+){{1,3}})(?P<who>{_NAME})"
                                rf"{_ASIDE},?{_ADVERB}\s+(?:{_SAYS})\b")
# Someone's unnamed aide: "Holness's spokesman said" is the spokesman, not Holness.
_POSSESSED = r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
# Who speaks with the named one: "Ana Ruiz and her team wrote", "Ruiz and colleagues said" is Ruiz's.
_ENTOURAGE = r"(?:\s+and\s+(?:(?:his|her|their)\s+)?(?:team|colleagues|co-authors|coauthors|co-workers|staff|aides|lawyers))?"
_AFTER_WHO_FIRST = name_pattern(
    rf"^,?\s*(?P<who>{_GROUP}|{_POSSESSED}|{_NAME}|{_PHRASE}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e){_LABEL}{_ENTOURAGE}(?:,(?P<aside>[^\"“”«»\n]{{0,160}}?),|{DASHED})?,?{_ADVERB}\s+(?:{_SAYS})\b"
    r"(?!(?<=continued|continues)[ \t]+(?:to|his|her|their|its|the|a|an)\b)")  # "X continued his progress": no saying
_BEFORE = name_pattern(rf"(?<![\w'’-])(?P<who>{_GROUP}|{_NAME}|{_PHRASE}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t){_LABEL}{_ENTOURAGE}(?:,(?P<aside>[^\"“”«»\n]{{0,160}}?),)?,?{_ADVERB}\s+"
                       rf"(?:{_SAYS})(?:\s+[\w'’-]+){{0,3}}\s*[:,]?\s*$")
# No verb: ``"…," Ana Ruiz, director of the agency.`` (sloppy copy) or a dash credit ``"…" — Ana Ruiz, director``.
_VERBLESS = name_pattern(rf"^(?:(?P<dash>\s*[—–-]\s*)|,?\s+)(?P<who>{_NAME}),\s+[^\"“”«»\n]{{3,160}}?(?:[.;]\s|[.;]?\s*$)")
# Or the present of features and broadcasts: "…," Ruiz presses; "…?" Lee counters. No verb of being or having.
_ANY_PRESENT = r"(?!(?:was|has|does|goes|this|thus|plus|always|perhaps|news|yes|less|unless)\b)[a-z]{2,}[^s\W]s\b"
# After a quote that ends in "," "?" or "!" inside its marks, a name and ANY past-tense verb attribute it: "…,"
# Ruiz fumed; "…?" Lee pressed; "…," the Daily Courier reported; "…!" Ruiz shot back.
_AFTER_ANY_VERB = name_pattern(rf"^\s*(?P<who>{_GROUP}(?=\s)|{_NAME}|{_ARTICLE}(?:[a-z]+\s+)?(?:[A-Z][\w'’&.-]*\s+){{0,4}}[A-Z][\w'’&.-]*|[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)"
                               rf"{_LABEL}{_ADVERB}\s+(?:{_ANY_PAST}|{_ANY_PRESENT})(?P<rest>[^\"“”«»\n.;:!?]{{0,40}}?)[.,;:!?]")
# The verb first: "…," beamed Ana Ruiz of Akron; "…?" pressed Lee.
_INVERTED_ANY_VERB = name_pattern(rf"^\s*{_ANY_PAST}\s+(?P<who>{_NAME})(?=\s*[,.;:!?]|\s+(?:of|from|in|at|who)\b)")
# A credit line under a quote: ""…"\n\n— Ana Ruiz, Akron." (pull quotes, epigraphs, reader letters).
_CREDIT = name_pattern(rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*[-–—][ \t]*(?P<who>{_NAME})[ \t]*(?:[,.]|\n|$)")
_ACCORDING_BEFORE = name_pattern(rf"\b[Aa]ccording\s+to\s+(?P<who>{_NAME}|{_GROUP}|{_ARTICLE}{_RUN}{{1,80}}?)\s*,?\s*$")
# A list's line opening on a dash, a body and a role, then the speaker's name right before the quote: "- Bolton boss Sam
# Allardyce "…"", "– Chelsea manager Jose Mourinho: "…"".
_DASHED_LABEL = name_pattern(r"^\s*[-–—•][ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){0,3}(?:[a-z][\w-]*[ \t]+){0,2}"
                             r"(?P<who>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)[ \t]*:?[ \t]*$")
# Words someone gave, then whose they are: "directives from Xi to "…"", "a warning by Ruiz that "…"".
_WORDS_FROM = name_pattern(rf"\b(?:directives?|orders?|instructions?|calls?|pledges?|promises?|vows?|demands?|warnings?|appeals?|"
                           rf"pleas?|threats?|messages?|advice|words|remarks?|comments?)\s+(?:from|by)\s+(?P<who>{_NAME})"
                           rf"(?:\s+(?:to|for|that|of))?(?:\s+(?:the|a|an))?\s*$")


# A clause run into the name after it, no comma between: "the warnings were not there Lord Butler".
_CLAUSE_THEN_NAME = name_pattern(r".*?(?<![\w'’-])(?:was|were|is|are|had|has|have|did|does|would|could|should|will)"
                                 r"(?![\w'’-])[^A-Z]*?[ \t](?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+)")


# A firm named for two ("Ernst and Young", "Marks and Spencer") owning the person after the verb's first name word.
_AND_OWNER = name_pattern(rf"[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*['’]s[ \t]+(?P<who>{_NAME})")


# The rest of a portfolio of two or more after the verb's first word ("said Trade [and Industry Secretary Patricia
# Hewitt]", "said Culture[, Media and Sport Secretary Tessa Jowell]").
_AND_RUN = name_pattern(r"(?:,[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w'’-]*(?:[ \t]+|(?=[,.;:!?]|$))){2,7})")


def _portfolio_holder(tail: str, at: int) -> str:
    """The person named after an office of two portfolios ("Economic and Fiscal Policy Minister Heizo Takenaka"), or ""."""
    run = _AND_RUN.match(tail, at)
    words = run.group(1).split() if run else []
    roles = [k for k, word in enumerate(words[:-1]) if is_role(word)]
    who = " ".join(words[roles[-1] + 1:]) if roles else ""
    return who if who and is_full_name(person_name(who)) else ""


def _who(m: re.Match) -> str:
    """The speaker an attribution match names: a name in apposition to a role ("the chief executive, Dr Amina Shah,")."""
    aside = (m.groupdict().get("aside") or "").strip()
    who = m.group("who")
    if who[:1].islower() and (pronoun := _PRONOUN_LAST.search(who)):
        return pronoun.group(1)  # '"…" the Palestinians were working … - though he acknowledged': he, not a phrase
    phrase = who[:1].islower() or who.startswith(("The ", "A "))  # no name opens it: a clause's subject may come last
    if phrase and (clause := _SUBORDINATE_SUBJECT.search(who)):
        return clause.group(1)  # "… when people asked "…"": people; "The company's shares tumbled after it said": it
    if phrase and (named := _SUBORDINATE_NAME.search(who)):
        if len(person_name(named.group(1)).split()) >= 2:  # "The poll comes after Foreign Secretary Jack Straw predicted"
            return speaker_phrase(named.group(1))
    clause = _CLAUSE_THEN_NAME.fullmatch(who) if phrase else None
    if clause and len(person_name(clause.group("name")).split()) >= 2:
        return speaker_phrase(clause.group("name"))  # "Asked why the warnings were not there Lord Butler said"
    named = person_name(who).split()
    if (who[:1].islower() or who.split()[0] in {"The", "A", "An"} or re.search(r"['’]s\s+[a-z]", who)
            or _GROUP_RE.fullmatch(who) or not named or is_role(named[-1])):
        if APPOSITION.match(aside) and len(person_name(aside).split()) >= 1 + (not who[:1].islower()):
            return speaker_phrase(aside)
        last = aside.rsplit(",", 1)[-1].strip()  # "At the ceremony, a lawyer there, Ana Ruiz, said"
        if last != aside and APPOSITION.match(last) and len(person_name(last).split()) >= 2:
            return speaker_phrase(last)
    return speaker_phrase(m.group("who"))


def _surname_of_someone(text: str, word: str) -> bool:
    """Whether a one-word "-ly" source ("says Early", "said Daly") is the surname of a person the text names in full."""
    return (word.endswith("ly") and word[:1].isupper() and " " not in word
            and name_pattern(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+" + re.escape(word) + r"\b").search(text) is not None)


# "an angry Ruiz", "the veteran Lee": a described name after the verb, the description not a role.
_ARTICLE_DESCRIBED = name_pattern(r"(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+([A-Z].*)$")
_PARTICIPLE_ONLY = name_pattern(r"^\s*[A-Z][a-z]+ing[,:]?\s*$")
# An aside that ends on a titled name holds the subject: "In Akron, after the vote, Gov. Ana Ruiz, said".
_TITLED_LAST = name_pattern(rf"\b(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr)\.\s+(?P<who>{_NAME}){_LABEL}\s*$")


# An age written before the name right after the quote or its verb: "…," 19-year-old Simpson revealed.
_AGED = name_pattern(rf"^,?\s*(?:(?:{_SAYS})\s+)?(?P<age>\d{{1,3}}-year-old\s+)(?=[A-Z][a-z])")


def attribution(text: str, open_at: int, after: int) -> str:
    """The speaker phrase attributed around a quote, or ``""``."""
    tail = text[after:after + 200].split("\n", 1)[0]
    if aged := _AGED.match(tail):  # '"…," 19-year-old Simpson revealed': the age is no part of the name
        tail = tail[:aged.start("age")] + " " * len(aged.group("age")) + tail[aged.end("age"):]
    if ends_inside(text, open_at, after) or (text[after - 2:after - 1] in ".!?" and colon_introduced(text, open_at)):
        tail = ""  # "Ruiz called it "a failure." Lee said …", "He told BBC Radio: "… at all." The latest spats come …":
        # the next sentence's subject is not its source
    heard = heard_speaker(tail)  # "…," she recalls him saying: his words
    if heard:
        return heard if heard.lower() in PRONOUNS else speaker_phrase(heard)
    described = said_described(tail)
    if described:
        return described  # "…," said former Ohio governor Ana Ruiz
    owned = (said := _SAYS_OWNED.match(tail)) and _ROLE_NAMED.match(tail, said.end())
    if owned and (len(person_name(owned.group("who")).split()) >= 2 or kin_word_before(tail, owned.start("who"))):
        return speaker_phrase(owned.group("who"))  # "…," said its chairman, Sir Anthony Greener; "said his wife, Sheila."
    described = _DESCRIBED.match(tail)
    if described and not NOT_DESCRIPTIONS.intersection(described.group("desc").split()):
        return speaker_phrase(described.group("who"))
    titled = _TITLE_OF.match(tail)
    if titled and is_role(titled.group("role").split()[-1]):
        return speaker_phrase(titled.group("who"))
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
        m = pattern.match(tail)
        if m and pattern is _AFTER_WHO_FIRST and next_sentence(text, after, tail, m.end()):
            continue  # "…?” Ruiz responded that “…”: the verb introduces what follows, not the quote before
        if m and m.group("who") in POSSESSIVE_DETERMINERS:
            continue  # "…." His comments contradict …: "comments" is his words' noun, no verb
        if m and (speaker_like(m.group("who")) or _surname_of_someone(text, m.group("who"))):
            named = _NAMED_AFTER.match(tail, m.end()) if m.group("who")[:1].islower() else _ROLE_NAMED.match(tail, m.end())
            if named and "role" in named.groupdict() and not is_role(named.group("role")):
                named = None  # "said EEF chief economist, Steve Radley": the body's economist, named after a comma
            if named and len(person_name(named.group("who")).split()) >= 2 and not is_organisation(named.group("who")):
                return speaker_phrase(named.group("who"))  # "said the group's leader, Ana Ruiz."
            owned = _AND_OWNER.match(tail, m.end()) if m.group("who")[:1].isupper() else None
            if owned and is_full_name(person_name(owned.group("who"))):
                return speaker_phrase(owned.group("who"))  # "added Ernst and Young's Sanjay Mehta": the firm's analyst
            holder = _portfolio_holder(tail, m.end()) if m.group("who")[:1].isupper() else ""
            if holder:
                return speaker_phrase(holder)  # "said Trade and Industry Secretary Patricia Hewitt"
            return _who(m)
    m = _AFTER_ANY_VERB.match(tail) if text[after - 2:after - 1] in ",!?" and not _in_subordinate(text, open_at) else None
    if m and speaker_like(m.group("who")) and (text[after - 2:after - 1] == "," or _intransitive(m.group("rest"))):
        described = _ARTICLE_DESCRIBED.match(m.group("who"))
        if described and not is_role(described.group(1)):
            return speaker_phrase(described.group(2))  # "…," an angry Ruiz retaliated
        return _who(m)
    m = _INVERTED_ANY_VERB.match(tail) if text[after - 2:after - 1] in ",!?" else None
    if m and speaker_like(m.group("who")):
        return speaker_phrase(m.group("who"))
    m = _CREDIT.match(text, after) if not tail.strip() else None
    if m and speaker_like(m.group("who")):
        return speaker_phrase(m.group("who"))
    group = _BARE_GROUP.match(tail) if text[after - 2:after - 1] in ",!?" else None
    if group and not _NOT_GROUPS.intersection(group.group("who").split()) and not group.group("who").endswith(("ss", "ly")):
        return group.group("who")
    described = _DESCRIBED_FIRST.match(tail)
    if (described and not NOT_DESCRIPTIONS.intersection(described.group("desc").split())
            and not next_sentence(text, after, tail, described.end())):
        return speaker_phrase(described.group("who"))
    verbless = _VERBLESS.match(tail)
    if verbless and (text[after - 2:after - 1] == "," or verbless.group("dash")):
        if is_full_name(person_name(verbless.group("who"))):
            return speaker_phrase(verbless.group("who"))
    verdict = verdict_source(tail)
    if verdict and speaker_like(verdict):
        return speaker_phrase(verdict)  # ""…," is the dry assessment of Graham Lane"
    closing = closing_source(text, open_at, after, tail)
    if closing:
        return closing  # 'Brown liked "…" in a bid to …, the Tory leader said.'
    line_start = text.rfind("\n", 0, open_at) + 1
    sentences = _HEAD_END.split(text[max(line_start, open_at - 200):open_at])
    head = sentences[-1]
    if len(sentences) > 1 and _PARTICIPLE_ONLY.match(head):
        head = sentences[-2] + " " + head  # "… Ruiz stated. Adding, "…"": the sentence before has the subject
    m = _ACCORDING_BEFORE.search(head) if "ccording" in head else None
    if m:
        return speaker_phrase(m.group("who"))
    m = _DASHED_LABEL.match(head) if head.lstrip()[:1] in ("-", "–", "—", "•") else None
    if m:
        return speaker_phrase(m.group("who"))  # "- Bolton boss Sam Allardyce "…"": a list's line gives its speaker
    m = _WORDS_FROM.search(head) if "from" in head or "by" in head else None
    if m and speaker_like(m.group("who")):
        return speaker_phrase(m.group("who"))
    inverted = inverted_speaker(head)  # "Replied Ruiz, with some delicacy, "…""
    if inverted and speaker_like(inverted):
        return speaker_phrase(inverted)
    clause = colon_clause(text, head, open_at)  # "… just after Ruiz declared: "…"": the last clause's subject
    if clause:
        return clause
    named = naming_subject(head)  # "Ruiz said Lee called it "…"": the words are Lee's
    if named:
        return named
    inner = reported_speaker(head)  # "Kelly says Ailes told her, "…"": the words are Ailes's
    if inner and not OWNER.search(inner) and (inner.lower() in PRONOUNS or speaker_like(inner)):  # not "Reyes' notes"
        return inner if inner.lower() in PRONOUNS else speaker_phrase(inner)
    aside = aside_source(head)  # "The comments, said Junya Tanase of JPMorgan, were "…"", "X who said: "…""
    if aside and speaker_like(aside):
        return speaker_phrase(aside)
    unclosed = unclosed_role_source(head)  # "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:"
    if unclosed:
        return unclosed
    pos = 0
    while (m := _BEFORE.search(head, pos)) is not None:
        if _RELATIVE_OBJECT.search(head, max(0, m.start("who") - 40), m.start("who")):
            pos = m.start() + 1  # "Lord Faulkner, who chaired the inquiry, said": the inquiry is the clause's object
            continue
        if (role := _ARTICLE_ROLE.match(m.group("who"))) and (holder := role_holder(head, m.start("who") + role.end())):
            return holder  # "Mark Serwotka, the leader of the Public and Commercial Services Union said": he speaks
        owned = _OWNED_TO.search(head, max(0, m.start("who") - 80), m.start("who"))
        if owned:
            return speaker_phrase(owned.group("owner"))  # "United's statement to the stock exchange said": United's words
        titled = _TITLED_LAST.search(m.group("aside") or "")
        if titled and speaker_like(m.group("who")):
            return speaker_phrase(titled.group("who"))  # "In Akron, after the vote, Gov. Ana Ruiz (R-OH), said"
        if joined_object(head, m.start("who"), m.group("who")):
            pos = m.start() + 1  # "Lee locked the door and told her:": no source, the object of the verb before
            continue
        if m.group("who")[:1].islower() and _SAYS_RIGHT_BEFORE.search(head, max(0, m.start("who") - 20), m.start("who")):
            pos = m.start() + 1  # "Jack Straw, who argues the constitution reflected a "…"": a reported clause's subject
            continue
        if m.group("who") in ("It", "it"):
            return "It"  # "In a statement Acme said …. It said: "…"": a body, as the pronoun branch resolves it
        if _PRONOUN_LAST.search(m.group("who")) and m.group("who")[:1].islower():
            return _PRONOUN_LAST.search(m.group("who")).group(1)  # "Although in the next breath he declared:": he
        joined = joined_name(m.group("who"))
        if joined and speaker_like(joined):
            return speaker_phrase(joined)  # "… with an Achilles tendon injury but Cole said:": Cole
        preposed = m.group("aside") and _PREPOSED.search(head, max(0, m.start() - 12), m.start())
        if speaker_like(m.group("who")) and not OWNER.search(m.group("who")) and (not preposed or _who(m) != speaker_phrase(m.group("who"))):
            return role_apposed(head, m) or _who(m)  # "In a statement to the Courier, its editor, Ana Ruiz, said"
        pos = m.start() + 1  # "Later, Maria Gomez, a nurse, warned": not the opener, the name after it
    if not head.strip():  # "Ruiz summed it up:\n\n"…"": the paragraph before introduces the quote
        prev = text[max(0, line_start - 300):line_start].rstrip()
        head = _HEAD_END.split(prev.rsplit("\n", 1)[-1])[-1] if prev.endswith(":") else head
    if head.rstrip().endswith(":"):
        introduced_by = colon_source(text, head, open_at)
        if introduced_by:
            return introduced_by
    joined = coordinated_subject(head)  # "Ruiz met the panel and said, "…"": the clause's subject
    if joined and (joined.lower() in PRONOUNS or speaker_like(joined)):
        return joined if joined.lower() in PRONOUNS else speaker_phrase(joined)
    return in_sentence(head, "" if stop_before(text, after) in tuple(".!?") else tail)  # "…." Next sentence: not its


_SAYS_RIGHT_BEFORE = name_pattern(rf"(?<![\w'’-])(?:{_SAYS})[ \t]+(?:that[ \t]+)?\Z")
# A subordinate clause's own subject ends a phrase: "an answer when people asked".
_SUBORDINATE_SUBJECT = re.compile(r"[ \t](?:when|whenever|while|as|after|before|because|if|since|until|once)[ \t]+([a-z][\w-]*)\Z")
# Or a named subject: "The poll comes after Foreign Secretary Jack Straw predicted …".
_SUBORDINATE_NAME = name_pattern(r"[ \t](?:when|while|as|after|before|because|since|until|once)[ \t]+"
                                 r"((?:[A-Z][\w'’.-]*[ \t]+){1,4}[A-Z][\w'’.-]*)\Z")
# A phrase before a pronoun and its verb is no subject: "in the next breath he declared" ("he" is).
_PRONOUN_LAST = re.compile(r"[ \t](he|she|they)\Z")


# What a preposition governs is no subject: "In a statement, Ana Ruiz said", "At a rally, Lee warned".
_PREPOSED = name_pattern(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Ww]ith|[Bb]y|[Ff]rom|[Tt]hrough|[Vv]ia|[Tt]o|[Ff]or|[Oo]f|[Aa]bout)[ \t]+\Z")
def _in_subordinate(text: str, open_at: int) -> bool:
    """Whether a quote sits in a sentence's opening subordinate clause, whose comma it ends with ("When Lee called it
    "…," Ruiz seized on it": Ruiz is the main clause's subject, not the quote's source)."""
    line_start = text.rfind("\n", 0, open_at) + 1
    head = re.split(r"[.!?][”\"’]?\s+", text[max(line_start, open_at - 200):open_at])[-1]
    return _OPENING_CLAUSE.match(head) is not None


_OPENING_CLAUSE = name_pattern(r"^\s*(?:Whenever|" + "|".join(sorted(SUBORDINATORS)) + r")\b[^,]*$")


_OBJECTS = frozenset("the a an his her their its our my your this that these those it them him us me to".split())


def _intransitive(rest: str) -> bool:
    """Whether a verb's words after a "?" or "!" quote end its clause soon with no object ("…?" Lee pressed on Monday.);
    "…?" Members debated the plan: a new sentence."""
    words = rest.split()
    return len(words) <= 5 and not (words and words[0] in _OBJECTS)


# "the" + a role of a body running to the verb, after a name and its comma: the name speaks (``role_holder``).
_ARTICLE_ROLE = re.compile(r"(?:the|a|an)[ \t]+([a-z][\w-]*)[ \t]+(?:of|at|for)[ \t]")
# The object of a relative clause in commas before the verb: ", who chaired the inquiry, said".
_RELATIVE_OBJECT = name_pattern(r",[ \t]+(?:who|which)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+\Z")
# A body's writing addressed to another, whose name then stands before the verb: "United's statement to the stock
# exchange said", "the firm's letter to shareholders said" — the writer's words, not the addressee's.
_OWNED_TO = name_pattern(r"(?<![\w'’&.-])(?P<owner>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})(?:['’]s|(?<=s)['’])\s+"
                         r"(?:[a-z]+\s+)?(?:statement|letter|report|filing|submission|announcement|note)\s+to\s+\Z")
