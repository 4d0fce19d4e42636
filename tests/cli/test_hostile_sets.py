"""Every ``load`` format over every hostile annotation set: one line and exit 1 (the project byte-identical), or a full, correct load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import newsmark
import pytest
from newsmark import cli
from newsmark.core.formats import registry
from newsmark.core.storage import Project

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
SETS = HOSTILE / "annotation_sets"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(p.name for p in SETS.iterdir())


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> bytes:
    """A closed project holding the document the sets refer to, as bytes (copied for each test: much faster)."""
    path = tmp_path_factory.mktemp("template") / "p.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kyiv", EXPECTED["document"])
    return path.read_bytes()


def _project(tmp_path: Path, template: bytes) -> Path:
    path = tmp_path / "p.newsmark"
    path.write_bytes(template)
    return path


def _span_count(path: Path) -> int:
    with Project.open(path, readonly=True) as project:
        return sum(d.spans for d in project.documents())


def test_the_corpus_is_what_its_script_writes():
    sys.path.insert(0, str(HOSTILE))
    try:
        import make_annotation_sets as maker
    finally:
        sys.path.remove(str(HOSTILE))
    made = maker.files()
    on_disk = sorted(p.relative_to(SETS).as_posix() for p in SETS.rglob("*") if p.is_file())
    assert on_disk == sorted(made)
    for name, data in made.items():
        wanted = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        assert (SETS / name).read_bytes() == wanted, name
    assert len(NAMES) > 60


@pytest.mark.parametrize("fmt", [None, *registry.LOADABLE], ids=lambda f: f or "auto")
@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_set_is_refused_with_one_line_or_loads_fully(tmp_path, template, capsys, name, fmt):
    project = _project(tmp_path, template)
    before = project.read_bytes()  # the project is closed: reading it drops no lock
    code = cli.main(["load", str(project), str(SETS / name), *(["--format", fmt] if fmt else [])])
    out, err = capsys.readouterr()
    good = EXPECTED["sets"].get(name)
    if good is not None and fmt in (None, good["format"]):
        assert (code, err) == (0, "")
        assert out.startswith(f"added {good['spans']} span")
        assert _span_count(project) == good["spans"]
        return
    assert code == 1 and out == ""
    assert err.startswith("newsmark: ") and err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err and "Error:" not in err  # no Python vocabulary
    assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.newsmark"]  # no -wal, -shm or .lock left behind


@pytest.mark.parametrize("name", ["deep.json", "huge-id.csv", "labels-string.json", "bool-offsets.jsonl", "brat-huge-offset"])
def test_a_hostile_set_is_one_line_from_a_real_process(tmp_path, template, name):
    project = _project(tmp_path, template)
    before = project.read_bytes()
    code = str(Path(newsmark.__file__).resolve().parents[1])
    env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-m", "newsmark", "load", str(project), str(SETS / name)], capture_output=True, env=env, check=False
    )
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.count(b"\n") == 1 and b"Traceback" not in done.stderr
    assert project.read_bytes() == before
