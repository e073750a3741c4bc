"""Saved filters ("vues") per user: a name for the current search and filters, one click
to get them back. Stored in the user's settings, next to the list's column layout."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QToolButton, QWidget

from oppdesk.views.icons import icon
from oppdesk.views.widgets import named


class SavedViewsWidget(QWidget):
    view_chosen = Signal(dict)  # {"search": str, "filters": {...}}

    def __init__(self, settings: QSettings, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._key = key
        self.combo = named(QComboBox(self), "savedViewsCombo")
        self.combo.setPlaceholderText(self.tr("Saved views"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip(self.tr("Saved views: a search and filters under a name"))
        self.save_button = named(QToolButton(self), "saveViewButton")
        self.save_button.setIcon(icon("save"))
        self.save_button.setToolTip(self.tr("Save the current search and filters as a view"))
        self.delete_button = named(QToolButton(self), "deleteViewButton")
        self.delete_button.setIcon(icon("delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected view"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self.combo.activated.connect(self._on_combo_activated)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self._fill()

    def views(self) -> dict[str, dict[str, Any]]:
        raw = self._settings.value(self._key, "{}")
        try:
            data = json.loads(raw if isinstance(raw, str) else "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_view(self, name: str, view: dict[str, Any]) -> None:
        name = name.strip()
        if not name:
            return
        views = self.views()
        views[name] = view
        self._settings.setValue(self._key, json.dumps(views, ensure_ascii=False))
        self._fill()
        self.combo.setCurrentText(name)

    def ask_name(self, view: dict[str, Any]) -> QInputDialog:
        """Ask a name without blocking (``open()``); the view is saved on OK."""
        dialog = named(QInputDialog(self), "saveViewDialog")
        dialog.setWindowTitle(self.tr("Save the view"))
        dialog.setLabelText(self.tr("Name of the view:"))
        dialog.setTextValue(self.combo.currentText())
        dialog.textValueSelected.connect(lambda name: self.save_view(name, view))
        dialog.open()
        return dialog

    def _fill(self) -> None:
        current = self.combo.currentText()
        self.combo.clear()
        self.combo.addItems(sorted(self.views(), key=str.casefold))
        self.combo.setCurrentIndex(self.combo.findText(current))
        self.delete_button.setEnabled(self.combo.count() > 0)

    def _on_combo_activated(self, index: int) -> None:
        view = self.views().get(self.combo.itemText(index))
        if view is not None:
            self.view_chosen.emit(view)

    def _on_delete_clicked(self) -> None:
        views = self.views()
        views.pop(self.combo.currentText(), None)
        self._settings.setValue(self._key, json.dumps(views, ensure_ascii=False))
        self.combo.setCurrentIndex(-1)
        self._fill()
