"""The agreement view: a matrix of annotator pairs for the chosen tag, and the disagreements of the chosen pair."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from newsmark.core.review.agreement import OVERALL, AgreementReport
from newsmark.core.review.disagreements import Disagreement
from newsmark.core.review.labelagreement import LabelAgreementReport
from newsmark.ui.review.disagreementmodel import PlaceRole, DisagreementModel

PairRole = Qt.UserRole + 1  # a matrix cell's (annotator A, annotator B)
LABEL_COLUMNS = ["category", "annotator A", "annotator B", "documents", "observed", "κ"]


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


class AgreementDialog(QDialog):
    """Shows an agreement report; says which pair was chosen and which disagreement was activated."""

    pair_chosen = Signal(str, str, str)  # annotator A, annotator B, tag name (or "*")
    place_activated = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle("Agreement")
        self.resize(900, 640)
        self.report: AgreementReport | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("agreementProgress")
        self.tag = QComboBox()
        self.tag.setObjectName("agreementTag")
        self.tag.setToolTip("The tag whose agreement the matrix shows (* = all tags)")
        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.matrix = QTableWidget()
        self.matrix.setObjectName("agreementMatrix")
        self.matrix.setSelectionMode(QAbstractItemView.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matrix.setToolTip("F1 with overlap matches / with exact matches, and Cohen's kappa over tokens; "
                               "choose a cell to list where the two disagree")
        self.disagreement_model = DisagreementModel(self)
        self.differences = QTableView()
        self.differences.setModel(self.disagreement_model)
        self.differences.setObjectName("agreementDisagreements")
        self.differences.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.differences.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.differences.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.differences.setToolTip("Double-click (or Enter) to open the document at that place")
        self.labels = QTableWidget(0, len(LABEL_COLUMNS))
        self.labels.setObjectName("agreementLabels")
        self.labels.setHorizontalHeaderLabels(LABEL_COLUMNS)
        self.labels.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.labels.verticalHeader().hide()
        self.labels.setToolTip("Document labels: per category and pair of analysts, over the documents both labelled, "
                               "the share of answers that are the same and Cohen's kappa; in a category of several "
                               "values each value anyone gave a document is a yes/no answer")
        self.labels_summary = QLabel("Comparing document labels…")
        self.labels_summary.setObjectName("agreementLabelsSummary")
        self.labels_summary.setWordWrap(True)
        self.pair_label = QLabel("Choose a pair of annotators in the matrix to see where they disagree.")
        top = QHBoxLayout()
        self.tag_label = QLabel("&Tag:", buddy=self.tag)
        top.addWidget(self.tag_label)
        top.addWidget(self.tag)
        top.addWidget(self.progress, 1)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.pair_label)
        below.addWidget(self.differences)
        side = QWidget()
        beside = QVBoxLayout(side)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(QLabel("<b>Document labels</b>"))
        beside.addWidget(self.labels, 1)
        beside.addWidget(self.labels_summary)
        upper = QSplitter(Qt.Horizontal)
        upper.addWidget(self.matrix)
        upper.addWidget(side)
        split = QSplitter(Qt.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.tag.currentIndexChanged.connect(self._show_matrix)
        self.matrix.currentCellChanged.connect(self._cell_chosen)
        self.differences.activated.connect(self._row_activated)

    def show_progress(self, done: int, total: int) -> None:
        """How far the computation is."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat("Comparing %v of %m documents")

    def show_report(self, report: AgreementReport | Exception) -> None:
        """Fill the tag choice and the matrix from a finished report (one without pairs: say spans have nothing to compare)."""
        self.progress.hide()
        if isinstance(report, Exception) or not report.pairs:
            self.report = report if not isinstance(report, Exception) else AgreementReport([], [OVERALL], [], [])
            for widget in (self.tag_label, self.tag, self.matrix, self.pair_label, self.differences):
                widget.hide()
            self.summary.setText(f"Spans could not be read: {report}" if isinstance(report, Exception) else
                                 "Spans: nothing to compare — no document holds spans by two annotators or more. "
                                 "The document labels are compared beside.")
            return
        self.report = report
        self.tag.blockSignals(True)
        self.tag.clear()
        for name in report.tags:
            self.tag.addItem("All tags (*)" if name == OVERALL else name, name)
        self.tag.setCurrentIndex(self.tag.count() - 1)  # overall first
        self.tag.blockSignals(False)
        self._show_matrix()

    def show_labels(self, report: LabelAgreementReport | Exception) -> None:
        """Fill the document-label table: a row per category and pair, each category's alpha below."""
        if isinstance(report, Exception):
            self.labels.setRowCount(0)
            self.labels_summary.setText(f"Document labels could not be read: {report}")
            return
        self.labels.setRowCount(len(report.pairs))
        for r, p in enumerate(report.pairs):
            cells = (p.category, p.annotator_a, p.annotator_b, str(p.documents), _number(p.observed), _number(p.kappa))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignLeft if c < 3 else Qt.AlignRight) | Qt.AlignVCenter)
                item.setToolTip(f"{p.annotator_a} and {p.annotator_b} on {p.category}: {p.documents} documents, "
                                f"{p.units} answers compared")
                self.labels.setItem(r, c, item)
        self.labels.resizeColumnsToContents()
        self.labels.setVisible(bool(report.pairs))
        self.labels_summary.setText(
            "Krippendorff's alpha, all analysts over the documents two or more labelled: "
            + "; ".join(f"{g.category} {_number(g.alpha)} ({g.documents} document{'' if g.documents == 1 else 's'})" for g in report.all) + "."
            if report.all else "No document labels to compare: nobody labelled a document."
        )

    def chosen_tag(self) -> str:
        """The tag shown in the matrix."""
        return self.tag.currentData() or OVERALL

    def _show_matrix(self) -> None:
        report, tag = self.report, self.chosen_tag()
        if report is None:
            return
        names = report.annotators
        current = (self.matrix.currentRow(), self.matrix.currentColumn())
        self.matrix.blockSignals(True)  # one choice of cell at the end, not one per change on the way
        self.matrix.clear()
        self.matrix.setRowCount(len(names))
        self.matrix.setColumnCount(len(names))
        self.matrix.setHorizontalHeaderLabels(names)
        self.matrix.setVerticalHeaderLabels(names)
        for r, a in enumerate(names):
            for c, b in enumerate(names):
                row = report.pair(a, b, tag) if a != b else None
                item = QTableWidgetItem("" if row is None else
                                        f"F1 {_number(row.f1_overlap)} / {_number(row.f1_exact)}\nκ {_number(row.kappa)}")
                if row is None:
                    item.setFlags(Qt.NoItemFlags)
                else:
                    item.setData(PairRole, (a, b))
                    item.setToolTip(f"{a} and {b}, {row.documents} documents: {row.spans_a} and {row.spans_b} spans, "
                                    f"{row.exact} identical, {row.overlap} overlapping")
                item.setTextAlignment(Qt.AlignCenter)
                self.matrix.setItem(r, c, item)
        if min(current) >= 0:
            self.matrix.setCurrentCell(*current)
        self.matrix.blockSignals(False)
        self.matrix.resizeColumnsToContents()
        self.matrix.resizeRowsToContents()
        group = next((g for g in report.all if g.tag == tag), None)
        self.summary.setText(
            f"All {len(names)} annotators over the {group.documents} documents every one annotated: "
            f"Krippendorff's alpha {_number(group.alpha_nominal)}, unitizing alpha {_number(group.alpha_unitizing)}. "
            "Cells: F1 with overlap / exact matches; Cohen's kappa over tokens."
            if group and group.documents else "No document was annotated by every annotator."
        )
        self._cell_chosen(self.matrix.currentRow(), self.matrix.currentColumn())  # the list follows the tag

    def _cell_chosen(self, row: int, column: int, *_previous) -> None:
        item = self.matrix.item(row, column)
        pair = item.data(PairRole) if item is not None else None
        if pair:
            self.pair_chosen.emit(pair[0], pair[1], self.chosen_tag())
        else:
            self.pair_label.setText("Choose a pair of annotators in the matrix to see where they disagree.")
            self.disagreement_model.show([], {}, {}, {})

    def show_disagreements(self, a: str, b: str, rows: list[Disagreement], titles: dict[int, str],
                           texts: dict[int, str], tags: dict[int, str]) -> None:
        """List the disagreements of a pair: document, text, A's tag, B's tag, what differs."""
        self.pair_label.setText(f"{len(rows):,} disagreement{'s' if len(rows) != 1 else ''} of {a} (A) and {b} (B)")
        self.disagreement_model.show(rows, titles, texts, tags)

    def _row_activated(self, index) -> None:
        self.place_activated.emit(*index.data(PlaceRole))
