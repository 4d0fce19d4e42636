"""Text as the core sees it: code point offsets, Qt-free selection rules, tokens, search and span edges."""
