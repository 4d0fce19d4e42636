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
        "newsmark/resources/gazetteer.tsv.gz",
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


# What the wheel must bring itself: packages an old pip leaves out, or that the venv running the tests
# may lack. The test's pip has to install these from the wheel's own metadata.
_BROUGHT_BY_THE_WHEEL = ("lxml_html_clean", "cryptography")


def _repack(dist_name: str, out: Path) -> Path:
    """A wheel of an installed distribution, made from its installed files (so the test needs no index)."""
    import csv
    import importlib.metadata
    import io

    dist = importlib.metadata.distribution(dist_name)
    tags = [line.split(": ", 1)[1] for line in dist.read_text("WHEEL").splitlines() if line.startswith("Tag: ")]
    name = dist.metadata["Name"].replace("-", "_")
    wheel = out / f"{name}-{dist.version}-{tags[0]}.whl"
    files = [f for f in dist.files if "__pycache__" not in f.parts and not f.name.endswith(".pyc")
             and f.name not in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json") and not f.parts[0].startswith("..")]
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as archive:  # stored: quick, and only read once
        for file in files:
            archive.write(file.locate(), file.as_posix())
            writer.writerow([file.as_posix(), "", ""])
        dist_info = next(f.parts[0] for f in files if f.parts[0].endswith(".dist-info"))
        writer.writerow([f"{dist_info}/RECORD", "", ""])
        archive.writestr(f"{dist_info}/RECORD", record.getvalue())
    return wheel


@pytest.mark.slow
def test_the_pip_python_3_11_ships_installs_everything_a_web_page_and_an_aes_pdf_need(wheel, tmp_path):
    """`pip install newsmark` with pip 23.2 (ensurepip's for Python 3.11, the oldest the README allows), offline."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)  # ensurepip's own pip
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("PIP_")}
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    pip_version = subprocess.run([str(python), "-m", "pip", "--version"], capture_output=True, text=True, env=env).stdout
    # Everything else the wheel needs is seen as already installed: the test venv's packages, linked in one
    # by one, without the ones the wheel must bring (and without the checkout's own newsmark and pip).
    seen = tmp_path / "installed"
    seen.mkdir()
    for folder in dict.fromkeys([sysconfig.get_paths()["purelib"], *site.getsitepackages()]):
        for entry in Path(folder).iterdir():
            key = entry.name.lower()
            if (key.startswith(("newsmark", "_editable", "__editable", "pip", "__pycache__")) or key.endswith(".pth")
                    or key.startswith(_BROUGHT_BY_THE_WHEEL) or (seen / entry.name).exists()):
                continue
            (seen / entry.name).symlink_to(entry)
    purelib = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    (purelib / "_test_deps.pth").write_text(f"{seen}\n", encoding="utf-8")
    wheelhouse = tmp_path / "wheelhouse"
    wheelhouse.mkdir()
    for dist_name in _BROUGHT_BY_THE_WHEEL:
        _repack(dist_name, wheelhouse)
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-index", "--find-links", str(wheelhouse), str(wheel)],
        capture_output=True, text=True, env=env,
    )
    assert installed.returncode == 0, pip_version + installed.stdout + installed.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    added = subprocess.run(
        [str(python), "-m", "newsmark", "add", "p.newsmark", str(ROOT / "tests/data/kyiv-bridge.html"),
         str(ROOT / "tests/core/articles/wild/grain-exports-aes.pdf")],
        cwd=work, env=env, capture_output=True, text=True,
    )
    assert added.returncode == 0, pip_version + added.stderr
    assert "added 2 documents" in added.stderr
