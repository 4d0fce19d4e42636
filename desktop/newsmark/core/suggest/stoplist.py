"""The team gazetteer's stop list: names a location suggester must not propose, kept as ``name<TAB>stop`` lines."""

from __future__ import annotations

STOP = "stop"


def stop_name(text: str) -> str:
    """A suggestion's text as a gazetteer name: one line, white space collapsed (a tab or newline would break the TSV)."""
    return " ".join(text.split())


def is_stopped(gazetteer: str, name: str) -> bool:
    """Whether the gazetteer already stops ``name`` (compared case-insensitively, as a name in running text)."""
    wanted = stop_name(name).casefold()
    for line in gazetteer.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1].strip() == STOP and stop_name(fields[0]).casefold() == wanted:
            return True
    return False


def add_stop(gazetteer: str, name: str) -> str:
    """The gazetteer TSV with ``name`` stopped: every other line kept as it was, one line appended (if not there yet)."""
    name = stop_name(name)
    if not name or is_stopped(gazetteer, name):
        return gazetteer
    if gazetteer and not gazetteer.endswith("\n"):
        gazetteer += "\n"
    return f"{gazetteer}{name}\t{STOP}\n"
