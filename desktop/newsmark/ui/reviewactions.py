"""The actions of links, suggestions, curation and the Review menu's windows, built for ``actions.build_actions``.

Only ``actions.py`` calls these builders: the window still gets every action from one ``Actions``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from newsmark.ui.actionkit import make_action
from newsmark.ui.keys import (
    ACCEPT_ALL_SUGGESTIONS, ACCEPT_ALL_VERSIONS, ACCEPT_SUGGESTION, ACCEPT_VERSION_KEYS, AUTO_MERGE,
    CHANGE_LINK_TYPE, CURATE_DOCUMENT, DELETE_LINK, EDIT_LINK_NOTE, EDIT_RULES, NEXT_DISAGREEMENT, NEXT_SUGGESTION,
    PREVIOUS_DISAGREEMENT, PREVIOUS_SUGGESTION, REJECT_AND_STOP, REJECT_DISAGREEMENT, REJECT_SUGGESTION,
    SHOW_AGREEMENT, SHOW_ALL_LINKS, SHOW_LINK_COUNTS, SHOW_STATISTICS, START_LINK, STOP_REVIEW, SUGGEST_ALL,
    SUGGEST_DOCUMENT,
)


def review_actions(parent: QWidget) -> dict[str, QAction]:
    """The Review menu's windows: annotator agreement and project statistics."""
    return {
        "show_agreement": make_action(
            parent, "showAgreement", "Annotator &Agreement…",
            "How far the annotators agree: F1, Cohen's kappa and Krippendorff's alpha per pair and tag, "
            "and where they disagree", SHOW_AGREEMENT,
        ),
        "show_statistics": make_action(
            parent, "showStatistics", "Project &Statistics", "Charts of the spans per tag, document, annotator and status, and progress",
            SHOW_STATISTICS,
        ),
    }


def link_actions(parent: QWidget) -> dict[str, QAction]:
    """Start, confirm, cancel, delete and edit a link, and show every link on screen."""
    show_all = make_action(
        parent, "showAllLinks", "Show &All Links", "Draw every link on screen, not only the selected span's",
        SHOW_ALL_LINKS,
    )
    show_all.setCheckable(True)
    counts = make_action(
        parent, "showLinkCounts", "Show Link &Counts", "Add a column to the span list: how many links each span has",
        SHOW_LINK_COUNTS,
    )
    counts.setCheckable(True)
    note = make_action(
        parent, "editLinkNote", "Edit &Link Note…",
        "Write a note on the link selected in the list under the span panel (F2 while the list has focus)",
        EDIT_LINK_NOTE,
    )
    # F2 is the span note's key in the rest of the window; the link list claims it for this action.
    note.setShortcutContext(Qt.WidgetShortcut)
    return {
        "start_link": make_action(
            parent, "startLink", "Start &Link", "Link the selected span to the next span you click (or choose with F8 and Enter)",
            START_LINK,
        ),
        "confirm_link": make_action(
            parent, "confirmLink", "Link to Selected Span", "Make the selected span the target of the link being made",
            "Return", "Enter",
        ),
        "cancel_link": make_action(parent, "cancelLink", "Cancel Link", "Stop making a link", "Esc"),
        "delete_link": make_action(
            parent, "deleteLink", "Delete Lin&k", "Delete the link selected in the list under the span panel", DELETE_LINK
        ),
        "edit_link_note": note,
        "change_link_type": make_action(
            parent, "changeLinkType", "Change Link &Type…",
            "Give the link selected in the list under the span panel another type allowed between its spans' tags",
            CHANGE_LINK_TYPE,
        ),
        "show_all_links": show_all,
        "show_link_counts": counts,
    }


