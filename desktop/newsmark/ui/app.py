"""Starting the desktop app: one QApplication, one QSettings, one window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import newsmark
from newsmark.core.defaults import ensure_default_project
from newsmark.core.errors import NewsmarkError
from newsmark.core.resources import resource_path
from newsmark.core.storage import Project
from newsmark.ui import dialogs
from newsmark.ui.mainwindow import MainWindow


def make_settings() -> QSettings:
    """The user's settings; created once here and handed down."""
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "Newsmark", "Newsmark")


def open_project(path: Path | None) -> Project:
    """The project to show: the given file, or the default one (made on first run)."""
    return Project.open(path if path is not None else ensure_default_project(), create=False)


def run_gui(project_path: Path | None) -> int:
    """Run the app until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Newsmark")
    app.setOrganizationName("Newsmark")
    app.setApplicationVersion(newsmark.__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons/newsmark.svg"))))
    project = None
    try:
        project = open_project(project_path)
        window = MainWindow(project, make_settings())  # its first reads can fail on a damaged file too
    except (NewsmarkError, OSError) as e:
        if project is not None:
            project.close()  # never a stale lock
        dialogs.show_error(None, "Cannot open project", str(e))
        print(f"newsmark: {e}", file=sys.stderr)
        return 1
    window.show()
    QTimer.singleShot(0, window.annotator.ask_once)  # the first run asks who is annotating, over the window
    return app.exec()
