"""La fiche opportunité: the header (name, status, stage bar, key figures), the Actions menu
at the top right, and the seven tabs.

Several record windows can be open at once: each reloads when ``ctx.events`` says its
opportunity was saved elsewhere, and closes when it was deleted. Writes that can meet a
newer version (stage, status) go through the conflict dialog; tabs that write emit
``changed`` and the window reloads everything.
"""

from __future__ import annotations

import importlib
import uuid

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import NotFound, UserError, get_company, get_opportunity, list_pipelines
from oppdesk.services.dto import OpportunityDetail, PipelineInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.record_actions_button import RecordActionsButton
from oppdesk.views.record_commands import RecordCommands
from oppdesk.views.record_header_widget import RecordHeaderWidget
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.custom_fields_tab import CustomFieldsTab
from oppdesk.views.record_tabs.general_info_tab import GeneralInfoTab
from oppdesk.views.record_tabs.pipeline_tab import PipelineTab
from oppdesk.views.widgets import named

(TAB_ACTIVITY, TAB_PIPELINE, TAB_GENERAL, TAB_LINKED, TAB_CUSTOM, TAB_REDACTOR, TAB_FILES) = range(
    7
)
# Tabs written in parallel by another engineer: used as soon as their module exists.
EXTERNAL_TABS = {
    TAB_ACTIVITY: ("activity_tab", "ActivityTab", "activity"),
    TAB_LINKED: ("linked_documents_tab", "LinkedDocumentsTab", "documents"),
    TAB_REDACTOR: ("redactor_tab", "RedactorTab", "redactor"),
    TAB_FILES: ("files_tab", "FilesTab", "files"),
}


