"""The link types and document categories of a tag set, as tag set files describe and check them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmark.core.errors import NewsmarkError
from newsmark.core.tagnames import tag_name_problem

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class LinkTypeSpec:
    """A link type as a tag set file describes it, before it has a database id."""

    name: str
    color: str
    key: str = ""
    sources: tuple[str, ...] = ()  # tag names; () means any tag
    targets: tuple[str, ...] = ()
    symmetric: bool = False


@dataclass(frozen=True, slots=True)
class CategorySpec:
    """A document category as a tag set file describes it, before it has a database id."""

    name: str
    choices: tuple[str, ...]
    multiple: bool = False
    key: str = ""


def name_problem(name: str, what: str) -> str:
    """Why ``name`` (stripped) cannot name a link type, category or choice; empty when it can."""
    problem = tag_name_problem(name)
    return problem.replace("the tag", f"the {what}") if problem else ""


def check_name(name: object, what: str) -> str:
    """``name`` as a stripped string, or NewsmarkError saying why it cannot be one."""
    text = str(name if name is not None else "").strip()
    if problem := name_problem(text, what):
        raise NewsmarkError(problem)
    return text


def check_color(color: object, what: str) -> str:
    """A ``#rrggbb`` color in lower case, or NewsmarkError."""
    if not isinstance(color, str) or not _COLOR.match(color):
        raise NewsmarkError(f"{what} needs a color like #1f77b4, not {color!r}")
    return color.lower()


def check_key(key: object, what: str) -> str:
    """One printable character or "", or NewsmarkError."""
    key = "" if key is None else key
    if not isinstance(key, str) or len(key) > 1 or key.isspace():
        raise NewsmarkError(f"{what}'s key is one character, not {key!r}")
    return key


def check_names(values: object, what: str) -> tuple[str, ...]:
    """A list of distinct names (tag names or choices) as a tuple, or NewsmarkError."""
    if not isinstance(values, (list, tuple)):
        raise NewsmarkError(f"{what} is a list of names, not {values!r}")
    names = tuple(check_name(v, what) if isinstance(v, str) else _not_text(v, what) for v in values)
    folded = [n.casefold() for n in names]
    if len(set(folded)) != len(folded):
        raise NewsmarkError(f"{what} names the same thing twice: {list(names)}")
    return names


def _not_text(value: object, what: str) -> str:
    raise NewsmarkError(f"{what} holds {value!r}, which is not a name")


def check_flag(value: object, what: str) -> bool:
    """A JSON true/false, or NewsmarkError (a string "false" is not false)."""
    if not isinstance(value, bool):
        raise NewsmarkError(f"{what} is true or false, not {value!r}")
    return value


def parse_link_types(items: object, source: str) -> tuple[LinkTypeSpec, ...]:
    """Check a tag set's ``link_types`` list: unique names and keys, colors, tag-name lists."""

    def spec(item: dict, name: str, where: str) -> LinkTypeSpec:
        return LinkTypeSpec(
            name, check_color(item.get("color"), where), check_key(item.get("key", ""), where),
            check_names(item.get("sources", []), f"{where}'s sources"),
            check_names(item.get("targets", []), f"{where}'s targets"),
            check_flag(item.get("symmetric", False), f"{where}'s 'symmetric'"),
        )

    return _parse_named(items, source, "link_types", "link type", spec)


def parse_categories(items: object, source: str) -> tuple[CategorySpec, ...]:
    """Check a tag set's ``categories`` list: unique names and keys, non-empty distinct choices."""

    def spec(item: dict, name: str, where: str) -> CategorySpec:
        choices = check_names(item.get("choices"), f"{where}'s choices")
        if not choices:
            raise NewsmarkError(f"{where} offers no choices")
        return CategorySpec(
            name, choices, check_flag(item.get("multiple", False), f"{where}'s 'multiple'"),
            check_key(item.get("key", ""), where),
        )

    return _parse_named(items, source, "categories", "category", spec)