def suggestion_actions(parent: QWidget) -> dict[str, QAction]:
    """Propose suggestions, walk them, accept or reject the current one, and edit the team's rules."""
    review = {
        "next_suggestion": ("nextSuggestion", "&Next Suggestion", "Go to the next suggestion", NEXT_SUGGESTION),
        "previous_suggestion": (
            "previousSuggestion", "&Previous Suggestion", "Go to the previous suggestion", PREVIOUS_SUGGESTION
        ),
        "accept_suggestion": (
            "acceptSuggestion", "&Accept Suggestion", "Make the current suggestion a span (with its edges as adjusted)",
            ACCEPT_SUGGESTION,
        ),
        "reject_suggestion": (
            "rejectSuggestion", "&Reject Suggestion", "Reject the current suggestion (it is not proposed again)",
            REJECT_SUGGESTION,
        ),
        "reject_and_stop": (
            "rejectAndStop", "Re&ject and Stop-List", "Reject the current suggestion and add its text to the team "
            "gazetteer's stop list", (REJECT_AND_STOP,),
        ),
        "accept_all_suggestions": (
            "acceptAllSuggestions", "Accept A&ll of a Tag…", "Accept every suggestion of one tag above a confidence in "
            "this document, as one step", (ACCEPT_ALL_SUGGESTIONS,),
        ),
        "stop_review": ("stopReview", "S&top Reviewing", "Hide the suggestions; the keys work as usual again", (STOP_REVIEW,)),
    }
    learn = make_action(
        parent, "learnFromDecisions", "&Learn from Decisions", "Hold back suggestions like those you rejected before: a "
        "small model of this project's accepted and rejected suggestions, once it holds 20 of a tag",
    )
    learn.setCheckable(True)
    actions = {
        "suggest_document": make_action(
            parent, "suggestDocument", "&Suggest for This Document", "Propose figures, quotes and more in this document, then review them",
            SUGGEST_DOCUMENT,
        ),
        "suggest_all": make_action(
            parent, "suggestAll", "Suggest for &All Documents…", "Propose suggestions in every document, in the background",
            SUGGEST_ALL,
        ),
        "learn_from_decisions": learn,
        "edit_rules": make_action(
            parent, "editRules", "Team &Rules…", "Edit the project's gazetteer (with its stop list) and patterns", EDIT_RULES
        ),
    }
    for field, (name, text, tip, keys) in review.items():
        actions[field] = make_action(parent, name, text, tip, *keys)
        actions[field].setEnabled(False)  # only while a suggestion is current
    return actions


def curation_actions(parent: QWidget) -> dict:
    """Review mode on and off, auto-merge, and the curator's keys (disabled outside review mode)."""
    curate = make_action(
        parent, "curateDocument", "&Curate Document", "Review mode: compare the annotators' spans of the shown document "
        "and settle their disagreements into the gold set", CURATE_DOCUMENT,
    )
    curate.setCheckable(True)
    keyed = {
        "next_disagreement": make_action(
            parent, "nextDisagreement", "&Next Disagreement", "Go to the next disagreement gold has not settled",
            NEXT_DISAGREEMENT,
        ),
        "previous_disagreement": make_action(
            parent, "previousDisagreement", "&Previous Disagreement",
            "Go to the previous disagreement gold has not settled", PREVIOUS_DISAGREEMENT,
        ),
        "accept_versions": [
            make_action(parent, f"acceptVersion:{n}", f"Accept Version {n}", f"Copy the {_ordinal(n)} annotator's version "
                    "of this disagreement into the gold set", key)
            for n, key in enumerate(ACCEPT_VERSION_KEYS, 1)
        ],
        "accept_all_versions": make_action(
            parent, "acceptAllVersions", "Accept &Both (All) Versions", "Copy every annotator's version into the gold set",
            ACCEPT_ALL_VERSIONS,
        ),
        "reject_disagreement": make_action(
            parent, "rejectDisagreement", "&Reject All Versions", "Keep every version of this disagreement out of the gold set, and remember that",
            REJECT_DISAGREEMENT,
        ),
    }
    for action in [a for v in keyed.values() for a in (v if isinstance(v, list) else [v])]:
        action.setEnabled(False)  # a disabled action's key is free for the tag that has it
    merge = make_action(
        parent, "autoMerge", "&Auto-Merge into Gold…", "Copy every span the annotators agree on into the gold set "
        "(previewed first; one undo step)", AUTO_MERGE,
    )
    return {"curate_document": curate, "auto_merge": merge, **keyed}


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
