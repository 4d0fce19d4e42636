"""Reading an Office (OPC) ZIP package with caps: only its XML parts, counted before and while they are unpacked."""

from __future__ import annotations

import io
import posixpath
import zipfile

from newsmark.core.errors import DocumentImportError

# A Word document has a few dozen parts, a few thousand with many pictures; more is a crafted file.
MAX_MEMBERS = 10_000
# The central directory's own entry count, read before zipfile builds an object per entry.
_END_OF_DIRECTORY = b"PK\x05\x06"
_MAX_COMMENT = 0xFFFF
_CONTENT_TYPES = "[Content_Types].xml"
_ENCRYPTED = 0x1  # general purpose flag: the member needs a password
# What the package's [Content_Types].xml may take by itself (it lists a line per part).
_MAX_CONTENT_TYPES = 2 * 2**20


def xml_parts_only(data: bytes, name: str, max_xml: int) -> io.BytesIO:
    """A copy of the package ``data`` holding its XML parts and every other part emptied.

    Pictures and embedded files are never unpacked (python-docx would read every part, however large).
    The XML parts may unpack to at most ``max_xml`` bytes in all: checked on the sizes the archive
    declares before anything is unpacked, and again on the bytes as they come, so a lying header
    cannot use more. Raises DocumentImportError, or zipfile.BadZipFile for a file that is not a ZIP.
    """
    _check_member_count(data, name)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: info for info in archive.infolist()}  # the last of a repeated name wins, as zipfile reads
        if len(members) > MAX_MEMBERS:
            raise _too_many(name)
        xml = _xml_members(archive, members)
        if any(members[m].flag_bits & _ENCRYPTED for m in xml):
            raise DocumentImportError(
                f'"{name}" is password-protected; open it in Word or LibreOffice, save it as .docx without a '
                "password and try again."
            )
        if sum(members[m].file_size for m in xml) > max_xml:
            raise too_much_xml(name, max_xml)
        copy = io.BytesIO()
        budget = max_xml
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as out:
            for member, info in members.items():
                blob = read_capped(archive, info, budget, name, max_xml) if member in xml else b""
                budget -= len(blob)
                out.writestr(member, blob)
    copy.seek(0)
    return copy


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str, max_xml: int) -> bytes:
    """A member's bytes, refusing the file once they pass ``budget`` (the header's size may lie)."""
    with archive.open(info) as member:
        blob = member.read(budget + 1)
    if len(blob) > budget:
        raise too_much_xml(name, max_xml)
    return blob


def too_much_xml(name: str, max_xml: int) -> DocumentImportError:
    """The error for a package whose text and markup unpack past the cap."""
    return DocumentImportError(
        f'"{name}" holds more than {max_xml // 2**20} MB of text and markup, more than Newsmark can '
        "import from one Word file; split it into smaller files."
    )


def _xml_members(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> set[str]:
    """The members that are XML: by [Content_Types].xml (as python-docx decides), or named .xml/.rels."""
    xml = {m for m in members if m.lower().endswith((".xml", ".rels"))}
    if _CONTENT_TYPES not in members:
        return xml  # python-docx will say the package is damaged
    if members[_CONTENT_TYPES].flag_bits & _ENCRYPTED:
        return xml  # refused by the caller, unread
    types = _content_types(read_capped(archive, members[_CONTENT_TYPES], _MAX_CONTENT_TYPES, "", _MAX_CONTENT_TYPES))
    if types is None:
        return xml
    defaults, overrides = types
    for member in members:
        extension = posixpath.splitext(member)[1][1:].lower()
        kind = overrides.get("/" + member.lower()) or defaults.get(extension, "")
        if kind.endswith(("+xml", "/xml")):
            xml.add(member)
    return xml


def _content_types(blob: bytes) -> tuple[dict[str, str], dict[str, str]] | None:
    """(extension → content type, part name → content type) from [Content_Types].xml, or None if unreadable."""
    from lxml import etree

    # No entities, no network, no huge trees: this XML comes from the file being checked.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(blob, parser)
    except etree.LxmlError:
        return None
    defaults, overrides = {}, {}
    for element in root:
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if tag == "Default":
            defaults[(element.get("Extension") or "").lower()] = (element.get("ContentType") or "").lower()
        elif tag == "Override":
            overrides[(element.get("PartName") or "").lower()] = (element.get("ContentType") or "").lower()
    return defaults, overrides


def _check_member_count(data: bytes, name: str) -> None:
    """Refuse a package whose directory lists more than MAX_MEMBERS entries, before zipfile reads them all."""
    found = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 22 - _MAX_COMMENT))
    if found < 0 or len(data) < found + 22:
        return  # zipfile will say it is not a ZIP
    entries = int.from_bytes(data[found + 10 : found + 12], "little")
    if entries > MAX_MEMBERS:  # 0xFFFF too: ZIP64, which only archives of over 65,535 entries need
        raise _too_many(name)


def _too_many(name: str) -> DocumentImportError:
    """The error for a package with more parts than any Word document has."""
    return DocumentImportError(
        f'"{name}" holds more than {MAX_MEMBERS:,} parts, more than any Word document; '
        "open it in Word or LibreOffice, save it again as .docx and try again."
    )
