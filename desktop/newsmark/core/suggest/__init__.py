"""Pure-core suggesters: functions from an article's text to proposed spans the analyst accepts or rejects.

Nothing here stores or paints anything; a suggestion is never a span until the analyst accepts it.
Offsets are code points, end-exclusive, as everywhere in the core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from newsmark.core.suggest.patterns import Rule, match_patterns
from newsmark.core.suggest.sidebyside import side_by_side, worth_it
from newsmark.core.suggest.suggestion import Suggestion


Suggester = Callable[[str], list[Suggestion]]


def default_suggesters() -> dict[str, Suggester]:
    """A fresh registry of the built-in suggesters by the tag they propose (callers may add or drop entries).

    The suggesters are imported here, not with the package: a process that needs only some of them (the child of
    ``sidebyside`` runs the location and figure suggesters) does not build the quote and claim suggesters' patterns,
    about a second of start-up.
    """
    from newsmark.core.suggest.claims import suggest_claims
    from newsmark.core.suggest.figures import suggest_figures
    from newsmark.core.suggest.locations import suggest_locations
    from newsmark.core.suggest.quotes import suggest_quotes

    return {"figure": suggest_figures, "quote": suggest_quotes, "location": suggest_locations, "claim": suggest_claims}


def suggest(text: str, suggesters: Mapping[str, Suggester] | None = None, tags: Iterable[str] | None = None) -> list[Suggestion]:
    """Every suggestion of the chosen tags (all registered ones by default) in text order.

    On a long text and a machine with two cores the location suggester runs in a second process meanwhile
    (``sidebyside``): the same suggestions, sooner.
    """
    registry = default_suggesters() if suggesters is None else suggesters
    wanted = list(registry) if tags is None else [t for t in tags if t in registry]
    found = side_by_side(text, registry, wanted) if worth_it(text, wanted) else None
    if found is None:
        found = [s for tag in wanted for s in registry[tag](text)]
    return sorted(found, key=lambda s: (s.start, s.end, s.tag))


def suggest_with_rules(text: str, rules: list[Rule], suggesters: Mapping[str, Suggester] | None = None,
                       tags: Iterable[str] | None = None) -> list[Suggestion]:
    """``suggest()`` plus the team's pattern rules (``patterns.parse_patterns``), both kept to ``tags`` when given.

    Where a rule and a built-in suggester propose the same tag on the same words, the rule's suggestion is kept.
    """
    wanted = None if tags is None else list(tags)
    ruled = [s for s in match_patterns(text, rules) if wanted is None or s.tag in wanted]
    seen = {(s.tag, s.start, s.end) for s in ruled}
    built_in = [s for s in suggest(text, suggesters, wanted) if (s.tag, s.start, s.end) not in seen]
    return sorted(built_in + ruled, key=lambda s: (s.start, s.end, s.tag))
