"""The Actions button at the top right of an opportunity record, with the source document's
actions; those the privilege profile forbids stay visible, disabled, with the explanation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.icons import icon
from oppdesk.views.rights_text import allow
from oppdesk.views.widgets import named


class RecordActionsButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsButton")
        self.setText(self.tr("Actions") + "  ▾")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = named(QMenu(self), "actionsMenu")
        self.menu_.setToolTipsVisible(True)
        add = self.menu_.addAction
        self.edit_action = named(add(icon("edit"), self.tr("Edit the opportunity")), "editAction")
        self.duplicate_action = named(
            add(icon("duplicate"), self.tr("Duplicate the opportunity")), "duplicateAction"
        )
        self.delete_action = named(
            add(icon("delete"), self.tr("Delete the opportunity")), "deleteAction"
        )
        self.menu_.addSeparator()
        self.log_time_action = named(add(icon("time"), self.tr("Log time")), "logTimeAction")
        self.time_entries_action = named(
            add(icon("time"), self.tr("See the time entries")), "timeEntriesAction"
        )
        self.setMenu(self.menu_)
        for action in self.menu_.actions():
            action.setEnabled(False)

    def update_rights(self, detail: OpportunityDetail) -> None:
        rights = detail.rights
        allow(self.edit_action, rights.can_edit)
        allow(self.duplicate_action, rights.can_duplicate)
        allow(self.delete_action, rights.can_delete)
        allow(self.log_time_action, rights.can_time_tracking)
        allow(self.time_entries_action, rights.can_time_tracking)
