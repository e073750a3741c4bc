"""The opportunity list: search, filters, the paged table with checkboxes, row menu, totals.

The widget owns no data: the table model pages from SQL through the database runner, and
the actions (open, edit, duplicate, delete, create) are signals the main window answers.
"""

from __future__ import annotations

import asyncio
from typing import cast

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import spawn
from oppdesk.services import (
    CurrentUser,
    ListChoices,
    OpportunityQuery,
    list_choices,
)
from oppdesk.services.opportunity_list import Totals
from oppdesk.views.app_context import AppContext
from oppdesk.views.bulk_action_bar_widget import BulkActionBarWidget
from oppdesk.views.checkable_header_view import CheckableHeaderView
from oppdesk.views.formatting import format_amount
from oppdesk.views.icons import icon
from oppdesk.views.item_models.opportunity_table_model import (
    FIXED_COLUMNS,
    SORT_FOR_COLUMN,
    Column,
    OpportunityTableModel,
)
from oppdesk.views.opportunity_filter_bar_widget import OpportunityFilterBarWidget
from oppdesk.views.opportunity_row_delegate import OpportunityRowDelegate
from oppdesk.views.saved_views_widget import SavedViewsWidget
from oppdesk.views.widgets import named

ROW_HEIGHT = 26
DEFAULT_HIDDEN = (
    Column.CONTACT,
    Column.ASSIGNEES,
    Column.SOURCE,
    Column.TAGS,
    Column.CREATED,
    Column.UPDATED,
    Column.PIPELINE,
)


