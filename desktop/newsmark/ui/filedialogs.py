"""Every file dialog of the app, made in one place so that none ever reads the files it lists.

Qt's file dialog asks its icon provider for each listed file's icon and type, and
the stock provider finds them with QMimeDatabase *by content*: it opens and closes
every file, the open project included, and on Linux closing any descriptor of a
file drops every POSIX lock this process holds on it (docs/locks.md). Native
GTK/KDE dialogs sniff the same way inside our process. So every dialog here is
Qt's own (non-native) with an icon provider that looks at names only.

Each dialog starts in the folder last used for its purpose (opening projects, adding documents,
exporting, loading sets, tag sets), kept in the window's settings, or else in the user's
documents folder: never in the current directory, which may be the app's hidden data folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileInfo, QSettings, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtCore import QMimeDatabase
from PySide6.QtWidgets import QFileDialog, QWidget

# What a dialog is for; each remembers its own last folder.
PROJECT, DOCUMENTS, EXPORT, ANNOTATION_SET, TAG_SET = "project", "documents", "export", "annotationSet", "tagSet"
PURPOSES = (PROJECT, DOCUMENTS, EXPORT, ANNOTATION_SET, TAG_SET)
_KEY = "fileDialogs/{}"


def default_folder() -> Path:
    """The user's documents folder, or their home folder when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and os.path.isdir(documents):
        return Path(documents)
    return Path.home()


def start_folder(settings: QSettings | None, purpose: str) -> Path:
    """Where a dialog for ``purpose`` starts: the folder last used for it, if it still exists, else ``default_folder()``."""
    saved = settings.value(_KEY.format(purpose), "", type=str) if settings is not None else ""
    return Path(saved) if saved and os.path.isdir(saved) else default_folder()  # stat only: nothing is opened


def remember_folder(settings: QSettings | None, purpose: str, chosen: str | os.PathLike) -> None:
    """Keep the folder of a chosen file (or a chosen folder itself) as where ``purpose``'s next dialog starts."""
    if settings is None or not chosen:
        return
    path = Path(chosen).absolute()
    settings.setValue(_KEY.format(purpose), str(path if path.is_dir() else path.parent))


def in_start_folder(settings: QSettings | None, purpose: str, suggested: str | os.PathLike) -> str:
    """A suggested file name (``project.csv``) placed in ``purpose``'s start folder."""
    return str(start_folder(settings, purpose) / Path(suggested).name)


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name alone; it never opens a file."""

    def __init__(self):
        super().__init__()
        self._mimes = QMimeDatabase()
        self._icons: dict[str, QIcon] = {}

    def icon(self, what):  # noqa: D102 - Qt override (both overloads: an IconType or a QFileInfo)
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        name = self._mime(what).iconName()
        if name not in self._icons:
            self._icons[name] = QIcon.fromTheme(name, super().icon(QAbstractFileIconProvider.IconType.File))
        return self._icons[name]

    def type(self, info: QFileInfo) -> str:  # noqa: D102 - Qt override
        if info.isDir():
            return "Folder"
        mime = self._mime(info)
        return mime.comment() or mime.name()

    def _mime(self, info: QFileInfo):
        # The bare name and MatchExtension: QMimeDatabase cannot reach the file even if it wanted to.
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)


def file_dialog(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "", *,
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile, save: bool = False,
) -> QFileDialog:
    """A file dialog that never reads the files it shows: Qt's own, with names-only icons."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._icon_provider = provider  # the dialog does not own it: keep it alive as long as the dialog
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """An existing file's path, or "" (as QFileDialog.getOpenFileName, without reading any file)."""
    names = _run(file_dialog(parent, caption, directory, name_filter))
    return names[0] if names else ""


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "",
    extra: Callable[[QFileDialog], object] | None = None,
) -> list[str]:
    """Existing files' paths, possibly none; ``extra`` may add widgets (options) to the dialog first."""
    dialog = file_dialog(parent, caption, directory, name_filter, mode=QFileDialog.FileMode.ExistingFiles)
    if extra is not None:
        extra(dialog)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """A path to write (overwriting is confirmed by the dialog), or ""."""
    names = _run(file_dialog(parent, caption, directory, name_filter, mode=QFileDialog.FileMode.AnyFile, save=True))
    return names[0] if names else ""


def existing_directory(
    parent: QWidget | None, caption: str, directory: str = "", extra: Callable[[QFileDialog], object] | None = None,
) -> str:
    """An existing folder's path, or ""; ``extra`` may add widgets (options) to the dialog first."""
    dialog = file_dialog(parent, caption, directory, mode=QFileDialog.FileMode.Directory)
    if extra is not None:
        extra(dialog)
    names = _run(dialog)
    return names[0] if names else ""
