"""Short complete utterances: one or two quoted words that are speech because a reporting verb hands them over.

One or two words in marks are mostly scare quotes (``a "historic" mistake``), but a complete short answer is
speech (``"Amazing," Davis said.``, ``he said, "I'm Jim."``, a paragraph that is only ``"One one-thousand."``).
The evidence is the verb next to the marks, never the words themselves:
- the quote opens its sentence and hands over with a comma (or ends with ``!``/``?``) to a reporting verb a
  few words on — but not one word that a continued quote carries on (``"And," Ruiz said, "we …"``);
- a reporting verb with a comma or colon right before the marks and a stop inside them, the words starting with a
  capital and not a bare name (``she replied, "Tom Lee."`` names someone);
- the quote is a whole paragraph by itself and ends with a stop inside the marks.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.reportverbs import FINITE, trie_pattern

# verbs of speaking that news uses after a short answer, besides the reporting verbs proper
_SPOKEN = ("asked asks replied replies answered answers yelled yells shouted shouts whispered whispers exclaimed "
           "exclaims snapped snaps quipped quips joked jokes laughed laughs sighed sighs cried cries muttered mutters "
           "offered came").split()
_VERB = trie_pattern(sorted(FINITE | set(_SPOKEN)))
_VERB_AFTER = re.compile(rf"[ \t]+(?:[\w.'’-]+[ \t]+){{0,6}}?(?:{_VERB})\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_VERB})(?:[ \t]+[a-z]+)?[ \t]*[,:][ \t]*\Z")
_OPENS_SENTENCE = re.compile(r"(?:\A|\n|[.!?][”\"’]?[ \t]+)[ \t]*\Z")
_CARRIED_ON = re.compile(r"[^.!?\n]{0,40}?,[ \t]*[“\"‘«]")  # "…," Ruiz said, "…": the sentence goes on in marks


def handed_over(text: str, open_at: int, start: int, end: int, after: int) -> bool:
    """Whether the words ``text[start:end]`` quoted at ``open_at`` (closing mark before ``after``) are a short utterance."""
    content = text[start:end]
    words = content.split()
    stop = content[-1:] in ".!?"
    opens = _OPENS_SENTENCE.search(text, max(0, open_at - 3), open_at) is not None
    if opens and ("," in text[end:after - 1] or content[-1:] in "!?"):
        verb = _VERB_AFTER.match(text, after)
        if verb and not (len(words) == 1 and _CARRIED_ON.match(text, verb.end())):
            return True
    if stop and content[:1].isupper() and _VERB_BEFORE.search(text, max(0, open_at - 40), open_at):
        named = all(w[:1].isupper() and "'" not in w and "’" not in w for w in words)
        return not named
    return stop and opens and text[open_at - 1:open_at] == "\n" and text[after:after + 1] in ("\n", "")
