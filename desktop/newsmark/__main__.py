"""Run Newsmark with ``python -m newsmark``."""

import sys

from newsmark.cli import main

# Guarded: a child process the suggesters start imports this module again (``core.suggest.sidebyside``).
if __name__ == "__main__":
    sys.exit(main())
