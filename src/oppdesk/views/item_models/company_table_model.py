"""Companies as a table: a search result of at most a few hundred rows, held in full."""

from __future__ import annotations

import enum
from typing import Any

from oppdesk.services.dto import CompanyInfo
from oppdesk.views.formatting import company_kind_labels
from oppdesk.views.item_models.rows_table_model import IdRole, RowRole, RowsTableModel

__all__ = ["Column", "CompanyRole", "CompanyTableModel", "IdRole"]


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    CITY = 2
    PHONE = 3
    EMAIL = 4


CompanyRole = RowRole


class CompanyTableModel(RowsTableModel[CompanyInfo]):
    def __init__(self, parent: Any = None) -> None:
        self._kinds = company_kind_labels()
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("City"),
            self.tr("Phone"),
            self.tr("Email"),
        ]

    def set_companies(self, companies: list[CompanyInfo]) -> None:
        self.set_rows(companies)

    def company_at(self, row: int) -> CompanyInfo | None:
        return self.row_at(row)

    def text(self, row: CompanyInfo, column: int) -> str:
        texts = {
            Column.NAME: row.name,
            Column.KIND: self._kinds.get(row.kind, row.kind),
            Column.CITY: row.city or "",
            Column.PHONE: row.phone or "",
            Column.EMAIL: row.email or "",
        }
        return texts[Column(column)]
