"""The core never imports Qt; only the storage module imports sqlite_utils, and only storage opens a database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import newsmark

CORE = Path(newsmark.__file__).parent / "core"


def _imported_top_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_sources_never_import_qt():
    offenders = [p.name for p in CORE.rglob("*.py") if {"PySide6", "shiboken6"} & _imported_top_names(p)]
    assert offenders == []


def test_only_storage_imports_sqlite_utils():
    users = sorted(p.relative_to(CORE).as_posix() for p in CORE.rglob("*.py") if "sqlite_utils" in _imported_top_names(p))
    assert users == ["storage.py"]


def _connects(path: Path) -> bool:
    """Whether the module calls ``sqlite3.connect`` (or ``connect`` imported from sqlite3)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr == "connect" and isinstance(f.value, ast.Name) and f.value.id == "sqlite3":
                return True
        if isinstance(node, ast.ImportFrom) and node.module == "sqlite3" and any(a.name == "connect" for a in node.names):
            return True
    return False


def test_only_the_storage_modules_open_a_database():
    """Closing any descriptor of a project drops SQLite's locks (docs/locks.md): only storage opens one, through
    ``storageconnect`` (and ``schema``, the copy it backs a project up to before an upgrade); everything else asks
    ``storage.Project``."""
    openers = sorted(p.relative_to(CORE.parent).as_posix() for p in CORE.parent.rglob("*.py") if _connects(p))
    assert openers == ["core/schema.py", "core/storageconnect.py"]


def test_importing_every_core_module_loads_no_qt():
    modules = sorted("newsmark.core." + ".".join(p.relative_to(CORE).with_suffix("").parts) for p in CORE.rglob("*.py"))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_boundary_check_would_see_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlite_utils.db\n", encoding="utf-8")
    assert {"PySide6", "sqlite_utils"} <= _imported_top_names(bad)
