"""A read-only summary of one opportunity (double-click or Enter in the list)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services import UserError, get_opportunity
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import user_error_text
from oppdesk.views.formatting import format_amount, format_date, status_label
from oppdesk.views.widgets import named


class OpportunitySummaryDialog(QDialog):
    edit_requested = Signal(object)  # uuid

    def __init__(self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("opportunitySummaryDialog")
        self._ctx = ctx
        self._id = opportunity_id
        self.detail: OpportunityDetail | None = None
        self.title = named(QLabel(self), "summaryTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.edit_button = named(
            self.buttons.addButton(self.tr("Edit"), QDialogButtonBox.ButtonRole.ActionRole),
            "summaryEditButton",
        )
        self.edit_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.close)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        ctx.events.opportunity_saved.connect(self._on_saved_elsewhere)
        self.resize(520, 480)

    async def load(self) -> None:
        try:
            self.detail = d = await self._ctx.runner.call(get_opportunity, self._id)
        except UserError as exc:
            self.title.setText(user_error_text(exc))
            return
        self.setWindowTitle(f"{d.reference} — {d.name}")
        self.title.setText(d.name)
        while self.form.rowCount():
            self.form.removeRow(0)
        rows = [
            (self.tr("Reference"), d.reference),
            (self.tr("Company"), d.company.name),
            (self.tr("Contact"), d.contact.name if d.contact else "—"),
            (self.tr("Potential amount"), format_amount(d.amount, d.currency)),
            (self.tr("Probability"), f"{d.probability} %"),
            (self.tr("Weighted amount"), format_amount(d.weighted_amount, d.currency)),
            (self.tr("Due date"), format_date(d.due_date) or "—"),
            (self.tr("Pipeline"), d.pipeline.name),
            (self.tr("Stage"), d.stage.name),
            (self.tr("Status"), status_label(self, d.display_status)),
            (self.tr("Owner"), d.owner.name),
            (self.tr("Assigned collaborators"), ", ".join(a.name for a in d.assignees) or "—"),
            (self.tr("Source"), d.source.name if d.source else "—"),
            (self.tr("Smart-tags"), ", ".join(d.tags) or "—"),
            (self.tr("Brief"), d.brief or "—"),
        ]
        rows += [(c.label, "" if c.value is None else str(c.value)) for c in d.custom_fields]
        for label, value in rows:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.form.addRow(label, field)
        self.edit_button.setEnabled(d.rights.can_edit)
        if not d.rights.can_edit:
            self.edit_button.setToolTip(
                self.tr("Your privilege profile does not allow this; ask an administrator.")
            )

    def _on_edit_clicked(self) -> None:
        self.edit_requested.emit(self._id)

    def _on_saved_elsewhere(self, opportunity_id: uuid.UUID) -> None:
        if opportunity_id == self._id:
            from oppdesk.runtime.tasks import spawn  # noqa: PLC0415

            spawn(self.load(), name="summary-reload")
