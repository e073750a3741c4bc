"""Create or edit a company (client or prospect). Errors show next to their field; nothing is
saved until all are fixed. Save (Ctrl+S) saves; Esc closes.

:class:`FieldFormDialog` is the small form machinery the contact form shares: one row per
field with its error label underneath, general errors under the form, Save/Cancel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    ConflictError,
    FieldError,
    UserError,
    ValidationError,
    create_company,
    get_company,
    update_company,
)
from oppdesk.services.dto import CompanyInfo
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.formatting import company_kind_labels, format_datetime
from oppdesk.views.widgets import named, show_field_errors

ERROR_STYLE = "color: #C62828;"


class FieldFormDialog(QDialog):
    """Rows of labelled fields, each with an error label; ``_submit`` does the service call."""

    saved = Signal(object)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._saving = False
        # The version of the record the form shows (editing): the save is refused if someone
        # saved in between; after the user has been told, saving again applies on top.
        self._expected_version: int | None = None
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = named(QLabel(self), "formError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = named(
            self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole),
            "saveButton",
        )
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = named(
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "cancelButton"
        )

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)

    def _add_row(self, field: str, label: str, widget: QWidget) -> None:
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
        self._field_widgets[field] = widget

    async def load(self) -> None:
        """Fill the form (subclasses read what they need from the database)."""

    # ------------------------------------------------------------------ save
    def _on_save_clicked(self) -> None:
        if not self._saving:
            spawn(self.save(), name=f"{self.objectName()}-save")

    async def save(self) -> Any:
        """Submit the form; on success emit ``saved`` with the service's DTO and close.

        The dialog may be closed (and deleted) while the service works: then only the
        database call's outcome remains, nothing is shown.
        """
        self._saving = True
        self.save_button.setEnabled(False)
        self.show_errors({})
        try:
            result = await self._submit()
        except ValidationError as exc:
            if isValid(self):
                self.show_errors({f: self.error_text(f, e) for f, e in exc.errors.items()})
            return None
        except ConflictError as exc:
            self._expected_version = exc.current_version  # the user now knows: may overwrite
            if isValid(self):
                self.show_general(self.conflict_text(exc))
            return None
        except UserError as exc:
            if isValid(self):
                self.show_general(user_error_text(exc))
            return None
        finally:
            self._saving = False
            if isValid(self):
                self.save_button.setEnabled(True)
        if isValid(self):
            self.saved.emit(result)
            self.accept()
        return result

    async def _submit(self) -> Any:
        raise NotImplementedError

    @staticmethod
    def edited(shown: object, values: dict[str, Any]) -> dict[str, Any]:
        """The fields of ``values`` that differ from the record the form was filled from:
        only what the user changed is sent, so a save after someone else's never puts back
        the fields they changed and we did not touch."""
        return {k: v for k, v in values.items() if (getattr(shown, k) or "") != (v or "")}

    def conflict_text(self, error: ConflictError) -> str:
        when = format_datetime(error.changed_at) if error.changed_at else ""
        who = error.changed_by or self.tr("Another user")
        return (
            self.tr(
                "%1 saved this record on %2, after you opened it. Your changes are still "
                "here: save again to apply them on top of theirs, or cancel to keep theirs."
            )
            .replace("%1", who)
            .replace("%2", when)
        )

    def error_text(self, field: str, error: FieldError) -> str:
        return field_error_text(error)

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(errors, self._errors, self._field_widgets, self.general_error)

    def show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(True)

    def error_shown(self, field: str) -> str:
        """The error shown next to ``field`` ("" when none): for tests and automation."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""


class CompanyFormDialog(FieldFormDialog):
    """Without ``company`` it creates one (named ``initial_name``); with it, edits it."""

    def __init__(
        self,
        runner: DbRunner,
        *,
        company: CompanyInfo | None = None,
        initial_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("companyFormDialog")
        self._company = company
        self._expected_version = company.version if company else None
        self._initial_name = initial_name
        self._build_ui()

    def _build_ui(self) -> None:
        editing = self._company is not None
        self.setWindowTitle(self.tr("Edit the company") if editing else self.tr("New company"))
        self.name = named(QLineEdit(self), "companyNameEdit")
        kind_box = self._make_kind_box()
        self.address = named(QPlainTextEdit(self), "companyAddressEdit")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        labels = {
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
            "siren": self.tr("SIREN"),
        }
        self.edits: dict[str, QLineEdit] = {
            field: named(QLineEdit(self), f"company{_camel(field)}Edit") for field in labels
        }
        self.edits["website"].setPlaceholderText("https://")
        self.edits["email"].setPlaceholderText(self.tr("name@example.com"))
        self.edits["siren"].setPlaceholderText(self.tr("9 digits"))
        self._add_row("name", self.tr("Name *"), self.name)
        self._add_row("kind", self.tr("Kind"), kind_box)
        self._add_row("address", self.tr("Address"), self.address)
        for field, edit in self.edits.items():
            self._add_row(field, labels[field], edit)
        self._finish_layout()
        self.resize(520, self.sizeHint().height())

    def _make_kind_box(self) -> QWidget:
        kinds = company_kind_labels()
        self.client_radio = named(QRadioButton(kinds["client"], self), "companyKindClient")
        self.prospect_radio = named(QRadioButton(kinds["prospect"], self), "companyKindProspect")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.client_radio)
        self.kind_group.addButton(self.prospect_radio)
        self.prospect_radio.setChecked(True)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.client_radio)
        row.addWidget(self.prospect_radio)
        row.addStretch(1)
        return box

    async def load(self) -> None:
        """Fill the fields: the company as stored now when editing, else ``initial_name``."""
        if self._company is not None:
            self._company = await self._runner.call(get_company, self._company.id)
            if not isValid(self):
                return
            self._expected_version = self._company.version
            self.set_company(self._company)
        else:
            self.name.setText(self._initial_name)
        self.name.setFocus()

    def set_company(self, company: CompanyInfo) -> None:
        self.name.setText(company.name)
        (self.client_radio if company.kind == "client" else self.prospect_radio).setChecked(True)
        self.address.setPlainText(company.address or "")
        for field, edit in self.edits.items():
            edit.setText(getattr(company, field) or "")

    def fields(self) -> dict[str, Any]:
        """The form as service fields."""
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": "client" if self.client_radio.isChecked() else "prospect",
            "address": self.address.toPlainText(),
        }
        values.update({field: edit.text() for field, edit in self.edits.items()})
        return values

    async def _submit(self) -> CompanyInfo:
        if self._company is None:
            return await self._runner.call(create_company, self.fields())
        return await self._runner.call(
            update_company,
            self._company.id,
            self.edited(self._company, self.fields()),
            expected_version=self._expected_version,
        )

    def error_text(self, field: str, error: FieldError) -> str:
        if field == "siren" and error.code == "format":
            return self.tr("A SIREN number has 9 digits.")
        return super().error_text(field, error)


def _camel(field: str) -> str:
    """postal_code → PostalCode (for objectNames)."""
    return "".join(part.capitalize() for part in field.split("_"))
