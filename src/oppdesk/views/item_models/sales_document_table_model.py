"""Sales documents as a table: type, number, title, date, amount, status (a badge)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt

from oppdesk.services import SalesDocumentInfo
from oppdesk.views.badge_delegate import BadgeRole
from oppdesk.views.formatting import format_amount, format_date
from oppdesk.views.item_models.rows_table_model import IdRole, RowRole, RowsTableModel
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.sales_document_labels import doc_type_label, status_badge, status_label

__all__ = ["Column", "DocumentRole", "IdRole", "SalesDocumentTableModel", "SortRole"]


class Column(enum.IntEnum):
    TYPE = 0
    NUMBER = 1
    TITLE = 2
    DATE = 3
    AMOUNT = 4
    STATUS = 5


DocumentRole = RowRole
SortRole = Qt.ItemDataRole.UserRole + 3


class SalesDocumentTableModel(RowsTableModel[SalesDocumentInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Type"),
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Status"),
        ]

    def set_documents(self, documents: list[SalesDocumentInfo]) -> None:
        self.set_rows(documents)

    def document_at(self, row: int) -> SalesDocumentInfo | None:
        return self.row_at(row)

    def documents(self) -> list[SalesDocumentInfo]:
        return self.rows()

    def cell(self, row: SalesDocumentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TYPE:
            return tab_icon("file", "#546E7A")
        if role == BadgeRole and column == Column.STATUS:
            return status_badge(row.status)
        if role == SortRole:
            return self._sort_key(row, Column(column))
        return None

    def text(self, row: SalesDocumentInfo, column: int) -> str:
        texts = {
            Column.TYPE: doc_type_label(row.doc_type),
            Column.NUMBER: row.number,
            Column.TITLE: row.title,
            Column.DATE: format_date(row.issued_on),
            Column.AMOUNT: format_amount(row.amount, row.currency),
            Column.STATUS: status_label(row.status),
        }
        return texts[Column(column)]

    def _sort_key(self, doc: SalesDocumentInfo, column: Column) -> Any:
        if column == Column.DATE:
            return doc.issued_on.isoformat()
        if column == Column.AMOUNT:
            return float(doc.amount)
        return self.text(doc, column).casefold()
