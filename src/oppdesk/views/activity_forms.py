"""Programmer une tâche and Créer un événement."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from oppdesk.services import (
    ActivityInfo,
    UserError,
    create_event,
    list_contacts,
    list_users,
    schedule_task,
)
from oppdesk.views.activity_form_dialog import (
    ActivityFormDialog,
    datetime_edit,
    next_hour,
    to_aware,
)
from oppdesk.views.combo_data import index_of
from oppdesk.views.error_text import user_error_text
from oppdesk.views.recipients_edit_widget import RecipientsEditWidget
from oppdesk.views.widgets import named


class TaskFormDialog(ActivityFormDialog):
    def _build_fields(self) -> None:
        self.setObjectName("taskFormDialog")
        self.setWindowTitle(self.tr("Schedule a task"))
        self.title_edit = named(QLineEdit(self), "taskTitleEdit")
        tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
        self.due_at = datetime_edit(self, "taskDueEdit", tomorrow)
        self.assignee = named(QComboBox(self), "taskAssigneeCombo")
        self.assignee.addItem(self.ctx.me.display_name, self.ctx.me.id)
        self.notes = named(QPlainTextEdit(self), "taskNotesEdit")
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("due_at", self.tr("Due"), self.due_at)
        self.add_row("assignee_id", self.tr("Assigned to"), self.assignee)
        self.add_row("notes", self.tr("Notes"), self.notes)

    async def load(self) -> None:
        try:
            users = await self.ctx.runner.call(list_users)
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return
        self.assignee.clear()
        for user in users:
            self.assignee.addItem(user.display_name, user.id)
        self.assignee.setCurrentIndex(max(0, index_of(self.assignee, self.ctx.me.id)))
        self.title_edit.setFocus()

    async def submit(self) -> ActivityInfo:
        return await self.ctx.runner.call(
            schedule_task,
            self.detail.id,
            title=self.title_edit.text(),
            due_at=to_aware(self.due_at.dateTime()),
            assignee_id=self.assignee.currentData(),
            notes=self.notes.toPlainText(),
        )


class EventFormDialog(ActivityFormDialog):
    def _build_fields(self) -> None:
        self.setObjectName("eventFormDialog")
        self.setWindowTitle(self.tr("Create an event"))
        start = next_hour()
        self.title_edit = named(QLineEdit(self), "eventTitleEdit")
        self.start = datetime_edit(self, "eventStartEdit", start)
        self.end = datetime_edit(self, "eventEndEdit", start + timedelta(hours=1))
        self.location = named(QLineEdit(self), "eventLocationEdit")
        self.attendees = RecipientsEditWidget("eventAttendees", self)
        self.notes = named(QPlainTextEdit(self), "eventNotesEdit")
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("start", self.tr("Start"), self.start)
        self.add_row("end", self.tr("End"), self.end)
        self.add_row("location", self.tr("Location"), self.location)
        self.add_row("attendees", self.tr("Attendees"), self.attendees)
        self.add_row("notes", self.tr("Notes"), self.notes)
        self._duration = timedelta(hours=1)
        self.start.dateTimeChanged.connect(self._on_start_changed)
        self.end.dateTimeChanged.connect(self._on_end_changed)

    def _on_start_changed(self) -> None:
        """Moving the start keeps the event's length (as calendars do)."""
        self.end.setDateTime(self.start.dateTime().addSecs(int(self._duration.total_seconds())))

    def _on_end_changed(self) -> None:
        seconds = self.start.dateTime().secsTo(self.end.dateTime())
        if seconds > 0:
            self._duration = timedelta(seconds=seconds)

    async def load(self) -> None:
        try:
            contacts = await self.ctx.runner.call(list_contacts, self.detail.company.id)
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return
        self.attendees.set_contacts(contacts)
        self.title_edit.setFocus()

    async def submit(self) -> ActivityInfo:
        return await self.ctx.runner.call(
            create_event,
            self.detail.id,
            title=self.title_edit.text(),
            start=to_aware(self.start.dateTime()),
            end=to_aware(self.end.dateTime()),
            location=self.location.text(),
            attendees=self.attendees.addresses(),
            notes=self.notes.toPlainText(),
        )
