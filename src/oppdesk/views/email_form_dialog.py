"""Envoyer un email: To and Cc (typed, or picked from the company's contacts), subject and
text; "Save as draft" keeps it, "Send" puts it in the outbox — the Activité tab then sends
it when an SMTP server is configured, otherwise it waits, visibly, as "To send"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QPushButton

from oppdesk.runtime.tasks import spawn
from oppdesk.services import ActivityInfo, UserError, add_email, list_contacts
from oppdesk.views.activity_form_dialog import ActivityFormDialog
from oppdesk.views.error_text import user_error_text
from oppdesk.views.recipients_edit_widget import RecipientsEditWidget
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.widgets import named


class EmailFormDialog(ActivityFormDialog):
    def _build_fields(self) -> None:
        self.setObjectName("emailFormDialog")
        self.setWindowTitle(self.tr("Send an email"))
        self.state = "draft"
        self.to = RecipientsEditWidget("emailTo", self)
        self.cc = RecipientsEditWidget("emailCc", self)
        self.subject = named(QLineEdit(self), "emailSubjectEdit")
        self.body = named(QPlainTextEdit(self), "emailBodyEdit")
        self.add_row("to", self.tr("To"), self.to)
        self.add_row("cc", self.tr("Cc"), self.cc)
        self.add_row("subject", self.tr("Subject"), self.subject)
        self.add_row("body", self.tr("Message"), self.body)
        self.resize(640, 520)

    def _add_buttons(self) -> None:
        self.draft_button: QPushButton = named(
            self.buttons.addButton(
                self.tr("Save as draft"), QDialogButtonBox.ButtonRole.ActionRole
            ),
            "saveDraftButton",
        )
        self.send_button: QPushButton = named(
            self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole),
            "sendButton",
        )
        self.send_button.setIcon(tab_icon("send"))
        self.send_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.draft_button.clicked.connect(lambda: self._on_button_clicked("draft"))
        self.send_button.clicked.connect(lambda: self._on_button_clicked("to_send"))
        send = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        send.activated.connect(lambda: self._on_button_clicked("to_send"))
        self.save_button = self.draft_button  # Ctrl+S saves a draft

    def _on_button_clicked(self, state: str) -> None:
        spawn(self.save_as(state), name="email-form-save")

    def _on_save_clicked(self) -> None:
        self._on_button_clicked("draft")

    async def save_as(self, state: str) -> ActivityInfo | None:
        """``"draft"`` (Save as draft) or ``"to_send"`` (Send)."""
        self.state = state
        return await self.save()

    async def load(self) -> None:
        try:
            contacts = await self.ctx.runner.call(list_contacts, self.detail.company.id)
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return
        self.to.set_contacts(contacts)
        self.cc.set_contacts(contacts)
        main = next(
            (c for c in contacts if self.detail.contact and c.id == self.detail.contact.id), None
        )
        if main is not None and main.email and not self.to.addresses():
            self.to.set_addresses([main.email])
        (self.subject if self.to.addresses() else self.to.edit).setFocus()

    async def submit(self) -> ActivityInfo:
        return await self.ctx.runner.call(
            add_email,
            self.detail.id,
            to=self.to.addresses(),
            cc=self.cc.addresses(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            state=self.state,
        )
