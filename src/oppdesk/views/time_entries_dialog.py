"""Voir les entrées de temps: the opportunity's time entries, the total per collaborator and
the grand total; one's own entries can be deleted (an administrator's, anyone's)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import TimeSheet, UserError, delete_time_entry, list_time_entries
from oppdesk.views.app_context import AppContext
from oppdesk.views.durations import format_minutes
from oppdesk.views.error_text import user_error_text
from oppdesk.views.formatting import format_date
from oppdesk.views.icons import icon
from oppdesk.views.time_entry_dialog import TimeEntryDialog
from oppdesk.views.widgets import named

ID_ROLE = Qt.ItemDataRole.UserRole


class TimeEntriesDialog(QDialog):
    changed = Signal()

    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeEntriesDialog")
        self.setWindowTitle(self.tr("Time entries"))
        self.setWindowIcon(icon("time"))
        self.ctx = ctx
        self._opportunity_id = opportunity_id
        self.sheet: TimeSheet | None = None
        self._owners: dict[uuid.UUID, uuid.UUID] = {}
        self._build_ui()
        self._connect()

    def _make_lists(self) -> None:
        self.entries = named(QTreeWidget(self), "timeEntriesList")
        self.entries.setRootIsDecorated(False)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setHeaderLabels(
            [self.tr("Date"), self.tr("Collaborator"), self.tr("Duration"), self.tr("Description")]
        )
        header = self.entries.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals = named(QTreeWidget(self), "timeTotalsList")
        self.totals.setRootIsDecorated(False)
        self.totals.setHeaderLabels([self.tr("Collaborator"), self.tr("Total")])
        self.totals.setMaximumHeight(130)
        self.totals.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.grand_total = named(QLabel(self), "timeGrandTotalLabel")
        font = self.grand_total.font()
        font.setBold(True)
        self.grand_total.setFont(font)

    def _build_ui(self) -> None:
        self._make_lists()
        self.log_button = named(
            QPushButton(icon("add"), self.tr("Log time"), self), "timeLogButton"
        )
        self.delete_button = named(
            QPushButton(icon("delete"), self.tr("Delete"), self), "timeDeleteButton"
        )
        self.delete_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Close), "timeEntriesCloseButton")
        row = QHBoxLayout()
        row.addWidget(self.log_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries, 1)
        layout.addWidget(QLabel(self.tr("Totals per collaborator"), self))
        layout.addWidget(self.totals)
        layout.addWidget(self.grand_total)
        layout.addLayout(row)
        self.resize(640, 480)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    async def load(self) -> None:
        try:
            sheet = await self.ctx.runner.call(list_time_entries, self._opportunity_id)
        except UserError as exc:
            if isValid(self):
                self.grand_total.setText(user_error_text(exc))
            return
        if isValid(self):
            self._show(sheet)

    def _show(self, sheet: TimeSheet) -> None:
        self.sheet = sheet
        self.entries.clear()
        self._owners = {}
        for entry in sheet.entries:
            item = QTreeWidgetItem(
                [
                    format_date(entry.work_date),
                    entry.user.name,
                    format_minutes(entry.minutes),
                    entry.description,
                ]
            )
            item.setData(0, ID_ROLE, entry.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.entries.addTopLevelItem(item)
            self._owners[entry.id] = entry.user.id
        self.totals.clear()
        for total in sheet.totals:
            item = QTreeWidgetItem([total.user.name, format_minutes(total.minutes)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.totals.addTopLevelItem(item)
        self.grand_total.setText(
            self.tr("Total: %1").replace("%1", format_minutes(sheet.total_minutes))
        )
        self._update_buttons()

    def selected_entry(self) -> uuid.UUID | None:
        items = self.entries.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        entry_id = self.selected_entry()
        me = self.ctx.me
        mine = entry_id is not None and (self._owners.get(entry_id) == me.id or me.rights.can_admin)
        self.delete_button.setEnabled(mine)
        self.log_button.setEnabled(me.rights.can_time_tracking)

    def _on_log_button_clicked(self) -> None:
        dialog = TimeEntryDialog(self.ctx.runner, self._opportunity_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_entry_saved)
        dialog.open()

    def _on_entry_saved(self) -> None:
        self.changed.emit()
        spawn(self.load(), name="time-entries-reload")

    def _on_delete_button_clicked(self) -> None:
        entry_id = self.selected_entry()
        if entry_id is not None:
            spawn(self.delete_entry(entry_id), name="time-entry-delete")

    async def delete_entry(self, entry_id: uuid.UUID) -> bool:
        if not await self.ctx.prompter.confirm(
            self, self.tr("Delete the time entry"), self.tr("Delete this time entry?")
        ):
            return False
        try:
            await self.ctx.runner.call(delete_time_entry, entry_id)
        except UserError as exc:
            await self.ctx.prompter.inform(
                self, self.tr("Time entries"), user_error_text(exc), warning=True
            )
            return False
        self.changed.emit()
        if isValid(self):
            await self.load()
        return True
