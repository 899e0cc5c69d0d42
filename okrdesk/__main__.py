"""Entry point: ``okrdesk`` and ``python -m okrdesk``."""

import sys

from okrdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
