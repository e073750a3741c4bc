"""Partager: change the owner, share with a collaborator or a group of collaborators, and see
(and remove) the current shares. Every change is saved at once."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    UserError,
    change_owner,
    list_groups,
    list_users,
    share_opportunity,
    unshare_opportunity,
)
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.combo_data import index_of
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named


class ShareDialog(QDialog):
    changed = Signal(object)  # OpportunityDetail

    def __init__(
        self, ctx: AppContext, detail: OpportunityDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share — %1").replace("%1", detail.name))
        self.setWindowIcon(icon("share"))
        self.ctx = ctx
        self.detail = detail
        self._build_ui()
        self._connect()
        self._show_detail(detail)

    def _build_ui(self) -> None:
        form = self._pickers()
        box = named(QGroupBox(self.tr("Shared with"), self), "sharesBox")
        self.shares = named(QListWidget(box), "sharesList")
        self.no_share = QLabel(
            self.tr(
                "Nobody else: only the owner and the assigned collaborators see this opportunity."
            ),
            box,
        )
        self.no_share.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(self.shares)
        inner.addWidget(self.no_share)
        self.error = named(QLabel(self), "shareError")
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Close), "shareCloseButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    def _pickers(self) -> QFormLayout:
        self.owner_combo = named(QComboBox(self), "ownerCombo")
        self.owner_button = named(
            QPushButton(self.tr("Change the owner"), self), "changeOwnerButton"
        )
        self.user_combo = named(QComboBox(self), "shareUserCombo")
        self.user_button = named(
            QPushButton(icon("add"), self.tr("Share"), self), "shareUserButton"
        )
        self.group_combo = named(QComboBox(self), "shareGroupCombo")
        self.group_button = named(
            QPushButton(icon("add"), self.tr("Share"), self), "shareGroupButton"
        )
        form = QFormLayout()
        for label, combo, button in (
            (self.tr("Owner"), self.owner_combo, self.owner_button),
            (self.tr("Share with a collaborator"), self.user_combo, self.user_button),
            (self.tr("Share with a group of collaborators"), self.group_combo, self.group_button),
        ):
            combo.setMinimumWidth(240)
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(button)
            form.addRow(label, row)
        return form

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.owner_button.clicked.connect(self._on_owner_button_clicked)
        self.user_button.clicked.connect(self._on_user_button_clicked)
        self.group_button.clicked.connect(self._on_group_button_clicked)

    async def load(self) -> None:
        users = await self.ctx.runner.call(list_users)
        groups = await self.ctx.runner.call(list_groups)
        if not isValid(self):
            return
        for user in users:
            self.owner_combo.addItem(user.display_name, user.id)
            self.user_combo.addItem(user.display_name, user.id)
        for group in groups:
            self.group_combo.addItem(icon("users"), group.name, group.id)
        self.owner_combo.setCurrentIndex(max(0, index_of(self.owner_combo, self.detail.owner.id)))
        self._update_rights()

    def _update_rights(self) -> None:
        allowed = self.detail.rights.can_share
        for combo, button in (
            (self.owner_combo, self.owner_button),
            (self.user_combo, self.user_button),
            (self.group_combo, self.group_button),
        ):
            combo.setEnabled(allowed)
            allow(button, allowed)
            button.setEnabled(allowed and combo.count() > 0)

    def _show_detail(self, detail: OpportunityDetail) -> None:
        self.detail = detail
        self.shares.clear()
        for row, share in enumerate(detail.shares):
            item = QListWidgetItem(self.shares)
            line = QWidget(self.shares)
            box = QHBoxLayout(line)
            box.setContentsMargins(6, 2, 6, 2)
            glyph = QLabel(line)
            glyph.setPixmap(icon("users" if share.kind == "group" else "contact").pixmap(16, 16))
            kind = self.tr("group") if share.kind == "group" else self.tr("collaborator")
            box.addWidget(glyph)
            box.addWidget(QLabel(f"{share.target.name}  ·  {kind}", line), 1)
            remove = named(QToolButton(line), f"removeShareButton_{row}")
            remove.setIcon(icon("delete"))
            remove.setAutoRaise(True)
            allow(remove, detail.rights.can_share, self.tr("Stop sharing"))
            remove.clicked.connect(lambda _=False, s=share.id: self._on_remove_clicked(s))
            box.addWidget(remove)
            item.setSizeHint(line.sizeHint())
            item.setData(Qt.ItemDataRole.UserRole, share.id)
            self.shares.setItemWidget(item, line)
        self.shares.setVisible(bool(detail.shares))
        self.no_share.setVisible(not detail.shares)
        self._update_rights()

    # ------------------------------------------------------------------ writes
    def _on_owner_button_clicked(self) -> None:
        spawn(self.set_owner(self.owner_combo.currentData()), name="share-owner")

    def _on_user_button_clicked(self) -> None:
        spawn(self.share_with_user(self.user_combo.currentData()), name="share-user")

    def _on_group_button_clicked(self) -> None:
        spawn(self.share_with_group(self.group_combo.currentData()), name="share-group")

    def _on_remove_clicked(self, share_id: uuid.UUID) -> None:
        spawn(self.remove_share(share_id), name="share-remove")

    async def set_owner(self, user_id: uuid.UUID) -> bool:
        return await self._write(
            lambda: self.ctx.runner.call(change_owner, self.detail.id, user_id)
        )

    async def share_with_user(self, user_id: uuid.UUID) -> bool:
        return await self._write(
            lambda: self.ctx.runner.call(share_opportunity, self.detail.id, user_id=user_id)
        )

    async def share_with_group(self, group_id: uuid.UUID) -> bool:
        return await self._write(
            lambda: self.ctx.runner.call(share_opportunity, self.detail.id, group_id=group_id)
        )

    async def remove_share(self, share_id: uuid.UUID) -> bool:
        return await self._write(
            lambda: self.ctx.runner.call(unshare_opportunity, self.detail.id, share_id)
        )

    async def _write(self, call: Callable[[], Awaitable[OpportunityDetail]]) -> bool:
        self.error.setVisible(False)
        try:
            detail = await call()
        except UserError as exc:
            if isValid(self):
                self.error.setText(user_error_text(exc))
                self.error.setVisible(True)
            return False
        if isValid(self):
            self._show_detail(detail)
        self.changed.emit(detail)
        return True
