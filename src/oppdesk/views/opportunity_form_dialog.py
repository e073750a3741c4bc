"""Create or edit an opportunity: the company first, then the source document's fields,
custom fields on the right. Errors show next to their field; nothing is saved until all
are fixed. Enregistrer (Ctrl+S) saves; Esc closes."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    UserError,
    ValidationError,
    create_opportunity,
    duplicate_opportunity,
    get_opportunity,
    list_contacts,
    list_custom_fields,
    list_loss_reasons,
    list_pipelines,
    list_sources,
    list_users,
    next_reference_preview,
    update_opportunity,
)
from oppdesk.services.dto import CompanyInfo, OpportunityDetail, PipelineInfo
from oppdesk.views.closing_dialog import closing_errors, fill_reasons
from oppdesk.views.combo_data import index_of
from oppdesk.views.company_picker_widget import CompanyPickerWidget
from oppdesk.views.conflict_dialog import RELOAD, comparable, save_with_conflicts
from oppdesk.views.custom_field_editors import CustomFieldEditor
from oppdesk.views.error_text import field_error_text, user_error_text
from oppdesk.views.formatting import status_labels
from oppdesk.views.i18n import parse_amount
from oppdesk.views.widgets import named, show_field_errors

NO_DATE = QDate(1900, 1, 1)


class OpportunityFormDialog(QDialog):
    """``mode`` is "create", "edit" or "duplicate" (a copy of ``source``, saved as new)."""

    saved = Signal(object)  # OpportunityDetail
    create_company_requested = Signal(str)

    def __init__(
        self,
        runner: DbRunner,
        *,
        mode: str = "create",
        source: OpportunityDetail | None = None,
        company: CompanyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityFormDialog")
        self._runner = runner
        self._mode = mode
        self._source = source
        self._initial_company = company
        self._pipelines: list[PipelineInfo] = []
        self._editors: dict[str, CustomFieldEditor] = {}
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._suggested_reference = ""
        self._probability_manual = bool(source and source.probability_is_manual)
        self._baseline: dict[str, Any] = {}  # fields() as loaded: what the user changed
        self._build_ui()
        self._connect()

    # ------------------------------------------------------------------- UI
    def _build_ui(self) -> None:
        titles = {
            "create": self.tr("Create an opportunity"),
            "edit": self.tr("Edit the opportunity"),
            "duplicate": self.tr("Duplicate the opportunity"),
        }
        self.setWindowTitle(titles[self._mode])
        self._make_fields()
        form = self._make_form()
        left = QWidget(self)
        left.setLayout(form)
        self._make_custom_box()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.custom_box)
        scroll.setMinimumWidth(300)
        self.general_error = named(QLabel(self), "formError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #C62828;")
        self.general_error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = named(
            self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole),
            "saveButton",
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        columns = QHBoxLayout()
        columns.addWidget(left, 3)
        columns.addWidget(scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        self._set_fields_enabled(self._mode != "create" or self._initial_company is not None)

    def _make_fields(self) -> None:
        self.company = CompanyPickerWidget(self._runner, self)
        self.reference = named(QLineEdit(self), "referenceEdit")
        self.source_combo = named(QComboBox(self), "sourceCombo")
        self.due_date = named(QDateEdit(self), "dueDateEdit")
        self.due_date.setCalendarPopup(True)
        self.due_date.setMinimumDate(NO_DATE)
        self.due_date.setSpecialValueText(self.tr("none"))
        self.due_date.setDate(NO_DATE)
        self.name = named(QLineEdit(self), "nameEdit")
        self.amount = named(QLineEdit(self), "amountEdit")
        self.amount.setPlaceholderText("0,00")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.pipeline = named(QComboBox(self), "pipelineCombo")
        self.stage = named(QComboBox(self), "stageCombo")
        self.probability = named(QSpinBox(self), "probabilitySpin")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.brief = named(QPlainTextEdit(self), "briefEdit")
        self.brief.setMaximumHeight(90)
        self.assignees = named(QListWidget(self), "assigneesList")
        self.assignees.setMaximumHeight(100)
        self.contact = named(QComboBox(self), "contactCombo")
        self.status = named(QComboBox(self), "statusCombo")
        for code, label in status_labels().items():
            if code != "late":
                self.status.addItem(label, code)
        self.closed_at = named(QDateEdit(self), "closedAtEdit")
        self.closed_at.setCalendarPopup(True)
        self.closed_at.setDate(QDate.currentDate())
        self.closed_reason = named(QComboBox(self), "closedReasonCombo")
        self.closed_reason.setEditable(True)

    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("company_id", self.tr("Company (client or prospect)"), self.company),
            ("reference", self.tr("Reference"), self.reference),
            ("source_id", self.tr("Source"), self.source_combo),
            ("due_date", self.tr("Due date"), self.due_date),
            ("name", self.tr("Opportunity name"), self.name),
            ("amount", self.tr("Potential amount"), self.amount),
            ("pipeline_id", self.tr("Pipeline"), self.pipeline),
            ("stage_id", self.tr("Stage"), self.stage),
            ("probability", self.tr("Probability"), self.probability),
            ("brief", self.tr("Brief") if self._mode != "edit" else self.tr("Note"), self.brief),
            ("assignee_ids", self.tr("Assigned collaborators"), self.assignees),
            ("contact_id", self.tr("Responsible contact"), self.contact),
        ]
        if self._mode == "edit":
            rows.insert(5, ("status", self.tr("Status"), self.status))
            rows.insert(6, ("closed_at", self.tr("Closing date"), self.closed_at))
            rows.insert(7, ("closed_reason", self.tr("Reason for loss"), self.closed_reason))
        for field, label, widget in rows:
            self._add_row(form, field, label, widget)
        if self._mode != "edit":  # the closing fields exist only when editing
            for widget in (self.status, self.closed_at, self.closed_reason):
                widget.setVisible(False)
        return form

    def _make_custom_box(self) -> None:
        self.custom_box = named(QGroupBox(self.tr("Custom fields"), self), "customFieldsBox")
        self.custom_form = QFormLayout(self.custom_box)
        self.no_custom = QLabel(self.tr("No custom field is defined for opportunities."), self)
        self.no_custom.setWordWrap(True)
        self.custom_form.addRow(self.no_custom)

    def _add_row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        error = named(QLabel(self), f"error_{field}")
        error.setStyleSheet("color: #C62828;")
        error.setWordWrap(True)
        error.setVisible(False)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)
        self._errors[field] = error
        self._field_widgets[field] = widget

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked)
        self.company.company_changed.connect(self._on_company_changed)
        self.company.create_requested.connect(self.create_company_requested)
        self.pipeline.currentIndexChanged.connect(self._on_pipeline_changed)
        self.stage.currentIndexChanged.connect(self._on_stage_changed)
        self.probability.valueChanged.connect(self._on_probability_edited)
        self.status.currentIndexChanged.connect(self._update_closing_fields)

    # ---------------------------------------------------------------- loading
    async def load(self) -> None:
        """Fill the pickers, then the fields (from ``source`` when editing/duplicating)."""
        self._pipelines = await self._runner.call(list_pipelines)
        sources = await self._runner.call(list_sources)
        users = await self._runner.call(list_users)
        fields = await self._runner.call(list_custom_fields)
        self.source_combo.addItem("", None)
        for src in sources:
            self.source_combo.addItem(src.name, src.id)
        for p in self._pipelines:
            self.pipeline.addItem(p.name, p.id)
        for user in users:
            item = QListWidgetItem(user.display_name, self.assignees)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._add_custom_editors(fields)
        if self._mode == "create":
            self._suggested_reference = await self._runner.call(next_reference_preview)
            self.reference.setText(self._suggested_reference)
            if self._initial_company is not None:
                self.company.set_company(self._initial_company)
        else:
            if self._mode == "edit":
                fill_reasons(self.closed_reason, await self._runner.call(list_loss_reasons), None)
            await self._fill_from_source()
        self._update_closing_fields()
        self._baseline = self.fields()
        (self.company.edit if self._mode == "create" else self.name).setFocus()

    def _add_custom_editors(self, fields: list[Any]) -> None:
        if fields:
            self.custom_form.removeRow(self.no_custom)
        for definition in fields:
            editor = CustomFieldEditor(definition, self.custom_box)
            self._editors[definition.code] = editor
            label = definition.label + (" *" if definition.required else "")
            self._add_row(
                self.custom_form, f"custom_fields.{definition.code}", label, editor.widget
            )

    async def _fill_from_source(self) -> None:
        src = self._source
        assert src is not None
        from oppdesk.services import get_company  # noqa: PLC0415 - only when editing

        company = await self._runner.call(get_company, src.company.id)
        self.company.blockSignals(True)  # else a second contacts load races the one below
        self.company.set_company(company)
        self.company.blockSignals(False)
        await self._load_contacts(company.id, select=src.contact.id if src.contact else None)
        if self._mode == "duplicate":
            self._suggested_reference = await self._runner.call(next_reference_preview)
            self.reference.setText(self._suggested_reference)
        else:
            self.reference.setText(src.reference)
        self.name.setText(src.name)
        self.amount.setText(format(src.amount, "f").replace(".", ","))
        self.source_combo.setCurrentIndex(
            max(0, index_of(self.source_combo, src.source.id if src.source else None))
        )
        if src.due_date:
            self.due_date.setDate(QDate(src.due_date.year, src.due_date.month, src.due_date.day))
        self.pipeline.setCurrentIndex(max(0, index_of(self.pipeline, src.pipeline.id)))
        self.stage.setCurrentIndex(max(0, index_of(self.stage, src.stage.id)))
        self.probability.blockSignals(True)
        self.probability.setValue(src.probability)
        self.probability.blockSignals(False)
        self._probability_manual = src.probability_is_manual
        self.brief.setPlainText(src.brief)
        chosen = {a.id for a in src.assignees}
        for i in range(self.assignees.count()):
            item = self.assignees.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.status.setCurrentIndex(max(0, self.status.findData(src.status)))
        if src.closed_at:
            self.closed_at.setDate(
                QDate(src.closed_at.year, src.closed_at.month, src.closed_at.day)
            )
        if src.closed_reason:
            self.closed_reason.setEditText(src.closed_reason)
        for value in src.custom_fields:
            if value.code in self._editors:
                self._editors[value.code].set_value(value.value)

    async def _load_contacts(self, company_id: uuid.UUID, *, select: uuid.UUID | None) -> None:
        contacts = await self._runner.call(list_contacts, company_id)
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), None)
        for c in contacts:
            self.contact.addItem(c.full_name + (f" — {c.job_title}" if c.job_title else ""), c.id)
        self.contact.setCurrentIndex(max(0, index_of(self.contact, select)))

    # ------------------------------------------------------------------ slots
    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (
            self.reference,
            self.source_combo,
            self.due_date,
            self.name,
            self.amount,
            self.pipeline,
            self.stage,
            self.probability,
            self.brief,
            self.assignees,
            self.contact,
            self.custom_box,
            self.save_button,
        ):
            widget.setEnabled(enabled)

    def _on_company_changed(self, company: CompanyInfo | None) -> None:
        self._set_fields_enabled(company is not None)
        self.contact.clear()
        if company is not None:
            spawn(self._load_contacts(company.id, select=None), name="form-contacts")

    def _on_pipeline_changed(self) -> None:
        pipeline = next((p for p in self._pipelines if p.id == self.pipeline.currentData()), None)
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in pipeline.stages if pipeline else ():
            self.stage.addItem(f"{stage.name} ({stage.default_probability} %)", stage.id)
        self.stage.blockSignals(False)
        self._on_stage_changed()

    def _on_stage_changed(self) -> None:
        if self._probability_manual:
            return
        pipeline = next((p for p in self._pipelines if p.id == self.pipeline.currentData()), None)
        stage = next(
            (s for s in (pipeline.stages if pipeline else ()) if s.id == self.stage.currentData()),
            None,
        )
        if stage is not None:
            self.probability.blockSignals(True)
            self.probability.setValue(stage.default_probability)
            self.probability.blockSignals(False)

    def _on_probability_edited(self) -> None:
        self._probability_manual = True

    def _update_closing_fields(self) -> None:
        status = self.status.currentData()
        closing = self._mode == "edit" and status in ("won", "lost", "cancelled", "closed")
        self.closed_at.setEnabled(closing)
        self.closed_reason.setEnabled(self._mode == "edit" and status == "lost")

    # ------------------------------------------------------------------- save
    def fields(self) -> dict[str, Any]:
        """The form as service fields (only what the user can see and change)."""
        amount_text = self.amount.text().strip()
        amount: Any = parse_amount(amount_text) if amount_text else None
        due = self.due_date.date()
        values: dict[str, Any] = {
            "company_id": self.company.company_id,
            "name": self.name.text(),
            "amount": amount if amount is not None or not amount_text else amount_text,
            "source_id": self.source_combo.currentData(),
            "due_date": None if due == NO_DATE else date(due.year(), due.month(), due.day()),
            "pipeline_id": self.pipeline.currentData(),
            "stage_id": self.stage.currentData(),
            "brief": self.brief.toPlainText(),
            "assignee_ids": [
                self.assignees.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.assignees.count())
                if self.assignees.item(i).checkState() == Qt.CheckState.Checked
            ],
            "contact_id": self.contact.currentData(),
            "custom_fields": {code: e.value() for code, e in self._editors.items()},
        }
        if self._probability_manual:
            values["probability"] = self.probability.value()
        reference = self.reference.text().strip()
        if self._mode == "edit" or reference != self._suggested_reference:
            values["reference"] = reference
        if self._mode == "edit":
            values["status"] = self.status.currentData()
            closed = self.closed_at.date()
            values["closed_at"] = date(closed.year(), closed.month(), closed.day())
            values["closed_reason"] = self.closed_reason.currentText()
        return values

    def _on_save_clicked(self) -> None:
        spawn(self.save(), name="opportunity-save")

    async def save(self) -> OpportunityDetail | None:
        values = self.fields()
        missing = closing_errors(values) if self._mode == "edit" else {}
        self._show_errors(missing)
        if missing:
            return None
        self.save_button.setEnabled(False)
        try:
            result = await self._submit(values)
        except ValidationError as exc:
            self._show_errors({f: field_error_text(e) for f, e in exc.errors.items()})
            return None
        except UserError as exc:
            self._show_general(user_error_text(exc))
            return None
        finally:
            self.save_button.setEnabled(True)
        if result is None:
            return None
        self.saved.emit(result)
        self.accept()
        return result

    async def _submit(self, values: dict[str, Any]) -> OpportunityDetail | None:
        if self._mode == "edit":
            return await self._save_edit(values)
        if self._mode == "duplicate":
            assert self._source is not None
            return await self._runner.call(duplicate_opportunity, self._source.id, values)
        return await self._runner.call(create_opportunity, values)

    async def _save_edit(self, values: dict[str, Any]) -> OpportunityDetail | None:
        """Save at the loaded version. On a conflict (views/conflict_dialog.py) the user
        reloads the form or applies the fields they changed here on top of the stored one."""
        src = self._source
        assert src is not None
        base = self._baseline
        mine = {k: v for k, v in values.items() if k not in base or base[k] != v}
        names = {s.id: s.name for p in self._pipelines for s in p.stages}
        intended, others = comparable(mine, names)

        async def submit(version: int | None) -> OpportunityDetail:
            changes = values if version == src.version else mine
            return await self._runner.call(
                update_opportunity, src.id, changes, expected_version=version
            )

        outcome = await save_with_conflicts(
            self, submit, src.version, intended=intended, others=others, currency=src.currency
        )
        if outcome.choice == RELOAD:
            self._source = await self._runner.call(get_opportunity, src.id)
            await self._fill_from_source()
            self._update_closing_fields()
            self._baseline = self.fields()
            self._show_general(self.tr("Your changes were discarded; here is the saved record."))
        return outcome.value

    def _show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(errors, self._errors, self._field_widgets, self.general_error)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(True)
