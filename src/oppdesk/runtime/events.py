"""App-wide change notifications, so every open list and record refreshes after a write."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    opportunity_saved = Signal(object)  # uuid.UUID
    opportunity_deleted = Signal(object)  # uuid.UUID
    company_saved = Signal(object)  # uuid.UUID
    contact_saved = Signal(object)  # uuid.UUID
