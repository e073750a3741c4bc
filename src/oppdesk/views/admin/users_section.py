"""Users: a table of every user and a form to create or edit one, reset a password,
deactivate or reactivate."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from oppdesk import services
from oppdesk.services.dto import UserInfo
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named

ID_ROLE = Qt.ItemDataRole.UserRole


class UsersSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "users", parent)
        self.title = self.tr("Users")
        self._users: list[UserInfo] = []
        self._current: UserInfo | None = None
        self._codes: dict[str, str | None] = {}
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.table = named(QTableWidget(0, 5, self), "users_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Login"),
                self.tr("Email"),
                self.tr("Profile"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self._build_form())
        self._build_buttons()
        self._finish()
        self._set_current(None)

    def _build_form(self) -> QFormLayout:
        self.login = named(QLineEdit(self), "users_login")
        self.display_name = named(QLineEdit(self), "users_displayName")
        self.email = named(QLineEdit(self), "users_email")
        self.profile = named(QComboBox(self), "users_profile")
        self.groups = named(QListWidget(self), "users_groups")
        self.groups.setMaximumHeight(90)
        self.password = named(QLineEdit(self), "users_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        form = QFormLayout()
        self.add_field(form, "login", self.tr("Login"), self.login)
        self.add_field(form, "display_name", self.tr("Display name"), self.display_name)
        self.add_field(form, "email", self.tr("Email"), self.email)
        self.add_field(form, "profile", self.tr("Privilege profile"), self.profile)
        self.add_field(form, "group_ids", self.tr("Groups"), self.groups)
        self.add_field(form, "password", self.tr("Password"), self.password)
        return form

    def _build_buttons(self) -> None:
        self.new_button = named(QPushButton(self.tr("New user"), self), "users_new")
        self.save_button = named(QPushButton(self.tr("Save"), self), "users_save")
        self.reset_button = named(
            QPushButton(self.tr("Reset password"), self), "users_resetPassword"
        )
        self.active_button = named(QPushButton(self.tr("Deactivate"), self), "users_toggleActive")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.new_button.clicked.connect(lambda: self._set_current(None))
        self.save_button.clicked.connect(lambda: self.act(self.save()))
        self.reset_button.clicked.connect(lambda: self.act(self.reset_password()))
        self.active_button.clicked.connect(lambda: self.act(self.toggle_active()))

    async def load(self) -> None:
        users = await self.call(services.list_users, active_only=False)
        profiles = await self.call(services.list_profiles)
        groups = await self.call(services.list_groups)
        if isinstance(users, Failed) or isinstance(profiles, Failed) or isinstance(groups, Failed):
            return
        self._users = list(users)
        self.profile.clear()
        self._codes = {str(p.id): p.code for p in profiles}
        for p in profiles:
            self.profile.addItem(p.name, str(p.id))
        self.groups.clear()
        for g in groups:
            item = QListWidgetItem(g.name, self.groups)
            item.setData(ID_ROLE, str(g.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._fill_table()
        self._set_current(self._find(self._current.id) if self._current else None)

    def _find(self, user_id: uuid.UUID) -> UserInfo | None:
        return next((u for u in self._users if u.id == user_id), None)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._users))
        for row, u in enumerate(self._users):
            status = self.tr("Active") if u.active else self.tr("Inactive")
            for col, text in enumerate(
                (u.display_name, u.login, u.email or "", u.profile.name, status)
            ):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(u.id))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._set_current(self._users[rows[0].row()])

    def select_user(self, login: str) -> None:
        row = next((i for i, u in enumerate(self._users) if u.login == login), -1)
        self.table.selectRow(row)

    def _set_current(self, user: UserInfo | None) -> None:
        self._current = user
        self.login.setEnabled(user is None)
        self.login.setText(user.login if user else "")
        self.display_name.setText(user.display_name if user else "")
        self.email.setText((user.email or "") if user else "")
        self.password.clear()
        profile_id = str(user.profile.id) if user else None
        index = self.profile.findData(profile_id) if profile_id else self._sales_index()
        self.profile.setCurrentIndex(max(index, 0))
        member_of = {str(g.id) for g in user.groups} if user else set()
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            checked = item.data(ID_ROLE) in member_of
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Reactivate") if user and not user.active else self.tr("Deactivate")
        )
        self.save_button.setText(self.tr("Save") if user else self.tr("Create user"))
        if user is None:
            self.table.clearSelection()

    def _sales_index(self) -> int:
        codes = self._codes
        return next((self.profile.findData(i) for i, c in codes.items() if c == "sales"), 0)

    def _group_ids(self) -> list[str]:
        items = (self.groups.item(i) for i in range(self.groups.count()))
        return [it.data(ID_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]

    def fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "display_name": self.display_name.text(),
            "email": self.email.text(),
            "profile": self.profile.currentData(),
            "group_ids": self._group_ids(),
        }
        if self._current is None:
            values["login"] = self.login.text()
            if self.password.text():
                values["password"] = self.password.text()
        return values

    async def save(self) -> None:
        if self._current is None:
            result = await self._create()
        else:
            result = await self.call(services.update_user, self._current.id, self.fields())
        if isinstance(result, Failed):
            return
        self._current = result
        await self.load()
        self.show_info(self.tr("Saved."))

    async def _create(self) -> Any:
        """``create_user`` takes profile codes: a custom profile is set right after."""
        values = self.fields()
        profile_id = values["profile"]
        code = self._codes.get(profile_id)
        values["profile"] = code or "read_only"
        result = await self.call(services.create_user, values)
        if code or isinstance(result, Failed):
            return result
        return await self.call(services.update_user, result.id, {"profile": profile_id})

    async def reset_password(self) -> None:
        if self._current is None:
            return
        result = await self.call(services.reset_password, self._current.id, self.password.text())
        if not isinstance(result, Failed):
            self.password.clear()
            self.show_info(self.tr("Password changed."))

    async def toggle_active(self) -> None:
        user = self._current
        if user is None:
            return
        fn = services.reactivate_user if not user.active else services.deactivate_user
        if await self.ok(fn, user.id):
            await self.load()
