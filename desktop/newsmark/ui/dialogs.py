"""Every modal question the window asks, as small ``ask_*()`` functions that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFontDialog,
    QInputDialog,
    QProgressDialog,
    QMessageBox,
    QWidget,
)

from newsmark.core.articles import ARTICLE_SUFFIXES
from newsmark.core.articles.worddoc import DOCX_SUFFIXES
from newsmark.core.articles.htmlpage import HTML_SUFFIXES
from newsmark.core.articles.pdfdoc import PDF_SUFFIXES
from newsmark.core.storage import PROJECT_SUFFIX
from newsmark.core.articles.plaintext import SUPPORTED_SUFFIXES as TEXT_SUFFIXES
from newsmark.ui import filedialogs, pdfoption
from newsmark.ui.filedialogs import ANNOTATION_SET, DOCUMENTS, EXPORT, PROJECT, TAG_SET, in_start_folder, remember_folder, start_folder
from newsmark.core.formats.registry import LOAD_PATTERNS

PROJECT_FILTER = f"Newsmark projects (*{PROJECT_SUFFIX});;All files (*)"
DOCUMENT_FILTER = ";;".join(
    f"{kind} ({' '.join('*' + s for s in suffixes)})"
    for kind, suffixes in (
        ("Articles", ARTICLE_SUFFIXES), ("Saved web pages", HTML_SUFFIXES), ("Word documents", DOCX_SUFFIXES),
        ("PDF documents", PDF_SUFFIXES), ("Plain text and Markdown", TEXT_SUFFIXES),
    )
) + ";;All files (*)"


def ask_new_project(parent: QWidget, *, settings: QSettings | None = None) -> Path | None:
    """Where to create a new project, or None."""
    name = filedialogs.save_file_name(parent, "New project", str(start_folder(settings, PROJECT)), PROJECT_FILTER)
    if not name:
        return None
    remember_folder(settings, PROJECT, name)
    path = Path(name)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def ask_open_project(parent: QWidget, *, settings: QSettings | None = None) -> Path | None:
    """Which project to open, or None."""
    name = filedialogs.open_file_name(parent, "Open project", str(start_folder(settings, PROJECT)), PROJECT_FILTER)
    remember_folder(settings, PROJECT, name)
    return Path(name) if name else None


def ask_documents(parent: QWidget, *, settings: QSettings | None = None) -> list[Path]:
    """Which article files to add (possibly none)."""
    names = filedialogs.open_file_names(
        parent, "Add documents", str(start_folder(settings, DOCUMENTS)), DOCUMENT_FILTER,
        extra=lambda dialog: pdfoption.add_checkbox(dialog, settings),
    )
    if names:
        remember_folder(settings, DOCUMENTS, names[0])
    return [Path(n) for n in names]


def ask_document_folder(parent: QWidget, *, settings: QSettings | None = None) -> Path | None:
    """A folder whose article files (and its subfolders') to add, or None."""
    name = filedialogs.existing_directory(
        parent, "Add a folder of articles", str(start_folder(settings, DOCUMENTS)),
        extra=lambda dialog: pdfoption.add_checkbox(dialog, settings),
    )
    remember_folder(settings, DOCUMENTS, name)
    return Path(name) if name else None


def ask_export_path(parent: QWidget, suggested: str, *, settings: QSettings | None = None) -> Path | None:
    """Where to write a CSV export (``suggested`` gives the file name), or None."""
    name = filedialogs.save_file_name(
        parent, "Export annotation set", in_start_folder(settings, EXPORT, suggested), "CSV (*.csv)"
    )
    if not name:
        return None
    remember_folder(settings, EXPORT, name)
    path = Path(name)
    return path if path.suffix else path.with_suffix(".csv")


def ask_note(parent: QWidget, current: str) -> str | None:
    """A span's new note, or None if the analyst cancelled."""
    from newsmark.ui.notedialog import NoteDialog

    dialog = NoteDialog(parent, current)
    return dialog.note() if dialog.exec() == QDialog.Accepted else None


def ask_link_note(parent: QWidget, current: str, link: str) -> str | None:
    """A link's new note (``link`` says which, e.g. "evidence → claim “…”"), or None if the analyst cancelled."""
    from newsmark.ui.notedialog import NoteDialog

    dialog = NoteDialog(parent, current)
    dialog.setWindowTitle(f"Edit link note: {link}")
    return dialog.note() if dialog.exec() == QDialog.Accepted else None


def ask_annotator(parent: QWidget, current: str) -> str | None:
    """The annotator's name saved with every new span, or None."""
    text, ok = QInputDialog.getText(
        parent, "Annotator name", "Your name, saved with every span you make (change it under Edit):", text=current
    )
    return text if ok else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the analyst something went wrong and what to do."""
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget, title: str, message: str) -> None:
    """Tell the analyst something worth a moment's attention."""
    QMessageBox.information(parent, title, message)


def show_problems(parent: QWidget, title: str, summary: str) -> None:
    """List what an action could not do (e.g. spans an export left out), in a box that scrolls."""
    box = QMessageBox(QMessageBox.Warning, title, summary.split("\n", 1)[0], QMessageBox.Ok, parent)
    box.setDetailedText(summary)
    items = summary.splitlines()[2:]
    first = items[:5] + ([f"… {len(items) - 5} more under Show Details"] if len(items) > 5 else [])
    box.setInformativeText("\n".join(first))
    box.exec()


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str, str]]) -> None:
    """A window listing every keyboard shortcut: action, key, what it does; with a filter box."""
    from newsmark.ui.shortcutsdialog import ShortcutsDialog

    ShortcutsDialog(parent, rows).exec()


