"""The list's filters: pipeline, stage, status (late included), owner, assignee, source,
smart-tag, due-date and amount ranges. Emits the resulting ``OpportunityQuery``."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from oppdesk.services import OpportunityQuery
from oppdesk.services.dto import PipelineInfo, Ref, UserInfo
from oppdesk.views.formatting import status_labels
from oppdesk.views.i18n import parse_amount
from oppdesk.views.widgets import named

_NO_DATE = QDate(2000, 1, 1)


class OpportunityFilterBarWidget(QWidget):
    changed = Signal(object)  # OpportunityQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityFilterBar")
        self._pipelines: list[PipelineInfo] = []
        self._base = OpportunityQuery()
        self._emit_timer = QTimer(self, singleShot=True, interval=250)
        self._build_ui()
        self._connect()

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date(self, name: str, tooltip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setToolTip(tooltip)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_NO_DATE)
        return edit

    def _build_ui(self) -> None:
        self.pipeline = self._combo("filterPipeline", self.tr("Pipeline"))
        self.stage = self._combo("filterStage", self.tr("Stage"))
        self.status = self._combo("filterStatus", self.tr("Status"))
        self.owner = self._combo("filterOwner", self.tr("Owner"))
        self.assignee = self._combo("filterAssignee", self.tr("Assigned collaborator"))
        self.source = self._combo("filterSource", self.tr("Source"))
        self.tag = named(QLineEdit(self, placeholderText=self.tr("Smart-tag")), "filterTag")
        self.tag.setMaximumWidth(120)
        self.due_from = self._date("filterDueFrom", self.tr("Due from"))
        self.due_to = self._date("filterDueTo", self.tr("Due until"))
        self.amount_min = named(
            QLineEdit(self, placeholderText=self.tr("Min. amount")), "filterAmountMin"
        )
        self.amount_max = named(
            QLineEdit(self, placeholderText=self.tr("Max. amount")), "filterAmountMax"
        )
        for edit in (self.amount_min, self.amount_max):
            edit.setMaximumWidth(100)
        self.reset = named(QPushButton(self.tr("Reset"), self), "filterReset")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.pipeline,
            self.stage,
            self.status,
            self.owner,
            self.assignee,
            self.source,
            self.tag,
        ):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Due:"), self))
        layout.addWidget(self.due_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.due_to)
        layout.addWidget(self.amount_min)
        layout.addWidget(self.amount_max)
        layout.addWidget(self.reset)
        layout.addStretch(1)
        self.status.addItem(self.tr("All statuses"), None)
        for code, label in status_labels().items():
            self.status.addItem(label, code)

    def _connect(self) -> None:
        self.pipeline.currentIndexChanged.connect(self._on_pipeline_changed)
        for combo in (self.stage, self.status, self.owner, self.assignee, self.source):
            combo.currentIndexChanged.connect(self._emit_timer.start)
        for edit in (self.tag, self.amount_min, self.amount_max):
            edit.textChanged.connect(self._emit_timer.start)
        for date_edit in (self.due_from, self.due_to):
            date_edit.dateChanged.connect(self._emit_timer.start)
        self._emit_timer.timeout.connect(self._emit)
        self.reset.clicked.connect(self.clear)

    def set_choices(
        self, pipelines: list[PipelineInfo], users: list[UserInfo], sources: list[Ref]
    ) -> None:
        self._pipelines = pipelines
        for combo, everyone, items in (
            (self.pipeline, self.tr("All pipelines"), [(p.name, p.id) for p in pipelines]),
            (self.owner, self.tr("All owners"), [(u.display_name, u.id) for u in users]),
            (self.assignee, self.tr("All collaborators"), [(u.display_name, u.id) for u in users]),
            (self.source, self.tr("All sources"), [(s.name, s.id) for s in sources]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self._fill_stages()  # choices changed, not the filter: no new query

    def _on_pipeline_changed(self) -> None:
        self._fill_stages()
        self._emit_timer.start()

    def _fill_stages(self) -> None:
        pipeline_id = self.pipeline.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), None)
        for pipeline in self._pipelines:
            if pipeline_id is None or pipeline.id == pipeline_id:
                for stage in pipeline.stages:
                    label = stage.name if pipeline_id else f"{pipeline.name} › {stage.name}"
                    self.stage.addItem(label, stage.id)
        self.stage.blockSignals(False)

    def set_base(self, base: OpportunityQuery) -> None:
        """Filters fixed by the context (a company's record), combined with the bar's."""
        self._base = base

    def clear(self) -> None:
        for combo in (
            self.pipeline,
            self.stage,
            self.status,
            self.owner,
            self.assignee,
            self.source,
        ):
            combo.setCurrentIndex(0)
        for edit in (self.tag, self.amount_min, self.amount_max):
            edit.clear()
        self.due_from.setDate(_NO_DATE)
        self.due_to.setDate(_NO_DATE)

    def _day(self, edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == _NO_DATE else date(value.year(), value.month(), value.day())

    _COMBOS = ("pipeline", "stage", "status", "owner", "assignee", "source")
    _TEXTS = ("tag", "amount_min", "amount_max")
    _DATES = ("due_from", "due_to")

    def state(self) -> dict[str, str]:
        """The bar's values as plain text, for saved views (ids as strings)."""
        out: dict[str, str] = {}
        for name in self._COMBOS:
            value = getattr(self, name).currentData()
            if value is not None:
                out[name] = str(value)
        for name in self._TEXTS:
            if getattr(self, name).text().strip():
                out[name] = getattr(self, name).text().strip()
        for name in self._DATES:
            day = self._day(getattr(self, name))
            if day is not None:
                out[name] = day.isoformat()
        return out

    def apply_state(self, state: dict[str, str]) -> None:
        """Restore :meth:`state` (values no longer offered are left at "all")."""
        self.blockSignals(True)
        try:
            self.clear()
            self.pipeline.setCurrentIndex(max(0, self._find(self.pipeline, state.get("pipeline"))))
            self._fill_stages()
            for name in self._COMBOS[1:]:
                combo = getattr(self, name)
                combo.setCurrentIndex(max(0, self._find(combo, state.get(name))))
            for name in self._TEXTS:
                getattr(self, name).setText(state.get(name, ""))
            for name in self._DATES:
                if name in state:
                    day = date.fromisoformat(state[name])
                    getattr(self, name).setDate(QDate(day.year, day.month, day.day))
        finally:
            self.blockSignals(False)
            self._emit_timer.stop()

    @staticmethod
    def _find(combo: QComboBox, text: str | None) -> int:
        if text is None:
            return 0
        return next((i for i in range(combo.count()) if str(combo.itemData(i)) == text), 0)

    def query(self, text: str = "") -> OpportunityQuery:
        status = self.status.currentData()
        return replace(
            self._base,
            text=text,
            pipeline_id=self._id(self.pipeline),
            stage_id=self._id(self.stage),
            statuses=(status,) if status else (),
            owner_id=self._id(self.owner),
            assignee_id=self._id(self.assignee),
            source_id=self._id(self.source),
            tag=self.tag.text().strip() or None,
            due_from=self._day(self.due_from),
            due_to=self._day(self.due_to),
            amount_min=self._amount(self.amount_min),
            amount_max=self._amount(self.amount_max),
        )

    @staticmethod
    def _id(combo: QComboBox) -> uuid.UUID | None:
        value = combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    @staticmethod
    def _amount(edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        value = parse_amount(text) if text else None
        edit.setStyleSheet("" if value is not None or not text else "color: #C62828;")
        return value

    def _emit(self) -> None:
        self.changed.emit(self.query())
