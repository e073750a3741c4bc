"""A coloured pill for state columns (document status…): the model returns a ``Badge`` for
``BadgeRole``; cells without one are painted as usual."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

BadgeRole = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Badge:
    text: str
    background: str
    foreground: str


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge = index.data(BadgeRole)
        if not isinstance(badge, Badge):
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = plain.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        metrics = QFontMetrics(font)
        width = min(metrics.horizontalAdvance(badge.text) + 16, option.rect.width() - 8)
        height = metrics.height() + 4
        pill = QRect(
            option.rect.left() + 4,
            option.rect.top() + (option.rect.height() - height) // 2,
            width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(badge.background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(badge.foreground))
        text = metrics.elidedText(badge.text, Qt.TextElideMode.ElideRight, width - 8)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
