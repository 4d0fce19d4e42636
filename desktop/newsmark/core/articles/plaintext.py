"""Reading article files into document text: decoding, line endings, titles."""

from __future__ import annotations

import codecs
import errno
import os
import re
import json
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from newsmark.core.articles.hardwrap import unwrap
from newsmark.core.errors import DocumentImportError

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_BYTES = 256 * 1024 * 1024
MAX_TITLE_CHARS = 200

# Prose uses \t \n \r \f \v; the other C0 controls only turn up in binary data.
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_MAX_CONTROL_SHARE = 0.05
# Binary data shows itself early; counting controls in a prefix keeps huge files fast.
_SNIFF_CHARS = 1_000_000
# charset_normalizer is slow on big inputs and only needs the part with non-ASCII bytes.
_DETECT_BYTES = 2 * 1024 * 1024
_FIRST_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Identical chaos scores mean "no evidence either way"; then cp1252, the usual legacy
# newsroom encoding, wins over look-alikes such as cp1250 that decode "à" as "ŕ".
_CP1252_TOLERANCE = 0.02

# UTF-32 comes first because its little-endian BOM begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)

# Files people rename by mistake; naming the kind, and what to do, tells them what went wrong.
_OWN_FILE = "choose the article's own file (.txt, .md, .html, .docx or .pdf)"
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _OWN_FILE),
    (b"\xff\xd8\xff", "a JPEG image", _OWN_FILE),
    (b"GIF87a", "a GIF image", _OWN_FILE),
    (b"GIF89a", "a GIF image", _OWN_FILE),
    (b"%PDF-", "a PDF document", "rename it to end in .pdf and add it again"),
    (b"PK\x03\x04", "a ZIP archive", "if it is a Word document, rename it to end in .docx and add it again"),
    (b"PK\x05\x06", "a ZIP archive", "if it is a Word document, rename it to end in .docx and add it again"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Microsoft Office document",
     "open it in Word or LibreOffice and save it as .docx"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
    (b"\x7fELF", "a program", _OWN_FILE),
)

# What stat() says a path is when it is not a file or folder.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)