class OpportunityRecordWindow(RecordCommands):
    """Signals (from :class:`RecordCommands`): ``open_opportunity_requested(uuid)``,
    ``open_company_requested(CompanyInfo)``, ``closed_after_delete(uuid)``."""

    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("opportunityRecordWindow")
        self.setWindowIcon(icon("opportunity"))
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.detail: OpportunityDetail | None = None
        self.pipelines: list[PipelineInfo] = []
        self._dialogs: set[QWidget] = set()
        self._generation = Generation()
        self._own_event = False
        self._build_ui()
        self._connect()
        self._restore_geometry()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.header = RecordHeaderWidget(self)
        self.actions_button = RecordActionsButton(self)
        self.header.add_corner_widget(self.actions_button)
        self.tabs = named(QTabWidget(self), "recordTabs")
        self.tabs.setDocumentMode(True)
        self.pipeline_tab = PipelineTab(self.ctx, self.opportunity_id, self)
        self.general_tab = GeneralInfoTab(self.ctx, self.opportunity_id, self)
        self.custom_tab = CustomFieldsTab(self.ctx, self.opportunity_id, self)
        titles = {
            TAB_ACTIVITY: (self.tr("Activity"), "activity"),
            TAB_PIPELINE: (self.tr("Pipeline"), "pipeline"),
            TAB_GENERAL: (self.tr("General information"), "info"),
            TAB_LINKED: (self.tr("Linked documents"), "documents"),
            TAB_CUSTOM: (self.tr("Custom fields"), "fields"),
            TAB_REDACTOR: (self.tr("Redactor documents"), "redactor"),
            TAB_FILES: (self.tr("Files"), "files"),
        }
        own: dict[int, QWidget] = {
            TAB_PIPELINE: self.pipeline_tab,
            TAB_GENERAL: self.general_tab,
            TAB_CUSTOM: self.custom_tab,
        }
        for index, (title, icon_name) in titles.items():
            page = own.get(index) or self._external_tab(*EXTERNAL_TABS[index][:2])
            self.tabs.addTab(page, icon(icon_name), title)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("recordStatusBar")
        self.resize(1180, 800)

    def _external_tab(self, module: str, class_name: str) -> QWidget:
        """The other engineer's tab when its module exists, else a label saying it is coming."""
        full_name = f"oppdesk.views.record_tabs.{module}"
        try:
            tab_class = getattr(importlib.import_module(full_name), class_name, None)
        except ModuleNotFoundError as exc:
            if exc.name != full_name:
                raise
            tab_class = None
        if tab_class is not None:
            page: QWidget = tab_class(self.ctx, self.opportunity_id, self)
            return page
        label = named(QLabel(self.tr("This tab is being built."), self), f"{module}Placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #78909C;")
        return label

    def record_tabs(self) -> list[RecordTab]:
        pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [page for page in pages if isinstance(page, RecordTab)]

    def _connect(self) -> None:
        self.header.stage_clicked.connect(self._on_stage_requested)
        self.header.status_chosen.connect(self._on_header_status_chosen)
        self.header.company_clicked.connect(self._on_header_company_clicked)
        self.pipeline_tab.stage_requested.connect(self._on_stage_requested)
        self.general_tab.edit_requested.connect(self.edit)
        buttons = self.actions_button
        buttons.edit_action.triggered.connect(lambda: self.edit())
        buttons.duplicate_action.triggered.connect(lambda: self.duplicate())
        buttons.delete_action.triggered.connect(lambda: spawn(self.delete(), name="record-delete"))
        buttons.log_time_action.triggered.connect(lambda: self.log_time())
        buttons.time_entries_action.triggered.connect(lambda: self.show_time_entries())
        for tab in self.record_tabs():
            tab.changed.connect(self._on_tab_changed)
            tab.error.connect(self.show_error)
        self.ctx.events.opportunity_saved.connect(self._on_events_opportunity_saved)
        self.ctx.events.opportunity_deleted.connect(self._on_events_opportunity_deleted)
        shortcuts = (
            (QKeySequence(Qt.Key.Key_Escape), self._on_escape),
            (QKeySequence("Ctrl+Tab"), lambda: self._step_tab(1)),
            (QKeySequence("Ctrl+Shift+Tab"), lambda: self._step_tab(-1)),
            (QKeySequence("Ctrl+Backtab"), lambda: self._step_tab(-1)),
        )
        for sequence, slot in shortcuts:
            QShortcut(sequence, self, slot)

    def _on_escape(self) -> None:
        """Esc leaves the custom fields' edit mode first, then closes the window."""
        if self.custom_tab.is_editing():
            self.custom_tab.stop_editing()
        else:
            self.close()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # ------------------------------------------------------------- loading
    async def load(self) -> None:
        await self.reload()

    async def reload(self) -> None:
        """The record as stored now: header, actions, then every tab."""
        ticket = self._generation.next()
        try:
            detail = await self.ctx.runner.call(get_opportunity, self.opportunity_id)
            if detail.pipeline.id not in {p.id for p in self.pipelines}:
                self.pipelines = await self.ctx.runner.call(list_pipelines)
        except NotFound:
            if isValid(self):
                self._close_gone()
            return
        except UserError as exc:
            if isValid(self):
                self.show_error(exc)
            return
        if not isValid(self) or not self._generation.is_current(ticket):
            return
        self._apply(detail)
        for tab in self.record_tabs():
            try:
                await tab.load(detail)
            except UserError as exc:
                if isValid(self):
                    self.statusBar().showMessage(user_error_text(exc), 10_000)
            if not isValid(self) or not self._generation.is_current(ticket):
                return

    def _apply(self, detail: OpportunityDetail) -> None:
        self.detail = detail
        self.setWindowTitle(
            self.tr("%1 — %2 — Opportunity")
            .replace("%1", detail.reference)
            .replace("%2", detail.name)
        )
        pipeline = next((p for p in self.pipelines if p.id == detail.pipeline.id), None)
        self.header.show_detail(detail, pipeline.stages if pipeline else ())
        self.actions_button.update_rights(detail)

    # ------------------------------------------------------------- events
    def _on_tab_changed(self) -> None:
        self._notify()
        spawn(self.reload(), name="record-reload")

    def _on_events_opportunity_saved(self, opportunity_id: uuid.UUID) -> None:
        if opportunity_id == self.opportunity_id and not self._own_event:
            spawn(self.reload(), name="record-reload")

    def _on_events_opportunity_deleted(self, opportunity_id: uuid.UUID) -> None:
        if opportunity_id == self.opportunity_id and not self._own_event:
            self._close_gone()

    def _close_gone(self) -> None:
        text = self.tr(
            "The opportunity %1 was deleted or is no longer shared with you; its record closed."
        ).replace("%1", self.detail.reference if self.detail else "")
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(text, 10_000)
        else:
            spawn(self.ctx.prompter.inform(parent, self.tr("Opportunity"), text))
        self.close()

    def _on_header_company_clicked(self) -> None:
        spawn(self.open_company(), name="record-company")

    async def open_company(self) -> None:
        if self.detail is None:
            return
        try:
            company = await self.ctx.runner.call(get_company, self.detail.company.id)
        except UserError as exc:
            self.show_error(exc)
            return
        self.open_company_requested.emit(company)

    # --------------------------------------------------------- persistence
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(f"recordWindow/{self.ctx.me.id}/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.settings.setValue(f"recordWindow/{self.ctx.me.id}/geometry", self.saveGeometry())
        super().closeEvent(event)
