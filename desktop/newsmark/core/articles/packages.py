"""The one-line error for an article reader whose Python package is missing from the installation."""

from __future__ import annotations

from newsmark.core.errors import DocumentImportError

# Import names whose package on PyPI is called something else.
_PACKAGE_OF = {"docx": "python-docx", "Crypto": "pycryptodome"}


def missing_package(what: str, exc: ImportError) -> DocumentImportError:
    """The error for reading ``what`` ("web pages") when an import failed with ``exc``.

    An older pip (23.2, the one Python 3.11 ships) can leave out a package that another one asks for
    by an extra, so the message names the package and the command that brings it.
    """
    package = package_name(exc)
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    needed = f"the Python package {package}, which" if package else "a Python package that"
    install = f"pip install {package}" if package else "pip install --upgrade pip, then reinstall Newsmark"
    return DocumentImportError(
        f'Reading {what} needs {needed} is not installed ({reason}); run "{install}" '
        "in the environment Newsmark is installed in, then try again."
    )


def package_name(exc: ImportError) -> str:
    """The PyPI name of the package whose import failed, or "" when the error does not say."""
    if "lxml_html_clean" in str(exc):  # lxml.html.clean says so only in its message, with no module name
        return "lxml_html_clean"
    top = (exc.name or "").split(".")[0]
    return _PACKAGE_OF.get(top, top)
