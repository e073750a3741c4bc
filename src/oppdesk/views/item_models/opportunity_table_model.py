"""The opportunity list model: a window onto SQL, never the whole table.

``rowCount`` is the filter's COUNT; rows arrive in pages of :data:`PAGE_SIZE` from the
service on the database thread, and at most :data:`MAX_PAGES` pages stay cached. A row whose
page is not there yet shows a placeholder and triggers the page's fetch; when it arrives,
``dataChanged`` repaints just those rows. Sorting and filtering re-query. Checked rows are a
:class:`Selection` ("these ids" or "everything matching except these ids"), so "select all"
over a million rows costs nothing.

Painting does not go through ``data()``: Qt's delegate asks for seven roles per cell, each
a C++→Python call (~7 µs). ``OpportunityRowDelegate`` fills the style option from the row in
one Python call per cell instead; ``data()`` still answers every role for accessibility,
tooltips, tests and the checkbox editor.
"""

from __future__ import annotations

import enum
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import (
    OpportunityQuery,
    OpportunityRow,
    count_opportunities,
    list_opportunities,
    opportunity_totals,
)
from oppdesk.services.dto import CustomFieldDef
from oppdesk.services.opportunity_list import Selection, Totals
from oppdesk.views.formatting import format_amount, format_date, status_label

PAGE_SIZE = 100
MAX_PAGES = 40
ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    CHECK = 0
    REFERENCE = 1
    NAME = 2
    COMPANY = 3
    CONTACT = 4
    AMOUNT = 5
    PROBABILITY = 6
    WEIGHTED = 7
    DUE_DATE = 8
    PIPELINE = 9
    STAGE = 10
    STATUS = 11
    OWNER = 12
    ASSIGNEES = 13
    SOURCE = 14
    TAGS = 15
    CREATED = 16
    UPDATED = 17
    MORE = 18


FIXED_COLUMNS = len(Column)
SORT_FOR_COLUMN: dict[Column, str] = {
    Column.REFERENCE: "reference",
    Column.NAME: "name",
    Column.COMPANY: "company",
    Column.CONTACT: "contact",
    Column.AMOUNT: "amount",
    Column.PROBABILITY: "probability",
    Column.WEIGHTED: "weighted_amount",
    Column.DUE_DATE: "due_date",
    Column.PIPELINE: "pipeline",
    Column.STAGE: "stage",
    Column.STATUS: "status",
    Column.OWNER: "owner",
    Column.SOURCE: "source",
    Column.CREATED: "created_at",
    Column.UPDATED: "updated_at",
}
NUMERIC = {Column.AMOUNT, Column.PROBABILITY, Column.WEIGHTED}
TEXT_CACHE_SIZE = 4096
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
LoadedRole = Qt.ItemDataRole.UserRole + 3
LateRole = Qt.ItemDataRole.UserRole + 4

