"""Privilege profiles as a rights matrix: one row per profile, one column per right.
Scopes are combos (none/own/shared/all), flags are check boxes; each row saves on its own."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from oppdesk import services
from oppdesk.services.admin_profiles import RIGHT_FIELDS, SCOPE_FIELDS, ProfileInfo
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class ProfilesSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "profiles", parent)
        self.title = self.tr("Privilege profiles")
        self._profiles: list[ProfileInfo] = []
        self._build_ui()

    def _right_labels(self) -> dict[str, str]:
        return {
            "view_scope": self.tr("View"),
            "can_create": self.tr("Create"),
            "edit_scope": self.tr("Edit"),
            "delete_scope": self.tr("Delete"),
            "can_share": self.tr("Share"),
            "can_bulk": self.tr("Bulk\nactions"),
            "can_files": self.tr("Files"),
            "can_time_tracking": self.tr("Time\ntracking"),
            "can_linked_documents": self.tr("Linked\ndocuments"),
            "can_redactor": self.tr("Redactor"),
            "can_admin": self.tr("Admin-\nistration"),
        }

    def _scope_labels(self) -> dict[str, str]:
        return {
            "none": self.tr("None"),
            "own": self.tr("Own"),
            "shared": self.tr("Shared"),
            "all": self.tr("All"),
        }

    def _build_ui(self) -> None:
        labels = self._right_labels()
        self.matrix = named(QTableWidget(0, len(RIGHT_FIELDS) + 2, self), "profiles_matrix")
        self.matrix.setHorizontalHeaderLabels(
            [self.tr("Profile"), *(labels[r] for r in RIGHT_FIELDS), ""]
        )
        self.matrix.verticalHeader().setVisible(False)
        self.new_name = named(QLineEdit(self), "profiles_newName")
        self.new_name.setPlaceholderText(self.tr("New profile name"))
        self.create_button = named(QPushButton(self.tr("Create profile"), self), "profiles_create")
        self.delete_button = named(
            QPushButton(self.tr("Delete selected profile"), self), "profiles_delete"
        )
        row = QHBoxLayout()
        row.addWidget(self.new_name)
        row.addWidget(self.create_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.layout_.addWidget(self.matrix, 1)
        self.layout_.addLayout(row)
        self._finish()
        self.create_button.clicked.connect(lambda: self.act(self.create_new()))
        self.delete_button.clicked.connect(lambda: self.act(self.delete_selected()))

    async def load(self) -> None:
        profiles = await self.call(services.list_profiles)
        if isinstance(profiles, Failed):
            return
        self._profiles = list(profiles)
        self.matrix.setRowCount(len(self._profiles))
        for row, profile in enumerate(self._profiles):
            self._fill_row(row, profile)
        self.matrix.resizeColumnsToContents()

    def _fill_row(self, row: int, profile: ProfileInfo) -> None:
        name = QTableWidgetItem(profile.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setToolTip(self.tr("%n user(s)", "", profile.user_count))
        self.matrix.setItem(row, 0, name)
        key = profile.code or str(profile.id)
        scope_labels = self._scope_labels()
        for col, right in enumerate(RIGHT_FIELDS, start=1):
            value = getattr(profile.rights, right)
            if right in SCOPE_FIELDS:
                combo = named(QComboBox(), f"profiles_{key}_{right}")
                for scope in SCOPE_FIELDS[right]:
                    combo.addItem(scope_labels[scope], scope)
                combo.setCurrentIndex(combo.findData(value))
                self.matrix.setCellWidget(row, col, combo)
            else:
                box = named(QCheckBox(), f"profiles_{key}_{right}")
                box.setChecked(bool(value))
                self.matrix.setCellWidget(row, col, _centered(box))
        save = named(QPushButton(self.tr("Save")), f"profiles_{key}_save")
        save.clicked.connect(lambda _=False, pid=profile.id: self.act(self.save_profile(pid)))
        self.matrix.setCellWidget(row, len(RIGHT_FIELDS) + 1, save)

    def right_widget(self, profile_key: str, right: str) -> QWidget:
        """The combo or check box of one cell (``profile_key``: code, or id for new ones)."""
        widget = self.findChild(QWidget, f"profiles_{profile_key}_{right}")
        assert widget is not None
        return widget

    def _row_rights(self, row: int) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for col, right in enumerate(RIGHT_FIELDS, start=1):
            cell = self.matrix.cellWidget(row, col)
            if isinstance(cell, QComboBox):
                values[right] = cell.currentData()
            else:
                box = cell.findChild(QCheckBox)
                values[right] = bool(box and box.isChecked())
        return values

    async def save_profile(self, profile_id: uuid.UUID) -> None:
        row = next(i for i, p in enumerate(self._profiles) if p.id == profile_id)
        result = await self.call(services.update_profile, profile_id, self._row_rights(row))
        if not isinstance(result, Failed):
            self._profiles[row] = result
            self.show_info(self.tr("Profile “%1” saved.").replace("%1", result.name))

    async def create_new(self) -> None:
        result = await self.call(services.create_profile, {"name": self.new_name.text()})
        if not isinstance(result, Failed):
            self.new_name.clear()
            await self.load()

    async def delete_selected(self) -> None:
        row = self.matrix.currentRow()
        if not 0 <= row < len(self._profiles):
            self.show_error(self.tr("Select a profile first."))
            return
        profile = self._profiles[row]
        question = self.tr("Delete the profile “%1”?").replace("%1", profile.name)
        if not await self._ctx.prompter.confirm(self, self.tr("Delete profile"), question):
            return
        if await self.ok(services.delete_profile, profile.id):
            await self.load()


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignCenter)
    return holder
