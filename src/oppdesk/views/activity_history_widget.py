"""Historique des activités: the kind filter, the count, and the cards (newest first).

Actions on an entry — tick a task, send or retry an email, export an event, delete — come
from the painted buttons, the context menu or the keyboard (Space ticks, Delete deletes),
and all leave as ``action_requested(action, activity)``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services import ActivityInfo
from oppdesk.views.activity_labels import kind_filter_labels
from oppdesk.views.activity_row_delegate import (
    DELETE,
    EXPORT_ICS,
    RETRY,
    SEND,
    TOGGLE_DONE,
    ActivityRowDelegate,
)
from oppdesk.views.item_models.activity_list_model import ActivityListModel
from oppdesk.views.widgets import named

LIST_PAGE, EMPTY_PAGE = 0, 1


class ActivityHistoryWidget(QWidget):
    action_requested = Signal(str, object)  # action name, ActivityInfo
    filter_changed = Signal()

    def __init__(self, me_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityHistory")
        self._build_ui(me_id)
        self._connect()

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Activity history"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.filter = named(QComboBox(self), "activityKindFilter")
        for label, kind in kind_filter_labels():
            self.filter.addItem(label, kind)
        self.count_label = named(QLabel(self), "activityCountLabel")
        self.count_label.setStyleSheet(
            "background: #ECEFF1; color: #455A64; border-radius: 9px; padding: 1px 8px;"
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(6)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Show:"), self))
        header.addWidget(self.filter)
        return header

    def _build_ui(self, me_id: uuid.UUID) -> None:
        header = self._build_header()
        self.model = ActivityListModel(self)
        self.view = named(QListView(self), "activityHistoryList")
        self.view.setModel(self.model)
        self.delegate = ActivityRowDelegate(me_id, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setStyleSheet("QListView { background: #F5F7F9; }")
        self.empty_label = named(QLabel(self), "activityEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #78909C; background: #F5F7F9;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self._make_actions()

    def _make_actions(self) -> None:
        def action(name: str, text: str, key: QKeySequence | None) -> QAction:
            act = named(QAction(text, self.view), name)
            if key is not None:
                act.setShortcut(key)
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.view.addAction(act)
            return act

        self.menu_actions = {
            TOGGLE_DONE: action(
                "activityToggleDoneAction",
                self.tr("Mark done / not done"),
                QKeySequence(Qt.Key.Key_Space),
            ),
            SEND: action("activitySendAction", self.tr("Send"), None),
            RETRY: action("activityRetryAction", self.tr("Retry sending"), None),
            EXPORT_ICS: action("activityExportIcsAction", self.tr("Export .ics…"), None),
            DELETE: action(
                "activityDeleteAction",
                self.tr("Delete"),
                QKeySequence(QKeySequence.StandardKey.Delete),
            ),
        }
        for name, act in self.menu_actions.items():
            act.triggered.connect(lambda _=False, n=name: self._on_menu_action_triggered(n))

    def _connect(self) -> None:
        self.filter.currentIndexChanged.connect(self.filter_changed)
        self.delegate.action_requested.connect(self.action_requested)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)

    # ------------------------------------------------------------------ data
    def kinds(self) -> tuple[str, ...]:
        kind = self.filter.currentData()
        return (kind,) if kind else ()

    def set_can_edit(self, can_edit: bool) -> None:
        self.delegate.can_edit = can_edit
        self.view.viewport().update()

    def set_activities(self, activities: list[ActivityInfo]) -> None:
        self.model.set_activities(activities)
        count = len(activities)
        self.count_label.setText(str(count))
        if self.kinds():
            empty = self.tr("No activity of this kind yet.")
        elif not self.delegate.can_edit:
            empty = self.tr("No activity yet.")
        else:
            empty = self.tr(
                "No activity yet: use the buttons above to comment, send an email, "
                "log a call, schedule a task or create an event."
            )
        self.empty_label.setText(empty)
        self.pages.setCurrentIndex(LIST_PAGE if count else EMPTY_PAGE)

    def current(self) -> ActivityInfo | None:
        index = self.view.currentIndex()
        return self.model.activity_at(index.row()) if index.isValid() else None

    def available_actions(self, info: ActivityInfo) -> list[str]:
        actions = self.delegate.actions_for(info)
        return [TOGGLE_DONE, *actions] if self.delegate.can_tick(info) else actions

    # ----------------------------------------------------------------- slots
    def _on_menu_action_triggered(self, name: str) -> None:
        info = self.current()
        if info is not None and name in self.available_actions(info):
            self.action_requested.emit(name, info)

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        info = self.model.activity_at(index.row()) if index.isValid() else None
        if info is None:
            return
        self.view.setCurrentIndex(index)
        menu = named(QMenu(self), "activityContextMenu")
        for name in self.available_actions(info):
            menu.addAction(self.menu_actions[name])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))
