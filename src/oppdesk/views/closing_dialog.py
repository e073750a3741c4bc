"""Closing an opportunity (won, lost, cancelled, closed) asks for the closing date, and for
a lost one the reason — picked from the workspace's list or typed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import FieldError, UserError, ValidationError
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.widgets import named, show_field_errors

CLOSED_STATUSES = ("won", "lost", "cancelled", "closed")
ERROR_STYLE = "color: #C62828;"


def closing_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What is missing to close with ``values``: a lost opportunity needs a reason."""
    if values.get("status") == "lost" and not str(values.get("closed_reason") or "").strip():
        return {"closed_reason": field_error_text(FieldError("required", "is required"))}
    return {}


def fill_reasons(combo: QComboBox, reasons: Sequence[str], current: str | None) -> None:
    """An editable combo with the workspace's loss reasons, showing ``current`` (or empty)."""
    combo.clear()
    combo.addItems(list(reasons))
    combo.setCurrentIndex(-1)
    combo.setEditText(current or "")


class ClosingDialog(QDialog):
    """``submit(values)`` saves ``{"status", "closed_at", "closed_reason"}`` and returns True
    when the dialog may close (saved, or the user chose to reload after a conflict)."""

    def __init__(
        self,
        status: str,
        reasons: Sequence[str],
        submit: Callable[[dict[str, Any]], Awaitable[bool]],
        *,
        closed_at: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self.status = status
        self._submit = submit
        titles = {
            "won": self.tr("Mark the opportunity as won"),
            "lost": self.tr("Mark the opportunity as lost"),
            "cancelled": self.tr("Cancel the opportunity"),
            "closed": self.tr("Close the opportunity"),
        }
        self.setWindowTitle(titles.get(status, titles["closed"]))
        self._build_ui(reasons, closed_at or date.today())
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_buttons_accepted)

    def _make_fields(self, reasons: Sequence[str], closed_at: date) -> None:
        self.closed_at = named(QDateEdit(self), "closingDateEdit")
        self.closed_at.setCalendarPopup(True)
        self.closed_at.setDate(QDate(closed_at.year, closed_at.month, closed_at.day))
        self.reason = named(QComboBox(self), "closingReasonCombo")
        self.reason.setEditable(True)
        self.reason.setMinimumWidth(260)
        fill_reasons(self.reason, reasons, None)
        if line := self.reason.lineEdit():
            line.setPlaceholderText(self.tr("Choose or type a reason"))

    def _build_ui(self, reasons: Sequence[str], closed_at: date) -> None:
        self._make_fields(reasons, closed_at)
        self.errors = {
            field: named(QLabel(self), f"closingError_{field}")
            for field in ("closed_at", "closed_reason")
        }
        form = QFormLayout()
        for field, label, widget in (
            ("closed_at", self.tr("Closing date"), self.closed_at),
            ("closed_reason", self.tr("Reason for loss"), self.reason),
        ):
            if field == "closed_reason" and self.status != "lost":
                widget.setVisible(False)
                continue
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors[field])
            form.addRow(label, box)
        self.general_error = named(QLabel(self), "closingError")
        for error in (*self.errors.values(), self.general_error):
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), "closingOkButton"
        )
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "closingCancelButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        d = self.closed_at.date()
        reason = self.reason.currentText().strip() if self.status == "lost" else ""
        return {
            "status": self.status,
            "closed_at": date(d.year(), d.month(), d.day()),
            "closed_reason": reason or None,
        }

    def _on_buttons_accepted(self) -> None:
        spawn(self.save(), name="closing-save")

    async def save(self) -> bool:
        values = self.values()
        errors = closing_errors(values)
        self._show_errors(errors)
        if errors:
            return False
        self.ok_button.setEnabled(False)
        try:
            done = await self._submit(values)
        except ValidationError as exc:
            self._show_errors({f: field_error_text(e) for f, e in exc.errors.items()})
            return False
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return False
        finally:
            self.ok_button.setEnabled(True)
        if done:
            self.accept()
        return done

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        show_field_errors(errors, self.errors, {"closed_reason": self.reason}, self.general_error)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(True)
