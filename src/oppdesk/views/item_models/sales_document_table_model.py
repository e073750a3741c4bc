"""Sales documents as a table: type, number, title, date, amount, status (a badge)."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oppdesk.services import SalesDocumentInfo
from oppdesk.views.badge_delegate import BadgeRole
from oppdesk.views.formatting import format_amount, format_date
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.sales_document_labels import doc_type_label, status_badge, status_label

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TYPE = 0
    NUMBER = 1
    TITLE = 2
    DATE = 3
    AMOUNT = 4
    STATUS = 5


IdRole = Qt.ItemDataRole.UserRole + 1
DocumentRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


class SalesDocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SalesDocumentInfo] = []
        self._headers = {
            Column.TYPE: self.tr("Type"),
            Column.NUMBER: self.tr("Number"),
            Column.TITLE: self.tr("Title"),
            Column.DATE: self.tr("Date"),
            Column.AMOUNT: self.tr("Amount"),
            Column.STATUS: self.tr("Status"),
        }

    def set_documents(self, documents: list[SalesDocumentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> SalesDocumentInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def documents(self) -> list[SalesDocumentInfo]:
        return list(self._rows)

    def row_of(self, document_id: uuid.UUID) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == document_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(doc, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TYPE:
            return tab_icon("file", "#546E7A")
        if role == BadgeRole and column == Column.STATUS:
            return status_badge(doc.status)
        if role == SortRole:
            return self._sort_key(doc, column)
        if role == IdRole:
            return doc.id
        if role == DocumentRole:
            return doc
        return None

    @staticmethod
    def _text(doc: SalesDocumentInfo, column: Column) -> str:
        texts = {
            Column.TYPE: doc_type_label(doc.doc_type),
            Column.NUMBER: doc.number,
            Column.TITLE: doc.title,
            Column.DATE: format_date(doc.issued_on),
            Column.AMOUNT: format_amount(doc.amount, doc.currency),
            Column.STATUS: status_label(doc.status),
        }
        return texts[column]

    @staticmethod
    def _sort_key(doc: SalesDocumentInfo, column: Column) -> Any:
        if column == Column.DATE:
            return doc.issued_on.isoformat()
        if column == Column.AMOUNT:
            return float(doc.amount)
        return SalesDocumentTableModel._text(doc, column).casefold()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self._headers[Column(section)]
        return None
