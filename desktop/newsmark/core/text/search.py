"""Finding text in documents: plain, whole word, case-sensitive or regular expression."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmark.core.errors import NewsmarkError

MAX_MATCHES = 1_000_000  # a runaway pattern (e.g. ".") stops here rather than eating memory


@dataclass(frozen=True, slots=True)
class Query:
    """What the analyst is looking for and how."""

    text: str
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False

    def compile(self) -> re.Pattern[str]:
        """The query as a compiled pattern; a bad regular expression is a clear error."""
        if not self.text:
            raise NewsmarkError("type something to find")
        body = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            # \b is wrong next to non-word characters ("U.S." or "#tag"): look at the neighbours instead.
            body = rf"(?<![\w])(?:{body})(?![\w])"
        flags = 0 if self.case_sensitive else re.IGNORECASE
        try:
            return re.compile(body, flags)
        except re.error as e:
            raise NewsmarkError(f"not a valid regular expression: {e}") from None


def find_all(text: str, query: Query) -> list[tuple[int, int]]:
    """Every non-empty match of the query in the text, as code point ranges in text order."""
    pattern = query.compile()
    found = []
    for m in pattern.finditer(text):
        if m.end() > m.start():  # an empty match cannot become a span
            found.append((m.start(), m.end()))
            if len(found) >= MAX_MATCHES:
                break
    return found

