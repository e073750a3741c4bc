"""The stage bar under an opportunity's name: its pipeline's stages as chevrons.

Stages before the current one are tinted, the current one is filled, later ones are grey.
A click (or Left/Right then Enter/Space) on another stage emits ``stage_clicked`` with its
id; the bar never writes anything itself. Disabled, it still shows where the deal stands.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from oppdesk.services.dto import StageInfo
from oppdesk.views.formatting import format_percent

TIP = 12.0
GAP = 3.0
# (fill, text) for stages done, current, to come; then the hover fills
DONE = ("#D6E6F7", "#174A7C")
CURRENT = ("#1565C0", "#FFFFFF")
LATER = ("#ECEFF1", "#455A64")
HOVER_DONE, HOVER_LATER = "#B9D3EF", "#D5DDE1"
FOCUS = "#F9A825"


class StageBarWidget(QWidget):
    stage_clicked = Signal(object)  # uuid.UUID of the stage

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("stageBar")
        self._large = large
        self._stages: list[StageInfo] = []
        self._current = -1
        self._hover = -1
        self._focus = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(58 if large else 34)

    # ----------------------------------------------------------------- data
    def set_stages(self, stages: Sequence[StageInfo], current_id: uuid.UUID | None) -> None:
        self._stages = sorted(stages, key=lambda s: s.position)
        self._current = next((i for i, s in enumerate(self._stages) if s.id == current_id), -1)
        self._focus = self._current
        self.setAccessibleName(self.accessible_text())
        self.updateGeometry()
        self.update()

    def stages(self) -> list[StageInfo]:
        return list(self._stages)

    def current_index(self) -> int:
        return self._current

    def accessible_text(self) -> str:
        if 0 <= self._current < len(self._stages):
            return (
                self.tr("Stage %1 of %2: %3")
                .replace("%1", str(self._current + 1))
                .replace("%2", str(len(self._stages)))
                .replace("%3", self._stages[self._current].name)
            )
        return self.tr("Stages")

    def stage_tooltip(self, index: int) -> str:
        stage = self._stages[index]
        text = self.tr("%1 — default probability %2").replace("%1", stage.name)
        return text.replace("%2", format_percent(stage.default_probability))

    # ------------------------------------------------------------- geometry
    def stage_rect(self, index: int) -> QRectF:
        count = max(1, len(self._stages))
        width = (self.width() - GAP * (count - 1)) / count
        return QRectF(index * (width + GAP), 0, width, self.height())

    def index_at(self, pos: QPointF) -> int:
        for index in range(len(self._stages)):
            if self._shape(index).containsPoint(pos, Qt.FillRule.OddEvenFill):
                return index
        return -1

    def _shape(self, index: int) -> QPolygonF:
        r = self.stage_rect(index)
        left, right, top, bottom = r.left(), r.right(), r.top(), r.bottom()
        mid = r.center().y()
        last = index == len(self._stages) - 1
        points = [QPointF(left, top)]
        points += (
            [QPointF(right, top), QPointF(right, bottom)]
            if last
            else [
                QPointF(right - TIP, top),
                QPointF(right, mid),
                QPointF(right - TIP, bottom),
            ]
        )
        points.append(QPointF(left, bottom))
        if index > 0:
            points.append(QPointF(left + TIP, mid))
        return QPolygonF(points)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(s.name) + 2 * TIP + 16 for s in self._stages)
        return QSize(max(320, int(width)), self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60 * max(1, len(self._stages)), self.height())

    # -------------------------------------------------------------- painting
    def _colors(self, index: int) -> tuple[str, str]:
        if index == self._current:
            return CURRENT
        fill, text = DONE if index < self._current else LATER
        if index == self._hover and self.isEnabled():
            fill = HOVER_DONE if index < self._current else HOVER_LATER
        return fill, text

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for index in range(len(self._stages)):
                self._paint_stage(painter, index)
        finally:
            painter.end()

    def _paint_stage(self, painter: QPainter, index: int) -> None:
        fill, text_color = self._colors(index)
        shape = self._shape(index)
        path = QPainterPath()
        path.addPolygon(shape)
        path.closeSubpath()
        painter.fillPath(path, QColor(fill))
        if index == self._focus and self.hasFocus():
            painter.setPen(QPen(QColor(FOCUS), 2))
            painter.drawPath(path)
        r = self.stage_rect(index)
        inner = r.adjusted(TIP + 4 if index > 0 else 10, 2, -(TIP + 2), -2)
        stage = self._stages[index]
        font = QFont(self.font())
        font.setBold(index == self._current)
        painter.setFont(font)
        painter.setPen(QColor(text_color))
        name = painter.fontMetrics().elidedText(
            stage.name, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        if not self._large:
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, name)
            return
        top, bottom = (
            inner.adjusted(0, 6, 0, -inner.height() / 2),
            inner.adjusted(0, inner.height() / 2, 0, -6),
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, name)
        font.setBold(False)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            format_percent(stage.default_probability),
        )

    # ------------------------------------------------------------- interaction
    def _activate(self, index: int) -> None:
        if self.isEnabled() and 0 <= index < len(self._stages) and index != self._current:
            self.stage_clicked.emit(self._stages[index].id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hover = self.index_at(event.position())
        if hover != self._hover:
            self._hover = hover
            clickable = hover not in (-1, self._current)
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._activate(self.index_at(event.position()))
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._stages:
            step = -1 if key == Qt.Key.Key_Left else 1
            self._focus = min(len(self._stages) - 1, max(0, self._focus + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self._focus)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            parts = [self.stage_tooltip(index)] if index >= 0 else []
            if self.toolTip():
                parts.append(self.toolTip())
            if parts:
                QToolTip.showText(event.globalPos(), "\n".join(parts), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
