"""Write the hostile article files ``newsmark add`` is tried on (tests/cli/test_add_hostile.py); run once, commit them.

Run from the checkout: ``python tests/hostile_articles/make_hostile.py``; the files go beside it. Files that git cannot
hold (pipes, sockets, link loops, names that are not UTF-8) are made by the test itself.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent
HERE = OUT.parent / "data"  # the good articles some hostile ones are made from
MB = 2**20


def docx_with(extra: dict[str, bytes] | None = None, *, replace: dict[str, bytes] | None = None, media_mb: int = 0) -> bytes:
    """port-strike.docx rebuilt: parts replaced, parts added, and optionally a picture of ``media_mb`` MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(HERE / "port-strike.docx") as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = (replace or {}).get(info.filename, source.read(info))
            if media_mb and info.filename == "[Content_Types].xml":
                data = data.replace(b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1)
            if media_mb and info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdHuge" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/image" Target="media/huge.png"/>'
                                    b"</Relationships>")
            copy.writestr(_member(info.filename), data, compresslevel=9)
        for name, data in (extra or {}).items():
            copy.writestr(_member(name), data, compresslevel=9)
        if media_mb:
            info = zipfile.ZipInfo("word/media/huge.png")
            info.compress_type = zipfile.ZIP_DEFLATED
            with copy.open(info, "w", force_zip64=True) as picture:
                for _ in range(media_mb):
                    picture.write(bytes(MB))
    return out.getvalue()


def pdf_with_stream(raw: bytes) -> bytes:
    """A one-page PDF whose content stream is ``raw``, Flate-compressed as it is."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def flate_of_spaces(megabytes: int) -> bytes:
    """``megabytes`` MB of spaces, deflated (about 1 KB per MB)."""
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(b" " * MB) for _ in range(megabytes)) + packer.flush()


def encrypted_member(data: bytes, member: str) -> bytes:
    """The ZIP ``data`` with ``member`` flagged as encrypted (bit 0) in its local and central headers."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    patched = bytearray(data)
    patched[info.header_offset + 6] |= 1
    central = patched.find(b"PK\x01\x02")
    while central >= 0:
        name_length = int.from_bytes(patched[central + 28 : central + 30], "little")
        if patched[central + 46 : central + 46 + name_length] == member.encode():
            patched[central + 8] |= 1
            break
        central = patched.find(b"PK\x01\x02", central + 1)
    return bytes(patched)


def lying_size(data: bytes, member: str, size: int) -> bytes:
    """The ZIP ``data`` with ``member``'s central-directory size set to ``size`` (a header that lies)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    patched = bytearray(data)
    start = patched.find(b"PK\x01\x02")
    for info in infos:
        name_length, extra, comment = (int.from_bytes(patched[start + k : start + k + 2], "little") for k in (28, 30, 32))
        if info.filename == member:
            patched[start + 24 : start + 28] = size.to_bytes(4, "little")
        start += 46 + name_length + extra + comment
    return bytes(patched)


def files() -> dict[str, bytes]:
    """Every hostile file by name."""
    docx = (HERE / "port-strike.docx").read_bytes()
    pdf = (HERE / "grain-exports.pdf").read_bytes()
    with zipfile.ZipFile(HERE / "port-strike.docx") as source:
        document_xml = source.read("word/document.xml")
    padded = document_xml.replace(b"<w:body>", b"<w:body>" + b" " * (40 * MB), 1)
    line = ("The port strike goes on and the talks go nowhere, said the union. " * 3000).encode()
    return {
        # PDFs
        "truncated.pdf": pdf[: len(pdf) * 3 // 5],
        "not-a-pdf.pdf": b"<html><body><p>A web page saved with the wrong name.</p></body></html>\n",
        "empty.pdf": b"",
        "flate-bomb.pdf": pdf_with_stream(flate_of_spaces(80)),  # 80 KB unpacking to 80 MB
        # Word documents
        "empty.docx": b"",
        "not-a-zip.docx": b"Plain words, saved with the wrong name.\n",
        "not-word.docx": _zip({"notes.txt": b"a ZIP archive that is not a Word document"}),
        "xml-bomb.docx": docx_with(replace={"word/document.xml": padded}),  # 40 MB of markup in 50 KB
        "picture-bomb.docx": docx_with(media_mb=64),  # reads fine: the 64 MB picture is never unpacked
        "encrypted-part.docx": encrypted_member(docx, "word/document.xml"),
        "lying-size.docx": lying_size(docx, "word/document.xml", 100),
        # Text
        "empty.txt": b"",
        "bom-only.txt": b"\xef\xbb\xbf",
        "blank.md": b" \n\t\n   \r\n",
        "nul.txt": b"Words\x00with\x00NUL\x00bytes\x00between\x00them\n" * 20,
        "controls.txt": bytes(range(1, 9)) * 200,
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "bad-utf8-bom.txt": b"\xef\xbb\xbfStarts as UTF-8 \xff\xfe\xfd then is not.\n",
        "odd-utf16.txt": b"\xff\xfe" + "Half a character:".encode("utf-16-le") + b"\x41",
        "latin1.txt": "Café crème à Orléans coûte plus cher.\n".encode("cp1252"),  # reads fine (detected)
        "bom.txt": b"\xef\xbb\xbfA headline after a BOM\n\nBody.\n",  # reads fine, BOM removed
        "huge-line.txt": line,  # 200 KB on one line: reads fine, title cut at 200 characters
        # Web pages
        "empty.html": b"",
        "deep.html": b"<html><body>" + b"<div>" * 5000 + b"<p>Deep.</p>" + b"</div>" * 5000 + b"</body></html>",
    }


def _member(name: str) -> zipfile.ZipInfo:
    """A deflated member with a fixed date, so every run writes the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 9, 15, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(_member(name), data)
    return out.getvalue()


def main() -> None:
    for name, data in files().items():
        (OUT / name).write_bytes(data)
        print(f"{len(data):>8}  {name}")


if __name__ == "__main__":
    main()
