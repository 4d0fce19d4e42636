"""The suggesters a project runs: the built-in ones, its team's rules, and optionally a spaCy model the user installed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import NamedTuple

from newsmark.core.attributes import span_values, suggested_values
from newsmark.core.suggest import default_suggesters, suggest_with_rules
from newsmark.core.suggest.learning import LearnedModel, Screened, project_examples, train
from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.patterns import parse_patterns
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.teamgazetteer import EMPTY_TEAM, TeamGazetteer, parse_team_gazetteer

ProjectSuggester = Callable[[str], list[Suggestion]]


def project_suggester(
    project, *, tags: Iterable[str] | None = None, model: str | None = None, demonyms: bool = False, learn: bool = False,
    learned: LearnedModel | None = None,
) -> ProjectSuggester:
    """A function from a document's text to the suggestions this project wants (only ``tags``, when given).

    ``demonyms``: also propose "Russian" and the like as their country (off by default: a demonym names people).
    ``learn``: pass them through a model trained now on the project's decisions (``learning.Screened``, whose
    ``last_held`` is what it kept back from the last text); it is trained here, so a worker thread gets it ready-made.
    ``learned``: such a model trained already (the window trains it on a worker thread and keeps it); implies ``learn``.

    Suggestions of a tag the project does not have are left out; so is a repeat of the same tag and edges
    (the team's pattern rules win over the built-in suggesters, which win over the model). Attribute
    values come as the project's tags define them (strings, checked, defaults filled).
    """
    tag_of = {t.name.casefold(): t for t in project.tags()}
    known = {k: t.name for k, t in tag_of.items()}
    wanted = [known[t.casefold()] for t in tags if t.casefold() in known] if tags is not None else list(known.values())
    registry = default_suggesters()
    rules = project_rules(project)
    # With details: a GeoNames id and country code where known, kept when the tag set defines those attributes.
    team = rules.gazetteer if rules.gazetteer is not None else EMPTY_TEAM
    # A partial, not a lambda: it can be sent to a second process for a long text (``sidebyside``).
    registry["location"] = partial(suggest_locations, team=team, demonyms=demonyms, details=True)
    extra: list[ProjectSuggester] = []
    if model is not None:
        from newsmark.core.suggest.spacymodel import model_suggester  # imports spaCy: only when asked for

        extra.append(model_suggester(model))
    chosen = {t.casefold() for t in wanted}
    # The built-in suggesters' tags and the project's own (a team rule may propose any of them).
    asked = sorted({t for t in registry if t.casefold() in chosen} | set(wanted))

    def run(text: str) -> list[Suggestion]:
        found = suggest_with_rules(text, rules.patterns, registry, asked)
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

    if learn and learned is None:
        learned = train(project_examples(project))
    return screened(run, learned)


def screened(suggester: ProjectSuggester, learned: LearnedModel | None) -> ProjectSuggester:
    """``suggester`` passed through ``learned`` when it has a model of some tag; else ``suggester`` itself."""
    return Screened(suggester, learned) if learned is not None and learned.tags else suggester


class TeamRules(NamedTuple):
    """A project's rule files, parsed: its gazetteer (None when it has none) and its pattern rules."""

    gazetteer: TeamGazetteer | None
    patterns: list


def project_rules(project) -> TeamRules:
    """The team's rules as the project stores them; a broken file is a NewsmarkError naming its line."""
    gazetteer = project.rule_text("gazetteer")
    patterns = project.rule_text("patterns")
    return TeamRules(
        parse_team_gazetteer(gazetteer) if gazetteer.strip() else None,
        parse_patterns(patterns) if patterns.strip() else [],
    )
