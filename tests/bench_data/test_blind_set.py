"""The blind evaluation sets (bench/blind … blind73; see bench/blind/GUIDELINES.md and each set's SOURCES.md): each builds into a project, and its gold spans are exactly what was annotated."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from newsmark.core.attributes import check_value, parse_attributes, span_values
from newsmark.core.storage import Project

BENCH = Path(__file__).resolve().parents[2] / "bench"
BLIND = BENCH / "blind"
SETS = pytest.mark.parametrize(
    ("folder", "least"),
    [(BLIND, 12), (BENCH / "blind2", 8), (BENCH / "blind3", 6), (BENCH / "blind4", 7), (BENCH / "blind5", 7), (BENCH / "blind6", 6),
     (BENCH / "blind7", 8), (BENCH / "blind8", 8), (BENCH / "blind9", 7), (BENCH / "blind10", 4), (BENCH / "blind11", 4), (BENCH / "blind12", 4),
     (BENCH / "blind13", 4), (BENCH / "blind14", 4), (BENCH / "blind15", 4), (BENCH / "blind16", 4), (BENCH / "blind17", 4), (BENCH / "blind18", 4),
     (BENCH / "blind19", 4), (BENCH / "blind20", 4), (BENCH / "blind21", 4), (BENCH / "blind22", 4), (BENCH / "blind23", 4), (BENCH / "blind24", 4),
     (BENCH / "blind25", 4), (BENCH / "blind26", 4), (BENCH / "blind27", 4), (BENCH / "blind28", 3), (BENCH / "blind29", 3), (BENCH / "blind30", 3),
     (BENCH / "blind31", 2), (BENCH / "blind32", 3), (BENCH / "blind33", 4), (BENCH / "blind34", 2), (BENCH / "blind35", 2), (BENCH / "blind36", 2),
     (BENCH / "blind37", 2), (BENCH / "blind38", 2), (BENCH / "blind39", 1), (BENCH / "blind40", 1), (BENCH / "blind41", 2), (BENCH / "blind42", 1),
     (BENCH / "blind43", 1), (BENCH / "blind44", 1), (BENCH / "blind45", 1), (BENCH / "blind46", 2), (BENCH / "blind47", 1), (BENCH / "blind48", 1),
     (BENCH / "blind49", 1), (BENCH / "blind50", 1), (BENCH / "blind51", 2),
     (BENCH / "blind52", 5), (BENCH / "blind53", 1), (BENCH / "blind54", 3), (BENCH / "blind55", 3), (BENCH / "blind56", 4), (BENCH / "blind57", 5), (BENCH / "blind58", 5),
     (BENCH / "blind59", 5), (BENCH / "blind60", 5), (BENCH / "blind61", 5), (BENCH / "blind62", 5), (BENCH / "blind63", 5),
     (BENCH / "blind64", 5), (BENCH / "blind65", 5), (BENCH / "blind66", 5), (BENCH / "blind67", 5), (BENCH / "blind68", 5),
     (BENCH / "blind69", 5), (BENCH / "blind70", 4), (BENCH / "blind71", 5), (BENCH / "blind72", 5), (BENCH / "blind73", 5), (BENCH / "blind75", 3), (BENCH / "blind74", 4),
     (BENCH / "blind76", 5), (BENCH / "blind77", 5), (BENCH / "blind78", 5), (BENCH / "blind79", 5), (BENCH / "blind80", 6),
     (BENCH / "blind81", 5),
     (BENCH / "blind82", 5),
     (BENCH / "blind83", 5),
     (BENCH / "blind84", 5),
     (BENCH / "blind85", 5),
     (BENCH / "blind86", 5),
     (BENCH / "blind87", 5),
     (BENCH / "blind88", 5),
     (BENCH / "blind89", 5),
     (BENCH / "blind90", 5),
     (BENCH / "blind91", 4),
     (BENCH / "blind92", 2),
     (BENCH / "blind93", 3),
     (BENCH / "blind94", 5),
     (BENCH / "blind95", 4),
     (BENCH / "blind96", 5),
     (BENCH / "blind97", 5),
     (BENCH / "blind98", 5),
     (BENCH / "blind99", 5),
     (BENCH / "blind100", 5),
     (BENCH / "blind102", 6),
     (BENCH / "blind103", 6),
     (BENCH / "blind105", 6),
     (BENCH / "blind106", 6),
     (BENCH / "blind101", 6),
     (BENCH / "blind104", 6),
     (BENCH / "blind108", 6),
     (BENCH / "blind110", 6),
     (BENCH / "blind111", 6),
     (BENCH / "blind112", 6),
     (BENCH / "blind109", 6),
     (BENCH / "blind107", 6),
     (BENCH / "blind113", 6),
     (BENCH / "blind114", 6),
     (BENCH / "blind115", 6),
     (BENCH / "blind116", 6),
     (BENCH / "blind117", 6),
     (BENCH / "blind118", 6),
     (BENCH / "blind119", 6),
     (BENCH / "blind120", 6),
     (BENCH / "blind121", 6),
     (BENCH / "blind122", 6),
     (BENCH / "blind123", 6),
     (BENCH / "blind124", 6),
     (BENCH / "blind125", 6),
     (BENCH / "blind126", 6),
     (BENCH / "blind127", 6),
     (BENCH / "blind128", 6),
     (BENCH / "blind129", 6),
     (BENCH / "blind130", 6),
     (BENCH / "blind131", 6),
     (BENCH / "blind132", 6),
     (BENCH / "blind133", 6),
     (BENCH / "blind134", 6),
     (BENCH / "blind135", 6),
     (BENCH / "blind136", 6),
     (BENCH / "blind137", 6),
     (BENCH / "blind138", 6),
     (BENCH / "blind139", 6),
     (BENCH / "blind140", 6),
     (BENCH / "blind141", 6),
     (BENCH / "blind142", 6),
     (BENCH / "blind143", 6),
     (BENCH / "blind144", 6),
     (BENCH / "blind145", 6),
     (BENCH / "blind146", 6),
     (BENCH / "blind147", 6),
     (BENCH / "blind148", 6),
     (BENCH / "blind149", 6),
     (BENCH / "blind150", 6),
     (BENCH / "blind151", 6),
     (BENCH / "blind152", 6),
     (BENCH / "blind153", 6),
     (BENCH / "blind154", 6),
     (BENCH / "blind155", 6),
     (BENCH / "blind156", 6),
     (BENCH / "blind157", 6),
     (BENCH / "blind158", 6),
     (BENCH / "blind159", 6),
     (BENCH / "blind160", 6),
     (BENCH / "blind161", 6),
     (BENCH / "blind162", 6),
     (BENCH / "blind163", 6),
     (BENCH / "blind164", 6),
     (BENCH / "blind165", 6),
     (BENCH / "blind166", 6),
     (BENCH / "blind167", 6),
     (BENCH / "blind168", 6),
     (BENCH / "blind169", 6),
     (BENCH / "blind170", 6),
     (BENCH / "blind171", 6),
     (BENCH / "blind172", 6),
     (BENCH / "blind173", 6),
     (BENCH / "blind174", 6),
     (BENCH / "blind175", 6),
     (BENCH / "blind176", 6),
     (BENCH / "blind177", 6),
     (BENCH / "blind178", 6),
     (BENCH / "blind179", 6),
     (BENCH / "blind180", 6),
     (BENCH / "blind181", 6),
     (BENCH / "blind182", 6),
     (BENCH / "blind183", 6),
     (BENCH / "blind184", 6),
     (BENCH / "blind185", 6),
     (BENCH / "blind186", 6),
     (BENCH / "blind187", 6),
     (BENCH / "blind188", 6),
     (BENCH / "blind189", 6),
     (BENCH / "blind190", 6),
     (BENCH / "blind191", 6),
     (BENCH / "blind192", 6),
     (BENCH / "blind193", 6),
     (BENCH / "blind194", 6),
     (BENCH / "blind195", 6),
     (BENCH / "blind196", 6),
     (BENCH / "blind197", 6),
     (BENCH / "blind198", 6),
     (BENCH / "blind199", 6),
     (BENCH / "blind200", 6),
     (BENCH / "blind201", 6),
     (BENCH / "blind202", 6),
     (BENCH / "blind203", 6),
     (BENCH / "blind204", 6),
     (BENCH / "blind205", 6),
     (BENCH / "blind206", 6),
     (BENCH / "blind207", 6),
     (BENCH / "blind208", 6),
     (BENCH / "blind209", 6),
     (BENCH / "blind210", 6),
     (BENCH / "blind211", 6),
     (BENCH / "blind212", 6),
     (BENCH / "blind213", 6),
     (BENCH / "blind214", 6),
     (BENCH / "blind215", 6),
     (BENCH / "blind216", 6),
     (BENCH / "blind217", 6),
     (BENCH / "blind218", 6),
     (BENCH / "blind219", 6),
     (BENCH / "blind220", 6),
     (BENCH / "blind221", 6),
     (BENCH / "blind222", 6),
     (BENCH / "blind223", 6),
     (BENCH / "blind224", 6),
     (BENCH / "blind225", 6),
     (BENCH / "blind226", 6),
     (BENCH / "blind227", 6),
     (BENCH / "blind228", 6),
     (BENCH / "blind229", 6),
     (BENCH / "blind230", 6),
     (BENCH / "blind231", 6),
     (BENCH / "blind232", 6),
     (BENCH / "blind233", 6),
     (BENCH / "blind234", 6),
     (BENCH / "blind235", 6),
     (BENCH / "blind236", 6),
     (BENCH / "blind237", 6),
     (BENCH / "blind238", 6),
     (BENCH / "blind239", 6),
     (BENCH / "blind240", 6),
     (BENCH / "blind241", 6),
     (BENCH / "blind242", 6),
     (BENCH / "blind243", 6),
     (BENCH / "blind244", 6),
     (BENCH / "blind245", 6),
     (BENCH / "blind246", 6),
     (BENCH / "blind247", 6),
     (BENCH / "blind248", 6),
     (BENCH / "blind249", 6),
     (BENCH / "blind250", 6),
     (BENCH / "blind251", 6),
     (BENCH / "blind252", 6),
     (BENCH / "blind253", 6),
     (BENCH / "blind254", 6),
     (BENCH / "blind255", 6),
     (BENCH / "blind256", 6),
     (BENCH / "blind257", 6),
     (BENCH / "blind258", 6),
     (BENCH / "blind259", 6),
     (BENCH / "blind260", 6),
     (BENCH / "blind261", 6),
     (BENCH / "blind262", 6),
     (BENCH / "blind263", 6),
     (BENCH / "blind264", 6),
     (BENCH / "blind265", 6),
     (BENCH / "blind266", 6),
     (BENCH / "blind267", 6),
     (BENCH / "blind268", 6),
     (BENCH / "blind269", 6),
     (BENCH / "blind270", 6),
     (BENCH / "blind271", 6),
     (BENCH / "blind272", 6),
     (BENCH / "blind273", 6),
     (BENCH / "blind274", 6),
     (BENCH / "blind275", 6),
     (BENCH / "blind276", 6),
     (BENCH / "blind277", 6),
     (BENCH / "blind278", 6),
     (BENCH / "blind279", 6),
     (BENCH / "blind280", 6),
     (BENCH / "blind281", 6),
     (BENCH / "blind282", 6),
     (BENCH / "blind283", 6),
     (BENCH / "blind284", 6),
     (BENCH / "blind285", 6),
     (BENCH / "blind286", 6),
     (BENCH / "blind287", 6),
     (BENCH / "blind288", 6),
     (BENCH / "blind289", 6),
     (BENCH / "blind290", 6),
     (BENCH / "blind291", 6),
     (BENCH / "blind292", 6),
     (BENCH / "blind293", 6),
     (BENCH / "blind294", 6),
     (BENCH / "blind295", 6),
     (BENCH / "blind296", 6),
     (BENCH / "blind297", 6),
     (BENCH / "blind298", 6),
     (BENCH / "blind299", 6),
     (BENCH / "blind300", 6),
     (BENCH / "blind301", 6),
     (BENCH / "blind302", 6),
     (BENCH / "blind303", 6),
     (BENCH / "blind304", 6),
     (BENCH / "blind305", 6),
     (BENCH / "blind306", 6),
     (BENCH / "blind307", 6),
     (BENCH / "blind308", 6),
     (BENCH / "blind309", 6),
     (BENCH / "blind310", 6),
     (BENCH / "blind311", 6),
     (BENCH / "blind312", 6),
     (BENCH / "blind313", 6),
     (BENCH / "blind314", 6),
     (BENCH / "blind315", 6),
     (BENCH / "blind316", 6),
     (BENCH / "blind317", 6),
     (BENCH / "blind318", 6),
     (BENCH / "blind319", 6),
     (BENCH / "blind320", 6),
     (BENCH / "blind321", 6),
     (BENCH / "blind322", 6),
     (BENCH / "blind323", 6),
     (BENCH / "blind324", 6),
     (BENCH / "blind325", 6),
     (BENCH / "blind326", 6),
     (BENCH / "blind327", 6),
     (BENCH / "blind328", 6),
     (BENCH / "blind329", 6),
     (BENCH / "blind330", 6),
     (BENCH / "blind331", 6),
     (BENCH / "blind332", 6),
     (BENCH / "blind333", 6),
     (BENCH / "blind334", 6),
     (BENCH / "blind335", 6),
     (BENCH / "blind336", 6),
     (BENCH / "blind337", 6),
     (BENCH / "blind338", 6),
     (BENCH / "blind339", 6),
     (BENCH / "blind340", 6),
     (BENCH / "blind341", 6),
     (BENCH / "blind342", 6),
     (BENCH / "blind343", 6),
     (BENCH / "blind344", 6),
     (BENCH / "blind345", 6),
     (BENCH / "blind346", 6),
     (BENCH / "blind347", 6),
     (BENCH / "blind348", 6),
     (BENCH / "blind349", 6),
     (BENCH / "blind350", 6),
     (BENCH / "blind351", 6),
     (BENCH / "blind352", 6),
     (BENCH / "blind353", 6),
     (BENCH / "blind354", 6),
     (BENCH / "blind355", 6),
     (BENCH / "blind356", 6),
     (BENCH / "blind357", 6),
     (BENCH / "blind358", 6),
     (BENCH / "blind359", 6),
     (BENCH / "blind360", 6),
],
    ids=["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
         "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
         "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
         "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44",
         "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51",
         "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58",
         "blind59", "blind60", "blind61", "blind62", "blind63",
         "blind64", "blind65", "blind66", "blind67", "blind68",
         "blind69", "blind70", "blind71", "blind72", "blind73", "blind75", "blind74",
         "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82", "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91", "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98", "blind99", "blind100", "blind102", "blind103", "blind105", "blind106", "blind101", "blind104", "blind108", "blind110", "blind111", "blind112", "blind109", "blind107", "blind113", "blind114", "blind115", "blind116", "blind117", "blind118", "blind119", "blind120", "blind121", "blind122", "blind123", "blind124", "blind125", "blind126", "blind127", "blind128", "blind129", "blind130", "blind131", "blind132", "blind133", "blind134", "blind135", "blind136", "blind137", "blind138", "blind139", "blind140", "blind141", "blind142", "blind143", "blind144", "blind145", "blind146", "blind147", "blind148", "blind149", "blind150", "blind151", "blind152", "blind153", "blind154", "blind155", "blind156", "blind157", "blind158", "blind159", "blind160", "blind161", "blind162", "blind163", "blind164", "blind165", "blind166", "blind167", "blind168", "blind169", "blind170", "blind171", "blind172",
         "blind173", "blind174", "blind175", "blind176", "blind177", "blind178",
         "blind179", "blind180", "blind181", "blind182", "blind183", "blind184",
         "blind185", "blind186", "blind187", "blind188", "blind189", "blind190",
         "blind191", "blind192", "blind193", "blind194", "blind195", "blind196",
         "blind197", "blind198", "blind199", "blind200", "blind201", "blind202",
         "blind203", "blind204", "blind205", "blind206", "blind207", "blind208",
         "blind209", "blind210", "blind211", "blind212", "blind213", "blind214",
         "blind215", "blind216", "blind217",
         "blind218", "blind219", "blind220", "blind221", "blind222", "blind223",
         "blind224", "blind225", "blind226", "blind227", "blind228", "blind229",
         "blind230", "blind231", "blind232", "blind233", "blind234", "blind235",
         "blind236", "blind237", "blind238", "blind239", "blind240", "blind241",
         "blind242", "blind243", "blind244", "blind245", "blind246", "blind247",
         "blind248", "blind249", "blind250", "blind251", "blind252", "blind253",
         "blind254", "blind255", "blind256", "blind257", "blind258", "blind259",
         "blind260", "blind261", "blind262", "blind263", "blind264", "blind265",
         "blind266", "blind267", "blind268", "blind269", "blind270", "blind271",
         "blind272", "blind273", "blind274", "blind275", "blind276", "blind277",
         "blind278", "blind279", "blind280", "blind281", "blind282",
         "blind283", "blind284", "blind285", "blind286", "blind287", "blind288",
         "blind289", "blind290", "blind291", "blind292", "blind293", "blind294",
         "blind295", "blind296", "blind297", "blind298", "blind299", "blind300",
         "blind301", "blind302", "blind303", "blind304", "blind305", "blind306",
         "blind307", "blind308", "blind309", "blind310", "blind311", "blind312",
         "blind313", "blind314", "blind315", "blind316", "blind317", "blind318",
         "blind319", "blind320", "blind321", "blind322", "blind323", "blind324",
         "blind325", "blind326", "blind327", "blind328", "blind329", "blind330",
         "blind331", "blind332", "blind333", "blind334", "blind335", "blind336",
         "blind337", "blind338", "blind339", "blind340", "blind341", "blind342",
         "blind343", "blind344", "blind345", "blind346", "blind347", "blind348",
         "blind349", "blind350", "blind351", "blind352", "blind353", "blind354",
         "blind355", "blind356", "blind357", "blind358", "blind359", "blind360"])
REQUIRED = {"figure": ("value",), "quote": ("speaker",), "location": ("place",), "claim": ("status",)}


def _module(name: str):
    """Load one of bench/blind's scripts by path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"blind_{name}", BLIND / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _annotated(folder: Path) -> list[tuple[str, str, str]]:
    """(article stem, tag, chosen string) for every hand annotation line, in file order."""
    chosen = []
    for path in sorted((folder / "annotations").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                tag, text = line.split("\t")[:2]
                if "[[" in text:
                    text = text.split("[[", 1)[1].split("]]", 1)[0]
                chosen.append((path.stem, tag, text))
    return chosen


@SETS
def test_gold_csv_is_what_the_annotations_give(tmp_path, folder, least):
    """gold.csv is regenerated byte for byte from the hand annotations (nobody edited one without the other)."""
    committed = (folder / "gold.csv").read_bytes()
    (tmp_path / "annotations").symlink_to(folder / "annotations")
    (tmp_path / "articles").symlink_to(folder / "articles")
    assert _module("make_gold").main(tmp_path, f"gold-{folder.name}") == 0
    assert (tmp_path / "gold.csv").read_bytes() == committed


@SETS
def test_the_project_holds_every_annotated_span_exactly(tmp_path, folder, least):
    """Built with newsmark add + load: each span's stored text is the annotated string, each value valid."""
    out = tmp_path / "blind.newsmark"
    assert _module("build_project").build(out, folder) == 0
    chosen = _annotated(folder)
    titles = {p.stem: p.read_text(encoding="utf-8").split("\n", 1)[0] for p in (folder / "articles").glob("*.txt")}
    with Project.open(out, readonly=True) as project:
        assert len(project.documents()) == len(titles) >= least
        specs = {t.name: {a.name: a for a in parse_attributes(t.attributes)} for t in project.tags()}
        rows = list(project.export_rows())
    assert len(rows) == len(chosen)
    stored = sorted((row[1], row[4], row[7]) for row in rows)
    assert stored == sorted((titles[stem], tag, text) for stem, tag, text in chosen)
    for row in rows:
        assert row[9] == f"gold-{folder.name}"
        values = span_values(row[12])
        for name in REQUIRED[row[4]]:
            assert values.get(name), f"{row[4]} {row[7]!r} has no {name}"
        for name, value in values.items():
            assert check_value(specs[row[4]][name], value) == value


@SETS
def test_gold_rows_point_at_their_text(folder, least):
    """Each gold.csv row's offsets cut its own text out of its article (code points, as stored)."""
    make_gold = _module("make_gold")
    texts = {}
    for path in (folder / "articles").glob("*.txt"):
        text = make_gold.stored_text(path)
        texts[make_gold.hashlib.sha256(text.encode("utf-8")).hexdigest()] = text
    with open(folder / "gold.csv", encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert rows
    for row in rows:
        assert texts[row["document_sha256"]][int(row["start"]):int(row["end"])] == row["text"]


SECONDS = sorted((BENCH / "speakers2").iterdir())


@pytest.mark.parametrize("folder", SECONDS, ids=[f.name for f in SECONDS])
def test_a_second_annotation_is_its_sets_articles_and_quotes_only(tmp_path, folder):
    """bench/speakers2/SET: the first set's very articles, only quotes, each with a speaker, gold.csv as make_gold gives it."""
    first = BENCH / folder.name
    assert {p.name: p.read_bytes() for p in (folder / "articles").glob("*.txt")} == {
        p.name: p.read_bytes() for p in (first / "articles").glob("*.txt")}
    committed = (folder / "gold.csv").read_bytes()
    (tmp_path / "annotations").symlink_to(folder / "annotations")
    (tmp_path / "articles").symlink_to(folder / "articles")
    assert _module("make_gold").main(tmp_path, f"gold-{folder.name}") == 0
    assert (tmp_path / "gold.csv").read_bytes() == committed
    with open(folder / "gold.csv", encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert rows and all(row["tag"] == "quote" and row["attr_speaker"] for row in rows)
