"""Render Review › Statistics of the real window offscreen on a small team project and save it as PNGs (light, dark)."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsmark.core.model import Span  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402

PLACES = ["Kyiv", "Kursk", "Seoul", "Odesa", "Brussels", "Pyongyang"]
SPEAKERS = ["Volodymyr Zelensky", "NATO spokesperson", "South Korea's defence ministry", "Pentagon official"]
STATUS = ["unverified", "true", "false", "misleading", "unclear"]


def team_project(path: Path, seed: int = 7) -> Project:
    """Forty articles, three annotators over three weeks, every default tag with attribute values."""
    rnd = random.Random(seed)
    project = Project.open(path, create=True)
    tags = {t.name: t for t in project.tags()}
    spans = []
    for n in range(40):
        words = [rnd.choice(PLACES + ["troops", "said", "prices", "rose", "8,000", "talks"]) for _ in range(300)]
        doc, _ = project.add_document(f"Wire story {n + 1}: {' '.join(words[:5])}", " ".join(words))
        project.update_document(doc.id, status=rnd.choices(["todo", "in_progress", "done", "reviewed"], [3, 2, 3, 2])[0])
        for _ in range(rnd.randint(0, 30)):
            tag = rnd.choices(list(tags.values()), [4, 3, 3, 3])[0]
            start = rnd.randrange(len(doc.text) - 12)
            values = {"claim": f'{{"status": "{rnd.choice(STATUS)}"}}', "quote": f'{{"speaker": "{rnd.choice(SPEAKERS)}"}}',
                      "location": f'{{"place": "{rnd.choice(PLACES)}"}}'}.get(tag.name, "{}")
            stamp = f"2024-05-{rnd.randint(1, 21):02d}T09:00:00.000Z"
            spans.append(Span(0, doc.id, tag.id, start, start + 10, "", rnd.choice(["ana", "ben", "chloé"]), stamp, stamp, values))
    project.add_spans(spans)
    return project


def main(folder: str = "docs") -> None:
    """Save statistics-light.png and statistics-dark.png in ``folder``."""
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    window = MainWindow(team_project(work / "team.newsmark"), QSettings(str(work / "s.ini"), QSettings.IniFormat))
    window.show()
    for theme in ("light", "dark"):
        getattr(window.actions, f"theme_{theme}").trigger()
        window.actions.show_statistics.trigger()
        panel = window.statistics.panel
        panel.resize(900, 1000)
        app.processEvents()
        out = Path(folder) / f"statistics-{theme}.png"
        panel.grab().save(str(out))
        print(f"wrote {out}")
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:2])
