"""oppdesk — a desktop CRM for sales opportunities."""

import os
from importlib.metadata import PackageNotFoundError, version

# qasync binds to the first Qt binding it finds, trying PyQt5 first: pin it to ours, so
# having another binding installed can never make it drive the wrong Qt.
os.environ.setdefault("QT_API", "pyside6")

try:
    __version__ = version("oppdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
