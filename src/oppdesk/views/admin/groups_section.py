"""Groups of collaborators: create, rename, delete (shares to the group go too), members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
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

ID_ROLE = Qt.ItemDataRole.UserRole


class GroupsSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "groups", parent)
        self.title = self.tr("Groups")
        self._groups: list[Ref] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.group_list = named(QListWidget(self), "groups_list")
        self.members = named(QListWidget(self), "groups_members")
        self.name = named(QLineEdit(self), "groups_name")
        self.name.setPlaceholderText(self.tr("Group name"))
        self.create_button = named(QPushButton(self.tr("New group"), self), "groups_create")
        self.rename_button = named(QPushButton(self.tr("Rename"), self), "groups_rename")
        self.delete_button = named(QPushButton(self.tr("Delete"), self), "groups_delete")
        self.save_members_button = named(
            QPushButton(self.tr("Save members"), self), "groups_saveMembers"
        )
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Groups"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Members"), self), 0, 1)
        grid.addWidget(self.group_list, 1, 0)
        grid.addWidget(self.members, 1, 1)
        row = QHBoxLayout()
        for widget in (self.name, self.create_button, self.rename_button, self.delete_button):
            row.addWidget(widget)
        grid.addLayout(row, 2, 0)
        grid.addWidget(self.save_members_button, 2, 1)
        self.layout_.addLayout(grid, 1)
        self._finish()
        self.group_list.currentRowChanged.connect(lambda _r: self.act(self.show_members()))
        self.create_button.clicked.connect(lambda: self.act(self.create_new()))
        self.rename_button.clicked.connect(lambda: self.act(self.rename()))
        self.delete_button.clicked.connect(lambda: self.act(self.delete()))
        self.save_members_button.clicked.connect(lambda: self.act(self.save_members()))

    async def load(self) -> None:
        groups = await self.call(services.list_groups)
        users = await self.call(services.list_users)
        if isinstance(groups, Failed) or isinstance(users, Failed):
            return
        self._groups = list(groups)
        self.members.clear()
        for u in users:
            item = QListWidgetItem(u.display_name, self.members)
            item.setData(ID_ROLE, str(u.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for g in self._groups:
            QListWidgetItem(g.name, self.group_list)
        self.group_list.blockSignals(False)
        if self._groups:
            self.group_list.setCurrentRow(0)
            await self.show_members()

    def current(self) -> Ref | None:
        row = self.group_list.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    async def show_members(self) -> None:
        group = self.current()
        if group is None:
            return
        self.name.setText(group.name)
        members = await self.call(services.list_group_members, group.id)
        ids = {str(m.id) for m in members} if not isinstance(members, Failed) else set()
        for i in range(self.members.count()):
            item = self.members.item(i)
            state = Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked
            item.setCheckState(state)

    async def create_new(self) -> None:
        if await self.ok(services.create_group, self.name.text()):
            await self.load()

    async def rename(self) -> None:
        group = self.current()
        if group and not isinstance(
            await self.call(services.rename_group, group.id, self.name.text()), Failed
        ):
            await self.load()

    async def delete(self) -> None:
        group = self.current()
        if group is None:
            return
        question = self.tr("Delete the group “%1”? Opportunities shared with it are unshared.")
        title = self.tr("Delete group")
        if not await self._ctx.prompter.confirm(self, title, question.replace("%1", group.name)):
            return
        if await self.ok(services.delete_group, group.id):
            await self.load()

    async def save_members(self) -> None:
        group = self.current()
        if group is None:
            return
        items = (self.members.item(i) for i in range(self.members.count()))
        ids = [it.data(ID_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]
        if await self.ok(services.set_group_members, group.id, ids):
            self.show_info(self.tr("Members saved."))
