"""The wheel carries everything: installed in a fresh venv outside the checkout, it finds its resources."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    (path,) = out.glob("newsmark-*.whl")
    return path


def test_wheel_holds_the_package_and_its_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "newsmark/__init__.py",
        "newsmark/core/storage.py",
        "newsmark/ui/mainwindow.py",
        "newsmark/resources/tagset.json",
        "newsmark/resources/sample-article.txt",
        "newsmark/resources/icons/newsmark.svg",
    ):
        assert needed in names
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_headless_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    # Install the wheel itself with no dependencies, then let the venv see the already
    # installed dependencies (a plain path line: the checkout's editable .pth is not processed).
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(purelib), str(wheel)],
        check=True, capture_output=True, text=True,
    )
    deps = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (purelib / "_test_deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    work = tmp_path / "elsewhere"
    work.mkdir()

    def run(*args):
        return subprocess.run([str(python), "-m", "newsmark", *args], cwd=work, env=env, capture_output=True, text=True)

    located = subprocess.run(
        [str(python), "-c", "import newsmark; from newsmark.core.resources import resource_dir; print(newsmark.__file__); print(resource_dir())"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(purelib) for p in located), located
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("newsmark 0."), version.stderr
    sample = Path(located[1]) / "sample-article.txt"
    added = run("add", "p.newsmark", str(sample))
    assert added.returncode == 0, added.stderr
    listed = run("list", "p.newsmark")
    assert listed.returncode == 0 and "North Korea" in listed.stdout
