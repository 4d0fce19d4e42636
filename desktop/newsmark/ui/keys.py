"""Every key sequence of the window that has no standard QKeySequence, named in one place so they never collide."""

from __future__ import annotations

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
