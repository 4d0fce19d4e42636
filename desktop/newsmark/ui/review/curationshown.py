"""What the curation panel lists when Show picks one annotator: only the disagreements and versions of that annotator."""

from __future__ import annotations

from newsmark.core.review.curation import Disagreement
from newsmark.ui.review.curationpanel import EVERYONE


def filtering(shown: str, annotators: list[str]) -> bool:
    """Whether the Show choice hides some annotators' versions (one annotator of the document is shown)."""
    return shown != EVERYONE and shown in annotators


def version_shown(annotator: str, shown: str, annotators: list[str]) -> bool:
    """Whether a version of ``annotator`` is listed under the Show choice (the gold set hides no version)."""
    return not filtering(shown, annotators) or annotator == shown


def listed(disagreements: list[Disagreement], shown: str, annotators: list[str]) -> list[int]:
    """The indexes of the disagreements listed: all of them, or those where the shown annotator has a version."""
    if not filtering(shown, annotators):
        return list(range(len(disagreements)))
    return [i for i, d in enumerate(disagreements)
            if any(v.annotator == shown and (v.links if d.kind == "links" else v.spans) for v in d.versions)]
