"""People a feature goes on calling by surname alone, as the subjects of its sentences.

A long feature names a person in full once, often in passing ("… the ballad that Ana Ruiz sings at the end"), then
opens paragraphs with the surname ("Ruiz, who had not sung in years, worried …. “…,” she said"). Who the text is
about counted only the sources of reporting verbs and the full names opening sentences, so such a person never
became the subject a following "she said" or unattributed quote belongs to.
"""

from __future__ import annotations

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import OPENERS, is_organisation, is_role

# Actions in the past tense that do not end in "-ed": "Henman came from two sets down".
_IRREGULAR = ("(?:came|went|won|lost|beat|took|made|gave|got|told|saw|ran|led|left|fell|felt|knew|thought|began|brought|"
              "bought|built|held|kept|met|paid|put|set|spoke|stood|sent|spent|wrote|drew|grew|hit|threw|struck|broke|chose|"
              "fought|sought|taught|caught|found|heard|meant|rose|drove|flew|sang|swam|wore|woke|hid|shot|quit|split)")
# A mood a speaker is in before their words ("Roddick was left frustrated …. "…," said the American"): no passive.
_MOOD = (r"(?:frustrated|delighted|pleased|happy|disappointed|upbeat|confident|relieved|angry|furious|unhappy|satisfied|"
         r"thrilled|proud|philosophical|adamant|defiant|optimistic|downbeat|gutted|devastated|elated|bullish|cautious)")
# A sentence opening with one capitalised word (possessive or not), then an aside with "who" or a verb.
# The verb acts ("worried", "laughs"): a passive, a copula ("was sacked", "is 56") or a refusal ("declined to comment")
# makes no speaker of its subject.
# Matched where a sentence may open (_SENTENCE_STARTS), then checked (_opens_sentence): look-behinds tried at every
# offset of a long text cost more than the rest of the pass.
# One class first, then what the character read allows: a fast scan ("(?:[.!?]…|\n)" opens with no class re can jump by).
_SENTENCE_STARTS = name_pattern(r"[.!?\n](?:(?<=[.!?])[”\"’]?\s|(?<=\n))(?=[A-Z][a-z])")
_SURNAME_SUBJECT = name_pattern(r"(?P<who>[A-Z][a-z][\w'’-]+)(?:['’]s)?"
                                r"(?=,[ \t]+who\b|[ \t]+(?:still[ \t]+|also[ \t]+|[a-z]+ly[ \t]+)?(?!(?:was|is|has|does|gets|declined|refused)\b)"
                                r"(?:[a-z]{2,}(?:ed|s)|" + _IRREGULAR + r")\b"
                                r"|[ \t]+(?:was|is)[ \t]+(?:left[ \t]+)?" + _MOOD + r"\b"
                                r"|[ \t]+(?:was|is)[ \t]+the[ \t]+(?:more|better|stronger|faster|bigger)\b)")  # "Lee was the more powerful player"
_GIVEN = name_pattern(r"[A-Z][a-z][\w'’-]*|[A-Z]\.")


_LOWER3 = name_pattern(r"[a-z]{3}")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word at ``at`` opens the text, a line, or a sentence ending "abc." or ".”" before one blank."""
    if at == 0 or text[at - 1] == "\n":
        return True
    if at < 3 or not text[at - 1].isspace():
        return False
    before = text[at - 2]
    if before in ".!?":
        return at >= 5 and _LOWER3.fullmatch(text, at - 5, at - 2) is not None
    return before in "”\"’" and text[at - 3] in ".!?"


def surname_subjects(text: str, people: SpeakerIndex) -> list[tuple[int, str]]:
    """(offset, full name) of every sentence that opens with a surname the article gave in full before."""
    found, full_of = [], {}
    skip = headline_end(text)
    starts = ([skip] if skip == 0 else []) + [b.end() for b in _SENTENCE_STARTS.finditer(text, max(0, skip - 1))]
    for at in starts:
        m = _SURNAME_SUBJECT.match(text, at) if at >= skip else None
        if m is None:
            continue
        word = m.group("who")
        if not _opens_sentence(text, at) or word in OPENERS or is_role(word):
            continue
        if word not in full_of:
            full = people.resolve(word, m.start()) or ""
            words = full.split()
            ok = (len(words) >= 2 and words[-1] == word and all(_GIVEN.fullmatch(w) for w in words[:-1])
                  and not is_organisation(full))  # "Ana Ruiz", "Ana M. Ruiz"; not "EV. That" over a sentence end
            full_of[word] = full if ok else ""
        if full_of[word]:
            found.append((m.start(), full_of[word]))
    return found
