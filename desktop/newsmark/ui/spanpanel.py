"""The span panel: the selected span's note and attribute values, edited in place, each edit undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from newsmark.core.attributes import AttributeSpec, check_value, parse_attributes, span_values, with_value
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Span
from newsmark.ui.commands import UpdateSpanCommand, note_command

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext


class SpanPanel(QGroupBox):
    """Shows one span; the window's controller fills and listens to it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Span", parent)
        self.setObjectName("spanPanel")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(6, 6, 6, 6)
        self.fields: dict[str, QWidget] = {}
        self.rebuild([])

    def rebuild(self, specs: list[AttributeSpec]) -> None:
        """Lay out the summary, the note and a row per attribute of the span's tag."""
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the row's widgets too
        self.summary = _named(QLabel(), "spanSummary")
        self.summary.setWordWrap(True)
        self.note = _named(QLineEdit(), "spanNote")
        self.note.setPlaceholderText("A note on this span")
        self.error = _named(QLabel(), "attributeError")
        self.error.setStyleSheet("color: #d55e00")
        self.error.setWordWrap(True)
        # Two lines are always reserved, so a message appearing never moves the fields under the pointer.
        self.error.setFixedHeight(self.error.fontMetrics().lineSpacing() * 2 + 2)
        self.form.addRow(self.summary)
        self.form.addRow("Note", self.note)
        self.fields = {}
        for spec in specs:
            if spec.type in ("choice", "yes/no"):
                widget = QComboBox()
                widget.addItems([""] + (list(spec.choices) if spec.type == "choice" else ["yes", "no"]))
            else:
                widget = QLineEdit()
                widget.setPlaceholderText("a number" if spec.type == "number" else "")
            self.form.addRow(spec.name, _named(widget, f"attr:{spec.name}"))
            self.fields[spec.name] = widget
        self.form.addRow(self.error)


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class SpanEditor(QObject):
    """Keeps the span panel on the selected span and turns its edits into undoable commands."""

    def __init__(
        self, ctx: WindowContext, panel: SpanPanel, view: ArticleView, selected_spans: Callable[[], list[Span]]
    ):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.panel = panel
        self._view = view
        self._selected_spans = selected_spans
        self.span: Span | None = None
        self._specs: list[AttributeSpec] = []
        self._shape: tuple | None = None
        # Typed values that could not be saved, by attribute name: (what was typed, why), kept until corrected.
        self._pending: dict[str, tuple[str, str]] = {}

    def show_span(self, *_args) -> None:
        """Show the selected span (or nothing)."""
        spans = self._selected_spans()
        previous = self.span
        self.span = spans[0] if len(spans) == 1 else None
        if self._pending and (self.span is None or previous is None or self.span.id != previous.id):
            # Leaving a span with a value that could not be saved: say so rather than lose it silently.
            lost = "; ".join(f"{name} “{raw}”" for name, (raw, _why) in self._pending.items())
            self._ctx.status(f"Not saved (not a valid value): {lost}", 10000)
            self._pending = {}
        self._view.set_active_span(self.span)
        tag = self._ctx.session.tag(self.span.tag_id) if self.span else None
        self._specs = parse_attributes(tag.attributes) if tag else []
        shape = (tag.id, tag.attributes) if tag else None
        if shape != self._shape:  # rebuild only when the set of fields changes
            self._shape = shape
            self.panel.rebuild(self._specs)
            self.panel.note.editingFinished.connect(self._note_edited)
            for spec in self._specs:
                widget = self.panel.fields[spec.name]
                if isinstance(widget, QComboBox):
                    widget.activated.connect(lambda _i, s=spec, w=widget: self._value_edited(s, w.currentText()))
                else:
                    widget.editingFinished.connect(lambda s=spec, w=widget: self._value_edited(s, w.text()))
        self.panel.setEnabled(self.span is not None)
        self._fill()
        self._show_errors()

    def _fill(self) -> None:
        span = self.span
        doc = self._ctx.session.document
        if span is None or doc is None:
            self.panel.summary.setText("Select one span to see its note and attributes.")
            self.panel.note.clear()
            return
        text = " ".join(doc.text[span.start:span.end].split())
        tag = self._ctx.session.tag(span.tag_id)
        origin = self._ctx.session.project.span_origin(span.id)  # the suggester whose suggestion it was, if any
        self.panel.summary.setText(
            f"{tag.name}: “{text if len(text) < 120 else text[:119] + '…'}”"
            + (f"\nSuggested by {origin}, accepted by {span.annotator or '?'}" if origin else "")
        )
        self.panel.note.setText(span.note)
        values = span_values(span.attributes)
        for spec in self._specs:
            widget = self.panel.fields[spec.name]
            value = values.get(spec.name, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findText(value)))
            else:
                widget.setText(self._pending[spec.name][0] if spec.name in self._pending else value)

    def _show_errors(self) -> None:
        """Say what is wrong with every value still waiting to be corrected, and mark its field."""
        self.panel.error.setText("; ".join(why for _raw, why in self._pending.values()))
        self.panel.error.setToolTip(self.panel.error.text())
        for name, widget in self.panel.fields.items():
            # A colour, not a border: a style sheet would change the field's height and move the ones below.
            palette = QPalette()  # empty: inherits the window's (light or dark) palette
            if name in self._pending:
                palette.setColor(QPalette.Text, QColor("#d55e00"))
            widget.setPalette(palette)

    def _note_edited(self) -> None:
        if self.span is not None and self.panel.note.text() != self.span.note:
            self._ctx.undo_stack.push(note_command(self._ctx.session, self.span, self.panel.note.text()))

    def _value_edited(self, spec: AttributeSpec, raw: str) -> None:
        if self.span is None:
            return
        try:
            value = check_value(spec, raw)
        except NewsmarkError as e:
            self._pending[spec.name] = (raw, str(e))  # the field keeps what was typed, so it can be corrected
            self._show_errors()
            return
        self._pending.pop(spec.name, None)
        self._show_errors()
        new = with_value(self.span.attributes, spec.name, value)
        if new != self.span.attributes:
            text = f"Set {spec.name} of “{self._ctx.session.document.text[self.span.start:self.span.end][:30]}”"
            self._ctx.undo_stack.push(UpdateSpanCommand(self._ctx.session, self.span, text, attributes=new))