def ask_annotate_all(parent: QWidget, tag: str, preview: list[tuple[str, str, str, str]], total: int, skipped: int):
    """Show what "tag all" will create, each match in context: False to cancel, True for all of them,
    or the set of preview rows the analyst unticked."""
    from newsmark.ui.annotatedialog import AnnotateAllDialog

    dialog = AnnotateAllDialog(parent, tag, preview, total, skipped)
    if dialog.exec() != QDialog.Accepted:
        return False
    return dialog.unticked() or True


def ask_tag_name(parent: QWidget, title: str, current: str = "") -> str | None:
    """A tag's (new) name, or None."""
    text, ok = QInputDialog.getText(parent, title, "Tag name:", text=current)
    return text if ok else None


def ask_color(parent: QWidget, current: str) -> str | None:
    """A color as #rrggbb, or None."""
    color = QColorDialog.getColor(QColor(current), parent, "Tag color")
    return color.name() if color.isValid() else None


def ask_key(parent: QWidget, current: str) -> str | None:
    """One character to press for a tag ("" for none), or None if cancelled."""
    text, ok = QInputDialog.getText(parent, "Tag key", "Key (one character, empty for none):", text=current)
    return text.strip()[:1] if ok else None


def ask_delete_tag(parent: QWidget, tag: str, spans: int, others: list[tuple[int, str]]) -> str | int | None:
    """What to do with a deleted tag's spans: "delete", the id of a tag to move them to, or None to cancel."""
    if spans == 0:
        return "delete"
    choices = [f"Delete its {spans:,} spans"] + [f"Move its {spans:,} spans to {name}" for _, name in others]
    choice, ok = QInputDialog.getItem(parent, f"Delete tag {tag}", f"{tag} has {spans:,} spans.", choices, 0, False)
    if not ok:
        return None
    index = choices.index(choice)
    return "delete" if index == 0 else others[index - 1][0]


def show_tag_set_editor(ctx) -> None:
    """Open the tag set editor over the window whose context (a ``WindowContext``) it edits through."""
    from newsmark.ui.tageditor import TagSetEditor

    TagSetEditor(ctx).exec()


TAG_SET_FILTER = "Tag sets (*.json);;All files (*)"


def ask_tag_set_file(parent: QWidget, *, settings: QSettings | None = None) -> Path | None:
    """A tag set file to read, or None."""
    name = filedialogs.open_file_name(parent, "Tag set", str(start_folder(settings, TAG_SET)), TAG_SET_FILTER)
    remember_folder(settings, TAG_SET, name)
    return Path(name) if name else None


