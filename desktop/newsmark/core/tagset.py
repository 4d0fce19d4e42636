"""Tag sets: the kinds of marks a project offers (tags, link types, document categories), with colors and keys."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import AttributeSpec, parse_attributes
from newsmark.core.errors import NewsmarkError
from newsmark.core.linkset import (
    CategorySpec, LinkTypeSpec, category_json, link_type_json, parse_categories, parse_link_types, plan_category_import,
    plan_link_type_import,
)
from newsmark.core.resources import resource_path
from newsmark.core.tagnames import tag_name_problem

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class TagSpec:
    """A tag as a tag set file describes it, before it has a database id."""

    name: str
    color: str
    key: str = ""
    attributes: tuple[AttributeSpec, ...] = ()


class TagSet(list):
    """A tag set's tags in order (a list of TagSpec), with its link types and document categories."""

    def __init__(self, tags=(), link_types=(), categories=(), rules=None):
        """Tags, link types, categories and the team's suggestion rules as tag set files describe them."""
        super().__init__(tags)
        self.link_types: tuple[LinkTypeSpec, ...] = tuple(link_types)
        self.categories: tuple[CategorySpec, ...] = tuple(categories)
        # The team's suggestion rules by name ("gazetteer": TSV text, "patterns": JSONL text); see core/suggestionstore.
        self.rules: dict[str, str] = dict(rules or {})


def parse_tag_set(data: dict, source: str = "tag set") -> TagSet:
    """Validate a tag set's JSON object and return its tags in order, with its link types and categories.

    A file without ``link_types`` or ``categories`` (one written before Newsmark had them) has none.
    """
    tags = data.get("tags") if isinstance(data, dict) else None
    if not isinstance(tags, list) or not tags:
        raise NewsmarkError(f"{source}: expected an object with a non-empty 'tags' list")
    specs, names, keys = [], set(), set()
    for i, item in enumerate(tags, 1):
        name = str(item.get("name", "")).strip() if isinstance(item, dict) else ""
        color = str(item.get("color", "")) if isinstance(item, dict) else ""
        key = str(item.get("key", "") or "") if isinstance(item, dict) else ""
        if not name:
            raise NewsmarkError(f"{source}: tag {i} has no name")
        if problem := tag_name_problem(name):
            raise NewsmarkError(f"{source}: tag {i}: {problem}")
        if name.casefold() in names:
            raise NewsmarkError(f"{source}: tag name {name!r} appears twice")
        if not _COLOR.match(color):
            raise NewsmarkError(f"{source}: tag {name!r} needs a color like #1f77b4, not {color!r}")
        if len(key) > 1 or (key and key in keys):
            raise NewsmarkError(f"{source}: tag {name!r} has a bad or repeated key {key!r}")
        names.add(name.casefold())
        keys.add(key)
        attributes = tuple(parse_attributes(item.get("attributes", []), f"{source}: tag {name!r}"))
        specs.append(TagSpec(name, color.lower(), key, attributes))
    return TagSet(
        specs, parse_link_types(data.get("link_types", []), source), parse_categories(data.get("categories", []), source),
        _parse_rules(data, source),
    )


def _parse_rules(data: dict, source: str) -> dict[str, str]:
    """The team's suggestion rules a tag set file shares: a gazetteer (TSV text) and patterns (a list, as Prodigy's)."""
    rules = {}
    gazetteer = data.get("gazetteer", "")
    if not isinstance(gazetteer, str):
        raise NewsmarkError(f"{source}: 'gazetteer' must be text: lines of name<TAB>kind")
    if gazetteer.strip():
        rules["gazetteer"] = gazetteer if gazetteer.endswith("\n") else gazetteer + "\n"
    patterns = data.get("patterns", [])
    if isinstance(patterns, str):
        lines = [line for line in patterns.splitlines() if line.strip()]
    elif isinstance(patterns, list) and all(isinstance(p, dict) for p in patterns):
        lines = [json.dumps(p, ensure_ascii=False) for p in patterns]
    else:
        raise NewsmarkError(f"{source}: 'patterns' must be a list of pattern objects")
    if lines:
        rules["patterns"] = "\n".join(lines) + "\n"
    return rules


