"""Every QAction of the window, with its name, tooltip and shortcut, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

from newsmark.core.model import STATUSES, Tag

# Keys that have no standard QKeySequence; all in one place so they never collide.
ADD_DOCUMENTS = "Ctrl+I"
ADD_FOLDER = "Ctrl+Alt+I"
EXPORT_CSV = "Ctrl+E"
EXPORT_SET = "Ctrl+Alt+E"
LOAD_SET = "Ctrl+Alt+O"
EDIT_NOTE = "F2"
SNAP_TO_WORDS = "Ctrl+Alt+W"
SHOW_SPAN_LIST = "Ctrl+L"
RETAG_MODIFIER = "Alt+"  # Alt+<tag key> changes the selected span's tag
NEXT_SPAN = "F8"
PREVIOUS_SPAN = "Shift+F8"
NEXT_SAME_TAG = "Ctrl+F8"
PREVIOUS_SAME_TAG = "Ctrl+Shift+F8"
ZOOM_RESET = "Ctrl+0"
CHOOSE_FONT = "Ctrl+Shift+F"
# A word processor's line-spacing keys, so hands that know them find them here.
LINE_SPACING_KEYS = {1.0: "Ctrl+1", 1.5: "Ctrl+5", 2.0: "Ctrl+2"}
TAG_EVERYWHERE = "Ctrl+Shift+E"
EDIT_TAG_SET = "Ctrl+T"
IMPORT_TAG_SET = "Ctrl+Shift+I"
EXPORT_TAG_SET = "Ctrl+Shift+X"
NEW_FROM_TAG_SET = "Ctrl+Shift+O"
NEXT_NOT_DONE = "Ctrl+Shift+N"
PASTE_DOCUMENT = "Ctrl+Shift+V"
REMOVE_DOCUMENT = "Ctrl+Shift+Del"
SET_ANNOTATOR = "Ctrl+Shift+A"
STATUS_KEYS = {"todo": "Ctrl+Alt+1", "in_progress": "Ctrl+Alt+2", "done": "Ctrl+Alt+3", "reviewed": "Ctrl+Alt+4"}
# Span edges: Shift+Alt+arrow moves an edge by a character, with Ctrl by a word;
# left/right move the end, up/down the start (up: earlier in the text).
GROW_END = "Shift+Alt+Right"
SHRINK_END = "Shift+Alt+Left"
GROW_START = "Shift+Alt+Up"
SHRINK_START = "Shift+Alt+Down"
WORD_MODIFIER = "Ctrl+"
# Links: R starts one at the selected span; Enter takes the selected span as its target, Esc cancels.
START_LINK = "R"
DELETE_LINK = "Shift+R"
EDIT_LINK_NOTE = "F2"  # only while the link list has focus: elsewhere F2 edits the span's note
CHANGE_LINK_TYPE = "Ctrl+Shift+R"
SHOW_ALL_LINKS = "Ctrl+Shift+L"
SHOW_LINK_COUNTS = "Ctrl+Alt+L"
SHOW_AGREEMENT = "Ctrl+Alt+K"  # K for kappa
LABEL_MODIFIER = "Alt+Shift+"  # Alt+Shift+<category key> sets the shown document's label of that category
# Curation: single keys that work only in review mode (any other action's same key rests meanwhile).
CURATE_DOCUMENT = "Ctrl+Alt+G"  # G for gold (Ctrl+Shift+G is Find Previous on some desktops)
AUTO_MERGE = "Ctrl+Shift+M"
NEXT_DISAGREEMENT = "N"
PREVIOUS_DISAGREEMENT = "Shift+N"
ACCEPT_ALL_VERSIONS = "B"  # "both": every version
REJECT_DISAGREEMENT = "X"
ACCEPT_VERSION_KEYS = [str(n) for n in range(1, 10)]  # 1: the first annotator's version, 2: the second's ...
# Suggestions: Ctrl+Shift+S proposes; the keys below act only while a suggestion is current in the review
# (they are disabled otherwise, so Tab, Enter, Backspace, A and X keep their usual meaning).
SUGGEST_DOCUMENT = "Ctrl+Shift+S"
SUGGEST_ALL = "Ctrl+Alt+Shift+S"
EDIT_RULES = "Ctrl+Alt+U"  # U for rUles (Ctrl+Alt+G curates)
NEXT_SUGGESTION = ("Tab",)
PREVIOUS_SUGGESTION = ("Shift+Tab", "Backtab", "Shift+Backtab")  # Qt reports Shift+Tab as Backtab
ACCEPT_SUGGESTION = ("A", "Return", "Enter")
REJECT_SUGGESTION = ("X", "Backspace")
REJECT_AND_STOP = "Shift+X"
ACCEPT_ALL_SUGGESTIONS = "Shift+A"
STOP_REVIEW = "Esc"
SHOW_STATISTICS = "Ctrl+Alt+S"


@dataclass
class Actions:
    """The window's fixed actions (tag actions are built from the project's tag set)."""

    new_project: QAction
    open_project: QAction
    add_documents: QAction
    add_folder: QAction
    export_csv: QAction
    export_set: QAction
    load_set: QAction
    quit: QAction
    set_annotator: QAction
    undo: QAction
    redo: QAction
    delete_span: QAction
    edit_note: QAction
    snap_to_words: QAction
    focus_span_list: QAction
    next_span: QAction
    previous_span: QAction
    next_same_tag: QAction
    previous_same_tag: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    choose_font: QAction
    single_spacing: QAction
    wide_spacing: QAction
    double_spacing: QAction
    show_shortcuts: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    tag_everywhere: QAction
    edit_tag_set: QAction
    paste_document: QAction
    import_tag_set: QAction
    export_tag_set: QAction
    new_from_tag_set: QAction
    next_not_done: QAction
    remove_document: QAction
    mark_todo: QAction
    mark_in_progress: QAction
    mark_done: QAction
    mark_reviewed: QAction
    grow_end: QAction
    shrink_end: QAction
    grow_start: QAction
    shrink_start: QAction
    theme_system: QAction
    theme_light: QAction
    theme_dark: QAction
    grow_end_word: QAction
    shrink_end_word: QAction
    grow_start_word: QAction
    shrink_start_word: QAction
    start_link: QAction
    confirm_link: QAction
    cancel_link: QAction
    delete_link: QAction
    edit_link_note: QAction
    change_link_type: QAction
    show_all_links: QAction
    show_link_counts: QAction
    curate_document: QAction
    auto_merge: QAction
    next_disagreement: QAction
    previous_disagreement: QAction
    accept_versions: list[QAction]
    accept_all_versions: QAction
    reject_disagreement: QAction
    suggest_document: QAction
    suggest_all: QAction
    edit_rules: QAction
    next_suggestion: QAction
    previous_suggestion: QAction
    accept_suggestion: QAction
    reject_suggestion: QAction
    reject_and_stop: QAction
    accept_all_suggestions: QAction
    stop_review: QAction
    show_agreement: QAction
    show_statistics: QAction

    def all(self) -> list[QAction]:
        """Every fixed action."""
        return [a for v in vars(self).values() for a in (v if isinstance(v, list) else [v])]

    def review_keys(self) -> list[QAction]:
        """The actions whose single keys work only in review mode."""
        return [self.next_disagreement, self.previous_disagreement, *self.accept_versions, self.accept_all_versions,
                self.reject_disagreement]


def _action(parent: QWidget, name: str, text: str, tip: str, *keys) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    shortcuts = []
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            if seq not in shortcuts:
                shortcuts.append(seq)
    action.setShortcuts(shortcuts)
    parent.addAction(action)
    return action


def build_actions(parent: QWidget, undo_stack: QUndoStack) -> Actions:
    """Create the fixed actions on ``parent``; undo and redo follow ``undo_stack``."""
    undo = undo_stack.createUndoAction(parent, "&Undo")
    undo.setObjectName("undo")
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.Undo))
    undo.setToolTip("Undo the last change (it is saved at once, and so is its undo)")
    parent.addAction(undo)
    redo = undo_stack.createRedoAction(parent, "&Redo")
    redo.setObjectName("redo")
    redo_keys = [QKeySequence("Ctrl+Shift+Z")]
    redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.Redo) if k not in redo_keys]
    redo.setShortcuts(redo_keys)
    redo.setToolTip("Redo the change just undone")
    parent.addAction(redo)
    snap = _action(parent, "snapToWords", "&Snap Selection to Words", "Widen a selection to whole words before tagging", SNAP_TO_WORDS)
    snap.setCheckable(True)
    snap.setChecked(True)
    spacing = _line_spacing_actions(parent)
    return Actions(
        new_project=_action(parent, "newProject", "&New Project…", "Create an empty project file", QKeySequence.New),
        open_project=_action(parent, "openProject", "&Open Project…", "Open a project file", QKeySequence.Open),
        add_documents=_action(
            parent, "addDocuments", "&Add Documents…", "Add article files (.txt, .md, saved web pages, .docx, .pdf)",
            ADD_DOCUMENTS,
        ),
        add_folder=_action(
            parent, "addFolder", "Add &Folder…", "Add every article file in a folder and its subfolders", ADD_FOLDER
        ),
        export_csv=_action(parent, "exportCsv", "&Export CSV…", "Write the annotation set as a CSV file", EXPORT_CSV),
        load_set=_action(
            parent, "loadSet", "&Load Annotation Set…", "Add the spans (and links and labels) of a CSV, xlsx, JSONL, Label Studio or brat set", LOAD_SET
        ),
        export_set=_action(
            parent, "exportSet", "Export &As…", "Export in any format (CSV, xlsx, JSONL, Label Studio, brat, spaCy, CoNLL), with filters",
            EXPORT_SET,
        ),
        quit=_action(parent, "quit", "&Quit", "Close Newsmark (everything is already saved)", QKeySequence.Quit),
        set_annotator=_action(
            parent, "setAnnotator", "Annotator &Name…", "Change the name saved with every span you make", SET_ANNOTATOR
        ),
        undo=undo,
        redo=redo,
        delete_span=_action(parent, "deleteSpan", "&Delete Span", "Delete the selected span", QKeySequence.Delete, "Backspace"),
        edit_note=_action(parent, "editNote", "Edit &Note…", "Write a note on the selected span", EDIT_NOTE),
        snap_to_words=snap,
        focus_span_list=_action(parent, "focusSpanList", "Go to &Span List", "Move the keyboard focus to the span list", SHOW_SPAN_LIST),
        next_span=_action(parent, "nextSpan", "&Next Span", "Select the next span in the text", NEXT_SPAN),
        previous_span=_action(parent, "previousSpan", "&Previous Span", "Select the previous span in the text", PREVIOUS_SPAN),
        next_same_tag=_action(
            parent, "nextSameTag", "Next Span of This &Tag", "Select the next span with the selected span's tag", NEXT_SAME_TAG
        ),
        previous_same_tag=_action(
            parent, "previousSameTag", "Previous Span of This T&ag", "Select the previous span with the selected span's tag",
            PREVIOUS_SAME_TAG,
        ),
        zoom_in=_action(parent, "zoomIn", "Zoom &In", "Make the article text larger", QKeySequence.ZoomIn),
        zoom_out=_action(parent, "zoomOut", "Zoom &Out", "Make the article text smaller", QKeySequence.ZoomOut),
        zoom_reset=_action(parent, "zoomReset", "&Actual Size", "Show the article text at its normal size", ZOOM_RESET),
        choose_font=_action(parent, "chooseFont", "Reading &Font…", "Choose the article's font and size", CHOOSE_FONT),
        single_spacing=spacing[0],
        wide_spacing=spacing[1],
        double_spacing=spacing[2],
        show_shortcuts=_action(
            parent, "showShortcuts", "&Keyboard Shortcuts", "List every keyboard shortcut", QKeySequence.HelpContents
        ),
        find=_action(parent, "find", "&Find…", "Find text in the article; tag all matches at once", QKeySequence.Find),
        find_next=_action(parent, "findNext", "Find &Next", "Select the next match", QKeySequence.FindNext),
        find_previous=_action(parent, "findPrevious", "Find Pre&vious", "Select the previous match", QKeySequence.FindPrevious),
        tag_everywhere=_action(
            parent, "tagEverywhere", "Tag &Everywhere…", "Tag the selected span's text the same way in every document",
            TAG_EVERYWHERE,
        ),
        paste_document=_action(
            parent, "pasteDocument", "&Paste as New Document", "Add the clipboard's text as a new document", PASTE_DOCUMENT
        ),
        edit_tag_set=_action(
            parent, "editTagSet", "Edit Tag &Set…", "Add, rename, recolor, reorder or delete tags", EDIT_TAG_SET
        ),
        import_tag_set=_action(
            parent, "importTagSet", "&Import Tag Set…", "Merge a shared tag set file (JSON) into this project",
            IMPORT_TAG_SET,
        ),
        export_tag_set=_action(
            parent, "exportTagSet", "E&xport Tag Set…", "Save this project's tag set as a JSON file to share",
            EXPORT_TAG_SET,
        ),
        new_from_tag_set=_action(
            parent, "newFromTagSet", "New Project from &Tag Set…", "Create a project that starts with a shared tag set",
            NEW_FROM_TAG_SET,
        ),
        next_not_done=_action(
            parent, "nextNotDone", "Next Document &Not Done", "Open the next document that is not done", NEXT_NOT_DONE
        ),
        remove_document=_action(
            parent, "removeDocument", "&Remove Document", "Remove the shown document and its spans (undoable)",
            REMOVE_DOCUMENT,
        ),
        mark_todo=_status_action(parent, "todo"),
        mark_in_progress=_status_action(parent, "in_progress"),
        mark_done=_status_action(parent, "done"),
        mark_reviewed=_status_action(parent, "reviewed"),
        **_edge_actions(parent),
        **_theme_actions(parent),
        **_link_actions(parent),
        **_curation_actions(parent),
        **_suggestion_actions(parent),
        show_agreement=_action(
            parent, "showAgreement", "Annotator &Agreement…",
            "How far the annotators agree: F1, Cohen's kappa and Krippendorff's alpha per pair and tag, "
            "and where they disagree", SHOW_AGREEMENT,
        ),
        show_statistics=_action(
            parent, "showStatistics", "Project &Statistics", "Charts of the spans per tag, document, annotator and status, and progress",
            SHOW_STATISTICS,
        ),
    )


def _link_actions(parent: QWidget) -> dict[str, QAction]:
    """Start, confirm, cancel, delete and edit a link, and show every link on screen."""
    show_all = _action(
        parent, "showAllLinks", "Show &All Links", "Draw every link on screen, not only the selected span's",
        SHOW_ALL_LINKS,
    )
    show_all.setCheckable(True)
    counts = _action(
        parent, "showLinkCounts", "Show Link &Counts", "Add a column to the span list: how many links each span has",
        SHOW_LINK_COUNTS,
    )
    counts.setCheckable(True)
    note = _action(
        parent, "editLinkNote", "Edit &Link Note…",
        "Write a note on the link selected in the list under the span panel (F2 while the list has focus)",
        EDIT_LINK_NOTE,
    )
    # F2 is the span note's key in the rest of the window; the link list claims it for this action.
    note.setShortcutContext(Qt.WidgetShortcut)
    return {
        "start_link": _action(
            parent, "startLink", "Start &Link", "Link the selected span to the next span you click (or choose with F8 and Enter)",
            START_LINK,
        ),
        "confirm_link": _action(
            parent, "confirmLink", "Link to Selected Span", "Make the selected span the target of the link being made",
            "Return", "Enter",
        ),
        "cancel_link": _action(parent, "cancelLink", "Cancel Link", "Stop making a link", "Esc"),
        "delete_link": _action(
            parent, "deleteLink", "Delete Lin&k", "Delete the link selected in the list under the span panel", DELETE_LINK
        ),
        "edit_link_note": note,
        "change_link_type": _action(
            parent, "changeLinkType", "Change Link &Type…",
            "Give the link selected in the list under the span panel another type allowed between its spans' tags",
            CHANGE_LINK_TYPE,
        ),
        "show_all_links": show_all,
        "show_link_counts": counts,
    }


def _suggestion_actions(parent: QWidget) -> dict[str, QAction]:
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
    actions = {
        "suggest_document": _action(
            parent, "suggestDocument", "&Suggest for This Document", "Propose figures, quotes and more in this document, then review them",
            SUGGEST_DOCUMENT,
        ),
        "suggest_all": _action(
            parent, "suggestAll", "Suggest for &All Documents…", "Propose suggestions in every document, in the background",
            SUGGEST_ALL,
        ),
        "edit_rules": _action(
            parent, "editRules", "Team &Rules…", "Edit the project's gazetteer (with its stop list) and patterns", EDIT_RULES
        ),
    }
    for field, (name, text, tip, keys) in review.items():
        actions[field] = _action(parent, name, text, tip, *keys)
        actions[field].setEnabled(False)  # only while a suggestion is current
    return actions


def _edge_actions(parent: QWidget) -> dict[str, QAction]:
    """The eight span-edge moves: end or start, out or in, by a character or (with Ctrl) by a word."""
    moves = [
        ("grow_end", "growEnd", "Extend Span End", "right", GROW_END),
        ("shrink_end", "shrinkEnd", "Shrink Span End", "left", SHRINK_END),
        ("grow_start", "growStart", "Extend Span Start", "left", GROW_START),
        ("shrink_start", "shrinkStart", "Shrink Span Start", "right", SHRINK_START),
    ]
    actions = {}
    for field, name, text, direction, key in moves:
        edge = "end" if "End" in text else "start"
        for unit, suffix, keys in (("character", "", key), ("word", "_word", WORD_MODIFIER + key)):
            action = _action(
                parent, name + ("Word" if suffix else ""), f"{text} by a {unit.title()}",
                f"Move the selected span's {edge} one {unit} {direction}, exactly (no snapping)", keys,
            )
            action.setData((edge, text.startswith("Extend"), unit))
            actions[field + suffix] = action
    return actions


def _theme_actions(parent: QWidget) -> dict[str, QAction]:
    """System, Light and Dark Theme: checkable, one of them checked."""
    group = QActionGroup(parent)
    actions = {}
    for theme, text in (("system", "&System Theme"), ("light", "&Light Theme"), ("dark", "&Dark Theme")):
        action = _action(parent, f"theme:{theme}", text, f"Show Newsmark in the {theme} colors (remembered)")
        action.setCheckable(True)
        group.addAction(action)
        actions[f"theme_{theme}"] = action
    return actions


def _line_spacing_actions(parent: QWidget) -> list[QAction]:
    """Single, 1.5 and double line spacing: checkable, one of them checked (single at first)."""
    group = QActionGroup(parent)
    actions = []
    for (spacing, key), (name, text) in zip(
        LINE_SPACING_KEYS.items(),
        [("singleSpacing", "&Single Line Spacing"), ("wideSpacing", "&1.5 Line Spacing"), ("doubleSpacing", "&Double Line Spacing")],
    ):
        action = _action(parent, name, text, f"Space the article's lines {spacing:g}× their height apart", key)
        action.setCheckable(True)
        action.setData(spacing)
        group.addAction(action)
        actions.append(action)
    actions[0].setChecked(True)
    return actions


def _status_action(parent: QWidget, status: str) -> QAction:
    label = STATUSES[status]
    action = _action(
        parent, f"markStatus:{status}", f"Mark as {label}", f"Set the shown document's status to “{label}”",
        STATUS_KEYS[status],
    )
    action.setData(status)
    return action


def color_icon(color: str, size: int = 14) -> QIcon:
    """A small square of a tag's color."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def build_tag_actions(parent: QWidget, tags: list[Tag]) -> tuple[list[QAction], list[QAction]]:
    """For each tag, an action that tags the selection (its key) and one that retags the selected span (Alt+key)."""
    tag_as, retag = [], []
    for tag in tags:
        keys = [tag.key] if tag.key else []
        a = _action(parent, f"tagAs:{tag.name}", f"{tag.name}", f"Tag the selected text as {tag.name}", *keys)
        a.setIcon(color_icon(tag.color))
        a.setIconText(f"{tag.key}  {tag.name}" if tag.key else tag.name)  # what the tag bar shows
        a.setData(tag.id)
        tag_as.append(a)
        r = _action(
            parent, f"retagAs:{tag.name}", f"{tag.name}", f"Change the selected span's tag to {tag.name}",
            *[RETAG_MODIFIER + k for k in keys],
        )
        r.setIcon(color_icon(tag.color))
        r.setData(tag.id)
        retag.append(r)
    return tag_as, retag


