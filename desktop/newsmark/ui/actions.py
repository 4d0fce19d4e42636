"""Every QAction of the window, with its name, tooltip and shortcut: built here (links, suggestions, curation and
the Review menu by the builders of ``reviewactions``, which only this module calls); keys are named in ``keys``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

from newsmark.core.model import STATUSES, Tag
from newsmark.ui.actionkit import make_action
from newsmark.ui.keys import (
    ADD_DOCUMENTS, ADD_FOLDER, CHOOSE_FONT, EDIT_NOTE, EDIT_TAG_SET, EXPORT_CSV, EXPORT_SET, EXPORT_TAG_SET,
    GROW_END, GROW_START, IMPORT_TAG_SET, LABEL_MODIFIER, LINE_SPACING_KEYS, LOAD_SET, NEW_FROM_TAG_SET,
    NEXT_NOT_DONE, NEXT_SAME_TAG, NEXT_SPAN, PASTE_DOCUMENT, PREVIOUS_SAME_TAG, PREVIOUS_SPAN, REMOVE_DOCUMENT,
    RETAG_MODIFIER, SET_ANNOTATOR, SHOW_SPAN_LIST, SHRINK_END, SHRINK_START, SNAP_TO_WORDS, STATUS_KEYS,
    TAG_EVERYWHERE, WORD_MODIFIER, ZOOM_RESET,
)
from newsmark.ui.reviewactions import curation_actions, link_actions, review_actions, suggestion_actions


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
    learn_from_decisions: QAction
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
    snap = make_action(parent, "snapToWords", "&Snap Selection to Words", "Widen a selection to whole words before tagging", SNAP_TO_WORDS)
    snap.setCheckable(True)
    snap.setChecked(True)
    spacing = _line_spacing_actions(parent)
    return Actions(
        new_project=make_action(parent, "newProject", "&New Project…", "Create an empty project file", QKeySequence.New),
        open_project=make_action(parent, "openProject", "&Open Project…", "Open a project file", QKeySequence.Open),
        add_documents=make_action(
            parent, "addDocuments", "&Add Documents…", "Add article files (.txt, .md, saved web pages, .docx, .pdf)",
            ADD_DOCUMENTS,
        ),
        add_folder=make_action(
            parent, "addFolder", "Add &Folder…", "Add every article file in a folder and its subfolders", ADD_FOLDER
        ),
        export_csv=make_action(parent, "exportCsv", "&Export CSV…", "Write the annotation set as a CSV file", EXPORT_CSV),
        load_set=make_action(
            parent, "loadSet", "&Load Annotation Set…", "Add the spans (and links and labels) of a CSV, xlsx, JSONL, Label Studio or brat set", LOAD_SET
        ),
        export_set=make_action(
            parent, "exportSet", "Export &As…", "Export in any format (CSV, xlsx, JSONL, Label Studio, brat, spaCy, CoNLL), with filters",
            EXPORT_SET,
        ),
        quit=make_action(parent, "quit", "&Quit", "Close Newsmark (everything is already saved)", QKeySequence.Quit),
        set_annotator=make_action(
            parent, "setAnnotator", "Annotator &Name…", "Change the name saved with every span you make", SET_ANNOTATOR
        ),
        undo=undo,
        redo=redo,
        delete_span=make_action(parent, "deleteSpan", "&Delete Span", "Delete the selected span", QKeySequence.Delete, "Backspace"),
        edit_note=make_action(parent, "editNote", "Edit &Note…", "Write a note on the selected span", EDIT_NOTE),
        snap_to_words=snap,
        focus_span_list=make_action(parent, "focusSpanList", "Go to &Span List", "Move the keyboard focus to the span list", SHOW_SPAN_LIST),
        next_span=make_action(parent, "nextSpan", "&Next Span", "Select the next span in the text", NEXT_SPAN),
        previous_span=make_action(parent, "previousSpan", "&Previous Span", "Select the previous span in the text", PREVIOUS_SPAN),
        next_same_tag=make_action(
            parent, "nextSameTag", "Next Span of This &Tag", "Select the next span with the selected span's tag", NEXT_SAME_TAG
        ),
        previous_same_tag=make_action(
            parent, "previousSameTag", "Previous Span of This T&ag", "Select the previous span with the selected span's tag",
            PREVIOUS_SAME_TAG,
        ),
        zoom_in=make_action(parent, "zoomIn", "Zoom &In", "Make the article text larger", QKeySequence.ZoomIn),
        zoom_out=make_action(parent, "zoomOut", "Zoom &Out", "Make the article text smaller", QKeySequence.ZoomOut),
        zoom_reset=make_action(parent, "zoomReset", "&Actual Size", "Show the article text at its normal size", ZOOM_RESET),
        choose_font=make_action(parent, "chooseFont", "Reading &Font…", "Choose the article's font and size", CHOOSE_FONT),
        single_spacing=spacing[0],
        wide_spacing=spacing[1],
        double_spacing=spacing[2],
        show_shortcuts=make_action(
            parent, "showShortcuts", "&Keyboard Shortcuts", "List every keyboard shortcut", QKeySequence.HelpContents
        ),
        find=make_action(parent, "find", "&Find…", "Find text in the article; tag all matches at once", QKeySequence.Find),
        find_next=make_action(parent, "findNext", "Find &Next", "Select the next match", QKeySequence.FindNext),
        find_previous=make_action(parent, "findPrevious", "Find Pre&vious", "Select the previous match", QKeySequence.FindPrevious),
        tag_everywhere=make_action(
            parent, "tagEverywhere", "Tag &Everywhere…", "Tag the selected span's text the same way in every document",
            TAG_EVERYWHERE,
        ),
        paste_document=make_action(
            parent, "pasteDocument", "&Paste as New Document", "Add the clipboard's text as a new document", PASTE_DOCUMENT
        ),
        edit_tag_set=make_action(
            parent, "editTagSet", "Edit Tag &Set…", "Add, rename, recolor, reorder or delete tags", EDIT_TAG_SET
        ),
        import_tag_set=make_action(
            parent, "importTagSet", "&Import Tag Set…", "Merge a shared tag set file (JSON) into this project",
            IMPORT_TAG_SET,
        ),
        export_tag_set=make_action(
            parent, "exportTagSet", "E&xport Tag Set…", "Save this project's tag set as a JSON file to share",
            EXPORT_TAG_SET,
        ),
        new_from_tag_set=make_action(
            parent, "newFromTagSet", "New Project from &Tag Set…", "Create a project that starts with a shared tag set",
            NEW_FROM_TAG_SET,
        ),
        next_not_done=make_action(
            parent, "nextNotDone", "Next Document &Not Done", "Open the next document that is not done", NEXT_NOT_DONE
        ),
        remove_document=make_action(
            parent, "removeDocument", "&Remove Document", "Remove the shown document and its spans (undoable)",
            REMOVE_DOCUMENT,
        ),
        mark_todo=_status_action(parent, "todo"),
        mark_in_progress=_status_action(parent, "in_progress"),
        mark_done=_status_action(parent, "done"),
        mark_reviewed=_status_action(parent, "reviewed"),
        **_edge_actions(parent),
        **_theme_actions(parent),
        **link_actions(parent),
        **curation_actions(parent),
        **suggestion_actions(parent),
        **review_actions(parent),
    )


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
            action = make_action(
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
        action = make_action(parent, f"theme:{theme}", text, f"Show Newsmark in the {theme} colors (remembered)")
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
        action = make_action(parent, name, text, f"Space the article's lines {spacing:g}× their height apart", key)
        action.setCheckable(True)
        action.setData(spacing)
        group.addAction(action)
        actions.append(action)
    actions[0].setChecked(True)
    return actions


def _status_action(parent: QWidget, status: str) -> QAction:
    label = STATUSES[status]
    action = make_action(
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
        a = make_action(parent, f"tagAs:{tag.name}", f"{tag.name}", f"Tag the selected text as {tag.name}", *keys)
        a.setIcon(color_icon(tag.color))
        a.setIconText(f"{tag.key}  {tag.name}" if tag.key else tag.name)  # what the tag bar shows
        a.setData(tag.id)
        tag_as.append(a)
        r = make_action(
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
        a = make_action(
            parent, f"labelCategory:{category.name}", f"Set {category.name}…",
            f"Set the shown document's {category.name} ({'several values' if category.multiple else 'one value'})",
            *keys,
        )
        a.setData(category.id)
        actions.append(a)
    return actions


