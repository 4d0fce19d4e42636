"""``newsmark split``, ``export --split`` for every format, and the data card written beside each export."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

import newsmark
from newsmark import cli
from newsmark.core.formats import datacard, registry
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.storage import Project

from tests.core.review.wirestories import FOLLOW_UP, OTHER_GRAIN, REWORDED, TRIMMED, UNRELATED, WIRE

STORIES = (WIRE, REWORDED, TRIMMED, OTHER_GRAIN, FOLLOW_UP, UNRELATED)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "desk.newsmark"
    with Project.open(path, create=True) as p:
        tags = {t.name: t.id for t in p.tags()}
        for i, text in enumerate(STORIES * 3):  # each story three times, told apart by a last line
            doc, _ = p.add_document(f"story {i}", f"{text}\n\nCopy {i}.")
            place = "Ukraine" if "Ukraine" in text else "Rotterdam"
            at = doc.text.index(place)
            p.add_span(doc.id, tags["location"], at, at + len(place), annotator="ana" if i % 2 else "gold")
            at = doc.text.rindex("Copy")  # whole words, so every format holds every span
            p.add_span(doc.id, tags["claim"], at, at + 4, annotator="gold")
    return path


def test_split_stores_the_parts_and_prints_the_counts_per_tag_and_part(project, capsys):
    assert cli.main(["split", str(project), "--train", "0.5", "--dev", "0.25", "--test", "0.25", "--seed", "9"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("split 18 documents (seed 9): train ") and "near-duplicate group" in out[0]
    assert out[1] == "tag\ttrain\tdev\ttest"
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in out[2:]}
    assert set(rows) == {"claim", "location", "(documents)"}
    with Project.open(project, readonly=True) as p:
        parts = p.split_parts()
        info = p.split_info()
    assert len(parts) == 18 and info.seed == 9 and info.ratios == {"train": 0.5, "dev": 0.25, "test": 0.25}
    assert [int(cell.split(" ")[0]) for cell in rows["(documents)"]] == [info.documents[p] for p in ("train", "dev", "test")]
    assert cli.main(["split", str(project), "--seed", "9", "--train", "0.5", "--dev", "0.25", "--test", "0.25"]) == 0
    with Project.open(project, readonly=True) as p:
        assert p.split_parts() == parts  # the same seed: the same split


@pytest.mark.parametrize(
    "args, message",
    [(["--train", "0.9"], "--train, --dev and --test must add up to 1, not 1.1"),
     (["--annotator", "zoe"], "no spans by annotator 'zoe'")],
)
def test_split_refuses_in_one_line(project, capsys, args, message):
    assert cli.main(["split", str(project), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


@pytest.mark.parametrize("fmt", registry.NAMES)
def test_every_format_exports_one_part_and_refuses_a_project_never_split(project, tmp_path, capsys, fmt):
    target = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
    assert cli.main(["export", str(project), "--format", fmt, "--split", "dev", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == "newsmark: desk.newsmark has not been split into train/dev/test; run: newsmark split desk.newsmark\n"
    assert not target.exists() and not datacard.card_path(target).exists()
    assert cli.main(["split", str(project), "--train", "0.6", "--dev", "0.2", "--test", "0.2"]) == 0
    capsys.readouterr()
    assert cli.main(["export", str(project), "--format", fmt, "--split", "dev", "-o", str(target)]) == 0
    with Project.open(project, readonly=True) as p:
        dev = sorted(i for i, part in p.split_parts().items() if part == "dev")
        expected = registry.export(FilteredProject(p, split="dev"), "jsonl", tmp_path / "dev.jsonl").spans
    assert dev and f"exported {expected} spans to" in capsys.readouterr().out
    card = datacard.card_path(target).read_text(encoding="utf-8")
    assert f"- Documents: {len(dev)} (dev {len(dev)})" in card and "- Filters: split: dev" in card


def test_a_csv_export_of_the_test_part_holds_its_documents_only(project, tmp_path):
    assert cli.main(["split", str(project)]) == 0
    target = tmp_path / "test.csv"
    assert cli.main(["export", str(project), "--split", "test", "--plain", "-o", str(target)]) == 0
    with Project.open(project, readonly=True) as p:
        test = {i for i, part in p.split_parts().items() if part == "test"}
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows and {int(r["document_id"]) for r in rows} == test


def test_the_data_card_counts_tags_per_split_and_names_annotators_guidelines_and_seed(project, tmp_path):
    assert cli.main(["split", str(project), "--seed", "5", "--annotator", "gold"]) == 0
    target = tmp_path / "all.jsonl"
    assert cli.main(["export", str(project), "--format", "jsonl", "-o", str(target)]) == 0
    card = (tmp_path / "all.jsonl.card.md").read_text(encoding="utf-8")
    with Project.open(project, readonly=True) as p:
        docs = p.split_info().documents
        fingerprint = datacard.guidelines_fingerprint(p)
    assert card.startswith("# Data card: all.jsonl\n") and f"Newsmark {newsmark.__version__}" in card
    assert f"- Documents: 18 (train {docs['train']}, dev {docs['dev']}, test {docs['test']})" in card
    assert "| tag | train | dev | test | total |" in card
    assert f"| claim | {docs['train']} | {docs['dev']} | {docs['test']} | 18 |" in card  # one claim per document
    assert "| ana | 9 | 9 |" in card and "| gold | 27 | 18 |" in card
    assert f"Tag set fingerprint `{fingerprint}`" in card
    assert "with seed 5, ratios train 0.8 / dev 0.1 / test 0.1, balancing gold's spans per tag" in card
    assert "Not computed for this export" not in card and "| claim |" in card.split("## Agreement")[1]  # ana and gold: measured


def test_the_fingerprint_follows_the_tag_set_not_the_filters(project, tmp_path):
    with Project.open(project) as p:
        before = datacard.guidelines_fingerprint(p)
        assert datacard.guidelines_fingerprint(FilteredProject(p, tags=["claim"]).source) == before
        card = datacard.card_text(FilteredProject(p, tags=["claim"]), "x.csv", "csv", registry.ExportReport())
        assert f"`{before}`" in card
        claim = next(t for t in p.tags() if t.name == "claim")
        p.update_tag(claim.id, attributes='[{"name": "checked", "type": "yes/no"}]')
        assert datacard.guidelines_fingerprint(p) != before


def test_an_agreement_table_from_the_caller_is_shown(project):
    with Project.open(project, readonly=True) as p:
        card = datacard.card_text(
            p, "x.csv", "csv", registry.ExportReport(),
            agreement={"claim": {"f1_exact": 0.8125, "kappa": 0.7}, "(all)": {"alpha_unitizing": 0.66}},
        )
    assert "| tag | f1_exact | kappa | alpha_unitizing |" in card
    assert "| claim | 0.812 | 0.700 |  |" in card and "| (all) |  |  | 0.660 |" in card


def test_no_card_for_stdout_and_none_with_no_card(project, tmp_path, capsys):
    assert cli.main(["export", str(project), "--format", "jsonl"]) == 0
    assert cli.main(["export", str(project), "--no-card", "-o", str(tmp_path / "x.csv")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("x.")) == ["x.csv"]


def test_a_card_that_would_overwrite_a_project_is_refused_before_anything_is_written(project, tmp_path, capsys):
    victim = tmp_path / "set.csv.card.md"
    with Project.open(victim, create=True):
        pass
    before = victim.read_bytes()
    assert cli.main(["export", str(project), "-o", str(tmp_path / "set.csv")]) == 1
    assert "set.csv.card.md is a Newsmark project; nothing was written" in capsys.readouterr().err
    assert victim.read_bytes() == before and not (tmp_path / "set.csv").exists()


def test_split_and_a_parquet_export_never_load_qt(project, tmp_path):
    code = (
        "import sys\nfrom newsmark.cli import main\n"
        f"assert main(['split', {str(project)!r}]) == 0\n"
        f"assert main(['export', {str(project)!r}, '--format', 'parquet', '-o', {str(tmp_path / 'x.parquet')!r}]) == 0\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr.strip() == "[]", done.stderr


def test_the_data_card_measures_agreement_when_two_annotators_share_a_document(tmp_path):
    from newsmark.core.storage import Project as Opened

    path = tmp_path / "team.newsmark"
    text = "Kyiv said 8,000 troops moved to Kursk on Monday.\n"
    with Opened.open(path, create=True) as p:
        doc, _ = p.add_document("Kursk", text)
        figure = next(t.id for t in p.tags() if t.name == "figure")
        for who in ("ana", "ben"):
            p.add_span(doc.id, figure, text.index("8,000"), text.index("8,000") + 5, annotator=who)
    out = tmp_path / "set.csv"
    assert cli.main(["export", str(path), "-o", str(out)]) == 0
    card = (tmp_path / "set.csv.card.md").read_text(encoding="utf-8")
    agreement = card.split("## Agreement", 1)[1].split("##", 1)[0]
    assert "| figure | 1.000 |" in agreement and "(all)" in agreement