def ask_tag_set_save_path(parent: QWidget, suggested: str, *, settings: QSettings | None = None) -> Path | None:
    """Where to save the tag set (``suggested`` gives the file name), or None."""
    name = filedialogs.save_file_name(parent, "Export tag set", in_start_folder(settings, TAG_SET, suggested), TAG_SET_FILTER)
    if not name:
        return None
    remember_folder(settings, TAG_SET, name)
    path = Path(name)
    return path if path.suffix else path.with_suffix(".json")


def ask_attributes(parent: QWidget, tag: str, specs: list):
    """A tag's attribute definitions (a list of ``AttributeSpec``) edited in a form, or None if cancelled."""
    from newsmark.ui.attributeform import AttributeForm

    form = AttributeForm(parent, tag, specs)
    return form.specs() if form.exec() == QDialog.Accepted else None


def ask_font(parent: QWidget, current: QFont) -> QFont | None:
    """A reading font, or None."""
    ok, font = QFontDialog.getFont(current, parent, "Reading font")
    return font if ok else None


class Progress:
    """A progress dialog for long work; ``step()`` says whether to go on (False once cancelled)."""

    def __init__(self, parent: QWidget, title: str, total: int):
        self._dialog = QProgressDialog(title, "Cancel", 0, total, parent)
        self._dialog.setObjectName("progressDialog")
        self._dialog.setWindowModality(Qt.WindowModal)
        self._dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        self._done = 0

    def step(self, label: str) -> bool:
        """Report the next item; False if the analyst pressed Cancel."""
        self._dialog.setLabelText(label)
        self._dialog.setValue(self._done)
        self._done += 1
        return not self._dialog.wasCanceled()

    def note(self, label: str) -> bool:
        """Say what is under way without a step (work before the first item); False if the analyst pressed Cancel."""
        self._dialog.setLabelText(label)
        if self._done == 0:
            self._dialog.setValue(0)  # starts the clock that shows the dialog after its minimum duration
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        """Finish and hide the dialog."""
        self._dialog.setValue(self._dialog.maximum())
        self._dialog.close()


def progress(parent: QWidget, title: str, total: int) -> Progress:
    """Start showing progress over ``total`` items."""
    return Progress(parent, title, total)


def ask_export_options(parent: QWidget, stem: Path, tags: list[str], annotators: list[str], *, settings: QSettings | None = None):
    """What to export and where (an ExportChoice), or None; ``stem`` gives the file name, the last export the folder."""
    from newsmark.ui.exportdialog import ExportDialog

    dialog = ExportDialog(parent, Path(in_start_folder(settings, EXPORT, stem)), tags, annotators)
    if dialog.exec() != QDialog.Accepted:
        return None
    choice = dialog.choice()
    remember_folder(settings, EXPORT, choice.path.absolute().parent)
    return choice


# From the format registry; any other file is told by its content, so "All files" loads too.
SET_FILTER = f"Annotation sets ({' '.join(LOAD_PATTERNS)});;All files (*)"


def ask_annotation_set_path(parent: QWidget, *, settings: QSettings | None = None) -> Path | None:
    """An annotation set to load (for brat, any .ann of the folder), or None."""
    name = filedialogs.open_file_name(parent, "Load annotation set", str(start_folder(settings, ANNOTATION_SET)), SET_FILTER)
    remember_folder(settings, ANNOTATION_SET, name)
    return Path(name) if name else None


