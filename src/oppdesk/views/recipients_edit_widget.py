"""Email addresses typed freely (comma or semicolon separated) or picked from the company's
contacts that have an email, through the button's menu."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from oppdesk.services.dto import ContactInfo
from oppdesk.views.icons import icon
from oppdesk.views.widgets import named

_SEPARATORS = re.compile(r"[,;\s]+")


def split_addresses(text: str) -> list[str]:
    return [part for part in _SEPARATORS.split(text) if part]


class RecipientsEditWidget(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.edit = named(QLineEdit(self), f"{name}Edit")
        self.edit.setPlaceholderText(self.tr("name@example.com, …"))
        self.button = named(QToolButton(self), f"{name}ContactsButton")
        self.button.setIcon(icon("contact"))
        self.button.setText(self.tr("Contacts"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = named(QMenu(self.button), f"{name}ContactsMenu")
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(self.changed)
        self.set_contacts([])

    def set_contacts(self, contacts: list[ContactInfo]) -> None:
        """Offer the contacts that have an email address."""
        self.menu.clear()
        with_email = [c for c in contacts if c.email]
        for contact in with_email:
            action = self.menu.addAction(f"{contact.full_name} <{contact.email}>")
            action.setObjectName(f"contact_{contact.id}")
            action.setData(contact.email)
            action.triggered.connect(lambda _=False, e=contact.email: self.add_address(e))
        self.button.setEnabled(bool(with_email))
        self.button.setToolTip(
            self.tr("Add one of the company's contacts")
            if with_email
            else self.tr("No contact of this company has an email address")
        )

    def contact_addresses(self) -> list[str]:
        return [str(a.data()) for a in self.menu.actions()]

    def addresses(self) -> list[str]:
        return split_addresses(self.edit.text())

    def set_addresses(self, addresses: list[str]) -> None:
        self.edit.setText(", ".join(addresses))

    def add_address(self, address: str) -> None:
        current = self.addresses()
        if address.lower() not in (a.lower() for a in current):
            self.set_addresses([*current, address])
