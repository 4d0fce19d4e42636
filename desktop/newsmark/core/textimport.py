"""Reading article files into document text: decoding, line endings, titles."""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into ``\\n``; U+2028/U+2029 are kept as they are."""
    return _LINE_BREAK.sub("\n", text)
