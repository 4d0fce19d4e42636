"""The team gazetteer: its TSV format, its errors, its stop list and how it changes what the suggester proposes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.teamgazetteer import (
    TeamGazetteer,
    TeamGazetteerError,
    add_stop,
    parse_team_gazetteer,
    serialise_team_gazetteer,
)

TSV = "# our places\nAvdiivka coke plant\tsite\n\nPokrovsk\tcity\nWashington\tstop\n"


def test_parse_adds_names_and_stops_ignoring_comments_and_blank_lines():
    team = parse_team_gazetteer(TSV)
    assert team.names == {"Avdiivka coke plant": "site", "Pokrovsk": "city"}
    assert team.stops == ("Washington",)
    assert team.is_stopped("WASHINGTON") and not team.is_stopped("Pokrovsk")


@pytest.mark.parametrize("text, message", [
    ("Kyiv\tcity\nPokrovsk city\n", "line 2: no tab between name and kind"),
    ("Kyiv\tcity\tUA\n", "line 1: 3 fields, expected name<TAB>kind"),
    ("# c\n\tcity\n", "line 2: the name is empty"),
    ("Kyiv\t\n", "line 1: the kind '' is not one word"),
    ("Kyiv\tbig city\n", "line 1: the kind 'big city' is not one word"),
    ("Most\tcity\n\nmost\tstop\n", "line 3: 'most' is both a stop and a location (see line 1)"),
])
def test_bad_lines_are_named_by_number(text, message):
    with pytest.raises(TeamGazetteerError, match=re.escape(message)) as raised:
        parse_team_gazetteer(text)
    assert isinstance(raised.value, NewsmarkError)


def test_a_team_name_is_suggested_without_evidence_and_a_stop_suppresses_a_builtin_match():
    text = "Fighting near the Avdiivka coke plant went on, talks in Washington stalled and Pokrovsk held."
    team = parse_team_gazetteer(TSV)
    got = {text[s.start:s.end]: s for s in suggest_locations(text, team=team, details=True)}
    assert "Washington" in {text[s.start:s.end] for s in suggest_locations(text)}
    assert set(got) == {"Avdiivka coke plant", "Pokrovsk"}
    assert got["Avdiivka coke plant"].attributes == {"place": "Avdiivka coke plant"}
    assert got["Pokrovsk"].attributes["country"] == "UA"  # the gazetteer's sense where it knows the name


def test_add_stop_appends_a_line_keeps_comments_and_is_idempotent():
    once = add_stop(TSV, "Police")
    assert once == TSV + "Police\tstop\n"
    assert add_stop(once, "police") == once
    assert parse_team_gazetteer(once).is_stopped("Police")


def test_add_stop_turns_a_location_line_into_a_stop():
    text = add_stop("Pokrovsk\tcity\npokrovsk\tarea\n", "Pokrovsk")
    assert parse_team_gazetteer(text) == TeamGazetteer({}, ("Pokrovsk",))
    assert suggest_locations("Troops left Pokrovsk.", team=parse_team_gazetteer(text)) == []


def test_add_stop_refuses_a_name_with_a_tab_and_a_bad_text():
    with pytest.raises(TeamGazetteerError):
        add_stop("", "Kyiv\tcity")
    with pytest.raises(TeamGazetteerError, match="line 1"):
        add_stop("no tab here\n", "Kyiv")


NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1, max_size=12).filter(
    lambda s: not s.startswith("#"))


@given(st.dictionaries(NAMES, st.sampled_from(["city", "region", "site"]), max_size=5), st.lists(NAMES, max_size=5))
def test_serialise_round_trips(names, stops):
    stops = [s for s in stops if s.casefold() not in {n.casefold() for n in names}]
    stops = list({s.casefold(): s for s in stops}.values())
    team = TeamGazetteer(names, tuple(stops))
    assert parse_team_gazetteer(serialise_team_gazetteer(team)) == team
