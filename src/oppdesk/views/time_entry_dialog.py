"""Déclarer des heures: a day, a duration (h:mm) and what was done, with errors next to the
fields. Enregistrer (Ctrl+S) saves; Esc closes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import spawn
from oppdesk.services import FieldError, UserError, ValidationError, log_time
from oppdesk.services.time_tracking import TimeEntryInfo
from oppdesk.views.durations import format_minutes, parse_duration
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.widgets import named

FIELDS = ("work_date", "minutes", "description")


class TimeEntryDialog(QDialog):
    saved = Signal(object)  # TimeEntryInfo

    def __init__(
        self, runner: DbRunner, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeEntryDialog")
        self.setWindowTitle(self.tr("Log time"))
        self.setWindowIcon(icon("time"))
        self._runner = runner
        self._opportunity_id = opportunity_id
        self._build_ui()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_buttons_accepted)

    def _make_fields(self) -> None:
        self.work_date = named(QDateEdit(self), "timeDateEdit")
        self.work_date.setCalendarPopup(True)
        self.work_date.setMaximumDate(QDate.currentDate())
        self.work_date.setDate(QDate.currentDate())
        self.duration = named(QLineEdit(self), "timeDurationEdit")
        self.duration.setPlaceholderText(self.tr("h:mm, e.g. 1:30"))
        self.duration.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.duration.setMaximumWidth(120)
        self.description = named(QPlainTextEdit(self), "timeDescriptionEdit")
        self.description.setPlaceholderText(self.tr("What was done"))
        self.description.setMaximumHeight(90)

    def _build_ui(self) -> None:
        self._make_fields()
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, label, widget in (
            ("work_date", self.tr("Date"), self.work_date),
            ("minutes", self.tr("Duration"), self.duration),
            ("description", self.tr("Description"), self.description),
        ):
            error = named(QLabel(self), f"timeError_{field}")
            error.setStyleSheet("color: #C62828;")
            error.setWordWrap(True)
            error.setVisible(False)
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        self.general_error = named(QLabel(self), "timeError")
        self.general_error.setStyleSheet("color: #C62828;")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = named(
            self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole),
            "timeSaveButton",
        )
        self.save_button.setDefault(True)
        named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "timeCancelButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(420, 260)
        self.duration.setFocus()

    def _on_buttons_accepted(self) -> None:
        spawn(self.save(), name="time-entry-save")

    async def save(self) -> TimeEntryInfo | None:
        minutes = parse_duration(self.duration.text())
        if minutes is None:
            code = "required" if not self.duration.text().strip() else "format"
            self._show_errors({"minutes": self._text("minutes", FieldError(code, ""))})
            return None
        d = self.work_date.date()
        self.save_button.setEnabled(False)
        self._show_errors({})
        try:
            entry = await self._runner.call(
                log_time,
                self._opportunity_id,
                work_date=date(d.year(), d.month(), d.day()),
                minutes=minutes,
                description=self.description.toPlainText(),
            )
        except ValidationError as exc:
            self._show_errors({f: self._text(f, e) for f, e in exc.errors.items()})
            return None
        except UserError as exc:
            self._show_errors({"": user_error_text(exc)})
            return None
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(entry)
        self.accept()
        return entry

    def _text(self, field: str, error: FieldError) -> str:
        if error.code == "format":
            return self.tr("Enter a duration such as 1:30 (hours:minutes).")
        if error.code == "day_full":
            logged = format_minutes(int(error.params.get("logged", 0)))
            return self.tr("More than 24 hours on that day (%1 already logged).").replace(
                "%1", logged
            )
        if error.code == "range" and field == "minutes":
            return self.tr("Between 0:01 and 24:00.")
        if error.code == "range" and field == "work_date":
            return self.tr("Choose a day between 1 January 2000 and today.")
        return field_error_text(error)

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        unplaced = [text for field, text in errors.items() if field not in self.errors]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