_ATX_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
# The boundaries str.splitlines() uses, so titles split where editors show line breaks.
_LINE_END = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class ImportedText:
    """An article file read into the exact text Newsmark stores, with its title and origin."""

    title: str
    text: str
    source_path: str
    encoding: str
    author: str = ""
    published: str = ""  # ISO 8601 date (or date and time) when the file says
    url: str = ""
    site: str = ""
    format: str = "text"  # text, html, docx or pdf
    extra: dict[str, str] = field(default_factory=dict)  # what else the file said about itself (pages, language…)

    def __post_init__(self):
        # Stored text is NFC, whatever the file held: "geprüft" typed on a keyboard (composed) must find the
        # word in a decomposed page ("u" + U+0308, as macOS and some PDF and Word writers save it).
        for name in ("title", "text", "author", "site"):
            value = getattr(self, name)
            if not unicodedata.is_normalized("NFC", value):
                object.__setattr__(self, name, unicodedata.normalize("NFC", value))
                if name == "text":  # said in origin: the stored text is not byte for byte the file's
                    object.__setattr__(self, "extra", self.extra | {"normalized": "NFC"})
        object.__setattr__(self, "extra", {k: unicodedata.normalize("NFC", v) for k, v in self.extra.items()})
        # A file name that is not UTF-8 cannot be stored as SQLite text: keep it readable instead.
        for attribute in ("title", "source_path"):
            object.__setattr__(self, attribute, readable_name(getattr(self, attribute)))

    def metadata(self) -> dict[str, str]:
        """The document fields to store beside the text, with ``origin``: the file's name and metadata as read."""
        fields = {"author": self.author, "published": self.published, "url": self.url, "site": self.site}
        origin = {"file": Path(self.source_path).name, "format": self.format, "encoding": self.encoding}
        origin |= {"title": self.title} | fields | self.extra
        return fields | {"origin": json.dumps({k: v for k, v in origin.items() if v}, ensure_ascii=False)}


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into ``\\n``; U+2028/U+2029 are kept as they are."""
    if "\r" not in text:
        return text
    # Two C-level replaces are several times faster than a regex on a 100 MB article.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str | os.PathLike, name: str | None = None, *, printed_lines: bool = False) -> ImportedText:
    """Read an article file into stored text (BOM removed, newlines normalized) or raise DocumentImportError.

    ``name`` is how messages name the file (default: its file name). A hard-wrapped .txt has each
    paragraph's lines joined (see hardwrap.unwrap) unless ``printed_lines``; Markdown keeps its lines.
    """
    source, data = read_file_bytes(path, SUPPORTED_SUFFIXES, name)
    name = name or source.name or os.fsdecode(path)
    text, encoding = decode_bytes(data, name)
    if not text:  # a zero-byte file, or one holding nothing but a BOM
        raise DocumentImportError(f'"{name}" is empty; there is no text to import.')
    if text.isspace():  # stops at the first visible character, where strip() would copy the whole text
        raise DocumentImportError(f'"{name}" contains only blank space; there is no text to import.')
    text = normalize_newlines(text)
    markdown = source.suffix.lower() in MARKDOWN_SUFFIXES
    extra = {}
    if not markdown and not printed_lines:
        text, width = unwrap(text)
        if width is not None:  # said in origin: the stored text is not line for line the file's
            extra["hard_wrap"] = str(width)
    title = title_from_text(text, source.stem or name, markdown=markdown)
    return ImportedText(title=title, text=text, source_path=str(source), encoding=encoding, extra=extra)


def join_paragraphs(blocks) -> str:
    """Stored text from extracted blocks: each stripped, blank ones dropped, one blank line between, ``\n`` at the end."""
    kept = [block.strip() for block in map(normalize_newlines, blocks)]
    kept = [block for block in kept if block]
    return "\n\n".join(kept) + "\n" if kept else ""


def decode_bytes(data: bytes, name: str = "file") -> tuple[str, str]:
    """Decode file bytes into (text, codec); the BOM is removed but line endings are left as they are.

    ``data.decode(codec)`` gives the same text, so the codec can be shown or reused.
    ``name`` only appears in the DocumentImportError raised for binary or undecodable data.
    """
    for signature, kind, advice in _SIGNATURES:
        if data.startswith(signature):
            raise DocumentImportError(f'"{name}" is {kind}, not text; {advice}.')
    text, encoding = _decode(data, name)
    if "\x00" in text or _has_many_controls(text[:_SNIFF_CHARS]):
        raise _binary(name)
    return text, encoding


def title_from_text(text: str, fallback: str, *, markdown: bool = False) -> str:
    """The first non-blank line, stripped (and Markdown heading marks removed), at most 200 characters."""
    for line in _lines(text):
        candidate = line.strip()
        if markdown:
            candidate = _ATX_CLOSING_HASHES.sub("", candidate.lstrip("#")).strip()
        if candidate:
            return _shorten(candidate)
    return fallback


def read_file_bytes(path: str | os.PathLike, suffixes: tuple[str, ...], name: str | None = None) -> tuple[Path, bytes]:
    """The absolute path and bytes of a readable regular file named with one of ``suffixes``, at most MAX_BYTES.

    Pipes, sockets and devices are refused from their metadata and never opened for reading, so
    nothing here can block. ``name`` names the file in every message (default: the path as given).
    """
    given = os.fsdecode(path)
    source = Path(os.path.abspath(given))
    label = readable_name(name or given)  # where the file is: messages about finding and opening it
    name = readable_name(name or source.name or given)  # what the file is: messages about its content
    info = _file_status(source, label)
    if stat.S_ISDIR(info.st_mode):
        raise DocumentImportError(f'"{label}" is a folder, not a file; choose an article file inside it.')
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(label, info.st_mode)
    if source.suffix.lower() not in suffixes:
        supported = ", ".join(suffixes[:-1]) + " or " + suffixes[-1]
        raise DocumentImportError(
            f'"{name}" is not a supported article file; choose a {supported} file '
            "(save other formats as plain text first)."
        )
    if info.st_size > MAX_BYTES:
        raise too_large(name)
    try:
        with open(source, "rb", opener=_open_without_blocking) as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # swapped for a pipe since stat()
                raise _not_a_file(label, os.fstat(file.fileno()).st_mode)
            # One byte over the limit is enough to notice a file that grew since stat().
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(label, exc) from exc
    if len(data) > MAX_BYTES:
        raise too_large(name)
    return source, data


def readable_name(name: str) -> str:
    """``name`` safe to print and store: bytes of a file name that are not UTF-8 shown as ``\\xe9``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:  # os.fsdecode turned each byte that is not UTF-8 into a lone surrogate: show the byte instead
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # some other lone surrogate (a name from Windows): show its code
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _file_status(source: Path, label: str) -> os.stat_result:
    """``os.stat`` of the file, or the error that says why it cannot be found."""
    try:
        return source.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        if source.is_symlink():
            raise DocumentImportError(
                f'"{label}" is a link to a file that does not exist; fix or remove the link.'
            ) from exc
        raise DocumentImportError(f'"{label}" does not exist; check the name and folder and try again.') from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentImportError(
                f'"{label}" is a link that leads back to itself (a symbolic link loop); fix or remove the link.'
            ) from exc
        raise _unreadable(label, exc) from exc