class OpportunityListWidget(QWidget):
    open_requested = Signal(object)  # uuid
    edit_requested = Signal(object)
    duplicate_requested = Signal(object)
    delete_requested = Signal(object)
    create_requested = Signal()
    error = Signal(object)  # Exception

    def __init__(
        self,
        runner: DbRunner,
        me: CurrentUser,
        settings: QSettings,
        *,
        base_query: OpportunityQuery | None = None,
        settings_group: str = "opportunityList",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._me = me
        self._settings = settings
        self._group = settings_group
        self._base = base_query or OpportunityQuery()
        self.model = OpportunityTableModel(runner, self)
        self._choices: asyncio.Future[ListChoices] | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._build_ui()
        self._connect()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.create_button = QPushButton(icon("add"), self.tr("Create an opportunity"), self)
        self.create_button.setObjectName("createOpportunityButton")
        self.create_button.setShortcut(QKeySequence.StandardKey.New)
        self.create_button.setToolTip(self.tr("Create an opportunity (Ctrl+N)"))
        self.create_button.setEnabled(self._me.rights.can_create)
        self.search = named(QLineEdit(self, clearButtonEnabled=True), "opportunitySearch")
        self.search.setPlaceholderText(self.tr("Search name, reference, company, contact…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filters_button = named(QToolButton(self), "filtersButton")
        self.filters_button.setCheckable(True)
        self.filters_button.setIcon(icon("filter"))
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_button = named(QToolButton(self), "columnsButton")
        self.columns_button.setIcon(icon("columns"))
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(named(QMenu(self.columns_button), "columnsMenu"))
        self.saved_views = SavedViewsWidget(
            self._settings, f"{self._group}/{self._me.id}/views", self
        )
        self.filter_bar = OpportunityFilterBarWidget(self)
        self.filter_bar.set_base(self._base)
        self.filter_bar.setVisible(False)
        self.table = self._make_table()
        self.totals_label = named(QLabel(self), "totalsLabel")
        self.checked_label = named(QLabel(self), "checkedLabel")
        self.loading_label = named(QLabel(self.tr("Loading…"), self), "loadingLabel")
        self.loading_label.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.create_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.saved_views)
        top.addWidget(self.columns_button)
        footer = QHBoxLayout()
        footer.addWidget(self.totals_label, 1)
        footer.addWidget(self.loading_label)
        footer.addWidget(self.checked_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def _make_table(self) -> QTableView:
        table = named(QTableView(self), "opportunityTable")
        self.header = CheckableHeaderView(table)
        table.setHorizontalHeader(self.header)
        table.setModel(self.model)
        table.setItemDelegate(OpportunityRowDelegate(self.model, table))
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)  # ResizeToContents: 57 s/100k
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        self.header.setSectionsMovable(True)
        self.header.setStretchLastSection(False)
        self.header.setHighlightSections(False)
        self._apply_default_columns()
        return table

    def _apply_default_columns(self) -> None:
        widths = {
            Column.CHECK: 30,
            Column.REFERENCE: 90,
            Column.NAME: 220,
            Column.COMPANY: 160,
            Column.AMOUNT: 100,
            Column.PROBABILITY: 70,
            Column.WEIGHTED: 105,
            Column.DUE_DATE: 90,
            Column.STAGE: 110,
            Column.STATUS: 80,
            Column.OWNER: 120,
            Column.MORE: 30,
        }
        metrics = self.header.fontMetrics()
        for column, width in widths.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # wide enough for the title in every language, plus the sort arrow
            self.header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 28))
        for section in range(self.model.columnCount()):
            hidden = section in DEFAULT_HIDDEN or section >= FIXED_COLUMNS  # custom fields
            self.header.setSectionHidden(section, hidden)
        last = self.model.columnCount() - 1
        self.header.moveSection(self.header.visualIndex(Column.MORE), last)  # ⋮ ends the row
        self.header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)

    def _connect(self) -> None:
        self.create_button.clicked.connect(self.create_requested)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._on_filters_changed)
        self.filter_bar.changed.connect(self._on_filters_changed)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.saved_views.save_button.clicked.connect(
            lambda: self.saved_views.ask_name(self.current_view())
        )
        self.saved_views.view_chosen.connect(self.apply_view)
        self.columns_button.menu().aboutToShow.connect(self._fill_columns_menu)
        self.header.toggled.connect(self.model.set_all_checked)
        self.header.sectionClicked.connect(self._on_header_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.model.checked_count_changed.connect(self._on_checked_count_changed)
        self.model.totals_changed.connect(self._on_totals_changed)
        self.model.loading_changed.connect(self.loading_label.setVisible)
        self.model.reloaded.connect(self._on_model_reloaded)
        self.model.failed.connect(self.error)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self._open_current)
        self.table.addAction(open_action)

    # ------------------------------------------------------------- loading
    def prefetch(self) -> None:
        """Queue the pickers' choices on the database thread now, for the next :meth:`load`.

        At start-up the query then runs while the window is shown and first painted,
        instead of after (15 ms of the cold start here)."""
        self._choices = self._runner.submit(list_choices)

    async def load(self) -> None:
        """Fetch the pickers' choices and the first count; pages follow as rows show."""
        pending, self._choices = self._choices, None
        choices = await (pending if pending is not None else self._runner.call(list_choices))
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_choices(choices.pipelines, choices.users, choices.sources)
        self.filter_bar.blockSignals(False)
        self.model.set_custom_fields(tuple(choices.custom_fields))
        self._apply_default_columns()
        self.restore_state()
        await self.model.set_query(self.current_query())

    def current_view(self) -> dict[str, object]:
        """The search and filters, as saved views and the settings keep them."""
        return {"search": self.search.text(), "filters": self.filter_bar.state()}

    def apply_view(self, view: dict[str, object]) -> None:
        filters = view.get("filters")
        self.filter_bar.apply_state(filters if isinstance(filters, dict) else {})
        if self.filter_bar.state():
            self.filters_button.setChecked(True)
        self.search.blockSignals(True)
        self.search.setText(str(view.get("search", "")))
        self.search.blockSignals(False)
        self._on_filters_changed()

    def current_query(self) -> OpportunityQuery:
        return self.filter_bar.query(self.search.text())

    def refresh(self) -> None:
        """Something changed elsewhere: re-count and re-fetch what is shown."""
        spawn(self.model.reload(keep_selection=True), name="opportunity-list-refresh")

    # ------------------------------------------------------------- slots
    def _on_filters_changed(self, *_: object) -> None:
        spawn(self.model.set_query(self.current_query()), name="opportunity-filter")

    def _on_header_clicked(self, section: int) -> None:
        if section >= FIXED_COLUMNS or Column(section) not in SORT_FOR_COLUMN:
            # not sortable: keep showing the current sort
            sort, descending = self.model.sort_key
            current = next(c for c, key in SORT_FOR_COLUMN.items() if key == sort)
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.header.setSortIndicator(current, order)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        opportunity_id = self.model.id_at(index.row())
        if opportunity_id is not None and index.column() not in (Column.CHECK, Column.MORE):
            self.open_requested.emit(opportunity_id)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.MORE:
            rect = self.table.visualRect(index)
            self._show_row_menu(index.row(), rect.bottomLeft())

    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self._show_row_menu(index.row(), pos)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        opportunity_id = self.model.id_at(index.row()) if index.isValid() else None
        if opportunity_id is not None:
            self.open_requested.emit(opportunity_id)

    def _on_checked_count_changed(self, count: int) -> None:
        self.checked_label.setText(self.tr("%n checked", "", count) if count else "")
        self.header.set_check_state(self.model.all_checked_state())

    def _on_totals_changed(self, totals: Totals) -> None:
        self.totals_label.setText(
            self.tr("%n opportunities", "", totals.count)
            + " · "
            + self.tr("Amount: %1").replace("%1", format_amount(totals.amount))
            + " · "
            + self.tr("Weighted: %1").replace("%1", format_amount(totals.weighted_amount))
        )

    def _on_model_reloaded(self) -> None:
        self.header.set_check_state(self.model.all_checked_state())

    # ------------------------------------------------------------- row menu
    def row_menu(self, row: int) -> QMenu | None:
        found = self.model.row_at(row)
        if found is None:
            return None
        menu = named(QMenu(self), "opportunityRowMenu")
        ask_admin = self.tr("Your privilege profile does not allow this; ask an administrator.")
        entries = (
            ("open", self.tr("Open"), True, self.open_requested),
            ("edit", self.tr("Edit"), found.can_edit, self.edit_requested),
            (
                "duplicate",
                self.tr("Duplicate"),
                self._me.rights.can_create,
                self.duplicate_requested,
            ),
            ("delete", self.tr("Delete"), found.can_delete, self.delete_requested),
        )
        menu.setToolTipsVisible(True)
        for name, label, allowed, signal in entries:
            action = menu.addAction(icon(name), label)
            action.setObjectName(f"rowMenu_{name}")
            action.setEnabled(allowed)
            if not allowed:
                action.setToolTip(ask_admin)
            action.triggered.connect(lambda _=False, s=signal, i=found.id: s.emit(i))
        return menu

    def _show_row_menu(self, row: int, pos: QPoint) -> None:
        menu = self.row_menu(row)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------- columns
    def _fill_columns_menu(self) -> None:
        menu = self.columns_button.menu()
        menu.clear()
        for column in range(1, self.model.columnCount()):
            if column == Column.MORE:
                continue
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self._apply_default_columns)

    # ------------------------------------------------------------- persistence
    def save_state(self) -> None:
        s = self._settings
        s.beginGroup(f"{self._group}/{self._me.id}")
        s.setValue("header", self.header.saveState())
        s.setValue("columns", self.model.columnCount())
        s.setValue("search", self.search.text())
        s.endGroup()

    def restore_state(self) -> None:
        s = self._settings
        s.beginGroup(f"{self._group}/{self._me.id}")
        header = s.value("header")
        columns = s.value("columns")
        search = s.value("search", "")
        s.endGroup()
        # A layout saved with another set of columns (a custom field was added or removed
        # since) would misplace sections: start from the default layout instead.
        if header is not None and str(columns) == str(self.model.columnCount()):
            self.header.restoreState(header)
        if isinstance(search, str):
            self.search.blockSignals(True)
            self.search.setText(search)
            self.search.blockSignals(False)
        sort_column = self.header.sortIndicatorSection()
        if 0 <= sort_column < FIXED_COLUMNS and Column(sort_column) in SORT_FOR_COLUMN:
            descending = self.header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self.model._sort, self.model._descending = (
                SORT_FOR_COLUMN[Column(sort_column)],
                descending,
            )

    def attach_bulk_bar(self, ctx: AppContext) -> BulkActionBarWidget:
        """Actions en masse above the table, acting on the checked rows."""
        bar = BulkActionBarWidget(ctx, lambda: self.model.selection, self)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.indexOf(self.table), bar)
        self.model.checked_count_changed.connect(bar.set_checked_count)
        bar.set_checked_count(self.model.checked_count)
        self.bulk_bar = bar
        return bar
