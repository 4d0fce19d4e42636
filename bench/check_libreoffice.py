"""By hand: LibreOffice reads Newsmark's xlsx as typed text, with nothing run as a formula.

Needs LibreOffice (`apt-get install libreoffice-calc-nogui`); not part of the test suite, which
must not depend on a 400 MB office suite. Exports a project whose spans start like formulas and
hold emoji, accents and line breaks, converts the workbook to UTF-8 CSV with LibreOffice headless,
and compares every span's text cell with the stored text. Prints one line per check; exits 1 on a mismatch.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from newsmark.core.formats import registry
from newsmark.core.storage import Project

TEXT = "Seoul said =11,000 troops.\nNot true, said @Kremlin: -5% +3 #N/A\n'=quoted end 👨‍👩‍👧 café Zürich =HYPERLINK(\"x\")"
PIECES = ("=11,000", "@Kremlin", "-5%", "+3", "#N/A", "'=quoted", "👨‍👩‍👧 café", '=HYPERLINK("x")')


def main() -> int:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        print("LibreOffice is not installed: apt-get install libreoffice-calc-nogui")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with Project.open(tmp / "p.newsmark", create=True) as project:
            doc, _ = project.add_document("Seoul and Moscow", TEXT)
            for piece in PIECES:
                at = TEXT.index(piece)
                project.add_span(doc.id, 1, at, at + len(piece))
            registry.export(project, "xlsx", tmp / "set.xlsx")
        # 44,34,76: comma, double quote, UTF-8 (LibreOffice's CSV filter options).
        subprocess.run(
            [office, "--headless", f"-env:UserInstallation=file://{tmp}/lo", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp / "out"), str(tmp / "set.xlsx")],
            check=True, capture_output=True, timeout=300,
        )
        rows = list(csv.DictReader((tmp / "out" / "set.csv").open(encoding="utf-8", newline="")))
    texts = sorted(r["text"] for r in rows)
    expected = sorted(PIECES)
    for got, want in zip(texts, expected):
        print(f"{'ok ' if got == want else 'BAD'} {want!r} read back as {got!r}")
    same = texts == expected
    print(f"LibreOffice read {len(texts)} span texts as text: {'all exact' if same else 'MISMATCH'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
