"""Every file dialog of the app, made in one place so that none ever reads the files it lists.

Qt's file dialog asks its icon provider for each listed file's icon and type, and
the stock provider finds them with QMimeDatabase *by content*: it opens and closes
every file, the open project included, and on Linux closing any descriptor of a
file drops every POSIX lock this process holds on it (docs/locks.md). Native
GTK/KDE dialogs sniff the same way inside our process. So every dialog here is
Qt's own (non-native) with an icon provider that looks at names only.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtCore import QMimeDatabase
from PySide6.QtWidgets import QFileDialog, QWidget


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


def open_file_names(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> list[str]:
    """Existing files' paths, possibly none."""
    return _run(file_dialog(parent, caption, directory, name_filter, mode=QFileDialog.FileMode.ExistingFiles))


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> str:
    """A path to write (overwriting is confirmed by the dialog), or ""."""
    names = _run(file_dialog(parent, caption, directory, name_filter, mode=QFileDialog.FileMode.AnyFile, save=True))
    return names[0] if names else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """An existing folder's path, or ""."""
    names = _run(file_dialog(parent, caption, directory, mode=QFileDialog.FileMode.Directory))
    return names[0] if names else ""
