"""Caps on what reading a workbook may unpack, checked on the ZIP's own directory before openpyxl reads a byte of XML.

zipfile never gives more of a member than its directory entry declares (a longer stream fails its
CRC check), so the declared sizes bound what openpyxl can unpack: checking them first is enough.
"""

from __future__ import annotations

import os
import zipfile
from typing import BinaryIO

from newsmark.core.errors import NewsmarkError

# A workbook has a dozen parts, a few hundred with many sheets and pictures; more is a crafted file.
MAX_MEMBERS = 2_000
# All parts together. Newsmark's own workbook unpacks to about 1 KB a span, so a million spans fit.
MAX_UNPACKED = 2 * 2**30
# Each part that openpyxl reads whole into memory (every part but a sheet, which it streams):
# the shared strings of a workbook saved by Excel or LibreOffice hold all of its text.
MAX_WHOLE_PART = 512 * 2**20
_END_OF_DIRECTORY = b"PK\x05\x06"
_TAIL = 22 + 0xFFFF  # the end-of-directory record and the longest comment after it
_ENCRYPTED = 0x1
_LOCAL_HEADER = b"PK\x03\x04"


def looks_like_xlsx(prefix: bytes) -> bool:
    """A ZIP whose first bytes show a member under ``xl/`` (an Excel package; a Word file has ``word/``)."""
    if not prefix.startswith(_LOCAL_HEADER):
        return False
    at = 0
    while (at := prefix.find(_LOCAL_HEADER, at)) >= 0 and at + 30 <= len(prefix):
        length = int.from_bytes(prefix[at + 26 : at + 28], "little")
        if prefix[at + 30 : at + 30 + length].startswith(b"xl/"):
            return True
        at += 4
    return False


def check_package(source: BinaryIO, name: str) -> None:
    """Refuse a workbook file whose directory lists too many parts, or parts that unpack past the caps."""
    size = source.seek(0, os.SEEK_END)
    source.seek(max(0, size - _TAIL))
    tail = source.read()
    found = tail.rfind(_END_OF_DIRECTORY)
    if found < 0 or len(tail) < found + 22:
        raise NewsmarkError(
            f"{name} is not an Excel workbook (.xlsx): it is not a ZIP package; an old .xls or a workbook with a "
            "password is not read: save it from the spreadsheet as .xlsx without a password"
        )
    if int.from_bytes(tail[found + 10 : found + 12], "little") > MAX_MEMBERS:  # before zipfile reads every entry
        raise _too_many(name)
    source.seek(0)
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as e:
        raise NewsmarkError(f"{name} is not a readable Excel workbook (.xlsx): {' '.join(str(e).split())}") from None
    if len(members) > MAX_MEMBERS:
        raise _too_many(name)
    if any(m.flag_bits & _ENCRYPTED for m in members):
        raise NewsmarkError(f"{name} has encrypted parts; save it from the spreadsheet without a password and try again")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise NewsmarkError(
            f"{name} unpacks to {_mb(total)}, more than the {_mb(MAX_UNPACKED)} Newsmark reads from one workbook; "
            "split the set or export it as CSV"
        )
    whole = [m for m in members if not m.filename.startswith("xl/worksheets/") and m.file_size > MAX_WHOLE_PART]
    if whole:
        raise NewsmarkError(
            f"{name}: its part {whole[0].filename} unpacks to {_mb(whole[0].file_size)}, more than the "
            f"{_mb(MAX_WHOLE_PART)} Newsmark reads at once; split the set or export it as CSV"
        )


def _too_many(name: str) -> NewsmarkError:
    return NewsmarkError(f"{name} holds more than {MAX_MEMBERS:,} parts, more than any workbook Newsmark reads")


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"
