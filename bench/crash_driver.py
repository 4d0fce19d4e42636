"""The killed side of bench/crash.py: the real window, driven as an analyst would, logging each action.

Usage (started by bench/crash.py): python bench/crash_driver.py PROJECT LOG SEED
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crash import SET_TAGS, TAGS, digest, predict, state_of_rows


class Driver:
    """Drives a MainWindow through its actions and logs each action before and after (fsync'd)."""

    def __init__(self, project_path: Path, log_path: Path, seed: int):
        from newsmark.core.storage import Project
        from newsmark.ui import dialogs
        from newsmark.ui.articleview import ArticleView
        from newsmark.ui.mainwindow import MainWindow
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QListView, QTableView

        self.rng = random.Random(seed)
        self.folder = log_path.parent
        self.log = os.open(log_path, os.O_WRONLY | os.O_APPEND)
        self.errors: list[str] = []
        self.expected_tag_all: dict | None = None
        self._replace_dialogs(dialogs)
        self.project = Project.open(project_path)
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.IniFormat)
        self.window = MainWindow(self.project, settings)
        self.window.show()
        self.stack = self.window.findChild(QUndoStack)
        self.view = self.window.findChild(ArticleView)
        self.table = self.window.findChild(QTableView, "spanTable")
        self.documents = self.window.findChild(QListView, "documentList")
        self.texts = {d.id: self.project.document(d.id).text for d in self.project.documents()}
        self.words = {i: [m.span() for m in re.finditer(r"[A-Za-z]+", t)] for i, t in self.texts.items()}
        self.state = self.read_state()
        self.history = [digest(self.state)]  # the state at each undo stack index
        self.counter = 0

    def _replace_dialogs(self, dialogs) -> None:
        def ask_annotate_all(_parent, tag, _preview, total, _skipped):
            self.write({"matches": self.counter, "tag": tag, "count": total})
            return True

        dialogs.ask_annotate_all = ask_annotate_all
        dialogs.ask_annotation_set_path = lambda _parent: self.folder / "set.csv"
        dialogs.show_error = lambda _parent, title, message: self.errors.append(f"{title}: {message}")
        dialogs.show_problems = lambda _parent, title, summary: self.errors.append(f"{title}: {summary}")
        dialogs.show_info = lambda *_args: None

    def write(self, entry: dict) -> None:
        os.write(self.log, (json.dumps(entry, separators=(",", ":")) + "\n").encode())
        os.fsync(self.log)

    def read_state(self) -> dict:
        spans = [(r[3], r[0], r[4], r[5], r[6], r[8]) for r in self.project.export_rows()]
        return state_of_rows(spans, [t.name for t in self.project.tags()])

    def trigger(self, name: str) -> None:
        from PySide6.QtGui import QAction

        self.window.findChild(QAction, name).trigger()

    # -- one action ------------------------------------------------------------------------------

    def step(self) -> None:
        """Choose an action, log it, do it, and acknowledge it with the state it left."""
        from PySide6.QtWidgets import QApplication

        kind = self.rng.choices(
            ["tag", "delete", "retag", "undo", "redo", "load", "tag_all", "switch"], [30, 14, 14, 14, 9, 7, 7, 5]
        )[0]
        action = getattr(self, f"plan_{kind}")()
        if action is None:
            return
        do = action.pop("do")
        if kind == "switch":
            do()
            QApplication.processEvents()
            return
        self.counter += 1
        before, index, count = self.state, self.stack.index(), self.stack.count()
        self.write({"act": self.counter, **action})
        self.errors = []
        do()
        QApplication.processEvents()
        self.state = state = self.read_state()
        moved = self.stack.index() != index or self.stack.count() != count
        if kind in ("undo", "redo"):
            as_predicted = moved and digest(state) == action["expect"]
        elif not moved:  # refused, or nothing to do: nothing changed
            as_predicted = digest(state) == digest(before)
        elif kind == "tag_all":
            as_predicted = True  # judged by its count, from the "matches" line
        else:
            as_predicted = digest(state) == digest(predict(before, action, {}))
        if moved and kind not in ("undo", "redo"):
            self.history[index + 1:] = [digest(state)]
        self.write({"ack": self.counter, "state": state, "as_predicted": as_predicted, "errors": self.errors})

    # -- what each action is ---------------------------------------------------------------------

    def shown_document(self) -> int:
        text = self.view.toPlainText()
        return next(i for i, t in self.texts.items() if t == text)

    def plan_switch(self) -> dict:
        row = self.rng.randrange(self.documents.model().rowCount())
        return {"kind": "switch", "do": lambda: self.documents.setCurrentIndex(self.documents.model().index(row, 0))}

    def plan_tag(self) -> dict | None:
        document = self.shown_document()
        words = self.words[document]
        first = self.rng.randrange(len(words) - 3)
        start, end = words[first][0], words[first + self.rng.randrange(3)][1]
        tag = self.rng.choice(TAGS)
        if [document, tag, start, end, ""] in [s[1:] for s in self.state["spans"]]:
            return None  # the window would say "already has this tag"

        def do():
            self.view.select_range(start, end)
            self.trigger(f"tagAs:{tag}")

        return {"kind": "tag", "document": document, "tag": tag, "start": start, "end": end, "do": do}

    def _select_rows(self, first: int, count: int) -> list[int]:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

        model = self.table.model()
        chosen = QItemSelection(model.index(first, 0), model.index(first + count - 1, model.columnCount() - 1))
        self.table.selectionModel().select(chosen, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        return [model.index(r, 0).data(Qt.UserRole + 1) for r in range(first, first + count)]  # span ids

    def _rows(self, most: int) -> tuple[int, int] | None:
        rows = self.table.model().rowCount()
        if rows == 0:
            return None
        count = self.rng.randint(1, min(most, rows))
        return self.rng.randrange(rows - count + 1), count

    def plan_delete(self) -> dict | None:
        chosen = self._rows(40 if len(self.state["spans"]) > 250 else 8)
        if chosen is None:
            return None
        ids = self._select_rows(*chosen)
        return {"kind": "delete", "ids": ids, "do": lambda: self.trigger("deleteSpan")}

    def plan_retag(self) -> dict | None:
        chosen = self._rows(8)
        if chosen is None:
            return None
        ids = self._select_rows(*chosen)
        tag = self.rng.choice(TAGS)
        return {"kind": "retag", "ids": ids, "tag": tag, "do": lambda: self.trigger(f"retagAs:{tag}")}

    def plan_undo(self) -> dict | None:
        if not self.stack.canUndo():
            return None
        expect = self.history[self.stack.index() - 1]
        return {"kind": "undo", "expect": expect, "do": lambda: self.trigger("undo")}

    def plan_redo(self) -> dict | None:
        if not self.stack.canRedo():
            return None
        expect = self.history[self.stack.index() + 1]
        return {"kind": "redo", "expect": expect, "do": lambda: self.trigger("redo")}

    def plan_load(self) -> dict:
        from newsmark.core.model import sha256_text

        tag = self.rng.choice(SET_TAGS)
        taken = {(s[1], s[3], s[4]) for s in self.state["spans"] if s[2] == tag}
        spans = []
        for _ in range(self.rng.randint(2, 6)):
            document = self.rng.choice(list(self.texts))
            start, end = self.rng.choice(self.words[document])
            if (document, start, end) not in taken:
                taken.add((document, start, end))
                spans.append([document, start, end])
        lines = ["document_sha256,tag,start,end,text,annotator"]
        lines += [f"{sha256_text(self.texts[d])},{tag},{a},{b},{self.texts[d][a:b]},loader" for d, a, b in spans]
        (self.folder / "set.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return {"kind": "load", "tag": tag, "spans": spans, "do": lambda: self.trigger("loadSet")}

    def plan_tag_all(self) -> dict | None:
        chosen = self._rows(1)
        if chosen is None or len(self.state["spans"]) > 250:  # keep the project (and the log) small
            return None
        self._select_rows(*chosen)
        return {"kind": "tag_all", "do": lambda: self.trigger("tagEverywhere")}


def child_main(project: Path, log: Path, seed: int) -> None:
    """Open the window and act until killed (or, should the parent be gone, for a minute)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    driver = Driver(project, log, seed)
    driver.write({"ready": driver.state})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        driver.step()
    os._exit(3)  # not killed: the parent is gone


if __name__ == "__main__":
    child_main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
