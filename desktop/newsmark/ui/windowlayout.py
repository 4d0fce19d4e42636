"""The main window's widgets and how they are laid out: documents, article, spans."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsmark.ui.articleview import ArticleView
from newsmark.ui.documentcontrols import DocumentPanel
from newsmark.ui.findbar import FindBar
from newsmark.ui.labels import LabelPanel
from newsmark.ui.linklist import LinkList
from newsmark.ui.spanpanel import SpanPanel
from newsmark.ui.suggestionlist import SuggestionPanel
from newsmark.ui.tagbar import TagBar


@dataclass
class WindowWidgets:
    """The widgets ``build`` made; the controllers are handed the ones they work on."""

    view: ArticleView
    tag_bar: TagBar
    find_bar: FindBar
    document_filter: QComboBox
    document_list: QListView
    document_panel: DocumentPanel
    span_table: QTableView
    tag_filter: QComboBox
    text_filter: QLineEdit
    span_panel: SpanPanel
    splitter: QSplitter
    counts_label: QLabel
    annotator_label: QLabel
    link_list: LinkList
    label_panel: LabelPanel
    label_filter: QComboBox
    span_tabs: QTabWidget
    suggestion_panel: SuggestionPanel


def build(window: QMainWindow) -> WindowWidgets:
    """Create the window's widgets, lay them out in ``window`` and return them."""
    view = ArticleView()
    tag_bar = TagBar()
    find_bar = FindBar()
    document_filter = QComboBox()
    document_filter.setObjectName("documentStatusFilter")
    document_list = QListView()
    document_list.setObjectName("documentList")
    document_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
    # Long titles are cut in the middle with "…" (the full title is in the tooltip) instead of hiding behind a
    # sideways scrollbar: the status mark, the title's start and the counts at the end ("(12)  · 3 suggested") stay seen.
    document_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    document_list.setTextElideMode(Qt.ElideMiddle)
    document_list.setUniformItemSizes(True)  # also spares measuring every title of a large project
    document_panel = DocumentPanel()
    span_table = QTableView()
    span_table.setObjectName("spanTable")
    span_table.setSortingEnabled(True)
    span_table.setSelectionBehavior(QAbstractItemView.SelectRows)
    span_table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
    span_table.verticalHeader().setVisible(False)
    span_table.verticalHeader().setDefaultSectionSize(window.fontMetrics().height() + 6)
    span_table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # never measure 200k rows
    span_table.setWordWrap(False)
    span_table.setContextMenuPolicy(Qt.CustomContextMenu)
    tag_filter = QComboBox()
    tag_filter.setObjectName("spanTagFilter")
    tag_filter.setToolTip("Show the spans of one tag")
    text_filter = QLineEdit()
    text_filter.setObjectName("spanTextFilter")
    text_filter.setPlaceholderText("Filter by text, or status:false")
    text_filter.setToolTip(
        "Show spans whose text contains this (any case). A word name:value shows spans whose attribute "
        "contains the value (speaker:austin); name: alone shows those with no value (status:)."
    )
    text_filter.setClearButtonEnabled(True)
    span_panel = SpanPanel()
    # No taller than it needs: spare height goes to the span list, which a small window is short of.
    span_panel.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
    link_list = LinkList()
    label_panel = LabelPanel()
    label_filter = QComboBox()
    label_filter.setObjectName("documentLabelFilter")
    label_filter.setToolTip("Show the documents with one label")

    center = QWidget()
    column = QVBoxLayout(center)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(tag_bar)
    column.addWidget(view, 1)
    right = QWidget()
    panel = QVBoxLayout(right)
    panel.setContentsMargins(4, 4, 4, 4)
    panel.addWidget(document_panel)
    panel.addWidget(label_panel)
    filters = QHBoxLayout()
    filters.addWidget(tag_filter)
    filters.addWidget(text_filter, 1)
    panel.addLayout(filters)
    # The open suggestions in a tab beside the spans: the review shows it, the analyst may switch back.
    suggestion_panel = SuggestionPanel()
    span_tabs = QTabWidget()
    span_tabs.setObjectName("spanTabs")
    span_tabs.addTab(span_table, "Spans")
    span_tabs.addTab(suggestion_panel, "Suggestions")
    panel.addWidget(span_tabs, 1)
    panel.addWidget(span_panel)
    panel.addWidget(link_list)
    splitter = QSplitter(Qt.Horizontal)
    splitter.setObjectName("mainSplitter")
    left = QWidget()
    left_column = QVBoxLayout(left)
    left_column.setContentsMargins(0, 0, 0, 0)
    left_column.addWidget(document_filter)
    left_column.addWidget(label_filter)
    left_column.addWidget(document_list, 1)
    for widget in (left, center, right):
        splitter.addWidget(widget)
    # Every pane gives up its share when the window narrows, so the article never ends up a sliver.
    for pane, stretch in ((0, 2), (1, 5), (2, 4)):
        splitter.setStretchFactor(pane, stretch)
    splitter.setSizes([220, 600, 480])
    # The find bar has its own row across the window: beside the article it would squeeze the panels.
    central = QWidget()
    rows = QVBoxLayout(central)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(0)
    rows.addWidget(find_bar)
    rows.addWidget(splitter, 1)
    window.setCentralWidget(central)
    counts_label = QLabel()
    counts_label.setObjectName("spanCounts")
    window.statusBar().addPermanentWidget(counts_label)
    annotator_label = QLabel()
    annotator_label.setObjectName("annotatorName")
    window.statusBar().addPermanentWidget(annotator_label)
    return WindowWidgets(
        view=view, tag_bar=tag_bar, find_bar=find_bar, document_filter=document_filter, document_list=document_list,
        document_panel=document_panel, span_table=span_table, tag_filter=tag_filter, text_filter=text_filter,
        span_panel=span_panel, splitter=splitter, counts_label=counts_label, annotator_label=annotator_label,
        link_list=link_list, label_panel=label_panel, label_filter=label_filter, span_tabs=span_tabs,
        suggestion_panel=suggestion_panel,
    )
