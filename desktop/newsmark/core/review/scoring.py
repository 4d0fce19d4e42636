"""What ``newsmark evaluate`` compares: a gold annotation set read against a project, and the project's own marks."""

from __future__ import annotations

import os
from pathlib import Path

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import safetarget
from newsmark.core.gcpause import collector_paused
from newsmark.core.formats.csvset import _plan_table, _read_table
from newsmark.core.review.evaluation import Mark, attributes_of


class _NothingStored:
    """A project as a gold set's planner sees it: no span is "already there", so none is left out as a duplicate."""

    def __init__(self, project):
        self._project = project

    def span_keys(self) -> set:
        return set()

    def __getattr__(self, name):
        return getattr(self._project, name)


def read_gold(project, path: str | os.PathLike, *, plain: bool | None = None) -> list[Mark]:
    """The spans of a CSV annotation set, checked against the project's documents as ``load`` checks them.

    Nothing is written; every bad row is named (AnnotationSetError), as for a load.
    """
    path = Path(path)
    safetarget.check_load_source(project.path, path)
    try:
        with collector_paused(), open(path, encoding="utf-8-sig", newline="") as source:
            plan = _plan_table(_NothingStored(project), _read_table(source, path.name), path.name, plain)
    except UnicodeDecodeError:
        raise NewsmarkError(f"{path.name} is not UTF-8 text; save it as \"CSV UTF-8\" and try again") from None
    except IsADirectoryError:
        raise NewsmarkError(f"{path} is a folder, not a CSV file") from None
    names = {t.id: t.name for t in project.tags()}
    names.update({-(i + 1): spec.name for i, spec in enumerate(plan.new_tags)})
    return [Mark(s.document_id, names[s.tag_id], s.start, s.end, attributes_of(s.attributes)) for s in plan.spans]


def project_marks(project, documents: set[int], *, annotator: str | None = None) -> list[Mark]:
    """The project's spans in ``documents`` (of one annotator, or everyone's)."""
    names = {t.id: t.name for t in project.tags()}
    return [
        Mark(document_id, names[s.tag_id], s.start, s.end, attributes_of(s.attributes))
        for document_id in sorted(documents)
        for s in project.spans(document_id) if annotator is None or s.annotator == annotator
    ]


def suggested_marks(project, documents: set[int], suggester) -> list[Mark]:
    """What ``suggester`` (text -> suggestions) proposes for ``documents`` now, stored or not."""
    return [
        Mark(document_id, s.tag, s.start, s.end, dict(s.attributes))
        for document_id in sorted(documents)
        for s in suggester(project.document(document_id).text)
    ]
