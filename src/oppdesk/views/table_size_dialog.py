"""Insert a table: how many rows and columns (a small window-modal dialog, opened with
``open()``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from oppdesk.views.widgets import named


class TableSizeDialog(QDialog):
    chosen = Signal(int, int)  # rows, columns

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableSizeDialog")
        self.setWindowTitle(self.tr("Insert a table"))
        self.rows = named(QSpinBox(self), "tableRowsSpin")
        self.rows.setRange(1, 100)
        self.rows.setValue(3)
        self.columns = named(QSpinBox(self), "tableColumnsSpin")
        self.columns.setRange(1, 20)
        self.columns.setValue(3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.chosen.emit(self.rows.value(), self.columns.value()))
        self.finished.connect(self.deleteLater)
