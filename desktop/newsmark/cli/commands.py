"""The commands that live in modules of their own under ``newsmark.cli``: each module's ``register(commands)`` adds its parser."""

from __future__ import annotations

import argparse
from importlib import import_module

# One line per command: its name is the module's name (newsmark.cli.<name>), imported only when the
# parser is built, so a command's heavy imports go inside its run function.
COMMAND_MODULES: tuple[str, ...] = (
    "suggest",
    "evaluate",
    "curate",
    "agreement",
    "report",
    "split",
    "status",
)


def register_all(commands: argparse._SubParsersAction) -> None:
    """Add every command module's parser to ``commands``."""
    for name in COMMAND_MODULES:
        import_module(f"newsmark.cli.{name}").register(commands)
