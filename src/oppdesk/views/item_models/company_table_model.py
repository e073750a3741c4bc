"""Companies as a table: a search result of at most a few hundred rows, held in full."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oppdesk.services.dto import CompanyInfo
from oppdesk.views.formatting import company_kind_labels

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    CITY = 2
    PHONE = 3
    EMAIL = 4


IdRole = Qt.ItemDataRole.UserRole + 1
CompanyRole = Qt.ItemDataRole.UserRole + 2


class CompanyTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._companies: list[CompanyInfo] = []
        self._kinds = company_kind_labels()
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
            Column.CITY: self.tr("City"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("Email"),
        }

    def set_companies(self, companies: list[CompanyInfo]) -> None:
        self.beginResetModel()
        self._companies = list(companies)
        self.endResetModel()

    def company_at(self, row: int) -> CompanyInfo | None:
        return self._companies[row] if 0 <= row < len(self._companies) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._companies)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._companies):
            return None
        company = self._companies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(company, Column(index.column()))
        if role == IdRole:
            return company.id
        if role == CompanyRole:
            return company
        return None

    def _text(self, company: CompanyInfo, column: Column) -> str:
        if column == Column.NAME:
            return company.name
        if column == Column.KIND:
            return self._kinds.get(company.kind, company.kind)
        if column == Column.CITY:
            return company.city or ""
        if column == Column.PHONE:
            return company.phone or ""
        return company.email or ""

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
