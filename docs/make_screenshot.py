"""Render the real main window offscreen on the sample article and save it as a PNG for the README."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsmark.core.resources import SAMPLE_ARTICLE, resource_path  # noqa: E402
from newsmark.core.attributes import default_values  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.core.articles.plaintext import read_text_file  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402

MARKS = [
    ("claim", "around 8,000 soldiers from North Korea are now in Russia near Ukraine's border"),
    ("figure", "8,000"),
    ("figure", "10,000"),
    ("figure", "11,000"),
    ("figure", "12,000"),
    ("location", "Kursk region"),
    ("location", "Seoul"),
    ("quote", "DPRK [North Korea] participation in combat against Ukraine would be an alarming expansion of the conflict."),
    ("claim", "the DPRK's troop deployment in Russia marks a dangerous expansion in Russian-DPRK ties"),
]


def main(out: str, width: int = 1400, height: int = 820, find: str = "", review: bool = False) -> None:
    """Save the window at ``width``×``height``, with the find bar open on ``find`` if given.

    ``review``: instead of the marks, suggest in the sample article, accept the first suggestion
    and step to the next, as an analyst reviewing suggestions sees it.
    """
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    project = Project.open(folder / "sample.newsmark", create=True)
    article = read_text_file(resource_path(SAMPLE_ARTICLE))
    doc, _ = project.add_document(article.title, article.text, article.source_path)
    if not review:
        claim = _mark(project, doc)
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    settings.setValue("annotator", "analyst")
    window = MainWindow(project, settings)
    window.resize(width, height)
    window.show()
    if review:
        window.actions.suggest_document.trigger()
        window.actions.accept_suggestion.trigger()
        window.actions.next_suggestion.trigger()
    else:
        window.select_span_row(claim.id)
    if find:
        window.actions.find.trigger()
        window.find_bar.text.setText(find)
    app.processEvents()
    window.grab().save(out)
    window.close()
    print(f"wrote {out}")


def _mark(project, doc):
    """The marks, two links and two labels of the README's picture; returns the first claim."""
    tags = {t.name: t for t in project.tags()}
    for tag, phrase in MARKS:
        start = doc.text.index(phrase)
        # As a key press makes them: with the tag's default attribute values (a claim starts "unverified").
        project.add_span(
            doc.id, tags[tag].id, start, start + len(phrase), annotator="analyst", attributes=default_values(tags[tag])
        )
    # Two links and two labels, so the picture shows what attribution looks like.
    spans = {doc.text[s.start:s.end]: s for s in project.spans(doc.id)}
    types = {k.name: k.id for k in project.link_types()}
    claim = spans[MARKS[0][1]]
    project.add_link(doc.id, types["evidence"], spans["8,000"].id, claim.id, annotator="analyst")
    project.add_link(doc.id, types["about"], claim.id, spans["Kursk region"].id, annotator="analyst")
    categories = {c.name: c.id for c in project.categories()}
    project.set_document_labels(doc.id, categories["topic"], ["war"], annotator="analyst")
    project.set_document_labels(doc.id, categories["genre"], ["news"], annotator="analyst")
    return claim


if __name__ == "__main__":
    # make_screenshot.py [--review] [OUT.png [WIDTHxHEIGHT [FIND]]]
    args = sys.argv[1:]
    review = "--review" in args
    args = [a for a in args if a != "--review"]
    w, h = (int(n) for n in args[1].split("x")) if len(args) > 1 else (1400, 820)
    main(args[0] if args else "docs/screenshot.png", w, h, args[2] if len(args) > 2 else "", review)
