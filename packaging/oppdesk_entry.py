"""PyInstaller entry script (PyInstaller needs a file path, not a console-script name)."""

from oppdesk.cli import main

raise SystemExit(main())
