"""Pipelines and their stages: stages reorder by drag and drop; deleting a stage that holds
opportunities moves them to the stage chosen in "Move opportunities to"."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from oppdesk import services
from oppdesk.services.dto import PipelineInfo, StageInfo
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named

ID_ROLE = Qt.ItemDataRole.UserRole


class PipelinesSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "pipelines", parent)
        self.title = self.tr("Pipelines and stages")
        self._pipelines: list[PipelineInfo] = []
        self._build_ui()
        self._connect()

    def _button(self, text: str, name: str) -> QPushButton:
        return named(QPushButton(text, self), f"pipelines_{name}")

    def _build_ui(self) -> None:
        self.pipeline_list = named(QListWidget(self), "pipelines_list")
        self.pipeline_name = named(QLineEdit(self), "pipelines_name")
        self.create_pipeline_button = self._button(self.tr("New pipeline"), "create")
        self.rename_pipeline_button = self._button(self.tr("Rename"), "rename")
        self.default_button = self._button(self.tr("Make default"), "setDefault")
        self.delete_pipeline_button = self._button(self.tr("Delete pipeline"), "delete")
        self.stage_list = named(QListWidget(self), "pipelines_stages")
        self.stage_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stage_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stage_name = named(QLineEdit(self), "pipelines_stageName")
        self.stage_probability = named(QSpinBox(self), "pipelines_stageProbability")
        self.stage_probability.setRange(0, 100)
        self.stage_probability.setSuffix(" %")
        self.move_to = named(QComboBox(self), "pipelines_moveTo")
        self.add_stage_button = self._button(self.tr("Add stage"), "addStage")
        self.update_stage_button = self._button(self.tr("Update stage"), "updateStage")
        self.delete_stage_button = self._button(self.tr("Delete stage"), "deleteStage")
        self.save_order_button = self._button(self.tr("Save order"), "saveOrder")
        self.layout_.addLayout(self._build_grid(), 1)
        self._finish()

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Pipelines"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Stages (drag to reorder)"), self), 0, 1)
        grid.addWidget(self.pipeline_list, 1, 0)
        grid.addWidget(self.stage_list, 1, 1)
        left = QFormLayout()
        left.addRow(self.tr("Name"), self.pipeline_name)
        for button in (
            self.create_pipeline_button,
            self.rename_pipeline_button,
            self.default_button,
            self.delete_pipeline_button,
        ):
            left.addRow(button)
        right = QFormLayout()
        right.addRow(self.tr("Stage name"), self.stage_name)
        right.addRow(self.tr("Default probability"), self.stage_probability)
        right.addRow(self.add_stage_button)
        right.addRow(self.update_stage_button)
        right.addRow(self.save_order_button)
        right.addRow(self.tr("Move opportunities to"), self.move_to)
        right.addRow(self.delete_stage_button)
        grid.addLayout(left, 2, 0)
        grid.addLayout(right, 2, 1)
        return grid

    def _connect(self) -> None:
        self.pipeline_list.currentRowChanged.connect(lambda _row: self._show_stages())
        self.stage_list.currentRowChanged.connect(lambda _row: self._show_stage())
        self.create_pipeline_button.clicked.connect(lambda: self.act(self.create_pipeline()))
        self.rename_pipeline_button.clicked.connect(lambda: self.act(self.rename_pipeline()))
        self.default_button.clicked.connect(lambda: self.act(self.make_default()))
        self.delete_pipeline_button.clicked.connect(lambda: self.act(self.delete_pipeline()))
        self.add_stage_button.clicked.connect(lambda: self.act(self.add_stage()))
        self.update_stage_button.clicked.connect(lambda: self.act(self.update_stage()))
        self.save_order_button.clicked.connect(lambda: self.act(self.save_order()))
        self.delete_stage_button.clicked.connect(lambda: self.act(self.delete_stage()))

    async def load(self) -> None:
        pipelines = await self.call(services.list_pipelines)
        if isinstance(pipelines, Failed):
            return
        keep = self.pipeline_list.currentRow()
        self._pipelines = list(pipelines)
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for p in self._pipelines:
            text = p.name + (self.tr(" (default)") if p.is_default else "")
            QListWidgetItem(text, self.pipeline_list).setData(ID_ROLE, str(p.id))
        self.pipeline_list.blockSignals(False)
        self.pipeline_list.setCurrentRow(min(max(keep, 0), len(self._pipelines) - 1))
        self._show_stages()

    def current_pipeline(self) -> PipelineInfo | None:
        row = self.pipeline_list.currentRow()
        return self._pipelines[row] if 0 <= row < len(self._pipelines) else None

    def _show_stages(self) -> None:
        pipeline = self.current_pipeline()
        self.pipeline_name.setText(pipeline.name if pipeline else "")
        self.stage_list.clear()
        self.move_to.clear()
        self.move_to.addItem(self.tr("— choose a stage —"), "")
        for stage in pipeline.stages if pipeline else ():
            text = f"{stage.name} ({stage.default_probability} %)"
            QListWidgetItem(text, self.stage_list).setData(ID_ROLE, str(stage.id))
            self.move_to.addItem(stage.name, str(stage.id))

    def current_stage(self) -> StageInfo | None:
        pipeline, item = self.current_pipeline(), self.stage_list.currentItem()
        if pipeline is None or item is None:
            return None
        return next((s for s in pipeline.stages if str(s.id) == item.data(ID_ROLE)), None)

    def _show_stage(self) -> None:
        stage = self.current_stage()
        if stage is not None:
            self.stage_name.setText(stage.name)
            self.stage_probability.setValue(stage.default_probability)

    def stage_order(self) -> list[uuid.UUID]:
        items = (self.stage_list.item(i) for i in range(self.stage_list.count()))
        return [uuid.UUID(item.data(ID_ROLE)) for item in items]

    async def _then_reload(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        if not await self.ok(fn, *args, **kwargs):
            return False
        await self.load()
        return True

    async def create_pipeline(self) -> None:
        if await self._then_reload(services.create_pipeline, self.pipeline_name.text()):
            self.pipeline_list.setCurrentRow(self.pipeline_list.count() - 1)

    async def rename_pipeline(self) -> None:
        if pipeline := self.current_pipeline():
            await self._then_reload(
                services.rename_pipeline, pipeline.id, self.pipeline_name.text()
            )

    async def make_default(self) -> None:
        if pipeline := self.current_pipeline():
            await self._then_reload(services.set_default_pipeline, pipeline.id)

    async def delete_pipeline(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        question = self.tr("Delete the pipeline “%1”?").replace("%1", pipeline.name)
        if await self._ctx.prompter.confirm(self, self.tr("Delete pipeline"), question):
            self.pipeline_list.setCurrentRow(0)
            await self._then_reload(services.delete_pipeline, pipeline.id)

    async def add_stage(self) -> None:
        if pipeline := self.current_pipeline():
            await self._then_reload(
                services.add_stage,
                pipeline.id,
                self.stage_name.text(),
                self.stage_probability.value(),
            )

    async def update_stage(self) -> None:
        if stage := self.current_stage():
            await self._then_reload(
                services.update_stage,
                stage.id,
                name=self.stage_name.text(),
                default_probability=self.stage_probability.value(),
            )

    async def save_order(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline and await self._then_reload(
            services.reorder_stages, pipeline.id, self.stage_order()
        ):
            self.show_info(self.tr("Stage order saved."))

    async def delete_stage(self) -> None:
        stage = self.current_stage()
        if stage is None:
            self.show_error(self.tr("Select a stage first."))
            return
        target = self.move_to.currentData() or None
        if target == str(stage.id):
            self.show_error(self.tr("Choose another stage to move the opportunities to."))
            return
        question = self.tr("Delete the stage “%1”?").replace("%1", stage.name)
        if target:
            question += " " + self.tr("Its opportunities move to “%1”.").replace(
                "%1", self.move_to.currentText()
            )
        if await self._ctx.prompter.confirm(self, self.tr("Delete stage"), question):
            move_to = uuid.UUID(target) if target else None
            await self._then_reload(services.delete_stage, stage.id, move_to)

    def on_error(self, exc: Any) -> None:
        errors = getattr(exc, "errors", {})
        if "move_to" in errors and errors["move_to"].code == "required":
            count = int(errors["move_to"].params.get("count", 0))
            self.show_error(
                self.tr(
                    "This stage holds %n opportunity(ies): choose in “Move opportunities to” "
                    "where they go, then delete again.",
                    "",
                    count,
                )
            )
            return
        super().on_error(exc)
