"""An opportunity's files: name, type, size, who added it and when."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from oppdesk.services import FileInfo
from oppdesk.views.formatting import format_datetime
from oppdesk.views.record_tabs.tab_icons import tab_icon

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    TYPE = 1
    SIZE = 2
    ADDED_BY = 3
    DATE = 4


FileRole = Qt.ItemDataRole.UserRole + 2


def human_size(size: int) -> str:
    """``20.0 MB`` / ``20,0 Mo``-style sizes in the locale (1 MB = 1024 × 1024 bytes)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def type_label(mime: str) -> str:
    found = QMimeDatabase().mimeTypeForName(mime)
    return found.comment() if found.isValid() and found.comment() else mime


class FileTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FileInfo] = []
        self._types: dict[str, str] = {}
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.TYPE: self.tr("Type"),
            Column.SIZE: self.tr("Size"),
            Column.ADDED_BY: self.tr("Added by"),
            Column.DATE: self.tr("Date"),
        }

    def set_files(self, files: list[FileInfo]) -> None:
        self.beginResetModel()
        self._rows = list(files)
        self._types = {f.mime_type: type_label(f.mime_type) for f in files}
        self.endResetModel()

    def file_at(self, row: int) -> FileInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def files(self) -> list[FileInfo]:
        return list(self._rows)

    def row_of(self, file_id: uuid.UUID) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == file_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            return tab_icon("file", "#546E7A")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return f"{info.file_name}\n{info.mime_type} · SHA-256 {info.sha256[:16]}…"
        if role == FileRole:
            return info
        return None

    def _text(self, info: FileInfo, column: Column) -> str:
        texts = {
            Column.NAME: info.file_name,
            Column.TYPE: self._types.get(info.mime_type, info.mime_type),
            Column.SIZE: human_size(info.size),
            Column.ADDED_BY: info.uploaded_by.name,
            Column.DATE: format_datetime(info.uploaded_at),
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
