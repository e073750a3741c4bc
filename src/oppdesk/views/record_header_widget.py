"""The top of an opportunity record: name and status, reference · company · contact, the
stage bar, and the key figures (amounts, probability, due date, owner).

The header only shows and asks: ``stage_clicked``, ``status_chosen`` and
``company_clicked`` are handled by the record window.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services.dto import OpportunityDetail, StageInfo
from oppdesk.views.formatting import (
    format_amount,
    format_date,
    format_percent,
    status_label,
    status_labels,
)
from oppdesk.views.icons import icon
from oppdesk.views.rights_text import allow
from oppdesk.views.stage_bar_widget import StageBarWidget
from oppdesk.views.widgets import named

STATUS_COLORS = {  # background, text
    "open": ("#E3F2FD", "#1565C0"),
    "won": ("#E8F5E9", "#2E7D32"),
    "lost": ("#FFEBEE", "#C62828"),
    "cancelled": ("#ECEFF1", "#546E7A"),
    "closed": ("#EDE7F6", "#4527A0"),
    "late": ("#FFF3E0", "#E65100"),
}
HEADER_STYLE = (
    "QFrame#recordHeader { background: #FFFFFF; border-bottom: 1px solid #DDE3E8; }"
    "QFrame#figureTile { background: #F5F7F9; border: 1px solid #E3E8EC; border-radius: 6px; }"
    "QLabel#figureCaption { color: #607D8B; }"
    "QLabel#recordSubtitle { color: #455A64; }"
    "QToolButton#actionsButton { background: #1565C0; color: #FFFFFF; border: none;"
    " border-radius: 4px; padding: 5px 12px; font-weight: 600; }"
    "QToolButton#actionsButton:hover { background: #0D47A1; }"
    "QToolButton#actionsButton::menu-indicator { image: none; width: 0; }"
)
LATE_COLOR = "#C62828"


def badge_style(status: str) -> str:
    background, color = STATUS_COLORS.get(status, STATUS_COLORS["open"])
    return (
        f"QToolButton#statusBadge {{ background: {background}; color: {color};"
        f" border: 1px solid {color}; border-radius: 12px; padding: 3px 14px;"
        " font-weight: 600; }"
        "QToolButton#statusBadge::menu-indicator { image: none; width: 0; }"
    )


class RecordHeaderWidget(QFrame):
    stage_clicked = Signal(object)  # stage uuid
    status_chosen = Signal(str)  # stored status code
    company_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHeader")
        self.setStyleSheet(HEADER_STYLE)
        self.figures: dict[str, QLabel] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        logo = QLabel(self)
        logo.setPixmap(icon("opportunity", "#1565C0").pixmap(36, 36))
        self.name_label = named(QLabel(self), "recordNameLabel")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_button = named(QToolButton(self), "statusBadge")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = named(QMenu(self.status_button), "statusMenu")
        self.status_menu.setToolTipsVisible(True)
        self.status_actions = {}
        for code, label in status_labels().items():
            if code != "late":
                action = named(self.status_menu.addAction(label), f"statusAction_{code}")
                action.triggered.connect(lambda _=False, c=code: self.status_chosen.emit(c))
                self.status_actions[code] = action
        self.status_button.setMenu(self.status_menu)
        self.subtitle = named(QLabel(self), "recordSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.subtitle.linkActivated.connect(lambda _link: self.company_clicked.emit())
        self.stage_bar = StageBarWidget(self)
        self.top = QHBoxLayout()
        self.top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle)
        self.top.addLayout(titles, 1)
        self.top.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self.top)
        layout.addWidget(self.stage_bar)
        layout.addLayout(self._figures())
        self.stage_bar.stage_clicked.connect(self.stage_clicked)

    def add_corner_widget(self, widget: QWidget) -> None:
        """Place ``widget`` (the Actions button) in the top right corner."""
        self.top.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def _figures(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        tiles = (
            ("amount", self.tr("Potential amount")),
            ("weighted_amount", self.tr("Weighted amount")),
            ("probability", self.tr("Probability")),
            ("due_date", self.tr("Due date")),
            ("owner", self.tr("Owner")),
        )
        for column, (key, caption) in enumerate(tiles):
            tile = QFrame(self)
            tile.setObjectName("figureTile")
            box = QVBoxLayout(tile)
            box.setContentsMargins(12, 6, 12, 6)
            box.setSpacing(0)
            title = QLabel(caption, tile)
            title.setObjectName("figureCaption")
            value = named(QLabel(tile), f"recordFigure_{key}")
            font = QFont(value.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            value.setFont(font)
            box.addWidget(title)
            box.addWidget(value)
            grid.addWidget(tile, 0, column)
            self.figures[key] = value
        return grid

    # ------------------------------------------------------------------ data
    def show_detail(self, d: OpportunityDetail, stages: Sequence[StageInfo]) -> None:
        self.name_label.setText(d.name)
        parts = [escape(d.reference), f'<a href="company">{escape(d.company.name)}</a>']
        if d.contact:
            parts.append(escape(d.contact.name))
        self.subtitle.setText(" &nbsp;·&nbsp; ".join(parts))
        self.subtitle.setToolTip(self.tr("Open the company"))
        self.stage_bar.set_stages(stages, d.stage.id)
        allow(self.stage_bar, d.rights.can_edit)
        self._show_status(d)
        self.figures["amount"].setText(format_amount(d.amount, d.currency))
        self.figures["weighted_amount"].setText(format_amount(d.weighted_amount, d.currency))
        self.figures["probability"].setText(format_percent(d.probability))
        self.figures["owner"].setText(d.owner.name)
        due = self.figures["due_date"]
        due.setText(format_date(d.due_date) or "—")
        due.setStyleSheet(f"color: {LATE_COLOR};" if d.is_late else "")
        due.setToolTip(self.tr("Late: the due date has passed") if d.is_late else "")

    def _show_status(self, d: OpportunityDetail) -> None:
        shown = d.display_status
        arrow = "  ▾" if d.rights.can_edit else ""
        self.status_button.setText(status_label(self, shown) + arrow)
        self.status_button.setStyleSheet(badge_style(shown))
        allow(self.status_button, d.rights.can_edit, self.tr("Change the status"))
        for code, action in self.status_actions.items():
            action.setEnabled(code != d.status)
