"""Smart-tags: rename one, or merge it into another (its opportunities move over)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from oppdesk import services
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class TagsSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "tags", parent)
        self.title = self.tr("Smart-tags")
        self.tag_list = named(QListWidget(self), "tags_list")
        self.name = named(QLineEdit(self), "tags_name")
        self.rename_button = named(QPushButton(self.tr("Rename"), self), "tags_rename")
        self.merge_into = named(QComboBox(self), "tags_mergeInto")
        self.merge_button = named(QPushButton(self.tr("Merge"), self), "tags_merge")
        form = QFormLayout()
        form.addRow(self.tr("New name"), self.name)
        form.addRow(self.rename_button)
        form.addRow(self.tr("Merge into"), self.merge_into)
        form.addRow(self.merge_button)
        self.layout_.addWidget(self.tag_list, 1)
        self.layout_.addLayout(form)
        self._finish()
        self.tag_list.currentTextChanged.connect(self.name.setText)
        self.rename_button.clicked.connect(lambda: self.act(self.rename()))
        self.merge_button.clicked.connect(lambda: self.act(self.merge()))

    async def load(self) -> None:
        tags = await self.call(services.list_tags, limit=1000)
        if isinstance(tags, Failed):
            return
        self.tag_list.clear()
        self.tag_list.addItems(tags)
        self.merge_into.clear()
        self.merge_into.addItems(tags)

    def current(self) -> str | None:
        item = self.tag_list.currentItem()
        return item.text() if item else None

    async def rename(self) -> None:
        tag = self.current()
        if tag and not isinstance(
            await self.call(services.rename_tag, tag, self.name.text()), Failed
        ):
            await self.load()

    async def merge(self) -> None:
        tag, into = self.current(), self.merge_into.currentText()
        if not tag or not into:
            return
        question = self.tr("Merge “%1” into “%2”? “%1” is deleted.")
        question = question.replace("%1", tag).replace("%2", into)
        if not await self._ctx.prompter.confirm(self, self.tr("Merge smart-tags"), question):
            return
        if await self.ok(services.merge_tags, tag, into):
            await self.load()
