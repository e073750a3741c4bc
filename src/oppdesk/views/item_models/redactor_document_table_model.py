"""The opportunity's Redactor documents: title, template, author, last change, ⋮ menu."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oppdesk.services import RedactorDocumentInfo
from oppdesk.views.formatting import format_datetime
from oppdesk.views.record_tabs.tab_icons import tab_icon

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TITLE = 0
    TEMPLATE = 1
    AUTHOR = 2
    CREATED = 3
    MODIFIED = 4
    MORE = 5


DocumentRole = Qt.ItemDataRole.UserRole + 2


class RedactorDocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RedactorDocumentInfo] = []
        self.template_titles: dict[str, str] = {}
        self._headers = {
            Column.TITLE: self.tr("Title"),
            Column.TEMPLATE: self.tr("Template"),
            Column.AUTHOR: self.tr("Author"),
            Column.CREATED: self.tr("Created"),
            Column.MODIFIED: self.tr("Last modified"),
            Column.MORE: "",
        }

    def set_documents(self, documents: list[RedactorDocumentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> RedactorDocumentInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def documents(self) -> list[RedactorDocumentInfo]:
        return list(self._rows)

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
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            return tab_icon("redactor", "#5E35B1")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.MORE:
            return self.tr("View, edit or download")
        if role == DocumentRole:
            return doc
        return None

    def _text(self, doc: RedactorDocumentInfo, column: Column) -> str:
        if column == Column.TEMPLATE:
            code = doc.template_code
            return self.template_titles.get(code, code) if code else self.tr("Blank")
        texts = {
            Column.TITLE: doc.title,
            Column.AUTHOR: doc.author.name,
            Column.CREATED: format_datetime(doc.created_at),
            Column.MODIFIED: format_datetime(doc.updated_at),
            Column.MORE: "",
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