def _parse_named(items: object, source: str, field: str, kind: str, build) -> tuple:
    """Check a list of named objects: each built by ``build(item, name, where)``, names and keys unique."""
    if not isinstance(items, list):
        raise NewsmarkError(f"{source}: '{field}' must be a list")
    specs, names, keys = [], set(), set()
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise NewsmarkError(f"{source}: {kind} {i} is not an object")
        try:
            name = check_name(item.get("name"), kind)
            spec = build(item, name, f"{kind} {name!r}")
        except NewsmarkError as e:
            raise NewsmarkError(f"{source}: {kind} {i}: {e}") from None
        if name.casefold() in names:
            raise NewsmarkError(f"{source}: {kind} name {name!r} appears twice")
        if spec.key and spec.key in keys:
            raise NewsmarkError(f"{source}: {kind} {name!r} has a repeated key {spec.key!r}")
        names.add(name.casefold())
        keys.add(spec.key)
        specs.append(spec)
    return tuple(specs)


def link_type_json(link_type) -> dict:
    """A link type (spec or stored) as a tag set file writes it."""
    data = {"name": link_type.name, "color": link_type.color, "key": link_type.key,
            "sources": list(link_type.sources), "targets": list(link_type.targets)}
    if link_type.symmetric:
        data["symmetric"] = True
    return data


def category_json(category) -> dict:
    """A category (spec or stored) as a tag set file writes it."""
    return {"name": category.name, "choices": list(category.choices), "multiple": bool(category.multiple),
            "key": category.key}


def plan_link_type_import(existing, specs) -> tuple[list[LinkTypeSpec], list[tuple[object, dict]]]:
    """What merging a tag set's link types into ``existing`` does: the types to add, and (type, changes).

    A same-named type takes the file's color, ends and symmetry, and its key unless another type holds it.
    """
    def changed(mine, spec) -> dict:
        wanted = {"color": spec.color, "sources": tuple(spec.sources), "targets": tuple(spec.targets),
                  "symmetric": spec.symmetric}
        return {k: v for k, v in wanted.items() if getattr(mine, k) != v}

    return _plan_import(
        existing, specs,
        lambda spec, key: LinkTypeSpec(spec.name, spec.color, key, spec.sources, spec.targets, spec.symmetric), changed,
    )


def plan_category_import(existing, specs) -> tuple[list[CategorySpec], list[tuple[object, dict]]]:
    """What merging a tag set's categories into ``existing`` does: the categories to add, and (category, changes).

    A same-named category gains the file's new choices (none is dropped: documents may have it), becomes
    multiple-choice if the file says so (never single: documents may have several), and takes a free key.
    """
    def changed(mine, spec) -> dict:
        changes = {}
        choices = tuple(mine.choices) + tuple(c for c in spec.choices if c not in mine.choices)
        if choices != tuple(mine.choices):
            changes["choices"] = choices
        if spec.multiple and not mine.multiple:
            changes["multiple"] = True
        return changes

    return _plan_import(
        existing, specs, lambda spec, key: CategorySpec(spec.name, tuple(spec.choices), spec.multiple, key), changed
    )


def _plan_import(existing, specs, added, changed) -> tuple[list, list[tuple[object, dict]]]:
    """The walk both imports share: same names (any case) are updated with ``changed(mine, spec)``, new ones made by
    ``added(spec, key)``; a file's key is taken unless another item holds it (a key is never stolen)."""
    owners = {item.key: item.name.casefold() for item in existing if item.key}
    by_name = {item.name.casefold(): item for item in existing}
    add, update = [], []
    for spec in specs:
        name = spec.name.casefold()
        mine = by_name.get(name)
        key = spec.key if spec.key and owners.get(spec.key, name) == name else ""
        if mine is None:
            add.append(added(spec, key))
        else:
            changes = changed(mine, spec)
            if key and key != mine.key:
                changes["key"] = key
                owners.pop(mine.key, None)
            if changes:
                update.append((mine, changes))
        if key:
            owners[key] = name
    return add, update