def build_category_actions(parent: QWidget, categories: list) -> list[QAction]:
    """For each document category with a key, an action that sets the shown document's value (Alt+Shift+key)."""
    actions = []
    for category in categories:
        keys = [LABEL_MODIFIER + category.key.upper()] if category.key else []
        a = _action(
            parent, f"labelCategory:{category.name}", f"Set {category.name}…",
            f"Set the shown document's {category.name} ({'several values' if category.multiple else 'one value'})",
            *keys,
        )
        a.setData(category.id)
        actions.append(a)
    return actions


def _curation_actions(parent: QWidget) -> dict:
    """Review mode on and off, auto-merge, and the curator's keys (disabled outside review mode)."""
    curate = _action(
        parent, "curateDocument", "&Curate Document", "Review mode: compare the annotators' spans of the shown document "
        "and settle their disagreements into the gold set", CURATE_DOCUMENT,
    )
    curate.setCheckable(True)
    keyed = {
        "next_disagreement": _action(
            parent, "nextDisagreement", "&Next Disagreement", "Go to the next disagreement gold has not settled",
            NEXT_DISAGREEMENT,
        ),
        "previous_disagreement": _action(
            parent, "previousDisagreement", "&Previous Disagreement",
            "Go to the previous disagreement gold has not settled", PREVIOUS_DISAGREEMENT,
        ),
        "accept_versions": [
            _action(parent, f"acceptVersion:{n}", f"Accept Version {n}", f"Copy the {_ordinal(n)} annotator's version "
                    "of this disagreement into the gold set", key)
            for n, key in enumerate(ACCEPT_VERSION_KEYS, 1)
        ],
        "accept_all_versions": _action(
            parent, "acceptAllVersions", "Accept &Both (All) Versions", "Copy every annotator's version into the gold set",
            ACCEPT_ALL_VERSIONS,
        ),
        "reject_disagreement": _action(
            parent, "rejectDisagreement", "&Reject All Versions", "Keep every version of this disagreement out of the gold set, and remember that",
            REJECT_DISAGREEMENT,
        ),
    }
    for action in [a for v in keyed.values() for a in (v if isinstance(v, list) else [v])]:
        action.setEnabled(False)  # a disabled action's key is free for the tag that has it
    merge = _action(
        parent, "autoMerge", "&Auto-Merge into Gold…", "Copy every span the annotators agree on into the gold set "
        "(previewed first; one undo step)", AUTO_MERGE,
    )
    return {"curate_document": curate, "auto_merge": merge, **keyed}


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
