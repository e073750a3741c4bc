"""An opportunity's files: name, type, size, who added it and when."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QLocale, QMimeDatabase, Qt

from oppdesk.services import FileInfo
from oppdesk.views.formatting import format_datetime
from oppdesk.views.item_models.rows_table_model import IdRole, RowRole, RowsTableModel
from oppdesk.views.record_tabs.tab_icons import tab_icon

__all__ = ["Column", "FileRole", "FileTableModel", "IdRole", "human_size", "type_label"]


class Column(enum.IntEnum):
    NAME = 0
    TYPE = 1
    SIZE = 2
    ADDED_BY = 3
    DATE = 4


FileRole = RowRole


def human_size(size: int) -> str:
    """``20.0 MB`` / ``20,0 Mo``-style sizes in the locale (1 MB = 1024 × 1024 bytes)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def type_label(mime: str) -> str:
    found = QMimeDatabase().mimeTypeForName(mime)
    return found.comment() if found.isValid() and found.comment() else mime


class FileTableModel(RowsTableModel[FileInfo]):
    def __init__(self, parent: Any = None) -> None:
        self._types: dict[str, str] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Added by"),
            self.tr("Date"),
        ]

    def set_files(self, files: list[FileInfo]) -> None:
        self._types = {f.mime_type: type_label(f.mime_type) for f in files}
        self.set_rows(files)

    def file_at(self, row: int) -> FileInfo | None:
        return self.row_at(row)

    def files(self) -> list[FileInfo]:
        return self.rows()

    def cell(self, row: FileInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            return tab_icon("file", "#546E7A")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return f"{row.file_name}\n{row.mime_type} · SHA-256 {row.sha256[:16]}…"
        return None

    def text(self, row: FileInfo, column: int) -> str:
        texts = {
            Column.NAME: row.file_name,
            Column.TYPE: self._types.get(row.mime_type, row.mime_type),
            Column.SIZE: human_size(row.size),
            Column.ADDED_BY: row.uploaded_by.name,
            Column.DATE: format_datetime(row.uploaded_at),
        }
        return texts[Column(column)]
