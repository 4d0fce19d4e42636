"""Run Newsmark with ``python -m newsmark``."""

import sys

from newsmark.cli import main

sys.exit(main())