def merged_rule_text(old: str, new: str) -> str:
    """A rule file with another's lines added: every line of ``old``, then those of ``new`` it lacks, in order."""
    lines = old.splitlines()
    seen = set(lines)
    lines += [line for line in new.splitlines() if line not in seen and not seen.add(line)]
    return "\n".join(lines) + "\n" if lines else ""


def read_tag_set_file(path: str | Path) -> TagSet:
    """Read a tag set shared as JSON; a broken file is a clear error."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise NewsmarkError(f"cannot read {path.name}: {e.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise NewsmarkError(f"{path.name} is not a tag set file (JSON): {e}") from None
    return parse_tag_set(data, path.name)


class TagImport(tuple):
    """A tag set import plan: the pair ``(tags to add, (tag, changes) updates)``, with the same for link types and
    categories in ``link_types`` and ``categories`` (each ``(add, update)``)."""

    link_types: tuple[list, list]
    categories: tuple[list, list]

    def __new__(cls, add, update, link_types=([], []), categories=([], [])):
        """A plan of these changes."""
        self = super().__new__(cls, (add, update))
        self.link_types, self.categories = link_types, categories
        return self


def plan_tag_import(tags, specs: list[TagSpec], link_types=(), categories=()) -> TagImport:
    """What merging a tag set file into ``tags`` does: the tags to add, and (tag, changes) for same-named ones.

    A same-named tag takes the file's color, and its key unless another tag holds that key (a key is never
    stolen). Specs are taken in file order, as if merged one by one; apply the changes in that order.
    The project's ``link_types`` and ``categories`` are merged with those of ``specs`` (a TagSet) alike
    (core/linkset.py says how).
    """
    owners = {t.key: t.name.casefold() for t in tags if t.key}  # key -> the name of the tag holding it
    by_name = {t.name.casefold(): t for t in tags}
    add, update = [], []
    for spec in specs:
        name = spec.name.casefold()
        existing = by_name.get(name)
        key = spec.key if spec.key and owners.get(spec.key, name) == name else ""
        if existing is None:
            add.append(replace(spec, key=key))
        elif (existing.color, existing.key) != (spec.color, key or existing.key):
            update.append((existing, {"color": spec.color} | ({"key": key} if key else {})))
            if key:
                owners.pop(existing.key, None)
        if key:
            owners[key] = name
    return TagImport(
        add, update, plan_link_type_import(link_types, getattr(specs, "link_types", ())),
        plan_category_import(categories, getattr(specs, "categories", ())),
    )


def write_tag_set_file(path: str | Path, tags, name: str = "", *, link_types=None, categories=None, rules=None) -> None:
    """Write tags (anything with name, color and key) as a tag set JSON file, with link types, categories and rules.

    Those default to the ones ``tags`` carries when it is a TagSet, else none.
    """
    link_types = getattr(tags, "link_types", ()) if link_types is None else link_types
    categories = getattr(tags, "categories", ()) if categories is None else categories
    rules = getattr(tags, "rules", {}) if rules is None else rules
    data = {"name": name, "tags": [_tag_json(t) for t in tags],
            "link_types": [link_type_json(t) for t in link_types], "categories": [category_json(c) for c in categories]}
    if rules.get("gazetteer"):
        data["gazetteer"] = rules["gazetteer"]
    if rules.get("patterns"):
        data["patterns"] = _patterns_json(rules["patterns"])
    with atomic_text_file(path) as out:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _patterns_json(text: str):
    """Patterns as a list of objects when every line is one (the readable form), else the JSONL text as it is."""
    try:
        patterns = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return text
    return patterns if all(isinstance(p, dict) for p in patterns) else text


def _tag_json(tag) -> dict:
    data = {"name": tag.name, "color": tag.color, "key": tag.key}
    attributes = tag.attributes if isinstance(tag.attributes, (list, tuple)) else parse_attributes(tag.attributes)
    if attributes:
        data["attributes"] = [a.to_json() for a in attributes]
    return data


def default_tag_set() -> TagSet:
    """The tag set a new project starts with: claim, figure, quote, location; its link types and categories."""
    path = resource_path("tagset.json")
    return parse_tag_set(json.loads(path.read_text(encoding="utf-8")), path.name)
