"""One activity as a card: the kind's icon, author and time, a state badge, small action
buttons (Send / Retry, Export .ics, delete), the task's tick box, then title, text and
details. Painted, not built from widgets, so a history of thousands of entries stays light;
clicks on the painted buttons become ``action_requested(action, activity)``."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
)

from oppdesk.services import ActivityInfo
from oppdesk.views.activity_labels import (
    KIND_COLORS,
    badge,
    headline,
    is_late,
    kind_label,
    meta_line,
)
from oppdesk.views.activity_row_layout import (
    DELETE,
    EXPORT_ICS,
    MARGIN,
    PAD,
    RETRY,
    SEND,
    TOGGLE_DONE,
    Layout,
    compute_layout,
    fonts,
)
from oppdesk.views.formatting import format_datetime
from oppdesk.views.item_models.activity_list_model import ActivityRole
from oppdesk.views.record_tabs.tab_icons import tab_icon

ModelIndex = QModelIndex | QPersistentModelIndex
__all__ = ["DELETE", "EXPORT_ICS", "RETRY", "SEND", "TOGGLE_DONE", "ActivityRowDelegate"]
MUTED, ERROR, BORDER = "#607D8B", "#C62828", "#E1E6EA"


class ActivityRowDelegate(QStyledItemDelegate):
    action_requested = Signal(str, object)  # action name, ActivityInfo

    def __init__(self, me_id: uuid.UUID, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self.me_id = me_id
        self.can_edit = False
        self._view = parent
        self._hover: tuple[int, str] | None = None

    # ------------------------------------------------------------ who may do what
    def actions_for(self, info: ActivityInfo) -> list[str]:
        mine = info.author.id == self.me_id
        actions = []
        if info.kind == "email" and mine and info.email_state in ("draft", "to_send"):
            actions.append(SEND)
        if info.kind == "email" and mine and info.email_state == "failed":
            actions.append(RETRY)
        if info.kind == "event":
            actions.append(EXPORT_ICS)
        if mine or self.can_edit:
            actions.append(DELETE)
        return actions

    def can_tick(self, info: ActivityInfo) -> bool:
        people = {info.author.id, info.task_assignee.id if info.task_assignee else None}
        return info.kind == "task" and (self.me_id in people or self.can_edit)

    def button_text(self, action: str) -> str:
        texts = {SEND: self.tr("Send"), RETRY: self.tr("Retry"), EXPORT_ICS: self.tr("Export .ics")}
        return texts.get(action, "")

    def button_tooltip(self, action: str) -> str:
        tips = {
            SEND: self.tr("Send this email now"),
            RETRY: self.tr("Put this email back in the outbox and send it"),
            EXPORT_ICS: self.tr("Save this event as a calendar file (.ics)"),
            DELETE: self.tr("Delete this entry"),
        }
        return tips.get(action, "")

    # ---------------------------------------------------------------- geometry
    def layout(self, rect: QRect, info: ActivityInfo, font: QFont) -> Layout:
        buttons = [(a, self.button_text(a)) for a in self.actions_for(info)]
        return compute_layout(rect, info, font, buttons)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        info = index.data(ActivityRole)
        if not isinstance(info, ActivityInfo):
            return QSize(0, 0)
        lay = self.layout(QRect(0, 0, 800, 10_000), info, option.font)
        return QSize(400, lay.bottom() + PAD + MARGIN + 1)

    def action_at(self, rect: QRect, info: ActivityInfo, font: QFont, pos: object) -> str | None:
        lay = self.layout(rect, info, font)
        for action, button in lay.buttons.items():
            if button.contains(pos):  # type: ignore[call-overload]
                return action
        if lay.checkbox is not None and self.can_tick(info):
            hit = lay.checkbox.adjusted(-4, -4, 4, 4)
            if hit.contains(pos):  # type: ignore[call-overload]
                return TOGGLE_DONE
        return None

    def action_rect(self, index: QModelIndex, action: str) -> QRect | None:
        """Where ``action``'s button is drawn for ``index`` (viewport coordinates)."""
        info = index.data(ActivityRole)
        lay = self.layout(self._view.visualRect(index), info, self._view.font())
        return lay.checkbox if action == TOGGLE_DONE else lay.buttons.get(action)

    # ------------------------------------------------------------------ events
    def editorEvent(  # noqa: N802
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: ModelIndex
    ) -> bool:
        info = index.data(ActivityRole)
        if not isinstance(info, ActivityInfo) or not isinstance(event, QMouseEvent):
            return False
        rect, font = option.rect, option.font
        action = self.action_at(rect, info, font, event.position().toPoint())
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._set_hover(index.row(), action, rect)
            return False
        if action is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            self.action_requested.emit(action, info)
        return True  # presses and double-clicks on a button do not select or open

    def _set_hover(self, row: int, action: str | None, rect: QRect) -> None:
        hover = (row, action) if action else None
        if hover == self._hover:
            return
        self._hover = hover
        viewport = self._view.viewport()
        if action:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()
        viewport.update(rect)

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        """Over a painted button, its tooltip; elsewhere the entry's full text."""
        info = index.data(ActivityRole)
        if isinstance(info, ActivityInfo) and event.type() == QEvent.Type.ToolTip:
            action = self.action_at(option.rect, info, option.font, event.pos())
            if action is not None and action != TOGGLE_DONE:
                QToolTip.showText(event.globalPos(), self.button_tooltip(action), view)
                return True
        return super().helpEvent(event, view, option, index)

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        info = index.data(ActivityRole)
        if not isinstance(info, ActivityInfo):
            return
        state = option.state
        lay = self.layout(option.rect, info, option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        self._paint_card(painter, lay, selected, hovered)
        self._paint_avatar(painter, lay, info)
        bold, small = fonts(option.font)
        self._paint_header(painter, lay, info, option.font, small)
        self._paint_buttons(painter, lay, index.row(), small)
        self._paint_title(painter, lay, info, bold)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        for rect, line in lay.body:
            text = QFontMetrics(option.font).elidedText(
                line, Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        self._paint_details(painter, lay, info, small)
        painter.restore()

    def _paint_card(self, painter: QPainter, lay: Layout, selected: bool, hovered: bool) -> None:
        border = "#64B5F6" if selected else ("#B0BEC5" if hovered else BORDER)
        painter.setPen(QPen(QColor(border), 1.2 if selected else 1))
        painter.setBrush(QColor("#F4F9FF" if selected else "#FFFFFF"))
        painter.drawRoundedRect(lay.card, 8, 8)

    def _paint_avatar(self, painter: QPainter, lay: Layout, info: ActivityInfo) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLORS.get(info.kind, MUTED)))
        painter.drawEllipse(lay.avatar)
        inner = lay.avatar.adjusted(8, 8, -8, -8)
        tab_icon(info.kind, "#FFFFFF").paint(painter, inner)

    def _paint_header(
        self, painter: QPainter, lay: Layout, info: ActivityInfo, font: QFont, small: QFont
    ) -> None:
        bold, _ = fonts(font)
        author = info.author.name
        rest = f"  ·  {kind_label(info.kind)}  ·  {format_datetime(info.occurred_at)}"
        fm_bold = QFontMetrics(bold)
        author_width = min(fm_bold.horizontalAdvance(author), lay.header.width())
        painter.setFont(bold)
        painter.setPen(QColor("#263238"))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        elided = fm_bold.elidedText(author, Qt.TextElideMode.ElideRight, lay.header.width())
        painter.drawText(lay.header, align, elided)
        rest_rect = lay.header.adjusted(author_width, 0, 0, 0)
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        text = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, rest_rect.width())
        painter.drawText(rest_rect, align, text)
        state = badge(info)
        if state is not None and lay.badge is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(state.background))
            painter.drawRoundedRect(lay.badge, 10, 10)
            badge_font = QFont(small)
            badge_font.setBold(True)
            painter.setFont(badge_font)
            painter.setPen(QColor(state.foreground))
            painter.drawText(lay.badge, Qt.AlignmentFlag.AlignCenter, state.text)

    def _paint_buttons(self, painter: QPainter, lay: Layout, row: int, small: QFont) -> None:
        names = {SEND: "send", RETRY: "refresh", EXPORT_ICS: "download", DELETE: "delete"}
        painter.setFont(small)
        for action, rect in lay.buttons.items():
            hovered = self._hover == (row, action)
            danger = action == DELETE and hovered
            painter.setPen(QPen(QColor("#E57373" if danger else "#CFD8DC"), 1))
            painter.setBrush(QColor("#FFEBEE" if danger else ("#ECEFF1" if hovered else "#FFFFFF")))
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 5, 5)
            text = self.button_text(action)
            color = ERROR if danger else "#37474F"
            icon_rect = QRect(rect.left() + (8 if text else 4), rect.top() + 4, 16, 16)
            tab_icon(names[action], color).paint(painter, icon_rect)
            if text:
                painter.setPen(QColor(color))
                text_rect = rect.adjusted(28, 0, -6, 0)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_title(self, painter: QPainter, lay: Layout, info: ActivityInfo, bold: QFont) -> None:
        if lay.checkbox is not None:
            box = QStyleOptionButton()
            box.rect = lay.checkbox
            box.state = QStyle.StateFlag.State_On if info.task_done else QStyle.StateFlag.State_Off
            if self.can_tick(info):
                box.state |= QStyle.StateFlag.State_Enabled
            style = self._view.style() or QApplication.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, self._view
            )
        if lay.title is None:
            return
        font = QFont(bold)
        font.setStrikeOut(bool(info.task_done))
        painter.setFont(font)
        painter.setPen(QColor(MUTED if info.task_done else "#263238"))
        text = QFontMetrics(font).elidedText(
            headline(info), Qt.TextElideMode.ElideRight, lay.title.width()
        )
        painter.drawText(
            lay.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )

    def _paint_details(
        self, painter: QPainter, lay: Layout, info: ActivityInfo, small: QFont
    ) -> None:
        painter.setFont(small)
        fm = QFontMetrics(small)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if lay.meta is not None:
            painter.setPen(QColor(ERROR if is_late(info) else MUTED))
            text = fm.elidedText(meta_line(info), Qt.TextElideMode.ElideRight, lay.meta.width())
            painter.drawText(lay.meta, align, text)
        if lay.error is not None:
            painter.setPen(QColor(ERROR))
            error = " ".join((info.email_error or "").split())
            text = fm.elidedText(f"⚠ {error}", Qt.TextElideMode.ElideRight, lay.error.width())
            painter.drawText(lay.error, align, text)
