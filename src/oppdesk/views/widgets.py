"""Small helpers every view uses."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    """Give ``obj`` its stable objectName (listed in docs/automation.md) and return it."""
    obj.setObjectName(name)
    return obj
