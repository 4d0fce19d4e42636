"""How a span reads in the span table: its cells' text, its attribute values, its sort values and the filter's answer."""

from __future__ import annotations

from newsmark.core.attributecolumns import ALL_ATTRIBUTES, SpanFilter, describe, parse_filter, sort_key
from newsmark.core.attributes import AttributeSpec, span_values
from newsmark.core.model import Span, Tag
from newsmark.core.spanstore import SpanStore

COLUMNS = ("Tag", "Text", "Start", "End", "Note")  # then the attribute columns (see ``SpanCells.extra``)
TAG, TEXT, START, END, NOTE = range(len(COLUMNS))
ATTRIBUTES = len(COLUMNS)  # the first attribute column
_TEXT_PREVIEW = 200
_PARSED_AT_MOST = 10_000  # distinct attribute texts kept parsed for painting; a sort or filter memoizes its own


class SpanCells:
    """The table's columns and filter over a span store; plain Python, so the Qt model only orders rows and signals.

    After the fixed columns come the attribute columns: one per attribute of the tag the filter
    shows, or, with all tags, one "Attributes" column listing each span's values.
    """

    def __init__(self, store: SpanStore):
        self.store = store
        self.tags: dict[int, Tag] = {}
        self.tag_filter: int | None = None
        self.filter_text = ""  # as typed
        self.filter = SpanFilter()
        self.specs: dict[int, list[AttributeSpec]] = {}  # each tag's attributes, by tag id
        self.defined: dict[int, frozenset[str]] = {}  # each tag's attribute names, casefolded
        self.extra: tuple[AttributeSpec | None, ...] = (None,)  # the attribute columns; None: all of a span's values
        self.headers = COLUMNS + (ALL_ATTRIBUTES,)
        self._parsed: dict[str, dict] = {}  # attribute texts as parsed, shared by the spans that carry them

    def columns(self) -> tuple[AttributeSpec | None, ...]:
        """The attribute columns for the tag filter: that tag's attributes, or one column of all values (None)."""
        return (None,) if self.tag_filter is None else tuple(self.specs.get(self.tag_filter, ()))

    def parse_filter(self, text: str):
        """``text`` read as a filter, with the attribute names every tag defines."""
        names = {name for defined in self.defined.values() for name in defined}
        return parse_filter(text, names)

    def display(self, span: Span, column: int, *, edit: bool = False):
        """What a cell shows (``edit``: the note as it is, line breaks and all)."""
        if column == TAG:
            tag = self.tags.get(span.tag_id)
            return tag.name if tag else "?"
        if column == TEXT:
            text = self.store.text[span.start:span.end]
            text = text if len(text) <= _TEXT_PREVIEW else text[:_TEXT_PREVIEW] + "…"
            return " ".join(text.split())
        if column == START:
            return span.start
        if column == END:
            return span.end
        if column >= ATTRIBUTES:
            return " ".join(self.attribute(span, column).split())
        return span.note if edit else " ".join(span.note.split())

    def values(self, attributes: str) -> dict:
        """A span's attribute values, parsed once per distinct text (a sort asks for every row's)."""
        values = self._parsed.get(attributes)
        if values is None:
            if len(self._parsed) >= _PARSED_AT_MOST:
                self._parsed.clear()
            values = span_values(attributes)
            self._parsed[attributes] = values = values if isinstance(values, dict) else {}
        return values

    def attribute(self, span: Span, column: int) -> str:
        """An attribute column's text for a span."""
        spec = self.extra[column - ATTRIBUTES]
        values = self.values(span.attributes)
        if spec is None:
            return describe(values, self.specs.get(span.tag_id, []))
        value = values.get(spec.name)
        return str(value) if value is not None else ""

    def numeric(self, column: int) -> bool:
        """Whether a column holds numbers (shown right-aligned)."""
        spec = self.extra[column - ATTRIBUTES] if column >= ATTRIBUTES else None
        return spec is not None and spec.type == "number"

    def sort_value(self, span: Span, column: int):
        """A span's value in a column, as it sorts first (Start and End sort by keys the model builds in C)."""
        if column == TAG:
            tag = self.tags.get(span.tag_id)
            return tag.position if tag else -1
        if column == TEXT:
            return self.store.text[span.start:span.end].casefold()
        if column == NOTE:
            return span.note.casefold()
        return self.attribute_key(span, column)

    def attribute_key(self, span: Span, column: int):
        """An attribute column's value as it sorts: numbers as numbers, choices in their order."""
        spec = self.extra[column - ATTRIBUTES]
        if spec is None:
            return self.attribute(span, column).casefold()
        return sort_key(spec, self.attribute(span, column))

    def accepts(self, span: Span, known: dict | None = None) -> bool:
        """Whether the filter shows ``span``; ``known`` memoizes the attribute terms' answers over many spans."""
        if self.tag_filter is not None and span.tag_id != self.tag_filter:
            return False
        wanted = self.filter
        if wanted.text and wanted.text not in self.store.text[span.start:span.end].casefold():
            return False
        if not wanted.terms:
            return True
        shared = (span.tag_id, span.attributes)
        ok = known.get(shared) if known is not None else None
        if ok is None:
            ok = wanted.matches_values(self.values(span.attributes), self.defined.get(span.tag_id, frozenset()))
            if known is not None:
                known[shared] = ok
        return ok
