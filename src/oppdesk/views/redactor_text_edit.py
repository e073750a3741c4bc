"""The Redactor's text area: merge fields stay atomic at their end (typing after a field does
not extend it) and page breaks show as a dashed line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from oppdesk.views.redactor_html import merge_field_of, plain_format
from oppdesk.views.widgets import named

PAGE_BREAK_AFTER = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter


class RedactorTextEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "redactorEditor")
        self.setAcceptRichText(True)
        self.document().setDocumentMargin(24)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    def _on_cursor_position_changed(self) -> None:
        """At the end of a merge field, what the user types is ordinary text."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        field = merge_field_of(cursor.charFormat())
        if field is None:
            return
        after = QTextCursor(cursor)
        moved = after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if not moved or cursor.atBlockEnd() or merge_field_of(after.charFormat()) != field:
            self.setCurrentCharFormat(plain_format(cursor.charFormat()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        document = self.document()
        layout = document.documentLayout()
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        painter = QPainter(self.viewport())
        try:
            painter.setPen(QPen(QColor("#90A4AE"), 1, Qt.PenStyle.DashLine))
            block = document.begin()
            while block.isValid():
                if block.blockFormat().pageBreakPolicy() & PAGE_BREAK_AFTER:
                    rect = layout.blockBoundingRect(block).translated(offset)
                    y = rect.bottom() + 2
                    painter.drawLine(QPointF(8, y), QPointF(self.viewport().width() - 8, y))
                    painter.drawText(QPointF(12, y - 3), self.tr("Page break"))
                block = block.next()
        finally:
            painter.end()
