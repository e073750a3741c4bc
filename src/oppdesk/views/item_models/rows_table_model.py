"""A table model over a short list of frozen DTO rows held in full (a search result, a
record's documents or files): the common plumbing, so each table only says its columns."""

from __future__ import annotations

import uuid
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses give ``headers()``, ``text(row, column)`` and, for other roles,
    ``cell(row, column, role)``. ``IdRole`` answers ``row.id``; ``RowRole`` the row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._header_texts: list[str] = self.headers()

    # --- what a table says ----------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def cell(self, row: T, column: int, role: int) -> Any:
        return None

    # --- rows -----------------------------------------------------------------------------
    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, row_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    # --- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header_texts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == IdRole:
            return getattr(row, "id", None)
        if role == RowRole:
            return row
        return self.cell(row, index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._header_texts)
        ):
            return self._header_texts[section]
        return None
