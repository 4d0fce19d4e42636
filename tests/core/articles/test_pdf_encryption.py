"""Encrypted PDFs: those that open without a password are read, AES ones included; the rest are refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsmark.core.articles import read_article

DATA = Path(__file__).resolve().parents[2] / "data"
WILD = Path(__file__).resolve().parent / "wild"
DESKTOP = Path(__file__).resolve().parents[3] / "desktop"


def test_an_aes_encrypted_pdf_with_an_empty_user_password_is_read_like_the_plain_one():
    aes = read_article(WILD / "grain-exports-aes.pdf")
    plain = read_article(DATA / "grain-exports.pdf")
    assert aes.text == plain.text and "Argentina's grain exports fell 18 percent" in " ".join(aes.text.split())
    assert (aes.title, aes.author, aes.published) == (plain.title, plain.author, plain.published)


def test_without_the_cryptography_package_an_aes_pdf_gets_one_line_naming_it_not_password_protected():
    # A subprocess, so that blocking the import cannot leak into the other tests.
    script = (
        "import sys; sys.modules['cryptography'] = None; sys.modules['Crypto'] = None\n"
        "from newsmark.core.articles import read_article\n"
        "from newsmark.core.errors import DocumentImportError\n"
        "try:\n    read_article(sys.argv[1])\n"
        "except DocumentImportError as e:\n    print(e)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(WILD / "grain-exports-aes.pdf")],
        capture_output=True, text=True, env={"PYTHONPATH": str(DESKTOP)}, check=True,
    )
    assert run.stderr == ""
    assert run.stdout.startswith("Reading PDF files encrypted with AES needs the Python package cryptography, which is not installed")
    assert '"pip install cryptography"' in run.stdout and "password" not in run.stdout
