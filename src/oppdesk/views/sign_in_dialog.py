"""Who is signing in: login + password, checked by ``services.authenticate``.

Shown at start-up when the workspace has more than the built-in administrator
(``services.sign_in_needs(db).needs_sign_in``). The check is a callable so the dialog never
touches the database itself: ``SignInDialog(lambda l, p: services.authenticate(db, l, p))``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services import AuthenticationError, UserError
from oppdesk.views.error_text import user_error_text
from oppdesk.views.widgets import named


class SignInDialog(QDialog):
    signed_in = Signal(object)
    """The signed-in user's id (``uuid.UUID``)."""

    def __init__(
        self, db_authenticate: Callable[[str, str], uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._authenticate = db_authenticate
        self.user_id: uuid.UUID | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(380)
        self._build_ui()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr("Who is signing in to this workspace?"), self)
        self.login = named(QLineEdit(self), "signIn_login")
        self.password = named(QLineEdit(self), "signIn_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = named(QLabel(self), "signIn_error")
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = named(
            buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole),
            "signIn_submit",
        )
        self.sign_in_button.setDefault(True)
        self.cancel_button = named(
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "signIn_cancel"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def submit(self) -> bool:
        """Check the login and password; on success emit ``signed_in`` and accept."""
        login = self.login.text().strip().lower()
        if not login or not self.password.text():
            self._fail(self.tr("Enter your login and your password."))
            return False
        try:
            user_id = self._authenticate(login, self.password.text())
        except AuthenticationError:
            self._fail(self.tr("Unknown login or wrong password. Check both and try again."))
            return False
        except UserError as exc:
            self._fail(user_error_text(exc))
            return False
        self.user_id = user_id
        self.error.setVisible(False)
        self.signed_in.emit(user_id)
        self.accept()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.password.clear()
        self.password.setFocus()