def _open_without_blocking(path: str, flags: int) -> int:
    """Open for ``open()``; O_NONBLOCK so a file swapped for a pipe since stat() cannot hang us."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))


def _not_a_file(label: str, mode: int) -> DocumentImportError:
    """The error for a pipe, socket or device: reading one could block forever or never end."""
    kind = next((kind for test, kind in _SPECIAL_FILES if test(mode)), "a special file")
    return DocumentImportError(f'"{label}" is {kind}, not a regular file; choose an article file.')


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode by BOM, then strict UTF-8, then legacy-encoding detection; NUL without a UTF-16/32 BOM means binary."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            label = codec.removesuffix("-sig").upper()
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise DocumentImportError(
                    f'"{name}" is marked as {label} but is damaged (bad bytes at offset {exc.start}); '
                    "save it as UTF-8 and try again."
                ) from exc
    # Text in UTF-8 or a legacy 8-bit encoding never contains NUL; binary data nearly always does.
    if b"\x00" in data:
        raise _binary(name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _legacy_candidates(data):
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentImportError(
        f'"{name}" is not in a text encoding Newsmark recognises; '
        "open it in a text editor, save it as UTF-8 and try again."
    )


def _legacy_candidates(data: bytes) -> list[str]:
    """Codecs to try, best first, for data that is not UTF-8; cp1252 is always the last resort."""
    sample = _detection_sample(data)
    cp1252 = from_bytes(sample, cp_isolation=["cp1252"]).best()
    # Without a BOM, UTF-16/32 guesses on NUL-free data are noise (e.g. "Café" as two CJK characters).
    best = next((m for m in from_bytes(sample) if not m.encoding.startswith("utf")), None)
    if cp1252 is not None and (best is None or cp1252.chaos <= best.chaos + _CP1252_TOLERANCE):
        return ["cp1252"]
    if best is not None:
        return [best.encoding, "cp1252"]
    return ["cp1252"]


def _detection_sample(data: bytes) -> bytes:
    """A bounded slice of ``data`` starting at the line of its first non-ASCII byte."""
    if len(data) <= _DETECT_BYTES:
        return data
    found = _FIRST_NON_ASCII.search(data)
    start = data.rfind(b"\n", 0, found.start()) + 1 if found else 0
    sample = data[start : start + _DETECT_BYTES]
    # Ending on a line break keeps the last multi-byte character (Shift-JIS, GBK) whole.
    end = sample.rfind(b"\n")
    return sample[: end + 1] if end > 0 else sample


def _has_many_controls(text: str) -> bool:
    """Whether C0 controls that prose never uses make up a large share of ``text``."""
    return bool(text) and len(_STRAY_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text)


def _lines(text: str):
    """The lines str.splitlines() would give, yielded lazily so a title never splits a whole 200 MB text."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.start()]
        start = end.end()
    yield text[start:]


def _shorten(title: str) -> str:
    """Cut a long title at a word boundary so that, with its "…", it fits MAX_TITLE_CHARS."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    room = MAX_TITLE_CHARS - 1
    head = title[: room + 1]  # one extra character shows whether the cut falls just before a space
    cut = max((i for i, ch in enumerate(head) if ch.isspace()), default=-1)
    if cut < room // 2:
        cut = room  # one enormous word (a URL, unspaced script): cutting inside it is all we can do
    return head[:cut].rstrip() + "…"


def _binary(name: str) -> DocumentImportError:
    """The error for data that is not text at all."""
    return DocumentImportError(
        f'"{name}" looks like a binary file, not text; {_OWN_FILE}.'
    )


def too_large(name: str) -> DocumentImportError:
    """The error for a file over MAX_BYTES."""
    return DocumentImportError(
        f'"{name}" is larger than the {MAX_BYTES // 2**20} MB Newsmark can import; split it into smaller files.'
    )


def _unreadable(given: str, exc: OSError) -> DocumentImportError:
    """The error for a file the operating system will not let us read."""
    if isinstance(exc, PermissionError):
        return DocumentImportError(
            f'"{given}" cannot be read (permission denied); check its permissions and try again.'
        )
    return DocumentImportError(f'"{given}" cannot be read ({(exc.strerror or str(exc)).lower()}).')
