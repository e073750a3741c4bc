"""oppdesk — a desktop CRM for sales opportunities."""

import os

__version__ = "0.1.0"

# qasync binds to the first Qt binding it finds, trying PyQt5 first: pin it to ours, so
# having another binding installed can never make it drive the wrong Qt.
os.environ.setdefault("QT_API", "pyside6")
