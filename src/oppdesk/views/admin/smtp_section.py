"""The SMTP server the app sends emails through; the password goes to the system keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from oppdesk import services
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class SmtpSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "smtp", parent)
        self.title = self.tr("SMTP server")
        self.host = named(QLineEdit(self), "smtp_host")
        self.host.setPlaceholderText("smtp.example.com")
        self.port = named(QSpinBox(self), "smtp_port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = named(QComboBox(self), "smtp_security")
        self.security.addItem(self.tr("STARTTLS"), "starttls")
        self.security.addItem(self.tr("SSL/TLS"), "ssl")
        self.security.addItem(self.tr("None (unencrypted)"), "none")
        self.username = named(QLineEdit(self), "smtp_username")
        self.password = named(QLineEdit(self), "smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self.from_address = named(QLineEdit(self), "smtp_fromAddress")
        self.from_name = named(QLineEdit(self), "smtp_fromName")
        self.save_button = named(QPushButton(self.tr("Save"), self), "smtp_save")
        form = QFormLayout()
        self.add_field(form, "host", self.tr("Host"), self.host)
        self.add_field(form, "port", self.tr("Port"), self.port)
        self.add_field(form, "security", self.tr("Security"), self.security)
        self.add_field(form, "username", self.tr("Username"), self.username)
        self.add_field(form, "password", self.tr("Password"), self.password)
        self.add_field(form, "from_address", self.tr("From address"), self.from_address)
        self.add_field(form, "from_name", self.tr("From name"), self.from_name)
        form.addRow(self.save_button)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self._finish()
        self.security.currentIndexChanged.connect(lambda _i: self._default_port())
        self.save_button.clicked.connect(lambda: self.act(self.save()))

    def _default_port(self) -> None:
        ports = {"starttls": 587, "ssl": 465, "none": 25}
        if self.port.value() in ports.values():
            self.port.setValue(ports[self.security.currentData()])

    async def load(self) -> None:
        current = await self.call(services.get_smtp_settings)
        if isinstance(current, Failed) or current is None:
            return
        self.host.setText(current.host)
        self.security.setCurrentIndex(max(self.security.findData(current.security), 0))
        self.port.setValue(current.port)
        self.username.setText(current.username)
        self.from_address.setText(current.from_address)
        self.from_name.setText(current.from_name)

    def fields(self) -> dict[str, Any]:
        return {
            "host": self.host.text(),
            "port": self.port.value(),
            "security": self.security.currentData(),
            "username": self.username.text(),
            "from_address": self.from_address.text(),
            "from_name": self.from_name.text(),
        }

    async def save(self) -> None:
        password = self.password.text() or None
        if not isinstance(
            await self.call(services.save_smtp_settings, self.fields(), password), Failed
        ):
            self.password.clear()
            self.show_info(self.tr("SMTP settings saved."))
