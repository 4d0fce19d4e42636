"""A process that holds a project open as the window does, for tests/ui/test_locks.py.

``python lockholder.py PROJECT HOW``; HOW says what happens once it is open:
``factory`` shows a file dialog from ui/filedialogs on the project's folder,
``stock`` a bare QFileDialog (what the app did before), ``plain`` opens and closes
the project file the way any careless code would, ``none`` nothing. It then
prints "ready" and obeys stdin: ``write`` adds a span and prints "saved ID".
"""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
from pathlib import Path

PENDING_BYTE = 0x40000000  # SQLite's lock bytes: PENDING, RESERVED = +1, SHARED = +2 .. +511
SHARED_FIRST, SHARED_SIZE = PENDING_BYTE + 2, 510
SHM_DMS = (128, 1)  # the -shm byte every WAL connection holds a shared lock on
GATHER_MS = 1500  # after the folder is listed, time for the icons and types of every file


def lock_owner(path: str | os.PathLike, start: int, length: int) -> int | None:
    """The pid of a process holding a POSIX lock on that byte range of ``path`` (never our own), or None.

    Call it from a process that holds no SQLite connection to the file: opening and
    closing the file here would drop this process's locks on it.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        request = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        kind, _, _, _, pid = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, request))
        return None if kind == fcntl.F_UNLCK else pid
    finally:
        os.close(fd)


def holds_sqlite_locks(path: str | os.PathLike, pid: int) -> bool:
    """Whether process ``pid`` still holds its SQLite shared locks on the project and on its -shm."""
    return lock_owner(path, SHARED_FIRST, SHARED_SIZE) == pid and lock_owner(f"{path}-shm", *SHM_DMS) == pid


def start(path: str | os.PathLike, how: str) -> subprocess.Popen:
    """Start a holder process on ``path`` and wait until it says "ready"."""
    code = str(Path(__file__).resolve().parents[2] / "desktop")
    env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")]))}
    holder = subprocess.Popen(
        [sys.executable, __file__, str(path), how], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    line = holder.stdout.readline()
    assert line == "ready\n", line
    return holder


def kill(holder: subprocess.Popen) -> None:
    """kill -9 the holder (no clean-up of any kind) and close our ends of its pipes; again is harmless."""
    if holder.stdin.closed:
        return
    holder.kill()
    holder.wait()
    holder.stdin.close()
    holder.stdout.close()


def write_span(holder: subprocess.Popen) -> int:
    """Have the holder add a span; returns its id once the holder says it is saved."""
    holder.stdin.write("write\n")
    holder.stdin.flush()
    word, span_id = holder.stdout.readline().split()
    assert word == "saved"
    return int(span_id)


def show_dialog(dialog) -> None:
    """Show the dialog until its model has listed the folder and looked at each file, then cancel it."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QFileSystemModel

    loop = QEventLoop()
    model = dialog.findChild(QFileSystemModel)
    model.directoryLoaded.connect(lambda _path: QTimer.singleShot(GATHER_MS, loop.quit))
    QTimer.singleShot(20_000, loop.quit)  # never hang a test
    dialog.show()
    loop.exec()
    dialog.reject()
    QApplication.processEvents(QEventLoop.AllEvents, QDeadlineTimer(200))


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here: the tests import this module for lock_owner() alone.
    from PySide6.QtWidgets import QApplication, QFileDialog

    from newsmark.core.storage import Project
    from newsmark.ui import filedialogs

    path, how = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])  # noqa: F841 - the dialogs need it
    project = Project.open(path)
    project.documents()  # the window's first reads
    if how == "factory":
        show_dialog(filedialogs.file_dialog(None, "Export", str(path.parent)))
    elif how == "stock":
        show_dialog(QFileDialog(None, "Export", str(path.parent)))  # noqa: NM001 - the old way, on purpose
    elif how == "plain":
        with open(path, "rb") as f:  # noqa: NM001 - the hazard itself, on purpose
            f.read(100)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "write":
            doc = project.documents()[0]
            span = project.add_span(doc.id, 1, 0, 4)
            print(f"saved {span.id}", flush=True)


if __name__ == "__main__":
    main()
