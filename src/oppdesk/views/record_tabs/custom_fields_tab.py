"""Champs personnalisés: every active custom field with its value; Éditer switches to typed
editors with Enregistrer (Ctrl+S) / Annuler and a message next to each wrong field."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import UserError, ValidationError, list_custom_fields, update_opportunity
from oppdesk.services.dto import CustomFieldDef, CustomValue, OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.conflict_dialog import RELOAD, SAVED, save_with_conflicts
from oppdesk.views.custom_field_editors import CustomFieldEditor
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.formatting import format_amount, format_date
from oppdesk.views.icons import icon
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named

VIEW_PAGE, EDIT_PAGE = 0, 1
ERROR_STYLE = "color: #C62828;"


def custom_value_text(value: CustomValue, currency: str = "EUR") -> str:
    """A custom field's value as the record shows it ("—" when empty)."""
    v = value.value
    if v is None or v in ("", []):
        return "—"
    if isinstance(v, bool):
        if v:
            return QCoreApplication.translate("CustomFields", "Yes")
        return QCoreApplication.translate("CustomFields", "No")
    if isinstance(v, date):
        return format_date(v)
    if value.field_type == "amount" and isinstance(v, Decimal):
        return format_amount(v, currency)
    if isinstance(v, list | tuple):
        return ", ".join(str(x) for x in v)
    return str(v)


class CustomFieldsTab(RecordTab):
    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("customFieldsTab")
        self.definitions: list[CustomFieldDef] = []
        self.editors: dict[str, CustomFieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self._build_ui()
        self.edit_button.clicked.connect(self.start_editing)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Custom fields")

    def _build_ui(self) -> None:
        self.edit_button = named(
            QPushButton(icon("edit"), self.tr("Edit"), self), "customFieldsEditButton"
        )
        self.save_button = named(
            QPushButton(icon("save"), self.tr("Save"), self), "customFieldsSaveButton"
        )
        self.cancel_button = named(QPushButton(self.tr("Cancel"), self), "customFieldsCancelButton")
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.pages = named(QStackedWidget(self), "customFieldsPages")
        self.view_page, self.view_form = self._page()
        self.edit_page, self.edit_form = self._page()
        self.general_error = named(QLabel(self), "customFieldsError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.general_error)
        self._set_editing(False)

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        return page, form

    def is_editing(self) -> bool:
        return self.pages.currentIndex() == EDIT_PAGE

    def _set_editing(self, editing: bool) -> None:
        self.pages.setCurrentIndex(EDIT_PAGE if editing else VIEW_PAGE)
        self.edit_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.general_error.setVisible(False)

    # ------------------------------------------------------------------ data
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        if not self.definitions:
            self.definitions = await self.ctx.runner.call(list_custom_fields)
            if not isValid(self):
                return
            self._build_editors()
        while self.view_form.rowCount():
            self.view_form.removeRow(0)
        for value in detail.custom_fields:
            text = named(
                QLabel(custom_value_text(value, detail.currency), self.view_page),
                f"customValue_{value.code}",
            )
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(value.label, self.view_page)
            caption.setStyleSheet("color: #607D8B;")
            self.view_form.addRow(caption, text)
        if not detail.custom_fields:
            self.view_form.addRow(
                QLabel(self.tr("No custom field is defined for opportunities."), self.view_page)
            )
        allow(
            self.edit_button,
            detail.rights.can_edit and bool(self.definitions),
            self.tr("Edit the custom fields"),
        )
        if self.is_editing() and not detail.rights.can_edit:
            self.stop_editing()

    def _build_editors(self) -> None:
        for definition in self.definitions:
            editor = CustomFieldEditor(definition, self.edit_page)
            error = named(QLabel(self.edit_page), f"customFieldError_{definition.code}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(editor.widget)
            box.addWidget(error)
            label = definition.label + (" *" if definition.required else "")
            self.edit_form.addRow(label, box)
            self.editors[definition.code] = editor
            self.errors[definition.code] = error

    def start_editing(self) -> None:
        if self.detail is None or not self.detail.rights.can_edit:
            return
        values = {v.code: v.value for v in self.detail.custom_fields}
        for code, editor in self.editors.items():
            editor.set_value(values.get(code))
        self._show_errors({})
        self._set_editing(True)
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def stop_editing(self) -> None:
        self._show_errors({})
        self._set_editing(False)

    # ------------------------------------------------------------------ save
    def _on_save_button_clicked(self) -> None:
        if self.is_editing():
            spawn(self.save(), name="custom-fields-save")

    async def save(self) -> bool:
        if self.detail is None:
            return False
        values = {code: editor.value() for code, editor in self.editors.items()}
        changes = {"custom_fields": values}

        async def submit(version: int | None) -> OpportunityDetail:
            return await self.ctx.runner.call(
                update_opportunity, self.opportunity_id, changes, expected_version=version
            )

        self.save_button.setEnabled(False)
        self._show_errors({})
        try:
            outcome = await save_with_conflicts(
                self, submit, self.detail.version, intended={}, others=[self.title()]
            )
        except ValidationError as exc:
            self._show_errors({f: field_error_text(e) for f, e in exc.errors.items()})
            return False
        except UserError as exc:
            self._show_errors({"": user_error_text(exc)})
            return False
        finally:
            if isValid(self):
                self.save_button.setEnabled(True)
        if outcome.choice in (SAVED, RELOAD) and isValid(self):
            self.stop_editing()
            self.changed.emit()
        return outcome.choice == SAVED

    def _show_errors(self, errors: dict[str, str]) -> None:
        for code, label in self.errors.items():
            text = errors.get(f"custom_fields.{code}", "")
            label.setText(text)
            label.setVisible(bool(text))
        unplaced = [
            t for f, t in errors.items() if f.removeprefix("custom_fields.") not in self.errors
        ]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
