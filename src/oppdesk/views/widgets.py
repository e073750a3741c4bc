"""Small helpers every view uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    """Give ``obj`` its stable objectName (listed in docs/automation.md) and return it."""
    obj.setObjectName(name)
    return obj


def show_field_errors(
    errors: Mapping[str, str],
    labels: Mapping[str, QLabel],
    fields: Mapping[str, QWidget],
    general: QLabel,
) -> None:
    """Show each error under its field and the others in ``general``; focus the first field
    in error. Every form with per-field messages uses this."""
    for field, label in labels.items():
        label.setText(errors.get(field, ""))
        label.setVisible(field in errors)
    unplaced = [text for field, text in errors.items() if field not in labels]
    general.setText("\n".join(unplaced))
    general.setVisible(bool(unplaced))
    first = next((f for f in labels if f in errors and f in fields), None)
    if first is not None:
        fields[first].setFocus()
