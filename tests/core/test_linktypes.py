"""The tag set's link types and categories: edited one transaction at a time, shared in tag set files, merged on import."""

from __future__ import annotations

import json

import pytest
from newsmark.core.errors import NewsmarkError
from newsmark.core.linkset import CategorySpec, LinkTypeSpec
from newsmark.core.linkstore import LinkError
from newsmark.core.storage import Project
from newsmark.core.tagset import TagSpec, parse_tag_set, plan_tag_import, read_tag_set_file, write_tag_set_file

from tests.core.transactions import ONE, count_transactions

TEXT = "Officials said 8,000 troops arrived in Kursk."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        yield project


def _counted(project, act):
    result = []
    assert count_transactions(project, lambda: result.append(act())) == ONE
    return result[0]


def test_link_types_are_added_changed_reordered_deleted_and_restored_one_transaction_each(project):
    doc, _ = project.add_document("Kursk", TEXT)
    tags = {t.name: t.id for t in project.tags()}
    figure = project.add_span(doc.id, tags["figure"], 15, 20)
    claim = project.add_span(doc.id, tags["claim"], 0, 44)
    backs = _counted(project, lambda: project.add_link_type("backs", "#ABCDEF", "b", ["figure"], ["claim"]))
    assert (backs.name, backs.color, backs.key, backs.sources, backs.targets, backs.symmetric) == (
        "backs", "#abcdef", "b", ("figure",), ("claim",), False
    )
    link = project.add_link(doc.id, backs.id, figure.id, claim.id)
    narrowed = _counted(project, lambda: project.update_link_type(backs.id, sources=["quote"], name="supports"))
    assert (narrowed.name, narrowed.sources) == ("supports", ("quote",))
    assert project.links(doc.id) == [link]  # a link made before is kept, though no longer allowed
    order = [t.id for t in reversed(project.link_types())]
    _counted(project, lambda: project.reorder_link_types(order))
    assert [t.id for t in project.link_types()] == order
    backs = project.link_type(backs.id)
    removed = _counted(project, lambda: project.delete_link_type(backs.id))
    assert removed == (backs, [link]) and project.links(doc.id) == []
    _counted(project, lambda: project.restore_link_type(*removed))
    assert project.link_type(backs.id) == backs and project.links(doc.id) == [link]


def test_a_link_type_is_checked(project):
    with pytest.raises(NewsmarkError, match="already a link type"):
        project.add_link_type("Evidence", "#000000")
    with pytest.raises(NewsmarkError, match="color"):
        project.add_link_type("x", "red")
    with pytest.raises(NewsmarkError, match="already makes"):
        project.add_link_type("x", "#000000", "e")  # evidence's key
    with pytest.raises(NewsmarkError, match="twice"):
        project.add_link_type("x", "#000000", sources=["claim", "Claim"])
    with pytest.raises(NewsmarkError, match="true or false"):
        project.add_link_type("x", "#000000", symmetric="yes")
    with pytest.raises(TypeError):
        project.update_link_type(project.link_types()[0].id, position=3)
    assert len(project.link_types()) == 4


def test_renaming_a_tag_renames_it_in_the_link_types_in_the_same_transaction(project):
    figure = next(t for t in project.tags() if t.name == "figure")
    _counted(project, lambda: project.update_tag(figure.id, name="Number"))
    by_name = {t.name: t for t in project.link_types()}
    assert by_name["evidence"].sources == ("Number", "quote") and by_name["about"].sources == ("claim", "quote", "Number")
    assert by_name["evidence"].allows("number", "claim")


def test_categories_are_added_changed_deleted_and_restored_one_transaction_each(project):
    doc, _ = project.add_document("Kursk", TEXT)
    region = _counted(project, lambda: project.add_category("region", ["north", "south"], key="r"))
    assert (region.choices, region.multiple, region.key) == (("north", "south"), False, "r")
    project.set_document_labels(doc.id, region.id, ["north"])
    wider = _counted(project, lambda: project.update_category(region.id, choices=["north", "south", "east"], multiple=True))
    assert (wider.choices, wider.multiple) == (("north", "south", "east"), True)
    with pytest.raises(LinkError, match="labelled region 'north'"):
        project.update_category(region.id, choices=["south"])
    project.set_document_labels(doc.id, region.id, ["north", "east"])
    with pytest.raises(LinkError, match="single-choice"):
        project.update_category(region.id, multiple=False)
    order = [c.id for c in reversed(project.categories())]
    _counted(project, lambda: project.reorder_categories(order))
    assert [c.id for c in project.categories()] == order
    labels, region = project.document_labels(doc.id), project.category(region.id)
    removed = _counted(project, lambda: project.delete_category(region.id))
    assert removed == (region, labels) and project.document_labels(doc.id) == []
    _counted(project, lambda: project.restore_category(*removed))
    assert project.category(region.id) == region and project.document_labels(doc.id) == labels


def test_a_category_is_checked(project):
    with pytest.raises(NewsmarkError, match="already a category"):
        project.add_category("Topic", ["a"])
    with pytest.raises(NewsmarkError, match="at least one choice"):
        project.add_category("empty", [])
    with pytest.raises(NewsmarkError, match="already labels"):
        project.add_category("x", ["a"], key="t")
    with pytest.raises(NewsmarkError, match="not a name"):
        project.add_category("x", ["a", 3])


