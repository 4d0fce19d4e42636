"""Finding runtime assets (tag set, sample article, icons) from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
# An installed wheel carries resources/ inside the package; a checkout keeps it at the top.
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent.parent / "resources")


def resource_dir() -> Path:
    """The folder holding Newsmark's runtime assets."""
    for folder in _CANDIDATES:
        if (folder / "tagset.json").is_file():
            return folder
    raise FileNotFoundError("Newsmark's resources folder is missing; reinstall Newsmark")


def resource_path(name: str) -> Path:
    """The path of one runtime asset, e.g. ``"sample-article.txt"``."""
    path = resource_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"Newsmark resource {name!r} is missing; reinstall Newsmark")
    return path


SAMPLE_ARTICLE = "sample-article.txt"
