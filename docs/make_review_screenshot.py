"""Render the real main window offscreen reviewing suggestions on the sample article, and save it as a PNG."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsmark.core.articles.plaintext import read_text_file  # noqa: E402
from newsmark.core.resources import SAMPLE_ARTICLE, resource_path  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402


def main(out: str, width: int = 1400, height: int = 820) -> None:
    """Suggest in the sample article, accept the first suggestion, step to the next one and save the window."""
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    project = Project.open(folder / "sample.newsmark", create=True)
    article = read_text_file(resource_path(SAMPLE_ARTICLE))
    project.add_document(article.title, article.text, article.source_path)
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    settings.setValue("annotator", "analyst")
    window = MainWindow(project, settings)
    window.resize(width, height)
    window.show()
    window.actions.suggest_document.trigger()
    window.actions.accept_suggestion.trigger()
    window.actions.next_suggestion.trigger()
    app.processEvents()
    window.grab().save(out)
    window.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    # make_review_screenshot.py [OUT.png [WIDTHxHEIGHT]]
    args = sys.argv[1:]
    w, h = (int(n) for n in args[1].split("x")) if len(args) > 1 else (1400, 820)
    main(args[0] if args else "review-screenshot.png", w, h)
