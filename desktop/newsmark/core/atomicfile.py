"""Writing a file so that a failure never leaves half of it: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from newsmark.core.errors import NewsmarkError


@contextmanager
def atomic_text_file(path: str | os.PathLike, *, newline: str | None = None) -> Iterator[TextIO]:
    """Yield a UTF-8 text stream whose content replaces ``path`` only when the block ends without error."""
    with _atomic(path, "w", encoding="utf-8", newline=newline) as out:
        yield out


@contextmanager
def atomic_binary_file(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Yield a binary stream whose content replaces ``path`` only when the block ends without error."""
    with _atomic(path, "wb") as out:
        yield out


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once (a temporary file beside it, then a rename)."""
    with _atomic(path, "wb") as out:
        out.write(data)


@contextmanager
def _atomic(path: str | os.PathLike, mode: str, **options):
    """A stream on a temporary file beside ``path``, synced and renamed over it when the block succeeds."""
    path = Path(path)
    temp = _create_temp_beside(path)
    try:
        with open(temp, mode, **options) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as e:
        raise NewsmarkError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if temp.exists():
            temp.unlink()


def _create_temp_beside(path: Path) -> Path:
    """An empty new file in ``path``'s folder (same disk, so the final rename is atomic)."""
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            # Mode 0o666 lets the umask decide, as for any file the user makes; mkstemp would give 0o600.
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return temp
        except FileExistsError:
            continue
        except OSError as e:
            raise NewsmarkError(f"cannot write {path}: {e.strerror or e}") from None
    raise NewsmarkError(f"cannot write {path}: no free temporary name in its folder")

