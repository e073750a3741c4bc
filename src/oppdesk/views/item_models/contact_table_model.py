"""Contacts as a table, each with its company's name: a search result held in full."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt

from oppdesk.services import ContactRow
from oppdesk.services.dto import CompanyInfo, ContactInfo
from oppdesk.views.item_models.rows_table_model import IdRole, RowRole, RowsTableModel

__all__ = ["Column", "CompanyIdRole", "ContactRole", "ContactTableModel", "IdRole", "contact_rows"]


class Column(enum.IntEnum):
    NAME = 0
    COMPANY = 1
    JOB_TITLE = 2
    EMAIL = 3
    PHONE = 4


ContactRole = RowRole
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


class ContactTableModel(RowsTableModel[ContactRow]):
    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Job title"),
            self.tr("Email"),
            self.tr("Phone"),
        ]

    def set_contacts(self, rows: list[ContactRow]) -> None:
        self.set_rows(rows)

    def contact_at(self, row: int) -> ContactRow | None:
        return self.row_at(row)

    def cell(self, row: ContactRow, column: int, role: int) -> Any:
        return row.company_id if role == CompanyIdRole else None

    def text(self, row: ContactRow, column: int) -> str:
        texts = {
            Column.NAME: row.full_name,
            Column.COMPANY: row.company_name,
            Column.JOB_TITLE: row.job_title or "",
            Column.EMAIL: row.email or "",
            Column.PHONE: row.phone or "",
        }
        return texts[Column(column)]
