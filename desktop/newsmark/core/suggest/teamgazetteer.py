"""A project's own gazetteer: a TSV of ``name<TAB>kind`` lines that adds place names or, with kind ``stop``, suppresses them.

Format: one entry per line; blank lines and lines starting with ``#`` are ignored. The kind is one word
(``city``, ``region``, ``area``, ``stop``...). ``stop`` suppresses every suggestion whose text is that name
(any capitalisation), built-in or not; every other kind adds the name as a location, matched as written
and without the evidence common words need.
"""

from __future__ import annotations

import re
from newsmark.core.errors import NewsmarkError

STOP = "stop"
_KIND = re.compile(r"^[A-Za-z][\w-]*$")


class TeamGazetteerError(NewsmarkError):
    """A team gazetteer's text has a bad line; the message names the line."""


class TeamGazetteer:
    """Names a team adds as locations (name → kind) and names it suppresses (as written)."""

    def __init__(self, names: dict[str, str] | None = None, stops: tuple[str, ...] = ()):
        self.names = dict(names or {})
        self.stops = tuple(stops)
        self._folded = frozenset(s.casefold() for s in self.stops)

    def is_stopped(self, matched: str) -> bool:
        """True when the team's stop list suppresses this matched text (any capitalisation)."""
        return bool(self._folded) and matched.casefold() in self._folded  # most projects stop nothing: no casefold

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TeamGazetteer) and (self.names, set(self.stops)) == (other.names, set(other.stops))

    def __repr__(self) -> str:
        return f"TeamGazetteer(names={self.names!r}, stops={self.stops!r})"


EMPTY_TEAM = TeamGazetteer()


def _entries(text: str):
    """(line number, name, kind) for every entry line, raising on a malformed one."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            why = "no tab between name and kind" if len(fields) == 1 else f"{len(fields)} fields, expected name<TAB>kind"
            raise TeamGazetteerError(f"team gazetteer line {number}: {why}")
        name, kind = fields[0].strip(), fields[1].strip()
        if not name:
            raise TeamGazetteerError(f"team gazetteer line {number}: the name is empty")
        if not _KIND.match(kind):
            raise TeamGazetteerError(f"team gazetteer line {number}: the kind {kind!r} is not one word (e.g. city, region, stop)")
        yield number, name, kind


def parse_team_gazetteer(text: str) -> TeamGazetteer:
    """The team gazetteer a TSV text describes; raises TeamGazetteerError naming the first bad line."""
    names: dict[str, str] = {}
    stops: dict[str, str] = {}
    seen: dict[str, tuple[int, str]] = {}
    for number, name, kind in _entries(text):
        kind = kind.lower()
        earlier = seen.get(name.casefold())
        if earlier and (earlier[1] == STOP) != (kind == STOP):
            raise TeamGazetteerError(
                f"team gazetteer line {number}: {name!r} is both a stop and a location (see line {earlier[0]})")
        seen[name.casefold()] = (number, kind)
        if kind == STOP:
            stops.setdefault(name.casefold(), name)
        else:
            names[name] = kind
    return TeamGazetteer(names, tuple(stops.values()))


def serialise_team_gazetteer(team: TeamGazetteer) -> str:
    """A TSV text that parses back to ``team``: its locations, then its stops, each sorted."""
    lines = [f"{name}\t{kind}" for name, kind in sorted(team.names.items())]
    lines += [f"{stop}\t{STOP}" for stop in sorted(team.stops)]
    return "".join(line + "\n" for line in lines)


def add_stop(text: str, name: str) -> str:
    """``text`` with ``name`` on its stop list (a location line for the same name becomes a stop line); comments kept."""
    name = name.strip()
    if not name or "\t" in name or "\n" in name or "\r" in name:
        raise TeamGazetteerError(f"cannot add {name!r} to the stop list: a name is one line without tabs")
    # parse first: a bad text is reported, never silently extended
    if parse_team_gazetteer(text).is_stopped(name):
        return text
    lines, found = text.splitlines(), False
    for i, line in enumerate(lines):
        fields = line.split("\t")
        if len(fields) == 2 and not line.lstrip().startswith("#") and fields[0].strip().casefold() == name.casefold():
            lines[i], found = f"{fields[0].strip()}\t{STOP}", True  # every spelling of it, so none stays a location
    if not found:
        lines.append(f"{name}\t{STOP}")
    return "".join(line + "\n" for line in lines)
