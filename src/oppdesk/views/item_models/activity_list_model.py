"""The activity history as a flat list (newest first); ``ActivityRowDelegate`` paints it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from oppdesk.services import ActivityInfo
from oppdesk.views.activity_labels import summary

ModelIndex = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
ActivityRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3


class ActivityListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityInfo] = []

    def set_activities(self, activities: list[ActivityInfo]) -> None:
        self.beginResetModel()
        self._rows = list(activities)
        self.endResetModel()

    def activity_at(self, row: int) -> ActivityInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, activity_id: uuid.UUID) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), -1)

    def activities(self) -> list[ActivityInfo]:
        return list(self._rows)

    def replace(self, activity: ActivityInfo) -> None:
        """Show ``activity``'s new state in place (a ticked task, a sent email)."""
        row = self.row_of(activity.id)
        if row < 0:
            return
        self._rows[row] = activity
        index = self.index(row, 0)
        self.dataChanged.emit(
            index,
            index,
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ActivityRole],
        )

    def remove(self, activity_id: uuid.UUID) -> None:
        row = self.row_of(activity_id)
        if row < 0:
            return
        first = last = row
        self.beginRemoveRows(QModelIndex(), first, last)
        del self._rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        activity = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary(activity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(activity)
        if role == IdRole:
            return activity.id
        if role == ActivityRole:
            return activity
        if role == KindRole:
            return activity.kind
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _tooltip(activity: ActivityInfo) -> str:
    text = activity.body.strip()
    if activity.email_error:
        text = f"{text}\n\n{activity.email_error}".strip()
    return text[:2000]
