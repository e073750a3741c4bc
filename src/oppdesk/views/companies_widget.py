"""The Companies page: search (accent-insensitive, as you type), a client/prospect filter,
and the matching companies; double-click or Enter opens the company record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import UserError, search_companies
from oppdesk.services.dto import CompanyInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.item_models.company_table_model import Column, CompanyTableModel
from oppdesk.views.widgets import named

LIMIT = 500
ROW_HEIGHT = 26


def make_list_table(parent: QWidget, name: str) -> QTableView:
    """A read-only, row-selecting table with fixed row heights (shared by the contact list)."""
    table = named(QTableView(parent), name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def add_open_action(table: QTableView, slot: object) -> None:
    """Enter/Return on ``table`` calls ``slot`` (double-click is connected by the caller)."""
    action = QAction(table)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)


class CompaniesWidget(QWidget):
    open_company_requested = Signal(object)  # CompanyInfo
    create_company_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companiesWidget")
        self.ctx = ctx
        self.model = CompanyTableModel(self)
        self._generation = Generation()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.new_button = named(
            QPushButton(icon("add"), self.tr("New company"), self), "newCompanyButton"
        )
        self.new_button.setEnabled(self.ctx.me.rights.can_create)
        self.search = named(QLineEdit(self, clearButtonEnabled=True), "companySearch")
        self.search.setPlaceholderText(self.tr("Search a company…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind_filter = named(QComboBox(self), "companyKindFilter")
        self.kind_filter.addItem(self.tr("All companies"), None)
        self.kind_filter.addItem(self.tr("Clients"), "client")
        self.kind_filter.addItem(self.tr("Prospects"), "prospect")
        self.table = make_list_table(self, "companyTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in (
            (Column.NAME, 300),
            (Column.KIND, 90),
            (Column.CITY, 160),
            (Column.PHONE, 150),
        ):
            header.resizeSection(column, width)
        self.footer = named(QLabel(self), "companiesFooter")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.create_company_requested)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.kind_filter.currentIndexChanged.connect(self._on_search_timer_timeout)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        add_open_action(self.table, self._open_current)
        self.ctx.events.company_saved.connect(self._on_events_company_saved)

    async def load(self) -> list[CompanyInfo]:
        return await self.reload()

    async def reload(self) -> list[CompanyInfo]:
        """Search with the current text and kind; a newer search makes this one's result moot."""
        ticket = self._generation.next()
        try:
            found = await self.ctx.runner.call(
                search_companies,
                self.search.text(),
                limit=LIMIT,
                kind=self.kind_filter.currentData(),
            )
        except UserError as exc:
            if isValid(self) and self._generation.is_current(ticket):
                self.footer.setText(user_error_text(exc))
            return []
        if isValid(self) and self._generation.is_current(ticket):
            self.model.set_companies(found)
            self._show_count(len(found))
        return found

    def _show_count(self, count: int) -> None:
        if count >= LIMIT:
            text = self.tr("Showing the first %1 — refine the search").replace("%1", str(LIMIT))
        else:
            text = self.tr("%n companies", "", count)
        self.footer.setText(text)

    def refresh(self) -> None:
        spawn(self.reload(), name="companies-reload")

    # ------------------------------------------------------------- slots
    def _on_search_timer_timeout(self, *_: object) -> None:
        self._search_timer.stop()
        self.refresh()

    def _on_events_company_saved(self, _company_id: object) -> None:
        self.refresh()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        company = self.model.company_at(index.row())
        if company is not None:
            self.open_company_requested.emit(company)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_double_clicked(index)
