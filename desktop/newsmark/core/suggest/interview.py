"""A question-and-answer interview: words the interviewee reports with "I said", "we were like", "you were saying".

A Q&A transcript alternates short question paragraphs (the interviewer's) with answers (the interviewee's, set
without quotation marks). A quote inside an answer that the answer's own "I" or "we" says ("we said, "…"",
"I called her and said, "…"") is the interviewee's, as is one a question hands to "you" ("you were saying,
"…""); the last person an answer mentions is not. The interviewee is the person the introduction is about.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.namesakes import looks_given
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.speakers import SCAN_NAME, is_full_name, is_organisation, is_title, person_name

# A paragraph that is one short question (400 characters at most), not a quoted one.
_QUESTION = re.compile(r"(?:\A|(?<=\n\n))(?![“\"‘'«\n])[^\n]{1,400}?\?[ \t]*(?=\n\n|\Z)")
# The speech verb's subject is the answer's "I"/"we" or the question's "you", in the quote's own sentence.
# No other subject in between: "you promise …, even if the network goes, "…"" is the network's.
_SAYING = (r"(?:(?!\b(?:the|a|an|he|she|it|they|his|her|its|their|my|our|people|everyone|someone)\b)[^.!?“”\"\n]){0,100}?"
           r"\b(?:said|say|says|saying|like|go|goes|went|told|tell|telling|asked|ask|asking|wrote|write)"
           r"(?:[ \t]+(?:him|her|them|us|me|(?:my|our|the|his|her|their)[ \t]+[\w-]+|[A-Z][\w'’-]*))?"  # "telling my staff"
           r"[ \t]*[,:]?[ \t]*\Z")
_ANSWER_SAYS = name_pattern(r"(?:^|(?<=[\s(]))(?:I|[Ww]e|[Yy]ou)(?:['’](?:m|re|ve|d|ll))?\b" + _SAYING)
_QUESTION_SAYS = name_pattern(r"(?:^|(?<=[\s(]))[Yy]ou(?:['’](?:re|ve|d|ll))?\b" + _SAYING)
_NAME = re.compile(SCAN_NAME)
_END_STOP = re.compile(r"(?<=[a-z]{2})\.$")  # "… producer Greg Berlanti." ends its sentence, not the name
_STOP = re.compile(r"[.!?][”\"’]?[ \t]+(?=[A-Z“\"])")
_MIN_TURNS = 4  # question-then-answer pairs that make a transcript


class Interview:
    """The Q&A layout of one article, found once; empty for an ordinary story."""

    def __init__(self, text: str) -> None:
        """Find the question paragraphs of ``text`` and whether they alternate with answers."""
        self._text = text
        self._questions: set[int] = set()
        self.opening, self.interviewee = -1, ""
        if text.count("?\n") < _MIN_TURNS:
            return  # a plain scan rules out nearly every story
        found = [(m.start(), m.end()) for m in _QUESTION.finditer(text)]
        starts = {start for start, _ in found}
        turns = sum(1 for _, end in found if _next_paragraph(text, end) not in starts)
        if turns >= _MIN_TURNS:
            self._questions, self.opening = starts, found[0][0]
            self.interviewee = self._interviewee()

    def _interviewee(self) -> str:
        """The person of the headline and introduction, else the one the introduction names most, or ``""``."""
        intro = self._text[headline_end(self._text):self.opening]
        # In the order first named (a dict, not a set): a tie goes to the first, the same in every run.
        people = dict.fromkeys(_END_STOP.sub("", person_name(m.group())) for m in _NAME.finditer(intro))
        people = [p for p in people if is_full_name(p) and not is_organisation(p)
                  and looks_given(p.split()[0], self._text, is_title)]  # "Suicide Squad" is no person
        counts = {p: len(re.findall(r"(?<![\w'’-])" + re.escape(p.split()[-1]) + r"(?![\w'’-])", intro)) for p in people}
        headline = self._text[:headline_end(self._text)]
        return max(counts, key=lambda p: (p in headline, counts[p]), default="")  # the headline's person first

    def first_person(self, at: int) -> bool:
        """Whether the quote opening at ``at`` is the interviewee's own report: an answer's "I"/"we"/"you" or a
        question's "you" says it, in the quote's sentence."""
        if self.opening < 0 or at < self.opening:
            return False
        brk = self._text.rfind("\n\n", 0, at)
        start = brk + 2 if brk != -1 else 0
        stops = [m.end() for m in _STOP.finditer(self._text, start, at + 1)]
        head_start = stops[-1] if stops else start
        said = _QUESTION_SAYS if start in self._questions else _ANSWER_SAYS
        return said.search(self._text, head_start, at) is not None


def _next_paragraph(text: str, end: int) -> int:
    """Where the paragraph after the one ending at ``end`` starts."""
    k = text.find("\n\n", end)
    return -1 if k == -1 else k + 2
