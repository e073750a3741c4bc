"""The Activité forms' common frame — fields with their error under them, Save (Ctrl+S),
Esc to close — and the two simplest forms: Commenter and Ajouter un appel."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import ActivityInfo, FieldError, UserError, ValidationError, add_comment
from oppdesk.services import log_call as log_call_service
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.widgets import named, show_field_errors

ERROR_STYLE = "color: #C62828;"


def activity_error_text(error: FieldError) -> str:
    """A field error of the activity services, in the user's language."""

    extra = {
        "future": QCoreApplication.translate("ActivityFormDialog", "Must not be in the future."),
        "before_start": QCoreApplication.translate(
            "ActivityFormDialog", "Must be after the start."
        ),
    }
    return extra.get(error.code) or field_error_text(error)


def to_aware(value: QDateTime) -> datetime:
    """A ``QDateTimeEdit`` value (local time) as an aware ``datetime``."""
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.astimezone()


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)


def datetime_edit(parent: QWidget, name: str, value: datetime) -> QDateTimeEdit:
    edit = named(QDateTimeEdit(to_qdatetime(value), parent), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(edit.displayFormat().replace(":ss", ""))
    return edit


def next_hour(now: datetime | None = None) -> datetime:
    moment = (now or datetime.now().astimezone()).replace(minute=0, second=0, microsecond=0)
    return moment + timedelta(hours=1)


class ActivityFormDialog(QDialog):
    """Subclasses add their rows in ``_build_fields`` and save in ``submit``."""

    saved = Signal(object)  # ActivityInfo

    def __init__(
        self, ctx: AppContext, detail: OpportunityDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_fields()
        self.general_error = named(QLabel(self), "formError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self._add_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        self.resize(560, 420)

    def _build_fields(self) -> None:
        raise NotImplementedError

    def _add_buttons(self) -> None:
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.save_button: QPushButton = named(
            self.buttons.addButton(self.tr("Save"), role), "saveButton"
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        error = named(QLabel(self), f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        self._errors[field] = error
        self._fields[field] = widget

    def error_text(self, field: str) -> str:
        """What the form shows under ``field`` ("" when nothing)."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    async def load(self) -> None:
        """Fill pickers (contacts, users); the simple forms have none."""

    def _on_save_clicked(self) -> None:
        spawn(self.save(), name="activity-form-save")

    async def save(self) -> ActivityInfo | None:
        self._set_busy(True)
        self.show_errors({})
        try:
            info = await self.submit()
        except ValidationError as exc:
            self.show_errors({f: activity_error_text(e) for f, e in exc.errors.items()})
            return None
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return None
        finally:
            self._set_busy(False)
        self.saved.emit(info)
        self.accept()
        return info

    async def submit(self) -> ActivityInfo:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons.buttons():
            button.setEnabled(not busy)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(errors, self._errors, self._fields, self.general_error)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(True)


class CommentFormDialog(ActivityFormDialog):
    def _build_fields(self) -> None:
        self.setObjectName("commentFormDialog")
        self.setWindowTitle(self.tr("Comment"))
        self.body = named(QPlainTextEdit(self), "commentBodyEdit")
        self.body.setPlaceholderText(self.tr("Write a comment…"))
        self.add_row("body", self.tr("Comment"), self.body)
        self.body.setFocus()

    async def submit(self) -> ActivityInfo:
        return await self.ctx.runner.call(add_comment, self.detail.id, self.body.toPlainText())


class CallFormDialog(ActivityFormDialog):
    def _build_fields(self) -> None:
        self.setObjectName("callFormDialog")
        self.setWindowTitle(self.tr("Log a call"))
        self.direction = named(QComboBox(self), "callDirectionCombo")
        self.direction.addItem(self.tr("Outgoing call"), "out")
        self.direction.addItem(self.tr("Incoming call"), "in")
        self.occurred_at = datetime_edit(self, "callTimeEdit", datetime.now().astimezone())
        self.duration = named(QSpinBox(self), "callDurationSpin")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.outcome = named(QComboBox(self), "callOutcomeCombo")
        self.outcome.setEditable(True)
        self.outcome.addItems(
            [
                "",
                self.tr("Reached"),
                self.tr("Voicemail"),
                self.tr("No answer"),
                self.tr("Call back"),
            ]
        )
        self.notes = named(QPlainTextEdit(self), "callNotesEdit")
        self.add_row("direction", self.tr("Direction"), self.direction)
        self.add_row("occurred_at", self.tr("Date and time"), self.occurred_at)
        self.add_row("duration_seconds", self.tr("Duration"), self.duration)
        self.add_row("outcome", self.tr("Outcome"), self.outcome)
        self.add_row("notes", self.tr("Notes"), self.notes)
        self._opened_at = self.occurred_at.dateTime()

    async def submit(self) -> ActivityInfo:
        moment = self.occurred_at.dateTime()
        # Untouched: "now" as the service sees it (the form shows minutes only)
        occurred_at = None if moment == self._opened_at else to_aware(moment)
        return await self.ctx.runner.call(
            log_call_service,
            self.detail.id,
            direction=self.direction.currentData(),
            duration_seconds=self.duration.value() * 60,
            outcome=self.outcome.currentText(),
            notes=self.notes.toPlainText(),
            occurred_at=occurred_at,
        )
