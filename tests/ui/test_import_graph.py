"""The ui package has no import circles, and its controllers never see the window."""

from __future__ import annotations

import ast
from pathlib import Path

import newsmark

UI = Path(newsmark.__file__).parent / "ui"
PACKAGE = "newsmark.ui"

# Controllers get a WindowContext and their widgets; only app.py (which creates the window) may name it.
CONTROLLERS = [
    "fileops", "documentcontrols", "finder", "spanpanel", "menus", "navigation", "tageditor", "linking", "labels",
    "linksetpages", "linkpainter", "spanactions", "review/curation", "suggestreview", "suggestall", "learnedmodels", "suggestionpainter", "review/agreement", "review/statistics",
    "review/projectmerge",
]


def ui_imports(source: str, module: str) -> set[str]:
    """The newsmark.ui modules a module's source imports, anywhere in it (also inside functions and TYPE_CHECKING)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # a relative import: resolve it against this module's package
                base = module.rsplit(".", node.level)[0]
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # "from newsmark.ui import dialogs" imports the module newsmark.ui.dialogs.
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["newsmark", "ui"] and len(parts) >= 3:
                found.add(".".join(parts[:3]))
    return found


def import_graph() -> dict[str, set[str]]:
    """Each ui module and the ui modules it imports."""
    graph = {}
    for path in sorted(p for p in UI.glob("*.py") if p.stem != "__init__"):
        module = f"{PACKAGE}.{path.stem}"
        graph[module] = ui_imports(path.read_text(encoding="utf-8"), module) - {module}
    return {m: {d for d in deps if d in graph} for m, deps in graph.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a list of modules (first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return path[path.index(dep):] + [dep]
            if dep not in state and (cycle := visit(dep)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_ui_package_has_no_import_circle():
    graph = import_graph()
    assert len(graph) > 15  # the walk really saw the package
    assert find_cycle(graph) is None


def test_only_app_imports_the_main_window():
    importers = sorted(m for m, deps in import_graph().items() if f"{PACKAGE}.mainwindow" in deps)
    assert importers == [f"{PACKAGE}.app"]


def window_uses(source: str) -> list[str]:
    """Where a module reaches for the window: the name MainWindow (also in a quoted hint), or a ``window``'s attributes."""
    found = []
    for node in ast.walk(ast.parse(source)):
        annotation = getattr(node, "annotation", None) or getattr(node, "returns", None)
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            hint = ast.parse(annotation.value, mode="eval")
            if any(isinstance(n, ast.Name) and n.id == "MainWindow" for n in ast.walk(hint)):
                found.append(f"line {node.lineno}: MainWindow")
        if isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append(f"line {node.lineno}: MainWindow")
        elif isinstance(node, ast.alias) and node.name.split(".")[-1] in ("MainWindow", "mainwindow"):
            found.append(f"import of {node.name}")
        elif isinstance(node, ast.Attribute):
            owner = node.value
            # window.x, self.window.x, self._window.x, self.window_.x ...
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if name.strip("_") == "window":
                found.append(f"line {node.lineno}: {name}.{node.attr}")
    return sorted(found)


def test_no_controller_reaches_into_the_window():
    uses = {c: window_uses((UI / f"{c}.py").read_text(encoding="utf-8")) for c in CONTROLLERS}
    assert {c: u for c, u in uses.items() if u} == {}


def test_the_checks_would_see_a_circle_and_a_window():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import session\n"
        "if TYPE_CHECKING:\n    from newsmark.ui.mainwindow import MainWindow\n"
        "def f():\n    from newsmark.ui import dialogs\n"
    )
    assert ui_imports(source, "newsmark.ui.finder") == {
        "newsmark.ui.session", "newsmark.ui.mainwindow", "newsmark.ui.dialogs",
    }
    code = "class C:\n    def f(self, window: 'MainWindow'):\n        self.window.session\n        window.view\n"
    assert window_uses(code) == ["line 2: MainWindow", "line 3: window.session", "line 4: window.view"]
