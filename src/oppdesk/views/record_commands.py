"""What the opportunity record window does: the Actions menu's commands, and the stage and
status changes from the header and the Pipeline tab (through the conflict dialog).

The base class of :class:`~oppdesk.views.opportunity_record_window.OpportunityRecordWindow`
(which builds the widgets and loads the record), kept apart so each module stays readable.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    UserError,
    delete_opportunity,
    list_loss_reasons,
    move_to_stage,
    update_opportunity,
)
from oppdesk.services.dto import OpportunityDetail, PipelineInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.closing_dialog import CLOSED_STATUSES, ClosingDialog
from oppdesk.views.conflict_dialog import (
    CANCEL,
    RELOAD,
    SAVED,
    Outcome,
    comparable,
    save_with_conflicts,
)
from oppdesk.views.error_text import user_error_text
from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog
from oppdesk.views.time_entries_dialog import TimeEntriesDialog
from oppdesk.views.time_entry_dialog import TimeEntryDialog

Submit = Callable[[int | None], Awaitable[Any]]


class RecordCommands(QMainWindow):
    open_opportunity_requested = Signal(object)  # uuid (e.g. the copy after Dupliquer)
    open_company_requested = Signal(object)  # CompanyInfo
    closed_after_delete = Signal(object)  # uuid

    ctx: AppContext
    opportunity_id: uuid.UUID
    detail: OpportunityDetail | None
    pipelines: list[PipelineInfo]
    _dialogs: set[QWidget]
    _own_event: bool

    async def reload(self) -> None:
        raise NotImplementedError

    def show_error(self, error: Exception) -> None:
        text = user_error_text(error) if isinstance(error, UserError) else str(error)
        self.statusBar().showMessage(text, 10_000)
        spawn(self.ctx.prompter.inform(self, self.tr("Opportunity"), text, warning=True))

    def _notify(self, deleted: bool = False) -> None:
        """Tell the lists and the other windows; our own handlers ignore it."""
        signal = (
            self.ctx.events.opportunity_deleted if deleted else self.ctx.events.opportunity_saved
        )
        self._own_event = True
        try:
            signal.emit(self.opportunity_id)
        finally:
            self._own_event = False

    # ---------------------------------------------------------------- dialogs
    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def edit(self) -> OpportunityFormDialog | None:
        """Modifier l'opportunité: the edit form over the record as last loaded."""
        if self.detail is None:
            return None
        dialog = OpportunityFormDialog(
            self.ctx.runner, mode="edit", source=self.detail, parent=self
        )
        dialog.saved.connect(lambda _detail: self._notify())
        dialog.finished.connect(lambda _code: spawn(self.reload(), name="record-reload"))
        self._open_form(dialog)
        return dialog

    def duplicate(self) -> OpportunityFormDialog | None:
        """Dupliquer l'opportunité: the form pre-filled with a copy; saved, the copy opens."""
        if self.detail is None:
            return None
        dialog = OpportunityFormDialog(
            self.ctx.runner, mode="duplicate", source=self.detail, parent=self
        )
        dialog.saved.connect(self._on_duplicate_saved)
        self._open_form(dialog)
        return dialog

    def _open_form(self, dialog: OpportunityFormDialog) -> None:
        self._keep(dialog)
        dialog.open()
        spawn(dialog.load(), name="record-form-load")

    def _on_duplicate_saved(self, copy: OpportunityDetail) -> None:
        self.ctx.events.opportunity_saved.emit(copy.id)
        self.open_opportunity_requested.emit(copy.id)

    def log_time(self) -> TimeEntryDialog:
        dialog = TimeEntryDialog(self.ctx.runner, self.opportunity_id, self)
        self._keep(dialog)
        dialog.saved.connect(
            lambda entry: self.statusBar().showMessage(self.tr("Time logged."), 5000)
        )
        dialog.open()
        return dialog

    def show_time_entries(self) -> TimeEntriesDialog:
        dialog = TimeEntriesDialog(self.ctx, self.opportunity_id, self)
        self._keep(dialog)
        dialog.open()
        spawn(dialog.load(), name="time-entries-load")
        return dialog

    # ---------------------------------------------------------------- delete
    async def delete(self) -> bool:
        """Supprimer l'opportunité, after confirmation; the window then closes."""
        d = self.detail
        if d is None:
            return False
        question = self.tr("Delete the opportunity %1 — %2?").replace("%1", d.reference)
        if not await self.ctx.prompter.confirm(
            self, self.tr("Delete the opportunity"), question.replace("%2", d.name)
        ):
            return False

        async def submit(version: int | None) -> None:
            await self.ctx.runner.call(delete_opportunity, d.id, expected_version=version)

        outcome = await self._save({}, submit, reload=False)
        if outcome.choice == RELOAD:
            await self.reload()
        if outcome.choice != SAVED:
            return False
        self._notify(deleted=True)
        self.closed_after_delete.emit(d.id)
        self.close()
        return True

    # ------------------------------------------------------- stage and status
    def _on_stage_requested(self, stage_id: uuid.UUID) -> None:
        spawn(self.move_to_stage(stage_id), name="record-move")

    async def move_to_stage(self, stage_id: uuid.UUID) -> bool:
        """Move to ``stage_id`` (history recorded, probability follows unless set by hand)."""

        async def submit(version: int | None) -> OpportunityDetail:
            return await self.ctx.runner.call(
                move_to_stage, self.opportunity_id, stage_id, expected_version=version
            )

        outcome = await self._save({"stage_id": stage_id}, submit)
        return outcome.choice == SAVED

    def _on_header_status_chosen(self, status: str) -> None:
        spawn(self.change_status(status), name="record-status")

    async def change_status(self, status: str) -> bool | ClosingDialog:
        """Back to open at once; a closed status first asks for the closing date (and the
        reason for lost): returns that dialog."""
        if status in CLOSED_STATUSES:
            return await self.open_closing_dialog(status)
        values = {"status": status}
        return (await self._save(values, self._updater(values))).choice == SAVED

    async def open_closing_dialog(self, status: str) -> ClosingDialog:
        reasons = await self.ctx.runner.call(list_loss_reasons)
        closed_at = self.detail.closed_at if self.detail else None

        async def submit(values: dict[str, Any]) -> bool:
            outcome = await self._save(values, self._updater(values), show_errors=False)
            return outcome.choice != CANCEL

        dialog = ClosingDialog(status, reasons, submit, closed_at=closed_at, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _updater(self, values: Mapping[str, Any]) -> Submit:
        async def submit(version: int | None) -> OpportunityDetail:
            return await self.ctx.runner.call(
                update_opportunity, self.opportunity_id, dict(values), expected_version=version
            )

        return submit

    # ------------------------------------------------------------------ saving
    async def _save(
        self,
        changes: Mapping[str, Any],
        submit: Submit,
        *,
        show_errors: bool = True,
        reload: bool = True,
    ) -> Outcome[Any]:
        """Submit at the loaded version; a conflict asks the user. Saved or reloaded, the
        record is read again. ``show_errors=False`` lets ``UserError`` reach the caller."""
        d = self.detail
        if d is None:
            return Outcome(CANCEL)
        names = {s.id: s.name for p in self.pipelines for s in p.stages}
        intended, others = comparable(changes, names)
        try:
            outcome = await save_with_conflicts(
                self, submit, d.version, intended=intended, others=others, currency=d.currency
            )
        except UserError as exc:
            if not show_errors:
                raise
            self.show_error(exc)
            return Outcome(CANCEL)
        if outcome.choice == SAVED and reload:
            self._notify()
        if outcome.choice != CANCEL and reload:
            await self.reload()
        return outcome
