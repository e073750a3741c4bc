"""Informations générales: every field of the opportunity, read-only, with Éditer (the edit
form, opened by the window) and Partager; and the record's smart-tags."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import UserError, add_tag, remove_tag
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.formatting import (
    format_amount,
    format_date,
    format_datetime,
    format_percent,
    status_label,
)
from oppdesk.views.icons import icon
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.custom_fields_tab import custom_value_text
from oppdesk.views.rights_text import allow
from oppdesk.views.share_dialog import ShareDialog
from oppdesk.views.tag_chips_widget import TagChipsWidget
from oppdesk.views.widgets import named

CAPTION_STYLE = "color: #607D8B;"


class GeneralInfoTab(RecordTab):
    edit_requested = Signal()

    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("generalInfoTab")
        self.values: dict[str, QLabel] = {}
        self.share_dialog: ShareDialog | None = None
        self._build_ui()
        self.edit_button.clicked.connect(self.edit_requested)
        self.share_button.clicked.connect(self._on_share_button_clicked)
        self.tags.tag_added.connect(self._on_tags_tag_added)
        self.tags.tag_removed.connect(self._on_tags_tag_removed)

    def title(self) -> str:
        return self.tr("General information")

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.edit_button = named(QPushButton(icon("edit"), self.tr("Edit"), self), "editButton")
        self.share_button = named(QPushButton(icon("share"), self.tr("Share"), self), "shareButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.share_button)
        buttons.addStretch(1)
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._section(self.tr("Opportunity"), self._deal_rows()), 0, 0)
        grid.addWidget(self._section(self.tr("Progress"), self._progress_rows()), 0, 1)
        grid.addWidget(self._section(self.tr("Note"), [("brief", "")]), 1, 0, 1, 2)
        self.tags = TagChipsWidget(self.ctx.runner, content)
        tags_box = named(QGroupBox(self.tr("Smart-tags"), content), "tagsBox")
        QVBoxLayout(tags_box).addWidget(self.tags)
        grid.addWidget(tags_box, 2, 0, 1, 2)
        self.custom_box = named(QGroupBox(self.tr("Custom fields"), content), "infoCustomFields")
        self.custom_form = QFormLayout(self.custom_box)
        grid.addWidget(self.custom_box, 3, 0, 1, 2)
        self.footer = named(QLabel(content), "info_footer")
        self.footer.setStyleSheet(CAPTION_STYLE)
        grid.addWidget(self.footer, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def _deal_rows(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Opportunity name")),
            ("reference", self.tr("Reference")),
            ("company", self.tr("Company")),
            ("contact", self.tr("Responsible contact")),
            ("source", self.tr("Source")),
            ("owner", self.tr("Owner")),
            ("assignees", self.tr("Assigned collaborators")),
            ("shares", self.tr("Shared with")),
        ]

    def _progress_rows(self) -> list[tuple[str, str]]:
        return [
            ("status", self.tr("Status")),
            ("pipeline", self.tr("Pipeline")),
            ("stage", self.tr("Stage")),
            ("probability", self.tr("Probability")),
            ("amount", self.tr("Potential amount")),
            ("weighted_amount", self.tr("Weighted amount")),
            ("due_date", self.tr("Due date")),
            ("closed_at", self.tr("Closing date")),
            ("closed_reason", self.tr("Reason for loss")),
        ]

    def _section(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in rows:
            value = named(QLabel(box), f"info_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            if label:
                caption = QLabel(label, box)
                caption.setStyleSheet(CAPTION_STYLE)
                form.addRow(caption, value)
            else:
                form.addRow(value)
        return box

    # ------------------------------------------------------------------ data
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        d = detail
        texts = {
            "name": d.name,
            "reference": d.reference,
            "company": d.company.name,
            "contact": d.contact.name if d.contact else "",
            "source": d.source.name if d.source else "",
            "owner": d.owner.name,
            "assignees": ", ".join(a.name for a in d.assignees),
            "shares": ", ".join(s.target.name for s in d.shares),
            "status": status_label(self, d.display_status),
            "pipeline": d.pipeline.name,
            "stage": d.stage.name,
            "probability": format_percent(d.probability),
            "amount": format_amount(d.amount, d.currency),
            "weighted_amount": format_amount(d.weighted_amount, d.currency),
            "due_date": format_date(d.due_date),
            "closed_at": format_date(d.closed_at),
            "closed_reason": d.closed_reason or "",
            "brief": d.brief or self.tr("No note."),
        }
        for key, text in texts.items():
            self.values[key].setText(text or "—")
        self._show_custom_fields(d)
        self.footer.setText(self._footer_text(d))
        self.tags.set_tags(d.tags, editable=d.rights.can_edit)
        allow(self.edit_button, d.rights.can_edit, self.tr("Edit the opportunity"))
        allow(self.share_button, d.rights.can_share, self.tr("Owner and shares"))
        if self.share_dialog is not None and isValid(self.share_dialog):
            self.share_dialog.detail = d

    def _show_custom_fields(self, d: OpportunityDetail) -> None:
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        for value in d.custom_fields:
            text = named(
                QLabel(custom_value_text(value, d.currency), self.custom_box),
                f"info_custom_{value.code}",
            )
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(value.label, self.custom_box)
            caption.setStyleSheet(CAPTION_STYLE)
            self.custom_form.addRow(caption, text)
        if not d.custom_fields:
            self.custom_form.addRow(QLabel(self.tr("No custom field."), self.custom_box))

    def _footer_text(self, d: OpportunityDetail) -> str:
        created = self.tr("Created on %1 by %2").replace("%1", format_datetime(d.created_at))
        created = created.replace("%2", d.created_by.name if d.created_by else "—")
        changed = self.tr("last changed on %1 by %2").replace("%1", format_datetime(d.updated_at))
        return f"{created} · {changed.replace('%2', d.updated_by.name if d.updated_by else '—')}"

    # ------------------------------------------------------------------ writes
    def _on_share_button_clicked(self) -> None:
        self.open_share_dialog()

    def open_share_dialog(self) -> ShareDialog | None:
        if self.detail is None:
            return None
        dialog = ShareDialog(self.ctx, self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_share_dialog_changed)
        self.share_dialog = dialog
        dialog.open()
        spawn(dialog.load(), name="share-dialog-load")
        return dialog

    def _on_share_dialog_changed(self) -> None:
        self.changed.emit()

    def _on_tags_tag_added(self, name: str) -> None:
        spawn(self.add_tag(name), name="tag-add")

    def _on_tags_tag_removed(self, name: str) -> None:
        spawn(self.remove_tag(name), name="tag-remove")

    async def add_tag(self, name: str) -> bool:
        return await self._write(lambda: self.ctx.runner.call(add_tag, self.opportunity_id, name))

    async def remove_tag(self, name: str) -> bool:
        return await self._write(
            lambda: self.ctx.runner.call(remove_tag, self.opportunity_id, name)
        )

    async def _write(self, call: Callable[[], Awaitable[OpportunityDetail]]) -> bool:
        try:
            detail = await call()
        except UserError as exc:
            self.error.emit(exc)
            return False
        if isValid(self):
            self.tags.set_tags(detail.tags, editable=detail.rights.can_edit)
        self.changed.emit()
        return True
