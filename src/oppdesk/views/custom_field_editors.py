"""One editor per custom field type, with a common get/set interface."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from oppdesk.services.dto import CustomFieldDef
from oppdesk.views.i18n import parse_amount

NO_DATE = QDate(1900, 1, 1)


class CustomFieldEditor:
    """Wraps the widget for one field; ``value()`` returns what the service expects."""

    def __init__(self, definition: CustomFieldDef, parent: QWidget) -> None:
        self.definition = definition
        self.widget = self._make(parent)
        self.widget.setObjectName(f"customField_{definition.code}")

    def _make(self, parent: QWidget) -> QWidget:
        t = self.definition.field_type
        if t == "long_text":
            widget: QWidget = QPlainTextEdit(parent)
            widget.setMaximumHeight(80)
        elif t == "boolean":
            widget = QCheckBox(parent)
        elif t == "date":
            widget = QDateEdit(parent)
            widget.setCalendarPopup(True)
            widget.setMinimumDate(NO_DATE)
            widget.setSpecialValueText(" ")
            widget.setDate(NO_DATE)
        elif t == "single_choice":
            widget = QComboBox(parent)
            widget.addItem("", None)
            for choice in self.definition.choices:
                widget.addItem(choice, choice)
        elif t == "multiple_choice":
            widget = QListWidget(parent)
            widget.setMaximumHeight(90)
            for choice in self.definition.choices:
                item = QListWidgetItem(choice, widget)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        else:
            widget = QLineEdit(parent)
            placeholders = {"url": "https://", "email": "nom@exemple.fr", "number": "0"}
            widget.setPlaceholderText(placeholders.get(t, ""))
        return widget

    def value(self) -> Any:
        w = self.widget
        t = self.definition.field_type
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QDateEdit):
            d = w.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day())
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QListWidget):
            return [
                w.item(i).text()
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
        text = w.text().strip() if isinstance(w, QLineEdit) else ""
        if t == "amount" and text:
            return parse_amount(text) or text  # an unparsable text gets the service's message
        return text

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QListWidget):
            chosen = set(value or [])
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked
                )
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else _text(value))


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)
