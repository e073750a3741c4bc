"""A horizontal header whose first section is a tri-state "select all" checkbox."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionButton, QWidget


class CheckableHeaderView(QHeaderView):
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._state = Qt.CheckState.Unchecked
        self.setSectionsClickable(True)
        self.setObjectName("opportunityTableHeader")

    def set_check_state(self, state: Qt.CheckState) -> None:
        if state != self._state:
            self._state = state
            self.viewport().update()

    def check_state(self) -> Qt.CheckState:
        return self._state

    def _box_rect(self, section_rect: QRect) -> QRect:
        option = QStyleOptionButton()
        size = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        x = section_rect.x() + (section_rect.width() - size.width()) // 2
        y = section_rect.y() + (section_rect.height() - size.height()) // 2
        return QRect(QPoint(x, y), size.size())

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        painter.save()
        super().paintSection(painter, rect, logical_index)
        painter.restore()
        if logical_index != 0:
            return
        option = QStyleOptionButton()
        option.rect = self._box_rect(rect)
        option.state = QStyle.StateFlag.State_Enabled
        option.state |= {
            Qt.CheckState.Checked: QStyle.StateFlag.State_On,
            Qt.CheckState.PartiallyChecked: QStyle.StateFlag.State_NoChange,
        }.get(self._state, QStyle.StateFlag.State_Off)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.logicalIndexAt(event.position().toPoint()) == 0:
            self.toggled.emit(self._state != Qt.CheckState.Checked)
            event.accept()
            return
        super().mousePressEvent(event)
