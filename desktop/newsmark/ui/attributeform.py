"""A form for a tag's attribute definitions: a row per attribute (name, type, choices, default), checked as typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsmark.core.attributes import TYPES, AttributeSpec, parse_attributes
from newsmark.core.errors import NewsmarkError

NAME, TYPE, CHOICES, DEFAULT = range(4)


class AttributeForm(QDialog):
    """Edits a list of attribute definitions; OK is enabled only while they are all valid."""

    def __init__(self, parent: QWidget | None, tag: str, specs: list[AttributeSpec]):
        super().__init__(parent)
        self.setObjectName("attributeForm")
        self.setWindowTitle(f"Attributes of {tag}")
        self._tag = tag
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attributeTable")
        self.table.setHorizontalHeaderLabels(["Name", "Type", "Choices (comma-separated)", "Default"])
        self.table.horizontalHeader().setSectionResizeMode(CHOICES, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("attributeFormError")
        self.error.setStyleSheet("color: #d55e00")
        self.error.setWordWrap(True)
        self.error.setFixedHeight(self.error.fontMetrics().lineSpacing() * 2 + 2)  # reserved: nothing jumps
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        for label, name, slot in (
            ("Add", "attributeAdd", self.add_row), ("Remove", "attributeRemove", self.remove_row),
            ("Move up", "attributeUp", lambda: self.move(-1)), ("Move down", "attributeDown", lambda: self.move(+1)),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for spec in specs:
            self.add_row(spec)
        self.table.itemChanged.connect(self.validate)
        self.validate()
        self.resize(640, 320)

    def add_row(self, spec: AttributeSpec | None = None) -> None:
        """Add an attribute at the end (a new, empty one unless ``spec`` is given)."""
        spec = spec if isinstance(spec, AttributeSpec) else AttributeSpec("")
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        self.table.setItem(r, NAME, QTableWidgetItem(spec.name))
        self.table.setItem(r, CHOICES, QTableWidgetItem(", ".join(spec.choices)))
        self.table.setItem(r, DEFAULT, QTableWidgetItem(spec.default))
        kind = QComboBox()
        kind.addItems(list(TYPES))
        kind.setCurrentText(spec.type)
        kind.currentIndexChanged.connect(self.validate)
        self.table.setCellWidget(r, TYPE, kind)
        self.table.blockSignals(False)
        self.table.setCurrentCell(r, NAME)
        self.validate()

    def remove_row(self) -> None:
        """Remove the selected attribute."""
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.validate()

    def move(self, step: int) -> None:
        """Move the selected attribute up (-1) or down (+1)."""
        r = self.table.currentRow()
        specs = self._raw()
        if not 0 <= r < len(specs) or not 0 <= r + step < len(specs):
            return
        specs[r], specs[r + step] = specs[r + step], specs[r]
        self.table.setRowCount(0)
        for item in specs:
            self.add_row(AttributeSpec(item["name"], item["type"], tuple(item["choices"]), item["default"]))
        self.table.setCurrentCell(r + step, NAME)

    def _raw(self) -> list[dict]:
        """The rows as typed, in the tag set's JSON shape."""
        rows = []
        for r in range(self.table.rowCount()):
            text = [self.table.item(r, c).text().strip() if self.table.item(r, c) else "" for c in range(4)]
            choices = [c.strip() for c in text[CHOICES].split(",") if c.strip()]
            rows.append({"name": text[NAME], "type": self.table.cellWidget(r, TYPE).currentText(),
                         "choices": choices, "default": text[DEFAULT]})
        return rows

    def specs(self) -> list[AttributeSpec]:
        """The attribute definitions, checked (raises NewsmarkError if one is not valid)."""
        return parse_attributes(self._raw(), f"attributes of {self._tag}")

    def validate(self) -> bool:
        """Check the rows as they are now; say what is wrong and allow OK only when nothing is."""
        try:
            self.specs()
        except NewsmarkError as e:
            self.error.setText(str(e).split(": ", 1)[-1])
            ok = False
        else:
            self.error.clear()
            ok = True
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)
        return ok
