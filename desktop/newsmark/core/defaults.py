"""The project Newsmark opens when it is given none: made on first run with the sample article."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from newsmark.core.resources import SAMPLE_ARTICLE, resource_path
from newsmark.core.storage import Project
from newsmark.core.articles.plaintext import read_text_file

DEFAULT_PROJECT_NAME = "default.newsmark"


def default_project_path() -> Path:
    """Where the default project lives, in the user's data folder."""
    return Path(user_data_dir("Newsmark", appauthor=False)) / DEFAULT_PROJECT_NAME


def ensure_default_project() -> Path:
    """The default project's path, creating it with the sample article if it does not exist yet."""
    path = default_project_path()
    if path.exists():
        return path  # the user's own work from here on: never touched
    sample = read_text_file(resource_path(SAMPLE_ARTICLE))
    with Project.open(path, create=True) as project:
        project.add_document(sample.title, sample.text, sample.source_path)
    return path
