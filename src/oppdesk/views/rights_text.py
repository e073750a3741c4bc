"""Greying out what the privilege profile forbids, always with the same explanation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def forbidden_text() -> str:
    return QCoreApplication.translate(
        "Rights",
        "Your privilege profile does not allow this; ask an administrator to change your "
        "privilege profile.",
    )


def allow(target: QWidget | QAction, allowed: bool, tooltip: str = "") -> None:
    """Enable ``target`` or disable it with the privilege explanation as its tooltip
    (``tooltip`` is what it says when allowed)."""
    target.setEnabled(allowed)
    target.setToolTip(tooltip if allowed else forbidden_text())
