"""Create or edit a contact. Its company is given (shown, not editable) or picked with the
company search; a company that does not exist yet can be created from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import spawn
from oppdesk.services import create_contact, get_company, update_contact
from oppdesk.services.dto import CompanyInfo, ContactInfo
from oppdesk.views.company_form_dialog import CompanyFormDialog, FieldFormDialog
from oppdesk.views.company_picker_widget import CompanyPickerWidget
from oppdesk.views.widgets import named


class ContactFormDialog(FieldFormDialog):
    """``saved`` emits the ContactInfo. ``company_created`` emits a CompanyInfo created from
    the picker's "create a new company" button (the owner announces it to the app)."""

    company_created = Signal(object)

    def __init__(
        self,
        runner: DbRunner,
        *,
        company: CompanyInfo | None = None,
        contact: ContactInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("contactFormDialog")
        self._company = company
        self._contact = contact
        self._expected_version = contact.version if contact else None
        self._company_dialog: CompanyFormDialog | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit the contact") if self._contact else self.tr("New contact")
        )
        self.picker: CompanyPickerWidget | None = None
        self.company_label = named(QLabel(self), "contactCompanyLabel")
        self.company_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self._company is None and self._contact is None:
            self.picker = CompanyPickerWidget(self._runner, self)
            self.picker.create_requested.connect(self._on_picker_create_requested)
            self._add_row("company_id", self.tr("Company *"), self.picker)
            self.company_label.setVisible(False)
        else:
            self._add_row("company_id", self.tr("Company"), self.company_label)
        self.edits: dict[str, QLineEdit] = {
            field: named(QLineEdit(self), name)
            for field, name in (
                ("first_name", "contactFirstNameEdit"),
                ("last_name", "contactLastNameEdit"),
                ("job_title", "contactJobTitleEdit"),
                ("email", "contactEmailEdit"),
                ("phone", "contactPhoneEdit"),
            )
        }
        self.edits["email"].setPlaceholderText(self.tr("name@example.com"))
        labels = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name *"),
            "job_title": self.tr("Job title"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
        }
        for field, edit in self.edits.items():
            self._add_row(field, labels[field], edit)
        self._finish_layout()
        self.resize(480, self.sizeHint().height())

    async def load(self) -> None:
        """Show the company's name and, when editing, the contact's fields."""
        if self._contact is not None:
            for field, edit in self.edits.items():
                edit.setText(getattr(self._contact, field) or "")
            if self._company is None:
                self._company = await self._runner.call(get_company, self._contact.company_id)
                if not isValid(self):
                    return
        if self._company is not None:
            self.company_label.setText(self._company.name)
        if self.picker is not None:
            self.picker.edit.setFocus()
        else:
            self.edits["first_name"].setFocus()

    @property
    def company(self) -> CompanyInfo | None:
        return self.picker.company if self.picker is not None else self._company

    def fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {field: edit.text() for field, edit in self.edits.items()}
        if self._contact is None:
            company = self.company
            values["company_id"] = company.id if company else None
        return values

    async def _submit(self) -> ContactInfo:
        if self._contact is None:
            return await self._runner.call(create_contact, self.fields())
        return await self._runner.call(
            update_contact,
            self._contact.id,
            self.edited(self._contact, self.fields()),
            expected_version=self._expected_version,
        )

    # ------------------------------------------------------- inline company
    def _on_picker_create_requested(self, text: str) -> None:
        dialog = CompanyFormDialog(self._runner, initial_name=text, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_company_dialog_saved)
        self._company_dialog = dialog
        dialog.open()
        spawn(dialog.load(), name="company-form-load")

    def _on_company_dialog_saved(self, company: CompanyInfo) -> None:
        self._company_dialog = None
        if self.picker is not None:
            self.picker.set_company(company)
        self.company_created.emit(company)
