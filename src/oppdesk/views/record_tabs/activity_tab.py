"""Activité: the source document's five buttons (Commenter, Envoyer un email, Ajouter un
appel, Programmer une tâche, Créer un événement), each opening its form, and below them the
Historique des activités. Emails are sent off the UI thread when an SMTP server is
configured; otherwise, or offline, they wait as "To send" and the tab says so."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from oppdesk.runtime.files import write_atomically
from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import (
    ActivityInfo,
    SendReport,
    UserError,
    delete_activity,
    event_to_ics,
    get_smtp_settings,
    list_activities,
    list_outbox,
    queue_email,
    send_pending_emails,
    set_task_done,
)
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.activity_form_dialog import ActivityFormDialog, CallFormDialog, CommentFormDialog
from oppdesk.views.activity_forms import EventFormDialog, TaskFormDialog
from oppdesk.views.activity_history_widget import ActivityHistoryWidget
from oppdesk.views.activity_labels import kind_label
from oppdesk.views.activity_row_delegate import DELETE, EXPORT_ICS, RETRY, SEND, TOGGLE_DONE
from oppdesk.views.app_context import AppContext
from oppdesk.views.email_form_dialog import EmailFormDialog
from oppdesk.views.error_text import user_error_text
from oppdesk.views.file_chooser import FileChooser
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.outbox_text import problem_text, report_text, waiting_text
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named

FORMS: dict[str, type[ActivityFormDialog]] = {
    "comment": CommentFormDialog,
    "email": EmailFormDialog,
    "call": CallFormDialog,
    "task": TaskFormDialog,
    "event": EventFormDialog,
}
STATUS_STYLE = {"info": "color: #455A64;", "error": "color: #C62828;", "ok": "color: #2E7D32;"}


class ActivityTab(RecordTab):
    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("activityTab")
        self.file_chooser: FileChooser = FileChooser(ctx.settings)
        self.smtp_configured = False
        self.last_report: SendReport | None = None
        self._generation = Generation()
        self._dialogs: set[QWidget] = set()
        self._build_ui()
        self._connect()

    def title(self) -> str:
        return self.tr("Activity")

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for kind, text, name in (
            ("comment", self.tr("Comment"), "commentButton"),
            ("email", self.tr("Send an email"), "sendEmailButton"),
            ("call", self.tr("Log a call"), "logCallButton"),
            ("task", self.tr("Schedule a task"), "scheduleTaskButton"),
            ("event", self.tr("Create an event"), "createEventButton"),
        ):
            button = named(QPushButton(tab_icon(kind), text, self), name)
            button.setEnabled(False)
            bar.addWidget(button)
            self.buttons[kind] = button
        bar.addStretch(1)
        self.outbox_bar = named(QFrame(self), "outboxBar")
        self.outbox_bar.setStyleSheet(
            "#outboxBar { background: #FFF8E1; border: 1px solid #FFE082; border-radius: 6px; }"
        )
        self.outbox_label = named(QLabel(self.outbox_bar), "outboxLabel")
        self.outbox_label.setWordWrap(True)
        self.send_pending_button = named(
            QPushButton(tab_icon("send"), self.tr("Send now"), self.outbox_bar),
            "sendPendingButton",
        )
        row = QHBoxLayout(self.outbox_bar)
        row.addWidget(self.outbox_label, 1)
        row.addWidget(self.send_pending_button)
        self.outbox_bar.setVisible(False)
        self.status_label = named(QLabel(self), "activityStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.history = ActivityHistoryWidget(self.ctx.me.id, self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.outbox_bar)
        layout.addWidget(self.status_label)
        layout.addSpacing(4)
        layout.addWidget(self.history, 1)

    def _connect(self) -> None:
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.open_form(k))
        self.send_pending_button.clicked.connect(self._on_send_pending_clicked)
        self.history.filter_changed.connect(self._on_history_filter_changed)
        self.history.action_requested.connect(self._on_history_action_requested)

    # ------------------------------------------------------------- loading
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        for button in self.buttons.values():
            allow(button, detail.rights.can_edit)
        self.history.set_can_edit(detail.rights.can_edit)
        await self.reload()

    async def reload(self) -> None:
        ticket = self._generation.next()
        try:
            activities = await self.ctx.runner.call(
                list_activities, self.opportunity_id, self.history.kinds()
            )
            outbox = await self.ctx.runner.call(list_outbox)
            self.smtp_configured = await self.ctx.runner.call(get_smtp_settings) is not None
        except UserError as exc:
            self._fail(exc)
            return
        if not self._generation.is_current(ticket):
            return
        self.history.set_activities(activities)
        self._show_outbox(len(outbox))

    def _show_outbox(self, waiting: int) -> None:
        self.outbox_bar.setVisible(waiting > 0)
        self.outbox_label.setText(waiting_text(waiting, self.smtp_configured, self.last_report))
        self.send_pending_button.setEnabled(self.smtp_configured)

    def show_status(self, text: str, kind: str = "info") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(STATUS_STYLE[kind])
        self.status_label.setVisible(bool(text))

    def _fail(self, exc: UserError) -> None:
        self.show_status(user_error_text(exc), "error")
        self.error.emit(exc)

    # --------------------------------------------------------------- forms
    def open_form(self, kind: str) -> ActivityFormDialog | None:
        if self.detail is None:
            return None
        dialog = FORMS[kind](self.ctx, self.detail, self)
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_form_saved)
        dialog.open()
        spawn(dialog.load(), name=f"{kind}-form-load")
        return dialog

    def _on_form_saved(self, info: ActivityInfo) -> None:
        self.changed.emit()
        if info.kind == "email" and info.email_state == "to_send":
            spawn(self.send_outbox(), name="send-outbox")
        else:
            self.show_status(self.tr("%1 saved.").replace("%1", kind_label(info.kind)), "ok")
            spawn(self.reload(), name="activity-reload")

    # ------------------------------------------------------------- actions
    def _on_history_filter_changed(self) -> None:
        spawn(self.reload(), name="activity-filter")

    def _on_send_pending_clicked(self) -> None:
        spawn(self.send_outbox(), name="send-outbox")

    def _on_history_action_requested(self, action: str, info: ActivityInfo) -> None:
        handlers: dict[str, Callable[[], Coroutine[Any, Any, object]]] = {
            TOGGLE_DONE: lambda: self.set_task_done(info, not info.task_done),
            SEND: lambda: self.send_email(info),
            RETRY: lambda: self.send_email(info),
            EXPORT_ICS: lambda: self.export_ics(info),
            DELETE: lambda: self.delete_activity(info),
        }
        spawn(handlers[action](), name=f"activity-{action}")

    async def set_task_done(self, info: ActivityInfo, done: bool) -> ActivityInfo | None:
        try:
            updated = await self.ctx.runner.call(set_task_done, info.id, done)
        except UserError as exc:
            self._fail(exc)
            return None
        self.history.model.replace(updated)
        self.changed.emit()
        return updated

    async def send_email(self, info: ActivityInfo) -> SendReport | None:
        """Send a draft, or retry a failed email: into the outbox, then the outbox out."""
        if info.email_state in ("draft", "failed"):
            try:
                await self.ctx.runner.call(queue_email, info.id)
            except UserError as exc:
                self._fail(exc)
                return None
            self.changed.emit()
        return await self.send_outbox()

    async def send_outbox(self) -> SendReport | None:
        """Send the user's waiting emails on the network thread: neither the UI nor the
        database thread waits for the SMTP server."""
        try:
            self.smtp_configured = await self.ctx.runner.call(get_smtp_settings) is not None
        except UserError as exc:
            self._fail(exc)
            return None
        if not self.smtp_configured:
            self.show_status(problem_text("not_configured"), "info")
            await self.reload()
            return None
        self.send_pending_button.setEnabled(False)
        self.show_status(self.tr("Sending…"))
        try:
            report = await self.ctx.runner.call_network(send_pending_emails)
        finally:
            self.send_pending_button.setEnabled(True)
        self.last_report = report
        text, kind = report_text(report)
        self.show_status(text, kind)
        await self.reload()
        self.changed.emit()
        return report

    async def export_ics(self, info: ActivityInfo, path: str | None = None) -> Path | None:
        if self.detail is None:
            return None
        suggested = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", info.subject).strip() or "event"
        target = path or await self.file_chooser.save_path(
            self,
            self.tr("Export the event"),
            f"{suggested}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not target:
            return None
        data = event_to_ics(info, opportunity_name=self.detail.name).encode("utf-8")
        try:
            await self.ctx.runner.run(write_atomically, target, data)
        except OSError as exc:
            self.show_status(
                self.tr("Could not write %1: %2")
                .replace("%1", target)
                .replace("%2", exc.strerror or str(exc)),
                "error",
            )
            return None
        self.show_status(self.tr("Event exported to %1.").replace("%1", target), "ok")
        return Path(target)

    async def delete_activity(self, info: ActivityInfo) -> bool:
        question = self.tr("Delete this entry (%1) from the activity history?").replace(
            "%1", kind_label(info.kind).lower()
        )
        if not await self.ctx.prompter.confirm(self, self.tr("Delete the entry"), question):
            return False
        try:
            await self.ctx.runner.call(delete_activity, info.id)
        except UserError as exc:
            self._fail(exc)
            return False
        self.history.model.remove(info.id)
        self.history.set_activities(self.history.model.activities())
        self.changed.emit()
        return True
