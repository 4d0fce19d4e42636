"""The suggesters a project runs: the built-in ones, its team's rules, and optionally a spaCy model the user installed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsmark.core.attributes import span_values, suggested_values
from newsmark.core.suggest import default_suggesters, suggest
from newsmark.core.suggest.suggestion import Suggestion

ProjectSuggester = Callable[[str], list[Suggestion]]


def project_suggester(project, *, tags: Iterable[str] | None = None, model: str | None = None) -> ProjectSuggester:
    """A function from a document's text to the suggestions this project wants (only ``tags``, when given).

    Suggestions of a tag the project does not have are left out; so is a repeat of the same tag and edges
    (the first suggester to propose it wins: built-in, then the team's rules, then the model). Attribute
    values come as the project's tags define them (strings, checked, defaults filled).
    """
    tag_of = {t.name.casefold(): t for t in project.tags()}
    known = {k: t.name for k, t in tag_of.items()}
    wanted = [known[t.casefold()] for t in tags if t.casefold() in known] if tags is not None else list(known.values())
    registry = default_suggesters()
    extra: list[ProjectSuggester] = []
    if model is not None:
        from newsmark.core.suggest.spacymodel import model_suggester  # imports spaCy: only when asked for

        extra.append(model_suggester(model))
    chosen = {t.casefold() for t in wanted}

    def run(text: str) -> list[Suggestion]:
        found = suggest(text, registry, [t for t in registry if t.casefold() in chosen])
        for more in extra:
            found += [s for s in more(text) if s.tag.casefold() in chosen]
        seen, kept = set(), []
        for s in found:
            key = (s.tag.casefold(), s.start, s.end)
            if key not in seen:
                seen.add(key)
                tag = tag_of[s.tag.casefold()]
                # As a span of this project's tag would hold them: its attributes only, as checked strings.
                kept.append(s._replace(tag=tag.name, attributes=span_values(suggested_values(tag, s.attributes))))
        return sorted(kept, key=lambda s: (s.start, s.end, s.tag))

    return run
