"""A quiet box with an icon and a sentence: why a tab shows nothing, or that it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from oppdesk.views.icons import icon

STYLES = {
    "info": ("info", "#1565C0", "#E3F2FD", "#BBDEFB"),
    "warning": ("warning", "#E65100", "#FFF8E1", "#FFE082"),
    "empty": ("info", "#78909C", "#F5F7F9", "#E1E6EA"),
}


class NoticeWidget(QFrame):
    def __init__(
        self, name: str, text: str = "", kind: str = "info", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        icon_name, color, background, border = STYLES[kind]
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 6px; }"
        )
        mark = QLabel(self)
        mark.setPixmap(icon(icon_name, color).pixmap(22, 22))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text, self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {color if kind == 'empty' else '#37474F'};")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(mark)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)


def stacked_pages(parent: QWidget, main: QWidget, *notices: NoticeWidget) -> QStackedWidget:
    """``main`` as page 0, then each notice at the top of its own page."""
    pages = QStackedWidget(parent)
    pages.addWidget(main)
    for notice in notices:
        page = QWidget(parent)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(notice)
        box.addStretch(1)
        pages.addWidget(page)
    return pages