_LATE = QBrush(QColor("#C62828"))
_PLACEHOLDER = QBrush(QColor("#9E9E9E"))
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class OpportunityTableModel(QAbstractTableModel):
    """Columns are :class:`Column` followed by one per active custom field."""

    checked_count_changed = Signal(int)
    totals_changed = Signal(object)  # Totals
    loading_changed = Signal(bool)
    reloaded = Signal()
    page_loaded = Signal(int)
    failed = Signal(object)  # Exception

    def __init__(self, runner: DbRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._query = OpportunityQuery()
        self._sort = "updated_at"
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[OpportunityRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = Generation()
        self._selection = Selection(self._query)
        self._checked_count = 0
        self._counting = 0  # reloads in flight
        self._counted = False  # a count has been applied at least once
        self._started = False  # a reload has begun (until then sort() only records)
        self._custom: tuple[CustomFieldDef, ...] = ()
        self._headers = self._make_headers()
        self._late_font = QFont()
        self._late_font.setBold(True)
        self.data_calls = 0  # measured by `oppdesk bench`
        # Amounts and dates repeat from row to row and every paint formats the visible ones
        # again; QLocale formatting is the slowest part of a cell, so keep the texts.
        self._texts: dict[tuple[object, ...], str] = {}

    # ----------------------------------------------------------- public state
    @property
    def query(self) -> OpportunityQuery:
        return self._query

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def checked_count(self) -> int:
        return self._checked_count

    def set_custom_fields(self, defs: tuple[CustomFieldDef, ...]) -> None:
        self.beginResetModel()
        self._custom = tuple(d for d in defs if d.active)
        self._headers = self._make_headers()
        self.endResetModel()

    async def set_query(self, query: OpportunityQuery) -> None:
        self._query = query
        await self.reload()

    async def set_sort(self, sort: str, descending: bool) -> None:
        """Re-sort in SQL. The count, totals and checked rows do not change: only pages."""
        self._sort, self._descending = sort, descending
        if self._counting or not self._counted:
            await self.reload(keep_selection=True)  # no count yet, or one is in flight
            return
        ticket = self._generation.next()
        first = await self._first_page()
        if self._generation.is_current(ticket):
            self._reset(self._count, first, keep_selection=True)

    async def reload(self, *, keep_selection: bool = False) -> None:
        """Re-fetch the first page and show it, then count (background thread) and grow the
        rows to the full count; totals come last. The count waits for the page: on two
        cores, running both at once made the page — what the user waits for — twice slower.
        A short first page is the whole list and needs no count."""
        ticket = self._generation.next()
        self._started = True
        self.loading_changed.emit(True)
        self._counting += 1
        try:
            first = await self._first_page()
            if self._generation.is_current(ticket):
                self._counted = True
                self._reset(len(first), first, keep_selection=keep_selection)
            if len(first) < PAGE_SIZE:
                count = len(first)
            else:
                count = await self._runner.call_background(count_opportunities, self._query)
        finally:
            self._counting -= 1
            if self._generation.is_current(ticket):
                self.loading_changed.emit(False)
        if not self._generation.is_current(ticket):
            return
        self._grow_to(count)
        spawn(self._load_totals(ticket), name="opportunity-totals")

    def _grow_to(self, count: int) -> None:
        """The count arrived after the first page: add the rows below it (cheap with fixed
        row heights), or reset if rows disappeared meanwhile."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            first = self._pages.get(0, [])[:count]
            self._reset(count, first, keep_selection=True)
            return
        self._update_checked_count()
        self.reloaded.emit()

    async def _first_page(self) -> list[OpportunityRow]:
        return await self._runner.call(
            list_opportunities,
            self._query,
            sort=self._sort,
            descending=self._descending,
            offset=0,
            limit=PAGE_SIZE,
        )

    def _reset(self, count: int, first: list[OpportunityRow], *, keep_selection: bool) -> None:
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._pending.clear()
        if count:
            self._pages[0] = first
        if not keep_selection or self._selection.query != self._query:
            self._selection = Selection(self._query)
        self.endResetModel()
        self._update_checked_count()
        self.reloaded.emit()

    async def _load_totals(self, ticket: int) -> None:
        # Totals read every matching row (a third of a second at a million): on the
        # background thread they never hold up a page, a sort or a filter.
        totals: Totals = await self._runner.call_background(opportunity_totals, self._query)
        if self._generation.is_current(ticket):
            self.totals_changed.emit(totals)

    def row_at(self, row: int) -> OpportunityRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> uuid.UUID | None:
        found = self.row_at(row)
        return found.id if found else None

    def column_kind(self, column: int) -> Column | CustomFieldDef:
        return Column(column) if column < FIXED_COLUMNS else self._custom[column - FIXED_COLUMNS]

    # ------------------------------------------------------------- checkboxes
    def is_checked(self, opportunity_id: uuid.UUID) -> bool:
        return self._selection.all_matching != (opportunity_id in self._selection.ids)

    def set_checked(self, opportunity_id: uuid.UUID, checked: bool) -> None:
        ids = set(self._selection.ids)
        if checked != self._selection.all_matching:
            ids.add(opportunity_id)
        else:
            ids.discard(opportunity_id)
        self._selection = replace(self._selection, ids=frozenset(ids))
        self._update_checked_count()

    def set_all_checked(self, checked: bool) -> None:
        """Check or clear every row matching the current filter (not only those loaded)."""
        self._selection = Selection(self._query, all_matching=checked)
        self._update_checked_count()
        if self._count:
            self.dataChanged.emit(
                self.index(0, Column.CHECK),
                self.index(self._count - 1, Column.CHECK),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.CHECK, Column.CHECK)

    def _update_checked_count(self) -> None:
        sel = self._selection
        count = self._count - len(sel.ids) if sel.all_matching else len(sel.ids)
        if count != self._checked_count:
            self._checked_count = count
            self.checked_count_changed.emit(count)

    def all_checked_state(self) -> Qt.CheckState:
        if self._checked_count == 0:
            return Qt.CheckState.Unchecked
        if self._checked_count >= self._count:
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked

    # ------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._custom)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:  # called for every painted cell
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECK_FLAGS if index.column() == Column.CHECK else _CELL_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section < FIXED_COLUMNS:
            return _ALIGN_RIGHT if Column(section) in NUMERIC else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.data_calls += 1
        if not index.isValid():
            return None
        row = self._row_or_request(index.row())
        return self._value(row, index.column(), role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.CHECK:
            return False
        opportunity_id = self.id_at(index.row())
        if opportunity_id is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked(opportunity_id, checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.CHECK, Column.CHECK)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_FOR_COLUMN.get(Column(column)) if column < FIXED_COLUMNS else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort, self._descending):
            return
        if not self._started:  # the view set its indicator before the first load: no query
            self._sort, self._descending = key, descending
            return
        spawn(self.set_sort(key, descending), name="opportunity-sort")

    # ------------------------------------------------------------------ pages
    def row_or_request(self, row: int) -> OpportunityRow | None:
        """The row if its page is cached; otherwise None, and the page is being fetched."""
        return self._row_or_request(row)

    def display(self, row: OpportunityRow | None, column: int) -> str | None:
        return self._display(row, column)

    def text_of(self, formatter: Callable[..., str], *args: Any) -> str:
        """``formatter(*args)``, remembered (a few thousand texts at most)."""
        key = (formatter, *args)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) >= TEXT_CACHE_SIZE:
                self._texts.clear()
            text = self._texts[key] = formatter(*args)
        return text

    def _row_or_request(self, row: int) -> OpportunityRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _request(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        self._pending.add(page_no)
        # Queued now (we are inside a paint): the database thread fetches the page while
        # the view finishes painting its placeholder rows.
        rows = self._runner.submit(
            list_opportunities,
            self._query,
            sort=self._sort,
            descending=self._descending,
            offset=page_no * PAGE_SIZE,
            limit=PAGE_SIZE,
            total=self._count,
        )
        spawn(self._fetch(page_no, self._generation.current, rows), name=f"page-{page_no}")

    async def _fetch(
        self, page_no: int, ticket: int, pending: Awaitable[list[OpportunityRow]]
    ) -> None:
        try:
            rows = await pending
        except Exception as exc:
            self._pending.discard(page_no)
            self.failed.emit(exc)
            return
        if not self._generation.is_current(ticket):
            return  # sort/filter changed meanwhile: this page belongs to an old list
        self._pending.discard(page_no)
        self._pages[page_no] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page_no * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page_no)

    def forget_pages(self) -> None:
        """Drop cached rows (after an edit elsewhere) and repaint from fresh pages."""
        self._pages.clear()
        self._pending.clear()
        self._generation.next()
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
            )

    # ----------------------------------------------------------------- values
    def _make_headers(self) -> list[str]:
        # Explicit contexts: lupdate does not see self.tr() calls inside this list.
        fixed = [
            "",
            QCoreApplication.translate("OpportunityTableModel", "Reference"),
            QCoreApplication.translate("OpportunityTableModel", "Name"),
            QCoreApplication.translate("OpportunityTableModel", "Company"),
            QCoreApplication.translate("OpportunityTableModel", "Contact"),
            QCoreApplication.translate("OpportunityTableModel", "Amount"),
            QCoreApplication.translate("OpportunityTableModel", "Probability"),
            QCoreApplication.translate("OpportunityTableModel", "Weighted amount"),
            QCoreApplication.translate("OpportunityTableModel", "Due date"),
            QCoreApplication.translate("OpportunityTableModel", "Pipeline"),
            QCoreApplication.translate("OpportunityTableModel", "Stage"),
            QCoreApplication.translate("OpportunityTableModel", "Status"),
            QCoreApplication.translate("OpportunityTableModel", "Owner"),
            QCoreApplication.translate("OpportunityTableModel", "Assigned collaborators"),
            QCoreApplication.translate("OpportunityTableModel", "Source"),
            QCoreApplication.translate("OpportunityTableModel", "Smart-tags"),
            QCoreApplication.translate("OpportunityTableModel", "Created"),
            QCoreApplication.translate("OpportunityTableModel", "Updated"),
            "",
        ]
        return fixed + [d.label for d in self._custom]

    def _value(self, row: OpportunityRow | None, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if row is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _PLACEHOLDER
            return False if role == LoadedRole else None
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.CHECK:
            return Qt.CheckState.Checked if self.is_checked(row.id) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column < FIXED_COLUMNS and Column(column) in NUMERIC:
                return _ALIGN_RIGHT
            return _ALIGN_CENTER if column == Column.MORE else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.is_late
            and column in (Column.DUE_DATE, Column.STATUS)
        ):
            return _LATE
        if role == Qt.ItemDataRole.FontRole and row.is_late and column == Column.DUE_DATE:
            return self._late_font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._custom_role(row, role)

    def _custom_role(self, row: OpportunityRow, role: int) -> Any:
        if role == IdRole:
            return row.id
        if role == RowRole:
            return row
        if role == LoadedRole:
            return True
        if role == LateRole:
            return row.is_late
        return None

    def _tooltip(self, row: OpportunityRow, column: int) -> str | None:
        if column == Column.DUE_DATE and row.is_late:
            return self.tr("Late: the due date has passed and the opportunity is still open")
        if column == Column.MORE:
            return self.tr("Actions")
        if column in (Column.NAME, Column.ASSIGNEES, Column.TAGS):
            return self._display(row, column)
        return None

    def _display(self, row: OpportunityRow | None, column: int) -> str | None:
        if row is None:
            return "…" if column == Column.NAME else None
        if column >= FIXED_COLUMNS:
            return _custom_text(row.custom_value(self._custom[column - FIXED_COLUMNS].code))
        getter = _DISPLAY.get(column)  # an int finds its IntEnum key
        return getter(self, row) if getter else None


def _custom_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", -1 if value != value.to_integral() else 0)
    return str(value)


_DISPLAY: dict[int, Callable[[OpportunityTableModel, OpportunityRow], str | None]] = {
    Column.REFERENCE: lambda m, r: r.reference,
    Column.NAME: lambda m, r: r.name,
    Column.COMPANY: lambda m, r: r.company,
    Column.CONTACT: lambda m, r: r.contact,
    Column.AMOUNT: lambda m, r: m.text_of(format_amount, r.amount, r.currency),
    Column.PROBABILITY: lambda m, r: f"{r.probability} %",
    Column.WEIGHTED: lambda m, r: m.text_of(format_amount, r.weighted_amount, r.currency),
    Column.DUE_DATE: lambda m, r: m.text_of(format_date, r.due_date),
    Column.PIPELINE: lambda m, r: r.pipeline,
    Column.STAGE: lambda m, r: r.stage,
    Column.STATUS: lambda m, r: status_label(m, "late" if r.is_late else r.status),
    Column.OWNER: lambda m, r: r.owner,
    Column.ASSIGNEES: lambda m, r: ", ".join(r.assignees),
    Column.SOURCE: lambda m, r: r.source,
    Column.TAGS: lambda m, r: ", ".join(r.tags),
    Column.CREATED: lambda m, r: m.text_of(format_date, r.created_at.date()),
    Column.UPDATED: lambda m, r: m.text_of(format_date, r.updated_at.date()),
    Column.MORE: lambda m, r: "⋮",
}
