"""Sources: add, rename, deactivate or reactivate (inactive ones leave the pick lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from oppdesk import services
from oppdesk.services.dto import Ref
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class SourcesSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "sources", parent)
        self.title = self.tr("Sources")
        self._sources: list[Ref] = []
        self._active: set[Any] = set()
        self.source_list = named(QListWidget(self), "sources_list")
        self.name = named(QLineEdit(self), "sources_name")
        self.name.setPlaceholderText(self.tr("Source name"))
        self.add_button = named(QPushButton(self.tr("Add"), self), "sources_add")
        self.rename_button = named(QPushButton(self.tr("Rename"), self), "sources_rename")
        self.active_button = named(QPushButton(self.tr("Deactivate"), self), "sources_toggle")
        row = QHBoxLayout()
        for widget in (self.name, self.add_button, self.rename_button, self.active_button):
            row.addWidget(widget)
        self.layout_.addWidget(self.source_list, 1)
        self.layout_.addLayout(row)
        self._finish()
        self.source_list.currentRowChanged.connect(lambda _r: self._show_current())
        self.add_button.clicked.connect(lambda: self.act(self.add()))
        self.rename_button.clicked.connect(lambda: self.act(self.rename()))
        self.active_button.clicked.connect(lambda: self.act(self.toggle()))

    async def load(self) -> None:
        every = await self.call(services.list_sources, active_only=False)
        active = await self.call(services.list_sources)
        if isinstance(every, Failed) or isinstance(active, Failed):
            return
        self._sources, self._active = list(every), {s.id for s in active}
        row = self.source_list.currentRow()
        self.source_list.clear()
        for s in self._sources:
            text = (
                s.name if s.id in self._active else self.tr("%1 (inactive)").replace("%1", s.name)
            )
            item = QListWidgetItem(text, self.source_list)
            if s.id not in self._active:
                item.setForeground(Qt.GlobalColor.gray)
        self.source_list.setCurrentRow(min(row, len(self._sources) - 1))

    def current(self) -> Ref | None:
        row = self.source_list.currentRow()
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def _show_current(self) -> None:
        source = self.current()
        if source:
            self.name.setText(source.name)
            active = source.id in self._active
            self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    async def add(self) -> None:
        if await self.ok(services.add_source, self.name.text()):
            await self.load()

    async def rename(self) -> None:
        source = self.current()
        if source and not isinstance(
            await self.call(services.rename_source, source.id, self.name.text()), Failed
        ):
            await self.load()

    async def toggle(self) -> None:
        source = self.current()
        if source is None:
            return
        active = source.id not in self._active
        if await self.ok(services.set_source_active, source.id, active):
            await self.load()
