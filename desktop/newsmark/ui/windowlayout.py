"""The main window's widgets and how they are laid out: documents, article, spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsmark.ui.articleview import ArticleView
from newsmark.ui.findbar import FindBar
from newsmark.ui.finder import Finder
from newsmark.ui.tagbar import TagBar

if TYPE_CHECKING:
    from newsmark.ui.mainwindow import MainWindow


def build(window: "MainWindow") -> None:
    """Create the window's widgets as its attributes and lay them out."""
    window.view = ArticleView()
    window.tag_bar = TagBar()
    window.find_bar = FindBar()
    window.finder = Finder(window, window.find_bar)
    window.document_list = QListView()
    window.document_list.setObjectName("documentList")
    window.document_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
    window.document_list.setUniformItemSizes(True)  # else a count change over 10k rows asks every row's size
    window.span_table = QTableView()
    window.span_table.setObjectName("spanTable")
    window.span_table.setSortingEnabled(True)
    window.span_table.setSelectionBehavior(QAbstractItemView.SelectRows)
    window.span_table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
    window.span_table.verticalHeader().setVisible(False)
    window.span_table.verticalHeader().setDefaultSectionSize(window.fontMetrics().height() + 6)
    window.span_table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # never measure 200k rows
    window.span_table.setWordWrap(False)
    window.span_table.setContextMenuPolicy(Qt.CustomContextMenu)
    window.tag_filter = QComboBox()
    window.tag_filter.setObjectName("spanTagFilter")
    window.tag_filter.setToolTip("Show the spans of one tag")
    window.text_filter = QLineEdit()
    window.text_filter.setObjectName("spanTextFilter")
    window.text_filter.setPlaceholderText("Filter spans by text")
    window.text_filter.setClearButtonEnabled(True)

    center = QWidget()
    column = QVBoxLayout(center)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(window.tag_bar)
    column.addWidget(window.find_bar)
    column.addWidget(window.view, 1)
    right = QWidget()
    panel = QVBoxLayout(right)
    panel.setContentsMargins(4, 4, 4, 4)
    panel.addWidget(window.documents.panel)
    filters = QHBoxLayout()
    filters.addWidget(window.tag_filter)
    filters.addWidget(window.text_filter, 1)
    panel.addLayout(filters)
    panel.addWidget(window.span_table, 1)
    panel.addWidget(window.span_editor.panel)
    window.splitter = QSplitter(Qt.Horizontal)
    window.splitter.setObjectName("mainSplitter")
    left = QWidget()
    left_column = QVBoxLayout(left)
    left_column.setContentsMargins(0, 0, 0, 0)
    left_column.addWidget(window.documents.filter)
    left_column.addWidget(window.document_list, 1)
    for widget in (left, center, right):
        window.splitter.addWidget(widget)
    window.splitter.setStretchFactor(1, 1)
    window.splitter.setSizes([220, 640, 460])
    window.setCentralWidget(window.splitter)
    window.counts_label = QLabel()
    window.counts_label.setObjectName("spanCounts")
    window.statusBar().addPermanentWidget(window.counts_label)