def ask_link_type(parent: QWidget, kinds: list):
    """Which of these link types (``LinkType``s allowed between two spans) to make, picked by its key; None to cancel."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QMenu

    menu = QMenu(parent)
    menu.setObjectName("linkTypeMenu")
    menu.addSection("Link type")
    keys = iter(k for k in "123456789" if k not in {t.key for t in kinds})
    actions = {}
    for kind in kinds:
        key = kind.key or next(keys, "")
        action = menu.addAction(f"&{key}  {kind.name}" if key else kind.name)
        actions[action] = kind
    chosen = menu.exec(QCursor.pos())
    return actions.get(chosen)


def ask_keep_links(parent: QWidget, tag: str, broken: list[str]) -> bool:
    """Whether to retag although links of these types will no longer be allowed (they are kept, marked)."""
    names = ", ".join(sorted(set(broken)))
    answer = QMessageBox.question(
        parent, "Links no longer allowed",
        f"Changing the tag to {tag} leaves {len(broken)} link{'s' if len(broken) != 1 else ''} ({names}) "
        "not allowed by its link type.\n\nRetag anyway? The links are kept and marked ⚠ in the span panel, "
        "so you can delete or keep each of them.",
        QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel,
    )
    return answer == QMessageBox.Yes


def ask_document_label(parent: QWidget, category, current: list[str]) -> str | None:
    """One value of a category (a ``Category``) picked by its digit from a menu (ticked: the current ones), or None."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QMenu

    menu = QMenu(parent)
    menu.setObjectName("documentLabelMenu")
    menu.addSection(f"{category.name} ({'several' if category.multiple else 'one'})")
    actions = {}
    for i, value in enumerate(category.choices):
        key = "123456789abcdefghijklmnopqrstuvwxyz"[i] if i < 35 else ""
        action = menu.addAction(f"&{key}  {value}" if key else value)
        action.setCheckable(True)
        action.setChecked(value in current)
        actions[action] = value
    return actions.get(menu.exec(QCursor.pos()))


def ask_link_ends(parent: QWidget, name: str, tags: list[str], sources, targets, symmetric: bool):
    """Which tags a link type's source and target may have (none ticked: any) and whether it is symmetric:
    ``(sources, targets, symmetric)``, or None if cancelled."""
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGridLayout, QLabel

    dialog = QDialog(parent)
    dialog.setWindowTitle(f"Ends of {name}")
    grid = QGridLayout(dialog)
    grid.addWidget(QLabel("Source may be (none ticked: any tag)"), 0, 0)
    grid.addWidget(QLabel("Target may be (none ticked: any tag)"), 0, 1)
    boxes = []
    for row, tag in enumerate(tags, start=1):
        pair = QCheckBox(tag), QCheckBox(tag)
        pair[0].setChecked(tag in sources)
        pair[1].setChecked(tag in targets)
        grid.addWidget(pair[0], row, 0)
        grid.addWidget(pair[1], row, 1)
        boxes.append((tag, pair))
    both = QCheckBox("Symmetric (either span may be the source)")
    both.setChecked(symmetric)
    grid.addWidget(both, len(tags) + 1, 0, 1, 2)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    grid.addWidget(buttons, len(tags) + 2, 0, 1, 2)
    if dialog.exec() != QDialog.Accepted:
        return None
    return (
        [t for t, pair in boxes if pair[0].isChecked()], [t for t, pair in boxes if pair[1].isChecked()], both.isChecked()
    )


def ask_choices(parent: QWidget, category: str, current) -> list[str] | None:
    """A category's choices, typed as a comma-separated list, or None."""
    text, ok = QInputDialog.getText(
        parent, f"Choices of {category}", "Choices, separated by commas:", text=", ".join(current)
    )
    if not ok:
        return None
    return [c.strip() for c in text.split(",") if c.strip()]


def ask_auto_merge(parent: QWidget, annotators: list[str], curator: str, preview, counter=None):
    """Preview an auto-merge into gold: an AutoMergeChoice (how many must agree; all documents?), or None.

    ``preview(k)`` lists what goes from the shown document; ``counter()`` makes the worker that counts all documents.
    """
    from newsmark.ui.review.automergedialog import AutoMergeDialog

    dialog = AutoMergeDialog(parent, annotators, curator, preview, counter)
    return dialog.choice() if dialog.exec() == QDialog.Accepted else None


def ask_accept_suggestions(parent: QWidget, confidences: dict[str, list[float]], current: str | None):
    """A tag name and a lowest confidence (tag, threshold) to accept all such suggestions in one step, or None."""
    from newsmark.ui.suggestdialogs import AcceptAllDialog

    dialog = AcceptAllDialog(parent, confidences, current)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.tag.currentText(), dialog.threshold.value()


def ask_team_rules(parent: QWidget, gazetteer: str, patterns: str, check):
    """The team's gazetteer and patterns texts as edited (checked by ``check`` before OK), or None."""
    from newsmark.ui.suggestdialogs import TeamRulesDialog

    dialog = TeamRulesDialog(parent, gazetteer, patterns, check)
    return dialog.texts() if dialog.exec() == QDialog.Accepted else None