def test_a_tag_set_file_carries_link_types_and_categories_both_ways(project, tmp_path):
    project.add_link_type("contradicts", "#112233", "c", ["claim"], ["claim"], True)
    project.add_category("région", ["nord", "sud"], True, "é")
    path = tmp_path / "team.json"
    write_tag_set_file(path, project.tags(), "team", link_types=project.link_types(), categories=project.categories())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["link_types"][-1] == {"name": "contradicts", "color": "#112233", "key": "c", "sources": ["claim"],
                                      "targets": ["claim"], "symmetric": True}
    assert data["categories"][-1] == {"name": "région", "choices": ["nord", "sud"], "multiple": True, "key": "é"}
    specs = read_tag_set_file(path)
    assert [(t.name, t.color, t.key, t.sources, t.targets, t.symmetric) for t in project.link_types()] == [
        (s.name, s.color, s.key, s.sources, s.targets, s.symmetric) for s in specs.link_types
    ]
    assert [(c.name, c.choices, c.multiple, c.key) for c in project.categories()] == [
        (s.name, s.choices, s.multiple, s.key) for s in specs.categories
    ]
    write_tag_set_file(tmp_path / "again.json", specs, "team")  # a TagSet writes what it carries
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8")) == data
    with Project.open(tmp_path / "fresh.newsmark", create=True, tag_set=specs) as fresh:
        assert fresh.link_types() == project.link_types() and fresh.categories() == project.categories()


def test_a_tag_set_file_from_before_links_has_none():
    specs = parse_tag_set({"tags": [{"name": "claim", "color": "#000000"}]})
    assert specs == [TagSpec("claim", "#000000")] and specs.link_types == () and specs.categories == ()


@pytest.mark.parametrize("bad, message", [
    ({"link_types": {"name": "x"}}, "must be a list"),
    ({"link_types": [{"name": "x", "color": "blue"}]}, "color"),
    ({"link_types": [{"name": "x", "color": "#000000"}, {"name": "X", "color": "#000000"}]}, "appears twice"),
    ({"link_types": [{"name": "x", "color": "#000000", "symmetric": "false"}]}, "true or false"),
    ({"link_types": [{"name": "x", "color": "#000000", "sources": "claim"}]}, "list of names"),
    ({"link_types": [{"name": "", "color": "#000000"}]}, "empty"),
    ({"link_types": [{"name": "a\u202eb", "color": "#000000"}]}, "control character"),
    ({"categories": [{"name": "topic"}]}, "list of names"),
    ({"categories": [{"name": "topic", "choices": []}]}, "no choices"),
    ({"categories": [{"name": "t", "choices": ["a"], "key": "k"}, {"name": "u", "choices": ["b"], "key": "k"}]}, "repeated key"),
])
def test_a_bad_link_type_or_category_in_a_tag_set_file_is_a_clear_error(bad, message):
    with pytest.raises(NewsmarkError, match=message):
        parse_tag_set({"tags": [{"name": "claim", "color": "#000000"}], **bad}, "team.json")


def test_importing_a_tag_set_merges_link_types_and_categories_in_one_transaction_and_undoes(project):
    by_name = {t.name: t for t in project.link_types()}
    specs = parse_tag_set({
        "tags": [{"name": "claim", "color": "#e69f00", "key": "1"}],
        "link_types": [
            {"name": "evidence", "color": "#010101", "key": "a", "sources": ["figure"], "targets": ["claim"]},
            {"name": "contradicts", "color": "#020202", "key": "e", "sources": ["claim"], "targets": ["claim"]},
        ],
        "categories": [{"name": "topic", "choices": ["sport", "war"], "multiple": True},
                       {"name": "genre", "choices": ["satire"], "multiple": True, "key": "t"},
                       {"name": "region", "choices": ["north"], "key": "r"}],
    })
    plan = plan_tag_import(project.tags(), specs, project.link_types(), project.categories())
    add, update = plan  # still the tags' pair
    assert (add, update) == ([], [])
    type_add, type_update = plan.link_types
    # evidence takes the file's color and ends; its key "a" is about's, so it keeps "e", which contradicts cannot take.
    assert type_update == [(by_name["evidence"], {"color": "#010101", "sources": ("figure",)})]
    assert type_add == [LinkTypeSpec("contradicts", "#020202", "", ("claim",), ("claim",))]
    category_add, category_update = plan.categories
    topic, genre, _ = project.categories()
    assert category_update == [
        (topic, {"choices": (*topic.choices, "sport")}), (genre, {"choices": (*genre.choices, "satire"), "multiple": True})
    ]
    assert category_add == [CategorySpec("region", ("north",), False, "r")]
    before = (project.tags(), project.link_types(), project.categories())
    changes = dict(
        link_types={"update": [(t.id, c) for t, c in type_update], "add": type_add},
        categories={"update": [(c.id, ch) for c, ch in category_update], "add": category_add},
    )
    added = _counted(project, lambda: project.change_tags(**changes))
    assert added == [] and [t.name for t in added.link_types] == ["contradicts"] and [c.name for c in added.categories] == ["region"]
    assert project.link_types()[0].color == "#010101" and project.categories()[1].multiple
    undo = dict(
        link_types={"delete": [t.id for t in added.link_types],
                    "update": [(t.id, {k: getattr(t, k) for k in c}) for t, c in reversed(type_update)]},
        categories={"delete": [c.id for c in added.categories],
                    "update": [(c.id, {k: getattr(c, k) for k in ch}) for c, ch in reversed(category_update)]},
    )
    _counted(project, lambda: project.change_tags(**undo))
    assert (project.tags(), project.link_types(), project.categories()) == before
    redo = dict(link_types={"update": changes["link_types"]["update"], "restore": added.link_types},
                categories={"update": changes["categories"]["update"], "restore": added.categories})
    _counted(project, lambda: project.change_tags(**redo))
    assert [t.name for t in project.link_types()][-1] == "contradicts" and project.categories()[-1] == added.categories[0]
