"""What an export wrote: the span count, and each span a format could not hold (left out, or written trimmed), with why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SHOWN_TEXT = 40  # characters of a left-out span's text quoted in its problem line


class ExportProblem(NamedTuple):
    """A span left out of an export, or written with other offsets: where it is, its tag, its text and the reason."""

    document_id: int
    title: str
    start: int
    end: int
    tag: str
    text: str
    reason: str
    written: tuple[int, int] | None = None  # the offsets the span was written with; None: left out

    def line(self) -> str:
        """One line naming the span exactly (code point offsets), safe to print whatever the title holds."""
        text = self.text if len(self.text) <= SHOWN_TEXT else self.text[:SHOWN_TEXT] + "…"
        written = f"written as {self.written[0]}-{self.written[1]}: " if self.written else ""
        return (
            f"document {self.document_id} ({self.title!r}) {self.start}-{self.end} {self.tag} {text!r}: "
            f"{written}{' '.join(self.reason.split())}"
        )


@dataclass
class ExportReport:
    """Filled in by an exporter as it writes; ``spans`` counts only the spans in the output."""

    spans: int = 0
    problems: list[ExportProblem] = field(default_factory=list)
    links: int = 0  # links in the output
    labels: int = 0  # document labels in the output
    marks: int = 0  # done marks in the output
    files: list = field(default_factory=list)  # files written beside the main one (a CSV's links and labels)
    not_held: dict[str, int] = field(default_factory=dict)  # what the format has no place for -> how many items had it

    def lost(self, what: str, count: int = 1) -> None:
        """Record that ``count`` written items carried ``what`` (say "spans' annotators"), which the format cannot hold."""
        if count:
            self.not_held[what] = self.not_held.get(what, 0) + count

    def not_held_line(self, fmt: str) -> str:
        """One sentence naming what was not written because ``fmt`` has no place for it; "" when nothing was lost."""
        if not self.not_held:
            return ""
        parts = "; ".join(f"{what} ({count:,})" for what, count in self.not_held.items())
        return f"the {fmt} format has no place for: {parts}; they are not in the file"

    def left_out(self, document, span, tag: str, reason: str) -> None:
        """Record that ``span`` of ``document`` is not in the output, and why."""
        self.problems.append(
            ExportProblem(document.id, document.title, span.start, span.end, tag, document.text[span.start:span.end], reason)
        )

    def changed(self, document, span, tag: str, written: tuple[int, int], reason: str) -> None:
        """Record that ``span`` of ``document`` is in the output with the offsets ``written``, and why."""
        self.problems.append(
            ExportProblem(
                document.id, document.title, span.start, span.end, tag, document.text[span.start:span.end], reason, written
            )
        )

    @property
    def left_out_count(self) -> int:
        """How many spans are not in the output at all."""
        return sum(p.written is None for p in self.problems)

    def summary(self, limit: int = 20) -> str:
        """The number of left-out (and trimmed) spans and the first ``limit`` problem lines, for a dialog."""
        count, left = len(self.problems), self.left_out_count
        if left == count:
            head = f"{count} span{'s were' if count != 1 else ' was'} left out:"
        else:
            trimmed = count - left
            head = f"{trimmed} span{'s were' if trimmed != 1 else ' was'} written with other offsets"
            head += f" and {left} left out:" if left else ":"
        lines = [head, ""]
        lines += [p.line() for p in self.problems[:limit]]
        if count > limit:
            lines.append(f"… and {count - limit} more")
        return "\n".join(lines)
