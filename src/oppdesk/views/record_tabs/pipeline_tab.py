"""Pipeline: the pipeline's stages as large chevrons (click one to move the opportunity) and
the stage history below — from, to, who, when, and the time spent in each stage."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.services import list_pipelines, stage_history
from oppdesk.services.dto import OpportunityDetail, StageChangeInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.durations import humanize_duration
from oppdesk.views.formatting import format_datetime
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.rights_text import allow
from oppdesk.views.stage_bar_widget import StageBarWidget
from oppdesk.views.widgets import named

COL_WHEN, COL_FROM, COL_TO, COL_BY, COL_SPENT = range(5)


class PipelineTab(RecordTab):
    stage_requested = Signal(object)  # uuid of the stage: the window moves the opportunity

    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("pipelineTab")
        self.history: list[StageChangeInfo] = []
        self._build_ui()
        self.stage_bar.stage_clicked.connect(self.stage_requested)

    def title(self) -> str:
        return self.tr("Pipeline")

    def _build_ui(self) -> None:
        self.pipeline_label = named(QLabel(self), "pipelineNameLabel")
        font = QFont(self.pipeline_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.pipeline_label.setFont(font)
        hint = QLabel(self.tr("Click a stage to move the opportunity there."), self)
        hint.setStyleSheet("color: #607D8B;")
        self.stage_bar = StageBarWidget(self, large=True)
        self.stage_bar.setObjectName("pipelineStageBar")
        history_title = QLabel(self.tr("Stage history"), self)
        history_title.setFont(font)
        self.history_list = named(QTreeWidget(self), "stageHistoryList")
        self.history_list.setRootIsDecorated(False)
        self.history_list.setAlternatingRowColors(True)
        self.history_list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Time in stage"),
            ]
        )
        header = self.history_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pipeline_label)
        layout.addWidget(hint)
        layout.addWidget(self.stage_bar)
        layout.addSpacing(12)
        layout.addWidget(history_title)
        layout.addWidget(self.history_list, 1)

    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        pipelines = await self.ctx.runner.call(list_pipelines)
        history = await self.ctx.runner.call(stage_history, self.opportunity_id)
        if not isValid(self):
            return
        pipeline = next((p for p in pipelines if p.id == detail.pipeline.id), None)
        self.pipeline_label.setText(detail.pipeline.name)
        self.stage_bar.set_stages(pipeline.stages if pipeline else (), detail.stage.id)
        allow(self.stage_bar, detail.rights.can_edit)
        self._show_history(history)

    def _show_history(self, history: list[StageChangeInfo]) -> None:
        self.history = history
        self.history_list.clear()
        for change in reversed(history):  # newest first
            spent = humanize_duration(change.duration)
            if change.current:
                spent = self.tr("%1 (current stage)").replace("%1", spent)
            item = QTreeWidgetItem(
                [
                    format_datetime(change.changed_at),
                    change.from_stage.name if change.from_stage else self.tr("(creation)"),
                    change.to_stage.name,
                    change.changed_by.name if change.changed_by else "—",
                    spent,
                ]
            )
            if change.current:
                bold = QFont(item.font(COL_TO))
                bold.setBold(True)
                item.setFont(COL_TO, bold)
            item.setTextAlignment(
                COL_SPENT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.history_list.addTopLevelItem(item)
