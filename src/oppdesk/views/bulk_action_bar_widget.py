"""Actions en masse: the "Choose an action" combo and the Apply button above the list.

Apply opens the action's form, asks for confirmation with the number of records, runs the
service on the database thread with a cancellable progress dialog, reports what changed and
what was skipped, and keeps the batch so Ctrl+Z can undo it.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    UserError,
    count_selection,
    list_custom_fields,
    list_groups,
    list_pipelines,
    list_sources,
    list_users,
)
from oppdesk.services.opportunity_list import Selection
from oppdesk.views.app_context import AppContext
from oppdesk.views.bulk_action_dialogs import ACTION_KEYS, BulkActionDialog, Choices
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.widgets import named

if TYPE_CHECKING:
    # The bulk services are imported when an action runs, not at start-up.
    from oppdesk.services.bulk import BulkReport


class _Progress(QObject):
    """Carries progress from the database thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class BulkActionBarWidget(QWidget):
    applied = Signal(object)  # BulkReport
    undone = Signal(int)

    def __init__(
        self, ctx: AppContext, selection: Callable[[], Selection], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selection = selection
        self._checked = 0
        self._last_batch: uuid.UUID | None = None
        self.dialog: BulkActionDialog | None = None
        self.progress: QProgressDialog | None = None
        self._build_ui()
        self._connect()
        self._update_enabled()

    def _labels(self) -> dict[str, str]:
        return {
            "sharing": self.tr("Change sharing options"),
            "delete": self.tr("Delete"),
            "collaborators": self.tr("Assign collaborators"),
            "custom_fields": self.tr("Edit custom fields"),
            "tags": self.tr("Edit smart-tags"),
            "move": self.tr("Move (pipeline and stage)"),
            "status": self.tr("Change the status"),
            "due_dates": self.tr("Change due dates"),
            "source": self.tr("Edit the source"),
            "task": self.tr("Create a task"),
        }

    def _build_ui(self) -> None:
        self.combo = named(QComboBox(self), "bulkActionCombo")
        self.combo.setPlaceholderText(self.tr("Choose an action"))
        labels = self._labels()
        for key in ACTION_KEYS:
            self.combo.addItem(labels[key], key)
        self.combo.setCurrentIndex(-1)
        self.apply_button = named(QPushButton(self.tr("Apply"), self), "bulkApplyButton")
        self.undo_action = named(
            QAction(icon("undo"), self.tr("Undo last bulk action"), self), "bulkUndoAction"
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)
        self.undo_button = named(QToolButton(self), "bulkUndoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.apply_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)

    def _connect(self) -> None:
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.combo.currentIndexChanged.connect(self._update_enabled)

    def set_checked_count(self, count: int) -> None:
        self._checked = count
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        allowed = self._ctx.me.rights.can_bulk
        self.combo.setEnabled(allowed)
        self.apply_button.setEnabled(
            allowed and self._checked > 0 and self.combo.currentIndex() >= 0
        )

    # ------------------------------------------------------------- slots
    def _on_apply_button_clicked(self) -> None:
        spawn(self.apply(), name="bulk-apply")

    def _on_undo_action_triggered(self) -> None:
        spawn(self.undo(), name="bulk-undo")

    # ------------------------------------------------------------- apply
    async def apply(self) -> BulkReport | None:
        key = self.combo.currentData()
        if key is None or not self.apply_button.isEnabled():
            return None
        self.apply_button.setEnabled(False)
        try:
            return await self._apply(str(key))
        except UserError as exc:
            await self._ctx.prompter.inform(
                self, self.tr("Bulk action"), user_error_text(exc), warning=True
            )
            return None
        finally:
            self._update_enabled()

    async def _apply(self, key: str) -> BulkReport | None:
        selection = self._selection()
        self.dialog = BulkActionDialog(key, await self._choices(), self)
        try:
            action = await self.dialog.ask()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        if action is None:
            return None
        count = await self._ctx.runner.call(count_selection, selection)
        text = self.tr("%n opportunities will be changed. Continue?", "", count)
        if not await self._ctx.prompter.confirm(self, self.tr("Bulk action"), text):
            return None
        report = await self._run(selection, action)
        if report is None:
            return None
        self._last_batch = report.batch_id
        self.undo_action.setEnabled(True)
        self._ctx.events.opportunity_saved.emit(None)
        self.applied.emit(report)
        await self._ctx.prompter.inform(
            self, self.tr("Bulk action"), self.report_text(report, action)
        )
        return report

    def report_text(self, report: BulkReport, action: object) -> str:
        """What was changed and what was skipped, and why."""
        from oppdesk.services.bulk_actions import CreateTask  # noqa: PLC0415 - loaded by now

        parts = [
            self.tr("%n changed", "", report.changed),
            self.tr("%n skipped: insufficient rights", "", report.skipped_no_right),
        ]
        if isinstance(action, CreateTask) and report.unchanged:
            parts.append(self.tr("%n skipped: the assignee cannot see them", "", report.unchanged))
        return ", ".join(parts)

    async def _choices(self) -> Choices:
        run = self._ctx.runner.call
        return Choices(
            pipelines=tuple(await run(list_pipelines)),
            sources=tuple(await run(list_sources)),
            users=tuple(await run(list_users)),
            groups=tuple(await run(list_groups)),
            fields=tuple(await run(list_custom_fields)),
        )

    async def _run(self, selection: Selection, action: Any) -> BulkReport | None:
        from oppdesk.services.bulk import BulkCancelled, bulk_update  # noqa: PLC0415

        stop = threading.Event()
        relay = _Progress(self)
        dialog = named(
            QProgressDialog(self.tr("Applying the bulk action…"), self.tr("Cancel"), 0, 0, self),
            "bulkProgressDialog",
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(stop.set)
        relay.changed.connect(lambda done, total: _show_progress(dialog, done, total))
        self.progress = dialog
        try:
            return await self._ctx.runner.call(
                bulk_update, selection, action, progress=relay.changed.emit, cancelled=stop.is_set
            )
        except BulkCancelled:
            await self._ctx.prompter.inform(
                self, self.tr("Bulk action"), self.tr("Cancelled: nothing was changed.")
            )
            return None
        finally:
            dialog.reset()
            dialog.deleteLater()
            relay.deleteLater()
            self.progress = None

    # ------------------------------------------------------------- undo
    async def undo(self) -> int:
        from oppdesk.services.bulk import BulkUndoConflict, undo_bulk  # noqa: PLC0415

        batch = self._last_batch
        if batch is None:
            return 0
        self.undo_action.setEnabled(False)
        try:
            restored = await self._ctx.runner.call(undo_bulk, batch)
        except BulkUndoConflict:
            text = self.tr(
                "Some of these records were changed after the bulk action; "
                "it can no longer be undone."
            )
            await self._ctx.prompter.inform(self, self.tr("Undo"), text, warning=True)
            return 0
        except UserError as exc:
            await self._ctx.prompter.inform(
                self, self.tr("Undo"), user_error_text(exc), warning=True
            )
            return 0
        self._last_batch = None
        self._ctx.events.opportunity_saved.emit(None)
        self.undone.emit(restored)
        return restored


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 1))
    dialog.setValue(done)
