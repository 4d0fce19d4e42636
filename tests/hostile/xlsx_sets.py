"""Hostile Excel workbooks for the annotation-set corpus, built part by part so their bytes never change.

Every package is stored (not deflated) with a fixed date, so the bytes do not depend on the zlib that
writes them; a zip bomb is a directory that declares more than it holds, which is what the caps read.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from xml.sax.saxutils import escape

_DATE = (1980, 1, 1, 0, 0, 0)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )


def _cell(ref: str, value) -> str:
    """A cell: str is an inline string, bool a truth value, int/float a number, ("f", x) a formula, ("e", x) an error.

    A datetime is an ISO date cell (t="d"), as LibreOffice may write one.
    """
    if isinstance(value, datetime.datetime):
        return f'<c r="{ref}" t="d"><v>{value.isoformat()}</v></c>'
    if isinstance(value, tuple):
        kind, text = value
        return f'<c r="{ref}"><f>{escape(text)}</f></c>' if kind == "f" else f'<c r="{ref}" t="e"><v>{escape(text)}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(rows: list[list], doctype: str = "") -> str:
    """A worksheet holding ``rows`` from A1."""
    body = "".join(
        f'<row r="{r}">' + "".join(_cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row) if v is not None) + "</row>"
        for r, row in enumerate(rows, 1)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{_MAIN}"><sheetData>{body}</sheetData></worksheet>'


def package(sheets: dict[str, str], extra: dict[str, bytes] | None = None) -> bytes:
    """A stored ZIP of a workbook with these sheets (name: worksheet XML), plus any extra members."""
    names = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(sheets, 1))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1)
    )
    parts = {
        "[Content_Types].xml": _content_types(len(sheets)),
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f"<sheets>{names}</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">{rels}</Relationships>',
        **{f"xl/worksheets/sheet{i}.xml": xml for i, xml in enumerate(sheets.values(), 1)},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in {**parts, **(extra or {})}.items():
            archive.writestr(zipfile.ZipInfo(name, _DATE), data)
    return out.getvalue()


def patch_directory(data: bytes, member: str, *, size: int | None = None, flags: int | None = None) -> bytes:
    """``data`` with the central directory entry of ``member`` declaring another unpacked size or flags."""
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(member.encode()) + 1)
    out = bytearray(data)
    if size is not None:
        out[entry + 24 : entry + 28] = struct.pack("<I", size)
    if flags is not None:
        out[entry + 8 : entry + 10] = struct.pack("<H", flags)
    return bytes(out)


def files(document: str, sha: str) -> dict[str, bytes]:
    """The hostile workbooks (and one good one) by name, for spans of ``document``."""
    header = ["document_sha256", "tag", "start", "end", "text"]
    cafe = document.index("café")

    def spans(*rows: list) -> bytes:
        return package({"spans": sheet_xml([header, *rows])})

    laughs = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    ) + "]>"
    good = spans([sha, "place", 0, 4, "Kyiv"], [sha, "place", cafe, cafe + 4, "café"])

    def linked(link: list | None = None, label: list | None = None) -> bytes:
        """Two spans, one link between them and one document label; ``link`` or ``label`` replaces its row."""
        link_header = ["document_sha256", "link_id", "type", "source_span_id", "target_span_id", "source_start",
                       "source_end", "target_start", "target_end"]
        return package({
            "spans": sheet_xml([header + ["span_id"], [sha, "place", 0, 4, "Kyiv", 1], [sha, "place", cafe, cafe + 4, "café", 2]]),
            "links": sheet_xml([link_header, link or [sha, 7, "near", 1, 2, 0, 4, cafe, cafe + 4]]),
            "labels": sheet_xml([["document_sha256", "category", "value"], label or [sha, "desk", "world"]]),
        })
    return {
        # An old .xls, or any workbook with a password: an OLE compound file, not a ZIP.
        "xlsx-ole.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "xlsx-word-package.xlsx": package({}, {"word/document.xml": b"<w:document/>"}),
        "xlsx-bomb.xlsx": patch_directory(good, "xl/worksheets/sheet1.xml", size=3 * 2**30),
        "xlsx-strings-bomb.xlsx": patch_directory(
            package({"spans": sheet_xml([header])}, {"xl/sharedStrings.xml": b"<sst/>"}), "xl/sharedStrings.xml", size=600 * 2**20
        ),
        "xlsx-many-parts.xlsx": package({"spans": sheet_xml([header])}, {f"xl/media/p{i}.bin": b"" for i in range(2001)}),
        "xlsx-encrypted.xlsx": patch_directory(good, "xl/worksheets/sheet1.xml", flags=1),
        "xlsx-wrong-sheet.xlsx": package({"Sheet1": sheet_xml([header, [sha, "place", 0, 4, "Kyiv"]])}),
        "xlsx-missing-columns.xlsx": package({"spans": sheet_xml([header[:3] + ["text"], [sha, "place", 0, "Kyiv"]])}),
        "xlsx-text-offsets.xlsx": spans([sha, "place", "zero", "four", "Kyiv"]),
        "xlsx-float-offsets.xlsx": spans([sha, "place", 0.5, 4, "Kyiv"]),
        "xlsx-bool-offsets.xlsx": spans([sha, "place", False, 4, "Kyiv"]),
        "xlsx-formula-offsets.xlsx": spans([sha, "place", 0, ("f", "2+2"), "Kyiv"]),
        "xlsx-error-cell.xlsx": spans([sha, "place", 0, ("e", "#REF!"), "Kyiv"]),
        "xlsx-entities.xlsx": package({"spans": sheet_xml([header, [sha, "place", 0, 4, "&j;"]], laughs).replace("&amp;j;", "&j;")}),
        # the links and labels sheets: a link to a span the file does not hold, offsets of the wrong kind
        "xlsx-link-to-missing-span.xlsx": linked([sha, 7, "near", 1, 9, 0, 4, 10, 14]),
        "xlsx-link-bool-offset.xlsx": linked([sha, 7, "near", 1, 2, True, 4, cafe, cafe + 4]),
        "xlsx-link-date-offset.xlsx": linked([sha, 7, "near", 1, 2, 0, 4, datetime.datetime(2024, 5, 1), cafe + 4]),
        "xlsx-link-formula-offset.xlsx": linked([sha, 7, "near", 1, 2, 0, ("f", "2+2"), cafe, cafe + 4]),
        "xlsx-label-error-value.xlsx": linked(label=[sha, "desk", ("e", "#N/A")]),
        "ok-xlsx-named.dat": good,
        "ok-xlsx-links.xlsx": linked(),
    }
