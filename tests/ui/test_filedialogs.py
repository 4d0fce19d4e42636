"""Every file dialog comes from ui/filedialogs, which never reads the files it lists (docs/locks.md)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog

import newsmark.ui
from newsmark.core.storage import Project
from newsmark.ui import filedialogs

import lockholder

UI = Path(newsmark.ui.__file__).parent
# A static QFileDialog.get…() or a bare QFileDialog(…) builds a dialog with Qt's content-sniffing icons.
_STRAY = re.compile(r"QFileDialog\s*\.\s*get\w*|QFileDialog\s*\(")


def test_no_file_dialog_is_made_outside_the_factory():
    stray = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py")) if path.name != "filedialogs.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _STRAY.search(line)
    ]
    assert stray == []


def test_the_factory_makes_qts_own_dialog_with_names_only_icons(qtbot):
    dialog = filedialogs.file_dialog(None, "Open", "", "", mode=QFileDialog.FileMode.ExistingFiles)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), filedialogs.NameOnlyIconProvider)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles


def _lock_owner_seen_from_another_process(path: Path) -> int | None:
    """F_GETLK from a fresh process: a process never sees its own locks that way."""
    script = f"import lockholder; print(lockholder.lock_owner({str(path)!r}, lockholder.SHARED_FIRST, lockholder.SHARED_SIZE))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(lockholder.__file__).parent, check=True
    ).stdout.strip()
    return None if out == "None" else int(out)


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX lock semantics of Linux")
@pytest.mark.parametrize("provider, keeps", [(filedialogs.NameOnlyIconProvider, True), (QAbstractFileIconProvider, False)])
def test_asking_for_a_projects_icon_and_type_keeps_this_process_locks(qapp, tmp_path, provider, keeps):
    """Ours keeps them; Qt's stock provider (the cause) drops them, which shows the check can see it."""
    path = tmp_path / "mine.newsmark"
    mine = tmp_path / "mine.dat"  # a name that says nothing: the stock provider must read the content
    with Project.open(path, create=True) as project:
        project.add_document("T", "text")
    os.link(path, mine)
    with Project.open(path) as project:
        assert _lock_owner_seen_from_another_process(path) == os.getpid()
        icons = provider()
        for name in (path, mine, f"{path}-wal", f"{path}-shm"):
            icons.icon(QFileInfo(str(name)))
            icons.type(QFileInfo(str(name)))
        assert (_lock_owner_seen_from_another_process(path) == os.getpid()) is keeps
        project.documents()
