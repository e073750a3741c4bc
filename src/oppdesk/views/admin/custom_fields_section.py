"""Custom fields of opportunities: label, code, type, choices, required, order, active."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from oppdesk import services
from oppdesk.services.admin import CUSTOM_FIELD_TYPES
from oppdesk.services.dto import CustomFieldDef
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class CustomFieldsSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "customFields", parent)
        self.title = self.tr("Custom fields")
        self._fields: list[CustomFieldDef] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.field_list = named(QListWidget(self), "customFields_list")
        self.label = named(QLineEdit(self), "customFields_label")
        self.code = named(QLineEdit(self), "customFields_code")
        self.field_type = named(QComboBox(self), "customFields_type")
        labels = self._type_labels()
        for kind in CUSTOM_FIELD_TYPES:
            self.field_type.addItem(labels.get(kind, kind), kind)
        self.choices = named(QPlainTextEdit(self), "customFields_choices")
        self.choices.setPlaceholderText(self.tr("One choice per line (choice fields)"))
        self.choices.setMaximumHeight(80)
        self.required = named(QCheckBox(self.tr("Required"), self), "customFields_required")
        self.active = named(QCheckBox(self.tr("Active"), self), "customFields_active")
        self.position = named(QSpinBox(self), "customFields_position")
        self.position.setRange(0, 10_000)
        self.new_button = named(QPushButton(self.tr("New field"), self), "customFields_new")
        self.save_button = named(QPushButton(self.tr("Save"), self), "customFields_save")
        form = QFormLayout()
        self.add_field(form, "label", self.tr("Label"), self.label)
        self.add_field(form, "code", self.tr("Code"), self.code)
        self.add_field(form, "field_type", self.tr("Type"), self.field_type)
        self.add_field(form, "choices", self.tr("Choices"), self.choices)
        self.add_field(form, "position", self.tr("Order"), self.position)
        form.addRow(self.required)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.field_list, 1)
        self.layout_.addLayout(form)
        self.layout_.addLayout(buttons)
        self._finish()
        self.field_list.currentRowChanged.connect(lambda _r: self._show(self.current()))
        self.new_button.clicked.connect(lambda: self._new())
        self.save_button.clicked.connect(lambda: self.act(self.save()))
        self._show(None)

    def _type_labels(self) -> dict[str, str]:
        return {
            "text": self.tr("Text"),
            "long_text": self.tr("Long text"),
            "number": self.tr("Number"),
            "amount": self.tr("Amount"),
            "date": self.tr("Date"),
            "boolean": self.tr("Yes / no"),
            "single_choice": self.tr("Single choice"),
            "multiple_choice": self.tr("Multiple choice"),
            "url": self.tr("Web address"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
        }

    async def load(self) -> None:
        fields = await self.call(services.list_custom_fields, active_only=False)
        if isinstance(fields, Failed):
            return
        self._fields = sorted(fields, key=lambda f: (f.position, f.label))
        self.field_list.blockSignals(True)
        self.field_list.clear()
        for f in self._fields:
            suffix = "" if f.active else self.tr(" (inactive)")
            kind = self._type_labels().get(f.field_type, f.field_type)
            self.field_list.addItem(f"{f.label} — {kind}{suffix}")
        self.field_list.blockSignals(False)
        self._show(None)

    def current(self) -> CustomFieldDef | None:
        row = self.field_list.currentRow()
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def _new(self) -> None:
        self.field_list.setCurrentRow(-1)
        self._show(None)

    def _show(self, field: CustomFieldDef | None) -> None:
        self.label.setText(field.label if field else "")
        self.code.setText(field.code if field else "")
        self.code.setEnabled(field is None)
        self.field_type.setEnabled(field is None)
        self.field_type.setCurrentIndex(
            max(self.field_type.findData(field.field_type), 0) if field else 0
        )
        self.choices.setPlainText("\n".join(field.choices) if field else "")
        self.required.setChecked(bool(field and field.required))
        self.active.setChecked(field.active if field else True)
        self.position.setValue(field.position if field else len(self._fields) + 1)

    def fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "label": self.label.text(),
            "required": self.required.isChecked(),
            "active": self.active.isChecked(),
            "position": self.position.value(),
        }
        choices = [c.strip() for c in self.choices.toPlainText().splitlines() if c.strip()]
        if choices or self.field_type.currentData() in ("single_choice", "multiple_choice"):
            values["choices"] = choices
        if self.current() is None:
            values["code"] = self.code.text()
            values["field_type"] = self.field_type.currentData()
        return values

    async def save(self) -> None:
        field = self.current()
        if field is None:
            result = await self.call(services.create_custom_field, self.fields())
        else:
            result = await self.call(services.update_custom_field, field.id, self.fields())
        if isinstance(result, Failed):
            return
        await self.load()
        row = next((i for i, f in enumerate(self._fields) if f.id == result.id), -1)
        self.field_list.setCurrentRow(row)
        self.show_info(self.tr("Custom field saved."))
