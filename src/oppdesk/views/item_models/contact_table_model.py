"""Contacts as a table, each with its company's name: a search result held in full."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oppdesk.services import ContactRow
from oppdesk.services.dto import CompanyInfo, ContactInfo

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    COMPANY = 1
    JOB_TITLE = 2
    EMAIL = 3
    PHONE = 4


IdRole = Qt.ItemDataRole.UserRole + 1
ContactRole = Qt.ItemDataRole.UserRole + 2
CompanyIdRole = Qt.ItemDataRole.UserRole + 3


def contact_rows(company: CompanyInfo, contacts: list[ContactInfo]) -> list[ContactRow]:
    """One company's contacts (``list_contacts``) as table rows."""
    return [
        ContactRow(
            c.id,
            c.version,
            c.company_id,
            company.name,
            c.first_name,
            c.last_name,
            c.job_title,
            c.email,
            c.phone,
        )
        for c in contacts
    ]


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.COMPANY: self.tr("Company"),
            Column.JOB_TITLE: self.tr("Job title"),
            Column.EMAIL: self.tr("Email"),
            Column.PHONE: self.tr("Phone"),
        }

    def set_contacts(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contact_at(self, row: int) -> ContactRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, Column(index.column()))
        if role == IdRole:
            return row.id
        if role == ContactRole:
            return row
        if role == CompanyIdRole:
            return row.company_id
        return None

    @staticmethod
    def _text(row: ContactRow, column: Column) -> str:
        texts = {
            Column.NAME: row.full_name,
            Column.COMPANY: row.company_name,
            Column.JOB_TITLE: row.job_title or "",
            Column.EMAIL: row.email or "",
            Column.PHONE: row.phone or "",
        }
        return texts[column]

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
