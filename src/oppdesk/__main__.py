"""``python -m oppdesk`` and the ``oppdesk`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from oppdesk.cli import main as cli_main  # noqa: PLC0415

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
